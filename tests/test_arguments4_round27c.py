"""Event arguments, round 27c: a participle beside a clause of dying tells what its subject
underwent, a site named by its owner is the site, a people's word in apposition is no doer,
who has someone arrested did the arrest, a noun the parse joined to a verb is the subject of
the participle after it, a passive subject is whom a later "he" means, and the name in "the
village of X" is a place."""

from __future__ import annotations

from event_runs import event_of, names_in, record_of
from historiograph.pipeline import Pipeline

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def test_people_who_died_shot_by_police_are_its_victims(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Eleven protesters died, shot by soldiers from the rooftops.")
    shooting = event_of(record, "shot")
    assert names_in(record, shooting, DOERS) == ["soldiers"]
    assert names_in(record, shooting, DONE_TO) == ["protesters"]


def test_a_site_named_by_the_body_that_owns_it_is_the_site(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Rebels attacked the Red Cross hospital in Kunduz.")
    assert names_in(record, event_of(record, "attacked"), DONE_TO) == ["Red Cross hospital"]


def test_a_peoples_word_in_apposition_to_the_doer_is_no_country(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The gunman, a young Briton, later shot dead three police officers."
    )
    assert names_in(record, event_of(record, "shot"), DOERS) == ["gunman"]


def test_who_has_someone_arrested_did_the_arrest(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The governor had the editor arrested.")
    arrest = event_of(record, "arrested")
    assert names_in(record, arrest, DOERS) == ["governor"]
    assert names_in(record, arrest, DONE_TO) == ["editor"]


def test_who_has_someone_named_arrested_did_the_arrest(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The magistrates had the speaker, Henry Hunt, arrested.")
    assert names_in(record, event_of(record, "arrested"), DOERS) == ["magistrates"]


def test_a_noun_joined_to_a_verb_is_the_subject_of_the_participle_after_it(
    pipeline: Pipeline,
) -> None:
    record = record_of(pipeline, "The crowd was peaceful and the yeomanry charged into the crowd.")
    assert names_in(record, event_of(record, "charged"), DOERS) == ["yeomanry"]


def test_a_he_means_the_passive_subject_of_the_sentence_before(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "The deposed governor was flown to Kamina. He was shot.")
    assert names_in(record, event_of(record, "shot"), DONE_TO) == ["deposed governor"]


def test_the_name_in_the_village_of_x_is_a_place_attacked(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Rebels attacked the village of Eringeti.")
    attack = event_of(record, "attacked")
    assert [a.role for a in attack.actors if a.role in DONE_TO] == ["target"]
