"""Profile entries travel through the sync apply path like every synced record."""

from __future__ import annotations

from pathlib import Path

from entryhub_desk.domain.profile import EntryKind, LanguageSkill, Work
from entryhub_desk.services.profile import Profiles
from entryhub_desk.store.sync_tables import synced
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, make_desk, transfer


def test_every_profile_table_is_registered_for_sync() -> None:
    for kind in EntryKind:
        assert synced(f"profile_{kind.value}") is not None, kind


def test_entries_edits_and_removals_reach_another_desk(tmp_path: Path) -> None:
    a = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    b = make_desk(tmp_path, "b", FakeClock(1_790_000_000.0))
    try:
        person = add_person(a)
        profiles = Profiles(a)
        work = profiles.save(Work(person_id=person.id, title="Cook", start="2019-03"))
        language = profiles.save(LanguageSkill(person_id=person.id, language="sv", reading="B1"))
        profiles.save(
            LanguageSkill(id=language.id, person_id=person.id, language="sv", reading="B2")
        )
        profiles.remove(EntryKind.WORK, work.id)
        transfer(a, b)
        there = Profiles(b)
        assert there.entries(person.id, EntryKind.LANGUAGE) == [
            profiles.get(EntryKind.LANGUAGE, language.id)
        ]
        assert there.entries(person.id, EntryKind.WORK) == []
    finally:
        a.close()
        b.close()
