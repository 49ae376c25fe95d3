"""A cache of loaded, indexed corpora: faster, never wrong, never unsafe.

Loading a corpus means parsing its YAML with positions and building the
subject index (stemming every name and passage). For the shipped corpus
that is most of a cold lookup; for 100,000 claims it is half a minute.

What is keyed. Every file loading parses (sources/index.yaml and the
claims files) is read once; the key is a BLAKE2 digest of those very bytes,
of the corpus's absolute path (results name source files by absolute path)
and of the package's own source code, and the loader parses the same bytes.
An edit saved while a corpus loads therefore gives either the old content
under the old key or the new under the new, never one under the other's.
The key is also stored inside the entry and compared on reading, so an
entry copied or renamed from another corpus is not used.

What is trusted. An entry is data only: the matcher's flat arrays of
numbers, then each documented claim as a JSON record, then a JSON header
saying where everything is, with CRC-32 checksums of the body and of the
header; nothing in it is executed or names a class to build (the previous
format was a pickle, which runs whatever its writer put there). The
directory and the entry are used only if they belong to the user running
factcheck and no one else can write them, the entry is opened without
following a symlink and without blocking, and only a regular file is
read (a FIFO or device in its place is skipped, not waited on). Anything
else is a miss: the corpus is loaded from its files, and --verbose says why.

Reading maps the file into memory and checks the CRC (25 ms per 100 MB);
the arrays are used in place and a documented claim is decoded only when a
lookup needs it, so a 100,000-claim corpus starts in well under a second.

Entries are written atomically (a temporary file renamed into place); the
temporary files of writers that were killed (SIGKILL, SIGTERM, power loss)
are removed by the next writer. A cache directory that cannot be created or
written (read-only home, no HOME) only means no cache.

Where (settings.cache_dir_from): $FACTCHECK_CACHE_DIR, else
$XDG_CACHE_HOME/factcheck, else ~/.cache/factcheck. FACTCHECK_NO_CACHE=1
turns it off. Deleting the directory clears it.
"""

from __future__ import annotations

import functools
import json
import mmap
import os
import stat
import struct
import tempfile
import time
import zlib
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from .checking import Checker
from .corpus import (
    CorpusError,
    Claim,
    Corpus,
    CorpusFiles,
    Source,
    UnreadableFile,
    load_corpus,
    read_corpus_files,
)
from .figures import Figure
from .matching import Matcher, Postings, _Entry
from .quoting import QuoteIndex
from .settings import cache_dir_from

try:  # BLAKE2 without loading OpenSSL (hashlib's import costs ~10 ms of a cold start)
    from _blake2 import blake2b as _hash
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b as _hash

__all__ = ["load_checker", "cache_dir_from", "corpus_key", "entry_path"]

CACHE_FORMAT = 15  # 15: a race's "10k" is a number in a name; 14: the town of a named infirmary is a place; 13: the places the documents call neighbours; 12: ... and one written "27 minutes" is minutes; 11: a curated count written "four times the ..." is a multiple; 10: numbers in names include things called by a number ("the 42"); 9: the corpus's places and its things' places; 8: the quote index's other words as one list; 7: as a dict; 6: the quote index; 5: numbers in names; 4: the matcher's reference heads; 3: data only (JSON and raw arrays), key inside; 2 was a pickle
_POSTINGS = ("in_names", "in_passage_only", "name_postings", "topic_members")
# Documented claims kept decoded at once; a lookup touches a few hundred.
ENTRIES_KEPT = 50_000
# A temporary file this old has no live writer: writing the 100k-claim
# corpus's ~90 MB entry takes about a second.
STALE_SECONDS = 10 * 60
_TEMP_PREFIX = ".tmp-"


def _code_digest() -> bytes:
    """The package's own source: a stored index is only valid for the code that built it."""
    digest = _hash()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def _key_of(files: CorpusFiles) -> str | None:
    """A digest of the bytes loading parses, or None if one could not be read."""
    digest = _hash(f"factcheck cache {CACHE_FORMAT}\0{os.path.abspath(files.root)}\0".encode())
    try:
        digest.update(_code_digest())
    except OSError:
        return None
    for path, data in files.contents.items():
        if isinstance(data, UnreadableFile):
            return None
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def corpus_key(root: Path) -> str | None:
    """The key of the corpus at `root` as it is now, or None if it cannot be read."""
    return _key_of(read_corpus_files(Path(os.path.abspath(root))))


def entry_path(cache_dir: Path, root: Path, key: str) -> Path:
    """Where the entry for `key` lives: named after the corpus's place too,
    so that an edit's new entry can replace the corpus's old one."""
    place = _hash(os.path.abspath(root).encode(), digest_size=8).hexdigest()
    return cache_dir / f"{place}-{key}{SUFFIX}"


def load_checker(root: str | os.PathLike[str], cache_dir: Path | None = None, notes: list[str] | None = None) -> Checker:
    """The checker for the corpus at `root`, from the cache when it is current.

    Why a cache entry was not used or not written goes into `notes` (for --verbose)."""
    given = root = Path(root)
    if not root.is_dir():
        return Checker(load_corpus(root))  # raises CorpusError saying what is wrong
    root = Path(os.path.abspath(root))  # sources named the same from any directory, cached or not
    files = read_corpus_files(root)
    key = _key_of(files) if cache_dir is not None else None
    store = _Store.open(cache_dir, notes if notes is not None else []) if cache_dir is not None and key is not None else None
    path = entry_path(cache_dir, root, key) if store is not None and key is not None and cache_dir is not None else None
    if store is not None and path is not None and key is not None:
        cached = store.read(path.name, key)
        if cached is not None:
            return cached
    try:
        checker = Checker(load_corpus(root, files))  # raises CorpusError before anything is cached
    except CorpusError:
        if given.is_absolute():
            raise
        load_corpus(given)  # the same refusal, with paths as the user typed them
        raise
    if store is not None and path is not None and key is not None:
        checker.prepare()
        store.write(path.name, checker, key)
    return checker


# --- the directory ----------------------------------------------------------------


def _owned_and_private(info: os.stat_result) -> str | None:
    """Why a file or directory with this status is not to be trusted, or None."""
    if not hasattr(os, "geteuid"):  # pragma: no cover - not POSIX: no owners to compare (and no directory fd: no cache)
        return "cannot be checked for its owner on this system"
    if info.st_uid != os.geteuid():
        return f"belongs to uid {info.st_uid}, not to you (uid {os.geteuid()})"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"can be written by {'group and others' if info.st_mode & stat.S_IWOTH and info.st_mode & stat.S_IWGRP else 'others' if info.st_mode & stat.S_IWOTH else 'its group'} (mode {stat.S_IMODE(info.st_mode):o}; `chmod go-w` it)"
    return None


@dataclass
class _Store:
    """A trusted cache directory, held open so that what is checked is what is used."""

    path: Path
    fd: int
    notes: list[str]

    @classmethod
    def open(cls, path: Path, notes: list[str]) -> _Store | None:
        flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            try:
                fd = os.open(path, flags)
            except FileNotFoundError:
                os.makedirs(path, mode=0o700, exist_ok=True)
                fd = os.open(path, flags)
        except OSError as exc:
            notes.append(f"cache: not used: {path}: {exc.strerror or exc}")
            return None
        why = _owned_and_private(os.fstat(fd))
        if why is not None:
            os.close(fd)
            notes.append(f"cache: not used: the directory {path} {why}")
            return None
        store = cls(path, fd, notes)
        store._remove_stale_temporaries()  # on every run, not only the next miss: another run may have written the entry since
        return store

    def __del__(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass

    def read(self, name: str, key: str) -> Checker | None:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            if not stat.S_ISREG(os.stat(name, dir_fd=self.fd, follow_symlinks=False).st_mode):
                self.notes.append(f"cache: entry {self.path / name} not used: it is not a regular file")
                return None  # not even opened
            fd = os.open(name, flags, dir_fd=self.fd)
        except FileNotFoundError:
            return None
        except OSError as exc:  # ELOOP: a symlink in the entry's place
            self.notes.append(f"cache: entry {name} not used: {exc.strerror or exc}")
            return None
        try:
            info = os.fstat(fd)
            why = "is not a regular file" if not stat.S_ISREG(info.st_mode) else _owned_and_private(info)
            if why is not None:
                self.notes.append(f"cache: entry {self.path / name} not used: it {why}")
                return None
            if info.st_size == 0:
                return None
            mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None
        finally:
            os.close(fd)  # the mapping stays valid
        try:
            return _load(mapped, key)
        except Exception:  # noqa: BLE001 - a truncated, corrupt or foreign file is just a miss
            return None

    def write(self, name: str, checker: Checker, key: str) -> bool:
        """Write the entry atomically; whether it was written."""
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path, prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=SUFFIX)
            try:
                with os.fdopen(fd, "wb") as f:
                    _dump(checker, f, key)
                os.replace(tmp, self.path / name)  # atomic: readers see the old entry or the new, never half
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError as exc:
            self.notes.append(f"cache: entry not written: {exc.strerror or exc}")
            return False  # an unwritable cache is no cache
        self._remove_older(name)
        return True

    def _remove_older(self, name: str) -> None:
        """Delete the corpus's earlier entries: at 100k claims each is ~90 MB, and
        a corpus edited daily would otherwise fill the disk. (A process still
        using one keeps its mapping; the file goes when it exits.)"""
        place = name.split("-", 1)[0]
        for other in self.path.glob(f"{place}-*{SUFFIX}"):
            if other.name != name:
                try:
                    other.unlink()
                except OSError:
                    pass

    def _remove_stale_temporaries(self) -> None:
        """A writer killed mid-write leaves its temporary file; remove those
        whose writer is gone (by pid) or that are too old to have one."""
        try:
            names = [n for n in os.listdir(self.fd) if n.startswith(_TEMP_PREFIX)]
        except OSError:
            return
        now = time.time()
        for temp in names:
            try:
                info = os.stat(temp, dir_fd=self.fd, follow_symlinks=False)
                if now - info.st_mtime > STALE_SECONDS or not _alive(_writer_pid(temp)):
                    os.unlink(temp, dir_fd=self.fd)
            except OSError:
                pass


def _writer_pid(temp_name: str) -> int | None:
    head = temp_name[len(_TEMP_PREFIX) :].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False  # not named by this version: old enough to go
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


# --- the file ---------------------------------------------------------------------

SUFFIX = ".index"
MAGIC = b"factcheck index 4\n"
_TRAILER = struct.Struct("<QQ")  # the header's length and CRC-32, last in the file
_TYPECODES = {"d": 8, "i": 4, "q": 8}  # the only arrays an entry holds: doubles, ints, offsets
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
_CLAIM_FIELDS = [f.name for f in fields(Claim)]
_FIGURE_FIELDS = [f.name for f in fields(Figure)]
_SOURCE_FIELDS = [f.name for f in fields(Source)]


def _number(value: Decimal | str | None) -> object:
    """A figure's value as JSON: a Decimal as its exact string, a date as [string]."""
    if isinstance(value, Decimal):
        return str(value)
    return None if value is None else [value]


def _from_number(value: object) -> Decimal | str | None:
    if isinstance(value, list):
        return str(value[0])
    return None if value is None else Decimal(str(value))


def _record(entry: _Entry) -> bytes:
    claim, figure = entry.claim, entry.figure
    claim_row = [getattr(claim, f) for f in _CLAIM_FIELDS]
    claim_row[_CLAIM_FIELDS.index("value")] = _number(claim.value)
    figure_row = None
    if figure is not None:
        figure_row = [getattr(figure, f) for f in _FIGURE_FIELDS]
        figure_row[_FIGURE_FIELDS.index("value")] = _number(figure.value)
        figure_row[_FIGURE_FIELDS.index("precision")] = _number(figure.precision)
    record = [claim_row, entry.names, sorted(entry.name_vocabulary), sorted(entry.vocabulary), entry.proper_names, figure_row]
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()


def _entry_from(data: bytes) -> _Entry:
    claim_row, names, name_vocabulary, vocabulary, proper_names, figure_row = json.loads(data)
    claim = dict(zip(_CLAIM_FIELDS, claim_row))
    claim["value"] = _from_number(claim["value"])
    claim["aliases"] = tuple(claim["aliases"])
    figure = None
    if figure_row is not None:
        figure_fields = dict(zip(_FIGURE_FIELDS, figure_row))
        figure_fields["value"] = _from_number(figure_fields["value"])
        figure_fields["precision"] = _from_number(figure_fields["precision"])
        figure = Figure(**figure_fields)
    return _Entry(
        Claim(**claim),
        [(name, tokens) for name, tokens in names],
        frozenset(name_vocabulary),
        frozenset(vocabulary),
        tuple(tuple(run) for run in proper_names),
        figure,
    )


def _dump(checker: Checker, f, key: str) -> None:
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
        put(_record(entry), align=1)
        starts.append(offset - records_at)
    arrays["record_starts"] = ("q", put(starts.tobytes()), len(starts) * starts.itemsize)
    # The proper-name sets likewise, one JSON row each: at 100k claims the
    # whole table in the header was a third of a warm start's decoding.
    proper_starts = array("q", [0])
    proper_at = put(b"")
    for names in matcher.proper_table:
        put(json.dumps(names, ensure_ascii=False, separators=(",", ":")).encode(), align=1)
        proper_starts.append(offset - proper_at)
    arrays["proper_starts"] = ("q", put(proper_starts.tobytes()), len(proper_starts) * proper_starts.itemsize)
    header = {
        "format": CACHE_FORMAT,
        "key": key,
        "crc": crc,
        "body": offset,
        "records": records_at,
        "proper_rows": proper_at,
        "arrays": arrays,
        "checker": {"threshold": checker.threshold, "name_weight": checker.name_weight, "min_precision": checker.min_precision},
        "corpus": {
            "root": str(corpus.root),
            "sources": [[str(v) if isinstance(v, Path) else v for v in (getattr(s, f) for f in _SOURCE_FIELDS)] for s in corpus.sources.values()],
        },
        "matcher": {
            "name_weight": matcher.name_weight,
            "word_ids": matcher.word_ids,
            "max_idf": matcher.max_idf,
            "topics": matcher.topics,
            "topic_index": matcher.topic_index,
            "stem_of": matcher.stem_of,
            "heads": matcher.heads,
            "_named_numbers": sorted(matcher.numbers_in_names()),
            "_place_stems": sorted(matcher.places()),
            "_neighbour_stems": sorted(matcher.neighbours()),
            "_thing_places": sorted([list(run), sorted(places)] for run, places in matcher.places_of_things().items()),
            "quotes": matcher.quotes.by_word,
            "quotes_also": list(matcher.quotes.also),
        },
    }
    data = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    f.write(data)
    f.write(_TRAILER.pack(len(data), zlib.crc32(data)))


def _read(path: Path, key: str) -> Checker | None:
    """The checker stored at `path` if it is a sound entry for `key` (tests use this)."""
    store = _Store.open(path.parent, [])
    return store.read(path.name, key) if store is not None else None


def _load(mapped: mmap.mmap, key: str) -> Checker | None:
    size = len(mapped)
    if size < len(MAGIC) + _TRAILER.size or mapped[: len(MAGIC)] != MAGIC:
        return None
    header_size, header_crc = _TRAILER.unpack(mapped[size - _TRAILER.size :])
    header_at = size - _TRAILER.size - header_size
    if header_at < len(MAGIC) or zlib.crc32(mapped[header_at : size - _TRAILER.size]) != header_crc:
        return None
    header = json.loads(mapped[header_at : size - _TRAILER.size])
    if not isinstance(header, dict) or header.get("format") != CACHE_FORMAT or header.get("key") != key or header["body"] + len(MAGIC) != header_at:
        return None  # another format, or another corpus's (or another code's) entry under this name
    body = memoryview(mapped)[len(MAGIC) : header_at]
    if zlib.crc32(body) != header["crc"]:
        return None
    arrays: dict[str, Any] = {name: _array(body, typecode, at, length) for name, (typecode, at, length) in header["arrays"].items()}
    if set(arrays) != {*_ARRAYS, "record_starts", "proper_starts"}:
        return None
    records = body[header["records"] :]
    entries = _StoredEntries(records, arrays.pop("record_starts"))
    postings: dict[str, Any] = {p: Postings(arrays.pop(f"{p}.starts"), arrays.pop(f"{p}.items")) for p in _POSTINGS}
    stored = header["matcher"]
    # JSON has no tuples: each head's things back as (ids, stems), as built.
    stored["heads"] = {head: [(ids, stems) for ids, stems in things] for head, things in stored["heads"].items()}
    stored["_named_numbers"] = frozenset((word, number) for word, number in stored["_named_numbers"])
    stored["_place_stems"] = frozenset(stored["_place_stems"])
    stored["_neighbour_stems"] = frozenset(stored["_neighbour_stems"])
    stored["_thing_places"] = {tuple(run): frozenset(places) for run, places in stored["_thing_places"]}
    stored["quotes"] = QuoteIndex({word: tuple(ids) for word, ids in stored["quotes"].items()}, stored.pop("quotes_also"))
    stored["proper_table"] = _StoredProperNames(body[header["proper_rows"] :], arrays.pop("proper_starts"))
    matcher = Matcher(entries, **stored, **arrays, **postings)
    sources = {}
    for row in header["corpus"]["sources"]:
        source = dict(zip(_SOURCE_FIELDS, row))
        source["file"] = Path(source["file"])
        sources[source["id"]] = Source(**source)
    corpus = Corpus(Path(header["corpus"]["root"]), sources, _StoredClaims(entries))
    return Checker(corpus, **header["checker"], matcher=matcher)


def _array(body: memoryview, typecode: str, at: int, length: int) -> memoryview:
    """A stored array, checked to lie inside the body and to be of a known kind."""
    itemsize = _TYPECODES[typecode]
    if not (isinstance(at, int) and isinstance(length, int) and 0 <= at <= at + length <= len(body) and at % itemsize == 0 and length % itemsize == 0):
        raise ValueError("array out of bounds")
    return body[at : at + length].cast(typecode)  # type: ignore[call-overload] # typecode checked above


class _Records(Sequence):
    """Variable-length records in a mapped file, decoded as they are reached
    (the most recent kept); `_decode` says what a record is."""

    def __init__(self, records: memoryview, starts: memoryview):
        self._records, self._starts = records, starts
        self._get = functools.lru_cache(maxsize=ENTRIES_KEPT)(self._decode)

    def _raw(self, index: int) -> bytes:
        return bytes(self._records[self._starts[index] : self._starts[index + 1]])

    def _decode(self, index: int) -> Any:
        raise NotImplementedError

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


class _StoredEntries(_Records):
    """The matcher's documented claims, decoded from the mapped file as
    lookups reach them."""

    def _decode(self, index: int) -> _Entry:
        return _entry_from(self._raw(index))


class _StoredProperNames(_Records):
    """The matcher's table of distinct proper-name sets, each decoded when a
    proper-name check reaches it."""

    def _decode(self, index: int) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(run) for run in json.loads(self._raw(index)))


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
