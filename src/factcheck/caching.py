"""A cache of loaded, indexed corpora: faster, never wrong.

Loading a corpus means parsing its YAML with positions and building the
subject index (stemming every name and passage). For the shipped corpus
that is most of a cold lookup; for 100,000 claims it is seconds. The built
`Checker` is pickled under a key made from the content of every file the
load reads (the source index and the claims files, byte for byte), the
corpus's path (pickled sources carry absolute paths) and the package's own
source code, so any edit to the corpus or to factcheck makes a new key. Entries are written atomically (a temporary file renamed into
place); an entry that cannot be read is ignored and rebuilt. A cache
directory that cannot be created or written (read-only home, no HOME) only
means no cache.

Where: $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck. FACTCHECK_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Mapping

from .checking import Checker
from .corpus import INDEX

try:  # BLAKE2 without loading OpenSSL (hashlib's import costs ~10 ms of a cold start)
    from _blake2 import blake2b as _hash
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b as _hash

__all__ = ["load_checker", "cache_dir_from", "corpus_key"]

CACHE_FORMAT = 1


def _code_digest() -> bytes:
    """The package's own source: a pickled index is only valid for the code that built it."""
    digest = _hash()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def cache_dir_from(variables: Mapping[str, str]) -> Path | None:
    if variables.get("FACTCHECK_NO_CACHE"):
        return None
    if variables.get("FACTCHECK_CACHE_DIR"):
        return Path(variables["FACTCHECK_CACHE_DIR"])
    if variables.get("XDG_CACHE_HOME"):
        return Path(variables["XDG_CACHE_HOME"]) / "factcheck"
    if variables.get("HOME"):
        return Path(variables["HOME"]) / ".cache" / "factcheck"
    return None


def corpus_key(root: Path) -> str | None:
    """A digest of everything loading reads, or None if it cannot be read."""
    digest = _hash(f"factcheck cache {CACHE_FORMAT}\0{root.resolve()}\0".encode())
    try:
        digest.update(_code_digest())
        files = [root / INDEX] + sorted(p for p in root.glob("*.yaml") if p.is_file())
        for path in files:
            data = path.read_bytes()
            digest.update(f"{path.name}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def load_checker(root: str | os.PathLike[str], cache_dir: Path | None = None) -> Checker:
    """The checker for the corpus at `root`, from the cache when it is current."""
    root = Path(root)
    key = corpus_key(root) if cache_dir is not None and root.is_dir() else None
    if key is not None and cache_dir is not None:
        cached = _read(cache_dir / f"{key}.pickle")
        if cached is not None:
            return cached
    from .corpus import load_corpus

    checker = Checker(load_corpus(root))  # raises CorpusError before anything is cached
    if key is not None and cache_dir is not None:
        checker.prepare()
        _write(cache_dir / f"{key}.pickle", checker)
    return checker


def _read(path: Path) -> Checker | None:
    try:
        with path.open("rb") as f:
            value = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a truncated or foreign file is just a miss
        return None
    return value if isinstance(value, Checker) else None


def _write(path: Path, checker: Checker) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(checker, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: readers see the old entry or the new, never half
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass  # an unwritable cache is no cache
