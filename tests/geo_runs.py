"""Helpers for the geo tests: the places a text resolves to, and nearness in km."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from historiograph.evaluate.geo import evaluate_geo, read_record_gold
from historiograph.record import Geo
from historiograph.resolve import Gazetteer, KnowledgeBase, resolve_entities
from historiograph.resolve.toponyms import haversine_km


def placed_names(nlp: Language, kb: KnowledgeBase, text: str) -> dict[str, Geo]:
    """Each mention's text with the point its entity resolved to (mentions without a
    point are left out)."""
    entities, mentions = resolve_entities(nlp(text), kb=kb)
    geo = {e.id: e.geo for e in entities if e.geo is not None and e.geo.lat is not None}
    return {m.text: geo[m.entity] for m in mentions if m.entity in geo}


def near(geo: Geo, lat: float, lon: float, km: float = 161) -> bool:
    """Whether ``geo`` lies within ``km`` of the point (161 km: the geoparsing standard)."""
    return haversine_km(geo.lat or 0.0, geo.lon or 0.0, lat, lon) < km


def gold_summary(
    gold: Path, nlp: Language, *, gold_spans: bool, kb: KnowledgeBase, gazetteer: Gazetteer
) -> dict[str, Any]:
    """The geoparsing figures of record-format gold ``gold``: with its own toponym spans
    (``gold_spans``), or end to end with those ``nlp`` finds."""
    documents = list(read_record_gold(gold))
    return evaluate_geo(documents, nlp, gold_spans=gold_spans, kb=kb, gazetteer=gazetteer).summary()
