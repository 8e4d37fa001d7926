"""Desks for sync tests: each in its own folder with its own fake clock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Person
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.sync import SyncService
from entryhub_desk.store.outbox import pending
from entryhub_desk.store.repositories import PersonRepository
from entryhub_desk.store.sync_apply import RemoteChange, apply_remote
from entryhub_desk.sync.engine import ClientFactory, default_client
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, TEST_SCRYPT_N, FakeClock

if TYPE_CHECKING:
    from tests.sync.server import LiveServer


def make_desk(root: Path, name: str, clock: FakeClock, *, plaintext: bool = False) -> Session:
    config = DeskConfig(
        data_dir=root / name / "data",
        log_dir=root / name / "logs",
        clock=clock,
        scrypt_n=TEST_SCRYPT_N,
        plaintext_store=plaintext,
    )
    desk = Desk(config)
    desk.set_up(hub_name=f"Hub {name}", coordinator_name=COORDINATOR, password=COORDINATOR_PASSWORD)
    return desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)


def enrolled(
    root: Path,
    server: LiveServer,
    name: str,
    clock: FakeClock | None = None,
    *,
    hub: str = "Umeå",
    client_factory: ClientFactory = default_client,
) -> tuple[Session, SyncService]:
    """A desk of :func:`make_desk` (a fresh fake clock unless ``clock``) enrolled at ``hub`` of
    ``server``: its coordinator's session and sync service."""
    session = make_desk(root, name, clock or FakeClock())
    service = SyncService(session, client_factory=client_factory)
    service.enrol(server.url, server.code(hub))
    return session, service


def enrol_with_people(desk: Desk, server: LiveServer, people: int = 1) -> None:
    """Enrol ``desk`` (set up, not logged in) at Umeå of ``server`` and add ``people`` persons
    that wait to be sent; the session is closed again."""
    session = desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        SyncService(session).enrol(server.url, server.code("Umeå"))
        for _ in range(people):
            add_person(session)
    finally:
        session.close()


def add_person(session: Session, **fields: object) -> Person:
    values: dict[str, object] = {"given_name": "Amina", "family_name": "Yusuf"}
    values.update(fields)
    values.setdefault("hub_id", session.identity.hub_id)
    person = Person(**values)  # type: ignore[arg-type]
    return PersonRepository(session.opened.context).create(person)


def edit_person(session: Session, person_id: str, **fields: object) -> Person:
    repo = PersonRepository(session.opened.context)
    return repo.update(replace(repo.get(person_id), **fields))  # type: ignore[arg-type]


def outbox_as_remote(session: Session) -> list[RemoteChange]:
    return [
        RemoteChange(e.entity, e.entity_id, e.fields, origin=e.device_id)
        for e in pending(session.opened.conn)
        if e.entity != "staff"
    ]


def transfer(source: Session, target: Session) -> None:
    """Hand the source's outbox to the target through the apply path (no server)."""
    apply_remote(target.opened.context, outbox_as_remote(source), cursor=None)
