"""Two desks correct one visitor at the same time and sync through the real server (uvicorn on
loopback over a real PostgreSQL): corrections of different fields, of the same field, with one
desk's clock days off, and with the link cut mid-push. Afterwards both desks hold the same
record, no typed value is lost (it is the final value or kept in a conflict), and on both desks
the search index is exactly what a rebuild from the final names makes."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.sync import SyncService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_server.app import create_app
from entryhub_server.context import open_context
from entryhub_server.settings import Settings
from tests.conftest import FakeClock
from tests.hostile.index_check import store_problems
from tests.server.conftest import new_pg_database, pg_server
from tests.server.helpers import TEST_MASTER
from tests.sync.helpers import add_person, make_desk
from tests.sync.proxies import CUT_AFTER, CUT_MID_ANSWER, PASS, FaultProxy
from tests.sync.server import LiveServer

__all__ = ["pg_server"]  # the fixture, used by name
DAY = 86_400.0
FIELDS = ("given_name", "family_name", "original_script_name", "phone", "birth_year")


class PgLiveServer(LiveServer):
    """:class:`tests.sync.server.LiveServer` over PostgreSQL instead of SQLite."""

    def __init__(self, db_url: str) -> None:
        self.settings = Settings(db_url=db_url, clock=time.time, master_key=TEST_MASTER)
        self.context = open_context(self.settings)
        config = uvicorn.Config(
            create_app(context=self.context),
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="off",
            access_log=False,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        self.port = int(self._server.servers[0].sockets[0].getsockname()[1])
        from entryhub_server.admin import create_network

        self.network_id = create_network(self.context, "Entry Hub Network")
        self.hubs = {}


@pytest.fixture
def pg_live(pg_server: str) -> Iterator[LiveServer]:
    live = PgLiveServer(new_pg_database(pg_server))
    yield live
    live.stop()


class Desks:
    def __init__(self, root: Path, server: LiveServer, skew_b: float = 0.0) -> None:
        self.clocks = (FakeClock(), FakeClock(FakeClock()() + skew_b))
        self.sessions: list[Session] = []
        self.services: list[SyncService] = []
        for name, clock in zip(("a", "b"), self.clocks, strict=True):
            session = make_desk(root, name, clock)
            service = SyncService(session)
            service.enrol(server.url, server.code("Umeå"))
            self.sessions.append(session)
            self.services.append(service)
        person = add_person(
            self.sessions[0], given_name="Hiwet", family_name="Gebremedhin", phone="0701234567"
        )
        self.person_id = person.id
        self.sync(0)
        self.sync(1)

    def sync(self, desk: int) -> None:
        self.services[desk].sync_now()

    def tick(self, seconds: float) -> None:
        for clock in self.clocks:
            clock.advance(seconds)

    def correct(self, desk: int, **fields: object) -> None:
        PersonDetails(self.sessions[desk]).correct(self.person_id, **fields)  # type: ignore[arg-type]

    def settle(self) -> None:
        """Sync until both desks have everything: A, B, A, B."""
        for desk in (0, 1, 0, 1):
            self.sync(desk)

    def record(self, desk: int) -> dict[str, object]:
        person = VisitorsService(self.sessions[desk]).person(self.person_id)
        return {name: getattr(person, name) for name in FIELDS}

    def kept_and_lost(self) -> set[object]:
        """Every value either desk's conflict table holds (kept or lost)."""
        values: set[object] = set()
        for session in self.sessions:
            for conflict in SyncService(session).conflicts():
                values.update((conflict.kept_value, conflict.lost_value))
        return values

    def check_both(self) -> dict[str, object]:
        """Both desks agree and are whole; returns the final record."""
        final = self.record(0)
        assert self.record(1) == final
        for session in self.sessions:
            assert store_problems(session.opened.conn) == []
            hits = VisitorsService(session).search(f"{final['given_name']} {final['family_name']}")
            assert hits and hits[0].person.id == self.person_id
        return final

    def close(self) -> None:
        for session in self.sessions:
            session.close()


@pytest.fixture
def desks(tmp_path: Path, pg_live: LiveServer) -> Iterator[Desks]:
    made = Desks(tmp_path, pg_live)
    yield made
    made.close()


def test_different_fields_at_once(desks: Desks) -> None:
    desks.tick(60)
    desks.correct(0, family_name="Tsegaye", phone="+46 70 765 43 21")
    desks.correct(1, given_name="Hiwot", birth_year=1991, original_script_name="ሕይወት")
    desks.settle()
    final = desks.check_both()
    assert final == {
        "given_name": "Hiwot",
        "family_name": "Tsegaye",
        "original_script_name": "ሕይወት",
        "phone": "+46707654321",
        "birth_year": 1991,
    }
    assert desks.kept_and_lost() == set()


def test_the_same_field_at_once(desks: Desks) -> None:
    desks.tick(60)
    desks.correct(0, family_name="Tsegaye")
    desks.tick(1)
    desks.correct(1, family_name="Tesfay", given_name="Hiwot")
    desks.settle()
    final = desks.check_both()
    assert final["family_name"] == "Tesfay" and final["given_name"] == "Hiwot"  # the later one
    assert "Tsegaye" in {str(v) for v in desks.kept_and_lost()}  # and the other one kept


@pytest.mark.parametrize("skew_days", [-3.0, 3.0])
def test_one_clock_days_off(tmp_path: Path, pg_live: LiveServer, skew_days: float) -> None:
    desks = Desks(tmp_path, pg_live, skew_b=skew_days * DAY)
    try:
        desks.tick(60)
        desks.correct(1, family_name="Tesfay")  # B first, by the wall
        desks.tick(60)
        desks.correct(0, family_name="Tsegaye", phone="0707654321")  # then A
        desks.correct(1, birth_year=1990)
        desks.settle()
        final = desks.check_both()
        # neither spelling is lost: one is the value, the other sits in a conflict table
        values = {str(final["family_name"])} | {str(v) for v in desks.kept_and_lost()}
        assert {"Tesfay", "Tsegaye"} <= values, (final, values)
        assert (final["phone"], final["birth_year"]) == ("+46707654321", 1990)
    finally:
        desks.close()


@pytest.mark.parametrize("fault", [CUT_AFTER, CUT_MID_ANSWER])
def test_link_cut_mid_push(tmp_path: Path, pg_live: LiveServer, fault: str) -> None:
    from entryhub_desk.store.sync_state import update_sync_state

    desks = Desks(tmp_path, pg_live)
    cut = {"left": 1}

    def decide(request: bytes) -> str:
        if b"/v1/sync/push" in request.split(b"\r\n", 1)[0] and cut["left"]:
            cut["left"] -= 1
            return fault
        return PASS

    proxy = FaultProxy(pg_live.port, decide)
    try:
        update_sync_state(desks.sessions[1].opened.conn, server_url=proxy.url)
        desks.tick(60)
        desks.correct(0, family_name="Tsegaye")
        desks.correct(1, given_name="Hiwot", phone="0707654321")
        desks.sync(0)
        with pytest.raises(DeskError):  # the push's answer never arrives whole
            desks.services[1].sync_now()
        assert cut["left"] == 0
        desks.settle()
        final = desks.check_both()
        assert (final["given_name"], final["family_name"], final["phone"]) == (
            "Hiwot",
            "Tsegaye",
            "+46707654321",
        )
        assert desks.kept_and_lost() == set()
    finally:
        proxy.close()
        desks.close()
