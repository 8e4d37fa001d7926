"""Profile codes as a person reads them, in the interface language (context "ProfileCodes")."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from entryhub_desk.views.labels import QT_TRANSLATE_NOOP

CONTEXT: Final = "ProfileCodes"

TEXTS: Final[dict[str, dict[str, str]]] = {
    "goal": {
        "job": QT_TRANSLATE_NOOP("ProfileCodes", "a job"),
        "education": QT_TRANSLATE_NOOP("ProfileCodes", "education"),
        "swedish_course": QT_TRANSLATE_NOOP("ProfileCodes", "a Swedish course"),
        "validation": QT_TRANSLATE_NOOP("ProfileCodes", "validation of skills"),
        "business": QT_TRANSLATE_NOOP("ProfileCodes", "to start a business"),
    },
    "cefr_skill": {
        "listening": QT_TRANSLATE_NOOP("ProfileCodes", "Listening"),
        "reading": QT_TRANSLATE_NOOP("ProfileCodes", "Reading"),
        "spoken_interaction": QT_TRANSLATE_NOOP("ProfileCodes", "Spoken interaction"),
        "spoken_production": QT_TRANSLATE_NOOP("ProfileCodes", "Spoken production"),
        "writing": QT_TRANSLATE_NOOP("ProfileCodes", "Writing"),
    },
    "recognition": {
        "not_started": QT_TRANSLATE_NOOP("ProfileCodes", "not applied for"),
        "applied": QT_TRANSLATE_NOOP("ProfileCodes", "applied for"),
        "recognised": QT_TRANSLATE_NOOP("ProfileCodes", "recognised"),
        "partly_recognised": QT_TRANSLATE_NOOP("ProfileCodes", "partly recognised"),
        "not_recognised": QT_TRANSLATE_NOOP("ProfileCodes", "not recognised"),
    },
    "bridging": {
        "none": QT_TRANSLATE_NOOP("ProfileCodes", "none"),
        "suggested": QT_TRANSLATE_NOOP("ProfileCodes", "suggested"),
        "started": QT_TRANSLATE_NOOP("ProfileCodes", "started"),
        "completed": QT_TRANSLATE_NOOP("ProfileCodes", "completed"),
    },
    "work_type": {
        "formal": QT_TRANSLATE_NOOP("ProfileCodes", "formal employment"),
        "informal": QT_TRANSLATE_NOOP("ProfileCodes", "informal work"),
        "volunteer": QT_TRANSLATE_NOOP("ProfileCodes", "volunteer work"),
    },
    "skill_level": {
        "beginner": QT_TRANSLATE_NOOP("ProfileCodes", "beginner"),
        "intermediate": QT_TRANSLATE_NOOP("ProfileCodes", "intermediate"),
        "advanced": QT_TRANSLATE_NOOP("ProfileCodes", "advanced"),
        "master": QT_TRANSLATE_NOOP("ProfileCodes", "expert"),
    },
    "evidence": {
        "told": QT_TRANSLATE_NOOP("ProfileCodes", "told by the visitor"),
        "documented": QT_TRANSLATE_NOOP("ProfileCodes", "documented"),
        "tried_at_hub": QT_TRANSLATE_NOOP("ProfileCodes", "tried at the hub"),
    },
    "digcomp_area": {
        "information": QT_TRANSLATE_NOOP("ProfileCodes", "Information and data literacy"),
        "communication": QT_TRANSLATE_NOOP("ProfileCodes", "Communication and collaboration"),
        "content": QT_TRANSLATE_NOOP("ProfileCodes", "Digital content creation"),
        "safety": QT_TRANSLATE_NOOP("ProfileCodes", "Safety"),
        "problem_solving": QT_TRANSLATE_NOOP("ProfileCodes", "Problem solving"),
    },
    "digital_level": {
        "basic": QT_TRANSLATE_NOOP("ProfileCodes", "basic"),
        "independent": QT_TRANSLATE_NOOP("ProfileCodes", "independent"),
        "proficient": QT_TRANSLATE_NOOP("ProfileCodes", "proficient"),
    },
    "sector": {
        "circular_economy": QT_TRANSLATE_NOOP("ProfileCodes", "circular economy"),
        "digital": QT_TRANSLATE_NOOP("ProfileCodes", "digital services"),
        "creative": QT_TRANSLATE_NOOP("ProfileCodes", "culture and creative work"),
        "handcraft": QT_TRANSLATE_NOOP("ProfileCodes", "handcraft"),
        "food": QT_TRANSLATE_NOOP("ProfileCodes", "food and restaurants"),
        "care": QT_TRANSLATE_NOOP("ProfileCodes", "care and health"),
        "trade": QT_TRANSLATE_NOOP("ProfileCodes", "trade"),
        "other": QT_TRANSLATE_NOOP("ProfileCodes", "other"),
    },
    # What a person at each CEFR level can do (the Council of Europe's global scale, short).
    "cefr_can_do": {
        "A1": QT_TRANSLATE_NOOP("ProfileCodes", "understands and uses familiar everyday phrases"),
        "A2": QT_TRANSLATE_NOOP("ProfileCodes", "manages simple, routine exchanges"),
        "B1": QT_TRANSLATE_NOOP("ProfileCodes", "deals with most everyday situations"),
        "B2": QT_TRANSLATE_NOOP("ProfileCodes", "talks with native speakers with ease"),
        "C1": QT_TRANSLATE_NOOP(
            "ProfileCodes", "uses the language flexibly at work and in studies"
        ),
        "C2": QT_TRANSLATE_NOOP("ProfileCodes", "understands virtually everything heard or read"),
    },
    "isced": {
        "0": QT_TRANSLATE_NOOP("ProfileCodes", "early childhood education"),
        "1": QT_TRANSLATE_NOOP("ProfileCodes", "primary education"),
        "2": QT_TRANSLATE_NOOP("ProfileCodes", "lower secondary education"),
        "3": QT_TRANSLATE_NOOP("ProfileCodes", "upper secondary education"),
        "4": QT_TRANSLATE_NOOP("ProfileCodes", "post-secondary non-tertiary education"),
        "5": QT_TRANSLATE_NOOP("ProfileCodes", "short-cycle tertiary education"),
        "6": QT_TRANSLATE_NOOP("ProfileCodes", "bachelor's or equivalent"),
        "7": QT_TRANSLATE_NOOP("ProfileCodes", "master's or equivalent"),
        "8": QT_TRANSLATE_NOOP("ProfileCodes", "doctoral or equivalent"),
    },
    "missing": {
        "contact": QT_TRANSLATE_NOOP("ProfileCodes", "a phone number or e-mail address"),
        "goals": QT_TRANSLATE_NOOP("ProfileCodes", "what the visitor wants (Goals)"),
        "desired_occupation": QT_TRANSLATE_NOOP(
            "ProfileCodes", "the occupations the visitor wants (Goals)"
        ),
        "summary": QT_TRANSLATE_NOOP("ProfileCodes", "a short summary for the CV (Goals)"),
        "languages": QT_TRANSLATE_NOOP("ProfileCodes", "the languages the visitor speaks"),
        "mother_tongue": QT_TRANSLATE_NOOP("ProfileCodes", "the mother tongue"),
        "swedish": QT_TRANSLATE_NOOP("ProfileCodes", "the level of Swedish"),
        "language_levels": QT_TRANSLATE_NOOP(
            "ProfileCodes", "CEFR levels of every foreign language"
        ),
        "education": QT_TRANSLATE_NOOP("ProfileCodes", "education"),
        "education_level": QT_TRANSLATE_NOOP("ProfileCodes", "the level of each education"),
        "work": QT_TRANSLATE_NOOP("ProfileCodes", "work experience"),
        "work_occupation": QT_TRANSLATE_NOOP("ProfileCodes", "the ESCO occupation of each job"),
        "work_dates": QT_TRANSLATE_NOOP("ProfileCodes", "when each job started"),
        "skills": QT_TRANSLATE_NOOP("ProfileCodes", "at least three skills"),
        "digital": QT_TRANSLATE_NOOP("ProfileCodes", "digital skills (DigComp)"),
    },
}


def code_text(table: str, code: object) -> str:
    """``code_text("evidence", Evidence.TOLD)`` → "told by the visitor" (translated)."""
    key = str(getattr(code, "value", code))
    source = TEXTS.get(table, {}).get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def choices(table: str) -> list[tuple[str, str]]:
    """``(code, text)`` of a table in its declared order."""
    return [(code, code_text(table, code)) for code in TEXTS[table]]
