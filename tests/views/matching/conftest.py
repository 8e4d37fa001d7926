"""A desk for the Matching tests: an employer with a welder's opening and three welders —
Sara (every consent), Yonas (matched, but no consent to share his profile with employers) and
Amina (never agreed to be matched)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers import Opening
from entryhub_desk.domain.profile import Skill, Work
from entryhub_desk.services import Desk
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.services.profile import Profiles
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.employers.conftest import OpenAs as OpenAs
from tests.views.employers.conftest import employers_desk as employers_desk
from tests.views.employers.conftest import open_as as open_as
from tests.views.reception.conftest import seed

WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
MIG = "f015c5d5-6a1c-4f63-9012-a05f4f34105e"


@dataclass(frozen=True)
class MatchDesk:
    desk: Desk
    sara: str
    yonas: str
    amina: str
    opening: Opening
    employer_name: str


@pytest.fixture
def match_desk(employers_desk: Desk) -> MatchDesk:
    sara, yonas, amina = seed(
        employers_desk,
        {"given_name": "Sara", "family_name": "Tesfay", "birth_year": 1994},
        {"given_name": "Yonas", "family_name": "Haile", "birth_year": 1990},
        {"given_name": "Amina", "family_name": "Yusuf", "birth_year": 1988},
        consents=False,
    )
    session = employers_desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)
    try:
        consents = ConsentsService(session)
        for person, purposes in (
            (sara, list(ConsentPurpose)),
            (yonas, [ConsentPurpose.KEEP_PROFILE, ConsentPurpose.MATCH_OPENINGS]),
            (amina, [ConsentPurpose.KEEP_PROFILE]),
        ):
            for purpose in purposes:
                consents.record_consent(person.id, purpose, given=True)
        profiles = Profiles(session)
        for person, with_skill in ((sara, True), (yonas, False), (amina, True)):
            profiles.save(Work(person_id=person.id, title="Svetsare", occupation=WELDER))
            if with_skill:
                profiles.save(Skill(person_id=person.id, skill=MIG))
        employer = EmployersService(session).add("Svets & Montage AB", municipality="Umeå")
        opening = OpeningsService(session).add(
            employer_id=employer.id,
            title="MIG-svetsare",
            occupation=WELDER,
            must_skills=(MIG,),
        )
    finally:
        session.close()
    return MatchDesk(employers_desk, sara.id, yonas.id, amina.id, opening, employer.name)
