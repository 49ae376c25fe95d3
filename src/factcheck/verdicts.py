"""Whether a claimed figure agrees with a documented one, and the verdicts.

Agreement is decided on intervals. Each figure stands for the range of true
values its words allow: "£2.6m" for 2.55m-2.65m (it is a rounding), "more
than 350" for 350-450 (a writer who meant 500 would have said so), "almost
5,000" for 4,500-5,000 ("almost 1,200" for 1,100-1,200). Two figures agree
when their ranges meet, which gives the rules in one place:

- equal after normalisation agree; unit and magnitude are part of the value;
- a claim written with two or more significant digits stands for its
  rounding, so "£2.6m" agrees with £2,635,000; one significant digit ("£3m",
  "ten") is taken at its word, so rounding never crosses a magnitude; the
  document's own figure is taken at its word;
- qualifiers are honoured both ways: document "more than 350" agrees with
  claims "350" and "more than 350", not "35";
- dates agree at the precision both give ("2018" and "February 2018").

Periods decide which figures are comparable at all: a rate (per year) and a
total are different measures, so £10m a year neither supports nor conflicts
with £45m in total.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from .figures import DAYS_PER_UNIT, DURATION_UNITS, Figure
from .lazy import regex
from .reading import OWN_STRETCH_KEYS, Period, read_period, same_at_precision

__all__ = ["Verdict", "agreement", "comparable", "currency_mismatch", "periods_compatible", "interval"]


class Verdict(str, Enum):
    """The answer for a figure or a claim, as JSON gives it (`.value`).

    >>> Verdict("mixed").severity > Verdict.UNVERIFIED.severity
    True
    """

    SUPPORTED = "supported"  # the documents give this figure for this thing
    UNVERIFIED = "unverified"  # they do not speak to it
    MIXED = "mixed"  # some passages support it, others give another figure
    CONFLICTING = "conflicting"  # they give another figure for it

    @property
    def severity(self) -> int:
        """How bad: supported 0 < unverified < mixed < conflicting."""
        return _SEVERITY[self]

    @classmethod
    def worst(cls, verdicts: list["Verdict"]) -> "Verdict":
        """The most severe of `verdicts`; unverified when there are none.

        >>> Verdict.worst([Verdict.SUPPORTED, Verdict.MIXED])
        <Verdict.MIXED: 'mixed'>
        """
        return max(verdicts, key=lambda v: v.severity) if verdicts else cls.UNVERIFIED

    def reaches(self, level: "Verdict | str") -> bool:
        """Whether this verdict is at least as bad as `level`: the rule of
        `--fail-on` (exit 1). Supported never reaches any level.

        >>> Verdict.MIXED.reaches("conflicting"), Verdict.MIXED.reaches("unverified")
        (False, True)
        """
        return self is not Verdict.SUPPORTED and self.severity >= Verdict(level).severity


# `--fail-on unverified` fails on anything not supported; `--fail-on
# conflicting` only on a figure the documents contradict outright.
_SEVERITY = {Verdict.SUPPORTED: 0, Verdict.UNVERIFIED: 1, Verdict.MIXED: 2, Verdict.CONFLICTING: 3}



def _magnitude(v: Decimal) -> Decimal:
    """10^floor(log10(v)): the step of the leading digit (350 -> 100)."""
    if v <= 0:
        return Decimal(1)
    return Decimal(1).scaleb(v.adjusted())


def _rounded_to(f: Figure, v: Decimal) -> Decimal:
    """The step a figure was rounded to: its last written digit's, or half
    the one before where that digit is a 5 ("1,250" and "350" are written
    to the nearest 50, "7.5" to the nearest half)."""
    precision = f.precision or Decimal(1)
    return precision * 5 if (v / precision) % 10 == 5 else precision


def interval(f: Figure, rounded: bool = True) -> tuple[Decimal, Decimal]:
    """The range of true values a figure's words allow, in days for durations.

    `rounded` widens an exact figure by half its last written digit; it is
    applied to the claim only. A claim more precise than its document
    ("155 officers" against "150 officers") is not supported by it.
    """
    v = f.value
    assert isinstance(v, Decimal)
    # Durations in days and rates per year, so "18 months" meets "1.5 years",
    # "£1m a month" meets "£12m a year", and "86 hours a day" is not "86 hours a week".
    scale = (DAYS_PER_UNIT[f.unit] if f.unit in DURATION_UNITS else Decimal(1)) * _rate_factor(f.period)
    half = Decimal(0)
    if rounded and f.precision is not None and (f.significant or 0) >= 2:
        half = f.precision / 2
    q = f.qualifier
    if f.kind in _FRACTIONS:
        # A share is compared in percent. Written in words ("two thirds",
        # "one in five") it stands for its percentage to the nearest point.
        v = v * 100
        half = Decimal("0.5") if rounded else Decimal(0)
    # (Its step is taken in percent too: "more than half" is 50-60%, not 50-50.1%.)
    step = _magnitude(v)
    if f.low is not None and f.high is not None:
        # A range is the interval it names; each end keeps its rounding.
        k = Decimal(100) if f.kind in _FRACTIONS else Decimal(1)
        return (f.low * k - half) * scale, (f.high * k + half) * scale
    if f.vague:
        lo, hi = v, v * 10
    elif q == "more_than":
        lo, hi = v, v + step
    elif q == "at_least":
        # "at least 300" is true of any larger figure: the writer set a floor.
        lo, hi = v, _UNBOUNDED
    elif q == "almost":
        # "nearly 5,000" is 4,500-5,000; "just under 1,200", written to two
        # digits, is 1,100-1,200, not 700: the last written digit bounds it.
        below = min(step / 2, _rounded_to(f, v)) if (f.significant or 0) >= 2 and f.precision else step / 2
        lo, hi = v - below, v
    elif q == "less_than":
        lo, hi = v - step, v
    elif q == "up_to":
        lo, hi = Decimal(0), v
    elif q == "approx":
        spread = max(half, v / 10)
        lo, hi = v - spread, v + spread
    else:
        lo, hi = v - half, v + half
    return lo * scale, hi * scale


_UNBOUNDED = Decimal("1e30")
_FLOORS = frozenset({"more_than", "at_least"})
_CEILINGS = frozenset({"less_than", "up_to"})

# "more than 350" excludes 350 itself, "fewer than 350" likewise: so "fewer
# than 350" and "more than 350" never meet, and "more than 350" does not
# agree with exactly 350.
_OPEN_BELOW = {"more_than"}
_OPEN_ABOVE = {"less_than", "almost"}  # "nearly 150" is under 150


def _meet(a: tuple[Decimal, Decimal], a_q: str, b: tuple[Decimal, Decimal], b_q: str) -> bool:
    """Do two intervals share a value, honouring ends that are open?"""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    if a_lo > b_hi or b_lo > a_hi:
        return False
    # Touching at one point: the claim's own "more than" / "fewer than"
    # excludes it; the documents' excludes it only from a claim that is
    # itself qualified ("50" may round "more than 50"; "fewer than 350"
    # cannot be "more than 350").
    qualified = a_q != "exact"
    if a_lo == b_hi and (a_q in _OPEN_BELOW or qualified and b_q in _OPEN_ABOVE):
        return False
    if b_lo == a_hi and (a_q in _OPEN_ABOVE or qualified and b_q in _OPEN_BELOW):
        return False
    return True


PER_YEAR = {
    # A school term: England's schools have three a year.
    "per year": Decimal(1), "per term": Decimal(3), "per quarter": Decimal(4), "per month": Decimal(12),
    "per fortnight": Decimal("26.08875"), "per week": Decimal("52.1775"), "per day": Decimal("365.25"),
}


def _rate_factor(period: str | None) -> Decimal:
    cls = _period_class(period)
    if cls is None or cls[0] != "rate":
        return Decimal(1)
    return PER_YEAR.get(cls[1], Decimal(1))


# Kinds that are shares of a whole, all compared in percent ("one in five"
# is 20%), and so comparable with each other.
SHARE_KINDS = frozenset({"percent", "fraction", "proportion"})
_FRACTIONS = {"fraction", "proportion"}


def comparable(a: Figure, b: Figure) -> bool:
    """Same kind of quantity (money with money, any currency; a fraction or
    proportion with a percentage)."""
    return a.kind == b.kind or a.kind in SHARE_KINDS and b.kind in SHARE_KINDS


_CURRENCY_NAMES = {
    "GBP": "pounds", "USD": "US dollars", "EUR": "euros", "AUD": "Australian dollars",
    "CAD": "Canadian dollars", "HKD": "Hong Kong dollars", "NZD": "New Zealand dollars",
    "SGD": "Singapore dollars", "JPY": "yen", "CNY": "yuan", "INR": "rupees", "CHF": "Swiss francs",
}


def currency_mismatch(claimed: Figure, documented: Figure) -> str | None:
    """Why two money figures cannot agree, when their currencies differ:
    "the claim is in US dollars; the documents give pounds"."""
    if claimed.kind != "money" or documented.kind != "money" or claimed.unit == documented.unit:
        return None
    claimed_in = _CURRENCY_NAMES.get(claimed.unit, claimed.unit)
    documented_in = _CURRENCY_NAMES.get(documented.unit, documented.unit)
    return f"the claim is in {claimed_in}; the documents give {documented_in}"


def _period_class(period: str | None) -> tuple[str, str] | None:
    read = read_period(period)
    return None if read is None else (read.kind, read.key)


# Which kinds of period can describe the same measure: a bare total fits
# any span or window; a rate fits only a rate; a count "so far" fits a
# total, not a count over a stated window.
_FITS = {
    ("total", "duration"), ("total", "window"), ("total", "running"), ("running", "window"),
}


def per_one(key: str) -> bool:
    """A rate for each one of many ("each", "per resident"), not over time ("per week")."""
    return key == "each" or key.startswith("per ") and key not in PER_YEAR and key != "per hour"


def periods_compatible(a: "str | Period | None", b: "str | Period | None") -> bool:
    """Do two periods measure the same thing? Unstated periods fit any.
    Both are read by `reading.read_period`, so "over the next two years"
    and "over 2 years" are one period."""
    pa, pb = read_period(a), read_period(b)
    if pa is None or pb is None:
        return True
    if pa.kind == pb.kind:
        if pa.kind == "rate":
            if "each" in (pa.key, pb.key) and per_one(pa.key) and per_one(pb.key):
                return True  # "£11.20 for every resident" is "£11.20 per resident"
            return pa.key in PER_YEAR and pb.key in PER_YEAR or pa.key == pb.key
        return pa.same_as(pb)
    if {pa.kind, pb.kind} == {"duration", "window"}:
        # "over two months" and "November and December"; "over 14 months"
        # and "April 2018 to May 2019": a stretch as long as the window.
        duration, window = (pa, pb) if pa.kind == "duration" else (pb, pa)
        if _ANOTHER_YEARS.search(duration.text) and (window.key[:1].isdigit() or window.key.startswith("--")):
            # "the same 14 weeks a year earlier" is not "January to March 2025", as long as it is.
            return False
        if duration.ends and window.key[:1].isdigit():
            # "in the year to March 2025" and a count "by March 2025": one
            # moment, as before it was read as a stretch; "the five months to
            # 31 March 2024" is not April to August 2024, as long as it is.
            if not same_at_precision(window.key.rsplit("/", 1)[-1], duration.ends):
                return False
            if "/" not in window.key:
                return not window.within
        if _A_YEAR_BACK.fullmatch(window.key):
            # "in the year to 31 March 2024" and the documents' "over the year":
            # a year-long stretch either way (when it ends is the as-of date's to say).
            return bool(duration.key) and abs(Decimal(duration.key) - _DAYS_PER_YEAR) <= _DAYS_PER_MONTH / 2
        months = _window_months(window.key)
        if months is None or not duration.key:
            return False
        days, span = Decimal(duration.key), months * _DAYS_PER_MONTH
        if duration.bound == "more":
            # "in just over a year" and "April 2018 to May 2019": a little more, to a quarter more.
            return days < span <= days * Decimal("1.25") + _DAYS_PER_MONTH / 2
        if duration.bound == "less":
            return days * Decimal("0.75") - _DAYS_PER_MONTH / 2 <= span < days
        return _as_long_as(days, months)
    if {pa.kind, pb.kind} == {"running", "window"}:
        # A running total "since it began in 2021" is not a count over
        # 2023-24: a window fits it only if it starts when the total does.
        running, window = (pa, pb) if pa.kind == "running" else (pb, pa)
        if window.key.startswith(OWN_STRETCH_KEYS) or window.key.endswith(" so far") or window.within:
            # "in its first six months", "in September", "so far this
            # winter": a stretch counted over, not the total since it began.
            return False
        begins = window.key.split("/", 1)[0]
        return not running.key or not begins[:1].isdigit() or same_at_precision(begins, running.key)
    return (pa.kind, pb.kind) in _FITS or (pb.kind, pa.kind) in _FITS


_DAYS_PER_MONTH = DAYS_PER_UNIT["months"]
_DAYS_PER_YEAR = DAYS_PER_UNIT["years"]
# A year counted back from when a document speaks, not a calendar year:
# "over the year", "in the past 12 months".
# A stretch said to be of another year than the one in view.
_ANOTHER_YEARS = regex(r"\b(?:earlier|before|previous|ago)\b")
_A_YEAR_BACK = regex(r"(?:(?:in|over|during|for|across)\s)?the\s(?:(?:past|last|previous)\s)?(?:year|12 months|twelve months)")


def spans_a_first_stretch(first: Period, window: Period) -> bool:
    """Whether a window of whole months ("April 2018 to May 2019") is as
    long as a thing's first stretch ("in its first 14 months"): the same
    stretch, where the window starts when the thing did (the caller's to say)."""
    days = first.key.split(" ")[1] if first.key.startswith("first ") and " of " not in first.key else ""
    months = _window_months(window.key) if window.kind == "window" and days.isdigit() else None
    return months is not None and _as_long_as(Decimal(days), months)


def _as_long_as(days: Decimal, months: int) -> bool:
    """Whether a stretch of `days` is a window of whole `months`, to half a month."""
    return abs(days - months * _DAYS_PER_MONTH) <= _DAYS_PER_MONTH / 2


def _window_months(key: str) -> int | None:
    """How many whole months a window of months spans ("2018-04/2019-05" is
    14, "--11/--12" is 2, a calendar year "2024" 12, a month "2024-03" 1);
    None for a window not of whole months."""
    if _A_YEAR_OR_MONTH.fullmatch(key):
        return 12 if len(key) == 4 else 1
    if "/" not in key or not all(key.split("/", 1)) or not (key[:1].isdigit() or key.startswith("--")):
        return None  # (not dates: "first 183 of 2024-04/2025-03" is a first stretch of a year)
    (y1, m1, d1), (y2, m2, d2) = _date_parts(key)
    if m1 is None or m2 is None or d1 is not None or d2 is not None or (y1 is None) != (y2 is None):
        return None
    months = (0 if y1 is None or y2 is None else (y2 - y1) * 12) + m2 - m1 + 1
    return months if months > 0 else None


_A_YEAR_OR_MONTH = regex(r"\d{4}(?:-\d{2})?")


def _date_parts(value: str) -> tuple[tuple[int | None, int | None, int | None], tuple[int | None, int | None, int | None]]:
    """(start, end) as (year, month, day) with None where not given."""
    if "/" in value:
        a, b = value.split("/", 1)
        return _date_parts(a)[0], _date_parts(b)[0]
    if value.startswith("--"):
        bits = value[2:].split("-")
        month = int(bits[0]) if bits and bits[0] else None
        day = int(bits[1]) if len(bits) > 1 else None
        point = (None, month, day)
        return point, point
    bits = value.split("-")
    year = int(bits[0])
    month = int(bits[1]) if len(bits) > 1 else None
    day = int(bits[2]) if len(bits) > 2 else None
    point = (year, month, day)
    return point, point


def date_within(claimed: Figure, documented: Figure) -> bool:
    """Whether a claimed date is a documented one said more precisely: "12
    May 2022" within "May 2022" (each part both give equal, and the claim
    gives one more)."""
    if not isinstance(claimed.value, str) or not isinstance(documented.value, str) or "/" in claimed.value + documented.value:
        return False
    try:
        (a, _), (b, _) = _date_parts(claimed.value), _date_parts(documented.value)
    except ValueError:
        return False
    both = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    return bool(both) and all(x == y for x, y in both) and any(x is not None and y is None for x, y in zip(a, b))


def _dates_agree(claimed: str, documented: str) -> bool | None:
    (a0, a1), (b0, b1) = _date_parts(claimed), _date_parts(documented)
    ranged_a, ranged_b = a0 != a1, b0 != b1
    if ranged_a and ranged_b:
        return a0[0] == b0[0] and a1[0] == b1[0]
    if ranged_a or ranged_b:
        (r0, r1), point = ((a0, a1), b0) if ranged_a else ((b0, b1), a0)
        if point[0] is None or r0[0] is None or r1[0] is None:
            return None
        if not r0[0] <= point[0] <= r1[0]:
            return False
        if r0[1] is None or r1[1] is None:
            return True  # years only: "2017-2021" and "2018"
        if point[1] is None:
            # "autumn 2018" against "2018": the document does not say which months;
            # a claimed "2018" inside a documented "April 2018 to May 2019" agrees.
            return None if ranged_a and r0[0] == r1[0] else True
        if not (r0[0], r0[1]) <= (point[0], point[1]) <= (r1[0], r1[1]):
            return False
        # "April 2023" against the documents' "spring 2023": inside it, but
        # more precise than they are.
        return True if ranged_a else None
    # Each part both give must be equal: "2018" and "February 2018" agree.
    if any(x is not None and y is not None and x != y for x, y in zip(a0, b0)):
        return False
    # A document that leaves out a part the claim gives ("February", no
    # year, against "February 2017") can neither support nor contradict it.
    if any(x is not None and y is None for x, y in zip(a0, b0)):
        return None
    return True


def agreement(claimed: Figure, documented: Figure) -> bool | None:
    """Does the claimed figure agree with the documented one (assumed
    `comparable`)? None when the document is too vague to tell."""
    if claimed.kind == "date":
        if not isinstance(claimed.value, str) or not isinstance(documented.value, str):
            return False
        try:
            return _dates_agree(claimed.value, documented.value)
        except ValueError:
            return False
    if currency_mismatch(claimed, documented) is not None:
        return False
    if documented.vague and not claimed.vague:
        # "tens of millions of pounds" neither confirms nor contradicts £45m.
        return None
    if not isinstance(claimed.value, Decimal) or not isinstance(documented.value, Decimal):
        return False
    cq, dq = claimed.qualifier, documented.qualifier
    c, d = interval(claimed, rounded=True), interval(documented, rounded=False)
    if _meet(c, cq, d, dq):
        if cq == dq == "approx" and not (d[0] <= (c[0] + c[1]) / 2 <= d[1] and c[0] <= (d[0] + d[1]) / 2 <= c[1]):
            # "about 500 hours a week" against "nearer six hundred": each
            # "about" reaches the other's edge, but neither figure is the other's.
            return False
        if {cq, dq} & _FLOORS and {cq, dq} & _CEILINGS:
            # "fewer than 1,000" beside "at least 800": both may be true,
            # and neither says the other.
            return None
        if cq == "up_to" and dq == "up_to" and c[1] != d[1]:
            # "up to three visitors a bed" against the documents' "up to two":
            # a limit stated is a figure, and another limit contradicts it.
            return False
        # (A bound at another rate says more, either way: "up to £100 a week"
        # than "up to £5,217.75 a year", "at least £1.5m a month" than "at least £1.5m a year".)
        other_rate = _rate_factor(claimed.period) != _rate_factor(documented.period)
        if cq in _CEILINGS and dq in _CEILINGS and (other_rate or claimed.value < documented.value):
            # "fewer than 1,000" says more than the documents' "fewer than 1,200".
            return None
        if cq in _FLOORS and dq in _FLOORS and (other_rate or claimed.value > documented.value):
            # "more than 2,000" says more than the documents' "more than 1,500".
            return None
        if dq == "approx" and cq in _FLOORS | _CEILINGS:
            # "more than 150" against the documents' "around 150": the
            # documents' figure may be under it. A bound the whole of their
            # "around" clears ("more than 120") agrees.
            inside = d[0] >= claimed.value if cq in _FLOORS else d[1] <= claimed.value
            return True if inside else None
        if dq == "exact" and cq in ("up_to", "at_least") and abs(documented.value - claimed.value) > _magnitude(claimed.value):
            # "up to £22.5m" against the documents' £1.5m, "at least 300"
            # against 3,000: true of it, but a limit that far off is not the
            # figure the documents give; within a leading digit's step it is.
            return None
        if cq == "exact" and dq != "exact":
            # The documents give a bound ("more than 150"): a claim of that
            # very figure agrees (writers drop the qualifier); a precise
            # figure inside the bound ("160") is more than they say.
            return True if c[0] <= documented.value <= c[1] else None
        return True
    if cq == "exact" and dq == "exact":
        return False
    if _implied(claimed, documented):
        return True
    # Under the widest reading of each qualifier, could both be true?
    # "more than 1,000" and "more than 900" could; "fewer than 350" and
    # "more than 350" cannot.
    return None if _meet(_possible(claimed), cq, _possible(documented), dq) else False


def _implied(claimed: Figure, documented: Figure) -> bool:
    """A claimed floor the documented one implies, and close to it: "well over
    800" when the documents say "more than 900"."""
    if claimed.qualifier not in _FLOORS or documented.qualifier not in _FLOORS:
        return False
    if _rate_factor(claimed.period) != _rate_factor(documented.period):
        return False  # "more than 10 a day" is not implied by "more than 10 a week"
    assert isinstance(claimed.value, Decimal) and isinstance(documented.value, Decimal)
    return claimed.value <= documented.value <= claimed.value + _magnitude(claimed.value)


def _possible(f: Figure) -> tuple[Decimal, Decimal]:
    """Every value a figure's words leave open: a floor has no ceiling, and an
    exact figure may be a rounding of its last written digit."""
    v = f.value
    assert isinstance(v, Decimal)
    lo, hi = interval(f, rounded=True)
    if f.qualifier in _FLOORS:
        hi = _UNBOUNDED
    elif f.qualifier in _CEILINGS:
        lo = Decimal(0) if v >= 0 else lo
    elif f.qualifier == "exact" and f.precision is not None:
        scale = interval(f, rounded=False)[0] / v if v else Decimal(1)  # per year, or days
        lo, hi = (v - f.precision / 2) * scale, (v + f.precision / 2) * scale
    return lo, hi
