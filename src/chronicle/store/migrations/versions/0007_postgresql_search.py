"""PostgreSQL search: a tsvector for English and trigrams for Korean

On PostgreSQL, ``search_index`` gets a stored, generated ``tsv`` column
(``to_tsvector('english', body)``: stemmed English words) with a GIN index,
and a GIN trigram index (pg_trgm) on ``body``, which serves ILIKE '%word%'
for Korean, where the tsvector parser has no stemmer (the Korean stems
added by chronicle.search.index_body are matched as substrings). SQLite
keeps its FTS5 table from 0002: nothing changes there.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # pg_trgm is a trusted extension (PostgreSQL >= 13): a database owner may create it
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("ALTER TABLE search_index ADD COLUMN tsv tsvector "
               "GENERATED ALWAYS AS (to_tsvector('english', body)) STORED")
    op.execute("CREATE INDEX ix_search_tsv ON search_index USING gin (tsv)")
    op.execute("CREATE INDEX ix_search_trgm ON search_index USING gin (body gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_trgm")
    op.execute("DROP INDEX IF EXISTS ix_search_tsv")
    op.execute("ALTER TABLE search_index DROP COLUMN IF EXISTS tsv")
