"""What the words around a name say about the kind of place it is.

A town is policed, schooled and given street addresses ("Lebanon police", "508
Cumberland St., Lebanon"), a country or a state is not; the items of a list of
states are states ("Georgia, Oklahoma, Pennsylvania and California"), not a town
in the next one; a capital that shares its country's name is the city ("Mexico
City"). Labels are set by hand on a blank pipeline, as in ``test_resolve_cues.py``.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import demonym_place, listed_regions, town_cue
from historiograph.resolve.gazetteer import strip_designators
from historiograph.resolve.link import resolve_entities
from historiograph.resolve.toponyms import Toponym, haversine_km, resolve_toponyms
from resolved_places import gpe_places as places


@pytest.fixture(scope="module")
def nlp(blank_kb_nlp: Language) -> Language:
    return blank_kb_nlp


def cue(text: str, name: str) -> bool:
    start = text.index(name)
    return town_cue(text, start, start + len(name))


def test_the_words_that_call_a_name_a_town() -> None:
    assert cue("Lebanon police arrested two men.", "Lebanon")
    assert cue("the Alexandria Fire Department said", "Alexandria")
    assert cue("a coach at Jordan High School", "Jordan")
    assert cue("Sheila Williams, 41, of 420 Augusta St., Alexandria, was charged", "Alexandria")
    assert cue("the festival in the city of Athens", "Athens")
    assert not cue("Lebanon said on Monday it would", "Lebanon")
    assert not cue("troops crossed into Lebanon from the south", "Lebanon")
    assert not cue("the Georgia Department of Agriculture", "Georgia")


def test_a_town_word_takes_a_country_off_but_leaves_its_national_police(
    gazetteer: Gazetteer,
) -> None:
    us = {"US": 1.0}
    country = resolve_toponyms([Toponym("Lebanon")], gazetteer, focus=us)[0]
    assert country is not None and country.feature == "PCLI"
    town = resolve_toponyms([Toponym("Lebanon", town=True)], gazetteer, focus=us)[0]
    assert town is not None and town.country_code == "US" and town.feature.startswith("PPL")
    # "Kenya Police" is the country's force: no town of the name outweighs the country.
    kenya = resolve_toponyms([Toponym("Kenya", town=True)], gazetteer)[0]
    assert kenya is not None and kenya.feature == "PCLI" and kenya.country_code == "KE"


def test_a_list_of_states_is_no_town_in_the_next_state(
    nlp: Language, kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    text = "It spread to states including Georgia, Oklahoma, Pennsylvania and California."
    at = text.index("Oklahoma")
    assert listed_regions(text, "Georgia", at, "Oklahoma", gazetteer)
    # AP style: a town and its state, and no list goes on.
    town = "He was born in Washington, Pennsylvania, in 1950."
    state = town.index("Pennsylvania")
    assert not listed_regions(town, "Washington", state, "Pennsylvania", gazetteer)
    found = places(nlp, kb, text, "Georgia", "Oklahoma", "Pennsylvania", "California")
    for name in ("Oklahoma", "Pennsylvania", "California"):
        geo = found[name]
        assert geo is not None and geo.feature == "ADM1" and geo.admin1 == name


def test_a_capital_named_for_its_country_is_the_city(nlp: Language, kb: KnowledgeBase) -> None:
    # The knowledge base's ruler matches the country "Mexico" alone.
    doc = nlp("Schools in Mexico City were closed for a week.")
    assert [e.text for e in doc.ents] == ["Mexico"]
    entities, mentions = resolve_entities(doc, kb=kb)
    geo = {e.id: e.geo for e in entities}[mentions[0].entity or ""]
    assert mentions[0].text == "Mexico City"
    assert geo is not None and geo.lat is not None and geo.lon is not None
    assert haversine_km(geo.lat, geo.lon, 19.43, -99.13) < 50


def test_a_name_cut_after_of_names_no_place(gazetteer: Gazetteer) -> None:
    assert strip_designators("City of") == ""
    assert gazetteer.lookup("City of") == []
    assert strip_designators("City of Norfolk") == "norfolk"


def test_a_word_for_a_places_people_names_the_place(
    nlp: Language, kb: KnowledgeBase, gazetteer: Gazetteer
) -> None:
    assert demonym_place(gazetteer, "Minnesotans") == "Minnesota"
    assert demonym_place(gazetteer, "Floridian") == "Florida"
    assert demonym_place(gazetteer, "Texans") == "Texas"
    assert demonym_place(gazetteer, "Bostonians") == "Boston"
    assert demonym_place(gazetteer, "Christians") is None
    assert demonym_place(gazetteer, "Republicans") is None
    text = "The plant will employ an estimated 8,000 Minnesotans."
    doc = nlp(text)
    start = text.index("Minnesotans")
    doc.ents = [doc.char_span(start, start + len("Minnesotans"), label="NORP")]
    entities, mentions = resolve_entities(doc, kb=kb)
    geo = {e.id: e.geo for e in entities}[mentions[0].entity or ""]
    assert geo is not None and geo.feature == "ADM1" and geo.admin1 == "Minnesota"
