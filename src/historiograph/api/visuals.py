"""The views' data: timeline items, map points and the actor graph, across documents.

Each view draws every matching event, so these queries select only the columns
the view needs (no evidence text, no actor names per event) and share the
event filters of :mod:`historiograph.api.queries`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from historiograph.api.extensions import cluster_members, clusters_of
from historiograph.api.queries import (
    EventFilter,
    chronology,
    decision_join,
    event_conditions,
    keys_table,
)
from historiograph.api.schemas import (
    ActorGraph,
    GraphEdge,
    GraphNode,
    KeyedPage,
    MapPoint,
    Page,
    TimelineAccount,
    TimelineCluster,
    TimelineItem,
)
from historiograph.store.json_field import json_field
from historiograph.store.review import DecisionRow
from historiograph.store.schema import DocumentRow, EntityRow, EventActorRow, EventRow

TARGET_ROLES = ("target", "victim")


def map_points(
    session: Session, where: EventFilter, *, limit: int, offset: int = 0
) -> Page[MapPoint]:
    """Events with a location: the event's own coordinates, else its place entity's geo.

    ``total`` counts every located event, so a map drawing the first page can say
    how many it left out.
    """
    geo = aliased(EntityRow)
    query = (
        select(
            EventRow.document_id,
            EventRow.id,
            EventRow.type,
            EventRow.trigger_text,
            EventRow.when_earliest,
            EventRow.modality,
            EventRow.place,
            geo.geo,
        )
        .outerjoin(
            geo,
            and_(
                geo.document_id == EventRow.document_id,
                geo.id == json_field(EventRow.place, "entity"),
            ),
        )
        .where(
            EventRow.place.is_not(None),
            or_(json_field(EventRow.place, "lat").is_not(None), geo.geo.is_not(None)),
        )
    )
    query = query.where(*event_conditions(session, where))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = query.order_by(EventRow.document_id, EventRow.id).limit(limit).offset(offset)
    points = []
    for doc, ident, kind, trigger, earliest, modality, place, entity_geo in session.execute(page):
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
                modality=modality,
            )
        )
    return Page(items=points, total=total, limit=limit, offset=offset)


def _timeline_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            EventRow.document_id,
            EventRow.id,
            EventRow.position,
            EventRow.type,
            EventRow.trigger_text,
            EventRow.when_earliest,
            EventRow.when_latest,
            EventRow.when_precision,
            EventRow.modality,
            DocumentRow.title,
            DecisionRow.status,
            DecisionRow.changes,
        )
        .join(DocumentRow, DocumentRow.id == EventRow.document_id)
        .outerjoin(DecisionRow, decision_join("event", EventRow))
    )


def _reviewed(row: Any) -> tuple[str, dt.date | None, dt.date | None, str, str]:
    """A row's type, start, end, precision and modality, with a review's edit applied."""
    edited = (row.changes or {}) if row.status == "edited" else {}
    when = {
        "earliest": row.when_earliest,
        "latest": row.when_latest,
        "precision": row.when_precision,
        **edited.get("when", {}),
    }
    start = _date(when["earliest"]) or _date(when["latest"])
    end = _date(when["latest"]) or start
    if start is not None and end is not None:
        end = max(start, end)
    modality = edited.get("modality", row.modality)
    return edited.get("type", row.type), start, end, str(when["precision"]), modality


def timeline(
    session: Session, where: EventFilter, *, limit: int, offset: int, after: str | None = None
) -> KeyedPage[TimelineItem]:
    """Dated events as timeline items: a range where the date is known only to a range.

    An event told by other documents too carries its cluster, with every
    account's date, so that the timeline can draw the event once (and, where
    the accounts disagree on the date, as the span of all of them).
    """
    dated = replace(where, dated_only=True)
    page = chronology(session, dated, _timeline_query(), limit=limit, offset=offset, after=after)
    clusters = _clusters(session, [(row.document_id, row.id) for row in page.rows])
    items = []
    for row in page.rows:
        kind, start, end, precision, modality = _reviewed(row)
        assert start is not None and end is not None  # dated_only guarantees one of the two
        items.append(
            TimelineItem(
                id=f"{row.document_id}/{row.id}",
                document_id=row.document_id,
                event_id=row.id,
                label=f"{kind}: {row.trigger_text}",
                type=kind,
                start=start,
                end=end,
                precision=precision,
                uncertain=start != end or precision != "day",
                modality=modality,
                document_title=row.title,
                review=row.status,
                cluster=clusters.get((row.document_id, row.id)),
            )
        )
    return KeyedPage(items=items, total=page.total, limit=limit, offset=offset, next=page.next)


def _clusters(
    session: Session, keys: list[tuple[str, str]]
) -> dict[tuple[str, str], TimelineCluster]:
    """The clusters of these events that hold other accounts too, with each account's dates."""
    cluster_of = clusters_of(session, keys)
    members, disputed = cluster_members(session, set(cluster_of.values()))
    shared = {cluster: accounts for cluster, accounts in members.items() if len(accounts) > 1}
    if not shared:
        return {}
    table, binds = keys_table([key for accounts in shared.values() for key in accounts])
    query = _timeline_query().join(
        table, and_(EventRow.document_id == table.c.column1, EventRow.id == table.c.column2)
    )
    accounts: dict[tuple[str, str], TimelineAccount] = {}
    for row in session.execute(query, binds):
        _, start, end, precision, _ = _reviewed(row)
        accounts[(row.document_id, row.id)] = TimelineAccount(
            document_id=row.document_id,
            event_id=row.id,
            document_title=row.title,
            start=start,
            end=end,
            precision=precision,
        )
    found: dict[int, TimelineCluster] = {}
    for cluster, keys_in in shared.items():
        told = [accounts[key] for key in keys_in if key in accounts]
        starts = [a.start for a in told if a.start is not None]
        ends = [a.end for a in told if a.end is not None]
        if starts and ends:
            found[cluster] = TimelineCluster(
                id=cluster,
                start=min(starts),
                end=max(ends),
                disputed=cluster in disputed,
                accounts=told,
            )
    return {key: found[c] for key, c in cluster_of.items() if c in found}


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
