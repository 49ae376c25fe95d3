"""Findings an editor has accepted: inline comments in the draft, and a baseline.

Inline, as Vale and linters do, an HTML comment accepts the findings of the
sentence that follows it (on the same line or the next ones):

    <!-- factcheck: ignore -->
    <!-- factcheck: ignore "quoted from the council's own release" -->
    <!-- factcheck: ignore £12m "council figure, checked by phone" -->

The last form accepts only the figure named (as written, or any figure of the
same value and unit: `£12m` also names `£12 million`), and keeps the reason.
Directives are read from the raw text, so they work in plain-text drafts too,
where they are blanked out (same length, same line breaks) before scanning
so their own figures are never checked.

A baseline file records accepted findings by fingerprint: the SARIF
fingerprint's basis (verdict, path, sentence, figure, and which occurrence of
that basis it is), with no line number in it, so editing text above a finding
does not make it new. `scan --baseline FILE` accepts what the file holds, so
only new findings fail CI.

An accepted finding is never dropped: it is counted in the summary, kept in
JSON output with `"suppressed": {"by", "reason", ...}`, and in SARIF as a
result with a `suppressions` entry.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .figures import parse_figures
from .scanning import mask_markdown, split_sentences
from .verdicts import Verdict

if TYPE_CHECKING:
    from .scanning import Finding

__all__ = [
    "Acceptance",
    "Baseline",
    "BaselineError",
    "Directive",
    "apply_directives",
    "blank_directives",
    "finding_fingerprints",
    "fingerprint",
    "read_directives",
]

# The opening is found by the pattern, the close by str.find within one line
# and MAX_DIRECTIVE characters: a lazy `.{0,500}?-->` took 2.5 s per hostile
# MB of "<!-- factcheck:" openers (bench/redos.py); this takes milliseconds.
_DIRECTIVE_OPEN = re.compile(r"<!--[ \t]*factcheck:")
MAX_DIRECTIVE = 500
_REASON = re.compile(r'"([^"\n]*)"\s*$')
BASELINE_VERSION = 1


@dataclass(frozen=True)
class Acceptance:
    """Why a finding does not count: an inline comment or the baseline."""

    by: str  # "comment" or "baseline"
    reason: str | None = None
    line: int | None = None  # the comment's line
    file: str | None = None  # the baseline file

    def to_dict(self) -> dict:
        out: dict[str, object] = {"by": self.by, "reason": self.reason}
        if self.line is not None:
            out["line"] = self.line
        if self.file is not None:
            out["file"] = self.file
        return out

    def describe(self) -> str:
        where = f"line {self.line}" if self.line is not None else (self.file or "")
        return f"accepted by {self.by} ({where})" + (f": {self.reason}" if self.reason else "")


@dataclass(frozen=True)
class Directive:
    start: int  # offsets of the whole comment in the text
    end: int
    line: int
    column: int
    figure: str | None
    reason: str | None
    problem: str | None = None  # an unreadable directive: said, never guessed at


def read_directives(text: str) -> list[Directive]:
    """Every `<!-- factcheck: ... -->` comment in `text`."""
    starts = _line_starts(text)
    out: list[Directive] = []
    done = 0
    for m in _DIRECTIVE_OPEN.finditer(text):
        if m.start() < done:
            continue  # inside the previous directive
        line = bisect.bisect_right(starts, m.start())
        column = m.start() - starts[line - 1] + 1
        limit = min(len(text), m.end() + MAX_DIRECTIVE)
        newline = text.find("\n", m.end(), limit)
        close = text.find("-->", m.end(), newline if newline >= 0 else limit)
        if close < 0:
            out.append(Directive(m.start(), m.end(), line, column, None, None, "a `factcheck:` comment must close with --> on its own line"))
            continue
        end = done = close + 3
        body = text[m.end() : close].strip()
        verb, _, rest = body.partition(" ")
        if verb != "ignore":
            out.append(Directive(m.start(), end, line, column, None, None, f"unknown factcheck directive {verb!r}; expected `factcheck: ignore`"))
            continue
        rest = rest.strip()
        reason = None
        quoted = _REASON.search(rest)
        if quoted:
            reason = quoted.group(1).strip() or None
            rest = rest[: quoted.start()].strip()
        elif '"' in rest:
            out.append(Directive(m.start(), end, line, column, None, None, 'the reason must be one "quoted" string at the end'))
            continue
        out.append(Directive(m.start(), end, line, column, rest or None, reason))
    return out


def blank_directives(text: str, directives: Iterable[Directive]) -> str:
    """`text` with each directive replaced by spaces (same length and lines)."""
    chars = list(text)
    for d in directives:
        for i in range(d.start, d.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _sentence_spans(text: str, markdown: bool) -> list[tuple[int, int]]:
    """Sentence spans exactly as scanning.scan_text splits them."""
    if markdown:
        masked, breaks = mask_markdown(text)
    else:
        masked, breaks = text, {m.start() for m in re.finditer(r"\n[ \t]*\n", text)}
    return [(s.start, s.end) for s in split_sentences(masked, breaks)]


def _names(figure_text: str, finding: Finding) -> bool:
    if " ".join(figure_text.split()) == " ".join(finding.figure.text.split()):
        return True
    named = parse_figures(figure_text)
    return len(named) == 1 and named[0].value == finding.figure.value and named[0].unit == finding.figure.unit


def apply_directives(text: str, markdown: bool, findings: list[Finding], directives: list[Directive]) -> tuple[list[Finding], list[str]]:
    """(findings with those the comments accept marked, warnings). `text` is
    the text that was scanned; each directive reaches the first sentence
    that starts after it."""
    usable = [d for d in directives if d.problem is None]
    warnings = [f"{d.line}:{d.column}: warning: {d.problem}; ignored" for d in directives if d.problem]
    if not usable:
        return findings, warnings
    spans = _sentence_spans(text, markdown)
    span_starts = [s for s, _ in spans]
    starts = _line_starts(text)
    accepted: dict[int, Acceptance] = {}
    for d in usable:
        k = bisect.bisect_left(span_starts, d.end)
        if k == len(spans):
            warnings.append(f"{d.line}:{d.column}: warning: `factcheck: ignore` has no sentence after it; ignored")
            continue
        lo, hi = spans[k]
        matched = False
        for i, f in enumerate(findings):
            offset = starts[f.line - 1] + f.column - 1
            if lo <= offset < hi and (d.figure is None or _names(d.figure, f)):
                accepted.setdefault(i, Acceptance("comment", d.reason, d.line))
                matched = True
        if d.figure is not None and not matched:
            warnings.append(f"{d.line}:{d.column}: warning: `factcheck: ignore {d.figure}` names no figure of the sentence after it; nothing accepted")
    marked = [replace(f, accepted=accepted[i]) if i in accepted else f for i, f in enumerate(findings)]
    return marked, warnings


# --- fingerprints and the baseline ------------------------------------------------------


def fingerprint(rule: str, uri: str, sentence: str, figure: str, occurrence: int) -> str:
    """A finding's identity without its line: editing text above it keeps it."""
    basis = "\x1f".join((rule, uri, " ".join(sentence.split()), figure))
    return hashlib.sha256(f"{basis}\x1f{occurrence}".encode()).hexdigest()


def finding_fingerprints(findings: Iterable[Finding], uri: str, seen: dict[tuple, int] | None = None) -> list[str | None]:
    """Fingerprints of a file's findings (None for supported ones), counting
    repeats of the same basis in `seen` so two identical sentences differ."""
    seen = {} if seen is None else seen
    out: list[str | None] = []
    for f in findings:
        if f.verdict is Verdict.SUPPORTED:
            out.append(None)
            continue
        rule = f"factcheck/{f.verdict.value}"
        key = (rule, uri, " ".join(f.sentence.split()), f.figure.text)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        out.append(fingerprint(*key, occurrence))
    return out


class BaselineError(Exception):
    """A baseline file that cannot be read: one line, naming the file."""


@dataclass
class Baseline:
    """Accepted findings by fingerprint; paths relative to the file's directory."""

    path: Path
    shown: str  # as the user gave it, for messages
    fingerprints: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path, shown: str) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BaselineError(f"{shown}: no such file (write one with --write-baseline {shown})") from None
        except OSError as exc:
            raise BaselineError(f"{shown}: cannot read: {exc.strerror or exc}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            where = f":{exc.lineno}:{exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            raise BaselineError(f"{shown}{where}: not a factcheck baseline (invalid JSON)") from None
        if not isinstance(data, dict) or data.get("factcheck_baseline") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{shown}: not a factcheck baseline (expected {{\"factcheck_baseline\": {BASELINE_VERSION}, \"findings\": [...]}})")
        prints = set()
        for n, entry in enumerate(data["findings"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("fingerprint"), str):
                raise BaselineError(f"{shown}: findings[{n}] has no fingerprint")
            prints.add(entry["fingerprint"])
        return cls(path, shown, frozenset(prints))

    def uri(self, draft: Path) -> str:
        """The draft's path as the baseline records it: relative to the
        baseline's own directory, so it holds from any working directory."""
        base = self.path.resolve().parent
        resolved = draft.resolve()
        try:
            return resolved.relative_to(base).as_posix()
        except ValueError:
            return resolved.as_posix()

    def apply(self, findings: list[Finding], draft: Path, seen: dict[tuple, int]) -> list[Finding]:
        prints = finding_fingerprints(findings, self.uri(draft), seen)
        out = []
        for f, fp in zip(findings, prints):
            if fp is not None and fp in self.fingerprints and getattr(f, "accepted", None) is None:
                f = replace(f, accepted=Acceptance("baseline", "in the baseline", file=self.shown))
            out.append(f)
        return out


def baseline_entries(findings: list[Finding], uri: str, seen: dict[tuple, int]) -> list[dict]:
    """What --write-baseline records for a file: its problem findings not
    already accepted by a comment."""
    entries = []
    for f, fp in zip(findings, finding_fingerprints(findings, uri, seen)):
        if fp is None or getattr(f, "accepted", None) is not None:
            continue
        entries.append({"fingerprint": fp, "path": uri, "line": f.line, "verdict": f.verdict.value, "figure": f.figure.text, "sentence": f.sentence})
    return entries


def write_baseline(path: Path, entries: list[dict]) -> None:
    data = {
        "factcheck_baseline": BASELINE_VERSION,
        "comment": "Findings accepted for now: `factcheck scan --baseline` does not fail on these. Matched by fingerprint; line is for reading only.",
        "findings": entries,
    }
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
