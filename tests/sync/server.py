"""A real sync server for desk tests: uvicorn on a 127.0.0.1 port in a thread."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import uvicorn

from entryhub_server.admin import create_hub, create_network, enrolment_code, revoke
from entryhub_server.app import create_app
from entryhub_server.context import open_context
from entryhub_server.db.engine import make_engine, migrate
from entryhub_server.settings import Settings
from tests.server.helpers import TEST_MASTER, TEST_MASTER_KEY

_template: Path | None = None


def _migrated_template() -> Path:
    """A server database migrated to the newest revision, made once per test process: each
    server starts from a copy instead of running every migration (with a sync per commit)
    again. It holds no server keys (migrations make none), so every server still makes its
    own key pairs at its first start, as a new database does."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="entryhub-live-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        engine = make_engine(f"sqlite:///{folder / 'server.db'}")
        migrate(engine, master_key=TEST_MASTER_KEY)
        engine.dispose()
        _template = folder / "server.db"
    return _template


class LiveServer:
    def __init__(self, folder: Path, *, clock: Callable[[], float] = time.time) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / "server.db").exists():
            shutil.copyfile(_migrated_template(), folder / "server.db")
        self.settings = Settings(
            db_url=f"sqlite:///{folder / 'server.db'}", clock=clock, master_key=TEST_MASTER
        )
        self.context = open_context(self.settings)
        app = create_app(context=self.context)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", access_log=False
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
        self.network_id = create_network(self.context, "Entry Hub Network")
        self.hubs: dict[str, str] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def hub(self, name: str) -> str:
        if name not in self.hubs:
            self.hubs[name] = create_hub(self.context, network=self.network_id, name=name)
        return self.hubs[name]

    def code(self, hub_name: str) -> str:
        return enrolment_code(self.context, hub=self.hub(hub_name), network=self.network_id).code

    def revoke(self, device_id: str) -> None:
        revoke(self.context, device_id)

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self.context.engine.dispose()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    """A live server for one test (tests/sync/conftest.py gives it to the sync tests; other
    folders import it by name)."""
    live = LiveServer(tmp_path / "server")
    yield live
    live.stop()
