"""Event detection on constructions found missing or mistyped on unseen text (issue #6).

Armed men marching on a city, driving an enemy back, rolling into a city or abandoning
their posts; risings against rulers; workers coming out; a killing joined to an act that
names no victim; a body's vote on a measure; an aim that is the act itself; and a "when"
clause that tells how a named event happened.
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.pipeline import build_pipeline
from historiograph.record import Document, Event, document_id


def events_of(nlp: Language, text: str) -> list[Event]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    return extract_events(doc, entities=entities, mentions=mentions, timexes=[], claims=[]).events


def readings(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(e.trigger.text, e.type, e.subtype) for e in events_of(nlp, text)]


def test_armed_men_marching_on_a_town_advance_on_it(nlp_model: Language) -> None:
    text = (
        "In January 1904 Herero fighters rose against German rule in South West Africa, "
        "killed about 120 settlers and traders, and marched on the garrison town of Okahandja."
    )
    found = readings(nlp_model, text)
    assert ("marched", "battle", "offensive") in found
    # a rising against rule is a clash (round 23: never a battle without its subtype)
    assert ("rose against", "battle", "clash") in found
    # the killing is an act of its own: the rising names no one it was done to
    assert ("killed", "attack", "armed_assault") in found


def test_a_crowd_marching_on_parliament_protests(nlp_model: Language) -> None:
    assert ("marched", "protest", "demonstration") in readings(
        nlp_model, "Thousands of students marched on parliament."
    )


def test_verbs_side_by_side_over_one_object_tell_one_killing(
    nlp_with_kb_ruler: Language,
) -> None:
    text = "The attack came a day after guerrillas shot and killed the mayor of a town."
    assert [t for t, _, _ in readings(nlp_with_kb_ruler, text) if t != "attack"] == ["shot"]


def test_troops_abandoning_their_posts_lose_ground(nlp_model: Language) -> None:
    assert ("abandoned", "battle", "territory_lost") in readings(
        nlp_model, "Troops abandoned their posts as the rebels approached the town in 1996."
    )
    assert readings(nlp_model, "The army abandoned the plan in 1996.") == []


def test_driving_the_enemy_back_is_an_offensive_but_not_moving_a_crowd(
    nlp_model: Language,
) -> None:
    found = readings(nlp_model, "Von Trotha's troops drove the Herero back into the desert.")
    assert [(t, k, s) for t, k, s in found if k == "battle"] == [
        ("drove the Herero back", "battle", "offensive")
    ]
    text = "Police drove the crowd back with batons."
    assert all(kind != "battle" for _, kind, _ in readings(nlp_model, text))


def test_workers_coming_out_strike(nlp_model: Language) -> None:
    assert ("came out", "protest", "strike") in readings(
        nlp_model, "In March 1912 nearly a million coal miners came out across Britain."
    )
    assert readings(nlp_model, "The report came out in March 1912.") == []


def test_a_council_vote_on_a_measure_is_a_resolution() -> None:
    # the whole pipeline: a vote is a weak word, an event where its date and doer are found
    text = "On 17 March 2011 the UN Security Council voted to authorise a no-fly zone over Libya."
    record = build_pipeline().record(Document(id=document_id(text), text=text))
    assert [(e.trigger.text, e.type, e.subtype) for e in record.events] == [
        ("voted", "agreement", "resolution")
    ]


def test_retaking_part_of_a_city_is_a_battle(nlp_model: Language) -> None:
    text = "Iraqi government forces retook the eastern half of Mosul in January 2017."
    assert [k for _, k, _ in readings(nlp_model, text)] == ["battle"]


def test_an_aim_of_the_acts_own_reading_is_no_second_event(nlp_model: Language) -> None:
    text = "In December 1989 the United States invaded Panama to overthrow General Noriega."
    assert [t for t, _, _ in readings(nlp_model, text)] == ["invaded"]


def test_a_when_clause_on_a_named_event_tells_how_it_happened(nlp_model: Language) -> None:
    text = (
        "The Sharpeville massacre took place on 21 March 1960, when South African police "
        "opened fire on a crowd of protesters."
    )
    assert [(t, k) for t, k, _ in readings(nlp_model, text)] == [("massacre", "repression")]
    # what set off an outbreak is an act of its own
    text = "Fighting broke out in the capital in May 1994 when soldiers attacked the radio station."
    assert len(events_of(nlp_model, text)) == 2
