"""Behind a transaction-mode pooler (PgBouncer): no session state on the server connection."""

from __future__ import annotations

from sqlalchemy import Engine, text

from entryhub_server.db.engine import make_engine


def _prepared_after_repeats(engine: Engine) -> tuple[int, str]:
    """Prepared statements and plan_cache_mode on one connection after ten runs of a query."""
    with engine.connect() as conn:
        for n in range(10):
            conn.execute(text("SELECT count(*) FROM network WHERE name = :n"), {"n": f"x{n}"})
        prepared = conn.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one()
        mode = conn.execute(text("SHOW plan_cache_mode")).scalar_one()
    return int(prepared), str(mode)


def test_transaction_pooling_url_prepares_nothing_and_sets_nothing(pg_url: str) -> None:
    direct = make_engine(pg_url)
    pooled = make_engine(f"{pg_url}?transaction_pooling=1")
    try:
        prepared, mode = _prepared_after_repeats(direct)
        assert prepared > 0 and mode == "force_custom_plan"  # the direct default
        assert _prepared_after_repeats(pooled) == (0, "auto")
    finally:
        direct.dispose()
        pooled.dispose()
