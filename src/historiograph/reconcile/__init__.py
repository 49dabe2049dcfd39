"""Reconcile: one event, many accounts — event clusters across documents and their conflicts.

The pipeline calls :func:`reconcile_document` after storing a document; the
commands ``events``, ``event``, ``conflicts`` and ``timeline`` read clusters
through :mod:`historiograph.reconcile.queries` (and first reconcile whatever
was stored since, with :func:`reconcile_pending`). A person corrects the
clustering with :func:`merge_clusters` and :func:`split_cluster`.
"""

from historiograph.reconcile.engine import (
    ClusterNotFoundError,
    Decision,
    DecisionError,
    Reconciler,
    ReconcileResult,
    merge_clusters,
    rebuild,
    reconcile_document,
    reconcile_pending,
    split_cluster,
)

__all__ = [
    "ClusterNotFoundError",
    "Decision",
    "DecisionError",
    "ReconcileResult",
    "Reconciler",
    "merge_clusters",
    "rebuild",
    "reconcile_document",
    "reconcile_pending",
    "split_cluster",
]
