"""Choose the subject-matching threshold on the labelled claims.

    python bench/threshold.py [--claims DIR] [--labelled FILE]

Runs every labelled claim (tests/data/labelled_claims.yaml: supported,
wrong-figure, wrong-subject, near-miss... cases written from the documents)
through the checker at a sweep of thresholds and name weights, and prints,
for each, the accuracy and the count of false supports: claims labelled
anything but supported that the checker called supported. The shipped
threshold is the one with no false support and the best accuracy.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.checking import Checker  # noqa: E402
from factcheck.corpus import load_corpus  # noqa: E402
from factcheck.matching import DEFAULT_THRESHOLD, MIN_PRECISION, NAME_WEIGHT  # noqa: E402


def evaluate(corpus, labelled, threshold, name_weight, min_precision=MIN_PRECISION):
    checker = Checker(corpus, threshold, name_weight, min_precision)
    confusion = Counter()
    false_support = []
    wrong = []
    for item in labelled:
        got = checker.check(item["claim"]).verdict.value
        confusion[(item["expected"], got)] += 1
        # A mixed verdict shows supporting passages too: for a claim the
        # documents do not support, that is a false support as well.
        if got in ("supported", "mixed") and item["expected"] not in ("supported", "mixed") or got == "supported" and item["expected"] == "mixed":
            false_support.append(item)
        if got != item["expected"]:
            wrong.append((item, got))
    correct = sum(v for (e, g), v in confusion.items() if e == g)
    return correct / len(labelled), false_support, wrong, confusion


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", default=str(ROOT / "claims"))
    ap.add_argument("--labelled", default=str(ROOT / "tests" / "data" / "labelled_claims.yaml"))
    ap.add_argument("--show", action="store_true", help="list the misclassified claims at the shipped settings")
    args = ap.parse_args()
    corpus = load_corpus(args.claims)
    labelled = yaml.safe_load(Path(args.labelled).read_text(encoding="utf-8"))
    print(f"{len(labelled)} labelled claims: {dict(Counter(i['expected'] for i in labelled))}")
    print(f"{'weight':>6} {'min p':>6} {'thresh':>6} {'accuracy':>8} {'false support':>13}")
    for weight in (0.4, 0.5, 0.6, 0.7):
        for min_p in (0.0, 0.5, 0.6, 0.7):
            for step in range(8, 16):
                threshold = step / 20
                acc, fs, _, _ = evaluate(corpus, labelled, threshold, weight, min_p)
                shipped = (threshold, weight, min_p) == (DEFAULT_THRESHOLD, NAME_WEIGHT, MIN_PRECISION)
                mark = "  <- shipped" if shipped else ""
                print(f"{weight:>6.2f} {min_p:>6.2f} {threshold:>6.2f} {acc:>8.1%} {len(fs):>13}{mark}")
    acc, fs, wrong, confusion = evaluate(corpus, labelled, DEFAULT_THRESHOLD, NAME_WEIGHT)
    print(f"\nshipped: threshold {DEFAULT_THRESHOLD}, name weight {NAME_WEIGHT}, min precision {MIN_PRECISION}: accuracy {acc:.1%}, false supports {len(fs)}")
    print("confusion (expected -> got):")
    for (e, g), v in sorted(confusion.items()):
        print(f"  {e:>11} -> {g:<11} {v}")
    if args.show:
        for item, got in wrong:
            print(f"  [{item['kind']}] expected {item['expected']}, got {got}: {item['claim']}")


if __name__ == "__main__":
    main()
