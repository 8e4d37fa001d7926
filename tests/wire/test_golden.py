"""The wire format is frozen in tests/wire/golden/messages.txt (one ``name<TAB>JSON`` line per
sample of tests/wire/samples.py): every sample encodes to exactly those bytes and decodes back
to an equal message. The file was written by the hand-written codec before the messages were
declared once (entryhub_wire/declare.py).

A deliberate change of the format: ``ENTRYHUB_WRITE_GOLDEN=1 pytest tests/wire/test_golden.py``
writes the file again; review its diff (every desk and server in the field speaks the old one).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from entryhub_wire import wire
from tests.wire.samples import samples

GOLDEN = Path(__file__).parent / "golden" / "messages.txt"
SAMPLES = samples(wire)


def _encoded() -> dict[str, str]:
    return {name: wire.dumps(message.to_json()).decode() for name, message in SAMPLES}


def _golden() -> dict[str, str]:
    lines = GOLDEN.read_text("utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines)


def test_write_golden_file_on_request() -> None:
    if os.environ.get("ENTRYHUB_WRITE_GOLDEN") == "1":
        text = "".join(f"{name}\t{data}\n" for name, data in _encoded().items())
        GOLDEN.write_text(text, "utf-8")
    assert GOLDEN.exists()


def test_every_message_type_has_a_golden_sample() -> None:
    golden = _golden()
    assert list(golden) == [name for name, _ in SAMPLES]
    assert {name.split(":")[0] for name in golden} == set(wire.MESSAGE_TYPES)


@pytest.mark.parametrize(("name", "message"), SAMPLES, ids=[name for name, _ in SAMPLES])
def test_messages_encode_to_the_golden_bytes_and_decode_back(name: str, message: object) -> None:
    golden = _golden()[name]
    assert wire.dumps(message.to_json()).decode() == golden  # type: ignore[attr-defined]
    decode = getattr(type(message), "from_json", None)
    if decode is not None:
        assert decode(wire.loads(golden.encode())) == message
