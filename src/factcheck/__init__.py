"""factcheck: check claimed figures against a curated, cited corpus.

    from factcheck import Checker, load_corpus
    checker = Checker(load_corpus("claims"))
    checker.check("£45m Young Londoners Fund").verdict

Names are imported lazily, so `import factcheck` costs nothing until used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "Checker",
    "CheckResult",
    "Evidence",
    "FigureCheck",
    "Verdict",
    "Figure",
    "parse_figures",
    "Claim",
    "Source",
    "Corpus",
    "CorpusError",
    "load_corpus",
    "resolve_corpus_dir",
    "validate_corpus",
]

_HOMES = {
    "Checker": "checking",
    "CheckResult": "checking",
    "Evidence": "checking",
    "FigureCheck": "checking",
    "Verdict": "verdicts",
    "Figure": "figures",
    "parse_figures": "figures",
    "Claim": "corpus",
    "Source": "corpus",
    "Corpus": "corpus",
    "CorpusError": "corpus",
    "load_corpus": "corpus",
    "resolve_corpus_dir": "corpus",
    "validate_corpus": "validate",
}

if TYPE_CHECKING:  # pragma: no cover
    from .checking import Checker, CheckResult, Evidence, FigureCheck
    from .corpus import Claim, Corpus, CorpusError, Source, load_corpus, resolve_corpus_dir
    from .figures import Figure, parse_figures
    from .validate import validate_corpus
    from .verdicts import Verdict


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
