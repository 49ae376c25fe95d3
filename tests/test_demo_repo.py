"""A newsroom's repository using this repository's pre-commit hook.

A few drafts, a data file, a `.pre-commit-config.yaml` naming the
`factcheck-scan` hook with a baseline, and an editor's inline acceptance.
pre-commit itself needs to clone this repository and build a virtualenv from
the package index, which a test cannot count on; so the test does what
pre-commit does with the hook, step by step: it takes the staged files,
keeps those the hook's `files` pattern and `types: [text]` select, and runs
the hook's `entry` with the config's `args` and those files. (Real
pre-commit was run the same way by hand: see the README's pre-commit
section.)
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from factcheck.discovery import is_binary

from .conftest import ROOT

GIT = shutil.which("git")
pytestmark = pytest.mark.skipif(GIT is None, reason="git is not installed")

# Invented programmes beside real corpus subjects (the Young Londoners Fund
# is documented as £45m).
PIECE = """# What the fund paid for

The Young Londoners Fund is £45m.

The Invented Lantern Programme's director said the Young Londoners Fund was £40m.

<!-- factcheck: ignore £50m "quoting the opposition's figure, which we report as theirs" -->
The opposition said the Young Londoners Fund was £50m.
"""
NOTES = "Background: the Young Londoners Fund is £45m.\n"
DATA = "programme,amount\nYoung Londoners Fund,£50m\n"
WRONG_NEW = "\nA reader wrote that the Young Londoners Fund is £60m.\n"


def git(repo: Path, *args: str) -> str:
    return subprocess.run([GIT, *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def hook() -> dict:
    (found,) = [h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")) if h["id"] == "factcheck-scan"]
    return found


def what_pre_commit_passes(repo: Path, definition: dict) -> list[str]:
    """Staged files the hook's `files` pattern and `types: [text]` select."""
    staged = git(repo, "diff", "--cached", "--name-only", "--diff-filter=ACMR").split()
    pattern = re.compile(definition["files"])
    assert definition.get("types") == ["text"]
    return [f for f in staged if pattern.search(f) and not is_binary(repo / f)]


def run_hook(run, repo: Path):
    config = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (repo_entry,) = config["repos"]
    assert Path(repo_entry["repo"]) == ROOT  # this repository's own hook
    (configured,) = repo_entry["hooks"]
    definition = hook()
    assert configured["id"] == definition["id"]
    command = shlex.split(definition["entry"])
    assert command[0] == "factcheck"
    files = what_pre_commit_passes(repo, definition)
    return files, run(*command[1:], *configured.get("args", []), *files, cwd=repo)


@pytest.fixture
def newsroom(tmp_path, run) -> Path:
    repo = tmp_path / "newsroom"
    (repo / "drafts").mkdir(parents=True)
    (repo / "data").mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Desk")
    (repo / "drafts" / "fund.md").write_text(PIECE, encoding="utf-8")
    (repo / "drafts" / "notes.txt").write_text(NOTES, encoding="utf-8")
    (repo / "data" / "amounts.csv").write_text(DATA, encoding="utf-8")
    (repo / "drafts" / "chart.md").write_bytes(b"\x89PNG\r\n\x1a\n\0\0 not a draft")
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {ROOT}\n"
        "    rev: HEAD\n"
        "    hooks:\n"
        "      - id: factcheck-scan\n"
        "        args: [--baseline, factcheck-baseline.json]\n",
        encoding="utf-8",
    )
    # The desk accepted the director's £40m when the piece was first filed.
    wrote = run("scan", "drafts", "--write-baseline", "factcheck-baseline.json", cwd=repo)
    assert "wrote 1 accepted finding" in wrote.stderr
    git(repo, "add", "-A")
    return repo


def test_the_hook_passes_accepted_findings_and_ignores_data(newsroom, run):
    files, r = run_hook(run, newsroom)
    assert sorted(files) == ["drafts/fund.md", "drafts/notes.txt"]  # not the CSV, the YAML, the baseline or the PNG
    assert r.status == 0, r.stdout + r.stderr
    assert r.stdout == ""  # --quiet: nothing left to say
    assert "2 accepted findings not counted (1 by baseline and 1 by inline comment)" in r.stderr
    # The data file would have failed the commit had the hook been given it.
    assert run("scan", "data/amounts.csv", "--format", "line", cwd=newsroom).status == 1


def test_the_hook_blocks_a_new_wrong_figure(newsroom, run):
    git(newsroom, "commit", "-q", "-m", "first filing")
    with (newsroom / "drafts" / "fund.md").open("a", encoding="utf-8") as handle:
        handle.write(WRONG_NEW)
    (newsroom / "drafts" / "fund.md").write_text("Updated at noon.\n\n" + (newsroom / "drafts" / "fund.md").read_text(encoding="utf-8"), encoding="utf-8")
    git(newsroom, "add", "drafts/fund.md")
    files, r = run_hook(run, newsroom)
    assert files == ["drafts/fund.md"]
    assert r.status == 1
    (line,) = r.stdout.splitlines()  # only the new figure: the baselined £40m moved down two lines and is still accepted
    assert line.startswith("drafts/fund.md:12:") and ": conflicting: £60m:" in line


def test_editing_the_data_file_alone_runs_nothing(newsroom, run):
    git(newsroom, "commit", "-q", "-m", "first filing")
    (newsroom / "data" / "amounts.csv").write_text(DATA + "Invented Lantern Programme,£99m\n", encoding="utf-8")
    git(newsroom, "add", "data/amounts.csv")
    assert what_pre_commit_passes(newsroom, hook()) == []  # pre-commit skips a hook with no files


@pytest.mark.skipif(
    shutil.which("pre-commit") is None or not __import__("os").environ.get("FACTCHECK_TEST_PRE_COMMIT"),
    reason="real pre-commit builds the hook's virtualenv from the package index (about a minute): "
    "set FACTCHECK_TEST_PRE_COMMIT=1 with pre-commit installed to run it",
)
def test_real_pre_commit_blocks_only_the_new_figure(newsroom, run, tmp_path):
    rev = git(ROOT, "rev-parse", "HEAD").strip()
    config = (newsroom / ".pre-commit-config.yaml").read_text(encoding="utf-8").replace("rev: HEAD", f"rev: {rev}")
    (newsroom / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(newsroom, "add", "-A")
    env = {**__import__("os").environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    first = subprocess.run(["pre-commit", "run"], cwd=newsroom, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    git(newsroom, "commit", "-q", "--no-verify", "-m", "first filing")
    with (newsroom / "drafts" / "fund.md").open("a", encoding="utf-8") as handle:
        handle.write(WRONG_NEW)
    git(newsroom, "add", "drafts/fund.md")
    second = subprocess.run(["pre-commit", "run"], cwd=newsroom, capture_output=True, text=True, env=env)
    assert second.returncode == 1 and ": conflicting: £60m:" in second.stdout and "£40m" not in second.stdout
