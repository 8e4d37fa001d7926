"""What the status bar and the Sync page show of sync (read from the store), and when the
background runner tries next (:class:`Backoff`). Qt-free."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.identity import load_identity
from entryhub_desk.store.outbox import count_pending
from entryhub_desk.store.sync_rows import open_conflict_count
from entryhub_desk.store.sync_state import load_sync_state


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the Sync page show (read from the store)."""

    enrolled: bool
    revoked: bool
    server_url: str | None
    network_id: str | None
    hub_id: str
    hub_name: str
    last_sync_at: str | None
    last_attempt_at: str | None
    last_error: str | None
    pending: int
    conflicts: int
    audit_flag: str | None


def read_status(conn: DeskConnection) -> SyncStatus:
    state = load_sync_state(conn)
    identity = load_identity(conn)
    return SyncStatus(
        enrolled=state.enrolled,
        revoked=state.revoked,
        server_url=state.server_url,
        network_id=state.network_id,
        hub_id=identity.hub_id,
        hub_name=identity.hub_name,
        last_sync_at=state.last_sync_at,
        last_attempt_at=state.last_attempt_at,
        last_error=state.last_error,
        pending=count_pending(conn),
        conflicts=open_conflict_count(conn),
        audit_flag=state.audit_flag,
    )


class Backoff:
    """When to try next: a steady interval after success, exponential back-off with jitter
    after failures (``base * 2**(n-1)``, capped, times a random factor 0.5–1.5)."""

    def __init__(
        self,
        *,
        interval: float = 300.0,
        base: float = 15.0,
        maximum: float = 1800.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.interval = interval
        self.base = base
        self.maximum = maximum
        self.failures = 0
        self._rng = rng

    def success(self) -> None:
        self.failures = 0

    def failure(self) -> None:
        self.failures += 1

    def next_delay(self) -> float:
        if self.failures == 0:
            return self.interval
        delay = min(self.maximum, self.base * 2 ** (self.failures - 1))
        return float(delay * (0.5 + self._rng()))
