"""Settings of one server process (the app factory and the admin commands take one)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from entryhub_server.keys.master import MasterKeyProvider
from entryhub_wire.wire import MAX_PULL_LIMIT

CODE_VALIDITY_SECONDS = 24 * 3600
CLOCK_MARGIN_SECONDS = 600.0


@dataclass(frozen=True)
class Settings:
    db_url: str
    clock: Callable[[], float] = time.time
    code_validity: float = CODE_VALIDITY_SECONDS
    # failed enrolment attempts allowed per client address, and per IPv6 /64, per window
    # (never in total: failures elsewhere never refuse a correct code; client_address.py)
    enrol_window: float = 600.0
    enrol_failures_per_client: int = 10
    enrol_failures_per_network: int = 20
    # a device that has not used its token yet gets the same answer again for this long
    # after its code was used (a lost answer; enrol.py)
    enrol_replay_window: float = CODE_VALIDITY_SECONDS
    max_pull_limit: int = MAX_PULL_LIMIT
    pool_size: int = 10
    # reverse proxies (addresses or networks) whose X-Forwarded-For names the client; none
    # by default: then the peer address is the client (client_address.py)
    trusted_proxies: tuple[str, ...] = ()
    migrate: bool = True
    # how far ahead of this server's time a change's clock may be: pushes with a clock further
    # ahead are refused (clock_ahead); the desk bounds its own clock by the same ten minutes
    # (entryhub_desk/store/hlc.py CLOCK_MARGIN_MS; docs/sync.md, "Clock bounds")
    clock_margin: float = CLOCK_MARGIN_SECONDS
    # the master key (keys/master.py): a provider given here, else this key file, else the
    # ENTRYHUB_SERVER_MASTER_KEY variable, else master.key in the platform data folder
    master_key: MasterKeyProvider | None = None
    master_key_file: Path | None = None
