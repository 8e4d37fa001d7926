"""An erased person stays erased on every path that can write a person: registering again,
a JSON Resume exported before the erasure, a visitor spreadsheet, and a restore of a backup
made before the erasure (even after a re-key). The sync paths (pull, bundles, push refusals)
are in ``tests/sync/test_erasure_sync.py``, the command line in ``tests/cli/``."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.profile import EntryKind, Goals, Skill
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id, short_code
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.backup import BackupService, restore_backup
from entryhub_desk.services.profile import Profiles, draft_key
from entryhub_desk.services.reception_types import ConsentChoice
from entryhub_desk.services.rekey import RekeyService
from entryhub_desk.services.resume import export_resume, import_document
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService
from entryhub_desk.store.erasure_ledger import ledger_path, read_ledger
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import PersonRepository
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock
from tests.services.helpers import coordinator_session, set_up_desk

GIVEN = "Zebulonia"
FAMILY = "Quixotewright"
PHONE = "070-123 45 67"
PHONE_DIGITS = "701234567"
MARK = "Xyloquent"  # in the erased person's visit note, goals, skills and draft
SECRETS = (GIVEN, FAMILY, PHONE_DIGITS, MARK)
# where an erased person's id may stay: the tombstone, the audit trail, the outbox marker
ID_MAY_STAY = frozenset({"erasure", "audit", "outbox"})


def _register(
    session: Session,
    given: str = GIVEN,
    family: str = FAMILY,
    phone: str = PHONE,
    mark: str = MARK,
) -> Person:
    """A visitor with everything a desk holds about one: consents, a visit, profile entries,
    an unsaved draft and search keys."""
    person = VisitorsService(session).register(
        VisitorsService(session).new_person(given_name=given, family_name=family, phone=phone),
        [
            ConsentChoice(ConsentPurpose.KEEP_PROFILE, True),
            ConsentChoice(ConsentPurpose.SHARE_ACROSS_HUBS, False),
        ],
    )
    VisitsService(session).check_in(
        person.id, purposes=["cv_help"], note=f"Brought a {mark} diploma"
    )
    profiles = Profiles(session)
    profiles.save(Goals(person_id=person.id, summary=f"Welder with {mark} experience"))
    profiles.save(Skill(person_id=person.id, free_text=f"{mark} welding"))
    profiles.save_draft(
        person.id, draft_key(EntryKind.SKILL, new_id()), {"free_text": f"Half-typed {mark}"}
    )
    return person


def _keeper(session: Session) -> Person:
    return _register(session, "Amina", "Yusuf", "070-765 43 21", "Plainword")


def _erase(session: Session, person: Person) -> None:
    code = short_code(person.id)
    SyncService(session).erase_person(code, confirmation=code)


def _tables(session: Session) -> list[str]:
    rows = session.opened.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def _found(value: Any, needles: list[str]) -> str | None:
    if isinstance(value, str):
        text = value.casefold()
    elif isinstance(value, bytes | bytearray | memoryview):
        text = bytes(value).decode("utf-8", "replace").casefold()
    else:
        return None
    for needle in needles:
        if needle.casefold() in text:
            return needle
    return None


def _traces(session: Session, person_id: str) -> list[str]:
    """Every table and column that still holds the person's name, phone, notes, drafts or
    (outside the tombstone places) id, read through the key."""
    conn = session.opened.conn
    found: list[str] = []
    for table in _tables(session):
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        needles = list(SECRETS) + ([] if table in ID_MAY_STAY else [person_id])
        for row in cursor.fetchall():
            for column, value in zip(names, row, strict=True):
                hit = _found(value, needles)
                if hit is not None:
                    found.append(f"{table}.{column}: {hit}")
    return found


def _counts(session: Session) -> dict[str, int]:
    conn = session.opened.conn
    return {
        table: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in _tables(session)
        if table != "audit"
    }


# -- (a) registering again, a JSON Resume from before the erasure ---------------------------


def test_the_erased_id_cannot_be_registered_again(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    person = _register(session)
    _erase(session, person)
    before = _counts(session)
    again = replace(person, given_name="Someone", family_name="Else")
    with pytest.raises(DeskError) as caught:
        VisitorsService(session).register(again, [ConsentChoice(ConsentPurpose.KEEP_PROFILE, True)])
    assert caught.value.code == "person.erased"
    message = caught.value.english()
    assert "erased on request on 2026-" in message and "cannot be recreated" in message
    assert FAMILY not in message and person.id not in message
    assert _counts(session) == before  # nothing written, not even to the outbox
    fresh = VisitorsService(session).register(
        VisitorsService(session).new_person(given_name=GIVEN, family_name=FAMILY)
    )
    assert fresh.id != person.id  # the person may come back and register anew
    session.close()


def test_a_json_resume_exported_before_the_erasure_is_refused(desk_config: DeskConfig) -> None:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    person = _register(session)
    document = export_resume(session, person.id)
    assert document["x-entryhub"]["person"]["id"] == person.id
    _erase(session, person)
    before = _counts(session)
    audit_before = session.opened.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(DeskError) as caught:
        import_document(session, json.loads(json.dumps(document)))
    assert caught.value.code == "person.erased"
    assert _counts(session) == before
    audit_after = session.opened.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert audit_after == audit_before
    assert PersonRepository(session.opened.context).find(person.id) is None
    assert _traces(session, person.id) == []
    session.close()


# -- (b) the visitor spreadsheet ------------------------------------------------------------


def test_a_visitor_spreadsheet_cannot_carry_the_erased_id(
    desk_config: DeskConfig, tmp_path: Path
) -> None:
    """The visitor import has no id column: every row is a new person with a new id, so it
    cannot re-create an erased record (a returning person registers anew)."""
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    person = _register(session)
    _erase(session, person)
    sheet = tmp_path / "visitors.csv"
    sheet.write_text(
        "id;code;förnamn;efternamn\n"
        f"{person.id};{short_code(person.id)};{GIVEN};{FAMILY}\n"
        "x;y;Amina;Yusuf\n",
        encoding="utf-8",
    )
    report = VisitorsService(session).import_visitors(sheet)
    assert report.created == 2 and not report.rejected
    assert {"id", "code"} <= set(report.unknown_columns)
    assert PersonRepository(session.opened.context).find(person.id) is None
    session.close()


# -- (d) restore of a backup made before the erasure ----------------------------------------


def _plain_config(tmp_path: Path, clock: FakeClock) -> DeskConfig:
    return DeskConfig(
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "logs",
        clock=clock,
        scrypt_n=TEST_SCRYPT_N,
        plaintext_store=True,
    )


@pytest.mark.parametrize("rekeyed", [False, True], ids=["same-key", "rekeyed-since"])
def test_restoring_an_older_backup_purges_the_erased_person(
    tmp_path: Path, clock: FakeClock, rekeyed: bool
) -> None:
    # the encrypted store is searched through its key; the test-only plain file byte by byte
    config = (
        DeskConfig(data_dir=tmp_path / "data", log_dir=tmp_path / "logs", clock=clock, scrypt_n=16)
        if rekeyed
        else _plain_config(tmp_path, clock)
    )
    desk, _ = set_up_desk(config)
    session = coordinator_session(desk)
    person = _register(session)
    kept = _keeper(session)
    archive = tmp_path / "before-erasure.backup"
    BackupService(session).backup(archive)
    clock.advance(86_400)
    if rekeyed:
        RekeyService(
            session
        ).rekey()  # the store the restore replaces has another key than the backup
    _erase(session, person)
    ledger = ledger_path(config.data_dir)
    session.close()

    clock.advance(3_600)
    epoch = restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)
    restored = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    ctx = restored.opened.context
    assert PersonRepository(ctx).find(person.id) is None
    assert PersonRepository(ctx).find(kept.id) is not None  # only the erased person went
    assert VisitsService(restored).visits_of(kept.id)
    assert _traces(restored, person.id) == []
    conn = restored.opened.conn
    assert (
        conn.execute("SELECT count(*) FROM erasure WHERE person_id = ?", (person.id,)).fetchone()[0]
        == 1
    )
    # the erasure goes out again in the new epoch (it may not have reached the server before)
    markers = [e for e in pending(conn) if e.entity_id == person.id and e.epoch == epoch]
    assert markers and markers[-1].fields["deleted"]["value"] is True
    # the ledger survived the restore: owner-only, ids and times, nothing personal
    assert person.id in read_ledger(ledger)
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o600
    text = ledger.read_text(encoding="ascii")
    assert all(secret not in text for secret in SECRETS) and kept.id not in text
    # and the restored desk refuses the person as the erasing desk did
    with pytest.raises(DeskError) as caught:
        VisitorsService(restored).register(replace(person, family_name="Back"))
    assert caught.value.code == "person.erased"
    restored.close()
    if not rekeyed:
        for path in config.data_dir.glob("desk.db*"):
            raw = path.read_bytes()
            for secret in SECRETS:
                assert secret.encode() not in raw, f"{secret} left in {path.name}"
                assert secret.casefold().encode() not in raw, f"{secret} left in {path.name}"


def test_a_restore_keeps_the_erasures_of_the_backup_in_the_ledger(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Ledger and table are merged: an erasure the backup knows but the folder's ledger does
    not (a backup from another machine) is written to the ledger on restore."""
    config = _plain_config(tmp_path, clock)
    desk, _ = set_up_desk(config)
    session = coordinator_session(desk)
    person = _register(session)
    _erase(session, person)
    archive = tmp_path / "after-erasure.backup"
    BackupService(session).backup(archive)
    session.close()
    other = Desk(replace(config, data_dir=tmp_path / "elsewhere"))
    restore_backup(other, archive, COORDINATOR, COORDINATOR_PASSWORD)
    assert person.id in read_ledger(ledger_path(tmp_path / "elsewhere"))


def test_a_log_in_brings_the_ledger_in_step_with_the_erasure_table(
    desk_config: DeskConfig,
) -> None:
    """An erasure the table holds but the ledger lacks (made before the ledger existed, on a
    desk that never pulls) reaches the ledger at the next log-in, so a later restore of an
    older copy purges that person too."""
    desk, _recovery = set_up_desk(desk_config)
    session = coordinator_session(desk)
    person = _register(session)
    _erase(session, person)
    session.close()
    ledger = ledger_path(desk_config.data_dir)
    ledger.unlink()  # as on a desk whose erasure predates the ledger
    coordinator_session(Desk(desk_config)).close()
    assert person.id in read_ledger(ledger)
