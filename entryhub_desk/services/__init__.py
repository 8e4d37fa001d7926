"""Services: what the command line and the GUI call. Qt-free; every action checks roles.

``Desk`` and ``Session`` are loaded on first use (PEP 562): a command imports only the
services it calls (``tests/cli/test_cli_imports.py``).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from entryhub_desk.services.desk import Desk
    from entryhub_desk.services.session import Session

_HOMES = {"Desk": "desk", "Session": "session"}

__all__ = ["Desk", "Session"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
