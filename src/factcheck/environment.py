"""What the CLI runs in: streams, TTY flags, environment variables, exit codes.

Injected rather than read from `sys` so tests can run the CLI in-process as a
terminal or as a pipe, with or without NO_COLOR, without subprocesses.
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import sys
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import BinaryIO, Mapping, TextIO


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1  # a claim reached the --fail-on level; validate found problems
    ERROR = 2  # usage or input error: nothing could be checked as asked
    INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


# An 8K display (7,680 pixels) in a 6-pixel-wide font is 1,280 columns;
# a wider COLUMNS is a mistake, and Rich pads every line to the width
# (COLUMNS=99999999 printed 2 GB of spaces for one claim).
MAX_COLUMNS = 1280


class ClosedStream(io.RawIOBase):
    """Stands for a standard stream the process was started without (`<&-`,
    `>&-`, `2>&-`), where Python gives None: reading or writing it fails with
    EBADF, as the closed descriptor would, instead of an AttributeError."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: object) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def readline(self, size: int | None = -1) -> bytes:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def write(self, data: object) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def fileno(self) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def isatty(self) -> bool:
        return False


def _stdin() -> BinaryIO:
    return sys.stdin.buffer if sys.stdin is not None else ClosedStream("stdin")  # type: ignore[return-value]


def _stdout() -> TextIO:
    return sys.stdout if sys.stdout is not None else ClosedStream("stdout")  # type: ignore[return-value]


def _stderr() -> TextIO:
    return sys.stderr if sys.stderr is not None else ClosedStream("stderr")  # type: ignore[return-value]


@dataclass
class Environment:
    stdin: BinaryIO = field(default_factory=_stdin)
    stdout: TextIO = field(default_factory=_stdout)
    stderr: TextIO = field(default_factory=_stderr)
    stdin_isatty: bool = field(default_factory=lambda: _isatty(sys.stdin))
    stdout_isatty: bool = field(default_factory=lambda: _isatty(sys.stdout))
    stderr_isatty: bool = field(default_factory=lambda: _isatty(sys.stderr))
    variables: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    cwd: Path = field(default_factory=lambda: _cwd())
    color: str = "auto"  # --color: auto (a terminal, and no NO_COLOR), always, never

    @property
    def no_color(self) -> bool:
        # https://no-color.org: any non-empty value disables colour.
        return bool(self.variables.get("NO_COLOR")) or self.variables.get("TERM") == "dumb"

    def color_for(self, isatty: bool) -> bool:
        # An explicit --color beats the environment, as with ls and grep.
        if self.color in ("always", "never"):
            return self.color == "always"
        if self.variables.get("FORCE_COLOR") and not self.no_color:
            return True
        return isatty and not self.no_color

    @property
    def columns(self) -> int | None:
        try:
            value = int(self.variables.get("COLUMNS", ""))
        except ValueError:
            return None
        return min(value, MAX_COLUMNS) if value > 0 else None


def _escape_unencodable(error: UnicodeError) -> tuple[str, int]:
    """What an output encoding cannot hold, as \\uXXXX escapes (a surrogate
    pair above U+FFFF), which JSON reads back as the same characters and
    people can still read."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for char in error.object[error.start : error.end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), error.end


codecs.register_error("factcheck-escape", _escape_unencodable)


def escape_what_streams_cannot_encode() -> None:
    """A stdout or stderr in an encoding other than UTF-8 (PYTHONIOENCODING=
    latin-1, an old Windows console) gets escapes for what it cannot hold
    instead of a UnicodeEncodeError halfway through a batch."""
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "utf-8"
        if codecs.lookup(encoding).name != "utf-8" and isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(errors="factcheck-escape")
            except (ValueError, OSError):  # pragma: no cover - a stream that cannot be reconfigured
                pass


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def _cwd() -> Path:
    try:
        return Path.cwd()
    except OSError:  # the working directory was removed under us
        return Path("/")
