"""Reading what each figure of a sentence measures.

Between reading figures (`figures`) and matching them against the corpus
(`matching`): for every figure of a sentence, which words speak of it, what
time it covers, and whether the sentence asserts it at all.

Real sentences are long. "Speaking in Tottenham on Thursday, the Mayor said
the £45m Young Londoners Fund would give teenagers somewhere to go" is about
the fund; Tottenham, Thursday and the teenagers are where and when it was
said and what it is for. So a figure's *scope* is its own clause (the text
between it and its neighbours in a sentence of several figures) without the
attribution ("the Mayor said", "according to City Hall"), the scene-setting
lead ("Speaking at the launch, ...") and the reaction that trails it
("though some said it was not enough").

A figure's *stance* says whether the sentence asserts it as a level:

- asserted: "£7m was granted";
- denied: "not £4.5m", "claims that ... 150 schools are false";
- change: "cut by £2m", "up 16 per cent": an amount of change, not a level;
- previous: "up from 500", "compared with 300": an earlier level, context.

Only asserted figures make a claim; a denied figure is judged against the
documents too (denying what they say is a conflict), the rest are reported
with what was read and do not count towards the claim's verdict.

Every pattern here is linear: bounded quantifiers over bounded slices.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum

from .figures import BOUND_IF_NEGATED, DAYS_PER_UNIT, DURATION_UNITS, MONTH_NAMES, PER_HEAD, TIME_LIMIT_UNITS, Figure, parse_figures
from .lazy import cached, regex

__all__ = ["Stance", "Reading", "Period", "read", "read_period", "scope_of"]


class Stance(str, Enum):
    """Whether a sentence asserts a figure as a level."""

    ASSERTED = "asserted"
    DENIED = "denied"
    CHANGE = "change"
    PREVIOUS = "previous"
    # Asked in a question, supposed ("if the fund were £100m") or forecast
    # ("expected to rise to £8m"): put forward, not asserted.
    HYPOTHETICAL = "hypothetical"


@dataclass(frozen=True)
class Period:
    """What time a figure covers, in one canonical form for both sides.

    kind: "rate" (per year...), "total", "duration" (over three years, in
    one week), "window" (2018-04/2019-05, in 2018, this year), "running"
    (so far, to date, since launch: a total that keeps growing).
    `key` is what two periods of the same kind must share to be the same
    period; `text` is the period as written.
    """

    kind: str
    key: str
    text: str
    # A month or year the figure holds within ("in December alone"), not
    # the end of a longer window ("by May 2019").
    within: bool = False
    # The date a stretch is counted back from ("in the year to 31 March
    # 2024": "2024-03-31"), or "".
    ends: str = ""
    # A stretch given as a bound: "in just over a year" ("more"), "in
    # nearly a year" ("less"); "" for one given as it is.
    bound: str = ""

    def same_as(self, other: "Period") -> bool:
        if self.kind != other.kind:
            return False
        if self.ends and other.ends and not same_at_precision(self.ends, other.ends):
            return False  # "the year to March 2024" is not the year to March 2025
        if not self.key or not other.key or self.key == other.key:
            return True
        if self.kind == "running":
            # Running totals keyed by their start: "since 2021" and "since September 2021" agree.
            return same_at_precision(self.key, other.key)
        if self.kind == "window" and _same_at_coarser(self.key, other.key):
            return True  # "1 October 2023 to 31 March 2024" and "October 2023 to March 2024"
        if self.kind == "window" and (_year_unsaid(self.key, other.key) or _year_unsaid(other.key, self.key)):
            return True  # "in February" and "in February 2024": a year unsaid fits the one said
        months = (months_of_a_stretch(self.key) or self.key, months_of_a_stretch(other.key) or other.key)
        if months[0] != self.key or months[1] != other.key:
            # "in the first three months of 2025-26" is "April to June 2025".
            if months[0] == months[1] or _same_at_coarser(*months):
                return True
        if self.key.startswith("first ") and other.key.startswith("first "):
            # "in the first half" and "the first half of 2024-25": a year unsaid fits the one said.
            return self.key.startswith(other.key + " of ") or other.key.startswith(self.key + " of ")
        # "by May 2019" is the window "April 2018 to May 2019" seen from its end.
        return self.kind == "window" and (_ends(self.key, other.key) and not self.within or _ends(other.key, self.key) and not other.within)


def same_at_precision(a: str, b: str) -> bool:
    """Two dates that agree to the precision the less precise gives:
    "2023-10-01" and "2023-10", "2021" and "2021-09"."""
    return a.startswith(b) or b.startswith(a)


def _year_unsaid(a: str, b: str) -> bool:
    """Whether window `a` gives the months (or days) of `b` without its
    years: "--02" and "2024-02", "--10/--02" and "2023-10/2024-02"."""
    if not a.startswith("--") or not b[:1].isdigit() or a.count("/") != b.count("/"):
        return False
    return all(x.startswith("--") and y[4:] == x[1:] for x, y in zip(a.split("/"), b.split("/")))


def _same_at_coarser(a: str, b: str) -> bool:
    """Two windows of dates whose ends agree to the month or finer
    ("2023-10-01/2024-03-31" and "2023-10/2024-03")."""
    if not (a[:1].isdigit() and b[:1].isdigit()) or a.count("/") != b.count("/"):
        return False
    return all(min(len(x), len(y)) >= 7 and same_at_precision(x, y) for x, y in zip(a.split("/"), b.split("/")))


def _ends(point: str, window: str) -> bool:
    if "/" in point or "/" not in window or not (window[:1].isdigit() or window.startswith("--")):
        return False
    end = window.rsplit("/", 1)[1]
    # "to 31 March 2024" ends the window "October 2023 to March 2024", to the month both give.
    return end == point or min(len(end), len(point)) >= 7 and same_at_precision(end, point)


@dataclass(frozen=True)
class Reading:
    """One figure of a sentence and what the sentence says of it.

    Its stance and scope are read at once: every check needs them. What
    else the sentence says of the figure (the time it covers, the sentence
    around it, its phrase, its neighbouring words, the event a date marks)
    is read from `around` when first asked for: most checks never ask for
    some of it, and a batch reads thousands of sentences. A copy made with
    `dataclasses.replace` shares `around`, and with it what was read.
    """

    figure: Figure
    stance: Stance
    cue: str  # the words that set the stance ("not", "cut by"); "" when asserted
    scope: str  # the words the figure is attributed to, figures removed
    dated: bool = False  # the sentence gives a date besides this figure: the moment it speaks of
    around: "_Around | None" = field(default=None, repr=False, compare=False)  # the sentence, to read the rest from
    # The time of the amount it is joined to ("135 knives and six guns"), when its own words give none.
    shared_window: "Period | None" = field(default=None, compare=False)
    # A level reached since an earlier one the sentence gives: "set up with 150 officers, has since grown to 300".
    later: bool = False
    # Said in place of a denied figure ("not £9m but £6m", "the true figure
    # was 16"), it measures what the denied one would have: where that one ends.
    replaces_end: int | None = None
    # A bound said to hold at every moment ("never held more than 100"): one
    # documented figure past it refutes it, whatever others agree.
    every_moment: bool = False
    # A change or an earlier level inside a denied statement ("It is false
    # that reports fell by 22%"): the words that deny it, else "". The
    # stance stays a change: the documents' levels still cannot show it.
    denied_by: str = ""
    # A running total a dated amount takes it to ("2,100 in 2023/24, taking
    # its total to 3,100"): when that amount's window ends, else "".
    total_ends: str = ""

    @property
    def window(self) -> "Period | None":
        """The time it covers, read from the words around it."""
        own = self.around.window if self.around is not None else None
        window = own if own is not None else self.shared_window
        if not self.total_ends or window is not None and (window.kind != "running" or window.ends):
            return window
        return replace(window, ends=self.total_ends) if window is not None else Period("running", "", "in total", ends=self.total_ends)

    @property
    def sentence_scope(self) -> str:
        """The whole sentence less attribution and reaction, for a clause that names nothing."""
        return self.around.sentence_scope if self.around is not None else ""

    @property
    def clause_before(self) -> str:
        """The sentence's own words (past who said it) before the figure's
        clause: what a clause that is only a verb ("and made 17 arrests") goes on from."""
        return self.around.text[self.around.opening : self.around.lo] if self.around is not None else ""

    @property
    def event(self) -> str:
        """For a date, the event its verb names, as documents name it ("launch")."""
        return self.around.event if self.around is not None and self.around.fig.kind == "date" else ""

    @property
    def lead(self) -> str:
        """The words of its clause before the figure: who or what the clause says has or gives it."""
        return self.around.text[self.around.lo : self.figure.start] if self.around is not None else ""

    @property
    def tail(self) -> str:
        """The words of its clause after the figure: where the clause puts it ("22 *are in Saltings*")."""
        return self.around.text[self.figure.end : self.around.hi] if self.around is not None else ""

    @property
    def sayer(self) -> str:
        """The sayer, when the figure's clause calls its actor "it" or "they"; else ""."""
        return self.around.sayer if self.around is not None else ""

    @property
    def event_object(self) -> str:
        """For a date, what its event verb names before it ("launched *the VRU* in 2019")."""
        return self.around.event_object if self.around is not None and self.around.fig.kind == "date" else ""

    @property
    def event_subject(self) -> str:
        """For a date, what its clause says the event happened to ("*The fund* was launched in ...")."""
        return self.around.event_subject if self.around is not None and self.around.fig.kind == "date" else ""

    @property
    def phrase(self) -> str:
        """The stretch between the punctuation around the figure, for a clause that matches nothing."""
        return self.around.phrase if self.around is not None else ""

    @property
    def near(self) -> str:
        """The few words either side of the figure, within its phrase: what it is tied to."""
        return self.around.near if self.around is not None else ""

    @property
    def members(self) -> bool:
        """Whether the count is the size of a body, a count of its people:
        "the 150-strong taskforce", "a 40-member board"."""
        if self.figure.kind != "count" or self.around is None:
            return False
        compound = _COMPOUND.match(self.around.text, self.figure.end, self.figure.end + 80)
        return compound is not None and compound.group(1) in _MEMBERS_COMPOUND


# --- periods -------------------------------------------------------------------------

_RATES = {
    "per year": "per year", "a year": "per year", "each year": "per year", "every year": "per year",
    "annually": "per year", "yearly": "per year", "per annum": "per year", "a-year": "per year",
    "per month": "per month", "a month": "per month", "each month": "per month", "every month": "per month", "monthly": "per month",
    "per week": "per week", "a week": "per week", "each week": "per week", "every week": "per week", "weekly": "per week",
    "per day": "per day", "a day": "per day", "each day": "per day", "every day": "per day", "daily": "per day",
    "per quarter": "per quarter", "a quarter": "per quarter", "each quarter": "per quarter", "every quarter": "per quarter", "quarterly": "per quarter",
    "per fortnight": "per fortnight", "a fortnight": "per fortnight", "each fortnight": "per fortnight", "every fortnight": "per fortnight", "fortnightly": "per fortnight",
    "per term": "per term", "a term": "per term", "each term": "per term", "every term": "per term", "termly": "per term",
    # "£30 each" is a rate per item, like "per head".
    "each": "each",
}
_TOTALS = {"total", "in total", "overall", "all told", "altogether"}
_RUNNING = regex(
    # "... has had 5,000 visits since.": since then, the beginning the sentence named.
    r"\b(?:so far|to date|since(?=\s*(?:[.;:!?)]|$))|since (?:its |the |their |it was |it |they were |they )?(?:first )?"
    # "since the operation began", "since the scheme was launched": the thing named, then its beginning.
    r"(?:(?<=since the )(?:[A-Za-z][\w'\u2019-]{1,24} ){1,3}(?:was |were )?)?"
    # "since it opened", "since its founding": a thing's own beginning, as "since its launch" is.
    # ("since the behaviour code took effect", "since the rules came into force": a rule's beginning.)
    r"(?:launch|launched|start|started|creation|created|inception|set up|began|opening|opened|went live|establishment|established|founding|founded|introduction|introduced|took effect|came into (?:force|effect))"
    # "since they were installed", "since the first bins were fitted", "since
    # the first went in": any thing put in place, said with its subject.
    r"|since (?:(?:it|they|the (?:first )?[a-z-]{2,20}(?: [a-z-]{2,20})?) (?:was|were) [a-z]{2,20}(?:ed|en|lt|wn)|(?:it|they|the first(?: [a-z-]{2,20})?) went (?:in|up|live)))\b",
    re.I,
)
_RUNNING_CUE = regex("so far|to date|since", re.I)  # what _RUNNING needs: a cheaper search first
_START_GAP = regex(r"\s{1,3}(?:in|on)\s{1,3}")  # "since it began *in* 2021"


def read_period(text: "str | Period | None") -> Period | None:
    """The canonical reading of a period as written: "over the next two
    years" and "over 2 years" are one period; "2018-04/2019-05" a window.
    A period already read is returned as it is."""
    if isinstance(text, Period):
        return text
    if text is None or not text.strip():
        return None
    return _read_period_text(text)


@functools.lru_cache(maxsize=4096)
def _read_period_text(text: str) -> Period | None:
    # Memoised: a corpus has a few dozen distinct periods, each compared
    # with every claim checked against its topic.
    p = " ".join(text.strip().lower().split())
    if p.startswith(("per ", "a ")) and p.split(None, 1)[1] in PER_HEAD:
        return Period("rate", "per head", text)  # "per resident", "a head": one rate (see figures.PER_HEAD)
    if p in _RATES or p.startswith("per "):
        return Period("rate", _RATES.get(p, p), text)
    if p in _TOTALS:
        return Period("total", "", text)
    this_year = _THIS_YEAR_SO_FAR.search(p)
    if this_year:
        # "so far this winter", read as a sentence's is (see _moment_of).
        return Period("window", f"this {next(g for g in this_year.groups() if g)} so far", text)
    if _RUNNING.search(p):
        return Period("running", "", text)
    if p.startswith("since "):
        # "since September 2021", "since 2 January": a running total from
        # then, keyed by when it began, as a sentence's "since" is read.
        dates = [f.value for f in parse_figures(text.strip()) if f.kind == "date" and isinstance(f.value, str)]
        if len(dates) == 1:
            return Period("running", dates[0], text)
    # "in the patrol's first six months", "first six months of 2024-25",
    # read as a sentence's would be (see _moment_of); before the dates, whose
    # year is the whole of which this is the first part.
    # (Curated as "first six months of ..." or "the first three months of
    # 2025", it is read as "in the ...": not the whole of 2025.)
    first = _FIRST_STRETCH.search(f"in the {p}" if p.startswith(OWN_STRETCH_KEYS) else f"in {p}" if p.startswith(tuple(f"the {k}" for k in OWN_STRETCH_KEYS)) else p)
    if first is not None:
        return Period("window", _first_stretch_key(first), text)
    back = _period_ending(text.strip())
    if back is not None:
        return back
    dated = _window_key(p, text.strip())
    if dated is not None:
        # "in March 2025": a month the figure holds within, not the end of
        # a longer window ("January to March 2025") seen from it.
        within = p.startswith(("in ", "during ")) and "/" not in dated and len(dated) in (4, 7) and dated[-3] == "-"
        return Period("window", dated, text, within=within)
    days = _duration_days(p)
    if days is not None:
        return Period("duration", str(days), text)
    return Period("window", p, text)


def _period_ending(text: str) -> Period | None:
    """A period written as a stretch back from a date ("year to March 2025",
    "in the five months to 31 March 2024"), read as a sentence's is."""
    if " to " not in text and " ending " not in text and " ended " not in text:
        return None
    dates = [f for f in parse_figures(f"in {text}") if f.kind == "date" and isinstance(f.value, str)]
    if len(dates) != 1 or dates[0].end != len(text) + 3:
        return None
    lead = _STRETCH_ENDING.search(text, 0, dates[0].start - 3)
    if lead is None or lead.start() != 0:
        return None
    assert isinstance(dates[0].value, str)
    period = _stretch_back(lead, dates[0].value)
    return replace(period, text=text) if period is not None else None


def _duration_days(p: str) -> Decimal | None:
    """"over the next two years", "one week", "over 3 years" as days."""
    found = [f for f in parse_figures(p) if f.kind == "duration" and isinstance(f.value, Decimal)]
    if len(found) != 1:
        bare = re.fullmatch(r"(?:in |over |for |within )?(?:a |one |a single )?(year|month|week|day)", p)
        if bare is None:
            return None
        return DAYS_PER_UNIT[bare.group(1) + "s"]
    value = found[0].value
    assert isinstance(value, Decimal)
    return (value * DAYS_PER_UNIT[found[0].unit]).quantize(Decimal(1))


# A month is 01-12: "2024-25" is a financial year, read below as a sentence's would be.
_ISO_WINDOW = regex(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?(?:/\d{4}(?:-(?:0[1-9]|1[0-2]))?)?")


def _window_key(p: str, original: str) -> str | None:
    """Periods pinned to the calendar, keyed by the dates they name, in
    order: "2018-04/2019-05", "November and December" -> "--11/--12"."""
    if p in {"this year", "last year", "next year", "this month"}:
        return p
    if _ISO_WINDOW.fullmatch(p):
        return p
    # Read as a sentence would give it ("in November and December"): a lone
    # month is a date only after a preposition.
    # ("in Q2 2025-26", "the second quarter of 2025-26": that quarter, as a sentence's is read.)
    said = f"in {original}"
    dates = [f for f in parse_figures(said) if f.kind == "date" and isinstance(f.value, str)]
    return window_of_dates([_quarter_of(said, d)[0] for d in dates]) if dates else None


def quarter_window(ordinal: str, year: str) -> str | None:
    """The months of a year's quarter: the "second" of "2025-04/2026-03" (a
    financial year, from April) is "2025-07/2025-09"; the "first" of "2024"
    (a calendar year) "2024-01/2024-03". None for any other year's value."""
    n = _QUARTER_NUMBER.get(ordinal.lower())
    financial = _FINANCIAL_YEAR.fullmatch(year)
    if n is None or not (financial or YEAR_ONLY.fullmatch(year)):
        return None
    start = n * 3 + (4 if financial else 1)
    first = int(year[:4]) + (start - 1) // 12
    start = (start - 1) % 12 + 1
    return f"{first:04d}-{start:02d}/{first:04d}-{start + 2:02d}"


_QUARTER_NUMBER = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": 3, "final": 3, "1": 0, "2": 1, "3": 2, "4": 3}
# A year's window as dates are read: a financial year "2025-04/2026-03", a calendar year "2024".
_FINANCIAL_YEAR = regex(r"\d{4}-04/\d{4}-03")
YEAR_ONLY = regex(r"(?:19|20)\d\d")
# The words a quarter of a year is named by: "the second quarter", "the last quarter".
QUARTER_ORDINALS = "first|second|third|fourth|last|final"
# "the second quarter of 2025-26", "Q2 2025-26": the year is the quarter's.
_QUARTER_BEFORE = regex(rf"\b(?:({QUARTER_ORDINALS})\s{{1,3}}quarter\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?|Q([1-4])\s{{1,3}})$", re.I)


def _quarter_of(text: str, date: Figure) -> tuple[str, str]:
    """A date's value as a window's part, and its words; or those of the
    quarter of it the words before it name ("second quarter of 2025-26")."""
    assert isinstance(date.value, str)
    quarter = _QUARTER_BEFORE.search(text, max(0, date.start - 30), date.start)
    key = quarter_window(quarter.group(1) or quarter.group(2), date.value) if quarter else None
    return (key, text[quarter.start() : date.end]) if quarter and key else (date.value, date.text)


def window_of_dates(values: list[str]) -> str:
    """One key for the dates a period names: "2018-04" and "2019-05" -> "2018-04/2019-05"."""
    parts = list(dict.fromkeys(part for v in values for part in v.split("/")))
    if any(part[:1].isdigit() for part in parts):
        parts.sort()  # (without years, "October to February" keeps its order: it runs over a year's end)
    return "/".join(parts[:1] + parts[-1:]) if len(parts) > 1 else parts[0]


# --- stance --------------------------------------------------------------------------

# Negation right before a figure, within three words and no punctuation:
# "not £4.5m", "not the £4.5m some reported", "never received £2m". "not
# more than" / "no fewer than" are qualifiers, read by the figure parser.
_DENIED_BEFORE = regex(
    # "hardly the 1,350 claimed": with its article, "not"; "hardly 100 came" is a count.
    # ("n't" inside its word: "didn't net 500", "It wasn't £2m".)
    r"(?:\b|(?=n['\u2019]t\b))(not|never|n['\u2019]t|rather than|instead of|as opposed to|no longer|a far cry from|nowhere near|nothing like|(?:hardly|scarcely)(?=\s+(?:the|a|an)\s)"
    # "Rescue and Response is no £56m scheme"
    r"|(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere ))no)"
    # "did not, as claimed, recover 910 knives": an aside after the negation.
    # ("did not, however, make 6,000 arrests": an adverb alone between commas.)
    r"(?:,\s{1,3}(?:(?:as|in|it|so|despite|contrary)\b[^,.;:!?\d]{1,40}|however|though|indeed|moreover|admittedly|of\s{1,3}course|after\s{1,3}all|in\s{1,3}fact),)?"
    # "not later than 31 March": a deadline, as a bound; not a denial.
    r"(?:(?:\s+(?!more\b|less\b|fewer\b|over\b|under\b|above\b|below\b|quite\b|only\b|just\b|later\b|earlier\b|sooner\b)[\w'’-]{1,20}){0,3}"
    # "did not announce a new fund worth £45m": further, through a verb and
    # an indefinite object in its clause (not "a penny of the £110m", which
    # takes the figure as given, nor "move in before the spring of 2026").
    r"|(?:\s+(?!(?:and|but|or|nor|which|that|who|whom|whose|where|when|how|why|what|whether|if|because|since|until|till|after|before|while|although|though|despite|without|to|least|long|as|than|only|more|less|fewer|over|under|above|below|the|this|these|those|his|her|its|their|our|my|your)\b)[a-z][\w'’-]{0,19}){4,7})\s*$",
    re.I,
)
# A deed not done, said without "not": "has yet to spend £45m", "failed to
# recover 910 knives", "stopped short of promising £45m". (Not "fell short
# of its 1,000 target": the figure there is the aim, not a deed.) Up to the
# figure through a few words of its clause, the deed's object: not "failed
# to turn up *on* 14 nights", which counts the times it was not done.
_NOT_DONE_BEFORE = regex(
    r"\b((?:(?:has|have|had|is|are|was|were)\s{1,3}(?:still\s{1,3})?yet|(?:has|have|had)\s{1,3}still|fail(?:s|ed|ing)?|(?:is|are|was|were|been)\s{1,3}unable|stop(?:s|ped)\s{1,3}short\s{1,3}of)"
    r"(?:\s{1,3}to)?)(?:\s{1,3}(?!(?:and|but|or|which|that|who|after|before|since|until|when|while|because)\b)[a-z][\w'\u2019-]{0,19}){0,4}(?<!\bon)(?<!\bin)(?<!\bfor)(?<!\bat)(?<!\bwithin)(?<!\bduring)(?<!\bover)(?<!\bby)(?<!\bafter)(?<!\bunder)(?<!\bof)\s{1,3}$",
    re.I,
)
# The nouns of an aim set for an amount, each said also in the plural.
_AIM_NOUNS = "target|standard|goal|benchmark|ambition|aim"
# What a missed deed's figure may be: the aim it missed ("its 95% target").
_AN_AIM = regex(rf"\b(?:{_AIM_NOUNS}|pledge|promise|threshold)s?\b|\btrajector(?:y|ies)\b", re.I)
# A part of a whole after a count: "four *of its 12* targets", "£2m *of the* £5m".
_OF_A_WHOLE = regex(r"(?:\s{1,3}[a-z][\w'\u2019-]{0,19})?\s{1,3}of\s{1,3}(?:the|its|their|his|her|our|a|an|all|[\d£$€])", re.I)
# The whole statement denied: "Claims that ... are false", "It is untrue that ...".
_DENIED_AFTER = regex(
    r"^(?:[^.;!?]|\.(?=\d)){0,300}?\b((?:is|are|was|were|proved|proved to be|turned out to be)\s+(?:(?:simply|wholly|completely|totally|plainly|way|well|quite|just|also)\s+)?"
    r"(?:false|untrue|wrong|incorrect|inaccurate|a myth|not true|misleading|wide of the mark|off the mark|unfounded|baseless|groundless|nonsense|exaggerated|overstated|fiction|fantasy|made up|invented|a fabrication|overblown)"
    r"|(?:has|have|had)\s+been\s+(?:denied|debunked|refuted|dismissed|rejected|disproved|discredited))\b",
    re.I,
)
_DENIAL_LEAD = regex(
    # (A colon inside is no end: "are false" must close the statement too.)
    r"\b(?:claims?|reports?|suggestions?|the idea|rumours?|allegations?)\s+that\s+(?:[^.;!?]|\.(?=\d)){0,300}$"
    # "The so-called £50m gang exit fund is a myth": a figure someone else gave.
    r"|\b(?:so-called|supposed|alleged|rumoured|much-touted|oft-quoted|oft-repeated|much-quoted|often-quoted|widely quoted|often-cited|much-cited)\s+[\"'\u201c\u2018]?(?:[\w'\u2019-]+\s+){0,3}$",
    re.I,
)
_CLAIMED_CUE = regex(r"\b(?:that|so-called|supposed|alleged|rumoured|much-touted|oft-quoted|oft-repeated|much-quoted|often-quoted|widely quoted|often-cited|much-cited)\b")
# The verbs that say a claim is not so, said of a statement ("rejected
# claims that ...") or of a figure others gave ("rejected reports of ...").
_DENYING_VERBS = "denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes"
_DENIED_STATEMENT = regex(
    # "It is wrong to say(, as some have,) (that) ...", "It is untrue that ...".
    r"\b(?:(?:it(?:\s+is|\s+was|['\u2019]s|\s+would\s+be|\s+will\s+be|\s+has\s+been|\s+had\s+been)\s+(?:simply\s+|just\s+|plainly\s+|clearly\s+)?(?:false|untrue|not true|wrong|incorrect|inaccurate|misleading|a myth)"
    # "It is not the case that ...", "It has never been true that ...", "It isn't accurate to say ...".
    r"|it(?:(?:\s+is|\s+was|['\u2019]s)\s+(?:simply\s+|just\s+|plainly\s+|clearly\s+)?(?:not|never)|\s+isn['\u2019]t|\s+wasn['\u2019]t|\s+(?:has|had)\s+(?:never|not)\s+been|\s+hasn['\u2019]t\s+been)\s+(?:true|the\s+case|correct|accurate))"
    r"\s+(?:to\s+(?:say|claim|suggest|report|state)\s*(?:,[^,;]{1,100},\s*)?(?:that\s+)?|that\s+)"
    # "There is no evidence that ...", "We found no record that ...", "Nothing suggests that ...": not said to be so.
    r"|\b(?:no|not\s+any)\s+(?:evidence|proof|record|sign|indication)\s+(?:(?:exists|has\s+been\s+found|was\s+found)\s+)?(?:to\s+(?:suggest|show|support\s+(?:the\s+)?claims?)\s+)?that\s+"
    r"|\bnothing\s+(?:to\s+(?:suggest|show|indicate)|suggests|shows|indicates)\s+that\s+"
    # "No one has shown that ...", "Nobody claims that ...".
    r"|\b(?:no\s+one|no-one|nobody)\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:shown|proved|proven|claimed|claims|claiming|said|says|saying|suggested|suggests|suggesting)\s+that\s+"
    # (In the present tense too: "The council disputes the newspaper's claim that ...".)
    rf"|(?:{_DENYING_VERBS}|deny|dismiss|contested|contests|challenged|challenges|[Ff]orget|[Ii]gnore|[Dd]isregard)\s+(?:(?:[\w'\u2019-]+\s+){{0,3}}?(?:claims?|reports?|suggestions?|allegations?|assertions?)(?:\s+[\w'\u2019-]+){{0,4}}?\s+)?that\s+"
    # "We have never said the taskforce gets £50m": what was never said is not claimed.
    r"|(?:never|not|n't|n\u2019t)\s+(?:said|claimed|promised|pledged|suggested|stated|announced|described|called)\s+(?:that\s+)?)"
    # ... up to the figure, unless the sayer turns to what is so: ", saying it had 150".
    # (", pointing out that it went up to £19.20": the sayer's own figure.)
    r"(?:(?!,\s*(?:saying|insisting|adding|stressing|explaining|noting|arguing|countering|telling|pointing\s+out|and\s+(?:said|says|insisted|told))\b)(?:[^.;:!?]|[.:](?=\d))){0,300}$",
    re.I,
)
# A figure someone else gave, waved away: "dismissed talk of ten closures",
# "rejected reports of a £3m overspend", "played down estimates putting it at
# 400". Only up to the figure's own noun phrase: what the sayer goes on to say is theirs.
_DISMISSED_TALK_OF = regex(
    rf"\b((?:{_DENYING_VERBS}|rubbished|rubbishes|scotched|scotches|played\s{{1,3}}down|plays\s{{1,3}}down|poured\s{{1,3}}cold\s{{1,3}}water\s{{1,3}}on)"
    r"\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:[\w'\u2019-]{1,20}\s{1,3})?(?:talk|claims?|reports?|suggestions?|rumou?rs?|speculation|fears?|figures?|idea|estimates?|forecasts?|predictions?|warnings?)"
    r"\s{1,3}(?:of|at|putting\s{1,3}(?:it|them|the\s{1,3}[\w-]{1,20})\s{1,3}at))\s{1,3}(?:(?:as\s{1,3}(?:many|much)\s{1,3}as|up\s{1,3}to|some|about|around|nearly|more\s{1,3}than|a|an|the)\s{1,3})?$",
    re.I,
)
# "£1.4m had been cut from ...": an amount taken away or added, said in the passive.
_CUT_AFTER = regex(r"\s{1,3}(?:had|has|have|was|were|is|are|will\s{1,3}have)\s{1,3}been\s{1,3}((?:cut|slashed|axed|trimmed|taken|stripped|clawed\s{1,3}back|added)\s{1,3}(?:from|off|out\s{1,3}of|to))\b", re.I)
# "the 498 schools that had not": a count of those that did not, said with its noun.
_NEGATED_AFTER = regex(r"(?:\s{1,3}[\w'\u2019-]{1,30}){0,6}?\s{1,3}((?:that|which|who)\s{1,3}(?:had|have|has|did|do|does|were|are|was|is)(?:\s{1,3}not|n't|\s{1,3}never))\b", re.I)
# "24% of a matched group who ...": a share of a whole, whom the words after describe.
_OF_THOSE = regex(r"\s{1,3}of\s")
# "19 boroughs will not benefit": the count of those that do not, its
# predicate negated (not "the 150 officers will not be cut", whose count is
# taken as given, nor "43 projects where crime has not fallen").
# The auxiliaries a predicate is negated with, and the words that may come
# between the negation and the word it negates ("will not *yet* benefit").
_AUXILIARIES = "will|would|did|do|does|have|has|had|are|is|were|was|could|can|should"
_BEFORE_THE_NEGATED = "yet|be|been|have|ever|now|always|actually|all|even"
_NEGATED_PREDICATE = regex(
    r"(?:\s{1,3}(?!(?:where|when|if|because|although|though|as|since|while|who|which|that|whose|after|before|until|unless|and|but|or|nor|yet|so)\b)[\w'\u2019-]{1,30}){0,4}?\s{1,3}"
    # (With the word it negates: "will not benefit", "would not be enough".)
    rf"((?:(?:{_AUXILIARIES})(?:\s{{1,3}}not|n['\u2019]t|\s{{1,3}}never)|won['\u2019]t|can['\u2019]t|cannot)\b"
    rf"(?:\s{{1,3}}(?:{_BEFORE_THE_NEGATED})\b){{0,2}}(?:\s{{1,3}}[a-z]{{2,20}}\b)?)",
    re.I,
)
# The cues those read: "will not", "won't", "that had not".
_NEGATED_CUE = regex(rf"(?:that|which|who|{_AUXILIARIES}|won|cannot)\b", re.I)
# ... and the word such a cue negates, past its auxiliary and negation: "will not *benefit*", "would not be *enough*".
_PREDICATE_WORD = regex(
    rf"(?:{_AUXILIARIES})(?:\s+not|n['\u2019]t|\s+never)"
    rf"(?:\s+(?:{_BEFORE_THE_NEGATED})\b)*\s*([a-z]*)$",
    re.I,
)


def denied_by_its_predicate(reading: Reading) -> bool:
    """Whether a figure is denied by its own predicate, so counts those that
    do not: "19 boroughs will not benefit", "the 498 schools that had not"."""
    return reading.stance is Stance.DENIED and _NEGATED_CUE.match(reading.cue) is not None


def negated_word(reading: Reading) -> str:
    """The word a figure's own negated predicate negates ("benefit" of "19
    boroughs will not benefit", "enough" of "would not be enough"); "" if none."""
    found = _PREDICATE_WORD.match(reading.cue) if reading.stance is Stance.DENIED else None
    return found.group(1) if found is not None else ""
# "Ten major trauma centres in London? No: ...": the question's figure, answered no.
_ANSWERS_NO = r"(No|Wrong|False|Not so|Not true|Not quite)"
_ASKED_AND_DENIED = regex(r"(?:[^.!?]|\.(?=\d)){0,200}\?\s*" + _ANSWERS_NO + r"\b\s*[:,.!;\u2014\u2013-]")
# "Contrary to claims that only 80 schools had signed up, 150 ...", "Far
# from the 100 officers some predicted, ...": denied up to the comma.
_DENIED_LEAD_PHRASE = regex(
    r"\b(?:contrary\s+to\s+(?:the\s+)?(?:claims?|reports?|suggestions?)(?:\s+[\w'\u2019-]+){0,4}?\s+(?:that|of)|far\s+from"
    # "Contrary to the £100m figure doing the rounds, ...": whatever it is contrary to.
    r"|contrary\s+to\s+(?:the|a|an|some|those|these)\b)\s*[^,.;:!?]{0,200}$",
    re.I,
)
# "Nor did Operation Winter Nights produce 9,000 arrests": a clause opened by "Nor" + auxiliary.
_NOR_LEAD = regex(r"(?:^|[.;:!?]\s{1,3})[\"'\u201c\u2018]?Nor\s(?:did|does|do|has|have|had|is|was|were|are|will|would|could|can)\s(?:[^.;:!?]|[.:](?=\d)){0,200}$")
# "£3.8m less than planned", "200 more officers than last year", "2,500 more
# activities to choose from than": a difference, not a level.
# (Past the same difference said again: "£4.4m, or 31%, higher than".)
# "67 more young people in Tarnholt in 2024 than in the year before": a
# difference, however many words (a year among them) come before "than".
_DIFFERENCE_AFTER = regex(r"(?:,\s{1,3}or\s{1,3}[^,;()]{1,20},|\s{1,3}\([^()]{1,20}\)|,)?\s{1,3}(?P<cue>(?:more|less|fewer|higher|lower|greater|smaller)\b(?:\s{1,3}(?:[a-z]{1,20}|(?:19|20)\d\d(?:/\d\d)?)){0,8}?\s{1,3}than)\s{1,3}(?!(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?[£$€\d])", re.I)
# What sets a figure aside just before it: "670 *rather than* 67 more ...".
_SET_ASIDE_JUST_BEFORE = regex(r"\b(?:rather\s{1,3}than|instead\s{1,3}of|not)\s{1,3}$", re.I)
_CHANGE_BEFORE = regex(
    r"\b(?:(?:cut|cuts|reduced|slashed|increased|raised|rose|risen|fell|fallen|dropped|grew|grown|boosted|rise|increase|fall|drop|decrease|decreased|jump|jumped|climbed"
    # ... in the present, as a budget or a forecast says it: "the grant rises by £13,000".
    r"|rises|falls|grows|drops|climbs|jumps)\s+by"
    r"|(?:a|an)\s+(?:rise|increase|cut|fall|drop|decrease|reduction|jump)\s+of"
    # "funding for the Met up by £110m", as a headline says it, without a
    # verb; not a verb's "up" ("taken up by", "propped up by", "set up by").
    r"|(?<!ed )(?<!en )(?<!ok )(?<!et )(?<!ut )(?<!de )(?<!op )\b(?:up|down)\s+by)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|at least\s+|up to\s+)?$",
    re.I,
)
# "cut its arrests for offensive weapons by 166": the change verb may stand
# a few words before its "by".
_CHANGE_VERB_BY = regex(
    r"\b(?:cut|cuts|reduced|reduces|slashed|increased|increases|raised|boosted|trimmed|lowered|lifted|upped|ups|hiked|hikes|bumped\s+up|topped\s+up|stepped\s+up|ramped\s+up|scaled\s+back|pared\s+back|expanded|grown|shrunk|shrank)\b[^.;,]{0,60}\bby\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|at least\s+|up to\s+)?$"
    r"|\b(?:went|gone|goes|is|are|was|were|been|has|have|had|moved)\s+(?:up|down)\s+by\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$",
    re.I,
)
# The last words _TAKEN_BEFORE can end on: a cheap test before the search.
_TAKEN_CUE = regex(r"\b(?:cut|cuts|slashed|axed|trimmed|shaved|sliced|stripped|back|added|adds|some|about|nearly|almost|than|another|extra)\s*$", re.I)
# "cut £2.6m from", "added £3m to": the verb right before the amount ...
_TAKEN_BEFORE = regex(r"\b(cut|cuts|slashed|axed|trimmed|shaved|sliced|stripped|clawed back|added|adds)\s+(?:some\s+|about\s+|nearly\s+|almost\s+|more than\s+|another\s+|an extra\s+)?$", re.I)
# "has gained 790 members": what a body holds grown by so many ...
_GAINED_BEFORE = regex(r"\b(gained|gains|gaining)\s{1,3}(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|another\s+|a further\s+|a net\s+)?$", re.I)
# ... of what it holds (not what it wins: "pupils gained 40 GCSEs").
_HELD_NOUN = regex(r"\s{1,3}(?:new\s{1,3}|more\s{1,3}|extra\s{1,3}|additional\s{1,3})?(?:members|volunteers|subscribers|followers|users|supporters|staff|officers|recruits|employees|places|beds)\b", re.I)
# ... and where it was taken from or added to, right after it.
_FROM_AFTER = regex(r"(?:\s[\w-]{1,20}){0,2}?\s(from|off|out of|to)\s", re.I)
# What may stand between the two levels: a few words ("from 60 officers
# to 140"), or when the first was the level ("from six officers when it was
# set up in April 2022 to 14").
_FROM_TO_BETWEEN = regex(
    r"\s{1,3}(?:(?!(?:in|on|at|by|during|over|for|last|this|the)\s)[\w'\u2019-]{1,30}\s{1,3}){0,4}to\s{1,3}"
    r"|\s{1,3}(?:[\w'\u2019-]{1,30}\s{1,3}){0,2}when\s[^,;.]{1,80}?\sto\s{1,3}"
)
# "from £1m to £2m": the first is an earlier level.
_FROM_TO = regex(r"\bfrom\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# What a change is measured against: "up £7m *on last year*", "down 40 *year on year*".
_CHANGED_ON = regex(r"(?:\s{1,3}[a-z]{1,20})?\s{1,3}(?:on|from|against|compared|than|year[ -]on[ -]year|over the)\b", re.I)
# "stumped up £45m on the fund", "racked up 900 arrests over the winter": a
# verb with "up", not a change.
_PHRASAL_UP = regex(r"\b(?:put|puts|putting|stump|stumps|stumped|stumping|cough|coughs|coughed|fork|forks|forked|pony|ponied|set|sets|setting|rack|racks|racked|racking|dish|dished|shore|shored|prop|propped|free|frees|freed|freeing|tot|tots|totted|totting|made|make|makes|making|add|adds|added|adding)\s+$", re.I)
_CHANGE_BARE = regex(r"\b(?:up|down)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$", re.I)
# "London Gang Exit's budget is up £2 million": after a copula, a change, on whatever.
_COPULA_UP = regex(r"\b(?:is|are|was|were|has\s+gone|have\s+gone)\s+(?:up|down)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$", re.I)
# After a figure compared with, the place it is of: "7.6 in neighbouring Oakrenford",
# "1.9 per 1,000 next door in Oakrenford", "£3,100 a head in Tresmoor's
# scheme" (not a month: "300 in March").
_IN_ANOTHER_PLACE = regex(
    r"(?:\s{1,3}(?:per|a|an|each|every|for\s{1,3}every)\s{1,3}(?:[\d,]{1,9}(?:\s{1,3}[a-z]{2,12})?|[a-z]{2,12}))?(?:\s{1,3}(?:next\s{1,3}door|nationally|across))?\s{1,3}(?:in|for|at)\s{1,3}(?:neighbouring\s{1,3}|nearby\s{1,3})?"
    r"(?!(?:" + MONTH_NAMES + r"|Q[1-4])\b)[A-Z][a-z]{2,}"
)
# After a share compared with, the group it is of: "24% of a matched group".
_OF_ANOTHER_GROUP = regex(r"\s{1,3}of\s{1,3}(?:a|an|the|those|all)\s")
_PREVIOUS_BEFORE = regex(r"\b(?:up|down|rising|falling|increased|decreased|rose|fell|risen|fallen)\s+from\s+(?:the\s+|its\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$|\bcompared\s+(?:with|to)\s+(?:some\s+|about\s+|around\s+)?$", re.I)


def _stance(text: str, fig: Figure, figures: list[Figure]) -> tuple[Stance, str]:
    if "?" in text[fig.end : fig.end + 200]:
        asked = _ASKED_AND_DENIED.match(text, fig.end)
        if asked:
            return Stance.DENIED, asked.group(1)  # "Ten trauma centres? No: ... four"
        question = _polar_question(text, fig)
        if question:
            return Stance.HYPOTHETICAL, question  # "Has the Mayor really put £110m into the Met?"
    doubted = _doubted(text, fig)
    if doubted:
        return Stance.HYPOTHETICAL, doubted  # "Councillors asked whether the taskforce had recovered 910 knives"
    supposed = _supposed(text, fig)
    if supposed:
        # "It is false that the contract is forecast to cost £3.95m": the forecast itself denied.
        denied_by = _denied_statement_before(text, fig, text[max(0, fig.start - 300) : fig.start])
        return (Stance.DENIED, denied_by) if denied_by else (Stance.HYPOTHETICAL, supposed)
    if fig.kind in AMOUNTS and "not" in text[fig.end : fig.end + 120]:
        # (A share of those who did not is a measure of its own: "92 per cent had not reoffended".)
        predicate = fig.kind in ("count", "money") and not _after_definite(text, fig)
        negated = _NEGATED_AFTER.match(text, fig.end) or (_NEGATED_PREDICATE.match(text, fig.end) if predicate else None)
        if negated and fig.kind == "percent" and _OF_THOSE.match(text, fig.end, negated.start(1)):
            # "24% of a matched group who did not take part": the group is
            # those who did not; the share is of what it counts in them.
            negated = None
        if negated:
            return Stance.DENIED, negated.group(1)  # "498 secondary schools that had not", "19 boroughs will not benefit"
    if fig.kind == "money" and "been" in text[fig.end : fig.end + 30]:
        cut = _CUT_AFTER.match(text, fig.end)
        if cut:
            return Stance.CHANGE, cut.group(1)  # "£1.4m had been cut from youth workers"
    if fig.kind in AMOUNTS and "than" in text[fig.end : fig.end + 150]:
        difference = _DIFFERENCE_AFTER.match(text, fig.end)
        # (Not one set aside just before it, which the denial checks below read:
        # "120 rather than 12 more pupils in 2024 than in 2023".)
        if difference and not _SET_ASIDE_JUST_BEFORE.search(text, max(0, fig.start - 20), fig.start):
            return Stance.CHANGE, difference.group("cue")
    before = text[max(0, fig.start - 120) : fig.start]
    low = before.lower()
    # Each pattern is tried only when a word it needs is there: most
    # sentences assert their figures, and a batch reads thousands.
    cue_before = _ends_in_cue_word(before)
    if cue_before and ("up" in low or "down" in low):
        # "up 12%"; an amount only with what it is up on: "up £7m on last year".
        bare = _CHANGE_BARE.search(before)
        if bare and (fig.kind == "percent" or _CHANGED_ON.match(text, fig.end, fig.end + 40) or _COPULA_UP.search(before)) and not _PHRASAL_UP.search(before, 0, bare.start()):
            return Stance.CHANGE, bare.group().strip()
    if cue_before and ("from" in low or "compared" in low):
        m = _PREVIOUS_BEFORE.search(before)
        if m and not ("compared" in m.group().lower() and (_IN_ANOTHER_PLACE.match(text, fig.end) or fig.kind == "percent" and _OF_ANOTHER_GROUP.match(text, fig.end))):
            # (Not "compared with 1.9 per 1,000 next door in Oakrenford":
            # another place's level, as it stands; nor "compared with 24% of
            # a matched group": another group's.)
            return Stance.PREVIOUS, m.group().strip()
    if cue_before and (" by" in low or " of" in low):
        m = _CHANGE_BEFORE.search(before) or _CHANGE_VERB_BY.search(before)
        if m:
            return Stance.CHANGE, m.group().strip()
    if fig.kind == "count" and "gain" in low:
        gained = _GAINED_BEFORE.search(before)
        if gained and _HELD_NOUN.match(text, fig.end):
            return Stance.CHANGE, gained.group(1)  # "has gained 790 members since it began": members added, not how many it has
    if _TAKEN_CUE.search(before):
        taken = _TAKEN_BEFORE.search(before)
        where = _FROM_AFTER.match(text, fig.end, min(len(text), fig.end + 60)) if taken else None
        if taken and where:
            # "cut £2.6m from specialist youth support": an amount taken away
            # or added, not a level.
            return Stance.CHANGE, f"{taken.group(1)} ... {where.group(1)}"
    if cue_before and "from" in low:
        m = _FROM_TO.search(before)
        if m and any(f.start > fig.end and _FROM_TO_BETWEEN.fullmatch(text, fig.end, f.start) for f in figures):
            return Stance.PREVIOUS, "from ... to"
        if m and _changed_to_before(text, fig, figures):
            # "fell 6% to 4,870 offences in 2025, from 5,181 the year before":
            # the level it changed from, said after the one it reached.
            return Stance.PREVIOUS, "to ... from"
    bound = _NOT_A_BOUND.search(before) if fig.qualifier in _BOUND_DENIED else None
    if bound and _replaced_after(text, fig, figures):
        return Stance.DENIED, bound.group().strip()  # "not more than 70 homes but 64": the bound is denied, the 64 said instead
    if any(cue in low for cue in _NEGATION_CUES):
        m = _DENIED_BEFORE.search(before)
        # "not 250 activities but 25,000": the "but" turns it back.
        # "not published until June 2018" says when it was, not that it was
        # not; "have not changed since 2019" denies the change, not the year;
        # "if it is not secured by 31 March" sets the deadline, not denies it.
        if m and not _qualified_negation(m.group(1), fig, m.group()[len(m.group(1)) :]) and not _presupposed(m.group()[len(m.group(1)) :], text, fig) and not re.search(r"\b(?:but|rather)\s*$|\b(?:until|till)\b|\b(?:since|before|after)\s*$", before[m.start() : m.end()]) and not (fig.kind == "date" and before.endswith(("by ", "By "))):
            return Stance.DENIED, m.group(1)
        dated = _NOT_DONE_THEN.search(before) if fig.kind == "date" else None
        if dated:
            # "did not create the £45m Young Londoners Fund in February 2018":
            # a deed denied with its object named, the date it is said to be done.
            return Stance.DENIED, " ".join(dated.group(1).split())
    not_done = _deed_not_done(text, fig, figures, before) if "yet" in low or "still" in low or "fail" in low or "unable" in low or "short" in low else ""
    if not_done:
        return Stance.DENIED, not_done  # "The Mayor has yet to spend £45m", "failed to recover 910 knives"
    lead = text[max(0, fig.start - 300) : fig.start]
    lowered = lead.lower()
    if "nor " in lowered and _NOR_LEAD.search(lead):
        return Stance.DENIED, "Nor"
    if "contrary" in lowered or "far from" in lowered:
        phrase = _DENIED_LEAD_PHRASE.search(lead)
        if phrase:
            return Stance.DENIED, " ".join(phrase.group().split()[:3])
    after = text[fig.end : fig.end + 200]
    if ("fact" in after or "actually" in after or "reality" in after) and _REPORTED_LEAD.search(lead):
        corrected = _CORRECTED_AFTER.match(text, fig.end, min(len(text), fig.end + 200))
        if corrected:
            return Stance.DENIED, corrected.group(1)  # "Some reports said it was £50m; in fact it is £45m"
    if ("real" in after or "true" in after or "actual" in after or "correct" in after) and _SAYS_LEAD.search(lead):
        real = _REAL_FIGURE_AFTER.match(text, fig.end, min(len(text), fig.end + 200))
        if real:
            return Stance.DENIED, " ".join(real.group(1).split())  # "The Mayor claims he granted £7m, but the real figure is £5m"
    if _CORRECTION_CUE.search(lowered):
        corrected = _CORRECTION_LEAD.search(lead)
        if corrected:
            return Stance.DENIED, " ".join(corrected.group(1).split())  # "An earlier version of this article said ... £54m"
    if _DENIED_NEXT_CUE.search(after):
        denied = _DENIED_NEXT.match(text, fig.end, min(len(text), fig.end + 400))
        if denied:
            return Stance.DENIED, " ".join(denied.group(1).split())  # "... receive £20m. They do not: ..."
    denied_by = _denied_statement_before(text, fig, lead)
    return (Stance.DENIED, denied_by) if denied_by else (Stance.ASSERTED, "")


def _statement_cue(said: str) -> str:
    """The words of a denied statement that deny it: "It is wrong to say", "It is false"."""
    saying = _SAYING_CUE.search(said.lower())
    if saying is not None and saying.start() < 40:
        cue = said[: saying.end()]  # "It is wrong to say"
    else:
        cue = said.split("that", 1)[0] if re.search(r"\bthat\b", said) else " ".join(said.split()[:2])
    return " ".join(cue.split())


def _deed_not_done(text: str, fig: Figure, figures: list[Figure], before: str) -> str:
    """The words that say a deed was not done, said without "not", when the
    figure is its object ("has yet to", "failed to"), or "". Not a count of
    those missed, of a whole ("failed to meet four of its 12 targets"), an
    aim missed ("failed to hit its 95% target"), or a level yet to be
    reached, which the figure reader reads as a bound ("has yet to reach
    1,000": fewer than 1,000)."""
    m = _NOT_DONE_BEFORE.search(before) if fig.qualifier == "exact" else None
    if m is None or _OF_A_WHOLE.match(text, fig.end):
        return ""
    at = fig.start - len(before) + m.start()
    if _AN_AIM.search(text, at, min(len(text), fig.end + 30)) or any(at < f.start < fig.start for f in figures):
        return ""
    return " ".join(m.group(1).split())


def _denied_statement_before(text: str, fig: Figure, lead: str) -> str:
    """The words of a denied statement the figure stands in ("Claims that
    ... are false", "It is false that ...", "Myth: ...", "..., the council
    wrongly claimed"), or "". `lead` is the text up to the figure (300
    characters)."""
    if _FALSE_TAIL_CUE.search(text, fig.end, fig.end + 200):
        falsely = _falsely_said_after(text, fig)
        if falsely:
            return falsely  # "..., the council falsely claimed."
    if "yth" in lead or "YTH" in lead or "iction" in lead or "ICTION" in lead:
        myth = _MYTH_LEAD.search(lead)
        if myth:
            return myth.group(1)  # "Myth: the fund is worth £50m."
    talk = _DISMISSED_TALK_OF.search(lead) if "of " in lead[-60:] or "at " in lead[-60:] else None
    if talk is not None:
        return " ".join(talk.group(1).split())  # "The director dismissed talk of ten closures"
    lowered = lead.lower()
    if _CLAIMED_CUE.search(lowered):
        denial = _DENIED_AFTER.search(text[fig.end : fig.end + 400]) if _DENIAL_LEAD.search(lead) else None
        if denial:
            return " ".join(denial.group(1).split())
    elif not any(cue in lowered for cue in _NOT_CUES) and not _SAYING_CUE.search(lowered):
        # Every denied statement says "that", "to say" or "not": the common case is read without the pattern.
        return ""
    statement = _DENIED_STATEMENT.search(lead)
    if statement is None and ":" in lead:
        statement = _denied_before_its_breakdown(text, fig, lead)
    return _statement_cue(statement.group()) if statement else ""


# A clause of its own after a colon: "... only 40 came: more than 150
# *did*", ": *it* receives £9m", ": *in fact* ...".
_OWN_VERB = regex(
    r"\b(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|came|went|got|gets|made|took|says|said|receives|received|costs|cost|stands|totals|pays|paid|gives|gave)\b",
    re.I,
)
_OWN_SUBJECT = regex(r"\s{0,40}(?:it|they|he|she|we|I|this|that|there|in\s+fact|actually|instead|rather)\b", re.I)
# A clause ends at a comma or semicolon (", of which £1.5m has been pledged"
# is a clause of its own); a statement at its sentence's end.
_COMMA_OR_SEMICOLON = regex(r"[,;]")
_SENTENCE_END = regex(r"[.;!?](?!\d)")


def _denied_before_its_breakdown(text: str, fig: Figure, lead: str) -> re.Match[str] | None:
    """A denied statement before a colon whose breakdown the figure stands
    in: "It is false that the patrol began with eight officers: six
    community support officers and two constables" denies the six too. What
    follows a colon with a verb of its own is what is so instead ("It is
    untrue that only 40 came: more than 150 did")."""
    colon = lead.rindex(":")
    # (As far as a denied statement reaches, 300 characters: a hostile run-on sentence is not read to its end per figure.)
    reach = min(len(text), fig.end + 300)
    end = _COMMA_OR_SEMICOLON.search(text, fig.end, reach)
    if _OWN_SUBJECT.match(lead, colon + 1) or _OWN_VERB.search(lead, colon) or _OWN_VERB.search(text, fig.end, end.start() if end else reach):
        return None
    return _DENIED_STATEMENT.search(lead, 0, colon)


# A correction: "An earlier version of this article said ...", "the report
# wrongly gave ...": what was said in error, up to the figure.
_CORRECTION_CUE = regex(r"\b(?:version|wrongly|incorrectly|mistakenly|erroneously|falsely)\b")
_CORRECTION_LEAD = regex(
    r"\b((?:an?\s+|the\s+)?(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the|our)\s+[a-z]{2,20}"
    r"(?:\s+(?:wrongly|incorrectly|mistakenly))?\s+(?:said|stated|reported|claimed|gave|put|described|suggested|had)"
    r"|(?:wrongly|incorrectly|mistakenly|erroneously|falsely)\s+(?:said|stated|reported|claimed|gave|put|described|suggested|attributed))\b"
    r"(?:[^.;:!?]|[.:](?=\d)){0,300}$",
    re.I,
)
# A deed denied, its object named, then when: "did not create the £45m fund in
# February 2018", "never opened the hub on 4 March". (Not "until", "since", "by":
# "not published until June 2018" says when it was; nor past a turn or a clause.)
_NOT_DONE_THEN = regex(
    r"\b((?:did|does|do|has|have|had|was|were|is|are)(?:\s{1,3}not|n['\u2019]t)|never)\s{1,3}(?:(?:yet|actually|really|ever)\s{1,3})?"
    r"[a-z]{2,20}(?:ed|en|t)?\s{1,3}(?:the|its|his|her|their|this|that)\s{1,3}"
    r"(?:(?!\b(?:but|rather|instead|and|or|which|that|who|until|till|since|before|after|by)\b)[^.;:!?,]){1,100}?\s(?:in|on|during)\s{1,3}$",
    re.I,
)
# A statement its own sayer is said to have got wrong, in a tail after the
# figure: "..., the council falsely claimed.", "..., as some have wrongly
# reported", "..., he claimed, wrongly." Every figure of the statement it
# closes, but none past a turn: "£45m, not the £50m the council wrongly
# gave" denies the £50m alone.
_IN_ERROR = "wrongly|incorrectly|mistakenly|erroneously|falsely|misleadingly"
_FALSE_TAIL_CUE = regex(rf"\b(?:{_IN_ERROR})\b", re.I)
_FALSELY_SAID = regex(
    r",\s{1,3}(?:as\s{1,3})?(?:[\w'\u2019-]{1,30}\s{1,3}){0,6}?"
    rf"((?:(?:{_IN_ERROR})\s{{1,3}}(?:claimed|claims|said|says|stated|suggested|reported|asserted|insisted|told)"
    rf"|(?:claimed|claims|said|says|stated|suggested|reported|asserted|insisted),\s{{1,3}}(?:{_IN_ERROR}))\b)"
    # (Its own words may end it, "at the time", not a clause it says: "claimed it was less".)
    r"(?:\s{1,3}(?!(?:it|that|they|this|he|she|there|we)\b)(?:[\w'\u2019-]{1,30}\s{0,3}){1,4})?\s{0,3}\Z",
    re.I,
)
# (A colon that opens a list of the statement's parts is none: "£2.1m to 44
# projects: 19 in Saltings, 14 in ..., the council wrongly claimed.")
_TURN = regex(r"[:](?!\s{1,3}[\u00a3$\u20ac]?\d)|\b(?:not|but|rather|instead|though|although|while|whereas)\b", re.I)


def _falsely_said_after(text: str, fig: Figure) -> str:
    """The words saying the statement the figure closes was said in error
    ("falsely claimed"), or ""."""
    reach = min(len(text), fig.end + 300)
    end = _SENTENCE_END.search(text, fig.end, reach)
    clause = text[fig.end : end.start() if end else reach]
    said = _FALSELY_SAID.search(clause)
    if said is None or _TURN.search(clause, 0, said.start()):
        return ""
    return " ".join(said.group(1).split())


# A fact-check's debunked statement: "Myth: the fund is worth £50m."
_MYTH_LEAD = regex(r"(?:^|[.!?]\s{1,3})[\"'\u201c\u2018]?((?:Myth|MYTH|Fiction|FICTION))\s{0,3}[:\u2014\u2013-](?:[^.;!?]|\.(?=\d)){0,300}$")
# A statement the next sentence denies outright: "Your columnist says the
# service receives £20m. They do not: ...", "... £54m. That is wrong."
_DENIED_NEXT_CUE = regex(r"not\b|n['\u2019]t\b|\b(?:false|wrong|untrue|incorrect)\b", re.I)
_DENIED_NEXT = regex(
    r"(?:[^.!?]|\.(?=\d)){0,300}?[.!]\s{1,3}((?:They|It|He|She|This|That|We|I)\s+(?:do|does|did|is|was|are|were|has|have|had|will|can)(?:\s+not|n['\u2019]t)"
    r"|(?:That|This|It)(?:\s+is|['\u2019]s|\s+was)\s+(?:simply\s+|just\s+|plainly\s+)?(?:false|wrong|untrue|not\s+true|incorrect|not\s+so)"
    r"|Not\s+so|Not\s+true|Wrong|Untrue|False)\s*[.:;,!\u2014\u2013-]"
)
# Words without which no denial can be read: a cheap test before the searches.
_NOT_CUES = ("not", "never", "n't", "n\u2019t")
# "It is wrong to say the Met seized 97 firearms": a denial without "not" or "that".
_SAYING_CUE = regex(r"\bto (?:say|claim|suggest|report|state)\b")
_NEGATION_CUES = (*_NOT_CUES, "rather", "instead", "opposed", "longer", "hardly", "scarcely", "far cry", "nowhere", "nothing like", " no ")

# The change and earlier-level patterns above all end in one of these words
# and then space ("cut by ", "up from about "); the words are at most six
# letters, so the last six characters before the space tell.
_CUE_WORD_AT_END = regex(r"(?:by|of|than|from|with|to|up|down|some|about|around|nearly|almost|the|its|least)\Z", re.I)


_QUESTION_BREAK = regex(r"[.!?;:\n](?!\d)")


def _polar_question(text: str, fig: Figure) -> str:
    """The opening word of the yes-no question the figure is asked in ("Has
    the Mayor really put £110m into the Met?"), unless it is answered yes;
    "" otherwise. A question with "why" or "how" takes the figure as given."""
    # (A decimal point is no full stop: "Has the Mayor put £1.4m into 43 projects?")
    start = max((m.end() for m in _QUESTION_BREAK.finditer(text, max(0, fig.start - 300), fig.start)), default=max(0, fig.start - 300))
    opening = _POLAR_OPENING.match(text, start, fig.start)
    end = text.find("?", fig.end)
    if opening is None or end < 0 or _QUESTION_BREAK.search(text, fig.end, end):
        return ""
    if _ANSWERED_YES.match(text, end + 1):
        return ""
    return f"{opening.group(1)} ...?"


# An indirect question or a doubt the figure stands in: "asked whether",
# "it is unclear if", "critics doubt that" (not "there is no doubt that").
_DOUBTED_BEFORE = regex(
    r"\b((?:asked|asks|ask|asking|questioned|questions|question|questioning|queried|queries|query|querying|wondered|wonders|wonder|wondering"
    r"|unclear|unsure|not\s+clear|not\s+sure|not\s+known|unknown|doubted|doubts|doubt|doubting)\s+(?:whether|if)"
    r"|(?<!\bno\s)(?<!\blittle\s)(?<!\bnever\s)(?<!\bnot\s)(?<!n't\s)(?<!n\u2019t\s)(?<!\bwithout\s)(?<!\bbeyond\s)(?:doubted|doubts|doubt|doubting)\s+that)\b"
    r"(?:[^.;:!?]|[.:](?=\d)){0,200}$",
    re.I,
)


# Not confirmed, or believed by few: "City Hall has yet to confirm that 150
# schools ...", "declined to confirm", "Few believe the Met seized 970 knives".
_UNCONFIRMED_BEFORE = regex(
    r"\b((?:yet\s+to|not|never|cannot|can't|could\s+not|couldn't|unable\s+to|would\s+not|wouldn't|declined\s+to|refused\s+to|failed\s+to)\s+(?:confirm|verify)(?:ed)?"
    r"|(?:(?<![\w-])(?<![Aa]\s)few|nobody|no\s+one|no-one)\s+(?:now\s+|still\s+|really\s+)?(?:believes?|thinks?|accepts?))\b\s+(?:that\s+)?"
    r"(?:[^.;:!?]|[.:](?=\d)){0,200}$",
    re.I,
)


# Someone asserting after the question, in a main clause of their own:
# ", the commissioner said that ...", ", the council replied".
_ANSWERED = regex(r",\s(?:[\w'\u2019.-]{1,30}\s){1,5}(?:said|says|told\s(?:[\w'\u2019.-]{1,30}\s){1,4}|replied|replies|answered|responded|insisted|confirmed)(?:\sthat)?\s")


def _doubted(text: str, fig: Figure) -> str:
    """The words that ask or doubt what the figure says ("asked whether",
    "doubt that"), or "": the sentence reports a question, not the figure.
    A figure after a definite determiner is given; the question is of
    something else ("whether the £1.8 million a year would be enough")."""
    lead = text[max(0, fig.start - 200) : fig.start]
    low = lead.lower()
    if "whether" not in low and " if " not in low and "doubt" not in low and "confirm" not in low and "believ" not in low:
        return ""  # (the common case, without the pattern)
    found = _DOUBTED_BEFORE.search(lead) or _UNCONFIRMED_BEFORE.search(lead)
    if found is None or _after_definite(text, fig):
        return ""
    if _ANSWERED.search(lead, found.end(1)):
        return ""  # "where councillors asked whether ..., the commissioner said that £480,000 went to ...": the answer
    return " ".join(found.group(1).split())


def _supposed(text: str, fig: Figure) -> str:
    """The words that put a figure forward without asserting it: a
    counterfactual "if ... were" before it, or a forecast change ("is
    expected to rise to", "could climb to"); "" otherwise."""
    before = text[max(0, fig.start - 100) : fig.start]
    low = before.lower()
    # An "if" clause may open the sentence further back than the other cues.
    if_before = "if" in text[max(0, fig.start - 200) : fig.start].lower()
    if " if " in text[fig.end : fig.end + 150]:
        # "could offer 2,500 if the trial were extended": the modal's
        # amount, on a condition that follows it.
        modal = _MODAL_BEFORE.search(before)
        if modal and _IF_AFTER.match(text, fig.end, min(len(text), fig.end + 150)):
            return f"{modal.group(1)} ... if"
    # (Each cue the pattern needs, tested first: most sentences have none.)
    if_word = if_before and _IF_WORD.search(text, max(0, fig.start - 200), fig.start) is not None  # not "significant", "different"
    if if_word or "Had " in before or "might" in low or "ought" in low or "may " in before:
        # (Not a date: "If the money is not secured by 30 June, ..." sets a deadline the documents set.)
        condition = _CONDITION_BEFORE.search(text, max(0, fig.start - 200), fig.start) if fig.kind != "date" else None
        if condition and not (_after_definite(text, fig) and _NOT_A_NOUN_AFTER.match(text, fig.end) is None):
            # "If the taskforce recovers 910 knives this year, ...", "Had the
            # Mayor granted £7m, ...", "might spend £7m": a condition or a
            # counsel, not what is so (not "If the £45m fund ...", which names a thing there).
            return " ".join((condition.group(1) or condition.group(2) or condition.group(3)).split())
    if not if_before and " to" not in low and "would" not in low and "could" not in low and "might" not in low and "may " not in low and not _HOPE_CUE.search(low):
        return ""
    found = _COUNTERFACTUAL_BEFORE.search(before) or _FORECAST_BEFORE.search(before) or _asked(before, fig)
    if found:
        return " ".join(found.group().split())
    # "If unemployment keeps rising, six of the 10 boroughs could end up in
    # the top 10": a main clause after "if ...," that says "could" or "would".
    condition = _IF_CLAUSE_BEFORE.search(text, max(0, fig.start - 200), fig.start) if if_before else None
    if condition:
        end = min((i for i in (text.find(mark, fig.end) for mark in ".;:!?") if i >= 0), default=len(text))
        modal = _MODAL.search(text, condition.start("main"), end)
        if modal:
            return f"{condition.group(1)} ..., {modal.group()}"
    return ""


# The figure inside an open condition ("If the taskforce recovers 910 ...",
# up to the condition's comma), a counterfactual opening ("Had the Mayor
# granted £7m"), or after a modal of counsel or chance ("ought to spend
# £7m", "might reach 900"); not "asked if", nor "could", which often tells
# what was on offer ("schools could bid for up to £10,000"), nor "should",
# which often expects ("should take three years").
_IF_WORD = regex(r"\b[Ii]f\b")
_CONDITION_BEFORE = regex(
    r"(?:^|[.;:!?]\s{1,3}|,\s{1,3}|\b(?:and|but)\s{1,3})[\"'\u201c\u2018]?((?:[Ii]f|[Uu]nless|[Ee]ven\s+if|[Oo]nly\s+if)\s)(?:[^,.;:!?]|\.(?=\d)){1,150}$"
    r"|(?:^|[.;:!?]\s{1,3})[\"'\u201c\u2018]?(Had\s)(?:[\w'\u2019-]{1,20}\s{1,3}){1,6}?(?:[a-z]{2,20}ed|given|spent|made|put|taken|been|paid|won|got|kept|seen|done)\s(?:[^,.;:!?]|\.(?=\d)){0,60}$"
    r"|\b((?:ought\s+to|might|may)(?:\s+(?:well|yet|still|also|even))?\s+(?:have\s+)?)[a-z]{2,20}(?:\s+(?:out|up|in|aside|back|on))?\s+(?:(?:some|about|around|another|a\s+further|an\s+extra|up\s+to|as\s+many\s+as|as\s+much\s+as|more\s+than|over|nearly|almost)\s+)?$"
)
# "If ... , [the main clause]": the figure is in the clause an "if" governs.
_IF_CLAUSE_BEFORE = regex(r"\b([Ii]f)\s(?:[^.;:!?]|[.:](?=\d)){1,150}?,\s(?P<main>(?:[^.;:!?]|[.:](?=\d))*)$")
_MODAL = regex(r"\b(?:could|would|might|may)\b")
# A modal a few words before an amount, and an "if" after it in its clause:
# "could offer 2,500 if the trial were extended".
_MODAL_BEFORE = regex(r"\b(could|would|might)\s{1,3}(?:(?:also|then|still|easily|potentially)\s{1,3})?(?:[a-z]+\s{1,3}){1,3}(?:(?:up\s{1,3}to|as\s{1,3}many\s{1,3}as|some|about|around)\s{1,3})?$")
_IF_AFTER = regex(r"(?:[^.;:!?]|[.:](?=\d)){0,120}?\bif\b")
# A yes-no question opens with an auxiliary verb: "Has ...", "Is ...", "Did ...", "Hasn't ...".
_POLAR_OPENING = regex(r"\s{0,3}[\"'\u201c\u2018(]?\s{0,3}((?:Is|Are|Was|Were|Has|Have|Had|Did|Does|Do|Will|Would|Could|Can|Should|Shall|Might|May)(?:n['\u2019]t)?)\s", re.I)
_ANSWERED_YES = regex(r"\s{0,3}(?:Yes|Yep|Indeed|It is|It does|It did|He has|She has|It has)\b")
# "if the fund were £100m", "if it had been given £9m": supposed, not so.
# "were City Hall to add another £5m, it would be receiving £20m": inverted, and its consequence.
_COUNTERFACTUAL_BEFORE = regex(
    r"\b(?:if|even if|as if)\s(?:[\w'\u2019-]{1,20}\s){0,8}?(?:were|had\s+been|had)\s(?:[\w'\u2019-]{1,20}\s){0,3}$"
    r"|(?:^|[,;:]\s{0,3}|\b(?:and|but)\s)[Ww]ere\s(?:[\w'\u2019-]{1,20}\s){1,4}?to\s(?:[\w'\u2019-]{1,20}\s){1,3}$"
    r"|(?:\bif\b|(?:^|[,;:]\s{0,3})[Ww]ere\s)(?:[^.;:!?]|[.:](?=\d)){0,120}?,\s(?:[\w'\u2019-]{1,20}\s){1,3}would\s(?:[\w'\u2019-]{1,20}\s){0,3}$"
    # "if that pace had held the total would have passed 5,000": no comma, but "would have".
    r"|\bif\s(?:[^.;:!?]|[.:](?=\d)){0,120}?\s(?:would|could|might)\s+have\s(?:[\w'\u2019-]{1,20}\s){0,3}$",
    re.I,
)
_HOPE_CUE = regex(r"expect|hop|aim|target|forecast|predict|want|intend|would like|call|ask|urg|press|demand|seek|sought|appeal")
# What may stand between an ask and its amount: "a further", "a minimum of", "at least".
_ASKED_AMOUNT = (
    r"(?:(?:a|an|the)\s+)?(?:(?:further|extra|additional|new|minimum\s+of|total\s+of|sum\s+of)\s+)?"
    r"(?:at\s+least\s+|some\s+|about\s+|around\s+|up\s+to\s+|more\s+than\s+|another\s+)?"
)
# "is expected to rise to £8m", "could climb to 500": a forecast change's level.
_FORECAST_BEFORE = regex(
    r"\b(?:(?:expected|set|forecast|projected|likely|tipped|predicted|due)\s+to|could|might|may|would)\s+"
    r"(?:rise|grow|increase|climb|double|treble|swell|soar|jump|fall|drop|shrink|reach)\s+(?:to\s+)?(?:as\s+much\s+as\s+|some\s+|about\s+|around\s+)?$"
    # "could be worth £45m by 2030", "may cost as much as £2m": a possibility, not a level.
    r"|\b(?:could|might|may)\s+(?:well\s+|yet\s+|soon\s+|eventually\s+|one\s+day\s+)?(?:be(?:\s+worth)?|become|cost|total|top|exceed|hit)\s+(?:as\s+much\s+as\s+|as\s+many\s+as\s+|some\s+|about\s+|around\s+|up\s+to\s+)?$"
    # "is expected to take around 7,000": a forecast, whatever its verb.
    r"|\b(?:expected|forecast|projected|predicted|tipped|likely)\s+to\s+[a-z]{2,20}\s+(?:(?:out|up|in|over|back|off|away)\s+)?(?:as\s+many\s+as\s+|as\s+much\s+as\s+|some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$"
    # "City Hall expects 300 by 2025", "aims for 500": a hope, not a count.
    r"|\b(?:expects?|expecting|hopes?\s+for|hoping\s+for|aims?\s+for|aiming\s+for|targets?|targeting|forecasts?|predicts?)\s+(?:some\s+|about\s+|around\s+|as\s+many\s+as\s+)?$"
    # "The Mayor hopes to put £45m into ...": a wish, not a sum given. (Not
    # "plans to build 600", which reports a commitment.)
    r"|\b(?:hopes?|hoping|wants?|wanting|would\s+like)\s+to\s+[a-z]{2,20}\s+(?:(?:out|up|in|aside|back)\s+)?(?:some\s+|about\s+|around\s+|another\s+|a\s+further\s+|an\s+extra\s+)?$"
    # "wants the fund to grow to £45m", "aims to grow the taskforce to 150
    # officers", "would like the taskforce to recover 910": a wish for
    # something, its object between. (Not "aims to show that the £45m ...":
    # a clause of its own, its figure given.)
    r"|\b(?:hopes?|hoping|wants?|wanting|would\s+like|aims?|aiming|intends?|intending)\s+(?:(?!(?:that|which|who|whether|how|what|why)\b)[\w'\u2019-]{1,20}\s+){0,5}?"
    r"to\s+[a-z]{2,20}\s+(?:(?!(?:that|which|who|whether|how|what|why)\b)[\w'\u2019-]{1,20}\s+){0,4}?(?:to\s+|at\s+)?(?:some\s+|about\s+|around\s+|another\s+|a\s+further\s+|an\s+extra\s+|more\s+than\s+)?$",
    re.I,
)
# "called for at least £1.5m a year", "demands 500 more officers": an ask,
# not a sum given; "urged the board to commit £1.5m": an ask of someone.
# (Amounts only: "asks each council to reply within 8 weeks" sets a deadline.)
_ASKED_BEFORE = regex(
    rf"\b(?:(?:calls?|called|calling|press(?:es|ed|ing)?|asks?|asked|asking|appeals?|appealed)\s+for|demands?|demanded|demanding|seeks?|sought|seeking)\s+{_ASKED_AMOUNT}$"
    r"|\b(?:urges?|urged|urging|(?:calls?|called|calling)\s+on|press(?:es|ed|ing)?|asks?|asked|asking)\s+(?:(?!(?:that|which|who|whether|how|what|why)\b)[\w'\u2019-]{1,20}\s+){1,5}?"
    rf"to\s+[a-z]{{2,20}}\s+(?:(?!(?:that|which|who|whether|how|what|why)\b)[\w'\u2019-]{{1,20}}\s+){{0,3}}?{_ASKED_AMOUNT}$",
    re.I,
)


# An ask denied: "we are not(, as claimed,) asking for 100 per cent".
_NOT_BEFORE = regex(r"\b(?:not|never|n['\u2019]t)(?:,\s{1,3}[^,;]{1,40},)?\s{1,3}\Z", re.I)


def _asked(before: str, fig: Figure) -> re.Match[str] | None:
    """The ask an amount is put forward in (see `_ASKED_BEFORE`), unless denied."""
    if fig.kind not in AMOUNTS:
        return None
    ask = _ASKED_BEFORE.search(before)
    return None if ask is None or _NOT_BEFORE.search(before, 0, ask.start()) else ask


def _changed_to_before(text: str, fig: Figure, figures: list[Figure]) -> bool:
    """Whether the figure before `fig`, of its kind and in its clause, is a
    level a change reached ("fell 6% to 4,870 offences in 2025, from ...")."""
    reached = next((f for f in reversed(figures) if f.end <= fig.start and f.kind == fig.kind), None)
    if reached is None or fig.start - reached.end > _TO_THEN_FROM_REACH or _SENTENCE_END.search(text, reached.end, fig.start):
        return False
    return _CHANGED_TO.search(text, max(0, reached.start - 60), reached.start) is not None


def _ends_in_cue_word(before: str) -> bool:
    """Whether `before` ends in a word that ends a change or earlier-level
    cue, then space: without it none of those patterns can match, and their
    searches (each tried at every position) are skipped."""
    stripped = before.rstrip()
    return len(stripped) < len(before) and _CUE_WORD_AT_END.search(stripped, len(stripped) - 6) is not None


# A change that reached a level: "fell 6% to", "rose to about", "was cut by £2m to".
_CHANGED_TO = regex(
    r"\b(?:rose|risen|rising|fell|fallen|falling|climbed|dropped|jumped|grew|grown|increased|decreased|went\s{1,3}(?:up|down)|cut|reduced|up|down)\b"
    r"(?:\s{1,3}[\w%\u00a3$\u20ac,.-]{1,20}){0,3}?\s{1,3}to\s{1,3}(?:about\s{1,3}|around\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3})?$",
    re.I,
)
# How far after the level reached its earlier level may stand: "to 4,870 offences in 2025, from".
_TO_THEN_FROM_REACH = 60
_BOUND_DENIED = {"up_to": "more_than", "at_least": "less_than"}
# "never held more than 100", "at no point fewer than 20": a bound said
# never to be passed (the figure reader has turned it over: at most 100).
_NEVER_BOUND = regex(r"\b(?:never|at\s{1,3}no\s{1,3}(?:point|time|stage))\b(?:\s{1,3}[\w'\u2019-]{1,20}){0,3}?\s{1,3}(?:more|fewer|less|higher|lower|greater)\s{1,3}than\s{1,3}$", re.I)


def _never_past(text: str, fig: Figure, stance: Stance) -> bool:
    """Whether the figure is a bound said never to be passed."""
    if stance is not Stance.ASSERTED or fig.qualifier not in ("up_to", "at_least") or "never" not in text and "t no " not in text:  # "never", "at no point", "At no point"
        return False
    return _NEVER_BOUND.search(text, max(0, fig.start - 120), fig.start) is not None
_NOT_A_BOUND = regex(r"\bnot\s{1,3}(?:(?:more|less|fewer)\s{1,3}than|over|under|above|below)\s{1,3}$", re.I)
# "... but 64", "... but only 12": what replaces a figure denied before it.
_BUT_BEFORE = regex(r"^(?:[^.;:!?]|[.:](?=\d)){0,60}?\bbut\s{1,3}(?:only\s{1,3}|just\s{1,3})?$")


def _replaced_after(text: str, fig: Figure, figures: list[Figure]) -> bool:
    """Whether a figure of the same kind follows `fig` after "but"."""
    later = next((f for f in figures if f.start >= fig.end), None)
    return later is not None and later.kind == fig.kind and _BUT_BEFORE.match(text[fig.end : later.start]) is not None


# A definite determiner or possessive: "the", "his" ... £45m fund names a thing already there.
_DEFINITE = frozenset("the its his her their our your my this that these those whose".split())
# Words that may follow a figure but are not a noun it modifies: "the £45m
# promised", "the £45m it was given", "the £45m of ...".
_NOT_A_NOUN_AFTER = regex(
    r"\s{1,40}(?:of|to|for|in|on|at|by|from|with|per|a|an|the|that|which|who|it|he|she|they|we|i|you|was|is|were|are|has|have|had|"
    # (A hyphen joining a noun is no break: "the 150-officer taskforce".)
    r"be|been|will|would|and|or|but|as|than|each|every|this|[a-z]{1,20}ed)\b|\s{0,40}(?!-[a-z])[^\s\w]",
    re.I,
)


def _after_definite(text: str, fig: Figure) -> bool:
    """Whether a definite determiner stands right before the figure ("the 150 officers")."""
    words = text[max(0, fig.start - 12) : fig.start].split()
    # (Not "that": "confirm that 71 homes were not flooded" opens a clause with it.)
    return bool(words) and words[-1].lower() in _DEFINITE - {"that", "this"}


def _presupposed(between: str, text: str, fig: Figure) -> bool:
    """Whether a negated clause takes its figure as given: "did not cut the
    £45m fund", "has not spent his £45m fund wisely" deny the cutting and
    the spending, not the £45m, which names a thing already there (a
    definite determiner after the verb, and a noun after the figure).
    "not the £4.5m some reported", "rather than the £250m" (no verb
    between the negation and the figure) deny the figure."""
    words = between.split()
    if len(words) < 2 or words[-1].lower() not in _DEFINITE:
        return False
    return _NOT_A_NOUN_AFTER.match(text, fig.end) is None and fig.end < len(text)


def _qualified_negation(word: str, fig: Figure, between: str = "") -> bool:
    """"not more than £5m" is a qualifier the figure parser has read; "not
    worth up to £7,500" denies the bound (a word of its own between)."""
    if word.lower() == "not" and fig.qualifier in {"up_to", "at_least"} and all(w.lower() in _BOUND_WORDS for w in between.split()):
        return True
    # "did not reach 500", "never topped 500": a level not reached or passed,
    # which the figure parser has read as a bound (fewer than, at most 500).
    said = between.lower().split()
    return word.lower() in ("not", "never", "n't", "n\u2019t") and fig.qualifier in {"up_to", "less_than"} and bool(said) and said[-1] in PASSED_OR_REACHED and all(w in _BEFORE_THE_NEGATED.split("|") for w in said[:-1])


_BOUND_WORDS = frozenset("more less fewer than over under above below up to at least most as many much no".split())
# The verbs the figure parser reads as a bound under a negation, and those
# it reads as "more than" unnegated, which a negation turns ("never topped").
PASSED_OR_REACHED = frozenset(BOUND_IF_NEGATED) | {"exceeded", "topped", "surpassed"}


# --- scope ---------------------------------------------------------------------------

# Between figures, these end one figure's clause and start the next's.
# A colon that opens a list of amounts each with what it went on ("Our
# income of £6.8m was used as follows: £5.7m on ..."), not one that says
# what a figure is (": 615 is the number of sweeps").
_SEPARATOR = regex(
    r";|,\s|\s(?:and|but|while|whereas|plus|against|compared\s+with|compared\s+to|versus)\s|\s?[\u2022\u00b7]\s"
    r"|:\s(?=[£$€]?\d[\d,.]*(?:\s?(?:million|billion|thousand|m|bn|k))?\s(?:on|for|to|in|into|from|at|towards)\s)"
    # ... and one that opens a clause of its own: "did not recover 1,000 knives
    # in its first year: City Hall's own figure is 910 knives between ...".
    r"|:\s(?=[A-Z][\w'\u2019]*\s[\w'\u2019]+\s)"
)
# Who said it: everything up to "said (that)" when the figure comes after.
_SAID = regex(
    # "members were told at a budget hearing that ...": told, and what was told follows.
    r"\b(?:was|were|been|being|is|are)\s+told\s+(?:[^,;.]{1,60}?\s+)?that\s+|"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"
    r"\b(?:told\s+[^,;.]{1,60}?\s+that\s+"
    # "said in a statement that", "reported in its final update that": where it was said.
    r"|(?:said|says|say|stated|explained|argued|noted)\s+(?:in|on|at|during)\s+[^,;.]{1,40}?\s+that\s+"
    # ("have added £300,000 to the fund", "£0.4m added to reserves" add money, not words.)
    r"|(?:said|says|say|told\s+[\w\s]{1,40}?|(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )added(?!\s+to\b)|insisted|stated|explained|argued|noted|pointed out)\s+(?:that\s+)?"
    r"|(?:claimed|confirmed|revealed|announced|warned|promised|pledged|welcomed the news|welcomed news|hailed the news|learned|heard|believes?|thinks?"
    # Reports and audits: "the chief internal auditor, Joanna Pike, found that ...".
    r"|found|finds|concluded|concludes|discovered|disclosed|showed|shows)\s+(?:(?:in|on|at|during)\s+[^,;.]{1,40}?\s+)?that\s+"
    # Minutes and reports: "Dev Kalsi reported that 471 homes ...".
    r"|(?:reported|reports|acknowledged|admitted|conceded|estimated|informed\s+[\w\s]{1,40}?)\s+(?:(?:in|on|at|during)\s+[^,;.]{1,40}?\s+)?that\s+"
    # The present tense of reporting, which features use: "campaigners point
    # out that the trust took £2.94m". Only before "that", where none of these
    # words can be a noun ("the notes that ...", "claims that ... are false"
    # are left alone: a noun, and a denial's own words).
    r"|(?:point|points)\s+out\s+that\s+|(?<!\bthe )(?:argue|argues|insist|insists|maintain|maintains|contend|contends|complain|complains|warn|warns|admit|admits|concede|concedes|accept|accepts|stress|stresses)\s+that\s+"
    # A participle after a comma says who said it as well: ", insisting that
    # six had opened", ", saying each could get up to £20,000". (Not ",
    # adding £300,000 to the fund": those without "that" only for "saying".)
    r"|(?<=,\s)(?:(?:saying|insisting|adding|arguing|claiming|noting|stressing|explaining|warning|pointing\s+out)\s+that\s+))",
    re.I,
)
# Words without which _SAID cannot match: a cheap test before the search.
_SAYING = regex(
    "said|say|told|added|insist|stated|explained|argue|noted|point|claimed|confirmed|maintain|contend|complain|warn|admit|concede|accept|stress"
    "|revealed|announced|warned|promised|pledged|welcomed|hailed|learned|heard|believe|think"
    "|report|acknowledged|admitted|conceded|estimated|informed|found|finds|conclude|discovered|disclosed|show"
    "|adding|arguing|claiming|noting"
)
_ACCORDING = regex(r"\baccording to [^,;]{1,80}(?:,\s*|$)", re.I)
_ACCORDING_TAIL = regex(r",\s*according to\b[^;]{0,300}$", re.I)
# "..., he said." / "..., a spokesperson said." after the figure.
_SAYING_TAIL = regex(r"said|say|added|told|claimed|insist|argu|warn|confirmed|admit|conced|acknowledg|show|suggest|reveal")  # what _SAID_TAIL needs first
_SAID_TAIL = regex(
    # (The present tense too, which features use: "..., its operator insists.")
    r",?\s{0,3}[\"”’']?\s{0,3}(?:both\s{1,3})?(?:[\w.'’-]{1,30}\s{1,3}){0,5}(?P<verb>said|says|say|added(?!\s{1,3}to\b)|claimed|insist(?:s|ed)|argu(?:es|ed)|warn(?:s|ed)|confirmed"
    r"|admit(?:s|ted)|conced(?:es|ed)|acknowledg(?:es|ed)|told\s+[\w\s]{1,40}"
    # ", City Hall figures show.": the source of the figures, like a sayer.
    r"|(?:figures|statistics|data|numbers)\s+(?:show|shows|showed|suggest|suggests|reveal|reveals|revealed))\b[^.;]{0,120}[.!?\"\u201d\u2019']*\s*$",
    re.I,
)
# A lead before the main clause that sets the scene: "Speaking at the
# launch on Thursday, ...", "In a statement, ...", "Asked about it, ...".
_SCENE = regex(
    # "During ..." and "Including ..." are prepositions: what they name is the figure's.
    # "Spending on ... doubled, from £2.5m ...": a noun in -ing is the clause's subject.
    r"^\s*(?:(?!During\b|Including\b|Excluding\b|(?:Spending|Funding|Housing|Training|Parking|Building|Borrowing|Lending|Staffing|Policing|Offending|Reoffending|Flooding|Lighting|Planning|Shoplifting|Stabbings?|Shootings?|Takings|Earnings|Savings|Bookings|Waiting|Schooling|Gambling|Smoking|Drinking|Landscaping|Fundraising|Ticketing)\b)[A-Z][a-z]+ing\b|In\s+(?:a|an|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:statement|interview|speech|letter|press release|report|paper|briefing|bulletin|update|memo|newsletter|blog|podcast|broadcast|post|tweet|video|reply|response|answer|evidence|remarks|column|article|submission|broadside|attack|swipe|rebuke|address|appearance)\b"
    r"|(?:Days|Weeks|Hours|Months|A day|A week|A month|Moments|Shortly|Soon)\s+(?:after|before)\b"
    # "Modelled on Glasgow's approach, ...": the model, not who acts.
    r"|Asked\b|Though\b|Although\b|While\b|Whilst\b|Contrary to\b|Despite\b|Modell?ed\s+on\b|Inspired\s+by\b|Based\s+on\b)[^,;]{0,200},"
    # ... and a participle phrase hung on it: "In his reply to the petition, sent to X weeks later, ..."
    r"(?:\s(?:sent|written|given|made|delivered|published|issued)\b[^,;]{0,200},)?\s*"
)
_DASH_MARK = regex(r"\s[-\u2013\u2014]\s")  # what _TRAILING_DASH needs first
# A spaced dash after the figure with no closing dash: a comment to the end.
_TRAILING_DASH = regex(r"\s[-\u2013\u2014]\s(?!.*\s[-\u2013\u2014]\s)(?=\D*$)")
# ... unless a dash opened an aside after the figure, which this one closes.
_ASIDE_DASH = regex(r"\s[\u2013\u2014]\s")
# A reaction trailing the figure's clause.
_REACTION = regex(
    r"(?:,|;|\s-|\s–|\s—)\s{0,20}(?:though|although|but|yet|while|with critics|critics|opponents|campaigners)\b"
    # "..., and challenged the government to match it": what the sayer did next.
    # "... as Khan warns the cost of living could undo progress": what else was said then.
    r"|,?\s{1,20}as\s{1,20}(?:[\w'\u2019]{1,20}\s{1,20}){1,3}?(?:warns|warned|says|said|admits|admitted|insists|insisted|urges|urged|prepares|prepared|faces|faced)\b"
    r"|,?\s{1,20}and\s{1,20}(?:challenged|urged|called on|accused|attacked|criticised|criticized|demanded|dared|invited)\b",
    re.I,
)
_REACTION_MARK = regex(r"[,;\-–—]|\b(?:and|as)\b")  # what _REACTION needs first


# How far from its figure a scope reaches: what a figure is about is said
# near it, and a bound keeps a hostile megabyte-long sentence linear.
REACH = 600


# A clause of its own about another moment, set off by a comma: ", some
# months after his strategy came out", ", a week before the Mayor replied".
# It needs a verb ("came", "replied"), so ", after its launch in April 2018"
# stays the figure's own time.
_OTHER_MOMENT = regex(
    r",\s(?:(?:some|a few|several|a|an|one|two|three|four|six|just|only)\s(?:\w+\s)?(?:days?|weeks?|months?|years?)\s)?"
    r"(?:after|before|when|whereas|until)\s(?:[\w'’-]+\s){0,5}?"
    r"(?:\w{3,}ed|came|went|was|were|began|took|made|gave|said|wrote|set|met|won|lost|rose|fell|grew|had|got)\b"
)


def scope_of(text: str, fig: Figure, figures: list[Figure]) -> tuple[int, int]:
    """The span of `text` whose words speak of `fig`."""
    return _trimmed(text, fig, _clause_bounds(text, fig, figures))


def _trimmed(text: str, fig: Figure, clause: tuple[int, int]) -> tuple[int, int]:
    """The span of `clause` near `fig`, on the figure's side of a clause about
    another moment, less the attribution before it and the reaction after it."""
    lo, hi = max(clause[0], fig.start - REACH), min(clause[1], fig.end + REACH)
    lo, hi = _moment_bounds(text, fig, lo, hi)
    if fig.kind == "date" and (";" in text[lo : fig.start] or " and " in text[lo : fig.start]):
        # "The strategy was published in June 2017; in June 2018 he convened
        # ...": a date that opens a clause of its own belongs to that clause.
        opened = [m.end() for m in _DATE_CLAUSE_OPENS.finditer(text, lo, fig.start) if _DATE_HEAD.fullmatch(text, m.end(), fig.start)]
        lo = max([lo, *opened])
    if "that" in text[lo : fig.start]:
        # "recalling that a leaked Home Office memo had ... and that more than
        # 50 people have been killed": a second thing said, with its own subject.
        # Not when that clause names nothing by itself: "..., and that a
        # further £835,000 was committed" goes on with the first one's subject.
        second = max([lo, *(m.end() for m in _AND_THAT.finditer(text, lo, fig.start))])
        if len(_CONTENT_WORD.findall(text, second, hi)) >= MIN_CLAUSE_WORDS:
            lo = second
    if fig.kind in AMOUNTS and "which" in text[lo : fig.start]:
        lo = _relative_clause_head(text, lo, fig)
    return _after_attribution(text, lo, fig.start), _before_its_own_clause_ends(text, fig, _before_reaction(text, fig.end, hi))


def _relative_clause_head(text: str, lo: int, fig: Figure) -> int:
    """Where the noun a relative clause holding `fig` describes starts
    ("The grant also covers *the Safe Line's overnight shifts*, which cost
    £64,000 a year": the cost is the shifts', not the grant's); `lo` when
    the figure is in no such clause, the noun has no article to start at,
    runs long or holds a clause or figure of its own, or a name stands in
    the clause before it."""
    opened = [m for m in _RELATIVE_OPENS.finditer(text, lo, fig.start) if not _COMMA_OR_SEMICOLON.search(text, m.end(), fig.start)]
    if not opened:
        return lo
    articles = list(_ARTICLE.finditer(text, lo, opened[-1].start()))
    k = len(articles) - 1
    while k > 0 and _OF_BEFORE.search(text, articles[k - 1].end(), articles[k].start()):
        # "the cost of the new lights": the noun is the cost, of the lights.
        k -= 1
    noun = text[articles[k].start() : opened[-1].start()] if k >= 0 else ""
    if not noun or len(noun.split()) > _NOUN_WORDS or _NOT_ONE_NOUN.search(noun):
        return lo
    if _A_NAME.search(text, lo, articles[k].start()):
        # "Manchester's grant also covers the overnight shifts, which ...":
        # a name in the clause before is where, or whose, the whole is; the
        # noun described shares it, so the clause is read whole.
        return lo
    return articles[k].start()


# A capitalised word that is no capitalised function word: a name.
_A_NAME = regex(r"\b(?!(?:The|A|An|This|These|Those|Its|Their|His|Her|Our|It|They|We|He|She|But|And|In|On|At|By|For|From|With)\b)[A-Z]")
# ", which cost": a relative clause opened after a noun.
_RELATIVE_OPENS = regex(r",\s{1,3}which\s")
_ARTICLE = regex(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s", re.I)
# "the cost *of* the new lights", "the petition *to bring back* the buses",
# "schemes *run by* the force": an article that "of", an infinitive or an
# agent's "by" ties to the noun before. (Not other prepositions, which as
# often follow a verb: "paid *for* the repair".)
_OF_BEFORE = regex(r"\s(?:of|[a-z]{2,20}\sby|to(?:\s[a-z]{2,20}){1,2})\s$")
# What one noun does not hold: a figure or a clause of its own ("the joint
# bid that the council submitted in June 2024, which sought £3.6m").
_NOT_ONE_NOUN = regex(r"\d|\b(?:that|who|whom|where|when)\b", re.I)
# The most words read as one described noun: "the ten new rapid response
# cars" is six. Longer runs are a judgement call, not measured; past eight
# words the article more likely starts some other phrase, so the clause is kept whole.
_NOUN_WORDS = 8


def _before_its_own_clause_ends(text: str, fig: Figure, hi: int) -> int:
    """Where the figure's own clause ends before `hi`: at a second thing
    said (", and that a temporary footbridge had opened ..."), or before a
    part of it ("£600,000 unspent, most of it earmarked for ...")."""
    tail = text[fig.end : hi]
    if "that" in tail:
        for m in _AND_THAT.finditer(text, fig.end, hi):
            if len(_CONTENT_WORD.findall(text, m.end(), hi)) >= MIN_CLAUSE_WORDS:
                return len(text[: m.start()].rstrip(" ,"))
    part = _A_PART_OF_IT.search(tail) if " of " in tail else None
    if part is not None:
        hi = fig.end + part.start()
    return hi


# ", most of it earmarked for ...": a part of the amount, described after it.
_A_PART_OF_IT = regex(r",\s{1,3}(?:most|much|some|part|half|little|the\s{1,3}bulk|the\s{1,3}rest|a\s{1,3}(?:third|quarter|fifth))\s{1,3}of\s{1,3}(?:it|them|which|that)\b", re.I)


_DATE_CLAUSE_OPENS = regex(r";\s{0,3}|,?\s{1,3}and\s{1,3}(?:then\s{1,3})?")
# Only a preposition (and "early", "late") between the clause's start and its date.
_DATE_HEAD = regex(r"(?:in|on|by|at|from)\s{1,3}(?:(?:early|late|mid-?)\s{0,3})?", re.I)
_AND_THAT = regex(r"\b(?:and|but)\s{1,3}that\s{1,3}(?=[\w\"'\u201c\u2018])", re.I)


# A participle opening a clause set off by a comma ("paid for with",
# "funded by", "backed by"): it describes the noun just before the comma.
_PARTICIPLE_LEAD = regex(r"(?:paid|funded|financed|backed|bankrolled|given|granted|awarded|supported|run|staffed|made up)\s(?:for\s|by\s|with\s|up\s)", re.I)


def _moment_bounds(text: str, fig: Figure, lo: int, hi: int) -> tuple[int, int]:
    """Within [lo, hi), the figure's side of a clause about another moment:
    before it, or the clause itself when the figure is inside it."""
    if "," not in text[lo:hi]:
        return lo, hi
    for m in _OTHER_MOMENT.finditer(text, lo, hi):
        if m.start() >= fig.end:
            return lo, m.start()
        end = _COMMA_OR_SEMICOLON.search(text, m.end(), hi)
        if fig.start >= m.start() and (end is None or fig.end <= end.start()):
            return m.start() + 1, end.start() if end else hi
    return lo, hi



# Figures that can each have a subject of their own; a date or a duration
# beside them says when or how long, and stays in their clause.
AMOUNTS = frozenset({"money", "count", "percent", "fraction", "proportion"})


def _separators(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The separators inside text[lo:hi]; a colon's look at the amount after it may reach past `hi`."""
    return [m for m in _SEPARATOR.finditer(text, lo, min(len(text), hi + 40)) if m.end() <= hi]


# Where a clause with a subject of its own starts: after a semicolon, or "but", "whereas", "while".
_CLAUSE_OPENS = regex(r";\s|,?\s(?:but|whereas|while)\s")


def conjoined_scope(text: str, fig: Figure, figures: list[Figure]) -> str | None:
    """The words of the clause an amount shares with the amount before it,
    where that one opened a clause of its own with a conjunction ("..., and
    24 new ambulances arrived during the year at a cost of £3.9m"); None
    where no such clause holds it. The amount's own clause reaches back
    to the sentence's start: nothing separates it from the amount before."""
    amounts = [f for f in figures if f.kind in AMOUNTS]
    i = next((k for k, f in enumerate(amounts) if f.start == fig.start), None)
    if not i:
        return None
    lo, hi = _clause_bounds(text, fig, figures)
    before = _clause_bounds(text, amounts[i - 1], figures)[0]
    if before <= lo or not _OPENED_BY_A_CONJUNCTION.search(text[max(0, before - 12) : before] + "|" + text[before : before + 9]):
        return None
    return _cut(text, before, hi, [(f.start, f.end) for f in figures if before <= f.start and f.end <= hi])


# The conjunction that opens a clause, read on the words around the clause's
# start joined at "|": "..., and|24 new ambulances", "...;|while 40 ...".
_OPENED_BY_A_CONJUNCTION = regex(r"(?:[,;]\s{1,3}|\s[\u2014\u2013-]\s{1,3})(?:(?:and|but|while|whereas)\s\|$|\|(?:and|but|while|whereas)\s)")


def _clause_bounds(text: str, fig: Figure, figures: list[Figure]) -> tuple[int, int]:
    """For a sentence of several amounts, the stretch between the separators
    that lie between this figure and its neighbouring amounts."""
    lo, hi = 0, len(text)
    if fig.kind == "date":
        return _date_clause_bounds(text, fig, figures)
    if fig.kind not in AMOUNTS:
        return lo, hi
    amounts = [f for f in figures if f.kind in AMOUNTS]
    i = next((k for k, f in enumerate(amounts) if f.start == fig.start), None)
    if i is None:
        return lo, hi
    if i > 0:
        seps = _separators(text, amounts[i - 1].end, fig.start)
        if seps:
            lo = seps[-1].end()
            if seps[-1].group().startswith(",") and _PARTICIPLE_LEAD.match(text, lo):
                # "A 150-officer taskforce, paid for with £15m a year, ...":
                # the participle's subject is the noun before the comma.
                before = _separators(text, amounts[i - 2].end if i > 1 else 0, amounts[i - 1].start)
                lo = before[-1].end() if before else 0
            elif seps[-1].group().startswith(",") and _FROM_LEAD.match(text, lo):
                # "Penalties climbed to 87 in 2024/25, worth £412,500, from 52
                # a year earlier": an earlier level after a comma has no
                # subject of its own; it shares the clause of the level it
                # went to, whatever aside stands between them.
                went_to = next((f for f in reversed(amounts[:i]) if _WENT_TO.search(text, max(0, f.start - 40), f.start)), None)
                if went_to is not None:
                    lo = _clause_bounds(text, went_to, figures)[0]
        else:
            # "... a £250,000 seed fund; since then £1.4m has been allocated
            # to 43 projects": in the clause of the amount before it, which
            # a semicolon ends. (After a comma, an amount's clause may have
            # no subject of its own: "..., a quarter of its £14.7m budget".)
            lo = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, amounts[i - 1].start)), default=0)
    relative = lo > 0 and _RELATIVE_LEAD.match(text, lo) is not None and text[:lo].rstrip().endswith(",")
    if relative:
        # "split between the county council, which provides £2.5m, and the
        # health board, which ...": who has the amount is the noun the
        # relative clause hangs on, and the clause ends at its own comma.
        antecedent = _ANTECEDENT.search(text, max(0, lo - 120), text.rindex(",", 0, lo))
        lo = antecedent.start(1) if antecedent is not None else lo
    # The same cut as the next amount's: the last separator between them
    # ("in November and December, taking more than 350 ..."). An amount
    # inside this one's words ("a new £5m for 2,500 summer activities and
    # the £5.6m Rescue and Response scheme") is passed over for the next.
    listed = _noun_list_end(text, fig)
    for later in amounts[i + 1 :]:
        # "61 artists, community groups and small arts organisations will
        # share £412,000": the commas and "and" of the count's own list of
        # nouns are no cut between it and the amount after.
        seps = [m for m in _separators(text, fig.end, later.start) if m.start() >= listed]
        if seps:
            hi = seps[0 if relative else -1].start()
            break
    return lo, hi


# Where a clause with a subject of its own opens: "; the ...", ", and the
# ...", ", while it ...". (Not one that goes on with the last one's subject,
# ", but in 2016", ", and launched in March".)
_DATE_CLAUSE_CUT = regex(r"(?:;|,\s(?:and|but|while|whereas))\s(?=(?:the|a|an|its|his|her|their|this|these|those|it|he|she|they|we)\s|[A-Z])")


def _date_clause_bounds(text: str, fig: Figure, figures: list[Figure]) -> tuple[int, int]:
    """For a sentence of several dates, the clause of this one: "Phase 2
    began in April 2024, and the Route 12 late bus followed in June 2024"
    gives each date its own event. (Not a bare "and": "was announced in
    February and launched in March" shares its subject.)"""
    dates = [f for f in figures if f.kind == "date"]
    i = next((k for k, f in enumerate(dates) if f.start == fig.start), None)
    if i is None or len(dates) < 2:
        return 0, len(text)
    before = list(_DATE_CLAUSE_CUT.finditer(text, dates[i - 1].end, fig.start)) if i > 0 else []
    after = _DATE_CLAUSE_CUT.search(text, fig.end, dates[i + 1].start) if i + 1 < len(dates) else None
    return (before[-1].end() if before else 0), (after.start() if after else len(text))


# A relative clause opened after a comma: ", which provides £2.5m".
_RELATIVE_LEAD = regex(r"(?:which|who)\s")
# The noun it hangs on: the words after the last preposition or separator
# before its comma ("between *the county council*").
_ANTECEDENT = regex(r"(?:^|[;,:]\s|\s(?:between|to|for|with|by|from|and|of|at|in)\s)((?:the\s|a\s|an\s|its\s|their\s)?[\w'\u2019-]+(?:\s[\w'\u2019-]+){0,4})$")


# An earlier level opening a clause: ", from 52", ", up from 52", ", down from 52".
_FROM_LEAD = regex(r"(?:up\s|down\s)?from\s(?:some\s|about\s|around\s|nearly\s|almost\s)?(?=[£$€]?\d)", re.I)
# The level it went to: "climbed to 87", "fell to £3.1m", "has risen to 412".
_WENT_TO = regex(r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|grew|grown|increased|jumped|soared|fell|fallen|falling|falls|dropped|declined|slipped|shrank|went\s(?:up|down)|gone\s(?:up|down)|up|down)\s(?:\w+\s){0,2}?to\s(?:some\s|about\s|around\s|nearly\s|almost\s)?$", re.I)


def _noun_list_end(text: str, fig: Figure) -> int:
    """Where the list of nouns a count opens ends ("61 artists, community
    groups and small arts organisations"), past its last "and"; the count's
    end when no such list follows it."""
    if fig.kind != "count":
        return fig.end
    found = _NOUN_LIST.match(text, fig.end)
    if found is None or any(w.lower() in _NOT_A_NOUN for w in found.group().replace(",", " ").split()):
        return fig.end
    return found.end()


# A count's list of nouns: its noun, then ", more nouns" at least once, then "and".
# (Each word ends at a space or comma, so a word cannot be split two ways: an
# optional space between words let "a, aaaa..., aaaa..." backtrack without end.)
_NOUN_LIST = regex(r"(?:\s[a-z][\w'\u2019-]*){1,4}(?:,\s[a-z][\w'\u2019-]*(?:\s[a-z][\w'\u2019-]*){0,3})+,?\s(?:and|or)\s")
_NOT_A_NOUN = frozenset("is are was were will would has have had can could may might shall should must be been to who which that".split())


# "made 900 arrests and took 350 weapons off the streets during Operation
# Winter Nights": a closing "during ..." serves every amount joined by "and".
_SHARED_TAIL = regex(r"\b(?:during|throughout|as part of)\b[^,;.]{1,120}")


def _shared_tail(text: str, fig: Figure, figures: list[Figure], hi: int) -> str:
    if fig.kind not in AMOUNTS or hi >= len(text):
        return ""  # the clause runs to the sentence's end: no tail to share
    amounts = [f for f in figures if f.kind in AMOUNTS]
    if len(amounts) < 2 or fig is amounts[-1]:
        return ""
    if not re.match(r"\s(?:and|plus)\s", text[hi : hi + 6]):
        return ""  # the next amount's clause is not joined to this one by "and"
    tail = _SHARED_TAIL.search(text, amounts[-1].end, min(len(text), amounts[-1].end + 200))
    return tail.group() if tail else ""


# Between two amounts that share the noun after the second: " and ", " or ".
_PAIR_JOIN = regex(r"\s{1,3}(?:and|or)\s{1,3}")
# The noun phrase after the pair's second amount, to the clause's end.
_PAIR_NOUN = regex(r"\s{1,3}([a-z][\w'\u2019-]*(?:\s{1,3}[a-z][\w'\u2019-]*){0,5})")


def _noun_of_the_pair(text: str, fig: Figure, figures: list[Figure], hi: int) -> str:
    """The words after the second of two amounts of one kind joined right
    after this one ("68 and 81 banning notices"), where this one's clause
    ends at it with no noun of its own; else ""."""
    if fig.kind not in AMOUNTS or text[fig.end : hi].strip():
        return ""
    join = _PAIR_JOIN.match(text, fig.end)
    second = next((f for f in figures if join is not None and f.start == join.end()), None)
    if second is None or second.kind != fig.kind:
        return ""
    noun = _PAIR_NOUN.match(text, second.end)
    return noun.group(1) if noun is not None else ""


def _fuller_scope(text: str, fig: Figure, figures: list[Figure], scope: str, wide: str) -> str:
    """A clause too short to name anything ("and £12,000 to the summer
    camp") is read with what the sentence says before its first amount ("The
    trust gave"), as the verb and subject it shares; failing that, with the
    whole sentence."""
    amounts = [f for f in figures if f.kind in AMOUNTS]
    if fig.kind in AMOUNTS and amounts and amounts[0] is not fig:
        shared = _with_head(text, figures, scope)
        if len(_CONTENT_WORD.findall(shared)) >= MIN_CLAUSE_WORDS:
            return shared
    return wide


def _with_head(text: str, figures: list[Figure], scope: str, first: Figure | None = None) -> str:
    """`scope` after what the sentence says before its first amount, or
    before `first` (less any attribution): the subject and verb a later
    clause shares; "" when the sentence opens with that amount."""
    first = first or next((f for f in figures if f.kind in AMOUNTS), None)
    if first is None:
        return ""
    head = text[max(0, first.start - REACH) : first.start]
    head = " ".join(head[_after_attribution(head, 0, len(head)) :].split())
    return f"{head} {scope}".strip() if head else ""


# A clause that opens with a participle after a comma (", seizing 153
# knives"), not with a total it brings a sum to, nor a list's "including".
# The stem is bounded (the longest English participles run to ~20 letters):
# unbounded, a run of letters made each match try every split, 151 s per MB.
_PARTICIPLE_OPENING = regex(r"\s{0,3}(?!(?:including|according|during|bringing|taking\s+(?:the|its|their)\s+(?:total|tally|overall))\b)[a-z]{2,24}ing\s")


# A relative clause's opening, after a comma, with no other clause before
# the figure: ", which were opened". (Not one naming a thing of its own
# before the figure: ", which look small beside the £110m he says ...".)
_RELATIVE_AFTER_AN_AMOUNT = regex(r",\s{1,3}(?:which|who)\s(?:(?!(?:the|a|an|its|their|his|her|this|that|these|those)\s)[\w'\u2019-]{1,20}\s{1,3}){0,6}$", re.I)


def _refers_to_an_amount(text: str, figures: list[Figure], comma: int) -> bool:
    """Whether the words before a relative clause's comma are an amount's
    own noun phrase ("95 public kits of its own, which ..."), naming nothing
    else: not "600 homes for the Homes for Ossenmere programme, which ...",
    whose "which" is the programme."""
    before = [f for f in figures if f.kind in AMOUNTS and f.end <= comma]
    return bool(before) and comma - before[-1].end <= 60 and not CAPITALISED_WORD.search(text, before[-1].end, comma)


# A capitalised word, a name's or a sentence's first: "Stellingfold", "The".
CAPITALISED_WORD = regex(r"\b[A-Z][\w'\u2019-]*")


def _opens_participle(text: str, lo: int) -> bool:
    """Whether the clause at `lo` opens with a participle after a comma."""
    return lo > 0 and text[:lo].rstrip().endswith(",") and _PARTICIPLE_OPENING.match(text, lo) is not None


# "was called out 31 times in 2023 but only nine times this year": a clause
# of a conjunction and a figure, said in the words of the amount before it,
# has that amount's subject and verb.
_ELLIPSIS_LEAD = regex(r"(?:\bbut|\byet|\band|\bwhile|\bwhereas)\s{1,3}(?:(?:only|just|then|now|barely|a\s{1,3}mere)\s{1,3})?$", re.I)
_ELLIPSIS_TAIL = regex(r"\s{0,3}(?:[,.;]|$|(?:in|this|last|that|per|each|every|over|during|by|a|an|the|so\s+far)\b)", re.I)


def _restated_noun(text: str, fig: Figure, figures: list[Figure]) -> str:
    """The noun of the amount an appositive restates, as a rate ("624
    referrals in 2024-25, about 12 a week": "referrals") or in other units,
    else ""."""
    rate = _RATE_NEXT.match(text, fig.end) is not None and _APPOSITIVE_BEFORE.search(text, max(0, fig.start - 24), fig.start) is not None
    # ... or says it in other units: "11 youth workers, equal to 9.4 full-time posts".
    if fig.kind not in AMOUNTS or not (rate or _EQUAL_TO_BEFORE.search(text, max(0, fig.start - 32), fig.start)):
        return ""
    before = [f for f in figures if f.kind == fig.kind and f.end <= fig.start]
    if not before or fig.start - before[-1].end > 60:
        return ""
    noun = _NOUN_NEXT.match(text, before[-1].end, fig.start)
    return noun.group(1) if noun else ""


# A rate right after an amount: "12 a week", "£2m per month". (The
# checker's test of what money is paid for reads past it too.)
RATE_NEXT = r"\s{1,3}(?:a|an|per|each|every)\s{1,3}(?:day|week|fortnight|month|quarter|year)\b"
_RATE_NEXT = regex(RATE_NEXT, re.I)
# What an appositive restating the amount before it opens with: ", about", ", or".
_APPOSITIVE_BEFORE = regex(r",\s{1,3}(?:about\s{1,3}|around\s{1,3}|roughly\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3}|or\s{1,3}|an\s{1,3}average\s{1,3}of\s{1,3}|averaging\s{1,3})?$", re.I)
# An appositive saying the amount before it in other units: ", equal to 9.4 full-time posts".
_EQUAL_TO_BEFORE = regex(r",\s{1,3}(?:equal|equivalent)\s{1,3}to\s{1,3}(?:about\s{1,3}|around\s{1,3}|roughly\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3})?$", re.I)
# The plural noun right after an amount, up to a preposition or punctuation:
# "624 *referrals* in", "3,420 *people* in" (the plurals without an "s" too).
_NOUN_NEXT = regex(r"\s{1,3}((?:[a-z][\w-]{1,30}\s{1,3}){0,2}(?:[a-z][\w-]{1,30}s|people|children|men|women|staff))\b(?=[^,;]{0,40},)")


def _elided_from(text: str, fig: Figure, figures: list[Figure], lo: int) -> Figure | None:
    """The amount whose subject and verb an elliptical clause at `lo` shares, if it is one."""
    before = [f for f in figures if f.kind in AMOUNTS and f.end <= lo]
    if not before or fig.kind not in AMOUNTS or not _ELLIPSIS_LEAD.search(text, max(0, lo - 20), fig.start):
        return None
    prev = before[-1]
    seps = _separators(text, 0, prev.start)
    if not _CONTENT_WORD.search(text, seps[-1].end() if seps else 0, prev.start):
        return None  # "1,380 in Kestlow and 986 in Harnby Quay": list items, with no verb of their own to share
    # The same noun after both ("31 times ... nine times"), or none after this one ("... but only 40 this year").
    noun_after = re.match(r"\s{0,3}([a-z]+)", text[fig.end : fig.end + 30])
    prev_noun = re.match(r"\s{0,3}([a-z]+)", text[prev.end : prev.end + 30])
    same_noun = noun_after and prev_noun and noun_after.group(1) == prev_noun.group(1)
    return prev if same_noun or _ELLIPSIS_TAIL.match(text, fig.end) else None


def _whole_it_is_part_of(text: str, fig: Figure, figures: list[Figure], lo: int) -> Figure | None:
    """The amount before this clause that "four of those" (them, these) is a
    part of: what the clause counts, and who did it, are that amount's."""
    if fig.kind not in AMOUNTS or not PART_OF_THOSE.match(text, fig.end) or not _JOINED_CLAUSE.match(text, lo):
        return None  # (", 402 of them families": an aside, read as other short clauses are)
    return whole_of_the_part(text, figures, lo, AMOUNTS)


# A part's noun alone after "of them", set off by commas: ", 61 of them emergencies,".
# (Not a place or time set by a preposition: ", 12 of them in Oxhey" says where, read as other short clauses are.)
_PART_S_NOUN_ALONE = regex(
    r"\s{1,3}((?!(?:in|at|on|for|from|to|by|with|across|over|during|after|before|since|within)\b)[a-z][\w'\u2019-]*(?:\s{1,3}[a-z][\w'\u2019-]*){0,3})\s{0,3}(?=[,.;:)]|$)"
)


def _part_set_aside(text: str, fig: Figure, figures: list[Figure]) -> str:
    """For an aside that names a part of the amount before it by a noun
    alone ("help points took 351 calls, 61 of them emergencies, with ..."),
    the whole's words and the part's noun ("help points took calls
    emergencies"); "" otherwise."""
    of_them = PART_OF_THOSE.match(text, fig.end) if fig.kind in AMOUNTS else None
    part = _PART_S_NOUN_ALONE.match(text, of_them.end()) if of_them is not None else None
    if part is None or not text[: fig.start].rstrip().endswith(","):
        return ""
    whole = whole_of_the_part(text, figures, fig.start, AMOUNTS)
    if whole is None:
        return ""
    return f"{_words_between(text, figures, scope_of(text, whole, figures))} {part.group(1)}"


def whole_of_the_part(text: str, figures: list[Figure], before: int, kinds: frozenset[str]) -> Figure | None:
    """The amount (of `kinds`) before `before` that a later "of them" refers
    to: the nearest not inside a prepositional phrase ("tested 3,912
    blankets at 61 events, and 628 of them ...": the blankets, not the events)."""
    earlier = [f for f in figures if f.kind in kinds and f.end <= before]
    # Nor an amount compared ("188 fewer than", "than the 1,472 of 2024").
    uncompared = [f for f in earlier if not _COMPARISON_AROUND.search(text, max(0, f.start - 12), min(len(text), f.end + 16))]
    unbound = [f for f in uncompared if not _AFTER_A_PREPOSITION.search(text, max(0, f.start - 12), f.start)]
    if unbound:
        return unbound[-1]
    # "puts incidents at 1,284 last year, 188 fewer than the 1,472 of 2024,
    # with 312 of them ...": where the others are compared, the one left,
    # though "at" stands before it.
    return uncompared[-1] if uncompared and len(uncompared) < len(earlier) else None


# An amount compared with another: "188 fewer than", "than the 1,472".
_COMPARISON_AROUND = regex(r"\bthan\s{1,3}(?:the\s{1,3})?[£$€]?\d|\d[\d,.%]{0,15}\s{1,3}(?:fewer|more|less|higher|lower)\s{1,3}than\b", re.I)
# A preposition right before an amount: "at 61 events", "on six occasions".
_AFTER_A_PREPOSITION = regex(r"\b(?:at|in|on|across|over|from|for|by|to|into|with|among)\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3})?$", re.I)
# A clause joined to the one before: "..., and that four of those were in Saltings".
_JOINED_CLAUSE = regex(r"\s{0,3}(?:and|but|with)\s{1,3}(?:that\s{1,3})?", re.I)
# "four of those were in Saltings", "12 of them went to ...": a part of an amount before it.
PART_OF_THOSE = regex(r"\s{1,3}of\s{1,3}(?:them|those|these)\b", re.I)
_CONTENT_WORD = regex(r"[^\W\d_]{4,}|\b[A-Z]{2,3}\b")
_THEIR = regex(r"\b(?:his|her|their|its)\b", re.I)
# Words of four letters or more that name nothing, and verb forms.
_SMALL_WORDS = frozenset("with from into onto that this these those have been were will would could should which their there about than them they what when".split())
_VERB_FORM = regex(r"(?:ed|ing)$")
# A clause with fewer words than this of four letters or more ("New £5m
# investment", "an investment of £3m") names nothing by itself: its subject
# is in the sentence around it.
MIN_CLAUSE_WORDS = 3


def _after_attribution(text: str, lo: int, fig_start: int) -> int:
    head = text[lo:fig_start]
    scene = _SCENE.match(head)
    if scene:
        lo += scene.end()
        head = text[lo:fig_start]
    cut = 0
    low = head.lower()
    if _SAYING.search(low):
        for m in _SAID.finditer(head):
            cut = m.end()
    for m in _ACCORDING.finditer(head) if "according" in low else ():
        # "According to City Hall, the Mayor has granted £7m": the source,
        # not the subject. A figure inside the phrase keeps it.
        if m.end() > cut:
            cut = m.end()
    return lo + cut


# An aside between commas or dashes that does not hold the figure (not
# brackets: they hold names and acronyms, "(Plenary)", "(VRU)"):
# "the fund, which he called a lifeline for families, would reach ...".
_ASIDE_MARK = regex(r"[,\u2014\u2013]")  # what _ASIDE needs first
_ASIDE = regex(
    r",\s(?:which|who|whom|whose|where|described|dubbed|once|widely)\b[^,;()]{1,200}(?:,|\.?\s*$)"
    r"|\s[\u2014\u2013]\s[^\u2014\u2013]{1,200}\s[\u2014\u2013]\s"
    # ", first set up in the June 2017 strategy,": when the thing began, not what the figure measures.
    r"|,\s(?:first\s|originally\s|recently\s|newly\s)?(?:set up|launched|created|founded|established|unveiled|introduced|based|chaired|led|built|completed|finished|opened|constructed|installed)\b[^,;()]{1,200},"
    # ", released as ministers faced fresh questions,": the moment, not the measure.
    r"|,\s(?:[a-z]+\s)?as\s(?!well\b)[^,;()]{1,150},"
    # ", City Hall said," / ", a spokesman added,": who said it, mid-sentence.
    r"|,\s(?:[\w'\u2019.-]{1,30}\s){1,4}(?:said|says|added|insisted|claimed|argued|confirmed|told(?:\s[\w'\u2019.-]{1,30}){1,3}),"
    # ", reference ES/FCRM/0412,", ", ref. 24/0873,": a document's reference, not what the figure measures.
    r"|,\s(?:our\s|its\s|their\s|the\s)?(?:ref(?:erence)?\.?|reference\s(?:number|no\.?))\s[^,;()\s]{1,40},"
    # ", a figure the mayor often contrasts with cuts": a remark on the figure, not what it measures.
    r"|,\s(?:a|an)\s(?:figure|sum|number|amount|tally)\b[^,;()]{1,200}(?:,|\.?\s*$)"
    # ", the worst toll in a decade": how the figure ranks, over a stretch of its own.
    r"|,\s(?:the|its|their)\s(?:[a-z'\u2019]+\s)?(?:highest|lowest|worst|best|biggest|largest|smallest|most|fewest|least|greatest|deadliest)\b[^,;()]{1,200}(?:,|\.?\s*$)"
)


_PHRASE_BREAK = regex(r"(?<!\d),|,(?!\d{3}\b)|[;:()\u2022\u2014\u2013]|\s-\s")  # not the comma of "8,000"


def _phrase(text: str, fig: Figure, figures: list[Figure]) -> str:
    """The words between the punctuation either side of the figure: in a
    sentence listing several actions ("Launching a survey ..., diverting
    hundreds ... through his £5.6m Rescue and Response scheme and ..."),
    the one that holds it."""
    lo, hi = max(0, fig.start - REACH), min(len(text), fig.end + REACH)
    cuts = [m.start() for m in _PHRASE_BREAK.finditer(text, lo, hi)]
    start = max((c + 1 for c in cuts if c < fig.start), default=lo)
    # Less who said it: "The port authority said the £6m fund ..." is not the
    # authority's figure; unless the words after make it theirs ("Khan said
    # money from his £45m fund ...").
    said = _after_attribution(text, start, fig.start)
    if not _THEIR.search(text, said, fig.start):
        start = said
    end = min((c for c in cuts if c >= fig.end), default=hi)
    if fig.kind in AMOUNTS:
        # Not into the next amount's words: "£5m for summer activities and
        # the £6.5m Rescue and Response scheme".
        following = next((f for f in figures if f.kind in AMOUNTS and fig.end <= f.start < end), None)
        if following is not None:
            joined = text.find(" and ", fig.end, following.start)
            end = joined if joined >= 0 else following.start
    said = _cut(text, start, end, [(f.start, f.end) for f in figures if start <= f.start and f.end <= end])
    # "..., which the Mayor has just extended, is funded with £2m": an
    # amount's phrase of verbs and small words alone names nothing, and
    # would read "funded" as the name "Fund".
    if fig.kind in AMOUNTS and not any(w.lower() not in _SMALL_WORDS and not _VERB_FORM.search(w) for w in _CONTENT_WORD.findall(said)):
        return ""
    return said


# Words either side of a figure that can tie it to a place or body: "135
# knives at Gatwick airport", "Manchester's taskforce has 150 officers".
NEAR_WORDS = 6


def _near(text: str, fig: Figure, lo: int, hi: int) -> str:
    before = text[max(lo, fig.start - 120) : fig.start].split()[-NEAR_WORDS:]
    after = text[fig.end : min(hi, fig.end + 120)].split()[:NEAR_WORDS]
    return " ".join(before + after)


# Words that make a clause's amount the whole year's, not a stretch of it
# the sentence opens with: "the full-year target", "the budget", "the
# forecast outturn for the year".
_WHOLE_YEAR = regex(r"\b(?:full|whole)[- ]year\b|\b(?:annual|yearly|annually|budgets?|forecasts?|outturn|targets?)\b|\b(?:a|per|the|each|every)\s{1,3}year\b", re.I)
# What opens a list item before its amount: "including 2,214 in ...", "and 986 in ...".
_LIST_ITEM_LEAD = regex(r"\s*(?:(?:including|among\s+them|such\s+as|and|with)\s+)?")
# What a body's name ends with: "... Rescue Service", "... Trust".
BODY_HEADS = "partnership|unit|council|police|constabulary|force|authority|board|trust|team|service|agency|department|ministry|commission|office|government|taskforce|task force|foundation|charity"
# An appositive describing a name: ", a charity that has ..., ".
_APPOSITIVE = regex(r",\s(?:a|an)\s(?:[\w-]+\s){1,3}?(?:that|which|who)\s(?:(?!,\s)[^;()]){1,250},\s")


# What a name is, between it and its verb: "Warm Walls, the insulation drive
# the association runs to cut energy bills, is a £14.6m scheme".
_DESCRIBED = regex(r",\s(?:the|a|an)\s[^,;()]{1,200},(?=\s(?:is|was|are|were|has|had|will|costs?)\s)")
# ... of which its names and the kind of body it is stay: "Redthread, the
# youth *charity*, has ...", "MyEnds, the *VRU's* flagship programme, ...".
_KEPT_IN_DESCRIPTION = regex(r"\b(?:[A-Z][\w'\u2019-]*|(?:" + BODY_HEADS + r")s?)\b")


def _asides(text: str, lo: int, hi: int, fig: Figure) -> list[tuple[int, int]]:
    """The asides in text[lo:hi] that do not hold the figure."""
    if not _ASIDE_MARK.search(text, lo, hi):
        return []  # no comma or dash to set one off: the common case
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text, lo, hi) if not m.start() <= fig.start < m.end()]
    for m in _DESCRIBED.finditer(text, lo, hi):
        if m.start() <= fig.start < m.end():
            continue
        pos = m.start()
        for kept in _KEPT_IN_DESCRIPTION.finditer(text, m.start(), m.end()):
            spans.append((pos, kept.start()))
            pos = kept.end()
        spans.append((pos, m.end()))
    return spans


def _blanked(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """text[lo:hi] with `spans` (asides) blanked out, its length kept: ", the
    worst toll in a decade" says nothing of the time the figure covers."""
    chars = list(text[lo:hi])
    for start, end in spans:
        chars[max(start, lo) - lo : max(min(end, hi) - lo, 0)] = " " * max(min(end, hi) - max(start, lo), 0)
    return "".join(chars)


def _cut(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> str:
    """text[lo:hi] without `spans` (figures, asides), whitespace collapsed."""
    parts, pos = [], lo
    for start, end in sorted(spans):
        if start < pos:
            continue  # inside a span already cut
        parts.append(text[pos:start])
        pos = end
    parts.append(text[pos:hi])
    return " ".join(" ".join(parts).split())


def _before_reaction(text: str, fig_end: int, hi: int) -> int:
    tail = text[fig_end:hi]
    dash = _TRAILING_DASH.search(tail) if _DASH_MARK.search(tail) else None
    if dash and _ASIDE_DASH.search(tail, 0, dash.start()):
        dash = None  # "158 — more than a third — happened at ...": it closes an aside, the clause goes on
    if dash:
        # "... £10m in total - a drop in the ocean for a city this size": comment.
        hi = fig_end + dash.start()
        tail = text[fig_end:hi]
    # A reaction follows a comma, semicolon, dash or "and": most tails have none.
    reaction = _REACTION.search(tail) if _REACTION_MARK.search(tail) else None
    if reaction:
        hi = fig_end + reaction.start()
        tail = text[fig_end:hi]
    lowered = tail.lower()
    according = _ACCORDING_TAIL.search(tail) if "according" in lowered else None
    if according:
        # "..., according to City Hall analysis the Mayor cited on a visit to ...": the source.
        hi = fig_end + according.start()
        tail = text[fig_end:hi]
        lowered = tail.lower()
    # The search below tries every position; most tails name no sayer at all.
    verb = _SAYING_TAIL.search(lowered)
    if not verb:
        return hi
    said = _SAID_TAIL.search(tail)
    while said and _PASSIVE_BEFORE.search(tail, max(0, said.start("verb") - 8), said.start("verb")):
        # "1,130 patients were admitted": what was done to them, not who said
        # so; a sayer may still follow ("..., the trust admitted").
        said = _SAID_TAIL.search(tail, said.end("verb"))
    # (Those counted may be described at length first: "57% of those who answered the survey said ...".)
    sayers = _OF_THE_SAYERS.match(tail) is not None and not re.search(r"[,;:()\u2013\u2014]", tail[: verb.start()])
    if said and not sayers:
        hi = fig_end + said.start()
    return hi


# The auxiliary of a passive, right before a reporting verb: "were *admitted*".
_PASSIVE_BEFORE = regex(r"\b(?:was|were|been|being|is|are)\s{1,3}$", re.I)


# "54% of patients said they had been in pain": the figure counts those who
# said, and what they said is what it measures; not a sayer's attribution.
# ("More than half said they ...": the sayers themselves, what they said after.)
_OF_THE_SAYERS = regex(r"\s{0,12}(?:per\s{1,3}cent\s{1,3}|percent\s{1,3})?(?:of\s|(?:said|say|says|told\s{1,3}us|reported|agreed|felt|thought)\s{1,3}(?:that|they|it|he|she|we)\b)")


# A moment given without a date: "by the end of the year", "by last summer".
# A time right after an amount, its own: "£1.1bn last year", "40 this month".
_OWN_TIME = regex(r"\s{1,3}((?:last|this|next)\s+(?:year|month|week|quarter|term|financial\s+year))\b", re.I)
# A clause of "with" an amount opens, after a comma: ", with 88 incidents".
_WITH_CLAUSE_BEFORE = regex(r",\s{1,3}with\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3}|over\s{1,3})?$", re.I)
# A year named by the one before it, right after an amount or its counted
# noun: "958 that year", "1,200 people the same year".
# (Its noun and a preposition between: "181 safeguarding referrals over the same year".)
_THAT_YEAR = regex(r"(?:\s{1,3}[a-z]{2,20}){0,4}?\s{1,3}((?:that|the\s{1,3}same)\s{1,3}year)\b", re.I)
_ORDINAL_AS_NUMBER = {"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six"}
# The ordinals read as a stage's or a stretch's number: "the second round", "its third year".
_ORDINALS = "|".join(_ORDINAL_AS_NUMBER)
# A stretch of a dated year keyed by its length (see `_first_stretch_key`): "first 91 of 2025-04/2026-03".
_STRETCH_OF_A_YEAR = regex(rf"({_ORDINALS}) (\d+) of (\d{{4}})(?:-(\d\d)/\d{{4}}-\d\d)?")
# The average month, in days, as `_duration_days` counts them (three months are 91 days).
_DAYS_A_MONTH = Decimal("30.4375")


def months_of_a_stretch(key: str) -> str | None:
    """The months a stretch of whole months of a dated year covers, as a
    window key ("first 91 of 2025-04/2026-03" is "2025-04/2025-06"); None for
    any other key, or a stretch that is not whole months of the year."""
    found = _STRETCH_OF_A_YEAR.fullmatch(key)
    if found is None:
        return None
    ordinal, days, year, month = found.groups()
    months = int((Decimal(days) / _DAYS_A_MONTH).to_integral_value())
    if not 1 <= months < 12 or abs(months * _DAYS_A_MONTH - Decimal(days)) > 2:
        return None
    year_starts = int(year) * 12 + int(month or 1) - 1  # counted in months
    start = year_starts + list(_ORDINAL_AS_NUMBER).index(ordinal) * months
    end = start + months - 1
    if end - year_starts >= 12:
        return None  # ("the fifth three months" of a year is past it)
    return f"{start // 12}-{start % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}"


# A numbered stage of a programme after an amount and a few words of its
# noun: "94 grants in the first round", "£2m in phase two". Its key is as a
# curator writes the period: "round one", "phase two".
_OWN_STAGE = regex(
    r"(?:\s{1,3}[a-z][\w'\u2019-]*){0,3}?\s{1,3}((?:in|during|from|for)\s{1,3}"
    rf"(?:(?:the|its|their)\s{{1,3}}({_ORDINALS})\s{{1,3}}(round|phase|wave|tranche|stage)"
    r"|(round|phase|wave|tranche|stage)\s{1,3}(one|two|three|four|five|six|[1-6])))\b",
    re.I,
)
_DIGIT_AS_WORD = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}


def _own_stage(text: str, fig: Figure) -> Period | None:
    """The numbered stage right after an amount (see `_OWN_STAGE`), or one
    whose noun is left out after an earlier stage's ("94 in the first round
    and 118 in the second")."""
    found = _OWN_STAGE.match(text, fig.end)
    if found is not None:
        return Period("window", _stage_key(found), found.group(1))
    bare = _BARE_ORDINAL.match(text, fig.end)
    earlier = _OWN_STAGE.search(text, 0, fig.start) if bare is not None else None
    if bare is None or earlier is None:
        return None
    noun = (earlier.group(3) or earlier.group(4)).lower()
    return Period("window", f"{noun} {_ORDINAL_AS_NUMBER[bare.group(2).lower()]}", bare.group(1))


# "118 in the second": a stage whose noun an earlier one gave.
_BARE_ORDINAL = regex(rf"\s{{1,3}}((?:in|during|from|for)\s{{1,3}}(?:the|its|their)\s{{1,3}}({_ORDINALS}))(?=\s{{0,3}}(?:[.,;:)]|and\b|$))", re.I)


def _stage_key(found: re.Match[str]) -> str:
    if found.group(2):
        return f"{found.group(3).lower()} {_ORDINAL_AS_NUMBER[found.group(2).lower()]}"
    number = found.group(5).lower()
    return f"{found.group(4).lower()} {_DIGIT_AS_WORD.get(number, number)}"


# An amount for each one of many: "£7m *to each* borough", "£50 *per*
# pupil", "£3,000 *apiece*"; not a time ("each year": a rate, read below).
_EACH_AFTER = regex(
    r"\s{1,3}(?:(?:to|for|in|at|into)\s{1,3}(?:each|every)\s{1,3}(?:one\s{1,3}of\s{1,3}(?:the|its|their)\s{1,3})?|(per)\s{1,3}(?!cent\b))"
    r"(?!(?:year|quarter|term|month|fortnight|week|day|hour|annum|winter|summer|spring|autumn|time)s?\b)"
    # "per passenger journey": a rate per journey, as a documented "per journey" is.
    r"([A-Za-z][\w'\u2019-]*(?:\s{1,3}(?!(?:to|for|in|on|at|of|and|or|from|with|by|the|a|an|is|was|are|were|will|has|had)\b)[a-z][\w'\u2019-]*){0,2})"
    r"|\s{1,3}apiece\b",
    re.I,
)
# ... and "*Each of the 43 projects* was allocated £1.4m", "*Every borough* received £250,000":
# the clause's subject, each one of many, given the amount by its verb.
_EACH_BEFORE = regex(
    r"(?:^|[,;:(]\s{0,3}|\b(?:and|but|while)\s{1,3})((?i:each|every)\s{1,3}(?!(?:year|quarter|term|month|fortnight|week|day|winter|summer|spring|autumn|time)s?\b)"
    r"(?:one\s{1,3})?(?:of\s{1,3}(?:the|its|their|these|those)\s{1,3})?(?:[\w'\u2019-]+\s{1,3}){1,5}?"
    # ... given the amount by a verb of receiving, right before it ("was
    # allocated £1.4m"; not "will benefit from the £1.4m", shared by all).
    r"(?:(?:was|were|is|are|will\s{1,3}be|would\s{1,3}be|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:given|allocated|awarded|granted|paid|handed|offered|promised|sent)"
    r"|(?:will|would|could|can|is\s{1,3}to|are\s{1,3}to)\s{1,3}(?:get|receive|win|secure|be\s{1,3}paid)|gets?|got|receives?|received|wins?|won|secures?|secured)\b)"
    r"(?:\s{1,3}(?:up\s{1,3}to|about|around|some|almost|nearly|an?\s{1,3}average\s{1,3}of|at\s{1,3}least|more\s{1,3}than))?\s{0,3}$"
)

# "The 150 officers *each recovered* six knives", "they *each received* £500".
_EACH_FLOATING = regex(
    # (The amount right after the verb: not "the boroughs each have a share of the £7m".)
    r"\b(?:[Tt]hey|[Ww]e|[a-z]{2,}s)\s{1,3}(each\s{1,3}(?!(?:other|of|one|year|quarter|term|month|fortnight|week|day|time|winter|summer|spring|autumn|have|has|had)s?\b)[a-z]+)\b[^,;.!?]{0,15}$"
)


def _shared_out(text: str, fig: Figure, lo: int, hi: int) -> Period | None:
    """The rate of an amount that each one of many has ("to each borough",
    "Each of the 43 projects was allocated", "per pupil"), or None."""
    after = _EACH_AFTER.match(text, fig.end, hi)
    if after is not None:
        key = f"per {after.group(2).split()[-1].lower()}" if after.group(1) else "each"
        return Period("rate", key, after.group().strip())
    if fig.kind == "count":
        # "910 knives per officer": the count's noun, then who each has it.
        per_noun = _PER_AFTER_ITS_NOUN.match(text, fig.end, hi)
        if per_noun is not None:
            return Period("rate", f"per {per_noun.group(1).lower()}", per_noun.group().strip())
    lead = text[max(lo, fig.start - 150) : fig.start]
    if "each" not in lead.lower() and "every" not in lead.lower():
        return None
    before = _EACH_BEFORE.search(lead) or _EACH_FLOATING.search(lead) or (_EACH_DID.search(lead) if fig.kind == "count" else None)
    return Period("rate", "each", before.group(1)) if before is not None else None


# A count's noun, then "per" one of those that each has it: "910 knives per officer".
_PER_AFTER_ITS_NOUN = regex(
    r"\s{1,3}[a-z][\w'\u2019-]{1,30}(?:\s{1,3}[a-z][\w'\u2019-]{1,30})?\s{1,3}(?:per|for\s{1,3}each|for\s{1,3}every)\s{1,3}"
    r"(?!(?:cent|year|quarter|term|month|fortnight|week|day|hour|annum|winter|summer|spring|autumn|time)s?\b)([a-z][\w'\u2019-]{1,30})\b"
)
# "Each of the 150 officers recovered 910 knives": what each did, counted, any verb of the past.
_EACH_DID = regex(
    r"(?:^|[,;:(]\s{0,3})((?i:each)\s{1,3}(?:one\s{1,3})?of\s{1,3}(?:the|its|their|these|those)\s{1,3}(?:[\w'\u2019-]+\s{1,3}){1,4}?[a-z]{2,20}ed)"
    r"(?:\s{1,3}(?:up\s{1,3}to|about|around|some|almost|nearly|at\s{1,3}least|more\s{1,3}than))?\s{1,3}$"
)


_RELATIVE_TIME = regex(r"\bby\s+(?:the\s+end\s+of\s+)?(?:the|this|last|next)\s+(?:year|month|spring|summer|autumn|winter)\b", re.I)
# Not "a year ago", "a week earlier": a moment, not a rate.
_EVERY_BEFORE = regex(r"\b(?:every|each)\s+$", re.I)
# (Not a school year: "a Year 11 pupil".)
# A rate may be said as what a stretch usually holds: "In a typical week
# about 20 are handed in". Only that form opens with a preposition.
_TYPICAL_STRETCH = regex(r"(?:in|on|during)\s", re.I)
_RATE_PHRASE = regex(r"(?<!\bin )(?<!\bfor )(?<!\bover )(?<!\bwithin )(?<!\bduring )\b(?:every|each|per|a|(?:in|on|during)\s+(?:a|an)\s+(?:typical|average|normal|ordinary|usual))\s+(year|quarter|term|month|fortnight|week|day|winter|summer|spring|autumn)\b(?!-long|-old|\s+(?:ago|earlier|later|before|after|of)\b|\s+\d{1,2}\s+(?:pupils?|students?|class(?:es)?|children|child|girls?|boys?|groups?|teachers?|exams?|results?|classrooms?)\b)|\b(annually|yearly|quarterly|monthly|fortnightly|weekly|daily)\b", re.I)
# A price's rate, then what it holds after or before: "£7.20 a week after the
# April rise". A noun must follow: "450 a year before." is a time.
_RATE_THEN_WHEN = regex(r"\s{1,3}(?:a|per|every)\s{1,3}(year|month|fortnight|week|day)\s{1,3}(?:after|before)\s{1,3}(?=the\b|its\b|their\b|an?\b|(?-i:[A-Z0-9]))", re.I)
# A rate right after a duration: "three hours *a week*" is time given at a
# rate; or after what the time is of: "37,500 hours *of home care a week*".
_RATE_RIGHT_AFTER = regex(r"\s{1,3}(?:of(?:\s{1,3}[a-z][\w'\u2019-]{0,20}){1,4}?\s{1,3})?(?:a|per|each|every)\s{1,3}(year|month|fortnight|week|day)\b(?!-)", re.I)
_BREAK_BETWEEN = regex(r"[.?!;:]\s")
# Without one of these, no rate or stretch can be read: a cheap test before the searches.
_TIME_WORDS = ("year", "quarter", "term", "month", "fortnight", "week", "day", "night", "annual", "winter", "summer", "spring", "autumn")
# A rate word set before a noun, which it qualifies: "the *yearly* sum", "an *annual* budget".
_RATE_ADJECTIVE = regex(r"(?:yearly|annual|quarterly|monthly|fortnightly|weekly|daily)\s{1,3}(?!basis\b)[a-z]", re.I)
# ... of a record or a meeting, not of an amount: "the *monthly* figures behind an award of £754".
_RATE_OF_A_RECORD = regex(r"(?:yearly|annual|quarterly|monthly|fortnightly|weekly|daily)\s{1,3}(?:figures|data|statistics|stats|returns|reports|updates|bulletins|reviews|surveys|counts|meetings|briefings|summaries|tables)\b", re.I)
# After "a week": "a week in June", "a month of raids" name one stretch, not a rate.
_ONE_OF = regex(r"\s{1,3}(?:in|of|during)\s")
# "in one week", and "a week-long blitz": a stretch, not a rate.
# A stretch given as a bound on one unit: "in just over a year", "in nearly a month".
_BOUNDED_DURATION = regex(
    r"\b(?:in|during|within|across)\s+(just\s+over|a\s+little\s+over|slightly\s+over|little\s+more\s+than|just\s+under|nearly|almost|a\s+little\s+under|little\s+less\s+than)\s+(?:a|one)\s+(week|month|day|year)\b",
    re.I,
)
_LESS = ("just under", "nearly", "almost", "a little under", "little less")
_DURATION_PHRASE = regex(
    r"\b(?:(?:in|during|over|within|across|on)\s+(?:just\s+|only\s+)?(?:a|one|a single|the whole of a)\s+(week|month|day|year|fortnight|weekend|night)\b"
    r"|(?:a|one)\s+(week|month|day|year)-long\b"
    # "over the bank holiday weekend": one weekend, named by the sentence.
    r"|(?:over|during|across)\s+(?:the|that|one)\s+(?:(?:bank\s+holiday|Easter|Christmas|New\s+Year's|long|same)\s+)?(weekend)\b"
    # "during the amnesty week", "in the same week": one week the sentence
    # names. (Not bare "during the week", which is on weekdays.)
    r"|(?:over|during|across|in)\s+(?:the|that)\s+(?!past\b|last\b|next\b|coming\b|working\b)(?-i:[a-z][a-z-]{2,20})\s+(week)\b(?![-'\u2019])(?!\s+(?:to|ending|after|before)\b))",
    re.I,
)
# Stretches the calendar units do not give, in days.
_STRETCH_DAYS = {"fortnight": Decimal(14), "weekend": Decimal(2), "night": Decimal(1)}


# "in total" right after the amount or its noun ("a £10m pot in total").
_IN_TOTAL = regex(r"(?:\s[a-z-]{1,20}){0,2}?\s(in total|in all|all told|altogether|overall)\b", re.I)


# A clause that opens by saying it gives a total.
_TOTAL_LEAD = regex(r"(?:^|[.;:]\s|\b)(In total|All told|Altogether|In all),\s")
# A date that opens its clause with "from" and no end: "From 1 April, ...".
_FROM_OPENS = regex(r"(?:^|[.;:!?]\s{0,3})[\"'\u201c\u2018]?[Ff]rom\s{1,3}$")
# "between launch and 31 March 2025", "from its start to the end of March":
# what a running total is counted to.
_FROM_ITS_START_TO = regex(
    r"\b(?:between|from)\s{1,3}(?:its\s{1,3}|the\s{1,3}|their\s{1,3})?(?:launch|start|inception|opening|creation|founding)\s{1,3}"
    r"(?:and|to|until|till|up\s{1,3}to|through)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?$",
    re.I,
)
# "since April 2018", "since it was set up in April 2018": a running total from that date.
# The words of a thing's own beginning after "since": "since opening in", "since its launch in".
_BEGUN = r"launch|launched|launching|start|started|starting|creation|created|set\s{1,3}up|began|founding|founded|opening|opened"
_SINCE_BEFORE = regex(
    # "since opening in May 2022", "since its founding in 2019": the thing's own beginning.
    r"\b[Ss]ince\s+(?:(?:(?:its|the|their|it\s+was|it|they\s+were|they)\s+)?(?:(?:" + _BEGUN + r"|inception|establishment|established|introduction|introduced)\s+)?"
    # "since the first bin was installed in June 2023": what began, in a few words.
    r"|(?:[A-Za-z'\u2019-]+\s+){1,4}(?:[a-z]+ed|began|begun|bought|built|made|won|held|taken|given|set\s+up)\s+)(?:in\s+|on\s+)?$"
)
# "police said in September", "figures published in March show": when the figure was given.
_SAID_ON = regex(r"\b(?:said|says|told(?:\s[^,;.]{1,30}?)?|reported|confirmed|announced|revealed|published|released)\s+(?:in|on|at\s+the\s+end\s+of)\s+$", re.I)
# ... and what was said, right after that date: "said in January *that* ...", "..., it said in January."
_WHAT_WAS_SAID_NEXT = regex(r"\s{0,3}(?:that\b|[.!?]?\s{0,3}$)", re.I)
# "in December": a month the figure holds within, not the end of a window.
_WITHIN_BEFORE = regex(r"\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?$", re.I)
# "Two years after its launch", "Four years after it was set up": a moment counted from a start.
_AFTER_START = regex(
    r"\b(?:\w+|\d+)\s+(?:years?|months?|weeks?)\s+(?:after|since|into)\s+"
    r"(?:(?:its|the|their)\s+(?:launch|creation|start|founding|inception|set-up)"
    r"|(?:it|they)\s+(?:(?:was|were)\s+(?:set up|launched|created|started|founded|established)|launched|began|started))\b",
    re.I,
)
# "in its first year", or a clause opening on a possessive ("The HealthLink
# bus's first year saw 83,000 journeys"): a window counted from a start the
# sentence does not date.
_FIRST_STRETCH = regex(
    r"(?:\b(?:in|during|over|within)\s{1,3}(?:its|their|the|(?:the\s{1,3})?[\w-]{1,30}['\u2019]s?)|(?:^|[,;:]\s{0,3})(?:[Tt]he\s{1,3})?(?:[A-Z][\w-]{0,30}\s{1,3}){0,4}[\w-]{1,30}['\u2019]s)"
    # ("in its second year": a later stretch of its own, counted likewise.)
    rf"\s{{1,3}}(?:[\w-]{{1,30}}['\u2019]s?\s{{1,3}})?(?:{_ORDINALS})\s{{1,3}}((?:[\w-]{{1,12}}\s{{1,3}})?(?:years?|months?|weeks?|days)|half)\b"
    # "the first six months of 2024-25" ("the first half of 2024-25" is the same six months): the first stretch of a dated year, not that whole year.
    r"(?:\s{1,3}of\s{1,3}((?:the\s{1,3})?(?:(?:financial|calendar)\s{1,3})?(?:year\s{1,3})?\d{4}(?:\s?[-/\u2013]\s?\d{2,4})?)\b)?",
    re.I,
)


# "so far this year", "this year to date", "since the start of the year": a
# window from the calendar's turn, not from the thing's launch.
_THIS_YEAR_SO_FAR = regex(
    r"\b(?:so far|to date)\s{1,3}(?:this|in the|in this)\s{1,3}(year|month|week|winter|summer|spring|autumn|term|season|financial year|school year)\b"
    r"|\b(?:this|the)\s{1,3}(year|month|week|winter|summer|spring|autumn|term|season|financial year|school year)\s{1,3}(?:so far|to date)\b"
    r"|\b(year)[- ]to[- ]date\b"
    r"|\bsince the (?:start|beginning) of (?:the|this) (year|month|financial year)\b",
    re.I,
)


# "in the year to 31 March 2024", "over the 12 months ending in June": a
# stretch counted back from a date, as statistics are reported. Its length
# is the period; the date (right after) is when it ends.
_STRETCH_ENDING = regex(
    r"\b(?:(?:in|over|during|for|across)\s{1,3})?(?:the\s{1,3})?((?:[\w-]{1,12}\s{1,3})?(?:year|years|months?|quarter|weeks?))"
    r"\s{1,3}(?:to|ending|ended|up\s{1,3}to)(?:\s{1,3}(?:in|on))?\s{1,3}$",
    re.I,
)


def _stretch_back(lead: re.Match[str], ends: str) -> Period | None:
    """The period of a stretch `lead` counts back from the date `ends`."""
    stretch = " ".join(lead.group(1).lower().split())
    if stretch in {"the year", "year"} or stretch.endswith(" year") and stretch.split()[0] in {"the", "a", "one", "financial", "past", "last"}:
        days: Decimal | None = DAYS_PER_UNIT["years"]
    elif stretch.endswith("quarter"):
        days = Decimal(91)
    else:
        days = _duration_days(stretch)
    if days is None:
        return None
    return Period("duration", str(days.quantize(Decimal(1))), lead.group().strip(), ends=ends)


def _stretch_ending(text: str, fig: Figure, figures: list[Figure], lo: int, hi: int) -> Period | None:
    """The stretch an amount is counted over, ended by a date its clause gives:
    "fell by 4,500 in the year to 31 March 2024" is one year's fall."""
    for date in figures:
        if date.kind != "date" or not isinstance(date.value, str) or not lo <= date.start < hi or abs(date.start - fig.end) > 80 and abs(fig.start - date.end) > 80:
            continue
        lead = _STRETCH_ENDING.search(text, max(lo, date.start - 40), date.start)
        period = _stretch_back(lead, date.value) if lead is not None else None
        if period is not None:
            return period
    return None


def _moment_of(near: str) -> Period | None:
    """A window counted from a start the sentence does not date: "two years
    after its launch", "in its first year", "so far this year" (a total
    given for it is not the documents' "April 2018 to May 2019", even as "a
    total of")."""
    this_year = _THIS_YEAR_SO_FAR.search(near) if "this" in near or "date" in near or "beginning" in near or "start" in near else None
    if this_year:
        unit = next(g for g in this_year.groups() if g).lower()
        return Period("window", f"this {unit} so far", this_year.group())
    after_start = _AFTER_START.search(near)
    if after_start:
        return Period("window", " ".join(after_start.group().lower().split()), after_start.group())
    return own_stretch(near)


# "... and had worked with 2,630 pupils since its launch by the end of July
# 2025": where the running total the last amount is ends.
_RUNNING_ENDS_AT = regex(
    r"\bsince\s{1,3}(?:its|the|their)\s{1,3}(?:launch|start|inception|creation|opening)\s{1,3}(?:by|to|until|up\s{1,3}to|as\s{1,3}of|at)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?$",
    re.I,
)


def _ends_its_running_total(text: str, date: Figure, fig: Figure, last: int) -> bool:
    """Whether a date after the sentence's last amount ends that amount's
    own running total, so dates no other amount ("works in 14 schools with
    22 mentors, and had worked with 2,630 pupils since its launch by the
    end of July 2025": not the 22), or starts it ("and had received £1.9m
    since 2023": not the 4,628 incidents before it)."""
    if fig.end >= last:
        return False
    at = max(last, date.start - 60)
    return _RUNNING_ENDS_AT.search(text, at, date.start) is not None or _SINCE_BEFORE.search(text, at, date.start) is not None


# "the first half *of the year*": of a year the sentence names before it.
_OF_THE_YEAR = regex(r"\s{1,3}of\s{1,3}the\s{1,3}(?:financial\s{1,3})?year\b", re.I)


def _a_whole_year(fig: Figure) -> bool:
    """Whether a figure is a date that is a whole year, calendar ("2024") or financial ("2024-25")."""
    return fig.kind == "date" and isinstance(fig.value, str) and (YEAR_ONLY.fullmatch(fig.value) or _FINANCIAL_YEAR.fullmatch(fig.value)) is not None


def _of_the_year_named(text: str, figures: list[Figure], moment: Period, at: int) -> Period:
    """A year's first stretch said "of the year", of the year the sentence
    names before it: "1,214 in the first quarter of 2025-26 ... and 2,312 in
    the first half of the year" is April to September 2025."""
    start = text.find(moment.text, at)
    if " of " in moment.key or start < 0 or not _OF_THE_YEAR.match(text, start + len(moment.text)):
        return moment
    years = [f for f in figures if f.end <= start and _a_whole_year(f)]
    return replace(moment, key=f"{moment.key} of {years[-1].value}") if years else moment


def _anothers_moment(text: str, fig: Figure, figures: list[Figure], at: int) -> bool:
    """Whether the stretch written at `at` stands right after another
    amount, as its own: "rose from 61% in the first six months to 68% in
    2024-25" gives the first six months to the 61%."""
    return any(f is not fig and f.kind in AMOUNTS and f.end <= at and not text[f.end : at].strip() for f in figures)


def own_stretch(text: str) -> Period | None:
    """The stretch of a thing's own life `text` names ("in its first year",
    "its second six months"), if any."""
    found = _FIRST_STRETCH.search(text) if _ORDINAL.search(text) else None
    return Period("window", _first_stretch_key(found), found.group()) if found else None


_ORDINAL = regex(rf"\b(?:{_ORDINALS})\b", re.I)
# How such a stretch's key begins: "first 365", "second 365".
OWN_STRETCH_KEYS = tuple(f"{ordinal} " for ordinal in _ORDINAL_AS_NUMBER)


# The keys `_first_stretch_key` makes: a stretch of a thing's own life
# ("first 730", "over its first two years") and one of a dated year ("first
# 183 of 2025-04/2026-03"), as the checker tells them apart.
OWN_STRETCH_KEY = regex(r"[a-z]{1,12} \d{1,6}")
A_YEAR_S_STRETCH = regex(OWN_STRETCH_KEY.pattern + r" of \d{4}")


def _first_stretch_key(first: re.Match[str]) -> str:
    """A first stretch keyed by its length, so "first twelve months" is
    "first 365", and by the year it opens where one is named."""
    stretch = first.group(1).lower()
    days = _duration_days("six months" if stretch == "half" else stretch)
    said = _ORDINAL.search(first.group())
    ordinal = said.group().lower() if said else "first"
    key = f"{ordinal} {days.quantize(Decimal(1)) if days is not None else stretch}"
    year = _window_key(first.group(2).lower(), first.group(2)) if first.group(2) else None
    return f"{key} of {year}" if year else key


# Before a duration that says how long another figure took: "over the previous three years".
# Not after a verb of lasting: "runs for three years" says how long the thing lasts, a claim.
_STRETCH_LEAD = regex(
    r"(?<!\brun )(?<!\bruns )(?<!\bran )(?<!\brunning )(?<!\blast )(?<!\blasts )(?<!\blasted )(?<!\blasting )"
    # ("over the same two years": the stretch just named.)
    r"\b(?:over|during|across|within|for|in)\s+(?:(?:the\s+)?(?:(?:last|past|previous|next|first|coming|following|same)\s+)?"
    # "In its first 12 months": a stretch of the thing's own (not "Over its three years", the fund's life).
    r"|(?:its|their|our)\s+(?:last|past|previous|next|first|coming|following)\s+)$",
    re.I,
)


def stretch_lead(text: str, fig: Figure) -> bool:
    """Whether a duration is the stretch another figure covers ("£1.5m ...
    over the previous three years"), not a claim of its own ("a three-year fund")."""
    return fig.kind == "duration" and _STRETCH_LEAD.search(text, max(0, fig.start - 40), fig.start) is not None and not _IN_A_ROW.match(text, fig.end)


# "fallen for two years running", "for a third year in a row": how many
# times over, not the stretch an amount covers.
_IN_A_ROW = regex(r"\s{1,3}(?:running|in\s{1,3}a\s{1,3}row|in\s{1,3}succession|on\s{1,3}the\s{1,3}trot)\b", re.I)


# Between an amount and the date that is its own: "910 *at the end of* May 2019", "3,148 *by* April 2022".
# "2021: 4,410", "2023/24 - £1.2m": a date labelling the amount after it.
_LABEL_GAP = regex(r"\s{0,2}[:\u2013\u2014-]\s{1,3}")
_OWN_DATE_GAP = regex(
    # ("2,140 in the whole of 2024/25": the whole year, its own.)
    # ("a reserve of £96,000 into 2025/26": carried into it, its own.)
    # ("£60,000 a year from April 2026": its rate, then when it starts.)
    r"(?:\s{1,3}(?:a|an|per|each|every)\s{1,3}(?:year|month|week|day|quarter))?"
    r"\s{1,3}(?:at|by|in|into|on|over|for|during|as\s{1,3}of|until|between|from)\s{1,3}(?:the\s{1,3}(?:end|start|close|beginning|whole|course)\s{1,3}of\s{1,3})?"
    # "more than 5,000 visits since June 2022": its noun, then when its count
    # began; "237 awards since opening in May 2022": the thing's own beginning.
    r"|(?:\s{1,3}[a-z][\w'\u2019-]{1,30}){1,2}\s{1,3}since\s{1,3}"
    r"(?:(?:(?:its|it|the|their|they)\s{1,3})?(?:(?:was|were)\s{1,3})?"
    r"(?:" + _BEGUN + r")\s{1,3}(?:in|on)\s{1,3})?"
    # "recorded 4,310 domestic abuse incidents in 2023/24 and has been
    # awarded £610,000 by the commissioner for 2024/25": a few words of its
    # own clause, then the date; each amount has its own.
    r"|(?:\s{1,3}(?!(?:and|but|or|while|whereas|which|who|that|when|than|since|from|to|after|before|between|its|their|his|her)\b)[a-z][\w'\u2019-]{1,30}){1,4}\s{1,3}(?:in|during|for)\s{1,3}"
)
# ... or closes the amount's own name ("a £150,000 Food Larder Grant for 2024/25").
_NAMED_FOR_DATE = regex(r"(?:\s{1,3}[A-Z][\w'\u2019-]{0,30}){1,4}\s{1,3}(?:for|in)\s{1,3}")


def _range_end(text: str, date: Figure, figures: list[Figure]) -> Figure | None:
    """The date that closes a range `date` opens ("between April 2018 and
    the end of May 2019"), though a clause break was read between them."""
    if not _RANGE_OPENS.search(text, max(0, date.start - 12), date.start):
        return None
    after = next((f for f in figures if f.start >= date.end), None)
    if after is None or after.kind != "date" or not _RANGE_JOIN.fullmatch(text, date.end, after.start):
        return None
    return after


_RANGE_OPENS = regex(r"\b(?:between|from)\s{1,3}(?:the\s{1,3}(?:end|start|beginning)\s{1,3}of\s{1,3})?$", re.I)
_RANGE_JOIN = regex(r"\s{0,3}(?:and|to|until|till|through|[-–])\s{0,3}(?:the\s{1,3}(?:end|start|beginning|close)\s{1,3}of\s{1,3})?", re.I)


def _paired_date(text: str, fig: Figure, figures: list[Figure], dates: list[Figure]) -> Figure | None:
    """For one of two amounts written "from X to Y" beside two dates
    ("between 2018/19 and 2023/24, from 1.9 million to 1.2 million"), the
    date of its own end of the change: the first for X, the second for Y."""
    if len(dates) != 2 or fig.kind not in AMOUNTS:
        return None
    amounts = [f for f in figures if f.kind in AMOUNTS]
    at = amounts.index(fig) if fig in amounts else -1
    before = amounts[at - 1] if at > 0 else None
    after = amounts[at + 1] if 0 <= at < len(amounts) - 1 else None
    if after is not None and _FROM_BEFORE.search(text, max(0, fig.start - 8), fig.start) and _TO_BETWEEN.fullmatch(text, fig.end, after.start):
        return dates[0]
    if before is not None and _FROM_BEFORE.search(text, max(0, before.start - 8), before.start) and _TO_BETWEEN.fullmatch(text, before.end, fig.start):
        return dates[1]
    return None


_FROM_BEFORE = regex(r"\bfrom\s{1,3}$", re.I)
_TO_BETWEEN = regex(r"\s{1,3}to\s{1,3}")


def _a_level(text: str, fig: Figure) -> bool:
    """An amount, a measure ("4.1 times as likely", "3.2 metres") or a time
    something took ("41 minutes"): a level a date may be the own of; not a
    stretch ("in one week in June 2018"), nor a rate's denominator ("7.4
    offences per 1,000 young people in 2024-25": the date is the 7.4's)."""
    if _DENOMINATOR_BEFORE.search(text, max(0, fig.start - 16), fig.start):
        return False
    return fig.kind in AMOUNTS or fig.kind == "measure" or fig.kind == "duration" and not stretch_lead(text, fig)


# What a rate's denominator follows: "per 1,000", "for every 100,000", "in every 100".
_DENOMINATOR_BEFORE = regex(r"\b(?:per|(?:for|in|out\s{1,3}of)\s{1,3}every)\s{1,3}$", re.I)


def _in_a_clause_of_the_scene(text: str, date: Figure) -> bool:
    """Whether a date is in a clause of its own inside the lead that sets
    the scene: "In a board paper that also warned that the unit's funding
    runs out on 31 March 2026, the trust reported 1,130 admissions": the
    date is the warning's, not when the amounts hold."""
    scene = _SCENE.match(text)
    return scene is not None and date.end <= scene.end() and _RELATIVE.search(text, 0, date.start) is not None


_RELATIVE = regex(r"\b(?:that|which|who|where)\b")


def _attached_amount(text: str, date: Figure, figures: list[Figure]) -> Figure | None:
    """The amount a date directly follows ("910 at the end of May 2019"), or
    labels ("2021: 4,410", a line of a table written out), if any."""
    after = next((f for f in figures if f.kind in AMOUNTS and f.start >= date.end), None)
    if after is not None and _LABEL_GAP.fullmatch(text, date.end, after.start):
        return after
    # (A time something took is a level too: "fell from 52 minutes in 2022/23
    # to 41 minutes in 2023/24"; not a stretch, "in one week in June 2018".)
    before = [f for f in figures if _a_level(text, f) and f.end <= date.start]
    if not before:
        return None
    gap = _OWN_DATE_GAP.fullmatch(text, before[-1].end, date.start) or _NAMED_FOR_DATE.fullmatch(text, before[-1].end, date.start)
    # ("3,020 from May to October": a window read whole, its "from" its own.)
    window = gap is None and _WINDOW_OPENS.match(date.text) is not None and not text[before[-1].end : date.start].strip()
    return before[-1] if gap is not None or window else None


_WINDOW_OPENS = regex(r"(?:from|between)\s", re.I)


# The words that set a date as what a difference is from: "than in", "than".
_COMPARED_WITH = regex(r"\bthan(?:\s{1,3}(?:in|at|on|during|for|by))?\s{1,3}$", re.I)
# A clause that concedes something else: "the £9.8m building is still
# coming, *though* pupils will not move in before 2026": its dates are its own.
_CONCESSION = regex(r"[,;]\s{0,3}(?:though|although|even\s+though|but|while|whereas|yet)\b", re.I)
# A later clause of what is hoped or planned: "..., and the force hopes to
# add another 25 bins by 2027": its date is when the aim is for, not when
# the amounts before it hold.
_AIM_CLAUSE = regex(
    r"(?:[,;]|\s(?:and|but|while))\s(?:[\w'\u2019-]{1,30}\s){0,6}?"
    r"(?:(?:hopes?|plans?|aims?|wants?|expects?|intends?|is\sset|are\sset)\sto|will|is\sto|are\sto)\b",
    re.I,
)
# The few words of an amount's noun before its rate: "2,900 *breakfasts* a day".
_NOUN_BEFORE_RATE = regex(r"\s{0,3}(?:[\w'\u2019-]{1,30}\s{1,3}){0,3}")


def _rate_is_its(text: str, fig: Figure, figures: list[Figure], at: int) -> bool:
    """Whether the rate at `at` is this amount's: it follows it, and any
    amount between is joined to it ("six firearms and 135 knives every
    week"), not another of the sentence's ("his £45m fund would see £10m a
    year"), nor set before a later noun ("£45m is the total; the yearly sum is £10m")."""
    if at < fig.end:
        # Before the amount: "a year, £10m" is rare; kept as read so far,
        # unless a question or clause ends between ("... £45m a year? No: £45m is the total"),
        # or it closes another amount's phrase ("2,900 breakfasts a day at 55p a breakfast").
        if any(f is not fig and f.kind in AMOUNTS and f.end <= at and _NOUN_BEFORE_RATE.fullmatch(text, f.end, at) for f in figures):
            return False
        if _RATE_OF_A_RECORD.match(text, at):
            # "the monthly figures behind an average award of £754": how often
            # the figures come, not the amount's rate.
            return False
        return not _BREAK_BETWEEN.search(text, at, fig.start)
    if at > fig.end + 3 and _RATE_ADJECTIVE.match(text, at):
        return False
    # A duration between counts too: "62 mentors each give three hours a week" is the hours' rate.
    between = [f for f in figures if (f.kind in AMOUNTS or f.kind == "duration") and fig.end <= f.start and f.end <= at]
    return all(_JOINED.fullmatch(text, a.end, b.start) for a, b in zip([fig, *between], between))


def _window(text: str, fig: Figure, figures: list[Figure], lo: int, hi: int) -> Period | None:
    """The time a figure covers, from its own words: a rate ("every week"),
    a stretch ("in one week"), the dates of its clause ("between April 2018
    and May 2019", "by the end of 2019"), or a running total ("so far")."""
    if fig.kind in AMOUNTS:
        # As far as its scope goes: "3,000 knives have been taken off
        # London's streets by the Met's taskforce in the four years since it launched".
        moment_at = max(lo, fig.start - 200)
        moment = _moment_of(text[moment_at : min(hi, fig.end + 200)])
        if moment is not None and not _anothers_moment(text, fig, figures, text.find(moment.text, moment_at)):
            return _of_the_year_named(text, figures, moment, moment_at)
        ending = _stretch_ending(text, fig, figures, lo, hi) if not fig.period else None
        if ending is not None:
            return ending
    same = _THAT_YEAR.match(text, fig.end) if fig.kind in AMOUNTS and not fig.period else None
    if same is not None:
        # "its 2024 target of 1,000, reaching only 958 that year": the year
        # the sentence named before it.
        year = next((f for f in reversed(figures) if f.end <= fig.start and _a_whole_year(f)), None)
        if year is not None:
            return Period("window", window_of_dates([str(year.value)]), same.group(1))
    own = _OWN_TIME.match(text, fig.end) if fig.kind in AMOUNTS and not fig.period else None
    if own is not None:
        # "turned over £1.1bn last year, and ... by spring 2025": its own
        # time, not a date the sentence gives another amount.
        return Period("window", " ".join(own.group(1).lower().split()), own.group(1))
    hung = _WITH_CLAUSE_BEFORE.search(text, max(0, fig.start - 40), fig.start) if fig.kind in AMOUNTS and not fig.period else None
    times = list(_OWN_TIME.finditer(text, 0, hung.start())) if hung is not None else []
    if len(times) == 1:
        # "Route 47 was the worst route last year, with 88 incidents": the
        # time of the clause a "with" clause hangs from.
        return Period("window", " ".join(times[0].group(1).lower().split()), times[0].group(1))
    stage = _own_stage(text, fig) if fig.kind in AMOUNTS and not fig.period else None
    if stage is not None:
        # "94 in the first round": the stage of a programme it counts,
        # before any date the sentence gives for all its amounts.
        return stage
    if fig.period:
        stated = read_period(fig.period)
        if stated is None or stated.kind != "total":
            return stated
        # "a total of 135 knives since its launch in April 2018": the dates
        # say which total it is.
        dated = _window(text, replace(fig, period=None), figures, lo, hi)
        return dated if dated is not None and dated.kind in ("window", "running") else stated
    if fig.kind == "date":
        return None
    shared_out = _shared_out(text, fig, lo, hi) if fig.kind in AMOUNTS else None
    if shared_out is not None:
        # "£7m to each borough", "Each of the 43 projects was given £1.4m":
        # an amount for every one of them, not the total the documents give.
        return shared_out
    per = _RATE_RIGHT_AFTER.match(text, fig.end) if fig.kind == "duration" else None
    if per is not None:
        # "each give about three hours a week": time given at a rate, not a
        # length of anything, nor a total of hours.
        return Period("rate", f"per {per.group(1).lower()}", per.group().strip())
    then = _RATE_THEN_WHEN.match(text, fig.end) if fig.kind == "money" else None
    if then is not None:
        # "now costs £7.20 a week after the April rise": a price's rate, then
        # when it holds; "a week after" is a time only with no price before it.
        return Period("rate", f"per {then.group(1).lower()}", then.group().strip())
    amounts = [f for f in figures if f.kind in AMOUNTS]
    first, last = (amounts[0].start, amounts[-1].end) if amounts else (0, len(text))
    # Its own words first, then what the sentence says before its first
    # amount or after its last ("In one week in June 2018, the taskforce
    # carried out 615 sweeps, seized six firearms and 135 knives").
    asides = _asides(text, lo, hi, fig)
    near_at = max(lo, fig.start - 80)  # where `near` starts in `text`
    near = _blanked(text, near_at, min(hi, fig.end + 80), asides)
    shared = f"{text[max(0, first - 200) : first]} {text[last : last + 200]}"
    # "In a week dominated by rows ..., police made 900 arrests in November
    # and December": dates in the figure's own words outrank a stretch the
    # sentence opens with.
    dated_after = any(f.kind == "date" and fig.end <= f.start and f.end <= min(hi, fig.end + 120) for f in figures)
    for words in (near, shared) if not dated_after else (near,):
        low = words.lower()
        if not any(word in low for word in _TIME_WORDS):
            continue  # no rate and no stretch can be read here
        bounded = _BOUNDED_DURATION.search(words)
        if bounded:
            # "made 4,937 arrests in just over a year": more than a year, a little.
            unit, bound = bounded.group(2).lower(), "less" if bounded.group(1).lower().startswith(_LESS) else "more"
            return Period("duration", str(DAYS_PER_UNIT[unit + "s"].quantize(Decimal(1))), bounded.group(), bound=bound)
        stretch = _DURATION_PHRASE.search(words)
        if stretch:
            unit = next(g for g in stretch.groups() if g).lower()
            days = _STRETCH_DAYS.get(unit) or DAYS_PER_UNIT[unit + "s"]
            return Period("duration", str(days.quantize(Decimal(1))), stretch.group())
        # A rate belongs to the amount it follows ("£10m a year"), never to
        # the sentence's other amounts.
        every = (
            next((f for f in figures if f.kind == "duration" and lo <= f.start < hi and _EVERY_BEFORE.search(text, max(0, f.start - 8), f.start)), None)
            if fig.kind in AMOUNTS and words is near
            else None
        )
        if every is not None:
            # "1,140 incidents every five months": a rate over a stretch, not a one-off count.
            return Period("rate", f"per {every.value} {every.unit}", f"every {every.text}")
        rate = _RATE_PHRASE.search(words) if words is near else None
        if rate is not None and near_at + rate.start() < fig.start:
            # A rate after the amount, its own, outranks one before it that
            # another clause's amount has: "opens three days a week, and
            # students can collect up to two bags of food a day".
            later = next((m for m in _RATE_PHRASE.finditer(words, fig.end - near_at) if _rate_is_its(text, fig, figures, near_at + m.start())), None)
            rate = later or rate
        one_of = _ONE_OF.match(words, rate.end()) if rate and rate.group().lower().startswith("a ") else None
        if one_of is not None and near_at + rate.start() >= fig.end:  # type: ignore[union-attr]
            one_of = None  # "25 incidents a week in 2025": after the amount, its own rate, then when it held
        if rate and rate.group(1) and rate.group(1).lower() + "s" in DAYS_PER_UNIT and one_of is not None:
            # "A week in June 2018 saw ...": one week, not every week.
            return Period("duration", str(DAYS_PER_UNIT[rate.group(1).lower() + "s"].quantize(Decimal(1))), rate.group())
        if rate and not _rate_is_its(text, fig, figures, near_at + rate.start()):
            rate = None
        if rate and fig.kind not in ("money", "count") and _TYPICAL_STRETCH.match(rate.group()):
            # "one in four attend on a typical day": when the share holds, not a rate of it.
            rate = None
        if rate and fig.kind in AMOUNTS:
            unit = (rate.group(1) or {"annually": "year", "yearly": "year"}.get(rate.group(2).lower(), rate.group(2).lower()[:-2])).lower()
            return Period("rate", f"per {unit}", rate.group())
    # (Not a limit the amount met: "83% ... seen by a youth worker within four hours".)
    stretch = next((f for f in figures if lo <= f.start and f.end <= hi and stretch_lead(text, f) and not any(a <= f.start < b for a, b in asides) and not is_threshold(text, f, fig)), None)
    if stretch is not None and fig.kind in AMOUNTS:
        # "£1.5m had paid for youth workers ... over the previous three years".
        lead = _STRETCH_LEAD.search(text, max(0, stretch.start - 40), stretch.start)
        period = read_period(text[lead.start() if lead else stretch.start : stretch.end])
        if period is not None and not _anothers_moment(text, fig, figures, lead.start() if lead else stretch.start):
            return period
    # (And a time measured in it: "..., with wardens arriving in an average of 6.1 minutes".)
    timed = fig.kind == "duration" and fig.start > first and not stretch_lead(text, fig)
    opening = _FIRST_STRETCH.search(text, max(0, first - 200), first) if (fig.kind in AMOUNTS or timed) and _ORDINAL.search(text, max(0, first - 200), first) else None
    own_date = any(f.kind == "date" and fig.end <= f.start < hi for f in figures)
    if opening is not None and opening.group(2) and not own_date and (_LIST_ITEM_LEAD.fullmatch(text, lo, fig.start) or not _WHOLE_YEAR.search(text)):
        # "In the first half of 2024-25 crews completed 6,130 visits,
        # including 2,214 in ...": a list item's, as the first amount's; and
        # a clause's of its own, as the year's date would be (", wardens
        # made 1,090 patrols and help points took 351 calls"), unless the
        # sentence speaks of the whole year too: ", and the Service expects
        # to meet its full-year target of 12,500", "... the forecast outturn
        # for the year was £16.8m against the budget of £16.1m, an overspend
        # of £0.7m". Not an amount dated in its own clause: "£1.31m in June".
        return Period("window", _first_stretch_key(opening), opening.group())
    # The clause's dates, and those the sentence gives before its first
    # amount or after its last: "Since April 2018 the VCTF made 4,937 arrests
    # ... and recovered 651 weapons by May 2019" dates every amount.
    # (Not past a concession after the amount: "about 20 a week, though 356
    # went in during October 2024" dates the 356 alone.)
    dates = [
        f for f in figures
        if f.kind == "date" and isinstance(f.value, str) and (lo <= f.start and f.end <= hi or f.end <= first or f.start >= last and not _CONCESSION.search(text, min(fig.end, last), f.start) and not _AIM_CLAUSE.search(text, fig.end, f.start) and not _ends_its_running_total(text, f, fig, last))
        and not _dated_by_verb(text, f, figures)
        # ("2,900 more than in 2023": the year compared with, not the figure's.)
        and not _COMPARED_WITH.search(text, max(0, f.start - 16), f.start)
        and not _in_a_clause_of_the_scene(text, f)
    ]
    said_on = [d for d in dates if _SAID_ON.search(text, max(0, d.start - 40), d.start) and _WHAT_WAS_SAID_NEXT.match(text, d.end)]
    if said_on and len(said_on) < len(dates):
        # "The Courier reported in January that retailers had logged 4,628
        # incidents in 2024-25": when it was said, beside the time it holds.
        # (Not "The report says in April and May 2025, ... Dunmarsh recorded
        # 221": what it says is of April and May.)
        dates = [d for d in dates if d not in said_on]
    if dates and ", a" in text:
        # "The Trust, a charity that has kept people safe since 1987, reached
        # 58,600 people": the date of what the name is, not of this figure.
        described = [(m.start(), m.end()) for m in _APPOSITIVE.finditer(text) if not m.start() <= fig.start < m.end()]
        dates = [d for d in dates if not any(a <= d.start < b for a, b in described)]
    ends = [_range_end(text, d, figures) for d in dates]
    dates += [p for p in ends if p is not None and p not in dates]
    attached = [_attached_amount(text, d, figures) for d in dates]
    # "including 6,290 between April and the end of October": a range's end is
    # the amount's whose range it closes. (An end added above opens no range
    # of its own: "and", "to" stand before it, not "between" or "from".)
    starts = {id(end): owner for end, owner in zip(ends, attached) if owner is not None and end is not None}
    attached = [owner if owner is not None else starts.get(id(d)) for d, owner in zip(dates, attached)]
    # "climbed from 910 at the end of May 2019 to 3,148 by April 2022": each
    # amount has its own date; another's is not its window ("150 have now
    # accepted one, and City Hall expects 300 by 2025").
    # A date of its own outranks one the sentence opens with: "In 2023/24,
    # 48,700 ..., up from 29,300 in 2022/23" dates the 29,300 to 2022/23 alone.
    # (Not the sentence's first amount, which the opening date is of: "By the
    # end of May 2019, ... had recovered 1,910 knives since its launch in April 2018".)
    own = [d for d, owner in zip(dates, attached) if owner is fig]
    later = any(_a_level(text, f) and f.end <= fig.start for f in figures)
    dates = own if later and any(d.start >= fig.end for d in own) else [d for d, owner in zip(dates, attached) if owner is fig or owner is None]
    if len(dates) == 1 and fig.kind == "money" and _FROM_OPENS.search(text, max(0, dates[0].start - 12), dates[0].start):
        # "From 1 April 2024, parking costs £2.50": the day the charge starts,
        # not a stretch it is counted over; the level is the documents' own.
        return None
    if len(dates) == 1 and isinstance(dates[0].value, str) and dates[0].value[:1].isdigit() and (
        _FROM_ITS_START_TO.search(text, max(0, dates[0].start - 60), dates[0].start) or _RUNNING_ENDS_AT.search(text, max(0, dates[0].start - 60), dates[0].start)
    ):
        # "Between launch and 31 March 2025 the programme had 1,460
        # referrals", "... since its launch by the end of July 2025": a
        # running total from its start, to that day.
        return Period("running", "", f"from its start to {dates[0].text}", ends=dates[0].value)
    if len(dates) == 1 and _SINCE_BEFORE.search(text, max(0, dates[0].start - 60), dates[0].start):
        # "Since it was set up in April 2018 the taskforce has taken 3,148
        # knives": a running total from then, to whenever it is said.
        # Keyed by when it began, as "since it began in 2021" is.
        start = dates[0].value if isinstance(dates[0].value, str) and (dates[0].value[:1].isdigit() or dates[0].value.startswith("--")) else ""
        return Period("running", start, f"since {dates[0].text}")
    paired = _paired_date(text, fig, figures, dates)
    if paired is not None:
        dates = [paired]
    if dates:
        within = len(dates) == 1 and bool(_WITHIN_BEFORE.search(text, max(0, dates[0].start - 12), dates[0].start))
        if within and _SAID_ON.search(text, max(0, dates[0].start - 40), dates[0].start) and _RUNNING_CUE.search(near):
            # "has now taken 300 knives since its launch, police said in
            # September": when it was said, the moment of the running total,
            # not a month it was counted over.
            within = False
        said = [_quarter_of(text, d) for d in dates if isinstance(d.value, str)]
        return Period("window", window_of_dates([value for value, _ in said]), ", ".join(words for _, words in said), within)
    relative = _RELATIVE_TIME.search(near) if "by" in near.lower() else None
    if relative:
        return Period("window", " ".join(relative.group().lower().split()), relative.group())
    running = _RUNNING.search(near) if _RUNNING_CUE.search(near) else None
    if running:
        # A date the sentence gives for it ("910 to date, the Met said in
        # August 2019") was read above; one inside another amount's clause
        # ("900 arrests over December, and 150 schools so far") is not its.
        # "since it began in 2021": keyed by when it began, which the date right after says.
        end = near_at + running.end()
        start = next((f for f in figures if f.kind == "date" and isinstance(f.value, str) and _START_GAP.fullmatch(text, end, f.start)), None)
        return Period("running", start.value if start is not None and isinstance(start.value, str) else "", running.group())
    if fig.kind not in AMOUNTS:
        return None
    # "a £10m pot in total", "In total, the fund is worth £10m": a total,
    # not the documents' yearly £10m.
    total = _IN_TOTAL.match(text, fig.end, min(hi, fig.end + 40)) or _TOTAL_LEAD.search(text, lo, fig.start)
    if total:
        return Period("total", "", total.group(1))
    return None


# What a date in a sentence dates: the event its verb names, as the noun
# documents use for it ("launched in April 2018" -> the launch).
_EVENTS = {
    "announced": "announcement", "unveiled": "announcement", "launched": "launch", "opened": "launch",
    # A start, which documents call a launch or a founding (see checking's _A_START).
    "began": "start", "started": "start", "introduced": "launch", "created": "creation",
    "set up": "creation", "established": "creation", "founded": "creation", "published": "publication",
    "released": "publication", "held": "held", "hosted": "hosted", "convened": "convened",
    "presented": "presentation", "visited": "visit", "travelled": "visit", "traveled": "visit", "toured": "visit", "ran": "ran",
    "awarded": "award", "closed": "closure", "shut": "closure",
    # A decision taken on a day: "the settlement was confirmed in November 2024".
    "confirmed": "confirmation",
    # Phrasal verbs editors use for the same events.
    "came out": "publication", "rolled out": "launch", "kicked off": "launch", "got off the ground": "launch",
    "went live": "launch", "got under way": "launch", "got underway": "launch",
    # Idioms whose words are no object: "opened its doors in February 2024".
    "opened its doors": "launch", "opened their doors": "launch", "opened to the public": "launch",
    "got going": "launch", "began operating": "launch", "started operating": "launch",
    "came into force": "launch", "came into effect": "launch", "took effect": "launch",
    # Something that happened on a day: the documents give "the date of" it.
    "took place": "date", "happened": "date", "occurred": "date",
    # ... and its end, which the documents give as the date it "ended".
    "ended": "end", "was called off": "end", "came to an end": "end",
    # A meeting on a day: "The full council meets on 26 February to vote on ...".
    "meets on": "meeting", "met on": "meeting", "will meet on": "meeting",
    # A deadline: "Councils have until 29 May to bid", the documents' "closing date".
    "have until": "deadline", "has until": "deadline", "had until": "deadline",
    # The nouns themselves: "its launch in April 2018", "the fund's creation in February".
    "launch": "launch", "creation": "creation", "announcement": "announcement", "publication": "publication",
    "award": "award", "closure": "closure",
}
# Case matters: "the Met said in August" is the police, not a meeting.
# A participle may open the sentence capitalised: "Launched in April 2018, the taskforce ...".
_EVENT_WORD = regex(r"\b(" + "|".join(sorted({*_EVENTS, *(w.capitalize() for w in _EVENTS if w.endswith("ed") or w.startswith("set"))}, key=len, reverse=True)) + r")\b")
_CLAUSE_MARK = regex(r"[.;,]")
# A determiner before an amount sets it before a noun: "its £2.8m fund".
_DETERMINER_BEFORE = regex(r"\b(?:the|its|his|her|their|a|an|this)\s{1,3}$", re.I)


def _clause_ends_between(text: str, start: int, end: int, figures: list[Figure]) -> bool:
    """Whether a clause ends between an event verb and its date. The point
    of an amount set before a noun is none: "announced *its £2.8m* fund on
    12 October"; "set up with £250,000 under the June 2017 strategy" ends
    at the amount's comma, as any other amount's."""
    said = text[start:end]
    for f in figures:
        if f.kind in AMOUNTS and start <= f.start and f.end <= end and _DETERMINER_BEFORE.search(text, max(0, f.start - 8), f.start):
            said = said[: f.start - start] + "0" * (f.end - f.start) + said[f.end - start :]
    return _CLAUSE_MARK.search(said) is not None


_EVENT_NOUNS = frozenset({"launch", "creation", "announcement", "publication"})
_NOUN_TO_DATE = regex(r"\s{1,20}(?:in|on|at|of)\s{1,20}(?:early\s{1,20}|late\s{1,20}|mid-?)?")


# "the June 2017 knife crime strategy", "his 2018 budget": a date set before a
# noun, after its article, is that thing's date, not when an amount holds.
_ARTICLE_BEFORE = regex(r"\b(?:the|its|his|her|their|this|that)\s{1,3}$", re.I)
_NOUN_AFTER = regex(r"\s{1,3}(?!(?:and|or|to|until|till|in|on|at|by|for|from|with|when|as|after|before|the|a|an|was|were|is|are|had|has|have|saw|figures?|total|totals|count)\b)[A-Za-z][\w-]*", re.I)


# "the 2023/24 financial year" is a time, not a thing the date names.
_YEAR_NOUN_AFTER = regex(r"\s{1,3}(?:(?:financial|calendar|school|academic|tax|fiscal)\s{1,3})?(?:year|quarter|half|period|season|term)\b", re.I)


def _dated_by_verb(text: str, date: Figure, figures: list[Figure]) -> bool:
    """Whether an event verb owns the date ("first set up in June 2017"): it
    says when that happened, not when an amount beside it holds. (An event
    noun, "from its launch in April 2018", starts a window.) So does the
    thing it is set before ("under the June 2017 knife crime strategy")."""
    if _ARTICLE_BEFORE.search(text, max(0, date.start - 8), date.start) and _NOUN_AFTER.match(text, date.end) and not _YEAR_NOUN_AFTER.match(text, date.end):
        return True
    found = _event_match(text, date, figures)
    return found is not None and found.group(1).lower() not in _EVENT_NOUNS


def _event_subject(text: str, found: re.Match[str]) -> str:
    """The words of the date's clause before its event verb (`found`): what
    the event happened to ("*The Young Londoners Fund* was launched in June 2017")."""
    before = text[: found.start()]
    mark = _last_clause_mark(before)
    subject, head = before[mark:], before[:mark].rstrip()
    if _RELATIVE_SUBJECT.fullmatch(subject) and head.endswith(","):
        # "Oakrenford's own scheme, Bridgeward, which started in 2024": what
        # "which" refers back to, with the words it is named by.
        return _DATE_LEAD.sub("", head[:-1]).strip()
    if not subject.strip() and before.rstrip().endswith(","):
        # "The Ashgate House Museum, shut since September 2023, ...": the
        # verb opens an aside on what the clause before the comma names.
        before = before.rstrip()[:-1]
        subject = before[_last_clause_mark(before) :]
    # "In March 2018 the Mayor created ...": the date and its preposition are not the subject.
    return _DATE_LEAD.sub("", subject).strip()


_RELATIVE_SUBJECT = regex(r"\s{0,3}(?:which|who|that)\s{0,3}(?:(?:was|were|had\s{1,3}been|has\s{1,3}been|first|only)\s{1,3})*", re.I)


def _last_clause_mark(before: str) -> int:
    """Where the clause that ends `before` starts: after its last stop,
    colon, semicolon or comma (not the comma of "31,200")."""
    marks = [m.end() for m in _EVENT_CLAUSE_MARK.finditer(before)]
    return marks[-1] if marks else 0


_EVENT_CLAUSE_MARK = regex(r"[.;:](?!\d)|,(?!\d{3}\b)")


def _event_object(text: str, found: re.Match[str], fig: Figure) -> str:
    """What the date's event verb (`found`) names between itself and the
    date ("launched *the VRU* in 2019"), or "" ("was launched in April 2018")."""
    if found.start() > fig.end:
        # The verb after the date ("In March 2018 the Mayor created the fund"): what follows it.
        said = _CLAUSE_MARK.split(text[found.end() : found.end() + 80], 1)[0].strip()
        return said if _OBJECT_START.match(said) else ""
    said = _DATE_PREPOSITION.sub("", text[found.end() : fig.start]).strip()
    # An object names a thing: "the VRU", "its strategy", "MyEnds"; not an
    # agent ("by the Mayor"), a place ("to Scotland") or an idiom ("began work").
    return said if _OBJECT_START.match(said) else ""


_DATE_LEAD = regex(r"^\s{0,3}(?:(?:back|early|late)\s{1,3})?(?:in|on|by)\s{1,3}(?:[A-Z][a-z]{2,8}\s{1,3})?\d{4}\s{0,3},?", re.I)
_DATE_PREPOSITION = regex(r"\s{1,3}(?:in|on|at|of|during|by)\s{1,3}(?:early\s{1,3}|late\s{1,3}|mid-?)?$", re.I)
_OBJECT_START = regex(r"(?:the|a|an|his|her|its|their|this|these)\s|[A-Z]")


_SINCE_VERB = regex(r"\bsince(?:\s{1,3}[\w'\u2019]{1,20}){0,3}\s{1,3}$", re.I)


# A date that opens its clause: "In March 2018, the Mayor created ...".
_DATE_OPENS = regex(r"(?:^|[.;:!?]\s{0,3}|\band\s{1,3})(?:(?:back|early|late)\s{1,3})?(?:in|on|by)\s{1,3}$", re.I)
_SUBJECT_TO_VERB = regex(r",?\s{1,3}(?:[\w'\u2019-]{1,30}\s{1,3}){1,6}?(?:was\s{1,3}|were\s{1,3}|had\s{1,3}|has\s{1,3})?$")


def _event_after(text: str, fig: Figure, figures: list[Figure]) -> re.Match[str] | None:
    """For a date that opens its clause, the event verb a few words after it:
    "In March 2018 the Mayor *created* the £45m Young Londoners Fund"."""
    if not _DATE_OPENS.search(text, max(0, fig.start - 20), fig.start):
        return None
    found = _EVENT_WORD.search(text, fig.end, min(len(text), fig.end + 80))
    if found is None or found.group(1).lower() in _EVENT_NOUNS:
        return None
    if not _SUBJECT_TO_VERB.fullmatch(text, fig.end, found.start()) or any(fig.end <= f.start < found.start() for f in figures):
        return None
    return found


# "Rural crime ran at 25 offences a week", "costs ran to £2m": a level, not a run that took place.
_RAN_AT_A_LEVEL = regex(r"ran\s{1,3}(?:at|to|into)\b", re.I)
# What may stand between a verb and the count that is its object: "shut *more than* 31 lines".
# (And "only": "ran only 12 sessions in 2025" counts sessions over 2025 as
# "ran 12 sessions" does; and a verb's particle: "shut down 52 deal lines in 2024-25".)
_BEFORE_AN_OBJECT_COUNT = regex(r"(?:\s{1,3}(?:down|up|out|off))?\s{1,3}(?:(?:only|just)\s{1,3})?(?:(?:more\s{1,3}than|over|almost|nearly|about|around|some|another|a\s{1,3}further|at\s{1,3}least)\s{1,3})?")


def _event_match(text: str, fig: Figure, figures: list[Figure]) -> re.Match[str] | None:
    """The event word a date belongs to: the nearest event verb before it, when
    no other date stands between them ("launched in April 2018 up until May
    2019": April is the launch, May is not)."""
    m = named = None
    for found in _EVENT_WORD.finditer(text, max(0, fig.start - 100), fig.start):
        if _RAN_AT_A_LEVEL.match(text, found.start()):
            continue  # "ran at more than 25 offences a week in 2024": a level held then, no event
        if any(f.kind == "count" and f.end <= fig.start and _BEFORE_AN_OBJECT_COUNT.fullmatch(text, found.end(), f.start) for f in figures):
            continue  # "shut 31 lines over the course of 2024": closures counted over the year, not one closure's date
        if fig.start - found.end() <= 80 and not _clause_ends_between(text, found.end(), fig.start, figures):
            m = found  # the nearest event word before the date, in its clause
            named = found if _EVENTS[found.group(1).lower()] != "date" else named
    if m is not None and named is not None and _EVENTS[m.group(1).lower()] == "date":
        # "The launch of the fund happened in March 2018": the event named, not "happened".
        m = named
    if m is None:
        return _event_after(text, fig, figures)
    verb_at = m.start()
    word = m.group(1).lower()
    if word in _EVENT_NOUNS and not _NOUN_TO_DATE.fullmatch(text[m.end(1) : fig.start]):
        return None  # a noun dates only what follows it closely: "its launch in April 2018", not "its launch and the end of May"
    if _SINCE_VERB.search(text, max(0, verb_at - 30), verb_at) and any(f.kind in AMOUNTS and verb_at < f.start < fig.start for f in figures):
        # "since it was set up had reached 651 by December 2018": the verb
        # starts a running total; a date after its amount is where it ends.
        return None
    between = [f for f in figures if f.kind == "date" and verb_at < f.start < fig.start]
    # "ran through November and December": dates joined by "and" share it.
    if between and not all(re.fullmatch(r"\s*(?:,|and|&|or)\s*", text[a.end : b.start]) for a, b in zip(between, [*between[1:], fig])):
        return None
    return m


def read(text: str, figures: list[Figure]) -> list[Reading]:
    """What `text` says of each of `figures` (read from it), in order."""
    restated = _restatements(text, figures)
    if restated:
        # "More than half (54%) of patients said ...": the share said again,
        # read with the words of the one it restates, as if it were not there.
        chars = list(text)
        for _, (lo, hi) in restated.values():
            chars[lo:hi] = " " * (hi - lo)
        kept = [f for f in figures if f not in restated]
        of = dict(zip(kept, read("".join(chars), kept)))  # (in order: a reading may carry a changed figure)
        return [replace(of[restated[f][0]], figure=f) if f in restated else of[f] for f in figures]
    every = list(figures)  # a copy: what is read later must see the sentence as it was
    # "Correction, 28 March 2025: ... it was £3.8m": when the note was
    # written, not when its figures hold; the others are read without it.
    noted = next((f for f in every[:1] if f.kind == "date" and _DATELINE.match(text, 0, f.start) and _COLON_AFTER.match(text, f.end)), None)
    others = [f for f in every if f is not noted]
    dates = [f for f in others if f.kind == "date"]
    # Where the last amount ends (the noted date is no amount, so one place for every figure).
    last = max((f.end for f in others if f.kind in AMOUNTS), default=0)
    out = []
    for fig in every:
        figures = every if fig is noted else others
        stance, cue = _stance(text, fig, figures)
        if stance is Stance.DENIED and fig.qualifier in _BOUND_DENIED and _NOT_A_BOUND.fullmatch(cue + " "):
            fig = replace(fig, qualifier=_BOUND_DENIED[fig.qualifier])  # what "not more than 70" denies: more than 70
        presupposed = _whole_presupposed(text, fig, stance, cue)
        if presupposed is not None:
            # Read within its noun phrase: what the "one" is denied to do is not said of the whole.
            part, (fig, whole_ends), stance, cue = fig, presupposed, Stance.ASSERTED, ""
        else:
            part, whole_ends = None, _whole_of_the_part(text, fig)
        if whole_ends:
            # Read within its phrase, its time too: "Of the £4.5m allocated
            # for 2024-25, £2.7m had been committed by the end of October".
            in_it = [fig if f is part else f for f in figures if f.end <= whole_ends]
            clause = lo, hi = 0, whole_ends
            around = _Around(text[:whole_ends], fig, in_it, lo, hi, whole=False)
            scope = _cut(text, 0, whole_ends, [(f.start, f.end) for f in in_it])
        else:
            clause = _clause_bounds(text, fig, figures)
            lo, hi = _trimmed(text, fig, clause)  # scope_of
            around = _Around(text, fig, figures, lo, hi, whole=clause == (0, len(text)))
            scope = _scope(text, fig, figures, clause, lo, hi, around)
        # (Not a date that ends another amount's running total: "works in 14
        # schools, and had worked with 2,630 pupils since its launch by July 2025".)
        dated = any(f is not fig and not _ends_its_running_total(text, f, fig, last) for f in dates)
        denied_by = _denied_statement_before(text, fig, text[max(0, fig.start - 300) : fig.start]) if stance in (Stance.CHANGE, Stance.PREVIOUS) else ""
        out.append(Reading(fig, stance, cue, scope, dated, around, every_moment=_never_past(text, fig, stance), denied_by=denied_by))
    return _gapped(text, _set_beside(text, _targets_for_it(_running_on(text, _shared_leads(text, every, _at_the_change_s_time(text, _compared(text, _contrasted(text, _denied_in_turn(text, _negated_change(text, out))))))))))


# A sentence opening with a clause that dates what "it" or "they" did, then
# the main clause's subject: "Since it began in September 2021, Operation
# Greyling has ...", "When they launched in May, the patrols were ...".
_OPENING_IT_CLAUSE = regex(r"\s{0,3}(?:Since|When|After|Before|Until)\s{1,3}(?:it|they)\s{1,3}(?:(?:was|were|first)\s{1,3})?[a-z]{3,15}\s{1,3}(?:in|on)\s{1,3}$")
_MAIN_SUBJECT = regex(r"\s{0,3},\s{1,3}((?:[Tt]he\s{1,3})?(?:[\w'\u2019-]{1,30}\s{1,3}){0,4}?)(?=(?:has|have|had|was|were|is|are|will|would)\b)")


def _main_subject_after(text: str, date: Figure) -> str:
    """For a date in such a clause, the main clause's subject ("Operation
    Greyling"), which "it" is; "" for any other date."""
    opening = _OPENING_IT_CLAUSE.fullmatch(text, 0, date.start)
    subject = _MAIN_SUBJECT.match(text, date.end) if opening is not None else None
    return subject.group(1).strip() if subject is not None else ""


# "Not one of the 60 cameras went to drivers": the "one" is denied; the 60
# it is one of are said to be there. (Not "not one in ten", a share.)
_NOT_ONE_OF_THE = regex(r"(?:a\s+single\s+)?one\s+of\s+(?:the|its|their|these|those)\s+", re.I)


# Where the whole's noun phrase ends: at the verb that says what the "one"
# did not do ("went", "has been"; not a relative clause's, "that took up"),
# or at a clause's punctuation.
_WHOLE_PHRASE_END = regex(
    r"[,;:()\u2014\u2013]|\s-\s|(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s(?:was|were|is|are|has|have|had|went|got|did|does|do|will|would|could|can|may|might|must|should|made|received|reached|took|came|saw|met|won|passed|needed|used)\b",
    re.I,
)


def _whole_presupposed(text: str, fig: Figure, stance: Stance, cue: str) -> tuple[Figure, int] | None:
    """The whole of a proportion denied as "not one of", as a figure of its
    own, and where its noun phrase ends; None for any other figure."""
    if stance is not Stance.DENIED or fig.category != "proportion" or cue.lower() != "not":
        return None
    lead = _NOT_ONE_OF_THE.match(fig.text)
    if lead is None:
        return None
    start = fig.start + lead.end()
    found = parse_figures(text[start : fig.end])
    ends = _WHOLE_PHRASE_END.search(text, fig.end, min(len(text), fig.end + 120))
    if len(found) != 1 or found[0].start != 0 or ends is None:
        return None
    return replace(found[0], start=start, end=start + found[0].end), ends.start()


# "58% were seen within four hours, well short of the 76% national target":
# a target or standard set against the amount before it is for that amount's measure.
_TARGET_FOR_IT = regex(
    r"(?:(?:well|far|just|some\s+way|a\s+long\s+way)\s+)?(?:short\s+of|below|above|under|over|against|beating|missing|behind|ahead\s+of|compared\s+with)\s+"
    rf"(?:the|a|an|its|their)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_AIM_NOUNS}|expectation)s?\b(?:\s+of)?\W*$",
    re.I,
)


# "..., while Brayford's figure stood at 102", "while across the border in
# Marrowfold they fell to 87": a clause that sets another place's figure
# beside the one before, calling that measure only "its figure" or "they".
_NAME = r"[A-Z][\w'\u2019-]*(?:\s{1,3}[A-Z][\w'\u2019-]*){0,3}"
_PARALLEL_LEAD = regex(
    r"(?:,|;|\u2014|\u2013)\s{1,3}(?:while|whereas|but|and|against)\s{1,3}"
    r"(?:(?:across|over)\s{1,3}the\s{1,3}border\s{1,3}|(?:in\s{1,3}|for\s{1,3})?(?:neighbouring\s{1,3})?" + _NAME + r",?\s{1,3}|in\s{1,3}(?:neighbouring\s{1,3})?" + _NAME + r",?\s{1,3})*"
    r"(?:(?:" + _NAME + r"['\u2019]s|its|their|the)\s{1,3}(?:own\s{1,3})?(?:figure|number|total|count|rate|tally|share)(?:\s{1,3}(?:for|in)\s{1,3}(?:neighbouring\s{1,3})?" + _NAME + r")?|they|it)"
    r"\s{1,3}(?:(?:had|has|have)\s{1,3})?(?:stood\s{1,3}at|was|were|fell\s{1,3}to|rose\s{1,3}to|dropped\s{1,3}to|climbed\s{1,3}to|reached|came\s{1,3}to|grew\s{1,3}to)"
    r"\s{1,3}(?:just\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|some\s{1,3})?$"
)


# A place a scope sets its figure in: "in Dunmarsh", "across Marrowfold", "Vardenshire's".
_PLACE_SET = regex(r"\b(?:in|across|throughout)\s{1,3}(?:the\s{1,3})?" + _NAME + r"|\b[A-Z][\w-]*['\u2019]s\b")


def _set_beside(text: str, readings: list[Reading]) -> list[Reading]:
    """An amount in a clause that sets another place's figure beside the
    amount before it ("..., while Brayford's figure stood at 102"): what it
    measures is the one before's, so it is read with that one's words as
    well as its own (its place among them)."""
    out = list(readings)
    for i, this in enumerate(out):
        if i == 0 or this.figure.kind not in AMOUNTS or this.stance is not Stance.ASSERTED:
            continue
        if _PARALLEL_LEAD.search(text, max(0, this.figure.start - 200), this.figure.start) is None:
            continue
        earlier = next((r for r in reversed(out[:i]) if r.figure.kind == this.figure.kind), None)
        if earlier is not None:
            # (Without the places the one before is set in: the clause names its own.)
            out[i] = replace(this, scope=f"{_PLACE_SET.sub(' ', earlier.scope)} {this.scope}", shared_window=this.shared_window or earlier.window)
    return out


# "with the health board putting in £1.5m and the council £900,000": a
# second amount after "and" and a noun, its verb left out (gapped).
_GAPPED_BETWEEN = regex(r"(?P<shared>(?:\s{1,3}(?!and\b)[\w'\u2019-]+){0,6}?)\s{1,3}and\s{1,3}((?:the|its|their|a|an)\s{1,3}(?:[\w'\u2019-]+\s{1,3}){0,3}?[\w'\u2019-]+|[A-Z][\w'\u2019-]*(?:\s{1,3}[A-Z][\w'\u2019-]*){0,3})\s{1,3}(?:some\s{1,3}|about\s{1,3}|nearly\s{1,3}|almost\s{1,3})?")
# ... and the verb the amount before it has: what follows its subject.
_GAPPED_VERB = regex(r"\b((?:(?:is|was|were|are|has|have|had|will|would)\s{1,3})?(?:[a-z]{2,20}ing|[a-z]{2,20}ed|gave|gives|give|put|puts|pays|paid|pay|provides|provide|spent|spends|spend|got|gets|receives|receive)\b(?:\s{1,3}(?:in|up|out|on|to|towards|into))?)\s{0,3}$")


# A word that makes a clause of its own: "and the Fund *is* £50m".
_A_VERB_WORD = regex(r"\b(?:is|was|are|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|do|[a-z]{2,20}ed|[a-z]{2,20}ing)\b")
# Whom the first amount went to, which the noun after "and" may stand for instead of who gave it.
_TO_WHOM = regex(r"\b(?:to|for)\b")


def _gapped(text: str, readings: list[Reading]) -> list[Reading]:
    """"with the health board putting in £1.5m and the council £900,000":
    the second amount's clause is a noun with the first's verb left out;
    it is read as that noun with that verb ("the council putting in"), not
    with the first one's subject."""
    out = list(readings)
    for i in range(1, len(out)):
        first, this = out[i - 1], out[i]
        if first.figure.kind != this.figure.kind or this.figure.kind not in AMOUNTS or this.stance is not first.stance:
            continue
        gap = _GAPPED_BETWEEN.fullmatch(text, first.figure.end, this.figure.start)
        verb = _GAPPED_VERB.search(first.lead) if gap is not None else None
        if gap is None or verb is None or any(_GAPPED_VERB.search(part + " ") is not None or _A_VERB_WORD.search(part) is not None for part in (gap.group(2), gap.group("shared"))):
            continue  # a verb of its own: "... and the Fund is £50m"
        if _TO_WHOM.search(gap.group("shared")):
            continue  # "gave £12m to the unit and the Met £50m": the Met may be who got it, not who gave
        # (With what the two share after the first: "putting £1.5m *into the refit* and the council £900,000".)
        out[i] = replace(this, scope=" ".join(f"{gap.group(2)} {verb.group(1)} {gap.group('shared')} {this.tail}".split()), shared_window=this.shared_window or first.window)
    return out


def _targets_for_it(readings: list[Reading]) -> list[Reading]:
    """A target whose own words are only that ("well short of the national
    target") takes the words of the amount it is set against."""
    out = list(readings)
    for i, r in enumerate(out):
        if i == 0 or r.figure.kind not in AMOUNTS or not _TARGET_FOR_IT.match(r.scope):
            continue
        level = next((p for p in reversed(out[:i]) if p.figure.kind == r.figure.kind and p.stance is Stance.ASSERTED), None)
        if level is not None:
            out[i] = replace(r, scope=f"{r.scope} {level.scope}")
    return out


# A share said again right after another, in brackets or between commas:
# "More than half (54%) of patients", "More than half, 54%, said ...".
_RESTATED_OPEN = regex(r"\s{0,2}(?:\(|,\s)\s{0,2}\Z")
_RESTATED_CLOSE = regex(r"\s{0,2}[),]")
_SHARES = frozenset({"percent", "fraction", "proportion"})


def _in_percent(fig: Figure) -> Decimal | None:
    if not isinstance(fig.value, Decimal) or fig.kind not in _SHARES:
        return None
    return fig.value if fig.kind == "percent" else fig.value * 100


def _restatements(text: str, figures: list[Figure]) -> dict[Figure, tuple[Figure, tuple[int, int]]]:
    """Each share that restates the one before it ("half (54%)"), with the
    figure it restates (the first of a chain) and the span it and its
    brackets or commas take; only where the two agree ("more than half" and
    54%, "nearly a third" and 31%)."""
    found: dict[Figure, tuple[Figure, tuple[int, int]]] = {}
    for a, b in zip(figures, figures[1:]):
        first, again = _in_percent(a), _in_percent(b)
        if first is None or again is None or a.kind == b.kind:
            continue
        opened = _RESTATED_OPEN.search(text, a.end, b.start)
        closed = _RESTATED_CLOSE.match(text, b.end)
        if opened is None or opened.start() != a.end or closed is None or (text[opened.start() : opened.end()].strip() == "(") != (closed.group().strip() == ")"):
            continue
        agrees = again > first if a.qualifier == "more_than" else again <= first if a.qualifier in ("almost", "less_than") else abs(again - first) <= 5
        if agrees:
            found[b] = (found[a][0] if a in found else a, (a.end, closed.end()))
    return found


# A change verb negated in the clause before a change's figures: "has not
# cut the wait for a scan from 11 weeks to four", "did not rise from £2.50".
_NEGATED_CHANGE = regex(
    r"\b(?:not|never|n['\u2019]t)\s{1,3}(?:(?:yet|been|actually|really|now)\s{1,3})?"
    r"(?:cut|reduced?|rise|risen|rose|fall|fallen|fell|increased?|decreased?|grow|grown|grew|dropped|drop|climbed|climb|doubled?|halved?|gone\s{1,3}(?:up|down)|go\s{1,3}(?:up|down)|soared|plunged|jumped|shrunk|shrank|slashed|raised?|lowered)\b"
    r"[^.;:!?]{0,120}$",
    re.I,
)


def _negated_change(text: str, readings: list[Reading]) -> list[Reading]:
    """Both levels of a change whose verb is negated are denied: "It has not
    cut the wait from 11 weeks to four weeks" gives neither the earlier
    level nor the later as the documents' (nor "by 22%" as a change made)."""
    if "not" not in text and "never" not in text and "n't" not in text and "n\u2019t" not in text:
        return readings  # (most sentences)
    out = list(readings)
    for i, r in enumerate(out):
        if r.stance not in (Stance.PREVIOUS, Stance.CHANGE) or r.denied_by:
            continue
        lead = text[max(0, r.figure.start - 160) : r.figure.start]
        m = _NEGATED_CHANGE.search(lead)
        if m is None or re.search(r"\b(?:but|only|just|although|though|while)\b", m.group()):
            continue
        out[i] = replace(r, denied_by="not")
        later = out[i + 1] if i + 1 < len(out) else None
        if r.stance is Stance.PREVIOUS and later is not None and later.stance is Stance.ASSERTED and re.fullmatch(r"\s{1,3}(?:[\w'\u2019-]+\s{1,3}){0,2}to\s{1,3}", text[r.figure.end : later.figure.start]):
            out[i + 1] = replace(later, stance=Stance.DENIED, cue="not")
    return out


# "has not granted £7m to projects *and* £250,000 to community groups": the
# next object of the negated verb, with no verb of its own between ...
_JOINED_OBJECT = regex(r"(?:(?!\b(?:but|yet|while|whereas|though|although|instead|rather|only)\b)[^.;:!?]){0,200}?\b(?:and|or|nor)\s{1,3}(?:also\s{1,3})?$", re.I)
# ... or the next predicate it shares its negated auxiliary with: "has not
# carried out 8,452 sweeps, *recovered* 910 knives *and arrested* 4,937".
_JOINED_PREDICATE = regex(
    r"[^.;:!?]{0,150}?(?:,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s(?:and|or|nor)\s{1,3})(?:also\s{1,3})?"
    r"(?:[a-z]{2,20}ed|made|took|gave|won|got|spent|put|cut|held|ran|paid|sent|brought|bought|sold|built|lost|led|fed|set|caught|kept|met|saw|found|taken|given|done)\s{1,3}(?:[\w'\u2019-]+\s{1,3}){0,3}$"
)
# (An aside may stand between: "has not, as claimed, carried out 8,452 sweeps".)
_NEGATED_VERB = regex(r"\b(?:not|never|n['\u2019]t)(?:,\s{1,3}[^,;]{1,40},)?\s{1,3}(?:[a-z]+\s{1,3}){1,3}$", re.I)
# ... or the next item of its list: "recovered 910 knives, 651 offensive weapons".
_LISTED = regex(r"(?:\s{1,3}[a-z][\w'\u2019-]*){0,3},\s{1,3}")
# "had not spent £5.9m, including £1.31m in June": a part of the denied amount, denied with it.
_INCLUDING_A_PART = regex(r"(?:\s{1,3}[a-z][\w'\u2019-]*){0,5},\s{1,3}(?:including|of\s{1,3}which|among\s{1,3}them)\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3})?", re.I)
# "has not allocated £1.4m *to* 43 projects", "did not spend £2m *on the* 12 minibuses":
# what the negated verb's object went to.
_GIVEN_TO = regex(r"\s{1,3}(?:[a-z][\w'\u2019-]*\s{1,3}){0,2}?(?:to|for|on|across|among|between|into)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|some\s{1,3})?")
# An aside the negation stands across: "has not, as claimed, been allocated".
_AN_ASIDE = regex(r",\s{1,3}[^,;:.!?]{1,40},")
# A verb of its own, with its auxiliary or subject: the joined clause says something else.
_AUXILIARY = regex(r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|it|they|he|she|we|I)\b")


def _denied_in_turn(text: str, readings: list[Reading]) -> list[Reading]:
    """An amount joined to one a negated verb denies is denied too: "The
    Mayor has not granted £7m to projects and £250,000 to community groups"
    says neither; "£1.4m has not been allocated to 43 projects" says neither."""
    out = list(readings)
    carried = False
    for i in range(1, len(out)):
        prev, this = out[i - 1], out[i]
        # (One denied in its own right, far from its negation, takes the
        # negated predicate's words, to carry them on: "has not yet been
        # spent on 12 minibuses for 3 clubs".)
        if this.stance not in (Stance.ASSERTED, Stance.DENIED) or prev.stance is not Stance.DENIED or this.figure.kind not in AMOUNTS or prev.figure.kind not in (*AMOUNTS, "date"):
            carried = False
            continue
        lo, hi = prev.figure.end, this.figure.start
        negated = carried or _NEGATED_VERB.search(text, max(0, prev.figure.start - 60), prev.figure.start) is not None
        if prev.figure.kind == "date":
            # "was not launched in March 2023 with £6 million": what it was
            # launched with, denied with when; nothing else a date carries on.
            carried = negated and _WITH_AMOUNT.fullmatch(text, lo, hi) is not None
            if carried:
                out[i] = replace(this, stance=Stance.DENIED, cue=prev.cue)
            continue
        joined = negated and not _AUXILIARY.search(text, lo, hi) and (
            _JOINED_OBJECT.fullmatch(text, lo, hi) or _JOINED_PREDICATE.fullmatch(text, lo, hi) or _LISTED.fullmatch(text, lo, hi) or _INCLUDING_A_PART.fullmatch(text, lo, hi)
        )
        # "£1.4m has not(, as claimed,) been allocated to 43 projects": the count in its negated predicate.
        between = _AN_ASIDE.sub(" ", text[lo:hi])
        within = (carried or prev.cue in text[lo:hi]) and denied_by_its_predicate(prev) and not re.search(r"[,;:.!?]|\b(?:and|but|or|while|until|unless|because|if|when|which|who|that)\b", between)
        # "has not allocated £1.4m to 43 projects": the negated verb's object, then whom it went to.
        given_to = negated and _GIVEN_TO.fullmatch(text, lo, hi) is not None
        carried = bool(joined or within or given_to)
        if carried:
            out[i] = replace(this, stance=Stance.DENIED, cue=prev.cue)
    return out


# Between a negated verb's date and what it was done with: "not launched in March 2023 *with* £6 million".
_WITH_AMOUNT = regex(r"\s{1,3}with\s{1,3}(?:(?:a|an|its|their)\s{1,3})?(?:(?:budget|pot|fund|grant)\s{1,3}of\s{1,3})?", re.I)


# "Of the 64 projects, 41 are led by volunteer groups": the whole the part is of.
_OF_THE_WHOLE = regex(r"\W{0,3}Of\s+(?:the|its|their|these|those|all)\s+(?:[\w'\u2019-]+\s+){0,3}$", re.I)


def _whole_of_the_part(text: str, fig: Figure) -> int:
    """Where a whole the sentence opens with ends ("Of the 64 projects,"), for
    its figure: its words and its time are that phrase's, and what the
    sentence goes on to say is of the part. 0 for any other figure."""
    if not _OF_THE_WHOLE.match(text, 0, fig.start):
        return 0
    comma = text.find(",", fig.end)
    return comma if 0 < comma - fig.end <= 80 else 0


_DATELINE = regex(r"\W{0,3}(?:Correction|Clarification|Update|Updated|Amended|Corrected|Editor['\u2019]s\s+note)\b[,:]?\s{1,3}(?:on\s{1,3})?$", re.I)
_COLON_AFTER = regex(r"\s{0,2}:")


# "replaced 2,100 lights in 2023/24, taking its total since 2021 to 2,900":
# the total is of what the amount before it counts.
_TOTAL_TO = regex(
    r"[^.;:]{0,80}?,\s{1,3}(?:taking|bringing|pushing|raising|lifting)\s{1,3}(?:its|their|the)\s{1,3}(?:running\s{1,3}|overall\s{1,3}|cumulative\s{1,3})?"
    r"total\b[^.;:,]{0,80}?\s{1,3}to\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3}|over\s{1,3})?",
    re.I,
)


def _running_on(text: str, readings: list[Reading]) -> list[Reading]:
    """An amount that takes the one before it to a total ("..., bringing
    the total to 2,900") is read with the words of the one before: what
    it counts, and who."""
    out = list(readings)
    amounts = [i for i, r in enumerate(out) if r.figure.kind in AMOUNTS]
    # (A date between them is no break: "2,100 in 2023/24, taking its total to 2,900".)
    for before, i in zip(amounts, amounts[1:]):
        first, this = out[before], out[i]
        if this.figure.kind == first.figure.kind and _TOTAL_TO.fullmatch(text, first.figure.end, this.figure.start):
            # The total when the earlier amount's dated window ends: at March
            # 2024 for "2023/24", not the newest the documents give.
            earlier = first.window
            ends = earlier.key.rsplit("/", 1)[-1] if earlier is not None and earlier.kind == "window" and earlier.key[:1].isdigit() else ""
            out[i] = replace(this, scope=f"{first.scope} {this.scope}", total_ends=ends)
    return out


# "seized 135 knives and six guns": only the first amount's noun and "and" between them.
# A second verb of the same subject after "and", and the first verb of a lead.
_VERBS_OF_AMOUNTS = r"(?:[a-z]+ed|made|took|gave|spent|put|got|won|paid|sent|brought|ran|set|cut|saw|found|kept|held|seized)"
_SECOND_VERB = regex(rf"\b(?:and|or|plus|but)\s{{1,3}}(?:(?:has|had|have)\s{{1,3}})?{_VERBS_OF_AMOUNTS}\s")
_FIRST_VERB = regex(rf"(?:^|\s)(?:(?:has|had|have|was|were|is|are|will|would)\b|{_VERBS_OF_AMOUNTS}\b|carried\b)")
_JOINED = regex(
    # (", but held only 58% of them": a second verb of the same subject, set against the first.)
    r"(?:(?:\s{1,3}[\w'\u2019-]{1,30}){0,4},\s{1,3}but\s{1,3}(?=" + _VERBS_OF_AMOUNTS + r"\s)"
    r"|\s{1,3}(?:[\w'\u2019-]{1,30}\s{1,3}){0,4}(?:(?:and|or|plus)|(?:[\w'\u2019-]{1,30},\s{1,3})?(?:along\s+with|as\s+well\s+as|together\s+with))\s{1,3})"
    # "... carried out 8,452 sweeps and *made almost* 4,937 arrests": a second
    # verb of the same subject (a past tense, not "the scheme has"), and a qualifier.
    rf"(?:(?:{_VERBS_OF_AMOUNTS}|has|had)\s{{1,3}})?"
    r"(?:only\s{1,3})?(?:(?:almost|nearly|more than|over|some|about|around|another|a further|an extra|close to|just under|just over|at least)\s{1,3})?"
)


# "£110m for the Met and £15m a year for the taskforce": an amount with its own "for ..." is not the next one's.
_OWN_PURPOSE = regex(r"\b(?:for|to|into|on|towards)\b", re.I)


def _shared_leads(text: str, figures: list[Figure], readings: list[Reading]) -> list[Reading]:
    """"In a single week the taskforce seized 135 knives and six guns": an
    amount joined to the one before by "and" shares its subject, verb and
    time, which its own clause ("six guns") lacks."""
    out = list(readings)
    amounts = [i for i, r in enumerate(out) if r.figure.kind in AMOUNTS]
    # Amounts only, and a date between two of them is no break: "970 knives in May alone, along with 98 firearms".
    for before, i in zip(amounts, amounts[1:]):
        first, this = out[before], out[i]
        if this.stance is not first.stance:
            continue
        if not _JOINED.fullmatch(text, first.figure.end, this.figure.start):
            continue
        # The first amount's scope starts where its clause's words do (`read` keeps it in `around`).
        lo = first.around.lo if first.around is not None else scope_of(text, first.figure, figures)[0]
        lead = _cut(text, lo, first.figure.start, [])
        widened = first.scope.find(lead) if lead else -1
        if widened > 0:
            # The first amount's clause named nothing and was read with more
            # of the sentence ("the taskforce carried out 8,452 sweeps, took
            # 910 knives and almost 300 guns"): so is the amount joined to it.
            lead = first.scope[: widened + len(lead)]
        if _SECOND_VERB.search(text, first.figure.end, this.figure.start):
            # "carried out 1,126 inspections and spent £587,300": a verb of
            # its own, so only the subject is shared ("The team ... spent").
            verb = _FIRST_VERB.search(lead)
            lead = lead[: verb.start()].strip() if verb is not None else lead
        scope = f"{lead} {this.scope}" if lead and lead not in this.scope else this.scope
        out[i] = replace(this, scope=scope, shared_window=first.window)
        if first.window is None and this.window is not None and not _OWN_PURPOSE.search(text, first.figure.end, this.figure.start):
            # "six firearms and 135 knives every week": the time said after
            # the last of them is the first's too.
            out[before] = replace(first, shared_window=this.window)
    return out


# "Some reports said the fund was £50m; in fact it is £45m": what others
# said, then corrected, is not claimed.
_REPORTED_LEAD = regex(
    r"\b(?:some|earlier|initial|early|first|media|press|other|several|one|a\s{1,3}few|many)\s{1,3}(?:[\w'\u2019-]{1,20}\s{1,3})?"
    r"(?:reports?|accounts?|outlets?|papers?|newspapers?|headlines?|critics|campaigners|posts?|claims?|leaflets?|flyers?|blogs?|bloggers?|tweets?|websites?|articles?|stories|posters?|commentators|politicians|opponents|rivals|sources)\s{1,3}(?:had\s{1,3})?(?:said|say|says|claimed|claim|suggested|put|reported|gave|stated)\b(?:[^.;:!?]|[.:](?=\d)){0,200}$",
    re.I,
)
_CORRECTED_AFTER = regex(r"(?:[^.!?]|\.(?=\d)){0,150}?[;,\u2014\u2013-]\s{0,3}(?:but\s{1,3})?(in\s{1,3}fact|actually|in\s{1,3}reality|in\s{1,3}truth)\b", re.I)
# "The Mayor claims he granted £7m, but the real figure is £5m": what a
# sayer says, set right by the sentence itself.
_SAYS_LEAD = regex(
    r"\b(?:claims?|claimed|says?|said|insists?|insisted|boasts?|boasted|argues?|argued|maintains?|maintained|states?|stated|told|reported)\b(?:[^.;:!?]|[.:](?=\d)){0,200}$",
    re.I,
)
_REAL_FIGURE_AFTER = regex(
    r"(?:[^.!?]|\.(?=\d)){0,150}?[;,\u2014\u2013-]\s{0,3}(?:(?:but|though|yet|while|whereas|when|and)\s{1,3})?"
    r"(the\s{1,3}(?:real|true|actual|correct)\s{1,3}(?:figure|number|total|amount|count|sum|cost))\s{1,3}(?:is|was|stands\s{1,3}at|comes\s{1,3}to|came\s{1,3}to)\b",
    re.I,
)
# "...; City Hall's figure is 910", "; the true number is 34": the figure said in its place.
_TRUE_FIGURE = regex(r"\b(?:figure|number|total|count|amount)(?:\s+(?:for|of)\s+(?:[\w'\u2019]+\s+){1,3}?)?\s*(?:is|was|stands at)\s*$", re.I)
_ANSWERED_NO = regex(r"\?\s{0,3}" + _ANSWERS_NO + r"\b")
_REPLACING_CUES = frozenset(("rather than", "instead of", "as opposed to"))
_CONTRAST = regex(r"\b(?:but|rather|instead|it was|it is|saying|insisting)\b|[:;]", re.I)


# "has since grown to", "fell to": the level reached, after the verb of change.
_LATER_LEVEL = regex(
    r"\b(?:grown|grew|risen|rose|increased|climbed|jumped|soared|swelled|expanded|doubled|trebled|tripled|fallen|fell|dropped|shrunk|shrank|halved"
    r"|(?:gone|went)\s{1,3}(?:up|down))\s{1,3}to\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3}|over\s{1,3})?$",
    re.I,
)
# After a figure that names nothing it counts: the clause or sentence goes on, or ends.
_BARE_AFTER = regex(r"\s{0,3}(?:[,.;:!?)\u2014\u2013]|$|(?:in|by|this|last|since|from|and|but|as|after|over|according|the|a|an|now|today|so)\b)", re.I)


def _compared(text: str, readings: list[Reading]) -> list[Reading]:
    """"The taskforce now has 250 officers, up from the 150 it was created
    with": an earlier level measures what the figure before it does. And
    "set up with 150 officers, it has since grown to 300": a later level
    that names nothing it counts measures what the level before it does."""
    out = list(readings)
    set_against: dict[int, str] = {}  # an amount set against the one before, and the words of what both measure
    for i, this in enumerate(out):
        if this.figure.kind not in AMOUNTS:
            continue
        earlier = next((r for r in reversed(out[:i]) if r.figure.kind == this.figure.kind and r.stance is Stance.ASSERTED), None)
        if earlier is None:
            continue
        if this.stance is Stance.PREVIOUS:
            # "... from £2.50 to £3.20, and the daily maximum rose from £9 to
            # £11": the level it goes to measures what it does, not the one before.
            to = next((r for r in out[i + 1 :] if r.figure.kind == this.figure.kind and r.stance is Stance.ASSERTED), None)
            if to is not None and not re.fullmatch(r"\s{1,3}to\s{1,3}", text[this.figure.end : to.figure.start]):
                to = None
            out[i] = replace(this, scope=to.scope if to is not None else earlier.scope)
        elif this.stance is Stance.ASSERTED and (change := _LATER_LEVEL.search(text, max(0, this.figure.start - 40), this.figure.start)):
            bare = _BARE_AFTER.match(text, this.figure.end) is not None and not _names_its_own(text, this, earlier, change.start())
            out[i] = replace(this, scope=earlier.scope if bare else this.scope, later=True)
        elif this.stance is Stance.ASSERTED and _IN_ANOTHER_PLACE.match(text, this.figure.end) and (
            _SET_AGAINST_BEFORE.search(text, max(0, this.figure.start - 24), this.figure.start)
            or i - 1 in set_against and _NEXT_IN_THE_LIST.fullmatch(text, out[i - 1].figure.end, this.figure.start)
        ):
            # "2,450 visits per 1,000 residents, compared with 3,120 in
            # Dunstreath, 2,610 in West Morlesham and 1,980 in Kellavon":
            # other places' levels of what the one before measures.
            measure = set_against.get(i - 1) or _PLACE_SET.sub(" ", earlier.scope)
            out[i] = replace(this, scope=f"{measure} {this.scope}", shared_window=this.shared_window or earlier.window)
            set_against[i] = measure
    return out


def _at_the_change_s_time(text: str, readings: list[Reading]) -> list[Reading]:
    """"jumped by 23 in 2024-25, from 41 to 64": the level a change reached,
    given with the level it came from and no time of its own, is of the
    time the change is (the year's count after the year's rise). Only so:
    read after "to" alone ("rose by 31 last year, to 147"), it cost two
    never-read corpora a sentence each."""
    out = list(readings)
    for i, this in enumerate(out):
        if this.stance is not Stance.ASSERTED or this.figure.kind not in AMOUNTS or this.window is not None:
            continue
        change = next((r for r in reversed(out[:i]) if r.figure.kind == this.figure.kind and r.stance is not Stance.PREVIOUS), None)
        if change is None or change.stance is not Stance.CHANGE or change.window is None:
            continue
        between = [r for r in out if change.figure.end <= r.figure.start and r.figure.end <= this.figure.start]
        if all(r.figure.kind == "date" or r.stance is Stance.PREVIOUS for r in between) and _TO_THE_LEVEL.fullmatch(_blank_figures(text, change.figure.end, this.figure.start, between)):
            out[i] = replace(this, shared_window=change.window)
    return out


def _blank_figures(text: str, start: int, end: int, readings: list[Reading]) -> str:
    """`text[start:end]` with each of `readings`' figures written as "#"."""
    parts, at = [], start
    for r in readings:
        parts += [text[at : r.figure.start], "#"]
        at = r.figure.end
    return "".join(parts) + text[at:end]


# Between a change and the level it reached: its time, then the level it
# came from and "to" (figures blanked as "#"): " in 2024-25, from # to ".
_TO_THE_LEVEL = regex(
    r"(?:\s{1,3}(?:in|during|over|across|last|this|between|since)\b[^,;:.!?()\u2014\u2013]{0,40})?,?"
    r"\s{1,3}(?:(?:up|down)\s{1,3})?from\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3})?#\s{1,3}to\s{1,3}"
    r"(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3}|over\s{1,3})?",
    re.I,
)


# The next in a list of such levels: "..., 2,610 in West Morlesham and 1,980 in Kellavon".
_NEXT_IN_THE_LIST = regex(r"\s{1,3}in\s{1,3}[A-Z][\w'\u2019-]*(?:\s{1,3}[A-Z][\w'\u2019-]*){0,3}\s{0,3}(?:,|\band|,\s{1,3}and)\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|just\s{1,3})?")
_SET_AGAINST_BEFORE = regex(r"\b(?:compared\s{1,3}(?:with|to)|against|versus|vs\.?)\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|just\s{1,3})?$", re.I)


# What a clause may open with before its verb of change and still name
# nothing it counts: "it has since grown to", "the total rose to".
_NAMES_NOTHING = frozenset("it its they their this that which while whereas since then now has have had the number total figure tally count level sum".split())


def _names_its_own(text: str, reading: Reading, earlier: Reading, verb_at: int) -> bool:
    """Whether the later level's own clause names what it counts before its
    verb of change, which the level before it does not: "visits ... had
    fallen to 1.2 million, while e-book loans had risen to 410,000"; not
    "Set up with 150 officers, the taskforce has since grown to 400"."""
    lo = max(reading.around.lo if reading.around is not None else verb_at, earlier.figure.end)
    before = {w.lower() for w in _CONTENT_WORD.findall(earlier.scope)} | _NAMES_NOTHING
    return any(w.lower() not in before for w in _CONTENT_WORD.findall(text, lo, verb_at))


# "but only 19", "but nearer 450": a replacing figure said with no clause of its own.
_BARE_REPLACEMENT_WORDS = 3


def _contrasted(text: str, readings: list[Reading]) -> list[Reading]:
    """"The top-up was not £9m, as City Hall claimed, but £6m": the figure
    that replaces a denied one measures what the denied one would have, so
    it takes the denied figure's words too."""
    out = list(readings)
    amounts = [i for i, r in enumerate(out) if r.figure.kind in AMOUNTS or r.figure.kind == "duration"]
    for before, i in zip(amounts, amounts[1:]):
        # Amounts only: a date between them ("by the end of May 2019") is neither.
        denied, this = out[before], out[i]
        if denied.stance is not Stance.DENIED or this.stance is not Stance.ASSERTED:
            continue
        between = text[denied.figure.end : this.figure.start]
        # "... is not a £60m pot, as one leaflet claimed; it is worth £45m".
        # "Has he put £45m into it? No, he is investing £2m in it": the answer replaces the question's figure.
        replaced = _CONTRAST.search(between) and not re.search(r"[.!?]", between) or _TRUE_FIGURE.search(between) or _ANSWERED_NO.search(between)
        # "Rather than 150 officers, the taskforce has 120": the replacing cue comes first.
        replaced = replaced or denied.cue.lower() in _REPLACING_CUES and not re.search(r"[.!?;]", between)
        if len(between) < 200 and replaced:
            lo = denied.figure.end
            own = _cut(text, lo, this.figure.end, [(this.figure.start, this.figure.end)] + _asides(text, lo, this.figure.end, this.figure))
            # And its time, where it is said bare ("did not issue 27 warnings in
            # 2025, as campaigners say, but only 19"), not where its own clause
            # goes on ("No: £45m is the fund's total").
            lead = re.split(r"[,;:]", between)[-1]
            tail = re.split(r"[,;:.!?]", text[this.figure.end : this.figure.end + 80])[0]
            bare = len(re.findall(r"[A-Za-z]+", lead)) <= _BARE_REPLACEMENT_WORDS and not re.search(r"[A-Za-z]", tail)
            out[i] = replace(
                this, figure=_in_units_of(text, this.figure, denied.figure), scope=f"{denied.scope} {own}", replaces_end=denied.figure.end,
                shared_window=this.shared_window or (denied.window if bare else None),
            )
    return out


def _in_units_of(text: str, fig: Figure, denied: Figure) -> Figure:
    """"not 41 years old but 45": a bare number said in place of a denied
    figure is in its units (not money: "£9m" may scale what follows it)."""
    if fig.unit != "count" or denied.kind not in ("duration", "percent") or _BARE_AFTER.match(text, fig.end) is None:
        return fig
    return replace(fig, unit=denied.unit, category=denied.category)


# A count that is the size of what follows: "150-strong taskforce", "a
# 40-member board": the hyphenated word, then the noun (not a verb after it).
_COMPOUND = regex(r"-(strong|member|person|people|officer|seat|bed|place)\s+((?:(?!\w+(?:ed|ing)\b)[A-Za-z][\w'-]*\s?){1,3})")
_MEMBERS_COMPOUND = frozenset({"strong", "member", "person", "people", "officer"})  # not seats, beds or places


# A wait named before a duration with a bound ("waiting more than a year",
# "seen within four hours") or after it ("waiting 52 weeks or more").
_WAIT = r"\b(?:wait|waits|waited|waiting|seen|treated|assessed|handed\s{1,3}over|taking|took|taken|stay|stays|stayed|staying|delayed)"
_THRESHOLD_BEFORE = regex(_WAIT + r"\s{1,3}(?:(?:more|longer|less|fewer)\s{1,3}than|over|under|within|at\s{1,3}least|beyond|upwards\s{1,3}of)\s{1,3}$", re.I)
_WAIT_BEFORE = regex(_WAIT + r"\s{1,3}$", re.I)
_BOUND_AFTER = regex(r"\s{1,3}(?:or|and)\s{1,3}(?:more|longer|over|above|beyond)\b", re.I)


# A limit of minutes or hours a share met, whatever the verb: "answer 83%
# of first messages within five minutes" (see `figures._attach_periods`).
_SHARE_WITHIN = regex(r"(?<![\d.])\d[\d.]{0,12}\s{0,3}(?:%|per\s{1,3}cent)[^,;:.!?%]{0,60}?\bwithin\s{1,3}$", re.I)


def _limits_a_share(text: str, fig: Figure, share: Figure | None = None) -> bool:
    """Whether a duration is a time limit a share met ("83% of first
    messages within five minutes"): that share's, where one is given."""
    if fig.unit not in TIME_LIMIT_UNITS:
        return False
    found = _SHARE_WITHIN.search(text, max(0, fig.start - 80), fig.start)
    return found is not None and (share is None or share.unit == "percent" and share.start <= found.start() < share.end)


def is_threshold(text: str, fig: Figure, of: Figure | None = None) -> bool:
    """Whether a duration bounds a wait that defines what is counted (by
    `of`, where given)."""
    before = text[max(0, fig.start - 40) : fig.start]
    if _THRESHOLD_BEFORE.search(before):
        return True
    if _limits_a_share(text, fig, of):
        return True
    return bool(_WAIT_BEFORE.search(before)) and _BOUND_AFTER.match(text, fig.end) is not None


def _defines_measure(text: str, other: Figure, fig: Figure) -> bool:
    """Whether another figure in `fig`'s scope is part of what it measures,
    and so kept among its words: a band of hours ("£2.50 for up to two
    hours") or a wait's bound ("patients waiting more than 18 weeks")."""
    return fig.kind in AMOUNTS and other.kind == "duration" and (other.unit == "hours" or is_threshold(text, other))


# A stretch of time's unit as written: "hours" of "41,200 hours", "hour" of "30-hour".
_UNIT_WORD = regex(r"[^\W\d_]{3,}$")


def _scope(text: str, fig: Figure, figures: list[Figure], clause: tuple[int, int], lo: int, hi: int, around: "_Around") -> str:
    """The words of text[lo:hi] (see `scope_of`) that speak of `fig`: less
    the figures and asides, with a tail the clause shares; a clause that
    names nothing by itself is read with more of the sentence."""
    compound = _COMPOUND.match(text, fig.end, min(len(text), fig.end + 80)) if fig.kind == "count" else None
    if compound:
        # "The 150-strong taskforce carried out 615 sweeps": 150 is the
        # taskforce's size, whatever the clause goes on to count.
        return " ".join(compound.group(1, 2))
    inside = [f for f in figures if lo <= f.start and f.end <= hi]
    cut = [f for f in inside if not _defines_measure(text, f, fig)]
    scope = _cut(text, lo, hi, [(f.start, f.end) for f in cut] + _asides(text, lo, hi, fig))
    unit = _UNIT_WORD.search(fig.text) if fig.unit in DURATION_UNITS else None
    if unit is not None:
        # "gave 41,200 hours of mentoring": what a stretch of time counts is
        # its unit, which the documents' "hours of mentoring given" names.
        scope = f"{unit.group()} {scope}"
    shared_tail = _shared_tail(text, fig, figures, hi)
    if shared_tail:
        scope = f"{scope} {shared_tail}"
    paired = _noun_of_the_pair(text, fig, figures, hi)
    if paired:
        # "issued 68 and 81 banning notices": the 68 are banning notices too.
        scope = f"{scope} {paired}"
    restated = _restated_noun(text, fig, figures)
    if restated:
        # "624 referrals in 2024-25, about 12 a week": the same referrals, by the week.
        scope = f"{scope} {restated}"
    if _opens_participle(text, lo) and any(f.kind in AMOUNTS and f.end <= lo for f in figures):
        # "The taskforce ... got through 615 sweeps, seizing 153 knives": a
        # participle's clause has the subject, and time, of the one before.
        return _with_head(text, figures, scope) or scope
    relative = _RELATIVE_AFTER_AN_AMOUNT.search(text, lo, fig.start)
    if relative is not None and _refers_to_an_amount(text, figures, relative.start()):
        # "Stellingfold County Council looks after 95 public kits of its
        # own, which were opened 22 times": what "which" refers back to is
        # the earlier amount's, and so is whose it is.
        return _with_head(text, figures, scope) or scope
    aside = _part_set_aside(text, fig, figures)
    if aside:
        return aside
    elided = _elided_from(text, fig, figures, lo) or _whole_it_is_part_of(text, fig, figures, lo)
    if elided is not None:
        return _with_head(text, figures, scope, elided) or scope
    if len(_CONTENT_WORD.findall(scope)) >= MIN_CLAUSE_WORDS:
        return scope
    # "The Met says 970 knives ...": the sayer is also the actor.
    lo0 = max(clause[0], fig.start - REACH)
    scene = _SCENE.match(text[lo0 : fig.start])
    lo0 += scene.end() if scene else 0
    said = _cut(text, lo0, hi, [(f.start, f.end) for f in inside] + _asides(text, lo0, hi, fig))
    if len(_CONTENT_WORD.findall(said)) >= MIN_CLAUSE_WORDS:
        return said
    wide = around.sentence_scope
    if fig.kind == "date":
        # (Its event is in its own clause: another date's clause is another
        # event's. A place said anywhere is still read from the whole sentence.)
        wide = _words_between(text, figures, _trimmed(text, fig, _date_clause_bounds(text, fig, figures)))
    return _fuller_scope(text, fig, figures, scope, wide)


def _words_between(text: str, figures: list[Figure], bounds: tuple[int, int]) -> str:
    """The words of text between `bounds`, less the figures inside them."""
    a, b = bounds
    return _cut(text, a, b, [(f.start, f.end) for f in figures if a <= f.start and f.end <= b])


# "... says it has found", "... said they had": the clause's actor is the sayer.
# ... or calls what has the figure its own: "say their own taskforce now has 150 officers".
_PRONOUN_ACTOR = regex(r"\s{0,3}[\"'\u201c\u2018]?(?:(?:it|they|we)\s{1,3}(?:has|have|had|is|are|was|were|will|would|'s|\u2019s|[a-z]+ed)|(?:its|their|our)\s{1,3}own)\b", re.I)
# After a quote: its speaker, before the verb of saying.
_QUOTE_SAYER = regex(r"[,.!?]?[\"'\u201d\u2019]\s{0,3}((?:[\w.'\u2019-]{1,30}\s{1,3}){1,6}?)(?:said|says|told|added|announced|insisted|claimed|confirmed)\b", re.I)
_SAID_BEFORE = regex(r"\b(?:said|says|say|added|insisted|claimed|confirmed|announced|told\s+[^,;.]{1,40}?)\s+(?:that\s+)?$", re.I)


class _Around:
    """A figure's sentence, for what a `Reading` reads of it on demand: each
    part read once, when first asked for (a check often needs none of it)."""

    def __init__(self, text: str, fig: Figure, figures: list[Figure], lo: int, hi: int, whole: bool):
        self.text, self.fig, self.figures = text, fig, figures
        self.lo, self.hi = lo, hi  # the figure's scope (see `scope_of`)
        self.whole = whole  # its clause is the whole sentence (the figure is its only amount, or not an amount)

    @cached
    def window(self) -> Period | None:
        return _window(self.text, self.fig, self.figures, self.lo, self.hi)

    @cached
    def sentence_scope(self) -> str:
        # A clause that is the whole sentence was trimmed to the scope already.
        return _words_between(self.text, self.figures, (self.lo, self.hi) if self.whole else self.sentence_bounds)

    @cached
    def sentence_bounds(self) -> tuple[int, int]:
        """The whole sentence less who said it and what others made of it (`_trimmed`)."""
        return _trimmed(self.text, self.fig, (0, len(self.text)))

    @cached
    def opening(self) -> int:
        """Where the sentence's own words start, past who said it."""
        return min(self.lo, self.sentence_bounds[0])

    @cached
    def sayer(self) -> str:
        """Who said it, when the figure's clause calls the actor "it" or
        "they" ("Haringey Council says it has found £5m"): the sayer acted."""
        if not _PRONOUN_ACTOR.match(self.text, self.lo):
            return ""
        said = _SAID_BEFORE.search(self.text, max(0, self.lo - 200), self.lo)
        if said is None:
            # "'We are investing £2m ...,' a Home Office minister told MPs": the quote's speaker.
            after = _QUOTE_SAYER.search(self.text, self.fig.end, min(len(self.text), self.fig.end + 300))
            return after.group(1).strip() if after is not None else ""
        start = max(self.text.rfind(mark, 0, said.start()) for mark in ".;:!?")
        return self.text[start + 1 : said.start()].strip()

    @cached
    def event_verb(self) -> re.Match[str] | None:
        """The event word a date belongs to (see `_event_match`), found once for the three readings of it below."""
        return _event_match(self.text, self.fig, self.figures)

    @cached
    def event(self) -> str:
        found = self.event_verb  # for a date (see Reading.event): the event, as documents name it ("launch")
        return _EVENTS[found.group(1).lower()] if found is not None else ""

    @cached
    def event_object(self) -> str:
        found = self.event_verb
        return _event_object(self.text, found, self.fig) if found is not None else ""

    @cached
    def event_subject(self) -> str:
        found = self.event_verb
        if found is None:
            return ""
        # "Since it began in September 2021, Operation Greyling has ...": what "it" is.
        return _main_subject_after(self.text, self.fig) or _event_subject(self.text, found)

    @cached
    def phrase(self) -> str:
        return _phrase(self.text, self.fig, self.figures)

    @cached
    def near(self) -> str:
        return _near(self.text, self.fig, self.lo, self.hi)
