"""``entryhub-server serve`` as it runs in production: its own processes on a loopback port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from entryhub_desk.ids import new_id
from entryhub_server import admin
from entryhub_server.context import open_context
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import Desk, enrolled, make_world
from tests.server.serving import ROOT, serving


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _enrol(client: httpx.Client, code: str) -> Desk:
    desk = Desk()
    body = wire.encode_body(desk.enrol_request(code).to_json())
    response = client.post(wire.PATH_ENROL, content=body, headers=desk.headers())
    assert response.status_code == 200, response.text
    desk.take(wire.EnrolResponse.from_json(response.json()))
    return desk


def test_serve_with_two_worker_processes_on_postgresql(pg_url: str) -> None:
    ctx = open_context(Settings(db_url=pg_url))
    try:
        make_world(ctx)
        codes = [admin.enrolment_code(ctx, hub="Umeå").code for _ in range(2)]
    finally:
        ctx.engine.dispose()
    with serving(pg_url, "--workers", "2") as server:
        # uvicorn's supervisor and its two workers
        assert len(_children(server.process.pid)) >= 2
        with httpx.Client(base_url=server.base, timeout=30) as client:
            writer, reader = (_enrol(client, code) for code in codes)
            sent = 0
            for _ in range(20):  # on whichever worker each lands, once each, in one order
                person = writer.new_person()
                visit = writer.change("visit", new_id(), person.entity_id, purpose="cv")
                answer = writer.push_ok(client, [person, visit])
                sent += 2
                assert answer.acknowledged == {1: sent}
            events, _ = reader.pull_all(client)
    pulled = [event.change.seq for event in events if isinstance(event, wire.PulledChange)]
    assert pulled == list(range(1, 41))


def test_serve_refuses_a_negative_worker_count(pg_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "entryhub_server", "--db", pg_url, "serve", "--workers", "-1"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--workers" in done.stderr


def test_a_client_that_gives_up_mid_upload_is_no_server_error(db_url: str) -> None:
    """A desk on a bad link sends part of its body and goes away: nothing is applied, the
    server logs no error and no traceback (before: "Exception in ASGI application" per cut
    request, the internal-error handler's traceback too), and serves the next request."""
    ctx = open_context(Settings(db_url=db_url))
    try:
        make_world(ctx)
        desk, reader = enrolled(ctx, "Umeå"), enrolled(ctx, "Umeå")
    finally:
        ctx.engine.dispose()
    request = wire.PushRequest(changes=(desk.new_person(),), audit_head=None)
    body = wire.encode_body(request.to_json())
    headers = {**desk.headers(), "Content-Type": wire.CONTENT_TYPE}
    headers["Content-Encoding"] = wire.CONTENT_ENCODING
    with serving(db_url) as server:
        for path in (wire.PATH_PUSH, wire.PATH_BUNDLES):
            head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            head += f"Content-Length: {len(body)}\r\n"
            head += "".join(f"{name}: {value}\r\n" for name, value in headers.items())
            with socket.create_connection(("127.0.0.1", server.port)) as cut:
                cut.sendall(head.encode() + b"\r\n" + body[: len(body) // 2])
        with httpx.Client(base_url=server.base, timeout=30) as client:
            assert reader.pull(client).changes == ()  # the cut push applied nothing
            desk.push_ok(client, [desk.new_person()])
            assert len(reader.pull(client).changes) == 1
    # stopping lets every request finish first (uvicorn's graceful shutdown)
    log = server.process.stderr.read().decode() if server.process.stderr else ""
    assert "Exception in ASGI application" not in log
    assert "Traceback" not in log
    assert "ERROR" not in log
