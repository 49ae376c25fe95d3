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
  it in the passage.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .corpus import (
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
from .figures import Figure
from .yamlsafe import YamlError, load_yaml

__all__ = ["ValidationReport", "validate_corpus", "schema_path"]


@dataclass
class ValidationReport:
    corpus: Corpus
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def schema_path(name: str) -> Path:
    return bundled_corpus_dir() / "schema" / name


# A source text is a document as received: the shipped ones are under
# 100 KB. Past this it is not one, and reading it would only use up memory.
MAX_SOURCE_BYTES = 256 * 1024 * 1024


@dataclass
class _SourceText:
    """A source's text, normalised once for every claim citing it (a 10 MB
    text cited 40 times was normalised 40 times: 25 s)."""

    text: str
    normalised: str
    _sentences: list[str] | None = None

    def sentences(self) -> list[str]:
        if self._sentences is None:
            self._sentences = _sentences(self.text)
        return self._sentences


def validate_corpus(root: str | Path) -> ValidationReport:
    files = read_corpus_files(root) if Path(root).is_dir() else None
    corpus, problems = read_corpus(root, files)
    problems = list(problems)
    # The schema is the second line of defence: files the loader already
    # faulted are not reported twice in other words.
    faulted = {p.path for p in problems}
    problems.extend(p for p in _schema_problems(corpus, files) if p.path not in faulted)
    texts = {sid: _source_text(src, problems) for sid, src in corpus.sources.items()}
    for claim in corpus.claims:
        text = texts.get(claim.source)
        if text is not None:
            problems.extend(_claim_problems(claim, text))
    problems.sort(key=lambda p: (p.path, p.line, p.column))
    return ValidationReport(corpus, _dedupe(problems))


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
        return _SourceText(text, normalise_text(text))
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
        shown = f"{corpus.root.name}/{path.relative_to(corpus.root)}"
        validator = validators[schema_name]
        for error in validator.iter_errors(loaded.data):  # type: ignore[attr-defined]
            where = tuple(error.absolute_path)
            line, col = loaded.where(where)
            problems.append(Problem(shown, line, col, f"schema: {_schema_message(error)}"))
    return problems


def _schema_message(error) -> str:  # noqa: ANN001 - jsonschema's ValidationError
    where = "/".join(str(p) for p in error.absolute_path)
    prefix = f"{where}: " if where else ""
    return prefix + error.message


def _claim_problems(claim: Claim, text: _SourceText) -> list[Problem]:
    problems: list[Problem] = []

    def report(message: str) -> None:
        problems.append(Problem(claim.file, claim.line, 1, f"claim {claim.id}: {message}"))

    passage = normalise_text(claim.passage)
    if passage not in text.normalised:
        closest = _closest(claim.passage, text.sentences())
        report(f"passage not found verbatim in {claim.source}; closest text there: {closest!r}")
    if claim.figure not in claim.passage:
        report(f"figure {claim.figure!r} does not appear in its passage")
        return problems
    parsed = figure_in_passage(claim)
    if parsed is None:
        report(f"figure {claim.figure!r} is not read as a figure in its passage by factcheck's parser")
        return problems
    if parsed.unit != claim.unit or not _same_value(parsed, claim.value):
        report(f"value/unit {claim.value} {claim.unit} disagree with the figure {claim.figure!r}, which reads as {parsed.json_value()} {parsed.unit}")
    if parsed.qualifier != "exact" and parsed.qualifier != claim.qualifier:
        report(f"qualifier {claim.qualifier!r} disagrees with the passage, which reads as {parsed.qualifier!r}")
    return problems


def _same_value(parsed: Figure, value: Decimal | str) -> bool:
    if isinstance(parsed.value, str) or isinstance(value, str):
        return str(parsed.value) == str(value)
    return parsed.value == value


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def closest_passage(passage: str, text: str) -> str:
    """The sentence of `text` most like `passage`, for a helpful error."""
    return _closest(passage, _sentences(text))


def _sentences(text: str) -> list[str]:
    return [s for s in (normalise_text(s) for s in _SENTENCE_END.split(text)) if s]


def _closest(passage: str, sentences: list[str]) -> str:
    from rapidfuzz import fuzz, process

    if not sentences:
        return ""
    best = process.extractOne(normalise_text(passage), sentences, scorer=fuzz.ratio)
    return best[0] if best else ""
