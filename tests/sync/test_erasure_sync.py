"""Erasure holds on the sync paths: a pull after an erasure on another desk, answer bundles,
and a change the server refuses because the person is erased there (the desk purges the
person instead of keeping them for ever)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from entryhub_desk.domain.visit import Visit
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.services import Session
from entryhub_desk.services.backup import BackupService, restore_backup
from entryhub_desk.services.resume import export_resume, import_document
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.erasure_ledger import ledger_path, read_ledger
from entryhub_desk.store.repositories import PersonRepository, VisitRepository
from entryhub_server.bundles import import_bundle
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.sync.helpers import add_person, enrolled
from tests.sync.server import LiveServer

FAMILY = "Quixotewright"
PHONE = "070-123 45 67"


def _visit(session: Session, person_id: str, note: str) -> Visit:
    when = datetime.fromtimestamp(session.desk.config.clock(), UTC)
    return VisitRepository(session.opened.context).create(
        Visit(person_id=person_id, hub_id=session.identity.hub_id, visited_at=when, note=note)
    )


def _erase(service: SyncService, person_id: str) -> None:
    service.erase_person(person_id, confirmation=short_code(person_id))


def _bundle_round(tmp_path: Path, server: LiveServer, service: SyncService, name: str):
    bundle = tmp_path / f"{name}.bundle"
    service.export_bundle(bundle)
    answer = tmp_path / f"{name}.answer"
    answer.write_bytes(import_bundle(server.context, bundle.read_bytes()).answer)
    return service.import_bundle(answer)


def _find(session: Session, person_id: str) -> object:
    return PersonRepository(session.opened.context).find(person_id)


def _holds(session: Session, text: str) -> list[str]:
    """Tables whose rows still hold ``text`` (read through the key)."""
    conn = session.opened.conn
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            if any(isinstance(v, str) and text in v for v in row):
                found.append(str(table))
                break
    return found


def _recreate_as_before_this_fix(session: Session, person_id: str) -> None:
    """What a desk did before erasure held on every path: the erased person back under the
    same id (a JSON Resume import), the desk's erasure record not consulted."""
    conn = session.opened.conn
    conn.execute("DELETE FROM erasure WHERE person_id = ?", (person_id,))
    ledger_path(session.desk.config.data_dir).unlink(missing_ok=True)
    add_person(session, id=person_id, family_name=FAMILY, phone=PHONE)
    _visit(session, person_id, f"{FAMILY} came back")


# -- (e) sync pull after an erasure on another desk -----------------------------------------


def test_an_erasure_pulled_from_another_desk_holds_on_every_path(
    tmp_path: Path, server: LiveServer
) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(a, family_name=FAMILY, phone=PHONE)
    _visit(a, person.id, f"{FAMILY} asked for a CV")
    kept = add_person(a, family_name="Keeper")
    sa.sync_now()
    sb.sync_now()
    assert _find(b, person.id) is not None
    resume = export_resume(b, person.id)  # a file made before the erasure
    archive = tmp_path / "b-before.backup"
    BackupService(b).backup(archive)

    _erase(sa, person.id)
    sa.sync_now()
    sb.sync_now()
    assert _find(b, person.id) is None
    assert person.id in read_ledger(ledger_path(b.desk.config.data_dir))
    with pytest.raises(DeskError) as caught:
        import_document(b, json.loads(json.dumps(resume)))
    assert caught.value.code == "person.erased"
    assert _find(b, person.id) is None

    # b's backup from before the pull: the person is purged on restore, before any sync
    desk = b.desk
    b.close()
    restore_backup(desk, archive, COORDINATOR, COORDINATOR_PASSWORD)
    restored = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    assert _find(restored, person.id) is None
    assert _find(restored, kept.id) is not None
    assert _holds(restored, FAMILY) == []
    SyncService(restored).sync_now()  # and the next round does not bring it back
    assert _find(restored, person.id) is None
    assert _find(restored, kept.id) is not None
    restored.close()
    a.close()


def test_a_desk_holding_an_erased_person_purges_it_when_the_server_refuses(
    tmp_path: Path, server: LiveServer
) -> None:
    a, sa = enrolled(tmp_path, server, "a")
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(a, family_name=FAMILY, phone=PHONE)
    sa.sync_now()
    sb.sync_now()
    _erase(sa, person.id)
    sa.sync_now()
    sb.sync_now()  # b has pulled the erasure: its cursor is past it
    _recreate_as_before_this_fix(b, person.id)
    other = add_person(b, family_name="Newcomer")
    result = sb.sync_now()
    assert result.rejected >= 2  # the person and the visit, refused: erased on the server
    assert _find(b, person.id) is None  # not kept for ever
    assert _find(b, other.id) is not None
    assert _holds(b, FAMILY) == []  # nor kept aside among the refused changes
    assert (
        b.opened.conn.execute(
            "SELECT count(*) FROM erasure WHERE person_id = ?", (person.id,)
        ).fetchone()[0]
        == 1
    )
    assert person.id in read_ledger(ledger_path(b.desk.config.data_dir))
    sa.sync_now()
    assert _find(a, other.id) is not None and _find(a, person.id) is None
    a.close()
    b.close()


# -- (c) answer bundles ---------------------------------------------------------------------


def test_an_answer_bundle_never_brings_back_an_erased_person(
    tmp_path: Path, server: LiveServer
) -> None:
    a, sa = enrolled(tmp_path, server, "a")  # a hub without a connection: bundles only
    b, sb = enrolled(tmp_path, server, "b")
    person = add_person(b, family_name=FAMILY, phone=PHONE)
    first_visit = _visit(b, person.id, "first visit")
    sb.sync_now()
    _bundle_round(tmp_path, server, sa, "first")
    assert _find(a, person.id) is not None

    # b logs a visit of the person, corrects the first one and registers another; the
    # answer to a's next bundle carries all three, and a erases the person before that
    # answer comes home
    visit = _visit(b, person.id, f"{FAMILY} at the other desk")
    VisitRepository(b.opened.context).update(replace(first_visit, note=f"{FAMILY} brought papers"))
    newcomer = add_person(b, family_name="Newcomer")
    sb.sync_now()
    bundle = tmp_path / "second.bundle"
    sa.export_bundle(bundle)
    answer = tmp_path / "second.answer"
    answer.write_bytes(import_bundle(server.context, bundle.read_bytes()).answer)
    _erase(sa, person.id)
    sa.import_bundle(answer)
    assert _find(a, person.id) is None
    assert VisitRepository(a.opened.context).find(visit.id) is None  # refused
    assert _find(a, newcomer.id) is not None  # the others applied
    assert _holds(a, FAMILY) == []  # not even parked: the correction names its person
    _bundle_round(tmp_path, server, sa, "third")  # the erasure reaches the server
    sb.sync_now()
    assert _find(b, person.id) is None

    # a copy that re-created the person before this fix: the server's answer refuses the
    # person's changes, and the desk erases the person instead of keeping them
    _recreate_as_before_this_fix(a, person.id)
    late = add_person(a, family_name="Latecomer")
    imported = _bundle_round(tmp_path, server, sa, "fourth")
    assert imported.rejected >= 2
    assert _find(a, person.id) is None
    assert _find(a, late.id) is not None
    assert _holds(a, FAMILY) == []
    assert person.id in read_ledger(ledger_path(a.desk.config.data_dir))
    sb.sync_now()
    assert _find(b, late.id) is not None and _find(b, person.id) is None
    a.close()
    b.close()
