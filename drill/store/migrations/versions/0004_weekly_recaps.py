"""the weekly recap: what drill cannot know about a week, asked once and kept

Revision ID: 0004
Revises: 0003

A new table only: nothing existing changes.
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


def downgrade() -> None:
    op.drop_table("recaps")
