"""review desk: users, settings, the hash-chained audit log, event supersession

Edits rewrite ``events.record`` in place; the audit log keeps the record
before and after each change, chained by hashes so a rewrite of history shows.
Split and merge never delete: the old events get ``review_state`` "superseded"
and ``superseded_by`` naming the events that replace them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),  # admin | analyst | viewer
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),  # ISO text: hashed as stored
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(32)),
        sa.Column("note", sa.Text),
        sa.Column("before", sa.Text),  # canonical JSON or NULL
        sa.Column("after", sa.Text),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_event", "audit_log", ["event_id"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("superseded_by", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("superseded_by")
    op.drop_table("audit_log")
    op.drop_table("settings")
    op.drop_table("users")
