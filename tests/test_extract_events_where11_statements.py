"""Where statements, treaties, trials and votes are (issue #6, eleventh round): a
statement has no place unless one is told of it; a treaty or a court's act has the place
told of the act, else the dateline, never a place its words are about; and a building no
knowledge base knows gives way to the town it stands in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_runs import record_of
from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.pipeline import Pipeline
from historiograph.record import Record


def place_of(record: Record, trigger: str) -> str | None:
    event = next(e for e in record.events if e.trigger.text.lower().startswith(trigger))
    return event.where.name if event.where else None


def test_a_denial_takes_no_place_from_the_attack_it_answers(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline,
        "On 3 March 2015 a bomb exploded in Peshawar, killing nine people. The Pakistani "
        "Taliban denied any part in the explosion. Police arrested two men.",
    )
    assert place_of(record, "exploded") == "Peshawar"
    assert place_of(record, "denied") is None
    # The denial does not end the narrative's place: the arrests are still in Peshawar.
    assert place_of(record, "arrested") == "Peshawar"


def test_an_accusation_told_in_a_place_keeps_it(pipeline: Pipeline) -> None:
    record = record_of(
        pipeline, "The Taliban denied in Kabul on Monday that its fighters had attacked the convoy."
    )
    assert place_of(record, "denied") == "Kabul"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Ethiopia and Eritrea signed a peace agreement in Jeddah on 16 September 2018.",
            "peace agreement",
            "Jeddah",
        ),
        (
            "The treaty, signed in Washington on 8 December 1987, banned intermediate-range "
            "missiles.",
            "treaty",
            "Washington",
        ),
        (
            "A court in Istanbul sentenced fourteen journalists to prison on Wednesday.",
            "sentenced",
            "Istanbul",
        ),
        (
            "THE HAGUE, May 3, 2012 — A court sentenced the former mayor to life in prison on "
            "Thursday for crimes committed in Butare.",
            "sentenced",
            "The Hague",
        ),
        (
            "NEW YORK (Reuters) - The Security Council voted on Thursday to authorize "
            "force against Iraq unless it withdrew from Kuwait.",
            "voted",
            "New York City",
        ),
    ],
)
def test_a_treaty_or_a_court_is_where_the_act_is_told_or_filed(
    pipeline: Pipeline, text: str, trigger: str, place: str
) -> None:
    assert place_of(record_of(pipeline, text), trigger) == place


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The War of the Pacific ended with the Treaty of Ancón, signed on 20 October "
            "1883, which ceded the province of Tarapacá to Chile.",
            "treaty",
        ),
        ("Peru, bound to Bolivia by a secret treaty of 1873, entered the war.", "treaty"),
    ],
)
def test_a_treaty_is_not_in_the_lands_it_is_about(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    assert place_of(record_of(pipeline, text), trigger) is None


def test_an_unknown_building_gives_way_to_its_town_but_not_to_the_story_before(
    nlp_model: Language,
) -> None:
    text = (
        "Militants bombed the King David Hotel in Jerusalem. Days later gunmen attacked "
        "the Grand Hotel."
    )
    doc = nlp_model(text)
    entities, mentions = entities_from_doc(doc)
    # Both hotels as buildings no knowledge base knows.
    entities = [
        e.model_copy(update={"kind": "facility"}) if e.name.endswith("Hotel") else e
        for e in entities
    ]
    events = extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[]).events
    where = {e.trigger.text: e.where.name if e.where else None for e in events}
    assert where == {"bombed": "Jerusalem", "attacked": "Grand Hotel"}


def test_a_place_in_a_joined_clause_with_its_own_subject_is_that_clauses(
    pipeline: Pipeline,
) -> None:
    record = record_of(
        pipeline,
        "QUITO (Reuters) - Rebels dynamited a bridge outside the capital on Thursday, and on "
        "Sunday a bomb killed two soldiers at a barracks in Guayaquil.",
    )
    assert place_of(record, "dynamited") == "Quito"
    assert place_of(record, "bomb") == "Guayaquil"
