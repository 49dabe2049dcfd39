"""Records to table rows and back, losslessly.

:func:`record_rows` splits a :class:`~historiograph.record.Record` into rows,
one batch per table in an order the foreign keys accept; :func:`load_record`
puts them back together. The pair is exact: every field, list order, ``None``
versus an empty nested object, and ``3`` versus ``3.0`` survive, which the
store's tests check with hand-built and generated records.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from historiograph.record import SCHEMA_ID, Document, Event, Record
from historiograph.store.schema import (
    Base,
    ClaimRow,
    DocumentRow,
    EntityRow,
    EventActorRow,
    EventRow,
    MentionRow,
    ReferenceRow,
    RemovedRow,
    TimexRow,
)

PartRow = TypeVar(
    "PartRow",
    ReferenceRow,
    RemovedRow,
    EntityRow,
    MentionRow,
    TimexRow,
    ClaimRow,
    EventRow,
    EventActorRow,
)


def record_rows(
    record: Record, *, run_id: int | None, ingested_at: dt.datetime
) -> Iterator[Sequence[Base]]:
    """The record's rows, one batch per table, parents before children.

    A generator, so the caller can write each batch before the next is built.
    """
    doc_id = record.document.id
    yield [document_row(record.document, run_id=run_id, ingested_at=ingested_at)]
    yield [
        ReferenceRow(
            document_id=doc_id, position=i, span_start=r.span[0], span_end=r.span[1], text=r.text
        )
        for i, r in enumerate(record.document.references)
    ]
    yield [
        RemovedRow(document_id=doc_id, position=i, kind=r.kind, text=r.text)
        for i, r in enumerate(record.document.removed)
    ]
    yield [
        EntityRow(
            document_id=doc_id,
            id=e.id,
            position=i,
            kind=e.kind,
            name=e.name,
            aliases=list(e.aliases),
            kb=dict(e.kb),
            geo=None if e.geo is None else e.geo.model_dump(),
        )
        for i, e in enumerate(record.entities)
    ]
    yield [
        MentionRow(
            document_id=doc_id,
            id=m.id,
            position=i,
            span_start=m.span[0],
            span_end=m.span[1],
            text=m.text,
            entity=m.entity,
        )
        for i, m in enumerate(record.mentions)
    ]
    yield [
        TimexRow(
            document_id=doc_id,
            id=t.id,
            position=i,
            span_start=t.span[0],
            span_end=t.span[1],
            text=t.text,
            type=t.type,
            value=t.value,
            mod=t.mod,
            earliest=t.earliest,
            latest=t.latest,
            precision=t.precision,
            anchor=t.anchor,
        )
        for i, t in enumerate(record.timexes)
    ]
    yield [
        ClaimRow(
            document_id=doc_id,
            id=c.id,
            position=i,
            span_start=c.span[0],
            span_end=c.span[1],
            about=c.about,
            property=c.property,
            value=c.value,
            low=c.low,
            high=c.high,
            qualifier=c.qualifier,
            unit=c.unit,
            source_name=c.source.name,
            source_entity=c.source.entity,
            source_kind=c.source.kind,
            stance=c.stance,
        )
        for i, c in enumerate(record.claims)
    ]
    yield event_rows(doc_id, record.events)
    yield [
        EventActorRow(document_id=doc_id, event_id=e.id, position=i, entity=a.entity, role=a.role)
        for e in record.events
        for i, a in enumerate(e.actors)
    ]


def document_row(
    document: Document, *, run_id: int | None, ingested_at: dt.datetime
) -> DocumentRow:
    """The ``documents`` row: the document's fields, its series flattened into columns."""
    series = document.series
    return DocumentRow(
        id=document.id,
        record_schema=SCHEMA_ID,
        title=document.title,
        author=document.author,
        published=document.published,
        source=document.source,
        series_name=None if series is None else series.name,
        series_part=None if series is None else series.part,
        series_next=None if series is None else series.next,
        language=document.language,
        text=document.text,
        chars=len(document.text),
        ingested_at=ingested_at,
        run_id=run_id,
    )


def event_rows(doc_id: str, events: Sequence[Event]) -> list[EventRow]:
    """The ``events`` rows: ``when`` and the trigger as columns, the nested parts as JSON."""
    return [
        EventRow(
            document_id=doc_id,
            id=e.id,
            position=i,
            span_start=e.span[0],
            span_end=e.span[1],
            trigger_start=e.trigger.span[0],
            trigger_end=e.trigger.span[1],
            trigger_text=e.trigger.text,
            type=e.type,
            subtype=e.subtype,
            mappings=e.mappings.model_dump(),
            when_earliest=e.when.earliest,
            when_latest=e.when.latest,
            when_timex=e.when.timex,
            when_precision=e.when.precision,
            place=None if e.where is None else e.where.model_dump(),
            fatalities=None if e.fatalities is None else e.fatalities.model_dump(),
            claims=list(e.claims),
            evidence=[list(span) for span in e.evidence],
            modality=e.modality,
        )
        for i, e in enumerate(events)
    ]


def load_record(session: Session, document: DocumentRow) -> Record:
    """Rebuild the record stored under ``document`` (validated, as any record is)."""
    doc_id = document.id

    def parts(row_type: type[PartRow]) -> Sequence[PartRow]:
        query = select(row_type).where(row_type.document_id == doc_id)
        return session.scalars(query.order_by(row_type.position)).all()

    actors: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in session.scalars(
        select(EventActorRow)
        .where(EventActorRow.document_id == doc_id)
        .order_by(EventActorRow.event_id, EventActorRow.position)
    ):
        actors[a.event_id].append({"entity": a.entity, "role": a.role})

    series = None
    if document.series_name is not None:
        series = {
            "name": document.series_name,
            "part": document.series_part,
            "next": document.series_next,
        }
    return Record.model_validate(
        {
            "schema": document.record_schema,
            "document": {
                "id": doc_id,
                "title": document.title,
                "author": document.author,
                "published": document.published,
                "source": document.source,
                "series": series,
                "language": document.language,
                "text": document.text,
                "references": [
                    {"span": (r.span_start, r.span_end), "text": r.text}
                    for r in parts(ReferenceRow)
                ],
                "removed": [{"kind": r.kind, "text": r.text} for r in parts(RemovedRow)],
            },
            "entities": [
                {
                    "id": e.id,
                    "kind": e.kind,
                    "name": e.name,
                    "aliases": e.aliases,
                    "kb": e.kb,
                    "geo": e.geo,
                }
                for e in parts(EntityRow)
            ],
            "mentions": [
                {
                    "id": m.id,
                    "span": (m.span_start, m.span_end),
                    "text": m.text,
                    "entity": m.entity,
                }
                for m in parts(MentionRow)
            ],
            "timexes": [
                {
                    "id": t.id,
                    "span": (t.span_start, t.span_end),
                    "text": t.text,
                    "type": t.type,
                    "value": t.value,
                    "mod": t.mod,
                    "earliest": t.earliest,
                    "latest": t.latest,
                    "precision": t.precision,
                    "anchor": t.anchor,
                }
                for t in parts(TimexRow)
            ],
            "claims": [
                {
                    "id": c.id,
                    "span": (c.span_start, c.span_end),
                    "about": c.about,
                    "property": c.property,
                    "value": c.value,
                    "low": c.low,
                    "high": c.high,
                    "qualifier": c.qualifier,
                    "unit": c.unit,
                    "source": {
                        "name": c.source_name,
                        "entity": c.source_entity,
                        "kind": c.source_kind,
                    },
                    "stance": c.stance,
                }
                for c in parts(ClaimRow)
            ],
            "events": [
                {
                    "id": e.id,
                    "span": (e.span_start, e.span_end),
                    "trigger": {"span": (e.trigger_start, e.trigger_end), "text": e.trigger_text},
                    "type": e.type,
                    "subtype": e.subtype,
                    "mappings": e.mappings,
                    "when": {
                        "earliest": e.when_earliest,
                        "latest": e.when_latest,
                        "timex": e.when_timex,
                        "precision": e.when_precision,
                    },
                    "where": e.place,
                    "actors": actors.get(e.id, []),
                    "fatalities": e.fatalities,
                    "claims": e.claims,
                    "evidence": [tuple(span) for span in e.evidence],
                    "modality": e.modality,
                }
                for e in parts(EventRow)
            ],
        }
    )
