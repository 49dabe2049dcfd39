"""Event detection on constructions fresh gold (detect12) and earlier rounds missed (issue #6).

A war said to begin, an armed side destroyed in the field, a king tried and beheaded, a
family leaving for a city abroad, a siege laid, power cut, deaths in custody, the press
shut, an arrest told as "came for him", gunmen raiding a village (no offensive), armed men
the army pursued and killed (a battle), and militants whose phrase names the "Islamic
State" (not the state's men).
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def test_a_war_said_to_begin_is_an_event_beside_a_battle(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "The civil war began in August 1642, and the first great battle was fought at "
        "Edgehill in October.",
    )
    assert ("war", "battle", "clash") in found
    assert ("battle", "battle", "clash") in found


def test_an_army_destroyed_in_the_field_is_a_battle(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The New Model Army destroyed the royalist field army at Naseby in June 1645."
    )
    assert [(t, kind) for t, kind, _ in found] == [("destroyed", "battle")]


def test_a_destroyed_archive_is_no_battle(pipeline: Pipeline) -> None:
    assert readings(pipeline, "The flood destroyed the town archive in 1966.") == []


def test_a_king_tried_and_beheaded_is_executed(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "The King was tried by a special High Court of Justice and beheaded outside the "
        "Banqueting House on 30 January 1649.",
    )
    assert ("tried", "legal", "trial") in found
    assert ("beheaded", "repression", "execution") in found


def test_a_family_leaving_for_a_city_abroad_goes_into_exile(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "In 1975, after my brother disappeared, we left for Caracas with two suitcases."
    )
    assert ("left for", "relocation", "exile") in [(t, k, s) for t, k, s in found]


def test_a_minister_leaving_for_talks_is_no_exile(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The minister left for Geneva on Monday for talks on trade.")
    assert [k for _, k, _ in found if k == "relocation"] == []


def test_a_siege_laid_is_an_offensive(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In 1683 the Ottoman army laid siege to Vienna for two months.")
    assert ("laid siege", "battle", "offensive") in found


def test_power_cut_by_hackers_attacks_the_grid(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Hackers cut power to about 230,000 customers in western Ukraine on 23 December."
    )
    assert [(t, kind) for t, kind, _ in found] == [("cut power", "attack")]


def test_deaths_in_custody_and_the_press_shut_are_repression(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "At least 60 detainees died in custody in 2015. In March 2016 the authorities "
        "closed two independent newspapers.",
    )
    assert [(t, kind) for t, kind, _ in found] == [
        ("died in custody", "repression"),
        ("closed two independent newspapers", "repression"),
    ]


def test_the_police_coming_for_someone_arrest_him(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In April 1940 the NKVD came for him at night.")
    assert [(t, kind, sub) for t, kind, sub in found] == [("came for", "repression", "arrest")]


def test_gunmen_raiding_a_village_attack_it(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Gunmen on motorbikes attacked the village of Tillia in western Niger on Tuesday, "
        "killing 37 civilians.",
    )
    assert [(t, kind) for t, kind, _ in found] == [("attacked", "attack")]


def test_armed_men_the_army_pursued_and_killed_were_fought(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "The army said its troops had pursued the attackers toward the Malian border and "
        "killed 12 of them.",
    )
    assert [(t, kind) for t, kind, _ in found] == [("killed", "battle")]


def test_militants_loyal_to_the_islamic_state_are_not_the_state(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Militants loyal to the Islamic State seized a priest and several churchgoers on 23 May.",
    )
    assert [(t, kind, sub) for t, kind, sub in found] == [("seized", "attack", "hostage_taking")]
