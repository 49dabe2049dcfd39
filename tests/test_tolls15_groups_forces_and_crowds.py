"""Event tolls (issue #6): a figure that makes one victim "one of" a larger group counts
the wider killing, not the one person's; a force told again as destroyed is the toll of
the fight before it; and a crowd's size is no toll of the deaths told beside it."""

from __future__ import annotations

from event_runs import event_told_by, figure_property, record_of, toll_of
from historiograph.pipeline import Pipeline


def test_one_of_hundreds_put_to_death_leaves_the_hanging_one_dead(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1942 the resistance leader was hanged in the town square, one of hundreds "
        "put to death by the occupiers that winter.",
    )
    assert toll_of(event_told_by(record, "hanged")) == (1, 1)
    assert toll_of(event_told_by(record, "put")) == (200, 200)


def test_one_of_thousands_executed_there_makes_the_shooting_a_single_death(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Her brother was shot at the Levashovo range in 1938, one of thousands executed "
        "there that year.",
    )
    assert toll_of(event_told_by(record, "shot")) == (1, 1)


def test_a_force_destroyed_after_an_ambush_is_the_ambushs_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 260 BC the Roman fleet was attacked off the Lipari islands. Within hours the "
        "whole squadron, perhaps 3,000 sailors, was destroyed.",
    )
    assert toll_of(event_told_by(record, "attacked")) == (3000, 3000)


def test_men_destroyed_are_dead_but_houses_destroyed_are_counted(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The garrison of 800 soldiers was annihilated. The shelling destroyed 40 houses.",
    )
    assert figure_property(record, "800 soldiers") == "fatalities"
    assert figure_property(record, "40 houses") != "fatalities"


def test_a_crowd_eager_to_leave_is_no_toll_of_the_deaths_beside_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Hundreds of families desperate to board crowded the quay at Smyrna; at least "
        "five people drowned in the crush.",
    )
    assert figure_property(record, "Hundreds") != "fatalities"
    assert figure_property(record, "at least five") == "fatalities"
