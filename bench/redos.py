"""ReDoS benchmark: every regular expression that sees user input, and the
pipelines around them, on hostile 1 MB inputs. Prints seconds per MB.

    python bench/redos.py [--mb 1]

Each pattern is run with finditer (or its real call) over inputs built to
provoke backtracking in it: long runs of what it consumes, near-misses of
what it looks for, nested openers without closers. Linear patterns take
milliseconds per MB; a catastrophic one would take minutes.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck import checking, corpus, figures, markdown, matching, reading, rendering, scanning, suppression, tables, validation  # noqa: E402
from factcheck.checking import Checker  # noqa: E402
from factcheck.corpus import load_corpus  # noqa: E402
from factcheck.lazy import LazyPattern  # noqa: E402


def hostile(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "digits": fill("1"),
        "digit commas": fill("1,"),
        "digit dots": fill("1."),
        "digits and spaces": fill("1 "),
        "pound signs": fill("£"),
        "£1 repeated": fill("£1"),
        "letters": fill("a"),
        "number words": fill("forty five million "),
        "hyphens": fill("-"),
        "apostrophes": fill("'s"),
        "capitalised words": fill("Gang "),
        "asterisks": fill("*a"),
        "underscores": fill("_"),
        "brackets": fill("]("),
        "open links": fill("[a]("),
        "backticks": fill("`"),
        "angle brackets": fill("<a "),
        "html comment opens": fill("<!--"),
        "factcheck directive opens": fill("<!-- factcheck: ignore £1 \""),
        "full stops": fill(". "),
        "abbreviations": fill("Mr. "),
        "quotes": fill('."'),
        "separators": fill(", and "),
        "markdown lines": fill("> - # 1. |\n"),
        # A plain-text table's rows and a run of columns that never ends (see factcheck.tables).
        "table rows": fill("Total    1,234   £5\n"),
        "columns": fill("a  1  "),
        "ansi escapes": fill("\x1b[2J"),
        "whitespace": fill(" \u00a0\n"),
        "mixed prose": fill("The £45m Young Londoners Fund, more than 350 weapons in June 2017. "),
    }


def patterns() -> dict[str, re.Pattern]:
    found = {}
    for module in (figures, reading, matching, checking, scanning, tables, markdown, suppression, rendering, corpus, validation):
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                value = value.compiled()  # compiled on first use in the code; here, now
            if isinstance(value, re.Pattern):
                found[f"{module.__name__.split('.')[-1]}.{name}"] = value
    return found


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--only", default="", help="time only the patterns whose name contains this")
    ap.add_argument("--no-pipelines", action="store_true", help="skip the whole-function timings")
    args = ap.parse_args()
    size = int(args.mb * 1_000_000)
    inputs = hostile(size)
    worst: dict[str, tuple[float, str]] = {}
    for pname, pattern in patterns().items():
        if args.only not in pname:
            continue
        for iname, text in inputs.items():
            t = timed(lambda: sum(1 for _ in pattern.finditer(text)))
            if t > worst.get(pname, (0.0, ""))[0]:
                worst[pname] = (t, iname)
    print(f"Regular expressions: worst time per MB over {len(inputs)} hostile inputs of {args.mb:g} MB")
    print(f"{'pattern':40} {'s/MB':>8}  worst input")
    for pname, (t, iname) in sorted(worst.items(), key=lambda kv: -kv[1][0]):
        print(f"{pname:40} {t / args.mb:8.3f}  {iname}", flush=True)
    if args.no_pipelines:
        return

    checker = Checker(load_corpus(ROOT / "claims"))
    print("\nPipelines: seconds per MB, worst input")
    pipelines = {
        "parse_figures": lambda text: figures.parse_figures(text),
        "check (one claim)": lambda text: checker.check(text),
        "scan_text (markdown)": lambda text: scanning.scan_text(text, "x.md", checker),
        "scan_text (plain text, tables read)": lambda text: scanning.scan_text(text, "x.txt", checker),
        "find_tables": lambda text: tables.find_tables(text),
        "mask_markdown": lambda text: scanning.mask_markdown(text),
        "printable": lambda text: rendering.printable(text),
        "read_directives": lambda text: suppression.read_directives(text),
    }
    print(f"{'pipeline':40} {'s/MB':>8}  worst input")
    for name, fn in pipelines.items():
        results = [(timed(lambda: fn(text)), iname) for iname, text in inputs.items()]
        t, iname = max(results)
        print(f"{name:40} {t / args.mb:8.3f}  {iname}", flush=True)


if __name__ == "__main__":
    main()
