"""The tagger on texts without a publication date: the heading's or the dateline's own
date, and month and day kept where a dateline gives no year."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text)]


def test_a_dated_heading_is_the_day_the_text_speaks_from() -> None:
    text = (
        "Ministry of Interior statement, 2 May 2016\n\n"
        "On the night of 30 April, gunmen attacked a checkpoint. "
        "The minister visited the site today and met families in December."
    )
    assert values(text) == [
        ("2 May 2016", "2016-05-02"),
        ("the night of 30 April", "2016-04-30TNI"),
        ("today", "2016-05-02"),
        ("December", "2015-12"),
    ]


def test_a_dateline_with_its_year_dates_the_story() -> None:
    text = "LIMA, Aug. 3, 1989 (Reuters) - Police said on Tuesday that the strike had ended."
    assert values(text)[1] == ("Tuesday", "1989-08-01")


def test_a_heading_that_names_a_month_or_a_sentence_gives_no_document_date() -> None:
    # a month is the subject of a heading, not its date; a first line with a
    # closing full stop is a sentence of the story, not a heading
    assert values("Elections of March 2019\n\nVoters went to the polls today.")[-1] == (
        "today",
        "XXXX-XX-XX",
    )
    text = "The treaty was signed on 4 June 1920.\n\nToday the border still holds."
    assert values(text)[-1][1] != "1920-06-04"


def test_a_year_less_dateline_keeps_its_month_for_this_month() -> None:
    text = (
        "QUETTA, Pakistan, Oct. 9 \u2014 It was the third bombing this month. "
        "Talks will resume next week."
    )
    assert values(text) == [
        ("Oct. 9", "XXXX-10-09"),
        ("this month", "XXXX-10"),
        ("next week", "XXXX-WXX"),
    ]


def test_the_next_day_after_a_year_less_day_keeps_month_and_day() -> None:
    text = (
        "DERVAN, March 15 (Reuters) - Fighting began on the night of March 12 "
        "and ended the next day. Two days later the roads reopened."
    )
    assert values(text)[1:] == [
        ("the night of March 12", "XXXX-03-12TNI"),
        ("the next day", "XXXX-03-13"),
        ("Two days later", "XXXX-03-15"),
    ]


def test_a_day_counted_across_february_without_a_year_stays_unknown() -> None:
    # 28 February and one day is 29 February or 1 March, as the year has it
    text = "KABUL, March 2 (AP) - The siege began on Feb. 28 and ended the next day."
    assert values(text)[-1] == ("the next day", "XXXX")
    assert values("KABUL, March 2 (AP) - It began on Feb. 20. Two days later it ended.")[-1] == (
        "Two days later",
        "XXXX-02-22",
    )


def test_a_weekday_part_without_a_date_keeps_its_part() -> None:
    assert values("Gunmen struck on Tuesday night.") == [("Tuesday night", "XXXX-WXX-2TNI")]


def test_since_a_weekday_is_a_past_one_in_a_clause_about_the_future() -> None:
    text = "Press release, 3 August 2021\n\nWards closed since Sunday will reopen on Monday."
    assert values(text)[1:] == [("Sunday", "2021-08-01"), ("Monday", "2021-08-09")]


def test_a_season_word_after_to_or_a_modal_is_a_verb() -> None:
    assert values("In May 1994 the river began to fall. Prices could fall.") == [
        ("May 1994", "1994-05")
    ]
    # the end of a range stays a season
    assert [t for t, _ in values("They fought from spring to fall.")] == ["spring", "fall"]


def test_a_day_part_before_a_vehicle_names_the_vehicle() -> None:
    text = "By Christmas 1912 it had ended. The night express carried the leaders home."
    assert values(text) == [("Christmas 1912", "1912-12-25")]


def test_a_month_after_a_season_of_an_old_year_stays_in_that_year() -> None:
    # a season dates the story as finely as a month does: the history's
    # "On 23 September" is not the September before its publication
    text = (
        "In the summer of 2017 the regional government called a referendum. "
        "On 23 September, police seized ballot papers."
    )
    tagged = tag_timexes(text, published=dt.date(2027, 11, 2))
    assert [(t.text, t.value) for t in tagged][-1] == ("23 September", "2017-09-23")


def test_a_day_part_after_a_year_less_day_keeps_its_month_and_day() -> None:
    text = (
        "Ministry statement\n\nOn the night of 12 March, gunmen attacked. "
        "The next morning police arrived. Residents fled at night."
    )
    assert values(text) == [
        ("the night of 12 March", "XXXX-03-12TNI"),
        ("The next morning", "XXXX-03-13TMO"),
        ("night", "XXXX-XX-XXTNI"),
    ]
    # a weekday of unknown date in between: the day is no longer known, its month still is
    text = "DERVAN, March 15 (Reuters) - It began on Tuesday. That night troops came this month."
    assert values(text)[-2:] == [("That night", "XXXX-XX-XXTNI"), ("this month", "XXXX-03")]
