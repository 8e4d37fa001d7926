"""Imported openings stored through EmployersService / OpeningsService on a real encrypted
store: employers found by organisation number or name or created, re-import updates instead of
duplicating, a refused row leaves nothing behind, cancel leaves the store as it was."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.employers import HardRequirement, OpeningState
from entryhub_desk.domain.staff import Role
from entryhub_desk.errors import DeskError
from entryhub_desk.importing.opening_store import import_openings
from entryhub_desk.services import Session
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.services.staff import StaffService
from tests.services.helpers import coordinator_session, set_up_desk

DATA = Path(__file__).parent / "data"
ADS = DATA / "jobsearch_ads.json"


@pytest.fixture
def boss(desk_config: DeskConfig) -> Session:
    desk, _ = set_up_desk(desk_config)
    return coordinator_session(desk)


def test_ads_create_employers_and_openings_once(boss: Session) -> None:
    employers = EmployersService(boss)
    known = employers.add("Umeå Svets och Montage", org_number="5566778899")
    report = import_openings(boss, ADS)
    assert (report.rows, report.created, report.updated, report.unchanged) == (11, 8, 0, 0)
    assert report.employers_created == 7  # the welder's employer was known by its number
    assert [p.row for p in report.rejected] == [8, 9, 11]
    openings = OpeningsService(boss)
    welder = openings.by_source("jobsearch:27839012")
    assert welder is not None and welder.employer_id == known.id
    assert welder.added_by_hub == boss.identity.hub_id and welder.added_by == boss.staff.id
    assert len(openings.list()) == 8
    again = import_openings(boss, ADS)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 8)
    assert again.employers_created == 0
    assert len(openings.list()) == 8 and len(employers.list()) == 8


def test_reimport_updates_but_keeps_state_and_hard_requirements(
    boss: Session, tmp_path: Path
) -> None:
    ad = {
        "id": "42",
        "headline": "Svetsare",
        "employer": {"name": "Svets AB"},
        "number_of_vacancies": 1,
    }
    path = tmp_path / "ad.json"
    path.write_text(json.dumps(ad), encoding="utf-8")
    import_openings(boss, path)
    openings = OpeningsService(boss)
    first = openings.by_source("jobsearch:42")
    assert first is not None
    marked = openings.save(dataclasses.replace(first, hard=(HardRequirement.LICENCES,)))
    openings.set_state(marked.id, OpeningState.FILLED)
    ad["number_of_vacancies"] = 3
    path.write_text(json.dumps(ad), encoding="utf-8")
    report = import_openings(boss, path)
    assert report.updated == 1 and report.created == 0
    after = openings.get(first.id)
    assert after.places == 3
    assert after.state is OpeningState.FILLED
    assert after.hard == (HardRequirement.LICENCES,)
    assert after.added_at == first.added_at


def test_spreadsheet_rows_found_again_by_their_source(boss: Session, tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Arbetsgivare;Organisationsnummer;Titel;Kommun;Antal platser\n"
        "Svets AB;556677-8899;Svetsare;Umeå;1\n"
        "svets ab;;Montör;Umeå;1\n",
        encoding="utf-8",
    )
    report = import_openings(boss, path)
    assert (report.created, report.employers_created) == (2, 1)  # the name finds the first
    path.write_text(path.read_text(encoding="utf-8").replace("Umeå;1\n", "Umeå;4\n", 1))
    again = import_openings(boss, path)
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)


def test_two_employers_of_one_name_reject_the_row(boss: Session, tmp_path: Path) -> None:
    employers = EmployersService(boss)
    employers.add("Städ AB", municipality="Umeå")
    employers.add("Städ AB", municipality="Luleå")
    path = tmp_path / "o.csv"
    path.write_text("Arbetsgivare;Titel\nStäd AB;Städare\n", encoding="utf-8")
    report = import_openings(boss, path)
    assert [(p.row, p.code) for p in report.rejected] == [(2, "employer.ambiguous")]
    assert OpeningsService(boss).list() == []


def test_cancel_leaves_the_store_as_it_was(boss: Session) -> None:
    calls = iter([False, False, True])
    report = import_openings(boss, ADS, cancelled=lambda: next(calls))
    assert report.cancelled
    assert OpeningsService(boss).list() == []
    assert EmployersService(boss).list() == []


def test_only_those_who_manage_employers_import(boss: Session, desk_config: DeskConfig) -> None:
    StaffService(boss).add_staff("Volontär Vera", Role.VOLUNTEER, "Tegelbruk-Sommar-77")
    from entryhub_desk.services import Desk

    volunteer = Desk(desk_config).unlock("Volontär Vera", "Tegelbruk-Sommar-77")
    with pytest.raises(DeskError) as caught:
        import_openings(volunteer, ADS)
    assert caught.value.code.startswith("auth.")
    assert OpeningsService(boss).list() == []
