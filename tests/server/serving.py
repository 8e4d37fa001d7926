"""``entryhub-server serve`` as it runs in production: its own process(es) on a free loopback
port (the serve test and the server benchmark)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from entryhub_wire import wire
from tests.server.conftest import _free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Serving:
    base: str
    port: int
    process: subprocess.Popen[bytes]


@contextmanager
def serving(url: str, *extra: str, quiet: bool = False) -> Iterator[Serving]:
    """Start the server, wait until it answers ``health``, stop it at the end. ``quiet``
    drops its log; otherwise the log is read if the server stops before answering."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), *sys.path]))}
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "entryhub_server", "--db", url, "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, *extra],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL if quiet else subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                log = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"the server process stopped: {log[-2000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer in time")
            try:
                if httpx.get(base + wire.PATH_HEALTH, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.05)
        yield Serving(base, port, process)
    finally:
        process.terminate()
        process.wait(timeout=30)
