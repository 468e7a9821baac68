from datetime import date

import pytest

from eventwire.when import is_background, parse_date_expression, ResolvedDate

PUB = date(2020, 9, 14)  # a Monday


@pytest.mark.parametrize("text,expected", [
    ("on Sunday", date(2020, 9, 13)),
    ("Sunday", date(2020, 9, 13)),
    ("Monday", date(2020, 9, 14)),  # past-tense "on Monday" in a Monday paper is that day
    ("last Monday", date(2020, 9, 7)),
    ("yesterday", date(2020, 9, 13)),
    ("last night", date(2020, 9, 13)),
    ("today", date(2020, 9, 14)),
    ("Aug. 9", date(2020, 8, 9)),
    ("9 August 2020", date(2020, 8, 9)),
    ("September 14", date(2020, 9, 14)),
    ("Sept. 3, 2019", date(2019, 9, 3)),
    ("2020-09-01", date(2020, 9, 1)),
    ("three days ago", date(2020, 9, 11)),
])
def test_past_expressions(text, expected):
    assert parse_date_expression(text, PUB)[0] == expected


def test_future_weekday_looks_forward():
    assert parse_date_expression("on Thursday", PUB, future=True)[0] == date(2020, 9, 17)
    assert parse_date_expression("next week", PUB)[1] == "week"


def test_year_inferred_around_new_year():
    assert parse_date_expression("Dec. 30", date(2021, 1, 2))[0] == date(2020, 12, 30)
    assert parse_date_expression("Jan. 3", date(2020, 12, 30), future=True)[0] == date(2021, 1, 3)


def test_numbers_that_are_not_dates():
    assert parse_date_expression("26 years", PUB) is None
    assert parse_date_expression("$1", PUB) is None


def test_background_is_more_than_a_month_old():
    assert is_background(ResolvedDate(date(2020, 8, 9), "text", "day"), "2020-09-14")
    assert not is_background(ResolvedDate(date(2020, 9, 13), "text", "day"), "2020-09-14")
    assert not is_background(ResolvedDate(date(2020, 8, 9), "publication", "day"), "2020-09-14")


def test_a_bare_month_is_its_latest_start_or_the_coming_one():
    from datetime import date
    from eventwire.when import parse_date_expression
    pub = date(2022, 5, 25)
    assert parse_date_expression("in February", pub) == (date(2022, 2, 1), "month")
    assert parse_date_expression("June", pub) == (date(2022, 6, 1), "month")
    assert parse_date_expression("last May", pub) == (date(2021, 5, 1), "month")
    assert parse_date_expression("March 2019", pub) == (date(2019, 3, 1), "month")
