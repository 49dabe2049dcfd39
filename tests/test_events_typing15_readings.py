"""Readings of violence by who did it to whom (issue #6, round 15).

The state's men firing on a gathering ("a march of miners", "the rally") crack down on
it; armed men falling on an army ("legions ambushed by tribesmen") fight it; a captive
killed after capture and torture is executed; fighters entering a palace take a seat of
power; attackers getting away after their act move nowhere; and a crowd desperate to
leave a country is in flight.
"""

from __future__ import annotations

import pytest

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_soldiers_firing_on_a_march_crack_down(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Soldiers opened fire on a march of striking miners near Ludlow on Tuesday, killing three.",
    )
    assert ("opened fire", "repression", "crackdown") in found


def test_an_army_ambushed_by_tribesmen_is_a_battle(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Three legions were ambushed by Germanic tribesmen in the forest in 9 AD."
    )
    assert found == [("ambushed", "battle", "clash")]


def test_a_captive_tortured_and_beheaded_is_executed(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The rebel leader was captured, tortured and beheaded at Lahore in 1716."
    )
    assert ("beheaded", "repression", "execution") in found


def test_fighters_entering_the_presidential_palace_take_it(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Taliban fighters entered the presidential palace in Kabul on Sunday evening."
    )
    assert found == [("entered", "battle", "territory_seized")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a judge outside the courthouse in Palermo before fleeing in a car.",
        "Two men threw a grenade into the cafe and escaped on a motorcycle.",
    ],
)
def test_attackers_getting_away_move_nowhere(pipeline: Pipeline, text: str) -> None:
    assert not any(kind == "relocation" for _, kind, _ in readings(pipeline, text))


def test_people_fleeing_an_attack_still_flee(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Soldiers burned the village and the villagers fled into the hills.")
    assert ("fled", "relocation", "displacement") in found


def test_a_crowd_desperate_to_leave_is_displaced(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Thousands of Afghans desperate to leave crowded the runway at Kabul airport on Monday.",
    )
    assert found == [("desperate to leave", "relocation", "displacement")]


def test_one_official_desperate_to_leave_a_party_is_no_flight(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The minister, desperate to leave the party, resigned.")
    assert not any(kind == "relocation" for _, kind, _ in found)
