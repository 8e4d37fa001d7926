"""Pictures of every main screen and dialog, in English and Swedish, over a demo store.

``make screenshot`` runs this under a virtual screen (xvfb-run) as
``python build/screenshots.py docs/screenshots``; it writes ``docs/screenshots/<language>/
NN-name.png`` and prints one line per picture. Each dialog is opened the way a person opens
it (the page's own method, as its button or shortcut does), pictured, then closed unsaved.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "sv")
SETTLE_S = 0.4  # layouts, fonts and models settle; previews render in the background
PREVIEW_WAIT_S = 20.0


def settle(seconds: float = SETTLE_S) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def open_dialogs(window: Any) -> list[Any]:
    """The dialogs shown on top of ``window`` now (newest last)."""
    from PySide6.QtWidgets import QApplication, QDialog

    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible() and widget is not window
    ]


class Shooter:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.count = 0
        self.failed: list[str] = []

    def save(self, widget: Any, name: str) -> None:
        self.count += 1
        path = self.out_dir / f"{self.count:02d}-{name}.png"
        if widget.grab().save(str(path)):
            print(f"wrote {path}")
        else:
            self.failed.append(str(path))

    def dialog(self, window: Any, name: str, opener: Callable[[], object]) -> None:
        """Open a dialog with ``opener``, picture it and close it without saving."""
        before = set(map(id, open_dialogs(window)))
        opener()
        settle()
        new = [d for d in open_dialogs(window) if id(d) not in before]
        if not new:
            print(f"no dialog opened for {name}", file=sys.stderr)
            self.failed.append(name)
            return
        for dialog in new:
            self.save(dialog, name)
        for dialog in reversed(new):
            dialog.reject()
        settle(0.1)


WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"  # ESCO occupation
MIG = "f015c5d5-6a1c-4f63-9012-a05f4f34105e"  # ESCO skill: perform metal inert gas welding


def add_demo_employers(session: Any) -> None:
    """Two employers with openings, and two demo visitors who agreed to be matched (issue 15):
    the Employers and Matching screens then have something to show."""
    from entryhub_desk.domain.consent import ConsentPurpose
    from entryhub_desk.domain.profile import Skill, Work
    from entryhub_desk.services.consents import ConsentsService
    from entryhub_desk.services.employers import EmployersService
    from entryhub_desk.services.openings import OpeningsService
    from entryhub_desk.services.profile import Profiles
    from entryhub_desk.services.visitors import VisitorsService

    employers = EmployersService(session)
    if employers.list():
        return
    welding = employers.add(
        "Svets & Montage i Umeå AB",
        org_number="556016-0680",
        sector="Industry",
        municipality="Umeå",
    )
    employers.add_contact(welding.id, "Eva Lind", role="HR", phone="090-12 34 56")
    employers.log(welding.id, "Visited the workshop; two welders wanted from March.")
    employers.add("Bageri Norr", sector="Food", municipality="Umeå")
    OpeningsService(session).add(
        employer_id=welding.id,
        title="MIG-svetsare",
        occupation=WELDER,
        must_skills=(MIG,),
        remote=True,  # no place asked: a visitor whose home is not recorded still fits
        places=2,
    )
    visitors, consents, profiles = (
        VisitorsService(session),
        ConsentsService(session),
        Profiles(session),
    )
    hits = visitors.search("Tesfay") + visitors.search("Cali Xasan")
    for number, hit in enumerate(hits[:2]):
        for purpose in ConsentPurpose:
            consents.record_consent(
                hit.person.id, purpose, given=number == 0 or purpose.value != "share_with_employers"
            )
        profiles.save(Work(person_id=hit.person.id, title="Welder", occupation=WELDER))
        if number == 0:
            profiles.save(Skill(person_id=hit.person.id, skill=MIG))


def shoot_employers(shooter: Shooter, window: Any) -> None:
    """The Employers section, its dialogs, the Matching section and the introduction."""
    page = window.employers_page
    window.show_section(page)
    with_openings = [e for e in page.employers.list() if e.name.startswith("Svets")]
    if with_openings:
        page.choose(with_openings[0].id)
    settle()
    shooter.save(window, "employers")
    shooter.dialog(window, "employer", page.new_employer)
    shooter.dialog(window, "employer-contact", lambda: page.card.edit_contact(None))
    opening = page.card.openingsTree.topLevelItem(0)
    if opening is not None:
        page.card.openingsTree.setCurrentItem(opening)
    shooter.dialog(window, "opening", lambda: page.card.edit_opening(page.card.selected_opening()))
    matching = window.matching_page
    selected = page.card.selected_opening()
    if selected is not None:
        window.open_matching(selected.id)
    settle()
    shooter.save(window, "matching")
    shooter.dialog(window, "introduce", matching.introduce)
    # check-in of a visitor whom an opening fits: "1 opening fits"
    from entryhub_desk.services.visitors import VisitorsService

    reception = window.reception_page
    found = VisitorsService(window.session).search("Tesfay")
    if found:
        hit = reception.show_person(found[0].person)
        shooter.dialog(window, "check-in-openings-fit", lambda: reception.check_in(hit))


def shoot_language(language: str, out_root: Path) -> list[str]:
    from entryhub_desk.app import build_demo_main_window
    from entryhub_desk.views.profile.kinds import DIALOGS

    out_dir = out_root / language
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*.png"):
        old.unlink()
    shooter = Shooter(out_dir)
    with tempfile.TemporaryDirectory(prefix="entryhub-screenshots-") as data_dir:
        window = build_demo_main_window(Path(data_dir), language=language)
        add_demo_employers(window.session)
        window.employers_page.reload()
        window.resize(1280, 800)
        settle(1.0)
        reception = window.reception_page
        shooter.save(window, "reception")
        reception.ui.searchEdit.setText("a")
        reception.search_now()
        settle()
        reception.ui.resultsTable.selectRow(0)
        shooter.save(window, "reception-search")
        shooter.dialog(window, "new-visitor", reception.new_visitor)
        shooter.dialog(window, "check-in", reception.check_in_selected)
        shooter.dialog(window, "consents", reception.consents_of_selected)
        shooter.dialog(window, "correct-details", reception.correctDetails.open_selected)
        shooter.dialog(window, "visitor-card", reception.visitorCard.open_selected)
        if reception.results.rowCount() > 1:
            table = reception.ui.resultsTable
            table.selectionModel().clearSelection()
            table.selectRow(0)
            from PySide6.QtCore import QItemSelectionModel

            table.selectionModel().select(
                reception.results.index(1, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            shooter.dialog(window, "merge", reception.merge_selected)
        hit = reception.selected_hit() or reception.results.hit(0)
        person_id = hit.person.id
        window.open_profile(person_id)
        settle()
        shooter.save(window, "profile")
        for kind in DIALOGS:
            shooter.dialog(
                window,
                f"profile-{kind.value}",
                lambda kind=kind: window.profile_page.add_entry(kind),
            )
        window.open_cv(person_id)
        deadline = time.monotonic() + PREVIEW_WAIT_S
        while window.cv_page.preview_running and time.monotonic() < deadline:
            settle(0.1)
        settle()
        shooter.save(window, "cv")
        shooter.dialog(window, "cv-batch", window.cv_page.open_batch)
        shoot_employers(shooter, window)
        window.show_section(window.sync.page)
        settle()
        shooter.save(window, "sync")
        window.show_section(window.admin_page)
        settle()
        shooter.save(window, "admin")
        shooter.dialog(window, "add-staff", window.admin_page.add_staff)
        shooter.dialog(window, "change-password", window.admin_page.change_own_password)
        shooter.dialog(window, "backups", window.admin_page.open_backups)
        shooter.dialog(window, "audit-log", window.admin_page.open_audit_log)
        shooter.dialog(window, "about", window.show_about)
        window.show_section(window.reception_page)
        window.darkThemeAction.trigger()  # the dark theme (kept in the demo's own settings)
        settle()
        shooter.save(window, "reception-dark")
        window.darkThemeAction.trigger()
        settle()
        window.lock()
        settle()
        shooter.save(window, "lock")
        window.close()
        settle(0.2)
    return shooter.failed


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: screenshots.py OUTPUT_DIR", file=sys.stderr)
        return 2
    out_root = Path(argv[1])
    failed: list[str] = []
    for language in LANGUAGES:
        failed += shoot_language(language, out_root)
    if failed:
        print("not pictured: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
