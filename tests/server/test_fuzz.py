"""Schemathesis against /openapi.json: no input may make the server answer 5xx.

Each generated case is sent twice: as schemathesis builds it (plain JSON, random headers) and
as a desk would send it (gzip, the protocol header, a valid device token), so the fuzzer gets
past the transport checks into the validation and the sync logic.

Fuzzed on SQLite only (its own fixture, not the SQLite/PostgreSQL pair): the validation and
the app code in front of the storage are the same on both backends, and every storage path
runs on PostgreSQL in the other tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from starlette.testclient import TestClient

from entryhub_server.app import create_app
from entryhub_server.context import ServerContext, open_context
from entryhub_server.settings import Settings
from entryhub_wire import wire
from tests.server.helpers import FakeClock, enrolled, make_world


@pytest.fixture
def sqlite_ctx(sqlite_url: str, clock: FakeClock) -> Iterator[ServerContext]:
    context = open_context(Settings(db_url=sqlite_url, clock=clock, pool_size=20, migrate=False))
    yield context
    context.engine.dispose()


@pytest.fixture
def sqlite_client(sqlite_ctx: ServerContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=sqlite_ctx), base_url="http://127.0.0.1") as test_client:
        yield test_client


def _gzip_variant(client: TestClient, case: Any, headers: dict[str, str]) -> int:
    body = case.body
    if isinstance(body, dict | list | str | int | float) or body is None:
        content = wire.compress(json.dumps(body).encode())
    elif isinstance(body, bytes):
        content = body
    else:  # NOT_SET (GET)
        content = b""
    response = client.request(
        case.method, case.formatted_path, content=content, headers=headers, params=case.query
    )
    return int(response.status_code)


def test_no_input_makes_a_5xx(sqlite_ctx: ServerContext, sqlite_client: TestClient) -> None:
    ctx, client = sqlite_ctx, sqlite_client
    make_world(ctx)
    headers = enrolled(ctx, "Umeå").headers()
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(context=ctx))
    failures: list[str] = []
    unsatisfiable: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=20,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.path}: {response.status_code} (as generated)")
            status = _gzip_variant(client, case, headers)
            if status >= 500:
                failures.append(f"{case.method} {case.path}: {status} (gzip) {case.body!r:.200}")

        try:
            check()
        except Unsatisfiable:
            unsatisfiable.append(operation.label)
    assert not failures, failures[:5]
    assert not {"POST /v1/enrol", "POST /v1/sync/push", "POST /v1/sync/pull"} & set(unsatisfiable)
