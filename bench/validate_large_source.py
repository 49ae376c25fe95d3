"""How long `validate` takes when a source text is large.

    python bench/validate_large_source.py [--mb 10]

Copies the shipped corpus, pads one source text (cited by the letter's
claims) with invented filler to the given size, fixes its sha256 in the
index, and times `validate_corpus` in-process. Before each source was
normalised once, every claim citing it normalised the whole text again
(10 MB: 25 s; 50 MB: 2 min 40 s).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=10)
    args = ap.parse_args()
    from factcheck.validation import validate_corpus

    work = Path(tempfile.mkdtemp(prefix="factcheck-validate-"))
    try:
        corpus = work / "claims"
        shutil.copytree(ROOT / "claims", corpus)
        source = corpus / "sources" / "mayor-letter-pidgeon-2018-07.txt"
        old = hashlib.sha256(source.read_bytes()).hexdigest()
        filler = "An unrelated paragraph about the Ferncastle allotments and their sheds.\n"
        text = source.read_text(encoding="utf-8") + filler * int(args.mb * 1024 * 1024 / len(filler))
        source.write_text(text, encoding="utf-8")
        index = corpus / "sources" / "index.yaml"
        index.write_text(index.read_text(encoding="utf-8").replace(old, hashlib.sha256(source.read_bytes()).hexdigest()), encoding="utf-8")
        start = time.perf_counter()
        report = validate_corpus(corpus)
        took = time.perf_counter() - start
        print(f"validate, one source text of {source.stat().st_size / 1024 / 1024:.1f} MB: {took:.2f} s, {len(report.problems)} problems")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
