"""A demo store for screenshots: a hub, its coordinator, two more staff and a few visitors
checked in today (:func:`entryhub_desk.app.build_demo_main_window` shows its main window)."""

from __future__ import annotations

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.services.desk import Desk
from entryhub_desk.services.session import Session
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.services.visits import VisitsService

# A demo password that meets the strength rules; only for the screenshot's throw-away store.
DEMO_PASSWORD = "amber-Tundra-58-lighthouse"  # noqa: S105 - demo store only
DEMO_HUB = "Entry Hub Umeå"
DEMO_COORDINATOR = "Amina Yusuf"
DEMO_STAFF = (("Johan Lind", "receptionist"), ("Sara Haile", "volunteer"))

DEMO_VISITORS = (
    ("Maxamed", "Cali Xasan", "محمد علي حسن", 1988, "SO", ("so", "ar"), ("job_search", "cv_help")),
    ("Yohannes", "Tesfay", "ዮሃንስ ተስፋይ", 1995, "ER", ("ti", "en"), ("meet_employer",)),
    ("Fatemeh", "Rahimi", "فاطمه رحیمی", 1979, "AF", ("fa",), ("credential_recognition",)),
)


def open_demo_session(config: DeskConfig) -> Session:
    """The demo coordinator's session on the demo store in ``config.data_dir``, set up (and
    filled) first where something is missing; running it again adds nothing twice."""
    desk = Desk(config)
    if not desk.is_set_up():
        desk.set_up(hub_name=DEMO_HUB, coordinator_name=DEMO_COORDINATOR, password=DEMO_PASSWORD)
    session = desk.unlock(DEMO_COORDINATOR, DEMO_PASSWORD)
    staff = StaffService(session)
    existing = {member.name for member in staff.list_staff()}
    for name, role in DEMO_STAFF:
        if name not in existing:
            staff.add_staff(name, Role(role), DEMO_PASSWORD)
    add_demo_visitors(session)
    return session


def add_demo_visitors(session: Session) -> None:
    """A few visitors checked in today, so that the screenshot shows the reception screen."""
    visitors, visits = VisitorsService(session), VisitsService(session)
    if visits.visits_today():
        return
    for given, family, original, born, country, languages, purposes in DEMO_VISITORS:
        known = visitors.likely_duplicates(
            given_name=given, family_name=family, birth_year=born, country=country, limit=1
        )  # registered on an earlier day: check the same person in again
        person = (
            known[0].person
            if known
            else visitors.register(
                visitors.new_person(
                    given_name=given,
                    family_name=family,
                    original_script_name=original,
                    birth_year=born,
                    country_of_birth=country,
                    languages=languages,
                )
            )
        )
        visits.check_in(person.id, purposes=purposes)
