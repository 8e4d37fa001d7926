"""The Sync section's tests run against a live server (:mod:`tests.sync.server`)."""

from __future__ import annotations

from tests.sync.server import server

__all__ = ["server"]  # the fixture, used by name
