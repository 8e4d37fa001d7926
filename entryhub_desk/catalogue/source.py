"""The label catalogue in its source language (English): code tables of the profile.

Each table maps a stored code to its English text, marked with :func:`N_` so that a reader
(and ``tests/catalogue``) can find every source string; the Swedish texts are in
:mod:`entryhub_desk.catalogue.sv`, keyed by table and English source, and a test fails on any
source string without its Swedish. The GUI (``views/profile/codes_text.py``), the CV and the
binder's combo boxes read these tables through :mod:`entryhub_desk.catalogue`. Tables whose
labels are an external standard's (ISCED, DigComp) are not repeated here: the catalogue reads
them from :mod:`entryhub_desk.taxonomy`.
"""

from __future__ import annotations

from typing import Final


def N_(source: str) -> str:
    """Marks ``source`` as a catalogue string; returns it unchanged."""
    return source


TABLES: Final[dict[str, dict[str, str]]] = {
    "goal": {
        "job": N_("a job"),
        "education": N_("education"),
        "swedish_course": N_("a Swedish course"),
        "validation": N_("validation of skills"),
        "business": N_("to start a business"),
    },
    # What a person at each CEFR level can do (the Council of Europe's global scale, short).
    "cefr_can_do": {
        "A1": N_("understands and uses familiar everyday phrases"),
        "A2": N_("manages simple, routine exchanges"),
        "B1": N_("deals with most everyday situations"),
        "B2": N_("talks with native speakers with ease"),
        "C1": N_("uses the language flexibly at work and in studies"),
        "C2": N_("understands virtually everything heard or read"),
    },
    "recognition": {
        "not_started": N_("not applied for"),
        "applied": N_("applied for"),
        "recognised": N_("recognised"),
        "partly_recognised": N_("partly recognised"),
        "not_recognised": N_("not recognised"),
    },
    "bridging": {
        "none": N_("none"),
        "suggested": N_("suggested"),
        "started": N_("started"),
        "completed": N_("completed"),
    },
    "work_type": {
        "formal": N_("formal employment"),
        "informal": N_("informal work"),
        "volunteer": N_("volunteer work"),
    },
    "skill_level": {
        "beginner": N_("beginner"),
        "intermediate": N_("intermediate"),
        "advanced": N_("advanced"),
        "master": N_("expert"),
    },
    "evidence": {
        "told": N_("told by the visitor"),
        "documented": N_("documented"),
        "tried_at_hub": N_("tried at the hub"),
    },
    "sector": {
        "circular_economy": N_("circular economy"),
        "digital": N_("digital services"),
        "creative": N_("culture and creative work"),
        "handcraft": N_("handcraft"),
        "food": N_("food and restaurants"),
        "care": N_("care and health"),
        "trade": N_("trade"),
        "other": N_("other"),
    },
    "missing": {
        "contact": N_("a phone number or e-mail address"),
        "goals": N_("what the visitor wants (Goals)"),
        "desired_occupation": N_("the occupations the visitor wants (Goals)"),
        "summary": N_("a short summary for the CV (Goals)"),
        "languages": N_("the languages the visitor speaks"),
        "mother_tongue": N_("the mother tongue"),
        "swedish": N_("the level of Swedish"),
        "language_levels": N_("CEFR levels of every foreign language"),
        "education": N_("education"),
        "education_level": N_("the level of each education"),
        "work": N_("work experience"),
        "work_occupation": N_("the ESCO occupation of each job"),
        "work_dates": N_("when each job started"),
        "skills": N_("at least three skills"),
        "digital": N_("digital skills (DigComp)"),
    },
    # Right to work in Sweden, in Migrationsverket's terms: a work permit (arbetstillstånd) is
    # not needed by EU/EEA and Nordic citizens, holders of a permanent residence permit, and
    # asylum seekers exempt from it (AT-UND); others have one, have applied, or have none.
    "work_permit": {
        "not_needed": N_("not needed (EU/EEA, permanent residence, AT-UND)"),
        "has_permit": N_("has a work permit"),
        "applied": N_("has applied for a work permit"),
        "no_permit": N_("has no work permit"),
    },
    # What a CV says of the right to work: only that the person may work here. Applied for
    # and no permit print nothing (an employer checks the permit before hiring anyway, and a
    # CV need not tell a stranger a person's residence status).
    "work_permit_cv": {
        "not_needed": N_("Entitled to work in Sweden"),
        "has_permit": N_("Entitled to work in Sweden"),
    },
    # Names of profile fields (errors name a field; the GUI falls back to these).
    "field": {
        "work_permit": N_("Work permit"),
    },
}
