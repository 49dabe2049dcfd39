"""Coded events (a row of ACLED, UCDP or GTD) as records, so they sit beside extracted ones.

One imported row becomes one :class:`~historiograph.record.Record`. Its
document text is synthetic but honest: the row's own narrative (ACLED
``notes``, GTD ``summary``; empty for UCDP) followed by one *coded line* that
spells out what the row codes::

    On 9 May 2020, clashes took place ... in Dar'a.

    [ACLED SYR78163] Battles: Armed clash. Date: 2020-05-09. Place: Tafas.
    Actor: Military Forces of Syria (2000-). Actor: Unidentified Armed Group (Syria).
    Fatalities: 10.

Every span of the record points into that text: the event's span is the
narrative (or the coded line when there is none), its trigger the coded
type label, each actor, place and date a mention or timex in the coded line,
each figure a claim over its number. The document's ``source`` is
``<dataset>:<row id>``, its ``author`` the row's sources (ACLED ``source``,
UCDP ``source_original``), so that claims stay attributed to them; codes the
record has no field for (ACLED inter codes, admin2/admin3, country) are kept in
the entities' ``kb`` under ``<dataset>:<column>`` keys. The same row imported
twice is the same text, hence the same document: imports are idempotent.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from historiograph.record import (
    Actor,
    ActorRole,
    Claim,
    ClaimProperty,
    Document,
    Entity,
    EntityKind,
    Event,
    EventPrecision,
    EventType,
    Fatalities,
    Geo,
    Mappings,
    Mention,
    Modality,
    Record,
    Timex,
    Trigger,
    When,
    Where,
    document_id,
)


@dataclass
class CodedActor:
    name: str
    role: ActorRole
    kind: EntityKind = "organization"
    kb: dict[str, str] = field(default_factory=dict)


@dataclass
class CodedPlace:
    name: str
    lat: float | None = None
    lon: float | None = None
    precision: int | None = None
    admin1: str | None = None
    kb: dict[str, str] = field(default_factory=dict)


@dataclass
class CodedFigure:
    property: ClaimProperty
    best: float | int
    low: float | int | None = None
    high: float | int | None = None


@dataclass
class CodedEvent:
    """What a dataset row says, in the record's terms, before it becomes a record."""

    dataset: str
    label: str
    row_id: str
    narrative: str
    type: EventType
    type_label: str
    subtype: str | None = None
    mappings: Mappings = field(default_factory=Mappings)
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: EventPrecision = "unknown"
    date_text: str | None = None
    """The date as the dataset words it (GTD ``approxdate``); default the ISO day or range."""
    date_is_timex: bool = True
    """Whether the date is kept as a timex (False: a plain date the dataset gave no words for)."""
    place: CodedPlace | None = None
    actors: list[CodedActor] = field(default_factory=list)
    figures: list[CodedFigure] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    sources: str | None = None
    title: str | None = None
    published: dt.date | None = None
    modality: Modality = "asserted"


_PRECISIONS: dict[int, Literal[1, 2, 3]] = {1: 1, 2: 2, 3: 3}


def _slug(name: str) -> str:
    return "ent:" + (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "unnamed")


class _Writer:
    """Builds the coded line, remembering where each piece lands in the text."""

    def __init__(self, prefix: str) -> None:
        self.text = prefix

    def add(self, piece: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += piece
        return start, len(self.text)


def _timex_value(earliest: dt.date, precision: EventPrecision) -> str:
    if precision == "month":
        return earliest.strftime("%Y-%m")
    if precision == "year":
        return str(earliest.year)
    return earliest.isoformat()


def _figure_text(figure: CodedFigure) -> str:
    def show(value: float | int) -> str:
        return str(int(value)) if float(value).is_integer() else str(value)

    told = show(figure.best)
    if figure.low is not None and figure.high is not None and figure.low != figure.high:
        told += f" (low {show(figure.low)}, high {show(figure.high)})"
    return told


def coded_record(coded: CodedEvent) -> Record:
    """The record of one coded row (see the module docstring for its layout)."""
    narrative = coded.narrative.strip()
    out = _Writer(narrative + "\n\n" if narrative else "")
    line_start = len(out.text)
    out.add(f"[{coded.label} {coded.row_id}] ")
    trigger_span = out.add(coded.type_label)
    entities: list[Entity] = []
    mentions: list[Mention] = []
    timexes: list[Timex] = []
    claims: list[Claim] = []

    def mention(entity: Entity, span: tuple[int, int]) -> None:
        if entity.id not in {e.id for e in entities}:
            entities.append(entity)
        mentions.append(
            Mention(id=f"m{len(mentions) + 1}", span=span, text=entity.name, entity=entity.id)
        )

    when = When(precision=coded.precision)
    if coded.earliest is not None:
        latest = coded.latest or coded.earliest
        when = When(earliest=coded.earliest, latest=latest, precision=coded.precision)
        shown = coded.earliest.isoformat()
        if latest != coded.earliest:
            shown += f" to {latest.isoformat()}"
        shown = coded.date_text or shown
        out.add(". Date: ")
        span = out.add(shown)
        if coded.date_is_timex:
            timexes.append(
                Timex(
                    id="t1",
                    span=span,
                    text=shown,
                    type="DATE",
                    value=_timex_value(coded.earliest, coded.precision),
                    earliest=coded.earliest,
                    latest=latest,
                    precision=None if coded.precision == "unknown" else coded.precision,
                )
            )
            when = when.model_copy(update={"timex": "t1"})

    where = None
    if coded.place is not None and coded.place.name:
        place = coded.place
        out.add(". Place: ")
        span = out.add(place.name)
        entity = Entity(
            id=_slug(place.name),
            kind="place",
            name=place.name,
            aliases=[place.name],
            kb=place.kb,
            geo=Geo(lat=place.lat, lon=place.lon, admin1=place.admin1),
        )
        mention(entity, span)
        where = Where(
            entity=entity.id,
            name=place.name,
            lat=place.lat,
            lon=place.lon,
            precision=_PRECISIONS.get(place.precision or 0),
        )

    actors: list[Actor] = []
    for actor in coded.actors:
        out.add(f". {actor.role.capitalize()}: ")
        span = out.add(actor.name)
        entity = Entity(
            id=_slug(actor.name),
            kind=actor.kind,
            name=actor.name,
            aliases=[actor.name],
            kb=actor.kb,
        )
        mention(entity, span)
        actors.append(Actor(entity=entity.id, role=actor.role))

    fatalities = None
    for figure in coded.figures:
        out.add(f". {figure.property.capitalize()}: ")
        told = _figure_text(figure)
        span = out.add(told)
        claim_id = f"c{len(claims) + 1}"
        low = figure.best if figure.low is None else figure.low
        high = figure.best if figure.high is None else figure.high
        claims.append(
            Claim(
                id=claim_id,
                span=span,
                about="e1",
                property=figure.property,
                value=figure.best,
                low=low,
                high=high,
                qualifier="exact" if low == high else "range",
                unit="people",
            )
        )
        if figure.property == "fatalities":
            fatalities = Fatalities(low=low, best=figure.best, high=high, claims=[claim_id])
    for party in coded.claimed_by:
        out.add(". Claimed by: ")
        span = out.add(party)
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                span=span,
                about="e1",
                property="responsibility",
                value=party,
            )
        )
    out.add(".")

    event_span = (0, len(narrative)) if narrative else (line_start, len(out.text))
    event = Event(
        id="e1",
        span=event_span,
        trigger=Trigger(span=trigger_span, text=coded.type_label),
        type=coded.type,
        subtype=coded.subtype,
        mappings=coded.mappings,
        when=when,
        where=where,
        actors=actors,
        fatalities=fatalities,
        claims=[c.id for c in claims],
        modality=coded.modality,
    )
    text = out.text
    document = Document(
        id=document_id(text),
        title=coded.title,
        author=coded.sources or None,
        published=coded.published,
        source=f"{coded.dataset}:{coded.row_id}",
        language="en",
        text=text,
    )
    return Record(
        document=document,
        entities=entities,
        mentions=mentions,
        timexes=timexes,
        claims=claims,
        events=[event],
    )
