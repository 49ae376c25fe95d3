"""The package's own source: a module-level name defined twice is a fault.

Twice this project has defined a constant a second time, lower in the same
module, for another use (`_CLAUSE_END` in reading.py, `_DETERMINERS` in
figures.py); the later silently served the earlier's callers, and a
reading changed that no test covered.
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "factcheck"


def _defined(module: Path) -> collections.Counter[str]:
    names: collections.Counter[str] = collections.Counter()
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("module", sorted(SRC.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_defined_twice(module):
    assert [name for name, count in _defined(module).items() if count > 1] == []
