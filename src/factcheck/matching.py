"""Finding what a claim is about: fuzzy subject matching against the corpus.

A figure attached to the wrong subject must never be "supported", so the
matcher asks two questions of each documented claim, and both must answer:

- name recall: how much of the documented subject's name (its subject line
  or one of its aliases) does the claim mention? "Young Londoners Fund" is
  not named by "young Londoners' summer activities", which lacks "fund".
- claim precision: how much of what the claim talks about is in the
  documented claim at all (its names and its passage)? "a new hospital in
  Barnet" is nowhere in the passage about the Met Police's £110m.

Words are weighted by inverse document frequency over the corpus, so the
words every document shares ("London", "Mayor") count for little and the
distinctive ones ("seed", "gang") for a lot. Words are matched exactly or,
for typos, with rapidfuzz's ratio ("violance" -> "violence"). Words the
corpus has never seen carry the highest weight: they are the strongest sign
the claim is about something else.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from dataclasses import dataclass, field

from .corpus import Claim, Corpus

__all__ = ["Matcher", "Match", "tokenize", "DEFAULT_THRESHOLD"]

# Chosen on the labelled claims in tests/data/labelled_claims.yaml with
# bench/threshold.py: the lowest value with no false support (see the README).
DEFAULT_THRESHOLD = 0.6
NAME_WEIGHT = 0.6
PASSAGE_ONLY_WEIGHT = 0.5
NAME_WORDS_NEEDED = 2
# However well a claim names a subject, most of what it says must be found in
# the documented claim: "the Violence Reduction Unit employs 43 staff" names
# the VRU, but nothing documented about the VRU mentions staff.
MIN_PRECISION = 0.5
# A word the corpus never uses weighs this much of the rarest corpus word.
UNKNOWN_WEIGHT = 0.7
PRECISION_IDF_BLEND = 0.5
MAX_SUBJECT_CHARS = 2000
# Candidates examined in full per lookup; the rest are far below any threshold.
MAX_CANDIDATES = 200
# Matches scoring below this are dropped (keeping at least MIN_RESULTS): no
# threshold worth using is this low (bench/threshold.py sweeps from 0.4).
CANDIDATE_FLOOR = 0.3
MIN_RESULTS = 10
# Claims kept per lookup: those sharing the most (weighted) words with it.
CANDIDATE_BUDGET = 400
# Typos are matched only between words this long, this similar, and at most
# one letter apart in length: "london" must not match "londoner".
FUZZY_MIN_LENGTH = 5
FUZZY_CUTOFF = 80.0

_STOPWORDS = frozenset(
    """
    a an the and or but of to in on at by for from with without into onto over under
    as is are was were be been being has have had do does did will would shall should
    can could may might must this that these those it its his her their our your my
    he she they we you i me him them us who whom which what when where why how
    than then there here so such not no nor only also just very more most less least
    about around nearly almost up per each every all any some new further
    s said says say according mr mrs ms dr through get got set extra additional strong single
    latest record worth nearly almost went go goes going gone put puts putting gave give gives
    given giving make makes made take takes took still now then pledged pledge promised unveiled
    unveils unveil announced announces revealed claimed claims backed
    million millions billion billions thousand thousands m bn k pound pounds
    year years month months week weeks day days annually total
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@functools.lru_cache(maxsize=1)
def _stemmer():
    # The English stemmer alone: `import snowballstemmer` loads every language.
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    # The same few thousand words recur across a corpus; Snowball is pure
    # Python and was the largest cost of building the index.
    return _stemmer().stemWord(word)


_FUNDED = re.compile(r"\s*(?:for|to|into|on|towards)\s", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:.!?()]|\s(?:for|to|into|on|in|at|by|with|from|and|across|over|through)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def words(text: str, known: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Content words of `text` as (word, stem): lowercased, accents and
    possessives gone, stop words out. `known` maps words already stemmed
    (a corpus's vocabulary) so a lookup rarely needs the stemmer at all."""
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _POSSESSIVE.sub("", text.lower()).replace("'", "").replace("\u2019", "").replace("\u2018", "")
    raw = [w for w in _WORD.findall(text) if w not in _STOPWORDS and len(w) > 1]
    # Snowball folds "arrested"/"arrests" and "funding"/"fund" together,
    # which rapidfuzz's edit distance alone would not.
    known = known or {}
    stems = [known.get(w) or _stem(w) for w in raw]
    return [(w, s) for w, s in zip(raw, stems) if s not in _STOPWORDS]


def tokenize(text: str) -> list[str]:
    """The stems of `text`'s content words."""
    return [s for _, s in words(text)]


_CAPITALISED = re.compile(r"[A-Z][\w\u2019'&-]*")


def proper_names(text: str) -> list[tuple[str, ...]]:
    """Runs of two or more capitalised words ("London Gang Exit"), lowercased,
    possessives and stop words dropped."""
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    for token in re.finditer(r"\S+", text):
        word = token.group().strip(".,;:!?()[]\"“”‘’")
        bare = _POSSESSIVE.sub("", word)
        if _CAPITALISED.fullmatch(bare) and bare.lower() not in _STOPWORDS:
            current.append(bare.lower())
            if bare != word or word != token.group():
                runs.append(tuple(current)) if len(current) > 1 else None
                current = []
            continue
        if len(current) > 1:
            runs.append(tuple(current))
        current = []
    if len(current) > 1:
        runs.append(tuple(current))
    return runs


@functools.lru_cache(maxsize=100_000)
def _same_word(a: str, b: str) -> bool:
    """Equal, a typo of each other ("Exti", "Taskforse"), or one written as
    part of the other ("Task Force" and "Taskforce")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4:
        return False
    from rapidfuzz import fuzz

    if fuzz.ratio(a, b) >= 75:
        return True
    return len(long_) >= len(short) + 3 and fuzz.partial_ratio(short, long_) >= 85


def _swapped(c: tuple[str, ...], d: tuple[str, ...]) -> bool:
    """Each name has a word the other lacks: "Manchester Gang Exit" / "London Gang Exit"."""
    return any(not any(_same_word(x, y) for y in d) for x in c) and any(not any(_same_word(y, x) for x in c) for y in d)


def _inserted(c: tuple[str, ...], d: tuple[str, ...]) -> bool:
    """The claim's name puts a word inside the documented one: "Community
    Garden Seed Fund" / "Community Seed Fund". (Words added at either end,
    "London Gang Exit Programme", are tolerated.)"""
    matched = [i for i, x in enumerate(c) if any(_same_word(x, y) for y in d)]
    if len(matched) < 2:
        return False
    return any(not any(_same_word(c[i], y) for y in d) for i in range(matched[0] + 1, matched[-1]))


def _substitution(claim_names: list[tuple[str, ...]], documented: list[tuple[str, ...]]) -> tuple[str, str] | None:
    """A proper name of the claim that shares words with the documented names
    but swaps one of them, against every documented name it overlaps."""
    for c in claim_names:
        overlapping = [d for d in documented if any(_same_word(x, y) for x in c for y in d)]
        if not overlapping:
            continue
        clashes = [d for d in overlapping if _swapped(c, d) or _inserted(c, d)]
        if len(clashes) == len(overlapping):
            return " ".join(c).title(), " ".join(clashes[0]).title()
    return None


@dataclass(frozen=True)
class _Why:
    """What a match's explanation and proper-name check need; evaluated lazily."""

    name_tokens: tuple[str, ...]
    mapped: frozenset[str]
    tokens: tuple[str, ...]
    resolved: dict  # claim stem -> (corpus stem, similarity)
    vocabulary: frozenset[str]  # the documented claim's words
    claim_names: tuple[tuple[str, ...], ...]
    documented_names: tuple[tuple[str, ...], ...]


@dataclass
class Match:
    """How well a claim's subject matches one documented claim."""

    claim: Claim
    score: float
    name_recall: float
    precision: float
    name: str  # the subject or alias that matched best
    why: _Why = field(repr=False, compare=False)

    @functools.cached_property
    def missing_from_claim(self) -> tuple[str, ...]:
        """Words of the best name that the claim lacks."""
        return tuple(t for t in dict.fromkeys(self.why.name_tokens) if t not in self.why.mapped)

    @functools.cached_property
    def unknown_to_corpus(self) -> tuple[str, ...]:
        """Words of the claim this documented claim lacks."""
        why = self.why
        return tuple(t for t in why.tokens if not (why.resolved[t][1] > 0 and why.resolved[t][0] in why.vocabulary))

    @functools.cached_property
    def substitution(self) -> tuple[str, str] | None:
        """(the claim's proper name, the documents') when the claim swaps or
        inserts a word of a documented name: "Manchester Gang Exit" for
        "London Gang Exit", "Operation Summer Nights" for "Operation Winter Nights"."""
        why = self.why
        if not why.claim_names or not why.documented_names:
            return None
        # Quick exit: names sharing no word exactly (the common case) cannot
        # clash unless by a typo, which needs a word of similar length.
        claim_words = {w for n in why.claim_names for w in n}
        documented_words = {w for n in why.documented_names for w in n}
        if not claim_words & documented_words and not any(
            abs(len(a) - len(b)) <= 3 and a[:1] == b[:1] for a in claim_words for b in documented_words
        ):
            return None
        return _substitution(list(why.claim_names), list(why.documented_names))

    def accepts(self, threshold: float, min_precision: float) -> bool:
        # Cheap tests first: the proper-name check runs only for contenders.
        return self.score >= threshold and self.precision >= min_precision and self.substitution is None

    def why_rejected(self, threshold: float, min_precision: float) -> str:
        if self.substitution is not None:
            return f"the claim names {self.substitution[0]!r} where the documents name {self.substitution[1]!r}"
        if self.score < threshold:
            parts = [f"score {self.score:.2f} < {threshold:.2f}"]
        else:
            parts = [f"only {self.precision:.0%} of the claim's words are found there, {min_precision:.0%} needed"]
        if self.missing_from_claim:
            parts.append(f"the claim does not mention {', '.join(repr(w) for w in self.missing_from_claim)} of {self.name!r}")
        if self.unknown_to_corpus:
            parts.append(f"the documents say nothing of {', '.join(repr(w) for w in self.unknown_to_corpus)} here")
        return "; ".join(parts)


@dataclass
class _Entry:
    claim: Claim
    names: list[tuple[str, list[str]]]  # (name, tokens)
    name_vocabulary: frozenset[str]  # tokens of the subject and aliases
    vocabulary: frozenset[str]  # tokens of names and passage
    proper_names: list[tuple[str, ...]]  # capitalised runs of the subject and aliases


@dataclass
class Matcher:
    """An index of a corpus for subject matching. Build once, query many times.

    Scores are accumulated from posting lists (word -> the claims and names
    that hold it), so a lookup costs in proportion to how often the claim's
    words occur in the corpus, not to the corpus size; only the best few
    hundred candidates are then examined in full.
    """

    corpus: Corpus
    name_weight: float = NAME_WEIGHT
    entries: list[_Entry] = field(default_factory=list)
    idf: dict[str, float] = field(default_factory=dict)
    max_idf: float = 1.0
    # word -> entries holding it in a name, and entries holding it only in the passage
    in_names: dict[str, list[int]] = field(default_factory=dict)
    in_passage_only: dict[str, list[int]] = field(default_factory=dict)
    # word -> names holding it; each name: (entry index, denominator)
    name_postings: dict[str, list[int]] = field(default_factory=dict)
    name_entry: list[int] = field(default_factory=list)
    name_total: list[float] = field(default_factory=list)
    first_name: list[int] = field(default_factory=list)  # entry -> id of its first name
    by_length: dict[int, list[str]] = field(default_factory=dict)  # surface words by length
    stem_of: dict[str, str] = field(default_factory=dict)  # surface word -> stem
    index_of: dict[str, int] = field(default_factory=dict)  # claim id -> entry

    @classmethod
    def build(cls, corpus: Corpus, name_weight: float = NAME_WEIGHT) -> "Matcher":
        m = cls(corpus, name_weight)
        df: dict[str, int] = {}
        for idx, claim in enumerate(corpus.claims):
            m.index_of[claim.id] = idx
            for text in (*claim.names, claim.passage):
                for word, stem in words(text):
                    m.stem_of.setdefault(word, stem)
            names = [(name, tokenize(name)) for name in claim.names]
            name_vocab = frozenset(t for _, toks in names for t in toks)
            vocab = name_vocab | frozenset(tokenize(claim.passage))
            proper = [run for name in claim.names for run in proper_names(name)]
            m.entries.append(_Entry(claim, names, name_vocab, vocab, proper))
            for tok in vocab:
                df[tok] = df.get(tok, 0) + 1
                (m.in_names if tok in name_vocab else m.in_passage_only).setdefault(tok, []).append(idx)
        n = max(1, len(corpus.claims))
        m.idf = {tok: math.log(1 + n / count) for tok, count in df.items()}
        m.max_idf = math.log(1 + n)
        for idx, entry in enumerate(m.entries):
            m.first_name.append(len(m.name_entry))
            for _, name_tokens in entry.names:
                name_id = len(m.name_entry)
                m.name_entry.append(idx)
                # A long descriptive subject is named by its most distinctive
                # words; an editor never repeats all of them.
                weights = sorted((m.weight(t) for t in set(name_tokens)), reverse=True)
                m.name_total.append(sum(weights[:NAME_WORDS_NEEDED]))
                for tok in set(name_tokens):
                    m.name_postings.setdefault(tok, []).append(name_id)
        for word in m.stem_of:
            m.by_length.setdefault(len(word), []).append(word)
        return m

    def _resolve(self, pairs: list[tuple[str, str]]) -> dict[str, tuple[str, float]]:
        """Each claim stem -> (corpus stem, similarity); unknown words map to themselves at 0.

        Typos are matched on the surface word, before stemming mangles them
        ("investmnet" is one transposition from "investment").
        """
        out: dict[str, tuple[str, float]] = {}
        for word, stem in pairs:
            if stem in out and out[stem][1] > 0:
                continue
            if stem in self.idf:
                out[stem] = (stem, 1.0)
                continue
            best: tuple[str, float] = (stem, 0.0)
            if len(word) >= FUZZY_MIN_LENGTH:
                from rapidfuzz import fuzz, process  # only when a word needs it


                pool = [w for L in (len(word) - 1, len(word), len(word) + 1) for w in self.by_length.get(L, ())]
                hit = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
                if hit is not None:
                    best = (self.stem_of[hit[0]], hit[1] / 100.0)
            out[stem] = best
        return out

    def names_vocabulary_of(self, claim: Claim) -> frozenset[str]:
        return self.entries[self.index_of[claim.id]].name_vocabulary

    def counted_word(self, text_after: str) -> tuple[str, str] | None:
        """What a count counts: the first content word after it ("43 staff"),
        as (word, corpus stem); None when nothing follows."""
        pairs = words(text_after[:80], self.stem_of)
        if not pairs:
            return None
        word, stem = pairs[0]
        resolved = self._resolve([(word, stem)])[stem]
        return word, resolved[0]

    def funded_word(self, text_after: str) -> tuple[str, str | None] | None:
        """What money is said to be for: the "for/to/into/on ..." phrase right
        after it, up to the next preposition or punctuation, by its head word:
        (word, corpus stem, or None if the corpus never uses it); None when no
        such phrase follows."""
        lead = _FUNDED.match(text_after)
        if not lead:
            return None
        phrase = _PHRASE_END.split(text_after[lead.end() : lead.end() + 80], 1)[0]
        pairs = words(phrase, self.stem_of)
        if not pairs:
            return None
        # The head of an English noun phrase is its last word: a rescue *helicopter*.
        word, stem = pairs[-1]
        corpus_stem, sim = self._resolve([(word, stem)])[stem]
        return word, (corpus_stem if sim > 0 else None)

    @property
    def unknown_weight(self) -> float:
        return self.max_idf * UNKNOWN_WEIGHT

    def _precision_weight(self, token: str | None) -> float:
        """How much a claim word counts when asking "is the claim about this?".

        IDF blended with a flat weight: a subject's own name words are common
        in a corpus about it, and pure IDF would let two stray words outweigh
        the whole name.
        """
        w = self.weight(token) if token is not None else self.unknown_weight
        return PRECISION_IDF_BLEND * w / self.max_idf + (1 - PRECISION_IDF_BLEND)

    def weight(self, token: str) -> float:
        return self.idf.get(token, self.unknown_weight)

    def match(self, subject: str, limit: int = MAX_CANDIDATES) -> list[Match]:
        """Documented claims sharing a word with `subject`, best first (at most `limit`)."""
        # What a claim is about is said in its first few hundred characters;
        # the cap keeps a hostile megabyte-long "claim" as cheap as a real one.
        subject = subject[:MAX_SUBJECT_CHARS]
        pairs = list(dict.fromkeys(words(subject, self.stem_of)))
        claim_names = list(dict.fromkeys(proper_names(subject)))
        tokens = list(dict.fromkeys(stem for _, stem in pairs))
        if not tokens:
            return []
        resolved = self._resolve(pairs)
        mapped = {resolved[t][0]: resolved[t][1] for t in tokens if resolved[t][1] > 0}
        claim_weight = sum(self._precision_weight(resolved[t][0]) if resolved[t][1] > 0 else self._precision_weight(None) for t in tokens)
        covered: dict[int, float] = {}
        for t in tokens:
            word, sim = resolved[t]
            if sim <= 0:
                continue
            w = self._precision_weight(word) * sim
            for idx in self.in_names.get(word, ()):
                covered[idx] = covered.get(idx, 0.0) + w
            # A word only in the passage is weaker evidence: one passage
            # often holds several figures about different things.
            half = w * PASSAGE_ONLY_WEIGHT
            for idx in self.in_passage_only.get(word, ()):
                covered[idx] = covered.get(idx, 0.0) + half
        if len(covered) > CANDIDATE_BUDGET:
            # In a large corpus, score in full only the claims that share the
            # most with this one, not every claim that says "fund".
            keep = heapq.nlargest(CANDIDATE_BUDGET, covered, key=covered.__getitem__)
            covered = {idx: covered[idx] for idx in keep}
        got: dict[int, float] = {}
        for word, sim in mapped.items():
            w = self.weight(word) * sim
            for name_id in self.name_postings.get(word, ()):
                if self.name_entry[name_id] in covered:
                    got[name_id] = got.get(name_id, 0.0) + w
        recall: dict[int, tuple[float, int]] = {}
        for name_id in sorted(got):
            total = self.name_total[name_id]
            r = min(1.0, got[name_id] / total) if total else 0.0
            e = self.name_entry[name_id]
            if e not in recall or r > recall[e][0]:
                recall[e] = (r, name_id)
        scored = []
        for idx, cov in covered.items():
            precision = cov / claim_weight if claim_weight else 0.0
            r = recall.get(idx, (0.0, -1))[0]
            score = self.name_weight * r + (1 - self.name_weight) * precision
            scored.append((-score, -precision, self.entries[idx].claim.id, idx))
        best = [(-neg_score, -neg_precision, idx) for neg_score, neg_precision, _, idx in heapq.nsmallest(limit, scored)]
        # Far-off candidates are only ever shown as "closest" when nothing
        # better exists; a handful of them is enough.
        keep = [c for c in best if c[0] >= CANDIDATE_FLOOR]
        best = keep if len(keep) >= MIN_RESULTS else best[:MIN_RESULTS]
        matches = []
        token_tuple = tuple(tokens)
        mapped_words = frozenset(mapped)
        names_tuple = tuple(claim_names)
        for score, precision, idx in best:
            entry = self.entries[idx]
            r, name_id = recall.get(idx, (0.0, -1))
            if name_id >= 0:
                name, name_tokens = entry.names[name_id - self.first_name[idx]]
            else:
                name, name_tokens = entry.names[0]
            why = _Why(tuple(name_tokens), mapped_words, token_tuple, resolved, entry.vocabulary, names_tuple, tuple(entry.proper_names))
            matches.append(Match(entry.claim, score, r, precision, name, why))
        return matches
