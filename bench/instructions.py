"""Before and after in instructions executed: a measure the load of a shared machine does not move.

    python bench/instructions.py --before /path/to/old/src [--kinds ship,distinct,big,scan]

Counts the instructions (valgrind's cachegrind, `I refs`) of one CLI run
with an older checkout's `src` and with this one, each with its own warm
cache, bytecode written as after `pip install`, and PYTHONHASHSEED=0.
CPU seconds on the 2-core machine these numbers come from moved by half
between identical runs (see bench/README.md); instruction counts move by
well under 1%. Needs valgrind. The runs:

  one       a single lookup on the shipped corpus (start-up and one check)
  ship      2,000 claims of `claims_for` on the shipped corpus (they repeat:
            767 distinct lines, as an editorial script's claims do)
  distinct  2,000 distinct claims of `claims_for` on the shipped corpus
  big       1,000 claims on a synthetic 10,000-claim corpus (seed 7)
  scan      a 1 MB Markdown draft (examples/draft.md repeated)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def inputs(work: Path) -> dict[str, tuple[list[str], Path, bytes]]:
    """Each run's arguments, corpus and stdin."""
    from factcheck_bench_claims import claims_for
    from generate_corpus import generate

    shipped = ROOT / "claims"
    many = claims_for(shipped, 10_000)
    distinct = list(dict.fromkeys(claims_for(shipped, 40_000)))[:2_000]
    big = work / "corpus-10000"
    if not big.exists():
        generate(10_000, big, seed=7)
    draft = work / "draft.md"
    sample = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    draft.write_text((sample + "\n\n") * (1_000_000 // len(sample)), encoding="utf-8")
    check = ["check", "-", "--format", "jsonl"]
    return {
        "one": (["check", "£45m Young Londoners Fund", "--format", "jsonl"], shipped, b""),
        "ship": (check, shipped, "\n".join(many[:2_000]).encode()),
        "distinct": (check, shipped, "\n".join(distinct).encode()),
        "big": (check, big, "\n".join(claims_for(big, 1_000)).encode()),
        "scan": (["scan", str(draft), "--format", "jsonl", "--no-exit"], shipped, b""),
    }


def count(src: Path, args: list[str], corpus: Path, stdin: bytes, cache: Path) -> int:
    """Millions of instructions of `python -m factcheck ARGS` with `src` first on the path."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(src), PYTHONHASHSEED="0", FACTCHECK_CLAIMS=str(corpus), FACTCHECK_CACHE_DIR=str(cache))
    cmd = [sys.executable, "-m", "factcheck", *args]
    subprocess.run(cmd, input=stdin, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the cache and the bytecode
    grind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", *cmd]
    run = subprocess.run(grind, input=stdin, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=False)
    found = re.search(rb"I\s+refs:\s+([\d,]+)", run.stderr)
    if found is None:
        raise SystemExit(f"cachegrind gave no count for {' '.join(args)}")
    return round(int(found.group(1).replace(b",", b"")) / 1e6)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True, type=Path)
    ap.add_argument("--kinds", default="one,ship,distinct,big,scan")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="instructions-"))
    runs = inputs(work)
    print(f"{'run':<10} {'before':>10} {'after':>10} {'ratio':>7}   (millions of instructions)")
    for kind in args.kinds.split(","):
        argv, corpus, stdin = runs[kind]
        before = count(args.before, argv, corpus, stdin, work / f"cache-before-{kind}")
        after = count(ROOT / "src", argv, corpus, stdin, work / f"cache-after-{kind}")
        print(f"{kind:<10} {before:>10,} {after:>10,} {after / before:>6.2f}x", flush=True)


if __name__ == "__main__":
    main()
