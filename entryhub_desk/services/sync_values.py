"""What the sync screens show and how often the background runner tries, for the views.

The values are made in :mod:`entryhub_desk.sync` (a round's result and progress, the status read
from the store, the back-off policy); views import them from here, since they talk to services
only (the layer contracts in ``pyproject.toml``). Qt-free.
"""

from entryhub_desk.sync.engine import RoundResult, SyncProgress
from entryhub_desk.sync.status import Backoff, SyncStatus

__all__ = ["Backoff", "RoundResult", "SyncProgress", "SyncStatus"]
