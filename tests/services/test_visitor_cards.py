"""Visitor cards through the service on a real store: any member makes one, saving writes an
owner-only file and audits it without the name, a closed session makes none."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitor_cards import VisitorCardService
from entryhub_desk.services.visitors import VisitorsService
from tests.cv.helpers import pdftotext
from tests.services.helpers import coordinator_session, set_up_desk

PASSWORD = "Tegelbruk-Sommar-77"


@pytest.fixture
def receptionist(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    boss = coordinator_session(desk)
    StaffService(boss).add_staff("Rami Reception", Role.RECEPTIONIST, PASSWORD)
    boss.close()
    return desk.unlock("Rami Reception", PASSWORD)


def _register(session: Session) -> str:
    service = VisitorsService(session)
    person = service.register(
        service.new_person(given_name="Fatemeh", family_name="Rahimi"),
        [],
        new_person_confirmed=True,
    )
    return person.id


def test_a_receptionist_saves_a_card_and_the_audit_names_no_one(
    receptionist: Session, tmp_path: Path
) -> None:
    person_id = _register(receptionist)
    service = VisitorCardService(receptionist)
    name = service.file_name(short_code(person_id), sheet="label")
    assert name == f"visitor-card-{short_code(person_id)}-label.pdf"  # the code, not the name
    target = tmp_path / name
    service.save(short_code(person_id), target, sheet="label", language="en")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = pdftotext(target)
    assert "Fatemeh Rahimi" in text and short_code(person_id) in text
    log = AuditLog(receptionist.opened.conn, receptionist.identity, receptionist.desk.config.clock)
    entry = log.entries()[-1]
    assert (entry.action, entry.subject_id) == ("export", person_id)
    assert dict(entry.details) == {"what": "visitor_card", "sheet": "label", "language": "en"}
    service.record_print(person_id, sheet="a4", language="sv")
    assert log.entries()[-1].action == "print"


def test_bad_sheet_unknown_person_and_a_closed_session(receptionist: Session) -> None:
    person_id = _register(receptionist)
    service = VisitorCardService(receptionist)
    codes = []
    for call in (
        lambda: service.card_pdf(person_id, sheet="poster"),
        lambda: service.card_pdf("ZZZZ-ZZZZ"),
    ):
        with pytest.raises(DeskError) as caught:
            call()
        codes.append(caught.value.code)
    assert codes == ["validation.unknown_code", "store.not_found"]
    receptionist.close()
    with pytest.raises(DeskError) as caught:
        service.card_pdf(person_id)
    assert caught.value.code == "auth.logged_out"


def test_a_card_that_cannot_be_written_says_so_in_its_own_words(
    receptionist: Session, tmp_path: Path
) -> None:
    person_id = _register(receptionist)
    with pytest.raises(DeskError) as caught:
        VisitorCardService(receptionist).save(person_id, tmp_path / "no-such-folder" / "c.pdf")
    assert caught.value.code == "file.write_failed"  # not the CV's message
    assert "The file cannot be written" in str(caught.value)
