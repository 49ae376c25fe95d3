"""yamlsafe: YAML loaded with positions, without aliases, tags or deep nesting."""

from __future__ import annotations

import pytest

from factcheck.yamlsafe import MAX_DEPTH, YamlError, load_yaml

CLAIMS = """\
claims:
  - id: lantern-scheme-funding
    value: 12000000
    aliases: [Lantern Scheme, Riverside Lanterns]
    date: 2019-03-01
  - id: lantern-scheme-start
    value: "2019"
"""


def refusal(text: str) -> YamlError:
    with pytest.raises(YamlError) as caught:
        load_yaml(text)
    return caught.value


def test_values_load_as_the_safe_loader_reads_them_except_dates():
    data = load_yaml(CLAIMS).data
    assert data == {
        "claims": [
            # An unquoted date stays the text the editor wrote, not a datetime.date.
            {"id": "lantern-scheme-funding", "value": 12000000, "aliases": ["Lantern Scheme", "Riverside Lanterns"], "date": "2019-03-01"},
            {"id": "lantern-scheme-start", "value": "2019"},
        ]
    }


def test_every_value_and_key_has_its_line_and_column():
    loaded = load_yaml(CLAIMS)
    assert loaded.where(("claims", 0)) == (2, 5)
    assert loaded.where(("claims", 0, "value")) == (3, 12)
    assert loaded.where(("claims", 0, "aliases", 1)) == (4, 31)
    assert loaded.where(("claims", 1, "value")) == (7, 12)
    assert loaded.where_key(("claims", 1, "value")) == (7, 5)


def test_a_missing_path_points_at_its_nearest_ancestor():
    loaded = load_yaml(CLAIMS)
    assert loaded.where(("claims", 1, "passage")) == loaded.where(("claims", 1))
    assert loaded.where_key(("claims", 1, "passage")) == loaded.where(("claims", 1))
    assert loaded.where(("nothing", "here")) == (1, 1)


def test_an_empty_document_is_none():
    assert load_yaml("").data is None
    assert load_yaml("# only a comment\n").data is None


def test_a_syntax_error_is_located():
    error = refusal("claims:\n  - id: a\n   value: [1, 2\n")
    assert error.message.startswith("YAML syntax error")
    assert (error.line, error.column) == (3, 4)


def test_aliases_are_refused_where_they_are_used():
    error = refusal("base: &b {value: 1}\nother: *b\n")
    assert "aliases" in error.message
    assert (error.line, error.column) == (2, 8)


@pytest.mark.parametrize("text", ["a: !!python/object:os.system ls\n", "a: !custom 3\n", "a: !!binary aGVsbG8=\n"])
def test_tags_beyond_plain_values_are_refused_not_constructed(text):
    error = refusal(text)
    assert "unsupported YAML tag" in error.message
    assert error.line == 1


def test_duplicate_keys_are_refused_at_the_second():
    error = refusal("id: a\nvalue: 1\nid: b\n")
    assert (error.message, error.line, error.column) == ("duplicate key 'id'", 3, 1)


def test_keys_must_be_plain():
    assert refusal("? [a, b]\n: 1\n").message == "mapping keys must be plain strings"


def test_a_second_document_is_refused():
    error = refusal("a: 1\n---\nb: 2\n")
    assert "single YAML document" in error.message
    assert error.line == 2


def test_nesting_to_the_limit_loads_and_beyond_it_is_refused():
    assert load_yaml("[" * MAX_DEPTH + "]" * MAX_DEPTH).data is not None
    error = refusal("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert "nested more than" in error.message
    assert error.line == 1


def test_even_an_undefined_alias_is_refused_as_an_alias_at_its_place():
    error = refusal("a: *missing\n")
    assert str(error) == error.message == "YAML aliases (*name) are not allowed in claims files; write the value out"
    assert (error.line, error.column) == (1, 4)
