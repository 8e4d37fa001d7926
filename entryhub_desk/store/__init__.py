"""The encrypted local store: connection, migrations, identity, change capture, repositories."""

from entryhub_desk.store.connection import (
    DeskConnection,
    copy_database,
    integrity_problems,
    open_database,
    rekey_database,
    transaction,
)
from entryhub_desk.store.migrations import CURRENT_SCHEMA, migrate

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
