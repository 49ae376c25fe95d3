"""factcheck.toml and [tool.factcheck]: found upwards, flags win, errors located."""

from __future__ import annotations

import json
import shutil

import pytest

from factcheck.config import Config, ConfigError, find_config

from .conftest import CLAIMS

WRONG = "The Young Londoners Fund is £50m.\n"
VAGUE = "The Invented Lantern Programme received £3m.\n"  # in no document: unverified


def test_found_upwards_with_paths_relative_to_the_file(tmp_path):
    (tmp_path / "factcheck.toml").write_text('claims = "corpus"\nfail-on = "mixed"\nignore = ["old/"]\nbaseline = "b.json"\npublisher = "The Invented Gazette"\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = find_config(deep)
    assert config.file == tmp_path / "factcheck.toml"
    assert (config.claims, config.baseline) == (tmp_path / "corpus", tmp_path / "b.json")
    assert (config.fail_on, config.ignore, config.publisher) == ("mixed", ("old/",), "The Invented Gazette")


def test_pyproject_tool_table_and_nearest_wins(tmp_path):
    (tmp_path / "factcheck.toml").write_text('fail-on = "unverified"\n', encoding="utf-8")
    inner = tmp_path / "site"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.factcheck]\nfail-on = "mixed"\n', encoding="utf-8")
    assert find_config(inner).fail_on == "mixed"
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")  # not ours: look further up
    assert find_config(inner).fail_on == "unverified"


def test_no_config_is_an_empty_one(tmp_path):
    assert find_config(tmp_path) == Config()


@pytest.mark.parametrize(
    "text, message",
    [
        ('fail-on = "sometimes"\n', "factcheck.toml:1:1: fail-on: must be one of conflicting, mixed, unverified, not 'sometimes'"),
        ('claims = "c"\ncolour = "red"\n', "factcheck.toml:2:1: colour: unknown setting (known: claims, fail-on, ignore, baseline, publisher, publisher-url)"),
        ("fail-on = \n", "factcheck.toml:1:11: invalid TOML: Invalid value"),
        ('ignore = "old/"\n', "factcheck.toml:1:1: ignore: must be a list of glob strings"),
        ('publisher-url = "gazette"\n', "factcheck.toml:1:1: publisher-url: must be an http(s) URL, not 'gazette'"),
    ],
)
def test_bad_config_is_one_located_line(run, tmp_path, text, message):
    (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        find_config(tmp_path)
    (tmp_path / "d.md").write_text(WRONG, encoding="utf-8")
    r = run("scan", "d.md", cwd=tmp_path)
    assert r.status == 2 and r.stderr == f"error: {message}\n"


def test_fail_on_from_config_and_the_flag_wins(run, tmp_path):
    (tmp_path / "d.md").write_text(VAGUE, encoding="utf-8")
    assert run("scan", "d.md", cwd=tmp_path).status == 0
    (tmp_path / "factcheck.toml").write_text('fail-on = "unverified"\n', encoding="utf-8")
    assert run("scan", "d.md", cwd=tmp_path).status == 1
    assert run("check", "£3m for the Invented Lantern Programme", cwd=tmp_path).status == 1
    assert run("scan", "d.md", "--fail-on", "conflicting", cwd=tmp_path).status == 0


def test_claims_from_config_unless_a_flag_or_the_variable_says_otherwise(run, tmp_path):
    shutil.copytree(CLAIMS, tmp_path / "corpus")
    (tmp_path / "factcheck.toml").write_text('claims = "corpus"\n', encoding="utf-8")
    r = run("check", "£45m Young Londoners Fund", "--verbose", cwd=tmp_path, variables={"FACTCHECK_CLAIMS": ""})
    assert f"corpus: {tmp_path / 'corpus'} (factcheck.toml;" in r.stderr
    (tmp_path / "factcheck.toml").write_text('claims = "nowhere"\n', encoding="utf-8")
    assert run("check", "£45m Young Londoners Fund", cwd=tmp_path, variables={"FACTCHECK_CLAIMS": ""}).status == 2
    assert run("check", "£45m Young Londoners Fund", "--claims", str(CLAIMS), cwd=tmp_path).status == 0


def test_ignore_and_baseline_from_config(run, tmp_path):
    (tmp_path / "drafts" / "archive").mkdir(parents=True)
    (tmp_path / "drafts" / "archive" / "old.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "drafts" / "new.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "factcheck.toml").write_text('ignore = ["drafts/archive/"]\nbaseline = "accepted.json"\n', encoding="utf-8")
    r = run("scan", "drafts", "--write-baseline", "accepted.json", "--format", "line", cwd=tmp_path)
    assert r.stdout.splitlines()[0].startswith("drafts/new.md:1:")  # the archive is ignored
    assert len(r.stdout.splitlines()) == 1
    # The config's baseline is used without --baseline.
    drafts = tmp_path / "drafts"
    r = run("scan", ".", "--format", "jsonl", cwd=drafts)
    (finding,) = [json.loads(l) for l in r.stdout.splitlines()]
    assert finding["suppressed"]["by"] == "baseline" and r.status == 0
