"""The checker against the real shipped corpus, and small fixtures."""

import re
from pathlib import Path

import pytest
import yaml

from factcheck.checking import Checker, Relation
from factcheck.corpus import load_corpus
from factcheck.verdicts import Verdict

from .conftest import CLAIMS, DATA


def verdict(checker, text):
    return checker.check(text).verdict


def figure_verdict(checker, text, figure):
    """The verdict on the one figure of `text` written `figure`."""
    (found,) = [f for f in checker.check(text).figures if f.figure.text == figure]
    return found.verdict


def assert_verdict(checker, claim, expected):
    """The claim's verdict is `expected`; if not, its reason says why (checked once)."""
    result = checker.check(claim)
    assert result.verdict is expected, result.reason


def assert_stances(checker, claim, expected, stances):
    """As assert_verdict, and each figure's stance is the one in `stances`, in order."""
    result = checker.check(claim)
    assert result.verdict is expected, result.reason
    assert [f.stance.value for f in result.figures] == stances


@pytest.mark.parametrize(
    "claim",
    [
        "£45m Young Londoners Fund",
        "£45 million Young Londonders Fund",
        "forty-five million pounds for the Young Londoners Fund",
        "£7m for projets combatting youth violance",
        "£10m a year for the Young Londoners Fund",
        "the three-year Young Londoners Fund",
        "Young Londoners Fund created in February 2018",
        "£2m for London Gang Exit",
        "£110m invested in the Met Police",
        "more than 350 weapons taken off the streets in Operation Winter Nights",
        "350 weapons taken off the streets in Operation Winter Nights",
        "almost 5,000 suspects arrested by the violent crime taskforce",
        "Knife Crime Strategy published in June 2017",
        "£15 million annually for the Violent Crime Task Force",
    ],
)
def test_supported(checker, claim):
    result = checker.check(claim)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any(e.relation == "supports" for e in result.evidence)


@pytest.mark.parametrize(
    "claim",
    [
        "£50m Young Londoners Fund",
        "$45m Young Londoners Fund",
        "£45bn Young Londoners Fund",
        "£45m a year for the Young Londoners Fund",
        "£10m in total for the Young Londoners Fund",
        "35 weapons taken off the streets in Operation Winter Nights",
        "over 6,000 suspects arrested by the violent crime taskforce",
        "Knife Crime Strategy published in June 2016",
        "£3m for London Gang Exit",
    ],
)
def test_conflicting(checker, claim):
    result = checker.check(claim)
    assert result.verdict is Verdict.CONFLICTING, result.reason
    conflicts = [e for e in result.evidence if e.relation == "conflicts"]
    assert conflicts and all(e.claim.passage for e in conflicts)


def test_seed_funding_figures_are_mixed_both_ways(checker):
    low = checker.check("£250k seed funding")
    assert low.verdict is Verdict.MIXED
    assert {e.claim.figure for e in low.evidence if e.relation == "supports"} == {"£250,000"}
    assert {e.claim.figure for e in low.evidence if e.relation == "conflicts"} == {"£1.4 million"}
    high = checker.check("£1.4m seed funding")
    assert high.verdict is Verdict.MIXED
    assert {e.claim.figure for e in high.evidence if e.relation == "supports"} == {"£1.4 million"}
    assert {e.claim.figure for e in high.evidence if e.relation == "conflicts"} == {"£250,000"}
    # The corpus says why they differ, and the result says so in one line.
    assert "Note:" in low.reason and "\n" not in low.reason


@pytest.mark.parametrize(
    "claim",
    [
        "£110m for a new hospital in Barnet",
        "£9 million to resurface Oxford Street",
        "43 new bus routes in Ealing",
        "£45m for London's youth orchestras",
        "the Violence Reduction Unit employs 43 staff",
    ],
)
def test_a_documented_number_on_the_wrong_subject_is_unverified(checker, claim):
    result = checker.check(claim)
    assert result.verdict is Verdict.UNVERIFIED, result.reason
    assert not any(e.relation == "supports" for e in result.evidence)


def test_near_miss_explains_the_rejected_candidate(checker):
    result = checker.check("£110m for a new hospital in Barnet")
    assert "closest was" in result.reason and "barnet" in result.reason.lower()


def test_young_londoners_fund_is_told_from_summer_activities(checker):
    fund = checker.check("£5m for the Young Londoners Fund")
    assert fund.verdict is Verdict.CONFLICTING
    assert {e.claim.topic for e in fund.evidence if e.relation == "conflicts"} == {"young-londoners-fund"}
    summer = checker.check("£5m for young Londoners' summer activities")
    assert summer.verdict is Verdict.SUPPORTED


def test_a_total_and_a_rate_are_different_measures(checker):
    result = checker.check("£45m Young Londoners Fund")
    assert result.verdict is Verdict.SUPPORTED
    related = [e for e in result.evidence if e.relation == "related"]
    assert any(e.claim.period == "per year" for e in related)


def test_claim_without_figure_is_unverified_with_closest_passages(checker):
    result = checker.check("The Young Londoners Fund helps children")
    assert result.verdict is Verdict.UNVERIFIED
    assert "no figure" in result.reason
    assert result.evidence and all(e.relation == "related" for e in result.evidence)


def test_several_figures_get_a_verdict_each_and_the_worst_overall(checker):
    result = checker.check("£45m Young Londoners Fund created in February 2017")
    assert [fc.verdict for fc in result.figures] == [Verdict.SUPPORTED, Verdict.CONFLICTING]
    assert result.verdict is Verdict.CONFLICTING


def test_a_date_beside_an_amount_is_context(checker):
    result = checker.check("six firearms seized by the taskforce in one week in June 2018")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "June 2018" in result.reason


def _labelled(name):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["labelled_claims.yaml", "heldout_claims.yaml"])
def test_no_false_support_on_labelled_claims(checker, name):
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} not present")
    items = _labelled(name)
    # Mixed shows supporting passages too, so it counts as support here.
    support = {Verdict.SUPPORTED, Verdict.MIXED}
    false_support = [i["claim"] for i in items if i["expected"] not in ("supported", "mixed") and verdict(checker, i["claim"]) in support]
    assert false_support == []


def test_labelled_accuracy_does_not_regress(checker):
    items = _labelled("labelled_claims.yaml")
    right = sum(verdict(checker, i["claim"]).value == i["expected"] for i in items)
    # bench/threshold.py reports the full confusion table; 90% guards a regression.
    assert right / len(items) >= 0.90


def test_small_fixture_corpus(tmp_path: Path):
    root = tmp_path / "c"
    (root / "sources").mkdir(parents=True)
    text = "The council spent £3.2m on new libraries in 2021. It opened 12 libraries."
    (root / "sources" / "doc.txt").write_text(text, encoding="utf-8")
    import hashlib

    digest = hashlib.sha256(text.encode()).hexdigest()
    (root / "sources" / "index.yaml").write_text(
        f"sources:\n  - id: doc\n    file: sources/doc.txt\n    sha256: {digest}\n    kind: report\n    title: Libraries\n    publisher: unknown\n    date: unknown\n    url: unknown\n",
        encoding="utf-8",
    )
    (root / "doc.yaml").write_text(
        """claims:
  - id: libraries-spend
    topic: library-spending
    subject: council spending on new libraries
    figure: £3.2m
    value: 3200000
    unit: GBP
    source: doc
    passage: The council spent £3.2m on new libraries in 2021.
  - id: libraries-opened
    topic: libraries-opened
    subject: libraries opened by the council
    figure: "12"
    value: 12
    unit: count
    source: doc
    passage: It opened 12 libraries.
""",
        encoding="utf-8",
    )
    checker = Checker(load_corpus(root))
    assert verdict(checker, "£3.2m on new libraries") is Verdict.SUPPORTED
    assert verdict(checker, "£4m on new libraries") is Verdict.CONFLICTING
    assert verdict(checker, "council opened 12 libraries") is Verdict.SUPPORTED
    assert verdict(checker, "12 new swimming pools") is Verdict.UNVERIFIED


# --- real prose: long sentences, attributions, denials, qualifiers, places ---------------


@pytest.mark.parametrize(
    "sentence, figure, verdict",
    [
        ("Speaking at the launch in Tottenham on Thursday, the Mayor said the £45m Young Londoners Fund would give thousands of teenagers somewhere to go after school.", "£45m", Verdict.SUPPORTED),
        ("Knife crime charity founders welcomed the news that £7m had been granted to projects combating youth violence across the capital, though some said it was not enough.", "£7m", Verdict.SUPPORTED),
        ("Khan's three-year, £45m programme for young Londoners at risk of crime opened to bids last spring.", "£45m", Verdict.SUPPORTED),
        ("According to City Hall, London Gang Exit services have been handed £2m to get young people into work.", "£2m", Verdict.SUPPORTED),
        ("The £45m Young Londoners Fund, not the £4.5m some reported, was announced in February.", "£45m", Verdict.SUPPORTED),
        ("Fewer than 350 weapons were taken off London's streets during Operation Winter Nights.", "350", Verdict.CONFLICTING),
        ("Claims that knife wands went to 150 schools are false.", "150", Verdict.CONFLICTING),
    ],
)
def test_real_prose_figures(checker, sentence, figure, verdict):
    result = checker.check(sentence)
    check = next(fc for fc in result.figures if fc.figure.text == figure)
    assert check.verdict is verdict, check.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The taskforce seized 135 knives at Gatwick airport in one week in June 2018.",
        "Manchester's violent crime taskforce has 150 officers.",
        "The Mayor has granted £7 million to projects combating youth violence across Birmingham.",
    ],
)
def test_a_figure_tied_to_another_place_is_never_supported(checker, sentence):
    result = checker.check(sentence)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert all(fc.verdict is not Verdict.SUPPORTED for fc in result.figures if fc.figure.kind != "date"), result.reason


def test_months_joined_by_hyphens_are_no_place(checker):
    # "the April-to-June quarter" names a stretch of months, not a place or body no document mentions.
    assert_verdict(checker, "The violent crime taskforce had 150 officers in the April-to-June quarter.", Verdict.SUPPORTED)
    assert_verdict(checker, "The violent crime taskforce had 150 officers in the Gatwick-to-Crawley corridor.", Verdict.UNVERIFIED)


def test_days_of_the_week_in_the_plural_are_no_place(checker):
    # "on Saturdays only" says when, not whose: no name the documents lack.
    assert_verdict(checker, "The violent crime taskforce had 150 officers, on Saturdays only.", Verdict.SUPPORTED)
    assert_verdict(checker, "The violent crime taskforce had 150 officers working weekends and Fridays.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("source", "expected"),
    [("figures for Wales", Verdict.UNVERIFIED), ("figures for London", Verdict.SUPPORTED), ("Met figures", Verdict.SUPPORTED)],
)
def test_figures_said_to_be_for_another_place_are_that_place_s(checker, source, expected):
    # The attribution says whose the figures are; where they are for is the figure's place.
    result = checker.check(f"The taskforce seized 135 knives in one week in June 2018, according to {source}.")
    (knives,) = [fc for fc in result.figures if fc.figure.text == "135"]
    assert knives.verdict is expected, knives.reason


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In one borough alone, the taskforce has arrested 4,937 suspects.", Verdict.UNVERIFIED),
        ("The taskforce arrested 4,937 suspects in just one borough.", Verdict.UNVERIFIED),
        ("During a single raid, officers from the taskforce arrested 4,937 suspects.", Verdict.UNVERIFIED),
        ("Over one weekend, the taskforce arrested 4,937 suspects.", Verdict.UNVERIFIED),
        # Where it was said, or reported, is not what it counts.
        ("At one meeting, the Mayor said the taskforce had arrested 4,937 suspects.", Verdict.SUPPORTED),
        ("The taskforce arrested 4,937 suspects, not the 49,370 reported in one tabloid.", Verdict.SUPPORTED),
        ("The taskforce has arrested 4,937 suspects.", Verdict.SUPPORTED),
    ],
)
def test_a_count_for_one_part_of_the_whole_is_not_the_whole_s(checker, sentence, expected):
    result = checker.check(sentence)
    (arrests,) = [fc for fc in result.figures if fc.figure.text == "4,937"]
    assert arrests.verdict is expected, arrests.reason


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("43 projects applied for money from the Knife Crime Community Seed Fund.", "43", Verdict.UNVERIFIED),
        ("The seed fund rejected 43 anti-knife crime projects.", "43", Verdict.UNVERIFIED),
        ("150 schools refused the offer of knife wands.", "150", Verdict.UNVERIFIED),
        ("The taskforce's target was 910 knives.", "910", Verdict.UNVERIFIED),
        # The pot applied to, named by its size, is still its size.
        ("Youth clubs can bid for extra cash from the £45 million Young Londoners Fund.", "£45 million", Verdict.SUPPORTED),
        # A statement rejected is denied, not a thing refused.
        ("City Hall rejected claims that only 80 officers had joined the taskforce, saying it had 150.", "150", Verdict.SUPPORTED),
        ("43 projects were allocated money from the seed fund.", "43", Verdict.SUPPORTED),
        ("Only 150 schools have asked for knife wands.", "150", Verdict.UNVERIFIED),
        ("150 schools said no to knife wands.", "150", Verdict.UNVERIFIED),
        ("The taskforce expects to recover 910 knives.", "910", Verdict.UNVERIFIED),
        ("The taskforce was on course to recover 910 knives.", "910", Verdict.UNVERIFIED),
        ("150 schools have signed up for knife wands.", "150", Verdict.SUPPORTED),
        ("The Mayor had hoped the taskforce would recover 910 knives.", "910", Verdict.UNVERIFIED),
        ("The taskforce recovered 910 knives, as the Mayor had hoped.", "910", Verdict.SUPPORTED),
    ],
)
def test_a_figure_at_another_stage_is_not_the_documents_outcome(checker, sentence, figure, expected):
    # What was asked for, turned down or hoped for is not what was given, taken up or done.
    result = checker.check(sentence)
    (fc,) = [fc for fc in result.figures if fc.figure.text == figure]
    assert fc.verdict is expected, fc.reason


def test_a_denied_figure_the_documents_contradict_asserts_nothing(checker):
    result = checker.check("The £45m Young Londoners Fund, not the £4.5m some reported, was announced in February.")
    denied = next(fc for fc in result.figures if fc.figure.text == "£4.5m")
    assert denied.stance.value == "denied" and not denied.counts
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_figure_the_sayer_waves_away_is_not_claimed(checker):
    result = checker.check("The Mayor dismissed talk of a £4.5m fund, saying the Young Londoners Fund is worth £45m.")
    by = {fc.figure.text: fc for fc in result.figures}
    assert by["£4.5m"].stance.value == "denied" and not by["£4.5m"].counts
    assert by["£45m"].verdict is Verdict.SUPPORTED and result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "The Mayor has yet to put £45m into the Young Londoners Fund.",
        "The taskforce failed to recover 910 knives between April 2018 and May 2019.",
    ],
)
def test_a_deed_not_done_is_not_supported_by_the_documents_that_say_it_was(checker, claim):
    result = checker.check(claim)
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert any(fc.stance.value == "denied" for fc in result.figures), result.reason


def test_a_level_yet_to_be_reached_is_a_bound_not_a_deed_denied(checker):
    # 910 knives: fewer than 1,000, so the sentence holds.
    result = checker.check("The taskforce failed to reach 1,000 knives between April 2018 and May 2019.")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Met's own gangs unit, not the taskforce, recovered 910 knives between April 2018 and May 2019.", Verdict.UNVERIFIED),
        ("Knife crime charities, rather than the Mayor, granted £7m to projects combating youth violence.", Verdict.UNVERIFIED),
        ("The taskforce, not the Met's gangs unit, recovered 910 knives between April 2018 and May 2019.", Verdict.SUPPORTED),
    ],
)
def test_an_actor_set_against_the_documented_one_owns_the_figure(checker, claim, expected):
    assert checker.check(claim).verdict is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("A taskforce modelled on London's recovered 910 knives between April 2018 and May 2019.", Verdict.UNVERIFIED),
        ("A similar taskforce recovered 910 knives between April 2018 and May 2019.", Verdict.UNVERIFIED),
        ("The taskforce, based on Glasgow's approach, recovered 910 knives between April 2018 and May 2019.", Verdict.SUPPORTED),
    ],
)
def test_another_thing_made_like_the_documented_one_is_not_it(checker, claim, expected):
    assert checker.check(claim).verdict is expected


def test_a_reason_quotes_the_whole_name_of_another_owner(checker):
    result = checker.check("The Home Office has invested £110m in the Met Police to protect frontline officer numbers.")
    assert result.verdict is Verdict.UNVERIFIED and "'Home Office'" in result.reason, result.reason


def test_a_comparison_opening_the_sentence_is_no_place(checker):
    result = checker.check("Like London, Manchester has allocated £1.4m to 43 anti-knife crime projects.")
    assert result.verdict is Verdict.UNVERIFIED and "'Manchester'" in result.reason and "'Like'" not in result.reason, result.reason


def test_a_deed_denied_with_its_date_contradicts_the_documented_date(checker):
    result = checker.check("No, the Mayor did not create the £45m Young Londoners Fund in February 2018.")
    (date,) = [fc for fc in result.figures if fc.figure.text == "February 2018"]
    assert date.stance.value == "denied" and result.verdict is Verdict.CONFLICTING, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "The Young Londoners Fund is worth £45m, as the council wrongly claimed at the time.",
        "Myth: the Mayor created the £45m Young Londoners Fund.",
    ],
)
def test_a_statement_said_in_error_is_denied_not_supported(checker, claim):
    result = checker.check(claim)
    (fund,) = [fc for fc in result.figures if fc.figure.text == "£45m"]
    assert fund.stance.value == "denied" and result.verdict is Verdict.CONFLICTING, result.reason


def test_a_change_is_not_checked_as_a_level(checker):
    result = checker.check("Funding for London Gang Exit was cut by £2m this year.")
    change = next(fc for fc in result.figures if fc.figure.text == "£2m")
    assert change.stance.value == "change" and change.verdict is Verdict.UNVERIFIED
    assert "change" in change.reason


def test_a_running_total_at_another_date_is_a_different_period(checker):
    result = checker.check("By October 2018 the Violent Crime Task Force had recovered 500 knives since its launch.")
    knives = next(fc for fc in result.figures if fc.figure.text == "500")
    assert knives.verdict is Verdict.UNVERIFIED and "different period" in knives.reason, knives.reason


def test_more_than_an_exact_documented_figure_does_not_agree(checker):
    # The documents give exactly 150 officers for the taskforce.
    result = checker.check("The Violent Crime Taskforce has more than 150 officers")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_at_least_agrees_with_a_larger_documented_figure(checker):
    result = checker.check("Police made at least 800 arrests during Operation Winter Nights")
    assert result.verdict is Verdict.SUPPORTED, result.reason

def test_dates_read_as_context_are_carried_as_figures_not_only_in_the_reason(checker):
    result = checker.check("The taskforce recovered 910 knives by May 2019")
    assert [f.text for f in result.context_figures] == ["May 2019"]
    assert [fc.figure.text for fc in result.figures] == ["910"]  # the date got no verdict of its own
    assert result.reason.endswith("(May 2019 read as when the claim holds; not checked on its own.)")
    assert checker.check("The taskforce recovered 910 knives").context_figures == ()


def test_scan_takes_the_context_note_from_the_result_not_its_prose(checker):
    (finding,) = checker.scan("The taskforce recovered 910 knives by May 2019.", path="note.txt")
    assert finding.context == "(May 2019 read as when the claim holds; not checked on its own.)"
    assert finding.result().reason.endswith(finding.context)


def test_the_shipped_corpus_round_trip_holds():
    """Every documented passage, checked as a claim, comes back supported
    (or mixed) by its own source: the invariant `validate` warns about."""
    from factcheck.validation import validate_corpus

    report = validate_corpus(CLAIMS)
    assert [w for w in report.warnings if "round trip" in str(w)] == []


def test_round_trip_on_a_corpus_of_its_own(tmp_path):
    from .conftest import write_corpus
    from factcheck.validation import validate_corpus

    root = write_corpus(tmp_path / "lantern")
    assert [w for w in validate_corpus(root).warnings if "round trip" in str(w)] == []
    checker = Checker(load_corpus(root))
    result = checker.check("The council confirmed that the Riverside Lantern Scheme will receive £12m over four years.")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_reasons_quote_words_as_written_and_scores_as_compared(checker):
    """Item 9 of the real-prose issue: no stems ('servic') in a reason, and
    a score shown below its threshold really reads as below it."""
    import re

    items = yaml.safe_load((DATA / "labelled_claims.yaml").read_text(encoding="utf-8"))
    for item in items:
        result = checker.check(item["claim"])
        for said in re.findall(r"the documents say nothing of ((?:'[^']+'(?:, )?)+) here", result.reason):
            for word in re.findall(r"'([^']+)'", said):
                assert word.lower() in item["claim"].lower().replace("\u2019", "'"), (word, item["claim"])
        for shown, bound in re.findall(r"score ([0-9.]+) < ([0-9.]+)", result.reason):
            assert float(shown) < float(bound), result.reason


def test_a_conflicting_passage_is_shown_first(checker):
    result = checker.check("£250k seed funding")
    relations = [e.relation.value for e in result.evidence if e.relation.value != "related"]
    assert relations and relations[0] == "conflicts", relations


def test_a_claim_in_another_currency_says_so(checker):
    result = checker.check("$45m Young Londoners Fund")
    assert result.verdict is Verdict.CONFLICTING
    assert "the claim is in US dollars; the documents give pounds" in result.reason


def test_a_total_over_years_is_compared_with_the_documented_rate_over_them(checker):
    """The documents give the taskforce £15 million a year."""
    wrong = checker.check("£15m over three years for the violent crime taskforce")
    assert wrong.verdict is Verdict.CONFLICTING and "over 3 years is" in wrong.reason, wrong.reason
    right = checker.check("£45m over three years for the violent crime taskforce")
    assert right.verdict is Verdict.SUPPORTED, right.reason


def test_a_proportion_is_checked_by_what_it_counts(checker):
    # The documents count six boroughs of the ten.
    result = checker.check("Six of the 10 boroughs with the highest increases in unemployment over the pandemic are in the top 10 boroughs for serious violence")
    six = result.figures[0]
    assert six.figure.kind == "proportion" and six.verdict is Verdict.SUPPORTED, six.reason


def _harbour_corpus(root: Path) -> Path:
    """An invented corpus of two funds and one task force, for the rules
    on references and readings that do not depend on the shipped corpus."""
    import hashlib

    text = (
        "The Harbour Patrol Task Force has 120 wardens and receives £4m a year from the port authority.\n"
        "The Beacon Youth Fund is worth £6m in total.\n"
        "The Lighthouse Seed Fund has shared £300,000 among 21 projects.\n"
        "The Quay Lights Programme receives £9m over three years.\n"
    )
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "harbour.txt").write_text(text, encoding="utf-8")
    (root / "sources" / "index.yaml").write_text(
        "sources:\n  - id: harbour-notice\n    file: sources/harbour.txt\n"
        f"    sha256: {hashlib.sha256(text.encode()).hexdigest()}\n"
        "    kind: press_release\n    title: Harbour notice\n    publisher: unknown\n    date: unknown\n    url: unknown\n",
        encoding="utf-8",
    )
    task_force = "[Harbour Patrol Task Force, harbour patrol taskforce]"
    claims = [
        ("hptf-wardens", "hptf-wardens", "wardens in the Harbour Patrol Task Force", task_force, "120", 120, "count", None,
         "The Harbour Patrol Task Force has 120 wardens"),
        ("hptf-funding", "hptf-funding", "port authority funding for the Harbour Patrol Task Force", task_force, "£4m", 4_000_000, "GBP", "per year",
         "receives £4m a year from the port authority"),
        ("beacon-total", "beacon-total", "Beacon Youth Fund", "[Beacon Youth Fund]", "£6m", 6_000_000, "GBP", None,
         "The Beacon Youth Fund is worth £6m in total"),
        ("lighthouse-total", "lighthouse-total", "money shared by the Lighthouse Seed Fund", "[Lighthouse Seed Fund]", "£300,000", 300_000, "GBP", None,
         "The Lighthouse Seed Fund has shared £300,000 among 21 projects"),
        ("quay-lights-total", "quay-lights-total", "Quay Lights Programme funding", "[Quay Lights Programme]", "£9m", 9_000_000, "GBP", "over three years",
         "The Quay Lights Programme receives £9m over three years"),
    ]
    rows = ["claims:"]
    for cid, topic, subject, aliases, figure, value, unit, period, passage in claims:
        rows += [f"  - id: {cid}", f"    topic: {topic}", f"    subject: {subject}", f"    aliases: {aliases}",
                 f'    figure: "{figure}"', f"    value: {value}", f"    unit: {unit}", "    source: harbour-notice",
                 f'    passage: "{passage}"']
        if period:
            rows.append(f"    period: {period}")
    (root / "harbour.yaml").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def harbour(tmp_path_factory):
    return Checker(load_corpus(_harbour_corpus(tmp_path_factory.mktemp("harbour"))))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "the taskforce": the head of one documented name, so it names it.
        ("Speaking on the quay, the harbourmaster said the taskforce now had 120 wardens, more than ever.", Verdict.SUPPORTED),
        ("The port authority gives the taskforce £4m a month.", Verdict.CONFLICTING),
        # Capitalised inside another name, it is another task force.
        ("The Estuary Taskforce has 120 wardens.", Verdict.UNVERIFIED),
        # A body's size counts its people, not its money or what it did.
        ("The 120-strong taskforce patrols the quay at night.", Verdict.SUPPORTED),
        ("The 90-strong Harbour Patrol Task Force patrols the quay at night.", Verdict.CONFLICTING),
        # "the fund" could be either fund: no reference.
        ("Critics said the fund, in truth, amounted to £6m, spent slowly.", Verdict.UNVERIFIED),
        ("The fund is worth £7m in total.", Verdict.UNVERIFIED),
        # A shared head picks the fund whose name holds its other words.
        ("The youth fund is worth £7m in total.", Verdict.CONFLICTING),
        ("Locals say the seed fund shared £400,000.", Verdict.CONFLICTING),
    ],
)
def test_a_head_shared_by_no_other_documented_name_refers_to_it(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


def test_a_total_is_not_the_documented_rate(harbour):
    result = harbour.check("The Harbour Patrol Task Force, a £4m operation in total, added wardens.")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_clause_about_another_moment_is_not_the_figure_s_subject(harbour):
    # The trailing clause names the Beacon Youth Fund; the £300,000 is the Lighthouse fund's.
    result = harbour.check("The Lighthouse Seed Fund shared £300,000 in its first year, some months before the Beacon Youth Fund opened.")
    assert [fc.verdict for fc in result.figures] == [Verdict.SUPPORTED], result.reason


def test_a_participle_clause_takes_the_noun_before_its_comma(harbour):
    result = harbour.check("A 120-warden taskforce, paid for with £4m a year by the port authority, patrols the quays.")
    assert {fc.figure.text: fc.verdict for fc in result.figures}["£4m"] is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # £5m a year over the documented three years is £15m, not £9m.
        ("The Quay Lights Programme gets £5m a year.", Verdict.CONFLICTING),
        # £3m a year averages right, but the documents give no year's amount.
        ("The Quay Lights Programme gets £3m a year.", Verdict.UNVERIFIED),
    ],
)
def test_a_claimed_rate_against_a_documented_total_over_years(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


def test_a_count_pinned_to_its_measure_conflicts_in_a_long_sentence(checker):
    # "officers" is the documented count's own noun: however much else the
    # sentence says, 200 is a count of the taskforce's officers.
    claim = (
        "At a packed residents' meeting in Croydon, where parents wanted answers after a run of stabbings, a senior "
        "officer said the City Hall-funded violent crime taskforce was made up of 200 officers working full time on weapons and serious violence."
    )
    assert_verdict(checker, claim, Verdict.CONFLICTING)


def test_a_noun_before_a_gerund_compound_does_not_pin_a_count(checker):
    # "firearms" modifies "training ranges": six ranges, not six firearms.
    result = checker.check("six new firearms training ranges for the Met")
    assert result.verdict is Verdict.UNVERIFIED, result.reason


def test_an_owner_the_documents_do_not_name_for_the_thing_is_another_s(checker):
    # Glasgow is in the documents, but not as the owner of the VRU's MyEnds money.
    result = checker.check("Glasgow's violence reduction unit is putting an additional £9 million into community schemes.")
    assert result.verdict is Verdict.UNVERIFIED, result.reason


def test_a_dated_event_is_checked_against_that_event_not_another_in_the_month(checker):
    # The funding was announced in February; a summit was held in April.
    result = checker.check("The Mayor announced the extra City Hall money for the violent crime taskforce in April.")
    assert result.verdict is Verdict.CONFLICTING, result.reason


def test_a_date_beside_amounts_with_no_event_never_conflicts(checker):
    result = checker.check("The VCTF, which costs City Hall £15m a year, had recovered 910 knives by the end of May 2019.")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A denied date corrects the asserted one: judged on the same summit.
        ("The Education Knife Crime Summit took place in 2016, and not in 2018 as we reported earlier.", Verdict.SUPPORTED),
        # A place naming the scheme: not the documents' seed fund.
        ("A Greater Manchester scheme has split £1.4m between 43 community projects working to cut knife crime.", Verdict.UNVERIFIED),
        # An actor the documents never name, where the documents name the taskforce.
        ("Safer Schools Officers carried out 615 weapon sweeps in one week in June 2018.", Verdict.UNVERIFIED),
        # ... but the Mayor by name is the documents' own.
        ("Sadiq Khan said 150 schools have taken up the offer of knife wands so far.", Verdict.SUPPORTED),
    ],
)
def test_corrections_named_schemes_and_actors(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The plan's own years, not another topic's date that falls inside them.
        ("The Mayor's Police and Crime Plan, which runs from 2016 to 2020, promised to make London safer for young people.", Verdict.CONFLICTING),
    ],
)
def test_a_named_thing_s_own_dates(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_name_the_documents_carry_in_their_descriptions_is_not_foreign(checker):
    result = checker.check("The Mayor's letter to Caroline Pidgeon says London has four major trauma centres.")
    assert result.verdict is Verdict.SUPPORTED and "Pidgeon" not in result.reason, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Glasgow is in the documents, but not as where the seed fund's projects are.
        ("In Glasgow, £1.4m has been shared among 43 anti-knife crime projects.", Verdict.UNVERIFIED),
        # ... nor as where police took the weapons, though London is named beside it.
        ("Police in Glasgow took 350 weapons off London's streets during Operation Winter Nights.", Verdict.UNVERIFIED),
        # "London" is the corpus's home; "Transport" names a body the documents never do.
        ("Transport for London is paying £5m for summer activities and job opportunities for young Londoners.", Verdict.UNVERIFIED),
        # 150 is the taskforce's size, not a count of its sweeps.
        ("The 150-strong taskforce carried out 615 weapon sweeps in one week in June 2018.", Verdict.SUPPORTED),
        ("The 150-strong taskforce set out on its first patrols.", Verdict.SUPPORTED),
        # ", released as ministers faced questions," says when, not who.
        ("The figures, released as ministers faced fresh questions over police numbers, show that the VCTF recovered 651 offensive weapons from its launch in April 2018 to the end of May 2019.", Verdict.SUPPORTED),
    ],
)
def test_places_bodies_sizes_and_moments(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_passages_beside_are_those_that_run_on_in_one_paragraph():
    from factcheck.checking import passages_beside

    text = "The Kiln Fund gave £2m to 30 clubs.  Clubs in 12 wards\nwill benefit. The mill opened.\n\nA new paragraph: 12 wards."
    passages = [(0, "The Kiln Fund gave £2m to 30 clubs"), (1, "Clubs in 12 wards will benefit."), (2, "The mill opened."), (3, "A new paragraph: 12 wards.")]
    beside = passages_beside(text, passages)
    assert beside[0] == {1} and beside[1] == {0, 2} and beside[2] == {1}
    assert 3 not in beside  # another paragraph, and no passage runs on into it


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents' next sentence counts the boroughs of the 43 projects.
        ("£1.4m has been allocated to 43 anti-knife crime projects across 19 boroughs.", Verdict.MIXED),
        ("£1.4m has been allocated to 43 anti-knife crime projects across 12 boroughs.", Verdict.CONFLICTING),
    ],
)
def test_a_sentence_may_run_two_of_a_documents_sentences_together(checker, claim, expected):
    result = checker.check(claim)
    boroughs = result.figures[-1]
    assert boroughs.verdict is (Verdict.SUPPORTED if expected is Verdict.MIXED else expected), boroughs.reason
    assert result.verdict is expected, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A name no document uses, right before the documented name or as its maker.
        ("The Dover harbour patrol task force has 120 wardens.", Verdict.UNVERIFIED),
        ("Calais has created a harbour patrol task force of 120 wardens.", Verdict.UNVERIFIED),
        # A place that says where a visit was is not whose the figure is.
        ("On a visit to a youth club in Folkestone, the harbourmaster said the taskforce has 120 wardens.", Verdict.SUPPORTED),
        ("In Folkestone, the taskforce has 120 wardens.", Verdict.UNVERIFIED),
    ],
)
def test_names_that_make_the_thing_someone_elses(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "since it launched", five years on: a running total of another moment, not the documents' count to May 2019.
        ("The Met's taskforce has taken 3,000 knives off the streets in the five years since it launched.", Verdict.UNVERIFIED),
        ("Police made 4,937 arrests three years after the taskforce's launch.", Verdict.UNVERIFIED),
        # "in just one week" is the documents' week.
        ("The taskforce seized 135 knives in just one week in June 2018.", Verdict.SUPPORTED),
        # ", a figure ministers dispute": a remark on the figure, not what it measures.
        ("The Young Londoners Fund makes £45m a year available to local communities, charities and schools, a figure ministers dispute.", Verdict.CONFLICTING),
        ("The Young Londoners Fund makes £10m a year available to local communities, charities and schools, a sum ministers dispute.", Verdict.SUPPORTED),
    ],
)
def test_moments_stretches_and_remarks(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # "£2m less than planned" is a difference, not a level.
        ("The Beacon Youth Fund will spend £2m less than planned this year.", Verdict.UNVERIFIED, ["change"]),
        # The denial ends where the sayer turns to what is so.
        ("The port rejected claims that the taskforce had only 80 wardens, saying it had 120.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("The harbourmaster has never described the Quay Lights Programme as a £12m scheme: it receives £9m over three years.", Verdict.SUPPORTED, ["denied", "asserted"]),
    ],
)
def test_differences_and_where_a_denial_ends(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


def test_a_duration_after_over_is_the_stretch_of_the_amount_not_a_claim(harbour):
    result = harbour.check("The port said £9m had paid for the Quay Lights Programme lamps in the harbour over the previous three years.")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert [f.figure.text for f in result.figures] == ["£9m"]
    assert [f.text for f in result.context_figures] == ["three years"]
    # "runs for three years" says how long the thing lasts: a claim of its own.
    lasts = harbour.check("The Quay Lights Programme runs for three years.")
    assert [f.figure.text for f in lasts.figures] == ["three years"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents' 970 is a running total up until May: "in May alone" is another measure.
        ("The Met seized 970 knives from London's streets in May alone.", Verdict.UNVERIFIED),
        ("Up until May, the Met seized 970 knives from London's streets.", Verdict.SUPPORTED),
        ("Up until May, the Met seized 870 knives from London's streets.", Verdict.CONFLICTING),
    ],
)
def test_a_month_alone_is_not_the_running_total_up_to_it(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A second verb of the same subject shares its lead ("the taskforce ... and made").
        ("The taskforce carried out 8,452 weapons sweeps and made 4,000 arrests between its launch in April 2018 and the end of May 2019.", Verdict.CONFLICTING),
        ("Between its launch in April 2018 and the end of May 2019 the taskforce carried out more than 8,000 weapons sweeps and made almost 5,000 arrests, City Hall figures show.", Verdict.SUPPORTED),
        # The date of the named thing's very event.
        ("The Knife Crime Strategy, first published in June 2016, was the first of its kind, City Hall said.", Verdict.CONFLICTING),
        # Documents written in 2022 cannot speak to 2023.
        ("In 2023 the Mayor put an additional £9m into MyEnds.", Verdict.UNVERIFIED),
        ("In August 2022 the Mayor put an additional £9m into MyEnds.", Verdict.SUPPORTED),
    ],
)
def test_shared_verbs_event_dates_and_moments_after_the_documents(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_moment_after_the_documents_says_so(checker):
    result = checker.check("In 2023 the Mayor put an additional £9m into MyEnds.")
    assert "after the documents" in result.reason and "2022-08-10" in result.reason, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Charities that get the money did not give it; charities that give it are someone else.
        ("The Beacon Youth Fund is worth £6m in total for charities and schools.", Verdict.SUPPORTED),
        ("Charities have given £6m to the Beacon Youth Fund.", Verdict.UNVERIFIED),
    ],
)
def test_a_body_that_receives_is_not_the_giver(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The unit that brings police, councils and health services together has put £5m into 2,500 summer activities for young Londoners.", Verdict.SUPPORTED),
        # ", according to ..." to the end is the source; "boroughs where ..." counts boroughs.
        ("Six of the ten boroughs where unemployment rose most during the pandemic are among the ten worst for serious violence, according to figures the Mayor cited on a walkabout in the rain.", Verdict.SUPPORTED),
    ],
)
def test_describing_clauses_and_trailing_sources(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The rate right after the amount is its period; "over three years" says for how long.
        ("Under the Young Londoners Fund, £10m a year is being made available over three years to local communities, charities and schools.", Verdict.SUPPORTED),
        ("Under the Young Londoners Fund, £12m a year is being made available over three years to local communities, charities and schools.", Verdict.CONFLICTING),
        # A headline: the name after the money says what it pays for, whatever follows "as".
        ("City Hall ploughs £9m into MyEnds as summer nears", Verdict.SUPPORTED),
        ("City Hall ploughs £19m into MyEnds as summer nears", Verdict.CONFLICTING),
    ],
)
def test_rates_with_stretches_and_names_after_money(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A person named with an office the documents name is that office's holder.
        ("Deputy Mayor Jane Example and Commissioner John Example travelled to Scotland in February to learn how Glasgow's public health approach brought violent crime down over a decade.", Verdict.SUPPORTED),
        ("The Deputy Mayor travelled to Scotland in March to meet Police Scotland.", Verdict.CONFLICTING),
        # "since it was launched in ...": the launch of the one thing the sentence names.
        ("The Mayor gives £15m a year to keep the violent crime taskforce going, and since it was launched in April 2019 it has made thousands of arrests.", Verdict.CONFLICTING),
        # "launched the VRU in 2019": the VRU's launch, not the taskforce's the sentence also names.
        ("The Mayor, who launched the VRU in 2019, gives £15m a year to the violent crime taskforce.", Verdict.UNVERIFIED),
    ],
)
def test_office_holders_and_whose_event_a_date_is(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_the_vru_launch_is_not_checked_against_the_taskforce_launch(checker):
    result = checker.check("The Mayor, who launched the VRU in 2019, gives £15m a year to the violent crime taskforce.")
    year = result.figures[0]
    assert year.figure.text == "2019" and year.verdict is Verdict.UNVERIFIED, year.reason
    assert "2018" not in year.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Another force acting, in a clause a wider reading would lose.
        ("Police Scotland, whose methods London's policing chiefs went north to study, seized 970 knives and 98 firearms in the first five months of the year.", Verdict.UNVERIFIED),
        # "says it has": the sayer is who acted.
        ("Exampleton Council says it has found £5m of its own to pay for 2,500 summer activities for young people in the borough.", Verdict.UNVERIFIED),
        ("City Hall says it has found £5m to pay for 2,500 summer activities for young Londoners.", Verdict.SUPPORTED),
        # Named before the figure: the thing that gives it, which the documents do not say.
        ("The Young Londoners Fund has so far handed £1.4 million to 43 anti-knife crime projects across the capital.", Verdict.UNVERIFIED),
        # (Supported, not mixed: "so far" is the running total allocated, not the fund as created.)
        ("The Knife Crime Community Seed Fund has so far handed £1.4 million to 43 anti-knife crime projects across the capital.", Verdict.SUPPORTED),
    ],
)
def test_who_acts_in_the_clause_is_kept(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # A place opening the sentence counts, though the attribution after it is cut.
        ("In Exampleville, a city London's policing chiefs have studied, the police department says it took 910 knives off the streets.", Verdict.UNVERIFIED, ["asserted"]),
        # "It is wrong to say, as ..., that": a denial with an aside inside it.
        ("It is wrong to say, as one leaflet did, that the Young Londoners Fund is worth £50m; City Hall's own figure for the fund is £45 million.", Verdict.SUPPORTED, ["denied", "asserted"]),
        # A figure asked about and answered "No".
        ("Ten major trauma centres in London? No: the Mayor's letter counts four.", Verdict.SUPPORTED, ["denied", "asserted"]),
        # An earlier level measures what the figure before it does; the documents' 150 is that earlier level.
        ("The taskforce now numbers 250 officers, up from the 150 it was created with.", Verdict.UNVERIFIED, ["asserted", "previous"]),
        # A meeting's place is where it was.
        ("At a packed public meeting in Exampleville, a senior officer said the violent crime taskforce was made up of 200 officers.", Verdict.CONFLICTING, ["asserted"]),
    ],
)
def test_openings_denials_questions_and_earlier_levels(checker, claim, expected, stances):
    assert_stances(checker, claim, expected, stances)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents give it for London's force, not the country or the whole of a body.
        ("Nationally, 970 knives had been seized by police up until May.", Verdict.UNVERIFIED),
        ("Across the whole of the Metropolitan Police, 4,937 suspects were held between April 2018 and the end of May 2019.", Verdict.UNVERIFIED),
        ("The violent crime taskforce has 100 officers to cover the whole of London.", Verdict.CONFLICTING),
        # Who the money went to, in the documents' words, decides: swapped amounts conflict.
        ("The Mayor has given £7 million to community groups and grassroots initiatives and £250,000 to projects combating youth violence across London.", Verdict.CONFLICTING),
        ("The Mayor has given £7 million to projects combating youth violence across London and £250,000 to community groups and grassroots initiatives.", Verdict.SUPPORTED),
        # A count of those that did not is another measure.
        ("Critics pointed to the 350 schools that have not taken up the offer of knife wands.", Verdict.UNVERIFIED),
    ],
)
def test_wholes_recipients_and_those_that_did_not(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Said of everywhere but a place, which the document does not say.
        ("Outside Exampleshire, the Riverside Lantern Scheme will receive £12m over four years.", Verdict.UNVERIFIED),
        ("In the rest of the country, the Riverside Lantern Scheme will receive £12m over four years.", Verdict.UNVERIFIED),
        ("The Riverside Lantern Scheme will receive £12m over four years everywhere except the capital.", Verdict.UNVERIFIED),
        # "Elsewhere, ..." turns to another item of news; a time is no place; the control.
        ("Elsewhere, the Riverside Lantern Scheme will receive £12m over four years.", Verdict.SUPPORTED),
        ("Beyond March, the Riverside Lantern Scheme will receive £12m over four years.", Verdict.SUPPORTED),
        ("The Riverside Lantern Scheme will receive £12m over four years, the council said.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_said_of_everywhere_but_a_place(tmp_path, claim, expected):
    from .conftest import write_corpus

    assert_verdict(Checker(load_corpus(write_corpus(tmp_path / "lantern"))), claim, expected)


def test_an_amount_for_each_one_is_not_the_documents_total(tmp_path, checker):
    from .conftest import write_corpus

    lantern = Checker(load_corpus(write_corpus(tmp_path / "lantern")))
    assert_verdict(lantern, "Each of the scheme's six streets will receive £12m over four years from the Riverside Lantern Scheme.", Verdict.UNVERIFIED)
    assert_verdict(lantern, "The Riverside Lantern Scheme will give £12m to every street it lights over four years.", Verdict.UNVERIFIED)
    assert_verdict(lantern, "The Riverside Lantern Scheme will receive £12m over four years.", Verdict.SUPPORTED)
    # The shipped corpus gives the £7m as the Mayor's grants in all, not each borough's.
    assert_verdict(checker, "The Mayor has granted £7 million to each London borough to combat youth violence.", Verdict.UNVERIFIED)
    assert_verdict(checker, "Each of the 43 anti-knife crime projects was allocated £1.4 million.", Verdict.UNVERIFIED)
    assert figure_verdict(checker, "The taskforce's 150 officers each recovered six knives.", "six") is Verdict.UNVERIFIED


def test_a_stretch_dated_otherwise_is_another_period(checker, tmp_path):
    passage = "In one week in March 2024, the Exampleshire ferry patrol made 45 stops at harbour slipways."
    root = _documents_corpus(tmp_path / "patrol", [
        {"id": "patrol", "publisher": "Exampleshire Harbour Board", "text": passage + "\n", "claims": [
            {"id": "stops", "subject": "stops at harbour slipways made by the Exampleshire ferry patrol in one week in March 2024", "figure": "45",
             "value": 45, "unit": "count", "period": "one week", "as_of": "2024-03", "passage": passage},
        ]},
    ])
    patrol = Checker(load_corpus(root))
    assert figure_verdict(patrol, "In one week in March 2026, the Exampleshire ferry patrol made 45 stops at harbour slipways.", "45") is Verdict.UNVERIFIED
    assert figure_verdict(patrol, "In March 2026, in a single week, the Exampleshire ferry patrol made 45 stops at harbour slipways.", "45") is Verdict.UNVERIFIED
    assert figure_verdict(patrol, "In one week in March 2024, the Exampleshire ferry patrol made 45 stops at harbour slipways.", "45") is Verdict.SUPPORTED
    assert figure_verdict(patrol, "In a single week the Exampleshire ferry patrol made 45 stops at harbour slipways.", "45") is Verdict.SUPPORTED
    # A date of another event is not the stretch's.
    assert figure_verdict(patrol, "The Exampleshire ferry patrol, set up in 2021, made 45 stops at harbour slipways in one week.", "45") is Verdict.SUPPORTED
    # The shipped corpus's week of sweeps was in June 2018.
    assert figure_verdict(checker, "In one week in June 2021, the taskforce carried out 615 weapon sweeps.", "615") is Verdict.UNVERIFIED


def test_a_fund_known_by_its_figure(checker):
    # Of the funds the documents name, only the Young Londoners Fund has £45m; "knife crime" beside it does not make it the seed fund.
    assert figure_verdict(checker, "Sadiq Khan launches £45m fund to tackle knife crime", "£45m") is Verdict.SUPPORTED
    assert figure_verdict(checker, "The Mayor has unveiled a £45m youth fund to tackle knife crime.", "£45m") is Verdict.SUPPORTED
    # Words that pick the other fund keep it: the seed fund was never £45m.
    assert figure_verdict(checker, "Khan set up a £45m seed fund to tackle knife crime", "£45m") is Verdict.CONFLICTING


def test_a_date_of_a_fund_known_by_its_amount(checker):
    # The £250,000 fund is the seed fund: its date is not the Young Londoners Fund's creation.
    text = "A £250,000 fund to tackle knife crime was set up in June 2017."
    assert figure_verdict(checker, text, "June 2017") is Verdict.UNVERIFIED
    assert figure_verdict(checker, "A £45m fund for young Londoners was set up in June 2017.", "June 2017") is Verdict.CONFLICTING


def test_a_fund_known_by_its_figure_in_a_corpus_of_its_own(tmp_path):
    youth = "The Exampleshire Harbour Youth Fund is worth £3m over three years."
    seed = "The Exampleshire Water Safety Seed Fund gives £40,000 to projects tackling drowning at the harbour."
    began = "The Exampleshire Harbour Youth Fund was set up in April 2024."
    root = _documents_corpus(tmp_path / "funds", [
        {"id": "funds", "publisher": "Exampleshire Harbour Board", "text": f"{youth}\n{seed}\n{began}\n", "claims": [
            {"id": "youth", "subject": "Exampleshire Harbour Youth Fund", "aliases": ["Harbour Youth Fund"], "figure": "£3m", "value": 3000000, "unit": "GBP", "passage": youth},
            {"id": "youth-began", "subject": "setting up of the Exampleshire Harbour Youth Fund", "aliases": ["Harbour Youth Fund"], "figure": "April 2024",
             "value": "2024-04", "unit": "date", "passage": began},
            {"id": "seed", "subject": "Exampleshire Water Safety Seed Fund", "aliases": ["Water Safety Seed Fund", "seed fund"], "figure": "£40,000", "value": 40000, "unit": "GBP", "passage": seed},
        ]},
    ])
    funds = Checker(load_corpus(root))
    assert figure_verdict(funds, "The board has set up a £3m fund to improve water safety at the harbour.", "£3m") is Verdict.SUPPORTED
    assert figure_verdict(funds, "The board has set up a £3m seed fund to improve water safety at the harbour.", "£3m") is Verdict.CONFLICTING
    # The £40,000 fund is the seed fund: a date of its setting up is not the youth fund's.
    assert figure_verdict(funds, "A new £40,000 fund for Exampleshire was set up in April 2023.", "April 2023") is Verdict.UNVERIFIED
    assert figure_verdict(funds, "A £3m harbour fund was set up in April 2023.", "April 2023") is Verdict.CONFLICTING


def test_a_sayer_set_right_by_the_sentence(checker):
    text = "The Mayor claims he granted £7 million to projects combating youth violence, but the real figure is £5m."
    # The sentence asserts £5m, against the documents' £7 million: a conflict, not a support of the £7 million it denies.
    assert figure_verdict(checker, text, "£5m") is Verdict.CONFLICTING
    assert figure_verdict(checker, text, "£7 million") is not Verdict.SUPPORTED


def test_a_negated_predicate_the_documents_do_not_use_takes_the_figure_as_given(tmp_path, checker):
    from .conftest import write_corpus

    lantern = Checker(load_corpus(write_corpus(tmp_path / "lantern")))
    # What is denied is that it is enough, not the £12m.
    assert figure_verdict(lantern, "Residents say £12m over four years will not be enough for the Riverside Lantern Scheme.", "£12m") is Verdict.SUPPORTED
    # Denied as the document states it ("will receive"), it contradicts the document.
    assert figure_verdict(lantern, "£12m will not be received by the Riverside Lantern Scheme over four years.", "£12m") is Verdict.CONFLICTING
    assert figure_verdict(checker, "Schemes across 19 boroughs will not benefit from the new funding.", "19") is Verdict.CONFLICTING


def test_a_condition_puts_a_figure_forward(checker, tmp_path):
    assert figure_verdict(checker, "If the taskforce recovers 910 knives this year, it will have done well.", "910") is Verdict.UNVERIFIED
    assert figure_verdict(checker, "Had the Mayor granted £7 million to projects combating youth violence, fewer would have died.", "£7 million") is Verdict.UNVERIFIED
    # Said in a condition as the document says it, it is what the document says.
    passage = "If the levy raises more than £40,000 a year, the Exampleshire ferry will keep running."
    root = _documents_corpus(tmp_path / "levy", [
        {"id": "levy", "publisher": "Exampleshire Harbour Board", "text": passage + "\n", "claims": [
            {"id": "needed", "subject": "yearly Exampleshire ferry levy needed to keep the ferry running", "figure": "£40,000", "value": 40000, "unit": "GBP",
             "qualifier": "more_than", "period": "per year", "passage": passage},
        ]},
    ])
    assert figure_verdict(Checker(load_corpus(root)), passage, "£40,000") is Verdict.SUPPORTED


def test_a_count_of_those_that_do_not(checker, tmp_path):
    # The shipped documents give 19 boroughs that will benefit: saying they will not contradicts them.
    assert_verdict(checker, "Schemes across 19 boroughs will not benefit from the new funding.", Verdict.CONFLICTING)
    text = "The Mayor has not granted £7 million to projects combating youth violence across London and £250,000 to community groups and grassroots initiatives."
    assert figure_verdict(checker, text, "£250,000") is Verdict.CONFLICTING
    # Said as a document says it, it is that document's count of those that have not.
    passage = "Of the county's 40 ferry crews, 12 crews have not yet taken the Harbour Safety Course."
    root = _documents_corpus(tmp_path / "crews", [
        {"id": "safety", "publisher": "Exampleshire Harbour Board", "text": passage + "\n", "claims": [
            {"id": "untrained", "subject": "ferry crews that have not yet taken the Harbour Safety Course", "figure": "12", "value": 12, "unit": "count", "passage": passage},
        ]},
    ])
    crews = Checker(load_corpus(root))
    assert figure_verdict(crews, passage, "12") is Verdict.SUPPORTED
    assert figure_verdict(crews, "Twelve ferry crews have not yet taken the Harbour Safety Course, the board says.", "Twelve") is Verdict.SUPPORTED


def test_a_multiple_is_no_count_to_conflict_with(checker):
    # "ten times" the £4.5m: not ten of anything, so not the taskforce's 150 officers.
    text = "The Mayor's £45m fund is ten times the £4.5m some reported."
    assert figure_verdict(checker, text, "ten times") is Verdict.UNVERIFIED
    assert figure_verdict(checker, text, "£45m") is Verdict.SUPPORTED


def test_a_count_of_things_the_topic_counts_otherwise_is_no_conflict(checker):
    # The words match the funds' passages; the only count their topics hold
    # is the taskforce's 150 officers, which says nothing of funds.
    result = checker.check("The Mayor has now launched 4 funds.")
    assert result.verdict is Verdict.UNVERIFIED and "'officers'" in result.figures[0].reason
    # A count of what the documents do count still conflicts.
    assert_verdict(checker, "The violent crime taskforce has 200 officers.", Verdict.CONFLICTING)


def test_everywhere_but_london_on_the_shipped_corpus(checker):
    assert_verdict(checker, "Outside London, the Violent Crime Task Force has recovered 910 knives since its launch in April 2018.", Verdict.UNVERIFIED)
    # The place said right after the second figure is that figure's alone.
    text = "The taskforce recovered 910 knives in London and 120 outside the capital."
    assert figure_verdict(checker, text, "910") is Verdict.SUPPORTED
    assert figure_verdict(checker, text, "120") is Verdict.UNVERIFIED


def test_swapped_amounts_each_conflict(checker):
    result = checker.check("The Mayor has given £7 million to community groups and grassroots initiatives and £250,000 to projects combating youth violence across London.")
    assert [f.verdict for f in result.figures] == [Verdict.CONFLICTING, Verdict.CONFLICTING], result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Some passages agree; the others' disagreement is no proof where the
        # sentence says more than the documents do: support, not unverified.
        ("Specialist youth work in the four major trauma centres, which charities call a lifeline, got a further £835,000 for 2018 to 2020 as ambulance crews reported more stabbings.", Verdict.SUPPORTED),
        # A passive cut is a change, denied or not.
        ("City Hall denied that £2.6m had been cut from youth support in hospitals.", Verdict.UNVERIFIED),
    ],
)
def test_agreement_under_extra_words_and_passive_cuts(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "not published until": when it was, not that it was not.
        ("Critics said the Knife Crime Strategy, which was not published until June 2018, came too late.", Verdict.CONFLICTING),
        ("The Knife Crime Strategy was not published until June 2017.", Verdict.SUPPORTED),
        # An increase against the documents' "additional" amount of the thing named.
        ("Funding for the Violence Reduction Unit's MyEnds programme has risen by £9 million this summer.", Verdict.SUPPORTED),
        ("Funding for the Violence Reduction Unit's MyEnds programme has risen by £5 million this summer.", Verdict.CONFLICTING),
        ("Spending on London Gang Exit was cut by £2m.", Verdict.UNVERIFIED),
    ],
)
def test_not_until_and_increases(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A place the sentence gives for all its figures, though a clause does not repeat it.
        ("Police in Glasgow made more than 900 arrests over the winter, taking more than 350 weapons off the city's streets.", Verdict.UNVERIFIED),
        ("Up until May, 970 knives and 98 firearms were seized from the streets of Exampleshire.", Verdict.UNVERIFIED),
        # "along with": the second amount shares the first's moment, a month alone.
        ("In May alone the Met seized 970 knives, along with 98 firearms.", Verdict.UNVERIFIED),
        # Denials: with words between "claims" and "that", "contrary to claims that", "far from".
        ("The Met dismissed claims online that the taskforce had 400 officers, saying it had 150.", Verdict.SUPPORTED),
        ("Contrary to claims that only 90 schools had signed up, 150 schools have so far taken up the offer of knife wands.", Verdict.SUPPORTED),
        ("Far from the 90 officers some predicted, the violent crime taskforce has been created with 150.", Verdict.SUPPORTED),
        # A denial verb with words before its "claim": "rejected an opposition claim that".
        ("City Hall rejected an opposition claim that just 40 schools had taken up knife wands.", Verdict.UNVERIFIED),
        # "in the region of" is about: 900 is the documents' 910, rounded.
        ("Between its launch in April 2018 and the end of May 2019 the violent crime taskforce recovered in the region of 900 knives.", Verdict.SUPPORTED),
        # A later level that names nothing counts what the level before it does: officers, not arrests.
        ("Set up with 150 officers, the violent crime taskforce has since grown to 400.", Verdict.UNVERIFIED),
        # An earlier level is of the new level's measure: the documented 10 is the most affected boroughs.
        ("Knife crime seed fund projects now cover 19 boroughs, up from 10 at the start.", Verdict.UNVERIFIED),
        # "into opening up ...": a verb the documents do not use says how the money works, not what it is for.
        ("Through the Violence Reduction Unit, the Mayor is putting £5m into opening up 2,500 summer activities for young Londoners.", Verdict.SUPPORTED),
        ("The Mayor has put £5.6m into buying a rescue helicopter.", Verdict.UNVERIFIED),
        # Another thing named by its documented alias before the figure ("MyEnds"), in the documents' own camel case.
        ("Through MyEnds, 2,500 summer activities are now open to young Londoners.", Verdict.UNVERIFIED),
        # The curator's note says £250,000 (as created) and £1.4m (allocated) measure different
        # things: a sentence that does not say which stays mixed, however much else it says.
        ("On breakfast television a City Hall adviser called the Mayor's Knife Crime Community Seed Fund a £250,000 pot.", Verdict.MIXED),
        # Another body gives it; the documents' own actor is only who gets it ("into the Met").
        ("The £110m the Home Office is putting into the Met Police will protect frontline officer numbers, a minister said.", Verdict.UNVERIFIED),
        ("Ministers have given the Met £110m to protect frontline officer numbers.", Verdict.UNVERIFIED),
        ("The Mayor has given the Met £110m to protect frontline officer numbers.", Verdict.SUPPORTED),
        # An unknown body opens the sentence, though it names the documented programme as its model.
        ("The North Exampleshire violence reduction partnership is to put an additional £9 million into community-led work, copying London's MyEnds model.", Verdict.UNVERIFIED),
        # "£9 million he has put into ...": a pronoun starts no name of what the money is of.
        ("Touring a community gym on Friday, where Met youth engagement officers were warning local teenagers about the dangers of carrying blades, the Mayor pointed to the extra £9 million he has put into the VRU's MyEnds programme.", Verdict.SUPPORTED),
        # "During ..." names the operation the figure belongs to; "pre-Christmas" names no place or body.
        ("During Operation Winter Nights, the Met's pre-Christmas push, officers made at least 900 arrests.", Verdict.SUPPORTED),
        # "since it was set up ... by October 2018": a running total that ends before the documents' count does.
        ("The violent crime taskforce's tally of offensive weapons since it was set up had already reached 651 by October 2018.", Verdict.UNVERIFIED),
        # The documents count only arrests for offensive weapons: all arrests is a wider measure, not a conflict.
        ("In that time, police made more than 900 arrests.", Verdict.UNVERIFIED),
        ("The Met made 200 arrests for offensive weapons.", Verdict.CONFLICTING),
        # Named, and over the one period the documents give it over ("over the next two years"): the same measure.
        ("Hospital-based youth work is in line for £7.2m over the coming two years, Khan told the Liberal Democrat member.", Verdict.CONFLICTING),
        # ... and "in total" against the one total the documents give it, in four passages.
        ("In total, the Young Londoners Fund is worth only £14m, a sliver of what youth services have lost.", Verdict.CONFLICTING),
        # After a denial, the figure past a colon or semicolon replaces it and measures what it would have.
        ("The violent crime taskforce was never 300 officers strong, whatever the rumours: the unit numbers 150.", Verdict.SUPPORTED),
        # "officers paid for with ...": "paid" describes the officers counted; it is not what is counted.
        ("Aides say the taskforce has 150 officers paid for with City Hall cash.", Verdict.SUPPORTED),
        ("City Hall says the violent crime taskforce has 150 officers paid for with its own cash.", Verdict.SUPPORTED),
        # A date opening a clause of its own ("..., and in June 2018 the Mayor convened ...") is that clause's.
        ("The Knife Crime Strategy came out in June 2017, and in June 2018 the Mayor convened leaders of every London borough for a knife crime summit.", Verdict.SUPPORTED),
        # A dashed or bracketed aside between the money and what it is for.
        ("The Mayor gave £7m - not £70m - to projects combating youth violence.", Verdict.SUPPORTED),
        ("The Mayor gave £7m (not £70m) to projects combating youth violence.", Verdict.SUPPORTED),
        # "One in five" is a rate: its "one" is not a count the documents' 150 can contradict.
        ("One in five of the 150 schools that took knife wands is in south London.", Verdict.UNVERIFIED),
        # What others said, then corrected ("in fact", "actually"), is not claimed.
        ("Some reports said the Young Londoners Fund was £50m; in fact it is £45m.", Verdict.SUPPORTED),
        ("Early reports put the taskforce at 300 officers, but in fact it was created with 150.", Verdict.SUPPORTED),
        ("Some reports said the Young Londoners Fund was £50m.", Verdict.CONFLICTING),
        # "three months after ...", "a year ago": how far apart two moments are, not a duration or a rate.
        ("The Mayor announced the £45m Young Londoners Fund in February 2018, three months after his Knife Crime Strategy.", Verdict.SUPPORTED),
        ("About 150 schools now use knife wands, up from none a year ago.", Verdict.SUPPORTED),
        # ... but "a month on the taskforce" is a rate: £1.25m a month is the documents' £15m a year.
        ("The Mayor spends £1.25m a month on the violent crime taskforce.", Verdict.SUPPORTED),
        # "Modelled on Glasgow's approach, ...": the model named in an opening aside is not who acts.
        ("Modelled on Glasgow's approach, the Violence Reduction Unit put £5m into 2,500 summer activities.", Verdict.SUPPORTED),
        ("Modelled on Glasgow's approach, Birmingham's violence reduction unit put £5m into 2,500 summer activities.", Verdict.UNVERIFIED),
        # A bracketed amount after a name is the name's amount, not an accounting loss; "April '18" is a date.
        ("The Young Londoners Fund (£45m) was announced in February 2018.", Verdict.SUPPORTED),
        ("The taskforce recovered 910 knives between April '18 and May '19.", Verdict.SUPPORTED),
        # A date opening its clause belongs to the event verb after it: the fund was created in February 2018.
        ("In March 2018 the Mayor created the £45m Young Londoners Fund.", Verdict.CONFLICTING),
        ("In February 2018 the Mayor created the £45m Young Londoners Fund.", Verdict.SUPPORTED),
        ("Over two months, police made more than 900 arrests during Operation Winter Nights.", Verdict.SUPPORTED),
        # A quote's "we" is its speaker; "their own" taskforce is the sayer's; a live-blog time does not hide an opening place.
        ("'We are investing £2m in London Gang Exit services,' a Home Office minister told MPs.", Verdict.UNVERIFIED),
        ("'We are investing £2m in London Gang Exit services,' the Mayor told the Assembly.", Verdict.SUPPORTED),
        ("Exampleshire Police say their own violent crime taskforce now has 150 officers.", Verdict.UNVERIFIED),
        ("4.05pm: Over in Exampleton, the violent crime taskforce now has 150 officers.", Verdict.UNVERIFIED),
        # The Met, a usual actor of the documents, is not who pays for MyEnds.
        ("The Metropolitan Police is putting an additional £9m of its own money into the MyEnds programme.", Verdict.UNVERIFIED),
        # "every winter" is a rate; the documents give one operation's count.
        ("Police make more than 900 arrests every winter under Operation Winter Nights.", Verdict.UNVERIFIED),
        ("A winter in 2018 saw police make 900 arrests.", Verdict.UNVERIFIED),
        # A rate before a question's answer, or set before a later noun ("the yearly sum"), is not this amount's.
        ("Does the Young Londoners Fund pay out £45m a year? No: £45m is the total, and the letter puts the yearly sum at £10m.", Verdict.SUPPORTED),
        # "Forget the claim that ...": denied.
        ("Forget the claim that the Young Londoners Fund is a £4m scheme: it is worth £45m.", Verdict.SUPPORTED),
        # "... as Khan warns ...": what else was said then, not what the money is.
        ("MyEnds gets a £9m boost as Khan warns the cost of living could undo progress on violence.", Verdict.SUPPORTED),
        # A rate read a few words after the amount is its rate: £10m a month is not £10m a year.
        ("The Young Londoners Fund makes £10m available every month for charities and schools.", Verdict.CONFLICTING),
        # "A week in June 2018" is one week, not every week.
        ("A week in June 2018 saw the violent crime taskforce seize 135 knives.", Verdict.SUPPORTED),
        # "hardly the 500": denied, like "not the 500".
        ("The taskforce seized 135 knives in one week in June 2018, hardly the 500 one tabloid reported.", Verdict.SUPPORTED),
        # "Along the M4": a place the documents do not give the sweeps for.
        ("Along the M4, the VCTF carried out 8,452 weapons sweeps.", Verdict.UNVERIFIED),
        # "150 more knife wands ... than": a difference, however many words before "than".
        ("London's schools took up 150 more knife wands this spring than they had in the whole of the year before.", Verdict.UNVERIFIED),
        # "its first eighteen months" is a window of its own, not April 2018 to May 2019.
        ("Over its first eighteen months the Violent Crime Taskforce arrested 4,937 suspects.", Verdict.UNVERIFIED),
        # "Since it was set up in April 2018": a running total to another moment, not the documents' count to May 2019.
        ("Since it was set up in April 2018 the violent crime taskforce has recovered 2,000 knives.", Verdict.UNVERIFIED),
        # A participle opening the sentence dates the thing it describes.
        ("Launched in March 2018, the violent crime taskforce now works across the capital.", Verdict.CONFLICTING),
    ],
)
def test_sentence_places_shared_moments_denials_and_openings(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Every school in Greater Manchester has been offered a knife wand, and 150 have so far taken one up.", Verdict.UNVERIFIED),
        ("More than 50 people have been killed in violent attacks across the West Midlands in 2018.", Verdict.UNVERIFIED),
        ("Exampleton alone is receiving an additional £9 million through the Violence Reduction Unit's MyEnds programme.", Verdict.UNVERIFIED),
        # "X is not A; it is B": the replacing figure measures what the denied one would have.
        ("The Young Londoners Fund is not a £60m pot, as one leaflet claimed; it is worth £45m over three years.", Verdict.SUPPORTED),
        # "from 76 schools to 150": 76 is the earlier level.
        ("Take-up of the Mayor's knife wands has climbed from 76 schools to 150.", Verdict.UNVERIFIED),
        ("Contrary to claims at the Assembly that only 20 schools had bothered with them, 150 schools have so far taken up the offer of knife wands.", Verdict.SUPPORTED),
    ],
)
def test_populations_regions_names_alone_and_replacements(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A rate after the last of joined amounts is all of theirs.
        ("The violent crime taskforce is seizing six firearms and 135 knives every week.", Verdict.UNVERIFIED),
        ("In one week in June 2018 the taskforce seized six firearms and 135 knives.", Verdict.SUPPORTED),
        # ... but not another amount's, with its own "for ...", nor one before it.
        ("The Mayor said his £45m Young Londoners Fund would see £10m a year made available for local communities, charities and schools.", Verdict.SUPPORTED),
        ("£45m for young Londoners and £15m a year for the violent crime taskforce.", Verdict.SUPPORTED),
    ],
)
def test_whose_rate_it_is(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The event is the named thing's, not another thing's of that date beside it.
        ("The Young Londoners Fund was launched in June 2017, alongside the Knife Crime Strategy.", Verdict.UNVERIFIED),
        ("The Young Londoners Fund was created in February 2018.", Verdict.SUPPORTED),
        ("The Knife Crime Strategy was published in June 2017.", Verdict.SUPPORTED),
    ],
)
def test_whose_event_the_clause_says(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "81 youth centres" are not the documents' "major trauma centres".
        ("Youth budgets were cut by at least £39m, leading to the closure of at least 81 youth centres.", Verdict.UNVERIFIED),
        ("London has five major trauma centres.", Verdict.CONFLICTING),
    ],
)
def test_a_count_pinned_by_its_noun_needs_its_modifiers_too(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_cut_by_at_least_is_a_change(checker):
    result = checker.check("Youth budgets were cut by at least £39m, leading to the closure of at least 81 youth centres.")
    assert result.figures[0].stance.value == "change", result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The clause's subject is the taskforce; the documents give 166 for the Met.
        ("The 150-officer violent crime taskforce has made 166 arrests for offensive weapons since it was set up.", Verdict.UNVERIFIED),
        ("The Met has made 166 arrests for offensive weapons.", Verdict.SUPPORTED),
        # Its other words say which thing it is: the taskforce, though called a unit.
        ("The Met's specialist violent crime unit recovered 299 guns between its launch in April 2018 and the end of May 2019.", Verdict.SUPPORTED),
    ],
)
def test_the_clause_subject_named_by_its_head(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "including the ten ..." goes on with what the sentence opened with.
        ("The £45m Young Londoners Fund has backed 43 anti-knife crime projects in 19 boroughs, including the ten worst affected by knife crime.", Verdict.UNVERIFIED),
        ("The seed fund has shared £1.4m among 43 anti-knife crime projects across 19 boroughs, including the ten most affected by knife crime.", Verdict.MIXED),
    ],
)
def test_a_continuation_keeps_the_sentence_subject(checker, claim, expected):
    result = checker.check(claim)
    assert result.verdict is expected, result.reason
    assert result.figures[-1].verdict is (Verdict.UNVERIFIED if expected is Verdict.UNVERIFIED else Verdict.SUPPORTED), result.reason


def test_remembered_results_are_bounded_and_change_nothing(monkeypatch):
    from factcheck import checking

    monkeypatch.setattr(checking, "REMEMBERED_TEXTS", 3)
    remembering, corpus = Checker(load_corpus(CLAIMS)), load_corpus(CLAIMS)
    claims = ["£45m Young Londoners Fund", "£3m for London Gang Exit", "£45m Young Londoners Fund", "150 officers in the taskforce", "£7m to 200 projects"] * 2
    for claim in claims:
        assert remembering.check(claim) == Checker(corpus).check(claim)
    assert len(remembering._recent_results) == 3


def test_remembered_sentence_checks_are_bounded_and_change_nothing(monkeypatch):
    from factcheck import checking

    monkeypatch.setattr(checking, "REMEMBERED_TEXTS", 3)
    corpus = load_corpus(CLAIMS)
    remembering = Checker(corpus)
    # Repeated sentences, one of them read with the subject its paragraph carries.
    paragraph = "The Young Londoners Fund was launched in 2018. It is worth £45m.\n\nKhan put £3m into London Gang Exit.\n\n"
    draft = paragraph * 3 + "It is worth £45m.\n"
    first = [f.to_dict() for f in remembering.scan(draft)]
    assert [f.to_dict() for f in remembering.scan(draft)] == first == [f.to_dict() for f in Checker(corpus).scan(draft)]
    assert 0 < len(remembering._recent_readings_checked) <= 3


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # A quarter is a rate like a month: four of them make the documented year.
        ("The port authority gives the Harbour Patrol Task Force £4m every quarter.", Verdict.CONFLICTING, ["asserted"]),
        ("The port pays £1m quarterly to the Harbour Patrol Task Force.", Verdict.SUPPORTED, ["asserted"]),
        # A denial needs neither "not" nor "that".
        ("It is wrong to say the Beacon Youth Fund is worth £8m; it is worth £6m.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("Claims that the Beacon Youth Fund was worth £8m were wide of the mark.", Verdict.UNVERIFIED, ["denied"]),
        ("Reports that the Beacon Youth Fund holds £6m turned out to be exaggerated.", Verdict.CONFLICTING, ["denied"]),
    ],
)
def test_quarterly_rates_and_denials_without_not(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


def test_a_count_s_noun_ends_before_where_it_is(checker):
    # "34 anti-knife crime projects around the capital" counts projects, not the capital.
    result = checker.check("The seed fund had by now allocated £1.4m to 34 anti-knife crime projects around the capital.")
    count = next(f for f in result.figures if f.figure.text == "34")
    assert count.verdict is Verdict.CONFLICTING, count.reason
    assert "43" in count.reason


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # "up £6m on last year" is a change; "stumped up £4m" is a level.
        ("The Beacon Youth Fund is up £6m on last year.", Verdict.UNVERIFIED, ["change"]),
        ("The port authority stumped up £4m a year for the Harbour Patrol Task Force.", Verdict.SUPPORTED, ["asserted"]),
        # A body the documents do not name as the payer, even when the payee is named after "in".
        ("The Home Office is investing £4m a year in the Harbour Patrol Task Force.", Verdict.UNVERIFIED, ["asserted"]),
    ],
)
def test_changes_on_last_year_and_payers_before_in(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The Home Office is putting £110m into the Met Police to keep frontline officer numbers up.", Verdict.UNVERIFIED),
        ("The Home Office is investing £110m in the Met Police to protect frontline officer numbers.", Verdict.UNVERIFIED),
        # From the turn of the year is not from the launch.
        ("So far this year the Violent Crime Task Force has arrested 4,937 suspects.", Verdict.UNVERIFIED),
        # The figure's own dates outrank a stretch the sentence opens with.
        ("In a week overshadowed by a row over stop and search, City Hall noted that police made more than 900 arrests during Operation Winter Nights in November and December.", Verdict.SUPPORTED),
        # The end of a window beside amounts says when; it is no launch date.
        ("The Violent Crime Task Force, a 150-strong unit, recovered 910 knives between its launch in April 2018 and the end of May 2019.", Verdict.SUPPORTED),
    ],
)
def test_payers_calendar_windows_and_window_ends(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # Where someone was is not whose the figure is; a place the figure is given for is.
        ("The harbourmaster went to the Old Rope Works arts centre in Exampleton, pointing to the £6m Beacon Youth Fund.", Verdict.SUPPORTED, ["asserted"]),
        ("The Beacon Youth Fund in Exampleton is worth £6m.", Verdict.UNVERIFIED, ["asserted"]),
        # The answer to a question answered "No" replaces its figure and measures the same thing.
        ("Is the Quay Lights Programme getting £12m over three years? No, it receives £9m over that time.", Verdict.SUPPORTED, ["denied", "asserted"]),
    ],
)
def test_venues_and_answers_that_replace_a_question_s_figure(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


def test_the_answer_to_a_question_answered_no_measures_the_same_thing(checker):
    result = checker.check("Did City Hall really hand £20m to London Gang Exit services? No, it is investing £2m in them.")
    assert [f.verdict for f in result.figures] == [Verdict.UNVERIFIED, Verdict.SUPPORTED], result.reason
    assert [f.stance.value for f in result.figures] == ["denied", "asserted"]


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # Asked, supposed or forecast: put forward, not asserted, whatever the documents say.
        ("Is the Beacon Youth Fund really worth £6m?", Verdict.UNVERIFIED, ["hypothetical"]),
        ("If the Beacon Youth Fund were worth £20m, every village could have a club.", Verdict.UNVERIFIED, ["hypothetical"]),
        ("Quay Lights Programme funding is expected to rise to £15m.", Verdict.UNVERIFIED, ["hypothetical"]),
        # Answered yes, or asked why: the figure is taken as given.
        ("Is the Beacon Youth Fund worth £6m? Yes, the notice says so.", Verdict.SUPPORTED, ["asserted"]),
        ("Why is the Beacon Youth Fund worth £8m?", Verdict.CONFLICTING, ["asserted"]),
        # Denials without "not": "a far cry from", "nowhere near", "the so-called ... is a myth".
        ("The Beacon Youth Fund's £6m is a far cry from the £60m one leaflet claimed.", Verdict.SUPPORTED, ["asserted", "denied"]),
        ("The so-called £60m Beacon Youth Fund is a myth.", Verdict.UNVERIFIED, ["denied"]),
        # The figure said in place of a denied one measures the same thing, so it can conflict.
        ("The taskforce has nowhere near 1,200 wardens; the true figure is 100.", Verdict.CONFLICTING, ["denied", "asserted"]),
    ],
)
def test_questions_suppositions_forecasts_and_wider_denials(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A range's end belongs to the amount before it, though another amount follows.
        ("The taskforce's haul of 299 firearms between April 2018 and the end of May 2019 was nowhere near the 2,990 one blogger alleged.", Verdict.SUPPORTED),
        # A law cited is no place or body the figure is tied to.
        ("Campaigners citing the Crime and Disorder Act welcomed the further £835,000 committed to services in the major trauma centres between 2018 and 2020.", Verdict.SUPPORTED),
    ],
)
def test_range_ends_and_laws_cited(checker, claim, expected):
    # (Mixed is as right: the hospital money has figures of several scopes.)
    assert checker.check(claim).verdict in (expected, Verdict.MIXED), checker.check(claim).reason


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        ("The port authority has upped its yearly support for the Harbour Patrol Task Force by £4m.", Verdict.UNVERIFIED, ["change"]),
        ("The Beacon Youth Fund is no £60m scheme: the notice's own figure for it is £8m.", Verdict.CONFLICTING, ["denied", "asserted"]),
        ("The Beacon Youth Fund holds £6m; were the port to add another £2m, it would be holding £8m.", Verdict.SUPPORTED, ["asserted", "hypothetical", "hypothetical"]),
    ],
)
def test_upped_by_is_no_and_inverted_conditionals(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


def test_a_season_is_more_than_a_year_can_confirm(checker):
    # The documents date the launch only to 2018; a season of it they cannot confirm.
    assert_verdict(checker, "Rescue and Response was launched in the autumn of 2018.", Verdict.UNVERIFIED)
    # The taskforce's April 2018 launch is in spring.
    assert_verdict(checker, "The Violent Crime Task Force was launched in spring 2018.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # An addition is not the documented whole; a sum of several things is not one of them.
        ("An extra £2m has gone to the Beacon Youth Fund.", Verdict.UNVERIFIED),
        ("Taken together, the Beacon Youth Fund and the Lighthouse Seed Fund come to £6.5m.", Verdict.UNVERIFIED),
        # "All told" is one thing's total, which the documents do give.
        ("All told, the Beacon Youth Fund is worth £8m.", Verdict.CONFLICTING),
    ],
)
def test_additions_and_sums_are_other_measures(harbour, claim, expected):
    result = harbour.check(claim)
    assert result.verdict is expected, result.reason


def test_an_addition_is_compared_with_a_documented_addition(checker):
    # The documents give MyEnds "an additional £9 million": an addition of £5m conflicts.
    assert_verdict(checker, "An additional £5 million has been put into the MyEnds programme.", Verdict.CONFLICTING)
    assert_verdict(checker, "An extra £9 million has been earmarked by the Mayor for the Met's neighbourhood policing teams.", Verdict.UNVERIFIED)


def test_a_percentage_of_a_count_is_that_share_of_it(checker):
    # "60% of the ten boroughs" is six of the ten, which the documents give; 70% is seven.
    claim = "An analysis found 60% of the ten boroughs with the highest rises in unemployment over the pandemic were in the top ten for serious violence."
    assert_verdict(checker, claim, Verdict.SUPPORTED)
    assert_verdict(checker, claim.replace("60%", "70%"), Verdict.CONFLICTING)


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        ("Nor did the Beacon Youth Fund ever hold £9m: it holds £6m.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("Contrary to the £60m figure doing the rounds, the Beacon Youth Fund is worth £6m.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("The oft-quoted '£60m' is fiction: the Beacon Youth Fund holds £6m.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("The Harbour Patrol Task Force has just north of 100 wardens.", Verdict.SUPPORTED, ["asserted"]),
        ("Between them, the village councils have given the Harbour Patrol Task Force £4m a year.", Verdict.UNVERIFIED, ["asserted"]),
    ],
)
def test_nor_contrary_to_oft_quoted_north_of_and_between_them(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # A correction: what an earlier version said is denied; the corrected figure is judged.
        ("Correction: an earlier version of this notice said the Beacon Youth Fund was worth £60m. It is worth £6m.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("The notice wrongly gave the Beacon Youth Fund £60m.", Verdict.UNVERIFIED, ["denied"]),
        # Another's, by its own words; a hedge ("are said to") is no attribution that cuts the place away.
        ("Dover to get its own 120-strong harbour patrol taskforce", Verdict.UNVERIFIED, ["asserted"]),
        ("Wardens in Dover are said to have joined the 120-strong Harbour Patrol Task Force.", Verdict.UNVERIFIED, ["asserted"]),
        ("The Harbour Patrol Task Force is said to have 120 wardens.", Verdict.SUPPORTED, ["asserted"]),
        # The next sentence denies the statement outright; a "not" with more to say does not.
        ("A blogger says the Quay Lights Programme receives £90m. It does not: it receives £9m over three years.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("A blogger says the Quay Lights Programme receives £90m. It does not give grants.", Verdict.CONFLICTING, ["asserted"]),
        # "if ... had ... would have", without a comma; a forecast with any verb.
        ("The Harbour Patrol Task Force has 120 wardens, and if the port authority had paid more it would have hired 200.", Verdict.SUPPORTED, ["asserted", "hypothetical"]),
        ("The Beacon Youth Fund is worth £6m; at this rate it is expected to hand out around £12m.", Verdict.SUPPORTED, ["asserted", "hypothetical"]),
    ],
)
def test_corrections_denials_next_door_counterfactuals_and_forecasts(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The Met is not MOPAC, though a date opens the clause.
        ("In 2018 Met Police funding paid for the launch of the first pan-London county lines response service, an investment of £3 million over three years.", Verdict.UNVERIFIED),
        # A place the sentence puts the figure in, after a copula.
        ("All 615 weapon sweeps the taskforce carried out in one week in June 2018 were on the London Underground.", Verdict.UNVERIFIED),
        # "A total of" is a total; the dates say which one.
        ("By the end of May 2019, the taskforce had recovered a total of 135 knives since its launch in April 2018.", Verdict.CONFLICTING),
        # A venue's place the sentence then ties to the money is the money's.
        ("Pictured: the Mayor at a youth centre in Tottenham Hale, the neighbourhood into which his additional £9 million for the MyEnds programme is being ploughed.", Verdict.UNVERIFIED),
        # More than £1.4m: the allocated total cannot tell; the fund as created is another measure.
        ("Anti-knife crime projects have now shared in £1.4 million+ of seed funding.", Verdict.UNVERIFIED),
        # "in London Gang Exit services" puts money into a programme, not a place.
        ("The Mayor has granted £7 million to projects combating youth violence, and is investing £2m in London Gang Exit services.", Verdict.SUPPORTED),
        # A participle's clause has the subject and time of the clause before it.
        ("Taskforce officers on a week-long blitz in June 2018 got through 615 weapon sweeps, seizing 153 knives along the way.", Verdict.CONFLICTING),
        ("Taskforce officers on a week-long blitz in June 2018 got through 615 weapon sweeps, seizing 135 knives along the way.", Verdict.SUPPORTED),
        # A name that opens the sentence and pays is the payer, though the documents know it elsewhere.
        ("Glasgow put £1.4 million into youth workers in trauma centres and A&E departments.", Verdict.UNVERIFIED),
        ("The Mayor put £1.4 million into youth workers in trauma centres and A&E departments.", Verdict.MIXED),
        # A place it still is when the name is no documented one.
        ("The Mayor has granted £7 million to projects combating youth violence, and is investing £2m in Greater Manchester.", Verdict.UNVERIFIED),
    ],
)
def test_payers_places_totals_hopes_and_plus(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_another_amount_s_date_is_not_its_window_and_a_hope_is_not_a_count(checker):
    result = checker.check("Up from 60 schools in the spring, 150 have now accepted a knife wand, and City Hall expects 300 by 2025.")
    assert [(f.figure.text, f.verdict.value, f.stance.value) for f in result.figures if f.figure.kind == "count"] == [
        ("60", "unverified", "previous"), ("150", "supported", "asserted"), ("300", "unverified", "hypothetical")
    ], result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Offered is not taken up; people reached are not activities offered.
        ("Knife wands have been offered to a mere 150 London schools, City Hall admits.", Verdict.UNVERIFIED),
        ("Knife wands have been taken up by 150 London schools.", Verdict.SUPPORTED),
        ("The VRU's new summer package has already reached 2,500 young Londoners.", Verdict.UNVERIFIED),
        ("Young Londoners get access to 2,500 summer activities through the Violence Reduction Unit.", Verdict.SUPPORTED),
    ],
)
def test_offered_and_taken_up_people_and_things(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_an_amount_inside_another_s_words_does_not_stretch_its_clause(harbour):
    # "£300,000 shared among 21 projects and the £9m Quay Lights Programme":
    # the £300,000's words end before the next list item, though 21 stands between.
    result = harbour.check("The notice lists £4m a year for the Harbour Patrol Task Force, £300,000 shared among 21 projects and the £9m Quay Lights Programme.")
    money = {f.figure.text: f for f in result.figures if f.figure.kind == "money"}
    assert money["£300,000"].verdict is Verdict.SUPPORTED, money["£300,000"].reason
    assert money["£9m"].verdict is Verdict.SUPPORTED, money["£9m"].reason


def test_a_place_described_as_owner_is_another_s(harbour):
    # "the Scottish city's task force": the city is named only by what it is.
    result = harbour.check("The inspector said the Scottish city's Harbour Patrol Task Force gets £4m a year.")
    assert result.verdict is Verdict.UNVERIFIED, result.reason


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # "n't" inside its word denies, as "not" does.
        ("It wasn't £9m but £6m that the Beacon Youth Fund held.", Verdict.SUPPORTED, ["denied", "asserted"]),
        ("The taskforce didn't have 200 wardens; it had 120.", Verdict.SUPPORTED, ["denied", "asserted"]),
        # A negative yes-no question asks; a main clause after "if ...," with "could" supposes.
        ("Hasn't the Beacon Youth Fund got £6m?", Verdict.UNVERIFIED, ["hypothetical"]),
        ("If the port keeps paying, the Harbour Patrol Task Force could have 200 wardens.", Verdict.UNVERIFIED, ["hypothetical"]),
        # An "if" clause that is only an aside leaves the main clause asserted.
        ("If you ask the harbourmaster, the Beacon Youth Fund is worth £6m.", Verdict.SUPPORTED, ["asserted"]),
    ],
)
def test_contracted_denials_negative_questions_and_if_then(harbour, claim, expected, stances):
    assert_stances(harbour, claim, expected, stances)


def test_the_name_after_who_put_the_money_in_is_what_it_pays_for(checker):
    # "the £7 million he has poured into London Gang Exit services": the documents give £2m.
    claim = "Members asked how the £7 million he has poured into London Gang Exit services is being spent as teenage stabbings continue to dominate the headlines."
    assert_verdict(checker, claim, Verdict.CONFLICTING)
    assert_verdict(checker, claim.replace("£7 million", "£2 million"), Verdict.SUPPORTED)


def test_bullets_end_one_item_s_words_and_start_the_next_s(harbour):
    # A one-line summary: each bullet is an item of its own, with its own name.
    result = harbour.check("At a glance: £300,000 shared among 21 projects • £9m for the Quay Lights Programme • £6m for the Beacon Youth Fund")
    money = {f.figure.text: f for f in result.figures if f.figure.kind == "money"}
    assert {text: f.verdict for text, f in money.items()} == dict.fromkeys(("£300,000", "£9m", "£6m"), Verdict.SUPPORTED), result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "adds £9m to" is an addition: the documents' "additional £9 million" confirms it.
        ("Mayor adds £9m to flagship MyEnds violence prevention programme", Verdict.SUPPORTED),
        # A headline's "up by" with no verb is a change, not a level ...
        ("Mayor's funding for the Met Police up by £110m, says City Hall", Verdict.UNVERIFIED),
        # ... but a verb's "up by" is no change.
        ("Knife wands have been taken up by 150 London schools.", Verdict.SUPPORTED),
    ],
)
def test_additions_and_headline_changes(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Who the money went to, in the documents' words, decides: another grant that agrees does not.
        ("Khan grants £7m to community groups and grassroots initiatives", Verdict.CONFLICTING),
        ("Khan grants £250,000 to community groups and grassroots initiatives", Verdict.SUPPORTED),
        ("Khan grants £7m to projects combating youth violence", Verdict.SUPPORTED),
        # A phrase of verbs and small words ("is funded with") names no fund.
        ("The GPS tagging pilot for knife crime and domestic abuse offenders leaving prison, which the Mayor has just extended, is funded with £2m.", Verdict.UNVERIFIED),
    ],
)
def test_the_recipient_named_decides_the_topic(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documented figure with a digit slipped is a wrong figure for the thing named,
        # though the sentence says more of it than the documents do ...
        ("The Beacon Youth Fund for young sailors along the estuary is worth £60m.", Verdict.CONFLICTING),
        # ... while another figure may measure another part of it.
        ("The Beacon Youth Fund for young sailors along the estuary is worth £7m.", Verdict.UNVERIFIED),
        # What the fund is, said between its name and its verb, is not more of the figure: a wrong figure.
        ("The Beacon Youth Fund, a lifeline for young sailors along the estuary, is worth £7m.", Verdict.CONFLICTING),
    ],
)
def test_a_slipped_digit_is_a_wrong_figure(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


@pytest.mark.parametrize(
    ("claimed", "documented", "slipped"),
    [("90", "9", True), ("25000", "2500", True), ("1100", "110", True), ("4397", "4937", True), ("229", "299", False),
     ("7", "6", False), ("45", "54", False), ("4937", "4937", False), ("4379", "4937", False)],
)
def test_what_counts_as_a_slipped_digit(claimed, documented, slipped):
    from decimal import Decimal

    from factcheck.checking import _slip_of

    assert _slip_of(Decimal(claimed), Decimal(documented)) is slipped


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "Six in ten of the boroughs" counts six of a group; only agreement can tell it from a rate.
        ("Six in ten of the boroughs with the steepest rises in unemployment during the pandemic are in the top ten for serious violence.", Verdict.SUPPORTED),
        ("One in five of the boroughs with the steepest rises in unemployment are in the top ten for serious violence.", Verdict.UNVERIFIED),
    ],
)
def test_a_rate_of_a_named_group_may_count_its_members(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "the fund" may be either fund; the one the documents give £6m is the one meant ...
        ("The £6m fund is worth every penny, harbour staff say.", Verdict.SUPPORTED),
        # ... but a figure neither gives leaves the reference unresolved, not a conflict with both.
        ("The £7m fund is worth every penny, harbour staff say.", Verdict.UNVERIFIED),
        # Who said it is not whose it is.
        ("The port authority said the £6m fund would help young people.", Verdict.UNVERIFIED),
    ],
)
def test_a_tied_reference_is_resolved_by_the_one_thing_whose_figure_agrees(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # People counted by what was done to them count those acts: "900 arrests".
        ("Fewer than 900 people were arrested during the Met's Winter Nights crackdown.", Verdict.CONFLICTING),
        ("More than 900 people were arrested during Operation Winter Nights.", Verdict.SUPPORTED),
        # ... and not by what the documents never count.
        ("More than 900 people were injured during Operation Winter Nights.", Verdict.UNVERIFIED),
    ],
)
def test_people_counted_by_what_was_done_to_them(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected", "stances"),
    [
        # A copula's "up" is a change, whatever it is up on.
        ("London Gang Exit's budget is up £2 million.", Verdict.UNVERIFIED, ["change"]),
        # A leaflet's figure corrected "in fact": denied, and judged against what replaced it.
        ("One leaflet said community groups had been handed £7 million; in fact the Mayor's grants to community groups and grassroots initiatives came to £250,000.",
         Verdict.SUPPORTED, ["denied", "asserted"]),
        # One thing's parts add up to its total: no sum of several things, so a wrong total conflicts.
        ("The seed fund's allocations did not add up to £14 million, as one leaflet claimed, but to a modest £1.4 thousand shared among 43 projects.",
         Verdict.CONFLICTING, ["denied", "asserted", "asserted"]),
        # A list of sums in words.
        ("Two million pounds for London Gang Exit, seven million for projects combating youth violence and a quarter of a million for community groups and grassroots initiatives.",
         Verdict.SUPPORTED, ["asserted", "asserted", "asserted"]),
    ],
)
def test_copula_changes_unknown_acts_leaflets_totals_and_lists_of_sums(checker, claim, expected, stances):
    assert_stances(checker, claim, expected, stances)


def test_a_count_of_an_act_the_documents_never_mention_is_unverified(checker):
    result = checker.check("Between April 2018 and the end of May 2019, 4,937 suspects were charged by the taskforce.")
    count = next(f for f in result.figures if f.figure.text == "4,937")
    assert count.verdict is Verdict.UNVERIFIED and "charged" in count.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "investing £3m in London Gang Exit": what the money is put in decides, though another scheme's £3m agrees.
        ("Khan told a radio phone-in that he was investing £3m in London Gang Exit services.", Verdict.CONFLICTING),
        ("The Mayor is investing £2m in London Gang Exit services.", Verdict.SUPPORTED),
    ],
)
def test_what_money_is_invested_in_decides_the_topic(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "to open up some 2,500 activities": a purpose said by a verb; what it is for is its object.
        ("The Violence Reduction Unit is counting on its new £5m to open up some 2,500 summer activities.", Verdict.SUPPORTED),
        ("The Violence Reduction Unit has £5m to build some new helipads.", Verdict.UNVERIFIED),
    ],
)
def test_money_to_do_something_is_for_the_verb_s_object(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A place the sentence only describes ("the county") is the sayer's, when no document names the sayer.
        ("Dorset Harbour Board says 120 wardens patrol in the county.", Verdict.UNVERIFIED),
        ("The port authority says 120 wardens patrol in the county.", Verdict.SUPPORTED),
    ],
)
def test_a_described_place_is_the_sayer_s(harbour, claim, expected):
    assert_verdict(harbour, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A documented name given only in lower case ("county lines gangs") does not name its
        # thing over another the sentence names as its subject.
        ("London Gang Exit has diverted hundreds of young people from the dangers of county lines gangs, the Mayor said.", Verdict.UNVERIFIED),
        ("The Rescue and Response scheme has diverted hundreds of young people from the dangers of county lines gangs.", Verdict.SUPPORTED),
    ],
)
def test_a_name_in_lower_case_does_not_outrank_the_subject_named(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_numbered_section_is_no_place(harbour):
    # "from Section 106 agreements" cites a law; "from Dover agreements" names a place.
    cited = harbour.check("With £2m added from Section 106 agreements, the Beacon Youth Fund is now worth £6m.")
    placed = harbour.check("With £2m added from Dover agreements, the Beacon Youth Fund is now worth £6m.")
    assert [f.verdict for f in cited.figures if f.figure.text == "£6m"] == [Verdict.SUPPORTED], cited.reason
    assert [f.verdict for f in placed.figures if f.figure.text == "£6m"] == [Verdict.UNVERIFIED], placed.reason


def _invented_checker(name: str) -> Checker:
    """A checker on one of the invented corpora of tests/data (see its README)."""
    return Checker(load_corpus(Path(__file__).parent / "data" / name))


@pytest.fixture(scope="module")
def tallowford():
    """The invented second corpus (tests/data/other_corpus): a council's programmes, no real ones."""
    return _invented_checker("other_corpus")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A change the documents themselves state ("fell by 22%") confirms or contradicts a change, both ways.
        ("Reports of anti-social behaviour in the town centre fell by 22% in the patrol's first six months.", Verdict.SUPPORTED),
        ("Reports of anti-social behaviour in the town centre rose by 22% in the patrol's first six months.", Verdict.UNVERIFIED),
        # "have added £300,000 to" adds money, not words: the subject is kept.
        ("Section 106 agreements with developers have added £300,000 to the youth fund.", Verdict.SUPPORTED),
        ("Section 106 agreements with developers have added £500,000 to the youth fund.", Verdict.CONFLICTING),
    ],
)
def test_changes_the_documents_state_and_money_added(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


def test_a_stretch_beside_an_amount_is_its_context(tallowford):
    result = tallowford.check("Reports of anti-social behaviour in the town centre fell by 22% in the patrol's first six months.")
    assert [f.figure.text for f in result.figures] == ["22%"] and [f.text for f in result.context_figures] == ["six months"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "In neighbouring Hatherby": a place with its adjective is still a place the documents do not give it.
        ("In neighbouring Hatherby, the district's night bus carried 18,500 passengers in its first year.", Verdict.UNVERIFIED),
        # The documents' own town, so described, is theirs (two counts of it disagree: mixed).
        ("In nearby Tallowford, Nightlink carried 18,500 passengers in its first year, the operator says.", Verdict.MIXED),
    ],
)
def test_a_place_with_an_adjective_is_still_a_place(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # What the money went through, opening the sentence, is whose it is.
        ("Through its Rescue and Response scheme, City Hall has handed £7m to projects combating youth violence across London.", Verdict.UNVERIFIED),
        ("Through its Rescue and Response scheme, MOPAC has diverted hundreds of young people from county lines gangs.", Verdict.SUPPORTED),
    ],
)
def test_the_channel_a_sentence_opens_with_is_whose_the_figure_is(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_one_off_count_restated_as_a_rate_over_a_stretch_is_unverified(tallowford):
    assert_verdict(tallowford, "The Community Safety Patrol deals with 1,140 incidents every five months.", Verdict.UNVERIFIED)
    assert_verdict(tallowford, "Between April and August 2024 the patrol dealt with 1,140 incidents.", Verdict.SUPPORTED)


def test_another_thing_named_in_the_amount_s_own_phrase_is_whose_it_is(tallowford, checker):
    assert_verdict(tallowford, "A survey found that 87% of young people mentored by Stepping Stones felt safer getting home.", Verdict.UNVERIFIED)
    assert_verdict(tallowford, "A survey found that 87% of Nightlink riders felt safer getting home.", Verdict.SUPPORTED)
    # An office named after the amount is a person, not another thing.
    assert_verdict(checker, "Knife wands have now been taken up by 150 London schools since the Deputy Mayor first wrote to head teachers.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A running total dated to a month is the documents' total as of a day in that month.
        ("By early June 2024 the youth fund had awarded £1.3 million to 64 projects so far.", Verdict.SUPPORTED),
        ("By early June 2024 the youth fund had awarded £1.5 million to 71 projects so far.", Verdict.CONFLICTING),
    ],
)
def test_a_running_total_dated_to_a_month_holds_a_day_in_it(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


@pytest.fixture(scope="module")
def ostmere():
    """The invented third corpus (tests/data/other_corpus_2): a fire and rescue service and a charity, no real ones."""
    return _invented_checker("other_corpus_2")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "called out 31 times": the count is of call-outs, the verb's events, not of "times".
        ("The Moorland Wildfire Unit was called out 31 times in the summer of 2023.", Verdict.SUPPORTED),
        ("The Moorland Wildfire Unit was called out 40 times in the summer of 2023.", Verdict.CONFLICTING),
    ],
)
def test_a_count_of_times_counts_what_the_verb_did(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "... but only nine times this year": the clause shares the subject and verb of the amount before it.
        ("The Moorland Wildfire Unit was called out 31 times in the summer of 2023 but only nine times this year.", Verdict.SUPPORTED),
        ("The Moorland Wildfire Unit was called out 31 times in the summer of 2023 but only 19 times this year.", Verdict.CONFLICTING),
    ],
)
def test_an_elliptical_clause_shares_the_subject_of_the_amount_before(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A body named by a word no document uses, then the documents' generic words, is another body.
        ("Kelvardine Fire and Rescue Service was allocated £640,000 from the Community Risk Reduction Fund for 2024-25.", Verdict.UNVERIFIED),
        ("Ostmere and Vell Fire and Rescue Service was allocated £640,000 from the Community Risk Reduction Fund for 2024-25.", Verdict.MIXED),
    ],
)
def test_a_body_whose_own_name_no_document_uses_is_another_body(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The annual review's "our testing days" are its publisher's: the Trust need not be in the claim.
        ("At the Trust's electric blanket safety days, 3,912 blankets were checked across 61 events.", Verdict.SUPPORTED),
        ("The Hearthlight Trust's Blanket Check days tested 3,912 blankets.", Verdict.SUPPORTED),
        # Any other body is still someone else.
        ("At the council's electric blanket safety days, 3,912 blankets were checked across 61 events.", Verdict.UNVERIFIED),
        ("The government's Blanket Check days tested 3,912 blankets.", Verdict.UNVERIFIED),
    ],
)
def test_who_published_a_document_owns_its_figures(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "ages of the children and young people" hold the words but do not count young people.
        ("Some 300 young people have been through the Ember Project.", Verdict.CONFLICTING),
        # A running total from 2021 is not the count of 2023-24 that "no more than" would agree with.
        ("No more than three hundred young people have been through the Ember Project since it began in 2021.", Verdict.CONFLICTING),
        ("The Ember Project has supported 486 young people since it began in 2021.", Verdict.SUPPORTED),
    ],
)
def test_a_count_agrees_only_with_a_documented_count_of_the_same_thing_and_window(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


def test_a_capitalised_preposition_opening_the_sentence_names_no_one(ostmere):
    claim = "Between 40 and 60 per cent of Ostmere and Vell's money from the risk reduction fund has been earmarked for extra Keystone visits."
    assert_verdict(ostmere, claim, Verdict.SUPPORTED)
    # A name no document uses after it still does.
    assert_verdict(ostmere, claim.replace("Ostmere and Vell's", "Kelvardine's"), Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A price "each" is the documents' price of each thing, not a rate over time.
        ("Sentinel alarms cost £14.20 each.", Verdict.SUPPORTED),
        ("Sentinel alarms cost £12 each.", Verdict.CONFLICTING),
        # The publisher named, then what it is: its own figures, and its date is not theirs.
        (
            "The Hearthlight Trust, a charity that has been keeping people safe at home since 1987 and employs 112 staff, reached 58,600 people in 2023-24.",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_price_each_and_an_appositive_describing_the_publisher(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


def test_an_appositive_calls_another_body_a_charity_only_when_it_is_not_the_publisher(checker):
    # Redthread is no publisher of the shipped documents: "the youth charity" is still another body.
    assert_verdict(checker, "Redthread, the youth charity, has invested £1.4m to keep youth workers in major trauma centres.", Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A change in a share, curated in percentage points, is checked against the documented change.
        ("The share of Keystone visits to older households rose by nine percentage points in the first half of 2024-25.", Verdict.SUPPORTED),
        ("The share of Keystone visits to older households rose by 12 percentage points.", Verdict.CONFLICTING),
        # ... said in the present, or with a verb that goes before its "by", as a budget says it.
        ("The share of Keystone visits to older households rises by nine percentage points.", Verdict.SUPPORTED),
        ("The share of Keystone visits to older households rises by 12 percentage points.", Verdict.CONFLICTING),
        ("Keystone increases its share of visits to older households by 12 percentage points.", Verdict.CONFLICTING),
    ],
)
def test_a_change_in_percentage_points_is_checked_against_the_documented_change(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


def test_a_list_of_parts_shares_the_whole_s_time_and_not_its_places(ostmere):
    result = ostmere.check("In the first half of 2024-25 crews completed 6,130 Keystone visits, including 2,214 in Vellbridge Central, 1,380 in Kestlow and 986 in Harnby Quay.")
    verdicts = {f.figure.text: f.verdict for f in result.figures}
    assert verdicts == {"6,130": Verdict.SUPPORTED, "2,214": Verdict.SUPPORTED, "1,380": Verdict.SUPPORTED, "986": Verdict.CONFLICTING}
    # 986 is Harnby Quay's, not the item before it.
    assert "1,096" in next(f.reason for f in result.figures if f.figure.text == "986")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The earlier level is the same measure at another period, documented as a claim of its own.
        ("Our staff and volunteers reached 58,600 people in 2023-24, up from 51,200 the year before.", Verdict.SUPPORTED),
    ],
)
def test_an_earlier_level_of_the_same_measure_is_supported(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


def test_a_count_of_them_counts_what_was_named_before(ostmere):
    # "628 of them, almost one in six, failed": blankets, not "one".
    result = ostmere.check("Blanket Check tested 3,912 blankets at 61 events, and 628 of them, almost one in six, failed and were replaced.")
    assert next(f for f in result.figures if f.figure.text == "628").verdict is Verdict.SUPPORTED


def test_a_place_named_only_in_another_clause_of_the_passage_is_not_the_figure_s(tallowford):
    # "Residents at a public meeting in Millbrook ..., and ... reports in the town centre fell by 22%".
    assert_verdict(tallowford, "Reports of anti-social behaviour in Millbrook fell by 22% in the patrol's first six months.", Verdict.UNVERIFIED)
    assert_verdict(tallowford, "Reports of anti-social behaviour in the town centre fell by 22% in the patrol's first six months.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents' own kind of body at another level is another body.
        ("The county council's Food Larder Grant to the Tallowford Food Partnership was £150,000.", Verdict.UNVERIFIED),
        ("The county council gave the Tallowford Food Partnership a £150,000 Food Larder Grant.", Verdict.UNVERIFIED),
        # The publisher's level, or none, is the documents' own.
        ("The borough council's Food Larder Grant to the Tallowford Food Partnership was £150,000.", Verdict.SUPPORTED),
        ("The council's Food Larder Grant to the Tallowford Food Partnership was £150,000.", Verdict.SUPPORTED),
    ],
)
def test_a_body_at_another_level_is_another_body(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


def test_a_document_s_publisher_owns_only_the_figures_it_speaks_of_as_its_own(ostmere):
    # "our electric blanket testing days": the annual review speaks as the Trust.
    # "Crews ... completed 11,482 visits": the board paper reports; its publisher is not named by it.
    index = {ostmere.matcher.claim(i).id: i for i in range(len(ostmere.matcher))}
    assert ostmere._publisher(index["blanket-check-blankets-ar"]) == "The Hearthlight Trust"
    assert ostmere._publisher(index["keystone-visits-2023-24-bp"]) == ""


def test_a_whole_any_claim_of_the_topic_speaks_of_is_the_topic_s(ostmere, checker):
    # "nationally" is in the running cost's passage, not the grant's that meets those costs: one topic.
    assert_verdict(ostmere, "The Ember Project costs £15,000 a month to run nationally, or £180,000 a year.", Verdict.SUPPORTED)
    # A whole no claim of the topic speaks of is still refused.
    assert_verdict(checker, "Nationally, the Met's taskforce has recovered 910 knives.", Verdict.UNVERIFIED)


@pytest.fixture(scope="module")
def brackenmoor():
    """The invented fourth corpus (tests/data/other_corpus_3): a hospital trust and a transport partnership, no real ones."""
    return _invented_checker("other_corpus_3")


@pytest.fixture(scope="module")
def sallowshire():
    """The invented corpus of tests/data/other_corpus_7: a county's buses, bridge and fare cap, no real ones."""
    return _invented_checker("other_corpus_7")


@pytest.fixture(scope="module")
def dunmarsh():
    """The invented corpus of tests/data/other_corpus_33: a city's violence reduction partnership, no real one."""
    return _invented_checker("other_corpus_33")


@pytest.fixture(scope="module")
def wexcombe():
    """The invented corpus of tests/data/other_corpus_28: a university town's private rented housing, no real one."""
    return _invented_checker("other_corpus_28")


@pytest.fixture(scope="module")
def esselmoor():
    """The invented corpus of tests/data/other_corpus_60: a region's evening sports programme, no real one."""
    return _invented_checker("other_corpus_60")


def test_the_verbs_of_a_bound_are_no_words_the_documents_leave_unsaid(esselmoor):
    # The documents give 486 and 512 police referrals for 2024-25 (a known
    # conflict). "hit" and "fell short of" say the bound, fewer than 500; they
    # are no sign that the sentence measures something the documents do not.
    for said in ("didn't hit", "fell short of"):
        assert_verdict(esselmoor, f"Police referrals in 2024-25 {said} 500.", Verdict.MIXED)


def test_a_level_s_words_are_not_the_verb_it_moved_by(esselmoor):
    # The documents give 1,204 sessions in 2023-24 and 1,846 in 2024-25, and
    # the "rise in sessions" between them as 53%. "rose" says how the levels
    # moved; they count sessions, not the rise.
    for sentence in ("Sessions rose from 1,204 in 2023-24 to 1,846 in 2024-25.", "Sessions climbed from 1,204 in 2023-24 to 1,846 in 2024-25."):
        assert figure_verdict(esselmoor, sentence, "1,204") is Verdict.SUPPORTED
        assert figure_verdict(esselmoor, sentence, "1,846") is Verdict.SUPPORTED


def test_what_changed_is_the_noun_after_the(esselmoor):
    # The documents' only fall of 44% is of arrests among participants; the
    # cost per participant they give as levels (£688, then £612).
    assert verdict(esselmoor, "The cost of each participant was cut by almost a fifth.") is Verdict.UNVERIFIED
    assert verdict(esselmoor, "The cost per participant fell by 11%.") is Verdict.UNVERIFIED
    # A noun that only says how it is measured names nothing that changed.
    assert verdict(esselmoor, "The number of arrests among participants fell by 44%.") is Verdict.SUPPORTED


@pytest.fixture(scope="module")
def sallowfield():
    """The invented corpus of tests/data/other_corpus_8: a borough's children's services budget, no real one."""
    return _invented_checker("other_corpus_8")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Both levels of a change, each as the documents give it, and a second change in the sentence.
        ("From 1 April 2024 the charge for a stay of up to two hours rose from £2.50 to £3.20, and the daily maximum rose from £9 to £11.", Verdict.SUPPORTED),
        # A later level the documents do not give still conflicts; so does a
        # wrong earlier level (the date after £11 is its time, not the £7's,
        # and the document that gives £11 gives £9 before it).
        ("The charge for up to two hours rose from £2.50 to £3.90 on 1 April 2024.", Verdict.CONFLICTING),
        ("The daily maximum rose from £7 to £11 on 1 April 2024.", Verdict.CONFLICTING),
    ],
)
def test_both_levels_of_a_change_the_documents_give_are_supported(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The later level first, then the earlier one, its unit written once: both as the documents give them.
        ("MRI waits in the region are now four weeks, down from 11 before the diagnostic centre opened.", Verdict.SUPPORTED),
        # An earlier level of the change a document gives, at another value: that document's earlier level contradicts it.
        ("MRI waits in the region are now four weeks, down from 14 before the diagnostic centre opened.", Verdict.CONFLICTING),
        ("Ambulance handovers at Ellsbridge General taking more than an hour fell to 310 in March 2024, compared with 450 a year before.", Verdict.CONFLICTING),
        ("The daily maximum parking charge is now £11, up from £7.", Verdict.CONFLICTING),
        # ... but not one dated to another moment.
        ("Ambulance handovers at Ellsbridge General taking more than an hour fell to 310 in March 2024, compared with 450 in 2019.", Verdict.UNVERIFIED),
    ],
)
def test_an_earlier_level_is_judged_on_the_change_a_document_gives(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "in the year to 31 March 2024": a year's fall, the documents' "over the year" as of that date.
        ("The trust's elective waiting list fell by 4,500 in the year to 31 March 2024.", Verdict.SUPPORTED),
        ("The trust's elective waiting list fell by 4,500 in the 12 months to March 2024.", Verdict.SUPPORTED),
        ("The trust's elective waiting list fell by 4,200 in the year to 31 March 2024.", Verdict.CONFLICTING),
        # Another year's, or a stretch of another length: not that measure.
        ("The trust's elective waiting list fell by 4,200 in the year to 31 March 2023.", Verdict.UNVERIFIED),
        ("The trust's elective waiting list fell by 4,200 in the six months to 31 March 2024.", Verdict.UNVERIFIED),
        # A count the documents give for another period, said of this one: moved, not a wrong count.
        ("The Ellsbridge community diagnostic centre carried out 2,300 tests between September 2023 and March 2024.", Verdict.UNVERIFIED),
        ("The Ellsbridge community diagnostic centre carried out 2,900 tests between September 2023 and March 2024.", Verdict.CONFLICTING),
    ],
)
def test_a_stretch_counted_back_from_a_date_is_that_stretch_ending_then(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A curator's "in the five months to 31 March 2024", read as the sentence's is.
        ("The community safety patrol dealt with 1,530 incidents in the five months to 31 March 2024.", Verdict.SUPPORTED),
        ("The community safety patrol dealt with 1,600 incidents in the five months to 31 March 2024.", Verdict.CONFLICTING),
        ("The community safety patrol dealt with 1,600 incidents in the 12 months to 31 March 2024.", Verdict.UNVERIFIED),
    ],
)
def test_a_documented_stretch_back_from_a_date_is_read_as_a_sentence_s(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


def test_an_earlier_level_of_a_later_level_the_documents_do_not_give_is_not_judged(brackenmoor):
    result = brackenmoor.check("Ambulance handovers at Ellsbridge General taking more than an hour fell to 290 in March 2024, compared with 450 a year before.")
    assert [(f.figure.text, f.verdict) for f in result.figures] == [("290", Verdict.CONFLICTING), ("450", Verdict.UNVERIFIED)]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A count dated "to 31 March 2024" is the documents' count to March 2024, to the month both give,
        # and the documents' later running total "so far" is another moment's, not a contradiction.
        ("From launch to 31 March 2024 the rapid response cars attended 2,150 patients.", Verdict.SUPPORTED),
        ("From launch to 31 March 2024 the rapid response cars attended 2,500 patients.", Verdict.CONFLICTING),
    ],
)
def test_a_dated_count_is_read_to_the_precision_both_give_and_a_later_running_total_is_another_moment(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Thornwick is named often in the corpus, but the centre is Ellsbridge's: in a corpus of several towns no town is home.
        ("A community diagnostic centre in Thornwick carried out 31,500 tests between opening and the end of March 2024.", Verdict.UNVERIFIED),
        ("The community diagnostic centre in Ellsbridge carried out 31,500 tests between opening and the end of March 2024.", Verdict.SUPPORTED),
        # A venue of the scene is not where the figure holds.
        ("Speaking at a community centre in Thornwick, the trust's chief executive said the Ellsbridge Community Diagnostic Centre "
         "carried out 31,500 tests between opening and 31 March 2024.", Verdict.SUPPORTED),
    ],
)
def test_a_town_the_corpus_often_names_is_not_home_when_the_documented_figure_is_anothers(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Another of the corpus's towns, set before the thing's name: the centre is Ellsbridge's.
        ("The Thornwick diagnostic centre employs 85 staff.", Verdict.UNVERIFIED),
        # Another town named beside the thing's own is no other owner.
        ("The diagnostic centre at Tanner's Yard in Ellsbridge employs 85 staff.", Verdict.SUPPORTED),
        ("Patients from Thornwick use the Ellsbridge centre, which employs 85 staff.", Verdict.SUPPORTED),
    ],
)
def test_a_town_named_anywhere_is_another_owner_unless_the_things_own_town_is_named(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The Courier's "about 3,900 ... so far" is so far as June 2024, its date; at March 2024 the board paper gives 2,150.
        ("By the end of March 2024 the rapid response cars had already seen 3,900 patients.", Verdict.CONFLICTING),
        ("By June 2024 the rapid response cars had seen about 3,900 patients.", Verdict.SUPPORTED),
    ],
)
def test_a_documented_running_total_so_far_holds_as_of_its_documents_date(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


def test_a_window_dated_by_days_is_the_documents_window_by_months(brackenmoor):
    result = brackenmoor.check("Between launch on 1 October 2023 and 31 March 2024 the rapid response cars saw 2,150 patients.")
    assert next(f for f in result.figures if f.figure.text == "2,150").verdict is Verdict.SUPPORTED


@pytest.fixture(scope="module")
def ossenmere():
    """The invented fifth corpus (tests/data/other_corpus_4): a combined authority's housing and schools, no real ones."""
    return _invented_checker("other_corpus_4")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The trade paper (dated September 2024) gives 405 "by the end of June": June 2024, not June of any year.
        ("By the end of June 2024, 405 homes had been finished under Homes for Ossenmere.", Verdict.SUPPORTED),
        ("By the end of June 2023, 405 Homes for Ossenmere homes had been finished.", Verdict.UNVERIFIED),
        # The count at December 2023 was 312 exactly: "more than 312" then is more than the documents say,
        # and the later 405 and 471 are other moments' counts, not support for it.
        ("Over 312 Homes for Ossenmere homes were finished by the end of December 2023.", Verdict.UNVERIFIED),
        ("Some 312 Homes for Ossenmere homes were finished by the end of December 2023.", Verdict.SUPPORTED),
    ],
)
def test_a_level_given_as_of_one_moment_is_not_the_claims_figure_at_another(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A budget written in February 2024 speaks of the year from April: a sentence on that year is not "after" it.
        ("The combined authority is putting £3.2m into Skillworks bootcamps in 2024-25.", Verdict.SUPPORTED),
        ("The combined authority's spending review period runs for three years, from 1 April 2024 to 31 March 2027.", Verdict.SUPPORTED),
        # A year the documents do not reach still is.
        ("The combined authority is putting £3.2m into Skillworks bootcamps in 2026-27.", Verdict.UNVERIFIED),
    ],
)
def test_a_document_speaks_of_the_years_it_dates_its_figures_to_even_after_it_was_written(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


@pytest.mark.parametrize(
    "claim",
    [
        "Of the £850k allocated to the Tenancy Rescue Fund for 2024-25, £610,000 had been paid out by the end of October.",
        "Of the £4.5 million allocated for 2024-25, £2.7 million had been committed to contracts by the end of October.",
    ],
)
def test_a_whole_is_not_contradicted_by_the_part_the_sentence_gives_itself(ossenmere, claim):
    # The whole is read with its own phrase and time ("allocated for
    # 2024-25"), not the part's ("by the end of October"): each is the
    # documents' own. (The second sentence is a minute's, word for word:
    # read, not taken as its quote.)
    result = Checker(ossenmere.corpus, quote_passages=False).check(claim)
    whole, part = result.figures
    assert (whole.verdict, part.verdict) == (Verdict.SUPPORTED, Verdict.SUPPORTED), result.reason
    assert whole.topic != part.topic


def test_a_wrong_part_beside_its_whole_still_conflicts(ossenmere):
    result = ossenmere.check("Of the £4.5 million allocated for 2024-25, £3.1 million had been committed to contracts by the end of October.")
    assert result.figures[1].verdict is Verdict.CONFLICTING


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents give the sum as the combined authority's; the housing association only runs the fund.
        ("Brackenholt Homes has invested £850k in the Tenancy Rescue Fund this year.", Verdict.UNVERIFIED),
        ("Brackenholt Homes is putting £850k of its own money into the Tenancy Rescue Fund in 2024-25.", Verdict.UNVERIFIED),
        ("The combined authority is putting £850k into the Tenancy Rescue Fund in 2024-25.", Verdict.SUPPORTED),
    ],
)
def test_a_documented_body_said_to_pay_a_sum_the_documents_give_as_anothers_is_not_supported(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The annual review's 118 is curated with no period, but its subject says "in 2023-24".
        ("Brackenholt trained 118 people on Skillworks bootcamps in 2022-23 at its Wyle Road centre.", Verdict.UNVERIFIED),
        ("Brackenholt trained 118 people on Skillworks bootcamps in 2023-24 at its Wyle Road centre.", Verdict.SUPPORTED),
    ],
)
def test_a_documented_figure_with_no_period_holds_for_the_year_its_subject_names(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents give 35 households a week: a count a day is another measure, not a wrong one.
        ("Ossenmere City Council places an average of 35 households in temporary accommodation every day.", Verdict.UNVERIFIED),
        # At the documents' own rate, a wrong count still conflicts.
        ("Ossenmere City Council places an average of 50 households in temporary accommodation every week.", Verdict.CONFLICTING),
    ],
)
def test_a_count_at_another_rate_is_another_measure(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


def test_the_owner_of_the_named_thing_in_the_figures_phrase_is_not_another_thing(ossenmere):
    # "the Combined Authority's Homes for Ossenmere programme": the authority owns the programme the 600 homes are for.
    assert_verdict(ossenmere, "The association has promised to build 600 homes for the Combined Authority's Homes for Ossenmere programme.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents' period has a name, not dates: "over the spending review period".
        ("The Sound Schools fund has £12m to spend across the three-year spending review period.", Verdict.SUPPORTED),
        ("The Sound Schools fund has £15m to spend across the three-year spending review period.", Verdict.CONFLICTING),
    ],
)
def test_a_period_the_documents_call_by_name_is_the_sentences_when_it_names_it(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "17,680 calls over the year", in the trust's "Annual Review 2023-24": the year is 2023-24.
        ("The Cinderline helpline answered 17,680 calls in 2023-24.", Verdict.SUPPORTED),
        ("The Cinderline helpline answered 17,680 calls in 2022-23.", Verdict.UNVERIFIED),
    ],
)
def test_the_year_of_an_annual_review_is_the_year_its_title_names(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


def test_a_numbered_part_of_a_place_is_not_another_place(ossenmere):
    # "Block 7" is a block of the Quillbrook estate, not a place no document mentions.
    assert_verdict(ossenmere, "Families in Block 7 of the Quillbrook estate live in some of the 60 homes in Brackenholt's heat pump pilot.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The hub "opened": the documents' "opening" of it (14 March 2024), not the end of its building work in February.
        ("The Riverside Youth Hub opened in February 2024.", Verdict.CONFLICTING),
        ("The Riverside Youth Hub opened in March 2024.", Verdict.SUPPORTED),
    ],
)
def test_a_date_is_checked_against_the_documents_noun_for_its_event(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents give 85 per cent only as what the service wants by
        # 2026; the level they give now is 78, which the sentence contradicts.
        ("On-call availability is now 85 per cent, the Chief Fire Officer said.", Verdict.CONFLICTING),
        ("The service wants on-call availability above 85 per cent by 2026.", Verdict.SUPPORTED),
    ],
)
def test_a_documented_aim_is_not_a_level_reached(ostmere, claim, expected):
    assert_verdict(ostmere, claim, expected)


def test_a_documented_figure_of_what_would_happen_if_is_not_a_level_reached(marrowfold):
    # 12 officers is what the team would shrink to if the fund ends; the documents give 14 for it now.
    assert_verdict(marrowfold, "The rural crime team now has 14 officers.", Verdict.SUPPORTED)


def test_a_documented_figure_is_shown_with_its_qualifier_once(tmp_path):
    aim = "The service wants on-call availability above 85 per cent by 2026."
    service = _documents_checker(tmp_path / "service", [
        {"id": "plan", "publisher": "unknown", "text": aim + "\n", "claims": [
            {"id": "aim", "subject": "on-call availability the service wants by 2026", "figure": "above 85 per cent", "value": 85, "unit": "percent", "qualifier": "more_than", "passage": aim},
        ]},
    ])
    reason = service.check("On-call availability is now 85 per cent, the Chief Fire Officer said.").reason
    assert "above 85 per cent" in reason and "more than above" not in reason, reason


def test_a_count_of_a_first_stretch_conflicts_beside_a_running_total(brackenmoor):
    # "first 12 months" is the amount's stretch, not a claim of its own; the documents' 38,000 for it
    # contradicts 83,000, whatever their running total "more than 40,000 so far" leaves open.
    result = brackenmoor.check("In its first 12 months the HealthLink bus carried 83,000 passenger journeys.")
    assert result.verdict is Verdict.CONFLICTING
    assert [f.figure.text for f in result.figures] == ["83,000"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The annual review's 146 are "this year" (its title: 2023-24), not a running total since 2021.
        ("Brackenholt Homes has finished 146 new homes for social rent since 2021.", Verdict.UNVERIFIED),
        ("Brackenholt Homes finished 146 new homes for social rent in 2023-24.", Verdict.SUPPORTED),
    ],
)
def test_a_running_total_since_a_date_is_not_a_count_of_one_year(ossenmere, claim, expected):
    assert_verdict(ossenmere, claim, expected)


@pytest.fixture(scope="module")
def ravensholt():
    """The invented seventh corpus (tests/data/other_corpus_6): a city's response to violence, no real one."""
    return _invented_checker("other_corpus_6")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The documents count 304 since the launch by September 2024 (and more than 250 by June):
        # a total since the launch, now, cannot be fewer.
        ("Fewer than 200 knives have been seized by Operation Blackthorn since it was launched in May 2023.", Verdict.CONFLICTING),
        ("Operation Blackthorn has seized 280 knives since its launch.", Verdict.CONFLICTING),
        # More than they counted then may be true now.
        ("More than 400 knives have been seized by Operation Blackthorn since it was launched in May 2023.", Verdict.UNVERIFIED),
    ],
)
def test_a_running_total_now_cannot_be_below_one_the_documents_already_counted(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The Mayor says more than 1,500: a higher floor is more than that says, a lower one is implied.
        ("More than 2,000 weapons have been surrendered since the first bin was installed in June 2023.", Verdict.UNVERIFIED),
        ("More than 1,000 weapons have been surrendered since the first bin was installed in June 2023.", Verdict.SUPPORTED),
    ],
)
def test_a_higher_floor_than_the_documents_is_not_supported_by_theirs(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


def test_a_part_of_a_documented_whole_is_not_a_wrong_count_of_it(checker):
    # The documents count the 150 schools; the 12 are a part of them, not a wrong total.
    assert verdict(checker, "Southwark accounts for 12 of the 150 schools that have so far taken up the Mayor's knife wand offer.") is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # 318 is the St Aldric's Church bin's; the sentence names the Millbeck bin, whose figure is 205.
        ("The Safe Surrender bin at Millbeck Community Centre was the busiest in the city in 2023/24, taking in 318 weapons.", Verdict.CONFLICTING),
        ("The Safe Surrender bin outside St Aldric's Church was the busiest in the city in 2023/24, taking in 318 weapons.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_that_agrees_with_a_sibling_is_not_support_for_the_thing_the_sentence_names(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Those a body is set up to bring together are not who set it up.
        ("The Ravensholt Violence Reduction Unit was created in October 2019 to unite the police, the council, health services, schools and local charities.", Verdict.SUPPORTED),
        ("Ravensholt's violence reduction unit was set up in October 2019 to bring the police, the council, the NHS, schools and charities together.", Verdict.SUPPORTED),
        # Who did set it up, if not the documents' body, still makes it someone else's.
        ("A group of local charities set up the Ravensholt Violence Reduction Unit in October 2019.", Verdict.UNVERIFIED),
    ],
)
def test_the_bodies_a_thing_brings_together_are_not_its_makers(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


def test_a_place_in_a_later_clause_of_another_amount_is_that_amount_s(ravensholt):
    result = ravensholt.check("In its first year the Youth Diversion Fund made 41 grants, and nine of them went to groups in Eastgate.")
    verdicts = {f.figure.text: f.verdict for f in result.figures}
    assert verdicts["41"] is Verdict.SUPPORTED
    assert verdicts["nine"] is not Verdict.SUPPORTED


def test_a_period_the_documented_subject_calls_by_the_claims_words_is_its_period(ravensholt):
    # Documented: "grants made by the Youth Diversion Fund in 2023/24, its first year".
    assert verdict(ravensholt, "During its first year the Youth Diversion Fund made 41 grants.") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # People counted by what was done to them, the verb before them: the documents' arrests.
        ("Officers on Operation Blackthorn seized 212 knives in 2023/24, arresting 87 people.", Verdict.SUPPORTED),
        ("In 2023/24 officers on Operation Blackthorn arrested 97 people.", Verdict.CONFLICTING),
    ],
)
def test_people_arrested_count_the_documents_arrests(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The sentence speaks of all the Safe Surrender bins: 1,146 in 2023/24, not the Millbeck bin's 205.
        ("In 2023/24, 205 weapons were handed in through the Safe Surrender bins.", Verdict.CONFLICTING),
        ("Fewer than 1,000 weapons were handed in through the Safe Surrender bins in 2023/24.", Verdict.CONFLICTING),
        ("In 2023/24, 205 weapons were handed in at the Millbeck Community Centre bin.", Verdict.SUPPORTED),
    ],
)
def test_a_named_part_s_figure_is_not_the_whole_s(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


def test_a_noun_only_inside_another_name_is_not_what_a_count_counts(ravensholt):
    # "weapons amnesty bins" is an alias of the bins' sites (14): 14 weapons are not 14 sites.
    assert verdict(ravensholt, "Only 14 weapons have been handed in through the Safe Surrender bins.") is not Verdict.SUPPORTED
    assert verdict(ravensholt, "Only 14 weapons have been handed in through the Safe Surrender bins.") is not Verdict.MIXED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The Courier gives 304 since the launch as of September 2024; the Mayor more than 250 as of June.
        ("Operation Blackthorn has now taken more than 300 knives off the city's streets since its launch, police said in September.", Verdict.SUPPORTED),
        ("Operation Blackthorn has now taken 280 knives off the city's streets since its launch, police said in September.", Verdict.CONFLICTING),
        ("Operation Blackthorn has now taken 304 knives off the city's streets since its launch, police said in June.", Verdict.UNVERIFIED),
    ],
)
def test_the_month_a_running_total_was_given_is_its_moment(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


def test_a_count_within_a_month_is_no_running_total(ravensholt):
    # Counted over September, not since the launch: the documents' running totals neither support nor contradict it.
    assert verdict(ravensholt, "Operation Blackthorn seized 40 knives in September, police said.") is Verdict.UNVERIFIED


def test_a_name_no_document_uses_in_a_later_clause_of_another_amount_is_that_amount_s(checker):
    result = checker.check("The Mayor's seed fund gave £1.4m to 43 anti-knife crime projects, and £250,000 went to groups in Kettleby.")
    verdicts = {f.figure.text: f.verdict for f in result.figures}
    assert verdicts["43"] is Verdict.SUPPORTED
    assert verdicts["£250,000"] is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The fund's seed fund is another thing of the documents: the £45m is not its.
        ("In 2018 the Mayor put £45m into the Young Londoners Fund's seed fund.", Verdict.UNVERIFIED),
        ("The Mayor put £45m into the Young Londoners Fund.", Verdict.SUPPORTED),
        # Owned by another ("the Met's"), the taskforce is still the documents' taskforce.
        ("Officers on the Met's violent crime taskforce recovered 910 knives between April 2018 and the end of May 2019.", Verdict.SUPPORTED),
    ],
)
def test_what_a_documented_thing_owns_is_not_the_thing_itself(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A first stretch is not the running total since the launch (more than 250 by June 2024).
        ("Operation Blackthorn seized 150 knives in its first six months.", Verdict.UNVERIFIED),
        # Hours given "so far" only grow too: the documents count 9,870.
        ("Larkspur's volunteers have given fewer than 5,000 hours of mentoring so far.", Verdict.CONFLICTING),
    ],
)
def test_a_first_stretch_is_no_running_total_and_hours_so_far_grow(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


def test_a_freedom_of_information_request_names_no_other_body(ravensholt):
    claim = "Officers on Operation Blackthorn made 87 arrests in 2023/24, a Freedom of Information request shows."
    assert verdict(ravensholt, claim) is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A part of the fund ("its first round", "its pilot") has amounts of its own: the fund's total neither supports nor contradicts them.
        ("The Young Londoners Fund's first round gave £7m to community groups.", Verdict.UNVERIFIED),
        ("The Young Londoners Fund's pilot cost £45m.", Verdict.UNVERIFIED),
        ("The Young Londoners Fund's total is £45m.", Verdict.SUPPORTED),
    ],
)
def test_a_part_a_documented_thing_owns_has_its_own_amount(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_name_with_a_small_word_owns_a_part_too(ostmere):
    # "Crew Up": "Up" is no content word, so the name is read from the claim's capitalised words.
    assert verdict(ostmere, "Crew Up's first wave recruited 38 on-call firefighters.") is Verdict.UNVERIFIED


def test_a_plural_possessive_owns_a_part_too(ossenmere):
    assert verdict(ossenmere, "Warm Walls' first phase cost £2m.") is Verdict.UNVERIFIED
    assert verdict(ossenmere, "Warm Walls' budget is £2m a year.") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # One week's documented 135 and 615, said of the whole time since the launch: a figure moved, not a wrong total.
        "The taskforce has seized 135 knives since it was launched.",
        "Since it was launched, the violent crime taskforce has carried out 615 weapon sweeps.",
    ],
)
def test_a_documented_figure_moved_to_a_running_total_is_not_a_total_outgrown(checker, claim):
    assert verdict(checker, claim) is Verdict.UNVERIFIED


def _lido_corpus(root: Path) -> Path:
    """An invented budget-monitoring line: one programme's budget, forecast and overspend."""
    import hashlib

    text = "Budget monitoring, period 6\n\nOrrin Lido: budget £1.2m, forecast £1.35m, overspend £150k.\n"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "bm.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    (root / "sources" / "index.yaml").write_text(
        "sources:\n  - id: bm-p6\n    file: sources/bm.txt\n"
        f"    sha256: {digest}\n    kind: report\n    title: Budget monitoring, period 6\n"
        "    publisher: unknown\n    date: unknown\n    url: unknown\n",
        encoding="utf-8",
    )
    passage = "Orrin Lido: budget £1.2m, forecast £1.35m, overspend £150k."
    claims = [("lido-budget", "budget of the Orrin Lido", "£1.2m", 1_200_000), ("lido-forecast", "forecast spending of the Orrin Lido", "£1.35m", 1_350_000)]
    body = "claims:\n" + "".join(
        f"  - id: {cid}\n    topic: {cid}\n    subject: {subject}\n    aliases: [Orrin Lido]\n    figure: \"{figure}\"\n"
        f"    value: {value}\n    unit: GBP\n    source: bm-p6\n    passage: \"{passage}\"\n"
        for cid, subject, figure, value in claims
    )
    (root / "bm-p6.yaml").write_text(body, encoding="utf-8")
    return root


def test_a_money_measure_the_sentence_gives_is_not_another_s_that_agrees(tmp_path):
    lido = Checker(load_corpus(_lido_corpus(tmp_path / "lido")))
    # The forecast is £1.35m; the budget the sentence speaks of is £1.2m.
    assert verdict(lido, "The Orrin Lido's budget is £1.35m.") is Verdict.CONFLICTING
    assert verdict(lido, "The Orrin Lido's budget is £1.2m.") is Verdict.SUPPORTED


def _documents_corpus(root: Path, documents: list[dict]) -> Path:
    """An invented corpus of whole documents: each a dict of id, publisher,
    text (and maybe title) and claims (id, subject, figure, value, unit, passage, and maybe
    topic, period, as_of, note, qualifier and aliases; a topic of its own by default)."""
    import hashlib

    (root / "sources").mkdir(parents=True)
    index = "sources:\n"
    for doc in documents:
        (root / "sources" / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
        digest = hashlib.sha256(doc["text"].encode()).hexdigest()
        index += (
            f"  - id: {doc['id']}\n    file: sources/{doc['id']}.txt\n    sha256: {digest}\n    kind: other\n"
            f"    title: \"{doc.get('title', doc['id'])}\"\n    publisher: {doc['publisher']}\n    date: {doc.get('date', 'unknown')}\n    url: unknown\n"
        )
        body = "claims:\n" + "".join(
            f"  - id: {c['id']}\n    topic: {c.get('topic', c['id'])}\n    subject: {c['subject']}\n    figure: \"{c['figure']}\"\n"
            f"    value: {c['value']}\n    unit: {c['unit']}\n    source: {doc['id']}\n    passage: \"{c['passage']}\"\n"
            + "".join(f"    {key}: \"{c[key]}\"\n" for key in ("period", "as_of", "note", "qualifier") if key in c)
            + (f"    aliases: [{', '.join(c['aliases'])}]\n" if "aliases" in c else "")
            for c in doc["claims"]
        )
        (root / f"{doc['id']}.yaml").write_text(body, encoding="utf-8")
    (root / "sources" / "index.yaml").write_text(index, encoding="utf-8")
    return root


def _documents_checker(root: Path, documents: list[dict]) -> Checker:
    """A checker of the invented corpus `_documents_corpus` writes."""
    return Checker(load_corpus(_documents_corpus(root, documents)))


def _hopper_corpus(root: Path) -> Path:
    """An invented minibus service: a council's notice names it; a trade paper counts its hamlets and its grant."""
    notice = "Cabinet approved a 12-month extension of the Dunlin Hopper minibus pilot."
    hamlets = "The Dunlin Hopper service now serves 38 hamlets across the Corvale uplands."
    grant = "The Dunlin Hopper received £90,000 from the Regional Executive last year."
    return _documents_corpus(root, [
        {"id": "notice", "publisher": "Corvale Borough Council", "text": notice + "\n", "claims": [
            {"id": "hopper-extension", "subject": "extension of the Dunlin Hopper minibus pilot", "figure": "12-month", "value": 12, "unit": "months", "passage": notice},
        ]},
        {"id": "trade", "publisher": "Minibus Monthly", "text": f"{hamlets} {grant}\n", "claims": [
            {"id": "hopper-hamlets", "subject": "hamlets served by the Dunlin Hopper", "figure": "38", "value": 38, "unit": "count", "passage": hamlets},
            {"id": "hopper-grant", "subject": "grant to the Dunlin Hopper", "figure": "£90,000", "value": 90000, "unit": "GBP", "passage": grant},
        ]},
    ])


def test_a_body_is_the_documents_own_where_it_publishes_on_the_thing_and_no_one_else_is_named(tmp_path):
    hopper = Checker(load_corpus(_hopper_corpus(tmp_path / "hopper")))
    # The trade paper names no body for the hamlets; the council publishes on the service.
    assert verdict(hopper, "The council's Dunlin Hopper service now serves 38 hamlets.") is Verdict.SUPPORTED
    assert verdict(hopper, "The Dunlin Hopper now serves 38 hamlets, the council said.") is Verdict.SUPPORTED
    # No document on the service is a trust's.
    assert verdict(hopper, "The trust's Dunlin Hopper service now serves 38 hamlets.") is Verdict.UNVERIFIED
    # The passage says who gave the grant, and it is not the council.
    assert verdict(hopper, "The council gave the Dunlin Hopper £90,000 last year.") is Verdict.UNVERIFIED


def test_the_body_that_published_a_report_is_who_acted_in_it(tmp_path):
    report = "This paper reports on the public consultation on the future of Ormbury Leisure Centres, which ran from 3 March 2025 to 26 May 2025."
    release = "Ormbury District Council will cut its leisure budget of £2.1m, Save Ormbury Pools said."
    leisure = _documents_checker(tmp_path / "leisure", [
        {"id": "paper", "publisher": "Ormbury District Council", "text": report + "\n", "claims": [
            {"id": "opened", "subject": "opening of the public consultation on the future of Ormbury Leisure Centres", "figure": "3 March 2025", "value": "2025-03-03", "unit": "date", "passage": report},
        ]},
        {"id": "release", "publisher": "Save Ormbury Pools", "text": release + "\n", "claims": [
            {"id": "budget", "subject": "the council's leisure budget", "figure": "£2.1m", "value": 2100000, "unit": "GBP", "passage": release},
        ]},
    ])
    # The council published the paper, whose passage names no other body: its name is no swap for the centres'.
    opened = "Ormbury District Council opened its public consultation on the future of the leisure centres on {}."
    assert verdict(leisure, opened.format("3 March 2025")) is Verdict.SUPPORTED
    assert verdict(leisure, opened.format("10 March 2025")) is Verdict.CONFLICTING
    # Bodies that published nothing on it, or whose release names the council as the one acting, did not.
    assert verdict(leisure, "Ormbury Leisure Trust opened its public consultation on the future of the leisure centres on 3 March 2025.") is not Verdict.SUPPORTED
    assert verdict(leisure, "Save Ormbury Pools opened its public consultation on the future of the leisure centres on 3 March 2025.") is not Verdict.SUPPORTED


def _larkfield(root: Path) -> Checker:
    """An invented arts fund whose round the documents split by town."""
    rounds = "The Larkfield Arts Fund backed 40 projects in its second round: 25 in Oxhey, 9 in Cragside and 6 in Bramwell."
    claim = lambda id, subject, figure, value: {"id": id, "subject": subject, "figure": figure, "value": value, "unit": "count", "passage": rounds}  # noqa: E731
    return _documents_checker(root, [
        {"id": "review", "publisher": "Larkfield Arts Fund", "text": f"{rounds}\n", "claims": [
            claim("round-projects", "projects backed in the Larkfield Arts Fund's second round", "40", 40),
            claim("round-oxhey", "second-round Larkfield Arts Fund projects in Oxhey", "25", 25),
            claim("round-cragside", "second-round Larkfield Arts Fund projects in Cragside", "9", 9),
            claim("round-bramwell", "second-round Larkfield Arts Fund projects in Bramwell", "6", 6),
        ]},
    ])


def test_a_count_that_opens_its_clause_is_of_the_place_the_clause_goes_on_to_name(tmp_path):
    larkfield = _larkfield(tmp_path / "larkfield")
    right = larkfield.check("Of the 40 projects the Larkfield Arts Fund backed in its second round, 25 are in Oxhey, 9 in Cragside and 6 in Bramwell.")
    assert {c.figure.text: c.verdict for c in right.figures} == {"40": Verdict.SUPPORTED, "25": Verdict.SUPPORTED, "9": Verdict.SUPPORTED, "6": Verdict.SUPPORTED}
    # Each count is its own clause's, not the last town's: swapped, they do not agree.
    swapped = larkfield.check("Of the 40 projects the Larkfield Arts Fund backed in its second round, 9 are in Oxhey, 25 in Cragside and 6 in Bramwell.")
    assert {c.figure.text: c.verdict for c in swapped.figures if c.figure.text in ("9", "25")} == {"9": Verdict.CONFLICTING, "25": Verdict.CONFLICTING}


def test_an_aside_listing_the_parts_gives_its_places_to_no_other_figure(dunmarsh):
    # The cost is the whole service's; Eastwold is where three of its workers are.
    said = dunmarsh.check("The Wayfarer service's nine hospital youth workers, three of them at Eastwold, cost £540,000 to run in 2024/25.")
    assert all(c.verdict is Verdict.SUPPORTED for c in said.figures), [c.reason for c in said.figures]
    # Said of Eastwold's workers, not in an aside, the cost is not the documents'.
    assert verdict(dunmarsh, "The Wayfarer service's youth workers at Eastwold cost £540,000 to run in 2024/25.") is Verdict.UNVERIFIED


def test_a_bound_at_the_documents_own_figure_is_judged_on_it_not_on_a_wider_count(dunmarsh):
    # Dunmarsh's offences are 1,384; the force area's (Dunmarsh and Brayford) 2,296.
    said = "Police recorded {} knife crime offences in Dunmarsh in 2024/25."
    assert verdict(dunmarsh, said.format("more than 1,384")) is Verdict.UNVERIFIED  # not past the city's own figure
    assert verdict(dunmarsh, said.format("fewer than 1,384")) is Verdict.UNVERIFIED  # nor short of it
    assert verdict(dunmarsh, said.format("more than 1,300")) is Verdict.SUPPORTED
    assert verdict(dunmarsh, said.format("fewer than 1,300")) is Verdict.CONFLICTING


def _tarnby(root: Path) -> Checker:
    """An invented arts fund whose documents count only its second round."""
    report = "The Tarnby Arts Fund's second round drew 120 applications and made 30 awards."
    return _documents_checker(root, [
        {"id": "report", "publisher": "unknown", "text": report + "\n", "claims": [
            {"id": "applications", "subject": "applications to the second round of the Tarnby Arts Fund", "figure": "120", "value": 120, "unit": "count", "passage": report},
            {"id": "awards", "subject": "awards made in the second round of the Tarnby Arts Fund", "figure": "30", "value": 30, "unit": "count", "passage": report},
        ]},
    ])


def test_a_round_called_by_another_number_is_another_round(tmp_path):
    tarnby = _tarnby(tmp_path / "tarnby")
    assert verdict(tarnby, "The Tarnby Arts Fund's second round drew 120 applications.") is Verdict.SUPPORTED
    assert verdict(tarnby, "Round two of the Tarnby Arts Fund drew 120 applications.") is Verdict.SUPPORTED
    # The documents count no first or third round: their second round's figures are not those.
    assert verdict(tarnby, "The Tarnby Arts Fund's first round drew 120 applications.") is Verdict.UNVERIFIED
    assert verdict(tarnby, "In round three, the Tarnby Arts Fund made 30 awards.") is Verdict.UNVERIFIED
    # Reporters call a grant scheme's applications its bids.
    assert verdict(tarnby, "The Tarnby Arts Fund's second round drew 120 bids.") is Verdict.SUPPORTED



def test_a_running_total_is_no_count_of_one_round(tmp_path):
    tarnby = _tarnby(tmp_path / "tarnby")
    # The documents count one round; a total since the fund began is another measure.
    assert verdict(tarnby, "The Tarnby Arts Fund has made 45 awards since 2021.") is Verdict.UNVERIFIED
    assert verdict(tarnby, "The Tarnby Arts Fund made 45 awards in its second round.") is Verdict.CONFLICTING


def test_a_part_of_those_counts_what_its_whole_counts(tmp_path):
    classes = "The Riverside Boxing Trust runs 40 classes, 12 of them in Oxhey."
    board = "The trust's board has 12 trustees."
    boxing = _documents_checker(tmp_path / "boxing", [
        {"id": "review", "publisher": "unknown", "text": f"{classes} {board}\n", "claims": [
            {"id": "classes", "subject": "classes the Riverside Boxing Trust runs", "figure": "40", "value": 40, "unit": "count", "passage": classes},
            {"id": "oxhey", "subject": "Riverside Boxing Trust classes in Oxhey", "figure": "12", "value": 12, "unit": "count", "passage": classes},
            {"id": "trustees", "subject": "trustees on the Riverside Boxing Trust's board", "figure": "12", "value": 12, "unit": "count", "passage": board},
        ]},
    ])
    assert verdict(boxing, "The Riverside Boxing Trust runs 40 classes, and 12 of those are in Oxhey.") is Verdict.SUPPORTED
    # The 12 sent to the board are films: the board's 12 trustees are not what is counted.
    assert verdict(boxing, "The Riverside Boxing Trust filmed 30 sparring sessions and sent 12 of them to its board.") is not Verdict.SUPPORTED


def _fenby(root: Path) -> Checker:
    """An invented trust's accounts: a budget, what it spent, what it carried forward."""
    budget, spent = "The Fenby Trust set a budget of £2m.", "It spent £1.8m and carried the remaining £200,000 forward to the next year."
    return _documents_checker(root, [
        {"id": "accounts", "publisher": "unknown", "text": f"{budget} {spent}\n", "claims": [
            {"id": "budget", "subject": "Fenby Trust budget", "figure": "£2m", "value": 2000000, "unit": "GBP", "passage": budget},
            {"id": "spent", "subject": "money the Fenby Trust spent", "figure": "£1.8m", "value": 1800000, "unit": "GBP", "passage": spent},
            {"id": "carried", "subject": "Fenby Trust budget left over and carried forward to the next year", "figure": "£200,000", "value": 200000, "unit": "GBP", "passage": spent},
        ]},
    ])


def test_money_is_spent_only_where_its_own_clause_says_so(tmp_path):
    said = _fenby(tmp_path / "fenby").check("The Fenby Trust had a £2m budget and spent £1.8m of it, carrying the remaining £200,000 into the next year.")
    assert [(c.figure.text, c.verdict) for c in said.figures] == [("£2m", Verdict.SUPPORTED), ("£1.8m", Verdict.SUPPORTED), ("£200,000", Verdict.SUPPORTED)]


def test_money_said_spent_is_judged_on_what_was_spent_not_the_budget(tmp_path, wexcombe):
    # The documents' £2m is the budget; what they say was spent is £1.8m.
    assert verdict(_fenby(tmp_path / "fenby"), "The Fenby Trust spent £2m, the whole of its budget.") is Verdict.CONFLICTING
    # ... however the documents call the spending: "Private Sector Housing Team spending in 2024/25" (£587,300 of £612,000).
    assert verdict(wexcombe, "In 2024/25 the council's private housing team spent £612,000, its annual report shows.") is Verdict.CONFLICTING


def test_none_of_or_all_of_a_count_is_that_count(tmp_path):
    raid = "Officers seized 40 knives in the Harrow Lane raid."
    knives = _documents_checker(tmp_path / "knives", [
        {"id": "raid", "publisher": "unknown", "text": raid + "\n", "claims": [
            {"id": "knives", "subject": "knives seized in the Harrow Lane raid", "figure": "40", "value": 40, "unit": "count", "passage": raid},
        ]},
    ])
    # "None of the 52" and "all 52" say there were 52: the documents' 40 contradicts it.
    assert verdict(knives, "None of the 52 knives seized in the Harrow Lane raid had been used in a crime.") is Verdict.CONFLICTING
    assert verdict(knives, "All 52 knives seized in the Harrow Lane raid were destroyed.") is Verdict.CONFLICTING
    # "A quarter of the 52" is a part of a whole: the documents' count may be the part's.
    assert verdict(knives, "A quarter of the 52 knives seized in the Harrow Lane raid were kitchen knives.") is not Verdict.CONFLICTING


def test_a_bound_at_an_exact_figure_is_not_met_by_a_round_one(tmp_path):
    report, story = "The Corvale Arts Fund received 520 applications.", "Nearly 530 applications reached the Corvale Arts Fund, the paper said."
    fund = _documents_checker(tmp_path / "fund", [
        {"id": "report", "publisher": "unknown", "text": report + "\n", "claims": [
            {"id": "applications", "topic": "applications", "subject": "applications to the Corvale Arts Fund", "figure": "520", "value": 520, "unit": "count", "passage": report},
        ]},
        {"id": "story", "publisher": "unknown", "text": story + "\n", "claims": [
            {"id": "applications-story", "topic": "applications", "subject": "applications to the Corvale Arts Fund", "figure": "Nearly 530", "value": 530, "unit": "count", "qualifier": "almost", "passage": story},
        ]},
    ])
    # The exact 520 tells: "more than 520" is not what the documents say; "nearly 530" agrees only by being round.
    assert verdict(fund, "More than 520 applications reached the Corvale Arts Fund.") is Verdict.UNVERIFIED
    assert verdict(fund, "More than 500 applications reached the Corvale Arts Fund.") is Verdict.SUPPORTED


def test_a_denied_figure_said_in_place_of_another_leaves_the_conflict_to_that_one(tmp_path):
    grant = "The Orrin Fund gave £40,000 to the Canal Street boxing club."
    orrin = _documents_checker(tmp_path / "orrin", [
        {"id": "grants", "publisher": "unknown", "text": grant + "\n", "claims": [
            {"id": "grant", "subject": "Orrin Fund grant to the Canal Street boxing club", "figure": "£40,000", "value": 40000, "unit": "GBP", "passage": grant},
        ]},
    ])
    replaced = orrin.check("The Orrin Fund did not give £40,000 to the Canal Street boxing club, as reported, but £30,000.")
    assert replaced.verdict is Verdict.CONFLICTING
    assert [(c.figure.text, c.verdict) for c in replaced.figures] == [("£40,000", Verdict.UNVERIFIED), ("£30,000", Verdict.CONFLICTING)]
    # Denied with nothing in its place, the documents' own figure is the conflict.
    assert verdict(orrin, "The Orrin Fund did not give £40,000 to the Canal Street boxing club.") is Verdict.CONFLICTING


def test_a_figure_said_past_the_denial_s_colon_is_said_in_its_place(tmp_path):
    notice = "The Orrin Fund opened in January 2024."
    orrin = _documents_checker(tmp_path / "orrin", [
        {"id": "notice", "publisher": "unknown", "text": notice + "\n", "claims": [
            {"id": "opened", "subject": "opening of the Orrin Fund", "figure": "January 2024", "value": "2024-01", "unit": "date", "passage": notice},
        ]},
    ])
    said = orrin.check("Contrary to some reports, the Orrin Fund did not open in January 2024: it opened on 3 February 2024.")
    assert [(c.figure.text, c.verdict) for c in said.figures] == [("January 2024", Verdict.UNVERIFIED), ("3 February 2024", Verdict.CONFLICTING)]


def test_a_named_branch_alone_is_a_part_of_the_whole():
    wyvern = _invented_checker("other_corpus_25")
    # The Delay Diary's 3,406 are the whole network's, since its launch in September 2024.
    said = wyvern.check("Since the Delay Diary began last September, its users have logged 3,406 late or cancelled trains on the Ellerholt branch alone.")
    assert [(c.figure.text, c.verdict) for c in said.figures if c.figure.text == "3,406"] == [("3,406", Verdict.UNVERIFIED)]
    assert "alone" in next(c.reason for c in said.figures if c.figure.text == "3,406")
    # The launch date said beside it is no part of anything.
    assert next(c.verdict for c in said.figures if c.figure.text == "September") is not Verdict.UNVERIFIED


def test_a_level_said_where_the_documents_give_that_figure_as_an_aim_is_judged_on_their_level(tmp_path):
    aim, level = "The council aims to have 500 landlords accredited under the Larch Homes scheme.", "So far 318 landlords are accredited under the Larch Homes scheme."
    larch = _documents_checker(tmp_path / "larch", [
        {"id": "report", "publisher": "unknown", "text": f"{aim} {level}\n", "claims": [
            {"id": "target", "subject": "council's target for landlords accredited under the Larch Homes scheme", "figure": "500", "value": 500, "unit": "count", "passage": aim},
            {"id": "level", "subject": "landlords accredited under the Larch Homes scheme", "figure": "318", "value": 318, "unit": "count", "passage": level},
        ]},
    ])
    # 500 is the aim; the documents' count of accredited landlords is 318.
    assert verdict(larch, "Some 500 landlords now hold accreditation under the Larch Homes scheme.") is Verdict.CONFLICTING
    # Said as an aim, it is the aim.
    assert verdict(larch, "The council wants 500 landlords accredited under the Larch Homes scheme.") is Verdict.SUPPORTED


def test_a_total_said_is_not_a_part_the_passage_gives(tmp_path):
    report = "The Marlow Arts Trust received 900 applications, of which 600 were made online and 300 on paper."
    trust = _documents_checker(tmp_path / "trust", [
        {"id": "report", "publisher": "unknown", "text": report + "\n", "claims": [
            {"id": "all", "subject": "applications to the Marlow Arts Trust", "figure": "900", "value": 900, "unit": "count", "passage": report},
            {"id": "online", "subject": "applications to the Marlow Arts Trust made online", "figure": "600", "value": 600, "unit": "count", "passage": report},
            {"id": "paper", "subject": "applications to the Marlow Arts Trust made on paper", "figure": "300", "value": 300, "unit": "count", "passage": report},
        ]},
    ])
    assert verdict(trust, "The Marlow Arts Trust received 300 applications made on paper.") is Verdict.SUPPORTED
    # "In all" says the whole; the documents' 300 is a part of their 900.
    assert verdict(trust, "The Marlow Arts Trust received 300 applications in all.") is not Verdict.SUPPORTED


def test_a_number_the_documents_write_in_a_name_is_no_figure(tmp_path):
    notice = "Cabinet approved £200,000 for Brighter Lanes 30, which now has 45 zones. The mock 11-plus evening is on 12 November."
    lanes = _documents_checker(tmp_path / "lanes", [
        {"id": "notice", "publisher": "unknown", "text": notice + "\n", "claims": [
            {"id": "lanes-money", "subject": "funding for the Brighter Lanes 30 programme", "figure": "£200,000", "value": 200000, "unit": "GBP", "passage": notice.split(" The")[0]},
            {"id": "lanes-zones", "subject": "zones in Brighter Lanes 30", "figure": "45", "value": 45, "unit": "count", "passage": notice.split(" The")[0]},
            {"id": "mock-evening", "subject": "date of the mock 11-plus evening", "figure": "12 November", "value": "--11-12", "unit": "date", "passage": "The mock 11-plus evening is on 12 November."},
        ]},
    ])
    result = lanes.check("Brighter Lanes 30 received £200,000 from cabinet.")
    assert [(f.figure.text, f.verdict) for f in result.figures] == [("£200,000", Verdict.SUPPORTED)]
    assert [f.figure.text for f in lanes.check("The mock 11-plus evening is on 12 November.").figures] == ["12 November"]
    # Another number after the name's words is a figure: "Brighter Lanes has 30 zones".
    assert verdict(lanes, "Brighter Lanes has 30 zones.") is not Verdict.SUPPORTED


def test_a_thing_the_documents_call_by_its_number_is_no_figure(tmp_path):
    timetable = "The 7 between Amble and Rowton carried 41,000 passengers in 2023."
    buses = _documents_checker(tmp_path / "buses", [
        {"id": "timetable", "publisher": "unknown", "text": timetable + "\n", "claims": [
            {"id": "route-7-passengers", "subject": "passengers carried by the 7 bus in 2023", "figure": "41,000", "value": 41000, "unit": "count",
             "aliases": ["the 7", "7 bus"], "passage": timetable},
        ]},
    ])
    result = buses.check("The operator said the 7 carried 41,000 passengers in 2023.")
    assert [(f.figure.text, f.verdict) for f in result.figures] == [("41,000", Verdict.SUPPORTED)], result.reason


def test_a_running_total_from_another_start_is_not_supported(tmp_path):
    report = "The Brightwell reading scheme has reached 1,320 pupils since September. Since the first library van was bought in March 2023, it has made 410 visits."
    scheme = _documents_checker(tmp_path / "scheme", [
        {"id": "report", "publisher": "unknown", "text": report + "\n", "claims": [
            {"id": "scheme-pupils", "subject": "pupils reached by the Brightwell reading scheme", "figure": "1,320", "value": 1320, "unit": "count", "passage": report.split(" Since")[0], "period": "since September", "as_of": "2024-10-31"},
            {"id": "van-visits", "subject": "visits made by the Brightwell library van", "figure": "410", "value": 410, "unit": "count", "passage": "Since the first library van was bought in March 2023, it has made 410 visits.", "period": "since March 2023"},
        ]},
    ])
    # The documents' "since September" is a total from September, read as the sentence's "since" is.
    assert verdict(scheme, "The Brightwell reading scheme has reached 1,320 pupils since September.") is Verdict.SUPPORTED
    assert verdict(scheme, "The Brightwell reading scheme has reached 1,320 pupils since April.") is Verdict.UNVERIFIED
    # "since the first van was bought in March 2023": a total from then, on either side.
    assert verdict(scheme, "The Brightwell library van has made 410 visits since it was bought in March 2023.") is Verdict.SUPPORTED


def test_a_place_or_service_called_by_a_number_is_its_own_subject(tmp_path):
    text = "The Pebble Hopper carries about 2,500 journeys a month. Ward 12 has 28 beds."
    hopper = _documents_checker(tmp_path / "pebble", [
        {"id": "paper", "publisher": "unknown", "text": text + "\n", "claims": [
            {"id": "hopper-journeys", "subject": "Pebble Hopper passenger journeys a month", "figure": "about 2,500", "value": 2500, "unit": "count", "passage": text.split(" Ward")[0], "period": "per month"},
            {"id": "ward-beds", "subject": "beds on Ward 12", "figure": "28", "value": 28, "unit": "count", "passage": "Ward 12 has 28 beds."},
        ]},
    ])
    # Another bus's journeys, however like the documents' measure.
    assert verdict(hopper, "Passengers on the 17 bus make about 2,500 journeys a month.") is Verdict.UNVERIFIED
    # The thing's own name given: the bus it meets is setting.
    assert verdict(hopper, "The Pebble Hopper, which meets the 17 bus, carries about 2,500 journeys a month.") is Verdict.SUPPORTED
    # A numbered place the documents give is theirs.
    assert verdict(hopper, "Ward 12 has 28 beds.") is Verdict.SUPPORTED


def test_a_documented_building_the_sentence_sets_it_at_is_a_place(tmp_path):
    ks2 = "Our Year 6 pupils did well at Key Stage 2: 71% met the expected standard."
    evening = "The open evening is at Copperbeck Academy on 3 March."
    # Enough else in the newsletter that one school is no word of every passage (see HOME_WORD_IDF).
    clubs = ["chess", "choir", "drama", "robotics", "gardening", "netball", "coding", "orchestra", "debating", "cookery",
             "art", "film", "football", "running", "science", "reading", "poetry", "photography", "dance", "history"]
    more = [f"Our {club} club has {20 + n} members." for n, club in enumerate(clubs)]
    trust = _documents_checker(tmp_path / "trust", [
        {"id": "newsletter", "publisher": "Larchmere Schools Trust", "text": " ".join([ks2, evening, *more]) + "\n", "claims": [
            {"id": "ks2", "subject": "Larchmere Year 6 pupils meeting the expected standard at Key Stage 2", "figure": "71%", "value": 71, "unit": "percent", "passage": ks2},
            {"id": "open-evening", "subject": "date of the open evening at Copperbeck Academy", "figure": "3 March", "value": "--03-03", "unit": "date", "passage": evening},
            *({"id": f"{club}-club", "subject": f"members of the Larchmere {club} club", "figure": str(20 + n), "value": 20 + n, "unit": "count", "passage": more[n]} for n, club in enumerate(clubs)),
        ]},
    ])
    # One school's share is not the trust's, though the school is a documented name.
    result = trust.check("At Copperbeck Academy, 71% of Year 6 pupils met the expected standard at Key Stage 2.")
    assert result.verdict is Verdict.UNVERIFIED
    assert "Copperbeck Academy" in result.figures[0].reason
    assert verdict(trust, "At Key Stage 2, 71% of Larchmere's Year 6 pupils met the expected standard.") is Verdict.SUPPORTED


def test_a_closure_and_an_award_are_events_a_date_is_checked_against(tmp_path):
    closed = "The Wexcombe Lido closed on 14 March 2023 after 40 years."
    awarded = "The Heritage Board awarded 12 grants in June 2023."
    lido = _documents_checker(tmp_path / "wexcombe", [
        {"id": "notice", "publisher": "unknown", "text": f"{closed} {awarded}\n", "claims": [
            {"id": "lido-closure", "subject": "closure of the Wexcombe Lido", "figure": "14 March 2023", "value": "2023-03-14", "unit": "date", "passage": closed},
            {"id": "lido-years", "subject": "years the Wexcombe Lido was open", "figure": "40 years", "value": 40, "unit": "years", "passage": closed},
            {"id": "grant-award", "subject": "award of the Heritage Board grants", "figure": "June 2023", "value": "2023-06", "unit": "date", "passage": awarded},
            {"id": "grants", "subject": "grants awarded by the Heritage Board", "figure": "12", "value": 12, "unit": "count", "passage": awarded},
        ]},
    ])
    # Beside an amount, a date is checked only against the event its verb names.
    assert verdict(lido, "The Wexcombe Lido shut on 14 March 2023 after 40 years.") is Verdict.SUPPORTED
    assert verdict(lido, "The Wexcombe Lido closed on 2 May 2023 after 40 years.") is Verdict.CONFLICTING
    assert verdict(lido, "The Heritage Board awarded 12 grants in May 2023.") is Verdict.CONFLICTING


def test_a_count_s_noun_ends_before_an_adverb(tmp_path):
    text = "Some 300 volunteers use their own cars to drive patients for the Larkhill scheme."
    scheme = _documents_checker(tmp_path / "larkhill", [
        {"id": "feature", "publisher": "unknown", "text": text + "\n", "claims": [
            {"id": "drivers", "subject": "volunteers driving patients for the Larkhill scheme", "figure": "some 300", "value": 300, "unit": "count", "passage": text},
        ]},
    ])
    # "volunteers now use their own cars": the count is of volunteers, not of cars.
    assert verdict(scheme, "Fewer than 200 volunteers now use their own cars for the Larkhill scheme.") is Verdict.CONFLICTING


def test_a_figure_said_of_now_is_not_held_to_an_earlier_moment_s(tmp_path):
    let = "When the contract was let, 960 children were carried each day."
    now = "The contract now carries 1,150 children each day."
    transport = _documents_checker(tmp_path / "transport", [
        {"id": "report", "publisher": "unknown", "text": f"{let} {now}\n", "claims": [
            {"id": "at-letting", "topic": "carried", "subject": "children carried each day on the Merrow contract when the contract was let", "figure": "960", "value": 960, "unit": "count", "passage": let, "period": "per day", "note": "At letting; 1,150 now."},
            {"id": "carried-now", "topic": "carried", "subject": "children carried each day on the Merrow contract", "figure": "1,150", "value": 1150, "unit": "count", "passage": now, "period": "per day", "note": "Now; 960 at letting."},
        ]},
    ])
    assert verdict(transport, "The Merrow contract now carries 1,150 children each day.") is Verdict.SUPPORTED
    assert verdict(transport, "Fewer than 1,000 children are now carried each day on the Merrow contract.") is Verdict.CONFLICTING
    # Said of no moment, either figure may be meant.
    assert verdict(transport, "The Merrow contract carries 1,150 children each day.") is Verdict.MIXED
    # A day's count said without its "each day" is still that day's count, not a total it falls short of.
    result = transport.check("The Merrow contract carried 960 children when the contract was let.")
    assert result.verdict is not Verdict.CONFLICTING
    assert "960 (per day) agrees" in result.figures[0].reason


def test_money_said_to_be_spent_is_not_supported_by_a_budget(tmp_path):
    budget = "Cabinet approved a budget of £2.2m for the Orrin Lock repair."
    spend = "Spend on the Orrin Lock repair to 31 March: £600,000."
    lock = _documents_checker(tmp_path / "lock", [
        {"id": "notice", "publisher": "unknown", "text": f"{budget}\n{spend}\n", "claims": [
            {"id": "lock-budget", "subject": "budget for the Orrin Lock repair", "figure": "£2.2m", "value": 2200000, "unit": "GBP", "passage": budget},
            {"id": "lock-spend", "subject": "spend on the Orrin Lock repair to date", "figure": "£600,000", "value": 600000, "unit": "GBP", "passage": spend},
        ]},
    ])
    assert verdict(lock, "The Orrin Lock repair has cost £2.2m so far.") is Verdict.UNVERIFIED
    assert verdict(lock, "The Orrin Lock repair has a budget of £2.2m.") is Verdict.SUPPORTED
    assert verdict(lock, "So far £600,000 has been spent on the Orrin Lock repair.") is Verdict.SUPPORTED


def test_a_running_total_is_held_to_the_documents_totals_not_a_year_s_count(ravensholt):
    # 212 in 2023/24 agrees with "no more than 300"; the totals since the launch (304) do not.
    assert verdict(ravensholt, "Operation Blackthorn has seized no more than 300 knives since its launch.") is Verdict.CONFLICTING
    assert verdict(ravensholt, "Operation Blackthorn has seized 304 knives since its launch.") is Verdict.SUPPORTED


def _kennet_parking(root: Path) -> Checker:
    """An invented hospital's parking charges: a band of hours and a day's rate."""
    band = "At Kennet Lodge Hospital, parking costs £2.20 for up to three hours."
    day = "Parking at Kennet Lodge Hospital costs £6 a day."
    return _documents_checker(root, [
        {"id": "faq", "publisher": "unknown", "text": f"{band} {day}\n", "claims": [
            {"id": "three-hours", "subject": "Kennet Lodge Hospital parking charge for up to three hours", "figure": "£2.20", "value": 2.2, "unit": "GBP", "passage": band},
            {"id": "whole-day", "subject": "Kennet Lodge Hospital parking charge for a day", "figure": "£6", "value": 6, "unit": "GBP", "passage": day, "period": "per day"},
        ]},
    ])


def test_a_charge_denied_as_the_level_it_goes_up_to(tmp_path):
    parking = _kennet_parking(tmp_path / "kennet")
    # "not going up to £3" denies the level, where "not up to £3" would be a ceiling.
    result = parking.check("Parking at Kennet Lodge Hospital is not going up to £3 a day.")
    assert result.figures[0].verdict is Verdict.UNVERIFIED and "denied" in result.figures[0].reason


def test_a_rate_s_figure_without_its_rate_and_no_stretch_shorter_than_it(tmp_path):
    parking = _kennet_parking(tmp_path / "kennet")
    # The day's £6 with "a day" left off is that figure, not a total it falls short of ...
    assert verdict(parking, "Parking at Kennet Lodge Hospital costs £6 for the day.") is Verdict.SUPPORTED
    assert verdict(parking, "Parking at Kennet Lodge Hospital costs £9 for the day.") is Verdict.CONFLICTING
    # ... and a band of hours is no stretch to spread a day's rate over.
    result = parking.check("For two hours, parking at Kennet Lodge Hospital costs £4 a day.")
    assert "for two hours is" not in result.reason


def test_a_count_inside_a_rate_s_bound_is_not_contradicted_by_it(tmp_path):
    text = "The Dunmere walk-in clinic now sees close to 900 patients a week."
    clinic = _documents_checker(tmp_path / "dunmere", [
        {"id": "feature", "publisher": "unknown", "text": text + "\n", "claims": [
            {"id": "seen", "subject": "patients seen by the Dunmere walk-in clinic", "figure": "close to 900", "value": 900, "unit": "count", "passage": text, "period": "per week", "qualifier": "almost"},
        ]},
    ])
    # "870 patients" with the week left off fits "close to 900 a week": not a conflict.
    assert verdict(clinic, "The Dunmere walk-in clinic sees 870 patients.") is not Verdict.CONFLICTING
    assert verdict(clinic, "The Dunmere walk-in clinic sees 600 patients.") is Verdict.CONFLICTING


def test_a_precise_figure_inside_a_bound_still_contradicts(tmp_path):
    bound = "By the end of June fewer than 600 households were waiting for the Ferrow warm-homes grant."
    precise = "At 30 June, 574 households were waiting for the Ferrow warm-homes grant."
    earlier = "A year earlier about 1,300 households were waiting for the Ferrow warm-homes grant."
    grants = _documents_checker(tmp_path / "ferrow", [
        {"id": "report", "publisher": "unknown", "text": f"{bound} {precise} {earlier}\n", "claims": [
            {"id": "bound", "topic": "waiting", "subject": "households waiting for the Ferrow warm-homes grant", "figure": "fewer than 600", "value": 600, "unit": "count", "qualifier": "less_than", "passage": bound, "note": "End of June."},
            {"id": "precise", "topic": "waiting", "subject": "households waiting for the Ferrow warm-homes grant", "figure": "574", "value": 574, "unit": "count", "passage": precise, "note": "30 June."},
            {"id": "earlier", "topic": "waiting", "subject": "households waiting for the Ferrow warm-homes grant a year earlier", "figure": "about 1,300", "value": 1300, "unit": "count", "qualifier": "approx", "passage": earlier, "note": "A year before."},
        ]},
    ])
    # "fewer than 500" cannot be told from "fewer than 600", but 574, inside it, contradicts it.
    assert verdict(grants, "Fewer than 500 households were waiting for the Ferrow warm-homes grant.") is Verdict.CONFLICTING


def test_an_event_s_date_is_checked_across_the_amount_set_before_its_noun(tmp_path):
    text = "The Corrow Harbour Fund of £3.5 million was announced on 9 March 2022."
    harbour = _documents_checker(tmp_path / "corrow", [
        {"id": "notice", "publisher": "Corrow Borough Council", "text": text + "\n", "claims": [
            {"id": "fund", "subject": "Corrow Harbour Fund", "figure": "£3.5 million", "value": 3500000, "unit": "GBP", "passage": text},
            {"id": "announced", "subject": "announcement of the Corrow Harbour Fund", "figure": "9 March 2022", "value": "2022-03-09", "unit": "date", "passage": text},
        ]},
    ])
    # "announced its £3.5m ... on 4 May 2022": the amount's point ends no clause; the date is the announcement's.
    result = harbour.check("The council announced its £3.5m Corrow Harbour Fund on 4 May 2022.")
    assert [c.verdict for c in result.figures] == [Verdict.SUPPORTED, Verdict.CONFLICTING]
    assert verdict(harbour, "The council announced its £3.5m Corrow Harbour Fund on 9 March 2022.") is Verdict.SUPPORTED


def test_a_wait_that_defines_what_is_counted_is_no_claim_of_its_own(tmp_path):
    length = "The Tamsworth Recovery Programme, which runs for two years, aims to cut how long patients are waiting."
    share = "Almost four in ten patients are still waiting longer than 18 weeks."
    clinic = _documents_checker(tmp_path / "tamsworth", [
        {"id": "plan", "publisher": "unknown", "text": f"{length} {share}\n", "claims": [
            {"id": "plan-length", "subject": "length of the Tamsworth Recovery Programme to cut how long patients are waiting", "figure": "two years", "value": 2, "unit": "years", "passage": length},
            {"id": "share", "subject": "share of Tamsworth patients on the long-wait list", "figure": "Almost four in ten", "value": 40, "unit": "percent", "qualifier": "almost", "passage": share},
        ]},
    ])
    # "longer than 18 weeks" bounds the wait counted; it is not the programme's length, which it would contradict.
    result = clinic.check("Under the Tamsworth Recovery Programme, almost four in ten patients are still waiting longer than 18 weeks.")
    assert result.verdict is not Verdict.CONFLICTING and "18 weeks" not in [c.figure.text for c in result.figures]
    # A duration said of the programme itself is still checked.
    assert verdict(clinic, "The Tamsworth Recovery Programme runs for 18 weeks.") is Verdict.CONFLICTING


def test_a_band_of_hours_is_part_of_what_a_charge_measures(tmp_path):
    parking = _kennet_parking(tmp_path / "kennet")
    # "for up to three hours" tells the band's charge from the day's; it is not cut out as a figure.
    assert verdict(parking, "Parking at Kennet Lodge Hospital costs £2.20 for up to three hours.") is Verdict.SUPPORTED
    assert verdict(parking, "Parking at Kennet Lodge Hospital costs £3 for up to three hours.") is Verdict.CONFLICTING
    # "From 1 June 2025, ..." is when the charges start, not a stretch they are counted over.
    result = parking.check("From 1 June 2025, parking at Kennet Lodge Hospital costs £2.20 for up to three hours and £6 for the day.")
    assert [c.verdict for c in result.figures if c.figure.kind == "money"] == [Verdict.SUPPORTED, Verdict.SUPPORTED]


def test_an_earlier_level_after_the_later_one_is_the_documents_own(tmp_path):
    report = "By March, 412 households were on the Ferrow housing list, down from 690 a year earlier."
    blog = "Fewer than 420 households are now on the Ferrow housing list."
    lists = _documents_checker(tmp_path / "ferrow", [
        {"id": "report", "publisher": "unknown", "text": report + "\n", "claims": [
            {"id": "now", "topic": "list", "subject": "households on the Ferrow housing list", "figure": "412", "value": 412, "unit": "count", "passage": report, "note": "March; 690 a year earlier."},
            {"id": "before", "topic": "list", "subject": "households on the Ferrow housing list a year earlier", "figure": "690", "value": 690, "unit": "count", "passage": report, "note": "A year earlier; 412 in March."},
        ]},
        {"id": "blog", "publisher": "unknown", "text": blog + "\n", "claims": [
            {"id": "bound", "topic": "list", "subject": "households now on the Ferrow housing list", "figure": "Fewer than 420", "value": 420, "unit": "count", "qualifier": "less_than", "passage": blog},
        ]},
    ])
    # "412, down from 690": the later level first; what 690 disagrees with is 412 and a bound of it.
    result = lists.check("There are 412 households on the Ferrow housing list, down from 690 a year earlier.")
    assert result.figures[1].verdict is Verdict.SUPPORTED and "earlier level" in result.figures[1].reason


def test_a_figure_put_forward_as_the_documents_put_it_forward_is_supported(tmp_path):
    target = "The Dunmere clinic's target is to see 90% of patients within a week."
    reached = "In March the Dunmere clinic saw 71% of patients within a week."
    clinic = _documents_checker(tmp_path / "dunmere", [
        {"id": "plan", "publisher": "unknown", "text": f"{target} {reached}\n", "claims": [
            {"id": "target", "subject": "target for the share of Dunmere clinic patients seen within a week", "figure": "90%", "value": 90, "unit": "percent", "passage": target},
            {"id": "reached", "subject": "share of Dunmere clinic patients seen within a week", "figure": "71%", "value": 71, "unit": "percent", "passage": reached},
        ]},
    ])
    # The documents' target, said as a target, is what they say ...
    result = clinic.check("Dunmere clinic patients seen within a week: 71% (target 90%).")
    assert [c.verdict for c in result.figures] == [Verdict.SUPPORTED, Verdict.SUPPORTED]
    # ... where a hope for the share reached is not what they give as reached.
    assert verdict(clinic, "The Dunmere clinic could see 90% of patients within a week if it hired two doctors.") is Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def quenmouth():
    """The invented corpus 9 (tests/data/other_corpus_9), read from the tenth round: a city's hospital trust, no real one."""
    return _invented_checker("other_corpus_9")


def test_a_change_is_matched_on_what_changed_not_on_its_verb(quenmouth):
    # "fell by" is the documents' "fall in" (a drop of 60 per cent): the verb says which way, not what changed.
    assert verdict(quenmouth, "The number of people waiting more than a year fell by 60 per cent.") is Verdict.SUPPORTED
    assert verdict(quenmouth, "The number of people waiting more than a year fell by 45 per cent.") is Verdict.CONFLICTING


def test_a_place_named_for_another_documented_thing_is_another_place(tmp_path):
    hub = "The Sorrel Lane Youth Hub opened in May; the Sorrel Lane Youth Hub now has 120 members."
    pool = "The Brannock Leisure Pool reopened after repairs costing £400,000."
    places = _documents_checker(tmp_path / "sorrel", [
        {"id": "hub", "publisher": "unknown", "text": hub + " " + hub + "\n", "claims": [
            {"id": "members", "subject": "members of the Sorrel Lane Youth Hub", "figure": "120", "value": 120, "unit": "count", "passage": hub},
        ]},
        {"id": "pool", "publisher": "unknown", "text": pool + "\n", "claims": [
            {"id": "repairs", "subject": "repairs to the Brannock Leisure Pool", "figure": "£400,000", "value": 400000, "unit": "GBP", "passage": pool},
        ]},
    ])
    # Sorrel Lane is where the youth hub is, not the pool, however often the documents say it.
    assert verdict(places, "Repairs to the Brannock Leisure Pool cost £400,000.") is Verdict.SUPPORTED
    assert verdict(places, "Repairs to the leisure pool at Sorrel Lane cost £400,000.") is Verdict.UNVERIFIED


def test_a_clause_s_subject_naming_another_documented_thing_is_refused(tmp_path):
    hub = "The Sorrel Lane Youth Hub offers 300 sessions a month."
    clinic = "The Dunmere Health Centre opened in March."
    places = _documents_checker(tmp_path / "sorrel", [
        {"id": "notes", "publisher": "unknown", "text": f"{hub} {clinic}\n", "claims": [
            {"id": "sessions", "subject": "sessions offered by the Sorrel Lane Youth Hub", "figure": "300", "value": 300, "unit": "count", "passage": hub, "period": "per month", "aliases": ["Sorrel Lane Youth Hub"]},
            {"id": "opened", "subject": "opening of the Dunmere Health Centre", "figure": "March", "value": "--03", "unit": "date", "passage": clinic, "aliases": ["Dunmere Health Centre"]},
        ]},
    ])
    assert verdict(places, "The youth hub offers 300 sessions a month.") is Verdict.SUPPORTED
    # "offers" as "has" or "gives": the health centre is another documented thing than the hub.
    assert verdict(places, "The health centre offers 300 sessions a month.") is Verdict.UNVERIFIED


def test_a_numbered_place_is_not_given_by_the_same_number_as_another_s_figure(tmp_path):
    unit = "The Kestle admissions unit opened with 12 trolley spaces."
    ward = "Ward 9 at Kestle Hospital reopened with 30 beds."
    hospital = _documents_checker(tmp_path / "kestle", [
        {"id": "paper", "publisher": "unknown", "text": f"{unit} {ward}\n", "claims": [
            {"id": "spaces", "subject": "trolley spaces in the Kestle admissions unit", "figure": "12", "value": 12, "unit": "count", "passage": unit},
            {"id": "beds", "subject": "beds on Ward 9 at Kestle Hospital", "figure": "30", "value": 30, "unit": "count", "passage": ward},
        ]},
    ])
    # The unit's 12 is its spaces, not a mention of a Ward 12.
    assert verdict(hospital, "Ward 12 has 12 trolley spaces in the admissions unit.") is Verdict.UNVERIFIED
    assert verdict(hospital, "The Kestle admissions unit has 12 trolley spaces.") is Verdict.SUPPORTED


def test_denying_a_figure_the_documents_disagree_on_is_no_conflict(tmp_path):
    paper = "The Dunmere Leisure Centre was rebuilt at a capital cost of £8.2 million."
    press = "The new Dunmere Leisure Centre cost £9m."
    centre = _documents_checker(tmp_path / "dunmere", [
        {"id": "paper", "publisher": "unknown", "text": paper + "\n", "claims": [
            {"id": "cost-paper", "topic": "cost", "subject": "cost of rebuilding the Dunmere Leisure Centre", "figure": "£8.2 million", "value": 8200000, "unit": "GBP", "passage": paper, "note": "The capital cost; the paper's £9m says not what it covers."},
        ]},
        {"id": "press", "publisher": "unknown", "text": press + "\n", "claims": [
            {"id": "cost-press", "topic": "cost", "subject": "cost of the Dunmere Leisure Centre, as the paper gives it", "figure": "£9m", "value": 9000000, "unit": "GBP", "passage": press, "note": "The paper's figure; the council gives £8.2 million."},
        ]},
    ])
    # One document gives £9m, another £8.2 million: denying the £9m sides with one of them.
    result = centre.check("The Dunmere Leisure Centre did not cost £9m, as one paper reported.")
    assert result.figures[0].verdict is Verdict.UNVERIFIED and "disagree" in result.figures[0].reason


def test_a_figure_put_in_another_of_the_documents_places_is_not_theirs(tmp_path):
    gallery = "The Pellow Tide Gallery in Brockwell closed in June 2024 for repairs."
    library = "In Fennick, the Ostle Library lends 2,000 books a month."
    grants = "The grants pay for a mural in Fennick and a band of 40 drummers in Brockwell."
    towns = _documents_checker(tmp_path / "towns", [
        {"id": "arts", "publisher": "unknown", "text": f"{gallery} {library} {grants}\n", "claims": [
            {"id": "closed", "subject": "closure of the Pellow Tide Gallery", "figure": "June 2024", "value": "2024-06", "unit": "date", "passage": gallery},
            {"id": "loans", "subject": "books lent by the Ostle Library", "figure": "2,000", "value": 2000, "unit": "count", "passage": library},
            {"id": "band", "subject": "drummers in the grant-funded Brockwell band", "figure": "40", "value": 40, "unit": "count", "passage": grants},
        ]},
    ])
    # The documents put the gallery in Brockwell; its closure in Fennick is not theirs.
    assert verdict(towns, "The gallery in Brockwell closed in June 2024.") is Verdict.SUPPORTED
    assert verdict(towns, "The gallery in Fennick closed in June 2024.") is Verdict.UNVERIFIED
    # The passage names both towns; the subject says which is the band's.
    assert verdict(towns, "The grants pay for a band of 40 drummers in Brockwell.") is Verdict.SUPPORTED
    assert verdict(towns, "The grants pay for a band of 40 drummers in Fennick.") is Verdict.UNVERIFIED


def test_a_wait_bounded_otherwise_is_another_measure(tmp_path):
    long = "At the Tessaly Eye Clinic, 430 patients were waiting more than 26 weeks for surgery."
    longer = "At the Tessaly Eye Clinic, 9 patients were waiting more than 40 weeks for surgery."
    clinic = _documents_checker(tmp_path / "clinic", [
        {"id": "board", "publisher": "unknown", "text": f"{long} {longer}\n", "claims": [
            {"id": "over-26", "topic": "over-26", "subject": "patients waiting more than 26 weeks for surgery at the Tessaly Eye Clinic", "figure": "430", "value": 430, "unit": "count", "passage": long},
            {"id": "over-40", "topic": "over-40", "subject": "patients waiting more than 40 weeks for surgery at the Tessaly Eye Clinic", "figure": "9", "value": 9, "unit": "count", "passage": longer},
        ]},
    ])
    assert verdict(clinic, "Nine patients at the Tessaly Eye Clinic were waiting more than 40 weeks for surgery.") is Verdict.SUPPORTED
    # Every word is the same but the bound: the 9 are the 40-week waiters, not the 26-week ones.
    assert verdict(clinic, "Nine patients at the Tessaly Eye Clinic were waiting more than 26 weeks for surgery.") is Verdict.CONFLICTING
    assert verdict(clinic, "Nine patients at the Tessaly Eye Clinic were waiting more than two years for surgery.") is Verdict.UNVERIFIED


def test_a_date_said_more_precisely_is_not_another_events(tmp_path):
    launch = "The Corran Seed Fund was launched in March 2021 to back small theatre companies."
    round_two = "The second round of the Corran Seed Fund opened in October 2023."
    seed = _documents_checker(tmp_path / "seed", [
        {"id": "notes", "publisher": "unknown", "text": f"{launch} {round_two}\n", "claims": [
            {"id": "launch", "topic": "launch", "subject": "launch of the Corran Seed Fund", "aliases": ["Corran Seed Fund"], "figure": "March 2021", "value": "2021-03", "unit": "date", "passage": launch},
            {"id": "round-two", "topic": "round-two", "subject": "opening of the second Corran Seed Fund round", "aliases": ["Corran Seed Fund"], "figure": "October 2023", "value": "2023-10", "unit": "date", "passage": round_two},
        ]},
    ])
    assert verdict(seed, "The Corran Seed Fund was launched in March 2021.") is Verdict.SUPPORTED
    # A day the documents do not give: the launch's month, said more precisely, not the second round's date.
    assert verdict(seed, "The Corran Seed Fund was launched on 9 March 2021.") is Verdict.UNVERIFIED
    assert verdict(seed, "The Corran Seed Fund was launched on 9 April 2021.") is Verdict.CONFLICTING


def test_a_count_is_of_what_its_passage_counts_where_the_subject_calls_it_otherwise(tmp_path):
    share = "Forty-two artists and choirs will share £90,000 in the spring round of the Fennel Fund."
    fennel = _documents_checker(tmp_path / "fennel", [
        {"id": "release", "publisher": "unknown", "text": share + "\n", "claims": [
            {"id": "awards", "subject": "Fennel Fund awards in the spring round", "aliases": ["Fennel Fund"], "figure": "Forty-two", "value": 42, "unit": "count", "passage": share},
        ]},
    ])
    # The subject says awards; the passage counts artists and choirs, and so does the sentence.
    assert verdict(fennel, "42 artists and choirs will share in the spring round of the Fennel Fund.") is Verdict.SUPPORTED
    assert verdict(fennel, "The Fennel Fund's spring round backs 42 artists and choirs.") is Verdict.SUPPORTED
    # Neither the subject nor the passage counts musicians.
    assert verdict(fennel, "The Fennel Fund's spring round backs 42 musicians.") is Verdict.UNVERIFIED


def test_a_doer_is_read_as_what_is_done_where_the_documents_never_name_the_doer(tmp_path):
    staff = "Nine members of staff were interviewed during the audit of the Marrow Trust."
    fees = "The Marrow Trust paid £18,000 in fees to the review panel."
    trust = _documents_checker(tmp_path / "trust", [
        {"id": "report", "publisher": "unknown", "text": f"{staff} {fees}\n", "claims": [
            {"id": "interviewed", "subject": "staff interviewed during the audit of the Marrow Trust", "figure": "Nine", "value": 9, "unit": "count", "passage": staff},
            {"id": "fees", "subject": "fees paid by the Marrow Trust to the review panel", "figure": "£18,000", "value": 18000, "unit": "GBP", "passage": fees},
        ]},
    ])
    # The documents write "audit", never "auditors": a reporter's "auditors interviewed" is the audit's.
    assert verdict(trust, "Auditors interviewed nine staff.") is Verdict.SUPPORTED
    assert verdict(trust, "Auditors interviewed twelve staff.") is Verdict.CONFLICTING


def _baths_checker(root: Path) -> Checker:
    """An invented swimming baths under repair: when it shut, when it reopens, when the contract was due."""
    shut = "The Quarrel Lane Baths closed to swimmers in March 2022 for roof and pool repairs."
    reopen = "The Quarrel Lane Baths will reopen in May 2025."
    due = "The original completion date of the Quarrel Lane Baths repair contract was May 2024."
    return _documents_checker(root, [
        {"id": "report", "publisher": "unknown", "text": f"{shut} {reopen} {due}\n", "claims": [
            {"id": "closed", "topic": "closed", "subject": "closure of the Quarrel Lane Baths", "aliases": ["Quarrel Lane Baths"], "figure": "March 2022", "value": "2022-03", "unit": "date", "passage": shut},
            {"id": "reopens", "topic": "reopens", "subject": "reopening of the Quarrel Lane Baths", "aliases": ["Quarrel Lane Baths"], "figure": "May 2025", "value": "2025-05", "unit": "date", "passage": reopen},
            {"id": "due", "topic": "due", "subject": "original completion date of the Quarrel Lane Baths repair contract", "aliases": ["Quarrel Lane Baths"], "figure": "May 2024", "value": "2024-05", "unit": "date", "passage": due},
        ]},
    ])


def test_a_date_in_an_aside_dates_the_event_of_the_thing_named_before_it(tmp_path):
    baths = _baths_checker(tmp_path / "baths")
    long = "The Quarrel Lane Baths, shut since {} and now the subject of a bitter row over costs, will not reopen until May 2025, a year later than the original contract date, councillors said."
    # However much else the sentence says, "shut since" dates the closure of the baths named before the aside.
    assert figure_verdict(baths, long.format("March 2022"), "March 2022") is Verdict.SUPPORTED
    assert figure_verdict(baths, long.format("June 2022"), "June 2022") is Verdict.CONFLICTING
    # The documents never date the baths' setting up: that is said, not passed over as context.
    set_up = "The Quarrel Lane Baths, set up by the council in 1931, brings swimmers together with clubs, schools and families to learn to swim in the first place."
    assert figure_verdict(baths, set_up, "1931") is Verdict.UNVERIFIED


def test_since_opening_in_a_month_is_a_running_total_from_it(tmp_path):
    awards = "The Tarn Grants scheme has made 140 awards since it opened in June 2021."
    bids = "The Tarn Grants scheme drew 310 applications to its second round."
    tarn = _documents_checker(tmp_path / "tarn", [
        {"id": "release", "publisher": "unknown", "text": f"{awards} {bids}\n", "claims": [
            {"id": "bids", "subject": "applications to the second Tarn Grants round", "aliases": ["Tarn Grants"], "figure": "310", "value": 310, "unit": "count", "period": "2023", "passage": bids},
            {"id": "awards", "subject": "Tarn Grants awards made since the scheme opened in June 2021", "aliases": ["Tarn Grants"], "figure": "140", "value": 140, "unit": "count", "period": "total", "as_of": "2024-11-05", "passage": awards},
        ]},
    ])
    # Not the awards made in June 2021: every award since then.
    assert figure_verdict(tarn, "The Tarn Grants scheme has made 140 awards since opening in June 2021.", "140") is Verdict.SUPPORTED
    assert figure_verdict(tarn, "The Tarn Grants scheme has made 104 awards since opening in June 2021.", "104") is Verdict.CONFLICTING
    # The running total is the later amount's: the applications before it are not counted since June 2021.
    both = "The Tarn Grants scheme drew 310 applications to its second round and has made 140 awards since opening in June 2021."
    assert figure_verdict(tarn, both, "310") is Verdict.SUPPORTED


def test_a_part_of_a_documented_whole_is_of_the_same_thing(tmp_path):
    paid = "The Ossel Heritage Fund paid £90,000 to projects before their agreements were signed, and £12,500 of it has since been returned."
    ossel = _documents_checker(tmp_path / "ossel", [
        {"id": "audit", "publisher": "unknown", "text": paid + "\n", "claims": [
            {"id": "early", "topic": "early", "subject": "Ossel Heritage Fund payments made before agreements were signed", "aliases": ["Ossel Heritage Fund"], "figure": "£90,000", "value": 90000, "unit": "GBP", "passage": paid},
            {"id": "returned", "topic": "returned", "subject": "Ossel Heritage Fund payments returned", "aliases": ["Ossel Heritage Fund"], "figure": "£12,500", "value": 12500, "unit": "GBP", "passage": paid},
        ]},
    ])
    # What the whole was paid for is said of the whole; the part is what has been returned of it.
    said = "So far {} of the £90,000 paid out before agreements were signed has been returned, from three groups that dropped their plans."
    assert figure_verdict(ossel, said.format("£12,500"), "£12,500") is Verdict.SUPPORTED
    assert figure_verdict(ossel, said.format("£21,500"), "£21,500") is Verdict.CONFLICTING


def test_a_count_with_no_noun_counts_what_the_lists_count_before_it_does(tmp_path):
    plan = "The plan is to close three pools, lease two to swimming clubs and keep the remaining 11 under council management."
    pools = _documents_checker(tmp_path / "pools", [
        {"id": "plan", "publisher": "unknown", "text": plan + "\n", "claims": [
            {"id": "close", "topic": "close", "subject": "pools to close under the plan", "figure": "three", "value": 3, "unit": "count", "passage": plan},
            {"id": "lease", "topic": "lease", "subject": "pools to be leased to swimming clubs", "figure": "two", "value": 2, "unit": "count", "passage": plan},
            {"id": "keep", "topic": "keep", "subject": "pools to stay under council management", "figure": "11", "value": 11, "unit": "count", "passage": plan},
        ]},
    ])
    said = "The plan is to shut three pools, hand two to swimming clubs and keep {} in council hands."
    assert figure_verdict(pools, said.format(11), "11") is Verdict.SUPPORTED
    assert figure_verdict(pools, said.format(14), "14") is Verdict.CONFLICTING


def test_a_titled_person_the_passage_names_is_not_someone_else_acting(tmp_path):
    asked = "Councillor Brennard asked why Holt Lane Hall, which had 9,000 visits last year, stayed on the closure list when two halls with fewer visits were being offered to community groups."
    minutes = _documents_checker(tmp_path / "minutes", [
        {"id": "minutes", "publisher": "unknown", "text": asked + "\n", "claims": [
            {"id": "visits", "subject": "visits to Holt Lane Hall last year", "aliases": ["Holt Lane Hall"], "figure": "9,000", "value": 9000, "unit": "count", "passage": asked},
            {"id": "offered", "subject": "halls with fewer visits offered to community groups", "figure": "two", "value": 2, "unit": "count", "passage": asked},
        ]},
    ])
    # The minutes' own sentence: the councillor who asked is in the passage, not an unknown actor.
    assert figure_verdict(minutes, asked, "two") is Verdict.SUPPORTED
    assert figure_verdict(minutes, asked.replace("two halls", "five halls"), "five") is Verdict.CONFLICTING


def test_a_later_moment_the_documents_speak_of_themselves_is_not_after_them(tmp_path):
    plan = "The Fell Runner bus service will add 12 stops by 30 June 2026."
    later = "The Fell Runner would then grow to 80 stops, and the old depot would close on 31 July 2026."
    fell = _documents_checker(tmp_path / "fell", [
        {"id": "plan", "publisher": "unknown", "date": "2025-11-04", "text": f"{plan} {later}\n", "claims": [
            {"id": "stops", "subject": "stops to be added to the Fell Runner bus service", "aliases": ["Fell Runner"], "figure": "12", "value": 12, "unit": "count", "passage": plan},
            {"id": "total", "subject": "stops on the Fell Runner bus service once the new ones are added", "aliases": ["Fell Runner"], "figure": "80", "value": 80, "unit": "count", "passage": later},
        ]},
    ])
    # Written in November 2025, the plan itself speaks of June 2026: the passage checked as a claim comes back.
    assert verdict(fell, plan) is Verdict.SUPPORTED
    # A moment the documents never speak of, after they were written, is still beyond them.
    assert verdict(fell, "The Fell Runner bus service had added 12 stops by 30 September 2026.") is Verdict.UNVERIFIED
    # The moment must be the figure's own: the depot's closing date is not when the service has 80 stops.
    assert figure_verdict(fell, "By 31 July 2026 the Fell Runner bus service had 80 stops.", "80") is Verdict.UNVERIFIED


def test_each_end_of_a_change_has_its_own_of_two_dates(tmp_path):
    fell = "Visits to the Tolland museums fell between 2019/20 and 2023/24, from 50,000 to 40,000, as opening hours were cut."
    tolland = _documents_checker(tmp_path / "tolland", [
        {"id": "review", "publisher": "unknown", "text": fell + "\n", "claims": [
            {"id": "visits-2019", "topic": "visits", "subject": "visits to the Tolland museums in 2019/20", "figure": "50,000", "value": 50000, "unit": "count", "period": "2019/20", "passage": fell},
            {"id": "visits-2023", "topic": "visits", "subject": "visits to the Tolland museums in 2023/24", "figure": "40,000", "value": 40000, "unit": "count", "period": "2023/24", "passage": fell},
        ]},
    ])
    # 40,000 is 2023/24's, not a count over 2019/20 to 2023/24.
    assert figure_verdict(tolland, fell, "40,000") is Verdict.SUPPORTED
    assert figure_verdict(tolland, fell.replace("to 40,000", "to 45,000"), "45,000") is Verdict.CONFLICTING


def test_a_difference_from_another_figure_is_matched_as_one_not_as_a_rise(tmp_path):
    over = "The Pell Bridge repairs will now cost £4.4m, £600,000 more than the £3.8m budget."
    bridge = _documents_checker(tmp_path / "bridge", [
        {"id": "report", "publisher": "unknown", "text": over + "\n", "claims": [
            {"id": "cost", "topic": "cost", "subject": "cost of the Pell Bridge repairs", "figure": "£4.4m", "value": 4400000, "unit": "GBP", "passage": over},
            {"id": "over", "topic": "over", "subject": "Pell Bridge repair cost over budget", "figure": "£600,000", "value": 600000, "unit": "GBP", "passage": over},
            {"id": "budget", "topic": "budget", "subject": "budget for the Pell Bridge repairs", "figure": "£3.8m", "value": 3800000, "unit": "GBP", "passage": over},
        ]},
    ])
    assert verdict(bridge, over) is Verdict.SUPPORTED
    assert figure_verdict(bridge, "The Pell Bridge repairs will cost £900,000 more than the budget.", "£900,000") is Verdict.CONFLICTING
    # A rise over time is another change than a difference from the budget.
    assert figure_verdict(bridge, "The cost of the Pell Bridge repairs has risen by £600,000.", "£600,000") is Verdict.UNVERIFIED


def test_a_given_name_before_a_surname_the_documents_write_is_no_foreign_name(tmp_path):
    tested = "Ms Pellow said the audit had tested 40 grant files."
    audit = _documents_checker(tmp_path / "audit", [
        {"id": "minutes", "publisher": "unknown", "text": tested + "\n", "claims": [
            {"id": "files", "subject": "grant files tested by the audit", "figure": "40", "value": 40, "unit": "count", "passage": tested},
        ]},
    ])
    # The documents call her "Ms Pellow"; her given name is no other body or place.
    assert verdict(audit, "The audit led by Maren Pellow tested 40 grant files.") is Verdict.SUPPORTED
    # A name the documents never give anyone still is someone else's.
    assert verdict(audit, "The audit led by Maren Ostrowe tested 40 grant files.") is Verdict.UNVERIFIED


def test_a_later_level_whose_own_clause_names_what_it_counts_keeps_it(tmp_path):
    both = "Swims at the Orrin baths fell from 90,000 to 70,000, while gym visits had risen to 52,000 in 2024/25."
    orrin = _documents_checker(tmp_path / "orrin", [
        {"id": "review", "publisher": "unknown", "text": both + "\n", "claims": [
            {"id": "swims-before", "topic": "swims", "subject": "swims at the Orrin baths before", "figure": "90,000", "value": 90000, "unit": "count", "passage": both},
            {"id": "swims-after", "topic": "swims", "subject": "swims at the Orrin baths after", "figure": "70,000", "value": 70000, "unit": "count", "passage": both},
            {"id": "gym", "topic": "gym", "subject": "gym visits at the Orrin baths in 2024/25", "figure": "52,000", "value": 52000, "unit": "count", "period": "2024/25", "passage": both},
        ]},
    ])
    # "gym visits had risen to 52,000" counts gym visits, not the swims before it.
    assert figure_verdict(orrin, both, "52,000") is Verdict.SUPPORTED
    assert figure_verdict(orrin, both.replace("52,000", "58,000"), "58,000") is Verdict.CONFLICTING


def test_the_place_named_by_its_kind_says_nothing_of_the_measure(tmp_path):
    wall = "The Hessle Point sea wall protects 640 homes from tidal flooding."
    shore = "The town's promenade has 40 benches."
    hessle = _documents_checker(tmp_path / "hessle", [
        {"id": "report", "publisher": "unknown", "text": f"{wall} {shore}\n", "claims": [
            {"id": "homes", "subject": "homes the Hessle Point sea wall protects", "figure": "640", "value": 640, "unit": "count", "passage": wall},
            {"id": "benches", "subject": "benches on the Hessle Point promenade", "figure": "40", "value": 40, "unit": "count", "passage": shore},
        ]},
    ])
    # "the town's" is where the documents are, not another measure.
    assert verdict(hessle, "The town's ageing sea wall shields 640 homes from the tide.") is Verdict.SUPPORTED
    assert verdict(hessle, "The town's ageing sea wall shields 900 homes from the tide.") is Verdict.CONFLICTING


def test_an_aside_on_when_a_thing_was_built_is_not_what_its_figure_measures(tmp_path):
    wall = "The Hessle Point sea wall protects 640 homes from tidal flooding."
    built = "The wall was completed in 1956 and runs the length of the seafront."
    hessle = _documents_checker(tmp_path / "hessle", [
        {"id": "report", "publisher": "unknown", "text": f"{wall} {built}\n", "claims": [
            {"id": "homes", "subject": "homes the Hessle Point sea wall protects", "figure": "640", "value": 640, "unit": "count", "passage": wall},
            {"id": "completed", "subject": "completion of the Hessle Point sea wall", "figure": "1956", "value": "1956", "unit": "date", "passage": built},
        ]},
    ])
    claim = "The ageing sea wall, finished in 1956, shields 640 homes from the tide."
    assert figure_verdict(hessle, claim, "640") is Verdict.SUPPORTED


def test_a_deadline_after_not_is_set_not_denied(tmp_path):
    deadline = "If the match funding is not secured by 30 June 2026, the grant for the Ambry Quay repairs may be withdrawn."
    ambry = _documents_checker(tmp_path / "ambry", [
        {"id": "letter", "publisher": "unknown", "text": deadline + "\n", "claims": [
            {"id": "deadline", "subject": "deadline for securing match funding for the Ambry Quay repairs", "figure": "30 June 2026", "value": "2026-06-30", "unit": "date", "passage": deadline},
        ]},
    ])
    assert verdict(ambry, deadline) is Verdict.SUPPORTED
    assert verdict(ambry, "The match funding for the Ambry Quay repairs must be secured not later than 30 June 2026.") is not Verdict.CONFLICTING
    assert verdict(ambry, deadline.replace("30 June", "31 July")) is Verdict.CONFLICTING
    # A date itself denied still is.
    assert verdict(ambry, "The deadline for securing match funding for the Ambry Quay repairs is not 30 June 2026.") is Verdict.CONFLICTING


def test_a_thing_called_by_another_number_is_not_the_documents(tmp_path):
    text = "The Tollen Ferry's Band 1 crossings took 12 minutes on average; Band 2 crossings took 40 minutes."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": text + "\n", "claims": [
            {"id": "band-1", "subject": "average Tollen Ferry crossing time in Band 1", "figure": "12 minutes", "value": 12, "unit": "minutes", "passage": text},
            {"id": "band-2", "subject": "average Tollen Ferry crossing time in Band 2", "figure": "40 minutes", "value": 40, "unit": "minutes", "passage": text},
        ]},
    ])
    assert verdict(tollen, "Band 2 crossings on the Tollen Ferry took 40 minutes on average.") is Verdict.SUPPORTED
    # Named in an aside the figure's words leave out, the band is still the sentence's.
    assert verdict(tollen, "The slowest crossings, those in Band 3 on the Tollen Ferry, took 12 minutes on average.") is not Verdict.SUPPORTED
    # Band 3's figure is not Band 1's to contradict, however alike the words.
    result = tollen.check("Band 3 crossings on the Tollen Ferry took 55 minutes on average.")
    assert result.verdict is Verdict.UNVERIFIED and "'Band 3'" in result.reason, result.reason


def test_a_document_s_publisher_saying_it_does_not_own_the_figure(tmp_path):
    passage = "The Tollen Ferry carried 41,200 passengers in 2024, the council's figures show."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "story", "publisher": "The Harbour Gazette", "text": passage + "\n", "claims": [
            {"id": "passengers", "subject": "passengers carried by the Tollen Ferry in 2024", "figure": "41,200", "value": 41200, "unit": "count", "passage": passage},
        ]},
    ])
    said = "The Gazette's correction made clear that the Tollen Ferry had not carried 50,000 passengers in 2024; the council's figure was 41,200."
    (carried,) = [fc for fc in tollen.check(said).figures if fc.figure.text == "41,200"]
    assert carried.verdict is Verdict.SUPPORTED, carried.reason
    # Its own thing is still its own: the publisher's name on a ferry is another's.
    owned = tollen.check("The Gazette's ferry carried 41,200 passengers in 2024.")
    assert owned.verdict is not Verdict.SUPPORTED, owned.reason


def test_a_name_with_an_accent_names_its_thing_and_people_count_patients(tmp_path):
    cafe = "The Tollen Quay Café has welcomed 2,300 visitors since it opened."
    ward = "Ward 9 has cared for 640 patients."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": f"{cafe}\n{ward}\n", "claims": [
            {"id": "cafe", "subject": "visitors to the Tollen Quay Café since it opened", "figure": "2,300", "value": 2300, "unit": "count", "passage": cafe},
            {"id": "ward", "subject": "patients cared for on Ward 9", "figure": "640", "value": 640, "unit": "count", "passage": ward},
        ]},
    ])
    assert verdict(tollen, "The Tollen Quay Café has welcomed 2,300 visitors since it opened.") is Verdict.SUPPORTED
    # The café named is not the ward the count's words match.
    assert verdict(tollen, "The Tollen Quay Café has cared for 640 patients.") is Verdict.UNVERIFIED
    # Patients "on its books" are registered with it: an idiom, not what they are for.
    assert verdict(tollen, "Ward 9 has 640 patients on its books.") is not Verdict.UNVERIFIED
    # "people" counts whoever the documents count: patients too.
    assert verdict(tollen, "Ward 9 has cared for 640 people.") is Verdict.SUPPORTED
    assert verdict(tollen, "Ward 9 has cared for fewer than 600 people.") is Verdict.CONFLICTING


def test_a_date_something_took_place_on_is_the_date_of_it(tmp_path):
    passage = "The longest crossing of the year, on 2 January 2024, lasted more than 3 hours."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": passage + "\n", "claims": [
            {"id": "longest", "topic": "longest-crossing", "subject": "longest Tollen Ferry crossing of the year", "figure": "more than 3 hours", "value": 3, "unit": "hours", "qualifier": "more_than", "passage": passage},
            {"id": "longest-date", "topic": "longest-crossing", "subject": "date of the longest Tollen Ferry crossing of the year", "figure": "2 January 2024", "value": "2024-01-02", "unit": "date", "passage": passage},
        ]},
    ])
    said = "The longest Tollen Ferry crossing of the year, lasting more than 3 hours, took place on {}."
    assert verdict(tollen, said.format("2 January 2024")) is Verdict.SUPPORTED
    # Beside the documented length, another day is not when the claim holds: it is when it happened.
    assert verdict(tollen, said.format("4 March 2024")) is Verdict.CONFLICTING



def test_a_date_something_ended_on_is_the_date_of_its_end(tmp_path):
    passage = "The ferry strike ended on 2 May 2025, when the operator agreed to restore 40 sailings."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": passage + "\n", "claims": [
            {"id": "end", "subject": "date the Tollen ferry strike ended", "figure": "2 May 2025", "value": "2025-05-02", "unit": "date", "passage": passage},
            {"id": "sailings", "subject": "sailings the operator agreed to restore to end the Tollen ferry strike", "figure": "40", "value": 40, "unit": "count", "passage": passage},
        ]},
    ])
    assert verdict(tollen, "The Tollen ferry strike ended on 13 January 2025, when the operator agreed to restore 40 sailings.") is Verdict.CONFLICTING


def test_a_set_named_by_its_size_as_the_documents_name_it_is_not_a_count(tmp_path):
    passage = "Across the two piers, 5,420 passengers waited more than an hour for a ferry."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": passage + "\n", "claims": [
            {"id": "waits", "subject": "passengers who waited more than an hour for a ferry at the two piers", "figure": "5,420", "value": 5420, "unit": "count", "passage": passage},
        ]},
    ])
    said = tollen.check("At the two piers, 5,420 passengers waited more than an hour for a ferry, the council said.")
    assert said.verdict is Verdict.SUPPORTED and "two read as part of what is counted or named" in said.reason, said.reason
    # ... and where the set comes after the figure it names, with "all".
    after = tollen.check("The ferries left 5,420 passengers waiting more than an hour at all two piers.")
    assert "two read as part of what is counted or named" in after.reason, after.reason
    # Not a size the documents do not give it: that is a count, and unverified.
    assert tollen.check("At the three piers, 5,420 passengers waited more than an hour for a ferry, the council said.").verdict is not Verdict.SUPPORTED


def test_a_sayer_who_is_the_actor_and_names_another_thing_does_not_own_its_figure(tmp_path):
    pantry = "The Quay Pantry has handed out 9,400 food parcels since September."
    network = "The Tollen Food Network coordinates the town's 11 food banks."
    spend = "Tollen Borough Council spent £1.2m repairing the Quay Bridge."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": f"{pantry}\n{network}\n{spend}\n", "claims": [
            {"id": "parcels", "subject": "food parcels handed out by the Quay Pantry since September", "figure": "9,400", "value": 9400, "unit": "count", "passage": pantry},
            {"id": "banks", "subject": "food banks coordinated by the Tollen Food Network", "aliases": ["Tollen Food Network"], "figure": "11", "value": 11, "unit": "count", "passage": network},
            {"id": "council", "subject": "Tollen Borough Council spending on the town's youth clubs", "aliases": ["Tollen Borough Council"], "figure": "£1.2m", "value": 1200000, "unit": "GBP", "passage": spend},
            {"id": "bridge", "subject": "spend on repairing the Quay Bridge", "figure": "£1.2m", "value": 1200000, "unit": "GBP", "passage": spend},
        ]},
    ])
    assert verdict(tollen, "The Quay Pantry says it has handed out 9,400 food parcels since September.") is Verdict.SUPPORTED
    # "it" is the sayer, and the sayer is another documented thing.
    assert verdict(tollen, "The Tollen Food Network says it has handed out 9,400 food parcels since September.") is Verdict.UNVERIFIED
    # A body acts for all its things: it may say what it spent on one.
    assert verdict(tollen, "Tollen Borough Council said it had spent £1.2m repairing the Quay Bridge.") is not Verdict.UNVERIFIED


def test_a_year_s_figure_is_not_contradicted_by_one_month_s(tmp_path):
    year = "The average Tollen Ferry crossing took 41 minutes in 2023/24."
    month = "In March 2024 it was 33 minutes, the best month of the year."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": f"{year}\n{month}\n", "claims": [
            {"id": "year", "topic": "crossing", "subject": "average Tollen Ferry crossing time", "figure": "41 minutes", "value": 41, "unit": "minutes", "period": "in 2023/24", "passage": year},
            {"id": "march", "topic": "crossing", "subject": "average Tollen Ferry crossing time in March 2024", "figure": "33 minutes", "value": 33, "unit": "minutes", "as_of": "2024-03", "passage": month},
        ]},
    ])
    assert verdict(tollen, "The average Tollen Ferry crossing took 41 minutes in 2023/24, the operator said.") is Verdict.SUPPORTED
    assert verdict(tollen, "In March 2024 the average Tollen Ferry crossing took 33 minutes.") is Verdict.SUPPORTED


def test_hours_at_a_rate_are_compared_at_it(tmp_path):
    passage = "Crews on the Tollen Ferry lose about 40 hours every day waiting at the quay."
    tollen = _documents_checker(tmp_path / "tollen", [
        {"id": "report", "publisher": "unknown", "text": passage + "\n", "claims": [
            {"id": "hours", "subject": "hours Tollen Ferry crews lose waiting at the quay each day", "figure": "about 40 hours", "value": 40, "unit": "hours",
             "qualifier": "approx", "period": "per day", "passage": passage},
        ]},
    ])
    assert verdict(tollen, passage) is Verdict.SUPPORTED
    # Its own "every day" left off, or said as a week's: the same figure.
    assert verdict(tollen, "Tollen Ferry crews lose about 40 hours waiting at the quay.") is Verdict.SUPPORTED
    assert verdict(tollen, "Tollen Ferry crews lose about 280 hours a week waiting at the quay.") is Verdict.SUPPORTED
    # A day's hours said of a week are never its support; as with a count at
    # another rate, another measure rather than a wrong one.
    assert verdict(tollen, "Tollen Ferry crews lose about 40 hours a week waiting at the quay.") is Verdict.UNVERIFIED


def test_a_figure_said_in_place_of_a_denied_one_takes_its_units_and_a_denied_bound_is_denied(tmp_path):
    age = "The two Selby Fen pumps are 38 years old."
    queued = "Stall owners at the Selby Fen market numbered 52 on the opening day."
    selby = _documents_checker(tmp_path / "selby", [
        {"id": "report", "publisher": "unknown", "text": f"{age} {queued}\n", "claims": [
            {"id": "age", "subject": "age of the Selby Fen pumps", "figure": "38 years", "value": 38, "unit": "years", "passage": age},
            {"id": "pumps", "subject": "pumps at Selby Fen", "figure": "two", "value": 2, "unit": "count", "passage": age},
            {"id": "stalls", "subject": "stall owners at the Selby Fen market on the opening day", "figure": "52", "value": 52, "unit": "count", "passage": queued},
        ]},
    ])
    # "but 38" is 38 years, the pumps' age, not a count of pumps.
    assert figure_verdict(selby, "The Selby Fen pumps are not 30 years old but 38.", "38") is Verdict.SUPPORTED
    assert figure_verdict(selby, "The Selby Fen pumps are not 38 years old but 45.", "45") is Verdict.CONFLICTING
    # "not more than 60 ... but 52": the bound is what is denied; 52 is said instead.
    denied = "Stall owners at the Selby Fen market on the opening day were not more than 60 but 52."
    assert figure_verdict(selby, denied, "60") is Verdict.UNVERIFIED
    assert figure_verdict(selby, denied, "52") is Verdict.SUPPORTED
    # Without "but" and a figure, "not more than 60" is the bound itself.
    assert figure_verdict(selby, "Stall owners at the Selby Fen market on the opening day were not more than 60.", "60") is Verdict.SUPPORTED


def test_money_for_one_stage_of_work_is_not_the_documents_figure_for_another(tmp_path):
    share = "Once the drawings are approved, the Board will pay 40 per cent of the cost of replacing the Tolley Brook culvert, up to £600,000."
    tolley = _documents_checker(tmp_path / "tolley", [
        {"id": "letter", "publisher": "unknown", "text": share + "\n", "claims": [
            {"id": "share", "subject": "share of the cost of replacing the Tolley Brook culvert the Board will pay", "figure": "40 per cent", "value": 40, "unit": "percent", "passage": share},
            {"id": "cap", "subject": "most the Board will pay towards replacing the Tolley Brook culvert", "figure": "£600,000", "value": 600000, "unit": "GBP", "qualifier": "up_to", "passage": share},
        ]},
    ])
    assert verdict(tolley, share) is Verdict.SUPPORTED
    surveying = "The Board will pay 40 per cent of the cost of surveying the Tolley Brook culvert, up to £600,000."
    assert figure_verdict(tolley, surveying, "40 per cent") is Verdict.UNVERIFIED
    assert figure_verdict(tolley, surveying, "£600,000") is Verdict.UNVERIFIED
    # Another sum for another stage is no conflict with the replacement's cap.
    assert verdict(tolley, "The Board has set aside £250,000 for design work on the Tolley Brook culvert.") is Verdict.UNVERIFIED
    assert verdict(tolley, "The Board will pay up to £900,000 towards replacing the Tolley Brook culvert.") is Verdict.CONFLICTING


def test_a_documented_projection_is_not_contradicted_by_what_happened(tmp_path):
    lost = "The shoreline plan expects 40 homes at Wexby Sands to be lost to erosion by 2050."
    wexby = _documents_checker(tmp_path / "wexby", [
        {"id": "plan", "publisher": "unknown", "text": lost + "\n", "claims": [
            {"id": "lost", "subject": "homes at Wexby Sands expected to be lost to erosion by 2050", "figure": "40", "value": 40, "unit": "count", "passage": lost},
        ]},
    ])
    # The storm's count is another measure than the plan's projection.
    assert verdict(wexby, "Sea water got into 55 homes at Wexby Sands during the storm.") is Verdict.UNVERIFIED
    # Said as a projection too, it is the documents' measure.
    assert verdict(wexby, "55 homes at Wexby Sands are expected to be lost to erosion by 2050.") is Verdict.CONFLICTING
    assert verdict(wexby, "40 homes at Wexby Sands are expected to be lost to erosion by 2050.") is Verdict.SUPPORTED


def test_a_bound_said_never_to_be_passed_is_refuted_by_one_figure_past_it(tmp_path):
    peak = "At 9pm the Harle Hall shelter held 120 people; the last 30 left at dawn."
    harle = _documents_checker(tmp_path / "harle", [
        {"id": "blog", "publisher": "unknown", "text": peak + "\n", "claims": [
            {"id": "peak", "topic": "shelter", "subject": "people in the Harle Hall shelter at 9pm", "figure": "120", "value": 120, "unit": "count", "passage": peak},
            {"id": "last", "topic": "shelter", "subject": "people in the Harle Hall shelter at dawn", "figure": "30", "value": 30, "unit": "count", "passage": peak},
        ]},
    ])
    # The 30 at dawn cannot show that it never held more than 80; the 120 at 9pm shows it did.
    assert verdict(harle, "The Harle Hall shelter never held more than 80 people that night.") is Verdict.CONFLICTING
    assert verdict(harle, "The Harle Hall shelter never held more than 150 people that night.") is Verdict.SUPPORTED


def test_where_a_report_said_it_is_part_of_the_attribution(tmp_path):
    left = "When the Dunmore rest centre closed, the last 35 people went home."
    dunmore = _documents_checker(tmp_path / "dunmore", [
        {"id": "blog", "publisher": "Dunmore Courier", "text": left + "\n", "claims": [
            {"id": "last", "subject": "last people to leave the Dunmore rest centre when it closed", "figure": "35", "value": 35, "unit": "count", "passage": left},
        ]},
    ])
    said = "The Harbour Gazette's live blog reported in its final update that the Dunmore rest centre had closed, with the last {} people going home."
    assert verdict(dunmore, said.format(35)) is Verdict.SUPPORTED
    assert verdict(dunmore, said.format(45)) is Verdict.CONFLICTING
    assert verdict(dunmore, "A council officer said at the meeting that the Dunmore rest centre had closed, with the last 45 people going home.") is Verdict.CONFLICTING


def test_an_idiom_of_opening_dates_the_opening(tmp_path):
    opened = "The Copperfield Lido reopened on 3 May 2025 after a two-year restoration."
    lido = _documents_checker(tmp_path / "lido", [
        {"id": "notice", "publisher": "unknown", "text": opened + "\n", "claims": [
            {"id": "opening", "subject": "opening of the Copperfield Lido", "figure": "3 May 2025", "value": "2025-05-03", "unit": "date", "passage": opened},
        ]},
    ])
    # "its doors" is no object the documents date: the idiom is the opening.
    assert verdict(lido, "The Copperfield Lido opened its doors on 3 May 2025.") is Verdict.SUPPORTED
    assert verdict(lido, "The Copperfield Lido opened its doors in June 2025.") is Verdict.CONFLICTING


def test_a_documented_figure_more_than_a_year_ago_is_a_rise(tmp_path):
    rise = "Take-up of the Brindle free swim pass reached 64 per cent, nine percentage points more than a year ago."
    brindle = _documents_checker(tmp_path / "brindle", [
        {"id": "news", "publisher": "unknown", "text": rise + "\n", "claims": [
            {"id": "level", "subject": "take-up of the Brindle free swim pass", "figure": "64 per cent", "value": 64, "unit": "percent", "passage": rise},
            {"id": "rise", "subject": "rise in take-up of the Brindle free swim pass over a year", "figure": "nine percentage points", "value": 9, "unit": "percentage points", "passage": rise},
        ]},
    ])
    assert verdict(brindle, "Take-up of the Brindle free swim pass has risen by nine percentage points in a year.") is Verdict.SUPPORTED
    assert verdict(brindle, "Take-up of the Brindle free swim pass has risen by five percentage points in a year.") is Verdict.CONFLICTING
    # A fall is not the documents' rise.
    assert verdict(brindle, "Take-up of the Brindle free swim pass has fallen by nine percentage points in a year.") is Verdict.UNVERIFIED


def test_a_count_taken_from_the_passage_beside_can_agree_but_not_contradict(tmp_path, checker):
    clubs = "The Brackley breakfast club now runs in 12 schools."
    tutoring = "The Brackley tutoring scheme has reached 800 pupils since September."
    brackley = _documents_checker(tmp_path / "brackley", [
        {"id": "report", "publisher": "unknown", "text": f"{clubs} {tutoring}\n", "claims": [
            {"id": "clubs", "subject": "schools running the Brackley breakfast club", "figure": "12", "value": 12, "unit": "count", "passage": clubs},
            {"id": "tutoring", "subject": "pupils reached by the Brackley tutoring scheme", "figure": "800", "value": 800, "unit": "count", "passage": tutoring},
        ]},
    ])
    # The words are the breakfast club's; the pupils are counted beside them, for tutoring.
    assert verdict(brackley, "The trust says 300 of its pupils went to the Brackley breakfast club over the summer.") is not Verdict.CONFLICTING
    # With a figure of the first passage beside it, the two passages run together, and the count is the next one's.
    assert figure_verdict(checker, "The Mayor boasts of 43 anti-knife crime projects in 21 boroughs.", "21") is Verdict.CONFLICTING


def test_a_document_reference_in_an_aside_is_not_what_the_figure_measures():
    # Corpus 14 (read from the twelfth round): the regulator's letter gives the council 28 days.
    kelloway = _invented_checker("other_corpus_14")
    said = "The Authority's letter, reference ES/FCRM/KFS/0412, gives the council {} days to accept its conditions."
    assert verdict(kelloway, said.format(28)) is Verdict.SUPPORTED
    assert verdict(kelloway, said.format(21)) is Verdict.CONFLICTING


def test_a_negated_clause_does_not_deny_the_figure_naming_its_object(checker):
    # "did not cut" denies the cutting; "the £45m Young Londoners Fund" is the documents' fund.
    assert figure_verdict(checker, "The Mayor did not cut the £45m Young Londoners Fund.", "£45m") is Verdict.SUPPORTED
    assert figure_verdict(checker, "The Young Londoners Fund is not worth £45m.", "£45m") is Verdict.CONFLICTING


def test_a_part_of_another_group_is_not_the_documented_part(checker):
    # The documents: "six of 10 boroughs with the highest increases in unemployment".
    said = "Six of the {} boroughs with the highest increases in unemployment are in the top 10 for serious violence."
    assert figure_verdict(checker, said.format(10), "Six of the 10") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format(100), "Six of the 100") is not Verdict.SUPPORTED


def test_a_documented_change_denied_is_contradicted(tallowford):
    fell = "reports of anti-social behaviour in the town centre fell by 22% in the patrol's first six months."
    assert figure_verdict(tallowford, fell[0].upper() + fell[1:], "22%") is Verdict.SUPPORTED
    assert figure_verdict(tallowford, "It is false that " + fell, "22%") is Verdict.CONFLICTING


@pytest.fixture(scope="module")
def bellmoor(tmp_path_factory) -> Checker:
    """An invented flood defence: the homes its wall protects, and another
    measure of homes beside it; a trust's youth mentors funded twice over."""
    wall = "The Bellmoor flood wall protects 1,140 homes from tidal flooding."
    band = "The agency's own assessment credits the scheme with moving 1,090 homes out of the highest risk band."
    invest = "The Quarry Trust is investing £1.4 million to continue to provide youth mentors in Bellmoor's secondary schools."
    allocated = "The Quarry Trust has allocated £1.5m to mentors in schools over the last three years."
    return Checker(load_corpus(_documents_corpus(tmp_path_factory.mktemp("bellmoor"), [
        {"id": "wall-report", "publisher": "Bellmoor Council", "text": f"{wall}\n{band}\n{invest}\n{allocated}\n", "claims": [
            {"id": "wall-homes", "subject": "homes the Bellmoor flood wall protects from tidal flooding", "figure": "1,140", "value": 1140, "unit": "count", "passage": wall},
            {"id": "band-homes", "subject": "homes the agency credits the scheme with moving out of the highest risk band", "figure": "1,090", "value": 1090,
             "unit": "count", "passage": band},
            {"id": "mentors-invest", "topic": "mentors", "subject": "Quarry Trust investment in youth mentors in Bellmoor's secondary schools", "figure": "£1.4 million",
             "value": 1400000, "unit": "GBP", "passage": invest},
            {"id": "mentors-allocated", "topic": "mentors", "subject": "Quarry Trust money allocated to mentors in schools over the last three years", "figure": "£1.5m",
             "value": 1500000, "unit": "GBP", "period": "over the last three years", "passage": allocated},
        ]},
    ])))


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A strict bound on the figure the documents give for the thing is not
        # that figure, whatever larger or smaller one they give beside it.
        ("The Bellmoor flood wall protects fewer than 1,140 homes from tidal flooding.", Verdict.UNVERIFIED),
        ("The Quarry Trust is investing more than £1.4 million in youth mentors in Bellmoor's secondary schools.", Verdict.UNVERIFIED),
        # A bound the documents' figure is inside agrees.
        ("The Bellmoor flood wall protects fewer than 1,200 homes from tidal flooding.", Verdict.SUPPORTED),
        ("The Quarry Trust is investing more than £1.3 million in youth mentors in Bellmoor's secondary schools.", Verdict.SUPPORTED),
    ],
)
def test_a_strict_bound_on_the_documents_own_figure_is_not_supported(bellmoor, claim, expected):
    assert_verdict(bellmoor, claim, expected)
    if expected is Verdict.UNVERIFIED:
        assert re.search(r"the documents give [£\d.,]+(?: million)? for .+, not (?:fewer|less|more) than it\.$", bellmoor.check(claim).reason)


def test_a_strict_bound_on_one_topic_s_figure_is_not_supported_by_another_s(tallowford):
    # The hub cost £1.8 million, the county's part of it £1.2 million: "less
    # than £1.8 million" is true of the county's part, but not what it speaks of.
    claim = "The hub cost less than £1.8 million to build, of which the county council contributed £1.2 million."
    assert figure_verdict(tallowford, claim, "£1.8 million") is Verdict.UNVERIFIED


def test_a_strict_bound_is_weighed_by_the_words_where_scores_tie():
    # Corpus 14: the sea wall's topic also holds the 1,090 homes moved out of
    # the highest risk band. The sentence says what the 1,140 are, not those.
    kelloway = _invented_checker("other_corpus_14")
    assert figure_verdict(kelloway, "It protects fewer than 1,140 homes and 212 businesses from tidal flooding.", "1,140") is Verdict.UNVERIFIED
    # Corpus 11: the fund's £1.5m is the council's part, and no word of the
    # sentence says so; the fund's £1.8m, which "more than £1.5m" is true of, matches as well.
    wrenfield = _invented_checker("other_corpus_11")
    assert figure_verdict(wrenfield, "The Kindling Fund has now handed out more than £1.5m since it opened in May 2022.", "£1.5m") is Verdict.SUPPORTED


@pytest.fixture(scope="module")
def frostline(tmp_path_factory) -> Checker:
    """An invented winter operation and youth hub."""
    operation = "Police made 420 arrests during Frostline Nights in January, taking 96 weapons off Dunmere's streets."
    hub = "The Harbour Youth Hub opened to young people on 14 March 2024."
    return Checker(load_corpus(_documents_corpus(tmp_path_factory.mktemp("frostline"), [
        {"id": "dunmere-police", "publisher": "Dunmere Police", "text": f"{operation}\n{hub}\n", "claims": [
            {"id": "arrests", "subject": "arrests during Frostline Nights", "figure": "420", "value": 420, "unit": "count", "passage": operation},
            {"id": "weapons", "subject": "weapons taken off Dunmere's streets during Frostline Nights", "figure": "96", "value": 96, "unit": "count", "passage": operation},
            {"id": "hub-opened", "subject": "opening of the Harbour Youth Hub to young people", "figure": "14 March 2024", "value": "'2024-03-14'", "unit": "date",
             "aliases": ["Harbour Youth Hub"], "passage": hub},
        ]},
    ])))


@pytest.mark.parametrize(
    ("claim", "figure", "named", "expected"),
    [
        # The weapons' own words match the documented ones; the sentence says whose they were.
        ("Police made 420 arrests during {} in January, taking 96 weapons off Dunmere's streets.", "96", "Frostline Nights", Verdict.SUPPORTED),
        ("Police made 420 arrests during {} in January, taking 96 weapons off Dunmere's streets.", "96", "Corvell Nights", Verdict.UNVERIFIED),
        # "the hub" is the one the sentence has just named.
        ("Building work on the {} finished in February 2024, and the hub opened to young people on 14 March 2024.", "14 March 2024", "Harbour Youth Hub", Verdict.SUPPORTED),
        ("Building work on the {} finished in February 2024, and the hub opened to young people on 14 March 2024.", "14 March 2024", "Corvell Hub", Verdict.UNVERIFIED),
        # A place merely shares no head with the operation's name.
        ("Police made 420 arrests during Frostline Nights in January, taking 96 weapons off {}'s streets.", "96", "Dunmere", Verdict.SUPPORTED),
    ],
)
def test_a_name_the_sentence_swaps_in_elsewhere_says_whose_the_figure_is(frostline, claim, figure, named, expected):
    said = claim.format(named)
    assert figure_verdict(frostline, said, figure) is expected
    if expected is Verdict.UNVERIFIED:
        assert f"names {named!r} where the documents name" in frostline.check(said).reason


def test_another_documented_thing_named_in_the_sentence_is_no_swap(checker):
    # Both funds are documented things: the Young Londoners Fund beside the
    # seed fund is not the seed fund misnamed.
    said = "Alongside the £45m Young Londoners Fund, the Mayor has a £250,000 knife crime community seed fund."
    assert figure_verdict(checker, said, "£250,000") is not Verdict.UNVERIFIED
    # A place that shares a word (or nearly: "Hale", "Hall") with a documented name is not a name of its kind.
    said = "At a youth club in Tottenham Hale, Khan cited City Hall analysis: six of the 10 boroughs with the biggest rises in unemployment during the pandemic are in the top 10 for serious violence."
    assert figure_verdict(checker, said, "10") is Verdict.SUPPORTED


def test_a_forecast_said_as_the_documents_forecast_it_is_the_claims_verdict():
    # Corpus 14: the cabinet report expects Option C to avoid £144m of damage.
    kelloway = _invented_checker("other_corpus_14")
    assert kelloway.check("Option C is expected to avoid £144m of flood damage over the appraisal period.").verdict is Verdict.SUPPORTED
    # Another figure, forecast where theirs is, is a forecast against theirs.
    assert kelloway.check("Option C is expected to avoid £200m of flood damage over the appraisal period.").verdict is Verdict.CONFLICTING


def test_a_strict_bound_on_one_of_two_figures_given_alike_is_mixed(tmp_path):
    # Two papers give the scheme's mentors as 45 and 52, in the same words:
    # "more than 45" is true of the one and leaves out the other.
    june = "The Ashby Lantern scheme has 45 volunteer mentors."
    november = "After a recruitment drive, the Ashby Lantern scheme has 52 volunteer mentors."
    checker = Checker(load_corpus(_documents_corpus(tmp_path, [
        {"id": "june-paper", "publisher": "Ashby Post", "text": june + "\n", "claims": [
            {"id": "mentors-june", "topic": "mentors", "subject": "volunteer mentors of the Ashby Lantern scheme", "figure": "45", "value": 45, "unit": "count", "passage": june},
        ]},
        {"id": "november-paper", "publisher": "Ashby Courier", "text": november + "\n", "claims": [
            {"id": "mentors-november", "topic": "mentors", "subject": "volunteer mentors of the Ashby Lantern scheme", "figure": "52", "value": 52, "unit": "count",
             "passage": november},
        ]},
    ])))
    result = checker.check("The Ashby Lantern scheme has more than 45 volunteer mentors.")
    assert result.verdict is Verdict.MIXED, result.reason
    assert "but the documents also give 45" in result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A report's or an official's finding is who says it, not what the figure counts.
        ("In a review published last year, the Home Affairs Committee's chair, a Labour MP, found that the Violent Crime Taskforce had recovered 910 knives by the end of May 2019.", Verdict.SUPPORTED),
        ("In a review published last year, the Home Affairs Committee's chair, a Labour MP, concluded that the Violent Crime Taskforce had recovered 950 knives by the end of May 2019.", Verdict.CONFLICTING),
    ],
)
def test_what_a_report_found_is_attributed_to_it(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Reported in the present tense, as features write it: who argues is not what
        # the figure measures, though their words name another documented thing.
        ("Patients' groups that oppose the new parking tariff point out that the trust took £2.94m from car parking in 2023/24.", Verdict.SUPPORTED),
        ("Patients' groups that oppose the new parking tariff argue that the trust took £3.1m from car parking in 2023/24.", Verdict.CONFLICTING),
    ],
)
def test_what_campaigners_argue_is_attributed_to_them(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


def test_a_year_an_amount_was_taken_over_is_not_an_event_inside_it(brackenmoor):
    # The board approved the parking charges in February 2024, inside 2023/24; the
    # sentence dates the income, not the approval.
    result = brackenmoor.check("The trust took £2.94m from car parking in 2023/24.")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert [f.figure.text for f in result.figures] == ["£2.94m"], result.reason
    assert "2023/24 read as when the claim holds" in result.reason


@pytest.mark.parametrize(
    ("claim", "checked"),
    [
        # The year a plan's name gives is part of the name ...
        ("Under its 2023/24 Car Parking Plan, the trust reviewed the new parking charges.", []),
        # ... where the same year said of the approval is checked, and holds its February 2024.
        ("The new parking charges were approved by the board in 2023/24.", ["2023/24"]),
    ],
)
def test_a_year_in_a_plan_s_name_is_not_checked_as_a_moment_inside_it(brackenmoor, claim, checked):
    result = brackenmoor.check(claim)
    assert [f.figure.text for f in result.figures if f.verdict is Verdict.SUPPORTED] == checked, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A figure that opens its sentence, its noun phrase naming another programme as who acted.
        ("87% of young people mentored by Stepping Stones felt safer getting home.", Verdict.UNVERIFIED),
        ("A survey found that 87% of young people mentored by Stepping Stones felt safer getting home.", Verdict.UNVERIFIED),
        ("87% of Nightlink riders surveyed felt safer getting home.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_opening_its_sentence_is_not_another_programme_s(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # An amount written before a noun that names one documented thing is that thing's,
        # not the thing the sentence names in full as paying for it.
        ("The £1.8m hub was funded by the Youth Opportunities Fund.", Verdict.SUPPORTED),
        ("The £1.9m hub was funded by the Youth Opportunities Fund.", Verdict.CONFLICTING),
        ("The £1.8m hub was not paid for by the Youth Opportunities Fund.", Verdict.SUPPORTED),
    ],
)
def test_an_amount_is_the_thing_s_it_is_written_before(tallowford, claim, expected):
    result = tallowford.check(claim)
    assert result.verdict is expected, result.reason
    assert "Riverside Youth Hub" in result.figures[0].reason


@pytest.mark.parametrize(
    ("claim", "verdicts"),
    [
        # A change whose verb is negated gives neither level, nor the change, as the documents'.
        ("It has not cut the wait for a routine MRI scan in the region from 11 weeks to four weeks.", [Verdict.UNVERIFIED, Verdict.UNVERIFIED]),
        ("The daily maximum parking charge did not rise from £9 to £11.", [Verdict.UNVERIFIED, Verdict.UNVERIFIED]),
        ("The trust's waiting list has not fallen by 4,500 in the year to 31 March 2024.", [Verdict.CONFLICTING]),
        # Unnegated, as the documents say.
        ("The daily maximum parking charge rose from £9 to £11.", [Verdict.SUPPORTED, Verdict.SUPPORTED]),
    ],
)
def test_a_negated_change_denies_both_its_levels(brackenmoor, claim, verdicts):
    result = brackenmoor.check(claim)
    assert [f.verdict for f in result.figures if f.figure.kind != "date"] == verdicts, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "nearly" bounds from below the very figure the documents give: not that figure, and no contradiction of it.
        ("Nearly 150 officers joined the violent crime taskforce.", Verdict.UNVERIFIED),
        ("Almost £45m was pledged for the Young Londoners Fund.", Verdict.UNVERIFIED),
        # A little under a rounder figure still agrees.
        ("Nearly 1,000 knives were recovered by the taskforce by the end of May 2019.", Verdict.SUPPORTED),
    ],
)
def test_nearly_the_documented_figure_itself_is_not_it(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    "claim",
    [
        # An aside between the negation and its verb does not lift it.
        "The taskforce did not, as claimed, recover 910 knives.",
        "The taskforce did not, in fact, recover 910 knives between April 2018 and May 2019.",
        "The taskforce did not, however, recover 910 knives.",
        "The taskforce did not, of course, recover 910 knives.",
    ],
)
def test_a_negation_holds_across_an_aside(checker, claim):
    result = checker.check(claim)
    assert [f.stance.value for f in result.figures if f.figure.kind != "date"] == ["denied"]
    assert result.verdict is not Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A wish for something, its object between the wish and the figure: put forward, not so.
        ("The Mayor wants the Young Londoners Fund to grow to £45m.", Verdict.UNVERIFIED),
        ("The Mayor aims to grow the taskforce to 150 officers.", Verdict.UNVERIFIED),
        ("The Mayor would like the taskforce to recover 910 knives.", Verdict.UNVERIFIED),
        # A clause of its own after the wish gives its figure; a plan reported is a commitment.
        ("The Mayor aims to show that the £45m Young Londoners Fund works.", Verdict.SUPPORTED),
        ("The Mayor plans to put £45m into the Young Londoners Fund.", Verdict.SUPPORTED),
    ],
)
def test_a_wish_with_its_object_between_is_put_forward(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A level said of a time before the thing it is of began: not the documents' figure.
        ("In 2015 the taskforce had 150 officers.", Verdict.UNVERIFIED),
        ("The taskforce has had 150 officers since 2012.", Verdict.UNVERIFIED),
        # From its launch on, it may be.
        ("In 2018 the taskforce had 150 officers.", Verdict.SUPPORTED),
        ("In March 2018 the Young Londoners Fund gave £45m to projects.", Verdict.SUPPORTED),
    ],
)
def test_a_figure_of_a_time_before_its_thing_began_is_not_supported(checker, claim, expected):
    result = checker.check(claim)
    assert result.verdict is expected, result.reason
    if expected is Verdict.UNVERIFIED:
        assert "before it began" in result.reason


@pytest.fixture(scope="module")
def pellham(tmp_path_factory):
    """An invented council's transport papers: a ministry's grant, its share of a bridge, a cycle network."""
    grant = "The Lark ferry is paid for from a £4.2m Department for Rivers grant to the council."
    bridge = "The Tollmere Bridge repair budget is £3.9m, of which the Department for Rivers is meeting £2.5m."
    greenways = "The Greenways cycle network has a capital allocation of £1.1m."
    return _documents_checker(tmp_path_factory.mktemp("pellham"), [
        {"id": "ferry-paper", "publisher": "Pellham Council", "text": grant + "\n", "claims": [
            {"id": "rivers-grant", "subject": "Department for Rivers grant to Pellham Council that pays for the Lark ferry",
             "aliases": ["Department for Rivers grant"], "figure": "£4.2m", "value": 4200000, "unit": "GBP", "passage": grant},
        ]},
        {"id": "bridge-paper", "publisher": "Pellham Council", "text": bridge + "\n" + greenways + "\n", "claims": [
            {"id": "bridge-share", "subject": "Department for Rivers share of the Tollmere Bridge repair budget",
             "aliases": ["Tollmere Bridge", "Department for Rivers"], "figure": "£2.5m", "value": 2500000, "unit": "GBP", "passage": bridge},
            {"id": "greenways", "subject": "capital allocation to the Greenways cycle network",
             "aliases": ["Greenways", "Greenways cycle network"], "figure": "£1.1m", "value": 1100000, "unit": "GBP", "passage": greenways},
        ]},
    ])


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A body opening the sentence that the documented passage names ("a £4.2m
        # Department for Rivers grant") is the documents' own, not someone else acting.
        ("The Department for Rivers awarded Pellham the £4.2m grant that pays for the Lark ferry.", Verdict.SUPPORTED),
        # Named before the amount, it pays; what the amount is for, named after it, is another documented thing.
        ("The Department for Rivers is meeting £2.5m of the cost of the Greenways cycle network.", Verdict.UNVERIFIED),
        ("The Department for Rivers is meeting £2.5m of the cost of repairing the bridge.", Verdict.SUPPORTED),
        # ... even where the sentence names the documented thing before the amount.
        ("The Tollmere Bridge fund is meeting £2.5m of the cost of the Greenways cycle network.", Verdict.UNVERIFIED),
        ("The Tollmere Bridge fund is meeting £2.5m of the cost of its repair.", Verdict.SUPPORTED),
    ],
)
def test_a_body_the_passage_names_and_what_its_amount_pays_for(pellham, claim, expected):
    assert_verdict(pellham, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A conjunction opens the figure's clause: the thing the main clause names does not own it.
        ("The Tollmere Bridge reopened as £1.1m went to the Greenways cycle network.", Verdict.SUPPORTED),
        ("The Tollmere Bridge reopened while £1.1m went to the Greenways cycle network.", Verdict.SUPPORTED),
        # Without one, it does.
        ("The Tollmere Bridge reopened with £1.1m from the Greenways cycle network.", Verdict.UNVERIFIED),
    ],
)
def test_a_figure_after_a_conjunction_is_not_the_main_clause_s(pellham, claim, expected):
    assert_verdict(pellham, claim, expected)


def test_a_count_s_phrase_ends_at_the_next_figure(checker):
    # MyEnds is named in the £9m's phrase, not the 3,500's: the count is still
    # the summer activities', which the documents give as 2,500.
    result = checker.check("The VRU is spending £5m on 3,500 summer activities and a further £9m on MyEnds.")
    assert [(f.figure.text, f.verdict) for f in result.figures] == [
        ("£5m", Verdict.SUPPORTED), ("3,500", Verdict.CONFLICTING), ("£9m", Verdict.SUPPORTED)
    ], result.reason


def test_a_period_its_document_names_beside_the_claim_is_the_claim_s(tmp_path):
    # "its first year" is what the document calls 2023/24, in the claim beside the average grant's.
    grants = "In 2023/24, its first year, the Wexham Youth Fund made 41 grants."
    average = "The average grant in 2023/24 was £18,000."
    checker = _documents_checker(tmp_path, [
        {"id": "wexham-report", "publisher": "Wexham Council", "text": f"{grants} {average}\n", "claims": [
            {"id": "grants", "subject": "grants made by the Wexham Youth Fund in 2023/24, its first year", "figure": "41", "value": 41,
             "unit": "count", "period": "in 2023/24", "passage": grants},
            {"id": "average", "subject": "average Wexham Youth Fund grant in 2023/24", "figure": "£18,000", "value": 18000,
             "unit": "GBP", "period": "in 2023/24", "passage": average},
        ]},
    ])
    assert_verdict(checker, "In its first year, the Wexham Youth Fund's average grant was £18,000.", Verdict.SUPPORTED)
    assert_verdict(checker, "In its first year, the Wexham Youth Fund's average grant was £21,000.", Verdict.CONFLICTING)
    # Its second year is another stretch of its own, not the one the documents give.
    assert_verdict(checker, "In its second year, the Wexham Youth Fund made 41 grants.", Verdict.UNVERIFIED)



def test_a_stretch_a_documented_subject_names_is_its_period(tmp_path):
    # No period curated, but the subject says "in its first year": the second is another.
    passage = "The Kestrel night bus carried 9,200 passengers in its first year."
    checker = _documents_checker(tmp_path, [
        {"id": "bus-paper", "publisher": "Ostwick Council", "text": passage + "\n", "claims": [
            {"id": "riders", "subject": "Kestrel night bus passengers in its first year", "figure": "9,200", "value": 9200, "unit": "count", "passage": passage},
        ]},
    ])
    assert_verdict(checker, "The Kestrel night bus carried 9,200 passengers in its first year.", Verdict.SUPPORTED)
    assert_verdict(checker, "The Kestrel night bus carried 9,200 passengers in its second year.", Verdict.UNVERIFIED)


def test_a_thing_said_to_begin_is_said_to_start(tmp_path):
    # "begin" for the documents' "start": the same event, in an editor's word.
    passage = "Repairs to the Ostwick sea wall would start in May 2027 and take two years."
    checker = _documents_checker(tmp_path, [
        {"id": "ostwick-paper", "publisher": "Ostwick Council", "text": passage + "\n", "claims": [
            {"id": "start", "topic": "repairs", "subject": "start of repairs to the Ostwick sea wall", "aliases": ["sea wall repairs"],
             "figure": "May 2027", "value": "2027-05", "unit": "date", "passage": passage},
        ]},
    ])
    assert_verdict(checker, "Work on the wall is due to begin in May 2027.", Verdict.SUPPORTED)
    assert_verdict(checker, "Work on the wall is due to begin in June 2027.", Verdict.CONFLICTING)


def test_a_hospital_unit_in_a_passage_is_no_other_body_and_a_time_limit_no_period(tmp_path):
    # The passage names no one else who acted ("the emergency department" is
    # where patients went), so "the trust's" patients are its publisher's;
    # and "within four hours" is the limit they were seen within, not the period.
    passage = "In March 2024, 68.2 per cent of patients attending the emergency department were seen within four hours."
    checker = _documents_checker(tmp_path, [
        {"id": "board-paper", "publisher": "Wexcombe Hospitals NHS Trust", "text": passage + "\n", "claims": [
            {"id": "four-hours", "subject": "emergency department patients seen within four hours", "figure": "68.2 per cent",
             "value": 68.2, "unit": "percent", "period": "in March 2024", "passage": passage},
        ]},
    ])
    assert_verdict(checker, "In March 2024, 68.2 per cent of the trust's A&E patients were seen within four hours.", Verdict.SUPPORTED)
    assert_verdict(checker, "In March 2024, 66 per cent of the trust's A&E patients were seen within four hours.", Verdict.CONFLICTING)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A name that swaps a word of a documented one is another thing of that
        # kind: not the trauma centres' funding its other words match.
        ("The London Youth Fund is worth £45m.", Verdict.UNVERIFIED),
        ("The Young Londoners Fund is worth £45m.", Verdict.SUPPORTED),
    ],
)
def test_a_swapped_name_is_not_whatever_else_its_words_match(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        # "Taskforce" writes both words of the documented "Task Force": the date
        # is the taskforce's, whose launch the documents date; not the creation
        # of another thing (the Young Londoners Fund), whatever its case.
        ("The Violent Crime Taskforce was set up in 2017.", "launch of the Violent Crime Task Force"),
        ("The Violent Crime Taskforce was set up in April 2019.", "launch of the Violent Crime Task Force"),
        ("VIOLENT CRIME TASKFORCE SET UP IN APRIL 2019", "launch of the Violent Crime Task Force"),
        ("violent crime taskforce set up in april 2019", "launch of the Violent Crime Task Force"),
    ],
)
def test_a_date_said_of_a_named_thing_is_its_own(checker, claim, reason):
    result = checker.check(claim)
    assert result.verdict is Verdict.CONFLICTING and reason in result.reason, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A first stretch as long as a documented window that starts at the thing's launch is that window.
        ("In its first 14 months, the taskforce recovered 910 knives.", Verdict.SUPPORTED),
        ("In its first 14 months, the taskforce recovered 950 knives.", Verdict.CONFLICTING),
        # One of another length is another stretch.
        ("In its first 12 months, the taskforce recovered 910 knives.", Verdict.UNVERIFIED),
    ],
)
def test_a_first_stretch_is_a_window_from_the_launch_as_long(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_service_called_by_another_code_is_another_service(tmp_path):
    passage = "Punctuality on the 17 bus is 68% this year."
    checker = _documents_checker(tmp_path, [
        {"id": "bus-paper", "publisher": "Ostwick Council", "text": passage + "\n", "claims": [
            {"id": "punctuality", "subject": "punctuality on the 17 bus route", "figure": "68%", "value": 68, "unit": "percent", "passage": passage},
        ]},
    ])
    assert_verdict(checker, "Punctuality on the 17 bus is 68% this year.", Verdict.SUPPORTED)
    assert_verdict(checker, "Punctuality on the K4 is 68% this year.", Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A level reached by a rise is the latest of the documents' levels (58% in 2024, after 41% in 2023).
        ("Resident satisfaction with town-centre safety rose to 58%.", Verdict.SUPPORTED),
        # A fall to it runs against them: which moment it means, the sentence does not say aright.
        ("Resident satisfaction with town-centre safety fell to 58%.", Verdict.MIXED),
        ("Resident satisfaction with town-centre safety rose to 61%.", Verdict.CONFLICTING),
    ],
)
def test_a_level_reached_by_a_change_is_the_latest(tallowford, claim, expected):
    assert_verdict(tallowford, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A forecast against the documents' forecast of the same named thing: agreement or conflict.
        ("Kestrel Club is forecast to cost £1.35m.", Verdict.SUPPORTED),
        ("Kestrel Club is forecast to cost £1.1m.", Verdict.CONFLICTING),
        # A condition is no forecast: it asserts nothing.
        ("Kestrel Club could cost £5m if it doubles in size.", Verdict.UNVERIFIED),
    ],
)
def test_a_forecast_is_held_to_the_documents_forecast(tmp_path, claim, expected):
    row = "Holiday activities (Kestrel Club): budget £1.2m, forecast £1.35m."
    checker = _documents_checker(tmp_path, [
        {"id": "budget-paper", "publisher": "Ostwick Council", "text": row + "\n", "claims": [
            {"id": "budget", "topic": "kestrel-budget", "subject": "Kestrel Club holiday activities budget", "figure": "£1.2m", "value": 1200000, "unit": "GBP", "passage": row},
            {"id": "forecast", "topic": "kestrel-forecast", "subject": "Kestrel Club forecast cost", "figure": "£1.35m", "value": 1350000, "unit": "GBP", "passage": row},
        ]},
    ])
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected", "reason"),
    [
        # "Outside No 10" is a building called by its number, not everywhere but somewhere.
        ("Outside No 10, campaigners said the £45m Young Londoners Fund was not enough.", Verdict.SUPPORTED, "supported by"),
        # "Outside London" sets the figure apart from the documents' place, and says so.
        ("Outside London, 910 knives were recovered by the taskforce.", Verdict.UNVERIFIED, "'Outside London'"),
    ],
)
def test_outside_a_place_and_outside_a_building(checker, claim, expected, reason):
    result = checker.check(claim)
    assert result.verdict is expected and reason in result.reason, result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A headline drops the article: its opening noun phrase still refers to the one fund with £45m.
        ("£45m youth fund opens to bids", Verdict.SUPPORTED),
        ("£4.5m youth fund opens to bids", Verdict.UNVERIFIED),
    ],
)
def test_a_headline_s_bare_noun_phrase_refers_as_the_fund_would(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "just over a year" is the documents' fourteen months from April 2018 to May 2019; "a year" is not.
        ("The taskforce made 4,937 arrests in just over a year, Scotland Yard said.", Verdict.SUPPORTED),
        ("The taskforce made 5,937 arrests in just over a year, Scotland Yard said.", Verdict.CONFLICTING),
        ("The taskforce made 4,937 arrests in a year, Scotland Yard said.", Verdict.UNVERIFIED),
    ],
)
def test_just_over_a_year_is_a_little_more_than_a_year(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_budget_beside_money_spent_is_a_budget(tmp_path):
    # "spent" is the first amount's; the second's own words call it a budget,
    # and the council that publishes the papers is who set it.
    budget = "The Ostbrook Bridge repair budget is £3.9m."
    spent = "Spend on the Ostbrook Bridge repair to 31 March 2024 was £1,265,000."
    checker = _documents_checker(tmp_path, [
        {"id": "bridge-paper", "publisher": "Ostwick County Council", "text": f"{budget}\n{spent}\n", "claims": [
            {"id": "budget", "topic": "bridge-budget", "subject": "budget for the repair of Ostbrook Bridge", "figure": "£3.9m", "value": 3900000, "unit": "GBP", "passage": budget},
            {"id": "spent", "topic": "bridge-spend", "subject": "spend on the Ostbrook Bridge repair to date", "figure": "£1,265,000", "value": 1265000, "unit": "GBP", "passage": spent},
        ]},
    ])
    result = checker.check("The council has spent £1,265,000 on repairing Ostbrook Bridge, against a budget of £3.9m.")
    assert [f.verdict for f in result.figures] == [Verdict.SUPPORTED, Verdict.SUPPORTED], result.reason
    assert_verdict(checker, "The council has spent £3.9m on repairing Ostbrook Bridge.", Verdict.UNVERIFIED)



def test_a_pronoun_s_event_is_the_thing_the_sentence_opened_with(tmp_path):
    cap = "The Kestrel Saver fare cap started on 2 January 2024."
    capped = "Journeys at the Kestrel Saver capped fare, 2 January to 31 March 2024: 21,540."
    minibus = "The Fieldway minibus was launched on 17 April 2023, and has carried more than 30,000 passenger journeys since its launch."
    checker = _documents_checker(tmp_path, [
        {"id": "transport-paper", "publisher": "Ostwick Council", "text": f"{cap}\n{capped}\n{minibus}\n", "claims": [
            {"id": "cap-start", "topic": "cap-start", "subject": "start of the Kestrel Saver fare cap", "figure": "2 January 2024", "value": "2024-01-02", "unit": "date", "passage": cap},
            {"id": "cap-journeys", "topic": "cap-journeys", "subject": "journeys made at the Kestrel Saver capped fare from 2 January to 31 March 2024", "figure": "21,540", "value": 21540, "unit": "count", "passage": capped},
            {"id": "minibus-launch", "topic": "minibus-launch", "subject": "launch of the Fieldway minibus", "figure": "17 April 2023", "value": "2023-04-17", "unit": "date", "passage": minibus},
            {"id": "minibus-journeys", "topic": "minibus-journeys", "subject": "Fieldway minibus passenger journeys since its launch", "figure": "more than 30,000", "value": 30000, "unit": "count", "qualifier": "more_than", "passage": minibus},
        ]},
    ])
    # "it" is the fare cap the sentence opened with: its start, not the minibus's launch.
    said = "The Kestrel Saver fare cap has been used for 21,540 journeys since it began in {}."
    assert figure_verdict(checker, said.format("January"), "January") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format("March"), "March") is Verdict.CONFLICTING


def test_a_bare_count_takes_the_noun_of_the_count_it_is_paired_with(checker):
    # "not 910 but 1,910 knives": the 910 counts knives too, the documents'
    # 910 knives, not the taskforce's 150 officers; the 1,910 said in its
    # place carries the disagreement.
    result = checker.check("The taskforce, with its 150 officers, recovered not 910 but 1,910 knives.")
    denied = next(f for f in result.figures if f.figure.text == "910")
    assert denied.verdict is Verdict.UNVERIFIED and "knives" in denied.reason, denied.reason
    assert next(f for f in result.figures if f.figure.text == "1,910").verdict is Verdict.CONFLICTING
    assert result.verdict is Verdict.CONFLICTING


@pytest.mark.parametrize(
    "claim",
    [
        # The whole a part is of is not the part the documents count (19 boroughs with schemes).
        "Almost a quarter of the 32 London boroughs have schemes backed by the seed fund.",
        "Schemes backed by the seed fund are in 19 of London's 32 boroughs.",
    ],
)
def test_the_whole_a_part_is_of_does_not_conflict_with_the_part(checker, claim):
    whole = next(f for f in checker.check(claim).figures if f.figure.text == "32")
    assert whole.verdict is Verdict.UNVERIFIED and "the whole" in whole.reason, whole.reason


def test_a_denied_whole_is_judged_as_any_denial(checker):
    # Denied, the 19 conflicts with the documents that give it; nothing of its own conflicts (this once raised).
    result = checker.check("It is false that a quarter of the 19 boroughs have schemes backed by the seed fund.")
    assert result.verdict is Verdict.CONFLICTING and "denies it" in result.reason, result.reason


def test_a_whole_still_conflicts_with_its_own_documented_figure(checker):
    # "six of the 100 boroughs": the documents give the whole as ten.
    assert checker.check("Six of the 100 boroughs with the highest increases in unemployment over the pandemic are in the top 10 boroughs for serious violence.").verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        # A count each one did or has is not the documents' total.
        "Each of the 150 officers recovered 910 knives.",
        "The taskforce recovered 910 knives per officer.",
    ],
)
def test_a_count_for_each_one_is_not_the_total(checker, claim):
    knives = next(f for f in checker.check(claim).figures if f.figure.text == "910")
    assert knives.verdict is Verdict.UNVERIFIED, knives.reason


def test_an_earlier_level_the_documents_call_earlier_is_supported_and_the_later_still_judged(tmp_path):
    passage = "From 1 April 2024 the daily maximum at Wexham car parks rose from £9 to £11."
    checker = _documents_checker(tmp_path, [
        {"id": "parking-paper", "publisher": "Wexham Hospitals Trust", "text": passage + "\n", "claims": [
            {"id": "before", "topic": "daily-maximum", "subject": "daily maximum car park charge at Wexham before 1 April 2024", "figure": "£9", "value": 9, "unit": "GBP", "passage": passage},
            {"id": "after", "topic": "daily-maximum", "subject": "daily maximum car park charge at Wexham from 1 April 2024", "figure": "£11", "value": 11, "unit": "GBP", "passage": passage},
        ]},
    ])
    result = checker.check("The daily maximum at Wexham car parks went up from £9 to £12.")
    assert [(f.figure.text, f.verdict) for f in result.figures] == [("£9", Verdict.SUPPORTED), ("£12", Verdict.CONFLICTING)], result.reason


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A documented thing named only in a denying aside is not the figure's owner.
        ("The Violence Reduction Unit, not the Young Londoners Fund, is worth £45m.", Verdict.UNVERIFIED),
        ("The Young Londoners Fund, not the Violence Reduction Unit, is worth £45m.", Verdict.SUPPORTED),
    ],
)
def test_a_thing_named_only_to_be_denied_does_not_own_the_figure(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_count_of_another_period_is_not_another_topic_s_conflict(tmp_path):
    # The better-matched topic gives the very count, since September; a
    # count over another stretch is that measure at another period, and
    # the same programme's pupils per group, which disagree, are not it.
    text = "The Brightwater Reading Pledge has tutored 1,460 pupils since September. Each tutoring group has no more than four pupils.\n"
    aliases = ["Brightwater Reading Pledge", "reading pledge"]
    checker = Checker(load_corpus(_documents_corpus(tmp_path, [
        {"id": "pledge-paper", "publisher": "Brightwater Council", "text": text, "claims": [
            {"id": "pledge-pupils", "subject": "pupils tutored through the Brightwater Reading Pledge since September", "figure": "1,460", "value": 1460,
             "unit": "count", "period": "since September", "as_of": "2024-10-31", "aliases": aliases,
             "passage": "The Brightwater Reading Pledge has tutored 1,460 pupils since September."},
            {"id": "pledge-group-size", "subject": "pupils in each Brightwater Reading Pledge tutoring group", "figure": "no more than four", "value": 4,
             "unit": "count", "qualifier": "up_to", "aliases": aliases, "passage": "Each tutoring group has no more than four pupils."},
        ]},
    ])))
    assert_verdict(checker, "The Brightwater Reading Pledge has tutored 1,460 pupils since September.", Verdict.SUPPORTED)
    result = checker.check("The reading pledge has tutored 1,460 pupils since April.")
    assert result.verdict is Verdict.UNVERIFIED, result.reason
    assert "another period" in result.reason
    assert_verdict(checker, "The Brightwater Reading Pledge has tutored 1,900 pupils since September.", Verdict.CONFLICTING)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The fund was created in February 2018: in the winter of 2017/18, not of 2018/19.
        ("The Young Londoners Fund was set up over the winter of 2017.", Verdict.SUPPORTED),
        ("The Young Londoners Fund was set up in winter 2017/18.", Verdict.SUPPORTED),
        ("The Young Londoners Fund was set up in winter 2018/19.", Verdict.CONFLICTING),
    ],
)
def test_a_winter_holds_the_months_either_side_of_new_year(checker, claim, expected):
    assert_verdict(checker, claim, expected)


@pytest.mark.parametrize(
    "claim",
    [
        # How the figure ranks, over a stretch of its own, is a remark on it, not its period.
        "Fifty people were killed in violent attacks in London in 2018, the worst toll in a decade.",
        "Fifty people were killed in violent attacks in London in 2018, the city's highest number for ten years.",
    ],
)
def test_a_ranking_remark_s_stretch_is_not_the_figure_s_period(checker, claim):
    assert_verdict(checker, claim, Verdict.SUPPORTED)


@pytest.mark.parametrize("aside", ["", ", as claimed,", ", as the Mayor says,"])
def test_a_list_a_negated_verb_governs_is_denied_across_an_aside(checker, aside):
    text = f"The taskforce has not{aside} carried out 8,452 weapons sweeps, recovered 910 knives, 651 offensive weapons and arrested 4,937 suspects."
    for figure in ("8,452", "910", "651", "4,937"):
        assert figure_verdict(checker, text, figure) is Verdict.CONFLICTING, figure


def test_a_denied_figure_corrects_only_a_figure_set_against_it(brackenmoor, checker, tallowford):
    # A "not" in the denied figure's own clause sets nothing against the figure before it.
    text = "With £300,000 added, the fund is not now worth £2.7 million over its three years."
    denied = next(f for f in tallowford.check(text).figures if f.figure.text == "£2.7 million")
    assert "agree it is not so" not in denied.reason, denied.reason
    # Two figures of one thing, one verb denying both: the hours are the documents' hours a day,
    # not a correction of the days a week beside them.
    text = "The centre is not open 12 hours a day, seven days a week."
    assert figure_verdict(brackenmoor, text, "12 hours") is Verdict.CONFLICTING
    # Set against each other, the denied figure is about what the asserted one is.
    text = "One leaflet said community groups had been handed £7 million; in fact the Mayor's grants to community groups and grassroots initiatives came to £250,000."
    assert figure_verdict(checker, text, "£250,000") is Verdict.SUPPORTED
    assert figure_verdict(checker, text, "£7 million") is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("fixture", "claim", "expected"),
    [
        # Visits counted in another town are that town's, not where someone visited ...
        ("tallowford", "In its first three weeks the Riverside Youth Hub recorded 1,260 visits in Branxley.", Verdict.UNVERIFIED),
        ("tallowford", "In its first three weeks the Riverside Youth Hub recorded 1,260 visits.", Verdict.SUPPORTED),
        # ... while a bus route's number is no count of buses.
        ("checker", "Passengers getting off the route 149 bus at Tottenham Hale watched the mayor arrive; his summer package includes an additional £9 million for the Violence Reduction Unit's MyEnds programme.", Verdict.SUPPORTED),
    ],
)
def test_a_count_of_visits_somewhere_is_tied_to_that_place(request, fixture, claim, expected):
    assert_verdict(request.getfixturevalue(fixture), claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A sentence whose subject is another place's thing: every figure of it is that place's,
        # past an aside that says who said so.
        ("Branxley's fund, which she said was worth £2.4 million over three years, has so far backed 57 community projects.", Verdict.UNVERIFIED),
        ("Branxley's fund has so far backed 57 community projects.", Verdict.UNVERIFIED),
        # Who says it is another place's, and its words refer back to it: "its", "the city".
        ("Branxley's force said knife crime across the city was down by 11 per cent in the first half of 2024.", Verdict.UNVERIFIED),
        # Who says it only: the figure is the documented fund's.
        ("Branxley's paper says the Youth Diversion Fund has so far backed 57 community projects.", Verdict.SUPPORTED),
    ],
)
def test_an_opening_owner_of_another_place_owns_the_sentence_s_figures(ravensholt, claim, expected):
    assert_verdict(ravensholt, claim, expected)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A documented building said to be somewhere else is no venue of the scene:
        # the documents place it, and the figure is that other place's.
        ("The trust has 610 parking spaces at Thornwick Community Hospital in Branxley.", Verdict.UNVERIFIED),
        ("The trust has 610 parking spaces at Thornwick Community Hospital.", Verdict.SUPPORTED),
    ],
)
def test_a_documented_building_put_in_another_place_is_not_a_venue(brackenmoor, claim, expected):
    assert_verdict(brackenmoor, claim, expected)


def test_money_into_another_named_thing_is_not_what_the_sentence_refers_to(checker):
    # The sentence refers to the Met's officers by common words, and names the Knife
    # Crime Strategy in full as where the £110m goes: not the Met investment's figure.
    text = "The Mayor is protecting the number of frontline police officers on London's streets by investing £110m in the Knife Crime Strategy."
    assert_verdict(checker, text, Verdict.UNVERIFIED)
    assert_verdict(checker, text.replace("the Knife Crime Strategy", "the Met Police"), Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A predicate joined by "and" shares the subject the sentence opens with.
        ("Safer Futures has seized 304 knives and made 131 arrests since it began.", Verdict.UNVERIFIED),
        ("Operation Blackthorn has seized 304 knives and made 131 arrests since its launch.", Verdict.SUPPORTED),
    ],
)
def test_a_joined_predicate_shares_the_sentence_s_named_subject(ravensholt, claim, expected):
    assert figure_verdict(ravensholt, claim, "131") is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # "the hub" refers to the Riverside Youth Hub in the second clause; the first clause's
        # date is said of what that clause names in full.
        ("Building work on the Community Safety Patrol finished in February 2024, and the hub opened to young people on 14 March 2024.", Verdict.UNVERIFIED),
        ("Building work finished in February 2024, and the hub opened to young people on 14 March 2024.", Verdict.SUPPORTED),
    ],
)
def test_a_reference_in_another_clause_does_not_own_what_this_clause_names(tallowford, claim, expected):
    assert figure_verdict(tallowford, claim, "February 2024") is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A clause of "with" is about the sentence's subject.
        ("The Larkspur Mentoring Trust, set up in 2023, is a programme worth £2.4 million, with £800,000 available each year to community groups.", Verdict.UNVERIFIED),
        ("The Youth Diversion Fund, set up in 2023, is a programme worth £2.4 million, with £800,000 available each year to community groups.", Verdict.SUPPORTED),
    ],
)
def test_a_with_clause_shares_the_sentence_s_named_subject(ravensholt, claim, expected):
    assert figure_verdict(ravensholt, claim, "£800,000") is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The sentence says the thing it opens with is the one its aside describes.
        ("Safer Futures, Ravensholt Police's operation against knife crime, began on 2 May 2023.", Verdict.UNVERIFIED),
        ("Operation Blackthorn, Ravensholt Police's operation against knife crime, began on 2 May 2023.", Verdict.SUPPORTED),
        # An aside that does not describe it by its name: who opens the sentence said it, of another thing.
        ("Safer Futures, which the council funds, said in a statement that Operation Blackthorn was launched on 2 May 2023.", Verdict.SUPPORTED),
    ],
)
def test_another_thing_described_as_the_documented_one_is_not_it(ravensholt, claim, expected):
    assert figure_verdict(ravensholt, claim, "2 May 2023") is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # A participle's clause goes on with what the main clause names.
        ("Officers made 900 arrests during the Violent Crime Task Force's winter sweep, taking more than 350 weapons off London's streets.", Verdict.UNVERIFIED),
        ("Officers made 900 arrests during Operation Winter Nights, taking more than 350 weapons off London's streets.", Verdict.SUPPORTED),
    ],
)
def test_a_participle_clause_goes_on_with_the_main_clause_s_name(checker, claim, expected):
    assert figure_verdict(checker, claim, "350") is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # What the money went through, set off by commas mid-sentence, as at its opening.
        ("A new £5m investment, through his Operation Winter Nights, gives young Londoners access to 2,500 summer activities.", Verdict.UNVERIFIED),
        ("A new £5m investment, through his Violence Reduction Unit, gives young Londoners access to 2,500 summer activities.", Verdict.SUPPORTED),
    ],
)
def test_a_channel_named_mid_sentence_is_what_the_money_went_through(checker, claim, expected):
    assert figure_verdict(checker, claim, "2,500") is expected


@pytest.mark.parametrize(
    ("fixture", "claim", "expected"),
    [
        # What a count counts, in the word editors use: lives for people killed, bays for spaces.
        ("checker", "Violent attacks claimed more than 50 lives in London in 2018.", Verdict.SUPPORTED),
        ("quenmouth", "Paramedics at Quenmouth General now have a dozen trolley bays in the new handover unit.", Verdict.SUPPORTED),
    ],
)
def test_a_counted_noun_in_an_editor_s_word(request, fixture, claim, expected):
    assert_verdict(request.getfixturevalue(fixture), claim, expected)


@pytest.mark.parametrize(
    ("claim", "figure", "expected"),
    [
        # "seven feature in ...": a verb after the count, whose noun the whole before it names.
        ("Of the ten boroughs where joblessness rose fastest in the pandemic, seven feature in the capital's top ten for serious violence.", "seven", Verdict.CONFLICTING),
        ("Of the ten boroughs where joblessness rose fastest in the pandemic, six feature in the capital's top ten for serious violence.", "six", Verdict.SUPPORTED),
    ],
)
def test_a_verb_right_after_a_count_is_not_what_it_counts(checker, claim, figure, expected):
    assert figure_verdict(checker, claim, figure) is expected


def test_a_school_year_is_no_rate(checker):
    # "A Year 11 pupil": a school year, not "a year", which would make the £45m yearly.
    assert_verdict(checker, "A Year 11 pupil asked the Mayor how the £45m fund would reach her school.", Verdict.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "checked"),
    [
        # A number opening a group's or an event's name is part of the name ...
        ("At a 100 Black Men of London mentoring evening, Khan said 43 anti-knife crime projects had shared in City Hall seed money.", ["43"]),
        ("Campaigners from the 1 Million Voices group say the petition was presented to the Assembly on 7 June.", ["7 June"]),
        # ... where a count before a place's name and a plural noun counts.
        ("The 32 London boroughs share £45m.", ["32", "£45m"]),
    ],
)
def test_a_number_opening_a_group_s_name_is_not_checked(checker, claim, checked):
    assert [f.figure.text for f in checker.check(claim).figures] == checked


def test_a_room_where_people_met_is_no_place_the_figure_is_of(checker):
    assert_verdict(checker, "In Committee Room 2, assembly members heard the taskforce had 150 officers.", Verdict.SUPPORTED)
    assert_verdict(checker, "In Kent, assembly members heard the taskforce had 150 officers.", Verdict.UNVERIFIED)


@pytest.mark.parametrize(
    "row",
    [
        # A bound agrees with any figure past it: the row's budget of £1.2m is not what
        # "less than £1.35m" bounds; the forecast it is at is, and says otherwise.
        "Holiday activities (Summer Squad): budget £1.2m, forecast less than £1.35m.",
        "Holiday activities (Summer Squad): forecast less than £1.35m.",
    ],
)
def test_a_bound_is_judged_against_the_figure_it_is_at(sallowfield, row):
    assert figure_verdict(sallowfield, row, "£1.35m") is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("claim", "figure", "expected"),
    [
        # "X against a grant of Y": two amounts, each with its own words.
        ("Summer Squad will cost less than £1.35 million against a government grant of £1.2 million.", "£1.35 million", Verdict.UNVERIFIED),
        ("Summer Squad will cost £1.35 million against a government grant of £1.2 million.", "£1.35 million", Verdict.SUPPORTED),
        # "..., and will cost £1.35 million": the joined predicate goes on with the name
        # set beside the sentence's opening description.
        ("The council's holiday programme, Reddings Brook Primary, drew 6,300 children and will cost £1.35 million.", "£1.35 million", Verdict.UNVERIFIED),
    ],
)
def test_an_amount_set_against_another_has_its_own_words(sallowfield, claim, figure, expected):
    assert figure_verdict(sallowfield, claim, figure) is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Tabloid words for the documents' plain ones: those "collared" are those arrested,
        # a "blitz" an operation.
        ("More than 900 yobs were collared in the Met's Winter Nights blitz.", Verdict.SUPPORTED),
        ("Fewer than 900 yobs were collared in the Met's Winter Nights blitz.", Verdict.CONFLICTING),
    ],
)
def test_tabloid_words_for_arrests(checker, claim, expected):
    assert_verdict(checker, claim, expected)


def test_a_colon_before_a_capitalised_clause_ends_the_denied_figure_s_clause(checker):
    # "...in its first year: City Hall gives 910 ...": the 910's time is its own dates,
    # not the denied figure's "first year".
    text = "The taskforce did not seize 1,200 knives in its first year: City Hall gives 910 knives between April 2018 and the end of May 2019."
    assert figure_verdict(checker, text, "910") is Verdict.SUPPORTED


def test_words_framing_a_stretch_of_time_say_when(checker):
    # "in the period from ... to the close of May 2019" says when, not what else the figure measures.
    claim = "Taskforce arrests topped 5,000 in the period from its April 2018 launch to the close of May 2019, a councillor said."
    assert figure_verdict(checker, claim, "5,000") is Verdict.CONFLICTING


def test_a_measure_before_its_noun_says_which_things_are_counted(sallowshire):
    # "20mph zones": which zones, where no document gives a speed; the count's verdict stands.
    result = sallowshire.check("By the end of March 2024, 21 of the 31 approved 20mph zones were in place.")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert [f.figure.text for f in result.figures] == ["21 of the 31"]


def test_when_a_running_total_was_told_is_its_moment_not_its_month(sallowshire):
    # "..., councillors were told in February": when the total was given, not a month counted over.
    text = "Since the Sallow Saver fare cap began on 2 January, 71,300 journeys have been made at the capped fare, the committee was told in February."
    assert figure_verdict(sallowshire, text, "71,300") is Verdict.SUPPORTED


@pytest.fixture(scope="module")
def hollinwick():
    """The invented twenty-second corpus (tests/data/other_corpus_22): a county's libraries, no real ones."""
    return _invented_checker("other_corpus_22")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # A hyphened home name is the corpus's own, not a place no document names.
        ("Hollinwick-shire's library spending was £11.20 per resident in 2023-24.", "£11.20", Verdict.SUPPORTED),
        # Who measured it, not who paid it; and "for every resident" is "per resident".
        ("A national libraries charity's survey puts Hollinwick-shire's library spending at £11.20 for every resident in 2023-24.", "£11.20", Verdict.SUPPORTED),
        # An average is not the documents' combined hours.
        ("Hollinwick-shire's council-run libraries opened for an average of 30.9 hours a week.", "30.9 hours", Verdict.UNVERIFIED),
        ("Hollinwick-shire's council-run libraries opened for a combined 742 hours a week.", "742 hours", Verdict.SUPPORTED),
    ],
)
def test_a_home_name_a_measurer_and_an_average(hollinwick, text, figure, expected):
    assert figure_verdict(hollinwick, text, figure) is expected


def test_a_hyphened_home_name_with_a_small_word_in_it_is_the_corpus_s_own():
    # "Saltmere-on-Wend": its "on" is no word of a name the corpus lacks.
    saltmere = _invented_checker("other_corpus_21")
    assert figure_verdict(saltmere, "Saltmere-on-Wend's sea wall keeps the tide out of 2,350 homes.", "2,350") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list's items are each their own figure's: the documents' 17 is Northgate's, not Pellmoor's
        # (whose own count, 9, they give too).
        ("Pellmoor had the most people sleeping rough on count night, with 17.", Verdict.CONFLICTING),
        ("Pellmoor recorded 17 people sleeping rough on count night.", Verdict.CONFLICTING),
        ("Northgate recorded 17 people sleeping rough on count night.", Verdict.SUPPORTED),
    ],
)
def test_a_listed_figure_is_its_own_item_s_place_s(text, expected):
    tarrowgate = _invented_checker("other_corpus_24")
    assert figure_verdict(tarrowgate, text, "17") is expected


def test_a_named_part_alone_is_not_the_whole():
    # "On the Strand alone": a street of the town, where the documents count the whole district.
    saltmere = _invented_checker("other_corpus_21")
    text = "On the Strand alone, 173 homes have now had flood doors, barriers or non-return valves fitted."
    assert figure_verdict(saltmere, text, "173") is Verdict.UNVERIFIED


def test_the_corpus_s_home_alone_is_the_whole(checker):
    assert figure_verdict(checker, "In London alone, the taskforce recovered 910 knives.", "910") is Verdict.SUPPORTED


def test_what_was_granted_is_not_what_was_applied_for():
    # The documents' 412 are applications received; approved grants are
    # another count, which they give too (268): 412 approved contradicts it.
    saltmere = _invented_checker("other_corpus_21")
    assert figure_verdict(saltmere, "By the end of December, 412 resilience grants had been approved.", "412") is Verdict.CONFLICTING
    assert figure_verdict(saltmere, "By the end of December, 412 households had applied for a resilience grant.", "412") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("A survey by the Reading Rooms Trust found that 63% of Hollinwick-shire library users would not travel to another branch if theirs shut.", "63%", Verdict.UNVERIFIED),
        ("Save Hollinwick Libraries' own survey found that 63% of library users would not travel to another branch if theirs shut.", "63%", Verdict.SUPPORTED),
    ],
)
def test_a_figure_said_to_come_from_another_publisher_s_survey_is_not_the_documents(hollinwick, text, figure, expected):
    # The campaign's survey asked its own people; the trust's survey asked others.
    assert figure_verdict(hollinwick, text, figure) is expected


def test_what_has_cost_so_far_is_not_the_whole_cost():
    saltmere = _invented_checker("other_corpus_21")
    assert figure_verdict(saltmere, "Work on the Varlow Sands frontage has so far cost £11.3m.", "£11.3m") is Verdict.UNVERIFIED
    assert figure_verdict(saltmere, "The Varlow Sands frontage scheme will cost £11.3m in total.", "£11.3m") is Verdict.SUPPORTED


def test_money_said_to_be_spent_on_another_topic_s_thing_is_not_the_documents():
    # The documents' £385,000 is the whole emergency response; the sandbags are counted elsewhere.
    saltmere = _invented_checker("other_corpus_21")
    assert figure_verdict(saltmere, "The council spent £385,000 on sandbags on the night of the surge.", "£385,000") is Verdict.UNVERIFIED
    assert figure_verdict(saltmere, "The council spent £385,000 on the emergency response and clean-up after the surge.", "£385,000") is Verdict.SUPPORTED


def test_an_amount_per_one_is_the_documents_amount_each_one_has():
    # The documents' "county average net cost per library visit" records no period; "per visit" is its.
    assert figure_verdict(_invented_checker("other_corpus_22"), "The county-wide average was £4.57 per visit.", "£4.57") is Verdict.SUPPORTED


def test_a_body_of_the_kind_the_publisher_is_may_be_the_publisher():
    # "the charity" of a first-person passage of the Sallow Trust's own review is the trust.
    tarrowgate = _invented_checker("other_corpus_24")
    text = "Ruth Abernant, the charity's chief executive, told councillors, once she had corrected a figure given earlier in the meeting, that the shelter turned people away 241 times in 2024-25."
    assert figure_verdict(tarrowgate, text, "241") is not Verdict.UNVERIFIED


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # The seed fund's £1.4m went to 43 projects, none of them named.
        ("Redthread was allocated £1.4m from the seed fund.", "£1.4m", Verdict.UNVERIFIED),
        ("London Gang Exit received £2m from the Mayor.", "£2m", Verdict.SUPPORTED),
        ("The Met received £110m from the Mayor.", "£110m", Verdict.SUPPORTED),
    ],
)
def test_a_named_recipient_the_documents_never_name_did_not_get_it(checker, text, figure, expected):
    assert figure_verdict(checker, text, figure) is expected


def test_a_place_of_the_corpus_opening_the_clause_has_the_figure(tmp_path_factory):
    # "Fernley had 212" is Fernley's, and the documents give 212 for Cardby. Fernley is
    # named once among many passages (a rare name, not the corpus's home), only after "in".
    cardby = "In Cardby, outreach workers found 212 people sleeping rough on the count night."
    fernley = "In Fernley, the night shelter has 30 beds."
    services = ["library", "museum", "pool", "gym", "clinic", "depot", "market", "theatre", "school", "park", "farm", "garage",
                "studio", "bakery", "cafe", "hostel", "hall", "tower", "bridge", "harbour", "station", "airport", "archive", "gallery"]
    fillers = [f"The Cardby {name} had {100 + k} visitors in May." for k, name in enumerate(services)]
    claims = [
        {"id": "cardby-count", "topic": "cardby-count", "subject": "people found sleeping rough in Cardby on the count night", "figure": "212", "value": 212, "unit": "count", "passage": cardby},
        {"id": "fernley-beds", "topic": "fernley-beds", "subject": "beds in the Fernley night shelter", "figure": "30", "value": 30, "unit": "count", "passage": fernley},
    ] + [
        {"id": f"visits-{name}", "topic": f"visits-{name}", "subject": f"visitors to the Cardby {name} in May", "figure": str(100 + k), "value": 100 + k, "unit": "count", "passage": text}
        for k, (name, text) in enumerate(zip(services, fillers))
    ]
    checker = Checker(load_corpus(_documents_corpus(tmp_path_factory.mktemp("twotowns"), [
        {"id": "count-report", "publisher": "Wendmoor Council", "text": "\n".join([cardby, fernley, *fillers]) + "\n", "claims": claims},
    ])))
    assert figure_verdict(checker, "Fernley had 212 people sleeping rough on the count night.", "212") is not Verdict.SUPPORTED
    assert figure_verdict(checker, "Cardby had 212 people sleeping rough on the count night.", "212") is Verdict.SUPPORTED


def test_each_item_of_a_list_joined_by_and_is_its_own_figure_s(brackenmoor):
    # "1,240 at Ellsbridge General Hospital and 610 at Thornwick Community
    # Hospital": the 1,240 is not Thornwick's, whose own figure is 610.
    assert figure_verdict(brackenmoor, "Thornwick has 1,240 parking spaces.", "1,240") is Verdict.CONFLICTING
    assert figure_verdict(brackenmoor, "Ellsbridge General Hospital has 1,240 parking spaces.", "1,240") is Verdict.SUPPORTED


def test_a_prefixed_place_no_document_names_is_another_place(checker):
    # "pan-Manchester": the documents' service is pan-London.
    text = "In 2018 MOPAC funding supported the launch of the first pan-Manchester County Lines response service; an investment of £3 million over 3 years."
    assert figure_verdict(checker, text, "£3 million") is Verdict.UNVERIFIED


def test_a_figure_given_to_another_place_is_judged_on_that_place_s_own(tmp_path_factory):
    # The documents count Pellmoor's rough sleepers too: 17 for Pellmoor contradicts their 9.
    tarrowgate = _invented_checker("other_corpus_24")
    result = tarrowgate.check("Pellmoor had the most people sleeping rough on count night, with 17.")
    (seventeen,) = [f for f in result.figures if f.figure.text == "17"]
    assert seventeen.verdict is Verdict.CONFLICTING and "Pellmoor" in seventeen.reason


def test_another_documented_thing_opening_the_clause_has_the_figure():
    # "Tamsford Metro ..., with 91.3%": the 91.3% is Harrowmere Coastal Trains'; a body acts for all its things.
    wyvern = _invented_checker("other_corpus_25")
    tamsford = "Tamsford Metro recorded the best punctuality in the western region between January and March, with 91.3% of its trains on time."
    harrowmere = "Harrowmere Coastal Trains recorded the best punctuality in the western region between January and March, with 91.3% of its trains on time."
    assert figure_verdict(wyvern, tamsford, "91.3%") is not Verdict.SUPPORTED
    assert figure_verdict(wyvern, harrowmere, "91.3%") is Verdict.SUPPORTED


def test_a_route_with_another_end_is_another_route():
    wyvern = _invented_checker("other_corpus_25")
    other = "Journeys between Castleby and Ellerholt rose by 11% in the first three months of 2025."
    same = "Journeys between Castleby and Morrow Junction rose by 11% in the first three months of 2025."
    assert figure_verdict(wyvern, other, "11%") is Verdict.UNVERIFIED
    assert figure_verdict(wyvern, same, "11%") is Verdict.SUPPORTED


def test_from_to_changes_to_the_level_after_it(tmp_path):
    # "from 24 to 12": the earlier level's later one follows it; a figure
    # earlier in the sentence ("returns from 132 councils") is another count.
    survey = "The Bellwether Trust's survey had returns from 132 councils."
    plan = "Under the plan, Exampleshire's council-run reading rooms fall from 24 to 12."
    rooms = _documents_checker(tmp_path / "rooms", [
        {"id": "survey", "publisher": "Bellwether Trust", "text": survey + "\n", "claims": [
            {"id": "returns", "subject": "councils that returned the Bellwether Trust's survey", "figure": "132", "value": 132, "unit": "count", "passage": survey},
        ]},
        {"id": "plan", "publisher": "Exampleshire Council", "text": plan + "\n", "claims": [
            {"id": "rooms-now", "topic": "rooms", "subject": "council-run reading rooms in Exampleshire now", "figure": "24", "value": 24, "unit": "count", "passage": plan},
            {"id": "rooms-after", "topic": "rooms-after", "subject": "council-run reading rooms in Exampleshire under the plan", "figure": "12", "value": 12, "unit": "count", "passage": plan},
        ]},
    ])
    text = "The Bellwether Trust, whose survey drew returns from 132 councils, said Exampleshire's plan to cut its council-run reading rooms from 24 to 12 was the steepest."
    assert figure_verdict(rooms, text, "24") is Verdict.SUPPORTED
    assert figure_verdict(rooms, text, "12") is Verdict.SUPPORTED


def test_a_quarter_pinned_by_its_as_of_is_its_months(tmp_path):
    # "in the quarter", as of January to March 2025, is "between January and
    # March"; a month of it ("in March 2025") and the same weeks a year
    # earlier are other periods, not the quarter's other figures.
    quarter = "The Exampleshire ferry ran 87.9% of sailings on time in the quarter."
    month = "In March 2025 alone, 89.4% of sailings ran on time."
    earlier = "In the first 14 weeks of the new timetable, 87.6% ran on time, compared with 85.2% in the same weeks a year earlier."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "quarterly", "publisher": "Exampleshire Ferry Watch", "text": f"{quarter}\n{month}\n{earlier}\n", "claims": [
            {"id": "q", "topic": "on-time", "subject": "Exampleshire ferry sailings on time, January to March 2025", "figure": "87.9%", "value": 87.9, "unit": "percent",
             "period": "in the quarter", "as_of": "2025-01/2025-03", "passage": quarter},
            {"id": "m", "topic": "on-time", "subject": "Exampleshire ferry sailings on time in March 2025", "figure": "89.4%", "value": 89.4, "unit": "percent",
             "period": "in March 2025", "passage": month},
            {"id": "e", "topic": "on-time", "subject": "Exampleshire ferry sailings on time in the same 14 weeks a year earlier", "figure": "85.2%", "value": 85.2, "unit": "percent",
             "period": "same 14 weeks a year earlier", "passage": earlier},
        ]},
    ])
    assert figure_verdict(ferry, "The watchdog found 87.9% of Exampleshire ferry sailings on time between January and March.", "87.9%") is Verdict.SUPPORTED
    assert figure_verdict(ferry, "The watchdog found 87.9% of Exampleshire ferry sailings on time between January and March 2025.", "87.9%") is Verdict.SUPPORTED
    assert figure_verdict(ferry, "The watchdog found 87.9% of Exampleshire ferry sailings on time in March 2025.", "87.9%") is Verdict.CONFLICTING


def test_a_place_of_two_words_opening_the_clause_owns_the_figure(tmp_path):
    # "Fennick Rise generated 284": a place of the corpus in two words, whose
    # own item of the documents' list ("Fennick Rise for 167") is not the 284.
    passage = "Tolling Hill accounted for 284 of the year's complaints about draughts, Fennick Rise for 167 and Lowmarsh for 121."
    wards = _documents_checker(tmp_path / "wards", [
        {"id": "report", "publisher": "Exampleshire Council", "text": passage + "\n", "claims": [
            {"id": "tolling", "subject": "complaints about draughts from Tolling Hill", "figure": "284", "value": 284, "unit": "count", "passage": passage},
            {"id": "fennick", "subject": "complaints about draughts from Fennick Rise", "figure": "167", "value": 167, "unit": "count", "passage": passage},
            {"id": "lowmarsh", "subject": "complaints about draughts from Lowmarsh", "figure": "121", "value": 121, "unit": "count", "passage": passage},
        ]},
    ])
    assert figure_verdict(wards, "Fennick Rise generated 284 of the year's complaints about draughts, the council said.", "284") is not Verdict.SUPPORTED
    assert figure_verdict(wards, "Tolling Hill generated 284 of the year's complaints about draughts, the council said.", "284") is Verdict.SUPPORTED


def test_a_stage_said_finds_the_topic_of_that_stage(wexcombe):
    # "Of the 498 applications ..., 452 were approved": the words match the
    # applications best, but the sentence gives the 452 as granted, which the
    # documents give too (read corpus 28); said of the applications, it is not.
    text = "Of the 498 HMO licence applications that landed on the council's desk in 2024/25, 452 were approved."
    assert figure_verdict(wexcombe, text, "452") is Verdict.SUPPORTED
    assert figure_verdict(wexcombe, "The council received 452 HMO licence applications in 2024/25.", "452") is not Verdict.SUPPORTED


def test_a_survey_s_responses_are_those_who_answered_it(tmp_path):
    # "drew 1,412 responses": the documents count the people who completed
    # the survey; "responses" counts them under another name, "complaints" does not.
    passage = "In all, 1,412 people completed the Exampleshire harbour users' survey this spring."
    harbour = _documents_checker(tmp_path / "harbour", [
        {"id": "survey", "publisher": "Exampleshire Harbour Users", "text": passage + "\n", "claims": [
            {"id": "completed", "subject": "people who completed the Exampleshire harbour users' survey", "figure": "1,412", "value": 1412, "unit": "count", "passage": passage},
        ]},
    ])
    assert figure_verdict(harbour, "The Exampleshire harbour users' survey drew 1,412 responses this spring.", "1,412") is Verdict.SUPPORTED
    assert figure_verdict(harbour, "The Exampleshire harbour users' survey drew 1,412 complaints this spring.", "1,412") is not Verdict.SUPPORTED


def test_another_body_the_corpus_knows_opening_the_clause(tmp_path):
    # "The Exampleshire Harbour Board ... fielded 812 complaints": a body the
    # corpus names elsewhere, where the documents give the 812 to the ferry company.
    complaints = "Exampleshire Ferries received 812 complaints in the quarter."
    cap = "Fares rose by 4.6%, in line with the cap set by the Exampleshire Harbour Board."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "annual", "publisher": "Exampleshire Ferries", "text": f"{complaints}\n{cap}\n", "claims": [
            {"id": "complaints", "subject": "complaints received by Exampleshire Ferries in the quarter", "figure": "812", "value": 812, "unit": "count", "passage": complaints},
            {"id": "rise", "subject": "rise in Exampleshire ferry fares", "figure": "4.6%", "value": 4.6, "unit": "percent", "passage": cap},
        ]},
    ])
    text = "The Exampleshire Harbour Board, which sets the cap on ferry fares, fielded 812 complaints in the quarter."
    assert figure_verdict(ferry, text, "812") is Verdict.UNVERIFIED
    assert figure_verdict(ferry, "Exampleshire Ferries received 812 complaints in the quarter.", "812") is Verdict.SUPPORTED


def test_what_is_to_happen_is_an_aim_said_as_one(tmp_path):
    # "is to lose 30 sailings" speaks of what will happen, as the documents'
    # "will cut" does; "lost 30 sailings" says it has happened, which they do not.
    passage = "The Exampleshire Ferry will cut 30 sailings from next April."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "plan", "publisher": "Exampleshire Council", "text": passage + "\n", "claims": [
            {"id": "cut", "subject": "sailings the Exampleshire Ferry will cut from next April", "figure": "30", "value": 30, "unit": "count", "passage": passage},
        ]},
    ])
    assert figure_verdict(ferry, "The Exampleshire Ferry is to lose 30 sailings from April.", "30") is Verdict.SUPPORTED
    assert figure_verdict(ferry, "The Exampleshire Ferry lost 30 sailings last April.", "30") is not Verdict.SUPPORTED


def test_a_figure_said_to_hold_still_is_the_documents_latest(tmp_path):
    # "still costs £4.95": the documents' £4.95 is the price before April;
    # since then they give £5.40, which the sentence says has not come.
    before = "The Exampleshire day pass cost £4.95 before 1 April 2025."
    after = "From 1 April 2025 the Exampleshire day pass costs £5.40."
    passes = _documents_checker(tmp_path / "passes", [
        {"id": "fares", "publisher": "Exampleshire Buses", "text": f"{before}\n{after}\n", "claims": [
            {"id": "old", "topic": "day-pass", "subject": "price of the Exampleshire day pass before 1 April 2025", "figure": "£4.95", "value": 4.95, "unit": "GBP", "passage": before},
            {"id": "new", "topic": "day-pass", "subject": "price of the Exampleshire day pass from 1 April 2025", "figure": "£5.40", "value": 5.40, "unit": "GBP", "passage": after},
        ]},
    ])
    assert figure_verdict(passes, "The Exampleshire day pass still costs £4.95.", "£4.95") is Verdict.CONFLICTING
    assert figure_verdict(passes, "The Exampleshire day pass costs £4.95.", "£4.95") is Verdict.MIXED


def test_a_change_against_the_documents_named_change(tmp_path):
    # "has risen by £4.4m", "is £4.4m higher than the one approved": the
    # documents' "increase in the budget" is that change, named as a noun;
    # "higher than the harbour grant" is a difference from something else.
    passage = "Cabinet is asked to approve a revised Exampleshire ferry budget of £18.6m, an increase of £4.4m."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "cabinet", "publisher": "Exampleshire Council", "text": passage + "\n", "claims": [
            {"id": "budget", "subject": "revised Exampleshire ferry budget", "figure": "£18.6m", "value": 18600000, "unit": "GBP", "passage": passage},
            {"id": "increase", "subject": "increase in the Exampleshire ferry budget", "figure": "£4.4m", "value": 4400000, "unit": "GBP", "passage": passage},
        ]},
    ])
    assert figure_verdict(ferry, "The revised Exampleshire ferry budget has risen by £4.4m.", "£4.4m") is Verdict.SUPPORTED
    assert figure_verdict(ferry, "The revised Exampleshire ferry budget has risen by £5m.", "£5m") is Verdict.CONFLICTING
    assert figure_verdict(ferry, "The revised Exampleshire ferry budget is £4.4m higher than the one approved in 2023.", "£4.4m") is Verdict.SUPPORTED
    assert figure_verdict(ferry, "The revised Exampleshire ferry budget is £4.4m higher than the harbour grant.", "£4.4m") is not Verdict.SUPPORTED


def test_money_called_a_budget_by_its_own_noun_is_not_said_spent(tmp_path):
    # "had spent £587,300 of a £612,000 budget": the £612,000 is the budget
    # the spending is of; said spent itself, it is not what was spent.
    passage = "The Exampleshire harbour team spent £587,300 in 2024/25 against a budget of £612,000."
    harbour = _documents_checker(tmp_path / "harbour", [
        {"id": "report", "publisher": "Exampleshire Council", "text": passage + "\n", "claims": [
            {"id": "spent", "subject": "Exampleshire harbour team spending in 2024/25", "figure": "£587,300", "value": 587300, "unit": "GBP", "passage": passage},
            {"id": "budget", "subject": "Exampleshire harbour team budget for 2024/25", "figure": "£612,000", "value": 612000, "unit": "GBP", "passage": passage},
        ]},
    ])
    assert figure_verdict(harbour, "The Exampleshire harbour team had spent £587,300 of a £612,000 budget.", "£612,000") is Verdict.SUPPORTED
    assert figure_verdict(harbour, "The Exampleshire harbour team had spent £612,000.", "£612,000") is not Verdict.SUPPORTED


def test_one_branch_of_an_either_whole_is_no_conflict(tmp_path):
    # "seven pass to volunteer groups" against the documents' 12 "reading
    # rooms to close or pass to volunteers": one branch of their whole.
    passage = "In all, 12 Exampleshire reading rooms are to close or pass to volunteers."
    rooms = _documents_checker(tmp_path / "rooms", [
        {"id": "plan", "publisher": "Exampleshire Council", "text": passage + "\n", "claims": [
            {"id": "either", "subject": "Exampleshire reading rooms to close or pass to volunteers", "figure": "12", "value": 12, "unit": "count", "passage": passage},
        ]},
    ])
    assert figure_verdict(rooms, "Seven Exampleshire reading rooms are to pass to volunteers.", "Seven") is Verdict.UNVERIFIED
    # Said of both together, the documents' 12 still contradicts ten.
    assert figure_verdict(rooms, "Ten Exampleshire reading rooms are to close or pass to volunteers.", "Ten") is Verdict.CONFLICTING


def test_last_years_count_said_of_a_year_the_documents_count_otherwise_conflicts(tmp_path):
    said = "Wardens issued 212 parking fines in 2024, compared with 168 the year before."
    harrowgate = _documents_checker(tmp_path / "harrowgate", [
        {"id": "report", "publisher": "unknown", "text": f"{said}\n", "claims": [
            {"id": "fines-2024", "topic": "fines", "subject": "parking fines issued by the wardens", "figure": "212", "value": 212, "unit": "count", "period": "2024", "passage": said},
            {"id": "fines-2023", "topic": "fines", "subject": "parking fines issued by the wardens the year before", "figure": "168", "value": 168, "unit": "count", "period": "2023", "passage": said},
        ]},
    ])
    # The year's own count is 212: 168 said of 2024 is a wrong count for it.
    assert verdict(harrowgate, "The wardens issued 168 parking fines in 2024.") is Verdict.CONFLICTING
    assert verdict(harrowgate, "The wardens issued 168 parking fines in 2023.") is Verdict.SUPPORTED
    # A year the documents give no count for: the figure moved, not contradicted.
    assert verdict(harrowgate, "The wardens issued 168 parking fines in 2022.") is Verdict.UNVERIFIED


def test_an_average_belongs_to_the_figure_it_stands_beside(tmp_path):
    made = "The Tarnby hardship fund made 240 grants in 2024, worth an average of £410 each."
    tarnby = _documents_checker(tmp_path / "tarnby", [
        {"id": "report", "publisher": "unknown", "text": f"{made}\n", "claims": [
            {"id": "grants", "subject": "grants made by the Tarnby hardship fund in 2024", "figure": "240", "value": 240, "unit": "count", "passage": made},
            {"id": "average", "subject": "average Tarnby hardship fund grant", "figure": "£410", "value": 410, "unit": "GBP", "passage": made},
        ]},
    ])
    # The average is the £410's: the count of grants is a count, and a wrong one.
    checked = tarnby.check("In 2024 the hardship fund in Tarnby handed out 390 grants, worth an average of £410 each.")
    (grants,) = [fc for fc in checked.figures if fc.figure.text == "390"]
    assert grants.verdict is Verdict.CONFLICTING, grants.reason
    # An average said of the count itself is still another measure than the documents' total.
    assert verdict(tarnby, "The Tarnby hardship fund made an average of 390 grants in 2024.") is Verdict.UNVERIFIED


def test_hours_of_something_at_another_rate_are_another_measure(tmp_path):
    given = "Volunteers at the Pellow Lane shelter now give 1,200 hours of their time a week."
    pellow = _documents_checker(tmp_path / "pellow", [
        {"id": "report", "publisher": "unknown", "text": f"{given}\n", "claims": [
            {"id": "hours", "subject": "hours volunteers give the Pellow Lane shelter each week", "figure": "1,200 hours", "value": 1200, "unit": "hours", "period": "per week", "passage": given},
        ]},
    ])
    # The rate is read after what the hours are of, and a month's is not a week's.
    assert verdict(pellow, "Volunteers give the Pellow Lane shelter 1,200 hours of their time a month.") is Verdict.UNVERIFIED
    assert verdict(pellow, "Volunteers give the Pellow Lane shelter 3,000 hours of their time a month.") is Verdict.UNVERIFIED
    assert verdict(pellow, "Volunteers give the Pellow Lane shelter 1,200 hours of their time a week.") is Verdict.SUPPORTED
    assert verdict(pellow, "Volunteers give the Pellow Lane shelter 3,000 hours of their time a week.") is Verdict.CONFLICTING


def test_a_part_s_figure_said_of_the_whole_is_judged_on_the_whole_s(tmp_path):
    plots = "There are 840 allotment plots in Hallowmere, 310 of them in Kestle Bank and 205 in Dunmore."
    waiting = "In Hallowmere 1,150 people are on the waiting list for a plot."
    fees = "A plot in Hallowmere costs £48 a year."
    hallowmere = _documents_checker(tmp_path / "hallowmere", [
        {"id": "report", "publisher": "unknown", "text": f"{plots} {waiting} {fees}\n", "claims": [
            {"id": "all", "topic": "plots", "subject": "allotment plots in Hallowmere", "figure": "840", "value": 840, "unit": "count", "passage": plots},
            {"id": "kestle", "topic": "plots-kestle", "subject": "allotment plots in Kestle Bank", "figure": "310", "value": 310, "unit": "count", "passage": plots},
            {"id": "dunmore", "topic": "plots-dunmore", "subject": "allotment plots in Dunmore", "figure": "205", "value": 205, "unit": "count", "passage": plots},
            {"id": "waiting", "subject": "people on the waiting list for an allotment plot in Hallowmere", "figure": "1,150", "value": 1150, "unit": "count", "passage": waiting},
            {"id": "fee", "subject": "yearly fee for an allotment plot in Hallowmere", "figure": "£48", "value": 48, "unit": "GBP", "period": "per year", "passage": fees},
        ]},
    ])
    # Kestle Bank's 310, said of the whole town: the town's own figure is 840.
    assert verdict(hallowmere, "The town now has 310 allotment plots, the council says.") is Verdict.CONFLICTING
    assert verdict(hallowmere, "Hallowmere has 310 allotment plots.") is Verdict.CONFLICTING
    # Said of its own place, or the whole's said of the whole: supported.
    assert verdict(hallowmere, "Kestle Bank has 310 allotment plots.") is Verdict.SUPPORTED
    assert verdict(hallowmere, "Hallowmere has 840 allotment plots.") is Verdict.SUPPORTED
    assert verdict(hallowmere, "The town has 840 allotment plots.") is Verdict.SUPPORTED


def test_a_change_and_a_level_of_one_topic_are_judged_each_on_its_own(tmp_path):
    said = "The Brindle Street lido had 41,300 visits in 2024, 2,900 more than in 2023."
    brindle = _documents_checker(tmp_path / "brindle", [
        {"id": "report", "publisher": "unknown", "text": f"{said}\n", "claims": [
            {"id": "visits", "topic": "lido-visits", "subject": "visits to the Brindle Street lido in 2024", "figure": "41,300", "value": 41300, "unit": "count", "period": "2024", "passage": said},
            {"id": "rise", "topic": "lido-visits", "subject": "rise in visits to the Brindle Street lido on 2023", "figure": "2,900 more", "value": 2900, "unit": "count", "period": "2024", "passage": said},
        ]},
    ])
    checked = brindle.check("Visits to the Brindle Street lido rose by 2,900 to 41,300 in 2024.")
    assert [(fc.figure.text, fc.verdict) for fc in checked.figures if fc.figure.kind != "date"] == [
        ("2,900", Verdict.SUPPORTED), ("41,300", Verdict.SUPPORTED)
    ], [fc.reason for fc in checked.figures]
    # A difference whose noun is the level's before it: more visits.
    assert verdict(brindle, "The lido had 41,300 visits in 2024, 2,900 more than in 2023.") is Verdict.SUPPORTED
    assert verdict(brindle, "Visits to the Brindle Street lido rose by 3,400 to 41,300 in 2024.") is Verdict.CONFLICTING


def test_denying_what_the_documents_give_only_as_someone_s_say_so_is_no_conflict(tmp_path):
    said = "The Orrin Vale tenants' group says the service charge has risen by £14 a month since 2022."
    set_ = "The housing association set the service charge at £61 a month in 2024."
    orrin = _documents_checker(tmp_path / "orrin", [
        {"id": "report", "publisher": "unknown", "text": f"{said} {set_}\n", "claims": [
            {"id": "since", "subject": "year since which the tenants' group says the Orrin Vale service charge has risen", "figure": "2022", "value": "2022", "unit": "date", "passage": said},
            {"id": "charge", "subject": "Orrin Vale service charge set by the housing association in 2024", "figure": "£61", "value": 61, "unit": "GBP", "period": "per month", "passage": set_},
        ]},
    ])
    # The association denies the group's claim: the documents hold it only as the group's.
    denied = orrin.check("The housing association denies the tenants' group's claim that the Orrin Vale service charge has risen since 2022.")
    (year,) = [fc for fc in denied.figures if fc.figure.text == "2022"]
    assert year.verdict is Verdict.UNVERIFIED, year.reason
    # Denying what the documents themselves state still conflicts.
    stated = orrin.check("It is untrue that the housing association set the Orrin Vale service charge at £61 a month in 2024.")
    (charge,) = [fc for fc in stated.figures if fc.figure.text == "£61"]
    assert charge.verdict is Verdict.CONFLICTING, charge.reason


def test_a_moment_a_documented_subject_names_is_its_time(tmp_path):
    said = "The Wrenfield team had 212 people waiting for a blue badge decision."
    wrenfield = _documents_checker(tmp_path / "wrenfield", [
        {"id": "minutes", "publisher": "unknown", "text": f"{said}\n", "claims": [
            {"id": "waiting", "subject": "people waiting for a blue badge decision with the Wrenfield team at the end of June 2025", "figure": "212", "value": 212, "unit": "count", "passage": said},
        ]},
    ])
    # Curated with no period or date: the moment its subject names is its own.
    assert verdict(wrenfield, "Fewer than 300 people were waiting for a blue badge decision with the Wrenfield team at the end of January 2025.") is Verdict.UNVERIFIED
    assert verdict(wrenfield, "The Wrenfield team had 212 people waiting for a blue badge decision at the end of June 2025.") is Verdict.SUPPORTED


def test_each_clause_s_own_place_says_whose_its_figure_is(tmp_path):
    cut = "Following a review, nine routes were withdrawn in Ravelstone, six of them in Amberley and three in Dunholt."
    ravelstone = _documents_checker(tmp_path / "ravelstone", [
        {"id": "review", "publisher": "unknown", "text": f"{cut}\n", "claims": [
            {"id": "all", "subject": "bus routes withdrawn in Ravelstone", "figure": "nine", "value": 9, "unit": "count", "passage": cut},
            {"id": "amberley", "subject": "bus routes withdrawn in Amberley", "figure": "six", "value": 6, "unit": "count", "passage": cut},
            {"id": "dunholt", "subject": "bus routes withdrawn in Dunholt", "figure": "three", "value": 3, "unit": "count", "passage": cut},
        ]},
    ])
    # A count in words opens an item of the passage's list: Amberley's six are not Dunholt's.
    assert verdict(ravelstone, "Dunholt lost six bus routes.") is not Verdict.SUPPORTED
    assert verdict(ravelstone, "Amberley lost six bus routes.") is Verdict.SUPPORTED
    # Each clause's own place, not the place of the clause before it.
    assert verdict(ravelstone, "Amberley lost six of its bus routes, while Dunholt lost three.") is Verdict.SUPPORTED
    swapped = ravelstone.check("Amberley lost three of its bus routes, while Dunholt lost six.")
    assert not any(fc.verdict is Verdict.SUPPORTED for fc in swapped.figures), [fc.reason for fc in swapped.figures]


def test_the_corpus_s_home_is_the_place_its_publishers_are_named_for(tmp_path):
    plots = "There are 840 allotment plots in Pennick, 310 of them in Lowgate."
    waiting = "In Lowgate 150 people wait for a plot, and in Lowgate the fee is £48."
    pennick = _documents_checker(tmp_path / "pennick", [
        {"id": "report", "publisher": "Pennick Borough Council", "text": f"{plots} {waiting}\n", "claims": [
            {"id": "all", "topic": "plots", "subject": "allotment plots in Pennick", "figure": "840", "value": 840, "unit": "count", "passage": plots},
            {"id": "lowgate", "topic": "plots-lowgate", "subject": "allotment plots in Lowgate", "figure": "310", "value": 310, "unit": "count", "passage": plots},
            {"id": "waiting", "subject": "people waiting for an allotment plot in Lowgate", "figure": "150", "value": 150, "unit": "count", "passage": waiting},
            {"id": "fee", "subject": "allotment fee in Lowgate", "figure": "£48", "value": 48, "unit": "GBP", "passage": waiting},
        ]},
    ])
    # Lowgate is named more often than Pennick, but Pennick is the borough: Lowgate's 310 is a part's.
    assert verdict(pennick, "The borough has 310 allotment plots.") is Verdict.CONFLICTING
    assert verdict(pennick, "The borough has 840 allotment plots.") is Verdict.SUPPORTED


def test_a_total_since_an_undated_start_is_not_one_year_s_count(tmp_path):
    year = "The Lantern Café had 780 visits in 2024."
    fernholt = _documents_checker(tmp_path / "fernholt", [
        {"id": "report", "publisher": "Fernholt Health Trust", "text": f"{year}\n", "claims": [
            {"id": "visits", "subject": "visits to the Lantern Café in 2024", "figure": "780", "value": 780, "unit": "count", "period": "in 2024", "passage": year},
        ]},
    ])
    # Since it opened, whenever that was: another measure than 2024's, not a contradiction of it.
    result = fernholt.check("The Lantern Café has had 2,140 visits since it opened.")
    assert result.verdict is Verdict.UNVERIFIED and "different period" in result.reason
    assert verdict(fernholt, "The Lantern Café had 2,140 visits in 2024.") is Verdict.CONFLICTING


def test_a_hyphenated_name_of_the_corpus_s_own_words_is_no_stranger(tmp_path):
    lantern = "The Lantern Drop-In opened in Fernholt in May 2024 and had 640 visits in its first year."
    fernholt = _documents_checker(tmp_path / "fernholt", [
        {"id": "report", "publisher": "Fernholt Health Trust", "text": f"{lantern}\n", "claims": [
            {"id": "visits", "subject": "visits to the Lantern Drop-In in its first year", "figure": "640", "value": 640, "unit": "count", "passage": lantern},
        ]},
    ])
    assert verdict(fernholt, "The Lantern Drop-In had 640 visits in its first year.") is Verdict.SUPPORTED
    # A hyphenated name of words no document uses is still a stranger.
    assert verdict(fernholt, "The Lantern Walk-Up had 640 visits in its first year.") is Verdict.UNVERIFIED


def test_a_count_s_noun_at_another_named_thing_is_that_thing_s(tmp_path):
    vacant = "Seven clinical posts in the Fernholt counselling service are vacant."
    lantern = "The Lantern Café opened in Fernholt in May 2024 and had 640 visits in its first year."
    evenings = "The Lantern Café runs on four evenings a week."
    fernholt = _documents_checker(tmp_path / "fernholt", [
        {"id": "report", "publisher": "Fernholt Health Trust", "text": f"{vacant} {lantern} {evenings}\n", "claims": [
            {"id": "posts", "subject": "vacant clinical posts in the Fernholt counselling service", "figure": "Seven", "value": 7, "unit": "count", "passage": vacant},
            {"id": "visits", "subject": "visits to the Lantern Café in its first year", "figure": "640", "value": 640, "unit": "count", "passage": lantern},
            {"id": "evenings", "subject": "evenings a week the Lantern Café is open", "figure": "four", "value": 4, "unit": "count", "passage": evenings},
        ]},
    ])
    # The posts at the café are not the counselling service's, whose seven match the words.
    assert verdict(fernholt, "Seven posts at the Lantern Café are vacant.") is Verdict.UNVERIFIED
    assert verdict(fernholt, "Seven clinical posts are vacant, the trust said.") is Verdict.SUPPORTED
    # A place is where they are, not whose: "in Fernholt" keeps them the service's.
    assert verdict(fernholt, "Seven clinical posts at the service in Fernholt are vacant.") is Verdict.SUPPORTED


def test_providers_agencies_and_firms_count_alike(tmp_path):
    said = "Our 24 contracted cleaning providers cleaned 310 council buildings in 2024."
    picked = "During the strike, cleaning agencies picked up 11 schools."
    brackley = _documents_checker(tmp_path / "brackley", [
        {"id": "report", "publisher": "unknown", "text": f"{said} {picked}\n", "claims": [
            {"id": "providers", "subject": "contracted cleaning providers", "figure": "24", "value": 24, "unit": "count", "passage": said},
            {"id": "buildings", "subject": "council buildings cleaned by contracted providers in 2024", "figure": "310", "value": 310, "unit": "count", "passage": said},
            {"id": "strike", "subject": "schools picked up by cleaning agencies during the strike", "figure": "11", "value": 11, "unit": "count", "passage": picked},
        ]},
    ])
    # A reporter's "agencies" for the documents' "providers" (not the count of
    # buildings the providers cleaned, whose subject names them too).
    assert verdict(brackley, "The council has 24 contracted cleaning agencies.") is Verdict.SUPPORTED
    assert verdict(brackley, "The council has 30 contracted cleaning agencies.") is Verdict.CONFLICTING


def test_an_amount_each_one_has_is_not_the_documents_whole(tmp_path):
    said = "Missed bin collections cost the Corley depot £212,000 a year in call-outs."
    corley = _documents_checker(tmp_path / "corley", [
        {"id": "report", "publisher": "unknown", "text": f"{said}\n", "claims": [
            {"id": "callouts", "subject": "call-out costs of missed bin collections at the Corley depot", "figure": "£212,000", "value": 212000, "unit": "GBP", "period": "per year", "passage": said},
        ]},
    ])
    # What one missed collection costs is another measure than the year's whole.
    assert verdict(corley, "Each missed bin collection costs the Corley depot about £38 a month in call-outs.") is Verdict.UNVERIFIED
    # The whole said wrongly still conflicts.
    assert verdict(corley, "Missed bin collections cost the Corley depot £250,000 a year in call-outs.") is Verdict.CONFLICTING


def test_a_junction_is_a_place_of_two_words(tmp_path):
    failures = "In March, two signal failures near Arkley Junction delayed 40 trains."
    works = "Punctuality on trains calling at Brindle Junction was 88.2% in March."
    arkley = _documents_checker(tmp_path / "arkley", [
        {"id": "report", "publisher": "unknown", "text": f"{failures} {works}\n", "claims": [
            {"id": "failures", "subject": "signal failures near Arkley Junction in March", "figure": "two", "value": 2, "unit": "count", "passage": failures},
            {"id": "delayed", "subject": "trains delayed by signal failures near Arkley Junction in March", "figure": "40", "value": 40, "unit": "count", "passage": failures},
            {"id": "works", "subject": "punctuality of trains calling at Brindle Junction in March", "figure": "88.2%", "value": 88.2, "unit": "percent", "passage": works},
        ]},
    ])
    assert verdict(arkley, "The two signal failures that disrupted March came near Arkley Junction.") is Verdict.SUPPORTED
    assert verdict(arkley, "The two signal failures that disrupted March came near Brindle Junction.") is not Verdict.SUPPORTED


def test_a_place_named_alone_is_a_part_unless_it_is_the_home(tmp_path):
    waiting = "Across Pennick, 150 people wait for an allotment plot."
    lowgate = "In Lowgate the plot fee is £48, and in Lowgate 40 plots are vacant."
    pennick = _documents_checker(tmp_path / "pennick", [
        {"id": "report", "publisher": "Pennick Borough Council", "text": f"{waiting} {lowgate}\n", "claims": [
            {"id": "waiting", "subject": "people waiting for an allotment plot", "figure": "150", "value": 150, "unit": "count", "passage": waiting},
            {"id": "fee", "subject": "allotment plot fee in Lowgate", "figure": "£48", "value": 48, "unit": "GBP", "passage": lowgate},
            {"id": "vacant", "subject": "vacant allotment plots in Lowgate", "figure": "40", "value": 40, "unit": "count", "passage": lowgate},
        ]},
    ])
    # Lowgate is named as often as the borough, but the borough is the home.
    assert verdict(pennick, "In Lowgate alone, 150 people wait for an allotment plot.") is Verdict.UNVERIFIED
    assert verdict(pennick, "In Pennick alone, 150 people wait for an allotment plot.") is Verdict.SUPPORTED



def test_a_place_in_a_later_clause_past_a_dash_is_that_clause_s(wexcombe):
    said = "By March 2025 the borough counted 2,316 licensed HMOs — 1,042 of them under the mandatory scheme — and 1,108 of those were in Cobb Hill."
    checked = wexcombe.check(said)
    assert all(fc.verdict is Verdict.SUPPORTED for fc in checked.figures), [fc.reason for fc in checked.figures]
    # Its own clause's place is still its own.
    assert verdict(wexcombe, "By March 2025 Cobb Hill counted 2,316 licensed HMOs.") is not Verdict.SUPPORTED


def test_a_place_called_a_neighbour_has_the_figure_not_the_documented_place(tmp_path):
    rates = "Corbridge Vale Council pays £640 a week for a standard care home place, while neighbouring Hesketh pays £675."
    care = _documents_checker(tmp_path / "care", [
        {"id": "report", "publisher": "unknown", "text": rates + "\n", "claims": [
            {"id": "vale", "subject": "Corbridge Vale Council's standard weekly care home rate", "figure": "£640", "value": 640, "unit": "GBP", "period": "per week", "passage": rates},
            {"id": "hesketh", "subject": "Hesketh's standard weekly care home rate", "figure": "£675", "value": 675, "unit": "GBP", "period": "per week", "passage": rates},
        ]},
    ])
    # The documents give Hesketh's own rate, and it is not the Vale's.
    assert verdict(care, "Neighbouring Hesketh pays £640 a week for a standard care home place, the same as Corbridge Vale.") is Verdict.CONFLICTING
    assert verdict(care, "Neighbouring Hesketh pays £675 a week for a standard care home place.") is Verdict.SUPPORTED
    # A neighbour the documents never name has no figure of theirs.
    assert verdict(care, "Nearby Ormsby pays £640 a week for a standard care home place.") is Verdict.UNVERIFIED
    # Set against the figure's own place, the neighbour does not own it.
    assert verdict(care, "Unlike neighbouring Hesketh, Corbridge Vale Council pays £640 a week for a standard care home place.") is Verdict.SUPPORTED


def test_a_length_of_time_that_tells_an_amount_is_not_a_length(tmp_path):
    letting = "Rooms at Pellow Court are let on 44-week contracts at £150 a week."
    halls = _documents_checker(tmp_path / "halls", [
        {"id": "guide", "publisher": "unknown", "text": letting + "\n", "claims": [
            {"id": "length", "subject": "length of Pellow Court tenancy contracts", "figure": "44-week", "value": 44, "unit": "weeks", "passage": letting},
            {"id": "rent", "subject": "weekly rent at Pellow Court", "figure": "£150", "value": 150, "unit": "GBP", "period": "per week", "passage": letting},
        ]},
    ])
    assert verdict(halls, "Tenancy contracts at Pellow Court run for 44 weeks.") is Verdict.SUPPORTED
    assert verdict(halls, "Tenancy contracts at Pellow Court run for six weeks.") is Verdict.CONFLICTING
    # Six weeks' rent is an amount of rent; the documents give no such amount.
    assert verdict(halls, "The bursary covers less than six weeks' rent on a Pellow Court tenancy contract.") is Verdict.UNVERIFIED


def test_an_aim_the_body_was_asked_to_reach_is_no_level_reached(tmp_path):
    plan = "At 31 March the Ferncombe Bike Library had 40 bikes, and it has been asked to reach 60 bikes by the end of the year."
    library = _documents_checker(tmp_path / "library", [
        {"id": "report", "publisher": "unknown", "text": plan + "\n", "claims": [
            {"id": "now", "topic": "bikes", "subject": "bikes held by the Ferncombe Bike Library at 31 March", "figure": "40", "value": 40, "unit": "count", "passage": plan},
            {"id": "aim", "topic": "bikes", "subject": "bikes the Ferncombe Bike Library has been asked to reach by the end of the year", "figure": "60", "value": 60, "unit": "count", "passage": plan},
        ]},
    ])
    # Said as reached, 60 is not what the library has: the documents give 40.
    assert verdict(library, "The Ferncombe Bike Library now has at least 60 bikes.") is Verdict.CONFLICTING
    # Said as the aim, it is the documents' aim.
    assert verdict(library, "The Ferncombe Bike Library has been asked to reach 60 bikes by the end of the year.") is not Verdict.CONFLICTING



@pytest.fixture(scope="module")
def brackenford():
    """The invented corpus of tests/data/other_corpus_36: a city's cycle lanes and road casualties, no real one."""
    return _invented_checker("other_corpus_36")


def test_money_named_right_before_a_thing_is_its_cost_not_a_change_in_it(brackenford):
    # The documents give the Tannery Link's cost (£2.9m) and its rise (£800,000).
    for sentence in ("Councillors agreed to find £2.9m for building the Tannery Link.", "The city will pay £2.9m building the Tannery Link, the council's report shows."):
        said = brackenford.check(sentence)
        assert said.verdict in (Verdict.SUPPORTED, Verdict.MIXED), [c.reason for c in said.figures]


def test_money_said_spent_so_far_is_not_the_whole_cost(brackenford):
    # £2.9m is what the Tannery Link is estimated to cost; nothing says what is spent yet.
    assert verdict(brackenford, "The council has so far spent £2.9m building the Tannery Link, its report shows.") is Verdict.UNVERIFIED


def test_journeys_count_what_the_documents_call_trips(tmp_path):
    usage = "Passengers made 84,000 trips on the Orrin Valley ferry in 2024."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "usage", "publisher": "unknown", "text": usage + "\n", "claims": [
            {"id": "trips", "subject": "trips on the Orrin Valley ferry in 2024", "figure": "84,000", "value": 84000, "unit": "count", "passage": usage},
        ]},
    ])
    assert verdict(ferry, "Passengers made 84,000 journeys on the Orrin Valley ferry in 2024.") is Verdict.SUPPORTED
    assert verdict(ferry, "Passengers made 90,000 journeys on the Orrin Valley ferry in 2024.") is not Verdict.SUPPORTED


def test_a_head_a_resident_and_a_person_are_one_rate(tmp_path):
    spend = "Orrinford spends £12 per resident a year on its parks."
    parks = _documents_checker(tmp_path / "parks", [
        {"id": "spend", "publisher": "unknown", "text": spend + "\n", "claims": [
            {"id": "per-resident", "subject": "Orrinford spending on parks per resident", "figure": "£12", "value": 12, "unit": "GBP", "period": "per resident", "passage": spend},
        ]},
    ])
    assert verdict(parks, "Orrinford spends £12 a head on its parks.") is Verdict.SUPPORTED
    assert verdict(parks, "Orrinford spends £12 per person on its parks.") is Verdict.SUPPORTED
    assert verdict(parks, "Orrinford spends £15 per head on its parks.") is Verdict.CONFLICTING
    # A pupil is no head of the town's people: another rate.
    assert verdict(parks, "Orrinford spends £12 per pupil on its parks.") is Verdict.UNVERIFIED


def test_the_date_a_programme_runs_until_is_no_moment_after_the_documents(tmp_path):
    budget = "The Kestrel Trails programme has a budget of £3.2m."
    trails = _documents_checker(tmp_path / "trails", [
        {"id": "report", "publisher": "unknown", "date": "2025-06-01", "text": budget + "\n", "claims": [
            {"id": "budget", "subject": "budget of the Kestrel Trails programme", "figure": "£3.2m", "value": 3200000, "unit": "GBP", "passage": budget},
        ]},
    ])
    # Documents written in 2025 may well give a programme that runs to 2027.
    assert verdict(trails, "The Kestrel Trails programme, which runs until March 2027, has a budget of £3.2m.") is Verdict.SUPPORTED
    # What it is said to have in 2027 they cannot speak to.
    assert verdict(trails, "In March 2027 the Kestrel Trails programme had a budget of £3.2m.") is Verdict.UNVERIFIED


def test_a_count_s_noun_ends_at_the_verb_its_passage_gives_it(tmp_path):
    members = "Our 640 members walk these paths every week."
    survey = "Last spring 35 Ramblers volunteers rode and mapped every bridleway."
    ramblers = _documents_checker(tmp_path / "ramblers", [
        {"id": "newsletter", "publisher": "unknown", "text": f"{members} {survey}\n", "claims": [
            {"id": "members", "subject": "Ferncombe Ramblers members", "figure": "640", "value": 640, "unit": "count", "passage": members, "aliases": ["Ferncombe Ramblers", "Ramblers"]},
            {"id": "volunteers", "subject": "Ramblers volunteers who rode and mapped the bridleways", "figure": "35", "value": 35, "unit": "count", "passage": survey},
        ]},
    ])
    # The documents count members and volunteers, not paths or what was ridden.
    assert verdict(ramblers, "The Ferncombe Ramblers, which has 640 members, is growing.") is Verdict.SUPPORTED
    assert verdict(ramblers, "The Ramblers sent 35 volunteers to map every bridleway.") is Verdict.SUPPORTED


def test_a_change_is_not_judged_on_levels_where_the_documents_change_is_of_another_kind(tmp_path):
    visits = "Visitors made 52,000 trips to the Orrin Lido in 2024, up 30% on the year before."
    lido = _documents_checker(tmp_path / "lido", [
        {"id": "report", "publisher": "unknown", "text": visits + "\n", "claims": [
            {"id": "visits", "topic": "lido-visits", "subject": "visits to the Orrin Lido in 2024", "figure": "52,000", "value": 52000, "unit": "count", "passage": visits},
            {"id": "growth", "topic": "lido-visits", "subject": "growth in visits to the Orrin Lido in 2024", "figure": "30%", "value": 30, "unit": "percent", "passage": visits},
        ]},
    ])
    # A count of the change is not the documents' count of visits, nor their 30%.
    assert verdict(lido, "Visits to the Orrin Lido rose by 12,000 in 2024.") is Verdict.UNVERIFIED
    assert verdict(lido, "Visits to the Orrin Lido rose by 30% in 2024.") is Verdict.SUPPORTED
    assert verdict(lido, "Visits to the Orrin Lido rose by 45% in 2024.") is Verdict.CONFLICTING


def test_the_level_a_change_reached_is_not_the_one_it_came_from(tmp_path):
    members = "The Orrin Rowing Club now has 1,200 members, up from 900 a year ago."
    club = _documents_checker(tmp_path / "club", [
        {"id": "newsletter", "publisher": "unknown", "text": members + "\n", "claims": [
            {"id": "now", "topic": "members", "subject": "Orrin Rowing Club members", "figure": "1,200", "value": 1200, "unit": "count", "passage": members},
            {"id": "then", "topic": "members", "subject": "Orrin Rowing Club members a year ago", "figure": "900", "value": 900, "unit": "count", "passage": members},
        ]},
    ])
    # The change is said on the way: the level reached is the later one.
    assert verdict(club, "Orrin Rowing Club membership has jumped by 300 in a year to 1,200.") is not Verdict.MIXED
    assert figure_verdict(club, "Orrin Rowing Club membership has jumped by 300 in a year to 1,200.", "1,200") is Verdict.SUPPORTED


def test_a_figure_at_the_stage_said_is_judged_on_the_documents_figure_at_that_stage(tmp_path):
    grant = "Orrinford Council bid for £2.4m from the Greenways Fund and was awarded £1.8m."
    greenways = _documents_checker(tmp_path / "greenways", [
        {"id": "report", "publisher": "unknown", "text": grant + "\n", "claims": [
            {"id": "bid", "subject": "amount Orrinford Council bid for from the Greenways Fund", "figure": "£2.4m", "value": 2400000, "unit": "GBP", "passage": grant},
            {"id": "award", "subject": "Greenways Fund award to Orrinford Council", "figure": "£1.8m", "value": 1800000, "unit": "GBP", "passage": grant},
        ]},
    ])
    # The bid said as the award: the documents give the award, and it is another figure.
    assert verdict(greenways, "Orrinford was awarded £2.4m from the Greenways Fund.") is Verdict.CONFLICTING
    assert verdict(greenways, "Orrinford was awarded £1.8m from the Greenways Fund.") is Verdict.SUPPORTED



def test_a_place_s_own_figure_for_the_same_measure_is_found_whatever_its_names(brackenford):
    # Five is the Brackenford Orbital's count of cyclists seriously
    # injured; for the Millbrook Cross gyratory the documents give three.
    assert verdict(brackenford, "Five cyclists were seriously injured at the Millbrook Cross gyratory last year, campaigners said.") is Verdict.CONFLICTING


def test_an_earlier_level_beside_now_is_not_said_of_now(tmp_path):
    queue = "The Orrin Youth Trust's mentoring waiting list has grown to 90 young people, up from 35 a year ago."
    trust = _documents_checker(tmp_path / "trust", [
        {"id": "feature", "publisher": "unknown", "text": queue + "\n", "claims": [
            {"id": "now", "topic": "waiting", "subject": "young people on the Orrin Youth Trust's mentoring waiting list", "figure": "90", "value": 90, "unit": "count", "passage": queue},
            {"id": "then", "topic": "waiting", "subject": "young people on the Orrin Youth Trust's mentoring waiting list a year earlier", "figure": "35", "value": 35, "unit": "count", "passage": queue},
        ]},
    ])
    said = "The Orrin Youth Trust says its mentoring waiting list now stands at 90 young people, up from 35 a year ago."
    assert figure_verdict(trust, said, "35") is Verdict.SUPPORTED
    assert figure_verdict(trust, said, "90") is Verdict.SUPPORTED


def test_the_home_s_figure_is_found_where_one_passage_goes_on_to_a_part(tmp_path):
    report = "Across Orrinford, 412 allotment plots were vacant in March, and 30 in Orrinford parks."
    campaign = "Some 412 allotment plots are vacant across the city, most of them in Eastmoor."
    plots = _documents_checker(tmp_path / "plots", [
        {"id": "report", "publisher": "Orrinford City Council", "text": report + "\n", "claims": [
            {"id": "council", "topic": "vacant-plots", "subject": "allotment plots vacant across the city", "figure": "412", "value": 412, "unit": "count", "passage": report},
        ]},
        {"id": "campaign", "publisher": "Orrinford Growers", "text": campaign + "\n", "claims": [
            {"id": "growers", "topic": "vacant-plots", "subject": "allotment plots sitting vacant across the city, as the growers count them", "figure": "412", "value": 412, "unit": "count", "passage": campaign},
            {"id": "ward", "subject": "Eastmoor allotment sites", "figure": "9", "value": 9, "unit": "count", "passage": campaign},
        ]},
    ])
    # Orrinford is the city the documents are of; the growers' passage names a part of it, not another place.
    assert verdict(plots, "Some 412 allotment plots are sitting vacant across Orrinford, the growers say.") is Verdict.SUPPORTED


def test_a_place_named_as_a_documented_thing_s_is_still_a_place(brackenford):
    # The 37 are the Tannery Quarter's; the gyratory is in Millbrook Cross.
    said = "Some 37 pedestrians were killed or seriously injured around the Millbrook Cross gyratory in 2024."
    assert verdict(brackenford, said) is not Verdict.SUPPORTED
    assert verdict(brackenford, "Some 37 pedestrians were killed or seriously injured in the Tannery Quarter in 2024.") is Verdict.SUPPORTED



def test_the_home_s_possessive_right_before_a_figure_owns_it(tmp_path):
    staff = "Corbridge Council employs 14 detached youth workers in Corbridge, and its youth centres in Corbridge open 6 evenings a week."
    rival = "In neighbouring Hesketh, the council employs 9 detached youth workers."
    youth = _documents_checker(tmp_path / "youth", [
        {"id": "report", "publisher": "unknown", "text": f"{staff} {rival}\n", "claims": [
            {"id": "home", "topic": "workers", "subject": "detached youth workers employed by Corbridge Council", "figure": "14", "value": 14, "unit": "count", "passage": staff},
            {"id": "evenings", "subject": "evenings a week Corbridge's youth centres open", "figure": "6", "value": 6, "unit": "count", "passage": staff},
            {"id": "hesketh", "topic": "hesketh-workers", "subject": "detached youth workers employed by Hesketh council", "figure": "9", "value": 9, "unit": "count", "passage": rival},
        ]},
    ])
    # The 9 is Hesketh's; said to be Corbridge's, it is not supported by Hesketh's passage.
    assert figure_verdict(youth, "Hesketh's detached youth work team has 20 workers, twice the size of Corbridge's 9.", "9") is not Verdict.SUPPORTED
    assert figure_verdict(youth, "Corbridge's detached youth work team has 14 workers, more than Hesketh's 9.", "9") is Verdict.SUPPORTED


def test_a_start_dates_the_thing_started_not_another_s_start(tmp_path):
    started = "The Brightwater Boxing Club, which started in May 2019, has coached 1,240 young people."
    funding = "The start of the Harbour Youth Grant's funding for the Brightwater Boxing Club came in June 2021."
    club = _documents_checker(tmp_path / "club", [
        {"id": "report", "publisher": "unknown", "text": f"{started} {funding}\n", "claims": [
            {"id": "start", "subject": "start of the Brightwater Boxing Club", "figure": "May 2019", "value": "2019-05", "unit": "date", "passage": started},
            {"id": "coached", "subject": "young people coached by the Brightwater Boxing Club since it started", "figure": "1,240", "value": 1240, "unit": "count", "passage": started},
            {"id": "funding", "subject": "start of the Harbour Youth Grant's funding for the Brightwater Boxing Club", "figure": "June 2021", "value": "2021-06", "unit": "date", "passage": funding},
        ]},
    ])
    # "since it started in ...": the club's start, however many figures come first.
    assert figure_verdict(club, "The Brightwater Boxing Club has coached 1,240 young people since it started in May 2019.", "May 2019") is Verdict.SUPPORTED
    assert figure_verdict(club, "The Brightwater Boxing Club has coached 1,240 young people since it started in March 2017.", "March 2017") is Verdict.CONFLICTING
    # The start of the grant's funding for it is not the club's own start.
    assert figure_verdict(club, "The Brightwater Boxing Club started in June 2021.", "June 2021") is not Verdict.SUPPORTED


def test_a_share_s_time_limit_is_part_of_what_it_measures(tmp_path):
    answered = "Volunteers answered 91% of first messages to the Tarnbrook Textline within five minutes during the quarter."
    textline = _documents_checker(tmp_path / "textline", [
        {"id": "report", "publisher": "unknown", "text": answered + "\n", "claims": [
            {"id": "answered", "subject": "share of first messages to the Tarnbrook Textline answered within five minutes in the quarter",
             "figure": "91%", "value": 91, "unit": "percent", "period": "in the quarter", "passage": answered},
        ]},
    ])
    # The five minutes is the limit the share met, not a stretch it was counted over.
    assert verdict(textline, "Volunteers answer 78% of first messages to the Tarnbrook Textline within five minutes.") is Verdict.CONFLICTING
    assert verdict(textline, "Volunteers answer 91% of first messages to the Tarnbrook Textline within five minutes.") is Verdict.SUPPORTED
    # Another limit is another measure.
    assert verdict(textline, "Volunteers answer 91% of first messages to the Tarnbrook Textline within 15 minutes.") is Verdict.UNVERIFIED
    result = textline.check("Volunteers answer 78% of first messages to the Tarnbrook Textline within five minutes.")
    assert "five minutes read as part of what is counted" in result.reason, result.reason


def test_a_later_level_is_not_backed_by_the_earlier_level_it_rose_from(tmp_path):
    rose = "The Wendle Valley line ran 91.0% of its trains on time in 2024, up from 88.5% in 2023."
    line = _documents_checker(tmp_path / "line", [
        {"id": "report", "publisher": "unknown", "text": rose + "\n", "claims": [
            {"id": "year-2024", "topic": "on-time", "subject": "Wendle Valley line trains on time in 2024", "figure": "91.0%", "value": 91, "unit": "percent", "period": "in 2024", "passage": rose},
            {"id": "year-2023", "topic": "on-time", "subject": "Wendle Valley line trains on time in 2023", "figure": "88.5%", "value": 88.5, "unit": "percent", "period": "in 2023", "passage": rose},
        ]},
    ])
    # "less than 91.0%" takes in 88.5%, but that is the level the sentence says it rose from.
    said = "The Wendle Valley line ran less than 91.0% of its trains on time, up from 88.5% in 2023."
    assert figure_verdict(line, said, "91.0%") is Verdict.UNVERIFIED
    assert figure_verdict(line, "The Wendle Valley line ran 91.0% of its trains on time, up from 88.5% in 2023.", "91.0%") is Verdict.SUPPORTED


def test_a_nationwide_figure_is_not_a_topic_s_that_speaks_of_donations(tmp_path):
    gifts = "The Pellow Larder received 4,300 donations of food in 2024."
    larder = _documents_checker(tmp_path / "larder", [
        {"id": "report", "publisher": "unknown", "text": gifts + "\n", "claims": [
            {"id": "gifts", "subject": "food donations received by the Pellow Larder in 2024", "figure": "4,300", "value": 4300, "unit": "count", "passage": gifts},
        ]},
    ])
    # "donations" holds "nation", but says nothing of the whole country.
    assert verdict(larder, "Nationally, the Pellow Larder received 4,300 donations of food in 2024.") is Verdict.UNVERIFIED
    assert verdict(larder, "The Pellow Larder received 4,300 donations of food in 2024.") is Verdict.SUPPORTED


def test_those_who_finished_a_course_are_not_those_who_started_it(tmp_path):
    both = "Forty men have completed Tidemark Bridges, and 95 have started it since May 2023."
    course = _documents_checker(tmp_path / "course", [
        {"id": "report", "publisher": "unknown", "text": both + "\n", "claims": [
            {"id": "completed", "subject": "men who have completed Tidemark Bridges", "figure": "Forty", "value": 40, "unit": "count", "passage": both},
            {"id": "started", "subject": "men who have started Tidemark Bridges since May 2023", "figure": "95", "value": 95, "unit": "count", "passage": both},
        ]},
    ])
    assert verdict(course, "Tidemark Bridges has now been completed by 95 men.") is Verdict.CONFLICTING
    assert verdict(course, "Tidemark Bridges has now been completed by 40 men.") is Verdict.SUPPORTED
    assert verdict(course, "In all, 95 men have started Tidemark Bridges.") is Verdict.SUPPORTED
    started = "Some 95 men have started Tidemark Bridges since it began in May 2023."
    only_started = _documents_checker(tmp_path / "started", [
        {"id": "report", "publisher": "unknown", "text": started + "\n", "claims": [
            {"id": "started", "subject": "men who have started Tidemark Bridges since May 2023", "figure": "95", "value": 95, "unit": "count", "passage": started},
        ]},
    ])
    assert verdict(only_started, "Tidemark Bridges has now been completed by 95 men.") is Verdict.UNVERIFIED
    # (A start that dates the course is no step of it.)
    assert verdict(only_started, "Since it began, Tidemark Bridges has been started by 95 men.") is Verdict.SUPPORTED


def test_a_neighbour_named_only_as_one_is_a_place(tmp_path):
    calls = "The Tessbury Helpline answered 9,200 calls in 2024, and residents of neighbouring Quarnby can ring it too."
    places = "Neighbouring Quarnby has 14 refuge places, against 31 in Tessbury."
    helpline = _documents_checker(tmp_path / "helpline", [
        {"id": "report", "publisher": "Tessbury Council", "text": f"{calls} {places}\n", "claims": [
            {"id": "calls", "subject": "calls answered by the Tessbury Helpline in 2024", "figure": "9,200", "value": 9200, "unit": "count", "passage": calls},
            {"id": "quarnby", "subject": "refuge places in Quarnby", "figure": "14", "value": 14, "unit": "count", "passage": places},
            {"id": "tessbury", "subject": "refuge places in Tessbury", "figure": "31", "value": 31, "unit": "count", "passage": places},
        ]},
    ])
    # Quarnby is never "in Quarnby" in the documents, but "neighbouring
    # Quarnby" says it is a place, and the helpline is Tessbury's.
    assert verdict(helpline, "Quarnby's own helpline answered 9,200 calls in 2024.") is Verdict.UNVERIFIED
    assert verdict(helpline, "The Tessbury Helpline answered 9,200 calls in 2024.") is Verdict.SUPPORTED


def test_each_amount_of_a_sentence_has_the_date_of_its_own_clause(tmp_path):
    burglaries = "Quarnby recorded 3,950 burglaries in 2022/23."
    award = "The commissioner awarded Quarnby £410,000 for 2023/24."
    town = _documents_checker(tmp_path / "town", [
        {"id": "report", "publisher": "unknown", "text": f"{burglaries} {award}\n", "claims": [
            {"id": "burglaries", "subject": "burglaries recorded in Quarnby in 2022/23", "figure": "3,950", "value": 3950, "unit": "count", "period": "in 2022/23", "passage": burglaries},
            {"id": "award", "subject": "the commissioner's award to Quarnby for 2023/24", "figure": "£410,000", "value": 410000, "unit": "GBP", "period": "for 2023/24", "passage": award},
        ]},
    ])
    # A few words of its own clause, then its date: 2023/24 is the award's, not the burglaries'.
    said = "Quarnby recorded 3,950 burglaries in 2022/23 and was awarded £410,000 by the commissioner for 2023/24."
    assert figure_verdict(town, said, "3,950") is Verdict.SUPPORTED
    assert figure_verdict(town, said, "£410,000") is Verdict.SUPPORTED
    assert figure_verdict(town, "Quarnby recorded 3,950 burglaries in 2023/24.", "3,950") is not Verdict.SUPPORTED


def test_a_stretch_counted_from_an_event_is_the_same_stretch_on_both_sides(tmp_path):
    fell = "Among men who completed Stepping Back, police call-outs to their homes fell by 37% in the six months after the course."
    course = _documents_checker(tmp_path / "course", [
        {"id": "report", "publisher": "unknown", "text": fell + "\n", "claims": [
            {"id": "fall", "subject": "fall in police call-outs to the homes of men who completed Stepping Back", "figure": "37%", "value": 37, "unit": "percent",
             "period": "six months after the course", "passage": fell},
        ]},
    ])
    # Six months after the course is one stretch, not a sample of six months: another figure for it conflicts.
    said = "Police call-outs to the homes of men who completed Stepping Back fell by 47% in the six months after the course."
    assert verdict(course, said) is Verdict.CONFLICTING
    assert verdict(course, said.replace("47%", "37%")) is Verdict.SUPPORTED
    # Any six months may be another stretch than the documents'.
    assert verdict(course, "Police call-outs to the homes of men who completed Stepping Back fell by 47% in six months.") is Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def marrowfold():
    """The invented forty-fourth corpus (tests/data/other_corpus_44): a county's rural crime response, no real one."""
    return _invented_checker("other_corpus_44")


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # Held now, with no time given: the count when it began (350) does not back it; 1,140 and 1,205 contradict it.
        ("FarmWatch Marrowfold has 350 members.", Verdict.CONFLICTING),
        ("FarmWatch Marrowfold has fewer than 400 members.", Verdict.CONFLICTING),
        # Said of its start: the documents' figure of its start, not their later undated ones.
        ("FarmWatch Marrowfold had 350 members when it began.", Verdict.SUPPORTED),
        ("FarmWatch Marrowfold had 420 members when it began.", Verdict.CONFLICTING),
    ],
)
def test_a_level_held_now_and_one_at_the_start_are_judged_on_their_own_moment(marrowfold, claim, expected):
    assert_verdict(marrowfold, claim, expected)


def test_members_gained_are_not_a_membership_level(marrowfold):
    # 790 is no level of FarmWatch's membership: a gain, which the documents do not give.
    assert verdict(marrowfold, "FarmWatch Marrowfold has gained 790 members.") is Verdict.UNVERIFIED


def test_police_putting_a_value_at_a_figure_estimate_it_not_pay_it(marrowfold):
    # "put ... at £850,000" is the force's estimate of what it recovered, not money the police put in.
    claim = "Police put the value of stolen property recovered by the rural crime team in 2024 at £850,000."
    assert figure_verdict(marrowfold, claim, "£850,000") is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # The fund is named in an aside about the commissioner; the thefts are her county's, not the fund's.
        ("Vardenshire's commissioner, whose own Countryside Fund began last year, has seen quad bike thefts in her county rise to 129.", Verdict.SUPPORTED),
        ("Vardenshire's Countryside Fund has seen quad bike thefts in her county rise to 129.", Verdict.UNVERIFIED),
    ],
)
def test_a_thing_named_only_in_an_aside_does_not_own_the_figure(marrowfold, claim, expected):
    assert figure_verdict(marrowfold, claim, "129") is expected


def test_another_place_s_own_figure_for_a_measure_worded_otherwise_is_the_one_judged(marrowfold):
    # The documents word Vardenshire's losses otherwise than Marrowfold's, but both count losses: £2.2m is its own.
    result = marrowfold.check("In neighbouring Vardenshire, farms lost £3m to thieves, the union's survey found.")
    assert result.verdict is Verdict.CONFLICTING, result.reason
    assert "£2.2m" in result.reason


def test_a_part_of_a_counted_whole_counts_the_whole_s_noun(tmp_path):
    answered = "The poll, answered by 312 of the guild's 1,450 members this spring, found most wanted longer hours."
    guild = _documents_checker(tmp_path / "guild", [
        {"id": "release", "publisher": "unknown", "text": answered + "\n", "claims": [
            {"id": "answered", "subject": "Larkmoor Guild members who answered the guild's spring poll", "figure": "312", "value": 312, "unit": "count", "passage": answered},
            {"id": "members", "subject": "members of the Larkmoor Guild", "figure": "1,450", "value": 1450, "unit": "count", "passage": answered},
        ]},
    ])
    # "312 of the guild's 1,450 members": the 312 are members too, so the poll's count speaks to them.
    assert verdict(guild, "The spring poll was answered by 312 members of the Larkmoor Guild.") is Verdict.SUPPORTED
    assert verdict(guild, "The spring poll was answered by 412 members of the Larkmoor Guild.") is Verdict.CONFLICTING


@pytest.fixture(scope="module")
def allotments(tmp_path_factory):
    weekly = "Thefts from allotments in Dunholt ran to 14 crimes a week in 2023, the parish council's review found."
    return _documents_checker(tmp_path_factory.mktemp("allotments"), [
        {"id": "review", "publisher": "unknown", "text": weekly + "\n", "claims": [
            {"id": "weekly", "subject": "allotment theft crimes recorded in Dunholt each week in 2023", "figure": "14", "value": 14, "unit": "count",
             "period": "a week", "passage": weekly},
        ]},
    ])


def test_offences_and_crimes_count_the_same(allotments):
    # Recorded crime is counted in offences: the documents' "crimes" by another name.
    assert verdict(allotments, "Dunholt recorded 14 allotment theft offences a week in 2023.") is Verdict.SUPPORTED
    assert verdict(allotments, "Dunholt recorded 19 allotment theft offences a week in 2023.") is not Verdict.SUPPORTED


def test_a_count_that_ran_at_a_level_dates_no_event(allotments):
    # "ran at ... in 2023": when the level held, not a run that took place in 2023.
    assert verdict(allotments, "Allotment theft in Dunholt ran at 14 crimes a week in 2023.") is Verdict.SUPPORTED


def test_a_place_named_only_in_a_second_relative_clause_owns_no_figure():
    line = _invented_checker("other_corpus_42")
    # Corrowdale is where some callers live, said in a clause of its own; the contract is still the Safe Line's.
    said = "The Safe Line, which Amberlight runs on a £310,000-a-year contract and which callers from neighbouring Corrowdale may also use, is staffed every night."
    assert figure_verdict(line, said, "£310,000") is Verdict.SUPPORTED
    # Named in the figure's own clause, the neighbour still owns it.
    assert figure_verdict(line, "Neighbouring Corrowdale pays Amberlight £310,000 a year for its helpline.", "£310,000") is not Verdict.SUPPORTED


def test_a_count_after_of_is_the_named_thing_s_own(tmp_path):
    term = "Lindencross Buses runs the Tallowlink network under a seven-year contract with the council."
    routes = "The Tallowlink network has 26 routes."
    buses = _documents_checker(tmp_path / "buses", [
        {"id": "report", "publisher": "unknown", "text": f"{term} {routes}\n", "claims": [
            {"id": "term", "subject": "term of the Tallowlink contract with Lindencross Buses", "figure": "seven-year", "value": 7, "unit": "years", "passage": term},
            {"id": "routes", "subject": "routes in the Tallowlink network", "figure": "26", "value": 26, "unit": "count", "passage": routes},
        ]},
    ])
    # The operator named earlier runs the network; the 26 are the network's routes, as the documents say.
    said = "Last week Lindencross Buses was handed a new contract to run the Tallowlink network of 26 routes."
    assert figure_verdict(buses, said, "26") is Verdict.SUPPORTED
    assert figure_verdict(buses, said.replace("26", "31"), "31") is Verdict.CONFLICTING


def test_a_count_of_what_the_documents_count_apart_is_not_the_passage_s(tmp_path):
    # The Bramblewick union counts thefts of red diesel; the force's review counts trailer thefts apart.
    lights = "Since June 2024 members of the Bramblewick Growers' Union have reported 64 thefts of red diesel."
    trailers = "Thefts of trailers in Bramblewick came to 112 in 2024, the force's review found."
    farms = _documents_checker(tmp_path / "farms", [
        {"id": "union", "publisher": "unknown", "text": lights + "\n", "claims": [
            {"id": "diesel", "subject": "thefts of red diesel reported by Bramblewick Growers' Union members since June 2024", "figure": "64", "value": 64, "unit": "count",
             "period": "since June 2024", "passage": lights},
        ]},
        {"id": "review", "publisher": "unknown", "text": f"Rural crime review.\n{trailers}\n", "claims": [
            {"id": "trailers", "subject": "thefts of trailers in Bramblewick in 2024", "figure": "112", "value": 112, "unit": "count", "passage": trailers},
        ]},
    ])
    # "64 diesel thefts" is the union's own measure; "64 trailer thefts" is one the review counts apart.
    assert verdict(farms, "Union members reported 64 diesel thefts since June 2024.") is Verdict.SUPPORTED
    assert verdict(farms, "Union members reported 64 trailer thefts since June 2024.") is not Verdict.SUPPORTED
    # A document that can no longer be read holds none of the sentence's words: no traceback.
    farms.corpus.sources["union"].file.unlink()
    fresh = Checker(farms.corpus)
    assert verdict(fresh, "Union members reported 64 trailer thefts since June 2024.") is not Verdict.SUPPORTED


def test_a_total_a_dated_amount_takes_it_to_is_judged_at_that_window_s_end(tmp_path):
    year = "The Corwen Water ferry carried 2,100 passengers in 2023/24, taking its total since 2021 to 2,900."
    now = "The Corwen Water ferry has now carried some 3,400 passengers since it began."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "annual", "publisher": "unknown", "text": year + "\n", "claims": [
            {"id": "year", "topic": "passengers", "subject": "passengers carried by the Corwen Water ferry in 2023/24", "figure": "2,100", "value": 2100, "unit": "count",
             "period": "2023/24", "passage": year},
            {"id": "total", "topic": "passengers", "subject": "passengers carried by the Corwen Water ferry since 2021", "figure": "2,900", "value": 2900, "unit": "count",
             "period": "total", "as_of": "2024-03", "passage": year},
        ]},
        {"id": "press", "publisher": "unknown", "text": now + "\n", "claims": [
            {"id": "now", "topic": "passengers", "subject": "passengers carried by the Corwen Water ferry so far", "figure": "some 3,400", "value": 3400, "unit": "count",
             "qualifier": "approx", "as_of": "2024-09", "passage": now},
        ]},
    ])
    # The total at the end of 2023/24 is the annual report's 2,900, not the newer "some 3,400".
    said = "The Corwen Water ferry carried 2,100 passengers in 2023/24, taking its total since it began to {}."
    assert figure_verdict(ferry, said.format("2,900"), "2,900") is Verdict.SUPPORTED
    assert figure_verdict(ferry, said.format("3,100"), "3,100") is Verdict.CONFLICTING


def test_a_bound_is_judged_on_the_whole_not_on_a_place_s_share_the_sentence_never_names(tmp_path):
    served = "The Wrenfold Supper Club served 412 families in 2024: 296 in Castlemere and 116 in Ossington."
    club = _documents_checker(tmp_path / "club", [
        {"id": "review", "publisher": "Castlemere City Council", "text": served + "\n", "claims": [
            {"id": "all", "topic": "families", "subject": "families served by the Wrenfold Supper Club in 2024", "figure": "412", "value": 412, "unit": "count", "period": "in 2024", "passage": served},
            {"id": "castlemere", "topic": "families-castlemere", "subject": "families served by the Wrenfold Supper Club in Castlemere in 2024", "figure": "296", "value": 296, "unit": "count", "period": "in 2024", "passage": served},
            {"id": "ossington", "topic": "families-ossington", "subject": "families served by the Wrenfold Supper Club in Ossington in 2024", "figure": "116", "value": 116, "unit": "count", "period": "in 2024", "passage": served},
        ]},
    ])
    # The club's 412 is what the sentence speaks of; one city's 296 merely fits the bound.
    assert figure_verdict(club, "Fewer than 300 families were served by the Wrenfold Supper Club in 2024.", "300") is Verdict.CONFLICTING
    # Named, the city's share is the measure.
    assert figure_verdict(club, "Fewer than 300 families were served by the Wrenfold Supper Club in Castlemere in 2024.", "300") is Verdict.SUPPORTED


def test_children_and_teenagers_are_the_documents_young_people(tmp_path):
    helped = "The Larkspur Lantern project helped 214 young people in 2024."
    calls = "Schools referred 60 children to the project in 2024."
    lantern = _documents_checker(tmp_path / "lantern", [
        {"id": "review", "publisher": "unknown", "text": f"{helped} {calls}\n", "claims": [
            {"id": "helped", "subject": "young people helped by the Larkspur Lantern project in 2024", "figure": "214", "value": 214, "unit": "count", "period": "in 2024", "passage": helped},
            {"id": "referred", "subject": "children referred to the Larkspur Lantern project by schools in 2024", "figure": "60", "value": 60, "unit": "count", "period": "in 2024", "passage": calls},
        ]},
    ])
    # A reporter's "children and teenagers" are the project's young people, not the part schools referred.
    assert verdict(lantern, "The Larkspur Lantern project helped 214 children and teenagers in 2024.") is Verdict.SUPPORTED
    assert verdict(lantern, "The Larkspur Lantern project helped 250 teenagers in 2024.") is Verdict.CONFLICTING


def test_a_name_opening_the_clause_that_owns_a_sibling_claim_owns_the_figure(tmp_path):
    plan = "Under the ward plan, Harlowe would get £120,000 of the £300,000 set aside for ward grants."
    rows = {"Brindle": 45, "Amberfold": 50, "Coldwick": 40, "Dunstall": 45}
    kinds = "lido museum gallery library theatre observatory boathouse bandstand aquarium arboretum planetarium velodrome marina pavilion conservatory orangery"
    venues = {v: 100 + 10 * i for i, v in enumerate(kinds.split())}
    wards = _documents_checker(tmp_path / "wards", [
        {"id": "plan", "publisher": "unknown", "text": plan + "\n" + "".join(f"{w}: £{k},000\n" for w, k in rows.items()), "claims": [
            {"id": "harlowe", "subject": "Harlowe's ward grant under the ward plan", "figure": "£120,000", "value": 120000, "unit": "GBP", "passage": plan},
            {"id": "pot", "subject": "money set aside for ward grants under the ward plan", "figure": "£300,000", "value": 300000, "unit": "GBP", "passage": plan},
            *({"id": w.lower(), "subject": f"{w}'s ward grant under the ward plan", "figure": f"£{k},000", "value": k * 1000, "unit": "GBP", "passage": f"{w}: £{k},000"} for w, k in rows.items()),
        ]},
        # Other business of the council: a ward named by one claim in twenty is no home word.
        {"id": "venues", "publisher": "unknown", "text": "".join(f"The {v} had {n} visitors in May.\n" for v, n in venues.items()), "claims": [
            {"id": v.split()[0].lower(), "subject": f"visitors to the {v} in May", "figure": str(n), "value": n, "unit": "count", "passage": f"The {v} had {n} visitors in May."} for v, n in venues.items()
        ]},
    ])
    # Brindle, which the passage never names, has a grant of its own.
    assert figure_verdict(wards, "Brindle, the smallest ward, would receive £120,000 under the ward plan.", "£120,000") is Verdict.CONFLICTING
    assert figure_verdict(wards, "Harlowe would receive £120,000 under the ward plan.", "£120,000") is Verdict.SUPPORTED


def test_a_level_is_not_contradicted_by_an_addition_the_documents_give(tmp_path):
    ask = "A grant of £300,000 would let the Wrenhaven Trust employ six more youth workers."
    trust = _documents_checker(tmp_path / "trust", [
        {"id": "bid", "publisher": "unknown", "text": ask + "\n", "claims": [
            {"id": "more", "subject": "more youth workers the Wrenhaven Trust's grant would pay for", "figure": "six", "value": 6, "unit": "count", "passage": ask},
        ]},
    ])
    # How many it employs now is a level; the documents give only how many more a grant would pay for.
    assert verdict(trust, "The Wrenhaven Trust now employs 26 youth workers.") is Verdict.UNVERIFIED
    # An addition is still judged on the documents' addition.
    assert verdict(trust, "The grant would let the Wrenhaven Trust employ eight more youth workers.") is Verdict.CONFLICTING


def test_an_amount_after_a_conjoined_clause_s_count_is_read_in_that_clause(tmp_path):
    fleet = "The Harrowgate lifeboat station keeps 4 inshore boats and 2 hovercraft."
    bought = "The station took delivery of 3 new tractors during the year at a cost of £420,000."
    station = _documents_checker(tmp_path / "station", [
        {"id": "review", "publisher": "Harrowgate Lifeboat Station", "text": f"{fleet} {bought}\n", "claims": [
            {"id": "boats", "topic": "inshore-boats", "subject": "inshore boats at the Harrowgate lifeboat station", "figure": "4", "value": 4, "unit": "count", "passage": fleet},
            {"id": "hovercraft", "topic": "hovercraft", "subject": "hovercraft at the Harrowgate lifeboat station", "figure": "2", "value": 2, "unit": "count", "passage": fleet},
            {"id": "tractors", "topic": "new-tractors", "subject": "new tractors delivered to the station during the year", "figure": "3", "value": 3, "unit": "count", "passage": bought},
            {"id": "tractors-cost", "topic": "new-tractors-cost", "subject": "cost of the new tractors delivered during the year", "figure": "£420,000", "value": 420000, "unit": "GBP", "passage": bought},
        ]},
    ])
    said = "The Harrowgate station keeps 4 inshore boats and 2 hovercraft, and 3 new tractors arrived during the year at a cost of {}."
    # Read on the whole sentence, the money meets the boats, which have no cost in the documents.
    assert figure_verdict(station, said.format("£420,000"), "£420,000") is Verdict.SUPPORTED
    assert figure_verdict(station, said.format("£510,000"), "£510,000") is Verdict.CONFLICTING


def test_a_body_the_document_calls_its_own_publisher_is_no_one_else(tmp_path):
    about = "Bramblewood Carers is an independent charity for unpaid carers in Oxley Vale."
    survey = "In our survey this spring, 540 carers told us about their breaks."

    def carers(root: Path, text: str) -> Checker:
        return _documents_checker(root, [
            {"id": "briefing", "publisher": "Bramblewood Carers", "text": text + "\n", "claims": [
                {"id": "replies", "topic": "replies", "subject": "carers who replied to the Bramblewood Carers survey this spring", "figure": "540", "value": 540, "unit": "count", "passage": survey},
            ]},
        ])

    said = "Some 540 carers answered the local carers' charity's spring survey."
    assert figure_verdict(carers(tmp_path / "says", f"{about} {survey}"), said, "540") is Verdict.SUPPORTED
    # A document that never says what its publisher is leaves "the charity" someone else.
    assert figure_verdict(carers(tmp_path / "silent", survey), said, "540") is Verdict.UNVERIFIED


def test_an_earlier_level_the_documents_give_as_a_fortnight_ago_is_supported(tmp_path):
    interview = "We have 480 members now, up from 450 a fortnight ago."
    release = "The Keep Quarrington Baths campaign now has more than 450 members."
    baths = _documents_checker(tmp_path / "baths", [
        {"id": "radio", "publisher": "Quarrington Sound", "text": interview + "\n", "claims": [
            {"id": "now", "topic": "members", "subject": "members of the Keep Quarrington Baths campaign now", "figure": "480", "value": 480, "unit": "count", "passage": interview},
            {"id": "before", "topic": "members", "subject": "members of the Keep Quarrington Baths campaign a fortnight earlier", "figure": "450", "value": 450, "unit": "count", "passage": interview},
        ]},
        {"id": "release", "publisher": "Keep Quarrington Baths", "text": release + "\n", "claims": [
            {"id": "release-members", "topic": "members", "subject": "members of the Keep Quarrington Baths campaign", "figure": "more than 450", "value": 450, "unit": "count", "qualifier": "more_than", "passage": release},
        ]},
    ])
    said = "The Keep Quarrington Baths campaign has 480 members, up from {} a fortnight earlier, and has collected 2,000 signatures."
    # The press release's "more than 450", of no stated moment, does not make
    # the earlier level doubtful. (The figure after it leaves the change's
    # pairing unread: only the documents' "a fortnight ago" tells.)
    assert figure_verdict(baths, said.format("450"), "450") is Verdict.SUPPORTED
    assert figure_verdict(baths, said.format("420"), "420") is not Verdict.SUPPORTED


def test_a_place_in_a_list_s_later_item_with_a_verb_of_its_own_is_that_item_s(tmp_path):
    hedges = "The Fenner Wildlife Trust replanted 14 hedgerows in Ebbley this winter."
    hides = "In Corlow, the trust built 6 bird hides this winter."
    trust = _documents_checker(tmp_path / "trust", [
        {"id": "report", "publisher": "Fenner Wildlife Trust", "text": f"{hedges} {hides}\n", "claims": [
            {"id": "hedgerows", "topic": "hedgerows", "subject": "hedgerows replanted by the Fenner Wildlife Trust in Ebbley this winter", "figure": "14", "value": 14, "unit": "count", "passage": hedges},
            {"id": "hides", "topic": "hides", "subject": "bird hides built by the trust in Corlow this winter", "figure": "6", "value": 6, "unit": "count", "passage": hides},
        ]},
    ])
    said = "This winter the Fenner Wildlife Trust replanted 14 hedgerows, cleared its ditches and built 6 bird hides in Corlow."
    assert figure_verdict(trust, said, "14") is Verdict.SUPPORTED
    assert figure_verdict(trust, said, "6") is Verdict.SUPPORTED
    # A place the documents never name may be where the whole list happened.
    assert figure_verdict(trust, said.replace("in Corlow", "in Ambridge"), "14") is not Verdict.SUPPORTED
    # Said of the hedgerows' own clause, the marsh is theirs.
    assert figure_verdict(trust, "This winter the Fenner Wildlife Trust replanted 14 hedgerows in Corlow.", "14") is not Verdict.SUPPORTED


def test_community_groups_and_video_clips_count_the_documents_projects_and_recordings(tmp_path):
    grants = "The Larkhill Fund gave £1.2m to 38 community projects in its second round."
    panel = "The scrutiny panel reviewed 150 body-worn video recordings of stop and search in 2024."
    fund = _documents_checker(tmp_path / "fund", [
        {"id": "notes", "publisher": "Larkhill Borough Council", "text": f"{grants} {panel}\n", "claims": [
            {"id": "projects", "topic": "projects", "subject": "community projects funded in the second round of the Larkhill Fund", "figure": "38", "value": 38, "unit": "count", "passage": grants},
            {"id": "recordings", "topic": "recordings", "subject": "body-worn video recordings of stop and search reviewed by the scrutiny panel in 2024", "figure": "150", "value": 150, "unit": "count", "passage": panel},
        ]},
    ])
    assert figure_verdict(fund, "The Larkhill Fund is handing £1.2m to 38 community groups in its second round.", "38") is Verdict.SUPPORTED
    assert figure_verdict(fund, "The Larkhill Fund is handing £1.2m to 41 community groups in its second round.", "41") is not Verdict.SUPPORTED
    assert figure_verdict(fund, "The scrutiny panel watched 150 body-worn video clips of stop and search in 2024.", "150") is Verdict.SUPPORTED


def test_a_figure_the_documents_give_only_for_another_place_is_not_this_place_s(tmp_path):
    waits = "Of the 900 adults in Brenshire waiting for a hearing test, 420 live in the Corwick district and 180 in Saltney."
    hearing = _documents_checker(tmp_path / "hearing", [
        {"id": "board", "publisher": "Brenshire Audiology Trust", "text": waits + "\n", "claims": [
            {"id": "all", "topic": "hearing-waits", "subject": "adults waiting for a hearing test", "figure": "900", "value": 900, "unit": "count", "passage": waits},
            {"id": "corwick", "topic": "hearing-waits", "subject": "adults waiting for a hearing test who live in the Corwick district", "figure": "420", "value": 420, "unit": "count", "passage": waits},
            {"id": "saltney", "topic": "hearing-waits", "subject": "adults waiting for a hearing test who live in Saltney", "figure": "180", "value": 180, "unit": "count", "passage": waits},
        ]},
    ])
    # One topic holds every district's share: Corwick's 420 is not Saltney's.
    assert figure_verdict(hearing, "Saltney accounts for 420 of the adults waiting for a hearing test.", "420") is Verdict.CONFLICTING


def test_a_figure_for_a_part_of_a_thing_in_a_relative_clause_does_not_contradict_its_whole(tmp_path):
    contract = "The Harbour Line contract is worth £310,000 a year."
    grant = "The Corvale trust's grant pays £52,000 a year towards the Harbour Line."
    line = _documents_checker(tmp_path / "line", [
        {"id": "report", "publisher": "Corvale Safety Partnership", "text": f"{contract} {grant}\n", "claims": [
            {"id": "contract", "topic": "contract", "subject": "value of the Harbour Line contract", "aliases": ["Harbour Line"], "figure": "£310,000", "value": 310000, "unit": "GBP", "period": "per year", "passage": contract},
            {"id": "grant", "topic": "grant", "subject": "the Corvale trust's grant towards the Harbour Line each year", "figure": "£52,000", "value": 52000, "unit": "GBP", "period": "per year", "passage": grant},
        ]},
    ])
    # The shifts' cost is neither the grant (the clause's subject) nor the whole contract.
    said = "The trust's grant also covers the Harbour Line's weekend shifts, which cost £52,000 a year."
    assert figure_verdict(line, said, "£52,000") is Verdict.UNVERIFIED
    assert figure_verdict(line, said.replace("£52,000", "£41,000"), "£41,000") is Verdict.UNVERIFIED
    # The whole, said of itself, still conflicts.
    assert figure_verdict(line, "The Harbour Line contract, which the partnership renewed, is worth £200,000 a year.", "£200,000") is Verdict.CONFLICTING


def test_a_service_the_corpus_writes_as_a_place_does_not_hide_the_sentence_s_other_place(tmp_path):
    share = "Of the young people Lanternway saw in 2024, 31% lived in Ostby and 22% in Corlow."
    staff = "Staff in Lanternway worked 410 night shifts in Tarnwick in 2024, and the trust in Tarnwick paid for them."
    lantern = _documents_checker(tmp_path / "lantern", [
        {"id": "board", "publisher": "Tarnwick Hospitals Trust", "text": f"{share} {staff}\n", "claims": [
            {"id": "ostby", "topic": "share", "subject": "share of young people seen by Lanternway in 2024 living in Ostby", "figure": "31%", "value": 31, "unit": "percent", "passage": share},
            {"id": "corlow", "topic": "share", "subject": "share of young people seen by Lanternway in 2024 living in Corlow", "figure": "22%", "value": 22, "unit": "percent", "passage": share},
            {"id": "shifts", "topic": "shifts", "subject": "night shifts worked by Lanternway staff in 2024", "figure": "410", "value": 410, "unit": "count", "passage": staff},
        ]},
    ])
    # "Staff in Lanternway" puts the service among the corpus's places; the
    # agreeing subject names it too, so Corlow is the one place the sentence gives.
    assert figure_verdict(lantern, "Young people from Corlow made up 31% of those Lanternway saw in 2024.", "31%") is Verdict.CONFLICTING
    assert figure_verdict(lantern, "Young people from Ostby made up 31% of those Lanternway saw in 2024.", "31%") is not Verdict.CONFLICTING


def test_a_figure_given_to_another_body_by_its_kind_is_judged_on_that_body_s(tmp_path):
    shares = "The water board would provide £1.5m and the borough council £900,000 towards the Brackwater Pact."
    pact = _documents_checker(tmp_path / "pact", [
        {"id": "minutes", "publisher": "Ostby Borough Council", "text": shares + "\n", "claims": [
            {"id": "board", "topic": "board-share", "subject": "Ostby Water Board's contribution to the Brackwater Pact", "aliases": ["Brackwater Pact", "the Pact"], "figure": "£1.5m", "value": 1500000, "unit": "GBP", "passage": shares},
            {"id": "council", "topic": "council-share", "subject": "Ostby Borough Council's contribution to the Brackwater Pact", "aliases": ["Brackwater Pact", "the Pact"], "figure": "£900,000", "value": 900000, "unit": "GBP", "passage": shares},
        ]},
    ])
    # The council's £900,000, said of the water board: the board's is £1.5m.
    assert figure_verdict(pact, "The water board is putting £900,000 into the Pact.", "£900,000") is Verdict.CONFLICTING
    assert figure_verdict(pact, "The water board is putting £1.5m into the Pact.", "£1.5m") is Verdict.SUPPORTED
    assert figure_verdict(pact, "The borough council is putting £900,000 into the Pact.", "£900,000") is Verdict.SUPPORTED


def test_a_bound_met_only_by_one_week_s_count_conflicts_with_the_running_totals(tmp_path):
    week = "In a single week last October, 356 bottles were dropped into the Ostby return bins."
    total = "By the end of March, 1,289 bottles had been dropped into the Ostby return bins."
    bins = _documents_checker(tmp_path / "bins", [
        {"id": "council", "publisher": "Ostby Borough Council", "text": f"{week} {total}\n", "claims": [
            {"id": "week", "topic": "bottles", "subject": "bottles dropped into the Ostby return bins in a single week last October", "figure": "356", "value": 356, "unit": "count", "period": "one week", "passage": week},
            {"id": "total", "topic": "bottles", "subject": "bottles dropped into the Ostby return bins by the end of March", "figure": "1,289", "value": 1289, "unit": "count", "as_of": "2025-03", "passage": total},
        ]},
    ])
    # Any one week's count meets "fewer than 1,000"; the running total does not.
    assert figure_verdict(bins, "Fewer than 1,000 bottles have been dropped into the Ostby return bins.", "1,000") is Verdict.CONFLICTING
    # Said of a week, the week's count is what it is judged on.
    assert figure_verdict(bins, "Fewer than 1,000 bottles were dropped into the Ostby return bins in a single week last October.", "1,000") is not Verdict.CONFLICTING
    # An exact figure the week gives stays for the reader to weigh.
    assert figure_verdict(bins, "356 bottles have been dropped into the Ostby return bins.", "356") is not Verdict.CONFLICTING


def test_a_price_said_a_week_after_a_rise_is_not_the_documents_daily_price(tmp_path):
    notice = "From 1 April the daily charge at the Quillbrook Halt car park rose to £7.20, from £6.50."
    halt = _documents_checker(tmp_path / "halt", [
        {"id": "notice", "publisher": "Quillbrook Rail", "text": notice + "\n", "claims": [
            {"id": "now", "subject": "daily charge at the Quillbrook Halt car park from 1 April", "figure": "£7.20", "value": 7.2, "unit": "GBP", "period": "per day", "passage": notice},
        ]},
    ])
    # "a week after the April rise" is the price's rate, then when it holds: not a day's £7.20.
    assert verdict(halt, "Parking at Quillbrook Halt now costs £7.20 a day after the April rise.") is Verdict.SUPPORTED
    assert verdict(halt, "Parking at Quillbrook Halt now costs £7.20 a week after the April rise.") is not Verdict.SUPPORTED


def test_a_neighbour_the_documents_name_often_is_not_where_a_claim_naming_no_place_is(tmp_path):
    trained = "More than 600 bar staff have now had first-aid training."
    ours = "In Pellbury the night hub opens 104 nights a year."
    theirs = "In Ostwick the night hub opens 52 nights a year."
    helped = "The night hub in Ostwick helped 120 people in 2024."
    hubs = _documents_checker(tmp_path / "hubs", [
        {"id": "report", "publisher": "Pellbury Borough Council", "text": f"{trained} {ours} {theirs} {helped}\n", "claims": [
            {"id": "trained", "subject": "bar staff who have had first-aid training", "figure": "More than 600", "value": 600, "unit": "count", "qualifier": "more_than", "passage": trained},
            {"id": "ours", "subject": "nights a year the Pellbury night hub opens", "figure": "104", "value": 104, "unit": "count", "period": "per year", "passage": ours},
            {"id": "theirs", "subject": "nights a year the Ostwick night hub opens", "figure": "52", "value": 52, "unit": "count", "period": "per year", "passage": theirs},
            {"id": "helped", "subject": "people helped by the Ostwick night hub in 2024", "figure": "120", "value": 120, "unit": "count", "passage": helped},
        ]},
    ])
    # Ostwick, named in half the claims, reads as a home word; the training count names no place.
    assert verdict(hubs, "More than 600 bar staff in Ostwick have now had first-aid training.") is Verdict.UNVERIFIED
    assert verdict(hubs, "More than 600 bar staff have now had first-aid training.") is Verdict.SUPPORTED
    # The corpus's home (its publisher's town) is where a claim naming no place is.
    assert verdict(hubs, "More than 600 bar staff in Pellbury have now had first-aid training.") is Verdict.SUPPORTED
    # A claim that names the neighbour keeps its figure there.
    assert verdict(hubs, "The night hub in Ostwick helped 120 people in 2024.") is Verdict.SUPPORTED
    # The neighbour's name on a thing before the figure gives it to the neighbour too.
    assert verdict(hubs, "The Ostwick night hub's bar staff: more than 600 have now had first-aid training.") is Verdict.UNVERIFIED
    assert verdict(hubs, "The Pellbury night hub's bar staff: more than 600 have now had first-aid training.") is Verdict.SUPPORTED


def test_an_earlier_level_is_read_on_the_topic_its_later_level_is_supported_on(tmp_path):
    count = "Wardens made 212 stops on the Orrin towpath in 2024, compared with 238 in 2023."
    fall = "Complaints about the towpath fell 9% on the year before."
    towpath = _documents_checker(tmp_path / "towpath", [
        {"id": "minutes", "publisher": "Orrin Canal Trust", "text": f"{count} {fall}\n", "claims": [
            {"id": "stops-2024", "topic": "stops", "subject": "warden stops on the Orrin towpath in 2024", "figure": "212", "value": 212, "unit": "count", "period": "in 2024", "passage": count},
            {"id": "stops-2023", "topic": "stops", "subject": "warden stops on the Orrin towpath in 2023", "figure": "238", "value": 238, "unit": "count", "period": "in 2023", "passage": count},
            {"id": "fall", "topic": "complaints", "subject": "fall in towpath complaints on the year before", "figure": "9%", "value": 9, "unit": "percent", "passage": fall},
        ]},
    ])
    # "the year before" matches the fall's words; the 238 is the stops' earlier level.
    result = towpath.check("Wardens made 212 stops on the Orrin towpath in 2024, down from 238 the year before.")
    by = {fc.figure.text: fc for fc in result.figures}
    assert by["238"].verdict is Verdict.SUPPORTED, by["238"].reason
    assert any(e.claim.id == "stops-2023" and e.for_figure == by["238"].index for e in result.evidence)
    # Another earlier level is not supported by it; one dated otherwise is another moment.
    assert figure_verdict(towpath, "Wardens made 212 stops on the Orrin towpath in 2024, down from 250 the year before.", "250") is not Verdict.SUPPORTED
    assert figure_verdict(towpath, "Wardens made 212 stops on the Orrin towpath in 2024, down from 238 in 2019.", "238") is not Verdict.SUPPORTED

    # Its own words giving it to another place still refuse it, though the
    # later level is taken for the documents' passage repeated.
    said = "Warden stops on the Orrin towpath fell from 238 to 212 over the same period."
    repeated = _documents_checker(tmp_path / "repeated", [
        {"id": "minutes", "publisher": "Orrin Canal Trust", "text": said + "\n", "claims": [
            {"id": "stops-2024", "topic": "stops", "subject": "warden stops on the Orrin towpath in 2024", "figure": "212", "value": 212, "unit": "count", "as_of": "2024", "passage": said},
            {"id": "stops-2023", "topic": "stops", "subject": "warden stops on the Orrin towpath in 2023", "figure": "238", "value": 238, "unit": "count", "as_of": "2023", "passage": said},
        ]},
    ])
    assert figure_verdict(repeated, "Warden stops on the Orrin towpath fell from 238 to in Hexley 212 over the same period.", "238") is not Verdict.SUPPORTED


def test_a_bare_count_is_in_the_unit_of_time_its_sentence_measures(tmp_path):
    lost = "Lock keepers lost 1,240 hours to towpath closures in 2024."
    locks = _documents_checker(tmp_path / "locks", [
        {"id": "review", "publisher": "Orrin Canal Trust", "text": lost + "\n", "claims": [
            {"id": "lost", "subject": "hours lock keepers lost to towpath closures in 2024", "figure": "1,240 hours", "value": 1240, "unit": "hours", "period": "in 2024", "passage": lost},
        ]},
    ])
    assert figure_verdict(locks, "Hours lost to towpath closures rose by 200 in a year, to 1,240, the trust said.", "1,240") is Verdict.SUPPORTED
    assert figure_verdict(locks, "Hours lost to towpath closures rose to 1,500 in 2024.", "1,500") is Verdict.CONFLICTING
    # A count with a noun of its own counts that noun.
    assert figure_verdict(locks, "Hours lost to towpath closures rose as 1,240 boats queued.", "1,240") is not Verdict.SUPPORTED


def test_a_squad_is_what_papers_call_the_documents_taskforce(checker):
    # "squad" is the papers' word for a police team; the documents say "taskforce".
    result = checker.check("The Mayor pays for the 150-officer squad out of City Hall's budget.")
    (members,) = [fc for fc in result.figures if fc.figure.text.startswith("150")]
    assert members.verdict is Verdict.SUPPORTED, members.reason
    assert checker.check("The 150-officer squad recovered 9,100 knives between April 2018 and May 2019.").verdict is Verdict.CONFLICTING


def test_a_place_in_the_publisher_s_name_is_the_claim_s_own_where_the_claim_names_none(tmp_path):
    # An invented police area (Brindlemarsh) whose commissioner writes of it
    # without naming it; the corpus's home is the city of Kettlewick, and its
    # neighbour Orrington has figures of its own.
    precept = "The precept for a Band D property will rise by £12 a year."
    city = "Kettlewick City Council will spend £300,000 on street lighting in Kettlewick, and Kettlewick's wardens will patrol 40 streets."
    neighbour = "In Orrington, the council will spend £90,000 on street lighting."
    checker = _documents_checker(tmp_path / "precept", [
        {"id": "budget", "publisher": "Office of the Police and Crime Commissioner for Brindlemarsh", "text": precept + "\n", "claims": [
            {"id": "precept-rise", "subject": "rise in the police precept for a Band D property", "figure": "£12", "value": 12, "unit": "GBP", "period": "a year", "passage": precept},
        ]},
        {"id": "plan", "publisher": "Kettlewick City Council", "text": f"{city}\n{neighbour}\n", "claims": [
            {"id": "lighting", "subject": "Kettlewick street lighting spending", "figure": "£300,000", "value": 300000, "unit": "GBP", "passage": city},
            {"id": "wardens", "subject": "streets patrolled by Kettlewick's wardens", "figure": "40", "value": 40, "unit": "count", "passage": city},
            {"id": "orrington-lighting", "subject": "Orrington street lighting spending", "figure": "£90,000", "value": 90000, "unit": "GBP", "passage": neighbour},
        ]},
    ])
    assert_verdict(checker, "Brindlemarsh's police and crime commissioner has lifted the Band D precept by £12 a year.", Verdict.SUPPORTED)
    # A place that did not publish it is still another owner.
    assert_verdict(checker, "Marrowby's police and crime commissioner has lifted the Band D precept by £12 a year.", Verdict.UNVERIFIED)
    # The publisher's place does not take a figure the documents give another place.
    assert verdict(checker, "Brindlemarsh will spend £90,000 on street lighting.") is not Verdict.SUPPORTED


def test_a_running_total_by_a_month_without_its_year_is_the_total_of_that_month(tmp_path):
    # Two reports of an invented bridge repair's spending so far, at two moments.
    october = "Spending on the Pellow Bridge repairs reached £2.2m by 31 October 2025."
    january = "The council has spent £3.0m on the Pellow Bridge repairs so far."
    checker = _documents_checker(tmp_path / "bridge", [
        {"id": "cabinet", "publisher": "Pellow Borough Council", "text": october + "\n", "claims": [
            {"id": "spent-october", "topic": "bridge-spend", "subject": "spending on the Pellow Bridge repairs to date", "figure": "£2.2m", "value": 2200000, "unit": "GBP", "as_of": "2025-10-31", "passage": october},
        ]},
        {"id": "update", "publisher": "Regional Bridges Agency", "text": january + "\n", "claims": [
            {"id": "spent-january", "topic": "bridge-spend", "subject": "spending on the Pellow Bridge repairs so far", "figure": "£3.0m", "value": 3000000, "unit": "GBP", "as_of": "2026-01-31", "passage": january},
        ]},
    ])
    # "The end of January" is the January the agency's total is as of: the
    # £3.0m agrees with it, not only conflicts with October's £2.2m. (The
    # October level stays beside it: a month without its year narrowing the
    # levels too cost never-read corpora two sentences.)
    result = checker.check("Spending on the Pellow Bridge repairs had reached £3.0m by the end of January.")
    assert result.verdict in (Verdict.SUPPORTED, Verdict.MIXED), result.reason
    assert verdict(checker, "Spending on the Pellow Bridge repairs had reached £2.2m by the end of January.") is not Verdict.SUPPORTED


def test_another_place_s_figure_set_beside_the_one_before_is_that_place_s_measure(tmp_path):
    ostwick = "Ferry crossings in Ostwick fell to 310 in 2024."
    penhallow = "In neighbouring Penhallow, ferry crossings fell to 270 in 2024."
    checker = _documents_checker(tmp_path / "ferries", [
        {"id": "review", "publisher": "Ostwick Harbour Board", "text": f"{ostwick}\n{penhallow}\n", "claims": [
            {"id": "ostwick", "subject": "ferry crossings in Ostwick in 2024", "figure": "310", "value": 310, "unit": "count", "passage": ostwick},
            {"id": "penhallow", "subject": "ferry crossings in Penhallow in 2024", "figure": "270", "value": 270, "unit": "count", "passage": penhallow},
        ]},
    ])
    said = "Ferry crossings in Ostwick fell to 310 in 2024, while Penhallow's figure stood at {}."
    assert figure_verdict(checker, said.format(270), "270") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format(290), "290") is Verdict.CONFLICTING


def test_an_amount_in_a_relative_clause_is_the_body_s_it_hangs_on(tmp_path):
    board = "The harbour board will give £2m towards the ferry refit."
    council = "The county council will pay £1.2m towards the ferry refit."
    checker = _documents_checker(tmp_path / "refit", [
        {"id": "plan", "publisher": "Ostwick Harbour Board", "text": f"{board}\n{council}\n", "claims": [
            {"id": "board", "subject": "harbour board contribution to the ferry refit", "figure": "£2m", "value": 2000000, "unit": "GBP", "passage": board, "aliases": ["ferry refit funding"]},
            {"id": "council", "subject": "county council contribution to the ferry refit", "figure": "£1.2m", "value": 1200000, "unit": "GBP", "passage": council, "aliases": ["ferry refit funding"]},
        ]},
    ])
    said = "The ferry refit is shared between the harbour board, which gives {}, and the county council, which pays {}."
    assert_verdict(checker, said.format("£2m", "£1.2m"), Verdict.SUPPORTED)
    assert figure_verdict(checker, said.format("£1.2m", "£2m"), "£1.2m") is Verdict.CONFLICTING


def test_a_place_before_the_counted_noun_says_whose_it_is_when_the_documents_swap_them(tmp_path):
    # Pupils crossing the border between two invented towns, both ways.
    passage = "For September 2026, 212 pupils from Ostwick were offered places at Penhallow schools, and 97 Penhallow pupils were offered places at Ostwick schools."
    checker = _documents_checker(tmp_path / "places", [
        {"id": "report", "publisher": "Ostwick Borough Council", "text": passage + "\n", "claims": [
            {"id": "ostwick-pupils", "subject": "Ostwick pupils offered places at Penhallow schools", "figure": "212", "value": 212, "unit": "count", "passage": passage},
            {"id": "penhallow-pupils", "subject": "Penhallow pupils offered places at Ostwick schools", "figure": "97", "value": 97, "unit": "count", "passage": passage},
        ]},
    ])
    assert_verdict(checker, "Some 212 Ostwick pupils were offered places at Penhallow schools.", Verdict.SUPPORTED)
    # The same words, the places turned round: the documents' Penhallow pupils are 97.
    assert figure_verdict(checker, "Some 212 Penhallow pupils were offered places at Ostwick schools.", "212") is Verdict.CONFLICTING


def test_a_gapped_amount_is_the_noun_s_before_it_with_the_verb_before_that(tmp_path):
    board = "The harbour board is putting £1.5m into the ferry refit."
    council = "The town council is putting £900,000 into the ferry refit."
    checker = _documents_checker(tmp_path / "gapped", [
        {"id": "plan", "publisher": "Ostwick Harbour Board", "text": f"{board}\n{council}\n", "claims": [
            {"id": "board", "subject": "harbour board money for the ferry refit", "figure": "£1.5m", "value": 1500000, "unit": "GBP", "passage": board},
            {"id": "council", "subject": "town council money for the ferry refit", "figure": "£900,000", "value": 900000, "unit": "GBP", "passage": council},
        ]},
    ])
    # "... and the town council £900,000": the council putting it in, not the board.
    assert_verdict(checker, "The harbour board is putting £1.5m into the ferry refit and the town council £900,000.", Verdict.SUPPORTED)
    assert figure_verdict(checker, "The harbour board is putting £1.5m into the ferry refit and the town council £1.2m.", "£1.2m") is Verdict.CONFLICTING


def test_a_body_named_as_the_source_of_a_number_is_not_who_has_the_thing(tmp_path):
    found = "Volunteers found 41 people sleeping rough in Ostwick on the count night."
    meals = "The Harbour Trust served 2,300 meals at its winter shelter."
    checker = _documents_checker(tmp_path / "count", [
        {"id": "review", "publisher": "Harbour Trust", "text": f"{found}\n{meals}\n", "claims": [
            {"id": "rough", "subject": "people found sleeping rough in Ostwick on the count night", "figure": "41", "value": 41, "unit": "count", "passage": found},
            {"id": "meals", "subject": "meals served at the Harbour Trust winter shelter", "figure": "2,300", "value": 2300, "unit": "count", "passage": meals},
        ]},
    ])
    # "The council's figure of 41" says whose the number is, not who found the people.
    assert_verdict(checker, "The council's figure of 41 people sleeping rough in Ostwick on the count night was disputed.", Verdict.SUPPORTED)
    # The council as who did it is still a body the documents do not name for it.
    assert_verdict(checker, "The council found 41 people sleeping rough in Ostwick on the count night.", Verdict.UNVERIFIED)


def test_a_course_taken_up_is_not_one_finished(tmp_path):
    finished = "Sixty young people finished Harbour Steps mentoring in its first year."
    checker = _documents_checker(tmp_path / "mentoring", [
        {"id": "review", "publisher": "Harbour Steps", "text": finished + "\n", "claims": [
            {"id": "finished", "subject": "young people who finished Harbour Steps mentoring in its first year", "figure": "Sixty", "value": 60, "unit": "count", "passage": finished},
        ]},
    ])
    assert_verdict(checker, "Sixty young people finished Harbour Steps mentoring in its first year.", Verdict.SUPPORTED)
    # Taking a mentor up is where the course starts, not where it ends.
    assert_verdict(checker, "Sixty young people took up Harbour Steps mentoring in its first year.", Verdict.UNVERIFIED)


@pytest.mark.parametrize("called", [
    "Pennicott, our neighbour to the west, logged 290 Lantern referrals last year.",
    "Pennicott Borough Council, our neighbour to the west, logged 290 Lantern referrals last year.",
    "Our neighbours in Pennicott logged 290 Lantern referrals last year.",
    "In Pennicott, the neighbouring borough, the Lantern team logged 290 referrals last year.",
    "The neighbouring borough of Pennicott logged 290 Lantern referrals last year.",
])
def test_a_place_the_documents_call_a_neighbour_is_not_where_an_unplaced_figure_is(tmp_path, called):
    wait = "Children referred to Lantern wait an average of 19 days for a first session."
    reports = "Ordwick's Lantern team logged 412 referrals last year."
    checker = _documents_checker(tmp_path / "lantern", [
        {"id": "review", "publisher": "Ordwick Borough Council", "text": f"{wait}\n{reports}\n{called}\n", "claims": [
            {"id": "wait", "subject": "average wait for a first Lantern session", "figure": "19 days", "value": 19, "unit": "days", "passage": wait},
            {"id": "referrals", "subject": "referrals to Ordwick's Lantern team last year", "figure": "412", "value": 412, "unit": "count", "passage": reports},
            {"id": "neighbour", "subject": "referrals to Pennicott's Lantern team last year", "figure": "290", "value": 290, "unit": "count", "passage": called},
        ]},
    ])
    assert_verdict(checker, "Children referred to Lantern wait an average of 19 days for a first session.", Verdict.SUPPORTED)
    # The documents' wait is their own borough's; the neighbour's is not theirs to give.
    assert_verdict(checker, "Children referred to Lantern in Pennicott wait an average of 19 days for a first session.", Verdict.UNVERIFIED)


def test_the_home_a_council_publishes_for_is_not_another_place_it_compares(tmp_path):
    own = "Libraries spending in Wrenfold-shire came to £11.20 per resident in 2024-25."
    compared = "Of the counties compared, spending in Dunhallow was £13.85 per resident and in Ashcombe £9.40."
    checker = _documents_checker(tmp_path / "libraries", [
        {"id": "review", "publisher": "Wrenfold-shire County Council", "text": f"{own}\n{compared}\n", "claims": [
            {"id": "own", "subject": "Wrenfold-shire's library spending per resident", "figure": "£11.20", "value": 11.2, "unit": "GBP", "period": "per head", "passage": own},
            {"id": "dunhallow", "subject": "Dunhallow's library spending per resident", "figure": "£13.85", "value": 13.85, "unit": "GBP", "period": "per head", "passage": compared},
            {"id": "ashcombe", "subject": "Ashcombe's library spending per resident", "figure": "£9.40", "value": 9.4, "unit": "GBP", "period": "per head", "passage": compared},
        ]},
    ])
    assert_verdict(checker, "Ashcombe's library spending per resident was £9.40.", Verdict.SUPPORTED)
    # The council's own county, by its possessive or opening the clause, is not Ashcombe.
    assert_verdict(checker, "Wrenfold-shire's library spending per resident was £9.40.", Verdict.CONFLICTING)
    assert_verdict(checker, "Wrenfold-shire spent just £9.40 per resident on its libraries.", Verdict.CONFLICTING)


def test_an_irregular_past_is_the_verb_the_documents_write_in_another_form(tmp_path):
    spending = "Spending by the Quayside BID came to £412,000 in 2024."
    levy = "Levy payers contributed £380,000 in 2024, and the BID spent its reserve on lighting."
    checker = _documents_checker(tmp_path / "bid", [
        {"id": "report", "publisher": "Quayside BID", "text": f"{spending}\n{levy}\n", "claims": [
            {"id": "spending", "subject": "Quayside BID's total spending in 2024", "figure": "£412,000", "value": 412000, "unit": "GBP", "passage": spending},
            {"id": "levy", "subject": "levy contributed by the Quayside BID's levy payers in 2024", "figure": "£380,000", "value": 380000, "unit": "GBP", "passage": levy},
        ]},
    ])
    # "spent" is the documents' "spending", though they write "spent" elsewhere.
    assert_verdict(checker, "The BID spent £412,000 in 2024.", Verdict.SUPPORTED)
    assert_verdict(checker, "The BID spent £380,000 in 2024.", Verdict.CONFLICTING)


def test_a_rate_s_denominator_is_part_of_its_measure_not_a_figure(tmp_path):
    rate = "Officers in Brimley carried out 28.8 searches per 1,000 residents in 2024-25."
    checker = _documents_checker(tmp_path / "rate", [
        {"id": "report", "publisher": "Brimley Constabulary", "text": rate + "\n", "claims": [
            {"id": "rate", "subject": "searches per 1,000 residents in Brimley in 2024-25", "figure": "28.8", "value": 28.8, "unit": "count", "passage": rate},
        ]},
    ])
    result = checker.check("Brimley's officers carried out 28.8 searches per 1,000 residents in 2024-25.")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert [fc.figure.text for fc in result.figures] == ["28.8"]


def test_a_figure_set_against_another_place_s_is_that_place_s(tmp_path):
    rates = "Neighbouring Ashvale recorded 702 knife offences in 2024-25, or 2.4 offences per 1,000 people, against 2.9 per 1,000 in Brimley."
    checker = _documents_checker(tmp_path / "rates", [
        {"id": "statement", "publisher": "Brimley City Council", "text": rates + "\n", "claims": [
            {"id": "ashvale", "subject": "knife offences per 1,000 people in Ashvale in 2024-25", "figure": "2.4", "value": 2.4, "unit": "count", "passage": rates},
            {"id": "brimley", "subject": "knife offences per 1,000 people in Brimley in 2024-25", "figure": "2.9", "value": 2.9, "unit": "count", "passage": rates},
        ]},
    ])
    # The passage's 2.9 is Brimley's, set against Ashvale's figure: not Ashvale's.
    assert_verdict(checker, "Ashvale recorded 2.9 knife offences per 1,000 people in 2024-25.", Verdict.CONFLICTING)
    # ... and the sentence's Ashvale, named right after the figure set against it, is that figure's.
    assert_verdict(checker, "Brimley's knife offence rate was 2.9 per 1,000 people in 2024-25, against 2.4 in Ashvale.", Verdict.SUPPORTED)
    # Not a place after another time's figure: it is the whole sentence's.
    assert figure_verdict(checker, "Brimley's knife offence rate was 2.9 per 1,000 people in 2024-25, compared with 3.1 the year before in Ashvale.", "2.9") is not Verdict.SUPPORTED


def test_a_quarter_a_documented_subject_names_is_its_months(tmp_path):
    first = "Officers in Brimley carried out 2,967 searches in the first quarter of 2025-26."
    second = "Officers in Brimley carried out 3,412 searches in the second quarter of 2025-26."
    checker = _documents_checker(tmp_path / "quarters", [
        {"id": "report", "publisher": "Brimley Constabulary", "text": f"{first}\n{second}\n", "claims": [
            {"id": "q1", "subject": "searches in Brimley in the first quarter of 2025-26", "figure": "2,967", "value": 2967, "unit": "count", "period": "over 3 months", "passage": first},
            {"id": "q2", "subject": "searches in Brimley in the second quarter of 2025-26", "figure": "3,412", "value": 3412, "unit": "count", "period": "over 3 months", "passage": second},
        ]},
    ])
    assert_verdict(checker, "Officers in Brimley carried out 2,967 searches between April and June 2025.", Verdict.SUPPORTED)
    # July to September is the second quarter of 2025-26, not the first.
    assert_verdict(checker, "Officers in Brimley carried out 2,967 searches between July and September 2025.", Verdict.UNVERIFIED)
    assert "another period" in checker.check("Officers in Brimley carried out 2,967 searches between July and September 2025.").reason


def test_a_change_is_of_the_noun_that_opens_its_clause(tmp_path):
    rise = "Stop and searches in Brimley rose by 16% in 2024-25."
    complaints = "Brimley Constabulary received 96 complaints about stop and search in 2024-25."
    checker = _documents_checker(tmp_path / "changes", [
        {"id": "report", "publisher": "Brimley Constabulary", "text": f"{rise}\n{complaints}\n", "claims": [
            {"id": "rise", "subject": "rise in stop and searches in Brimley in 2024-25", "figure": "16%", "value": 16, "unit": "percent", "passage": rise},
            {"id": "complaints", "subject": "complaints about stop and search in Brimley in 2024-25", "figure": "96", "value": 96, "unit": "count", "passage": complaints},
        ]},
    ])
    assert_verdict(checker, "Stop and searches in Brimley rose by 16% in 2024-25.", Verdict.SUPPORTED)
    # What rose is the complaints, which the documents give only as a level.
    assert_verdict(checker, "Complaints about stop and search in Brimley rose by 16% in 2024-25.", Verdict.UNVERIFIED)


def test_another_document_s_date_for_the_same_moment_is_a_conflict(tmp_path):
    report = "The Harbour Arches scheme was launched in September 2024."
    story = "The Harbour Arches scheme began in October 2024."
    ran = "The Harbour Lights campaign ran through November and December."
    launch = {"subject": "launch of the Harbour Arches scheme", "unit": "date", "topic": "arches-launch"}
    checker = _documents_checker(tmp_path / "dates", [
        {"id": "report", "publisher": "Brimley Constabulary", "text": f"{report}\n{ran}\n", "claims": [
            {"id": "launch-report", **launch, "figure": "September 2024", "value": "2024-09", "passage": report},
            {"id": "ran-from", "subject": "when the Harbour Lights campaign ran", "figure": "November", "value": "--11", "unit": "date", "topic": "lights-ran", "passage": ran},
            {"id": "ran-to", "subject": "when the Harbour Lights campaign ran", "figure": "December", "value": "--12", "unit": "date", "topic": "lights-ran", "passage": ran},
        ]},
        {"id": "story", "publisher": "Brimley Evening Post", "text": story + "\n", "claims": [
            {"id": "launch-story", **launch, "figure": "October 2024", "value": "2024-10", "passage": story},
        ]},
    ])
    # The two documents date one launch differently.
    assert_verdict(checker, "The Harbour Arches scheme was launched in October 2024.", Verdict.MIXED)
    # One document's two dates of a thing are its start and its end.
    assert_verdict(checker, "The Harbour Lights campaign ran in November.", Verdict.SUPPORTED)



def test_figures_for_a_place_at_the_sentence_s_end_are_all_its_figures(tmp_path):
    scheme = "The Brimley reading scheme is costing £5.4m over three years, and 40 schools are taking part."
    checker = _documents_checker(tmp_path / "scheme", [
        {"id": "report", "publisher": "Brimley City Council", "text": scheme + "\n", "claims": [
            {"id": "cost", "subject": "cost of the Brimley reading scheme over three years", "figure": "£5.4m", "value": 5400000, "unit": "GBP", "period": "over 3 years", "passage": scheme},
            {"id": "schools", "subject": "schools taking part in the Brimley reading scheme", "figure": "40", "value": 40, "unit": "count", "passage": scheme},
        ]},
    ])
    assert_verdict(checker, "The Brimley reading scheme is costing £5.4m over three years, and 40 schools are taking part.", Verdict.SUPPORTED)
    # "According to figures for Ashvale" is where both figures come from, not the 40's place alone.
    assert figure_verdict(checker, "The Brimley reading scheme is costing £5.4m over three years, and 40 schools are taking part, according to figures for Ashvale.", "£5.4m") is not Verdict.SUPPORTED
    # ... as are "council figures in Ashvale".
    assert figure_verdict(checker, "The Brimley reading scheme is costing £5.4m over three years, and 40 schools are taking part, according to council figures in Ashvale.", "£5.4m") is not Verdict.SUPPORTED


def test_fewer_than_a_running_total_the_documents_say_it_passed_is_outgrown(tmp_path):
    total = "Sweeps under Operation Kestrel, which began in March 2023, have now recovered more than 500 weapons."
    checker = _documents_checker(tmp_path / "sweeps", [
        {"id": "report", "publisher": "Brimley Constabulary", "date": "2025-11-20", "text": total + "\n", "claims": [
            {"id": "weapons", "subject": "weapons recovered by Operation Kestrel sweeps since March 2023", "figure": "more than 500", "value": 500, "unit": "count",
             "qualifier": "more_than", "period": "total", "passage": total},
        ]},
    ])
    # Fewer than 500 and more than 500 meet at 500, which neither allows: a running total only grows.
    assert_verdict(checker, "Fewer than 500 weapons have been recovered by Operation Kestrel sweeps since March 2023.", Verdict.CONFLICTING)


def test_a_total_since_things_were_put_in_place_is_a_running_total(tmp_path):
    spring = "By 31 March 2025 the Brimley drop boxes had taken in 810 coats since they were installed."
    autumn = "The Brimley drop boxes have now taken in more than 940 coats since the first were installed."
    checker = _documents_checker(tmp_path / "boxes", [
        {"id": "spring", "publisher": "Brimley Coat Bank", "date": "2025-04-10", "text": spring + "\n", "claims": [
            {"id": "coats-mar", "topic": "drop-box-coats", "subject": "coats taken in by the Brimley drop boxes since installation", "figure": "810", "value": 810, "unit": "count",
             "period": "total", "as_of": "2025-03-31", "passage": spring},
        ]},
        {"id": "autumn", "publisher": "Brimley Coat Bank", "date": "2025-10-02", "text": autumn + "\n", "claims": [
            {"id": "coats-now", "topic": "drop-box-coats", "subject": "coats taken in by the Brimley drop boxes since the first were installed", "figure": "more than 940", "value": 940, "unit": "count",
             "qualifier": "more_than", "period": "total", "passage": autumn},
        ]},
    ])
    # Said of now, the total is held to the latest: the spring's 810 was true of its own day.
    for said in ("since they were installed", "since the first went in", "since the first boxes were fitted"):
        assert_verdict(checker, f"The Brimley drop boxes have taken in 810 coats {said}.", Verdict.CONFLICTING)


def test_a_level_said_not_reached_is_a_bound(tmp_path):
    report = "Police made 486 referrals to the Brimley Nets scheme in 2024-25."
    minutes = "The superintendent said police had made 512 referrals to the Brimley Nets scheme in 2024-25."
    checker = _documents_checker(tmp_path / "nets", [
        {"id": "report", "publisher": "Brimley Partnership", "text": report + "\n", "claims": [
            {"id": "referrals", "topic": "nets-referrals", "subject": "police referrals to the Brimley Nets scheme in 2024-25", "figure": "486", "value": 486,
             "unit": "count", "period": "in 2024-25", "passage": report},
        ]},
        {"id": "minutes", "publisher": "Brimley Council", "text": minutes + "\n", "claims": [
            {"id": "referrals-said", "topic": "nets-referrals", "subject": "police referrals to the Brimley Nets scheme in 2024-25", "figure": "512", "value": 512,
             "unit": "count", "period": "in 2024-25", "passage": minutes},
        ]},
    ])
    # Fewer than 500: the report's 486 agrees, the minutes' 512 does not.
    assert_verdict(checker, "Police referrals to the Brimley Nets scheme did not reach 500 in 2024-25.", Verdict.MIXED)
    # Fewer than 480: neither does.
    assert_verdict(checker, "Police referrals to the Brimley Nets scheme did not reach 480 in 2024-25.", Verdict.CONFLICTING)
    # The verbs of the bound are the bound's, not words the documents leave unsaid.
    for said in ("didn't hit", "fell short of", "never reached"):
        assert_verdict(checker, f"Police referrals to the Brimley Nets scheme {said} 500 in 2024-25.", Verdict.MIXED)


def test_an_amount_said_as_an_unnamed_part_s_share_of_a_whole_is_not_the_whole_s(tmp_path):
    spent = "The Brimley Nets scheme spent £864,000 in 2024-25."
    boxing = "Boxing accounted for £210,000 of the Brimley Nets scheme's spending in 2024-25."
    checker = _documents_checker(tmp_path / "nets", [
        {"id": "accounts", "publisher": "Brimley Partnership", "text": f"{spent} {boxing}\n", "claims": [
            {"id": "spending", "subject": "Brimley Nets scheme spending in 2024-25", "figure": "£864,000", "value": 864000, "unit": "GBP",
             "period": "in 2024-25", "passage": spent},
            {"id": "boxing", "subject": "Brimley Nets scheme spending on boxing in 2024-25", "figure": "£210,000", "value": 210000, "unit": "GBP",
             "period": "in 2024-25", "passage": boxing},
        ]},
    ])
    # The whole's £864,000, given as one part's share of it.
    assert verdict(checker, "Football, the most popular sport, accounted for £864,000 of the Brimley Nets scheme's spending in 2024-25.") is Verdict.UNVERIFIED
    # The part the documents name has its own share.
    assert verdict(checker, "Boxing accounted for £210,000 of the Brimley Nets scheme's spending in 2024-25.") is Verdict.SUPPORTED
    assert verdict(checker, "The Brimley Nets scheme's spending came to £864,000 in 2024-25.") is Verdict.SUPPORTED


def test_a_launch_and_a_start_are_one_moment(tmp_path):
    launch = "The Brimley Nets scheme was launched on 14 October 2022."
    start = "The Brimley Nets scheme started in January 2023."
    checker = _documents_checker(tmp_path / "nets", [
        {"id": "report", "publisher": "Brimley Partnership", "text": launch + "\n", "claims": [
            {"id": "launch", "topic": "nets-launch", "subject": "launch of the Brimley Nets scheme", "figure": "14 October 2022", "value": "2022-10-14",
             "unit": "date", "passage": launch},
        ]},
        {"id": "paper", "publisher": "Brimley Ledger", "text": start + "\n", "claims": [
            {"id": "start", "topic": "nets-launch", "subject": "start of the Brimley Nets scheme (evening football)", "figure": "January 2023", "value": "2023-01",
             "unit": "date", "passage": start},
        ]},
    ])
    # Two documents give two dates for the scheme's beginning, in other words: a known conflict.
    assert verdict(checker, "The Brimley Nets scheme was launched on 14 October 2022.") is Verdict.MIXED


def test_a_titled_person_is_no_owner_the_documents_never_name(tmp_path):
    study = "The Brimley University team followed 904 young people who joined the Brimley Nets scheme."
    checker = _documents_checker(tmp_path / "study", [
        {"id": "study", "publisher": "Brimley University", "text": study + "\n", "claims": [
            {"id": "followed", "subject": "young people in Brimley University's study of the Brimley Nets scheme", "figure": "904", "value": 904,
             "unit": "count", "passage": study},
        ]},
    ])
    # The professor who led the team is a person, as a commissioner is, not a body the figure is another's.
    for title in ("Professor", "Dr", "Ms"):
        assert verdict(checker, f"The Brimley University team led by {title} Ada Quillon followed 904 young people who joined the Brimley Nets scheme.") is Verdict.SUPPORTED
    # A place the documents never name still is.
    assert verdict(checker, "The Brimley University team followed 904 young people who joined the Brimley Nets scheme in Quillonford.") is Verdict.UNVERIFIED


def test_a_figure_of_a_year_is_not_one_of_its_quarters(tmp_path):
    year = "In 2024-25, 27% of Brimley stop and searches ended in a positive outcome."
    quarter = "Between July and September 2025, 31% of Brimley stop and searches ended in a positive outcome."
    checker = _documents_checker(tmp_path / "searches", [
        {"id": "annual", "publisher": "Brimley Monitoring Group", "text": year + "\n", "claims": [
            {"id": "year", "topic": "outcomes", "subject": "share of Brimley stop and searches ending in a positive outcome in 2024-25", "figure": "27%",
             "value": 27, "unit": "percent", "as_of": "2024-04/2025-03", "passage": year},
        ]},
        {"id": "quarterly", "publisher": "Brimley Police", "text": quarter + "\n", "claims": [
            {"id": "q2", "topic": "outcomes", "subject": "share of Brimley stop and searches ending in a positive outcome, July to September 2025", "figure": "31%",
             "value": 31, "unit": "percent", "period": "over 3 months", "as_of": "2025-07/2025-09", "passage": quarter},
        ]},
    ])
    # At most 30% between July and September: the quarter's 31% says no; the year's 27%, counted
    # from April to March with no period curated, is not that quarter's figure.
    assert_verdict(checker, "The share of Brimley stop and searches ending in a positive outcome did not get above 30% between July and September.", Verdict.CONFLICTING)


def test_a_count_s_noun_ends_at_the_verb_after_it(tmp_path):
    members = "The Brimley Fair Stops group has 38 volunteers."
    meetings = "The Brimley Fair Stops group met 11 times in 2024."
    checker = _documents_checker(tmp_path / "group", [
        {"id": "report", "publisher": "Brimley Fair Stops", "text": f"{members}\n{meetings}\n", "claims": [
            {"id": "volunteers", "subject": "volunteers of the Brimley Fair Stops group", "figure": "38", "value": 38, "unit": "count", "passage": members},
            {"id": "meetings", "subject": "meetings of the Brimley Fair Stops group in 2024", "figure": "11", "value": 11, "unit": "count", "passage": meetings},
        ]},
    ])
    # "38 volunteers met 11 times": the 38 counts volunteers, not times.
    assert figure_verdict(checker, "The Brimley Fair Stops group's 38 volunteers met 11 times in 2024.", "38") is Verdict.SUPPORTED
    assert figure_verdict(checker, "The Brimley Fair Stops group's 38 volunteers made 11 visits in 2024.", "38") is Verdict.SUPPORTED


def test_a_name_ending_on_a_word_the_index_drops_is_no_count_of_its_nouns(tmp_path):
    team = "The Brimley Bridge service has 14 mentors in the Emergency Department."
    group = "The evaluation compared 230 young people treated before the service began."
    aliases = ["Brimley Bridge", "mentors in A&E"]
    checker = _documents_checker(tmp_path / "bridge", [
        {"id": "paper", "publisher": "Brimley Hospitals Trust", "text": f"{team}\n{group}\n", "claims": [
            {"id": "comparison", "subject": "young people in the evaluation's comparison group", "aliases": aliases,
             "figure": "230", "value": 230, "unit": "count", "passage": group},
            {"id": "mentors", "subject": "mentors in the Brimley Bridge team", "aliases": aliases, "figure": "14", "value": 14, "unit": "count", "passage": team},
        ]},
    ])
    # "mentors in A&E" names the service; it counts no mentors, so the
    # comparison group, which it also names, does not count them either.
    assert_verdict(checker, "Brimley Bridge now has 14 mentors.", Verdict.SUPPORTED)
    wrong = checker.check("Brimley Bridge now has 15 mentors.")
    assert wrong.verdict is Verdict.CONFLICTING
    assert {e.claim.id for e in wrong.evidence if e.relation is Relation.CONFLICTS} == {"mentors"}


def test_ages_that_say_who_is_counted_are_no_figure_of_their_own(tmp_path):
    admitted = "The Brimley infirmary admitted 412 young people aged 11 to 25 after assaults in 2024-25."
    checker = _documents_checker(tmp_path / "infirmary", [
        {"id": "paper", "publisher": "Brimley Hospitals Trust", "text": admitted + "\n", "claims": [
            {"id": "admitted", "subject": "young people aged 11 to 25 admitted to the Brimley infirmary after assaults in 2024-25",
             "figure": "412", "value": 412, "unit": "count", "period": "in 2024-25", "passage": admitted},
        ]},
    ])
    # The ages define the 412, as "children" would; they are not checked apart from it.
    for sentence in (
        "The Brimley infirmary admitted 412 young people aged 11 to 25 after assaults in 2024-25.",
        "In 2024-25, 412 young people aged under 25 were admitted to the Brimley infirmary after assaults.",
    ):
        assert_verdict(checker, sentence, Verdict.SUPPORTED)
    assert_verdict(checker, "The Brimley infirmary admitted 512 young people aged 11 to 25 after assaults in 2024-25.", Verdict.CONFLICTING)


def test_a_curated_quarter_period_meets_a_sentence_s_months(tmp_path):
    second = "The Brimley youth service took 187 referrals in the second quarter of 2025-26."
    checker = _documents_checker(tmp_path / "referrals", [
        {"id": "paper", "publisher": "Brimley Hospitals Trust", "text": second + "\n", "claims": [
            {"id": "q2", "subject": "referrals to the Brimley youth service in the second quarter of 2025-26", "figure": "187", "value": 187,
             "unit": "count", "period": "in Q2 2025-26", "as_of": "2025-07/2025-09", "passage": second},
        ]},
    ])
    assert_verdict(checker, "The Brimley youth service took 187 referrals between July and September.", Verdict.SUPPORTED)
    assert_verdict(checker, "The Brimley youth service took 187 referrals between April and June.", Verdict.UNVERIFIED)


def test_the_town_an_infirmary_is_named_for_is_a_place_of_the_corpus(tmp_path):
    rates = "Young people in the city were admitted to Brimley Royal Infirmary at a rate of 1.9 per 1,000, against 1.3 per 1,000 in neighbouring Farrowvale."
    checker = _documents_checker(tmp_path / "infirmary", [
        {"id": "evaluation", "publisher": "Brimley Violence Reduction Unit", "text": rates + "\n", "claims": [
            {"id": "brimley", "subject": "rate of hospital admission of young people in Brimley, per 1,000", "figure": "1.9", "value": 1.9, "unit": "count", "passage": rates},
            {"id": "farrowvale", "subject": "rate of hospital admission of young people in Farrowvale, per 1,000", "figure": "1.3", "value": 1.3, "unit": "count", "passage": rates},
        ]},
    ])
    assert_verdict(checker, "Brimley's rate of hospital admission of young people is 1.9 per 1,000.", Verdict.SUPPORTED)
    # Farrowvale's figure given to Brimley: the infirmary names Brimley as a place, so the two are told apart.
    assert checker.check("Brimley's rate of hospital admission of young people is 1.3 per 1,000.").verdict is not Verdict.SUPPORTED


def test_a_stretch_on_from_a_moment_is_when_a_share_is_measured_not_a_length(tmp_path):
    support = "Young people on the Brimley Bridge scheme were supported for an average of 11 weeks."
    work = "Six months after referral, 41% of them were in education, training or work."
    checker = _documents_checker(tmp_path / "bridge", [
        {"id": "evaluation", "publisher": "Brimley Violence Reduction Unit", "text": f"{support}\n{work}\n", "claims": [
            {"id": "support", "subject": "average length of Brimley Bridge support", "figure": "11 weeks", "value": 11, "unit": "weeks", "passage": support},
            {"id": "work", "subject": "share of Brimley Bridge young people in education, training or work six months after referral",
             "figure": "41%", "value": 41, "unit": "percent", "passage": work},
        ]},
    ])
    # "six months on" says when the 41% was counted, not how long support lasted.
    assert_verdict(checker, "Young people on the Brimley Bridge scheme were supported for 11 weeks, and 41% were in education, training or work six months on.", Verdict.SUPPORTED)
    # A stretch said as the thing's length is still checked.
    assert_verdict(checker, "Brimley Bridge support lasted six months on average.", Verdict.CONFLICTING)


def test_a_target_said_to_be_missed_conflicts_with_a_level_that_reached_it(tmp_path):
    target = "The Brimley Bridge scheme has an engagement target of 65%, agreed with the city's violence reduction unit."
    q2 = "In the second quarter of 2025-26, 71% of young people referred to Brimley Bridge engaged with it."
    checker = _documents_checker(tmp_path / "bridge", [
        {"id": "paper", "publisher": "Brimley Hospitals Trust", "text": f"{target}\n{q2}\n", "claims": [
            {"id": "target", "subject": "engagement target for Brimley Bridge", "aliases": ["Brimley Bridge"], "figure": "65%", "value": 65, "unit": "percent", "passage": target},
            {"id": "q2", "subject": "share of young people referred to Brimley Bridge who engaged in the second quarter of 2025-26", "aliases": ["Brimley Bridge"],
             "figure": "71%", "value": 71, "unit": "percent", "period": "in Q2 2025-26", "as_of": "2025-07/2025-09", "passage": q2},
        ]},
    ])
    assert_verdict(checker, "Brimley Bridge has a 65% engagement target.", Verdict.SUPPORTED)
    # The documents' 71% for July to September reached the target the sentence says was missed.
    result = checker.check("Brimley Bridge failed to reach its 65% engagement target between July and September.")
    assert result.verdict is Verdict.CONFLICTING and "71%" in result.reason
    # Said of no time, a miss is not contradicted by one quarter that reached it.
    assert_verdict(checker, "Brimley Bridge failed to reach its 65% engagement target.", Verdict.SUPPORTED)


def _pathway_checker(root: Path) -> Checker:
    """An invented mentoring scheme with a year's count, a quarter's, and running totals to two moments."""
    year = "The Wrenfield Pathway received 540 referrals in 2024-25."
    total = "Between its launch on 2 May 2022 and 31 March 2025, the Wrenfield Pathway received 1,320 referrals."
    later = "Since the Wrenfield Pathway launched, it has received 1,610 referrals, the figure to 30 September 2025."
    quarter = "The Wrenfield Pathway received 152 referrals in the second quarter of 2025-26. Of the 152, 104 young people took up mentoring."
    return _documents_checker(root, [
        {"id": "review", "publisher": "Wrenfield Council", "text": f"{year}\n{total}\n{later}\n{quarter}\n", "claims": [
            {"id": "year", "topic": "pathway-referrals", "subject": "referrals to the Wrenfield Pathway in 2024-25", "figure": "540", "value": 540, "unit": "count",
             "period": "in 2024-25", "passage": year},
            {"id": "total", "topic": "pathway-referrals", "subject": "referrals to the Wrenfield Pathway from launch to 31 March 2025", "figure": "1,320", "value": 1320,
             "unit": "count", "period": "total", "as_of": "2025-03-31", "passage": total},
            {"id": "later", "topic": "pathway-referrals", "subject": "referrals to the Wrenfield Pathway since launch", "figure": "1,610", "value": 1610,
             "unit": "count", "period": "total", "as_of": "2025-09-30", "passage": later},
            {"id": "quarter", "topic": "pathway-referrals", "subject": "referrals to the Wrenfield Pathway in the second quarter of 2025-26", "figure": "152", "value": 152,
             "unit": "count", "period": "in Q2 2025-26", "passage": quarter.split(". ")[0] + "."},
            {"id": "mentored", "topic": "pathway-mentored", "subject": "young people referred to the Wrenfield Pathway who took up mentoring in the second quarter of 2025-26",
             "figure": "104", "value": 104, "unit": "count", "period": "in Q2 2025-26", "passage": quarter.split(". ")[1]},
        ]},
    ])


def test_a_total_up_to_a_moment_is_not_the_measure_of_a_dated_stretch_nor_of_another_moment(tmp_path):
    checker = _pathway_checker(tmp_path / "pathway")
    # The 540 of 2024-25 ends when the 1,320 is counted to, but counts one year, not all since launch.
    assert_verdict(checker, "Between launch and 31 March 2025 the Wrenfield Pathway had 1,320 referrals.", Verdict.SUPPORTED)
    # ... and the total to September is another moment's, not another figure for the same one.
    assert_verdict(checker, "Between its launch on 2 May 2022 and 31 March 2025, the Wrenfield Pathway received 1,320 referrals.", Verdict.SUPPORTED)
    assert_verdict(checker, "The Wrenfield Pathway received 540 referrals in 2024-25.", Verdict.SUPPORTED)
    # A wrong total to the same moment still conflicts.
    assert_verdict(checker, "Between launch and 31 March 2025 the Wrenfield Pathway had 1,420 referrals.", Verdict.CONFLICTING)


def test_a_whole_said_by_its_size_alone_is_supported_by_the_passage_that_gives_it_with_its_part(tmp_path):
    checker = _pathway_checker(tmp_path / "pathway")
    result = checker.check("Of the 152, 104 young people took up mentoring.")
    assert [f.verdict for f in result.figures] == [Verdict.SUPPORTED, Verdict.SUPPORTED], result.reason
    # A whole the passage does not give is not supported by it.
    assert figure_verdict(checker, "Of the 158, 104 young people took up mentoring.", "158") is not Verdict.SUPPORTED


def test_a_running_total_from_a_start_its_passage_gives_is_not_a_later_stretchs_count(tmp_path):
    passage = "Tarnby Council replaced 1,200 bus shelters in 2023/24, bringing the total since the scheme began in 2020 to 1,900."
    checker = _documents_checker(tmp_path / "shelters", [
        {"id": "report", "publisher": "Tarnby Council", "text": passage + "\n", "claims": [
            {"id": "year", "topic": "shelters", "subject": "bus shelters replaced by Tarnby Council in 2023/24", "figure": "1,200", "value": 1200, "unit": "count",
             "period": "2023/24", "passage": passage},
            {"id": "total", "topic": "shelters", "subject": "bus shelters replaced by Tarnby Council since 2020", "figure": "1,900", "value": 1900, "unit": "count",
             "period": "total", "as_of": "2024-03", "passage": passage},
        ]},
    ])
    assert_verdict(checker, passage, Verdict.SUPPORTED)
    # The total since 2020 is above 1,200, but it is no count of 2023/24.
    said = "Tarnby Council replaced more than 1,200 bus shelters in 2023/24, bringing the total since the scheme began in 2020 to 1,900."
    assert figure_verdict(checker, said, "1,200") is not Verdict.SUPPORTED
    assert figure_verdict(checker, "Tarnby Council has replaced 1,900 bus shelters since the scheme began in 2020.", "1,900") is Verdict.SUPPORTED


def test_a_rate_the_documented_subject_states_is_the_rate_a_sentence_gives(tmp_path):
    row = "Mentoring sessions a week (average)       about 240"
    checker = _documents_checker(tmp_path / "mentoring", [
        {"id": "review", "publisher": "Pellow Youth Trust", "text": row + "\n", "claims": [
            # Curated with no period: the subject says it is a weekly figure.
            {"id": "sessions", "subject": "Pellow Pathways mentoring sessions a week, on average", "aliases": ["Pellow Pathways"],
             "figure": "about 240", "value": 240, "unit": "count", "qualifier": "approx", "passage": row},
        ]},
    ])
    assert_verdict(checker, "Pellow Pathways mentors now hold about 240 mentoring sessions a week.", Verdict.SUPPORTED)
    assert_verdict(checker, "Pellow Pathways mentors now hold about 340 mentoring sessions a week.", Verdict.CONFLICTING)


def test_a_figure_a_thing_started_with_is_its_figure_at_launch(tmp_path):
    launch = "When we launched Pellow Pathways in May 2021, we had six schools."
    now = "Pellow Pathways now works in 13 schools."
    checker = _documents_checker(tmp_path / "pathways", [
        {"id": "review", "publisher": "Pellow Youth Trust", "text": f"{launch}\n{now}\n", "claims": [
            {"id": "launch", "topic": "schools", "subject": "schools in Pellow Pathways at launch", "figure": "six", "value": 6, "unit": "count",
             "as_of": "2021-05", "passage": launch},
            {"id": "now", "topic": "schools", "subject": "schools Pellow Pathways works in", "figure": "13", "value": 13, "unit": "count", "passage": now},
        ]},
    ])
    assert_verdict(checker, "The trust, which started Pellow Pathways with six schools, says it is growing.", Verdict.SUPPORTED)
    # Said of now, the six is not the documents' figure.
    assert verdict(checker, "Pellow Pathways works in six schools.") is not Verdict.SUPPORTED


def _brinkley_checker(root: Path) -> Checker:
    """Invented school exclusions: a year's level given twice, once otherwise, and the next year's level and fall."""
    scrutiny = "Brinkley schools recorded 152 permanent exclusions in 2023/24 and 140 in 2024/25."
    fall = "Permanent exclusions at Brinkley schools fell by 12 in 2024/25."
    answer = "Brinkley schools recorded 125 permanent exclusions in 2023/24."
    return _documents_checker(root, [
        {"id": "scrutiny", "publisher": "Brinkley Council", "text": f"{scrutiny}\n{fall}\n", "claims": [
            {"id": "y1", "topic": "excl", "subject": "permanent exclusions at Brinkley schools in 2023/24", "figure": "152", "value": 152, "unit": "count", "period": "in 2023/24", "passage": scrutiny},
            {"id": "y2", "topic": "excl", "subject": "permanent exclusions at Brinkley schools in 2024/25", "figure": "140", "value": 140, "unit": "count", "period": "in 2024/25", "passage": scrutiny},
            {"id": "fall", "topic": "excl", "subject": "fall in permanent exclusions at Brinkley schools in 2024/25", "figure": "12", "value": 12, "unit": "count", "period": "in 2024/25", "passage": fall},
        ]},
        {"id": "answer", "publisher": "Department for Schools", "text": answer + "\n", "claims": [
            {"id": "y1-answer", "topic": "excl", "subject": "permanent exclusions at Brinkley schools in 2023/24", "figure": "125", "value": 125, "unit": "count", "period": "in 2023/24", "passage": answer},
        ]},
    ])


def test_a_documented_change_its_passage_says_is_no_other_figure_for_a_level(tmp_path):
    checker = _brinkley_checker(tmp_path / "brinkley")
    # "fell by 12" is how much the level changed, not another count of it.
    assert_verdict(checker, "Brinkley schools had 140 permanent exclusions in 2024/25.", Verdict.SUPPORTED)
    assert_verdict(checker, "Brinkley schools had 150 permanent exclusions in 2024/25.", Verdict.CONFLICTING)
    assert_verdict(checker, "Permanent exclusions at Brinkley schools fell to 140 in 2024/25.", Verdict.SUPPORTED)
    # Said as a change, it is weighed against the documented change too.
    assert figure_verdict(checker, "Permanent exclusions at Brinkley schools fell by an average of 140 in 2024/25.", "140") is not Verdict.SUPPORTED


def test_a_change_taken_off_is_a_fall(tmp_path):
    checker = _brinkley_checker(tmp_path / "brinkley")
    said = "The new policy shaved {} off permanent exclusions at Brinkley schools in 2024/25."
    assert figure_verdict(checker, said.format("12"), "12") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format("20"), "20") is Verdict.CONFLICTING


def test_an_earlier_level_the_sentence_dates_is_mixed_where_the_documents_disagree_on_that_date(tmp_path):
    checker = _brinkley_checker(tmp_path / "brinkley")
    said = "Permanent exclusions at Brinkley schools fell from 152 in 2023/24 to 140 in 2024/25."
    assert figure_verdict(checker, said, "152") is Verdict.MIXED


def _corvale_care_checker(root: Path) -> Checker:
    """An invented county's home care spending, and a department's grant to it."""
    spend = "The council spent £3.1m on home care in 2024/25, and spending is forecast to reach £3.5m in 2025/26, a rise of £400,000."
    grant = "Corvale Borough Council has been allocated £2.4 million over three years. Dunmere Borough Council has been allocated £900,000 over the same period."
    return _documents_checker(root, [
        {"id": "budget", "publisher": "Corvale Borough Council", "text": spend + "\n", "claims": [
            {"id": "spent", "topic": "care", "subject": "Corvale Borough Council's spending on home care in 2024/25", "figure": "£3.1m", "value": 3100000, "unit": "GBP",
             "period": "in 2024/25", "passage": spend},
            {"id": "forecast", "topic": "care", "subject": "forecast spending on home care in Corvale in 2025/26", "figure": "£3.5m", "value": 3500000, "unit": "GBP",
             "period": "in 2025/26", "passage": spend},
            {"id": "rise", "topic": "care", "subject": "forecast rise in home care spending in Corvale from 2024/25 to 2025/26", "figure": "£400,000", "value": 400000,
             "unit": "GBP", "passage": spend},
        ]},
        {"id": "answer", "publisher": "Department for Care Services", "text": grant + "\n", "claims": [
            {"id": "grant", "topic": "grant", "subject": "care grant allocation to Corvale Borough Council over three years", "figure": "£2.4 million", "value": 2400000,
             "unit": "GBP", "period": "over three years", "passage": grant.split(". ")[0] + "."},
            {"id": "neighbour", "topic": "grant-dunmere", "subject": "care grant allocation to Dunmere Borough Council, 2024-25 to 2026-27", "aliases": ["Home Care Fund"], "figure": "£900,000",
             "value": 900000, "unit": "GBP", "period": "over three years", "passage": grant.split(". ")[1]},
        ]},
    ])


def test_a_forecast_change_is_no_other_figure_for_a_level(tmp_path):
    checker = _corvale_care_checker(tmp_path / "care")
    assert_verdict(checker, "Corvale Borough Council spent £3.1m on home care in 2024/25.", Verdict.SUPPORTED)


def test_whose_account_a_figure_is_in_is_not_who_holds_it(tmp_path):
    checker = _corvale_care_checker(tmp_path / "care")
    assert_verdict(checker, "The minister's answer put Corvale Borough Council's spending on home care in 2024/25 at £3.1m.", Verdict.SUPPORTED)
    said = "Corvale's care spending rose from £2.9m in 2023/24 to £3.1m in 2024/25, and the trust's board paper puts next year's forecast at £3.5m."
    assert figure_verdict(checker, said, "£3.5m") is not Verdict.UNVERIFIED


def test_a_body_a_subject_names_before_a_comma_is_its_own(tmp_path):
    checker = _corvale_care_checker(tmp_path / "care")
    assert_verdict(checker, "The department has allocated Dunmere Borough Council £900,000 over three years from its Home Care Fund.", Verdict.SUPPORTED)
    # Another giver is still not the documents'.
    assert_verdict(checker, "The lottery has allocated Corvale Borough Council £2.4 million over three years.", Verdict.UNVERIFIED)


def test_a_deadline_is_checked_against_the_documented_closing_date_not_the_opening(tmp_path):
    passage = "The Pellow Fund's next round will open to bids on 2 March 2026 and close on 24 April 2026."
    checker = _documents_checker(tmp_path / "round", [
        {"id": "answer", "publisher": "Department for Care Services", "text": passage + "\n", "claims": [
            {"id": "opens", "topic": "round", "subject": "opening of the Pellow Fund's next round to bids", "aliases": ["next round of the Pellow Fund"],
             "figure": "2 March 2026", "value": "2026-03-02", "unit": "date", "passage": passage},
            {"id": "closes", "topic": "round", "subject": "closing date for bids to the Pellow Fund's next round", "aliases": ["next round of the Pellow Fund"],
             "figure": "24 April 2026", "value": "2026-04-24", "unit": "date", "passage": passage},
        ]},
    ])
    assert_verdict(checker, "Applicants have until 24 April 2026 to bid for the next round of the Pellow Fund.", Verdict.SUPPORTED)
    # The round opens on 2 March; bids are due by 24 April.
    assert_verdict(checker, "Applicants have until 2 March 2026 to bid for the next round of the Pellow Fund.", Verdict.CONFLICTING)
    assert_verdict(checker, "The next round of the Pellow Fund opened to bids on 2 March 2026.", Verdict.SUPPORTED)


def test_a_start_is_dated_by_a_founding_as_by_a_launch(tmp_path):
    founded = "The Tarnby Mentoring Trust was founded in 2016 by six volunteers."
    funded = "The violence reduction unit's funding for the Tarnby Mentoring Trust started in 2021."
    checker = _documents_checker(tmp_path / "trust", [
        {"id": "report", "publisher": "Tarnby Mentoring Trust", "text": f"{founded}\n{funded}\n", "claims": [
            {"id": "founded", "topic": "trust", "subject": "founding of the Tarnby Mentoring Trust", "aliases": ["Tarnby Mentoring Trust"],
             "figure": "2016", "value": "2016", "unit": "date", "passage": founded},
            {"id": "funded", "topic": "trust", "subject": "start of the violence reduction unit's funding for the Tarnby Mentoring Trust", "aliases": ["Tarnby Mentoring Trust"],
             "figure": "2021", "value": "2021", "unit": "date", "passage": funded},
        ]},
    ])
    assert figure_verdict(checker, "The Tarnby Mentoring Trust, which started in 2016 with six volunteers, now has 40 mentors.", "2016") is Verdict.SUPPORTED
    assert figure_verdict(checker, "The Tarnby Mentoring Trust, which started in 2019 with six volunteers, now has 40 mentors.", "2019") is Verdict.CONFLICTING


def test_a_share_from_launch_to_a_day_is_the_documented_share_as_of_that_span(tmp_path):
    total = "Between its launch on 2 May 2022 and 31 March 2025, 64% of young people referred to the Wrenfield Pathway took up mentoring."
    year = "In 2024-25, 70% of young people referred to the Wrenfield Pathway took up mentoring."
    checker = _documents_checker(tmp_path / "uptake", [
        {"id": "evaluation", "publisher": "Wrenfield Council", "text": f"{total}\n{year}\n", "claims": [
            {"id": "total", "topic": "uptake", "subject": "share of young people referred to the Wrenfield Pathway who took up mentoring, launch to 31 March 2025",
             "figure": "64%", "value": 64, "unit": "percent", "period": "total", "as_of": "2022-05/2025-03", "passage": total},
            {"id": "year", "topic": "uptake", "subject": "share of young people referred to the Wrenfield Pathway who took up mentoring in 2024-25",
             "figure": "70%", "value": 70, "unit": "percent", "period": "in 2024-25", "passage": year},
        ]},
    ])
    assert_verdict(checker, "Between launch and 31 March 2025, 64% of young people referred to the Wrenfield Pathway took up mentoring.", Verdict.SUPPORTED)
    assert_verdict(checker, "Between launch and 31 March 2025, 74% of young people referred to the Wrenfield Pathway took up mentoring.", Verdict.CONFLICTING)


def test_the_home_place_alone_is_a_part_of_a_national_figure(tmp_path):
    reach = "Once it is fully running, the fund is expected to reach at least 6,000 young people a year."
    local = "The Tarnby scheme worked with 410 young people in Tarnby last year."
    checker = _documents_checker(tmp_path / "national", [
        {"id": "release", "publisher": "Department for Care Services", "text": reach + "\n", "claims": [
            {"id": "reach", "subject": "young people the Youth Navigator Fund is expected to reach a year", "aliases": ["Youth Navigator Fund", "national fund for youth navigators"],
             "figure": "at least 6,000", "value": 6000, "unit": "count", "qualifier": "at_least", "period": "per year", "passage": reach},
        ]},
        {"id": "report", "publisher": "Tarnby Council", "text": local + "\n", "claims": [
            {"id": "local", "subject": "young people the Tarnby scheme worked with in Tarnby last year", "aliases": ["Tarnby scheme"],
             "figure": "410", "value": 410, "unit": "count", "period": "last year", "passage": local},
        ]},
    ])
    assert_verdict(checker, "The Youth Navigator Fund is expected to reach at least 6,000 young people a year.", Verdict.SUPPORTED)
    assert_verdict(checker, "The Youth Navigator Fund is expected to reach at least 6,000 young people a year in Tarnby alone.", Verdict.UNVERIFIED)


def test_a_part_counts_what_the_whole_its_passage_opens_with_counts(tmp_path):
    scheme = "Of the 600 young people we worked with this year, seven were permanently excluded."
    city = "Corvale schools permanently excluded 150 pupils in 2024/25."
    checker = _documents_checker(tmp_path / "excluded", [
        {"id": "review", "publisher": "Pellow Youth Trust", "text": scheme + "\n", "claims": [
            {"id": "scheme", "subject": "Pellow scheme pupils permanently excluded in 2024/25", "aliases": ["Pellow scheme"],
             "figure": "seven", "value": 7, "unit": "count", "period": "in 2024/25", "passage": scheme},
        ]},
        {"id": "scrutiny", "publisher": "Corvale Borough Council", "text": city + "\n", "claims": [
            {"id": "city", "subject": "pupils permanently excluded from Corvale schools in 2024/25", "figure": "150", "value": 150, "unit": "count",
             "period": "in 2024/25", "passage": city},
        ]},
    ])
    assert_verdict(checker, "Seven young people on the Pellow scheme were permanently excluded in 2024/25.", Verdict.SUPPORTED)


def test_youngsters_at_school_are_the_documents_pupils(tmp_path):
    roll = "The Tarnby Learning Centre had 210 pupils on roll at the January 2026 census."
    checker = _documents_checker(tmp_path / "roll", [
        {"id": "scrutiny", "publisher": "Corvale Borough Council", "text": roll + "\n", "claims": [
            {"id": "roll", "subject": "pupils on roll at the Tarnby Learning Centre at the January 2026 census", "aliases": ["Tarnby Learning Centre"],
             "figure": "210", "value": 210, "unit": "count", "as_of": "2026-01", "passage": roll},
        ]},
    ])
    assert_verdict(checker, "The Tarnby Learning Centre had 210 youngsters on its books at the January 2026 census.", Verdict.SUPPORTED)


def test_a_start_of_a_named_thing_dates_it_by_any_word_of_its_name(tmp_path):
    began = "Operation Kestrel weapons sweeps began in March 2023 and have recovered more than 400 weapons."
    checker = _documents_checker(tmp_path / "kestrel", [
        {"id": "report", "publisher": "Corvale Police", "text": began + "\n", "claims": [
            {"id": "start", "subject": "start of Operation Kestrel weapons sweeps", "aliases": ["Operation Kestrel", "Kestrel sweeps"],
             "figure": "March 2023", "value": "2023-03", "unit": "date", "passage": began},
            {"id": "weapons", "subject": "weapons recovered by Operation Kestrel sweeps since March 2023", "aliases": ["Operation Kestrel", "Kestrel sweeps"],
             "figure": "more than 400", "value": 400, "unit": "count", "qualifier": "more_than", "period": "total", "passage": began},
        ]},
    ])
    said = "Fewer than 500 weapons have been recovered by Kestrel sweeps since they started in {}."
    assert figure_verdict(checker, said.format("March 2023"), "March 2023") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format("May 2022"), "May 2022") is Verdict.CONFLICTING


def test_posts_still_empty_are_the_documents_vacant_posts(tmp_path):
    vacant = "Two posts on the Pellow youth team are vacant and being recruited to."
    checker = _documents_checker(tmp_path / "posts", [
        {"id": "paper", "publisher": "Corvale Hospitals Trust", "text": vacant + "\n", "claims": [
            {"id": "vacant", "subject": "vacant Pellow youth team posts", "aliases": ["Pellow youth team"], "figure": "Two", "value": 2, "unit": "count", "passage": vacant},
        ]},
    ])
    said = "The Pellow youth team now has nine workers, its lead told the board, with a further {} posts still empty."
    assert figure_verdict(checker, said.format("two"), "two") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format("four"), "four") is not Verdict.SUPPORTED


def test_a_place_of_a_listed_part_is_that_part_s_not_the_whole_s(tmp_path):
    rooms = "The Tarnby trust opened six new study rooms this term."
    loans = "Fellgate Library lent 4,100 books last year and Orrin Hall lent 2,300."
    checker = _documents_checker(tmp_path / "rooms", [
        {"id": "report", "publisher": "Tarnby Learning Trust", "text": f"{rooms} {loans}\n", "claims": [
            {"id": "rooms", "subject": "new study rooms opened by the Tarnby trust this term", "aliases": ["Tarnby trust"],
             "figure": "six", "value": 6, "unit": "count", "passage": rooms},
            {"id": "fellgate", "subject": "books lent by Fellgate Library last year", "figure": "4,100", "value": 4100, "unit": "count", "passage": loans},
            {"id": "orrin", "subject": "books lent by Orrin Hall last year", "figure": "2,300", "value": 2300, "unit": "count", "passage": loans},
        ]},
    ])
    listed = "The Tarnby trust opened {} new study rooms this term, three at Fellgate Library, three at Orrin Hall."
    assert figure_verdict(checker, listed.format("six"), "six") is Verdict.SUPPORTED
    assert figure_verdict(checker, listed.format("eight"), "eight") is Verdict.CONFLICTING
    # One amount with a place after it is no list: the place is the whole's.
    assert figure_verdict(checker, "The Tarnby trust opened six new study rooms at Fellgate Library this term.", "six") is not Verdict.SUPPORTED


def test_a_stop_word_s_form_opening_the_sentence_names_no_one(tmp_path):
    fell = "Knife crime offences recorded in Corvale fell by 6% in the year to June 2025, to 410."
    checker = _documents_checker(tmp_path / "recorded", [
        {"id": "bulletin", "publisher": "Corvale Police", "text": fell + "\n", "claims": [
            {"id": "offences", "subject": "knife crime offences recorded in Corvale in the year to June 2025", "aliases": ["knife crime"],
             "figure": "410", "value": 410, "unit": "count", "period": "twelve months to June 2025", "passage": fell},
        ]},
    ])
    assert figure_verdict(checker, "Recorded knife crime in Corvale fell to 410 in the year to June 2025.", "410") is Verdict.SUPPORTED
    # A name no document uses, in the same place, is still another's.
    assert figure_verdict(checker, "Brinsford knife crime fell to 410 in the year to June 2025.", "410") is not Verdict.SUPPORTED


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(tmp_path):
    daily = "During Operation Tarnwick, a fortnight of weapons surrender, 74 weapons a day were handed in."
    checker = _documents_checker(tmp_path / "during", [
        {"id": "report", "publisher": "Corvale Police", "text": daily + "\n", "claims": [
            {"id": "daily", "subject": "average weapons handed in a day during Operation Tarnwick", "aliases": ["Operation Tarnwick"],
             "figure": "74", "value": 74, "unit": "count", "period": "per day", "passage": daily},
        ]},
    ])
    said = "During Tarnwick weapons came in at an average of {} a day, the force said."
    assert figure_verdict(checker, said.format("74"), "74") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format("90"), "90") is Verdict.CONFLICTING


def test_a_change_at_a_rate_the_documented_subject_states_as_an_adjective_is_of_that_rate(tmp_path):
    cut = "The new contract cut the annual cost of servicing each Tarnby defibrillator by £90, to £410."
    checker = _documents_checker(tmp_path / "annual", [
        {"id": "report", "publisher": "Tarnby Council", "text": cut + "\n", "claims": [
            {"id": "cut", "subject": "cut in the annual cost of servicing each Tarnby defibrillator", "aliases": ["Tarnby defibrillator"],
             "figure": "£90", "value": 90, "unit": "GBP", "passage": cut},
            {"id": "cost", "subject": "annual cost of servicing each Tarnby defibrillator", "aliases": ["Tarnby defibrillator"],
             "figure": "£410", "value": 410, "unit": "GBP", "passage": cut},
        ]},
    ])
    assert figure_verdict(checker, "The contract cut £90 a year from the cost of servicing each Tarnby defibrillator.", "£90") is Verdict.SUPPORTED
    assert figure_verdict(checker, "The contract cut £150 a year from the cost of servicing each Tarnby defibrillator.", "£150") is Verdict.CONFLICTING



def test_a_named_event_in_the_noun_phrase_after_a_figure_says_whose_it_is(tmp_path):
    bins = "Nine knives from the bins were sent for forensic tests in the quarter."
    week = "Operation Pellbrook, the force's surrender week, took in 412 weapons."
    checker = _documents_checker(tmp_path / "during", [
        {"id": "report", "publisher": "Corvale Police", "text": f"{bins} {week}\n", "claims": [
            {"id": "tests", "subject": "knives from the surrender bins sent for forensic tests in the quarter", "aliases": ["surrender bins"],
             "figure": "Nine", "value": 9, "unit": "count", "passage": bins},
            {"id": "week", "subject": "weapons handed in during Operation Pellbrook", "aliases": ["Operation Pellbrook"],
             "figure": "412", "value": 412, "unit": "count", "passage": week},
        ]},
    ])
    assert figure_verdict(checker, "Nine of the knives from the surrender bins were sent for forensic tests.", "Nine") is Verdict.SUPPORTED
    # The documents' nine came from the bins, not from the operation the sentence names.
    said = "Nine of the knives handed in during Operation Pellbrook were sent for forensic tests."
    assert figure_verdict(checker, said, "Nine") is Verdict.UNVERIFIED


def test_a_start_is_dated_by_a_documented_subject_that_says_work_began(tmp_path):
    founded = "The Tarnby Lifeline Trust was founded in 2019."
    began = "In March 2024 we began work in neighbouring Orrin, where we have fitted 12 kits."
    checker = _documents_checker(tmp_path / "began", [
        {"id": "review", "publisher": "Tarnby Lifeline Trust", "text": f"{founded} {began}\n", "claims": [
            {"id": "founded", "subject": "founding of the Tarnby Lifeline Trust", "aliases": ["Tarnby Lifeline Trust"],
             "figure": "2019", "value": "2019", "unit": "date", "passage": founded},
            {"id": "orrin", "subject": "the Tarnby Lifeline Trust beginning work in Orrin", "aliases": ["Tarnby Lifeline Trust in Orrin"],
             "figure": "March 2024", "value": "2024-03", "unit": "date", "passage": began},
        ]},
    ])
    said = "The Tarnby Lifeline Trust began working in Orrin in {}."
    assert figure_verdict(checker, said.format("March 2024"), "March 2024") is Verdict.SUPPORTED
    assert figure_verdict(checker, said.format("June 2024"), "June 2024") is Verdict.CONFLICTING


def test_a_count_a_preposition_closes_counts_no_noun_of_its_own(tmp_path):
    # "14 in favour and 3 against": the 3 counts no "against"; members voting against are what it counts.
    vote = "The vote was 14 in favour and 3 against, with 2 abstentions."
    checker = _documents_checker(tmp_path / "vote", [
        {"id": "minutes", "publisher": "Harlby Parish Council", "text": vote + "\n", "claims": [
            {"id": "for", "topic": "vote-for", "subject": "councillors voting for the Harlby skatepark grant", "figure": "14", "value": 14, "unit": "count", "passage": vote},
            {"id": "against", "topic": "vote-against", "subject": "councillors voting against the Harlby skatepark grant", "figure": "3", "value": 3, "unit": "count", "passage": vote},
        ]},
    ])
    assert_verdict(checker, "Three councillors voted against the Harlby skatepark grant.", Verdict.SUPPORTED)
    assert_verdict(checker, "Four councillors voted against the Harlby skatepark grant.", Verdict.CONFLICTING)


def test_a_stretch_of_time_counts_its_unit(tmp_path):
    # "gave 3,400 hours of tutoring": the hours are what is counted, as the
    # documents' subject says; not the sessions a week "across" the year.
    hours = "Across the year our tutors gave 3,400 hours of tutoring."
    sessions = "That makes more than 60 tutoring sessions a week across the year."
    checker = _documents_checker(tmp_path / "tutoring", [
        {"id": "review", "publisher": "Pellmoor Reading Trust", "text": f"{hours} {sessions}\n", "claims": [
            {"id": "hours", "subject": "hours of tutoring given by Pellmoor Reading Trust tutors in 2024-25", "figure": "3,400 hours", "value": 3400, "unit": "hours", "passage": hours},
            {"id": "sessions", "subject": "Pellmoor Reading Trust tutoring sessions a week across 2024-25", "figure": "more than 60", "value": 60, "unit": "count", "qualifier": "more_than", "period": "per week", "passage": sessions},
        ]},
    ])
    assert_verdict(checker, "Across the year our tutors gave 3,400 hours of tutoring.", Verdict.SUPPORTED)
    assert_verdict(checker, "Across the year our tutors gave 3,900 hours of tutoring.", Verdict.CONFLICTING)


def _reading_rooms(root: Path) -> Checker:
    """An invented council report: a count of new rooms, then their cost,
    then a named trust's grant; and what the council pays to run a named bus."""
    rooms = "Four pop-up reading rooms opened across Dorrow this spring, in the market hall, the bus station, the leisure centre and the old chapel."
    cost = "Their fit-out cost £84,000, met from the library service's reserves."
    grant = "The Fenmarch Arts Trust gave the reading rooms project £30,000 towards books."
    bus = "Dorrow Town Council also pays £12,000 a year to run the Larkspur Book Bus."
    return _documents_checker(root, [
        {"id": "report", "publisher": "Dorrow Town Council", "text": f"{rooms} {cost} {grant}\n\n{bus}\n", "claims": [
            {"id": "rooms", "subject": "pop-up reading rooms opened across Dorrow this spring", "figure": "Four", "value": 4, "unit": "count", "passage": rooms},
            {"id": "rooms-cost", "subject": "one-off fit-out cost of the pop-up reading rooms", "figure": "£84,000", "value": 84000, "unit": "GBP", "passage": cost},
            {"id": "rooms-grant", "subject": "Fenmarch Arts Trust grant to the reading rooms project", "figure": "£30,000", "value": 30000, "unit": "GBP", "passage": grant},
            {"id": "bus", "subject": "Dorrow Town Council's payment to run the Larkspur Book Bus", "figure": "£12,000", "value": 12000, "unit": "GBP", "passage": bus, "period": "per year"},
        ]},
    ])


def test_a_things_measure_of_another_kind_counts_the_words_its_other_claim_holds(tmp_path):
    rooms = _reading_rooms(tmp_path / "rooms")
    opened = "Opened this spring at the market hall, the bus station, the leisure centre and the old chapel, Dorrow's four pop-up reading rooms"
    # The words that say which rooms are the count's; the cost is of the same rooms.
    assert figure_verdict(rooms, f"{opened} cost £84,000.", "£84,000") is Verdict.SUPPORTED
    # The grant's name is the trust's, which the sentence never gives: no sum of its speaks to this one.
    assert figure_verdict(rooms, f"{opened} were given £30,000.", "£30,000") is Verdict.UNVERIFIED


def test_money_paid_at_a_rate_for_another_thing_is_not_the_documented_things(tmp_path):
    rooms = _reading_rooms(tmp_path / "rooms")
    # The documents pay the £12,000 a year to run the bus, not the rooms, past the rate the sentence gives.
    assert verdict(rooms, "Dorrow Town Council pays £12,000 a year to run the pop-up reading rooms.") is Verdict.UNVERIFIED
    assert verdict(rooms, "Dorrow Town Council pays £12,000 a year to run the Larkspur Book Bus.") is Verdict.SUPPORTED


def _tram_network(root: Path) -> Checker:
    """An invented transport police report: robberies at three stations together, and a week's arrests across the network and in one town."""
    stations = "Of the 310 robberies on the network last year, 122 happened at Quarrington Halt, Pellow Street or Dunsby Cross station."
    arrests = "During Operation Wrenfield, a week of patrols in May, officers made 31 arrests across the network, 12 of them in Tollbury."
    return _documents_checker(root, [
        {"id": "report", "publisher": "Tollbury Transport Police", "text": f"{stations}\n\n{arrests}\n", "claims": [
            {"id": "robberies", "subject": "robberies on the network last year", "figure": "310", "value": 310, "unit": "count", "passage": stations},
            {"id": "robberies-stations", "subject": "robberies last year at Quarrington Halt, Pellow Street or Dunsby Cross station", "figure": "122", "value": 122, "unit": "count", "passage": stations},
            {"id": "arrests", "topic": "wrenfield-arrests", "subject": "arrests across the network during Operation Wrenfield", "figure": "31", "value": 31, "unit": "count", "passage": arrests},
            {"id": "arrests-tollbury", "topic": "wrenfield-arrests", "subject": "arrests in Tollbury during Operation Wrenfield", "figure": "12", "value": 12, "unit": "count", "passage": arrests},
        ]},
    ])


def test_a_place_set_apart_is_not_given_the_figure_of_a_whole_it_is_part_of(tmp_path):
    network = _tram_network(tmp_path / "trams")
    # The 122 are of three stations together: one of them "on its own" is a part.
    assert verdict(network, "Quarrington Halt on its own accounted for 122 robberies last year.") is Verdict.UNVERIFIED
    assert verdict(network, "Pellow Street alone accounted for 122 robberies last year.") is Verdict.UNVERIFIED
    assert verdict(network, "Quarrington Halt, Pellow Street and Dunsby Cross station accounted for 122 robberies last year.") is Verdict.SUPPORTED
    # "in Tollbury alone" is judged on the documents' Tollbury count, not the network's.
    assert verdict(network, "During Operation Wrenfield officers made 31 arrests in Tollbury alone.") is not Verdict.SUPPORTED
    assert verdict(network, "During Operation Wrenfield officers made 12 arrests in Tollbury alone.") is Verdict.SUPPORTED


def test_an_earlier_level_after_its_later_one_takes_the_later_one_s_name(tmp_path):
    visits = "Visits to the pop-up reading rooms rose to 4,000 in May, from 3,000 in April."
    checker = _documents_checker(tmp_path / "visits", [
        {"id": "report", "publisher": "Dorrow Town Council", "text": visits + "\n", "claims": [
            {"id": "visits-may", "topic": "visits", "subject": "visits to the pop-up reading rooms in May", "figure": "4,000", "value": 4000, "unit": "count", "passage": visits},
            {"id": "visits-april", "topic": "visits", "subject": "visits to the pop-up reading rooms in April", "figure": "3,000", "value": 3000, "unit": "count", "passage": visits},
        ]},
    ])
    # No document speaks of the Tollgate Libraries: the earlier level is theirs too, named before the later one.
    assert figure_verdict(checker, "Visits to the Tollgate Libraries reading rooms rose to 4,000, from 3,000.", "3,000") is Verdict.UNVERIFIED


def test_attacks_counted_are_the_documents_assaults(tmp_path):
    assaults = "Staff on the Wrenfield trams suffered 58 assaults last year, 21 of them on conductors."
    checker = _documents_checker(tmp_path / "assaults", [
        {"id": "report", "publisher": "Tollbury Transport Police", "text": assaults + "\n", "claims": [
            {"id": "assaults", "subject": "assaults on Wrenfield tram staff last year", "figure": "58", "value": 58, "unit": "count", "passage": assaults},
            {"id": "assaults-conductors", "subject": "assaults on Wrenfield tram conductors last year", "figure": "21", "value": 21, "unit": "count", "passage": assaults},
        ]},
    ])
    # A reporter's "attacks" count what the documents call assaults.
    assert figure_verdict(checker, "Of the 58 assaults on Wrenfield tram staff last year, 21 of the attacks were on conductors.", "21") is Verdict.SUPPORTED


def test_the_whole_a_denied_one_is_of_is_checked_without_what_the_one_did_not_do(tmp_path, checker):
    cameras = "Phase 1 issued 60 body cameras to the Tollbury wardens from January."
    wardens = _documents_checker(tmp_path / "wardens", [
        {"id": "paper", "publisher": "Tollbury Transport Board", "text": cameras + "\n", "claims": [
            {"id": "cameras", "subject": "body cameras issued to the Tollbury wardens in Phase 1", "figure": "60", "value": 60, "unit": "count", "passage": cameras},
        ]},
    ])
    # "Not one of the 60": the one is denied; the 60 cameras are said to be there.
    assert figure_verdict(wardens, "Not one of the 60 body cameras issued in Phase 1 went to bus drivers.", "60") is Verdict.SUPPORTED
    assert figure_verdict(wardens, "Not one of the 80 body cameras issued in Phase 1 went to bus drivers.", "80") is Verdict.CONFLICTING
    # The shipped corpus: 150 schools took up knife wands; that none of 150 schools got them is not what it says.
    assert verdict(checker, "Not one of the 150 schools got knife wands.") is not Verdict.SUPPORTED
    assert verdict(checker, "Not one of the 150 schools that have taken up knife wands has found a blade.") is Verdict.SUPPORTED


def test_a_clause_that_is_only_a_verb_shares_the_subject_before_it(tmp_path):
    week = "During the Tollbury week of action, officers closed 9 drug lines and arrested 14 people."
    mentors = "Brightwater Mentoring worked with 120 young people in Tollbury last year."
    tollbury = _documents_checker(tmp_path / "tollbury", [
        {"id": "police", "publisher": "Tollbury Police", "text": week + "\n", "claims": [
            {"id": "lines", "subject": "drug lines closed during the Tollbury week of action", "figure": "9", "value": 9, "unit": "count", "passage": week},
            {"id": "arrests", "subject": "people arrested during the Tollbury week of action", "figure": "14", "value": 14, "unit": "count", "passage": week},
        ]},
        {"id": "charity", "publisher": "Brightwater Mentoring", "text": mentors + "\n", "claims": [
            {"id": "mentees", "subject": "young people Brightwater Mentoring worked with in Tollbury last year", "figure": "120", "value": 120, "unit": "count", "passage": mentors},
        ]},
    ])
    # "... and made 14 arrests": the mentors, who the sentence says closed the lines, made them too.
    said = "During the Tollbury week of action, Brightwater Mentoring staff closed 9 drug lines and made 14 arrests."
    assert [figure_verdict(tollbury, said, f) for f in ("9", "14")] == [Verdict.UNVERIFIED, Verdict.UNVERIFIED]
    said = "During the Tollbury week of action, officers closed 9 drug lines and made 14 arrests."
    assert [figure_verdict(tollbury, said, f) for f in ("9", "14")] == [Verdict.SUPPORTED, Verdict.SUPPORTED]
    # Who was told is no subject: the clause before starts past the attribution.
    said = "The chief constable told the Brightwater Mentoring board that during the Tollbury week of action officers closed 9 drug lines and made 14 arrests."
    assert figure_verdict(tollbury, said, "14") is Verdict.SUPPORTED


def test_an_undated_earlier_level_is_not_of_the_year_the_documents_date_another_to(tmp_path):
    report = "The Harbour Boxing Trust ran 64 sessions in 2024-25."
    story = "The trust ran 64 boxing sessions last year, up from 41 the year before."
    trust = _documents_checker(tmp_path / "boxing", [
        {"id": "report", "publisher": "Harbour Boxing Trust", "text": report + "\n", "claims": [
            {"id": "sessions", "topic": "sessions", "subject": "sessions run by the Harbour Boxing Trust in 2024-25", "figure": "64", "value": 64, "unit": "count", "period": "2024-25", "passage": report},
        ]},
        {"id": "story", "publisher": "Harbour Gazette", "text": story + "\n", "claims": [
            {"id": "sessions-last-year", "topic": "sessions", "subject": "boxing sessions the trust ran last year", "figure": "64", "value": 64, "unit": "count", "period": "last year", "passage": story},
            {"id": "sessions-before", "topic": "sessions", "subject": "boxing sessions the trust ran the year before last", "figure": "41", "value": 41, "unit": "count", "passage": story},
        ]},
    ])
    # The 41 is the level the 64 rose from, not a figure of 2024-25: nothing of that year agrees.
    assert verdict(trust, "The Harbour Boxing Trust did not run more than 50 sessions in 2024-25.") is Verdict.CONFLICTING
    assert verdict(trust, "The Harbour Boxing Trust ran 41 sessions in 2024-25.") is Verdict.CONFLICTING
    # Undated, the 41 is a level the documents give.
    assert verdict(trust, "The Harbour Boxing Trust ran 41 sessions.") is Verdict.MIXED


def test_a_date_in_an_opening_clause_about_it_is_of_the_main_clause_s_subject(tmp_path):
    start = "Operation Wrenfield began in March 2022."
    totals = "Since then Operation Wrenfield has closed 90 drug lines and arrested 60 dealers."
    grant = "Since it launched, the Harbour Youth Grant has had 40 referrals from officers who arrested dealers."
    wrenfield = _documents_checker(tmp_path / "wrenfield", [
        {"id": "update", "publisher": "Tollbury Police", "text": f"{start} {totals}\n", "claims": [
            {"id": "start", "topic": "start", "subject": "start of Operation Wrenfield", "figure": "March 2022", "value": "2022-03", "unit": "date", "passage": start},
            {"id": "lines", "topic": "lines", "subject": "drug lines closed since Operation Wrenfield began", "figure": "90", "value": 90, "unit": "count", "period": "since March 2022", "passage": totals},
            {"id": "dealers", "topic": "dealers", "subject": "dealers arrested since Operation Wrenfield began", "figure": "60", "value": 60, "unit": "count", "period": "since March 2022", "passage": totals},
        ]},
        {"id": "grant", "publisher": "Harbour Youth Grant", "text": grant + "\n", "claims": [
            {"id": "referrals", "topic": "referrals", "subject": "referrals from officers to the Harbour Youth Grant since it launched", "aliases": ["Operation Wrenfield"], "figure": "40", "value": 40, "unit": "count", "passage": grant},
        ]},
    ])
    # "it" is Operation Wrenfield: the date is its start, however many amounts the sentence goes on to give.
    said = "Since it began in {}, Operation Wrenfield has closed 90 drug lines and arrested 60 dealers."
    assert figure_verdict(wrenfield, said.format("March 2022"), "March 2022") is Verdict.SUPPORTED
    assert figure_verdict(wrenfield, said.format("May 2022"), "May 2022") is Verdict.CONFLICTING


def test_levels_set_against_one_in_other_places_measure_what_it_does(tmp_path):
    visits = "Corvale recorded 2,450 library visits per 1,000 residents, below Dunmere (3,120) and Tollbury (2,610)."
    volunteers = "Dunmere's libraries had 3,000 volunteers, and Corvale County Council runs 2,000 library events."
    league = _documents_checker(tmp_path / "league", [
        {"id": "report", "publisher": "Dunmere Libraries", "text": volunteers + "\n", "claims": [
            {"id": "volunteers", "topic": "volunteers", "subject": "library volunteers in Dunmere", "figure": "3,000", "value": 3000, "unit": "count", "passage": volunteers},
            {"id": "events", "topic": "events", "subject": "library events run by Corvale County Council", "figure": "2,000", "value": 2000, "unit": "count", "passage": volunteers},
        ]},
        {"id": "survey", "publisher": "Library Survey Unit", "text": visits + "\n", "claims": [
            {"id": "corvale", "topic": "corvale", "subject": "Corvale library visits per 1,000 residents", "figure": "2,450", "value": 2450, "unit": "count", "passage": visits},
            {"id": "dunmere", "topic": "dunmere", "subject": "Dunmere library visits per 1,000 residents", "figure": "3,120", "value": 3120, "unit": "count", "passage": visits},
            {"id": "tollbury", "topic": "tollbury", "subject": "Tollbury library visits per 1,000 residents", "figure": "2,610", "value": 2610, "unit": "count", "passage": visits},
        ]},
    ])
    said = "Corvale recorded 2,450 library visits per 1,000 residents, compared with {} in {} and 2,610 in Tollbury."
    checked = league.check(said.format("3,120", "Dunmere"))
    assert [f.verdict for f in checked.figures if f.figure.text != "1,000"] == [Verdict.SUPPORTED] * 3
    # Another place's level is that place's: not the documents' for a place they never name, nor another figure's.
    assert figure_verdict(league, said.format("3,120", "Ambridge"), "3,120") is not Verdict.SUPPORTED
    assert figure_verdict(league, said.format("3,500", "Dunmere"), "3,500") is Verdict.CONFLICTING


def _harbour_arrests_checker(root: Path) -> Checker:
    """An invented harbour patrol's arrests: two years, a quarter, and a running total, all one topic."""
    years = "Harbour patrols arrested 19 people in the first quarter of 2025-26, and 64 in 2024-25, up from 41 in 2023-24."
    total = "Since the patrols began, officers have arrested 203 people."
    quarter, year, before = (
        {"id": f"arrests-{key}", "topic": "arrests", "subject": f"people arrested by the harbour patrols {when}", "figure": figure, "value": int(figure), "unit": "count", "period": period, "passage": years}
        for key, when, figure, period in (("q1", "in the first quarter of 2025-26", "19", "Q1 2025-26"), ("2024", "in 2024-25", "64", "2024-25"), ("2023", "in 2023-24", "41", "2023-24"))
    )
    return _documents_checker(root, [
        {"id": "update", "publisher": "Corvale Harbour Police", "text": f"{years} {total}\n", "claims": [
            quarter, year, before,
            {"id": "arrests-total", "topic": "arrests", "subject": "people arrested by the harbour patrols since they began", "figure": "203", "value": 203, "unit": "count", "period": "since launch", "passage": total},
        ]},
    ])


def test_the_levels_of_a_dated_change_are_of_its_time_and_the_year_before(tmp_path):
    harbour = _harbour_arrests_checker(tmp_path / "harbour")
    # The year's rise reached the year's count: 64 is 2024-25's, not the quarter's or the total's.
    jumped = harbour.check("Harbour patrol arrests jumped by 23 in 2024-25, from 41 to 64.")
    assert {f.figure.text: f.verdict for f in jumped.figures if f.figure.text in ("41", "64")} == {"41": Verdict.SUPPORTED, "64": Verdict.SUPPORTED}
    # The date after the later level is its time: the 41 before it is the year before.
    assert figure_verdict(harbour, "Harbour patrol arrests rose from 41 to 64 in 2024-25.", "41") is Verdict.SUPPORTED
    assert figure_verdict(harbour, "Harbour patrol arrests jumped by 23 in 2024-25, from 41 to 70.", "70") is Verdict.CONFLICTING


def test_a_level_set_against_another_owner_s_is_that_owner_s(tmp_path):
    wardens = "Dunmere's Lampkeepers scheme had nine wardens against Corvale's 18."
    robberies = "There were three robberies on the Corvale towpath in the first quarter and 14 on the Dunmere towpath."
    towns = _documents_checker(tmp_path / "towns", [
        {"id": "minutes", "publisher": "Canal Safety Forum", "text": f"{wardens} {robberies}\n", "claims": [
            {"id": "dunmere-wardens", "topic": "dunmere-wardens", "subject": "wardens in Dunmere's Lampkeepers scheme", "figure": "nine", "value": 9, "unit": "count", "passage": wardens},
            {"id": "corvale-wardens", "topic": "corvale-wardens", "subject": "Corvale's park wardens", "aliases": ["park wardens"], "figure": "18", "value": 18, "unit": "count", "passage": wardens},
            {"id": "corvale-robberies", "topic": "corvale-robberies", "subject": "robberies on the Corvale towpath in the first quarter", "figure": "three", "value": 3, "unit": "count", "passage": robberies},
            {"id": "dunmere-robberies", "topic": "dunmere-robberies", "subject": "robberies on the Dunmere towpath in the first quarter", "figure": "14", "value": 14, "unit": "count", "passage": robberies},
        ]},
    ])
    # The passage sets Dunmere's nine against Corvale's 18: the 18 is Corvale's, though Dunmere is in its passage.
    assert figure_verdict(towns, "Dunmere's Lampkeepers scheme has 18 wardens.", "18") is not Verdict.SUPPORTED
    assert figure_verdict(towns, "Dunmere's Lampkeepers scheme has nine wardens.", "nine") is Verdict.SUPPORTED


def test_a_level_set_against_another_with_its_place_after_it_is_that_place_s():
    # The invented tests/data/other_corpus_68: Tressingham's park safety
    # programme and its neighbour Oxtervale's. The place after the figure is
    # its own, not the one the sentence opens with.
    tressingham = _invented_checker("other_corpus_68")
    both = tressingham.check("Tressingham has 18 park wardens, against nine in Oxtervale.")
    assert {f.figure.text: f.verdict for f in both.figures}["nine"] is Verdict.SUPPORTED
    towpath = "Robbery has all but vanished from the Tressingham side of the Wenlow Canal towpath, with three in the first quarter, against {} on the stretch in neighbouring Oxtervale."
    assert figure_verdict(tressingham, towpath.format(14), "14") is Verdict.SUPPORTED
    assert figure_verdict(tressingham, towpath.format(19), "19") is Verdict.CONFLICTING


def test_a_target_written_before_what_it_is_of_is_an_aim_not_a_level(tmp_path):
    review = "The Lampkeepers control room's average response time was 6.4 minutes in 2024-25, against a target of 8 minutes."
    lampkeepers = _documents_checker(tmp_path / "lampkeepers", [
        {"id": "review", "publisher": "Lampkeepers Control Room", "text": review + "\n", "claims": [
            {"id": "time", "topic": "time", "subject": "average response time of the Lampkeepers control room in 2024-25", "figure": "6.4 minutes", "value": 6.4, "unit": "minutes", "period": "2024-25", "passage": review},
            {"id": "target", "topic": "target", "subject": "target average response time of the Lampkeepers control room", "figure": "8 minutes", "value": 8, "unit": "minutes", "passage": review},
        ]},
    ])
    # The sentence speaks of the time reached: the documents' 8 minutes is only its target.
    said = "The Lampkeepers control room's average response time {} 8 minutes in 2024-25."
    assert figure_verdict(lampkeepers, said.format("did not drop below"), "8 minutes") is Verdict.CONFLICTING
    assert figure_verdict(lampkeepers, said.format("was"), "8 minutes") is Verdict.CONFLICTING
    assert verdict(lampkeepers, "The Lampkeepers control room's target average response time is 8 minutes.") is Verdict.SUPPORTED


def test_a_part_of_a_denied_amount_is_not_supported(tmp_path):
    spend = "By August the Quayside Trust had spent £5.9m on the crane upgrade, including £1.31m in June."
    quayside = _documents_checker(tmp_path / "quayside", [
        {"id": "accounts", "publisher": "Quayside Trust", "text": spend + "\n", "claims": [
            {"id": "total", "topic": "total", "subject": "Quayside Trust spending on the crane upgrade by August", "figure": "£5.9m", "value": 5900000, "unit": "GBP", "passage": spend},
            {"id": "june", "topic": "june", "subject": "Quayside Trust spending on the crane upgrade in June", "figure": "£1.31m", "value": 1310000, "unit": "GBP", "period": "June", "passage": spend},
        ]},
    ])
    assert figure_verdict(quayside, "By August the Quayside Trust had spent £5.9m on the crane upgrade, including £1.31m in June.", "£1.31m") is Verdict.SUPPORTED
    assert figure_verdict(quayside, "By August the Quayside Trust had not spent £5.9m on the crane upgrade, including £1.31m in June.", "£1.31m") is not Verdict.SUPPORTED


def test_the_first_months_of_a_dated_year_are_the_quarter_the_documents_give(tmp_path):
    harbour = _harbour_arrests_checker(tmp_path / "harbour")
    said = "In the first three months of 2025-26, harbour patrols arrested {} people, the force said."
    assert figure_verdict(harbour, said.format(19), "19") is Verdict.SUPPORTED
    assert figure_verdict(harbour, said.format(64), "64") is not Verdict.SUPPORTED


def test_a_total_given_by_a_month_of_no_year_is_of_its_document_s_year(tmp_path):
    review = "By 31 March 2025 the Lampkeepers programme had installed 148 new cameras in total."
    story = "Figures show 184 new cameras had now been installed at Lampkeepers sites by the end of March."
    lampkeepers = _documents_checker(tmp_path / "lampkeepers", [
        {"id": "review", "publisher": "Lampkeepers Control Room", "date": "2025-07-09", "text": review + "\n", "claims": [
            {"id": "review-cameras", "topic": "cameras", "subject": "new cameras installed by the Lampkeepers programme by 31 March 2025", "figure": "148", "value": 148, "unit": "count", "period": "total", "as_of": "2025-03-31", "passage": review},
        ]},
        {"id": "story", "publisher": "Lampkeepers Voice", "date": "2025-10-06", "text": story + "\n", "claims": [
            {"id": "story-cameras", "topic": "cameras", "subject": "new cameras installed at Lampkeepers sites by the end of March", "figure": "184", "value": 184, "unit": "count", "as_of": "--03", "passage": story},
        ]},
    ])
    # The story's "end of March", published that October, is March 2025: the two disagree about that moment.
    said = "{} new cameras had been installed at Lampkeepers sites by the end of March 2025."
    assert figure_verdict(lampkeepers, said.format("Fewer than 150"), "150") is Verdict.MIXED
    assert figure_verdict(lampkeepers, said.format("184"), "184") is Verdict.MIXED
    assert figure_verdict(lampkeepers, said.format("184").replace("2025", "2024"), "184") is not Verdict.MIXED


def test_a_place_of_one_among_those_counted_is_not_theirs():
    # The invented tests/data/other_corpus_68: nine of its 211 cameras were
    # out of action the day a story ran; Underpass U9 is a place it names.
    tressingham = _invented_checker("other_corpus_68")
    for among in ("was one of", "was among"):
        said = f"When the Voice's story appeared, the camera at Underpass U9 {among} nine of the programme's cameras out of action."
        assert figure_verdict(tressingham, said, "nine") is Verdict.SUPPORTED
    # Nine said to be Underpass U9's are still not what the documents give.
    assert figure_verdict(tressingham, "Nine cameras at Underpass U9 on Cressop Way were out of action on the day the Voice's story appeared.", "Nine") is not Verdict.SUPPORTED


def test_a_name_a_document_is_titled_by_is_its_claims_own(tmp_path):
    lanterns = "The new LED lanterns use 58% less energy than the units they replaced."
    ferry = "The Marlow Ferry now carries 900 people a day."
    papers = _documents_checker(tmp_path / "papers", [
        {"id": "report", "title": "Lampkeepers Safer Parks Programme: Phase 2 report", "publisher": "Corvale City Council", "text": f"{lanterns} The Lampkeepers programme lit 26 parks.\n", "claims": [
            {"id": "energy", "subject": "energy saved by the new LED lanterns against the units they replaced", "figure": "58%", "value": 58, "unit": "percent", "passage": lanterns},
            {"id": "parks", "subject": "parks lit by the Lampkeepers programme", "figure": "26", "value": 26, "unit": "count", "passage": "The Lampkeepers programme lit 26 parks."},
        ]},
        {"id": "story", "title": "Ferry fares frozen, with a reprieve for Tollmere", "publisher": "Corvale Courier", "text": f"{ferry} Tollmere's pier reopened.\n", "claims": [
            {"id": "ferry", "subject": "people the Marlow Ferry carries a day", "figure": "900", "value": 900, "unit": "count", "passage": ferry},
        ]},
    ])
    assert figure_verdict(papers, "The LED lanterns fitted under Lampkeepers use 58% less energy than the old ones.", "58%") is Verdict.SUPPORTED
    # The invented tests/data/other_corpus_68, whose cabinet report is titled
    # "Dusklight Safer Spaces Programme: ...": its lanterns are Dusklight's,
    # though the passage never names the programme.
    tressingham = _invented_checker("other_corpus_68")
    assert figure_verdict(tressingham, "Lanterns fitted under Dusklight use 58% less energy than the old ones, cabinet heard.", "58%") is Verdict.SUPPORTED
    # A headline that names a place further on is not the document's own subject.
    assert figure_verdict(papers, "The Tollmere ferry now carries 900 people a day.", "900") is not Verdict.SUPPORTED


def test_an_earlier_level_is_not_weighed_against_the_later_level_s_time(tmp_path):
    first = "In its first months, October 2023 to March 2024, the Lampkeepers control room's average response time was 9.1 minutes."
    year = "In 2024-25 the average response time was 6.4 minutes."
    said = "The cabinet member said the average response time was 5.9 minutes."
    lampkeepers = _documents_checker(tmp_path / "lampkeepers", [
        {"id": "review", "publisher": "Lampkeepers Control Room", "text": f"{first} {year}\n", "claims": [
            {"id": "first", "topic": "time", "subject": "average response time of the Lampkeepers control room, October 2023 to March 2024", "figure": "9.1 minutes", "value": 9.1, "unit": "minutes", "period": "October 2023 to March 2024", "passage": first},
            {"id": "year", "topic": "time", "subject": "average response time of the Lampkeepers control room in 2024-25", "figure": "6.4 minutes", "value": 6.4, "unit": "minutes", "period": "2024-25", "passage": year},
        ]},
        {"id": "minutes", "publisher": "Corvale Scrutiny Committee", "text": said + "\n", "claims": [
            {"id": "said", "topic": "time", "subject": "average response time of the Lampkeepers control room, as the cabinet member gave it", "figure": "5.9 minutes", "value": 5.9, "unit": "minutes", "passage": said},
        ]},
    ])
    # The 6.4 and the undated 5.9 are the later level's rivals, not the earlier level's.
    fell = "Response times at the Lampkeepers control room fell from {} minutes in the programme's first months to 6.4 minutes in 2024-25."
    assert figure_verdict(lampkeepers, fell.format("9.1"), "9.1 minutes") is Verdict.SUPPORTED
    assert figure_verdict(lampkeepers, fell.format("8.2"), "8.2 minutes") is not Verdict.SUPPORTED


def test_a_year_s_count_is_not_weighed_against_a_quarter_s(tmp_path):
    quarter = "There were 31 incidents on the Route 9 ferry between October and December 2025, against 19 a year earlier."
    ferry = _documents_checker(tmp_path / "ferry", [
        {"id": "minutes", "publisher": "Corvale Transport Committee", "text": quarter + "\n", "claims": [
            {"id": "q4-2025", "topic": "incidents", "subject": "incidents on the Route 9 ferry, October to December 2025", "figure": "31", "value": 31, "unit": "count", "period": "October to December 2025", "passage": quarter},
            {"id": "q4-2024", "topic": "incidents", "subject": "incidents on the Route 9 ferry, October to December 2024", "figure": "19", "value": 19, "unit": "count", "period": "October to December 2024", "passage": quarter},
        ]},
    ])
    # The year's 88 is another measure than a quarter's 31, not a wrong one.
    said = "The Route 9 ferry was the company's worst route last year, with 88 incidents of all kinds."
    assert figure_verdict(ferry, said, "88") is Verdict.UNVERIFIED


def test_an_age_band_after_a_count_is_who_it_counts(tmp_path):
    ages = "Of the 300 young people the Harbour Youth Grant reached, 120 were aged 11 to 13 and 180 were 14 or 15."
    harbour = _documents_checker(tmp_path / "harbour", [
        {"id": "review", "publisher": "Harbour Youth Grant", "text": ages + "\n", "claims": [
            {"id": "reached", "topic": "reached", "subject": "young people the Harbour Youth Grant reached", "figure": "300", "value": 300, "unit": "count", "passage": ages},
            {"id": "younger", "topic": "younger", "subject": "young people aged 11 to 13 the Harbour Youth Grant reached", "figure": "120", "value": 120, "unit": "count", "passage": ages},
            {"id": "older", "topic": "older", "subject": "young people aged 14 or 15 the Harbour Youth Grant reached", "figure": "180", "value": 180, "unit": "count", "passage": ages},
        ]},
    ])
    # The 14 and 15 say who the 180 are, as "aged 11 to 13" does: no figures of their own.
    said = harbour.check("The Harbour Youth Grant reached 300 young people: 120 were aged 11 to 13, and 180 were 14 or 15.")
    assert [f.figure.text for f in said.figures] == ["300", "120", "180"]
    assert said.verdict is Verdict.SUPPORTED


def test_a_list_runs_on_under_the_numbered_stage_named_before_it(tmp_path):
    """A sentence that names two stages of a programme: a figure whose own
    words name neither is of the stage named before it, not the later one."""
    report = (
        "Stage 1 of the Fernhollow Greenlinks scheme covered 30 junctions, of which 12 were in Ashmere. "
        "Stage 2 covers 18 junctions, of which 7 are in Ashmere."
    )
    checker = _documents_checker(tmp_path / "greenlinks", [
        {"id": "review", "publisher": "Fernhollow District Council", "text": report + "\n", "claims": [
            {"id": "s1-junctions", "topic": "junctions", "subject": "junctions covered by Stage 1 of Greenlinks", "figure": "30", "value": 30, "unit": "count",
             "passage": "Stage 1 of the Fernhollow Greenlinks scheme covered 30 junctions, of which 12 were in Ashmere."},
            {"id": "s1-ashmere", "topic": "s1-ashmere", "subject": "Ashmere junctions among the Stage 1 sites", "figure": "12", "value": 12, "unit": "count",
             "passage": "Stage 1 of the Fernhollow Greenlinks scheme covered 30 junctions, of which 12 were in Ashmere."},
            {"id": "s2-junctions", "topic": "junctions", "subject": "junctions covered by Stage 2 of Greenlinks", "figure": "18", "value": 18, "unit": "count",
             "passage": "Stage 2 covers 18 junctions, of which 7 are in Ashmere."},
            {"id": "s2-ashmere", "topic": "s2-ashmere", "subject": "Ashmere junctions among the Stage 2 sites", "figure": "7", "value": 7, "unit": "count",
             "passage": "Stage 2 covers 18 junctions, of which 7 are in Ashmere."},
        ]},
    ])
    sentence = "The scheme's first stage took in 30 junctions, 12 Ashmere junctions among them, and the 18 of Stage 2 follow next year."
    assert figure_verdict(checker, sentence, "12") is Verdict.SUPPORTED
    # ... and the one named before it decides, whichever it is.
    swapped = "Stage 2 takes in 18 junctions, 12 Ashmere junctions among them, after the 30 of the first stage."
    assert figure_verdict(checker, swapped, "12") is Verdict.CONFLICTING



def test_the_first_half_of_the_year_named_is_not_another_year_s(tmp_path):
    """A sentence's "first half of the year", after "2025-26", is judged on
    the documents' first half of 2025-26, not on that of 2024-25."""
    report = "The Marlowe Lantern Trust lit 410 lanes in the first half of 2024-25 and 455 in the first half of 2025-26."
    checker = _documents_checker(tmp_path / "lanterns", [
        {"id": "report", "publisher": "Marlowe Lantern Trust", "text": report + "\n", "claims": [
            {"id": "h1-2024", "topic": "lanes-lit", "subject": "lanes lit by the Marlowe Lantern Trust in the first half of 2024-25", "figure": "410", "value": 410,
             "unit": "count", "period": "first half of 2024-25", "passage": report},
            {"id": "h1-2025", "topic": "lanes-lit", "subject": "lanes lit by the Marlowe Lantern Trust in the first half of 2025-26", "figure": "455", "value": 455,
             "unit": "count", "period": "first half of 2025-26", "passage": report},
        ]},
    ])
    named = "The Marlowe Lantern Trust lit 120 lanes in the first quarter of 2025-26, and 410 lanes in the first half of the year."
    assert figure_verdict(checker, named, "410") is Verdict.CONFLICTING
    assert figure_verdict(checker, named.replace("410", "455"), "455") is Verdict.SUPPORTED


def test_a_clause_with_its_own_subject_is_not_the_opening_body_s(tmp_path):
    """"The Orwell Valley Police made 171 arrests, and the trust issued 68
    warning letters": the letters are the trust's, whoever made the arrests."""
    report = "The Fennick Lantern Trust issued 68 warning letters in 2024-25. The Orwell Valley Police made 171 arrests in 2024-25."
    checker = _documents_checker(tmp_path / "letters", [
        {"id": "review", "publisher": "Fennick Lantern Trust", "text": report + "\n", "claims": [
            {"id": "letters", "subject": "warning letters issued by the Fennick Lantern Trust in 2024-25", "figure": "68", "value": 68, "unit": "count",
             "passage": "The Fennick Lantern Trust issued 68 warning letters in 2024-25."},
            {"id": "arrests", "subject": "arrests made by the Orwell Valley Police in 2024-25", "figure": "171", "value": 171, "unit": "count",
             "passage": "The Orwell Valley Police made 171 arrests in 2024-25."},
        ]},
    ])
    sentence = "The Orwell Valley Police made 171 arrests in 2024-25, and the trust issued 68 warning letters."
    assert figure_verdict(checker, sentence, "68") is Verdict.SUPPORTED
    # ... while a clause that goes on with the opening body's verb is still the body's.
    assert figure_verdict(checker, "The Orwell Valley Police made 171 arrests in 2024-25 and issued 68 warning letters.", "68") is Verdict.UNVERIFIED


def test_an_aim_said_as_aiming_for_is_the_documents_aim(tmp_path):
    """"is aiming for 700 lanterns" against the documents' target of 700:
    put forward as they put it forward, so supported; "hoping for" too."""
    lit = "The Fennick Lantern Trust has lit 585 lanterns across the town."
    aim = "The trust's target is 700 lanterns by 31 March 2026."
    checker = _documents_checker(tmp_path / "lanterns", [
        {"id": "review", "publisher": "Fennick Lantern Trust", "text": f"{lit} {aim}\n", "claims": [
            {"id": "lit", "topic": "lanterns-lit", "subject": "lanterns lit by the Fennick Lantern Trust", "figure": "585", "value": 585, "unit": "count", "passage": lit},
            {"id": "target", "topic": "lantern-target", "subject": "target for lanterns lit by the Fennick Lantern Trust by 31 March 2026", "figure": "700", "value": 700,
             "unit": "count", "as_of": "2026-03-31", "passage": aim},
        ]},
    ])
    assert verdict(checker, "The Fennick Lantern Trust is aiming for 700 lanterns lit by March 2026.") is Verdict.SUPPORTED
    assert verdict(checker, "The Fennick Lantern Trust is hoping for 700 lanterns lit by March 2026.") is Verdict.SUPPORTED


def test_a_total_is_not_the_stretch_the_documents_give_apart(tmp_path):
    """"more than £1.2 million over its first two years" against the
    documents' "almost £1.2 million" for those two years: a conflict, which
    their larger total since launch (£1.9m) does not turn into mixed."""
    two_years = "The Fennick Lantern Trust received almost £1.2 million over its first two years."
    total = "The Fennick Lantern Trust has received £1.9m since it was set up."
    checker = _documents_checker(tmp_path / "lanterns", [
        {"id": "review", "publisher": "Fennick Lantern Trust", "text": f"{two_years} {total}\n", "claims": [
            {"id": "two-years", "topic": "trust-money", "subject": "money received by the Fennick Lantern Trust over its first two years", "figure": "£1.2 million",
             "value": 1200000, "unit": "GBP", "qualifier": "almost", "period": "over its first two years", "passage": two_years},
            {"id": "total", "topic": "trust-money", "subject": "money received by the Fennick Lantern Trust since it was set up", "figure": "£1.9m",
             "value": 1900000, "unit": "GBP", "period": "total", "passage": total},
        ]},
    ])
    assert verdict(checker, "The Fennick Lantern Trust received more than £1.2 million over its first two years.") is Verdict.CONFLICTING
    assert verdict(checker, "The Fennick Lantern Trust received almost £1.2 million over its first two years.") is Verdict.SUPPORTED


def test_a_figure_owed_to_another_named_thing_is_not_supported(tmp_path):
    """"62% felt safer thanks to the Night Wardens", where the documents'
    62% felt safer because of the lanterns: another documented thing's
    doing, named after the figure, is never support."""
    survey = "In the trust's survey, 62% of residents said they felt safer because of the new lanterns."
    wardens = "The Night Wardens team has 12 wardens."
    checker = _documents_checker(tmp_path / "lanterns", [
        {"id": "review", "publisher": "Fennick Lantern Trust", "text": f"{survey} {wardens}\n", "claims": [
            {"id": "safer", "subject": "share of residents surveyed who felt safer because of the new lanterns", "figure": "62%", "value": 62, "unit": "percent", "passage": survey},
            {"id": "wardens", "subject": "wardens in the Night Wardens team", "figure": "12", "value": 12, "unit": "count", "passage": wardens},
        ]},
    ])
    assert verdict(checker, "62% of residents felt safer thanks to the Night Wardens.") is Verdict.UNVERIFIED
    assert verdict(checker, "62% of residents felt safer since the Night Wardens began patrolling.") is Verdict.UNVERIFIED
    assert verdict(checker, "62% of residents felt safer thanks to the new lanterns.") is Verdict.SUPPORTED


def test_a_survey_by_a_body_the_documents_never_name_is_not_theirs(tmp_path):
    """"A survey by the Friends of Ashcombe Green found 49% ...": another
    body's measure, though the documents' own survey found 49% too."""
    survey = "In the council's 2025 residents' survey, 49% of women said they felt unsafe in a park after dark."
    checker = _documents_checker(tmp_path / "parks", [
        {"id": "survey", "publisher": "Fennick District Council", "title": "Residents' Survey 2025", "text": survey + "\n", "claims": [
            {"id": "unsafe", "subject": "women who said they felt unsafe in a park after dark, 2025 residents' survey", "figure": "49%", "value": 49, "unit": "percent", "passage": survey},
        ]},
    ])
    assert verdict(checker, "A survey by the Friends of Ashcombe Green found that 49% of women feel unsafe in a park after dark.") is Verdict.UNVERIFIED
    assert verdict(checker, "The Ashcombe Walkers Trust's own survey found that 49% of women feel unsafe in a park after dark.") is Verdict.UNVERIFIED
    # ... while the documents' own survey, by its publisher or unnamed, is theirs.
    assert verdict(checker, "A survey by Fennick District Council found that 49% of women feel unsafe in a park after dark.") is Verdict.SUPPORTED
    assert verdict(checker, "The council's residents' survey found that 49% of women feel unsafe in a park after dark.") is Verdict.SUPPORTED


def test_every_stage_together_is_not_one_stage_s_figure(tmp_path):
    """"Across both stages, the trust put in no more than £1m" is the whole:
    Stage 2's £740,000 does not support it; the whole's £1.7m contradicts it."""
    one = "The Fennick Lantern Trust put £960,000 into Stage 1 of Greenlinks."
    two = "The Fennick Lantern Trust put £740,000 into Stage 2 of Greenlinks."
    both = "The Fennick Lantern Trust put £1.7 million into both stages of Greenlinks."
    documents = [
        {"id": "review", "publisher": "Fennick District Council", "text": f"{one} {two} {both}\n", "claims": [
            {"id": "s1", "subject": "the Fennick Lantern Trust's money for Stage 1 of Greenlinks", "figure": "£960,000", "value": 960000, "unit": "GBP", "passage": one},
            {"id": "s2", "subject": "the Fennick Lantern Trust's money for Stage 2 of Greenlinks", "figure": "£740,000", "value": 740000, "unit": "GBP", "passage": two},
            {"id": "both", "subject": "the Fennick Lantern Trust's money for both stages of Greenlinks", "figure": "£1.7 million", "value": 1700000, "unit": "GBP", "passage": both},
        ]},
    ]
    checker = _documents_checker(tmp_path / "greenlinks", documents)
    assert verdict(checker, "Across both stages of Greenlinks, the Fennick Lantern Trust has put in no more than £1m.") is Verdict.CONFLICTING
    assert verdict(checker, "Across both stages of Greenlinks, the Fennick Lantern Trust has put in £1.7 million.") is Verdict.SUPPORTED
    # ... and an amount the sentence gives one stage is that stage's.
    assert figure_verdict(checker, "Across both stages of Greenlinks, the Fennick Lantern Trust has put in £1.7 million, with £740,000 of it for Stage 2.", "£740,000") is Verdict.SUPPORTED
    # With no whole documented, one stage's figure is still not the whole's.
    parts_only = _documents_checker(tmp_path / "parts", [{**documents[0], "claims": documents[0]["claims"][:2]}])
    assert verdict(parts_only, "Across both stages of Greenlinks, the Fennick Lantern Trust has put in no more than £1m.") is Verdict.UNVERIFIED


def test_months_of_a_dated_year_are_not_another_year_named_in_a_subject(tmp_path):
    """"In the first three months of 2025-26, ... 61 emergency calls"
    against a subject dated "in 2024-25" (212, curated with no period): that
    year is not those months, so it neither disagrees nor makes it mixed."""
    year = "The Fennick help line took 212 emergency calls in 2024-25."
    quarter = "The Fennick help line took 61 emergency calls in the first quarter of 2025-26."
    checker = _documents_checker(tmp_path / "helpline", [
        {"id": "review", "publisher": "Fennick District Council", "text": f"{year} {quarter}\n", "claims": [
            {"id": "year", "topic": "emergency-calls", "subject": "emergency calls to the Fennick help line in 2024-25", "figure": "212", "value": 212, "unit": "count", "passage": year},
            {"id": "quarter", "topic": "emergency-calls", "subject": "emergency calls to the Fennick help line in the first quarter of 2025-26", "figure": "61", "value": 61, "unit": "count", "passage": quarter},
        ]},
    ])
    assert verdict(checker, "In the first three months of 2025-26, the Fennick help line took 61 emergency calls.") is Verdict.SUPPORTED


def test_last_year_is_the_year_before_the_document_s():
    """The invented tests/data/other_corpus_64, whose police report
    (published in January 2026) gives 1,284 incidents "in 2025": a sentence's
    "last year", read as of the documents' time, is that year."""
    haverdeen = _invented_checker("other_corpus_64")
    sentence = "Incidents of violence and robbery on Haverdeen's buses and trams came to 1,284 last year."
    assert figure_verdict(haverdeen, sentence, "1,284") is Verdict.SUPPORTED


def test_a_launch_a_change_is_counted_from_is_no_other_thing(tmp_path):
    """"grown by half since Lantern Walk launched", against "grown by half
    since the launch" in a review of Lantern Walk: the launch the documents
    count from, named; not another thing the figure is given to."""
    growth = "The wardens team has grown by half since the launch, from 12 to 18."
    paths = "Lantern Walk has lit 40 paths across the town."
    checker = _documents_checker(tmp_path / "lantern-walk", [
        {"id": "review", "publisher": "Fennick District Council", "title": "Lantern Walk: a review of the first two years", "text": f"{growth} {paths}\n", "claims": [
            {"id": "growth", "subject": "growth of the wardens team since the launch", "figure": "half", "value": 50, "unit": "percent", "passage": growth},
            {"id": "paths", "subject": "paths lit by Lantern Walk", "figure": "40", "value": 40, "unit": "count", "passage": paths},
        ]},
    ])
    assert figure_verdict(checker, "The wardens team has grown by half since Lantern Walk launched.", "half") is Verdict.SUPPORTED
