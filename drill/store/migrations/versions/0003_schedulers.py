"""the scheduling seam: each card's scheduler, FSRS memory state, burying

Revision ID: 0003
Revises: 0002

Every existing card was scheduled by SM-2: it keeps its columns as they are and is marked
`sm2`; nothing is recomputed, so due days and history are exactly as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cards") as batch:
        batch.add_column(
            sa.Column("scheduler", sa.String(length=16), nullable=False, server_default="sm2")
        )
        batch.add_column(sa.Column("stability", sa.Float(), nullable=True))
        batch.add_column(sa.Column("difficulty", sa.Float(), nullable=True))
        batch.add_column(sa.Column("buried_day", sa.Date(), nullable=True))
        # partial indexes: the planner always finds today's few repeats and buried cards
        # through them, even after ANALYZE has seen that almost every card has neither
        where = {
            "sqlite_where": sa.text("buried_day IS NOT NULL"),
            "postgresql_where": sa.text("buried_day IS NOT NULL"),
        }
        batch.create_index("ix_cards_buried", ["buried_day"], **where)
        batch.drop_index("ix_cards_learning")
        where = {
            "sqlite_where": sa.text("learning_day IS NOT NULL"),
            "postgresql_where": sa.text("learning_day IS NOT NULL"),
        }
        batch.create_index("ix_cards_learning", ["learning_day"], **where)
        batch.create_index("ix_cards_deck_due", ["deck_id", "due"])
    with op.batch_alter_table("review_log") as batch:
        batch.add_column(
            sa.Column("scheduler", sa.String(length=16), nullable=False, server_default="sm2")
        )
        batch.add_column(sa.Column("stability_after", sa.Float(), nullable=True))
        batch.add_column(sa.Column("difficulty_after", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_log") as batch:
        batch.drop_column("difficulty_after")
        batch.drop_column("stability_after")
        batch.drop_column("scheduler")
    with op.batch_alter_table("cards") as batch:
        batch.drop_index("ix_cards_deck_due")
        batch.drop_index("ix_cards_buried")
        batch.drop_index("ix_cards_learning")
        batch.create_index("ix_cards_learning", ["learning_day"])
        batch.drop_column("buried_day")
        batch.drop_column("difficulty")
        batch.drop_column("stability")
        batch.drop_column("scheduler")
