"""The engine (SQLite or PostgreSQL) and running the Alembic migrations at start-up.

SQLite: one file, every transaction ``BEGIN IMMEDIATE`` (writers queue instead of failing to
upgrade a read lock), ``secure_delete`` so an erased person's bytes are overwritten, the
rollback journal (not WAL, whose file keeps old pages). PostgreSQL: ``postgresql+psycopg://``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DATABASE_URL_ENV = "DATABASE_URL"
# ``?transaction_pooling=1`` on a PostgreSQL URL: the server reaches PostgreSQL through a
# transaction-mode pooler (PgBouncer); docs/server.md, "Connection pooling"
TRANSACTION_POOLING = "transaction_pooling"


def default_url() -> str:
    """``DATABASE_URL`` if set, else a SQLite file in the platform data folder."""
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return normalise_url(env)
    folder = Path(platformdirs.user_data_dir("entryhub-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.db'}"


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 60}, pool_size=pool_size
        )
        _sqlite_hooks(engine)
        return engine
    parsed = make_url(url)
    pooled = parsed.query.get(TRANSACTION_POOLING) in ("1", "true", "yes")
    if TRANSACTION_POOLING in parsed.query:
        parsed = parsed.difference_update_query([TRANSACTION_POOLING])
    engine = create_engine(
        parsed,
        pool_size=pool_size,
        max_overflow=pool_size * 2,
        pool_pre_ping=True,
        pool_timeout=60,
        connect_args=_transaction_pooling() if pooled else {},
    )
    if pooled:
        return engine

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # psycopg prepares a statement after 5 runs; PostgreSQL may then switch to a generic
        # plan, which for ``entity_id = ANY($1)`` over a growing table was a sequential scan
        # (100 ms instead of 1 ms per batch). Prepared statements, but always custom plans.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET plan_cache_mode = force_custom_plan")
        dbapi_connection.commit()

    return engine


def _transaction_pooling() -> dict[str, Any]:
    """Behind PgBouncer in transaction mode each transaction may run on another server
    connection: no server-side prepared statements (psycopg's ``prepare_threshold=None``) and
    no session settings (unnamed statements are planned with their parameters anyway)."""
    return {"prepare_threshold": None}


def _sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's BEGIN below, not pysqlite's
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA busy_timeout = 60000",
            "PRAGMA journal_mode = DELETE",
            "PRAGMA synchronous = FULL",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "entryhub_server:migrations")
    return config


def migrate(engine: Engine, *, master_key: bytes | None = None) -> None:
    """Bring the schema to the newest Alembic revision (idempotent; safe on every start).
    ``master_key``: for the revisions that seal data already stored (keys/master.py)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["master_key"] = master_key
        command.upgrade(config, "head")
