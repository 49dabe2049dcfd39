"""The seam to later stages: event clusters and conflicts (:mod:`historiograph.reconcile`).

The workbench is built on per-document records and works without clusters.
When reconcile is installed and has clustered the store, the event page shows
an event's cluster as its accounts (instead of date-overlap candidates) and
``/api/clusters``, ``/api/clusters/{id}`` and ``/api/conflicts`` serve its
listings. Everything the API needs from reconcile goes through this module,
imported by name, so the API runs (and type-checks) with or without it.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import defaultdict
from collections.abc import Collection, Sequence
from types import ModuleType
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from historiograph.api.queries import event, keys_table
from historiograph.api.schemas import EventSummary
from historiograph.store import Store


def _optional(module: str) -> ModuleType | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def reconcile_available() -> bool:
    """Whether the reconcile stage is installed (the cluster routes are mounted only then)."""
    return _optional("historiograph.reconcile.queries") is not None


def cluster_accounts(session: Session, summary: EventSummary) -> list[EventSummary] | None:
    """The other accounts in ``summary``'s event cluster; ``None`` when it is in no cluster."""
    clusters = _optional("historiograph.store.clusters")
    if clusters is None:
        return None
    member: Any = clusters.ClusterMemberRow
    own = (summary.document.id, summary.id)
    try:
        cluster = session.scalar(
            select(member.cluster_id).where(member.document_id == own[0], member.event_id == own[1])
        )
        if cluster is None:
            return None
        rows = session.execute(
            select(member.document_id, member.event_id).where(member.cluster_id == cluster)
        ).all()
    except OperationalError:  # a store not yet migrated to the cluster tables
        return None
    return [event(session, doc, ev) for doc, ev in rows if (doc, ev) != own]


def clusters_of(session: Session, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The cluster of each of these events (document id, event id) that is in one."""
    clusters = _optional("historiograph.store.clusters")
    if clusters is None or not keys:
        return {}
    member: Any = clusters.ClusterMemberRow
    page, binds = keys_table(keys)
    query = (
        select(member.document_id, member.event_id, member.cluster_id)
        .select_from(page)
        .join(member, and_(member.document_id == page.c.column1, member.event_id == page.c.column2))
    )
    try:
        return {(doc, ev): cluster for doc, ev, cluster in session.execute(query, binds)}
    except OperationalError:  # a store not yet migrated to the cluster tables
        return {}


def cluster_members(
    session: Session, cluster_ids: Collection[int]
) -> tuple[dict[int, list[tuple[str, str]]], set[int]]:
    """The events of each of these clusters, and which of them disagree on the date."""
    clusters = _optional("historiograph.store.clusters")
    if clusters is None or not cluster_ids:
        return {}, set()
    member: Any = clusters.ClusterMemberRow
    conflict: Any = clusters.ClusterConflictRow
    members: defaultdict[int, list[tuple[str, str]]] = defaultdict(list)
    ids = sorted(cluster_ids)
    rows = session.execute(
        select(member.cluster_id, member.document_id, member.event_id)
        .where(member.cluster_id.in_(ids))
        .order_by(member.cluster_id, member.document_id, member.event_id)
    )
    for cluster, doc, ev in rows:
        members[cluster].append((doc, ev))
    disputed = set(
        session.scalars(
            select(conflict.cluster_id)
            .where(conflict.cluster_id.in_(ids), conflict.field == "date")
            .distinct()
        )
    )
    return dict(members), disputed


def _queries() -> Any:
    return importlib.import_module("historiograph.reconcile.queries")


def list_clusters(
    store: Store,
    *,
    event_type: str | None,
    actor: str | None,
    place: str | None,
    start: dt.date | None,
    end: dt.date | None,
) -> list[dict[str, Any]]:
    found = _queries().list_clusters(
        store, event_type=event_type, actor=actor, place=place, since=start, until=end
    )
    return [c.model_dump(mode="json") for c in found]


def cluster_detail(store: Store, cluster_id: int) -> dict[str, Any]:
    detail: Any = _queries().cluster_detail(store, cluster_id)
    return dict(detail.model_dump(mode="json"))


def list_conflicts(store: Store, *, field: str | None) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in _queries().list_conflicts(store, field=field)]
