"""Scoring the pipeline against event data sets coded by people (``eval coded``).

ACLED notes, GTD summaries and RAND incident descriptions pair a short text
with fields a person coded from it. The pipeline reads only the text; its
main event (the first one the text tells) is compared field by field
with the coded row: date (intervals overlap), country, place (within 50 km
where both have coordinates, else the name), event type in the data set's
own scheme (ACLED event_type and sub_event_type, GTD attacktype, RAND weapon),
— the date only where the text states one —
actor (the row's first actor or perpetrator against the event's agents) and
fatalities (exact, and within 10%).

ACLED and GTD rows are read with the same readers that ``historiograph
import`` uses (:mod:`historiograph.export`); RAND, which has no import,
is read here. A GTD summary's ``MM/DD/YYYY:`` prefix is the coded date and is
stripped from the text the pipeline reads.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from historiograph.errors import UsageError
from historiograph.export.importer import READERS, read_rows
from historiograph.nlp.entities import name_key
from historiograph.pipeline import Pipeline
from historiograph.record import Document, Event, Record, document_id
from historiograph.resolve import KnowledgeBase

DATASETS = ("acled", "gtd", "rand")
SUMMARY_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}:\s*")
COUNTRY_COLUMNS = {"acled": "country", "gtd": "country_txt", "rand": "Country"}


@cache
def _settings() -> dict[str, Any]:
    text = (files("historiograph.evaluate") / "data" / "coded.yaml").read_text("utf-8")
    settings: dict[str, Any] = yaml.safe_load(text)
    return settings


@dataclass
class CodedRow:
    """What a person coded from one text, in terms the record can be compared with."""

    row_id: str
    text: str
    earliest: dt.date | None
    latest: dt.date | None
    country: str | None
    place: str | None
    lat: float | None
    lon: float | None
    type_label: str | None
    subtype_label: str | None
    actor: str | None
    fatalities: float | None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _from_import_reader(dataset: str, data: Mapping[str, str | None], number: int) -> CodedRow:
    coded = READERS[dataset](data, number)
    fatalities = next((f.best for f in coded.figures if f.property == "fatalities"), None)
    agent = next((a.name for a in coded.actors if a.role == "agent"), None)
    if dataset == "acled":
        type_label, subtype_label = data.get("event_type"), data.get("sub_event_type")
    else:
        type_label, subtype_label = data.get("attacktype1_txt"), None
    place = coded.place
    return CodedRow(
        row_id=coded.row_id,
        text=SUMMARY_DATE.sub("", coded.narrative),
        earliest=coded.earliest,
        latest=coded.latest,
        country=data.get(COUNTRY_COLUMNS[dataset]) or None,
        place=place.name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        type_label=type_label or None,
        subtype_label=subtype_label or None,
        actor=agent,
        fatalities=None if fatalities is None else float(fatalities),
    )


def _from_rand(data: Mapping[str, str | None]) -> CodedRow:
    day = dt.date.fromisoformat(data["Date"] or "") if data.get("Date") else None
    return CodedRow(
        row_id=data.get("row_id") or "",
        text=data.get("Description") or "",
        earliest=day,
        latest=day,
        country=data.get("Country") or None,
        place=data.get("City") or None,
        lat=None,
        lon=None,
        type_label=data.get("Weapon") or None,
        subtype_label=None,
        actor=data.get("Perpetrator") or None,
        fatalities=_float(data.get("Fatalities")),
    )


def coded_rows(path: Path, dataset: str, *, limit: int | None = None) -> Iterator[CodedRow]:
    """The rows of a coded data set with a usable text, at most ``limit`` of them."""
    if dataset not in DATASETS:
        raise UsageError(f"cannot evaluate on {dataset!r}; choose from {', '.join(DATASETS)}")
    count = 0
    for number, data in enumerate(read_rows(path), start=2):
        if limit is not None and count >= limit:
            return
        try:
            row = (
                _from_rand(data)
                if dataset == "rand"
                else _from_import_reader(dataset, data, number)
            )
        except (ValueError, KeyError):
            continue  # a row the data set itself got wrong is not the pipeline's failure
        if len(row.text.strip()) < 20:
            continue
        count += 1
        yield row


@dataclass
class CodedScores:
    """Per field: [right, scored]."""

    rows: int = 0
    with_event: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)

    def tally(self, name: str, right: bool) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def metrics(self) -> dict[str, float | int | None]:
        result: dict[str, float | int | None] = {
            "rows": self.rows,
            "event_found": round(self.with_event / self.rows, 4) if self.rows else None,
        }
        for name, (right, total) in sorted(self.fields.items()):
            result[f"{name}_accuracy"] = round(right / total, 4) if total else None
            result[f"{name}_n"] = total
        return result


def main_event(record: Record) -> Event | None:
    """The event a coded row is about: the first one its text tells (statements last)."""
    told = [e for e in record.events if e.type != "statement"] or record.events
    return min(told, key=lambda e: e.trigger.span[0]) if told else None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _country_code(name: str, kb: KnowledgeBase) -> str | None:
    for entity in kb.lookup(name):
        if entity.geo is not None and entity.geo.country_code:
            return entity.geo.country_code
    return None


def _same_actor(coded: str, names: list[str]) -> bool:
    key = name_key(coded)
    return any(
        key and (name_key(n) in key or key in name_key(n) or fuzz.token_set_ratio(coded, n) >= 80)
        for n in names
    )


def score_row(
    row: CodedRow, record: Record, dataset: str, kb: KnowledgeBase, scores: CodedScores
) -> None:
    """Compare the record's main event with one coded row, field by field."""
    settings = _settings()
    scores.rows += 1
    event = main_event(record)
    if event is None:
        return
    scores.with_event += 1
    entities = {e.id: e for e in record.entities}
    # A date is scored where the text states one: GTD's coded date is a prefix we
    # strip, and RAND descriptions rarely give the day.
    states_a_date = any(t.type == "DATE" for t in record.timexes)
    if row.earliest is not None and states_a_date:
        when = event.when
        scores.tally(
            "date",
            when.earliest is not None
            and when.earliest <= (row.latest or row.earliest)
            and row.earliest <= (when.latest or when.earliest),
        )
    place = entities.get(event.where.entity) if event.where and event.where.entity else None
    if row.country:
        gold = _country_code(row.country, kb)
        if gold is not None:
            system = place.geo.country_code if place is not None and place.geo else None
            scores.tally("country", system == gold)
    # Within 50 km where both sides have coordinates, else by name.
    where = event.where
    located = where is not None and where.lat is not None and where.lon is not None
    if row.lat is not None and row.lon is not None and located:
        assert where is not None and where.lat is not None and where.lon is not None
        scores.tally("place", _km(where.lat, where.lon, row.lat, row.lon) <= settings["place_km"])
    elif row.place:
        names = [place.name, *place.aliases] if place is not None else []
        scores.tally("place", any(name_key(n) == name_key(row.place) for n in names))
    if row.type_label:
        if dataset == "acled":
            acled = event.mappings.acled
            scores.tally("event_type", acled is not None and acled.event_type == row.type_label)
            if row.subtype_label:
                scores.tally(
                    "sub_event_type",
                    acled is not None and acled.sub_event_type == row.subtype_label,
                )
        elif dataset == "gtd":
            gtd = event.mappings.gtd
            scores.tally("attacktype", gtd is not None and gtd.attacktype == row.type_label)
        elif row.type_label not in settings["unknown_actors"]:
            weapons = settings["rand_weapons"].get(event.subtype or "", [])
            scores.tally("weapon", row.type_label in weapons)
    if row.actor and row.actor not in settings["unknown_actors"]:
        agents = [
            entities[a.entity] for a in event.actors if a.role == "agent" and a.entity in entities
        ]
        names = [n for e in agents for n in (e.name, *e.aliases)]
        scores.tally("actor", _same_actor(row.actor, names))
    if row.fatalities is not None:
        toll = event.fatalities
        counted = (
            0.0 if toll is None else float(toll.low if toll.low is not None else toll.best or 0)
        )
        scores.tally("fatalities_exact", counted == row.fatalities)
        tolerance = settings["fatalities_tolerance"] * max(row.fatalities, 1.0)
        scores.tally("fatalities_10pct", abs(counted - row.fatalities) <= tolerance)


def evaluate_coded(
    path: Path, dataset: str, pipeline: Pipeline, *, limit: int | None = 200
) -> CodedScores:
    """Run the pipeline over each row's text and score its main event against the row."""
    scores = CodedScores()
    rows = list(coded_rows(path, dataset, limit=limit))
    documents = [Document(id=document_id(r.text), text=r.text) for r in rows]
    for row, record in zip(rows, pipeline.process(documents), strict=True):
        score_row(row, record, dataset, pipeline.kb, scores)
    return scores
