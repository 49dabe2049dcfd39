"""A region that the recogniser takes for a person, in a story about its country."""

from __future__ import annotations

from spacy.language import Language

from historiograph.resolve import resolve_entities
from historiograph.resolve.gazetteer import default_gazetteer
from historiograph.resolve.kb import KnowledgeBase
from historiograph.resolve.link import _Mention, _region_of_named_country
from historiograph.resolve.toponyms import haversine_km


def _mentions(*named: tuple[str, str]) -> list[_Mention]:
    return [_Mention(0, len(name), name, label) for name, label in named]


def test_a_region_of_a_country_the_story_names_is_a_place() -> None:
    gazetteer = default_gazetteer()
    beside_country = _mentions(("Karnataka", "PERSON"), ("India", "GPE"))
    assert _region_of_named_country(gazetteer, beside_country, 0)
    beside_region = _mentions(("Tamil Nadu", "PERSON"), ("Kerala", "GPE"))
    assert _region_of_named_country(gazetteer, beside_region, 0)


def test_a_region_of_another_country_or_a_story_without_places_is_not_vouched_for() -> None:
    gazetteer = default_gazetteer()
    assert not _region_of_named_country(gazetteer, _mentions(("Karnataka", "PERSON")), 0)
    abroad = _mentions(("Karnataka", "PERSON"), ("Brazil", "GPE"))
    assert not _region_of_named_country(gazetteer, abroad, 0)
    # A region's name in another person's mention is no evidence.
    people = _mentions(("Karnataka", "PERSON"), ("India", "PERSON"))
    assert not _region_of_named_country(gazetteer, people, 0)
    # A town is not a region: only a first-level region is taken on this evidence.
    town = _mentions(("Kozhikode", "PERSON"), ("India", "GPE"))
    assert not _region_of_named_country(gazetteer, town, 0)


def test_neighbouring_states_named_without_a_preposition_are_placed(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = (
        "Authorities in Kerala reported two deaths from Nipah virus on Tuesday. "
        "Neighbouring Karnataka and Tamil Nadu stepped up screening at border checkpoints."
    )
    entities, mentions = resolve_entities(nlp_with_kb_ruler(text), kb=kb)
    geo = {e.id: e.geo for e in entities}
    placed = {m.text: geo[m.entity] for m in mentions if m.entity is not None}
    for name, lat, lon in (("Karnataka", 15.0, 75.7), ("Tamil Nadu", 11.0, 78.5)):
        point = placed.get(name)
        assert point is not None and point.lat is not None and point.lon is not None, name
        assert haversine_km(point.lat, point.lon, lat, lon) < 161, name
