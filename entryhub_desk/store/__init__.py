"""The encrypted local store: connection, migrations, identity, change capture, repositories.

The re-exports below are loaded on first use (PEP 562): importing one module of the package,
such as :mod:`.folder_lock` (which the key slots use), does not load SQLCipher, the migrations
and the domain with it (``tests/cli/test_cli_imports.py`` keeps it so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entryhub_desk.lazy import reexports

if TYPE_CHECKING:
    from entryhub_desk.store.connection import (
        DeskConnection,
        copy_database,
        integrity_problems,
        open_database,
        rekey_database,
        transaction,
    )
    from entryhub_desk.store.migrations import CURRENT_SCHEMA, migrate

_HOMES = {
    "CURRENT_SCHEMA": "migrations",
    "DeskConnection": "connection",
    "copy_database": "connection",
    "integrity_problems": "connection",
    "migrate": "migrations",
    "open_database": "connection",
    "rekey_database": "connection",
    "transaction": "connection",
}

__all__ = [
    "CURRENT_SCHEMA",
    "DeskConnection",
    "copy_database",
    "integrity_problems",
    "migrate",
    "open_database",
    "rekey_database",
    "transaction",
]


__getattr__ = reexports(__name__, _HOMES)
