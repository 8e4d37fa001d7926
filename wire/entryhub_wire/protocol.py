"""Constants of the sync protocol: version, headers, paths, size caps, codes (see wire.py)."""

from __future__ import annotations

from typing import Final, Literal

from entryhub_wire.codes import PERSON_RECORD_ENTITIES, PROFILE_KINDS

PROTOCOL_VERSION: Final = 1
SUPPORTED_PROTOCOLS: Final = frozenset({1})
PROTOCOL_HEADER: Final = "X-EntryHub-Protocol"
AUTH_HEADER: Final = "Authorization"  # "Bearer <device token>"
CONTENT_TYPE: Final = "application/json"
CONTENT_ENCODING: Final = "gzip"
BUNDLE_CONTENT_TYPE: Final = "application/octet-stream"

PATH_ENROL: Final = "/v1/enrol"
PATH_PUSH: Final = "/v1/sync/push"
PATH_PULL: Final = "/v1/sync/pull"
PATH_BUNDLES: Final = "/v1/bundles"
PATH_HEALTH: Final = "/v1/health"

# size caps (the server refuses more with 413 too_large)
MAX_BODY_BYTES: Final = 4 * 1024 * 1024  # a request body as sent (compressed)
MAX_JSON_BYTES: Final = 16 * 1024 * 1024  # a body once decompressed
MAX_BUNDLE_BYTES: Final = 64 * 1024 * 1024  # an offline bundle file
MAX_BATCH_CHANGES: Final = 500  # changes in one push
MAX_BATCH_JSON_BYTES: Final = 2 * 1024 * 1024  # a push batch, uncompressed (clients cut below)
MAX_CHANGE_JSON_BYTES: Final = 256 * 1024  # one change, uncompressed
MAX_FIELDS: Final = 200  # fields in one change
DEFAULT_PULL_LIMIT: Final = 500
MAX_PULL_LIMIT: Final = 2000

# error codes in error bodies {"code": ..., "detail": ...}
ERR_BAD_PAYLOAD: Final = "bad_payload"  # 400
ERR_PROTOCOL_MISSING: Final = "protocol_missing"  # 400
ERR_UNAUTHORIZED: Final = "unauthorized"  # 401: no token or an unknown one
ERR_REVOKED: Final = "revoked"  # 401: the device was revoked
ERR_BAD_CODE: Final = "bad_code"  # 403: enrolment code unknown, used or expired
ERR_BAD_BUNDLE: Final = "bad_bundle"  # 400/401: bundle refused (detail names why)
ERR_NOT_FOUND: Final = "not_found"  # 404
ERR_METHOD: Final = "method_not_allowed"  # 405
ERR_DEVICE_EXISTS: Final = "device_exists"  # 409: device id already enrolled
ERR_CLOCK_AHEAD: Final = "clock_ahead"  # 422: a change's clock is ahead of the server's time
ERR_TOO_LARGE: Final = "too_large"  # 413
ERR_NOT_GZIP: Final = "not_gzip"  # 415: body not gzip / wrong content type
ERR_UPDATE_NEEDED: Final = "update_needed"  # 426: protocol version not spoken any more
ERR_RATE_LIMITED: Final = "rate_limited"  # 429 (Retry-After header)
ERR_INTERNAL: Final = "internal"  # 500
ERR_BUSY: Final = "busy"  # 503: database busy (Retry-After header)

# rejection reasons in PushResponse.rejected (permanent: the change is acknowledged anyway)
REJECT_NOT_VISIBLE: Final = "not_visible"  # the person is not in this hub's scope
REJECT_UNKNOWN_PERSON: Final = "unknown_person"  # no such person on the server
REJECT_FOREIGN_RECORD: Final = "foreign_record"  # the record belongs to another person/hub
REJECT_HUB_MISMATCH: Final = "hub_mismatch"  # a new person's hub_id is not the device's hub
REJECT_ERASED: Final = "erased"  # the person (or an erasable network record) was erased
REJECT_WRONG_DEVICE: Final = "wrong_device"  # change numbered for another device
# an erasure without a valid signature of an active coordinator of the desk's signed chain
REJECT_ERASURE_UNVERIFIED: Final = "erasure_unverified"
# a change of a person-owned entity (PERSON_OWNED_ENTITIES) that names no person_id
REJECT_PERSON_MISSING: Final = "person_missing"
REJECT_REASONS: Final = frozenset(
    {
        REJECT_NOT_VISIBLE,
        REJECT_UNKNOWN_PERSON,
        REJECT_FOREIGN_RECORD,
        REJECT_HUB_MISMATCH,
        REJECT_ERASED,
        REJECT_WRONG_DEVICE,
        REJECT_ERASURE_UNVERIFIED,
        REJECT_PERSON_MISSING,
    }
)

PERSON_ENTITY: Final = "person"
DELETED_FIELD: Final = "deleted"  # a person change with deleted=true is an erasure (GDPR)
PERSON_ID_FIELD: Final = "person_id"
# entities whose every record belongs to a person: a change of one must name it (person_id).
# Entities not listed here (and unknown to this version) may be hub records (person_id null).
PERSON_OWNED_ENTITIES: Final = frozenset(
    {
        PERSON_ENTITY,
        *PERSON_RECORD_ENTITIES,
        *(f"profile_{kind}" for kind in PROFILE_KINDS),
    }
)
HUB_ID_FIELD: Final = "hub_id"

AuditFlag = Literal["rewound", "forked"]
AUDIT_FLAGS: Final = frozenset({"rewound", "forked"})
