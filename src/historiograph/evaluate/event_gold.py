"""Gold events for ``historiograph eval events``, in either of two formats.

**Quote format** (JSON Lines, one document a line), written by quoting rather
than by offsets so that it survives changes to cleaning::

    {"document": {"path": "corpus/article.txt"} | {"text": "...", "published": "1988-08-01"},
     "events": [{"evidence": "bombing the party headquarters on June 28, 1981",
                 "trigger": "bombing", "type": "attack", "subtype": "bombing",
                 "when": ["1981-06-28", "1981-06-28"], "where": "Tehran",
                 "agent": ["MKO|Mujahedin"], "target": ["Islamic Republic Party"],
                 "fatalities": [72, 72], "modality": "asserted",
                 "also": ["another evidence quote"]}]}

``path`` is relative to the gold file, or to ``--shared`` when it starts with
``shared:``; ``"index": N`` picks the Nth document of a JSONL or WARC file.
Names may list alternatives with ``|``. ``fatalities`` is the UCDP low and
high: a lone open figure ("at least 14") gives ``[14, 14]``, the highest figure
anyone states, as the toll does.

**Record format** (``../spec/record.md``): records whose events carry a
``span``, a ``trigger``, ``when`` ``{earliest, latest}``, ``where`` ``{entity,
name, lat, lon}``, ``actors`` ``[{entity, role}]`` and ``fatalities`` ``{low,
best, high}``, with the record's ``entities`` giving each actor's names. This is
what another tool, or an annotator working in the record's own terms, writes;
an actor is then known by its entity's name and aliases (ids differ between
knowledge bases), and a place with coordinates is scored by distance.

A file may mix the two: a record whose events quote their ``evidence`` is read
in the quote format, any other in the record format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from historiograph.errors import MalformedInputError
from historiograph.evaluate.record_gold import checked_span, read_records, record_text
from historiograph.ingest import IngestFailure, iter_documents
from historiograph.record import Document, document_id

AGENT_ROLES = ("agent", "participant")
TARGET_ROLES = ("target", "victim")


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
    where_point: tuple[float, float] | None = None


@dataclass
class GoldDocument:
    name: str
    document: Document
    events: list[GoldEvent]


def load_gold(path: Path, *, shared: Path | None = None) -> list[GoldDocument]:
    """Read a gold file; every evidence quote and span must fit its document."""
    documents = []
    for n, row in enumerate(read_records(path), start=1):
        name = f"{path.name}:{n}"
        events = row.get("events") or []
        if not isinstance(events, list):
            raise MalformedInputError(f"{name}: 'events' must be a list")
        # a quoted event's evidence is a quote; a record event's, a list of further spans
        quoted = any(isinstance(ev, dict) and isinstance(ev.get("evidence"), str) for ev in events)
        read = _quoted_document if quoted or "path" in row["document"] else _record_document
        documents.append(read(row, path, name, shared))
    return documents


# -- quote format -------------------------------------------------------------------


def _quoted_document(
    row: dict[str, Any], path: Path, name: str, shared: Path | None
) -> GoldDocument:
    document = _load_document(row["document"], path, shared)
    events = []
    for i, ev in enumerate(row["events"]):
        where = f"{name} event {i + 1}"
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
    return GoldDocument(name=name, document=document, events=events)


def _locate(text: str, quote: str, where: str) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise MalformedInputError(f"{where}: evidence {quote!r} is not in the document text")
    return start, start + len(quote)


def _load_document(spec: dict[str, Any], gold_path: Path, shared: Path | None) -> Document:
    if "text" in spec:
        return _document(spec, spec["text"])
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


def _document(spec: dict[str, Any], text: str) -> Document:
    published = _date(spec["published"]) if spec.get("published") else None
    return Document(id=document_id(text), text=text, title=spec.get("title"), published=published)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise MalformedInputError(f"not an ISO date: {value!r}") from exc


# -- record format ------------------------------------------------------------------


def _record_document(
    row: dict[str, Any], path: Path, name: str, shared: Path | None
) -> GoldDocument:
    text = record_text(path, row["document"])
    names = _entity_names(row.get("entities") or [])
    events = [
        _record_event(ev, text, names, f"{name} event {ev.get('id', i + 1)}")
        for i, ev in enumerate(row.get("events") or [])
    ]
    return GoldDocument(name=name, document=_document(row["document"], text), events=events)


def _entity_names(entities: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Entity id -> its names as ``|`` alternatives, the id's own slug among them."""
    names = {}
    for entity in entities:
        ident = str(entity.get("id", ""))
        forms = [entity.get("name"), *(entity.get("aliases") or []), ident.removeprefix("ent:")]
        names[ident] = "|".join(dict.fromkeys(str(f) for f in forms if f))
    return names


def _record_event(ev: dict[str, Any], text: str, names: dict[str, str], where: str) -> GoldEvent:
    if not ev.get("type"):
        raise MalformedInputError(f"{where}: needs a type")
    span = checked_span(text, ev, where)
    trigger = ev.get("trigger") or {}
    if isinstance(trigger, str):
        trigger_text = trigger
    elif trigger.get("span"):
        start, end = checked_span(text, trigger, f"{where} trigger")
        trigger_text = text[start:end]
    else:
        trigger_text = str(trigger.get("text", ""))
    when = ev.get("when") or {}
    place = ev.get("where") or {}
    fatalities = ev.get("fatalities") or {}
    actors = ev.get("actors") or []
    again = [
        checked_span(text, {"span": other}, f"{where} evidence")
        for other in ev.get("evidence") or []
    ]
    return GoldEvent(
        spans=[span, *again],
        trigger=trigger_text,
        type=str(ev["type"]),
        subtype=ev.get("subtype"),
        when=(
            (_date(when["earliest"]), _date(when["latest"]))
            if when.get("earliest") and when.get("latest")
            else None
        ),
        where=_actor_names(place.get("entity"), names) or place.get("name"),
        where_point=(
            (float(place["lat"]), float(place["lon"]))
            if place.get("lat") is not None and place.get("lon") is not None
            else None
        ),
        agent=_role_names(actors, AGENT_ROLES, names),
        target=_role_names(actors, TARGET_ROLES, names),
        fatalities=(
            (fatalities["low"], fatalities.get("high"))
            if fatalities.get("low") is not None
            else None
        ),
        modality=ev.get("modality"),
    )


def _actor_names(ident: Any, names: dict[str, str]) -> str | None:
    if not ident:
        return None
    return names.get(str(ident)) or str(ident).removeprefix("ent:")


def _role_names(
    actors: Sequence[dict[str, Any]], roles: tuple[str, ...], names: dict[str, str]
) -> list[str]:
    found = [_actor_names(a.get("entity"), names) for a in actors if a.get("role") in roles]
    return [name for name in found if name]
