"""Dates in narrative (round 26b): a day number after a weekday or a part of the day, a
story resumed after a look ahead to bare years, and a day of the telling that leaves the
story's month in place."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


def test_a_weekday_with_a_day_number_is_a_date_whatever_word_follows() -> None:
    text = "Lisbon, Friday 20 May 1927. They sailed on Monday the 9th with the whole crew aboard."
    assert _value_of(text, "Monday the 9th", dt.date(1927, 5, 20)) == "1927-05-09"


def test_a_bare_day_number_before_a_noun_stays_untagged() -> None:
    texts = [t.text for t in tag_timexes("The office is on the 3rd floor of the old bank.")]
    assert texts == []


def test_the_evening_of_a_day_number_is_that_day_of_the_story_month() -> None:
    text = (
        "In May 1968 the students took the Sorbonne. On the night of the 10th barricades went up."
    )
    assert _value_of(text, "the night of the 10th") == "1968-05-10TNI"


def test_a_count_of_days_goes_on_from_the_evening_of_a_day_number() -> None:
    text = (
        "In April 1994 I was teaching in Butare. On the evening of the 19th soldiers came. "
        "Two days later we fled."
    )
    assert _value_of(text, "Two days later") == "1994-04-21"


def test_a_day_soon_after_the_story_resumes_it_after_a_look_ahead_to_bare_years() -> None:
    text = (
        "The mutiny broke out on 2 June 1906. Its leader was caught on 5 June and jailed "
        "until 1911; he died in exile in 1924. On 9 June the fleet sailed home."
    )
    assert _value_of(text, "9 June", dt.date(2001, 1, 1)) == "1906-06-09"


def test_a_day_far_from_the_story_stays_in_the_bare_year_looked_ahead_to() -> None:
    text = (
        "The mutiny broke out on 2 June 1906. The party was banned in 1912. "
        "On 9 October its leaders were arrested."
    )
    assert _value_of(text, "9 October", dt.date(2001, 1, 1)) == "1912-10-09"


def test_the_day_of_the_telling_leaves_the_story_in_its_month() -> None:
    text = (
        "LIMA, June 3 - Peru's exports fell 4 percent in April, the central bank said on "
        "Tuesday. Copper shipments were down from the previous month."
    )
    assert _value_of(text, "the previous month", dt.date(2015, 6, 3)) == "2015-03"


def test_a_month_compared_against_leaves_the_story_in_the_month_reported() -> None:
    text = (
        "Wheat exports rose to 2.1 million tonnes in March, up from 1.8 million tonnes in "
        "February. Rice exports fell from the previous month."
    )
    assert _value_of(text, "the previous month", dt.date(2012, 4, 10)) == "2012-02"
