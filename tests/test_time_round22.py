"""Round 22: dated diary and letter entries, parts of a weekday, possessive days after a
dateline, future clauses with "to" infinitives, and stretches of the next decade
(kinds from tests/gold/time17-time.jsonl and the round-22 failure list, new wording)."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


def test_a_diary_entry_dates_what_it_tells_by_its_own_day() -> None:
    diary = (
        "Notes kept on a voyage up the Amazon, 1865.\n\n"
        "3 March. We anchored off Manaus at sunset. Yesterday a canoe overturned.\n\n"
        "5 March. Rain all day. Tomorrow the steamer leaves for Tefé."
    )
    tagged = _tagged(diary, published=dt.date(1869, 5, 1))
    assert ("3 March", "DATE", "1865-03-03") in tagged
    assert ("Yesterday", "DATE", "1865-03-02") in tagged
    assert ("5 March", "DATE", "1865-03-05") in tagged
    assert ("Tomorrow", "DATE", "1865-03-06") in tagged


def test_a_letter_headed_by_place_and_day_speaks_from_that_day() -> None:
    letter = (
        "Bombay, 9th October 1842.\nDear Brother,\n"
        "Your letter came last week. The regiment sails for Aden next month."
    )
    tagged = _tagged(letter, published=dt.date(1850, 1, 1))
    assert ("9th October 1842", "DATE", "1842-10-09") in tagged
    assert ("next month", "DATE", "1842-11") in tagged


def test_a_day_inside_a_sentence_is_no_entry_heading() -> None:
    text = "The minister resigned, and on 4 May the cabinet met. Today the party is divided."
    assert _value_of(text, "Today", dt.date(2021, 9, 1)) == "2021-09-01"


def test_the_small_hours_of_a_weekday_are_its_morning() -> None:
    text = "Looters broke into the museum in the small hours of Saturday, the police said."
    assert ("the small hours of Saturday", "TIME", "2023-03-04TMO") in _tagged(
        text, dt.date(2023, 3, 6)
    )


def test_the_evening_of_an_undated_weekday_keeps_its_part() -> None:
    assert _tagged("The envoy arrived on the evening of Thursday.") == [
        ("the evening of Thursday", "TIME", "XXXX-WXX-4TEV")
    ]


def test_a_possessive_day_after_a_dateline_dash_is_no_range_end() -> None:
    text = "NAIROBI, March 9 - Monday's floods cut the main road to the coast, officials said."
    tagged = tag_timexes(text, published=dt.date(2022, 3, 9))
    assert [(t.text, t.value, t.mod) for t in tagged] == [
        ("March 9", "2022-03-09", None),
        ("Monday", "2022-03-07", None),
    ]


def test_a_spaced_dash_between_two_months_still_makes_a_range() -> None:
    tagged = tag_timexes("The exhibition runs from May 2 - June 30, 2024.")
    assert [t.mod for t in tagged] == ["ON_OR_AFTER", "ON_OR_BEFORE"]


def test_an_infinitive_after_to_is_no_past_tense() -> None:
    text = "Snow is expected to last until Sunday in the northern valleys."
    assert _value_of(text, "Sunday", dt.date(2024, 1, 17)) == "2024-01-21"


def test_a_hope_looks_ahead() -> None:
    text = "The climbers hope to reach the summit by Friday."
    assert _value_of(text, "Friday", dt.date(2019, 5, 14)) == "2019-05-17"


def test_the_next_decade_after_for_is_a_stretch_not_a_calendar_decade() -> None:
    text = "The dynasty fell in 1644. For the next decade loyalists held out in the south."
    assert ("the next decade", "DURATION", "P1DE") in _tagged(text)


def test_the_next_year_after_a_dated_year_stays_a_date() -> None:
    text = "The dynasty fell in 1644. The next year the capital moved north."
    assert ("The next year", "DATE", "1645") in _tagged(text)


def test_a_closing_attribution_does_not_set_the_tense_of_what_is_told() -> None:
    text = "The ferries are expected to sail again Thursday, officials said."
    assert _value_of(text, "Thursday", dt.date(2024, 1, 15)) == "2024-01-18"


def test_a_plan_told_in_the_past_perfect_lies_behind_the_report() -> None:
    text = "The strike had been scheduled to begin on Monday, but the union called it off."
    assert _value_of(text, "Monday", dt.date(2023, 5, 10)) == "2023-05-08"
