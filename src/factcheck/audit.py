"""Auditing a corpus: where its documents disagree (`factcheck conflicts`),
and what a change to it does to verdicts (`factcheck diff`).

Two documented figures of a topic disagree when they measure the same kind
of thing over compatible periods (the checker's own `comparable` and
`periods_compatible`) and `agreement` says they differ: exactly the pairs
that make a checked claim "conflicting" or "mixed". Dates are left out: a
topic's dates mark different moments (announced, launched), and the checker
never calls them a contradiction of each other.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from .checking import Checker, CheckResult
from .corpus import Claim, Corpus
from .figures import Figure
from .verdicts import agreement, comparable, periods_compatible

__all__ = [
    "Conflict",
    "ConflictFigure",
    "VerdictChange",
    "diff_verdicts",
    "documented_passages",
    "find_conflicts",
    "render_changes_text",
    "render_conflicts_text",
]


@dataclass(frozen=True)
class ConflictFigure:
    claim: Claim
    source_label: str

    def to_dict(self) -> dict:
        c = self.claim
        value = c.value if isinstance(c.value, str) else (int(c.value) if c.value == c.value.to_integral_value() else float(c.value))
        return {
            "claim_id": c.id,
            "figure": c.figure,
            "value": value,
            "unit": c.unit,
            "qualifier": c.qualifier,
            "period": c.period,
            "passage": c.passage,
            "source": c.source,
            "source_title": self.source_label,
            "note": c.note,
            "file": c.file,
            "line": c.line,
        }


@dataclass(frozen=True)
class Conflict:
    """Figures of one topic and measure that the documents give differently."""

    topic: str
    measure: str  # money, count, percent, duration
    periods: tuple[str, ...]  # as recorded; "unstated" for none
    figures: tuple[ConflictFigure, ...]

    @property
    def noted(self) -> bool:
        return any(f.claim.note for f in self.figures)

    @property
    def warning(self) -> str | None:
        if self.noted:
            return None
        return "no claim of this group has a note saying why its figures differ; add one, or correct the figure"

    def to_dict(self) -> dict:
        return {
            "topic": self.topic,
            "measure": self.measure,
            "periods": list(self.periods),
            "figures": [f.to_dict() for f in self.figures],
            "noted": self.noted,
            "warning": self.warning,
        }


def find_conflicts(corpus: Corpus) -> list[Conflict]:
    """Every group of differing figures, topic by topic in corpus order."""
    by_topic: dict[str, list[Claim]] = {}
    for claim in corpus.claims:
        by_topic.setdefault(claim.topic, []).append(claim)
    out: list[Conflict] = []
    for topic, claims in by_topic.items():
        figures = {c.id: c.documented_figure() for c in claims}
        out.extend(_conflicts_of(topic, claims, figures, corpus))
    return out


def _differ(a: Figure, b: Figure) -> bool:
    if a.kind == "date" or not comparable(a, b) or not periods_compatible(a.period, b.period):
        return False
    return agreement(a, b) is False or agreement(b, a) is False


def _conflicts_of(topic: str, claims: list[Claim], figures: dict[str, Figure], corpus: Corpus) -> list[Conflict]:
    # Union-find over the differing pairs: each component is one group.
    parent = {c.id: c.id for c in claims}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked: set[str] = set()
    for a, b in itertools.combinations(claims, 2):
        if _differ(figures[a.id], figures[b.id]):
            parent[root(a.id)] = root(b.id)
            linked |= {a.id, b.id}
    groups: dict[str, list[Claim]] = {}
    for c in claims:
        if c.id in linked:
            groups.setdefault(root(c.id), []).append(c)
    out = []
    for members in groups.values():
        periods = tuple(dict.fromkeys(c.period or "unstated" for c in members))
        shown = tuple(ConflictFigure(c, corpus.sources[c.source].label) for c in members)
        out.append(Conflict(topic, figures[members[0].id].kind, periods, shown))
    return out


# --- diff ---------------------------------------------------------------------------


@dataclass(frozen=True)
class VerdictChange:
    claim: str
    old: CheckResult
    new: CheckResult
    # The passage of a document the old corpus did not hold: its claims are
    # expected to change (the old corpus could not speak to them).
    added: bool = False

    def to_dict(self) -> dict:
        return {
            "claim": self.claim,
            "added_passage": self.added,
            "old": {"verdict": self.old.verdict.value, "figures": [f.verdict.value for f in self.old.figures], "reason": self.old.reason},
            "new": {"verdict": self.new.verdict.value, "figures": [f.verdict.value for f in self.new.figures], "reason": self.new.reason},
        }


def documented_passages(*corpora: Corpus) -> list[str]:
    """Each documented claim's passage, once, in corpus order: the claims a
    corpus change is tested on by default."""
    return list(dict.fromkeys(c.passage for corpus in corpora for c in corpus.claims))


def _signature(result: CheckResult) -> tuple:
    return (result.verdict, tuple((f.figure.text, f.verdict, f.topic) for f in result.figures))


def diff_verdicts(claims: Iterable[str], old: Checker, new: Checker) -> tuple[int, list[VerdictChange]]:
    """(claims checked, those whose verdict, or a figure's verdict or topic,
    differs between the old corpus and the new), changes to what the old
    corpus already held first."""
    known = {c.passage for c in old.corpus.claims}
    added = {c.passage for c in new.corpus.claims} - known
    changes, checked = [], 0
    for text in claims:
        checked += 1
        before, after = old.check(text), new.check(text)
        if _signature(before) != _signature(after):
            changes.append(VerdictChange(text, before, after, text in added))
    changes.sort(key=lambda c: c.added)
    return checked, changes


# --- plain text ---------------------------------------------------------------------


def render_conflicts_text(conflicts: list[Conflict]) -> str:
    lines = []
    for c in conflicts:
        figures = " vs ".join(f.claim.figure for f in c.figures)
        lines.append(f"{c.topic}: {figures}  ({c.measure}; period {', '.join(c.periods)})")
        for f in c.figures:
            cl = f.claim
            lines.append(f"  {cl.figure}  {cl.id}  {cl.file}:{cl.line}")
            lines.append(f"    \"{cl.passage}\"")
            lines.append(f"    - {f.source_label}")
            if cl.note:
                lines.append(f"    note: {cl.note}")
        if c.warning:
            lines.append(f"  warning: {c.warning}")
        lines.append("")
    return "\n".join(lines)


def render_changes_text(changes: list[VerdictChange]) -> str:
    lines = []
    for n, ch in enumerate(changes):
        if ch.added and (n == 0 or not changes[n - 1].added):
            lines.append("# passages of documents added since OLD (expected to change):")
            lines.append("")
        lines.append(f"{ch.old.verdict.value} -> {ch.new.verdict.value}: {ch.claim}")
        lines.append(f"  was: {ch.old.reason}")
        lines.append(f"  now: {ch.new.reason}")
        lines.append("")
    return "\n".join(lines)
