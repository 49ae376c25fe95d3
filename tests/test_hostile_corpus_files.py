"""Corpora with impossible numbers, special files in place of regular ones,
and huge source texts: located refusals, never a hang or a traceback."""

import json
import os
import re
import subprocess
import sys

import pytest

from factcheck import validation as validate_module
from factcheck.corpus import CorpusError, load_corpus
from factcheck.validation import validate_corpus

from .conftest import ROOT

LETTER = "mayor-letter-pidgeon-2018-07.yaml"


def _value_line(path) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.strip() == "value: 45000000")


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "+.Inf"])
def test_non_finite_values_are_refused_where_they_stand(corpus_copy, value, run):
    letter = corpus_copy / LETTER
    line = _value_line(letter)
    text = letter.read_text(encoding="utf-8").replace("value: 45000000", f"value: {value}", 1)
    letter.write_text(text, encoding="utf-8")
    column = text.splitlines()[line - 1].index(value) + 1
    expected = f"claims/{LETTER}:{line}:{column}: value must be a finite number"
    assert any(str(p).startswith(expected) for p in validate_corpus(corpus_copy).problems)
    with pytest.raises(CorpusError):
        load_corpus(corpus_copy)
    # A batch is refused before its first claim (it was a traceback after the first).
    batch = run("check", "-", "--format", "jsonl", "--claims", str(corpus_copy), stdin=b"\xc2\xa345m Young Londoners Fund\n\xc2\xa31 x\n\xc2\xa32 y\n")
    assert batch.status == 2 and batch.stdout == "" and len(batch.stderr.splitlines()) == 1 and expected in batch.stderr
    shown = run("show", "ylf-total-letter", "--format", "json", "--claims", str(corpus_copy))
    assert shown.status == 2 and "NaN" not in shown.stdout and "Infinity" not in shown.stdout
    assert run("validate", "--claims", str(corpus_copy)).status == 1


def _run(args, cache=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK")}
    env.update({"PYTHONPATH": str(ROOT / "src"), **({"FACTCHECK_CACHE_DIR": str(cache)} if cache else {"FACTCHECK_NO_CACHE": "1"})})
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
@pytest.mark.parametrize("cached", [False, True])
def test_a_special_file_as_the_source_index_is_refused_not_read(corpus_copy, tmp_path, kind, cached):
    index = corpus_copy / "sources" / "index.yaml"
    index.unlink()
    if kind == "fifo":
        os.mkfifo(index)
    else:
        index.symlink_to("/dev/zero")
    cache = tmp_path / "cache" if cached else None
    where = "claims/sources/index.yaml:1:1: not a regular file"
    check = _run(["check", "£45m Young Londoners Fund", "--claims", str(corpus_copy)], cache)
    assert check.returncode == 2 and where in check.stderr and "Traceback" not in check.stderr
    validate = _run(["validate", "--claims", str(corpus_copy)], cache)
    assert validate.returncode == 1 and where in validate.stdout and "Traceback" not in validate.stderr


def test_a_claims_file_that_is_a_fifo_is_skipped_not_waited_on(corpus_copy):
    os.mkfifo(corpus_copy / "pending.yaml")
    done = _run(["check", "£45m Young Londoners Fund", "--format", "jsonl", "--claims", str(corpus_copy)])
    assert done.returncode == 0 and json.loads(done.stdout)["verdict"] == "supported"


def test_validate_normalises_each_source_text_once(corpus_copy, monkeypatch):
    """A 10 MB text cited by 40 claims was normalised 40 times (25 s); the
    speed is measured in bench/validate_large_source.py, the cause here."""
    source = corpus_copy / "sources" / "mayor-letter-pidgeon-2018-07.txt"
    cited = sum(1 for line in (corpus_copy / LETTER).read_text(encoding="utf-8").splitlines() if line.strip() == "source: mayor-letter-pidgeon-2018-07")
    assert cited > 3
    text = source.read_text(encoding="utf-8")
    padding = "\nAn unrelated paragraph about the Ferncastle allotments. " * 2000
    source.write_text(text + padding, encoding="utf-8")
    big_inputs: list[int] = []
    real = validate_module.normalise_text

    def counting(value: str) -> str:
        if len(value) > len(padding):
            big_inputs.append(len(value))
        return real(value)

    monkeypatch.setattr(validate_module, "normalise_text", counting)
    problems = [str(p) for p in validate_corpus(corpus_copy).problems]
    assert len(big_inputs) == 1
    assert any(re.search(r"mayor-letter-pidgeon-2018-07.txt has changed", p) for p in problems)  # and it was still checked


from hypothesis import given
from hypothesis import strategies as st

from factcheck.corpus import _collapse_spaces


@given(st.text(alphabet="ab \t\n\x85\xa0\u2028\u3000’“", max_size=40), st.integers(min_value=1, max_value=7))
def test_collapsing_spaces_a_chunk_at_a_time_is_the_same_as_all_at_once(text, chunk):
    assert _collapse_spaces(text, chunk) == " ".join(text.split())
