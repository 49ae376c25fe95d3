"""Registering a new source document in a corpus: `factcheck add-source`.

The text is copied into `sources/` byte for byte and its index entry written
with the SHA-256 of those bytes, so `validate` accepts it at once. Metadata
comes only from the curator (--title, --publisher...) or from the document's
own dateline; whatever neither gives is "unknown". Nothing is guessed.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import INDEX, MAX_SOURCE_BYTES, SLUG, SOURCE_KINDS, UnreadableFile, bundled_corpus_dir, read_corpus, read_regular_file
from .figures import parse_figures

__all__ = ["AddSourceError", "AddedSource", "Dateline", "add_source", "find_dateline", "slug_from"]

# A dateline sits at the top of a press release or letter; past this many
# lines a lone date is part of the body (an event, a deadline), not the
# document's own date.
DATELINE_MAX_LINE = 15
# Words allowed on a dateline beside the date: a weekday, a place in
# capitals, "Published:", "For immediate release"... no more than this many.
DATELINE_MAX_WORDS = 4
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SHORT_DATELINE = re.compile(
    r"(?P<date>(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?\s+(?P<year>\d{2}|\d{4}))"
    r"(?:\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_DATE_PATTERN = re.compile(r"^(unknown|\d{4}(-\d{2}(-\d{2})?)?)$")
_URL_PATTERN = re.compile(r"^(unknown|https?://\S+)$")
CLAIMS_FILE_HEADER = "# yaml-language-server: $schema=schema/claims.schema.json\n"
INDEX_HEADER = (
    "# yaml-language-server: $schema=../schema/sources.schema.json\n"
    "#\n"
    "# The source documents of the claims corpus; see claims/README.md.\n"
)


class AddSourceError(Exception):
    """The document cannot be registered as asked; the message says why."""


@dataclass(frozen=True)
class Dateline:
    """A date printed on its own at the top of the document."""

    value: str  # ISO 8601
    as_written: str
    line: int


@dataclass(frozen=True)
class AddedSource:
    id: str
    text_path: Path
    index_path: Path
    claims_path: Path
    sha256: str
    entry: dict[str, str]
    dateline: Dateline | None
    notes: list[str] = field(default_factory=list)  # what the curator should know, for stderr

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "file": str(self.text_path),
            "index": str(self.index_path),
            "claims_file": str(self.claims_path),
            "sha256": self.sha256,
            "entry": self.entry,
            "dateline": None if self.dateline is None else {"value": self.dateline.value, "as_written": self.dateline.as_written, "line": self.dateline.line},
        }


def slug_from(name: str) -> str:
    """A source or topic id from free text: lowercase words joined by hyphens."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "-".join(words)[:128].strip("-")


def find_dateline(text: str) -> Dateline | None:
    """The document's own date, when a line near the top is a full date and
    little else ("3 March 2026", "LONDON, Tuesday 3 March 2026 -", a news
    site's "14th Feb 18 8:55 am")."""
    for number, line in enumerate(text.splitlines()[:DATELINE_MAX_LINE], 1):
        short = _SHORT_DATELINE.fullmatch(line.strip())
        if short is not None:
            return _short_dateline(short, number)
        dates = [f for f in parse_figures(line) if f.unit == "date" and isinstance(f.value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value)]
        if len(dates) != 1:
            continue
        date = dates[0]
        before, after = line[: date.start], line[date.end :]
        # "EMBARGOED UNTIL 00:01 TUESDAY 10 MARCH 2026": a time may precede the date.
        before = _TIME.sub(" ", before)
        if re.search(r"\d", before) or len(re.findall(r"[^\W\d_]+", before)) > DATELINE_MAX_WORDS:
            continue
        if after.strip() and not re.match(r"\s*[-\u2013\u2014:|]", after):
            continue
        return Dateline(str(date.value), date.text, number)
    return None


def _short_dateline(m: re.Match[str], number: int) -> Dateline | None:
    """"14th Feb 18 8:55 am": a two-digit year is this century's, as the
    shipped corpus reads "10th Aug 22 12:21 pm" (2022-08-10)."""
    month = _MONTHS.index(m.group("month")[:3].lower()) + 1
    year = int(m.group("year"))
    year += 2000 if year < 100 else 0
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return Dateline(f"{year:04d}-{month:02d}-{day:02d}", m.group("date"), number)


def add_source(
    root: Path,
    file: Path,
    source_id: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    kind: str | None = None,
    date: str | None = None,
    url: str | None = None,
    description: str | None = None,
) -> AddedSource:
    """Copy `file` into the corpus at `root` and register it; raises
    AddSourceError (nothing written) when it cannot."""
    raw = _read_document(file)
    text = raw.decode("utf-8-sig")
    digest = hashlib.sha256(raw).hexdigest()
    sid = source_id or slug_from(file.stem)
    _check_arguments(sid, kind, date, url)
    index_path = root / INDEX
    registered = _registered(root) if index_path.exists() else {}
    for other_id, (other_sha, other_file) in registered.items():
        if other_sha == digest:
            raise AddSourceError(f"error: {file}: already registered as source {other_id!r} ({other_file}, same SHA-256 {digest[:12]}...)")
    if sid in registered:
        raise AddSourceError(f"error: source id {sid!r} is already in {index_path}; pass another with --id")
    text_path = root / "sources" / f"{sid}.txt"
    claims_path = root / f"{sid}.yaml"
    for path in (text_path, claims_path):
        if path.exists():
            raise AddSourceError(f"error: {path} already exists; pass another id with --id")
    notes: list[str] = []
    dateline = find_dateline(text)
    entry = {
        "id": sid,
        "file": f"sources/{sid}.txt",
        "sha256": digest,
        "kind": kind or "other",
        "title": title or "unknown",
        "publisher": publisher or "unknown",
        "date": date or "unknown",
        "url": url or "unknown",
        "received_as": file.name,
    }
    if description:
        entry["description"] = description  # the curator's own words, never the document's
    if date is None and dateline is not None:
        entry["date"] = dateline.value
        entry["date_as_written"] = dateline.as_written
        notes.append(f"date {dateline.value} read from the dateline {dateline.as_written!r} on line {dateline.line} of {file.name}; pass --date to give another")
    elif date is None:
        notes.append(f"no dateline in {file.name}: date is unknown (pass --date YYYY-MM-DD if the document gives one)")
    for name, value in (("title", title), ("publisher", publisher), ("url", url)):
        if value is None:
            notes.append(f"{name} is unknown (pass --{name} if the document gives it)")
    if kind is None:
        notes.append("kind is 'other' (pass --kind: " + ", ".join(SOURCE_KINDS) + ")")
    _write_all(root, raw, text_path, index_path, claims_path, entry)
    return AddedSource(sid, text_path, index_path, claims_path, digest, entry, dateline if date is None else None, notes)


def _write_all(root: Path, raw: bytes, text_path: Path, index_path: Path, claims_path: Path, entry: dict[str, str]) -> None:
    """Write the text, the index entry and the claims file, or none of them."""
    if root.exists() and not root.is_dir():
        raise AddSourceError(f"error: {root}: not a directory; --claims takes the claims directory (the one holding sources/index.yaml)")
    index_before = index_path.read_bytes() if index_path.exists() else None
    try:
        text_path.parent.mkdir(parents=True, exist_ok=True)
        text_path.write_bytes(raw)
        _append_index_entry(index_path, entry)
        claims_path.write_text(CLAIMS_FILE_HEADER + "claims: []\n", encoding="utf-8")
    except OSError as exc:
        for path in (text_path, claims_path):
            path.unlink(missing_ok=True)
        if index_before is not None:
            index_path.write_bytes(index_before)
        raise AddSourceError(f"error: cannot write to {exc.filename or root}: {exc.strerror or exc}") from None


def _read_document(file: Path) -> bytes:
    # The corpus's own reader: regular files only (a FIFO would wait for a
    # writer forever), within the size a source text may have.
    if not file.exists():
        raise AddSourceError(f"error: {file}: no such file")
    if file.is_dir():
        raise AddSourceError(f"error: {file}: is a directory; add-source takes one text file")
    try:
        raw = read_regular_file(file, MAX_SOURCE_BYTES, "source texts", "")
    except UnreadableFile as exc:
        raise AddSourceError(f"error: {file}: {exc}") from None
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AddSourceError(f"error: {file}:{line}:{column}: not UTF-8 (byte 0x{raw[exc.start]:02x}); save the document as UTF-8 text first") from None
    if not raw.strip():
        raise AddSourceError(f"error: {file}: is empty")
    return raw


def _check_arguments(sid: str, kind: str | None, date: str | None, url: str | None) -> None:
    if not SLUG.fullmatch(sid):
        raise AddSourceError(f"error: source id {sid!r} must be a slug: lowercase letters, digits and hyphens (pass --id)")
    if kind is not None and kind not in SOURCE_KINDS:
        raise AddSourceError(f"error: --kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    if date is not None and not _DATE_PATTERN.fullmatch(date):
        raise AddSourceError(f"error: --date {date!r} must be YYYY, YYYY-MM, YYYY-MM-DD or unknown")
    if url is not None and not _URL_PATTERN.fullmatch(url):
        raise AddSourceError(f"error: --url {url!r} must start with http:// or https:// (or be unknown)")


def _registered(root: Path) -> dict[str, tuple[str, str]]:
    """id -> (sha256 of the text as it is now, file) of the registered sources.
    The text's own hash, not the index's: a document edited since it was
    registered is still the document it was."""
    corpus, problems = read_corpus(root)
    unreadable = [p for p in problems if p.path.endswith(str(INDEX)) and "no claims files" not in p.message]
    if not corpus.sources and unreadable:
        raise AddSourceError(f"error: cannot read the source index: {unreadable[0]}")
    out = {}
    for sid, source in corpus.sources.items():
        try:
            out[sid] = (hashlib.sha256(source.file.read_bytes()).hexdigest(), str(source.file))
        except OSError:
            out[sid] = (source.sha256, str(source.file))
    return out


def _copy_schemas(root: Path) -> None:
    """A new corpus gets the JSON Schemas its files' modelines point to."""
    schemas = root / "schema"
    if schemas.exists():
        return
    schemas.mkdir()
    for name in ("claims.schema.json", "sources.schema.json"):
        shutil.copyfile(bundled_corpus_dir() / "schema" / name, schemas / name)


def _append_index_entry(index_path: Path, entry: dict[str, str]) -> None:
    """Append the entry as text, so the index's comments and layout stay as
    the curators wrote them."""
    lines = [f"  - id: {entry['id']}"]
    lines += [f"    {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in entry.items() if key != "id"]
    block = "\n".join(lines) + "\n"
    if not index_path.exists():
        index_path.parent.mkdir(parents=True, exist_ok=True)
        index_path.write_text(INDEX_HEADER + "sources:\n" + block, encoding="utf-8")
        _copy_schemas(index_path.parent.parent)
        return
    text = index_path.read_text(encoding="utf-8")
    if re.search(r"^sources:\s*\[\]\s*$", text, re.MULTILINE):
        text = re.sub(r"^sources:\s*\[\]\s*$", "sources:", text, count=1, flags=re.MULTILINE)
    if not text.endswith("\n"):
        text += "\n"
    index_path.write_text(text + block, encoding="utf-8")

