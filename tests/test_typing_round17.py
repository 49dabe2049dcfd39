"""Readings of violence and tellings of one act (issue #6, round 17).

Who is set upon decides between an attack and a battle: a lone man of the forces shot
dead, or captives killed by armed men, is a one-sided act (attack); a band scattered by
troops, a position held against a force, or fire that a side came under and returned
is a fight (battle). A march with no violence told is no riot. One act told twice is
one event: a siege told ending, a burning done by the men who stormed a place.
"""

from __future__ import annotations

import pytest

from event_runs import readings, record_of
from historiograph.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "A traffic policeman was shot dead by two gunmen at a junction in Maiduguri on Friday.",
        "Masked men shot dead a customs officer outside his home in Tetouan last night.",
    ],
)
def test_a_lone_man_of_the_forces_shot_dead_is_an_attack(pipeline: Pipeline, text: str) -> None:
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("attack", "armed_assault")]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Herdsmen militia attacked Tudun Wada, a fishing village, killing at least nine.",
            ("attack", "armed_assault"),
        ),
        (
            "Herdsmen militia attacked an army outpost near Tudun Wada, killing two soldiers.",
            ("battle", "clash"),
        ),
    ],
)
def test_whom_a_militia_attacked_decides_raid_or_battle(
    pipeline: Pipeline, text: str, reading: tuple[str, str]
) -> None:
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [reading]


def test_armed_men_attacking_a_police_post_fight_a_battle(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Rebels attacked a police post outside Gao, killing three officers.")
    assert found == [("attacked", "battle", "clash")]


def test_captives_killed_by_militants_are_an_attack(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The militants executed the captured conscripts at a quarry near the border."
    )
    assert found == [("executed", "attack", "armed_assault")]


def test_captives_kept_by_insurgents_are_hostages(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "The insurgents kept the abducted engineers in a cave for five weeks."
    )
    assert found == [("kept", "attack", "hostage_taking")]


def test_troops_dispersing_an_armed_band_fight_it(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "A squadron of dragoons engaged the insurgents near the ford and dispersed them."
    )
    # one clash, told by "engaged" (a fight's verb since round 26) or by "dispersed"
    assert [(kind, subtype) for _, kind, subtype in found] == [("battle", "clash")]
    assert not any(kind == "repression" for _, kind, _ in found)


def test_police_dispersing_a_crowd_still_crack_down(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Riot police dispersed the crowd outside the town hall with batons.")
    assert ("dispersed", "repression", "crackdown") in found


def test_fire_a_convoy_came_under_and_returned_is_a_clash(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "A supply convoy came under fire near Dande and a sergeant was killed in the exchange.",
    )
    assert ("came under fire", "battle", "clash") in found


def test_keeping_a_force_off_is_a_fight_not_a_confinement(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The dockers held the Guard at bay for a whole week.")
    assert not any(kind == "repression" for _, kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a student march blocked the ring road of the capital for two hours.",
        "The student march filled the avenue outside the ministry on Thursday afternoon.",
    ],
)
def test_a_march_with_no_violence_told_is_no_riot(pipeline: Pipeline, text: str) -> None:
    found = readings(pipeline, text)
    assert [(kind, subtype) for _, kind, subtype in found] == [("protest", "demonstration")]


def test_a_march_that_stones_shops_is_a_riot(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Hundreds of youths marched through the old town, throwing stones at shops."
    )
    assert any(subtype == "riot" for _, _, subtype in found)


def test_a_siege_told_ending_is_the_same_siege(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In 1565 the Ottoman fleet blockaded the island's harbour. The knights held their "
        "ground through the summer. The blockade was lifted in September.",
    )
    blockades = [e for e in record.events if e.trigger.text.lower().startswith("blockade")]
    assert len(blockades) == 1
    assert any(
        record.document.text[start:end].startswith("The blockade was lifted")
        for start, end in blockades[0].evidence
    )


def test_burning_what_was_stormed_keeps_the_storming(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "At dawn the king's army stormed the castle of the rebels and burned its stores."
    )
    assert [kind for _, kind, _ in found] == ["battle"]
    assert found[0][0] == "stormed"


def test_burning_a_city_marched_into_is_part_of_its_taking(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "In 1871 the Prussian army marched into Paris, where its men burned the customs sheds.",
    )
    assert [kind for _, kind, _ in found] == ["battle"]


def test_a_band_burning_the_village_it_stormed_is_one_attack(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Gunmen stormed the hamlet before dawn and burned it to the ground.")
    assert [(trigger, kind) for trigger, kind, _ in found] == [("stormed", "attack")]
