"""The temporal tagger on history written in long numbers and ranges: counts
in the hundreds and thousands, "a single day", ranges of days whose first
day borrows its month and year from the last, a week of a month, "month's
end", centuries written as "the 1800s" or in pairs, and a year read aloud in
the thousands."""

from __future__ import annotations

import datetime as dt

import pytest

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_timexes(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Han held the throne for about four hundred years.",
            ("about four hundred years", "P400Y", "APPROX"),
        ),
        (
            "The dynasty ruled for two hundred and fifty years.",
            ("two hundred and fifty years", "P250Y", None),
        ),
        ("The city had stood for a thousand years.", ("a thousand years", "P1000Y", None)),
        ("The battle was over in a single day.", ("a single day", "P1D", None)),
        ("Deputies were elected to serve for a single year.", ("a single year", "P1Y", None)),
    ],
)
def test_a_number_in_the_hundreds_or_a_single_unit_is_the_whole_duration(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    words, value, mod = expected
    assert _tagged(text) == [(words, "DURATION", value, mod)]


def test_compound_number_words_below_a_hundred_still_count_as_one_number() -> None:
    assert _tagged("The siege lasted twenty-five days.") == [
        ("twenty-five days", "DURATION", "P25D", None)
    ]


def test_the_first_day_of_a_day_first_range_takes_the_month_and_year_of_the_last() -> None:
    tagged = _tagged("The Battle of the Imjin River (22-25 April 1951) blunted the offensive.")
    assert [(text, value) for text, _, value, _ in tagged] == [
        ("22", "1951-04-22"),
        ("25 April 1951", "1951-04-25"),
    ]


def test_an_ordinal_range_tags_both_ends() -> None:
    tagged = _tagged("The campaign ran from the 13th to the 19th of October 1950.")
    assert [(text, value) for text, _, value, _ in tagged] == [
        ("the 13th", "1950-10-13"),
        ("the 19th of October 1950", "1950-10-19"),
    ]


def test_a_month_first_range_gives_its_first_day_the_year_written_after_the_last() -> None:
    tagged = _tagged("Talks were held between March 5-9, 1918 at Buftea.")
    assert [(text, value) for text, _, value, _ in tagged] == [
        ("March 5", "1918-03-05"),
        ("9, 1918", "1918-03-09"),
    ]


def test_a_score_is_no_range_of_days_when_no_month_follows() -> None:
    assert _tagged("Wales won 3-1 at Cardiff in 1958.") == [("1958", "DATE", "1958", None)]


def test_a_week_of_a_month_is_that_month_with_the_end_it_lies_at() -> None:
    (timex,) = tag_timexes("The pressure grew during the last week of August 1918.")
    assert (timex.text, timex.value, timex.mod) == (
        "the last week of August 1918",
        "1918-08",
        "END",
    )
    assert (timex.earliest, timex.latest) == (dt.date(1918, 8, 24), dt.date(1918, 8, 31))


def test_the_news_last_week_stays_the_week_before_the_document() -> None:
    published = dt.date(2001, 2, 10)
    assert _tagged("He said last week June sales rose.", published)[0] == (
        "last week",
        "DATE",
        "2001-W05",
        None,
    )


def test_months_end_is_the_end_of_the_month_the_story_is_in() -> None:
    tagged = _tagged("Seoul fell on 19 October 1950. At month's end, UN forces held the city.")
    assert tagged[-1] == ("month's end", "DATE", "1950-10", "END")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the 1800s the port grew rich.", ("the 1800s", "18", None)),
        ("By the late 1400s the city had recovered.", ("the late 1400s", "14", "END")),
        ("In the 1840s the railways came.", ("the 1840s", "184", None)),
    ],
)
def test_hundreds_written_with_an_s_are_a_century_and_tens_a_decade(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    words, value, mod = expected
    assert _tagged(text) == [(words, "DATE", value, mod)]


def test_the_1800s_cover_the_hundred_years_from_1800() -> None:
    (timex,) = tag_timexes("In the 1800s the port grew rich.")
    assert (timex.earliest, timex.latest) == (dt.date(1800, 1, 1), dt.date(1899, 12, 31))


def test_each_century_of_a_pair_is_a_date_and_the_era_applies_to_both() -> None:
    assert [(t.text, t.value) for t in tag_timexes("In the 18th and 19th centuries it grew.")] == [
        ("the 18th", "17"),
        ("19th centuries", "18"),
    ]
    greek = tag_timexes("Greek colonies spread in the 8th and 7th centuries BC.")
    assert [(t.text, t.value) for t in greek] == [("the 8th", "BC07"), ("7th centuries BC", "BC06")]


def test_a_year_read_aloud_in_the_thousands_is_that_year() -> None:
    published = dt.date(1998, 3, 3)
    assert _tagged("The approach of the year two thousand worries them.", published) == [
        ("the year two thousand", "DATE", "2000", None)
    ]
    assert _tagged("He will retire in two thousand and one.", published) == [
        ("two thousand and one", "DATE", "2001", None)
    ]


def test_two_thousand_before_a_noun_is_a_count_not_a_year() -> None:
    assert _tagged("They sold two thousand copies in a week.", dt.date(1998, 3, 3)) == [
        ("a week", "DURATION", "P1W", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caesar was murdered in 44 BC, on the Ides of March.",
            ("the Ides of March", "BC0044-03-15"),
        ),
        (
            "The charter is dated the Kalends of January 1200.",
            ("the Kalends of January 1200", "1200-01-01"),
        ),
        ("In 1150 the chapter met on the Nones of May.", ("the Nones of May", "1150-05-07")),
        (
            "In 1150 the chapter met on the Ides of February.",
            ("the Ides of February", "1150-02-13"),
        ),
    ],
)
def test_a_roman_calendar_day_is_its_day_of_the_month(text: str, expected: tuple[str, str]) -> None:
    assert [(t.text, t.value) for t in tag_timexes(text)][-1] == expected


def test_in_a_history_a_number_after_a_month_too_big_for_a_day_is_an_early_year() -> None:
    text = "Tiberius ruled for twenty-three years and died in March 37 at a villa near Naples."
    assert _tagged(text)[-1] == ("March 37", "DATE", "0037-03", None)


def test_a_count_after_a_month_is_no_year() -> None:
    assert _tagged("In 1850 the town grew. In May 45 men died in the mine.")[-1] == (
        "May",
        "DATE",
        "1850-05",
        None,
    )


def test_the_turn_of_the_century_is_the_hundred_nearest_the_story_about() -> None:
    text = "In 1896 he wrote for the press, and at the turn of the century he returned home."
    assert _tagged(text)[-1] == ("the turn of the century", "DATE", "1900", "APPROX")


def test_the_turn_of_a_named_century_is_its_first_year() -> None:
    assert _tagged("Vienna at the turn of the 20th century was a city of ideas.") == [
        ("the turn of the 20th century", "DATE", "1900", "APPROX")
    ]


def test_weeks_counted_on_from_a_day_of_the_story_land_on_a_day() -> None:
    text = "On 7 March 1965 troopers attacked the marchers. Two weeks later the march began."
    assert _tagged(text)[-1] == ("Two weeks later", "DATE", "1965-03-21", None)


def test_weeks_counted_back_from_the_document_date_stay_a_week() -> None:
    assert _tagged("Analysts forecast a smaller gain two weeks ago.", dt.date(2010, 10, 22)) == [
        ("two weeks ago", "DATE", "2010-W40", None)
    ]
