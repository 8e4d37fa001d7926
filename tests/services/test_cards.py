"""The card service on a real store: a named card only with the consent to share with
employers in force (withdrawal takes effect at once), the default kind follows the consent,
roles, saving (owner-only file, audited without personal data)."""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers.introduction import CardKind
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Session
from entryhub_desk.services.cards import CardService, card_file_name
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.profile import Profiles
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.repositories import PersonRepository
from tests.conftest import HUB_NAME
from tests.cv import samples
from tests.cv.card_checks import leaks
from tests.cv.helpers import keep_pages, pdftotext
from tests.services.helpers import coordinator_session, set_up_desk

PASSWORD = "Tegelbruk-Sommar-77"


@pytest.fixture
def sessions(desk_config: DeskConfig) -> dict[Role, Session]:
    desk, _ = set_up_desk(desk_config)
    boss = coordinator_session(desk)
    StaffService(boss).add_staff("Vera Volunteer", Role.VOLUNTEER, PASSWORD)
    StaffService(boss).add_staff("Rami Reception", Role.RECEPTIONIST, PASSWORD)
    return {
        Role.COORDINATOR: boss,
        Role.VOLUNTEER: desk.unlock("Vera Volunteer", PASSWORD),
        Role.RECEPTIONIST: desk.unlock("Rami Reception", PASSWORD),
    }


def store_profile(session: Session, profile: samples.Profile) -> Person:
    """The sample person and their profile entries, saved through the services."""
    person, entries = profile
    person = PersonRepository(session.opened.context).create(
        dataclasses.replace(person, hub_id=session.identity.hub_id)
    )
    profiles = Profiles(session)
    for kind_entries in entries.values():
        for entry in kind_entries:
            profiles.save(entry)
    return person


@pytest.fixture
def mohammed(sessions: dict[Role, Session]) -> Person:
    return store_profile(sessions[Role.COORDINATOR], samples.multiscript())


def consent(session: Session, person: Person, *, given: bool) -> None:
    ConsentsService(session).record_consent(
        person.id, ConsentPurpose.SHARE_WITH_EMPLOYERS, given=given
    )


def test_named_needs_the_consent_in_force(
    sessions: dict[Role, Session], mohammed: Person, tmp_path: Path
) -> None:
    service = CardService(sessions[Role.VOLUNTEER])
    assert service.default_kind(mohammed.id) is CardKind.ANONYMOUS
    with pytest.raises(DeskError) as error:
        service.card_pdf(mohammed.id, kind=CardKind.NAMED, language="sv")
    assert error.value.code == "introduction.needs_consent"
    consent(sessions[Role.COORDINATOR], mohammed, given=False)  # refused is not given
    with pytest.raises(DeskError):
        service.card_pdf(mohammed.id, kind=CardKind.NAMED)

    consent(sessions[Role.COORDINATOR], mohammed, given=True)
    assert service.default_kind(short_code(mohammed.id)) is CardKind.NAMED
    named = service.card_pdf(short_code(mohammed.id), language="en")  # the default: named
    keep_pages(named, "card-service-named-en")
    path = tmp_path / "named.pdf"
    path.write_bytes(named)
    text = pdftotext(path)
    assert "Mohammed Al-Obeidi" in text and f"Contact through {HUB_NAME}" in text
    assert "mohammed@example.org" not in text and "070-123 45 67" not in text

    current = ConsentsService(sessions[Role.COORDINATOR]).current_consents(mohammed.id)
    ConsentsService(sessions[Role.COORDINATOR]).withdraw_consent(
        current[ConsentPurpose.SHARE_WITH_EMPLOYERS].id
    )
    assert service.default_kind(mohammed.id) is CardKind.ANONYMOUS  # at once
    with pytest.raises(DeskError):
        service.card_pdf(mohammed.id, kind=CardKind.NAMED)
    anonymous = service.card_pdf(mohammed.id, language="sv")
    assert leaks(anonymous, mohammed, hub_name=HUB_NAME) == []


def test_an_anonymous_card_is_always_allowed_and_says_nothing_of_the_person(
    sessions: dict[Role, Session], mohammed: Person
) -> None:
    consent(sessions[Role.COORDINATOR], mohammed, given=True)
    service = CardService(sessions[Role.VOLUNTEER])
    for language in ("sv", "en"):
        pdf = service.card_pdf(mohammed.id, kind=CardKind.ANONYMOUS, language=language)
        assert leaks(pdf, mohammed, hub_name=HUB_NAME) == []


def test_roles_and_languages(sessions: dict[Role, Session], mohammed: Person) -> None:
    with pytest.raises(DeskError) as error:
        CardService(sessions[Role.RECEPTIONIST]).card_pdf(mohammed.id, kind=CardKind.ANONYMOUS)
    assert error.value.code == "auth.role_not_allowed"
    with pytest.raises(DeskError) as error:
        CardService(sessions[Role.VOLUNTEER]).card_pdf(mohammed.id, language="ar")
    assert error.value.code == "cv.bad_language"
    with pytest.raises(DeskError) as error:
        CardService(sessions[Role.VOLUNTEER]).card_pdf("ABCD-EFGH")
    assert error.value.code == "store.not_found"


def test_save_writes_an_owner_only_file_and_audits_no_personal_data(
    sessions: dict[Role, Session], mohammed: Person, tmp_path: Path
) -> None:
    session = sessions[Role.VOLUNTEER]
    path = tmp_path / card_file_name(mohammed.id, CardKind.ANONYMOUS, "en")
    assert path.name == f"card-{short_code(mohammed.id)}-anonymous-en.pdf"
    kind = CardService(session).save(mohammed.id, path, language="en")
    assert kind is CardKind.ANONYMOUS
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert leaks(path.read_bytes(), mohammed, hub_name=HUB_NAME) == []
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    last = list(log.entries())[-1]
    assert (last.action, last.subject_id) == ("export", mohammed.id)
    assert dict(last.details) == {"what": "card", "card": "anonymous", "language": "en"}
    with pytest.raises(DeskError) as error:
        CardService(session).save(mohammed.id, tmp_path / "no-such-folder" / "x.pdf")
    assert error.value.code in ("card.write_failed", "store.disk_full")


def test_a_print_is_audited_and_a_named_one_needs_the_consent(
    sessions: dict[Role, Session], mohammed: Person
) -> None:
    session = sessions[Role.VOLUNTEER]
    service = CardService(session)
    with pytest.raises(DeskError) as error:
        service.record_print(mohammed.id, kind=CardKind.NAMED)
    assert error.value.code == "introduction.needs_consent"
    service.record_print(short_code(mohammed.id), kind=CardKind.ANONYMOUS, language="en")
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    last = list(log.entries())[-1]
    assert (last.action, last.subject_id) == ("print", mohammed.id)
    assert dict(last.details) == {"what": "card", "card": "anonymous", "language": "en"}
