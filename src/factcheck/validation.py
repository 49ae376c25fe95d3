"""Validation of a claims corpus: everything that keeps it honest.

Structure (YAML, fields, ids, source references, paths) is checked by the
loader; here come the checks of content, all of them reported, none stopping
the others:

- each claims file against the JSON Schema shipped in claims/schema/;
- each source's SHA-256 against its text, so a changed document is caught;
- each passage found verbatim in its document (after normalising whitespace,
  line wraps, non-breaking spaces and quotes), else the closest passage that
  does exist;
- each figure present in its passage;
- each value/unit agreeing with the figure as the checker's own parser reads
  it in the passage, and its qualifier and period too; where the parser does
  not read the figure, what it reads there instead;
- source texts in sources/ that the index does not list, and sources with no
  claims (warnings);
- the round trip: each passage, checked as a claim, comes back supported (or
  mixed) by its own source (warnings, while the matcher improves).

Errors make the corpus fail (exit 1); warnings are shown and do not. An error
is something recorded that is wrong (a passage not in its document, a value
the passage does not give, a qualifier or a kind of period it contradicts);
a warning is something a curator should look at that may be right (a
qualifier the parser cannot see, a period the passage gives but the claim
leaves out, a file nobody registered, a claim the checker does not yet find
back from its own passage).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import (
    COUNTED_OTHERWISE,
    MAX_SOURCE_BYTES,
    Claim,
    Corpus,
    CorpusFiles,
    Problem,
    Source,
    UnreadableFile,
    bundled_corpus_dir,
    figure_in_passage,
    normalise_text,
    read_corpus,
    read_corpus_files,
    read_regular_file,
)
from .figures import Figure, parse_figures
from .reading import read_period
from .tables import Row, Table, cell_sentence, has_columns, rows_by_line
from .yamlsafe import YamlError, load_yaml

if TYPE_CHECKING:
    from jsonschema import ValidationError

__all__ = ["ValidationReport", "schema_path", "validate_corpus"]


@dataclass
class ValidationReport:
    """What `factcheck.validate()` found: the corpus as read, and every
    problem (`file:line:col: message`), sorted by place.

    >>> import factcheck
    >>> report = factcheck.validate()
    >>> report.ok, [str(p) for p in report.problems]
    (True, [])
    """

    corpus: Corpus
    problems: list[Problem]  # errors: the corpus fails
    warnings: list[Problem] = field(default_factory=list)
    cannot_run: str | None = None  # why nothing could be validated (no corpus there)

    @property
    def ok(self) -> bool:
        return not self.problems and self.cannot_run is None


def schema_path(name: str) -> Path:
    return bundled_corpus_dir() / "schema" / name


@dataclass
class _SourceText:
    """A source's text, read and compared in the form passages are matched
    in once for every claim citing it (a 10 MB text cited 40 times was
    normalised 40 times: 25 s)."""

    text: str
    matched: str  # match_form(text)
    _sentences: list[str] | None = None

    def sentences(self) -> list[str]:
        if self._sentences is None:
            self._sentences = _sentences(self.text)
        return self._sentences


def validate_corpus(root: str | Path, round_trip: bool = True) -> ValidationReport:
    """Validate the corpus at `root` (`factcheck.validate()` finds it first).

    >>> from factcheck import validate_corpus
    >>> print(validate_corpus("no-such-dir").cannot_run)
    error: no-such-dir: no such directory; pass --claims DIR (the directory holding sources/index.yaml)
    """
    root = Path(root)
    why_not = _cannot_run(root)
    if why_not is not None:
        return ValidationReport(Corpus(root), [], [], why_not)
    files = read_corpus_files(root)
    corpus, problems = read_corpus(root, files)
    problems = list(problems)
    warnings: list[Problem] = []
    # The schema is the second line of defence: files the loader already
    # faulted are not reported twice in other words.
    faulted = {p.path for p in problems}
    problems.extend(p for p in _schema_problems(corpus, files) if p.path not in faulted)
    texts = {sid: _source_text(src, problems) for sid, src in corpus.sources.items()}
    for claim in corpus.claims:
        text = texts.get(claim.source)
        if text is not None:
            errors, cautions = _claim_problems(claim, text)
            problems.extend(errors)
            warnings.extend(cautions)
    warnings.extend(_unregistered_texts(corpus))
    warnings.extend(_sources_without_claims(corpus))
    if round_trip and corpus.claims:
        faulty = {(p.path, p.line) for p in problems}
        read = {sid: text.text for sid, text in texts.items() if text is not None}
        warnings.extend(_round_trip([c for c in corpus.claims if (c.file, c.line) not in faulty], corpus, read))
    problems.sort(key=lambda p: (p.path, p.line, p.column))
    warnings.sort(key=lambda p: (p.path, p.line, p.column))
    return ValidationReport(corpus, _dedupe(problems), _dedupe(warnings))


def _cannot_run(root: Path) -> str | None:
    if not root.exists():
        return f"error: {root}: no such directory; pass --claims DIR (the directory holding sources/index.yaml)"
    if not root.is_dir():
        return f"error: {root}: not a directory; --claims takes the claims directory (the one holding sources/index.yaml)"
    if not (root / "sources" / "index.yaml").is_file() and not any(root.glob("*.yaml")):
        return f"error: {root}: not a claims corpus (no sources/index.yaml and no claims files)"
    return None


def _shown(corpus: Corpus, path: Path) -> str:
    """A path as the loader shows it: relative to the corpus's parent."""
    root = corpus.root
    try:
        return str(path.relative_to(root.parent)) if root.name else str(path)
    except ValueError:
        return str(path)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[Problem] = set()
    out = []
    for p in problems:
        if p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _source_text(source: Source, problems: list[Problem]) -> _SourceText | None:
    index = f"{source.file.parent.parent.name}/sources/index.yaml"
    try:
        raw = read_regular_file(source.file, MAX_SOURCE_BYTES, "source texts", "")
    except UnreadableFile as exc:
        problems.append(Problem(index, source.line, 1, f"source {source.id}: {source.file.name}: {exc}"))
        return None
    digest = hashlib.sha256(raw).hexdigest()
    if digest != source.sha256:
        problems.append(
            Problem(index, source.line, 1, f"source {source.id}: {source.file.name} has changed: its SHA-256 is {digest}, the index says {source.sha256}; re-check its claims, then update sha256")
        )
    try:
        text = raw.decode("utf-8")
        return _SourceText(text, match_form(text))
    except UnicodeDecodeError:
        problems.append(Problem(index, source.line, 1, f"source {source.id}: {source.file.name} is not UTF-8"))
        return None


def _schema_problems(corpus: Corpus, files: CorpusFiles | None) -> list[Problem]:
    """JSON Schema checks; the loader already reported what it could not read."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is a dependency
        return []
    problems: list[Problem] = []
    if files is None:
        return []  # no corpus directory: the loader said so
    targets = [(path, "claims.schema.json" if path in files.claim_files else "sources.schema.json") for path in files.contents]
    validators: dict[str, object] = {}
    for path, schema_name in targets:
        if schema_name not in validators:
            schema = json.loads(schema_path(schema_name).read_text(encoding="utf-8"))
            validators[schema_name] = jsonschema.Draft202012Validator(schema)
        raw = files.contents[path]
        if isinstance(raw, UnreadableFile):
            continue  # reported by the loader
        try:
            loaded = load_yaml(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, YamlError):
            continue  # reported by the loader with its position
        shown = _shown(corpus, path)
        validator = validators[schema_name]
        for error in validator.iter_errors(loaded.data):  # type: ignore[attr-defined]
            where = tuple(error.absolute_path)
            line, col = loaded.where(where)
            problems.append(Problem(shown, line, col, f"schema: {_schema_message(error)}"))
    return problems


def _schema_message(error: ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    prefix = f"{where}: " if where else ""
    return prefix + error.message


def _claim_problems(claim: Claim, text: _SourceText) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) about one claim against its document's text."""
    problems: list[Problem] = []
    warnings: list[Problem] = []

    def report(message: str) -> None:
        problems.append(Problem(claim.file, claim.line, 1, f"claim {claim.id}: {message}"))

    def warn(message: str) -> None:
        warnings.append(Problem(claim.file, claim.line, 1, f"warning: claim {claim.id}: {message}"))

    if match_form(claim.passage) not in text.matched:
        closest = _closest(claim.passage, text.sentences(), claim.figure)
        report(f"passage not found verbatim in {claim.source}; closest text there: {closest!r}")
    if claim.figure not in claim.passage:
        report(f"figure {claim.figure!r} does not appear in its passage")
        return problems, warnings
    proportion = _proportion_problem(claim) if claim.unit == "percent" else False
    if proportion is not False:
        if proportion:
            report(str(proportion))
        return problems, warnings
    parsed = figure_in_passage(claim)
    if parsed is None:
        report(f"figure {claim.figure!r} is not read as a figure in its passage: {_what_the_parser_reads(claim)}")
        return problems, warnings
    if parsed.kind in ("fraction", "proportion") and claim.unit == "percent" and isinstance(parsed.value, Decimal):
        # "half", "two thirds", "six of the ten": a share, recorded in percent.
        parsed = replace(parsed, value=parsed.value * 100, unit="percent", category=None)
    if parsed.unit in COUNTED_OTHERWISE and claim.unit == "count":
        parsed = replace(parsed, unit="count", category=None)  # "27 minutes" as a count, before the schema had minutes; read as minutes
    if parsed.unit != claim.unit or not _same_value(parsed, claim.value):
        report(f"value/unit {claim.value} {claim.unit} disagree with the figure {claim.figure!r}, which reads as {parsed.json_value()} {parsed.unit}")
    if parsed.qualifier != "exact" and parsed.qualifier != claim.qualifier:
        report(f"qualifier {claim.qualifier!r} disagrees with the passage, which reads {claim.figure!r} as {parsed.qualifier!r}")
    elif parsed.qualifier == "exact" and claim.qualifier != "exact" and not parsed.vague:
        warn(f"qualifier {claim.qualifier!r}, but the parser reads {claim.figure!r} as exact: no words such as 'around', 'more than' or 'up to' stand before it; if the passage qualifies it otherwise, keep it")
    period_error, period_warning = _period_problems(claim, parsed)
    if period_error:
        report(period_error)
    if period_warning:
        warn(period_warning)
    return problems, warnings


def _proportion_problem(claim: Claim) -> str | bool:
    """For a proportion ('nine in ten', recorded in percent), which the
    parser reads as two counts: False when the figure is not one, "" when
    the value agrees, else the problem."""
    from .extraction import read_proportion

    value = read_proportion(claim.figure)
    if value is None:
        return False
    if isinstance(claim.value, str) or abs(claim.value - value) > Decimal("0.05"):
        return f"value {claim.value} percent disagrees with the proportion {claim.figure!r}, which is {value}%"
    return ""


def _what_the_parser_reads(claim: Claim) -> str:
    """Why the figure is not read where it stands, in terms a curator can act on."""
    alone = parse_figures(claim.figure)
    read = parse_figures(claim.passage)
    if alone:
        own = alone[0]
        for f in read:
            if f.period and own.kind == "duration" and _mentions(f.period, own):
                return f"the parser reads {claim.figure!r} as the period of {f.text} ({f.period!r}); record it as that claim's period"
            if f.period and own.kind == "date" and isinstance(own.value, str) and own.value in f.period:
                return f"the parser reads {claim.figure!r} as the period of {f.text} ({f.period!r}); record it as that claim's period"
    if not read:
        return "the parser reads no figure in this passage"
    shown = ", ".join(f"{f.text!r} ({f.describe()})" for f in read[:6])
    return f"the parser reads {shown} here; use one of those as written"


def _mentions(period: str, duration: Figure) -> bool:
    value = duration.json_value()
    return str(value) in period.split() and str(duration.unit) in period


def _period_kind(period: str) -> str:
    p = period.strip().lower()
    if p.startswith("per ") or p in {"annually", "a year", "each year", "monthly", "weekly", "daily"}:
        return "rate"
    return "span"


def _rate_key(period: str) -> str:
    read = read_period(period)
    return read.key if read is not None and read.kind == "rate" else period.strip().lower()


def _period_problems(claim: Claim, parsed: Figure) -> tuple[str | None, str | None]:
    """(error, warning) about the claim's period against the parser's reading."""
    if parsed.period is None or parsed.kind in ("date", "duration"):
        return None, None
    if claim.period is None:
        return None, f"no period recorded, but the parser reads {claim.figure!r} as {parsed.period!r} here; record period: {parsed.period}"
    theirs, ours = _period_kind(parsed.period), _period_kind(claim.period)
    # (Rates read as the checker reads them: "per resident" is "per head".)
    if theirs != ours or (theirs == "rate" and _rate_key(parsed.period) != _rate_key(claim.period)):
        return f"period {claim.period!r} disagrees with the passage, which reads {claim.figure!r} as {parsed.period!r}", None
    return None, None


def _unregistered_texts(corpus: Corpus) -> list[Problem]:
    folder = corpus.root / "sources"
    registered = {s.file.resolve() for s in corpus.sources.values()}
    index = _shown(corpus, folder / "index.yaml")
    return [
        Problem(_shown(corpus, path), 1, 1, f"warning: {path.name} is in sources/ but not in {index}; register it with `factcheck add-source` or remove it")
        for path in sorted(folder.glob("*.txt"))
        if path.resolve() not in registered
    ]


def _sources_without_claims(corpus: Corpus) -> list[Problem]:
    counts = corpus.claim_counts()
    index = _shown(corpus, corpus.root / "sources" / "index.yaml")
    return [
        Problem(index, s.line, 1, f"warning: source {s.id} has no claims; draft them with `factcheck extract {s.id}`")
        for s in corpus.sources.values()
        if counts.get(s.id, 0) == 0
    ]


class PassageReadings:
    """Each claim's passage as a reader reads it: as written, and, when it
    is a row of a table in its source ("2024-25   £560,000   £610,000"),
    as the sentence the cell holding its figure makes with its row, column
    and the table's title (see factcheck.tables). A row alone names
    nothing; checked as a claim, it could only say "no words besides its
    figures"."""

    def __init__(self, corpus: Corpus, texts: dict[str, str] | None = None) -> None:
        self._corpus = corpus
        self._texts = texts  # each source's text, where the caller has read them already
        self._rows: dict[str, dict[str, tuple[Table, Row]]] = {}

    def of(self, claim: Claim) -> list[tuple[str, int]]:
        """The texts to check for `claim`, the passage first, each with where its figure starts in it."""
        readings = [(claim.passage, claim.passage.find(claim.figure))]
        source = self._corpus.sources.get(claim.source)
        if source is None or not has_columns(claim.passage):
            return readings
        if claim.source not in self._rows:
            self._rows[claim.source] = rows_by_line(self._text(source))
        found = self._rows[claim.source].get(" ".join(claim.passage.split()))
        cell = cell_sentence(*found, claim.figure) if found is not None else None
        return readings + [cell] if cell is not None else readings

    def _text(self, source: Source) -> str:
        if self._texts is not None:
            return self._texts.get(source.id, "")
        try:
            return read_regular_file(Path(source.file), MAX_SOURCE_BYTES, "source texts", "").decode("utf-8")
        except (UnreadableFile, UnicodeDecodeError):
            return ""  # reported by the checks of the source itself


def _round_trip(claims: list[Claim], corpus: Corpus, texts: dict[str, str]) -> list[Problem]:
    """Each passage checked as a claim should find its own figure supported
    (or mixed) by its own source; the ones that do not are warnings. The
    passage is read as a reporter's sentence would be, not recognised as a
    quote of itself (which would always succeed): the warning tells the
    curator that the subject's words do not find the passage's figure, so a
    paraphrase of it will not be found either."""
    from .checking import Checker, Relation
    from .verdicts import Verdict

    try:
        checker = Checker(corpus, quote_passages=False)
    except Exception as exc:  # noqa: BLE001 - a corpus the matcher cannot index is reported, not raised
        return [Problem(str(corpus.root), 1, 1, f"warning: round trip not run: {exc}")]
    results: dict[str, object] = {}
    out = []
    as_read = PassageReadings(corpus, texts)
    for claim in claims:
        for said, at in as_read.of(claim):
            result = results.get(said) or checker.check(said)
            results[said] = result
            end = at + len(claim.figure)
            own = [f for f in result.figures if f.figure.start < end and at < f.figure.end]  # type: ignore[attr-defined]
            found = any(
                f.verdict in (Verdict.SUPPORTED, Verdict.MIXED)
                and any(e.for_figure == f.index and e.relation == Relation.SUPPORTS and e.claim.source == claim.source for e in result.evidence)  # type: ignore[attr-defined]
                for f in own
            )
            if found:
                break
        if found:
            continue
        if not own:
            why = f"{claim.figure!r} is read as when the claim holds, not checked on its own"
        else:
            why = "; ".join(f"{f.verdict.value}: {f.reason}" for f in own)
        out.append(Problem(claim.file, claim.line, 1, f"warning: claim {claim.id}: round trip: its passage, checked as a claim (not as a quote of itself), does not come back supported by {claim.source}: {why}"))
    return out


def _same_value(parsed: Figure, value: Decimal | str) -> bool:
    if isinstance(parsed.value, str) or isinstance(value, str):
        return str(parsed.value) == str(value)
    # A share's percentage ("two thirds" = 66.67%) is compared as written to
    # two decimals at most.
    return parsed.value == value or parsed.unit == "percent" and abs(parsed.value - Decimal(value)) < Decimal("0.05")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-"})


def match_form(text: str) -> str:
    """Text as passages are compared: whitespace, quotes and dashes normalised
    (an en dash typed as a hyphen is the same passage)."""
    return normalise_text(text).translate(_DASHES)


def closest_passage(passage: str, text: str, figure: str | None = None) -> str:
    """The sentence of `text` most like `passage`, for a helpful error:
    among the sentences holding the claim's figure when any do, so that a
    short title line does not win over the sentence meant."""
    return _closest(passage, _sentences(text), figure)


def _sentences(text: str) -> list[str]:
    return [s for s in (normalise_text(s) for s in _SENTENCE_END.split(text)) if s]


def _closest(passage: str, sentences: list[str], figure: str | None = None) -> str:
    from rapidfuzz import fuzz, process

    if figure:
        holding = [s for s in sentences if match_form(figure) in match_form(s)]
        sentences = holding or sentences
    if not sentences:
        return ""
    best = process.extractOne(match_form(passage), sentences, scorer=fuzz.ratio, processor=match_form)
    return best[0] if best else ""
