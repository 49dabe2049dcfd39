"""Event arguments, twenty-fifth round: crowds named in the plural, people the parser
makes the subject of the participle after them, "into" as an aim, a bare definite noun
that repeats a body named before, "on behalf of", a "by" phrase hung on the act a court
convicts of, what a device destroyed, an emphatic "himself" and a procession's people."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_fire_on_crowds_in_the_plural_hits_the_crowds(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Troops fired on the crowds that gathered at the harbour steps.")
    assert names_in(record, event_of(record, "fired"), DONE_TO) == ["crowds"]


def test_rounds_fired_into_a_crowd_are_aimed_at_it(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Police fired live rounds into the crowds outside the court.")
    assert names_in(record, event_of(record, "fired"), DONE_TO) == ["crowds"]


def test_people_before_a_participle_are_the_object_of_the_verb(pipeline: Pipeline) -> None:
    # The parser makes "students" the subject of "marching" and leaves "beat" no object.
    record = record_of(
        pipeline, "On 17 November riot police in Prague beat students marching to the square."
    )
    assert names_in(record, event_of(record, "beat"), DONE_TO) == ["students"]


def test_abducted_women_doing_something_are_the_victims(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Boko Haram fighters abducted at least 30 women collecting firewood."
    )
    assert names_in(record, event_of(record, "abducted"), DONE_TO) == ["women"]


def test_a_bare_definite_noun_repeats_the_body_named_before(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The Saudi-led coalition bombed a bus on Thursday. Houthi officials accused the "
        "coalition of deliberately targeting children.",
    )
    assert names_in(record, event_of(record, "accused"), DONE_TO) == ["Saudi-led coalition"]


def test_a_spokesman_on_behalf_of_a_body_speaks_as_that_body(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A spokesman speaking on behalf of the army denied that the battalion had "
        "executed civilians.",
    )
    assert names_in(record, event_of(record, "denied"), DOERS) == ["army"]


def test_a_claim_on_behalf_of_a_group_credits_the_group(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A bomb exploded at the station. An anonymous caller claimed the attack on behalf "
        "of the Armed Revolutionary Nuclei.",
    )
    assert names_in(record, event_of(record, "exploded"), DOERS) == ["Armed Revolutionary Nuclei"]


def test_the_court_that_convicts_of_a_bombing_did_not_bomb(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Two of its members were convicted of the bombing by a court in Bologna."
    )
    assert names_in(record, event_of(record, "convicted"), DOERS) == ["court"]
    assert "court" not in names_in(record, event_of(record, "bombing"), DOERS)


def test_what_a_bomb_destroyed_is_its_target(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "A bomb destroyed the waiting room of the central station.")
    assert names_in(record, event_of(record, "bomb"), DONE_TO) == ["waiting room"]


def test_himself_stands_for_the_subject_of_the_joined_clause(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Their leader, Bagenal Harvey, condemned the atrocity and was himself hanged by "
        "the government a few weeks later.",
    )
    assert names_in(record, event_of(record, "hanged"), DONE_TO) == ["Bagenal Harvey"]


def test_a_procession_of_workers_marches_as_the_workers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "A procession of workers led by the priest Georgy Gapon marched towards the Winter Palace.",
    )
    assert names_in(record, event_of(record, "marched"), DOERS)[:1] == ["workers"]


def test_placed_under_house_arrest_names_who_and_whom(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Police placed the opposition leader Kizza Besigye under house arrest on Monday."
    )
    event = event_of(record, "house arrest")
    assert names_in(record, event, DOERS) == ["Police"]
    assert names_in(record, event, DONE_TO) == ["Kizza Besigye"]


def test_an_act_carried_out_by_a_band_is_the_band_s(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The assassination of the president was carried out by a team of foreign mercenaries.",
    )
    assert names_in(record, event_of(record, "assassination"), DOERS) == ["foreign mercenaries"]


def test_a_siege_laid_to_a_place_hits_it_whatever_its_word(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "In June 1900 Boxer fighters laid siege to the foreign legations in Beijing."
    )
    assert names_in(record, event_of(record, "laid siege"), DONE_TO) == ["foreign legations"]


def test_an_attack_said_of_a_ruling_hits_nothing(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The government dismissed the warrant as an attack on national sovereignty."
    )
    assert not [e for e in record.events if e.trigger.text == "attack"]


def test_the_group_s_spokesman_claims_for_the_group(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Militants of the Ansar Front stormed a police post on Monday. The group's spokesman "
        "claimed the attack.",
    )
    assert names_in(record, event_of(record, "claimed"), DOERS) == ["Ansar Front"]


def test_a_time_and_a_stress_are_no_part_of_a_doer_s_name(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Later that month police arrested dozens of strikers. By August his own officers "
        "had overthrown the general.",
    )
    assert names_in(record, event_of(record, "arrested"), DOERS) == ["police"]
    assert names_in(record, event_of(record, "overthrown"), DOERS) == ["officers"]


def test_its_men_are_the_body_that_speaks_of_them(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The Taliban said its men attacked the checkpoint.")
    assert names_in(record, event_of(record, "attacked"), DOERS) == ["Taliban"]


def test_a_body_that_claims_an_attack_by_name_did_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Al-Shabaab claimed the attack on the base, saying its fighters had killed 41."
    )
    assert names_in(record, event_of(record, "attack"), DOERS) == ["Al-Shabaab"]


def test_she_after_an_arrest_is_the_one_arrested_not_the_arrester(pipeline: Pipeline) -> None:
    # The recogniser may take "Gestapo" for a person's name; "she" is still the one taken.
    record = record_of(
        pipeline,
        "The Gestapo arrested my grandmother at dawn. She was held for a week at Montluc "
        "prison and then deported to Ravensbrück.",
    )
    assert names_in(record, event_of(record, "deported"), DONE_TO) == ["grandmother"]


def test_a_participle_describing_a_person_is_done_to_them(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "The singer Víctor Jara, detained at the Chile Stadium, was shot there on 16 September.",
    )
    assert names_in(record, event_of(record, "detained"), DONE_TO) == ["Víctor Jara"]
