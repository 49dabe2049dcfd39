"""The views' data: timeline, map, actor graph and full-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from historiograph.api import visuals
from historiograph.api.deps import MAX_PAGE, KeyedPagingDep, PagingDep, SessionDep, StoreDep
from historiograph.api.routes.events import EventFilterDep
from historiograph.api.schemas import (
    ActorGraph,
    KeyedPage,
    MapPoint,
    Page,
    SearchResult,
    TimelineItem,
)
from historiograph.errors import UsageError
from historiograph.store.search import has_words

router = APIRouter(prefix="/api", tags=["views"])

MAX_POINTS = 5000


@router.get("/timeline")
def timeline(
    session: SessionDep, where: EventFilterDep, page: KeyedPagingDep
) -> KeyedPage[TimelineItem]:
    """Dated events, earliest first; a date known only to a range has ``uncertain`` set.

    Events known only to end by a date ("before 1990") follow those with a start date.
    """
    return visuals.timeline(session, where, limit=page.limit, offset=page.offset, after=page.after)


@router.get("/map")
def map_points(
    session: SessionDep,
    where: EventFilterDep,
    limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 1000,
    offset: Annotated[int, Query(ge=0, description="Points to skip")] = 0,
) -> Page[MapPoint]:
    """Events with coordinates (their own, or their place's) for the map."""
    return visuals.map_points(session, where, limit=limit, offset=offset)


@router.get("/graph")
def actor_graph(
    session: SessionDep,
    where: EventFilterDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="At most this many edges")] = 200,
) -> ActorGraph:
    """Who acted on whom: an edge from each agent to each target or victim, by event count."""
    return visuals.actor_graph(session, where, limit=limit)


@router.get("/search")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words or "phrases"')],
    page: PagingDep,
) -> Page[SearchResult]:
    """Documents matching every word, best first; matches are wrapped in ``<mark>``."""
    if not has_words(q):
        raise UsageError(f"the query {q!r} has no words to search for")
    hits = store.search(q, limit=page.limit, offset=page.offset)
    return Page(
        items=[SearchResult.model_validate(hit.model_dump()) for hit in hits],
        total=store.count_search(q),
        limit=page.limit,
        offset=page.offset,
    )
