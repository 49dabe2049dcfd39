"""Lists whose last item repeats the preposition or opens with an article, modifiers
between a locative preposition and a place, a company's short name, and a town before a
compound ending."""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.record import Geo
from historiograph.resolve import resolve_entities
from historiograph.resolve.cues import list_gap, locative_before
from historiograph.resolve.kb import KnowledgeBase
from historiograph.resolve.toponyms import haversine_km


def _resolved(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, Geo | None]:
    entities, mentions = resolve_entities(nlp(text), kb=kb)
    geo = {e.id: e.geo for e in entities}
    return {m.text: geo[m.entity] for m in mentions if m.entity is not None}


def _km(geo: Geo | None, lat: float, lon: float) -> float:
    assert geo is not None and geo.lat is not None and geo.lon is not None
    return haversine_km(geo.lat, geo.lon, lat, lon)


def test_the_last_item_of_a_list_may_repeat_its_preposition_or_open_with_the() -> None:
    assert list_gap(", and the ")
    assert list_gap(" and in ")
    assert list_gap(", or to the ")
    # After a bare comma an article opens an apposition, not an item: "Kabul, the capital".
    assert not list_gap(", the ")
    assert not list_gap(" in ")


def test_a_modifier_between_a_locative_preposition_and_a_place_keeps_the_cue() -> None:
    for before in ("fishermen in neighbouring ", "fighting in northern ", "in the nearby "):
        assert locative_before(before + "Andhra", len(before))
    # A modifier with no preposition before it is no cue.
    assert not locative_before("the neighbouring Andhra", len("the neighbouring "))
    assert not locative_before("Councilman Robert Rivera", len("Councilman Robert "))


def test_the_last_item_of_a_list_after_a_locative_preposition_is_after_it_too() -> None:
    before = "Volunteers drove in from Rosario and "
    assert locative_before(before + "Mendoza", len(before))
    before = "said Rosario and "
    assert not locative_before(before + "Mendoza", len(before))


@pytest.mark.model
def test_a_country_listed_before_another_country_is_no_village_inside_it(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = _resolved(
        nlp_with_kb_ruler,
        kb,
        "Many countries, among them China, Japan, and the United Kingdom, have warned the "
        "WHO against declaring a pandemic too early.",
    )
    assert _km(found["China"], 35.0, 103.0) < 161  # not China, a village in Kagoshima


@pytest.mark.model
def test_items_joined_by_and_in_are_peers(nlp_with_kb_ruler: Language, kb: KnowledgeBase) -> None:
    found = _resolved(
        nlp_with_kb_ruler,
        kb,
        "Officials are prepared to handle only 48,000 deaths in Wales and in England.",
    )
    assert _km(found["Wales"], 52.3, -3.6) < 161  # not a village named Wales in England


@pytest.mark.model
def test_a_state_after_in_neighbouring_is_a_place(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = _resolved(
        nlp_with_kb_ruler,
        kb,
        "Rain flooded Hyderabad on Monday. In neighbouring Andhra Pradesh, fishermen in "
        "Vijayawada were told to stay ashore.",
    )
    assert _km(found["Andhra Pradesh"], 15.9, 79.7) < 161


@pytest.mark.model
def test_a_company_short_name_is_the_company_not_a_village(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    text = (
        "Titan Operating was granted a permit to drill on a horse farm at North Cooper "
        "Street and Green Oaks Boulevard. Titan, which has not drilled in Arlington before, "
        "plans to drill 20 wells. Supporters said they believe Titan will keep its promises."
    )
    entities, mentions = resolve_entities(nlp_with_kb_ruler(text), kb=kb)
    kinds = {e.id: (e.kind, e.geo) for e in entities}
    titan = [kinds[m.entity] for m in mentions if m.text == "Titan" and m.entity is not None]
    assert titan
    assert all(kind != "place" and geo is None for kind, geo in titan)


@pytest.mark.model
def test_an_unlabelled_town_before_a_compound_ending_is_a_place(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = _resolved(
        nlp_with_kb_ruler,
        kb,
        "Officials will visit the Gori-based first infantry brigade on Monday, according "
        "to the Georgian MoD.",
    )
    assert _km(found["Gori"], 41.98, 44.11) < 50
