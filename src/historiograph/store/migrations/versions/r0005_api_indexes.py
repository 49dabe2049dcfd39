"""An index for the workbench's chronological event listings (events page, timeline).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

``/api/events`` and ``/api/timeline`` page through events by
``(when_earliest, document_id, position)`` (see ``historiograph.api.keyset``).
With this index the database reads a page straight off it, in order, instead
of sorting every matching event for each request. ``when_latest`` and
``type`` ride along so that the time-range and type filters are checked in
the index while scanning, without reading the table.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_events_chronology",
        "events",
        ["when_earliest", "document_id", "position", "when_latest", "type"],
    )


def downgrade() -> None:
    op.drop_index("ix_events_chronology", table_name="events")
