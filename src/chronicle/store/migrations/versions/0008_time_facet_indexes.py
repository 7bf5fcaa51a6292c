"""covering indexes for facet counts over a time window

A facet count over a time window ("events of 2016 by type / by province")
filters on time_start/time_end and groups on another column; with that
column in the index the count reads the index alone instead of one table row
per event.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_time_type", "events", ["time_start", "time_end", "type"])
    op.create_index("ix_events_time_admin1", "events", ["time_start", "time_end", "admin1"])


def downgrade() -> None:
    op.drop_index("ix_events_time_admin1", "events")
    op.drop_index("ix_events_time_type", "events")
