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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    func,
    literal,
    or_,
    select,
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
                func.json_extract(EventRow.place, "$.entity") == where.place,
                func.lower(func.json_extract(EventRow.place, "$.name")) == where.place.lower(),
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


def _event_query(session: Session, where: EventFilter) -> Select[Any]:
    return (
        select(
            EventRow,
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
        .where(*event_conditions(session, where))
    )


def _actors(session: Session, pages: Sequence[Subquery]) -> dict[tuple[str, str], list[ActorRef]]:
    """The actors of the events these key subqueries select, with each entity's name.

    The actors are read by primary key from the page's keys (the key query reads
    index entries only, so running it again here is cheap). The outer join fixes
    that order: with an inner join SQLite chose to scan every actor instead.
    """
    found: defaultdict[tuple[str, str], list[ActorRef]] = defaultdict(list)
    for page in pages:
        query = (
            select(
                page.c.document_id,
                page.c.id,
                EventActorRow.entity,
                EventActorRow.role,
                EntityRow.name,
            )
            .select_from(page)
            .outerjoin(
                EventActorRow,
                and_(
                    EventActorRow.document_id == page.c.document_id,
                    EventActorRow.event_id == page.c.id,
                ),
            )
            .outerjoin(
                EntityRow,
                and_(
                    EntityRow.document_id == EventActorRow.document_id,
                    EntityRow.id == EventActorRow.entity,
                ),
            )
            .order_by(page.c.document_id, page.c.id, EventActorRow.position)
        )
        for doc, event, entity, role, name in session.execute(query):
            if entity is not None:  # an event without actors
                found[(doc, event)].append(ActorRef(entity=entity, role=role, name=name))
    return found


def _event_summaries(
    session: Session, rows: Sequence[Any], pages: Sequence[Subquery]
) -> list[EventSummary]:
    actors = _actors(session, pages)
    out = []
    for r in rows:
        e: EventRow = r.EventRow
        summary = EventSummary(
            document=DocumentRef(
                id=e.document_id, title=r.title, published=r.published, source=r.source
            ),
            id=e.id,
            span=(e.span_start, e.span_end),
            trigger=e.trigger_text,
            type=e.type,
            subtype=e.subtype,
            when=When(
                earliest=e.when_earliest,
                latest=e.when_latest,
                timex=e.when_timex,
                precision=e.when_precision,
            ),
            where=None if e.place is None else Where.model_validate(e.place),
            actors=actors.get((e.document_id, e.id), []),
            fatalities=None if e.fatalities is None else Fatalities.model_validate(e.fatalities),
            claims=e.claims,
            modality=e.modality,
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
    pages: list[Subquery]
    """The subqueries that select the page's event keys, to join more of their parts to."""


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
    :mod:`.keyset`, so skipping ``offset`` events or finding the cursor's place
    reads index entries only; ``rows`` with its joins (documents, reviews) is
    then read for the page's events alone. Each row must have the event's key
    columns (``document_id``, ``position``, ``when_earliest``, ``when_latest``)
    directly or as an ``EventRow`` entity. The total counts events without
    joins: every event has its document, and at most one review decision.
    """
    cursor = None if after is None else keyset.Cursor.decode(after)
    if cursor is not None and offset:
        raise UsageError("give either offset or after (a page's 'next' cursor), not both")
    conditions = event_conditions(session, where)
    total = session.scalar(select(func.count()).select_from(EventRow).where(*conditions)) or 0
    keys = select(
        EventRow.document_id,
        EventRow.id,
        EventRow.position,
        EventRow.when_earliest,
        EventRow.when_latest,
    )
    found: list[Any] = []
    pages: list[Subquery] = []

    def read(run: Select[*tuple[Any, ...]], which: int, *, skip: int) -> None:
        ordered = run.order_by(*keyset.order(EventRow, which))
        page = ordered.limit(limit - len(found)).offset(skip).subquery("page")
        joined = rows.join(
            page, and_(EventRow.document_id == page.c.document_id, EventRow.id == page.c.id)
        )
        found.extend(session.execute(joined.order_by(*keyset.order(page.c, which))))
        pages.append(page)

    if cursor is None or cursor.run == keyset.STARTED:
        started = keys.where(
            *event_conditions(session, where, in_date_order=True),
            EventRow.when_earliest.is_not(None),
        )
        if cursor is not None:
            started = started.where(keyset.started_after(cursor))
        read(started, keyset.STARTED, skip=offset)
    if len(found) < limit:
        skip = 0
        if cursor is None and offset and not found:  # the offset may reach past the first run
            in_first_run = select(func.count()).select_from(EventRow)
            skip = offset - (
                session.scalar(in_first_run.where(*conditions, EventRow.when_earliest.is_not(None)))
                or 0
            )
        unstarted = keys.where(*conditions, EventRow.when_earliest.is_(None))
        if cursor is not None and cursor.run == keyset.UNSTARTED:
            unstarted = unstarted.where(keyset.unstarted_after(cursor))
        read(unstarted, keyset.UNSTARTED, skip=max(skip, 0))
    last = found[-1] if len(found) == limit else None
    return Chronology(
        rows=found,
        total=total,
        next=None if last is None else keyset.Cursor.of(getattr(last, "EventRow", last)).encode(),
        pages=pages,
    )


def events(
    session: Session, where: EventFilter, *, limit: int, offset: int, after: str | None = None
) -> KeyedPage[EventSummary]:
    """A page of events matching ``where``, in chronological order (undated last)."""
    query = _event_query(session, EventFilter())
    page = chronology(session, where, query, limit=limit, offset=offset, after=after)
    return KeyedPage(
        items=_event_summaries(session, page.rows, page.pages),
        total=page.total,
        limit=limit,
        offset=offset,
        next=page.next,
    )


def event(session: Session, doc_id: str, event_id: str) -> EventSummary:
    """One event of one document."""
    document = resolve_document(session, doc_id)
    key = select(EventRow.document_id, EventRow.id).where(
        EventRow.document_id == document.id, EventRow.id == event_id
    )
    rows, keys = _rows_of(session, key.subquery("page"))
    if not rows:
        raise DocumentNotFoundError(f"no event {event_id!r} in document {document.id}")
    return _event_summaries(session, rows, [keys])[0]


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
    rows, _ = _rows_of(session, keys, keys.c.when_earliest, keys.c.document_id)
    return _event_summaries(session, rows, [keys])


def _rows_of(session: Session, keys: Subquery, *order: Any) -> tuple[list[Any], Subquery]:
    """The listing rows of the events ``keys`` selects (in ``order``), and ``keys``."""
    query = _event_query(session, EventFilter()).join(
        keys, and_(EventRow.document_id == keys.c.document_id, EventRow.id == keys.c.id)
    )
    return list(session.execute(query.order_by(*order))), keys


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
