"""Renderers: the JSON contract, and text that is never interpreted."""

import io
import json

from factcheck.environment import Environment
from factcheck.rendering import CSV_COLUMNS, make_renderer, printable, render_all

CONTRACT_TOP = {"claim", "verdict", "figures", "evidence", "reason"}
CONTRACT_FIGURE = {"text", "value", "unit", "qualifier", "period"}
CONTRACT_EVIDENCE = {"claim_id", "relation", "score", "subject", "figure", "passage", "source"}
CONTRACT_EVIDENCE_FIGURE = {"text", "value", "unit", "qualifier", "period", "as_of"}
CONTRACT_SOURCE = {"id", "title", "date", "file"}
# Additions beyond the contract's required keys; documented in the README.
EXTRA_FIGURE = {"verdict", "topic", "start", "end", "stance", "attributed", "low", "high", "doubt"}
EXTRA_EVIDENCE = {"for_figure"}


def render(fmt, results, tty=False, variables=None):
    out = io.StringIO()
    env = Environment(stdin=io.BytesIO(), stdout=out, stderr=io.StringIO(), stdout_isatty=tty, variables=variables or {})
    render_all(make_renderer(fmt, out, env), results)
    return out.getvalue()


def test_json_contract_is_pinned(checker):
    results = [checker.check(c) for c in ("£250k seed funding", "£110m for a new hospital in Barnet", "no figure here at all")]
    for line, result in zip(render("jsonl", results).splitlines(), results):
        data = json.loads(line)
        assert set(data) == CONTRACT_TOP
        assert data["verdict"] in {"supported", "conflicting", "mixed", "unverified"}
        assert isinstance(data["reason"], str) and data["reason"]
        for f in data["figures"]:
            assert set(f) == CONTRACT_FIGURE | EXTRA_FIGURE
        for e in data["evidence"]:
            assert set(e) == CONTRACT_EVIDENCE | EXTRA_EVIDENCE
            assert set(e["figure"]) == CONTRACT_EVIDENCE_FIGURE
            assert set(e["source"]) == CONTRACT_SOURCE
            assert e["relation"] in {"supports", "conflicts", "related"}
            assert 0.0 <= e["score"] <= 1.0
        assert data == result.to_dict()


def test_json_array_streams_valid_json(checker):
    results = [checker.check("£45m Young Londoners Fund"), checker.check("£50m Young Londoners Fund")]
    data = json.loads(render("json", results))
    assert [d["verdict"] for d in data] == ["supported", "conflicting"]
    assert json.loads(render("json", [])) == []


def test_csv_header(checker):
    text = render("csv", [checker.check("£45m Young Londoners Fund")])
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)


def test_printable_shows_control_characters():
    assert printable("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert printable("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "\\x1b]8;;http://x\\x1b\\link\\x1b]8;;\\x1b\\"
    assert printable("evil\u202etxt") == "evil\\u202etxt"
    assert printable("£45m, ‘quotes’\tand tabs") == "£45m, ‘quotes’\tand tabs"


def test_pretty_escapes_markup_and_ansi(checker):
    result = checker.check("[bold red]£45m[/] \x1b[2J Young Londoners Fund")
    out = render("pretty", [result], tty=True)
    assert "[bold red]£45m[/]" in out
    assert "\x1b[2J" not in out


def test_pretty_colour_only_on_tty_and_without_no_color(checker):
    result = checker.check("£45m Young Londoners Fund")
    assert "\x1b[" not in render("pretty", [result], tty=False)
    assert "\x1b[" in render("pretty", [result], tty=True)
    assert "\x1b[" not in render("pretty", [result], tty=True, variables={"NO_COLOR": "1"})


def test_pretty_highlights_the_figure_in_the_passage(checker):
    out = render("pretty", [checker.check("£2m for London Gang Exit")], tty=True, variables={"COLUMNS": "200"})
    # bold underline green around the documented figure
    assert "£2 million" in out and "\x1b[1;4;32m£2 million" in out


def test_narrow_terminal_still_renders(checker):
    out = render("pretty", [checker.check("£45m Young Londoners Fund")], tty=True, variables={"COLUMNS": "20"})
    assert "SUPPORTED" in out.replace("\n", "") or "SUPPORT" in out


def test_a_cut_list_of_passages_says_how_many_more_and_shows_each_passage_once(checker):
    from dataclasses import replace

    from factcheck.rendering import TextRenderer

    result = checker.check("The Young Londoners Fund is worth £45m.")
    passages = {(e.for_figure, e.claim.source, e.claim.passage) for e in result.evidence if e.relation.value == "supports"}
    assert len(passages) >= 3
    out = io.StringIO()
    TextRenderer(out, max_evidence=1).result(result)
    assert f"+{len(passages) - 1} more passages" in out.getvalue()
    # The same passage twice, for one figure and relation, is shown once.
    doubled = replace(result, evidence=(result.evidence[0], result.evidence[0]))
    out = io.StringIO()
    TextRenderer(out, max_evidence=4).result(doubled)
    assert out.getvalue().count(result.evidence[0].claim.passage) == 1 and "more passage" not in out.getvalue()
