"""Goods carried somewhere are no organization's move, a state handing a person over to
another (an extradition) is a forced move across a border, and shelves raided, seats
occupied or summer heat escaped are no acts at all."""

from __future__ import annotations

from event_runs import record_of
from historiograph.pipeline import Pipeline


def test_moving_cocaine_is_no_headquarters_move(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The cartel moved tons of cocaine into Texas through a tunnel in 2019."
    )
    assert not [e for e in record.events if e.subtype == "headquarters_moved"]


def test_an_organization_moving_its_headquarters_still_is(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "In 1986 the movement moved its headquarters to Baghdad.")
    assert [e.subtype for e in record.events] == ["headquarters_moved"]


def test_an_extradition_is_an_expulsion(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The former governor was extradited to Spain in March 2021.", "2021-06-01"
    )
    assert [(e.type, e.subtype) for e in record.events] == [("relocation", "expulsion")]


def test_shelves_seats_and_summer_heat_are_no_targets(pipeline: Pipeline) -> None:
    for text in (
        "Early shoppers raided the shelves when the store opened its doors.",
        "Pupils occupied the back seats of the auditorium for the assembly.",
        "The family escaped the summer heat in a cottage by the lake.",
    ):
        assert record_of(pipeline, text).events == [], text


def test_a_raid_on_a_post_and_an_escape_abroad_still_are(pipeline: Pipeline) -> None:
    raid = record_of(pipeline, "Militants raided a police post near Bannu on Sunday.", "2024-05-01")
    assert [e.type for e in raid.events] == ["battle"]
    escape = record_of(pipeline, "The dissident escaped to Switzerland in 1941.")
    assert [e.subtype for e in escape.events] == ["exile"]
