"""The corpus cache: faster, never wrong."""

import shutil
import sys
from pathlib import Path

import pytest

from factcheck.caching import _read, cache_dir_from, corpus_key, entry_path, load_checker
from factcheck.checking import Checker
from factcheck.corpus import CorpusError, load_corpus

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

CLAIMS_TO_TRY = [
    "£45m Young Londoners Fund",
    "£250k seed funding",
    "£50m Young Londoners Fund",
    "£110m for a new hospital in Barnet",
    "six firearms seized by the taskforce in one week in June 2018",
]


def verdicts(checker, claims):
    return [checker.check(c).to_dict() for c in claims]


def test_cached_checker_gives_identical_results(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    fresh = load_checker(corpus_copy, cache_dir=None)
    first = load_checker(corpus_copy, cache_dir=cache)  # builds and writes
    assert len(list(cache.glob("*.index"))) == 1
    second = load_checker(corpus_copy, cache_dir=cache)  # reads
    assert second is not first
    assert verdicts(fresh, CLAIMS_TO_TRY) == verdicts(first, CLAIMS_TO_TRY) == verdicts(second, CLAIMS_TO_TRY)


def test_edited_corpus_gets_a_new_key_and_new_answers(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    before = load_checker(corpus_copy, cache_dir=cache)
    assert before.check("£50m Young Londoners Fund").verdict.value == "conflicting"
    key = corpus_key(corpus_copy)
    for path in corpus_copy.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("value: 45000000", "value: 50000000").replace('"£45m"', '"£50m"').replace("£45m", "£50m").replace("£45 million", "£50 million"), encoding="utf-8")
    for path in (corpus_copy / "sources").glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8").replace("£45m", "£50m").replace("£45 million", "£50 million"), encoding="utf-8")
    assert corpus_key(corpus_copy) != key
    after = load_checker(corpus_copy, cache_dir=cache)
    assert after.check("£50m Young Londoners Fund").verdict.value == "supported"
    # The edit's entry replaced the old one; another corpus's entry stays.
    assert [p.name for p in cache.glob("*.index")] == [entry_path(cache, corpus_copy, corpus_key(corpus_copy)).name]
    other = tmp_path / "other"
    shutil.copytree(corpus_copy, other)
    load_checker(other, cache_dir=cache)
    assert len(list(cache.glob("*.index"))) == 2


def test_corrupt_or_truncated_entry_is_ignored_and_rebuilt(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    load_checker(corpus_copy, cache_dir=cache)
    (entry,) = cache.glob("*.index")
    for damage in (b"", b"not a pickle at all", entry.read_bytes()[:100]):
        entry.write_bytes(damage)
        checker = load_checker(corpus_copy, cache_dir=cache)
        assert checker.check("£45m Young Londoners Fund").verdict.value == "supported"
        assert entry.stat().st_size > 1000  # rewritten whole


def test_a_pickle_of_something_else_is_ignored(corpus_copy, tmp_path):
    import pickle

    cache = tmp_path / "cache"
    cache.mkdir()
    entry_path(cache, corpus_copy, corpus_key(corpus_copy)).write_bytes(pickle.dumps({"not": "a checker"}))
    assert isinstance(load_checker(corpus_copy, cache_dir=cache), Checker)


def test_unwritable_cache_is_no_cache(corpus_copy, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    checker = load_checker(corpus_copy, cache_dir=blocker / "cache")  # cannot mkdir under a file
    assert checker.check("£45m Young Londoners Fund").verdict.value == "supported"


def test_broken_corpus_is_never_cached(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    (corpus_copy / "bad.yaml").write_text("claims: [\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        load_checker(corpus_copy, cache_dir=cache)
    assert not list(cache.glob("*.index")) if cache.exists() else True


def test_writes_are_atomic_no_temporary_files_left(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    load_checker(corpus_copy, cache_dir=cache)
    assert [p.name for p in cache.iterdir() if p.name.startswith(".tmp-")] == []


def test_cache_location_from_the_environment(tmp_path):
    assert cache_dir_from({"FACTCHECK_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert cache_dir_from({"XDG_CACHE_HOME": "/x"}) == Path("/x/factcheck")
    assert cache_dir_from({"HOME": "/h"}) == Path("/h/.cache/factcheck")
    assert cache_dir_from({}) is None
    assert cache_dir_from({"FACTCHECK_NO_CACHE": "1", "HOME": "/h"}) is None


@pytest.mark.parametrize("size", [1000, 3000])
def test_synthetic_corpora_verdicts_same_with_cache_and_without_candidate_cap(tmp_path, size):
    from factcheck_bench_claims import claims_for
    from generate_corpus import generate

    root = tmp_path / f"corpus-{size}"
    generate(size, root, seed=7)
    claims = claims_for(root, 60)
    fresh = Checker(load_corpus(root))
    cached = load_checker(root, cache_dir=tmp_path / "cache")
    cached = load_checker(root, cache_dir=tmp_path / "cache")
    assert verdicts(fresh, claims) == verdicts(cached, claims)
    # The candidate cap (only the best few hundred examined in full) changes nothing.
    uncapped = Checker(load_corpus(root))
    original = uncapped.matcher.match
    uncapped.matcher.match = lambda subject, limit=10**9: original(subject, limit)
    assert [r["verdict"] for r in verdicts(fresh, claims)] == [r["verdict"] for r in verdicts(uncapped, claims)]
    assert {r["verdict"] for r in verdicts(fresh, claims)} >= {"supported", "unverified"}


def test_a_flipped_byte_anywhere_fails_the_crc_and_is_rebuilt(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    load_checker(corpus_copy, cache_dir=cache)
    (entry,) = cache.glob("*.index")
    good = entry.read_bytes()
    key = corpus_key(corpus_copy)
    # In the arrays, in a claim's record, in the header: each is noticed.
    for at in (len(good) // 10, len(good) // 2, len(good) - 40):
        damaged = bytearray(good)
        damaged[at] ^= 0x55
        entry.write_bytes(bytes(damaged))
        assert _read(entry, key) is None
        checker = load_checker(corpus_copy, cache_dir=cache)
        assert checker.check("£45m Young Londoners Fund").verdict.value == "supported"
        assert entry.read_bytes() == good  # rebuilt whole, byte for byte


def test_a_cached_corpus_lists_the_same_claims_and_sources(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    fresh = load_checker(corpus_copy, cache_dir=None)
    load_checker(corpus_copy, cache_dir=cache)
    cached = load_checker(corpus_copy, cache_dir=cache)
    assert len(cached.corpus.claims) == len(fresh.corpus.claims)
    assert list(cached.corpus.claims) == fresh.corpus.claims
    assert cached.corpus.claims[-1] == fresh.corpus.claims[-1]
    assert cached.corpus.claims[2:5] == fresh.corpus.claims[2:5]
    assert cached.corpus.sources == fresh.corpus.sources
    assert cached.corpus.claim("ylf-total-helping-page") == fresh.corpus.claim("ylf-total-helping-page") is not None

