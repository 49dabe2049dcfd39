"""Event detection and typing, round 27b: failure kinds found on unseen texts.

A craft or a boat that blew up with no armed side named was bombed, not shelled; armed
men who seize a ship, train or bus hijack it; armour is armed men; a building torn down
by militants is attacked, and by a crowd rioted against. A crowd that surrounds a
residence protests; an agreement a group is "opposed to" is no new one; a ruler who
took power "and announced" an election made a statement of his own; blame "for the
deaths" accuses. Shops' truces and neighbours who rally to save a service tell no
political event; people abducted by nobody named, where the state's forces are the only
armed side told, are disappeared.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def _labels(pipeline: Pipeline, text: str) -> list[str]:
    return [f"{kind}/{subtype}" for _, kind, subtype in readings(pipeline, text)]


# Explosions with no side named


def test_a_bus_that_exploded_was_bombed(pipeline: Pipeline) -> None:
    text = "A passenger bus exploded on the highway near Kano, killing 12 people."
    assert _labels(pipeline, text) == ["attack/bombing"]


def test_explosions_that_sank_a_boat_are_a_bombing(pipeline: Pipeline) -> None:
    text = "Two explosions sank the fishing boat Maria at its mooring in Iquique."
    assert _labels(pipeline, text) == ["attack/bombing"]


# Hijacking and armour


def test_gunmen_seizing_a_ferry_hijack_it(pipeline: Pipeline) -> None:
    text = "Four gunmen seized the ferry Santa Clara off the coast on Friday."
    assert _labels(pipeline, text) == ["attack/hijacking"]


def test_armed_men_seizing_a_train_hijack_it(pipeline: Pipeline) -> None:
    text = "Armed men seized a passenger train near the border on Sunday."
    assert _labels(pipeline, text) == ["attack/hijacking"]


def test_pirates_seizing_a_tanker_hijack_it(pipeline: Pipeline) -> None:
    text = "The tanker was seized by pirates off the coast of Somalia."
    assert _labels(pipeline, text) == ["attack/hijacking"]


def test_customs_officers_seizing_a_tanker_take_no_one(pipeline: Pipeline) -> None:
    text = "Customs officers seized the tanker in the port."
    assert _labels(pipeline, text) == []


def test_armoured_columns_are_armed_men(pipeline: Pipeline) -> None:
    text = "Armoured columns entered the town from the south."
    assert _labels(pipeline, text) != []


# Destruction by hand, and a crowd around a building


def test_militants_tearing_down_a_church_attack_it(pipeline: Pipeline) -> None:
    text = "Hundreds of militants tore down a mosque with crowbars."
    assert _labels(pipeline, text) == ["attack/facility_attack"]


def test_rioters_pulling_down_a_statue_riot(pipeline: Pipeline) -> None:
    text = "Rioters pulled down the statue of the king in the main square."
    assert _labels(pipeline, text) == ["protest/riot"]


def test_villagers_surrounding_a_residence_protest(pipeline: Pipeline) -> None:
    text = (
        "Thousands of villagers surrounded the mayor's residence to stop the arrest of their chief."
    )
    assert _labels(pipeline, text) == ["protest/demonstration"]


# Statements


def test_an_agreement_a_group_opposes_is_no_new_agreement(pipeline: Pipeline) -> None:
    text = "A splinter group opposed to the peace accord claimed responsibility."
    assert "agreement/pact" not in _labels(pipeline, text)
    assert "agreement/treaty" not in _labels(pipeline, text)


def test_an_announcement_joined_to_a_seizure_of_power_is_told(pipeline: Pipeline) -> None:
    text = "General Okello took power on Friday and announced that elections would be held."
    assert "statement/announcement" in _labels(pipeline, text)


def test_blame_for_the_deaths_is_an_accusation(pipeline: Pipeline) -> None:
    text = "Damascus blamed Ankara for the deaths."
    assert _labels(pipeline, text) == ["statement/accusation"]


# Everyday words


def test_a_truce_between_bakeries_is_no_ceasefire(pipeline: Pipeline) -> None:
    text = "The two bakeries signed a truce over the price of bread."
    assert _labels(pipeline, text) == []


def test_residents_rallying_to_save_a_service_do_not_protest(pipeline: Pipeline) -> None:
    text = "Residents rallied to save the village library."
    assert _labels(pipeline, text) == []


# Who took them


def test_people_abducted_where_only_the_state_is_armed_are_disappeared(
    pipeline: Pipeline,
) -> None:
    text = "Police raided the township on Monday. Seven residents were abducted."
    assert _labels(pipeline, text)[-1] == "repression/disappearance"


def test_people_abducted_where_gunmen_were_told_are_hostages(pipeline: Pipeline) -> None:
    text = "Gunmen attacked the village at dawn. Seven residents were abducted."
    assert _labels(pipeline, text)[-1] == "attack/hostage_taking"
