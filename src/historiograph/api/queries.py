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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    String,
    and_,
    column,
    exists,
    func,
    literal,
    or_,
    select,
    values,
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


def event_conditions(session: Session, where: EventFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on ``events`` for a filter, shared by listings, timeline and map."""
    conditions: list[ColumnElement[bool]] = []
    if where.type:
        conditions.append(EventRow.type == where.type)
    if where.actor:
        conditions.append(
            exists().where(
                EventActorRow.document_id == EventRow.document_id,
                EventActorRow.event_id == EventRow.id,
                EventActorRow.entity == where.actor,
            )
        )
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


def _actors(
    session: Session, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], list[ActorRef]]:
    """The actors of these events, with each entity's name in its document."""
    found: defaultdict[tuple[str, str], list[ActorRef]] = defaultdict(list)
    if not keys:
        return found
    query = (
        select(
            EventActorRow.document_id,
            EventActorRow.event_id,
            EventActorRow.entity,
            EventActorRow.role,
            EntityRow.name,
        )
        .outerjoin(
            EntityRow,
            and_(
                EntityRow.document_id == EventActorRow.document_id,
                EntityRow.id == EventActorRow.entity,
            ),
        )
        .join(
            page := keyed(keys),
            and_(
                EventActorRow.document_id == page.c.document_id,
                EventActorRow.event_id == page.c.id,
            ),
        )
        .order_by(EventActorRow.document_id, EventActorRow.event_id, EventActorRow.position)
    )
    for doc, event, entity, role, name in session.execute(query):
        found[(doc, event)].append(ActorRef(entity=entity, role=role, name=name))
    return found


def _event_summaries(session: Session, rows: Sequence[Any]) -> list[EventSummary]:
    actors = _actors(session, [(r.EventRow.document_id, r.EventRow.id) for r in rows])
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
    """One page of events in chronological order: their keys, the total, the next cursor."""

    keys: list[tuple[str, str]]
    total: int
    next: str | None


def chronology(
    session: Session, where: EventFilter, *, limit: int, offset: int, after: str | None
) -> Chronology:
    """The keys of one page of events matching ``where``, in the order of :mod:`.keyset`.

    Only the events table is read here, in index order, so skipping ``offset``
    events or finding the cursor's place touches index entries alone; the rows
    themselves (with their documents and reviews) are read afterwards for the
    page's events only. The total counts events without joins: every event has
    its document, and at most one review decision.
    """
    cursor = None if after is None else keyset.Cursor.decode(after)
    if cursor is not None and offset:
        raise UsageError("give either offset or after (a page's 'next' cursor), not both")
    conditions = event_conditions(session, where)
    total = session.scalar(select(func.count()).select_from(EventRow).where(*conditions)) or 0
    columns = (
        EventRow.document_id,
        EventRow.id,
        EventRow.position,
        EventRow.when_earliest,
        EventRow.when_latest,
    )
    rows: list[Any] = []
    if cursor is None or cursor.run == keyset.STARTED:
        started = (
            select(*columns)
            .with_hint(EventRow, f"INDEXED BY {keyset.CHRONOLOGY_INDEX}", "sqlite")
            .where(*conditions, EventRow.when_earliest.is_not(None))
        )
        if cursor is not None:
            started = started.where(keyset.started_after(cursor))
        ordered = started.order_by(EventRow.when_earliest, EventRow.document_id, EventRow.position)
        rows = list(session.execute(ordered.limit(limit).offset(offset)))
    if len(rows) < limit:
        skip = 0
        if cursor is None and offset and not rows:  # the offset may reach past the first run
            in_first_run = select(func.count()).select_from(EventRow)
            skip = offset - (
                session.scalar(in_first_run.where(*conditions, EventRow.when_earliest.is_not(None)))
                or 0
            )
        unstarted = select(*columns).where(*conditions, EventRow.when_earliest.is_(None))
        if cursor is not None and cursor.run == keyset.UNSTARTED:
            unstarted = unstarted.where(keyset.unstarted_after(cursor))
        ordered = unstarted.order_by(
            EventRow.when_latest.is_(None),
            EventRow.when_latest,
            EventRow.document_id,
            EventRow.position,
        )
        rows += session.execute(ordered.limit(limit - len(rows)).offset(max(skip, 0)))
    return Chronology(
        keys=[(r.document_id, r.id) for r in rows],
        total=total,
        next=keyset.Cursor.of(rows[-1]).encode() if len(rows) == limit else None,
    )


def keyed(keys: Sequence[tuple[str, str]]) -> CTE:
    """The event keys ``(document_id, id)`` as a table, to join the events of a page to.

    A join from a short list of keys reads each event by its primary key; the
    same keys as ``(document_id, id) IN (...)`` made SQLite scan the whole table.
    """
    rows = values(column("document_id", String), column("id", String), name="page")
    return rows.data(list(keys)).cte("page")


def by_key(query: Select[Any], keys: Sequence[tuple[str, str]]) -> Select[Any]:
    """``query`` (over ``events``) restricted to the events with these keys."""
    page = keyed(keys)
    return query.join(
        page, and_(EventRow.document_id == page.c.document_id, EventRow.id == page.c.id)
    )


def in_order(
    rows: Sequence[Any], keys: Sequence[tuple[str, str]], key: Callable[[Any], tuple[str, str]]
) -> list[Any]:
    """``rows``, read by key (in no particular order), put back in the order of ``keys``."""
    rank = {k: i for i, k in enumerate(keys)}
    return sorted(rows, key=lambda r: rank[key(r)])


def events(
    session: Session, where: EventFilter, *, limit: int, offset: int, after: str | None = None
) -> KeyedPage[EventSummary]:
    """A page of events matching ``where``, in chronological order (undated last)."""
    page = chronology(session, where, limit=limit, offset=offset, after=after)
    rows = session.execute(by_key(_event_query(session, EventFilter()), page.keys)).all()
    ordered = in_order(rows, page.keys, lambda r: (r.EventRow.document_id, r.EventRow.id))
    return KeyedPage(
        items=_event_summaries(session, ordered),
        total=page.total,
        limit=limit,
        offset=offset,
        next=page.next,
    )


def event(session: Session, doc_id: str, event_id: str) -> EventSummary:
    """One event of one document."""
    document = resolve_document(session, doc_id)
    query = _event_query(session, EventFilter()).where(
        EventRow.document_id == document.id, EventRow.id == event_id
    )
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
    query = _event_query(session, where).where(EventRow.document_id != summary.document.id)
    rows = session.execute(
        query.order_by(EventRow.when_earliest, EventRow.document_id).limit(limit)
    ).all()
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
