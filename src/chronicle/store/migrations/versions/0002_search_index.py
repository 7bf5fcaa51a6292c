"""full-text search index over documents and event evidence

SQLite: an FTS5 table. Korean text is indexed with its morpheme stems added
(chronicle.search.index_body), because FTS5's tokenizer does not split
particles (MATCH '보위부' would miss "보위부가"). Other databases get a plain
table searched with LIKE until they get their own index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
                   "kind UNINDEXED, ref UNINDEXED, document_id UNINDEXED, body, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
    else:
        op.create_table(
            "search_index",
            sa.Column("kind", sa.String(16), nullable=False),
            sa.Column("ref", sa.String(64), nullable=False),
            sa.Column("document_id", sa.String(64), nullable=False),
            sa.Column("body", sa.Text, nullable=False),
        )
        op.create_index("ix_search_ref", "search_index", ["kind", "ref"])


def downgrade() -> None:
    op.drop_table("search_index")
