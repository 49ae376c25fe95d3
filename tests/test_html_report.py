"""`scan --format html`: one self-contained page; checked in a real browser."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .browser import Browser, find_chromium
from .conftest import DATA, ROOT

DRAFT = ROOT / "examples" / "draft.md"
HOSTILE = """# A <script>alert("x")</script> headline

The Young Londoners Fund is £50m, said <b onclick="steal()">the chair</b> & co.

<!-- factcheck: ignore £12m "the council's <own> figure" -->
The council put £12m into the Invented Parks Scheme.
"""


class Marks(HTMLParser):
    """The figure marks of a report, with their text and attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self.depth = 0
        self.in_tag = 0
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "mark" and "fig" in a.get("class", ""):
            self.marks.append(a | {"text": ""})
            self.depth = 1
        elif self.depth and tag == "span":
            self.depth += 1
            if "tag" in a.get("class", "").split() or "card" in a.get("class", "").split():
                self.in_tag = self.depth

    def handle_endtag(self, tag):
        if self.depth and tag in ("span", "mark"):
            if self.in_tag and self.depth == self.in_tag:
                self.in_tag = 0
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and not self.in_tag:
            self.marks[-1]["text"] += data


def report(run, draft: Path, *args: str, cwd: Path | None = None) -> str:
    r = run("scan", str(draft), "--format", "html", *args, cwd=cwd)
    assert r.stdout.startswith("<!DOCTYPE html>")
    return r.stdout


def findings(run, draft: Path, cwd: Path | None = None) -> list[dict]:
    return [json.loads(l) for l in run("scan", str(draft), "--format", "jsonl", cwd=cwd).stdout.splitlines()]


def test_every_finding_is_marked_at_its_figure(run):
    page = report(run, DRAFT)
    parser = Marks()
    parser.feed(page)
    expected = findings(run, DRAFT)
    assert len(parser.marks) == len(expected) > 0
    for mark, finding in zip(sorted(parser.marks, key=lambda m: (int(m["data-line"]), int(m["data-column"]))), expected):
        assert (int(mark["data-line"]), int(mark["data-column"])) == (finding["line"], finding["column"])
        assert mark["data-verdict"] == finding["verdict"]
        assert mark["text"] == finding["figures"][0]["text"]  # the figure as written, in place
        assert mark["tabindex"] == "0" and mark["aria-describedby"].startswith("card-")


def test_summary_counts_and_links_to_each_problem(run):
    page = report(run, DRAFT)
    expected = findings(run, DRAFT)
    for verdict in ("conflicting", "mixed", "unverified", "supported"):
        n = sum(f["verdict"] == verdict for f in expected)
        assert re.search(rf'data-verdict="{verdict}"><span class="n">{n}</span>', page), verdict
    problems = re.search(r'<ol class="problems"[^>]*>(.*?)</ol>', page, re.DOTALL).group(1)
    targets = re.findall(r'href="#(f-\d+)"', problems)
    assert len(targets) == sum(f["verdict"] != "supported" for f in expected)
    assert all(f'id="{t}"' in page for t in targets)


def test_self_contained_no_fetch_at_all(run):
    page = report(run, DRAFT)
    assert "default-src 'none'" in page  # the browser itself refuses any fetch
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r'\s(src|srcset)=', page)
    assert "url(" not in page and "@import" not in page
    assert not re.search(r'href="(?!#)', page)  # links only within the page


def test_user_text_is_escaped(run, tmp_path):
    draft = tmp_path / "hostile.md"
    draft.write_text(HOSTILE, encoding="utf-8")
    page = report(run, draft, cwd=tmp_path)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b onclick" not in page and "&lt;b onclick=&quot;steal()&quot;&gt;" in page
    assert page.count("<script>") == 1  # only the report's own
    # The accepted finding is shown, marked accepted, with its reason escaped.
    assert 'class="fig v-unverified accepted"' in page
    assert "the council&#x27;s &lt;own&gt; figure" in page


def test_quiet_report_shows_problems_only(run):
    parser = Marks()
    parser.feed(report(run, DRAFT, "--quiet"))
    assert parser.marks and all(m["data-verdict"] != "supported" for m in parser.marks)


def test_many_drafts_in_one_page(run):
    page = report(run, DATA / "drafts")
    assert page.count('<section class="draft"') == 2 and "budget.md" in page and "notes.txt" in page


CHROMIUM = find_chromium()


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
def test_the_report_in_a_real_browser(run, tmp_path):
    page = tmp_path / "report.html"
    (tmp_path / "draft.md").write_text(DRAFT.read_text(encoding="utf-8") + "\n" + HOSTILE, encoding="utf-8")
    draft = Path("draft.md")
    page.write_text(report(run, draft, cwd=tmp_path), encoding="utf-8")
    expected = findings(run, draft, cwd=tmp_path)
    with Browser(CHROMIUM, width=1100, height=1000) as browser:
        browser.call("Network.enable")
        browser.open(page)
        assert browser.js("document.body.dataset.ready") == "true"  # the page's script ran without error
        marks = browser.js(
            "Array.from(document.querySelectorAll('mark.fig')).map(m => ({verdict: m.dataset.verdict,"
            " line: +m.dataset.line, column: +m.dataset.column, figure: m.firstChild.textContent,"
            " label: m.querySelector('.tag').textContent, colour: getComputedStyle(m).backgroundColor}))"
        )
        assert [(m["line"], m["column"], m["verdict"], m["figure"]) for m in marks] == [
            (f["line"], f["column"], f["verdict"], f["figures"][0]["text"]) for f in expected
        ]
        # Not colour alone: each mark carries its verdict as visible text.
        assert all(m["verdict"] in m["label"] for m in marks)
        counts = browser.js("Object.fromEntries(Array.from(document.querySelectorAll('.count')).map(c => [c.dataset.verdict, +c.querySelector('.n').textContent]))")
        counted = [f for f in expected if "suppressed" not in f]
        for verdict in ("conflicting", "mixed", "unverified", "supported"):
            assert counts[verdict] == sum(f["verdict"] == verdict for f in counted)
        assert counts["accepted"] == len(expected) - len(counted)
        # Keyboard: "n" focuses the first problem and its card shows.
        assert browser.js("getComputedStyle(document.querySelector('.card')).display") == "none"
        browser.key("n", "KeyN", 78)
        focused = browser.js("document.activeElement.dataset.verdict + ' ' + document.activeElement.id")
        first_problem = browser.js("document.querySelector('mark.fig:not(.v-supported):not(.accepted)').id")
        assert focused.endswith(first_problem) and not focused.startswith("supported")
        assert browser.js("getComputedStyle(document.activeElement.querySelector('.card')).display") == "block"
        assert "the documents give" in browser.js("document.activeElement.querySelector('.card').textContent")
        browser.key("Tab", "Tab", 9)
        assert browser.js("document.activeElement.tagName") == "MARK"
        # Nothing but the page itself was loaded, and nothing complained.
        requested = [e["params"]["request"]["url"] for e in browser.events if e["method"] == "Network.requestWillBeSent"]
        assert all(url.startswith(("file:", "data:")) for url in requested), requested
        assert browser.errors() == []
        # Print: the cards stay hidden, the listing carries the details.
        browser.call("Emulation.setEmulatedMedia", media="print")
        assert browser.js("getComputedStyle(document.activeElement.querySelector('.card')).display") == "none"
        assert browser.js("document.querySelectorAll('.finding').length") == len(expected)



@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)")
def test_screenshot_for_the_readme(run, tmp_path):
    """The sample draft's report with the first problem's card open, as the README shows it."""
    page = tmp_path / "report.html"
    page.write_text(report(run, Path("examples/draft.md"), cwd=ROOT), encoding="utf-8")
    shot = tmp_path / "html-report.png"
    with Browser(CHROMIUM, width=1000, height=1250) as browser:
        browser.open(page)
        browser.key("n", "KeyN", 78)
        browser.js("window.scrollTo(0, 0)")
        assert browser.js("getComputedStyle(document.activeElement.querySelector('.card')).display") == "block"
        browser.screenshot(shot)
        assert browser.errors() == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("FACTCHECK_UPDATE_SCREENSHOT"):
        # `FACTCHECK_UPDATE_SCREENSHOT=1 pytest tests/test_html_report.py` refreshes the README's picture.
        (ROOT / "docs").mkdir(exist_ok=True)
        (ROOT / "docs" / "html-report.png").write_bytes(shot.read_bytes())
