"""Draft claims from a document: `factcheck extract`.

Every figure the parser reads in the document becomes a draft claim with its
sentence as the verbatim passage and the parser's own reading (value, unit,
qualifier, period), so a draft passes `validate` as written and the
curator's work is review, not typing. The topic is the one the checker
itself would judge the figure under (so the round trip holds); when no topic
of the corpus matches, a new slug is made from the programme named nearby.
Where a reading is uncertain the draft says so in a `# review:` comment.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .checking import Checker
from .corpus import Claim, normalise_text
from .figures import Figure, parse_figures, text_without
from .scanning import split_sentences
from .sources_admin import Dateline, slug_from

__all__ = ["Draft", "Extraction", "Skipped", "drafts_yaml", "extract", "new_drafts"]

# Words either side of a figure that say what it is about, when the clause
# names nothing better; six is about a short clause's worth.
WINDOW_WORDS = 6
# A new topic slug from more words than this is a sentence, not a name.
SLUG_WORDS = 4
# A dateline sentence is the date and a few words ("Tuesday 3 March 2026",
# "LONDON, 3 March 2026 -"); a longer sentence holding that date is news.
DATELINE_SENTENCE_WORDS = 8
# Topic scores closer than this are a close call worth a review; the
# checker's own sense of "equally plausible" topics.
TOPIC_CLOSE_CALL = 0.1
_STOP = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "over", "under", "into", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "this", "that", "these", "those", "which", "who", "whom", "its", "it", "their", "his", "her", "our", "we", "they", "he", "she", "so", "than", "more", "less", "up", "now", "also", "already", "since", "about", "around", "nearly", "almost", "some", "each", "every", "per", "between", "during", "until", "after", "before", "who", "what", "when", "where", "while", "not", "no", "said", "says"]
)
# Proper names that say who speaks, not what a figure is about.
_SPEAKERS = frozenset({"mayor", "mayor of london", "city hall", "london", "the mayor", "deputy mayor", "press release", "notes to editors"})
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’-]*)*")
_SEPARATOR = re.compile(r";|,\s|\s(?:and|but|while|whereas|plus)\s")
# "the fund", "the pilot": a programme named earlier in the document.
_REFERENCE = re.compile(r"\bthe\s+(fund|programme|program|pilot|scheme|strategy|project|plan|initiative|campaign)\b", re.IGNORECASE)
_EACH_YEAR = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+)?(?:each|every)\s+(?:of\s+the\s+)?(?:\w+\s+){0,2}?years?\b", re.IGNORECASE)
_THIS_PERIOD = re.compile(r"\b(this|last|next)\s+(financial\s+)?year\b", re.IGNORECASE)
# "the £45m Young Londoners Fund": money naming a fund's size is its total.
_FUND_NAMED = re.compile(r"^\s+[\u2018\u201c'\"]?(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){0,8}?(?:Fund|Funds)\b")
_RATE_AFTER_NOUN = re.compile(r"^\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:a|an|per|each|every)\s+(year|month|week|day)\b", re.IGNORECASE)
_PROPORTION = re.compile(r"^\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
_PROPORTION_TEXT = re.compile(r"(\S+(?:\s\S+)?)\s+(?:in|out\s+of)\s+(\S+(?:\s\S+)?)", re.IGNORECASE)
_PROGRAMME_WORD = re.compile(
    r"\b(?:Fund|Funds|Programme|Program|Scheme|Plan|Strategy|Pilot|Project|Initiative|Unit|Service|Services|Taskforce|Task Force|Network|Partnership|Campaign|Centre|Centres|Hubs?|Operation)\b"
)
_BULLET = re.compile(r"^[-*\u2022]\s+")
_ONE_IN = re.compile(r"\b(?:one|a)\s+in\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    """A claim as drafted, with what the curator should review."""

    id: str
    topic: str
    subject: str
    figure: str
    value: Decimal | str
    unit: str
    qualifier: str
    period: str | None
    source: str
    passage: str
    line: int
    new_topic: bool
    topic_score: float | None = None
    runner_up: tuple[str, float] | None = None
    reviews: tuple[str, ...] = ()
    also_at: tuple[int, ...] = ()  # lines where the same figure was merged in

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "topic": self.topic,
            "subject": self.subject,
            "figure": self.figure,
            "value": _json_value(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "period": self.period,
            "source": self.source,
            "passage": self.passage,
            "line": self.line,
            "new_topic": self.new_topic,
            "topic_score": None if self.topic_score is None else round(self.topic_score, 3),
            "runner_up": None if self.runner_up is None else {"topic": self.runner_up[0], "score": round(self.runner_up[1], 3)},
            "review": list(self.reviews),
            "also_at_lines": list(self.also_at),
        }


@dataclass(frozen=True)
class Skipped:
    """A figure of the text that is not drafted as a claim, and why."""

    figure: str
    line: int
    reason: str

    def to_dict(self) -> dict:
        return {"figure": self.figure, "line": self.line, "reason": self.reason}


@dataclass(frozen=True)
class Extraction:
    source: str
    drafts: tuple[Draft, ...]
    skipped: tuple[Skipped, ...] = ()
    already_claimed: int = 0

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "drafts": [d.to_dict() for d in self.drafts],
            "skipped": [s.to_dict() for s in self.skipped],
            "already_claimed": self.already_claimed,
        }


@dataclass
class _Context:
    """What reading the document so far tells about the next sentence."""

    names: list[str] = field(default_factory=list)  # programmes named, latest last


def extract(text: str, source_id: str, checker: Checker, dateline: Dateline | None = None, existing: list[Claim] | None = None) -> Extraction:
    """Draft a claim for every figure of `text` (the document `source_id`)."""
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    context = _Context()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for sentence in split_sentences(text, _paragraph_breaks(text)):
        # A list item's bullet is not part of what it says.
        passage = _BULLET.sub("", " ".join(text[sentence.start : sentence.end].split()), count=1)
        line = _line_of(line_starts, sentence.start)
        for item in _read_sentence(passage, line, source_id, checker, dateline, context):
            if isinstance(item, Draft):
                drafts.append(item)
            else:
                skipped.append(item)
        context.names += [n for n in _names(passage) if n.lower() not in _SPEAKERS and _is_programme(n, passage)]
    merged = _merge(drafts)
    fresh = new_drafts(merged, existing or [])
    taken = {c.id for c in checker.corpus.claims}
    return Extraction(source_id, tuple(_with_ids(fresh, taken)), tuple(skipped), len(merged) - len(fresh))


def _read_sentence(passage: str, line: int, source_id: str, checker: Checker, dateline: Dateline | None, context: _Context) -> list[Draft | Skipped]:
    """A draft for each figure of one sentence, or why it is skipped."""
    figures, proportions = _without_proportions(passage, parse_figures(passage))
    figures, ranges = _leading_range_as_period(figures)
    out: list[Draft | Skipped] = [Skipped(r.text, line, f"{r.text!r} opens the sentence and is read as the period of {f.text}; check it there") for r, f in ranges]
    ranged = {f.start for _, f in ranges}
    for clause, lead, fig, offset in _clauses(passage, figures):
        if dateline is not None and dateline.as_written in passage and len(passage.split()) <= DATELINE_SENTENCE_WORDS:
            what = "the document's dateline" if fig.text == dateline.as_written else f"part of the document's dateline {dateline.as_written!r}"
            out.append(Skipped(fig.text, line, f"{fig.text!r} is {what}, recorded as the source's date in sources/index.yaml"))
            continue
        if _numbers_a_list_item(passage, offset + fig.start, offset + fig.end, fig):
            out.append(Skipped(fig.text, line, f"{fig.text!r} numbers a list item"))
            continue
        cited = _own_passage(passage, offset, offset + fig.start, fig.text)
        draft = _draft(checker, source_id, cited, clause, lead, fig, line, context)
        notes = []
        if offset + fig.start in ranged:
            notes.append(f"period {fig.period!r} read from the years that open the sentence")
        if cited != passage:
            notes.append(f"passage starts at the figure's clause: {fig.text!r} also stands earlier in the sentence, inside another figure")
        if fig.unit == "percent" and any(p.text == fig.text for p in proportions):
            notes.append(f"{fig.text!r} read as a proportion ({fig.json_value()}%); the checker reads it in a claim as two counts, so the round trip will not find it")
        out.append(replace(draft, reviews=(*draft.reviews, *notes)))
    return out


def new_drafts(drafts: list[Draft], existing: list[Claim]) -> list[Draft]:
    """Drafts not already recorded: the same figure in the same passage."""
    recorded = {(normalise_text(c.passage), c.figure) for c in existing}
    return [d for d in drafts if (normalise_text(d.passage), d.figure) not in recorded]


def _paragraph_breaks(text: str) -> set[int]:
    """Blank lines, and lines starting a list item, end a sentence: a
    headline or a bullet has no full stop of its own."""
    breaks = {m.start() for m in re.finditer(r"\n[ \t]*\n", text)}
    breaks |= {m.start() + 1 for m in re.finditer(r"\n[ \t]*(?:[-*\u2022]|\d+[.)])\s", text)}
    return breaks


def _line_of(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset)


def _whole_count(text: str) -> Decimal | None:
    if text.strip().lower() in ("one", "a"):
        return Decimal(1)  # "one in five": the parser reads "one" only beside other numbers
    figures = parse_figures(text)
    if len(figures) != 1 or figures[0].unit != "count" or figures[0].text != text.strip():
        return None
    value = figures[0].value
    return value if isinstance(value, Decimal) else None


def read_proportion(text: str) -> Decimal | None:
    """'nine in ten', 'one in five', '3 out of 4' -> a percentage, to one
    decimal place; None when `text` is not a proportion. The parser reads
    the two numbers as counts."""
    m = _PROPORTION_TEXT.fullmatch(text.strip())
    if m is None:
        return None
    part, whole = _whole_count(m.group(1)), _whole_count(m.group(2))
    if part is None or whole is None or whole <= 0 or part > whole:
        return None
    percent = (part / whole * 100).quantize(Decimal("0.1"))
    return percent.to_integral_value() if percent == percent.to_integral_value() else percent


def _without_proportions(passage: str, figures: list[Figure]) -> tuple[list[Figure], list[Figure]]:
    """'nine in ten' and 'one in five' are one figure (a proportion, in
    percent), not counts."""
    out, proportions = [], []
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        span = None
        if b is not None and a.unit == b.unit == "count" and _PROPORTION.match(passage[a.end : b.start]):
            span = (a.start, b.end, 2)
        elif a.unit == "count":
            one = _ONE_IN.search(passage, max(0, a.start - 12), a.start)
            if one is not None:
                span = (one.start(), a.end, 1)
        value = read_proportion(passage[span[0] : span[1]]) if span else None
        if span is not None and value is not None:
            proportion = Figure(passage[span[0] : span[1]], span[0], span[1], value, "percent", precision=Decimal("0.1"))
            out.append(proportion)
            proportions.append(proportion)
            i += span[2]
            continue
        out.append(a)
        i += 1
    return out, proportions


def _leading_range_as_period(figures: list[Figure]) -> tuple[list[Figure], list[tuple[Figure, Figure]]]:
    """"Between 2022 and 2025, the office spent £18.5m": a range of years
    opening the sentence is the period of the first amount after it, as the
    parser makes "£18.5m between 2022 and 2025" its period."""
    if len(figures) < 2 or figures[0].unit != "date" or not re.fullmatch(r"\d{4}/\d{4}", str(figures[0].value)):
        return figures, []
    span = figures[0]
    amount = next((f for f in figures[1:] if f.kind in ("money", "count")), None)
    if amount is None or amount.period is not None:
        return figures, []
    first, last = str(span.value).split("/")
    with_period = replace(amount, period=f"{first}-{last}")
    return [with_period if f is amount else f for f in figures[1:]], [(span, with_period)]


def _clauses(passage: str, figures: list[Figure]) -> list[tuple[str, str, Figure, int]]:
    """(clause, the sentence's words before its first clause, figure with its
    span in the clause, where the clause starts in the sentence) for each
    figure, the clause cut at separators between it and its neighbours."""
    out = []
    for i, fig in enumerate(figures):
        start, end = 0, len(passage)
        if i > 0:
            seps = list(_SEPARATOR.finditer(passage, figures[i - 1].end, fig.start))
            start = seps[-1].end() if seps else 0
        if i + 1 < len(figures):
            seps = list(_SEPARATOR.finditer(passage, fig.end, figures[i + 1].start))
            end = seps[0].start() if seps else len(passage)
        lead = passage[: figures[0].start] if start > 0 else ""
        shifted = replace(fig, start=fig.start - start, end=fig.end - start)
        out.append((passage[start:end], lead, shifted, start))
    return out


def _own_passage(passage: str, clause_start: int, at: int, figure: str) -> str:
    """The passage to cite for the figure at `at`: the sentence, unless the
    figure's text stands earlier in it ("2" inside "£2m"), where validation
    would read that one; then the sentence from the figure's clause on, or
    from just after the earlier occurrence."""
    if passage.find(figure) == at:
        return passage
    for cut in (clause_start, passage.rfind(figure, 0, at) + len(figure)):
        while 0 < cut < at and not passage[cut - 1].isspace():
            cut += 1
        tail = passage[cut:]
        if 0 <= cut <= at and tail.find(figure) == at - cut:
            return tail.strip()
    return passage


def _numbers_a_list_item(passage: str, start: int, end: int, fig: Figure) -> bool:
    """'1. The fund is...': the number of a numbered list item, not a figure."""
    return start == 0 and fig.unit == "count" and passage[end : end + 1] in (".", ")") and passage[end + 1 : end + 2] in ("", " ")


def _names(text: str) -> list[str]:
    """Runs of capitalised words (a programme, a place), sentence-initial
    words alone excepted."""
    names = []
    for m in _NAME_RUN.finditer(text):
        name = m.group(0)
        if " " not in name:
            continue
        words = name.split()
        while words and words[0].lower() in {"the", "a", "an", "its", "his", "her", "our"}:
            words = words[1:]
        while words and words[-1].lower() in {"of", "for", "and", "the", "on"}:
            words = words[:-1]
        if len(words) >= 2:
            names.append(" ".join(words))
    return names


# The share of a documented name's distinctive words a sentence must give
# to be filed under that name's topic (all of them).
NAMED_IN_FULL = 0.99


def _draft(checker: Checker, source_id: str, passage: str, clause: str, lead: str, fig: Figure, line: int, context: _Context) -> Draft:
    reviews: list[str] = []
    if fig.kind in ("proportion", "fraction") and isinstance(fig.value, Decimal):
        # "nine in ten" is recorded as the percentage the documents' other
        # shares are written in, so that the two compare.
        fig = replace(fig, value=(fig.value * 100).quantize(Decimal("0.1")).normalize(), unit="percent", category=None)
        reviews.append(f"{fig.text!r} is a proportion, recorded in percent")
    period = fig.period
    if period is None and fig.unit != "date" and fig.kind != "duration":
        period = _period_after(clause[fig.end :], fig)
        if period is not None:
            reviews.append(f"period {period!r} read from the words after the figure; the parser gives none")
    subject_words = text_without(clause, [fig])
    if lead.strip():
        subject_words = f"{' '.join(lead.split())} {subject_words}"
    result = checker.check_figures(clause, [fig], subject_words)
    topic = result.figures[0].topic if result.figures else None
    if topic is None:
        window = _window(clause, fig)
        narrower = checker.check_figures(clause, [fig], window)
        topic = narrower.figures[0].topic if narrower.figures else None
    if topic is not None and not any(checker.documented(i).kind == fig.kind for i in checker.matcher.topic_indices(topic)):
        # The words match a topic that holds no figure of this kind ("the
        # documents speak of X but give no money figure for it"): too weak
        # a reason to file this figure under it.
        reviews.append(f"the words match topic {topic}, which holds no {fig.kind} figure; filed under a new topic instead")
        topic = None
    matches = checker.matcher.match(subject_words)
    if topic is not None and not any(m.topic == topic and m.name_recall >= NAMED_IN_FULL and m.names_in_full for m in matches):
        # A new document's figure joins a topic only when its sentence names
        # the documented thing in full: "The fund will make £6m a year
        # available" may be any fund, and a curator would file it anew.
        reviews.append(f"the words resemble topic {topic}, but the sentence does not name it; filed under a new topic instead")
        topic = None
    runner_up = next(((m.topic, m.score) for m in matches if m.topic != topic), None)
    figure_text = fig.text
    if topic is not None:
        scored = [m for m in matches if m.topic == topic]
        score = scored[0].score if scored else None
        documented = next(checker.matcher.claim(i) for i in checker.matcher.topic_indices(topic))
        reviews.append(f"topic from the corpus (its claims say {documented.subject!r}); check this figure measures the same thing")
        if score is not None and runner_up is not None and score - runner_up[1] < TOPIC_CLOSE_CALL:
            reviews.append(f"close call: {runner_up[0]} scores {runner_up[1]:.2f} against {score:.2f}")
        return Draft("", topic, documented.subject, figure_text, fig.value, fig.unit, fig.qualifier, period, source_id, passage, line, False, score, runner_up, tuple(reviews))
    subject, slug = _new_subject(passage, clause, fig, context)
    reviews.append("new topic: no topic of the corpus matches; check the subject and topic")
    return Draft("", slug, subject, figure_text, fig.value, fig.unit, fig.qualifier, period, source_id, passage, line, True, None, runner_up, tuple(reviews))


def _period_after(after: str, fig: Figure) -> str | None:
    """Periods the parser leaves to the reader: '£2.5m ... this year', 'seven nights a week'."""
    if fig.kind == "money" and _EACH_YEAR.match(after):
        return "per year"
    this = _THIS_PERIOD.search(after)
    if this and fig.kind == "money":
        return f"{this.group(1).lower()} year"
    if fig.kind == "money" and _FUND_NAMED.match(after):
        return "total"
    rate = _RATE_AFTER_NOUN.match(after)
    if rate and fig.kind == "count":
        return f"per {rate.group(1).lower()}"
    return None


def _window(clause: str, fig: Figure, reach: int = WINDOW_WORDS) -> str:
    before = re.findall(r"[\w'’-]+", clause[: fig.start])[-reach:]
    after = re.findall(r"[\w'’-]+", clause[fig.end :])[:reach]
    return " ".join(before + after)


def _content_words(clause: str, fig: Figure, exclude: set[str]) -> list[str]:
    """Up to two words either side of the figure that carry meaning, nearest first."""
    def keep(words: list[str]) -> list[str]:
        return [w for w in words if w not in _STOP and w not in exclude][:2]

    before = keep(re.findall(r"[a-z]+", clause[: fig.start].lower())[::-1][:WINDOW_WORDS])[::-1]
    after = keep(re.findall(r"[a-z]+", clause[fig.end :].lower())[:WINDOW_WORDS])
    return before + after


def _counted(after: str) -> str:
    """What a count counts: the words right after it ('12 boroughs', '4,000 young people')."""
    words = []
    for word in re.findall(r"[^\W\d_][\w'’-]*|\S", after)[:3]:
        if not word[0].isalpha() or word.lower() in _STOP:
            break
        words.append(word)
    return " ".join(words)


def _nearest_name(text: str, at: int, context: _Context) -> str | None:
    """The programme named nearest `at` in `text`, or the one "the fund"
    there refers back to."""
    # A programme's name ("Young Londoners Fund", "Rescue and Response
    # scheme"), never a person's or a place's ("Sadiq Khan").
    programmes = [n for n in _names(text) if n.lower() not in _SPEAKERS and _is_programme(n, text)]
    if programmes:
        return min(programmes, key=lambda n: abs(text.find(n) - at))
    ref = _REFERENCE.search(text)
    if ref is not None:
        return next((n for n in reversed(context.names) if n.lower().endswith(ref.group(1).lower())), None)
    return None


def _is_programme(name: str, text: str) -> bool:
    if _PROGRAMME_WORD.search(name):
        return True
    after = text[text.find(name) + len(name) :]
    return bool(re.match(r"\s+(?:fund|programme|program|scheme|plan|strategy|pilot|project|initiative|unit|service|taskforce|network|partnership|campaign)\b", after))


def _new_subject(passage: str, clause: str, fig: Figure, context: _Context) -> tuple[str, str]:
    """(subject, topic slug) for a figure no topic of the corpus matches.

    Money named with its programme in its own clause ("the £18m Lantern
    Fund", "the fund will make £6m a year") is that programme's topic, its
    measures told apart by period; anything else gets the programme's name
    and the words around the figure, so that different measures of one
    programme do not become one topic by accident."""
    direct = _nearest_name(clause, fig.start, context)
    name = direct or _nearest_name(passage, passage.find(clause) + fig.start, context)
    what = _counted(clause[fig.end :]) if fig.kind in ("count", "percent") else ""
    if direct and fig.kind == "money":
        return direct, slug_from(direct)
    if name and what:
        return f"{name}: {what}", slug_from(f"{name} {what}")
    if what:
        # "4,000 young people are expected to use the hubs": what is
        # counted, and what is said of it.
        said = re.findall(r"[\w'’%-]+", clause[fig.end :])[:WINDOW_WORDS + 2]
        return " ".join(said), slug_from(" ".join([what, *[w for w in said[len(what.split()) :] if w.lower() not in _STOP][:2]]))
    window = _window(clause, fig)
    subject = f"{name}: {window}" if name else window
    content = _content_words(clause, fig, exclude=set((name or "").lower().split()))
    slug = slug_from(" ".join(([name] if name else []) + content[: SLUG_WORDS - (2 if name else 0)]))
    return subject or fig.text, slug or "unnamed"


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One claim per figure per topic: a figure repeated (headline and body)
    keeps the reading that says most (a period), noting the other lines."""
    out: list[Draft] = []
    for d in drafts:
        same = next((i for i, o in enumerate(out) if (o.topic, o.unit, str(o.value), o.qualifier) == (d.topic, d.unit, str(d.value), d.qualifier) and _same_span(o.period, d.period)), None)
        if same is None:
            out.append(d)
            continue
        o = out[same]
        keep, other = (d, o) if _says_less(o.period, d.period) else (o, d)
        out[same] = replace(keep, also_at=tuple(sorted({*keep.also_at, other.line, *other.also_at} - {keep.line})))
    return out


def _same_span(a: str | None, b: str | None) -> bool:
    """Can two readings of one figure be one claim? An unstated period or a
    bare total fits a stated span ("£18m" in the headline, "£18m over three
    years" in the body); two stated periods must be the same."""
    return a is None or b is None or a == b or ("total" in (a, b) and not {a, b} & {"per year", "per month", "per week", "per day"})


def _says_less(a: str | None, b: str | None) -> bool:
    return (a is None and b is not None) or (a == "total" and b not in (None, "total"))


def _with_ids(drafts: list[Draft], taken: set[str]) -> list[Draft]:
    out = []
    for d in drafts:
        base = f"{d.topic}-{d.source}"[:120].strip("-")
        cid, n = base, 2
        while cid in taken:
            cid, n = f"{base}-{n}", n + 1
        taken.add(cid)
        out.append(replace(d, id=cid))
    return out


def _json_value(value: Decimal | str) -> int | float | str:
    if isinstance(value, str):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(text, ensure_ascii=False)


def drafts_yaml(extraction: Extraction, items_only: bool = False) -> str:
    """The drafts as the claims file (or, with `items_only`, the list items to
    append to one), with the review comments."""
    parts = [] if items_only else ["# yaml-language-server: $schema=schema/claims.schema.json", f"# Drafted by `factcheck extract {extraction.source}`: review every `# review:` line, then delete it.", "claims:"]
    if not extraction.drafts and not items_only:
        parts[-1] = "claims: []"
    for s in extraction.skipped:
        parts.append(f"  # skipped (line {s.line}): {s.reason}")
    for d in extraction.drafts:
        parts.append("")
        if d.new_topic:
            closest = f"; closest in the corpus: {d.runner_up[0]} {d.runner_up[1]:.2f}" if d.runner_up else ""
            parts.append(f"  # topic: new{closest}")
        else:
            score = f" {d.topic_score:.2f}" if d.topic_score is not None else ""
            runner = f"; runner-up {d.runner_up[0]} {d.runner_up[1]:.2f}" if d.runner_up else "; no runner-up"
            parts.append(f"  # topic: {d.topic}{score} (matched in the corpus){runner}")
        parts += [f"  # review: {r}" for r in d.reviews]
        parts.append(f"  - id: {d.id}")
        parts.append(f"    topic: {d.topic}")
        parts.append(f"    subject: {_q(d.subject)}")
        parts.append(f"    figure: {_q(d.figure)}")
        parts.append(f"    value: {_q(d.value) if isinstance(d.value, str) else _json_value(d.value)}")
        parts.append(f"    unit: {d.unit}")
        parts.append(f"    qualifier: {d.qualifier}")
        if d.period is not None:
            parts.append(f"    period: {_q(d.period)}")
        parts.append(f"    source: {d.source}")
        parts.append(f"    passage: {_q(d.passage)}  # line {d.line}")
        if d.also_at:
            parts.append(f"    # also at line{'s' if len(d.also_at) > 1 else ''} {', '.join(map(str, d.also_at))} (merged: same figure, same topic)")
    return "\n".join(parts) + "\n"
