"""A cache of loaded, indexed corpora: faster, never wrong.

Loading a corpus means parsing its YAML with positions and building the
subject index (stemming every name and passage). For the shipped corpus
that is most of a cold lookup; for 100,000 claims it is a minute. The built
index is stored under a key made from the content of every file the load
reads (the source index and the claims files, byte for byte), the corpus's
path (sources carry absolute paths) and the package's own source code, so
any edit to the corpus or to factcheck makes a new key.

The stored index is one file: the matcher's flat arrays (posting lists,
weights), then every documented claim pickled on its own, then a small
pickled header saying where everything is, with a CRC-32 of the rest;
the header's own CRC-32 ends the file.
Reading it maps the file into memory and checks the CRC (25 ms per 100 MB);
the arrays are used in place and a documented claim is unpickled only when a
lookup needs it, so a 100,000-claim corpus starts in well under a second
without holding every claim as Python objects.

Entries are written atomically (a temporary file renamed into place); an
entry that cannot be read, or fails its CRC, is ignored and rebuilt. A cache
directory that cannot be created or written (read-only home, no HOME) only
means no cache.

Where (settings.cache_dir_from): $FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, else
~/.cache/factcheck. FACTCHECK_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import functools
import mmap
import os
import pickle
import struct
import tempfile
import zlib
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Callable

from .checking import Checker
from .corpus import INDEX, Corpus
from .matching import Matcher, Postings, _Entry
from .settings import cache_dir_from

try:  # BLAKE2 without loading OpenSSL (hashlib's import costs ~10 ms of a cold start)
    from _blake2 import blake2b as _hash
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b as _hash

__all__ = ["load_checker", "cache_dir_from", "corpus_key", "entry_path"]

CACHE_FORMAT = 2
_POSTINGS = ("in_names", "in_passage_only", "name_postings", "topic_members")
# Documented claims kept unpickled at once; a lookup touches a few hundred.
ENTRIES_KEPT = 50_000


def _code_digest() -> bytes:
    """The package's own source: a pickled index is only valid for the code that built it."""
    digest = _hash()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


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


def entry_path(cache_dir: Path, root: Path, key: str) -> Path:
    """Where the entry for `key` lives: named after the corpus's place too,
    so that an edit's new entry can replace the corpus's old one."""
    place = _hash(str(Path(root).resolve()).encode(), digest_size=8).hexdigest()
    return cache_dir / f"{place}-{key}{SUFFIX}"


def _remove_older(path: Path) -> None:
    """Delete the corpus's earlier entries: at 100k claims each is ~90 MB, and
    a corpus edited daily would otherwise fill the disk. (A process still
    using one keeps its mapping; the file goes when it exits.)"""
    place = path.name.split("-", 1)[0]
    for other in path.parent.glob(f"{place}-*{SUFFIX}"):
        if other != path:
            try:
                other.unlink()
            except OSError:
                pass


def load_checker(root: str | os.PathLike[str], cache_dir: Path | None = None) -> Checker:
    """The checker for the corpus at `root`, from the cache when it is current."""
    root = Path(root)
    key = corpus_key(root) if cache_dir is not None and root.is_dir() else None
    if key is not None and cache_dir is not None:
        cached = _read(entry_path(cache_dir, root, key))
        if cached is not None:
            return cached
    from .corpus import load_corpus

    checker = Checker(load_corpus(root))  # raises CorpusError before anything is cached
    if key is not None and cache_dir is not None:
        checker.prepare()
        path = entry_path(cache_dir, root, key)
        if _write(path, checker):
            _remove_older(path)
    return checker


# --- the file ---------------------------------------------------------------------

SUFFIX = ".index"
MAGIC = b"factcheck index\n"
_TRAILER = struct.Struct("<QQ")  # the header's length and CRC-32, last in the file
# The matcher's arrays, stored raw: name -> how to reach it from a Matcher.
_ARRAYS: dict[str, Callable[..., Any]] = {
    "idf": lambda m: m.idf,
    "name_total": lambda m: m.name_total,
    "first_name": lambda m: m.first_name,
    "name_entry": lambda m: m.name_entry,
    "id_rank": lambda m: m.id_rank,
    "topic_ids": lambda m: m.topic_ids,
    "proper_ids": lambda m: m.proper_ids,
    **{f"{p}.{part}": (lambda m, p=p, part=part: getattr(getattr(m, p), part)) for p in _POSTINGS for part in ("starts", "items")},
}


def _write(path: Path, checker: Checker) -> bool:
    """Write the entry atomically; whether it was written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=SUFFIX)
        try:
            with os.fdopen(fd, "wb") as f:
                _dump(checker, f)
            os.replace(tmp, path)  # atomic: readers see the old entry or the new, never half
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        return False  # an unwritable cache is no cache
    return True


def _dump(checker: Checker, f) -> None:
    matcher, corpus = checker.matcher, checker.corpus
    crc, offset = 0, 0
    f.write(MAGIC)

    def put(data: bytes, align: int = 8) -> int:
        """Write `data`, aligned so that arrays of doubles map in place; where it starts."""
        nonlocal crc, offset
        pad = b"\0" * (-offset % align)
        for chunk in (pad, data):
            f.write(chunk)
            crc = zlib.crc32(chunk, crc)
            offset += len(chunk)
        return offset - len(data)

    arrays = {}
    for name, get in _ARRAYS.items():
        values = get(matcher)
        # An array as built, or a memoryview of a stored one.
        typecode = values.typecode if isinstance(values, array) else values.format
        data = values.tobytes()
        arrays[name] = (typecode, put(data), len(data))
    starts = array("q", [0])
    records_at = put(b"")
    for entry in matcher.entries:
        record = (entry.claim, entry.names, entry.name_vocabulary, entry.vocabulary, entry.proper_names, entry.figure)
        put(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL), align=1)
        starts.append(offset - records_at)
    arrays["record_starts"] = ("q", put(starts.tobytes()), len(starts) * starts.itemsize)
    header = {
        "format": CACHE_FORMAT,
        "crc": crc,
        "body": offset,
        "records": records_at,
        "arrays": arrays,
        "checker": {"threshold": checker.threshold, "name_weight": checker.name_weight, "min_precision": checker.min_precision},
        "corpus": {"root": corpus.root, "sources": corpus.sources},
        "matcher": {
            "name_weight": matcher.name_weight,
            "word_ids": matcher.word_ids,
            "max_idf": matcher.max_idf,
            "topics": matcher.topics,
            "topic_index": matcher.topic_index,
            "stem_of": matcher.stem_of,
            "proper_table": matcher.proper_table,
        },
    }
    data = pickle.dumps(header, protocol=pickle.HIGHEST_PROTOCOL)
    f.write(data)
    f.write(_TRAILER.pack(len(data), zlib.crc32(data)))


def _read(path: Path) -> Checker | None:
    try:
        with path.open("rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable, or empty (mmap refuses length 0)
        return None
    try:
        return _load(mapped)
    except Exception:  # noqa: BLE001 - a truncated, corrupt or foreign file is just a miss
        return None


def _load(mapped: mmap.mmap) -> Checker | None:
    size = len(mapped)
    if size < len(MAGIC) + _TRAILER.size or mapped[: len(MAGIC)] != MAGIC:
        return None
    header_size, header_crc = _TRAILER.unpack(mapped[size - _TRAILER.size :])
    header_at = size - _TRAILER.size - header_size
    if header_at < len(MAGIC) or zlib.crc32(mapped[header_at : size - _TRAILER.size]) != header_crc:
        return None
    header = pickle.loads(mapped[header_at : size - _TRAILER.size])
    if not isinstance(header, dict) or header.get("format") != CACHE_FORMAT or header["body"] + len(MAGIC) != header_at:
        return None
    body = memoryview(mapped)[len(MAGIC) : header_at]
    if zlib.crc32(body) != header["crc"]:
        return None
    arrays: dict[str, Any] = {name: body[at : at + length].cast(typecode) for name, (typecode, at, length) in header["arrays"].items()}
    records = body[header["records"] :]
    entries = _StoredEntries(records, arrays.pop("record_starts"))
    postings: dict[str, Any] = {p: Postings(arrays.pop(f"{p}.starts"), arrays.pop(f"{p}.items")) for p in _POSTINGS}
    matcher = Matcher(entries, **header["matcher"], **arrays, **postings)
    corpus = Corpus(header["corpus"]["root"], header["corpus"]["sources"], _StoredClaims(entries))
    return Checker(corpus, **header["checker"], matcher=matcher)


class _StoredEntries(Sequence):
    """The matcher's documented claims, unpickled from the mapped file as
    lookups reach them (and the most recent kept)."""

    def __init__(self, records: memoryview, starts: memoryview):
        self._records, self._starts = records, starts
        self._get = functools.lru_cache(maxsize=ENTRIES_KEPT)(self._unpickle)

    def _unpickle(self, index: int) -> _Entry:
        return _Entry(*pickle.loads(self._records[self._starts[index] : self._starts[index + 1]]))

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._get(index)


class _StoredClaims(Sequence):
    """The corpus's claims, as the stored entries hold them."""

    def __init__(self, entries: _StoredEntries):
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [e.claim for e in self._entries[index]]
        return self._entries[index].claim
