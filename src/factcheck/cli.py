"""The `factcheck` command line: a thin layer over the library.

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 findings (a
claim at the --fail-on level, or validation problems), 2 usage or input
error, 130 interrupted.
"""

from __future__ import annotations

import functools
import json
import os
import stat
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterator, List, Optional

import typer

from .environment import Environment, ExitStatus

if TYPE_CHECKING:
    from .drafts import Draft, DraftProblem

app = typer.Typer(
    name="factcheck",
    help="Check claimed figures against a curated corpus of cited source documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# A claim longer than this is not a claim; the rest of the line is skipped
# (and said so) so one runaway line cannot exhaust memory.
MAX_LINE_BYTES = 1024 * 1024


class Format(str, Enum):
    pretty = "pretty"
    text = "text"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


class FailOn(str, Enum):
    conflicting = "conflicting"
    mixed = "mixed"
    unverified = "unverified"


class UserError(Exception):
    """Bad input from the user: one line on stderr, exit 2."""


ClaimsOption = typer.Option(
    None, "--claims", metavar="DIR", help="Claims directory. Default: $FACTCHECK_CLAIMS, else ./claims if it holds a corpus, else the bundled corpus."
)
VerboseOption = typer.Option(False, "--verbose", "-v", help="Say which corpus is used, and more.")


def _env(ctx: typer.Context) -> Environment:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Environment) else Environment()


def _say(env: Environment, message: str, fmt: str | None = None, **fields: object) -> None:
    """A message on stderr: JSON when the user asked for JSON output."""
    if fmt in ("json", "jsonl"):
        env.stderr.write(json.dumps({"message": message, **fields}, ensure_ascii=False) + "\n")
    else:
        from .rendering import printable

        env.stderr.write(printable(message) + "\n")
    env.stderr.flush()


def _load_checker(env: Environment, claims: Optional[Path], verbose: bool, fmt: str | None = None):
    from .caching import cache_dir_from, load_checker
    from .corpus import CorpusError, resolve_corpus_dir

    root, why = resolve_corpus_dir(claims, env.variables, env.cwd)
    try:
        checker = load_checker(root, cache_dir_from(env.variables))
    except CorpusError as exc:
        raise UserError(f"error: cannot use the claims corpus: {exc}") from None
    if verbose:
        corpus = checker.corpus
        _say(env, f"corpus: {root} ({why}; {len(corpus.claims)} claims from {len(corpus.sources)} sources)", fmt)
    return checker


def _load_corpus(env: Environment, claims: Optional[Path], verbose: bool, fmt: str | None = None):
    return _load_checker(env, claims, verbose, fmt).corpus


# --- check ----------------------------------------------------------------------


def _read_lines(stream: BinaryIO, name: str) -> Iterator[tuple[int, str | None, str]]:
    """(line number, text or None if unreadable, reason) for each line, streamed."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            head = raw[:80].decode("utf-8", "backslashreplace")
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE_BYTES)
            yield number, None, f"{name}:{number}: line is longer than {MAX_LINE_BYTES // 1024 // 1024} MB; not checked (starts {head!r})"
            continue
        raw = raw.rstrip(b"\r\n")
        try:
            yield number, raw.decode("utf-8"), ""
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", "backslashreplace")
            yield number, None, f"{name}:{number}:{exc.start + 1}: not valid UTF-8 (byte 0x{raw[exc.start]:02x}); line not checked"
            del text


def _claims_from(env: Environment, claims: List[str], file: Optional[Path]) -> Iterator[tuple[str, str | None]]:
    """(claim text, reason it cannot be checked or None), in input order."""
    sources: list[tuple[str, object]] = [("arg", c) for c in claims]
    if file is not None:
        sources.append(("file", file))
    for kind, item in sources:
        if kind == "arg" and item != "-":
            yield str(item), None
            continue
        if kind == "arg":
            stream, name, close = env.stdin, "<stdin>", False
        else:
            path = Path(str(item))
            stream, name, close = _open_input(env.cwd / path), str(path), True
        try:
            for number, text, reason in _read_lines(stream, name):
                if text is None:
                    yield f"{name}:{number}", reason
                    continue
                stripped = text.strip()
                if not stripped or stripped.startswith("#"):
                    continue
                yield text, None
        finally:
            if close:
                stream.close()


def _input_may_wait(env: Environment, claims: List[str], file: Optional[Path]) -> bool:
    """Whether reading the next claim can wait on whoever writes it (a pipe,
    a terminal): then each result must be flushed before that wait, so a
    program feeding claims one at a time gets each answer. Claims from
    arguments, a regular file or memory never wait; their results can be
    written in buffer-sized blocks."""
    if "-" in claims and _may_block(env.stdin):
        return True
    if file is not None:
        try:
            return not stat.S_ISREG(os.stat(env.cwd / file).st_mode)
        except (OSError, ValueError):
            return False  # _open_input reports it
    return False


def _may_block(stream: BinaryIO) -> bool:
    try:
        return not stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):  # in memory: io.UnsupportedOperation
        return False


def _open_input(path: Path) -> BinaryIO:
    if str(path) == "-":
        raise UserError("error: use `-` as an argument, not --file -, to read stdin")
    try:
        if path.is_dir():
            raise UserError(f"error: {path}: is a directory; --file takes a text file with one claim per line")
        return open(path, "rb")
    except FileNotFoundError:
        raise UserError(f"error: {path}: no such file") from None
    except PermissionError:
        raise UserError(f"error: {path}: permission denied") from None
    except OSError as exc:
        raise UserError(f"error: {path}: cannot read: {exc.strerror or exc}") from None


def _reader_may_leave(command):
    """A command whose reader may stop reading: see _ReaderGone."""

    @functools.wraps(command)
    def run_command(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            raise _ReaderGone() from None

    return run_command


@app.command(
    epilog="""Examples:

  factcheck check "£45m Young Londoners Fund"

  factcheck check - --format jsonl < claims.txt

  factcheck check --file claims.txt --format csv --fail-on mixed
"""
)
@_reader_may_leave
def check(
    ctx: typer.Context,
    claims: List[str] = typer.Argument(None, metavar="[CLAIM]...", help="Claims to check; `-` reads one claim per line from stdin."),
    file: Optional[Path] = typer.Option(None, "--file", "-f", metavar="PATH", help="Read claims from PATH, one per line (blank lines and # comments skipped)."),
    fmt: Format = typer.Option(Format.pretty, "--format", help="Output format."),
    fail_on: FailOn = typer.Option(FailOn.conflicting, "--fail-on", help="Exit 1 when a claim is at least this bad (conflicting > mixed > unverified)."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Check claims: supported, conflicting, mixed or unverified, with the passages that say so."""
    env = _env(ctx)
    claims = claims or []
    if not claims and file is None:
        raise UserError('error: give a claim to check, `-` to read claims from stdin, or --file PATH (try: factcheck check "£45m Young Londoners Fund")')
    if claims.count("-") > 1:
        raise UserError("error: `-` (stdin) can be given only once")
    from .checking import CheckResult
    from .rendering import make_renderer
    from .verdicts import Verdict

    checker = _load_checker(env, claims_dir, verbose, fmt.value)
    renderer = make_renderer(fmt.value, env.stdout, env, flush_each=env.stdout_isatty or _input_may_wait(env, claims, file))
    threshold = Verdict(fail_on.value).severity
    worst = ExitStatus.OK
    counts: dict[str, int] = {}
    renderer.start()
    try:
        for text, unreadable in _claims_from(env, claims, file):
            result = CheckResult.cannot_check(text, unreadable) if unreadable else checker.check(text)
            renderer.result(result)
            counts[result.verdict.value] = counts.get(result.verdict.value, 0) + 1
            if result.verdict.severity >= threshold and result.verdict is not Verdict.SUPPORTED:
                worst = ExitStatus.FINDINGS
    finally:
        renderer.finish()
    if verbose:
        _say(env, "checked " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) if counts else "nothing to check", fmt.value)
    return worst


# --- scan ------------------------------------------------------------------------


class ScanFormat(str, Enum):
    pretty = "pretty"
    line = "line"
    jsonl = "jsonl"
    json = "json"
    github = "github"
    sarif = "sarif"


def _read_draft(env: Environment, path: str, stdin_name: str | None) -> Draft:
    """A draft (see factcheck.drafts.read_draft); raises DraftError."""
    from .drafts import read_draft, read_draft_stream

    if path == "-":
        return read_draft_stream(env.stdin, stdin_name or "<stdin>")
    return read_draft(env.cwd / path, shown=path)  # an absolute path stays as it is


def _place_of(problem: DraftProblem) -> dict[str, object]:
    """The fields of a draft problem's place, for JSON messages."""
    place: dict[str, object] = {"path": problem.path}
    if problem.line is not None:
        place |= {"line": problem.line, "column": problem.column}
    return place


@app.command(
    epilog="""Examples:

  factcheck scan examples/draft.md

  factcheck scan drafts/*.md --format line --fail-on mixed

  cat draft.md | factcheck scan - --stdin-filename draft.md --format github
"""
)
@_reader_may_leave
def scan(
    ctx: typer.Context,
    files: List[str] = typer.Argument(..., metavar="FILE...", help="Text or Markdown drafts (.md is read as Markdown); `-` reads stdin."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", metavar="NAME", help="Path to report for `-` (its suffix also picks Markdown)."),
    fmt: ScanFormat = typer.Option(ScanFormat.pretty, "--format", help="Output format."),
    fail_on: FailOn = typer.Option(FailOn.conflicting, "--fail-on", help="Exit 1 when a finding is at least this bad (conflicting > mixed > unverified)."),
    no_exit: bool = typer.Option(False, "--no-exit", help="Report only: exit 0 even with findings."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Check every figure-bearing sentence of drafts; findings at path:line:col."""
    env = _env(ctx)
    if files.count("-") > 1:
        raise UserError("error: `-` (stdin) can be given only once")
    from importlib.metadata import PackageNotFoundError, version

    from .drafts import DraftError
    from .rendering import make_finding_renderer
    from .scanning import is_markdown, scan_text
    from .verdicts import Verdict

    checker = _load_checker(env, claims_dir, verbose, fmt.value)
    try:
        own_version = version("factcheck")
    except PackageNotFoundError:  # running from a source tree
        own_version = "0"
    renderer = make_finding_renderer(fmt.value, env.stdout, env, own_version)
    threshold = Verdict(fail_on.value).severity
    counts: dict[Verdict, int] = {}
    status = ExitStatus.OK
    unread = 0
    progress = _progress(env, len(files))
    renderer.start()
    try:
        for path in files:
            try:
                draft = _read_draft(env, path, stdin_filename)
            except DraftError as exc:
                # One unreadable file does not stop the others; exit 2 at the end.
                _say(env, f"error: {exc.problem}", fmt.value, **_place_of(exc.problem))
                unread += 1
                continue
            for warning in draft.warnings:
                _say(env, str(warning), fmt.value, **_place_of(warning))
            findings = scan_text(draft.text, draft.path, checker, is_markdown(draft.path))
            renderer.findings(findings)
            for f in findings:
                counts[f.verdict] = counts.get(f.verdict, 0) + 1
                if f.verdict is not Verdict.SUPPORTED and f.verdict.severity >= threshold:
                    status = ExitStatus.FINDINGS
            if progress is not None:
                progress.advance(progress.task_ids[0])
    finally:
        if progress is not None:
            progress.stop()
        renderer.finish()
    if fmt in (ScanFormat.pretty, ScanFormat.line) or verbose:
        summary = ", ".join(f"{counts.get(v, 0)} {v.value}" for v in (Verdict.CONFLICTING, Verdict.MIXED, Verdict.UNVERIFIED, Verdict.SUPPORTED))
        scanned = len(files) - unread
        not_read = f" ({unread} not read)" if unread else ""
        _say(env, f"{sum(counts.values())} figures in {scanned} file{'s' if scanned != 1 else ''}{not_read}: {summary}", fmt.value)
    if unread:
        return ExitStatus.ERROR
    return ExitStatus.OK if no_exit else status


def _progress(env: Environment, total: int):
    """A progress bar on stderr for many files on a terminal; none otherwise."""
    if total < 2 or not env.stderr_isatty:
        return None
    from rich.console import Console
    from rich.progress import Progress

    console = Console(file=env.stderr, no_color=env.no_color)
    progress = Progress(console=console, transient=True)
    progress.add_task("scanning", total=total)
    progress.start()
    return progress


# --- validate, sources, show ------------------------------------------------------------


@app.command(epilog="Examples:\n\n  factcheck validate\n\n  factcheck validate --claims ./my-corpus")
@_reader_may_leave
def validate(ctx: typer.Context, claims_dir: Optional[Path] = ClaimsOption, verbose: bool = VerboseOption) -> int:
    """Check the claims corpus: schema, ids, sources, passages verbatim, figures and hashes."""
    env = _env(ctx)
    from .corpus import resolve_corpus_dir
    from .rendering import printable
    from .validate import validate_corpus

    root, why = resolve_corpus_dir(claims_dir, env.variables, env.cwd)
    if verbose:
        _say(env, f"corpus: {root} ({why})")
    report = validate_corpus(root)
    for problem in report.problems:
        env.stdout.write(printable(str(problem)) + "\n")
    env.stdout.flush()
    n = len(report.problems)
    claims, sources = len(report.corpus.claims), len(report.corpus.sources)
    if n:
        _say(env, f"{n} problem{'s' if n != 1 else ''} in {root}")
        return ExitStatus.FINDINGS
    _say(env, f"ok: {claims} claims from {sources} sources in {root}")
    return ExitStatus.OK


class ListFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(epilog="Examples:\n\n  factcheck sources\n\n  factcheck sources --format json")
@_reader_may_leave
def sources(
    ctx: typer.Context,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """List the source documents with their citation and claim counts."""
    env = _env(ctx)
    from .rendering import display_path, printable

    corpus = _load_corpus(env, claims_dir, verbose, fmt.value)
    counts = corpus.claim_counts()
    rows = [_source_dict(s, counts[s.id]) for s in corpus.sources.values()]
    if fmt is ListFormat.json:
        env.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return ExitStatus.OK
    for row in rows:
        env.stdout.write(
            printable(
                f"{row['id']}  ({row['claims']} claims)\n"
                f"  {row['title'] if row['title'] != 'unknown' else row['description']}\n"
                f"  {row['kind'].replace('_', ' ')}; publisher {row['publisher']}; date {row['date']}; url {row['url']}\n"
                f"  {display_path(row['file'], env.cwd)}\n"
            )
            + "\n"
        )
    return ExitStatus.OK


def _source_dict(s, claims: int) -> dict:  # noqa: ANN001 - corpus.Source
    return {
        "id": s.id,
        "title": s.title,
        "description": s.description,
        "publisher": s.publisher,
        "kind": s.kind,
        "date": s.date,
        "url": s.url,
        "file": str(s.file),
        "sha256": s.sha256,
        "claims": claims,
    }


def _claim_dict(c) -> dict:  # noqa: ANN001 - corpus.Claim
    value = c.value if isinstance(c.value, str) else (int(c.value) if c.value == c.value.to_integral_value() else float(c.value))
    return {
        "id": c.id,
        "topic": c.topic,
        "subject": c.subject,
        "aliases": list(c.aliases),
        "figure": c.figure,
        "value": value,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "period": c.period,
        "as_of": c.as_of,
        "source": c.source,
        "passage": c.passage,
        "note": c.note,
        "file": c.file,
        "line": c.line,
    }


@app.command(epilog="Examples:\n\n  factcheck show ylf-total-letter\n\n  factcheck show mayor-letter-pidgeon-2018-07 --format json")
@_reader_may_leave
def show(
    ctx: typer.Context,
    item: str = typer.Argument(..., metavar="ID", help="A claim id or a source id."),
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Print one claim, or one source with its claims."""
    env = _env(ctx)
    from .rendering import printable

    corpus = _load_corpus(env, claims_dir, verbose, fmt.value)
    claim = corpus.claim(item)
    if claim is not None:
        data = _claim_dict(claim)
        if fmt is ListFormat.json:
            env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            source = corpus.sources[claim.source]
            lines = [f"{k}: {v}" for k, v in data.items() if v not in (None, [], "")]
            from .rendering import display_path

            lines.append(f"cited: {source.label} ({source.publisher}, {source.date}), {display_path(source.file, env.cwd)}")
            env.stdout.write(printable("\n".join(lines)) + "\n")
        return ExitStatus.OK
    source = corpus.sources.get(item)
    if source is None:
        from rapidfuzz import process

        ids = [c.id for c in corpus.claims] + list(corpus.sources)
        near = process.extractOne(item, ids)
        hint = f"; did you mean {near[0]!r}?" if near and near[1] >= 60 else "; `factcheck sources` lists the sources"
        raise UserError(f"error: no claim or source with id {item!r}{hint}")
    claims = corpus.claims_of(source.id)
    if fmt is ListFormat.json:
        data = _source_dict(source, len(claims)) | {"claim_list": [_claim_dict(c) for c in claims]}
        env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return ExitStatus.OK
    head = _source_dict(source, len(claims))
    lines = [f"{k}: {v}" for k, v in head.items()]
    lines.append("")
    for c in claims:
        lines.append(f"{c.id}: {c.figure} ({c.subject})")
        lines.append(f"    \"{c.passage}\"")
    env.stdout.write(printable("\n".join(lines)) + "\n")
    return ExitStatus.OK


# --- entry point -----------------------------------------------------------------------


class _ReaderGone(Exception):
    """stdout's reader went away (`| head -1`). Not an OSError, so that
    click's own handler, which exits 1 on EPIPE, leaves it to `main`."""


def main(argv: Optional[List[str]] = None, env: Optional[Environment] = None) -> int:
    """Run the CLI; returns the exit status instead of exiting, for tests."""
    import contextlib

    env = env or Environment()
    args = list(sys.argv[1:] if argv is None else argv)
    fmt = _format_of(args)
    try:
        # Typer prints help and usage through sys.stdout; point it at ours.
        with contextlib.redirect_stdout(env.stdout):
            result = app(args=args, obj=env, standalone_mode=False, prog_name="factcheck")
        status = int(result) if isinstance(result, int) else ExitStatus.OK
        if status == ExitStatus.INTERRUPTED:  # Typer's click returns 130 for Ctrl-C
            with contextlib.suppress(Exception):
                _say(env, "interrupted", fmt, status=status)
        return status
    except UserError as exc:
        _say(env, str(exc), fmt, status=int(ExitStatus.ERROR))
        return ExitStatus.ERROR
    except typer.Exit as exc:
        code = int(getattr(exc, "exit_code", 0) or 0)
        if code == ExitStatus.INTERRUPTED:  # click turns Ctrl-C into Exit(130)
            with contextlib.suppress(Exception):
                _say(env, "interrupted", fmt, status=code)
        return code
    except (typer.Abort, KeyboardInterrupt):
        with contextlib.suppress(Exception):  # the terminal may be gone too
            _say(env, "interrupted", fmt, status=int(ExitStatus.INTERRUPTED))
        return ExitStatus.INTERRUPTED
    except (BrokenPipeError, _ReaderGone):
        _silence_stdout(env)
        return ExitStatus.OK
    except Exception as exc:
        # Typer vendors its own click, so usage errors are recognised by
        # click's interface (format_message, exit_code) rather than by class.
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            # `factcheck` alone: the help, as it is meant to be read.
            env.stdout.write(ctx.get_help() + "\n")
            return ExitStatus.ERROR
        command = ctx.command_path if ctx is not None else "factcheck"
        message = " ".join(str(exc.format_message()).replace("Value error, ", "").split())
        _say(env, f"error: {message} (see `{command} --help`)", fmt, status=int(ExitStatus.ERROR))
        return ExitStatus.ERROR


def _format_of(args: List[str]) -> str | None:
    for i, a in enumerate(args):
        if a == "--format" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--format="):
            return a.split("=", 1)[1]
    return None


def _silence_stdout(env: Environment) -> None:
    """After the reader went away (`| head -1`), stop Python's exit-time flush
    from raising on the broken pipe."""
    if env.stdout is sys.stdout:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass


def run() -> None:
    sys.exit(main())
