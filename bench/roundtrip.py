"""The round trip: does the corpus support its own documents?

    python bench/roundtrip.py [--claims DIR] [--show] [--no-quotes]

Two measures, on any corpus:

- passages: each documented claim's passage, checked as a claim, should come
  back supported (or mixed) with a supporting passage from its own source
  (the check `factcheck validate` runs and warns about);
- documents: each source text, scanned as a draft (plain text), should find
  every figure the corpus records for that document supported or mixed by
  that document. This is harder: a scanned sentence is whatever the
  sentence splitter makes of the page, bullets and headings included.

A passage checked as a claim is a quote of itself, which the checker
recognises (see quoting.py); `--no-quotes` measures the reading alone, as
`factcheck validate` does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.checking import Checker, Relation  # noqa: E402
from factcheck.corpus import load_corpus  # noqa: E402
from factcheck.scanning import scan_text  # noqa: E402
from factcheck.validation import PassageReadings  # noqa: E402
from factcheck.verdicts import Verdict  # noqa: E402

GOOD = (Verdict.SUPPORTED, Verdict.MIXED)


def passages(checker: Checker) -> list[str]:
    misses = []
    # The passage, and a table's row also as its cell reads (as `validate` checks it).
    as_read = PassageReadings(checker.corpus)
    for claim in checker.corpus.claims:
        for said, _ in as_read.of(claim):
            result = checker.check(said)
            if result.verdict in GOOD and any(e.source.id == claim.source and e.relation is Relation.SUPPORTS for e in result.evidence):
                break
        else:
            misses.append(f"{claim.id}: {result.verdict.value}: {result.reason}")
    return misses


def documents(checker: Checker) -> tuple[int, list[str]]:
    corpus = checker.corpus
    recorded: dict[str, set[str]] = {}
    for claim in corpus.claims:
        recorded.setdefault(claim.source, set()).add(claim.figure)
    seen, misses = 0, []
    for source in corpus.sources.values():
        text = Path(source.file).read_text(encoding="utf-8")
        for finding in scan_text(text, str(source.file), checker, markdown=False):
            if finding.figure.text not in recorded.get(source.id, set()):
                continue  # a figure the curators did not record (a reference number, a dateline)
            seen += 1
            own = any(e.source.id == source.id and e.relation is Relation.SUPPORTS for e in finding.evidence)
            if finding.verdict not in GOOD or not own:
                misses.append(f"{source.id}:{finding.line}: {finding.figure.text}: {finding.verdict.value}: {finding.check.reason}")
    return seen, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", default=str(ROOT / "claims"))
    ap.add_argument("--show", action="store_true", help="print each miss with the checker's reason")
    ap.add_argument("--no-quotes", action="store_true", help="read each sentence without recognising it as a quote of a passage")
    args = ap.parse_args()
    checker = Checker(load_corpus(args.claims), quote_passages=not args.no_quotes)
    missed = passages(checker)
    n = len(checker.corpus.claims)
    print(f"passages: {n - len(missed)}/{n} come back supported or mixed by their own source")
    seen, doc_missed = documents(checker)
    print(f"documents: {seen - len(doc_missed)}/{seen} recorded figures, scanned in their own source text, come back supported or mixed by it")
    if args.show:
        for line in missed + doc_missed:
            print("  " + line)


if __name__ == "__main__":
    main()
