"""The CV screen: preview, template and language, photo, print and save, roles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from entryhub_desk.views.cv.cv_page import CvPage
from entryhub_desk.views.cv.pdf_pages import page_count
from entryhub_desk.views.main_window import MainWindow
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD
from tests.views.cv.conftest import CvDesk, OpenWindow, audit_actions, focused, pdf_printer

WAIT_MS = 20_000


def open_cv(qtbot: QtBot, window: MainWindow, person_id: str) -> CvPage:
    page = window.cv_page
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS) as ready:
        window.open_cv(person_id)
    assert ready.args is not None and ready.args[0] >= 1
    return page


def first_page(page: CvPage) -> QImage:
    labels = page.ui.preview.page_labels()
    assert labels, "no page shown"
    return labels[0].pixmap().toImage()


def test_preview_appears_and_follows_language_and_template(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    assert window.current_section() is page
    assert page.ui.preview.page_count >= 1
    assert page.ui.preview.page_labels()[0].isVisible()
    assert "Amal Haddad" in page.ui.personLabel.text()
    swedish = first_page(page)

    # Language by keyboard: the preview renders off the GUI thread and then updates.
    page.ui.languageCombo.setFocus()
    qtbot.waitUntil(lambda: focused() is page.ui.languageCombo)
    index = page.ui.languageCombo.findData("en")
    steps = index - page.ui.languageCombo.currentIndex()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        for _ in range(abs(steps)):
            qtbot.keyClick(page.ui.languageCombo, key)
        assert page.language == "en"
        assert page.preview_running  # the key press returned before the rendering ended
    english = first_page(page)
    assert english != swedish

    page.ui.templateCombo.setFocus()
    qtbot.waitUntil(lambda: focused() is page.ui.templateCombo)
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        qtbot.keyClick(page.ui.templateCombo, Qt.Key.Key_Down)
        assert page.template == "compact"
    assert first_page(page) != english


def test_choices_in_a_row_show_only_the_latest(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    shown: list[int] = []
    page.previewReady.connect(shown.append)
    page.ui.templateCombo.setCurrentIndex(page.ui.templateCombo.findData("compact"))
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("en"))
    page.ui.templateCombo.setCurrentIndex(page.ui.templateCombo.findData("classic"))
    qtbot.waitUntil(lambda: not page.preview_running, timeout=WAIT_MS)
    # The first request was running; the two after it collapse into one more rendering.
    assert len(shown) == 1
    reference = page.service.render(
        cv_desk.person_ids[0], language="en", template="classic", photo=None
    )
    assert page.ui.preview.page_count == page_count(reference)


def test_zoom_buttons_and_fit_width(qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    preview = page.ui.preview
    assert preview.zoom is None and page.ui.fitWidthButton.isChecked()
    qtbot.keyClick(page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom is not None
    assert not page.ui.fitWidthButton.isChecked()
    width = preview.page_labels()[0].width()
    qtbot.keyClick(page, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.page_labels()[0].width() < width
    assert page.ui.zoomLabel.text().endswith("%")
    page.ui.fitWidthButton.setFocus()
    qtbot.keyClick(page.ui.fitWidthButton, Qt.Key.Key_Space)
    assert preview.zoom is None


def test_save_as_pdf_writes_the_file_and_audits_an_export(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    person_id = cv_desk.person_ids[1]
    page = open_cv(qtbot, window, person_id)
    asked: list[str] = []
    target = tmp_path / "out" / "yonas.pdf"
    target.parent.mkdir()

    def ask(_parent: object, suggested: str) -> Path:
        asked.append(suggested)
        return target

    page.ask_save_path = ask
    page.ui.saveButton.setFocus()
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [target]
    assert asked and asked[0].startswith("cv-") and asked[0].endswith(".pdf")
    assert "Yonas" not in asked[0]  # no personal data in the suggested file name
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert page_count(data) >= 1
    assert audit_actions(window.session, "export") == [person_id]
    assert audit_actions(window.session, "print") == []
    assert target.name in window.statusBar().currentMessage()


def test_cancelled_file_dialog_saves_nothing(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[1])
    page.ask_save_path = lambda _parent, _name: None
    page.ui.saveButton.click()
    assert not page.work_running
    assert audit_actions(window.session, "export") == []


def test_print_draws_every_page_and_audits_a_print(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    person_id = cv_desk.person_ids[2]
    page = open_cv(qtbot, window, person_id)
    pages = page.ui.preview.page_count
    output = tmp_path / "printed.pdf"
    page.ask_printer = lambda _parent: pdf_printer(output)
    page.ui.printButton.setFocus()
    with qtbot.waitSignal(page.printed, timeout=WAIT_MS) as printed:
        qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args == [pages]
    assert page_count(output.read_bytes()) == pages
    assert audit_actions(window.session, "print") == [person_id]
    assert audit_actions(window.session, "export") == []


def test_print_dialog_cancelled_prints_nothing(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[2])
    page.ask_printer = lambda _parent: None
    page.print_cv()
    assert not page.work_running
    assert audit_actions(window.session, "print") == []


def write_png(path: Path) -> Path:
    image = QImage(40, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path), "PNG")
    return path


def test_photo_from_a_file_updates_the_preview(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    before = first_page(page)
    photo = write_png(tmp_path / "portrait.png")
    page.ask_photo_path = lambda _parent: photo
    assert not page.ui.removePhotoButton.isEnabled()
    page.ui.choosePhotoButton.setFocus()
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        qtbot.keyClick(page.ui.choosePhotoButton, Qt.Key.Key_Space)
    assert page.photo == photo.read_bytes()
    assert page.ui.photoNameLabel.text() == "portrait.png"
    assert first_page(page) != before
    assert page.ui.removePhotoButton.isEnabled()

    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        page.ui.removePhotoButton.click()
    assert page.photo is None
    assert page.ui.photoNameLabel.text() == "None"


def test_a_file_that_is_no_picture_is_refused(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk, tmp_path: Path
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    page.ask_photo_path = lambda _parent: text
    page.choose_photo()
    assert page.photo is None
    assert page.ui.errorLabel.isVisible() and "JPEG" in page.ui.errorLabel.text()

    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture at all")
    page.ask_photo_path = lambda _parent: broken
    with qtbot.waitSignals([page.previewFailed, page.previewReady], timeout=WAIT_MS):
        page.choose_photo()
    # The photo is dropped, the CV shown without it, and the error stays in view.
    assert page.photo is None
    assert page.ui.preview.page_count >= 1
    assert page.ui.errorLabel.isVisible()
    assert "photo" in page.ui.errorLabel.text()


def test_cv_section_appears_once_a_visitor_is_opened(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    row = window.ui.sections.indexOf(window.cv_page)
    assert window.ui.navigation.item(row).isHidden()
    assert window.cv_page.batchAction.isVisible()
    assert window.cv_page.batchAction in window.ui.menuDesk.actions()
    window.open_profile(cv_desk.person_ids[0])
    assert not window.ui.navigation.item(row).isHidden()
    assert window.current_section() is window.profile_page
    assert window.cv_page.person_id == cv_desk.person_ids[0]
    with qtbot.waitSignal(window.cv_page.previewReady, timeout=WAIT_MS):
        window.show_section(window.cv_page)


def test_receptionists_get_no_cv_screen(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window(RECEPTIONIST, RECEPTIONIST_PASSWORD)
    page = window.cv_page
    row = window.ui.sections.indexOf(page)
    assert not page.may_print
    assert not page.batchAction.isVisible()
    window.open_profile(cv_desk.person_ids[0])
    window.open_cv(cv_desk.person_ids[0])
    assert window.ui.navigation.item(row).isHidden()
    assert window.current_section() is not page
    page.open_batch()
    assert page.batch_dialog is None


def test_lock_drops_the_preview_and_unlock_brings_it_back(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    window.lock()
    assert page.ui.preview.page_count == 0
    assert page.ui.personLabel.text() == ""
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        window._unlocked()
    assert page.ui.preview.page_count >= 1


def test_an_unknown_person_shows_an_error(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = window.cv_page
    with qtbot.waitSignal(page.previewFailed, timeout=WAIT_MS):
        window.open_cv("0000-0000")
    assert page.ui.errorLabel.isVisible()
    assert page.ui.preview.page_count == 0


def test_language_switch_translates_the_screen(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    page.ui.templateCombo.setCurrentIndex(page.ui.templateCombo.findData("compact"))
    qtbot.waitUntil(lambda: not page.preview_running, timeout=WAIT_MS)
    rendered: list[int] = []
    page.previewReady.connect(rendered.append)
    try:
        window.switch_language("sv")
        qtbot.waitUntil(lambda: page.ui.templateLabel.text() == "&Mall:")
        assert page.ui.templateCombo.currentText() == "Kompakt"
        assert page.template == "compact"  # the choice survives the switch
        assert page.ui.printButton.text() == "Skriv &ut…"
        assert page.ui.saveButton.text() == "Spara som &PDF…"
        row = window.ui.sections.indexOf(page)
        assert window.ui.navigation.item(row).text() == "CV"
        assert not page.preview_running  # the interface language is not the CV's language
        assert rendered == []
    finally:
        window.switch_language("en")
    qtbot.waitUntil(lambda: page.ui.templateCombo.currentText() == "Compact")


def test_the_busy_bar_goes_once_the_preview_is_shown(
    qtbot: QtBot, open_window: OpenWindow, cv_desk: CvDesk
) -> None:
    window = open_window()
    page = open_cv(qtbot, window, cv_desk.person_ids[0])
    qtbot.waitUntil(lambda: not page.preview_running)
    qtbot.wait(50)  # the events after the last callback
    assert page.ui.busyBar.isHidden()  # it stayed up for good after every preview
