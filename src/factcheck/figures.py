"""Reading figures out of text: money, counts, percentages, durations, dates.

The grammar is hand-written on purpose. Quantity-extraction libraries read
"£45m" as pound-metres, drop the m/bn multiplier, or go quadratic on hostile
input. Here one linear-time tokeniser pass is followed by a parser that looks
at a bounded window of tokens around each number, so a 1 MB line costs one
pass, never a backtracking search.

Every figure keeps its span in the text, its value normalised with the unit
and magnitude folded in (£45bn is not £45m, $45m is not £45m), the qualifier
written beside it (more than, up to, almost...), the period it covers (per
year, over 3 years, 2018-2020) and the precision it was written at, which is
what lets "£2.6m" agree with £2,635,000 later on.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator
from decimal import Decimal, InvalidOperation

__all__ = [
    "Figure",
    "parse_figures",
    "format_money",
    "MONEY_UNITS",
    "DURATION_UNITS",
    "QUALIFIERS",
]

MONEY_UNITS = ("GBP", "USD", "EUR")
DURATION_UNITS = ("years", "months", "weeks", "days")
QUALIFIERS = ("exact", "more_than", "at_least", "up_to", "less_than", "almost", "approx")

# A number longer than this is not a figure anyone writes; refusing it keeps
# Decimal arithmetic and int() conversion bounded on hostile input.
MAX_NUMBER_CHARS = 40


@dataclass(frozen=True)
class Figure:
    """One figure read from text.

    `value` is a Decimal for quantities and an ISO 8601 string for dates
    ("2018", "2017-06", "--06-07", "2017/2021"). `precision` is the place
    value of the last digit written (£2.6m -> 100000), `significant` the
    number of significant digits written; both are None for dates.

    >>> from factcheck import parse_figures
    >>> (f,) = parse_figures("£2.6m")
    >>> int(f.value), f.unit, int(f.precision)
    (2600000, 'GBP', 100000)
    """

    text: str
    start: int
    end: int
    value: Decimal | str
    unit: str
    qualifier: str = "exact"
    period: str | None = None
    precision: Decimal | None = None
    significant: int | None = None
    vague: bool = False

    @property
    def kind(self) -> str:
        """What a figure can be compared with: money, count, percent, duration, date."""
        if self.unit in MONEY_UNITS:
            return "money"
        if self.unit in DURATION_UNITS:
            return "duration"
        return self.unit

    def json_value(self) -> int | float | str:
        if isinstance(self.value, str):
            return self.value
        if self.value == self.value.to_integral_value():
            return int(self.value)
        return float(self.value)

    def describe(self) -> str:
        """A short human reading of the normalised figure: 45,000,000 GBP."""
        if isinstance(self.value, str):
            return self.value
        qual = "" if self.qualifier == "exact" else self.qualifier.replace("_", " ") + " "
        per = f" ({self.period})" if self.period else ""
        return f"{qual}{_group(self.value)} {self.unit}{per}"


def text_without(text: str, figures: list[Figure]) -> str:
    """`text` with the spans of `figures` cut out, whitespace collapsed: what
    a claim says its figures are about."""
    parts, pos = [], 0
    for f in figures:
        parts.append(text[pos : f.start])
        pos = f.end
    parts.append(text[pos:])
    return " ".join(" ".join(parts).split())


def _group(value: Decimal) -> str:
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}".rstrip("0").rstrip(".")


def format_money(value: Decimal, unit: str, style: str) -> str:
    """Write a money value the ways newsrooms do; `parse_figures` reads each back.

    Styles: "symbol" (£45,000,000), "short" (£45m), "words" (£45 million),
    "code" (GBP 45,000,000), "suffix" (45 million pounds).
    """
    symbol = {"GBP": "£", "USD": "$", "EUR": "€"}[unit]
    name = {"GBP": "pounds", "USD": "dollars", "EUR": "euros"}[unit]
    for mult, short, word in ((Decimal(10) ** 9, "bn", "billion"), (Decimal(10) ** 6, "m", "million"), (Decimal(1000), "k", "thousand")):  # noqa: B007 - the break keeps them
        if abs(value) >= mult:
            mantissa = _group(value / mult).replace(",", "")
            break
    else:
        mult, short, word, mantissa = Decimal(1), "", "", _group(value).replace(",", "")
    if style == "symbol":
        return f"{symbol}{_group(value)}"
    if style == "code":
        return f"{unit} {_group(value)}"
    if style == "short":
        return f"{symbol}{mantissa}{short}"
    if style == "words":
        return f"{symbol}{mantissa} {word}".rstrip()
    if style == "suffix":
        return f"{mantissa} {word} {name}".replace("  ", " ")
    raise ValueError(f"unknown money style {style!r}")


# --- tokens -----------------------------------------------------------------

# Each alternative is a single character class repeated: no nesting, no
# overlap between alternatives, so matching is linear in the input length.
_TOKEN = re.compile(r"(?P<num>\d[\d,.]*)|(?P<word>[^\W\d_]+)|(?P<sym>\S)")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


class _Tok:
    """A token; a slotted class because a 1 MB input makes hundreds of thousands."""

    __slots__ = ("kind", "text", "start", "end", "low")

    def __init__(self, kind: str, text: str, start: int, end: int, low: str):
        self.kind = kind  # "num", "word", "sym"
        self.text = text
        self.start = start
        self.end = end
        self.low = low


def _tokens(text: str, offset: int = 0) -> list[_Tok]:
    # No token spans whitespace, so each whitespace-separated piece can be
    # tokenised on its own. Most pieces are one plain word or one plain number,
    # which str methods recognise several times faster than the regex can:
    # isalpha() characters all match [^\W\d_], isdecimal() ones all match \d,
    # and split() breaks on exactly the characters \S refuses.
    toks: list[_Tok] = []
    append = toks.append
    find = text.find
    pos = 0
    for piece in text.split():
        pos = find(piece, pos)
        end = pos + len(piece)
        if piece.isalpha():
            append(_Tok("word", piece, pos + offset, end + offset, piece.lower()))
        elif piece.isdecimal():  # digits have no case: piece is its own lower()
            append(_Tok("num", piece, pos + offset, end + offset, piece))
        else:
            _tokenise_piece(piece, pos + offset, append)
        pos = end
    return toks


def _tokenise_piece(text: str, offset: int, append: Callable[[_Tok], None]) -> None:
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "sym"
        s, e = m.start() + offset, m.end() + offset
        tok = m.group()
        if kind == "num":
            # A sentence's full stop or a list's comma is not part of the number.
            stripped = tok.rstrip(",.")
            if stripped != tok:
                append(_Tok("num", stripped, s, s + len(stripped), stripped))
                for i, ch in enumerate(tok[len(stripped):]):
                    p = s + len(stripped) + i
                    append(_Tok("sym", ch, p, p + 1, ch))
                continue
        append(_Tok(kind, tok, s, e, tok.lower()))


# --- vocabularies -------------------------------------------------------------

_CURRENCY_SYMBOL = {"£": "GBP", "$": "USD", "€": "EUR"}
_CURRENCY_CODE = {"GBP": "GBP", "USD": "USD", "EUR": "EUR"}
_CURRENCY_WORD = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "quid": "GBP",
    "dollar": "USD", "dollars": "USD",
    "euro": "EUR", "euros": "EUR",
}
_MULTIPLIER = {
    "k": Decimal(1000), "thousand": Decimal(1000),
    "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "million": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9, "b": Decimal(10) ** 9, "billion": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12, "trillion": Decimal(10) ** 12,
}
# Spaced-out single letters are too ambiguous ("45 m" could be metres, "5 b" a
# footnote); they count as multipliers only when attached to the digits.
_ATTACHED_ONLY = {"k", "m", "b", "mn", "bn", "tn"}
_VAGUE = {
    "dozens": Decimal(12), "tens": Decimal(10), "hundreds": Decimal(100),
    "thousands": Decimal(1000), "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9,
}
_NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion",
}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion"}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Words a figure can start with: numbers in words, vague amounts, months, "a" (a decade, a hundred), "US" ($).
_STARTERS = frozenset(_NUMBER_WORDS | set(_VAGUE) | set(_MONTHS) | {"a", "us"})
# Words that make a stretch of text worth tokenising at all.
# ("one" is not one: alone it is never read as a figure, and "one million",
# "twenty-one" carry another anchor within reach.)
_ANCHOR_WORDS = frozenset((_NUMBER_WORDS - {"one"}) | set(_VAGUE) | set(_MONTHS) | {"decade", "decades", "dozen"})
# A month name alone ("In February") is a date only after one of these; on its
# own "May" is more often the verb.
_BEFORE_LONE_MONTH = {
    "in", "since", "until", "till", "by", "from", "during", "of", "before", "after",
    "early", "late", "mid", "last", "this", "next", "and", "or", "to", "on",
}
_DURATION_WORDS = {
    "year": "years", "years": "years", "month": "months", "months": "months",
    "week": "weeks", "weeks": "weeks", "day": "days", "days": "days",
}
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
# Longest phrases first: the first match wins.
_QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("a", "minimum", "of"), "at_least"),
    (("as", "many", "as"), "up_to"),
    (("as", "much", "as"), "up_to"),
    (("a", "maximum", "of"), "up_to"),
    (("in", "excess", "of"), "more_than"),
    (("just", "under"), "almost"),
    (("close", "to"), "almost"),
    (("an", "estimated"), "approx"),
    (("more", "than"), "more_than"),
    (("upwards", "of"), "more_than"),
    (("at", "least"), "at_least"),
    (("up", "to"), "up_to"),
    (("fewer", "than"), "less_than"),
    (("less", "than"), "less_than"),
    (("over",), "more_than"),
    (("above",), "more_than"),
    (("under",), "less_than"),
    (("below",), "less_than"),
    (("nearly",), "almost"),
    (("almost",), "almost"),
    (("around",), "approx"),
    (("about",), "approx"),
    (("roughly",), "approx"),
    (("approximately",), "approx"),
    (("circa",), "approx"),
    (("some",), "approx"),
)
_RATE_UNITS = {"year": "per year", "annum": "per year", "month": "per month", "week": "per week", "day": "per day"}
_RATE_WORDS = {"annually": "per year", "yearly": "per year", "monthly": "per month", "weekly": "per week", "daily": "per day"}
_CLAUSE_END = {";", ".", "!", "?", "•", ":"}


# --- the parser ---------------------------------------------------------------


@dataclass
class _Raw:
    """A figure under construction, in token indices."""

    first: int  # first token of the figure's own text
    last: int  # last token (inclusive)
    value: Decimal | str
    unit: str
    precision: Decimal | None = None
    significant: int | None = None
    qualifier: str = "exact"
    period: str | None = None
    vague: bool = False
    # Token index span of a period phrase that was folded into this figure,
    # or of an "over N years" that may still become one.
    drop: bool = False


def parse_figures(text: str, limit: int | None = None) -> list[Figure]:
    """All figures in `text`, in order of appearance. Never raises on any str.

    Only the neighbourhoods of anchors (digits, numbers in words, vague
    amounts, month names) are tokenised, so text without figures costs one
    regex pass however long or hostile it is. At most `limit` figures
    (default MAX_FIGURES) are read.

    >>> from factcheck import parse_figures
    >>> [(f.text, f.kind) for f in parse_figures("forty-five million pounds in February 2018")]
    [('forty-five million pounds', 'money'), ('February 2018', 'date')]
    """
    limit = MAX_FIGURES if limit is None else limit
    figures: list[Figure] = []
    for start, end in _windows(text):
        figures.extend(_parse_window(text, start, end, limit - len(figures)))
        if len(figures) >= limit:
            break
    return figures[:limit]


# No claim or sentence holds this many figures; past it, reading stops.
MAX_FIGURES = 10_000
# Qualifiers, currencies and periods sit within this many characters of the
# number they belong to.
_REACH = 100
_ANCHOR_WORD = re.compile(r"[^\W\d_]{2,20}")
_DIGITS = re.compile(r"\d+")
# Merged windows are read in pieces of at most this many characters, so a
# megabyte of digits is never tokenised whole once the figure limit is hit.
_CHUNK = 4000


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of text around anchors, merged, at most about _CHUNK long, widened
    to whitespace so no token is cut, never overlapping; generated lazily so
    reading can stop early."""
    if len(text) <= _REACH:
        # Every anchor's reach covers the whole text: any one anchor makes the
        # whole text the one window, so the scan can stop at the first.
        if _has_anchor(text):
            yield 0, len(text)
        return
    anchors: Iterable[int]
    if len(text) <= _CHUNK:
        # A short text's anchors fit in small lists, which are cheaper to
        # build and sort than generators merged through heapq.
        anchors = sorted(_digit_anchors(text) + _word_anchors(text))
    else:
        digits = (m.start() for m in _DIGITS.finditer(text) if _may_be_figure(text, m.start(), m.end()))
        words = (m.start() for m in _ANCHOR_WORD.finditer(text) if m.group().lower() in _ANCHOR_WORDS)
        anchors = heapq.merge(digits, words)
    current: tuple[int, int] | None = None
    emitted = 0
    for a in anchors:
        lo, hi = max(0, a - _REACH), min(len(text), a + _REACH)
        if current is not None and lo <= current[1] and hi - current[0] <= _CHUNK:
            current = (current[0], max(current[1], hi))
            continue
        if current is not None:
            span = _snap(text, current[0], current[1], emitted)
            emitted = span[1]
            yield span
        current = (max(lo, emitted), max(hi, emitted))
    if current is not None:
        yield _snap(text, current[0], current[1], emitted)


def _has_anchor(text: str) -> bool:
    for m in _DIGITS.finditer(text):
        if _may_be_figure(text, m.start(), m.end()):
            return True
    return any(w.lower() in _ANCHOR_WORDS for w in _ANCHOR_WORD.findall(text))


def _digit_anchors(text: str) -> list[int]:
    return [m.start() for m in _DIGITS.finditer(text) if _may_be_figure(text, m.start(), m.end())]


def _word_anchors(text: str) -> list[int]:
    return [m.start() for m in _ANCHOR_WORD.finditer(text) if m.group().lower() in _ANCHOR_WORDS]


# Letters that may follow digits in a figure: magnitudes (m, bn, k), ordinals
# (th, st, nd, rd), "s" of decades. Other letters make a code (2AA, \x1b[2J).
_AFTER_DIGITS = frozenset("mMbBkKtTsSnNrRp")


def _may_be_figure(text: str, start: int, end: int) -> bool:
    """Whether a digit run could belong to a figure; codes glued to letters cannot."""
    if start > 0 and text[start - 1].isalpha():
        return False
    return end >= len(text) or not text[end].isalpha() or text[end] in _AFTER_DIGITS


def _snap(text: str, lo: int, hi: int, floor: int) -> tuple[int, int]:
    """Widen [lo, hi) to whitespace (by at most 50 characters each way), not below `floor`."""
    stop = max(floor, lo - 50)
    while lo > stop and not text[lo - 1].isspace():
        lo -= 1
    stop = min(len(text), hi + 50)
    while hi < stop and not text[hi].isspace():
        hi += 1
    return lo, hi


def _parse_window(text: str, offset: int, end: int, limit: int) -> list[Figure]:
    toks = _tokens(text[offset:end], offset)
    raws: list[_Raw] = []
    i = 0
    n = len(toks)
    while i < n and len(raws) < limit:
        t = toks[i]
        # Most tokens cannot start a figure; skip them without trying the parsers.
        if t.kind == "sym" and t.text not in _CURRENCY_SYMBOL or t.kind == "word" and t.low not in _STARTERS and t.text not in _CURRENCY_CODE:
            i += 1
            continue
        raw = _parse_at(toks, i)
        if raw is None:
            i += 1
            continue
        raws.append(raw)
        i = raw.last + 1
    _attach_qualifiers(toks, raws)
    _attach_periods(toks, raws)
    figures = []
    for r in raws:
        if r.drop:
            continue
        start, stop = toks[r.first].start, toks[r.last].end
        figures.append(
            Figure(
                text=text[start:stop],
                start=start,
                end=stop,
                value=r.value,
                unit=r.unit,
                qualifier=r.qualifier,
                period=r.period,
                precision=r.precision,
                significant=r.significant,
                vague=r.vague,
            )
        )
    return figures


def _adjacent(toks: list[_Tok], i: int) -> bool:
    """Token i starts exactly where token i-1 ends (no space between)."""
    return i > 0 and toks[i - 1].end == toks[i].start


def _numeric(tok: _Tok) -> tuple[Decimal, Decimal, int] | None:
    """(value, precision, significant digits) of a numeric token, or None."""
    s = tok.text
    if len(s) > MAX_NUMBER_CHARS:
        return None
    if _THOUSANDS.fullmatch(s):
        s = s.replace(",", "")
    elif not _PLAIN.fullmatch(s):
        return None
    try:
        value = Decimal(s)
    except InvalidOperation:  # pragma: no cover - the patterns above admit only digits
        return None
    return (value, *_precision_of(s))


def _precision_of(digits: str) -> tuple[Decimal, int]:
    """Place value of the last written digit, and the count of significant digits."""
    if "." in digits:
        whole, frac = digits.split(".", 1)
        sig = len((whole + frac).lstrip("0")) or 1
        return Decimal(1).scaleb(-len(frac)), sig
    stripped = digits.lstrip("0") or "0"
    core = stripped.rstrip("0") or "0"
    return Decimal(1).scaleb(len(stripped) - len(core)), len(core)


def _word_number(toks: list[_Tok], i: int) -> tuple[Decimal, int] | None:
    """A number written in words starting at token i: (value, last token index).

    Words are gathered (at most 12), then handed to text2num, which is strict;
    when the whole run is not one number ("forty five million forty five
    million"), the longest prefix ending at a scale word that is one is taken.
    """
    n = len(toks)
    words: list[str] = []
    at: list[int] = []  # token index of each word
    j = i
    if toks[i].low == "a" and i + 1 < n and toks[i + 1].low in _SCALE_WORDS | {"dozen"}:
        words.append("one")
        at.append(i)
        j = i + 1
    while j < n and len(words) < 12:
        t = toks[j]
        if t.kind == "word" and t.low in _NUMBER_WORDS:
            words.append(t.low)
            at.append(j)
            j += 1
        elif t.kind == "word" and t.low == "dozen" and words:
            words.append("dozen")
            at.append(j)
            break
        elif t.low == "-" and words and j + 1 < n and _adjacent(toks, j) and _adjacent(toks, j + 1) and toks[j + 1].low in _NUMBER_WORDS:
            j += 1
        elif t.low == "and" and words and j + 1 < n and toks[j + 1].low in _NUMBER_WORDS and words[-1] in _SCALE_WORDS:
            j += 1
        else:
            break
    if not words:
        return None
    # A lone "one" is almost never a figure ("one of the...", "one too many").
    if words == ["one"] and toks[i].low != "a" and not (i + 1 < n and toks[i + 1].low in _MULTIPLIER):
        return None
    from text_to_num import text2num

    lengths = [len(words)] + [k + 1 for k in range(len(words) - 2, -1, -1) if words[k] in _SCALE_WORDS] + [1]
    for length in dict.fromkeys(lengths):
        run = words[:length]
        dozen = run[-1] == "dozen"
        if dozen:
            run = run[:-1]
        if not run or run == ["one"] and length == 1 and toks[i].low != "a" and len(words) > 1:
            continue
        try:
            value = Decimal(text2num(" ".join(run), "en"))
        except (ValueError, TypeError, OverflowError):
            continue
        return (value * 12 if dozen else value), at[length - 1]
    return None


def _parse_at(toks: list[_Tok], i: int) -> _Raw | None:
    t = toks[i]
    if t.kind == "num" and _is_code(toks, i):
        return None
    for parser in (_parse_date, _parse_money, _parse_vague, _parse_quantity):
        raw = parser(toks, i)
        if raw is not None:
            return raw
    return None


_GLUE = {"-", "/", ":", "."}


def _is_code(toks: list[_Tok], i: int) -> bool:
    """Digits that belong to a code, a reference or a time rather than a
    figure: SE1, MGLA130618-4713, Covid-19, 12:21, 24/7."""
    if _adjacent(toks, i):
        prev = toks[i - 1]
        if prev.kind == "word":
            return True
        if prev.text in _GLUE and i > 1 and _adjacent(toks, i - 1) and toks[i - 2].kind in {"word", "num"}:
            return True
    k = i + 1
    return (
        k + 1 < len(toks)
        and toks[k].text in {":", "/"}
        and _adjacent(toks, k)
        and _adjacent(toks, k + 1)
        and toks[k + 1].kind == "num"
    )


def _month_at(toks: list[_Tok], i: int) -> int | None:
    if i < len(toks) and toks[i].kind == "word" and toks[i].text[:1].isupper():
        return _MONTHS.get(toks[i].low)
    return None


def _year_at(toks: list[_Tok], i: int) -> int | None:
    if i < len(toks) and toks[i].kind == "num" and len(toks[i].text) == 4 and toks[i].text.isdigit():
        year = int(toks[i].text)
        if 1900 <= year <= 2099:
            return year
    return None


def _day_at(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """A day of the month at token i (7, 7th): (day, last token index)."""
    if i < len(toks) and toks[i].kind == "num" and toks[i].text.isdigit() and len(toks[i].text) <= 2:
        day = int(toks[i].text)
        if 1 <= day <= 31:
            j = i
            if j + 1 < len(toks) and toks[j + 1].low in _ORDINAL_SUFFIX and _adjacent(toks, j + 1):
                j += 1
            return day, j
    return None


def _skip_dot(toks: list[_Tok], j: int) -> int:
    """Index after an abbreviation's dot (Aug.), else j."""
    if j < len(toks) and toks[j].text == "." and _adjacent(toks, j) and toks[j - 1].low in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}:
        return j + 1
    return j


def _parse_date(toks: list[_Tok], i: int) -> _Raw | None:
    n = len(toks)
    day = _day_at(toks, i)
    if day is not None:
        d, j = day
        k = j + 1
        if k < n and toks[k].low == "of":
            k += 1
        month = _month_at(toks, k)
        if month is not None:
            k2 = _skip_dot(toks, k + 1)
            year = _year_at(toks, k2)
            if year is not None:
                return _Raw(i, k2, f"{year:04d}-{month:02d}-{d:02d}", "date")
            return _Raw(i, k, f"--{month:02d}-{d:02d}", "date")
        return None
    month = _month_at(toks, i)
    if month is not None:
        k = _skip_dot(toks, i + 1)
        day2 = _day_at(toks, k)
        if day2 is not None:
            d, j = day2
            k3 = j + 1
            if k3 < n and toks[k3].text == ",":
                k3 += 1
            year = _year_at(toks, k3)
            if year is not None:
                return _Raw(i, k3, f"{year:04d}-{month:02d}-{d:02d}", "date")
            return _Raw(i, j, f"--{month:02d}-{d:02d}", "date")
        year = _year_at(toks, k)
        if year is not None:
            return _Raw(i, k, f"{year:04d}-{month:02d}", "date")
        if i > 0 and toks[i - 1].low in _BEFORE_LONE_MONTH and toks[i].low in _MONTHS and len(toks[i].text) > 3:
            return _Raw(i, i, f"--{month:02d}", "date")
        return None
    year = _year_at(toks, i)
    if year is not None:
        nxt = toks[i + 1] if i + 1 < n else None
        # "2018 million" or "£2018" is an amount, not a year.
        if nxt is not None and (nxt.low in _MULTIPLIER or nxt.low in {"%", "per", "percent"} or nxt.low in _CURRENCY_WORD):
            return None
        if i > 0 and (toks[i - 1].text in _CURRENCY_SYMBOL or toks[i - 1].text in _CURRENCY_CODE):
            return None
        # A range of years: 2017-2021, 2017–21, 2017 to 2021.
        if i + 2 < n and toks[i + 1].text in {"-", "–", "—", "/"} | {"to"}:
            end_tok = toks[i + 2]
            end_year = _year_at(toks, i + 2)
            if end_year is None and end_tok.kind == "num" and len(end_tok.text) == 2 and end_tok.text.isdigit() and toks[i + 1].text != "to":
                end_year = year // 100 * 100 + int(end_tok.text)
            if end_year is not None and end_year > year:
                return _Raw(i, i + 2, f"{year:04d}/{end_year:04d}", "date")
        return _Raw(i, i, f"{year:04d}", "date")
    return None


def _currency_before(toks: list[_Tok], i: int) -> tuple[str, int] | None:
    """A currency written before a number at token i: (unit, first token index)."""
    if i > 0:
        prev = toks[i - 1]
        if prev.text in _CURRENCY_SYMBOL:
            if prev.text == "$" and i > 1 and toks[i - 2].text == "US" and _adjacent(toks, i - 1):
                return "USD", i - 2
            return _CURRENCY_SYMBOL[prev.text], i - 1
        if prev.text in _CURRENCY_CODE:
            return _CURRENCY_CODE[prev.text], i - 1
    return None


def _multiplier_after(toks: list[_Tok], j: int, money: bool) -> tuple[Decimal, int] | None:
    """A magnitude (m, bn, million) right after token j: (multiplier, its index).

    After a currency marker "£45 m" is unambiguous; without one, a spaced
    single letter is not taken as a magnitude.
    """
    k = j + 1
    if k < len(toks) and toks[k].kind == "word" and toks[k].low in _MULTIPLIER:
        if toks[k].low in _ATTACHED_ONLY and not money and not _adjacent(toks, k):
            return None
        return _MULTIPLIER[toks[k].low], k
    return None


def _currency_after(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    k = j + 1
    if k < len(toks):
        if toks[k].low in _CURRENCY_WORD:
            return _CURRENCY_WORD[toks[k].low], k
        if toks[k].text in _CURRENCY_CODE:
            return _CURRENCY_CODE[toks[k].text], k
        if toks[k].low == "of" and k + 1 < len(toks) and toks[k + 1].low in _CURRENCY_WORD:
            return _CURRENCY_WORD[toks[k + 1].low], k + 1
    return None


def _number_at(toks: list[_Tok], i: int, money: bool = False) -> tuple[Decimal, Decimal, int, int] | None:
    """A number (digits or words) at token i, with any magnitude folded in.

    Returns (value, precision, significant digits, last token index).
    """
    t = toks[i]
    if t.kind == "num":
        parsed = _numeric(t)
        if parsed is None:
            return None
        value, precision, sig = parsed
        last = i
    elif t.kind == "word":
        wn = _word_number(toks, i)
        if wn is None:
            return None
        value, last = wn
        precision, sig = _precision_of(str(int(value))) if value == value.to_integral_value() else (Decimal(1), 1)
    else:
        return None
    mult = _multiplier_after(toks, last, money)
    if mult is not None:
        factor, last = mult
        value *= factor
        precision *= factor
    return value, precision, sig, last


def _parse_money(toks: list[_Tok], i: int) -> _Raw | None:
    t = toks[i]
    # Money is parsed from its currency marker, so the marker is part of the span.
    if t.text in _CURRENCY_SYMBOL or t.text in _CURRENCY_CODE or (t.text == "US" and i + 1 < len(toks) and toks[i + 1].text == "$"):
        j = i + 1
        if t.text == "US":
            j = i + 2
        if j >= len(toks):
            return None
        # "£ 45m" is sloppy but unambiguous; a gap of one space is allowed.
        if toks[j].start - toks[j - 1].end > 1:
            return None
        if toks[j].kind == "word" and toks[j].low in _VAGUE:
            raw = _parse_vague(toks, j)
            if raw is None:
                return None
            raw.first = i
            raw.unit = _CURRENCY_SYMBOL.get(t.text) or _CURRENCY_CODE.get(t.text) or "USD"
            return raw
        num = _number_at(toks, j, money=True)
        if num is None:
            return None
        value, precision, sig, last = num
        cur = _currency_before(toks, j)
        unit = cur[0] if cur else "GBP"
        return _Raw(i, last, value, unit, precision, sig)
    return None


def _parse_vague(toks: list[_Tok], i: int) -> _Raw | None:
    """Vague amounts as lower bounds: "tens of millions of pounds", "hundreds"."""
    t = toks[i]
    if t.kind != "word" or t.low not in _VAGUE:
        return None
    value = _VAGUE[t.low]
    last = i
    n = len(toks)
    if i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low in _VAGUE and _VAGUE[toks[i + 2].low] > value:
        value *= _VAGUE[toks[i + 2].low]
        last = i + 2
    unit = "count"
    cur = _currency_after(toks, last)
    if cur is not None:
        unit, last = cur
    return _Raw(i, last, value, unit, value, 1, qualifier="at_least", vague=True)


def _parse_quantity(toks: list[_Tok], i: int) -> _Raw | None:
    """Money written with a trailing currency, percentages, durations and counts."""
    t = toks[i]
    if t.kind == "word" and t.low == "a" and i + 1 < len(toks) and toks[i + 1].low == "decade":
        return _Raw(i, i + 1, Decimal(10), "years", Decimal(10), 1)
    num = _number_at(toks, i)
    if num is None:
        return None
    value, precision, sig, last = num
    n = len(toks)
    cur = _currency_after(toks, last)
    if cur is not None:
        return _Raw(i, cur[1], value, cur[0], precision, sig)
    k = last + 1
    if k < n and toks[k].text == "%":
        return _Raw(i, k, value, "percent", precision, sig)
    if k + 1 < n and toks[k].low == "per" and toks[k + 1].low == "cent":
        return _Raw(i, k + 1, value, "percent", precision, sig)
    if k < n and toks[k].low == "percent":
        return _Raw(i, k, value, "percent", precision, sig)
    # "three-year fund", "3-year", "10-week".
    if k + 1 < n and toks[k].text in {"-", "–"} and _adjacent(toks, k) and _adjacent(toks, k + 1) and toks[k + 1].low in _DURATION_WORDS:
        return _Raw(i, k + 1, value, _DURATION_WORDS[toks[k + 1].low], precision, sig)
    if k < n and toks[k].low in _DURATION_WORDS:
        return _Raw(i, k, value, _DURATION_WORDS[toks[k].low], precision, sig)
    if k < n and toks[k].low == "decades":
        return _Raw(i, k, value * 10, "years", precision * 10, sig)
    # Digits glued to letters on the right (2AA, 3D) are a code, unless the
    # letters are an ordinal suffix of a plain count ("the 5th").
    if t.kind == "num" and k < n and _adjacent(toks, k) and toks[k].kind == "word" and last == i:
        return None
    return _Raw(i, last, value, "count", precision, sig)


_QUALIFIERS_BY_LAST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _qualifier in _QUALIFIER_PHRASES:
    _QUALIFIERS_BY_LAST_WORD.setdefault(_phrase[-1], []).append((_phrase, _qualifier))


def _attach_qualifiers(toks: list[_Tok], raws: list[_Raw]) -> None:
    for r in raws:
        if r.unit == "date" or r.vague or r.first == 0:
            continue
        for phrase, qualifier in _QUALIFIERS_BY_LAST_WORD.get(toks[r.first - 1].low, ()):
            k = r.first - len(phrase)
            if k < 0:
                continue
            if all(toks[k + m].low == word for m, word in enumerate(phrase)):
                # "over three years" is a span of time, not "more than".
                if r.unit in DURATION_UNITS and phrase == ("over",):
                    break
                r.qualifier = qualifier
                break


def _clause_start(toks: list[_Tok], i: int, limit: int) -> int:
    """Earliest token index we may look back to from i without crossing a clause end."""
    lo = max(0, i - limit)
    for k in range(i - 1, lo - 1, -1):
        if toks[k].text in _CLAUSE_END:
            return k + 1
    return lo


def _previous_amount(raws: list[_Raw], idx: int, floor: int) -> _Raw | None:
    """The figure a period phrase describes: the nearest money figure before it,
    else the nearest count, within the clause (walked backwards, so the cost
    is bounded by the clause, not the text)."""
    nearest_count = None
    for k in range(idx - 1, -1, -1):
        r = raws[k]
        if r.last < floor:
            break
        if r.drop or r.unit == "date" or r.unit in DURATION_UNITS:
            continue
        if r.unit in MONEY_UNITS:
            return r
        if nearest_count is None:
            nearest_count = r
    return nearest_count


def _attach_periods(toks: list[_Tok], raws: list[_Raw]) -> None:
    n = len(toks)
    by_first = {r.first: idx for idx, r in enumerate(raws)}
    for idx, r in enumerate(raws):
        # "over [the] [next|last|past] three years" after an amount: its period.
        if r.unit in DURATION_UNITS and r.qualifier == "exact":
            k = r.first - 1
            if k >= 0 and toks[k].low in {"next", "last", "past", "coming", "first"}:
                k -= 1
            if k >= 0 and toks[k].low == "the":
                k -= 1
            if k >= 0 and toks[k].low in {"over", "across", "within"}:
                amount = _previous_amount(raws, idx, _clause_start(toks, k, 30))
                if amount is not None and amount.period is None:
                    amount.period = f"over {_group(Decimal(r.value))} {r.unit}"
                    r.drop = True
        # "between 2018 and 2020" after an amount: its period.
        if r.unit == "date" and isinstance(r.value, str) and len(r.value) == 4:
            k = r.first - 1
            nxt = r.last + 1
            if k >= 0 and toks[k].low in {"between", "from"} and nxt + 1 < n and toks[nxt].low in {"and", "to"} and nxt + 1 in by_first:
                other = raws[by_first[nxt + 1]]
                if other.unit == "date" and isinstance(other.value, str) and len(other.value) == 4 and other.value > r.value:
                    period = f"{r.value}-{other.value}"
                    amount = _previous_amount(raws, idx, _clause_start(toks, k, 30))
                    if amount is not None and amount.period is None:
                        amount.period = period
                        r.drop = other.drop = True
                    else:
                        r.value = f"{r.value}/{other.value}"
                        r.first = k
                        r.last = other.last
                        other.drop = True
    for r in raws:
        if r.drop or r.unit == "date" or r.unit in DURATION_UNITS or r.period is not None:
            continue
        k = r.last + 1
        # "£10m a year", "£15 million annually", "£45m in total".
        if k < n and toks[k].low in _RATE_WORDS:
            r.period = _RATE_WORDS[toks[k].low]
        elif k + 1 < n and toks[k].low in {"a", "an", "per", "each", "every"} and toks[k + 1].low in _RATE_UNITS:
            r.period = _RATE_UNITS[toks[k + 1].low]
        elif k + 1 < n and toks[k].low == "per" and toks[k + 1].low == "annum":
            r.period = "per year"
        elif k + 1 < n and toks[k].low == "in" and toks[k + 1].low in {"total", "all"}:
            r.period = "total"
        elif r.first >= 3 and [t.low for t in toks[r.first - 3 : r.first]] == ["a", "total", "of"]:
            r.period = "total"
        elif r.first >= 2 and [t.low for t in toks[r.first - 2 : r.first]] == ["total", "of"]:
            r.period = "total"
