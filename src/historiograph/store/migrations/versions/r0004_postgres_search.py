"""PostgreSQL full-text search: a GIN index over the documents' weighted tsvector.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28

SQLite searches through the FTS5 table of ``0001``; this revision gives
PostgreSQL its own text search and is a no-op on SQLite. It is an expression
index rather than a stored ``tsvector`` column, so the ORM models stay the one
description of the tables and no second copy of the text is kept; the search
query (``historiograph.store.search``) repeats :data:`DOCUMENT_VECTOR` exactly,
which is how PostgreSQL knows to use the index. The title is weight A and the
text weight B, so ranking can favour title matches as FTS5's bm25 weights do.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "documents_fts_gin"
DOCUMENT_VECTOR = (
    "(setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, text), 'B'))"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX {INDEX} ON documents USING gin ({DOCUMENT_VECTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {INDEX}")
