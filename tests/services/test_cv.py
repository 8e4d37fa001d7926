"""The CV service on a real store: the JSON Resume sample imported, rendered, saved, audited."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.ids import short_code
from entryhub_desk.security.audit import AuditLog
from entryhub_desk.services import Session
from entryhub_desk.services.cv import CV_LANGUAGES, TEMPLATES, CvService
from entryhub_desk.services.resume import import_resume
from entryhub_desk.services.staff import StaffService
from entryhub_desk.store.repositories import PersonRepository
from tests.cv.helpers import in_order, keep_pages, pdffonts, pdftotext
from tests.services.helpers import coordinator_session, set_up_desk
from tests.shared_files import shared

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


@pytest.fixture
def richard(sessions: dict[Role, Session]) -> str:
    result = import_resume(
        sessions[Role.COORDINATOR], shared("fixtures", "jsonresume-sample.resume.json")
    )
    return result.person_id


def audit(session: Session) -> list[tuple[str, str | None, dict[str, object]]]:
    log = AuditLog(session.opened.conn, session.identity, session.desk.config.clock)
    return [(e.action, e.subject_id, dict(e.details)) for e in log.entries()]


def test_the_api_the_gui_codes_against() -> None:
    assert TEMPLATES == ("classic", "compact")
    assert CV_LANGUAGES == ("sv", "en")


def test_imported_json_resume_renders_every_field_in_order(
    sessions: dict[Role, Session], richard: str, tmp_path: Path
) -> None:
    service = CvService(sessions[Role.VOLUNTEER])
    before = audit(sessions[Role.VOLUNTEER])
    pdf = service.render(short_code(richard), language="en", template="classic")
    assert audit(sessions[Role.VOLUNTEER]) == before  # a preview is not audited
    path = tmp_path / "richard.pdf"
    path.write_bytes(pdf)
    keep_pages(pdf, "jsonresume-en-classic")
    text = unicodedata.normalize("NFKC", pdftotext(path, layout=True))
    in_order(
        text,
        [
            "Richard Hendriks",
            "richard.hendriks@mail.com",
            "PROFILE",
            "Richard hails from Tulsa.",
            "WORK EXPERIENCE",
            "CEO/President",
            "Dec 2013 – Dec 2014",
            "Pied Piper",
            "Palo Alto, CA",
            "Pied Piper is a multi-platform technology",
            "Build an algorithm for artist",
            "Successfully won Techcrunch Disrupt",
            "Optimized an algorithm",
            "Teacher",
            "Jan 2012 – Jan 2013",
            "CoderDojo",
            "Voluntary work",
            "Global movement of free coding clubs",
            "Awarded 'Teacher of the Month'",
            "EDUCATION",
            "Bachelor, Information Technology",
            "Jun 2011 – Jan 2014",
            "University of Oklahoma",
            "LANGUAGES",
            "English",
            "SKILLS",
            "Web Development",
            "expert",
            "HTML, CSS, Javascript",
            "Compression",
            "Mpeg, MP4, GIF",
            "INTERESTS",
            "Wildlife",
            "Ferrets, Unicorns",
        ],
    )
    for row in pdffonts(path):
        assert (row["emb"], row["sub"]) == ("yes", "yes"), row
    sv = service.render(richard, language="sv", template="compact")
    (tmp_path / "sv.pdf").write_bytes(sv)
    keep_pages(sv, "jsonresume-sv-compact")
    in_order(
        pdftotext(tmp_path / "sv.pdf", layout=True),
        ["ARBETSLIVSERFARENHET", "dec 2013 – dec 2014", "UTBILDNING", "SPRÅK", "Engelska"],
    )


def test_save_writes_the_file_and_audits_an_export(
    sessions: dict[Role, Session], richard: str, tmp_path: Path
) -> None:
    session = sessions[Role.VOLUNTEER]
    service = CvService(session)
    target = tmp_path / "cv.pdf"
    service.save(richard, target, language="sv", template="classic")
    assert target.read_bytes() == service.render(richard, language="sv", template="classic")
    action, subject, details = audit(session)[-1]
    assert (action, subject) == ("export", richard)
    assert details == {"what": "cv", "language": "sv", "template": "classic"}
    service.record_print(richard, language="en", template="compact")
    assert audit(session)[-1][:2] == ("print", richard)


def test_receptionists_do_not_print_cvs(sessions: dict[Role, Session], richard: str) -> None:
    with pytest.raises(DeskError) as error:
        CvService(sessions[Role.RECEPTIONIST]).render(richard, language="sv", template="classic")
    assert error.value.code == "auth.role_not_allowed"


def test_bad_options_and_unknown_persons(
    sessions: dict[Role, Session], richard: str, tmp_path: Path
) -> None:
    service = CvService(sessions[Role.VOLUNTEER])
    codes = []
    for call in (
        lambda: service.render(richard, language="ar", template="classic"),
        lambda: service.render(richard, language="sv", template="fancy"),
        lambda: service.render("ZZZZ-ZZZZ", language="sv", template="classic"),
        lambda: service.render(richard, language="sv", template="classic", photo=b"junk"),
        lambda: service.save(
            richard, tmp_path / "no" / "cv.pdf", language="sv", template="classic"
        ),
    ):
        with pytest.raises(DeskError) as error:
            call()
        codes.append(error.value.code)
    assert codes == [
        "cv.bad_language",
        "cv.bad_template",
        "store.not_found",
        "cv.photo_not_image",
        "cv.write_failed",
    ]


def test_batch_writes_one_file_per_person_and_can_be_cancelled(
    sessions: dict[Role, Session], richard: str, tmp_path: Path
) -> None:
    session = sessions[Role.COORDINATOR]
    other = PersonRepository(session.opened.context).create(
        Person(given_name="ዮሃንስ", family_name="ተስፋይ", hub_id=session.identity.hub_id)
    )
    service = CvService(session)
    seen: list[tuple[int, int]] = []
    report = service.batch(
        [richard, other.id, "0000-0000"],
        tmp_path,
        language="en",
        template="compact",
        progress=lambda done, total: seen.append((done, total)),
    )
    assert [p.name for p in report.written] == [
        f"cv-{short_code(richard)}-en.pdf",
        f"cv-{short_code(other.id)}-en.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in report.written)
    assert [(f.person_id, f.code) for f in report.failed] == [("0000-0000", "store.not_found")]
    assert seen == [(1, 3), (2, 3), (3, 3)] and not report.cancelled
    stopped = service.batch(
        [richard, other.id], tmp_path, language="sv", template="classic", cancelled=lambda: True
    )
    assert stopped.cancelled and stopped.written == ()


def test_the_content_read_once_makes_the_same_check_and_cv_with_one_look_up(
    sessions: dict[Role, Session], richard: str, tmp_path: Path
) -> None:
    session = sessions[Role.VOLUNTEER]
    service = CvService(session)
    by_id = tmp_path / "by-id.pdf"
    service.save(richard, by_id, language="en", template="classic")
    statements: list[str] = []
    session.opened.conn.set_trace_callback(statements.append)
    try:
        content = service.content(short_code(richard))
        gaps = service.gaps(content)
        service.save(content, tmp_path / "cv.pdf", language="en", template="classic")
    finally:
        session.opened.conn.set_trace_callback(None)
    assert (tmp_path / "cv.pdf").read_bytes() == by_id.read_bytes()
    assert gaps == service.gaps(richard)
    assert audit(session)[-1][:2] == ("export", richard)
    person_reads = [s for s in statements if 'FROM "person" ' in s]
    work_reads = [s for s in statements if 'FROM "profile_work" ' in s]
    assert len(person_reads) <= 2 and len(work_reads) == 1  # by id, then by short code
    with pytest.raises(DeskError) as error:
        service.content("ZZZZ-ZZZZ")
    assert error.value.code == "store.not_found"
