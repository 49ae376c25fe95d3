"""Quotes: a sentence that repeats a documented passage is judged as its quote.

The passages and programmes here are invented (see tests/data/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.checking import Checker
from factcheck.corpus import Claim, load_corpus
from factcheck.figures import parse_figures
from factcheck.quoting import QuoteIndex
from factcheck.verdicts import Verdict

from .test_checking import _documents_corpus, figure_verdict

# An answer in a committee's minutes: two figures, the first of which the
# reader alone takes for when the second holds ("within 10 days").
MINUTES = (
    "In answer to Cllr Pardew, Ms Averill said that every caller was promised a visit within 10 days "
    "of first ringing the helpline, and that the Corbel Fund had paid for 4,312 hot meals this winter."
)
ROW = "Winter round (Heronsgate, Copley End, Marsh Row): 1,150 calls answered by the Lantern Trust helpline."
# Names the guards weigh against a figure: a payer, and a fund beside it.
GRANT = "The Heronsgate Parish Council paid the Lantern Trust £6,400 towards the helpline, the Corbel Fund added £2,000."
# A sentence of the document around a shorter curated passage (VISITS).
WARDENS = "Working with the parish wardens, the trust's volunteers made 212 home visits to housebound residents in Copley End, more than in any earlier winter."
VISITS = "the trust's volunteers made 212 home visits to housebound residents in Copley End"
# A time the reader takes from the passage ("Since September") that the curator did not record.
READING = "Since September, each child on the Lantern reading scheme gets 15 hours of one-to-one reading a term."
COST = "The Lantern reading scheme costs the trust £300 for each child it takes on."


@pytest.fixture(scope="module")
def lantern(tmp_path_factory) -> Path:
    return _documents_corpus(tmp_path_factory.mktemp("lantern"), [
        {"id": "minutes", "publisher": "Heronsgate Parish Council", "text": f"{MINUTES}\n{ROW}\n{GRANT}\n{READING}\n{WARDENS}\n{COST}\n", "claims": [
            {"id": "visit", "subject": "time within which every Lantern Trust helpline caller is promised a visit",
             "figure": "10 days", "value": 10, "unit": "days", "qualifier": "up_to", "passage": MINUTES},
            {"id": "meals", "subject": "hot meals the Lantern Trust's winter appeal paid for", "figure": "4,312", "value": 4312, "unit": "count", "passage": MINUTES},
            {"id": "calls", "subject": "Lantern Trust helpline calls answered in the winter round", "figure": "1,150", "value": 1150, "unit": "count", "passage": ROW},
            {"id": "grant", "subject": "Lantern Trust helpline grant", "figure": "£6,400", "value": 6400, "unit": "GBP", "passage": GRANT},
            {"id": "reading", "subject": "hours of reading each child gets a term on the Lantern reading scheme", "figure": "15 hours", "value": 15, "unit": "hours",
             "period": "per term", "passage": READING},
            {"id": "reading-cost", "topic": "reading", "subject": "cost to the Lantern Trust of each child on its reading scheme", "figure": "£300", "value": 300,
             "unit": "GBP", "passage": COST},
            {"id": "visits", "subject": "home visits by Lantern Trust volunteers in Copley End", "figure": "212", "value": 212, "unit": "count", "passage": VISITS},
        ]},
    ])


def _claim(passage: str, figure: str, id: str = "c") -> Claim:
    return Claim(id=id, topic=id, subject="s", figure=figure, value=0, unit="count", source="doc", passage=passage)


def _quoted(text: str, *claims: Claim) -> dict[int, tuple[str, bool]]:
    """Each figure of `text` that stands in a repeated passage: its claim's id, and whether it is the same figure."""
    figures = parse_figures(text)
    found = QuoteIndex({}).quoted(text, [(f.start, f.end) for f in figures], enumerate(claims))
    return {i: (claims[q.claim].id, q.same_figure) for i, q in found.items()}


def test_a_passage_repeated_around_a_figure_is_found_with_the_figure_it_has_there():
    claim = _claim("Volunteers from the trust took 4,312 hot meals to housebound residents.", "4,312")
    assert _quoted("Volunteers from the trust took 4,312 hot meals to housebound residents.", claim) == {0: ("c", True)}
    # Another figure in its place: the same measure, said otherwise.
    assert _quoted("Volunteers from the trust took 5,100 hot meals to housebound residents.", claim) == {0: ("c", False)}
    # Case, spacing, curly quotes and a qualifier before the figure aside.
    assert _quoted("The paper said: \u201cvolunteers from  the trust took more than 4,312 hot meals\nto housebound residents.\u201d", claim) == {0: ("c", True)}


def test_a_passage_not_repeated_whole_around_the_figure_is_no_quote():
    claim = _claim("Volunteers from the trust took 4,312 hot meals to housebound residents.", "4,312")
    assert _quoted("Volunteers from the trust took 4,312 hot meals to care homes.", claim) == {}
    assert _quoted("Staff from the trust took 4,312 hot meals to housebound residents.", claim) == {}
    # Two figures where the passage has one: neither is its figure.
    assert _quoted("Volunteers from the trust took 4,312 and 5,100 hot meals to housebound residents.", claim) == {}


def test_a_passage_that_names_nothing_in_few_words_is_not_indexed():
    # "The service costs £310,000 a year." could be said of any service.
    generic = _claim("The service costs £310,000 a year.", "£310,000", "generic")
    named = _claim("The Lantern service costs £310,000 a year.", "£310,000", "named")
    index = QuoteIndex.build([generic, named])
    assert index.candidates("The service costs £250,000 a year.") == []
    assert index.candidates("The Lantern service costs £250,000 a year.") == [1]


def test_a_passage_too_short_to_say_what_it_counts_is_not_indexed():
    # "2019: 112", "£45m fund": words any sentence may hold around a figure.
    short = _claim("2019: 112", "112", "short")
    long = _claim("The trust's helpline answered 1,150 calls over the winter round.", "1,150", "long")
    index = QuoteIndex.build([short, long])
    assert index.candidates("In 2019: 112 were counted") == []
    assert index.candidates("The trust's helpline answered 1,150 calls over the winter round.") == [1]


# Like passages (a template's) share even their rarest word: "heronsgate",
# in two; the third makes every other word as common as it, or commoner.
WALKERS = _claim("Last year Heronsgate volunteers carried 4,312 walkers.", "4,312", "walkers")
BICYCLES = _claim("Last year Heronsgate volunteers carried 1,020 bicycles.", "1,020", "bicycles")
TOWPATH = _claim("Walkers and bicycles crowded 30 towpaths, volunteers carried on last year.", "30", "towpath")


def test_passages_sharing_their_rarest_word_are_told_apart_by_their_next_ones():
    # A sentence holds the next rarest words of one of them alone.
    index = QuoteIndex.build([WALKERS, BICYCLES, TOWPATH])
    assert index.by_word["heronsgate"] == (0, 1)
    assert index.candidates(WALKERS.passage) == [0]
    assert index.candidates(BICYCLES.passage) == [1]


def test_passages_of_a_template_are_not_looked_for(monkeypatch):
    # More passages share a rarest word than words can tell apart: not looked for at all.
    from factcheck import quoting

    index = QuoteIndex.build([WALKERS, BICYCLES, TOWPATH])
    monkeypatch.setattr(quoting, "MAX_SHARING", 1)
    assert index.candidates(WALKERS.passage) == []


def test_a_repeated_passage_is_judged_on_its_own_figure(lantern):
    checker = Checker(load_corpus(lantern))
    result = checker.check(MINUTES)
    assert [(f.figure.text, f.verdict) for f in result.figures] == [("10 days", Verdict.SUPPORTED), ("4,312", Verdict.SUPPORTED)]
    assert all("repeats the passage of minutes word for word" in f.reason for f in result.figures)
    assert all(e.claim.source == "minutes" for e in result.evidence)
    # A table row's words say little to the matcher; repeated, they say what the row says.
    assert figure_verdict(checker, ROW, "1,150") is Verdict.SUPPORTED


def test_a_passage_with_a_year_put_before_it_is_no_quote(lantern):
    # "In 2031, ..." may say it of another time: read as any sentence is.
    result = Checker(load_corpus(lantern)).check(f"In 2031, {MINUTES[0].lower()}{MINUTES[1:]}")
    assert not any("word for word" in f.reason for f in result.figures)


def test_without_quotes_the_passage_is_read_as_any_sentence(lantern):
    # What the curator's round trip reads: the 10 days is taken for when the meals were paid for.
    reader = Checker(load_corpus(lantern), quote_passages=False)
    assert "10 days" not in [f.figure.text for f in reader.check(MINUTES).figures]


def test_another_figure_in_a_repeated_passage_contradicts_the_documents(lantern):
    checker = Checker(load_corpus(lantern))
    said = MINUTES.replace("4,312", "5,100")
    assert figure_verdict(checker, said, "5,100") is Verdict.CONFLICTING
    assert "with 5,100 where it has 4,312" in checker.check(said).reason


def test_a_bound_put_on_a_repeated_passage_s_figure_is_not_its_figure(lantern):
    checker = Checker(load_corpus(lantern))
    for bound in ("more than", "fewer than"):
        said = MINUTES.replace("4,312", f"{bound} 4,312")
        assert figure_verdict(checker, said, "4,312") is not Verdict.SUPPORTED, bound
    # The bound the passage itself gives is its figure as written.
    assert figure_verdict(checker, MINUTES, "4,312") is Verdict.SUPPORTED


def test_a_repeated_passage_denied_or_placed_elsewhere_is_not_supported(lantern):
    checker = Checker(load_corpus(lantern))
    denied = "It is not true that " + MINUTES[0].lower() + MINUTES[1:]
    assert figure_verdict(checker, denied, "4,312") is not Verdict.SUPPORTED
    # Words around the passage may tie it to another place.
    assert figure_verdict(checker, "In Dunmere, " + ROW, "1,150") is Verdict.UNVERIFIED
    # ... after it as well as before: the words between the figure and the passage's
    # closing full stop are not the passage's, however few.
    claim = _claim("The helpline opened to callers in April 2023.", "April 2023")
    assert _quoted("The helpline opened to callers in April 2023.", claim) == {0: ("c", True)}
    assert _quoted("The helpline opened to callers in April 2023 in Dunmere.", claim) == {}


def test_the_documents_own_names_in_a_repeated_passage_tie_it_to_nothing_else(lantern):
    # Repeated whole, the passage is the document's own account.
    checker = Checker(load_corpus(lantern))
    assert figure_verdict(checker, GRANT, "£6,400") is Verdict.SUPPORTED
    assert figure_verdict(checker, GRANT.replace("£6,400", "£7,000"), "£7,000") is Verdict.CONFLICTING
    # Read as any sentence too, the payer the passage names is the documents'
    # own; one it does not name is someone else.
    as_any = Checker(load_corpus(lantern), quote_passages=False)
    assert figure_verdict(as_any, GRANT, "£6,400") is Verdict.SUPPORTED
    assert figure_verdict(as_any, GRANT.replace("Heronsgate", "Ashcombe"), "£6,400") is Verdict.UNVERIFIED


def test_a_repeated_passage_holds_for_the_time_its_document_gives(lantern):
    # The reader takes "Since September" for the figure's time; the curator gave "per term".
    checker = Checker(load_corpus(lantern))
    assert figure_verdict(checker, READING, "15 hours") is Verdict.SUPPORTED
    assert figure_verdict(checker, READING.replace("15 hours", "20 hours"), "20 hours") is Verdict.CONFLICTING
    # A figure of another kind in its place is not the documented measure.
    assert figure_verdict(checker, READING.replace("15 hours", "£15"), "£15") is Verdict.UNVERIFIED
    assert "repeats the passage" not in checker.check(READING.replace("15 hours", "£15")).reason


def test_a_repeated_passage_with_words_of_another_scope_around_it_is_read_as_any_sentence(lantern):
    # "Nationally" says the figure is the country's: the words around a passage count.
    checker = Checker(load_corpus(lantern))
    said_elsewhere = "Nationally, " + READING[0].lower() + READING[1:]
    assert figure_verdict(checker, said_elsewhere, "15 hours") is Verdict.UNVERIFIED
    assert "repeats the passage" not in checker.check(said_elsewhere).reason


def test_a_sentence_of_the_document_itself_is_its_quote_whatever_else_it_says(lantern):
    checker = Checker(load_corpus(lantern))
    result = checker.check(WARDENS)
    assert figure_verdict(checker, WARDENS, "212") is Verdict.SUPPORTED
    assert "repeats the passage of minutes" in result.reason
    # The same words with one more of the reporter's are not the document's sentence.
    assert "repeats the passage" not in checker.check("Nationally, w" + WARDENS[1:]).reason


def test_a_figure_read_apart_from_its_unit_words_is_the_documented_one_as_written(tmp_path):
    # Minutes were no unit of the schema: a curator recorded "27 minutes" as a count; it is read as the minutes it is.
    passage = "Mean wait at the Tarn Lane drop-in: 27 minutes (target 30 minutes), down from 51 minutes in October."
    root = _documents_corpus(tmp_path / "tarn", [{"id": "board", "publisher": "Tarn Lane Trust", "text": passage + "\n", "claims": [
        {"id": "wait-now", "topic": "wait", "subject": "mean wait in minutes at the Tarn Lane drop-in", "figure": "27 minutes", "value": 27, "unit": "count", "passage": passage},
        {"id": "wait-oct", "topic": "wait", "subject": "mean wait in minutes at the Tarn Lane drop-in in October", "figure": "51 minutes", "value": 51, "unit": "count",
         "period": "October", "passage": passage},
    ]}])
    checker = Checker(load_corpus(root))
    (wait,) = [f for f in checker.check(passage).figures if f.figure.text == "27 minutes"]
    assert wait.verdict in (Verdict.SUPPORTED, Verdict.MIXED)
    assert "repeats the passage of board word for word" in wait.reason
    # A count of 27 of something else is not the wait.
    assert all(f.verdict is not Verdict.SUPPORTED for f in checker.check("The Tarn Lane drop-in has 27 volunteers.").figures)
