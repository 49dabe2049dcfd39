"""Bombs thrown by hand, attacks a crowd makes, and property destroyed, in ACLED's schemes.

ACLED codes a crude or petrol bomb hurled by party activists as a riot, not as
remote violence, and its pre-2019 files code torched buses and looted shops
as Riots/Protests, not as a strategic development.
"""

from __future__ import annotations

from spacy.language import Language

from historiograph.evaluate.coded import actor_matches, read_actor
from historiograph.export import acled
from historiograph.record import AcledMapping, Entity
from historiograph.resolve import KnowledgeBase
from test_coded_riots import acled_codes


def test_a_crude_bomb_hurled_during_a_blockade_is_a_violent_demonstration(
    nlp_model: Language,
) -> None:
    text = (
        "On the fourth day of the blockade, activists hurled crude bombs at a passenger bus "
        "near the bus stand, injuring three people."
    )
    assert ("Riots", "Violent demonstration") in acled_codes(nlp_model, text)


def test_a_planted_bomb_stays_remote_violence(nlp_model: Language) -> None:
    text = "A bomb planted under a bridge exploded as a police patrol crossed it, killing two."
    codes = acled_codes(nlp_model, text)
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in codes
    assert all(code[0] != "Riots" for code in codes)


def test_an_attack_a_crowd_makes_is_a_riot_when_told_by_a_noun(nlp_model: Language) -> None:
    text = "Three traders were injured as pro-strike activists made attacks on their shops."
    assert any(code[0] == "Riots" for code in acled_codes(nlp_model, text))


def test_property_destruction_was_a_riot_in_the_old_scheme() -> None:
    looting = AcledMapping(
        event_type="Strategic developments", sub_event_type="Looting/property destruction"
    )
    assert acled.old_event_type(looting) == "Riots/Protests"
    arrests = AcledMapping(event_type="Strategic developments", sub_event_type="Arrests")
    assert acled.old_event_type(arrests) == "Strategic development"


def test_law_enforcers_are_the_police(kb: KnowledgeBase) -> None:
    (reading,) = read_actor("Police Forces of Bangladesh", kb)
    enforcers = Entity(id="ent:law-enforcers", kind="organization", name="law enforcers")
    activists = Entity(id="ent:activists", kind="group", name="party activists")
    assert actor_matches(reading, [enforcers], kb)
    assert not actor_matches(reading, [activists], kb)
