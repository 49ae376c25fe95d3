"""environment: what the CLI runs in (colour, width, TTYs, exit statuses)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from factcheck.environment import Environment, ExitStatus


def env(**variables: str) -> Environment:
    return Environment(stdin=io.BytesIO(), stdout=io.StringIO(), stderr=io.StringIO(), variables=variables, cwd=Path("/"))


def test_exit_statuses_are_the_documented_numbers():
    assert [int(s) for s in (ExitStatus.OK, ExitStatus.FINDINGS, ExitStatus.ERROR, ExitStatus.INTERRUPTED)] == [0, 1, 2, 130]


@pytest.mark.parametrize(
    "variables, isatty, colour",
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),  # no-color.org: only a non-empty value counts
        ({"TERM": "dumb"}, True, False),
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),  # NO_COLOR wins
    ],
)
def test_colour_only_on_a_terminal_and_never_with_no_color(variables, isatty, colour):
    assert env(**variables).color_for(isatty) is colour


@pytest.mark.parametrize("value, columns", [("120", 120), ("", None), ("wide", None), ("0", None), ("-5", None)])
def test_columns_only_when_a_positive_number(value, columns):
    assert env(COLUMNS=value).columns == columns


def test_defaults_read_the_process(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_TEST_MARK", "here")
    default = Environment()
    assert default.cwd == tmp_path
    assert default.variables["FACTCHECK_TEST_MARK"] == "here"
    # A copy: what the CLI was started with, not later changes.
    monkeypatch.setenv("FACTCHECK_TEST_MARK", "changed")
    assert default.variables["FACTCHECK_TEST_MARK"] == "here"


def test_streams_that_cannot_say_are_not_terminals(monkeypatch):
    class Closed(io.StringIO):
        def isatty(self) -> bool:
            raise ValueError("I/O operation on closed file")

    monkeypatch.setattr("sys.stdout", Closed())
    monkeypatch.setattr("sys.stderr", object())  # no isatty at all
    default = Environment()
    assert default.stdout_isatty is False
    assert default.stderr_isatty is False


def test_a_removed_working_directory_falls_back_to_the_root(tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    here = os.getcwd()
    os.chdir(gone)
    try:
        gone.rmdir()
        assert Environment().cwd == Path("/")
    finally:
        os.chdir(here)
