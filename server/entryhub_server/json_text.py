"""The canonical JSON texts a push writes, without the encoder's per-call set-up.

``wire.canonical`` builds a JSON encoder on every call of a non-text value; a push encodes
each field's value for the merged state and each change's fields for its event, tens of
thousands a second under load. These give the same text (the tests compare them with
``wire.canonical`` over awkward values) and fall back to it for anything but text, integers,
booleans and null.
"""

from __future__ import annotations

from collections.abc import Mapping
from json.encoder import encode_basestring as _text

from entryhub_wire import wire


def value_json(value: object) -> str:
    """``wire.canonical(value)``."""
    if type(value) is str:
        return _text(value)
    if value is None:
        return "null"
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is int:
        return int.__repr__(value)
    return wire.canonical(value)


def fields_json(
    fields: Mapping[str, wire.FieldValue], texts: Mapping[str, str] | None = None
) -> str:
    """``wire.canonical({name: value.to_json() for name, value in fields.items()})``;
    ``texts``: each field's :func:`value_json`, when the caller has it already."""
    if len(fields) == 1:  # most changes: a visit, a note, one edited field
        ((name, field),) = fields.items()
        text = value_json(field.value) if texts is None else texts[name]
        return f'{{{_text(name)}:{{"hlc":{_text(field.hlc)},"value":{text}}}}}'
    return (
        "{"
        + ",".join(
            f'{_text(name)}:{{"hlc":{_text(field.hlc)},'
            f'"value":{value_json(field.value) if texts is None else texts[name]}}}'
            for name, field in sorted(fields.items(), key=_name)
        )
        + "}"
    )


def _name(item: tuple[str, object]) -> str:
    return item[0]
