"""A headline in capitals or title case, read as a sentence (factcheck.headlines)."""

from __future__ import annotations

import pytest

from factcheck.checking import Checker
from factcheck.corpus import load_corpus
from factcheck.headlines import as_sentence
from factcheck.verdicts import Verdict

NAMES = {("quay", "fund"): ("Quay", "Fund"), ("harbour", "youth", "fund"): ("Harbour", "Youth", "Fund")}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("FERRY CREWS RESCUED 12 SWIMMERS AT PORTHKELL IN ONE WEEK", "Ferry crews rescued 12 swimmers at Porthkell in one week"),
        ("BOARD HANDS £3M TO HARBOUR YOUTH FUND", "Board hands £3M to Harbour Youth Fund"),
        ("HYF GRANTS REACH 40 CLUBS IN MARCH", "HYF grants reach 40 clubs in March"),
        ("Board Hands £3m To The Quay Fund For Harbour Repairs", "Board hands £3m to the Quay Fund for harbour repairs"),
        # Typed all in lower case: the name and the place come back; a magnitude stays as written.
        ("£3m for the quay fund at porthkell", "£3m for the Quay Fund at Porthkell"),
    ],
)
def test_a_headline_is_put_in_a_sentence_s_case(text, sentence):
    assert as_sentence(text, NAMES, known=lambda word: word in KNOWN) == sentence


# Words the invented documents use: in title case only they lose their capital.
KNOWN = {"hands", "harbour", "repairs", "board", "grants"}


def test_title_case_keeps_a_capital_where_a_name_may_be():
    # Every long word capitalised is title case too; "Porthkell", never in the documents, may be a name and keeps it.
    assert as_sentence("Board Hands £3m Harbour Grants Porthkell", NAMES, known=lambda word: word in KNOWN) == "Board hands £3m harbour grants Porthkell"


@pytest.mark.parametrize(
    "text",
    [
        "The Quay Fund gave £3m to the harbour, the board said.",
        "Deputy Mayor Sophie Linden visited Police Scotland in February.",  # names, not a headline
        "NHS at 70",  # too short to tell
        # Its long words all names, but its verb in lower case: title case would capitalise it.
        "The Harbour Ferry Quay Fund was set up in April 2018.",
    ],
)
def test_a_sentence_is_left_as_it_is(text):
    assert as_sentence(text, NAMES) is None


def test_a_word_the_documents_use_is_no_place():
    assert as_sentence("£3m for young people at risk", NAMES, known=lambda word: word == "risk") == "£3m for young people at risk"
    assert as_sentence("£3m for young people at risk", NAMES) == "£3m for young people at Risk"


def test_a_place_comes_right_after_its_lead_not_past_a_figure():
    # A sentence that opens with a figure has no capital; "up" past "in 2024-25," and "in" past "from 41" are no places.
    said = "19 swimmers rescued in the quarter, and 64 in 2024-25, up from 41 in 2023-24."
    assert as_sentence(said, NAMES, known=lambda word: word == "quarter") == said
    assert as_sentence("12 swimmers rescued at porthkell", NAMES) == "12 swimmers rescued at Porthkell"


def test_only_ascii_letters_change_so_figures_keep_their_place():
    text = "CAFÉ OWNERS GOT £3M AT PORTHKELL"
    sentence = as_sentence(text, NAMES)
    assert sentence is not None and len(sentence) == len(text) and "É" in sentence


@pytest.mark.parametrize(
    ("claim", "figure", "expected"),
    [
        # In title case "Youth Fund" is the youth fund; "Kent", a name no document uses, is still one.
        ("Mayor Unveils £45m Youth Fund", "£45m", Verdict.SUPPORTED),
        ("£5m Kent Violence Reduction Unit", "£5m", Verdict.UNVERIFIED),
        # A place in capitals is still a place the documents never name.
        ("TASKFORCE SEIZED 135 KNIVES AT GATWICK IN ONE WEEK", "135", Verdict.UNVERIFIED),
        # "YOUTH FUND" in capitals is the youth fund, not a name no document uses.
        ("MAYOR UNVEILS £45M YOUTH FUND", "£45M", Verdict.SUPPORTED),
        ("Police Made 900 Arrests During Operation Winter Nights In Manchester", "900", Verdict.UNVERIFIED),
        ("VCTF RECOVERED 910 KNIVES BETWEEN APRIL 2018 AND MAY 2019", "910", Verdict.SUPPORTED),
        ("taskforce seized 135 knives at gatwick in one week", "135", Verdict.UNVERIFIED),
        ("young londoners fund £45m for young people at risk", "£45m", Verdict.SUPPORTED),
    ],
)
def test_headlines_on_the_shipped_corpus(checker, claim, figure, expected):
    result = checker.check(claim)
    (found,) = [f for f in result.figures if f.figure.text == figure]  # shown as the user wrote it
    assert found.verdict is expected, found.reason
    assert result.claim == claim


def test_headlines_on_a_corpus_of_its_own(tmp_path):
    from .conftest import write_corpus

    lantern = Checker(load_corpus(write_corpus(tmp_path / "lantern")))
    assert lantern.check("RIVERSIDE LANTERN SCHEME WILL RECEIVE £12M OVER FOUR YEARS").verdict is Verdict.SUPPORTED
    assert lantern.check("RIVERSIDE LANTERN SCHEME WILL RECEIVE £12M OVER FOUR YEARS IN PORTHKELL").verdict is Verdict.UNVERIFIED
