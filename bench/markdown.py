"""Markdown reading on hostile drafts: seconds per MB, and whether it stays linear.

    python bench/markdown.py [--mb 1] [--line-mb 5]

1. `mask_markdown` on each of redos.py's hostile inputs and on link syntax,
   at half the size and at full size: a linear reader takes twice as long
   for twice the input (ratio ~2); a quadratic one, four times.
2. `scan_text` (the whole scan of one draft) on one line of `[a](b)`
   repeated, and of `](` repeated, --line-mb MB long (issue 13's 5 MB line).
3. The CommonMark conformance score, when ../shared/commonmark/spec.json is
   there (the same comparison as tests/test_markdown.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from redos import hostile

from factcheck.checking import Checker
from factcheck.corpus import load_corpus
from factcheck.scanning import mask_markdown, scan_text

LINKS = {"links [a](b)": "[a](b)", "link tails ](": "](", "images ![a](b)": "![a](b)", "references [a][b]": "[a][b]", "nested [[[": "[[[a]"}


def fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--line-mb", type=float, default=5.0)
    args = ap.parse_args()
    size = int(args.mb * 1_000_000)

    print(f"mask_markdown: seconds per MB at {args.mb:g} MB, and time(full) / time(half)")
    inputs = {**hostile(size), **{name: fill(unit, size) for name, unit in LINKS.items()}}
    rows = []
    for name, text in inputs.items():
        half = timed(mask_markdown, text[: size // 2])
        full = timed(mask_markdown, text)
        rows.append((full / args.mb, full / max(half, 1e-9), name))
    print(f"{'input':24} {'s/MB':>7} {'ratio':>6}")
    for per_mb, ratio, name in sorted(rows, reverse=True):
        print(f"{name:24} {per_mb:7.2f} {ratio:6.2f}", flush=True)

    checker = Checker(load_corpus(ROOT / "claims"))
    line_size = int(args.line_mb * 1_000_000)
    print(f"\nscan_text of one {args.line_mb:g} MB line")
    for name in ("links [a](b)", "link tails ]("):
        text = fill(LINKS[name], line_size) + "\n"
        print(f"{name:24} {timed(scan_text, text, 'line.md', checker):7.2f} s", flush=True)

    try:
        from tests.test_markdown import SPEC, rendered_words, scanned_words
    except ImportError as exc:  # tests need pytest and hypothesis
        print(f"\nCommonMark score: not measured ({exc})")
        return
    if SPEC.is_file():
        import json

        from tests.test_markdown import UNSCORED

        examples = [e for e in json.loads(SPEC.read_text(encoding="utf-8")) if e["section"] not in UNSCORED]
        agreed = sum(scanned_words(e["markdown"]) == rendered_words(e["html"]) for e in examples)
        print(f"\nCommonMark: {agreed}/{len(examples)} scored examples read as rendered ({agreed / len(examples):.1%})")
    else:
        print(f"\nCommonMark score: not measured ({SPEC} not found)")


if __name__ == "__main__":
    main()
