"""Event arguments, twenty-fourth round: whom others blame is a doer only of an act told
without a named one, a siege's "with an army of" is the besieger's own force, a band's doers carry
to the buildings sacked in its scene and a "they" carries through a sentence that names
no doer, violence to a captive is the captors', a "by" phrase after an apposition names
the doer, and who is convicted of ordering an act did it."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_group_the_police_blame_stands_beside_the_unnamed_men(pipeline: Pipeline) -> None:
    """Whom others blame is the alleged doer, as GTD and ACLED code the perpetrator."""
    record = record_of(
        pipeline,
        "Masked men set fire to a bus depot in Hyderabad on Friday night, officials said. "
        "Police blamed the Sindhudesh Revolutionary Army.",
    )
    doers = names_in(record, event_of(record, "set fire"), DOERS)
    assert "Masked men" in doers
    assert any("Sindhudesh" in d for d in doers)


def test_blame_adds_no_doer_to_a_raid_by_a_named_group(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Fighters of the Southern Front raided a customs post near the border on Sunday, "
        "killing two guards. The governor blamed the Eastern Liberation Front for the raid.",
    )
    doers = names_in(record, event_of(record, "raided"), DOERS)
    assert "Eastern Liberation Front" not in doers


def test_a_group_blamed_for_an_act_with_no_doer_is_its_agent(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A car bomb exploded outside a police station in Quetta on Friday, killing four "
        "people. Police blamed the Baloch Liberation Front.",
    )
    doers = names_in(record, event_of(record, "exploded"), DOERS)
    assert any("Liberation Front" in d for d in doers)


def test_a_claim_names_its_claimants_beside_the_unnamed_gunmen(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked a checkpoint outside Ghazni on Monday, killing three policemen. "
        "The Taliban claimed the attack.",
    )
    assert "Taliban" in names_in(record, event_of(record, "attacked"), DOERS)


def test_the_army_a_besieger_brought_is_no_second_side(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "In 1187 Saladin besieged the port of Tyre with an army of some 12,000 men."
    )
    assert names_in(record, event_of(record, "besieged"), DOERS) == ["Saladin"]


def test_a_clash_with_a_named_band_still_has_both_sides(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Marines clashed with about 40 Abu Sayyaf gunmen near Patikul on Sunday morning.",
    )
    assert "Abu Sayyaf" in names_in(record, event_of(record, "clashed"), DOERS)


def test_buildings_sacked_after_a_band_stormed_the_town_are_its_work(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "The rebels stormed the market town at dawn. Shops were looted and the mission "
        "school was burned.",
    )
    assert names_in(record, event_of(record, "looted"), DOERS) == ["rebels"]
    assert names_in(record, event_of(record, "burned"), DOERS) == ["rebels"]


def test_cars_burned_after_police_fired_on_marchers_are_not_the_police(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Police fired tear gas at the marchers outside the assembly. Two cars were set alight.",
    )
    assert names_in(record, event_of(record, "set alight"), DOERS) == []


def test_a_they_carries_through_a_sentence_that_names_no_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The insurgents overran the hill outpost before dawn. The radio mast was burned. "
        "They then ambushed the relief column on the valley road.",
    )
    assert names_in(record, event_of(record, "ambushed"), DOERS) == ["insurgents"]


def test_a_they_after_a_peoples_name_is_that_people(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In the spring of 1943 the Germans returned to the valley. They arrested the "
        "schoolmaster and the priest.",
    )
    assert names_in(record, event_of(record, "arrested"), DOERS) == ["Germany"]


def test_a_captive_shot_in_a_cell_was_shot_by_the_force_that_took_him(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "Agents of the State Security Bureau detained the blogger Anan Sukprasert at his "
        "home on Monday. He was shot in a cell the same night.",
        "2019-03-08",
    )
    assert names_in(record, event_of(record, "shot"), DOERS) == ["State Security Bureau"]


def test_one_a_named_force_took_and_who_was_then_shot_was_shot_by_it(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "In the winter of 1938 the NKVD arrested my uncle at the shipyard in Odessa. He was "
        "shot in March as a spy.",
    )
    assert names_in(record, event_of(record, "shot"), DOERS) == ["NKVD"]


def test_one_shot_long_after_an_arrest_is_not_the_arresters_act(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Police arrested the driver after the crash. He was shot dead outside his home a "
        "year later.",
    )
    assert "Police" not in names_in(record, event_of(record, "shot"), DOERS)


def test_a_by_phrase_after_an_apposition_names_the_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Amnesty International documented the killing of Moussa Traoré, a 52-year-old imam, "
        "by members of the Kene Dozo militia in the village of Sobane in June 2019.",
    )
    doers = names_in(record, event_of(record, "killing"), DOERS)
    assert any("Kene Dozo" in d for d in doers)


def test_who_is_convicted_of_ordering_a_bombardment_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A military court convicted Colonel Ivo Marek of ordering the bombardment of the "
        "harbour at Split.",
    )
    assert "Ivo Marek" in names_in(record, event_of(record, "bombardment"), DOERS)


def test_a_town_that_fell_after_a_siege_was_taken_by_the_besiegers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The armies of the Teutonic Order laid siege to Kaunas in the spring of 1362. The "
        "castle fell on Easter Sunday.",
    )
    assert any("Teutonic" in d for d in names_in(record, event_of(record, "fell"), DOERS))


def test_what_fired_on_the_walls_did_not_take_the_castle(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "In May 1645 a Swedish army laid siege to Hammershus. For six weeks its guns pounded "
        "the walls. The castle fell on 2 July.",
    )
    assert names_in(record, event_of(record, "fell"), DOERS) == []
