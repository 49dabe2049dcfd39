"""A person's corrections to event clusters from the workbench: merge, split, and their undoing.

The reconcile stage carries each change out (:func:`~historiograph.reconcile.merge_clusters`,
:func:`~historiograph.reconcile.split_cluster`) and keeps it as a decision on
stable event keys, so that it outlives re-extraction. The decisions table is
the audit log of cluster changes: what was joined or kept apart, when, and
the note. It has no reviewer column yet, so the writer's name leads the note
(``"ada: same raid, told a day later"``).

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
from historiograph.api.schemas import ClusterChange, ClusterDecisionOut
from historiograph.errors import UsageError
from historiograph.reconcile import merge_clusters, split_cluster
from historiograph.store import Store
from historiograph.store.clusters import ClusterDecisionRow, ClusterMemberRow, cluster_session

MAX_NOTE = 1000


def _note(reviewer: str, note: str | None) -> str:
    return f"{reviewer}: {note}" if note else reviewer


def _last_decision_id(store: Store) -> int:
    with cluster_session(store) as session:
        return session.scalar(select(func.max(ClusterDecisionRow.id))) or 0


def _decisions_since(store: Store, last: int) -> list[ClusterDecisionOut]:
    """The decisions written after decision ``last`` (the ones a change just made)."""
    query = (
        select(ClusterDecisionRow)
        .where(ClusterDecisionRow.id > last)
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
        decided_at=row.decided_at,
    )


def merge(store: Store, into: int, other: int, *, reviewer: str, note: str | None) -> ClusterChange:
    """Merge cluster ``other`` into ``into``: their events are one event."""
    last = _last_decision_id(store)
    merge_clusters(store, into, other, note=_note(reviewer, note))
    return ClusterChange(decisions=_decisions_since(store, last), clusters=[into])


def split(
    store: Store, cluster: int, events: list[str], *, reviewer: str, note: str | None
) -> ClusterChange:
    """Move ``events`` (event keys or ``DOCPREFIX:EVENT`` refs) out of ``cluster`` to a new one."""
    last = _last_decision_id(store)
    new = split_cluster(store, cluster, events, note=_note(reviewer, note))
    return ClusterChange(decisions=_decisions_since(store, last), clusters=[cluster, new])


def decisions(store: Store, *, limit: int, offset: int) -> list[ClusterDecisionOut]:
    """Every merge and split, newest first."""
    query = (
        select(ClusterDecisionRow)
        .order_by(ClusterDecisionRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with cluster_session(store) as session:
        return [_out(row) for row in session.scalars(query)]


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
    note = _note(reviewer, f"reverts decision #{decision_id}")
    last = _last_decision_id(store)
    if action == "merge":
        clusters = _unmerge(store, where, keys_a, keys_b, note, decision_id)
    else:
        clusters = _unsplit(store, where, keys_a, keys_b, note, decision_id)
    return ClusterChange(decisions=_decisions_since(store, last), clusters=clusters)


def _unmerge(
    store: Store,
    where: dict[str, int],
    kept: list[str],
    merged: list[str],
    note: str,
    decision_id: int,
) -> list[int]:
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
    clusters = []
    for cluster, keys in sorted(moving.items()):
        clusters += [cluster, split_cluster(store, cluster, keys, note=note)]
    return clusters


def _unsplit(
    store: Store,
    where: dict[str, int],
    moved: list[str],
    stayed: list[str],
    note: str,
    decision_id: int,
) -> list[int]:
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
    for other in others:
        merge_clusters(store, into, other, note=note)
    return [into]
