"""The wire's plain-text codes agree with the desk's enums (the server sees only the former)."""

from __future__ import annotations

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.profile.codes import EntryKind
from entryhub_wire import codes, wire


def test_profile_kinds_are_the_desks_entry_kinds_in_order() -> None:
    assert tuple(kind.value for kind in EntryKind) == codes.PROFILE_KINDS


def test_every_profile_kind_is_a_person_owned_entity() -> None:
    assert {f"profile_{kind.value}" for kind in EntryKind} <= wire.PERSON_OWNED_ENTITIES


def test_the_share_purpose_is_the_desks() -> None:
    assert ConsentPurpose.SHARE_ACROSS_HUBS.value == codes.SHARE_ACROSS_HUBS
