"""A newsroom's settings: `factcheck.toml`, or `[tool.factcheck]` in `pyproject.toml`.

Found upwards from the working directory, as ruff and black find theirs: the
first directory holding a `factcheck.toml`, or a `pyproject.toml` with a
`[tool.factcheck]` table, wins. Paths in it are relative to the file's own
directory. Command-line flags win over it.

    claims = "corpus"                      # the claims corpus
    fail-on = "mixed"                      # conflicting | mixed | unverified
    ignore = ["drafts/archive/", "*.draft.md"]   # gitignore-style globs
    baseline = "factcheck-baseline.json"
    publisher = "The Invented Gazette"     # ClaimReview's author
    publisher-url = "https://gazette.example/"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["KEYS", "Config", "ConfigError", "find_config", "load_config"]

KEYS = ("claims", "fail-on", "ignore", "baseline", "publisher", "publisher-url")
FAIL_ON = ("conflicting", "mixed", "unverified")
_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


class ConfigError(Exception):
    """A config file that cannot be used: one line, file:line:col first."""


@dataclass(frozen=True)
class Config:
    file: Path | None = None  # where it came from; None: no config file
    shown: str = ""  # the file as a person would read it
    claims: Path | None = None
    fail_on: str | None = None
    ignore: tuple[str, ...] = ()
    baseline: Path | None = None
    publisher: str | None = None
    publisher_url: str | None = None

    @property
    def directory(self) -> Path | None:
        return self.file.parent if self.file is not None else None


def find_config(cwd: Path) -> Config:
    """The config that applies in `cwd`, or an empty one."""
    for directory in (cwd, *cwd.parents):
        own = directory / "factcheck.toml"
        if own.is_file():
            return load_config(own, cwd)
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return load_config(pyproject, cwd)
    return Config()


def _has_tool_table(pyproject: Path) -> bool:
    # A cheap look before parsing: most pyproject.toml files are not ours,
    # and one we cannot parse is not ours to complain about unless it is.
    try:
        return "[tool.factcheck]" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _shown(path: Path, cwd: Path) -> str:
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return str(path)


def load_config(path: Path, cwd: Path) -> Config:
    shown = _shown(path, cwd)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{shown}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_WHERE.search(message)
        at = f":{where.group(1)}:{where.group(2)}" if where else ""
        raise ConfigError(f"{shown}{at}: invalid TOML: {_TOML_WHERE.sub('', message).strip()}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("factcheck", {})
        prefix = "[tool.factcheck] "
    else:
        table, prefix = data, ""
    if not isinstance(table, dict):
        raise ConfigError(f"{shown}: {prefix}must be a table of settings")
    return _read(table, path, shown, raw, prefix)


def _line_of(raw: str, key: str) -> str:
    for number, line in enumerate(raw.splitlines(), 1):
        if re.match(rf"\s*[\"']?{re.escape(key)}[\"']?\s*=", line):
            return f":{number}:1"
    return ""


def _read(table: dict, path: Path, shown: str, raw: str, prefix: str) -> Config:
    def bad(key: str, why: str) -> ConfigError:
        return ConfigError(f"{shown}{_line_of(raw, key)}: {prefix}{key}: {why}")

    unknown = [key for key in table if key not in KEYS]
    if unknown:
        raise bad(unknown[0], f"unknown setting (known: {', '.join(KEYS)})")

    def text(key: str) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise bad(key, "must be a non-empty string")
        return value

    base = path.parent
    fail_on = text("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise bad("fail-on", f"must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(g, str) for g in ignore):
        raise bad("ignore", "must be a list of glob strings")
    publisher_url = text("publisher-url")
    if publisher_url is not None and not re.match(r"https?://\S+$", publisher_url):
        raise bad("publisher-url", f"must be an http(s) URL, not {publisher_url!r}")
    claims, baseline = text("claims"), text("baseline")
    return Config(
        file=path,
        shown=shown,
        claims=base / claims if claims else None,
        fail_on=fail_on,
        ignore=tuple(ignore),
        baseline=base / baseline if baseline else None,
        publisher=text("publisher"),
        publisher_url=publisher_url,
    )
