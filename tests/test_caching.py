"""The corpus cache: faster, never wrong."""

import shutil
import sys
from pathlib import Path

import pytest

from factcheck.caching import _read, cache_dir_from, corpus_key, entry_path, load_checker
from factcheck.checking import Checker
from factcheck.corpus import CorpusError, load_corpus
from factcheck.quoting import QuoteIndex

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

CLAIMS_TO_TRY = [
    "£45m Young Londoners Fund",
    "£250k seed funding",
    "£50m Young Londoners Fund",
    "£110m for a new hospital in Barnet",
    "six firearms seized by the taskforce in one week in June 2018",
    # Read by reference ("the taskforce"): the heads must survive the cache.
    "City Hall gives the taskforce £15m a month.",
    # A passage repeated with another figure: the quote index must survive the cache.
    "Total investment in specialist youth support in hospitals is £3.6m over the next two years.",
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
    # Read from the cache, not from every passage on first use (which decodes a large corpus whole).
    assert second.matcher._place_stems is not None and second.matcher._thing_places is not None
    assert verdicts(fresh, CLAIMS_TO_TRY) == verdicts(first, CLAIMS_TO_TRY) == verdicts(second, CLAIMS_TO_TRY)
    assert second.matcher.heads == fresh.matcher.heads != {}
    assert second.matcher.quotes == fresh.matcher.quotes != QuoteIndex({})
    assert second.matcher.places() == fresh.matcher.places() != frozenset()
    assert second.matcher.places_of_things() == fresh.matcher.places_of_things()


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


@pytest.mark.slow
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



# --- never wrong, never unsafe (issue 13) -------------------------------------------

import os
import signal
import subprocess
import time

from factcheck import caching

from .conftest import CLAIMS

LETTER = "mayor-letter-pidgeon-2018-07.yaml"


def _edit_letter(text: str) -> str:
    return text.replace("value: 45000000", "value: 50000000").replace("£45m", "£50m")


def test_an_edit_saved_while_the_corpus_loads_cannot_poison_the_cache(corpus_copy, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    letter = corpus_copy / LETTER
    original = letter.read_text(encoding="utf-8")
    real_read = caching.read_corpus_files

    def read_then_editor_saves(root):
        files = real_read(root)
        replacement = letter.with_suffix(".swp")
        replacement.write_text(_edit_letter(original), encoding="utf-8")
        os.replace(replacement, letter)  # an editor's atomic save, between reading and parsing
        return files

    monkeypatch.setattr(caching, "read_corpus_files", read_then_editor_saves)
    load_checker(corpus_copy, cache_dir=cache)
    monkeypatch.undo()
    claim = "£50m Young Londoners Fund"
    edited = Checker(load_corpus(corpus_copy)).check(claim).verdict.value
    assert load_checker(corpus_copy, cache_dir=cache).check(claim).verdict.value == edited
    letter.write_text(original, encoding="utf-8")  # reverted: the first content's answer again
    reverted = Checker(load_corpus(corpus_copy)).check(claim).verdict.value
    assert reverted != edited
    assert load_checker(corpus_copy, cache_dir=cache).check(claim).verdict.value == reverted


def test_a_planted_pickle_is_never_run(corpus_copy, tmp_path):
    import pickle
    import struct
    import zlib

    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    header = pickle.dumps(Payload())
    # Shaped as the old (pickle) entries were: magic, pickled header, trailer.
    for magic in (b"factcheck index\n", caching.MAGIC):
        entry_path(cache, corpus_copy, corpus_key(corpus_copy)).write_bytes(magic + header + struct.pack("<QQ", len(header), zlib.crc32(header)))
        checker = load_checker(corpus_copy, cache_dir=cache)
        assert checker.check("£45m Young Londoners Fund").verdict.value == "supported"
        assert not marker.exists()


def test_an_entry_copied_from_another_corpus_is_not_used(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    other = tmp_path / "other"
    shutil.copytree(corpus_copy, other)
    (other / "news-crossparty-summit.yaml").unlink()
    load_checker(other, cache_dir=cache)
    (foreign,) = cache.glob("*.index")
    shutil.copy(foreign, entry_path(cache, corpus_copy, corpus_key(corpus_copy)))
    assert _read(entry_path(cache, corpus_copy, corpus_key(corpus_copy)), corpus_key(corpus_copy)) is None
    fresh = load_corpus(corpus_copy)
    assert list(load_checker(corpus_copy, cache_dir=cache).corpus.claims) == fresh.claims


def test_sources_are_absolute_whatever_claims_path_built_the_cache(corpus_copy, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.chdir(corpus_copy.parent)
    built = load_checker(Path(corpus_copy.name), cache_dir=cache)
    monkeypatch.chdir("/")
    for checker in (built, load_checker(corpus_copy, cache_dir=cache)):
        for source in checker.corpus.sources.values():
            assert source.file.is_absolute() and source.file.is_file()
    assert len(list(cache.glob("*.index"))) == 1  # the second load was the cached entry


def _as_another_user(path: Path, monkeypatch) -> None:
    """Make `path` look owned by someone else: chown when we can, else claim another uid."""
    if os.geteuid() == 0:
        os.chown(path, 65534, 65534)
    else:  # pragma: no cover - the suite also runs unprivileged
        uid = os.geteuid()
        monkeypatch.setattr(caching.os, "geteuid", lambda: uid + 1)


def test_an_entry_of_another_user_or_writable_by_others_is_not_trusted(corpus_copy, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    load_checker(corpus_copy, cache_dir=cache)
    (entry,) = cache.glob("*.index")
    for damage, said in ((lambda: entry.chmod(0o666), "can be written by group and others"), (lambda: entry.chmod(0o620), "can be written by its group"), (lambda: _as_another_user(entry, monkeypatch), "belongs to uid")):
        damage()
        notes: list[str] = []
        checker = load_checker(corpus_copy, cache_dir=cache, notes=notes)
        assert any(said in n and "not used" in n for n in notes), notes
        assert checker.check("£45m Young Londoners Fund").verdict.value == "supported"
        monkeypatch.undo()
        info = entry.stat()  # replaced by our own, private entry
        assert info.st_uid == os.geteuid() and info.st_mode & 0o077 == 0


def test_a_cache_directory_of_another_user_or_writable_by_others_is_not_used(corpus_copy, tmp_path, monkeypatch, run):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    done = run("check", "£45m Young Londoners Fund", "--claims", str(corpus_copy), "--verbose", variables={"FACTCHECK_CACHE_DIR": str(cache)})
    assert done.status == 0 and f"cache: not used: the directory {cache} can be written by group and others (mode 777" in done.stderr
    assert list(cache.iterdir()) == []  # nothing written there either
    cache.chmod(0o700)
    _as_another_user(cache, monkeypatch)
    notes: list[str] = []
    load_checker(corpus_copy, cache_dir=cache, notes=notes)
    assert any("belongs to uid" in n for n in notes) and list(cache.iterdir()) == []


def test_a_new_cache_directory_is_private(corpus_copy, tmp_path):
    cache = tmp_path / "made" / "cache"
    load_checker(corpus_copy, cache_dir=cache)
    assert cache.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in cache.iterdir())


def _factcheck_env(cache: Path, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK")}
    env.update({"FACTCHECK_CLAIMS": str(CLAIMS), "FACTCHECK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT / "src"), **extra})
    return env


@pytest.mark.parametrize("kind", ["fifo", "symlink", "directory"])
def test_a_non_regular_entry_is_never_opened_and_never_hangs(tmp_path, kind):
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    entry = entry_path(cache, CLAIMS, corpus_key(CLAIMS))
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "symlink":
        (tmp_path / "elsewhere.index").write_bytes(b"x")
        entry.symlink_to(tmp_path / "elsewhere.index")
    else:
        entry.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", "£45m Young Londoners Fund", "--format", "jsonl", "--verbose"],
        capture_output=True, text=True, env=_factcheck_env(cache), timeout=60,
    )
    assert done.returncode == 0 and '"supported"' in done.stdout
    assert "Traceback" not in done.stderr
    assert "not used" in done.stderr


_SLOW_WRITER = """
import sys, time
from pathlib import Path
from factcheck import caching

def stalled(checker, f, key):
    f.write(caching.MAGIC)
    f.flush()
    print("writing", flush=True)
    time.sleep(120)

caching._dump = stalled
caching.load_checker(Path(sys.argv[1]), cache_dir=Path(sys.argv[2]))
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_a_writer_killed_mid_write_leaves_a_temporary_file_that_the_next_writer_removes(corpus_copy, tmp_path, sig):
    cache = tmp_path / "cache"
    writer = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(corpus_copy), str(cache)], stdout=subprocess.PIPE, env=_factcheck_env(cache))
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"writing\n"
        writer.send_signal(sig)
        writer.wait(timeout=30)
    finally:
        writer.kill()
        writer.wait()
    left = [p.name for p in cache.iterdir() if p.name.startswith(".tmp-")]
    assert len(left) == 1 and left[0].startswith(f".tmp-{writer.pid}-")
    # A concurrent writer still at work keeps its file: this process is alive.
    live = cache / f".tmp-{os.getpid()}-live.index"
    live.write_bytes(b"in progress")
    load_checker(corpus_copy, cache_dir=cache)
    names = sorted(p.name for p in cache.iterdir())
    assert names == sorted([live.name, entry_path(cache, corpus_copy, corpus_key(corpus_copy)).name])
    # ...unless it is too old to have a writer at all.
    old = time.time() - caching.STALE_SECONDS - 60
    os.utime(live, (old, old))
    (corpus_copy / LETTER).write_text(_edit_letter((corpus_copy / LETTER).read_text(encoding="utf-8")), encoding="utf-8")
    load_checker(corpus_copy, cache_dir=cache)
    assert not live.exists()


def test_cached_entries_hold_data_only():
    import ast

    tree = ast.parse(Path(caching.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom)) for alias in node.names}
    imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"pickle", "marshal", "shelve", "dill", "cloudpickle"}


def test_a_warm_start_also_removes_a_dead_writers_temporary_file(corpus_copy, tmp_path):
    cache = tmp_path / "cache"
    load_checker(corpus_copy, cache_dir=cache)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    stale = cache / f".tmp-{int(gone.stdout)}-abc.index"  # its writer has exited
    stale.write_bytes(b"half an entry")
    entry = entry_path(cache, corpus_copy, corpus_key(corpus_copy))
    written = entry.stat().st_mtime_ns
    load_checker(corpus_copy, cache_dir=cache)
    assert entry.stat().st_mtime_ns == written  # a warm start: read, not rewritten
    assert not stale.exists()
