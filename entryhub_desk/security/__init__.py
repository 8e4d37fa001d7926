"""Key slots, staff login, password rules, login back-off and recovery keys.

The public names most callers need are re-exported here; the modules hold the details:

- :mod:`.keyslots` — :class:`KeyStore` and :class:`Unlocked` (the key slot file);
- :mod:`.kdf` — scrypt parameters, derivation and calibration;
- :mod:`.recovery` — the recovery key's written form;
- :mod:`.passwords` — minimum password strength;
- :mod:`.throttle` — failed-login back-off.

The re-exports are loaded on first use (PEP 562): importing one module of the package, such as
:mod:`.process` at the program's start, does not load the key slots, the store and
``cryptography`` with it (``tests/cli/test_cli_imports.py`` keeps it so).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from entryhub_desk.lazy import reexports

if TYPE_CHECKING:
    from entryhub_desk.security.kdf import ScryptParams, calibrate_scrypt, derive
    from entryhub_desk.security.keyslots import KeyStore, Unlocked
    from entryhub_desk.security.passwords import check_password, strength
    from entryhub_desk.security.recovery import format_recovery_key, parse_recovery_key
    from entryhub_desk.security.throttle import LoginThrottle

_HOMES = {
    "KeyStore": "keyslots",
    "LoginThrottle": "throttle",
    "ScryptParams": "kdf",
    "Unlocked": "keyslots",
    "calibrate_scrypt": "kdf",
    "check_password": "passwords",
    "derive": "kdf",
    "format_recovery_key": "recovery",
    "parse_recovery_key": "recovery",
    "strength": "passwords",
}

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


__getattr__ = reexports(__name__, _HOMES)
