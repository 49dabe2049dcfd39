"""Round 16 toponym fixes, as examples: a list of small towns is no town and its region
("Sherman, Clarksville and Hugo"), a neighbourhood named after a city is no mention
of the city ("Hampton Hills").
``tests/gold/geo13-geo.jsonl`` (12 texts written for issue 4 before the code was run on
them) holds a floor in ``test_resolve_geo_fresh_gold.py``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geo_runs import placed_names
from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import listed_towns, nested_places
from historiograph.resolve.toponyms import haversine_km


def _listed(gazetteer: Gazetteer, text: str, name: str, qualifier: str) -> bool:
    return listed_towns(text, name, text.index(qualifier), qualifier, gazetteer)


def test_three_small_towns_in_a_row_are_a_list(gazetteer: Gazetteer) -> None:
    text = "Visitors drove in from Sherman, Clarksville and Hugo despite the rain."
    assert _listed(gazetteer, text, "Sherman", "Clarksville")


@pytest.mark.parametrize(
    ("text", "name", "qualifier"),
    [
        # A province after the comma says where the town is, list or no list.
        ("Ferries between Matnog, Sorsogon, and Allen were suspended.", "Matnog", "Sorsogon"),
        ("Fans came from Paris, Texas, and Dallas.", "Paris", "Texas"),
        # No list goes on after the second name: a town and where it lies.
        ("Residents of Chatsworth, Durban, marched on Monday.", "Chatsworth", "Durban"),
    ],
)
def test_a_region_or_a_lone_town_after_the_comma_still_places_the_name(
    gazetteer: Gazetteer, text: str, name: str, qualifier: str
) -> None:
    assert not _listed(gazetteer, text, name, qualifier)


def test_a_neighbourhood_named_after_a_city_names_no_city(gazetteer: Gazetteer) -> None:
    assert list(nested_places("Hampton Hills", gazetteer, frozenset(), region=True)) == []
    assert list(nested_places("Madison Creek", gazetteer, frozenset())) == []


def test_a_city_agency_still_names_its_city(gazetteer: Gazetteer) -> None:
    text = "Hampton Police Department"
    assert [text[s:e] for s, e in nested_places(text, gazetteer, frozenset())] == ["Hampton"]


@pytest.mark.model
def test_a_list_of_texas_towns_keeps_each_town(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    places = placed_names(
        nlp_with_kb_ruler,
        kb,
        "PARIS, Texas — The county fair opened Saturday, and visitors drove in from "
        "Sherman, Clarksville and Hugo, Okla., despite the rain.",
    )
    sherman = places["Sherman"]
    assert haversine_km(sherman.lat or 0.0, sherman.lon or 0.0, 33.64, -96.61) < 30


@pytest.mark.model
def test_a_city_beside_a_neighbourhood_named_after_another_keeps_its_state(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    places = placed_names(
        nlp_with_kb_ruler,
        kb,
        "ARLINGTON — The City Council voted 8-1 Tuesday to approve a gas-drilling site in "
        "north Arlington. Residents of Hampton Hills and Madison Creek spoke against it.",
    )
    assert "Hampton" not in places
    assert places["Arlington"].admin1 == "Texas"
