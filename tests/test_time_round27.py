"""Round 27: timelines of bare years, feast days, days counted from the month a letter
is written in, directions after a weekday, short past tenses and "another N units"
(kinds from tests/gold/time21-time.jsonl, new wording)."""

from __future__ import annotations

import datetime as dt

import pytest

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


def _value_of(text: str, words: str, published: dt.date | None = None) -> str:
    return next(t.value for t in tag_timexes(text, published=published) if t.text == words)


def test_a_day_in_a_timeline_entry_is_in_that_lines_year() -> None:
    timeline = (
        "Key dates\n"
        "1880 - Work starts on the railway.\n"
        "1886 - The line opens to Bulawayo on 4 November."
    )
    assert _value_of(timeline, "4 November") == "1886-11-04"


def test_a_timeline_may_open_with_its_first_year() -> None:
    timeline = "1912 - The party is founded.\n1923 - It wins its first seat."
    assert [value for _, _, value in _tagged(timeline)] == ["1912", "1923"]


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Rents fell due at Michaelmas 1620.", "Michaelmas 1620", "1620-09-29"),
        ("The fair opened on Lady Day 1702.", "Lady Day 1702", "1702-03-25"),
        ("They were married at Whitsun 1911.", "Whitsun 1911", "1911-06-04"),
    ],
)
def test_feasts_and_quarter_days_are_dated(text: str, words: str, value: str) -> None:
    assert _value_of(text, words) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [("the 9th instant", "1864-05-09"), ("the 27th ult.", "1864-04-27")],
)
def test_instant_and_ultimo_count_from_the_month_the_letter_is_written_in(
    words: str, value: str
) -> None:
    letter = (
        "Alexandria, 16th May 1864.\n"
        "Sir, I have the honour to acknowledge your despatch of the 9th instant, "
        "which answers mine of the 27th ult."
    )
    assert _value_of(letter, words) == value


def test_instant_is_no_time_as_an_adjective() -> None:
    assert _tagged("The 3 instant noodles cost a dollar.") == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Friday 9 June 1843. The vote is put off until Monday next.", "Monday next", "1843-06-12"),
        ("Friday 9 June 1843. The petition came in on Tuesday last.", "Tuesday last", "1843-06-06"),
    ],
)
def test_a_direction_after_a_weekday_goes_with_it(text: str, words: str, value: str) -> None:
    assert _value_of(text, words) == value


def test_died_is_a_past_tense_so_the_weekday_is_the_last_one() -> None:
    # published on a Thursday: the Saturday he died is five days back, not two ahead
    text = "The painter, who lived in Oaxaca for forty years, died Saturday at 88."
    assert _value_of(text, "Saturday", dt.date(2023, 5, 11)) == "2023-05-06"


def test_another_belongs_to_the_duration_it_extends() -> None:
    assert ("another six weeks", "DURATION", "P6W") in _tagged(
        "The strike is expected to last another six weeks."
    )


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The assembly met on July 14 of 1790 in Paris.", "July 14 of 1790", "1790-07-14"),
        ("He landed on the 2nd of March of 1815.", "the 2nd of March of 1815", "1815-03-02"),
    ],
)
def test_a_day_and_month_of_a_year_is_one_date(text: str, words: str, value: str) -> None:
    assert _value_of(text, words) == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "In March 1921 the two clans met at the ford. Their feud was one going back "
            "to 1890. In May the first shots were fired.",
            "May",
            "1921-05",
        ),
        (
            "The congress opened in Vienna in 1815. The rivalry between the courts was "
            "old, dating from 1740. In June the final act was signed.",
            "June",
            "1815-06",
        ),
    ],
)
def test_a_year_telling_how_far_back_a_thing_goes_does_not_move_the_story(
    text: str, words: str, value: str
) -> None:
    assert _value_of(text, words) == value
