from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import cast

import pytest

from entryhub_desk.security.kdf import (
    CALIBRATION_MAX_N,
    CALIBRATION_MIN_N,
    MAX_N,
    KdfParamsError,
    ScryptParams,
    calibrate_scrypt,
    derive,
    hkdf_sha256,
    meanwhile,
)


def test_derive_is_deterministic_and_salted() -> None:
    params = ScryptParams.new(16)
    assert derive("correct horse", params) == derive("correct horse", params)
    assert len(derive("correct horse", params)) == 32
    assert derive("correct horse", params) != derive("correct horsf", params)
    assert derive("correct horse", params) != derive("correct horse", ScryptParams.new(16))


def test_derive_normalises_unicode() -> None:
    params = ScryptParams.new(16)
    composed = "Åsa-lösen"
    decomposed = "A\u030asa-lo\u0308sen"
    assert derive(composed, params) == derive(decomposed, params)


def test_derive_depends_on_cost() -> None:
    salt = b"s" * 16
    assert derive("pw", ScryptParams(n=16, salt=salt)) != derive(
        "pw", ScryptParams(n=32, salt=salt)
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"n": 1},
        {"n": 0},
        {"n": 3},
        {"n": 1000},
        {"n": MAX_N * 2},
        {"n": 16, "r": 0},
        {"n": 16, "r": 17},
        {"n": 16, "p": 0},
        {"n": 16, "p": 5},
        {"n": MAX_N, "r": 16},  # 8 GiB of memory
        {"n": True},
    ],
)
def test_params_out_of_bounds_are_refused(kwargs: dict[str, int]) -> None:
    with pytest.raises(KdfParamsError):
        ScryptParams(salt=b"s" * 16, **kwargs)


@pytest.mark.parametrize("salt", [b"", b"short", b"x" * 65])
def test_bad_salt_is_refused(salt: bytes) -> None:
    with pytest.raises(KdfParamsError):
        ScryptParams(n=16, salt=salt)


def test_upper_bound_is_accepted() -> None:
    assert ScryptParams(n=MAX_N, salt=b"s" * 16).n == MAX_N
    assert ScryptParams(n=2, salt=b"s" * 16).n == 2


def test_hkdf_separates_purposes() -> None:
    secret = b"k" * 32
    assert hkdf_sha256(secret, info=b"a") != hkdf_sha256(secret, info=b"b")
    assert hkdf_sha256(secret, info=b"a", salt=b"1") != hkdf_sha256(secret, info=b"a")


def test_calibration_picks_first_n_in_target() -> None:
    calls: list[int] = []

    def measure(n: int) -> float:
        calls.append(n)
        return n * (0.36 / 2**17)  # this machine's figure

    assert calibrate_scrypt(measure=measure) == 2**17
    assert calls == [2**14, 2**15, 2**16, 2**17]


def test_calibration_keeps_previous_n_when_doubling_overshoots() -> None:
    # 2^16 takes 0.15 s (too fast), 2^17 would take 0.6 s (too slow): stay at 2^16
    times = {2**14: 0.04, 2**15: 0.08, 2**16: 0.15, 2**17: 0.6}
    assert calibrate_scrypt(measure=times.__getitem__) == 2**16


def test_calibration_stays_within_bounds() -> None:
    assert calibrate_scrypt(measure=lambda n: 1e-9) == CALIBRATION_MAX_N
    assert calibrate_scrypt(measure=lambda n: 10.0) == CALIBRATION_MIN_N


def test_calibration_refuses_bad_bounds() -> None:
    with pytest.raises(ValueError):
        calibrate_scrypt(min_n=1000, measure=lambda n: 0.3)
    with pytest.raises(ValueError):
        calibrate_scrypt(min_n=2**16, max_n=2**15, measure=lambda n: 0.3)


def test_real_calibration_returns_power_of_two_in_bounds() -> None:
    n = calibrate_scrypt()
    assert CALIBRATION_MIN_N <= n <= CALIBRATION_MAX_N
    assert n & (n - 1) == 0


def test_derive_is_scrypt_as_cryptography_computes_it() -> None:
    # hashlib's scrypt (which lets other threads run) gives cryptography's key, for every
    # shape of parameters a slot may hold.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    for n, r, p in ((16, 1, 1), (1024, 8, 1), (2**14, 8, 1), (256, 16, 4), (2, 2, 2)):
        params = ScryptParams(n=n, r=r, p=p, salt=bytes(range(16, 16 + 24)))
        expected = Scrypt(salt=params.salt, length=32, n=n, r=r, p=p).derive("pässword".encode())
        assert derive("pa\u0308ssword", params) == expected  # NFC first: "pässword"


def test_derive_matches_the_rfc_7914_test_vector() -> None:
    # The vector's salt is shorter than a slot's may be: the parameters as a plain object.
    params = cast(ScryptParams, SimpleNamespace(n=16384, r=8, p=1, salt=b"SodiumChloride"))
    # RFC 7914 section 12, the third vector, first 32 bytes (scrypt truncates the same key).
    assert derive("pleaseletmein", params).hex() == (
        "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
    )


def test_a_cost_beyond_hashlib_s_memory_limit_is_derived_by_cryptography(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # N = 2^21 with r = 8 needs more memory than hashlib accepts; the same key either way.
    from entryhub_desk.security import kdf

    params = ScryptParams.new(1024)
    expected = derive("pw", params)
    monkeypatch.setattr(kdf, "_HASHLIB_MAX_MEMORY", 1024)  # as if every cost were beyond it
    assert derive("pw", params) == expected


def test_work_meanwhile_runs_on_the_deriving_thread_until_the_derivation_ends() -> None:
    params = ScryptParams.new(2**14)
    plain = derive("correct horse", params)
    seen: dict[str, object] = {"checks": 0}

    def work(still_deriving: Callable[[], bool]) -> None:
        seen["thread"] = threading.get_ident()
        while still_deriving():
            seen["checks"] = cast(int, seen["checks"]) + 1
            time.sleep(0.001)
        seen["over"] = True  # asked after the derivation ended

    with meanwhile(work):
        key = derive("correct horse", params)
    assert key == plain
    assert seen["thread"] == threading.get_ident()
    assert seen["over"] is True
    assert cast(int, seen["checks"]) >= 1  # it ran while scrypt did (2^14 takes milliseconds)


def test_without_meanwhile_nothing_else_runs_and_the_block_ends_it() -> None:
    calls: list[bool] = []
    with meanwhile(lambda still: calls.append(still())):
        derive("pw", ScryptParams.new(16))
    derive("pw", ScryptParams.new(16))  # outside the block: plain
    assert len(calls) == 1


def test_a_derivation_inside_the_work_is_plain_and_a_failure_of_the_work_is_raised() -> None:
    params = ScryptParams.new(16)
    inner: list[bytes] = []

    def work(still_deriving: Callable[[], bool]) -> None:
        inner.append(derive("inner", params))  # no recursion into meanwhile
        raise RuntimeError("work failed")

    with meanwhile(work), pytest.raises(RuntimeError, match="work failed"):
        derive("outer", params)
    assert inner == [derive("inner", params)]
