"""Offline bundles: desk → USB stick → server → answer → desk, through the pull path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.store.outbox import count_pending
from entryhub_desk.store.repositories import PersonRepository
from entryhub_server.bundles import import_bundle
from tests.sync.helpers import add_person, enrolled
from tests.sync.server import LiveServer


def test_a_bundle_round_trip_applies_once(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    from_b = add_person(b, family_name="Online")
    sb.sync_now()
    person = add_person(a, family_name="Offline")
    bundle = tmp_path / "desk.bundle"
    exported = sa.export_bundle(bundle)
    assert exported.changes >= 1
    assert b"Offline" not in bundle.read_bytes()  # sealed
    answer = tmp_path / "answer.bundle"
    answer.write_bytes(import_bundle(server.context, bundle.read_bytes()).answer)
    first = sa.import_bundle(answer)
    assert first.acknowledged == exported.changes
    assert count_pending(a.opened.conn) == 0
    assert PersonRepository(a.opened.context).get(from_b.id).family_name == "Online"
    before = a.opened.conn.execute("SELECT * FROM person ORDER BY id").fetchall()
    again = sa.import_bundle(answer)  # importing twice changes nothing
    assert again.applied == 0
    assert a.opened.conn.execute("SELECT * FROM person ORDER BY id").fetchall() == before
    sb.sync_now()
    assert PersonRepository(b.opened.context).get(person.id).family_name == "Offline"


def test_tampered_and_foreign_answers_are_refused(tmp_path: Path, server: LiveServer) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    _b, sb = enrolled(tmp_path, server, "b")
    add_person(a)
    bundle = tmp_path / "desk.bundle"
    sa.export_bundle(bundle)
    answer_bytes = import_bundle(server.context, bundle.read_bytes()).answer
    envelope = json.loads(answer_bytes)
    cipher = bytearray(envelope["ciphertext"].encode())
    cipher[10] = ord("A") if cipher[10] != ord("A") else ord("B")
    envelope["ciphertext"] = cipher.decode()
    tampered = tmp_path / "tampered.bundle"
    tampered.write_text(json.dumps(envelope))
    with pytest.raises(DeskError) as caught:
        sa.import_bundle(tampered)
    assert caught.value.code in ("bundle.bad_signature", "bundle.bad_format")
    foreign = tmp_path / "answer.bundle"
    foreign.write_bytes(answer_bytes)
    with pytest.raises(DeskError) as caught:
        sb.import_bundle(foreign)  # meant for desk a
    assert caught.value.code in ("bundle.wrong_device", "bundle.wrong_recipient")
    garbage = tmp_path / "garbage.bundle"
    garbage.write_bytes(b"not a bundle at all")
    with pytest.raises(DeskError) as caught:
        sa.import_bundle(garbage)
    assert caught.value.code == "bundle.bad_format"
    assert count_pending(a.opened.conn) > 0  # nothing was acknowledged by the refused files


def test_waiting_changes_are_cut_into_push_batches() -> None:
    from entryhub_desk.ids import new_id
    from entryhub_desk.sync.bundles_desk import BATCH_BYTES, _batches
    from entryhub_wire import wire

    hlc = "1790000000000-0000-" + new_id()
    small = [
        wire.Change(
            device_id=new_id(),
            epoch=1,
            seq=seq,
            entity="visit",
            entity_id=new_id(),
            person_id=new_id(),
            hlc=hlc,
            fields={"note": wire.FieldValue("x", hlc)},
        )
        for seq in range(1, 1201)
    ]
    batches = _batches(tuple(small))
    assert [len(b) for b in batches] == [500, 500, 200]
    assert [c for b in batches for c in b] == small
    big_text = "y" * (BATCH_BYTES // 3)
    big = [
        wire.Change(
            device_id=new_id(),
            epoch=1,
            seq=seq,
            entity="visit",
            entity_id=new_id(),
            person_id=new_id(),
            hlc=hlc,
            fields={"note": wire.FieldValue(big_text, hlc)},
        )
        for seq in range(1, 7)
    ]
    assert [len(b) for b in _batches(tuple(big))] == [2, 2, 2]
