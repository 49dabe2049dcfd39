"""Event arguments, twentieth round (issue #6): a negated "by" phrase, a pronoun after a
reported sentence, fire from a side's positions, machines a reporting body calls its own,
a massacre that carries on an armed band's act, a suspect named after the act, fighting
among one body's members, a plural noun whose apposed names are joined, who is convicted
of an act, a blamed faction, an arrest after a force's report, and a trigger's own
preposition."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_by_phrase_the_writer_negates_is_not_the_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The chapel was looted by the weavers, not by the garrison of the town."
    )
    assert names_in(record, event_of(record, "looted"), DOERS) == ["weavers"]


def test_who_reported_the_last_act_is_not_who_they_are(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gendarmes broke up a sit-in by dock workers on Monday, witnesses said. "
        "They then beat several of the strikers with rifle butts.",
    )
    assert names_in(record, event_of(record, "beat"), DOERS) == ["Gendarmes"]


def test_fire_from_a_sides_positions_is_that_sides(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Mortar fire from Senari militia positions struck a crowded market in Oldbury, "
        "killing four.",
    )
    assert names_in(record, event_of(record, "struck"), DOERS) == ["Senari militia"]


def test_machines_a_reporting_body_calls_its_own_act_for_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The navy said its gunboats had shelled the smugglers' camp on the delta."
    )
    assert names_in(record, event_of(record, "shelled"), DOERS) == ["navy"]


def test_a_killing_of_the_unarmed_carries_on_the_armed_bands_act(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The insurgents overran the hill station at Kemri. "
        "About forty planters and their servants were massacred in the compound.",
    )
    event = event_of(record, "massacred")
    assert names_in(record, event, DOERS) == ["insurgents"]


def test_fighters_killed_after_their_own_attack_were_not_killed_by_themselves(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline, "The guerrillas raided the depot at Sorn. Four guerrillas were executed."
    )
    assert names_in(record, event_of(record, "executed"), DOERS) == []


def test_the_suspect_named_after_an_agentless_shooting_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A bank clerk was shot dead in Tarrow on Monday. "
        "The suspect, Lena Voss, was arrested at the station.",
    )
    assert names_in(record, event_of(record, "shot"), DOERS) == ["Lena Voss"]


def test_fighting_among_one_bodys_members_is_fought_by_that_body(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Clashes among members of the National Salvation Party left three dead."
    )
    assert names_in(record, event_of(record, "clashes"), DOERS) == ["National Salvation Party"]


def test_a_plural_noun_with_joined_apposed_names_is_each_of_them(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The rebel chiefs Tanko and Bello attacked the mission at Kuta.")
    assert names_in(record, event_of(record, "attacked"), DOERS) == ["Tanko", "Bello"]


def test_who_is_convicted_of_an_act_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "A court in Lisbon convicted three men of hijacking a trawler off the Azores."
    )
    assert names_in(record, event_of(record, "hijacking"), DOERS) == ["men"]


def test_a_blamed_part_of_a_body_is_whom_the_blame_is_aimed_at(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The ministry blamed a splinter cell of the Red Dawn movement.")
    assert names_in(record, event_of(record, "blamed"), DONE_TO) == ["splinter cell", "Red Dawn"]


def test_an_arrest_told_right_after_a_forces_report_is_that_forces(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Rioters burned cars in the old quarter overnight, police said. "
        "Eleven people were arrested.",
    )
    assert names_in(record, event_of(record, "arrested"), DOERS) == ["police"]


def test_an_arrest_after_what_residents_report_names_no_doer(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Rioters burned cars in the old quarter overnight, residents said. "
        "Eleven people were arrested.",
    )
    assert names_in(record, event_of(record, "arrested"), DOERS) == []


def test_whom_the_police_came_for_is_whom_they_took(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The secret police came for my uncle before dawn on 4 May 1951.")
    assert names_in(record, event_of(record, "came for"), DONE_TO) == ["uncle"]


def test_a_bare_suspect_after_an_agentless_shooting_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Two park rangers were shot and wounded near the lake on Sunday, the county said. "
        "The suspect fled into the woods before troopers caught him.",
    )
    assert names_in(record, event_of(record, "shot"), DOERS) == ["suspect"]
