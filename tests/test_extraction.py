"""`factcheck extract`: drafts that pass validate as written, on fixtures of
our own (invented programmes) and against the shipped corpus."""

import json
import sys
from pathlib import Path

import yaml

from factcheck.checking import Checker
from factcheck.corpus import load_corpus
from factcheck.extraction import drafts_yaml, extract
from factcheck.sources_admin import add_source, find_dateline
from factcheck.validation import validate_corpus

from .conftest import CLAIMS, DATA, ROOT

INCOMING = DATA / "fixture_corpus" / "incoming"
LANTERN = INCOMING / "lantern-youth-hubs.txt"


def _extracted(root: Path, path: Path):
    added = add_source(root, path, kind="press_release")
    text = added.text_path.read_text(encoding="utf-8")
    return added, extract(text, added.id, Checker(load_corpus(root)), find_dateline(text))


def test_drafts_of_both_fixture_documents_validate_unedited(tmp_path):
    root = tmp_path / "corpus"
    for path in sorted(INCOMING.glob("*.txt")):
        added, result = _extracted(root, path)
        assert result.drafts
        added.claims_path.write_text(drafts_yaml(result), encoding="utf-8")
    report = validate_corpus(root)
    assert [str(p) for p in report.problems] == []
    assert {c.source for c in report.corpus.claims} == {"lantern-youth-hubs", "kestrel-mentoring-update"}


def test_every_draft_carries_the_parsers_reading_and_its_verbatim_passage(tmp_path):
    _, result = _extracted(tmp_path / "c", LANTERN)
    text = LANTERN.read_text(encoding="utf-8")
    by_figure = {d.figure: d for d in result.drafts}
    fund = by_figure["£18m"]
    assert (fund.value, fund.unit, fund.period) == (18000000, "GBP", "over 3 years")
    assert by_figure["£6m"].period == "per year"
    assert by_figure["£250,000"].qualifier == "up_to"
    assert by_figure["640"].period == "2023-2025"
    for d in result.drafts:
        assert " ".join(d.passage.split()) in " ".join(text.split())
        assert d.figure in d.passage


def test_repeated_figure_is_merged_keeping_the_reading_with_a_period(tmp_path):
    _, result = _extracted(tmp_path / "c", LANTERN)
    eighteen = [d for d in result.drafts if d.figure == "£18m"]
    assert len(eighteen) == 1
    assert eighteen[0].period == "over 3 years" and eighteen[0].also_at == (3,)  # the headline


def test_dateline_is_not_a_claim_but_is_said(tmp_path):
    _, result = _extracted(tmp_path / "c", LANTERN)
    assert not any(d.figure == "3 March 2026" for d in result.drafts)
    assert any(s.figure == "3 March 2026" and "dateline" in s.reason for s in result.skipped)
    assert "# skipped (line 5)" in drafts_yaml(result)


def test_uncertain_readings_are_marked_for_review(tmp_path):
    _, result = _extracted(tmp_path / "c", LANTERN)
    this_year = next(d for d in result.drafts if d.figure == "£2.5 million")
    assert this_year.period == "this year"
    assert any("period 'this year'" in r for r in this_year.reviews)
    assert all(any("new topic" in r for r in d.reviews) for d in result.drafts if d.new_topic)


def test_a_figure_of_a_known_topic_gets_that_topic_with_its_score(tmp_path):
    """Against the shipped corpus: a new document about the Young Londoners
    Fund is drafted under the corpus's topic, score and runner-up shown."""
    doc = tmp_path / "note.txt"
    doc.write_text("The Mayor's £45m Young Londoners Fund has now opened to bids from youth groups.\n", encoding="utf-8")
    result = extract(doc.read_text(encoding="utf-8"), "note", Checker(load_corpus(CLAIMS)))
    (draft,) = result.drafts
    assert draft.topic == "young-londoners-fund" and not draft.new_topic
    assert draft.topic_score is not None and draft.topic_score >= 0.6
    text = drafts_yaml(result)
    assert "# topic: young-londoners-fund" in text and "runner-up" in text


def test_the_second_document_joins_the_first_ones_topics(tmp_path):
    root = tmp_path / "c"
    added, first = _extracted(root, LANTERN)
    added.claims_path.write_text(drafts_yaml(first), encoding="utf-8")
    _, second = _extracted(root, INCOMING / "kestrel-mentoring-update.txt")
    boroughs = {d.topic for d in first.drafts if d.figure == "12"}
    assert any(d.topic in boroughs for d in second.drafts if d.figure == "14")


def test_shipped_documents_are_already_claimed(corpus):
    """Every figure of a shipped document that its claims record is not drafted again."""
    source = corpus.sources["mayor-letter-pidgeon-2018-07"]
    result = extract(source.text(), source.id, Checker(corpus), None, corpus.claims_of(source.id))
    assert result.already_claimed >= len({(c.passage, c.figure) for c in corpus.claims_of(source.id)}) // 2
    recorded = {(" ".join(c.passage.split()), c.figure) for c in corpus.claims_of(source.id)}
    assert not any((" ".join(d.passage.split()), d.figure) in recorded for d in result.drafts)


def test_cli_extract_write_then_rerun_drafts_nothing_new(run, tmp_path):
    root = tmp_path / "corpus"
    assert run("add-source", str(LANTERN), "--claims", str(root)).status == 0
    r = run("extract", "lantern-youth-hubs", "--write", "--claims", str(root))
    assert r.status == 0, r.stderr
    written = yaml.safe_load((root / "lantern-youth-hubs.yaml").read_text(encoding="utf-8"))["claims"]
    assert f"wrote {len(written)} draft claims" in r.stderr and written
    assert run("validate", "--claims", str(root)).status == 0
    again = run("extract", "lantern-youth-hubs", "--claims", str(root), "--format", "json")
    data = json.loads(again.stdout)
    assert data["drafts"] == [] and data["already_claimed"] > 0


def test_cli_extract_unregistered_file_prints_yaml_and_refuses_write(run, tmp_path):
    document = tmp_path / "unregistered.txt"
    document.write_bytes(LANTERN.read_bytes() + b"\n(Not registered anywhere.)\n")
    r = run("extract", str(document), "--claims", str(tmp_path / "none"))
    assert r.status == 2  # no corpus there to read topics from
    r = run("extract", str(document))
    assert r.status == 0 and "not registered" in r.stderr
    parsed = yaml.safe_load(r.stdout)
    assert {c["figure"] for c in parsed["claims"]} >= {"£18m", "£6m", "640"}
    w = run("extract", str(document), "--write")
    assert w.status == 2 and "add-source" in w.stderr


def test_extraction_measurement_meets_the_accuracy_target(tmp_path):
    """bench/extraction.py: every draft right as written and none invented;
    figures found is reported (the parser misses proportions like 'nine in ten')."""
    sys.path.insert(0, str(ROOT / "bench"))
    from extraction import measure

    results = measure(tmp_path / "corpus")
    drafts = sum(m.drafts for m in results)
    assert sum(m.right for m in results) >= 0.9 * drafts
    assert sum(m.invented for m in results) == 0
    assert sum(m.found for m in results) >= 0.95 * sum(m.in_text for m in results)


def test_a_proportion_is_drafted_in_percent_and_validates(tmp_path):
    root = tmp_path / "c"
    added, result = _extracted(root, INCOMING / "kestrel-mentoring-update.txt")
    (draft,) = [d for d in result.drafts if d.figure == "nine in ten"]
    assert (draft.value, draft.unit) == (90, "percent")
    assert any("proportion" in r for r in draft.reviews)
    added.claims_path.write_text(drafts_yaml(result), encoding="utf-8")
    assert validate_corpus(root).problems == []
    # A wrong value for it is caught.
    path = added.claims_path
    text = path.read_text(encoding="utf-8")
    at = text.index('figure: "nine in ten"')
    path.write_text(text[:at] + text[at:].replace("value: 90", "value: 80", 1), encoding="utf-8")
    assert any("disagrees with the proportion 'nine in ten', which is 90%" in str(p) for p in validate_corpus(root).problems)


AWKWARD = DATA / "fixture_corpus" / "awkward" / "brackenbury-night-bus.txt"


def test_awkward_press_release_drafts_validate_unedited(tmp_path):
    """An embargo line, '2' after '£2m', 'one in five', 'per cent', bullets
    and a numbered note: the drafts still pass validate as written."""
    root = tmp_path / "c"
    added, result = _extracted(root, AWKWARD)
    added.claims_path.write_text(drafts_yaml(result), encoding="utf-8")
    assert [str(p) for p in validate_corpus(root, round_trip=False).problems] == []
    assert added.entry["date"] == "2026-03-10"
    by_figure = {d.figure: d for d in result.drafts}
    assert by_figure["2"].passage == "going to 2 boroughs in outer London."
    assert (by_figure["one in five"].value, by_figure["one in five"].unit) == (20, "percent")
    assert by_figure["35 per cent"].unit == "percent"
    assert any("numbers a list item" in s.reason for s in result.skipped)
    assert not any(d.passage.startswith("- ") for d in result.drafts)


def test_on_the_shipped_documents_drafts_find_the_curators_figures_and_validate(corpus, tmp_path):
    """Real prose (OCR artefacts, wrapped lines, curly quotes): each shipped
    document registered afresh and extracted finds the curators' figures
    with their values and units, and the drafts validate unedited."""
    root = tmp_path / "c"
    for sid, source in corpus.sources.items():
        add_source(root, source.file, source_id=sid)
    found = right = 0
    for sid, source in corpus.sources.items():
        text = source.text()
        result = extract(text, sid, Checker(load_corpus(root)), find_dateline(text))
        (root / f"{sid}.yaml").write_text(drafts_yaml(result), encoding="utf-8")
        for claim in corpus.claims_of(sid):
            drafts = [d for d in result.drafts if d.figure == claim.figure]
            found += bool(drafts)
            right += any(d.value == claim.value and d.unit == claim.unit and d.qualifier == claim.qualifier for d in drafts)
    assert found >= 0.95 * len(corpus.claims) and right >= 0.9 * len(corpus.claims)
    assert [str(p) for p in validate_corpus(root, round_trip=False).problems] == []


def test_years_opening_a_sentence_are_the_period_of_its_amount(corpus):
    text = "Thornbury update\n\nBetween 2022 and 2025, the office spent £18.5m on the Thornbury Night Watch scheme.\n"
    result = extract(text, "note", Checker(corpus))
    (draft,) = result.drafts
    assert (draft.figure, draft.period) == ("£18.5m", "2022-2025")
    assert any("open the sentence" in r for r in draft.reviews)
    assert any(s.figure == "Between 2022 and 2025" and "period of £18.5m" in s.reason for s in result.skipped)


def test_a_news_site_date_stamp_is_the_dateline_and_no_claim(corpus):
    text = "Mayor backs the Willowmere Fund\n\n14th Feb 18 8:55 am\n\nThe Willowmere Fund will see £3m invested in each of the next two years.\n"
    result = extract(text, "note", Checker(corpus), find_dateline(text))
    assert [d.figure for d in result.drafts] == ["£3m", "two years"]
    assert result.drafts[0].period == "per year"
    assert {s.figure for s in result.skipped} == {"14th Feb", "18"}


def test_a_person_is_not_a_programme(corpus):
    text = "Headline\n\nThe Mayor of London, Alex Example, will today announce £7 million of new investment in riverside lido repairs.\n"
    (draft,) = extract(text, "note", Checker(corpus)).drafts
    assert "alex" not in draft.topic and not draft.subject.startswith("Alex Example")
