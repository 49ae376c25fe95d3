"""Tables in plain text: found, and each cell read as its row, column and title say."""

from hypothesis import given
from hypothesis import strategies as st

from factcheck.scanning import scan_text
from factcheck.tables import find_tables
from factcheck.verdicts import Verdict

from .test_checking import _documents_corpus

# An invented youth kitchen's report, its table as text copied from a PDF has it.
REPORT = """\
Lanternway Kitchen annual report

Table 1: Lanternway Kitchen sessions and meals by quarter, 2024-25

Quarter            Sessions    Meals served
April-June              212           3,140
July-September          236           3,502
January-March           198           2,960
Total                   646           9,602

Source: Lanternway Kitchen registers.
"""


def test_a_table_is_found_with_its_title_headings_and_rows():
    (table,) = find_tables(REPORT)
    assert table.title == "Lanternway Kitchen sessions and meals by quarter, 2024-25"
    assert [c.text for c in table.header.cells] == ["Quarter", "Sessions", "Meals served"]
    assert [r.label for r in table.rows] == ["April-June", "July-September", "January-March", "Total"]
    assert [c.text for c in table.rows[1].values()] == ["236", "3,502"]


def test_a_cell_is_read_with_its_row_its_column_and_the_title_s_year():
    (table,) = find_tables(REPORT)
    row = table.rows[0]
    said, at = table.sentence_for(row, row.values()[1])
    # The quarter takes the title's year; the title keeps none to read against
    # it. What the column counts follows the figure, as a reporter writes it.
    assert said == "Lanternway Kitchen sessions and meals by quarter: April-June 2024-25: 3,140 meals served"
    assert said[at:].startswith("3,140 ")
    total = table.rows[3]
    assert table.sentence_for(total, total.values()[0])[0] == "Lanternway Kitchen sessions and meals by quarter, 2024-25: Total: 646 sessions"


def test_a_title_s_section_number_and_date_give_way_to_a_column_s_own_time():
    text = "4.2 Stalls by ward, as at 30 June 2025:\n\n   Ward       Stalls   Takings, Q1 2025-26\n   Harlow        11       £2,310\n   Penvale        8       £1,420\n"
    (table,) = find_tables(text)
    assert table.title == "Stalls by ward, as at 30 June 2025"
    harlow = table.rows[0]
    stalls, takings = harlow.values()
    assert table.sentence_for(harlow, stalls)[0] == "Stalls by ward, as at 30 June 2025: Harlow: 11 stalls"
    # A sum is said after its column ("takings, Q1 2025-26: £2,310", in
    # words, not a capitalised name), the title's date left out.
    assert table.sentence_for(harlow, takings)[0] == "Stalls by ward: Harlow, takings, Q1 2025-26: £2,310"


def test_the_first_column_is_the_row_s_label_even_when_it_starts_with_a_year():
    text = "Year                          Grant\n2022-23 (from October 2022)   £180,000\n2023-24                       £365,000\n"
    (table,) = find_tables(text)
    assert [(r.label, [c.text for c in r.values()]) for r in table.rows] == [("2022-23 (from October 2022)", ["£180,000"]), ("2023-24", ["£365,000"])]


def test_a_column_is_found_by_where_its_cell_stands_when_a_row_has_fewer_cells():
    text = "Group      Visits    Rate per 1,000    Change\nAll        4,120     31.5\nUnder 18   980       40.2              -3%\n"
    (table,) = find_tables(text)
    short = table.rows[0]
    assert [table.heading_of(short, c) for c in short.values()] == ["Visits", "Rate per 1,000"]


def test_a_label_set_one_space_from_its_value_between_rows_is_a_row():
    text = "The year at a glance\n\nVolunteers                      48\nMeals served since launch (to 31 March 2025) 21,400\nKitchens                         3\n"
    (table,) = find_tables(text)
    assert table.title == "The year at a glance"
    assert [(r.label, r.values()[0].text) for r in table.rows] == [
        ("Volunteers", "48"),
        ("Meals served since launch (to 31 March 2025)", "21,400"),
        ("Kitchens", "3"),
    ]


def test_prose_typed_with_two_spaces_after_its_stops_is_no_table():
    text = "The kitchen served 3,140 meals.  It opened in 2019.\nVolunteers gave 48 evenings.  Most came weekly.\n"
    assert find_tables(text) == []


def _kitchen_corpus(root):
    rows = REPORT.splitlines()
    claims = [
        {"id": "sessions-q1", "topic": "sessions", "subject": "Lanternway Kitchen sessions, April-June 2024-25", "figure": "212", "value": 212, "unit": "count",
         "passage": rows[5], "period": "one quarter", "as_of": "2024-04/2024-06"},
        {"id": "sessions-q2", "topic": "sessions", "subject": "Lanternway Kitchen sessions, July-September 2024-25", "figure": "236", "value": 236, "unit": "count",
         "passage": rows[6], "period": "one quarter", "as_of": "2024-07/2024-09"},
        {"id": "meals-q4", "topic": "meals", "subject": "meals served by Lanternway Kitchen, January-March 2024-25", "figure": "2,960", "value": 2960, "unit": "count",
         "passage": rows[7], "period": "one quarter", "as_of": "2025-01/2025-03"},
        {"id": "sessions-year", "topic": "sessions", "subject": "Lanternway Kitchen sessions in 2024-25", "figure": "646", "value": 646, "unit": "count",
         "passage": rows[8], "as_of": "2024-04/2025-03"},
    ]
    return _documents_corpus(root, [{"id": "lanternway-report", "publisher": "Lanternway Kitchen", "text": REPORT, "claims": claims}])


def _kitchen(root):
    from factcheck.checking import Checker
    from factcheck.corpus import load_corpus

    return Checker(load_corpus(_kitchen_corpus(root)))


def test_a_table_s_cells_are_checked_as_their_row_and_column_say(tmp_path):
    checker = _kitchen(tmp_path / "kitchen")
    found = {(f.line, f.figure.text): f for f in scan_text(REPORT, "report.txt", checker, markdown=False)}
    for line, figure in [(6, "212"), (7, "236"), (8, "2,960"), (9, "646")]:
        finding = found[(line, figure)]
        assert finding.verdict is Verdict.SUPPORTED, finding.check.reason
        assert REPORT.splitlines()[line - 1][finding.column - 1 :].startswith(figure)
        assert "read as a table's cell" in finding.check.reason


def test_a_quarter_s_figure_under_another_quarter_is_not_supported(tmp_path):
    checker = _kitchen(tmp_path / "kitchen")
    draft = REPORT.replace("April-June              212", "April-June              236").replace("July-September          236", "July-September          212")
    found = {(f.line, f.figure.text): f for f in scan_text(draft, "draft.txt", checker, markdown=False)}
    assert found[(6, "236")].verdict is not Verdict.SUPPORTED
    assert found[(7, "212")].verdict is not Verdict.SUPPORTED


def test_a_passage_that_is_a_table_s_row_is_checked_as_its_cell(tmp_path):
    from factcheck.validation import validate_corpus

    # Alone, "July-September   236   3,502" names nothing; in its table it is the quarter's sessions.
    report = validate_corpus(_kitchen_corpus(tmp_path / "kitchen"))
    assert [str(w) for w in report.warnings if "round trip" in str(w)] == []


def test_a_table_of_the_shipped_corpus_s_amounts_is_read_by_its_labels(checker):
    # One value a row: the label says what it is; a capitalised heading ("Amount") names nothing.
    draft = "Funding\n\nProgramme                          Amount\nYoung Londoners Fund               £45m\nKnife Crime Community Seed Fund    £250,000\n"
    found = {f.figure.text: f.verdict for f in scan_text(draft, "draft.txt", checker, markdown=False)}
    assert found == {"£45m": Verdict.SUPPORTED, "£250,000": Verdict.MIXED}


@given(st.lists(st.sampled_from(["Total", "Sessions", "1,204", "£3m", "about 5", "2024-25", "Q1", "April-June", "-", "n/a", "Table 1:", "4.2", "(", " ", "  ", "   ", "\t", "\n", "\n\n"]), max_size=60))
def test_every_cell_stands_where_its_text_is_and_its_sentence_holds_it(parts):
    text = "".join(parts)
    for table in find_tables(text):
        for row in table.rows:
            for cell in row.values():
                assert text[cell.start : cell.end] == cell.text
                said, at = table.sentence_for(row, cell)
                assert said[at:].startswith(cell.text)


def test_a_place_named_like_a_month_takes_no_year():
    text = "Visits by town, 2024-25\n\nTown        Visits\nMarlstow       412\nOctonbury      230\n"
    (table,) = find_tables(text)
    row = table.rows[0]
    assert table.sentence_for(row, row.values()[0])[0] == "Visits by town, 2024-25: Marlstow: 412 visits"


MARKDOWN_DRAFT = """\
## Lanternway Kitchen sessions and meals by quarter, 2024-25

| Quarter | Sessions | Meals served |
|---|---:|---:|
| April-June | 212 | 3,140 |
| January-March | 198 | 2,960 |
"""


def test_a_markdown_table_s_cells_are_read_as_its_row_and_column_say(tmp_path):
    checker = _kitchen(tmp_path / "kitchen")
    found = {(f.line, f.figure.text): f for f in scan_text(MARKDOWN_DRAFT, "draft.md", checker)}
    for line, figure in [(5, "212"), (6, "2,960")]:
        finding = found[(line, figure)]
        assert finding.verdict is Verdict.SUPPORTED, finding.check.reason
        assert MARKDOWN_DRAFT.splitlines()[line - 1][finding.column - 1 :].startswith(figure)
        assert "read as a table's cell" in finding.check.reason


def test_prose_whose_links_are_blanked_is_no_markdown_table():
    from factcheck.markdown import read_markdown

    # Masked, a link's target is spaces: two such lines look like columns, but are no table.
    draft = "The kitchen served [3,140 meals](https://example.org/a-long-report-address) in spring\nand [212 sessions](https://example.org/another-long-address) in all.\n"
    reading = read_markdown(draft)
    assert find_tables(reading.masked, reading.table_rows) == []
    assert find_tables(reading.masked)  # what the Markdown reading's rows rule out
