"""Enrolment that can be retried and revocation that can be undone, desk and real server.

The enrolment answer is lost through a proxy that cuts it after the server applied it; a
revoked desk keeps its waiting registrations until a coordinator re-admits it (then they are
pushed) or, if none does, exports them to a bundle.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.sync import SyncService
from entryhub_server.admin import readmit
from entryhub_server.bundles import import_bundle
from entryhub_server.errors import ServerError
from entryhub_wire import bundle_crypto
from tests.cli.runner import coordinator_env, run_cli
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, FakeClock
from tests.sync.helpers import add_person, enrolled, make_desk
from tests.sync.proxies import CUT_AFTER, PASS, FaultProxy
from tests.sync.server import LiveServer


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Session]:
    session = make_desk(tmp_path, "a", FakeClock(1_790_000_000.0))
    yield session
    session.close()


def _cut_first_enrolment() -> tuple[list[str], object]:
    seen: list[str] = []

    def decide(request: bytes) -> str:
        if request.startswith(b"POST /v1/enrol "):
            seen.append("enrol")
            return CUT_AFTER if len(seen) == 1 else PASS
        return PASS

    return seen, decide


def _person_ids(session: Session) -> set[str]:
    return {str(r[0]) for r in session.opened.conn.execute("SELECT id FROM person").fetchall()}


@pytest.mark.parametrize("retry_with", ["the same code", "a new code"])
def test_lost_enrolment_answer_then_retry_and_sync(
    tmp_path: Path, server: LiveServer, desk: Session, retry_with: str
) -> None:
    seen, decide = _cut_first_enrolment()
    proxy = FaultProxy(server.port, decide)  # type: ignore[arg-type]
    service = SyncService(desk)
    person = add_person(desk)
    code = server.code("Umeå")
    try:
        with pytest.raises(DeskError) as caught:
            service.enrol(proxy.url, code)
        assert caught.value.code == "sync.unreachable"
        assert not service.status().enrolled
        retry = code if retry_with == "the same code" else server.code("Umeå")
        assert service.enrol(proxy.url, retry) == "Umeå"
        assert seen == ["enrol", "enrol"]
        result = service.sync_now()
    finally:
        proxy.close()
    assert result.acknowledged >= 1 and service.status().pending == 0
    reader, reader_service = enrolled(tmp_path, server, "reader")
    try:
        reader_service.sync_now()
        assert person.id in _person_ids(reader)
    finally:
        reader.close()


def test_revoked_desk_is_readmitted_and_its_changes_arrive(
    tmp_path: Path, server: LiveServer, desk: Session
) -> None:
    service = SyncService(desk)
    service.enrol(server.url, server.code("Umeå"))
    first = add_person(desk)
    service.sync_now()
    server.revoke(desk.identity.device_id)
    waiting = [add_person(desk, given_name=name) for name in ("Hodan", "Yonas")]
    with pytest.raises(DeskError) as caught:
        service.sync_now()
    assert caught.value.code == "sync.revoked"
    status = service.status()
    assert status.revoked and status.pending == 2  # kept, not dropped
    # it cannot be undone from the desk with an ordinary code
    with pytest.raises(DeskError) as refused:
        service.enrol(server.url, server.code("Umeå"))
    assert refused.value.code == "sync.revoked"  # the server: "re-admit it"
    code = readmit(server.context, desk.identity.device_id).code
    assert service.enrol(server.url, code) == "Umeå"
    assert not service.status().revoked
    result = service.sync_now()
    assert result.acknowledged == 2 and service.status().pending == 0
    reader, reader_service = enrolled(tmp_path, server, "reader")
    try:
        reader_service.sync_now()
        assert {first.id, *(p.id for p in waiting)} <= _person_ids(reader)
    finally:
        reader.close()


def test_refused_desk_exports_its_waiting_changes(
    tmp_path: Path, server: LiveServer, cli_env: dict[str, str]
) -> None:
    """Never re-admitted: the changes leave in a bundle sealed to the server (the command
    line's export-bundle works on a revoked desk); the server takes it once the coordinator
    re-admits the desk, never while it is revoked."""
    desk, service = enrolled(tmp_path, server, "a")
    service.sync_now()
    server.revoke(desk.identity.device_id)
    waiting = [add_person(desk, given_name=name) for name in ("Hodan", "Yonas")]
    with pytest.raises(DeskError):
        service.sync_now()
    data_dir = desk.desk.config.data_dir
    device_id = desk.identity.device_id
    desk.close()
    bundle = tmp_path / "revoked.ehb"
    done = run_cli(coordinator_env(cli_env), data_dir, "export-bundle", "-o", str(bundle))
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 changes" in done.stdout
    sealed = bundle_crypto.read_bundle(bundle.read_bytes())
    assert sealed.header.device_id == device_id
    with pytest.raises(ServerError) as caught:
        import_bundle(server.context, bundle.read_bytes())
    assert caught.value.code == "revoked"
    # the coordinator changes her mind: re-admitted, the bundle is taken
    code = readmit(server.context, device_id).code
    again = desk.desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        SyncService(again).enrol(server.url, code)
        result = import_bundle(server.context, bundle.read_bytes())
        assert sum(1 for _ in result.acknowledged) == 1 and result.rejected == 0
    finally:
        again.close()
    reader, reader_service = enrolled(tmp_path, server, "reader")
    try:
        reader_service.sync_now()
        assert {p.id for p in waiting} <= _person_ids(reader)
    finally:
        reader.close()
