"""Storage: SQLAlchemy Core tables, the engine and Alembic migrations run at start-up."""
