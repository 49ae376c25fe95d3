"""Performance benchmark: one command, prints a table.

    python bench/perf.py [--sizes 1000,10000,100000] [--runs 7]

1. cold single lookup on the shipped corpus, whole process, against the
   interpreter floor `python -c pass` measured in the same run;
2. batch: 10,000 claims through `factcheck check - --format jsonl`;
3. scale: synthetic corpora (bench/generate_corpus.py, fixed seed) of each
   size: cold load (no cache yet) and warm load (cache present) of a single
   lookup process, in-process lookup latency, a 1,000-claim batch, peak RSS;
4. scan of a 1 MB draft.

Every number is wall-clock seconds on this machine (median of --runs where
repeated); peak memory is the child's max RSS from wait4.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

FACTCHECK = [sys.executable, "-m", "factcheck"]
# The CLI with the memory of recent lookups, readings and results turned off.
FORGETFUL = [sys.executable, "-c", "import sys; import factcheck.matching as m, factcheck.checking as c; m.RECENT_LOOKUPS = c.REMEMBERED_TEXTS = 0; from factcheck.cli import run; sys.argv[0] = 'factcheck'; run()"]


def run(cmd: list[str], stdin: bytes | None = None, env: dict | None = None) -> tuple[float, int, int]:
    """(seconds, exit status, peak RSS in MB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if stdin is not None:
        proc.stdin.write(stdin)
        proc.stdin.close()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, proc.returncode, usage.ru_maxrss // 1024


def median(cmd, runs, **kw) -> tuple[float, int]:
    results = [run(cmd, **kw) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[2] for r in results)


def environment(cache_dir: Path, claims: Path | None = None) -> dict:
    # As on a user's machine: bytecode is cached (this sandbox sets
    # PYTHONDONTWRITEBYTECODE, which would recompile every module per run).
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK") and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT / "src")
    env["FACTCHECK_CACHE_DIR"] = str(cache_dir)
    if claims is not None:
        env["FACTCHECK_CLAIMS"] = str(claims)
    return env


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--batch", type=int, default=1000, help="claims in the batch run against each synthetic corpus")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    print(f"machine: {machine()}\n", flush=True)

    class Rows(list):
        def append(self, row):  # print each row as soon as it is measured
            super().append(row)
            print(f"{row[0]:48}  {row[1]}", flush=True)

    rows: list[tuple[str, str]] = Rows()

    # 1. cold single lookup vs the interpreter floor
    env = environment(work / "cache-shipped", ROOT / "claims")
    run(FACTCHECK + ["check", "£45m Young Londoners Fund", "--format", "jsonl"], env=env)  # builds the cache
    run(FACTCHECK + ["check", "£45m Young Londoners Fund"], env=env)  # writes bytecode for Rich too
    floor, _ = median([sys.executable, "-c", "pass"], args.runs, env=env)
    cold, rss = median(FACTCHECK + ["check", "£45m Young Londoners Fund", "--format", "jsonl"], args.runs, env=env)
    rows.append(("python -c pass (floor)", f"{floor * 1000:.0f} ms"))
    rows.append(("cold lookup, shipped corpus, jsonl", f"{cold * 1000:.0f} ms = {cold / floor:.1f}x floor, {rss} MB"))
    pretty, _ = median(FACTCHECK + ["check", "£45m Young Londoners Fund"], args.runs, env=env)
    rows.append(("cold lookup, shipped corpus, pretty", f"{pretty * 1000:.0f} ms = {pretty / floor:.1f}x floor"))

    # 2. batch of 10,000 claims
    from factcheck_bench_claims import claims_for

    batch = "\n".join(claims_for(ROOT / "claims", 10_000)).encode() + b"\n"
    t, status, rss = run(FACTCHECK + ["check", "-", "--format", "jsonl"], stdin=batch, env=env)
    rows.append(("batch 10,000 claims, shipped corpus", f"{t:.2f} s = {10_000 / t:,.0f} claims/s, {rss} MB"))
    # The claims above repeat ~300 subjects with different figures, which the
    # matcher remembers; the same batch with that memory off is the rate for
    # claims whose subjects are all different.
    t, status, rss = run(FORGETFUL + ["check", "-", "--format", "jsonl"], stdin=batch, env=env)
    rows.append(("batch 10,000 claims, no lookup remembered", f"{t:.2f} s = {10_000 / t:,.0f} claims/s, {rss} MB"))

    # 3. scale
    from generate_corpus import generate

    for n in sizes:
        corpus = work / f"corpus-{n}"
        generate(n, corpus, seed=7)
        cache = work / f"cache-{n}"
        env = environment(cache, corpus)
        probe = ["check", "£5m for the Stronger Clinics Fund in Lambeth", "--format", "jsonl"]
        t_cold, _, rss_cold = run(FACTCHECK + probe, env=env)
        t_warm, rss_warm = median(FACTCHECK + probe, max(3, args.runs // 2), env=env)
        claims = "\n".join(claims_for(corpus, args.batch)).encode() + b"\n"
        t_batch, _, rss_batch = run(FACTCHECK + ["check", "-", "--format", "jsonl"], stdin=claims, env=env)
        latency = in_process_latency(corpus)
        rows.append((f"{n:,} claims: cold load + lookup (no cache)", f"{t_cold:.2f} s, {rss_cold} MB"))
        rows.append((f"{n:,} claims: warm load + lookup (cache)", f"{t_warm:.2f} s, {rss_warm} MB"))
        rows.append((f"{n:,} claims: lookup latency in-process", f"{latency * 1000:.1f} ms"))
        rows.append((f"{n:,} claims: {args.batch:,}-claim batch", f"{t_batch:.2f} s, peak {max(rss_batch, rss_cold)} MB"))

    # 4. scan of a 1 MB draft
    draft = work / "draft.md"
    paragraph = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8").split("---\n", 2)[-1]
    draft.write_text((paragraph * (1_000_000 // len(paragraph) + 1))[:1_000_000], encoding="utf-8")
    env = environment(work / "cache-shipped", ROOT / "claims")
    t, _, rss = run(FACTCHECK + ["scan", str(draft), "--format", "jsonl", "--no-exit"], env=env)
    rows.append(("scan of a 1 MB Markdown draft", f"{t:.2f} s, {rss} MB"))

    print("\n| measure | result |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


def in_process_latency(corpus: Path) -> float:
    from factcheck import checking, matching
    from factcheck.caching import load_checker
    from factcheck_bench_claims import claims_for

    # A remembered lookup or result would flatter the latency.
    matching.RECENT_LOOKUPS = checking.REMEMBERED_TEXTS = 0
    checker = load_checker(corpus, cache_dir=None)
    claims = claims_for(corpus, 200)
    start = time.perf_counter()
    for c in claims:
        checker.check(c)
    return (time.perf_counter() - start) / len(claims)


if __name__ == "__main__":
    main()
