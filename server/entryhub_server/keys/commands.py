"""What ``entryhub-server init-keys`` and ``rotate-keys`` do (the command line prints)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from entryhub_server.context import ServerContext, default_master_key_file, master_key_provider
from entryhub_server.db import tables as t
from entryhub_server.errors import UsageError
from entryhub_server.keys.master import FileMasterKey, MasterKeyError, new_master_key
from entryhub_server.keys.rotate import DataKeyRotation, rewrap_master, rotate_data_key
from entryhub_server.settings import Settings


def init_keys(settings: Settings) -> str:
    """Make the master key file (0600); never replaces one."""
    provider = master_key_provider(settings)
    if not isinstance(provider, FileMasterKey):
        raise UsageError(f"the master key comes from {provider.name}; no key file to make")
    provider.create()
    return (
        f"made the master key file {provider.path} (mode 0600). Back it up apart from the "
        "database: without it the database cannot be read."
    )


def rotate_master(ctx: ServerContext, new_key_file: Path | None) -> str:
    """A new master key: written first (a 0600 file), then every key re-wrapped under it in one
    transaction, then (for the server's own key file) renamed over the old file."""
    provider = master_key_provider(ctx.settings)
    new = new_master_key()
    if new_key_file is not None:
        FileMasterKey(new_key_file).create(new)
        count = rewrap_master(ctx.engine, ctx.vault.master, new)
        return (
            f"re-wrapped {count} keys under the new master key in {new_key_file}; the old key "
            "no longer opens the database. Restart the servers with the new key."
        )
    if not isinstance(provider, FileMasterKey):
        raise UsageError(
            f"the master key comes from {provider.name}: give --new-key-file for the new one"
        )
    staged = provider.staged
    if staged.exists():
        raise MasterKeyError(
            f"{staged.path} exists: an earlier rotate-keys was cut short. If the database "
            f"opens with {provider.path}, remove {staged.path}; otherwise move it over "
            f"{provider.path}"
        )
    staged.create(new)
    count = rewrap_master(ctx.engine, ctx.vault.master, new)
    provider.promote_staged()
    return (
        f"re-wrapped {count} keys under a new master key, now in {provider.path}; the old key "
        "no longer opens the database. Back up the new key file; restart the servers."
    )


def rotate_data_keys(
    ctx: ServerContext, networks: list[str], *, every: bool, batch: int
) -> list[DataKeyRotation]:
    """A new data key for each network named (name or id), or every network; their values
    re-sealed in batches of ``batch``."""
    with ctx.engine.begin() as conn:
        rows = conn.execute(select(t.network.c.id, t.network.c.name)).all()
    chosen: list[str] = []
    if every:
        chosen = [str(row.id) for row in rows]
    for wanted in networks:
        found = [str(row.id) for row in rows if wanted in (row.id, row.name)]
        if not found:
            raise UsageError(f"no network {wanted!r}")
        chosen.extend(found)
    return [
        rotate_data_key(ctx.engine, ctx.vault, network_id, now=ctx.now(), batch=batch)
        for network_id in dict.fromkeys(chosen)
    ]


__all__ = ["default_master_key_file", "init_keys", "rotate_data_keys", "rotate_master"]
