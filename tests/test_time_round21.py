"""Round 21: sets of working days, war names, restated ranges, BC seasons, look-aheads
and days of the telling (kinds from tests/gold/time16-time.jsonl and lead17, new wording)."""

from __future__ import annotations

import datetime as dt

import pytest

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The clinic opens every weekday from eight.", "every weekday"),
        ("Barges left the quay each working day.", "each working day"),
        ("Claims are paid within two hours every business day.", "every business day"),
    ],
)
def test_every_working_day_is_a_set_of_monday_to_friday(text: str, words: str) -> None:
    assert (words, "SET", "XXXX-WXX-WD") in _tagged(text)


def test_a_count_in_a_wars_name_is_tagged_without_the_names_article() -> None:
    tagged = _tagged("Dutch towns were besieged again and again during the Eighty Years' War.")
    assert tagged == [("Eighty Years", "DURATION", "P80Y")]


def test_a_lowercase_count_keeps_its_article() -> None:
    assert _tagged("The truce held for the seven years that followed.")[0][0] == "the seven years"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unemployment rose for five straight quarters.", ("five straight quarters", "P5Q")),
        ("Snow fell on four consecutive days.", ("four consecutive days", "P4D")),
        ("Prices fell for three successive years.", ("three successive years", "P3Y")),
    ],
)
def test_straight_or_consecutive_units_are_one_duration(
    text: str, expected: tuple[str, str]
) -> None:
    assert (expected[0], "DURATION", expected[1]) in _tagged(text)


def test_the_previous_quarter_counts_from_the_quarter_just_named() -> None:
    text = (
        "TAIPEI, Aug 2 - Chip exports grew 4 percent in the second quarter "
        "compared with the previous quarter, the ministry said."
    )
    assert _value_of(text, "the previous quarter", dt.date(2024, 8, 2)) == "2024-Q1"


def test_last_quarter_still_counts_from_the_reports_day() -> None:
    text = "TAIPEI, Aug 2 - Chip exports fell last quarter, the ministry said."
    assert _value_of(text, "last quarter", dt.date(2024, 8, 2)) == "2024-Q2"


def test_a_count_as_long_as_the_range_before_it_lands_on_the_ranges_end() -> None:
    text = (
        "Between 1804 and 1806 the expedition crossed the continent to the Pacific. "
        "Its members reached St. Louis again two years later."
    )
    assert _value_of(text, "two years later") == "1806"


def test_a_count_after_a_range_that_is_not_its_length_runs_from_its_end() -> None:
    text = "The republic fought its civil war from 1861 to 1865. Two years later it bought Alaska."
    assert _value_of(text, "Two years later") == "1867"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Rome declared war on Carthage in 264 BC, and in the spring of the following "
            "year its legions crossed to Sicily.",
            "the spring of the following year",
            "BC0263-SP",
        ),
        (
            "Hannibal left New Carthage in 218 BC. That autumn his army crossed the Alps.",
            "That autumn",
            "BC0218-FA",
        ),
        (
            "The Athenians sailed for Sicily in 415 BC; the next winter they sent for help.",
            "the next winter",
            "BC0414-WI",
        ),
    ],
)
def test_a_season_after_a_year_before_christ_is_year_arithmetic(
    text: str, words: str, value: str
) -> None:
    assert _value_of(text, words) == value


def test_a_yearless_day_after_a_look_ahead_returns_to_the_story() -> None:
    text = (
        "Allied troops came ashore in Normandy on 6 June 1944. In November 1994 the "
        "last landing craft was sold for scrap. On 25 August the "
        "Germans in Paris surrendered."
    )
    assert _value_of(text, "25 August") == "1944-08-25"


def test_a_yearless_day_the_look_aheads_year_can_hold_stays_there() -> None:
    text = (
        "The fleet sailed on 3 March 1820. The same route was charted again in "
        "April 1835. By 20 May the new charts were printed."
    )
    assert _value_of(text, "20 May") == "1835-05-20"


def test_a_count_of_days_skips_the_day_a_report_was_given() -> None:
    text = (
        "Rebels seized the airport on Thursday, the army said on Friday. "
        "The garrison commander was dismissed three days later."
    )
    assert _value_of(text, "three days later", dt.date(2024, 5, 10)) == "2024-05-12"


def test_a_clock_time_falls_on_the_storys_day_not_the_day_of_the_report() -> None:
    text = (
        "QUITO, May 6 - A landslide buried a dozen homes on Sunday night, "
        "the civil defence office said on Monday. It struck at about 10 p.m."
    )
    assert _value_of(text, "about 10 p.m.", dt.date(2024, 5, 6)) == "2024-05-05T22:00"


def test_a_hyphened_century_before_its_noun_does_not_move_the_story() -> None:
    text = (
        "ZAGREB, Jan 9 - Thieves broke into an 18th-century chapel on Monday night, "
        "police said on Tuesday. The alarm sounded at 2 a.m."
    )
    assert _value_of(text, "2 a.m.", dt.date(2024, 1, 9)) == "2024-01-08T02:00"


def test_an_approximate_count_after_for_and_before_afterwards_is_a_duration() -> None:
    text = "The mint closed in 1641. For almost two decades afterwards no coins were struck."
    assert ("almost two decades", "DURATION", "P2DE") in _tagged(text)


def test_a_count_of_days_after_a_flashback_day_counts_from_that_day() -> None:
    text = "Guards had fired on the prisoners on Saturday. The warden was suspended two days later."
    assert _value_of(text, "two days later", dt.date(2024, 3, 10)) == "2024-03-11"


def test_an_unknown_day_in_a_history_before_christ_keeps_its_era() -> None:
    text = (
        "Pompey fled to Egypt in 48 BC and was murdered on the shore. "
        "The next day his freedman burned the body at night."
    )
    tagged = _tagged(text)
    assert ("The next day", "DATE", "BCXXXX-XX-XX") in tagged
    assert ("night", "TIME", "BCXXXX-XX-XXTNI") in tagged


def test_an_unknown_night_in_our_era_has_no_era_mark() -> None:
    tagged = _tagged("The fleet sailed in 1588 and was scattered at night.")
    assert ("night", "TIME", "XXXX-XX-XXTNI") in tagged


def test_over_the_past_unit_is_the_stretch_up_to_now() -> None:
    text = "Rents in the harbour district have doubled over the past year, the survey found."
    assert ("the past year", "DURATION", "P1Y") in _tagged(text, dt.date(2023, 5, 2))


def test_in_the_past_year_without_over_stays_a_date() -> None:
    text = "The mill shed 40 jobs in the past year, the union said."
    assert ("the past year", "DATE", "2022") in _tagged(text, dt.date(2023, 5, 2))


def test_a_three_digit_year_opening_a_range_to_a_written_year_is_a_year() -> None:
    text = "The Fatimids held Cairo from 969 to 1171, when Saladin ended their line."
    assert _tagged(text)[:2] == [("969", "DATE", "0969"), ("1171", "DATE", "1171")]


def test_a_three_digit_count_rising_to_another_is_no_year() -> None:
    text = "In 1702 the garrison rose from 300 to 450, a heavy burden on the town."
    assert _tagged(text) == [("1702", "DATE", "1702")]


def test_early_or_late_in_a_season_of_a_year_is_one_expression_with_its_mod() -> None:
    tagged = tag_timexes("Late in the spring of 1632 the Swedish army crossed the Lech.")
    assert [(t.text, t.value, t.mod) for t in tagged] == [
        ("Late in the spring of 1632", "1632-SP", "END")
    ]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Rubber exports boomed in the first decade of the twentieth century.",
            "the first decade of the twentieth century",
            "190",
        ),
        (
            "The last decade of the 17th century brought famine to Scotland.",
            "The last decade of the 17th century",
            "169",
        ),
    ],
)
def test_a_decade_of_a_named_century_is_that_decade(text: str, words: str, value: str) -> None:
    assert _tagged(text) == [(words, "DATE", value)]


def test_a_year_of_a_calendar_named_before_it_is_converted() -> None:
    tagged = tag_timexes("The madrasa was endowed in the Hijri year 1100 by a merchant.")
    assert [(t.text, t.value) for t in tagged] == [("the Hijri year 1100", "1689")]
    assert tagged[0].earliest is not None and tagged[0].earliest.year == 1688


def test_a_year_closing_a_short_range_before_killed_is_still_a_year() -> None:
    text = "The cholera epidemic of 1831-32 killed thousands in the capital."
    assert ("32", "DATE", "1832") in _tagged(text)


def test_a_count_of_days_after_a_background_of_years_runs_from_the_day_named() -> None:
    text = (
        "The union was founded in 1948 and outlawed in 1960. It was allowed again in "
        "1991. On Saturday, troops broke up its congress in the port city. The army "
        "chief was replaced three days later."
    )
    assert _value_of(text, "three days later", dt.date(2024, 3, 10)) == "2024-03-12"


def test_a_count_of_days_skips_a_year_in_an_aside() -> None:
    text = (
        "Strikers blocked the refinery gates on Saturday. The oil minister, who was "
        "appointed in 2021, stepped down two days later."
    )
    assert _value_of(text, "two days later", dt.date(2024, 3, 10)) == "2024-03-11"


def test_a_count_of_days_does_not_go_back_to_a_day_before_the_storys_year() -> None:
    text = "On 3 May 1808 the city rose. In 1810 the king fled. Four days later the fort fell."
    assert _value_of(text, "Four days later") == "1810"
