"""Where and when, across the clauses and tellings of a narrative (round 13, places).

A town told of another act in the trigger's phrase is that act's place; a later day
told of a long act does not replace the month it began in; a town's possessive
places the site it names.
"""

from __future__ import annotations

from event_runs import event_of, record_of
from historiograph.pipeline import Pipeline


def test_a_war_is_in_the_country_not_the_town_of_the_attacks_it_began_with(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Portugal's colonial war in Angola began in February 1961 with attacks on prisons "
        "in Luanda.",
    )
    war = event_of(record, "war")
    assert war.where is not None and war.where.name == "Angola"
    attacks = event_of(record, "attacks")
    assert attacks.where is not None and attacks.where.name == "Luanda"


def test_a_later_day_of_a_siege_does_not_redate_its_start(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In April 1453 the army of Sultan Mehmed II laid siege to Constantinople. The city "
        "fell on 29 May, and the last emperor died in the fighting at the gates.",
    )
    siege = event_of(record, "laid siege")
    assert (str(siege.when.earliest), str(siege.when.latest)) == ("1453-04-01", "1453-04-30")


def test_a_town_possessive_places_the_airport_it_names(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "ANKARA — A court on Monday sentenced 14 people for their role in the 2016 suicide "
        "bombing at Istanbul's Atatürk Airport.",
    )
    bombing = event_of(record, "suicide bombing")
    assert bombing.where is not None and bombing.where.name == "Istanbul"


def test_a_camp_named_for_a_unit_is_in_the_town_it_is_near(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Cadres of the United National Liberation Front later attacked an Assam Rifles camp "
        "near Churachandpur with grenades.",
    )
    attacked = event_of(record, "attacked")
    assert attacked.where is not None and attacked.where.entity == "ent:geonames-1273909"
