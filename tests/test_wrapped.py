"""bench/wrapped.py's invariants, on the shipped corpus: a curated passage
moved to another place (before it, beside its figure, or as its owner), a wider whole, everywhere but its place or a
denial (or a myth, or said to lack evidence), given ten times its
figure, a bound that leaves its figure out, or another figure in its
place ("£14 million rather than £1.4 million"), never has that figure supported; the passage itself, and the
passage attributed, always do."""

from __future__ import annotations

import sys

import pytest

from factcheck.verdicts import Verdict

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import wrapped  # noqa: E402


@pytest.mark.parametrize("name", [
    "another place", "another place, beside", "another place's", "a wider whole", "denied", "a myth", "not the case", "no evidence", "everywhere else", "ten times the figure", "more than it", "fewer than it", "rather than it", "not it but another",
])
def test_no_shipped_passage_wrapped_to_say_otherwise_keeps_its_figure_supported(checker, name):
    tried, supported = wrapped.run(checker, wrapped.MUST_NOT[name], (Verdict.SUPPORTED,))
    assert tried and supported == []


@pytest.mark.parametrize("name", ["the passage", "attributed"])
def test_every_shipped_passage_and_its_attribution_are_supported(checker, name):
    tried, found = wrapped.run(checker, wrapped.MUST[name], (Verdict.SUPPORTED, Verdict.MIXED))
    assert len(found) == tried == len(checker.corpus.claims)
