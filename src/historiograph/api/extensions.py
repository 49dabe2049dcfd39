"""The seam to later stages: event clusters and conflicts (reconcile) and exports.

The workbench is built on per-document records and works without these
stages. When they are installed, the event page shows an event's cluster as
its accounts instead of date-overlap candidates. Everything the API needs from
those packages goes through this one module, so wiring them in touches
nothing else.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from sqlalchemy.orm import Session

from historiograph.api.schemas import EventSummary


def _optional(module: str) -> ModuleType | None:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def cluster_accounts(session: Session, summary: EventSummary) -> list[EventSummary] | None:
    """The other accounts in ``summary``'s event cluster; ``None`` while there are no clusters."""
    reconcile = _optional("historiograph.reconcile.clusters")
    if reconcile is None or not hasattr(reconcile, "cluster_members"):
        return None
    from historiograph.api import queries

    members = reconcile.cluster_members(session, summary.document.id, summary.id)
    if members is None:
        return None
    return [
        queries.event(session, doc_id, event_id)
        for doc_id, event_id in members
        if (doc_id, event_id) != (summary.document.id, summary.id)
    ]
