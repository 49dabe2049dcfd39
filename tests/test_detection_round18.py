"""Event detection on the failure kinds of the lead's latest unseen set (issue #6), in
new words.

False events: an act an accusation says someone did ("accused the guards of shooting
...") is the accusation's content, as a plot under a charge is; only the accusation is
told. Missed acts: a rejection of an inquiry's findings is a denial; soldiers who turn
on the people around them attack them; a people named by its nationality that lands
somewhere lands as an army.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_a_killing_an_accusation_names_is_its_content(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Villagers accused the militia of shooting their sons.")
    assert found == [("accused", "statement", "accusation")]


def test_acts_joined_under_an_accusation_are_all_its_content(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Witnesses accused the guards of shooting and burning the captives.")
    assert found == [("accused", "statement", "accusation")]


def test_a_perfect_gerund_under_an_accusation_is_its_content(pipeline: Pipeline) -> None:
    found = readings(pipeline, "They accused the colonel of having tortured the students.")
    assert found == [("accused", "statement", "accusation")]


def test_an_act_an_accusation_points_to_with_a_determiner_stays(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Prosecutors accused him of the murder of a priest.")
    assert ("murder", "attack", "armed_assault") in found


def test_rejecting_an_inquirys_findings_is_a_denial(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The ministry rejected the findings of the inquiry.")
    assert found == [("rejected", "statement", "denial")]


def test_dismissing_the_findings_is_a_denial(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The government dismissed the findings.")
    assert found == [("dismissed", "statement", "denial")]


def test_soldiers_who_turn_on_the_villagers_attack_them(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The deserters turned on the villagers who had fed them.")
    assert [(text, kind) for text, kind, _ in found] == [("turned on", "attack")]


def test_turning_on_the_lights_is_no_attack(pipeline: Pipeline) -> None:
    assert readings(pipeline, "He turned on the lights.") == []


def test_a_nation_that_lands_somewhere_lands_as_an_army(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The Germans landed on Crete in May.")
    assert found == [("landed on", "battle", "offensive")]


def test_a_plane_that_lands_is_no_offensive(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The plane landed at Heathrow.") == []


def test_a_delegation_that_lands_is_no_offensive(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The French delegation landed in Paris.") == []


def test_a_landing_on_the_moon_is_no_offensive(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The Americans landed on the moon in 1969.") == []
