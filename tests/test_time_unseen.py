"""The temporal tagger on kinds of text it was not tuned on (tests/gold/time9-time.jsonl)."""

from __future__ import annotations

import datetime as dt

import pytest

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 26 July 2023 soldiers of the presidential guard detained the president.",
            ("26 July 2023", "DATE", "2023-07-26"),
        ),
        (
            "On 13 April 1919 troops under General Dyer opened fire on the crowd.",
            ("13 April 1919", "DATE", "1919-04-13"),
        ),
        ("On July 26, 2023 soldiers sealed the palace.", ("July 26, 2023", "DATE", "2023-07-26")),
    ],
)
def test_a_year_after_a_day_and_month_is_the_dates_year_before_a_count_noun(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _tagged(text, dt.date(2024, 1, 1)) == [expected]


def test_a_number_before_a_count_noun_is_still_a_count_without_a_day_and_month() -> None:
    tagged = _tagged("The army sent 1500 soldiers to the border.", dt.date(2024, 1, 1))
    assert tagged == []


def test_after_some_days_right_after_a_date_is_how_long_it_took() -> None:
    text = (
        "In the spring of 1453 the sultan's army reached the walls. The siege began on "
        "6 April. On 29 May, after 53 days, the troops broke through. The sultan entered "
        "the city that afternoon."
    )
    tagged = _tagged(text, dt.date(2021, 1, 10))
    assert ("29 May", "DATE", "1453-05-29") in tagged
    assert ("53 days", "DURATION", "P53D") in tagged
    # the story stays on the 29th, not 53 days after it
    assert ("that afternoon", "TIME", "1453-05-29TAF") in tagged


def test_after_some_days_opening_a_clause_still_moves_the_story_on() -> None:
    text = "The siege began on 6 April 1453. At last, after 53 days, the troops broke through."
    assert ("after 53 days", "DATE", "1453-05-29") in _tagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We reached Irun on 30 August 1936. Aircraft had bombed the town the day before, "
        "and the station was still smoking.",
        "We reached Irun on 30 August 1936. The day before, aircraft had bombed the town.",
    ],
)
def test_the_day_before_with_no_event_after_it_counts_from_the_narrated_day(text: str) -> None:
    assert [v for t, _, v in _tagged(text) if t.lower() == "the day before"] == ["1936-08-29"]


def test_the_day_before_an_event_still_tags_the_unit_only() -> None:
    tagged = _tagged("The vote was on 3 May 1990. The day after the vote, he left the city.")
    assert ("The day", "DATE", "1990-05-04") in tagged


def test_days_later_counts_from_the_last_date_told() -> None:
    text = (
        "Kenyans voted on 27 December 2007. When the commission declared the winner "
        "three days later, supporters took to the streets."
    )
    assert ("three days later", "DATE", "2007-12-30") in _tagged(text, dt.date(2008, 1, 2))


def test_since_a_year_is_an_open_interval_that_does_not_date_the_clause() -> None:
    text = "Dockworkers walked off the job on 1 October 2024, the first such strike since 1977."
    since = [t for t in tag_timexes(text, published=dt.date(2024, 10, 2)) if t.text == "1977"]
    assert len(since) == 1
    assert (since[0].type, since[0].value, since[0].mod) == ("DATE", "1977", "ON_OR_AFTER")
    assert since[0].earliest == dt.date(1977, 1, 1) and since[0].latest is None


def test_the_quarter_is_the_first_ended_quarter_a_report_names() -> None:
    text = (
        "The company said it earned $5 million in the fiscal first quarter. Analysts expect "
        "weaker demand in the fourth quarter. Sales in the quarter rose 12%, and the latest "
        "period was its best in two years."
    )
    tagged = _tagged(text, dt.date(1989, 10, 26))
    assert ("the fiscal first quarter", "DATE", "1989-Q1") in tagged
    assert ("the fourth quarter", "DATE", "1989-Q4") in tagged
    assert ("the quarter", "DATE", "1989-Q1") in tagged
    assert ("the latest period", "DATE", "1989-Q1") in tagged


def test_the_quarter_without_one_named_is_the_last_one_completed() -> None:
    tagged = _tagged("Sales in the quarter rose 12%.", dt.date(1989, 10, 26))
    assert tagged == [("the quarter", "DATE", "1989-Q3")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delivered at Kampala this 15th day of June, 2021.",
            ("this 15th day of June, 2021", "DATE", "2021-06-15"),
        ),
        (
            "Done the fourth day of July, in the year 1776, at Philadelphia.",
            ("the fourth day of July, in the year 1776", "DATE", "1776-07-04"),
        ),
    ],
)
def test_the_formal_day_of_a_month_is_one_date(text: str, expected: tuple[str, str, str]) -> None:
    assert _tagged(text) == [expected]


def test_a_quarter_named_by_its_months_is_that_calendar_quarter() -> None:
    text = "Profit in the October-December quarter fell by a third from a year earlier."
    tagged = _tagged(text, dt.date(2024, 2, 1))
    assert tagged == [
        ("the October-December quarter", "DATE", "2023-Q4"),
        ("a year earlier", "DATE", "2022-Q4"),
    ]


def test_the_day_in_apposition_is_the_date_just_named_even_as_an_aside() -> None:
    text = (
        "The market crashed in 1987. Eight trading days after Oct. 12, the day before "
        "the plunge, the index had lost a tenth."
    )
    tagged = _tagged(text, dt.date(1989, 10, 30))
    assert ("Oct. 12", "DATE", "1989-10-12") in tagged
    assert ("the day", "DATE", "1989-10-12") in tagged


@pytest.mark.parametrize(
    "aside",
    [
        "The estates sat by old custom. The 1614 rules gave each estate one vote.",
        "Peasants resented the Civil Constitution of the Clergy (1790) and rose.",
        "Danton, the leader of the August 1790 uprising, spoke.",
    ],
)
def test_a_year_naming_a_thing_does_not_move_the_story(aside: str) -> None:
    text = f"The Convention met in 1793. {aside} On 17 August, it voted for conscription."
    assert ("17 August", "DATE", "1793-08-17") in _tagged(text)


def test_a_year_dating_the_clause_still_moves_the_story() -> None:
    text = "The Convention met in 1793. In 1794 the Terror ended. On 17 August, it voted again."
    assert ("17 August", "DATE", "1794-08-17") in _tagged(text)


def test_a_year_in_a_past_perfect_clause_with_last_is_a_flashback() -> None:
    text = "The Convention met in 1793. The estates had last met in 1614. On 17 August, it voted."
    assert ("17 August", "DATE", "1793-08-17") in _tagged(text)
