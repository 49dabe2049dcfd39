"""Alembic environment: migrate over the connection that :mod:`historiograph.store.migrate` opened.

The caller has already begun the transaction, so every migration, DDL
included, commits or rolls back as one.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from historiograph.store.schema import Base, include_name

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError(
        "historiograph migrations run through historiograph.store.migrate, "
        "which passes an open connection"
    )
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
