"""Event arguments on unseen kinds of text (issue #6, eleventh round): the side that owns
a bare army ("the armies of the First Crusade"), an army a people's adjective names,
parts of what an "of" phrase names, relative pronouns, a power's rule, one unnamed
person or body acted on, the people a court sentences, and the doer of an act told in
an "in" phrase."""

from __future__ import annotations

import pytest

from event_runs import event_of, names_in
from historiograph.pipeline import Pipeline
from historiograph.record import Document, Record, document_id

DOERS = ("agent", "participant")
DONE_TO = ("target", "victim")


def record_of(pipeline: Pipeline, text: str) -> Record:
    return pipeline.record(Document(id=document_id(text), text=text))


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The armies of the First Crusade besieged Antioch.", "besieged", "First Crusade"),
        (
            "In 1812 the army of Napoleon crossed the Niemen and attacked Smolensk.",
            "attacked",
            "Napoleon",
        ),
    ],
)
def test_a_bare_army_fights_for_the_owner_its_of_phrase_names(
    pipeline: Pipeline, text: str, trigger: str, doer: str
) -> None:
    record = record_of(pipeline, text)
    assert doer in names_in(record, event_of(record, trigger), DOERS)


def test_an_army_named_by_its_own_words_acts_itself(pipeline: Pipeline) -> None:
    # A people's adjective names the army; an "of" phrase after it does not make its
    # owner the doer instead.
    record = record_of(pipeline, "In 1529 the Ottoman army of Sultan Suleiman besieged Vienna.")
    assert names_in(record, event_of(record, "besieged"), DOERS) == ["Ottoman army"]


@pytest.mark.parametrize(
    ("text", "trigger", "done_to"),
    [
        ("The crusaders massacred most of the villagers in Antioch.", "massacred", "villagers"),
        ("Soldiers shot dead two of the prisoners in Kano.", "shot", "prisoners"),
    ],
)
def test_a_part_stands_for_what_its_of_phrase_names(
    pipeline: Pipeline, text: str, trigger: str, done_to: str
) -> None:
    record = record_of(pipeline, text)
    assert done_to in names_in(record, event_of(record, trigger), DONE_TO)


def test_a_relative_pronoun_stands_for_the_noun_its_clause_describes(pipeline: Pipeline) -> None:
    text = (
        "The murder had been ordered by the businessman Dragan Petek, who was arrested in Belgrade."
    )
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, "arrested"), DONE_TO) == ["Dragan Petek"]


def test_a_rising_against_a_powers_rule_is_aimed_at_the_power(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "In 1863 Polish insurgents rose against Russian rule.")
    event = event_of(record, "rose")
    assert names_in(record, event, DOERS) == ["Polish insurgents"]
    assert names_in(record, event, DONE_TO) == ["Russia"]


@pytest.mark.parametrize(
    ("text", "trigger", "done_to"),
    [
        ("Gunmen shot dead a policeman in Kano on Monday.", "shot", "policeman"),
        ("The journalist was shot dead in Kano on Monday.", "shot", "journalist"),
    ],
)
def test_one_unnamed_person_acted_on_is_the_victim(
    pipeline: Pipeline, text: str, trigger: str, done_to: str
) -> None:
    record = record_of(pipeline, text)
    assert names_in(record, event_of(record, trigger), DONE_TO) == [done_to]


def test_the_people_a_court_sentences_are_its_targets(pipeline: Pipeline) -> None:
    text = "A criminal court in Cairo sentenced 75 defendants to death on Saturday."
    record = record_of(pipeline, text)
    event = event_of(record, "sentenced")
    assert names_in(record, event, DOERS) == ["criminal court"]
    assert names_in(record, event, DONE_TO) == ["defendants"]


def test_the_trigger_s_own_words_are_no_victim(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Fourteen of their leaders were executed by firing squad in July.")
    for event in record.events:
        assert "squad" not in names_in(record, event, DONE_TO)
    assert names_in(record, event_of(record, "executed"), DONE_TO) == ["leaders"]


def test_an_act_told_in_an_in_phrase_is_the_subject_s(pipeline: Pipeline) -> None:
    record = record_of(pipeline, "Government troops freed both men in a raid on a rebel camp.")
    assert names_in(record, event_of(record, "raid"), DOERS) == ["Government troops"]


def test_those_who_die_in_an_attack_did_not_make_it(pipeline: Pipeline) -> None:
    # No object: the soldiers underwent the attack.
    record = record_of(pipeline, "Three soldiers died in an attack on a base near Kano.")
    assert names_in(record, event_of(record, "attack"), DOERS) == []


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "done_to"),
    [
        (
            "On 7 March 1965 Alabama state troopers attacked civil rights marchers in Selma.",
            "attacked",
            "Alabama state troopers",
            "civil rights marchers",
        ),
        (
            "Five villagers were killed by soldiers near Kano in 2017.",
            "killed",
            "soldiers",
            "villagers",
        ),
        (
            "On 18 March 1871 the people of Paris rose against the government of Adolphe Thiers.",
            "rose",
            "people of Paris",
            "government",
        ),
    ],
)
def test_doers_and_those_they_act_on(
    pipeline: Pipeline, text: str, trigger: str, doer: str, done_to: str
) -> None:
    record = record_of(pipeline, text)
    event = event_of(record, trigger)
    assert doer in names_in(record, event, DOERS)
    assert done_to in names_in(record, event, DONE_TO)


def test_an_agent_named_by_a_later_finding_is_the_killing_s(pipeline: Pipeline) -> None:
    text = (
        "The journalist was shot dead in Kano on 2 May. A commission later found that the "
        "killing had been ordered by the governor, Musa Bello."
    )
    record = record_of(pipeline, text)
    assert "Musa Bello" in names_in(record, event_of(record, "shot"), DOERS)


def test_a_definite_act_in_an_in_phrase_keeps_the_doer_told_before(pipeline: Pipeline) -> None:
    # "the abduction" refers back to an act told before: the killing stays an act of its own.
    record = record_of(pipeline, "The kidnappers had killed his driver during the abduction.")
    assert "killed" in [e.trigger.text for e in record.events]
