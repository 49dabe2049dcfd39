"""Event typing, round 26b: who shuts a body down, whom an assault falls on, and a claim.

A parliament or party dissolved by a junta or a court is banned (repression); a body
that dissolves itself, or one disbanded by nobody named, ends its own life. A curfew is
a rule imposed, a ban. Rebels who storm a town killing its people raid it; a town named
as one is no country for an offensive. Police storming a hall that civilians occupy crack
down on them. Relations broken off "diplomatic" relations, men court-martialled, a
vehicle packed with explosives and a named Terror are events. Mutineers killing officers
and sergeants fight them in the one rising. Coup-makers who announce that they have
overthrown the government claim the act already told, not a second one.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline


def _labels(pipeline: Pipeline, text: str) -> list[str]:
    return [f"{kind}/{subtype}" for _, kind, subtype in readings(pipeline, text)]


# Bodies shut down from outside, and bodies that end themselves


def test_a_junta_dissolving_the_legislature_bans_it(pipeline: Pipeline) -> None:
    text = "In May 1982 the ruling junta dissolved the national legislature."
    assert "repression/ban" in _labels(pipeline, text)


def test_a_court_dissolving_a_party_bans_it(pipeline: Pipeline) -> None:
    text = "The constitutional court dissolved the Peasants' Democratic Party in 1998."
    assert _labels(pipeline, text) == ["repression/ban"]


def test_a_union_that_dissolves_itself_ends_its_own_life(pipeline: Pipeline) -> None:
    text = "The dockers' union dissolved itself at a final congress in 1936."
    assert _labels(pipeline, text) == ["organization/dissolution"]


def test_a_regiment_disbanded_by_no_one_named_ends_its_own_life(pipeline: Pipeline) -> None:
    text = "The Highland regiment was disbanded in 1922."
    assert "organization/dissolution" in _labels(pipeline, text)


def test_a_curfew_imposed_is_a_ban(pipeline: Pipeline) -> None:
    text = "The governor imposed a dawn-to-dusk curfew on the market district on Friday."
    assert "repression/ban" in _labels(pipeline, text)


# Whom an assault falls on


def test_rebels_storming_a_town_and_killing_its_people_raid_it(pipeline: Pipeline) -> None:
    text = "Insurgents stormed the hill town of Kavala in April, killing forty farmers."
    labels = _labels(pipeline, text)
    assert "attack/armed_assault" in labels
    assert "battle/territory_seized" not in labels


def test_rebels_storming_a_town_held_by_soldiers_take_ground(pipeline: Pipeline) -> None:
    text = "Insurgents stormed the hill town of Kavala, killing eleven soldiers of the garrison."
    assert "attack/armed_assault" not in _labels(pipeline, text)


def test_an_attack_on_a_named_town_is_no_offensive_on_a_country(pipeline: Pipeline) -> None:
    text = "Militants attacked the fishing town of Palma, killing scores of residents."
    labels = _labels(pipeline, text)
    assert "attack/armed_assault" in labels
    assert "battle/offensive" not in labels


def test_police_storming_a_hall_peasants_occupy_crack_down(pipeline: Pipeline) -> None:
    text = "Police stormed the town hall, which landless farmers had occupied since May."
    labels = _labels(pipeline, text)
    assert "repression/crackdown" in labels
    assert "battle/clash" not in labels


def test_troops_storming_a_fort_rebels_hold_fight_them(pipeline: Pipeline) -> None:
    text = "Troops stormed the fort, which the rebels had held for a month."
    assert "repression/crackdown" not in _labels(pipeline, text)


# Acts missed before


def test_broken_off_diplomatic_relations_withdraw_support(pipeline: Pipeline) -> None:
    text = "In 1973 Senegal broke off diplomatic relations with Israel."
    assert "support/withdrawal_of_support" in _labels(pipeline, text)


def test_men_court_martialled_are_tried(pipeline: Pipeline) -> None:
    text = "Forty of the stokers were court-martialled in the spring."
    assert "legal/trial" in _labels(pipeline, text)


def test_a_lorry_packed_with_explosives_is_a_bombing(pipeline: Pipeline) -> None:
    text = "A lorry packed with explosives smashed into the ministry gates, killing 27 people."
    assert "attack/bombing" in _labels(pipeline, text)


def test_a_van_packed_with_explosives_found_is_no_bombing(pipeline: Pipeline) -> None:
    text = "Customs officers found a van packed with explosives at the port."
    assert "attack/bombing" not in _labels(pipeline, text)


def test_a_named_terror_launched_is_a_crackdown(pipeline: Pipeline) -> None:
    text = "The regime launched the White Terror against the left in 1947."
    assert "repression/crackdown" in _labels(pipeline, text)


# One act told once


def test_mutineers_killing_officers_and_sergeants_fight_in_one_rising(
    pipeline: Pipeline,
) -> None:
    text = (
        "Soldiers of the garrison rose against their officers and killed three officers "
        "and a sergeant."
    )
    labels = _labels(pipeline, text)
    assert "repression/massacre" not in labels


def test_a_coup_announced_by_its_makers_is_no_second_offensive(pipeline: Pipeline) -> None:
    text = (
        "Young officers seized the broadcasting house before dawn and announced that they "
        "had overthrown the government."
    )
    assert "battle/offensive" not in _labels(pipeline, text)


def test_a_coup_announced_alone_is_still_told(pipeline: Pipeline) -> None:
    text = "The army announced on the radio that it had overthrown the government."
    assert "battle/offensive" in _labels(pipeline, text)
