import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck import matching
from factcheck.corpus import load_corpus
from factcheck.matching import _CLASH, _OVERLAP, Matcher, _kth_largest, _name_relation, proper_names, tokenize


def test_tokenize_stems_and_drops_stop_words():
    assert tokenize("The Mayor's £45m funding for Young Londoners") == ["mayor", "fund", "young", "london"]
    assert tokenize("arrested") == tokenize("arrests")


def test_proper_names():
    assert proper_names("Manchester Gang Exit services get") == [("manchester", "gang", "exit")]
    # Accents folded, as a lookup's words are: "Café" is found as "cafe".
    assert proper_names("the Tollen Quay Café opened") == [("tollen", "quay", "cafe")]
    assert proper_names("Mayor's investment in London Gang Exit services") == [("london", "gang", "exit")]


def test_typos_are_matched(corpus):
    matcher = Matcher.build(corpus)
    best = matcher.match("projets combatting youth violance")[0]
    assert best.claim.topic == "youth-violence-project-grants"


def test_substituted_proper_name_is_rejected(corpus):
    matcher = Matcher.build(corpus)
    gang = [m for m in matcher.match("Manchester Gang Exit services") if m.claim.topic == "london-gang-exit"]
    assert gang and all(m.substitution == ("Manchester Gang Exit", "London Gang Exit") for m in gang)
    assert "where the documents name 'London Gang Exit'" in gang[0].why_rejected(0.6, 0.5)
    london = [m for m in matcher.match("London Gang Exit services") if m.claim.topic == "london-gang-exit"]
    assert london and all(m.substitution is None for m in london)


def test_the_word_a_subject_names_its_measure_by_is_not_needed_to_name_it(tmp_path):
    # "date of the moorings review", "cost of the shelter": a sentence says
    # the measure by its figure ("in March 2026", "£362,000"), not by that
    # word, which, rare in the corpus, would otherwise weigh most in the name.
    from .test_checking import _documents_corpus

    said = [
        ("review", "date of the moorings review", "March 2026", "2026-03", "date", "The moorings review will report in March 2026."),
        ("berths", "berths counted in the moorings review", "212", 212, "count", "The moorings review counted 212 berths."),
        ("owners", "boat owners who answered the moorings review", "96", 96, "count", "The moorings review heard from 96 boat owners."),
        ("shelter", "cost of the shelter", "£362,000", 362000, "GBP", "The shelter cost £362,000."),
        ("beds", "beds in the shelter", "24", 24, "count", "The shelter has 24 beds."),
        ("guests", "guests of the shelter", "410", 410, "count", "The shelter took in 410 guests."),
    ]
    corpus = load_corpus(_documents_corpus(tmp_path / "harbour", [
        {"id": "plan", "publisher": "Harbour Trust", "text": "\n".join(p for *_, p in said) + "\n", "claims": [
            {"id": i, "subject": subject, "figure": figure, "value": value, "unit": unit, "passage": passage}
            for i, subject, figure, value, unit, passage in said
        ]},
    ]))
    matcher = Matcher.build(corpus)
    assert matcher.match("the moorings review")[0].claim.id == "review"
    assert matcher.match("the moorings review")[0].name_recall == 1.0
    assert [m.name_recall for m in matcher.match("the shelter") if m.claim.id == "shelter"] == [1.0]


def test_unrelated_subject_scores_low(corpus):
    matcher = Matcher.build(corpus)
    matches = matcher.match("a new hospital in Barnet")
    assert all(m.score < 0.6 for m in matches)


@pytest.mark.parametrize(
    "claim_name, documented, relation",
    [
        (("london", "gang", "exit"), ("london", "gang", "exit"), _OVERLAP),
        (("london", "gang", "exit", "programme"), ("london", "gang", "exit"), _OVERLAP),  # a word added at the end
        (("gang", "exit"), ("london", "gang", "exit"), _OVERLAP),
        (("london", "gang", "exti"), ("london", "gang", "exit"), _OVERLAP),  # a typo is the same word
        (("manchester", "gang", "exit"), ("london", "gang", "exit"), _CLASH),  # swapped
        (("community", "garden", "seed", "fund"), ("community", "seed", "fund"), _CLASH),  # inserted
        (("operation", "summer", "nights"), ("operation", "winter", "nights"), _CLASH),
        (("violence", "reduction", "unit"), ("london", "gang", "exit"), 0),
    ],
)
def test_proper_name_relations(claim_name, documented, relation):
    assert _name_relation(claim_name, documented) == relation


def _scored(matches):
    return [(m.index, m.score, m.precision, m.name_recall, m.name) for m in matches]


@pytest.mark.slow
def test_vectorised_scoring_equals_plain_python(synthetic_corpus, monkeypatch):
    """numpy adds the same weights in the same order: identical scores,
    ranks and candidate cut, to the last bit."""
    from factcheck_bench_claims import claims_for  # bench/ is on the path (conftest)

    corpus = load_corpus(synthetic_corpus)
    matcher = Matcher.build(corpus)
    assert len(matcher) >= matching.VECTORISE_FROM and matcher._vectorised() is not None
    subjects = claims_for(synthetic_corpus, 80) + ["Stronger Clinics Fund", "fund", "a new swimming pool in Leeds"]
    vectorised = [_scored(matcher.match(s)) for s in subjects]
    monkeypatch.setattr(matching, "VECTORISE_FROM", 10**9)
    monkeypatch.setattr(matching, "VECTORISE_BATCH_FROM", 10**9)
    plain = Matcher.build(corpus)
    assert [_scored(plain.match(s)) for s in subjects] == vectorised
    assert plain._vectorised() is None
    # A mid-size corpus starts in plain Python and switches for a batch.
    monkeypatch.setattr(matching, "VECTORISE_BATCH_FROM", 300)
    switching = Matcher.build(corpus)
    first = [_scored(switching.match(s)) for s in subjects[: matching.VECTORISE_AFTER_LOOKUPS - 1]]
    assert switching._vectors is None
    rest = [_scored(switching.match(s)) for s in subjects[matching.VECTORISE_AFTER_LOOKUPS - 1 :]]
    assert switching._vectors is not None
    assert first + rest == vectorised
    assert any(len(v) > 50 for v in vectorised)  # the candidate cut was exercised


@pytest.mark.slow
@given(st.lists(st.sampled_from([0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]) | st.floats(0.01, 10), min_size=2, max_size=6000), st.integers(1, 500))
def test_kth_largest_is_exact(values, k):
    import numpy as np

    assume(k < len(values))
    assert _kth_largest(np, np.array(values), k) == sorted(values, reverse=True)[k - 1]


def test_remembered_lookups_are_bounded_and_change_nothing(corpus, monkeypatch):
    monkeypatch.setattr(matching, "RECENT_LOOKUPS", 3)
    remembering, fresh = Matcher.build(corpus), Matcher.build(corpus)
    subjects = ["Young Londoners Fund", "seed funding", "London Gang Exit", "rescue and response", "Young Londoners Fund"] * 2
    for s in subjects:
        got = remembering.match(s)
        fresh._recent.clear()
        assert _scored(got) == _scored(fresh.match(s))
        got.clear()  # a caller changing its list must not change what is remembered
        assert remembering.match(s)
    assert len(remembering._recent) == 3


def test_an_irregular_participle_is_not_what_a_count_counts():
    from factcheck.checking import Checker
    from factcheck.corpus import load_corpus

    from .conftest import CLAIMS

    matcher = Checker(load_corpus(CLAIMS)).matcher
    assert matcher.counted_word(" guns taken off the streets")[0] == "guns"
    # "with 96 set aside for ...": a participle and its adverb, the noun elided; nothing named is counted.
    assert matcher.counted_word(" set aside for blue badge holders") is None
    # ... nor one written as its verb: "and five shut for good", "two cut".
    assert matcher.counted_word(" shut for good.") is None
    assert matcher.counted_word(" cut from the timetable") is None
    # ... nor an adverb that closes the clause ("910 knives too").
    assert matcher.counted_word(" knives too.")[0] == "knives"
    assert matcher.counted_word(" knives apiece.")[0] == "knives"
    # Nothing counted in its own clause: the next clause's count is not its noun ("to 14 today, two of them ...").
    assert matcher.counted_word(" today, two of them wildlife officers") is None
    # A dash closes an aside as a comma does: "policed by 148 officers — recorded crime fell ...".
    assert matcher.counted_word(" officers — recorded crime fell")[0] == "officers"
    assert matcher.counted_word(" officers - recorded crime fell")[0] == "officers"
    # A preposition closing the phrase is no noun: "11 in favour and 2 against, with 1 abstention".
    assert matcher.counted_word(" against, with 1 abstention.") is None
    # A plural before "of" is what is counted: "two bags of food", "96 members of staff".
    assert matcher.counted_word(" bags of food a day.")[0] == "bags"
    assert matcher.counted_word(" members of staff")[0] == "members"
    assert matcher.counted_word(" hundreds of young people")[0] == "people"
    # A part of a whole counted before its noun counts that noun: "611 of the branch's 1,870 members".
    assert matcher.counted_word(" of the branch's 1,870 members this winter")[0] == "members"
    assert matcher.counted_word(" of its 40 libraries")[0] == "libraries"
    # A name after the plural opens a clause about it, its "that" left out.
    assert matcher.counted_word(" of the projects City Hall funds")[0] == "projects"
    assert matcher.counted_word(" drop-in sessions the council held")[0] == "sessions"
    # A verb that agrees with what holds the count is no noun of it: "a target of 150 kits comes to £12,750".
    assert matcher.counted_word(" knives comes to £12,750")[0] == "knives"
    assert matcher.counted_word(" knives amounts to £12,750")[0] == "knives"
    # ... as is a price's "cost" after the plural: "14 bins cost about £640".
    assert matcher.counted_word(" surrender bins cost about £640 to install")[0] == "bins"
    assert matcher.counted_word(" project cost overruns")[0] == "overruns"
    # A participle of belief after the noun cuts a clause short: the homes are counted, not what was thought.
    assert matcher.counted_word(" homes thought to have been taken over")[0] == "homes"
    assert matcher.counted_word(" knives believed to have been used")[0] == "knives"
    # A count followed by its worth counts what was named before it: "from 52 worth £231,000 a year earlier".
    assert matcher.counted_word(" worth £231,000 a year earlier, with the heaviest single fine") is None
    assert matcher.counted_word(" fines worth £231,000")[0] == "fines"


@pytest.mark.parametrize(
    ("after", "counted"),
    [
        (" officers work in the taskforce", "officers"),  # a verb after the noun
        (" children now travel on the buses", "children"),  # an adverb before the verb
        (" children this summer", "children"),  # a time after the noun
        (" youth work sessions", "sessions"),  # "work" that is no verb
    ],
)
def test_what_a_count_counts_ends_at_its_noun(after, counted):
    from factcheck.checking import Checker
    from factcheck.corpus import load_corpus

    from .conftest import CLAIMS

    assert Checker(load_corpus(CLAIMS)).matcher.counted_word(after)[0] == counted


def test_a_word_is_part_of_another_only_at_its_start_or_end():
    from factcheck.matching import _same_word

    assert _same_word("task", "taskforce") and _same_word("force", "taskforce")
    assert not _same_word("city", "community")


@given(st.text(alphabet="ab _-é1\u00b2", max_size=30), st.text(alphabet="ab _é1", min_size=1, max_size=4))
def test_whole_words_finds_what_a_word_bounded_regex_finds(text, phrase):
    # The search replaced `re.finditer(rf"\b{re.escape(phrase)}\b", text)`,
    # which compiled a pattern per documented name; it must find the same starts.
    import re

    expected = [m.start() for m in re.finditer(rf"(?=\b{re.escape(phrase)}\b)", text)]
    assert list(matching._whole_words(text, phrase)) == expected


def test_spelling_similarity_is_rapidfuzz_s_ratio():
    # The typo test works out rapidfuzz's fuzz.ratio itself (to spare a
    # single lookup the import); it must give the same number.
    import random

    from rapidfuzz import fuzz

    from factcheck.matching import _similarity

    rng = random.Random(7)
    pairs = [("londoners", "londonders"), ("taskforce", "taskforse"), ("exti", "exit"), ("city", "community"), ("", ""), ("fund", "")]
    for _ in range(2000):
        a = "".join(rng.choice("aeilnorst") for _ in range(rng.randint(0, 12)))
        pairs.append((a, a[: rng.randint(0, len(a))] + "".join(rng.choice("aeilnorst") for _ in range(rng.randint(0, 4)))))
    for a, b in pairs:
        assert _similarity(a, b) == pytest.approx(fuzz.ratio(a, b)), (a, b)

