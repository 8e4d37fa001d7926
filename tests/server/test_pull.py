from __future__ import annotations

import random
import threading

import pytest
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server.context import ServerContext, open_context
from entryhub_server.pull import pull, pull_body
from entryhub_server.push import apply_push
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import device_of, enrolled, make_world, stored_field


def test_pull_serves_other_desks_changes_in_order_with_paging(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    writer, reader = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = writer.new_person()
    visits = [writer.change("visit", new_id(), person.entity_id, n=n) for n in range(7)]
    writer.push_ok(client, [person, *visits])
    page = reader.pull(client, 0, limit=3)
    assert page.has_more and len(page.changes) == 3
    events, cursor = reader.pull_all(client)
    positions = [event.position for event in events]
    assert positions == sorted(positions) and len(positions) == 8
    assert isinstance(events[0], wire.PulledChange) and events[0].change == person
    again = reader.pull(client, cursor)
    assert again.changes == () and again.next_cursor == cursor and not again.has_more
    assert writer.pull_all(client)[0] == []  # its own changes are not served back


def test_merged_state_later_hlc_wins(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    a, b = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    person = a.new_person()
    a.push_ok(client, [person])
    later = b.change("person", person.entity_id, person.entity_id, given_name="Later")
    earlier_hlc = f"{1:013d}-0000-{a.device_id}"
    earlier = wire.Change(
        a.device_id,
        1,
        a.next_seq,
        "person",
        person.entity_id,
        person.entity_id,
        earlier_hlc,
        {"given_name": wire.FieldValue("Earlier", earlier_hlc)},
    )
    b.push_ok(client, [later])
    a.push_ok(client, [earlier])
    assert stored_field(ctx, person.entity_id, "given_name") == '"Later"'


def _pusher(ctx: ServerContext, desk: object, stop: threading.Event, errors: list[str]) -> None:
    from tests.server.helpers import Desk

    assert isinstance(desk, Desk)
    device = device_of(ctx, desk)
    person = desk.new_person()
    apply_push(ctx, device, wire.PushRequest((person,), None))
    while not stop.is_set():
        batch = tuple(
            desk.change("visit", new_id(), person.entity_id, n=n)
            for n in range(random.randint(1, 20))
        )
        try:
            apply_push(ctx, device, wire.PushRequest(batch, None))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(repr(error))
            return


def test_concurrent_pushes_never_let_a_cursor_skip_a_change(pg_url: str) -> None:
    """The ordering proof: 12 desks push at once while a puller follows; every position it
    ever passes is one it saw (positions visible to one hub are contiguous here)."""
    ctx = open_context(Settings(db_url=pg_url, pool_size=20))
    try:
        make_world(ctx)
        desks = [enrolled(ctx, "Umeå") for _ in range(12)]
        reader = device_of(ctx, enrolled(ctx, "Umeå"))
        stop, errors = threading.Event(), []
        threads = [
            threading.Thread(target=_pusher, args=(ctx, desk, stop, errors)) for desk in desks
        ]
        for thread in threads:
            thread.start()
        seen: list[int] = []
        cursor = 0
        for _ in range(150):
            page = pull(ctx, reader, wire.PullRequest(cursor, 50))
            for item in page.changes:
                assert item.position == (seen[-1] if seen else 0) + 1, "a position was skipped"
                seen.append(item.position)
            assert page.next_cursor >= cursor
            cursor = page.next_cursor
        stop.set()
        for thread in threads:
            thread.join()
        assert not errors
        while True:
            page = pull(ctx, reader, wire.PullRequest(cursor, 500))
            for item in page.changes:
                assert item.position == seen[-1] + 1
                seen.append(item.position)
            cursor = page.next_cursor
            if not page.has_more:
                break
        with ctx.engine.connect() as conn:
            total = conn.exec_driver_sql("SELECT count(*) FROM event").scalar_one()
        assert len(seen) == total > 100
        assert cursor == seen[-1]
    finally:
        ctx.engine.dispose()


@pytest.mark.parametrize("limit", [0, wire.MAX_PULL_LIMIT + 1])
def test_pull_limit_out_of_range_is_400(ctx: ServerContext, client: TestClient, limit: int) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    body = wire.encode_body({"cursor": 0, "limit": limit})
    response = client.post(wire.PATH_PULL, content=body, headers=desk.headers())
    assert response.status_code == 400 and response.json()["code"] == "bad_payload"


def test_pull_body_is_byte_for_byte_the_pull_answer(ctx: ServerContext) -> None:
    """The HTTP pull builds its body from the stored text; it must equal the messages' JSON
    for every kind of event (changes, scope grants and removals, erasures, odd values)."""
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    person = umea.new_person("Åsa \u201cÖ\u201d \U0001f600 \u0639\u0644\u064a", note='"\\/\n\t')
    visit = umea.change(
        "visit", new_id(), person.entity_id, n=1.5e16, nested={"z": [1, None, True], "a": -0.0}
    )
    staff = umea.change("staff", new_id(), None, name="Kim")

    def consent(given: bool, withdraws: str | None = None) -> wire.Change:
        return umea.change(
            "consent",
            new_id(),
            person.entity_id,
            person_id=person.entity_id,
            purpose="share_across_hubs",
            given=given,
            withdraws=withdraws,
        )

    given = consent(True)
    other = umea.new_person("Sara")
    erase = umea.change("person", other.entity_id, other.entity_id, deleted=True)
    batches = [[person, visit, staff], [given], [consent(False, given.entity_id)], [other], [erase]]
    desks = [device_of(ctx, desk) for desk in (umea, lulea, enrolled(ctx, "Umeå"))]
    kinds: set[str] = set()
    for batch in batches:  # compared after every batch: a grant is served only while shared
        apply_push(ctx, desks[0], wire.PushRequest(tuple(batch), None))
        for device in desks:
            for request in (
                wire.PullRequest(0, 2000),
                wire.PullRequest(0, 2),
                wire.PullRequest(3, 1),
                wire.PullRequest(0, 2000, include_own=True),
            ):
                page = pull(ctx, device, request)
                kinds.update(type(event).__name__ for event in page.events())
                kinds.update("grant" for event in page.changes if event.change.epoch == 0)
                assert pull_body(ctx, device, request) == wire.encode_body(page.to_json())
    assert kinds == {"PulledChange", "ScopeRemoval", "Erasure", "grant"}
