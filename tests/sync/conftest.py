"""A live server per test (uvicorn on 127.0.0.1) and desks that sync with it."""

from __future__ import annotations

from tests.sync.server import server

__all__ = ["server"]  # the fixture, used by name
