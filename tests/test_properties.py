"""Property-based tests (Hypothesis). `pytest --slow` runs 25x more examples."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import format_money, parse_figures
from factcheck.verdicts import Verdict

VERDICTS = set(Verdict)


@pytest.mark.slow
@given(st.text())
def test_figure_parser_never_raises_on_any_text(text):
    for f in parse_figures(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text


@given(st.text(alphabet="0123456789,.£$€%-–/: mkbnMKillionthousandyearsJunea", max_size=200))
def test_figure_parser_on_figure_like_noise(text):
    for f in parse_figures(text):
        assert text[f.start : f.end] == f.text


money_values = st.builds(
    lambda mantissa, exp: Decimal(mantissa) * Decimal(10) ** exp,
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=9),
)


@given(money_values, st.sampled_from(["GBP", "USD", "EUR"]), st.sampled_from(["symbol", "short", "words", "code", "suffix"]))
def test_money_formatted_in_each_style_parses_back(value, unit, style):
    text = format_money(value, unit, style)
    (f,) = parse_figures(f"The fund is {text} this time")
    assert (f.value, f.unit) == (value, unit), text


@given(st.integers(min_value=0, max_value=10**12))
def test_counts_with_separators_parse_back(n):
    (f,) = parse_figures(f"they counted {n:,} items")
    assert (f.value, f.unit) == (Decimal(n), "count")


@given(st.integers(min_value=0, max_value=10000), st.integers(min_value=0, max_value=99))
def test_percentages_parse_back(whole, frac):
    (f,) = parse_figures(f"a rise of {whole}.{frac:02d}% this year")
    assert (f.value, f.unit) == (Decimal(f"{whole}.{frac:02d}"), "percent")


@given(st.text(max_size=300))
def test_check_turns_any_unicode_into_a_result(checker, text):
    result = checker.check(text)
    assert result.verdict in VERDICTS
    assert isinstance(result.reason, str) and result.reason
    data = result.to_dict()
    assert data["claim"] == text
