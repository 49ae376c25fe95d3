"""`factcheck validate` for curators: every problem found in one run, each
explained in terms of what the parser reads, warnings apart from errors.
Fixtures are our own (an invented programme); the shipped corpus is checked
for invariants only."""

import hashlib
import json

from factcheck.validation import validate_corpus

from .conftest import CLAIMS

TEXT = (
    "Wrenfield Youth Orchard Fund update\n"
    "\n"
    "The Mayor has set aside £45m over three years for the Wrenfield Youth Orchard Fund.\n"
    "The orchards will open in ten boroughs \u2013 starting with the riverside ones \u2013 this spring.\n"
    "Some 300 volunteers have signed up.\n"
)

CLAIM = """  - id: {id}
    topic: {topic}
    subject: {subject}
    figure: "{figure}"
    value: {value}
    unit: {unit}
    qualifier: {qualifier}
{period}    source: orchard
    passage: "{passage}"
"""


def corpus(tmp_path, *claims: dict, extra_txt: bool = False, second_source: bool = False):
    root = tmp_path / "corpus"
    (root / "sources").mkdir(parents=True)
    raw = TEXT.encode("utf-8")
    (root / "sources" / "orchard.txt").write_bytes(raw)
    index = "sources:\n"
    index += f"  - {{id: orchard, file: sources/orchard.txt, sha256: {hashlib.sha256(raw).hexdigest()}, kind: other, title: unknown, publisher: unknown, date: unknown, url: unknown}}\n"
    if second_source:
        (root / "sources" / "quiet.txt").write_text("Nothing here has a claim.\n", encoding="utf-8")
        digest = hashlib.sha256(b"Nothing here has a claim.\n").hexdigest()
        index += f"  - {{id: quiet, file: sources/quiet.txt, sha256: {digest}, kind: other, title: unknown, publisher: unknown, date: unknown, url: unknown}}\n"
    if extra_txt:
        (root / "sources" / "stray.txt").write_text("A stray document.\n", encoding="utf-8")
    (root / "sources" / "index.yaml").write_text(index, encoding="utf-8")
    body = "claims:\n"
    for n, c in enumerate(claims):
        fields = {"id": f"c{n}", "topic": "orchard-fund", "subject": "Wrenfield Youth Orchard Fund", "qualifier": "exact", "period": None, **c}
        fields["period"] = f"    period: {fields['period']}\n" if fields["period"] else ""
        body += CLAIM.format(**fields)
    (root / "orchard.yaml").write_text(body, encoding="utf-8")
    return root


FUND = {"figure": "£45m", "value": 45000000, "unit": "GBP", "period": "over 3 years", "passage": "The Mayor has set aside £45m over three years for the Wrenfield Youth Orchard Fund."}
BOROUGHS = {"topic": "orchard-boroughs", "subject": "boroughs with Wrenfield orchards", "figure": "ten", "value": 10, "unit": "count", "passage": "The orchards will open in ten boroughs \u2013 starting with the riverside ones \u2013 this spring."}


def messages(report):
    return [str(p) for p in report.problems], [str(w) for w in report.warnings]


def test_clean_fixture_has_no_errors(tmp_path):
    errors, _ = messages(validate_corpus(corpus(tmp_path, FUND, BOROUGHS)))
    assert errors == []


def test_a_figure_read_as_a_period_is_explained(tmp_path):
    duration = {"topic": "orchard-years", "figure": "three years", "value": 3, "unit": "years", "passage": FUND["passage"]}
    errors, _ = messages(validate_corpus(corpus(tmp_path, FUND, duration)))
    (error,) = errors
    assert "the parser reads 'three years' as the period of £45m ('over 3 years'); record it as that claim's period" in error


def test_a_figure_not_read_says_what_is_read_there(tmp_path):
    wrong = {**BOROUGHS, "figure": "boroughs", "value": 10}
    errors, _ = messages(validate_corpus(corpus(tmp_path, wrong)))
    assert any("the parser reads 'ten' (10 count) here" in e for e in errors), errors


def test_a_hyphen_typed_for_an_en_dash_still_matches(tmp_path):
    typed = {**BOROUGHS, "passage": BOROUGHS["passage"].replace("\u2013", "-")}
    errors, _ = messages(validate_corpus(corpus(tmp_path, typed)))
    assert errors == []


def test_closest_text_is_the_sentence_with_the_figure_not_the_title(tmp_path):
    garbled = {**FUND, "passage": "The Mayor set aside £45m over three years for the Wrenfield Youth Orchard Fund."}
    errors, _ = messages(validate_corpus(corpus(tmp_path, garbled)))
    (error,) = [e for e in errors if "not found verbatim" in e]
    assert "closest text there: 'The Mayor has set aside £45m" in error


def test_wrong_period_is_an_error_and_a_missing_one_a_warning(tmp_path):
    per_year = {**FUND, "period": "per year"}
    errors, _ = messages(validate_corpus(corpus(tmp_path, per_year)))
    assert any("period 'per year' disagrees with the passage, which reads '£45m' as 'over 3 years'" in e for e in errors), errors
    unrecorded = {**FUND, "period": None}
    errors, warnings = messages(validate_corpus(corpus(tmp_path / "b", unrecorded)))
    assert errors == [] and any("record period: over 3 years" in w for w in warnings)


def test_wrong_qualifier(tmp_path):
    approx = {**BOROUGHS, "qualifier": "approx"}
    errors, warnings = messages(validate_corpus(corpus(tmp_path, approx)))
    assert errors == [] and any("qualifier 'approx', but the parser reads 'ten' as exact" in w for w in warnings)
    some = {"topic": "orchard-volunteers", "figure": "300", "value": 300, "unit": "count", "qualifier": "more_than", "passage": "Some 300 volunteers have signed up."}
    errors, _ = messages(validate_corpus(corpus(tmp_path / "b", some)))
    assert any("qualifier 'more_than' disagrees with the passage, which reads '300' as 'approx'" in e for e in errors), errors


def test_unregistered_text_and_source_without_claims_are_warnings(tmp_path):
    report = validate_corpus(corpus(tmp_path, FUND, extra_txt=True, second_source=True))
    errors, warnings = messages(report)
    assert errors == [] and report.ok
    assert any("stray.txt is in sources/ but not in" in w for w in warnings)
    assert any("source quiet has no claims" in w for w in warnings)


def test_yaml_error_in_one_file_leaves_the_others_checked(tmp_path):
    root = corpus(tmp_path, {**FUND, "value": 46000000})
    (root / "broken.yaml").write_text("claims:\n  - id: x\n    subject: colon: unquoted\n", encoding="utf-8")
    errors, _ = messages(validate_corpus(root))
    assert any("broken.yaml:3:" in e and "YAML syntax error" in e for e in errors)
    assert any("orchard.yaml" in e and "value/unit 46000000 GBP disagree" in e for e in errors)


def test_round_trip_failure_is_a_warning_named_round_trip(tmp_path):
    # Two claims of one topic for one measure that disagree: each passage,
    # checked as a claim, comes back mixed or conflicting, never an error.
    other = {"id": "c9", "figure": "300", "value": 300, "unit": "count", "topic": "orchard-boroughs", "subject": "boroughs with Wrenfield orchards", "passage": "Some 300 volunteers have signed up.", "qualifier": "approx"}
    report = validate_corpus(corpus(tmp_path, FUND, BOROUGHS, other))
    assert report.problems == []
    assert any("round trip" in w for w in messages(report)[1])


def test_cli_validate_exit_2_and_json(run, tmp_path):
    r = run("validate", "--claims", str(tmp_path / "missing"))
    assert r.status == 2 and "no such directory" in r.stderr and r.stderr.count("\n") == 1
    root = corpus(tmp_path, {**FUND, "period": "per year"})
    r = run("validate", "--claims", str(root), "--format", "json")
    assert r.status == 1
    data = json.loads(r.stdout)
    assert data["ok"] is False and data["problems"]
    assert all({"file", "line", "column", "message"} <= set(row) for row in data["problems"] + data["warnings"])


def test_shipped_corpus_has_no_errors_and_warnings_do_not_fail_it(run):
    report = validate_corpus(CLAIMS)
    assert report.problems == [] and report.ok
    assert all("warning:" in str(w) for w in report.warnings)
    assert run("validate").status == 0
