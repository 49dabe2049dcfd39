"""Round 25: seasons inside names, comparisons with the same month a year back,
frequency words before a conjunction, "in weeks" at a phrase's end, present-tense
schedules, and weekdays before a capital (kinds from tests/gold/time19-time.jsonl
and the round-25 failure list, new wording)."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


def test_a_capitalised_season_before_a_capitalised_word_is_part_of_a_name() -> None:
    text = "Mourners gathered on Spring Street, and the choir sang at the Winter Palace."
    assert _tagged(text, dt.date(2024, 3, 4)) == []


def test_a_capitalised_season_before_its_year_or_alone_is_still_a_season() -> None:
    tagged = _tagged("The army withdrew in Spring 1919. In Spring the roads flooded.")
    assert ("Spring 1919", "DATE", "1919-SP") in tagged
    assert ("Spring", "DATE", "1919-SP") in tagged


def test_a_year_earlier_against_a_month_is_that_month_a_year_back() -> None:
    text = "Rice exports fell 8 percent in June from a year earlier, the ministry said."
    assert _value_of(text, "a year earlier", dt.date(2023, 7, 12)) == "2022-06"


def test_a_year_ago_after_the_figure_compared_is_the_month_a_year_back() -> None:
    text = "Inflation eased to 3.1 percent in February, down from 4.6 percent a year ago."
    assert _value_of(text, "a year ago", dt.date(2019, 3, 14)) == "2018-02"


def test_a_month_in_an_earlier_sentence_does_not_set_the_comparison() -> None:
    text = "Prices rose in June. Wages were higher than a year earlier."
    assert _value_of(text, "a year earlier", dt.date(2023, 7, 12)) == "2022"


def test_a_frequency_word_before_a_conjunction_is_a_set() -> None:
    text = "The ferry now sails daily because the bridge is closed."
    assert ("daily", "SET", "P1D") in _tagged(text, dt.date(2021, 5, 2))


def test_a_frequency_word_before_its_noun_is_still_an_adjective() -> None:
    assert _tagged("The board approved a quarterly dividend.", dt.date(2021, 5, 2)) == []


def test_units_closing_a_phrase_after_in_are_a_vague_stretch() -> None:
    text = "The port reopened for the first time in months, officials said."
    assert ("months", "DURATION", "PXM") in _tagged(text, dt.date(2022, 1, 20))


def test_a_scheduled_event_in_the_present_looks_ahead() -> None:
    # said on Tuesday 11 June 2024: "reopens" tells what is to come, so Friday is the 14th
    text = "The border crossing reopens on Friday, the ministry said."
    assert _value_of(text, "Friday", dt.date(2024, 6, 11)) == "2024-06-14"


def test_a_weekday_ending_a_headline_line_is_tagged() -> None:
    text = "Ferry sinks off Bohol on Sunday\nRescuers searched the coast."
    assert _value_of(text, "Sunday", dt.date(2023, 8, 15)) == "2023-08-13"


def test_a_weekday_after_a_preposition_before_the_subject_is_tagged() -> None:
    text = "On Wednesday Governor Okafor closed the schools."
    assert _value_of(text, "Wednesday", dt.date(2022, 3, 11)) == "2022-03-09"


def test_a_weekday_inside_a_newspaper_name_is_not() -> None:
    assert _tagged("The Sunday Herald printed the letter.", dt.date(2022, 3, 11)) == []
