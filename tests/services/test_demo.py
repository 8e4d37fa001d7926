"""The demo store behind the screenshot: staff, visitors checked in today, and a second run
that adds nothing twice."""

from __future__ import annotations

from entryhub_desk.config import DeskConfig
from entryhub_desk.services import Desk
from entryhub_desk.services.demo import (
    DEMO_COORDINATOR,
    DEMO_PASSWORD,
    DEMO_STAFF,
    DEMO_VISITORS,
    open_demo_session,
)
from entryhub_desk.services.staff import StaffService
from entryhub_desk.services.visits import VisitsService


def test_demo_store_has_its_staff_and_todays_visitors(desk_config: DeskConfig) -> None:
    session = open_demo_session(desk_config)
    try:
        staff = {member.name: member.role.value for member in StaffService(session).list_staff()}
        assert staff == {DEMO_COORDINATOR: "coordinator", **dict(DEMO_STAFF)}
        visits = VisitsService(session).visits_today()
        assert len(visits) == len(DEMO_VISITORS)
    finally:
        session.close()
    for name, _ in DEMO_STAFF:  # every demo member logs in with the demo password
        Desk(desk_config).unlock(name, DEMO_PASSWORD).close()


def test_a_second_run_adds_nothing_twice(desk_config: DeskConfig) -> None:
    open_demo_session(desk_config).close()
    session = open_demo_session(desk_config)
    try:
        assert len(StaffService(session).list_staff()) == 1 + len(DEMO_STAFF)
        assert len(VisitsService(session).visits_today()) == len(DEMO_VISITORS)
    finally:
        session.close()
