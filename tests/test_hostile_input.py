"""Hostile claims and drafts: every line answered, nothing interpreted, no hang."""

import io
import json

import pytest

from factcheck.cli import MAX_LINE_BYTES


def jsonl(r):
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_nul_bytes_and_control_characters_in_claims(run):
    r = run("check", "-", "--format", "text", stdin="£45m\x00 Young Londoners Fund\n".encode())
    assert r.status == 0 and "\\x00" in r.stdout and "\x00" not in r.stdout


def test_ten_megabyte_line_is_reported_and_the_batch_goes_on(run):
    data = b"1" * (10 * 1024 * 1024) + b"\n" + "£45m Young Londoners Fund\n".encode()
    r = run("check", "-", "--format", "jsonl", stdin=data)
    rows = jsonl(r)
    assert [row["verdict"] for row in rows] == ["unverified", "supported"]
    assert rows[0]["claim"] == "<stdin>:1"
    assert f"<stdin>:1: line is longer than {MAX_LINE_BYTES // 1024 // 1024} MB; not checked" in rows[0]["reason"]


def test_huge_stream_reads_in_bounded_memory(run):
    """100 MB through `check -` (lines over the cap) with memory bounded by the cap."""
    import tracemalloc

    class Endless(io.RawIOBase):
        def __init__(self, lines, size):
            self.remaining = lines
            self.line = b"2" * size + b"\n"
            self.buffer = b""

        def readable(self):
            return True

        def readinto(self, b):
            if not self.buffer:
                if not self.remaining:
                    return 0
                self.remaining -= 1
                self.buffer = self.line
            n = min(len(b), len(self.buffer))
            b[:n] = self.buffer[:n]
            self.buffer = self.buffer[n:]
            return n

    stream = io.BufferedReader(Endless(50, 2 * 1024 * 1024))
    from factcheck.cli import main
    from factcheck.environment import Environment

    out = io.StringIO()
    env = Environment(stdin=stream, stdout=out, stderr=io.StringIO(), stdout_isatty=False, variables={}, cwd=__import__("pathlib").Path("."))
    tracemalloc.start()
    status = main(["check", "-", "--format", "jsonl"], env)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert status == 0
    assert len(out.getvalue().splitlines()) == 50
    assert peak < 40 * 1024 * 1024, peak


@pytest.mark.parametrize(
    "claim",
    [
        "9" * 100_000,
        "1," * 50_000,
        "£" * 100_000,
        "\x1b[2J\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",
        "[bold red]£45m[/] [link=http://x]Young Londoners Fund[/link]",
        "\u202e£45m Young Londoners Fund",
        " ",
        # A count's list of nouns, never closed by "and": a list reader that
        # could split a word two ways backtracked here without end.
        "12 x" + ", " + ", ".join("a" * 40 for _ in range(200)) + "!",
    ],
)
def test_hostile_claims_get_a_result(run, claim):
    r = run("check", claim, "--format", "jsonl")
    assert r.status in (0, 1)
    (row,) = jsonl(r)
    assert row["claim"] == claim and row["reason"]


def test_hostile_claims_never_reach_the_terminal(run):
    claim = "\x1b[2J\x1b]8;;http://evil\x1b\\£45m\x1b]8;;\x1b\\ [bold]Young Londoners Fund[/bold]"
    for fmt in ("pretty", "text", "csv"):
        # Wide enough that the pretty panel's title shows the whole claim.
        r = run("check", claim, "--format", fmt, tty=True, variables={"COLUMNS": "200"})
        assert "\x1b[2J" not in r.stdout and "\x1b]8;" not in r.stdout, fmt
        assert "[bold]Young Londoners Fund[/bold]" in r.stdout


def test_empty_claim_argument(run):
    (row,) = jsonl(run("check", "", "--format", "jsonl"))
    assert row["verdict"] == "unverified" and "no figure" in row["reason"]


def test_blank_and_comment_only_input_gives_no_results_and_exit_0(run):
    r = run("check", "-", "--format", "jsonl", stdin=b"\n   \n# only a comment\n")
    assert r.status == 0 and r.stdout == ""


def test_file_without_read_permission(run, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("£45m Young Londoners Fund\n", encoding="utf-8")
    real_open = open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    r = run("check", "--file", str(path))
    assert r.status == 2 and r.stderr.strip() == f"error: {path}: permission denied"


def test_scan_hostile_draft(run, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("# [x](" * 20000 + "\n" + "*_" * 20000 + "\n\nThe £50m Young Londoners Fund.\n" + "```\n" * 3, encoding="utf-8")
    r = run("scan", str(draft), "--format", "line")
    assert f"{draft}:4:5: conflicting" in r.stdout


def test_a_sentence_of_thousands_of_figures_is_checked_in_bounded_work(checker, monkeypatch):
    """'1 1 1 …' once cost figures x sentence length (31 s for 40 KB): every
    figure was checked against the whole sentence. Now the first
    MAX_CLAIM_FIGURES are checked and the rest reported, not dropped."""
    from factcheck import scanning
    from factcheck.checking import MAX_CLAIM_FIGURES

    calls = []
    original = checker.check_figures
    monkeypatch.setattr(checker, "check_figures", lambda *a, **k: calls.append(a[0]) or original(*a, **k))
    text = "1 " * 5000
    findings = scanning.scan_text(text, "d.txt", checker)
    assert len(findings) == 5000  # every figure has a finding
    assert [f.column for f in findings] == list(range(1, 10000, 2))
    not_checked = [f for f in findings if "not checked; the sentence has 5000 figures" in f.check.reason]
    assert len(not_checked) == 5000 - MAX_CLAIM_FIGURES
    # At most the clause itself plus two narrower tries per checked figure.
    assert len(calls) <= 1 + 2 * MAX_CLAIM_FIGURES
    assert all(len(c) <= len(text) for c in calls)
