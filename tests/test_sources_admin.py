"""`factcheck add-source`: a document registered byte for byte, nothing invented."""

import hashlib
import json

import pytest

from factcheck.corpus import load_corpus
from factcheck.sources_admin import AddSourceError, add_source, find_dateline
from factcheck.validation import validate_corpus

from .conftest import CLAIMS, DATA

INCOMING = DATA / "fixture_corpus" / "incoming"
LANTERN = INCOMING / "lantern-youth-hubs.txt"
KESTREL = INCOMING / "kestrel-mentoring-update.txt"


def test_new_corpus_gets_the_text_byte_for_byte_and_validates(tmp_path):
    root = tmp_path / "corpus"
    added = add_source(root, LANTERN, kind="press_release")
    assert added.id == "lantern-youth-hubs"
    assert added.text_path.read_bytes() == LANTERN.read_bytes()
    assert added.sha256 == hashlib.sha256(LANTERN.read_bytes()).hexdigest()
    assert (root / "lantern-youth-hubs.yaml").is_file()
    report = validate_corpus(root)
    assert report.problems == []
    (source,) = report.corpus.sources.values()
    assert source.sha256 == added.sha256 and source.kind == "press_release"


def test_date_comes_from_the_dateline_and_says_so(tmp_path):
    added = add_source(tmp_path / "c", LANTERN)
    assert added.entry["date"] == "2026-03-03"
    assert added.entry["date_as_written"] == "3 March 2026"
    assert any("dateline" in note and "line 5" in note for note in added.notes)


def test_nothing_is_invented_when_the_text_does_not_say(tmp_path):
    added = add_source(tmp_path / "c", KESTREL)
    assert {added.entry[k] for k in ("title", "publisher", "date", "url")} == {"unknown"}
    assert added.entry["kind"] == "other"
    assert "date_as_written" not in added.entry
    assert any("no dateline" in note for note in added.notes)


def test_given_metadata_is_kept_and_the_date_given_wins(tmp_path):
    added = add_source(tmp_path / "c", LANTERN, source_id="lantern-pr", title="Mayor launches fund", publisher="City Hall", date="2026-03", url="https://example.invalid/pr", description="Invented press release on a youth hubs fund")
    entry = added.entry
    assert load_corpus(tmp_path / "c").sources["lantern-pr"].description == "Invented press release on a youth hubs fund"
    assert (entry["id"], entry["title"], entry["publisher"], entry["date"], entry["url"]) == ("lantern-pr", "Mayor launches fund", "City Hall", "2026-03", "https://example.invalid/pr")
    assert "date_as_written" not in entry


def test_same_content_is_refused_under_any_name(tmp_path):
    root = tmp_path / "c"
    add_source(root, LANTERN)
    copy = tmp_path / "renamed.txt"
    copy.write_bytes(LANTERN.read_bytes())
    before = (root / "sources" / "index.yaml").read_text(encoding="utf-8")
    with pytest.raises(AddSourceError, match="already registered as source 'lantern-youth-hubs'"):
        add_source(root, copy, source_id="another-id")
    assert (root / "sources" / "index.yaml").read_text(encoding="utf-8") == before


def test_shipped_document_is_recognised_in_a_copy_of_the_corpus(corpus_copy):
    with pytest.raises(AddSourceError, match="already registered as source 'news-crossparty-summit'"):
        add_source(corpus_copy, CLAIMS / "sources" / "news-crossparty-summit.txt", source_id="x")


def test_adding_to_the_shipped_corpus_keeps_it_valid(corpus_copy, tmp_path):
    index_before = (corpus_copy / "sources" / "index.yaml").read_text(encoding="utf-8")
    # Its own copy, so the test holds even in a corpus that already has the fixture.
    document = tmp_path / "growth-test-kestrel.txt"
    document.write_bytes(KESTREL.read_bytes() + b"\n(Copied for a test of adding a document.)\n")
    add_source(corpus_copy, document, kind="press_release")
    index_after = (corpus_copy / "sources" / "index.yaml").read_text(encoding="utf-8")
    assert index_after.startswith(index_before)  # comments and layout kept
    assert validate_corpus(corpus_copy).problems == []


@pytest.mark.parametrize(
    "kwargs, message",
    [({"source_id": "Not A Slug"}, "must be a slug"), ({"kind": "memo"}, "--kind 'memo'"), ({"date": "March 2026"}, "--date"), ({"url": "www.x"}, "--url")],
)
def test_bad_arguments_are_refused_before_anything_is_written(tmp_path, kwargs, message):
    with pytest.raises(AddSourceError, match=message):
        add_source(tmp_path / "c", LANTERN, **kwargs)
    assert not (tmp_path / "c").exists()


def test_not_utf8_is_refused_with_its_position(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"first line\nsecond \xff line\n")
    with pytest.raises(AddSourceError, match=r"bad.txt:2:8: not UTF-8 \(byte 0xff\)"):
        add_source(tmp_path / "c", bad)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PRESS RELEASE\n\nHeadline\n\nTuesday 3 March 2026\n\nBody.", "2026-03-03"),
        ("LONDON, 14 April 2026 \u2013 The Mayor said today.", "2026-04-14"),
        ("Headline\n\nApplications open on 14 April 2026 and close in May.", None),
        ("Headline\n\nMarch 2026\n\nBody.", None),  # not a full date: not claimed as the document's
        ("Headline\n\n14th Feb 18 8:55 am\n\nBody.", "2018-02-14"),  # a news site's stamp, as the shipped LLB article's
    ],
)
def test_dateline(text, expected):
    found = find_dateline(text)
    assert (found.value if found else None) == expected


def test_cli_add_source_json_and_refusal(run, tmp_path):
    target = tmp_path / "corpus"
    r = run("add-source", str(LANTERN), "--kind", "press_release", "--claims", str(target), "--format", "json")
    assert r.status == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["id"] == "lantern-youth-hubs" and data["entry"]["date"] == "2026-03-03"
    assert "dateline" in r.stderr
    again = run("add-source", str(LANTERN), "--id", "twice", "--claims", str(target))
    assert again.status == 2 and "already registered" in again.stderr and again.stderr.count("\n") == 1


def test_cli_add_source_will_not_write_into_the_bundled_corpus(run, tmp_path):
    r = run("add-source", str(LANTERN), variables={"FACTCHECK_CLAIMS": ""}, cwd=tmp_path)
    assert r.status == 2 and "no corpus here" in r.stderr


def test_cli_finds_the_corpus_in_the_current_directory(run, tmp_path):
    root = tmp_path / "newsroom"
    add_source(root, LANTERN)
    r = run("validate", "-v", variables={"FACTCHECK_CLAIMS": ""}, cwd=root)
    assert r.status == 0 and f"corpus: {root} (the current directory)" in r.stderr


def test_a_file_given_as_the_corpus_is_refused_and_nothing_is_left_half_written(tmp_path):
    not_a_dir = tmp_path / "corpus.txt"
    not_a_dir.write_text("x", encoding="utf-8")
    with pytest.raises(AddSourceError, match="not a directory"):
        add_source(not_a_dir, LANTERN)


def test_cli_add_source_errors_are_one_line(run, tmp_path):
    r = run("add-source", str(tmp_path), "--claims", str(tmp_path / "c"))
    assert r.status == 2 and "is a directory" in r.stderr and r.stderr.count("\n") == 1
    r = run("add-source", str(tmp_path / "missing.txt"), "--claims", str(tmp_path / "c"), "--format", "json")
    assert r.status == 2 and json.loads(r.stderr)["status"] == 2


def test_a_fifo_is_refused_not_waited_on(tmp_path, corpus_copy):
    """add-source reads with the corpus's own reader: a FIFO would block a
    plain read forever, waiting for a writer."""
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(AddSourceError, match="not a regular file"):
        add_source(corpus_copy, fifo)
