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
