"""What the CLI runs in: streams, TTY flags, environment variables, exit codes.

Injected rather than read from `sys` so tests can run the CLI in-process as a
terminal or as a pipe, with or without NO_COLOR, without subprocesses.
"""

from __future__ import annotations

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


@dataclass
class Environment:
    stdin: BinaryIO = field(default_factory=lambda: sys.stdin.buffer)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
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
        return value if value > 0 else None


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
