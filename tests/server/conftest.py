"""Server test fixtures: every test runs against SQLite and against a real PostgreSQL.

The PostgreSQL cluster is made once per session (initdb into a temporary folder as the
``postgres`` user when running as root, a free loopback port, fsync off) and stopped at the end;
each test gets a fresh database copied from a migrated template.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from starlette.testclient import TestClient

from entryhub_server.app import create_app
from entryhub_server.context import ServerContext, open_context
from entryhub_server.db.engine import make_engine, migrate
from entryhub_server.settings import Settings
from tests.server.helpers import (
    SERVER_START,
    TEST_MASTER,
    TEST_MASTER_ENV,
    TEST_MASTER_KEY,
    FakeClock,
)

TEMPLATE = "entryhub_template"
# every server these tests start, in this process or its own, opens with the test master key
os.environ.update(TEST_MASTER_ENV)


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """Base URL of a throw-away PostgreSQL cluster on 127.0.0.1.

    The server's suite runs on both backends; a missing PostgreSQL is a broken set-up (``make
    debs`` installs it), never a reason to pass without testing."""
    bindir = _pg_bin()
    if bindir is None:
        pytest.fail("PostgreSQL is not installed: run 'make debs'")
    folder = Path(tempfile.mkdtemp(prefix="entryhub-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    folder.chmod(0o755)
    # -N: no fsync of the new cluster (it is thrown away after the session)
    initdb = [str(bindir / "initdb"), "-N", "-D", str(data), "-A", "trust", "-U", "postgres"]
    subprocess.run(
        _as_postgres([*initdb, "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    port = _free_port()
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=400"
    )
    subprocess.run(
        _as_postgres(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "log"),
                "-w",
                "-o",
                options,
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    base = f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    try:
        admin = create_engine(f"{base}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {TEMPLATE}"))
        admin.dispose()
        engine = make_engine(f"{base}/{TEMPLATE}")
        migrate(engine, master_key=TEST_MASTER_KEY)
        engine.dispose()
        yield base
    finally:
        subprocess.run(
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


_KEEP = {"alembic_version"}  # server keys too are made anew (rotate-keys tests change them)


def new_pg_database(base: str) -> str:
    """The session's test database, emptied (much faster than a new database per test)."""
    url = f"{base}/{TEMPLATE}"
    engine = create_engine(url)
    with engine.begin() as conn:
        names = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
            if row[0] not in _KEEP
        ]
        conn.exec_driver_sql("TRUNCATE " + ", ".join(f'"{n}"' for n in names))
        conn.exec_driver_sql("INSERT INTO counter (name, value) VALUES ('position', 0)")
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "server.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine, master_key=TEST_MASTER_KEY)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> Iterator[str]:
    """A fresh copy of the migrated SQLite template, on a RAM disk when there is one (the
    engine still syncs every commit, the RAM disk just makes that cheap)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(prefix="entryhub-test-", dir=shm))
    else:
        folder = tmp_path
    shutil.copy(sqlite_template, folder / "server.db")
    yield f"sqlite:///{folder / 'server.db'}"
    if folder != tmp_path:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return new_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def pg_url(pg_server: str) -> str:
    return new_pg_database(pg_server)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(SERVER_START)


@pytest.fixture
def ctx(db_url: str, clock: FakeClock) -> Iterator[ServerContext]:
    context = open_context(
        Settings(db_url=db_url, clock=clock, pool_size=20, migrate=False, master_key=TEST_MASTER)
    )
    yield context
    context.engine.dispose()


@pytest.fixture
def client(ctx: ServerContext) -> Iterator[TestClient]:
    with TestClient(create_app(context=ctx), base_url="http://127.0.0.1") as test_client:
        yield test_client
