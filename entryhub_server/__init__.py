"""Entry Hub central sync server: FastAPI on uvicorn, SQLAlchemy Core over SQLite or PostgreSQL.

From the desk package it imports only ``entryhub_desk.sync`` (wire format, bundle crypto),
``entryhub_desk.domain`` and ``entryhub_desk.errors``.
"""

__version__ = "0.1.0"
