"""`factcheck scan` from the command line, in-process."""

import json

import jsonschema
import pytest

from factcheck.rendering import github_escape_data, github_escape_property

from .conftest import DATA

DRAFT = DATA / "drafts" / "budget.md"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0-rtm.4.json").read_text(encoding="utf-8"))


def test_line_format_and_exit_code(run):
    r = run("scan", str(DRAFT), "--format", "line")
    assert r.status == 1  # one conflicting figure
    lines = r.stdout.splitlines()
    assert f"{DRAFT}:14:45: conflicting: 35: the documents give more than 350" in "\n".join(lines)
    assert all(line.startswith(f"{DRAFT}:") for line in lines)
    assert "11 figures in 1 file: 1 conflicting, 1 mixed, 1 unverified, 8 supported" in r.stderr


def test_no_exit_and_fail_on(run):
    assert run("scan", str(DRAFT), "--format", "line", "--no-exit").status == 0
    assert run("scan", str(DATA / "drafts" / "notes.txt"), "--format", "line", "--fail-on", "unverified").status == 1


def test_stdin_with_filename(run):
    r = run("scan", "-", "--stdin-filename", "drafts/today.md", "--format", "jsonl", stdin="# The £50m Young Londoners Fund\n".encode())
    (finding,) = [json.loads(l) for l in r.stdout.splitlines()]
    assert (finding["path"], finding["line"], finding["column"], finding["verdict"]) == ("drafts/today.md", 1, 7, "conflicting")


def test_json_array(run):
    data = json.loads(run("scan", str(DRAFT), "--format", "json").stdout)
    assert len(data) == 11 and {"path", "line", "column"} <= set(data[0])


def test_github_annotations(run):
    r = run("scan", str(DRAFT), "--format", "github")
    lines = r.stdout.splitlines()
    assert any(l.startswith(f"::error file={DRAFT},line=14,col=45,") for l in lines)
    assert any(l.startswith(f"::warning file={DRAFT},line=10,col=14,") for l in lines)
    assert any(l.startswith(f"::notice file={DRAFT},line=20,col=14,") for l in lines)
    assert len(lines) == 3  # supported figures are not annotated


def test_github_escaping_follows_the_actions_toolkit():
    assert github_escape_data("50% of\r\nit") == "50%25 of%0D%0Ait"
    assert github_escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_escapes_a_hostile_path(run, tmp_path):
    path = tmp_path / "a,b:c.md"
    path.write_text("The Young Londoners Fund is £50m.\n", encoding="utf-8")
    r = run("scan", str(path), "--format", "github")
    assert "file=" + str(path).replace(":", "%3A").replace(",", "%2C") + ",line=1" in r.stdout


def test_sarif_validates_and_is_stable(run, tmp_path):
    first = json.loads(run("scan", str(DRAFT), "--format", "sarif", cwd=DATA.parent.parent).stdout)
    jsonschema.validate(first, SARIF_SCHEMA)
    run_ = first["runs"][0]
    assert [r["id"] for r in run_["tool"]["driver"]["rules"]] == [
        "factcheck/conflicting", "factcheck/mixed", "factcheck/unverified", "factcheck/supported",
    ]
    results = run_["results"]
    assert {r["ruleId"] for r in results} == {"factcheck/conflicting", "factcheck/mixed", "factcheck/unverified"}
    uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "tests/data/drafts/budget.md"  # relative to the repository root
    # Edit above the findings: lines move, fingerprints stay.
    moved = tmp_path / "tests" / "data" / "drafts"
    moved.mkdir(parents=True)
    (moved / "budget.md").write_text("Intro line.\n\n" + DRAFT.read_text(encoding="utf-8"), encoding="utf-8")
    second = json.loads(run("scan", "tests/data/drafts/budget.md", "--format", "sarif", cwd=tmp_path).stdout)
    fp = lambda log: sorted(r["partialFingerprints"]["factcheckFinding/v1"] for r in log["runs"][0]["results"])  # noqa: E731
    assert fp(first) == fp(second)
    lines = lambda log: sorted(r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in log["runs"][0]["results"])  # noqa: E731
    assert [l + 2 for l in lines(first)] == lines(second)


def test_pretty_puts_problems_first_and_summary_on_stderr(run):
    r = run("scan", str(DRAFT))
    order = [v for v in ("CONFLICTING", "MIXED", "UNVERIFIED", "SUPPORTED")]
    positions = [r.stdout.index(v) for v in order]
    assert positions == sorted(positions)
    assert r.stderr.startswith("11 figures in 1 file")
    assert "\x1b[" not in r.stdout


def test_no_progress_bar_when_not_a_tty(run):
    r = run("scan", str(DRAFT), str(DRAFT), "--format", "line")
    assert r.stderr.count("\n") == 1  # just the summary


@pytest.mark.parametrize(
    "args, message",
    [
        (("scan", "/nonexistent.md"), "error: /nonexistent.md: no such file"),
        (("scan", "-", "-"), "error: `-` (stdin) can be given only once"),
    ],
)
def test_scan_input_errors(run, args, message):
    r = run(*args)
    assert r.status == 2 and r.stderr.startswith(message)


def test_scan_directory_without_drafts_says_so(run, tmp_path):
    r = run("scan", str(tmp_path))  # directories are walked: tests/test_gate.py
    assert r.status == 0 and "no drafts to scan" in r.stderr


def test_non_utf8_draft_is_reported_and_scanned_on(run, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 news.\nThe Young Londoners Fund is GBP 50 million.\n".encode("latin-1"))
    r = run("scan", str(path), "--format", "line")
    assert f"{path}:1:4: warning: not valid UTF-8 (byte 0xe9)" in r.stderr
    assert f"{path}:2:" in r.stdout and "conflicting" in r.stdout


def test_sarif_path_outside_the_working_directory_is_an_absolute_uri(run, tmp_path):
    log = json.loads(run("scan", str(DRAFT), "--format", "sarif", cwd=tmp_path).stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": DRAFT.as_uri()}
