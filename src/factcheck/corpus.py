"""The claims corpus: source documents and the figures cited from them.

A corpus is a directory:

    sources/index.yaml   the documents (id, title, publisher, date, sha256...)
    sources/*.txt        their text, exactly as received
    *.yaml               claims: one figure of one document each

Loading is strict about structure (types, required fields, ids, source
references, paths that stay inside the directory) because a checker that
half-loads a corpus gives wrong answers quietly. The slower checks of the
content (passages verbatim, figures parse to their values, hashes) live in
`factcheck.validation`.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
import stat
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from .figures import DURATION_UNITS, MONEY_UNITS, QUALIFIERS, Figure, parse_figures
from .lazy import regex
from .reading import read_period
from .settings import INDEX, bundled_corpus_dir, resolve_corpus_dir
from .yamlsafe import Loaded, YamlError, load_yaml

__all__ = [
    "Claim",
    "Source",
    "Corpus",
    "CorpusError",
    "Problem",
    "read_corpus",
    "load_corpus",
    "resolve_corpus_dir",
    "bundled_corpus_dir",
    "normalise_text",
    "UNITS",
    "CorpusFiles",
    "read_corpus_files",
    "read_regular_file",
    "UnreadableFile",
]

UNITS = (*MONEY_UNITS, "count", "percent", "percentage points", *DURATION_UNITS, "date")
SOURCE_KINDS = ("news_article", "letter", "web_page", "report", "press_release", "transcript", "other")
CLAIM_FIELDS = {
    "id", "topic", "subject", "aliases", "figure", "value", "unit", "qualifier",
    "period", "as_of", "source", "passage", "note",
}
CLAIM_REQUIRED = ("id", "topic", "subject", "figure", "value", "unit", "source", "passage")
SOURCE_FIELDS = {
    "id", "file", "sha256", "kind", "title", "description", "publisher", "date",
    "date_as_written", "url", "received_as",
}
SOURCE_REQUIRED = ("id", "file", "sha256", "kind", "title", "publisher", "date", "url")
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")
# Claims files larger than this are refused before parsing: a corpus is text
# curated by hand, and PyYAML's node graph costs ~100x the file size.
MAX_FILE_BYTES = 20 * 1024 * 1024
# A source text is a document as received: the shipped ones are under
# 100 KB. Past this it is not one, and reading it would only use up memory.
MAX_SOURCE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the corpus, at a place in a file.

    >>> str(Problem("claims/letter.yaml", 12, 5, "unknown source 'x'"))
    "claims/letter.yaml:12:5: unknown source 'x'"
    """

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class CorpusError(Exception):
    """The corpus cannot be used; carries every problem found (`.problems`),
    and says the first as `file:line:col: message`.

    >>> import factcheck
    >>> try:
    ...     factcheck.load("no-such-dir")
    ... except factcheck.CorpusError as exc:
    ...     print(exc)
    no-such-dir:1:1: claims directory does not exist; pass --claims DIR or set $FACTCHECK_CLAIMS
    """

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more; run `factcheck validate` to list them)" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}")


@dataclass(frozen=True)
class Source:
    """One source document: its text and what is known of it ("unknown"
    where it is not).

    >>> import factcheck
    >>> factcheck.load().corpus.sources["mayor-letter-pidgeon-2018-07"].date
    '2018-07-16'
    """

    id: str
    file: Path  # absolute path of the text as read
    sha256: str
    kind: str
    title: str
    publisher: str
    date: str
    url: str
    description: str = ""
    date_as_written: str | None = None
    received_as: str | None = None
    line: int = 1  # where it is declared in sources/index.yaml

    @property
    def label(self) -> str:
        """How to name the document to a reader: its title, else our description."""
        return self.title if self.title != "unknown" else (self.description or self.id)

    @property
    def known_publisher(self) -> str:
        """Who published the document, or "" where that is unknown."""
        return self.publisher if self.publisher != "unknown" else ""

    def text(self) -> str:
        return self.file.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Claim:
    """One figure of one source document, with the passage it stands in.

    >>> import factcheck
    >>> claim = factcheck.load().corpus.claim("ylf-total-letter")
    >>> claim.figure, claim.passage
    ('£45m', 'In February I announced a new £45m Young Londoners Fund.')
    """

    id: str
    topic: str
    subject: str
    figure: str
    value: Decimal | str
    unit: str
    source: str
    passage: str
    aliases: tuple[str, ...] = ()
    qualifier: str = "exact"
    period: str | None = None
    as_of: str | None = None
    note: str | None = None
    file: str = ""  # the claims file it was read from, relative to the corpus
    line: int = 1

    @property
    def names(self) -> tuple[str, ...]:
        return (self.subject, *self.aliases)

    def documented_figure(self) -> Figure:
        """The claim's figure as a `Figure`, read from its passage so that the
        precision it was written at is known; the curated fields win."""
        parsed = figure_in_passage(self)
        # "four times the size of ...", "27 minutes", curated as a count: a
        # multiple or a stretch of minutes, as the same words in a sentence
        # are read (not a count of anything).
        read_as = parsed.unit if parsed is not None and parsed.unit in COUNTED_OTHERWISE and self.unit == "count" else None
        return Figure(
            text=self.figure,
            start=parsed.start if parsed else 0,
            end=parsed.end if parsed else 0,
            value=self.value,
            unit=read_as or self.unit,
            category="measure" if read_as == "times" else None,
            qualifier=self.qualifier,
            period=self.pinned_period(),
            precision=parsed.precision if parsed else None,
            significant=parsed.significant if parsed else None,
            vague=parsed.vague if parsed else False,
        )


    def pinned_period(self) -> str | None:
        """The period, or the window its `as_of` pins it to where the period
        names no date: "in the quarter", as of "2025-01/2025-03", is January to
        March 2025, as a sentence's "between January and March" is read."""
        if self.period and _A_TIME_LIMIT.fullmatch(self.period.strip()):
            # "within 24 hours": the limit a share met, part of what it
            # measures (as a sentence's is read), not a stretch it covers.
            return self.as_of if self.as_of and "/" in self.as_of else None
        if not self.period or not self.as_of or "/" not in self.as_of:
            return self.period
        read = read_period(self.period)
        if read is None or read.kind != "window" or read.key[:1].isdigit() or read.key.startswith(("--", "this ", "last ", "next ")):
            return self.period
        return self.as_of


# A period written as a time limit: "within 24 hours", "within five minutes".
_A_TIME_LIMIT = regex(r"within\s{1,3}[\w-]{1,12}\s{1,3}(?:hours?|minutes?|seconds?)", re.I)

# Units a curator could only record as a count: a multiple, and minutes (a duration the schema lacks).
COUNTED_OTHERWISE = frozenset({"times", "minutes"})


def figure_span(claim: Claim) -> tuple[int, int] | None:
    """Where the claim's figure, as written, first stands in its passage."""
    at = claim.passage.find(claim.figure)
    return (at, at + len(claim.figure)) if at >= 0 else None


def figure_in_passage(claim: Claim) -> Figure | None:
    """The checker's own reading of the claim's figure in its passage."""
    span = figure_span(claim)
    if span is None:
        return None
    at, end = span
    overlapping = [f for f in parse_figures(claim.passage) if f.start < end and at < f.end]
    # Prefer the parsed figure whose unit is the claim's (a day-and-month
    # inside a longer date, say), then the longest.
    overlapping.sort(key=lambda f: (f.unit != claim.unit, -(f.end - f.start)))
    return overlapping[0] if overlapping else None


@dataclass
class Corpus:
    """The documents (`sources`, by id) and the figures cited from them (`claims`).

    >>> import factcheck
    >>> corpus = factcheck.load().corpus
    >>> corpus.claim("ylf-total-letter") in corpus.claims_of("mayor-letter-pidgeon-2018-07")
    True
    """

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    claims: Sequence[Claim] = field(default_factory=list)  # a list, or the cache's lazily read claims

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def claims_of(self, source_id: str) -> list[Claim]:
        return [c for c in self.claims if c.source == source_id]

    def claim_counts(self) -> dict[str, int]:
        """Claims per source id, in one pass (not one pass per source)."""
        counts = dict.fromkeys(self.sources, 0)
        for c in self.claims:
            counts[c.source] = counts.get(c.source, 0) + 1
        return counts

    def claim_files(self) -> list[Path]:
        return _claim_files(self.root)


# --- reading ------------------------------------------------------------------------


def _claim_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*.yaml") if p.is_file())


class UnreadableFile(Exception):
    """A corpus file that cannot be used as it is: the reason, said to the user."""


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES, what: str = "claims files", advice: str = " (split it by source document)") -> bytes:
    """The bytes of a regular file of at most `limit` bytes, read once.

    Opened without blocking and checked on the open descriptor, so a FIFO
    (which would wait for a writer forever) or a device such as /dev/zero
    (which never ends) is refused, not read."""
    refusal = "not a regular file (a FIFO, device or socket); a corpus holds only regular files"
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnreadableFile(refusal)  # not even opened: opening some devices does something
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as f:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):  # swapped in since the stat above
                raise UnreadableFile(refusal)
            size = info.st_size
            data = f.read(limit + 1) if size <= limit else b""  # it may grow between fstat and read
        except OSError as exc:
            raise UnreadableFile(f"cannot read: {exc.strerror or exc}") from None
    if size > limit or len(data) > limit:
        mb = 1024 * 1024
        raise UnreadableFile(f"file is {max(size, len(data)) // mb} MB; {what} are limited to {limit // mb} MB{advice}")
    return data


@dataclass(frozen=True)
class CorpusFiles:
    """Every file loading parses, read once: the index and the claims files,
    each as its bytes or the reason it could not be read. The cache key is
    made from these very bytes and the loader parses them, so an edit made
    while a corpus loads can never file one content under another's key."""

    root: Path
    contents: dict[Path, bytes | UnreadableFile]  # the index first, then claims files in order

    @property
    def claim_files(self) -> list[Path]:
        return [p for p in self.contents if p != self.root / INDEX]


def read_corpus_files(root: str | os.PathLike[str]) -> CorpusFiles:
    root = Path(root)
    contents: dict[Path, bytes | UnreadableFile] = {}
    for path in [root / INDEX, *_claim_files(root)]:
        try:
            contents[path] = read_regular_file(path)
        except UnreadableFile as exc:
            contents[path] = exc
    return CorpusFiles(root, contents)


def _rel(root: Path, path: Path) -> str:
    """`path` as the user would type it: under the corpus path as they gave
    it (`--claims tmp/gc` gives tmp/gc/sources/index.yaml); an absolute
    corpus path (the bundled one, $FACTCHECK_CLAIMS) shortened to its name."""
    if not root.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(root.parent)) if root.name else str(path)
    except ValueError:
        return str(path)


def _read_yaml(root: Path, path: Path, problems: list[Problem], files: CorpusFiles | None = None) -> Loaded | None:
    shown = _rel(root, path)
    raw = files.contents.get(path) if files is not None else None
    try:
        if raw is None:
            raw = read_regular_file(path)
        elif isinstance(raw, UnreadableFile):
            raise raw
    except UnreadableFile as exc:
        problems.append(Problem(shown, 1, 1, str(exc)))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.append(Problem(shown, line, column, f"not UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"))
        return None
    try:
        return load_yaml(text)
    except YamlError as exc:
        problems.append(Problem(shown, exc.line, exc.column, exc.message))
        return None


def _inside(root: Path, relative: str) -> Path | None:
    """`relative` resolved under root, or None if it would leave it (../, absolute, symlink out)."""
    if not relative or os.path.isabs(relative) or relative.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", relative):
        return None
    candidate = root / relative
    try:
        resolved = candidate.resolve()
        root_resolved = root.resolve()
    except (OSError, RuntimeError):
        return None
    if resolved != root_resolved and root_resolved not in resolved.parents:
        return None
    return candidate


def _type_name(value: object) -> str:
    return {str: "a string", int: "a number", float: "a number", bool: "true/false", list: "a list", dict: "a mapping", type(None): "empty"}.get(type(value), type(value).__name__)


def _check_fields(
    entry: dict, required: tuple[str, ...], allowed: set[str], what: str, loaded: Loaded, path: tuple, shown: str, problems: list[Problem]
) -> bool:
    ok = True
    for key in entry:
        if key not in allowed:
            line, col = loaded.where_key(path + (key,))
            problems.append(Problem(shown, line, col, f"unknown field {key!r} in {what} (allowed: {', '.join(sorted(allowed))})"))
            ok = False
    for key in required:
        if key not in entry:
            line, col = loaded.where(path)
            problems.append(Problem(shown, line, col, f"{what} is missing required field {key!r}"))
            ok = False
    return ok


def _read_sources(root: Path, problems: list[Problem], files: CorpusFiles | None = None) -> dict[str, Source]:
    index = root / INDEX
    shown = _rel(root, index)
    if not os.path.lexists(index):
        problems.append(Problem(shown, 1, 1, "no source index: a corpus needs sources/index.yaml listing its documents"))
        return {}
    loaded = _read_yaml(root, index, problems, files)
    if loaded is None:
        return {}
    data = loaded.data
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        problems.append(Problem(shown, *loaded.where(()), "expected a mapping with a 'sources' list"))
        return {}
    sources: dict[str, Source] = {}
    for i, entry in enumerate(data["sources"]):
        path = ("sources", i)
        line, col = loaded.where(path)
        if not isinstance(entry, dict):
            problems.append(Problem(shown, line, col, f"each source must be a mapping, got {_type_name(entry)}"))
            continue
        if not _check_fields(entry, SOURCE_REQUIRED, SOURCE_FIELDS, "source", loaded, path, shown, problems):
            continue
        bad = [k for k in SOURCE_FIELDS if k in entry and not isinstance(entry[k], str)]
        for k in bad:
            problems.append(Problem(shown, *loaded.where(path + (k,)), f"source field {k!r} must be a string, got {_type_name(entry[k])} (quote it)"))
        if bad:
            continue
        sid = entry["id"]
        if not SLUG.fullmatch(sid):
            problems.append(Problem(shown, *loaded.where(path + ("id",)), f"source id {sid!r} must be a slug: lowercase letters, digits and hyphens"))
            continue
        if sid in sources:
            problems.append(Problem(shown, *loaded.where(path + ("id",)), f"duplicate source id {sid!r} (first declared at line {sources[sid].line})"))
            continue
        if entry["kind"] not in SOURCE_KINDS:
            problems.append(Problem(shown, *loaded.where(path + ("kind",)), f"source kind {entry['kind']!r} is not one of {', '.join(SOURCE_KINDS)}"))
        file = _inside(root, entry["file"])
        if file is None:
            problems.append(Problem(shown, *loaded.where(path + ("file",)), f"source file {entry['file']!r} is outside the claims directory; give a path relative to it, like sources/{sid}.txt"))
            continue
        if not file.is_file():
            problems.append(Problem(shown, *loaded.where(path + ("file",)), f"source file {entry['file']!r} does not exist"))
            continue
        sources[sid] = Source(
            id=sid,
            file=file,
            sha256=entry["sha256"],
            kind=entry["kind"],
            title=entry["title"],
            publisher=entry["publisher"],
            date=entry["date"],
            url=entry["url"],
            description=entry.get("description", ""),
            date_as_written=entry.get("date_as_written"),
            received_as=entry.get("received_as"),
            line=line,
        )
    return sources


def _convert_value(raw: object, unit: str) -> Decimal | str | None:
    if unit == "date":
        return raw if isinstance(raw, str) else (str(raw) if isinstance(raw, int) and not isinstance(raw, bool) else None)
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or (isinstance(raw, float) and not math.isfinite(raw)):
        return None  # .nan and .inf are YAML floats, but no document's figure
    return Decimal(str(raw))


def _read_claims_file(
    root: Path, path: Path, sources: dict[str, Source], seen: dict[str, tuple[str, int]], problems: list[Problem], files: CorpusFiles | None = None
) -> list[Claim]:
    shown = _rel(root, path)
    loaded = _read_yaml(root, path, problems, files)
    if loaded is None:
        return []
    data = loaded.data
    if data is None:
        problems.append(Problem(shown, 1, 1, "empty claims file; write `claims: []` or remove the file"))
        return []
    if not isinstance(data, dict) or "claims" not in data:
        problems.append(Problem(shown, *loaded.where(()), "expected a mapping with a 'claims' list at the top"))
        return []
    extra = [k for k in data if k != "claims"]
    for k in extra:
        problems.append(Problem(shown, *loaded.where_key((k,)), f"unknown top-level field {k!r} (only 'claims' is allowed)"))
    if not isinstance(data["claims"], list):
        problems.append(Problem(shown, *loaded.where(("claims",)), f"'claims' must be a list, got {_type_name(data['claims'])}"))
        return []
    out: list[Claim] = []
    for i, entry in enumerate(data["claims"]):
        path_ = ("claims", i)
        line, col = loaded.where(path_)
        if not isinstance(entry, dict):
            problems.append(Problem(shown, line, col, f"each claim must be a mapping, got {_type_name(entry)}"))
            continue
        ok = _check_fields(entry, CLAIM_REQUIRED, CLAIM_FIELDS, "claim", loaded, path_, shown, problems)
        for key in ("id", "topic", "subject", "figure", "unit", "qualifier", "period", "as_of", "source", "passage", "note"):
            if key in entry and not isinstance(entry[key], str):
                problems.append(Problem(shown, *loaded.where(path_ + (key,)), f"{key!r} must be a string, got {_type_name(entry[key])}"))
                ok = False
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problems.append(Problem(shown, *loaded.where(path_ + ("aliases",)), "'aliases' must be a list of strings"))
            ok = False
        if not ok:
            continue
        for key in ("id", "topic"):
            if not SLUG.fullmatch(entry[key]):
                problems.append(Problem(shown, *loaded.where(path_ + (key,)), f"{key} {entry[key]!r} must be a slug: lowercase letters, digits and hyphens"))
                ok = False
        unit = entry["unit"]
        if unit not in UNITS:
            problems.append(Problem(shown, *loaded.where(path_ + ("unit",)), f"unit {unit!r} is not one of {', '.join(UNITS)}"))
            ok = False
        qualifier = entry.get("qualifier", "exact")
        if qualifier not in QUALIFIERS:
            problems.append(Problem(shown, *loaded.where(path_ + ("qualifier",)), f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}"))
            ok = False
        value = _convert_value(entry["value"], unit)
        if value is None and unit in UNITS:
            want = "an ISO 8601 date string such as \"2017-06\"" if unit == "date" else "a finite number"
            got = entry["value"] if isinstance(entry["value"], float) else _type_name(entry["value"])
            problems.append(Problem(shown, *loaded.where(path_ + ("value",)), f"value must be {want}, got {got}"))
            ok = False
        if entry["source"] not in sources:
            known = ", ".join(sorted(sources)) or "none"
            problems.append(Problem(shown, *loaded.where(path_ + ("source",)), f"unknown source {entry['source']!r} (known: {known})"))
            ok = False
        cid = entry["id"]
        if cid in seen:
            first_file, first_line = seen[cid]
            problems.append(Problem(shown, *loaded.where(path_ + ("id",)), f"duplicate claim id {cid!r} (first at {first_file}:{first_line})"))
            ok = False
        else:
            seen[cid] = (shown, loaded.where(path_ + ("id",))[0])
        if not ok:
            continue
        out.append(
            Claim(
                id=cid,
                topic=entry["topic"],
                subject=entry["subject"],
                figure=entry["figure"],
                value=value,  # type: ignore[arg-type]
                unit=unit,
                source=entry["source"],
                passage=entry["passage"],
                aliases=tuple(aliases),
                qualifier=qualifier,
                period=entry.get("period"),
                as_of=entry.get("as_of"),
                note=entry.get("note"),
                file=shown,
                line=line,
            )
        )
    return out


def read_corpus(root: str | os.PathLike[str], files: CorpusFiles | None = None) -> tuple[Corpus, list[Problem]]:
    """Read a corpus directory, collecting every structural problem found;
    from `files` when they were read already (see CorpusFiles)."""
    root = Path(root)
    problems: list[Problem] = []
    if not root.exists():
        return Corpus(root), [Problem(str(root), 1, 1, "claims directory does not exist; pass --claims DIR or set $FACTCHECK_CLAIMS")]
    if not root.is_dir():
        return Corpus(root), [Problem(str(root), 1, 1, "not a directory; --claims takes the claims directory (the one holding sources/index.yaml)")]
    sources = _read_sources(root, problems, files)
    claims: list[Claim] = []
    corpus = Corpus(root, sources, claims)
    claim_files = files.claim_files if files is not None else _claim_files(root)
    if not claim_files and not problems:
        problems.append(Problem(_rel(root, root), 1, 1, "no claims files (*.yaml) in the claims directory"))
    seen: dict[str, tuple[str, int]] = {}
    for path in claim_files:
        if path.is_symlink() and _inside(root, path.name) is None:
            problems.append(Problem(_rel(root, path), 1, 1, "claims file is a symlink pointing outside the claims directory"))
            continue
        claims.extend(_read_claims_file(root, path, sources, seen, problems, files))
    return corpus, problems


def load_corpus(root: str | os.PathLike[str], files: CorpusFiles | None = None) -> Corpus:
    """Read the corpus at `root` (no cache, no search: see `factcheck.load`),
    raising CorpusError if it cannot be used as it is. `files` are its
    files' bytes when the caller has read them already (the cache key is
    made from the very bytes parsed).

    >>> from factcheck import load_corpus
    >>> from factcheck.settings import bundled_corpus_dir
    >>> "mayor-letter-pidgeon-2018-07" in load_corpus(bundled_corpus_dir()).sources
    True
    """
    corpus, problems = read_corpus(root, files)
    if problems:
        raise CorpusError(problems)
    return corpus


# --- text normalisation shared by validation and display ---------------------------------

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"'})
_SPACES = re.compile(r"\s+")
_QUOTE_PAIRS = [(chr(curly), straight) for curly, straight in _QUOTES.items()]


def normalise_text(text: str) -> str:
    """Whitespace (line wraps, non-breaking spaces) collapsed and quotes straightened."""
    # str.replace per quote and split/join are C loops: on a 10 MB source
    # text, translate() with a dict and re.sub took 2.7 s and 1.5 s. Same
    # result: split() and \s both mean str.isspace().
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return _collapse_spaces(text)


# split() makes a list of every word: ~55 bytes a word, 440 MB for a 50 MB
# source text. A megabyte at a time keeps that to ~10 MB.
_CHUNK = 1024 * 1024


def _collapse_spaces(text: str, chunk: int = _CHUNK) -> str:
    """`" ".join(text.split())`, a chunk at a time; words cut by a chunk's end join up again."""
    if len(text) <= chunk:
        return " ".join(text.split())
    out: list[str] = []
    space_before = False  # whitespace seen since the last word written
    for at in range(0, len(text), chunk):
        piece = text[at : at + chunk]
        words = " ".join(piece.split())
        if not words:
            space_before = True
            continue
        if out and (space_before or piece[0].isspace()):
            out.append(" ")
        out.append(words)
        space_before = piece[-1].isspace()
    return "".join(out)
