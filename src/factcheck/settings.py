"""What factcheck runs with, in one place: environment variables, where the
corpus is, where the cache is, and the package's version.

The CLI and the library share `open_checker`, so `factcheck.load()` in a
script finds the same corpus as `factcheck check` in the same directory and
reuses the same cache:

1. the `claims` argument (the CLI's `--claims DIR`);
2. `$FACTCHECK_CLAIMS`;
3. `./claims`, when it holds `sources/index.yaml`;
4. the corpus bundled with the package.

Everything here takes its environment as arguments (`variables`, `cwd`),
defaulting to the process's, so tests and the CLI can inject their own.
Importing this module is cheap: the checker is imported only when built.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .checking import Checker

__all__ = [
    "CLAIMS_VARIABLE",
    "CACHE_DIR_VARIABLE",
    "NO_CACHE_VARIABLE",
    "INDEX",
    "CorpusLocation",
    "bundled_corpus_dir",
    "locate_corpus",
    "resolve_corpus_dir",
    "cache_dir_from",
    "open_checker",
    "package_version",
]

# The environment variables factcheck reads (besides NO_COLOR, FORCE_COLOR,
# TERM and COLUMNS, which only the CLI's rendering reads: see environment.py).
CLAIMS_VARIABLE = "FACTCHECK_CLAIMS"  # the claims directory, when --claims is not given
CACHE_DIR_VARIABLE = "FACTCHECK_CACHE_DIR"  # where cached indexes live
NO_CACHE_VARIABLE = "FACTCHECK_NO_CACHE"  # any non-empty value turns the cache off

# A directory is a corpus when it holds this file.
INDEX = Path("sources") / "index.yaml"


@dataclass(frozen=True)
class CorpusLocation:
    """Which corpus directory is used, and why (as `--verbose` says it).

    >>> locate_corpus("my-claims").why
    '--claims'
    """

    path: Path
    why: str  # "--claims", "$FACTCHECK_CLAIMS", "./claims" or "bundled"

    def __str__(self) -> str:
        return f"{self.path} ({self.why})"


def bundled_corpus_dir() -> Path:
    """The corpus shipped with the package (inside the wheel, or the source tree).

    >>> (bundled_corpus_dir() / INDEX).is_file()
    True
    """
    here = Path(__file__).resolve().parent
    inside = here / "bundled_claims"
    if (inside / INDEX).is_file():
        return inside
    return here.parent.parent / "claims"


def locate_corpus(claims: str | os.PathLike[str] | None = None, variables: Mapping[str, str] | None = None, cwd: Path | None = None) -> CorpusLocation:
    """The corpus directory to use: `claims` if given, else $FACTCHECK_CLAIMS,
    else the current directory or ./claims when it holds a corpus (a curator
    working inside one means that one), else the bundled one.

    >>> locate_corpus(variables={"FACTCHECK_CLAIMS": "/srv/claims"}).why
    '$FACTCHECK_CLAIMS'
    """
    variables = os.environ if variables is None else variables
    if claims:
        return CorpusLocation(Path(claims), "--claims")
    if variables.get(CLAIMS_VARIABLE):
        return CorpusLocation(Path(variables[CLAIMS_VARIABLE]), f"${CLAIMS_VARIABLE}")
    try:
        here = cwd or Path.cwd()
        for local, why in ((here, "the current directory"), (here / "claims", "./claims")):
            if (local / INDEX).is_file():
                return CorpusLocation(local, why)
    except OSError:  # the working directory was removed under us
        pass
    return CorpusLocation(bundled_corpus_dir(), "bundled")


def resolve_corpus_dir(explicit: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> tuple[Path, str]:
    """`locate_corpus` as a (path, why) pair, as earlier versions returned it.

    >>> resolve_corpus_dir("my-claims")
    (PosixPath('my-claims'), '--claims')
    """
    where = locate_corpus(explicit, env, cwd)
    return where.path, where.why


def cache_dir_from(variables: Mapping[str, str] | None = None) -> Path | None:
    """Where cached indexes live: $FACTCHECK_CACHE_DIR, else
    $XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck; None when
    $FACTCHECK_NO_CACHE is set or there is no home to put it in.

    >>> cache_dir_from({"XDG_CACHE_HOME": "/tmp/cache"})
    PosixPath('/tmp/cache/factcheck')
    """
    variables = os.environ if variables is None else variables
    if variables.get(NO_CACHE_VARIABLE):
        return None
    if variables.get(CACHE_DIR_VARIABLE):
        return Path(variables[CACHE_DIR_VARIABLE])
    if variables.get("XDG_CACHE_HOME"):
        return Path(variables["XDG_CACHE_HOME"]) / "factcheck"
    if variables.get("HOME"):
        return Path(variables["HOME"]) / ".cache" / "factcheck"
    return None


def open_checker(
    claims: str | os.PathLike[str] | None = None,
    variables: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    notes: list[str] | None = None,
) -> tuple[Checker, CorpusLocation]:
    """The checker for the corpus `locate_corpus` picks, from the cache when
    it is current, and where that corpus is. Raises `CorpusError` if the
    corpus cannot be used. The CLI and `factcheck.load()` both come here.

    >>> checker, where = open_checker()
    >>> where.why in ("$FACTCHECK_CLAIMS", "./claims", "bundled")
    True
    """
    from .caching import load_checker

    variables = os.environ if variables is None else variables
    where = locate_corpus(claims, variables, cwd)
    # `notes` collects what the cache had to say (an entry not trusted, and why).
    return load_checker(where.path, cache_dir_from(variables), notes), where


def package_version() -> str:
    """factcheck's version, from the installed package's metadata.

    >>> package_version().count(".") >= 2
    True
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("factcheck")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"
