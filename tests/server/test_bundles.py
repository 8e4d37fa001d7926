from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.bundles import import_bundle
from entryhub_server.context import ServerContext
from entryhub_server.errors import ServerError
from entryhub_wire import bundle_crypto as bc
from entryhub_wire import wire
from tests.server.helpers import Desk, enrolled, make_world


def desk_bundle(
    desk: Desk,
    changes: list[wire.Change],
    *,
    cursor: int = 0,
    recipient: bytes | None = None,
    signer: Desk | None = None,
    device_id: str | None = None,
) -> bytes:
    ranges = ((desk.epoch, changes[0].seq, changes[-1].seq),) if changes else ()
    header = bc.BundleHeader(
        kind="desk",
        bundle_id=new_id(),
        network_id=desk.network_id,
        device_id=device_id or desk.device_id,
        recipient=recipient or desk.server_exchange,
        ranges=ranges,
    )
    size = wire.MAX_BATCH_CHANGES
    batches = [changes[i : i + size] for i in range(0, len(changes), size)] or [[]]
    payload = {
        "pushes": [wire.PushRequest(tuple(batch), None).to_json() for batch in batches],
        "pull": wire.PullRequest(cursor).to_json(),
    }
    return bc.seal_bundle(header, payload, signing_key=(signer or desk).signing)


def open_answer(
    desk: Desk, data: bytes
) -> tuple[bc.BundleHeader, wire.PushResponse, wire.PullResponse]:
    header, payload = bc.open_bundle(
        data, signer_public=desk.server_signing, recipient_key=desk.exchange, signer="server"
    )
    assert header.kind == "answer" and header.device_id == desk.device_id
    return (
        header,
        wire.PushResponse.from_json(payload["push"]),
        wire.PullResponse.from_json(payload["pull"]),
    )


def _events(ctx: ServerContext) -> int:
    with ctx.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM event").scalar_one())


def test_round_trip_and_importing_twice_changes_nothing(
    ctx: ServerContext, client: TestClient
) -> None:
    make_world(ctx)
    desk, online = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    online.push_ok(client, [online.new_person("Online")])
    person = desk.new_person("Offline")
    data = desk_bundle(desk, [person, desk.change("visit", new_id(), person.entity_id, x=1)])
    result = import_bundle(ctx, data)
    assert not result.already_imported and result.acknowledged == {1: 2}
    header, pushed, pulled = open_answer(desk, result.answer)
    assert pushed.acknowledged == {1: 2}
    assert [c.change.fields["given_name"].value for c in pulled.changes] == ["Online"]
    assert header.cursor_to == pulled.next_cursor
    events = _events(ctx)
    again = import_bundle(ctx, data)
    assert again.already_imported and _events(ctx) == events
    assert open_answer(desk, again.answer)[1].acknowledged == {1: 2}
    assert online.pull_all(client)[0][0].change == person  # type: ignore[union-attr]


def test_a_bundle_carries_more_than_one_push_batch(ctx: ServerContext) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    person = desk.new_person("Offline for weeks")
    visits = [
        desk.change("visit", new_id(), person.entity_id, x=index)
        for index in range(wire.MAX_BATCH_CHANGES + 200)
    ]
    result = import_bundle(ctx, desk_bundle(desk, [person, *visits]))
    assert result.acknowledged == {1: len(visits) + 1}
    assert open_answer(desk, result.answer)[1].acknowledged == {1: len(visits) + 1}


def test_bundles_over_http(ctx: ServerContext, client: TestClient) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    data = desk_bundle(desk, [desk.new_person()])
    headers = {wire.PROTOCOL_HEADER: "1", "Content-Type": wire.BUNDLE_CONTENT_TYPE}
    response = client.post(wire.PATH_BUNDLES, content=data, headers=headers)
    assert response.status_code == 200
    assert open_answer(desk, response.content)[1].acknowledged == {1: 1}
    bad = client.post(wire.PATH_BUNDLES, content=b"junk", headers=headers)
    assert bad.status_code == 400 and bad.json()["code"] == "bad_bundle"


def test_tampered_bundle_is_rejected(ctx: ServerContext) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    envelope = json.loads(desk_bundle(desk, [desk.new_person()]))
    envelope["header"]["ranges"] = [[1, 1, 5]]
    with pytest.raises(ServerError, match="altered"):
        import_bundle(ctx, json.dumps(envelope).encode())
    envelope = json.loads(desk_bundle(desk, [desk.new_person()]))
    cipher = bytearray(bc.base64.b64decode(envelope["ciphertext"]))
    cipher[5] ^= 1
    envelope["ciphertext"] = bc.base64.b64encode(bytes(cipher)).decode()
    with pytest.raises(ServerError, match="altered"):
        import_bundle(ctx, json.dumps(envelope).encode())
    assert _events(ctx) == 0


def test_foreign_bundles_are_rejected(ctx: ServerContext) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    stranger = Desk()
    stranger.network_id, stranger.server_exchange = desk.network_id, desk.server_exchange
    with pytest.raises(ServerError, match="does not know"):
        import_bundle(ctx, desk_bundle(stranger, []))
    other_server = bc.public_bytes(bc.X25519PrivateKey.generate())
    with pytest.raises(ServerError, match="another recipient"):
        import_bundle(ctx, desk_bundle(desk, [desk.new_person()], recipient=other_server))
    admin.create_network(ctx, "South")
    admin.create_hub(ctx, network="South", name="Malmö")
    south = enrolled(ctx, "Malmö")
    south.network_id = desk.network_id  # claims the other network
    with pytest.raises(ServerError, match="another network"):
        import_bundle(ctx, desk_bundle(south, [south.new_person()]))


def test_bundle_replayed_to_another_device_is_rejected(ctx: ServerContext) -> None:
    make_world(ctx)
    desk, other = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    changes = [desk.new_person()]
    # other's bundle carrying desk's changes: the signature is other's, the changes are not
    with pytest.raises(ServerError, match="another desk"):
        import_bundle(ctx, desk_bundle(other, changes))
    # desk's bundle relabelled as other's: the signature no longer matches
    with pytest.raises(ServerError, match="altered"):
        import_bundle(ctx, desk_bundle(desk, changes, device_id=other.device_id))
    assert _events(ctx) == 0


def test_revoked_devices_bundle_is_refused(ctx: ServerContext) -> None:
    make_world(ctx)
    desk = enrolled(ctx, "Umeå")
    admin.revoke(ctx, desk.device_id)
    with pytest.raises(ServerError) as caught:
        import_bundle(ctx, desk_bundle(desk, [desk.new_person()]))
    assert caught.value.status == 401 and caught.value.code == "revoked"
    assert caught.value.exit_code == 7
