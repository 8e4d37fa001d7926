"""Entry Hub central sync server: FastAPI on uvicorn, SQLAlchemy Core over SQLite or PostgreSQL.

It shares only the wire package ``entryhub_wire`` (messages, codec, protocol, bundle crypto,
grants, coded errors, ids) with the desk and never imports ``entryhub_desk`` (an import-linter
contract checks it); installed apart with ``pip install ./wire ./server``.
"""

__version__ = "0.1.0"
