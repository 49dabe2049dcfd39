"""Engines configured for the store: SQLite (embedded, the default) or PostgreSQL.

On PostgreSQL the server does what the store needs (transactions around DDL,
foreign keys, row locks for concurrent writers), so the engine only checks
pooled connections before use: a worker of a long Dask run must survive a
server restart or an idle timeout. The rest of this note is about SQLite.

Python's ``sqlite3`` module begins transactions lazily and never around DDL,
and SQLite enforces foreign keys only when asked. Following the SQLAlchemy
recipe for SQLite transactions, the driver's own handling is switched off and
every transaction starts with an explicit ``BEGIN``: migrations are then
atomic, and a connection marked with :data:`WRITE` begins ``IMMEDIATE``, taking
the write lock up front so that concurrent writers queue (up to the busy
timeout) instead of failing half-way with "database is locked".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from historiograph.errors import StoreError

WRITE = "historiograph_write"
"""Execution option: this connection's transactions will write, so lock at BEGIN."""

BUSY_TIMEOUT_MS = 30_000

POSTGRES_DRIVER = "psycopg"
"""The PostgreSQL driver historiograph installs (psycopg 3), used when a URL names none."""

DIALECTS = ("sqlite", "postgresql")
"""The databases the store runs on: its upserts and full-text search are written for these."""


def create_store_engine(url: str) -> Engine:
    """An engine for ``url``; an unusable URL is a :class:`StoreError`, not a driver error.

    ``postgresql://`` (or ``postgres://``) without a driver means psycopg 3:
    SQLAlchemy's own default is psycopg2, which historiograph does not install.
    """
    try:
        parsed = make_url(url)
        options: dict[str, Any] = {}
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername=f"postgresql+{POSTGRES_DRIVER}")
        if parsed.get_backend_name() == "postgresql":
            options["pool_pre_ping"] = True
        engine = create_engine(parsed, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}") from exc
    if engine.dialect.name not in DIALECTS:
        engine.dispose()
        raise StoreError(
            f"cannot use database URL {url!r}: the store runs on SQLite or PostgreSQL, "
            f"not {engine.dialect.name}"
        )
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # no implicit BEGIN: _on_sqlite_begin issues it
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    writing = connection.get_execution_options().get(WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")
