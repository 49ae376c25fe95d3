"""Before and after, on a shared machine: CPU seconds, not wall time.

    python bench/ab.py --before /path/to/old/src [--runs 5] [--sizes 10000]

Runs the same commands with an older checkout's `src` (a `git worktree` or
`git archive` of a commit) and with this one, alternating, and reports the
median CPU time (user + system, from wait4) of each: wall times of one
command vary two to three times over while other work shares the machine,
CPU time far less. Measures a cold single lookup on the shipped corpus, a
10,000-claim batch, a scan of a 1 MB draft, and for each synthetic corpus
size a warm single lookup and a 1,000-claim batch.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def cpu(cmd: list[str], src: Path, stdin: bytes | None = None, env: dict | None = None) -> float:
    """CPU seconds of one child process running `cmd` with `src` first on its path."""
    full = {**os.environ, **(env or {}), "PYTHONPATH": str(src)}
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=full)
    proc.stdin.write(stdin or b"")  # type: ignore[union-attr]
    proc.stdin.close()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # 1: findings, as a batch has
        raise SystemExit(f"{' '.join(cmd)} failed ({status}) with {src}")
    return usage.ru_utime + usage.ru_stime


def ab(label: str, cmd: list[str], before: Path, after: Path, runs: int, env: dict, **kw) -> None:
    old, new = [], []
    for _ in range(runs):
        old.append(cpu(cmd, before, env=_own_cache(env, "before"), **kw))
        new.append(cpu(cmd, after, env=_own_cache(env, "after"), **kw))
    a, b = statistics.median(old), statistics.median(new)
    print(f"{label:<44} {a:8.3f} s {b:8.3f} s {b / a:6.2f}x", flush=True)


def _own_cache(env: dict, side: str) -> dict:
    """Each side its own cache directory: a corpus's new entry replaces its
    old ones, so a shared one would make every "warm" run a cold build."""
    path = Path(env["FACTCHECK_CACHE_DIR"]) / side
    path.mkdir(mode=0o700, exist_ok=True)
    return {**env, "FACTCHECK_CACHE_DIR": str(path)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="10000")
    args = ap.parse_args()
    after = ROOT / "src"
    py = [sys.executable, "-m", "factcheck"]
    from factcheck_bench_claims import claims_for

    cache = Path(tempfile.mkdtemp(prefix="ab-cache-"))
    env = {"FACTCHECK_CACHE_DIR": str(cache), "FACTCHECK_CLAIMS": str(ROOT / "claims")}
    print(f"{'measure':<44} {'before':>10} {'after':>10} {'ratio':>7}")
    for src, side in ((args.before, "before"), (after, "after")):  # warm each side's cache entry once
        cpu(py + ["check", "£45m Young Londoners Fund", "--format", "jsonl"], src, env=_own_cache(env, side))
    ab("cold lookup, shipped corpus (cache warm)", py + ["check", "£45m Young Londoners Fund", "--format", "jsonl"], args.before, after, args.runs, env=env)
    batch = "\n".join(claims_for(ROOT / "claims", 10_000)).encode()
    ab("batch, 10,000 claims, shipped corpus", py + ["check", "-", "--format", "jsonl"], args.before, after, max(1, args.runs // 2), stdin=batch, env=env)
    draft = Path(tempfile.mkdtemp()) / "draft.md"
    sample = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    draft.write_text((sample + "\n\n") * (1_000_000 // len(sample)), encoding="utf-8")
    ab("scan, 1 MB Markdown draft", py + ["scan", str(draft), "--format", "jsonl", "--no-exit"], args.before, after, max(1, args.runs // 2), env=env)
    from generate_corpus import generate

    for size in (int(s) for s in args.sizes.split(",") if s):
        root = Path(tempfile.mkdtemp()) / f"corpus-{size}"
        generate(size, root, seed=7)
        senv = {**env, "FACTCHECK_CLAIMS": str(root)}
        claim = "£52m for the Brent Healthier Youth Service"
        for src, side in ((args.before, "before"), (after, "after")):
            cpu(py + ["check", claim, "--format", "jsonl"], src, env=_own_cache(senv, side))
        ab(f"{size:,} claims: warm single lookup", py + ["check", claim, "--format", "jsonl"], args.before, after, args.runs, env=senv)
        lines = "\n".join(claims_for(root, 1_000)).encode()
        ab(f"{size:,} claims: 1,000-claim batch", py + ["check", "-", "--format", "jsonl"], args.before, after, max(1, args.runs // 2), stdin=lines, env=senv)


if __name__ == "__main__":
    main()
