"""Event detection on constructions fresh gold (detect13) and earlier rounds missed (issue #6).

A death told just after an act, by whom it befell ("Two of the attackers were shot
dead", "three of them were later found dead"), and a definite noun that retells the act
("The blast killed 19") are that act and its toll, not acts of their own; named, or set
apart ("in a separate incident"), they stay events. A blockade a party enforces is a
strike; nobody charged is no charge; a crowd shouting slogans protests; a verb the parser
misreads as a noun ("a motorbike shot dead") still tells a killing; a bomb a jet drops
is an air strike.
"""

from __future__ import annotations

from event_runs import readings
from historiograph.pipeline import Pipeline
from historiograph.record import Document, document_id


def test_attackers_shot_dead_after_an_attack_are_its_toll(pipeline: Pipeline) -> None:
    text = (
        "Insurgents attacked a police station in the town of Garissa on Monday, killing six "
        "officers. Two of the attackers were shot dead."
    )
    record = pipeline.record(Document(id=document_id(text), text=text))
    assert [e.trigger.text for e in record.events] == ["attacked"]
    toll = record.events[0].fatalities
    assert toll is not None and toll.high == 8


def test_captives_found_dead_are_the_abductions_toll(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Bandits abducted 40 villagers from a farm near Zurmi on Friday; three of them were "
        "later found dead.",
    )
    assert found == [("abducted", "attack", "hostage_taking")]


def test_the_blast_that_killed_retells_the_bombing(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "A car packed with explosives blew up outside the ministry in Baghdad on Sunday. "
        "The blast killed 19 people.",
    )
    assert found == [("blew up", "attack", "bombing")]


def test_a_named_victim_shot_dead_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Rebels attacked the village of Kitchanga on Monday. The mayor, Juan Pérez, was shot dead.",
    )
    assert [t for t, _, _ in found] == ["attacked", "shot dead"]


def test_a_death_set_apart_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Rebels attacked the village of Kitchanga on Monday. In a separate incident, two "
        "soldiers were shot dead near Goma.",
    )
    assert [t for t, _, _ in found] == ["attacked", "shot dead"]


def test_a_blockade_enforced_by_an_alliance_is_a_strike(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "The fuel blockade, enforced by the opposition alliance, entered its third week on Friday.",
    )
    assert found == [("blockade", "protest", "strike")]


def test_nobody_arrested_is_no_arrest(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Police have opened a criminal investigation, but nobody has been arrested."
    )
    assert found == [("investigation", "legal", "trial")]


def test_a_prosecutors_investigation_is_a_case(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "The prosecutor's office has opened an investigation into the killings, but no one "
        "has been charged.",
    )
    assert found == [("investigation", "legal", "trial")]


def test_students_gathered_shouting_slogans_protest(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Dozens of students gathered outside the parliament in Accra on Tuesday, shouting "
        "slogans against the new tax.",
    )
    assert found == [("gathered", "protest", "demonstration")]


def test_a_shooting_misparsed_as_a_noun_is_still_told(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "Unknown assailants on a motorbike shot dead a shopkeeper in Quetta on Sunday."
    )
    assert found == [("shot dead", "attack", "armed_assault")]


def test_a_sit_in_broken_up_with_deaths_is_one_crackdown(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Riot police broke up a student sit-in outside the ministry on Monday, killing two people.",
    )
    assert ("broke up", "repression", "crackdown") in found
    assert all(t != "killing" for t, _, _ in found)


def test_bombs_a_jet_dropped_are_an_air_strike(pipeline: Pipeline) -> None:
    found = readings(
        pipeline, "A government jet dropped three bombs on the market in Kafr Nabl on Monday."
    )
    assert found == [("bombs", "battle", "air_strike")]


def test_a_relative_shot_after_a_burning_is_an_act_of_its_own(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "In March the militia burned the market. My brother was shot outside his shop "
        "because he would not pay them.",
    )
    assert [t for t, _, _ in found] == ["burned", "shot"]


def test_the_dead_counted_by_a_date_are_the_acts_toll(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "On 2 May the militia began killing the town's Armenian residents; by 9 May at least "
        "3,000 had died.",
    )
    assert [t for t, _, _ in found] == ["killing"]


def test_a_rising_crushed_is_told_by_the_crackdown(pipeline: Pipeline) -> None:
    found = readings(pipeline, "Royal troops crushed the peasant uprising in the spring of 1525.")
    assert found == [("crushed", "repression", "crackdown")]


def test_an_uprising_that_breaks_out_is_an_armed_rising(pipeline: Pipeline) -> None:
    found = readings(pipeline, "The Ilinden uprising broke out on 2 August 1903.")
    assert [(k, s) for _, k, s in found] == [("battle", None)]


def test_a_ruler_escaping_the_city_flees(pipeline: Pipeline) -> None:
    found = readings(pipeline, "In July 1830 the king escaped the capital in a borrowed carriage.")
    assert [k for _, k, _ in found] == ["relocation"]


def test_gunmen_who_escaped_tell_no_flight(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Gunmen opened fire on a bus near Quetta on Monday, killing seven passengers. The "
        "gunmen escaped on motorbikes before troops arrived.",
    )
    assert [t for t, _, _ in found] == ["opened fire"]


def test_a_strike_to_protest_is_one_protest(pipeline: Pipeline) -> None:
    found = readings(
        pipeline,
        "Thirty inmates of Insein prison went on hunger strike on 4 May to protest the "
        "transfer of their lawyers.",
    )
    assert [(k, s) for _, k, s in found] == [("protest", "strike")]


def test_a_city_sacked_is_taken_and_a_minister_sacked_dismissed(pipeline: Pipeline) -> None:
    city = readings(pipeline, "In 1527 mutinous imperial troops sacked Rome.")
    minister = readings(pipeline, "The president sacked the defence minister on Monday.")
    assert [(k, s) for _, k, s in city] == [("battle", "territory_seized")]
    assert [(k, s) for _, k, s in minister] == [("organization", "leadership")]


def test_an_attorney_generals_investigation_is_a_case_a_ministrys_is_not(
    pipeline: Pipeline,
) -> None:
    found = readings(
        pipeline, "The Attorney General's Office opened an investigation into the massacre."
    )
    assert ("investigation", "legal", "trial") in found
    assert readings(pipeline, "The ministry opened an investigation into the crash.") == []
