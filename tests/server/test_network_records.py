"""Network records (employers, contacts, log, openings): every hub of the network, one copy.

Wire-level: simulated desks push and pull through the HTTP app, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text, update
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db import tables as t
from entryhub_server.push import apply_push
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import (
    TEST_MASTER,
    Desk,
    FakeClock,
    device_of,
    enrolled,
    make_world,
    opened_values,
    stored_field,
)

CONTACT = "Xavera Contactsdottir"
PHONE = "+46 70 999 12 34"


def _pulled(events: list[wire.PullEvent]) -> list[wire.Change]:
    return [e.change for e in events if isinstance(e, wire.PulledChange)]


def _snapshot_all(desk: Desk, client: TestClient) -> list[wire.Change]:
    changes: list[wire.Change] = []
    after = ""
    while True:
        body = wire.encode_body(wire.SnapshotRequest(after, 500, True).to_json())
        response = client.post(wire.PATH_SNAPSHOT, content=body, headers=desk.headers())
        assert response.status_code == 200, response.text
        page = wire.SnapshotResponse.from_json(response.json())
        changes.extend(page.changes)
        if not page.has_more:
            return changes
        after = page.next_after


def _employer(desk: Desk, name: str = "Svetsverket AB", **values: Any) -> wire.Change:
    values.setdefault("added_by_hub", desk.hub_id)
    return desk.change("employer", new_id(), None, name=name, **values)


def _all_text(ctx: ServerContext) -> str:
    """Every row of every table, and every sealed value opened with the server's keys."""
    with ctx.engine.connect() as conn:
        rows = " ".join(
            str(tuple(row))
            for table in inspect(conn).get_table_names()
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}"')
        )
    return rows + " " + " ".join(opened_values(ctx))


def test_every_hub_of_the_network_gets_the_network_records_and_may_change_them(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    employer = _employer(umea, org_number="556677-8899")
    opening = umea.change(
        "opening",
        new_id(),
        None,
        employer_id=employer.entity_id,
        title="Svetsare",
        added_by_hub=umea.hub_id,
        state="open",
    )
    log = umea.change(
        "employer_log",
        new_id(),
        None,
        employer_id=employer.entity_id,
        text="Ringt",
        hub_id=umea.hub_id,
    )
    staff = umea.change("staff", new_id(), None, name="Kim")  # a hub record: Umeå's only
    assert umea.push_ok(client, [employer, opening, log, staff]).rejected == ()

    got = {c.entity: c for c in _pulled(lulea.pull_all(client)[0])}
    assert set(got) == {"employer", "opening", "employer_log"}
    assert got["employer"] == employer and got["opening"].person_id is None

    # Luleå changes Umeå's opening; Umeå gets the change, the server still says Umeå added it
    filled = lulea.change("opening", opening.entity_id, None, state="filled")
    assert lulea.push_ok(client, [filled]).rejected == ()
    assert filled in _pulled(umea.pull_all(client)[0])
    assert stored_field(ctx, opening.entity_id, "state") == '"filled"'
    with ctx.engine.connect() as conn:
        hubs = dict(
            conn.execute(
                select(t.record.c.entity_id, t.record.c.hub_id).where(
                    t.record.c.person_id.is_(None)
                )
            ).all()
        )
    assert hubs[opening.entity_id] == hubs[employer.entity_id] == umea.hub_id

    # a desk enrolled later at Luleå gets the network's records in its first sync, not staff
    late = enrolled(ctx, "Luleå")
    first = {(c.entity, c.entity_id) for c in _snapshot_all(late, client)}
    assert first == {
        ("employer", employer.entity_id),
        ("opening", opening.entity_id),
        ("employer_log", log.entity_id),
    }


def test_a_device_of_another_network_cannot_touch_the_records_nor_see_them(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    make_world(ctx, "South", ("Malmö",))
    umea, malmo = enrolled(ctx, "Umeå"), enrolled(ctx, "Malmö", network="South")
    employer = _employer(umea)
    umea.push_ok(client, [employer])
    assert _pulled(malmo.pull_all(client)[0]) == []
    assert _snapshot_all(malmo, client) == []

    hijack = malmo.change("employer", employer.entity_id, None, name="Taken over AB")
    claim = malmo.change("employer", employer.entity_id, None, added_by_hub=malmo.hub_id)
    answer = malmo.push_ok(client, [hijack, claim])
    assert [r.reason for r in answer.rejected] == ["foreign_record", "foreign_record"]
    assert stored_field(ctx, employer.entity_id, "name") == '"Svetsverket AB"'
    assert _pulled(umea.pull_all(client)[0]) == []


def test_who_added_a_record_cannot_be_claimed_nor_changed(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    forged = _employer(lulea, added_by_hub=umea.hub_id)  # Luleå says Umeå added it
    forged_log = lulea.change("employer_log", new_id(), None, text="x", hub_id=umea.hub_id)
    employer = _employer(umea)
    answer = lulea.push_ok(client, [forged, forged_log])
    assert [r.reason for r in answer.rejected] == ["hub_mismatch", "hub_mismatch"]
    umea.push_ok(client, [employer])
    rewrite = lulea.change("employer", employer.entity_id, None, added_by_hub=lulea.hub_id)
    same = lulea.change("employer", employer.entity_id, None, added_by_hub=umea.hub_id, sector="x")
    answer = lulea.push_ok(client, [rewrite, same])
    assert [r.reason for r in answer.rejected] == ["hub_mismatch"]
    assert stored_field(ctx, employer.entity_id, "added_by_hub") == f'"{umea.hub_id}"'


def test_a_network_record_named_under_a_person_is_refused(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea = enrolled(ctx, "Umeå")
    person = umea.new_person()
    opening = umea.change("opening", new_id(), person.entity_id, title="Svetsare")
    answer = umea.push_ok(client, [person, opening])
    assert [r.reason for r in answer.rejected] == ["foreign_record"]


def test_two_hubs_editing_one_opening_at_once_converge_field_by_field(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    opening = umea.change("opening", new_id(), None, title="Svetsare", places=1, state="open")
    umea.push_ok(client, [opening])
    _, lulea_cursor = lulea.pull_all(client)
    _, umea_cursor = umea.pull_all(client)
    # neither has seen the other's: different fields both stay; one field, the later clock
    mine = umea.change("opening", opening.entity_id, None, title="Svetsare TIG", state="filled")
    theirs = lulea.change("opening", opening.entity_id, None, places=3, state="closed")
    assert mine.hlc < theirs.hlc
    lulea.push_ok(client, [theirs])
    umea.push_ok(client, [mine])  # arrives last, its state is older: loses that field
    assert stored_field(ctx, opening.entity_id, "title") == '"Svetsare TIG"'
    assert stored_field(ctx, opening.entity_id, "places") == "3"
    assert stored_field(ctx, opening.entity_id, "state") == '"closed"'
    assert _pulled(umea.pull_all(client, umea_cursor)[0]) == [theirs]
    assert _pulled(lulea.pull_all(client, lulea_cursor)[0]) == [mine]


def test_an_erased_contact_leaves_nothing_on_the_server_nor_in_what_it_serves(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    employer = _employer(umea)
    contact = umea.change(
        "employer_contact",
        new_id(),
        None,
        employer_id=employer.entity_id,
        name=CONTACT,
        role="Rekryteringschef Qwz",
        phone=PHONE,
        email="xavera@example.se",
        erased=False,
    )
    umea.push_ok(client, [employer, contact])
    # Umeå erases the contact; Luleå, not having heard of it, changes the phone (a later
    # clock) and pushes first
    erase = umea.change(
        "employer_contact",
        contact.entity_id,
        None,
        name="",
        role="",
        phone="",
        email="",
        erased=True,
    )
    edit = lulea.change("employer_contact", contact.entity_id, None, phone="+46 70 111 22 33")
    lulea.push_ok(client, [edit])
    assert CONTACT in _all_text(ctx)
    assert erase.hlc < edit.hlc
    assert umea.push_ok(client, [erase]).rejected == ()

    text = _all_text(ctx)
    for secret in (CONTACT, PHONE, "+46 70 111 22 33", "xavera@example.se", "Rekryteringschef Qwz"):
        assert secret not in text
    url = ctx.settings.db_url
    if url.startswith("sqlite:///"):
        raw = Path(url.removeprefix("sqlite:///")).read_bytes()
        assert CONTACT.encode() not in raw
    assert stored_field(ctx, contact.entity_id, "phone") == '""'
    assert stored_field(ctx, contact.entity_id, "employer_id") == f'"{employer.entity_id}"'

    # a desk pulling the log later gets the contact's history without the personal values,
    # ending erased, with its employer
    late = enrolled(ctx, "Luleå")
    served = [c for c in _pulled(late.pull_all(client)[0]) if c.entity == "employer_contact"]
    assert len(served) == 3  # made, Luleå's edit, erased
    for change in served:
        assert all(
            value.value in ("", True, False, employer.entity_id) for value in change.fields.values()
        )
    assert {n: v.value for n, v in served[-1].fields.items()} == {
        "name": "",
        "role": "",
        "phone": "",
        "email": "",
        "erased": True,
    }
    fields = {}
    for change in served:  # merged as a desk does: per field the later clock
        for name, value in change.fields.items():
            if name not in fields or fields[name][1] < value.hlc:
                fields[name] = (value.value, value.hlc)
    assert {name: value for name, (value, _) in fields.items()} == {
        "employer_id": employer.entity_id,
        "name": "",
        "role": "",
        "phone": "",
        "email": "",
        "erased": True,
    }
    first = [
        c for c in _snapshot_all(enrolled(ctx, "Umeå"), client) if c.entity_id == contact.entity_id
    ]
    assert {n: v.value for n, v in first[0].fields.items()} == {
        "employer_id": employer.entity_id,
        "name": "",
        "role": "",
        "phone": "",
        "email": "",
        "erased": True,
    }

    # the personal fields cannot be filled again; other changes still go through
    refill = lulea.change("employer_contact", contact.entity_id, None, phone=PHONE)
    unerase = lulea.change("employer_contact", contact.entity_id, None, erased=False)
    gone = lulea.change("employer_contact", contact.entity_id, None, deleted=True)
    answer = lulea.push_ok(client, [refill, unerase, gone])
    assert [r.reason for r in answer.rejected] == ["erased", "erased"]
    assert PHONE not in _all_text(ctx)


def test_a_contact_made_and_erased_in_one_push_leaves_nothing(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    contact_id = new_id()
    made = umea.change("employer_contact", contact_id, None, employer_id=new_id(), name=CONTACT)
    erase = umea.change("employer_contact", contact_id, None, name="", erased=True)
    umea.push_ok(client, [made, erase])
    assert CONTACT not in _all_text(ctx)
    served = _pulled(lulea.pull_all(client)[0])
    assert [c.fields["name"].value for c in served] == ["", ""]
    assert served[-1].fields["erased"].value is True
    assert served[-1].fields["role"].value == ""  # emptied though the desk did not send it
    with ctx.engine.connect() as conn:
        assert conn.execute(select(t.record.c.erased)).scalar_one() is True


def test_an_edit_racing_an_erasure_waits_for_it_and_is_refused(
    pg_url: str, clock: FakeClock
) -> None:
    """PostgreSQL, two transactions at once: an edit of a contact whose erasure is being
    applied waits for the erasure's commit (the contact's record row is locked) and then sees
    the contact erased; it never writes its value after the erasure purged the old ones."""
    settings = Settings(db_url=pg_url, clock=clock, migrate=False, master_key=TEST_MASTER)
    ctx = open_context(settings)
    try:
        make_world(ctx)
        umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
        contact = umea.change(
            "employer_contact", new_id(), None, employer_id=new_id(), name=CONTACT
        )
        apply_push(ctx, device_of(ctx, umea), wire.PushRequest((contact,), None))
        edit = lulea.change("employer_contact", contact.entity_id, None, phone=PHONE)
        answers: list[wire.PushResponse] = []
        with ctx.engine.connect() as holder:
            erasing = holder.begin()  # as a group applying the erasure: the row is held
            holder.execute(
                select(t.record).where(t.record.c.entity_id == contact.entity_id).with_for_update()
            )
            racer = threading.Thread(
                target=lambda: answers.append(
                    apply_push(ctx, device_of(ctx, lulea), wire.PushRequest((edit,), None))
                )
            )
            racer.start()
            _wait_for_a_lock_wait(ctx)
            holder.execute(
                update(t.record)
                .where(t.record.c.entity_id == contact.entity_id)
                .values(erased=True)
            )
            erasing.commit()
            racer.join()
        assert [r.reason for r in answers[0].rejected] == ["erased"]
    finally:
        ctx.engine.dispose()


def _wait_for_a_lock_wait(ctx: ServerContext) -> None:
    """Until a session waits for a row lock (the edit blocked on the held record); read in a
    transaction of its own each time (the activity view is a snapshot per transaction)."""
    for _ in range(3000):
        with ctx.engine.connect() as conn:
            waiting = conn.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            ).scalar_one()
        if waiting:
            return
        time.sleep(0.01)
    raise AssertionError("the edit never waited for the erasure's lock")


def test_the_eraser_still_gets_what_others_changed_before_it_erased(
    ctx: ServerContext, client: TestClient
) -> None:
    """Earlier changes lose their personal values, not their other fields: the erasing desk,
    which had not pulled another hub's move of the contact to another employer, still gets it."""
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    contact = umea.change("employer_contact", new_id(), None, employer_id=new_id(), name=CONTACT)
    umea.push_ok(client, [contact])
    _, cursor = umea.pull_all(client)
    other_employer = new_id()
    moved = lulea.change(
        "employer_contact",
        contact.entity_id,
        None,
        employer_id=other_employer,
        role="Verkställande Qwz",
    )
    lulea.push_ok(client, [moved])
    erase = umea.change("employer_contact", contact.entity_id, None, name="", erased=True)
    umea.push_ok(client, [erase])
    got = _pulled(umea.pull_all(client, cursor)[0])
    assert [(c.fields["employer_id"].value, c.fields["role"].value) for c in got] == [
        (other_employer, "")
    ]
    assert stored_field(ctx, contact.entity_id, "employer_id") == f'"{other_employer}"'
    assert "Verkställande Qwz" not in _all_text(ctx)
