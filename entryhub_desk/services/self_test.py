"""``self-test``: a store in a temporary folder, written and read back, then removed.

It runs the same code as a real desk (SQLCipher, key slots, migrations, repositories, audit)
so that a broken install or frozen bundle shows at once. The scrypt cost is lowered because the
store is thrown away; nothing of it outlives the command.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit
from entryhub_desk.services.check import CheckService
from entryhub_desk.services.desk import Desk
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories.persons import PersonRepository
from entryhub_desk.store.repositories.visits import VisitRepository

_PASSWORD = "Kvarnsten-Lösenord-2026"  # noqa: S105 - a throwaway store's password
_SCRYPT_N = 2**10
_NAME = "ዮሃንስ ተስፋይ"


class SelfTestFailed(Exception):
    pass


def run_self_test() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="entryhub-self-test-") as work:
        root = Path(work)
        config = DeskConfig(data_dir=root / "store", log_dir=root / "logs", scrypt_n=_SCRYPT_N)
        desk = Desk(config)
        desk.set_up(hub_name="Self-test hub", coordinator_name="Self Test", password=_PASSWORD)
        yield "store created"
        session = desk.unlock("Self Test", _PASSWORD)
        try:
            ctx = session.opened.context
            person = Person(
                given_name="Yohannes",
                family_name="Tesfay",
                original_script_name=_NAME,
                country_of_birth="ER",
                languages=("ti", "ar"),
                phone="+46 70 123 45 67",
                hub_id=session.identity.hub_id,
            )
            visit = Visit(
                person_id=person.id,
                hub_id=person.hub_id,
                visited_at=datetime.now(UTC),
                purposes=("job_search",),
                handled_by=session.staff.id,
            )
            with transaction(session.opened.conn):
                PersonRepository(ctx).add(person)
                VisitRepository(ctx).add(visit)
            yield "person and visit written"
        finally:
            session.close()
        session = desk.unlock("Self Test", _PASSWORD)
        try:
            stored = PersonRepository(session.opened.context).get(person.id)
            if stored is None or stored.original_script_name != _NAME:
                raise SelfTestFailed("read back differs")
            problems = CheckService(session).check()
            if problems:
                raise SelfTestFailed("; ".join(problems))
            yield "read back and checked"
        finally:
            session.close()
        raw = config.db_path.read_bytes()
        if _NAME.encode() in raw or b"Yohannes" in raw:
            raise SelfTestFailed("data file is not encrypted")
        yield "data file encrypted"
