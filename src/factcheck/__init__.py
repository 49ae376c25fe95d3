"""factcheck: check claimed figures against a curated, cited corpus.

For an editorial script, `load()` gives a checker for the same corpus the
`factcheck` command would use from the same directory (`claims` argument,
$FACTCHECK_CLAIMS, ./claims, the bundled corpus), from the same cache:

    >>> import factcheck
    >>> checker = factcheck.load()
    >>> checker.check("£45m Young Londoners Fund").verdict
    <Verdict.SUPPORTED: 'supported'>
    >>> [f.verdict.value for f in checker.scan("It got £2m for London Gang Exit.")]
    ['supported']
    >>> factcheck.validate().ok
    True

Names are imported lazily, so `import factcheck` costs nothing until used.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

__all__ = [
    "__version__",
    "load",
    "validate",
    "Checker",
    "CheckResult",
    "Finding",
    "FigureCheck",
    "Evidence",
    "Relation",
    "Verdict",
    "ValidationReport",
    "CorpusError",
    "Problem",
    "Figure",
    "parse_figures",
    "Claim",
    "Source",
    "Corpus",
    "load_corpus",
    "resolve_corpus_dir",
    "validate_corpus",
]

_HOMES = {
    "Checker": "checking",
    "CheckResult": "checking",
    "Evidence": "checking",
    "FigureCheck": "checking",
    "Relation": "checking",
    "Finding": "scanning",
    "Verdict": "verdicts",
    "ValidationReport": "validation",
    "validate_corpus": "validation",
    "Figure": "figures",
    "parse_figures": "figures",
    "Claim": "corpus",
    "Source": "corpus",
    "Corpus": "corpus",
    "CorpusError": "corpus",
    "Problem": "corpus",
    "load_corpus": "corpus",
    "resolve_corpus_dir": "settings",
}

if TYPE_CHECKING:  # pragma: no cover
    from .checking import Checker, CheckResult, Evidence, FigureCheck, Relation
    from .corpus import Claim, Corpus, CorpusError, Problem, Source, load_corpus
    from .figures import Figure, parse_figures
    from .scanning import Finding
    from .settings import resolve_corpus_dir
    from .validation import ValidationReport, validate_corpus
    from .verdicts import Verdict

    __version__: str


def load(claims: str | os.PathLike[str] | None = None) -> Checker:
    """The checker for the corpus the `factcheck` command would use here:
    `claims` if given (the CLI's `--claims`), else $FACTCHECK_CLAIMS, else
    ./claims when it holds sources/index.yaml, else the bundled corpus.
    The built index is cached as the CLI caches it ($FACTCHECK_CACHE_DIR...).
    Raises `CorpusError` (its message names file:line:col) if the corpus
    cannot be used.

    >>> import factcheck
    >>> checker = factcheck.load()
    >>> checker.check("£45m Young Londoners Fund").verdict.value
    'supported'
    """
    from .settings import open_checker

    return open_checker(claims)[0]


def validate(claims: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Validate a corpus as `factcheck validate` does (found as `load` finds
    it): every problem, each with its file, line and column.

    >>> import factcheck
    >>> report = factcheck.validate()
    >>> report.ok, report.problems
    (True, [])
    """
    from .settings import locate_corpus
    from .validation import validate_corpus

    return validate_corpus(locate_corpus(claims).path)


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from .settings import package_version

        return package_version()
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names (loaded lazily, so not yet in the module's dict) and the module's own dunders."""
    return sorted({*__all__, *(name for name in globals() if name.startswith("__"))})
