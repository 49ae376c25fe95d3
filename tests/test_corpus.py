"""corpus: reading a claims directory strictly, and what a corpus offers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from factcheck import Claim, Corpus, CorpusError, Problem, Source, load_corpus
from factcheck.corpus import normalise_text, read_corpus

from .conftest import CLAIMS, write_corpus

SECOND_CLAIM = """\
  - id: lantern-scheme-years
    topic: riverside-lantern-scheme
    subject: length of the Riverside Lantern Scheme
    figure: "four years"
    value: 4
    unit: years
    source: lantern-notice
    passage: "will receive £12m over four years"
"""


@pytest.fixture
def lantern(tmp_path) -> Path:
    return write_corpus(tmp_path / "lantern")


def problems_of(root: Path) -> list[str]:
    _, problems = read_corpus(root)
    return [str(p) for p in problems]


def test_a_corpus_loads_its_sources_and_claims_with_where_they_are(lantern):
    corpus = load_corpus(lantern)
    assert isinstance(corpus, Corpus) and corpus.root == lantern
    (source,) = corpus.sources.values()
    assert isinstance(source, Source)
    assert (source.id, source.kind, source.date, source.line) == ("lantern-notice", "press_release", "unknown", 2)
    assert source.file == lantern / "sources" / "lantern.txt"
    assert "Riverside Lantern Scheme" in source.text()
    (claim,) = corpus.claims
    assert isinstance(claim, Claim)
    assert (claim.value, claim.unit, claim.qualifier, claim.period) == (Decimal(12_000_000), "GBP", "exact", None)
    assert claim.names == ("Riverside Lantern Scheme funding", "Riverside Lantern Scheme")
    assert (claim.file, claim.line) == ("lantern/lantern.yaml", 2)


def test_lookups_by_id_and_by_source(lantern):
    with (lantern / "lantern.yaml").open("a", encoding="utf-8") as f:
        f.write(SECOND_CLAIM)
    corpus = load_corpus(lantern)
    assert corpus.claim("lantern-scheme-years").value == Decimal(4)
    assert corpus.claim("no-such-claim") is None
    assert [c.id for c in corpus.claims_of("lantern-notice")] == ["lantern-scheme-funding", "lantern-scheme-years"]
    assert corpus.claims_of("no-such-source") == []
    assert corpus.claim_counts() == {"lantern-notice": 2}
    assert corpus.claim_files() == [lantern / "lantern.yaml"]


def test_the_documented_figure_is_read_from_its_passage_with_its_precision(lantern):
    figure = load_corpus(lantern).claims[0].documented_figure()
    assert (figure.value, figure.unit, figure.text) == (Decimal(12_000_000), "GBP", "£12m")
    assert figure.precision == Decimal(1_000_000)  # "£12m" is written to the million


def test_every_problem_is_reported_at_its_place_not_just_the_first(lantern):
    text = (lantern / "lantern.yaml").read_text(encoding="utf-8").replace("unit: GBP", "unit: GBP\n    colour: blue")
    (lantern / "lantern.yaml").write_text(text + SECOND_CLAIM.replace("source: lantern-notice", "source: lantern-memo"), encoding="utf-8")
    found = problems_of(lantern)
    assert found[0].startswith("lantern/lantern.yaml:9:5: unknown field 'colour' in claim")
    assert found[1] == "lantern/lantern.yaml:18:13: unknown source 'lantern-memo' (known: lantern-notice)"
    with pytest.raises(CorpusError) as caught:
        load_corpus(lantern)
    assert all(isinstance(p, Problem) for p in caught.value.problems)
    assert len(caught.value.problems) == len(found) >= 2
    assert str(caught.value).startswith(found[0]) and "run `factcheck validate`" in str(caught.value)


def test_duplicate_claim_ids_name_the_first(lantern):
    text = (lantern / "lantern.yaml").read_text(encoding="utf-8")
    (lantern / "lantern.yaml").write_text(text + text.split("claims:\n", 1)[1], encoding="utf-8")
    (problem,) = problems_of(lantern)
    assert "duplicate claim id 'lantern-scheme-funding' (first at lantern/lantern.yaml:2)" in problem


def test_a_source_file_outside_the_directory_is_refused(lantern):
    index = lantern / "sources" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8").replace("file: sources/lantern.txt", "file: ../../etc/passwd"), encoding="utf-8")
    found = problems_of(lantern)
    assert any("is outside the claims directory" in p and p.startswith("lantern/sources/index.yaml:3:") for p in found)


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda root: None, "claims directory does not exist"),
        (lambda root: root.write_text("not a directory"), "not a directory"),
        (lambda root: root.mkdir(), "no source index"),
    ],
)
def test_what_is_not_a_corpus_says_why(tmp_path, setup, message):
    root = tmp_path / "claims"
    setup(root)
    (problem,) = problems_of(root)
    assert message in problem


def test_an_empty_claims_file_says_what_to_write(lantern):
    (lantern / "empty.yaml").write_text("", encoding="utf-8")
    (problem,) = problems_of(lantern)
    assert problem == "lantern/empty.yaml:1:1: empty claims file; write `claims: []` or remove the file"


def test_a_claims_file_that_is_not_utf8_is_located(lantern):
    (lantern / "latin1.yaml").write_bytes("claims:\n  - id: caf\xe9\n".encode("latin-1"))
    (problem,) = problems_of(lantern)
    assert problem.startswith("lantern/latin1.yaml:2:12: not UTF-8 (byte 0xe9); save the file as UTF-8")


def test_normalise_text_collapses_wrapping_and_straightens_quotes():
    assert normalise_text("  the \u2018Lantern\u2019\n scheme\u00a0said \u201cyes\u201d ") == "the 'Lantern' scheme said \"yes\""


def test_the_shipped_corpus_loads_and_every_claim_cites_a_known_source():
    corpus = load_corpus(CLAIMS)
    assert corpus.claims and corpus.sources
    ids = [c.id for c in corpus.claims]
    assert len(ids) == len(set(ids))
    for claim in corpus.claims:
        assert claim.source in corpus.sources
        assert claim.passage.strip() and claim.file and claim.line >= 1
    assert sum(corpus.claim_counts().values()) == len(corpus.claims)


def test_a_curated_count_written_as_a_multiple_is_read_as_one():
    """"four times the size", curated as a count, is the multiple a sentence's
    "four times the size" is read as, so the two can meet."""
    from factcheck.corpus import Claim

    def claim(passage: str) -> Claim:
        return Claim(id="c", topic="c", subject="the new hall's size", figure="four", value=4, unit="count", source="doc", passage=passage)

    assert claim("The new hall is four times the size of the old one.").documented_figure().unit == "times"
    assert claim("The hall was hired four times in June.").documented_figure().unit == "count"


def test_a_curated_time_limit_is_part_of_the_measure_not_its_period():
    """"within 24 hours" recorded as a period is the limit a share met, as a
    sentence's "made safe within 24 hours" is read; the claim's window, if
    its as_of gives one, is its period."""

    def claim(period: str, as_of: str | None = None) -> Claim:
        return Claim(id="c", topic="c", subject="repairs made safe within 24 hours", figure="92%", value=92, unit="percent",
                     source="doc", passage="92% of repairs were made safe within 24 hours.", period=period, as_of=as_of)

    assert claim("within 24 hours").documented_figure().period is None
    assert claim("within 24 hours", "2023-04/2024-03").documented_figure().period == "2023-04/2024-03"
    # A stretch is still a period.
    assert claim("within six months").documented_figure().period == "within six months"
