"""The wire's plain-text codes agree with the desk's enums (the server sees only the former)."""

from __future__ import annotations

import dataclasses

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers import Employer, EmployerContact, EmployerLogEntry, Opening
from entryhub_desk.domain.profile.codes import EntryKind
from entryhub_desk.ids import new_id
from entryhub_desk.store.repositories.employers import EmployerContactRepository
from entryhub_desk.store.sync_tables import synced, synced_entities
from entryhub_wire import codes, wire


def test_profile_kinds_are_the_desks_entry_kinds_in_order() -> None:
    assert tuple(kind.value for kind in EntryKind) == codes.PROFILE_KINDS


def test_every_profile_kind_is_a_person_owned_entity() -> None:
    assert {f"profile_{kind.value}" for kind in EntryKind} <= wire.PERSON_OWNED_ENTITIES


def test_the_share_purpose_is_the_desks() -> None:
    assert ConsentPurpose.SHARE_ACROSS_HUBS.value == codes.SHARE_ACROSS_HUBS


def test_the_network_entities_are_the_desks_records_without_a_person() -> None:
    entries = {entity: synced(entity) for entity in synced_entities()}
    without = {
        e for e, entry in entries.items() if entry is not None and entry.person_column is None
    }
    assert without == codes.NETWORK_ENTITIES
    owned = {e for e, entry in entries.items() if entry is not None and entry.person_column}
    assert owned == wire.PERSON_OWNED_ENTITIES


def test_the_erasable_fields_are_the_contacts_personal_fields() -> None:
    assert set(codes.ERASABLE_FIELDS) == {EmployerContactRepository.table}
    personal = set(codes.ERASABLE_FIELDS["employer_contact"])
    fields = {f.name for f in dataclasses.fields(EmployerContact)}
    assert personal | {"id", "employer_id", codes.ERASED_FIELD} == fields
    erased = EmployerContact(employer_id=new_id(), name="", erased=True)  # emptied is valid
    assert all(getattr(erased, name) == "" for name in personal)


def test_every_hub_field_the_server_checks_is_a_network_records() -> None:
    named = {
        f.name
        for record in (Employer, EmployerContact, EmployerLogEntry, Opening)
        for f in dataclasses.fields(record)
    }
    assert set(codes.ADDED_BY_HUB_FIELDS) <= named
