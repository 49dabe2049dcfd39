"""The store: records, ingest runs and full-text search in SQLite (or, later, PostgreSQL).

``Store.open(db)`` resolves the database (:func:`resolve_db_url`), creates it
and migrates it to the current schema; everything else is a method of
:class:`Store`. The tables are described in :mod:`historiograph.store.schema`.
"""

from historiograph.store.results import (
    MARK_CLOSE,
    MARK_OPEN,
    DocumentSummary,
    IngestErrorRow,
    IngestRun,
    SearchHit,
)
from historiograph.store.store import Store
from historiograph.store.url import DB_ENV_VAR, DEFAULT_DB, resolve_db_url

__all__ = [
    "DB_ENV_VAR",
    "DEFAULT_DB",
    "MARK_CLOSE",
    "MARK_OPEN",
    "DocumentSummary",
    "IngestErrorRow",
    "IngestRun",
    "SearchHit",
    "Store",
    "resolve_db_url",
]
