from __future__ import annotations

import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.checking import Checker
from factcheck.cli import main
from factcheck.corpus import load_corpus
from factcheck.environment import Environment

from hypothesis import settings

# Property tests run 200 examples each in CI; `pytest --slow` runs 5,000.
settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("slow", max_examples=5000, deadline=None)


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="run property tests with many more examples")


def pytest_configure(config):
    settings.load_profile("slow" if config.getoption("--slow") else "ci")


ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def corpus():
    return load_corpus(CLAIMS)


@pytest.fixture(scope="session")
def checker(corpus):
    return Checker(corpus)


@pytest.fixture(scope="session")
def synthetic_corpus(tmp_path_factory) -> Path:
    """A generated corpus of 3,000 claims (bench/generate_corpus.py, seed 7):
    large enough for the candidate cut and the vectorised scoring."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from generate_corpus import generate

    root = tmp_path_factory.mktemp("synthetic") / "corpus-3000"
    generate(3000, root, seed=7)
    return root


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the shipped corpus, to break on purpose."""
    dest = tmp_path / "claims"
    shutil.copytree(CLAIMS, dest)
    return dest


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str


@pytest.fixture
def run(tmp_path):
    """Run the CLI in-process with an injected environment."""

    def _run(*args: str, stdin: bytes = b"", tty: bool = False, variables: dict | None = None, cwd: Path | None = None) -> Run:
        out, err = io.StringIO(), io.StringIO()
        env = Environment(
            stdin=io.BytesIO(stdin),
            stdout=out,
            stderr=err,
            stdin_isatty=False,
            stdout_isatty=tty,
            stderr_isatty=tty,
            variables={"FACTCHECK_CLAIMS": str(CLAIMS), **(variables or {})},
            cwd=cwd or tmp_path,
        )
        status = main(list(args), env)
        return Run(int(status), out.getvalue(), err.getvalue())

    return _run


def write_corpus(root: Path, amount: str = "£12m", value: int = 12_000_000) -> Path:
    """A one-document corpus about an invented programme (the Riverside
    Lantern Scheme), so tests of behaviour never depend on the shipped one."""
    import hashlib

    (root / "sources").mkdir(parents=True)
    text = f"The council confirmed that the Riverside Lantern Scheme will receive {amount} over four years.\n"
    (root / "sources" / "lantern.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    (root / "sources" / "index.yaml").write_text(
        "sources:\n"
        "  - id: lantern-notice\n"
        "    file: sources/lantern.txt\n"
        f"    sha256: {digest}\n"
        "    kind: press_release\n"
        "    title: Riverside Lantern Scheme notice\n"
        "    publisher: unknown\n"
        "    date: unknown\n"
        "    url: unknown\n",
        encoding="utf-8",
    )
    (root / "lantern.yaml").write_text(
        "claims:\n"
        "  - id: lantern-scheme-funding\n"
        "    topic: riverside-lantern-scheme\n"
        "    subject: Riverside Lantern Scheme funding\n"
        "    aliases: [Riverside Lantern Scheme]\n"
        f'    figure: "{amount}"\n'
        f"    value: {value}\n"
        "    unit: GBP\n"
        "    source: lantern-notice\n"
        f'    passage: "the Riverside Lantern Scheme will receive {amount} over four years"\n',
        encoding="utf-8",
    )
    return root
