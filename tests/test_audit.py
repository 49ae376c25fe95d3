"""`factcheck conflicts` and `factcheck diff`: the corpus audit."""

import json
import shutil

from factcheck.audit import diff_verdicts, documented_passages, find_conflicts
from factcheck.checking import Checker
from factcheck.corpus import load_corpus

from .conftest import CLAIMS

SEED = "knife-crime-community-seed-fund"


def test_shipped_seed_fund_disagreement_shows_with_its_notes(corpus):
    found = find_conflicts(corpus)
    seed = next(c for c in found if c.topic == SEED)
    assert {f.claim.figure for f in seed.figures} == {"£250,000", "£1.4 million"}
    assert seed.measure == "money" and seed.noted and seed.warning is None
    assert all(f.claim.passage and f.source_label for f in seed.figures)


def test_every_group_really_differs_and_agreeing_figures_are_not_listed(corpus):
    for conflict in find_conflicts(corpus):
        assert len(conflict.figures) >= 2
        assert len({(f.claim.unit, str(f.claim.value), f.claim.qualifier) for f in conflict.figures}) >= 2
        assert conflict.measure != "date"
    # The Young Londoners Fund's £45m in total and £10m a year are different
    # measures (period), not a conflict.
    assert not any(c.topic == "young-londoners-fund" and {"£45m", "£10m"} <= {f.claim.figure for f in c.figures} for c in find_conflicts(corpus))


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_group_without_a_note_is_warned_about(corpus_copy):
    path = corpus_copy / "cityhall-helping-young-londoners.yaml"
    text = path.read_text(encoding="utf-8")
    # Drop both notes of the seed fund's two figures.
    lines = [line for line in text.splitlines(keepends=True) if not (line.startswith("    note: ") and ("£250,000 is the fund" in line or "£1.4 million is the total" in line))]
    path.write_text("".join(lines), encoding="utf-8")
    seed = next(c for c in find_conflicts(load_corpus(corpus_copy)) if c.topic == SEED)
    assert seed.warning and "note" in seed.warning


def test_cli_conflicts_text_json_and_exit_status(run, corpus_copy):
    r = run("conflicts")
    # Exit 1 only for groups without a note; the seed fund's has its notes.
    assert r.status in (0, 1) and f"{SEED}: £250,000 vs £1.4 million" in r.stdout
    data = json.loads(run("conflicts", "--format", "json").stdout)
    seed = next(c for c in data if c["topic"] == SEED)
    assert {f["source"] for f in seed["figures"]} == {"cityhall-helping-young-londoners"}
    assert all(f["note"] for f in seed["figures"])
    path = corpus_copy / "cityhall-helping-young-londoners.yaml"
    path.write_text("".join(l for l in path.read_text(encoding="utf-8").splitlines(keepends=True) if "£250,000 is the fund" not in l and "£1.4 million is the total" not in l), encoding="utf-8")
    unnoted = run("conflicts", "--claims", str(corpus_copy))
    assert unnoted.status == 1 and "warning: no claim of this group has a note" in unnoted.stdout


def test_diff_of_a_corpus_with_itself_changes_nothing(corpus, checker):
    checked, changes = diff_verdicts(documented_passages(corpus), checker, checker)
    assert checked == len({c.passage for c in corpus.claims}) and changes == []


def _fixture_corpus(root):
    from factcheck.extraction import drafts_yaml, extract
    from factcheck.sources_admin import add_source, find_dateline

    from .conftest import DATA

    for path in sorted((DATA / "fixture_corpus" / "incoming").glob("*.txt")):
        added = add_source(root, path, kind="press_release")
        text = added.text_path.read_text(encoding="utf-8")
        added.claims_path.write_text(drafts_yaml(extract(text, added.id, Checker(load_corpus(root)), find_dateline(text))), encoding="utf-8")
    return root


def test_diff_lists_the_claims_a_corpus_edit_changes_with_both_reasons(tmp_path):
    old_root = _fixture_corpus(tmp_path / "old")
    new_root = tmp_path / "new"
    shutil.copytree(old_root, new_root)
    # A curator "corrects" the number of boroughs of the first document.
    _edit(new_root / "lantern-youth-hubs.yaml", "    value: 12\n", "    value: 13\n")
    old, new = Checker(load_corpus(old_root)), Checker(load_corpus(new_root))
    checked, changes = diff_verdicts(documented_passages(old.corpus, new.corpus), old, new)
    assert checked == len({c.passage for c in old.corpus.claims})
    # 12 was mixed (the second document gives 14); against 13 it conflicts.
    assert any("12 boroughs" in ch.claim and ch.old.verdict.value == "mixed" and ch.new.verdict.value == "conflicting" for ch in changes)
    for ch in changes:
        assert ch.old.reason and ch.new.reason
    assert all("12 boroughs" in ch.claim or "14 boroughs" in ch.claim for ch in changes)


def test_cli_diff_exit_status_and_json(run, corpus_copy, tmp_path):
    same = run("diff", "--claims", str(corpus_copy), "--against", str(CLAIMS))
    assert same.status == 0 and "0 of" in same.stderr
    _edit(corpus_copy / "cityhall-helping-young-londoners.yaml", "    value: 250000\n", "    value: 350000\n")
    extra = tmp_path / "claims.txt"
    extra.write_text("# one claim\n£250k seed funding\n\n", encoding="utf-8")
    r = run("diff", "--claims", str(corpus_copy), "--against", str(CLAIMS), str(extra), "--format", "json")
    assert r.status == 1, r.stderr
    data = json.loads(r.stdout)
    changed = {c["claim"]: c for c in data["changed"]}
    assert "£250k seed funding" in changed
    assert changed["£250k seed funding"]["old"]["verdict"] == "mixed"
    assert changed["£250k seed funding"]["new"]["verdict"] != "mixed"
    assert data["checked"] > 1


def test_cli_diff_needs_against(run):
    r = run("diff")
    assert r.status == 2 and "--against" in r.stderr


def test_cli_diff_after_adding_documents_lists_their_passages_apart_and_exits_0(run, corpus_copy, tmp_path):
    from factcheck.extraction import drafts_yaml, extract
    from factcheck.sources_admin import add_source, find_dateline

    from .conftest import DATA

    document = tmp_path / "lantern-copy.txt"
    document.write_bytes((DATA / "fixture_corpus" / "incoming" / "lantern-youth-hubs.txt").read_bytes() + b"\n(Copy for a diff test.)\n")
    added = add_source(corpus_copy, document)
    text = added.text_path.read_text(encoding="utf-8")
    added.claims_path.write_text(drafts_yaml(extract(text, added.id, Checker(load_corpus(corpus_copy)), find_dateline(text))), encoding="utf-8")
    r = run("diff", "--claims", str(corpus_copy), "--against", str(CLAIMS), "--format", "json")
    assert r.status == 0, r.stdout
    changed = json.loads(r.stdout)["changed"]
    assert changed and all(c["added_passage"] for c in changed)
    text_run = run("diff", "--claims", str(corpus_copy), "--against", str(CLAIMS))
    assert "# passages of documents added since OLD" in text_run.stdout and "and " in text_run.stderr
