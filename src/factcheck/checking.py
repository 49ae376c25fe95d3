"""Checking claims: figures read, subject matched, verdict per figure.

`Checker` is the Python API the CLI is a thin layer over; `factcheck.load()`
builds one the way the CLI does:

    import factcheck
    checker = factcheck.load()
    result = checker.check("£45m Young Londoners Fund")
    result.verdict            # Verdict.SUPPORTED
    result.to_dict()          # the JSON contract
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
import re
from decimal import Decimal
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Callable, Collection, Iterable, Iterator, Sequence

from .lazy import regex
from .corpus import Claim, Corpus, Source, figure_span, load_corpus
from .figures import DAYS_PER_UNIT, MONTH_NAMES, Figure, json_number, labelled_numbers, parse_figures, text_without
from .matching import KIND_OF_BODY_WORDS, SET_AGAINST, BODY_HEADS, DEFAULT_THRESHOLD, MIN_PRECISION, NAME_WEIGHT, NO_NOUN_BUT_A_DIFFERENCE, PERSON_TITLES, Match, Matcher, actor_name, fold_accents, referenced_heads, swap_of_a_kind, tokenize, words
from .quoting import Quoted, normalised
from .headlines import Names, as_sentence, is_headline
from .recent import Recent
from .reading import (
    A_YEAR_S_STRETCH, AMOUNTS, CAPITALISED_WORD, OWN_STRETCH_KEY, OWN_STRETCH_KEYS, PART_OF_THOSE, PASSED_OR_REACHED, QUARTER_ORDINALS, RATE_NEXT, YEAR_ONLY, Period, Reading, Stance, conjoined_scope, denied_by_its_predicate, is_threshold, months_of_a_stretch, negated_word, own_stretch, read, read_period, same_at_precision, stretch_lead, whole_of_the_part,
)
from .verdicts import PER_YEAR, SHARE_KINDS, per_one, Verdict, agreement, comparable, currency_mismatch, date_within, interval, periods_compatible, spans_a_first_stretch

if TYPE_CHECKING:
    from .scanning import Finding

__all__ = ["Checker", "CheckResult", "Evidence", "FigureCheck", "Relation"]

# A sentence that names a documented thing in full (all of its name's
# distinctive words) is about it however long the sentence, provided this
# share of what is said around the figure is found in the documented claim.
# Chosen with bench/threshold.py and bench/prose.py: the lowest floor with no
# false support on the labelled sets.
IDENTITY_RECALL = 0.99
# Two documented subjects that share this much of their lower-case words
# measure one thing in two places ("people found sleeping rough in Northgate
# on the count night", "... in Pellmoor ..."). Set on read corpora 21, 22 and
# 24: with no such test a premium was taken for an excess, and volunteers
# for libraries (two false conflicts); half keeps them apart and finds both
# two-place sentences there (0.75 lost one).
SAME_MEASURE_SHARE = 0.5
IDENTITY_MIN_PRECISION = 0.3
# A disagreement found by name alone counts as a conflict only if at most
# this share of the words around the figure are missing from the documented
# claim (a verbatim passage misses none; "six new firearms training ranges
# for the Met" misses half, and is not the Met's 98 firearms seized).
MAX_UNEXPLAINED_SHARE = 0.34
# Accepted topics weighed by what their figures say, best-matching first;
# on the labelled sets more is never needed.
MAX_CONTENDING_TOPICS = 5
# The documented beginnings of what a sentence names: its launch, creation,
# founding. How many of a sentence's matches are looked through for one
# (the shipped corpus's taskforce launch ranks second for "the taskforce").
_BEGINNINGS_WEIGHED = 12
_BEGINNING = regex(r"(?:launch|creation|founding|establishment|setting[ -]up|start|opening|introduction)\b", re.I)
# What a body's size counts ("a 150-strong taskforce"): its people, by the
# nouns curators and documents use for them.
_PEOPLE = frozenset("""officers members staff people personnel volunteers workers employees detectives
    police constables mentors trustees councillors officials troops nurses doctors teachers""".split())
_SIZE_OF = ("size of", "strength of", "membership of", "headcount")
# Nouns that count people, as a sentence or a passage may (see _passage_counts_things).
_PERSONS = _PEOPLE | frozenset("""londoners children teenagers youngsters pupils students residents young suspects
    victims adults boys girls men women families parents thugs yobs offenders criminals gangsters individuals
    patients callers casualties survivors tenants pensioners""".split())
# Nouns that count people of any kind: "1,000 people" may be a count of patients.
_ANYONE = frozenset({"people", "persons", "individuals"})
# Nouns that count what the documents count under another name: a survey's
# "responses" are its "respondents", "people who completed" or "answered"
# it, or its "questionnaires" (read corpora 22, 25 and 28: three sentences).
_COUNTED_ALIKE: dict[str, tuple[str, ...]] = {
    "responses": ("respondents", "questionnaires", "completed", "answered", "responded"),
    "respondents": ("responses", "questionnaires", "completed", "answered", "responded"),
    "questionnaires": ("responses", "respondents", "completed"),
    "replies": ("responses", "respondents", "answered"),
    # "212 bids" for the documents' "212 applications": one thing to a grant scheme.
    "bids": ("applications",),
    "applications": ("bids",),
    # "1.02 million journeys" on hire bikes or buses for the documents' "trips": reporters vary the word.
    "journeys": ("trips",),
    "trips": ("journeys",),
    # "25 offences a week" for the documents' "crimes": recorded crime is counted in offences.
    "offences": ("crimes",),
    "crimes": ("offences",),
    # "377 children and teenagers" for the documents' "377 young people": reporters' words for the young
    # (and for those at school: "251 youngsters on its books" for the documents' "pupils").
    "children": ("young", "pupils"),
    "teenagers": ("young", "pupils"),
    "youngsters": ("young", "pupils"),
    # "51 community groups" granted money for the documents' "51 community
    # projects": a grant scheme's awards, called by who runs them or by what they run.
    "groups": ("projects", "organisations"),
    "organisations": ("projects", "groups"),
    # "240 body-worn video clips" for the documents' "240 video recordings": one footage, three words.
    "clips": ("recordings", "videos", "footage"),
    "videos": ("recordings", "clips", "footage"),
    "recordings": ("videos", "clips", "footage"),
    # "104 of the attacks on drivers" for the documents' "assaults": reporters vary the word.
    "attacks": ("assaults",),
    "assaults": ("attacks",),
}
# ... and the heads of documented counts that count the same (who is paid
# to deliver a service, as reporters and documents call them by turns):
# "38 contracted home care agencies" for the documents' "contracted home
# care providers" (the documented count's head, not any word of it).
_HEADS_ALIKE = frozenset({"agencies", "providers", "firms", "companies", "operators", "contractors"})
# ... or a subject that counts what is in it: "wardens in the Harbour Patrol Task Force".
_MEMBERS_OF = regex(r"[\w'-]{1,40} (?:in|of|on|within) ", re.I)
# A claim or sentence with more figures than this is checked only that far.
MAX_CLAIM_FIGURES = 100
# Texts whose readings and results are remembered (see Checker._read and
# Checker.check): at most this many, this long. (bench/perf.py sets it to 0
# to time a batch with nothing remembered.)
REMEMBERED_TEXTS = 1024
_REMEMBERED_CHARS = 2000
# What follows a figure that can say what it counts or pays for ("43 staff",
# "£5m for a helicopter"); a bounded slice keeps a long text linear.
_AFTER = 200


# The stances a repeated passage is taken as quoted in: a level, a change or
# an earlier level the document states. A passage read as denied or put
# forward is read as any sentence is.
_QUOTABLE = frozenset({Stance.ASSERTED, Stance.CHANGE, Stance.PREVIOUS})
# The words that may stand around a repeated passage and leave it the
# document's: who said it, and where. Any other ("In Kent, ...", "nationally",
# "by 2030") may say it of another place, body or time, and the sentence is
# read as any other.
_ONLY_SAID = frozenset(
    "a an the it its he she they we i that as also and in on statement report letter document page website "
    "said says say told tells added adds wrote writes noted notes stated states explained explains according to".split()
)
# The score shown for a quoted claim's topic's other claims: below the
# quoted one's 1.0, so it names the thing.
_BESIDE_THE_QUOTED = 0.99
# How far after a stretch ("in one week") its date may start, or before it
# end: " in June 2021" is 4 characters on, "In June 2021, in a single week" 2 before.
_DATED_RIGHT_AFTER = 12


def _quotable(reading: Reading) -> bool:
    """Whether a figure read so can stand in a repeated passage: as a
    level, a change or an earlier level, or as a count denied by its own
    predicate ("12 schools have not signed up"), which a passage can say too."""
    return reading.stance in _QUOTABLE or denied_by_its_predicate(reading)


_WORDS_OUTSIDE = regex(r"[^\W\d_]+")
_DIGIT = regex(r"\d")
# Words after an amount that start a phrase of its own, not the noun it is written before.
_NOT_ITS_NOUN = frozenset("per a an each every the this that its their his her our your more less than over under up down plus a-year a-head".split())
# The few lower-case words right after a money figure, up to where a phrase
# of purpose or place begins: "£45m *youth fund* to tackle ...".
_HEAD_AFTER = regex(r"(?:\s{1,3}(?!(?:to|for|that|which|in|on|at|of|and|or|from|with|by|into|as|is|was|will|has)\b)[a-z][a-z'\u2019-]{1,24}){1,3}")


class Relation(StrEnum):
    """How a documented claim bears on a checked figure. A `StrEnum`, so it
    is its own value in JSON, f-strings and comparisons with strings.

    >>> Relation.SUPPORTS == "supports", f"{Relation.CONFLICTS}"
    (True, 'conflicts')
    """

    SUPPORTS = "supports"  # gives the same figure for the same thing
    CONFLICTS = "conflicts"  # gives another figure for the same measure
    RELATED = "related"  # about the same thing, but neither (or shown as the closest)


@dataclass(frozen=True)
class Evidence:
    """A documented claim shown for a checked figure, and how it bears on it.

    >>> import factcheck
    >>> e = factcheck.load().check("£2m for London Gang Exit").evidence[0]
    >>> e.relation, e.source.id
    (<Relation.SUPPORTS: 'supports'>, 'cityhall-helping-young-londoners')
    """

    claim: Claim
    source: Source
    relation: Relation
    score: float
    figure: Figure  # the documented figure
    for_figure: int | None = None  # index into CheckResult.figures

    def to_dict(self) -> dict:
        return {
            "claim_id": self.claim.id,
            "relation": self.relation.value,
            "score": round(self.score, 3),
            "subject": self.claim.subject,
            "figure": {
                "text": self.claim.figure,
                "value": self.figure.json_value(),
                "unit": self.claim.unit,
                "qualifier": self.claim.qualifier,
                "period": self.claim.period,
                "as_of": self.claim.as_of,
            },
            "passage": self.claim.passage,
            "source": {
                "id": self.source.id,
                "title": self.source.label,
                "date": self.source.date,
                "file": str(self.source.file),
            },
            "for_figure": self.for_figure,
        }


@dataclass(frozen=True)
class FigureCheck:
    """The verdict on one figure of a claim, and why.

    >>> import factcheck
    >>> [(fc.figure.text, fc.verdict.value) for fc in factcheck.load().check("£45m a year for the Young Londoners Fund").figures]
    [('£45m', 'conflicting')]
    """

    figure: Figure
    verdict: Verdict
    reason: str
    topic: str | None = None
    index: int = 0  # position among the figures checked; Evidence.for_figure refers to it
    stance: Stance = Stance.ASSERTED  # whether the claim asserts the figure (see reading.py)
    attributed: str = ""  # the words the figure was matched on

    @property
    def counts(self) -> bool:
        """Whether this figure's verdict is part of the claim's: a figure the
        claim does not assert counts only when denying it contradicts the documents."""
        if self.figure.vague and self.verdict is Verdict.UNVERIFIED:
            return False  # "thousands of teenagers": scene, not a claim anyone can check
        if self.stance is Stance.HYPOTHETICAL:
            # Asked or supposed, the claim says nothing of it; put forward as
            # the documents put it forward (`_hypothetical`), it says what they
            # say, or forecasts against their forecast.
            return self.verdict in (Verdict.SUPPORTED, Verdict.CONFLICTING)
        return self.stance is not Stance.DENIED or self.verdict is Verdict.CONFLICTING

    def to_dict(self) -> dict:
        f = self.figure
        return {
            "text": f.text,
            "value": f.json_value(),
            "unit": f.unit,
            "qualifier": f.qualifier,
            "period": f.period,
            "verdict": self.verdict.value,
            "topic": self.topic,
            "start": f.start,
            "end": f.end,
            "stance": self.stance.value,
            "attributed": self.attributed,
            # Additions for news-grade reading: a range's ends, and why a
            # reading may be wrong (a decimal comma, "¥"); None otherwise.
            "low": f.low if f.low is None else json_number(f.low),
            "high": f.high if f.high is None else json_number(f.high),
            "doubt": f.doubt,
        }


@dataclass(frozen=True)
class CheckResult:
    """The answer for one claim: its verdict, figures, evidence and why.

    >>> import factcheck
    >>> result = factcheck.load().check("£45m Young Londoners Fund")
    >>> result.verdict, result.to_dict()["verdict"]
    (<Verdict.SUPPORTED: 'supported'>, 'supported')
    """

    claim: str
    verdict: Verdict
    figures: tuple[FigureCheck, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""
    unreadable: bool = False
    # Dates read as when the claim holds ("910 knives by May 2019"), not
    # checked on their own; `reason` mentions them (see `context_note`).
    context_figures: tuple[Figure, ...] = ()

    def to_dict(self) -> dict:
        """The JSON contract (README, "Each JSON line"), pinned by tests/test_rendering.py."""
        return {
            "claim": self.claim,
            "verdict": self.verdict.value,
            "figures": [fc.to_dict() for fc in self.figures],
            "evidence": [e.to_dict() for e in self.evidence],
            "reason": self.reason,
        }

    @classmethod
    def cannot_check(cls, claim: str, reason: str) -> "CheckResult":
        """A line that could not be read or parsed: reported, never dropped."""
        return cls(claim=claim, verdict=Verdict.UNVERIFIED, reason=reason, unreadable=True)


@dataclass
class Checker:
    """Checks claims and drafts against a corpus. Build it with
    `factcheck.load()`, which finds the corpus as the CLI does and uses the
    cache; `Checker(corpus)` builds the index afresh.

    >>> import factcheck
    >>> checker = factcheck.load()
    >>> checker.check("£110m for a new hospital in Barnet").verdict
    <Verdict.UNVERIFIED: 'unverified'>
    """

    corpus: Corpus
    threshold: float = DEFAULT_THRESHOLD
    name_weight: float = NAME_WEIGHT
    min_precision: float = MIN_PRECISION
    matcher: Matcher = None  # type: ignore[assignment] # built from the corpus unless given (the cache gives it)
    # Whether a sentence that repeats a documented passage is judged as its
    # quote (see quoting.py); off, it is read like any sentence, as the
    # curator's round trip reads passages (see validation._round_trip).
    quote_passages: bool = True
    _title_words: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _publisher_words: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)
    _publisher_names: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)  # see _published_it
    _documented: dict[int, Figure] = field(default_factory=dict, init=False, repr=False, compare=False)
    _topic_kinds: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)
    # The year a documented "over the year" means, per documented claim ("" if none): asked on every comparison.
    _years: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _beside: dict[str, dict[int, frozenset[int]]] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _next_to
    _claim_texts: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _claim_text
    _changes: dict[int, int] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _documented_change
    _home: tuple[str | None] | None = field(default=None, init=False, repr=False, compare=False)  # see _home_place
    _own_names: dict[int, tuple[tuple[str, ...], ...]] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _own_names_of
    _passage_counted: dict[int, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _passage_counts
    _subject_waits: dict[int, tuple[Decimal, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _bounded_otherwise
    _subject_stages: dict[int, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _staged_otherwise
    _subject_numbers: dict[int, frozenset[tuple[str, str]]] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _subject_numbers_of
    _document_texts: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _a_sentence_of
    _document_words: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _words_of_document
    _publisher_kinds: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _kind_of_publisher
    _passage_readings: dict[str, Reading | None] = field(default_factory=dict, init=False, repr=False, compare=False)  # see _passage_reading
    _said_memo: tuple[str, frozenset[str]] = field(default=("", frozenset()), init=False, repr=False, compare=False)  # see _said
    _places_memo: tuple[str, tuple[str, ...]] = field(default=("", ()), init=False, repr=False, compare=False)  # see _foreign_places
    # The figure being checked, its reading, and its outcome against each documented figure (see _outcome_of).
    _outcomes: tuple[Figure | None, Reading | None, Period | None, bool, dict[int, bool | None]] = field(
        default_factory=lambda: (None, None, None, False, {}), init=False, repr=False, compare=False
    )
    # Recent texts' readings (see _read) and results (see check).
    _recent_readings: Recent[tuple[str, int], tuple[Reading, ...]] = field(default_factory=Recent, init=False, repr=False, compare=False)
    _recent_results: Recent[str, CheckResult] = field(default_factory=Recent, init=False, repr=False, compare=False)
    _names: dict[tuple[str, ...], tuple[str, ...]] | None = field(default=None, init=False, repr=False, compare=False)  # see _documented_names
    _recent_readings_checked: Recent[tuple[str, str, tuple[tuple[int, int, Stance, str], ...]], CheckResult] = field(
        default_factory=Recent, init=False, repr=False, compare=False
    )
    _recent_quotes: Recent[tuple[str, tuple[tuple[int, int, Stance], ...]], dict[int, Quoted]] = field(default_factory=Recent, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.matcher is None:
            self.matcher = Matcher.build(self.corpus, self.name_weight)

    @classmethod
    def from_directory(cls, path: str | os.PathLike[str], threshold: float = DEFAULT_THRESHOLD) -> "Checker":
        return cls(load_corpus(path), threshold)

    def prepare(self) -> "Checker":
        """Read every documented figure now (before caching), not on first use."""
        for index in range(len(self.matcher)):
            self.documented(index)
        return self

    def documented(self, index: int) -> Figure:
        """The figure of the documented claim at `index`, as the checker reads it."""
        # Kept here as well as on the entry: a check asks for each figure of
        # a topic several times, and a cached corpus's entries are decoded
        # on demand (and may be dropped again), which costs more than a dict.
        figure = self._documented.get(index)
        if figure is None:
            entry = self.matcher.entries[index]
            if entry.figure is None:
                entry.figure = entry.claim.documented_figure()
            figure = self._documented[index] = entry.figure
        return figure

    def check_many(self, claims: Iterable[str]) -> Iterator[CheckResult]:
        """`check` each claim in turn, lazily: results come as claims are read.

        >>> import factcheck
        >>> lines = ["£45m Young Londoners Fund", "£3m for London Gang Exit"]
        >>> [r.verdict.value for r in factcheck.load().check_many(lines)]
        ['supported', 'conflicting']
        """
        for text in claims:
            yield self.check(text)

    def check(self, text: str) -> CheckResult:
        """Check one claim: read its figures, match what they are about
        against the corpus, and give a verdict per figure; the claim's
        verdict is the worst of them. Never raises on odd text: a claim
        without figures is unverified, with the closest passages as evidence.

        >>> import factcheck
        >>> result = factcheck.load().check("£3m for London Gang Exit")
        >>> result.verdict.value
        'conflicting'
        >>> print(result.reason)
        £3m: the documents give £2 million and £2m for "Mayor's investment in London Gang Exit services".
        """
        if len(text) > _REMEMBERED_CHARS:
            return self._check(text)
        # A batch repeats its claims, and a result is immutable.
        return self._recent_results.get(text, lambda: self._check(text), REMEMBERED_TEXTS)

    def _check(self, text: str) -> CheckResult:
        # "MAYOR UNVEILS £45M YOUTH FUND": read in a sentence's case, shown in its own.
        # (The corpus's names only for a headline: a large cached corpus decodes every claim for them.)
        headline = len(text) <= _REMEMBERED_CHARS and is_headline(text)
        sentence = as_sentence(text, self._documented_names(), lambda word: self.matcher.known_stem(word) is not None) if headline else None
        if sentence is not None and sentence != text:
            return _in_its_own_case(self._check_as_written(sentence), text)
        return self._check_as_written(text)

    def _documented_names(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Every documented proper name of two words or more, as lower-case
        words, to its words capitalised ("Young Londoners Fund"); worked out
        once, from the matcher's names (the claims themselves are not
        decoded: a large cached corpus would decode every one)."""
        if self._names is None:
            runs = {run: tuple(w[:1].upper() + w[1:] for w in run) for names in self.matcher.proper_table for run in names}
            self._names = Names({**runs, **self._joined_names(runs)})
        return self._names

    def _joined_names(self, runs: dict[tuple[str, ...], tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """Each name with two of its words written as one, where the
        documents use that word: "Violent Crime Taskforce" for "Violent
        Crime Task Force"."""
        joined = {}
        for run, written in runs.items():
            for k in range(len(run) - 1):
                word = run[k] + run[k + 1]
                if word in self.matcher.stem_of:
                    joined[(*run[:k], word, *run[k + 2 :])] = (*written[:k], word[:1].upper() + word[1:], *written[k + 2 :])
        return joined

    def _check_as_written(self, text: str) -> CheckResult:
        figures = parse_figures(text, limit=MAX_CLAIM_FIGURES + 1)
        # (Not check_readings: check remembers its own results, by the text alone.)
        if len(figures) > MAX_CLAIM_FIGURES:
            # Not a claim any editor writes; check the first ones and say so.
            result = self._check_readings(text, self._read(text, figures[:MAX_CLAIM_FIGURES]))
            return replace(result, reason=f"{result.reason} (only the first {MAX_CLAIM_FIGURES} figures were checked; the claim has more)")
        return self._check_readings(text, self._read(text, figures))

    def _read(self, text: str, figures: list[Figure]) -> list[Reading]:
        """`read(text, figures)`, where `figures` are the first ones
        `parse_figures` reads from `text`, remembered for recent short texts:
        a batch or a draft repeats sentences, and a draft's sentence is read
        again with a carried subject. Readings are immutable, and what they
        read on demand is then read once for all the repeats."""
        if len(text) > _REMEMBERED_CHARS:
            return read(text, figures)
        return list(self._recent_readings.get((text, len(figures)), lambda: tuple(read(text, figures)), REMEMBERED_TEXTS))

    def scan(self, text: str, path: str = "<text>", markdown: bool | None = None) -> list[Finding]:
        r"""Check every figure-bearing sentence of a draft: one `Finding` per
        figure, at its line and column in `text`. `markdown` defaults to
        whether `path` ends in .md (or another Markdown suffix).

        >>> import factcheck
        >>> draft = "# Youth\n\nThe Mayor put £3m into London Gang Exit.\n"
        >>> [(f.line, f.column, f.verdict.value) for f in factcheck.load().scan(draft, path="draft.md")]
        [(3, 15, 'conflicting')]
        """
        from .scanning import scan_text

        return scan_text(text, path, self, markdown)

    def check_figures(self, text: str, figures: list[Figure], subject: str) -> CheckResult:
        """Check `figures` (read from `text`) as all being about `subject`."""
        readings = [replace(r, scope=subject) for r in read(text, figures)]
        return self.check_readings(text, readings)

    def check_readings(self, text: str, readings: list[Reading], carried: str = "") -> CheckResult:
        """Check each figure of `text` on the words the reading attributed to it.

        `carried` names what the sentence is about when it names nothing
        itself ("The fund has since ..."): a draft's earlier subject.
        """
        if len(text) > _REMEMBERED_CHARS or not readings:
            return self._check_readings(text, readings, carried)
        # A draft repeats its sentences (a standfirst, a pull quote, a
        # corrected paragraph kept below), read alike each time; a result is immutable.
        key = (text, carried, tuple((r.figure.start, r.figure.end, r.stance, r.scope) for r in readings))
        return self._recent_readings_checked.get(key, lambda: self._check_readings(text, readings, carried), REMEMBERED_TEXTS)

    def _check_readings(self, text: str, readings: list[Reading], carried: str = "") -> CheckResult:
        if not readings:
            matches = self.matcher.match(text_without(text, []))
            closest = tuple(self._related(m) for m in _closest(matches))
            # Say "shown" only when something is: `check ""` has no passages to show.
            shown = "the closest passages are shown" if closest else "no passage is close to it"
            what = "no figure found in the claim" + ("" if text.strip() else " (it is empty)")
            return CheckResult(text, Verdict.UNVERIFIED, (), closest, f"{what}; {shown}")
        checks: dict[int, FigureCheck] = {}
        evidence: list[Evidence] = []
        # Amounts first: a date beside an amount ("135 knives in June 2018")
        # usually says when, and is checked only if the amount's topic dates
        # something itself.
        # Denied figures after the asserted ones: "One leaflet said community
        # groups had been handed £7 million; in fact ... came to £250,000":
        # the figure said in its place tells what the denied one was about.
        order = sorted(range(len(readings)), key=lambda i: (readings[i].figure.kind == "date", readings[i].stance is Stance.DENIED))
        main_topic: str | None = None
        context: list[Figure] = []
        named: list[Figure] = []  # numbers of names ("Safer Streets 20"): no amount a date stands beside
        quotes = self._quotes(text, readings)
        for index in order:
            reading = readings[index]
            fig = reading.figure
            quote = self._check_quoted(index, reading, text, quotes[index]) if index in quotes else None
            if quote is not None and quote[0].verdict is not Verdict.UNVERIFIED:
                # (A quote that leaves it unverified is read as any sentence: the reader may know better.)
                check, ev = quote
                weighed = _weighed_as_a_level(check, ev, index, readings, evidence) if check.verdict is Verdict.MIXED else quote
                if weighed[0].verdict is Verdict.SUPPORTED:
                    check, ev = weighed  # "rose from £2.50 to £3.20", repeated: each level the documents give, the other the sentence's own
                checks[index] = check
                main_topic = main_topic or (check.topic if fig.kind != "date" else None)
                evidence.extend(ev)
                continue
            if reading.stance is Stance.CHANGE and _direction(reading.cue) != 0:
                increase = self._check_increase(index, reading, text, carried)
                if increase is not None:
                    # "It is false that reports fell by 22%": the documented fall, denied.
                    checks[index] = _denied(increase[0], replace(reading, cue=reading.denied_by)) if reading.denied_by else increase[0]
                    evidence.extend(increase[1])
                    continue
            if reading.stance is Stance.CHANGE:
                # "cut by £2m" says how much something changed; the documents
                # give levels, so they cannot confirm it.
                why = f"{fig.text}: read as a change ({reading.cue!r}), not a level; the documents give levels, not changes."
                checks[index] = FigureCheck(fig, Verdict.UNVERIFIED, why, None, index, reading.stance, reading.scope)
                continue
            if fig.kind == "count" and _PER_BEFORE.search(text, max(0, fig.start - 16), fig.start) and any(r.figure.kind in AMOUNTS and r.figure.end <= fig.start for r in readings):
                # "28.8 searches per 1,000 residents": the rate's
                # denominator, part of what the amount before it measures.
                context.append(fig)
                continue
            if fig.kind == "count" and (_AGED_BEFORE.search(text, max(0, fig.start - 32), fig.start) or _in_an_age_band(text, fig)) and any(r.figure.kind in AMOUNTS and r.figure is not fig for r in readings):
                # "1,130 young people aged 11 to 25": the ages say who the
                # amount counts, as "children" does; they are no figure of it.
                context.append(fig)
                continue
            if fig.kind == "count" and (self.matcher.names_with(text[: fig.start], fig.text, text[fig.end :]) or _opens_a_name(text, fig)):
                # "Safer Streets 20", "the 11-plus": a number the documents
                # write as part of a name, not a figure of it; "the 1 Million
                # Voices group", "a 100 Black Men of London mentoring evening":
                # a group's or event's name that a number opens.
                context.append(fig)
                named.append(fig)
                continue
            if fig.kind == "duration" and is_threshold(text, fig) and any(r.figure.kind in AMOUNTS for r in readings):
                # "1,184 patients waiting more than a year", "76% seen within
                # four hours": the wait that defines what is counted, not a
                # length of anything the documents give.
                context.append(fig)
                continue
            if fig.kind == "duration" and _OFFSET_AFTER.match(text, fig.end) and not _level_before_an_event(reading, text):
                # "three months after his Knife Crime Strategy", "two years
                # ago": how far apart two moments are, not how long anything lasts.
                context.append(fig)
                continue
            if stretch_lead(text, fig) and any(r.figure.kind in AMOUNTS for r in readings):
                # "£1.5m ... over the previous three years": how long the
                # amount took, read as its period, not a claim of its own.
                context.append(fig)
                continue
            if reading.event and fig.kind == "date":
                check, ev = self._check_event_date(index, reading, text, carried)
                if check.topic is None:
                    context.append(fig)
                    continue
            elif fig.kind == "date" and main_topic is not None:
                if not self._gives(main_topic, fig):
                    # Most likely when the amount holds; but if the documents
                    # date something the sentence names to this very date
                    # ("between its launch in April 2018 and ..."), say so.
                    # Not a year the amount was taken over ("took £2.94m from
                    # car parking in 2023/24") that holds some documented
                    # moment (the board's approval in February 2024).
                    check, ev = self._check_in_context(index, reading, text, carried, None)
                    if check.verdict is not Verdict.SUPPORTED or _a_span_holding_a_moment(fig, ev):
                        context.append(fig)
                        continue
                else:
                    topic_of_amount: str = main_topic
                    check, ev = self._check_in_context(index, reading, text, carried, lambda m: m.topic == topic_of_amount)  # noqa: B023 - used within this iteration
            else:
                check, ev = self._check_in_context(index, reading, text, carried, None)
                if fig.kind == "date" and check.verdict is Verdict.SUPPORTED and _NAMED_AFTER.match(text, fig.end) and _a_span_holding_a_moment(fig, ev):
                    # "Under its 2024/25 Internal Audit Plan, ...": the year
                    # a plan's name gives is part of the name, not a moment inside it.
                    context.append(fig)
                    continue
                if fig.kind != "date" and main_topic is None and check.topic is not None and reading.stance is Stance.ASSERTED:
                    main_topic = check.topic
            if fig.kind == "measure" and fig.unit != "times" and check.verdict is Verdict.UNVERIFIED and reading.stance is Stance.ASSERTED and _BEFORE_ITS_NOUN.match(text, fig.end) and any(r.figure.kind in AMOUNTS for r in readings):
                # "21 of the 31 approved 20mph zones": a measure written before
                # a noun says which things are counted, where no document
                # gives a measure for them; it leaves the count's verdict alone.
                context.append(fig)
                continue
            if fig.kind == "count" and check.verdict is Verdict.UNVERIFIED and reading.stance is Stance.ASSERTED and self._names_the_set_of(text, fig, (c.topic for c in checks.values())):
                # "34 minutes across all four emergency departments": the set an
                # earlier figure is documented for, named by its size (see below).
                context.append(fig)
                continue
            if fig.kind == "duration" and check.verdict is Verdict.UNVERIFIED and reading.stance is Stance.ASSERTED and any(r.figure.kind in AMOUNTS for r in readings):
                # "fell by 22% in the patrol's first six months": a stretch
                # beside an amount says over what it holds, and no document
                # giving no duration figure for the thing leaves the amount unverified.
                context.append(fig)
                continue
            # "In 2023/24 it awarded £780,000 ...", repeated from a document: there, a date
            # the documents do not give for an event is when the passage's figures hold.
            quoted_date = fig.kind == "date" and any(q.start <= fig.start and fig.end <= q.end for q in quotes.values())
            if fig.kind == "date" and (not reading.event or quoted_date) and check.verdict in (Verdict.CONFLICTING, Verdict.UNVERIFIED) and any(r.figure.kind != "date" and r.figure not in named for r in readings):
                # Beside an amount, with no event read for it ("went up by 615
                # in one week in June 2018", "910 knives ... between its launch
                # in April 2018 and the end of May 2019"): it says when, and
                # cannot contradict a documented launch, nor leave the amounts unverified.
                context.append(fig)
                continue
            if reading.stance is Stance.DENIED and (self._negated_as_documented(reading, check, ev) or _negates_another_predicate(reading, ev)):
                # "12 schools have not signed up", as the document says it: the
                # count of those that have not. "£45m would not be enough",
                # "900 arrests did not stop the killings": the amount is
                # given, what is denied is something the documents do not say of it.
                check, ev = _weighed_as_a_level(check, ev, index, readings, evidence)
            elif reading.stance is Stance.DENIED:
                corrected = next((c.topic for c in checks.values() if c.stance is Stance.ASSERTED and c.topic and c.figure.kind == fig.kind and _set_against(text, c.figure, fig, reading.cue)), None)
                if corrected is not None and check.topic != corrected:
                    # "took place in 2016, and not in 2018": the denied figure
                    # is a correction of the asserted one, about the same thing.
                    check, ev = self._check_in_context(index, reading, text, carried, lambda m: m.topic == corrected)  # noqa: B023
                replaced_by = next((r.figure for r in readings if r.replaces_end == fig.end), None) or _said_instead(text, fig, readings)
                check = _denied(check, reading, ev, replaced_by)
            elif reading.stance is Stance.HYPOTHETICAL:
                check = _hypothetical(check, reading, ev, self._claim_reading)
            elif reading.denied_by:
                check = _denied(check, replace(reading, cue=reading.denied_by))  # "It is untrue that waits rose from 10 weeks ..."
            else:
                check, ev = _weighed_as_a_level(check, ev, index, readings, evidence)
            if check.verdict is Verdict.CONFLICTING and reading.stance is Stance.ASSERTED and fig.kind == "count" and _the_whole_of_a_part(text, fig, readings, ev):
                # "Almost a quarter of the 32 London boroughs have schemes":
                # the 32 is the whole the part is of, not the documents' 19 with schemes.
                why = f"{fig.text}: the whole the sentence's part is of; the documents give {_list([e.claim for e in ev if e.relation is Relation.CONFLICTS][:2])} for {ev[0].claim.subject!r}, the part, not the whole."
                check, ev = replace(check, verdict=Verdict.UNVERIFIED, reason=why), [replace(e, relation=Relation.RELATED) for e in ev]
            if check.verdict is Verdict.CONFLICTING and reading.stance is Stance.ASSERTED and any(" or " in e.claim.subject for e in ev if e.relation is Relation.CONFLICTS):
                either = self._one_of_either(reading.scope, ev)
                if either is not None:
                    # "seven pass to volunteer groups" against the documents' 12
                    # "libraries to close or pass to volunteers": one branch of their whole.
                    why = f"{fig.text}: the sentence speaks of one of {either!r}; the documents' {_list([e.claim for e in ev if e.relation is Relation.CONFLICTS][:2])} count both together, not this one."
                    check, ev = replace(check, verdict=Verdict.UNVERIFIED, reason=why), [replace(e, relation=Relation.RELATED) for e in ev]
            if check.verdict in (Verdict.SUPPORTED, Verdict.MIXED) and reading.stance is Stance.ASSERTED and fig.kind in AMOUNTS:
                began = self._before_it_began(text, reading, check.topic)
                if began:
                    # "In 2015 the taskforce had 150 officers": the documents'
                    # 150 is of a thing they say began in April 2018.
                    check = replace(check, verdict=Verdict.UNVERIFIED, reason=f"{fig.text}: {began}")
                    ev = [replace(e, relation=Relation.RELATED) for e in ev]
            if check.verdict is Verdict.SUPPORTED and reading.stance is Stance.ASSERTED and fig.kind in AMOUNTS and _MISSED_BEFORE.search(text, max(0, fig.start - 60), fig.start) and _TARGET_AFTER.match(text, fig.end):
                # "Keelhaven failed to reach its 65% engagement target": the
                # target is the documents', and so is a level that reached it.
                check, ev = self._target_missed(index, reading, text, carried, check, ev)
            checks[index] = check if check.index == index else replace(check, index=index)
            evidence.extend(ev)
        _risen_from_documented(checks, readings, evidence)
        _earlier_level_of_another(checks, readings, evidence)
        _later_level_before_its_earlier(checks, evidence)
        evidence = _backed_only_by_its_earlier_level(checks, evidence)
        self._earlier_level_against_the_documented(checks, readings, evidence, quotes)
        evidence += self._earlier_level_of_its_topic(text, checks, readings, evidence)
        for index in _judged_on_a_siblings_claim(checks, evidence):
            taken = {c.topic for i, c in checks.items() if i != index and c.verdict in (Verdict.SUPPORTED, Verdict.MIXED)} | {checks[index].topic}
            # "£11,200 of the £64,300 paid out ...": the part is of the thing the whole is documented for.
            whole = _whole_of(index, readings, checks, evidence, text)
            before = checks[index]
            checks[index], evidence = self._away_from(taken, before, readings[index], text, f"{carried} {whole}".strip(), evidence)
            if checks[index].verdict is Verdict.UNVERIFIED and self._names_the_set_of(text, readings[index].figure, (before.topic,)):
                # "Across the two hospitals, 5,420 patients waited ...": the
                # set the documents count the other figure in, named by its
                # size, as their subject names it; not a count of its own.
                del checks[index]
                evidence = [e for e in evidence if e.for_figure != index]
                context.append(readings[index].figure)
        for index, backing in _wholes_given_by_their_part_s_passage(text, checks, evidence):
            # "Of the 187, 133 young people engaged": the 187 says what it
            # counts only through its part, and the passage giving the part gives it so.
            whole, part = checks[index].figure.text, backing.claim.figure
            why = f"{whole}: the whole {part} is part of, as the passage giving {part} says it ({backing.claim.source}: 'of the {whole}')."
            checks[index] = replace(checks[index], verdict=Verdict.SUPPORTED, reason=why)
            evidence = [e for e in evidence if e.for_figure != index] + [replace(backing, for_figure=index)]
        ordered = [checks[i] for i in sorted(checks)]
        counted = [c.verdict for c in ordered if c.counts]
        verdict = Verdict.worst(counted) if counted else Verdict.UNVERIFIED
        reasons = [c.reason for c in ordered if c.verdict is verdict and c.counts] or [c.reason for c in ordered]
        if context:
            reasons.append(context_note(context, text))
        # A conflicting passage first: it is what an editor must see.
        rank = {Relation.CONFLICTS: 0, Relation.SUPPORTS: 1, Relation.RELATED: 2}
        evidence.sort(key=lambda e: (e.for_figure if e.for_figure is not None else -1, rank[e.relation], -e.score))
        return CheckResult(text, verdict, tuple(ordered), tuple(evidence), " ".join(reasons), context_figures=tuple(context))

    def _quotes(self, text: str, readings: list[Reading]) -> dict[int, Quoted]:
        """The figures of `text` standing where a documented passage that the
        text repeats around them has its figure, read as the passage reads
        its own ("It is false that ..." around a passage denies what the
        passage asserts, so it is read, not taken as a quote)."""
        if not self.quote_passages or len(text) > _REMEMBERED_CHARS:
            return {}  # (a run-on "sentence" of a whole page is no one's quote)
        # A draft and a batch repeat their sentences, read alike each time.
        key = (text, tuple((r.figure.start, r.figure.end, r.stance) for r in readings))
        return self._recent_quotes.get(key, lambda: self._find_quotes(text, readings), REMEMBERED_TEXTS)

    def _find_quotes(self, text: str, readings: list[Reading]) -> dict[int, Quoted]:
        found = self.matcher.quotes.candidates(text)
        if not found:
            return {}
        spans = [(r.figure.start, r.figure.end) for r in readings]
        quotes = self.matcher.quotes.quoted(text, spans, ((i, self.matcher.claim(i)) for i in found))
        return {
            i: q for i, q in quotes.items()
            if _quotable(readings[i]) and not readings[i].denied_by and readings[i].stance is getattr(self._passage_reading(q.claim), "stance", None)
        }

    def _names_the_set_of(self, text: str, fig: Figure, topics: Iterable[str | None]) -> bool:
        """Whether a count names a known set by its size ("the two hospitals")
        in the very words a documented subject of one of `topics` uses for it."""
        after = _SET_NOUN.match(text, fig.end)
        if after is None or not _KNOWN_SET_BEFORE.search(text, max(0, fig.start - 8), fig.start):
            return False
        named = f"{fig.text} {after.group(1)}".lower()
        return any(named in self.matcher.claim(i).subject.lower() for topic in topics if topic is not None for i in self.matcher.topic_indices(topic))

    def _negated_as_documented(self, reading: Reading, check: FigureCheck, ev: list[Evidence]) -> bool:
        """Whether a count denied by its own predicate ("19 boroughs will not
        benefit", "the schools that had not") stands so in a passage that
        gives it: then it counts those that did not, as the documents do."""
        if check.verdict not in (Verdict.SUPPORTED, Verdict.MIXED) or not denied_by_its_predicate(reading):
            return False
        return any(e.relation is Relation.SUPPORTS and _denied_so(self._claim_reading(e.claim)) for e in ev)

    def _passage_reading(self, index: int) -> Reading | None:
        """How the documented claim's passage reads its own figure; once per claim."""
        return self._claim_reading(self.matcher.claim(index))

    def _earlier_level_against_the_documented(self, checks: dict[int, FigureCheck], readings: list[Reading], evidence: list[Evidence], quotes: dict[int, Quoted]) -> None:
        """"fell to 310, compared with 450 a year before", where a document
        says "fell to 310 ..., from 540 ...": the later level is the
        documents' own, so the earlier one is of the change they give, and
        their earlier level contradicts it. Not an earlier level dated
        otherwise ("up from 450 in 2019"): another moment, still unverified;
        nor one in a passage repeated, which says what its document says."""
        for i, c, later, supporting in _unverified_earlier_levels(checks, readings, evidence):
            if any(q.start <= c.figure.start and c.figure.end <= q.end for q in quotes.values()):
                continue
            levels = {e.claim.passage: e.claim for e in supporting}
            earlier = [
                e for e in evidence
                if e.for_figure == i and e.relation is Relation.CONFLICTS and e.claim.passage in levels
                and self._earlier_in_its_passage(e.claim, levels[e.claim.passage])
            ]
            if not earlier or any(e.for_figure == i and e.relation is Relation.SUPPORTS for e in evidence):
                continue
            said = earlier[0].claim
            why = f"{c.figure.text}: read as the level before {checks[later].figure.text}; the document that gives {checks[later].figure.text} gives the earlier level as {said.figure} for {said.subject!r}."
            checks[i] = replace(c, verdict=Verdict.CONFLICTING, reason=why)

    def _earlier_level_of_its_topic(self, text: str, checks: dict[int, FigureCheck], readings: list[Reading], evidence: list[Evidence]) -> list[Evidence]:
        """"212 arrests in 2024, down from 238 the year before", where the
        earlier level's own words matched another topic ("the year before"
        is a fall's) but the topic the later level is supported on gives 238
        as its earlier level: supported by that claim. Updates `checks`;
        returns the evidence it adds. Not an earlier level dated otherwise
        ("up from 238 in 2019"), which is another moment; nor one whose own
        words give it to a place or owner that claim does not name, or a
        name no document uses ("down from 238 in Hexley"): the guards that
        refused it stand."""
        added: list[Evidence] = []
        for i, c, later, supporting in _unverified_earlier_levels(checks, readings, evidence):
            if checks[later].verdict is not Verdict.SUPPORTED or self.matcher.foreign_names(readings[i].near or readings[i].scope):
                continue
            earlier = next(
                (
                    (e, j) for e in supporting for j in self.matcher.topic_indices(e.claim.topic)
                    if self.matcher.claim(j).id != e.claim.id and comparable(c.figure, self.documented(j))
                    and agreement(c.figure, self.documented(j)) is True and self._earlier_in_its_passage(self.matcher.claim(j), e.claim)
                    and self._owner_said(readings[i], text, j) is None
                ),
                None,
            )
            if earlier is None:
                continue
            level, j = earlier
            said = self.matcher.claim(j)
            why = f"{c.figure.text}: read as the level before {checks[later].figure.text}; the documents give {said.figure} as the earlier level of {said.subject!r}."
            checks[i] = replace(c, verdict=Verdict.SUPPORTED, reason=why, topic=said.topic)
            added.append(Evidence(said, self.corpus.sources[said.source], Relation.SUPPORTS, level.score, self.documented(j), i))
        return added

    def _earlier_in_its_passage(self, claim: Claim, later: Claim) -> bool:
        """Whether a passage gives `claim` as the level before `later`'s: read
        as an earlier level there ("from 11 weeks to four"), or dated before
        it, of one topic."""
        if claim.topic != later.topic:
            return False
        if claim.as_of and later.as_of and len(claim.as_of) == len(later.as_of):
            return claim.as_of < later.as_of
        return self._read_as_earlier_level(claim)

    def _read_as_earlier_level(self, claim: Claim) -> bool:
        """Whether a documented claim's passage reads its figure as the level a change came from ("up from 41")."""
        own = self._claim_reading(claim)
        return own is not None and own.stance is Stance.PREVIOUS

    def _before_it_began(self, text: str, reading: Reading, topic: str | None) -> str:
        """Where a figure's own time ("in 2015", "since 2012"), said in its
        own clause, is wholly before the documented beginning (launch,
        creation) of the thing it was judged on (`topic`), named in the
        sentence, what the documents say of that beginning; else "". A
        figure of a thing cannot hold before it existed."""
        window = reading.window
        if topic is None or window is None or window.kind not in ("window", "running") or not window.key[:1].isdigit() or reading.around is None:
            return ""
        around = reading.around
        if text.find(window.text, around.lo, around.hi) < 0:
            return ""  # a date of the sentence's, perhaps another amount's
        # (A window's end, a running total's start: "2014-04/2015-03" ends in 2015-03.)
        when = window.key.rsplit("/", 1)[-1] if window.kind == "window" else window.key
        for m in self.matcher.match(text)[:_BEGINNINGS_WEIGHED]:
            if m.topic != topic or m.claim.unit != "date" or not (m.names_in_full or m.referenced) or not _BEGINNING.match(m.claim.subject):
                continue
            began = self.documented(m.index).value
            if isinstance(began, str) and began[:1].isdigit():
                n = min(len(when), len(began))
                if when[:n] < began[:n]:
                    return f"the documents date the {m.claim.subject} to {m.claim.figure}; {window.text} is before it began."
        return ""

    def _claim_reading(self, claim: Claim) -> Reading | None:
        """`_passage_reading` of a claim at hand (an evidence's), remembered by its id."""
        if claim.id not in self._passage_readings:
            span = figure_span(claim)
            readings = self._read(claim.passage, parse_figures(claim.passage, limit=MAX_CLAIM_FIGURES + 1))
            own = next((r for r in readings if span is not None and r.figure.start < span[1] and span[0] < r.figure.end), None)
            self._passage_readings[claim.id] = own
        return self._passage_readings[claim.id]

    def _check_quoted(self, index: int, reading: Reading, text: str, quote: Quoted) -> tuple[FigureCheck, list[Evidence]] | None:
        """A figure in a repeated passage is about what the passage's figure
        is about: judged against that claim's topic alone, as a level the
        document states, whatever the matcher makes of the passage's words."""
        claim = self.matcher.claim(quote.claim)
        topic = self.matcher.topic_of(quote.claim)
        fig, recorded = reading.figure, self.documented(quote.claim)
        members = self.matcher.topic_indices(topic)
        scoped = replace(reading, scope=claim.subject, stance=Stance.ASSERTED)
        # Nothing but the passage and who said it: the names the guards weigh
        # are the document's own, said of this figure.
        # Or a sentence of the document word for word, whatever else it says.
        # (No number either: "In 2031, ..." says of another time.)
        around = f"{text[: quote.start]} {text[quote.end :]}"
        outside = _WORDS_OUTSIDE.findall(around.lower())
        if (not _ONLY_SAID.issuperset(outside) or _DIGIT.search(around)) and not self._a_sentence_of(claim.source, text):
            return None
        # The figure as the reader takes it must be of the documented one's
        # kind: "£15" where the passage has "15 hours" is for the reader to judge.
        if not comparable(fig, recorded):
            return None
        # Where the words around it say nothing of when, it holds for the time the documented figure does.
        its_time = self._read_as_its_passage(reading, quote.claim)
        if its_time and recorded.period:
            scoped = replace(scoped, figure=replace(fig, period=recorded.period))
        # The quoted claim names the thing; its topic's others are shown beside it.
        scores = {i: 1.0 if i == quote.claim else _BESIDE_THE_QUOTED for i in members}
        check, ev = self._judge(index, scoped, topic, scores)
        # (The curator's value, not only the text, must agree: a corpus edit to
        # it shows. So must the bound as the passage reads: "more than 19" put
        # where it has "19" is another figure, judged as the documents give it.)
        own = self._passage_reading(quote.claim)
        bound = own is None or own.figure.qualifier == fig.qualifier
        as_recorded = recorded.value == fig.value and recorded.unit == fig.unit and bound
        if quote.same_figure and its_time and as_recorded and check.verdict not in (Verdict.SUPPORTED, Verdict.MIXED):
            return self._as_its_document_says(check, quote, ev)
        return _said_as_quoted(check, quote, claim), ev

    def _words_of_document(self, source: str) -> frozenset[str]:
        """The stems of a source document's words (read once; none where it cannot be read)."""
        found = self._document_words.get(source)
        if found is None:
            found = self._document_words[source] = frozenset(tokenize(self._document_text(source)))
        return found

    def _document_text(self, source: str) -> str:
        """A source document's text, "" where it cannot be read (moved or
        deleted since the corpus was loaded): it then holds no words."""
        try:
            return self.corpus.sources[source].text()
        except (OSError, KeyError, UnicodeDecodeError):
            return ""

    def _a_sentence_of(self, source: str, text: str) -> bool:
        """Whether `text` stands word for word in the source document (its text read once)."""
        document = self._document_texts.get(source)
        if document is None:
            document = self._document_texts[source] = normalised(self._document_text(source))  # a text that cannot be read holds no sentence
        sentence = normalised(text).strip()
        return bool(sentence) and sentence in document

    def _as_its_document_says(self, check: FigureCheck, quote: Quoted, evidence: list[Evidence]) -> tuple[FigureCheck, list[Evidence]]:
        """Its own words, its own figure, read for the same time: what the
        document says, whatever the curated period or precision makes of
        it; another document's figure for the thing makes it mixed."""
        claim = self.matcher.claim(quote.claim)
        own = Evidence(claim, self.corpus.sources[claim.source], Relation.SUPPORTS, 1.0, self.documented(quote.claim), check.index)
        others = [e for e in evidence if e.claim.id != claim.id]
        against = [e.claim for e in others if e.relation is Relation.CONFLICTS]
        also = f"; the documents also give {_list(against[:3])} for {against[0].subject!r}" if against else ""
        why = f"{check.figure.text}: the sentence repeats the passage of {claim.source} word for word, which gives it for {claim.subject!r}{also}."
        verdict = Verdict.MIXED if against else Verdict.SUPPORTED
        return replace(check, verdict=verdict, reason=why, topic=self.matcher.topic_of(quote.claim)), [own, *others]

    def _read_as_its_passage(self, reading: Reading, index: int) -> bool:
        """Whether the sentence reads a repeated figure for the time its
        passage does: the words around the passage ("Last year, ...") say nothing of when."""
        own = self._passage_reading(index)
        return own is not None and _claim_period(own) == _claim_period(reading)

    def _away_from(
        self, taken: set[str | None], check: FigureCheck, reading: Reading, text: str, carried: str, evidence: list[Evidence]
    ) -> tuple[FigureCheck, list[Evidence]]:
        """Judge a figure again away from the topics of the documented
        figures the sentence gives itself, for its other figures ("Of the
        £4.5 million allocated, £2.7 million had been committed": the £2.7
        million committed is not what the £4.5 million says)."""
        index = check.index
        # "shut five libraries, ... and keep 22 in council hands": a count
        # with no noun of its own counts what the list's count before it does.
        elided = self._elided_noun(text, reading)
        carried = f"{carried} {elided}".strip() if elided else carried
        retry, ev = self._check_in_context(index, reading, text, carried, lambda m: m.topic not in taken)
        kept = [e for e in evidence if e.for_figure != index]
        against = [e.claim.value for e in ev if e.relation is Relation.CONFLICTS]
        if retry.verdict in (Verdict.SUPPORTED, Verdict.MIXED) or against and all(_same_order(check.figure.value, v) for v in against):
            return replace(retry, stance=check.stance), kept + ev
        # Anything less, on words read for the other figure too, proves
        # nothing ("£850k allocated" against a payment of "up to £2,500"):
        # the documents do not speak to this figure.
        given = check.reason.split(": ", 1)[-1]
        why = f"{check.figure.text}: {given} The sentence gives that figure itself, as another of its figures; nothing else in the documents speaks to this one."
        return replace(check, verdict=Verdict.UNVERIFIED, reason=why), kept + [replace(e, relation=Relation.RELATED) for e in evidence if e.for_figure == index]

    def _check_increase(self, index: int, reading: Reading, text: str, carried: str) -> tuple[FigureCheck, list[Evidence]] | None:
        """"has risen by £9 million": the documents' "additional £9 million"
        is an increase too, and can confirm it; None when no documented
        increase is about what the sentence names."""
        way = _direction(reading.cue)
        if abs(way) == 2 and _than_its_earlier_self(text, reading.figure):
            # "£4.4m higher than the one Cabinet approved in June 2023": a
            # difference from the thing's own earlier level is a change.
            way //= 2
        # The change's own words ("fell by") say which way, which the
        # documented change is matched on; they are not what changed, and an
        # irregular verb would miss the documents' noun ("fell" for "fall").
        # (A cue that takes in the thing, "increased funding for MyEnds by", is left whole.)
        cue = re.compile(rf"\b{re.escape(reading.cue)}\b", re.I) if reading.cue and len(reading.cue.split()) <= 3 else None
        if cue is not None and cue.search(reading.scope):
            reading = replace(reading, scope=" ".join(cue.sub(" ", reading.scope).split()))
        elided = self._elided_noun(text, reading, NO_NOUN_BUT_A_DIFFERENCE)
        if elided:
            # "214 complaints in 2024/25, 31 fewer than in 2023/24": fewer complaints.
            carried = f"{carried} {elided}".strip()
        increments = [m for m in self.matcher.match(self._subject(reading, carried)) if self._documented_change(m.index) == way]
        changed = _what_changed(reading)
        if changed is not None:
            # "Complaints about stop and search rose by a third": not the
            # documents' rise in stop and searches; what rose is its own word.
            increments = [m for m in increments if changed in {stem for _, stem in words(f"{m.claim.subject} {' '.join(m.claim.aliases)}")}]
        nouns = {found.group(1) or found.group(2) for found in (_CHANGE_NAMED.match(m.claim.subject) for m in increments) if found is not None}
        if nouns:
            # "has risen by £4.4m" speaks of the documents' "increase in the budget", in their word.
            reading = replace(reading, scope=f"{reading.scope} {' '.join(sorted(nouns))}")
        # The increase of what the sentence names most closely: "the VRU's
        # MyEnds programme has risen by" names MyEnds, which only one of the
        # VRU's increases is of.
        given = {m.topic: m.names_given() for m in increments}
        counts = collections.Counter(n for names in given.values() for n in names)
        named = {t for t, names in given.items() if any(counts[n] == 1 for n in names)} or set(given)
        check, ev = self._check_in_context(index, reading, text, carried, lambda m: m.topic in named)
        return (replace(check, stance=reading.stance), ev) if check.topic is not None else None

    def _documented_change(self, index: int) -> int:
        """+1 if the documented claim at `index` is itself an increase ("additional
        investment in ...", "has risen by"), -1 a decrease ("reports fell by
        22%"), 0 a level: read from its subject, and its passage as a sentence;
        once per claim (a change is weighed against every match of its lookup)."""
        way = self._changes.get(index)
        if way is None:
            way = self._changes[index] = self._read_change(index)
        return way

    def _a_change_as_written(self, index: int) -> bool:
        """Whether the documented claim's passage reads its figure as a change ("fell by 15")."""
        own = self._passage_reading(index)
        return own is not None and own.stance is Stance.CHANGE

    def _read_change(self, index: int) -> int:
        claim = self.matcher.claim(index)
        if _INCREMENT.match(claim.subject):
            return 1
        named = _CHANGE_NAMED.match(claim.subject)
        if named is not None:
            return 1 if named.group(1) else -1  # "increase in the programme budget", "fall in visits"
        span = figure_span(claim)
        if span is None:
            return 0
        since = _SINCE_THEN.match(claim.passage, span[1])
        if since is not None:
            return 1 if since.group(1) else -1  # "six percentage points more than a year ago"
        own = self._passage_reading(index)
        return _direction(own.cue) if own is not None and own.figure.start == span[0] and own.stance is Stance.CHANGE else 0

    def _check_event_date(self, index: int, reading: Reading, text: str, carried: str) -> tuple[FigureCheck, list[Evidence]]:
        """A date with an event ("announced by the Mayor in February"): the
        date of that event, whatever topic the sentence's amount matched; a
        documented claim about that very event first ("announcement of the
        City Hall funding ..."), not another April event."""
        event = tokenize(reading.event)
        # "who launched the VRU in 2019": the event is the VRU's, whatever else the sentence names.
        said = tokenize(reading.event_object)
        of_it = (lambda m: any(w in self.matcher.names_vocabulary_of(m.index) for w in said)) if said else None
        # "The Young Londoners Fund was launched in June 2017": the event is
        # the named thing's, not the June 2017 strategy's beside it.
        event_subject = reading.event_subject
        if _ENDS_IN_IT.search(event_subject) and text.find(event_subject) > 0:
            # "The Sallow Saver fare cap has been used for 212,540 journeys
            # since it began in January": "it" is what the sentence opened with.
            event_subject = text[: text.find(event_subject)]
        named = not said and CAPITALISED_WORD.search(event_subject, 1)  # a name is capitalised, past the sentence's first letter
        subjects = {m.topic for m in self.matcher.match(event_subject) if _written_as_name(m.named_run(), event_subject)} if named else set()
        if subjects:
            of_it = lambda m: m.topic in subjects  # noqa: E731
        dates_it: Callable[[Match], bool] = lambda m: self._dates_event(event, m.index, event_subject)  # noqa: E731
        check, ev = self._check_in_context(index, reading, text, carried, _also(dates_it, of_it) if of_it else dates_it)
        if check.topic is None:
            dated = self._event_of_the_named(reading, event, subjects)
            if dated is not None:
                check, ev = self._check_figure(index, replace(reading, scope=dated.claim.subject), text, dated.claim.subject, lambda m: m.topic == dated.topic)
        if check.topic is None:
            check, ev = self._check_in_context(index, reading, text, carried, of_it)
        if check.topic is None and subjects and len(reading.event_subject.split()) <= _NAME_WORDS:
            # "London's Violence Reduction Unit, set up in September 2018, ...":
            # the documents speak of the named thing but never date this event of it.
            named_thing = next((m for m in self.matcher.match(reading.event_subject) if m.topic in subjects), None)
            if named_thing is not None:
                why = f"{reading.figure.text}: the documents speak of {_quoted(reading.event_subject)} but date no {reading.event} of it."
                return replace(check, topic=named_thing.topic, reason=why), ev
        return check, ev

    def _target_missed(self, index: int, reading: Reading, text: str, carried: str, check: FigureCheck, ev: list[Evidence]) -> tuple[FigureCheck, list[Evidence]]:
        """A target the sentence says was missed, which the documents give:
        the level it speaks of is under it. Where the documents give that
        level at or over the target, for the same time, the sentence is
        wrong; otherwise the target stands as checked."""
        if not any(e.relation is Relation.SUPPORTS and _AIMED_SUBJECT.search(e.claim.subject) for e in ev):
            return check, ev
        fig = reading.figure
        under = replace(reading, figure=replace(fig, qualifier="less_than"))
        period = _claim_period(under)
        if period is None:
            return check, ev  # (a target missed at some time: a level that reached it at another says nothing)
        level, _ = self._check_in_context(index, under, text, carried, lambda m: not _AIMED_SUBJECT.search(m.claim.subject))
        if level.topic is None:
            return check, ev
        # The documents' own figures of that level, for the sentence's time, given as they are, at or over it.
        reached = [
            i for i in self.matcher.topic_indices(level.topic)
            if comparable(fig, self.documented(i)) and self.documented(i).qualifier == "exact" and self._period_fits(period, under, i) and agreement(under.figure, self.documented(i)) is False
        ]
        if not reached:
            return check, ev
        reached = [i for i in reached if self.documented(i).period] or reached  # (those dated to it, where some are)
        claims = [self.matcher.claim(i) for i in reached]
        why = f"{fig.text}: the sentence says the target was not reached; the documents give {_list(claims[:3])} for {claims[0].subject!r}."
        shown = [Evidence(c, self.corpus.sources[c.source], Relation.CONFLICTS, 1.0, self.documented(i), index) for c, i in zip(claims, reached)]
        return replace(check, verdict=Verdict.CONFLICTING, reason=why, topic=level.topic), shown + [replace(e, relation=Relation.RELATED) for e in ev]

    def _check_in_context(
        self, index: int, reading: Reading, text: str, carried: str, restrict: Callable[[Match], bool] | None
    ) -> tuple[FigureCheck, list[Evidence]]:
        """Check the figure on its own clause, and when that names nothing
        ("..., was announced in February"), on the sentence around it."""
        subject = self._subject(reading, carried)
        check, ev = self._check_figure(index, reading, text, subject, restrict, carried)
        fig = reading.figure
        if check.verdict is Verdict.UNVERIFIED and fig.kind == "proportion" and fig.parts is not None and (not _RATE_PROPORTION.search(fig.text) or _OF_A_GROUP.match(text, fig.end)):
            # "six of the 10 boroughs": the documents may count the six.
            counted = replace(fig, value=fig.parts[0], unit="count", category=None, parts=None)
            retry, retry_ev = self._check_figure(index, replace(reading, figure=counted), text, subject, restrict, carried)
            # "six in ten of the boroughs" is six only if the group is ten: agreement tells, disagreement does not.
            rate = _RATE_PROPORTION.search(fig.text) is not None
            # "12 of the 150 schools" where the documents count the 150: the whole, not a wrong count of the 12.
            whole = retry.verdict is Verdict.CONFLICTING and any(e.relation is Relation.CONFLICTS and e.figure.value == fig.parts[1] for e in retry_ev)
            # "six of the 100 boroughs" against the documents' "six of 10 boroughs": another group.
            other_group = any(e.relation is Relation.SUPPORTS and _group_of(e.claim) not in (None, fig.parts[1]) for e in retry_ev)
            if retry.verdict is not Verdict.UNVERIFIED and not (rate and retry.verdict is not Verdict.SUPPORTED) and not whole and not other_group:
                return replace(retry, figure=fig), retry_ev
        if check.verdict is Verdict.UNVERIFIED and reading.around is not None:
            # "..., and 24 new ambulances arrived at a cost of £3.9m": read
            # on the whole sentence, the money met another clause's topic
            # (which gives no such figure), or too many words to be the
            # documents' cost; the clause the amount before it opened with
            # "and" is the one it is in.
            conjoined = conjoined_scope(text, fig, reading.around.figures)
            if conjoined is not None and conjoined != reading.scope:
                again = replace(reading, scope=conjoined)
                retry, retry_ev = self._check_figure(index, again, text, self._subject(again, carried), restrict, carried)
                if retry.verdict is not Verdict.UNVERIFIED:
                    return retry, retry_ev
        # Each wider reading is read from the sentence only when the one
        # before it named nothing: most clauses name their topic.
        for wider in (lambda: reading.phrase, lambda: reading.sentence_scope):
            if check.topic is not None:
                break
            other = wider()
            if other and other != reading.scope:
                again = replace(reading, scope=other)
                retry, retry_ev = self._check_figure(index, again, text, self._subject(again, carried), restrict, carried)
                if fig.kind == "date" and retry.verdict is Verdict.CONFLICTING:
                    # The rest of the sentence is about another moment
                    # ("..., a month before the Mayor replied in July 2018").
                    continue
                if retry.topic is not None:
                    check, ev = retry, retry_ev
                    # A wider reading ("seized knives and firearms") must not
                    # drop who the clause says acted ("Police Scotland seized
                    # ...") or what it names ("The Young Londoners Fund has ...").
                    first_index = self.matcher.topic_indices(retry.topic)[0]
                    own = self.matcher.match(reading.scope)
                    named = any(_named(m) for m in own if m.topic == retry.topic) or not reading.lead
                    # (Not whose account it is: "the trust's board paper puts ... at".)
                    body = self._unnamed_body(_SOURCE_OF_A_FIGURE.sub(" ", reading.scope), first_index) or (None if named else self._names_another(reading.lead, retry.topic, first_index))
                    if body is not None and check.verdict is not Verdict.UNVERIFIED:
                        why = f"{fig.text}: the sentence ties it to {body!r}, which the documents do not name for it."
                        check, ev = replace(check, verdict=Verdict.UNVERIFIED, reason=why), [replace(e, relation=Relation.RELATED) for e in ev]
        return check, ev

    def _subject(self, reading: Reading, carried: str) -> str:
        scope = f"{reading.scope} {reading.event}" if reading.event else reading.scope
        if reading.stance is not Stance.CHANGE and reading.figure.kind in ("count", "money"):
            # "Sessions rose from 1,204 in 2023-24 to 1,846 in 2024-25": the
            # levels count sessions; the verb says how they moved, and is no
            # word of theirs (it would match the documents' "rise in
            # sessions", a change, before their sessions held).
            scope = _MOVED.sub(" ", scope)
        if carried and carried.lower() not in scope.lower():
            return f"{carried} {scope}"
        return scope

    def _outcome_rank(self, fig: Figure, reading: Reading, topic: str) -> int:
        """0 if a documented figure of `topic` agrees with `fig`, 1 if one
        disagrees, 2 if none tells (another period, too vague). A date the
        claim gives more precisely than the documents ("12 May 2022" against
        "May 2022") ranks as one that tells: it is the same moment, said
        with less, and another event's date that disagrees is not preferred."""
        period = _claim_period(reading)
        rank = 2
        for index in self.matcher.topic_indices(topic):
            doc = self.documented(index)
            if comparable(fig, doc) and self._period_fits(period, reading, index):
                outcome = self._outcome_of(fig, reading, index)
                if outcome is True:
                    return 0
                if outcome is False or outcome is None and fig.kind == "date" and date_within(fig, doc):
                    rank = 1
        return rank

    def _swapped_in_its_sentence(self, text: str, subject: str, best: Match) -> tuple[str, str] | None:
        """A name of the figure's sentence, outside the words matched, that
        swaps a word of the chosen documented thing's name (`Matcher.substitution_in`):
        "Work on the Corvell Hub finished in February, and the hub opened on 14 March"."""
        if text == subject or not CAPITALISED_WORD.search(text, 1):
            return None
        return self.matcher.substitution_in(text, best.index)

    def _bounds_its_figure(self, fig: Figure, reading: Reading, topic: str, scores: dict[int, float]) -> float:
        """The best score of a figure `topic` gives exactly, for the claim's
        period, that `fig` is a strict bound on (`_bound_at`); -1 if none."""
        if fig.qualifier not in _STRICT_BOUNDS:
            return -1.0
        period = _claim_period(reading)
        at = [i for i in self.matcher.topic_indices(topic) if _bound_at(fig, self.documented(i)) and self._period_fits(period, reading, i)]
        return max((scores.get(i, 0.0) for i in at), default=-1.0)

    def _gives_its_value(self, fig: Figure, topic: str) -> bool:
        """Whether `topic` gives `fig`'s very figure, whatever its period."""
        return any(comparable(fig, self.documented(i)) and agreement(fig, self.documented(i)) is True for i in self.matcher.topic_indices(topic))

    def _period_fits(self, period: Period | None, reading: Reading, index: int) -> bool:
        """Whether the claim's period is the documented figure's at `index`:
        `_same_period`; where the documents say "over the year", the year
        their title names; or a period the documents call by its name ("over
        the spending review period") which the sentence names, however it
        measures it ("across the three-year spending review period")."""
        documented = self.documented(index).period
        if period is not None and documented is None and period.key.startswith(OWN_STRETCH_KEYS):
            said = own_stretch(self._subject_at(index))
            if said is not None and not said.same_as(period):
                return False  # "in its second year" against "Nightlink passengers in its first year"
        if period is not None and period.kind == "duration" and not self._dated_alike(reading, period, self.matcher.claim(index).as_of):
            return False  # "In one week in June 2021, ... 615 sweeps": the documents' week was in June 2018
        if period is not None and period.ends and not self._ends_alike(period.ends, index):
            return False  # "in the year to March 2022": not the documents' year to March 2024, nor one they do not date
        if period is not None and period.kind == "window" and "/" in period.key and _read_kind(documented) == "total":
            began = self._running_from(index)
            if began is not None:
                # "more than 2,100 in 2023/24" against the total "since the
                # scheme began in 2021": a stretch that starts later is not it.
                return periods_compatible(began, period)
        year = self._year_meant(index)
        if year and period is not None:
            # "17,680 calls over the year", in the Annual Review 2023-24: that year.
            return _same_period(period, year)
        if period is not None and period.kind == "window" and not period.within and "/" not in period.key and period.key.startswith("--"):
            claim = self.matcher.claim(index)
            if claim.as_of is not None and (_read_kind(documented) == "running" or _is_running(claim)):
                # "since its launch, police said in September": the documents' running total as of September.
                return _in_month(period.key, claim.as_of)
        quarter = _quarter_named(self._subject_at(index)) if period is not None and period.kind == "window" and _read_kind(documented) != "window" else None
        if quarter is not None and not periods_compatible(period, quarter):
            return False  # "between July and September" against "... in the first quarter of 2025-26": April to June
        if period is not None and period.kind == "window" and "/" in period.key and documented is None and reading.stance is not Stance.CHANGE and _stretches_differ(period.key, self.matcher.claim(index).as_of):
            # "between July and September" against 27% as of April 2024 to
            # March 2025: a year is not its quarter. (Not a change: "down by
            # 9% from 315 in the same quarter of 2024-25" dates what it is
            # measured against.)
            return False
        if period is not None and period.kind == "window" and "/" in period.key and documented is None and _SUBJECT_MONTH.search(self._subject_at(index)):
            return False  # "in 2023/24" against "the mean response time in March 2024": one month's figure, not the year's
        if period is not None and period.kind == "running" and not period.key and _one_year(documented):
            # "2,140 visits since it opened" against 780 "in 2024": a total
            # from a start the sentence does not date is not one year's count.
            return False
        if _same_period(period, documented, functools.partial(self._subject_at, index)):
            return True
        if period is not None and period.kind == "window" and period.key in _YEARS_BACK and self._year_as_its_document_says(period.key, index):
            return True
        if period is not None and period.kind == "rate" and documented is None and reading.stance is Stance.CHANGE and self._states_the_rate(index, period):
            # "£110 a year off the cost" against the "cut in the annual cost",
            # curated with no period. (A change only: for levels too, a
            # never-read corpus gained a false support, by number.)
            return True
        if period is not None and A_YEAR_S_STRETCH.match(period.key):
            return False  # "the first half of the year", after "2025-26": of that year, not another's first half
        if period is not None and period.key.startswith("first ") and self._its_first_stretch(period, index):
            return True  # "in its first 14 months" against "from its launch in April 2018 up until the end of May 2019"
        if period is not None and _period_name(period.text) and self._period_called(index, period):
            return True  # "in its first year" against "grants made ... in 2023/24, its first year"
        if period is None or reading.around is None or not documented or documented[:1].isdigit() or " " not in documented:
            return False  # (the common case, tested before any period is read)
        return _names_the_period(reading.around.text, documented)

    def _year_as_its_document_says(self, relative: str, index: int) -> bool:
        """Whether the documented figure's own year is "last year" (or "this
        year") as its document, by its date, would say it: a sentence's "1,284
        last year" against the police report's 1,284 "in 2025", published in
        2026. (A sentence is read as of the documents' time.)"""
        stated = read_period(self.documented(index).period)
        source = self.corpus.sources.get(self.matcher.claim(index).source)
        if stated is None or stated.kind != "window" or not YEAR_ONLY.fullmatch(stated.key) or source is None or not source.date[:4].isdigit():
            return False
        return int(stated.key) == int(source.date[:4]) - _YEARS_BACK[relative]

    def _running_from(self, index: int) -> Period | None:
        """The running total a documented total is, as its own passage reads
        it, where that says when it began ("since the scheme began in 2021");
        None otherwise."""
        own = self._passage_reading(index)
        window = own.window if own is not None else None
        return window if window is not None and window.kind == "running" and window.key else None

    def _its_first_stretch(self, first: Period, index: int) -> bool:
        """Whether the documented figure at `index` is given for a window
        that starts when its thing did ("from its launch in April 2018") and
        is as long as the claim's first stretch."""
        window = read_period(self.documented(index).period)
        return window is not None and spans_a_first_stretch(first, window) and _FROM_ITS_START.search(self._claim_text(index)) is not None

    def _period_called(self, index: int, period: Period) -> bool:
        """Whether the documents call the period of the claim at `index` by
        the claim's name for it: its own subject does ("grants made ... in
        2023/24, its first year"), or that of a claim beside it in its
        document, of the same documented period ("average grant in 2023/24",
        next to it)."""
        if _calls_it(self._subject_at(index), period):
            return True
        own = self.documented(index).period
        return own is not None and any(self.documented(i).period == own and _calls_it(self._subject_at(i), period) for i in self._next_to(index))

    def _ends_alike(self, ends: str, index: int) -> bool:
        """Whether the documented figure at `index` is dated to when a
        stretch counted back from `ends` ends: its as-of date, else the end
        of its own stretch ("year to March 2025") or of a dated window it
        is given for ("2023-04/2024-03")."""
        moment = self.matcher.claim(index).as_of
        if moment is not None:
            moment = moment.rsplit("/", 1)[-1]  # (as of a span, "2022-10/2025-03": where it ends)
        else:
            own = read_period(self.documented(index).period)
            moment = own.ends if own is not None and own.ends else None
            if own is not None and own.kind == "window" and own.key[:1].isdigit():
                moment = own.key.rsplit("/", 1)[-1]
        return moment is not None and same_at_precision(moment, ends)

    @staticmethod
    def _dated_alike(reading: Reading, period: Period, as_of: str | None) -> bool:
        """Whether a stretch the sentence gives ("in one week") may be the
        documented one as of `as_of`: it is dated right after ("in one week
        *in June 2021*") at that time, or not dated at all. (Not a date of
        another event: "launched in 2019 with £3m over three years".)"""
        if as_of is None or reading.around is None:
            return True
        text = reading.around.text
        at = text.find(period.text)
        if at < 0:
            return True
        end = at + len(period.text)
        dates = [
            f.value for f in reading.around.figures
            if f.kind == "date" and isinstance(f.value, str) and f.value[:4].isdigit() and (end <= f.start <= end + _DATED_RIGHT_AFTER or at - _DATED_RIGHT_AFTER <= f.end <= at)
        ]
        return not dates or any(d.startswith(as_of) or as_of.startswith(d) for d in dates)

    def _year_meant(self, index: int) -> str:
        """Where the documented claim at `index` says "over the year" (or
        "this year"), the one year or financial year its document's title
        names ("Annual Review 2023-24"); "" otherwise. Worked out once per
        claim: every comparison asks."""
        year = self._years.get(index)
        if year is None:
            period = self.documented(index).period
            year = ""
            if period and period.lower() in _THE_YEAR:
                years = _TITLE_YEAR.findall(self.corpus.sources[self.matcher.claim(index).source].title)
                year = years[0] if len(years) == 1 else ""
            self._years[index] = year
        return year

    def _its_measure_of_this_kind(self, matches: list[Match], first: Match, fig: Figure, accepts: Callable[[Match], bool]) -> Match | None:
        """Where the thing the words matched (`first`) has no figure of
        `fig`'s kind, a topic that has one and whose name the sentence gives
        (its score passes), all but the words `first` holds: "The five
        bulge classes opened this term cost £1.35m" names the classes'
        cost; the opening is the documented count of the classes."""
        for m in matches:
            if m.score < self.threshold:
                break  # (best first)
            if m.misses_a_name_word or m.topic == first.topic or m.substitution is not None or m.precision >= self.min_precision or not self._gives(m.topic, fig):
                continue
            joined = m.joined_with(first)
            if joined.precision >= self.min_precision and accepts(joined):
                return joined
        return None

    def _gives(self, topic: str, fig: Figure) -> bool:
        """Whether the documents give `topic` a figure `comparable` with
        `fig`: which kinds a topic gives is worked out once per topic."""
        kinds = self._topic_kinds.get(topic)
        if kinds is None:
            kinds = self._topic_kinds[topic] = frozenset(self.documented(i).kind for i in self.matcher.topic_indices(topic))
        return fig.kind in kinds or (fig.kind in SHARE_KINDS and not kinds.isdisjoint(SHARE_KINDS))

    def _outcome_of(self, fig: Figure, reading: Reading, index: int) -> bool | None:
        """`_outcome` of `fig` (read as `reading`) against the documented figure
        at `index`. Kept for the figure being checked: weighing its topics
        and judging the chosen one ask for the same documented figures."""
        kept_fig, kept_reading, period, after_an_event, outcomes = self._outcomes
        if kept_fig is not fig or kept_reading is not reading:
            # The figure's period, and whether it counts from an event, read once for all its outcomes.
            period, after_an_event, outcomes = _claim_period(reading), _counted_after_an_event(reading), {}
            self._outcomes = (fig, reading, period, after_an_event, outcomes)
        if index not in outcomes:
            documented = self.documented(index)
            if reading.stance in (Stance.ASSERTED, Stance.CHANGE) and period is not None and period.kind == "rate" and documented.period is None and self._states_the_rate(index, period):
                # "about 310 sessions a week" against "sessions a week, on
                # average", curated with no period: the same rate both sides.
                # (Only for a level the sentence asserts, or a change: an
                # earlier level's rate is mostly the later one's, read for it too.)
                documented = replace(documented, period=period.key)
            outcomes[index] = _outcome(fig, period, documented, reading.dated, after_an_event)
        return outcomes[index]

    def _states_the_rate(self, index: int, period: Period) -> bool:
        """Whether the documented claim at `index`, curated with no period,
        states the rate `period` is in both its subject and its passage
        ("sessions a week", "the annual cost")."""
        return _rate_in_subject(self._subject_at(index)) == period.key == _rate_in_subject(self.matcher.claim(index).passage)

    def _swapped_name(self, matches: list[Match], first: Match) -> Match | None:
        """A match of the figure's words that they name by a swapped name
        ("London Youth Fund" for "Young Londoners Fund"), no documented
        thing's own, where `first` names nothing in full: what the sentence
        names is another thing of that kind, not `first`'s, however well its
        words match."""
        if first.names_in_full:
            return None
        for m in matches:
            swap = m.substitution if m.topic != first.topic else None
            if swap is None or not swap_of_a_kind(swap):
                continue
            if tuple(swap[0].lower().split()) not in self._documented_names():
                return m
        return None

    def _related(self, m: Match, index: int | None = None) -> Evidence:
        claim = m.claim
        return Evidence(claim, self.corpus.sources[claim.source], Relation.RELATED, m.score, self.documented(m.index), index)

    def _accepts(self, references: bool = True) -> Callable[[Match], bool]:
        """A match is accepted on the words around the figure (the usual
        threshold), or by identity: the sentence names the documented thing
        in full, or by the head of its name no other thing shares ("the
        taskforce"), however much else it says, and names nothing the
        documents do not know (a place, another body)."""
        threshold, min_precision = self.threshold, self.min_precision

        def accepts(m: Match) -> bool:
            # The proper-name check last: it costs the most, and most matches fail the others.
            if m.score >= threshold and m.precision >= min_precision:
                return self._swaps_no_name(m)
            if m.precision < IDENTITY_MIN_PRECISION:
                return False
            return _named(m, references) and self._swaps_no_name(m)

        return accepts

    def _swaps_no_name(self, m: Match) -> bool:
        """Whether the claim names no other thing in place of the documented
        one (see `Match.substitution`). The body that published the claim's
        document is no swap when named beside a thing of another kind:
        "Hollinwick-shire County Council opened its consultation on the
        future of Hollinwick-shire Libraries" is the council acting."""
        swap = m.substitution
        if swap is None:
            return True
        return not swap_of_a_kind(swap) and self._published_it(swap[0], m.index)

    def _check_figure(
        self, index: int, reading: Reading, text: str, subject: str, restrict: Callable[[Match], bool] | None, carried: str = ""
    ) -> tuple[FigureCheck, list[Evidence]]:
        unit = _unit_said_before(text, reading.figure)
        if unit is not None:
            # "Hours lost to handover delays rose ... to 31,400": a time, in the unit its clause opens with.
            reading = replace(reading, figure=replace(reading.figure, unit=unit))
        fig = reading.figure
        matches = self.matcher.match(subject)
        scores = {m.index: m.score for m in matches}
        accepts = self._accepts(references=not carried or carried not in subject)
        if restrict is not None:
            accepts = _also(restrict, accepts)

        def unverified(why: str, topic: str | None = None, shown: list[Match] | None = None) -> tuple[FigureCheck, list[Evidence]]:
            related = [self._related(m, index) for m in (shown if shown is not None else _closest(matches))]
            return FigureCheck(fig, Verdict.UNVERIFIED, f"{fig.text}: {why}", topic, index, reading.stance, subject), related

        waits = _waits_bounding(text, reading)
        if waits:
            matches, other = _set_apart(matches, accepts, lambda m: self._bounded_otherwise(m.index, waits))
            if other is not None:
                return unverified(f"the documents give {other.claim.subject!r}, a wait of another length than the sentence's; nothing in them counts this one.", None, [other])
        stages = _stages_of_work(reading)
        if stages:
            matches, other = _set_apart(matches, accepts, lambda m: self._staged_otherwise(m.index, stages))
            if other is not None:
                stage = ", ".join(sorted(stages))
                return unverified(f"the sentence puts it on {stage}, but the documents give {other.claim.subject!r}, another stage of the work; nothing in them measures this one.", other.topic, [other])
        # (The sentence's, where the figure's words lost them to an aside: "The
        # cheapest room, a room in Block 6 of Fenwick Halls, cost £112 a week".)
        numbered = _numbered_of(reading, subject, text)
        if numbered:
            matches, other = _set_apart(matches, accepts, lambda m: self._numbered_apart(m.index, numbered))
            if other is not None:
                return unverified(f"the sentence names {_numbered(numbered)}, but the documents give {other.claim.subject!r}, of another number; nothing in them speaks of it.", None, [other])
        across = _ACROSS_PARTS.search(text) if fig.kind in AMOUNTS else None
        label = (across.group(1) or across.group(2)).lower() if across is not None else ""
        if across is not None and not any(word == label for word, _ in numbered):
            # "Across both phases, the council has committed no more than
            # £1m": the whole, not Phase 2's £740,000. (Not an amount the
            # sentence gives one of them: "..., £740,000 of it in Phase 2".)
            matches, other = _set_apart(matches, accepts, lambda m: self._one_part_of(m.index, label))
            if other is not None:
                return unverified(f"the sentence speaks of every {label} together, but the documents give {other.claim.subject!r}, one {label} of them; nothing in them speaks of the whole.", None, [other])
        worth = _TIME_S_WORTH.match(text, fig.end) if fig.kind == "duration" else None
        if worth is not None:
            # "less than seven weeks' rent": an amount of rent, told in the
            # time it pays for; only a documented claim of rent speaks of it,
            # not the length of a tenancy.
            stem = self.matcher.known_stem(worth.group(1).lower())
            accepts = _also(accepts, lambda m: stem is not None and stem in self.matcher.own_words(m.index))
        first = next(filter(accepts, matches), None)
        swap = self._swapped_name(matches, first) if first is not None and restrict is None else None
        if swap is not None:
            # "The London Youth Fund is worth £45m": a name that swaps a word
            # of the Young Londoners Fund's is another fund; the trauma
            # centres' funding, matched on its words, is not what it names.
            return unverified(f"the sentence names {swap.substitution[0]!r} where the documents name {swap.substitution[1]!r}; no document speaks of it.", swap.topic, [swap])  # type: ignore[index]
        headed = self._headed_by_its_figure(text, reading, first) if first is not None and restrict is None and fig.kind == "money" else None
        if headed:
            # "Sadiq Khan launches £45m fund to tackle knife crime": of the
            # funds the documents name, one alone has £45m; the words beside
            # it ("knife crime") do not make it the seed fund, which has another.
            # (Its words need not say much more: the head and the figure say which it is.)
            by_figure = _of_the_thing(headed, accepts)
            meant_one = next(filter(by_figure, matches), None)
            if meant_one is not None:
                accepts, first = by_figure, meant_one
        named_first = first
        owner = self._headed_by_another(text, reading, named_first) if named_first is not None and restrict is None and fig.kind == "money" else None
        if owner is not None and named_first is not None:
            # "The £1.8m hub was funded by the Youth Opportunities Fund": the
            # amount is the hub's, written before its noun; the fund named
            # in full is what paid, not what costs £1.8m.
            # (The head and the figure say which thing it is; its other words need not.)
            word, ids = owner
            accepts = _of_the_thing(ids, accepts)
            first = next(filter(accepts, matches), None) or self._thing_s_money(ids, fig)
            if first is None:
                return unverified(f"the sentence gives it to the {word} it is written before, not to {named_first.claim.subject!r}.", named_first.topic, [named_first])
            matches = [first, *matches]
        if first is None and restrict is None:
            meant = self._meant_by_its_figure(matches, reading)
            if meant:
                # "how the £45m fund would reach her school": of the funds the
                # documents name, one alone has £45m; the reference is to it.
                accepts = _either(accepts, lambda m: m.proper_id in meant and m.precision >= IDENTITY_MIN_PRECISION and m.substitution is None)
                first = next(filter(accepts, matches), None)
        if first is None and restrict is None:
            # "pours extra £9m into MyEnds as the crisis bites": the name right
            # after the money says what it pays for, whatever else is said.
            first = self._named_right_after(text, fig)
        if first is None:
            rejected = next(iter(matches), None)
            if rejected is not None:
                return unverified(f"nothing in the documents matches {_quoted(subject)}; closest was {rejected.claim.subject!r} ({self._why_rejected(rejected)}).")
            if subject.strip():
                return unverified(f"nothing in the documents matches {_quoted(subject)}.")
            return unverified("the claim has no words besides its figures to match.")
        # And the place that opens the sentence, before any attribution cut it
        # away: "In New York, ..., the police department says it took 3,000 guns".
        opening = _OPENING_PLACE.match(text) or (None if first.names_in_full else _opening_owner(text))
        foreign = (
            # (An earlier level after its later one, "rose to 233, from 204",
            # has the later one's clause for its words: "Assaults on Metrolink staff".)
            self.matcher.foreign_names(reading.scope if reading.stance is Stance.PREVIOUS else reading.near or subject)
            or self._foreign_places(reading.sentence_scope)
            or (self.matcher.foreign_places(opening.group()) if opening else ())
            or self._places_its_data_are_for(text)
        )
        # A name the documents carry in their titles ("to Caroline Pidgeon AM") is theirs.
        foreign = tuple(w for w in foreign if w.lower() not in self._source_names())
        if foreign:
            # People holding an office, the places where someone was and the
            # laws cited are not whose the figure is.
            people = self.matcher.office_holders(text) | self.matcher.venue_names(text) | self.matcher.statute_words(text)
            foreign = tuple(w for w in foreign if w not in people)
            around = reading.around.figures if reading.around else []
            foreign = tuple(w for w in foreign if not _only_in_a_later_figures_clause(text, fig, w, around))
        if foreign:
            # "135 knives at Gatwick airport", "In Kent, 970 knives ...": the
            # documents never name the place or body the figure is tied to,
            # so none can speak to it. (The topic is kept: it was matched, and
            # no narrower reading of the sentence may undo the veto.)
            return unverified(f"the sentence ties it to {', '.join(repr(w) for w in foreign)}, which no document mentions; the documents cannot speak to it.", first.topic)
        # Where the sentence opens, or right after the figure ("910 knives
        # outside London"); not a place said of something else ("gangs that
        # operate beyond the M25, as the Mayor promoted his £5.6m scheme").
        # (Up to the next figure: "910 knives in London and 120 outside it".)
        opening_apart = _OPENING_APART.match(text)
        later = next((f.start for f in (reading.around.figures if reading.around else []) if f.start >= fig.end), len(text))  # (in order: the next)
        upto = min(later, fig.end + _AFTER)
        elsewhere = self._elsewhere_than(text[fig.end : upto], first) or (self._elsewhere_than(opening_apart.group(), first) if opening_apart else None)
        if elsewhere is not None:
            # "Outside London, 910 knives ...", "in the rest of the country":
            # said of everywhere but a place, which the documents do not.
            return unverified(f"the sentence gives it for {elsewhere!r}; the documents give it for {first.claim.subject!r}.", first.topic, [first])
        if fig.kind == "money":
            at = _past_aside(text, fig.end)
            funded = self.matcher.funded_word(text[at : at + _AFTER])
            if funded is not None and funded[1] is None:
                # "£5.6m for a new rescue helicopter": what the money is for is
                # a word no document uses, so no document can speak to it.
                return unverified(f"the documents never mention {funded[0]!r}, what this money is said to be for.")
        if fig.kind == "count":
            purpose = _PURPOSE_AFTER_NOUN.match(text, fig.end, min(len(text), fig.end + _AFTER))
            if purpose and _ON_THE_BOOKS.match(text, purpose.start("prep") - 1):
                purpose = None  # "1,380 students on its books": registered with it, an idiom, not what they are for
            funded = self.matcher.funded_word(text[purpose.start("prep") - 1 : fig.end + _AFTER]) if purpose else None
            if funded is not None and funded[1] is None:
                # "166 arrests for drug dealing": what is counted is for something no document mentions.
                return unverified(f"the documents never mention {funded[0]!r}, what is counted here is said to be for.")
        counted = self.matcher.counted_word(text[fig.end : fig.end + _AFTER]) if fig.kind == "count" and not reading.members else None
        whole = self._whole_counted(text, reading) if counted is None and fig.kind == "count" and not reading.members else None
        if whole is not None:
            # "watched 240 video clips and referred 16 of them": the 16 are clips too.
            counted = self.matcher.counted_word(text[whole.end : whole.end + _AFTER])
        paired = _PAIRED_COUNT_AFTER.match(text, fig.end) if counted is None and fig.kind == "count" and not reading.members else None
        if paired is not None:
            # "recovered not 910 but 1,910 knives", "between 40 and 60 staff":
            # the count's noun is the one after the count it is paired with.
            counted = self.matcher.counted_word(text[paired.end() : paired.end() + _AFTER])
        if counted is not None and (counted[0].lower() in _PERSONS or self.matcher.known_stem(counted[0]) is None):
            # "900 people were arrested", or "arresting 87 people": what was done to them.
            done = _DONE_TO.match(text, fig.end, min(len(text), fig.end + _AFTER)) or _DONE_TO_BEFORE.search(text, max(0, fig.start - 40), fig.start)
            event = self.matcher.known_stem(done.group(1)) if done is not None else None
            if done is not None and event is None:
                # "4,937 suspects were charged": the documents never speak of it.
                return unverified(f"the documents never mention {done.group(1)!r}, what was done to those counted here.")
            if done is not None and event is not None:
                # "900 people were arrested": people counted by what was done
                # to them count those acts, as the documents' "900 arrests" do.
                counted = (done.group(1), event)
        if counted is None and fig.kind == "count" and reading.replaces_end is not None and _CLAUSE_ENDS_AFTER.match(text, fig.end):
            # "Nor did it make 9,000 arrests: police made fewer than 500": the
            # figure said in place of a denied one counts what that one did.
            counted = self.matcher.counted_word(text[reading.replaces_end : reading.replaces_end + _AFTER])
        if reading.members:
            # "The 150-strong taskforce": its size, a count of its people. A
            # documented count of what it did (8,452 sweeps) is another measure.
            accepts = _also(accepts, self._counts_people)
            first = next(filter(accepts, matches), None)
            if first is None:
                return unverified(f"none of the documented subjects matching {_quoted(subject)} counts its members.")
        beside: frozenset[int] = frozenset()  # the passages next to the one the words matched (see below)
        words_matched, words_match = -1, accepts
        if counted is not None:
            # "43 staff" counts staff: a documented count of projects is not
            # about it. The name must say so; a shared passage ("910 knives,
            # 651 offensive weapons") holds other counts.
            word, stem = counted
            # "£1.4m went to 43 projects across 19 boroughs": a reporter runs
            # two sentences of a document into one. The next one's count of
            # boroughs is this count's, though only the first matched the words.
            beside = self._next_to(first.index)
            words_matched = first.index

            alike = [s for s in (self.matcher.known_stem(w) for w in _COUNTED_ALIKE.get(word.lower(), ())) if s is not None]
            heads = {s for s in (self.matcher.known_stem(w) for w in _HEADS_ALIKE) if s is not None} if word.lower() in _HEADS_ALIKE else set()

            def accepts(m: Match) -> bool:
                if not (words_match(m) or (m.index in beside and self._counted_head(m) == stem)):
                    return False
                said = stem in self.matcher.names_vocabulary_of(m.index) and self._said_as_counted(m, stem)
                if not said and alike and any(s in self.matcher.names_vocabulary_of(m.index) for s in alike):
                    return True  # "drew 1,412 responses": the documents' "people who completed the survey"
                if not said and heads and self._counted_head(m) in heads:
                    return True  # "38 home care agencies": the documents' "home care providers"
                # "Fewer than 1,000 people in cardiac arrest ...": "people" counts
                # whoever the documents' count is of, patients as well as pupils.
                anyone = word.lower() in _ANYONE and self._passage_counts_people(m)
                if not said and not anyone and self._passage_counts(m.index) != stem:
                    return False
                if not anyone and not self._counts_its_head(m, stem):
                    return False
                # "reached 2,500 young Londoners" counts people; the documents'
                # "2,500 summer activities" young Londoners get do not.
                return not (word.lower() in _PERSONS and self._passage_counts_things(m))

            first = next(filter(accepts, matches), None)
            if first is None:
                return unverified(f"none of the documented subjects matching {_quoted(subject)} counts {word!r}.")
        # The accepted matches of topics that give a figure of this kind.
        # Acceptance is asked first: a topic's kinds are read from all its
        # documented figures, which in a large cached corpus means decoding
        # each of its claims, while most matches fail acceptance on their
        # scores alone (and a proper-name check is remembered per match).
        # "£7m to community groups and grassroots initiatives and £250,000 to
        # projects ...": who the money went to, said in the documents' own
        # words, decides the topic; no other topic may win by agreeing.
        contenders = _by_topic(matches, lambda m: accepts(m) and self._gives(m.topic, fig))
        # (A lookup of its own, so asked only where it can decide: when the
        # words leave no topic, or the sentence gives several amounts.)
        leading = next(contenders, None)
        several = reading.around is not None and sum(f.kind == "money" for f in reading.around.figures) > 1
        recipient = None
        if fig.kind == "money":
            # Else the one topic among the matches whose subject holds them:
            # "Khan grants £7m to community groups and grassroots initiatives"
            # is about those the documents give £250,000, though another grant agrees.
            recipient = self._recipient(text, fig) if leading is None or several else self._recipient_among(matches, text, fig)
        candidates = iter([recipient]) if recipient is not None else itertools.chain([leading] if leading else [], contenders)
        # The name right after the money says what it is the budget of,
        # however long the sentence around it (a round trip of a 70-word
        # sentence naming three schemes needs this). A lookup of its own, so
        # asked only when the words around the figure found no topic, or
        # when a disagreement may rest on it, and then once.
        named = _once(lambda: self._named_right_after(text, fig))

        # Among the few best accepted topics ("arrests": by the Met, or during
        # Operation Winter Nights?), prefer the one whose figures agree with
        # the claim's, then one whose figures tell either way. Every one of
        # them passed the acceptance rules; the words alone often cannot
        # choose between an entity's measures.
        best: Match | None = None
        best_rank = 3
        bounded = -1.0  # the best score of a figure a contender gives that the claim's bound is at
        at_bounds: dict[str, float] = {}  # each contender's own such score (see _bounds_its_figure)
        for m in itertools.islice(candidates, MAX_CONTENDING_TOPICS):
            if fig.kind == "date" and best is not None and best.alias_named and not m.alias_named:
                # "the Police and Crime Plan ... 2016 to 2020": the dates of
                # what the sentence names, not another thing's that agree.
                continue
            if bounded > m.score:
                break  # "fewer than 1,140 homes": a better-matched topic's own 1,140, bounded; another's 1,090 is not what it speaks of
            at_bound = at_bounds[m.topic] = self._bounds_its_figure(fig, reading, m.topic, scores)
            bounded = max(bounded, at_bound)
            rank = self._outcome_rank(fig, reading, m.topic)
            if at_bound >= 0 and best is not None and best_rank >= 1 and at_bounds[best.topic] < 0:
                # "more than £1.35 million": the forecast of £1.35m it is bound
                # at, not a better-matched topic that cannot tell or disagrees.
                best, best_rank = m, rank
                continue
            # A later contender wins by agreeing, or by disagreeing where the
            # better-matching one cannot tell only if the sentence names it:
            # a count of another measure that merely shares a noun
            # ("offensive weapons") is no contradiction.
            if rank == 0 and best is not None and self._names_what_it_lacks(reading.lead, best, m) and not self._names_what_it_lacks(reading.lead, m, best):
                continue  # "The bin at Millbeck ... taking in 318": the St Aldric's bin's 318 agrees, but the sentence names Millbeck's
            if rank == 0 and best is not None and fig.kind == "money" and _measured_as(text, fig, best.claim.subject, m.claim.subject):
                continue  # "The Lido's budget is £1.35m": the forecast's £1.35m agrees, but the sentence says budget
            if rank == 0 and best_rank == 1 and best is not None and fig.qualifier in _ONE_SIDED and not _named(m):
                # "will cost more than £1.35 million": a bound agrees with any
                # figure past it, so a worse-matched topic's £1.8m a year is no
                # support where the better-matched forecast of £1.35m tells.
                continue
            if best is not None and fig.qualifier in _ONE_SIDED and self._a_place_s_share(text, m, best):
                # "Fewer than 300 young people were supported by Homeward":
                # the service's 377, not the 281 of one city the sentence
                # never names, which the bound happens to fit (or another
                # city's 96, which it does not).
                continue
            if rank <= 1 and best is not None and at_bounds[best.topic] >= 0 and fig.qualifier in _ONE_SIDED and (_named(best) or not _named(m)):
                # "more than (or fewer than) 1,384 offences in Dunmarsh": bound at
                # the better-matched topic's own 1,384, it speaks of that; the
                # force area's 2,296, past the bound or not, is not of it.
                continue
            if rank == 1 and best_rank == 2 and best is not None and fig.kind in AMOUNTS and self._gives_its_value(fig, best.topic):
                # "reached 2,140 pupils since April": the better-matched
                # topic's 2,140 since September is the measure, at another
                # period; a worse-matched topic's "no more than three pupils
                # a group" is no conflict.
                continue
            if rank < best_rank and (best is None or rank == 0 or _named(m) and not self._only_it_unnamed(text, m, best, fig)) and not self._a_part_for_the_whole(text, m, best, fig):
                best, best_rank = m, rank
            elif best is not None and rank <= 2 and _named(m) and self._a_part_for_the_whole(text, best, m, fig):
                # "weapons handed in through the Safe Surrender bins": the
                # bins' total, not the Millbeck bin's, which the sentence never names.
                best, best_rank = m, rank
            if rank == 0 and not (best is m and fig.kind in AMOUNTS and self._an_unnamed_part(m, text)):
                break  # nothing beats agreement: the rest need not be weighed (but the whole the sentence speaks of beats a part's)
        if best is None:
            best = named()
        topic = best.topic if best is not None else None
        if topic is None or best is None:
            best = self._its_measure_of_this_kind(matches, first, fig, accepts)
            topic = best.topic if best is not None else None
        if topic is None or best is None:
            m = first
            return unverified(f"the documents speak of {m.claim.subject!r} but give no {fig.kind} figure for it.", m.topic, [m])
        # (Within reach of the figure: a hostile run-on sentence is not read to its ends per figure.)
        near = text[max(0, fig.start - _DENIAL_REACH) : fig.end + _DENIAL_REACH] if best.names_in_full else ""
        denied = _named_only_as_denied(near, best.named_run()) if "not" in near else None
        if denied is not None:
            # "The Violence Reduction Unit, not the Young Londoners Fund, is
            # worth £45m": the sentence names the fund only to deny it the figure.
            return unverified(f"the sentence says the figure is not that of {denied!r}.", best.topic, [best])
        amount_s = self._thing_of_its_amount(text, reading, best) if fig.kind == "date" and not best.names_in_full else None
        if amount_s is not None:
            # "A £250,000 fund to tackle knife crime was set up in June 2017":
            # the £250,000 fund is the seed fund, so the date is not the
            # Young Londoners Fund's, whatever else the words match.
            return unverified(f"the sentence's {amount_s[0]} is the documents' {amount_s[1]!r}, so the date is not that of {best.claim.subject!r}.", best.topic, [best])
        actor = None if best.referenced and not best.names_in_full else self.matcher.unknown_actor(reading.sentence_scope or subject)
        said_as_body = actor is not None and (
            _ENDS_AS_BODY.search(actor) or _BODY_AFTER_NAME.match(reading.sentence_scope or subject, (reading.sentence_scope or subject).find(actor) + len(actor))
        )
        if actor is not None and best.names_in_full and not said_as_body:
            # The sentence names the documented thing: an unknown name that
            # opens it is someone else's body ("The West Midlands violence
            # reduction partnership is to put £9m ...") only when called one;
            # a person ("Sophie Linden and the Met commissioner went ...") may
            # act for the documents' own.
            actor = None
        if actor is not None and _PERSON_TITLE.match(actor) and self._in_its_passage(actor, best):
            actor = None  # "Councillor Quayle asked why ...": a person the documented passage names too
        if actor is not None and _THE.sub("", actor).lower() in self._claim_text(best.index):
            actor = None  # "The Department for Transport awarded ...": the documented "Department for Transport grant"
        if actor is not None:
            return unverified(f"the sentence says {actor!r} did it, a name no document uses; the documents speak of {best.claim.subject!r}.", best.topic, [best])
        # ("..., and the partnership issued 68": not the body the sentence opens with.)
        other_body = self._another_known_body(reading.sentence_scope or subject, best) if not _OWN_SUBJECT.match(reading.scope) else None
        if other_body is not None:
            # "The Valley Transport Board ... fielded 812 complaints": a body
            # the corpus knows, where the documents give the 812 to the operator.
            return unverified(f"the sentence says {other_body!r} did it; the documents give it for {best.claim.subject!r}, and never name {other_body!r} for it.", best.topic, [best])
        turned = self._place_s_noun_turned(reading, best)
        if turned is not None:
            # "326 Calderbrook children were offered places at Ravensford
            # schools": the documents' 326 are Ravensford children at
            # Calderbrook schools; their Calderbrook children are another count.
            said, theirs = turned
            named = next((m for m in matches if m.topic != best.topic and accepts(m) and said[1] in {pair for pair, _ in self._places_before_nouns(m.claim.subject)} and self._gives(m.topic, fig)), None)
            given = self._conflicting_for(index, reading, scores, named, said[0]) if named is not None else None
            return given or unverified(f"the sentence speaks of {said[0]!r}; the documents give it for {best.claim.subject!r}, of {theirs!r}.", best.topic, [best])
        swapped = self._swapped_in_its_sentence(text, subject, best)
        if swapped is not None:
            # "Police made 900 arrests during Corvell Nights, taking more than
            # 350 weapons off London's streets": the 350's words match
            # Operation Winter Nights' weapons, but its sentence says whose they are.
            return unverified(f"the sentence names {swapped[0]!r} where the documents name {swapped[1]!r}.", best.topic, [best])
        other = self._named_otherwise(reading, text, best) or self._owed_to_another(reading, best) or (self._owned_by_it(text, fig, best) if fig.kind in AMOUNTS else None) or (
            (self._police_pays(reading.lead, best.index) or self._police_pays(text, best.index)) if fig.kind == "money" else None
        )
        if other is not None and self._launch_it_counts_from(text, other, best):
            other = None  # "grown by half since Dusklight launched": the launch the documents count from
        if other is not None:
            # "The Young Londoners Fund has handed £1.4m to 43 projects": the
            # documents give it for the seed fund, which the sentence never names.
            return unverified(f"the sentence names {other!r}, but the documents give this for {best.claim.subject!r}.", best.topic, [best])
        numbered = self._numbered_otherwise(reading.lead, text, best.index) or self._coded_otherwise(reading.lead, best.index)
        if numbered is not None:
            # "Passengers on the 42 bus make about 4,000 journeys a month":
            # a thing called by its number, which the documents' figure of
            # a like measure (Fieldhopper's journeys) never gives.
            return unverified(f"the sentence speaks of {numbered!r}, which the documents do not name for {best.claim.subject!r}.", best.topic, [best])
        bought = self._bought_another_thing(text, fig, best) if fig.kind == "money" else None
        if bought is not None:
            # "The council spent £385,000 on sandbags": the documents' £385,000
            # is the whole emergency response; sandbags are another topic's.
            return unverified(f"the sentence says it went on {bought!r}, which the documents never give it for; they give it for {best.claim.subject!r}.", best.topic, [best])
        recipient = self._another_recipient(reading.scope, best) if fig.kind in AMOUNTS else None
        if recipient is not None:
            # "Redthread was allocated £1.4m from the seed fund": the seed
            # fund's £1.4m went to 43 projects, none of them named so.
            return unverified(f"the sentence says {recipient!r} got it; the documents do not name it for {best.claim.subject!r}.", best.topic, [best])
        surveyor = self._another_surveyor(text, best)
        if surveyor is not None:
            # "A survey by the Reading Rooms Trust found that 63% ...": the
            # documents' 63% is another survey's, with other people asked.
            return unverified(f"the sentence says a survey by {surveyor[0]!r} found it; the documents give it from {surveyor[1]!r}, not from that survey.", best.topic, [best])
        alike = _ANOTHER_LIKE_IT.search(reading.lead) if reading.lead else None
        if alike is not None:
            # "A taskforce modelled on London's recovered 910 knives": another
            # thing of the kind, made like the documented one, not it.
            return unverified(f"the sentence speaks of {' '.join(alike.group().split())!r}, another thing like {best.claim.subject!r}, not it.", best.topic, [best])
        wider = self._wider_than(text, best)
        if wider is not None:
            # "Nationally, 970 knives ...", "Across the whole of the
            # Metropolitan Police, 4,937 suspects ...": the documents give it
            # for a part, not for the whole the sentence speaks of.
            return unverified(f"the sentence gives it for {wider!r}; the documents give it for {best.claim.subject!r}.", best.topic, [best])
        part = self._a_part_s_figure(text, fig, matches, accepts, best)
        if part is not None:
            # "The borough had 1,108 licensed HMOs": the documents' 1,108 are
            # Cobb Hill's, and they give the borough's own figure, 2,316.
            check, evidence = self._judge(index, reading, part[1].topic, scores)
            return replace(check, reason=f"{fig.text}: the documents give {best.claim.figure} for {best.claim.subject!r}, a place the sentence does not name; {check.reason.split(': ', 1)[-1]}"), evidence
        stage = _another_stage(text, fig, best.claim)
        if stage is not None:
            at_stage = self._at_the_stage_said(text, fig, reading, matches, accepts, best)
            if at_stage is None:
                # "43 projects applied for seed funding", "150 schools refused the
                # offer": the documents' 43 were funded, their 150 took it up.
                return unverified(f"the sentence counts what was {stage[0]} ({stage[1]!r}); the documents give it for {best.claim.subject!r}.", best.topic, [best])
            # "Of the 498 applications ..., 452 were approved": the words
            # matched the applications best, but the stage said is granted's.
            best, topic = at_stage, at_stage.topic
        # (A date is when, not how many: "... alone since it was launched last September".)
        one = self._one_of_many(reading.scope, best, text) if fig.kind != "date" else None
        if one is not None:
            # "In one borough alone, the taskforce arrested 4,937 suspects":
            # the documents give it for the whole, the sentence for one part.
            return unverified(f"the sentence gives it for {one!r}, a part of the whole; the documents give it for {best.claim.subject!r}.", best.topic, [best])
        modifier = self.matcher.foreign_modifier(reading.sentence_scope or subject, best.index)
        if modifier is not None:
            return unverified(f"the sentence gives {best.claim.subject!r} to {modifier!r}, a name no document uses.", best.topic, [best])
        # Where the figure's own clause names a place of the corpus, that
        # clause says whose it is: "..., while Millgate lost two" is
        # Millgate's, whatever the clause before it (its words read for a
        # clause that names nothing measured) names.
        # (Before the figure, or after it where the clause opens with it: "22 are in Saltings, 17 in ...".)
        owner = self._owner_said(reading, text, best.index)
        if owner is not None and self.matcher.known_stem(owner.split()[-1].lower()) in self._home_stems():
            # The corpus's home, refused because best's passage goes on to a
            # part ("most of them in Stanwell Park"): another claim of the
            # topic that names no other place ("reception places unfilled
            # across the city") gives the home's figure.
            same = next((m for m in matches if m.topic == best.topic and m.index != best.index and accepts(m) and self._owner_said(reading, text, m.index) is None), None)
            if same is not None:
                best, owner = same, None
        body = self._another_body_s(reading, matches, accepts, best) if owner is None and fig.kind in AMOUNTS else None
        if body is not None:
            # "The health board is putting £900,000 into the Compact": the
            # council's £900,000; for the health board the documents give £1.5m.
            given = self._conflicting_for(index, reading, scores, body[1], body[0])
            if given is not None:
                return given
        if owner is not None:
            named = self._named_for(owner, fig, matches, accepts, best)
            if named is not None:
                # "In Dunstreath, volunteers now run 14 libraries": the 14 is
                # Kellavon's; for Dunstreath the documents give another.
                given = self._conflicting_for(index, reading, scores, named, _name_holding(text, owner))
                if given is not None:
                    return given
            return unverified(f"the sentence gives it to {_name_holding(text, owner)!r}, which the documents do not name for {best.claim.subject!r}.", best.topic, [best])
        share = self._share_unnamed(text, reading, best.index)
        if share is not None:
            # "Boxing accounted for £864,000 of the scheme's spending": the
            # whole's £864,000, given as one part's share of it.
            return unverified(f"the sentence gives it as one part's share of a whole ({share!r}); the documents give it for {best.claim.subject!r}, and never name that part for it.", best.topic, [best])
        payer = self._other_payer(reading, best.topic) if fig.kind == "money" else None
        if payer is not None:
            return unverified(f"the sentence says {payer[0]!r} paid it; the documents give it as {payer[1]!r}.", best.topic, [best])
        # (Not who counted it: "against the council's figure of 41" says whose the number is, not whose the thing.)
        body = self._unnamed_body(_SOURCE_OF_A_FIGURE.sub(" ", subject), best.index) or self._sayer_s_own_place(text, reading)
        if body is None and reading.sayer:
            # "Haringey Council says it has found £5m": the sayer is who acted.
            body = (
                self._unnamed_body(reading.sayer, best.index)
                or next(iter(self.matcher.foreign_places(reading.sayer)), None)
                or self._unknown_body(reading.sayer)
            )
        if body is None:
            # "A survey by the Friends of Hobbern Park found that 49% ...": who
            # measured it, where the documents' figure is another's measure.
            body = self._surveyed_by_another(text, fig, best.index)
        if body is not None:
            # "The government has handed £7m to ...": the documents say who
            # gave it, and it is not who the sentence says.
            return unverified(f"the sentence ties it to {body!r}, which the documents do not name for {best.claim.subject!r}.", best.topic, [best])
        newest = self._newer_than_the_documents(reading, topic)
        if newest is not None:
            # "In May 2024 Khan put a further £14.5m into MyEnds": documents
            # published in 2022 cannot speak to it, for or against.
            return unverified(f"the sentence speaks of {reading.window.text if reading.window else ''}, after the documents on {best.claim.subject!r} were written (the newest is dated {newest}).", best.topic, [best])
        check, evidence = self._judge(index, reading, topic, scores)
        # (The matched claim's own subject first: most are no aim, and reading a topic's every claim costs.)
        if check.verdict is Verdict.UNVERIFIED and fig.kind != "date" and _AIMED_SUBJECT.search(best.claim.subject) and self._aims_only(topic) and not _AIMED_SENTENCE.search(text):
            # "500 landlords now hold accreditation": the documents' 500 is
            # the council's target; their count of accredited landlords, where
            # the words match it too, is what the sentence speaks of. (So with
            # a time: "the average time ... did not drop below 8 minutes".)
            level = next((m for m in matches if m.topic != topic and not _AIMED_SUBJECT.search(m.claim.subject) and accepts(m) and self._gives(m.topic, fig)), None)
            if level is not None:
                best, topic = level, level.topic
                check, evidence = self._judge(index, reading, topic, scores)

        def pinned() -> bool:
            if counted is not None and self._counts_the_same(counted[1], text[fig.end : fig.end + _AFTER], best):
                return True
            if reading.replaces_end is not None and _named(best):
                # "nowhere near 1,660 arrests for offensive weapons; the true
                # figure was 16": the correction of a figure the sentence tied
                # to the thing it names measures it.
                return True
            if fig.kind == "date" and reading.event and _named(best):
                # "The Knife Crime Strategy, first published in June 2016": the
                # date of the named thing's very event the documents date.
                return self._dates_event(tokenize(reading.event), best.index)
            if _named(best) and self._only_one_over(topic, fig, _claim_period(reading)):
                # "Khan's youth fund hands out £12m a year": the thing named,
                # and the one figure the documents give it a year.
                return True
            if _named(best) and any(_slip_of(fig.value, self.documented(i).value) for i in self.matcher.topic_indices(topic) if comparable(fig, self.documented(i))):
                # "An additional £90 million for MyEnds", "25,000 summer
                # activities": the documented figure with a digit slipped, the
                # commonest error in print, not another measure of the thing.
                return True
            return getattr(named(), "topic", None) == topic

        said = reading.sentence_scope or subject
        apart = self._counted_apart(text, fig, counted, evidence, topic) if check.verdict in (Verdict.SUPPORTED, Verdict.MIXED) and counted is not None else None
        if apart is not None:
            # "53 tractor thefts" against the union's 53 thefts of GPS units:
            # the documents count tractor thefts apart, so the sentence's
            # word is another measure, not a detail the passage left out.
            why = f"{fig.text}: the sentence counts {apart[0]!r}, which the documents count apart, in {apart[1]!r}; the passages that give {fig.text} count something else."
            return _unconfirmed(replace(check, topic=None), evidence, why)
        elsewhere = self._another_place_s_agreement(reading, evidence) if check.verdict in (Verdict.SUPPORTED, Verdict.MIXED) else None
        if elsewhere is not None:
            # "Hoxcombe accounts for 530 of the children on the waiting
            # list": the documents' 530 is Drummerby's, curated in one topic
            # with every district's share; Hoxcombe's own tells.
            return self._judged_for_its_place(check, evidence, elsewhere)
        if check.verdict in (Verdict.SUPPORTED, Verdict.MIXED) and fig.kind == "count" and _OFFERED.search(said) and not _TOOK_UP.search(said):
            took = [e for e in evidence if e.relation is Relation.SUPPORTS and _TOOK_UP.search(e.claim.subject)]
            if took:
                # "Knife wands have been offered to 150 schools": the documents
                # count the schools that took the offer up, not those offered it.
                why = f"{fig.text}: the sentence counts those offered it; the documents give {_list([e.claim for e in took][:2])} for {took[0].claim.subject!r}, those that took it up."
                return _unconfirmed(check, evidence, why)
        # (Not where the figure's own words call it money set aside: "has spent £1.27m, against a budget of £3.9m".)
        # (Nor where the noun right after it does: "spent £587,300 of a £612,000 budget".)
        # (Spent in the figure's own words: "..., carrying the remaining £220,000 into the following year" is not what was spent.)
        if check.verdict in (Verdict.SUPPORTED, Verdict.MIXED) and fig.kind == "money" and _SPENT.search(reading.scope or said) and not _PLANNED.search(reading.lead or "") and not _PLANNED_AFTER.match(text, fig.end):
            # ("has so far cost £11.3m" against a scheme's total cost: what is spent yet, not the whole.)
            # (Its whole cost, however the documents word it: "cost of the Tannery Link", "estimated cost".)
            whole = _A_COST if _SO_FAR.search(said) else None
            planned = [e for e in evidence if e.relation is Relation.SUPPORTS and (_PLANNED.search(e.claim.subject) or whole and whole.search(e.claim.subject)) and not _SPENT.search(e.claim.subject)]
            if planned and len(planned) == sum(e.relation is Relation.SUPPORTS for e in evidence):
                spent = next((m for m in matches if m.topic != topic and _SPENDING.search(m.claim.subject) and accepts(m) and self._gives(m.topic, fig)), None)
                if spent is not None:
                    # "it spent £4.6m, the whole of its budget": judged on
                    # what the documents say it spent (£4.38m), not its budget.
                    return self._judge(index, reading, spent.topic, scores)
                # "The repair has cost £3.9m so far": the documents' £3.9m is
                # what was set aside for it, not what has been spent.
                why = f"{fig.text}: the sentence says it has been spent; the documents give {_list([e.claim for e in planned][:2])} as {planned[0].claim.subject!r}, the whole it is to cost or money set aside, not what has been spent."
                return _unconfirmed(check, evidence, why)
        if check.verdict is Verdict.CONFLICTING and beside and best.index in beside and _alone(reading) and not words_match(best) and best.index != words_matched:
            # Taken from the passage beside the one the words matched, on its
            # counted noun alone ("410 of its pupils went to breakfast clubs"
            # against the tutoring programme's pupils counted next to them),
            # with no other figure to show the two passages run together (as
            # "43 projects in 21 boroughs" does): enough to agree, not to contradict.
            why = f"{fig.text}: the documents count {counted[0] if counted else 'it'} only in the passage beside the one the sentence's words match, for {best.claim.subject!r}; that cannot contradict it."
            return _unconfirmed(check, evidence, why)
        theirs = self._counted_otherwise(evidence, counted, text) if check.verdict is Verdict.CONFLICTING and counted is not None else None
        if theirs is not None:
            # "The Mayor has launched 4 funds" against the taskforce's 150
            # officers: the words matched a passage of funds, but the topic's
            # count is of officers, another measure.
            why = f"{fig.text}: the sentence counts {counted[0]!r}; the documents count {theirs[0]!r} in {theirs[1]!r}, another measure, not a conflict."  # type: ignore[index]
            return _unconfirmed(replace(check, topic=None), evidence, why)
        if check.verdict is Verdict.CONFLICTING:
            others = reading.around.figures if reading.around is not None else []
            apart = _not_the_documents_measure(text, fig, others, evidence)
            if apart is not None:
                # "An extra £9 million for the Met's neighbourhood teams"
                # against the Met's £110m; "taken together ... come to
                # £7.25m" against one of the two: another measure.
                why = f"{fig.text}: {apart}; the documents give {_list([e.claim for e in evidence if e.relation is Relation.CONFLICTS][:3])} for {best.claim.subject!r}, which is not that measure."
                return _unconfirmed(check, evidence, why)
        if check.verdict is Verdict.CONFLICTING and fig.kind == "count":
            narrower = self._narrower_count(evidence, text)
            if narrower is not None:
                # "police made more than 900 arrests" against "166 arrests for
                # offensive weapons": the documents count a part of what the
                # sentence counts, which they cannot contradict.
                why = f"{fig.text}: the documents count only {narrower!r}, which the sentence does not say; a narrower measure, not a conflict."
                # No topic: the sentence's measure is not one the documents give
                # (so a draft may still read it with the subject it refers back to).
                return _unconfirmed(replace(check, topic=None), evidence, why)
        if check.verdict is Verdict.MIXED and fig.qualifier in _ONE_SIDED and _claim_period(reading) is None:
            narrower = _met_only_over_a_stretch(evidence)
            if narrower is not None:
                # "Fewer than 1,000 weapons have been dropped into the bins":
                # a bound any one week's 356 meets says nothing; the running
                # totals, which like the sentence give no stretch, all exceed it.
                why = f"{fig.text}: only {narrower.claim.figure!r} for {narrower.claim.subject!r} ({narrower.claim.period}) meets it, over a stretch the sentence does not give; the documents' figures given for no stretch do not meet it."
                return replace(check, verdict=Verdict.CONFLICTING, reason=why), [e if e.relation is Relation.CONFLICTS else replace(e, relation=Relation.RELATED) for e in evidence]
        if check.verdict in (Verdict.CONFLICTING, Verdict.MIXED) and not pinned() and not self._well_covered(matches, topic, accepts, fig.kind, fig.qualifier in _ONE_SIDED):
            # Accepted by name alone: the sentence names the thing, but most
            # of what it says of the figure is not in the documents, so the
            # figure may measure another part of it. Agreement is support;
            # disagreement is not proof.
            if check.verdict is Verdict.MIXED and not self._says_which(evidence, subject, _claim_period(reading)):
                # The curator's note says the figures measure different things
                # ("as created" and "allocated since"): which one the sentence
                # means, only it can say, and it does not.
                return check, evidence
            if check.verdict is Verdict.MIXED:
                # Some passages agree: that is support; the others may give another measure.
                agreeing = [e for e in evidence if e.relation is Relation.SUPPORTS]
                why = f"{fig.text}: supported by {len(agreeing)} passage{'s' if len(agreeing) > 1 else ''} on {best.claim.subject!r}; the documents' other figures for it may measure something else, as the sentence says more of it than they do."
                return replace(check, verdict=Verdict.SUPPORTED, reason=why), [e if e.relation is Relation.SUPPORTS else replace(e, relation=Relation.RELATED) for e in evidence]
            why = (f"the sentence names {best.claim.subject!r}, for which the documents give {_list([self.matcher.claim(i) for i in self.matcher.topic_indices(topic) if comparable(fig, self.documented(i))][:3])}, "
                   f"but it says more of this figure than the documents do ({_quoted(subject)}): it may measure something else.")
            return _unconfirmed(check, evidence, f"{fig.text}: {why}")
        return check, evidence

    @staticmethod
    def _says_which(evidence: list[Evidence], subject: str, period: Period | None) -> bool:
        """Whether the sentence picks the agreeing passages' measure among
        figures a curator's note says measure different things: it gives
        their period ("for 2018 to 2020"), or a word only their subjects have
        ("services in the major trauma centres"). With no note, nothing needs picking."""
        agreeing = [e.claim for e in evidence if e.relation is Relation.SUPPORTS]
        others = [e.claim for e in evidence if e.relation is Relation.CONFLICTS]
        if not any(c.note for c in agreeing + others) or period is not None and any(c.period for c in agreeing):
            return True
        own = {w for c in agreeing for w in tokenize(c.subject)} - {w for c in others for w in tokenize(c.subject)}
        return bool(own & set(tokenize(subject)))

    def _at_the_stage_said(self, text: str, fig: Figure, reading: Reading, matches: list[Match], accepts: Callable[[Match], bool], best: Match) -> Match | None:
        """Another accepted topic, of the stage the sentence gives the figure
        ("452 were approved": the licences granted), whose documented figure
        agrees with it, where the best-matched one is of another stage."""
        # "Brackenford was awarded £8.4m": the documents' £8.4m was the bid,
        # and they give the award, £7.4m, which it contradicts (where none agrees).
        contradicting: Match | None = None
        for m in matches:
            # (Accepted on its words, or saying what the best-matched says
            # but for the stage: "licences granted by the council during
            # 2024/25" and "licence applications received by ...".)
            alike = accepts(m) or self._same_measure_elsewhere(best.claim.subject, m.claim.subject)
            if m.topic != best.topic and alike and self._gives(m.topic, fig) and _another_stage(text, fig, m.claim) is None:
                rank = self._outcome_rank(fig, reading, m.topic)
                if rank == 0:
                    return m
                if rank == 1 and contradicting is None and accepts(m):
                    contradicting = m
        return contradicting

    def _one_of_either(self, scope: str, evidence: list[Evidence]) -> str | None:
        """The documented subject "A or B" that every conflicting figure is
        given for, where the figure's words name one side and not the
        other ("pass to volunteer groups" of "libraries to close or pass to
        volunteers"); None otherwise."""
        said = {stem for _, stem in words(scope, self.matcher.stem_of)}
        either = None
        for e in evidence:
            if e.relation is not Relation.CONFLICTS:
                continue
            sides = _EITHER.search(e.claim.subject)
            if sides is None:
                return None
            first, second = ({stem for _, stem in words(side, self.matcher.stem_of)} for side in sides.groups())
            if bool(said & first) == bool(said & second):
                return None  # both sides named, or neither: the whole, or something else
            either = either or sides.group()
        return either

    def _counts_people(self, m: Match) -> bool:
        """Whether a documented count counts the people of something
        ("*officers* in the violent crime taskforce", "size of the board")."""
        subject = m.claim.subject
        head = self.matcher.counted_word(f" {subject}")
        return (head is not None and head[0].lower() in _PEOPLE) or bool(_MEMBERS_OF.match(subject)) or subject.lower().startswith(_SIZE_OF)

    def _headed_by_its_figure(self, text: str, reading: Reading, first: Match) -> frozenset[int]:
        """The proper-name set ids of the one thing a money figure's head
        noun may stand for whose documented figures agree with it ("£45m
        fund": of the funds, only the Young Londoners Fund has £45m), when
        the match chosen on the sentence's other words is another of them,
        not named in full. Empty otherwise."""
        if first.names_in_full or reading.stance is not Stance.ASSERTED:
            return frozenset()
        found = self._thing_by_head(text, reading.figure, lambda ids: self._gives_it(ids, reading))
        return frozenset(found[1]) if found is not None and first.proper_id not in found[1] else frozenset()

    def _headed_by_another(self, text: str, reading: Reading, first: Match) -> tuple[str, list[int]] | None:
        """The head noun a money figure is written before ("the £1.8m *hub*")
        and the proper-name set ids of the documented things it may stand
        for, when `first`, the match chosen on the sentence's words, is
        none of them: the amount is that thing's. None when the head is
        `first`'s own, or names no documented thing."""
        if reading.stance not in (Stance.ASSERTED, Stance.DENIED):
            return None
        for word in _head_words(text, reading.figure):
            if word in _NOT_ITS_NOUN:
                return None  # "£95,000 per home": what the amount is of each of, not the amount's own thing
            things = self.matcher.things_headed(word)
            if things:
                # One thing only: a head several share ("scheme", "fund") may
                # be said of the matched thing, called by another of its names.
                ids = [i for thing_ids, _ in things for i in thing_ids]
                return None if first.proper_id in ids or len(things) > 1 else (word, ids)
        return None

    def _thing_s_money(self, ids: list[int], fig: Figure) -> Match | None:
        """A match for a documented money figure of the one thing `ids` stand
        for, looked up by its own subject: the sentence's words, which name
        another thing, need not find it."""
        if len(set(ids)) != 1:
            return None
        own = [i for i in self.matcher.claims_of_thing(ids) if comparable(fig, self.documented(i))]
        if not own:
            return None
        return next((m for m in self.matcher.match(self.matcher.claim(own[0]).subject) if m.index in own), None)

    def _thing_by_head(self, text: str, fig: Figure, fits: Callable[[Sequence[int]], bool]) -> tuple[str, list[int]] | None:
        """The head noun right after a money figure ("£45m *fund*") and the
        one documented thing it may stand for that `fits` the figure, when
        it stands for several; None when none or several fit, or when the
        words before the head pick another ("£45m *seed* fund")."""
        said = _head_words(text, fig)
        headed = next(((k, things) for k, things in enumerate(map(self.matcher.things_headed, said)) if len(things) > 1), None)
        if headed is None:
            return None
        at, things = headed
        fitting = [ids for ids, _ in things if fits(ids)]
        if len(fitting) != 1:
            return None
        before = {stem for w in said[:at] for stem in tokenize(w)[:1]}
        picked = {tuple(ids) for ids, stems in things if not before.isdisjoint(stems)}
        return (said[at], fitting[0]) if not picked or picked == {tuple(fitting[0])} else None

    def _thing_of_its_amount(self, text: str, reading: Reading, best: Match) -> tuple[str, str] | None:
        """For a date, a money figure of its sentence whose head noun stands
        for several documented things of which one alone has that very
        figure, another than `best`'s: (the amount and its head as written,
        that thing's subject). None otherwise."""
        for other in reading.around.figures if reading.around else []:
            if other.kind != "money":
                continue
            found = self._thing_by_head(text, other, functools.partial(self._has_value, fig=other))
            if found is not None and best.proper_id not in found[1]:
                claims = self.matcher.claims_of_thing(found[1])
                return f"{other.text} {found[0]}", self.matcher.claim(claims[0]).subject
        return None

    def _has_value(self, ids: Sequence[int], fig: Figure) -> bool:
        """Whether the thing with proper-name set `ids` has a documented figure of `fig`'s very value and unit."""
        return any(self.documented(i).unit == fig.unit and self.documented(i).value == fig.value for i in self.matcher.claims_of_thing(ids))

    def _gives_it(self, ids: Sequence[int], reading: Reading) -> bool:
        """Whether a documented figure of the thing with proper-name set `ids` agrees with the reading's."""
        topics = {self.matcher.topic_of(i) for i in self.matcher.claims_of_thing(ids)}
        return any(self._outcome_rank(reading.figure, reading, t) == 0 for t in sorted(topics)[:MAX_CONTENDING_TOPICS])

    def _meant_by_its_figure(self, matches: list[Match], reading: Reading) -> frozenset[int]:
        """The proper-name set ids of the one thing, among those a tied
        reference ("the fund") may mean, whose documented figures agree with
        the claim's; empty when none or several do."""
        if not matches or reading.stance is not Stance.ASSERTED:
            return frozenset()
        for things in matches[0].tied_references:
            topics = [{m.topic for m in matches if m.proper_id in ids} for ids in things]
            agreeing = [ids for ids, of in zip(things, topics) if any(self._outcome_rank(reading.figure, reading, t) == 0 for t in of)]
            if len(agreeing) == 1:
                return agreeing[0]
        return frozenset()

    @staticmethod
    def _recipient_phrase(text: str, fig: Figure) -> str:
        """The "to/for ..." phrase right after a money figure, "" if none."""
        at = _past_aside(text, fig.end)
        said = _RECIPIENT.match(text, at, min(len(text), at + _AFTER))
        return said.group(1) if said is not None else ""

    def _sayer_s_own_place(self, text: str, reading: Reading) -> str | None:
        """"Essex Police say 150 schools in the county have ...": a place the
        sentence only describes ("the county") is the sayer's, when the
        sayer is a name no document uses."""
        said_by = _SAID_BY.match(text)
        if said_by is None or not _DESCRIBED_PLACE.search(reading.sentence_scope or reading.scope):
            return None
        return next(iter(self.matcher.foreign_names(said_by.group(1), first_counts=True)), None)

    def _recipient_among(self, matches: list[Match], text: str, fig: Figure) -> Match | None:
        """As `_recipient`, without a lookup of its own: the one topic whose
        documented subjects hold every word of the phrase, as one of the
        sentence's own matches."""
        phrase = self._recipient_phrase(text, fig)
        if len(phrase.split()) < MIN_RECIPIENT_WORDS:
            return None  # too few words, content or not: no need to read them
        held = self.matcher.subjects_holding(phrase, MIN_RECIPIENT_WORDS)
        if len({self.matcher.topic_of(i) for i in held}) != 1:
            return None
        top = next((m for m in matches if m.index in held), None)
        return top if top is not None and self._gives(top.topic, fig) and self._accepts()(top) else None

    def _recipient(self, text: str, fig: Figure) -> Match | None:
        """The documented claim holding every word of the "to/for ..." phrase
        right after a money figure, when that phrase says enough (three
        content words) to pin it and one topic alone holds them all."""
        said = self._recipient_phrase(text, fig)
        if len(tokenize(said)) < MIN_RECIPIENT_WORDS:
            return None
        whole = {m.topic: m for m in self.matcher.match(said) if m.precision >= 1}
        if len(whole) != 1:
            return None
        (top,) = whole.values()
        return top if self._gives(top.topic, fig) and self._accepts()(top) else None

    def _wider_than(self, text: str, best: Match) -> str | None:
        """The whole country, or the whole of a named body, when the sentence
        gives the figure for it and the documented claim does not speak of it."""
        if not _WIDER_CUE.search(text):
            return None  # most sentences speak of no whole at all
        claim = best.claim
        # Any claim of the topic may say so: "costs £15,000 a month to run
        # nationally, or £180,000 a year" is the topic's whole, though the
        # best-matched claim of it (the grant that meets those costs) does not say "nationally".
        said = self._topic_words(best.topic).lower()
        national = _NATIONWIDE.search(text)
        if national and not _OF_THE_NATION.search(said):
            return national.group()
        whole = _WHOLE_OF.search(text)
        if whole and not all(w.lower() in claim.subject.lower() or self.matcher.setting_word(w) for w in whole.group(1).split()):
            return whole.group().strip()
        return None

    def _topic_claims(self, topic: str) -> list[Claim]:
        """The claims of a topic read for a word it may use (the first MAX_TOPIC_CLAIMS_READ)."""
        return [self.matcher.claim(i) for i in self.matcher.topic_indices(topic)[:MAX_TOPIC_CLAIMS_READ]]

    def _national(self, topic: str) -> bool:
        """Whether the documents name a topic's thing as the nation's ("national fund")."""
        return any(_NATIONAL.search(name) for c in self._topic_claims(topic) for name in c.names)

    def _topic_words(self, topic: str, subjects: bool = True) -> str:
        """What `_topic_claims` say: their subjects and passages, or (with
        `subjects` false) their passages alone."""
        return " ".join(f"{c.subject} {c.passage}" if subjects else c.passage for c in self._topic_claims(topic))

    def _bought_another_thing(self, text: str, fig: Figure, best: Match) -> str | None:
        """What money is said to be spent on ("spent £385,000 on sandbags"),
        when that is a word of the corpus that no claim of the documented
        topic uses, in its subjects or passages: another thing's money."""
        lead = text[max(0, fig.start - 40) : fig.start].lower()
        if not any(word in lead for word in ("spen", "paid", "pay", "invest", "splash", "lavish")):
            return None
        spent = _SPENT_ON_BEFORE.search(text, max(0, fig.start - 40), fig.start)
        at = _past_aside(text, fig.end)
        rate = _A_RATE_NEXT.match(text, at)
        # (Past its rate: "pays £12,000 a year to run the reading rooms".)
        at = rate.end() if rate is not None else at
        funded = self.matcher.funded_word(text[at : fig.end + _AFTER]) if spent is not None else None
        if funded is None or funded[1] is None:
            return None
        if re.search(rf"\b{re.escape(funded[0])}\s+(?:and|&)\s", text[fig.end : fig.end + _AFTER], re.I):
            return None  # "on bed and breakfast rooms": one thing, named by more words than its first
        said = {stem for _, stem in words(self._topic_words(best.topic), self.matcher.stem_of)}
        return None if funded[1] in said else funded[0]

    def _owner_said(self, reading: Reading, text: str, index: int) -> str | None:
        """The place or owner the figure's words give it that the documented
        claim at `index` never names (see `Matcher.other_owner`); None if none."""
        fig = reading.figure
        # "The camera at Underpass U9 was among nine of the 211 cameras out
        # of action": where one of them is, not whose the nine are.
        member = _A_MEMBER_OF.search(reading.lead)
        lead, scope = (reading.lead[member.end() :], reading.scope.partition(member.group())[2] or reading.scope) if member else (reading.lead, reading.scope)
        own_words = lead if lead.strip() else reading.tail
        if _ONLY_SET_AGAINST.fullmatch(reading.lead) and self.matcher.places_named(reading.tail):
            own_words = reading.tail  # "..., against nine in Oxtervale": its place is after it
        own_clause = bool(own_words) and bool(self.matcher.places_named(own_words))
        if own_clause and self.matcher.names_its_place(own_words, index):
            owner = None  # the documented claim's own place, in the figure's own clause
        else:
            # (Not the places of an aside listing its parts: "Its nine youth workers, six of them at Dunmarsh General and three at Eastwold, cost £540,000".)
            owner = (own_clause and self.matcher.other_owner(own_words, index)) or self.matcher.other_owner(_PARTS_ASIDE.sub(",", scope), index)
        if owner is None and ("eighbo" in reading.lead or "earby" in reading.lead):
            # (Most figures have no neighbour named before them: the corpus's home is not looked up.)
            owner = self.matcher.neighbour_named(reading.lead, index, self._home_stems())
        if owner is None:
            owner = self._frequent_place_not_its(reading, index)
        if owner is None and reading.sentence_scope != reading.scope and not own_clause and member is None:
            # Not the places of the parts it goes on to list: "6,130 visits, including 1,380 in Kestlow".
            whole = _PARTS_LISTED.split(reading.sentence_scope, 1)[0] if not _PARTS_LISTED.search(reading.scope) else reading.sentence_scope
            owner = self.matcher.other_place(whole, index)
        if owner is not None and _only_in_a_joined_relative(text, fig, owner):
            # "The Safe Line, which Amberlight runs under a £310,000-a-year
            # contract and which residents of neighbouring Corrowdale can also
            # ring": the second clause says who may use the thing, not whose the amount is.
            owner = None
        known = owner is not None and None not in self._owner_stems(owner)
        figures = reading.around.figures if reading.around else []  # the sentence's, this one among them
        if owner is not None and _only_in_a_later_figures_clause(text, fig, owner, figures, known):
            # "41 grants ..., and 12 of them went to groups in Eastgate": the
            # 12's place, whether read from the whole sentence or, past a
            # dash, from the figure's own words ("2,316 licensed HMOs — 1,042
            # ... — and 1,108 of them were in Cobb Hill").
            owner = None
        if owner is not None and _a_listed_part_s_place(text, fig, owner, figures):
            owner = None  # "The five bulge classes ..., two at North Heyton Academy, two at ...": a part's place
        if owner is not None and owner.lower() in self._publishers() and _SAYS_AS_A_DOCUMENT.search(text, 0, fig.start) is not None:
            owner = None  # "The Ledger's correction made clear that ...": a document of the corpus, saying it
        if owner is not None and self._its_publisher_s_place(owner, index):
            owner = None
        if owner is not None and self._its_document_s_subject(owner, index):
            owner = None
        return owner

    def _its_document_s_subject(self, owner: str, index: int) -> bool:
        """Whether the documented claim's document is titled by the name the
        sentence gives the figure to, and the claim names no place of its
        own: "Dusklight Safer Spaces Programme: Phase 2 capital programme"
        speaks of Dusklight's lanterns where its passages say only "the new
        LED lanterns" (as a body's document speaks of its own area,
        `_its_publisher_s_place`). Not a headline that names it further on
        ("..., with reprieve for Quillbury"): one thing it speaks of."""
        claim = self.matcher.entries[index].claim
        source = self.corpus.sources.get(claim.source)
        name = owner.removeprefix("the ").strip()
        if source is None or not name or not re.match(rf"(?:the\s+)?{re.escape(name)}\b", source.title, re.I):
            return False
        return not self._names_a_place(index)

    def _share_unnamed(self, text: str, reading: Reading, index: int) -> str | None:
        """The part a sentence says an amount is its share of a whole ("*Boxing*,
        the most popular sport, accounted for £864,000 of the scheme's
        spending"), where the documented claim at `index` never names it, in
        its names or its figure's clause; None otherwise."""
        fig = reading.figure
        said = _ACCOUNTED_FOR.search(text, max(0, fig.start - 40), fig.start) if fig.kind in AMOUNTS else None
        if said is None or not _OF_A_WHOLE.match(text, fig.end):
            return None
        clause = text[: said.start()].rsplit(";", 1)[-1]
        part = _APPOSITION.sub(" ", clause).strip(" ,")
        own = self.matcher.own_words(index)
        unnamed = [word for word, stem in words(part, self.matcher.stem_of) if stem not in own and word.lower() not in _NOT_A_PART]
        return part if part and unnamed else None

    def _its_publisher_s_place(self, owner: str, index: int) -> bool:
        """Whether the place the sentence gives the figure to is in the
        name of the body that published the documented claim ("the Office
        of the Police and Crime Commissioner for Fenwardine"), and the
        claim names no place of its own: a body's document speaks of its
        own area without naming it, so "Fenwardine's commissioner has lifted
        the precept by £13" is the statement's £13."""
        claim = self.matcher.entries[index].claim
        source = self.corpus.sources.get(claim.source)
        if source is None or not source.publisher:
            return False
        # (By the words as written: a place named only in the publisher is no word of the index.)
        owned = {w.lower() for w in owner.split() if w.lower() not in ("the", "of")}
        if not owned or not owned <= _places_in_publisher(source.publisher):
            return False
        return not self._names_a_place(index)

    def _names_a_place(self, index: int) -> bool:
        """Whether the documented claim at `index` names one of the corpus's
        places, in its names or its passage (the index's vocabulary of it)."""
        return bool(self.matcher.entries[index].vocabulary & self.matcher.places())

    def _place_s_noun_turned(self, reading: Reading, best: Match) -> tuple[tuple[str, tuple[str, str]], str] | None:
        """A place the sentence sets right before a noun ("Calderbrook
        children") where `best`'s subject sets another place before that
        noun ("Ravensford children") and never this one: ((the sentence's
        words, its (place, noun) stems), `best`'s words); None otherwise."""
        # (Right after the figure, as what it counts: "326 Calderbrook children".)
        after = _PLACE_AND_NOUN_AFTER.match(reading.around.text, reading.figure.end) if reading.around is not None else None
        said = self._places_before_nouns(after.group(1)) if after is not None else []
        if after is None or not said:
            return None  # the common case: no place before a noun
        theirs = self._places_before_nouns(best.claim.subject)
        pairs = {pair for pair, _ in theirs}
        # Both places in both, their roles swapped: not a part or a whole of the other's place.
        named_there = {stem for _, stem in words(best.claim.subject, self.matcher.stem_of)}
        named_here = {stem for _, stem in words(after.string, self.matcher.stem_of)}
        for (place, noun), _ in said:
            other = next(((p, w) for (p, n), w in theirs if n == noun and p != place), None)
            if other is not None and (place, noun) not in pairs and place in named_there and other[0] in named_here:
                return (after.group(1).strip(), (place, noun)), other[1]
        return None

    def _places_before_nouns(self, text: str) -> list[tuple[tuple[str, str], str]]:
        """The (place, word) stems of each corpus place in `text` and each of
        the two content words after it ("at Calderbrook secondary schools":
        calderbrook with secondary and with schools), each with its words."""
        found = words(text, self.matcher.stem_of)
        places = self.matcher.places()
        return [((stem, after), f"{word} {later}") for i, (word, stem) in enumerate(found) if stem in places for later, after in found[i + 1 : i + 3] if after not in places]

    def _frequent_place_not_its(self, reading: Reading, index: int) -> str | None:
        """A place the figure's words set it in ("bar staff in Marlowick")
        that the documents name so often it reads as a home (so
        `Matcher.other_owner` passes it over), where it is not the corpus's
        home (its publishers' place) and the documented claim at `index`
        names no place, in its names or its passage: a claim that names no
        place is of the home its documents are written from, not of a
        neighbour they also give figures for. A place set as one ("in
        Marlowick") counts anywhere in the figure's scope; a name's first
        word ("the Trust's Marlowick hub") only in the words before the
        figure in its own clause: across the whole scope it is read in
        another clause as often as in the figure's, and cost a read corpus
        a date."""
        placed = self.matcher.places_placed(_PARTS_ASIDE.sub(",", reading.scope))
        if reading.lead.strip():
            placed += self.matcher.places_named(reading.lead)
        if not placed:
            return None  # the common case: no place said
        if self._names_a_place(index):
            return None
        home = self._home_stems()
        return next((word for word, stem in placed if stem not in home and self.matcher.home_word(stem)), None)

    def _another_body_s(self, reading: Reading, matches: list[Match], accepts: Callable[[Match], bool], best: Match) -> tuple[str, Match] | None:
        """The body the figure's own words give it to by its kind ("the
        health board"), where `best`'s names do not say it and another
        accepted topic of the same thing gives the same measure for that
        body: the body's words and that topic's match; None otherwise."""
        found = list(_A_BODY_BY_ITS_KIND.finditer(reading.lead))
        if not found:
            return None
        phrase = " ".join(found[-1].group(1).split())
        stems = set(tokenize(phrase))
        if not stems or stems <= _named_words(best.claim):
            return None
        # (Of the same thing, by a name both are curated under: the Compact's
        # two shares; not the county council's grant to another hub.)
        names = {a.lower() for a in best.claim.aliases}
        for m in matches:
            if m.topic != best.topic and accepts(m) and stems <= set(tokenize(m.claim.subject)) and names & {a.lower() for a in m.claim.aliases} and self._gives_best_s_measure(m, best, reading.figure):
                return phrase, m
        return None

    def _gives_best_s_measure(self, m: Match, best: Match, fig: Figure) -> bool:
        """Whether `m`'s topic measures what `best`'s does (by its subject or
        its head) and gives a figure `fig` can be compared with."""
        alike = self._same_measure_elsewhere(best.claim.subject, m.claim.subject) or self._same_head(best, m)
        return alike and any(comparable(fig, self.documented(i)) for i in self.matcher.topic_indices(m.topic))

    def _conflicting_for(self, index: int, reading: Reading, scores: dict[int, float], other: Match, given_to: str) -> tuple[FigureCheck, list[Evidence]] | None:
        """The figure judged on `other`'s topic, the one of whom the sentence
        gives it to (`given_to`), where that conflicts; None otherwise."""
        check, evidence = self._judge(index, reading, other.topic, scores)
        if check.verdict is not Verdict.CONFLICTING:
            return None
        return replace(check, reason=f"{reading.figure.text}: the sentence gives it to {given_to!r}; {check.reason.split(': ', 1)[-1]}"), evidence

    def _owner_stems(self, owner: str) -> list[str | None]:
        """The corpus's stem of each word of an owner or place the sentence
        names ("the Tannery Quarter"), None for one the corpus never uses."""
        return [self.matcher.known_stem(w) for w in owner.split() if w.lower() not in ("the", "of")]

    def _named_for(self, owner: str, fig: Figure, matches: list[Match], accepts: Callable[[Match], bool], best: Match) -> Match | None:
        """Another accepted topic whose documented claim's own words name
        the owner or place the sentence gives the figure to, where `best`'s
        do not: that place's own figure for the measure."""
        stems = self._owner_stems(owner)
        if not stems or None in stems:
            return None  # a name the corpus never uses has no figure of its own in it
        for m in matches:
            if m.topic != best.topic and accepts(m) and all(s in self.matcher.own_words(m.index) for s in stems) and self._gives_best_s_measure(m, best, fig):
                return m
        return None

    def _a_part_s_figure(self, text: str, fig: Figure, matches: list[Match], accepts: Callable[[Match], bool], best: Match) -> tuple[str, Match] | None:
        """The place the documented claim gives its figure for ("licensed
        HMOs in Cobb Hill"), when the sentence names no place of it and
        another accepted topic gives the same measure for no place but the
        corpus's home: the whole, which the sentence then speaks of. With
        the place, and that topic's match to judge the figure on; None otherwise."""
        home = self._home_place()
        own = [(word, stem) for word, stem in self.matcher.places_named(best.claim.subject) if stem != home]
        if not own:
            return None  # the common case: a documented thing of no one place, or of the corpus's home
        said = {stem for _, stem in words(text, self.matcher.stem_of)}
        if any(stem in said for _, stem in own):
            return None
        measure = self._measure_words(best.claim.subject)
        for m in matches:
            if m.topic == best.topic or not accepts(m) or any(stem != home and stem not in said for _, stem in self.matcher.places_named(m.claim.subject)):
                continue
            other = self._measure_words(m.claim.subject)
            if measure and measure == other and any(comparable(fig, self.documented(i)) for i in self.matcher.topic_indices(m.topic)):
                return own[0][0], m
        return None

    def _home_place(self) -> str | None:
        """`Matcher.home_place` from the corpus's publishers, worked out once."""
        if self._home is None:
            self._home = (self.matcher.home_place(s.known_publisher for s in self.corpus.sources.values()),)
        return self._home[0]

    def _measure_words(self, subject: str) -> frozenset[str]:
        """A documented subject's stems but for the names of its places
        ("licensed HMOs in Cobb Hill": licens, hmos)."""
        places = self.matcher.places()
        unplaced = _CAPITALISED_RUN.sub(lambda run: " " if any(self.matcher.stem_of.get(w.lower()) in places for w in run.group().split()) else run.group(), subject)
        # ("not offered their first-preference school" is not "offered" it, though its words are.)
        negated = frozenset(_NOT_WORD.findall(unplaced.lower()))
        return frozenset(stem for _, stem in words(unplaced, self.matcher.stem_of)) | negated

    def _same_head(self, one: Match, other: Match) -> bool:
        """Whether two documented subjects count the same noun, one not of
        quantity ("farms' *losses* of machinery ... in Marrowfold" and
        "Vardenshire farms' *losses* to rural crime"), however else each
        curator worded them."""
        head = self._counted_head(one)
        return head is not None and head == self._counted_head(other) and head not in _QUANTITY_STEMS

    def _same_measure_elsewhere(self, one: str, other: str) -> bool:
        """Whether two documented subjects say the same but for a name:
        "community-managed libraries in Kellavon" and "... in Dunstreath",
        not "typical flood excess" and "average home insurance premium"."""
        # Not the names (as written: `words` gives each word in lower case),
        # unless the other subject has the word as a common noun ("halls").
        read = [words(subject, self.matcher.stem_of) for subject in (one, other)]
        names = [_capitalised_in(subject) for subject in (one, other)]
        common = [{stem for word, stem in pairs if word not in named} for pairs, named in zip(read, names)]
        said = [frozenset(stem for _, stem in pairs if stem in common[k] or stem in common[1 - k]) for k, pairs in enumerate(read)]
        shared, either = said[0] & said[1], said[0] | said[1]
        return bool(either) and len(shared) / len(either) >= SAME_MEASURE_SHARE

    def _another_recipient(self, scope: str, best: Match) -> str | None:
        """The name the figure's clause opens with as who got it ("Redthread
        was allocated £1.4m", "Catch22 received £7m"), when the documented
        claim's own words never name it."""
        if not any(word in scope for word in (" was ", " were ", " been ", " be ", "receive", " got", " gets", " won", " wins", "secure")):
            return None
        got = _GOT_IT.match(scope)
        if got is None:
            return None
        name = got.group(1)
        if name.split()[0].lower() in _PRONOUNS:
            return None  # "They received £1.5m": who, the sentence before says
        own = self.matcher.own_words(best.index)
        stems = [self.matcher.known_stem(fold_accents(w)) for w in CAPITALISED_WORD.findall(name) if w.lower() not in ("the", "a", "an")]
        if not stems or all(s is not None and (s in own or self.matcher.home_word(s)) for s in stems):
            return None
        return name

    def _another_surveyor(self, text: str, best: Match) -> tuple[str, str] | None:
        """(the publisher the sentence says surveyed, the one whose document
        gives the figure) when the sentence names a survey of one of the
        corpus's publishers and no document of that publisher, nor any
        passage of the topic, gives the thing: another survey, other people asked."""
        low = text.lower()
        if not any(word in low for word in ("survey", "poll", "census", "questionnaire")):
            return None
        named = _SURVEY_BY.search(text)
        if named is None:
            return None
        name = named.group(1) or named.group(2)
        named_words = {w.lower() for w in CAPITALISED_WORD.findall(name)} - {"the"}
        publishers = {src.known_publisher for src in self.corpus.sources.values() if src.known_publisher}
        theirs = [p for p in publishers if named_words and named_words <= {w.lower() for w in CAPITALISED_WORD.findall(p)}]
        if not theirs:
            return None  # a surveyor the corpus does not publish: the place and owner guards judge it
        claims = self._topic_claims(best.topic)
        if any(self.corpus.sources[c.source].known_publisher in theirs for c in claims if c.source in self.corpus.sources):
            return None
        if any(name.lower() in f"{c.subject} {c.passage}".lower() for c in claims):
            return None
        source = self.corpus.sources.get(best.claim.source)
        return name, source.known_publisher if source is not None and source.known_publisher else best.claim.source

    def _one_of_many(self, scope: str, best: Match, text: str = "") -> str | None:
        """"in one borough alone", "during a single raid": the one part of
        several the sentence gives the figure for, when no passage of the
        topic speaks of one such part. In the figure's own words, or opening
        the sentence ("In one district alone, 6,300 children took part, of
        whom 4,850 ..."), which sets it for every clause."""
        low = text.lower()
        alone = _named_alone(text)
        if alone is None and " one " not in low and "single" not in low:
            return None  # most sentences single out no part
        if alone is not None:
            # "On the Strand alone, 173 homes ...": a named part of the whole.
            said = self._topic_words(best.topic)
            name = alone.group(1) or alone.group(2)
            stems = [self.matcher.known_stem(w) for w in name.split()]
            # (Not the corpus's home, which is the whole: "In London alone";
            # a place its publishers are not named for is a part, however
            # often the corpus names it: "on the Ellerholt branch alone".)
            # (Unless the documents give it for the nation: "9,000 a year in Ledmorton alone" against a national fund's 9,000.)
            if not re.search(rf"\b{re.escape(name)}\b", said) and (self._home_place() not in stems or self._national(best.topic)):
                return " ".join(alone.group().split())
            if _only_with_another(name, said):
                # "Sallowgate Interchange on its own accounted for 158": the
                # documents' 158 are at "Sallowgate Interchange or Brindlemore Bus Station".
                return " ".join(alone.group().split())
        one = _ONE_OF_MANY.search(scope)
        if one is None:
            opening = _ONE_OF_MANY.match(text.lstrip())
            one = opening if opening is not None and _OPENER_ENDS.match(text.lstrip(), opening.end()) else None
        if one is None or _SAY_VERB.search(scope, one.end()) or _REPORTED_IN.search(scope, 0, one.start()):
            # ("At one meeting, the Mayor said ...", "the 1,500 reported in
            # one tabloid": where it was said, not what it counts.)
            return None
        noun = one.group(1).lower()
        said = self._topic_words(best.topic, subjects=False).lower()
        return None if re.search(rf"\b(?:one|single|a|an|each|per)\s+{re.escape(noun)}\b", said) else " ".join(one.group().split())

    def _elsewhere_than(self, words: str, best: Match) -> str | None:
        """A place that the clause opening `words` sets the figure apart
        from ("outside London", "the rest of the country"), when no passage
        of the topic says so."""
        if not _ELSEWHERE_CUE.search(words):
            return None  # most figures are not said of everywhere but somewhere
        apart = _ELSEWHERE.search(words, 0, _CLAUSE_AFTER.match(words).end())  # type: ignore[union-attr]  # (the clause pattern matches any text)
        if apart is None:
            return None
        cue = _ELSEWHERE_CUE.search(apart.group())
        said = self._topic_words(best.topic, subjects=False).lower()
        return None if cue is None or cue.group().lower() in said else " ".join(apart.group().split())

    def _documented_elsewhere(self, fig: Figure, scores: dict[int, float], docs: list[int]) -> bool:
        """Whether another documented claim the sentence matched, of another
        topic, gives `fig`'s very value of its kind."""
        return any(
            i not in docs and self.documented(i).kind == fig.kind and self.documented(i).value == fig.value
            for i in scores
        )

    def _a_part_for_the_whole(self, text: str, part: Match, whole: Match | None, fig: Figure) -> bool:
        """Whether `part` is a named part the sentence never names and
        `whole` is not: the sentence's amount is the whole's. (Dates are
        their events': a named event is no part of another.)"""
        if whole is None or fig.kind not in AMOUNTS:
            return False
        # The two share a name the sentence gives ("Safe Surrender"): one thing and a part of it.
        said = self._said(text)
        shared = set(part.entry.proper_names).intersection(whole.entry.proper_names)
        if not any(said.issuperset(run) for run in shared):
            return False
        return self._only_it_unnamed(text, part, whole, fig)

    def _a_place_s_share(self, text: str, part: Match, whole: Match) -> bool:
        """Whether `part` is of a place the sentence does not name and
        `whole` is of no such place, or of more of them ("... in Dunmarrow"
        against "... (Dunmarrow and Skellhaven)"): one place's share of it."""
        said = self._said(text)
        own = {w.lower() for w, _ in self.matcher.places_named(part.claim.subject)} - said
        other = {w.lower() for w, _ in self.matcher.places_named(whole.claim.subject)} - said
        return bool(own) and (not other or own < other)

    def _only_it_unnamed(self, text: str, part: Match, other: Match | None, fig: Figure) -> bool:
        """Whether, for an amount, `part` is a part the sentence never names
        ("the bin outside St Aldric's Church") and `other` is not. As a
        later contender that disagrees, such a part does not displace the
        better-matching candidate: its count is not the whole's ("more than
        2,000 weapons ... since the first bin was installed")."""
        return other is not None and fig.kind in AMOUNTS and self._an_unnamed_part(part, text) and not self._an_unnamed_part(other, text)

    def _an_unnamed_part(self, m: Match, text: str) -> bool:
        """Whether `m`'s documented thing is a part named by a proper name
        the sentence never gives ("the bin at Millbeck Community Centre"):
        a word of its capitalised names that at most two topics name."""
        # Its own names, none of them given even in part ("St Aldric's Church on Canal Street": either will do).
        own = self._own_names_of(m.index)
        return bool(own) and not any(self._said(text).intersection(run) for run in own)

    def _own_names_of(self, index: int) -> tuple[tuple[str, ...], ...]:
        """The documented claim's capitalised names (lower-case words, as
        `proper_names` keeps them) that hold a word at most two topics name:
        its own, not the corpus's furniture.
        Worked out once per claim: every agreeing amount asks."""
        own = self._own_names.get(index)
        if own is None:
            stem_of = self.matcher.stem_of
            runs = self.matcher.entries[index].proper_names
            own = self._own_names[index] = tuple(r for r in runs if any(self.matcher.named_in_few_topics(stem_of.get(w, w), _FEW_TOPICS) for w in r))
        return own

    def _in_its_passage(self, name: str, m: Match) -> bool:
        """Whether every word of `name` is in the documented claim's passage or names."""
        said = [stem for _, stem in words(name, self.matcher.stem_of)]
        return bool(said) and all(stem in m.entry.vocabulary for stem in said)

    def _whole_counted(self, text: str, reading: Reading) -> Figure | None:
        """The count before this one that "16 of them" is a part of, if it is one."""
        fig, around = reading.figure, reading.around
        part = PART_OF_THOSE.match(text, fig.end) if around is not None else None
        if part is None or around is None:
            return None
        # "..., and referred 16 of them to ...", "... and four of those were":
        # a part in a clause of its own, which names nothing it counts. Not
        # "914 households, 402 of them families", which names it, nor an
        # aside ("4,860 students, 3,310 of them at the current rate"), which
        # may be counted by another measure of the documents'.
        verb_next = _A_VERB_NEXT.match(text, part.end()) is not None
        if not (verb_next or reading.lead.strip() and _NO_NOUN_AFTER.match(text, part.end())):
            return None
        return whole_of_the_part(text, around.figures, fig.start, _COUNTS)

    def _elided_noun(self, text: str, reading: Reading, no_noun: re.Pattern[str] | None = None) -> str:
        """The noun of the nearest count before this one in its clause that
        has one, where this count has none (`no_noun` follows it: "keep 22
        in council hands", after "shut five libraries, hand four to ...");
        "" otherwise."""
        fig, around = reading.figure, reading.around
        if fig.kind != "count" or reading.members or around is None or not (no_noun or _NO_NOUN_AFTER).match(text, fig.end):
            return ""
        for earlier in reversed([f for f in around.figures if f.kind == "count" and f.end <= fig.start]):
            if _CLAUSE_BREAK_BETWEEN.search(text, earlier.end, fig.start):
                break
            if not _NO_NOUN_AFTER.match(text, earlier.end):
                # ("hand four to community groups": no noun either; the one before has it.)
                counted = self.matcher.counted_word(text[earlier.end : earlier.end + _AFTER])
                return counted[0] if counted is not None else ""
        return ""

    def _bounded_otherwise(self, index: int, waits: tuple[Decimal, ...]) -> bool:
        """Whether the documented claim's subject bounds its wait by another
        length than the sentence does: "waiting more than 78 weeks" is not
        what "waiting more than 52 weeks" counts, though every word is the
        same. A year and 52 weeks are one bound."""
        own = self._subject_waits.get(index)
        if own is None:
            subject = self.matcher.entries[index].claim.subject
            own = self._subject_waits[index] = tuple(_days(f) for f in parse_figures(subject) if f.kind == "duration")
        return bool(own) and not any(abs(a - b) <= b * _SAME_WAIT for a in own for b in waits)

    def _numbered_apart(self, index: int, numbered: frozenset[tuple[str, str]]) -> bool:
        """Whether the documented claim's subject names a numbered thing of
        the sentence's kind but none of its numbers: "the Category 1 standard"
        is not what "Category 3 calls" are measured against."""
        own = self._subject_numbers_of(index)
        words = {word for word, _ in numbered}
        return any(word in words for word, _ in own) and own.isdisjoint(numbered)

    def _one_part_of(self, index: int, label: str) -> bool:
        """Whether the documented claim's subject names one numbered `label`
        alone ("... for Dusklight Phase 2"): one part of a series, not all."""
        return sum(word == label for word, _ in self._subject_numbers_of(index)) == 1

    def _aims_only(self, topic: str) -> bool:
        """Whether every documented claim of `topic` is an aim ("council's target for accredited landlords")."""
        return all(_AIMED_SUBJECT.search(self._subject_at(i)) for i in self.matcher.topic_indices(topic))

    def _subject_numbers_of(self, index: int) -> frozenset[tuple[str, str]]:
        """`_numbered_names` of the documented claim's subject, read once per claim."""
        own = self._subject_numbers.get(index)
        if own is None:
            own = self._subject_numbers[index] = _numbered_names(self.matcher.entries[index].claim.subject)
        return own

    def _staged_otherwise(self, index: int, stages: frozenset[str]) -> bool:
        """Whether the documented claim's subject names a stage of work and
        none of the sentence's: "the cost of replacing the pumps" is not
        what "the cost of surveying" them measures, however alike the words."""
        own = self._subject_stages.get(index)
        if own is None:
            own = self._subject_stages[index] = _stages_in(self.matcher.entries[index].claim.subject)
        return bool(own) and own.isdisjoint(stages)

    def _places_its_data_are_for(self, text: str) -> tuple[str, ...]:
        """Names no document uses, of the place the sentence's figures are
        said to be for, though in its attribution: "..., according to
        figures for Wales", "council figures in Manchester" (not "according
        to Met figures", whose sayer it is)."""
        if "for" not in text and "covering" not in text and " in " not in text:
            return ()
        data = _DATA_FOR_PLACE.search(text)
        return self.matcher.foreign_places(f"in {data.group(1)}") if data else ()

    def _foreign_places(self, sentence: str) -> tuple[str, ...]:
        """`Matcher.foreign_places`, remembered for the sentence being
        checked: each of its figures asks of the same words."""
        if self._places_memo[0] != sentence:
            self._places_memo = (sentence, self.matcher.foreign_places(sentence))
        return self._places_memo[1]

    def _said(self, text: str) -> frozenset[str]:
        """The words of `text` in lower case, as proper names are kept
        (no stemmer: "Millbeck's" gives "millbeck"), remembered for the
        sentence being checked."""
        if self._said_memo[0] != text:
            self._said_memo = (text, frozenset(_LOWER_WORD.findall(text.lower())))
        return self._said_memo[1]

    def _names_what_it_lacks(self, text: str, named: Match, other: Match) -> bool:
        """Whether the sentence writes, capitalised, a word of `named`'s
        names that `other`'s documented claim never uses: a place or name
        that is the better-matching thing's own, so a figure that agrees
        with `other` is not support (a sibling's figure on the wrong one)."""
        # (Theirs: the names and the clause of the passage that holds the figure; "the bin at Millbeck" in the next clause is another bin's.)
        own, theirs = self.matcher.names_vocabulary_of(named.index), self.matcher.own_words(other.index)
        return any(w in own and w not in theirs and self.matcher.named_in_few_topics(w, _FEW_TOPICS) for w in _capitalised_stems(text))

    def _named_otherwise(self, reading: Reading, text: str, best: Match) -> str | None:
        """Another thing the sentence says has or gives the figure, where it
        does not name `best`'s: named before the figure in its clause, or
        its clause's subject, or named before a clause that goes on with it."""
        instead = self._actor_not_it(text, reading.figure, best)
        if instead is not None:
            return instead  # "The Met's own gangs unit, not the taskforce, recovered 910 knives"
        # "The Kessborough Food Network says it has handed out 9,400 parcels":
        # the sayer is the actor ("it"), and names another thing than `best`'s.
        # (Not a body, which acts for all its things: "Sallowshire County Council
        # said it had spent £1,265,000 on repairing Tollmarsh Bridge".)
        sayer = reading.around.sayer if reading.around is not None else ""
        said_by = self._names_another(sayer, best.topic, best.index) if sayer and not _ENDS_AS_BODY.search(sayer.rstrip(" ,.")) else None
        if said_by is not None:
            return said_by
        # Named in full means written as a name: "county lines gangs" in lower
        # case does not name the Rescue and Response service that "London Gang
        # Exit has diverted hundreds ..." is set against.
        if best.referenced:
            # "... frontline police officers ... by investing £110m in the
            # Knife Crime Strategy": what the sentence refers to by a common
            # word is not what it names in full as the money's recipient ...
            into = self._named_after_by(text, reading.figure, best, _INTO_WHAT, 24) if reading.figure.kind == "money" else None
            # ... nor, where the reference is in another clause ("Building work
            # on the Community Safety Patrol finished in February 2024, and
            # the hub opened ..."), what the figure's own clause names.
            return into or (self._names_another(reading.lead, best.topic, best.index) if reading.lead and not self._refers_to(reading.lead, best) else None)
        if best.names_in_full and not _written_in_lower_case(best.named_run(), text):
            return self._paid_for_after(reading, text, best) or self._subject_described_as_it(text, reading.lead, best)
        # "Police shut the coast road between Kelloway and Thrumby Gap as 11
        # flood warnings covered the bay": a conjunction opens the figure's
        # clause, and what the main clause names does not own it. (Where it
        # is, it still says: "Crime in Birmingham fell when 910 knives ...".)
        if not reading.lead or _CONJUNCTION_BEFORE.search(reading.lead):
            # The figure opens its clause ("87% of young people mentored by
            # Stepping Stones ..."): only its own noun phrase can name
            # another, as who acts on or owns what it counts; not where they
            # are ("Nine households facing the cliff edge at Thrumby Gap").
            phrase = _NOUN_PHRASE_AFTER.match(text, reading.figure.end) if reading.figure.kind in AMOUNTS else None
            if phrase is not None and reading.figure.kind == "count" and _NOUN_AT.match(phrase.group()):
                at_thing = self._named_after(text, reading.figure, best)
                if at_thing is not None and not self.matcher.places_named(at_thing) and _NOUN_AT.fullmatch(text, reading.figure.end, text.find(at_thing, reading.figure.end)):
                    return at_thing  # "Seven posts at the Tidewell Café": the café's posts, not the service's; a thing, not a place
            if phrase is None or not _BY_WHOM_WORD.search(phrase.group()):
                return None  # (most: "£45m Young Londoners Fund" names no one who acts)
            return self._named_after_by(text, reading.figure, best, _BY_WHOM, 12)
        named = self._names_another(reading.lead, best.topic, best.index)
        if named is not None and any(named in aside.group() for aside in _RELATIVE_ASIDE.finditer(reading.lead)):
            named = None  # named only in an aside about another: "the commissioner, whose own Countryside Fund ..., has seen thefts climb to 129"
        if named is not None and self._of_its_own_name(reading.lead, best):
            named = None  # "to run the county's Sallowlink network of 38 routes": the network's routes, whoever runs it
        other = (
            named
            or self._subject_head(reading.lead, best.index)
            or self._channel_named(text, best)
            # "87% of young people mentored by Stepping Stones felt safer":
            # named in the amount's own noun phrase, right after it.
            or (self._named_after(text, reading.figure, best) if reading.figure.kind in AMOUNTS else None)
        )
        if other is None and _CONTINUATION.match(reading.lead):
            # "..., including the ten worst affected": the clause goes on with
            # what the sentence opened with ("The £45m Young Londoners Fund has backed ...").
            other = self._names_another(text[: text.find(reading.lead)], best.topic, best.index)
        if other is None and _subject_shared(text, reading.figure, reading.lead):
            # So does a verb whose subject is the clause's before: "Safe
            # Passage caseworkers closed 11 deal lines and made 17 arrests".
            # (Not a name the documented claim calls by its head: "the trust".)
            other = self._names_another(reading.clause_before, best.topic, best.index)
            if other is not None and other.split()[-1].lower() in _joined_words(best.claim.subject).split():
                other = None
        return other or self._named_where_its_clause_goes_on(reading, text, best)

    def _launch_it_counts_from(self, text: str, name: str, best: Match) -> bool:
        """Whether the sentence names `name` only as the launch a change is
        counted from ("since Dusklight launched"), where the documented
        subject counts from a launch it does not name ("growth of the park
        warden team since the launch") and its document is about `name`, by
        its title or description (not another scheme it mentions)."""
        source = self.corpus.sources.get(best.claim.source)
        if source is None or not _SINCE_A_LAUNCH.search(best.claim.subject):
            return False
        said = re.search(rf"\bsince\s{{1,3}}(?:the\s{{1,3}})?{re.escape(name)}\s{{1,3}}{_LAUNCHED}", text)
        return said is not None and set(tokenize(name)) <= set(tokenize(f"{source.title} {source.description or ''}"))

    def _owed_to_another(self, reading: Reading, best: Match) -> str | None:
        """Another documented thing the figure's clause says it is owed to,
        after it: "62% felt safer thanks to the Retail Crime Team", "...
        since the Retail Crime Team began patrolling", where the documents'
        62% is owed to the cameras."""
        owed = _OWED_TO.search(reading.tail) if reading.tail else None
        return self._names_another(owed.group(1) or owed.group(2), best.topic, best.index) if owed is not None else None

    def _of_its_own_name(self, lead: str, best: Match) -> bool:
        """Whether the figure follows "of" right after a capitalised name of
        `best`'s own subject ("the Sallowlink network of 38 routes"): the
        thing that count is of, named in its own noun phrase."""
        before = _NAMED_THEN_OF.search(lead, max(0, len(lead) - 160))  # (its last few words only)
        if before is None:
            return False
        def names(words: str) -> set[str]:
            # (A capitalised article opening a sentence names nothing: "The fleet of 40 buses".)
            return {w.lower() for w in CAPITALISED_WORD.findall(words)} - _ARTICLES_AND_POSSESSIVES

        return bool(names(best.claim.subject) & names(before.group(1)))

    def _named_where_its_clause_goes_on(self, reading: Reading, text: str, best: Match) -> str | None:
        """Another documented thing named by the clause a subjectless one
        goes on from: the main clause before a participle's ("Police made
        900 arrests during Operation X, taking more than 350 weapons ..."),
        or the name the sentence opens with, before a predicate joined by
        "and" ("Safer Futures ... has now seized 304 knives and made 131
        arrests") or a clause of "with" ("..., with £800,000 available each year")."""
        lead_at = max(0, reading.figure.start - len(reading.lead))
        after_comma = text[:lead_at].rstrip().endswith(",")
        if _PARTICIPLE_LEAD.match(reading.lead) and after_comma:
            other = self._names_another(text[:lead_at], best.topic, best.index)
            if other is not None:
                return other
        joined = _BARE_PREDICATE.fullmatch(reading.lead) and (_AND_BEFORE.search(text, 0, lead_at) or reading.lead.lstrip().startswith("and "))
        if not (joined or _WITH_CLAUSE.fullmatch(reading.lead) and after_comma):
            return None
        opening = _OPENING_NAME_RUN.match(text)
        return self._names_another(opening.group(1), best.topic, best.index) if opening else None

    def _subject_described_as_it(self, text: str, lead: str, best: Match) -> str | None:
        """Another documented thing the sentence opens with as its subject,
        described by `best`'s name in an aside ("Safer Futures, Ravensholt
        Police's dedicated operation against knife crime, was launched ..."):
        the sentence says the thing it names is the one described."""
        opening = _OPENING_NAME_RUN.match(text)
        if opening is None or not text[opening.end() :].startswith(","):
            return None
        run = best.named_run() or ()
        if any(w in opening.group(1).lower().split() for w in run):
            return None
        # Not who said it, where what it said names `best`'s thing: "Cyclo
        # Urban, which runs the scheme ..., said in a statement that its Dye
        # Works Square dock ..." opens with the sayer, not the dock.
        after_aside = text.find(",", opening.end() + 1)
        if after_aside > 0 and _SAYS_NEXT.match(text, after_aside + 1) and run and set(run) <= set(_joined_words(lead).split()):
            return None
        return self._names_another(opening.group(1), best.topic, best.index)

    def _actor_not_it(self, text: str, fig: Figure, best: Match) -> str | None:
        """Who the sentence says acted, where it opens by setting them against
        `best`'s thing ("The Met's own gangs unit, not the taskforce, ...",
        "Charities, rather than the Mayor, granted £7m"); None otherwise."""
        opened = _NOT_THE_ACTOR.match(text, 0, fig.start) if "," in text[: fig.start] else None
        if opened is None:
            return None
        denied = opened.group("denied")
        said = _joined_words(self._claim_text(best.index))
        named = [w for w in _joined_words(denied).split() if w not in ("the", "a", "an", "its", "his", "her", "their", "our")]
        if not named or not (self._refers_to(denied, best) or all(w in said.split() for w in named)):
            return None
        return " ".join(opened.group("actor").split())

    def _refers_to(self, words: str, best: Match) -> bool:
        """Whether `words` refer to `best`'s thing by a head of its name ("the hub")."""
        heads = self.matcher.heads
        return any(best.proper_id in ids for r in referenced_heads(words, heads, self.matcher.stem_of) for ids, _ in heads.get(r.head, ()))

    def _paid_for_after(self, reading: Reading, text: str, best: Match) -> str | None:
        """Another documented thing an amount is said to pay for, named right
        after it, where the sentence names `best`'s before it: "The Tollmarsh
        Bridge fund is meeting £2.5m of the cost of the Greenways network".
        Not where the money comes from ("£2m from the Kindling Fund")."""
        if reading.figure.kind not in AMOUNTS or not reading.lead:
            return None
        return self._named_after_by(text, reading.figure, best, _FOR_WHAT, 24)

    def _named_after_by(self, text: str, fig: Figure, best: Match, cue: "re.Pattern[str]", reach: int) -> str | None:
        """`_named_after`'s name, where the `reach` characters before it end
        in `cue`: who acts on what an amount counts ("mentored *by*
        Stepping Stones"), or what it pays for ("*the cost of* the Greenways
        network"). The name is found whatever its case ("MyEnds" is given
        back as "Myends")."""
        other = self._named_after(text, fig, best)
        at = text.lower().find(other.lower(), fig.end) if other else -1
        return other if other and cue.search(text, max(0, at - reach), at) else None

    def _owned_by_it(self, text: str, fig: Figure, best: Match) -> str | None:
        """"put £45m into the Young Londoners Fund's seed fund": a thing the
        sentence calls by a head only it has ("its seed fund"), owned by
        `best`'s; the amount is the owned thing's, not its owner's."""
        if "'" not in text and "\u2019" not in text:
            return None  # (no possessive: most sentences)
        after = _NOUN_PHRASE_AFTER.match(text, fig.end)
        owned_heads = [m for lead in (_clause_lead(text, fig), after.group() if after else "") for m in _OWNED_HEAD.finditer(lead)]
        if not owned_heads:
            return None
        names = self._names_as_owner(best)
        for owned in owned_heads:
            # Owned by the very thing matched ("the Young Londoners Fund's"), not by another ("the Met's taskforce").
            owner = tokenize(owned.string[max(0, owned.start() - 80) : owned.start() + 1])
            if not any(owner[-len(name) :] == name for name in names):
                continue
            heads = owned.group(1).split()
            part = next((w for w in heads[:2] if w in _PART_NOUNS), None)
            if part is not None and part not in best.claim.subject.lower():
                # "The Young Londoners Fund's first round gave £7m": a part's amount, not the fund's.
                return " ".join(heads[: heads.index(part) + 1])
            # The longest head that refers to one thing: "seed fund", not "seed fund was".
            for n in range(len(heads), 0, -1):
                candidates = self.matcher.match(f"its {' '.join(heads[:n])}")[:MAX_CONTENDING_TOPICS]
                other = next((m for m in candidates if m.referenced and m.topic != best.topic and not any(set(name) <= m.entry.name_vocabulary for name in names)), None)
                if other is not None:
                    return other.claim.subject
        return None

    def _names_as_owner(self, best: Match) -> list[list[str]]:
        """The matched thing's name as written, or where none was matched,
        the capitalised words of its names ("Crew Up campaign": "Crew Up"),
        as stems."""
        named = best.named_run()
        runs = [" ".join(named)] if named else [run for n in best.claim.names for run in _CAPITALISED_RUN.findall(n)]
        return [name for name in map(tokenize, runs) if name]

    def _named_after(self, text: str, fig: Figure, best: Match) -> str | None:
        """Another documented thing named in the amount's own noun phrase,
        right after it; not an office ("since the Deputy Mayor first wrote")."""
        phrase = _NOUN_PHRASE_AFTER.match(text, fig.end)
        if phrase is None:
            return None
        # Up to the next figure: "£5m on 3,500 summer activities and a further £9m on MyEnds".
        own = _NEXT_FIGURE.split(phrase.group(), 1)[0]
        other = self._names_another(own, best.topic, best.index, capitals=1)
        if other is None or _OFFICE_WORDS.intersection(other.lower().split()):
            return None
        # "600 homes for the Combined Authority's Homes for Ossenmere
        # programme": the owner of the thing the documents give it for.
        return None if _OWNER_OF_A_NAME.search(phrase.group()) else other

    def _channel_named(self, text: str, best: Match) -> str | None:
        """"Through its Rescue and Response scheme, City Hall has handed £7m
        ...": the sentence opens with the documented thing the money went
        through, which `best`'s claim never mentions."""
        through = _THROUGH.match(text) or _THROUGH_ASIDE.search(text)
        if through is None:
            return None
        said = _joined_words(self._claim_text(best.index))
        phrase = through.group(1)
        for m in self.matcher.match(phrase)[:MAX_CONTENDING_TOPICS]:
            if m.topic == best.topic:
                continue
            # One of its aliases, with two capitalised words or more, written in the phrase as the documents write it.
            given = [a for a in self.matcher.claim(m.index).aliases if len(CAPITALISED_WORD.findall(a)) > 1 and a in phrase]
            if any(_joined_words(a) not in said for a in given):
                return phrase
        return None

    def _of_the_same_time(self, reading: Reading, period: Period | None, indices: list[int]) -> list[int]:
        """Of documented figures whose period fits the claim's, those that
        hold at the claim's time: not a running total or a level given as of
        another moment, nor a figure whose subject names another year."""
        if period is None:
            return indices
        if period.kind == "window":
            # A running total the documents give "up until May this year",
            # with no period of their own, is not the claim's moment.
            # Unless the claim's moment is the documents' own: "up until May".
            claim = self.matcher.claim
            indices = [
                i for i in indices
                if self.documented(i).period is not None or not _is_running(claim(i)) or (not period.within and _at_moment(period.key, self._placed(claim(i))))
            ]
        if period.kind == "window" and _one_moment(period) and reading.stance is not Stance.PREVIOUS:
            # A level or total the documents give as of one moment ("405 homes
            # by the end of June") is not the claim's figure at another ("by
            # December 2023"): another moment, not a contradiction. (An
            # earlier level, "compared with 53,200 a year earlier", is not of
            # the sentence's moment.)
            indices = [i for i in indices if _reaches(period, self._moment(i))]
        if period.kind == "window" and period.key[:1].isdigit() or period.kind == "running":
            # "local people trained ... in 2023-24", curated with no period:
            # the year its subject names is its period, not "in 2022-23" nor "since 2021".
            indices = [i for i in indices if not self._subject_dated_otherwise(period, i)]
        months = months_of_a_stretch(period.key) if period.kind == "window" else None
        if months is not None:
            # ("in the first three months of 2025-26": April to June 2025, not "in 2024-25".)
            indices = [i for i in indices if not self._subject_dated_otherwise(replace(period, key=months), i)]
        if period.kind == "window" and period.key[:1].isdigit() and reading.stance is not Stance.PREVIOUS:
            indices = self._less_undated_earlier_levels(period, indices)
        if period.kind == "window" and OWN_STRETCH_KEY.fullmatch(period.key):
            indices = self._less_totals_beside_the_stretch(period, indices)
        return indices

    def _less_totals_beside_the_stretch(self, period: Period, indices: list[int]) -> list[int]:
        """Where the documents give a figure for the very stretch of the
        thing's life the claim names ("over its first two years"), less
        their totals of no stretch: "£1.9m since 2023" is not what the first
        two years came to, when they say that was almost £1.2m."""
        read = {i: read_period(self.documented(i).period) for i in indices}
        if not any(p is not None and p.kind == "window" and p.key == period.key for p in read.values()):
            return indices
        return [i for i in indices if read[i] is None or read[i].kind not in ("total", "running")]  # type: ignore[union-attr]

    def _less_undated_earlier_levels(self, period: Period, indices: list[int]) -> list[int]:
        """Less a level the documents give undated as what a change came
        from, where the level it changed to is the one they date to the
        claim's year: "arrested 64 line holders last year, up from 41 the
        year before" gives 41 of no year, but not of the year they give 64 for."""
        this_year = {self.documented(i).value for i in indices if self.documented(i).period is not None and _same_period(period, self.documented(i).period)}
        if not this_year:
            return indices
        return [i for i in indices if self.documented(i).period is not None or not self._changed_to_one_of(i, this_year)]

    def _changed_to_one_of(self, index: int, values: set[Decimal | str]) -> bool:
        """Whether the documented figure at `index` is read in its passage as
        an earlier level, and the passage gives its topic one of `values` too."""
        claim = self.matcher.claim(index)
        if not self._read_as_earlier_level(claim):
            return False
        return any(j != index and self.matcher.claim(j).passage == claim.passage and self.documented(j).value in values for j in self.matcher.topic_indices(claim.topic))

    def _one_measure(self, index: int, other: int) -> bool:
        """Whether the documented figures at `index` and `other` could be
        one measure's: their periods fit, and neither is a total up to a
        moment where the other is a dated stretch or a total up to another
        moment (1,460 referrals from launch to 31 March 2025 is not the 642
        of 2024-25, nor the 1,818 to 30 September 2025)."""
        a, b = self.documented(index).period, self.documented(other).period
        if not periods_compatible(a, b):
            return False
        moments = (self._total_to(index), self._total_to(other))
        if moments[0] and moments[1]:
            return same_at_precision(moments[0], moments[1])
        if not (moments[0] or moments[1]):
            return True
        stretch = read_period(b if moments[0] else a)
        return stretch is None or not (stretch.kind == "window" and stretch.key[:1].isdigit())

    def _total_to(self, index: int) -> str:
        """The moment a documented total is counted up to ("total", as of 31
        March 2025), or ""."""
        claim = self.matcher.claim(index)
        return (claim.as_of or "") if _read_kind(claim.period) == "total" else ""

    def _placed(self, claim: Claim) -> str | None:
        """A documented claim's as_of, a yearless one ("--03", "by the end of
        March") placed in its document's year or the year before (see `_moment`)."""
        if claim.as_of is None or not claim.as_of.startswith("--"):
            return claim.as_of
        published = self.corpus.sources[claim.source].date
        if not published[:4].isdigit() or len(published) < 7:
            return claim.as_of
        month = claim.as_of[2:4]
        year = int(published[:4]) if month <= published[5:7] else int(published[:4]) - 1
        return f"{year}{claim.as_of[1:]}"

    def _moment(self, index: int) -> str | None:
        """The date a documented level or total holds as of, a yearless one
        ("--06", "by the end of June") placed in its document's year or the
        year before, and a running total "so far" as of its document's date;
        None if the claim has another period of its own, no as_of, or a
        yearless one in a document of unknown date."""
        claim = self.matcher.claim(index)
        published = self.corpus.sources[claim.source].date
        period = read_period(claim.period)
        if claim.as_of is None and period is not None and period.kind == "running" and _RUNNING_PASSAGE.search(claim.passage):
            # "about 3,900 patients so far": so far as the document's date.
            return published[:7] if published[:4].isdigit() else None
        if claim.as_of is None or period is not None and period.kind != "total":
            return None
        placed = self._placed(claim)
        return None if placed is not None and placed.startswith("--") else placed

    def _other_payer(self, reading: Reading, topic: str) -> tuple[str, str] | None:
        """Who the sentence says paid, and the subject of a documented sum of
        `topic`, when every documented sum of it names another payer."""
        if self.matcher.maker(reading.scope) is None:
            return None  # the common case: the sentence does not open with who paid
        found = [(self.matcher.other_payer(reading.scope, i), i) for i in self.matcher.topic_indices(topic) if self.documented(i).kind == "money"]
        if not found or any(payer is None for payer, _ in found):
            return None
        payer, index = found[0]
        assert payer is not None
        return payer, self._subject_at(index)

    def _subject_dated_otherwise(self, window: Period, index: int) -> bool:
        """Whether the documented claim at `index`, given with no period nor
        moment, names another year in its subject than the claim's window."""
        claim = self.matcher.claim(index)
        if claim.period is not None or claim.as_of is not None:
            return False
        named = _SUBJECT_MOMENT.search(claim.subject) or _SUBJECT_YEAR.search(claim.subject)
        said = read_period(named.group()) if named else None
        return said is not None and said.kind == "window" and said.key[:1].isdigit() and not periods_compatible(window, said)

    def _subject_at(self, index: int) -> str:
        """The subject of the documented claim at `index`, for a check that asks for it only now and then."""
        return self.matcher.claim(index).subject

    def _publisher(self, index: int) -> str:
        """Who published the document of the claim at `index`, where its
        passage speaks as its publisher ("our helpline", "we employ 112
        staff"); "" if unknown or if the passage reports what others did (a
        trust's FOI reply on what the regional executive paid)."""
        claim = self.matcher.claim(index)
        source = self.corpus.sources.get(claim.source)
        if source is None or not _FIRST_PERSON.search(claim.passage):
            return ""
        return f"{source.known_publisher} {self._kind_of_publisher(claim.source)}".strip()

    def _kind_of_publisher(self, source: str) -> str:
        """What kind of body the document calls its own publisher ("Kindred
        Carers Ashwold is an independent charity", "the charity Kindred
        Carers Ashwold"): "the carers' charity's survey" is then its own.
        "" where the document does not say (read once per document)."""
        kind = self._publisher_kinds.get(source)
        if kind is None:
            publisher = self.corpus.sources[source].known_publisher
            said = _kind_said_of(publisher, self._document_text(source)) if publisher else None
            kind = self._publisher_kinds[source] = said or ""
        return kind

    def _unnamed_body(self, words: str, index: int) -> str | None:
        """`Matcher.unnamed_body` with who the documents have act for the
        claim at `index`; that is worked out only once a body is found."""
        own = self._publisher(index)
        body = self.matcher.unnamed_body(words, index, own)
        wider = self._speaking_for(index, own) if body is not None else own
        return body if wider == own else self.matcher.unnamed_body(words, index, wider)

    def _speaking_for(self, index: int, own: str) -> str:
        """Who the documents have act for the claim at `index`: `own`, its
        document's publisher where the passage speaks as it; else, where the
        passage names no one who acted, the publishers of every document that
        speaks of the thing. "The council's Fieldhopper service reaches 64
        villages": a trade paper's passage names no body, and the council's
        own notices run the service."""
        if own or self.matcher.names_another(self.matcher.claim(index)):
            return own
        sources = (self.corpus.sources.get(s) for s in sorted(self.matcher.sources_of_thing(index)))
        return " ".join(s.known_publisher for s in sources if s is not None and s.known_publisher)

    def _coded_otherwise(self, lead: str, index: int) -> str | None:
        """A service the figure's clause calls by a code ("Punctuality on the
        X9 is 71%"), where the documented claim at `index` is of one it calls
        by another number or code ("punctuality on the 42 bus route") and
        never gives this one."""
        code = _SERVICE_CODE.search(lead) if lead else None
        if code is None:
            return None
        claim = self.matcher.claim(index)
        if not labelled_numbers(claim.subject) and not _SERVICE_CODE.search(claim.subject):
            return None  # (a thing called by no number: "the A1093 coast road" may run past it)
        return None if code.group().lower() in self._claim_text(index) else code.group()

    def _numbered_otherwise(self, lead: str, text: str, index: int) -> str | None:
        """A place or service the figure's clause calls by a number before it
        ("Passengers on the 42 bus make ...", "Ward 12 has ...") that the
        documented claim at `index` never gives. Not a programme, a law or a
        year group ("Radio 4", "No 10", "Section 106", "Year 9"): the
        setting of a sentence, not what holds its figure."""
        if not lead or _NUMBERED_THING.search(lead) is None:
            return None  # (no such word: most leads, read without the tokeniser)
        numbers = [(n, name) for n, name in labelled_numbers(lead) if _NUMBERED_THING.search(name)]
        if not numbers:
            return None
        claim = self.matcher.claim(index)
        if any(re.search(rf"\b{re.escape(word)}\b", text) for name in claim.names for word in CAPITALISED_WORD.findall(name)):
            return None  # "Fieldhopper, which meets the 42 bus, ...": its own name given, the number is another's
        said = self._claim_text(index)
        # (Its own figure is no mention of the number: "Ward 12 has 12 trolley
        # spaces" against the handover unit's 12 spaces, where Ward 12 is another's.)
        rest = said.replace(claim.figure.lower(), " ")

        def given(number: str, name: str) -> bool:
            written = re.compile(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)")
            if written.search(said) is None:
                return False
            # Written only as the figure itself, it names another place where
            # the place is its clause's subject ("Ward 12 has 12 ..."), not in
            # a clause before ("Passengers on Route 150 ..., which is 150 strong").
            after = lead[lead.find(name) + len(name) :] if name in lead else ","
            subject = _RELATIVE_OR_COMMA.search(after) is None
            return not subject or name.lower() in said or written.search(rest) is not None

        return next((name for number, name in numbers if not given(number, name)), None)

    def _another_known_body(self, clause: str, best: Match) -> str | None:
        """A body the corpus names, called by a name of two capitalised words
        or more ending in what it is ("The Valley Transport Board"), that
        opens the figure's clause as who did it, where the documented claim
        (its names, passage and publisher) never names it."""
        if not clause[:1].isupper() or not any(head in clause[:200] for head in _BODY_HEAD_WORDS):
            return None  # most clauses open with no body's name: no pattern is compiled for them
        opening = _A_BODY_OPENING.match(clause)
        if opening is None:
            return None  # the common case: no pattern but this cheap one is run
        name = opening.group(1)
        if any(self.matcher.known_stem(w.lower()) is None for w in name.split()):
            return None  # a name no document uses: see `unknown_actor`
        if name.lower() in self._claim_text(best.index):
            return None
        return None if self._published_it(name, best.index) else name

    def _published_it(self, body: str, index: int) -> bool:
        """Whether `body` published the document of the claim at `index`, whose
        passage names no body as doing it: a council's report on "the public
        consultation" reports the council's own ("Hollinwick-shire County
        Council opened its consultation ..."); a campaign's press release on
        "the council's budget" does not report the campaign's."""
        if self._publisher_names is None:
            self._publisher_names = frozenset(_THE.sub("", src.known_publisher).lower() for src in self.corpus.sources.values() if src.known_publisher)
        said = _THE.sub("", body).lower()
        if said not in self._publisher_names:
            return False  # (most names are no publisher's: no claim is read for them)
        claim = self.matcher.claim(index)
        source = self.corpus.sources.get(claim.source)
        if source is None or said != _THE.sub("", source.known_publisher).lower():
            return False
        return _A_BODY_NAMED.search(claim.passage) is None

    def _surveyed_by_another(self, text: str, fig: Figure, index: int) -> str | None:
        """The body the sentence says made the survey, study or count that
        gives the figure ("a survey by the Friends of Hobbern Park", "the
        Walkers Trust's poll"), where the documented claim at `index` (its
        words, its document's title and publisher) never names it."""
        if not _SURVEY_WORD.search(text, 0, fig.start):
            return None  # the common case: no survey named before the figure
        found = next(reversed(list(_SURVEYED_BY.finditer(text, 0, fig.start))), None)  # the nearest before it
        if found is None:
            return None
        name = found.group(1) or found.group(2)
        claim = self.matcher.claim(index)
        source = self.corpus.sources.get(claim.source)
        said = f"{self._claim_text(index)} {source.title if source else ''} {source.known_publisher if source else ''}".lower()
        words = [w.lower() for w in CAPITALISED_WORD.findall(name) if w.lower() not in _ARTICLES_AND_POSSESSIVES]
        return _THE.sub("", name).strip() if words and any(w not in said for w in words) else None

    def _claim_text(self, index: int) -> str:
        """A documented claim's subject, aliases and passage, and who
        published its document, lower case, read once per claim: an annual
        review's "our helpline" is its publisher's ("The Hearthlight Trust's helpline")."""
        said = self._claim_texts.get(index)
        if said is None:
            claim = self.matcher.claim(index)
            said = self._claim_texts[index] = " ".join((claim.subject, *claim.aliases, claim.passage, self._publisher(index))).lower()
        return said

    def _alias_given(self, m: Match, lead: str) -> tuple[str, ...] | None:
        """The documented claim's alias `lead` writes as a name ("Through
        MyEnds, ..."), when it names the thing by an alias, not in full."""
        for alias in self.matcher.claim(m.index).aliases:
            run = tuple(re.findall(r"[a-z0-9]+", alias.lower()))
            if run and _written_as_name(run, lead) and re.search(rf"\b{re.escape(alias)}\b", lead, re.I):
                return run
        return None

    def _names_another(self, lead: str, topic: str, index: int, capitals: int = 2) -> str | None:
        """A documented name the sentence gives in full, of another thing than
        `topic`'s (which it does not name) and that the claim at `index` never
        mentions: the figure is said of that other thing."""
        found = CAPITALISED_WORD.findall(lead)
        if len(found) < capitals:
            return None  # a name of two capitalised words or more is needed: no lookup for most leads
        if capitals < 2 and not any(w.lower() in self.matcher.stem_of for w in found):
            return None  # (one word, and none the corpus uses: no lookup)
        said = _joined_words(self._claim_text(index))
        for m in self.matcher.match(lead):
            if m.topic == topic:
                continue
            # (A one-word alias names it only where the caller reads a short phrase: "the Greenways cycle network".)
            run = m.named_run() or (self._alias_given(m, lead) if m.names_in_full or capitals < 2 else None)
            if run is None or " ".join(run) in said:
                continue  # the documented claim names it too
            if not _written_as_name(run, lead):
                continue  # its words, but not as a name ("an action plan ... knife crime")
            if actor_name(run):
                continue  # the documents' usual actors ("Mayor of London") act for every thing
            return _as_written(run, lead)
        return None

    def _police_pays(self, lead: str, index: int) -> str | None:
        """The Met (a usual actor of the documents, but not a payer of every
        thing) opening the clause as who puts the money in ("The Metropolitan
        Police is putting an additional £9m ..."), when the claim at `index`
        never speaks of it."""
        payer = _POLICE_PAYS.match(lead)
        if payer is None or any(w in self._claim_text(index) for w in tokenize(payer.group(1))):
            return None
        return payer.group(1)

    def _subject_head(self, lead: str, index: int) -> str | None:
        """The head of a documented name opening the clause as its subject
        ("The 150-officer violent crime *taskforce* has made ..."), when the
        claim at `index` never speaks of such a thing: the documents give
        the figure for someone else (the Met's 166 arrests)."""
        subject = _CLAUSE_SUBJECT.match(lead)
        if subject is None:
            return None
        head = subject.group(1)
        stems = tokenize(head)
        stem = self.matcher.stem_of.get(head) or (stems[0] if stems else "")
        if stem not in self.matcher.heads:
            return None
        if head in self._claim_text(index).replace("task force", "taskforce"):
            return None
        # "The Met's specialist violent crime unit": its other words may say
        # it is the documented thing after all (the Violent Crime Task Force).
        vocabulary = self.matcher.entries[index].vocabulary
        if any(w in vocabulary for w in tokenize(subject.group(0)[: subject.start(1)])):
            return None
        return f"the {head}"

    def _dates_event(self, event: list[str], index: int, of: str = "") -> bool:
        """Whether the documented claim at `index` names the event a date
        marks ("*launch* of the Violent Crime Task Force" for "launched")."""
        if not event:
            return False
        vocabulary = self.matcher.names_vocabulary_of(index)
        # (A "start" itself only as the noun of what started, below: "start of the VRU's funding" is the funding's.)
        if any(word in vocabulary for word in (event[0], *_event_nouns().get(event[0], ())) if word != _start_stem()):
            return True
        if event[0] not in _launch_stems():
            return False
        if event[0] == _start_stem() and _BEGINNING_TO_WORK.search(self._subject_at(index)):
            return True  # "the Quintrell Trust beginning work in Stellingfold" for "began working"
        # A launch is dated by a "start of" too (see _START_OF).
        start = _START_OF.search(self._subject_at(index))
        # (Of the thing the sentence names, by any word of its name: "start of Operation Brackenfold" for "Brackenfold sweeps".)
        if start is None or not of or not start.group(1):
            return start is not None
        named = [_POSSESSIVE_END.sub("", w).lower() for w in start.group(1).split()]
        return any(w in of.lower() for w in named if w not in _KINDS_OF_NAMED_THING) or all(w in of.lower() for w in named)

    def _names_an_event(self, index: int) -> bool:
        """Whether the documented claim at `index` names an event of any kind
        ("*opening* of the next round"): where it does not date the event a
        sentence names, it dates another."""
        vocabulary = self.matcher.names_vocabulary_of(index)
        return any(stem in vocabulary for stem in _event_nouns())

    def _event_of_the_named(self, reading: Reading, event: list[str], subjects: set[str]) -> Match | None:
        """For a date whose event has no subject of its own ("..., and since
        it was launched in April 2018 the unit ..."), or whose subject is a
        name (`subjects`, its topics: "The Ashgate House Museum, shut since
        September 2023 and now ..."), the one documented claim dating that
        event of the one thing the sentence names, however much else the
        sentence says."""
        if not event:
            return None
        if subjects:
            matches, its = self.matcher.match(f"{reading.event_subject} {reading.event}"), lambda m: m.topic in subjects
        elif _PRONOUN_EVENT.search(reading.around.text if reading.around else "", 0, reading.figure.start):
            matches, its = self.matcher.match(reading.sentence_scope), _named
        else:
            return None
        found = {m.topic: m for m in matches if its(m) and self._dates_event(event, m.index) and self._gives(m.topic, reading.figure)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _newer_than_the_documents(self, reading: Reading, topic: str) -> str | None:
        """The newest date of the documents giving `topic`'s figures, when the
        moment the claim speaks of starts after it; None when it does not, or
        when a document's date is unknown."""
        window = reading.window
        if window is None or window.kind != "window" or not re.match(r"\d{4}", window.key):
            return None
        dates = {self.corpus.sources[self.matcher.claim(i).source].date for i in self.matcher.topic_indices(topic)}
        if not dates or not all(re.fullmatch(r"\d{4}(?:-\d\d){0,2}", d) for d in dates):
            return None
        # (The figure's own clause: "would add 12 stops ..., bringing its total to 70, and that the
        # closures would take effect on 30 June 2025" does not put the 70 at 30 June 2025.)
        clauses = [self.matcher.figure_clause_text(i) or "" for i in self.matcher.topic_indices(topic)]
        if all(any(said in clause for clause in clauses) for said in window.text.split(", ")):
            return None  # "12 reports overdue, to be cleared by 30 June 2025": the documents speak of that moment themselves, as a plan
        text = reading.around.text if reading.around is not None else ""
        if text and all((at := text.find(said)) > 0 and _UNTIL_BEFORE.search(text, max(0, at - 30), at) for said in window.text.split(", ")):
            return None  # "a £9.8m programme that runs until March 2027": when it ends, which documents written before may give
        newest = max(dates)
        start = window.key.split("/")[0]
        if start[: len(newest)] <= newest[: len(start)]:
            return None
        # A budget written in February for the year from April speaks of
        # that year: a documented figure dated then is not "before" it.
        ends = (self._time_of(i).split("/")[-1] for i in self.matcher.topic_indices(topic))
        return None if any(end[: len(start)] >= start[: len(end)] for end in ends if end[:1].isdigit()) else newest

    def _time_of(self, index: int) -> str:
        """The dates a documented figure holds for: its period's window
        ("2024-04/2025-03"), the moment it is given as of, or the date it
        is; "" if none."""
        period = read_period(self.matcher.claim(index).period)
        if period is not None and period.kind == "window":
            return period.key
        figure = self.documented(index)
        if figure.kind == "date" and isinstance(figure.value, str):
            return figure.value
        return self._moment(index) or ""

    def _passage_counts_things(self, m: Match) -> bool:
        """Whether the noun right after a documented count in its own passage
        names things, not people ("access to 2,500 *summer activities*")."""
        if self.documented(m.index).kind != "count":
            return False
        found = self._noun_after_its_figure(m.claim)
        return found is not None and found[0].lower() not in _PERSONS

    def _passage_counts_people(self, m: Match) -> bool:
        """Whether the noun right after a documented count in its own passage
        names people ("resuscitated 1,240 *patients*")."""
        if self.documented(m.index).kind != "count":
            return False
        found = self._noun_after_its_figure(m.claim)
        return found is not None and found[0].lower() in _PERSONS

    def _counts_its_head(self, m: Match, stem: str) -> bool:
        """Whether a documented subject of the form "X of ..." counts the
        claim's noun: "ages of the children and young people" are not a
        count of young people, though its words hold them; "number of young
        people" is."""
        head_of = _HEAD_OF.match(m.claim.subject)
        if head_of is None or head_of.group(1).lower() in _QUANTITY_HEADS:
            return True
        return self.matcher.known_stem(head_of.group(1)) == stem

    def _said_as_counted(self, m: Match, stem: str) -> bool:
        """Whether the documented claim's subject holds the counted noun, or
        an alias ends with it: a noun only inside another name ("weapons" in
        the alias "weapons amnesty bins" of the bins' sites) is not what it counts."""
        (_, subject), *aliases = m.entry.names  # (name, its stems), the subject first: stemmed when the index was built
        return stem in subject or any(stems[-1:] == [stem] and _ends_on(alias, stem) for alias, stems in aliases)

    def _passage_counts(self, index: int) -> str | None:
        """The stem of the noun right after the documented figure in its own
        passage ("Sixty-one *artists*, community groups ..."): what the
        documents count, where the subject calls it otherwise ("Kindling
        Fund grants in the third round"). Worked out once per claim."""
        if index not in self._passage_counted:
            counted = self._noun_after_its_figure(self.matcher.claim(index))
            self._passage_counted[index] = counted[1] if counted is not None else None
        return self._passage_counted[index]

    def _noun_after_its_figure(self, claim: Claim) -> tuple[str, str] | None:
        """The noun right after the documented figure in its own passage, as
        written and as a stem; None where the passage does not write the figure."""
        span = figure_span(claim)
        if span is None:
            return None
        found = self.matcher.counted_word(claim.passage[span[1] : span[1] + _AFTER])
        whole = _OF_A_WHOLE_SAID.match(claim.passage) if found is None else None
        if whole is not None and whole.end() < span[0]:
            # "Of the 1,140 young people we worked with this year, nine were
            # permanently excluded": the nine are of the young people.
            return self.matcher.counted_word(claim.passage[whole.end() : whole.end() + _AFTER])
        return found

    def _counted_head(self, m: Match) -> str | None:
        """The stem of what a documented count counts, by its subject's head ("*boroughs* with schemes ...")."""
        head = self.matcher.counted_word(f" {m.claim.subject}")
        return head[1] if head is not None else None

    def _next_to(self, index: int) -> frozenset[int]:
        """The documented claims whose passages run on from this one's in its
        document: the same sentence, or the one just before or after it in
        the same paragraph."""
        source = self.matcher.claim(index).source
        table = self._beside.get(source)
        if table is None:
            # A source's claims sit together in its claims file: its block is
            # the entries around `index` with the same source.
            lo, hi = index, index
            while lo > 0 and self.matcher.claim(lo - 1).source == source:
                lo -= 1
            while hi + 1 < len(self.matcher) and self.matcher.claim(hi + 1).source == source:
                hi += 1
            passages = [(i, self.matcher.claim(i).passage) for i in range(lo, hi + 1)]
            table = self._beside[source] = passages_beside(self._document_text(source), passages)
        return table.get(index, frozenset())

    def _only_one_over(self, topic: str, fig: Figure, period: Period | None) -> bool:
        """Whether `period` is a rate, a stretch or a total ("a year", "over
        the next two years", "in total") and the documents give `topic` one
        figure over that very period (in one passage or several): then the
        two measure the same thing."""
        if period is None or period.kind not in ("rate", "duration", "total"):
            return False
        same = [i for i in self.matcher.topic_indices(topic) if comparable(fig, self.documented(i)) and _same_kind_of_period(period, self.documented(i).period)]
        return len({self.documented(i).value for i in same}) == 1

    def _unknown_body(self, name: str) -> str | None:
        """A body the documents never name ("West Midlands Police"): a name of
        words no document uses, called a police force, council, office ...
        (a person's name alone may be speaking for the documents' own)."""
        foreign = self.matcher.foreign_names(name, first_counts=True)
        return " ".join(foreign) if foreign and _BODY_WORD.search(name) else None

    @staticmethod
    def _narrower_count(evidence: list[Evidence], text: str) -> str | None:
        """The "for ..." phrase ("arrests *for offensive weapons*") that makes
        every conflicting documented count narrower than the sentence's,
        when the sentence says none of its words; else None."""
        said = set(tokenize(text))
        found = None
        for e in evidence:
            if e.relation is not Relation.CONFLICTS:
                continue
            restriction = _FOR_PHRASE.search(e.claim.subject)
            if restriction is None or said & set(tokenize(restriction.group(1))):
                return None
            found = restriction.group(0).strip()
        return found

    def _counted_otherwise(self, evidence: list[Evidence], counted: tuple[str, str], text: str) -> tuple[str, str] | None:
        """What every conflicting documented count counts, where none of them
        counts what the sentence does (`counted`: its noun and stem), and
        neither speaks of the other's: the head of its subject, with the
        subject of one of them; else None."""
        word, stem = counted
        if word.lower() in _PERSONS or word.lower() in _ANYONE:
            return None  # people are counted by what was done to them: "arrested 4,397 suspects" are the documents' arrests
        said = set(tokenize(text))
        alike = [*_COUNTED_ALIKE.get(word.lower(), ()), *(_HEADS_ALIKE if word.lower() in _HEADS_ALIKE else ())]
        said |= {s for s in (self.matcher.known_stem(w) for w in alike) if s is not None}  # "24 agencies": the documents' providers
        found = None
        for e in evidence:
            if e.relation is not Relation.CONFLICTS:
                continue
            nouns = [self.matcher.counted_word(f" {e.claim.subject}"), self._noun_after_its_figure(e.claim)]
            if any(n is None or n[1] in said for n in nouns) or stem in tokenize(f"{e.claim.subject} {' '.join(e.claim.aliases)}"):
                return None
            found = found or (nouns[0][0], e.claim.subject)  # type: ignore[index]
        return found

    def _counted_apart(self, text: str, fig: Figure, counted: tuple[str, str], evidence: list[Evidence], topic: str) -> tuple[str, str] | None:
        """The sentence's counted phrase ("53 *tractor* thefts") and another
        topic's subject, where another topic's subject holds the whole
        phrase ("thefts of tractors ...") and a word of it is nowhere in the
        documents that agree with the figure, nor in the subjects they are
        curated under: the documents count that apart. (A word the agreeing
        document uses elsewhere may describe the same things: the
        "secondary" schools of a programme's target.)"""
        agreeing = [e for e in evidence if e.relation is Relation.SUPPORTS]
        for word in self.matcher.counted_modifiers(text[fig.end : fig.end + _AFTER]).split():
            phrase = f"{word} {counted[0]}"
            other = next((i for i in sorted(self.matcher.subjects_holding(phrase, at_least=2)) if self.matcher.topic_of(i) != topic), None)
            if other is None:
                continue
            stem = self.matcher.known_stem(word)
            if not any(stem in tokenize(f"{e.claim.subject} {' '.join(e.claim.aliases)}") or stem in self._words_of_document(e.source.id) for e in agreeing):
                return phrase, self.matcher.claim(other).subject
        return None

    def _counts_the_same(self, stem: str, text_after: str, documented: Match) -> bool:
        """Whether the claim's count counts what the documented one does: its
        noun heads its phrase ("200 *officers* working ...", not "six
        *firearms* training ranges") and heads the documented subject too
        ("*officers* in the violent crime taskforce", not "boroughs with
        *schemes* ...")."""
        if not self.matcher.counted_head_is_last(text_after):
            return False
        if self._counted_head(documented) != stem:
            return False
        # "81 *youth* centres" are not "major trauma centres": the claim's
        # modifiers must be the documented subject's too.
        modifiers = tokenize(self.matcher.counted_modifiers(text_after))
        subject = set(tokenize(documented.claim.subject))
        return all(w in subject for w in modifiers)

    def _another_place_s_agreement(self, reading: Reading, evidence: list[Evidence]) -> tuple[str, str, str] | None:
        """The one place the figure's own words name, before or after it
        (not the corpus's home), where every documented claim that agrees
        with it is of another place, by its subject: the sentence's place,
        its stem and the agreeing claims' place; None otherwise."""
        if not reading.lead.strip():
            return None
        home = self._home_place()
        # (Its lead and what follows it: "19,800 at Bellhampton and 7,100 at
        # Wyle Cross" names the 7,100's place after it; two places are left alone.)
        agreeing = [e.claim.subject for e in evidence if e.relation is Relation.SUPPORTS]
        # (Each subject's own places, set as places: "who live in the Drummerby district".)
        placed = [self.matcher.places_placed(subject) for subject in agreeing]
        # (Less a name the agreeing subjects hold, but not as a place: "of
        # those Harbourlight saw" names the service they count, which the
        # corpus also writes as if a place.)
        shared = {t for subject in agreeing for t in tokenize(subject)} - {s for places in placed for _, s in places}
        named = list({stem: (w, stem) for w, stem in self.matcher.places_named(f"{reading.lead} {reading.tail}") if stem != home and stem not in shared}.values())
        if len(named) != 1 or not agreeing:
            return None  # (most figures: no place of their own, or several to weigh)
        word, stem = named[0]
        theirs = [[(w, s) for w, s in places if s != home] for places in placed]
        if all(places and stem not in {s for _, s in places} for places in theirs):
            return word, stem, theirs[0][0][0]
        return None

    def _judged_for_its_place(self, check: FigureCheck, evidence: list[Evidence], elsewhere: tuple[str, str, str]) -> tuple[FigureCheck, list[Evidence]]:
        """A figure the documents give only for another place, judged on
        what they give for the sentence's: conflicting where a documented
        claim of that place disagrees, else unconfirmed."""
        word, stem, theirs = elsewhere
        own = [e for e in evidence if e.relation is Relation.CONFLICTS and stem in {s for _, s in self.matcher.places_placed(e.claim.subject)}]
        fig = check.figure
        if own:
            why = f"{fig.text}: the sentence gives it to {word!r}; the documents give {_list([e.claim for e in own][:3])} for {own[0].claim.subject!r}, and {fig.text} only for {theirs!r}."
            return replace(check, verdict=Verdict.CONFLICTING, reason=why), [e if e in own else replace(e, relation=Relation.RELATED) for e in evidence]
        return _unconfirmed(check, evidence, f"{fig.text}: the sentence gives it to {word!r}; the documents give it only for {theirs!r}, and nothing for {word!r}.")

    def _home_stems(self) -> frozenset[str]:
        """The stems of the corpus's home place and of its publishers' words:
        where its documents are written, never a neighbour of it."""
        home = self._home_place()
        return frozenset({self.matcher.stem_of.get(w, w) for w in self._publishers()} | ({home} if home else set()))

    def _publishers(self) -> frozenset[str]:
        """The capitalised words of the documents' publishers, lower case ("the
        National Ledger"): who wrote a document, not whose a figure is."""
        if self._publisher_words is None:
            said = " ".join(src.publisher or "" for src in self.corpus.sources.values())
            self._publisher_words = frozenset(w.lower() for w in re.findall(r"\b[A-Z][\w'-]+", said) if w.lower() not in ("the", "unknown"))
        return self._publisher_words

    def _source_names(self) -> frozenset[str]:
        """The words of the documents' titles, descriptions and publishers, lower case."""
        if self._title_words is None:
            said = " ".join(f"{src.title} {src.description or ''} {src.publisher}" for src in self.corpus.sources.values())
            self._title_words = frozenset(w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", said))
        return self._title_words

    def _named_right_after(self, text: str, fig: Figure) -> Match | None:
        """The documented thing the words right after a money figure name
        ("his £5.6m Rescue and Response scheme"), with a figure of its kind:
        the figure is its budget, however much else the sentence says."""
        if fig.kind != "money":
            return None
        at = _past_aside(text, fig.end)
        spent = _SPENT_CLAUSE.match(text, at, min(len(text), at + _AFTER))
        if spent is not None:
            at = spent.end()  # "the £7 million he has poured into London Gang Exit services"
        after = _NEXT_WORDS.match(text, at, min(len(text), at + _AFTER))
        said = after.group().split() if after is not None else []
        if said and said[0].lower() in _FUNDED_LEAD:
            said = said[1:]  # "£19m into VRU's MyEnds scheme": what it is put into
        if not said or said[0].lower() in _NOT_A_NAME_START:
            return None  # "£9m and the Rescue and Response scheme": another amount's thing
        # "into MyEnds as the crisis bites": the name ends where a clause begins.
        said = list(itertools.takewhile(lambda w: w.lower() not in _NAME_ENDS, said))
        accepts = self._accepts()
        # Its budget or cost, not a change in it ("increase in the cost of
        # the Tannery Link"), unless that is all the documents give. (The
        # first level that gives it ends the search, as most are.)
        change: Match | None = None
        for m in self.matcher.match(" ".join(said)):
            if not (accepts(m) and _named(m)):
                continue
            is_change = _CHANGE_NAMED.match(m.claim.subject) is not None
            if (change is None or not is_change) and self._gives(m.topic, fig):
                if not is_change:
                    return m
                change = m
        return change

    def _well_covered(self, matches: list[Match], topic: str, accepts: Callable[[Match], bool], kind: str = "", bounded: bool = False) -> bool:
        """Whether some accepted documented claim of `topic` holds most of
        the words said around the figure: if not, the sentence named the
        thing but may be giving another measure of it."""
        for m in matches:
            if m.topic == topic and accepts(m):
                if m.precision >= self.min_precision:
                    return True
                # A purpose set off by a comma (", to help steer young
                # Londoners ...") says what it is for, not what it measures.
                purpose = _PURPOSE.search(m.subject_text)
                aside = set(tokenize(purpose.group())) if purpose else set()
                if kind == "money":
                    aside |= _money_verbs()  # "pays out", "handed": how money moves, not what it measures
                if bounded:
                    aside |= _bound_verbs()  # "didn't hit 500", "fell short of": the bound, read as its qualifier
                aside |= _time_frame_words()  # "in the period from ... to the close of May 2019": when, read as its period
                said = [t for t in m.tokens if t not in aside]
                unexplained = [t for t in m.unknown_to_corpus if t not in aside]
                if said and len(unexplained) / len(said) <= MAX_UNEXPLAINED_SHARE:
                    return True
        return False

    def _reached(self, same_measure: list[int], verb: str) -> list[int]:
        """Of documented figures of one measure at different moments, those
        of the latest, where the sentence says the figure was reached by a
        change that way (`verb`: "rose to 58%" against 41% in 2023 and 58%
        in 2024); all of them where the change runs the other way ("fell to 58%")."""
        moments = {i: self.matcher.claim(i).as_of or "" for i in same_measure}
        if not all(moments.values()) or len(set(moments.values())) < 2:
            return same_measure
        latest = max(moments.values())
        values = {i: self.documented(i).value for i in same_measure}
        new = [v for i, v in values.items() if moments[i] == latest and isinstance(v, Decimal)]
        old = [v for i, v in values.items() if moments[i] != latest and isinstance(v, Decimal)]
        if len(new) + len(old) < len(values):
            return same_measure  # (a value that is no number: a date, a range)
        went_up = min(new) > max(old)
        went_down = max(new) < min(old)
        if (verb.lower() in _RISES and went_up) or (verb.lower() not in _RISES and went_down):
            return [i for i in same_measure if moments[i] == latest]
        return same_measure

    def _why_rejected(self, m: Match) -> str:
        return m.why_rejected(self.threshold, self.min_precision)

    @staticmethod
    def _said_of_now(reading: Reading, period: Period | None) -> bool:
        """Whether the figure is said of the present: "now", or held in the
        present tense with no time given ("FarmWatch has fewer than 1,000
        members"), which a count of when it began does not back."""
        if _NOW.search(reading.scope):
            return True
        return period is None and not reading.dated and _HOLDS_NOW.search(reading.lead) is not None

    def _judge(self, index: int, reading: Reading, topic: str, scores: dict[int, float]) -> tuple[FigureCheck, list[Evidence]]:
        """The verdict on `reading`'s figure against the documented figures of `topic`."""
        fig = reading.figure
        period = _claim_period(reading)
        documented = self.documented
        docs = [i for i in self.matcher.topic_indices(topic) if comparable(fig, documented(i))]
        # Each documented claim read from the index once: every one used below is among `docs`.
        claim = {i: self.matcher.claim(i) for i in docs}.__getitem__
        same_measure = self._of_the_same_time(reading, period, [i for i in docs if self._period_fits(period, reading, i)])
        aimed = [i for i in same_measure if _AIMED_SUBJECT.search(claim(i).subject)]
        if aimed and reading.around is not None and _AIMED_SENTENCE.search(reading.around.text):
            aimed = []  # the sentence speaks of an aim too
        # "On-call availability is now 85 per cent" against the 85 per cent
        # 'the service wants by 2026': a target is not a level reached.
        same_measure = [i for i in same_measure if i not in aimed]
        alone = _named_alone(reading.around.text) if reading.around is not None and fig.kind in AMOUNTS and len(same_measure) > 1 else None
        if alone is not None:
            # "23 arrests in Haverdeen alone": judged on the documents' count
            # for Haverdeen (14), not their 23 across the network.
            place = rf"\b{re.escape(alone.group(1) or alone.group(2))}\b"
            same_measure = [i for i in same_measure if re.search(place, claim(i).subject)] or same_measure
        if fig.kind == "date" and reading.event and len(same_measure) > 1:
            # "have until 1 April to bid": a round's opening on 1 April is no
            # support where the documents date the event the sentence names
            # (its closing, on 29 May).
            event = tokenize(reading.event)
            dating = {i: self._dates_event(event, i) for i in same_measure}
            # (Where a date of that event can tell: the fund's announcement
            # "in February", of no year, leaves its creation in February 2018 to.)
            if any(dating[i] and self._outcome_of(fig, reading, i) is not None for i in same_measure):
                same_measure = [i for i in same_measure if dating[i] or not self._names_an_event(i) or self._outcome_of(fig, reading, i) is not True]
        another_kind = False  # a change judged where the documents' changes of it are of another kind
        if reading.stance is Stance.CHANGE:
            # "fell by 31 to 214": a topic holding the change ("fall in
            # complaints", 31) and the level (214) measures two things; a
            # change is judged on the documented changes, and where those
            # are of another kind ("up 71%" against "by 11,500"), on none.
            changes = [i for i in same_measure if self._documented_change(i) != 0]
            another_kind = bool(same_measure) and not changes and any(self._documented_change(i) != 0 for i in self.matcher.topic_indices(topic))
            same_measure = changes if changes or another_kind else same_measure
        elif len(same_measure) > 1 and reading.stance is Stance.ASSERTED:
            # ... and a level on the levels, where the curator's figure says it is a difference ("31 fewer").
            same_measure = [i for i in same_measure if not (_CHANGE_NAMED.match(claim(i).subject) and _A_DIFFERENCE_WRITTEN.search(claim(i).figure))] or same_measure
            # So where its passage says so ("fell by 15"), beside documented
            # levels, unless it is the sentence's figure ("jumped 38%": a change said as a level).
            written = [i for i in same_measure if _CHANGE_NAMED.match(claim(i).subject) and self._a_change_as_written(i)]
            if written and any(not _CHANGE_NAMED.match(claim(i).subject) for i in same_measure) and not _said_as_a_change(reading):
                same_measure = [i for i in same_measure if i not in written or self._outcome_of(fig, reading, i) is True]
        if period is not None and period.kind == "running" and any(_is_running(claim(i)) for i in same_measure):
            # "no more than 300 knives since its launch": the documents'
            # totals since the launch are that measure, not a count over
            # 2023/24 that a launch of unknown date cannot be told from.
            same_measure = [i for i in same_measure if _is_running(claim(i))]
        if self._said_of_now(reading, period) and reading.stance is not Stance.PREVIOUS:  # ("now 140, up from 60": the 60 is not now)
            # "87 per cent now take them up": not the documents' figure of an
            # earlier moment ("... a year earlier", "... when the contract
            # was let"), where they give the same measure for a later one.
            later = [i for i in same_measure if not _EARLIER.search(f"{claim(i).subject} {claim(i).period or ''}")]
            same_measure = later or same_measure
        elif reading.stance is Stance.ASSERTED and _AT_ITS_START.search(reading.scope):
            # "had 350 members when it began": the documents' figure of its
            # start, not of a later moment they give no date for ("now 1,205").
            same_measure = [i for i in same_measure if _AT_ITS_START.search(f"{claim(i).subject} {claim(i).period or ''}")] or same_measure
        reached = _REACHED_BEFORE.search(reading.around.text, max(0, fig.start - 60), fig.start) if len(same_measure) > 1 and reading.around is not None else None
        if reached is not None:
            same_measure = self._reached(same_measure, reached.group(1))
            # The level a change reached is the later one: not a documented
            # figure of "a year ago", which is where it came from.
            same_measure = [i for i in same_measure if not _CAME_FROM.search(f"{claim(i).subject} {claim(i).period or ''}")] or same_measure
        verdicts = {i: self._outcome_of(fig, reading, i) for i in same_measure}
        if fig.kind in ("count", "duration") and period is not None and period.kind == "rate":
            # "35 households every day" against the documents' 35 a week:
            # a count at another rate is another measure, not a wrong one
            # (the labellers of every invented corpus read it so), and so
            # are hours of something ("37,500 hours of home care a month"
            # against a week's). Money at another rate, "£1m a month" for
            # "£1m a year", still conflicts.
            same_measure = [i for i in same_measure if verdicts[i] is not False or not _another_rate(period, documented(i).period)]
        restated: list[str] = []
        if not same_measure and period is not None and period.kind == "duration":
            # "£15m spread over three years" against "£15 million annually":
            # the documents' rate, over the claim's stretch, is £45m.
            for i in docs:
                over = _over_stretch(documented(i), period)
                if over is not None:
                    same_measure.append(i)
                    verdicts[i] = agreement(replace(fig, period=None), over)
                    restated.append(f"{claim(i).figure} {claim(i).period} {_stretch_words(period.text)} is {over.describe()}")
        if not same_measure and period is not None and period.kind == "rate":
            # "£3m a year" against "£3 million over 3 years": the claim's
            # rate, over the documents' stretch, is £9m, which they
            # contradict. Agreement proves nothing (the documents give no
            # year's amount), and a stretch under a year is a sample.
            for i in docs:
                stretch = read_period(documented(i).period)
                if stretch is None or stretch.kind != "duration" or not stretch.key or Decimal(stretch.key) < _DAYS_IN_A_YEAR:
                    continue
                over = _over_stretch(replace(fig, period=period.key), stretch)
                if over is not None and agreement(over, replace(documented(i), period=None)) is False:
                    same_measure.append(i)
                    verdicts[i] = False
                    restated.append(f"{fig.text} {period.text}, {_stretch_words(documented(i).period or '')}, is {over.describe()}")
        # "more than £1.4m" where the documents give £1.4m for the thing: the
        # figure is theirs, with a bound that leaves it out. A larger figure
        # they also give for it ("£1.5m over three years") does not make the
        # bound right. Unless a figure the bound is true of matches the
        # sentence better (then it is supported), or as well ("more than 45
        # mentors" against one paper's 45 and another's later 52: the
        # documents give both, and it is mixed).
        edge = [i for i in same_measure if _bound_at(fig, documented(i))]
        if edge:
            # Ranked by score, then by how many of its subject's words the sentence says.
            said = {stem for _, stem in words(reading.around.text if reading.around else reading.scope)}

            def rank(i: int) -> tuple[float, float]:
                subject = {stem for _, stem in words(claim(i).subject)}
                return scores.get(i, 0.0), len(subject & said) / max(1, len(subject))

            # ("more than 4,386" against the documents' 4,386 and another's
            # "nearly 4,400": the exact figure tells; the round one agrees only
            # by being vague.)
            exact_edge = any(documented(i).qualifier == "exact" for i in edge)
            agree = [i for i in same_measure if verdicts[i] is True and not (exact_edge and documented(i).qualifier != "exact")]
            own, other = max(map(rank, edge)), max(map(rank, agree), default=(-1.0, 0.0))
            if own == other:
                verdicts.update((i, False) for i in edge)
            edge = edge if own > other else []
        agreeing = [i for i in same_measure if verdicts[i] is True and not edge]
        telling = [i for i in same_measure if verdicts[i] is not None and not edge]
        # "drew 1,432 responses in all": a total said is not the documents'
        # figure for a part of a whole their passage gives ("6,412 responses,
        # of which 4,980 were made online and 1,432 on paper forms").
        said_whole = reading.window is not None and reading.window.kind == "total"
        parts = [i for i in agreeing if said_whole and _a_part_in_its_passage(claim(i))]
        agreeing = [i for i in agreeing if i not in parts]
        telling = [i for i in telling if i not in parts]
        # A running total only grows: a claim of the total now (it gives no
        # moment) below what the documents already counted cannot be right
        # ("fewer than 200 since its launch" against 304 by September).
        claim_running = reading.window is not None and reading.window.kind == "running"
        outgrown = [i for i in telling if claim_running and verdicts[i] is False and _is_running(claim(i)) and _outgrown(fig, documented(i))]
        if outgrown and self._documented_elsewhere(fig, scores, docs):
            # "The taskforce has seized 135 knives since it was launched": the
            # documents' own 135, of one week, said of another window: not
            # a wrong total, a figure moved (as the labelled sets read it).
            outgrown = []
        if agreeing and fig.kind == "date":
            # A topic's dates mark different moments (announced, launched,
            # ran until): one that agrees is support; the others are not a
            # contradiction of it. Unless another document gives another
            # date for the very moment an agreeing one names, by the same
            # subject ("launch of Operation Tessaline": September, or
            # October?); one document's two dates of a subject are its two
            # ends ("when Operation Winter Nights ran": November, December).
            moments = {(_moment_named(claim(i).subject), claim(i).source) for i in agreeing}
            disagreeing = [
                i for i in telling
                if verdicts[i] is False and any(subject == _moment_named(claim(i).subject) and source != claim(i).source for subject, source in moments)
                and (_moment_named(claim(i).subject), claim(i).source) not in moments
            ]
        elif agreeing:
            # Only a figure of the same measure as an agreeing one is a
            # disagreement: £10m a year does not contradict £45m in total.
            disagreeing = [
                i for i in telling
                if verdicts[i] is False and any(self._one_measure(i, a) for a in agreeing)
            ]
        else:
            disagreeing = [i for i in telling if verdicts[i] is False]
            # (A running total "so far" is no measure a claim of a dated stretch
            # could be: "83,000 in its first 12 months" against "more than 40,000 so far".)
            windowed = period is not None and period.kind == "window"
            inconclusive = [i for i in same_measure if verdicts[i] is None and not (windowed and _read_kind(documented(i).period) == "running")]
            if inconclusive and all(claim(i).note for i in disagreeing) and not outgrown:
                # "more than £1.4 million" against the seed fund's £1.4m
                # allocated (which cannot tell) and £250,000 as created
                # (which the curator's note says is another measure): the
                # measure it could be does not contradict it. A figure inside
                # the one that cannot tell is that measure made precise:
                # "fewer than 1,000" against "fewer than 1,200" and 1,184.
                disagreeing = [i for i in disagreeing if any(_inside(documented(i), documented(j)) for j in inconclusive)]
        # A running total ("so far", "up until May") grows: the claim's own
        # running total ("since its launch", "to date") dated to another
        # moment is not a conflict. A claim that gives no moment is held to
        # the documents'.
        # ... nor is a count the claim dates ("from launch to 31 March
        # 2024") against the documents' running total "so far" of another day.
        claim_dated = reading.window is not None and reading.window.kind == "window" and reading.window.key[:1].isdigit()
        running = [i for i in disagreeing if claim_running and _is_running(claim(i)) and i not in outgrown]
        if running and not agreeing:
            disagreeing = [i for i in disagreeing if i not in running]
        if outgrown and not agreeing:
            disagreeing = outgrown  # (a count over another window, "212 in 2023/24", is not what it contradicts)
        if claim_dated:
            # (Whether or not another documented figure agrees: it is another moment's.)
            later_total = [i for i in disagreeing if _read_kind(documented(i).period) == "running" and not _dated_to(reading.window, claim(i).as_of)]
            disagreeing = [i for i in disagreeing if i not in later_total]
            running += later_total
        moved = _moved_from(fig, period, disagreeing, [i for i in docs if i not in same_measure], documented) if fig.kind == "count" and disagreeing and not agreeing and not outgrown else []
        if moved:
            # "4,000 calls in the year to March", where the documents give
            # 4,000 a week and another figure for the year: their count
            # said of another period, not a wrong count for the year, as
            # with a count at another rate above. (Money said of another
            # period, "£45m a year" for £45m in all, still conflicts.)
            disagreeing = []
        # "has now backed 135 projects since 2023" against "38 projects in the
        # first round": a running total is no count of one round of it.
        one_part = [i for i in disagreeing if claim_running and not agreeing and self._subject_numbers_of(i) and not _is_running(claim(i))]
        disagreeing = [i for i in disagreeing if i not in one_part]
        relation = {i: Relation.SUPPORTS for i in agreeing} | {i: Relation.CONFLICTS for i in disagreeing}
        evidence = [
            Evidence(claim(i), self.corpus.sources[claim(i).source], relation.get(i, Relation.RELATED), scores.get(i, 0.0), documented(i), index)
            for i in docs
        ]
        # Name the thing by the documented claim this figure was judged on,
        # not by whichever claim of the topic matched the words best.
        decisive = agreeing or disagreeing or same_measure or docs
        subject_name = claim(max(decisive, key=lambda i: scores.get(i, 0.0))).subject
        agreeing_c, disagreeing_c, same_c, running_c = ([claim(i) for i in group] for group in (agreeing, disagreeing, same_measure, running))
        docs_c = [claim(i) for i in docs]
        if agreeing_c and disagreeing_c:
            verdict = Verdict.MIXED
            reason = f"{fig.text}: {_list(agreeing_c)} agree{'s' if len(agreeing_c) == 1 else ''} on {subject_name!r}, but the documents also give {_list(disagreeing_c)} for it."
        elif agreeing_c:
            verdict = Verdict.SUPPORTED
            n = len(agreeing_c)
            reason = f"{fig.text}: supported by {n} passage{'s' if n > 1 else ''} on {subject_name!r}."
        elif disagreeing_c:
            verdict = Verdict.CONFLICTING
            reason = f"{fig.text}: the documents give {_list(disagreeing_c)} for {subject_name!r}."
            if outgrown:
                reason += " A running total only grows, so it cannot be less now."
            currencies = {currency_mismatch(fig, documented(i)) for i in disagreeing}
            if len(currencies) == 1 and None not in currencies:
                reason += f" ({currencies.pop()}.)"  # "the claim is in US dollars; the documents give pounds"
        elif moved:
            verdict = Verdict.UNVERIFIED
            given = claim(moved[0])
            reason = f"{fig.text}{f' ({period.text})' if period else ''}: the documents give {given.figure} for {given.subject!r} ({_when_documented(given)}), another period; the figure of another period, not a conflict."
        elif one_part:
            verdict = Verdict.UNVERIFIED
            part = claim(one_part[0])
            reason = f"{fig.text}: a running total ({period.text if period else 'so far'}); the documents give {part.figure} for {part.subject!r}, one part of it, a different measure, not a conflict."
        elif parts:
            verdict = Verdict.UNVERIFIED
            part = claim(parts[0])
            reason = f"{fig.text}: said as a total ({reading.window.text if reading.window else 'in all'}); the documents give {part.figure} for {part.subject!r}, a part of a whole their passage gives."
        elif running_c:
            verdict = Verdict.UNVERIFIED
            reason = f"{fig.text}: the documents give {_list(running_c)} for {subject_name!r} as a running total at one date; a count at another date is a different period, not a conflict."
        elif edge:
            verdict = Verdict.UNVERIFIED
            bound = "fewer than" if fig.qualifier == "less_than" and fig.kind == "count" else _QUALIFIER_WORDS[fig.qualifier]
            reason = f"{fig.text}: the documents give {_list([claim(i) for i in edge])} for {subject_name!r}, not {bound} it."
        elif same_c:
            verdict = Verdict.UNVERIFIED
            reason = f"{fig.text}: the documents give only {_list(same_c)} for {subject_name!r}, too imprecise to confirm or contradict it."
        elif aimed:
            verdict = Verdict.UNVERIFIED
            reason = f"{fig.text}: the documents give {_list([claim(i) for i in aimed])} only as an aim ({claim(aimed[0]).subject!r}), not as a level reached."
        else:
            verdict = Verdict.UNVERIFIED
            other = ", ".join(sorted({f"{c.figure} ({_when_documented(c)})" for c in docs_c}))
            said = f" ({period.text})" if period else ""
            if another_kind:
                # "jumped by 11,500": the documents' changes of it are of another kind ("up 71%").
                reason = f"{fig.text}: read as a change ({reading.cue!r}); the documents give {subject_name!r} as levels ({other}) or a change of another kind, not this one."
            elif period is not None and period.kind == "rate" and period.key == "each":
                # "£7m to each borough": one share of many, not the whole the documents give.
                reason = f"{fig.text}{said}: an amount for each one, where the documents give {subject_name!r} as {other}; a different measure, not a conflict."
            else:
                reason = f"{fig.text}{said}: the documents give {subject_name!r} only for another period: {other}; a different period, so a different measure, not a conflict."
        if restated:
            reason += f" ({'; '.join(restated)}.)"
        if verdict in (Verdict.MIXED, Verdict.CONFLICTING):
            notes = list(dict.fromkeys(c.note for c in agreeing_c + disagreeing_c if c.note))
            if notes:
                reason += f" Note: {notes[0]}"
        return FigureCheck(fig, verdict, reason, topic, index, reading.stance, reading.scope), evidence


# What a rate's denominator follows: "per 1,000 residents", "for every 100,000 people".
_PER_BEFORE = regex(r"\b(?:per|for\s{1,3}every|in\s{1,3}every)\s{1,3}$", re.I)
# A count, then the band of ages it is of, with no "aged": "187 were 14 or 15".
_AN_AGE_BAND = regex(r"\b\d[\d,]{0,12}\s{1,3}(?:were|are)\s{1,3}(\d{1,3})\s{1,3}(?:or|to)\s{1,3}(\d{1,3})\b")


def _in_an_age_band(text: str, fig: Figure) -> bool:
    """Whether a count is an end of the band of ages a count before it is
    of ("58 were aged 10 to 13, 187 were 14 or 15"): a rising pair of
    small numbers right after "were"."""
    for band in _AN_AGE_BAND.finditer(text, max(0, fig.start - 40), min(len(text), fig.end + 40)):
        if fig.start in (band.start(1), band.start(2)) and int(band.group(1)) < int(band.group(2)) <= 120:
            return True
    return False


# What ages that define who is counted follow: "aged 11 to 25", "between the ages of 16 and 24".
# (Either end of the band: "aged under 25", "the ages of 11 and 25".)
_AGED_BEFORE = regex(r"\b(?:aged|ages\s{1,3}of)\s{1,3}(?:(?:between|from|under|over)\s{1,3})?(?:\d{1,3}\s{1,3}(?:and|to)\s{1,3})?$", re.I)


def _what_changed(reading: Reading) -> str | None:
    """The stem of the noun a change's sentence opens with, the thing that
    changed ("*Complaints* about stop and search rose by a third"); None
    where the clause opens otherwise (a name, an owner, an article's noun
    phrase of several words), which the matching weighs as before."""
    opening = _CHANGED_NOUN.match(reading.lead)
    if opening is None or (opening.group(2) or "").lower() in _MEASURED_BY:
        return None
    said = words(opening.group(1) or opening.group(2))
    return said[0][1] if len(said) == 1 else None


# A plural noun opening the clause, then what it is of or where, then the
# change: "Complaints about stop and search in Corvenham rose by"; or a
# noun after "The", then what it is of: "The cost of each participant was cut by".
_CHANGED_NOUN = regex(r"\s{0,3}(?:([A-Z][a-z]{2,30}s)\s(?:about|of|in|at|for|against|to|from|by)|The\s([a-z]{3,30})\s(?:of|per|for|about))\s")
# Nouns that say only how the thing is measured ("The number of arrests
# fell"), not what changed.
_MEASURED_BY = frozenset("number numbers total amount level levels share proportion percentage count figure figures value sum rate".split())


def _weighed_as_a_level(check: FigureCheck, ev: list[Evidence], index: int, readings: list[Reading], evidence: list[Evidence]) -> tuple[FigureCheck, list[Evidence]]:
    """A level's check weighed by what the sentence says of it: a bound
    never passed, or one level of a change whose other level the sentence
    gives itself (`evidence`: what its figures judged so far were shown)."""
    reading, fig = readings[index], check.figure
    if reading.every_moment and check.verdict is Verdict.MIXED and any(e.relation is Relation.CONFLICTS for e in ev):
        # "never held more than 100": the documents' 140 refutes it; their 35 cannot show it.
        past = [e.claim for e in ev if e.relation is Relation.CONFLICTS]
        check = replace(check, verdict=Verdict.CONFLICTING, reason=f"{fig.text}: the sentence says it was never passed, but the documents give {_list(past[:3])} for {past[0].subject!r}.")
        ev = [e if e.relation is Relation.CONFLICTS else replace(e, relation=Relation.RELATED) for e in ev]
    elif reading.stance is Stance.ASSERTED and check.verdict is Verdict.MIXED and _said_to_hold_still(reading) and _the_earlier_one_agrees(ev):
        # "still costs £495 a year": the documents' £495 is the charge
        # "before September 2025"; the one they give since is £540.
        since = [e.claim for e in ev if e.relation is Relation.CONFLICTS]
        check = replace(check, verdict=Verdict.CONFLICTING, reason=f"{fig.text}: the sentence says it still holds; the documents give it as earlier, and {_list(since[:2])} since, for {since[0].subject!r}.")
        ev = [e if e.relation is Relation.CONFLICTS else replace(e, relation=Relation.RELATED) for e in ev]
    elif reading.stance is Stance.ASSERTED and check.verdict is Verdict.MIXED and _other_level_is_the_rest(check, index, readings, evidence + ev, later=False):
        # "... to £3.20": the documents' other figure is the earlier level the sentence gives itself.
        check = replace(check, verdict=Verdict.SUPPORTED, reason=f"{fig.text}: the later level the documents give; {check.reason.split(': ', 1)[-1]}")
    elif reading.stance is Stance.PREVIOUS and check.verdict is Verdict.MIXED and _other_level_is_the_rest(check, index, readings, evidence + ev, later=True):
        # "rose from £2.50 to £3.20": the documents give both levels,
        # and the one this earlier level disagrees with is the later.
        check = replace(check, verdict=Verdict.SUPPORTED, reason=f"{fig.text}: the earlier level ({reading.cue!r}) the documents give; {check.reason.split(': ', 1)[-1]}")
    elif reading.stance is Stance.PREVIOUS and check.verdict is Verdict.MIXED and _the_earlier_one_agrees(ev, every=False) and not any(r.stance is Stance.DENIED for r in readings):
        # "rose from £9 to £12": the documents' £9 is "the daily maximum
        # before 1 April 2024"; their £11 is the level after, not this one.
        # (Not where the sentence denies the change: "have not charged £3.20, up from £2.50".)
        check = replace(check, verdict=Verdict.SUPPORTED, reason=f"{fig.text}: the earlier level ({reading.cue!r}) the documents give as earlier; {check.reason.split(': ', 1)[-1]}")
        ev = [e if e.relation is Relation.SUPPORTS else replace(e, relation=Relation.RELATED) for e in ev]
    elif reading.stance is Stance.PREVIOUS and check.verdict is Verdict.MIXED and _others_of_the_later_time(ev, index, readings):
        # "fell from 9.1 minutes in its first months to 6.4 minutes in
        # 2024-25": the documents' 9.1 agrees; their 6.4 and 5.9 are of
        # 2024-25, the later level's time, not rivals of the earlier level.
        given = next(e.claim for e in ev if e.relation is Relation.SUPPORTS)
        check = replace(check, verdict=Verdict.SUPPORTED, reason=f"{fig.text}: the earlier level ({reading.cue!r}) the documents give for {given.subject!r}; their other figures for it are undated or of the later level's time.")
        ev = [e if e.relation is Relation.SUPPORTS else replace(e, relation=Relation.RELATED) for e in ev]
    elif reading.stance is Stance.PREVIOUS and check.verdict is Verdict.MIXED and _own_time_disputed(reading, ev):
        # "fell from 176 in 2023/24": one document gives 176 for 2023/24,
        # another 167 for the same year; the sentence dates it, so that is
        # a disagreement about this level, not about another moment's.
        check = replace(check, reason=f"{fig.text}: read as an earlier level ({reading.cue!r}); {check.reason.split(': ', 1)[-1]}")
    elif reading.stance is Stance.PREVIOUS and check.verdict in (Verdict.CONFLICTING, Verdict.MIXED):
        # "up from £1m": an earlier level the documents may not record;
        # that they give today's is no contradiction.
        check = replace(check, verdict=Verdict.UNVERIFIED, reason=f"{fig.text}: read as an earlier level ({reading.cue!r}); {check.reason.split(': ', 1)[-1]}")
    return check, ev


def _said_as_a_change(reading: Reading) -> bool:
    """Whether the words right before a figure read as a level say it is a change."""
    text = reading.around.text if reading.around is not None else ""
    return bool(text) and _A_CHANGE_SAID.search(text, max(0, reading.figure.start - 60), reading.figure.start) is not None


def _own_time_disputed(reading: Reading, evidence: list[Evidence]) -> bool:
    """Whether a level the sentence dates ("176 in 2023/24") is given by
    some documents and contradicted by others, each for that same dated
    stretch."""
    window = reading.window
    if window is None or window.kind != "window" or not window.key[:1].isdigit():
        return False
    telling = [e for e in evidence if e.relation in (Relation.SUPPORTS, Relation.CONFLICTS)]
    return {e.relation for e in telling} == {Relation.SUPPORTS, Relation.CONFLICTS} and all(_for_the_window(e.figure.period, window) for e in telling)


def _for_the_window(period: str | None, window: Period) -> bool:
    read = read_period(period)
    return read is not None and read.kind == "window" and read.same_as(window)


def _said_to_hold_still(reading: Reading) -> bool:
    """Whether the words just before the figure say it holds as it did
    ("still costs £495", "remains at 12", "has stayed at 40")."""
    if reading.around is None:
        return False
    before = reading.around.text[max(0, reading.figure.start - 40) : reading.figure.start]
    return "still" in before or "remain" in before or "stay" in before or "unchanged" in before


def _the_earlier_one_agrees(evidence: list[Evidence], every: bool = True) -> bool:
    """Whether every documented figure that agrees with an earlier level is
    one the documents call earlier ("... before 1 April 2024", "a year
    earlier"), and none of those that disagree is. With `every` false, one
    such agreeing figure is enough: "up from 2,300 a week earlier" is the
    radio interview's "2,300 a week ago", though a press release's "more
    than 2,300" of a few days before agrees without saying when."""
    agreeing = [e.claim for e in evidence if e.relation is Relation.SUPPORTS]
    others = [e.claim for e in evidence if e.relation is Relation.CONFLICTS]
    called = all if every else any
    return bool(agreeing) and bool(others) and called(map(_called_earlier, agreeing)) and not any(map(_called_earlier, others))


def _called_earlier(claim: Claim) -> bool:
    """Whether a documented claim's subject or period calls its figure one
    of an earlier moment: "before 1 April 2024", "a year earlier"."""
    return _CALLED_EARLIER.search(f"{claim.subject} {claim.period or ''}") is not None
_OF_A_GROUP_AFTER = regex(r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:the\s{1,3})?")


def _group_of(claim: Claim) -> Decimal | None:
    """The size of the group a documented count is written as a part of
    ("six of 10 boroughs": 10), or None."""
    span = figure_span(claim)
    of = _OF_A_GROUP_AFTER.match(claim.passage, span[1]) if span is not None else None
    if of is None:
        return None
    group = parse_figures(claim.passage[of.end() : of.end() + 30], limit=1)
    return group[0].value if group and group[0].start == 0 and isinstance(group[0].value, Decimal) else None


def _said_as_quoted(check: FigureCheck, quote: Quoted, claim: Claim) -> FigureCheck:
    """The check, its reason saying which passage the sentence repeats and how."""
    fig = check.figure.text
    how = "word for word" if quote.same_figure else f"with {fig} where it has {claim.figure}"
    return replace(check, reason=f"{fig}: the sentence repeats the passage of {claim.source} {how}; {check.reason.split(': ', 1)[-1]}")


def _measured_as(text: str, fig: Figure, named: str, other: str) -> bool:
    """Whether the words right around the amount give a money measure
    ("budget", "forecast", "overspend") that `named`'s subject has and
    `other`'s has not: a figure agreeing with the other measure is not this one."""
    low = text.lower()
    # The measure nearest the amount, and only it: "budget £1.2m, forecast £1.35m" gives the £1.35m its forecast.
    distances = [(fig.start - m.end(), m.group()) for m in _MONEY_MEASURE.finditer(low, max(0, fig.start - 30), fig.start)]
    distances += [(m.start() - fig.end, m.group()) for m in _MONEY_MEASURE.finditer(low, fig.end, fig.end + 15)]
    if not distances:
        return False
    word = min(distances)[1]
    return re.search(rf"\b{word}", named.lower()) is not None and re.search(rf"\b{word}", other.lower()) is None


def _clause_lead(text: str, fig: Figure) -> str:
    """The words of the figure's clause before it."""
    start = max(text.rfind(mark, 0, fig.start) for mark in ".;:,") + 1
    return text[start : fig.start]


def _places_in_publisher(publisher: str) -> frozenset[str]:
    """The words, lower case, of the place a publisher's name says it is
    of: before the kind of body it is ("Kettlewick City Council"), or after
    "for" or "of" at its end ("the Commissioner for Fenwardine"). Not a
    newspaper's words ("The Harbour Gazette"): its name is its own, and
    "the Gazette's ferry" is not a place's."""
    found = _PUBLISHER_PLACE_BEFORE.findall(publisher) + _PUBLISHER_PLACE_AFTER.findall(publisher)
    return frozenset(w.lower() for phrase in found for w in phrase.split() if w.lower() not in KIND_OF_BODY_WORDS)


def _only_in_a_joined_relative(text: str, fig: Figure, place: str) -> bool:
    """Whether `place` is named only in a second relative clause about the
    same thing, one that does not hold the figure ("..., which runs on a
    £310,000 contract and which residents of Corrowdale can also ring")."""
    spans = [m.span() for m in _ANOTHER_RELATIVE.finditer(text) if not m.start() <= fig.start < m.end()]
    at = [m.start() for m in re.finditer(re.escape(place), text, re.I)] if spans else []
    return bool(at) and all(any(a <= i < b for a, b in spans) for i in at)


# A name, then "of" right before the figure: "the Sallowlink network of (some) 38 routes".
_NAMED_THEN_OF = regex(r"((?:[\w'\u2019-]{1,30}\s){1,4})of\s{1,3}(?:(?:about|around|some|nearly|almost|over)\s{1,3})?$")
_ARTICLES_AND_POSSESSIVES = frozenset("the a an its their this that these those our his her".split())
# A second relative clause about the same thing: "... and which residents
# of Corrowdale can also ring" (up to its clause's end; a thousands comma is no end).
_ANOTHER_RELATIVE = regex(r"\s(?:and|but)\s(?:which|who|whom|whose)\s(?:[^,;()]|,(?=\d{3}\b)){1,200}", re.I)


def _a_listed_part_s_place(text: str, fig: Figure, place: str, figures: Sequence[Figure]) -> bool:
    """Whether `place` is named only right after another amount, in a list
    of parts that each name their own ("two at North Heyton, two at
    Millgate High", "22 are in Saltings, 17 in Kilner Park"): that part's
    place, not the whole's nor a later figure's. One amount with a place
    after it is no list; its place may be the whole sentence's ("135
    knives at Gatwick in one week, and 20 arrests")."""
    places = [m.end() for g in figures if g is not fig and g.kind in AMOUNTS and (m := _A_PART_S_PLACE.match(text, g.end))]
    at = [m.start() for m in re.finditer(re.escape(place), text, re.I)]
    return len(places) >= 2 and bool(at) and all(a in places for a in at)


# A place right after an amount, at most two words on: " in Saltings", " are in ", " at North ...".
_A_PART_S_PLACE = regex(r"(?:\s{1,3}[a-z]{1,20}){0,2}?\s{1,3}(?:in|at)\s{1,3}(?=[A-Z])")


def _only_in_a_later_figures_clause(text: str, fig: Figure, place: str, figures: Sequence[Figure], known: bool = False) -> bool:
    """Whether `place` is named only in a later clause of its own that holds
    another amount ("..., and 12 of them went to groups in Eastgate"): that
    amount's place, not this one's. (An opening place scopes them all.) A
    place the corpus `known`s is also a later list item's own, where the
    item opens with its verb ("..., and put 36 hangars in the Tannery
    Quarter"); one it never names may be where the whole list happened
    ("..., and arrested 4,937 suspects in Manchester")."""
    clause = _LATER_CLAUSE.search(text, fig.end)
    item = _LATER_ITEM.search(text, fig.end) if known else None
    if item is not None and (clause is None or item.start() < clause.start()):
        clause = item
    if clause is None or place.lower() in text[: clause.start()].lower():
        return False
    at = text.lower().find(place.lower(), clause.start())
    if at > 0 and _WHOLE_SOURCE_BEFORE.search(text, max(0, at - 40), at):
        return False  # "..., according to figures for Manchester": where all the sentence's figures are from
    later = next((f for f in figures if f.kind in AMOUNTS and f.start >= clause.end()), None)
    if later is None or at < 0:
        return False
    if not _SET_AGAINST_IT.match(clause.group()):
        return True
    # "..., against 20.6 in Tarnhollow": the place of the figure set against
    # it, named right after that figure. Not "..., compared with 118 the
    # year before in Manchester" (the same thing at another time; the place
    # is the whole sentence's), nor "..., against 960 when the contract was
    # let in Manchester".
    return _RIGHT_AFTER_IT.fullmatch(text, later.end, at) is not None and not _ANOTHER_TIME.search(text, later.end, at)


# A later clause that sets a figure against the one before: ", against", ", compared with".
_SET_AGAINST_IT = regex(rf",\s{SET_AGAINST}\b")
# A place phrase at most three words after a figure: " per 1,000 in ", " in neighbouring ".
_RIGHT_AFTER_IT = regex(r"(?:\s{1,3}[^\s,;]{1,20}){0,3}?\s{1,3}(?:in|at|across|for)\s{1,3}(?:neighbouring\s{1,3})?")
# A time between that figure and a place after it: "the year before", "for 2024/25", "a year earlier".
_ANOTHER_TIME = regex(r"\b(?:years?|months?|weeks?|quarters?|before|earlier|ago|previous|last|(?:19|20)\d\d)\b", re.I)


# A place the sentence's figures come from, all of them: "according to figures for", "data for".
_WHOLE_SOURCE_BEFORE = regex(r"\b(?:figures|data|statistics|numbers)\s{1,3}(?:for|from|covering|in)\s{1,3}(?:the\s{1,3})?$", re.I)


def _denied_so(own: Reading | None) -> bool:
    """Whether a passage's own reading denies its figure by its own predicate ("12 crews have not yet taken ...")."""
    return own is not None and denied_by_its_predicate(own)


def _in_its_own_case(result: CheckResult, text: str) -> CheckResult:
    """A result for `text` read in another case (same length): the claim
    and its figures as the user wrote them."""
    def own(fig: Figure) -> Figure:
        return replace(fig, text=text[fig.start : fig.end])

    figures = tuple(replace(fc, figure=own(fc.figure)) for fc in result.figures)
    return replace(result, claim=text, figures=figures, context_figures=tuple(own(f) for f in result.context_figures))


def _negates_another_predicate(reading: Reading, evidence: list[Evidence]) -> bool:
    """Whether a figure denied by its own negated predicate ("19 boroughs
    will not benefit") has a predicate no passage weighed for it uses:
    then the figure is taken as given and something else denied ("£45m
    would not be enough")."""
    said = tokenize(negated_word(reading))
    weighed = [e for e in evidence if e.relation in (Relation.SUPPORTS, Relation.CONFLICTS)]
    return bool(said and weighed) and not any(set(said) & set(tokenize(e.claim.passage)) for e in weighed)


def _when_documented(claim: Claim) -> str:
    """The period and moment a documented figure is given for: "one week,
    as of 2018-06" (a window says its own dates)."""
    window = _read_kind(claim.period) == "window"
    said = [w for w in (claim.period, f"as of {claim.as_of}" if claim.as_of and not window else None) if w]
    return ", ".join(said) or "no period given"


def _in_month(moment: str, as_of: str | None) -> bool:
    """Whether a documented date (as of "--05", May of its document's year,
    or "2024-09") is in the month of a yearless moment ("--09", "in
    September"), in any year."""
    if as_of is None:
        return False
    month = as_of[2:4] if as_of.startswith("--") else as_of[5:7]
    return month == moment[2:4]


def _stretches_differ(key: str, as_of: str | None) -> bool:
    """Whether a window the claim gives ("--07/--09") and a documented
    figure's stretch as of ("2024-04/2025-03") run for different numbers of
    months; False where either is no stretch of months."""
    lengths = [_months_long(k) for k in (key, as_of or "")]
    return None not in lengths and lengths[0] != lengths[1]


def _months_long(key: str) -> int | None:
    """How many months a stretch of months runs ("2024-04/2025-03": 12;
    "--07/--09": 3, in any year); None for anything else."""
    found = [_MONTH_OF.fullmatch(end) for end in key.split("/")]
    if len(found) != 2 or None in found:
        return None
    (y1, m1), (y2, m2) = ((m.group(1), int(m.group(2))) for m in found)  # type: ignore[union-attr]
    if (y1 == "-") != (y2 == "-"):
        return None
    years = 0 if y1 == "-" else int(y2) - int(y1)
    months = years * 12 + m2 - m1 + 1
    return months if y1 != "-" else (months - 1) % 12 + 1


_MONTH_OF = regex(r"(\d{4}|-)-(\d{2})")


def _outgrown(fig: Figure, documented: Figure) -> bool:
    """Whether every value `fig` allows is below the documented running
    total: counts, sums of money and hours "so far" only grow (a share need not)."""
    if fig.kind not in ("count", "money", "duration") or not isinstance(documented.value, Decimal):
        return False
    top, bottom = interval(fig)[1], interval(documented, rounded=False)[0]
    # ("fewer than 500" against "more than 500": neither bound is a value, so meeting at 500 is below.)
    return top < bottom or top == bottom and (fig.qualifier == "less_than" or documented.qualifier == "more_than")


def _at_moment(moment: str, as_of: str | None) -> bool:
    """Whether a documented running total's date falls in the claim's moment,
    at the claim's precision: "by early June 2024" (2024-06) holds "as of 3
    June 2024". A moment the sentence gives no year ("by the end of
    February", --02) is the documents' own month, of whatever year."""
    if as_of is not None and moment.startswith("--") and as_of[:4].isdigit():
        as_of = "-" + as_of[4:]
    return as_of is not None and (as_of == moment or as_of.startswith(moment + "-"))


def _same_order(claimed: Decimal | str | None, documented: Decimal | str | float | int | None) -> bool:
    """Whether two amounts are within ten times of each other: a figure
    the claim may have got wrong (4,397 arrests for 4,937), not one of a
    wholly other scale (£850k allocated against a payment of £2,500)."""
    if not isinstance(claimed, Decimal) or not isinstance(documented, (Decimal, int, float)) or claimed <= 0 or documented <= 0:
        return False
    ratio = claimed / Decimal(str(documented))
    return Decimal("0.1") < ratio < 10


def _slip_of(claimed: Decimal | str | None, documented: Decimal | str | None) -> bool:
    """Whether `claimed` is `documented` with a digit slipped: the same
    digits ten, a hundred or a thousand times over or under (£90m for £9m),
    or two neighbouring digits swapped (4,397 for 4,937)."""
    if not isinstance(claimed, Decimal) or not isinstance(documented, Decimal) or claimed <= 0 or documented <= 0 or claimed == documented:
        return False
    ratio = claimed / documented
    if ratio in _POWERS_OF_TEN:
        return True
    a, b = str(claimed.normalize()), str(documented.normalize())
    if len(a) != len(b) or len(a) < 3:
        return False
    swapped = [i for i in range(len(a)) if a[i] != b[i]]
    return len(swapped) == 2 and swapped[1] == swapped[0] + 1 and a[swapped[0]] == b[swapped[1]] and a[swapped[1]] == b[swapped[0]]


_POWERS_OF_TEN = frozenset(Decimal(10) ** k for k in (-3, -2, -1, 1, 2, 3))


def _over_stretch(documented: Figure, stretch: Period) -> Figure | None:
    """A documented rate restated as its total over `stretch` (a duration in
    days), or None when the documented figure is not a yearly-convertible rate."""
    rate = read_period(documented.period)
    if rate is None or rate.kind != "rate" or rate.key not in PER_YEAR or not isinstance(documented.value, Decimal) or not stretch.key:
        return None
    # How many of the rate's periods the stretch holds: 1,096 days are 3.00 years.
    periods = (Decimal(stretch.key) * PER_YEAR[rate.key] / DAYS_PER_UNIT["years"]).quantize(Decimal("0.01"))
    if periods < 1:
        return None  # "£7 a day" for two hours: a band the charge is for, not a stretch it is paid over
    return replace(documented, value=documented.value * periods, period=None, precision=None, significant=None)


# Period keys are whole days, so a year is compared as 365 of them.
_DAYS_IN_A_YEAR = DAYS_PER_UNIT["years"].quantize(Decimal(1))


_LOWER_WORD = regex(r"[^\W_]+(?:-[^\W_]+)*")  # "aldric's" gives "aldric", as proper_names keeps it
# A word at most two topics name (a bin's and its site's) is a thing's own
# name; "City Hall" or "Fund", which many topics name, is no one's.
_FEW_TOPICS = 2


def _another_stage(text: str, fig: Figure, claim: Claim) -> tuple[str, str] | None:
    """The stage of a process the words right by the figure put it at
    (applied for, refused, hoped for), when the documented claim's words
    never speak of that stage: ("applied for", the words) or None. Only
    words that govern it: "43 projects applied", "bid for £1.4m", not "bid
    for extra cash from the £45m fund" (the fund's size, whoever bids)."""
    window = text[max(0, fig.start - _STAGE_REACH) : fig.end + _STAGE_REACH].lower()
    if not any(cue in window for cue in _STAGE_CUES):
        return None  # most figures are at no stage but the documents' own: no pattern is compiled for them
    before = _CLAUSE_TAIL.search(text, max(0, fig.start - _STAGE_REACH), fig.start)
    after = _CLAUSE_HEAD.match(text, fig.end, min(len(text), fig.end + _STAGE_REACH))
    lead, tail = before.group() if before else "", after.group() if after else ""
    near = f"{lead} {tail}"
    granted = _GRANTED.search(near) if fig.kind != "date" else None
    for stage, said_so, documented, outcome in _STAGES:
        said = next((m for m in said_so.finditer(lead) if _GOVERNS.fullmatch(lead, m.end())), None)
        if said is None and after is not None:
            said = said_so.search(tail)
        reached = outcome.search(near) if outcome is not None else None
        if said is None and granted is not None and documented.search(claim.subject) and not said_so.search(near) and not _GRANTED.search(claim.subject):
            # "412 resilience grants had been approved" where the documents'
            # 412 are "applications received for the grant": the other way round.
            return granted.group().lower(), granted.group()
        if said is None or reached is not None:
            continue
        if not documented.search(f"{claim.subject} {claim.passage}"):
            return stage, said.group()
    return _another_step_of_a_course(near, claim)


def _another_step_of_a_course(near: str, claim: Claim) -> tuple[str, str] | None:
    """Those who finished a course, where the documented subject counts
    those who started it, or the other way round: "completed by 88 men"
    against "men who have started Changing Course". The subject's words
    alone: a passage may give both ("61 completed it, and 88 started")."""
    for step, said_so, other in (("completed", _FINISHED, _STARTED), ("started", _STARTED, _FINISHED)):
        said = said_so.search(near)
        if said is not None and not other.search(near) and other.search(claim.subject) and not said_so.search(claim.subject):
            return step, said.group()
    return None


def _named(m: Match, references: bool = True) -> bool:
    """Whether the sentence names the documented thing of `m`: its name in
    full, or (with `references`) by a head only it has ("the taskforce")."""
    return m.name_recall >= IDENTITY_RECALL or (references and m.referenced)


def _written_as_name(run: tuple[str, ...] | None, text: str) -> bool:
    """Whether every word of a documented name is capitalised in `text`:
    "the Young Londoners Fund", not "an action plan ... knife crime"."""
    if run is None:
        return False
    capitals = [c.lower() if c.isascii() else fold_accents(c.lower()) for c in CAPITALISED_WORD.findall(text)]
    # Compared without case past the capital: "MyEnds" is written as a name;
    # and "Taskforce" writes both words of "Task Force".
    return all(any(c.startswith(w) or len(w) > 3 and c.endswith(w) for c in capitals) for w in run)


def _as_written(run: tuple[str, ...], text: str) -> str:
    """A documented name's words as `text` writes them ("Lamplight Crisis
    Café" for the run "lamplight crisis cafe"), for a reason to quote."""
    capitals = [re.sub(r"['\u2019]s?$", "", c) for c in CAPITALISED_WORD.findall(text)]
    written = [next((c for c in capitals if _joined_words(c).startswith(w) or len(w) > 3 and _joined_words(c).endswith(w)), w.capitalize()) for w in run]
    return " ".join(written)


def _joined_words(text: str) -> str:
    """`text`'s words in lower case, one space apart: a name ("Rescue and
    Response") is found in a claim's text however it is punctuated."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower() if text.isascii() else fold_accents(text.lower())))


def _written_in_lower_case(run: tuple[str, ...] | None, text: str) -> bool:
    """Whether the sentence gives every word of a documented name, but not
    as a name ("county lines gangs"); False for a name it does not give
    (one a draft carries from an earlier line)."""
    if run is None or _written_as_name(run, text):
        return False
    low = text.lower()
    return all(re.search(rf"\b{re.escape(w)}", low) for w in run)


def _stretch_words(text: str) -> str:
    """A stretch of time as a reason says it: "over 3 years", "for the next two years"."""
    return text if text.split(" ", 1)[0] in ("over", "for", "in", "across") else f"over {text}"


def _same_kind_of_period(claimed: Period, documented: str | None) -> bool:
    """A documented period of the claim's kind that fits it: "per year" and
    "annually", "over the coming two years" and "over the next two years"."""
    read = read_period(documented)
    return read is not None and read.kind == claimed.kind and periods_compatible(claimed, read)


def _one_year(documented: str | None) -> bool:
    """Whether a documented period is one year: "in 2024", "2023/24", "last year"."""
    window = read_period(documented)
    return window is not None and window.kind == "window" and (_ONE_YEAR.fullmatch(window.key) is not None or window.key in ("last year", "this year"))


# A window's key that is one year: "2024", or a financial year "2024-04/2025-03".
_ONE_YEAR = regex(r"(?:19|20)\d\d|(?:19|20)\d\d-04/(?:19|20)\d\d-03")


def _same_period(claimed: Period | None, documented: str | None, subject: Callable[[], str] = str) -> bool:
    """`periods_compatible`, and a rate claimed ("970 a month") is never the
    documents' figure given with no period, which is a level or a total;
    but a price "each" is the documents' price of each thing (`subject`,
    asked for only then: "cost of fitting each alarm")."""
    read = read_period(claimed)
    if read is not None and read.kind == "rate" and documented is None:
        # ("£4.57 per visit" is the documents' "net cost per library visit" too.)
        return per_one(read.key) and _PER_ITEM.search(subject()) is not None
    return periods_compatible(claimed, documented)


# A survey, study or count made by a named body, before the figure it gives.
_SURVEY_NOUNS = "survey|poll|study|research|census|audit|count"
_SURVEY_WORD = regex(rf"\b(?:{_SURVEY_NOUNS})", re.I)
_SURVEYED_BY = regex(
    rf"\b(?:{_SURVEY_NOUNS})s?\s{{1,3}}(?:by|from|for|commissioned\s{{1,3}}by|carried\s{{1,3}}out\s{{1,3}}by)\s{{1,3}}"
    r"((?:the\s{1,3})?[A-Z][\w'\u2019-]*(?:\s{1,3}(?:of\s{1,3}|for\s{1,3}|and\s{1,3})?[A-Z][\w'\u2019-]*){0,5})"
    r"|((?:the\s{1,3})?[A-Z][\w\u2019-]*(?:\s{1,3}(?:of\s{1,3}|for\s{1,3}|and\s{1,3})?[A-Z][\w\u2019-]*){0,5})['\u2019]s?\s{1,3}(?:own\s{1,3}|latest\s{1,3}|annual\s{1,3}|new\s{1,3})?"
    rf"(?:{_SURVEY_NOUNS})\b"
)
# What a figure is owed to, after it: "thanks to the Retail Crime Team", "since
# the Retail Crime Team began patrolling" (an activity begun, not a launch).
_OWED_TO = regex(
    r"\b(?:thanks\s{1,3}to|because\s{1,3}of|due\s{1,3}to|owing\s{1,3}to|as\s{1,3}a\s{1,3}result\s{1,3}of)\s{1,3}((?:the\s{1,3})?[A-Z][\w'\u2019-]*(?:\s{1,3}[A-Z][\w'\u2019-]*){0,4})"
    r"|\bsince\s{1,3}((?:the\s{1,3})?[A-Z][\w'\u2019-]*(?:\s{1,3}[A-Z][\w'\u2019-]*){0,4})\s{1,3}(?:began|started)\s{1,3}[a-z]{2,20}ing\b"
)
# A documented subject counted from a launch it does not name: "... since the launch".
_SINCE_A_LAUNCH = regex(r"\bsince\s{1,3}(?:the|its)\s{1,3}(?:launch|start)\b", re.I)
# A thing's launch said as its verb, after its name: "since Dusklight launched", "... was set up".
_LAUNCHED = r"(?:was\s{1,3}|were\s{1,3})?(?:launched|began|started|opened|set\s{1,3}up|went\s{1,3}live)\b"
# A year said relative to now, and how many years back it is.
_YEARS_BACK = {"last year": 1, "this year": 0}
# A year as documents write one: "2024", "2023-24", "2023/24", "2024-2025".
_A_YEAR = r"(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?"
# A year a documented subject is of: "... trained in 2023-24", "... for 2024".
_SUBJECT_YEAR = regex(rf"\b(?:in|for|during)\s+{_A_YEAR}\b")
# A month a documented subject is of: "... response time in March 2024".
_SUBJECT_MONTH = regex(rf"\b(?:in|for|during)\s+(?:{MONTH_NAMES})\s+(?:19|20)\d\d\b")
# ... or the moment it holds at: "waiting ... at the end of October 2025".
_SUBJECT_MOMENT = regex(rf"\b(?:at|by)\s+the\s+(?:end|start|close|beginning)\s+of\s+(?:{MONTH_NAMES})\s+(?:19|20)\d\d\b")
# A quarter a documented subject is of: "in the first quarter of 2025-26"
# (a financial year's, from April), "the third quarter of 2024" (a calendar year's).
_SUBJECT_QUARTER = regex(rf"\b(?:{QUARTER_ORDINALS})\s+quarter\s+of\s+(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?\b", re.I)


# A quarter's window as periods are read: "2025-07/2025-09".
_THREE_MONTHS = regex(r"(\d{4})-(?:01/\1-03|04/\1-06|07/\1-09|10/\1-12)")


def _quarter_named(subject: str) -> Period | None:
    """The months of the quarter a documented subject names, as a window; None when it names none."""
    # (One quarter only: "... in the second quarter of 2025-26 against the
    # same quarter of 2024-25" is a change between two.)
    found = _SUBJECT_QUARTER.search(subject) if subject.count("quarter") == 1 else None
    if found is None:
        return None
    # (Read as a period is: the quarter's months, or the whole year where they cannot be told.)
    quarter = read_period(found.group())
    return quarter if quarter is not None and quarter.kind == "window" and _THREE_MONTHS.fullmatch(quarter.key) else None


_FIRST_PERSON = regex(r"\b(?:we|our|ours|us)\b", re.I)
_PER_ITEM = regex(r"\b(?:each|per|every)\b", re.I)


def _ends_on(name: str, stem: str) -> bool:
    """Whether a name's last written word is the one stemmed to `stem`: "youth
    workers in A&E" ends on "A&E", which the index keeps no word of, so it is
    a name of the service, not a count of youth workers."""
    written = name.split()
    return bool(written) and [s for _, s in words(written[-1])] == [stem]


def _counted_after_an_event(reading: Reading) -> bool:
    """Whether the figure's own words count a stretch from an event ("fell
    by 47% in the six months after the course")."""
    around = reading.around
    return around is not None and any(
        f.kind == "duration" and around.lo <= f.start and f.end <= around.hi and _AFTER_IT.match(around.text, f.end) is not None
        for f in around.figures
    )


# A stretch counted from an event: "six months after the course", "a year afterwards".
_AFTER_IT = regex(r"\s{1,3}(?:after|afterwards)\b", re.I)
_AFTER_AN_EVENT = regex(r"\bafter(?:wards)?\b", re.I)


def _outcome(fig: Figure, period: Period | None, documented: Figure, dated: bool = False, after_an_event: bool = False) -> bool | None:
    """`agreement`, except that a figure the documents give for a sample of
    time shorter than a year ("615 sweeps in one week") cannot be
    contradicted by a claim that names no period: the claim may count the
    whole, which the documents do not give. (A total over years, "£3m over
    three years", is the thing's own total, and can be; so is a stretch
    both sides count from an event, "in the six months after the course".)"""
    claimed = read_period(period)
    if claimed is not None and claimed.kind == "rate" and fig.period is None:
        # "makes £10m available each month": a rate read around the figure
        # is its period, as "£10m a month" would be.
        fig = replace(fig, period=claimed.key)
    elif claimed is None and fig.period is None and documented.kind in ("count", "money", "duration") and _read_kind(documented.period) == "rate":
        # "960 children were carried when the contract was let" against the
        # documents' 960 a day, "parking costs £7" against £7 a day: the
        # rate's own figure with its "a day" left off agrees, where 960 in
        # all would not; a figure inside the rate's bound ("1,950" against
        # "close to 2,000 a week") cannot be told. (Any other is weighed as
        # before: "18,000 trips" is no figure of 1,500 a month.)
        at_rate = replace(fig, period=documented.period)
        agrees = agreement(at_rate, documented)
        if agrees is True:
            return True
        (low, high), (own_low, own_high) = interval(documented, rounded=False), interval(at_rate)
        if agrees is None and low <= own_low and own_high <= high:
            return None
    agrees = agreement(fig, documented)
    if agrees is False and not dated and (claimed is None or claimed.kind == "duration"):
        # An undated sample ("in a single week") is not the documents' week either.
        read = read_period(documented.period)
        anchored = after_an_event and _AFTER_AN_EVENT.search(documented.period or "") is not None
        if read is not None and read.kind == "duration" and read.key and Decimal(read.key) < _DAYS_IN_A_YEAR and not anchored:
            return None
    return agrees


# A rate a documented subject states of what it counts: "sessions a week",
# "treated a year"; not a stretch ("within a week", "more than a year", "a
# year earlier").
_SUBJECT_RATE = regex(
    r"(?<!\bthan )(?<!\bwithin )(?<!\bin )(?<!\bover )(?<!\bfor )(?<!\bunder )\b(?:a|per|each|every)\s(week|month|year|day|fortnight|quarter)\b"
    r"(?!['\u2019-]|\s(?:earlier|ago|later|before|after|of|on)\b)",
    re.I,
)
# The same rate as an adjective: "the annual cost", "weekly sessions"; not
# a document or an event that comes round each year ("the annual survey").
_SUBJECT_RATE_WORD = regex(
    r"\b(annual|yearly|weekly|monthly|daily)\b(?!\s(?:report|review|survey|meeting|conference|accounts|statement|return|plan|census|count|event|festival|awards?|lecture|update|bulletin)s?\b)",
    re.I,
)
_RATE_OF_WORD = {"annual": "year", "yearly": "year", "weekly": "week", "monthly": "month", "daily": "day"}


def _rate_in_subject(subject: str) -> str | None:
    """The rate a documented subject states ("per week"), if it states one."""
    found = _SUBJECT_RATE.search(subject)
    if found is not None:
        return f"per {found.group(1).lower()}"
    said = _SUBJECT_RATE_WORD.search(subject)
    return f"per {_RATE_OF_WORD[said.group(1).lower()]}" if said else None


def _inside(precise: Figure, bound: Figure) -> bool:
    """Whether a documented figure lies within another's interval (1,184
    within "fewer than 1,200"), both of one period."""
    if not isinstance(precise.value, Decimal) or not isinstance(bound.value, Decimal) or precise.period != bound.period:
        return False
    low, high = interval(bound, rounded=False)
    return low <= interval(precise, rounded=False)[0] <= high


def _claim_period(reading: Reading) -> Period | None:
    """The period the claim gives its figure: the parser's, else the one read around it."""
    own = read_period(reading.figure.period) if reading.figure.period else None
    if own is not None and own.kind == "total" and reading.window is not None and reading.window.kind == "window":
        return reading.window  # "two years after its launch, a total of 651": the total at that moment
    return own or reading.window


# The nouns documents use for one event: a hub "opened" has its "opening",
# which is its launch.
_SAME_EVENT = (("launch", "opening"), ("creation", "establishment", "founding", "setting"), ("announcement", "unveiling"), ("deadline", "closing"))
# A launch's "start" or "beginning" dates it too, but only written as a noun
# of what the sentence's event is of: "start of the Think Twice programme",
# not "when the trust starts taking on ..." (any "start" taken for a launch
# once cost a blind corpus a false conflict), nor "start of the VRU's
# funding for the trust" (the name after "of" is checked against it).
_START_OF = regex(r"\b(?:start|beginning)\s+of\s+(?:(?:the|its|their)\s+)?((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*)?")
# A start said as a deed begun, in a documented subject: "the trust beginning work in Stellingfold".
_BEGINNING_TO_WORK = regex(r"\b(?:beginning|starting)\s+(?:work|operations?|operating|services?|trading)\b")
_POSSESSIVE_END = regex(r"['\u2019]s$")
# Words a name may open or close with that say only what kind of thing it is.
_KINDS_OF_NAMED_THING = frozenset("operation fund grant programme scheme project trust unit partnership council service".split())
# A passage opening with the whole its figure is a part of: "Of the 1,140 young people ...".
_OF_A_WHOLE_SAID = regex(r"\W{0,3}Of\s{1,3}(?:the|its|their|these|those|all)\s{1,3}[\d][\d,.]*", re.I)
# A documented thing of the whole nation, which any one place is a part of.
_NATIONAL = regex(r"\b(?:national(?:ly)?|nationwide|across\s+(?:the\s+)?country|England-wide|UK-wide)\b", re.I)


# "started in 2016", "began in 2024": a start, which documents call a launch
# or a founding alike (a scheme launches, a charity is founded).
_A_START = "start"


@functools.cache
def _start_stem() -> str:
    return tokenize(_A_START)[0]


@functools.cache
def _launch_stems() -> frozenset[str]:
    return frozenset(tokenize(" ".join((*_SAME_EVENT[0], _A_START))))


@functools.cache
def _event_nouns() -> dict[str, tuple[str, ...]]:
    # Stemmed on first use, as the checker's other word lists are.
    groups = [tuple(tokenize(" ".join(group))) for group in _SAME_EVENT]
    starts = tuple(tokenize(" ".join((_A_START, *_SAME_EVENT[0], *_SAME_EVENT[1]))))
    return {stem: group for group in groups for stem in group} | {starts[0]: starts}


# Verbs editors use for money changing hands, which say nothing of what the
# money measures ("hands out £12m a year", "ploughed £5m into").
_MONEY_VERB_WORDS = (
    "pays paid pay hands handed hand gives gave given giving spent spends spend gets got receives received receive "
    "awarded granted puts put invested invests provides provided offers offered worth costs cost pumped ploughed "
    "poured aside allocated earmarked committed bankrolled dished doled shelled splashed shared distributed"
)


# The verbs of a level reached or passed, which the figure parser reads as
# a bound ("did not reach 500", "never topped 500": reading.PASSED_OR_REACHED),
# and of one fallen short of ("fell short of 500", "failed to reach"): the
# bound, not what the figure measures.
_FALLEN_SHORT_WORDS = "fell fall falls short failed fails"


@functools.cache
def _bound_verbs() -> frozenset[str]:
    return frozenset(tokenize(" ".join((*sorted(PASSED_OR_REACHED), _FALLEN_SHORT_WORDS))))


@functools.cache
def _money_verbs() -> frozenset[str]:
    # Stemmed on first use: importing the checker should not load the stemmer.
    return frozenset(tokenize(_MONEY_VERB_WORDS))


# What money is put into, right after it: "£19m into VRU's MyEnds scheme".
_FUNDED_LEAD = frozenset("for into to towards on".split())
# Words that cannot open the name of what a figure is of ("£9m *and* the ...").
_NOT_A_NAME_START = frozenset("and or but while whereas for to into on in at from by with of than as a an the is are was were he she it they we i you who which that this these those".split())
# "to community groups and grassroots initiatives", up to punctuation or the next amount.
_RECIPIENT = regex(r"\s{1,3}(?:to|for|into|towards|in)\s+((?:(?![£$€\d])[^,;:.!?()])+?)(?=\s+and\s+[£$€\d]|\s*[,;:.!?()]|\s*$)")
# Fewer words than this say too little to pin what money went to ("to help").
MIN_RECIPIENT_WORDS = 3
# An increase said as one ("risen by", "boosted by", "a rise of") ...
# (In every tense the reader reads a change in: "rises by", "increases ... by".)
_INCREASE = regex(r"\b(?:rose|risen|rises?|rising|increased|increases?|increasing|boosted|boosts|raised|raises|grew|grown|grows?|growing|jumped|jumps?|jumping|climbed|climbs?|climbing|up|upped|ups|added|adds|hiked|hikes|lifted|lifts)\b", re.I)
# (Every verb the reader takes a change off with, `reading._TAKEN_BEFORE`: "shaved £110 off the cost".)
_DECREASE = regex(r"\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|cut|cuts|reduced|reduces|reduction|decreased|decreases?|decreasing|declined|declines|declining|down|slashed|shrunk|shrank|trimmed|lowered|shaved|sliced|axed|stripped)\b", re.I)


# The verbs a level is said to have moved by, up or down ("rose to 1,846",
# "fell from 486"): of the change words above, those no noun shares. (Not
# "dropped": "836 were dropped in bins" were put there.)
_MOVED = regex(r"\b(?:rose|risen|rising|grew|grown|growing|jumped|climbed|soared|surged|fell|fallen|falling|dipped|declined|slumped|plunged|decreased|increased|doubled|halved|trebled|tripled)\b", re.I)


# An amount said as one part's share of a whole: "accounted for £864,000 of ...".
_ACCOUNTED_FOR = regex(r"\b(?:accounted|accounts|account|accounting)\s{1,3}for\s{1,3}(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than|less\s{1,3}than)\s{1,3})?$", re.I)
_OF_A_WHOLE = regex(r"(?:\s{1,3}[a-z]{1,20})?\s{1,3}of\s{1,3}(?:the|its|their|his|her|all|a|an|[A-Z][\w'\u2019-]{1,30})\b")
# An aside set off by commas: ", the most popular sport among older teenagers,".
_APPOSITION = regex(r",[^,;]{1,80},")
# The words of a part's clause that name no part: articles, pronouns, time.
_NOT_A_PART = frozenset("the a an this that these those it its they their alone together last this year years month months week weeks in on at by".split())


def _moment_named(subject: str) -> str:
    """The moment a documented date's subject names, as one key for the
    words curators use for a beginning ("launch of Floodlit Futures",
    "start of Floodlit Futures"), less what a bracket adds of it ("(football
    at one venue)"): one document's January 2023 for the start disputes
    another's October 2022 for the launch."""
    said = _BRACKETED.sub(" ", subject).casefold().split()
    return " ".join("start" if word in _BEGINNING_WORDS else word for word in said)


_BRACKETED = regex(r"\([^()]{0,200}\)")
_BEGINNING_WORDS = frozenset("launch launched launching start started starting began begun beginning commencement opening opened inception".split())


def _direction(cue: str) -> int:
    """+1 for a change upwards ("risen by", "added ... to"), -1 downwards
    ("fell by", "cut by"); +2 and -2 for a difference from another figure
    ("£1.3m more than the budget", "300 fewer than"), which is no change
    over time, so a rise never matches it; 0 if the cue does not say."""
    if _INCREASE.search(cue):
        return 1
    if _DECREASE.search(cue):
        return -1
    return 2 if _MORE_THAN_ANOTHER.search(cue) else -2 if _LESS_THAN_ANOTHER.search(cue) else 0


_MORE_THAN_ANOTHER = regex(r"\b(?:more|higher|greater|bigger)\b", re.I)
_LESS_THAN_ANOTHER = regex(r"\b(?:less|fewer|lower|smaller)\b", re.I)


def _than_its_earlier_self(text: str, fig: Figure) -> bool:
    """Whether the "than" after a difference compares the thing with its own
    earlier level ("higher than the one Cabinet approved", "more than a year
    ago", "lower than in 2019"), not with another figure ("more than the budget")."""
    at = text.find(" than ", fig.end, fig.end + 60)
    return at >= 0 and _AN_EARLIER_SELF.match(text, at + 6) is not None


# An earlier time a figure is compared with: "a year ago", "in 2019".
_AN_EARLIER_TIME = r"a\s{1,3}year\s{1,3}(?:ago|earlier|before)|last\s{1,3}year|the\s{1,3}(?:year|month)\s{1,3}before|in\s{1,3}(?:19|20)\d\d\b"
# ... or the thing's own earlier level: "the one Cabinet approved", "originally".
_AN_EARLIER_SELF = regex(
    r"(?:the\s+(?:one|original|first)\b|(?:it|they)\s+(?:was|were)\b|(?:first|originally)\b"
    rf"|{_AN_EARLIER_TIME}|at\s+(?:the\s+)?(?:start|outset|launch)\b)",
    re.I,
)
# A documented figure compared with an earlier time after it: "six
# percentage points more than a year ago", "12% lower than in 2019".
_SINCE_THEN = regex(rf",?\s{{1,3}}(?:(more|higher)|fewer|less|lower)\s{{1,3}}than\s{{1,3}}(?:{_AN_EARLIER_TIME})", re.I)
# ... and a documented claim named as a change: "increase in the programme
# budget", "percentage rise in the total cost", "fall in library visits".
_CHANGE_NAMED = regex(
    r"(?:the\s+|an?\s+)?(?:(?:forecast|expected|projected|planned|proposed)\s+)?(?:(?:percentage|per\s+cent|percent|annual|yearly|overall)\s+)?"
    r"(?:(increases?|rises?|growth)|(falls?|drops?|decreases?|declines?|reductions?|cuts?))\s+(?:in|of)\b",
    re.I,
)
# ... and a documented claim that is one: "additional investment in ...".
_INCREMENT = regex(r"(?:an?\s+)?(?:additional|extra|further|new)\b", re.I)
# Claims of a topic read for a word it may use (a topic holds a handful; a
# generated 100k-claim corpus's largest hold some dozens).
MAX_TOPIC_CLAIMS_READ = 50
_WIDER_CUE = regex(r"nation|country|England|Britain|UK|whole of|all of", re.I)
# A topic's words that speak of the whole country; at a word's start, so
# that "destination" or "donations" are not "nation".
_OF_THE_NATION = regex(r"\b(?:nation|country|england|britain|uk\b|wales)")
_NATIONWIDE = regex(r"\b(?:nationally|nationwide|across the country|across (?:England|Britain|the UK)(?: and Wales)?|in England and Wales|UK-wide|in the UK as a whole)\b", re.I)
# One of several parts: "in one borough alone", "during a single raid",
# "at just one school". Not a time (a period, read elsewhere), not how money
# moves ("in one go", "in a single payment"), not a manner ("at one point",
# "in one fell swoop"), not a scene ("at one meeting").
_ONE_OF_MANY = regex(
    r"\b(?:in|at|from|across|on|during|for)\s{1,3}(?:just\s{1,3}|only\s{1,3})?(?:one|a\s{1,3}single)\s{1,3}"
    r"(?!(?:of|go|way|place|hit|sitting|sense|point|time|form|fell|swoop|stroke|blow|move|shot|step|direction|voice|accord|respect|piece|lump|sum|payment|tranche|instalment|installment|batch|package|pot|grant|award|budget|deal|contract|year|month|week|day|quarter|term|hour|minute|night|weekend|fortnight|season|summer|winter|spring|autumn|event|meeting|launch|visit|conference|summit|hearing|session|briefing|rally|debate|interview|speech|statement|letter|report|document|page|answer|reply|post|tweet|tabloid|newspaper|paper|leaflet|article|story|headline|account|version|broadcast|bulletin|more|another|other|single|hand|thing|word|respect|area\s+of)\b)"
    r"([a-z][a-z-]{2,30})\b",
    re.I,
)
# A named part set apart from the rest: "on the Strand alone", "Northgate on its own".
# (A named place's own noun may stand before "alone": "on the Ellerholt branch alone", "in the Saltings ward alone".)
_NAMED_ALONE = regex(
    r"\b(?i:in|on|at|across|for|from)\s{1,3}(?:the\s{1,3})?((?:[A-Z][\w'\u2019-]+\s{1,3}){0,3}[A-Z][\w'\u2019-]+)(?:\s{1,3}[a-z]{3,15})?\s{1,3}(?:alone|on\s{1,3}its\s{1,3}own|by\s{1,3}itself)\b"
    r"|(?:^|[.;:]\s{1,3})((?:[A-Z][\w'\u2019-]+\s{1,3}){0,3}[A-Z][\w'\u2019-]+)\s{1,3}(?:alone|on\s{1,3}its\s{1,3}own|by\s{1,3}itself)\b"
)
# Named places joined, whose figure is theirs together: "at Sallowgate
# Interchange or Brindlemore Bus Station", "in Ashby, Brent and Coldham".
_JOINED_AFTER = regex(r"(?:,\s{1,3}(?:the\s{1,3})?[A-Z][\w'\u2019-]*(?:\s{1,3}[A-Z][\w'\u2019-]*){0,3}){0,6}\s{1,3}(?:or|and|&)\s{1,3}(?:the\s{1,3})?[A-Z]")
_JOINED_BEFORE = regex(r"[A-Z][\w'\u2019-]*(?:,|\s{1,3}(?:or|and|&))\s{1,3}(?:the\s{1,3})?$")


def _only_with_another(name: str, said: str) -> bool:
    """Whether `said` (a topic's words) gives `name` only joined with
    another name ("X or Y", "Y and X"): its figures are of both together."""
    places = list(re.finditer(rf"\b{re.escape(name)}\b", said))
    return bool(places) and all(_JOINED_AFTER.match(said, m.end()) or _JOINED_BEFORE.search(said, max(0, m.start() - 40), m.start()) for m in places)


def _named_alone(text: str) -> re.Match[str] | None:
    """A named part the sentence sets apart ("in Haverdeen alone", "Sallowgate Interchange on its own"); None if none."""
    low = text.lower()
    return _NAMED_ALONE.search(text) if "alone" in low or " its own" in low or "itself" in low else None


_PRONOUNS = frozenset("they it he she we i you those these this that each both all some many most others".split())
# A name opening a clause as who got the amount: "Redthread was allocated", "Catch22 received".
_GOT_IT = regex(
    r"\s{0,3}((?:[A-Z][\w'\u2019-]*\s{1,3}){0,3}[A-Z][\w'\u2019-]*)\s{1,3}"
    r"(?:(?:was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been|is\s{1,3}being|will\s{1,3}be)\s{1,3}(?:allocated|given|awarded|granted|handed|paid|offered)|received|receives|got|gets|won|wins|secured|secures)\b"
)
# A survey said to be someone's: "a survey by the Reading Rooms Trust", "Save Hollinwick Libraries' own survey".
_SURVEY_BY = regex(
    r"\b(?:survey|poll|census|questionnaire)\s{1,3}(?:by|from|of|carried\s{1,3}out\s{1,3}by|commissioned\s{1,3}by|run\s{1,3}by)\s{1,3}(?:the\s{1,3})?((?:[A-Z][\w\u2019'-]*\s{1,3}){0,4}[A-Z][\w-]*)"
    r"|\b((?:[A-Z][\w-]*\s{1,3}){0,4}[A-Z][\w-]*)(?:['\u2019]s?)\s{1,3}(?:own\s{1,3}|latest\s{1,3}|annual\s{1,3}|new\s{1,3})?(?:survey|poll|census|questionnaire)\b"
)
_OPENER_ENDS = regex(r"(?:\s{1,3}alone)?\s{0,3},")
_REPORTED_IN = regex(r"\b(?:reported|quoted|printed|published|cited|given|seen|read|heard|claimed|stated|written|said|shown|mentioned|repeated)\s{1,3}$", re.I)
_SAY_VERB = regex(r"\b(?:said|says|say|told|tells|announced|announces|claimed|claims|insisted|revealed|stated|admitted|boasted|warned|explained)\b", re.I)
_ELSEWHERE_CUE = regex(r"outside|beyond|except|excluding|rest of|elsewhere", re.I)
# Everywhere but a named place or "the capital": not "outside school hours"
# (a lower-case noun), "beyond March 2020" (a time), nor "outside No 10" (a
# building called by its number).
_APART_FROM = rf"(?:the\s+)?(?!(?:{MONTH_NAMES}|Parliament|Government|Spending|Year)\b)(?:[A-Z][A-Za-z'\u2019-]+|capital|city|country|county|region|borough|nation)\b(?![\d-]|\s{{1,3}}\d)"
_ELSEWHERE = regex(
    r"\b((?i:outside(?:\s+of)?|beyond|excluding|except(?:\s+for)?)\s+(?:in\s+)?" + _APART_FROM
    + r"|(?i:(?:the\s+)?rest)\s+of\s+" + _APART_FROM
    # (Not "Elsewhere, ...": in news copy, a turn to another item.)
    + r"|(?i:elsewhere)\s+in\s+" + _APART_FROM + ")"
)
# The phrase that opens a sentence, up to its first comma: "Elsewhere in the country, ...".
_OPENING_APART = regex(r"[^,;.]{1,60},")
# The rest of a figure's clause: up to a comma, a semicolon or a full stop.
_CLAUSE_AFTER = regex(r"(?:[^,;:!?.]|\.(?=\d)){0,120}")
_WHOLE_OF = regex(r"\b(?:the\s+whole\s+of|all\s+of)\s+(?:the\s+)?((?:[A-Z][\w'\u2019-]+\s?){1,4})")
# "£7m - not £70m - to projects", "£7m (not £70m) to projects": an aside between the money and what it is for.
_DASH_ASIDE = regex(r"\s{0,2}(?:[-\u2013\u2014]\s[^-\u2013\u2014.;]{1,80}?\s[-\u2013\u2014]|\([^()]{1,80}\))(?=\s)")


# A relative clause saying who put the money where: "(that) he has poured".
_SPENT_CLAUSE = regex(
    r"\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:he|she|it|they|the\s{1,3}Mayor|City\s{1,3}Hall|Khan)\s{1,3}(?:has\s{1,3}|had\s{1,3}|have\s{1,3}|is\s{1,3}|was\s{1,3})?"
    r"(?:poured|put|invested|spent|given|pumped|ploughed|handed|earmarked|committed|pledged|allocated|putting|investing|spending|pouring)\b"
)


def _past_aside(text: str, at: int) -> int:
    """Where the words after a figure resume, past a dashed or bracketed aside."""
    aside = _DASH_ASIDE.match(text, at)
    return aside.end() if aside is not None else at


# "down from 11 before the centre opened": the level a wait was at, not how long before.
_BEFORE_AN_EVENT = regex(r"\s{1,3}(?:before|after)\s{1,3}(?:the|its|it|they|their|a)\b", re.I)


def _level_before_an_event(reading: Reading, text: str) -> bool:
    """Whether a duration read as an earlier level ("four weeks, down from 11")
    is followed by the event it was the level before, not an offset ("compared with two years ago")."""
    return reading.stance is Stance.PREVIOUS and reading.cue.endswith("from") and _BEFORE_AN_EVENT.match(text, reading.figure.end) is not None


# Before a name in a figure's noun phrase that says who acts on or owns
# what it counts ("mentored *by* Stepping Stones", "grants *from* the Kindling Fund").
# (And the event it happened in: "Eleven of the knives handed in *during* Operation Thistlegate".)
_BY_WHOM_WORDS = r"\b(?:by|from|through|under|via|of|with|during)"
_BY_WHOM_WORD = regex(_BY_WHOM_WORDS + r"\s", re.I)
_BY_WHOM = regex(_BY_WHOM_WORDS + r"\s{1,3}(?:the\s{1,3})?$", re.I)
# A count's own noun (one or two words) right before "at" a name: "posts at the Tidewell Café".
_NOUN_AT = regex(r"\s{1,3}(?:[a-z][\w-]{1,20}\s{1,3}){1,2}at\s{1,3}(?:the\s{1,3})?")
# A subordinating conjunction right before a figure that opens its clause
# (not "as well as", "such as", "as many as": the clause goes on).
_CONJUNCTION_BEFORE = regex(
    r"(?<!\bwell\s)(?<!\bsuch\s)(?<!\bmany\s)(?<!\bmuch\s)(?<!\bfew\s)(?<!\blittle\s)(?<!\bsame\s)\b(?:as|while|whereas|when|although|though|because)\s{1,3}"
    r"(?:(?:some|about|around|nearly|almost|over|more\s{1,3}than|fewer\s{1,3}than|another|a\s{1,3}further|an\s{1,3}extra|a\s{1,3}record|a\s{1,3}total\s{1,3}of)\s{1,3})?$",
    re.I,
)
# What an amount pays for, named after it: "£2.5m *of the cost of the* Greenways network", "£3m *towards* ...".
_INTO_WHAT = regex(r"\b(?:for|towards?|into|in|to|cost\s{1,3}of)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|his\s{1,3}|her\s{1,3})?$", re.I)
_FOR_WHAT = regex(r"\b(?:for|towards?|on|into|to|cost\s{1,3}of)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?$", re.I)
_ON_THE_BOOKS = regex(r"\s{0,3}on\s{1,3}(?:its|their|the|our|his|her)\s{1,3}(?:books|register|roll|rolls|caseload|waiting\s{1,3}list)\b", re.I)
# A length of time that tells an amount of something: "seven weeks' rent",
# "two years' worth of funding", "a month's pay".
_TIME_S_WORTH = regex(r"['\u2019]s?\s{1,3}(?:worth\s{1,3}of\s{1,3})?([a-z][\w-]{2,20})")
# A date a span runs up to, right before it: "runs until March 2027", "to the end of 2026".
_UNTIL_BEFORE = regex(r"\b(?:until|till|up\s{1,3}to|through|to)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?$", re.I)
# ("six months on, 41% were in work": on at the clause's end, not "six months on the project".)
_OFFSET_AFTER = regex(r"\s{1,3}(?:after|before|later|earlier|ago|on\s{1,3}from\b|on(?=\s{0,3}(?:[,.;:!?)]|$)))\b", re.I)
# "one in five": a rate, whose "one" counts nothing the documents may count (unlike "six of the ten").
_RATE_PROPORTION = regex(r"\bin\b", re.I)
# ... unless of a group the sentence names: "six in ten *of the* boroughs" counts six of them.
_OF_A_GROUP = regex(r"\s{1,3}of\s{1,3}(?:the|those|these|its|their|his|her|London's|the\s{1,3}capital's)\s", re.I)
# What narrows a documented count: "arrests *for offensive weapons* made by the Met".
_FOR_PHRASE = regex(r"^\S{1,40}\s{1,3}for\s{1,3}((?:[\w'\u2019-]{1,30}\s{1,3}){0,3}?[\w'\u2019-]{1,30})(?=\s{1,3}(?:made|by|in|during|from|carried|recovered|seized|taken|across)\b|$)", re.I)
# A part of what was just named: ", six of them at Dunmarsh General" (the
# count itself is gone from a scope).
_OF_THEM = r"(?:[\w%-]{1,20}\s{1,3})?of\s+(?:them|those|these|whom)"
# Parts a sentence goes on to list: "6,130 visits, including 1,380 in Kestlow".
_PARTS_LISTED = regex(rf",\s(?:including|among\s+them|of\s+which|with|{_OF_THEM})\b")
# An aside listing the parts of what was just named, between commas.
_PARTS_ASIDE = regex(rf",\s(?:including|among\s+them|{_OF_THEM})\b[^,;]{{0,160}},")
# A clause of its own: joined by "and", "but", "while" after a comma, or after a semicolon.
# (After a dash too: "... the additional one — and 1,108 of them were in Cobb Hill".)
# ("..., against 20.6 in Tarnhollow": another place's figure set against it.)
_LATER_CLAUSE = regex(rf"(?:(?:,|\s[\u2013\u2014]|\s-)\s(?:and|but|while|whereas)|;|,\s{SET_AGAINST}(?=\s{{1,3}}[\u00a3$\u20ac]?\d))\s")
# ... or a list's later item that opens with a verb of its own: "rebuilt 11
# junctions, installed 420 cycle parking spaces and put 36 hangars in ...".
_LATER_ITEM = regex(r"(?:,|\sand)\s(?:[a-z]{3,20}ed|put|set|made|took|gave|built|spent|cut|ran|paid|won|sold|bought|found|opened|began|brought|kept|held)(?=\s{1,3}(?:a\s|an\s|some\s|another\s|more\s)?[£$€]?\d)\s")
# A documented subject that names what is counted by its first noun and an "of".
_HEAD_OF = regex(r"\s{0,3}(?:the\s{1,3})?([a-z-]{3,30})\s{1,3}of\b", re.I)
# Heads that say how many, not what: "number of", "total of", "hundreds of".
_QUANTITY_HEADS = frozenset("number numbers total totals count tally hundreds thousands dozens scores millions group groups cohort batch".split())
# ... as stems (as a counted head is compared), with the words of money and
# size that any measure may be ("value of", "cost of").
_QUANTITY_STEMS = frozenset(stem for _, stem in words(" ".join(sorted(_QUANTITY_HEADS)) + " value cost amount sum share rate level size figure"))
# A place and a noun right after a figure: "326 Calderbrook children", "40 Ravensford schools".
_PLACE_AND_NOUN_AFTER = regex(r"\s{1,3}((?:[A-Z][\w'\u2019-]*\s{1,3}){1,2}[a-z][\w-]*)")
# A body named as the source of a number: "the council's figure of", "the trust's own count".
_SOURCE_OF_A_FIGURE = regex(r"\b(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?[\w-]{1,30}(?:\s{1,3}[\w-]{1,30}){0,2}?['\u2019]s\s{1,3}(?:own\s{1,3})?(?:official\s{1,3})?(?:(?:annual|board|written|latest|interim|final|quarterly|impact|progress|budget|committee)\s{1,3})?(?:figures?|count|estimates?|data|statistics|numbers|tally|answer|reply|report|statement|letter|survey|review|evaluation|analysis|briefing|paper)\b", re.I)
_BODY_WORD = regex(rf"\b(?:{BODY_HEADS})\b", re.I)
# A publisher's place: capitalised words before the kind of body it is
# ("Kettlewick City Council", "Fenwardine Constabulary"), or after "for" or
# "of" at its end ("the Police and Crime Commissioner for Fenwardine").
_PUBLISHER_PLACE_BEFORE = regex(r"((?:\b[A-Z][\w'-]+\s){1,4})(?=(?:" + "|".join(h.title() for h in BODY_HEADS.split("|")) + r")\b)")
_PUBLISHER_PLACE_AFTER = regex(r"\b(?:for|of)\s+(?:the\s+)?((?:[A-Z][\w'-]+\s?){1,4})$")
# A body opening a clause by its name, ending in what it is: "The Valley
# Transport Board fielded ...", "Harbourline Fire and Rescue Service counted
# ..."; not a possessor ("The Metropolitan Police's violent crime taskforce").
_BODY_HEAD_WORDS = (
    "Board", "Council", "Authority", "Trust", "Commission", "Agency", "Service", "Partnership", "Unit", "Department", "Ministry",
    "Office", "Foundation", "Charity", "Constabulary", "Police",
)
# A body a passage names as such: "Hollinwick-shire County Council", "the
# council" ("the revised service model" is no body).
_A_BODY_NAMED = regex(
    rf"\b(?:[A-Z][\w'-]{{1,30}}\s){{1,4}}(?:{'|'.join(_BODY_HEAD_WORDS)})\b"
    r"|\b(?i:the)\s(?:council|authority|police|government|trust|charity|board|partnership|department|ministry|commission|agency)\b"
)
# A clause joined on with a subject of its own: "and the partnership issued ...".
_OWN_SUBJECT = regex(r"(?:and|but|while|whereas)\s{1,3}(?:the|its|their|his|her)\s{1,3}[a-z]")
_A_BODY_OPENING = regex(
    r"\s{0,3}(?:The\s)?((?:[A-Z][a-z][\w'-]{1,30}\s(?:(?:and|of|for)\s)?){1,4}" rf"(?:{'|'.join(_BODY_HEAD_WORDS)}))\b(?!['\u2019]|\s[A-Z'])"
)
# Two alternatives a documented subject counts together: "to close or pass to volunteers".
_EITHER = regex(r"\b([a-z]+(?:\s[a-z]+)?)\sor\s([a-z]+(?:\s[a-z]+){0,2})\b")
# A name that itself ends as a body: "Kelvardine Fire and Rescue Service".
_ENDS_AS_BODY = regex(rf"\b(?:{BODY_HEADS})s?$", re.I)
# An unknown name followed by what it is: "West Midlands *violence reduction partnership*".
_BODY_AFTER_NAME = regex(rf"(?:\s{{1,3}}[a-z][\w-]{{0,30}}){{0,3}}\s{{1,3}}(?:{BODY_HEADS})\b")
# A level reached by a change: "rose to 58%", "has fallen to 310".
# (Past the change said on the way: "jumped by 11,500 in a year to 38,500".)
_REACHED_BEFORE = regex(r"\b(rose|risen|rising|climbed|increased|grew|grown|jumped|up|fell|fallen|falling|dropped|declined|decreased|down)(?:\s{1,3}by\s{1,3}[\w.,%\u00a3$]{1,20}(?:\s{1,3}(?:in|over|within|during)\s{1,3}(?:a|an|the|one|two|three|\d{1,2})\s{1,3}[a-z]{3,8})?)?\s{1,3}to\s{1,3}$", re.I)
# ... and a documented figure the change came from: "members a year ago" (not "last year", which may be the level's own).
_CAME_FROM = regex(r"\b(?:a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|previously|originally)\b", re.I)
_RISES = frozenset("rose risen rising climbed increased grew grown jumped up".split())
# A figure said of the present, and a documented figure of an earlier moment.
# (Held in the present tense, right before the figure: "has fewer than ".)
_HOLDS_NOW = regex(r"\b(?:has|have|holds|employs|numbers)\s{1,3}(?:(?:some|about|around|nearly|almost|more|fewer|less|than|over|under|just|only|still|roughly)\s{1,3}){0,3}$", re.I)
_NOW = regex(r"\b(?:now|currently|today|at present)\b", re.I)
_AT_ITS_START_WORDS = (
    r"when\s+(?:it|they)\s+(?:began|started|opened|launched|was\s+(?:set\s+up|launched|founded|created)|were\s+(?:set\s+up|launched))|at\s+(?:its\s+)?launch"
    # "which started Holdfast with eight schools", "the scheme opened with 40 places".
    r"|(?:started|began|launched|opened|set\s+up)(?:\s+[\w'\u2019-]{1,24}){0,3}?\s+with"
)
_AT_ITS_START = regex(rf"\b(?:{_AT_ITS_START_WORDS})\b", re.I)
_EARLIER_WORDS = rf"when\s+the\b|{_AT_ITS_START_WORDS}|last\s+year|an?\s+(?:year|month|week|fortnight|day|decade)\s+(?:earlier|before|ago)|the\s+(?:year|month|week|day)\s+before|previously|originally"
_EARLIER = regex(rf"\b(?:{_EARLIER_WORDS})", re.I)
# ... and what a documented subject calls earlier as an earlier level's: "before 1 April 2024", "a year earlier".
_CALLED_EARLIER = regex(rf"\bbefore\b|\b(?:{_EARLIER_WORDS})", re.I)
# A service called by a code of letters and digits: "the X9", "route N29", "the C2".
_SERVICE_CODE = regex(r"\b[A-Z]{1,2}\d{1,4}[A-Z]?\b")
# Places and services called by a number, which hold figures of their own.
_NUMBERED_THING = regex(r"\b(?:bus|buses|route|ward|block|tower|building|terminal|platform|gate|junction|line|flight)\b", re.I)
# Words before a figure that say it is a change, read as a level all the same
# ("rose by an average of 6.2%"); not the level a change reached ("fell ... to 161").
_A_CHANGE_SAID = regex(
    r"\b(?:rise[sn]?|rose|rising|fell|fall(?:s|en|ing)?|increase[sd]?|increasing|decrease[sd]?|decreasing|grew|grow(?:s|n|th|ing)?|dropped|drops?|jump(?:s|ed)?|climb(?:s|ed)?|cut|cuts|reduction|decline[sd]?)\b"
    r"(?:(?!\bto\b)[^,;.!?]){0,40}$",
    re.I,
)
# A documented figure written as a difference: "31 fewer", "18% more".
_A_DIFFERENCE_WRITTEN = regex(r"\b(?:fewer|more|less|higher|lower)$", re.I)
_NOT_WORD = regex(r"\b(?:not|no|none|never|without|non-\w+|un(?:met|filled|paid|allocated|successful|resolved))\b")
# A clause's words before its figure that are a verb and no subject ("made ", "has also paid ").
_BARE_PREDICATE = regex(r"\s{0,3}(?:(?:and|has|have|had|will|would|could|is|are|was|were|also|then|now|so\s+far)\s+){0,2}[a-z]{3,20}\s+(?:(?:up|out|off|a|an|some|about|around|nearly|almost|more\s+than|over)\s+){0,2}")
# A participle opening the figure's clause: "taking more than ", "bringing in about ".
_PARTICIPLE_LEAD = regex(r"\s{0,3}[a-z]{2,20}ing\s")
_WITH_CLAUSE = regex(r"\s{0,3}with\s{1,3}(?:(?:a|an|another|some|about|around|nearly|almost|more\s+than|over|up\s+to)\s{1,3}){0,2}")
_AND_BEFORE = regex(r"\s(?:and|,\s{0,3}and)\s{1,3}$")
# A relative clause of who or whose, set off by commas: about the person or
# body before it ("where the Sea Wall Repair Programme opened ..." may own it).
_RELATIVE_ASIDE = regex(r",\s(?:who|whom|whose)\b[^,;()]{1,200},")
# A sayer's verb right after an aside: "Cyclo Urban, which runs the scheme, *said* ...".
_SAYS_NEXT = regex(
    r"\s{0,3}(?:(?:has|have|had|now|also|later|previously|since)\s{1,3}){0,2}"
    r"(?:said|says|told|added|claimed|insist(?:s|ed)|argu(?:es|ed)|confirm(?:s|ed)|report(?:s|ed)|announc(?:es|ed)|accept(?:s|ed)|admit(?:s|ted)|stat(?:es|ed)|not(?:es|ed)|warn(?:s|ed)|maintain(?:s|ed))\b"
)
# The name a sentence opens with, its subject: "Safer Futures, the police crackdown ...".
# (Or the name set beside a description: "The council's holiday programme, Summer Squad, ...".)
_OPENING_NAME_RUN = regex(r"\s{0,3}(?:The\s{1,3}[^,;]{1,60},\s{1,3})?(?:The\s{1,3})?((?:[A-Z][\w'\u2019&-]*\s{0,3}){2,5})")
# A clause that goes on with the sentence's subject: "including the ten ...", "among them 43".
_CONTINUATION = regex(r"\s{0,40}(?:including|among\s+them|such\s+as|as\s+well\s+as|plus)\b", re.I)
# A clause that is only its verb, after "and" or a comma: "..., and made
# 17 arrests", "closed 11 lines, arrested 17 people". (The whole lead, so a
# noun that looks like a verb, "speed cameras caught", is not one.)
_VERB_ONLY_LEAD = regex(
    r"\s{0,3}(?:also\s{1,3}|then\s{1,3}|later\s{1,3})?(?:(?:has|have|had)\s{1,3})?(?:[a-z]{3,20}ed|made|took|gave|paid|spent|held|kept|sold|bought|built|ran|won|got|put|set|cut|sent|brought|drew|met|led|lost|seized|saw)"
    r"\s{1,3}(?:(?:a\s{1,3}(?:further|total\s{1,3}of)|another|some|about|around|nearly|almost|more\s{1,3}than|over|at\s{1,3}least)\s{1,3})?"
)
_AND_OR_COMMA_BEFORE = regex(r"(?:,|\band)\s{1,3}$")


def _subject_shared(text: str, fig: Figure, lead: str) -> bool:
    """Whether the figure's clause is only a verb that goes on from the clause
    before it, after "and" or a comma, sharing that clause's subject."""
    at = fig.start - len(lead)
    return bool(lead) and text[at : fig.start] == lead and _VERB_ONLY_LEAD.fullmatch(lead) is not None and _AND_OR_COMMA_BEFORE.search(text, max(0, at - 8), at) is not None


# The Met opening a clause as who puts money in: "The Metropolitan Police is putting £9m ...".
_POLICE_PAYS = regex(
    # "In 2018, Met Police funding paid for ...": a date may open the clause.
    # (Not "Police put the value of property stolen at £2.4m": an estimate.)
    r"\s{0,3}(?:In\s{1,3}(?:[A-Z][a-z]{2,8}\s{1,3})?\d{4},?\s{1,3})?"
    r"(?:[Tt]he\s{1,3})?(Metropolitan\s{1,3}Police|Met\s{1,3}Police|Met|Scotland\s{1,3}Yard|[Pp]olice)\b(?:\s{1,3}[\w'\u2019]{1,20}){0,2}?"
    r"\s{1,3}(?:(?:is|are|has|have|had|will|was|were)\s{1,3})?(?:(?:putting|put|puts)(?!\s[^,;.]{1,120}?\sat\s{1,3}(?:about\s|around\s|some\s|nearly\s|almost\s|more\sthan\s)?(?:[£$€]?\d|$))|giving|gave|given|gives|investing|invested|invests|spending|spent|spends|funding|funded|funds|pouring|poured|pours|handing|handed|hands|paid|pays|paying|bankrolled|bankrolls)\b"
)
# What ends a clause's subject before its verb: "Passengers on Route 150 ..., which is".
_RELATIVE_OR_COMMA = regex(r",|\b(?:which|who|that|where|whose)\b")
# A clause opening with "the ... <head> has/made ...": the head is who acts.
_CLAUSE_SUBJECT = regex(
    r"\s{0,40}[Tt]he\s+(?:[\w'\u2019£.-]+\s+){0,5}?([a-z]+)\s+(?:has|have|had|is|was|were|will|would|made|makes|gave|gives|got|gets|received|receives|spent|spends|seized|seizes|carried|recovered|took|takes"
    # What a place or service does: "The diagnostic centre offers close to 2,000 ...".
    r"|offers|offered|provides|provided|sees|saw|treats|treated|serves|served|runs|ran|employs|employed|delivers|delivered|handles|handled|performs|performed|completes|completed|hosts|hosted|houses|housed)\b"
)
# After a live-blog time ("3.17pm: ") or "Over": "Over in Birmingham, ...".
_OPENING_PLACE = regex(r"\s{0,3}(?:\d{1,2}[.:]\d{2}\s{0,2}(?:am|pm)?\s{0,2}[:\u2013\u2014-]\s{0,3})?(?:Over\s{1,3}|Back\s{1,3}|Meanwhile\s{1,3})?(?:[Ii]n|[Aa]t|[Aa]cross|[Tt]hroughout|[Oo]utside|[Ff]rom)\s+[^,;]{1,60},")
# The place figures are for: "according to (the latest) figures for Wales", "data covering Kent".
_DATA_FOR_PLACE = regex(r"\b(?:figures|data|statistics|numbers)\s{1,3}(?:for|covering|in)\s{1,3}((?:the\s{1,3})?(?:[A-Z][\w-]{1,30}\s?){1,4})")
# A sentence whose subject is someone's: "Manchester's fund, which ..., has backed 57 projects".
_OPENING_OWNER = regex(r"\s{0,3}(?:The\s{1,3})?[A-Z][a-z][\w-]{1,30}['\u2019]s\s")
# ... unless the one it is is who says it: "Manchester's report says 23 homes ...".
_SAYS_SOON = regex(r"(?:[^\s,;]{1,40}\s+){0,5}?(?:says|said|say|reports?|reported|told|tells|found|finds|claims?|claimed|estimates?|estimated|believes?|thinks?|argues|argued|insists|insisted|warns|warned|added|adds|confirmed|confirms)\b")


# What was said refers back to the sayer: "... says its crews", "... said knife crime across the city".
_BACK_TO_THE_SAYER = regex(r"\b(?:its|their|the\s{1,3}(?:city|town|county|borough|region|district|force|council))\b", re.I)


def _opening_owner(text: str) -> re.Match[str] | None:
    """The owner that opens the sentence as its subject's ("Manchester's
    fund ..."), or a sayer's whose words refer back to it ("Manchester's
    council says moving its services ..."); not a sayer's alone
    ("Manchester's report says 23 homes at Thrumby Gap ...")."""
    owner = _OPENING_OWNER.match(text)
    if owner is None:
        return None
    says = _SAYS_SOON.match(text, owner.end())
    return owner if says is None or _BACK_TO_THE_SAYER.search(text, says.end(), says.end() + 60) else None


# The event of a date said of "it": "since it was launched in", "when they were set up in".
# ... and "Launched in March 2018 with money from City Hall, the taskforce ...": a participle opening the sentence.
_PRONOUN_EVENT = regex(
    r"(?:\b(?i:it|they)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?[a-z]+(?:\s+up|\s+out)?|^\s*(?:[A-Z][a-z]+ed|Set\s+up))"
    r"\s+(?:in|on)\s+(?:early\s+|late\s+|mid-)?$"
)
_NAME_ENDS = frozenset("as while whereas because amid despite after before to that which who".split())
# The few words right after a figure, up to punctuation: what it is the figure of.
_NEXT_WORDS = regex(r"(?:\s{1,3}[^\s,;:.!?()]{1,40}){1,6}")
_PURPOSE = regex(r",\s(?:in order\s)?to\s(?:help|support|steer|provide|keep|tackle|prevent|reduce|give|ensure|make|improve|protect|divert|get|stop|fight)\b.{0,600}$", re.I | re.S)
# A count's noun, then what it is for: "166 arrests for ...".
# Not "paid for": there "for" belongs to the verb ("150 officers paid for with City Hall cash").
_PURPOSE_AFTER_NOUN = regex(r"\s{1,3}(?:[\w'\u2019-]{1,30}\s{1,3}){1,3}?(?<!paid )(?<!pays )(?<!paying )(?P<prep>for|into|on)\s", re.I)
_RUNNING_PASSAGE = regex(r"\b(?:so far|to date|up until|up to now|has now|have now|now been|since (?:its|the|their) launch)\b", re.I)


# A documented period that is its document's year: "over the year" in an annual review.
_THE_YEAR = frozenset({"this year", "over the year", "the year", "in the year", "during the year", "for the year"})
_TITLE_YEAR = regex(rf"\b{_A_YEAR}\b")


# Words that put a figure forward without asserting it, on either side.
# A forecast, in a sentence's cue or a documented subject (not a condition, a wish or a target).
_FORECAST = regex(r"\b(?:forecasts?|expected|projected|predicted|projection)\b", re.I)
_PUT_FORWARD = regex(
    # ("is aiming for 700", "targeting 90%", "hoping for": an aim, as "aims" is.)
    r"\b(?:targets?|targeting|aims?|aiming|goal|ambition|would|could|might|if|expected|forecast|projected"
    # An ask: "the bays the watchdog asks the trust to open", "called for".
    r"|asks?|asked|calls?\s+for|called\s+for|urges?|urged|demands?|demanded|recommends?|recommended|recommendations?|seeks?|sought|wants?|hopes?|hoping)\b",
    re.I,
)
# A documented figure aimed at, not reached, as its subject says: "... the
# service wants by 2026", "homes Brackenholt plans to insulate next year",
# "target of new social rent homes", "target average time from alert to
# arrival" (a target before what it is of, not a "target date" or a time).
_AIMED_SUBJECT = regex(
    r"\b(?:wants?|wanted|(?:aims?|aiming|hopes?|hoping|plans?|planning|expects?|expecting|intends?|is|are|asked|required|committed|pledged|promised)\s+to|targets?\s+(?:of|for)|will|would\b.{0,80}\bif)\b"
    r"|(?:^|['\u2019]s\s|\bthe\s)target\s(?!date|year|month|time|deadline)[a-z]",
    re.I,
)
# A target said to be missed, before its figure: "failed to reach its 65%
# engagement target", "fell short of the 1,200 it aimed for", "missed its".
_MISSED_BEFORE = regex(
    r"\b(?:fail(?:ed|s|ing)?\s{1,3}to\s{1,3}(?:reach|meet|hit|achieve|make)|miss(?:ed|es|ing)|f[ae]ll(?:s|en|ing)?\s{1,3}short\s{1,3}of|(?:stayed|remained|was|were)\s{1,3}below)"
    r"\s{1,3}(?:its|their|the|a|his|her|our)\s{1,3}(?:[\w'\u2019-]{1,20}\s{1,3}){0,2}$",
    re.I,
)
# ... with the word that makes the figure a target after it: "65% engagement target".
_TARGET_AFTER = regex(r"(?:\s{1,3}[\w'\u2019-]{1,20}){0,3}?\s{1,3}(?:target|goal|aim|ambition|benchmark)s?\b", re.I)
# ... and a sentence that speaks of an aim, so may give it.
_AIMED_SENTENCE = regex(
    r"\b(?:wants?|wanted|aims?|aimed|aiming|targets?|targeted|goal|ambition|pledged?|promised?|hopes?|hoping|plans?|planned|planning|expects?|expected|intends?"
    # "are each to lose 30 places": what is to happen, as "will lose" is.
    r"|forecasts?|projected|will|would|meant\s+to|due\s+to|set\s+to|supposed\s+to|asked|required\s+to|committed\s+to|(?:is|are)\s+(?:each\s+|also\s+|now\s+)?to\s+(?!be\b)[a-z]+"
    r"|on\s+track|by\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b",
    re.I,
)


def _capitalised_in(text: str) -> frozenset[str]:
    """The words `text` writes capitalised, in lower case, each part of a
    hyphened or possessive one too ("Hollinwick-shire's": hollinwick, shire)."""
    return frozenset(part.lower() for w in re.findall(r"\b[A-Z][\w'\u2019-]*", text) for part in re.split(r"[-'\u2019]", w) if part and part != "s")


@functools.lru_cache(maxsize=1024)
def _capitalised_stems(text: str) -> tuple[str, ...]:
    """The stems of the capitalised words of `text`, past its first letter
    (a word capitalised only as the sentence opens is no name)."""
    return tuple(tokenize(" ".join(CAPITALISED_WORD.findall(text, 1))))


def _calls_it(subject: str, period: Period) -> bool:
    """Whether a documented subject calls its period by the claim's words for
    it, of two words or more ("2023/24, its first year" and "in its first
    year"); not by dates, which `_same_period` reads."""
    name = _period_name(period.text)
    return bool(name) and re.search(r"\b" + re.escape(name) + r"\b", subject, re.I) is not None


@functools.lru_cache(maxsize=1024)
def _period_name(text: str) -> str:
    """A period's words past its lead ("in its first year": "first year"),
    where they are two or more and no date; "" otherwise. Asked on every
    comparison, of the few periods a batch's claims give."""
    name = _PERIOD_LEAD.sub("", text).strip()
    return name if len(name.split()) > 1 and not any(c.isdigit() for c in name) else ""


def _names_the_period(sentence: str, documented: str | None) -> bool:
    """Whether the sentence names a period the documents call by a name
    of two words or more, not by dates ("the spending review period")."""
    said = read_period(documented)
    if said is None or said.kind != "window" or said.key[:1].isdigit():
        return False
    name = _PERIOD_LEAD.sub("", said.key).strip()
    return len(name.split()) > 1 and re.search(r"\b" + re.escape(name) + r"\b", sentence, re.I) is not None


_PERIOD_LEAD = regex(r"^(?:(?:over|during|in|for|across|throughout|within)\s+)?(?:(?:the|this|that|its|their|our)\s+)?", re.I)


def _another_rate(claimed: Period, documented: str | None) -> bool:
    """Whether the documents give their figure at a rate other than the claim's."""
    said = read_period(documented)
    return said is not None and said.kind == "rate" and said.key != claimed.key


def _one_moment(window: Period) -> bool:
    """A window the sentence dates to one day, month or year: not a span
    between two dates, which may be two figures' dates read together."""
    return window.key[:1].isdigit() and "/" not in window.key


def _reaches(window: Period, moment: str | None) -> bool:
    """Whether a window of one moment is `moment`, to the precision both
    give (an unknown moment is not held against it)."""
    return moment is None or same_at_precision(window.key, moment)


def _dated_to(window: Period | None, as_of: str | None) -> bool:
    """Whether a window ends on the day a running total is given as of."""
    return window is not None and as_of is not None and window.key.endswith(as_of)


def _read_kind(period: str | None) -> str | None:
    read = read_period(period)
    return read.kind if read is not None else None


def _is_running(claim: Claim) -> bool:
    """A documented count that keeps growing: the passage says so."""
    return bool(_RUNNING_PASSAGE.search(claim.passage))


# "Of the 187, 133 ...": a whole said by its size alone, a clause's opening.
_BARE_WHOLE_BEFORE = regex(r"\bof\s{1,3}(?:the|these|those)\s{1,3}$", re.I)
_COMMA_NEXT = regex(r"\s{0,2},")


def _wholes_given_by_their_part_s_passage(text: str, checks: dict[int, FigureCheck], evidence: list[Evidence]) -> list[tuple[int, Evidence]]:
    """Unverified wholes said by their size alone ("Of the 187, 133
    engaged"), each with the evidence supporting the figure after it (its
    part) whose passage gives the same whole in the same words."""
    found = []
    for index, check in checks.items():
        fig = check.figure
        if check.verdict is not Verdict.UNVERIFIED or not _BARE_WHOLE_BEFORE.search(text, max(0, fig.start - 12), fig.start) or not _COMMA_NEXT.match(text, fig.end):
            continue
        part = min((i for i in checks if i > index), default=None)
        said = f"of the {fig.text}".casefold()
        backing = next((e for e in evidence if part is not None and e.for_figure == part and e.relation is Relation.SUPPORTS and said in " ".join(e.claim.passage.casefold().split())), None)
        if backing is not None:
            found.append((index, backing))
    return found


def _judged_on_a_siblings_claim(checks: dict[int, FigureCheck], evidence: list[Evidence]) -> list[int]:
    """Figures that conflict only with documented figures another figure of
    the same sentence is supported by: the sentence gives the documents'
    figure itself, for something else, so it is no contradiction of this one."""
    if len(checks) < 2 or not any(c.verdict is Verdict.CONFLICTING for c in checks.values()):
        return []  # the common case: nothing to excuse, or no sibling
    said = {i for i, c in checks.items() if c.stance is not Stance.DENIED and c.verdict in (Verdict.SUPPORTED, Verdict.MIXED)}
    supporting = {(e.for_figure, e.claim.id) for e in evidence if e.relation is Relation.SUPPORTS and e.for_figure in said}
    found = []
    for index, check in checks.items():
        if check.verdict is not Verdict.CONFLICTING or check.stance is not Stance.ASSERTED:
            continue
        conflicting = {e.claim.id for e in evidence if e.for_figure == index and e.relation is Relation.CONFLICTS}
        if conflicting and all(any((other, c) in supporting for other in checks if other != index) for c in conflicting):
            found.append(index)
    return found


def _level_after(index: int, readings: list[Reading]) -> Reading | None:
    """The first level the sentence asserts after the figure at `index`, of its kind: the level an earlier one went to."""
    kind = readings[index].figure.kind
    return next((r for r in readings[index + 1 :] if r.stance is Stance.ASSERTED and r.figure.kind == kind), None)


def _others_of_the_later_time(evidence: list[Evidence], index: int, readings: list[Reading]) -> bool:
    """Whether the documents date a figure an earlier level (at `index`)
    agrees with to another time than the sentence gives the level it
    changed to, and every one it disagrees with to that time, or to none."""
    later = _level_after(index, readings)
    window = later.window if later is not None else None
    if window is None or window.kind != "window":
        return False
    conflicting = [e.claim.period for e in evidence if e.relation is Relation.CONFLICTS]
    agreeing = [e.claim.period for e in evidence if e.relation is Relation.SUPPORTS]
    dated_before = [p for p in agreeing if p is not None and not _same_period(window, p)]
    return bool(conflicting and dated_before) and all(p is None or _same_period(window, p) for p in conflicting)


def _other_level_is_the_rest(check: FigureCheck, index: int, readings: list[Reading], evidence: list[Evidence], later: bool) -> bool:
    """Whether a level the documents give ("from £2.50", "to £3.20")
    disagrees only with the sentence's other level of the change: every
    documented figure it conflicts with is the value of the later level
    (for an earlier one) or of the earlier level (for a later one)."""
    conflicting = [e.figure for e in evidence if e.for_figure == index and e.relation is Relation.CONFLICTS]
    if later:
        # "from 2,960 to 1,184", or the later level first: "1,184, down from 2,960".
        after = _level_after(index, readings)
        other = [after.figure] if after is not None else [r.figure for r in readings[:index] if r.stance is Stance.ASSERTED and r.figure.kind == check.figure.kind][-1:]
    else:
        other = [r.figure for r in readings[:index] if r.stance is Stance.PREVIOUS and r.figure.kind == check.figure.kind][-1:]
    # Each one the other level's value, or a bound of it ("fewer than 1,200" for 1,184).
    return bool(conflicting and other) and all(other[0].value == c.value or agreement(other[0], c) is True or _inside(other[0], c) for c in conflicting)


def _both_levels_documented(index: int, evidence: list[Evidence]) -> bool:
    """Whether the documents that the sentence's later level (at `index`)
    conflicts with give a level they do not call earlier, beside one the
    sentence's earlier level agrees with that they do ("before 1 April
    2024"): then they give the later level too."""
    later = any(e.for_figure == index and e.relation is Relation.CONFLICTS and not _called_earlier(e.claim) for e in evidence)
    return later and any(e.for_figure != index and e.relation is Relation.SUPPORTS and _called_earlier(e.claim) for e in evidence)


def _risen_from_documented(checks: dict[int, FigureCheck], readings: list[Reading], evidence: list[Evidence]) -> None:
    """"250 officers now, up from the 150 it was created with", "set up with
    150 officers, it has since grown to 300": where the documents give the
    earlier level, the new one is of a later moment, not a conflict with
    them; unless the documents give a figure for that very moment ("from
    50,000 to 45,000" between two years, against their 40,000 for the later)."""
    earlier = {c.topic for c in checks.values() if c.stance is Stance.PREVIOUS and c.verdict is Verdict.SUPPORTED}
    for i, reading in enumerate(readings):
        if reading.later:
            earlier |= {
                c.topic for j, c in checks.items()
                if j < i and c.stance is Stance.ASSERTED and c.verdict is Verdict.SUPPORTED and c.figure.kind == reading.figure.kind
            }
    for i, c in checks.items():
        if c.stance is Stance.ASSERTED and c.verdict is Verdict.CONFLICTING and c.topic in earlier:
            period = _claim_period(readings[i])
            against = [e.claim.period for e in evidence if e.for_figure == i and e.relation is Relation.CONFLICTS]
            if period is not None and any(p and _same_period(period, p) for p in against):
                continue
            if _both_levels_documented(i, evidence):
                continue  # "rose from £9 to £12" against "£9 before 1 April 2024" and £11 after: the later level is theirs too
            why = f"{c.figure.text}: the documents give the earlier level the sentence says it changed from, not this later one."
            checks[i] = replace(c, verdict=Verdict.UNVERIFIED, reason=why)


def _numbered_of(reading: Reading, subject: str, text: str) -> frozenset[tuple[str, str]]:
    """The numbered things a figure is of: those its words name, else the
    stage it was read in, else those its sentence names (see `_numbered_before`)."""
    return _numbered_names(subject) or _stage_of(reading) or _numbered_before(text, reading.figure)


def _stage_of(reading: Reading) -> frozenset[tuple[str, str]]:
    """The numbered stage the reader gave the figure as its window ("118 in
    the second", after "94 in the first round": round two), as `_numbered_names` gives it."""
    window = reading.window
    return _numbered_names(window.key) if window is not None and _SERIES_CUE.match(window.key) else frozenset()


def _numbered_before(text: str, fig: Figure) -> frozenset[tuple[str, str]]:
    """`_numbered_names` of the sentence, for a figure whose own words name
    none. Where it names one kind under several numbers ("first phase
    covered 26 sites, 11 parks ..., and with the 16 added in Phase 2"),
    the figure is of the last named before it, as a list runs on under it."""
    named = _numbered_names(text)
    labels = [word for word, _ in named]
    if len(labels) == len(set(labels)):
        return named
    before = _numbered_names(text[: fig.start])
    return before or named


# A set named by its size, with the article of a thing known: "the two hospitals", "both its sites".
_KNOWN_SET_BEFORE = regex(r"\b(?:the|its|their|our|both|all)\s{1,3}\Z", re.I)
_SET_NOUN = regex(r"\s{1,3}([a-z][\w-]{0,30}s)\b")


@functools.lru_cache(maxsize=4096)
def _numbered_names(text: str) -> frozenset[tuple[str, str]]:
    """(label, number) of each thing `text` calls by a number: ("category", "3") of "Category 3 calls",
    ("round", "2") of "the second round" or "round two".
    (Remembered: every figure of a sentence asks of the sentence's.)"""
    labelled = {(" ".join(name.replace(number, " ").split()).lower(), number) for number, name in labelled_numbers(text)}
    if _SERIES_CUE.search(text):
        for m in _IN_A_SERIES.finditer(text):
            noun = (m.group("noun") or m.group("noun2")).lower()
            said = (m.group("ord") or m.group("num")).lower()
            labelled.add((noun, _SERIES_PLACES.get(said, said)))
    return frozenset(labelled)


# A thing called by its place in a series: "the second round", "round three",
# "second-round projects". (Not "year": "in its first year" is a time, not a name.)
_SERIES_PLACES = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
    "1st": "1", "2nd": "2", "3rd": "3", "4th": "4", "5th": "5", "6th": "6",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}
_SERIES_NOUNS = "round|phase|wave|stage|tranche|cohort"
_SERIES_CUE = regex(rf"\b(?:{_SERIES_NOUNS})", re.I)
_IN_A_SERIES = regex(
    rf"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th|6th)[\s-]{{1,3}}(?P<noun>{_SERIES_NOUNS})\b"
    rf"|\b(?P<noun2>{_SERIES_NOUNS})[\s-]{{1,3}}(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\b(?![,.]?\d)",
    re.I,
)


# All the parts of a series together: "across both phases", "over all three rounds", "in all its stages".
_ACROSS_PARTS = regex(
    rf"\b(?:across|in|over|for|from|covering|throughout)\s{{1,3}}(?:both|all)(?:\s{{1,3}}(?:the|its|their))?(?:\s{{1,3}}(?:two|three|four|five))?\s{{1,3}}({_SERIES_NOUNS})s\b"
    rf"|\b(?:across|over|covering)\s{{1,3}}(?:the|its|their)\s{{1,3}}(?:two|three|four|five)\s{{1,3}}({_SERIES_NOUNS})s\b",
    re.I,
)
# Another thing made like a documented one: "a taskforce modelled on London's",
# "a similar scheme", "a copycat fund".
_ANOTHER_LIKE_IT = regex(
    r"\b(?:a|an|another)\s{1,3}(?:(?:similar|comparable|equivalent|copycat|sister|parallel|rival)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?[\w-]{1,30}"
    r"|(?:[\w-]{1,30}\s{1,3}){0,2}?[\w-]{1,30}\s{1,3}(?:modell?ed\s{1,3}on|based\s{1,3}on|inspired\s{1,3}by|copied\s{1,3}from|similar\s{1,3}to|akin\s{1,3}to)\s{1,3}(?:the\s{1,3})?[\w'\u2019-]{1,30})",
    re.I,
)
# A sentence that opens by setting its actor against another: "The Met's own
# gangs unit, not the taskforce, recovered ...", "Charities, rather than the Mayor, ...".
_NOT_THE_ACTOR = regex(r"^\W{0,3}(?P<actor>[^,;:.!?]{2,80}),\s{1,3}(?:not|rather\s{1,3}than|and\s{1,3}not|instead\s{1,3}of)\s{1,3}(?P<denied>[^,;:.!?]{2,80}),\s", re.I)
# A document's words said by its publisher's name: "The Ledger's correction made clear that".
_SAYS_AS_A_DOCUMENT = regex(
    r"['\u2019]s\s{1,3}(?:own\s{1,3})?(?:correction|report|article|story|review|analysis|editorial|investigation|survey|figures|data|fact-check|reality\s{1,3}check)"
    r"\s{1,3}(?:[\w'\u2019-]{1,20}\s{1,3}){0,2}?(?:made\s{1,3}clear|makes\s{1,3}clear|says|said|found|finds|shows?|showed|reported|reports|revealed|reveals|noted|notes|stated|states)\b"
)


def _name_holding(text: str, word: str) -> str:
    """The run of capitalised words in `text` that holds `word`, for a reason
    to quote ("Home Office" for "Home"); `word` itself if none."""
    for m in _CAPITALISED_NAME_RUN.finditer(text):
        if re.search(rf"\b{re.escape(word)}\b", m.group()):
            return re.sub(r"^(?:The|A|An|In|At|On|For|By)\s|['\u2019]s$", "", m.group())
    return word


_CAPITALISED_NAME_RUN = regex(r"\b[A-Z][\w'\u2019-]*(?:\s(?:of\s|for\s|and\s)?[A-Z][\w'\u2019-]*)*")


def _numbered(names: frozenset[tuple[str, str]]) -> str:
    """The numbered names, as written for a reason: "'Category 3', 'Category 4'"."""
    return ", ".join(repr(f"{word.capitalize()} {number}") for word, number in sorted(names))


def _set_apart(matches: list[Match], accepts: Callable[[Match], bool], apart: Callable[[Match], bool]) -> tuple[list[Match], Match | None]:
    """The matches less those `apart` (another measure than the sentence's);
    and, when that leaves none accepted though one was, the first accepted
    one set apart, to name in the refusal."""
    kept = [m for m in matches if not apart(m)]
    if len(kept) == len(matches) or any(map(accepts, kept)):
        return kept, None
    return kept, next(filter(accepts, matches), None)


def _alone(reading: Reading) -> bool:
    """Whether the figure is its sentence's only amount."""
    return reading.around is None or sum(f.kind in AMOUNTS for f in reading.around.figures) < 2


def _backed_only_by_its_earlier_level(checks: dict[int, FigureCheck], evidence: list[Evidence]) -> list[Evidence]:
    """"less than 86.4%, up from 84.1% in 2023-24": where every passage that
    agrees with the later level is one that gives the sentence's own earlier
    level, it agrees only by a qualifier's slack and says nothing of the
    later moment; the later level is unverified, its passages related."""
    def backing(i: int) -> set[str]:
        return {e.claim.id for e in evidence if e.for_figure == i and e.relation is Relation.SUPPORTS}

    for j, earlier in checks.items():
        if earlier.stance is not Stance.PREVIOUS or earlier.verdict is not Verdict.SUPPORTED:
            continue
        its_own = backing(j)  # (only later levels' passages change below)
        for i, c in list(checks.items()):
            if i == j or c.stance is not Stance.ASSERTED or c.verdict is not Verdict.SUPPORTED or c.figure.unit != earlier.figure.unit:
                continue
            own = backing(i)
            if not own or not own <= its_own:
                continue
            why = f"{c.figure.text}: the only passages that agree with it give the sentence's earlier level, {earlier.figure.text}, not this later one."
            checks[i] = replace(c, verdict=Verdict.UNVERIFIED, reason=why)
            evidence = [replace(e, relation=Relation.RELATED) if e.for_figure == i and e.relation is Relation.SUPPORTS else e for e in evidence]
    return evidence


def _later_level_before_its_earlier(checks: dict[int, FigureCheck], evidence: list[Evidence]) -> None:
    """"four weeks, down from 11": the later level first, then the earlier one
    the documents give. Where every documented figure the later level
    disagrees with is that earlier level's value, it is the documents' own."""
    for i, c in list(checks.items()):
        if c.stance is not Stance.ASSERTED or c.verdict is not Verdict.MIXED:
            continue
        after = next((j for j in sorted(checks) if j > i and checks[j].figure.kind == c.figure.kind), None)
        if after is None or checks[after].stance is not Stance.PREVIOUS or checks[after].verdict is not Verdict.SUPPORTED:
            continue
        earlier = checks[after].figure
        conflicting = [e.figure for e in evidence if e.for_figure == i and e.relation is Relation.CONFLICTS]
        if conflicting and all(earlier.value == f.value for f in conflicting):
            checks[i] = replace(c, verdict=Verdict.SUPPORTED, reason=f"{c.figure.text}: the later level the documents give; {c.reason.split(': ', 1)[-1]}")


def _moved_from(fig: Figure, period: Period | None, disagreeing: list[int], others: list[int], documented: Callable[[int], Figure]) -> list[int]:
    """The documented figures, of another period than the claim's, whose
    very value (and unit) the claim gives. Not a running total: "so far"
    is the same count at a later moment, which an earlier one can
    contradict. Nor last year's count said of this year where the documents
    give this very year's: "rose to 118 in 2024/25" against 143 in 2024/25
    and 118 the year before is a wrong count for the year (a week's rate
    said of a year is still moved: another kind of period)."""
    own = period is not None and any(_exactly_that_period(documented(i).period, period) for i in disagreeing)
    return [
        i for i in others
        if documented(i).unit == fig.unit and documented(i).value == fig.value and documented(i).period
        and _read_kind(documented(i).period) not in ("running", period.kind if own and period is not None else None)
    ]


def _exactly_that_period(documented: str | None, period: Period) -> bool:
    read = read_period(documented)
    return read is not None and read.same_as(period)


def _head_words(text: str, fig: Figure) -> list[str]:
    """The lower-case words right after a figure that may be its head noun ("£45m *youth fund*")."""
    after = _HEAD_AFTER.match(text, fig.end, min(len(text), fig.end + 60))
    return after.group().lower().split() if after is not None else []


def _unit_said_before(text: str, fig: Figure) -> str | None:
    """The unit of time a bare count is in, where its sentence opens with it
    as what is measured and the count is the level it came to, with no noun
    of its own: "Hours lost to handover delays rose by 8,500 in a year, to
    31,400". None otherwise (most counts name what they count)."""
    if fig.unit != "count" or not _LEVEL_BEFORE.search(text, max(0, fig.start - 40), fig.start) or not _BARE_AFTER.match(text, fig.end):
        return None
    start = _sentence_start(text, fig.start)
    opening = _TIME_MEASURED.match(text, start) if start is not None else None
    return opening.group(1).lower() if opening is not None else None


def _sentence_start(text: str, at: int) -> int | None:
    """Where the sentence holding `at` begins, if within a long sentence's
    reach of it (a hostile run-on text is not read back to its start per figure)."""
    reach = max(0, at - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, reach, at)]
    return ends[-1] if ends else None if reach else 0


# The longest sentence of the labelled sets runs to 408 characters; a margin past it.
_SENTENCE_REACH = 500


_LEVEL_BEFORE = regex(r"\b(?:to|at|reached|hit|totalled|totaled|topped|stood\s{1,3}at)\s{1,3}(?:some\s{1,3}|about\s{1,3}|around\s{1,3}|nearly\s{1,3}|almost\s{1,3}|more\s{1,3}than\s{1,3})?$", re.I)
# (Then its time, or nothing: "to 31,400 last year", "to 31,400.")
_BARE_AFTER = regex(r"\s{0,3}(?:[,.;:)]|$|(?:last|this|in|by|a|per|over|during|since|between)\s)")
# A sentence that opens with a unit of time as what it measures: "Hours lost ...", "The days lost ...".
_TIME_MEASURED = regex(r"\s{0,3}(?:the\s{1,3}|total\s{1,3}|average\s{1,3})?(hours|minutes|days|weeks)\s{1,3}(?:lost|spent|waited|wasted|given|worked|taken|missed|of)\b", re.I)
_SENTENCE_BREAK = regex(r"[.!?]\s{1,3}(?=[A-Z\d'\u201c])")


def _unverified_earlier_levels(checks: dict[int, FigureCheck], readings: list[Reading], evidence: list[Evidence]) -> Iterator[tuple[int, FigureCheck, int, list[Evidence]]]:
    """Each earlier level ("up from 238") left unverified and not dated
    otherwise, with the later level it changed to and the evidence that
    later level is supported by. (`checks` may be updated between steps:
    each later level is looked up as it then stands.)"""
    for i, c in list(checks.items()):
        if c.stance is not Stance.PREVIOUS or c.verdict is not Verdict.UNVERIFIED or _dated_right_after(readings[i]):
            continue
        later = _the_level_it_changed_to(i, checks)
        if later is not None:
            yield i, c, later, [e for e in evidence if e.for_figure == later and e.relation is Relation.SUPPORTS]


def _the_level_it_changed_to(i: int, checks: dict[int, FigureCheck]) -> int | None:
    """The sentence's asserted level of the same kind nearest the earlier level at `i`, if a document gives it."""
    near = sorted((abs(j - i), j) for j, c in checks.items() if c.stance is Stance.ASSERTED and c.figure.kind == checks[i].figure.kind)
    return next((j for _, j in near if checks[j].verdict in (Verdict.SUPPORTED, Verdict.MIXED)), None) if near else None


def _dated_right_after(reading: Reading) -> bool:
    """Whether a date follows the figure at once ("up from 450 in 2019"): the
    moment it is of. Not one after another figure that stands between ("from
    41 to 64 in 2024-25"): that date is the later level's."""
    if reading.around is None:
        return False
    end = reading.figure.end
    dates = [f for f in reading.around.figures if f.kind == "date" and end <= f.start <= end + _DATED_RIGHT_AFTER]
    return any(not any(end <= g.start and g.end <= f.start for g in reading.around.figures) for f in dates)


# What makes a clause's subject one of those its figure counts: "The camera at Underpass U9 was among nine ...".
_A_MEMBER_OF = regex(r"\b(?:was|were|is|are)\s{1,3}(?:among|one\s{1,3}of)\s{1,3}(?:the\s{1,3})?", re.I)
# A clause that is only the word setting its figure against the one before: "..., against nine in Oxtervale".
_ONLY_SET_AGAINST = regex(rf"\s{{0,3}}{SET_AGAINST}\s{{1,3}}", re.I)
# A capitalised word right after a figure: the name it is part of.
_NAMED_AFTER = regex(r"\s[A-Z][a-z]")


# Words between a figure asserted and one denied that set one against the
# other: "not 12 but 14", or a bare "not" joining them, "in 2016, and not in
# 2018" (not one in a clause of its own: "..., the fund is not now worth").
_SET_AGAINST = regex(r"\b(?:but|rather|instead|nor)\b|^[\s,;]*(?:and\s+|or\s+)?(?:not|never)\b(?:\s+\w+){0,2}\s*$", re.I)


def _a_part_in_its_passage(claim: Claim) -> bool:
    """Whether the claim's figure is a part its passage gives of an amount
    before it ("6,412 responses ..., of which 4,980 were made online and
    1,432 on paper forms")."""
    span = figure_span(claim)
    if span is None:
        return False
    before = claim.passage[: span[0]]
    sentence = before[max(before.rfind(c) for c in ".;!?") + 1 :]
    opener = _PARTS_OPEN.search(sentence)
    return opener is not None and any(c.isdigit() for c in sentence[: opener.start()])


# Where an amount's parts open after it: ", of which", ", 450 of them".
_PARTS_OPEN = regex(r",\s(?:of\s(?:which|whom)|(?:[\w,.%]{1,12}\s)?of\s(?:them|those|these))\b", re.I)


def _said_instead(text: str, denied: Figure, readings: list[Reading]) -> Figure | None:
    """A figure of the denied one's kind asserted right after the denial's
    colon or semicolon: "did not begin in January 2024: it came in on 2
    February 2024" says what is so in its place."""
    return next((r.figure for r in readings if r.stance is Stance.ASSERTED and r.figure.kind == denied.kind and r.figure.start > denied.end and _past_a_colon(text[denied.end : r.figure.start])), None)


def _past_a_colon(between: str) -> bool:
    """Whether `between` is the rest of a denial's clause, one colon or
    semicolon, and a few words of the next: no sentence ends in it."""
    return len(between) <= 140 and between.count(":") + between.count(";") == 1 and not any(c in between for c in ".!?")


def _set_against(text: str, one: Figure, other: Figure, cue: str) -> bool:
    """Whether the sentence sets `one` against `other` (by a contrast, or by
    the denial's own cue between them: "One leaflet said £7m; in fact ...
    £250,000"), so that the denied one corrects the other: not two figures
    of one thing ("not open 12 hours a day, seven days a week")."""
    first, second = (one, other) if one.start < other.start else (other, one)
    between = text[first.end : second.start]
    # (A bare "not" in its own clause is the denial, not a contrast: see _SET_AGAINST.)
    return _SET_AGAINST.search(between) is not None or cue.lower() not in ("", "not", "never") and cue in between


# After a number, a name of capitalised words and the kind of body or event it names.
_NAME_A_NUMBER_OPENS = regex(
    r"\s(?:[A-Z][a-z]+\s){1,4}(?:of\s(?:[A-Z][a-z]+\s){1,2})?(?:[a-z]+\s){0,1}"
    r"(?:group|campaign|charity|movement|network|evening|event|initiative|club|trust|foundation|coalition|alliance|festival|challenge|appeal|choir)s?\b"
)
_ARTICLE_BEFORE = regex(r"\b(?:the|a|an)\s{1,3}$", re.I)


def _opens_a_name(text: str, fig: Figure) -> bool:
    """Whether the number opens a group's or an event's name ("the 1 Million Voices group")."""
    return _ARTICLE_BEFORE.search(text, max(0, fig.start - 6), fig.start) is not None and _NAME_A_NUMBER_OPENS.match(text, fig.end) is not None


# Qualifiers that hold every figure on one side of theirs.
_ONE_SIDED = frozenset({"more_than", "less_than", "at_least", "up_to"})


@functools.cache
def _time_frame_words() -> frozenset[str]:
    """Stems of words that frame a stretch of time ("in the period from ...
    to the close of May"), which the period reader reads, not the matcher."""
    return frozenset(tokenize("period close stretch span spell"))


# A lower-case noun right after a figure, which the figure modifies: "20mph *zones*".
_BEFORE_ITS_NOUN = regex(r"(?:-[a-z]+)?\s(?!(?:the|its|his|her|their|our|this|that|these|those|and|for|with|from|than|more|less|over|under|into|each|every|per)\b)[a-z]{3,}")


def _a_span_holding_a_moment(fig: Figure, evidence: Sequence[Evidence]) -> bool:
    """Whether `fig` is a span ("2023/24") that the documented dates it
    agrees with ("February 2024") lie inside without being it."""
    supporting = [e.figure for e in evidence if e.relation is Relation.SUPPORTS]
    return "/" in str(fig.value) and bool(supporting) and all("/" not in str(f.value) for f in supporting)


def _earlier_level_of_another(checks: dict[int, FigureCheck], readings: list[Reading], evidence: list[Evidence]) -> None:
    """"Now in 19 boroughs, up from 10": an earlier level is of the measure
    the new level is judged on. A documented 10 for another measure of the
    topic ("10 of the most affected boroughs") does not support it. Not
    "from 24 to 12": its later level follows it, judged on the same words,
    and a figure earlier in the sentence ("returns from 132 authorities,
    said ... from 24 to 12") is not what it changed from."""
    judged: dict[int, set[str]] = {}
    # The same measure at another time: a documented claim of the same topic
    # dated to another period ("51,200 the year before" and "58,600 in 2023-24").
    dated: dict[int, set[tuple[str, str]]] = {}
    for e in evidence:
        if e.for_figure is not None and e.relation is not Relation.RELATED:
            judged.setdefault(e.for_figure, set()).add(e.claim.id)
            if e.claim.period or e.claim.as_of:
                dated.setdefault(e.for_figure, set()).add((e.claim.topic, e.claim.period or e.claim.as_of or ""))
    for i, c in checks.items():
        if c.stance is not Stance.PREVIOUS or c.verdict is not Verdict.SUPPORTED or readings[i].cue == "from ... to":
            continue
        asserted = [j for j in sorted(checks) if checks[j].stance is Stance.ASSERTED and checks[j].figure.kind == c.figure.kind]
        later = next((j for j in reversed(asserted) if j < i), None)
        # "rose from £9 to £11": the level it went to follows it.
        after = next((j for j in asserted if j > i), None)
        if later is None or any(_same_measure_as(i, j, judged, dated) for j in (later, after) if j is not None):
            continue
        why = f"{c.figure.text}: read as the level before {checks[later].figure.text}; the documents give {c.figure.text} for another measure, not as an earlier level of this one."
        checks[i] = replace(c, verdict=Verdict.UNVERIFIED, reason=why)


def _same_measure_as(i: int, j: int, judged: dict[int, set[str]], dated: dict[int, set[tuple[str, str]]]) -> bool:
    """Whether the figures at `i` and `j` were judged on one documented claim,
    or on claims of one topic dated to different periods; True when `j` was
    judged on nothing (nothing to say otherwise)."""
    if not judged.get(j) or judged.get(i, set()) & judged[j]:
        return True
    then, now = dated.get(i, set()), dated.get(j, set())
    return any(topic == t and when != w for topic, when in then for t, w in now)


# The kinds of body a document may call its publisher: those a sentence's
# body word is matched against (see matching._KIND_OF_NAME).
_PUBLISHER_KINDS = r"(charity|trust|foundation|council)"


def _kind_said_of(publisher: str, text: str) -> str | None:
    """The kind of body `text` calls `publisher`: "X is an independent
    charity", "X, a charity", "the charity X"; None where it does not."""
    name = r"\s+".join(map(re.escape, publisher.split()))
    after = re.search(rf"\b{name}(?:\s+is|,)\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_PUBLISHER_KINDS}\b", text, re.I)
    before = after or re.search(rf"\bthe\s+(?:[\w'\u2019-]+\s+){{0,2}}?{_PUBLISHER_KINDS}\s+{name}\b", text, re.I)
    return before.group(1).lower() if before else None


def _denied(check: FigureCheck, reading: Reading, evidence: Sequence[Evidence] = (), replaced_by: Figure | None = None) -> FigureCheck:
    """A figure the sentence denies: denying what the documents give is a
    conflict; denying what they contradict, what they disagree on, or what
    they do not speak of, asserts nothing. Nor is denying what they give
    only as someone's say-so ("the date since which the charity says the
    rate has been frozen"): the sentence sides against that sayer. Where
    the sentence says another figure in its place (`replaced_by`: "not £9m
    ... but £6m"), that figure carries the disagreement."""
    fig = check.figure
    if re.match(r"(?:that|which|who)\b", reading.cue):
        # "the 498 schools that had not": a count of those that did not, another measure.
        return replace(check, verdict=Verdict.UNVERIFIED, reason=f"{fig.text}: counts those that did not ({reading.cue!r}), which the documents do not give.")
    agreeing = [e.claim for e in evidence if e.relation is Relation.SUPPORTS]
    if check.verdict is Verdict.SUPPORTED and agreeing and all(_SAY_SO.search(c.subject) for c in agreeing):
        reason = f"{fig.text}: denied in the sentence ({reading.cue!r}), not claimed; the documents give it only as what someone says ({agreeing[0].subject!r})."
        return replace(check, verdict=Verdict.UNVERIFIED, reason=reason)
    if check.verdict is Verdict.SUPPORTED and replaced_by is not None:
        reason = f"{fig.text}: denied in the sentence ({reading.cue!r}), not claimed; it says {replaced_by.text} instead, which is checked on its own. (The documents give {fig.text}: {check.reason.split(': ', 1)[-1]})"
        return replace(check, verdict=Verdict.UNVERIFIED, reason=reason)
    if check.verdict is Verdict.SUPPORTED:
        reason = f"{fig.text}: the sentence denies it ({reading.cue!r}), but the documents give it. {check.reason}"
        return replace(check, verdict=Verdict.CONFLICTING, reason=reason)
    if check.verdict is Verdict.MIXED:
        # "did not cost £16m, as one newspaper reported": one document gives
        # it and another gives something else; the sentence sides with one.
        reason = f"{fig.text}: denied in the sentence ({reading.cue!r}), not claimed; the documents disagree on it ({check.reason.split(': ', 1)[-1]})"
        return replace(check, verdict=Verdict.UNVERIFIED, reason=reason)
    if check.verdict is Verdict.CONFLICTING:
        reason = f"{fig.text}: denied in the sentence ({reading.cue!r}), not claimed; the documents agree it is not so ({check.reason.split(': ', 1)[-1]})"
        return replace(check, verdict=Verdict.UNVERIFIED, reason=reason)
    return replace(check, reason=f"{fig.text}: denied in the sentence ({reading.cue!r}), not claimed; not checked.")


def _unconfirmed(check: FigureCheck, evidence: list[Evidence], why: str) -> tuple[FigureCheck, list[Evidence]]:
    """A check the documents turn out not to settle: unverified, with `why`,
    and its passages shown as related, not as support or conflict."""
    return replace(check, verdict=Verdict.UNVERIFIED, reason=why), [replace(e, relation=Relation.RELATED) for e in evidence]


def _hypothetical(check: FigureCheck, reading: Reading, evidence: list[Evidence], passage_reading: Callable[[Claim], Reading | None]) -> FigureCheck:
    """A figure asked about, supposed or forecast asserts nothing: what the
    documents say of it is shown, and the claim's verdict is left alone;
    unless the documents put it forward the same way ("the target is 76%"
    against the documents' target, "would need £180,000 if ten more schools
    joined" against theirs), when the sentence says what they say."""
    fig = check.figure
    said = check.reason.split(": ", 1)[-1]
    supporting = [e.claim.subject for e in evidence if e.relation is Relation.SUPPORTS]
    alike = _PUT_FORWARD.search(reading.cue) and supporting and all(_PUT_FORWARD.search(s) for s in supporting)
    # Or a passage that gives it reads it put forward too: "... only if
    # completions rise to more than 70 a quarter from April 2026".
    alike = alike or any(e.relation is Relation.SUPPORTS and getattr(passage_reading(e.claim), "stance", None) is Stance.HYPOTHETICAL for e in evidence)
    if check.verdict is Verdict.SUPPORTED and alike:
        return replace(check, reason=f"{fig.text}: put forward ({reading.cue!r}) as the documents put it forward; {said}")
    conflicting = [e.claim.subject for e in evidence if e.relation is Relation.CONFLICTS]
    if check.verdict is Verdict.CONFLICTING and _FORECAST.search(reading.cue) and conflicting and all(_FORECAST.search(s) and _names_it(reading, s) for s in conflicting):
        # "Summer Squad is forecast to cost £1.2m" against the documents'
        # forecast of £1.35m for Summer Squad: one forecast against another.
        return replace(check, reason=f"{fig.text}: put forward ({reading.cue!r}) where the documents put forward another; {said}")
    reason = f"{fig.text}: put forward, not asserted ({reading.cue!r}); as a claim it would be {check.verdict.value}: {said}"
    return replace(check, verdict=Verdict.UNVERIFIED, reason=reason)


def _names_it(reading: Reading, subject: str) -> bool:
    """Whether the words of the figure's clause before it write every
    capitalised word of a documented subject, which has one ("Summer Squad
    forecast cost"): not a table's row, "forecast £1.35m", read on from another."""
    names = CAPITALISED_WORD.findall(subject)
    said = reading.lead.lower()
    return bool(names) and all(w.lower() in said for w in names)


# A documented subject that reports someone's say-so: "the charity says", "according to the union", "as claimed by".
_SAY_SO = regex(r"\b(?:says|say|said|claims|claimed|alleges|alleged|according\s+to)\b", re.I)


def _named_only_as_denied(text: str, run: tuple[str, ...] | None) -> str | None:
    """The documented name `run` as the sentence writes it, where every
    time it is written it is denied as an aside (", not the Young
    Londoners Fund,"); None otherwise."""
    if not run:
        return None
    name = r"\W+".join(map(re.escape, run))
    found = list(re.finditer(rf"\b{name}\b", text, re.I))
    denied = [m for m in found if _DENIED_ASIDE_BEFORE.search(text, max(0, m.start() - 12), m.start()) and re.match(r"[^,;.]{0,40},", text[m.end() :])]
    return found[0].group() if found and len(denied) == len(found) else None


# How far either side of a figure a name denied as its owner is looked for:
# a sentence's length, as a denied statement's reach (300 characters) is.
_DENIAL_REACH = 300
# A name denied in an aside of its own: ", not the ... ,".
_DENIED_ASIDE_BEFORE = regex(r",\s{1,3}not\s{1,3}(?:the\s{1,3}|its\s{1,3}|his\s{1,3}|her\s{1,3})?$", re.I)


def _the_whole_of_a_part(text: str, fig: Figure, readings: list[Reading], evidence: list[Evidence]) -> bool:
    """Whether a count is the whole a part written right before it is of
    ("a quarter of the 32 boroughs", "19 of London's 32"), and what the
    documents give against it is that part's measure: the part itself, or
    any where the part is a share."""
    part_of = _A_PART_OF.search(text, max(0, fig.start - 60), fig.start)
    if part_of is None or not any(e.relation is Relation.CONFLICTS for e in evidence):
        return False  # (a denial the documents contradict conflicts with nothing of its own)
    if _NONE_OR_ALL.match(part_of.group()) or _NOT_BEFORE_ONE.search(text, max(0, part_of.start() - 20), part_of.start()):
        return False  # "None of the 19 firearms", "all 12 guns", "not one of the 60": no part apart from the whole, which is the count said
    part = next((r.figure for r in readings if part_of.start() <= r.figure.start < part_of.end()), None)
    if part is None or part.kind != "count":
        return True  # a share, or one in words: the documents' count is of the part
    return any(e.relation is Relation.CONFLICTS and e.figure.value == part.value for e in evidence)


def _its_average(text: str, fig: Figure, others: Sequence[Figure]) -> re.Match[str] | None:
    """A word calling the figure an average, within 40 characters of it; not
    one that opens another figure of the sentence: "made 389 awards,
    worth an average of £620 each" gives the average to the £620."""
    for average in _AVERAGE.finditer(text, max(0, fig.start - 40), min(len(text), fig.end + 40)):
        if not any(f.start != fig.start and 0 <= f.start - average.end() <= _AVERAGE_OPENS for f in others):
            return average
    return None


# "average of ", "averaging ", "mean of about ": the words between an
# average and the figure it is the average of.
_AVERAGE_OPENS = 12


def _named_words(claim: Claim) -> set[str]:
    """The matcher's words of what a documented claim is called: its subject and aliases."""
    return set(tokenize(" ".join([claim.subject, *claim.aliases])))


def _met_only_over_a_stretch(evidence: list[Evidence]) -> Evidence | None:
    """The agreeing passage, where every one that agrees gives its figure
    over a stretch (a week, a quarter) and every one that disagrees gives
    none: the one the sentence's bound meets only by its narrower stretch."""
    agreeing = [e for e in evidence if e.relation is Relation.SUPPORTS]
    conflicting = [e for e in evidence if e.relation is Relation.CONFLICTS]
    # (A moment, "by the end of March", is no stretch: a running total's.)
    if not agreeing or not conflicting or any(e.claim.period for e in conflicting):
        return None
    stretches = [read_period(e.claim.period) for e in agreeing]
    if not all(p is not None and p.kind in ("duration", "window") for p in stretches):
        return None
    return agreeing[0]


def _not_the_documents_measure(text: str, fig: Figure, others: Sequence[Figure], evidence: list[Evidence]) -> str | None:
    """What makes the sentence's figure another measure than the conflicting
    documented ones, said as a reason; None when nothing does: an addition
    ("an extra £9m") where the documents give a whole, not an addition; a
    sum of several things ("taken together ... come to £7.25m")."""
    conflicting = [e for e in evidence if e.relation is Relation.CONFLICTS]
    if not conflicting:
        return None
    addition = _ADDITION_BEFORE.search(text, max(0, fig.start - 30), fig.start)
    if addition is not None and not any(_is_addition(e) for e in conflicting):
        return f"the sentence gives an addition ({' '.join(addition.group().split())!r})"
    if fig.kind == "count" and addition is None and not _MORE_AFTER.match(text, fig.end) and not _ADDITION_WORD.search(text) and all(_is_addition(e) for e in conflicting):
        # "now employs 26 caseworkers" against the "six more" a funding ask
        # would pay for: the documents give only an addition, not a level.
        # (Not where the sentence speaks of one anywhere: "the top-up was not £9m but £6m";
        # nor money, which reporters give without "extra": "ploughs £19m into MyEnds".)
        return f"the documents give only an addition ({conflicting[0].claim.figure!r} for {conflicting[0].claim.subject!r}), the sentence a level"
    # An amount each one has is not the whole: "Each empty reception place
    # costs a school around £4,900 a month" against the £3m a year lost
    # across the city.
    each = _EACH_ONE.search(text, max(0, fig.start - 80), fig.start)
    if each is not None and not any(_PER_ITEM.search(e.claim.subject) or _AVERAGE.search(e.claim.subject) for e in conflicting):
        return f"the sentence gives an amount for each one ({' '.join(each.group().split())!r})"
    # An average is not the whole it is an average of, nor the whole an average.
    average = _its_average(text, fig, others)
    if average is not None and not any(_AVERAGE.search(e.claim.subject) for e in conflicting):
        return f"the sentence gives an average ({average.group()!r})"
    whole = _A_WHOLE.search(text, max(0, fig.start - 40), min(len(text), fig.end + 40))
    if whole is not None and average is None and all(_AVERAGE.search(e.claim.subject) for e in conflicting):
        return f"the sentence gives a whole ({whole.group()!r}) where the documents give an average"
    # The documents' figures for one topic measure one thing: if one says it
    # is a projection, they all are.
    projected = next(filter(None, (_PROJECTED.search(e.claim.subject) for e in conflicting)), None)
    if projected is not None and not _PROJECTING.search(text):
        return f"the documents give a projection ({projected.group()!r}), and the sentence says it has happened"
    part = _ITS_PART_WHICH.search(text, max(0, fig.start - 160), fig.start)
    if part is not None and not any(set(tokenize(part.group(2))) & _named_words(e.claim) for e in conflicting):
        # "the Safe Line's overnight shifts, which cost £64,000 a year"
        # against the Safe Line's £310,000 contract: a part of the thing the
        # documents never speak of, not the whole they give.
        return f"the sentence gives a figure for a part of it, its {' '.join(part.group(2).split())!r}"
    summed = _SUMMED.search(text)
    if summed is not None and (not summed.group().lower().startswith("add") or _SEVERAL.search(text, 0, summed.start())):
        # "add up to" sums several things only when several are named before
        # it ("The £5m and the £9m add up to ..."); one thing's parts add up to its total.
        return f"the sentence sums several things ({summed.group()!r})"
    return None


_AVERAGE = regex(r"\b(?:average|averaged|averaging|mean|median|typical|typically)\b", re.I)
# A body called by its kind, with the word that says which: "the *health
# board*", "the city council" (not "the charity" alone, which is as often
# the documents' own body as another).
_A_BODY_BY_ITS_KIND = regex(r"\b(?:the|its|their)\s((?!(?:own|new|local|same|other)\s)[a-z][\w-]{1,20}\s(?:board|council|trust|police|force|authority|charity|partnership|service|agency|commissioner))\b", re.I)
# A thing's part that a relative clause holding the figure describes: "the
# Safe Line's overnight shifts, which cost ..." (group 2: the part's words).
_ITS_PART_WHICH = regex(r"(?<![\w-])([\w-]{2,30})['\u2019]s\s((?:[a-z][\w-]{1,30}\s){0,3}[a-z][\w-]{1,30}),\s{1,3}which\s[^,;]{0,60}$")
# "Each empty reception place", "every pupil": one of many, not a stretch ("every week").
_EACH_ONE = regex(r"\b(?:each|every)\s{1,3}(?!(?:year|quarter|term|month|fortnight|week|day|night|hour|time|one|of)\b)[a-z][\w'\u2019-]{1,30}(?:\s{1,3}[a-z][\w'\u2019-]{1,30}){0,2}\s{1,3}(?:costs?|cost|receives?|received|gets?|got|is\s{1,3}worth|was\s{1,3}worth|pays?|paid)\b", re.I)
_A_WHOLE = regex(r"\b(?:combined|in\s{1,3}total|in\s{1,3}all|all\s{1,3}told|altogether|a\s{1,3}total\s{1,3}of|between\s{1,3}them)\b", re.I)
# A documented figure that is a projection ("homes expected to be lost to
# erosion by 2045", "at risk of flooding"), and words with which a sentence
# projects too: without them it says the thing has happened.
_PROJECTED = regex(
    r"\b(?:expected|forecast|projected|predicted|likely)\s{1,3}to\b|\bat\s{1,3}risk\b"
    # Not "closed due to cuts": "due to open", "set to rise".
    r"|\b(?:set|due)\s{1,3}to\s{1,3}(?:be|open|start|begin|close|finish|complete|launch|rise|fall|reach|grow)\b",
    re.I,
)
_PROJECTING = regex(r"\b(?:will|would|could|might|may|expected|forecasts?|projected|predicted|likely|risk|set\s{1,3}to|due\s{1,3}to|threat|threatened|threatens|face|faces|facing|by\s{1,3}20\d\d)\b", re.I)


def _is_addition(e: Evidence) -> bool:
    """Whether a documented figure is itself an addition: "a further
    £835,000", "additional investment in ... MyEnds", "six more caseworkers"."""
    if _ADDITION_WORD.search(e.claim.subject):
        return True
    span = figure_span(e.claim)
    return span is not None and (_ADDITION_BEFORE.search(e.claim.passage, max(0, span[0] - 30), span[0]) is not None or _MORE_AFTER.match(e.claim.passage, span[1]) is not None)


# Words of an office, whose holder is a person, not a thing a figure is of.
_OFFICE_WORDS = frozenset("deputy mayor commissioner minister secretary chair chairman chairwoman leader councillor officer director chief".split())
# The words right after an amount, to the end of its phrase ("of young people mentored by Stepping Stones").
_NOUN_PHRASE_AFTER = regex(r"[^,;:.!?()\u2014\u2013]{0,60}")
_NEXT_FIGURE = regex(r"[£$€]?\d")
# A sentence opening with what the money went through: "Through its Rescue and Response scheme, ...".
_THROUGH = regex(r"\s{0,3}(?:Through|Via|Under)\s+(?:its\s+|his\s+|her\s+|their\s+|the\s+)?([A-Z][^,;:]{2,60}),")
# ... or set off by commas within it: "New £5m investment, through his MyEnds programme, to ...".
_THROUGH_ASIDE = regex(r",\s{1,3}(?:through|via)\s+(?:its\s+|his\s+|her\s+|their\s+|the\s+)?([A-Z][^,;:]{2,60}),")
# Who says it, opening the sentence: "Essex Police say ...".
_SAID_BY = regex(r"\s{0,3}([^,;:.!?]{1,80}?)\s(?:say|says|said|claim|claims|claimed|report|reports|reported|estimate|estimates|estimated)\b")
# A place the sentence describes rather than names.
_DESCRIBED_PLACE = regex(r"\b(?:in|across|throughout|around)\s+the\s+(?:county|area|force\s+area|region|district|shire)\b", re.I)
# People counted by what was done to them, the verb before: "arresting 87 people".
_DONE_TO_BEFORE = regex(
    r"\b(arrest(?:ed|ing)?|charg(?:ed|ing)|stopp(?:ed|ing)|search(?:ed|ing)|convict(?:ed|ing)|caution(?:ed|ing)|detain(?:ed|ing)|jail(?:ed|ing))"
    r"\s{1,3}(?:a\s{1,3}total\s{1,3}of\s{1,3}|more\s{1,3}than\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3}|over\s{1,3})?$",
    re.I,
)
# People counted by what was done to them: "900 thugs were arrested".
_DONE_TO = regex(
    r"\s{1,3}(?:[\w'\u2019-]{1,30}\s{1,3}){1,3}?(?:were|was|have\s{1,3}been|had\s{1,3}been|are|got)\s{1,3}(?:[a-z]{1,20}ly\s{1,3})?"
    r"(arrested|charged|stopped|searched|convicted|cautioned|detained|jailed|nicked|collared|prosecuted|sentenced|fined)\b",
    re.I,
)
# Offered, and taken up: two measures of one offer.
_OFFERED = regex(r"\b(?:offered|eligible|invited)\b", re.I)
_TOOK_UP = regex(r"\b(?:taken|took|takes|taking)\s+(?:it\s+|them\s+)?up\b|\b(?:accepted|signed up|joined|used)\b", re.I)
# Nothing of its own after a figure but a verb standing for the clause's: "more than 150 did."
_CLAUSE_ENDS_AFTER = regex(r"\s{0,3}(?:(?:did|were|was|had|have|do|does|are|is)\b\s{0,3})?(?:[.;,:!?)]|$)")
# "six *more* caseworkers": an addition, its word after the count.
_MORE_AFTER = regex(r"\s{1,3}more\s{1,3}(?!than\b)[a-z]")
_ADDITION_WORD = regex(r"\b(?:extra|additional|further|top-up|top up)\b", re.I)
_ADDITION_BEFORE = regex(r"\b(?:an?\s+)?(?:extra|additional|further|another)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$", re.I)
# Several things named before a verb of adding.
_SEVERAL = regex(r"\b(?:and|both|plus|between them|together)\b", re.I)
# Several things summed ("all told" and "in all" are one thing's total).
_SUMMED = regex(r"\b(?:taken together|put together|added together|combined(?= total| budgets?| funding| spending| cost)|add(?:s|ed)? up to)\b", re.I)


def _quoted(subject: str) -> str:
    return repr(" ".join(subject.split()))


def context_note(figures: Iterable[Figure], text: str = "") -> str:
    """What a result says of the figures it read as context, not claims:
    dates and stretches as when the claim holds, others as words of what
    is counted or named; so is a wait's bound in `text` ("seen within four
    hours").

    >>> from factcheck import parse_figures
    >>> context_note(parse_figures("May 2019"))
    '(May 2019 read as when the claim holds; not checked on its own.)'
    >>> context_note(parse_figures("two hospitals in May 2019"))
    '(May 2019 read as when the claim holds; two read as part of what is counted or named; not checked on their own.)'
    >>> context_note(parse_figures("76% seen within four hours")[1:], "76% seen within four hours")
    '(four hours read as part of what is counted or named; not checked on its own.)'
    """
    figures = list(figures)
    bounds = [f for f in figures if f.kind == "duration" and text and is_threshold(text, f)]
    when = [f.text for f in figures if f.kind in ("date", "duration") and f not in bounds]
    words = [f.text for f in figures if f.kind not in ("date", "duration") or f in bounds]
    parts = [f"{', '.join(when)} read as when the claim holds"] if when else []
    parts += [f"{', '.join(words)} read as part of what is counted or named"] if words else []
    own = "its own" if len(parts) < 2 else "their own"
    return f"({'; '.join(parts)}; not checked on {own}.)" if parts else ""


# A possessive before a name: "the Combined Authority's Homes for Ossenmere".
_OWNER_OF_A_NAME = regex(r"[A-Za-z]['\u2019]s\s+[A-Z]")
# "the Young Londoners Fund's seed fund", "Warm Walls' first phase": what a name owns, in lower case.
_OWNED_HEAD = regex(r"[A-Za-z](?:['\u2019]s|s['\u2019])\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
# What a sum of money is, in a budget report's words: one is not another.
_MONEY_MEASURE = regex(r"\b(?:budget|forecast|overspend|underspend|outturn|allocation|reserve)\b")
# Money said to be spent ("has cost ... so far", "spent"), and money set aside ("budget", "allocation").
# Stages a count or sum passes through that the documents' figure may not
# be at: what was asked for is not what was given, nor what was turned down
# or hoped for. Each with the words that say it reached an outcome after
# all ("of 342 applications, 237 were successful": the 237 were funded).
# Words this near a figure, within its clause, are what it counts:
# "43 projects applied for", "rejected 43", "bids for £1.4m".
_STAGE_REACH = 40
# Every stage's words hold one of these (see _STAGES and _GRANTED).
_STAGE_CUES = (
    "appl", "bid", "sought", "request", "ask", "shortlist", "refus", "reject", "rebuff", "spurn", "turned", "declin", "unsuccessful",
    "said no", "opted", "pulled", "hope", "target", "goal", "ambition", "wanted", "expect", "course", "track",
    "approved", "awarded", "granted", "funded", "successful", "accepted", "won",
    "complet", "finish", "graduat", "start", "began", "begun", "enrol", "joined", "signed up", "referred",
    "took up", "take up", "takes up", "taking up", "taken up",
)
# The two ends of a course (see `_another_step_of_a_course`). A start that
# dates something ("since it started", "when they began") is no step.
_FINISHED = regex(r"\b(?:complet(?:ed|ing|es|ions?)|finish(?:ed|ing|es)?|graduat(?:ed|es|ing))\b", re.I)
# ("163 took up a mentor": a place, an offer or a mentor taken up is a course begun.)
_STARTED = regex(r"(?<!\bit\s)(?<!\bthey\s)\b(?:start(?:ed|s|ing|ers)|beg(?:an|un)|beginning|enrol(?:led|ls|ments?|ling)?|joined|signed\s{1,3}up|referred|t(?:ook|akes?|aking|aken)\s{1,3}up)\b", re.I)
# A clause's words before a figure (from its last comma or "and") and after it.
_CLAUSE_TAIL = regex(r"(?:(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s))?[^,;:.!?()\u2014\u2013]{0,40}$")
_CLAUSE_HEAD = regex(r"[^,;:.!?()\u2014\u2013]{0,40}")
# Between a stage's words and the figure they govern: a bound or a few
# words of amount ("applied for a total of £1.4m"), no pot it comes from.
_GOVERNS = regex(r"\s{1,3}(?:(?!from\b|through\b|via\b|of\s{1,3}the\b|share\b|and\b)[a-z]{1,12}\s{1,3}){0,3}")
# What was granted, counted against what was asked: not "received" (an
# application received is still an application).
_GRANTED = regex(r"\b(?:approved|awarded|granted|funded|successful|accepted|won)\b", re.I)
_STAGES: tuple[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        "applied for",
        regex(r"\b(?:appl(?:y|ied|ies|ying)\s{1,3}(?:for|to)|applications?|applicants?|bid\s{1,3}for|bidding\s{1,3}for|bids?\s{1,3}(?:for|to|from)|sought|requested|ask(?:ed|ing)?\s{1,3}for|shortlisted)\b", re.I),
        regex(r"\b(?:appl(?:y|ied|ies|ying|ications?|icants?)|bids?|bidding|bidders?|sought|request(?:s|ed)?|ask(?:s|ed|ing)?|shortlist(?:ed)?)\b", re.I),
        regex(r"\b(?:successful|succeeded|approved|awarded|granted|funded|allocated|given|received|won|got|accepted|offered|paid|processed|decided|handled|answered|considered|assessed|dealt)\b", re.I),
    ),
    (
        "refused",
        # (Not a statement rejected: "rejected claims that only 80 officers ...".)
        regex(r"\b(?:said\s{1,3}no\s{1,3}to|opted\s{1,3}out|pulled\s{1,3}out|(?:refused|rejected|rebuffed|spurned)(?!\s{1,3}(?:claims?|reports?|suggestions?|accusations?|allegations?|criticisms?|calls?|assertions?|the\s{1,3}(?:idea|claim|suggestion|figures?))\b)|turned\s{1,3}(?:it\s{1,3}|them\s{1,3})?down|declined|unsuccessful)\b", re.I),
        regex(r"\b(?:refus\w*|reject\w*|rebuff\w*|spurn\w*|turned\s{1,3}down|declin\w*|unsuccessful)\b", re.I),
        None,
    ),
    (
        "hoped for",
        regex(r"\b(?:(?:had\s{1,3})?hoped\s{1,3}(?:that\s{1,3})?(?:[\w'\u2019-]{1,30}\s{1,3}){0,4}?(?:would|will|could|might)\s{1,3}[a-z]{2,20}|had\s{1,3}hoped|hoped\s{1,3}(?:for|to|that|the)|wanted|expects?\s{1,3}to|expected\s{1,3}to|hopes?\s{1,3}to|(?:on|is\s{1,3}on|was\s{1,3}on)\s{1,3}(?:course|track)\s{1,3}to|(?:the|its|a|their|his|her|[a-z]{2,30}['\u2019]s)\s{1,3}(?:original\s{1,3})?(?:target|goal|ambition)\s{1,3}(?:of|was|is|had\s{1,3}been))\b", re.I),
        regex(r"\b(?:target\w*|goals?|ambitions?|aim\w*|hope\w*|expect\w*|plan\w*|forecast\w*|projected)\b", re.I),
        None,
    ),
)
_SPENT = regex(r"\b(?:spent|spend\s+to\s+date|spending\s+to\s+date|(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?cost|cost\s+so\s+far)\b", re.I)
# A documented subject that is what was spent: "Private Sector Housing Team spending in 2024/25".
_SPENDING = regex(r"\b(?:spent|spending|expenditure|outturn)\b", re.I)
# Money said to be spent, right before the amount: "spent £385,000", "has paid out £1.2m".
_SPENT_ON_BEFORE = regex(r"\b(?:spent|spends|spend|spending|paid|pays|pay|invested|invests|splashed|lavished)\s{1,3}(?:out\s{1,3})?(?:about\s{1,3}|around\s{1,3}|some\s{1,3}|almost\s{1,3}|nearly\s{1,3}|more\s{1,3}than\s{1,3}|over\s{1,3})?$", re.I)
_A_RATE_NEXT = regex(RATE_NEXT + r"|\s{1,3}(?:annually|yearly|monthly|weekly)\b", re.I)
_SO_FAR = regex(r"\b(?:so\s+far|to\s+date|already|until\s+now|up\s+to\s+now)\b", re.I)
_A_COST = regex(r"\bcosts?\b", re.I)
_PLANNED = regex(r"\b(?:budget|budgeted|allocation|allocated|set\s+aside|earmarked|approved)\b", re.I)
_PLANNED_AFTER = regex(r"\s{0,3}(?:budget|allocation)\b", re.I)
# Parts of a programme that have amounts of their own: "the fund's first round".
_PART_NOUNS = frozenset({"round", "phase", "stage", "tranche", "wave", "pilot", "instalment", "installment", "strand"})
# A run of capitalised words: "Crew Up" in "Crew Up campaign".
_CAPITALISED_RUN = regex(r"((?:\b[A-Z][\w'\u2019-]*\s?)+)")
_QUALIFIED_AS_WRITTEN = regex(
    r"(?:above|over|under|below|around|about|some|roughly|approximately|nearly|almost|fewer|less|more|up\s+to|at\s+least|just|well|close|upwards|circa|between|no\s+more)\b",
    re.I,
)
# How a documented qualifier reads before its figure, when the figure as
# written leaves it out ("more than 350", recorded as figure "350").
_QUALIFIER_WORDS = {"more_than": "more than", "at_least": "at least", "up_to": "up to", "less_than": "less than", "almost": "almost", "approx": "about"}


# Bounds that leave their own figure out: "more than 350" is not 350.
_STRICT_BOUNDS = frozenset({"more_than", "less_than", "almost"})


def _bound_at(fig: Figure, documented: Figure) -> bool:
    """Whether `fig` bounds the very figure the documents give exactly:
    "more than £1.4m", "fewer than 1,140" against £1.4m, 1,140."""
    return fig.qualifier in _STRICT_BOUNDS and documented.qualifier == "exact" and documented.value == fig.value and documented.unit == fig.unit


def _as_documented(c: Claim) -> str:
    words = _QUALIFIER_WORDS.get(c.qualifier, "")
    # Not "about around £310": the figure as written may carry its own ("above 85 per cent", "Some 3,200").
    said = words and not c.figure.lower().startswith(words) and not _QUALIFIED_AS_WRITTEN.match(c.figure)
    shown = f"{words} {c.figure}" if said else c.figure
    return f"{shown}{f' ({c.period})' if c.period and c.period != 'total' else ''}"


def _list(claims: list[Claim]) -> str:
    figures = list(dict.fromkeys(_as_documented(c) for c in claims))
    if len(figures) == 1:
        return figures[0]
    return ", ".join(figures[:-1]) + " and " + figures[-1]


def _by_topic(matches: Iterable[Match], keep: Callable[[Match], bool] | None = None) -> Iterator[Match]:
    """The best match of each topic, in order; with `keep`, the best it keeps.
    `keep` is asked only of topics not yet given: in a large corpus one
    topic has many matches, and asking costs a proper-name comparison."""
    seen: set[str] = set()
    for m in matches:
        if m.topic not in seen and (keep is None or keep(m)):
            seen.add(m.topic)
            yield m


def _closest(matches: list[Match]) -> list[Match]:
    """What to show when nothing matches well enough: the best of three topics."""
    return list(itertools.islice(_by_topic(matches), 3))


# The most words of a thing's name said as an event's subject ("London's
# Violence Reduction Unit"); more is a clause ("It emerged ... that the
# taskforce had recovered 299 firearms between its").
_NAME_WORDS = 6
# 52 weeks is 364 days, a year 365.25: one bound written two ways.
_SAME_WAIT = Decimal("0.02")


def _days(fig: Figure) -> Decimal:
    assert isinstance(fig.value, Decimal)
    return fig.value * DAYS_PER_UNIT.get(fig.unit, Decimal(1))


# Stages of a piece of work that money or time can be for, each with the
# words that name it: money for one ("£1.8m for design work") is not the
# documents' figure for another ("replacing the pumps"). "Building" and
# "study" are left out: as nouns they name things, not stages.
_STAGE_WORDS = {
    "surveying": "survey surveys surveying surveyed",
    "design": "design designs designing",
    "feasibility work": "feasibility",
    "building": "build construction constructing",
    "replacement": "replace replacing replacement replacements",
    "repair": "repair repairs repairing",
    "refurbishment": "refurbish refurbishing refurbishment",
    "maintenance": "maintenance maintaining maintain",
    "demolition": "demolition demolishing demolish",
    "installation": "install installing installation",
}
_STAGE_OF = {word: stage for stage, words in _STAGE_WORDS.items() for word in words.split()}
# The words no other stage word begins with: a sentence holding none of them names no stage.
_STAGE_STEMS = tuple(w for w in _STAGE_OF if not any(o != w and w.startswith(o) for o in _STAGE_OF))
_STAGE = "|".join(sorted(_STAGE_OF, key=len, reverse=True))
_STAGE_WORD = regex(r"\b(?:" + _STAGE + r")\b", re.I)
# A stage a figure is for or of: "the cost of surveying", "£1.8m for design
# work", "spent on repairs"; not the moment of one ("once the surveys are in").
_STAGE_PAID_FOR = regex(r"\b(?:for|on|of|towards|to|into)\s{1,3}(?:(?:the|its|their|a|new)\s{1,3})?(?:[a-z-]{1,20}\s{1,3}){0,2}?(" + _STAGE + r")\b", re.I)


def _stages_in(words: str) -> frozenset[str]:
    return frozenset(_STAGE_OF[m.group().lower()] for m in _STAGE_WORD.finditer(words))


def _stages_paid_for(words: str) -> frozenset[str]:
    return frozenset(_STAGE_OF[m.group(1).lower()] for m in _STAGE_PAID_FOR.finditer(words))


def _stages_of_work(reading: Reading) -> frozenset[str]:
    """The stages of work the figure's own words say it is for or of; else
    the sentence's, when it names one stage only ("50 per cent of the cost
    of surveying the stations, up to a maximum of £1.2m")."""
    if reading.around is None:
        return frozenset()
    said = reading.around.text.lower()
    if not any(stem in said for stem in _STAGE_STEMS):
        return frozenset()  # the common case, found by substring (a search of the whole alternation costs more than the rest)
    own = _stages_paid_for(reading.scope)
    if own:
        return own
    sentence = _stages_paid_for(reading.sentence_scope)
    return sentence if len(sentence) == 1 else frozenset()


def _waits_bounding(text: str, reading: Reading) -> tuple[Decimal, ...]:
    """The lengths, in days, of the waits that define what an amount counts,
    in its own words ("1,184 patients waiting more than 52 weeks")."""
    around = reading.around
    if around is None or reading.figure.kind not in AMOUNTS:
        return ()
    return tuple(
        _days(f) for f in around.figures
        if f.kind == "duration" and around.lo <= f.start and f.end <= around.hi and is_threshold(text, f, reading.figure)
    )


# A documented window that starts when its thing did: "from its launch in April 2018".
_FROM_ITS_START = regex(r"\b(?:from|since)\s{1,3}(?:its|their|the)\s{1,3}(?:launch|start|opening|creation|inception|beginning)\b", re.I)
# A bare count paired with the next by "but", "or", "and", "to": "not 910 but 1,910 knives".
_PAIRED_COUNT_AFTER = regex(r"\s{1,3}(?:but|or|and|to|rather\s{1,3}than|not)\s{1,3}(?:(?:more|fewer|less)\s{1,3}than\s{1,3}|about\s{1,3}|some\s{1,3}|nearly\s{1,3}|almost\s{1,3})?\d+(?:[,.]\d+)*(?=\s{1,3}[a-z])", re.I)
# An event's subject that is a pronoun after a subordinating word: "... since it (began)".
_ENDS_IN_IT = regex(r"\b(?:since|when|after|before|until|once|as)\s{1,3}(?:it|they)\s*$", re.I)
# A name's article, which the documents may write it without ("The Home Office").
_THE = regex(r"^the\s+", re.I)
# A person's title before a name: "Councillor Quayle", "Dr Tassell".
_PERSON_TITLE = regex(rf"(?:{PERSON_TITLES}|Baron|Rev|Reverend)\.?\s")
# A count with no noun after it: a preposition or the clause's end follows ("keep 22 in council hands").
_NO_NOUN_AFTER = regex(r"\s{0,3}(?:[,;:.!?)]|$|(?:in|into|to|at|on|for|from|with|by|under|across|between)\s)")
_CLAUSE_BREAK_BETWEEN = regex(r"[.;:!?]")
_COUNTS = frozenset({"count"})
# A verb right after "of them": "four of those were in Saltings", "353 of them came from ...".
_A_VERB_NEXT = regex(r"\s{1,3}(?:were|was|are|is|had|have|has|came|went|got|will|would|could|can|may|did|do|[a-z]{2,20}ed)\b")
_NONE_OR_ALL = regex(r"(?:none|all)\b", re.I)
_NOT_BEFORE_ONE = regex(r"\bnot\s{1,3}(?:a\s{1,3}single\s{1,3})?$", re.I)
# A part right before a whole it is of: "a quarter of the 32", "60% of its 150", "19 of London's 32".
_A_PART_OF = regex(
    r"(?:\d[\d,.]*(?:\s{0,3}(?:%|per\s{1,3}cent))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a\s{1,3}third|two\s{1,3}thirds|a\s{1,3}quarter|three\s{1,3}quarters|a\s{1,3}fifth|a\s{1,3}tenth|most|all|some|many|none))"
    r"\s{1,3}of\s{1,3}(?:the|its|their|[A-Z][\w-]{1,30}['\u2019]s)\s{1,3}$",
    re.I,
)
# "£11,200 of the £64,300": a part, then the whole it is of.
_PART_OF = regex(r"\s{1,3}of\s{1,3}(?:the|its|their|this|that)\s{1,3}")


def _whole_of(index: int, readings: list[Reading], checks: dict[int, FigureCheck], evidence: list[Evidence], text: str) -> str:
    """The documented subject of the amount a figure is said to be part of
    ("£11,200 *of the £64,300* paid out before ..."), where that amount is
    supported; "" otherwise."""
    fig = readings[index].figure
    for other, reading in enumerate(readings):
        whole = reading.figure
        if other != index and whole.start > fig.end and whole.kind == fig.kind and _PART_OF.fullmatch(text, fig.end, whole.start):
            check = checks.get(other)
            if check is not None and check.verdict in (Verdict.SUPPORTED, Verdict.MIXED):
                return next((e.claim.subject for e in evidence if e.for_figure == other and e.relation is Relation.SUPPORTS), "")
    return ""


def _also(first: Callable[[Match], bool], then: Callable[[Match], bool]) -> Callable[[Match], bool]:
    return lambda m: first(m) and then(m)


def _either(first: Callable[[Match], bool], other: Callable[[Match], bool]) -> Callable[[Match], bool]:
    return lambda m: first(m) or other(m)


def _of_the_thing(ids: Collection[int], accepts: Callable[[Match], bool]) -> Callable[[Match], bool]:
    """A match of the thing with proper-name set `ids`, accepted on its words
    or by the thing's name as written (no word of it swapped): a head noun
    and a figure say which thing it is, whatever else the words match."""
    return _also(lambda m: m.proper_id in ids, _either(accepts, lambda m: m.substitution is None))


def _once(make: Callable[[], Match | None]) -> Callable[[], Match | None]:
    """`make`, called at most once: functools.cache builds an lru_cache
    wrapper (copying `make`'s name, doc and dict), which costs more than the
    lookup it saves when made for every figure checked."""
    made: list[Match | None] = []

    def get() -> Match | None:
        if not made:
            made.append(make())
        return made[0]

    return get


def passages_beside(text: str, passages: list[tuple[int, str]]) -> dict[int, frozenset[int]]:
    """For each (index, passage) of one document's `text`, the indices of the
    others found in the same paragraph, overlapping it or with nothing but
    punctuation and spaces between them."""
    where: list[tuple[int, int, int, int]] = []  # (paragraph, start, end, index)
    flats = [" ".join(paragraph.split()) for paragraph in re.split(r"\n\s*\n", text)]
    for n, flat in enumerate(flats):
        for index, passage in passages:
            said = " ".join(passage.split())
            start = flat.find(said) if said else -1
            if start >= 0:
                where.append((n, start, start + len(said), index))
    where.sort()
    beside: dict[int, set[int]] = {}
    for k, (n, _start, end, index) in enumerate(where):
        for m, later_start, _, other in where[k + 1 :]:
            # Sorted by paragraph and start: past another paragraph, or past
            # a gap holding words, every later passage is farther still.
            if m != n or (later_start > end and _RUN_ON_GAP.fullmatch(flats[n], end, later_start) is None):
                break
            beside.setdefault(index, set()).add(other)
            beside.setdefault(other, set()).add(index)
    return {i: frozenset(s) for i, s in beside.items()}


# Between two passages that run on: the end of one sentence, and nothing else.
_RUN_ON_GAP = regex(r"[\s.;:,!?)\"\u201d\u2019]*")
