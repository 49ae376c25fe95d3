"""Loading YAML safely, with the line and column of every value.

Claims files are edited by hand, so every problem must point at a line. The
loader composes PyYAML's node graph with the safe loader and converts it
itself, which gives three guarantees the plain `yaml.safe_load` does not:

- positions: each mapping value and list item keeps its (line, column);
- no alias expansion: a node reached twice is an alias, and aliases are
  refused outright, so a "billion laughs" document costs one linear pass;
- no object construction: only the core YAML tags are accepted; a
  `!!python/object` tag is an error at its line, not a call;
- bounded nesting: the node graph is composed from the parser's events
  without recursion, and a document nested more than MAX_DEPTH deep is an
  error at its line (PyYAML's own composers recurse per level: the Python
  one raised RecursionError on 100,000 nested brackets, libyaml's crashed
  the interpreter).

Parsing uses libyaml when PyYAML has it (its wheels do): ~15x faster than
the pure-Python scanner, which was 85% of loading a large corpus.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import yaml

Path_ = tuple[object, ...]  # a path into the document: keys and list indices

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


@dataclass(frozen=True)
class YamlError(Exception):
    message: str
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return self.message


@dataclass
class Loaded:
    data: object
    positions: dict[Path_, tuple[int, int]]
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where_key(self, path: Path_) -> tuple[int, int]:
        """The position of the key of mapping entry `path` (for unknown fields)."""
        return self.key_positions.get(tuple(path)) or self.where(path)

    def where(self, path: Path_) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that has one."""
        p = tuple(path)
        while p and p not in self.positions:
            p = p[:-1]
        return self.positions.get(p, (1, 1))


def load_yaml(text: str) -> Loaded:
    """Parse one YAML document from `text`; raise YamlError with a position."""
    import yaml  # here, not at import: a cached corpus never needs it

    try:
        node = _compose(yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        if "nesting depth" in problem:
            # libyaml from PyYAML 6.0.4 refuses deep nesting itself, before our
            # composer's own MAX_DEPTH check: one wording for both.
            raise YamlError(_too_deep(), line, col) from None
        raise YamlError(f"YAML syntax error: {problem}", line, col) from None
    except yaml.YAMLError as exc:  # pragma: no cover - unmarked errors are rare
        raise YamlError(f"YAML error: {exc}", 1, 1) from None
    positions: dict[Path_, tuple[int, int]] = {}
    if node is None:
        return Loaded(None, positions)
    converter = _Converter(positions)
    data = converter.convert(node, ())
    return Loaded(data, positions, converter.key_positions)


# Claims files nest four deep; this is far beyond any real one and far
# below what the converter's recursion can take.
MAX_DEPTH = 100


def _too_deep() -> str:
    return f"YAML nested more than {MAX_DEPTH} levels deep; claims files need four"


def _compose(yaml, loader) -> "yaml.Node | None":
    """The single document's node graph, as PyYAML's composer builds it
    (same tags, same marks), with a stack instead of recursion."""
    from yaml import MappingNode, ScalarNode, SequenceNode

    def tag_of(event, kind, value=None):
        tag = event.tag
        return loader.resolve(kind, value, event.implicit) if tag is None or tag == "!" else tag

    try:
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        loader.get_event()  # document start
        root = None
        # Open collections, and for a mapping the key waiting for its value.
        stack: list[tuple[yaml.Node, list]] = []
        while True:
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                node, _ = stack.pop()
                node.end_mark = event.end_mark
                if stack:
                    continue
                break
            if isinstance(event, yaml.AliasEvent):
                raise YamlError("YAML aliases (*name) are not allowed in claims files; write the value out", *_pos(event))
            if isinstance(event, yaml.ScalarEvent):
                node = ScalarNode(tag_of(event, ScalarNode, event.value), event.value, event.start_mark, event.end_mark, style=event.style)
            elif isinstance(event, yaml.SequenceStartEvent):
                node = SequenceNode(tag_of(event, SequenceNode), [], event.start_mark, None, flow_style=event.flow_style)
            elif isinstance(event, yaml.MappingStartEvent):
                node = MappingNode(tag_of(event, MappingNode), [], event.start_mark, None, flow_style=event.flow_style)
            else:  # pragma: no cover - the parser emits nothing else inside a document
                raise YamlError(f"unexpected YAML event {type(event).__name__}", *_pos(event))
            if stack:
                parent, pending = stack[-1]
                if isinstance(parent, SequenceNode):
                    parent.value.append(node)
                elif pending:
                    parent.value.append((pending.pop(), node))
                else:
                    pending.append(node)
            else:
                root = node
            if isinstance(node, ScalarNode):
                if not stack:
                    break
                continue
            if len(stack) >= MAX_DEPTH:
                raise YamlError(_too_deep(), *_pos(event))
            stack.append((node, []))
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            raise YamlError("expected a single YAML document; found another (remove the '---' line)", *_pos(event))
        return root
    finally:
        loader.dispose()


class _Converter:
    def __init__(self, positions: dict[Path_, tuple[int, int]]):
        import yaml

        self.positions = positions
        self.key_positions: dict[Path_, tuple[int, int]] = {}
        self.seen: set[int] = set()
        self.scalars = yaml.SafeLoader("")

    def convert(self, node: "yaml.Node", path: Path_) -> object:
        import yaml

        if id(node) in self.seen:
            raise YamlError("YAML aliases (*name) are not allowed in claims files; write the value out", *_pos(node))
        self.seen.add(id(node))
        self.positions[path] = _pos(node)
        if node.tag not in _ALLOWED_TAGS:
            raise YamlError(f"unsupported YAML tag {node.tag!r}; only plain values, lists and mappings are allowed", *_pos(node))
        if isinstance(node, yaml.MappingNode):
            out: dict[object, object] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise YamlError("mapping keys must be plain strings", *_pos(key_node))
                key = self.convert(key_node, path + ("<key>",))
                if key in out:
                    raise YamlError(f"duplicate key {key!r}", *_pos(key_node))
                self.key_positions[path + (key,)] = _pos(key_node)
                out[key] = self.convert(value_node, path + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        if node.tag == _CORE + "timestamp":
            # An unquoted 2018-07-16 stays the string the editor wrote.
            return node.value
        try:
            value = self.scalars.construct_object(node)
        except yaml.YAMLError as exc:
            raise YamlError(f"bad value: {getattr(exc, 'problem', exc)}", *_pos(node)) from None
        if isinstance(value, (datetime.date, bytes)):
            return node.value
        return value


def _pos(node: "yaml.Node | yaml.Event") -> tuple[int, int]:
    mark = node.start_mark
    if mark is None:  # only events built by hand lack a mark; the parser always sets one
        return 1, 1
    return mark.line + 1, mark.column + 1
