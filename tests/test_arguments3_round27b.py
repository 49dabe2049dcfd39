"""Event arguments, round 27b: a person others blame is no doer, a pronoun subject carries
on the named subject before, aircraft that drop bombs did the bombing, a singled-out part of
a town and a town's residence of someone are what was hit, one sworn into office takes it,
a "when" clause's armed subject did a passive killing, and a verb with an object of its own
read as a participle still tells its subject's act."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_person_others_blame_is_only_the_accusations_target(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Senator Ruiz was shot dead at the airport on Sunday. "
        "The army blamed a lone gunman, Pedro Salas.",
    )
    assert names_in(record, event_of(record, "shot dead"), DOERS) == []
    assert "Pedro Salas" in names_in(record, event_of(record, "blamed"), DONE_TO)


def test_a_pronoun_subject_carries_on_the_subject_named_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Patrice Lumumba was flown to Elisabethville and handed over to the forces of "
        "President Moise Tshombe. He was shot that night by a firing squad.",
    )
    assert names_in(record, event_of(record, "shot"), DONE_TO) == ["Patrice Lumumba"]


def test_aircraft_that_drop_bombs_did_the_bombing(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Government warplanes dropped bombs on the town of Kalay.")
    assert names_in(record, event_of(record, "bombs"), DOERS) != []


def test_a_singled_out_quarter_of_a_town_is_what_was_attacked(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A mob attacked the Armenian quarter of Baku.")
    assert names_in(record, event_of(record, "attacked"), DONE_TO) == ["Armenian quarter"]


def test_a_towns_residence_of_someone_is_the_residence(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Soldiers attacked the Dhaka residence of President Rahman and killed him."
    )
    assert "Dhaka" not in names_in(record, event_of(record, "attacked"), DONE_TO)


def test_one_sworn_in_as_president_takes_office(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Maria Lopez was sworn in as president on Monday.")
    assert names_in(record, event_of(record, "sworn in"), DOERS) == ["Maria Lopez"]


def test_armed_subject_of_a_when_clause_did_the_passive_killing(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Four students were shot dead when security forces opened fire on a protest."
    )
    assert names_in(record, event_of(record, "shot dead"), DOERS) == ["security forces"]


def test_a_participle_with_its_own_object_tells_its_subjects_act(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "A suspected militant stabbed to death a police colonel in Quetta."
    )
    event = event_of(record, "stabbed")
    assert names_in(record, event, DOERS) == ["militant"]
    assert "militant" not in names_in(record, event, DONE_TO)


def test_people_doused_and_set_alight_are_its_victims(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Two people were doused in petrol and set alight in Karachi.")
    assert names_in(record, event_of(record, "set alight"), DONE_TO) == ["people"]
