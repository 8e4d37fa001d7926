"""The search index on a real SQLCipher store: year filter, phones, codes, missing words,
typos, namesakes ordered by last visit, postings merged into arrays, erasure leaves nothing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit
from entryhub_desk.ids import new_id, short_code
from entryhub_desk.store import migrations
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.migrations import migrate
from entryhub_desk.store.repositories import PersonRepository, StoreContext, VisitRepository
from entryhub_desk.store.search_index import SearchIndex, remove_person
from entryhub_desk.store.search_postings import MERGE_AT
from entryhub_desk.store.sync_tables import purge_person

from .conftest import FakeClock


def _add(ctx: StoreContext, given: str, family: str, **fields: object) -> Person:
    person = Person(hub_id=ctx.identity.hub_id, given_name=given, family_name=family, **fields)  # type: ignore[arg-type]
    return PersonRepository(ctx).create(person)


def _ids(conn: DeskConnection, query: str, limit: int = 20) -> list[str]:
    return [hit.person_id for hit in SearchIndex(conn).search(query, limit=limit)]


def test_a_year_filters_to_birth_year_within_one(ctx: StoreContext) -> None:
    exact = _add(ctx, "Amina", "Yusuf", birth_year=1985)
    near = _add(ctx, "Amina", "Yusuf", birth_year=1986)
    unknown = _add(ctx, "Amina", "Yusuf")
    far = _add(ctx, "Amina", "Yusuf", birth_year=1990)
    found = _ids(ctx.conn, "Amina Yusuf 1985")
    assert found == [exact.id, near.id, unknown.id]
    assert far.id not in found
    hits = SearchIndex(ctx.conn).search("Amina Yusuf 1985")
    assert "birth_year" in hits[0].why
    assert _ids(ctx.conn, "Mohamed Ali 1985") == []


def test_phones_as_written(ctx: StoreContext) -> None:
    swede = _add(ctx, "Sara", "Lind", phone="+46701234567")
    syrian = _add(ctx, "Omar", "Haddad", phone="+963944123456", country_of_birth="SY")
    for typed in ("+46 (0)70 123 45 67", "+46 070 123 45 67", "0046 70 123 45 67", "070-123 45 67"):
        assert _ids(ctx.conn, typed)[0] == swede.id, typed
    hits = SearchIndex(ctx.conn).search("0944 123 456")
    assert hits[0].person_id == syrian.id and hits[0].why == ("phone_local",)
    assert SearchIndex(ctx.conn).search("+963 944 123 456")[0].why == ("phone",)


def test_short_codes_as_typed(ctx: StoreContext) -> None:
    person = _add(ctx, "Selam", "Tekle")
    code = short_code(person.id)
    for typed in (code, code.lower(), code.replace("-", "\u2013"), code.replace("-", " ")):
        hits = SearchIndex(ctx.conn).search(typed)
        assert hits[0].person_id == person.id and hits[0].why == ("code",), typed
    for typed in (code[:4], code[:6].lower()):
        hits = SearchIndex(ctx.conn).search(typed)
        assert person.id in [h.person_id for h in hits], typed
        assert "code_prefix" in next(h for h in hits if h.person_id == person.id).why


def test_one_typed_word_may_be_missing(ctx: StoreContext) -> None:
    record = _add(ctx, "Mohamed", "Hassan")
    _add(ctx, "Amina", "Hassan")
    assert _ids(ctx.conn, "Mohamed Ali Hassan")[0] == record.id
    assert _ids(ctx.conn, "Mohamed Ali Hassan Warsame") == []  # two missing: not this one


def test_extra_words_on_the_record(ctx: StoreContext) -> None:
    record = _add(ctx, "Faadumo", "Cali Xasan Warsame")
    assert _ids(ctx.conn, "Faadumo Warsame")[0] == record.id
    assert _ids(ctx.conn, "Fadumo Ali Warsame")[0] == record.id


def test_typos(ctx: StoreContext) -> None:
    record = _add(ctx, "Yohannes", "Tesfamariam")
    _add(ctx, "Yonas", "Tesfay")
    assert _ids(ctx.conn, "Yohannes Tesfamarian")[0] == record.id
    assert _ids(ctx.conn, "Yohanens Tesfamariam")[0] == record.id  # transposition
    assert _ids(ctx.conn, "Yohannes Tefsamaraim")[0] == record.id  # two edits in 11 letters


def test_word_order_and_script_pair(ctx: StoreContext) -> None:
    ahmed_ali = _add(ctx, "Ahmed", "Ali")
    ali_ahmed = _add(ctx, "Ali", "Ahmed")
    assert _ids(ctx.conn, "Ahmed Ali")[:2] == [ahmed_ali.id, ali_ahmed.id]
    assert _ids(ctx.conn, "Ali Ahmed")[:2] == [ali_ahmed.id, ahmed_ali.id]
    usama = _add(ctx, "أسامة", "خليل")
    asma = _add(ctx, "أسماء", "خليل")
    assert _ids(ctx.conn, "Usama Khalil")[:2] == [usama.id, asma.id]
    assert _ids(ctx.conn, "Asma Khalil")[:2] == [asma.id, usama.id]


def test_namesakes_are_all_candidates_newest_visit_first(ctx: StoreContext) -> None:
    people = [_add(ctx, "Mohamed", "Ali") for _ in range(MERGE_AT + 40)]
    visits = VisitRepository(ctx)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    # the oldest records visited last: they must come first, not the newest records
    for days, person in enumerate(people[:3]):
        with transaction(ctx.conn):
            visits.create(
                Visit(
                    person_id=person.id,
                    hub_id=ctx.identity.hub_id,
                    visited_at=start + timedelta(days=days),
                )
            )
    found = _ids(ctx.conn, "Mohamed Ali", limit=3)
    assert found == [people[2].id, people[1].id, people[0].id]
    assert len(_ids(ctx.conn, "Mohamed Ali", limit=200)) == len(people)
    # the word's postings were merged into one array on the way
    arrays = ctx.conn.execute(
        "SELECT count(*) FROM name_vocab WHERE form = 'pmohamed' AND sids IS NOT NULL"
    ).fetchone()[0]
    assert arrays == 1
    with transaction(ctx.conn):
        remove_person(ctx.conn, people[0].id)
    assert people[0].id not in _ids(ctx.conn, "Mohamed Ali", limit=200)


def test_a_purged_person_leaves_no_word(ctx: StoreContext) -> None:
    person = _add(ctx, "Tsehaynesh", "Zerabruk")
    _add(ctx, "Selam", "Tekle")
    with transaction(ctx.conn):
        purge_person(ctx.conn, person.id, erase=True)
    forms = [str(r[0]) for r in ctx.conn.execute("SELECT form FROM name_vocab")]
    assert not any("tsehaynesh" in f or "zerabruk" in f for f in forms)
    assert ctx.conn.execute("SELECT count(*) FROM name_typo").fetchone()[0] > 0  # Selam's
    typo_words = {int(r[0]) for r in ctx.conn.execute("SELECT DISTINCT wid FROM name_typo")}
    vocab = {int(r[0]) for r in ctx.conn.execute("SELECT wid FROM name_vocab")}
    assert typo_words <= vocab
    assert _ids(ctx.conn, "Tsehaynesh") == []


def test_renaming_moves_the_postings(ctx: StoreContext) -> None:
    person = _add(ctx, "Hodan", "Warsame")
    renamed = PersonRepository(ctx).update(
        Person(**{**person.__dict__, "given_name": "Hodan", "family_name": "Abdi Warsame"})
    )
    assert _ids(ctx.conn, "Hodan Abdi")[0] == renamed.id
    PersonRepository(ctx).update(Person(**{**renamed.__dict__, "given_name": "Ubah"}))
    assert _ids(ctx.conn, "Hodan") == []
    assert _ids(ctx.conn, "Ubah Abdi Warsame")[0] == person.id


def test_schema_8_index_is_replaced(
    db_path: Path, key: bytes, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, key, create=True)
    backups = db_path.parent / "backups"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:8])
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA", 8)
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'person_fts'").fetchone()[
        0
    ]
    conn.execute(
        "INSERT INTO person (id, origin, created_at, updated_at, given_name, family_name, "
        "gender, hub_id, birth_year) "
        "VALUES (?, 'd', 't', 't', 'Habte', 'Mariam', 'not_stated', ?, 1990)",
        ("01900000-0000-7000-8000-000000000001", "01900000-0000-7000-8000-000000000002"),
    )
    monkeypatch.undo()
    migrate(conn, db_path=db_path, backups_dir=backups, clock=clock)
    names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
    assert not names & {"person_fts", "person_words"}
    assert _ids(conn, "Habtemariam 1990") == ["01900000-0000-7000-8000-000000000001"]
    conn.close()


def _id_with_code(start: str) -> str:
    """A new person id whose short code starts with ``start`` (Crockford characters)."""
    import uuid

    from entryhub_desk.ids import new_id

    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    bits = 0
    for char in start:
        bits = (bits << 5) | alphabet.index(char)
    bits <<= 5 * (8 - len(start))
    value = uuid.UUID(new_id()).int & ~((1 << 40) - 1)
    return str(uuid.UUID(int=value | bits))


def test_a_name_read_as_a_code_start_is_not_a_typed_digit(ctx: StoreContext) -> None:
    """ "Omer" reads as the code start 0MER (O for 0): that is not a digit typed, so a stranger
    with that code does not outrank Omar, whom the typed name means."""
    omar = _add(ctx, "Omar", "Haddad")
    stranger = _add(ctx, "Selam", "Tekle", id=_id_with_code("0MER"))
    assert short_code(stranger.id).startswith("0MER")
    hits = SearchIndex(ctx.conn).search("Omer")
    assert hits[0].person_id == omar.id
    assert stranger.id in [h.person_id for h in hits]  # still found by the code's start
    typed = SearchIndex(ctx.conn).search(short_code(stranger.id)[:4])  # 0MER
    assert typed[0].person_id == stranger.id and typed[0].score > hits[0].score


def test_a_pasted_long_text_is_read_as_a_name_query_of_bounded_size(ctx: StoreContext) -> None:
    """A long paste in the search box (or a long name in the duplicate check) is read as at
    most MAX_WORDS words of at most MAX_CHARS characters, and a word longer than any name word
    looks up no typo keys (a random 800-letter word made 300,000 deletion keys, 600 queries and
    more than a second per keystroke; 300 words took a second)."""
    import random
    import string

    from entryhub_desk.search import query
    from entryhub_desk.search.typos import deletion_keys

    amina = _add(ctx, "Amina", "Yusuf")
    parsed = query.parse("Amina Yusuf " + "Mohamed " * 300)
    assert len(parsed.words) == query.MAX_WORDS
    assert [w.plain for w in parsed.words[:2]] == ["amina", "yusuf"]
    rng = random.Random(5)
    pasted = "".join(rng.choice(string.ascii_lowercase) for _ in range(800))
    assert len(query.parse(pasted).words[0].plain) <= query.MAX_CHARS
    deletion_keys.cache_clear()
    SearchIndex(ctx.conn).search(pasted)
    assert deletion_keys.cache_info().misses == 0
    typo = SearchIndex(ctx.conn).search("Amnia Yusfu")  # an ordinary word's typos are looked up
    assert typo[0].person_id == amina.id and deletion_keys.cache_info().misses > 0


def test_five_letters_of_a_code_come_before_weak_name_matches(ctx: StoreContext) -> None:
    # a code whose first five characters are letters: S Z K Q X (Crockford 25 31 19 23 29)
    low40 = 0
    for value in (25, 31, 19, 23, 29, 10, 11, 12):
        low40 = (low40 << 5) | value
    person_id = str(uuid.UUID(int=(uuid.UUID(new_id()).int >> 40 << 40) | low40))
    coded = PersonRepository(ctx).create(
        Person(id=person_id, given_name="Amina", family_name="Farah", hub_id=ctx.identity.hub_id)
    )
    assert short_code(coded.id).startswith("SZKQ-X")
    for _ in range(25):  # the Persian Sediqa meets "szkqx" by consonants across scripts
        _add(ctx, "Sediqa", "Sadat", original_script_name="صدیقه سادات")
    hits = SearchIndex(ctx.conn).search("SZKQX")
    assert hits[0].person_id == coded.id and hits[0].why == ("code_prefix",)
