"""Who made each cluster decision; event ids in the chronological index.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

``cluster_decisions.reviewer`` names the person (or token holder) who merged
or split clusters, so the decisions table is a full audit log (who, when,
what, why) without the name folded into the note. ``ix_events_chronology``
gains the event ``id`` so that a page read by offset is answered from the
index alone, without visiting the table for each skipped row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_OLD = ["when_earliest", "document_id", "position", "when_latest", "type"]


def upgrade() -> None:
    with op.batch_alter_table("cluster_decisions") as batch:
        batch.add_column(sa.Column("reviewer", sa.String(), nullable=True))
    op.drop_index("ix_events_chronology", table_name="events")
    op.create_index("ix_events_chronology", "events", [*_OLD, "id"])


def downgrade() -> None:
    op.drop_index("ix_events_chronology", table_name="events")
    op.create_index("ix_events_chronology", "events", _OLD)
    with op.batch_alter_table("cluster_decisions") as batch:
        batch.drop_column("reviewer")
