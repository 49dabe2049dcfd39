"""Round 24: clock times on the story's day after a background of years, past deeds on
weekdays gone by, halves of a company's year, winters across the new year, fractions
that are no quarters, games that have quarters and halves of their own, and vague
counts back from the report (kinds from tests/gold/time18-time.jsonl, new wording)."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


# 2024-03-14 is a Thursday.
THURSDAY = dt.date(2024, 3, 14)


def test_a_clock_after_background_years_keeps_the_day_told_before_them() -> None:
    text = (
        "A tribunal on Monday fined the port authority for dumping waste between 2016 "
        "and 2019. The ruling was read at 11 a.m. and the hearing closed at noon."
    )
    assert _value_of(text, "11 a.m.", THURSDAY) == "2024-03-11T11:00"
    assert _value_of(text, "noon", THURSDAY) == "2024-03-11T12:00"


def test_a_clock_in_todays_own_story_stays_on_the_report_day() -> None:
    text = "The mayor opened the new library on Thursday. The doors open at 9 a.m. daily."
    assert _value_of(text, "9 a.m.", THURSDAY) == "2024-03-14T09:00"


def test_a_clock_right_before_a_day_word_takes_that_day() -> None:
    text = "The council met at 10 a.m. yesterday to settle the budget."
    assert _value_of(text, "10 a.m.", THURSDAY) == "2024-03-13T10:00"


def test_a_clock_with_a_point_between_hour_and_minutes() -> None:
    text = "Witnesses said the lorry overturned at 4.45am on Tuesday."
    assert _tagged(text, THURSDAY)[0][1:] == ("TIME", "2024-03-12T04:45")


def test_a_deed_done_on_a_weekday_is_the_last_such_day() -> None:
    text = "Flooding swept through the lower town on Saturday. By 8 p.m. the river had crested."
    assert _value_of(text, "Saturday", THURSDAY) == "2024-03-09"
    assert _value_of(text, "8 p.m.", THURSDAY) == "2024-03-09T20:00"


def test_a_telling_on_a_weekday_is_past_but_what_it_tells_may_lie_ahead() -> None:
    assert _value_of("The union said on Saturday that it would strike.", "Saturday", THURSDAY) == (
        "2024-03-09"
    )
    assert _value_of("The union said the strike starts on Saturday.", "Saturday", THURSDAY) == (
        "2024-03-16"
    )


def test_reported_speech_and_other_conjuncts_do_not_push_a_weekday_back() -> None:
    said = "Forecasters said heavier rain was coming Saturday morning."
    assert _value_of(said, "Saturday morning", THURSDAY) == "2024-03-16TMO"
    joined = "She has found a flat and I am to move in on Saturday."
    assert _value_of(joined, "Saturday", THURSDAY) == "2024-03-16"


def test_a_half_named_alone_is_the_companys_half_year() -> None:
    july = dt.date(2023, 7, 27)
    assert ("the first half", "DATE", "2023-H1") in _tagged(
        "Net profit for the first half fell 6 percent.", july
    )
    assert ("first half", "DATE", "2023-H1") in _tagged(
        "Margins recovered after a weak first half.", july
    )
    assert ("second half", "DATE", "2023-H2") in _tagged(
        "The brewer expects a stronger second half for sales.", july
    )


def test_the_second_half_of_the_year_is_july_to_december_with_no_mod() -> None:
    timex = tag_timexes(
        "Orders should pick up in the second half of the year.", published=THURSDAY
    )[0]
    assert (timex.value, timex.mod) == ("2024-H2", None)
    assert (str(timex.earliest), str(timex.latest)) == ("2024-07-01", "2024-12-31")


def test_halves_and_quarters_of_a_game_are_no_times() -> None:
    assert _tagged("Osei scored twice in the first half to give Hearts the lead.", THURSDAY) == []
    assert _tagged("The Ravens rallied in the fourth quarter to beat the Bills 27-24.") == []
    assert _tagged("The first half of the concert was slow.", THURSDAY) == []
    assert _tagged("The visitors dominated the second half.", THURSDAY) == []
    assert _tagged("She swam the first half mile in record time.", THURSDAY) == []


def test_a_business_quarter_beside_a_vote_count_is_still_a_quarter() -> None:
    text = "Sales rose in the third quarter, the board said after a 5-4 vote."
    assert ("the third quarter", "DATE", "2023-Q3") in _tagged(text, THURSDAY)


def test_a_quarter_of_something_is_a_fraction() -> None:
    assert _tagged("Rents have risen by a quarter of their level in 2020.", THURSDAY) == [
        ("2020", "DATE", "2020")
    ]
    assert _tagged("Nearly a quarter of the staff left.", THURSDAY) == []


def test_this_winter_said_in_february_is_the_winter_under_way() -> None:
    february = dt.date(2025, 2, 10)
    assert _value_of("Snowfall this winter is the heaviest in years.", "this winter", february) == (
        "2024-WI"
    )
    november = dt.date(2024, 11, 10)
    assert _value_of("Snowfall this winter will be light.", "this winter", november) == "2024-WI"


def test_the_middle_of_a_day_part_and_a_part_before_its_day() -> None:
    text = "The talks began on Tuesday and broke down by mid-afternoon."
    assert _value_of(text, "mid-afternoon", THURSDAY) == "2024-03-12TAF"
    # a TIME, as "yesterday evening" and "Monday night" are (round 26)
    assert ("mid-morning yesterday", "TIME", "2024-03-13TMO") in _tagged(
        "Shares slid in mid-morning yesterday.", THURSDAY
    )


def test_units_ago_with_no_count_are_the_past() -> None:
    assert _tagged("The ferry service ended months ago.", THURSDAY) == [
        ("months ago", "DATE", "PAST_REF")
    ]


def test_a_count_after_that_before_a_possessive_is_a_date() -> None:
    text = "The family settled in Lagos in 1961, and three years after that my sister was born."
    assert ("three years after that", "DATE", "1964") in _tagged(text)


def test_a_wire_clock_of_a_time_zone_in_four_digits() -> None:
    text = "The first rocket landed at 0545 GMT on Sunday, the army said."
    assert ("0545 GMT", "TIME", "2024-03-10T05:45") in _tagged(text, THURSDAY)
    assert _tagged("In 1950 GMT was still the standard at sea.") == []


def test_a_quarter_to_the_hour_is_no_stretch_of_three_months() -> None:
    assert _tagged("The ferry sailed at a quarter to ten.", THURSDAY) == []
    assert ("a quarter", "DURATION", "P1Q") in _tagged(
        "Sales fell for a quarter, then recovered.", THURSDAY
    )


def test_the_closing_years_of_a_decade_and_first_decades_of_a_century() -> None:
    text = (
        "The guild grew in the first decades of the sixteenth century and "
        "collapsed in the closing years of the 1580s."
    )
    tagged = {t.text: (t.value, t.mod) for t in tag_timexes(text)}
    assert tagged["the first decades of the sixteenth century"] == ("15", "START")
    assert tagged["the closing years of the 1580s"] == ("158", "END")
    assert _tagged("The early years of the colony were hard.") == []


def test_a_lunar_feast_is_the_one_nearest_the_story() -> None:
    may = dt.date(2022, 5, 10)
    assert _value_of("Markets were crowded before Eid al-Fitr.", "Eid al-Fitr", may) == (
        "2022-05-03"
    )
    assert _value_of("The rebels will hold their fire over Eid al-Adha.", "Eid al-Adha", may) == (
        "2022-07-10"
    )
    assert _value_of("Mourners gathered in Karbala for Ashura 1990.", "Ashura 1990") == (
        "1990-08-02"
    )


def test_a_hijri_year_with_its_mark_in_front() -> None:
    assert _tagged("The madrasa was finished in AH 1250.") == [("AH 1250", "DATE", "1834")]


def test_units_of_unsaid_length_between_two_things_told() -> None:
    assert _tagged("Engineers said it could take months to rebuild the bridge.") == [
        ("months", "DURATION", "PXM")
    ]
    assert ("weeks", "DURATION", "PXW") in _tagged(
        "The treaty was signed only weeks before the war resumed."
    )
    assert ("Years", "DURATION", "PXY") in _tagged("Years of drought had emptied the valley.")


def test_units_in_a_longer_phrase_or_a_name_are_left_alone() -> None:
    assert _tagged("In the days after the vote, the capital was calm.") == []
    assert _tagged("Days of Rage ended in arrests.") == []
    assert ("Four days", "DURATION", "P4D") in _tagged("Four days after the vote, he resigned.")
