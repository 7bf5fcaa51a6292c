"""incidents: near-duplicate signatures, incident grouping, analyst decisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("incident_id", sa.String(32)))
        batch.create_index("ix_events_incident", ["incident_id"])
    op.create_table(
        "incidents",
        sa.Column("incident_id", sa.String(32), primary_key=True),
        sa.Column("family", sa.String(16), nullable=False),
        sa.Column("admin1", sa.String(64)),
        sa.Column("time_start", sa.String(10)),
        sa.Column("time_end", sa.String(10)),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incidents_block", "incidents", ["family", "admin1"])
    op.create_table(
        "incident_decisions",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column("other_event_id", sa.String(32), primary_key=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(64),
                  sa.ForeignKey("documents.document_id", ondelete="CASCADE"), primary_key=True),
        sa.Column("minhash", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("document_signatures")
    op.drop_table("incident_decisions")
    op.drop_index("ix_incidents_block", "incidents")
    op.drop_table("incidents")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_incident")
        batch.drop_column("incident_id")
