"""Key derivation: scrypt for staff passwords, HKDF-SHA256 for everything else.

scrypt's cost is stored with each key slot, so a slot made on a slow desk still opens after a
move to a faster one. :func:`calibrate_scrypt` picks ``N`` (with ``r=8``, ``p=1``) so that one
derivation takes 0.2–0.5 s on the machine that runs it.

Parameters read from a file are checked against :data:`MIN_N` … :data:`MAX_N` and small bounds
on ``r`` and ``p`` *before* any derivation, so a tampered file cannot make the desk allocate
gigabytes or spin for minutes.

:func:`meanwhile` lets a caller do its own work on its own thread while a derivation runs (the
``cv`` command loads what it needs next, ``services/cv_warmup.py``): scrypt then runs on a
helper thread, since OpenSSL's leaves the interpreter free. ``cryptography`` is imported only
by what needs it (HKDF, a cost beyond ``hashlib``'s memory limit), not to derive a password.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Final

KEY_LENGTH: Final = 32
SALT_LENGTH: Final = 16
MIN_SALT_LENGTH: Final = 16
MAX_SALT_LENGTH: Final = 64

MIN_N: Final = 2
MAX_N: Final = 2**22
MAX_R: Final = 16
MAX_P: Final = 4
#: Memory bound (128 · N · r bytes) accepted from a file: 4 GiB, i.e. N=2^22 with r=8.
MAX_MEMORY: Final = 2**32

#: The calibrated cost stays inside these bounds whatever the timings say.
CALIBRATION_MIN_N: Final = 2**14
CALIBRATION_MAX_N: Final = 2**20
TARGET_LOW: Final = 0.2
TARGET_HIGH: Final = 0.5


class KdfParamsError(ValueError):
    """KDF parameters outside the accepted bounds."""


def _is_power_of_two(value: int) -> bool:
    return value > 0 and value & (value - 1) == 0


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost and salt of one key slot."""

    n: int
    r: int = 8
    p: int = 1
    salt: bytes = b""

    def __post_init__(self) -> None:
        for name in ("n", "r", "p"):
            value = getattr(self, name)
            if type(value) is not int:
                raise KdfParamsError(f"scrypt {name} must be an integer")
        if not isinstance(self.salt, bytes):
            raise KdfParamsError("scrypt salt must be bytes")
        if not (MIN_N <= self.n <= MAX_N) or not _is_power_of_two(self.n):
            raise KdfParamsError("scrypt n out of bounds")
        if not 1 <= self.r <= MAX_R:
            raise KdfParamsError("scrypt r out of bounds")
        if not 1 <= self.p <= MAX_P:
            raise KdfParamsError("scrypt p out of bounds")
        if 128 * self.n * self.r > MAX_MEMORY:
            raise KdfParamsError("scrypt memory out of bounds")
        if not MIN_SALT_LENGTH <= len(self.salt) <= MAX_SALT_LENGTH:
            raise KdfParamsError("scrypt salt length out of bounds")

    @classmethod
    def new(cls, n: int, *, r: int = 8, p: int = 1) -> ScryptParams:
        """Parameters with a fresh random salt."""
        return cls(n=n, r=r, p=p, salt=os.urandom(SALT_LENGTH))


def normalise_password(password: str) -> bytes:
    """The bytes fed to scrypt: NFC-normalised UTF-8, so every keyboard gives the same key."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


#: The most memory ``hashlib.scrypt`` may be allowed (its ``maxmem`` is a C int).
_HASHLIB_MAX_MEMORY: Final = 2**31 - 1

#: ``work(still_deriving)``: done on the deriving thread while scrypt runs (see :func:`meanwhile`)
Meanwhile = Callable[[Callable[[], bool]], None]
_MEANWHILE: ContextVar[Meanwhile | None] = ContextVar("kdf_meanwhile", default=None)


@contextlib.contextmanager
def meanwhile(work: Meanwhile) -> Iterator[None]:
    """Within this block (this thread and context), each :func:`derive` calls
    ``work(still_deriving)`` on the calling thread while scrypt runs on a helper thread.
    ``work`` should return soon after ``still_deriving()`` turns False: the derivation's
    caller waits for it, so work past the derivation would lengthen the log-in. What ``work``
    raises, :func:`derive` raises, once the derivation is over."""
    token = _MEANWHILE.set(work)
    try:
        yield
    finally:
        _MEANWHILE.reset(token)


def derive(password: str, params: ScryptParams) -> bytes:
    """A 256-bit key from a password.

    Through ``hashlib.scrypt`` (OpenSSL's scrypt), which lets other threads run meanwhile:
    ``cryptography``'s holds the interpreter for the whole derivation, so nothing could load
    in the background during a log-in (the ``cv`` command loads the CV renderer then). The
    same function, the same key (``tests/security/test_kdf.py``); ``cryptography`` still
    derives a cost beyond ``hashlib``'s memory limit (N = 2^21 and more with r = 8)."""
    secret = normalise_password(password)
    # OpenSSL needs 128·r·(N + 2) bytes for V and 128·r·p for B; a little more for slack.
    memory = 128 * params.r * (params.n + params.p + 2) + 2**16
    if memory > _HASHLIB_MAX_MEMORY:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        kdf = Scrypt(salt=params.salt, length=KEY_LENGTH, n=params.n, r=params.r, p=params.p)
        return kdf.derive(secret)

    def scrypt() -> bytes:
        return hashlib.scrypt(
            secret,
            salt=params.salt,
            n=params.n,
            r=params.r,
            p=params.p,
            maxmem=memory,
            dklen=KEY_LENGTH,
        )

    work = _MEANWHILE.get()
    if work is None:
        return scrypt()
    return _with_work(scrypt, work)


def _with_work(scrypt: Callable[[], bytes], work: Meanwhile) -> bytes:
    """``scrypt()`` on a helper thread while ``work`` runs on this one."""
    outcome: list[bytes | BaseException] = []

    def run() -> None:
        try:
            outcome.append(scrypt())
        except BaseException as error:  # noqa: BLE001 - raised again on the caller's thread
            outcome.append(error)

    helper = threading.Thread(target=run, name="scrypt", daemon=True)
    helper.start()
    try:
        token = _MEANWHILE.set(None)  # a derivation inside ``work`` runs plainly
        try:
            work(helper.is_alive)
        finally:
            _MEANWHILE.reset(token)
    finally:
        helper.join()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def hkdf_sha256(secret: bytes, *, info: bytes, salt: bytes | None = None) -> bytes:
    """A 256-bit key from high-entropy input key material."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=salt, info=info).derive(secret)


def _time_derivation(n: int) -> float:
    params = ScryptParams.new(n)
    start = time.perf_counter()
    derive("calibration", params)
    return time.perf_counter() - start


def calibrate_scrypt(
    *,
    low: float = TARGET_LOW,
    high: float = TARGET_HIGH,
    min_n: int = CALIBRATION_MIN_N,
    max_n: int = CALIBRATION_MAX_N,
    measure: Callable[[int], float] | None = None,
) -> int:
    """The scrypt ``N`` (r=8, p=1) for which one derivation takes between ``low`` and ``high``
    seconds here: a power of two between ``min_n`` and ``max_n``.

    Starts at ``min_n`` and doubles while a derivation is faster than ``low``; if a doubling
    overshoots ``high`` the previous ``N`` is kept (scrypt's time is linear in ``N``).
    ``measure(n) -> seconds`` replaces the real timing in tests.
    """
    if not (_is_power_of_two(min_n) and _is_power_of_two(max_n) and min_n <= max_n):
        raise ValueError("calibration bounds must be powers of two, min_n <= max_n")
    timer = measure if measure is not None else _time_derivation
    n = min_n
    seconds = timer(n)
    while seconds < low and n < max_n:
        doubled = timer(n * 2)
        if doubled > high:
            break  # the next step overshoots: a little fast beats far too slow
        n, seconds = n * 2, doubled
    return n
