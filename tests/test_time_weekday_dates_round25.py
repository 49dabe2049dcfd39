"""A weekday told with a day of the month picks the month or year the text leaves unsaid:
"on Tuesday the 12th" in a letter of Sunday 24 June 1951 is 12 June, a Tuesday, and "It
was Friday the 10th of October", told on 9 October 2015, is 10 October 2014, a Friday
(kinds from the conflicts helper's round-25 gold, new wording)."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


def test_a_weekday_with_a_day_number_picks_the_month_where_they_meet() -> None:
    text = "I write to you on Sunday. On Tuesday the 12th the bandits came to the estate."
    assert _value_of(text, "Tuesday the 12th", dt.date(1951, 6, 24)) == "1951-06-12"


def test_a_weekday_with_a_day_in_a_past_month_looks_back_to_that_month() -> None:
    text = "On Saturday the 26th the strikers marched to the mill."
    assert _value_of(text, "Saturday the 26th", dt.date(1951, 6, 10)) == "1951-05-26"


def test_a_weekday_with_day_and_month_picks_the_year_where_they_meet() -> None:
    text = "It was Friday the 10th of October when they came for him."
    assert _value_of(text, "Friday the 10th of October", dt.date(2015, 10, 9)) == "2014-10-10"


def test_a_weekday_that_fits_the_year_inferred_keeps_it() -> None:
    text = "He arrived on Friday, 5 May, with the survey team."
    assert _value_of(text, "Friday, 5 May", dt.date(2023, 5, 20)) == "2023-05-05"
