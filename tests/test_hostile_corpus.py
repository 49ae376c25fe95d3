"""Hostile and broken corpora: a clear located error, exit 2 for check, never a traceback.

How long hostile input takes is measured in bench/ (redos.py), not asserted
here: machines are noisy, and a hang fails the run anyway."""

import pytest

from factcheck.corpus import MAX_FILE_BYTES
from factcheck.validation import validate_corpus


def test_fifty_megabyte_claims_file_is_refused_without_parsing(corpus_copy):
    big = corpus_copy / "huge.yaml"
    with big.open("wb") as f:
        f.write(b"claims:\n")
        f.truncate(50 * 1024 * 1024)
    problems = [str(p) for p in validate_corpus(corpus_copy).problems]
    assert f"claims/huge.yaml:1:1: file is 50 MB; claims files are limited to {MAX_FILE_BYTES // (1024 * 1024)} MB (split it by source document)" in problems


@pytest.mark.parametrize(
    "content, message",
    [
        ("claims: [\n", "YAML syntax error"),
        ("claims:\n  - !!python/object/apply:os.system ['true']\n", "unsupported YAML tag"),
        ("a: &x [1]\nclaims: *x\n", "YAML aliases (*name) are not allowed"),
        ("claims: 7\n", "'claims' must be a list, got a number"),
        ("- just\n- a list\n", "expected a mapping with a 'claims' list"),
        ("claims:\n  - id: x\n    topic: t\n", "missing required field"),
        ("\ufeffclaims: [\n", "YAML syntax error"),
    ],
)
def test_check_with_a_broken_corpus_exits_2_naming_the_place(run, corpus_copy, content, message):
    (corpus_copy / "broken.yaml").write_text(content, encoding="utf-8")
    r = run("check", "£45m Young Londoners Fund", "--claims", str(corpus_copy))
    assert r.status == 2
    assert r.stderr.startswith("error: cannot use the claims corpus: claims/broken.yaml:")
    assert message in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_not_utf8_claims_file(run, corpus_copy):
    (corpus_copy / "latin.yaml").write_bytes(b"claims:\n  - id: \xff\n")
    r = run("check", "£45m Young Londoners Fund", "--claims", str(corpus_copy))
    assert r.status == 2 and "claims/latin.yaml:2:9: not UTF-8 (byte 0xff)" in r.stderr


def test_empty_directory_and_missing_directory(run, tmp_path):
    r = run("check", "x", "--claims", str(tmp_path))
    assert r.status == 2 and "no source index" in r.stderr
    r = run("check", "x", "--claims", str(tmp_path / "missing"))
    assert r.status == 2 and "claims directory does not exist" in r.stderr


def test_a_file_given_as_claims_directory(run, tmp_path):
    f = tmp_path / "file.yaml"
    f.write_text("claims: []\n", encoding="utf-8")
    r = run("check", "x", "--claims", str(f))
    assert r.status == 2 and "not a directory" in r.stderr


def test_billion_laughs_is_refused(corpus_copy):
    levels = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        levels.append(f"{cur}: &{cur} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    (corpus_copy / "lol.yaml").write_text("\n".join(levels) + "\nclaims: *j\n", encoding="utf-8")
    problems = [str(p) for p in validate_corpus(corpus_copy).problems]
    assert any("claims/lol.yaml:" in p and "aliases" in p for p in problems)


def test_corpus_passages_with_markup_and_escapes_render_literally(run, tmp_path):
    import hashlib

    root = tmp_path / "c"
    (root / "sources").mkdir(parents=True)
    text = "The [bold red]council[/] spent £3.2m \x1b[2J on libraries."
    (root / "sources" / "doc.txt").write_text(text, encoding="utf-8")
    (root / "sources" / "index.yaml").write_text(
        "sources:\n  - id: doc\n    file: sources/doc.txt\n    sha256: "
        + hashlib.sha256(text.encode()).hexdigest()
        + "\n    kind: report\n    title: \"[link=http://evil]x[/link]\"\n    publisher: unknown\n    date: unknown\n    url: unknown\n",
        encoding="utf-8",
    )
    (root / "doc.yaml").write_text(
        'claims:\n  - id: spend\n    topic: spend\n    subject: council spending on libraries\n    figure: £3.2m\n    value: 3200000\n    unit: GBP\n    source: doc\n    passage: "The [bold red]council[/] spent £3.2m \\e[2J on libraries."\n',
        encoding="utf-8",
    )
    assert validate_corpus(root).problems == []
    for fmt in ("pretty", "text"):
        r = run("check", "£3.2m on libraries by the council", "--claims", str(root), "--format", fmt, tty=True)
        assert "[bold red]council[/]" in r.stdout
        assert "\x1b[2J" not in r.stdout and "\\x1b[2J" in r.stdout
        assert "[link=http://evil]x[/link]" in r.stdout
        assert "\x1b]8;" not in r.stdout
