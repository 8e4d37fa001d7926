"""A store with 10,000 synthetic visitors and the variant cases, shared by the quality tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from entryhub_desk.domain.person import Person
from entryhub_desk.ids import new_id
from entryhub_desk.store.connection import DeskConnection, open_database, transaction
from entryhub_desk.store.identity import initialise_identity
from entryhub_desk.store.migrations import migrate
from entryhub_desk.store.repositories import PersonRepository, StoreContext
from tests.search.synthetic import visitors
from tests.search.variant_cases import NAME_CASES, PHONE_CASES
from tests.support.clock import FakeClock

POPULATION = 10_000


@dataclass
class QualityStore:
    conn: DeskConnection
    ctx: StoreContext
    name_targets: list[tuple[str, str, str]]  # (class, query, person id)
    phone_targets: list[tuple[str, str]]  # (query, person id)


def fill(ctx: StoreContext, count: int, *, seed: int = 7) -> None:
    repo = PersonRepository(ctx)
    hub = ctx.identity.hub_id
    with transaction(ctx.conn):
        for v in visitors(count, seed=seed):
            repo.create(
                Person(
                    given_name=v.given_name,
                    family_name=v.family_name,
                    original_script_name=v.original_script_name,
                    birth_year=v.birth_year,
                    country_of_birth=v.country_of_birth,
                    phone=v.phone,
                    hub_id=hub,
                )
            )


@pytest.fixture(scope="session")
def quality_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QualityStore]:
    path: Path = tmp_path_factory.mktemp("quality") / "desk.db"
    conn = open_database(path, os.urandom(32), create=True)
    clock = FakeClock(tick=0.001)  # every write a millisecond later
    migrate(conn, db_path=path, backups_dir=path.parent / "backups", clock=clock)
    identity = initialise_identity(conn, database_uuid=new_id(), hub_name="Umeå", clock=clock)
    ctx = StoreContext(conn, identity, clock)
    fill(ctx, POPULATION)
    repo = PersonRepository(ctx)
    names: list[tuple[str, str, str]] = []
    phones: list[tuple[str, str]] = []
    with transaction(conn):
        for kind, (given, family, original), query in NAME_CASES:
            person = repo.create(
                Person(
                    given_name=given,
                    family_name=family,
                    original_script_name=original,
                    hub_id=identity.hub_id,
                )
            )
            names.append((kind, query, person.id))
        for number, query in PHONE_CASES:
            person = repo.create(Person(given_name="Phone", phone=number, hub_id=identity.hub_id))
            phones.append((query, person.id))
    yield QualityStore(conn, ctx, names, phones)
    conn.close()
