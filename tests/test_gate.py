"""`factcheck scan` as a gate: directories, ignores, binaries, --quiet, --only,
the pre-commit hook's file filter, streaming."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from factcheck.discovery import (
    DRAFT_SUFFIXES,
    Draft,
    IgnoreRules,
    Skipped,
    discover,
    is_binary,
    is_draft,
)

from .conftest import DATA, ROOT

WRONG = "The Invented Youth Fund launch said the Young Londoners Fund is £50m.\n"
RIGHT = "The Young Londoners Fund is £45m.\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A small newsroom repository: drafts, a data file, ignores, a binary."""
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "drafts" / "old").mkdir(parents=True)
    (root / "drafts" / "build").mkdir()
    (root / "drafts" / "today.md").write_text(WRONG, encoding="utf-8")
    (root / "drafts" / "notes.txt").write_text(RIGHT, encoding="utf-8")
    (root / "drafts" / "figures.csv").write_text("fund,£50m\n", encoding="utf-8")
    (root / "drafts" / "settings.py").write_text("BUDGET = '£50m'\n", encoding="utf-8")
    (root / "drafts" / "old" / "archived.md").write_text(WRONG, encoding="utf-8")
    (root / "drafts" / "old" / "keep.md").write_text(RIGHT, encoding="utf-8")
    (root / "drafts" / "build" / "out.md").write_text(WRONG, encoding="utf-8")
    (root / "drafts" / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR " + "£50m".encode())
    (root / "drafts" / ".hidden.md").write_text(WRONG, encoding="utf-8")
    (root / ".gitignore").write_text("build/\n", encoding="utf-8")
    (root / "drafts" / ".factcheckignore").write_text("old/*\n!old/keep.md\n", encoding="utf-8")
    return root


def shown(items) -> list[str]:
    return [i.shown for i in items if isinstance(i, Draft)]


def test_directory_walk_honours_ignores_suffixes_and_binaries(tree):
    items = list(discover(["drafts"], tree))
    assert shown(items) == ["drafts/notes.txt", "drafts/old/keep.md", "drafts/today.md"]
    skipped = [(i.shown, i.why) for i in items if isinstance(i, Skipped)]
    assert skipped == [("drafts/image.md", "binary file")]


def test_the_walk_from_inside_the_repository_still_sees_the_root_gitignore(tree):
    # .gitignore at the repository root says build/; walking drafts/ from drafts/ must honour it.
    assert "build/out.md" not in shown(discover(["."], tree / "drafts"))
    assert "today.md" in shown(discover(["."], tree / "drafts"))


def test_named_files_are_read_whatever_their_suffix_but_factcheckignore_holds(tree):
    items = list(discover(["drafts/figures.csv", "drafts/old/archived.md", "drafts/build/out.md"], tree))
    assert shown(items) == ["drafts/figures.csv", "drafts/build/out.md"]  # .gitignore is for the walk, as with git add -f
    assert [(i.shown, i.why) for i in items if isinstance(i, Skipped)] == [("drafts/old/archived.md", "excluded by .factcheckignore")]


def test_config_ignore_globs_apply_to_walks_and_named_files(tree):
    rules = IgnoreRules(extra=("notes.*",), extra_base=tree)
    assert shown(discover(["drafts"], tree, rules)) == ["drafts/old/keep.md", "drafts/today.md"]
    assert [i.why for i in discover(["drafts/notes.txt"], tree, rules)] == ["excluded by the config's ignore globs"]


def test_binary_test_is_gits(tmp_path):
    (tmp_path / "a").write_bytes(b"text \0 more")
    (tmp_path / "b").write_text("£45m, naïve café\n", encoding="utf-8")
    assert is_binary(tmp_path / "a") and not is_binary(tmp_path / "b")


def test_scan_a_directory(run, tree):
    r = run("scan", "drafts", "--format", "line", cwd=tree)
    paths = sorted({line.split(":")[0] for line in r.stdout.splitlines()})
    assert paths == ["drafts/notes.txt", "drafts/old/keep.md", "drafts/today.md"]
    assert "drafts/image.md: skipped, binary file" in r.stderr.splitlines()
    assert r.status == 1
    assert "in 3 files" in r.stderr


def test_a_binary_named_on_the_command_line_is_refused_with_one_line(run, tmp_path):
    """Named, it is the user's choice and an error (exit 2, located); met in
    a directory walk, it is skipped and said so (test above)."""
    elf = tmp_path / "prog"
    elf.write_bytes(b"\x7fELF\x02\x01\x01\0" + b"\0" * 64 + "£45m for the Young Londoners Fund".encode() * 50)
    r = run("scan", str(elf), "--format", "line")
    assert r.stdout == ""
    assert r.stderr.splitlines()[0].startswith(f"error: {elf}:1:8: binary file")
    assert r.status == 2


def test_an_empty_directory_says_so(run, tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("scan", "empty", cwd=tmp_path)
    assert r.status == 0 and "no drafts to scan in empty" in r.stderr


def test_quiet_prints_problems_only(run, tree):
    loud = run("scan", "drafts", "--format", "line", cwd=tree)
    quiet = run("scan", "drafts", "--format", "line", "--quiet", cwd=tree)
    assert ": supported:" in loud.stdout
    assert quiet.stdout and ": supported:" not in quiet.stdout
    assert set(quiet.stdout.splitlines()) == {l for l in loud.stdout.splitlines() if ": supported:" not in l}
    assert quiet.stderr.strip().endswith("binary file")  # no summary, but the skipped file is still said
    pretty = run("scan", "drafts", "-q", cwd=tree)
    assert "SUPPORTED" not in pretty.stdout and "CONFLICTING" in pretty.stdout


def test_only_filters_formats_and_exit_status(run):
    draft = DATA / "drafts" / "budget.md"
    r = run("scan", str(draft), "--format", "jsonl", "--only", "mixed,unverified")
    verdicts = {json.loads(l)["verdict"] for l in r.stdout.splitlines()}
    assert verdicts == {"mixed", "unverified"}
    assert r.status == 0  # the conflicting figure is not reported, so it does not fail
    assert run("scan", str(draft), "--format", "line", "--only", "conflicting").status == 1


def test_only_rejects_an_unknown_verdict(run):
    r = run("scan", str(DATA / "drafts" / "budget.md"), "--only", "conflicting,wrong")
    assert r.status == 2 and r.stderr.startswith("error: --only 'conflicting,wrong': expected a comma-separated list of")


def test_the_hook_matches_drafts_only():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pattern = re.compile(hook["files"])
    for name in ["drafts/today.md", "README.MD", "notes.txt", "piece.markdown", "a.mdx"]:
        assert pattern.search(name), name
    for name in ["data.csv", "settings.py", ".pre-commit-config.yaml", "notes.txt.bak", "md"]:
        assert not pattern.search(name), name
    # The hook and the directory walk agree on what a draft is.
    for suffix in DRAFT_SUFFIXES:
        assert pattern.search("x" + suffix) and is_draft("x" + suffix)
    assert "types_or" not in hook  # identify's "text" type matched every text file


def test_pretty_streams_each_file_as_it_is_scanned(tree, monkeypatch):
    """The first file's findings are written before the second file is read."""
    import io

    from factcheck import cli
    from factcheck.environment import Environment

    from .conftest import CLAIMS

    out = io.StringIO()
    reads: list[tuple[str, int]] = []
    original = cli._read_draft

    def recording_read(env, path, *args):
        reads.append((path, len(out.getvalue())))
        return original(env, path, *args)

    monkeypatch.setattr(cli, "_read_draft", recording_read)
    env = Environment(stdin=io.BytesIO(), stdout=out, stderr=io.StringIO(), stdin_isatty=False, stdout_isatty=False,
                      stderr_isatty=False, variables={"FACTCHECK_CLAIMS": str(CLAIMS)}, cwd=tree)
    cli.main(["scan", "drafts/notes.txt", "drafts/today.md"], env)
    assert reads[0] == ("drafts/notes.txt", 0)
    assert reads[1][0] == "drafts/today.md" and reads[1][1] > 0  # notes.txt's finding already out
    assert "drafts/today.md" in out.getvalue()


# --- the newsroom's conventions ------------------------------------------------------------


def test_every_help_has_examples(run):
    top = run("--help")
    assert top.status == 0 and "Examples:" in top.stdout and "factcheck scan drafts/" in top.stdout
    for command in ("check", "scan", "validate", "sources", "show"):
        assert "Examples:" in run(command, "--help").stdout, command


def test_shell_completion_is_on(run):
    r = run("--show-completion", "bash", variables={"SHELL": "/bin/bash"})
    assert r.status == 0
    assert "complete" in r.stdout and "factcheck" in r.stdout
    assert "--install-completion" in run("--help").stdout


@pytest.mark.parametrize("args", [("--color", "always", "check"), ("check", "--color", "always")])
def test_color_always_colours_a_pipe(run, args):
    r = run(*args, "£45m Young Londoners Fund")
    assert "\x1b[" in r.stdout


def test_color_never_beats_a_terminal_and_force_color(run):
    r = run("check", "£45m Young Londoners Fund", "--color", "never", tty=True, variables={"FORCE_COLOR": "1"})
    assert "\x1b[" not in r.stdout and "SUPPORTED" in r.stdout
    assert "\x1b[" in run("check", "£45m Young Londoners Fund", tty=True).stdout  # auto on a terminal


def test_piped_pretty_output_has_a_sensible_width(run):
    r = run("scan", str(DATA / "drafts" / "budget.md"))
    assert max(len(line) for line in r.stdout.splitlines()) <= 100
    wide = run("scan", str(DATA / "drafts" / "budget.md"), variables={"COLUMNS": "160"})
    assert max(len(line) for line in wide.stdout.splitlines()) > 100


def test_validate_json_and_ok_on_stdout(run, corpus_copy):
    ok = run("validate")
    assert ok.stdout.startswith("ok: ") and ok.stderr == ""
    data = json.loads(run("validate", "--format", "json").stdout)
    assert data["ok"] is True and data["problems"] == [] and data["claims"] > 0 and data["sources"] > 0
    index = corpus_copy / "sources" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "\n  - [unclosed\n", encoding="utf-8")
    bad = run("validate", "--claims", str(corpus_copy), "--format", "json")
    report = json.loads(bad.stdout)
    assert bad.status == 1 and report["ok"] is False
    assert {"file", "line", "column", "message"} == set(report["problems"][0])
    assert any(p["file"].endswith("sources/index.yaml") for p in report["problems"])


def test_error_paths_are_as_the_user_typed_them(run, corpus_copy, monkeypatch):
    index = corpus_copy / "sources" / "index.yaml"
    index.write_text(index.read_text(encoding="utf-8") + "\n  - [unclosed\n", encoding="utf-8")
    # The corpus path is read relative to the process's directory, as a shell user types it.
    monkeypatch.chdir(corpus_copy)
    here = run("validate", "--claims", ".", cwd=corpus_copy)
    assert any(line.startswith("sources/index.yaml:") for line in here.stdout.splitlines()), here.stdout
    top = corpus_copy.parent.parent
    monkeypatch.chdir(top)
    typed = f"{corpus_copy.parent.name}/claims"
    below = run("validate", "--claims", typed, cwd=top)
    assert any(line.startswith(f"{typed}/sources/index.yaml:") for line in below.stdout.splitlines()), below.stdout
    check = run("check", "£45m YLF", "--claims", typed, cwd=top)
    assert check.status == 2 and check.stderr.startswith(f"error: cannot use the claims corpus: {typed}/sources/index.yaml:")


def test_an_empty_claim_does_not_promise_passages(run):
    r = run("check", "", "--format", "jsonl")
    result = json.loads(r.stdout)
    assert result["evidence"] == [] and "shown" not in result["reason"]
    assert result["reason"] == "no figure found in the claim (it is empty); no passage is close to it"


def test_sarif_columns_are_utf16_code_units_and_rules_have_help(run, tmp_path):
    # "😀" is one character but two UTF-16 code units: the figure starts at
    # character 34 and at code unit 35.
    (tmp_path / "d.md").write_text("😀 The Young Londoners Fund is £50m.\n", encoding="utf-8")
    log = json.loads(run("scan", "d.md", "--format", "sarif", cwd=tmp_path).stdout)
    sarif_schema = json.loads((DATA / "sarif-schema-2.1.0-rtm.4.json").read_text(encoding="utf-8"))
    import jsonschema

    jsonschema.validate(log, sarif_schema)
    run_ = log["runs"][0]
    assert run_["columnKind"] == "utf16CodeUnits"
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    line = "😀 The Young Londoners Fund is £50m."
    chars = line.index("£50m") + 1
    assert (region["startColumn"], region["endColumn"]) == (chars + 1, chars + 1 + len("£50m"))
    line_json = json.loads(run("scan", "d.md", "--format", "jsonl", cwd=tmp_path).stdout)
    assert line_json["column"] == chars  # JSON keeps characters, as documented
    assert all(rule["help"]["text"] for rule in run_["tool"]["driver"]["rules"])


def test_ctrl_c_stops_a_scan_without_printing_the_rest(tmp_path):
    """SIGINT mid-scan: exit 130, "interrupted", and the files not yet scanned
    are not printed (their wait was the 9-13 s of the issue; bench/gate.py
    times it)."""
    import os
    import select
    import signal
    import subprocess
    import sys

    from .conftest import CLAIMS

    text = (ROOT / "examples" / "draft.md").read_text(encoding="utf-8")
    names = []
    for n in range(80):
        (tmp_path / f"d{n:02}.md").write_text("\n\n".join([text] * 5), encoding="utf-8")
        names.append(f"d{n:02}.md")
    env = {**os.environ, "FACTCHECK_CLAIMS": str(CLAIMS), "NO_COLOR": "1", "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "scan", *names], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], 120)
    assert ready, "no output before the scan was interrupted: results are not streamed"
    first = proc.stdout.read1(65536)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    printed = (first + out).decode()
    assert proc.returncode == 130
    assert err.decode().strip().endswith("interrupted")
    assert "d79.md" not in printed  # the last file was never reached, so never printed


def test_the_progress_bar_names_the_file_and_n_of_n(run, tree):
    r = run("scan", "drafts", "--format", "line", cwd=tree, tty=True)
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", r.stderr)
    assert "drafts/notes.txt" in plain and "drafts/today.md" in plain
    assert re.search(r"\b[0-3]/3\b", plain)
    assert "3/3" in plain or "2/3" in plain
    assert not any("/3" in line for line in r.stdout.splitlines())  # the bar is on stderr only
    quiet = run("scan", "drafts", "--format", "line", "--quiet", cwd=tree, tty=True)
    assert "/3" not in quiet.stderr


def test_outside_a_repository_the_working_directorys_ignore_file_holds(tmp_path):
    (tmp_path / "drafts" / "archive").mkdir(parents=True)
    (tmp_path / "drafts" / "archive" / "old.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "drafts" / "new.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / ".factcheckignore").write_text("drafts/archive/\n", encoding="utf-8")
    assert shown(discover(["drafts"], tmp_path)) == ["drafts/new.md"]
    # From inside drafts/, the file above the working directory is not consulted (no repository marks it).
    assert shown(discover(["."], tmp_path / "drafts")) == ["archive/old.md", "new.md"]
