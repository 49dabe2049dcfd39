"""Events and claims across documents, with filters, and one event's page."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from historiograph.api import queries
from historiograph.api.deps import KeyedPagingDep, PagingDep, SessionDep
from historiograph.api.extensions import cluster_accounts, clusters_of
from historiograph.api.schemas import ClaimSummary, EventDetail, EventSummary, KeyedPage, Page
from historiograph.errors import UsageError
from historiograph.record import ClaimProperty, EventType

router = APIRouter(prefix="/api", tags=["events"])


def event_filter(
    type: Annotated[EventType | None, Query(description="Event type")] = None,
    actor: Annotated[str | None, Query(description="Entity id of an actor, e.g. ent:mko")] = None,
    place: Annotated[str | None, Query(description="Place entity id or place name")] = None,
    start: Annotated[dt.date | None, Query(description="Events not over before this date")] = None,
    end: Annotated[dt.date | None, Query(description="Events begun by this date")] = None,
    document: Annotated[str | None, Query(description="Source document id or prefix")] = None,
) -> queries.EventFilter:
    """The event filters every event view shares (listing, timeline, map, graph)."""
    if start and end and start > end:
        raise UsageError(f"start ({start}) is after end ({end})")
    return queries.EventFilter(
        type=type, actor=actor, place=place, start=start, end=end, document=document
    )


EventFilterDep = Annotated[queries.EventFilter, Depends(event_filter)]


@router.get("/events")
def list_events(
    session: SessionDep, where: EventFilterDep, page: KeyedPagingDep
) -> KeyedPage[EventSummary]:
    """Events, earliest first (undated last), each with the sentence it was read from.

    Events known only to end by a date ("before 1990") follow those with a start date.
    """
    return queries.events(session, where, limit=page.limit, offset=page.offset, after=page.after)


@router.get("/events/{doc_id}/{event_id}")
def get_event(doc_id: str, event_id: str, session: SessionDep) -> EventDetail:
    """One event: its account, its claims with quoted evidence, and other accounts of it."""
    summary = queries.event(session, doc_id, event_id)
    clustered = cluster_accounts(session, summary)
    own = (summary.document.id, summary.id)
    return EventDetail(
        event=summary,
        claims=queries.event_claims(session, summary),
        accounts=clustered
        if clustered is not None
        else queries.overlapping_accounts(session, summary),
        accounts_from="cluster" if clustered is not None else "overlap",
        cluster=clusters_of(session, [own]).get(own),
    )


@router.get("/claims")
def list_claims(
    session: SessionDep,
    page: PagingDep,
    property: Annotated[ClaimProperty | None, Query(description="What the claim is about")] = None,
    document: Annotated[str | None, Query(description="Source document id or prefix")] = None,
    source: Annotated[
        str | None,
        Query(description="Who makes the claim: part of a name, an entity id, or a kind"),
    ] = None,
) -> Page[ClaimSummary]:
    """Claims with the words they were read from and who makes them."""
    return queries.claims(
        session,
        prop=property,
        document=document,
        source=source,
        limit=page.limit,
        offset=page.offset,
    )
