"""User-space proxies on 127.0.0.1 for sync tests (this kernel has no netem).

``FaultProxy`` understands just enough HTTP/1.1 (Content-Length bodies) to cut a connection at
chosen points of an exchange, to hold an answer back until the client gives up, and to send a
request to the server twice. ``PacingProxy`` is a plain TCP relay that delays and paces the
bytes like a slow link and counts them. ``ShapingProxy`` is a slow link with back-pressure (an
asyncio relay: each direction a byte rate and a one-way latency; it reads no faster than the
link carries, so a sender's writes wait as on a real slow link).
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

CUT_BEFORE = "cut_before"  # the request never reaches the server
CUT_AFTER = "cut_after"  # the server handled it, the answer is lost
CUT_MID_ANSWER = "cut_mid_answer"  # half the answer arrives
DUPLICATE = "duplicate"  # the server receives the request twice
HOLD = "hold"  # the server handled it, the answer never comes (the client times out)
PASS = "pass"


def _close_listener(sock: socket.socket) -> None:
    """Close a listening socket and wake the thread blocked in ``accept``."""
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def _read_message(sock: socket.socket, buffer: bytearray) -> bytes | None:
    """One HTTP message (head + Content-Length body) from ``sock``; None at end of stream."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    head_end = buffer.index(b"\r\n\r\n") + 4
    length = 0
    for line in bytes(buffer[:head_end]).split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1].strip())
    while len(buffer) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buffer.extend(chunk)
    message = bytes(buffer[: head_end + length])
    del buffer[: head_end + length]
    return message


@dataclass
class FaultProxy:
    """Forwards to ``upstream`` port; ``decide(request_bytes)`` picks a fault per request."""

    upstream: int
    decide: Callable[[bytes], str] = lambda _request: PASS
    counts: dict[str, int] = field(default_factory=dict)
    requests: list[tuple[str, int]] = field(default_factory=list)  # (fault, request bytes)

    def __post_init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop.set()
        _close_listener(self._server)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _exchange(self, request: bytes) -> bytes | None:
        with socket.create_connection(("127.0.0.1", self.upstream), timeout=30) as up:
            up.sendall(request)
            return _read_message(up, bytearray())

    def _serve(self, client: socket.socket) -> None:
        buffer = bytearray()
        with client:
            while True:
                try:
                    request = _read_message(client, buffer)
                except OSError:
                    return
                if request is None:
                    return
                fault = self.decide(request)
                self.counts[fault] = self.counts.get(fault, 0) + 1
                self.requests.append((fault, len(request)))
                if fault == CUT_BEFORE:
                    return
                answer = self._exchange(request)
                if fault == DUPLICATE:
                    answer = self._exchange(request) or answer
                if answer is None or fault == CUT_AFTER:
                    return
                if fault == HOLD:
                    with contextlib.suppress(OSError):
                        while client.recv(65536):  # until the client gives up and closes
                            pass
                    return
                if fault == CUT_MID_ANSWER:
                    client.sendall(answer[: max(1, len(answer) // 2)])
                    return
                client.sendall(answer)


def random_faults(rng: random.Random, rate: float) -> Callable[[bytes], str]:
    faults = (CUT_BEFORE, CUT_AFTER, CUT_MID_ANSWER, DUPLICATE)

    def decide(_request: bytes) -> str:
        return rng.choice(faults) if rng.random() < rate else PASS

    return decide


class PacingProxy:
    """A TCP relay like a slow link: ``rtt`` seconds round trip, ``bits_per_second`` each way."""

    def __init__(self, upstream: int, *, bits_per_second: float, rtt: float) -> None:
        self.upstream = upstream
        self.rate = bits_per_second / 8.0
        self.one_way = rtt / 2
        self.sent = 0  # client -> server bytes
        self.received = 0  # server -> client bytes
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._server.getsockname()[1])
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        _close_listener(self._server)

    def reset_counts(self) -> None:
        with self._lock:
            self.sent = self.received = 0

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            up = socket.create_connection(("127.0.0.1", self.upstream))
            for a, b, upward in ((client, up, True), (up, client, False)):
                threading.Thread(target=self._pump, args=(a, b, upward), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, upward: bool) -> None:
        """Reader: stamp each chunk with its arrival time on the far side; writer: deliver."""
        chunks: queue.Queue[tuple[float, bytes] | None] = queue.Queue()

        def deliver() -> None:
            try:
                while (item := chunks.get()) is not None:
                    due, chunk = item
                    delay = due - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                    target.sendall(chunk)
            except OSError:
                pass
            finally:
                with contextlib.suppress(OSError):
                    target.shutdown(socket.SHUT_WR)

        writer = threading.Thread(target=deliver, daemon=True)
        writer.start()
        link_free = 0.0  # when the (one-way) link has sent everything queued so far
        try:
            while chunk := source.recv(4096):
                start = max(time.monotonic(), link_free)
                link_free = start + len(chunk) / self.rate
                chunks.put((link_free + self.one_way, chunk))
                with self._lock:
                    if upward:
                        self.sent += len(chunk)
                    else:
                        self.received += len(chunk)
        except OSError:
            pass
        finally:
            chunks.put(None)


class ShapingProxy:
    """A slow link on 127.0.0.1: ``bits_per_second`` each way, ``rtt`` seconds round trip.

    Each direction reads a chunk only when the link has carried the previous ones (the link is
    busy ``len(chunk) / rate`` seconds per chunk, no burst), and delivers it ``rtt / 2`` later.
    Small read buffers keep the back-pressure close to the sender. ``sent`` and ``received``
    count the bytes from and to the client.
    """

    CHUNK = 1460

    def __init__(self, upstream: int, *, bits_per_second: float, rtt: float) -> None:
        self.upstream = upstream
        self.rate = bits_per_second / 8.0
        self.one_way = rtt / 2
        self.sent = 0
        self.received = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        self.port = int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        async def stop() -> None:
            self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        if not self._thread.is_alive():
            self._loop.close()

    async def _start(self) -> asyncio.Server:
        return await asyncio.start_server(self._handle, "127.0.0.1", 0, limit=4096)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(
                "127.0.0.1", self.upstream, limit=4096
            )
        except OSError:
            writer.close()
            return
        # closing cancels: end quietly (asyncio reports a cancelled connection handler)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.gather(
                self._pipe(reader, up_writer, upward=True),
                self._pipe(up_reader, writer, upward=False),
                return_exceptions=True,
            )
        for w in (writer, up_writer):
            with contextlib.suppress(Exception):
                w.close()

    async def _pipe(
        self, source: asyncio.StreamReader, target: asyncio.StreamWriter, *, upward: bool
    ) -> None:
        loop = asyncio.get_running_loop()
        chunks: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def deliver() -> None:
            try:
                while (item := await chunks.get()) is not None:
                    due, chunk = item
                    delay = due - loop.time()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    target.write(chunk)
                    await target.drain()
                if target.can_write_eof():
                    target.write_eof()
            except (OSError, RuntimeError):
                pass

        writer = asyncio.create_task(deliver())
        link_free = loop.time()
        try:
            while chunk := await source.read(self.CHUNK):
                start = max(loop.time(), link_free)
                link_free = start + len(chunk) / self.rate
                chunks.put_nowait((link_free + self.one_way, chunk))
                if upward:
                    self.sent += len(chunk)
                else:
                    self.received += len(chunk)
                wait = link_free - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)  # the link is busy: read no more until it is free
        except OSError:
            pass
        finally:
            chunks.put_nowait(None)
            await writer
