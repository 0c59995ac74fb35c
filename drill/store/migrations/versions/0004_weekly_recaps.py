"""the weekly recap: what drill cannot know about a week, asked once and kept

Revision ID: 0004
Revises: 0003

A new table, and an index on review_log that covers the progress figures (answers and time
per day, true retention), so `drill stats` reads the index alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recaps",
        sa.Column("week", sa.String(length=10), nullable=False),
        sa.Column("win", sa.Text(), nullable=True),
        sa.Column("notebook", sa.Boolean(), nullable=True),
        sa.Column("mock", sa.Boolean(), nullable=True),
        sa.Column("percentile", sa.Float(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("week", name=op.f("pk_recaps")),
    )
    with op.batch_alter_table("review_log") as batch:
        batch.create_index(
            "ix_review_log_progress",
            ["study_day", "kind", "interval_before", "quality", "card_id", "answer_ms"],
        )


def downgrade() -> None:
    with op.batch_alter_table("review_log") as batch:
        batch.drop_index("ix_review_log_progress")
    op.drop_table("recaps")
