"""How soon `factcheck scan DIR` says something, and how soon Ctrl-C stops it.

Scans N copies of examples/draft.md with the pretty format into a pipe, in a
fresh process each run: the time to the first byte on stdout, and the time
from SIGINT (sent --interrupt-at seconds after the start, mid-scan) to the
process's exit. `--src DIR` runs another source tree's factcheck (for
a before/after: `git archive COMMIT | tar -x -C /tmp/before`), whose `scan`
may not take a directory, so the files are always named one by one.

    python bench/gate.py [--files 40] [--repeat 10] [--runs 3] [--src /tmp/before/src]

Each draft is the sample draft's text --repeat times over, so the scan lasts
long enough (tens of seconds) for the difference to show.
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(files: list[str], src: Path, interrupt_at: float) -> tuple[float | None, float | None]:
    """(seconds to the first byte of output, seconds from Ctrl-C to exit);
    Ctrl-C is sent `interrupt_at` seconds after the start (None: it had
    already finished)."""
    env = {**os.environ, "PYTHONPATH": str(src), "NO_COLOR": "1"}
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "scan", *files, "--claims", str(ROOT / "claims")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None
    first: float | None = None
    sent: float | None = None
    # Read as it comes (a writer blocked on a full pipe is not what is measured).
    while proc.poll() is None or first is None:
        now = time.monotonic()
        if sent is None and now - start >= interrupt_at and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            sent = now
        r, _, _ = select.select([proc.stdout], [], [], 0.02)
        if r:
            chunk = proc.stdout.read1(65536)  # type: ignore[attr-defined]
            if chunk and first is None:
                first = time.monotonic() - start
            if not chunk and proc.poll() is not None:
                break
    proc.wait()
    return first, (time.monotonic() - sent) if sent is not None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=10, help="copies of the sample draft's text in each draft")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--interrupt-at", type=float, default=3.0, help="send Ctrl-C this many seconds after the start")
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-gate-"))
    try:
        files = []
        text = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
        for n in range(args.files):
            (tmp / f"draft{n:03}.md").write_text("\n\n".join([text] * args.repeat), encoding="utf-8")
            files.append(str(tmp / f"draft{n:03}.md"))
        os.environ["FACTCHECK_CACHE_DIR"] = str(tmp / "cache")
        one_run(files[:1], args.src, 600)  # warm the corpus cache
        firsts, stops = [], []
        for _ in range(args.runs):
            first, stop = one_run(files, args.src, args.interrupt_at)
            firsts.append(first if first is not None else float("inf"))
            stops.append(stop if stop is not None else float("nan"))
        print(f"{args.files} drafts of {args.repeat}x the sample, pretty format into a pipe, {args.runs} runs, source {args.src}")
        print(f"  first output after:               median {statistics.median(firsts):.2f} s  (runs: {', '.join(f'{x:.2f}' for x in firsts)})")
        print(f"  exit after Ctrl-C at {args.interrupt_at:.0f} s after start: median {statistics.median(stops):.2f} s  (runs: {', '.join(f'{x:.2f}' for x in stops)})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
