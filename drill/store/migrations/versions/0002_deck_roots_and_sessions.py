"""deck roots, per-machine deck-file fingerprints, review sessions

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "deck_files",
        sa.Column("machine", sa.String(length=64), nullable=False),
        sa.Column("root", sa.String(length=100), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("sha1", sa.String(length=40), nullable=False),
        sa.Column("mtime_ns", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=False),
        sa.Column("uids", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("machine", "root", "path", name=op.f("pk_deck_files")),
    )
    with op.batch_alter_table("cards") as batch:
        # Existing cards keep their absolute path under the empty root until a sync on this
        # machine finds them in a named root again.
        batch.add_column(
            sa.Column("source_root", sa.String(length=100), nullable=False, server_default="")
        )
        batch.create_index("ix_cards_source", ["source_root", "source_path"])
    with op.batch_alter_table("review_log") as batch:
        batch.add_column(sa.Column("session", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("machine", sa.String(length=64), nullable=True))
        batch.create_index(op.f("ix_review_log_session"), ["session"])
    op.execute("DELETE FROM meta WHERE key = 'deck_fingerprint'")


def downgrade() -> None:
    with op.batch_alter_table("review_log") as batch:
        batch.drop_index(op.f("ix_review_log_session"))
        batch.drop_column("machine")
        batch.drop_column("session")
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_source")
        batch.drop_column("source_root")
    op.drop_table("deck_files")
