"""The temporal tagger on unseen news and court text: a month's year before a
noun, the end of the week, early and late weekdays, parts of a named day, and
the comparatives "earlier" and "later"."""

from __future__ import annotations

import datetime as dt

import pytest

from historiograph.extract.time import tag_timexes

TUESDAY = dt.date(2023, 6, 13)


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_timexes(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court heard that in May 2004 fighters under his command attacked the camp.",
            ("May 2004", "DATE", "2004-05", None),
        ),
        ("In June 1954 a force landed near the capital.", ("June 1954", "DATE", "1954-06", None)),
        ("In 1932 the army seized power.", ("1932", "DATE", "1932", None)),
    ],
)
def test_a_year_right_after_a_month_is_the_months_year_whatever_noun_follows(
    text: str, expected: tuple[str, str, str, None]
) -> None:
    assert _tagged(text, dt.date(2021, 3, 4)) == [expected]


def test_after_a_comma_the_month_has_ended_its_phrase_and_the_number_is_a_count() -> None:
    assert _tagged("In May, 2000 soldiers marched on the capital.", dt.date(2021, 3, 4)) == [
        ("May", "DATE", "2021-05", None)
    ]


def test_the_end_of_the_week_is_the_week_the_story_is_in() -> None:
    text = (
        "Four students sat down at the lunch counter on 1 February 1960. By the end "
        "of the week more than three hundred students had joined."
    )
    assert ("the end of the week", "DATE", "1960-W05", "END") in _tagged(text)


def test_the_end_of_the_week_in_a_report_is_the_documents_week() -> None:
    text = "The minister said the roads would reopen by the end of the week."
    assert _tagged(text, TUESDAY) == [("the end of the week", "DATE", "2023-W24", "END")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman opened fire inside a bar early Sunday.",
            ("early Sunday", "DATE", "2023-06-11", "START"),
        ),
        (
            "The suspect was detained late on Friday.",
            ("late on Friday", "DATE", "2023-06-09", "END"),
        ),
        (
            "Troops entered the town early on Monday.",
            ("early on Monday", "DATE", "2023-06-12", "START"),
        ),
    ],
)
def test_early_or_late_before_a_weekday_is_that_day_with_its_mod(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert _tagged(text, TUESDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was arrested on Monday afternoon.", ("Monday afternoon", "TIME", "2023-06-12TAF")),
        ("Shots were heard on Friday night.", ("Friday night", "TIME", "2023-06-09TNI")),
        (
            "He left the city on the morning of 4 September.",
            ("the morning of 4 September", "TIME", "2022-09-04TMO"),
        ),
    ],
)
def test_a_value_with_a_part_of_the_day_is_a_time(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [(t, kind, value) for t, kind, value, _ in _tagged(text, TUESDAY)] == [expected]


def test_earlier_and_later_before_this_or_that_month_carry_no_mod() -> None:
    text = "The strike began on 3 May 1926. Later that month the miners stayed out."
    assert ("Later that month", "DATE", "1926-05", None) in _tagged(text)
    text = "Talks resume later this month. Earlier this month the council met."
    assert _tagged(text, TUESDAY) == [
        ("later this month", "DATE", "2023-06", None),
        ("Earlier this month", "DATE", "2023-06", None),
    ]


def test_late_before_a_month_keeps_its_mod() -> None:
    assert _tagged("The rains came in late May 1998.") == [
        ("late May 1998", "DATE", "1998-05", "END")
    ]


def test_some_months_after_an_event_is_a_duration_not_a_date() -> None:
    text = (
        "Rwandan Patriotic Front rebels captured Kigali on 4 July 1994, three months "
        "after the genocide began."
    )
    assert _tagged(text) == [
        ("4 July 1994", "DATE", "1994-07-04", None),
        ("three months", "DURATION", "P3M", None),
    ]
