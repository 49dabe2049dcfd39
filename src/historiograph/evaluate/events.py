"""Scoring event extraction against gold (``historiograph eval events``).

Gold comes in the quote format or the record format
(:mod:`historiograph.evaluate.event_gold`). A system event matches a gold
event when its trigger lies inside the gold evidence (or one of its ``also``
quotes) and its type agrees; matching is one to one, best agreement first.
Over matched pairs: subtype, date (exact, and overlapping), place, agent,
target, fatalities (low/high exact) and modality. A gold name may list
alternatives with ``|``; it matches an actor when it folds
(:func:`historiograph.nlp.entities.name_key`) to the entity's name, one of its
aliases, or its id. A gold place with coordinates is right within
:data:`PLACE_KM` of the event's point, as the issue's place accuracy asks;
one given by name only is matched by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from historiograph.evaluate.event_gold import GoldEvent, load_gold
from historiograph.nlp.entities import name_key
from historiograph.pipeline import Pipeline
from historiograph.record import Event, Record
from historiograph.resolve.toponyms import haversine_km

PLACE_KM = 50.0


def _names_match(names: Sequence[str], idents: Sequence[str], record: Record) -> bool:
    """Every gold name (with | alternatives) matches one of the system's entities."""
    entities = {e.id: e for e in record.entities}
    keys: set[str] = set()
    for ident in idents:
        keys.add(ident.removeprefix("ent:"))
        entity = entities.get(ident)
        if entity is not None:
            keys.update(name_key(n) for n in [entity.name, *entity.aliases])
    return all(any(name_key(alt) in keys for alt in name.split("|")) for name in names)


def _in_evidence(event: Event, gold: GoldEvent) -> bool:
    start, end = event.trigger.span
    return any(s <= start and end <= e for s, e in gold.spans)


@dataclass
class EventScores:
    """Counts and per-field agreement; ratios are computed on demand."""

    gold: int = 0
    system: int = 0
    matched: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]

    def tally(self, name: str, right: bool) -> None:
        counts = self.fields.setdefault(name, [0, 0])
        counts[0] += int(right)
        counts[1] += 1

    def add(self, other: EventScores) -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched
        for name, (right, total) in other.fields.items():
            counts = self.fields.setdefault(name, [0, 0])
            counts[0] += right
            counts[1] += total

    def metrics(self) -> dict[str, float | int | None]:
        precision = self.matched / self.system if self.system else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result: dict[str, float | int | None] = {
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        }
        for name, (right, total) in sorted(self.fields.items()):
            result[f"{name}_accuracy"] = round(right / total, 4) if total else None
            result[f"{name}_n"] = total
        return result


def _agreement(event: Event, gold: GoldEvent, record: Record) -> int:
    score = 0
    score += event.subtype == gold.subtype
    victims = [a.entity for a in event.actors if a.role in ("target", "victim")]
    score += bool(gold.target) and _names_match(gold.target, victims, record)
    score += gold.trigger.lower() in event.trigger.text.lower()
    return score


def score_record(record: Record, gold: Sequence[GoldEvent]) -> EventScores:
    """Detection and field agreement for one document."""
    scores = EventScores(gold=len(gold), system=len(record.events))
    pairs = [
        (_agreement(e, g, record), ei, gi)
        for gi, g in enumerate(gold)
        for ei, e in enumerate(record.events)
        if e.type == g.type and _in_evidence(e, g)
    ]
    used_events: set[int] = set()
    used_gold: set[int] = set()
    for _, ei, gi in sorted(pairs, key=lambda p: -p[0]):
        if ei in used_events or gi in used_gold:
            continue
        used_events.add(ei)
        used_gold.add(gi)
        scores.matched += 1
        _score_fields(record.events[ei], gold[gi], record, scores)
    return scores


def _score_fields(event: Event, gold: GoldEvent, record: Record, scores: EventScores) -> None:
    if gold.subtype is not None:
        scores.tally("subtype", event.subtype == gold.subtype)
    if gold.when is not None:
        earliest, latest = event.when.earliest, event.when.latest
        scores.tally("date_exact", (earliest, latest) == gold.when)
        scores.tally(
            "date_overlap",
            earliest is not None
            and latest is not None
            and earliest <= gold.when[1]
            and gold.when[0] <= latest,
        )
    if gold.where is not None or gold.where_point is not None:
        scores.tally("place", _same_place(event, gold, record))
    if gold.agent:
        agents = [a.entity for a in event.actors if a.role in ("agent", "participant")]
        scores.tally("agent", _names_match(gold.agent, agents, record))
    if gold.target:
        targets = [a.entity for a in event.actors if a.role in ("target", "victim")]
        scores.tally("target", _names_match(gold.target, targets, record))
    if gold.fatalities is not None:
        f = event.fatalities
        scores.tally("fatalities", f is not None and (f.low, f.high) == gold.fatalities)
    if gold.modality is not None:
        scores.tally("modality", event.modality == gold.modality)


def _same_place(event: Event, gold: GoldEvent, record: Record) -> bool:
    where = event.where
    if gold.where_point is not None and where and where.lat is not None and where.lon is not None:
        lat, lon = gold.where_point
        return haversine_km(lat, lon, where.lat, where.lon) <= PLACE_KM
    idents = [where.entity] if where is not None and where.entity else []
    return gold.where is not None and _names_match([gold.where], idents, record)


def evaluate_events(
    gold_paths: Sequence[Path], pipeline: Pipeline, *, shared: Path | None = None
) -> tuple[dict[str, EventScores], EventScores]:
    """Scores per gold document and overall."""
    per_document: dict[str, EventScores] = {}
    overall = EventScores()
    for path in gold_paths:
        for gold in load_gold(path, shared=shared):
            record = pipeline.record(gold.document)
            scores = score_record(record, gold.events)
            per_document[gold.name] = scores
            overall.add(scores)
    return per_document, overall
