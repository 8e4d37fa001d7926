"""The declared codec (entryhub_wire/declare.py) against the hand-written one it replaced
(frozen in tests/bench/legacy_wire.py): the same bytes out, and for every payload the same
message or the same refusal (code and detail).

Payloads: every sample of tests/wire/samples.py, and each of them broken in one place (a key
removed, an unknown key added, a value replaced by one of a set of wrong values), at every
depth. A refusal is compared by code and detail; only a payload broken in two places could
be refused for a different one of its faults, and none here is. One difference is wanted:
the hand-written PushResponse crashed (TypeError) on an audit_flag that is a list or an
object; the declared one refuses it as it refuses any unknown flag.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest

from entryhub_wire import wire
from entryhub_wire.errors import CodedError
from tests.bench import legacy_wire
from tests.wire.samples import broken, samples

NEW = samples(wire)
OLD = samples(legacy_wire)


def _outcome(decode: Any, data: Any) -> tuple[str, Any]:
    try:
        return ("ok", wire.dumps({"m": decode(data).to_json()}))
    except CodedError as error:
        return (error.code, error.params.get("detail"))
    except TypeError:  # the hand-written PushResponse: `[] in AUDIT_FLAGS` (unhashable)
        return ("crash", None)


@pytest.mark.parametrize("n", range(len(NEW)), ids=[name for name, _ in NEW])
def test_same_bytes_and_same_decoding_of_every_payload(n: int) -> None:
    (_, new), (_, old) = NEW[n], OLD[n]
    data = new.to_json()
    assert wire.dumps(data) == wire.dumps(old.to_json())
    assert list(data) == list(old.to_json())  # the same key order too
    legacy = getattr(type(old), "from_json", None)
    if legacy is None:  # FieldValue had none: it was decoded inside Change
        return
    tried = 0
    for payload in broken(data):
        now, before = _outcome(type(new).from_json, payload), _outcome(legacy, payload)
        if before[0] == "crash":  # a refusal now, where the hand-written one crashed
            assert now == ("sync.bad_payload", "unknown audit flag"), payload
        else:
            assert now == before, payload
        tried += 1
    assert tried > 20


def test_a_server_s_own_pull_limit_words_its_refusal_as_before() -> None:
    for limit in (0, 1, 100, 101, 2000, 2001, 5000):
        payload = {"cursor": 0, "limit": limit}
        for cap in (100, 2000, 4000):
            new = _outcome(partial(wire.PullRequest.from_json, max_limit=cap), payload)
            old = _outcome(partial(legacy_wire.PullRequest.from_json, max_limit=cap), payload)
            assert new == old, (limit, cap)
