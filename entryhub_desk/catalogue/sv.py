"""Swedish texts of the label catalogue, per table and English source text.

Keyed by the English source (as gettext is), so a changed English text has no Swedish until it
is translated again; ``tests/catalogue/test_catalogue.py`` fails on anything missing or left
over.
"""

from __future__ import annotations

from typing import Final

SWEDISH: Final[dict[str, dict[str, str]]] = {
    "goal": {
        "a job": "ett arbete",
        "education": "utbildning",
        "a Swedish course": "en svenskkurs",
        "validation of skills": "validering av kompetens",
        "to start a business": "starta företag",
    },
    "cefr_can_do": {
        "understands and uses familiar everyday phrases": "förstår och använder vardagliga fraser",
        "manages simple, routine exchanges": "klarar enkla, vanliga samtal",
        "deals with most everyday situations": "klarar de flesta vardagssituationer",
        "talks with native speakers with ease": "samtalar obehindrat med modersmålstalare",
        "uses the language flexibly at work and in studies": (
            "använder språket flexibelt i arbete och studier"
        ),
        "understands virtually everything heard or read": (
            "förstår i stort sett allt som hörs eller läses"
        ),
    },
    "recognition": {
        "not applied for": "inte ansökt",
        "applied for": "ansökt",
        "recognised": "erkänd",
        "partly recognised": "delvis erkänd",
        "not recognised": "inte erkänd",
    },
    "bridging": {
        "none": "ingen",
        "suggested": "föreslagen",
        "started": "påbörjad",
        "completed": "avslutad",
    },
    "work_type": {
        "formal employment": "anställning",
        "informal work": "informellt arbete",
        "volunteer work": "ideellt arbete",
    },
    "skill_level": {
        "beginner": "nybörjare",
        "intermediate": "medel",
        "advanced": "avancerad",
        "expert": "expert",
    },
    "evidence": {
        "told by the visitor": "enligt besökaren",
        "documented": "styrkt med dokument",
        "tried at the hub": "prövad på hubben",
    },
    "sector": {
        "circular economy": "cirkulär ekonomi",
        "digital services": "digitala tjänster",
        "culture and creative work": "kultur och kreativa näringar",
        "handcraft": "hantverk",
        "food and restaurants": "mat och restaurang",
        "care and health": "vård och hälsa",
        "trade": "handel",
        "other": "annat",
    },
    "missing": {
        "a phone number or e-mail address": "ett telefonnummer eller en e-postadress",
        "what the visitor wants (Goals)": "vad besökaren vill (Mål)",
        "the occupations the visitor wants (Goals)": "vilka yrken besökaren vill ha (Mål)",
        "a short summary for the CV (Goals)": "en kort sammanfattning för cv:t (Mål)",
        "the languages the visitor speaks": "vilka språk besökaren talar",
        "the mother tongue": "modersmålet",
        "the level of Swedish": "nivån i svenska",
        "CEFR levels of every foreign language": "CEFR-nivåer för varje främmande språk",
        "education": "utbildning",
        "the level of each education": "nivån på varje utbildning",
        "work experience": "arbetslivserfarenhet",
        "the ESCO occupation of each job": "ESCO-yrket för varje arbete",
        "when each job started": "när varje arbete började",
        "at least three skills": "minst tre kompetenser",
        "digital skills (DigComp)": "digitala färdigheter (DigComp)",
    },
    "work_permit": {
        "not needed (EU/EEA, permanent residence, AT-UND)": (
            "behövs inte (EU/EES, permanent uppehållstillstånd, AT-UND)"
        ),
        "has a work permit": "har arbetstillstånd",
        "has applied for a work permit": "har ansökt om arbetstillstånd",
        "has no work permit": "saknar arbetstillstånd",
    },
    "work_permit_cv": {
        "Entitled to work in Sweden": "Har rätt att arbeta i Sverige",
    },
    "field": {
        "Work permit": "Arbetstillstånd",
    },
}
