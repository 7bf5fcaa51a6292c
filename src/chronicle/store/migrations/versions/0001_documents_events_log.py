"""documents, events and the ingest log

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("document_id", sa.String(64), primary_key=True),
        sa.Column("raw", sa.LargeBinary, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("language", sa.String(8)),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ingested_by", sa.String(100), nullable=False),
        sa.Column("duplicate_of", sa.String(64)),
    )
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(64),
                  sa.ForeignKey("documents.document_id", ondelete="CASCADE"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(64)),
        sa.Column("target_category", sa.String(32)),
        sa.Column("admin1", sa.String(64)),
        sa.Column("country", sa.String(2)),
        sa.Column("time_start", sa.String(10)),
        sa.Column("time_end", sa.String(10)),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_events_document", "events", ["document_id"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_actor", "events", ["actor"])
    op.create_index("ix_events_admin1", "events", ["admin1"])
    op.create_index("ix_events_time", "events", ["time_start", "time_end"])
    op.create_index("ix_events_review", "events", ["review_state"])
    op.create_table(
        "ingest_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("document_id", sa.String(64)),
        sa.Column("message", sa.Text),
    )
    op.create_index("ix_ingest_log_origin", "ingest_log", ["origin"])


def downgrade() -> None:
    op.drop_table("ingest_log")
    op.drop_table("events")
    op.drop_table("documents")
