"""The store's tables for events across documents: clusters, members, links, conflicts, decisions.

Written and read by :mod:`historiograph.reconcile`; created by migration
``r0002``. Design choices that matter to anyone querying them directly:

- A **member** is one event of one document (keyed like the event,
  ``(document_id, event_id)``) in one cluster. It carries ``event_key``
  (document id + trigger span, stable across re-extraction) and the account
  the reconciler compared (``account``, JSON), so a new document is compared
  with stored accounts without reloading their records. ``type`` and
  ``when_earliest``/``when_latest`` are columns because candidate search
  (blocking) filters on them.
- Members, links and reconciled-document marks cascade with their document:
  deleting a document (to re-extract it) takes its derived rows with it.
- **Decisions** (a person's merge or split) reference events by key only and
  have no foreign key, so they outlive the rows they were made on and are
  applied again when the documents are re-extracted and reconciled.
- Clusters keep a summary (type, interval, place, actors, fatalities, counts)
  so that listings and filters need no join over members.
- A cluster's id is what people keep (a bookmarked ``/events/ID``, a note):
  re-extraction places the documents' events again, which opens new clusters,
  so :func:`pending_cluster_keys` and :func:`keep_cluster_ids` give a cluster
  back its id when it holds exactly the accounts (event keys, the key cluster
  decisions use) it held before; :func:`cluster_ids_kept` does the same around
  a rebuild of every cluster.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, Session, mapped_column

from historiograph.errors import StoreError
from historiograph.store.engine import WRITE
from historiograph.store.schema import DOCUMENT_ID, Base, JsonText, UtcDateTime

if TYPE_CHECKING:  # store.py imports schema, which imports this module
    from historiograph.store.store import Store

CLUSTER_ID = "event_clusters.id"
_CHUNK = 500  # ids per IN (...): far below every database's limit on bound parameters


class EventClusterRow(Base):
    __tablename__ = "event_clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    type: Mapped[str] = mapped_column(String, index=True)
    label: Mapped[str] = mapped_column(Text)
    when_earliest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    when_latest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(Text)
    actors: Mapped[list[str]] = mapped_column(JsonText)
    documents: Mapped[int] = mapped_column(Integer)
    accounts: Mapped[int] = mapped_column(Integer)
    fatalities: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    conflicts: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class ClusterMemberRow(Base):
    __tablename__ = "cluster_members"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    event_key: Mapped[str] = mapped_column(String, unique=True)
    cluster_id: Mapped[int] = mapped_column(ForeignKey(CLUSTER_ID, ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String, index=True)
    when_earliest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    when_latest: Mapped[dt.date | None] = mapped_column(Date, index=True)
    account: Mapped[dict[str, Any]] = mapped_column(JsonText)
    score: Mapped[float | None] = mapped_column(Float)
    linked_to: Mapped[str | None] = mapped_column(String)
    via: Mapped[str] = mapped_column(String)


class ClusterLinkRow(Base):
    """Feature scores of one compared pair: every link, and each account's best near misses."""

    __tablename__ = "cluster_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    document_a: Mapped[str] = mapped_column(ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), index=True)
    key_a: Mapped[str] = mapped_column(String, index=True)
    document_b: Mapped[str] = mapped_column(ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), index=True)
    key_b: Mapped[str] = mapped_column(String, index=True)
    type_score: Mapped[float] = mapped_column(Float)
    time_score: Mapped[float | None] = mapped_column(Float)
    place_score: Mapped[float | None] = mapped_column(Float)
    actors_score: Mapped[float | None] = mapped_column(Float)
    text_score: Mapped[float | None] = mapped_column(Float)
    total: Mapped[float] = mapped_column(Float)
    linked: Mapped[bool] = mapped_column(Boolean)


class ClusterConflictRow(Base):
    __tablename__ = "cluster_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    cluster_id: Mapped[int] = mapped_column(ForeignKey(CLUSTER_ID, ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String, index=True)
    severity: Mapped[float] = mapped_column(Float, index=True)
    level: Mapped[str] = mapped_column(String)
    summary: Mapped[str] = mapped_column(Text)
    side_a: Mapped[dict[str, Any]] = mapped_column(JsonText)
    side_b: Mapped[dict[str, Any]] = mapped_column(JsonText)


class ClusterDecisionRow(Base):
    """A person's merge (``keys_a`` and ``keys_b`` together) or split (``keys_a`` apart)."""

    __tablename__ = "cluster_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, init=False)
    action: Mapped[str] = mapped_column(String)
    keys_a: Mapped[list[str]] = mapped_column(JsonText)
    keys_b: Mapped[list[str]] = mapped_column(JsonText)
    note: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    reviewer: Mapped[str | None] = mapped_column(String, default=None)  # migration r0006


class ReconciledDocumentRow(Base):
    """A document whose events have been placed in clusters (so it is not placed again)."""

    __tablename__ = "reconciled_documents"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(DOCUMENT_ID, ondelete="CASCADE"), primary_key=True
    )
    accounts: Mapped[int] = mapped_column(Integer)
    reconciled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


@contextmanager
def cluster_session(store: Store, *, write: bool = False) -> Iterator[Session]:
    """One transaction on the store's database, as :class:`Store` opens them.

    A writing session takes SQLite's write lock at ``BEGIN``, so two ingests
    reconciling at once queue instead of failing half-way; database errors
    become :class:`~historiograph.errors.StoreError`.
    """
    try:
        with store.engine.connect() as connection:
            if write:
                connection.execution_options(**{WRITE: True})
            with Session(connection) as session, session.begin():
                yield session
    except SQLAlchemyError as exc:
        orig = getattr(exc, "orig", None)
        reason = str(orig) if orig is not None else str(exc).split("\n", 1)[0]
        raise StoreError(f"database error in event clusters: {reason}") from exc


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _keys_of(session: Session, clusters: Sequence[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {}
    for chunk in _chunks(clusters):
        query = select(ClusterMemberRow.cluster_id, ClusterMemberRow.event_key).where(
            ClusterMemberRow.cluster_id.in_(chunk)
        )
        for cluster, key in session.execute(query):
            found.setdefault(cluster, set()).add(key)
    return {cluster: frozenset(keys) for cluster, keys in found.items()}


def pending_cluster_keys(store: Store) -> dict[int, frozenset[str]]:
    """The event keys of every cluster holding an event of a document not reconciled yet.

    Taken before such documents are placed again (after re-extraction), to be
    handed to :func:`keep_cluster_ids` once they are.
    """
    with cluster_session(store) as session:
        done = select(ReconciledDocumentRow.document_id)
        pending = select(ClusterMemberRow.cluster_id).where(
            ClusterMemberRow.document_id.not_in(done)
        )
        return _keys_of(session, sorted(set(session.scalars(pending.distinct()))))


def all_cluster_keys(store: Store) -> dict[int, frozenset[str]]:
    """The event keys of every cluster: what a rebuild of all clusters is about to drop."""
    with cluster_session(store) as session:
        return _keys_of(session, sorted(session.scalars(select(EventClusterRow.id))))


@contextmanager
def cluster_ids_kept(store: Store) -> Iterator[None]:
    """Around a rebuild of every cluster (``historiograph cluster rebuild``): a cluster
    that holds the same accounts afterwards gets its old id back.

    A rebuild drops every cluster and places all events again, numbering the
    clusters in the order it meets them; a split or a merge made since they were
    first placed changes that order, and every bookmark would move.
    """
    before = all_cluster_keys(store)
    yield
    keep_cluster_ids(store, before)


def keep_cluster_ids(store: Store, before: Mapping[int, frozenset[str]]) -> None:
    """Give a cluster that holds exactly the event keys of one in ``before`` that one's id.

    An id is given back when no cluster holds it, or when the cluster holding it
    gets its own old id back too (a rebuild numbers every cluster afresh, so ids
    trade places); an id held by a cluster that stays is never taken, so no two
    clusters share one. A cluster whose accounts changed (an event found or lost,
    a merge) keeps its new id, since it is not the event that was bookmarked. The
    rows and everything pointing at them (members, conflicts) move in one
    transaction: first out of the way to free ids, then to their old ones.
    """
    wanted = {keys: cluster for cluster, keys in before.items()}
    with cluster_session(store, write=True) as session:
        keys = sorted(set().union(*before.values()))
        now: set[int] = set()
        for chunk in _chunks(keys):
            query = select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.event_key.in_(chunk))
            now.update(session.scalars(query))
        moves = {
            cluster: target
            for cluster, members in _keys_of(session, sorted(now)).items()
            if (target := wanted.get(members)) is not None and target != cluster
        }
        holders: set[int] = set()
        for chunk in _chunks(sorted(set(moves.values()))):
            query = select(EventClusterRow.id).where(EventClusterRow.id.in_(chunk))
            holders.update(session.scalars(query))
        while blocked := {c for c, t in moves.items() if t in holders and t not in moves}:
            for cluster in blocked:  # its id is held by a cluster that stays: it stays too
                del moves[cluster]
        free = (session.scalar(select(func.max(EventClusterRow.id))) or 0) + 1
        parked: dict[int, int] = {}
        for offset, (cluster, target) in enumerate(sorted(moves.items())):
            _renumber(session, cluster, free + offset)
            parked[free + offset] = target
        for cluster, target in parked.items():
            _renumber(session, cluster, target)


def _renumber(session: Session, cluster: int, target: int) -> None:
    """Move a cluster to the free id ``target``: copied, its rows repointed, the original dropped.

    A copy rather than an update of the key, since members and conflicts point
    at the row and foreign keys are checked at once (SQLite, PostgreSQL alike).
    """
    table = cast(Table, EventClusterRow.__table__)
    row = dict(session.execute(select(table).where(table.c.id == cluster)).mappings().one())
    session.execute(insert(table).values({**row, "id": target}))
    for child in (ClusterMemberRow, ClusterConflictRow):
        session.execute(update(child).where(child.cluster_id == cluster).values(cluster_id=target))
    session.execute(delete(table).where(table.c.id == cluster))
