"""Privacy notice texts of consent purposes that have a notice of their own (English source,
Swedish beside it), keyed by purpose; the version shown with each is
:data:`entryhub_desk.domain.consent.NOTICE_VERSIONS`. A change of a text is a new version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from entryhub_desk.domain.consent import NOTICE_VERSIONS, ConsentPurpose


@dataclass(frozen=True)
class Notice:
    purpose: ConsentPurpose
    version: str
    text: str
    language: str


_TEXTS: Final[dict[ConsentPurpose, dict[str, str]]] = {
    ConsentPurpose.MATCH_OPENINGS: {
        "en": (
            "The hub compares your profile (occupation, skills, languages, driving licence, "
            "education, where and when you want to work) with employers' openings, so that staff "
            "can suggest openings to you and you to openings. Employers see nothing of this: "
            "they only get a card about you when you are introduced, with your name only if "
            "you have agreed to share your profile with employers. You can withdraw this "
            "consent at any time; from then on you are not compared with any opening."
        ),
        "sv": (
            "Hubben jämför din profil (yrke, kunskaper, språk, körkort, utbildning, var och "
            "när du vill arbeta) med arbetsgivares lediga platser, så att personalen kan föreslå "
            "platser för dig och dig för platser. Arbetsgivare ser inget av detta: de får bara "
            "ett kort om dig när du presenteras, med ditt namn bara om du har samtyckt till att "
            "profilen delas med arbetsgivare. Du kan när som helst återkalla samtycket; från "
            "dess jämförs du inte med någon plats."
        ),
    },
}


def notice(purpose: ConsentPurpose | str, language: str = "en") -> Notice | None:
    """The notice of ``purpose`` in ``language`` (``"en"`` or ``"sv"``; others fall back to
    English), or None for a purpose without a notice text of its own."""
    found = _TEXTS.get(ConsentPurpose(purpose))
    if found is None:
        return None
    lang = language if language in found else "en"
    return Notice(
        ConsentPurpose(purpose), NOTICE_VERSIONS[ConsentPurpose(purpose)], found[lang], lang
    )
