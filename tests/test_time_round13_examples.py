"""The temporal tagger on round 13's unseen gold: days of BC years, a day of
the month after "until", and a duration told with "afterwards"."""

from __future__ import annotations

import datetime as dt

from historiograph.extract.time import tag_timexes


def _tagged(text: str, published: dt.date | None = None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_timexes(text, published=published)]


def test_a_day_in_a_bc_year_keeps_its_day() -> None:
    text = "Two years after the crossing of 218 BC, on 2 August 216 BC, Hannibal won at Cannae."
    assert ("2 August 216 BC", "DATE", "BC0216-08-02") in _tagged(text)


def test_a_day_named_without_its_year_in_a_bc_narrative_is_a_day_of_that_year() -> None:
    text = "Hannibal crossed the Alps in 218 BC. Two years later he won at Cannae on 2 August."
    assert ("2 August", "DATE", "BC0216-08-02") in _tagged(text)


def test_a_day_that_does_not_exist_leaves_the_month() -> None:
    assert _tagged("The fleet sailed on 30 February 216 BC.") == [
        ("30 February 216 BC", "DATE", "BC0216-02")
    ]


def test_the_day_of_the_month_after_until_is_a_day_of_the_month_in_focus() -> None:
    text = "This January the ice did not close over the bay until the 20th, three weeks late."
    assert ("the 20th", "DATE", "2023-01-20") in _tagged(text, dt.date(2023, 2, 10))


def test_an_ordinal_before_a_noun_after_until_is_no_day() -> None:
    assert _tagged("The custom lasted until the 20th century.", dt.date(2023, 2, 10)) == [
        ("the 20th century", "DATE", "19")
    ]


def test_for_an_amount_afterwards_is_how_long_it_went_on() -> None:
    assert _tagged("For twenty years afterwards the guild struggled to find workers.") == [
        ("twenty years", "DURATION", "P20Y")
    ]
    assert _tagged("The guild struggled for years afterwards.") == [("years", "DURATION", "PXY")]


def test_an_amount_afterwards_without_for_is_still_a_shifted_date() -> None:
    text = "The plague reached Florence in 1348. Twenty years afterwards the guild revived."
    assert ("Twenty years afterwards", "DATE", "1368") in _tagged(text)
