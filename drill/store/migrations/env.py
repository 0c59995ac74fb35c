"""Alembic environment: runs migrations on the connection drill hands over."""

from alembic import context

from drill.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - drill always passes a connection
    raise RuntimeError("drill runs its migrations itself; use `drill sync`, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
