"""Scanning drafts: sentences, Markdown, and the exact place of every finding."""

import json

import pytest

from factcheck.verdicts import Verdict
from factcheck.scanning import mask_markdown, scan_text, split_sentences

from .conftest import DATA

DRAFTS = DATA / "drafts"


def sentences(text, markdown=False):
    masked, breaks = mask_markdown(text) if markdown else (text, None)
    return [s.text for s in split_sentences(masked, breaks)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Khan spoke. Then he left.", ["Mr. Khan spoke.", "Then he left."]),
        ("St. Thomas' got £1.4m. Dr. Smith agreed.", ["St. Thomas' got £1.4m.", "Dr. Smith agreed."]),
        ("It rose 2.5% in 2018. Prices fell.", ["It rose 2.5% in 2018.", "Prices fell."]),
        ("Funds, e.g. the £45m one, grew. Others shrank.", ["Funds, e.g. the £45m one, grew.", "Others shrank."]),
        ('"We gave £2m." The Mayor said so.', ['"We gave £2m."', "The Mayor said so."]),
        ("He said “it works.” She agreed.", ["He said “it works.”", "She agreed."]),
        ("A sentence wrapped\nover two lines. Next one.", ["A sentence wrapped over two lines.", "Next one."]),
        ("J. K. Rowling wrote. Done.", ["J. K. Rowling wrote.", "Done."]),
        ("What? Really! Yes.", ["What?", "Really!", "Yes."]),
        ("First paragraph has no stop\n\nSecond paragraph.", ["First paragraph has no stop", "Second paragraph."]),
    ],
)
def test_sentence_splitting(text, expected):
    masked = text
    breaks = {i for i in range(len(text)) if text.startswith("\n\n", i)}
    assert [s.text for s in split_sentences(masked, breaks)] == expected


def test_markdown_masking_keeps_offsets_and_drops_markup():
    text = "# Title £1m\n\nSee [the **£45m** fund](http://x.org/£9m \"t\") and `£7m`.\n"
    masked, _ = mask_markdown(text)
    assert len(masked) == len(text)
    assert masked.count("\n") == text.count("\n")
    assert "£9m" not in masked and "£7m" not in masked and "http" not in masked
    assert masked.index("£45m") == text.index("£45m")
    assert masked.index("£1m") == text.index("£1m")


def test_markdown_skips_code_front_matter_and_comments():
    text = "---\nbudget: £5m\n---\nProse £1m.\n\n```\n£2m\n```\n\n<!-- £3m -->\n\n    £4m indented\n\n~~~\n£6m\n~~~\n"
    masked, _ = mask_markdown(text)
    for hidden in ("£5m", "£2m", "£3m", "£4m", "£6m"):
        assert hidden not in masked
    assert "£1m" in masked


def test_markdown_headings_and_list_items_are_their_own_sentences():
    text = "# Heading with £45m\nBody text.\n- item one £1m\n- item two £2m\n"
    assert sentences(text, markdown=True) == ["Heading with £45m", "Body text.", "item one £1m", "item two £2m"]


def found(checker, name):
    path = DRAFTS / name
    return [(f.line, f.column, f.verdict.value, f.figure.text) for f in scan_text(path.read_text(encoding="utf-8"), name, checker)]


def test_markdown_draft_findings_at_exact_places(checker):
    assert found(checker, "budget.md") == [
        (3, 38, "supported", "£45 million"),
        (4, 9, "supported", "February 2018"),
        (4, 41, "supported", "three-year"),
        (4, 63, "supported", "£10m"),
        (7, 27, "supported", "£2m"),
        (8, 71, "supported", "150"),
        (10, 14, "mixed", "£1.4m"),
        (10, 42, "supported", "43"),
        (13, 24, "supported", "900"),
        (14, 45, "conflicting", "35"),
        (20, 14, "unverified", "£9 million"),
    ]


def test_plain_text_draft_findings(checker):
    assert found(checker, "notes.txt") == [
        (1, 26, "unverified", "3 Jan"),
        (3, 35, "conflicting", "£50m"),
        # "Another said it was £45m": read with the fund named the sentence before.
        (4, 37, "supported", "£45m"),
        (6, 39, "supported", "£110m"),
    ]


def test_a_sentence_naming_nothing_is_read_with_the_subject_before_it(checker):
    findings = scan_text((DRAFTS / "notes.txt").read_text(encoding="utf-8"), "notes.txt", checker)
    carried = next(f for f in findings if f.figure.text == "£45m")
    assert "read as about: Young Londoners Fund, from line 3" in carried.check.reason or "read as about: YLF, from line 3" in carried.check.reason, carried.check.reason


def test_the_carried_subject_stops_at_the_paragraph(checker):
    draft = "The Young Londoners Fund is worth £45m.\n\nIt has £2m for mentoring.\n"
    (_, second) = scan_text(draft, "d.txt", checker)
    assert second.verdict is not Verdict.SUPPORTED and "read as about" not in second.check.reason


def test_positions_point_at_the_figure_in_the_original(checker):
    text = (DRAFTS / "budget.md").read_text(encoding="utf-8")
    lines = text.split("\n")
    for f in scan_text(text, "budget.md", checker):
        assert lines[f.line - 1][f.column - 1 :].startswith(f.figure.text)


def test_wrapped_sentence_is_reported_whole(checker):
    findings = scan_text((DRAFTS / "budget.md").read_text(encoding="utf-8"), "budget.md", checker)
    seed = next(f for f in findings if f.figure.text == "£1.4m")
    assert seed.sentence == "A total of £1.4m has been allocated to 43 anti-knife crime projects, the page says."


def test_sentences_without_figures_are_not_findings(checker):
    assert scan_text("Nothing to see here. Really nothing.", "x.txt", checker) == []


def test_finding_json_is_the_check_contract_plus_place(checker):
    (finding, *_) = scan_text("The Mayor created the £45m Young Londoners Fund.", "d.md", checker)
    data = finding.to_dict()
    assert set(data) == {"claim", "verdict", "figures", "evidence", "reason", "path", "line", "column"}
    assert (data["path"], data["line"], data["column"]) == ("d.md", 1, 23)
    json.dumps(data)


def test_a_sentence_referring_back_is_judged_on_what_it_refers_to(checker):
    """Without its subject, "police made more than 900 arrests" reads as the
    Met's own arrest count and conflicts; the paragraph says which operation."""
    draft = "Operation Winter Nights ran in November and December.\nOver those weeks, police made more than 900 arrests.\n"
    arrests = next(f for f in scan_text(draft, "d.txt", checker) if f.figure.text == "900")
    assert arrests.verdict is Verdict.SUPPORTED, arrests.check.reason
    assert "read as about" in arrests.check.reason


def test_the_subject_carried_is_named_as_the_draft_wrote_it(checker):
    """Not by an acronym or an alias the corpus keeps for a misspelling."""
    draft = "The Young Londoners Fund was announced in February 2018. It is worth £45m over three years.\n"
    worth = next(f for f in scan_text(draft, "d.txt", checker) if f.figure.text == "£45m")
    assert "read as about: Young Londoners Fund, from line 1" in worth.check.reason


def test_a_date_of_its_launch_is_read_with_the_subject_carried(checker):
    draft = "The violent crime taskforce was created with 150 officers.\nSince its launch in April 2018 it has recovered 910 knives.\n"
    launch = next(f for f in scan_text(draft, "d.txt", checker) if f.figure.text == "April 2018")
    assert launch.verdict is Verdict.SUPPORTED and "read as about" in launch.check.reason


@pytest.fixture(scope="module")
def quay_line(tmp_path_factory):
    """An invented ferry with a count for each year."""
    from factcheck.checking import Checker
    from factcheck.corpus import load_corpus

    from .test_checking import _documents_corpus

    passages = {2021: "In 2021 the Quay Line ferry made 4,210 crossings.", 2022: "In 2022 the Quay Line ferry made 5,130 crossings."}
    header = "This report went to the Quay Harbour Board at its meeting on 3 May 2024.\n"
    return Checker(load_corpus(_documents_corpus(tmp_path_factory.mktemp("quay"), [
        {"id": "harbour-report", "publisher": "Quay Harbour Board", "text": header + "\n".join(passages.values()) + "\n", "claims": [
            {"id": f"crossings-{year}", "topic": "crossings", "subject": f"crossings made by the Quay Line ferry in {year}", "figure": figure,
             "value": int(figure.replace(",", "")), "unit": "count", "period": f"in {year}", "passage": passage}
            for (year, passage), figure in zip(passages.items(), ("4,210", "5,130"))
        ] + [
            {"id": "board-meeting", "subject": "meeting of the Quay Harbour Board that received the crossings report", "figure": "3 May 2024",
             "value": "'2024-05-03'", "unit": "date", "passage": header.strip()},
        ]},
    ])))


def test_rows_of_a_plain_text_list_are_read_with_the_line_that_leads_into_them(quay_line):
    # (A row as long as wrapped prose, with leader dots, ends its line with its figure.)
    draft = "Crossings made by the Quay Line ferry, by year:\n2021 ..................................: 4,210\n2022: 6,000\n"
    first, second = scan_text(draft, "notes.txt", quay_line)
    assert (first.line, first.sentence.replace(".", ""), first.verdict) == (2, "2021: 4,210", Verdict.SUPPORTED)
    assert (second.line, second.sentence, second.verdict) == (3, "2022: 6,000", Verdict.CONFLICTING)
    assert "read as about: Crossings made by the Quay Line ferry, by year, from line 1" in first.check.reason


def test_items_of_a_markdown_list_are_read_with_the_paragraph_that_leads_into_them(quay_line):
    draft = "Crossings made by the Quay Line ferry, by year:\n\n- 2021: 4,210\n- 2022: 6,000\n"
    assert [(f.line, f.verdict) for f in scan_text(draft, "notes.md", quay_line)] == [(3, Verdict.SUPPORTED), (4, Verdict.CONFLICTING)]


def test_prose_wrapped_by_hand_is_not_cut_into_rows(quay_line):
    draft = "Harbour figures show the Quay Line ferry made 4,210 crossings in\n2021, and the board says it made 5,130 in 2022.\n"
    findings = scan_text(draft, "notes.txt", quay_line)
    assert {f.sentence for f in findings} == {" ".join(draft.split())}


def test_a_field_of_a_plain_text_header_is_read_with_the_fields_before_it(quay_line):
    # "Date of meeting" says which meeting only with the "Report to" line above it.
    (finding,) = scan_text("Report to: Quay Harbour Board\nDate of meeting: 3 May 2024\n", "minutes.txt", quay_line)
    assert (finding.line, finding.verdict) == (2, Verdict.SUPPORTED), finding.check.reason
    assert "read as about: Report to: Quay Harbour Board, from line 1" in finding.check.reason


def test_a_field_is_read_with_the_few_fields_just_above_it(quay_line):
    # A paragraph of thousands of fields must not be read into each: the three above it say what it is of.
    header = "Ref: QHB-2024-17\nAuthor: Harbour clerk\nStatus: Final\nReport to: Quay Harbour Board\nDate of meeting: 3 May 2024\n"
    (finding,) = scan_text(header, "minutes.txt", quay_line)
    assert finding.verdict is Verdict.SUPPORTED, finding.check.reason
    assert "read as about: Author: Harbour clerk Status: Final Report to: Quay Harbour Board, from line 2" in finding.check.reason
