"""Score the checker on prose: real-coverage-style sentences and drafts.

    python bench/prose.py [--claims DIR] [--labelled FILE] [--drafts DIR]
                          [--show-failures] [--held-out-only]

Runs every sentence of tests/data/prose_claims.yaml through
`Checker.check` and every draft of tests/data/prose_drafts/ through
`scan_text` (the "anaphora" category, labelled in prose_drafts/labels.yaml),
and prints a table per category. Only `Checker.check`, `result.verdict`,
`result.figures` (each `.figure.text/.start/.end` and `.verdict`),
`result.reason` and, for drafts, `Finding.line/.column/.end_column/
.verdict/.check.reason` are used, so the checker's internals can change.

Scoring, precisely
------------------
Each labelled figure is located in its sentence (its `text`, the `nth`
occurrence) and paired with the checker's figure whose span overlaps it
(or, if the checker gives no spans, whose text is equal). Its *answer* is
that figure's verdict, or "not-checked" when the checker read no figure
there. When a result has no per-figure verdicts at all, every labelled
figure's answer is the claim's verdict (claim-level scoring).

A figure is *right* when its answer is its `expected` verdict or one of its
`also` verdicts. A figure expected `not-a-claim` (part of a name, a denied
figure) is right when it is not checked, or judged anything but supported,
mixed or conflicting: the claim-level check below catches the unverified
noise it may add.

The *claim level* is right when `result.verdict` is the worst (conflicting >
mixed > unverified > supported) over the labelled figures' expected or
`also` verdicts, not-a-claim figures left out; a sentence with no asserted
figure expects unverified. Figures the checker reads that are not labelled
(a date that only says when) count only through this claim verdict.

A sentence is *right* when its claim level and every labelled figure are.

Error kinds, each counted once per sentence however many figures show it:
- false support: a figure answered supported or mixed where its `expected`
  is unverified, conflicting or not-a-claim; or answered supported where
  mixed is expected and supported is not in `also` (the conflicting passage
  was hidden); or the claim verdict supported/mixed where the sentence's
  `expected` is unverified or conflicting and no figure's `also` allows it.
- false conflicting: a figure answered conflicting where its `expected` is
  neither conflicting nor mixed (so a verbatim sentence flagged conflicting
  counts, even where mixed would be accepted); or the claim verdict
  conflicting where the sentence's `expected` is neither.
- unverified where held: a figure the documents hold (`expected` supported,
  mixed or conflicting) answered unverified or not checked.

"held right" is the share of sentences whose asserted figures the documents
all hold (every labelled figure expected supported, mixed or conflicting
besides not-a-claim ones, and at least one) that are right: the issue's
"right non-unverified answer" target (90%). "false conflicting /100" is
sentences with a false conflicting per 100 sentences (target at most 1).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any, NoReturn

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.checking import Checker
from factcheck.corpus import load_corpus
from factcheck.scanning import scan_text

SEVERITY = {"supported": 0, "unverified": 1, "mixed": 2, "conflicting": 3}
HELD = {"supported", "mixed", "conflicting"}
NOT_CHECKED = "not-checked"
NOT_A_CLAIM = "not-a-claim"
CATEGORIES = [
    "verbatim",
    "paraphrase",
    "long-with-context",
    "multi-figure",
    "wrong-subject",
    "wrong-place",
    "negation",
    "change",
    "qualifier",
    "period-rate",
    "running-total",
    "date-event",
    "number-in-name",
    "anaphora",
]


def verdict_name(verdict: Any) -> str:
    return str(getattr(verdict, "value", verdict))


@dataclass
class Outcome:
    """How one labelled unit (a sentence, or a draft figure) fared."""

    category: str
    text: str
    held_out: bool
    right: bool
    false_support: bool
    false_conflicting: bool
    unverified_held: bool
    held: bool
    details: list[str] = field(default_factory=list)


def acceptable(figure: dict) -> set[str]:
    return {figure["expected"], *figure.get("also", [])}


def figure_right(figure: dict, answer: str) -> bool:
    if figure["expected"] == NOT_A_CLAIM:
        return answer not in ("supported", "mixed", "conflicting")
    return answer in acceptable(figure)


def figure_errors(figure: dict, answer: str) -> tuple[bool, bool, bool]:
    """(false support, false conflicting, unverified where held) for one figure."""
    ok, expected = acceptable(figure), figure["expected"]
    false_support = (
        answer in ("supported", "mixed") and expected not in ("supported", "mixed")
    ) or (answer == "supported" and expected == "mixed" and "supported" not in ok)
    false_conflicting = answer == "conflicting" and expected not in (
        "conflicting",
        "mixed",
    )
    unverified_held = expected in HELD and answer in ("unverified", NOT_CHECKED)
    return false_support, false_conflicting, unverified_held


def claim_verdicts(figures: list[dict]) -> set[str]:
    """Every claim verdict that is right: the worst over some choice of right figure verdicts."""
    choices = [sorted(acceptable(f)) for f in figures if f["expected"] != NOT_A_CLAIM]
    if not choices:
        return {"unverified"}
    return {max(combo, key=SEVERITY.__getitem__) for combo in product(*choices)}


def locate(claim: str, text: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = claim.find(text, start + 1)
        if start < 0:
            raise ValueError(
                f"figure {text!r} (occurrence {nth}) not in claim {claim!r}"
            )
    return start, start + len(text)


def answers_for(result: Any, claim: str, labelled: list[dict]) -> list[tuple[str, str]]:
    """(answer, the checker's reason for it) for each labelled figure."""
    checked = getattr(result, "figures", None)
    claim_reason = str(getattr(result, "reason", ""))
    if checked is None:
        return [(verdict_name(result.verdict), claim_reason) for _ in labelled]
    out = []
    for fig in labelled:
        start, end = locate(claim, fig["text"], fig.get("nth", 1))
        found = None
        for fc in checked:
            f = getattr(fc, "figure", None)
            s, e = getattr(f, "start", None), getattr(f, "end", None)
            if s is not None and e is not None:
                if s < end and start < e:
                    found = fc
                    break
            elif getattr(f, "text", None) == fig["text"]:
                found = fc
                break
        if found is None:
            out.append((NOT_CHECKED, claim_reason))
        else:
            out.append(
                (
                    verdict_name(found.verdict),
                    str(getattr(found, "reason", claim_reason)),
                )
            )
    return out


def score_sentence(checker: Checker, item: dict) -> Outcome:
    claim, labelled = item["claim"], item.get("figures") or []
    result = checker.check(claim)
    got = verdict_name(result.verdict)
    answers = answers_for(result, claim, labelled)
    claim_ok = claim_verdicts(labelled)
    claim_right = got in claim_ok
    # A claim verdict the figures' `also` verdicts allow (mixed, where a
    # figure may be mixed) is right, not a false support.
    fs = got in ("supported", "mixed") and got not in claim_ok and item["expected"] not in (
        "supported",
        "mixed",
    )
    fc = got == "conflicting" and item["expected"] not in ("conflicting", "mixed")
    uh = False
    right = claim_right
    details = [
        f"claim: got {got}, expected {item['expected']}"
        + ("" if claim_right else "  <-- wrong")
        + f"  ({getattr(result, 'reason', '')})"
    ]
    for fig, (answer, reason) in zip(labelled, answers):
        ok = figure_right(fig, answer)
        right &= ok
        e_fs, e_fc, e_uh = figure_errors(fig, answer)
        fs |= e_fs
        fc |= e_fc
        uh |= e_uh
        if not ok:
            details.append(
                f"  {fig['text']}: got {answer}, expected {fig['expected']}: {reason}"
            )
    asserted = [f for f in labelled if f["expected"] != NOT_A_CLAIM]
    held = bool(asserted) and all(acceptable(f) & HELD for f in asserted)
    return Outcome(
        item["category"],
        claim,
        bool(item.get("held_out")),
        right,
        fs,
        fc,
        uh,
        held,
        details,
    )


def score_drafts(checker: Checker, drafts: Path) -> list[Outcome]:
    labels = yaml.safe_load((drafts / "labels.yaml").read_text(encoding="utf-8")) or []
    findings: dict[str, list[Any]] = {}
    outcomes = []
    for label in labels:
        path = drafts / label["path"]
        if label["path"] not in findings:
            findings[label["path"]] = scan_text(
                path.read_text(encoding="utf-8"), str(path), checker
            )
        line_text = path.read_text(encoding="utf-8").split("\n")[label["line"] - 1]
        if label["text"] not in line_text:
            fail(
                f"{path}:{label['line']}:1: figure {label['text']!r} labelled in labels.yaml is not on this line"
            )
        col = line_text.index(label["text"]) + 1  # 1-based, as findings are
        end_col = col + len(label["text"])
        match = None
        for f in findings[label["path"]]:
            if (
                f.line == label["line"]
                and f.column < end_col
                and col < max(f.end_column, f.column + 1)
            ):
                match = f
                break
        answer = NOT_CHECKED if match is None else verdict_name(match.verdict)
        reason = "" if match is None else str(getattr(match.check, "reason", ""))
        ok = figure_right(label, answer)
        e_fs, e_fc, e_uh = figure_errors(label, answer)
        text = f"{label['path']}:{label['line']} {line_text.strip()}"
        details = (
            []
            if ok
            else [
                f"  {label['text']}: got {answer}, expected {label['expected']} (subject: {label['subject']}, line {label['subject_line']}): {reason}"
            ]
        )
        held = bool(acceptable(label) & HELD)
        outcomes.append(
            Outcome(
                "anaphora",
                text,
                bool(label.get("held_out")),
                ok,
                e_fs,
                e_fc,
                e_uh,
                held,
                details,
            )
        )
    return outcomes


VERDICTS = set(SEVERITY)


def item_lines(text: str) -> list[int]:
    """The 1-based line where each top-level list item starts."""
    root = yaml.compose(text)
    return [node.start_mark.line + 1 for node in getattr(root, "value", [])]


def label_problems(item: Any, sources: list[str]) -> list[str]:
    """What is wrong with one labelled sentence, in words; empty when it is sound."""
    if not isinstance(item, dict):
        return [
            "an item must be a mapping with claim, category, expected, figures, why"
        ]
    problems = [
        f"missing field {k!r}"
        for k in ("claim", "category", "expected", "figures", "why")
        if k not in item
    ]
    if problems:
        return problems
    claim, figures = item["claim"], item["figures"] or []
    if item["category"] not in CATEGORIES or item["category"] == "anaphora":
        problems.append(
            f"unknown category {item['category']!r} (anaphora belongs in the drafts)"
        )
    if item["expected"] not in VERDICTS:
        problems.append(
            f"expected {item['expected']!r} is not one of {sorted(VERDICTS)}"
        )
    for fig in figures:
        if fig.get("expected") not in VERDICTS | {NOT_A_CLAIM}:
            problems.append(
                f"figure {fig.get('text')!r}: expected {fig.get('expected')!r} is not a verdict or not-a-claim"
            )
        if not set(fig.get("also", [])) <= VERDICTS:
            problems.append(
                f"figure {fig.get('text')!r}: `also` holds something that is not a verdict"
            )
        if claim.count(str(fig.get("text"))) < fig.get("nth", 1):
            problems.append(
                f"figure {fig.get('text')!r} (occurrence {fig.get('nth', 1)}) is not in the claim"
            )
    asserted = [f["expected"] for f in figures if f.get("expected") in VERDICTS]
    worst = max(asserted, key=SEVERITY.__getitem__) if asserted else "unverified"
    if not problems and item["expected"] != worst:
        problems.append(
            f"expected {item['expected']!r} but the worst over its figures is {worst!r}"
        )
    if (
        item["category"] == "verbatim"
        and sources
        and not any(claim in text for text in sources)
    ):
        problems.append(
            "a verbatim claim must appear exactly in one of the source documents"
        )
    return problems


def load_labelled(path: Path, claims_dir: Path) -> list[dict]:
    """The labelled sentences, or a located one-line error per problem and exit 2."""
    text = path.read_text(encoding="utf-8")
    try:
        items = yaml.safe_load(text)
        lines = item_lines(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        fail(f"{where}: not valid YAML: {getattr(err, 'problem', err)}")
    if not isinstance(items, list):
        fail(f"{path}:1:1: the file must be a list of labelled sentences")
    sources = [
        p.read_text(encoding="utf-8")
        for p in sorted((claims_dir / "sources").glob("*.txt"))
    ]
    errors = [
        f"{path}:{line}:1: {problem}"
        for item, line in zip(items, lines)
        for problem in label_problems(item, sources)
    ]
    if errors:
        fail("\n".join(errors))
    return items


def fail(message: str) -> NoReturn:
    """Bad labels are input errors: said on stderr, exit 2, no traceback."""
    print(message, file=sys.stderr)
    sys.exit(2)


def table(outcomes: Iterable[Outcome]) -> str:
    by_cat: dict[str, list[Outcome]] = defaultdict(list)
    everything = list(outcomes)
    for o in everything:
        by_cat[o.category].append(o)
    rows: list[tuple[str, ...]] = [
        (
            "category",
            "n",
            "right",
            "false sup",
            "false conf",
            "unver held",
            "held right",
        )
    ]

    def row(name: str, group: list[Outcome]) -> tuple[str, ...]:
        held = [o for o in group if o.held]
        held_right = f"{sum(o.right for o in held)}/{len(held)}" if held else "-"
        return (
            name,
            str(len(group)),
            str(sum(o.right for o in group)),
            str(sum(o.false_support for o in group)),
            str(sum(o.false_conflicting for o in group)),
            str(sum(o.unverified_held for o in group)),
            held_right,
        )

    for cat in CATEGORIES + sorted(set(by_cat) - set(CATEGORIES)):
        if by_cat.get(cat):
            rows.append(row(cat, by_cat[cat]))
    rows.append(row("all", everything))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(r, widths))
        )
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def summary(outcomes: list[Outcome], label: str) -> str:
    n = len(outcomes)
    if not n:
        return f"{label}: no sentences"
    right = sum(o.right for o in outcomes)
    held = [o for o in outcomes if o.held]
    held_right = sum(o.right for o in held)
    fs = sum(o.false_support for o in outcomes)
    fc = sum(o.false_conflicting for o in outcomes)
    return (
        f"{label}: accuracy {right}/{n} = {100 * right / n:.1f}%; "
        f"held right {held_right}/{len(held)} = {100 * held_right / max(len(held), 1):.1f}% (target 90%); "
        f"false supports {fs} (target 0); false conflicting {fc} = {100 * fc / n:.1f} per 100 (target <= 1)"
    )


def make_checker(claims: str) -> Checker:
    """Today's constructor, or the classmethod if the constructor changes under the rewrite."""
    try:
        return Checker(load_corpus(claims))
    except TypeError:
        return Checker.from_directory(claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", default=str(ROOT / "claims"))
    parser.add_argument(
        "--labelled", default=str(ROOT / "tests/data/prose_claims.yaml")
    )
    parser.add_argument("--drafts", default=str(ROOT / "tests/data/prose_drafts"))
    parser.add_argument(
        "--show-failures",
        action="store_true",
        help="print every miss with the checker's reason",
    )
    parser.add_argument(
        "--held-out-only", action="store_true", help="score only the held-out sentences"
    )
    parser.add_argument(
        "--check-labels",
        action="store_true",
        help="only validate the labelled set (exit 2 with file:line errors)",
    )
    args = parser.parse_args(argv)

    items = load_labelled(Path(args.labelled), Path(args.claims))
    if args.check_labels:
        print(f"ok: {len(items)} labelled sentences in {args.labelled}")
        return 0
    checker = make_checker(args.claims)
    if args.held_out_only:
        items = [i for i in items if i.get("held_out")]
    outcomes = [score_sentence(checker, item) for item in items]
    if not args.held_out_only and Path(args.drafts, "labels.yaml").exists():
        outcomes += score_drafts(checker, Path(args.drafts))

    print(table(outcomes))
    print()
    print(summary(outcomes, "all"))
    sentences = [o for o in outcomes if o.category != "anaphora"]
    print(summary([o for o in sentences if not o.held_out], "sentences, not held out"))
    print(summary([o for o in sentences if o.held_out], "held out"))
    if args.show_failures:
        print()
        for o in outcomes:
            if not o.right:
                flags = ",".join(
                    k
                    for k, v in (
                        ("FALSE-SUPPORT", o.false_support),
                        ("FALSE-CONFLICTING", o.false_conflicting),
                        ("UNVERIFIED-HELD", o.unverified_held),
                    )
                    if v
                )
                print(
                    f"[{o.category}{' held-out' if o.held_out else ''}] {flags} {o.text}"
                )
                for d in o.details:
                    print(f"    {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
