"""Cross-document reads for the workbench: events, claims, entities, timeline, map, graph.

The store hands out whole records; the workbench needs slices across all of
them (every attack between two dates, everyone who acted on a group), paged
and fast on a store of 100,000 events. These queries read the store's tables
directly, quote each item's evidence with ``substr`` in SQL rather than loading
documents, and bring along the review decision standing on each item.

Filters apply to the extracted values; an edit made in review changes what is
shown, not which filter matches.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    String,
    and_,
    column,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from historiograph.api import keyset
from historiograph.api.reviewed import apply_to_summary
from historiograph.api.schemas import (
    ActorRef,
    ClaimSummary,
    DocumentRef,
    EntityDetail,
    EntitySummary,
    EventSummary,
    KeyedPage,
    Page,
    ReviewInfo,
)
from historiograph.errors import DocumentNotFoundError, StoreError, UsageError
from historiograph.record import ClaimSource, Fatalities, When, Where
from historiograph.store.json_field import json_field
from historiograph.store.review import DecisionRow
from historiograph.store.schema import (
    ClaimRow,
    DocumentRow,
    EntityRow,
    EventActorRow,
    EventRow,
    MentionRow,
)


@dataclass(frozen=True)
class EventFilter:
    """Which events a listing, the timeline or the map shows."""

    type: str | None = None
    actor: str | None = None
    place: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    document: str | None = None
    dated_only: bool = False


def resolve_document(session: Session, doc_id: str) -> DocumentRow:
    """The document ``doc_id`` names: its full id or a unique prefix of its digest."""
    found = session.scalar(select(DocumentRow).where(DocumentRow.id == doc_id))
    if found is not None:
        return found
    digest = doc_id.strip().lower().removeprefix("sha256:")
    if digest and all(c in "0123456789abcdef" for c in digest):
        query = select(DocumentRow).where(
            DocumentRow.id.startswith("sha256:" + digest, autoescape=True)
        )
        rows = session.scalars(query.limit(2)).all()
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            raise StoreError(f"{doc_id!r} matches more than one document; give more of the id")
    raise DocumentNotFoundError(f"no document {doc_id!r} in the store")


def decision_join(kind: str, row: Any) -> Any:
    return and_(
        DecisionRow.document_id == row.document_id,
        DecisionRow.kind == kind,
        DecisionRow.span_start == row.span_start,
        DecisionRow.span_end == row.span_end,
    )


def _review(status: str | None, changes: dict[str, Any] | None) -> ReviewInfo | None:
    if status is None:
        return None
    return ReviewInfo.model_validate({"status": status, "changes": changes or {}})


# -- events --------------------------------------------------------------------------------


def event_conditions(
    session: Session, where: EventFilter, *, in_date_order: bool = False
) -> list[ColumnElement[bool]]:
    """SQL conditions on ``events`` for a filter, shared by listings, timeline and map.

    The actor filter names the matching events by a subquery on the actors'
    entity index: a correlated ``EXISTS`` made SQLite search that index once
    per event (minutes for a common actor on 100,000 events). With
    ``in_date_order`` the type is compared as ``type || ''``, SQLite's idiom for
    "not through an index": otherwise the planner prefers the type index and
    sorts every event of that type, where reading the chronology index in
    order (it holds the type) stops after one page.
    """
    conditions: list[ColumnElement[bool]] = []
    if where.type:
        kind = EventRow.type.concat("") if in_date_order else EventRow.type
        conditions.append(kind == where.type)
    if where.actor:
        acting = select(EventActorRow.document_id, EventActorRow.event_id).where(
            EventActorRow.entity == where.actor
        )
        conditions.append(tuple_(EventRow.document_id, EventRow.id).in_(acting))
    if where.place:
        conditions.append(
            or_(
                json_field(EventRow.place, "entity") == where.place,
                func.lower(json_field(EventRow.place, "name")) == where.place.lower(),
            )
        )
    latest = func.coalesce(EventRow.when_latest, EventRow.when_earliest)
    earliest = func.coalesce(EventRow.when_earliest, EventRow.when_latest)
    if where.start:
        conditions.append(latest >= where.start)
    if where.end:
        conditions.append(earliest <= where.end)
    if where.dated_only:
        conditions.append(
            or_(EventRow.when_earliest.is_not(None), EventRow.when_latest.is_not(None))
        )
    if where.document:
        conditions.append(EventRow.document_id == resolve_document(session, where.document).id)
    return conditions


EVENT_COLUMNS = (
    EventRow.document_id,
    EventRow.id,
    EventRow.position,
    EventRow.span_start,
    EventRow.span_end,
    EventRow.trigger_text,
    EventRow.type,
    EventRow.subtype,
    EventRow.when_earliest,
    EventRow.when_latest,
    EventRow.when_timex,
    EventRow.when_precision,
    EventRow.place,
    EventRow.fatalities,
    EventRow.claims,
    EventRow.modality,
)
"""The columns a listing shows: named rather than the whole row, so that a page neither
builds ORM objects nor decodes JSON it does not show (the type mappings, the evidence)."""


def _event_query() -> Select[Any]:
    return (
        select(
            *EVENT_COLUMNS,
            DocumentRow.title,
            DocumentRow.published,
            DocumentRow.source,
            func.substr(
                DocumentRow.text, EventRow.span_start + 1, EventRow.span_end - EventRow.span_start
            ).label("evidence"),
            DecisionRow.status,
            DecisionRow.changes,
        )
        .join(DocumentRow, DocumentRow.id == EventRow.document_id)
        .outerjoin(DecisionRow, decision_join("event", EventRow))
    )


def keys_table(keys: Sequence[tuple[str, str]]) -> tuple[CTE, dict[str, str]]:
    """A page's event keys as a ``VALUES`` table (``column1``: document, ``column2``: event).

    Returns the table and its parameters, to pass to ``execute``: bound there,
    untyped, they cost nothing to build, where typed binds or SQLAlchemy's
    ``values()`` (compiled anew for each request) took longer than the query.
    Joining a table of keys reads each by primary key; SQLite answers a
    row-value ``IN`` list, or an ``OR`` of pairs, by scanning the whole table.
    Both SQLite and PostgreSQL name the columns of ``VALUES`` ``column1``, ``column2``.
    """
    slots = ", ".join(f"(:d{i}, :e{i})" for i in range(len(keys)))
    binds = {f"d{i}": doc for i, (doc, _) in enumerate(keys)}
    binds.update({f"e{i}": event for i, (_, event) in enumerate(keys)})
    table = (
        text(f"VALUES {slots}")
        .columns(column("column1", String), column("column2", String))
        .cte("page")
    )
    return table, binds


def _actors(
    session: Session, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], list[ActorRef]]:
    """The actors of the events ``keys`` names (a page's), with each entity's name.

    Joining the page's subquery instead would run its offset again.
    """
    found: defaultdict[tuple[str, str], list[ActorRef]] = defaultdict(list)
    if not keys:
        return found
    page, binds = keys_table(keys)
    query = (
        select(
            EventActorRow.document_id,
            EventActorRow.event_id,
            EventActorRow.entity,
            EventActorRow.role,
            EntityRow.name,
        )
        .select_from(page)
        .join(
            EventActorRow,
            and_(
                EventActorRow.document_id == page.c.column1,
                EventActorRow.event_id == page.c.column2,
            ),
        )
        .outerjoin(
            EntityRow,
            and_(
                EntityRow.document_id == EventActorRow.document_id,
                EntityRow.id == EventActorRow.entity,
            ),
        )
        .order_by(EventActorRow.document_id, EventActorRow.event_id, EventActorRow.position)
    )
    for doc, event, entity, role, name in session.execute(query, binds):  # binds: not typed
        found[(doc, event)].append(ActorRef(entity=entity, role=role, name=name))
    return found


def _event_summaries(session: Session, rows: Sequence[Any]) -> list[EventSummary]:
    actors = _actors(session, [(r.document_id, r.id) for r in rows])
    out = []
    for r in rows:
        summary = EventSummary(
            document=DocumentRef(
                id=r.document_id, title=r.title, published=r.published, source=r.source
            ),
            id=r.id,
            span=(r.span_start, r.span_end),
            trigger=r.trigger_text,
            type=r.type,
            subtype=r.subtype,
            when=When(
                earliest=r.when_earliest,
                latest=r.when_latest,
                timex=r.when_timex,
                precision=r.when_precision,
            ),
            where=None if r.place is None else Where.model_validate(r.place),
            actors=actors.get((r.document_id, r.id), []),
            fatalities=None if r.fatalities is None else Fatalities.model_validate(r.fatalities),
            claims=r.claims,
            modality=r.modality,
            text=r.evidence or "",
            review=_review(r.status, r.changes),
        )
        out.append(apply_to_summary(summary))
    return out


@dataclass(frozen=True)
class Chronology:
    """One page of events in chronological order, as rows of the caller's query."""

    rows: list[Any]
    total: int
    next: str | None


def _without_dates(where: EventFilter) -> EventFilter:
    return replace(where, start=None, end=None, dated_only=False)


@dataclass(frozen=True)
class _Segment:
    """A stretch of the chronological order that one index range scan reads in order."""

    run: int
    conditions: list[ColumnElement[bool]]


def _segments(session: Session, where: EventFilter) -> list[_Segment]:
    """The order of :mod:`.keyset` cut where ``where``'s dates let an index bound each part.

    "Not over before ``start``" is ``coalesce(latest, earliest) >= start``, which
    no index can bound: every event before ``start`` would be read to find the
    few whose range reaches it. For events with a start date it is split in two
    ranges of the chronology index: those begun before ``start`` and still going
    on then (read up to ``start``), and those begun from ``start`` on (read from
    ``start``), which follow them in the order. "Begun by ``end``" bounds the
    started events from above. The conditions of started events compare the type
    outside the type index (see :func:`event_conditions`) so that every part is
    read off the chronology index in order; the unstarted events are few.
    """
    no_dates = _without_dates(where)
    started = [
        *event_conditions(session, no_dates, in_date_order=True),
        EventRow.when_earliest.is_not(None),
    ]
    if where.end:
        started.append(EventRow.when_earliest <= where.end)
    segments = (
        [
            _Segment(
                keyset.STARTED,
                [
                    *started,
                    EventRow.when_earliest < where.start,
                    EventRow.when_latest >= where.start,
                ],
            ),
            _Segment(keyset.STARTED, [*started, EventRow.when_earliest >= where.start]),
        ]
        if where.start
        else [_Segment(keyset.STARTED, started)]
    )
    unstarted = [*event_conditions(session, no_dates), EventRow.when_earliest.is_(None)]
    if where.start:
        unstarted.append(EventRow.when_latest >= where.start)
    if where.end:
        unstarted.append(EventRow.when_latest <= where.end)
    if where.dated_only:
        unstarted.append(EventRow.when_latest.is_not(None))
    return [*segments, _Segment(keyset.UNSTARTED, unstarted)]


def _count(session: Session, conditions: Sequence[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count()).select_from(EventRow).where(*conditions)) or 0


def _segment_counts(session: Session, where: EventFilter, segments: list[_Segment]) -> list[int]:
    """How many events each segment holds.

    Without dates the started events are counted as all matches less the
    unstarted ones, so that the type index can count them (counting them in the
    chronology index, as the page reads them, walks every event).
    """
    counts = [_count(session, s.conditions) for s in segments[-1:]]
    if where.start or where.end:
        return [_count(session, s.conditions) for s in segments[:-1]] + counts
    no_dates = event_conditions(session, _without_dates(where))
    every = _count(session, no_dates)
    unstarted = _count(session, [*no_dates, EventRow.when_earliest.is_(None)])
    return [every - unstarted, *counts]


def chronology(
    session: Session,
    where: EventFilter,
    rows: Select[*tuple[Any, ...]],
    *,
    limit: int,
    offset: int,
    after: str | None,
) -> Chronology:
    """The ``rows`` (a query over ``events``) of one page of events matching ``where``.

    The page is chosen by a subquery on the events table alone, in the order of
    :mod:`.keyset`, one index range (:func:`_segments`) after another, so that
    skipping ``offset`` events or finding the cursor's place reads index
    entries only; ``rows`` with its joins (documents, reviews) is then read for
    the page's events alone. Each row must have the event's key columns
    (``document_id``, ``id``, ``position``, ``when_earliest``, ``when_latest``).
    The total counts events without joins: every event has its document, and
    at most one review decision.
    """
    cursor = None if after is None else keyset.Cursor.decode(after)
    if cursor is not None and offset:
        raise UsageError("give either offset or after (a page's 'next' cursor), not both")
    segments = _segments(session, where)
    counts = _segment_counts(session, where, segments)
    keys = select(
        EventRow.document_id,
        EventRow.id,
        EventRow.position,
        EventRow.when_earliest,
        EventRow.when_latest,
    )
    found: list[Any] = []
    skip = offset
    for segment, count in zip(segments, counts, strict=True):
        if len(found) == limit:
            break
        if cursor is not None and cursor.run > segment.run:
            continue
        if skip >= count:
            skip -= count
            continue
        run = keys.where(*segment.conditions)
        if cursor is not None and cursor.run == segment.run:
            run = run.where(
                keyset.started_after(cursor)
                if cursor.run == keyset.STARTED
                else keyset.unstarted_after(cursor)
            )
        ordered = run.order_by(*keyset.order(EventRow, segment.run))
        page = ordered.limit(limit - len(found)).offset(skip).subquery("page")
        joined = rows.join(
            page, and_(EventRow.document_id == page.c.document_id, EventRow.id == page.c.id)
        )
        found.extend(session.execute(joined.order_by(*keyset.order(page.c, segment.run))))
        skip = 0
    last = found[-1] if len(found) == limit else None
    return Chronology(
        rows=found,
        total=sum(counts),
        next=None if last is None else keyset.Cursor.of(last).encode(),
    )


def events(
    session: Session, where: EventFilter, *, limit: int, offset: int, after: str | None = None
) -> KeyedPage[EventSummary]:
    """A page of events matching ``where``, in chronological order (undated last)."""
    page = chronology(session, where, _event_query(), limit=limit, offset=offset, after=after)
    return KeyedPage(
        items=_event_summaries(session, page.rows),
        total=page.total,
        limit=limit,
        offset=offset,
        next=page.next,
    )


def event(session: Session, doc_id: str, event_id: str) -> EventSummary:
    """One event of one document."""
    document = resolve_document(session, doc_id)
    query = _event_query().where(EventRow.document_id == document.id, EventRow.id == event_id)
    rows = session.execute(query).all()
    if not rows:
        raise DocumentNotFoundError(f"no event {event_id!r} in document {document.id}")
    return _event_summaries(session, rows)[0]


def overlapping_accounts(
    session: Session, summary: EventSummary, *, limit: int = 20
) -> list[EventSummary]:
    """Other documents' events of the same type whose dates overlap this one's."""
    when = summary.when
    if when.earliest is None and when.latest is None:
        return []
    where = EventFilter(
        type=summary.type, start=when.earliest or when.latest, end=when.latest or when.earliest
    )
    keys = (
        select(EventRow.document_id, EventRow.id, EventRow.when_earliest)
        .where(*event_conditions(session, where), EventRow.document_id != summary.document.id)
        .order_by(EventRow.when_earliest, EventRow.document_id)
        .limit(limit)
        .subquery("page")
    )
    query = _event_query().join(
        keys, and_(EventRow.document_id == keys.c.document_id, EventRow.id == keys.c.id)
    )
    rows = session.execute(query.order_by(keys.c.when_earliest, keys.c.document_id)).all()
    return _event_summaries(session, rows)


# -- claims ----------------------------------------------------------------------------------


def claims(
    session: Session,
    *,
    prop: str | None = None,
    document: str | None = None,
    source: str | None = None,
    within: tuple[str, int, int] | None = None,
    ids: tuple[str, Sequence[str]] | None = None,
    limit: int = 100,
    offset: int = 0,
) -> Page[ClaimSummary]:
    """Claims with their evidence; ``within`` keeps those inside a span of one document."""
    query = (
        select(
            ClaimRow,
            DocumentRow.title,
            DocumentRow.published,
            func.substr(
                DocumentRow.text, ClaimRow.span_start + 1, ClaimRow.span_end - ClaimRow.span_start
            ).label("evidence"),
            DecisionRow.status,
            DecisionRow.changes,
        )
        .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
        .outerjoin(DecisionRow, decision_join("claim", ClaimRow))
    )
    if prop:
        query = query.where(ClaimRow.property == prop)
    if document:
        query = query.where(ClaimRow.document_id == resolve_document(session, document).id)
    if source:
        pattern = f"%{source.lower()}%"
        query = query.where(
            or_(
                func.lower(ClaimRow.source_name).like(pattern),
                ClaimRow.source_entity == source,
                ClaimRow.source_kind == source,
            )
        )
    if within is not None:
        doc_id, start, end = within
        query = query.where(
            ClaimRow.document_id == doc_id, ClaimRow.span_start >= start, ClaimRow.span_end <= end
        )
    if ids is not None:
        doc_id, wanted = ids
        query = query.where(ClaimRow.document_id == doc_id, ClaimRow.id.in_(list(wanted)))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(ClaimRow.document_id, ClaimRow.position).limit(limit).offset(offset)
    ).all()
    items = []
    for r in rows:
        c: ClaimRow = r.ClaimRow
        summary = ClaimSummary(
            document=DocumentRef(id=c.document_id, title=r.title, published=r.published),
            id=c.id,
            span=(c.span_start, c.span_end),
            about=c.about,
            property=c.property,
            value=c.value,
            low=c.low,
            high=c.high,
            qualifier=c.qualifier,
            unit=c.unit,
            source=ClaimSource(name=c.source_name, entity=c.source_entity, kind=c.source_kind),
            stance=c.stance,
            evidence=r.evidence or "",
            review=_review(r.status, r.changes),
        )
        items.append(apply_to_summary(summary))
    return Page(items=items, total=total, limit=limit, offset=offset)


def event_claims(session: Session, summary: EventSummary) -> list[ClaimSummary]:
    """The claims an event cites, and any other claim made inside its sentence."""
    doc_id = summary.document.id
    inside = claims(session, within=(doc_id, *summary.span), limit=500).items
    cited = claims(session, ids=(doc_id, summary.claims), limit=500).items if summary.claims else []
    seen: dict[str, ClaimSummary] = {c.id: c for c in [*cited, *inside]}
    return sorted(seen.values(), key=lambda c: c.span)


# -- entities --------------------------------------------------------------------------------


def _mention_counts() -> Any:
    return (
        select(MentionRow.entity, func.count().label("mentions"))
        .where(MentionRow.entity.is_not(None))
        .group_by(MentionRow.entity)
        .subquery()
    )


def entities(
    session: Session, *, kind: str | None, q: str | None, limit: int, offset: int
) -> Page[EntitySummary]:
    """Entities across documents (one row per entity id), most mentioned first."""
    counts = _mention_counts()
    query = (
        select(
            EntityRow.id,
            func.min(EntityRow.name).label("name"),
            func.min(EntityRow.kind).label("kind"),
            func.count(func.distinct(EntityRow.document_id)).label("documents"),
            func.coalesce(func.max(counts.c.mentions), 0).label("mentions"),
        )
        .outerjoin(counts, counts.c.entity == EntityRow.id)
        .group_by(EntityRow.id)
    )
    if kind:
        query = query.where(EntityRow.kind == kind)
    if q:
        pattern = f"%{q.lower()}%"
        query = query.where(or_(func.lower(EntityRow.name).like(pattern), EntityRow.id == q))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(literal(0) - func.coalesce(func.max(counts.c.mentions), 0), EntityRow.id)
        .limit(limit)
        .offset(offset)
    ).mappings()
    items = [EntitySummary.model_validate(dict(row)) for row in rows]
    return Page(items=items, total=total, limit=limit, offset=offset)


def entity(session: Session, entity_id: str, *, event_limit: int = 100) -> EntityDetail:
    """Everything known of one entity: its names, documents, and the events it acts in."""
    rows = session.execute(
        select(EntityRow, DocumentRow.title, DocumentRow.published)
        .join(DocumentRow, DocumentRow.id == EntityRow.document_id)
        .where(EntityRow.id == entity_id)
        .order_by(DocumentRow.pk)
    ).all()
    if not rows:
        raise DocumentNotFoundError(f"no entity {entity_id!r} in the store")
    first: EntityRow = rows[0].EntityRow
    aliases: dict[str, None] = {}
    kb: dict[str, str] = {}
    geo = None
    for r in rows:
        aliases.update(dict.fromkeys(r.EntityRow.aliases))
        kb.update(r.EntityRow.kb)
        geo = geo or r.EntityRow.geo
    mentions = session.scalar(select(func.count()).where(MentionRow.entity == entity_id)) or 0
    acts = events(session, EventFilter(actor=entity_id), limit=event_limit, offset=0).items
    return EntityDetail(
        id=entity_id,
        name=first.name,
        kinds=sorted({r.EntityRow.kind for r in rows}),
        names=sorted({r.EntityRow.name for r in rows}),
        aliases=list(aliases),
        kb=kb,
        geo=geo,
        mentions=mentions,
        documents=[
            DocumentRef(id=r.EntityRow.document_id, title=r.title, published=r.published)
            for r in rows
        ],
        events=acts,
    )


def run_documents(session: Session, run_id: int) -> list[str]:
    """The ids of the documents an ingest run stored."""
    query = select(DocumentRow.id).where(DocumentRow.run_id == run_id).order_by(DocumentRow.pk)
    return list(session.scalars(query))
