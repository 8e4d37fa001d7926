"""Schema 11: indexes for matching openings and persons (:mod:`entryhub_desk.store.match_read`).

- ``profile_skill_skill``: the persons holding a skill (the pre-filter of an opening's skills);
- ``profile_work_isco`` and ``profile_work_occupation``: past work in an ISCO group, or of an
  ESCO occupation with no group recorded;
- ``consent_withdraws``: whether a consent was withdrawn (checked for every candidate);
- ``consent_person_purpose``: a person's consents of one purpose, in the order they were
  recorded (a refusal after the consent).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 11

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX profile_skill_skill ON profile_skill (skill, person_id) WHERE skill IS NOT NULL",
    "CREATE INDEX profile_work_isco ON profile_work (isco_group, person_id)",
    "CREATE INDEX profile_work_occupation ON profile_work (occupation, person_id)",
    "CREATE INDEX consent_withdraws ON consent (withdraws) WHERE withdraws IS NOT NULL",
    "CREATE INDEX consent_person_purpose ON consent (person_id, purpose, recorded_at)",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
