"""Reading drafts: encodings, binary and oversized files, unreadable files
among many; each refusal one located line, and the other files scanned."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.drafts import MAX_DRAFT_BYTES, DraftError, decode_draft, read_draft

from .conftest import CLAIMS

CONFLICT = "Intro line.\nThe Young Londoners Fund is £50m.\n"  # the documents say £45m
CONFLICT_AT = "2:29"


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_byte_order_marks_are_honoured(run, tmp_path, encoding, bom):
    path = tmp_path / "draft.md"
    path.write_bytes(bom + CONFLICT.encode(encoding))
    assert read_draft(path).text == CONFLICT
    r = run("scan", str(path), "--format", "line")
    # The conflict is found where it is, and no stray "5" or "0" of the raw bytes is.
    (line,) = r.stdout.splitlines()
    assert line.startswith(f"{path}:{CONFLICT_AT}: conflicting: £50m:")
    assert r.status == 1 and r.stderr.count("\n") == 1  # just the summary


def test_binary_file_is_refused_in_one_located_line(run, tmp_path):
    path = tmp_path / "chart.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(DraftError) as caught:
        read_draft(path)
    assert (caught.value.problem.line, caught.value.problem.column) == (3, 1)  # after "\r\n" and "\n"
    r = run("scan", str(path))
    assert r.status == 2
    assert r.stderr.splitlines()[0] == f"error: {path}:3:1: binary file (a NUL byte); scan takes text or Markdown files"


def test_utf16_without_a_byte_order_mark_gets_a_hint(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(CONFLICT.encode("utf-16-le"))
    with pytest.raises(DraftError, match="UTF-16 without a byte order mark"):
        read_draft(path)


def test_oversized_draft_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(DraftError, match="larger than"):
        read_draft(path, max_bytes=1000)
    assert read_draft(path, max_bytes=1001).text == "a" * 1001
    with pytest.raises(DraftError, match=f"larger than {MAX_DRAFT_BYTES // 2**20} MB"):
        decode_draft(b"a" * (MAX_DRAFT_BYTES + 1), "big.md")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_scan_of_dev_zero_stops_at_the_cap(run):
    r = run("scan", "/dev/zero")
    assert r.status == 2
    assert r.stderr.splitlines()[0] == f"error: /dev/zero: larger than {MAX_DRAFT_BYTES // 2**20} MB; scan reads drafts up to that size (split it)"


def test_stdin_is_capped_too(run):
    r = run("scan", "-", stdin=b"a" * (MAX_DRAFT_BYTES + 1))
    assert r.status == 2 and r.stderr.startswith("error: <stdin>: larger than")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_read_error_mid_file_is_one_line(run):
    r = run("scan", "/proc/self/mem")
    assert r.status == 2 and r.stderr.startswith("error: /proc/self/mem: cannot read:")


def test_invalid_utf8_is_located_in_characters_and_capped(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("£ café\n".encode() + b"caf\xe9\r" * 12 + b"done\n")
    draft = read_draft(path)
    assert [str(w).split(": warning")[0] for w in draft.warnings[:2]] == [f"{path}:2:4", f"{path}:3:4"]
    assert len(draft.warnings) == 11 and "2 more lines are not valid UTF-8" in str(draft.warnings[-1])
    assert draft.text.count("\ufffd") == 12 and draft.text.startswith("£ café\n")


def test_invalid_utf16_is_located(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "ok\nab".encode("utf-16-le") + b"\x00\xd8" + "z".encode("utf-16-le"))
    draft = read_draft(path)
    (warning,) = draft.warnings
    assert (warning.line, warning.column) == (2, 3) and "not valid UTF-16" in warning.message
    assert draft.text.startswith("ok\nab\ufffd")


def test_missing_file_among_others_is_reported_and_the_rest_scanned(run, tmp_path):
    (tmp_path / "a.md").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "c.md").write_text(CONFLICT, encoding="utf-8")
    r = run("scan", "a.md", "gone.md", "c.md", "--format", "line", cwd=tmp_path)
    assert [line.split(":")[0] for line in r.stdout.splitlines()] == ["a.md", "c.md"]
    assert r.stderr.splitlines() == [
        "error: gone.md: no such file",
        "2 figures in 2 files (1 not read): 2 conflicting, 0 mixed, 0 unverified, 0 supported",
    ]
    assert r.status == 2  # cannot do all that was asked beats findings


def test_unreadable_file_in_json_output_is_a_located_json_message(run, tmp_path):
    (tmp_path / "bin.md").write_bytes(b"text\n\x00")
    r = run("scan", "bin.md", "--format", "jsonl", cwd=tmp_path)
    message = json.loads(r.stderr.splitlines()[0])
    assert (message["path"], message["line"], message["column"]) == ("bin.md", 2, 1)
    assert r.status == 2


def test_missing_file_in_a_real_process(tmp_path):
    (tmp_path / "a.md").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "c.md").write_text(CONFLICT, encoding="utf-8")
    env = {**os.environ, "FACTCHECK_CLAIMS": str(CLAIMS), "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    p = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", "a.md", "gone.md", "c.md", "--format", "line"],
        check=False, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr and "error: gone.md: no such file" in p.stderr
    assert p.stdout.count(f":{CONFLICT_AT}: conflicting") == 2


def test_lone_cr_draft_from_the_command_line(run, tmp_path):
    path = tmp_path / "mac.md"
    path.write_bytes(CONFLICT.replace("\n", "\r").encode("utf-8"))
    r = run("scan", str(path), "--format", "line")
    assert r.stdout.startswith(f"{path}:{CONFLICT_AT}: conflicting")
