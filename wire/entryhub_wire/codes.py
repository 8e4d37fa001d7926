"""The desk's domain codes the wire and the server need, as plain text.

The desk's enums (``entryhub_desk.domain.profile.codes.EntryKind``,
``entryhub_desk.domain.consent.ConsentPurpose``) hold the same values; a test checks that
they agree (``tests/wire/test_codes.py``).
"""

from __future__ import annotations

from typing import Final

#: the kinds of profile entries; each kind is its own synced entity ``profile_<kind>``
PROFILE_KINDS: Final = (
    "goals",
    "next_step",
    "language",
    "education",
    "credential",
    "work",
    "skill",
    "digital",
    "driving",
    "interest",
    "business",
)

#: the consent purpose under which a person is seen by the other hubs of the network
SHARE_ACROSS_HUBS: Final = "share_across_hubs"

#: records about a person besides the person itself and its profile entries: each names its
#: person (``person_id``) and is seen, moved and erased with it
PERSON_RECORD_ENTITIES: Final = ("visit", "consent", "introduction", "introduction_step")

#: records of the whole network (no person, ``person_id`` null): every hub of the network
#: holds them and any of its devices may create and change them (per field, the later clock
#: wins); the server keeps the hub that added each
NETWORK_ENTITIES: Final = frozenset({"employer", "employer_contact", "employer_log", "opening"})
#: fields of a network record naming the hub that added it: a change may only give the hub
#: the server holds for the record (for a new record: the pushing device's hub)
ADDED_BY_HUB_FIELDS: Final = ("added_by_hub", "hub_id")
#: the flag of an erasable network record: a change setting it to true erases the record
ERASED_FIELD: Final = "erased"
#: network records holding personal data, and those fields (text, emptied by an erasure):
#: once erased, neither the server nor a desk keeps or serves an earlier value of them
ERASABLE_FIELDS: Final = {"employer_contact": ("name", "role", "phone", "email")}
