"""Scoring event extraction against gold (``historiograph eval events``).

Gold is JSON Lines, one document a line, written by quoting rather than by
offsets so that it survives changes to cleaning::

    {"document": {"path": "corpus/article.txt"} | {"text": "...", "published": "1988-08-01"},
     "events": [{"evidence": "bombing the party headquarters on June 28, 1981",
                 "trigger": "bombing", "type": "attack", "subtype": "bombing",
                 "when": ["1981-06-28", "1981-06-28"], "where": "Tehran",
                 "agent": ["MKO|Mujahedin"], "target": ["Islamic Republic Party"],
                 "fatalities": [72, 72], "modality": "asserted",
                 "also": ["another evidence quote"]}]}

``path`` is relative to the gold file, or to ``--shared`` when it starts with
``shared:``; ``"index": N`` picks the Nth document of a JSONL or WARC file.
Names may list alternatives with ``|``; a name matches an actor when it folds
(:func:`historiograph.nlp.entities.name_key`) to the entity's name, one of its
aliases, or its id. A system event matches a gold event when
its trigger lies inside the gold evidence (or one of its ``also`` quotes) and
its type agrees; matching is one to one, best agreement first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from historiograph.errors import MalformedInputError
from historiograph.ingest import IngestFailure, iter_documents
from historiograph.nlp.entities import name_key
from historiograph.pipeline import Pipeline
from historiograph.record import Document, Event, Record, document_id


@dataclass
class GoldEvent:
    spans: list[tuple[int, int]]
    trigger: str
    type: str
    subtype: str | None
    when: tuple[dt.date, dt.date] | None
    where: str | None
    agent: list[str]
    target: list[str]
    fatalities: tuple[float, float | None] | None
    modality: str | None = None


@dataclass
class GoldDocument:
    name: str
    document: Document
    events: list[GoldEvent]


def _locate(text: str, quote: str, where: str) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise MalformedInputError(f"{where}: evidence {quote!r} is not in the document text")
    return start, start + len(quote)


def _load_document(spec: dict[str, Any], gold_path: Path, shared: Path | None) -> Document:
    if "text" in spec:
        text = spec["text"]
        published = dt.date.fromisoformat(spec["published"]) if spec.get("published") else None
        return Document(
            id=document_id(text), text=text, title=spec.get("title"), published=published
        )
    raw_path = str(spec["path"])
    if raw_path.startswith("shared:"):
        if shared is None:
            raise MalformedInputError(f"{gold_path}: needs --shared for {raw_path}")
        path = shared / raw_path.removeprefix("shared:")
    else:
        path = gold_path.parent / raw_path
    items = list(iter_documents([str(path)]))
    index = int(spec.get("index", 1)) - 1  # the Nth document of a JSONL or WARC file
    if not 0 <= index < len(items) or isinstance(items[index], IngestFailure):
        raise MalformedInputError(f"{gold_path}: cannot read document {index + 1} of {path}")
    document = items[index]
    assert not isinstance(document, IngestFailure)
    return document


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def load_gold(path: Path, *, shared: Path | None = None) -> list[GoldDocument]:
    """Read a gold file; every evidence quote must be found in its document."""
    documents = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        data = json.loads(line)
        document = _load_document(data["document"], path, shared)
        events = []
        for i, ev in enumerate(data["events"]):
            where = f"{path.name}:{n} event {i + 1}"
            quotes = [ev["evidence"], *ev.get("also", [])]
            when = ev.get("when")
            fatalities = ev.get("fatalities")
            events.append(
                GoldEvent(
                    spans=[_locate(document.text, q, where) for q in quotes],
                    trigger=ev.get("trigger", ""),
                    type=ev["type"],
                    subtype=ev.get("subtype"),
                    when=(_date(when[0]), _date(when[1])) if when else None,
                    where=ev.get("where"),
                    agent=list(ev.get("agent", [])),
                    target=list(ev.get("target", [])),
                    fatalities=(fatalities[0], fatalities[1]) if fatalities else None,
                    modality=ev.get("modality"),
                )
            )
        documents.append(GoldDocument(name=f"{path.name}:{n}", document=document, events=events))
    return documents


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
    if gold.where is not None:
        idents = [event.where.entity] if event.where and event.where.entity else []
        scores.tally("place", _names_match([gold.where], idents, record))
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
