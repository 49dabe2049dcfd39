"""Failure kinds the lead found on unseen texts (round 27b), as examples: a season word
that classifies a noun ("the summer palace"), a flashback told as one ("Eleven years
earlier, in April 1978, ...") that the next paragraph leaves, "Later that week" told on
the Thursday, "the fourteenth day of March", and a fronted weekday with a past verb."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes
from historiograph.record import Timex

_THURSDAY = dt.date(2014, 6, 12)


def _timex(text: str, words: str, published: dt.date | None = None) -> Timex:
    return next(t for t in tag_timexes(text, published=published) if t.text == words)


def _texts(text: str, published: dt.date | None = None) -> list[str]:
    return [t.text for t in tag_timexes(text, published=published)]


def test_a_season_word_naming_a_kind_of_place_is_no_time() -> None:
    text = "In 1959 the delegation stayed at the summer palace. The winter garden was closed."
    assert _texts(text) == ["1959"]


def test_winter_quarters_are_a_place() -> None:
    assert _texts("In 1777 the army went into winter quarters at Valley Forge.") == ["1777"]


def test_a_season_before_a_noun_it_dates_stays_a_time() -> None:
    assert _timex("In 1918 the spring offensive failed.", "the spring").value == "1918-SP"


def test_a_new_paragraph_returns_from_a_flashback_told_as_one() -> None:
    text = (
        "Police arrested the mayor on 2 April 1989. Eleven years earlier, in April 1978, "
        "he had been jailed for fraud.\n\nLater that month the court heard the case. "
        "On 14 April the judge refused bail."
    )
    assert _timex(text, "Later that month").value == "1989-04"
    assert _timex(text, "14 April").value == "1989-04-14"


def test_the_flashback_holds_within_its_own_paragraph() -> None:
    text = (
        "Police arrested the mayor on 2 April 1989. Eleven years earlier, in April 1978, "
        "he had been jailed for fraud. Later that month he was freed on bail."
    )
    assert _timex(text, "Later that month").value == "1978-04"


def test_later_that_week_runs_from_the_day_after_the_story_day() -> None:
    text = "The minister arrived on Thursday. Later that week he met the rebels."
    timex = _timex(text, "Later that week", _THURSDAY)
    assert (timex.earliest, timex.latest) == (dt.date(2014, 6, 13), dt.date(2014, 6, 15))


def test_earlier_this_month_ends_the_day_before() -> None:
    text = "Earlier this month the council cut the budget."
    timex = _timex(text, "Earlier this month", _THURSDAY)
    assert (timex.earliest, timex.latest) == (dt.date(2014, 6, 1), dt.date(2014, 6, 11))


def test_the_fourteenth_day_of_a_month_is_a_day() -> None:
    text = (
        "The treaty was signed in 1820. On the fourteenth day of March the army entered the town."
    )
    timex = _timex(text, "the fourteenth day of March")
    assert (timex.value, timex.precision) == ("1820-03-14", "day")


def test_planned_in_the_past_tense_looks_to_no_future() -> None:
    text = "On Friday, the Kenyan government planned to pay the teachers."
    assert _timex(text, "Friday", _THURSDAY).value == "2014-06-06"


def test_a_fronted_weekday_before_a_past_verb_is_gone_by() -> None:
    text = "On Friday, the government paid the teachers."
    assert _timex(text, "Friday", _THURSDAY).value == "2014-06-06"


def test_a_passive_plan_still_looks_ahead() -> None:
    text = "The vote is planned for Friday."
    assert _timex(text, "Friday", _THURSDAY).value == "2014-06-13"


def test_the_season_of_a_noun_dated_by_a_year_after_it_takes_that_year() -> None:
    text = "The spring offensive of 1918 failed."
    assert _timex(text, "The spring").value == "1918-SP"
