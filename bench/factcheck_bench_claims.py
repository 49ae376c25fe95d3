"""Claims for the benchmarks, drawn from a corpus: right, wrong and off-subject figures."""

from __future__ import annotations

import random
from pathlib import Path

import yaml


def claims_for(corpus: Path, n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    subjects: list[tuple[str, str]] = []
    for path in sorted(corpus.glob("*.yaml"))[:200]:
        for c in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("claims", []):
            subjects.append((c["subject"], str(c["figure"])))
    out = []
    for i in range(n):
        subject, figure = rng.choice(subjects)
        kind = i % 4
        if kind == 0:
            out.append(f"{figure} {subject}")
        elif kind == 1:
            out.append(f"£{rng.randint(1, 99)}m for the {subject}")
        elif kind == 2:
            out.append(f"{figure} for a new swimming pool in {rng.choice(['Leeds', 'Hove', 'Ealing'])}")
        else:
            out.append(f"The {subject} got {figure}, officials said")
    return out

