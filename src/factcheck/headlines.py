"""A headline written in capitals, or in title case, read as a sentence.

"TASKFORCE SEIZED 135 KNIVES AT GATWICK IN ONE WEEK", "Mayor Unveils
£45m Fund To Tackle Knife Crime" and a lookup typed all in lower case
("135 knives at gatwick") give no case to tell a name from a word:
every word looks like a name (so "Youth Fund" is taken for a name no
document uses), or none does (so "GATWICK" is not seen as a place). The
reader and the matcher rely on case, so such a claim is first put in the
case a sentence would have:

- a run of words that is a whole documented name is capitalised ("Young
  Londoners Fund", "Operation Winter Nights"), and a short word in
  capitals with no vowel stays so ("VCTF", "NHS");
- a word after a preposition of place ("at", "in", "outside" ...) is
  capitalised, as a place would be ("at Gatwick"), unless it is a word
  every sentence has (a number, a time, "the") or one the documents use
  ("at risk");
- months and days stay capitalised; every other word is lower-cased, and
  the first is capitalised.

Only ASCII letters change case, so every figure keeps its place in the
text, and a result can be shown in the claim's own case.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

from .lazy import regex

# A word, not a magnitude written on a number ("£45m", "3bn").
_WORD = regex(r"(?<![0-9A-Za-z])[A-Za-z][A-Za-z'\u2019]*")
# Words a headline in title case writes capitalised that a sentence never
# would: with one of these mid-sentence, the claim is a headline.
# A word of four letters or more in lower case: most sentences have one early, and are no headline.
_LOWER_LONG = regex(r"(?<![A-Za-z'\u2019])[a-z]{4}")
_TITLE_CASED_SMALL = frozenset("To And For With Of On At As By From Into Over After Before Amid Despite".split())
# The words title case leaves in lower case: articles, short prepositions and conjunctions.
_LOWER_IN_TITLES = frozenset("a an the and but or nor for so yet at by in of on to as up off out via per vs v with from into over".split())
_PLACE_LEAD = frozenset("at in from near outside across throughout beyond around within".split())
_NEVER_A_PLACE = frozenset(
    "the a an its his her their this that one two three four five six seven eight nine ten first last next "
    "week weeks month months year years day days weekend summer winter spring autumn time total".split()
)
_ALWAYS_CAPITALISED = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i".split()
)


def _in_capitals(words: list[str]) -> bool:
    letters = "".join(words)
    return len(words) >= 3 and len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _in_title_case(words: list[str]) -> bool:
    """A small word capitalised mid-sentence ("... Fund To Tackle ..."), or
    every word of four letters or more capitalised ("Mayor Unveils £45m
    Youth Fund") and no other word left in lower case that title case
    would capitalise ("The Violent Crime Taskforce *was set* up in April
    2018" is a sentence, its long words all names)."""
    long = [w for w in words if len(w) >= 4]
    if len(words) >= 4 and any(w in _TITLE_CASED_SMALL for w in words[1:]):
        return True
    return len(long) >= 4 and all(w[:1].isupper() for w in long) and all(w.lower() in _LOWER_IN_TITLES for w in words[1:] if w.islower())


def _in_lower_case(words: list[str]) -> bool:
    """A claim typed all in lower case ("135 knives at gatwick"): no name shows."""
    return len(words) >= 3 and not any(c.isupper() for w in words for c in w)


def is_headline(text: str) -> bool:
    """Whether `text` is a headline in capitals or title case, or typed all
    in lower case. (Asked of every claim: counts first, words only when
    they may tell.)"""
    lowers, uppers = sum(map(str.islower, text)), sum(map(str.isupper, text))
    if uppers == 0 or lowers <= 0.1 * (lowers + uppers):
        words = _WORD.findall(text) if lowers + uppers >= 8 else []
        return bool(words) and (_in_lower_case(words) or _in_capitals(words))
    if uppers < 4:
        return False
    if any(f" {w} " in text for w in _TITLE_CASED_SMALL) or _LOWER_LONG.search(text) is None:
        return _in_title_case(_WORD.findall(text))
    return False


class Names(dict[tuple[str, ...], tuple[str, ...]]):
    """Documented names, as lower-case words, to their words as the
    documents write them; knows the longest's length (in words)."""

    def __init__(self, items: Mapping[tuple[str, ...], tuple[str, ...]]) -> None:
        super().__init__(items)
        self.longest = max(map(len, self), default=0)


def as_sentence(text: str, names: Mapping[tuple[str, ...], tuple[str, ...]], known: Callable[[str], bool] = lambda word: False) -> str | None:
    """`text` in a sentence's case if it `is_headline`; None if it is not
    one. `names` maps each documented name, as lower-case words, to its
    words as the documents write them; `known` says whether a lower-case
    word is one the documents use (then it is no place of another's: "at risk")."""
    if not is_headline(text):
        return None
    found = list(_WORD.finditer(text))
    words = [m.group() for m in found]
    lows = [w.lower() for w in words]
    # In title case a capital is kept where it may be a name: only the
    # documents' own words and the small words lose theirs ("Kent" stays).
    title = not _in_capitals(words) and not _in_lower_case(words)
    keep = _names_in(lows, names)
    out = list(text)
    for k, m in enumerate(found):
        word, low = m.group(), lows[k]
        if k in keep:
            cased = keep[k] if len(keep[k]) == len(word) else word[:1].upper() + low[1:]
        elif _an_acronym(word):
            cased = word
        elif low in _ALWAYS_CAPITALISED or _opens(text, m.start()) or _after_a_place_lead(text, found, lows, k) and not known(low):
            cased = word[:1].upper() + low[1:]
        elif title and not (known(low) or word in _TITLE_CASED_SMALL or low in _NEVER_A_PLACE):
            cased = word
        else:
            cased = low
        out[m.start() : m.end()] = _ascii_only(word, cased)
    return "".join(out)


def _an_acronym(word: str) -> bool:
    """A short word in capitals with no vowel ("VCTF", "NHS"): an acronym in any headline."""
    return 2 <= len(word) <= 5 and word.isupper() and not any(c in "AEIOU" for c in word)


def _opens(text: str, at: int) -> bool:
    """Whether the word at `at` opens the text or a sentence of it."""
    before = text[:at].rstrip(" \"'\u201c\u2018(")
    return not before or before[-1] in ".!?:"


def _names_in(lows: list[str], names: Mapping[tuple[str, ...], tuple[str, ...]]) -> dict[int, str]:
    """The positions of words that make up a whole documented name (the
    longest at each place), each with the word as the documents write it."""
    # (A large corpus has thousands of names: their longest is worked out
    # once where the mapping says it, as `Names` does.)
    longest = names.longest if isinstance(names, Names) else max((len(n) for n in names), default=0)
    kept: dict[int, str] = {}
    k = 0
    while k < len(lows):
        run = next((tuple(lows[k : k + n]) for n in range(min(longest, len(lows) - k), 0, -1) if tuple(lows[k : k + n]) in names), None)
        if run is None:
            k += 1
            continue
        for j, written in enumerate(names[run]):
            kept[k + j] = written
        k += len(run)
    return kept


def _after_a_place_lead(text: str, found: list[re.Match[str]], lows: list[str], k: int) -> bool:
    """Whether word k (of `found`, `lows` in lower case) follows "at", "in" ... (past a "the"), as a place would, and could be one.
    Right after it: not past a number ("in 2024-25, up from 41 in ...": "up" is no place)."""
    if lows[k] in _NEVER_A_PLACE:
        return False
    j = k - 1
    if j >= 0 and lows[j] == "the" and _only_space(text, found[j], found[j + 1]):
        j -= 1
    return j >= 0 and lows[j] in _PLACE_LEAD and _only_space(text, found[j], found[j + 1])


def _only_space(text: str, before: re.Match[str], after: re.Match[str]) -> bool:
    """Whether nothing but space lies between two words."""
    return text[before.end() : after.start()].isspace()


def _ascii_only(word: str, cased: str) -> str:
    """`cased`, but with only ASCII letters changed from `word`: the text keeps its length."""
    return "".join(c if (o.isascii() and o.isalpha()) else o for o, c in zip(word, cased))
