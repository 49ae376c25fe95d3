"""A newsroom grows its corpus: the shipped corpus's invariants hold on it,
and hold again after a new document is added with add-source + extract.

These are the checks a corpus of any size must pass; no test pins the shipped
corpus's counts, so adding a valid document to claims/ fails none."""

import shutil

import pytest

from factcheck.audit import diff_verdicts, documented_passages, find_conflicts
from factcheck.checking import Checker
from factcheck.corpus import load_corpus
from factcheck.extraction import drafts_yaml, extract
from factcheck.sources_admin import add_source, find_dateline
from factcheck.validation import validate_corpus

from .conftest import CLAIMS, DATA

INCOMING = DATA / "fixture_corpus" / "incoming"


def assert_corpus_invariants(root):
    report = validate_corpus(root)
    assert [str(p) for p in report.problems] == []
    corpus = report.corpus
    # Every registered document has claims, every claim a passage in its document.
    assert not [w for w in report.warnings if "has no claims" in str(w) or "is in sources/ but not in" in str(w)]
    assert all(c.source in corpus.sources and c.figure in c.passage for c in corpus.claims)
    # The shipped corpus's known disagreement shows, with its notes.
    seed = next(c for c in find_conflicts(corpus) if c.topic == "knife-crime-community-seed-fund")
    assert {"£250,000", "£1.4 million"} <= {f.claim.figure for f in seed.figures} and seed.noted
    return corpus


def grow(root, tmp_path):
    """Add each fixture press release the way a curator would."""
    for path in sorted(INCOMING.glob("*.txt")):
        copy = tmp_path / f"growth-{path.name}"
        copy.write_bytes(path.read_bytes() + b"\n(Copied for the corpus growth test.)\n")
        added = add_source(root, copy, kind="press_release")
        text = added.text_path.read_text(encoding="utf-8")
        result = extract(text, added.id, Checker(load_corpus(root)), find_dateline(text))
        added.claims_path.write_text(drafts_yaml(result), encoding="utf-8")


def test_shipped_corpus_invariants():
    assert_corpus_invariants(CLAIMS)


@pytest.fixture
def grown(tmp_path):
    root = tmp_path / "claims"
    shutil.copytree(CLAIMS, root)
    grow(root, tmp_path)
    return root


def test_invariants_hold_after_adding_documents(grown):
    shipped = load_corpus(CLAIMS)
    corpus = assert_corpus_invariants(grown)
    assert set(shipped.sources) < set(corpus.sources)
    assert {c.id for c in shipped.claims} < {c.id for c in corpus.claims}


def test_unrelated_documents_change_no_verdict_of_the_shipped_passages(grown):
    old, new = Checker(load_corpus(CLAIMS)), Checker(load_corpus(grown))
    checked, changes = diff_verdicts(documented_passages(old.corpus), old, new)
    assert checked and changes == []


def test_cli_validate_and_conflicts_on_the_grown_corpus(run, grown):
    assert run("validate", "--claims", str(grown)).status == 0
    r = run("conflicts", "--claims", str(grown))
    assert "knife-crime-community-seed-fund: £250,000 vs £1.4 million" in r.stdout


def test_invented_programmes_are_never_filed_under_a_shipped_topic(grown):
    """The fixture documents are about programmes no shipped document
    mentions: every draft must open a new topic, none join a shipped one."""
    shipped_topics = {c.topic for c in load_corpus(CLAIMS).claims}
    shipped_sources = set(load_corpus(CLAIMS).sources)
    added = [c for c in load_corpus(grown).claims if c.source not in shipped_sources]
    assert added and not [c.id for c in added if c.topic in shipped_topics]
