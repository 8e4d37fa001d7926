"""The package re-exports its public names lazily (PEP 562): each is the module's own, loaded on
first use, and an unknown name is an AttributeError as for any module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import entryhub_desk.security as security
from entryhub_desk.security import kdf, keyslots, passwords, recovery, throttle

ROOT = Path(__file__).resolve().parents[2]


def test_every_re_export_is_the_module_s_own() -> None:
    homes = {"kdf": kdf, "keyslots": keyslots, "passwords": passwords}
    homes |= {"recovery": recovery, "throttle": throttle}
    for name in security.__all__:
        value = getattr(security, name)
        assert any(getattr(module, name, None) is value for module in homes.values()), name
    with pytest.raises(AttributeError):
        _ = security.no_such_name


def test_importing_one_module_loads_no_key_slots() -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import entryhub_desk.security.process; "
        "print(sorted(m for m in sys.modules if m.startswith(('entryhub_desk.security.keyslots',"
        " 'entryhub_desk.store', 'cryptography'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
