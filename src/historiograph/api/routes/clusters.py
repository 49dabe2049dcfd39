"""Event clusters and conflicts, served from the reconcile stage when it is installed.

Merging and splitting clusters are writes: they need a token, are kept in the
cluster decision log (``/api/clusters/decisions``) and can be reverted.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query

from historiograph.api import cluster_review, extensions
from historiograph.api.deps import Paging, PagingDep, StoreDep, WriterDep
from historiograph.api.schemas import (
    ClusterChange,
    ClusterDecisionOut,
    MergeRequest,
    Page,
    SplitRequest,
)
from historiograph.errors import UsageError
from historiograph.record import EventType

router = APIRouter(prefix="/api", tags=["clusters"])


@router.get("/clusters")
def clusters(
    store: StoreDep,
    page: PagingDep,
    type: Annotated[EventType | None, Query(description="Event type")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name")] = None,
    place: Annotated[str | None, Query(description="Part of a place name")] = None,
    start: Annotated[dt.date | None, Query(description="Clusters not over before this")] = None,
    end: Annotated[dt.date | None, Query(description="Clusters begun by this date")] = None,
) -> Page[dict[str, Any]]:
    """Events as clusters of accounts across documents, in time order."""
    if start and end and start > end:
        raise UsageError(f"start ({start}) is after end ({end})")
    found = extensions.list_clusters(
        store, event_type=type, actor=actor, place=place, start=start, end=end
    )
    return _page(found, page)


@router.post("/clusters/merge", status_code=201)
def merge(request: MergeRequest, store: StoreDep, who: WriterDep) -> ClusterChange:
    """Merge cluster ``other`` into ``into``: one event (needs a token; logged, revertible)."""
    return cluster_review.merge(store, request.into, request.other, reviewer=who, note=request.note)


@router.get("/clusters/decisions")
def decisions(store: StoreDep, page: PagingDep) -> Page[ClusterDecisionOut]:
    """The cluster decision log, newest first: every merge and split, with its note."""
    return cluster_review.decisions(store, limit=page.limit, offset=page.offset)


@router.post("/clusters/decisions/{decision_id}/revert", status_code=201)
def revert(decision_id: int, store: StoreDep, who: WriterDep) -> ClusterChange:
    """Undo a merge or split (needs a token); the undo is logged as a decision too."""
    return cluster_review.revert(store, decision_id, reviewer=who)


@router.post("/clusters/{cluster_id}/split", status_code=201)
def split(cluster_id: int, request: SplitRequest, store: StoreDep, who: WriterDep) -> ClusterChange:
    """Move accounts out of a cluster into a new one: another event (needs a token)."""
    return cluster_review.split(store, cluster_id, request.events, reviewer=who, note=request.note)


@router.get("/clusters/{cluster_id}")
def cluster(cluster_id: int, store: StoreDep) -> dict[str, Any]:
    """One cluster: its accounts side by side, members and the links that join them."""
    return extensions.cluster_detail(store, cluster_id)


@router.get("/conflicts")
def conflicts(
    store: StoreDep,
    page: PagingDep,
    field: Annotated[str | None, Query(description="Only conflicts on this field")] = None,
) -> Page[dict[str, Any]]:
    """Where accounts of one event disagree (dates, tolls, places), most severe first."""
    return _page(extensions.list_conflicts(store, field=field), page)


def _page(found: list[dict[str, Any]], page: Paging) -> Page[dict[str, Any]]:
    """One page of a listing the reconcile stage returns whole (it filters names in Python)."""
    items = found[page.offset : page.offset + page.limit]
    return Page(items=items, total=len(found), limit=page.limit, offset=page.offset)
