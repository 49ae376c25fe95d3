"""Accepting findings: inline `factcheck: ignore` comments and the baseline."""

from __future__ import annotations

import json

import jsonschema
import pytest

from factcheck.suppression import Baseline, BaselineError, read_directives

from .conftest import DATA

SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0-rtm.4.json").read_text(encoding="utf-8"))

# Invented programmes beside real corpus subjects: the Young Londoners Fund is
# documented as £45m, so £50m conflicts; the Invented Parks Scheme is in no document.
DRAFT = """# Draft

<!-- factcheck: ignore -->
The Young Londoners Fund is £50m, said the Invented Parks Scheme's chair.

<!-- factcheck: ignore £12m "council figure, checked by phone" -->
The council put £12m into the Invented Parks Scheme and the Young Londoners Fund is £50m.

The Young Londoners Fund is £45m.
"""


def scan_jsonl(run, tmp_path, name: str, text: str, *extra: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    r = run("scan", name, "--format", "jsonl", *extra, cwd=tmp_path)
    return r, [json.loads(line) for line in r.stdout.splitlines()]


def test_directives_are_read_with_figure_and_reason():
    (bare, named) = read_directives(DRAFT)
    assert (bare.line, bare.figure, bare.reason) == (3, None, None)
    assert (named.line, named.figure, named.reason) == (6, "£12m", "council figure, checked by phone")


def test_unknown_or_malformed_directives_are_problems_not_guesses():
    text = '<!-- factcheck: ignroe -->\n<!-- factcheck: ignore £1m "a" b -->\n<!-- factcheck: ignore\n-->\n'
    (unknown, bad_reason, unclosed) = read_directives(text)
    assert "unknown factcheck directive 'ignroe'" in unknown.problem
    assert "quoted" in bad_reason.problem
    assert unclosed.line == 3 and "must close with -->" in unclosed.problem


@pytest.mark.parametrize("name", ["draft.md", "draft.txt"])
def test_comment_silences_the_next_sentence_and_named_figure_only(run, tmp_path, name):
    r, found = scan_jsonl(run, tmp_path, name, DRAFT)
    by_line = {(d["line"], d["figures"][0]["text"]): d for d in found}
    # Line 4: every finding of the sentence is accepted, with no reason given.
    assert by_line[(4, "£50m")]["suppressed"] == {"by": "comment", "reason": None, "line": 3}
    # Line 7: only £12m is accepted, with its reason; £50m in the same sentence still counts.
    assert by_line[(7, "£12m")]["suppressed"] == {"by": "comment", "reason": "council figure, checked by phone", "line": 6}
    assert "suppressed" not in by_line[(7, "£50m")]
    assert by_line[(7, "£50m")]["verdict"] == "conflicting"
    assert "suppressed" not in by_line[(9, "£45m")]
    # The comment's own figure is never checked, in plain text too.
    assert all(d["line"] not in (3, 6) for d in found)
    assert r.status == 1  # the unaccepted £50m still conflicts


def test_accepted_findings_are_counted_not_shown_in_line_format(run, tmp_path):
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    r = run("scan", "d.md", "--format", "line", cwd=tmp_path)
    assert "d.md:4:" not in r.stdout and "d.md:7:17:" not in r.stdout
    assert "d.md:7:85: conflicting" in r.stdout
    assert "2 accepted findings not counted (2 by inline comment)" in r.stderr


def test_everything_accepted_passes(run, tmp_path):
    text = "<!-- factcheck: ignore \"the chair's own words\" -->\nThe Young Londoners Fund is £50m.\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    r = run("scan", "d.md", "--format", "line", "--quiet", cwd=tmp_path)
    assert r.status == 0 and r.stdout == ""
    assert r.stderr.strip() == "1 accepted finding not counted (1 by inline comment)"


def test_a_named_figure_matches_by_value_too(run, tmp_path):
    _, found = scan_jsonl(run, tmp_path, "d.md", "<!-- factcheck: ignore £50 million -->\nThe Young Londoners Fund is £50m.\n")
    assert found[0]["suppressed"]["by"] == "comment"


def test_a_directive_that_names_nothing_is_a_warning(run, tmp_path):
    r, found = scan_jsonl(run, tmp_path, "d.md", "<!-- factcheck: ignore £99m -->\nThe Young Londoners Fund is £50m.\n")
    assert "suppressed" not in found[0]
    assert json.loads(r.stderr.splitlines()[0])["message"].startswith("d.md:1:1: warning: `factcheck: ignore £99m` names no figure")


def test_sarif_keeps_accepted_findings_as_suppressed_results(run, tmp_path):
    (tmp_path / "d.md").write_text(DRAFT, encoding="utf-8")
    log = json.loads(run("scan", "d.md", "--format", "sarif", cwd=tmp_path).stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    suppressed = [r for r in log["runs"][0]["results"] if r.get("suppressions")]
    assert {s["suppressions"][0]["justification"] for s in suppressed} >= {"council figure, checked by phone"}
    assert all(s["suppressions"][0]["kind"] == "inSource" for s in suppressed)


# --- baseline ---------------------------------------------------------------------------

WRONG = "The Young Londoners Fund is £50m.\n"


def test_baseline_accepts_recorded_findings_even_after_lines_move(run, tmp_path):
    draft = tmp_path / "drafts" / "piece.md"
    draft.parent.mkdir()
    draft.write_text("# Piece\n\n" + WRONG, encoding="utf-8")
    wrote = run("scan", "drafts", "--write-baseline", "factcheck-baseline.json", "--format", "line", cwd=tmp_path)
    assert wrote.status == 0 and "wrote 1 accepted finding to factcheck-baseline.json" in wrote.stderr
    recorded = json.loads((tmp_path / "factcheck-baseline.json").read_text(encoding="utf-8"))
    assert [(e["path"], e["line"], e["figure"]) for e in recorded["findings"]] == [("drafts/piece.md", 3, "£50m")]

    # Lines move above the accepted finding, and a new wrong figure arrives.
    draft.write_text("# Piece\n\nA new opening paragraph.\n\n" + WRONG + "\nThe Young Londoners Fund is £60m.\n", encoding="utf-8")
    r = run("scan", "drafts", "--baseline", "factcheck-baseline.json", "--format", "jsonl", cwd=tmp_path)
    found = {d["figures"][0]["text"]: d for d in map(json.loads, r.stdout.splitlines())}
    assert found["£50m"]["suppressed"] == {"by": "baseline", "reason": "in the baseline", "file": "factcheck-baseline.json"}
    assert "suppressed" not in found["£60m"]
    assert r.status == 1  # only the new finding fails

    # From another working directory, the baseline's paths still hold.
    r = run("scan", str(draft), "--baseline", str(tmp_path / "factcheck-baseline.json"), "--format", "line", "--only", "conflicting", cwd=tmp_path / "drafts")
    assert r.stdout.count("conflicting") == 1 and "£60m" in r.stdout


def test_baseline_without_the_new_finding_passes(run, tmp_path):
    (tmp_path / "d.md").write_text(WRONG, encoding="utf-8")
    run("scan", "d.md", "--write-baseline", "b.json", cwd=tmp_path)
    r = run("scan", "d.md", "--baseline", "b.json", "--format", "line", cwd=tmp_path)
    assert r.status == 0 and r.stdout == ""
    assert "1 accepted finding not counted (1 by baseline)" in r.stderr


def test_repeated_sentences_are_distinct_baseline_entries(run, tmp_path):
    (tmp_path / "d.md").write_text(WRONG + "\n" + WRONG, encoding="utf-8")
    run("scan", "d.md", "--write-baseline", "b.json", cwd=tmp_path)
    prints = [e["fingerprint"] for e in json.loads((tmp_path / "b.json").read_text())["findings"]]
    assert len(prints) == 2 and len(set(prints)) == 2
    # A third copy is new.
    (tmp_path / "d.md").write_text(WRONG + "\n" + WRONG + "\n" + WRONG, encoding="utf-8")
    assert run("scan", "d.md", "--baseline", "b.json", cwd=tmp_path).status == 1


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "error: b.json: no such file (write one with --write-baseline b.json)"),
        ("{not json", "error: b.json:1:2: not a factcheck baseline (invalid JSON)"),
        ('{"findings": []}', "error: b.json: not a factcheck baseline"),
        ('{"factcheck_baseline": 1, "findings": [{"path": "x"}]}', "error: b.json: findings[0] has no fingerprint"),
    ],
)
def test_a_bad_baseline_is_a_one_line_error(run, tmp_path, content, message):
    (tmp_path / "d.md").write_text(WRONG, encoding="utf-8")
    if content is not None:
        (tmp_path / "b.json").write_text(content, encoding="utf-8")
    r = run("scan", "d.md", "--baseline", "b.json", cwd=tmp_path)
    assert r.status == 2 and r.stderr.startswith(message) and r.stderr.count("\n") == 1


def test_baseline_load_reads_only_fingerprints(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"factcheck_baseline": 1, "findings": [{"fingerprint": "abc"}]}', encoding="utf-8")
    assert Baseline.load(path, "b.json").fingerprints == frozenset({"abc"})
    with pytest.raises(BaselineError):
        Baseline.load(tmp_path / "missing.json", "missing.json")
