"""Older names of cities: "Bombay" and "Madras" in one story are Mumbai and Chennai.

GeoNames lists the old names among the cities' alternate names, while a hamlet
elsewhere is spelled as written (Bombay, New Zealand; Madras, Oregon). A reading
through another spelling needs support in the document
(``toponyms._drop_unsupported_readings``), and two large cities of one country
that other names' older spellings point to are that support. "Salisbury" beside
Bulawayo is Harare, though the story names Britain: a country the knowledge base
knows counts once among the document's countries, as a resolved town does. Labels
are set by hand on a blank pipeline, as in ``test_resolve_false_matches.py``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from historiograph.record import Geo
from historiograph.resolve import KnowledgeBase
from historiograph.resolve.link import resolve_entities
from historiograph.resolve.toponyms import haversine_km


def geos(nlp: Language, text: str, names: list[str], kb: KnowledgeBase) -> dict[str, Geo | None]:
    """Resolve ``text`` with each of ``names`` (first occurrence) labelled GPE."""
    doc: Doc = nlp(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label="GPE") for n in names]
    entities, mentions = resolve_entities(doc, kb=kb)
    geo = {e.id: e.geo for e in entities}
    return {m.text: geo.get(m.entity or "") for m in mentions}


def km(geo: Geo | None, lat: float, lon: float) -> float:
    assert geo is not None and geo.lat is not None and geo.lon is not None
    return haversine_km(geo.lat, geo.lon, lat, lon)


def test_older_names_of_two_cities_of_one_country_vouch_for_each_other(
    blank_kb_nlp: Language, kb: KnowledgeBase
) -> None:
    text = "The naval mutiny that began in Bombay spread within days to Karachi and Madras."
    found = geos(blank_kb_nlp, text, ["Bombay", "Karachi", "Madras"], kb)
    assert km(found["Bombay"], 19.07, 72.88) < 30
    assert km(found["Madras"], 13.08, 80.27) < 30


def test_unknown_village_names_still_find_no_distant_namesakes(
    blank_kb_nlp: Language, kb: KnowledgeBase
) -> None:
    # Chance matches of the lossy key are small places: they vouch for nothing.
    text = "The pass from Tessarn to Orvel stayed shut, and Dervan lost its flock."
    found = geos(blank_kb_nlp, text, ["Tessarn", "Orvel", "Dervan"], kb)
    assert found == {"Tessarn": None, "Orvel": None, "Dervan": None}


def test_a_country_the_kb_knows_is_one_vote_not_two(
    blank_kb_nlp: Language, kb: KnowledgeBase
) -> None:
    # Britain (a KB place) against Bulawayo and Lourenco Marques: Salisbury is Harare,
    # not the English town, whose name is spelled as written.
    text = (
        "In 1965 the government in Salisbury declared independence from Britain. Traders "
        "in Bulawayo said fuel had to come by rail from Lourenco Marques."
    )
    names = ["Salisbury", "Britain", "Bulawayo", "Lourenco Marques"]
    found = geos(blank_kb_nlp, text, names, kb)
    assert km(found["Salisbury"], -17.83, 31.05) < 30
    assert km(found["Britain"], 54.0, -2.0) < 300
