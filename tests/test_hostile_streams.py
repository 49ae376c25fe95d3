"""Standard streams closed, full or in another encoding; read errors mid-file;
absurd terminal widths. Real processes: these are about file descriptors."""

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.environment import MAX_COLUMNS

from .conftest import CLAIMS, ROOT

FACTCHECK = " ".join(shlex.quote(a) for a in (sys.executable, "-m", "factcheck"))
CLAIM = "£45m Young Londoners Fund"


def env(**extra: str) -> dict:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "PYTHONIOENCODING") and not k.startswith("FACTCHECK")}
    base.update({"FACTCHECK_CLAIMS": str(CLAIMS), "FACTCHECK_NO_CACHE": "1", "PYTHONPATH": str(ROOT / "src"), **extra})
    return base


def shell(command: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], capture_output=True, env=env(**extra), timeout=120)


def one_clear_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text and len(text.strip().splitlines()) == 1, text
    return text


@pytest.mark.parametrize("command", ["check -", "scan -", "check - --format jsonl"])
def test_closed_stdin_is_one_line_and_exit_2(command):
    done = shell(f"{FACTCHECK} {command} <&-")
    assert done.returncode == 2
    assert "stdin" in one_clear_line(done.stderr) and "closed" in done.stderr.decode()


def test_closed_stdin_does_not_stop_commands_that_do_not_read_it():
    done = shell(f"{FACTCHECK} sources <&-")
    assert done.returncode == 0 and b"news-crossparty-summit" in done.stdout and done.stderr == b""


@pytest.mark.parametrize("fmt", ["pretty", "jsonl", "csv"])
def test_closed_stdout_says_so_and_exits_2(fmt):
    done = shell(f"{FACTCHECK} check {shlex.quote(CLAIM)} --format {fmt} >&-")
    assert done.returncode == 2
    assert "stdout is closed" in one_clear_line(done.stderr)


def test_closed_stderr_keeps_the_usage_error_status():
    done = shell(f"{FACTCHECK} check --no-such-option 2>&-")
    assert done.returncode == 2  # 1 would read as "findings"
    done = shell(f"{FACTCHECK} check {shlex.quote(CLAIM)} 2>&-")
    assert done.returncode == 0 and b"SUPPORTED" in done.stdout


@pytest.mark.parametrize("fmt", ["pretty", "jsonl", "text", "json"])
def test_a_full_device_is_one_line_and_exit_2(fmt):
    done = shell(f"{FACTCHECK} check {shlex.quote(CLAIM)} --format {fmt} > /dev/full")
    assert done.returncode == 2
    assert "No space left on device" in one_clear_line(done.stderr)


def test_a_latin1_stdout_gets_escapes_not_a_crash_mid_batch(tmp_path):
    claims = [CLAIM, "€5m for the Glimmerfen 日本 scheme 😀", "£3 for the Brassmoor Lantern Fund"]
    source = tmp_path / "claims.txt"
    source.write_text("\n".join(claims) + "\n", encoding="utf-8")
    done = shell(f"{FACTCHECK} check --file {shlex.quote(str(source))} --format jsonl", PYTHONIOENCODING="latin-1")
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.decode("latin-1").splitlines()]
    assert [r["claim"] for r in results] == claims  # every result, each readable as written
    text = shell(f"{FACTCHECK} check --file {shlex.quote(str(source))} --format text", PYTHONIOENCODING="latin-1")
    assert text.returncode == 0 and text.stdout.decode("latin-1").count("unverified:") == 2
    assert "\\u65e5\\u672c" in text.stdout.decode("latin-1")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux /proc")
def test_a_read_error_mid_file_is_one_line_and_exit_2():
    done = shell(f"{FACTCHECK} check --file /proc/self/mem --format jsonl")
    assert done.returncode == 2
    assert "/proc/self/mem:1: cannot read" in one_clear_line(done.stderr)


def test_an_absurd_columns_is_clamped():
    done = shell(f"{FACTCHECK} check {shlex.quote(CLAIM)}", COLUMNS="99999999")
    assert done.returncode == 0
    lines = done.stdout.decode().splitlines()
    assert "SUPPORTED" in done.stdout.decode() and max(len(line) for line in lines) <= MAX_COLUMNS


@pytest.mark.parametrize("target", ["/dev/null", "does-not-exist"])
def test_validate_of_no_directory_cannot_run_exit_2(target, tmp_path):
    done = subprocess.run(["bash", "-c", f"{FACTCHECK} validate --claims {target}"], capture_output=True, env=env(), cwd=tmp_path, timeout=60)
    assert done.returncode == 2
    assert target in one_clear_line(done.stderr)
