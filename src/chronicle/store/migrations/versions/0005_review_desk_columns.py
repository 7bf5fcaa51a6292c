"""review desk, round 2: indexed columns for the map, facets and timeline

The map, the place and outlet facets and the monthly timeline used to read
``json_extract`` on the stored record (or join documents) for every matching
event; on 100k events that took seconds. These columns mirror the record and
are filled at save and at every review edit; existing rows are backfilled here.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""
import json

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _columns():  # fresh Column objects each call (a Column belongs to one table)
    return (
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("place", sa.String(200)),  # location.name: the county facet
        sa.Column("outlet", sa.String(200)),  # source.outlet (else the document's)
        sa.Column("time_month", sa.String(7)),  # YYYY-MM of time.start: the timeline
    )


# Covering indexes: each facet, chart and the list order is answered from an
# index alone. review_state is in every one because every page hides
# superseded events; without it each row costs a lookup in the wide table
# (0.6 s per facet on 100k events instead of 30 ms).
INDEXES = (
    ("ix_events_facet_type", ["type", "review_state"]),
    ("ix_events_facet_actor", ["actor", "review_state"]),
    ("ix_events_facet_admin1", ["admin1", "review_state", "place"]),
    ("ix_events_facet_certainty", ["certainty", "review_state"]),
    ("ix_events_place", ["place", "review_state"]),
    ("ix_events_outlet", ["outlet", "review_state"]),
    ("ix_events_month", ["time_month", "type", "review_state"]),
    ("ix_events_latlon", ["lat", "lon", "review_state"]),
    ("ix_events_order", ["time_start", "event_id", "review_state"]),
)
# The document and incident lists page in date order; their rows are wide
# (whole texts, JSON summaries), so the order must come from an index.
OTHER_INDEXES = (
    ("ix_documents_published", "documents", ["published", "document_id"]),
    ("ix_incidents_time", "incidents", ["time_start", "incident_id"]),
)


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for col in _columns():
            batch.add_column(col)
    for name, cols in INDEXES:
        op.create_index(name, "events", cols)
    for name, table, cols in OTHER_INDEXES:
        op.create_index(name, table, cols)
    _backfill(op.get_bind())


def _backfill(conn) -> None:
    rows = conn.execute(sa.text(
        "SELECT e.event_id, e.record, d.outlet FROM events e "
        "LEFT JOIN documents d ON d.document_id = e.document_id")).all()
    update = sa.text("UPDATE events SET lat = :lat, lon = :lon, place = :place, outlet = :outlet, "
                     "time_month = :time_month WHERE event_id = :eid")
    batch = []
    for event_id, record, doc_outlet in rows:
        rec = json.loads(record)
        loc, tm = rec.get("location") or {}, rec.get("time") or {}
        batch.append({"eid": event_id, "lat": loc.get("lat"), "lon": loc.get("lon"),
                      "place": loc.get("name"),
                      "outlet": (rec.get("source") or {}).get("outlet") or doc_outlet,
                      "time_month": (tm.get("start") or "")[:7] or None})
        if len(batch) == 1000:
            conn.execute(update, batch)
            batch = []
    if batch:
        conn.execute(update, batch)


def downgrade() -> None:
    for name, table, _cols in OTHER_INDEXES:
        op.drop_index(name, table)
    for name, _cols in INDEXES:
        op.drop_index(name, "events")
    with op.batch_alter_table("events") as batch:
        for col in reversed(_columns()):
            batch.drop_column(col.name)
