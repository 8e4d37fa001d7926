"""Services: what the command line and the GUI call. Qt-free; every action checks roles.

``Desk`` and ``Session`` are loaded on first use (PEP 562): a command imports only the
services it calls (``tests/cli/test_cli_imports.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entryhub_desk.lazy import reexports

if TYPE_CHECKING:
    from entryhub_desk.services.desk import Desk
    from entryhub_desk.services.session import Session

_HOMES = {"Desk": "desk", "Session": "session"}

__all__ = ["Desk", "Session"]


__getattr__ = reexports(__name__, _HOMES)
