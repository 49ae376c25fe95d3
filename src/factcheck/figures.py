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

import functools
import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from .lazy import cached, regex

__all__ = [
    "DURATION_UNITS",
    "DAYS_PER_UNIT",
    "MONEY_UNITS",
    "QUALIFIERS",
    "Figure",
    "format_money",
    "json_number",
    "parse_figures",
]

# ISO 4217 codes of the currencies read. The first three are the ones the
# corpus documents; the rest keep their own code so a claim in one currency
# never agrees with a figure in another.
MONEY_UNITS = (
    "GBP", "USD", "EUR", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD", "JPY", "CNY", "INR", "KRW",
    "CHF", "SEK", "NOK", "DKK", "PLN", "ZAR", "RUB", "BRL", "MXN", "ILS", "NGN", "KES", "AED",
    "SAR", "TRY",
)
DURATION_UNITS = ("years", "months", "weeks", "days", "hours", "minutes")
# Each duration unit in days, so that "18 months" meets "1.5 years" and a
# period "over three years" is 1,096 days wherever it is compared.
DAYS_PER_UNIT = {"years": Decimal("365.25"), "months": Decimal("30.4375"), "weeks": Decimal(7), "days": Decimal(1), "hours": Decimal(1) / 24, "minutes": Decimal(1) / 1440}
QUALIFIERS = ("exact", "more_than", "at_least", "up_to", "less_than", "almost", "approx")

# A number longer than this is not a figure anyone writes; refusing it keeps
# Decimal arithmetic and int() conversion bounded on hostile input.
MAX_NUMBER_CHARS = 40

_V = TypeVar("_V", Decimal, str, None, Decimal | str, Decimal | None)


@dataclass(frozen=True)
class Figure:
    """One figure read from text.

    `value` is a Decimal for quantities and an ISO 8601 string for dates
    ("2018", "2017-06", "--06-07", "2017/2021", a financial year
    "2018-04/2019-03"). `precision` is the place value of the last digit
    written (£2.6m -> 100000), `significant` the number of significant
    digits written; both are None for dates.

    A range ("£2-3m", "between 50 and 80%") is one figure: `low` and `high`
    are its ends and `value` is its low end, the one point actually written
    first. A fraction or proportion ("two thirds", "one in five", "six of
    the ten boroughs") has unit "count", its value as a Decimal fraction,
    `parts` = (numerator, denominator) and `category` "fraction" or
    "proportion"; a measure ("10m high", "25 pounds of rice") has its own
    unit ("metres", "lb") and `category` "measure". `doubt` says why a
    reading may be wrong (a decimal comma, "¥" for yen or yuan) when the
    reader had to choose.

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
    low: Decimal | None = None
    high: Decimal | None = None
    category: str | None = None
    parts: tuple[Decimal, Decimal] | None = None
    doubt: str | None = None

    @cached
    def kind(self) -> str:
        """What a figure can be compared with: money, count, percent, duration,
        date, fraction, proportion, measure, percentage_points. (Cached: it is
        asked for every comparison of a check.)"""
        if self.category is not None:
            return self.category
        if self.unit in MONEY_UNITS:
            return "money"
        if self.unit in DURATION_UNITS:
            return "duration"
        return self.unit

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None

    def json_value(self) -> int | float | str:
        return json_number(self.value)

    def describe(self) -> str:
        """A short human reading of the normalised figure: 45,000,000 GBP."""
        if isinstance(self.value, str):
            return self.value
        qual = "" if self.qualifier == "exact" else self.qualifier.replace("_", " ") + " "
        per = f" ({self.period})" if self.period else ""
        amount = f"{_group(self.low)}-{_group(self.high)}" if self.low is not None and self.high is not None else _group(self.value)
        return f"{qual}{amount} {self.unit}{per}"


def json_number(value: Decimal | str) -> int | float | str:
    """A figure's value as JSON has it: whole numbers as ints, dates as strings."""
    if isinstance(value, str):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_A_DIGIT = regex(r"\d")


def labelled_numbers(text: str) -> list[tuple[str, str]]:
    """The numbers of `text` that name something rather than count it, each
    with the words that name it: ("42", "42 bus"), ("12", "Ward 12"). What a
    sentence is about when it gives one; the reader leaves them out of its figures."""
    if _A_DIGIT.search(text) is None:
        return []
    toks = _tokens(text)
    found = []
    for i, t in enumerate(toks):
        if t.kind == "num" and _is_label(toks, i):
            labelled_before = i > 0 and toks[i - 1].low in _ANY_LABEL
            words = toks[i - 1 : i + 1] if labelled_before else toks[i : i + 2]
            found.append((t.text, text[words[0].start : words[-1].end]))
    return found


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
# (After a currency symbol a point starts the number: "£.5m" is £0.5m.)
_TOKEN = regex(r"(?P<num>\d[\d,.]*|(?<=[£$€¥₹])\.\d+)|(?P<word>[^\W\d_]+)|(?P<sym>\S)")
_THOUSANDS = regex(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = regex(r"\d+(?:\.\d+)?|\.\d+")


class _Tok:
    """A token; a slotted class because a 1 MB input makes hundreds of thousands."""

    __slots__ = ("end", "kind", "low", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, low: str):
        self.kind = kind  # "num", "word", "sym"
        self.text = text
        self.start = start
        self.end = end
        self.low = low


class _Toks(list):
    """A window's tokens, with the numbers in words already read from them:
    several parsers try the same position, and reading a run of number words
    is the costliest step."""

    def __init__(self, toks: list[_Tok]):
        super().__init__(toks)
        self.word_numbers: dict[tuple[int, int | None], tuple[Decimal, int] | None] = {}


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
        elif ("://" in piece or piece[:4].lower() == "www.") and piece.isascii() and piece.isprintable() and "\\" not in piece:
            # A web address is one opaque token: its %20s are not percentages.
            append(_Tok("sym", piece, pos + offset, end + offset, piece))
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

_CURRENCY_SYMBOL = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₪": "ILS", "₦": "NGN"}
# Letters written against "$" that make it another dollar: A$2bn is
# Australian, never US, dollars.
_DOLLAR_PREFIX = {
    "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD", "hk": "HKD",
    "nz": "NZD", "s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN",
    "usd": "USD", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "mxn": "MXN",
}
# "c $ 100" (spaced) is still Canadian; only these prefixes may stand apart.
_SPACED_DOLLAR_PREFIX = {"us", "c", "hk", "nz"}
# Written in capitals, any of these is a currency; "TRY" is left out because
# headlines shout the verb.
_CURRENCY_CODE = {code: code for code in MONEY_UNITS if code != "TRY"} | {"RMB": "CNY", "Rs": "INR"}
# Lower-case codes read as currencies: only the common ones, none of them a word.
_LOWER_CODE = {"usd": "USD", "gbp": "GBP", "eur": "EUR", "rmb": "CNY", "cny": "CNY", "jpy": "JPY",
               "aud": "AUD", "cad": "CAD", "inr": "INR", "chf": "CHF", "hkd": "HKD", "nzd": "NZD"}
_CURRENCY_WORD = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "quid": "GBP",
    "dollar": "USD", "dollars": "USD",
    "euro": "EUR", "euros": "EUR",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rand": "ZAR",
    "shekel": "ILS", "shekels": "ILS", "naira": "NGN", "zloty": "PLN", "zlotys": "PLN",
}
# Whose dollar: "Australian dollars", "Hong Kong dollars", "US dollars".
_DOLLAR_ADJECTIVE = {
    "us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
    "kong": "HKD", "zealand": "NZD", "taiwan": "TWD", "taiwanese": "TWD",
}
_FRANC_ADJECTIVE = {"swiss": "CHF"}
# Written before the number: "dollar 22.5 million", "euro 5m".
_CURRENCY_WORD_BEFORE = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}
# The yen sign is also the yuan's; the reading says so.
_SYMBOL_DOUBT = {"¥": "¥ is written for both yen and yuan; read as yen"}
_MULTIPLIER = {
    "k": Decimal(1000), "thousand": Decimal(1000),
    "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "million": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9, "bln": Decimal(10) ** 9, "b": Decimal(10) ** 9, "billion": Decimal(10) ** 9,
    # Indian English: a lakh is 100,000, a crore ten million.
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    "tn": Decimal(10) ** 12, "trn": Decimal(10) ** 12, "trillion": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,
}
# Spaced-out single letters are too ambiguous ("45 m" could be metres, "5 b" a
# footnote); they count as multipliers only when attached to the digits.
_ATTACHED_ONLY = {"k", "m", "b", "mn", "mln", "bn", "tn", "trn", "t"}
# "t" is a trillion only on money ("$2.174T"); on a bare number it is tonnes.
_MONEY_ONLY = {"t"}
_VAGUE = {
    "dozens": Decimal(12), "tens": Decimal(10), "hundreds": Decimal(100),
    "thousands": Decimal(1000), "millions": Decimal(10) ** 6, "billions": Decimal(10) ** 9,
}
_NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
}
_TENS_WORDS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
_UNIT_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
# Ordinal words as denominators of fractions ("two thirds", "a fifth") and as
# days of the month ("the fourth of July"). "first" and "second" are never
# denominators on their own ("one second" is a duration).
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}
_DENOMINATORS: dict[str, int] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
for _word, _n in _ORDINAL_WORDS.items():
    if _n > 2:
        _DENOMINATORS[_word] = _n
        _DENOMINATORS[_word + "s"] = _n
_DENOMINATORS["hundredths"] = 100
# The fractions that can stand before a scale word: "half a million",
# "a quarter of a billion", "three quarters billion".
_FRACTION_OF_SCALE = _SCALE_WORDS - {"hundred"} | {"dozen"}
_VULGAR = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
}
# Written "3/4": a fraction only over these denominators. 7 and 11 are left
# out on purpose: "24/7" and "9/11" are names, not fractions.
_DIGIT_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 16, 20, 32, 40, 64, 100}
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# The months' names as a pattern's alternatives, for the modules that look
# for a month written out ("in March 2024", not "300 in Marchbridge").
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# Lower-case month names are dates only next to a day or year; these two
# are more often verbs ("may 10 people", "march 20 miles") even then.
_VERB_MONTHS = {"may", "march", "mar"}
# Words before a number that make it a name or a reference, not a figure:
# "Article 50", "Section 60", "No 10", "Channel 4", "Boeing 737". Taken only
# when capitalised, so "a section 60 order" in lower case still is one.
_LABELS = {
    "article", "articles", "section", "sections", "clause", "chapter", "schedule", "paragraph",
    "regulation", "rule", "no", "number", "channel", "boeing", "airbus", "route", "flight",
    "platform", "gate", "room", "apollo", "formula", "windows", "iphone", "tier", "level",
    "stage", "phase", "band", "grade", "category", "type", "part", "annex", "appendix",
    "figure", "table", "page", "line", "series", "version", "model", "division", "league",
    "radio", "bbc", "itv", "galaxy", "pixel", "playstation", "xbox", "act", "bill", "amendment",
    "terminal", "junction", "ward", "block", "unit", "lot", "mark", "mk", "issue", "vol", "volume",
    "ftse", "nasdaq", "nikkei", "dax", "cac", "year", "key",
    # A numbered form or document: "Form 696", "Exhibit 4".
    "form", "exhibit", "item", "motion", "question", "case",
    # A report's numbered recommendation or objective: "Recommendation 9".
    "recommendation", "objective",
    # A police officer's shoulder number: "PC 1234", "DC 567".
    "pc", "dc", "ds", "pcso", "sgt",
}
# Broadcasters' words before a station's name and its frequency.
_STATIONS = {"radio", "fm", "bbc", "lbc"}
# Words the names of bodies end in, after a number that opens the name.
_BODY_NOUNS = {
    "club", "clubs", "group", "foundation", "trust", "society", "collective", "network", "campaign",
    "alliance", "movement", "partnership", "project", "charity", "association", "academy", "crew", "fc",
}
# Places in a text, labels even in lower case after "on", "at", "see", "of", "in".
_LOWER_LABELS = {"page", "pages", "paragraph", "paragraphs", "footnote", "appendix", "annex"}
_SERVICE_NUMBERS = {"999", "111", "101", "112", "911"}
# Lower-case words before a number that cite a document, whatever follows: "question 18734 said ...".
_REFERENCE_LABELS = {"question", "reference", "ref", "petition", "motion", "resolution", "item", "recommendation"}
# Words that may follow a name, not a figure's unit or noun: "told Vell Sound 96.2 that ...".
_AFTER_A_NAME = {"that", "and", "on", "in", "to", "about", "this", "last", "earlier", "yesterday"}
# Before "one of the N ...": an apposition or a predicate naming a member.
_MEMBER_LEAD = {",", "(", "\u2014", "\u2013", "is", "was", "as", "being", "become", "became", "remains"}
# A part of a law, in lower case too when what follows says so (see _cites_a_law).
_LEGAL_LABELS = {"section", "sections", "article", "articles", "clause", "clauses", "schedule", "regulation", "s"}
# Capitalised words naming a part of a site by its number, after a word that
# sets a place: "the centre in Building 3", "at Studio 2".
_PLACE_LABELS = frozenset("building wing bay pier plot zone studio suite theatre lab laboratory hangar dock berth shed hall pavilion".split())
_BEFORE_A_PLACE = frozenset("in at on of from to into the near outside inside beside behind opposite".split())


# A series whose members are called by their number, in lower case too: "round two", "phase 3".
_SERIES_LABELS = frozenset({"round", "rounds", "phase", "stage", "wave", "tranche", "cohort"})
_SERIES_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
# Any word that names what the number after it is ("Ward 12", "section 60"), for `labelled_numbers`.
_ANY_LABEL = frozenset(_LABELS | _LOWER_LABELS | _REFERENCE_LABELS | _LEGAL_LABELS | _PLACE_LABELS | _SERIES_LABELS)
_LEGAL_POWERS = {"order", "orders", "powers", "power", "notice", "notices", "authorisation", "authorisations", "search", "searches", "stop", "stops"}
# Words after which a bracketed amount is an accounting negative: "a deficit
# of (£2.3m)", "revenue is ($99.99)"; after a name it is the name's amount.
_ACCOUNTING_LEAD = frozenset("of is was are were be been at to by show shows showed reported posted made loss losses deficit minus net total balance".split())
# Words that turn a number into a sign or a negative.
_NEGATIVE_WORDS = {"minus", "negative"}
_MINUS_SIGNS = {"-", "−", "–"}
# Measures: a number followed by one of these is a length, weight, speed...
# never money or a count. Keys are lower-case as written; values the unit.
_MEASURE_UNITS = {
    "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "mile": "miles", "miles": "miles", "mph": "mph", "kph": "km/h", "knots": "knots",
    "metres": "metres", "meters": "metres", "metre": "metres", "meter": "metres",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "feet": "feet", "ft": "feet", "foot": "feet", "inches": "inches", "inch": "inches",
    "yards": "yards", "yard": "yards",
    "kg": "kg", "kgs": "kg", "kilos": "kg", "kilo": "kg", "kilograms": "kg", "kilogram": "kg",
    "grams": "g", "gram": "g", "tonnes": "tonnes", "tonne": "tonnes", "tons": "tons", "ton": "tons",
    "lb": "lb", "lbs": "lb", "ounces": "oz", "ounce": "oz", "oz": "oz", "stone": "stone",
    "litres": "litres", "liters": "litres", "litre": "litres", "liter": "litres",
    "gallons": "gallons", "gallon": "gallons", "pints": "pints", "pint": "pints",
    "acres": "acres", "acre": "acres", "hectares": "hectares", "hectare": "hectares",
    "degrees": "degrees", "°c": "°C", "°f": "°F", "mw": "MW", "gw": "GW", "kwh": "kWh",
    "calories": "calories", "kcal": "kcal", "storeys": "storeys", "ml": "ml", "millilitres": "ml",
}
# An "m" written against a number is metres, not millions, when one of these
# follows: "10m high", "a 40m-long tunnel".
_DIMENSION_WORDS = {
    "high", "tall", "long", "wide", "deep", "away", "across", "underground", "below", "above", "in",
    # races: "the 100m sprint", "a 200m freestyle"
    "sprint", "race", "hurdles", "relay", "dash", "freestyle", "breaststroke", "backstroke", "butterfly", "medley",
}
# What follows "in" after "10m" to make it a dimension ("10m in height").
_DIMENSION_NOUNS = {"height", "length", "width", "depth", "diameter", "circumference"}
# "pounds" is weight, not money, before "of" + a thing; these things are money.
_MONEY_NOUNS = {
    "funding", "money", "cash", "investment", "spending", "taxpayers", "public", "savings",
    "support", "aid", "debt", "grants", "grant", "cuts", "revenue", "income", "tax", "taxes",
    "extra", "new", "additional", "government", "lottery", "council", "capital", "borrowing",
    "fines", "damages", "compensation", "profit", "profits", "losses", "sales", "contracts",
    "note", "notes", "coin", "coins", "fine", "fee", "fees", "charge", "ticket", "tickets",
    "voucher", "vouchers", "bill", "bills", "bet", "donation", "payment", "payments", "loan",
    "bonus", "prize", "reward", "deposit", "increase", "rise", "cut", "budget", "price",
}
# Between two months of one window: "January to March".
_MONTH_TO = frozenset({"to", "until", "till", "through"})
_BEFORE_LONE_MONTH = {
    "in", "since", "until", "till", "by", "from", "during", "of", "before", "after",
    "early", "late", "mid", "last", "this", "next", "and", "or", "to", "on",
    "through", "throughout", "between", "across", "over",
}
_DURATION_WORDS = {
    "year": "years", "years": "years", "month": "months", "months": "months",
    "week": "weeks", "weeks": "weeks", "day": "days", "days": "days", "hour": "hours", "hours": "hours",
    "minute": "minutes", "minutes": "minutes", "mins": "minutes",
}
# Words between a number and its stretch that say what kind of stretch it is.
_KIND_OF_SPAN = frozenset({"financial", "working", "school", "calendar", "academic", "full", "consecutive", "business", "whole", "clear", "straight", "complete", "tax"})
_ORDINAL_SUFFIX = {"st", "nd", "rd", "th"}
# Words a figure can start with: numbers in words, vague amounts, months, "a"
# (a decade, a hundred), currency words and codes written before a number,
# fractions, negatives, labels that precede numbers.
# "autumn 2018", "the spring of 2019": the months of the season (the
# meteorological ones, as the Met Office counts them), so a document's "2018"
# cannot confirm them. ("Early 2018" has no agreed months: it stays the year.)
_PART_OF_YEAR = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


_STARTERS = frozenset(
    _NUMBER_WORDS | set(_VAGUE) | set(_MONTHS) | set(_DENOMINATORS) | set(_ORDINAL_WORDS) | set(_VULGAR)
    | _NEGATIVE_WORDS | set(_LOWER_CODE) | set(_CURRENCY_WORD_BEFORE) | set(_DOLLAR_PREFIX) | set(_PART_OF_YEAR) | {"a", "an", "fy"}
)
# Words that make a stretch of text worth tokenising at all.
# ("one" is not one: alone it is rarely read as a figure, and "one million",
# "twenty-one" carry another anchor within reach.)
_SYM_STARTERS = frozenset(set(_CURRENCY_SYMBOL) | _MINUS_SIGNS | {"(", "."})
_ANCHOR_WORDS = frozenset(
    (_NUMBER_WORDS - {"one"}) | set(_VAGUE) | set(_MONTHS) | set(_DENOMINATORS) | {"decade", "decades", "dozen"}
)
# Longest phrases first: the first match wins.
_QUALIFIER_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("in", "the", "region", "of"), "approx"),
    (("in", "the", "order", "of"), "approx"),
    (("on", "the", "order", "of"), "approx"),
    (("of", "the", "order", "of"), "approx"),
    (("something", "like"), "approx"),
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("not", "fewer", "than"), "at_least"),
    (("not", "less", "than"), "at_least"),
    (("no", "more", "than"), "up_to"),
    (("not", "more", "than"), "up_to"),
    (("a", "minimum", "of"), "at_least"),
    (("as", "many", "as"), "up_to"),
    (("as", "much", "as"), "up_to"),
    (("a", "maximum", "of"), "up_to"),
    (("in", "excess", "of"), "more_than"),
    (("just", "north", "of"), "more_than"),
    (("just", "south", "of"), "almost"),
    (("a", "shade", "under"), "almost"),
    (("a", "shade", "over"), "more_than"),
    (("a", "little", "under"), "almost"),
    (("a", "little", "over"), "more_than"),
    (("comfortably", "more", "than"), "more_than"),
    (("comfortably", "over"), "more_than"),
    (("as", "few", "as"), "up_to"),
    (("north", "of"), "more_than"),
    (("south", "of"), "less_than"),
    (("just", "under"), "almost"),
    (("just", "below"), "almost"),
    (("just", "above"), "more_than"),
    (("well", "above"), "more_than"),
    (("well", "under"), "less_than"),
    (("well", "below"), "less_than"),
    (("just", "shy", "of"), "almost"),
    # A level not yet reached: "has yet to reach 40,000", "fell short of £2m".
    (("yet", "to", "reach"), "less_than"),
    (("yet", "to", "hit"), "less_than"),
    (("failed", "to", "reach"), "less_than"),
    (("fails", "to", "reach"), "less_than"),
    (("failed", "to", "hit"), "less_than"),
    (("fell", "short", "of"), "less_than"),
    (("falls", "short", "of"), "less_than"),
    (("fall", "short", "of"), "less_than"),
    (("just", "short", "of"), "almost"),
    (("shy", "of"), "almost"),
    (("topped",), "more_than"),
    (("exceeded",), "more_than"),
    (("surpassed",), "more_than"),
    (("just", "over"), "more_than"),
    (("well", "over"), "more_than"),
    (("at", "most"), "up_to"),
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
    (("approx",), "approx"),
    (("some",), "approx"),
)
_RATE_UNITS = {
    "year": "per year", "annum": "per year", "quarter": "per quarter", "month": "per month",
    "fortnight": "per fortnight", "week": "per week", "day": "per day", "hour": "per hour",
    "term": "per term",
}
_RATE_WORDS = {
    "annually": "per year", "yearly": "per year", "quarterly": "per quarter", "monthly": "per month",
    "fortnightly": "per fortnight", "weekly": "per week", "daily": "per day",
}
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
    low: Decimal | None = None
    high: Decimal | None = None
    category: str | None = None
    parts: tuple[Decimal, Decimal] | None = None
    doubt: str | None = None


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
    if len(text) <= _REMEMBERED_CHARS:
        return list(_parse_remembered(text, limit))
    return _parse(text, limit)


# A batch or a draft repeats texts (one subject with several figures, the
# same boilerplate paragraph), and figures are immutable: a short text's
# figures are read once. Long texts are not kept, so the cache stays small.
_REMEMBERED_CHARS = 2000


@functools.lru_cache(maxsize=2048)
def _parse_remembered(text: str, limit: int) -> tuple[Figure, ...]:
    return tuple(_parse(text, limit))


def _parse(text: str, limit: int) -> list[Figure]:
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
_ANCHOR_WORD = regex(r"[^\W\d_]{2,20}")
# Digit runs and the vulgar fractions (½, ¾...), which are not \d.
_DIGITS = regex(r"\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
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
    toks = _Toks(_tokens(text[offset:end], offset))
    raws: list[_Raw] = []
    i = 0
    n = len(toks)
    while i < n and len(raws) < limit:
        t = toks[i]
        # Most tokens cannot start a figure; skip them without trying the parsers.
        if t.kind == "sym" and t.text not in _SYM_STARTERS or t.kind == "word" and t.low not in _STARTERS and t.text not in _CURRENCY_CODE:
            i += 1
            continue
        raw = _parse_at(toks, i)
        if raw is None:
            i += 1
            continue
        raws.append(raw)
        i = raw.last + 1
    _share_units(toks, raws)
    _range_shares_year(toks, raws)
    _list_shares_year(toks, raws)
    _list_currency(toks, raws)
    raws = _percent_of_a_count(toks, raws)
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
                value=_tidy(r.value),
                unit=r.unit,
                qualifier=r.qualifier,
                period=r.period,
                precision=r.precision,
                significant=r.significant,
                vague=r.vague,
                low=_tidy(r.low),
                high=_tidy(r.high),
                category=r.category,
                parts=r.parts,
                doubt=r.doubt,
            )
        )
    return figures


def _tidy(value: _V) -> _V:
    """A whole number without the trailing zeros arithmetic left on it (500000.0)."""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return value.to_integral_value()
    return value


def _adjacent(toks: list[_Tok], i: int) -> bool:
    """Token i starts exactly where token i-1 ends (no space between)."""
    return i > 0 and toks[i - 1].end == toks[i].start


_DECIMAL_COMMA = regex(r"\d{1,3},\d{1,2}")


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


def _decimal_comma(tok: _Tok) -> tuple[Decimal, Decimal, int] | None:
    """"1,4" read as 1.4: continental decimal commas, which thousands never are."""
    if not _DECIMAL_COMMA.fullmatch(tok.text):
        return None
    s = tok.text.replace(",", ".")
    return (Decimal(s), *_precision_of(s))


def _precision_of(digits: str) -> tuple[Decimal, int]:
    """Place value of the last written digit, and the count of significant digits."""
    if "." in digits:
        whole, frac = digits.split(".", 1)
        sig = len((whole + frac).lstrip("0")) or 1
        return Decimal(1).scaleb(-len(frac)), sig
    stripped = digits.lstrip("0") or "0"
    core = stripped.rstrip("0") or "0"
    return Decimal(1).scaleb(len(stripped) - len(core)), len(core)


# A run of number words longer than this is not one number anyone writes
# ("nine hundred eighty-seven billion ... eighty-nine" is 16 words).
_MAX_NUMBER_WORDS = 24
_SCALE_VALUE = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _word_number(toks: list[_Tok], i: int, lone_one: bool = False, stop: int | None = None) -> tuple[Decimal, int] | None:
    """A number written in words starting at token i: (value, last token
    index), remembered for the window's tokens. A lone "one" is read only
    with `lone_one` ("one in five"), in a list of numbers or alone: otherwise
    it is almost never a figure ("one of the...", "one too many")."""
    memo = toks.word_numbers if isinstance(toks, _Toks) else None
    key = (i, stop)
    if memo is not None and key in memo:
        found = memo[key]
    else:
        found = _read_word_number(toks, i, stop)
        if memo is not None:
            memo[key] = found
    if found is not None and not lone_one and found[1] == i and toks[i].low == "one":
        n = len(toks)
        listed = i + 2 < n and toks[i + 1].text == "," and toks[i + 2].low in _NUMBER_WORDS
        spoken = i + 2 < n and toks[i + 1].low == "point" and toks[i + 2].low in _DIGIT_WORDS and not (i > 0 and toks[i - 1].low == "at")
        if not (listed or spoken or n == 1 or i + 1 < n and toks[i + 1].low in _MULTIPLIER):
            return None
    return found


def _read_word_number(toks: list[_Tok], i: int, stop: int | None) -> tuple[Decimal, int] | None:
    """A number written in words starting at token i: (value, last token index).

    Words are gathered (at most _MAX_NUMBER_WORDS, before token `stop`), then
    handed to text2num, which is strict; when the whole run is not one number
    ("forty five million forty five million"), the longest prefix ending at a
    scale word that is one is taken.
    """
    n = len(toks) if stop is None else min(stop, len(toks))
    words: list[str] = []
    at: list[int] = []  # token index of each word
    j = i
    if toks[i].low in {"a", "an"} and i + 1 < n and toks[i + 1].low in _SCALE_WORDS | {"dozen"}:
        words.append("one")
        at.append(i)
        j = i + 1
    # One number's scale words fall (million ... thousand), with at most one
    # "hundred" below each; a scale that does not starts the next number, so
    # "one hundred and one hundred and ..." is never gathered as one run.
    scales: list[int] = []
    hundred = False
    while j < n and len(words) < _MAX_NUMBER_WORDS:
        t = toks[j]
        if t.kind == "word" and t.low in _NUMBER_WORDS:
            scale = _SCALE_VALUE.get(t.low)
            if scale == 100 and hundred or scale is not None and scale > 100 and scales and scale >= scales[-1]:
                # The words since the last scale belong to the next number.
                last_scale = max((k for k, w in enumerate(words) if w in _SCALE_WORDS), default=-1)
                del words[last_scale + 1 :], at[last_scale + 1 :]
                break
            if scale == 100:
                hundred = True
            elif scale is not None:
                scales.append(scale)
                hundred = False
            words.append(t.low)
            at.append(j)
            j += 1
        elif t.kind == "word" and t.low == "dozen" and words:
            words.append("dozen")
            at.append(j)
            break
        elif t.low == "-" and words and j + 1 < n and toks[j + 1].low in _NUMBER_WORDS and (
            _adjacent(toks, j) and _adjacent(toks, j + 1) or words[-1] in _TENS_WORDS and toks[j + 1].low in _UNIT_WORDS
        ) or t.low == "and" and words and j + 1 < n and toks[j + 1].low in _NUMBER_WORDS and words[-1] in _SCALE_WORDS:
            j += 1
        else:
            break
    if not words:
        return None
    lengths = [len(words)] + [k + 1 for k in range(len(words) - 2, -1, -1) if words[k] in _SCALE_WORDS] + [1]
    for length in dict.fromkeys(lengths):
        run = words[:length]
        dozen = run[-1] == "dozen"
        if dozen:
            run = run[:-1]
        if not run:
            continue
        value = _words_value(run)
        if value is None:
            continue
        return (value * 12 if dozen else value), at[length - 1]
    return None


def _words_value(run: list[str]) -> Decimal | None:
    """The value of number words; text2num does not know "trillion", so the
    trillions are split off and read on their own."""
    from text_to_num import text2num

    if "trillion" in run:
        k = run.index("trillion")
        head = _words_value(run[:k]) if k else Decimal(1)
        tail = _words_value(run[k + 1 :]) if k + 1 < len(run) else Decimal(0)
        if head is None or tail is None or "trillion" in run[k + 1 :] or tail >= 10**12:
            return None
        return head * 10**12 + tail
    try:
        return Decimal(text2num(" ".join(run), "en"))
    except (ValueError, TypeError, OverflowError):
        return None


def _parse_at(toks: list[_Tok], i: int) -> _Raw | None:
    t = toks[i]
    if t.kind == "sym" and (t.text in _MINUS_SIGNS or t.text == "(") or t.kind == "word" and t.low in _NEGATIVE_WORDS:
        return _parse_negative(toks, i)
    if t.kind == "sym" and t.text == ".":
        return _parse_leading_point(toks, i)
    if t.kind == "num":
        if _is_label(toks, i) or _url_encoded(toks, i) or _names_a_body(toks, i):
            return None
        raw = _parse_numeric_date(toks, i)
        if raw is not None:
            return raw
        if _digit_fraction(toks, i) is not None:
            return _parse_fraction(toks, i)
        if _is_code(toks, i):
            return None
    if t.kind == "word" and t.low in _SERIES_NUMBERS and i > 0 and toks[i - 1].low in _SERIES_LABELS and not (i + 1 < len(toks) and toks[i + 1].text == "-") and _is_label(toks, i):
        return None  # "round two": a name, as "Round 2" is
    if t.kind == "word" and _year_of_a_programme(toks, i):
        return None  # "its year-two evaluation", "in year two": which year of a programme, as "Year 2" is
    return _parse_unsigned(toks, i)


def _parse_unsigned(toks: list[_Tok], i: int) -> _Raw | None:
    t = toks[i]
    if t.low in _SCALE_WORDS and i > 0:
        raw = _parse_few_of_a_scale(toks, i)
        if raw is not None:
            return raw
    if t.kind == "word" and t.low in _MONTHS and i + 1 < len(toks) and toks[i + 1].text in _DATE_SEPARATORS and _adjacent(toks, i + 1):
        raw = _parse_numeric_date(toks, i)  # Dec-2018, Sep-23-2020
        if raw is not None:
            return raw
    for parser in (_parse_date, _parse_fraction, _parse_money, _parse_vague, _parse_quantity):
        raw = parser(toks, i)
        if raw is not None:
            return _extend_range(toks, raw)
    return None


_GLUE = {"-", "/", ":", ".", "+"}


def _is_code(toks: list[_Tok], i: int) -> bool:
    """Digits that belong to a code, a reference or a time rather than a
    figure: SE1, MGLA130618-4713, Covid-19, 12:21, 24/7, 2 pm."""
    if _adjacent(toks, i):
        prev = toks[i - 1]
        if prev.kind == "word":
            return True
        if prev.text in _GLUE and i > 1 and _adjacent(toks, i - 1) and toks[i - 2].kind in {"word", "num"}:
            return True
    k = i + 1
    if k < len(toks) and toks[k].low in {"am", "pm"} and toks[i].text.replace(".", "").isdigit():
        return True
    if k + 2 < len(toks) and toks[k].low == "o" and toks[k + 2].low == "clock":
        return True  # "5 o'clock"
    if _street_after(toks, i):
        return True
    if k + 1 < len(toks) and toks[k].text == "." and toks[k + 1].low in {"am", "pm"}:
        return True
    return (
        k + 1 < len(toks)
        and toks[k].text in {":", "/"}
        and _adjacent(toks, k)
        and _adjacent(toks, k + 1)
        and toks[k + 1].kind == "num"
    )


# "10 Downing Street", "221B Baker Street": a house number, not a figure.
_STREETS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "square", "place", "terrace", "crescent", "drive", "way", "gardens", "close", "row", "hill", "boulevard", "blvd"}


def _street_after(toks: list[_Tok], i: int) -> bool:
    k = i + 1
    if k < len(toks) and _adjacent(toks, k) and toks[k].kind == "word" and len(toks[k].text) == 1:
        k += 1  # 221B
    names = 0
    while k < len(toks) and names < 3 and toks[k].kind == "word" and toks[k].text[:1].isupper():
        if names and toks[k].low in _STREETS:
            return True
        names += 1
        k += 1
    return False


# Words before "year" that make the number after it a count said in that
# year: "last year two people ...", "in its first year two schools joined".
_YEAR_OPENS_A_COUNT = frozenset(
    "a an the last this next that each every per one first second third fourth fifth following previous same financial calendar school academic whole full final".split()
)


def _year_of_a_programme(toks: list[_Tok], i: int) -> bool:
    """A number word after "year" ("year two", "year-two"): which year of a
    programme, not a count; unless a word before "year" says it is a year
    the count was made in ("last year two ...")."""
    if toks[i].low not in _SERIES_NUMBERS or i + 1 < len(toks) and (toks[i + 1].text == "-" or toks[i + 1].low in _SCALE_WORDS):
        return False  # ("year two-thirds of ...", "year two hundred ...": a number of more than one word)
    k = i - 1
    if k >= 1 and toks[k].text == "-" and _adjacent(toks, k) and _adjacent(toks, i):
        k -= 1
    return k >= 0 and toks[k].low == "year" and (k == 0 or toks[k - 1].low not in _YEAR_OPENS_A_COUNT)


def _is_label(toks: list[_Tok], i: int) -> bool:
    """A number that names something: "Article 50", "No. 10", "Channel 4"."""
    k = i - 1
    if k >= 0 and toks[k].text == "." and _adjacent(toks, k):
        k -= 1
    if k >= 1 and toks[k].low in _LOWER_LABELS and toks[k - 1].low in {"on", "at", "see", "of", "in"}:
        return True  # "on page 12", "in paragraph 4": a place in a text, in lower case too
    if k >= 0 and toks[k].low in {"route", "bus"} and i + 1 < len(toks) and toks[i + 1].low in {"bus", "buses", "route", "service"}:
        return True  # "the route 149 bus": a bus route, in lower case too
    if k >= 0 and toks[k].low in {"the", "number", "no"} and i + 1 < len(toks) and toks[i + 1].low == "bus":
        return True  # "on the 45 bus", "the number 38 bus" (one bus of a route; "45 buses" is a count)
    if k >= 0 and toks[k].low in _SERIES_LABELS and (toks[i].low in _SERIES_NUMBERS or toks[i].text.isdigit() and len(toks[i].text) <= 2) and (k == 0 or toks[k - 1].low not in {"a", "year"}):
        return True  # "round two", "phase 3", "wave four": a place in a series, in lower case too ("a round 40" is about 40)
    if k >= 0 and toks[k].low in _REFERENCE_LABELS and "," not in toks[i].text:
        return True  # "written question 18734", "petition 2041": a reference, in lower case too
    if k >= 1 and toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper() and _fm_frequency(toks[i].text) and (i + 1 == len(toks) or toks[i + 1].kind != "word" or toks[i + 1].low in _AFTER_A_NAME):
        return True  # "told Vell Sound 96.2 that ...": a station's frequency after its name
    if _fm_frequency(toks[i].text) and i + 1 < len(toks) and toks[i + 1].text in {"FM", "fm", "MHz"}:
        return True  # "Ellsbridge 97.2 FM": a station's frequency, its band after it
    if toks[i].text in _SERVICE_NUMBERS and i + 1 < len(toks) and toks[i + 1].low in {"call", "calls", "line", "number", "service", "services", "operator", "operators"}:
        return True  # "999 calls": a telephone service's number
    if k >= 0 and toks[k].low in _LEGAL_LABELS and _cites_a_law(toks, i + 1):
        return True  # "section 60 of the Criminal Justice ... Act", "section 60 powers", in lower case too
    if k < 0 or toks[k].kind != "word" or not toks[k].text[:1].isupper():
        return False
    if _a_race(toks, i):
        return True  # "the Ravelsby 10k raised £18,600": a race, named by its length
    if toks[k].text == "P" and k >= 2 and toks[k - 1].text == "&" and toks[k - 2].text == "S":
        return True  # the S&P 500
    if k >= 1 and toks[k - 1].low in _STATIONS and toks[k - 1].text[:1].isupper() or toks[k].low in _STATIONS:
        return True  # "Radio London 94.9", "Capital FM 95.8", "LBC 97.3": a station's frequency
    if toks[k].low in _PLACE_LABELS:
        # "in Building 3", "the Studio 2 stage"; not "Building 300 homes will cost ...".
        return k >= 1 and toks[k - 1].low in _BEFORE_A_PLACE
    return toks[k].low in _LABELS


def _a_race(toks: list[_Tok], i: int) -> bool:
    """Whether the number at i is a race's length in a name after a
    capitalised word: "the Ravelsby 10k", "the Harbour 5K"; not thousands
    of something ("Ravelsby 10k homes")."""
    if not (i + 1 < len(toks) and toks[i + 1].text in ("k", "K") and _adjacent(toks, i + 1) and toks[i].text.isdigit() and len(toks[i].text) <= 2):
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    return after is None or after.kind != "word" or after.low in _AFTER_A_RACE


# Words after a race's name: what it did, or what it is ("the Ravelsby 10k raised ...", "... 10k race").
_AFTER_A_RACE = frozenset(
    "raised raises raising took takes attracted attracts drew draws returned returns returning was is has had will "
    "race run fun".split()
)


def _fm_frequency(text: str) -> bool:
    """An FM frequency as written, one decimal in 88.0 to 107.9 MHz: "96.2"."""
    whole, _, tenth = text.partition(".")
    return len(tenth) == 1 and tenth.isdigit() and whole.isdigit() and 88 <= int(whole) <= 107


def _cites_a_law(toks: list[_Tok], k: int) -> bool:
    """Whether the words from `k` make a number before them part of a law:
    "(section 60) of the Public Order Act", "(section 60) powers"."""
    words = [t for t in toks[k : k + 4] if t.kind == "word"]
    if words and words[0].low in _LEGAL_POWERS:
        return True
    return len(words) >= 3 and words[0].low == "of" and words[1].low == "the" and words[2].text[:1].isupper()


def _names_a_body(toks: list[_Tok], i: int) -> bool:
    """A number opening an organisation's name: "the 999 Club", "the 100
    Women Collective": capitalised words after it, the last a word names
    of bodies end in. Only after "the": "20 Youth Clubs Closed" is a headline."""
    if i == 0 or toks[i - 1].low != "the":
        return False
    for j in range(i + 1, min(len(toks), i + 4)):
        t = toks[j]
        if t.kind != "word" or not t.text[:1].isupper() or t.low in _MONTHS:
            return False
        if t.low in _BODY_NOUNS:
            return True
    return False


def _url_encoded(toks: list[_Tok], i: int) -> bool:
    """%20, %2D9114%29: percent-encoding in a web address, not a percentage."""
    if i > 0 and toks[i - 1].text == "%" and _adjacent(toks, i):
        return True
    k = i + 1
    return k + 1 < len(toks) and toks[k].text == "%" and _adjacent(toks, k) and _adjacent(toks, k + 1) and toks[k + 1].kind != "sym"


def _negate(raw: _Raw) -> _Raw:
    assert isinstance(raw.value, Decimal)
    raw.value = -raw.value
    if raw.low is not None and raw.high is not None:
        raw.low, raw.high = -raw.high, -raw.low
        raw.value = raw.low
    if raw.parts is not None:
        raw.parts = (-raw.parts[0], raw.parts[1])
    return raw


def _parse_negative(toks: list[_Tok], i: int) -> _Raw | None:
    """-3%, −0.1% (a minus sign), minus five, ($99.99) in accounts."""
    t = toks[i]
    n = len(toks)
    j = i + 1
    if j >= n:
        return None
    nxt = toks[j]
    # Only a number or a currency may follow, so signs never nest.
    if not (nxt.kind == "num" or nxt.text in _CURRENCY_SYMBOL or nxt.kind == "word" and nxt.low in _STARTERS - _NEGATIVE_WORDS):
        return None
    if t.text == "(":
        if i > 0 and toks[i - 1].kind == "word" and toks[i - 1].low not in _ACCOUNTING_LEAD:
            return None  # "the Young Londoners Fund (£45m)": the amount beside a name, not a loss
        raw = _parse_money(toks, j)
        if raw is None or not _adjacent(toks, j) or raw.last + 1 >= n or toks[raw.last + 1].text != ")" or not isinstance(raw.value, Decimal):
            return None
        if raw.value < 0:
            return None  # "($-99.99)": the sign is written; read the money itself
        raw.first, raw.last = i, raw.last + 1
        return _negate(raw)
    if t.kind == "sym":
        # A hyphen joined to what precedes it is a dash or a range ("2017-21",
        # "£2-3m"), not a sign; a spaced one is a sign only at the start.
        if i > 0 and _adjacent(toks, i) and toks[i - 1].kind in {"word", "num"}:
            return None
        if not _adjacent(toks, j):
            return None  # "- 5 officers" is a bullet point, not minus five
        if nxt.kind == "word":
            return None
    elif nxt.kind == "sym":
        return None
    if nxt.low == "one" and not (j + 1 < len(toks) and toks[j + 1].low in _NUMBER_WORDS | set(_DENOMINATORS) | {"and", "over", "in", "out", "of"}):
        return _Raw(i, j, Decimal(-1), "count", Decimal(1), 1)  # "minus one": a lone "one" that is a figure
    raw = _parse_at(toks, j) if nxt.kind == "num" else _parse_unsigned(toks, j)
    if raw is None or raw.first != j:
        return None
    if not isinstance(raw.value, Decimal):
        return raw  # a date after a dash: "-2020-07-01-"
    raw.first = i
    return _negate(raw)


def _parse_leading_point(toks: list[_Tok], i: int) -> _Raw | None:
    """".08": a decimal written without its leading zero."""
    j = i + 1
    if j >= len(toks) or not _adjacent(toks, j) or not (toks[j].text.isascii() and toks[j].text.isdigit()) or len(toks[j].text) > 20:
        return None
    if i > 0 and _adjacent(toks, i):
        return None
    digits = "0." + toks[j].text
    value = Decimal(digits)
    precision, sig = _precision_of(digits)
    return _quantity_suffix(toks, i, value.normalize() if value else value, precision, sig, j, None)


def _month_at(toks: list[_Tok], i: int) -> int | None:
    """A month name at token i: capitalised, or in lower case unless it is
    more often a verb (may, march); callers decide what must surround it."""
    if i < len(toks) and toks[i].kind == "word":
        t = toks[i]
        if t.text[:1].isupper() or t.low not in _VERB_MONTHS:
            return _MONTHS.get(t.low)
    return None


def _year_at(toks: list[_Tok], i: int) -> int | None:
    if i < len(toks) and toks[i].kind == "num" and len(toks[i].text) == 4 and toks[i].text.isdigit():
        year = int(toks[i].text)
        if 1900 <= year <= 2099:
            return year
    return None


def _short_year_at(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """"April '18": an apostrophe then two digits, after a month, is the year
    (2000s up to '49, 1900s from '50): (year, its index)."""
    if i + 1 < len(toks) and toks[i].text in ("'", "\u2019") and toks[i + 1].kind == "num" and len(toks[i + 1].text) == 2 and toks[i + 1].text.isdigit() and _adjacent(toks, i + 1):
        yy = int(toks[i + 1].text)
        return (2000 + yy if yy < 50 else 1900 + yy), i + 1
    return None


def _day_at(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """A day of the month at token i (7, 7th, seventh, twenty-first): (day, last token index)."""
    n = len(toks)
    if i < n and toks[i].kind == "num" and toks[i].text.isdigit() and len(toks[i].text) <= 2:
        day = int(toks[i].text)
        if 1 <= day <= 31:
            j = i
            if j + 1 < n and toks[j + 1].low in _ORDINAL_SUFFIX and _adjacent(toks, j + 1):
                j += 1
            return day, j
    if i < n and toks[i].kind == "word":
        if toks[i].low in _ORDINAL_WORDS and _ORDINAL_WORDS[toks[i].low] <= 31:
            return _ORDINAL_WORDS[toks[i].low], i
        if toks[i].low in {"twenty", "thirty"} and i + 2 < n and toks[i + 1].text == "-" and toks[i + 2].low in _ORDINAL_WORDS:
            day = (20 if toks[i].low == "twenty" else 30) + _ORDINAL_WORDS[toks[i + 2].low]
            if day <= 31:
                return day, i + 2
    return None


def _skip_dot(toks: list[_Tok], j: int) -> int:
    """Index after an abbreviation's dot (Aug.), else j."""
    if j < len(toks) and toks[j].text == "." and _adjacent(toks, j) and toks[j - 1].low in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}:
        return j + 1
    return j


def _month_of_year(toks: list[_Tok], i: int, month: int, year: tuple[int, int]) -> _Raw:
    """A month and the year after it, from token i: "March 2025"; and in a
    split year, "March 2024-25", the calendar year the month falls in. A
    financial year runs April to March and an academic year September to
    August, so January to March are in its second year in both; April to
    December are read in its first, as a financial year has them."""
    y, at = year
    end = at + 2
    if end < len(toks) and toks[at + 1].text in {"-", "/", "\u2013"} and _adjacent(toks, at + 1) and _adjacent(toks, end):
        if toks[end].kind == "num" and len(toks[end].text) == 2 and toks[end].text.isdigit() and int(toks[end].text) == (y + 1) % 100:
            return _Raw(i, end, f"{y + 1 if month <= 3 else y:04d}-{month:02d}", "date")
    return _Raw(i, at, f"{y:04d}-{month:02d}", "date")


def _year_after(toks: list[_Tok], k: int, links: set[str]) -> tuple[int, int] | None:
    """A year at k, or after one linking word/comma at k: (year, its index)."""
    year = _year_at(toks, k)
    if year is not None:
        return year, k
    if k < len(toks) and toks[k].low in links:
        year = _year_at(toks, k + 1)
        if year is not None:
            return year, k + 1
    return None


# "March 5 years ago", "June 3m": the number after a month is not its day.
_NOT_A_DAY_AFTER = frozenset(set(_DURATION_WORDS) | set(_MULTIPLIER) | {"%"})


def _part_of_year(toks: list[_Tok], i: int) -> _Raw | None:
    n = len(toks)
    k = i + 1
    if k < n and toks[k].low == "of":
        k += 1
    year = _year_at(toks, k) if k < n else None
    if year is None or (k + 1 < n and (toks[k + 1].low in _MULTIPLIER or toks[k + 1].low in {"%", "per", "percent"})):
        return None
    first, last = _PART_OF_YEAR[toks[i].low]
    if first > last:
        return _winter(toks, i, k, year)
    return _Raw(i, k, f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", "date")


def _winter(toks: list[_Tok], i: int, k: int, year: int) -> _Raw:
    """"winter 2017/18": December to February. A winter of one year ("the
    winter of 2017") is said of the one it ends and of the one it begins,
    so it is read as both: a document's February 2018 or January 2017 is in it."""
    if k + 2 < len(toks) and toks[k + 1].text in ("/", "-", "\u2013") and _adjacent(toks, k + 1) and toks[k + 2].text in (f"{(year + 1) % 100:02d}", str(year + 1)):
        return _Raw(i, k + 2, f"{year:04d}-12/{year + 1:04d}-02", "date")
    return _Raw(i, k, f"{year - 1:04d}-12/{year + 1:04d}-02", "date")


def _days_of_a_month(toks: list[_Tok], i: int, day: tuple[int, int]) -> _Raw | None:
    """"21 to 22 November", "3-5 June 2025", "21 and 22 November": days of
    one month, read as that month (not a count of 21 and a date)."""
    d, j = day
    if j + 2 >= len(toks) or toks[j + 1].low not in {"to", "-", "\u2013", "and", "&"}:
        return None
    end = _day_at(toks, j + 2)
    if end is None or end[0] <= d or toks[j + 2].kind != toks[i].kind:
        return None
    k = end[1] + 1
    month = _month_at(toks, k)
    if month is None:
        return None
    y = _year_after(toks, _skip_dot(toks, k + 1), {",", "of", "in"})
    if y is not None:
        return _Raw(i, y[1], f"{y[0]:04d}-{month:02d}", "date")
    return _Raw(i, k, f"--{month:02d}", "date")


def _parse_date(toks: list[_Tok], i: int) -> _Raw | None:
    n = len(toks)
    if toks[i].low in _PART_OF_YEAR:
        return _part_of_year(toks, i)
    day = _day_at(toks, i)
    if day is not None:
        days = _days_of_a_month(toks, i, day)
        if days is not None:
            return days
        d, j = day
        k = j + 1
        if k < n and toks[k].low == "of":
            k += 1
        month = _month_at(toks, k)
        if month is not None and (toks[i].kind == "num" or k > j + 1 or toks[k].text[:1].isupper()):
            y = _year_after(toks, _skip_dot(toks, k + 1), {",", "of", "in"})
            if y is not None:
                return _Raw(i, y[1], f"{y[0]:04d}-{month:02d}-{d:02d}", "date")
            return _Raw(i, k, f"--{month:02d}-{d:02d}", "date")
        if toks[i].kind == "word":
            return None
    month = _month_at(toks, i)
    if month is not None:
        k = _skip_dot(toks, i + 1)
        day2 = _day_at(toks, k)
        if day2 is not None and not (k < n and toks[k].kind == "num" and k + 1 < n and toks[k + 1].low in _NOT_A_DAY_AFTER):
            d, j = day2
            y = _year_after(toks, j + 1, {",", "of", "in"})
            if y is not None:
                return _Raw(i, y[1], f"{y[0]:04d}-{month:02d}-{d:02d}", "date")
            if toks[i].text[:1].isupper() or toks[k].kind == "num":
                return _Raw(i, j, f"--{month:02d}-{d:02d}", "date")
        y = _year_after(toks, k, {",", "of"}) or _short_year_at(toks, k)
        if y is not None:
            return _month_of_year(toks, i, month, y)
        # "in May" is the month (three letters, yet no abbreviation), "in May's budget" the prime minister.
        full = len(toks[i].text) > 3 or (toks[i].text == "May" and not (i + 1 < n and toks[i + 1].text in {"'", "\u2019"}))
        if i > 0 and toks[i - 1].low in _BEFORE_LONE_MONTH and toks[i].text[:1].isupper() and full:
            return _Raw(i, i, f"--{month:02d}", "date")
        if toks[i].text[:1].isupper() and full and k + 1 < n and toks[k].low in _MONTH_TO and _month_at(toks, k + 1) is not None and toks[k + 1].text[:1].isupper():
            return _Raw(i, i, f"--{month:02d}", "date")  # "for January to March": the first month of a window
        return None
    year = _year_at(toks, i)
    if year is not None:
        nxt = toks[i + 1] if i + 1 < n else None
        # "2018 million" or "£2018" is an amount, not a year.
        if nxt is not None and (nxt.low in _MULTIPLIER or nxt.low in {"%", "per", "percent"} or nxt.low in _CURRENCY_WORD or nxt.low in _MEASURE_UNITS):
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
        # "the 1960s": a decade.
        if year % 10 == 0 and nxt is not None and nxt.low == "s" and _adjacent(toks, i + 1):
            return _Raw(i, i + 1, f"{year:04d}/{year + 9:04d}", "date")
        # "2017 April": a year then its month.
        month = _month_at(toks, i + 1)
        if month is not None and _day_at(toks, i + 2) is None:
            return _Raw(i, i + 1, f"{year:04d}-{month:02d}", "date")
        return _Raw(i, i, f"{year:04d}", "date")
    return None


_DATE_SEPARATORS = {"-", "/", "–"}


def _numeric_date_parts(toks: list[_Tok], i: int) -> tuple[list[_Tok], str] | None:
    """Up to three adjacent parts joined by one separator: 2018-7-6, 23/Sep/2020."""
    if toks[i].kind == "num" and not toks[i].text.isdigit():
        return None  # "0.0/0": a decimal starts no date
    parts = [toks[i]]
    sep = ""
    k = i + 1
    n = len(toks)
    while len(parts) < 3 and k + 1 < n and toks[k].text in _DATE_SEPARATORS and _adjacent(toks, k) and _adjacent(toks, k + 1):
        if sep and toks[k].text != sep:
            break
        nxt = toks[k + 1]
        if not (nxt.kind == "num" and nxt.text.isdigit() or nxt.kind == "word" and nxt.low in _MONTHS):
            break
        sep = toks[k].text
        parts.append(nxt)
        k += 2
    if len(parts) < 2:
        return None
    return parts, sep


def _date_value(year: int, month: int, day: int | None = None) -> str | None:
    if not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _parse_numeric_date(toks: list[_Tok], i: int) -> _Raw | None:
    """Dates in digits: 2018-07-06, 1/1/2016, 5/17/2018, Dec-2018, 12-2015,
    and financial years 2018/19, 2019-20 (April to March, UK public finance)."""
    got = _numeric_date_parts(toks, i)
    if got is None:
        return None
    parts, sep = got
    last = i + 2 * (len(parts) - 1)
    if last + 1 < len(toks) and toks[last + 1].text in _DATE_SEPARATORS and _adjacent(toks, last + 1) and len(parts) < 3:
        return None
    vals = [(int(p.text) if p.kind == "num" else None, _MONTHS.get(p.low) if p.kind == "word" else None, len(p.text)) for p in parts]
    doubt = None
    value: str | None = None
    if len(parts) == 2:
        (a, _, la), (b, mb, lb) = vals
        if a is not None and la == 4 and 1900 <= a <= 2099:
            if b is not None and lb == 2 and b == (a + 1) % 100:
                value = f"{a:04d}-04/{a + 1:04d}-03"  # a financial year
            elif b is not None and lb == 4 and b == a + 1 and i > 0 and toks[i - 1].low in {"fy", "year"}:
                value = f"{a:04d}-04/{a + 1:04d}-03"
            elif b is not None and lb == 4 and a < b <= 2099:
                value = f"{a:04d}/{b:04d}"  # a span of years: 2017/2021
            elif mb is not None:
                value = _date_value(a, mb)
            elif b is not None and lb <= 2 and sep == "-" and 1 <= b <= 12:
                value = _date_value(a, b)
        elif b is not None and lb == 4 and 1900 <= b <= 2099:
            month = vals[0][1] if vals[0][1] is not None else a
            if month is not None and (vals[0][1] is not None or la <= 2):
                value = _date_value(b, month)
    else:
        value, doubt = _three_part_date(vals)
    if value is None:
        return None
    return _Raw(i, last, value, "date", doubt=doubt)


def _three_part_date(vals: list[tuple[int | None, int | None, int]]) -> tuple[str | None, str | None]:
    (a, ma, la), (b, mb, _), (c, mc, lc) = vals
    if a is not None and la == 4:  # year first: 2018-07-06, 2019/aug/01
        month = mb if mb is not None else b
        if month is not None and c is not None and mc is None:
            return _date_value(a, month, c), None
        return None, None
    if c is None or lc != 4 or not 1900 <= c <= 2099:
        return None, None
    if ma is not None and b is not None:  # Sep-23-2020
        return _date_value(c, ma, b), None
    if mb is not None and a is not None:  # 23/Sep/2020
        return _date_value(c, mb, a), None
    if a is None or b is None:
        return None, None
    if a > 12:
        return _date_value(c, b, a), None
    if b > 12:
        return _date_value(c, a, b), None
    if a == b:
        return _date_value(c, a, b), None
    # 03/04/2020 is 3 April in Britain and March 4 in the US; read day first.
    return _date_value(c, b, a), f"{a}/{b}/{c} could be day/month or month/day; read day first"


def _currency_before(toks: list[_Tok], i: int) -> tuple[str, int, str | None] | None:
    """A currency written at token i, before its number: (unit, index of the
    number's first token, doubt). "£", "A$", "US $", "GBP", "usd", "dollar"."""
    n = len(toks)
    t = toks[i]
    if t.text in _CURRENCY_SYMBOL:
        return _CURRENCY_SYMBOL[t.text], i + 1, _SYMBOL_DOUBT.get(t.text)
    if t.kind == "word" and t.low in _DOLLAR_PREFIX and i + 1 < n and toks[i + 1].text == "$":
        gap = toks[i + 1].start - t.end
        if gap == 0 or gap == 1 and t.low in _SPACED_DOLLAR_PREFIX:
            return _DOLLAR_PREFIX[t.low], i + 2, None
        return None
    if t.text in _CURRENCY_CODE:
        return _CURRENCY_CODE[t.text], i + 1, None
    if t.low in _LOWER_CODE:
        return _LOWER_CODE[t.low], i + 1, None
    if t.text in _CURRENCY_WORD_BEFORE and i + 1 < n and toks[i + 1].kind == "num":  # lower case: "Euro 2024" is a tournament
        return _CURRENCY_WORD_BEFORE[t.low], i + 1, None
    return None


def _multiplier_after(toks: list[_Tok], j: int, money: bool) -> tuple[Decimal, int] | None:
    """A magnitude (m, bn, million) right after token j: (multiplier, its index).

    After a currency marker "£45 m" is unambiguous; without one, a spaced
    single letter is not taken as a magnitude, "t" is tonnes, and an "m"
    before a dimension ("10m high") is metres.
    """
    k = j + 1
    if k + 1 < len(toks) and toks[k].text == "-" and _adjacent(toks, k) and _adjacent(toks, k + 1) and toks[k + 1].low in _SCALE_WORDS - {"hundred"}:
        k += 1  # "a $2.5-billion shortfall"
    if k < len(toks) and toks[k].kind == "word" and toks[k].low in _MULTIPLIER:
        low = toks[k].low
        if low in _ATTACHED_ONLY and not money and not _adjacent(toks, k):
            return None
        if low in _MONEY_ONLY and not (money and _adjacent(toks, k)):
            return None
        # "1.2b" is 1.2 billion, but "1500b" is bytes or bits and "221B" a
        # house: without a currency, only a decimal takes a "b" as billions.
        if low == "b" and not money and "." not in toks[j].text:
            return None
        if low == "m" and not money and (_dimension_after(toks, k) or _squared(toks, k) or _measure_before(toks, j) or _structure_after(toks, k)):
            return None
        return _MULTIPLIER[low], k
    return None


# Words before a number that make an attached "m" metres: "a height of 10m",
# "measuring 300m".
_MEASURE_CONTEXT = {
    "measuring", "measures", "measured", "height", "length", "depth", "width", "distance", "span",
    "diameter", "radius", "altitude", "elevation", "tall", "high", "long", "wide", "deep",
}


def _measure_before(toks: list[_Tok], j: int) -> bool:
    """Is the number ending at token j just after a measure word ("a depth of 300m")?"""
    for k in range(j - 1, max(-1, j - 5), -1):
        if toks[k].low in _MEASURE_CONTEXT:
            return True
        if toks[k].kind == "num" or toks[k].text in _CLAUSE_END:
            return False
    return False


# Things measured in metres: "a 10m wall" is ten metres, not ten million.
_STRUCTURES = {
    "wall", "walls", "tower", "towers", "bridge", "tunnel", "building", "drop", "fall", "cliff", "wave", "waves",
    "yacht", "boat", "pool", "crane", "mast", "statue", "spire", "skyscraper", "runway", "fence", "dam", "pier",
    "ramp", "ladder", "pole", "column", "chimney", "slide", "zipline", "swell",
}


def _structure_after(toks: list[_Tok], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].low in _STRUCTURES


def _squared(toks: list[_Tok], k: int) -> bool:
    """"24703m2": square (or cubic) metres."""
    return k + 1 < len(toks) and toks[k + 1].text in {"2", "3"} and _adjacent(toks, k + 1)


def _dimension_after(toks: list[_Tok], k: int) -> bool:
    """Is token k ("m") followed by a dimension: "high", "-long", "in height"?"""
    j = k + 1
    if j < len(toks) and toks[j].text == "-" and _adjacent(toks, j):
        j += 1
    if j >= len(toks):
        return False
    if toks[j].low == "in":
        return j + 1 < len(toks) and toks[j + 1].low in _DIMENSION_NOUNS
    return toks[j].low in _DIMENSION_WORDS


def _currency_after(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    """A currency written after the number ending at token j: (unit, last index)."""
    k = j + 1
    n = len(toks)
    if k >= n:
        return None
    t = toks[k]
    if t.low in _CURRENCY_WORD:
        return _CURRENCY_WORD[t.low], k
    if t.text in _CURRENCY_CODE:
        return _CURRENCY_CODE[t.text], k
    if t.low in _LOWER_CODE and t.kind == "word":
        return _LOWER_CODE[t.low], k
    if t.text in _CURRENCY_SYMBOL and t.start - toks[j].end <= 1 and not (k + 1 < n and toks[k + 1].kind == "num" and _adjacent(toks, k + 1)):
        return _CURRENCY_SYMBOL[t.text], k  # "10 €", "-15€"
    if k + 1 < n and toks[k + 1].low in {"dollar", "dollars"} and t.low in _DOLLAR_ADJECTIVE:
        return _DOLLAR_ADJECTIVE[t.low], k + 1
    if k + 2 < n and toks[k + 2].low in {"dollar", "dollars"} and (t.low, toks[k + 1].low) in {("hong", "kong"), ("new", "zealand"), ("u", ".")}:
        return _DOLLAR_ADJECTIVE.get(toks[k + 1].low, "USD"), k + 2
    if k + 1 < n and toks[k + 1].low in {"franc", "francs"} and t.low in _FRANC_ADJECTIVE:
        return _FRANC_ADJECTIVE[t.low], k + 1
    if k + 1 < n and t.kind == "word" and t.low in {"chinese", "japanese", "indian", "russian", "south"} and toks[k + 1].low in _CURRENCY_WORD:
        unit = _CURRENCY_WORD[toks[k + 1].low]
        if unit not in {"USD", "GBP", "EUR"}:
            return unit, k + 1
    if t.low == "of" and k + 1 < n and toks[k + 1].low in _CURRENCY_WORD:
        return _CURRENCY_WORD[toks[k + 1].low], k + 1
    return None


def _number_at(toks: list[_Tok], i: int, money: bool = False, lone_one: bool = False) -> tuple[Decimal, Decimal, int, int, str | None] | None:
    """A number (digits or words) at token i, with any magnitude folded in.

    Returns (value, precision, significant digits, last token index, doubt).
    """
    t = toks[i]
    doubt = None
    n = len(toks)
    if t.kind == "num":
        parsed = _numeric(t)
        if parsed is None:
            parsed = _decimal_comma(t)
            if parsed is None or not (money or _multiplier_after(toks, i, True) is not None):
                return None
            doubt = f"{t.text!r} read with a decimal comma as {t.text.replace(',', '.')}"
        value, precision, sig = parsed
        last = i
        # "10 000 dollars": thousands separated by a space, on money only.
        if (
            t.text.isdigit() and len(t.text) <= 3 and i + 1 < n and toks[i + 1].kind == "num" and len(toks[i + 1].text) == 3
            and toks[i + 1].text.isdigit() and toks[i + 1].start - t.end == 1 and (money or _currency_after(toks, i + 1) is not None)
        ):
            value = value * 1000 + Decimal(toks[i + 1].text)
            precision, sig = _precision_of(str(value))
            last = i + 1
        frac = _fraction_after_whole(toks, last) if t.text.isdigit() else None
        if frac is not None:
            value += frac[0]
            precision, sig, last = Decimal("0.01"), sig + 2, frac[1]
    elif t.kind == "word":
        if t.low in _VULGAR:
            a, b = _VULGAR[t.low]
            return Decimal(a) / Decimal(b), Decimal("0.01"), 2, i, None
        wn = _word_number(toks, i, lone_one=lone_one)
        if wn is None:
            return None
        value, last = wn
        precision, sig = _precision_of(str(int(value))) if value == value.to_integral_value() else (Decimal(1), 1)
        spoken = _spoken_decimals(toks, i, last)
        if spoken is not None:
            # "three point six million pounds", as a speaker says £3.6m.
            digits, last = spoken
            value += Decimal(f"0.{digits}")
            precision, sig = Decimal(1).scaleb(-len(digits)), sig + len(digits)
    else:
        return None
    mult = _multiplier_after(toks, last, money)
    if mult is not None:
        factor, last = mult
        value *= factor
        precision *= factor
        if toks[last].low in _SCALE_WORDS:
            value, last = _scaled_chain(toks, value, last, factor)
            value, last = _and_a_fraction(toks, value, last, factor)
    elif t.kind == "num" and last + 1 < n and toks[last + 1].low in {"hundred", "dozen", "dozens"}:
        factor = Decimal(100) if toks[last + 1].low == "hundred" else Decimal(12)
        value, precision, last = value * factor, precision * factor, last + 1
        if factor == 100:
            value, last = _scaled_chain(toks, value, last, factor)
    elif t.kind == "word" and last == i and last + 1 < n and toks[last + 1].low == "dozens":
        value, precision, last = value * 12, precision * 12, last + 1
    elif t.kind == "word" and toks[last].low in _SCALE_WORDS - {"hundred"}:
        value, last = _and_a_fraction(toks, value, last, _MULTIPLIER[toks[last].low])
    return value, precision, sig, last, doubt


_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def _spoken_decimals(toks: list[_Tok], first: int, last: int) -> tuple[str, int] | None:
    """The digits said after "point" ("three point six", "one point two
    five"), and the last one's token index; None for a whole number of a
    scale ("two million point ...") and for the idiom "at one point"."""
    n = len(toks)
    if last + 2 >= n or toks[last + 1].low != "point" or toks[last + 2].low not in _DIGIT_WORDS or toks[last].low in _SCALE_WORDS:
        return None
    if first > 0 and toks[first - 1].low == "at" and toks[first].low == "one":
        return None  # "at one point six officers were hurt"
    j, digits = last + 2, ""
    while j < n and toks[j].low in _DIGIT_WORDS and toks[j].start - toks[j - 1].end <= 1:
        digits += _DIGIT_WORDS[toks[j].low]
        j += 1
    return digits, j - 1


def _fraction_after_whole(toks: list[_Tok], j: int) -> tuple[Decimal, int] | None:
    """The fraction in "2½", "2 1/4" after the whole number at token j."""
    n = len(toks)
    k = j + 1
    if k < n and toks[k].low in _VULGAR and toks[k].start - toks[j].end <= 1:
        a, b = _VULGAR[toks[k].low]
        return Decimal(a) / Decimal(b), k
    if k + 2 < n and toks[k].start - toks[j].end == 1 and _digit_fraction(toks, k) is not None:
        value, _, _ = _digit_fraction(toks, k)  # type: ignore[misc]
        return value, k + 2
    return None


def _digit_fraction(toks: list[_Tok], i: int) -> tuple[Decimal, int, int] | None:
    """"3/4" at token i: (value, numerator, denominator)."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].text != "/" or not _adjacent(toks, i + 1) or not _adjacent(toks, i + 2):
        return None
    a, b = toks[i].text, toks[i + 2].text
    if not (a.isdecimal() and b.isdecimal()) or len(a) > 3 or len(b) > 3:
        return None
    if i + 3 < n and toks[i + 3].text in _DATE_SEPARATORS and _adjacent(toks, i + 3):
        return None
    num, den = int(a), int(b)
    if den not in _DIGIT_DENOMINATORS or not 0 < num < den:
        return None
    return Decimal(num) / Decimal(den), num, den


def _and_a_fraction(toks: list[_Tok], value: Decimal, last: int, scale: Decimal) -> tuple[Decimal, int]:
    """"3 million and a half" is 3.5 million; "one million and a quarter"."""
    n = len(toks)
    k = last + 1
    if k + 2 < n and toks[k].low == "and":
        got = _word_fraction(toks, k + 1)
        if got is not None and got[0] < 1:
            return value + got[0] * scale, got[3]
    return value, last


def _parse_money(toks: list[_Tok], i: int) -> _Raw | None:
    """Money parsed from its currency marker, so the marker is part of the span."""
    cur = _currency_before(toks, i)
    if cur is None:
        return None
    unit, j, doubt = cur
    n = len(toks)
    if j >= n:
        return None
    # "£ 45m" is sloppy but unambiguous; a gap of one space is allowed.
    if toks[j].start - toks[j - 1].end > 1:
        return None
    negative = False
    if toks[j].text in _MINUS_SIGNS and j + 1 < n and _adjacent(toks, j + 1) and toks[j + 1].kind == "num":
        negative, j = True, j + 1  # "$-99.99"
    if toks[j].kind == "word" and toks[j].low in _VAGUE:
        raw = _parse_vague(toks, j)
        if raw is None:
            return None
        raw.first = i
        raw.unit = unit
        return raw
    amount = _parse_fraction(toks, j) if toks[j].kind == "word" else None
    if amount is not None and amount.category is None:
        amount.first, amount.unit = i, unit
        return amount
    num = _number_at(toks, j, money=True)
    if num is None:
        return None
    value, precision, sig, last, comma_doubt = num
    raw = _Raw(i, last, -value if negative else value, unit, precision, sig, doubt=comma_doubt or doubt)
    return raw


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


def _small_number(toks: list[_Tok], j: int) -> tuple[Decimal, int] | None:
    """A number under 100 at token j, in digits or words: (value, last index)."""
    if j >= len(toks):
        return None
    t = toks[j]
    if t.kind == "num" and t.text.isdigit() and len(t.text) <= 2:
        return Decimal(t.text), j
    if t.kind == "word" and t.low in _NUMBER_WORDS - _SCALE_WORDS:
        got = _word_number(toks, j, lone_one=True)
        if got is not None and got[0] < 100:
            return got
    return None


def _scaled_chain(toks: list[_Tok], value: Decimal, last: int, scale: Decimal) -> tuple[Decimal, int]:
    """"4 thousand 3 hundred and 21": the smaller parts English adds after a
    scale word. After a thousand or more only "N hundred/thousand" follows;
    "and" joins only after "hundred", so "£5 million and 20 schools" stays two
    figures."""
    n = len(toks)
    while scale > 1 and last + 1 < n:
        k = last + 1
        if scale == 100:
            j = k + 1 if toks[k].low == "and" else k
            small = _small_number(toks, j)
            if small is None or small[0] == 0:
                break
            return value + small[0], small[1]
        t = toks[k]
        if t.kind != "num" or not t.text.isdigit() or len(t.text) > 3 or k + 1 >= n or toks[k + 1].low not in _SCALE_WORDS:
            break
        part_scale = _MULTIPLIER.get(toks[k + 1].low, Decimal(100))
        part = Decimal(t.text) * part_scale
        if part >= scale:
            break
        value, last, scale = value + part, k + 1, part_scale
    return value, last


def _denominator_at(toks: list[_Tok], k: int) -> tuple[int, bool, int] | None:
    """A fraction's denominator word at token k ("thirds", "quarter",
    "-eighths", "twenty-first"): (denominator, plural, last index)."""
    n = len(toks)
    if k < n and toks[k].text == "-":
        k += 1
    if k >= n or toks[k].kind != "word":
        return None
    low = toks[k].low
    if low in _DENOMINATORS:
        return _DENOMINATORS[low], low.endswith("s"), k
    if low in _TENS_WORDS and k + 2 < n and toks[k + 1].text == "-" and _adjacent(toks, k + 1) and _adjacent(toks, k + 2):
        unit = toks[k + 2].low
        plural = unit.endswith("s")
        ordinal = _ORDINAL_WORDS.get(unit[:-1] if plural else unit)
        if ordinal is not None and ordinal < 10:
            return _ORDINAL_WORDS[low[:-1] + "ieth"] + ordinal, plural, k + 2
    return None


# After "a third", "one quarter": what may follow for it to be a fraction
# rather than an ordinal ("a third term", "a quarter century").
_AFTER_SINGULAR_FRACTION = {"of", "and", "or", "than", "more", "less", "as", "to", "million", "billion", "trillion", "thousand", "dozen"}


# "a fourth and final round", "a third and last attempt": a place in a series.
_LAST_OF_A_SERIES = frozenset({"final", "last", "latest", "deciding"})


# After these, "a fifth" is a share whatever follows ("fell by almost a
# fifth between 2019 and 2022"), never an ordinal.
_BEFORE_A_SHARE = {"by", "almost", "nearly", "about", "around", "roughly", "than", "over", "under", "just", "some", "only", "fell", "rose", "cut", "down", "up"}


def _word_fraction(toks: list[_Tok], i: int, after_and: bool = False) -> tuple[Decimal, int, int, int] | None:
    """"two thirds", "a half", "one-eighth": (value, numerator, denominator, last index).
    After "and" ("a million and a half people") any word may follow."""
    n = len(toks)
    t = toks[i]
    if t.low in {"a", "an"}:
        num, j = 1, i + 1
    elif t.kind == "word" and t.low in _NUMBER_WORDS:
        wn = _word_number(toks, i, lone_one=True)
        if wn is None or wn[0] != wn[0].to_integral_value():
            return None
        num, j = int(wn[0]), wn[1] + 1
    else:
        return None
    den = _denominator_at(toks, j)
    if den is None:
        return None
    d, plural, last = den
    if (num == 1) == plural:
        return None
    if num == 1 and t.low in {"a", "an"} and not after_and and _rate_not_share(toks, i, last):
        return None
    if (
        num == 1 and not after_and and last + 1 < n and toks[last + 1].kind == "word"
        and toks[last + 1].low not in _AFTER_SINGULAR_FRACTION and not (i > 0 and toks[i - 1].low in _BEFORE_A_SHARE)
    ):
        return None
    if num == 1 and last + 2 < n and toks[last + 1].low in {"and", "or"} and toks[last + 2].low in _LAST_OF_A_SERIES and not (i > 0 and toks[i - 1].low in _BEFORE_A_SHARE):
        return None  # "A fourth and final round": an ordinal, as "a fourth round" is
    return Decimal(num) / Decimal(d), num, d, last


def _rate_not_share(toks: list[_Tok], i: int, last: int) -> bool:
    """"£15m a quarter", "200 knives a quarter": a rate after an amount (see
    _period_at), unless "of" or a share's verb says otherwise ("a quarter of
    the total", "cut by a quarter")."""
    if toks[last].low != "quarter" or (last + 1 < len(toks) and toks[last + 1].low == "of"):
        return False
    if i > 0 and toks[i - 1].low in _BEFORE_A_SHARE | {"and"}:
        return False  # "cut by a quarter", "3 million and a quarter"
    return any(t.kind == "num" for t in toks[max(0, i - 3) : i])


def _whole_and_fraction(toks: list[_Tok], i: int) -> tuple[Decimal, Decimal, Decimal, int] | None:
    """"one and a half", "twenty and three fifths", "five billion and three
    quarters" (the fraction of the scale), "one hundred and three quarters"."""
    n = len(toks)
    wn = _word_number(toks, i, lone_one=True)
    if wn is None:
        return None
    whole, wl = wn
    frac = None
    if wl + 2 < n and toks[wl + 1].low == "and":
        frac = _word_fraction(toks, wl + 2, after_and=True)
    elif _denominator_at(toks, wl + 1) is not None:
        # text2num joined "and three" into the whole: split at the last "and".
        ands = [k for k in range(i, wl) if toks[k].low == "and"]
        if ands:
            head = _word_number(toks, i, stop=ands[-1])
            if head is not None and head[1] == ands[-1] - 1:
                whole, wl = head
                frac = _word_fraction(toks, ands[-1] + 1, after_and=True)
    if frac is None or frac[0] >= 1:
        return None
    scale = _MULTIPLIER[toks[wl].low] if toks[wl].low in _SCALE_WORDS - {"hundred"} else Decimal(1)
    return whole, frac[0], scale, frac[3]


# "half" alone is the fraction 1/2 except in these company.
_NOT_HALF_BEFORE = {"first", "second", "other", "latter", "former", "the", "this", "that", "each", "every", "one"}
_NOT_HALF_AFTER = {"an", "hour", "hours", "term", "time", "way", "century", "decade", "year", "day", "past", "price", "marathon", "measures", "mile", "hearted", "dozen"}


def _parse_fraction(toks: list[_Tok], i: int) -> _Raw | None:
    """Fractions, proportions and amounts given as fractions of a scale."""
    t = toks[i]
    if t.kind == "num":
        df = _digit_fraction(toks, i)
        if df is not None:
            return _Raw(i, i + 2, df[0], "count", category="fraction", parts=(Decimal(df[1]), Decimal(df[2])))
        return _parse_proportion(toks, i)
    if t.kind != "word":
        return None
    if t.low in _VULGAR:
        a, b = _VULGAR[t.low]
        return _Raw(i, i, Decimal(a) / Decimal(b), "count", category="fraction", parts=(Decimal(a), Decimal(b)))
    value: Decimal | None = None
    parts: tuple[Decimal, Decimal] | None = None
    last = i
    bare = t.low in {"half", "quarter"}
    if bare:
        value, parts = Decimal(1) / Decimal(_DENOMINATORS[t.low]), (Decimal(1), Decimal(_DENOMINATORS[t.low]))
        span = _share_of_a_span(toks, i, value)
        if span is not None:
            return span
    else:
        mixed = _whole_and_fraction(toks, i) if t.low in _NUMBER_WORDS else None
        if mixed is not None:
            whole, frac, whole_scale, last = mixed
            scaled = _of_a_scale(toks, last)
            if scaled is None:
                value = whole + frac * whole_scale
            else:
                # "one and a half million" is 1.5 million; "one billion and
                # a half million" is a billion plus half a million.
                factor, last = scaled
                value = whole + frac * factor if whole_scale > 1 else (whole + frac) * factor
            precision, sig = _precision_of(str(_tidy(value))) if value == value.to_integral_value() else (None, None)
            return _quantity_suffix(toks, i, value, precision, sig, last, None)
        else:
            wf = _word_fraction(toks, i)
            if wf is not None:
                value, parts, last = wf[0], (Decimal(wf[1]), Decimal(wf[2])), wf[3]
    if value is None:
        return _parse_proportion(toks, i) if t.low in _NUMBER_WORDS else None
    scaled = _of_a_scale(toks, last)
    if scaled is not None:
        factor, last = scaled
        value *= factor
        precision, sig = _precision_of(str(value.normalize())) if value == value.to_integral_value() else (None, None)
        return _quantity_suffix(toks, i, value, precision, sig, last, None)
    if parts is None:  # a mixed number: "two and a half", maybe "years" after it
        return _quantity_suffix(toks, i, value, None, None, last, None)
    if bare and (t.low == "quarter" or not _lone_half(toks, i)):
        return None
    return _Raw(i, last, value, "count", category="fraction", parts=parts)


# "half a year" is six months: a share of a span, in the unit that keeps it whole.
_SPAN_IN = {"year": ("months", 12), "decade": ("years", 10), "century": ("years", 100), "week": ("days", 7), "day": ("hours", 24)}


def _share_of_a_span(toks: list[_Tok], i: int, share: Decimal) -> _Raw | None:
    """"half a year", "a quarter of a century": a duration, not a fraction."""
    k = i + 1
    if k < len(toks) and toks[k].low == "of":
        k += 1
    if k + 1 < len(toks) and toks[k].low in {"a", "an"} and toks[k + 1].low in _SPAN_IN:
        unit, per = _SPAN_IN[toks[k + 1].low]
        first = i - 1 if i > 0 and toks[i - 1].low in {"a", "an"} else i
        return _Raw(first, k + 1, share * per, unit)
    return None


def _of_a_scale(toks: list[_Tok], last: int) -> tuple[Decimal, int] | None:
    """After a fraction: "[of] [a] million", "dozen": (factor, last index)."""
    n = len(toks)
    k = last + 1
    if k < n and toks[k].text == "-" and _adjacent(toks, k):
        k += 1  # "a half-dozen"
    elif k < n and toks[k].low == "of":
        k += 1
    if k < n and toks[k].low in {"a", "an"}:
        k += 1
    if k < n and toks[k].low in _FRACTION_OF_SCALE:
        return (Decimal(12) if toks[k].low == "dozen" else _MULTIPLIER[toks[k].low]), k
    return None


# "several hundred", "a few thousand": at least one of the scale, vaguely;
# "a couple of hundred": about two.
_FEW = {"several", "few", "couple"}


def _parse_few_of_a_scale(toks: list[_Tok], i: int) -> _Raw | None:
    k = i - 1
    if toks[k].low == "of" and k > 0 and toks[k - 1].low == "couple":
        k -= 1
    if toks[k].low not in _FEW:
        return None
    first = k - 1 if k > 0 and toks[k - 1].low in {"a", "an"} else k
    scale = _MULTIPLIER.get(toks[i].low, Decimal(100))
    couple = toks[k].low == "couple"
    raw = _quantity_suffix(toks, first, 2 * scale if couple else scale, scale, 1, i, None)
    if raw is not None:
        raw.qualifier, raw.vague = ("approx", False) if couple else ("at_least", True)
    return raw


def _lone_half(toks: list[_Tok], i: int) -> bool:
    if i > 0 and toks[i - 1].low in _NOT_HALF_BEFORE:
        return False
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.text in _MINUS_SIGNS and _adjacent(toks, i + 1) or nxt.low in _NOT_HALF_AFTER:
            return False
    return True


def _is_year_number(tok: _Tok) -> bool:
    return tok.kind == "num" and len(tok.text) == 4 and tok.text.isdigit() and 1900 <= int(tok.text) <= 2099


_PROPORTION_LINKS = {"in", "out", "of", "over"}
# "12 in 24 hours" is a rate in time, "5 in 10 per cent" nonsense: the second
# number of a proportion is a count of things, not of these.
_NOT_A_WHOLE = {"%", "per", "percent", "decade", "decades", "hour", "hours", "minute", "minutes", "second", "seconds"}


def _parse_proportion(toks: list[_Tok], i: int) -> _Raw | None:
    """"one in five", "1 out of 3", "six of the ten boroughs", "one over three"."""
    n = len(toks)
    if _is_year_number(toks[i]):
        return None
    # The linking word comes within a few tokens ("one in five", "1.5m out
    # of"); without one, the number is not worth reading twice.
    if not any(toks[k].low in _PROPORTION_LINKS for k in range(i + 1, min(n, i + 8))):
        return None
    first = _number_at(toks, i, lone_one=True)
    if first is None:
        return None
    a, la = first[0], first[3]
    k = la + 1
    hyphenated = k + 1 < n and toks[k].text == "-" and _adjacent(toks, k) and toks[k + 1].low == "in"
    if hyphenated:
        k += 1  # "one-in-four", "a 1-in-100-year flood"
    if k + 1 >= n:
        return None
    word = toks[k].low
    if word == "of" and toks[k + 1].low == "the" and a == 1 and toks[i].kind == "word" and i > 0 and toks[i - 1].low in _MEMBER_LEAD:
        # "PC 1234, one of the 150 officers", "she is one of the 150": a member
        # of the group, whose size is the figure ("only one of the 32
        # boroughs met it" is a proportion).
        return None
    if word == "out" and toks[k + 1].low == "of" or word == "of" and toks[k + 1].low == "the":
        j, category = k + 2, "proportion"
    elif word in {"in", "over"}:
        j, category = k + 1, "proportion" if word == "in" else "fraction"
        if hyphenated and j < n and toks[j].text == "-" and _adjacent(toks, j):
            j += 1
    else:
        return None
    if j >= n or toks[j].kind == "sym" or _is_year_number(toks[j]):
        return None
    second = _number_at(toks, j, lone_one=True)
    if second is None:
        return None
    b, lb = second[0], second[3]
    nxt = toks[lb + 1] if lb + 1 < n else None
    if nxt is not None and not hyphenated:
        low = nxt.low
        if low in _DURATION_WORDS or low in _MEASURE_UNITS or low in _CURRENCY_WORD or low in _NOT_A_WHOLE:
            return None
        if word == "over" and nxt.kind == "word":
            return None
    if b <= 0 or a < 0 or word != "over" and a >= b:
        return None
    return _Raw(i, lb, a / b, "count", category=category, parts=(a, b))


def _parse_quantity(toks: list[_Tok], i: int) -> _Raw | None:
    """Money written with a trailing currency, percentages, durations,
    measures and counts."""
    t = toks[i]
    if t.kind == "word" and t.low == "a" and i + 1 < len(toks) and toks[i + 1].low == "decade":
        return _Raw(i, i + 1, Decimal(10), "years", Decimal(10), 1)
    num = _number_at(toks, i)
    if num is None:
        return None
    value, precision, sig, last, doubt = num
    return _quantity_suffix(toks, i, value, precision, sig, last, doubt)


# Function words after "pound": "ten pound each", "a five pound note".
_AFTER_MONEY_POUND = {"of", "a", "an", "the", "each", "per", "for", "to", "in", "on", "and", "or", "is", "was", "from", "at", "by", "with", "more", "less", "than", "a-year"}
_DETERMINERS = {"the", "a", "an", "their", "its", "his", "her", "our", "your", "my", "this", "that", "which", "what", "taxpayers"}


# Words near "pounds" that make it weight: "weighs 25 pounds", "a ton is 2,204 pounds".
_WEIGHT_WORDS = {"weigh", "weighs", "weighed", "weighing", "weight", "weights", "ton", "tons", "tonne", "tonnes", "kg", "kilos", "heavier", "lighter", "heavy", "stone", "ounces", "baby", "overweight", "obese", "shed", "drop", "dropped", "diet"}


# News writes weights in pounds with no magnitude word; money it often does.
_SCALED_POUNDS = {"thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "m", "bn", "k", "mn", "tn"}


def _pound_is_weight(toks: list[_Tok], k: int) -> bool:
    """"25 pounds of rice", "a twenty-pound bag", "weighs 25 pounds": weight, not money."""
    n = len(toks)
    if any(toks[m].low in _WEIGHT_WORDS for m in range(max(0, k - 8), k)):
        return True
    if k > 0 and toks[k - 1].low in _SCALED_POUNDS:
        return False  # "1.4 million pounds of community seed funding": money by its magnitude
    if k + 1 >= n or toks[k + 1].kind != "word":
        return False
    nxt = toks[k + 1]
    if nxt.low == "of":
        return k + 2 < n and toks[k + 2].kind == "word" and toks[k + 2].low not in _MONEY_NOUNS | _DETERMINERS
    if toks[k].low == "pounds":
        return False
    return nxt.text.islower() and nxt.low not in _MONEY_NOUNS and nxt.low not in _AFTER_MONEY_POUND


def _measure_after(toks: list[_Tok], last: int) -> tuple[str, int, str | None] | None:
    """A unit of measure after the number ending at token `last`: (unit, its index, doubt)."""
    n = len(toks)
    k = last + 1
    if k + 1 < n and toks[k].text == "-" and _adjacent(toks, k) and _adjacent(toks, k + 1):
        k += 1
    if k >= n:
        return None
    tok = toks[k]
    if tok.low == "m" and tok.kind == "word":
        if _squared(toks, k):
            return ("square metres" if toks[k + 1].text == "2" else "cubic metres"), k + 1, None
        if _dimension_after(toks, k):
            return "metres", k, None
        if _measure_before(toks, last):
            return "metres", k, "'m' after a measure word read as metres, not millions"
        if _structure_after(toks, k):
            return "metres", k, "'m' before a structure read as metres, not millions"
        if not _adjacent(toks, k):
            return "metres", k, "a spaced 'm' after a number could be metres or millions; read as metres"
        return None
    if tok.low in _MEASURE_UNITS:
        return _MEASURE_UNITS[tok.low], k, None
    if tok.text == "°" and k + 1 < n and toks[k + 1].low in {"c", "f"} and _adjacent(toks, k + 1):
        return "°" + toks[k + 1].text.upper(), k + 1, None
    if tok.low == "square" and k + 1 < n and toks[k + 1].low in _MEASURE_UNITS:
        return "square " + _MEASURE_UNITS[toks[k + 1].low], k + 1, None
    if tok.low in {"pound", "pounds"} and _pound_is_weight(toks, k):
        return "lb", k, "'pound' before a thing read as weight, not money"
    if tok.low == "times" and (_multiplies(toks, k) or _fraction_of_one(toks[last])) and not {t.low for t in toks[k + 2 : k + 4]} & _OCCASION_TIME:
        # "ten times the £4.5m", "30 times as big": a multiple, not a count of anything.
        return "times", k, None
    return None


# What follows "N times" when it multiplies ("four times *the size*",
# "three times *bigger*", "ten times *the* £4.5m"), not when it counts
# occasions ("three times a week", "called three times her first week").
_COMPARATIVE = frozenset("bigger larger higher greater smaller lower longer faster cheaper costlier dearer".split())
_AS_MUCH = frozenset("many much big large likely high long often great fast costly expensive common".split())
_SIZE = frozenset(
    "size amount number cost sum total figure level rate average value price budget spend spending funding population area capacity".split()
)
_DETERMINER = frozenset("the its their his her our that this".split())


def _multiplies(toks: list[_Tok], k: int) -> bool:
    """Whether "times" at token k multiplies another figure."""
    w1, w2, w3 = _words_after(toks, k + 1, 3)
    if w1 in _COMPARATIVE or w1 == "what" or w1 == "as" and w2 in _AS_MUCH or w1 in {"more", "less", "fewer"} and w2 in {"than", "likely"}:
        return True
    if w1 in _DETERMINER and (w2 in _SIZE or w3 in _SIZE):
        return True  # "four times its size", "ten times the national average"
    # "ten times the £4.5m some reported": another figure.
    return w1 == "the" and k + 2 < len(toks) and (toks[k + 2].kind == "num" or toks[k + 2].text in _CURRENCY_SYMBOL)


def _fraction_of_one(tok: _Tok) -> bool:
    """"2.2 times" with its comparison left unsaid ("black residents 4.1 times
    as likely, Asian residents 1.6 times"): occasions are counted in whole
    numbers, so a number with a fraction before "times" multiplies."""
    whole, dot, fraction = tok.text.partition(".")
    return bool(dot) and fraction.strip("0") != "" and whole.replace(",", "").isdigit()


# ... unless a time follows: "called out nine times this year", "31 times the previous summer".
_OCCASION_TIME = frozenset(
    "year years month months week weeks day days summer winter spring autumn season term previous last next same following whole".split()
)


def _cents_after(toks: list[_Tok], value: Decimal, last: int, named_only: bool = False) -> tuple[Decimal, int]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "17 USD
    25"; after a symbol ("10 $ 30 cent") only with the cents named."""
    n = len(toks)
    k = last + 1
    if k < n and toks[k].low == "and":
        k += 1
    small = _small_number(toks, k)
    if small is None:
        return value, last
    cents, end = small
    after = end + 1
    if after < n and toks[after].low in {"cents", "cent", "pence", "p"}:
        return value + cents / 100, after
    if named_only:
        return value, last
    if after >= n or toks[after].kind == "sym" and toks[after].text not in _CURRENCY_SYMBOL and toks[after].text != "%":
        return value + cents / 100, end
    if toks[last].low == "pounds" and toks[after].low in _AFTER_SPOKEN_PENCE:
        return value + cents / 100, end  # "two pounds fifty for up to two hours", as a speaker gives £2.50
    return value, last


# Words after which a small number following "pounds" is its pence: "two
# pounds fifty for two hours", "three pounds twenty a day"; not a count of
# something ("five pounds, fifty people").
_AFTER_SPOKEN_PENCE = frozenset("for a an per each to and or from in on at with now then but which".split())


def _quantity_suffix(
    toks: list[_Tok], i: int, value: Decimal, precision: Decimal | None, sig: int | None, last: int, doubt: str | None
) -> _Raw | None:
    """What the number at tokens i..last counts, from the words after it."""
    t = toks[i]
    n = len(toks)
    measure = _measure_after(toks, last)
    if measure is not None:
        unit, end, why = measure
        return _Raw(i, end, value, unit, precision, sig, category="measure", doubt=doubt or why)
    cur = _currency_after(toks, last)
    if cur is not None:
        unit, end = cur
        if t.kind in {"num", "word"} and value == value.to_integral_value():
            value, end = _cents_after(toks, value, end, named_only=toks[end].kind != "word")
        return _Raw(i, end, value, unit, precision, sig, doubt=doubt)
    k = last + 1
    nxt = toks[k].low if k < n else ""
    after = toks[k + 1].low if k + 1 < n else ""
    if nxt == "p" and _adjacent(toks, k) and t.kind == "num" and value < 1000:
        # "45p a mile", "a 5p charge": pence, hundredths of a pound, as British
        # papers write them. ("99 pence" spelt out is left as the peer suites
        # read it, a unit of its own.)
        return _Raw(i, k, value / 100, "GBP", precision / 100 if precision is not None else None, sig, doubt=doubt)
    if nxt == "%" or nxt in {"percent", "percents", "pc"}:
        return _Raw(i, k, value, "percent", precision, sig, doubt=doubt)
    if nxt == "per" and after == "cent":
        return _Raw(i, k + 1, value, "percent", precision, sig, doubt=doubt)
    if nxt == "percentage":
        if after in {"point", "points"}:
            return _Raw(i, k + 1, value, "percentage points", precision, sig, doubt=doubt)
        return _Raw(i, k, value, "percent", precision, sig, doubt=doubt)
    if nxt == "basis" and after in {"point", "points"}:
        return _Raw(i, k + 1, value, "basis points", precision, sig, doubt=doubt)
    # "three-year fund", "3-year", "10-week".
    if k + 1 < n and toks[k].text in {"-", "–"} and _adjacent(toks, k) and _adjacent(toks, k + 1) and after in _DURATION_WORDS:
        return _Raw(i, k + 1, value, _DURATION_WORDS[after], precision, sig)
    if nxt in _DURATION_WORDS:
        return _Raw(i, k, value, _DURATION_WORDS[nxt], precision, sig)
    if nxt in _KIND_OF_SPAN and after in _DURATION_WORDS:
        # "three financial years", "five working days": a stretch of that kind, still a stretch.
        return _Raw(i, k + 1, value, _DURATION_WORDS[after], precision, sig)
    if nxt == "decades":
        return _Raw(i, k, value * 10, "years", precision * 10 if precision is not None else None, sig)
    # Digits glued to letters on the right (2AA, 3D) are a code, unless the
    # letters are an ordinal suffix of a plain count ("the 5th").
    if t.kind == "num" and k < n and _adjacent(toks, k) and toks[k].kind == "word" and last == i:
        return None
    return _Raw(i, last, value, "count", precision, sig, doubt=doubt)


# --- ranges ---------------------------------------------------------------------

_RANGE_DASHES = {"-", "–", "—"}


def _magnitude_in(toks: list[_Tok], raw: _Raw) -> Decimal | None:
    """The magnitude word written in a figure's own tokens (m, bn, million)."""
    for k in range(raw.first + 1, raw.last + 1):
        t = toks[k]
        if t.kind != "word" or t.low not in _MULTIPLIER:
            continue
        # Attached to digits ("3m"), or closing a number in words ("three
        # million"), not inside one ("two thousand five hundred").
        if toks[k - 1].kind == "num" or toks[k - 1].low in _NUMBER_WORDS and (
            k == raw.last or toks[k + 1].kind != "num" and toks[k + 1].low not in _NUMBER_WORDS
        ):
            return _MULTIPLIER[t.low]
    return None


# Words of a qualifier before a figure, which do not hide the "from" before them.
_QUALIFYING_WORDS = frozenset("more less fewer than over under about around nearly almost some just roughly approximately".split())


def _extend_range(toks: list[_Tok], raw: _Raw) -> _Raw:
    """"£2-3m", "50 to 80%", "between £5m and £10m": one figure with both
    ends, the unit and magnitude written once shared by both. "from X to Y"
    and "by X to Y" are changes, two figures."""
    if raw.unit == "date" or raw.category not in {None, "measure"} or raw.vague or not isinstance(raw.value, Decimal):
        return raw
    n = len(toks)
    k = raw.last + 1
    if k + 1 >= n:
        return raw
    # (Past a qualifier: "rose from more than £2.50 to £3.20" is a change too.)
    at = raw.first - 1
    while at > 0 and toks[at].low in _QUALIFYING_WORDS:
        at -= 1
    before = toks[at].low if at >= 0 else ""
    sep = toks[k]
    if before == "between":
        if sep.low != "and" and sep.text not in _RANGE_DASHES:
            return raw
    elif before in {"from", "by"} or not (sep.text in _RANGE_DASHES or sep.low == "to"):
        return raw
    j = k + 1
    if toks[j].low in _SCALE_WORDS:
        return raw  # "$2.5-billion": a magnitude, not the high end of a range
    if sep.text in _RANGE_DASHES and toks[raw.first].kind == "num" and toks[j].kind == "word":
        return raw  # "7-Eleven": digits and words are not two ends of one range
    second = _parse_money(toks, j) or _parse_quantity(toks, j)
    if second is None or second.vague or second.category not in {None, "measure"} or not isinstance(second.value, Decimal):
        return raw
    unit, category = raw.unit, raw.category
    if second.unit != unit:
        if unit == "count" and category is None:
            unit, category = second.unit, second.category
        elif not (second.unit == "count" and unit in MONEY_UNITS):
            return raw
    low, high = raw.value, second.value
    f1, f2 = _magnitude_in(toks, raw), _magnitude_in(toks, second)
    precision = raw.precision
    if f2 is not None and f1 is None and low * f2 <= high:
        low, precision = low * f2, precision * f2 if precision is not None else None
    if not low < high:
        if sep.text in _RANGE_DASHES and _adjacent(toks, k) and _adjacent(toks, j) and unit == "count" and raw.last == raw.first and second.last == j:
            raw.drop = True  # "won 2-0", "passed 52-48": a score, not two figures
            raw.last = j
        return raw
    raw.value, raw.low, raw.high, raw.unit, raw.category, raw.last = low, low, high, unit, category, second.last
    if precision is not None and second.precision is not None:
        raw.precision = min(precision, second.precision)
        raw.significant = max(raw.significant or 1, second.significant or 1)
    raw.doubt = raw.doubt or second.doubt
    return raw


def _percent_of_a_count(toks: list[_Tok], raws: list[_Raw]) -> list[_Raw]:
    """"60% of the ten boroughs" is six of the ten: one proportion, as "six
    of the ten" is, when the share of the count is whole (else the two stay
    apart: "12% of the 43 projects")."""
    out: list[_Raw] = []
    for r in raws:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.unit == "percent" and r.unit == "count" and r.category is None
            and isinstance(prev.value, Decimal) and isinstance(r.value, Decimal) and r.value > 0
            and [t.low for t in toks[prev.last + 1 : r.first]] in (["of"], ["of", "the"])
        ):
            part = prev.value * r.value / 100
            if part == part.to_integral_value() and 0 <= part <= r.value:
                out[-1] = _Raw(prev.first, r.last, part / r.value, "count", qualifier=prev.qualifier, category="proportion", parts=(part.to_integral_value(), r.value))
                continue
        out.append(r)
    return out


# What money goes "for" or "to": a list of amounts each so followed is a list of sums.
_LIST_PREPOSITIONS = frozenset({"for", "to", "into", "on", "towards"})
_LIST_JOINS = frozenset({",", ";", "and", "plus", "while", "with"})


def _list_currency(toks: list[_Tok], raws: list[_Raw]) -> None:
    """"£2m for Gang Exit, 7m for projects and 250,000 for community
    groups": a bare amount in a list whose first item is money, each followed
    by the same preposition, is money in the same currency."""
    for a, b in itertools.pairwise(raws):
        if a.unit in {"count", "date"} or a.category is not None or b.unit != "count" or b.category is not None:
            continue
        after_a, after_b = a.last + 1, b.last + 1
        if after_a >= len(toks) or after_b >= len(toks) or toks[after_a].low not in _LIST_PREPOSITIONS or toks[after_b].low != toks[after_a].low:
            continue
        # Joined as list items: a join word right before the second, within its clause.
        k = b.first - 1
        while k > after_a and toks[k].low in {"a", "an", "the", "another", "further", "extra"}:
            k -= 1
        if k <= after_a or toks[k].low not in _LIST_JOINS or any(t.text in _CLAUSE_END for t in toks[after_a:b.first]):
            continue
        b.unit = a.unit


def _range_shares_year(toks: list[_Tok], raws: list[_Raw]) -> None:
    """"between April and August 2024", "from 2 January to 31 March 2024":
    a month or day that opens a range takes the year written only on its
    end (the year before, when it is the later day of the year: "between
    November and February 2019")."""
    for a, b in itertools.pairwise(raws):
        if a.unit != "date" or b.unit != "date" or not isinstance(a.value, str) or not isinstance(b.value, str):
            continue
        start, end = _month_day(a.value), _month_day("-" + b.value[4:]) if b.value[:4].isdigit() else None
        if start is None or end is None:
            continue  # a month or day alone ("--04"), then one of a year ("2024-08")
        if b.first != a.last + 2 or toks[a.last + 1].low not in {"and", "to", "until", "till", "through", "-", "\u2013"}:
            continue
        year = int(b.value[:4])
        a.value = _of_year(year - 1 if _later_in_year(start, end) else year, start)


def _list_shares_year(toks: list[_Tok], raws: list[_Raw]) -> None:
    """"3,870 in January 2024, 3,655 in February and 4,210 in March": a
    list item's month or day written without a year ("AMOUNT in February"),
    after one written with it in the same clause and behind the same
    preposition, is of that year (or the next, when it comes earlier in the
    year: "in November 2023, ... 52 in January"). Not a date that merely
    follows another ("Writing in July 2018, he said he had announced the
    fund in February"): that may look back."""
    ends = {r.last for r in raws if r.unit != "date"}
    dated: tuple[_Raw, str] | None = None  # the last date written with its year, and that value
    for r in raws:
        if dated is not None and any(t.text in _CLAUSE_END for t in toks[dated[0].last + 1 : r.first]):
            dated = None
        if r.unit != "date" or not isinstance(r.value, str):
            continue
        if r.value[:4].isdigit() and len(r.value) in (7, 10):
            dated = (r, r.value)
            continue
        own = _month_day(r.value)
        last = _month_day("-" + dated[1][4:]) if dated is not None else None
        if own is None or last is None or dated is None or r.first < 2 or r.first - 2 not in ends or toks[r.first - 1].low != toks[dated[0].first - 1].low:
            continue
        year = int(dated[1][:4])
        r.value = _of_year(year + 1 if _later_in_year(last, own) else year, own)


def _of_year(year: int, month_day: tuple[int, ...]) -> str:
    """A month or day of a year as a date value: (2024, (1, 2)) -> "2024-01-02"."""
    return "-".join([str(year), *(f"{n:02d}" for n in month_day)])


def _later_in_year(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether month-and-day `a` comes after `b` in the year, to the precision both have."""
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _month_day(value: str) -> tuple[int, ...] | None:
    """(month,) or (month, day) of a date written without its year ("--04", "--01-02")."""
    parts = value[2:].split("-") if value.startswith("--") else []
    if not 1 <= len(parts) <= 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        return None
    return tuple(int(p) for p in parts)


def _share_units(toks: list[_Tok], raws: list[_Raw]) -> None:
    """"from 50 to 80%": the first end of a change takes the unit (and
    magnitude) written only on the second; "from 11 weeks to four": the
    second end a stretch's unit written only on the first."""
    for a, b in itertools.pairwise(raws):
        if not (a.first > 0 and toks[a.first - 1].low == "from" and b.first == a.last + 2 and toks[a.last + 1].low == "to"):
            continue
        if a.unit in DAYS_PER_UNIT and b.unit == "count" and b.category is None and not _noun_after(toks, b.last):
            b.unit = a.unit
            continue
        if a.unit != "count" or a.category is not None or b.unit in {"count", "date"} or b.category is not None:
            continue
        if not isinstance(a.value, Decimal):
            continue
        a.unit = b.unit
        f1, f2 = _magnitude_in(toks, a), _magnitude_in(toks, b)
        if f2 is not None and f1 is None and isinstance(b.value, Decimal) and a.value * f2 <= b.value * 10:
            _scale(a, f2)
    for k, b in enumerate(raws):
        a = _changed_from(toks, raws, k) or _changed_by(toks, raws, k)
        if a is not None:
            _take_unit(toks, b, a)
    _parts_take_the_whole_s_unit(toks, raws)


# "Of the 31,400 hours crews lost, 19,800 were lost at ... and 7,100 at ...":
# the whole a sentence opens with, then bare numbers that are its parts,
# a verb or a place after them, not a noun of their own.
_OF_THE = frozenset({"the", "its", "their", "his", "her", "our"})
_AFTER_A_PART = frozenset("were was are is went came had have at in on for from by to".split())


def _parts_take_the_whole_s_unit(toks: list[_Tok], raws: list[_Raw]) -> None:
    """Each bare part of the whole "Of the ..." opens with takes its unit."""
    whole = raws[0] if raws else None
    if whole is None or whole.first != 2 or toks[0].low != "of" or toks[1].low not in _OF_THE:
        return
    if whole.unit in {"count", "date"} or whole.category is not None or not isinstance(whole.value, Decimal):
        return
    for part in raws[1:]:
        if any(t.text in _CLAUSE_END for t in toks[whole.last + 1 : part.first]):
            return
        after = toks[part.last + 1] if part.last + 1 < len(toks) else None
        bare = part.unit == "count" and part.category is None and isinstance(part.value, Decimal) and part.value < whole.value
        if bare and (after is None or after.kind != "word" or after.low in _AFTER_A_PART):
            part.unit = whole.unit


# What leads from a level to the one it changed from: "45%, up from 38",
# "four weeks for a scan, down from 11", "to 45 minutes from 60". News copy
# writes the unit once, on the level it leads with.
_CHANGED_FROM = (("up", "from"), ("down", "from"), ("up", "on"), ("down", "on"), ("compared", "with"), ("compared", "to"), ("against",))
_LINK_ENDS = frozenset(seq[-1] for seq in _CHANGED_FROM) | {"from"}
# How far back the level may be: a clause's few words ("four weeks for a
# routine MRI scan, down from 11"), not the sentence before.
_CHANGE_REACH = 12


def _changed_from(toks: list[_Tok], raws: list[_Raw], k: int) -> _Raw | None:
    """The figure `raws[k]` is the earlier level of, written in the same
    clause just before it, or None."""
    b = raws[k]
    if b.first == 0 or toks[b.first - 1].low not in _LINK_ENDS:
        return None  # (most figures: the word before is no link's last)
    link = next((seq for seq in _CHANGED_FROM if [t.low for t in toks[max(0, b.first - len(seq)) : b.first]] == list(seq)), None)
    if link is None:
        return _to_from(toks, raws[k - 1] if k else None, b)
    at = b.first - len(link)
    levels = [r for r in reversed(raws[max(0, k - 3) : k]) if r.unit != "date" and not _a_stretch(toks, r)]
    if len(levels) > 1 and _a_threshold(toks, levels[0]) and levels[1].unit not in DAYS_PER_UNIT:
        # "48,700 handovers took longer than 60 minutes, up from 29,300":
        # the count that passed the threshold changed, not the threshold.
        levels = levels[1:]
    a = levels[0] if levels else None
    if a is None or at - a.last > _CHANGE_REACH:
        return None
    between = toks[a.last + 1 : at]
    if any(t.text in _CLAUSE_END for t in between) or between and between[-1].text != ",":
        return None
    return a


# Before a duration that is the stretch a level holds over ("1,280 in the
# 12 months to March, compared with 1,411"), not a level itself ("now wait
# four weeks, down from 11").
_STRETCH_BEFORE = frozenset("the past last previous first next in over during within for after per each every".split())


def _a_stretch(toks: list[_Tok], r: _Raw) -> bool:
    if r.unit not in DAYS_PER_UNIT or r.first == 0 or toks[r.first - 1].low not in _STRETCH_BEFORE:
        return False
    # "open for 52 hours a week, down from 60": hours at a rate are a level.
    rate = [t.low for t in toks[r.last + 1 : r.last + 3]]
    return not (len(rate) == 2 and rate[0] in ("a", "an", "per", "each", "every") and rate[1] in _RATE_UNITS and rate[1] != "hour")


def _changed_by(toks: list[_Tok], raws: list[_Raw], k: int) -> _Raw | None:
    """"cut by five hours, to 40": the level a change led to, written
    bare, is the change's figure before it, by "by" and then "to"."""
    b = raws[k]
    if k == 0 or b.first < 2 or toks[b.first - 1].low != "to":
        return None
    a = raws[k - 1]
    # (Not a share: "fell by 10%, to 45" is 45 of whatever fell, not 45%.)
    if a.first == 0 or toks[a.first - 1].low != "by" or b.first - a.last > 4 or a.unit == "percent":
        return None
    between = [t.text for t in toks[a.last + 1 : b.first - 1]]
    return a if between in ([","], [",", "down"], [",", "up"]) else None


def _a_threshold(toks: list[_Tok], r: _Raw) -> bool:
    """A duration a count is measured against: "longer than 60 minutes"."""
    return r.unit in DAYS_PER_UNIT and r.first > 0 and toks[r.first - 1].low == "than"


def _to_from(toks: list[_Tok], a: _Raw | None, b: _Raw) -> _Raw | None:
    """"cut to 45 minutes from 60", not "45 minutes from 9am": a bare "from" only after "to"."""
    if a is None or b.first != a.last + 2 or toks[a.last + 1].low != "from" or a.first == 0 or toks[a.first - 1].low != "to":
        return None
    return a


def _take_unit(toks: list[_Tok], bare: _Raw, written: _Raw) -> None:
    """A bare count takes the unit (and magnitude) written on the figure it is compared with."""
    if bare.unit != "count" or bare.category is not None or written.unit in {"count", "date"} or written.category is not None:
        return
    if not isinstance(bare.value, Decimal) or not isinstance(written.value, Decimal) or _noun_after(toks, bare.last):
        return
    scale, own = _magnitude_in(toks, written), _magnitude_in(toks, bare)
    if scale is not None and own is None:
        if bare.value * scale <= written.value * 10:
            _scale(bare, scale)
        elif not written.value <= bare.value * 10 <= written.value * 100:
            return  # "£1.2bn, up from 900": 900 what is not written ("£1.2m, up from 900,000" is)
    bare.unit = written.unit


def _scale(raw: _Raw, scale: Decimal) -> None:
    """A bare number given the magnitude written on another ("from 2 to £4m": 2 is £2m), its precision with it."""
    assert isinstance(raw.value, Decimal)
    raw.value *= scale
    raw.precision = raw.precision * scale if raw.precision is not None else None


def _noun_after(toks: list[_Tok], last: int) -> bool:
    """Whether a word that may be what a number counts follows it ("four *patients*"), not a small word ("four in May")."""
    k = last + 1
    return k < len(toks) and toks[k].kind == "word" and toks[k].low not in _SMALL_AFTER


_SMALL_AFTER = frozenset("in on at by for and but or of to from this that last next since after before a an the".split())


_QUALIFIERS_BY_LAST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _qualifier in _QUALIFIER_PHRASES:
    _QUALIFIERS_BY_LAST_WORD.setdefault(_phrase[-1], []).append((_phrase, _qualifier))


# Verbs after which "up to" gives a total, not a ceiling.
_SUM_VERBS = frozenset("add adds added adding tot tots totted totting total totals totalled totaling totalling".split())
# Verbs after which "up to" names the level reached, not a ceiling:
# "parking is going up to £3", "the fare rose up to £2.40".
_RISE_VERBS = frozenset(
    "go goes going gone went rise rises rising rose risen climb climbs climbed climbing"
    " jump jumps jumped jumping shoot shoots shot soar soars soared soaring creep creeps crept creeping"
    " move moves moved moving edge edges edged edging ramp ramps ramped bump bumps bumped".split()
)
# Verbs after which "over" says where something is spread, not "more than",
# or is the verb's own particle: "handed over 146 homes" handed over 146.
_SPREAD_VERBS = frozenset(
    "spread split divided shared distributed scattered stretched spanned spanning spreading splitting sharing"
    " hand hands handed handing"
    # "turned over £1.1bn": a business's turnover, not more than it.
    " turn turns turned turning".split()
)


# A bound under "never" or "not" a verb or two before it turns over: "has
# never offered more than 1,000" is at most 1,000; "did not fall below 300"
# at least 300. ("not more than" is read as one phrase above.)
_NEGATED_BOUND = {"more_than": "up_to", "less_than": "at_least"}
# (Not "cannot", "can't": "families cannot find more than £4,000" says what is
# out of reach, and a curator read it as the gap's floor.)
_NEGATORS = frozenset({"not", "never"})
# A deed not done, said without "not", before "to" and its verb. (Not
# "failed to": "failed to meet more than three of its commitments" counts
# those failed, more than three.)
_NEGATED_BY_TO = frozenset({"yet"})
# A level said to be reached or passed, which only "not" or "never" makes a
# bound: "did not reach 500" is fewer than 500, "did not exceed 500" at most
# 500. Each is the negation of the verb as it reads unnegated: "reached",
# "passed" and "broke" 500 are 500 (a milestone met, as curators record
# them), so "has not passed two million" is fewer; "exceeded", "topped" and
# "surpassed" are read as "more than" above, so "did not exceed" is at most.
BOUND_IF_NEGATED = {
    **dict.fromkeys(("reach", "reaches", "reached", "hit", "hits", "pass", "passes", "passed", "break", "breaks", "broke", "broken"), "less_than"),
    **dict.fromkeys(("exceed", "exceeds", "top", "tops", "surpass", "surpasses"), "up_to"),
}
_CLAUSE_TURNS = frozenset({"until", "till", "but", "because", "if", "whether", "when", "while", "after", "before", "since", "unless", "and", "or", "that", "which", "who", "where", "we", "they", "he", "she", "it", "i", "you", "there"})
# How far back "not" may stand: through a verb and its object ("are not
# heading for an overspend of well over £2m" is six words).
_NEGATION_REACH = 7
_NEGATED_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "my", "your", "this", "these", "those"})


def _negated_before(toks: list[_Tok], k: int) -> bool:
    """Whether "not" or "never" stands up to `_NEGATION_REACH` words before
    token k, within its clause ("has never offered more than")."""
    if k > 0 and toks[k - 1].low in _NEGATED_DETERMINERS:
        return False  # "will not move into their more than £9.8m building": the bound is the building's
    for j in range(k - 1, max(-1, k - 1 - _NEGATION_REACH), -1):
        if toks[j].low in _NEGATORS and not (toks[j].low == "not" and j > 0 and toks[j - 1].low in {"can", "could"}):
            return j + 1 >= len(toks) or toks[j + 1].low not in {"only", "just", "merely", "least"}  # "not only ... more than"
        if toks[j].low in _NEGATED_BY_TO and j + 1 < k and toks[j + 1].low == "to":
            return True  # "have yet to collect more than 9,000": at most
        if toks[j].low in _CLAUSE_TURNS:
            return False  # "did not pay until more than 12 weeks later": the "not" is another verb's
        if toks[j].low == "t" and j >= 2 and toks[j - 1].text in "'\u2019" and toks[j - 2].low.endswith("n") and toks[j - 2].low not in {"can", "couldn"}:
            return True  # "hasn't", as the tokeniser splits it: "hasn", "'", "t"
        if toks[j].kind != "word":
            return False
    return False


def _attach_qualifiers(toks: list[_Tok], raws: list[_Raw]) -> None:
    for r in raws:
        if r.unit == "date" or r.vague:
            continue
        if r.last + 1 < len(toks) and toks[r.last + 1].text in _RANGE_DASHES and _words_after(toks, r.last + 1, 1) == ["plus"]:
            r.qualifier = "more_than"  # "a £1bn-plus scheme"
            continue
        if r.last + 1 < len(toks) and toks[r.last + 1].text in _RANGE_DASHES and _words_after(toks, r.last + 1, 1) == ["odd"]:
            r.qualifier = "more_than"  # "900-odd knives": some more than 900
            continue
        if r.last + 1 < len(toks) and toks[r.last + 1].text == "+" and _adjacent(toks, r.last + 1) and not (r.last + 2 < len(toks) and toks[r.last + 2].kind == "num"):
            r.qualifier = "more_than"  # "1,000+ knives", "£1.4 million+"
            continue
        if r.first == 0:
            continue
        for phrase, qualifier in _QUALIFIERS_BY_LAST_WORD.get(toks[r.first - 1].low, ()):
            k = r.first - len(phrase)
            if k < 0:
                continue
            if all(toks[k + m].low == word for m, word in enumerate(phrase)):
                # "over three years" is a span of time, not "more than".
                if r.unit in DURATION_UNITS and phrase == ("over",):
                    break
                if phrase == ("over",) and k > 0 and toks[k - 1].low in _SPREAD_VERBS:
                    break  # "spread over 19 boroughs": where, not "more than"
                if phrase == ("up", "to") and k > 0 and toks[k - 1].low in _SUM_VERBS:
                    break  # "adds up to £1.4m", "totted up to": a total, not "at most"
                if phrase == ("up", "to") and k > 0 and toks[k - 1].low in _RISE_VERBS:
                    break  # "going up to £3": the level it reaches, not "at most"
                r.qualifier = _NEGATED_BOUND.get(qualifier, qualifier) if _negated_before(toks, k) else qualifier
                break
        else:
            bound = BOUND_IF_NEGATED.get(toks[r.first - 1].low)
            if bound is not None and _negated_before(toks, r.first - 1):
                r.qualifier = bound  # "did not reach 500": fewer than 500; "never exceeded 500", at most


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


# A verb before "within" that makes it a time limit the counted things
# met, not the stretch they were counted over: "71.8 per cent were dealt
# with within four hours", "calls answered within 10 seconds".
_LIMIT_MET = regex(r"\w{2,20}(?:ed|en)|with|seen|met|done|made|paid|sent|shown|given|told|taken")


# Units too short for a stretch a share is counted over: a time limit.
TIME_LIMIT_UNITS = ("hours", "minutes")


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
            if k >= 0 and toks[k].low in {"over", "across", "within"} and not (toks[k].low == "within" and k > 0 and _LIMIT_MET.fullmatch(toks[k - 1].low)):
                amount = _previous_amount(raws, idx, _clause_start(toks, k, 30))
                if toks[k].low == "within" and r.unit in TIME_LIMIT_UNITS and amount is not None and amount.unit == "percent":
                    # "answer 83% of first messages within five minutes": a
                    # share met a time limit; no share is counted over so
                    # short a stretch. The limit stays part of what it
                    # measures (`reading.is_threshold`).
                    continue
                # "£10m a year ... over three years": the rate right after the amount is its period.
                if amount is not None and amount.period is None and _period_at(toks, amount, amount.last + 1) is None:
                    amount.period = f"over {_group(Decimal(r.value))} {r.unit}"
                    r.drop = True
        # "between 2018 and 2020" after an amount: its period. "between
        # January and March 2025": one window of months, read as such.
        if r.unit == "date" and isinstance(r.value, str) and _window_end(r.value) is not None:
            k = r.first - 1
            nxt = r.last + 1
            # (Or two months alone with "to" between: "for January to March".)
            months = r.value.startswith("--") and nxt < n and toks[nxt].low in _MONTH_TO
            if nxt + 1 < n and ((k >= 0 and (toks[k].low, toks[nxt].low) in {("between", "and"), ("from", "to")}) or months) and nxt + 1 in by_first:
                if months and not (k >= 0 and toks[k].low in {"between", "from"}):
                    k = r.first
                other = raws[by_first[nxt + 1]]
                if other.unit == "date" and isinstance(other.value, str) and _one_window(r.value, other.value):
                    period = f"{r.value}-{other.value}"
                    # (Months are a window the reading finds, not a period like "2018-2020".)
                    amount = _previous_amount(raws, idx, _clause_start(toks, k, 30)) if r.value.isdigit() else None
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
        r.period = _period_after(toks, r)


def _window_end(value: str) -> int | None:
    """A date value that can end a window, as its kind: a year ("2018") or
    a month alone ("--01"). (A month of a year, "January and March 2025",
    is paired by the reading, as the tests of ranges show.)"""
    if len(value) == 4 and value.isdigit():
        return 1
    return 2 if len(value) == 4 and value[:2] == "--" else None


def _one_window(first: str, last: str) -> bool:
    """"between 2018 and 2020", "between January and March": two dates of
    one kind that open and close one window, in order."""
    return _window_end(first) == _window_end(last) and first < last


# "£500 per head", "£2,000 per pupil": rates per person, not per year.
_PER_WHOM = {
    "head", "person", "capita", "pupil", "child", "household", "patient", "resident", "student", "family", "officer",
    "worker", "employee", "adult", "participant", "user", "customer", "member", "citizen", "victim", "claimant", "prisoner",
    "inhabitant",
}
# ... of which these are one rate, per head of a place's people: "£14 a
# head" is the documents' "£14 per resident" (not "per pupil", a group's).
PER_HEAD = frozenset({"head", "person", "capita", "resident", "citizen", "inhabitant"})


def _words_after(toks: list[_Tok], k: int, count: int) -> list[str]:
    """The next `count` words from token k, hyphens that join them skipped
    ("£3bn-a-year" reads as "a year")."""
    words: list[str] = []
    while k < len(toks) and len(words) < count:
        if toks[k].text in _RANGE_DASHES and _adjacent(toks, k):
            k += 1
            continue
        words.append(toks[k].low)
        k += 1
    return words + [""] * (count - len(words))


def _period_after(toks: list[_Tok], r: _Raw) -> str | None:
    """"£10m a year", "£15 million annually", "£45m in total", "£500 per head";
    for a count, after the thing counted too: "3m passengers a year"."""
    period = _period_at(toks, r, r.last + 1)
    k = r.last + 1
    # (A noun, not a preposition: "11,500 in a year" is a stretch, not a rate.)
    if period is None and r.unit == "count" and k < len(toks) and toks[k].kind == "word" and toks[k].text.islower() and toks[k].low not in _STRETCH_PREPOSITIONS:
        w0, w1, w2 = _words_after(toks, k + 1, 3)
        if w0 in {"a", "an", "per", "each", "every"} and w1 in _RATE_UNITS and w2 not in _NOT_A_RATE_AFTER:
            period = _RATE_UNITS[w1]
        elif w0 in _RATE_WORDS:
            period = _RATE_WORDS[w0]
        elif w0 in {"each", "apiece"} and (not w1.isalpha() or w1 in _EACH_THEN):
            period = "each"  # "six knives each.": each one's count; not "150 officers each recovered ..."
    return period


# Words after a count that open a stretch of time, not a noun it counts.
_STRETCH_PREPOSITIONS = frozenset({"in", "over", "within", "during", "for", "across", "after", "before"})


# What may follow a count's "each" that ends its phrase: "six knives each, or ...", "two visits apiece in June".
_EACH_THEN = frozenset("and or but in on at for from during over by to while so than".split())


# "$3.1bn a year earlier": a time, not a rate.
_NOT_A_RATE_AFTER = {"ago", "earlier", "later", "before", "after", "on", "previously"}


def _period_at(toks: list[_Tok], r: _Raw, k: int) -> str | None:
    w0, w1, w2 = _words_after(toks, k, 3)
    if w0 in {"a", "an"} and (w2 in _NOT_A_RATE_AFTER or (w1, w2) == ("quarter", "of")):
        return None  # "a year earlier", "£2m, a quarter of the total"
    if w0 in _RATE_WORDS:
        return _RATE_WORDS[w0]
    if w0 in {"a", "an", "per", "each", "every"} and w1 in _RATE_UNITS:
        return _RATE_UNITS[w1]
    if w0 == "per" and w1 == "annum":
        return "per year"
    if w0 in {"per", "a"} and w1 in _PER_WHOM:
        return "per head" if w1 in PER_HEAD else f"per {w1}"
    if w0 == "each" and w1 not in _RATE_UNITS:
        return "each"
    if w0 == "in" and w1 in {"total", "all"}:
        return "total"
    if r.first >= 3 and [t.low for t in toks[r.first - 3 : r.first]] == ["a", "total", "of"]:
        return "total"
    if r.first >= 2 and [t.low for t in toks[r.first - 2 : r.first]] == ["total", "of"]:
        return "total"
    return None
