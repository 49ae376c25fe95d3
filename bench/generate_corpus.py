"""Generate a synthetic claims corpus of N claims, deterministically.

    python bench/generate_corpus.py 10000 /tmp/corpus-10k [--seed 7]

Realistic shape: programmes with multi-word proper names and aliases, in
boroughs and years; several figures per programme (money totals and yearly
amounts, counts, dates, durations) spread over many source documents whose
text holds every passage verbatim; shared topics with differing figures.
The result passes `factcheck validate`.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from pathlib import Path

ADJECTIVES = ["Safer", "Brighter", "Stronger", "Greener", "Healthier", "Fairer", "Bolder", "Kinder", "Smarter", "Cleaner", "Warmer", "Wider"]
NOUNS = ["Streets", "Futures", "Homes", "Schools", "Parks", "Libraries", "Clinics", "Bridges", "Markets", "Youth", "Families", "Workers"]
KINDS = ["Fund", "Programme", "Partnership", "Scheme", "Initiative", "Taskforce", "Network", "Grant", "Service", "Project"]
PLACES = ["Camden", "Hackney", "Lambeth", "Southwark", "Newham", "Croydon", "Ealing", "Brent", "Barnet", "Haringey", "Lewisham", "Islington",
          "Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Belfast", "Norwich", "Exeter", "Hull", "Derby", "York", "Bath"]
COUNTED = ["officers", "schools", "projects", "boroughs", "youth workers", "arrests", "knives", "homes", "apprenticeships", "clinics"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
SOURCE_KINDS = ["news_article", "web_page", "report", "press_release"]


def money(rng: random.Random) -> tuple[str, int]:
    m = rng.choice([1, 2, 3, 5, 7, 9, 12, 15, 20, 25, 45, 60, 110])
    if rng.random() < 0.5:
        return f"£{m}m", m * 1_000_000
    k = rng.choice([250, 500, 750, 835])
    return f"£{k:,},000".replace(",000,000", ",000"), k * 1000


def generate(n: int, out: Path, seed: int) -> None:
    rng = random.Random(seed)
    (out / "sources").mkdir(parents=True, exist_ok=True)
    claims_per_source = 40
    n_sources = max(1, (n + claims_per_source - 1) // claims_per_source)
    index = ["sources:"]
    made = 0
    for s in range(n_sources):
        sid = f"doc-{s:06d}"
        sentences: list[str] = []
        claim_yaml: list[str] = ["claims:"]
        year = rng.randint(2010, 2024)
        in_source = 0
        while made < n and in_source < claims_per_source:
            in_source += 1
            adj, noun, kind, place = rng.choice(ADJECTIVES), rng.choice(NOUNS), rng.choice(KINDS), rng.choice(PLACES)
            name = f"{place} {adj} {noun} {kind}"
            topic = f"{place}-{adj}-{noun}-{kind}".lower()
            alias = f"{adj} {noun} {kind}"
            choice = rng.random()
            if choice < 0.45:
                figure, value = money(rng)
                unit, period = "GBP", "total"
                passage = f"The {name} was given {figure} to support {noun.lower()} across {place}."
                subject = f"{name}"
            elif choice < 0.6:
                figure, value = money(rng)
                unit, period = "GBP", "per year"
                passage = f"The {name} will receive {figure} a year for work in {place}."
                subject = f"yearly funding of the {name}"
            elif choice < 0.85:
                count = rng.randint(2, 9000)
                what = rng.choice(COUNTED)
                figure, value, unit, period = f"{count:,}", count, "count", None
                passage = f"Through the {name}, {figure} {what} were supported in {place} in {year}."
                subject = f"{what} supported by the {name}"
            else:
                month = rng.choice(MONTHS)
                figure, value, unit, period = f"{month} {year}", f"{year}-{MONTHS.index(month) + 1:02d}", "date", None
                passage = f"In {figure}, the Mayor launched the {name} in {place}."
                subject = f"launch of the {name}"
            sentences.append(passage)
            cid = f"c{made:07d}"
            lines = [
                f"  - id: {cid}",
                f"    topic: {topic}",
                f'    subject: "{subject}"',
                f'    aliases: ["{alias}"]',
                f'    figure: "{figure}"',
                f"    value: {value!r}" if unit == "date" else f"    value: {value}",
                f"    unit: {unit}",
                f"    source: {sid}",
                f'    passage: "{passage}"',
            ]
            if unit == "date":
                lines[5] = f'    value: "{value}"'
            if period:
                lines.append(f"    period: {period}")
            claim_yaml.extend(lines)
            made += 1
        text = "\n\n".join(sentences) + "\n"
        (out / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        index += [
            f"  - id: {sid}",
            f"    file: sources/{sid}.txt",
            f"    sha256: {digest}",
            f"    kind: {rng.choice(SOURCE_KINDS)}",
            f"    title: Synthetic document {s}",
            "    publisher: unknown",
            "    date: unknown",
            "    url: unknown",
        ]
        (out / f"{sid}.yaml").write_text("\n".join(claim_yaml) + "\n", encoding="utf-8")
    (out / "sources" / "index.yaml").write_text("\n".join(index) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    generate(args.n, args.out, args.seed)


if __name__ == "__main__":
    main()
