"""safety: chain of custody

Audit entries about a document (its ingest or import) name it in
``audit_log.document_id``, so a document's custody history is an index
lookup. Encryption at rest needs no new table: its KDF parameters and key
check live in ``settings`` (migration 0003) and sealed values fit the
existing columns.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("document_id", sa.String(64)))
        batch.create_index("ix_audit_document", ["document_id"])


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_index("ix_audit_document")
        batch.drop_column("document_id")
