"""Checking claims: figures read, subject matched, verdict per figure.

`Checker` is the Python API the CLI is a thin layer over:

    from factcheck import Checker
    checker = Checker.from_directory("claims")
    result = checker.check("£45m Young Londoners Fund")
    result.verdict            # Verdict.SUPPORTED
    result.to_dict()          # the JSON contract
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator

from .corpus import Claim, Corpus, Source, load_corpus
from .figures import Figure, json_number, parse_figures, text_without
from .matching import DEFAULT_THRESHOLD, MIN_PRECISION, NAME_WEIGHT, Match, Matcher
from .verdicts import Verdict, agreement, comparable, periods_compatible

__all__ = ["Checker", "CheckResult", "Evidence", "FigureCheck", "Relation"]

# Topics whose match scores are this close are equally plausible readings.
TOPIC_MARGIN = 0.1
# A claim or sentence with more figures than this is checked only that far.
MAX_CLAIM_FIGURES = 100
# What follows a figure that can say what it counts or pays for ("43 staff",
# "£5m for a helicopter"); a bounded slice keeps a long text linear.
_AFTER = 200


class Relation:
    SUPPORTS = "supports"
    CONFLICTS = "conflicts"
    RELATED = "related"


@dataclass(frozen=True)
class Evidence:
    """A documented claim shown for a checked figure, and how it bears on it."""

    claim: Claim
    source: Source
    relation: str
    score: float
    figure: Figure  # the documented figure
    for_figure: int | None = None  # index into CheckResult.figures

    def to_dict(self) -> dict:
        return {
            "claim_id": self.claim.id,
            "relation": self.relation,
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
    figure: Figure
    verdict: Verdict
    reason: str
    topic: str | None = None
    index: int = 0  # position among the figures checked; Evidence.for_figure refers to it

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
            # Additions for news-grade reading: a range's ends, and why a
            # reading may be wrong (a decimal comma, "¥"); None otherwise.
            "low": f.low if f.low is None else json_number(f.low),
            "high": f.high if f.high is None else json_number(f.high),
            "doubt": f.doubt,
        }


@dataclass(frozen=True)
class CheckResult:
    """The answer for one claim: its verdict, figures, evidence and why."""

    claim: str
    verdict: Verdict
    figures: tuple[FigureCheck, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""
    unreadable: bool = False

    def to_dict(self) -> dict:
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
    corpus: Corpus
    threshold: float = DEFAULT_THRESHOLD
    name_weight: float = NAME_WEIGHT
    min_precision: float = MIN_PRECISION
    matcher: Matcher = None  # type: ignore[assignment] # built from the corpus unless given (the cache gives it)

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
        entry = self.matcher.entries[index]
        if entry.figure is None:
            entry.figure = entry.claim.documented_figure()
        return entry.figure

    def check_many(self, claims: Iterable[str]) -> Iterator[CheckResult]:
        for text in claims:
            yield self.check(text)

    def check(self, text: str) -> CheckResult:
        figures = parse_figures(text, limit=MAX_CLAIM_FIGURES + 1)
        if len(figures) > MAX_CLAIM_FIGURES:
            # Not a claim any editor writes; check the first ones and say so.
            result = self.check_figures(text, figures[:MAX_CLAIM_FIGURES], text_without(text, figures))
            return replace(result, reason=f"{result.reason} (only the first {MAX_CLAIM_FIGURES} figures were checked; the claim has more)")
        return self.check_figures(text, figures, text_without(text, figures))

    def check_figures(self, text: str, figures: list[Figure], subject: str) -> CheckResult:
        """Check `figures` (read from `text`) as being about `subject`."""
        matches = self.matcher.match(subject)
        # Which matches count is a predicate, not a list: accepting a match
        # costs a proper-name check, and in a large corpus hundreds of
        # matches may score high while only the first few are ever needed.
        threshold, min_precision = self.threshold, self.min_precision
        accepts: Callable[[Match], bool] = lambda m: m.accepts(threshold, min_precision)  # noqa: E731
        if not figures:
            evidence = tuple(self._related(m) for m in _closest(matches))
            return CheckResult(text, Verdict.UNVERIFIED, (), evidence, "no figure found in the claim; the closest passages are shown")
        checks: dict[int, FigureCheck] = {}
        evidence: list[Evidence] = []
        # Amounts first: a date beside an amount ("135 knives in June 2018")
        # usually says when, and is checked only if the amount's topic dates
        # something itself.
        order = sorted(range(len(figures)), key=lambda i: figures[i].kind == "date")
        main_topic: str | None = None
        context: list[Figure] = []
        for index in order:
            fig = figures[index]
            if fig.kind == "date" and main_topic is not None:
                if not any(comparable(fig, self.documented(i)) for i in self.matcher.topic_indices(main_topic)):
                    context.append(fig)
                    continue
                topic_of_amount = main_topic
                check, ev = self._check_figure(index, fig, text, subject, lambda m: m.topic == topic_of_amount and accepts(m), matches)
            else:
                check, ev = self._check_figure(index, fig, text, subject, accepts, matches)
                if fig.kind != "date" and main_topic is None and check.topic is not None:
                    main_topic = check.topic
            checks[index] = replace(check, index=index)
            evidence.extend(ev)
        ordered = [checks[i] for i in sorted(checks)]
        verdict = Verdict.worst([c.verdict for c in ordered])
        reasons = [c.reason for c in ordered if c.verdict is verdict]
        if context:
            reasons.append(f"({', '.join(f.text for f in context)} read as when the claim holds; not checked on its own.)")
        rank = {Relation.SUPPORTS: 0, Relation.CONFLICTS: 1, Relation.RELATED: 2}
        evidence.sort(key=lambda e: (e.for_figure if e.for_figure is not None else -1, rank[e.relation], -e.score))
        return CheckResult(text, verdict, tuple(ordered), tuple(evidence), " ".join(reasons))

    def _agrees_with_topic(self, fig: Figure, topic: str) -> bool:
        return any(
            comparable(fig, doc) and periods_compatible(fig.period, doc.period) and agreement(fig, doc) is True
            for doc in map(self.documented, self.matcher.topic_indices(topic))
        )

    def _related(self, m: Match, index: int | None = None) -> Evidence:
        return Evidence(m.claim, self.corpus.sources[m.claim.source], Relation.RELATED, m.score, self.documented(m.index), index)

    def _check_figure(
        self, index: int, fig: Figure, text: str, subject: str, accepts: Callable[[Match], bool], matches: list[Match]
    ) -> tuple[FigureCheck, list[Evidence]]:
        scores = {m.index: m.score for m in matches}
        first = next(filter(accepts, matches), None)
        if first is None:
            closest = [self._related(m, index) for m in _closest(matches)]
            rejected = next((m for m in matches if not m.accepts(self.threshold, self.min_precision)), None)
            if rejected is not None:
                why = f"nothing in the documents matches {subject.strip()!r}; closest was {rejected.claim.subject!r} ({rejected.why_rejected(self.threshold, self.min_precision)})"
            else:
                why = f"nothing in the documents matches {subject.strip()!r}" if subject.strip() else "the claim has no words besides its figures to match"
            return FigureCheck(fig, Verdict.UNVERIFIED, f"{fig.text}: {why}."), closest
        if fig.kind == "money":
            funded = self.matcher.funded_word(text[fig.end : fig.end + _AFTER])
            if funded is not None and funded[1] is None:
                # "£5.6m for a new rescue helicopter": what the money is for is
                # a word no document uses, so no document can speak to it.
                closest = [self._related(m, index) for m in _closest(matches)]
                return FigureCheck(fig, Verdict.UNVERIFIED, f"{fig.text}: the documents never mention {funded[0]!r}, what this money is said to be for."), closest
        counted = self.matcher.counted_word(text[fig.end : fig.end + _AFTER]) if fig.kind == "count" else None
        if counted is not None:
            # "43 staff" counts staff: a documented count of projects is not
            # about it. The name must say so; a shared passage ("910 knives,
            # 651 offensive weapons") holds other counts.
            word, stem = counted
            accepts = _also(accepts, lambda m: stem in self.matcher.names_vocabulary_of(m.index))
            first = next(filter(accepts, matches), None)
            if first is None:
                closest = [self._related(m, index) for m in _closest(matches)]
                return FigureCheck(fig, Verdict.UNVERIFIED, f"{fig.text}: none of the documented subjects matching {subject.strip()!r} counts {word!r}."), closest
        best: Match | None = None
        # Matches come best first: once one is further than the margin below
        # the best, no later one can be within it, and none need be accepted.
        within = itertools.takewhile(lambda m: best is None or best.score - m.score <= TOPIC_MARGIN, matches)
        candidates = (m for m in _by_topic(filter(accepts, within)) if any(comparable(fig, self.documented(i)) for i in self.matcher.topic_indices(m.topic)))
        best = next(candidates, None)
        topic = best.topic if best is not None else None
        # Between topics the words fit about equally well ("firearms seized":
        # by the Met, or by the taskforce in one week?), prefer the one whose
        # figures agree with the claim's.
        if best is not None and not self._agrees_with_topic(fig, best.topic):
            for m in candidates:
                if self._agrees_with_topic(fig, m.topic):
                    topic, best = m.topic, m
                    break
        if topic is None or best is None:
            m = first
            why = f"{fig.text}: the documents speak of {m.claim.subject!r} but give no {fig.kind} figure for it."
            return FigureCheck(fig, Verdict.UNVERIFIED, why, m.topic), [self._related(m, index)]
        # The topic's documented claims, by their index in the corpus.
        claim, documented = self.matcher.claim, self.documented
        docs = [i for i in self.matcher.topic_indices(topic) if comparable(fig, documented(i))]
        same_measure = [i for i in docs if periods_compatible(fig.period, documented(i).period)]
        verdicts = {i: agreement(fig, documented(i)) for i in same_measure}
        agreeing = [i for i in same_measure if verdicts[i] is True]
        telling = [i for i in same_measure if verdicts[i] is not None]
        if agreeing and fig.kind == "date":
            # A topic's dates mark different moments (announced, launched,
            # ran until): one that agrees is support; the others are not a
            # contradiction of it.
            disagreeing = []
        elif agreeing:
            # Only a figure of the same measure as an agreeing one is a
            # disagreement: £10m a year does not contradict £45m in total.
            disagreeing = [
                i for i in telling
                if verdicts[i] is False and any(periods_compatible(documented(i).period, documented(a).period) for a in agreeing)
            ]
        else:
            disagreeing = [i for i in telling if verdicts[i] is False]
        relation = {i: Relation.SUPPORTS for i in agreeing} | {i: Relation.CONFLICTS for i in disagreeing}
        evidence = [
            Evidence(claim(i), self.corpus.sources[claim(i).source], relation.get(i, Relation.RELATED), scores.get(i, 0.0), documented(i), index)
            for i in docs
        ]
        # Name the thing by the documented claim this figure was judged on,
        # not by whichever claim of the topic matched the words best.
        decisive = agreeing or disagreeing or same_measure or docs
        subject_name = claim(max(decisive, key=lambda i: scores.get(i, 0.0))).subject
        agreeing, disagreeing, same_measure = ([claim(i) for i in group] for group in (agreeing, disagreeing, same_measure))
        docs = [claim(i) for i in docs]
        if agreeing and disagreeing:
            verdict = Verdict.MIXED
            reason = f"{fig.text}: {_list(agreeing)} agree{'s' if len(agreeing) == 1 else ''} on {subject_name!r}, but the documents also give {_list(disagreeing)} for it."
        elif agreeing:
            verdict = Verdict.SUPPORTED
            n = len(agreeing)
            reason = f"{fig.text}: supported by {n} passage{'s' if n > 1 else ''} on {subject_name!r}."
        elif disagreeing:
            verdict = Verdict.CONFLICTING
            reason = f"{fig.text}: the documents give {_list(disagreeing)} for {subject_name!r}."
        elif same_measure:
            verdict = Verdict.UNVERIFIED
            reason = f"{fig.text}: the documents give only {_list(same_measure)} for {subject_name!r}, too imprecise to confirm or contradict it."
        else:
            verdict = Verdict.UNVERIFIED
            other = ", ".join(sorted({f'{c.figure} ({c.period})' for c in docs}))
            reason = f"{fig.text}: the documents give {subject_name!r} only for another period: {other}; a different measure, not a conflict."
        if verdict in (Verdict.MIXED, Verdict.CONFLICTING):
            notes = list(dict.fromkeys(c.note for c in agreeing + disagreeing if c.note))
            if notes:
                reason += f" Note: {notes[0]}"
        return FigureCheck(fig, verdict, reason, topic), evidence


def _list(claims: list[Claim]) -> str:
    figures = list(dict.fromkeys(f"{c.figure}{f' ({c.period})' if c.period and c.period != 'total' else ''}" for c in claims))
    if len(figures) == 1:
        return figures[0]
    return ", ".join(figures[:-1]) + " and " + figures[-1]


def _by_topic(matches: Iterable[Match]) -> Iterator[Match]:
    """The best match of each topic, in order."""
    seen: set[str] = set()
    for m in matches:
        if m.topic not in seen:
            seen.add(m.topic)
            yield m


def _closest(matches: list[Match]) -> list[Match]:
    """What to show when nothing matches well enough: the best of three topics."""
    return list(itertools.islice(_by_topic(matches), 3))


def _also(first: Callable[[Match], bool], then: Callable[[Match], bool]) -> Callable[[Match], bool]:
    return lambda m: first(m) and then(m)
