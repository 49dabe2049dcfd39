"""Reading event clusters back: listings, one cluster side by side, conflicts, the timeline.

These are what the commands (and later the API) show. Listings read the
summary kept on each cluster row; :func:`cluster_detail` recomputes the
side-by-side comparison from the stored accounts, so it always reflects the
current settings, and adds the stored links with their feature scores so that
every membership explains itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select

from historiograph.nlp.entities import name_key
from historiograph.reconcile.accounts import Account
from historiograph.reconcile.compare import Comparison, compare
from historiograph.reconcile.engine import ClusterNotFoundError, member_ref
from historiograph.reconcile.settings import Settings, load_settings
from historiograph.store import Store
from historiograph.store.clusters import (
    ClusterConflictRow,
    ClusterLinkRow,
    ClusterMemberRow,
    EventClusterRow,
    cluster_session,
)


class ClusterSummary(BaseModel):
    id: int
    label: str
    type: str
    earliest: dt.date | None
    latest: dt.date | None
    place: str | None
    actors: list[str]
    documents: int
    accounts: int
    fatalities: dict[str, Any] | None
    conflicts: int


class Member(BaseModel):
    ref: str
    key: str
    document: str
    event: str
    via: str
    linked_to: str | None
    score: float | None


class LinkView(BaseModel):
    a: str
    b: str
    type: float
    time: float | None
    place: float | None
    actors: float | None
    text: float | None
    total: float
    linked: bool


class ClusterDetail(BaseModel):
    summary: ClusterSummary
    comparison: Comparison
    members: list[Member]
    links: list[LinkView]


class ConflictView(BaseModel):
    cluster: int
    label: str
    field: str
    severity: float
    level: str
    summary: str
    a: dict[str, Any]
    b: dict[str, Any]


def _summary(row: EventClusterRow) -> ClusterSummary:
    return ClusterSummary(
        id=row.id,
        label=row.label,
        type=row.type,
        earliest=row.when_earliest,
        latest=row.when_latest,
        place=row.place,
        actors=row.actors,
        documents=row.documents,
        accounts=row.accounts,
        fatalities=row.fatalities,
        conflicts=row.conflicts,
    )


def _matches_name(query: str | None, names: list[str]) -> bool:
    if not query:
        return True
    wanted = name_key(query)
    return any(wanted in name_key(name) for name in names)


def list_clusters(
    store: Store,
    *,
    event_type: str | None = None,
    actor: str | None = None,
    place: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    min_documents: int = 1,
) -> list[ClusterSummary]:
    """Clusters matching every filter given, in time order (undated last).

    ``since``/``until`` keep clusters whose interval overlaps the range;
    ``actor`` and ``place`` match a part of a name, ignoring case and accents.
    """
    query = select(EventClusterRow).where(EventClusterRow.documents >= min_documents)
    if event_type:
        query = query.where(EventClusterRow.type == event_type)
    if since:
        query = query.where(EventClusterRow.when_latest >= since)
    if until:
        query = query.where(EventClusterRow.when_earliest <= until)
    query = query.order_by(
        EventClusterRow.when_earliest.is_(None), EventClusterRow.when_earliest, EventClusterRow.id
    )
    with cluster_session(store) as session:
        rows = session.scalars(query).all()
        return [
            _summary(r)
            for r in rows
            if _matches_name(actor, r.actors) and _matches_name(place, [r.place or ""])
        ]


def cluster_detail(
    store: Store, cluster_id: int, *, settings: Settings | None = None
) -> ClusterDetail:
    """One cluster: its summary, each document's account side by side, members and links."""
    settings = settings or load_settings()
    with cluster_session(store) as session:
        row = session.get(EventClusterRow, cluster_id)
        if row is None:
            raise ClusterNotFoundError(f"no event cluster {cluster_id} in the store")
        members = session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.cluster_id == cluster_id)
        ).all()
        keys = [m.event_key for m in members]
        links = session.scalars(
            select(ClusterLinkRow)
            .where(ClusterLinkRow.key_a.in_(keys), ClusterLinkRow.key_b.in_(keys))
            .order_by(ClusterLinkRow.total.desc())
        ).all()
        accounts = [Account.model_validate(m.account) for m in members]
        accounts.sort(key=lambda a: (a.published or dt.date.max, a.document, a.span[0]))
        refs = {m.event_key: member_ref(m.event_key, m.event_id) for m in members}
        return ClusterDetail(
            summary=_summary(row),
            comparison=compare(accounts, settings),
            members=[
                Member(
                    ref=refs[m.event_key],
                    key=m.event_key,
                    document=m.document_id,
                    event=m.event_id,
                    via=m.via,
                    linked_to=None if m.linked_to is None else refs.get(m.linked_to, m.linked_to),
                    score=m.score,
                )
                for m in members
            ],
            links=[
                LinkView(
                    a=refs[link.key_a],
                    b=refs[link.key_b],
                    type=link.type_score,
                    time=link.time_score,
                    place=link.place_score,
                    actors=link.actors_score,
                    text=link.text_score,
                    total=link.total,
                    linked=link.linked,
                )
                for link in links
            ],
        )


def list_conflicts(
    store: Store, *, field: str | None = None, cluster: int | None = None
) -> list[ConflictView]:
    """Every stored conflict, most severe first."""
    query = (
        select(ClusterConflictRow, EventClusterRow.label)
        .join(EventClusterRow, EventClusterRow.id == ClusterConflictRow.cluster_id)
        .order_by(ClusterConflictRow.severity.desc(), ClusterConflictRow.id)
    )
    if field:
        query = query.where(ClusterConflictRow.field == field)
    if cluster is not None:
        query = query.where(ClusterConflictRow.cluster_id == cluster)
    with cluster_session(store) as session:
        return [
            ConflictView(
                cluster=c.cluster_id,
                label=label,
                field=c.field,
                severity=c.severity,
                level=c.level,
                summary=c.summary,
                a=c.side_a,
                b=c.side_b,
            )
            for c, label in session.execute(query).all()
        ]


def date_conflicted(store: Store) -> set[int]:
    """Clusters whose accounts disagree on the date (the timeline shows them as ranges)."""
    with cluster_session(store) as session:
        query = select(ClusterConflictRow.cluster_id).where(ClusterConflictRow.field == "date")
        return set(session.scalars(query.distinct()))


def memberships(store: Store) -> dict[str, int]:
    """Every clustered event's key and its cluster id (for evaluation and exports)."""
    with cluster_session(store) as session:
        rows = session.execute(select(ClusterMemberRow.event_key, ClusterMemberRow.cluster_id))
        return {key: cluster for key, cluster in rows}
