from __future__ import annotations

import json
from pathlib import Path

import pytest

from entryhub_desk.errors import DeskError, ExitCode
from entryhub_desk.security.throttle import FORGET_AFTER, MAX_WAIT, LoginThrottle, wait_after
from tests.support.clock import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_700_000_000.0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "login-throttle.json"


def _seconds(throttle: LoginThrottle, name: str) -> int | None:
    try:
        throttle.check(name)
    except DeskError as error:
        assert error.code == "auth.backing_off"
        assert error.exit_code == ExitCode.DENIED
        seconds = error.params["seconds"]
        assert isinstance(seconds, int)
        return seconds
    return None


def test_sequence_doubles_and_caps(path: Path, clock: FakeClock) -> None:
    throttle = LoginThrottle(path, clock)
    assert _seconds(throttle, "Alice") is None
    waits = []
    for _ in range(12):
        wait = throttle.failure("Alice")
        waits.append(wait)
        assert _seconds(throttle, "Alice") == wait
        clock.now += wait - 0.5
        assert _seconds(throttle, "Alice") == 1
        clock.now += 0.5
        assert _seconds(throttle, "Alice") is None
    assert waits == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]


def test_wait_after() -> None:
    assert [wait_after(k) for k in range(12)] == [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert wait_after(10**9) == MAX_WAIT


def test_success_clears(path: Path, clock: FakeClock) -> None:
    throttle = LoginThrottle(path, clock)
    for _ in range(4):
        throttle.failure("alice")
    throttle.success("alice")
    assert _seconds(throttle, "alice") is None
    assert throttle.failure("alice") == 1


def test_state_survives_restart(path: Path, clock: FakeClock) -> None:
    first = LoginThrottle(path, clock)
    first.failure("Bob")
    first.failure("Bob")
    first.failure("Bob")
    second = LoginThrottle(path, clock)
    assert _seconds(second, "Bob") == 4
    clock.now += 4
    assert second.failure("Bob") == 8


def test_names_are_case_folded_and_separate(path: Path, clock: FakeClock) -> None:
    throttle = LoginThrottle(path, clock)
    throttle.failure("Åsa")
    assert _seconds(throttle, "åSA ") == 1
    assert _seconds(throttle, "Bob") is None


def test_unknown_names_back_off_too_and_names_stay_off_disk(path: Path, clock: FakeClock) -> None:
    throttle = LoginThrottle(path, clock)
    throttle.failure("nobody-here")
    throttle.failure("nobody-here")
    assert _seconds(throttle, "nobody-here") == 2
    text = path.read_text()
    assert "nobody" not in text.casefold()


def test_clock_set_back_never_locks_longer_than_the_wait(path: Path, clock: FakeClock) -> None:
    throttle = LoginThrottle(path, clock)
    throttle.failure("alice")
    throttle.failure("alice")
    clock.now -= 10 * 24 * 3600
    assert _seconds(throttle, "alice") == 2


def test_old_failures_are_forgotten(path: Path, clock: FakeClock) -> None:
    throttle = LoginThrottle(path, clock)
    for _ in range(6):
        throttle.failure("alice")
    clock.now += FORGET_AFTER + 100
    assert _seconds(throttle, "alice") is None
    assert throttle.failure("alice") == 1


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        b'{"names": 5}',
        b"\xff\xfe",
        json.dumps({"names": {"x" * 64: {"failures": "1", "until": 0, "wait": 1}}}).encode(),
    ],
)
def test_damaged_state_file_reads_as_empty(path: Path, clock: FakeClock, content: bytes) -> None:
    path.write_bytes(content)
    throttle = LoginThrottle(path, clock)
    assert _seconds(throttle, "alice") is None
    assert throttle.failure("alice") == 1
    assert LoginThrottle(path, clock).seconds_left("alice") == 1


def test_never_sleeps(path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    def no_sleep(seconds: float) -> None:
        raise AssertionError("slept")

    monkeypatch.setattr(time, "sleep", no_sleep)
    throttle = LoginThrottle(path, clock)
    for _ in range(15):
        throttle.failure("alice")
        _seconds(throttle, "alice")
