"""Every ```python snippet in README.md runs, as a reader would run it.

Each runs on its own in a temporary directory holding only a `drafts/`
folder (a copy of examples/draft.md, where a newsroom keeps its drafts),
with $FACTCHECK_CLAIMS unset: `factcheck.load()` must find the bundled
corpus by itself. When a ```text block follows a snippet directly, it is
the snippet's output, and must be exactly what the snippet prints.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT

README = ROOT / "README.md"
# A fenced block: its language and its body. Fences in the README are not nested.
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)


def snippets() -> list[tuple[int, str, str | None]]:
    """(line, code, expected output or None) for each python block."""
    text = README.read_text(encoding="utf-8")
    blocks = list(_BLOCK.finditer(text))
    found = []
    for i, block in enumerate(blocks):
        if block.group(1) != "python":
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        output = None
        if following is not None and following.group(1) == "text" and not text[block.end() : following.start()].strip():
            output = following.group(2)
        found.append((text.count("\n", 0, block.start()) + 1, block.group(2), output))
    return found


def test_the_readme_has_python_snippets_with_their_output():
    found = snippets()
    assert len(found) >= 2
    assert any(output for _, _, output in found)


@pytest.mark.parametrize("line, code, output", snippets(), ids=[f"README.md:{line}" for line, _, _ in snippets()])
def test_readme_snippet_runs_from_any_directory(line, code, output, tmp_path):
    (tmp_path / "drafts").mkdir()
    shutil.copy(ROOT / "examples" / "draft.md", tmp_path / "drafts" / "draft.md")
    env = {"PATH": "/usr/bin:/bin", "FACTCHECK_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, f"README.md:{line}: the snippet failed:\n{done.stderr}"
    if output is not None:
        assert done.stdout == output, f"README.md:{line}: the output shown is not what the snippet prints"


def qualifier_rows() -> list[tuple[str, str, str]]:
    """(claim, documents, verdict) for each row of the README's qualifier table."""
    text = README.read_text(encoding="utf-8")
    table = text[text.index("Qualifiers are intervals, compared both ways") :].split("\n\n")[1]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in table.splitlines()[2:]]
    return [(claim, documents, verdict) for claim, documents, verdict, _why in rows]


@pytest.mark.parametrize(("claim", "documents", "verdict"), qualifier_rows())
def test_the_readme_qualifier_table_is_what_the_comparison_does(claim, documents, verdict):
    from factcheck.figures import parse_figures
    from factcheck.verdicts import agreement

    told = {"supported": True, "conflicting": False, "unverified": None}[verdict]
    assert agreement(parse_figures(claim)[0], parse_figures(documents)[0]) is told
