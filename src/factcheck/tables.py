"""Tables in plain text: what each cell's figure is a figure of.

Reports copied to text keep their tables as columns of spaces:

    Table 1: Keelhaven activity, 2024-25 and 2025-26 to date

    Measure                  Q1 2025-26   Q2 2025-26   2024-25
    Referrals                   171          187         642
      of which ED               124          131          -

Read as prose, a row is "Referrals 171 187 642": three figures and one
word, and nothing to say which quarter each is of. Read as a table, the 187
is "Referrals, Q2 2025-26" under the table's title. This module finds such
tables and says, for each cell, the sentence a reader makes of it; the
scanner checks that sentence for the cell's figure and reports it where the
cell stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import MONTH_NAMES, parse_figures

__all__ = ["Cell", "Row", "Table", "find_tables"]

# Columns are set apart by two spaces or more, or a tab. (Prose typed with
# two spaces after a full stop splits too, but its pieces are sentences,
# far longer than a value: see _VALUE_CHARS.)
_GAP = re.compile(r" {2,}|\t+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

# A value cell is short: a figure with a word or two ("about 310", "£1,450",
# "not calculated"). The longest of the 166 in the 18 tables of the
# shipped and read corpora is 14 characters, "not calculated"; a column
# heading may be longer ("Searches per 1,000 residents").
_VALUE_CHARS = 32
_VALUE_WORDS = 4
# A row's label is a measure's name, not a paragraph.
_LABEL_CHARS = 80
# A figure, or the dash or "n/a" a table puts for none.
_VALUE = re.compile(r"^(?:(?:about|around|nearly|almost|over|under|more than|less than|fewer than|at least|up to|c\.|~)\s*)?[-+]?[£$€]?\d|^(?:-|\u2013|\u2014|n/a|nil)$", re.I)
# A heading that labels a column by its time is no value: "2024-25", "Q1 2025-26", "2023/24 actual".
_TIME_LABEL = re.compile(r"^(?:Q[1-4]\s+)?(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?(?:\s+[^\W\d]+){0,2}$", re.I)
# "Table 1:", "Table:", "Figure 3." before a title say only that it is one,
# and a section's number ("4.2 Bins by district") only where it stands.
_TABLE_MARK = re.compile(r"^(?:(?:table|figure|chart)(?:\s+\w{1,4})?\s*[:.\u2013\u2014-]\s*|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=(?-i:[A-Z])))", re.I)
# A title is a line, not a paragraph of prose above the table.
_TITLE_CHARS = 160


@dataclass(frozen=True)
class Cell:
    start: int  # offset in the whole text
    end: int
    text: str

    @property
    def is_value(self) -> bool:
        return bool(_VALUE.match(self.text)) and not _TIME_LABEL.match(self.text)


@dataclass(frozen=True)
class Row:
    start: int  # the line's offsets in the whole text, line end excluded
    end: int
    cells: tuple[Cell, ...]

    @property
    def label(self) -> str:
        """The first column: what the row is of ("Referrals", "2022-23 (from October 2022)")."""
        return self.cells[0].text

    def values(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells[1:] if c.is_value)


@dataclass(frozen=True)
class Table:
    title: str  # the line above the table, less "Table 1:"; "" if none
    header: Row | None  # the column headings, if the table has them
    rows: tuple[Row, ...]

    def heading_of(self, row: Row, cell: Cell) -> str:
        """The column heading over `cell`: by position when the row has as
        many cells as the heading, else the heading it lies most under."""
        header = self.header
        if header is None:
            return ""
        heads = header.cells
        if len(row.cells) == len(heads):
            return heads[row.cells.index(cell)].text
        a, b = cell.start - row.start, cell.end - row.start

        def distance(head: Cell) -> int:
            h0, h1 = head.start - header.start, head.end - header.start
            overlap = min(b, h1) - max(a, h0)
            return -overlap if overlap > 0 else max(h0 - b, a - h1)

        return min(heads[1:] or heads, key=distance).text

    def sentence_for(self, row: Row, cell: Cell) -> tuple[str, int]:
        """The sentence a reader makes of `cell` ("Keelhaven activity:
        Referrals, Q2 2025-26: 187"), and where the cell's text starts in it."""
        title, label, heading = _timed(self.title, row.label, self.heading_of(row, cell))
        if heading and not _YEAR.search(heading) and not _PART_OF_YEAR.search(heading) and not _MONEY.match(cell.text):
            # What the column counts follows its figure, as a reporter writes
            # it: "11 bins" (a sum is said before it: "Funding: £180,000").
            lead = ": ".join(p for p in (title, label) if p)
            lead = f"{lead}: " if lead else ""
            return f"{lead}{cell.text} {_sentence_case(heading)}", len(lead)
        said = ": ".join(part for part in (title, ", ".join(p for p in (label, heading and _sentence_case(heading)) if p)) if part)
        lead = f"{said}: " if said else ""
        return f"{lead}{cell.text}", len(lead)


# A sum: its currency sign, after a qualifier at most ("about £1,450").
_MONEY = re.compile(r"^(?:[^\d£$€]{0,12})[£$€]")
# A year, financial or academic year as tables head them: "2024", "2024-25", "2023/24".
_YEAR = re.compile(r"\b(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?\b")
# A part of a year that a title's year completes: "April-June", "Q1", "Jan to Mar".
# (Whole month names or their short forms only: not "Marlstow", "Octon".)
_PART_OF_YEAR = re.compile(
    r"\b(?:Q[1-4]|" + MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
# (Searched only in a title's last few words: see _bare.)
_TRAILING = re.compile(r"(?:[\s,;:(\u2013\u2014-]|\b(?:in|for|of|during|to|from|by|and|as\s+at|as\s+of|at)\b)+$")
_TRAILING_REACH = 24


def _bare(title: str) -> str:
    """A title less the words left hanging where its date was cut: "Sessions by quarter, " is "Sessions by quarter"."""
    tail = max(0, title.rfind(" ", 0, max(0, len(title) - _TRAILING_REACH)))  # from a word's start
    return title[:tail] + _TRAILING.sub("", title[tail:])


def _sentence_case(heading: str) -> str:
    """A heading as words in a sentence: "Police referrals" as "police referrals", not "NHS beds"."""
    first = heading.split()[0]
    return heading[0].lower() + heading[1:] if first[1:].islower() else heading


def _timed(title: str, label: str, heading: str) -> tuple[str, str, str]:
    """Title, row label and column heading, the title's year given to the
    cell: a row or column with a time of its own ("Q2 2025-26") holds the
    cell's, and one with a part of a year ("April-June") takes the title's
    year ("Sessions by quarter, 2024-25"). Either way the title keeps no
    year to read against the cell's."""
    year = _YEAR.search(title)
    if year is None:
        return title, label, heading
    # The title's time from its first word: "as at 30 September 2025", not only its year.
    dated = next((f for f in parse_figures(title) if f.kind == "date" and f.start <= year.start() < f.end), None)
    bare = _bare(title[: dated.start if dated is not None else year.start()])
    if _YEAR.search(label) or _YEAR.search(heading):
        return bare, label, heading
    if _PART_OF_YEAR.search(label):
        return bare, f"{label} {year.group()}", heading
    if _PART_OF_YEAR.search(heading):
        return bare, label, f"{heading} {year.group()}"
    return title, label, heading


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    line = text[start:end]
    body = line.strip()
    if not body:
        return ()
    offset = start + line.index(body)
    cells, at = [], 0
    for gap in _GAP.finditer(body):
        cells.append(Cell(offset + at, offset + gap.start(), body[at : gap.start()]))
        at = gap.end()
    cells.append(Cell(offset + at, offset + len(body), body[at:]))
    return tuple(cells)


def _is_row(cells: tuple[Cell, ...]) -> bool:
    """Cells a table's row has: a short label, then short values, one at least a figure."""
    if len(cells) < 2 or len(cells[0].text) > _LABEL_CHARS or cells[0].text.endswith((".", "!", "?")):
        return False
    rest = cells[1:]
    short = all(len(c.text) <= _VALUE_CHARS and len(c.text.split()) <= _VALUE_WORDS for c in rest)
    return short and any(c.is_value for c in rest)


# A row whose value is set off by one space only, as a long label leaves it
# ("Pupils reached since launch (to 31 July 2025) 2,630"): read so only
# between rows of columns.
_LAST_VALUE = re.compile(r" (?:about |nearly |around )?[£$€]?\d[\d,.]*%?$")


def _squeezed(text: str, start: int, end: int) -> tuple[Cell, ...]:
    """The cells of a row whose value is one space from its label, if it is one."""
    line = text[start:end]
    body = line.strip()
    m = _LAST_VALUE.search(body) if len(body) <= _LABEL_CHARS + _VALUE_CHARS else None
    label = body[: m.start()] if m is not None else ""
    if m is None or not any(ch.isalpha() for ch in label):
        return ()
    offset = start + line.index(body)
    return (Cell(offset, offset + len(label), label), Cell(offset + m.start() + 1, offset + m.end(), m.group()[1:]))


def _is_header(cells: tuple[Cell, ...]) -> bool:
    """Column headings: short cells, none a value ("Measure  Q1 2025-26  2024-25")."""
    return len(cells) >= 2 and len(cells[0].text) <= _LABEL_CHARS and all(len(c.text) <= _VALUE_CHARS * 2 and not c.is_value for c in cells)


def _title(lines: list[tuple[int, int]], text: str, first: int) -> str:
    """The line just above the table (a blank line between allowed), if it reads as its title."""
    k = first - 1
    if k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
        k -= 1
    if k < 0:
        return ""
    line = text[lines[k][0] : lines[k][1]].strip()
    if not line or len(line) > _TITLE_CHARS or len(_cells(text, *lines[k])) > 1 or _squeezed(text, *lines[k]):
        return ""
    return _TABLE_MARK.sub("", line).rstrip(":").strip()


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, its line break excluded."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        body = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(body)))
    return out


def find_tables(text: str, rows_at: frozenset[int] | None = None) -> list[Table]:
    """Every table of two rows or more in plain `text`: consecutive lines of
    columns, under a line of headings if it has one (a blank line between
    allowed). `rows_at`, where given, are the only offsets a table's line
    may start at: the rows of a Markdown reading's tables, whose masked
    text has their pipes, and the delimiter row, blanked to spaces."""
    lines = _lines(text)
    cells = [_cells(text, s, e) if rows_at is None or s in rows_at else () for s, e in lines]
    tables, i = [], 0
    while i < len(lines):
        header = Row(*lines[i], cells[i]) if _is_header(cells[i]) else None
        j = i + 1 if header is not None else i
        if header is not None and j < len(lines) and not text[lines[j][0] : lines[j][1]].strip():
            j += 1  # "|---|---:|", blanked; or a blank line under the headings
        rows: list[Row] = []
        while j < len(lines):
            if not _is_row(cells[j]):
                between = rows and j + 1 < len(lines) and _is_row(cells[j + 1])
                cells[j] = _squeezed(text, *lines[j]) if between and len(cells[j]) == 1 else ()
                if not cells[j]:
                    break
            rows.append(Row(*lines[j], cells[j]))
            j += 1
        if len(rows) >= 2 or (rows and header is not None):
            tables.append(Table(_title(lines, text, i), header, tuple(rows)))
            i = j
        else:
            i += 1
    return tables


def has_columns(line: str) -> bool:
    """Whether a line sets text apart in columns, as a table's row does."""
    return len(_cells(line, 0, len(line))) > 1


def rows_by_line(text: str) -> dict[str, tuple[Table, Row]]:
    """Each table row of `text`, by its line with runs of spaces made one
    (as a curator's passage quotes it)."""
    return {" ".join(text[row.start : row.end].split()): (table, row) for table in find_tables(text) for row in table.rows}


def cell_sentence(table: Table, row: Row, figure: str) -> tuple[str, int] | None:
    """The sentence of the cell of `row` that holds `figure`, and where the figure starts in it."""
    cell = next((c for c in row.values() if figure in c.text), None)
    if cell is None:
        return None
    said, at = table.sentence_for(row, cell)
    return said, at + cell.text.index(figure)
