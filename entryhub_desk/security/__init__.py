"""Key slots, staff login, password rules, login back-off and recovery keys.

The public names most callers need are re-exported here; the modules hold the details:

- :mod:`.keyslots` — :class:`KeyStore` and :class:`Unlocked` (the key slot file);
- :mod:`.kdf` — scrypt parameters, derivation and calibration;
- :mod:`.recovery` — the recovery key's written form;
- :mod:`.passwords` — minimum password strength;
- :mod:`.throttle` — failed-login back-off.
"""

from __future__ import annotations

from entryhub_desk.security.kdf import ScryptParams, calibrate_scrypt, derive
from entryhub_desk.security.keyslots import KeyStore, Unlocked
from entryhub_desk.security.passwords import check_password, strength
from entryhub_desk.security.recovery import format_recovery_key, parse_recovery_key
from entryhub_desk.security.throttle import LoginThrottle

__all__ = [
    "KeyStore",
    "LoginThrottle",
    "ScryptParams",
    "Unlocked",
    "calibrate_scrypt",
    "check_password",
    "derive",
    "format_recovery_key",
    "parse_recovery_key",
    "strength",
]
