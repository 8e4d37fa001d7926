"""Schema 11: indexes for matching openings and persons (:mod:`entryhub_desk.store.match_read`).

Matching one opening reads a few facts of thousands of candidates, each on other pages; these
indexes hold exactly the columns those statements read (no table row is visited), and are small
enough to stay in the page cache between matches:

- ``profile_skill_skill``, ``profile_work_isco``, ``profile_work_occupation``: the persons
  holding a skill, with past work in an ISCO group or of an ESCO occupation (the pre-filter);
- ``person_match``: visibility and municipality of a person;
- ``consent_match`` (match_openings consents of a person, in the order recorded) and
  ``consent_withdraws`` (whether a consent was withdrawn): the consent in force;
- ``visit_last``: a person's last visit;
- ``profile_goals_match``, ``profile_language_match``, ``profile_driving_match``,
  ``profile_education_match``: availability and desired occupations, CEFR levels, licence
  categories, ISCED levels;
- ``opening_open``: the open openings and their field clocks (a session keeps them
  decoded, :mod:`entryhub_desk.store.match_openings`).
"""

from __future__ import annotations

from entryhub_desk.store.connection import DeskConnection

VERSION = 11

STATEMENTS: tuple[str, ...] = (
    "CREATE INDEX profile_skill_skill ON profile_skill (skill, deleted, person_id)"
    " WHERE skill IS NOT NULL",
    "CREATE INDEX profile_work_isco ON profile_work (isco_group, deleted, person_id, occupation)",
    "CREATE INDEX profile_work_occupation ON profile_work"
    " (occupation, deleted, person_id, isco_group)",
    "CREATE INDEX person_match ON person (id, deleted, merged_into, municipality)",
    "CREATE INDEX consent_match ON consent"
    " (person_id, given, deleted, withdraws, recorded_at, id)"
    " WHERE purpose = 'match_openings'",
    "CREATE INDEX consent_withdraws ON consent (withdraws, deleted) WHERE withdraws IS NOT NULL",
    "CREATE INDEX visit_last ON visit (person_id, deleted, visited_at)",
    "CREATE INDEX profile_goals_match ON profile_goals"
    " (person_id, deleted, available_from, desired_occupations)",
    "CREATE INDEX profile_language_match ON profile_language (person_id, deleted, language,"
    " mother_tongue, listening, reading, spoken_interaction, spoken_production, writing)",
    "CREATE INDEX profile_driving_match ON profile_driving"
    " (person_id, deleted, valid_in_sweden, categories)",
    "CREATE INDEX profile_education_match ON profile_education"
    " (person_id, deleted, completed, isced_level)",
    "CREATE INDEX opening_open ON opening (state, deleted, id, field_clocks)",
)


def upgrade(conn: DeskConnection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
