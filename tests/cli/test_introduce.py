"""``entryhub-desk introduce PERSON OPENING [--card] [-o FILE.pdf] [--language]`` as a person
runs it: the introduction recorded and the card written (owner-only), anonymised without the
consent to share with employers, named with it; a named card without consent is refused before
anything is recorded or written."""

from __future__ import annotations

import json
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from entryhub_desk.config import DeskConfig
from entryhub_desk.domain.consent import ConsentPurpose
from entryhub_desk.domain.employers import CardKind
from entryhub_desk.domain.person import Person
from entryhub_desk.ids import short_code
from entryhub_desk.services import Desk, Session
from entryhub_desk.services.consents import ConsentsService
from entryhub_desk.services.employers import EmployersService
from entryhub_desk.services.introductions import IntroductionsService
from entryhub_desk.services.openings import OpeningsService
from tests.cli.runner import run_cli
from tests.cli.test_cli import data_dir, ready  # noqa: F401 - fixtures
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD, DESK_COMMAND, HUB_NAME, TEST_SCRYPT_N
from tests.cv import samples
from tests.cv.card_checks import leaks
from tests.cv.helpers import pdftotext
from tests.services.test_cards import store_profile


class Store:
    """The command's store opened in this process, to set up and read back."""

    def __init__(self, folder: Path) -> None:
        self.desk = Desk(DeskConfig(data_dir=folder, scrypt_n=TEST_SCRYPT_N))

    def session(self) -> Session:
        return self.desk.unlock(COORDINATOR, COORDINATOR_PASSWORD)


@pytest.fixture
def setup(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
) -> Iterator[tuple[Store, Person, list[str]]]:
    """Mohammed with his profile; two open openings (their short codes)."""
    store = Store(data_dir)
    session = store.session()
    try:
        person = store_profile(session, samples.multiscript())
        employer = EmployersService(session).add("Restaurang Gläntan", municipality="Umeå")
        openings = [
            OpeningsService(session).add(employer_id=employer.id, title=title)
            for title in ("Kock", "Diskare")
        ]
    finally:
        session.close()
    yield store, person, [short_code(o.id) for o in openings]


def introductions(store: Store, person: Person) -> list[tuple[str, CardKind]]:
    session = store.session()
    try:
        return [(i.opening_id, i.card) for i in IntroductionsService(session).for_person(person.id)]
    finally:
        session.close()


def test_without_consent_the_card_is_anonymous_and_named_is_refused(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    setup: tuple[Store, Person, list[str]],
    tmp_path: Path,
) -> None:
    store, person, (kock, _) = setup
    named = tmp_path / "named.pdf"
    done = run_cli(
        ready, data_dir, "introduce", short_code(person.id), kock, "--card", "named", "-o",
        str(named),
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "consent to share the profile" in done.stderr
    assert not named.exists() and introductions(store, person) == []

    out = tmp_path / "card.pdf"
    done = run_cli(ready, data_dir, "introduce", person.id, kock, "-o", str(out), "--json")
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["card"] == "anonymous" and answer["file"] == str(out)
    assert answer["code"] == short_code(person.id) and answer["language"] == "sv"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    pdf = out.read_bytes()
    assert leaks(pdf, person, hub_name=HUB_NAME) == []
    text = pdftotext(out)
    assert "PRESENTERAS FÖR" in text and "Kock, Restaurang Gläntan" in text
    assert [card for _, card in introductions(store, person)] == [CardKind.ANONYMOUS]

    # The same opening again while the first introduction goes on: refused, nothing written.
    again = tmp_path / "again.pdf"
    done = run_cli(ready, data_dir, "introduce", person.id, kock, "-o", str(again))
    assert done.returncode != 0 and "still going" in done.stderr
    assert not again.exists() and len(introductions(store, person)) == 1


def test_with_consent_the_card_is_named_in_english(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    setup: tuple[Store, Person, list[str]],
    tmp_path: Path,
) -> None:
    store, person, (_, diskare) = setup
    session = store.session()
    try:
        ConsentsService(session).record_consent(
            person.id, ConsentPurpose.SHARE_WITH_EMPLOYERS, given=True
        )
    finally:
        session.close()
    out = tmp_path / "named.pdf"
    args = ("introduce", short_code(person.id), diskare, "--language", "en", "-o", str(out))
    done = run_cli(ready, data_dir, *args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    text = pdftotext(out)
    assert "Mohammed Al-Obeidi" in text and "محمد العبيدي" in text
    assert "INTRODUCED FOR" in text and "Diskare, Restaurang Gläntan" in text
    assert f"Contact through {HUB_NAME}" in text
    assert "mohammed@example.org" not in text and "070-123 45 67" not in text
    assert [card for _, card in introductions(store, person)] == [CardKind.NAMED]


def test_the_default_file_name_and_usage_errors(
    ready: dict[str, str],  # noqa: F811
    data_dir: Path,  # noqa: F811
    setup: tuple[Store, Person, list[str]],
    tmp_path: Path,
) -> None:
    store, person, (kock, _) = setup
    done = run_cli(ready, data_dir, "introduce", person.id, kock, "-o", "card.txt")
    assert done.returncode == 2 and "must end in .pdf" in done.stderr
    done = run_cli(ready, data_dir, "introduce", person.id, "ABCD-EFGH")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    missing = tmp_path / "no-such-folder" / "card.pdf"
    done = run_cli(ready, data_dir, "introduce", person.id, kock, "-o", str(missing))
    assert done.returncode == 1 and "cannot be written" in done.stderr
    assert introductions(store, person) == []  # no introduction for a card not written

    folder = tmp_path / "cwd"
    folder.mkdir()
    done = subprocess.run(
        [*DESK_COMMAND, "--data-dir", str(data_dir), "introduce", person.id, kock],
        env=ready,
        cwd=folder,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    name = f"card-{short_code(person.id)}-anonymous-sv.pdf"
    assert done.stdout.strip() == name and (folder / name).is_file()
