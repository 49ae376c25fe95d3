"""The CLI, run in-process with an injected environment (no subprocesses)."""

import csv
import io
import json

import pytest

from factcheck.corpus import load_corpus

from .conftest import CLAIMS


def test_check_one_claim_pretty_not_tty_has_no_colour(run):
    r = run("check", "£45m Young Londoners Fund")
    assert r.status == 0
    assert "SUPPORTED" in r.stdout and "£45m Young Londoners Fund" in r.stdout
    assert "\x1b[" not in r.stdout
    assert r.stderr == ""


def test_check_pretty_on_a_tty_is_coloured_unless_no_color(run):
    coloured = run("check", "£45m Young Londoners Fund", tty=True)
    assert "\x1b[" in coloured.stdout
    plain = run("check", "£45m Young Londoners Fund", tty=True, variables={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout and "SUPPORTED" in plain.stdout
    dumb = run("check", "£45m Young Londoners Fund", tty=True, variables={"TERM": "dumb"})
    assert "\x1b[" not in dumb.stdout


def test_user_markup_and_escapes_print_literally(run):
    r = run("check", "[bold]£45m[/bold] \x1b[2J Young Londoners Fund", tty=True)
    assert "[bold]£45m[/bold]" in r.stdout
    assert "\x1b[2J" not in r.stdout and "\\x1b[2J" in r.stdout


def test_jsonl_contract(run):
    r = run("check", "£250k seed funding", "--format", "jsonl")
    assert r.status == 0  # mixed does not reach the default --fail-on conflicting
    (line,) = r.stdout.splitlines()
    data = json.loads(line)
    assert set(data) == {"claim", "verdict", "figures", "evidence", "reason"}
    assert data["verdict"] == "mixed"
    (figure,) = data["figures"]
    assert {"text", "value", "unit", "qualifier", "period"} <= set(figure)
    assert (figure["text"], figure["value"], figure["unit"]) == ("£250k", 250000, "GBP")
    for e in data["evidence"]:
        assert {"claim_id", "relation", "score", "subject", "figure", "passage", "source"} <= set(e)
        assert e["relation"] in ("supports", "conflicts", "related")
        assert set(e["figure"]) == {"text", "value", "unit", "qualifier", "period", "as_of"}
        assert set(e["source"]) == {"id", "title", "date", "file"}
        assert e["source"]["file"].endswith(".txt")
    assert {e["relation"] for e in data["evidence"]} >= {"supports", "conflicts"}


def test_fail_on_levels(run):
    # £250k seed funding is mixed: fails only at --fail-on mixed or unverified.
    assert run("check", "£250k seed funding", "--format", "jsonl", "--fail-on", "conflicting").status == 0
    assert run("check", "£250k seed funding", "--format", "jsonl", "--fail-on", "mixed").status == 1
    assert run("check", "£250k seed funding", "--format", "jsonl", "--fail-on", "unverified").status == 1
    assert run("check", "£50m Young Londoners Fund", "--format", "jsonl").status == 1
    assert run("check", "£110m for a hospital in Barnet", "--format", "jsonl").status == 0
    assert run("check", "£110m for a hospital in Barnet", "--format", "jsonl", "--fail-on", "unverified").status == 1


def test_stdin_lines_in_order_with_comments_blank_and_bad_bytes(run):
    data = "£45m Young Londoners Fund\n\n# a comment\n".encode() + b"\xff\xfe broken\n" + "£50m Young Londoners Fund\n".encode()
    r = run("check", "-", "--format", "jsonl", stdin=data)
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert [row["verdict"] for row in rows] == ["supported", "unverified", "conflicting"]
    assert rows[1]["claim"] == "<stdin>:4"
    assert "<stdin>:4:1: not valid UTF-8 (byte 0xff)" in rows[1]["reason"]
    assert r.status == 1


def test_file_input_and_json_array(run, tmp_path):
    path = tmp_path / "claims.txt"
    path.write_text("£45m Young Londoners Fund\n£2m for London Gang Exit\n", encoding="utf-8")
    r = run("check", "--file", str(path), "--format", "json")
    data = json.loads(r.stdout)
    assert [d["verdict"] for d in data] == ["supported", "supported"]


def test_csv_output(run):
    r = run("check", "£45m Young Londoners Fund", "£50m Young Londoners Fund", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["verdict"] for row in rows] == ["supported", "conflicting"]
    assert "ylf-total-letter" in rows[0]["supports"]
    assert "ylf-total-letter" in rows[1]["conflicts"]


def test_text_output(run):
    r = run("check", "£7m for projets combatting youth violance", "--format", "text")
    assert r.stdout.startswith("supported: £7m for projets combatting youth violance\n")
    assert "✔ supports £7 million" in r.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (("check",), "error: give a claim to check"),
        (("check", "--file", "/nonexistent/claims.txt"), "error: /nonexistent/claims.txt: no such file"),
        (("check", "x", "--format", "yaml"), "error: Invalid value for '--format'"),
        (("show", "no-such-id"), "error: no claim or source with id 'no-such-id'"),
    ],
)
def test_usage_and_input_errors_are_one_line_exit_2(run, args, message):
    r = run(*args)
    assert r.status == 2
    assert r.stderr.startswith(message), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_directory_as_file(run, tmp_path):
    r = run("check", "--file", str(tmp_path))
    assert r.status == 2 and "is a directory" in r.stderr


def test_errors_are_json_with_json_formats(run):
    r = run("check", "--file", "/nonexistent", "--format", "jsonl")
    assert r.status == 2
    err = json.loads(r.stderr)
    assert err["status"] == 2 and "no such file" in err["message"]


def test_broken_corpus_is_exit_2_with_location(run, corpus_copy):
    (corpus_copy / "bad.yaml").write_text("claims: [\n", encoding="utf-8")
    r = run("check", "£45m Young Londoners Fund", "--claims", str(corpus_copy))
    assert r.status == 2
    assert "claims/bad.yaml:" in r.stderr and "YAML syntax error" in r.stderr


def test_validate_clean_and_broken(run, corpus_copy):
    ok = run("validate")
    # The result is data (`validate > log` keeps it); warnings (the round
    # trip, while the matcher improves) come before it and do not fail it.
    lines = ok.stdout.splitlines()
    assert ok.status == 0 and lines[-1].startswith("ok: ") and ok.stderr == ""
    assert all(": warning: " in line for line in lines[:-1])
    (corpus_copy / "empty.yaml").write_text("", encoding="utf-8")
    bad = run("validate", "--claims", str(corpus_copy))
    assert bad.status == 1
    errors = [line for line in bad.stdout.splitlines() if ": warning: " not in line]
    assert errors == ["claims/empty.yaml:1:1: empty claims file; write `claims: []` or remove the file"]


def test_verbose_names_the_corpus(run):
    r = run("check", "£45m Young Londoners Fund", "--verbose", "--format", "jsonl")
    assert f"corpus: {CLAIMS} ($FACTCHECK_CLAIMS;" in r.stderr


def test_corpus_resolution_order(run, tmp_path, corpus_copy):
    # ./claims in the working directory is used when it holds a corpus
    r = run("sources", "--verbose", variables={"FACTCHECK_CLAIMS": ""}, cwd=corpus_copy.parent)
    assert f"corpus: {corpus_copy} (./claims;" in r.stderr
    # otherwise the bundled corpus
    r = run("sources", "--verbose", variables={"FACTCHECK_CLAIMS": ""}, cwd=tmp_path / "nowhere")
    assert "(bundled;" in r.stderr
    # --claims wins over everything
    r = run("sources", "--verbose", "--claims", str(corpus_copy))
    assert "(--claims;" in r.stderr


def test_sources_and_show(run):
    r = run("sources", "--format", "json")
    rows = json.loads(r.stdout)
    shipped = load_corpus(CLAIMS)
    assert {row["id"] for row in rows} == set(shipped.sources)
    assert sum(row["claims"] for row in rows) == len(shipped.claims)
    letter = next(row for row in rows if row["id"] == "mayor-letter-pidgeon-2018-07")
    assert letter["date"] == "2018-07-16" and letter["url"] == "unknown"
    shown = run("show", "mayor-letter-pidgeon-2018-07")
    assert "ylf-total-letter" in shown.stdout
    claim = json.loads(run("show", "ylf-total-letter", "--format", "json").stdout)
    assert claim["value"] == 45000000 and claim["source"] == "mayor-letter-pidgeon-2018-07"


def test_show_suggests_a_near_id(run):
    r = run("show", "ylf-total-leter")
    assert r.status == 2 and "did you mean 'ylf-total-letter'?" in r.stderr


def test_help_has_examples(run):
    r = run("check", "--help")
    assert r.status == 0 and "factcheck check - --format jsonl < claims.txt" in r.stdout


def test_no_command_prints_the_help(run):
    r = run()
    assert r.status == 2
    assert r.stdout.startswith("Usage: factcheck [OPTIONS] COMMAND")
    assert "scan" in r.stdout and r.stderr == ""


@pytest.mark.parametrize("fmt, lines", [("jsonl", 3), ("csv", 4)])
def test_results_held_in_the_buffer_are_written_by_the_end(tmp_path, fmt, lines):
    # Claims from memory never wait, so results are not flushed one by one;
    # a TextIOWrapper holds them back as sys.stdout on a pipe does.
    from factcheck.cli import main
    from factcheck.environment import Environment

    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    env = Environment(
        stdin=io.BytesIO("£45m Young Londoners Fund\n".encode() * 3),
        stdout=out,
        stderr=io.StringIO(),
        stdout_isatty=False,
        variables={"FACTCHECK_CLAIMS": str(CLAIMS)},
        cwd=tmp_path,
    )
    assert main(["check", "-", "--format", fmt], env) == 0
    assert len(raw.getvalue().decode("utf-8").splitlines()) == lines


def test_results_are_flushed_one_by_one_only_when_input_can_wait(tmp_path):
    import os

    from factcheck.cli import _input_may_wait
    from factcheck.environment import Environment

    regular = tmp_path / "claims.txt"
    regular.write_text("£45m Young Londoners Fund\n", encoding="utf-8")
    env = Environment(stdin=io.BytesIO(b""), stdout=io.StringIO(), stderr=io.StringIO(), variables={}, cwd=tmp_path)
    assert not _input_may_wait(env, ["-"], None)
    assert not _input_may_wait(env, [], regular)
    with open(regular, "rb") as f:
        assert not _input_may_wait(Environment(stdin=f, variables={}, cwd=tmp_path), ["-"], None)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo"
        os.mkfifo(fifo)
        assert _input_may_wait(env, [], fifo)
        r, w = os.pipe()
        try:
            with os.fdopen(r, "rb") as pipe:
                assert _input_may_wait(Environment(stdin=pipe, variables={}, cwd=tmp_path), ["-"], None)
        finally:
            os.close(w)
