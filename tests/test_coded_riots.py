"""Crowd violence that ACLED codes as a riot though the record calls it a clash or an attack."""

from __future__ import annotations

from spacy.language import Language

from historiograph.extract.events import extract_events
from historiograph.nlp.entities import entities_from_doc
from historiograph.record import Event


def acled_codes(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    entities, mentions = entities_from_doc(doc)
    events: list[Event] = extract_events(
        doc, entities=entities, mentions=mentions, timexes=[], claims=[]
    ).events
    return [
        (e.mappings.acled.event_type, e.mappings.acled.sub_event_type)
        for e in events
        if e.mappings.acled is not None
    ]


def test_a_clash_between_party_activists_is_mob_violence_not_a_battle(nlp_model: Language) -> None:
    text = (
        "Ten people were injured in a clash between two factions of the ruling party's youth wing."
    )
    assert ("Riots", "Mob violence") in acled_codes(nlp_model, text)
    armed = "Ten people were injured in a clash between troops and militants near the border."
    assert ("Riots", "Mob violence") not in acled_codes(nlp_model, armed)
    assert ("Battles", "Armed clash") in acled_codes(nlp_model, armed)


def test_property_burned_during_a_shutdown_is_a_violent_demonstration(nlp_model: Language) -> None:
    text = "On the third day of the hartal, pickets set fire to a truck on the highway."
    assert ("Riots", "Violent demonstration") in acled_codes(nlp_model, text)


def test_an_attack_is_a_riot_when_a_crowd_attacks_not_when_it_is_attacked(
    nlp_model: Language,
) -> None:
    crowd = "Activists of the ruling party attacked four journalists outside the office."
    assert ("Riots", "Mob violence") in acled_codes(nlp_model, crowd)
    victims = "Unknown attackers attacked four students outside the office."
    assert ("Riots", "Mob violence") not in acled_codes(nlp_model, victims)
