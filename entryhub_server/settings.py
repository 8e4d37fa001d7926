"""Settings of one server process (the app factory and the admin commands take one)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from entryhub_desk.sync.wire import MAX_PULL_LIMIT

CODE_VALIDITY_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Settings:
    db_url: str
    clock: Callable[[], float] = time.time
    code_validity: float = CODE_VALIDITY_SECONDS
    # failed enrolment attempts allowed per client address, and in total, per window
    enrol_window: float = 600.0
    enrol_failures_per_client: int = 10
    enrol_failures_total: int = 200
    max_pull_limit: int = MAX_PULL_LIMIT
    pool_size: int = 10
    # behind a TLS reverse proxy: take the client address from X-Forwarded-For
    trust_forwarded_for: bool = False
    migrate: bool = True
