"""Reading the audit log: filters by member, action and day, names from the staff list, the
CSV export (formula-safe, owner-only) audited itself; coordinators only."""

from __future__ import annotations

import csv
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.services import Session
from entryhub_desk.services.audit_log import AuditFilter, AuditService
from entryhub_desk.services.staff import StaffService
from tests.conftest import COORDINATOR
from tests.services.helpers import coordinator_session, set_up_desk

PASSWORD = "Tegelbruk-Sommar-77"


@pytest.fixture
def boss(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    session = coordinator_session(desk)
    StaffService(session).add_staff("=cmd|' /C calc'!A0", Role.RECEPTIONIST, PASSWORD)
    desk.unlock("=cmd|' /C calc'!A0", PASSWORD).close()  # a log-in and a log-out of hers
    return session


def test_filters_and_names(boss: Session) -> None:
    service = AuditService(boss)
    everything = service.entries()
    assert everything and everything[0].seq > everything[-1].seq  # newest first
    assert {"login", "logout", "staff_added"} <= set(service.actions())
    hers = dict((name, staff_id) for staff_id, name in service.members())["=cmd|' /C calc'!A0"]
    logins = service.entries(AuditFilter(staff_id=hers, action="login"))
    assert [(r.staff_name, r.action) for r in logins] == [("=cmd|' /C calc'!A0", "login")]
    mine = service.entries(AuditFilter(action="staff_added"))
    assert mine and {r.staff_name for r in mine} == {COORDINATOR}
    tomorrow = date.today() + timedelta(days=1)
    assert service.entries(AuditFilter(first_day=tomorrow)) == []
    assert len(service.entries(AuditFilter(last_day=date.today()))) == len(everything)


def test_export_is_formula_safe_owner_only_and_audited(boss: Session, tmp_path: Path) -> None:
    service = AuditService(boss)
    rows = service.entries(AuditFilter(action="login"))
    target = tmp_path / "audit.csv"
    service.export_csv(rows, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["seq", "time_utc", "member", "action", "subject", "details"]
    members = [line[2] for line in table[1:]]
    assert "'=cmd|' /C calc'!A0" in members  # never a formula in a spreadsheet
    assert service.entries()[0].action == "export"


def test_only_coordinators_read_the_log(boss: Session) -> None:
    receptionist = boss.desk.unlock("=cmd|' /C calc'!A0", PASSWORD)
    with pytest.raises(DeskError) as caught:
        AuditService(receptionist).entries()
    assert caught.value.code == "auth.role_not_allowed"
