"""Event arguments, twenty-seventh round: a denial names no doer, not even the denier's
own people; one reader of headline notes, through a participle on the note's noun too;
who underwent an act their verb of harm is "in"; an unnamed ruling body's or air arm's
possessive; a relative clause that says whom a speaker speaks for; people held as
hostages by a light verb; and named people a plural singles out ("including a lawyer,
Amina Diallo")."""

from __future__ import annotations

from spacy.language import Language

from event_runs import event_of, names_in, record_of
from historiograph.extract.events.arguments import headline_sufferers
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_a_denial_does_not_make_the_deniers_units_doers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked a police post in Kandahar on Monday. The ministry denied that its "
        "units took part in the attack.",
    )
    assert names_in(record, event_of(record, "attacked"), DOERS) == ["Gunmen"]


def test_taking_part_in_no_attack_tells_no_act(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked a police post in Kandahar on Monday. The ministry said its units "
        "took part in no attack.",
    )
    assert [e.trigger.text for e in record.events if e.type in ("attack", "battle")] == ["attacked"]
    assert "units" not in names_in(record, event_of(record, "attacked"), DOERS)


def test_a_claim_of_a_part_in_the_attack_credits_the_claimant(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked a police post in Kandahar on Monday. The Taliban said its fighters "
        "took part in the attack.",
    )
    assert "Taliban" in names_in(record, event_of(record, "attacked"), DOERS)


def test_a_headline_note_names_its_noun_as_the_sufferer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Herder killed in Mellit.")
    assert names_in(record, event_of(record, "killed"), DONE_TO) == ["Herder"]


def test_the_headline_reader_takes_a_participle_on_the_notes_noun(nlp_model: Language) -> None:
    doc = nlp_model("Two police injured in attack by gunmen in Thoubal.")
    injured = next(t for t in doc if t.lower_ == "injured")
    assert [t.text for t in headline_sufferers(injured)] == ["police"]


def test_the_headline_reader_leaves_prose_with_its_auxiliary(nlp_model: Language) -> None:
    doc = nlp_model("The farmer was killed in Selea.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert headline_sufferers(killed) == []


def test_people_killed_in_an_ambush_are_whom_it_hit(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Five nurses were killed in an ambush near Gulu on Friday.")
    assert "nurses" in names_in(record, event_of(record, "ambush"), DONE_TO)


def test_an_unnamed_regimes_possessive_is_the_doer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The regime's arrest of the poet was condemned abroad.")
    event = event_of(record, "arrest")
    assert names_in(record, event, DOERS) == ["regime"]
    assert names_in(record, event, DONE_TO) == ["poet"]


def test_a_relative_clause_says_whom_a_speaker_speaks_for(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "Gunmen attacked a bar in Reynosa on Friday. A man who said he spoke on behalf of "
        "the Gulf Cartel denied involvement.",
    )
    assert names_in(record, event_of(record, "denied"), DOERS) == ["Gulf Cartel"]


def test_people_a_light_verb_holds_hostage_are_the_hostages(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Pirates held twelve fishermen hostage off Eyl for a month.")
    assert names_in(record, event_of(record, "held"), DONE_TO) == ["fishermen"]


def test_a_person_a_plural_singles_out_underwent_the_act_too(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "Police detained thirty protesters, including a lawyer, Amina Diallo."
    )
    done_to = names_in(record, event_of(record, "detained"), DONE_TO)
    assert "protesters" in done_to
    assert "Amina Diallo" in done_to


def test_the_one_taken_hostage_inside_the_phrase_is_the_victim(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Rebels took the officer hostage near Kalehe.")
    assert names_in(record, event_of(record, "took"), DONE_TO) == ["officer"]


def test_a_noun_in_front_of_hostage_is_held_not_a_doer(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The insurgents took the chief district officer hostage.")
    event = event_of(record, "hostage")
    assert names_in(record, event, DOERS) == ["insurgents"]
    assert names_in(record, event, DONE_TO) == ["chief district officer"]


def test_a_possessive_air_arm_is_the_doer_of_its_bombing(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The Republican aviation's bombing of the station at Teruel cut the line."
    )
    assert names_in(record, event_of(record, "bombing"), DOERS) == ["Republican aviation"]
