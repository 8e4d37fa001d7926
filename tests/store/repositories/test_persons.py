from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from entryhub_desk.domain.person import Gender
from entryhub_desk.errors import DeskError
from entryhub_desk.store.connection import open_database
from entryhub_desk.store.identity import load_identity
from entryhub_desk.store.repositories import PersonRepository, StoreContext

from ..conftest import FakeClock
from .helpers import add_person

NAMES = {
    "given_name": "Zainab",
    "family_name": "Al-Obaidi",
    "original_script_name": "زينب العبيدي",
    "municipality": "Skellefteå",
    "email": "zainab.obaidi@example.org",
}


def test_round_trip(ctx: StoreContext) -> None:
    person = add_person(
        ctx,
        **NAMES,
        birth_year=1994,
        arrival_year=2016,
        gender=Gender.FEMALE,
        country_of_birth="IQ",
        languages=("ar", "ckb", "sv"),
        phone="+46 70 123 45 67",
    )
    repo = PersonRepository(ctx)
    assert repo.get(person.id) == person
    assert repo.list() == [person]


def test_survives_reopening(db_path: Path, key: bytes, ctx: StoreContext, clock: FakeClock) -> None:
    person = add_person(ctx, original_script_name="ዮሃንስ ተስፋይ")
    ctx.conn.close()
    conn = open_database(db_path, key)
    again = StoreContext(conn, load_identity(conn), clock)
    assert PersonRepository(again).get(person.id) == person
    conn.close()


def test_no_plaintext_in_the_files(db_path: Path, ctx: StoreContext) -> None:
    for i in range(30):
        add_person(ctx, **{**NAMES, "given_name": f"Zainab{i}"}, phone="0701234567")
    wal = Path(f"{db_path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the changes are (also) in the WAL
    needles = [
        "Zainab",
        "Al-Obaidi",
        "زينب",
        "العبيدي",
        "Skellefte",
        "zainab.obaidi",
        "+46701234567",
        "given_name",  # not even column names leak
    ]
    for path in (db_path, wal):
        raw = path.read_bytes()
        for needle in needles:
            assert needle.encode("utf-8") not in raw, (path.name, needle)
    ctx.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = db_path.read_bytes()
    assert all(n.encode("utf-8") not in raw for n in needles)


def test_update(ctx: StoreContext) -> None:
    repo = PersonRepository(ctx)
    person = add_person(ctx)
    edited = dataclasses.replace(person, phone="070 765 43 21", languages=("so",))
    repo.update(edited)
    stored = repo.get(person.id)
    assert stored.phone == "+46707654321"
    assert stored.languages == ("so",)


def test_not_found(ctx: StoreContext) -> None:
    with pytest.raises(DeskError) as info:
        PersonRepository(ctx).get("01900000-0000-7000-8000-000000000000")
    assert info.value.code == "store.not_found"
    assert PersonRepository(ctx).find("01900000-0000-7000-8000-000000000000") is None


def test_list_in_registration_order(ctx: StoreContext, clock: FakeClock) -> None:
    people = []
    for name in ("A", "B", "C"):
        people.append(add_person(ctx, given_name=name))
        clock.advance(1)
    repo = PersonRepository(ctx)
    assert repo.list() == people
    assert repo.list(limit=2) == people[:2]
    assert repo.list(hub_id=ctx.identity.hub_id) == people
    assert repo.list(hub_id="01900000-0000-7000-8000-000000000000") == []


def test_find_by_phone(ctx: StoreContext) -> None:
    person = add_person(ctx, phone="070-123 45 67")
    add_person(ctx, phone="070-000 00 01")
    repo = PersonRepository(ctx)
    assert repo.find_by_phone("+46701234567") == [person]
    assert repo.find_by_phone("0701234567") == [person]
    assert repo.find_by_phone("nonsense") == []


def test_ids_by_phone_holds_live_persons_with_a_phone(ctx: StoreContext) -> None:
    amina = add_person(ctx, phone="070-123 45 67")
    add_person(ctx, given_name="Noor")  # no phone
    merged = add_person(ctx, given_name="Sara", phone="070-000 00 01")
    repo = PersonRepository(ctx)
    repo.update(dataclasses.replace(merged, merged_into=amina.id))
    assert repo.ids_by_phone() == {"+46701234567": amina.id}
