"""Employer, contact, log, opening and introduction repositories on a real store."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from entryhub_desk.domain.employers import (
    CardKind,
    Employer,
    EmployerContact,
    EmployerLogEntry,
    HardRequirement,
    Introduction,
    IntroductionState,
    IntroductionStep,
    Opening,
    OpeningKind,
    OpeningState,
)
from entryhub_desk.domain.profile import PartialDate
from entryhub_desk.domain.profile.codes import DrivingCategory
from entryhub_desk.ids import short_code
from entryhub_desk.store.connection import transaction
from entryhub_desk.store.repositories import StoreContext
from entryhub_desk.store.repositories.employers import (
    EmployerContactRepository,
    EmployerLogRepository,
    EmployerRepository,
)
from entryhub_desk.store.repositories.introductions import (
    IntroductionRepository,
    IntroductionStepRepository,
    introductions_export,
)
from entryhub_desk.store.repositories.openings import OpeningRepository
from entryhub_desk.store.sync_tables import person_of, purge_person, synced
from tests.store.repositories.helpers import add_person, outbox_for

WHEN = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"
ARC = "27d26fd6-5795-4f0a-884e-112df7c68314"
TORCH = "14b4a40e-da80-452a-86d6-88a959052219"


def _employer(ctx: StoreContext, name: str = "Umeå Stål AB", **kw: object) -> Employer:
    values: dict[str, object] = {
        "name": name,
        "added_by_hub": ctx.identity.hub_id,
        "added_at": WHEN,
    }
    values.update(kw)
    return EmployerRepository(ctx).create(Employer(**values))  # type: ignore[arg-type]


def _opening(ctx: StoreContext, employer: Employer, **kw: object) -> Opening:
    values: dict[str, object] = {
        "employer_id": employer.id,
        "title": "Svetsare",
        "added_by_hub": ctx.identity.hub_id,
        "added_at": WHEN,
    }
    values.update(kw)
    return OpeningRepository(ctx).create(Opening(**values))  # type: ignore[arg-type]


def test_an_opening_with_every_kind_of_field_reads_back_as_written(ctx: StoreContext) -> None:
    employer = _employer(ctx, org_number="556036-0793")
    opening = _opening(
        ctx,
        employer,
        occupation=f"http://data.europa.eu/esco/occupation/{WELDER}",
        must_skills=(ARC,),
        nice_skills=(TORCH,),
        languages=("sv:B1", "en:a2"),
        licences=(DrivingCategory("B"),),
        min_education=3,
        hard=(HardRequirement.LANGUAGES, HardRequirement.PLACE),
        kind=OpeningKind.INTERNSHIP,
        hours_per_week=40,
        municipality="Umeå",
        remote=True,
        starts="2027-03",
        apply_by=PartialDate.parse("2027-02-15"),
        places=2,
        notes="Skyddsskor finns.",
        source="jobsearch:24681357",
    )
    got = OpeningRepository(ctx).get(opening.id)
    assert got == opening
    assert got.occupation == WELDER and got.starts == PartialDate.parse("2027-03")
    assert got.languages == ("sv:B1", "en:A2") and got.remote is True
    # the outbox carries lists as lists and partial dates as their text
    (entry,) = outbox_for(ctx, opening.id)
    assert entry.fields["starts"]["value"] == "2027-03"
    assert entry.fields["must_skills"]["value"] == [ARC]
    assert entry.fields["licences"]["value"] == ["B"]
    assert entry.fields["added_at"]["value"] == "2026-12-07T09:30:00.000000Z"
    assert "person_id" not in entry.fields


def test_openings_by_state_employer_source_and_short_code(ctx: StoreContext) -> None:
    first, second = _employer(ctx, "Alfa"), _employer(ctx, "Beta")
    a = _opening(ctx, first, source="jobsearch:1")
    b = _opening(ctx, second, state=OpeningState.CLOSED)
    repo = OpeningRepository(ctx)
    assert [o.id for o in repo.list(state=OpeningState.OPEN)] == [a.id]
    assert [o.id for o in repo.list(employer_id=second.id)] == [b.id]
    assert {o.id for o in repo.list()} == {a.id, b.id}
    assert repo.by_source("jobsearch:1") == a and repo.by_source("jobsearch:2") is None
    assert repo.by_source("") is None
    assert repo.ids_with_code(short_code(b.id)) == [b.id]


def test_employers_by_name_search_and_org_number(ctx: StoreContext) -> None:
    b = _employer(ctx, "Byggbolaget i Norr", sector="construction", municipality="Skellefteå")
    a = _employer(ctx, "Ålidhems Café", org_number="5560360793")
    repo = EmployerRepository(ctx)
    assert [e.id for e in repo.list()] == [b.id, a.id]
    assert repo.by_name("  ålidhems café ") == [a]
    assert repo.by_org_number("556036-0793") == [a]
    assert repo.search("SKELLEFTE") == [b]
    assert repo.search("") == repo.list()


def test_erasing_a_contact_empties_it_and_keeps_the_record(ctx: StoreContext) -> None:
    employer = _employer(ctx)
    repo = EmployerContactRepository(ctx)
    contact = repo.create(
        EmployerContact(
            employer_id=employer.id,
            name="Kerstin Berg",
            role="HR",
            phone="090-12 34 56",
            email="kerstin@example.se",
        )
    )
    erased = repo.erase(contact.id)
    assert erased.erased and (erased.name, erased.role, erased.phone, erased.email) == ("",) * 4
    assert repo.for_employer(employer.id) == [erased]
    change = outbox_for(ctx, contact.id)[-1].fields
    assert {k: v["value"] for k, v in change.items()} == {
        "name": "",
        "role": "",
        "phone": "",
        "email": "",
        "erased": True,
    }


def test_the_log_reads_oldest_first(ctx: StoreContext) -> None:
    employer = _employer(ctx)
    repo = EmployerLogRepository(ctx)
    hub = ctx.identity.hub_id
    later = repo.create(
        EmployerLogEntry(employer_id=employer.id, at=WHEN, text="Besök", hub_id=hub)
    )
    earlier = repo.create(
        EmployerLogEntry(
            employer_id=employer.id, at=WHEN.replace(hour=8), text="Samtal", hub_id=hub
        )
    )
    assert repo.for_employer(employer.id) == [earlier, later]


def _introduce(ctx: StoreContext, person_id: str, opening: Opening) -> Introduction:
    introduction = IntroductionRepository(ctx).create(
        Introduction(
            person_id=person_id,
            opening_id=opening.id,
            hub_id=ctx.identity.hub_id,
            introduced_at=WHEN,
            card=CardKind.NAMED,
            state_at=WHEN,
        )
    )
    IntroductionStepRepository(ctx).create(
        IntroductionStep(
            introduction_id=introduction.id,
            person_id=person_id,
            state=IntroductionState.SENT,
            at=WHEN,
        )
    )
    return introduction


def test_introductions_are_a_persons_records_and_go_with_the_person(ctx: StoreContext) -> None:
    employer = _employer(ctx)
    opening = _opening(ctx, employer)
    person, other = add_person(ctx), add_person(ctx, given_name="Samir")
    mine, theirs = _introduce(ctx, person.id, opening), _introduce(ctx, other.id, opening)
    assert IntroductionRepository(ctx).for_person(person.id) == [mine]
    assert [i.id for i in IntroductionRepository(ctx).for_opening(opening.id)] == [
        mine.id,
        theirs.id,
    ]
    assert person_of(ctx.conn, "introduction", mine.id) == person.id
    step = IntroductionStepRepository(ctx).for_introduction(mine.id)[0]
    assert person_of(ctx.conn, "introduction_step", step.id) == person.id
    assert person_of(ctx.conn, "opening", opening.id) is None
    exported = introductions_export(ctx.conn, person.id)
    assert [(e["opening_title"], e["employer_name"], e["card"]) for e in exported] == [
        ("Svetsare", "Umeå Stål AB", "named")
    ]
    assert exported[0]["steps"] == [{"state": "sent", "at": "2026-12-07T09:30:00.000000Z"}]

    with transaction(ctx.conn):
        purge_person(ctx.conn, person.id, erase=True)

    for table in ("introduction", "introduction_step"):
        held = ctx.conn.execute(
            f"SELECT count(*) FROM {table} WHERE person_id = ?",
            (person.id,),
        ).fetchone()[0]
        assert held == 0
    assert IntroductionRepository(ctx).for_person(other.id) == [theirs]  # others stay
    assert OpeningRepository(ctx).get(opening.id) == opening  # network records stay
    # the erased person's pending changes keep no content
    for entry in outbox_for(ctx, mine.id):
        assert json.dumps(entry.fields).count("named") == 0


def test_registered_for_sync_with_the_right_person_column() -> None:
    network = ("employer", "employer_contact", "employer_log", "opening")
    for entity in network:
        table = synced(entity)
        assert table is not None and table.person_column is None
    for entity in ("introduction", "introduction_step"):
        table = synced(entity)
        assert table is not None and table.person_column == "person_id"
