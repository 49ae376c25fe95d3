"""The environment: pipes closed early, Ctrl-C, odd terminals. Real processes."""

import os
import signal
import subprocess
import sys

import pytest

from .conftest import CLAIMS, ROOT

FACTCHECK = [sys.executable, "-m", "factcheck"]


def env(**extra):
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    base.update({"FACTCHECK_CLAIMS": str(CLAIMS), "PYTHONPATH": str(ROOT / "src")})
    for k, v in extra.items():
        if v is None:
            base.pop(k, None)
        else:
            base[k] = v
    return base


def test_stdout_closed_early_exits_quietly(tmp_path):
    claims = tmp_path / "big.txt"
    claims.write_text("£45m Young Londoners Fund\n" * 20000, encoding="utf-8")
    cmd = f"{' '.join(FACTCHECK)} check - --format jsonl < {claims} | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, env=env(), timeout=120)
    assert done.stdout.count("\n") == 1 and '"verdict": "supported"' in done.stdout
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
    assert done.stderr == ""
    # pipefail: factcheck's own status. 0, not click's EPIPE exit 1 (which reads as "findings").
    assert done.returncode == 0


def test_ctrl_c_exits_130_without_traceback():
    proc = subprocess.Popen(FACTCHECK + ["check", "-", "--format", "jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    proc.stdin.write("£45m Young Londoners Fund\n".encode())
    proc.stdin.flush()
    first = proc.stdout.readline()  # the first result: the process is up and reading
    assert b"supported" in first
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"interrupted" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "variables",
    [{"NO_COLOR": "1"}, {"TERM": "dumb"}, {"COLUMNS": "20"}, {"HOME": None}, {"TERM": None}],
)
def test_odd_environments(variables):
    done = subprocess.run(FACTCHECK + ["check", "£45m Young Londoners Fund"], capture_output=True, text=True, env=env(**variables), timeout=60)
    assert done.returncode == 0, done.stderr
    assert "SUPPORTED" in done.stdout and "\x1b[" not in done.stdout
    assert done.stderr == ""


def test_narrow_columns_still_show_the_verdict():
    done = subprocess.run(FACTCHECK + ["check", "£45m Young Londoners Fund"], capture_output=True, text=True, env=env(COLUMNS="20"), timeout=60)
    assert all(len(line) <= 20 for line in done.stdout.splitlines())


def test_read_only_working_directory(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        done = subprocess.run(FACTCHECK + ["check", "£45m Young Londoners Fund", "--format", "jsonl"], capture_output=True, text=True, env=env(), cwd=ro, timeout=60)
        assert done.returncode == 0 and done.stderr == ""
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_python_dash_m_runs_the_cli():
    done = subprocess.run(FACTCHECK + ["--help"], capture_output=True, text=True, env=env(), timeout=60)
    assert done.returncode == 0 and "check" in done.stdout and "scan" in done.stdout
