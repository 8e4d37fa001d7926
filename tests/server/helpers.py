"""Simulated desks for the server tests: keys, a device id, changes with HLCs, HTTP calls."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.auth import Device, device_by_id
from entryhub_server.context import ServerContext
from entryhub_server.enrol import enrol
from entryhub_server.keys.master import MASTER_KEY_ENV, StaticMasterKey, encode_key
from entryhub_wire import bundle_crypto as bc
from entryhub_wire import grants as g
from entryhub_wire import wire
from tests.support.clock import FakeClock as FakeClock  # the one fake clock (also here)

# The master key of every test server: in-process servers get it in their settings; the
# variable, set by tests/server/conftest.py, gives it to servers started as their own processes.
TEST_MASTER_KEY = bytes(range(32))
TEST_MASTER = StaticMasterKey(TEST_MASTER_KEY, name="the test master key")
TEST_MASTER_ENV = {MASTER_KEY_ENV: encode_key(TEST_MASTER_KEY)}


SERVER_START = 1_750_000_000.0  # the server tests' fake clock starts here (2025-06-15)


_ms = itertools.count(1_750_000_000_000)


@dataclass
class Desk:
    """A desk as the server sees it: identity, numbering and (after enrolment) a token."""

    device_id: str = field(default_factory=new_id)
    signing: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    exchange: X25519PrivateKey = field(default_factory=X25519PrivateKey.generate)
    epoch: int = 1
    next_seq: int = 1
    token: str = ""
    hub_id: str = ""
    network_id: str = ""
    server_signing: bytes = b""
    server_exchange: bytes = b""
    # signed roles: the first coordinator's key is the root registered at enrolment
    coordinator_id: str = field(default_factory=new_id)
    coordinator: bytes = field(default_factory=lambda: g.new_signing_key()[0])
    grants: list[g.Grant] = field(default_factory=list)

    def __post_init__(self) -> None:
        public = g.signing_public_of(self.coordinator)
        root = g.Grant(
            seq=1,
            staff_id=self.coordinator_id,
            name="First Coordinator",
            role="coordinator",
            active=True,
            issued_at="2026-01-01T00:00:00.000000Z",
            issuer=self.coordinator_id,
            public_key=public,
            previous=g.GENESIS,
        )
        self.grants = [g.sign_grant(self.coordinator, root)]

    def erasure_auth(
        self, person_id: str, *, key: bytes | None = None, signer: str | None = None
    ) -> dict[str, Any]:
        """A coordinator's signature for erasing ``person_id`` (by default the root's)."""
        return g.sign_erasure(
            key or self.coordinator,
            signer=signer or self.coordinator_id,
            device_id=self.device_id,
            person_id=person_id,
            grants=self.grants,
        )

    def enrol_request(self, code: str) -> wire.EnrolRequest:
        return wire.EnrolRequest(
            code=code,
            device_id=self.device_id,
            signing_public=bc.public_bytes(self.signing),
            exchange_public=bc.public_bytes(self.exchange),
            desk_version="test",
            coordinator_root=g.signing_public_of(self.coordinator),
        )

    def take(self, answer: wire.EnrolResponse) -> None:
        self.token = answer.device_token
        self.hub_id, self.network_id = answer.hub_id, answer.network_id
        self.server_signing = answer.server_signing_public
        self.server_exchange = answer.server_exchange_public

    def hlc(self) -> str:
        return f"{next(_ms):013d}-0000-{self.device_id}"

    def change(
        self, entity: str, entity_id: str, owner: str | None, /, **values: Any
    ) -> wire.Change:
        hlc = self.hlc()
        if entity == wire.PERSON_ENTITY and values.get("deleted") is True:
            values.setdefault("erasure_auth", self.erasure_auth(entity_id))  # signed erasure
        change = wire.Change(
            device_id=self.device_id,
            epoch=self.epoch,
            seq=self.next_seq,
            entity=entity,
            entity_id=entity_id,
            person_id=owner,
            hlc=hlc,
            fields={name: wire.FieldValue(value, hlc) for name, value in values.items()},
        )
        self.next_seq += 1
        return change

    def new_person(self, given_name: str = "Amina", **values: Any) -> wire.Change:
        person_id = new_id()
        values.setdefault("hub_id", self.hub_id)
        return self.change("person", person_id, person_id, given_name=given_name, **values)

    def consent(
        self, person_id: str, *, given: bool = True, withdraws: str | None = None
    ) -> wire.Change:
        """The person's consent to be shared across hubs (or its withdrawal)."""
        return self.change(
            "consent",
            new_id(),
            person_id,
            person_id=person_id,
            purpose="share_across_hubs",
            notice_version="1",
            given=given,
            withdraws=withdraws,
        )

    def headers(self) -> dict[str, str]:
        headers = wire.protocol_headers()
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def push(
        self, client: Any, changes: list[wire.Change], head: wire.AuditHead | None = None
    ) -> Any:
        body = wire.encode_body(wire.PushRequest(tuple(changes), head).to_json())
        return client.post(wire.PATH_PUSH, content=body, headers=self.headers())

    def push_ok(self, client: Any, changes: list[wire.Change], **kw: Any) -> wire.PushResponse:
        response = self.push(client, changes, **kw)
        assert response.status_code == 200, response.text
        return wire.PushResponse.from_json(response.json())

    def pull(self, client: Any, cursor: int = 0, limit: int = 500) -> wire.PullResponse:
        body = wire.encode_body(wire.PullRequest(cursor, limit).to_json())
        response = client.post(wire.PATH_PULL, content=body, headers=self.headers())
        assert response.status_code == 200, response.text
        return wire.PullResponse.from_json(response.json())

    def pull_all(self, client: Any, cursor: int = 0) -> tuple[list[wire.PullEvent], int]:
        events: list[wire.PullEvent] = []
        while True:
            page = self.pull(client, cursor)
            events.extend(page.events())
            cursor = page.next_cursor
            if not page.has_more:
                return events, cursor


@dataclass
class World:
    network_id: str
    hubs: dict[str, str]


def make_world(
    ctx: ServerContext, network: str = "North", hubs: tuple[str, ...] = ("Umeå", "Luleå")
) -> World:
    network_id = admin.create_network(ctx, network)
    return World(
        network_id,
        {name: admin.create_hub(ctx, network=network, name=name) for name in hubs},
    )


def enrolled(ctx: ServerContext, hub: str, network: str | None = None) -> Desk:
    """A desk enrolled at ``hub`` through the service (no HTTP)."""
    desk = Desk()
    issued = admin.enrolment_code(ctx, hub=hub, network=network)
    desk.take(enrol(ctx, desk.enrol_request(issued.code), client="127.0.0.1"))
    return desk


def device_of(ctx: ServerContext, desk: Desk) -> Device:
    found = device_by_id(ctx, desk.device_id)
    assert found is not None
    return found[0]


def opened_values(ctx: ServerContext) -> list[str]:
    """Every stored personal value opened with the server's keys: the JSON of each merged
    field and of each change event's fields (what a copy of the database holds, sealed)."""
    from sqlalchemy import select

    from entryhub_server.db import tables as t
    from entryhub_server.keys.at_rest import SEALED_KIND, open_event, open_field

    f, r = t.field_state, t.record
    with ctx.engine.connect() as conn:
        fields = conn.execute(
            select(f.c.entity, f.c.entity_id, f.c.field, f.c.value_json, r.c.network_id).join(
                r, (r.c.entity == f.c.entity) & (r.c.entity_id == f.c.entity_id)
            )
        ).all()
        events = conn.execute(select(t.event).where(t.event.c.kind == SEALED_KIND)).all()
        return [
            *(
                open_field(
                    conn,
                    ctx.vault,
                    row.network_id,
                    row.entity,
                    row.entity_id,
                    row.field,
                    row.value_json,
                )
                for row in fields
            ),
            *(open_event(conn, ctx.vault, row) for row in events),
        ]


def stored_field(ctx: ServerContext, entity_id: str, field: str) -> str:
    """The merged value of one field as stored, opened (JSON text)."""
    from sqlalchemy import select

    from entryhub_server.db import tables as t
    from entryhub_server.keys.at_rest import open_field

    f, r = t.field_state, t.record
    with ctx.engine.connect() as conn:
        row = conn.execute(
            select(f.c.entity, f.c.value_json, r.c.network_id)
            .join(r, (r.c.entity == f.c.entity) & (r.c.entity_id == f.c.entity_id))
            .where(f.c.entity_id == entity_id, f.c.field == field)
        ).one()
        return open_field(
            conn, ctx.vault, row.network_id, row.entity, entity_id, field, row.value_json
        )
