"""Profile repositories: every entry a synced record with outbox rows; order; tombstones."""

from __future__ import annotations

import pytest

from entryhub_desk.domain.profile import (
    CefrLevel,
    Education,
    EntryKind,
    LanguageSkill,
    PartialDate,
    Work,
)
from entryhub_desk.errors import DeskError
from entryhub_desk.store.repositories import StoreContext
from entryhub_desk.store.repositories.drafts import DraftRepository
from entryhub_desk.store.repositories.profile import PROFILE_TABLES, ProfileRepository
from tests.store.conftest import FakeClock
from tests.store.repositories.helpers import add_person, outbox_for


def test_every_kind_has_a_table(ctx: StoreContext) -> None:
    tables = {row[0] for row in ctx.conn.execute("SELECT name FROM sqlite_master")}
    assert set(PROFILE_TABLES) <= tables
    assert len(PROFILE_TABLES) == len(EntryKind)


def test_create_round_trips_every_value_and_fills_the_outbox(ctx: StoreContext) -> None:
    person = add_person(ctx)
    repo = ProfileRepository.for_kind(ctx, EntryKind.EDUCATION)
    entry = Education(
        person_id=person.id,
        position=0,
        institution="Université de Kinshasa",
        country="CD",
        field="Nursing",
        title="Licence",
        isced_level=6,
        start="2008-09",
        end="2012",
        completed=True,
        documents_available=False,
    )
    repo.create(entry)
    assert repo.get(entry.id) == entry
    [change] = outbox_for(ctx, entry.id)
    assert change.entity == "profile_education"
    assert change.fields["start"]["value"] == "2008-09"
    assert change.fields["completed"]["value"] is True
    assert change.fields["person_id"]["value"] == person.id
    assert set(repo.field_clocks(entry.id)) == set(change.fields)


def test_update_sends_only_changed_fields(ctx: StoreContext, clock: FakeClock) -> None:
    person = add_person(ctx)
    repo = ProfileRepository.for_kind(ctx, EntryKind.LANGUAGE)
    entry = repo.create(LanguageSkill(person_id=person.id, position=0, language="sv"))
    clock.advance(5)
    repo.update(
        LanguageSkill(id=entry.id, person_id=person.id, position=0, language="sv", reading="B1")
    )
    changes = outbox_for(ctx, entry.id)
    assert list(changes[-1].fields) == ["reading"]
    assert repo.get(entry.id).reading is CefrLevel.B1


def test_lists_and_order(ctx: StoreContext) -> None:
    person = add_person(ctx)
    repo = ProfileRepository.for_kind(ctx, EntryKind.WORK)
    first = repo.create(Work(person_id=person.id, position=0, title="Cook", tasks=("a", "b")))
    second = repo.create(Work(person_id=person.id, position=1, title="Driver"))
    assert [w.title for w in repo.for_person(person.id)] == ["Cook", "Driver"]
    assert repo.get(first.id).tasks == ("a", "b")
    assert repo.next_position(person.id) == 2
    repo.reorder(person.id, [second.id, first.id])
    assert [w.title for w in repo.for_person(person.id)] == ["Driver", "Cook"]
    assert outbox_for(ctx, second.id)[-1].fields.keys() == {"position"}
    with pytest.raises(DeskError) as caught:
        repo.reorder(person.id, [second.id])
    assert caught.value.code == "validation.invalid"


def test_remove_leaves_a_tombstone_that_syncs(ctx: StoreContext) -> None:
    person = add_person(ctx)
    repo = ProfileRepository.for_kind(ctx, EntryKind.WORK)
    entry = repo.create(Work(person_id=person.id, position=0, title="Cook"))
    repo.remove(entry.id)
    assert repo.find(entry.id) is None
    assert repo.for_person(person.id) == []
    assert outbox_for(ctx, entry.id)[-1].fields["deleted"]["value"] is True
    assert "deleted" in repo.field_clocks(entry.id)
    with pytest.raises(DeskError):
        repo.remove(entry.id)


def test_partial_dates_are_stored_as_iso_text(ctx: StoreContext) -> None:
    person = add_person(ctx)
    repo = ProfileRepository.for_kind(ctx, EntryKind.WORK)
    entry = repo.create(Work(person_id=person.id, position=0, title="x", start=PartialDate(2019)))
    row = ctx.conn.execute("SELECT start FROM profile_work WHERE id = ?", (entry.id,)).fetchone()
    assert row[0] == "2019"


def test_drafts_are_kept_locally_and_replaced(ctx: StoreContext) -> None:
    person = add_person(ctx)
    drafts = DraftRepository(ctx)
    before = len(ctx.conn.execute("SELECT * FROM outbox").fetchall())
    drafts.save(person.id, EntryKind.WORK, "e1", {"title": "Coo"}, staff_id="s")
    drafts.save(person.id, EntryKind.WORK, "e1", {"title": "Cook"}, staff_id="s")
    assert drafts.for_person(person.id) == {"work:e1": {"title": "Cook"}}
    assert len(ctx.conn.execute("SELECT * FROM outbox").fetchall()) == before  # never synced
    drafts.discard(person.id, "work:e1")
    assert drafts.for_person(person.id) == {}
    with pytest.raises(DeskError):
        drafts.save(person.id, EntryKind.WORK, "e1", {"x": object()}, staff_id="s")


def test_person_keeps_a_phone_as_written(ctx: StoreContext) -> None:
    from entryhub_desk.store.outbox import load_fields
    from entryhub_desk.store.repositories import PersonRepository

    person = add_person(ctx, phone_as_written="(912) 555-43")
    assert PersonRepository(ctx).get(person.id).phone_as_written == "(912) 555-43"
    stored = load_fields(
        ctx.conn.execute(
            "SELECT fields_json FROM outbox WHERE entity_id = ?", (person.id,)
        ).fetchone()[0]
    )
    assert stored["phone_as_written"]["value"] == "(912) 555-43"
