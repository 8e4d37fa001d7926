"""Shared test helpers that are not fixtures (import them; ``conftest.py`` files hold the
fixtures)."""
