"""Event clusters and conflicts, served from the reconcile stage when it is installed."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query

from historiograph.api import extensions
from historiograph.api.deps import StoreDep
from historiograph.errors import UsageError
from historiograph.record import EventType

router = APIRouter(prefix="/api", tags=["clusters"])


@router.get("/clusters")
def clusters(
    store: StoreDep,
    type: Annotated[EventType | None, Query(description="Event type")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name")] = None,
    place: Annotated[str | None, Query(description="Part of a place name")] = None,
    start: Annotated[dt.date | None, Query(description="Clusters not over before this")] = None,
    end: Annotated[dt.date | None, Query(description="Clusters begun by this date")] = None,
) -> list[dict[str, Any]]:
    """Events as clusters of accounts across documents, in time order."""
    if start and end and start > end:
        raise UsageError(f"start ({start}) is after end ({end})")
    return extensions.list_clusters(
        store, event_type=type, actor=actor, place=place, start=start, end=end
    )


@router.get("/clusters/{cluster_id}")
def cluster(cluster_id: int, store: StoreDep) -> dict[str, Any]:
    """One cluster: its accounts side by side, members and the links that join them."""
    return extensions.cluster_detail(store, cluster_id)


@router.get("/conflicts")
def conflicts(
    store: StoreDep,
    field: Annotated[str | None, Query(description="Only conflicts on this field")] = None,
) -> list[dict[str, Any]]:
    """Where accounts of one event disagree (dates, tolls, places), most severe first."""
    return extensions.list_conflicts(store, field=field)
