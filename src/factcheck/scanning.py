"""Scanning drafts: every figure-bearing sentence checked, findings at line:col.

Markdown is handled by masking, not by rendering: what CommonMark does not
render as text (markup characters, code, link targets, HTML tags, link
reference definitions, front matter) is replaced by spaces, so the masked
text has exactly the same length and line breaks as the original (see
factcheck.markdown). Figures read from it therefore sit at their true
offsets, and a finding's line and column are right even when its sentence
wraps over lines or sits inside a link or emphasis.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .checking import MAX_CLAIM_FIGURES, Checker, CheckResult, Evidence, FigureCheck, context_note
from .figures import Figure, parse_figures, text_without
from .markdown import read_markdown
from .matching import referenced_heads
from .tables import Row, Table, find_tables
from .verdicts import Verdict

if TYPE_CHECKING:
    from .suppression import Acceptance

__all__ = ["Finding", "Sentence", "mask_markdown", "split_sentences", "scan_text", "is_markdown"]

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}


def is_markdown(path: str) -> bool:
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES


# --- Markdown masking ------------------------------------------------------------


def mask_markdown(text: str) -> tuple[str, set[int]]:
    """(masked text of the same length, offsets where a block starts or ends).

    The masked text is what the scanner reads: the prose of the Markdown as
    CommonMark renders it, everything else blanked, line breaks and offsets
    kept (see factcheck.markdown)."""
    reading = read_markdown(text)
    return reading.masked, set(reading.breaks)


# --- sentences ------------------------------------------------------------------------

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "rev", "st", "sr", "jr", "gen", "col", "lt", "sgt", "insp",
    "supt", "cllr", "hon", "rt", "no", "nos", "vol", "fig", "approx", "est", "etc", "vs", "v",
    "inc", "ltd", "co", "corp", "dept", "govt", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "al", "op", "pp", "p",
}
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=\S)\s+([.,;:!?])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")  # searched within a 20-character window


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # whitespace collapsed, markup masked


_BULLET = re.compile(r"[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2713\u2714](?=\s)")


def split_sentences(text: str, breaks: set[int] | None = None) -> list[Sentence]:
    """Sentences of `text` as an editor reads them.

    A sentence ends at . ! ? (with any closing quotes) before whitespace,
    unless the word before is an abbreviation ("Mr.", "St.", "e.g.") or a
    single initial, or the next word starts in lower case. Block starts
    (`breaks`, e.g. a new paragraph, heading or list item) always end one.
    Decimals ("£1.4m", "2.5%") never end one: no whitespace follows the point.
    """
    cuts = set(breaks or ())
    for m in _END.finditer(text):
        end = m.end()
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        word = before.group(1) if before else ""
        # "J." is an initial; the "m." of "£1.4m." is not.
        standalone = before is not None and (before.start() == 0 or not text[before.start() - 1].isalnum())
        if text[m.start()] == "." and standalone and (word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        k = end
        while k < len(text) and text[k].isspace():
            k += 1
        if k < len(text) and text[k].islower():
            continue
        cuts.add(end)
    # A bullet inside running text ("... criminality • The Met Police ...",
    # as web pages copied to text have them) starts a new sentence.
    cuts.update(m.start() for m in _BULLET.finditer(text))
    out: list[Sentence] = []
    start = 0
    for cut in sorted(cuts) + [len(text)]:
        if cut <= start:
            continue
        chunk = text[start:cut]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            s, e = start + lead, cut - trail
            # Masked markup leaves gaps ("a letter ."): close them for display.
            shown = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(text[s:e].split()))
            out.append(Sentence(s, e, shown))
        start = cut
    return out


# --- scanning ---------------------------------------------------------------------------

# Where a sentence holds figures about different things ("£7 million to
# projects ... and £250,000 to community groups"), each is judged on its own
# clause: the text up to the separator between it and its neighbour.
_SEPARATOR = re.compile(r";|,\s|\s(?:and|but|while|whereas|plus)\s")


@dataclass(frozen=True)
class Finding:
    """One figure of a draft, where it is, and what the documents say of it.

    >>> import factcheck
    >>> (f,) = factcheck.load().scan("Gang Exit got £3m.", path="draft.txt")
    >>> f"{f.path}:{f.line}:{f.column}", f.figure.text, f.verdict.value
    ('draft.txt:1:15', '£3m', 'conflicting')
    """

    path: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    end_line: int
    end_column: int
    sentence: str
    check: FigureCheck
    evidence: tuple[Evidence, ...]
    context: str = ""  # a note on date figures read as context
    accepted: "Acceptance | None" = None  # an editor's inline comment or the baseline accepts it

    @property
    def verdict(self) -> Verdict:
        return self.check.verdict

    @property
    def figure(self) -> Figure:
        return self.check.figure

    def result(self) -> CheckResult:
        reason = self.check.reason + (f" {self.context}" if self.context else "")
        return CheckResult(self.sentence, self.verdict, (self.check,), self.evidence, reason)

    def to_dict(self) -> dict:
        out = self.result().to_dict() | {"path": self.path, "line": self.line, "column": self.column}
        if self.accepted is not None:
            out["suppressed"] = self.accepted.to_dict()
        return out


# A line ends at \n, \r\n or a lone \r, as CommonMark and editors count lines.
_LINE_END = re.compile(r"\r\n?|\n")


@dataclass
class _Lines:
    """Offsets of a text as 1-based line:column.

    `decoded` are spans read decoded (character references such as
    `&#163;`): a figure starting or ending inside one is placed at the
    reference's start or end, where the editor sees it."""

    starts: list[int] = field(default_factory=list)
    decoded: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str, decoded: tuple[tuple[int, int], ...] = ()) -> "_Lines":
        starts = [0]
        starts.extend(m.end() for m in _LINE_END.finditer(text))
        return cls(starts, decoded)

    def position(self, offset: int, end: bool = False) -> tuple[int, int]:
        k = bisect.bisect_right(self.decoded, (offset, offset)) - 1
        if k >= 0 and self.decoded[k][0] < offset < self.decoded[k][1]:
            offset = self.decoded[k][1] if end else self.decoded[k][0]
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def _clauses(sentence: str, figures: list[Figure]) -> list[tuple[int, int, list[Figure]]]:
    """Split a sentence's span at separators lying between consecutive figures."""
    if len(figures) <= 1:
        return [(0, len(sentence), figures)]
    cuts = []
    for a, b in zip(figures, figures[1:]):
        seps = list(_SEPARATOR.finditer(sentence, a.end, b.start))
        if seps:
            cuts.append(seps[-1].start())
    groups: list[tuple[int, int, list[Figure]]] = []
    start, i = 0, 0
    # One pass: figures come in order, so each clause takes the next ones.
    for cut in cuts + [len(sentence)]:
        inside = []
        while i < len(figures) and figures[i].start < cut:
            if figures[i].start >= start:
                inside.append(figures[i])
            i += 1
        if inside:
            groups.append((start, cut, inside))
        start = cut
    return groups


# A sentence that names nothing itself: "The fund ...", "It has since ...",
# "Its three-year life ...". Read with what was last named before it.
_ANAPHORA = re.compile(
    r"\b(?:it|its|they|their|them|this|these|those|such)\b"
    r"|\bthe\s+(?:fund|funds|scheme|programme|program|project|projects|service|services|taskforce|task force|unit|initiative|"
    r"money|budget|plan|strategy|operation|summit|petition|grant|grants|pot|investment|command|team|force)\b",
    re.I,
)


@dataclass
class _Carried:
    """What a draft last named: in its paragraph, and under its heading.
    A sentence without figures is kept as written and matched only if a
    later sentence needs it, so a long draft costs no extra lookups."""

    paragraph: tuple[str, int, bool] | None = None  # (name or sentence, line, resolved)
    heading: tuple[str, int, bool] | None = None

    def subject(self, checker: Checker) -> tuple[str, int] | None:
        for held in (self.paragraph, self.heading):
            if held is None:
                continue
            text, line, resolved = held
            name = text if resolved else _named(checker, text)
            if name is not None:
                return name, line
        return None


@dataclass
class _Rows:
    """What a row of a list is a row of: the line that leads into the rows
    ("Casualties on the county's roads:" before "2019: 112", "2020: 79"),
    or the fields of its block before it ("Report to: Cabinet" before "Date
    of meeting: 14 November 2024")."""

    lead: tuple[str, int] | None = None  # (the line before the rows, less its colon; its line number)
    fields: list[tuple[str, int]] = field(default_factory=list)

    def context(self, raw: str, figures: list[Figure], line: int, new_paragraph: bool) -> tuple[str, int] | None:
        """What to read the sentence `raw` with, if it cannot settle alone; and note it for the rows after it."""
        if new_paragraph:
            self.fields = []
        said = raw.rstrip()
        # Rows that say only when are rows of what the line before them says.
        lead = self.lead if self.lead is not None and _is_row(raw, figures) else None
        self.lead = (said[:-1].strip(), line) if said.endswith(":") else lead
        before = list(self.fields)
        is_field = ":" in said and not said.endswith((".", "!", "?", ":"))
        if is_field:
            # The few fields just above say what a header's field is of; a
            # paragraph of thousands of fields must not be read into each.
            self.fields = [*before[1 - _FIELDS_READ :], (said, line)]
        if lead is not None:
            return lead
        return (" ".join(text for text, _ in before), before[0][1]) if is_field and before else None


# "Report to: Cabinet", "Report of: Director of ...": a header's fields above the one read.
_FIELDS_READ = 3


def scan_text(text: str, path: str, checker: Checker, markdown: bool | None = None) -> list[Finding]:
    """Findings for every figure in `text`, in order of appearance."""
    if markdown is None:
        markdown = is_markdown(path)
    if markdown:
        reading = read_markdown(text)
        masked, breaks, lines = reading.masked, set(reading.breaks), _Lines.of(text, reading.decoded)
        tables = find_tables(masked, reading.table_rows) if reading.table_rows else []
    else:
        masked, breaks, lines = text, _paragraph_breaks(text), _Lines.of(text)
        tables = find_tables(text)
    findings: list[Finding] = []
    carried = _Carried()
    paragraph_end = -1
    ordered_breaks = sorted(breaks)
    # Rows of a list in plain text end their sentences, but not their paragraph:
    # what they are rows of is said in the line before them.
    cuts = breaks if markdown else breaks | _row_ends(text)
    # A table's rows are read cell by cell (see factcheck.tables); each line is a sentence of its own.
    table_rows = [(row.start, row.end, table, row) for table in tables for row in table.rows]
    cuts = cuts | {end for _, end, _, _ in table_rows} | {start for start, _, _, _ in table_rows}
    rows = _Rows()
    for sentence in split_sentences(masked, cuts):
        heading = markdown and _is_heading(text, lines, sentence.start)
        new_paragraph = heading or sentence.start > paragraph_end
        if new_paragraph:
            carried.paragraph = None
            after = bisect.bisect_right(ordered_breaks, sentence.start)
            paragraph_end = ordered_breaks[after] if after < len(ordered_breaks) else len(masked)
        raw = masked[sentence.start : sentence.end]
        figures = parse_figures(raw)
        of_rows = rows.context(raw, figures, lines.position(sentence.start)[0], new_paragraph)
        if not figures:
            held = (raw, lines.position(sentence.start)[0], False)
            carried.heading, carried.paragraph = (held, None) if heading else (carried.heading, held)
            continue
        if len(figures) > MAX_CLAIM_FIGURES:
            # Not prose: check the first ones as `check` does, and report
            # the rest as not checked rather than drop them.
            for fig in figures[MAX_CLAIM_FIGURES:]:
                why = f"{fig.text}: not checked; the sentence has {len(figures)} figures and only the first {MAX_CLAIM_FIGURES} are checked."
                findings.append(_finding(path, lines, sentence, 0, FigureCheck(fig, Verdict.UNVERIFIED, why), (), ""))
            figures = figures[:MAX_CLAIM_FIGURES]
        in_table = _row_at(table_rows, sentence.start)
        by_cell: dict[int, Finding] = {}
        several = in_table if in_table is not None and len(in_table[1].values()) > 1 else None
        if several is not None:
            # A row of several values is read cell by cell: read whole, it
            # cannot say which value is which column's. Only figures of its
            # label ("Seen within 4 hours") need the row's own reading.
            by_cell = {fig.start: cell for fig in figures if (cell := _cell_finding(checker, path, lines, sentence, several, fig)) is not None}
            if len(by_cell) == len(figures):
                findings.extend(by_cell.values())
                continue
        result = checker.check_readings(raw, checker._read(raw, figures))
        unsettled = (
            any(fc.topic is None or fc.verdict is Verdict.CONFLICTING for fc in result.figures)
            # "The unit was launched ...": alone, "the unit" may have named
            # another documented thing, which could not answer.
            or (any(fc.verdict is Verdict.UNVERIFIED for fc in result.figures) and bool(referenced_heads(raw, checker.matcher.heads)))
            or (result.context_figures and not result.figures)
            # "Since its launch in April 2018 ...": "its" launch, which the subject carried may date.
            or any(fc.verdict is Verdict.UNVERIFIED and fc.figure.kind == "date" for fc in result.figures)
        )
        if _ANAPHORA.search(raw) and unsettled:
            subject = carried.subject(checker)
            if subject is not None:
                result = _with_carried(checker, raw, figures, result, subject)
        elif of_rows is not None and unsettled:
            result = _with_carried(checker, raw, figures, result, of_rows)
        context = context_note(result.context_figures, raw)
        for fc in result.figures:
            if several is not None:
                cell = by_cell.get(fc.figure.start)  # each cell already read; the rest are its label's
            else:
                cell = _cell_finding(checker, path, lines, sentence, in_table, fc.figure, fc.verdict) if in_table is not None else None
            if cell is not None:
                findings.append(cell)
                continue
            evidence = tuple(e for e in result.evidence if e.for_figure == fc.index)
            findings.append(_finding(path, lines, sentence, 0, fc, evidence, context))
        named = _first_named(result, raw)
        if named is not None:
            found = (named, lines.position(sentence.start)[0], True)
            carried.heading, carried.paragraph = (found, None) if heading else (carried.heading, found)
    findings.sort(key=lambda f: (f.line, f.column))
    return findings


def _row_at(table_rows: list[tuple[int, int, Table, Row]], offset: int) -> tuple[Table, Row] | None:
    """The table row (in order of offset) that `offset` falls in, if any."""
    k = bisect.bisect_right(table_rows, offset, key=lambda r: r[0]) - 1
    return (table_rows[k][2], table_rows[k][3]) if k >= 0 and offset < table_rows[k][1] else None


def _cell_finding(
    checker: Checker, path: str, lines: "_Lines", sentence: "Sentence", in_table: tuple[Table, Row], figure: Figure, alone: Verdict | None = None
) -> Finding | None:
    """The finding for a figure that stands in a table's cell, read as the
    sentence its row, column and title make of it; None for a figure of
    the row's label ("Seen within 4 hours"), which the row's own reading
    keeps, and for a row of one value its own reading (`alone`) settles."""
    table, row = in_table
    at = sentence.start + figure.start
    cell = next((c for c in row.values() if c.start <= at < c.end), None)
    if cell is None:
        return None
    if len(row.values()) == 1 and alone in (Verdict.SUPPORTED, Verdict.MIXED):
        return None  # "Young Londoners Fund   £45m": a row of one value reads alone, as its label says
    said, value_at = table.sentence_for(row, cell)
    again = checker.check_readings(said, checker._read(said, parse_figures(said)))
    redo = next((c for c in again.figures if c.figure.end > value_at), None)
    if redo is None:
        return None
    redo = replace(redo, reason=f"{redo.reason} (read as a table's cell: {said!r})")
    evidence = tuple(e for e in again.evidence if e.for_figure == redo.index)
    return _finding(path, lines, sentence, cell.start - sentence.start - value_at, redo, evidence, "")


def _with_carried(checker: Checker, raw: str, figures: list[Figure], result: CheckResult, subject: tuple[str, int]) -> CheckResult:
    """Re-read the figures that matched nothing with the subject carried
    from earlier in the draft, and say so in their reasons."""
    name, line = subject
    again = checker.check_readings(raw, checker._read(raw, figures), carried=name)
    note = f" (read as about: {name}, from line {line})"
    if not result.figures and again.figures:
        # Every figure had been read as context ("The unit was launched in
        # April 2018"): the carried subject says what it dates.
        checks = [replace(c, reason=c.reason + note) if c.verdict is not Verdict.UNVERIFIED else c for c in again.figures]
        return replace(again, figures=tuple(checks))
    checks = list(result.figures)
    evidence = [e for e in result.evidence]
    for i, fc in enumerate(result.figures):
        redo = next((c for c in again.figures if c.index == fc.index), None)
        if redo is None:
            continue
        # Only an answer is worth the carry: a sentence the carried subject
        # still cannot settle keeps its own reason. "The unit was launched
        # ...": alone, "the unit" may name another documented thing that
        # cannot answer; the subject carried can. A sentence that found its
        # own topic gives way only to agreement.
        answers = redo.verdict is not Verdict.UNVERIFIED if fc.topic is None else redo.verdict in (Verdict.SUPPORTED, Verdict.MIXED)
        settles = fc.verdict is Verdict.UNVERIFIED and redo.topic is not None and answers
        # A conflict found without the subject the sentence refers back to
        # ("During the operation, police made more than 900 arrests") gives
        # way when that subject supports the figure.
        corrects = fc.verdict is Verdict.CONFLICTING and redo.verdict is Verdict.SUPPORTED
        if settles or corrects:
            checks[i] = replace(redo, reason=redo.reason + note)
            evidence = [e for e in evidence if e.for_figure != fc.index] + [e for e in again.evidence if e.for_figure == fc.index]
    return replace(result, figures=tuple(checks), evidence=tuple(evidence))


def _named(checker: Checker, text: str) -> str | None:
    """The documented thing a sentence without figures names in full, if any
    ("## The Young Londoners Fund")."""
    for m in checker.matcher.match(text)[:3]:
        if m.name_recall >= 0.99 and m.substitution is None:
            return m.name
    return None


_CAPITALISED_RUN = re.compile(r"(?<![\w'\u2019])(?!The\b)(?:[A-Z][\w'\u2019-]{0,30} ){1,5}[A-Z][\w'\u2019-]{0,30}")
# A subject this short is a name, not a description ("Young Londoners Fund").
_NAME_WORDS = 4


def _first_named(result: CheckResult, sentence: str) -> str | None:
    """What a checked sentence was found to be about, by its documented name:
    the one the sentence uses, else its subject when that is a name ("Young
    Londoners Fund"), else its shortest name of two words or more (a reader
    knows these better than an acronym, "YLF", or an alias kept for a misspelling)."""
    for fc in result.figures:
        if fc.topic is not None and fc.stance.value == "asserted":
            ev = next((e for e in result.evidence if e.for_figure == fc.index and e.claim.topic == fc.topic), None)
            if ev is not None:
                if not ev.claim.aliases:
                    return ev.claim.subject
                # As the sentence wrote it: a name of its own, or a run of
                # capitalised words some documented name holds ("Young Londoners Fund").
                runs = [r.strip() for r in _CAPITALISED_RUN.findall(sentence)]
                used = [n for n in ev.claim.names if n.lower() in sentence.lower()]
                used += [r for r in runs if any(r.lower() in n.lower() for n in ev.claim.names)]
                if used:
                    return max(used, key=len)
                if len(ev.claim.subject.split()) <= _NAME_WORDS:
                    return ev.claim.subject
                return min(ev.claim.names, key=lambda n: (len(n.split()) < 2, len(n)))
    return None


def _is_heading(text: str, lines: "_Lines", offset: int) -> bool:
    line, _ = lines.position(offset)
    start = lines.starts[line - 1]
    return text[start : start + 7].lstrip(" ").startswith("#")


def _finding(path: str, lines: "_Lines", sentence, offset: int, fc: FigureCheck, evidence: tuple[Evidence, ...], context: str) -> Finding:
    """A finding for figure check `fc`, whose positions are relative to `offset` in `sentence`."""
    line, col = lines.position(sentence.start + offset + fc.figure.start)
    end_line, end_col = lines.position(sentence.start + offset + fc.figure.end, end=True)
    return Finding(path, line, col, end_line, end_col, sentence.text, _shift_check(fc, offset), evidence, context)


def _shift(f: Figure, delta: int) -> Figure:
    return replace(f, start=f.start + delta, end=f.end + delta) if delta else f


def _shift_check(fc: FigureCheck, delta: int) -> FigureCheck:
    # (Most sentences are checked whole: no shift, and no copy, which a 1 MB draft's thousands of findings would each pay for.)
    return replace(fc, figure=_shift(fc.figure, delta)) if delta else fc


WINDOW_WORDS = 6
# How far from a figure its sub-clause and word window are looked for.
_REACH = 400
_WORDS = re.compile(r"\S+")


_SUBCLAUSE = re.compile(r"[:;()\u2014\u2013]|\s-\s")


def _subclause(clause: str, figure: Figure) -> str:
    """The stretch around the figure between colons, dashes or brackets
    (within _REACH characters), figure removed."""
    lo, hi = max(0, figure.start - _REACH), min(len(clause), figure.end + _REACH)
    cuts = [m.start() for m in _SUBCLAUSE.finditer(clause, lo, hi)]
    start = max((c + 1 for c in cuts if c < figure.start), default=lo)
    end = min((c for c in cuts if c >= figure.end), default=hi)
    return " ".join((clause[start : figure.start] + " " + clause[figure.end : end]).split())


def _window(clause: str, figure: Figure) -> str:
    """The words within a few of the figure, on either side."""
    # Within _REACH characters: a long clause must not make each figure cost its length.
    before = _WORDS.findall(clause[max(0, figure.start - _REACH) : figure.start])[-WINDOW_WORDS:]
    after = _WORDS.findall(clause[figure.end : figure.end + _REACH])[:WINDOW_WORDS]
    return " ".join(before + after)


# A blank line between two line ends (\n, \r\n or a lone \r).
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)")


def _paragraph_breaks(text: str) -> set[int]:
    return {m.start() for m in _BLANK_LINE.finditer(text)}


# A line of plain text that ends its sentence without a full stop: a lead
# into rows ("... casualties on Sallowshire roads:"), a row that ends in its
# figure ("2023/24 (17 April 2023 to 31 March 2024): 38,460"), or a short
# line, a row or a heading ("2019: 112", "Our ref: FOI/2024/0417"). Prose
# wrapped by hand runs its lines to 60-80 characters; a line under 40 that
# the text goes on after is no wrapped prose.
_ROW_LINE = re.compile(
    r"^[ \t]*(?:[^\r\n]{1,39}|[^\r\n]*:|[^\r\n]*:[ \t]*[£$€]?\d[\d,.]*(?:[ \t]*[%\w]{1,12})?)[ \t]*(?=\r\n|\r|\n)", re.M
)


# A row's own words, past its figures: at most a few ("Spend to 31 March 2024: ..." has its own).
_ROW_WORDS = 2


def _is_row(sentence: str, figures: list[Figure]) -> bool:
    """A sentence that is a row of a list: its figures and at most a word or two besides, no full stop."""
    return bool(figures) and not sentence.rstrip().endswith((".", "!", "?")) and len(re.findall(r"[^\W\d_]{2,}", text_without(sentence, figures))) <= _ROW_WORDS


def _row_ends(text: str) -> set[int]:
    return {m.end() for m in _ROW_LINE.finditer(text) if m.group().strip()}
