"""Reading Markdown as CommonMark reads it, without moving a character.

The scanner checks the prose a reader of the rendered page sees, at the line
and column where it sits in the file. So instead of rendering, the draft is
masked: every character starts blank (line breaks kept) and only what
CommonMark renders as text is copied back in, at its own offset. Code spans
and blocks, link destinations and titles, link reference definitions, raw
HTML tags, markup characters and front matter stay blank; a character
reference (`&#163;`, `&pound;`) is written decoded inside its own span, so
`&#163;45m` reads as `£45m` while positions still point into the file.

markdown-it-py (the reference CommonMark port) does the parsing. Its block
tokens carry line maps; its inline tokens carry no positions, so the inline
rules that produce text are wrapped to note which stretch of the block's
content each one consumed, and each content line is mapped back to its
source line (container prefixes such as `> ` and list markers removed).
A paragraph that is not prose (over 64 KB, or dense with markup characters)
is read by a simpler linear reader instead, so hostile input stays cheap.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

__all__ = ["MarkdownReading", "read_markdown"]

# Inline blocks that are not prose an editor wrote are read by a simpler
# linear reader (`_masked_fast`): markdown-it-py spends 10-30 µs on each link,
# bracket or emphasis run in pure Python (15-35 s per MB of "[[[a]" or "*a",
# bench/markdown.py). Not prose: a paragraph over 64 KB (the longest of real
# drafts are a few KB), or one of 512+ characters of which more than 15% are
# markup characters (twice the densest paragraph of this project's README,
# 7.7%; the example draft's are 0%).
MAX_PARSED_PARAGRAPH = 64 * 1024
DENSE_FROM = 512
MAX_MARKUP_SHARE = 0.15
_MARKUP_CHARACTERS = "[]()*_`<>&\\!~"

_LINE_END = re.compile(r"\r\n|\r|\n")
# CommonMark's whitespace for trimming a block's content (markdown-it's mdTrim).
_TRIM = " \t\n\v\f\r"
_NOTES = "factcheck.markdown.notes"  # key of the recorder in markdown-it's env


@dataclass(frozen=True)
class MarkdownReading:
    """What the scanner reads of a Markdown text.

    `masked` has the length and line breaks of the text, with everything but
    prose blanked; `breaks` are offsets where a block starts or ends (no
    sentence runs across them); `decoded` are the spans of character
    references, which hold their decoded character(s) padded with spaces.
    """

    masked: str
    breaks: frozenset[int]
    decoded: tuple[tuple[int, int], ...]
    table_rows: frozenset[int] = frozenset()  # where each line of a table's row starts (GitHub's tables)


def read_markdown(text: str) -> MarkdownReading:
    lines, starts = _split_lines(text)
    skipped = _front_matter_lines(lines)
    parsed = [""] * skipped + [line.replace("\0", "\ufffd") for line in lines[skipped:]]
    md = _parser()
    env: dict = {}  # shared by the blocks and inlines: it carries link reference definitions
    tokens = md.parse("\n".join(parsed), env)
    page = _Page(parsed, starts)
    breaks: set[int] = set()
    cells_from: dict[int, int] = {}  # a table row's line -> where its next cell is looked for
    table_rows: set[int] = set()
    read_lines: set[int] = set()
    for i, token in enumerate(tokens):
        if token.map is None:
            continue
        first, last = token.map[0], token.map[1] - 1
        if token.type == "tr_open":
            table_rows.add(starts[first])
        if token.nesting == 0:
            read_lines.update(range(first, last + 1))
        if token.type == "inline":
            segments = _segments(token, tokens[i - 1], page, cells_from)
            page.copy(_inline_read(md, env, token), segments)
        elif token.type == "html_block":
            page.copy(_html_read(token.content), _line_segments(token.content, first, page))
        else:
            continue
        breaks.add(starts[first])
        breaks.add(starts[last] + len(lines[last]))
    for number in _too_deep(parsed, read_lines):
        prefix = _CONTAINERS.match(parsed[number])
        assert prefix is not None
        rest = parsed[number][prefix.end() :]
        page.copy(_Read(_masked_fast(rest)), [(0, len(rest), starts[number] + prefix.end())])
        breaks.update((starts[number], starts[number] + len(lines[number])))
    return MarkdownReading(page.text(text), frozenset(breaks), tuple(sorted(page.decoded)), frozenset(table_rows))


# Block quote and list markers opening a line. markdown-it stops reading at
# 20 levels of nesting (a list is two: the list and its item), and drops
# what is deeper; a line with this many markers is read by the linear reader
# if the parser left it unread.
_CONTAINERS = re.compile(r"(?:[ \t]*+(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*+")
_DEEP = 8


def _too_deep(parsed: list[str], read_lines: set[int]) -> list[int]:
    """Lines of text nested too deep for the parser to have read them."""
    deep = []
    for number, line in enumerate(parsed):
        if number in read_lines or not line.strip():
            continue
        prefix = _CONTAINERS.match(line)
        if prefix is not None and line[prefix.end() :].strip() and len(re.findall(r">|[-*+]|\d{1,9}[.)]", prefix.group())) >= _DEEP:
            deep.append(number)
    return deep


@dataclass(frozen=True)
class _Read:
    """What is read of one block, in its content's coordinates."""

    masked: str  # the content, non-prose blanked
    decoded: tuple[tuple[int, int], ...] = ()  # spans of character references


def _inline_read(md: MarkdownIt, env: dict, token: Token) -> _Read:
    """The prose of one inline block (a paragraph, heading or table cell)."""
    if not _is_prose(token.content):
        return _Read(_masked_fast(token.content))
    notes = _Notes()
    env[_NOTES] = notes
    if token.children is None:
        token.children = []
    try:
        md.inline.parse(token.content, md, env, token.children)
    finally:
        del env[_NOTES]
    found = notes.result()
    return _Read(_masked(token.content, found.spans, found.decoded), tuple((s, e) for s, e, _ in found.decoded))


def _is_prose(content: str) -> bool:
    if len(content) > MAX_PARSED_PARAGRAPH:
        return False
    if len(content) < DENSE_FROM:
        return True
    return sum(content.count(c) for c in _MARKUP_CHARACTERS) <= MAX_MARKUP_SHARE * len(content)


def _masked(content: str, spans: list[list[int]], decoded: list[tuple[int, int, str]] | None = None) -> str:
    """`content` with all but `spans` blanked and character references decoded."""
    chars = [" "] * len(content)
    for start, end in spans:
        chars[start:end] = content[start:end]
    for start, end, value in decoded or ():
        _write_decoded(chars, content, start, end, value)
    return "".join(chars)


def _write_decoded(chars: list[str], content: str, start: int, end: int, value: str) -> None:
    """A character reference's text, inside the reference's own span.

    Placed against the word it belongs to: at the end before a letter or
    digit ("&#163;45m" reads "     £45m"), at the start otherwise
    ("45&#37;" reads "45%     "). Whitespace references stay blank."""
    if not value.strip() or len(value) > end - start:
        return
    after = content[end] if end < len(content) else ""
    before = content[start - 1] if start > 0 else ""
    at = end - len(value) if after.isalnum() and not before.isalnum() else start
    chars[at : at + len(value)] = value


def _split_lines(text: str) -> tuple[list[str], list[int]]:
    """Lines (without their endings: \\n, \\r\\n or a lone \\r) and where each starts."""
    lines, starts, pos = [], [], 0
    for m in _LINE_END.finditer(text):
        starts.append(pos)
        lines.append(text[pos : m.start()])
        pos = m.end()
    starts.append(pos)
    lines.append(text[pos:])
    return lines, starts


# A front-matter line: a key (YAML "key:", TOML "key ="), a list item, a
# comment, a TOML [table], or an indented continuation. A "---" block holding
# anything else is Markdown (a thematic break, then a setext heading).
# Possessive, and only from the start of a key, so no run is scanned twice.
_FRONT_MATTER_LINE = re.compile(r"(?<![\w\"'.-])[\w\"'.-]++\s*+[:=]|- |-$|#|\[|\s|$")


def _front_matter_lines(lines: list[str]) -> int:
    """How many lines of YAML (---) or TOML (+++) front matter open the text."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    fence = lines[0].strip()
    for j in range(1, len(lines)):
        if lines[j].strip() in (fence, "..."):
            return j + 1
        if not _FRONT_MATTER_LINE.match(lines[j]):
            return 0
    return 0


# --- the parser, with its text-producing inline rules noted --------------------------


@dataclass
class _Found:
    """Prose of one inline block, in its content's coordinates."""

    spans: list[list[int]]  # [start, end) pairs, in order of reading
    decoded: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text) of character references


class _Notes:
    """What the inline rules of one parse read, by inline state."""

    def __init__(self) -> None:
        self.found: dict[int, _Found] = {}
        self.states: dict[int, StateInline] = {}  # holds each state, so ids stay unique
        self.parents: dict[int, tuple[int, int]] = {}  # an image's alt-text state -> (parent, offset)
        self.images: list[tuple[int, int]] = []  # images being parsed: (state, offset of the alt text)
        self.delimiters: dict[int, list[tuple[int, int, list[Token]]]] = {}

    def of(self, state: StateInline) -> _Found:
        key = id(state)
        if key not in self.states:
            self.states[key] = state
            self.found[key] = _Found([])
            if self.images:
                self.parents[key] = self.images[-1]
        return self.found[key]

    def prose(self, state: StateInline, start: int, end: int) -> None:
        spans = self.of(state).spans
        if spans and spans[-1][1] == start:
            spans[-1][1] = end
        else:
            spans.append([start, end])

    def result(self) -> _Found:
        """Prose of the block's own state, with its images' alt texts folded in."""
        roots = [key for key in self.states if key not in self.parents]
        if not roots:
            return _Found([])  # no rule read any text: all markup or code
        into = self.found[roots[0]]
        for key, (parent, offset) in self.parents.items():
            shift = offset
            while parent in self.parents:
                parent, more = self.parents[parent]
                shift += more
            found = self.found[key]
            into.spans.extend([s + shift, e + shift] for s, e in found.spans)
            into.decoded.extend((s + shift, e + shift, t) for s, e, t in found.decoded)
        into.spans.sort()
        return into


def _noted(kind: str, rule: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    def noted_rule(state: StateInline, silent: bool) -> bool:
        notes = state.env.get(_NOTES) if not silent else None
        if not isinstance(notes, _Notes):
            return rule(state, silent)
        start, count = state.pos, len(state.tokens) + (1 if state.pending else 0)
        if kind == "image":
            notes.of(state)  # registered before its alt text's state refers to it
            notes.images.append((id(state), start + 2))
            try:
                matched = rule(state, silent)
            finally:
                notes.images.pop()
            return matched
        matched = rule(state, silent)
        if matched:
            _note(notes, kind, state, start, state.tokens[count:])
        return matched

    return noted_rule


def _note(notes: _Notes, kind: str, state: StateInline, start: int, pushed: list[Token]) -> None:
    end = state.pos
    if kind == "text":
        notes.prose(state, start, end)
    elif kind in ("escape", "entity"):
        if not pushed or pushed[-1].type != "text_special":
            return  # a backslash hard break: no text
        token = pushed[-1]
        if kind == "escape":
            # "\*" reads as "*" (the backslash blank); "\a" is read as it is.
            notes.prose(state, start if token.content == token.markup else start + 1, end)
        else:
            notes.of(state).decoded.append((start, end, token.content))
    else:  # emphasis and strikethrough runs: markup, unless left unmatched
        notes.of(state)
        notes.delimiters.setdefault(id(state), []).append((start, end, pushed))


def _literal_delimiters(state: StateInline) -> None:
    """After emphasis is paired: delimiter runs left as text are prose.

    Runs before fragments_join, while each run's tokens still say whether
    they became <em>/<strong>/<s> (markup) or stayed literal text."""
    notes = state.env.get(_NOTES)
    if not isinstance(notes, _Notes):
        return
    for start, end, pushed in notes.delimiters.pop(id(state), []):
        literal = [t.type == "text" and t.content != "" for t in pushed]
        if len(pushed) == end - start:  # one token per character (emphasis)
            for k, is_text in enumerate(literal):
                if is_text:
                    notes.prose(state, start + k, start + k + 1)
        elif literal and all(literal):
            notes.prose(state, start, end)


def _any_character(state: StateInline, silent: bool) -> bool:
    """markdown-it's own fallback (a character no rule took is text), but noted."""
    if not silent:
        notes = state.env.get(_NOTES)
        if isinstance(notes, _Notes):
            notes.prose(state, state.pos, state.pos + 1)
        state.append_pending(state.src[state.pos])
    state.pos += 1
    return True


@functools.cache
def _parser() -> MarkdownIt:
    """CommonMark, plus GitHub's tables and ~~strikethrough~~ (drafts use both)."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    # Inline blocks are parsed one by one in read_markdown, so that one too
    # long to parse can be read another way.
    md.core.ruler.disable(["inline", "text_join"])
    for name in ("text", "escape", "entity", "emphasis", "strikethrough", "image"):
        index = md.inline.ruler.__find__(name)
        md.inline.ruler.at(name, _noted(name, md.inline.ruler.__rules__[index].fn))
    md.inline.ruler.push("factcheck_any_character", _any_character)
    md.inline.ruler2.before("fragments_join", "factcheck_literal_delimiters", _literal_delimiters)
    return md


# --- from a block's content back to the file --------------------------------------------


@dataclass
class _Page:
    """The masked text being written: what each block reads, placed in the file."""

    parsed: list[str]  # the lines as the parser saw them
    starts: list[int]
    writes: list[tuple[int, str]] = field(default_factory=list)  # (offset, text)
    decoded: list[tuple[int, int]] = field(default_factory=list)

    def copy(self, read: _Read, segments: list[tuple[int, int, int]]) -> None:
        """Copy what is read of a block onto the page, placed by `segments`."""
        for c0, c1, shift in segments:
            self.writes.append((c0 + shift, read.masked[c0:c1]))
        firsts = [c0 for c0, _, _ in segments]
        for start, end in read.decoded:
            k = bisect.bisect_right(firsts, start) - 1
            if k >= 0 and end <= segments[k][1]:
                self.decoded.append((start + segments[k][2], end + segments[k][2]))

    def text(self, source: str) -> str:
        """The source blanked (line breaks kept), with the writes laid over it."""
        pieces, pos = [], 0
        for offset, written in sorted(self.writes):
            if offset < pos:  # blocks do not overlap; if they ever did, the first one wins
                written, offset = written[pos - offset :], pos
            pieces.append(_blank(source[pos:offset]))
            pieces.append(written)
            pos = offset + len(written)
        pieces.append(_blank(source[pos:]))
        return "".join(pieces)


_NOT_LINE_END = re.compile(r"[^\r\n]+")


def _blank(text: str) -> str:
    return _NOT_LINE_END.sub(lambda m: " " * len(m.group()), text)


def _segments(token: Token, block: Token, page: _Page, cells_from: dict[int, int]) -> list[tuple[int, int, int]]:
    """(content start, content end, shift to the file) for each line of an inline block."""
    assert token.map is not None
    first = token.map[0]
    content = token.content
    core = content.strip(_TRIM)
    if not core:
        return []
    if block.type == "heading_open" and block.markup.startswith("#"):
        line = page.parsed[first]
        hashes = line.find("#")
        col = line.find(core, hashes + len(block.markup)) if hashes >= 0 else -1
        return _one_segment(content, core, first, col, page)
    if block.type in ("th_open", "td_open"):
        line = page.parsed[first]
        col = line.find(core, cells_from.get(first, 0))
        if col >= 0:
            cells_from[first] = col + len(core)
        return _one_segment(content, core, first, col, page)
    return _line_segments(content, first, page)


def _one_segment(content: str, core: str, line: int, col: int, page: _Page) -> list[tuple[int, int, int]]:
    if col < 0:
        return _line_segments(content, line, page)
    lead = content.find(core)
    return [(lead, lead + len(core), page.starts[line] + col - lead)]


def _line_segments(content: str, first: int, page: _Page) -> list[tuple[int, int, int]]:
    """Content lines matched to source lines: each line's text, trimmed, ends its source line."""
    segments = []
    c0 = 0
    for k, piece in enumerate(content.split("\n")):
        line = first + k
        core = piece.strip(_TRIM)
        if core and line < len(page.parsed):
            lead = len(piece) - len(piece.lstrip(_TRIM))
            source = page.parsed[line].rstrip(_TRIM)
            if source.endswith(core):
                col = len(source) - len(core)
            else:
                col = source.find(core)  # not seen in CommonMark's examples; the nearest reading
            if col >= 0:
                segments.append((c0 + lead, c0 + lead + len(core), page.starts[line] + col - c0 - lead))
        c0 += len(piece) + 1
    return segments


# --- linear readers: HTML blocks, and paragraphs too long to parse -------------------------

_RAW_TEXT = re.compile(r"<(script|style|pre|textarea)(?=[\s>]|$)", re.IGNORECASE)


# A character reference, as CommonMark (and markdown-it's entity rule) reads one.
_REFERENCE = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")


def _html_read(content: str) -> _Read:
    """An HTML block's text, its character references decoded (`<td>&pound;45m</td>`)."""
    prose: list[list[int]] = []
    decoded: list[tuple[int, int, str]] = []
    for start, end in _html_text(content):
        pos = start
        for m in _REFERENCE.finditer(content, start, end):
            value = html.unescape(m.group())
            if value == m.group():
                continue  # not a reference HTML knows: text as it is
            prose.append([pos, m.start()])
            decoded.append((m.start(), m.end(), value))
            pos = m.end()
        prose.append([pos, end])
    return _Read(_masked(content, prose, decoded), tuple((s, e) for s, e, _ in decoded))


def _html_text(content: str) -> list[list[int]]:
    """The text between tags of an HTML block (comments, and the insides of
    script, style, pre and textarea, left out). One pass: each search starts
    where the last ended, and a search that fails is not repeated."""
    spans: list[list[int]] = []
    n, pos, text_from = len(content), 0, 0
    no_close = False
    while True:
        j = content.find("<", pos)
        if j < 0 or j + 1 >= n:
            break
        nxt = content[j + 1]
        if not (nxt.isalpha() or nxt in "/!?"):
            pos = j + 1
            continue
        if content.startswith("<!--", j):
            close = content.find("-->", j + 4)
            end = n if close < 0 else close + 3
        elif raw := _RAW_TEXT.match(content, j):
            closing = re.compile(f"</{raw.group(1)}", re.IGNORECASE).search(content, j)
            end = n if closing is None else (content.find(">", closing.start()) + 1 or n)
        else:
            close = -1 if no_close else content.find(">", j + 1)
            if close < 0:
                no_close = True
                pos = j + 1
                continue
            end = close + 1
        if j > text_from:
            spans.append([text_from, j])
        text_from = pos = end
    if text_from < n:
        spans.append([text_from, n])
    return spans


# Markup the linear reader blanks, longest first; each pattern is bounded.
_FAST_MARKUP = re.compile(
    r"\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,500}\")?\)"  # an inline link's target
    r"|\]\[[^\]\n]{0,200}\]"  # a reference link's label
    r"|<(?:https?|mailto):[^>\s]{1,2000}>"  # an autolink
    r"|</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>"  # an HTML tag
)
_FAST_CHARACTERS = str.maketrans("[]*_~\\", "      ")  # brackets, emphasis, backslashes
_BACKTICKS = re.compile(r"`+")


def _masked_fast(content: str) -> str:
    """An inline block read without a parser: markup characters, link
    targets, tags and code spans (a run of n backticks up to the next run of
    exactly n) blanked. Linear: bounded patterns, a C translation for single
    characters, and each backtick run paired by a pointer per run length."""
    masked = _FAST_MARKUP.sub(lambda m: " " * (m.end() - m.start()), content).translate(_FAST_CHARACTERS)
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(content)]
    if not runs:
        return masked
    by_length: dict[int, list[int]] = {}
    for k, (s, e) in enumerate(runs):
        by_length.setdefault(e - s, []).append(k)
    next_of = {length: 0 for length in by_length}
    chars = list(masked)
    k = 0
    while k < len(runs):
        s, e = runs[k]
        same = by_length[e - s]
        i = next_of[e - s]
        while i < len(same) and same[i] <= k:
            i += 1
        next_of[e - s] = i
        end = runs[same[i]][1] if i < len(same) else e  # unpaired: just the backticks
        chars[s:end] = " " * (end - s)
        k = same[i] + 1 if i < len(same) else k + 1
    return "".join(chars)
