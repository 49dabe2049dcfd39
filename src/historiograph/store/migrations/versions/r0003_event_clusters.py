"""Event clusters: accounts of one event across documents, their links, conflicts and decisions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Tables for :mod:`historiograph.reconcile` (models in ``store/clusters.py``).
Members, links and reconciled-document marks cascade with their document;
``cluster_decisions`` (a person's merges and splits) name events by stable
key and have no foreign key, so they outlive re-extraction.

This revision follows ``0003`` (review) only because that one landed first
against ``0001``; the two touch different tables and either order works.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cluster_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("keys_a", sa.Text(), nullable=False),
        sa.Column("keys_b", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_decisions")),
    )
    op.create_table(
        "event_clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("when_earliest", sa.Date(), nullable=True),
        sa.Column("when_latest", sa.Date(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("actors", sa.Text(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("accounts", sa.Integer(), nullable=False),
        sa.Column("fatalities", sa.Text(), nullable=True),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_clusters")),
    )
    with op.batch_alter_table("event_clusters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_clusters_type"), ["type"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_clusters_when_earliest"), ["when_earliest"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_clusters_when_latest"), ["when_latest"], unique=False
        )

    op.create_table(
        "cluster_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("severity", sa.Float(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("side_a", sa.Text(), nullable=False),
        sa.Column("side_b", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["event_clusters.id"],
            name=op.f("fk_cluster_conflicts_cluster_id_event_clusters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_conflicts")),
    )
    with op.batch_alter_table("cluster_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_conflicts_cluster_id"), ["cluster_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cluster_conflicts_field"), ["field"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cluster_conflicts_severity"), ["severity"], unique=False
        )

    op.create_table(
        "cluster_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_a", sa.String(), nullable=False),
        sa.Column("key_a", sa.String(), nullable=False),
        sa.Column("document_b", sa.String(), nullable=False),
        sa.Column("key_b", sa.String(), nullable=False),
        sa.Column("type_score", sa.Float(), nullable=False),
        sa.Column("time_score", sa.Float(), nullable=True),
        sa.Column("place_score", sa.Float(), nullable=True),
        sa.Column("actors_score", sa.Float(), nullable=True),
        sa.Column("text_score", sa.Float(), nullable=True),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("linked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_a"],
            ["documents.id"],
            name=op.f("fk_cluster_links_document_a_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_b"],
            ["documents.id"],
            name=op.f("fk_cluster_links_document_b_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_links")),
    )
    with op.batch_alter_table("cluster_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_links_document_a"), ["document_a"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cluster_links_document_b"), ["document_b"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cluster_links_key_a"), ["key_a"], unique=False)
        batch_op.create_index(batch_op.f("ix_cluster_links_key_b"), ["key_b"], unique=False)

    op.create_table(
        "cluster_members",
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("event_key", sa.String(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("when_earliest", sa.Date(), nullable=True),
        sa.Column("when_latest", sa.Date(), nullable=True),
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("linked_to", sa.String(), nullable=True),
        sa.Column("via", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["event_clusters.id"],
            name=op.f("fk_cluster_members_cluster_id_event_clusters"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_cluster_members_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "event_id", name=op.f("pk_cluster_members")),
        sa.UniqueConstraint("event_key", name=op.f("uq_cluster_members_event_key")),
    )
    with op.batch_alter_table("cluster_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_members_cluster_id"), ["cluster_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cluster_members_type"), ["type"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cluster_members_when_earliest"), ["when_earliest"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cluster_members_when_latest"), ["when_latest"], unique=False
        )

    op.create_table(
        "reconciled_documents",
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("accounts", sa.Integer(), nullable=False),
        sa.Column("reconciled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_reconciled_documents_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_reconciled_documents")),
    )


def downgrade() -> None:
    op.drop_table("reconciled_documents")
    with op.batch_alter_table("cluster_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_members_when_latest"))
        batch_op.drop_index(batch_op.f("ix_cluster_members_when_earliest"))
        batch_op.drop_index(batch_op.f("ix_cluster_members_type"))
        batch_op.drop_index(batch_op.f("ix_cluster_members_cluster_id"))

    op.drop_table("cluster_members")
    with op.batch_alter_table("cluster_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_links_key_b"))
        batch_op.drop_index(batch_op.f("ix_cluster_links_key_a"))
        batch_op.drop_index(batch_op.f("ix_cluster_links_document_b"))
        batch_op.drop_index(batch_op.f("ix_cluster_links_document_a"))

    op.drop_table("cluster_links")
    with op.batch_alter_table("cluster_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_conflicts_severity"))
        batch_op.drop_index(batch_op.f("ix_cluster_conflicts_field"))
        batch_op.drop_index(batch_op.f("ix_cluster_conflicts_cluster_id"))

    op.drop_table("cluster_conflicts")
    with op.batch_alter_table("event_clusters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_clusters_when_latest"))
        batch_op.drop_index(batch_op.f("ix_event_clusters_when_earliest"))
        batch_op.drop_index(batch_op.f("ix_event_clusters_type"))

    op.drop_table("event_clusters")
    op.drop_table("cluster_decisions")
