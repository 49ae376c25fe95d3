"""Which files `factcheck scan` reads: drafts found under the paths given.

A directory is walked recursively, the way Vale and ripgrep walk one:

- `.gitignore` and `.factcheckignore` files are honoured with git's pattern
  rules (negation, anchoring, `dir/`, `**`), each relative to the directory
  that holds it, deeper files overriding shallower ones; the ones in the
  directories above, up to the repository root (the first one holding
  `.git`), apply too;
- `.git` itself and hidden files and directories (`.cache/`, `.venv/`) are
  not walked;
- only drafts are read: Markdown and plain text by their extension
  (DRAFT_SUFFIXES), so `data.csv` or `settings.py` beside a draft is not;
- a file that looks binary (a NUL byte in its first 8,000 bytes, git's own
  test) is skipped and said so.

A file named on the command line is the user's explicit choice: it is
read whatever its extension (a binary one is refused by the reader, exit 2),
but still skipped when `.factcheckignore` or the config's ignore globs exclude it (the pre-commit
hook passes staged files by name, and those ignores must still hold);
`.gitignore` does not apply to it, as with git's own `git add -f`.

Every file left out is reported by the caller, one line each: nothing the
user named is dropped silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pathspec

__all__ = ["DRAFT_SUFFIXES", "Draft", "IgnoreRules", "Skipped", "discover", "is_binary", "is_draft"]

# Markdown as scanning.MARKDOWN_SUFFIXES reads it, and plain text.
DRAFT_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx", ".txt", ".text")
IGNORE_FILES = (".gitignore", ".factcheckignore")
# git decides "binary" by a NUL byte in the first 8,000 bytes (xdiff's
# buffer_is_binary); a draft never has one, an ELF or a PNG always does.
BINARY_SNIFF_BYTES = 8000


def is_draft(path: str | Path) -> bool:
    return Path(path).suffix.lower() in DRAFT_SUFFIXES


# Text with a byte order mark is text, NULs and all (UTF-16 and UTF-32
# have them in every character): factcheck.drafts decodes it.
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def is_binary(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            head = handle.read(BINARY_SNIFF_BYTES)
    except OSError:
        return False  # unreadable: the reader reports why
    return not head.startswith(_BOMS) and b"\0" in head


@dataclass(frozen=True)
class Draft:
    """A file to scan: `shown` is the path as the user would type it."""

    shown: str
    path: Path


@dataclass(frozen=True)
class Skipped:
    shown: str
    why: str


@dataclass(frozen=True)
class _Rules:
    base: Path
    spec: pathspec.PathSpec
    source: str  # which file the patterns came from, for the skip message


@dataclass
class IgnoreRules:
    """Ignore patterns in force, each relative to its own directory.

    `extra` are globs from the config file (gitignore syntax, relative to
    `extra_base`)."""

    extra: tuple[str, ...] = ()
    extra_base: Path | None = None
    cwd: Path | None = None  # outside a repository, ignore files are read from here down
    _cache: dict[tuple[Path, str], _Rules | None] = field(default_factory=dict)

    def _rules_in(self, directory: Path, name: str) -> _Rules | None:
        key = (directory, name)
        if key not in self._cache:
            file = directory / name
            rules = None
            try:
                lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
                rules = _Rules(directory, pathspec.GitIgnoreSpec.from_lines(lines), name)
            except OSError:
                pass
            self._cache[key] = rules
        return self._cache[key]

    def chain(self, directory: Path, names: Iterable[str]) -> list[_Rules]:
        """The rules that apply inside `directory`, outermost first."""
        dirs = _ancestors_to_repo_root(directory, self.cwd)
        out: list[_Rules] = []
        if self.extra and self.extra_base is not None:
            out.append(_Rules(self.extra_base, pathspec.GitIgnoreSpec.from_lines(self.extra), "the config's ignore globs"))
        for d in dirs:
            for name in names:
                rules = self._rules_in(d, name)
                if rules is not None:
                    out.append(rules)
        return out

    def excluded_by(self, path: Path, is_dir: bool, rules: list[_Rules]) -> str | None:
        """Which ignore file excludes `path`, or None. The last rule that
        matches decides, as in git (a later `!keep.md` re-includes)."""
        verdict: str | None = None
        for r in rules:
            try:
                rel = path.relative_to(r.base).as_posix()
            except ValueError:
                continue
            if is_dir:
                rel += "/"
            result = r.spec.check_file(rel)
            if result.include is True:
                verdict = r.source
            elif result.include is False:
                verdict = None
        return verdict


def _ancestors_to_repo_root(directory: Path, cwd: Path | None = None) -> list[Path]:
    """`directory` and its parents up to the repository root, outermost first.
    Outside a repository, up to the working directory when `directory` is
    under it (`scan drafts` honours ./.factcheckignore), else just `directory`."""
    chain = [directory]
    while not (chain[-1] / ".git").exists():
        if chain[-1].parent == chain[-1]:
            if cwd is not None and directory.is_relative_to(cwd):
                return _between(cwd, directory)
            return [directory]
        chain.append(chain[-1].parent)
    return list(reversed(chain))


def _between(top: Path, directory: Path) -> list[Path]:
    """`top`, the directories below it down to `directory`, and `directory`."""
    out = [directory]
    while out[-1] != top:
        out.append(out[-1].parent)
    return list(reversed(out))


def _show(base_shown: str, base: Path, path: Path) -> str:
    """`path` as the user would type it: under the argument they gave."""
    rel = path.relative_to(base).as_posix()
    if base_shown in (".", "./"):
        return rel
    return f"{base_shown.rstrip('/')}/{rel}"


def discover(arguments: list[str], cwd: Path, ignores: IgnoreRules | None = None) -> Iterator[Draft | Skipped | str]:
    """For each argument in order: the drafts under it (Draft), what was left
    out (Skipped), or the argument itself unchanged ("-", a missing file) for
    the reader to handle and report."""
    ignores = ignores or IgnoreRules()
    if ignores.cwd is None:
        ignores = replace(ignores, cwd=cwd.resolve())
    for argument in arguments:
        if argument == "-":
            yield argument
            continue
        path = cwd / argument
        if path.is_dir():
            yield from _walk(argument, path.resolve(), ignores)
            continue
        if not path.is_file():
            yield argument  # missing, unreadable, a device: the reader says which
            continue
        resolved = path.resolve()
        excluded = ignores.excluded_by(resolved, False, ignores.chain(resolved.parent, (".factcheckignore",)))
        if excluded:
            yield Skipped(argument, f"excluded by {excluded}")
        else:
            # A binary file named is read, and refused by the reader with the
            # place of its first NUL (factcheck.drafts): an error, not a skip.
            yield Draft(argument, path)


def _walk(shown: str, root: Path, ignores: IgnoreRules) -> Iterator[Draft | Skipped]:
    rules = ignores.chain(root, IGNORE_FILES)
    yield from _walk_dir(shown, root, root, ignores, rules)


def _walk_dir(shown: str, root: Path, directory: Path, ignores: IgnoreRules, rules: list) -> Iterator[Draft | Skipped]:
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(_show(shown, root, directory) or shown, f"cannot read directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # .git, .venv, .cache: never drafts
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows a symlink, as `git ls-files` does not; a loop is cut below
        except OSError:
            continue
        if ignores.excluded_by(path, is_dir, rules):
            continue  # ignored on purpose, as git and ripgrep do: not worth a line each
        if is_dir:
            if entry.is_symlink():
                continue  # a link back up would walk forever
            deeper = rules + [r for name in IGNORE_FILES if (r := ignores._rules_in(path, name)) is not None]
            yield from _walk_dir(shown, root, path, ignores, deeper)
        elif entry.is_file() and is_draft(path):
            if is_binary(path):
                yield Skipped(_show(shown, root, path), "binary file")
            else:
                yield Draft(_show(shown, root, path), path)
