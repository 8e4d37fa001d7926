"""The pre-allocated file for held-back audit entries: fixed size, encrypted, bound to a store."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.security.audit_held import SIZE, HeldAuditFile

SECRET = bytes(range(32))


def _file(tmp_path: Path, uuid: str = "db-1") -> HeldAuditFile:
    held = HeldAuditFile(tmp_path / "audit-held", SECRET, uuid)
    held.prepare()
    return held


def test_entries_round_trip_in_a_file_of_fixed_size(tmp_path: Path) -> None:
    held = _file(tmp_path)
    assert held.path.stat().st_size == SIZE
    with held.entries() as stored:
        assert stored == {}
        assert stored is not None
        stored["a"] = {"action": "login", "at": 1.5}
    assert held.path.stat().st_size == SIZE
    raw = held.path.read_bytes()
    assert b"login" not in raw  # encrypted
    with held.entries() as stored:
        assert stored == {"a": {"action": "login", "at": 1.5}}
        assert held.readable
        del stored["a"]
    assert held.path.read_bytes() == bytes(SIZE)  # empty again: all zeros


def test_a_changed_file_or_another_store_reads_as_unreadable(tmp_path: Path) -> None:
    held = _file(tmp_path)
    for damage in ("changed", "another store"):
        with held.entries() as stored:
            assert stored is not None
            stored["a"] = {"action": "login", "at": 1.0}
        reader = held
        if damage == "changed":
            data = bytearray(held.path.read_bytes())
            data[30] ^= 1
            held.path.write_bytes(bytes(data))
        else:
            reader = HeldAuditFile(held.path, SECRET, "db-2")
        with reader.entries() as stored:
            assert stored == {}
        assert not reader.readable
        assert held.path.read_bytes() == bytes(SIZE)  # reset: it warns once, not every time


def test_too_many_entries_do_not_fit(tmp_path: Path) -> None:
    held = _file(tmp_path)
    many = {
        f"{n:032x}": {"action": "view_person", "at": float(n), "x": "y" * 100} for n in range(2000)
    }
    assert not held.fits(many)
    with pytest.raises(OverflowError), held.entries() as stored:
        assert stored is not None
        stored.update(many)
    with held.entries() as stored:
        assert stored == {}  # nothing half-written


def test_no_file_means_no_entries(tmp_path: Path) -> None:
    held = HeldAuditFile(tmp_path / "missing", SECRET, "db-1")
    with held.entries() as stored:
        assert stored is None
