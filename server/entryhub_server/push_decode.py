"""A push body decoded for the push endpoint: what ``wire.PushRequest.from_json`` gives, at
a fraction of its cost per change.

The generic decoder (entryhub_wire/declare.py) calls a decoding function per key of every
change and field and builds each message through its frozen dataclass's ``__init__``: about a
tenth of a push's server CPU under a burst. Here a change whose keys, types and texts are
plainly right is checked inline (an id, name or clock text equal to the one checked just
before is not matched again: a batch's changes share their device, entity names and person)
and built without the per-attribute steps of a frozen ``__init__``. Anything else, however
small the doubt, goes to the generic decoder, which gives the answer or the error with its
words: this path accepts nothing the generic one refuses and builds the same objects (the
tests compare both over valid and broken bodies). Rules across keys stay the messages' own
(``Change._check``, ``PushRequest._check``).
"""

from __future__ import annotations

from typing import Any

from entryhub_wire import wire
from entryhub_wire.codec import HLC_PATTERN, ID_PATTERN, NAME_PATTERN, want_json
from entryhub_wire.errors import CodedError

_CHANGE_KEYS = frozenset(key.name for key in wire.Change.__wire__.keys)
_FIELD_KEYS = frozenset(key.name for key in wire.FieldValue.__wire__.keys)
_PUSH_KEYS = frozenset(key.name for key in wire.PushRequest.__wire__.keys)
_INT_MAX = 2**62  # specs.Int()'s default range: 0 to 2**62
_new = object.__new__
_set = object.__setattr__  # a whole attribute dictionary at once (frozen: no __setattr__)
_id = ID_PATTERN.fullmatch
_name = NAME_PATTERN.fullmatch
_hlc = HLC_PATTERN.fullmatch


def push_request(data: dict[str, Any]) -> wire.PushRequest:
    """``wire.PushRequest.from_json(data)``: the same request, or the same error."""
    if type(data) is dict and data.keys() == _PUSH_KEYS:
        try:
            changes = _changes(data["changes"])
        except CodedError:  # the generic decoder says what is wrong, in its words
            changes = None
        if changes is not None:
            head = data["audit_head"]
            made = wire.PushRequest(
                changes, None if head is None else wire.AuditHead.from_json(head)
            )
            made._check()
            return made
    return wire.PushRequest.from_json(data)


def _changes(raw: object) -> tuple[wire.Change, ...] | None:
    """The changes, or None where the generic decoder must look."""
    if type(raw) is not list or len(raw) > wire.MAX_BATCH_CHANGES:
        return None
    made: list[wire.Change] = []
    # the texts matched last: equal texts need no second match
    device_ok: str | None = None
    entity_ok: str | None = None
    person_ok: str | None = None
    for item in raw:
        if type(item) is not dict or item.keys() != _CHANGE_KEYS:
            return None
        device_id, entity, person_id = item["device_id"], item["entity"], item["person_id"]
        entity_id, hlc, epoch, seq = item["entity_id"], item["hlc"], item["epoch"], item["seq"]
        if type(device_id) is not str or type(entity) is not str or type(hlc) is not str:
            return None
        if device_id != device_ok:
            if not _id(device_id):
                return None
            device_ok = device_id
        if entity != entity_ok:
            if not _name(entity):
                return None
            entity_ok = entity
        if person_id is not None and person_id != person_ok:
            if type(person_id) is not str or not _id(person_id):
                return None
            person_ok = person_id
        if type(entity_id) is not str or not _id(entity_id) or not _hlc(hlc):
            return None
        if type(epoch) is not int or type(seq) is not int:
            return None
        if not (0 <= epoch <= _INT_MAX and 0 <= seq <= _INT_MAX):
            return None
        fields = _fields(item["fields"], hlc)
        if fields is None:
            return None
        change = _new(wire.Change)
        _set(
            change,
            "__dict__",
            {
                "device_id": device_id,
                "epoch": epoch,
                "seq": seq,
                "entity": entity,
                "entity_id": entity_id,
                "person_id": person_id,
                "hlc": hlc,
                "fields": fields,
            },
        )
        change._check()
        made.append(change)
    return tuple(made)


def _fields(raw: object, checked: str) -> dict[str, wire.FieldValue] | None:
    """A change's fields (any doubt: None). ``checked``: a clock text matched already (the
    change's)."""
    if type(raw) is not dict or not raw or len(raw) > wire.MAX_FIELDS:
        return None
    fields: dict[str, wire.FieldValue] = {}
    for name, item in raw.items():
        if name not in _NAMES_SEEN:
            if not _name(name):
                return None
            if len(_NAMES_SEEN) < 1024:
                _NAMES_SEEN.add(name)
        if type(item) is not dict or item.keys() != _FIELD_KEYS:
            return None
        value, hlc = item["value"], item["hlc"]
        if type(hlc) is not str:
            return None
        if hlc != checked:
            if not _hlc(hlc):
                return None
            checked = hlc
        kind = type(value)
        if value is not None and kind is not str and kind is not int and kind is not bool:
            value = want_json(value, name)  # floats, lists, objects: checked and copied
        field = _new(wire.FieldValue)
        _set(field, "__dict__", {"value": value, "hlc": hlc})
        fields[name] = field
    return fields


_NAMES_SEEN: set[str] = set()  # field names found valid (a network has a few dozen)
