"""Partial dates: year, year-month or full date, and the end-before-start rule."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from entryhub_desk.domain.profile import PartialDate, check_order
from entryhub_desk.errors import DeskError


@pytest.mark.parametrize(
    ("text", "precision"), [("2014", "year"), ("2014-05", "month"), ("2014-05-03", "day")]
)
def test_three_precisions_round_trip_as_text(text: str, precision: str) -> None:
    value = PartialDate.parse(text)
    assert str(value) == text
    assert value.precision == precision


def test_single_digit_month_is_read() -> None:
    assert str(PartialDate.parse("2014-5")) == "2014-05"


@pytest.mark.parametrize("text", ["", "14", "2014-13", "2014-02-30", "may 2014", "1899", "2014-"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(DeskError) as caught:
        PartialDate.parse(text, field="start")
    assert caught.value.code == "validation.bad_date"
    assert caught.value.params["field"] == "start"


def test_range_of_a_partial_date() -> None:
    value = PartialDate(2024, 2)
    assert value.earliest() == date(2024, 2, 1)
    assert value.latest() == date(2024, 2, 29)
    assert PartialDate(2023).latest() == date(2023, 12, 31)


def test_coerce_accepts_text_and_empty() -> None:
    assert PartialDate.coerce("start", "2020-01") == PartialDate(2020, 1)
    assert PartialDate.coerce("start", "  ") is None
    assert PartialDate.coerce("start", None) is None


def test_end_before_start_is_refused_with_both_dates() -> None:
    with pytest.raises(DeskError) as caught:
        check_order(PartialDate(2015), PartialDate(2014, 12))
    assert caught.value.code == "validation.end_before_start"
    assert caught.value.params == {"field": "end", "start": "2015", "end": "2014-12"}


def test_overlapping_precisions_are_fine() -> None:
    check_order(PartialDate(2014, 5), PartialDate(2014))
    check_order(PartialDate(2014, 5, 10), PartialDate(2014, 5))
    check_order(None, PartialDate(2000))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.integers(0, 2))
def test_any_date_at_any_precision_round_trips(day: date, cut: int) -> None:
    value = PartialDate(day.year, day.month if cut > 0 else None, day.day if cut > 1 else None)
    assert PartialDate.parse(str(value)) == value
    assert value.earliest() <= day <= value.latest()
