"""Alembic environment: runs on the connection handed over by ``db.engine.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from entryhub_server.db.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # the alembic command line (e.g. autogenerate): use sqlalchemy.url
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as own:
        context.configure(connection=own, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
