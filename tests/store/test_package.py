"""The package re-exports its public names lazily (PEP 562): each is the module's own, loaded on
first use, and an unknown name is an AttributeError as for any module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import entryhub_desk.store as store
from entryhub_desk.store import connection, migrations

ROOT = Path(__file__).resolve().parents[2]


def test_every_re_export_is_the_module_s_own() -> None:
    for name in store.__all__:
        value = getattr(store, name)
        assert value is getattr(connection, name, None) or value is getattr(migrations, name)
    with pytest.raises(AttributeError):
        _ = store.no_such_name


def test_importing_the_folder_lock_loads_no_database() -> None:
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import entryhub_desk.store.folder_lock; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlcipher3', 'sqlite_utils',"
        " 'entryhub_desk.store.connection', 'entryhub_desk.store.migrations'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
