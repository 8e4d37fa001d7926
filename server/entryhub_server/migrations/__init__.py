"""Alembic migrations of the server's schema (run programmatically at start-up)."""
