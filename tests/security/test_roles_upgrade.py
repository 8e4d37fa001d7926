"""The upgrade of a store made before signed roles (schema 4, key-slot file format 1).

``data/pre_roles/`` was written by the program as it was before this change (``git archive`` of
the commit before it, ``Desk.set_up`` and ``Session.add_staff`` with the test scrypt cost):
coordinators Amina and Bo, receptionist Rita, volunteer Vera; no root key, no grants.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Action, Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk, roles
from entryhub_desk.services.backup import BackupService
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.connection import open_database
from entryhub_desk.store.migrations import schema_version
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD

OLD = Path(__file__).with_name("data") / "pre_roles"
BO, BO_PASSWORD = "Bo Coordinator", "Lingon-Sommar-77"
RITA, RITA_PASSWORD = "Rita Reception", "Blåbär-Höst-1234"
VERA, VERA_PASSWORD = "Vera Volunteer", "Hjortron-Vår-5678"


@pytest.fixture
def old_desk(desk_config: DeskConfig) -> Desk:
    desk_config.data_dir.mkdir(parents=True)
    for name in ("desk.db", "keyslots.json"):
        shutil.copy(OLD / name, desk_config.data_dir / name)
        (desk_config.data_dir / name).chmod(0o600)
    return Desk(desk_config)


def _slot_file(desk: Desk) -> dict[str, object]:
    return json.loads(desk.config.slots_path.read_text(encoding="utf-8"))


def _slot(desk: Desk, label: str) -> dict[str, object]:
    slots = _slot_file(desk)["slots"]
    assert isinstance(slots, list)
    return next(s for s in slots if s["label"] == label)


def test_the_first_coordinators_log_in_signs_the_roles_of_an_old_store(
    old_desk: Desk, tmp_path: Path
) -> None:
    assert _slot_file(old_desk)["format"] == 1
    # Before any coordinator logged in, members log in and do their work as before.
    vera = old_desk.unlock(VERA, VERA_PASSWORD)
    assert roles.is_legacy(vera)
    with pytest.raises(DeskError) as caught:
        vera.require(Action.EDIT_PROFILE)  # nothing is signed yet: only desk work
    assert caught.value.code == "auth.role_unverified"
    vera.require(Action.REGISTER_PERSON)
    vera.close()
    assert _slot_file(old_desk)["format"] == 1  # a member's log-in changes nothing

    amina = old_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert schema_version(amina.opened.conn) >= 5
    document = _slot_file(old_desk)
    assert document["format"] == 2 and document["root_key"] is not None
    assert _slot(old_desk, COORDINATOR)["signing"] is not None
    assert _slot(old_desk, BO)["signing"] is not None  # Bo's key waits sealed in her slot
    assert _slot(old_desk, RITA)["signing"] is None
    state, problems = roles.chain(amina)
    assert problems == []
    signed = {grant.name: grant.role for grant in state.members.values()}
    assert signed == {
        COORDINATOR: "coordinator",
        "recovery key": "coordinator",
        BO: "coordinator",
        RITA: "receptionist",
        VERA: "volunteer",
    }
    assert CheckService(amina).check() == []
    BackupService(amina).backup(tmp_path / "after-upgrade.backup")
    amina.close()

    # Bo, a coordinator before the change, signs with the key the upgrade gave her.
    bo = old_desk.unlock(BO, BO_PASSWORD)
    assert _slot(old_desk, BO)["bound"] is True  # her slot is bound to the root at her log-in
    StaffService(bo).add_staff("Nour Volunteer", Role.VOLUNTEER, "Päron-Vinter-8642")
    bo.close()

    # The volunteer's signed role now works; the receptionist's raised column does not.
    old_desk.unlock(VERA, VERA_PASSWORD).require(Action.EDIT_PROFILE)
    key = old_desk.keystore.unlock(RITA, RITA_PASSWORD).keys[0]
    conn = open_database(old_desk.config.db_path, key)
    conn.execute("UPDATE staff SET role = 'coordinator' WHERE name = ?", (RITA,))
    conn.commit()
    conn.close()
    rita = old_desk.unlock(RITA, RITA_PASSWORD)
    with pytest.raises(DeskError) as caught:
        BackupService(rita).backup(tmp_path / "rita.backup")
    assert caught.value.code == "auth.role_unverified"


def test_an_upgrade_cut_after_the_slot_file_is_finished_at_the_next_log_in(
    old_desk: Desk,
) -> None:
    amina = old_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    # As if the program died between step 1 (slot file) and step 2 (database): undo step 2.
    conn = amina.opened.conn
    conn.execute("DELETE FROM staff_grant")
    conn.execute("UPDATE identity SET coordinator_root = NULL")
    conn.commit()
    amina.close()
    amina = old_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert roles.chain(amina)[1] == []
    assert CheckService(amina).check() == []


def test_swapping_the_root_key_in_the_slot_file_locks_out_every_bound_slot(
    old_desk: Desk,
) -> None:
    from entryhub_desk.security.keyslots_format import decode_file, encode_file
    from entryhub_wire.grants import new_signing_key

    old_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD).close()  # the upgrade: root key made
    old_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD).close()  # her slot bound to it
    old_desk.unlock(BO, BO_PASSWORD).close()  # and Bo's
    # Rita, with the database key, puts her own root key in the header (MAC recomputed).
    key = old_desk.keystore.unlock(RITA, RITA_PASSWORD).keys[0]
    loaded = decode_file(old_desk.config.slots_path.read_bytes())
    swapped = loaded.data.__class__(**{**loaded.data.__dict__, "root_key": new_signing_key()[1]})
    old_desk.config.slots_path.write_bytes(encode_file(swapped, key=key))
    for name, password in ((COORDINATOR, COORDINATOR_PASSWORD), (BO, BO_PASSWORD)):
        with pytest.raises(DeskError):
            old_desk.keystore.unlock(name, password)
