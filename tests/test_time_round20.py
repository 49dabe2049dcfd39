"""The temporal tagger on a year that opens a clause before a count noun, and on
a day or month that starts something decided in the past but still ahead."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _values(text: str, published: dt.date | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag_timexes(text, published=published)}


def test_a_year_after_in_at_a_sentence_start_is_a_year_before_a_plural_noun() -> None:
    text = (
        "The blockade of the port began in March 1712. In 1714 troops from the "
        "allied armies deserted in large numbers, and a year later the siege was lifted."
    )
    values = _values(text)
    assert values["1714"] == "1714"
    # the year also moves the story, so the next step counts from it
    assert values["a year later"] == "1715"


def test_a_year_after_a_clause_opening_by_or_since_is_a_year() -> None:
    values = _values(
        "Mills spread along the river, and by 1835 workers in the valley had formed "
        "a union. Since 1990 refugees have crossed the border each spring."
    )
    assert values["1835"] == "1835"
    assert values["1990"] == "1990"


def test_a_count_with_a_comma_or_without_a_preposition_stays_a_count() -> None:
    for text in (
        "In 1,400 villages the harvest failed that autumn.",
        "1500 soldiers were sent to the frontier.",
        "The rebels counted in 1800 men among their dead.",
    ):
        assert not [t for t in tag_timexes(text) if t.text[:1].isdigit()], text


def test_a_date_after_effective_or_starting_is_the_coming_one_in_a_past_clause() -> None:
    published = dt.date(2023, 9, 14)
    values = _values(
        "The regional assembly voted on Tuesday to cut ferry prices starting July 1. "
        "Dockworkers ratified a wage deal effective June 15.",
        published,
    )
    assert values["July 1"] == "2024-07-01"
    assert values["June 15"] == "2024-06-15"


def test_a_past_clause_without_a_forward_opener_keeps_the_last_such_day() -> None:
    values = _values("The ferry line lowered its prices on Jan. 10.", dt.date(2023, 3, 9))
    assert values["Jan. 10"] == "2023-01-10"


def test_a_date_a_stretch_lasted_until_does_not_move_the_story() -> None:
    text = (
        "The rebels took the northern forts on 3 October 1567. A week later the "
        "regent began a blockade that lasted until the surrender of Leith in April "
        "1568. By the middle of November the rebels held the whole coast."
    )
    assert _values(text)["the middle of November"] == "1567-11"


def test_a_date_after_until_and_a_whole_clause_moves_the_story() -> None:
    text = (
        "Talks opened on 3 October 1567 and dragged on until the treaty was signed "
        "in April 1568. By the middle of November the last garrisons had gone home."
    )
    assert _values(text)["the middle of November"] == "1568-11"


def test_a_history_before_christ_turns_the_year_after_a_winter_as_one_after_christ() -> None:
    text = (
        "In the autumn of 371 BC the Theban army marched into Arcadia, where it "
        "spent the winter. Early in spring it moved south against Sparta."
    )
    values = _values(text)
    assert values["the winter"] == "BC0371-WI"
    assert values["Early in spring"] == "BC0370-SP"


def test_the_past_before_a_count_of_seasons_is_the_recurring_season_not_past_ref() -> None:
    published = dt.date(2011, 8, 2)
    text = "Floods have closed the valley road for the past two springs."
    assert _values(text, published) == {"the past two springs": "XXXX-SP"}
    assert _values("In the past, the valley road rarely flooded.", published) == {
        "the past": "PAST_REF"
    }
