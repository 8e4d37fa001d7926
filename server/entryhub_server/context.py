"""One server's resources: settings, the engine (migrated), the master key's vault of data
keys and the server's key pairs."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine

from entryhub_server.db.engine import make_engine, migrate
from entryhub_server.keys.master import (
    MASTER_KEY_ENV,
    EnvMasterKey,
    FileMasterKey,
    MasterKeyError,
    MasterKeyProvider,
)
from entryhub_server.keys.server_keys import has_server_keys, load_server_keys
from entryhub_server.keys.vault import Vault
from entryhub_server.settings import Settings

log = logging.getLogger(__name__)

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


@dataclass(frozen=True, repr=False)
class ServerKeys:
    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    @property
    def exchange_public(self) -> bytes:
        return self.exchange.public_key().public_bytes(_RAW, _RAW_PUBLIC)


@dataclass(frozen=True)
class ServerContext:
    settings: Settings
    engine: Engine
    keys: ServerKeys
    vault: Vault

    def now(self) -> float:
        return self.settings.clock()


def default_master_key_file() -> Path:
    return Path(platformdirs.user_data_dir("entryhub-server", appauthor=False)) / "master.key"


def master_key_provider(settings: Settings) -> MasterKeyProvider:
    """The provider the settings name, else the key file given, else the environment
    variable if set, else the key file in the platform data folder."""
    if settings.master_key is not None:
        return settings.master_key
    if settings.master_key_file is not None:
        return FileMasterKey(settings.master_key_file)
    if os.environ.get(MASTER_KEY_ENV, "").strip():
        return EnvMasterKey()
    return FileMasterKey(default_master_key_file())


def _with_staged_hint(error: MasterKeyError, provider: MasterKeyProvider) -> MasterKeyError:
    """A rotate-keys cut short leaves the new key in ``F.new``: say so."""
    if isinstance(provider, FileMasterKey):
        staged = provider.staged.path
        if staged.exists():
            return MasterKeyError(
                f"{error.detail}; a rotate-keys was cut short: the key that opens it may be in "
                f"{staged} (move it over {provider.path})"
            )
    return error


def open_context(settings: Settings) -> ServerContext:
    """Open the database with its master key. A new database (no server keys yet) whose key
    file does not exist gets one (0600); otherwise a missing, unreadable or wrong key stops
    here with a clear message, before anything is read or migrated."""
    engine = make_engine(settings.db_url, pool_size=settings.pool_size)
    try:
        provider = master_key_provider(settings)
        if (
            isinstance(provider, FileMasterKey)
            and not provider.exists()
            and not has_server_keys(engine)
        ):
            provider.create()
            log.warning(
                "made a new master key file %s: back it up apart from the database", provider.path
            )
        master = provider.load()
        if settings.migrate:
            migrate(engine, master_key=master)
        signing, exchange = load_server_keys(engine, master, settings.clock)
    except MasterKeyError as error:
        engine.dispose()
        raise _with_staged_hint(error, provider) from None
    except BaseException:
        engine.dispose()
        raise
    return ServerContext(
        settings=settings,
        engine=engine,
        keys=ServerKeys(signing=signing, exchange=exchange),
        vault=Vault(master),
    )
