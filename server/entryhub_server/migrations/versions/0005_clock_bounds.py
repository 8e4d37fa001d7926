"""Clock bounds: merged clocks stored beyond the server's time plus the margin are repaired.

Revision ID: 0005
Revises: 0004

Before clocks were bounded the server took any 13-digit clock; one far in the future won every
later merge of its field for ever. Each ``field_state.hlc`` beyond the time of this upgrade plus
the default margin (ten minutes) is demoted to millisecond 0, its counter and device kept
(``entryhub_server/clocks.py``; the desks apply the same rule): a later edit wins again, the
value itself and every other clock stay as they were. Stored events are served the same way by
pull (``clocks.served``). Downgrading leaves the repaired clocks as they are.
"""

from __future__ import annotations

import time

from alembic import op

from entryhub_server.clocks import bound_ms, repair_stored_clocks
from entryhub_server.settings import CLOCK_MARGIN_SECONDS

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    repair_stored_clocks(op.get_bind(), bound_ms(time.time(), CLOCK_MARGIN_SECONDS))


def downgrade() -> None:
    pass
