"""Reading a draft: its bytes to text, or one located refusal.

`read_draft(path)` is the one way a draft file is read, whoever scans it
(one file, a list, a directory): it returns the text with any warnings
about it, or raises `DraftError` naming the problem and where it is. Byte
order marks are honoured (UTF-8, UTF-16 and UTF-32, either byte order);
without one the draft is UTF-8, and bytes that are not are shown as U+FFFD
and reported by line and column. A binary file is refused, and so is a
draft over MAX_DRAFT_BYTES, read no further than that, so `scan /dev/zero`
stops at once.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

__all__ = ["MAX_DRAFT_BYTES", "Draft", "DraftError", "DraftProblem", "decode_draft", "read_draft", "read_draft_stream"]

# A book-length draft of 200,000 words is ~1.2 MB; ten times that is not a
# draft. At the cap, a draft of prose (examples/draft.md repeated to 10 MB)
# scanned in 82 s and 430 MB on the shared test machine (bench/README.md).
MAX_DRAFT_BYTES = 10 * 1024 * 1024

# Byte order marks, longest first: UTF-32 LE's begins with UTF-16 LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# git's test for a binary file: a NUL byte in the first 8,000 bytes.
_BINARY_PROBE = 8000
# Undecodable stretches reported one by one, then counted: a file in another
# encoding has one on every other line.
_MAX_WARNINGS = 10
_LINE_END = re.compile(rb"\r\n?|\n")


@dataclass(frozen=True)
class DraftProblem:
    """What is wrong with a draft, and where (line and column from 1, in characters)."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}:{self.column}"
        return f"{where}: {self.message}"


class DraftError(Exception):
    """A draft that cannot be scanned."""

    def __init__(self, problem: DraftProblem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Draft:
    path: str  # as given, for messages and findings
    text: str
    warnings: tuple[DraftProblem, ...] = ()


def read_draft(path: str | os.PathLike[str], shown: str | None = None, max_bytes: int = MAX_DRAFT_BYTES) -> Draft:
    """The draft at `path` (reported as `shown`), or DraftError."""
    name = shown if shown is not None else str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise DraftError(DraftProblem(name, "is a directory; scan takes text or Markdown files"))
        with p.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise DraftError(DraftProblem(name, "no such file")) from None
    except PermissionError:
        raise DraftError(DraftProblem(name, "permission denied")) from None
    except OSError as exc:
        raise DraftError(DraftProblem(name, f"cannot read: {exc.strerror or exc}")) from None
    return decode_draft(raw, name, max_bytes)


def read_draft_stream(stream: BinaryIO, shown: str, max_bytes: int = MAX_DRAFT_BYTES) -> Draft:
    """A draft read from a stream such as stdin, or DraftError."""
    try:
        raw = stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise DraftError(DraftProblem(shown, f"cannot read: {getattr(exc, 'strerror', None) or exc}")) from None
    return decode_draft(raw, shown, max_bytes)


def decode_draft(raw: bytes, shown: str, max_bytes: int = MAX_DRAFT_BYTES) -> Draft:
    if len(raw) > max_bytes:
        raise DraftError(DraftProblem(shown, f"larger than {max_bytes // (1024 * 1024)} MB; scan reads drafts up to that size (split it)"))
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            return _decode(raw[len(bom) :], codec, label, shown)
    nul = raw.find(b"\0", 0, _BINARY_PROBE)
    if nul >= 0:
        line, column = _place(raw, nul)
        hint = "UTF-16 without a byte order mark? save it as UTF-8" if _looks_like_utf16(raw) else "scan takes text or Markdown files"
        raise DraftError(DraftProblem(shown, f"binary file (a NUL byte); {hint}", line, column))
    return _decode(raw, "utf-8", "UTF-8", shown)


def _decode(payload: bytes, codec: str, label: str, shown: str) -> Draft:
    try:
        return Draft(shown, payload.decode(codec))
    except UnicodeDecodeError:
        pass
    warnings: list[DraftProblem] = []
    bad_lines = 0
    if codec == "utf-8":
        # Line by line (a bad byte cannot hide a line end in UTF-8), so each
        # bad line costs one decode of itself.
        for number, line in enumerate(_LINE_END.split(payload), 1):
            try:
                line.decode(codec)
            except UnicodeDecodeError as exc:
                bad_lines += 1
                if len(warnings) < _MAX_WARNINGS:
                    column = len(line[: exc.start].decode(codec, "replace")) + 1
                    warnings.append(DraftProblem(shown, f"warning: not valid {label} (byte 0x{line[exc.start]:02x}); shown as \ufffd and scanned on", number, column))
    else:
        try:
            payload.decode(codec)
        except UnicodeDecodeError as exc:
            bad_lines = 1
            before = payload[: exc.start].decode(codec, "replace")
            line_number = len(re.findall(r"\r\n?|\n", before)) + 1
            column = len(re.split(r"\r\n?|\n", before)[-1]) + 1
            warnings.append(DraftProblem(shown, f"warning: not valid {label} ({exc.reason}); shown as \ufffd and scanned on", line_number, column))
    if bad_lines > len(warnings):
        warnings.append(DraftProblem(shown, f"warning: {bad_lines - len(warnings)} more lines are not valid {label}; shown as \ufffd and scanned on"))
    return Draft(shown, payload.decode(codec, "replace"), tuple(warnings))


def _place(raw: bytes, offset: int) -> tuple[int, int]:
    """Line and column (in characters) of byte `offset` of UTF-8 `raw`."""
    before = raw[:offset]
    ends = list(_LINE_END.finditer(before))
    start = ends[-1].end() if ends else 0
    return len(ends) + 1, len(before[start:].decode("utf-8", "replace")) + 1


def _looks_like_utf16(raw: bytes) -> bool:
    """Mostly NULs in every other byte: ASCII text saved as UTF-16.

    Such text has a NUL in every other byte; 80% leaves room for a fifth of
    the characters to be outside ASCII (£, accents, curly quotes)."""
    probe = raw[:_BINARY_PROBE]
    half = max(1, len(probe) // 2)
    return probe[1::2].count(0) > 0.8 * half or probe[0::2].count(0) > 0.8 * half
