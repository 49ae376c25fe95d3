"""`scan --format html`: one self-contained page an editor would rather look at.

The draft as written, each checked figure highlighted in its verdict's colour
with a text label beside it (an icon and a word: colour is never the only
sign), and a card on hover or keyboard focus with the verdict, the reason,
the passages and their sources. A summary at the top counts the verdicts and
links to each problem; below each draft, every finding is listed in full, so
the page reads the same printed, or to a screen reader.

Self-contained: inline CSS and a few lines of inline script (keyboard
shortcuts), no network, no external asset; a Content-Security-Policy meta
tag forbids fetching anything. Every piece of user or document text is
HTML-escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from .checking import Relation
from .verdicts import Verdict

if TYPE_CHECKING:
    from .scanning import Finding

__all__ = ["LABEL", "HtmlReportRenderer", "render_report"]

ORDER = (Verdict.CONFLICTING, Verdict.MIXED, Verdict.UNVERIFIED, Verdict.SUPPORTED)
# Icon and word: the verdict is told in text as well as colour.
LABEL = {
    Verdict.CONFLICTING: ("✘", "conflicting"),
    Verdict.MIXED: ("◐", "mixed"),
    Verdict.UNVERIFIED: ("?", "unverified"),
    Verdict.SUPPORTED: ("✔", "supported"),
}
RELATION_WORD = {Relation.SUPPORTS: "✔ supports", Relation.CONFLICTS: "✘ conflicts", Relation.RELATED: "· related"}
MAX_PASSAGES = 4


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass
class _Draft:
    path: str
    text: str
    findings: list[Finding] = field(default_factory=list)


class HtmlReportRenderer:
    """Collects each draft and its findings; writes the page at the end."""

    def __init__(self, out: TextIO, version: str = "0"):
        self.out = out
        self.version = version
        self.drafts: list[_Draft] = []

    def start(self) -> None:
        pass

    def draft(self, path: str, text: str) -> None:
        self.drafts.append(_Draft(path, text))

    def findings(self, findings: list[Finding]) -> None:
        if not self.drafts or (findings and self.drafts[-1].path != findings[0].path):
            self.drafts.append(_Draft(findings[0].path, ""))
        self.drafts[-1].findings.extend(findings)

    def finish(self) -> None:
        self.out.write(render_report(self.drafts, self.version))
        self.out.flush()


def _offsets(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _span(f: Finding, starts: list[int], size: int) -> tuple[int, int]:
    def at(line: int, column: int) -> int:
        if not 0 < line <= len(starts):
            return size
        return min(size, starts[line - 1] + column - 1)

    return at(f.line, f.column), at(f.end_line, f.end_column)


def _card(f: Finding, fid: str) -> str:
    icon, word = LABEL[f.verdict]
    parts = [f'<span class="card-verdict">{icon} {esc(word.upper())}</span>']
    if f.accepted is not None:
        parts.append(f'<span class="card-accepted">{esc(f.accepted.describe())}</span>')
    parts.append(f'<span class="card-reason">{esc(f.result().reason)}</span>')
    for e in _passages(f):
        date = e.source.date if e.source.date != "unknown" else "date unknown"
        parts.append(
            f'<span class="card-passage rel-{esc(e.relation)}"><span class="rel">{esc(RELATION_WORD[e.relation])}</span> '
            f"<q>{esc(e.claim.passage)}</q> <cite>{esc(e.source.label)} ({esc(date)})</cite></span>"
        )
    return f'<span class="card" role="tooltip" id="card-{fid}">{"".join(parts)}</span>'


def _passages(f: Finding):
    decisive = [e for e in f.evidence if e.relation != Relation.RELATED]
    return (decisive or list(f.evidence))[:MAX_PASSAGES]


def _is_problem(f: Finding) -> bool:
    return f.verdict is not Verdict.SUPPORTED and f.accepted is None


def _marked_text(d: _Draft, ids: dict[int, str]) -> str:
    """The draft as written with each figure wrapped in its mark."""
    starts = _offsets(d.text)
    out: list[str] = []
    pos = 0
    spans = sorted(((_span(f, starts, len(d.text)), f) for f in d.findings), key=lambda item: item[0])
    for (start, end), f in spans:
        if start < pos or end <= start:
            continue  # overlapping or empty: still listed below, never dropped
        icon, word = LABEL[f.verdict]
        fid = ids[id(f)]
        state = " accepted" if f.accepted is not None else ""
        out.append(esc(d.text[pos:start]))
        out.append(
            f'<mark class="fig v-{word}{state}" id="f-{fid}" tabindex="0" data-verdict="{word}" data-figure="{esc(f.figure.text)}"'
            f' data-line="{f.line}" data-column="{f.column}" aria-describedby="card-{fid}">'
            f'{esc(d.text[start:end])}<span class="tag" aria-hidden="true">{icon}\u2009{word}</span>{_card(f, fid)}</mark>'
        )
        pos = end
    out.append(esc(d.text[pos:]))
    return "".join(out)


def _listing(d: _Draft, ids: dict[int, str]) -> str:
    rows = []
    for f in sorted(d.findings, key=lambda f: (ORDER.index(f.verdict), f.line, f.column)):
        icon, word = LABEL[f.verdict]
        fid = ids[id(f)]
        accepted = f' <span class="accepted-note">{esc(f.accepted.describe())}</span>' if f.accepted is not None else ""
        passages = "".join(
            f'<li class="rel-{esc(e.relation)}"><span class="rel">{esc(RELATION_WORD[e.relation])}</span> <q>{esc(e.claim.passage)}</q> '
            f"<cite>{esc(e.source.label)} ({esc(e.source.date if e.source.date != 'unknown' else 'date unknown')})</cite></li>"
            for e in _passages(f)
        )
        rows.append(
            f'<li class="finding v-{word}{" accepted" if f.accepted is not None else ""}" id="item-{fid}" data-verdict="{word}">'
            f'<a href="#f-{fid}">{esc(d.path)}:{f.line}:{f.column}</a> <span class="badge">{icon} {word}</span>{accepted} '
            f'<strong>{esc(f.figure.text)}</strong> — {esc(f.result().reason)}<ul class="passages">{passages}</ul></li>'
        )
    return f'<ol class="findings">{"".join(rows)}</ol>' if rows else '<p class="none">No figures found in this draft.</p>'


def _summary(drafts: list[_Draft], ids: dict[int, str]) -> str:
    counts = {v: 0 for v in ORDER}
    accepted = 0
    problems = []
    for d in drafts:
        for f in sorted(d.findings, key=lambda f: (f.line, f.column)):
            if f.accepted is not None:
                accepted += 1
                continue
            counts[f.verdict] += 1
            if _is_problem(f):
                icon, word = LABEL[f.verdict]
                problems.append(
                    f'<li><a href="#f-{ids[id(f)]}" class="v-{word}"><span class="badge">{icon} {word}</span> '
                    f"{esc(d.path)}:{f.line}:{f.column} <strong>{esc(f.figure.text)}</strong></a></li>"
                )
    total = sum(counts.values())
    cells = "".join(
        f'<li class="count v-{LABEL[v][1]}" data-verdict="{LABEL[v][1]}"><span class="n">{counts[v]}</span> {LABEL[v][0]} {LABEL[v][1]}</li>' for v in ORDER
    )
    if accepted:
        cells += f'<li class="count accepted" data-verdict="accepted"><span class="n">{accepted}</span> accepted (not counted)</li>'
    jump = f'<h2 id="problems-heading">Problems</h2><ol class="problems" aria-labelledby="problems-heading">{"".join(problems)}</ol>' if problems else '<p class="clean">No problems: every checked figure is supported.</p>'
    n = len(drafts)
    return (
        f'<section class="summary" aria-label="Summary"><p><span id="total">{total}</span> figures in {n} draft{"s" if n != 1 else ""}</p>'
        f'<ul class="counts">{cells}</ul>{jump}'
        '<p class="keys">Keys: <kbd>n</kbd> next problem, <kbd>p</kbd> previous, <kbd>Tab</kbd> every figure, <kbd>Esc</kbd> close a card.</p></section>'
    )


def render_report(drafts: list[_Draft], version: str = "0") -> str:
    ids: dict[int, str] = {}
    for d in drafts:
        for f in d.findings:
            ids[id(f)] = str(len(ids) + 1)
    sections = []
    for n, d in enumerate(drafts, 1):
        sections.append(
            f'<section class="draft" aria-labelledby="draft-{n}"><h2 id="draft-{n}">{esc(d.path)}</h2>'
            f'<div class="text">{_marked_text(d, ids)}</div>'
            f'<h3>Findings in {esc(d.path)}</h3>{_listing(d, ids)}</section>'
        )
    return _PAGE.format(version=esc(version), summary=_summary(drafts, ids), sections="".join(sections), css=_CSS, script=_SCRIPT)


_CSS = """
:root { --conflicting: #b3261e; --mixed: #8a5a00; --unverified: #6b3fa0; --supported: #1e6b34;
        --bg-conflicting: #fde2df; --bg-mixed: #fff0c2; --bg-unverified: #eee3fb; --bg-supported: #dff3e4; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 62rem; padding: 1rem 1.5rem; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin-top: 1.5rem; } h3 { font-size: 1rem; }
.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
.count { padding: .3rem .7rem; border-radius: .4rem; border: 2px solid currentColor; font-weight: 600; }
.count .n { font-size: 1.2rem; }
.v-conflicting { color: var(--conflicting); } .v-mixed { color: var(--mixed); } .v-unverified { color: var(--unverified); } .v-supported { color: var(--supported); }
.count.accepted { color: #555; border-style: dashed; }
.problems a { text-decoration: none; } .problems a:hover strong, .problems a:focus strong { text-decoration: underline; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .02em; padding: 0 .35rem; border-radius: .25rem; border: 1px solid currentColor; }
.text { white-space: pre-wrap; font: 15px/1.7 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #fafafa; border: 1px solid #ddd; border-radius: .4rem; padding: 1rem; overflow-wrap: anywhere; }
mark.fig { position: relative; color: inherit; border-radius: .2rem; padding: 0 .1rem; border-bottom: 3px solid; cursor: help; outline-offset: 2px; }
mark.v-conflicting { background: var(--bg-conflicting); border-color: var(--conflicting); }
mark.v-mixed { background: var(--bg-mixed); border-color: var(--mixed); }
mark.v-unverified { background: var(--bg-unverified); border-color: var(--unverified); }
mark.v-supported { background: var(--bg-supported); border-color: var(--supported); }
mark.accepted { background: #f0f0f0; border-bottom-style: dashed; }
mark:focus { outline: 3px solid #0b57d0; }
.tag { font: 700 .7rem/1 system-ui, sans-serif; text-transform: uppercase; vertical-align: super; margin-left: .15rem; white-space: nowrap; }
mark.v-conflicting .tag { color: var(--conflicting); } mark.v-mixed .tag { color: var(--mixed); }
mark.v-unverified .tag { color: var(--unverified); } mark.v-supported .tag { color: var(--supported); }
.card { display: none; position: absolute; z-index: 10; left: 0; top: 1.6em; width: min(34rem, 80vw); white-space: normal;
        font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fff; border: 1px solid #999; border-radius: .4rem; padding: .6rem .8rem; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
mark:hover > .card, mark:focus > .card, mark.open > .card { display: block; }
mark.closed > .card { display: none; }
.card > span { display: block; margin: .25rem 0; }
.card-verdict { font-weight: 700; }
.card-accepted, .accepted-note { font-style: italic; color: #444; }
.rel { font-weight: 600; } .rel-supports .rel { color: var(--supported); } .rel-conflicts .rel { color: var(--conflicting); } .rel-related .rel { color: #555; }
cite { color: #555; }
.findings { padding-left: 1.5rem; } .finding { margin: .6rem 0; color: #1b1b1b; } .finding .badge { margin: 0 .3rem; }
.finding.v-conflicting .badge { color: var(--conflicting); } .finding.v-mixed .badge { color: var(--mixed); }
.finding.v-unverified .badge { color: var(--unverified); } .finding.v-supported .badge { color: var(--supported); }
.passages { margin: .2rem 0; padding-left: 1.2rem; font-size: .92rem; }
.keys { color: #555; font-size: .85rem; } kbd { border: 1px solid #aaa; border-radius: .2rem; padding: 0 .25rem; font-size: .8rem; }
footer { margin-top: 2rem; color: #666; font-size: .85rem; }
@media print {
  body { max-width: none; font-size: 11pt; }
  .card, .keys { display: none !important; }
  .text { background: none; border: 1px solid #999; }
  mark.fig { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .draft { break-before: page; } .draft:first-of-type { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
"""

# Keyboard: n / p move between problems, Esc closes an open card. The body's
# data-ready says the script ran without error (the browser test checks it).
_SCRIPT = """
(function () {
  var problems = Array.prototype.slice.call(document.querySelectorAll('mark.fig:not(.v-supported):not(.accepted)'));
  var current = -1;
  function go(step) {
    if (!problems.length) return;
    current = (current + step + problems.length) % problems.length;
    problems[current].focus();
    problems[current].scrollIntoView({block: 'center'});
  }
  document.addEventListener('keydown', function (event) {
    if (event.target && /^(INPUT|TEXTAREA)$/.test(event.target.tagName)) return;
    if (event.key === 'n') { go(1); }
    else if (event.key === 'p') { go(-1); }
    else if (event.key === 'Escape' && document.activeElement && document.activeElement.classList.contains('fig')) {
      document.activeElement.classList.add('closed');
    }
  });
  document.addEventListener('focusin', function (event) {
    if (event.target.classList && event.target.classList.contains('fig')) { event.target.classList.remove('closed'); }
  });
  document.body.setAttribute('data-ready', 'true');
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="factcheck {version}">
<title>factcheck report</title>
<style>{css}</style>
</head>
<body>
<header><h1>factcheck report</h1></header>
<main>
{summary}
{sections}
</main>
<footer>Made by factcheck {version}: each figure checked against the claims corpus. Hover or focus a figure for its verdict, reason and passages.</footer>
<script>{script}</script>
</body>
</html>
"""
