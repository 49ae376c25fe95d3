"""`factcheck validate` on the shipped corpus and on copies broken on purpose.

Each mutation checks that the problem is reported at the right file and line.
"""

import os
import re
from pathlib import Path

import pytest

from factcheck.validation import validate_corpus

from .conftest import CLAIMS

LETTER = "mayor-letter-pidgeon-2018-07.yaml"


def test_shipped_corpus_is_valid():
    report = validate_corpus(CLAIMS)
    assert report.problems == []
    # Invariants, not counts: a newsroom adds documents without editing tests.
    assert report.corpus.sources and report.corpus.claims
    assert set(report.corpus.claim_counts()) == set(report.corpus.sources)


@pytest.mark.parametrize("name", sorted(p.name for p in (Path(__file__).parent / "data").glob("other_corpus*")))
def test_each_invented_corpus_is_valid(name):
    # The invented corpora measure the checker on documents it was not tuned
    # on; a loader or schema change must keep them valid (their round-trip
    # warnings are what they measure, so are not asserted).
    report = validate_corpus(Path(__file__).parent / "data" / name)
    assert report.problems == []
    assert set(report.corpus.claim_counts()) == set(report.corpus.sources)


def test_every_shipped_claim_cites_a_passage_and_source(corpus):
    for claim in corpus.claims:
        assert claim.passage and claim.source in corpus.sources
        assert claim.figure in claim.passage


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def problems(root):
    return [str(p) for p in validate_corpus(root).problems]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_yaml_syntax_error_is_reported_with_position(corpus_copy):
    path = corpus_copy / LETTER
    edit(path, "  - id: ylf-total-letter", "  - id: [unclosed")
    found = problems(corpus_copy)
    assert any(re.match(rf"claims/{LETTER}:\d+:\d+: YAML syntax error", p) for p in found), found


def test_wrong_type_missing_and_unknown_fields(corpus_copy):
    path = corpus_copy / LETTER
    text = path.read_text(encoding="utf-8")
    first_value = re.search(r"\n    value: (\S+)\n", text).group(0)
    edit(path, first_value, "\n    value: [1, 2]\n")
    edit(path, "    unit: GBP\n", "    unit: GBP\n    colour: red\n")
    found = problems(corpus_copy)
    colour_line = line_of(path, "colour: red")
    assert any(p.startswith(f"claims/{LETTER}:{colour_line}:5: unknown field 'colour'") for p in found), found
    value_line = line_of(path, "value: [1, 2]")
    assert any(p.startswith(f"claims/{LETTER}:{value_line}:") and "value must be" in p for p in found), found


def test_missing_required_field(corpus_copy):
    path = corpus_copy / LETTER
    text = path.read_text(encoding="utf-8")
    claim_line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith("  - id:"))
    edit(path, "\n    topic: ", "\n    toppic: ")
    found = problems(corpus_copy)
    assert any(p.startswith(f"claims/{LETTER}:{claim_line}:") and "missing required field 'topic'" in p for p in found), found


def test_duplicate_ids_across_files(corpus_copy):
    other = corpus_copy / "news-crossparty-summit.yaml"
    letter_id = re.search(r"  - id: (\S+)", (corpus_copy / LETTER).read_text(encoding="utf-8")).group(1)
    first_id = re.search(r"  - id: (\S+)", other.read_text(encoding="utf-8")).group(1)
    edit(other, f"id: {first_id}", f"id: {letter_id}")
    found = problems(corpus_copy)
    assert any(f"duplicate claim id {letter_id!r}" in p and p.startswith("claims/news-crossparty-summit.yaml:") for p in found), found


def test_unknown_source(corpus_copy):
    path = corpus_copy / LETTER
    edit(path, "source: mayor-letter-pidgeon-2018-07", "source: no-such-document")
    line = line_of(path, "source: no-such-document")
    found = problems(corpus_copy)
    assert any(p.startswith(f"claims/{LETTER}:{line}:") and "unknown source 'no-such-document'" in p for p in found), found


def test_passage_not_verbatim_reports_closest(corpus_copy):
    path = corpus_copy / LETTER
    edit(path, "In February I announced a new £45m Young Londoners Fund.", "In March I announced a new £45m Young Londoners Fund.")
    found = [p for p in problems(corpus_copy) if "passage not found verbatim" in p]
    assert found and "In February I announced a new £45m Young Londoners Fund" in found[0]


def test_passage_matches_across_wraps_nbsp_and_quotes(corpus_copy):
    # The source wraps this bullet over lines; a passage with single spaces matches.
    report = validate_corpus(corpus_copy)
    assert report.problems == []
    text = (corpus_copy / "sources" / "mayor-letter-pidgeon-2018-07.txt").read_text(encoding="utf-8")
    assert "in\n the aftermath" in text


def test_figure_not_in_passage(corpus_copy):
    path = corpus_copy / LETTER
    edit(path, 'figure: "£45m"', 'figure: "£46m"')
    assert any("figure '£46m' does not appear in its passage" in p for p in problems(corpus_copy))


def test_value_disagrees_with_figure(corpus_copy):
    path = corpus_copy / LETTER
    text = path.read_text(encoding="utf-8")
    block = re.search(r'figure: "£45m"\n    value: 45000000\n', text)
    assert block, "expected the £45m claim in the letter"
    edit(path, 'figure: "£45m"\n    value: 45000000\n', 'figure: "£45m"\n    value: 4500000\n')
    found = problems(corpus_copy)
    assert any("value/unit 4500000 GBP disagree with the figure '£45m', which reads as 45000000 GBP" in p for p in found), found


def test_unit_disagrees_with_figure(corpus_copy):
    path = corpus_copy / LETTER
    edit(path, 'figure: "£45m"\n    value: 45000000\n    unit: GBP', 'figure: "£45m"\n    value: 45000000\n    unit: USD')
    assert any("disagree with the figure '£45m'" in p for p in problems(corpus_copy))


def test_changed_source_text_is_caught_by_its_hash(corpus_copy):
    source = corpus_copy / "sources" / "news-crossparty-summit.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    found = problems(corpus_copy)
    line = line_of(corpus_copy / "sources" / "index.yaml", "- id: news-crossparty-summit")
    assert any(p.startswith(f"claims/sources/index.yaml:{line}:") and "has changed: its SHA-256 is" in p for p in found), found


@pytest.mark.parametrize("bad", ["../outside.txt", "/etc/passwd", "sources/../../outside.txt"])
def test_source_path_may_not_escape(corpus_copy, bad):
    (corpus_copy.parent / "outside.txt").write_text("x", encoding="utf-8")
    edit(corpus_copy / "sources" / "index.yaml", "file: sources/news-crossparty-summit.txt", f"file: {bad}")
    found = problems(corpus_copy)
    assert any("is outside the claims directory" in p for p in found), found


def test_source_symlink_out_is_refused(corpus_copy):
    outside = corpus_copy.parent / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    link = corpus_copy / "sources" / "news-crossparty-summit.txt"
    link.unlink()
    os.symlink(outside, link)
    found = problems(corpus_copy)
    assert any("is outside the claims directory" in p for p in found), found


def test_yaml_alias_bomb_is_refused_quickly(corpus_copy):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8)) + "claims: *i\n"
    (corpus_copy / "bomb.yaml").write_text(bomb, encoding="utf-8")
    found = problems(corpus_copy)
    # At the first alias (line 2, column 8: "*a"), before any expansion.
    assert "claims/bomb.yaml:2:8: YAML aliases (*name) are not allowed in claims files; write the value out" in found, found


@pytest.mark.parametrize("nested", ["claims: " + "[" * 100_000 + "]" * 100_000, "claims:\n" + "".join("  " * i + "- \n" for i in range(1, 3000))])
def test_deeply_nested_yaml_is_refused_not_a_crash(corpus_copy, nested):
    """PyYAML's composers recurse per level: the pure-Python one raised
    RecursionError on this, libyaml's crashed the interpreter. Newer libyaml
    (PyYAML 6.0.4) refuses deep nesting itself, before our own check; either
    way the refusal is located in the file and worded the same."""
    (corpus_copy / "deep.yaml").write_text(nested + "\n", encoding="utf-8")
    found = problems(corpus_copy)
    deep = [p for p in found if re.match(r"claims/deep\.yaml:\d+:\d+: ", p)]
    assert deep and all("nested more than 100 levels deep" in p for p in deep), found


def test_python_object_tag_is_refused(corpus_copy):
    (corpus_copy / "evil.yaml").write_text("claims:\n  - !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    found = problems(corpus_copy)
    assert any(p.startswith("claims/evil.yaml:2:") and "unsupported YAML tag" in p for p in found), found


def test_not_utf8_is_reported_with_line(corpus_copy):
    (corpus_copy / "latin1.yaml").write_bytes(b"claims:\n  - id: caf\xe9\n")
    found = problems(corpus_copy)
    assert "claims/latin1.yaml:2:12: not UTF-8 (byte 0xe9); save the file as UTF-8" in found


def test_utf8_bom_is_accepted(corpus_copy):
    path = corpus_copy / LETTER
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems(corpus_copy) == []


def test_empty_claims_file(corpus_copy):
    (corpus_copy / "empty.yaml").write_text("", encoding="utf-8")
    assert "claims/empty.yaml:1:1: empty claims file; write `claims: []` or remove the file" in problems(corpus_copy)


def test_empty_directory_cannot_be_validated(tmp_path):
    report = validate_corpus(tmp_path)
    assert not report.ok and "not a claims corpus" in report.cannot_run


def test_claims_without_an_index_are_reported(tmp_path):
    (tmp_path / "a.yaml").write_text("claims: []\n", encoding="utf-8")
    assert any("no source index" in p for p in problems(tmp_path))


def test_missing_directory(tmp_path):
    report = validate_corpus(tmp_path / "nope")
    assert report.cannot_run == f"error: {tmp_path / 'nope'}: no such directory; pass --claims DIR (the directory holding sources/index.yaml)"


def test_all_problems_are_reported_not_just_the_first(corpus_copy):
    edit(corpus_copy / LETTER, "source: mayor-letter-pidgeon-2018-07", "source: nowhere", count=3)
    (corpus_copy / "empty.yaml").write_text("", encoding="utf-8")
    found = problems(corpus_copy)
    assert sum("unknown source 'nowhere'" in p for p in found) == 3
    assert any("empty claims file" in p for p in found)


def test_schema_checks_the_shipped_files_too(corpus_copy):
    edit(corpus_copy / LETTER, "    qualifier: exact\n", "    qualifier: exact\n    as_of: sometime\n")
    line = line_of(corpus_copy / LETTER, "as_of: sometime")
    found = problems(corpus_copy)
    assert any(p.startswith(f"claims/{LETTER}:{line}:") and "schema:" in p and "'sometime' does not match" in p for p in found), found
