"""Event arguments, round 26b: people a number's "of" phrase counts, a passive verb joined
to its crowd's march, a will an act defied, a force named in front of its machines, a
blamed body that denies, a coded gang name, a reported act's subject, and a headline's
verbless party to a fight."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_counted_nationals_flee_not_their_country(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Thousands of Tajiks fled across the frontier into Afghanistan.")
    assert names_in(record, event_of(record, "fled"), DOERS) == ["Tajiks"]


def test_a_passive_verb_joined_to_a_march_is_done_to_the_marchers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Hundreds of nurses marched to the health ministry and were dispersed with water cannon.",
    )
    event = event_of(record, "dispersed")
    assert names_in(record, event, DONE_TO) == ["nurses"]
    assert names_in(record, event, DOERS) == []


def test_a_will_defied_is_no_one_the_act_was_done_to(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Gendarmes raided the newspaper office against the editor's objections."
    )
    assert "objections" not in names_in(record, event_of(record, "raided"), DONE_TO)


def test_a_force_named_in_front_of_its_machines_is_the_doer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Turkish army helicopters bombed the village of Kani Masi.")
    assert names_in(record, event_of(record, "bombed"), DOERS) == ["Turkish army"]


def test_a_blamed_body_that_denies_is_not_the_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A car bomb exploded outside the courthouse in Cúcuta. "
        "Officials blamed the ELN, which denied any involvement.",
    )
    assert names_in(record, event_of(record, "exploded"), DOERS) == []


def test_a_coded_gang_name_stays_in_the_doer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Suspected M-19 gang members shot dead a taxi driver in Cali.")
    assert names_in(record, event_of(record, "shot dead"), DOERS) == ["M-19 gang members"]


def test_a_reported_act_is_its_passive_subjects(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The rebels are said to have seized the airport at Bunia.")
    assert names_in(record, event_of(record, "seized"), DOERS) == ["rebels"]


def test_a_headline_noun_is_in_the_fight_it_names(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Troops in gunfight with cattle rustlers in Turkana.")
    assert "Troops" in names_in(record, event_of(record, "gunfight"), DOERS)


def test_a_closing_line_of_suspicion_names_the_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Three soldiers were wounded in a mortar attack on their base near Afgooye. "
        "Al Shabaab suspected.",
    )
    doers = names_in(record, event_of(record, "mortar"), DOERS)
    assert any("Shabaab" in name for name in doers)


def test_the_suspected_perpetrators_are_the_doers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A roadside bomb struck a police pickup outside Jowhar. "
        "Al Shabaab are the suspected perpetrators.",
    )
    doers = names_in(record, event_of(record, "bomb"), DOERS)
    assert any("Shabaab" in name for name in doers)


def test_a_band_name_the_parser_hung_on_the_verb_stays_the_doers(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Sumbadede Mayi Mayi militiamen attacked the village of Kikuku.")
    doers = names_in(record, event_of(record, "attacked"), DOERS)
    assert any("Mayi" in name for name in doers)


def test_people_counted_dead_beside_a_target_are_the_toll(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Federal artillery shelled the old cathedral in Tarnow, killing 22 people."
    )
    done_to = names_in(record, event_of(record, "shelled"), DONE_TO)
    assert "people" not in done_to
    assert any("cathedral" in name for name in done_to)
