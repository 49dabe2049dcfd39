"""Reconciling the store: place a document's events in clusters, and apply a person's decisions.

:func:`reconcile_document` is the incremental step, meant to run right after a
document is stored: it compares the document's accounts only with stored
accounts that blocking lets through (compatible type, dates within
``time.max_gap_days``, plus any partner a decision names), places them, stores
the links with their feature scores, and recomputes the summary and conflicts
of the clusters it touched. Running it again for the same document replaces
what it did before, so it is safe to repeat. :func:`reconcile_pending` does
it for every stored document not yet reconciled; :func:`rebuild` starts over.

:func:`merge_clusters` and :func:`split_cluster` record a person's decision
against stable event keys (document id + trigger span) before applying it, so
the decision is applied again whenever the documents are re-extracted and
reconciled, and outlives every row id.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from historiograph.errors import StoreError, UsageError
from historiograph.reconcile.accounts import Account, accounts_from_record, parse_event_key
from historiograph.reconcile.clustering import Clusterer, Constraints, Link
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import Settings, load_settings
from historiograph.reconcile.similarity import TextSimilarity, make_similarity
from historiograph.store import Store
from historiograph.store.clusters import (
    ClusterConflictRow,
    ClusterDecisionRow,
    ClusterLinkRow,
    ClusterMemberRow,
    EventClusterRow,
    ReconciledDocumentRow,
    cluster_session,
)
from historiograph.store.schema import DocumentRow


class ClusterNotFoundError(StoreError):
    code = "E310"


class DecisionError(UsageError):
    """A merge or split that cannot be carried out as asked."""

    code = "E410"


@dataclass
class Reconciler:
    """Settings and the text-similarity backend, made once and shared by every call."""

    settings: Settings = field(default_factory=load_settings)
    similarity: TextSimilarity | None = None
    # Stored accounts already parsed, by event key: a batch seeds the same accounts
    # for document after document. A key's account changes only when its document is
    # re-extracted, and reconcile_document drops that document's keys first.
    accounts: dict[str, Account] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.similarity is None:
            self.similarity = make_similarity(self.settings)

    @property
    def text_similarity(self) -> TextSimilarity:
        assert self.similarity is not None
        return self.similarity


@dataclass
class ReconcileResult:
    """What reconciling one document did."""

    document: str
    accounts: int = 0
    joined: int = 0
    new_clusters: int = 0
    clusters: list[int] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)  # clusters whose summary needs refreshing


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def reconcile_document(
    store: Store, doc_id: str, *, reconciler: Reconciler | None = None, refresh: bool = True
) -> ReconcileResult:
    """Place the events of stored document ``doc_id`` (id or unique prefix) in event clusters.

    With ``refresh`` false the touched clusters' summaries and conflicts are not
    recomputed; the caller must pass ``result.touched`` to :func:`refresh_clusters`
    (a batch refreshes each cluster once, not once per document).
    """
    reconciler = reconciler or Reconciler()
    settings = reconciler.settings
    record = store.get_record(doc_id)
    doc_id = record.document.id
    accounts = accounts_from_record(record, settings)
    result = ReconcileResult(document=doc_id, accounts=len(accounts))
    prefix = doc_id + "@"
    for key in [k for k in reconciler.accounts if k.startswith(prefix)]:
        del reconciler.accounts[key]
    with cluster_session(store, write=True) as session:
        touched = _forget(session, [doc_id])
        new_ids = itertools.count(-1, -1)
        clusterer = Clusterer(
            settings,
            reconciler.text_similarity,
            constraints=_constraints(session, accounts),
            new_id=lambda: next(new_ids),
        )
        seeded = _seed(session, clusterer, accounts, settings, reconciler.accounts)
        placements = [(a, clusterer.add(a)) for a in accounts]
        real: dict[int, int] = {}
        for cluster in {clusterer.cluster_of[a.key] for a in accounts}:
            if cluster < 0:
                row = _empty_cluster(accounts[0].type)
                session.add(row)
                session.flush()
                real[cluster] = row.id
                result.new_clusters += 1
        for key, cluster in seeded.items():
            now = clusterer.cluster_of[key]
            if now != cluster:
                member = session.scalar(
                    select(ClusterMemberRow).where(ClusterMemberRow.event_key == key)
                )
                if member is not None:
                    member.cluster_id = real.get(now, now)
                touched |= {cluster, now}
        for account, placement in placements:
            cluster = clusterer.cluster_of[account.key]
            cluster = real.get(cluster, cluster)
            if placement.via == "link" and placement.cluster >= 0:
                result.joined += 1
            session.add(
                _member_row(account, cluster, placement.via, placement.partner, placement.score)
            )
            touched.add(cluster)
        session.flush()
        session.add_all(_link_rows(clusterer.links, clusterer.accounts))
        session.merge(
            ReconciledDocumentRow(document_id=doc_id, accounts=len(accounts), reconciled_at=_now())
        )
        session.flush()
        result.touched = {c for c in touched if c > 0}
        if refresh:
            _refresh(session, touched, settings)
        result.clusters = sorted(c for c in touched if c > 0 and _exists(session, c))
    return result


def refresh_clusters(
    store: Store, clusters: Iterable[int], *, reconciler: Reconciler | None = None
) -> None:
    """Recompute the summaries and conflicts of these clusters (see ``refresh=False``)."""
    settings = (reconciler or Reconciler()).settings
    with cluster_session(store, write=True) as session:
        _refresh(session, clusters, settings)


def reconcile_pending(
    store: Store, *, reconciler: Reconciler | None = None
) -> list[ReconcileResult]:
    """Reconcile every stored document not reconciled yet, in the order they were stored."""
    with cluster_session(store) as session:
        done = select(ReconciledDocumentRow.document_id)
        pending = session.scalars(
            select(DocumentRow.id).where(DocumentRow.id.not_in(done)).order_by(DocumentRow.pk)
        ).all()
    if not pending:
        return []
    reconciler = reconciler or Reconciler()
    results = [
        reconcile_document(store, doc, reconciler=reconciler, refresh=False) for doc in pending
    ]
    touched = set().union(*(r.touched for r in results))
    refresh_clusters(store, touched, reconciler=reconciler)
    with cluster_session(store) as session:
        for result in results:
            result.clusters = [c for c in result.clusters if _exists(session, c)]
    return results


def rebuild(store: Store, *, reconciler: Reconciler | None = None) -> list[ReconcileResult]:
    """Forget every cluster (decisions stay) and reconcile all documents again."""
    with cluster_session(store, write=True) as session:
        for table in (ClusterLinkRow, ClusterMemberRow, EventClusterRow, ReconciledDocumentRow):
            session.execute(delete(table))
    return reconcile_pending(store, reconciler=reconciler)


def merge_clusters(
    store: Store,
    into: int,
    other: int,
    *,
    note: str | None = None,
    settings: Settings | None = None,
) -> int:
    """Merge cluster ``other`` into ``into`` (returned); the decision is kept by event key."""
    if into == other:
        raise DecisionError(f"cannot merge cluster {into} with itself")
    settings = settings or load_settings()
    with cluster_session(store, write=True) as session:
        keys_a = _member_keys(session, into)
        keys_b = _member_keys(session, other)
        session.add(
            ClusterDecisionRow(
                action="merge", keys_a=keys_a, keys_b=keys_b, note=note, decided_at=_now()
            )
        )
        for member in session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.cluster_id == other)
        ):
            member.cluster_id = into
            member.via = "decision"
        session.flush()
        _refresh(session, {into, other}, settings)
    return into


def split_cluster(
    store: Store,
    cluster: int,
    events: Sequence[str],
    *,
    note: str | None = None,
    settings: Settings | None = None,
) -> int:
    """Move ``events`` (keys or ``DOCPREFIX:EVENT`` refs) out of ``cluster`` into a new one.

    The decision keeps the moved events apart from those that stay; returns the new cluster id.
    """
    settings = settings or load_settings()
    with cluster_session(store, write=True) as session:
        members = session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.cluster_id == cluster)
        ).all()
        if not members:
            raise ClusterNotFoundError(f"no event cluster {cluster} in the store")
        moved = {_resolve_ref(ref, members).event_key for ref in events}
        staying = [m.event_key for m in members if m.event_key not in moved]
        if not staying:
            raise DecisionError("a split must leave at least one event in the cluster")
        session.add(
            ClusterDecisionRow(
                action="split", keys_a=sorted(moved), keys_b=staying, note=note, decided_at=_now()
            )
        )
        row = _empty_cluster(members[0].type)
        session.add(row)
        session.flush()
        for member in members:
            if member.event_key in moved:
                member.cluster_id = row.id
                member.via = "decision"
        session.flush()
        _refresh(session, {cluster, row.id}, settings)
        return row.id


def member_ref(member_key: str, event_id: str) -> str:
    """The short reference of a member shown to people: document prefix and event id."""
    doc_id, _ = parse_event_key(member_key)
    return f"{doc_id.removeprefix('sha256:')[:8]}:{event_id}"


# -- internals -----------------------------------------------------------------------------------


def _resolve_ref(ref: str, members: Sequence[ClusterMemberRow]) -> ClusterMemberRow:
    for member in members:
        if ref == member.event_key or ref == member_ref(member.event_key, member.event_id):
            return member
    prefix, _, event_id = ref.partition(":")
    found = [
        m
        for m in members
        if m.event_id == event_id and m.document_id.removeprefix("sha256:").startswith(prefix)
    ]
    if len(found) != 1:
        shown = ", ".join(member_ref(m.event_key, m.event_id) for m in members)
        raise DecisionError(f"{ref!r} names no single event of this cluster (members: {shown})")
    return found[0]


def _member_keys(session: Session, cluster: int) -> list[str]:
    keys = list(
        session.scalars(
            select(ClusterMemberRow.event_key).where(ClusterMemberRow.cluster_id == cluster)
        )
    )
    if not keys:
        raise ClusterNotFoundError(f"no event cluster {cluster} in the store")
    return keys


def _exists(session: Session, cluster: int) -> bool:
    return session.get(EventClusterRow, cluster) is not None


def _empty_cluster(event_type: str) -> EventClusterRow:
    return EventClusterRow(
        type=event_type,
        label="",
        when_earliest=None,
        when_latest=None,
        place=None,
        actors=[],
        documents=0,
        accounts=0,
        fatalities=None,
        conflicts=0,
        updated_at=_now(),
    )


def _forget(session: Session, documents: Iterable[str]) -> set[int]:
    """Remove the documents' members and links; the clusters they were in."""
    documents = list(documents)
    touched = set(
        session.scalars(
            select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.document_id.in_(documents))
        )
    )
    session.execute(delete(ClusterMemberRow).where(ClusterMemberRow.document_id.in_(documents)))
    session.execute(
        delete(ClusterLinkRow).where(
            or_(ClusterLinkRow.document_a.in_(documents), ClusterLinkRow.document_b.in_(documents))
        )
    )
    return touched


def _constraints(session: Session, accounts: Sequence[Account]) -> Constraints:
    """Every decision, replayed in order, with keys matched to today's events.

    A key from an older extraction whose trigger span moved a little still
    names the event whose trigger overlaps it in the same document.
    """
    constraints = Constraints()
    known = [a.key for a in accounts] + list(session.scalars(select(ClusterMemberRow.event_key)))
    for decision in session.scalars(select(ClusterDecisionRow).order_by(ClusterDecisionRow.id)):
        keys_a = [_current_key(k, known) for k in decision.keys_a]
        keys_b = [_current_key(k, known) for k in decision.keys_b]
        if decision.action == "merge":
            constraints.together(keys_a, keys_b)
        else:
            constraints.apart(keys_a, keys_b)
            constraints.together(keys_a, keys_a)
    return constraints


def _current_key(key: str, known: Sequence[str]) -> str:
    if key in known:
        return key
    doc_id, (start, end) = parse_event_key(key)
    for candidate in known:
        other_doc, (s, e) = parse_event_key(candidate)
        if other_doc == doc_id and s < end and start < e:
            return candidate
    return key


def _seed(
    session: Session,
    clusterer: Clusterer,
    accounts: Sequence[Account],
    settings: Settings,
    parsed: dict[str, Account],
) -> dict[str, int]:
    """Load the stored accounts that blocking lets through into ``clusterer``."""
    if not accounts:
        return {}
    types = set().union(*(settings.compatible_types(a.type) for a in accounts))
    intervals = [a.interval for a in accounts]
    query = select(ClusterMemberRow).where(ClusterMemberRow.type.in_(types))
    if all(i is not None for i in intervals):
        gap = dt.timedelta(days=settings.time.max_gap_days)
        start = min(i[0] for i in intervals if i is not None) - gap
        end = max(i[1] for i in intervals if i is not None) + gap
        query = query.where(
            or_(
                ClusterMemberRow.when_earliest.is_(None),
                ClusterMemberRow.when_latest.is_(None),
                (ClusterMemberRow.when_latest >= start) & (ClusterMemberRow.when_earliest <= end),
            )
        )
    partners = {p for a in accounts for p in clusterer.constraints.must.get(a.key, ())}
    rows = list(session.scalars(query))
    if partners:
        rows += session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.event_key.in_(partners))
        )
    seeded: dict[str, int] = {}
    for row in sorted(rows, key=lambda r: (r.cluster_id, r.event_key)):
        if row.event_key not in seeded:
            account = parsed.get(row.event_key)
            if account is None:
                account = parsed[row.event_key] = Account.model_validate(row.account)
            clusterer.seed(account, row.cluster_id)
            seeded[row.event_key] = row.cluster_id
    return seeded


def _member_row(
    account: Account, cluster: int, via: str, partner: str | None, score: float | None
) -> ClusterMemberRow:
    return ClusterMemberRow(
        document_id=account.document,
        event_id=account.event,
        event_key=account.key,
        cluster_id=cluster,
        type=account.type,
        when_earliest=account.earliest,
        when_latest=account.latest,
        account=account.model_dump(mode="json"),
        score=score,
        linked_to=partner,
        via=via,
    )


def _link_rows(links: Sequence[Link], accounts: dict[str, Account]) -> list[ClusterLinkRow]:
    return [
        ClusterLinkRow(
            document_a=accounts[link.a].document,
            key_a=link.a,
            document_b=accounts[link.b].document,
            key_b=link.b,
            type_score=link.scores.type,
            time_score=link.scores.time,
            place_score=link.scores.place,
            actors_score=link.scores.actors,
            text_score=link.scores.text,
            total=link.scores.total,
            linked=link.scores.linked,
        )
        for link in links
    ]


def _refresh(session: Session, clusters: Iterable[int], settings: Settings) -> None:
    """Recompute each cluster's summary and conflicts from its members; drop empty clusters."""
    for cluster_id in {c for c in clusters if c > 0}:
        row = session.get(EventClusterRow, cluster_id)
        if row is None:
            continue
        members = session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.cluster_id == cluster_id)
        ).all()
        session.execute(
            delete(ClusterConflictRow).where(ClusterConflictRow.cluster_id == cluster_id)
        )
        if not members:
            session.delete(row)
            continue
        accounts = [Account.model_validate(m.account) for m in members]
        accounts.sort(key=lambda a: (a.published or dt.date.max, a.document, a.span[0]))
        comparison = compare(accounts, settings)
        row.type = comparison.type
        row.label = comparison.label
        row.when_earliest = comparison.earliest
        row.when_latest = comparison.latest
        row.place = comparison.place
        row.actors = comparison.actors
        row.documents = len(comparison.accounts)
        row.accounts = len(accounts)
        row.fatalities = (
            None
            if comparison.fatalities is None
            else comparison.fatalities.model_dump(mode="json", include={"low", "best", "high"})
        )
        row.conflicts = len(comparison.conflicts)
        row.updated_at = _now()
        session.add_all(
            ClusterConflictRow(
                cluster_id=cluster_id,
                field=c.field,
                severity=c.severity,
                level=c.level,
                summary=c.summary,
                side_a=c.a.model_dump(mode="json"),
                side_b=c.b.model_dump(mode="json"),
            )
            for c in comparison.conflicts
        )
