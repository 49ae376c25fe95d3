"""The `factcheck` command line: a thin layer over the library.

Data goes to stdout, messages to stderr. Exit codes: 0 ok, 1 findings (a
claim at the --fail-on level, or validation problems), 2 usage or input
error, 130 interrupted.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import stat
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterator, List, Optional, TextIO

import typer

from .environment import (
    ClosedStream,
    Environment,
    ExitStatus,
    escape_what_streams_cannot_encode,
)

if TYPE_CHECKING:
    from .checking import Checker
    from .corpus import Claim, Corpus, Source

if TYPE_CHECKING:
    from .drafts import Draft, DraftProblem

app = typer.Typer(
    name="factcheck",
    help="Check claimed figures against a curated corpus of cited source documents.",
    epilog="""Examples:

  factcheck check "£45m Young Londoners Fund"

  factcheck scan drafts/ --quiet

  factcheck scan draft.md --format html > report.html

  factcheck validate

  factcheck COMMAND --help    (each command's own options and examples)
""",
    no_args_is_help=True,
    # `factcheck --install-completion` sets up bash, zsh, fish or PowerShell.
    add_completion=True,
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
    claimreview = "claimreview"


class FailOn(str, Enum):
    conflicting = "conflicting"
    mixed = "mixed"
    unverified = "unverified"


class UserError(Exception):
    """Bad input from the user: one line on stderr, exit 2."""


def _print_version(ctx: typer.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from .settings import package_version

        env = _env(ctx)
        env.stdout.write(f"factcheck {package_version()}\n")
        env.stdout.flush()
        raise typer.Exit()


ClaimsOption = typer.Option(
    None, "--claims", metavar="DIR", help="Claims directory. Default: $FACTCHECK_CLAIMS, else the config file's claims, else the current directory or ./claims if it holds a corpus (sources/index.yaml), else the bundled corpus."
)
VerboseOption = typer.Option(False, "--verbose", "-v", help="Say which corpus is used, and more.")


class ColorMode(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


PublisherOption = typer.Option(None, "--publisher", metavar="NAME", help="claimreview: the organisation publishing the review (default: the config's publisher).")
PublisherUrlOption = typer.Option(None, "--publisher-url", metavar="URL", help="claimreview: the publisher's URL (default: the config's publisher-url).")
ReviewUrlOption = typer.Option(None, "--review-url", metavar="URL", help="claimreview: the page that publishes the review.")
ReviewDateOption = typer.Option(None, "--review-date", metavar="YYYY-MM-DD", help="claimreview: the review's publication date (default: today, UTC).")
ClaimUrlOption = typer.Option(None, "--claim-url", metavar="URL", help="claimreview: where the claim appeared.")
ClaimDateOption = typer.Option(None, "--claim-date", metavar="YYYY-MM-DD", help="claimreview: when the claim first appeared.")


def _review_meta(env: Environment, publisher, publisher_url, review_url, review_date, claim_url, claim_date, fmt: str):
    """ClaimReview metadata from flags, then the config; each URL and date
    checked, none invented. Says on stderr what Google's markup still needs."""
    import datetime as dt

    from .claimreview import ReviewMeta

    config = _config(env)
    for flag, url in (("--publisher-url", publisher_url), ("--review-url", review_url), ("--claim-url", claim_url)):
        if url is not None and not (url.startswith(("https://", "http://")) and len(url.split()) == 1):
            raise UserError(f"error: {flag} {url!r}: expected an http(s) URL")
    for flag, day in (("--review-date", review_date), ("--claim-date", claim_date)):
        if day is not None:
            try:
                dt.date.fromisoformat(day)
            except ValueError:
                raise UserError(f"error: {flag} {day!r}: expected a date as YYYY-MM-DD") from None
    meta = ReviewMeta(
        publisher=publisher or config.publisher,
        publisher_url=publisher_url or config.publisher_url,
        review_url=review_url,
        review_date=review_date,
        claim_url=claim_url,
        claim_date=claim_date,
    )
    for need in meta.missing():
        _say(env, f"warning: claimreview without {need}", fmt)
    return meta


ColorOption = typer.Option(None, "--color", help="Colour: auto (on a terminal, unless NO_COLOR is set), always, never.")


@app.callback()
def _root(
    ctx: typer.Context,
    color: ColorMode = typer.Option(ColorMode.auto, "--color", help="Colour for every command: auto (on a terminal, unless NO_COLOR is set), always, never."),
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print factcheck's version and exit."),
) -> None:
    _env(ctx).color = color.value


def _use_color(env: Environment, color: "ColorMode | None") -> None:
    """A command's own --color overrides the global one."""
    if color is not None:
        env.color = color.value


def _env(ctx: typer.Context) -> Environment:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, Environment) else Environment()


def _say(env: Environment, message: str, fmt: str | None = None, **fields: object) -> None:
    """A message on stderr: JSON when the user asked for JSON output."""
    if fmt in ("json", "jsonl"):
        line = json.dumps({"message": message, **fields}, ensure_ascii=False) + "\n"
    else:
        from .rendering import printable_name

        line = printable_name(message) + "\n"  # one line, even if it quotes a file name with a newline
    try:
        env.stderr.write(line)
        env.stderr.flush()
    except (OSError, ValueError):  # stderr closed (`2>&-`) or full: nowhere to say it; the exit status still tells
        pass


def _config(env: Environment):
    """factcheck.toml or [tool.factcheck], found upwards from the working directory."""
    from .config import ConfigError, find_config

    try:
        return find_config(env.cwd)
    except ConfigError as exc:
        raise UserError(f"error: {exc}") from None


def _corpus_dir(env: Environment, claims: Optional[Path]) -> tuple[Path, str]:
    """--claims, then $FACTCHECK_CLAIMS, then the config's `claims`, then
    ./claims or the bundled corpus."""
    from .corpus import resolve_corpus_dir

    if claims is None and not env.variables.get("FACTCHECK_CLAIMS"):
        config = _config(env)
        if config.claims is not None:
            return config.claims, config.shown
    return resolve_corpus_dir(claims, env.variables, env.cwd)


def _fail_on(env: Environment, given: "FailOn | None") -> "FailOn":
    if given is not None:
        return given
    return FailOn(_config(env).fail_on or FailOn.conflicting.value)


def _load_checker(env: Environment, claims: Optional[Path], verbose: bool, fmt: str | None = None) -> Checker:
    """The checker `factcheck.load()` would give in this environment; a
    config file's corpus comes after --claims and $FACTCHECK_CLAIMS."""
    from .corpus import CorpusError
    from .settings import open_checker

    why = ""
    if claims is None and not env.variables.get("FACTCHECK_CLAIMS"):
        config = _config(env)
        if config.claims is not None:
            claims, why = config.claims, config.shown
    notes: list[str] = []
    try:
        checker, where = open_checker(claims, env.variables, env.cwd, notes)
    except CorpusError as exc:
        raise UserError(f"error: cannot use the claims corpus: {exc}") from None
    if verbose:
        for note in notes:
            _say(env, note, fmt)
        corpus = checker.corpus
        _say(env, f"corpus: {where.path} ({why or where.why}; {len(corpus.claims)} claims from {len(corpus.sources)} sources)", fmt)
    _settle_memory()
    return checker


def _settle_memory() -> None:
    """The index lives as long as the process: leave it out of every later
    garbage collection, and collect less often, since a batch's short-lived
    objects are freed by reference counting. (Collection was about a sixth
    of a batch's time on a 10,000-claim corpus; bench/README.md.)"""
    import gc

    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def _load_corpus(env: Environment, claims: Optional[Path], verbose: bool, fmt: str | None = None) -> Corpus:
    return _load_checker(env, claims, verbose, fmt).corpus


# --- check ----------------------------------------------------------------------


def _read_lines(stream: BinaryIO, name: str) -> Iterator[tuple[int, str | None, str]]:
    """(line number, text or None if unreadable, reason) for each line, streamed."""
    number = 0
    while True:
        raw = _read_line(stream, name, number + 1, MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            head = raw[:80].decode("utf-8", "backslashreplace")
            while raw and not raw.endswith(b"\n"):
                raw = _read_line(stream, name, number, MAX_LINE_BYTES)
            yield number, None, f"{name}:{number}: line is longer than {MAX_LINE_BYTES // 1024 // 1024} MB; not checked (starts {head!r})"
            continue
        raw = raw.rstrip(b"\r\n")
        try:
            yield number, raw.decode("utf-8"), ""
        except UnicodeDecodeError as exc:
            text = raw.decode("utf-8", "backslashreplace")
            yield number, None, f"{name}:{number}:{exc.start + 1}: not valid UTF-8 (byte 0x{raw[exc.start]:02x}); line not checked"
            del text


def _read_line(stream: BinaryIO, name: str, number: int, limit: int) -> bytes:
    """A read error (EIO from /proc/self/mem, a closed stdin) ends the input
    with one line saying where; what was read before it is already out."""
    try:
        return stream.readline(limit)
    except OSError as exc:
        raise UserError(f"error: {name}:{number}: cannot read: {exc.strerror or exc}") from None


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
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a claim is at least this bad (conflicting > mixed > unverified). Default: the config's fail-on, else conflicting."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
    color: Optional[ColorMode] = ColorOption,
    publisher: Optional[str] = PublisherOption,
    publisher_url: Optional[str] = PublisherUrlOption,
    review_url: Optional[str] = ReviewUrlOption,
    review_date: Optional[str] = ReviewDateOption,
    claim_url: Optional[str] = ClaimUrlOption,
    claim_date: Optional[str] = ClaimDateOption,
) -> int:
    """Check claims: supported, conflicting, mixed or unverified, with the passages that say so."""
    env = _env(ctx)
    _use_color(env, color)
    claims = claims or []
    if not claims and file is None:
        raise UserError('error: give a claim to check, `-` to read claims from stdin, or --file PATH (try: factcheck check "£45m Young Londoners Fund")')
    if claims.count("-") > 1:
        raise UserError("error: `-` (stdin) can be given only once")
    from .checking import CheckResult
    from .rendering import make_renderer

    review = _review_meta(env, publisher, publisher_url, review_url, review_date, claim_url, claim_date, fmt.value) if fmt is Format.claimreview else None
    checker = _load_checker(env, claims_dir, verbose, fmt.value)
    renderer = make_renderer(fmt.value, env.stdout, env, flush_each=env.stdout_isatty or _input_may_wait(env, claims, file), review=review)
    fail_on = _fail_on(env, fail_on)
    worst = ExitStatus.OK
    counts: dict[str, int] = {}
    renderer.start()
    try:
        for text, unreadable in _claims_from(env, claims, file):
            result = CheckResult.cannot_check(text, unreadable) if unreadable else checker.check(text)
            renderer.result(result)
            counts[result.verdict.value] = counts.get(result.verdict.value, 0) + 1
            if result.verdict.reaches(fail_on.value):
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
    claimreview = "claimreview"
    html = "html"


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

  factcheck scan drafts/ --quiet --only conflicting,mixed

  factcheck scan drafts/*.md --format line --fail-on mixed

  cat draft.md | factcheck scan - --stdin-filename draft.md --format github
"""
)
@_reader_may_leave
def scan(
    ctx: typer.Context,
    files: List[str] = typer.Argument(..., metavar="PATH...", help="Drafts, or directories to search for Markdown and text drafts (honouring .gitignore and .factcheckignore); `-` reads stdin."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", metavar="NAME", help="Path to report for `-` (its suffix also picks Markdown)."),
    fmt: ScanFormat = typer.Option(ScanFormat.pretty, "--format", help="Output format."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when a finding is at least this bad (conflicting > mixed > unverified). Default: the config's fail-on, else conflicting."),
    no_exit: bool = typer.Option(False, "--no-exit", help="Report only: exit 0 even with findings."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Problems only: no supported figures, no summary, no progress bar."),
    only: str | None = typer.Option(None, "--only", metavar="VERDICTS", help="Report only these verdicts, comma-separated (e.g. conflicting,mixed); the exit status counts only them."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="FILE", help="Accept the findings recorded in FILE: only new findings fail."),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", metavar="FILE", help="Record every problem finding in FILE as accepted, and exit 0."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
    color: Optional[ColorMode] = ColorOption,
    publisher: Optional[str] = PublisherOption,
    publisher_url: Optional[str] = PublisherUrlOption,
    review_url: Optional[str] = ReviewUrlOption,
    review_date: Optional[str] = ReviewDateOption,
    claim_url: Optional[str] = ClaimUrlOption,
    claim_date: Optional[str] = ClaimDateOption,
) -> int:
    """Check every figure-bearing sentence of drafts; findings at path:line:col."""
    env = _env(ctx)
    _use_color(env, color)
    if files.count("-") > 1:
        raise UserError("error: `-` (stdin) can be given only once")
    from .drafts import DraftError
    from .rendering import make_finding_renderer

    shown_verdicts = _only_verdicts(only, quiet)
    config = _config(env)
    accepted_baseline = _load_baseline(env, baseline, write_baseline, config)
    checker = _load_checker(env, claims_dir, verbose, fmt.value)
    targets = _targets(env, files, config, fmt.value)
    review = _review_meta(env, publisher, publisher_url, review_url, review_date, claim_url, claim_date, fmt.value) if fmt is ScanFormat.claimreview else None
    renderer = make_finding_renderer(fmt.value, env.stdout, env, _own_version(), review=review)
    tally = _Tally(_fail_on(env, fail_on).value)
    recorded: list[dict] = []
    progress = None if quiet else _progress(env, len(targets))
    interrupted = False
    unread = 0
    renderer.start()
    try:
        for number, name in enumerate(targets, 1):
            if progress is not None:
                progress.update(progress.task_ids[0], description=_progress_label(name))
            try:
                read = _read_draft(env, name, stdin_filename)
            except DraftError as exc:
                # One unreadable file does not stop the others; exit 2 at the end.
                _say(env, f"error: {exc.problem}", fmt.value, **_place_of(exc.problem))
                unread += 1
                continue
            for warning in read.warnings:
                _say(env, str(warning), fmt.value, **_place_of(warning))
            shown, text = read.path, read.text
            draft = env.cwd / (shown if name == "-" else name)
            findings = _scan_accepting(env, checker, shown, text, fmt.value)
            if accepted_baseline is not None:
                findings = accepted_baseline.apply(findings, draft, {})
            if write_baseline is not None:
                recorded.extend(_baseline_entries(findings, draft, env.cwd / write_baseline))
            findings = [f for f in findings if f.verdict in shown_verdicts]
            with _paused(progress, env):
                renderer.draft(shown, text)
                renderer.findings(findings)
            tally.add(findings)
            if progress is not None:
                progress.update(progress.task_ids[0], completed=number)
    except KeyboardInterrupt:
        interrupted = True  # what is buffered is not worth the wait: stop now
        raise
    finally:
        if progress is not None:
            progress.stop()
        if not interrupted:
            renderer.finish()
    if ((fmt in (ScanFormat.pretty, ScanFormat.line, ScanFormat.html) and not quiet) or verbose) and (len(targets) > unread or verbose):
        _say(env, tally.summary(len(targets) - unread, shown_verdicts, unread), fmt.value)
    elif tally.accepted and fmt not in (ScanFormat.jsonl, ScanFormat.json):
        _say(env, tally.accepted_note(), fmt.value)  # never silently: JSON carries each as "suppressed"
    if write_baseline is not None:
        _write_baseline(env, write_baseline, recorded, fmt.value)
    if unread:
        return ExitStatus.ERROR  # a draft that could not be read: said above, the rest scanned
    if write_baseline is not None:
        return ExitStatus.OK
    return ExitStatus.OK if no_exit else tally.status


@dataclass
class _Tally:
    """What a scan found: counts by verdict, accepted findings, exit status."""

    fail_on: str
    counts: dict = field(default_factory=dict)
    accepted: dict = field(default_factory=dict)
    status: ExitStatus = ExitStatus.OK

    def add(self, findings: list) -> None:
        from .verdicts import Verdict

        threshold = Verdict(self.fail_on).severity
        for f in findings:
            if f.accepted is not None:
                self.accepted[f.accepted.by] = self.accepted.get(f.accepted.by, 0) + 1
                continue
            self.counts[f.verdict] = self.counts.get(f.verdict, 0) + 1
            if f.verdict is not Verdict.SUPPORTED and f.verdict.severity >= threshold:
                self.status = ExitStatus.FINDINGS

    def accepted_note(self) -> str:
        total = sum(self.accepted.values())
        parts = " and ".join(f"{n} by {'inline comment' if by == 'comment' else by}" for by, n in sorted(self.accepted.items()))
        return f"{total} accepted finding{'s' if total != 1 else ''} not counted ({parts})"

    def summary(self, files: int, shown_verdicts: set, unread: int = 0) -> str:
        from .verdicts import Verdict

        order = (Verdict.CONFLICTING, Verdict.MIXED, Verdict.UNVERIFIED, Verdict.SUPPORTED)
        by_verdict = ", ".join(f"{self.counts.get(v, 0)} {v.value}" for v in order if v in shown_verdicts)
        tail = f"; {self.accepted_note()}" if self.accepted else ""
        not_read = f" ({unread} not read)" if unread else ""
        return f"{sum(self.counts.values())} figures in {files} file{'s' if files != 1 else ''}{not_read}: {by_verdict}{tail}"


def _load_baseline(env: Environment, baseline: Optional[Path], write_baseline: Optional[Path], config):
    """--baseline, else the config's baseline; none while writing a new one
    (it is written from scratch, not filtered by the old)."""
    from .suppression import Baseline, BaselineError

    if baseline is None and write_baseline is None:
        baseline = config.baseline
    if baseline is None:
        return None
    try:
        return Baseline.load(env.cwd / baseline, _shown_path(env, baseline))
    except BaselineError as exc:
        raise UserError(f"error: {exc}") from None


def _targets(env: Environment, files: List[str], config, fmt: str) -> list[str]:
    """The drafts to read, as the user would type their paths (`-` as is);
    each file left out said on stderr."""
    from .discovery import Draft, IgnoreRules, Skipped, discover

    targets: list[str] = []
    skipped = 0
    for item in discover(files, env.cwd, IgnoreRules(config.ignore, config.directory)):
        if isinstance(item, Skipped):
            skipped += 1
            _say(env, f"{item.shown}: skipped, {item.why}", fmt)
        else:
            targets.append(item.shown if isinstance(item, Draft) else item)
    if not targets and not skipped:
        _say(env, f"no drafts to scan in {' '.join(files)} (drafts are {', '.join(_draft_suffixes())} files)", fmt)
    return targets


def _write_baseline(env: Environment, path: Path, entries: list[dict], fmt: str) -> None:
    from .suppression import write_baseline

    try:
        write_baseline(env.cwd / path, entries)
    except OSError as exc:
        raise UserError(f"error: {path}: cannot write the baseline: {exc.strerror or exc}") from None
    _say(env, f"wrote {len(entries)} accepted finding{'s' if len(entries) != 1 else ''} to {path}", fmt)


def _scan_accepting(env: Environment, checker, shown: str, text: str, fmt: str) -> list:
    """scan_text with the draft's own `factcheck: ignore` comments applied;
    a comment that cannot be applied is a warning at its line, not an error."""
    from .scanning import is_markdown, scan_text
    from .suppression import apply_directives, blank_directives, read_directives

    markdown = is_markdown(shown)

    directives = read_directives(text)
    # Markdown already skips HTML comments; in plain text the comment's own
    # figure ("£12m") must not be scanned.
    scanned = text if markdown or not directives else blank_directives(text, directives)
    findings = scan_text(scanned, shown, checker, markdown)
    findings, warnings = apply_directives(scanned, markdown, findings, directives)
    for warning in warnings:
        _say(env, f"{shown}:{warning}", fmt)
    return findings


def _baseline_entries(findings: list, draft: Path, baseline_file: Path) -> list[dict]:
    from .suppression import Baseline, baseline_entries

    return baseline_entries(findings, Baseline(baseline_file, str(baseline_file)).uri(draft), {})


def _shown_path(env: Environment, path: Path) -> str:
    from .rendering import display_path

    return display_path(path, env.cwd)


def _own_version() -> str:
    from .settings import package_version

    return package_version()


def _draft_suffixes() -> tuple[str, ...]:
    from .discovery import DRAFT_SUFFIXES

    return DRAFT_SUFFIXES


def _only_verdicts(only: str | None, quiet: bool):
    """The verdicts to report: --only's list, less supported with --quiet."""
    from .verdicts import Verdict

    chosen = set(Verdict)
    if only is not None:
        names = [n.strip().lower() for n in only.split(",") if n.strip()]
        known = {v.value: v for v in Verdict}
        unknown = [n for n in names if n not in known]
        if unknown or not names:
            raise UserError(f"error: --only {only!r}: expected a comma-separated list of {', '.join(known)}")
        chosen = {known[n] for n in names}
    if quiet:
        chosen.discard(Verdict.SUPPORTED)
    return chosen


def _progress_label(path: str) -> str:
    from .rendering import printable

    # Rich measures the description; a long path would push n/N off the line.
    shown = printable(path)
    return shown if len(shown) <= 40 else "…" + shown[-39:]


class _paused:
    """Takes the progress bar off the terminal while findings are written
    to the same terminal, so the two never interleave."""

    def __init__(self, progress, env: Environment):
        self.progress = progress if progress is not None and env.stdout_isatty else None

    def __enter__(self) -> None:
        if self.progress is not None:
            self.progress.stop()

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None and exc[0] is None:
            self.progress.start()


def _progress(env: Environment, total: int):
    """A progress bar on stderr naming the file and n/N, for many files on a terminal; none otherwise."""
    if total < 2 or not env.stderr_isatty:
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    # The environment says stderr is a terminal; Rich need not ask the stream again.
    console = Console(file=env.stderr, force_terminal=True, no_color=not env.color_for(True), markup=False, highlight=False, emoji=False)
    progress = Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    progress.add_task("scanning", total=total)
    progress.start()
    return progress


# --- validate, sources, show ------------------------------------------------------------


class ListFormat(str, Enum):
    text = "text"
    json = "json"


@app.command(
    epilog="""Examples:

  factcheck validate

  cd my-corpus && factcheck validate

  factcheck validate --format json > report.json

Exit status 0 when there are no errors (warnings are shown but do not fail),
1 when there are, 2 when no corpus could be read at all.
"""
)
@_reader_may_leave
def validate(
    ctx: typer.Context,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format: text (file:line:col: message) or json."),
    no_round_trip: bool = typer.Option(False, "--no-round-trip", help="Skip checking each passage as a claim (faster)."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Check the claims corpus: schema, ids, sources, passages verbatim, figures, qualifiers, periods, hashes, round trip."""
    env = _env(ctx)
    from .rendering import printable
    from .validation import validate_corpus

    root, why = _corpus_dir(env, claims_dir)
    if verbose:
        _say(env, f"corpus: {root} ({why})", fmt.value)
    # Read the path as typed (so problems show it as typed) when it means the
    # same from here; an injected environment's own directory otherwise.
    target = root if root.is_absolute() or Path.cwd() == env.cwd else env.cwd / root
    report = validate_corpus(target, round_trip=not no_round_trip)
    if report.cannot_run:
        raise UserError(report.cannot_run)
    n, w = len(report.problems), len(report.warnings)
    claims, sources = len(report.corpus.claims), len(report.corpus.sources)
    if fmt is ListFormat.json:
        data = {
            "ok": not n,
            "corpus": str(root),
            "claims": claims,
            "sources": sources,
            "problems": [{"file": p.path, "line": p.line, "column": p.column, "message": p.message} for p in report.problems],
            "warnings": [{"file": p.path, "line": p.line, "column": p.column, "message": p.message} for p in report.warnings],
        }
        env.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for problem in [*report.problems, *report.warnings]:
            env.stdout.write(printable(str(problem)) + "\n")
        if not n:
            # The result is data: `factcheck validate > log` keeps it.
            warned = f", {w} warning{'s' if w != 1 else ''}" if w else ""
            env.stdout.write(printable(f"ok: {claims} claims from {sources} sources in {root}{warned}") + "\n")
    env.stdout.flush()
    if n:
        if fmt is ListFormat.text:
            _say(env, f"{n} problem{'s' if n != 1 else ''} in {root}")
        return ExitStatus.FINDINGS
    return ExitStatus.OK


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


def _source_dict(s: Source, claims: int) -> dict:
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


def _claim_dict(c: Claim) -> dict:
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


# --- curating: add-source, extract, conflicts, diff ----------------------------------------


def _corpus_to_write(env: Environment, claims_dir: Optional[Path], verbose: bool, fmt: str | None = None) -> Path:
    """The corpus a curating command writes to: never the bundled one, which
    belongs to the installed package."""
    from .corpus import resolve_corpus_dir

    root, why = resolve_corpus_dir(claims_dir, env.variables, env.cwd)
    if why == "bundled":
        raise UserError("error: no corpus here to add to (no ./sources/index.yaml or ./claims/sources/index.yaml); pass --claims DIR, which may be a new directory")
    root = env.cwd / root
    if verbose:
        _say(env, f"corpus: {root} ({why})", fmt)
    return root


@app.command(
    "add-source",
    epilog="""Examples:

  factcheck add-source ~/Downloads/press-release.txt --kind press_release --publisher "Mayor of London"

  factcheck add-source letter.txt --id mayor-letter-2026-01 --title "Letter to the committee" --claims ./claims
""",
)
@_reader_may_leave
def add_source(
    ctx: typer.Context,
    file: Path = typer.Argument(..., metavar="FILE", help="The document as plain UTF-8 text."),
    source_id: Optional[str] = typer.Option(None, "--id", help="Source id (a slug). Default: from the file name."),
    title: Optional[str] = typer.Option(None, "--title", help="The title the document gives itself. Default: unknown."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Who published it, as the document names them. Default: unknown."),
    kind: Optional[str] = typer.Option(None, "--kind", help="news_article, letter, web_page, report, press_release, transcript or other (default)."),
    date: Optional[str] = typer.Option(None, "--date", help="YYYY[-MM[-DD]]. Default: the dateline's date if the text has one, else unknown."),
    url: Optional[str] = typer.Option(None, "--url", help="Where the document was published. Default: unknown."),
    description: Optional[str] = typer.Option(None, "--description", help="Your own one-line description (shown when the title is unknown)."),
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Copy a document into the corpus, register it with its SHA-256, and start its (empty) claims file."""
    env = _env(ctx)
    from .sources_admin import AddSourceError
    from .sources_admin import add_source as register

    root = _corpus_to_write(env, claims_dir, verbose, fmt.value)
    try:
        added = register(root, env.cwd / file, source_id, title, publisher, kind, date, url, description)
    except AddSourceError as exc:
        raise UserError(str(exc)) from None
    if fmt is ListFormat.json:
        env.stdout.write(json.dumps(added.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        from .rendering import printable

        lines = [f"{key}: {value}" for key, value in added.entry.items()]
        env.stdout.write(printable("\n".join(lines)) + "\n")
    for note in added.notes:
        _say(env, note, fmt.value)
    from .rendering import display_path

    shown = " and ".join(display_path(p, env.cwd) for p in (added.text_path, added.claims_path))
    _say(env, f"added {shown}; next: factcheck extract {added.id} --write", fmt.value)
    return ExitStatus.OK


class DraftFormat(str, Enum):
    yaml = "yaml"
    json = "json"


@app.command(
    epilog="""Examples:

  factcheck extract lantern-youth-hubs

  factcheck extract lantern-youth-hubs --write

  factcheck extract ~/Downloads/press-release.txt --format json

Drafts go to stdout, or with --write into the source's claims file.
""",
)
@_reader_may_leave
def extract(
    ctx: typer.Context,
    item: str = typer.Argument(..., metavar="SOURCE_ID|FILE", help="A registered source id, or a text file (registered or not)."),
    write: bool = typer.Option(False, "--write", help="Append the drafts to the source's claims file instead of printing them."),
    fmt: DraftFormat = typer.Option(DraftFormat.yaml, "--format", help="Output format."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Draft a claim for every figure of a document: passage, figure, value, unit, qualifier, period, topic."""
    env = _env(ctx)
    import hashlib

    from .extraction import drafts_yaml
    from .extraction import extract as draft_claims
    from .sources_admin import find_dateline, slug_from

    checker = _load_checker(env, claims_dir, verbose, fmt.value)
    corpus = checker.corpus
    source = corpus.sources.get(item)
    if source is not None:
        text = source.text()
    else:
        path = env.cwd / item
        if not path.is_file():
            raise UserError(f"error: {item!r} is neither a source id of {corpus.root} nor a file (`factcheck sources` lists the ids)")
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError(f"error: {item}: not UTF-8; save it as UTF-8 text") from None
        digest = hashlib.sha256(raw).hexdigest()
        source = next((s for s in corpus.sources.values() if s.sha256 == digest), None)
        if source is None:
            if write:
                raise UserError(f"error: {item} is not registered in {corpus.root}; run `factcheck add-source {item}` first")
            _say(env, f"{item} is not registered: drafts name it {slug_from(path.stem)!r}; run `factcheck add-source {item}` before adding them", fmt.value)
    sid = source.id if source is not None else slug_from(Path(item).stem)
    dateline = find_dateline(text) if source is None or source.date_as_written else None
    existing = corpus.claims_of(sid)
    result = draft_claims(text, sid, checker, dateline, existing)
    if result.already_claimed:
        _say(env, f"{result.already_claimed} figure{'s' if result.already_claimed != 1 else ''} already in the corpus for {sid}; not drafted again", fmt.value)
    if write:
        from .rendering import display_path

        target = corpus.root / f"{sid}.yaml"
        _write_drafts(target, result, drafts_yaml)
        _say(env, f"wrote {len(result.drafts)} draft claims to {display_path(target, env.cwd)}; review the `# review:` lines, then run `factcheck validate`", fmt.value)
    elif fmt is DraftFormat.json:
        env.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        env.stdout.write(drafts_yaml(result))
    if not write:
        _say(env, f"{len(result.drafts)} draft claims, {len(result.skipped)} figures skipped (said why)", fmt.value)
    return ExitStatus.OK


def _write_drafts(target: Path, result, drafts_yaml) -> None:
    """A claims file with no claims yet is replaced; otherwise the drafts are appended to its list."""
    import re

    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if not current.strip() or re.search(r"^claims:\s*\[\]\s*$", current, re.MULTILINE):
        target.write_text(drafts_yaml(result), encoding="utf-8")
        return
    if not result.drafts:
        return
    separator = "" if current.endswith("\n") else "\n"
    target.write_text(current + separator + drafts_yaml(result, items_only=True), encoding="utf-8")


@app.command(
    epilog="""Examples:

  factcheck conflicts

  factcheck conflicts --format json --claims ./claims

Exit status 1 when a group of differing figures has no note saying why.
""",
)
@_reader_may_leave
def conflicts(
    ctx: typer.Context,
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """Audit the corpus: every topic whose documents give differing figures, with passages, sources and notes."""
    env = _env(ctx)
    from .audit import find_conflicts, render_conflicts_text
    from .rendering import printable

    corpus = _load_corpus(env, claims_dir, verbose, fmt.value)
    found = find_conflicts(corpus)
    unnoted = sum(1 for c in found if c.warning)
    if fmt is ListFormat.json:
        env.stdout.write(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2) + "\n")
    else:
        env.stdout.write(printable(render_conflicts_text(found)))
        _say(env, f"{len(found)} group{'s' if len(found) != 1 else ''} of differing figures, {unnoted} without a note")
    return ExitStatus.FINDINGS if unnoted else ExitStatus.OK


@app.command(
    epilog="""Examples:

  git archive HEAD claims | tar -x -C /tmp/before

  factcheck diff --against /tmp/before/claims

  factcheck diff --claims ./claims --against /tmp/before/claims examples/claims.txt --format json

Exit status 1 when a verdict changed for a claim the old corpus could
already speak to (its passages, the claims files given); the passages of
documents added since OLD are listed apart and do not set it.
""",
)
@_reader_may_leave
def diff(
    ctx: typer.Context,
    files: List[Path] = typer.Argument(None, metavar="[CLAIMS_FILE...]", help="More claims to check, one per line (# comments and blank lines skipped)."),
    against: Path = typer.Option(..., "--against", metavar="OLD", help="The corpus before the change (a claims directory)."),
    fmt: ListFormat = typer.Option(ListFormat.text, "--format", help="Output format."),
    claims_dir: Optional[Path] = ClaimsOption,
    verbose: bool = VerboseOption,
) -> int:
    """What a corpus change does to verdicts: every documented passage (and the claims given) checked against both."""
    env = _env(ctx)
    from .audit import diff_verdicts, documented_passages, render_changes_text
    from .rendering import printable

    new = _load_checker(env, claims_dir, verbose, fmt.value)
    old = _load_checker(env, env.cwd / against, verbose, fmt.value)
    claims = documented_passages(old.corpus, new.corpus)
    for path in files or []:
        claims += _claim_lines(env.cwd / path)
    checked, changes = diff_verdicts(dict.fromkeys(claims), old, new)
    if fmt is ListFormat.json:
        env.stdout.write(json.dumps({"checked": checked, "changed": [c.to_dict() for c in changes]}, ensure_ascii=False, indent=2) + "\n")
    else:
        env.stdout.write(printable(render_changes_text(changes)))
        added = sum(c.added for c in changes)
        _say(env, f"{len(changes) - added} of {checked} claims changed verdict" + (f", and {added} passages of added documents" if added else ""))
    return ExitStatus.FINDINGS if any(not c.added for c in changes) else ExitStatus.OK


def _claim_lines(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"error: {path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UserError(f"error: {path}:{line}: not valid UTF-8") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


# --- entry point -----------------------------------------------------------------------


class _ReaderGone(Exception):
    """stdout's reader went away (`| head -1`). Not an OSError, so that
    click's own handler, which exits 1 on EPIPE, leaves it to `main`."""


class _OutputFailed(Exception):
    """Writing stdout failed (a full disk, /dev/full, an I/O error): the
    results are lost, so the run could not do what was asked (exit 2, not
    1, which means findings)."""

    def __init__(self, error: OSError):
        super().__init__(error.strerror or str(error))


class _GuardedOutput:
    """stdout, with a failed write told apart from every other OSError."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputFailed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputFailed(exc) from None

    def __getattr__(self, name: str) -> object:  # isatty, encoding... as the stream has them
        return getattr(self._stream, name)


def main(argv: Optional[List[str]] = None, env: Optional[Environment] = None) -> int:
    """Run the CLI; returns the exit status instead of exiting, for tests."""
    import contextlib

    given = env or Environment()
    args = list(sys.argv[1:] if argv is None else argv)
    fmt = _format_of(args)
    if isinstance(given.stdout, ClosedStream):  # `>&-`: every command's results would be lost
        _say(given, "error: stdout is closed, so no result could be written; send it somewhere (> results.txt, or > /dev/null to keep only the exit status)", fmt, status=int(ExitStatus.ERROR))
        return ExitStatus.ERROR
    env = dataclasses.replace(given, stdout=_GuardedOutput(given.stdout))  # type: ignore[arg-type]
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
        _silence_stdout(given)
        return ExitStatus.OK
    except SystemExit as exc:  # Typer's --show-completion/--install-completion exit by themselves
        return int(exc.code) if isinstance(exc.code, int) else ExitStatus.OK
    except _OutputFailed as exc:
        _silence_stdout(given)  # or Python's exit-time flush fails again, with a traceback
        _say(given, f"error: cannot write the results to stdout: {exc}", fmt, status=int(ExitStatus.ERROR))
        return ExitStatus.ERROR
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
    escape_what_streams_cannot_encode()
    sys.exit(main())
