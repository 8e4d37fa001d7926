"""The generic schema step: new dataclass fields get their columns without a numbered migration,
and a new field travels through sync even to a desk whose store did not have it yet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.profile import Credential, EntryKind, Goals, Work
from entryhub_desk.domain.profile.goals import WorkPermit
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.profile import Profiles
from entryhub_desk.store.connection import DeskConnection
from entryhub_desk.store.migrations import CURRENT_SCHEMA, migrate, schema_version
from entryhub_desk.store.migrations.columns import column_definition, missing_columns
from entryhub_desk.store.outbox import load_fields
from entryhub_desk.store.repositories.profile import ProfileRepository
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N
from tests.conftest import FakeClock as DeskClock
from tests.sync.helpers import add_person, transfer

from .conftest import FakeClock


def _columns(conn: DeskConnection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def test_column_types_follow_the_field_types() -> None:
    assert column_definition(Goals, "work_permit") == '"work_permit" TEXT'
    assert column_definition(Goals, "wants") == "\"wants\" TEXT NOT NULL DEFAULT '[]'"
    assert column_definition(Goals, "hours_per_week") == '"hours_per_week" INTEGER'
    assert column_definition(Goals, "summary") == "\"summary\" TEXT NOT NULL DEFAULT ''"
    assert column_definition(Work, "work_type") == "\"work_type\" TEXT NOT NULL DEFAULT 'formal'"
    assert column_definition(Credential, "bridging") == (
        "\"bridging\" TEXT NOT NULL DEFAULT 'none'"
    )
    with pytest.raises(ValueError, match="numbered migration"):
        column_definition(Credential, "name")  # required, no default: not for this step


def test_a_store_without_the_column_gets_it_after_a_copy(
    db_path: Path, key: bytes, clock: FakeClock, conn: DeskConnection
) -> None:
    backups = db_path.parent / "backups"
    assert missing_columns(conn) == []
    assert "work_permit" in _columns(conn, "profile_goals")  # a new store has it at once
    conn.execute("ALTER TABLE profile_goals DROP COLUMN work_permit")  # as schema 9 was
    assert missing_columns(conn) == [("profile_goals", '"work_permit" TEXT')]
    assert migrate(conn, db_path=db_path, backups_dir=backups, clock=clock) == []
    assert "work_permit" in _columns(conn, "profile_goals")
    assert schema_version(conn) == CURRENT_SCHEMA  # the version is not bumped
    assert len(list(backups.iterdir())) == 1  # the safety copy before the change
    assert migrate(conn, db_path=db_path, backups_dir=backups, clock=clock) == []
    assert len(list(backups.iterdir())) == 1  # nothing to do, nothing copied


def test_a_newer_store_is_refused_and_not_given_columns(
    db_path: Path, key: bytes, clock: FakeClock, conn: DeskConnection
) -> None:
    conn.execute("ALTER TABLE profile_goals DROP COLUMN work_permit")
    conn.execute(f"PRAGMA user_version = {CURRENT_SCHEMA + 1}")
    with pytest.raises(DeskError) as caught:
        migrate(conn, db_path=db_path, backups_dir=db_path.parent / "b", clock=clock)
    assert caught.value.code == "store.newer_schema"
    assert "work_permit" not in _columns(conn, "profile_goals")


def _config(root: Path, clock: DeskClock) -> DeskConfig:
    return DeskConfig(
        data_dir=root / "data", log_dir=root / "logs", clock=clock, scrypt_n=TEST_SCRYPT_N
    )


def test_the_new_field_travels_with_its_own_clock(tmp_path: Path) -> None:
    clock = DeskClock(1_790_000_000.0)
    desks = {name: Desk(_config(tmp_path / name, clock)) for name in ("a", "b")}
    for name, desk in desks.items():
        desk.set_up(
            hub_name=f"Hub {name}", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD
        )
    a = desks["a"].unlock(COORDINATOR, COORDINATOR_PASSWORD)
    b = desks["b"].unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        person = add_person(a)
        profiles = Profiles(a)
        goals = profiles.save(Goals(person_id=person.id, hours_per_week=20))
        transfer(a, b)
        clock.advance(60)
        changed = profiles.save(replace(goals, work_permit=WorkPermit.HAS_PERMIT))
        conn = a.opened.context.conn
        clocks = ProfileRepository.for_kind(a.opened.context, EntryKind.GOALS).field_clocks(
            goals.id
        )
        assert clocks["work_permit"] > clocks["hours_per_week"]  # its own, later clock
        last = conn.execute(
            "SELECT fields_json FROM outbox WHERE entity = 'profile_goals' ORDER BY seq DESC"
        ).fetchone()[0]
        assert set(load_fields(last)) == {"work_permit"}  # only the changed field travels
        transfer(a, b)
        assert Profiles(b).entries(person.id, EntryKind.GOALS) == [changed]
    finally:
        a.close()
        b.close()


def test_the_new_field_is_in_the_person_export(tmp_path: Path) -> None:
    from entryhub_desk.services.person_export import collect

    desk = Desk(_config(tmp_path / "desk", DeskClock(1_790_000_000.0)))
    desk.set_up(hub_name="Hub", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD)
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        person = add_person(session)
        Profiles(session).save(Goals(person_id=person.id, work_permit=WorkPermit.NOT_NEEDED))
        document = collect(session.opened.context.conn, person.id, exported_at="2026-12-07")
        [goals] = document["records"]["profile_goals"]
        assert goals["work_permit"] == "not_needed"
    finally:
        session.close()


def test_a_failed_columns_step_leaves_no_copy_and_no_column(
    db_path: Path, clock: FakeClock, conn: DeskConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from entryhub_desk.store import migrations

    backups = db_path.parent / "backups"
    conn.execute("ALTER TABLE profile_goals DROP COLUMN work_permit")

    def fail(conn: DeskConnection, missing: list[tuple[str, str]]) -> None:
        raise OSError(28, "No space left on device")  # as a full disk does mid-step

    monkeypatch.setattr(migrations, "add_missing_columns", fail)
    with pytest.raises(DeskError) as error:
        migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    assert error.value.code in {"store.disk_full", "store.migration_failed"}
    assert list(backups.iterdir()) == []  # retries on a full disk do not pile up copies
    assert "work_permit" not in _columns(conn, "profile_goals")


def test_the_step_names_its_tables_as_the_profile_repository_does() -> None:
    """One table_name (the step had its own copy of it)."""
    from entryhub_desk.store.migrations import columns
    from entryhub_desk.store.repositories import profile

    assert columns.table_name is profile.table_name
    assert sorted(columns.dataclass_tables()) == sorted(profile.PROFILE_TABLES)
