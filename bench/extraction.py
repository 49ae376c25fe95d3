"""How much of a curator's typing `factcheck extract` does, measured on the
fixture press releases (tests/data/fixture_corpus/incoming/) against a hand
reading of every figure in them written before extract existed
(tests/data/fixture_corpus/expected/).

    python bench/extraction.py            # the fixtures
    python bench/extraction.py --shipped  # the five shipped documents

With --shipped, each shipped document is registered in an empty corpus and
extracted, and the drafts are compared with the curators' own claims: a
check on real prose that the fixtures, written by the same hand as the
code, cannot give. Periods count as equal when they say the same span in
other words ("over the last three years" and "over 3 years").

Reports per document: figures found / figures in the text (the dateline
counts as found when extract recognises it as the dateline), drafts whose
value, unit, qualifier and period are right as written, and whether the
drafts pass `validate` unedited.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.checking import Checker
from factcheck.corpus import load_corpus
from factcheck.extraction import drafts_yaml, extract
from factcheck.sources_admin import add_source, find_dateline
from factcheck.validation import validate_corpus

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "data" / "fixture_corpus"
DOCUMENTS = ("lantern-youth-hubs", "kestrel-mentoring-update")


@dataclass
class Measure:
    document: str
    in_text: int
    found: int
    drafts: int
    right: int
    wrong: list[str]
    missed: list[str]
    invented: int


def _same(expected: dict, draft) -> bool:
    value = draft.value if isinstance(draft.value, str) else float(draft.value)
    want = expected["value"] if isinstance(expected["value"], str) else float(expected["value"])
    return (value, draft.unit, draft.qualifier, draft.period) == (want, expected["unit"], expected.get("qualifier", "exact"), expected.get("period"))


def measure(root: Path) -> list[Measure]:
    """Add each fixture document to the corpus at `root` (which may already
    hold others), extract, write, and compare with the hand reading."""
    out = []
    for name in DOCUMENTS:
        added = add_source(root, FIXTURES / "incoming" / f"{name}.txt", kind="press_release")
        corpus = load_corpus(root)
        text = added.text_path.read_text(encoding="utf-8")
        result = extract(text, added.id, Checker(corpus), find_dateline(text))
        added.claims_path.write_text(drafts_yaml(result), encoding="utf-8")
        expected = yaml.safe_load((FIXTURES / "expected" / f"{name}.yaml").read_text(encoding="utf-8"))["figures"]
        drafts = list(result.drafts)
        found, right, wrong, missed = 0, 0, [], []
        for want in expected:
            if want.get("dateline"):
                hit = any(s.figure == want["figure"] and "dateline" in s.reason for s in result.skipped)
                found += hit
                if not hit:
                    missed.append(want["figure"])
                continue
            # A figure merged into another reading of itself is found there.
            draft = next((d for d in drafts if d.figure == want["figure"] and _same(want, d)), None) or next((d for d in drafts if d.figure == want["figure"]), None)
            if draft is None:
                missed.append(want["figure"])
                continue
            drafts.remove(draft)
            found += 1
            if _same(want, draft):
                right += 1
            else:
                wrong.append(f"{draft.figure}: drafted {draft.value} {draft.unit} {draft.qualifier} {draft.period}, expected {want}")
        out.append(Measure(name, len(expected), found, len(result.drafts), right, wrong, missed, len(drafts)))
    return out


def _period_key(period: str | None) -> tuple | None:
    from factcheck.figures import parse_figures

    if period is None:
        return None
    return (period.split()[0].lower(), tuple(f.json_value() for f in parse_figures(period))) if parse_figures(period) else (period.lower(),)


def measure_shipped(root: Path) -> None:
    from factcheck.corpus import bundled_corpus_dir

    shipped = load_corpus(bundled_corpus_dir())
    for sid, source in shipped.sources.items():
        add_source(root, source.file, source_id=sid)
    totals = dict.fromkeys(("claims", "found", "value_unit", "qualifier", "period", "period_words"), 0)
    for sid, source in shipped.sources.items():
        text = source.text()
        result = extract(text, sid, Checker(load_corpus(root)), find_dateline(text))
        (root / f"{sid}.yaml").write_text(drafts_yaml(result), encoding="utf-8")
        for claim in shipped.claims_of(sid):
            totals["claims"] += 1
            drafts = [d for d in result.drafts if d.figure == claim.figure]
            if not drafts:
                print(f"  missed: {claim.figure} ({claim.id})")
                continue
            totals["found"] += 1
            same = [d for d in drafts if str(_json(d.value)) == str(_json(claim.value)) and d.unit == claim.unit]
            totals["value_unit"] += bool(same)
            totals["qualifier"] += any(d.qualifier == claim.qualifier for d in same)
            totals["period"] += any(d.period == claim.period for d in same)
            if any(_period_key(d.period) == _period_key(claim.period) for d in same):
                totals["period_words"] += 1
            else:
                print(f"  period: {claim.figure} ({claim.id}) drafted {[d.period for d in same]}, curated {claim.period!r}")
    n = totals["claims"]
    problems = validate_corpus(root, round_trip=False).problems
    print(
        f"shipped: curated figures found {totals['found']}/{n}; value and unit right {totals['value_unit']}/{n}; "
        f"qualifier {totals['qualifier']}/{n}; period as curated {totals['period']}/{n} ({totals['period_words']}/{n} allowing other words for the same span); "
        f"validate problems on the unedited drafts: {len(problems)}"
    )


def _json(value):
    return value if isinstance(value, str) else (int(value) if value == value.to_integral_value() else float(value))


def main() -> int:
    if "--shipped" in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            measure_shipped(Path(tmp) / "corpus")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        results = measure(root)
        problems = validate_corpus(root).problems
    for m in results:
        print(f"{m.document}: found {m.found}/{m.in_text}; drafts {m.drafts}, right as written {m.right}/{m.drafts}; drafts of no figure in the text {m.invented}")
        for w in m.wrong:
            print(f"  wrong: {w}")
        for miss in m.missed:
            print(f"  missed: {miss}")
    found, total = sum(m.found for m in results), sum(m.in_text for m in results)
    right, drafts = sum(m.right for m in results), sum(m.drafts for m in results)
    print(f"all: found {found}/{total} ({found / total:.1%}); right as written {right}/{drafts} ({right / drafts:.1%}); validate problems on the unedited drafts: {len(problems)}")
    for p in problems:
        print(f"  {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
