"""Markdown as CommonMark reads it: what the scanner sees, and where.

The conformance test scores the scanner's reading against the CommonMark
specification's examples; the others pin each kind of misreading found in
the old regular-expression reader, with fixture sentences about invented
programmes.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import markdown
from factcheck.markdown import read_markdown
from factcheck.scanning import mask_markdown, scan_text, split_sentences

from .conftest import ROOT

# CI keeps a copy of shared/ beside the clone; FACTCHECK_COMMONMARK_SPEC
# points elsewhere (e.g. when the clone is a git worktree in another folder).
SPEC = Path(os.environ.get("FACTCHECK_COMMONMARK_SPEC") or ROOT.parent / "shared" / "commonmark" / "spec.json")
# Sections where either reading is defensible (../shared/commonmark/README.md).
UNSCORED = {"Images", "Autolinks", "Raw HTML", "HTML blocks"}
WORD = re.compile(r"[^\W_]+")
CODE_OR_PRE = re.compile(r"<(code|pre)\b[^>]*>.*?</\1>", re.DOTALL)
TAG = re.compile(r"<[^>]*>")


def rendered_words(rendered: str) -> list[str]:
    """The words a reader sees in the spec's HTML: code, tags and attributes left out."""
    return WORD.findall(html.unescape(TAG.sub(" ", CODE_OR_PRE.sub(" ", rendered))))


def scanned_words(source: str) -> list[str]:
    return WORD.findall(mask_markdown(source)[0])


def scored_examples() -> list[dict]:
    if not SPEC.is_file():
        pytest.skip(f"CommonMark spec examples not found at {SPEC} (CI keeps shared/ beside the clone; or set FACTCHECK_COMMONMARK_SPEC)")
    return [e for e in json.loads(SPEC.read_text(encoding="utf-8")) if e["section"] not in UNSCORED]


def test_commonmark_spec_examples_read_as_rendered():
    examples = scored_examples()
    missed = [e for e in examples if scanned_words(e["markdown"]) != rendered_words(e["html"])]
    agreed = len(examples) - len(missed)
    assert agreed / len(examples) >= 0.98, f"{agreed}/{len(examples)} agree; missed examples {[e['example'] for e in missed]}"
    # What is left is by choice: an autolink's URL is a link destination
    # (never checked), an image's alt text is read as prose (a reader of the
    # page, or a screen reader, gets it).
    unexplained = [e["example"] for e in missed if "<http" not in e["markdown"] and "![" not in e["markdown"]]
    assert unexplained == []


def masked(text: str) -> str:
    return mask_markdown(text)[0]


def sentences(text: str) -> list[str]:
    m, breaks = mask_markdown(text)
    return [s.text for s in split_sentences(m, breaks)]


# --- the misreadings of the old reader, one by one ---------------------------------------


def test_code_span_over_two_lines_is_code():
    text = "The `Lantern\nGrant £3m` figure is code.\n"
    assert "£3m" not in masked(text)
    assert "Lantern" not in masked(text) and "figure is code" in masked(text)


def test_link_reference_definition_is_not_prose_but_its_link_text_is():
    text = 'See the [Harbour Fund £6m][hf] page.\n\n[hf]: https://example.org/2019 "Budget of £7m"\n'
    m = masked(text)
    assert "£7m" not in m and "2019" not in m and "example" not in m
    assert m.index("Harbour Fund £6m") == text.index("Harbour Fund £6m")


def test_setext_heading_keeps_its_text_as_its_own_sentence():
    text = "Lantern Grants rose to £4m\n==========================\nThe body follows.\n"
    assert sentences(text) == ["Lantern Grants rose to £4m", "The body follows."]
    two_lines = "A heading over\ntwo lines of £8m\n---\n"
    assert sentences(two_lines) == ["A heading over two lines of £8m"]


def test_indented_code_inside_a_list_item_is_code():
    text = "- The Kestrel scheme got £2m.\n\n      total = £5m  # code in the item\n"
    m = masked(text)
    assert "£5m" not in m and "total" not in m
    assert m.index("£2m") == text.index("£2m")


def test_character_references_read_decoded_in_place():
    text = "The Lantern Fund got &#163;45m, then &pound;3m and 12&#37; more.\n"
    m = masked(text)
    assert len(m) == len(text)
    assert "£45m" in m and "£3m" in m and "12%" in m
    assert "&#" not in m and "pound" not in m
    # The decoded character sits inside the reference's own span.
    assert m.index("£45m") + len("£45m") == text.index("45m,") + len("45m")


def test_finding_after_a_character_reference_points_at_the_reference(checker):
    text = "The Mayor created the &#163;45m Young Londoners Fund.\n"
    (finding,) = scan_text(text, "draft.md", checker)
    assert finding.figure.text == "£45m"
    assert (finding.line, finding.column) == (1, text.index("&#163;") + 1)
    assert (finding.end_line, finding.end_column) == (1, text.index("45m") + len("45m") + 1)


def test_character_references_in_an_html_block_read_decoded(checker):
    text = "<table>\n<tr><td>The Mayor created the &pound;45m Young Londoners Fund.</td></tr>\n</table>\n"
    m = masked(text)
    assert "£45m" in m and "pound" not in m and "td" not in m
    (finding,) = scan_text(text, "draft.md", checker)
    assert (finding.line, finding.column, finding.verdict.value) == (2, text.split("\n")[1].index("&pound;") + 1, "supported")


def test_backslash_escapes_read_as_the_character():
    text = "A \\*starred\\* £5m figure and a \\[bracket\\].\n"
    assert masked(text) == text.replace("\\", " ")


def test_unmatched_emphasis_characters_stay_text():
    text = "The snake_case name and 2 * 3 stay, but *emphasis* markers go.\n"
    m = masked(text)
    assert "snake_case" in m and "2 * 3" in m and "*emphasis*" not in m and " emphasis " in m


# --- figures in prose constructs are read, at their true offsets ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some *£1m* in emphasis and **£2m** in strong.\n",
        "A [link to £3m](https://example.org/£9m) here.\n",
        "- a list item with £4m\n- and another\n",
        "1. an ordered item with £5m\n",
        "> a quote with £6m\n> over lines\n",
        "> - a quoted item with £7m\n",
        "# A heading with £8m #\n",
        "Text ~~struck £9m~~ out.\n",
        "| Fund | Amount |\n|------|--------|\n| Kestrel | £10m |\n",
        "![a chart of £11m](chart.png)\n",
        "<div>\nAn HTML block with £12m\n</div>\n",
    ],
)
def test_figures_in_prose_keep_their_offsets(text):
    figure = re.search(r"£\d+m", text).group()
    m = masked(text)
    assert m.index(figure) == text.index(figure)


def test_non_prose_is_blank():
    text = (
        "```\n£1m in a fence\n```\n\n"
        "    £2m indented code\n\n"
        "Inline `£3m` code and a <span title='£4m'>tag</span>.\n\n"
        "<!-- £5m in a comment -->\n\n"
        "<script>\nvar budget = '£9m';\n</script>\n\n"
        "<https://example.org/£6m> and [text](https://example.org/£7m \"title £8m\")\n\n"
        "***\n"
    )
    m = masked(text)
    for hidden in ("£1m", "£2m", "£3m", "£4m", "£5m", "£6m", "£7m", "£8m", "£9m", "budget"):
        assert hidden not in m, hidden
    assert "Inline" in m and "tag" in m and "text" in m


def test_table_rows_are_sentences_and_cells_their_words():
    text = "| Programme | Amount |\n|---|---|\n| Kestrel scheme | £2m |\n| Lantern Fund | £3m |\n"
    assert sentences(text) == ["Programme Amount", "Kestrel scheme £2m", "Lantern Fund £3m"]


def test_front_matter_is_blank_but_a_setext_heading_after_a_rule_is_not():
    front = "---\ntitle: Lantern Fund\nbudget: £5m\n---\nProse £1m.\n"
    assert "£5m" not in masked(front) and "£1m" in masked(front)
    toml = "+++\nbudget = 5\n+++\nProse.\n"
    assert "budget" not in masked(toml)
    not_front = "---\nThe Kestrel scheme got £2m\n---\n"
    assert sentences(not_front) == ["The Kestrel scheme got £2m"]


def test_line_endings_crlf_and_lone_cr_keep_offsets():
    for end in ("\r\n", "\r"):
        text = end.join(["# Title £1m", "", "Body with `code £9m` and £2m.", ""])
        m = masked(text)
        assert len(m) == len(text)
        assert [i for i, c in enumerate(m) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]
        assert m.index("£2m") == text.index("£2m") and "£9m" not in m
        assert sentences(text) == ["Title £1m", "Body with and £2m."]


def test_lone_cr_line_endings_give_true_line_and_column(checker):
    for name in ("draft.md", "draft.txt"):
        text = "Intro line.\r\rThe Mayor created the £45m Young Londoners Fund.\r"
        (finding,) = scan_text(text, name, checker)
        assert (finding.line, finding.column) == (3, 23), name


def test_mixed_line_endings_count_each_as_one_line(checker):
    text = "Intro.\r\nSecond line.\rThird line.\nThe Mayor created the £45m Young Londoners Fund.\n"
    (finding,) = scan_text(text, "draft.md", checker)
    assert (finding.line, finding.column) == (4, 23)


# --- long paragraphs: the linear reader -----------------------------------------------------


def test_paragraph_too_long_to_parse_is_read_by_the_linear_reader(monkeypatch):
    text = "See [the £45m fund](http://x.org/£9m \"t\"), `£7m` code, ``two `£8m` ticks`` and **£2m** <b>bold</b>.\n"
    parsed = masked(text)
    monkeypatch.setattr(markdown, "MAX_PARSED_PARAGRAPH", 10)
    fast = masked(text)
    assert fast == parsed
    assert "£9m" not in fast and "£7m" not in fast and "£8m" not in fast
    assert fast.index("£45m") == text.index("£45m") and fast.index("£2m") == text.index("£2m")


def test_unpaired_backticks_in_the_linear_reader_leave_the_text(monkeypatch):
    monkeypatch.setattr(markdown, "MAX_PARSED_PARAGRAPH", 10)
    text = "A ``stray run and £3m after it, then `one` more.\n"
    m = masked(text)
    assert m.index("£3m") == text.index("£3m") and "one" not in m


# --- invariants on any input ------------------------------------------------------------


PIECES = list("ab £1.\n\r\t\0 >-*_`[]()!<>#&;|=~\\:0") + ["&#163;", "&amp;", "    ", "```", "\r\n", "<!--", "](", "[x]: "]
MARKDOWNISH = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@given(MARKDOWNISH)
def test_mask_keeps_length_line_breaks_and_characters_in_place(text):
    reading = read_markdown(text)
    m = reading.masked
    assert len(m) == len(text)
    assert [i for i, c in enumerate(m) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]
    decoded = [i for s, e in reading.decoded for i in range(s, e)]
    for i, c in enumerate(m):
        if c != " " and i not in decoded:
            assert c == text[i] or (text[i] == "\0" and c == "\ufffd")
    assert all(0 <= b <= len(text) for b in reading.breaks)


def test_dense_markup_is_read_by_the_linear_reader_alike(monkeypatch):
    text = "[Kestrel £1m](https://example.org/2019) *and* " * 20 + "\n"
    linear = masked(text)
    monkeypatch.setattr(markdown, "MAX_MARKUP_SHARE", 1.0)  # now parsed
    assert masked(text) == linear
    assert linear.count("Kestrel £1m") == 20 and "2019" not in linear and "example" not in linear


def test_prose_paragraphs_are_parsed():
    draft = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    paragraphs = [p for p in draft.split("\n\n") if p.strip()]
    assert all(markdown._is_prose(p) for p in paragraphs)


@pytest.mark.parametrize("prefix", [">" * 25 + " ", "- " * 12, "> 1. " * 6])
def test_text_nested_deeper_than_the_parser_reads_is_not_dropped(prefix):
    text = f"Intro.\n\n{prefix}The Kestrel scheme got [£5m](https://example.org/£9m).\n"
    m = masked(text)
    assert m.index("£5m") == text.index("£5m") and "£9m" not in m
    assert sentences(text)[-1] == "The Kestrel scheme got £5m."
