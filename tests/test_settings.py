"""settings: where the corpus and the cache are, the version; shared by the CLI and `factcheck.load()`."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest

import factcheck
from factcheck.settings import (
    CorpusLocation,
    bundled_corpus_dir,
    cache_dir_from,
    locate_corpus,
    open_checker,
    package_version,
    resolve_corpus_dir,
)

from .conftest import write_corpus


def test_an_explicit_directory_wins_over_the_environment_and_the_working_directory(tmp_path):
    write_corpus(tmp_path / "claims")
    where = locate_corpus("elsewhere", {"FACTCHECK_CLAIMS": "/from/env"}, tmp_path)
    assert where == CorpusLocation(Path("elsewhere"), "--claims")


def test_the_environment_wins_over_the_working_directory(tmp_path):
    write_corpus(tmp_path / "claims")
    assert locate_corpus(None, {"FACTCHECK_CLAIMS": "/from/env"}, tmp_path) == CorpusLocation(Path("/from/env"), "$FACTCHECK_CLAIMS")


def test_an_empty_variable_counts_as_unset(tmp_path):
    assert locate_corpus(None, {"FACTCHECK_CLAIMS": ""}, tmp_path).why == "bundled"


def test_claims_in_the_working_directory_only_when_it_holds_a_source_index(tmp_path):
    (tmp_path / "claims").mkdir()  # a directory called claims, but no corpus in it
    assert locate_corpus(None, {}, tmp_path) == CorpusLocation(bundled_corpus_dir(), "bundled")
    write_corpus(tmp_path / "claims")
    assert locate_corpus(None, {}, tmp_path) == CorpusLocation(tmp_path / "claims", "./claims")


def test_the_bundled_corpus_holds_a_source_index():
    assert (bundled_corpus_dir() / "sources" / "index.yaml").is_file()


def test_resolve_corpus_dir_keeps_its_old_pair_shape(tmp_path):
    assert resolve_corpus_dir(None, {}, tmp_path) == (bundled_corpus_dir(), "bundled")
    assert factcheck.resolve_corpus_dir("x") == (Path("x"), "--claims")


@pytest.mark.parametrize(
    "variables, expected",
    [
        ({"FACTCHECK_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"}, Path("/c")),
        ({"XDG_CACHE_HOME": "/x", "HOME": "/h"}, Path("/x/factcheck")),
        ({"HOME": "/h"}, Path("/h/.cache/factcheck")),
        ({}, None),
        ({"FACTCHECK_NO_CACHE": "1", "FACTCHECK_CACHE_DIR": "/c"}, None),
    ],
)
def test_cache_location_in_order_of_precedence(variables, expected):
    assert cache_dir_from(variables) == expected


def test_open_checker_caches_the_index_and_reads_it_back(tmp_path):
    root = write_corpus(tmp_path / "lantern")
    variables = {"FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    first, where = open_checker(root, variables, tmp_path)
    assert where == CorpusLocation(root, "--claims")
    entries = list((tmp_path / "cache").iterdir())
    assert len(entries) == 1  # built once and stored
    again, _ = open_checker(None, {**variables, "FACTCHECK_CLAIMS": str(root)}, tmp_path)
    assert list((tmp_path / "cache").iterdir()) == entries  # read back, not rebuilt under another key
    claim = "£12m for the Riverside Lantern Scheme"
    assert first.check(claim).to_dict() == again.check(claim).to_dict()
    assert again.check(claim).verdict is factcheck.Verdict.SUPPORTED


def test_open_checker_without_a_cache_writes_nothing(tmp_path):
    root = write_corpus(tmp_path / "lantern")
    checker, _ = open_checker(root, {"FACTCHECK_NO_CACHE": "1", "HOME": str(tmp_path)}, tmp_path)
    assert checker.check("£15m for the Riverside Lantern Scheme").verdict is factcheck.Verdict.CONFLICTING
    assert not (tmp_path / ".cache").exists()


def test_version_is_the_installed_distributions():
    assert package_version() == importlib.metadata.version("factcheck")
    assert factcheck.__version__ == package_version()


def test_cli_version_prints_it_and_exits_zero(run):
    result = run("--version")
    assert (result.status, result.stdout, result.stderr) == (0, f"factcheck {package_version()}\n", "")


def test_cli_version_needs_no_corpus(run, tmp_path):
    result = run("--version", variables={"FACTCHECK_CLAIMS": str(tmp_path / "missing")})
    assert result.status == 0 and result.stdout.startswith("factcheck ")
