"""`pip install .` carries the corpus inside the wheel."""

import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_the_corpus_and_schema(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--quiet", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("factcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "factcheck/bundled_claims/sources/index.yaml" in names
    assert "factcheck/bundled_claims/schema/claims.schema.json" in names
    assert sum(n.startswith("factcheck/bundled_claims/sources/") and n.endswith(".txt") for n in names) == 5
    assert sum(n.startswith("factcheck/bundled_claims/") and n.count("/") == 2 and n.endswith(".yaml") for n in names) == 5
    assert "factcheck/cli.py" in names
    assert "factcheck/py.typed" in names  # type checkers use the annotations of an installed factcheck
