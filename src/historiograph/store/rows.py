"""Records to table rows and back, losslessly.

:func:`record_rows` splits a :class:`~historiograph.record.Record` into rows,
one batch per table in an order the foreign keys accept; :func:`load_record`
puts them back together. The pair is exact: every field, list order, ``None``
versus an empty nested object, and ``3`` versus ``3.0`` survive, which the
store's tests check with hand-built and generated records.

:func:`insert_records` and :func:`replace_parts` are the bulk write paths:
many records in one transaction, one multi-row statement per table rather
than one per row. Documents go in with ``INSERT ... ON CONFLICT (id) DO
NOTHING RETURNING id`` (SQLite and PostgreSQL both have it), so concurrent
writers (many Dask workers, two ingests of overlapping corpora) store each
document once without checking first, and only the documents a statement
actually inserted get their parts written.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
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

PART_ROWS: tuple[type[Base], ...] = (
    ReferenceRow,
    RemovedRow,
    EntityRow,
    MentionRow,
    TimexRow,
    ClaimRow,
    EventRow,
    EventActorRow,
)
"""The part tables in the order :func:`record_rows` yields them (after ``documents``)."""


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


def _document_fields(
    document: DocumentRow, references: Sequence[ReferenceRow], removed: Sequence[RemovedRow]
) -> dict[str, Any]:
    series = None
    if document.series_name is not None:
        series = {
            "name": document.series_name,
            "part": document.series_part,
            "next": document.series_next,
        }
    return {
        "id": document.id,
        "title": document.title,
        "author": document.author,
        "published": document.published,
        "source": document.source,
        "series": series,
        "language": document.language,
        "text": document.text,
        "references": [{"span": (r.span_start, r.span_end), "text": r.text} for r in references],
        "removed": [{"kind": r.kind, "text": r.text} for r in removed],
    }


def load_documents(session: Session, ids: Collection[str]) -> list[Document]:
    """The stored documents (text and metadata, not their extraction) for ``ids``, in id order.

    What re-extraction starts from: three queries for the whole batch.
    """
    wanted = sorted(ids)
    references: defaultdict[str, list[ReferenceRow]] = defaultdict(list)
    for r in session.scalars(
        select(ReferenceRow)
        .where(ReferenceRow.document_id.in_(wanted))
        .order_by(ReferenceRow.position)
    ):
        references[r.document_id].append(r)
    removed: defaultdict[str, list[RemovedRow]] = defaultdict(list)
    for m in session.scalars(
        select(RemovedRow).where(RemovedRow.document_id.in_(wanted)).order_by(RemovedRow.position)
    ):
        removed[m.document_id].append(m)
    rows = session.scalars(
        select(DocumentRow).where(DocumentRow.id.in_(wanted)).order_by(DocumentRow.id)
    )
    return [
        Document.model_validate(_document_fields(d, references[d.id], removed[d.id])) for d in rows
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

    return Record.model_validate(
        {
            "schema": document.record_schema,
            "document": _document_fields(document, parts(ReferenceRow), parts(RemovedRow)),
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


# -- bulk writes ---------------------------------------------------------------------------------


def values_of(row: Base) -> dict[str, Any]:
    """The column values set on a new row (leaving out keys the database assigns)."""
    return {c.key: vars(row)[c.key] for c in row.__table__.columns if c.key in vars(row)}


def table_of(row_type: type[Base]) -> Table:
    """The Core table of a model, for statements that bypass the ORM's unit of work."""
    return Base.metadata.tables[row_type.__tablename__]


def dialect_insert(session: Session, table: Table) -> postgresql.Insert | sqlite.Insert:
    """An INSERT with the dialect's ``on_conflict_*`` methods (the store runs on these two)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def stored_ids(session: Session, ids: Collection[str]) -> set[str]:
    """Which of ``ids`` are stored, in one query."""
    if not ids:
        return set()
    return set(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(list(ids)))))


def _part_values(
    records: Iterable[Record], *, run_id: int | None, ingested_at: dt.datetime
) -> list[list[dict[str, Any]]]:
    """Each part table's values across all the records (the documents row left to the caller)."""
    parts: list[list[dict[str, Any]]] = [[] for _ in PART_ROWS]
    for record in records:
        batches = record_rows(record, run_id=run_id, ingested_at=ingested_at)
        next(batches)
        for values, batch in zip(parts, batches, strict=True):
            values.extend(values_of(row) for row in batch)
    return parts


def _insert_parts(session: Session, parts: list[list[dict[str, Any]]]) -> None:
    for row_type, values in zip(PART_ROWS, parts, strict=True):
        if values:
            session.execute(table_of(row_type).insert(), values)


def insert_records(
    session: Session, records: Sequence[Record], *, run_id: int | None, ingested_at: dt.datetime
) -> list[str]:
    """Store the records not stored yet; the ids this call inserted, in id order.

    Records are written in document-id order, so two transactions inserting
    overlapping batches take their row locks in the same order and never
    deadlock; a document that another transaction is inserting waits for it and
    is then skipped. The same document twice in ``records`` is stored once.
    """
    unique = {r.document.id: r for r in reversed(records)}  # the first of each id wins
    ordered = [unique[doc_id] for doc_id in sorted(unique)]
    if not ordered:
        return []
    documents = [
        values_of(document_row(r.document, run_id=run_id, ingested_at=ingested_at)) for r in ordered
    ]
    table = table_of(DocumentRow)
    statement = (
        dialect_insert(session, table)
        .on_conflict_do_nothing(index_elements=[table.c.id])
        .returning(table.c.id)
    )
    inserted = set(session.scalars(statement, documents))
    new = [r for r in ordered if r.document.id in inserted]
    _insert_parts(session, _part_values(new, run_id=run_id, ingested_at=ingested_at))
    return [r.document.id for r in new]


def replace_parts(session: Session, records: Sequence[Record], *, run_id: int | None) -> int:
    """Replace the extracted parts of stored documents with those of ``records``.

    The ``documents`` rows stay (their ``pk``, so listing order and the FTS
    index, and ``ingested_at``); only ``run_id`` moves to the run that
    re-extracted them, which is how the store knows each document's pipeline.
    Records whose document is not stored are left out; the count replaced is returned.
    """
    ids = sorted(stored_ids(session, {r.document.id for r in records}))
    if not ids:
        return 0
    for row_type in reversed(PART_ROWS):
        part_table = table_of(row_type)
        session.execute(delete(part_table).where(part_table.c.document_id.in_(ids)))
    session.execute(update(DocumentRow).where(DocumentRow.id.in_(ids)).values(run_id=run_id))
    chosen = {r.document.id: r for r in records}
    # record_rows stamps the documents row, which is kept: any time will do.
    stamp = dt.datetime.now(dt.UTC)
    _insert_parts(session, _part_values([chosen[i] for i in ids], run_id=run_id, ingested_at=stamp))
    return len(ids)
