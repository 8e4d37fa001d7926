from __future__ import annotations

from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.context import ServerContext
from entryhub_wire import wire
from tests.server.helpers import enrolled, make_world


def test_the_token_decides_the_hub(ctx: ServerContext, client: TestClient) -> None:
    world = make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person(hub_id=world.hubs["Luleå"])  # claims another hub
    answer = desk.push_ok(client, [person])
    assert [r.reason for r in answer.rejected] == [wire.REJECT_HUB_MISMATCH]


def test_a_hub_may_not_change_another_hubs_person(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    umea, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    person = umea.new_person()
    umea.push_ok(client, [person])
    edit = lulea.change("person", person.entity_id, person.entity_id, given_name="X")
    visit = lulea.change("visit", new_id(), person.entity_id, purpose="cv")
    answer = lulea.push_ok(client, [edit, visit])
    assert {r.reason for r in answer.rejected} == {wire.REJECT_NOT_VISIBLE}
    events, _ = lulea.pull_all(client)
    assert events == []


def test_wrong_network_is_foreign(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    admin.create_network(ctx, "South")
    admin.create_hub(ctx, network="South", name="Malmö")
    north, south = enrolled(ctx, "Umeå"), enrolled(ctx, "Malmö")
    person = north.new_person()
    north.push_ok(client, [person])
    edit = south.change("person", person.entity_id, person.entity_id, given_name="X")
    visit = south.change("visit", new_id(), person.entity_id, purpose="x")
    answer = south.push_ok(client, [edit, visit])
    assert {r.reason for r in answer.rejected} == {wire.REJECT_FOREIGN_RECORD}
    events, _ = south.pull_all(client)
    assert events == []


def test_unknown_person_is_rejected(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    answer = desk.push_ok(client, [desk.change("visit", new_id(), new_id(), purpose="x")])
    assert [r.reason for r in answer.rejected] == [wire.REJECT_UNKNOWN_PERSON]


def test_hub_records_stay_in_their_hub(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    umea, umea2, lulea = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå"), enrolled(ctx, "Luleå")
    staff_id = new_id()
    umea.push_ok(client, [umea.change("staff", staff_id, None, name="Kim", role="volunteer")])
    assert len(umea2.pull_all(client)[0]) == 1
    assert lulea.pull_all(client)[0] == []
    answer = lulea.push_ok(client, [lulea.change("staff", staff_id, None, role="coordinator")])
    assert [r.reason for r in answer.rejected] == [wire.REJECT_FOREIGN_RECORD]


def test_revoked_device_gets_401(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    desk.push_ok(client, [])
    assert admin.revoke(ctx, desk.device_id) is True
    response = desk.push(client, [desk.new_person()])
    assert response.status_code == 401 and response.json()["code"] == "revoked"
    pull = client.post(
        wire.PATH_PULL,
        content=wire.encode_body(wire.PullRequest().to_json()),
        headers=desk.headers(),
    )
    assert pull.status_code == 401 and pull.json()["code"] == "revoked"


def test_unknown_or_missing_token_gets_401(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    desk.token = "nonsense"
    response = desk.push(client, [])
    assert response.status_code == 401 and response.json()["code"] == "unauthorized"
    desk.token = ""
    assert desk.push(client, []).status_code == 401
