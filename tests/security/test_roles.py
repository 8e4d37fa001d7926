"""Signed roles: a member who holds the database key cannot raise her own role.

Every attack here is made the way a receptionist could make it: with the database key from her
own slot, on the real SQLCipher file, outside the program.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Action, Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk, Session, roles
from entryhub_desk.services.backup import BackupService
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.store.connection import open_database
from entryhub_desk.store.repositories.staff import StaffRepository
from entryhub_wire.grants import ChainState, Grant, new_signing_key, sign_grant
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.services.helpers import coordinator_session, set_up_desk

RITA, RITA_PASSWORD = "Rita Reception", "Blåbär-Höst-1234"
BO, BO_PASSWORD = "Bo Coordinator", "Lingon-Sommar-77"
VERA, VERA_PASSWORD = "Vera Volunteer", "Hjortron-Vår-5678"


def _raw_db(desk: Desk, name: str, password: str):
    """The store opened outside the program with the key from ``name``'s own slot."""
    key = desk.keystore.unlock(name, password).keys[0]
    return open_database(desk.config.db_path, key)


def _write_coordinator_grant(
    desk: Desk,
    state: ChainState,
    rita_id: str,
    *,
    key: bytes,
    issuer: str,
    public_key: bytes | None,
    at: str,
) -> Grant:
    """Rita, with the database key from her own slot, appends a coordinator grant for herself
    signed with ``key`` (naming ``issuer``) to the chain and sets her role column."""
    grant = sign_grant(
        key,
        Grant(
            seq=state.next_seq,
            staff_id=rita_id,
            name=RITA,
            role="coordinator",
            active=True,
            issued_at=at,
            issuer=issuer,
            public_key=public_key,
            previous=state.head,
        ),
    )
    conn = _raw_db(desk, RITA, RITA_PASSWORD)
    conn.execute(
        "INSERT INTO staff_grant (seq, staff_id, grant_json, recorded_at) VALUES (?, ?, ?, ?)",
        (grant.seq, rita_id, json.dumps(grant.to_json()), at),
    )
    conn.execute("UPDATE staff SET role = 'coordinator' WHERE id = ?", (rita_id,))
    conn.commit()
    conn.close()
    return grant


def _refusals(session: Session, tmp_path: Path, person_id: str) -> dict[str, str]:
    """Try every coordinator action that leaves the desk; the error code of each."""
    sync = SyncService(session)
    attempts = {
        "backup": lambda: BackupService(session).backup(tmp_path / "stolen.backup"),
        "export": lambda: sync.export_person(person_id, tmp_path / "export.json"),
        "erase": lambda: sync.erase_person(person_id, confirmation=short_code(person_id)),
        "staff add": lambda: StaffService(session).add_staff(
            "Mallory Helper", Role.COORDINATOR, "Ek-Vinter-9876x"
        ),
    }
    codes: dict[str, str] = {}
    for what, attempt in attempts.items():
        with pytest.raises(DeskError) as caught:
            attempt()
        codes[what] = caught.value.code
    return codes


@pytest.fixture
def desk(desk_config: DeskConfig) -> Desk:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff(RITA, Role.RECEPTIONIST, RITA_PASSWORD)
    session.close()
    return desk


def _visitor(session: Session) -> str:
    return (
        VisitorsService(session)
        .register(VisitorsService(session).new_person(given_name="Zaid", family_name="Qorane"))
        .id
    )


def test_a_receptionist_who_edits_her_role_column_is_refused_and_check_reports_it(
    desk: Desk, tmp_path: Path
) -> None:
    conn = _raw_db(desk, RITA, RITA_PASSWORD)
    conn.execute("UPDATE staff SET role = 'coordinator' WHERE name = ?", (RITA,))
    conn.commit()
    conn.close()

    rita = desk.unlock(RITA, RITA_PASSWORD)
    assert rita.staff.role is Role.COORDINATOR  # the column says so ...
    person_id = _visitor(rita)  # ... desk work goes on ...
    codes = _refusals(rita, tmp_path, person_id)  # ... but nothing a coordinator signs
    assert set(codes.values()) == {"auth.role_unverified"}, codes
    assert not (tmp_path / "stolen.backup").exists()
    rita.close()

    coordinator = coordinator_session(desk)
    problems = CheckService(coordinator).check()
    assert f"roles: staff member {RITA}: role coordinator is not signed (receptionist is)" in (
        problems
    )


def test_a_grant_signed_by_a_key_that_is_not_a_coordinators_is_refused(
    desk: Desk, tmp_path: Path
) -> None:
    coordinator = coordinator_session(desk)
    state, _ = roles.chain(coordinator)
    rita_id = StaffService(coordinator).list_staff()[-1].id
    assert StaffService(coordinator).list_staff()[-1].name == RITA
    first_id = coordinator.staff.id
    coordinator.close()
    # Rita makes her own key and signs herself a coordinator grant, claiming the first
    # coordinator as issuer, and also sets the column.
    own_private, own_public = new_signing_key()
    forged = _write_coordinator_grant(
        desk,
        state,
        rita_id,
        key=own_private,
        issuer=first_id,
        public_key=own_public,
        at="2026-12-01T00:00:00.000000Z",
    )

    rita = desk.unlock(RITA, RITA_PASSWORD)
    codes = _refusals(rita, tmp_path, _visitor(rita))
    assert set(codes.values()) == {"auth.role_unverified"}, codes
    rita.close()
    problems = CheckService(coordinator_session(desk)).check()
    assert f"roles: grant {forged.seq}: the signature does not verify" in problems


def test_a_second_coordinator_granted_by_the_first_can_grant_roles(
    desk: Desk, tmp_path: Path
) -> None:
    first = coordinator_session(desk)
    StaffService(first).add_staff(BO, Role.COORDINATOR, BO_PASSWORD)
    first.close()

    bo = desk.unlock(BO, BO_PASSWORD)
    assert bo.signing_key is not None  # her key came with her slot
    vera = StaffService(bo).add_staff(VERA, Role.VOLUNTEER, VERA_PASSWORD)
    BackupService(bo).backup(tmp_path / "by-bo.backup")
    state, problems = roles.chain(bo)
    assert problems == []
    assert state.members[vera.id].issuer == bo.staff.id
    assert state.members[bo.staff.id].issuer == first.staff.id
    assert CheckService(bo).check() == []
    bo.close()

    volunteer = desk.unlock(VERA, VERA_PASSWORD)
    volunteer.require(Action.EDIT_PROFILE)  # the signed volunteer role works
    with pytest.raises(DeskError) as caught:
        volunteer.require(Action.BACKUP)
    assert caught.value.code == "auth.role_not_allowed"


def test_a_disabled_coordinators_later_grants_are_refused(desk: Desk, tmp_path: Path) -> None:
    first = coordinator_session(desk)
    StaffService(first).add_staff(BO, Role.COORDINATOR, BO_PASSWORD)
    bo = desk.unlock(BO, BO_PASSWORD)
    bo_key = bo.signing_key  # Bo keeps a copy of her key before she leaves
    assert bo_key is not None
    bo_id = bo.staff.id
    bo.close()
    StaffService(first).disable_staff(BO)
    rita_id = next(m.id for m in StaffService(first).list_staff() if m.name == RITA)
    state, problems = roles.chain(first)
    assert problems == [] and not state.members[bo_id].active
    first.close()

    # After she was disabled, Bo signs Rita a coordinator grant at the end of the chain
    later = _write_coordinator_grant(
        desk,
        state,
        rita_id,
        key=bo_key,
        issuer=bo_id,
        public_key=None,
        at="2026-12-02T00:00:00.000000Z",
    )

    rita = desk.unlock(RITA, RITA_PASSWORD)
    with pytest.raises(DeskError) as caught:
        BackupService(rita).backup(tmp_path / "x.backup")
    assert caught.value.code == "auth.role_unverified"
    rita.close()
    problems = CheckService(coordinator_session(desk)).check()
    assert f"roles: grant {later.seq}: its issuer is not an active coordinator" in problems


def test_a_password_reset_gives_a_coordinator_a_new_signed_key(desk: Desk) -> None:
    first = coordinator_session(desk)
    StaffService(first).add_staff(BO, Role.COORDINATOR, BO_PASSWORD)
    StaffService(first).reset_password(BO, "Nypon-Vinter-2468")
    first.close()
    bo = desk.unlock(BO, "Nypon-Vinter-2468")
    StaffService(bo).add_staff(VERA, Role.VOLUNTEER, VERA_PASSWORD)  # signs with the new key
    StaffService(bo).change_own_password("Nypon-Vinter-2468", "Kastanj-Höst-1357")
    bo.close()
    bo = desk.unlock(BO, "Kastanj-Höst-1357")
    StaffService(bo).disable_staff(VERA)  # the key survived her own password change
    assert CheckService(bo).check() == []


def test_recovery_gives_a_coordinator_a_new_key_signed_by_the_recovery_grant(
    desk_config: DeskConfig,
) -> None:
    desk, recovery_key = set_up_desk(desk_config)
    desk.recover(
        recovery_key=recovery_key, coordinator_name=COORDINATOR, new_password="Rönnbär-Vår-97531"
    )
    session = desk.unlock(COORDINATOR, "Rönnbär-Vår-97531")
    member = StaffService(session).add_staff(VERA, Role.VOLUNTEER, VERA_PASSWORD)  # she signs again
    state, problems = roles.chain(session)
    assert problems == []
    assert state.members[session.staff.id].issuer == "recovery"
    assert state.members[member.id].issuer == session.staff.id


def test_a_person_export_carries_the_coordinators_signature(desk: Desk, tmp_path: Path) -> None:
    from entryhub_wire.grants import export_signature_verifies

    session = coordinator_session(desk)
    person_id = _visitor(session)
    json_path, _ = SyncService(session).export_person(person_id, tmp_path / "export.json")
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert export_signature_verifies(document)
    assert session.signing_key is not None
    block = document["signature"]
    assert block["signer"] == session.staff.id
    assert block["public_key"] == block["root_key"]  # the first coordinator is the root
    document["person"] = {"tampered": True}
    assert not export_signature_verifies(document)


def test_restore_needs_a_signed_coordinator_and_signs_the_erasures_it_sends_again(
    desk: Desk, tmp_path: Path
) -> None:
    from entryhub_desk.services.backup import restore_backup
    from entryhub_desk.store.outbox import pending
    from entryhub_wire.grants import check_erasure

    session = coordinator_session(desk)
    person_id = _visitor(session)
    archive = tmp_path / "before-erasure.backup"
    BackupService(session).backup(archive)
    SyncService(session).erase_person(person_id, confirmation=short_code(person_id))
    session.close()

    # Rita raises her role in the live store; a coordinator's next backup carries it.
    conn = _raw_db(desk, RITA, RITA_PASSWORD)
    conn.execute("UPDATE staff SET role = 'coordinator' WHERE name = ?", (RITA,))
    conn.commit()
    conn.close()
    raised = tmp_path / "raised.backup"
    session = coordinator_session(desk)
    BackupService(session).backup(raised)
    session.close()
    with pytest.raises(DeskError) as caught:
        restore_backup(desk, raised, RITA, RITA_PASSWORD)
    assert caught.value.code == "auth.role_unverified"

    restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)
    restored = coordinator_session(desk)
    root = StaffRepository(restored.opened.context).coordinator_root()
    erasures = [
        entry
        for entry in pending(restored.opened.conn)
        if entry.entity == "person" and entry.entity_id == person_id and "deleted" in entry.fields
    ]
    assert erasures  # the restore sends the erasure again ...
    for entry in erasures:  # ... signed so that the server takes it
        auth = entry.fields["erasure_auth"]["value"]
        problem = check_erasure(
            auth, root_public=root, device_id=restored.identity.device_id, person_id=person_id
        )
        assert problem is None


def test_a_raised_role_column_does_not_unlock_a_coordinators_locked_desk(desk: Desk) -> None:
    conn = _raw_db(desk, RITA, RITA_PASSWORD)
    conn.execute("UPDATE staff SET role = 'coordinator' WHERE name = ?", (RITA,))
    conn.commit()
    conn.close()
    session = coordinator_session(desk)
    session.lock()
    with pytest.raises(DeskError) as caught:
        session.unlock_as(RITA, RITA_PASSWORD)
    assert caught.value.code == "auth.unlock_not_allowed"
    assert session.is_locked


def test_a_role_change_is_a_signed_grant_and_a_promoted_member_gets_a_key(
    desk: Desk, tmp_path: Path
) -> None:
    first = coordinator_session(desk)
    StaffService(first).change_role(RITA, Role.COORDINATOR)
    first.close()
    rita = desk.unlock(RITA, RITA_PASSWORD)
    assert rita.signing_key is not None
    StaffService(rita).add_staff(VERA, Role.VOLUNTEER, VERA_PASSWORD)  # she signs now
    rita.close()

    first = coordinator_session(desk)
    StaffService(first).change_role(RITA, Role.RECEPTIONIST)
    assert CheckService(first).check() == []
    first.close()
    rita = desk.unlock(RITA, RITA_PASSWORD)
    with pytest.raises(DeskError) as caught:
        BackupService(rita).backup(tmp_path / "x.backup")
    assert caught.value.code == "auth.role_not_allowed"
