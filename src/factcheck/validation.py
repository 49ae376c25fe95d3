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
from typing import TYPE_CHECKING

from .corpus import Claim, Corpus, Problem, Source, _rel, bundled_corpus_dir, figure_in_passage, normalise_text, read_corpus
from .figures import Figure
from .yamlsafe import YamlError, load_yaml

if TYPE_CHECKING:
    from jsonschema import ValidationError

__all__ = ["ValidationReport", "validate_corpus", "schema_path"]


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
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def schema_path(name: str) -> Path:
    return bundled_corpus_dir() / "schema" / name


def validate_corpus(root: str | Path) -> ValidationReport:
    """Validate the corpus at `root` (`factcheck.validate()` finds it first).

    >>> from factcheck import validate_corpus
    >>> validate_corpus("no-such-dir").problems[0].message
    'claims directory does not exist; pass --claims DIR or set $FACTCHECK_CLAIMS'
    """
    corpus, problems = read_corpus(root)
    problems = list(problems)
    # The schema is the second line of defence: files the loader already
    # faulted are not reported twice in other words.
    faulted = {p.path for p in problems}
    problems.extend(p for p in _schema_problems(corpus) if p.path not in faulted)
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


def _source_text(source: Source, problems: list[Problem]) -> str | None:
    index = f"{source.file.parent.parent.name}/sources/index.yaml"
    try:
        raw = source.file.read_bytes()
    except OSError as exc:
        problems.append(Problem(index, source.line, 1, f"cannot read source {source.id}: {exc.strerror or exc}"))
        return None
    digest = hashlib.sha256(raw).hexdigest()
    if digest != source.sha256:
        problems.append(
            Problem(index, source.line, 1, f"source {source.id}: {source.file.name} has changed: its SHA-256 is {digest}, the index says {source.sha256}; re-check its claims, then update sha256")
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(index, source.line, 1, f"source {source.id}: {source.file.name} is not UTF-8"))
        return None


def _schema_problems(corpus: Corpus) -> list[Problem]:
    """JSON Schema checks; the loader already reported what it could not read."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is a dependency
        return []
    problems: list[Problem] = []
    targets = [(corpus.root / "sources" / "index.yaml", "sources.schema.json")]
    targets += [(p, "claims.schema.json") for p in corpus.claim_files()]
    validators: dict[str, object] = {}
    for path, schema_name in targets:
        if schema_name not in validators:
            schema = json.loads(schema_path(schema_name).read_text(encoding="utf-8"))
            validators[schema_name] = jsonschema.Draft202012Validator(schema)
        try:
            loaded = load_yaml(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, YamlError):
            continue  # reported by the loader with its position
        shown = _rel(corpus.root, path)
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


def _claim_problems(claim: Claim, text: str) -> list[Problem]:
    problems: list[Problem] = []

    def report(message: str) -> None:
        problems.append(Problem(claim.file, claim.line, 1, f"claim {claim.id}: {message}"))

    passage = normalise_text(claim.passage)
    if passage not in normalise_text(text):
        closest = closest_passage(claim.passage, text)
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
    from rapidfuzz import fuzz, process

    sentences = [normalise_text(s) for s in _SENTENCE_END.split(text)]
    sentences = [s for s in sentences if s]
    if not sentences:
        return ""
    best = process.extractOne(normalise_text(passage), sentences, scorer=fuzz.ratio)
    return best[0] if best else ""
