"""The ``shared`` folder beside the repository checkout (CI puts a copy there).

Tests that need it fail, never skip, when it is missing.
"""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    assert path.exists(), f"missing shared file {path}: put the shared/ folder beside the repo"
    return path
