"""Quotes: a sentence that repeats a documented passage word for word.

A reporter who copies a sentence from a press release or a report, or
quotes it, says what the document says, in the document's own words; the
subject matcher, which weighs words, can miss that when the passage is
long, tabular or oddly worded. So each documented passage is found in a
sentence as written (case, spacing and curly quotes aside), and the figure
standing where the passage has its figure is about what that passage's
figure is about:

- the same figure there is a quote of the documented one;
- another figure there ("... in hospitals is £3m over the next two years")
  is the same measure given another value, which the documents contradict.

A passage is indexed under its rarest word, so a sentence costs a handful
of dictionary lookups, whatever the corpus's size; only the few passages
sharing one of the sentence's words are compared in full.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .corpus import Claim, figure_span
from .lazy import regex

__all__ = ["QuoteIndex", "Quoted", "normalised"]

# A passage's own words around its figure must say what the figure is
# and of what: "112" in a table row "2019: 112" says nothing of what is
# counted, and "The service costs £310,000 a year." could be said of any
# service. So the words around the figure must make a clause (four words,
# twenty letters) and name something (a capitalised word past the first)
# or run long enough to be one document's (ten words). Of the 2,157
# curated passages of the shipped corpus and tests/data's sixteen, 81 have
# too few words (table rows and bare lines, most of them) and 168 more
# name nothing in fewer than ten; they are left to the reader.
MIN_WORDS = 4
MIN_LETTERS = 20
UNNAMED_MIN_WORDS = 10
_NAME = regex(r"(?<=.)\b[A-Z]\w")
# How far the figure as the sentence writes it may run past the passage's
# figure ("more than 350" for a curated "350", "£1.4 million" for "£1.4m").
SLACK = 16
# How many words besides its rarest a passage is looked up by (see QuoteIndex.also).
ALSO_WORDS = 3
# A rarest word shared by more passages than this marks a corpus written to
# a template (bench/generate_corpus.py's 100,000 passages share 41, some
# 2,400 each; the seventeen corpora of this repository, at most 6): those
# passages are not looked for, since checking each cost a 100,000-claim
# lookup 3 ms, half its time.
MAX_SHARING = 128

_WORD = regex(r"[^\W\d_]{4,}")
_SPACES = regex(r"\s+")
_SAME = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})


@dataclass(frozen=True)
class Quoted:
    """The documented claim (by index) whose passage a sentence repeats
    around one of its figures, and whether the figure there is the same
    as the documented one as written."""

    claim: int
    same_figure: bool
    start: int  # where the repeated passage stands in the sentence
    end: int


@dataclass
class QuoteIndex:
    """Each indexed passage's claims, under the passage's rarest word."""

    by_word: dict[str, tuple[int, ...]]
    # Each indexed claim's next rarest words, which a sentence repeating its
    # passage holds too: a corpus of like passages shares even its rarest
    # words (a 10,000-claim synthetic corpus has 41, some 300 claims each),
    # and a candidate is decoded only when the sentence has all of them.
    # By claim index, space-separated ("" for a claim not indexed): a list of
    # short strings loads from the cache fast, at any corpus size.
    also: Sequence[str] = field(default_factory=list)
    # Each claim's passage before and after its figure, and the figure, as
    # compared (normalised once: a draft's sentences meet the same passages).
    _parts: dict[int, tuple[str, str, str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, claims: Sequence[Claim]) -> "QuoteIndex":
        spans = [figure_span(c) for c in claims]
        quotable = [i for i, c in enumerate(claims) if (span := spans[i]) is not None and _quotable(c.passage, span)]
        seen: dict[str, int] = {}
        for passage in {claims[i].passage for i in quotable}:
            for word in set(_words(passage)):
                seen[word] = seen.get(word, 0) + 1
        by_word: dict[str, list[int]] = {}
        also = [""] * len(claims)
        for i in quotable:
            rarest = sorted(set(_words(claims[i].passage)), key=lambda w: (seen[w], -len(w), w))[: 1 + ALSO_WORDS]
            by_word.setdefault(rarest[0], []).append(i)
            also[i] = " ".join(rarest[1:])
        return cls({w: tuple(ids) for w, ids in by_word.items()}, also)

    def candidates(self, text: str) -> list[int]:
        """The claims whose passage's rarest word, and next rarest ones, are words of `text`."""
        if not self.by_word:
            return []
        found: set[int] = set()
        held = set(_words(text))
        for word in held:
            sharing = self.by_word.get(word, ())
            if len(sharing) > MAX_SHARING:
                continue  # a template's word, not a passage's own: too many passages to tell apart by words
            found.update(i for i in sharing if held.issuperset(self.also[i].split()))
        return sorted(found)  # in corpus order: the first of two passages quoted alike wins, on every run

    def quoted(self, text: str, spans: Sequence[tuple[int, int]], claims: Iterable[tuple[int, Claim]]) -> dict[int, Quoted]:
        """For each figure of `text` (by its place in `spans`) that stands
        where a documented passage, repeated around it, has its figure: that
        claim. A figure the passage's own figure is written as is preferred."""
        if not spans:
            return {}
        # Most candidates share a word with the sentence, not the passage:
        # they are ruled out on plain text before any offsets are worked out.
        plain = normalised(text)
        parts = [(index, p) for index, claim in claims if (p := self._parts_of(index, claim)) and p[0] in plain and p[1] in plain]
        if not parts:
            return {}
        flat, at = _normalised(text)
        where = [(bisect.bisect_left(at, s), bisect.bisect_left(at, e)) for s, e in spans]
        out: dict[int, Quoted] = {}
        for index, (left, right, own) in parts:
            for fig, (s, e) in enumerate(where):
                region = _between(flat, left, right, s, e, where, own)
                if region is not None:
                    # ("27 minutes" curated, "27" read: the same as written.)
                    same = flat[s:e] == own or region[2] == own
                    if fig not in out or same and not out[fig].same_figure:
                        out[fig] = Quoted(index, same, at[region[0]], at[region[1] - 1] + 1)
        return out

    def _parts_of(self, index: int, claim: Claim) -> tuple[str, str, str] | None:
        if index not in self._parts:
            span = figure_span(claim)
            if span is None:
                return None
            left, right = claim.passage[: span[0]], claim.passage[span[1] :]
            self._parts[index] = (normalised(left).lstrip(), normalised(right).rstrip(), normalised(claim.figure))
        return self._parts[index]


def _between(flat: str, left: str, right: str, s: int, e: int, where: list[tuple[int, int]], own: str = "") -> tuple[int, int, str] | None:
    """Where `left`, the figure at `s`..`e` of `flat` and `right` stand in a
    row, with at most a qualifier or a unit's words between ("more than
    350" for a curated "350") and no other figure, and what stands between
    them; None if they do not. After the figure, only the rest of the
    curated figure's own words ("27 *minutes*" read as "27"): "April 2023
    in Manchester." is not the passage's "April 2023."."""
    p, q = s, e
    found = s
    if left:
        found = flat.rfind(left, max(0, s - SLACK - len(left)), s)
        if found < 0:
            return None
        p = found + len(left)
    if right:
        q = flat.find(right, e, e + SLACK + len(right))
        if q < 0 or flat[e:q].strip() not in own:
            return None
    if any(p <= s2 < q and (s2, e2) != (s, e) for s2, e2 in where):
        return None
    return found, max(q + len(right), e), flat[p:q].strip()


def _quotable(passage: str, span: tuple[int, int]) -> bool:
    around = passage[: span[0]] + " " + passage[span[1] :]
    letters = re.findall(r"[^\W\d_]+", around)
    if len(letters) < MIN_WORDS or sum(map(len, letters)) < MIN_LETTERS:
        return False
    return len(letters) >= UNNAMED_MIN_WORDS or _NAME.search(around.lstrip()) is not None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def normalised(text: str) -> str:
    """`text` as quotes are compared: lower-cased, spaces and quote marks made plain.
    A sentence is a document's own when `normalised(sentence).strip()` is in `normalised(document)`."""
    return _SPACES.sub(" ", text.translate(_SAME)).lower()


def _normalised(text: str) -> tuple[str, list[int]]:
    """`text` lower-cased, its runs of spaces one space and its curly quotes
    and dashes straight, with each character's place in `text`."""
    out: list[str] = []
    at: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_SAME)):
        if ch.isspace():
            if not space:
                out.append(" ")
                at.append(i)
            space = True
            continue
        space = False
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
        at.append(i)
    at.append(len(text))
    return "".join(out), at
