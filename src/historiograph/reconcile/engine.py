"""Reconciling the store: place documents' events in clusters, and apply a person's decisions.

:func:`reconcile_pending` places the events of every stored document not yet
reconciled, a batch of documents per transaction: their accounts are compared
only with stored accounts that blocking lets through (compatible type, dates
within ``time.max_gap_days`` of one of the batch's accounts, plus any partner a
decision names) and with each other, in the order the documents were stored, so
the result is the one placing them one at a time would give. The links are
stored with their feature scores, and the summary and conflicts of every
cluster the batch touched are recomputed once. The work per batch grows with
the batch and the stored accounts near it in time, not with the corpus.
:func:`reconcile_document` does the same for one document, replacing what was
done for it before, so it is safe to repeat; :func:`rebuild` starts over.

One reconciler writes clusters at a time: placing reads the clusters, decides and
writes, and two processes doing that at once would each open a cluster for the
same event, or insert the same member twice. On SQLite the write transaction
(``BEGIN IMMEDIATE``) already excludes other writers; on PostgreSQL a
transaction-scoped advisory lock does, and pending documents are chosen after the
lock is held, so a document that another ingest just reconciled is not placed again.

:func:`merge_clusters` and :func:`split_cluster` record a person's decision
against stable event keys (document id + trigger span) before applying it, so
the decision is applied again whenever the documents are re-extracted and
reconciled, and outlives every row id.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, delete, insert, or_, select, text, update
from sqlalchemy.orm import Session

from historiograph.errors import StoreError, UsageError
from historiograph.reconcile.accounts import Account, accounts_from_record, parse_event_key
from historiograph.reconcile.clustering import Clusterer, Constraints, Link, Placement
from historiograph.reconcile.compare import compare
from historiograph.reconcile.settings import Settings, load_settings
from historiograph.reconcile.similarity import TextSimilarity, make_similarity
from historiograph.record import Record
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
from historiograph.store.rows import load_record
from historiograph.store.schema import Base, DocumentRow

BATCH_DOCUMENTS = 200
"""Documents placed per transaction by :func:`reconcile_pending` (a crash loses one batch)."""

CACHED_ACCOUNTS = 200_000
"""Parsed stored accounts a :class:`Reconciler` keeps (about 1 KB each) before starting afresh."""

RECONCILE_LOCK = 0x68697374_6F726967
"""PostgreSQL advisory lock key held by the transaction that writes clusters."""

_CHUNK = 500  # values per ``IN (...)``: well under every driver's parameter limit


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
    # Stored accounts already parsed, by document then event key: batch after batch
    # seeds many of the same accounts. A document's accounts change only when it is
    # re-extracted, and placing a document drops its entry first.
    accounts: dict[str, dict[str, Account]] = field(default_factory=dict)
    cached: int = 0

    def __post_init__(self) -> None:
        if self.similarity is None:
            self.similarity = make_similarity(self.settings)

    @property
    def text_similarity(self) -> TextSimilarity:
        assert self.similarity is not None
        return self.similarity

    def cached_account(self, key: str) -> Account | None:
        document, _ = parse_event_key(key)
        return self.accounts.get(document, {}).get(key)

    def remember(self, account: Account) -> None:
        if self.cached >= CACHED_ACCOUNTS:
            self.accounts.clear()
            self.cached = 0
        self.accounts.setdefault(account.document, {})[account.key] = account
        self.cached += 1

    def forget(self, documents: Iterable[str]) -> None:
        for document in documents:
            self.cached -= len(self.accounts.pop(document, {}))


@dataclass
class ReconcileResult:
    """What reconciling one document did."""

    document: str
    accounts: int = 0
    joined: int = 0  # accounts that joined a cluster this document did not open
    new_clusters: int = 0
    clusters: list[int] = field(default_factory=list)  # the clusters its accounts are in


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def reconcile_document(
    store: Store, doc_id: str, *, reconciler: Reconciler | None = None
) -> ReconcileResult:
    """Place the events of stored document ``doc_id`` (id or unique prefix) in event clusters."""
    record = store.get_record(doc_id)
    with cluster_session(store, write=True) as session:
        _serialize(session)
        (result,) = _place(session, [record], reconciler or Reconciler())
    return result


def reconcile_pending(
    store: Store, *, reconciler: Reconciler | None = None, batch: int = BATCH_DOCUMENTS
) -> list[ReconcileResult]:
    """Reconcile every stored document not reconciled yet, in the order they were stored."""
    reconciler = reconciler or Reconciler()
    results: list[ReconcileResult] = []
    while True:
        with cluster_session(store, write=True) as session:
            _serialize(session)
            done = select(ReconciledDocumentRow.document_id)
            documents = session.scalars(
                select(DocumentRow)
                .where(DocumentRow.id.not_in(done))
                .order_by(DocumentRow.pk)
                .limit(batch)
            ).all()
            if not documents:
                return results
            records = [load_record(session, document) for document in documents]
            results += _place(session, records, reconciler)


def rebuild(store: Store, *, reconciler: Reconciler | None = None) -> list[ReconcileResult]:
    """Forget every cluster (decisions stay) and reconcile all documents again."""
    with cluster_session(store, write=True) as session:
        _serialize(session)
        for table in (ClusterLinkRow, ClusterMemberRow, EventClusterRow, ReconciledDocumentRow):
            session.execute(delete(table))
    return reconcile_pending(store, reconciler=reconciler)


@dataclass(frozen=True)
class Decision:
    """A recorded merge or split: the decision's id, and the cluster it left the events in."""

    id: int
    cluster: int  # merge: the cluster kept; split: the new cluster


def merge_clusters(
    store: Store,
    into: int,
    other: int,
    *,
    note: str | None = None,
    reviewer: str | None = None,
    settings: Settings | None = None,
) -> Decision:
    """Merge cluster ``other`` into ``into``; the decision is kept by event key."""
    if into == other:
        raise DecisionError(f"cannot merge cluster {into} with itself")
    settings = settings or load_settings()
    with cluster_session(store, write=True) as session:
        _serialize(session)
        keys_a = _member_keys(session, into)
        keys_b = _member_keys(session, other)
        decision = ClusterDecisionRow(
            action="merge",
            keys_a=keys_a,
            keys_b=keys_b,
            note=note,
            decided_at=_now(),
            reviewer=reviewer,
        )
        session.add(decision)
        for member in session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.cluster_id == other)
        ):
            member.cluster_id = into
            member.via = "decision"
        session.flush()
        _refresh(session, {into, other}, settings)
        return Decision(id=decision.id, cluster=into)


def split_cluster(
    store: Store,
    cluster: int,
    events: Sequence[str],
    *,
    note: str | None = None,
    reviewer: str | None = None,
    settings: Settings | None = None,
) -> Decision:
    """Move ``events`` (keys or ``DOCPREFIX:EVENT`` refs) out of ``cluster`` into a new one.

    The decision keeps the moved events apart from those that stay; the
    returned decision names the new cluster.
    """
    settings = settings or load_settings()
    with cluster_session(store, write=True) as session:
        _serialize(session)
        members = session.scalars(
            select(ClusterMemberRow).where(ClusterMemberRow.cluster_id == cluster)
        ).all()
        if not members:
            raise ClusterNotFoundError(f"no event cluster {cluster} in the store")
        moved = {_resolve_ref(ref, members).event_key for ref in events}
        staying = [m.event_key for m in members if m.event_key not in moved]
        if not staying:
            raise DecisionError("a split must leave at least one event in the cluster")
        decision = ClusterDecisionRow(
            action="split",
            keys_a=sorted(moved),
            keys_b=staying,
            note=note,
            decided_at=_now(),
            reviewer=reviewer,
        )
        session.add(decision)
        row = _empty_cluster(members[0].type)
        session.add(row)
        session.flush()
        for member in members:
            if member.event_key in moved:
                member.cluster_id = row.id
                member.via = "decision"
        session.flush()
        _refresh(session, {cluster, row.id}, settings)
        return Decision(id=decision.id, cluster=row.id)


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


def _table(model: type[Base]) -> Table:
    """The model's table: a Core insert of many rows is one ``executemany``, where the ORM's
    bulk insert of rows with a generated key sends one statement per row."""
    return cast(Table, model.__table__)


def _serialize(session: Session) -> None:
    """Wait until no other transaction writes clusters (see the module's note)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RECONCILE_LOCK})


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _place(
    session: Session, records: Sequence[Record], reconciler: Reconciler
) -> list[ReconcileResult]:
    """Place the records' accounts, one document after the other, and store what was done."""
    settings = reconciler.settings
    told = [(r.document.id, accounts_from_record(r, settings)) for r in records]
    documents = [doc for doc, _ in told]
    accounts = [a for _, found in told for a in found]
    reconciler.forget(documents)
    touched = _forget(session, documents)
    new_ids = itertools.count(-1, -1)
    clusterer = Clusterer(
        settings,
        reconciler.text_similarity,
        constraints=_constraints(session, accounts),
        new_id=lambda: next(new_ids),
    )
    seeded = _seed(session, clusterer, accounts, settings, reconciler)
    placed: list[tuple[str, list[tuple[Account, Placement]]]] = [
        (doc, [(a, clusterer.add(a)) for a in found]) for doc, found in told
    ]
    real = _open_clusters(session, clusterer)
    moved = {
        key: real.get(now, now)
        for key, cluster in seeded.items()
        if (now := clusterer.cluster_of[key]) != cluster
    }
    if moved:
        session.execute(
            update(ClusterMemberRow),
            [
                {
                    "document_id": clusterer.accounts[key].document,
                    "event_id": clusterer.accounts[key].event,
                    "cluster_id": cluster,
                }
                for key, cluster in moved.items()
            ],
        )
        touched |= {seeded[key] for key in moved} | set(moved.values())
    results: list[ReconcileResult] = []
    members: list[dict[str, Any]] = []
    for doc, placements in placed:
        opened = {p.cluster for _, p in placements if p.via == "new"}
        result = ReconcileResult(document=doc, accounts=len(placements), new_clusters=len(opened))
        for account, placement in placements:
            cluster = real[clusterer.cluster_of[account.key]]
            if placement.via == "link" and placement.cluster not in opened:
                result.joined += 1
            members.append(
                _member_row(account, cluster, placement.via, placement.partner, placement.score)
            )
            result.clusters.append(cluster)
            reconciler.remember(account)
        result.clusters = sorted(set(result.clusters))
        touched.update(result.clusters)
        results.append(result)
    if members:
        session.execute(insert(_table(ClusterMemberRow)), members)
    if clusterer.links:
        session.execute(
            insert(_table(ClusterLinkRow)), _link_rows(clusterer.links, clusterer.accounts)
        )
    session.execute(
        insert(ReconciledDocumentRow),
        [
            {"document_id": r.document, "accounts": r.accounts, "reconciled_at": _now()}
            for r in results
        ],
    )
    _refresh(session, touched, settings, reconciler)
    return results


def _open_clusters(session: Session, clusterer: Clusterer) -> dict[int, int]:
    """Store a row for each cluster the clusterer opened; every cluster id to its stored id."""
    ids = {c: c for c, keys in clusterer.members.items() if keys and c > 0}
    opened = [(c, keys) for c, keys in clusterer.members.items() if keys and c < 0]
    rows = [_empty_cluster(clusterer.accounts[min(keys)].type) for _, keys in opened]
    session.add_all(rows)
    session.flush()
    ids.update({c: row.id for (c, _), row in zip(opened, rows, strict=True)})
    return ids


def _forget(session: Session, documents: Sequence[str]) -> set[int]:
    """Remove the documents' members, links and reconciled marks; the clusters they were in."""
    touched: set[int] = set()
    for chunk in _chunks(documents):
        touched.update(
            session.scalars(
                select(ClusterMemberRow.cluster_id).where(ClusterMemberRow.document_id.in_(chunk))
            )
        )
        session.execute(delete(ClusterMemberRow).where(ClusterMemberRow.document_id.in_(chunk)))
        session.execute(
            delete(ClusterLinkRow).where(
                or_(ClusterLinkRow.document_a.in_(chunk), ClusterLinkRow.document_b.in_(chunk))
            )
        )
        session.execute(
            delete(ReconciledDocumentRow).where(ReconciledDocumentRow.document_id.in_(chunk))
        )
    return touched


def _constraints(session: Session, accounts: Sequence[Account]) -> Constraints:
    """Every decision, replayed in order, with keys matched to today's events.

    A key from an older extraction whose trigger span moved a little still
    names the event whose trigger overlaps it in the same document.
    """
    constraints = Constraints()
    decisions = session.scalars(select(ClusterDecisionRow).order_by(ClusterDecisionRow.id)).all()
    if not decisions:
        return constraints
    named = sorted(
        {parse_event_key(k)[0] for d in decisions for k in itertools.chain(d.keys_a, d.keys_b)}
    )
    known: defaultdict[str, set[str]] = defaultdict(set)
    for account in accounts:
        known[account.document].add(account.key)
    for chunk in _chunks(named):
        for document, key in session.execute(
            select(ClusterMemberRow.document_id, ClusterMemberRow.event_key).where(
                ClusterMemberRow.document_id.in_(chunk)
            )
        ):
            known[document].add(key)
    for decision in decisions:
        keys_a = [_current_key(k, known) for k in decision.keys_a]
        keys_b = [_current_key(k, known) for k in decision.keys_b]
        if decision.action == "merge":
            constraints.together(keys_a, keys_b)
        else:
            constraints.apart(keys_a, keys_b)
            constraints.together(keys_a, keys_a)
    return constraints


def _current_key(key: str, known: dict[str, set[str]]) -> str:
    doc_id, (start, end) = parse_event_key(key)
    candidates = known.get(doc_id, set())
    if key in candidates:
        return key
    for candidate in sorted(candidates):
        _, (s, e) = parse_event_key(candidate)
        if s < end and start < e:
            return candidate
    return key


def _windows(
    accounts: Sequence[Account], settings: Settings
) -> dict[frozenset[str], list[tuple[dt.date, dt.date]] | None]:
    """For each set of compatible types, the merged date windows blocking lets through.

    ``None`` means every date: an undated account is compared with every
    account of a compatible type.
    """
    gap = dt.timedelta(days=settings.time.max_gap_days)
    spans: defaultdict[frozenset[str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
    undated: set[frozenset[str]] = set()
    for account in accounts:
        types = settings.compatible_types(account.type)
        interval = account.interval
        if interval is None:
            undated.add(types)
        else:
            spans[types].append((_shift(interval[0], -gap), _shift(interval[1], gap)))
    windows: dict[frozenset[str], list[tuple[dt.date, dt.date]] | None] = dict.fromkeys(undated)
    for types, found in spans.items():
        if types in undated:
            continue
        merged: list[tuple[dt.date, dt.date]] = []
        for start, end in sorted(found):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        windows[types] = merged
    return windows


def _shift(day: dt.date, by: dt.timedelta) -> dt.date:
    """``day + by``, held within the dates Python can represent."""
    try:
        return day + by
    except OverflowError:
        return dt.date.min if by.days < 0 else dt.date.max


def _seed(
    session: Session,
    clusterer: Clusterer,
    accounts: Sequence[Account],
    settings: Settings,
    reconciler: Reconciler,
) -> dict[str, int]:
    """Load the stored accounts that blocking lets through into ``clusterer``."""
    if not accounts:
        return {}
    member = ClusterMemberRow
    conditions: list[ColumnElement[bool]] = []
    for types, windows in _windows(accounts, settings).items():
        condition: ColumnElement[bool] = member.type.in_(sorted(types))
        if windows is not None:
            condition = and_(
                condition,
                or_(
                    member.when_earliest.is_(None),
                    member.when_latest.is_(None),
                    *((member.when_latest >= s) & (member.when_earliest <= e) for s, e in windows),
                ),
            )
        conditions.append(condition)
    query = select(member.event_key, member.cluster_id)
    placed = {key: cluster for key, cluster in session.execute(query.where(or_(*conditions)))}
    partners = sorted(
        {p for a in accounts for p in clusterer.constraints.must.get(a.key, ())} - set(placed)
    )
    for chunk in _chunks(partners):
        rows = session.execute(query.where(member.event_key.in_(chunk)))
        placed.update({key: cluster for key, cluster in rows})
    accounts_by_key = _load_accounts(session, placed, reconciler)
    for key, cluster in sorted(placed.items(), key=lambda item: (item[1], item[0])):
        clusterer.seed(accounts_by_key[key], cluster)
    return placed


def _member_row(
    account: Account, cluster: int, via: str, partner: str | None, score: float | None
) -> dict[str, Any]:
    return {
        "document_id": account.document,
        "event_id": account.event,
        "event_key": account.key,
        "cluster_id": cluster,
        "type": account.type,
        "when_earliest": account.earliest,
        "when_latest": account.latest,
        "account": account.model_dump(mode="json"),
        "score": score,
        "linked_to": partner,
        "via": via,
    }


def _link_rows(links: Sequence[Link], accounts: dict[str, Account]) -> list[dict[str, Any]]:
    return [
        {
            "document_a": accounts[link.a].document,
            "key_a": link.a,
            "document_b": accounts[link.b].document,
            "key_b": link.b,
            "type_score": link.scores.type,
            "time_score": link.scores.time,
            "place_score": link.scores.place,
            "actors_score": link.scores.actors,
            "text_score": link.scores.text,
            "total": link.scores.total,
            "linked": link.scores.linked,
        }
        for link in links
    ]


def _load_accounts(
    session: Session, keys: Iterable[str], reconciler: Reconciler | None
) -> dict[str, Account]:
    """Stored accounts by key, parsed once per reconciler."""
    found: dict[str, Account] = {}
    missing: list[str] = []
    for key in keys:
        account = None if reconciler is None else reconciler.cached_account(key)
        if account is None:
            missing.append(key)
        else:
            found[key] = account
    member = ClusterMemberRow
    for chunk in _chunks(missing):
        for key, data in session.execute(
            select(member.event_key, member.account).where(member.event_key.in_(chunk))
        ):
            found[key] = Account.model_validate(data)
            if reconciler is not None:
                reconciler.remember(found[key])
    return found


def _refresh(
    session: Session,
    clusters: Iterable[int],
    settings: Settings,
    reconciler: Reconciler | None = None,
) -> None:
    """Recompute each cluster's summary and conflicts from its members; drop empty clusters."""
    for chunk in _chunks(sorted({c for c in clusters if c > 0})):
        keys: defaultdict[int, list[str]] = defaultdict(list)
        for cluster_id, key in session.execute(
            select(ClusterMemberRow.cluster_id, ClusterMemberRow.event_key).where(
                ClusterMemberRow.cluster_id.in_(chunk)
            )
        ):
            keys[cluster_id].append(key)
        accounts = _load_accounts(session, itertools.chain(*keys.values()), reconciler)
        session.execute(delete(ClusterConflictRow).where(ClusterConflictRow.cluster_id.in_(chunk)))
        conflicts: list[dict[str, Any]] = []
        for row in session.scalars(select(EventClusterRow).where(EventClusterRow.id.in_(chunk))):
            if not keys[row.id]:
                session.delete(row)
                continue
            told = sorted(
                (accounts[k] for k in keys[row.id]),
                key=lambda a: (a.published or dt.date.max, a.document, a.span[0]),
            )
            comparison = compare(told, settings)
            row.type = comparison.type
            row.label = comparison.label
            row.when_earliest = comparison.earliest
            row.when_latest = comparison.latest
            row.place = comparison.place
            row.actors = comparison.actors
            row.documents = len(comparison.accounts)
            row.accounts = len(told)
            row.fatalities = (
                None
                if comparison.fatalities is None
                else comparison.fatalities.model_dump(mode="json", include={"low", "best", "high"})
            )
            row.conflicts = len(comparison.conflicts)
            row.updated_at = _now()
            conflicts += [
                {
                    "cluster_id": row.id,
                    "field": c.field,
                    "severity": c.severity,
                    "level": c.level,
                    "summary": c.summary,
                    "side_a": c.a.model_dump(mode="json"),
                    "side_b": c.b.model_dump(mode="json"),
                }
                for c in comparison.conflicts
            ]
        if conflicts:
            session.execute(insert(_table(ClusterConflictRow)), conflicts)
