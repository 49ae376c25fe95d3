"""Each curated passage, wrapped in words that change what it says.

    python bench/wrapped.py [--claims DIR] [--show N]

Tricky phrasings generated from any corpus, so they need no labelling. A
curated passage must never have its figure supported when it is

- said of another place ("In Manchester, ...", "... 1,260 visits in
  Manchester ...", "Manchester's fund ...") or a wider whole ("Nationally, ...");
  put at the passage's end ("... in Manchester."), the place may be said of
  a later clause than the figure's, so that count is an upper bound, and
  so is that of figures said to be for another place ("..., according to
  figures for Manchester.");
- denied ("It is false that ...", "Claims that ... are false.", "It has
  never been the case that ...", "Myth: ..."), said to lack evidence
  ("There is no evidence that ...") or said in error ("..., the council
  wrongly claimed.", an upper bound as above);
- said of everywhere but the documents' place ("In the rest of the country, ...");
- negated in its verb ("The Mayor has not granted £7 million ..."), also
  with an aside after the negation ("has not, as claimed, granted"): an
  upper bound, as the verb negated may not be the figure's;
- given ten times its figure;
- given a bound its exact figure is outside ("more than 350", "fewer than
  350" where the passage has 350);
- given another figure in place of its own ("£14 million rather than £1.4
  million", "not £1.4 million but £14 million");
- given another name: its first name's words but the head replaced by an
  invented one ("the Corvell Fund" for "the Young Londoners Fund"). A name
  beside the figure's, a person's or a street's, may be renamed harmlessly,
  so that count is an upper bound on the failures;
- given another documented thing's name: its first name of two capitalised
  words or more, as the corpus curates it, swapped for another thing's
  ("Operation Met Police" for "Operation Winter Nights"). Again an upper
  bound: the name swapped may not be the figure's.

Two controls must be supported: the passage itself, and the passage
attributed ("The report says ...").

Per wrapping: how many passages it was tried on, and how many of them
came back with the passage's own figure supported (for the controls:
supported or mixed). A dated figure is not multiplied (a year ten times
larger is no figure).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from factcheck.checking import Checker  # noqa: E402
from factcheck.corpus import Claim, figure_in_passage, load_corpus  # noqa: E402
from factcheck.verdicts import Verdict  # noqa: E402

Wrapping = Callable[[Claim], "tuple[str, str] | None"]  # (sentence, the figure as written there)


def _lower(passage: str) -> str:
    """The passage as the rest of a sentence: its first letter lower-cased, unless it opens a name or an acronym."""
    return passage[0].lower() + passage[1:] if passage[1:2].islower() and not passage.startswith("I ") else passage


def _ten_times(claim: Claim) -> tuple[str, str] | None:
    number = re.search(r"\d[\d,]*", claim.figure)
    if claim.unit == "date" or number is None or "." in claim.figure:
        return None
    written = number.group()
    larger = int(written.replace(",", "")) * 10
    figure = claim.figure.replace(written, f"{larger:,}" if "," in written else str(larger), 1)
    return claim.passage.replace(claim.figure, figure, 1), figure


def _bounded(more: bool) -> Wrapping:
    """The passage with a bound put on its figure, which the documents'
    exact figure is outside: "more than 350" or "fewer than 350" where they
    give 350. (Only a plain number as the passage writes it: not "all 11",
    "three-year", "hundreds" or a figure that has a bound already.)"""

    def wrap(claim: Claim) -> tuple[str, str] | None:
        parsed = figure_in_passage(claim)
        if parsed is None or claim.qualifier != "exact" or parsed.qualifier != "exact" or parsed.vague or parsed.kind not in _BOUNDABLE:
            return None
        at = parsed.start
        if "-" in parsed.text or re.search(r"\b(?:all|of|the)\s*$", claim.passage[:at]):
            return None
        words = "more than" if more else "fewer than" if parsed.kind == "count" else "less than"
        return f"{claim.passage[:at]}{words} {claim.passage[at:]}", f"{words} {parsed.text}"

    return wrap


_BOUNDABLE = ("count", "money", "percent")


def _ten_times_text(claim: Claim) -> str | None:
    """The passage's figure as written, ten times larger ("£14 million" for "£1.4 million")."""
    made = _ten_times(claim)
    return None if made is None else made[1]


def _instead(words: str) -> Wrapping:
    """The passage saying another figure in place of its own: "£14 million
    rather than £1.4 million", "not £1.4 million but £14 million"."""

    def wrap(claim: Claim) -> tuple[str, str] | None:
        other = _ten_times_text(claim)
        parsed = figure_in_passage(claim)
        # (A figure with its bound written in it, "more than 9,000", would be denied as a bound.)
        if other is None or claim.figure not in claim.passage or parsed is None or parsed.qualifier != "exact" or claim.qualifier != "exact":
            return None
        if words == "not ... but":
            return claim.passage.replace(claim.figure, f"not {claim.figure} but {other}", 1), f"not {claim.figure}"
        return claim.passage.replace(claim.figure, f"{other} {words} {claim.figure}", 1), f"{words} {claim.figure}"

    return wrap


# A run of capitalised words: a name ("Young Londoners Fund", "Operation Winter Nights").
_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'\u2019-]+)+")
_NOT_NAMES = frozenset({"The", "A", "An", "In", "On", "At", "By", "From", "Since", "This", "That", "Our", "Its", "Their", "We", "It", "Mr", "Ms", "Mrs", "Dr"})
_MONTHS = frozenset("January February March April May June July August September October November December".split())


def _renamed(claim: Claim) -> tuple[str, str] | None:
    """The passage with its first name made another: all but the name's
    last word replaced by an invented one ("Young Londoners Fund" becomes
    "Corvell Fund"), so the figure is said of a thing no document names."""
    at = claim.passage.find(claim.figure)
    for run in _NAME_RUN.finditer(claim.passage):
        name = run.group().split()
        while name and name[0] in _NOT_NAMES:
            name = name[1:]
        if len(name) < 2 or any(w in _MONTHS for w in name) or run.start() <= at < run.end():
            continue
        start = run.end() - len(" ".join(name))
        return f"{claim.passage[:start]}Corvell {name[-1]}{claim.passage[run.end():]}", claim.figure
    return None


# The last auxiliary before the figure, with the word it leads ("has granted").
_AUXILIARY = re.compile(r"\b(has|have|had|is|are|was|were|will)\s+(?!not\b|been\b|also\b)[a-z]+")


def _negated(claim: Claim) -> tuple[str, str] | None:
    """The passage with "not" put after the last auxiliary before its
    figure ("The Mayor has not granted £7 million ..."). The verb negated
    may not be the figure's ("is not clear that ... with 150 schools"), so
    the count is an upper bound on the failures."""
    at = claim.passage.find(claim.figure)
    last = None
    for last in _AUXILIARY.finditer(claim.passage, 0, max(at, 0)):
        pass
    if at < 0 or last is None:
        return None
    return f"{claim.passage[: last.end(1)]} not{claim.passage[last.end(1) :]}", claim.figure


def _placed_after_its_noun(claim: Claim) -> tuple[str, str] | None:
    """The passage with "in Manchester" after its figure and the word after it ("1,260 visits in Manchester")."""
    at = claim.passage.find(claim.figure)
    noun = re.match(r"\s([a-z][a-z-]+)", claim.passage[at + len(claim.figure) :]) if at >= 0 else None
    if noun is None:
        return None
    end = at + len(claim.figure) + noun.end()
    return f"{claim.passage[:end]} in Manchester{claim.passage[end:]}", claim.figure


def _another_place_s(claim: Claim) -> tuple[str, str] | None:
    """The passage that opens with "The" made another place's ("Manchester's fund ...")."""
    return (f"Manchester's {claim.passage[4:]}", claim.figure) if claim.passage.startswith("The ") else None


def _negated_aside(claim: Claim) -> tuple[str, str] | None:
    """As `_negated`, with an aside after the "not" ("has not, as claimed, granted ...")."""
    made = _negated(claim)
    if made is None:
        return None
    text, figure = made
    at = text.find(" not ")
    return f"{text[: at + 4]}, as claimed,{text[at + 4 :]}", figure


MUST_NOT: dict[str, Wrapping] = {
    "another place": lambda c: (f"In Manchester, {_lower(c.passage)}", c.figure),
    "another place, beside": _placed_after_its_noun,
    "another place's": _another_place_s,
    "another place, at the end": lambda c: (f"{c.passage.rstrip('. ')} in Manchester.", c.figure),
    # (Upper bound: a passage whose own clauses end before its figure's keeps it.)
    "figures for another place": lambda c: (f"{c.passage.rstrip('. ')}, according to figures for Manchester.", c.figure),
    "a wider whole": lambda c: (f"Nationally, {_lower(c.passage)}", c.figure),
    # A count for one part of the whole the documents count. (Counts only:
    # "In one district alone, the Mayor created the £45m fund" says where,
    # not what the fund holds.)
    "one part alone": lambda c: (f"In one district alone, {_lower(c.passage)}", c.figure) if c.unit == "count" else None,
    "denied": lambda c: (f"It is false that {_lower(c.passage)}", c.figure),
    "claims denied": lambda c: (f"Claims that {_lower(c.passage).rstrip('.')} are false.", c.figure),
    "a myth": lambda c: (f"Myth: {c.passage}", c.figure),
    # (Upper bound, as above.)
    "said in error": lambda c: (f"{c.passage.rstrip('. ')}, the council wrongly claimed.", c.figure),
    "not the case": lambda c: (f"It has never been the case that {_lower(c.passage)}", c.figure),
    "no evidence": lambda c: (f"There is no evidence that {_lower(c.passage)}", c.figure),
    "everywhere else": lambda c: (f"In the rest of the country, {_lower(c.passage)}", c.figure),
    "its verb negated": _negated,
    "negated, an aside": _negated_aside,
    "ten times the figure": _ten_times,
    "more than it": _bounded(more=True),
    "fewer than it": _bounded(more=False),
    "another name": _renamed,
    "rather than it": _instead("rather than"),
    "not it but another": _instead("not ... but"),
}
def _names(claim: Claim) -> list[str]:
    """The claim's aliases that are names of two capitalised words or more."""
    return [a for a in claim.aliases if len(a.split()) > 1 and all(w[:1].isupper() or w in _NAME_GLUE for w in a.split())]


_NAME_GLUE = {"of", "for", "and", "the", "on", "in"}


def _another_documented_name(claims: list[Claim]) -> Wrapping:
    """A wrapping that swaps the passage's first curated name for another
    documented thing's, picked the same way on every run."""
    every = sorted({name for c in claims for name in _names(c)})

    def wrap(claim: Claim) -> tuple[str, str] | None:
        own = [n for n in _names(claim) if n in claim.passage]
        words = {w for n in _names(claim) for w in n.split()} - _NAME_GLUE
        others = [n for n in every if not words.intersection(n.split())]
        if not own or not others or claim.figure not in claim.passage:
            return None
        other = others[sum(map(ord, claim.id)) % len(others)]
        return claim.passage.replace(own[0], other, 1), claim.figure

    return wrap


# Wrappings made for a corpus: they draw on its other claims.
MUST_NOT_FOR_CORPUS: dict[str, Callable[[list[Claim]], Wrapping]] = {
    "another documented name": _another_documented_name,
}
MUST: dict[str, Wrapping] = {
    "the passage": lambda c: (c.passage, c.figure),
    "attributed": lambda c: (f"The report says {_lower(c.passage)}", c.figure),
}


def run(checker: Checker, wrapping: Wrapping, good: tuple[Verdict, ...]) -> tuple[int, list[str]]:
    """How many passages the wrapping applied to, and the sentences whose own figure got a `good` verdict."""
    tried, hits = 0, []
    for claim in checker.corpus.claims:
        made = wrapping(claim)
        if made is None:
            continue
        text, figure = made
        tried += 1
        # The figure read where the wrapping put the passage's figure (not another that contains its digits).
        at = text.find(figure)
        if any(at <= f.figure.start < at + len(figure) and f.verdict in good for f in checker.check(text).figures):
            hits.append(text)
    return tried, hits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", default=str(ROOT / "claims"))
    ap.add_argument("--show", type=int, default=0, help="print up to N failing sentences per wrapping")
    args = ap.parse_args()
    checker = Checker(load_corpus(args.claims))
    claims = list(checker.corpus.claims)
    wrappings = {**MUST_NOT, **{name: make(claims) for name, make in MUST_NOT_FOR_CORPUS.items()}}
    for name, wrapping in wrappings.items():
        tried, supported = run(checker, wrapping, (Verdict.SUPPORTED,))
        print(f"{name:26} {len(supported):4} of {tried:4} supported (should be none)")
        for text in supported[: args.show]:
            print(f"    {text}")
    for name, wrapping in MUST.items():
        tried, found = run(checker, wrapping, (Verdict.SUPPORTED, Verdict.MIXED))
        print(f"{name:26} {len(found):4} of {tried:4} supported or mixed (should be all)")


if __name__ == "__main__":
    main()
