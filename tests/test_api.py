"""The package's public surface: `factcheck.load()` and what a script imports."""

from __future__ import annotations

import doctest
import inspect
import json
from pathlib import Path

import pytest

import factcheck
from factcheck import Relation, Verdict

from .conftest import CLAIMS, write_corpus


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """A script's situation: run from a directory with no corpus, no
    $FACTCHECK_CLAIMS, its own cache."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CLAIMS", raising=False)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory):
    """One cache for all the docstring examples: each loads the bundled corpus."""
    return tmp_path_factory.mktemp("cache")


def public_objects():
    return [(name, getattr(factcheck, name)) for name in factcheck.__all__ if name != "__version__"]


def test_every_public_name_resolves_and_is_listed_by_dir():
    names = set(dir(factcheck))
    for name in factcheck.__all__:
        assert name in names
        getattr(factcheck, name)
    with pytest.raises(AttributeError, match="no_such_name"):
        factcheck.no_such_name  # noqa: B018


@pytest.mark.parametrize("name, obj", public_objects(), ids=[n for n, _ in public_objects()])
def test_every_public_name_has_a_docstring_with_an_example_that_runs(name, obj, elsewhere, shared_cache, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(shared_cache))
    assert obj.__doc__ and ">>>" in obj.__doc__, f"{name} has no example in its docstring"
    finder = doctest.DocTestFinder(recurse=False)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    module = inspect.getmodule(obj)
    for test in finder.find(obj, name, module=module, globs=dict(vars(module))):
        runner.run(test)
    assert runner.failures == 0 and runner.tries > 0


def test_checker_methods_have_examples_too():
    for method in ("check", "check_many", "scan"):
        doc = inspect.getdoc(getattr(factcheck.Checker, method))
        assert doc and ">>>" in doc, method


def test_the_package_is_marked_typed():
    assert (Path(factcheck.__file__).parent / "py.typed").is_file()


def test_load_from_anywhere_finds_the_bundled_corpus(elsewhere):
    checker = factcheck.load()
    assert checker.corpus.root.resolve() == factcheck.settings.bundled_corpus_dir().resolve()
    assert checker.check("£45m Young Londoners Fund").verdict is Verdict.SUPPORTED
    assert list((elsewhere / "cache").iterdir())  # and cached it, as the CLI would


def test_load_takes_a_directory_like_claims(elsewhere):
    root = write_corpus(elsewhere / "lantern")
    checker = factcheck.load(root)
    assert checker.check("£12m for the Riverside Lantern Scheme").verdict is Verdict.SUPPORTED
    assert checker.check("£45m Young Londoners Fund").verdict is Verdict.UNVERIFIED


def test_load_follows_the_environment_then_the_working_directory(elsewhere, monkeypatch):
    write_corpus(elsewhere / "claims", amount="£7m", value=7_000_000)
    assert factcheck.load().check("£7m for the Riverside Lantern Scheme").verdict is Verdict.SUPPORTED
    other = write_corpus(elsewhere / "other", amount="£9m", value=9_000_000)
    monkeypatch.setenv("FACTCHECK_CLAIMS", str(other))
    assert factcheck.load().check("£7m for the Riverside Lantern Scheme").verdict is Verdict.CONFLICTING


def test_load_refuses_a_broken_corpus_with_a_located_error(elsewhere):
    root = write_corpus(elsewhere / "lantern")
    (root / "lantern.yaml").write_text("claims:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(factcheck.CorpusError) as caught:
        factcheck.load(root)
    assert str(caught.value).startswith("lantern/lantern.yaml:3:1: YAML syntax error")


def test_check_many_is_lazy_and_in_order(elsewhere):
    checker = factcheck.load(write_corpus(elsewhere / "lantern"))
    seen = []

    def lines():
        for text in ["£12m for the Riverside Lantern Scheme", "£20m for the Riverside Lantern Scheme"]:
            seen.append(text)
            yield text

    results = checker.check_many(lines())
    assert seen == []
    first = next(results)
    assert (first.verdict, len(seen)) == (Verdict.SUPPORTED, 1)
    assert [r.verdict for r in results] == [Verdict.CONFLICTING]


def test_scan_reports_each_figure_at_its_place(elsewhere):
    checker = factcheck.load(write_corpus(elsewhere / "lantern"))
    draft = "# Budget\n\nThe **Riverside Lantern Scheme** gets £20m,\nsays the council.\n"
    (finding,) = checker.scan(draft, path="budget.md")
    assert (finding.path, finding.line, finding.column, finding.figure.text) == ("budget.md", 3, 39, "£20m")
    assert finding.verdict is Verdict.CONFLICTING
    as_text = checker.scan(draft, path="budget.txt", markdown=False)
    assert [f.verdict for f in as_text] == [Verdict.CONFLICTING]


def test_validate_finds_the_corpus_as_load_does(elsewhere):
    assert factcheck.validate().ok
    root = write_corpus(elsewhere / "lantern")
    (root / "sources" / "lantern.txt").write_text("The scheme was renamed.\n", encoding="utf-8")
    report = factcheck.validate(root)
    assert not report.ok
    assert all(isinstance(p, factcheck.Problem) for p in report.problems)
    assert any("SHA-256" in p.message for p in report.problems)


def test_relation_is_an_enum_that_serialises_as_before():
    result = factcheck.load(CLAIMS).check("£3m for London Gang Exit")
    relations = {e.relation for e in result.evidence}
    assert relations and all(isinstance(r, Relation) for r in relations)
    for e, d in zip(result.evidence, result.to_dict()["evidence"]):
        assert d["relation"] == e.relation.value
        assert json.loads(json.dumps(e.relation)) == e.relation.value
