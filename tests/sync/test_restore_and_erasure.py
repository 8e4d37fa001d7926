"""Restore from backup (new epoch, nothing dropped) and erasure reaching every desk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk
from entryhub_desk.services.backup import BackupService, restore_backup
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.outbox import count_pending
from entryhub_desk.store.repositories import PersonRepository
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.sync.helpers import add_person, edit_person, enrolled
from tests.sync.server import LiveServer


def test_restore_from_backup_drops_nothing(tmp_path: Path, server: LiveServer) -> None:
    clock = FakeClock()
    a, sa = enrolled(tmp_path, server, "a", clock)
    b, sb = enrolled(tmp_path, server, "b", FakeClock())
    first = add_person(a, family_name="First")
    sa.sync_now()
    second = add_person(a, family_name="Second")  # still waiting when the backup is made
    archive = tmp_path / "a.backup"
    BackupService(a).backup(archive)
    sa.sync_now()
    clock.advance(60)
    edit_person(a, first.id, family_name="First, edited after the backup")
    sa.sync_now()
    desk: Desk = a.desk
    a.close()

    def restore_and_open(config_dir: Path | None) -> tuple:
        target = desk if config_dir is None else Desk(replace(desk.config, data_dir=config_dir))
        epoch = restore_backup(target, archive, COORDINATOR, COORDINATOR_PASSWORD)
        clock.advance(60)
        session = target.unlock(COORDINATOR, COORDINATOR_PASSWORD)
        return epoch, session, SyncService(session)

    epoch, restored, service = restore_and_open(None)
    assert epoch == 2
    third = add_person(restored, family_name="Third")  # made in the new epoch
    service.sync_now()
    assert count_pending(restored.opened.conn) == 0
    repo = PersonRepository(restored.opened.context)
    assert repo.get(first.id).family_name == "First, edited after the backup"  # pulled back
    assert repo.get(second.id).family_name == "Second"
    sb.sync_now()
    other = PersonRepository(b.opened.context)
    for person in (first, second, third):
        assert other.find(person.id) is not None
    restored.close()

    # the same backup restored on another machine: no epoch marker there, so the server's
    # highest epoch moves the desk past the epoch already used
    epoch, again, service = restore_and_open(tmp_path / "elsewhere")
    assert epoch == 2
    fourth = add_person(again, family_name="Fourth")
    service.sync_now()
    assert again.identity.epoch == 3
    assert count_pending(again.opened.conn) == 0
    sb.sync_now()
    assert other.find(fourth.id) is not None
    assert other.get(third.id).family_name == "Third"
    again.close()
    b.close()


def test_erasure_reaches_every_desk(tmp_path: Path, server: LiveServer) -> None:
    desks = [enrolled(tmp_path, server, name, FakeClock()) for name in ("a", "b", "c")]
    (a, _sa), (_b, sb), (c, _sc) = desks
    person = add_person(a, family_name="Forgotten", phone="070-765 43 21")
    for _, service in desks:
        service.sync_now()
    assert PersonRepository(c.opened.context).find(person.id) is not None
    edit_person(c, person.id, municipality="Umeå")  # an edit on its way while b erases
    sb.erase_person(person.id, confirmation=short_code(person.id))
    for _ in range(2):
        for _, service in desks:
            service.sync_now()
    for session, _ in desks:
        assert PersonRepository(session.opened.context).find(person.id) is None
        count = session.opened.conn.execute("SELECT count(*) FROM erasure").fetchone()[0]
        assert count == 1
        session.close()
