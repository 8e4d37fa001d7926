"""The erasure record in the store: ledger and table kept in step, the restore purge."""

from __future__ import annotations

from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.ids import new_id
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.erasure import (
    erased_at,
    ledger_of,
    purge_erased,
    refuse_if_erased,
)
from entryhub_desk.store.erasure_ledger import add_to_ledger, read_ledger
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.sync_apply import RemoteErasure, apply_remote
from tests.conftest import FakeClock
from tests.sync.helpers import add_person, make_desk

WHEN = "2026-09-21T10:00:00.000000Z"


def test_an_erasure_from_before_the_ledger_reaches_it_at_the_next_pull(tmp_path: Path) -> None:
    session = make_desk(tmp_path, "a", FakeClock())
    conn = session.opened.conn
    person_id = new_id()
    conn.execute(  # recorded by a version of the desk that kept no ledger
        "INSERT INTO erasure (person_id, hlc, erased_at) VALUES (?, ?, ?)",
        (person_id, f"1790000000000-0000-{session.identity.device_id}", WHEN),
    )
    assert read_ledger(ledger_of(conn)) == {}
    apply_remote(session.opened.context, [], cursor=None)
    assert read_ledger(ledger_of(conn)) == {person_id: "2026-09-21T10:00:00.000000Z"}
    session.close()


def test_the_ledger_alone_is_enough_to_refuse(tmp_path: Path) -> None:
    session = make_desk(tmp_path, "a", FakeClock())
    conn = session.opened.conn
    person_id = new_id()
    assert erased_at(conn, person_id) is None
    refuse_if_erased(conn, person_id)
    add_to_ledger(ledger_of(conn), {person_id: WHEN})
    with pytest.raises(DeskError) as caught:
        refuse_if_erased(conn, person_id)
    assert caught.value.params == {"date": "2026-09-21"}
    session.close()


def test_purge_erased_sends_the_erasure_only_for_a_person_the_copy_held(tmp_path: Path) -> None:
    clock = FakeClock()
    session = make_desk(tmp_path, "a", clock)
    conn = session.opened.conn
    held = add_person(session, family_name="Held")
    kept = add_person(session, family_name="Kept")
    never_here = new_id()
    ledger = tmp_path / "elsewhere" / "erasures.json"
    add_to_ledger(ledger, {held.id: WHEN, never_here: WHEN})
    conn.execute("DELETE FROM outbox")  # as if everything had been synced
    with transaction(conn):
        purged = purge_erased(conn, clock, ledger)
    assert purged == [held.id]
    assert PersonRepository(session.opened.context).find(held.id) is None
    assert PersonRepository(session.opened.context).find(kept.id) is not None
    erased = {str(r[0]) for r in conn.execute("SELECT person_id FROM erasure")}
    assert erased == {held.id, never_here}
    sent = [(e.entity_id, e.fields["deleted"]["value"]) for e in pending(conn)]
    assert sent == [(held.id, True)]  # nothing goes out for a person this copy never held
    assert erased_at(conn, never_here) == WHEN
    with transaction(conn):
        assert purge_erased(conn, clock, ledger) == []  # a second run changes nothing
    assert len(pending(conn)) == 1
    session.close()


def test_an_erasure_served_with_a_repaired_clock_keeps_the_day_it_arrived(tmp_path: Path) -> None:
    """A clock beyond the bound is served demoted (millisecond 0: store/hlc.py ``demoted``);
    the erasure then happened when it arrived here, not on 1 January 1970."""
    session = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))  # 2026-09-21
    conn = session.opened.conn
    person_id = new_id()
    demoted = "0000000000000-0003-ffffffff-0000-7000-8000-000000000000"
    apply_remote(session.opened.context, [RemoteErasure(person_id, demoted)], cursor=None)
    with pytest.raises(DeskError) as caught:
        refuse_if_erased(conn, person_id)
    assert caught.value.params == {"date": "2026-09-21"}
    assert read_ledger(ledger_of(conn))[person_id].startswith("2026-09-21")
    session.close()
