"""What the API returns and accepts, as pydantic models (so ``/openapi.json`` describes it).

Record parts keep the record's own models (:mod:`historiograph.record`);
these add what a cross-document view needs: the document each item comes
from, the text it quotes as evidence, and the review decision standing on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from historiograph.record import ClaimSource, Fatalities, When, Where
from historiograph.store.review import ReviewStatus

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(_Out, Generic[T]):
    """One page of a listing: ``total`` counts every match, not just this page."""

    items: list[T]
    total: int
    limit: int
    offset: int


class KeyedPage(Page[T], Generic[T]):
    """A page of a listing that can also be walked by key, which stays fast at any depth."""

    next: str | None = Field(
        description="Pass as `after` to get the page that follows; null on the last page"
    )


class ReviewInfo(_Out):
    """The review decision standing on an item (edited fields are already applied)."""

    status: ReviewStatus
    changes: dict[str, Any]


class DocumentRef(_Out):
    id: str
    title: str | None
    published: dt.date | None = None
    source: str | None = None
    author: str | None = None


class ActorRef(_Out):
    entity: str
    role: str
    name: str | None = None


class EventSummary(_Out):
    """An event as one document tells it, with the sentence it was read from."""

    document: DocumentRef
    id: str
    span: tuple[int, int]
    trigger: str
    type: str
    subtype: str | None
    when: When
    where: Where | None
    actors: list[ActorRef]
    fatalities: Fatalities | None
    claims: list[str]
    modality: str
    text: str = Field(description="The document text the event spans (its evidence)")
    review: ReviewInfo | None = None


class ClaimSummary(_Out):
    """A claim with the words it was read from, quoted from its document."""

    document: DocumentRef
    id: str
    span: tuple[int, int]
    about: str | None
    property: str
    value: float | int | str
    low: float | int | None
    high: float | int | None
    qualifier: str
    unit: str | None
    source: ClaimSource
    stance: str
    evidence: str
    review: ReviewInfo | None = None


class EntitySummary(_Out):
    id: str
    name: str
    kind: str
    documents: int
    mentions: int


class EntityDetail(_Out):
    id: str
    name: str
    kinds: list[str]
    names: list[str]
    aliases: list[str]
    kb: dict[str, str]
    geo: dict[str, Any] | None
    mentions: int
    documents: list[DocumentRef]
    events: list[EventSummary]


class EventDetail(_Out):
    """An event page: the account, its claims with evidence, and other accounts of it."""

    event: EventSummary
    claims: list[ClaimSummary]
    accounts: list[EventSummary] = Field(
        description="Other documents' accounts: the event's cluster when clusters exist, "
        "else events of the same type whose dates overlap"
    )
    accounts_from: Literal["cluster", "overlap"]
    cluster: int | None = Field(description="The event's cluster, when it is in one")


class TimelineAccount(_Out):
    """One document's account of a clustered event, with the date it gives."""

    document_id: str
    event_id: str
    document_title: str | None
    start: dt.date | None
    end: dt.date | None
    precision: str


class TimelineCluster(_Out):
    """The event cluster a timeline item belongs to, when other documents tell it too.

    ``start`` and ``end`` span every account's dates; ``disputed`` is set when
    reconcile found the accounts in conflict on the date, and the timeline then
    draws the cluster as that whole span.
    """

    id: int
    start: dt.date
    end: dt.date
    disputed: bool
    accounts: list[TimelineAccount]


class TimelineItem(_Out):
    """One event on the timeline; ``uncertain`` marks a date known only as a range.

    ``modality`` says whether the source tells the event as having happened: a
    planned, wanted or failed act (``hypothetical``) or one the source denies
    has its date on the timeline too, but must not be read as a fact.
    """

    id: str
    document_id: str
    event_id: str
    label: str
    type: str
    start: dt.date
    end: dt.date
    precision: str
    uncertain: bool
    modality: str = Field(
        description="asserted, reported, hedged, denied or hypothetical (spec/record.md)"
    )
    document_title: str | None
    review: ReviewStatus | None = None
    cluster: TimelineCluster | None = Field(
        default=None, description="Its event cluster, when other documents tell the event too"
    )


class MapPoint(_Out):
    document_id: str
    event_id: str
    label: str
    type: str
    place: str | None
    lat: float
    lon: float
    start: dt.date | None
    modality: str = Field(
        description="asserted, reported, hedged, denied or hypothetical (spec/record.md)"
    )


class GraphNode(_Out):
    id: str
    name: str
    kind: str | None


class GraphEdge(_Out):
    source: str
    target: str
    events: int


class ActorGraph(_Out):
    """Who acted on whom: an edge from each agent to each target or victim of an event."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]


class SearchResult(_Out):
    doc_id: str
    title: str | None
    snippet: str
    rank: float


class ReviewRequest(_Out):
    """A decision on one item, named by its stable key (document, kind, span)."""

    document_id: str
    kind: Literal["event", "claim", "mention"]
    span: tuple[int, int]
    action: Literal["accept", "reject", "edit"]
    changes: dict[str, Any] = Field(
        default_factory=dict,
        description="For an edit: the fields to change (claim: value, low, high, qualifier, "
        "unit, property, stance, source, about; event: type, subtype, when, where, modality, "
        "fatalities, actors; mention: entity)",
    )


class MergeRequest(_Out):
    """Two clusters that are one event: ``other``'s accounts join ``into``."""

    into: int
    other: int
    note: str | None = Field(default=None, max_length=1000, description="Why (kept)")


class SplitRequest(_Out):
    """Accounts that are another event: they leave the cluster for a new one."""

    events: list[str] = Field(
        min_length=1,
        max_length=500,
        description="The events to move out: event keys, or `DOCPREFIX:EVENT` refs as "
        "`/api/clusters/{id}` lists them",
    )
    note: str | None = Field(default=None, max_length=1000, description="Why (kept)")


class ClusterDecisionOut(_Out):
    """A merge (``keys_a`` and ``keys_b`` together) or a split (``keys_a`` apart from ``keys_b``).

    Events are named by stable keys (document id and trigger span), so a
    decision outlives re-extraction. ``reviewer`` is who made it.
    """

    id: int
    action: Literal["merge", "split"]
    keys_a: list[str]
    keys_b: list[str]
    note: str | None
    reviewer: str | None
    decided_at: dt.datetime


class ClusterChange(_Out):
    """What a merge, split or revert did: the decisions it logged and the clusters it left."""

    decisions: list[ClusterDecisionOut]
    clusters: list[int]


class IngestFailureOut(_Out):
    source: str
    code: str
    reason: str


class IngestResult(_Out):
    saved_as: str
    run_id: int
    stored: int
    skipped: int
    failed: int
    documents: list[str]
    failures: list[IngestFailureOut]


class ErrorBody(_Out):
    code: str
    message: str


class ErrorResponse(_Out):
    """Every error the API returns: a stable code and a message a person can act on."""

    error: ErrorBody
