"""The views' data: timeline items, map points and the actor graph, across documents.

Each view draws every matching event, so these queries select only the columns
the view needs (no evidence text, no actor names per event) and share the
event filters of :mod:`historiograph.api.queries`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from historiograph.api.queries import (
    EventFilter,
    chronology,
    decision_join,
    event_conditions,
)
from historiograph.api.schemas import (
    ActorGraph,
    GraphEdge,
    GraphNode,
    KeyedPage,
    MapPoint,
    TimelineItem,
)
from historiograph.store.review import DecisionRow
from historiograph.store.schema import DocumentRow, EntityRow, EventActorRow, EventRow

TARGET_ROLES = ("target", "victim")


def map_points(session: Session, where: EventFilter, *, limit: int) -> list[MapPoint]:
    """Events with a location: the event's own coordinates, else its place entity's geo."""
    geo = aliased(EntityRow)
    query = (
        select(
            EventRow.document_id,
            EventRow.id,
            EventRow.type,
            EventRow.trigger_text,
            EventRow.when_earliest,
            EventRow.place,
            geo.geo,
        )
        .outerjoin(
            geo,
            and_(
                geo.document_id == EventRow.document_id,
                geo.id == func.json_extract(EventRow.place, "$.entity"),
            ),
        )
        .where(
            EventRow.place.is_not(None),
            or_(func.json_extract(EventRow.place, "$.lat").is_not(None), geo.geo.is_not(None)),
        )
    )
    query = query.where(*event_conditions(session, where))
    points = []
    for doc, ident, kind, trigger, earliest, place, entity_geo in session.execute(
        query.limit(limit)
    ):
        lat, lon = place.get("lat"), place.get("lon")
        if (lat is None or lon is None) and entity_geo:
            lat, lon = entity_geo.get("lat"), entity_geo.get("lon")
        if lat is None or lon is None:
            continue
        points.append(
            MapPoint(
                document_id=doc,
                event_id=ident,
                label=f"{kind}: {trigger}",
                type=kind,
                place=place.get("name"),
                lat=lat,
                lon=lon,
                start=earliest,
            )
        )
    return points


def timeline(
    session: Session, where: EventFilter, *, limit: int, offset: int, after: str | None = None
) -> KeyedPage[TimelineItem]:
    """Dated events as timeline items: a range where the date is known only to a range."""
    dated = EventFilter(**{**where.__dict__, "dated_only": True})
    query = (
        select(
            EventRow.document_id,
            EventRow.id,
            EventRow.position,
            EventRow.type,
            EventRow.trigger_text,
            EventRow.when_earliest,
            EventRow.when_latest,
            EventRow.when_precision,
            DocumentRow.title,
            DecisionRow.status,
            DecisionRow.changes,
        )
        .join(DocumentRow, DocumentRow.id == EventRow.document_id)
        .outerjoin(DecisionRow, decision_join("event", EventRow))
    )
    page = chronology(session, dated, query, limit=limit, offset=offset, after=after)
    items = []
    for row in page.rows:
        doc, ident, kind, trigger = row.document_id, row.id, row.type, row.trigger_text
        status, changes = row.status, row.changes
        edited = (changes or {}) if status == "edited" else {}
        kind = edited.get("type", kind)
        when = {
            "earliest": row.when_earliest,
            "latest": row.when_latest,
            "precision": row.when_precision,
            **edited.get("when", {}),
        }
        start = _date(when["earliest"]) or _date(when["latest"])
        end = _date(when["latest"]) or start
        assert start is not None and end is not None  # dated_only guarantees one of the two
        items.append(
            TimelineItem(
                id=f"{doc}/{ident}",
                document_id=doc,
                event_id=ident,
                label=f"{kind}: {trigger}",
                type=kind,
                start=start,
                end=max(start, end),
                precision=str(when["precision"]),
                uncertain=start != end or when["precision"] not in ("day",),
                document_title=row.title,
                review=status,
            )
        )
    return KeyedPage(items=items, total=page.total, limit=limit, offset=offset, next=page.next)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def actor_graph(session: Session, where: EventFilter, *, limit: int) -> ActorGraph:
    """Who acted on whom: agents to targets and victims, weighted by how many events."""
    agent, target = aliased(EventActorRow), aliased(EventActorRow)
    events_matching = select(EventRow.document_id, EventRow.id).where(
        *event_conditions(session, where)
    )
    matching = events_matching.subquery()
    query = (
        select(agent.entity, target.entity, func.count().label("events"))
        .join(
            target,
            and_(
                target.document_id == agent.document_id,
                target.event_id == agent.event_id,
                target.role.in_(TARGET_ROLES),
                target.entity != agent.entity,
            ),
        )
        .join(
            matching,
            and_(matching.c.document_id == agent.document_id, matching.c.id == agent.event_id),
        )
        .where(agent.role == "agent")
        .group_by(agent.entity, target.entity)
        .order_by(func.count().desc(), agent.entity, target.entity)
        .limit(limit)
    )
    edges = [GraphEdge(source=a, target=b, events=n) for a, b, n in session.execute(query)]
    ids = sorted({e.source for e in edges} | {e.target for e in edges})
    names = {
        ident: (name, kind)
        for ident, name, kind in session.execute(
            select(EntityRow.id, func.min(EntityRow.name), func.min(EntityRow.kind))
            .where(EntityRow.id.in_(ids))
            .group_by(EntityRow.id)
        )
    }
    nodes = [
        GraphNode(id=i, name=names.get(i, (i, None))[0], kind=names.get(i, (i, None))[1])
        for i in ids
    ]
    return ActorGraph(nodes=nodes, edges=edges)
