
from dataclasses import replace

import pytest

from factcheck.figures import Figure, parse_figures
from factcheck.reading import Period
from factcheck.verdicts import (
    Verdict,
    agreement,
    comparable,
    currency_mismatch,
    periods_compatible,
)


def fig(text: str) -> Figure:
    (f,) = parse_figures(text)
    return f


@pytest.mark.parametrize(
    ("claimed", "documented", "expected"),
    [(("86 hours", "per day"), ("602 hours", "per week"), True), (("86 hours", "per week"), ("86 hours", "per day"), False)],
)
def test_a_duration_at_a_rate_is_compared_at_it(claimed, documented, expected):
    # (The rate of a duration is read around it, so it is given here as the reading gives it.)
    def at(figure, period):
        return replace(fig(figure), period=period)

    assert agreement(at(*claimed), at(*documented)) is expected


@pytest.mark.parametrize(
    "claimed, documented, expected",
    [
        ("£45m", "£45 million", True),
        ("£45,000,000", "£45m", True),
        ("£45bn", "£45m", False),
        ("$45m", "£45m", False),
        ("£2.6m", "£2,635,000", True),  # the claim is the document's figure rounded
        ("£3m", "£2.6m", False),  # one significant digit: no rounding across a magnitude
        ("155", "150", False),  # a claim more precise than its document is not supported
        ("350", "more than 350", True),
        ("more than 350", "more than 350", True),
        ("35", "more than 350", False),
        ("almost 5,000", "4,937", True),
        ("over 6,000", "4,937", False),
        ("nearly 300", "299", True),
        ("over 300", "299", False),
        ("£12m a year", "£1m a month", True),
        ("£10m a month", "£10m a year", False),
        ("18 months", "1.5 years", True),
        # Two "about"s that only touch at their edges are two figures.
        # A share's step is a step of percent: "more than half" is 50-60%.
        ("more than half", "54%", True),
        ("more than half", "64%", None),
        ("about 500", "about 600", False),
        ("about 1,000", "about 950", True),
        # A ceiling beside a floor it overlaps: both may hold, neither says the other.
        ("fewer than 1,000", "at least 800", None),
        ("more than 800", "up to 1,000", None),
        ("fewer than 1,000", "more than 1,100", False),
        # A lower ceiling says more than the documents' higher one; a higher one they imply.
        ("fewer than 1,000", "fewer than 1,200", None),
        ("fewer than 1,300", "fewer than 1,200", True),
        # "almost" spans below by its last written digit: "just under 1,200" is 1,100-1,200.
        ("fewer than 1,000", "just under 1,200", False),
        ("nearly 1,200", "1,150", True),
        ("nearly 1,200", "1,050", False),
        # ... or by half the digit before where that digit is a 5: "1,250" is written to the nearest 50.
        ("nearly 1,250", "1,231", True),
        ("nearly 1,250", "1,190", False),
        ("nearly 1,240", "1,225", False),
        # A limit stated is a figure: another limit contradicts it.
        ("up to three visitors", "up to two visitors", False),
        ("up to 2 visitors", "up to two visitors", True),
        # ... compared at their rates: a week's limit is not another year's.
        ("up to £100 a week", "up to £5,217.75 a year", None),
        ("at least £1.5m a month", "at least £1.5m a year", None),
        # A floor at a higher rate is not implied by the documents' floor of the same number.
        ("more than 10 a day", "more than 10 a week", None),
        ("more than 10 a week", "more than 10 a week", True),
    ],
)
def test_agreement(claimed, documented, expected):
    assert agreement(fig(claimed), fig(documented)) is expected


@pytest.mark.parametrize(
    "claimed, documented, expected",
    [
        ("in 2018", "February 2018", True),
        ("February 2018", "February 2018", True),
        ("February 2017", "February 2018", False),
        ("June 2017", "July 2017", False),
        ("in 2018", "2017-2021", True),
        ("February 2017", "In February", None),  # the document gives no year: cannot tell
        # Inside the documents' season, but more precise than they are: they cannot tell.
        ("April 2023", "spring 2023", None),
        ("September 2023", "spring 2023", False),
    ],
)
def test_dates_compare_at_the_precision_given(claimed, documented, expected):
    assert agreement(fig(claimed), fig(documented)) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (None, "per year", True),
        ("total", "per year", False),
        ("per year", "per month", True),
        ("total", "over 3 years", True),
        ("over 3 years", "over 2 years", False),
        ("2018-2020", "2018-2020", True),
        # A stretch as long as a window of months is that window, seen by its length.
        ("over two months", "November and December", True),
        ("over 14 months", "2018-04/2019-05", True),
        ("over 12 months", "2018-04/2019-05", False),
        ("over two months", "2018", False),
        # A calendar year or a month is a window of 12 months, or one.
        ("in a year", "in 2024", True),
        ("in one month", "in March 2024", True),
        ("in one week", "in March 2024", False),
        # A first stretch of a year is keyed by words, not dates: compared, never misread as a window of months.
        ("over six months", "first six months of 2024-25", False),
        ("March 2025", "first six months of 2024-25", False),
        # A season's count so far is not the total since the thing began.
        ("so far this winter", "since it opened", False),
        ("since it opened", "since it was launched", True),
        # A month whose year is unsaid fits that month of any year said, not another month.
        ("in February", "in February 2024", True),
        ("October to February", "2023-10/2024-02", True),
        ("in February", "in March 2024", False),
        # A stretch counted back from a date: its length, and when it ends.
        ("in the 12 months to March 2024", "year to 31 March 2024", True),
        ("year to March 2024", "year to March 2025", False),
        ("in the five months to 31 March 2024", "year to 31 March 2024", False),
        ("year to March 2025", "over the year", True),
        ("year to March 2025", "March 2025", True),
        ("year to March 2025", "March 2024", False),
    ],
)
def test_periods_compatible(a, b, expected):
    assert periods_compatible(a, b) is expected


@pytest.mark.parametrize(
    ("start", "window", "expected"),
    [("2021", "2023-24", False), ("2018-04", "2018-04/2019-05", True), ("2018", "2018-04/2019-05", True), ("", "2023-24", True)],
)
def test_a_running_total_fits_a_window_only_from_its_start(start, window, expected):
    assert periods_compatible(Period("running", start, "since it began"), window) is expected


def test_worst_verdict_orders_by_severity():
    assert Verdict.worst([Verdict.SUPPORTED, Verdict.MIXED, Verdict.UNVERIFIED]) is Verdict.MIXED
    assert Verdict.worst([Verdict.SUPPORTED, Verdict.CONFLICTING]) is Verdict.CONFLICTING
    assert Verdict.worst([]) is Verdict.UNVERIFIED


@pytest.mark.parametrize(
    "verdict, level, reaches",
    [
        (Verdict.CONFLICTING, "conflicting", True),
        (Verdict.MIXED, "conflicting", False),
        (Verdict.MIXED, "mixed", True),
        (Verdict.UNVERIFIED, "mixed", False),
        (Verdict.UNVERIFIED, "unverified", True),
        (Verdict.CONFLICTING, Verdict.UNVERIFIED, True),
        (Verdict.SUPPORTED, "unverified", False),
        (Verdict.SUPPORTED, "supported", False),  # support never fails a run
    ],
)
def test_reaches_is_the_fail_on_rule(verdict, level, reaches):
    assert verdict.reaches(level) is reaches


def test_reaches_refuses_an_unknown_level():
    with pytest.raises(ValueError):
        Verdict.MIXED.reaches("bad")


@pytest.mark.parametrize(
    "claimed, documented, expected",
    [
        ("£2-3m", "£2.5m", True),  # a range agrees with a figure inside it
        ("£2-3m", "£3m", True),
        ("£2-3m", "£5m", False),
        ("between £5m and £10m", "£4m", False),
        ("50 to 80%", "65%", True),
        ("50 to 80%", "85%", False),
        ("one in five", "20%", True),  # a proportion is compared as a percentage
        ("two thirds", "67%", True),
        ("one in five", "30%", False),
        ("A$2bn", "$2bn", False),  # another currency never agrees
        ("HK$1bn", "£1bn", False),
    ],
)
def test_agreement_of_ranges_shares_and_currencies(claimed, documented, expected):
    c, d = fig(claimed), fig(documented)
    assert comparable(c, d)
    assert agreement(c, d) is expected


def test_a_currency_mismatch_says_which_currencies():
    assert currency_mismatch(fig("$45m"), fig("£45m")) == "the claim is in US dollars; the documents give pounds"
    assert currency_mismatch(fig("A$2bn"), fig("€2bn")) == "the claim is in Australian dollars; the documents give euros"
    assert currency_mismatch(fig("£45m"), fig("£45 million")) is None


def test_measures_and_counts_are_not_comparable():
    assert not comparable(fig("10m high"), fig("ten officers"))
    assert not comparable(fig("3 percentage points"), fig("3%"))


def test_a_range_claim_is_checked_as_its_interval_against_the_shipped_corpus(checker):
    """The corpus documents the Young Londoners Fund at £45m: a range around
    it is supported, a range beside it conflicts, and JSON carries both ends."""
    inside = checker.check("£40-50m Young Londoners Fund")
    assert inside.verdict is Verdict.SUPPORTED
    figure = inside.to_dict()["figures"][0]
    assert (figure["low"], figure["high"], figure["unit"]) == (40_000_000, 50_000_000, "GBP")
    assert checker.check("£60-70m Young Londoners Fund").verdict is Verdict.CONFLICTING


def test_a_claim_in_another_currency_is_never_supported_by_the_shipped_corpus(checker):
    for claim in ("$45m Young Londoners Fund", "A$45m Young Londoners Fund", "HK$45m Young Londoners Fund"):
        assert checker.check(claim).verdict is not Verdict.SUPPORTED, claim
    assert checker.check("£45m Young Londoners Fund").verdict is Verdict.SUPPORTED


def test_a_reading_made_with_doubt_says_so_in_json(checker):
    figure = checker.check("£1,4 million for the Knife Crime Community Seed Fund").to_dict()["figures"][0]
    assert figure["value"] == 1_400_000 and "decimal comma" in figure["doubt"]
    assert checker.check("£1.4 million for the Knife Crime Community Seed Fund").to_dict()["figures"][0]["doubt"] is None


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("each", "total", False),  # £30 each is not a total
        ("per head", None, True),
        ("per head", "per year", False),
        ("per head", "per head", True),
        ("per hour", "per year", False),
    ],
)
def test_rates_per_item_and_per_person_are_their_own_measures(a, b, expected):
    assert periods_compatible(a, b) is expected


def test_a_first_stretch_spans_a_window_as_long():
    from factcheck.reading import read_period
    from factcheck.verdicts import spans_a_first_stretch

    window = read_period("2018-04/2019-05")
    assert spans_a_first_stretch(read_period("in its first 14 months"), window)
    assert not spans_a_first_stretch(read_period("in its first 12 months"), window)
    # The first stretch of a dated year is no stretch from a launch.
    assert not spans_a_first_stretch(read_period("the first 14 months of 2018"), window)


def test_a_stretch_given_as_a_bound_fits_a_window_a_little_past_it():
    from factcheck.reading import Period
    from factcheck.verdicts import periods_compatible

    fourteen_months = "2018-04/2019-05"
    more, less = Period("duration", "365", "in just over a year", bound="more"), Period("duration", "365", "in nearly a year", bound="less")
    assert periods_compatible(more, fourteen_months)
    assert not periods_compatible(Period("duration", "365", "in a year"), fourteen_months)
    assert not periods_compatible(less, fourteen_months)
    assert periods_compatible(less, "2018-04/2019-02")  # eleven months: nearly a year
