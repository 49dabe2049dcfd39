"""Round 13 toponym fixes, as examples: a dateline that carries a date names the town
it was filed from, and two towns the recogniser ran together into one organization are
the two places. ``tests/gold/geo11-geo.jsonl`` (15 texts written for issue 4 before the
code was run on them) holds a floor on both settings."""

from __future__ import annotations

import pytest
from spacy.language import Language

from geo_runs import placed_names
from historiograph.nlp.datelines import WIRE_DATELINE
from historiograph.resolve import Gazetteer, KnowledgeBase
from historiograph.resolve.cues import datelines
from historiograph.resolve.toponyms import haversine_km


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NEW YORK, Nov. 29 — Transit officials said", "NEW YORK"),
        ("KIGALI, May 3, 2012 — The ministry said", "KIGALI"),
        ("ACCRA, March 14 (Reuters) - Ghana's regulator", "ACCRA"),
        ("KABUL, 14 March 2019 (AFP) - Officials said", "KABUL"),
        ("ALEXANDRIA, La. — Deputies arrested", "ALEXANDRIA"),
    ],
)
def test_a_dateline_with_a_date_still_names_its_town(
    gazetteer: Gazetteer, text: str, place: str
) -> None:
    assert [text[s:e] for s, e in datelines(text, gazetteer)] == [place]
    assert WIRE_DATELINE.match(text) is not None


def test_a_capitalised_heading_with_a_date_and_no_dash_is_no_dateline(
    gazetteer: Gazetteer,
) -> None:
    assert list(datelines("BRIEFS May 3 the council met.", gazetteer)) == []


@pytest.mark.model
def test_new_york_filed_with_a_date_is_the_city(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler, kb, "NEW YORK, Nov. 29 — Commuters from Hoboken took the ferry."
    )
    city = found["NEW YORK"]
    assert haversine_km(city.lat or 0.0, city.lon or 0.0, 40.7128, -74.0060) < 30


@pytest.mark.model
def test_two_towns_run_together_into_an_organization_are_two_places(
    nlp_with_kb_ruler: Language, kb: KnowledgeBase
) -> None:
    found = placed_names(
        nlp_with_kb_ruler,
        kb,
        "FLORENCE, Ala. — The University of North Alabama will open a nursing wing, and "
        "students from Muscle Shoals and Sheffield will be able to enroll.",
    )
    assert "Muscle Shoals and Sheffield" not in found
    sheffield = found["Sheffield"]
    assert haversine_km(sheffield.lat or 0.0, sheffield.lon or 0.0, 34.7651, -87.6986) < 30
    assert "Muscle Shoals" in found
