"""A person's corrections to event clusters from the workbench: merge, split, and their undoing.

The reconcile stage carries each change out (:func:`~historiograph.reconcile.merge_clusters`,
:func:`~historiograph.reconcile.split_cluster`) and keeps it as a decision on
stable event keys, so that it outlives re-extraction. The decisions table is
the audit log of cluster changes: what was joined or kept apart, who decided,
when, and the note.

Undoing a change is a change too, logged like any other: a merge is undone by
splitting the merged events out again, a split by merging the two parts back.
The undo keeps what the person said last (that the events are apart, or
together) rather than handing them back to the automatic clustering, because
that is what "revert" means to the person who clicked it.
"""

from __future__ import annotations

from collections import Counter
from typing import Literal

from sqlalchemy import func, select

from historiograph.api.errors import CONFLICT, NOT_FOUND
from historiograph.api.schemas import ClusterChange, ClusterDecisionOut, Page
from historiograph.errors import UsageError
from historiograph.reconcile import merge_clusters, split_cluster
from historiograph.store import Store
from historiograph.store.clusters import ClusterDecisionRow, ClusterMemberRow, cluster_session

MAX_NOTE = 1000


def _decisions(store: Store, ids: list[int]) -> list[ClusterDecisionOut]:
    """The decisions a change just made, in the order it made them."""
    query = (
        select(ClusterDecisionRow)
        .where(ClusterDecisionRow.id.in_(ids))
        .order_by(ClusterDecisionRow.id)
    )
    with cluster_session(store) as session:
        return [_out(row) for row in session.scalars(query)]


def _out(row: ClusterDecisionRow) -> ClusterDecisionOut:
    action: Literal["merge", "split"] = "merge" if row.action == "merge" else "split"
    return ClusterDecisionOut(
        id=row.id,
        action=action,
        keys_a=row.keys_a,
        keys_b=row.keys_b,
        note=row.note,
        reviewer=row.reviewer,
        decided_at=row.decided_at,
    )


def merge(store: Store, into: int, other: int, *, reviewer: str, note: str | None) -> ClusterChange:
    """Merge cluster ``other`` into ``into``: their events are one event."""
    decision = merge_clusters(store, into, other, note=note, reviewer=reviewer)
    return ClusterChange(decisions=_decisions(store, [decision.id]), clusters=[into])


def split(
    store: Store, cluster: int, events: list[str], *, reviewer: str, note: str | None
) -> ClusterChange:
    """Move ``events`` (event keys or ``DOCPREFIX:EVENT`` refs) out of ``cluster`` to a new one."""
    decision = split_cluster(store, cluster, events, note=note, reviewer=reviewer)
    return ClusterChange(
        decisions=_decisions(store, [decision.id]), clusters=[cluster, decision.cluster]
    )


def decisions(store: Store, *, limit: int, offset: int) -> Page[ClusterDecisionOut]:
    """Every merge and split, newest first, a page at a time."""
    query = (
        select(ClusterDecisionRow)
        .order_by(ClusterDecisionRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with cluster_session(store) as session:
        items = [_out(row) for row in session.scalars(query)]
        total = session.scalar(select(func.count()).select_from(ClusterDecisionRow)) or 0
    return Page(items=items, total=total, limit=limit, offset=offset)


def revert(store: Store, decision_id: int, *, reviewer: str) -> ClusterChange:
    """Undo decision ``decision_id`` where its events stand now; the undo is a decision too.

    A 409 when there is nothing to undo: the merged events are already apart,
    or the split ones already together (or no longer clustered).
    """
    with cluster_session(store) as session:
        row = session.get(ClusterDecisionRow, decision_id)
        if row is None:
            raise UsageError(f"no cluster decision {decision_id}", code=NOT_FOUND)
        action, keys_a, keys_b = row.action, list(row.keys_a), list(row.keys_b)
        members = select(ClusterMemberRow.event_key, ClusterMemberRow.cluster_id).where(
            ClusterMemberRow.event_key.in_(keys_a + keys_b)
        )
        where = {key: cluster for key, cluster in session.execute(members)}
    note = f"reverts decision #{decision_id}"
    if action == "merge":
        made = _unmerge(store, where, keys_a, keys_b, note, reviewer, decision_id)
    else:
        made = _unsplit(store, where, keys_a, keys_b, note, reviewer, decision_id)
    clusters = list(dict.fromkeys(c for _, found in made for c in found))
    return ClusterChange(decisions=_decisions(store, [d for d, _ in made]), clusters=clusters)


def _unmerge(
    store: Store,
    where: dict[str, int],
    kept: list[str],
    merged: list[str],
    note: str,
    reviewer: str,
    decision_id: int,
) -> list[tuple[int, list[int]]]:
    """Split the merged events out of each cluster they share with the events they joined."""
    shared = {where[k] for k in kept if k in where}
    moving: dict[int, list[str]] = {}
    for key in merged:
        if where.get(key) in shared:
            moving.setdefault(where[key], []).append(key)
    if not moving:
        raise UsageError(
            f"nothing to revert: the events decision #{decision_id} merged are apart already",
            code=CONFLICT,
        )
    made = []
    for cluster, keys in sorted(moving.items()):
        decision = split_cluster(store, cluster, keys, note=note, reviewer=reviewer)
        made.append((decision.id, [cluster, decision.cluster]))
    return made


def _unsplit(
    store: Store,
    where: dict[str, int],
    moved: list[str],
    stayed: list[str],
    note: str,
    reviewer: str,
    decision_id: int,
) -> list[tuple[int, list[int]]]:
    """Merge the clusters holding the moved events into the one holding most that stayed."""
    staying = Counter(where[k] for k in stayed if k in where)
    if not staying:
        raise UsageError(
            f"nothing to revert: the events decision #{decision_id} kept are no longer clustered",
            code=CONFLICT,
        )
    into = staying.most_common(1)[0][0]
    others = sorted({where[k] for k in moved if k in where} - {into})
    if not others:
        raise UsageError(
            f"nothing to revert: the events decision #{decision_id} split are together already",
            code=CONFLICT,
        )
    return [
        (merge_clusters(store, into, other, note=note, reviewer=reviewer).id, [into])
        for other in others
    ]
