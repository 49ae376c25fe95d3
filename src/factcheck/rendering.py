"""Turning results into text, JSON lines, JSON, CSV, or Rich panels.

Renderers stream: `start()`, one `result()` per claim as it is checked, then
`finish()`. Only the pretty renderer imports Rich, and only when used, so
`--format jsonl` pays nothing for it.

Text from users and documents is never interpreted: Rich gets `Text`
objects, not markup strings, and control characters (ANSI escapes, OSC 8
links, bidi overrides) are shown as visible escapes on every human format;
in file names, line breaks and tabs are escaped too, so that a record stays
one line. JSON escapes them by itself. CSV cells a spreadsheet would run as
formulas are made text (see `spreadsheet_safe`).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Protocol, TextIO

from .checking import CheckResult, Evidence, Relation
from .verdicts import Verdict

if TYPE_CHECKING:
    from .claimreview import ReviewMeta
    from .environment import Environment
    from .scanning import Finding

__all__ = ["make_renderer", "make_finding_renderer", "printable", "printable_name", "spreadsheet_safe", "display_path", "VERDICT_STYLE"]

VERDICT_STYLE = {
    Verdict.SUPPORTED: "green",
    Verdict.CONFLICTING: "red",
    Verdict.MIXED: "yellow",
    Verdict.UNVERIFIED: "magenta",
}
RELATION_STYLE = {Relation.SUPPORTS: "green", Relation.CONFLICTS: "red", Relation.RELATED: "dim"}
RELATION_MARK = {Relation.SUPPORTS: "✔ supports", Relation.CONFLICTS: "✘ conflicts", Relation.RELATED: "· related"}

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with control characters shown as escapes: "\\x1b[2J", not a cleared screen."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_LINE_BREAKING = re.compile("[\t\n\x85\u2028\u2029]")


def printable_name(name: str) -> str:
    """A file name as one line of text: `printable`, and line breaks and tabs
    escaped too, so that a name holding a newline cannot split a
    path:line:col record in two."""
    return _LINE_BREAKING.sub(_escape, printable(name))


# The leading characters OWASP lists for CSV injection: a spreadsheet may
# read a cell starting with one of them as a formula. OWASP's advice is to
# prefix such a cell with a single quote, so that it is read as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


# One encoder for every result instead of one built per json.dumps call. The
# dicts from to_dict() are trees built afresh, never cyclic, so the circular
# check (a dict insert and delete per container) is skipped; the output is
# byte for byte what json.dumps(..., ensure_ascii=False) writes.
_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


class Reportable(Protocol):
    """What the JSON renderers write: a `CheckResult`, or a `Finding` (the
    same contract plus its path, line and column)."""

    def to_dict(self) -> dict: ...


class Renderer:
    def __init__(self, out: TextIO):
        self.out = out

    def start(self) -> None:
        pass

    def draft(self, path: str, text: str) -> None:
        """The text of the file whose findings come next (scan only)."""

    def result(self, result: CheckResult) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass


class JsonLinesRenderer(Renderer):
    def __init__(self, out: TextIO, flush_each: bool = True):
        super().__init__(out)
        self.flush_each = flush_each

    def result(self, result: Reportable) -> None:
        self.out.write(_to_json(result.to_dict()) + "\n")
        if self.flush_each:
            self.out.flush()

    def finish(self) -> None:
        self.out.flush()


class JsonRenderer(Renderer):
    """A JSON array, written as results arrive so memory stays flat."""

    def start(self) -> None:
        self.first = True
        self.out.write("[")

    def result(self, result: Reportable) -> None:
        self.out.write(("\n  " if self.first else ",\n  ") + _to_json(result.to_dict()))
        self.first = False

    def finish(self) -> None:
        self.out.write("\n]\n" if not self.first else "]\n")
        self.out.flush()


CSV_COLUMNS = ("claim", "verdict", "figures", "reason", "supports", "conflicts", "sources")


class CsvRenderer(Renderer):
    def __init__(self, out: TextIO, flush_each: bool = True):
        super().__init__(out)
        self.flush_each = flush_each

    def start(self) -> None:
        self.writer = csv.writer(self.out, lineterminator="\n")
        self.writer.writerow(CSV_COLUMNS)

    def result(self, result: CheckResult) -> None:
        def ids(relation: str) -> str:
            return " ".join(dict.fromkeys(e.claim.id for e in result.evidence if e.relation == relation))

        figures = "; ".join(f"{fc.figure.text} = {fc.figure.describe()} [{fc.verdict.value}]" for fc in result.figures)
        sources = " ".join(dict.fromkeys(e.source.id for e in result.evidence if e.relation != Relation.RELATED))
        row = (result.claim, result.verdict.value, figures, result.reason, ids(Relation.SUPPORTS), ids(Relation.CONFLICTS), sources)
        self.writer.writerow([spreadsheet_safe(printable(v)) for v in row])
        if self.flush_each:
            self.out.flush()

    def finish(self) -> None:
        self.out.flush()


def _cite(e: Evidence) -> str:
    date = e.source.date if e.source.date != "unknown" else "date unknown"
    return f"{e.source.label} ({date})"


def display_path(path: object, cwd: Path | None) -> str:
    """A path as a person would like to read it: relative to the working
    directory when it is under it."""
    p = Path(str(path))
    if cwd is not None:
        try:
            return str(p.relative_to(cwd))
        except ValueError:
            pass
    return str(p)


class TextRenderer(Renderer):
    """Plain text for logs and terminals without Rich: one block per claim."""

    def __init__(self, out: TextIO, cwd: Path | None = None, max_evidence: int = 4):
        super().__init__(out)
        self.cwd = cwd
        self.max_evidence = max_evidence

    def result(self, result: CheckResult) -> None:
        lines = [f"{result.verdict.value}: {printable(result.claim)}"]
        if result.reason:
            lines.append(f"  {printable(result.reason)}")
        shown, more = _shown_evidence(result, self.max_evidence)
        for e in shown:
            lines.append(f"  {RELATION_MARK[e.relation]} {printable(e.claim.figure)} [{e.claim.id}]: \"{printable(e.claim.passage)}\"")
            lines.append(f"      {printable(_cite(e))}, {printable(display_path(e.source.file, self.cwd))}")
        if more:
            lines.append(f"  {more}")
        self.out.write("\n".join(lines) + "\n\n")
        self.out.flush()


def _shown_evidence(result: CheckResult, limit: int) -> tuple[list[Evidence], str]:
    """The passages shown, at most `limit`, and "+N more passages" where
    that cut the list ("" if not): supporting and conflicting ones first,
    related ones only if nothing else; a passage once for each relation and
    figure, however many of its curated figures stand behind it (the 910
    knives and the 4,937 arrests of one sentence, both related to a third)."""
    decisive = [e for e in result.evidence if e.relation != Relation.RELATED]
    once: dict[tuple[Relation, int | None, str, str], Evidence] = {}
    for e in decisive or result.evidence:
        once.setdefault((e.relation, e.for_figure, e.claim.source, e.claim.passage), e)
    chosen = list(once.values())
    hidden = len(chosen) - limit
    return chosen[:limit], f"+{hidden} more passage{'s' if hidden > 1 else ''}" if hidden > 0 else ""


class PrettyRenderer(Renderer):
    """Rich panels: verdict in colour, the figure highlighted in each passage."""

    def __init__(self, out: TextIO, env: "Environment", isatty: bool, max_evidence: int = 4):
        super().__init__(out)
        self.console = _console(out, env, isatty)
        self.max_evidence = max_evidence
        self.cwd = env.cwd

    def result(self, result: CheckResult) -> None:
        from rich.console import Group
        from rich.padding import Padding
        from rich.panel import Panel
        from rich.text import Text

        style = VERDICT_STYLE[result.verdict]
        body: list = []
        if result.reason:
            body.append(Text(printable(result.reason)))
        shown, more = _shown_evidence(result, self.max_evidence)
        for e in shown:
            mark_style = RELATION_STYLE[e.relation]
            head = Text()
            head.append(RELATION_MARK[e.relation], style=mark_style)
            head.append("  ")
            head.append(printable(e.claim.figure), style="bold")
            head.append(f"  score {e.score:.2f}", style="dim")
            body.append(Text(""))
            body.append(head)
            cite = Text("— ", style="dim")
            cite.append(printable(_cite(e)), style="italic")
            cite.append(f" · {printable(display_path(e.source.file, self.cwd))}", style="dim")
            body.append(Padding(Group(_highlighted(e, mark_style), cite), (0, 0, 0, 3)))
        if more:
            body.append(Text(""))
            body.append(Text(more, style="dim"))
        title = Text()
        title.append(f" {result.verdict.value.upper()} ", style=f"bold reverse {style}")
        title.append(" ")
        title.append(printable(result.claim), style="bold")
        self.console.print(Panel(Group(*body) if body else Text(""), title=title, title_align="left", border_style=style, expand=True))


def _console(out: TextIO, env: "Environment", isatty: bool):
    """A Rich console for people: colour only on a terminal and never with
    NO_COLOR or TERM=dumb, and no markup, emoji or highlighting of user text."""
    from rich.console import Console

    color = env.color_for(isatty)
    return Console(
        file=out,
        force_terminal=color or None,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        width=env.columns or (None if isatty else 100),
    )


def _with_figure(text: str, figure: str, style: str, quoted: bool = False):
    """`text` as Rich Text with the first occurrence of `figure` styled."""
    from rich.text import Text

    text, figure = printable(text), printable(figure)
    out = Text("“" if quoted else "")
    at = text.find(figure)
    if at < 0:
        out.append(text)
    else:
        out.append(text[:at])
        out.append(figure, style=f"bold underline {style}")
        out.append(text[at + len(figure) :])
    if quoted:
        out.append("”")
    return out


def _highlighted(e: Evidence, style: str):
    return _with_figure(e.claim.passage, e.claim.figure, style, quoted=True)


def make_renderer(fmt: str, out: TextIO, env: "Environment", flush_each: bool = True, review: "ReviewMeta | None" = None) -> Renderer:
    """`flush_each` False lets jsonl and csv results leave in buffer-sized
    blocks, for when nobody waits on each one; `finish()` flushes the rest.
    `review` is the ClaimReview metadata for `claimreview`."""
    if fmt == "claimreview":
        from .claimreview import ClaimReviewRenderer, ReviewMeta

        return ClaimReviewRenderer(out, review or ReviewMeta())  # type: ignore[return-value]  # a Renderer by shape, not by class
    if fmt == "jsonl":
        return JsonLinesRenderer(out, flush_each)
    if fmt == "json":
        return JsonRenderer(out)
    if fmt == "csv":
        return CsvRenderer(out, flush_each)
    if fmt == "text":
        return TextRenderer(out, env.cwd)
    return PrettyRenderer(out, env, env.stdout_isatty)


def render_all(renderer: Renderer, results: Iterable[CheckResult]) -> None:
    renderer.start()
    for r in results:
        renderer.result(r)
    renderer.finish()


# --- scan renderers ---------------------------------------------------------------------

_PROBLEM_ORDER = {Verdict.CONFLICTING: 0, Verdict.MIXED: 1, Verdict.UNVERIFIED: 2, Verdict.SUPPORTED: 3}
GITHUB_LEVEL = {Verdict.CONFLICTING: "error", Verdict.MIXED: "warning", Verdict.UNVERIFIED: "notice"}


class FindingSink(Protocol):
    """What `scan` writes findings to: a `FindingRenderer`, or a check
    renderer taught to write findings (the JSON formats share the contract)."""

    def start(self) -> None: ...
    def draft(self, path: str, text: str) -> None: ...
    def findings(self, findings: list[Finding]) -> None: ...
    def finish(self) -> None: ...


class FindingRenderer:
    """Like `Renderer`, for scan findings. `draft(path, text)` comes before
    each file's findings, for formats that need the text as written."""

    def __init__(self, out: TextIO):
        self.out = out

    def start(self) -> None:
        pass

    def draft(self, path: str, text: str) -> None:
        pass

    def findings(self, findings: list["Finding"]) -> None:
        raise NotImplementedError

    def finish(self) -> None:
        pass


def _counted(findings: list["Finding"]) -> list["Finding"]:
    """Findings not accepted by a comment or the baseline: what the human
    formats show (the summary counts the others; JSON and SARIF keep them)."""
    return [f for f in findings if f.accepted is None]


class LineFindingRenderer(FindingRenderer):
    """path:line:col: verdict: message, for editors, grep and reviewdog."""

    def findings(self, findings: list["Finding"]) -> None:
        for f in _counted(findings):
            self.out.write(f"{printable_name(f.path)}:{f.line}:{f.column}: {f.verdict.value}: {printable(_one_line(f.result().reason))}\n")
        self.out.flush()


class JsonLinesFindingRenderer(JsonLinesRenderer):
    """The check contract plus path, line and column, one finding per line."""

    def findings(self, findings: list["Finding"]) -> None:
        for f in findings:
            self.result(f)


class JsonFindingRenderer(JsonRenderer):
    def findings(self, findings: list["Finding"]) -> None:
        for f in findings:
            self.result(f)


def github_escape_data(value: str) -> str:
    """Escape a workflow-command message as the Actions toolkit does."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_escape_property(value: str) -> str:
    """Escape a workflow-command property (file=, title=) as the Actions toolkit does."""
    return github_escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubFindingRenderer(FindingRenderer):
    """GitHub Actions annotations: ::error for conflicting, ::warning for mixed, ::notice for unverified."""

    def findings(self, findings: list["Finding"]) -> None:
        for f in _counted(findings):
            level = GITHUB_LEVEL.get(f.verdict)
            if level is None:
                continue
            props = ",".join(
                f"{k}={github_escape_property(str(v))}"
                for k, v in (
                    ("file", printable_name(f.path)),
                    ("line", f.line),
                    ("col", f.column),
                    ("endLine", f.end_line),
                    ("endColumn", f.end_column),
                    ("title", f"factcheck: {f.verdict.value} figure {printable(f.figure.text)}"),
                )
            )
            self.out.write(f"::{level} {props}::{github_escape_data(printable(f.result().reason))}\n")
        self.out.flush()


def _one_line(text: str) -> str:
    return " ".join(text.split())


class SarifFindingRenderer(FindingRenderer):
    """SARIF 2.1.0: one rule per verdict, repo-relative paths, stable fingerprints."""

    def __init__(self, out: TextIO, root: Path | None, version: str):
        super().__init__(out)
        self.root = root
        self.version = version
        self.results: list[dict] = []
        self.seen: dict[tuple, int] = {}
        self.lines: tuple[str, list[str]] = ("", [])

    def draft(self, path: str, text: str) -> None:
        self.lines = (path, text.split("\n"))

    def _utf16(self, f: "Finding", line: int, column: int) -> int:
        """`column` (in characters) in UTF-16 code units, as GitHub counts:
        an emoji before the figure is two units, not one."""
        path, lines = self.lines
        if path != f.path or not 0 < line <= len(lines):
            return column
        return len(lines[line - 1][: column - 1].encode("utf-16-le")) // 2 + 1

    def findings(self, findings: list["Finding"]) -> None:
        from .suppression import finding_fingerprints

        for f in findings:
            if f.verdict is Verdict.SUPPORTED:
                continue
            uri = _relative_uri(f.path, self.root)
            rule = f"factcheck/{f.verdict.value}"
            # No line numbers in the fingerprint: editing text above a finding
            # must not make it a new alert (the baseline uses the same one).
            (digest,) = finding_fingerprints([f], uri, self.seen)
            result = _sarif_result(f, rule, uri, digest or "")
            region = result["locations"][0]["physicalLocation"]["region"]
            region["startColumn"] = self._utf16(f, f.line, f.column)
            region["endColumn"] = self._utf16(f, f.end_line, f.end_column)
            if f.accepted is not None:
                kind = "inSource" if f.accepted.by == "comment" else "external"
                result["suppressions"] = [{"kind": kind, "justification": f.accepted.reason or f.accepted.describe()}]
            self.results.append(result)

    def finish(self) -> None:
        rules = [
            {
                "id": f"factcheck/{v.value}",
                "name": v.value.capitalize() + "Figure",
                "shortDescription": {"text": _SARIF_DESCRIPTION[v]},
                "fullDescription": {"text": _SARIF_DESCRIPTION[v]},
                "defaultConfiguration": {"level": _SARIF_LEVEL[v]},
                "help": {"text": _SARIF_HELP[v], "markdown": _SARIF_HELP[v]},
            }
            for v in _SARIF_RULES
        ]
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": {"name": "factcheck", "version": self.version, "rules": rules}},
                    # Columns count UTF-16 code units, as GitHub code scanning reads them.
                    "columnKind": "utf16CodeUnits",
                    "originalUriBaseIds": {"%SRCROOT%": {"uri": (self.root.as_uri() + "/") if self.root else "file:///"}},
                    "results": self.results,
                }
            ],
        }
        self.out.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")
        self.out.flush()


def _sarif_result(f: "Finding", rule: str, uri: str, digest: str) -> dict:
    return {
        "ruleId": rule,
        "ruleIndex": _SARIF_RULES.index(f.verdict),
        "level": _SARIF_LEVEL[f.verdict],
        "message": {"text": printable(f.result().reason)},  # viewers show it as text
        "locations": [
            {
                "physicalLocation": {
                    # Relative to the checkout when under it; a path outside stays absolute.
                    "artifactLocation": {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "%SRCROOT%"},
                    "region": {
                        "startLine": f.line,
                        "startColumn": f.column,
                        "endLine": f.end_line,
                        "endColumn": f.end_column,
                        "snippet": {"text": f.figure.text},
                    },
                }
            }
        ],
        "partialFingerprints": {"factcheckFinding/v1": digest},
        "properties": {"sentence": f.sentence, "evidence": [e.claim.id for e in f.evidence if e.relation != Relation.RELATED]},
    }


_SARIF_RULES = [Verdict.CONFLICTING, Verdict.MIXED, Verdict.UNVERIFIED, Verdict.SUPPORTED]
_SARIF_LEVEL = {Verdict.CONFLICTING: "error", Verdict.MIXED: "warning", Verdict.UNVERIFIED: "note", Verdict.SUPPORTED: "none"}
_SARIF_DESCRIPTION = {
    Verdict.CONFLICTING: "The source documents give a different figure for this.",
    Verdict.MIXED: "Some source passages support this figure; others give a different figure for the same thing.",
    Verdict.UNVERIFIED: "The source documents do not speak to this figure.",
    Verdict.SUPPORTED: "The source documents support this figure.",
}


_SARIF_HELP = {
    Verdict.CONFLICTING: "The claims corpus documents this subject with a different figure; the result's message names it and its passage. "
    "Correct the figure, or if the draft is right and the documents are not, accept the finding with "
    '`<!-- factcheck: ignore FIGURE "reason" -->` on the line before the sentence, or record it with `factcheck scan --write-baseline`.',
    Verdict.MIXED: "Some passages support this figure and others give a different one for the same subject (often a total against a part, "
    "or two dates). Check which the draft means and say so in the sentence.",
    Verdict.UNVERIFIED: "No documented claim matches what this figure is about, so it can be neither supported nor contradicted. "
    "Add the document that supports it to the claims corpus, or accept it with a `factcheck: ignore` comment and a reason.",
    Verdict.SUPPORTED: "A cited passage in the claims corpus gives this figure for this subject. Nothing to do.",
}


def _relative_uri(path: str, root: Path | None) -> str:
    from urllib.parse import quote

    p = Path(path)
    if root is not None and p.is_absolute():
        try:
            p = p.relative_to(root)
        except ValueError:
            return p.as_uri()
    return quote(p.as_posix())


class PrettyFindingRenderer(FindingRenderer):
    """Each finding with its sentence, the figure in its verdict's colour, and
    the passage; written as each file is scanned, that file's problems first."""

    def __init__(self, out: TextIO, env: "Environment", max_evidence: int = 2):
        super().__init__(out)
        self.console = _console(out, env, env.stdout_isatty)
        self.cwd = env.cwd
        self.max_evidence = max_evidence

    def findings(self, findings: list["Finding"]) -> None:
        from rich.padding import Padding
        from rich.text import Text

        for f in sorted(_counted(findings), key=lambda f: (_PROBLEM_ORDER[f.verdict], f.path, f.line, f.column)):
            style = VERDICT_STYLE[f.verdict]
            head = Text()
            head.append(f"{printable_name(f.path)}:{f.line}:{f.column}", style="bold")
            head.append("  ")
            head.append(f" {f.verdict.value.upper()} ", style=f"bold reverse {style}")
            self.console.print(head)
            self.console.print(Padding(_with_figure(f.sentence, f.figure.text, style), (0, 0, 0, 2)))
            self.console.print(Padding(Text(printable(f.result().reason), style="dim" if f.verdict is Verdict.SUPPORTED else ""), (0, 0, 0, 2)))
            shown, more = _shown_evidence(f.result(), self.max_evidence)
            for e in shown:
                mark_style = RELATION_STYLE[e.relation]
                line = Text()
                line.append(RELATION_MARK[e.relation], style=mark_style)
                line.append(" ")
                line.append_text(_highlighted(e, mark_style))
                line.append(f"  — {printable(_cite(e))}", style="italic dim")
                self.console.print(Padding(line, (0, 0, 0, 4)))
            if more:
                self.console.print(Padding(Text(more, style="dim"), (0, 0, 0, 4)))
            self.console.print()


def make_finding_renderer(fmt: str, out: TextIO, env: "Environment", version: str = "0", review: "ReviewMeta | None" = None) -> FindingSink:
    if fmt == "claimreview":
        from .claimreview import ClaimReviewRenderer, ReviewMeta

        return ClaimReviewRenderer(out, review or ReviewMeta())
    if fmt == "html":
        from .report_html import HtmlReportRenderer

        return HtmlReportRenderer(out, version)
    if fmt == "line":
        return LineFindingRenderer(out)
    if fmt == "jsonl":
        return JsonLinesFindingRenderer(out)
    if fmt == "json":
        return JsonFindingRenderer(out)
    if fmt == "github":
        return GithubFindingRenderer(out)
    if fmt == "sarif":
        return SarifFindingRenderer(out, env.cwd, version)
    return PrettyFindingRenderer(out, env)
