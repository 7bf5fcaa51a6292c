"""review-desk lists and time windows on 1M events

Two things made the desk's filtered list and facet counts read most of the
table on a large store:

* the province filter compares ``lower(admin1)``, which no plain index on
  ``admin1`` serves: an expression index on (lower(admin1), type, time_start,
  time_end) answers province (+ type) (+ time window) from the index;
* a time window ("events overlapping since..until") bounds ``time_start`` from
  above only, so every event before ``until`` was read. ``time_span`` (days
  from time_start to time_end) lets the store bound ``time_start`` from below
  too: an event ending on or after ``since`` starts no earlier than ``since``
  minus the longest span stored (see ``EventFilter.apply``).

Spans are computed here from the stored columns (existing rows) and in
``chronicle.store.event_columns`` at every write.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""
import datetime as dt
import re

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UNKNOWN_SPAN = 100_000  # a time the span of which cannot be read: disables the lower bound
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _span(start, end):  # frozen copy of chronicle.store.time_span (migrations must not drift)
    if start is None and end is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(start) or (end and not _ISO_DAY.fullmatch(end)):
            return UNKNOWN_SPAN
        a = dt.date.fromisoformat(start)
        return max(0, (dt.date.fromisoformat(end) - a).days) if end else 0
    except (TypeError, ValueError):
        return UNKNOWN_SPAN


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("time_span", sa.Integer))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT event_id, time_start, time_end FROM events "
                                "WHERE time_start IS NOT NULL OR time_end IS NOT NULL")).all()
    update = sa.text("UPDATE events SET time_span = :s WHERE event_id = :eid")
    for i in range(0, len(rows), 5000):
        conn.execute(update, [{"eid": eid, "s": _span(a, b)} for eid, a, b in rows[i:i + 5000]])
    op.create_index("ix_events_time_span", "events", ["time_span"])
    op.create_index("ix_events_admin1_lower", "events",
                    [sa.text("lower(admin1)"), "type", "time_start", "time_end"])


def downgrade() -> None:
    op.drop_index("ix_events_admin1_lower", "events")
    op.drop_index("ix_events_time_span", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("time_span")
