"""The device's signature on its enrolment request, shared by the desk and the server.

The desk signs what it asks for (code, device id, its keys, its coordinator root) with its
device key. The server needs this proof before it answers an enrolment of a device id it
already holds: the same code again after a lost answer, a new code for a device that never
used its token, a re-admission after a revocation. Whoever learnt a code (but has no device
key) gains nothing from sending it again.
"""

from __future__ import annotations

import dataclasses
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from entryhub_wire.codec import b64
from entryhub_wire.grants import verifies
from entryhub_wire.messages import EnrolRequest

_PURPOSE = "entryhub enrolment request v1"


def proof_message(request: EnrolRequest) -> bytes:
    """What the proof signs: every field of the request but the proof itself."""
    body = {
        "purpose": _PURPOSE,
        "code": request.code,
        "device_id": request.device_id,
        "signing_public": b64(request.signing_public),
        "exchange_public": b64(request.exchange_public),
        "desk_version": request.desk_version,
        "coordinator_root": None
        if request.coordinator_root is None
        else b64(request.coordinator_root),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_request(request: EnrolRequest, device_key: Ed25519PrivateKey) -> EnrolRequest:
    """``request`` with its proof, signed by the device key (whose public half it names)."""
    unsigned = dataclasses.replace(request, proof=None)
    return dataclasses.replace(unsigned, proof=device_key.sign(proof_message(unsigned)))


def proof_holds(request: EnrolRequest, signing_public: bytes) -> bool:
    """Whether the request carries a proof made by the key ``signing_public``."""
    return request.proof is not None and verifies(
        signing_public, request.proof, proof_message(request)
    )
