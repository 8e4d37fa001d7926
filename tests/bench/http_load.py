"""A light load generator for the server benchmarks: one asyncio task per simulated desk,
each sending one prepared HTTP/1.1 request on its own connection.

The desks of a network are other machines; here they share the server's 2 cores, so the
generator must cost as little as possible: no HTTP client library, no thread per desk (a
thread pool of httpx clients took more CPU than the server and made the server look 3x
slower than it is).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    seconds: float
    status: int


def request_bytes(port: int, path: str, headers: dict[str, str], body: bytes) -> bytes:
    lines = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += ["Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def _send(port: int, data: bytes, start: asyncio.Event) -> Outcome:
    await start.wait()
    began = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(data)
        await writer.drain()
        status_line = await reader.readline()
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        await reader.readexactly(length)
        writer.close()
        status = int(status_line.split()[1])
    except (OSError, ValueError, IndexError, asyncio.IncompleteReadError):
        status = 0
    return Outcome(time.perf_counter() - began, status)


async def _all_at_once(port: int, requests: list[bytes]) -> tuple[float, list[Outcome]]:
    start = asyncio.Event()
    tasks = [asyncio.create_task(_send(port, data, start)) for data in requests]
    await asyncio.sleep(0.2)  # every task waiting at the start line
    began = time.perf_counter()
    start.set()
    outcomes = await asyncio.gather(*tasks)
    return time.perf_counter() - began, list(outcomes)


def all_at_once(port: int, requests: list[bytes]) -> tuple[float, list[Outcome]]:
    """Send every request at the same moment; wall time and each request's outcome."""
    return asyncio.run(_all_at_once(port, requests))


def one_after_another(port: int, requests: list[bytes]) -> list[Outcome]:
    async def run() -> list[Outcome]:
        outcomes = []
        for data in requests:
            start = asyncio.Event()
            start.set()
            outcomes.append(await _send(port, data, start))
        return outcomes

    return asyncio.run(run())
