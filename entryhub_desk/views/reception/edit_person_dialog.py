"""Correct a visitor's details (names, phone, birth year, gender, country, languages).

:class:`EditPersonDialog` shows the stored values; Save sends only the fields the user changed
(:meth:`PersonDetails.correct`), so a field corrected at another desk meanwhile is not
overwritten with what this form showed. :class:`CorrectDetails` is the reception page's
"Correct details…" button with its shortcut (F2): it opens the dialog for the selected person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QIntValidator, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from entryhub_desk import taxonomy
from entryhub_desk.domain.person import EARLIEST_YEAR, Gender, Person
from entryhub_desk.errors import DeskError
from entryhub_desk.services.person_details import PersonDetails
from entryhub_desk.services.reception_types import SearchHit
from entryhub_desk.views.common import InlineError, is_language_change, warn
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.forms.ui_reception_edit_person_dialog import Ui_EditPersonDialog
from entryhub_desk.views.reception.display import latin_name, ui_language
from entryhub_desk.views.reception.labels import gender_label
from entryhub_desk.views.reception.name_checks import refuse_unshowable
from entryhub_desk.views.reception.pick_lists import (
    TabAcceptsCompletion,
    checked_items,
    combo_code,
    filter_list,
    tick_current,
)

if TYPE_CHECKING:
    from entryhub_desk.services import Session

CODE_ROLE: Final = Qt.ItemDataRole.UserRole + 1
GENDERS: Final = (Gender.NOT_STATED, Gender.FEMALE, Gender.MALE, Gender.OTHER)
SHORTCUT: Final = QKeySequence(Qt.Key.Key_F2)


class EditPersonDialog(QDialog):
    """Emits :attr:`corrected` (a :class:`~entryhub_desk.services.person_details.Correction`)
    after saving; Cancel stores nothing."""

    corrected = Signal(object)

    def __init__(
        self, details: PersonDetails, person: Person, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._details = details
        self._person = person
        self._code = code
        self.ui = Ui_EditPersonDialog()
        self.ui.setupUi(self)
        self._error = InlineError(self.ui.errorLabel)
        self.ui.birthYearEdit.setValidator(QIntValidator(EARLIEST_YEAR, 9999, self))
        for gender in GENDERS:
            self.ui.genderCombo.addItem(gender_label(gender), gender.value)
        language = ui_language()
        self._fill_combo(self.ui.countryCombo, taxonomy.all_countries(language))
        self._fill_combo(self.ui.preferredCombo, taxonomy.all_languages(language))
        offered = taxonomy.all_languages(language)
        known = {code_ for code_, _name in offered}
        # A code the lists do not offer (an ISO 639-3 code an import wrote) is shown as it is,
        # so that saving another field does not drop it.
        extra = [(code_, code_) for code_ in person.languages if code_ not in known]
        for code_, name in extra + offered:
            item = QListWidgetItem(name, self.ui.languagesList)
            item.setData(CODE_ROLE, code_)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        for combo, stored in (
            (self.ui.countryCombo, person.country_of_birth),
            (self.ui.preferredCombo, person.preferred_language),
        ):
            if stored is not None and combo.findData(stored) < 0:
                combo.insertItem(1, stored, stored)
        self._show(person)
        self.ui.languagesFilter.textChanged.connect(self._filter_languages)
        self.ui.languagesFilter.installEventFilter(self)
        self.ui.languagesList.itemChanged.connect(lambda _item: self._languages_changed())
        self.ui.buttonBox.accepted.connect(self.save)
        self.guard = DiscardGuard(self)
        self.ui.buttonBox.rejected.connect(self.guard.cancel)
        self._retranslate()
        self.ui.givenEdit.setFocus()
        self.ui.givenEdit.selectAll()

    # -- showing --------------------------------------------------------------------------

    @staticmethod
    def _fill_combo(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        combo.addItem("", None)
        for code, name in entries:
            combo.addItem(name, code)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            TabAcceptsCompletion(combo)

    def _show(self, person: Person) -> None:
        ui = self.ui
        ui.givenEdit.setText(person.given_name)
        ui.familyEdit.setText(person.family_name)
        ui.originalEdit.setText(person.original_script_name or "")
        ui.phoneEdit.setText(person.phone or person.phone_as_written or "")
        ui.birthYearEdit.setText("" if person.birth_year is None else str(person.birth_year))
        ui.genderCombo.setCurrentIndex(max(0, ui.genderCombo.findData(person.gender.value)))
        ui.countryCombo.setCurrentIndex(max(0, ui.countryCombo.findData(person.country_of_birth)))
        ui.preferredCombo.setCurrentIndex(
            max(0, ui.preferredCombo.findData(person.preferred_language))
        )
        for row in range(ui.languagesList.count()):
            item = ui.languagesList.item(row)
            checked = item.data(CODE_ROLE) in person.languages
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._languages_changed()

    def _filter_languages(self, text: str) -> None:
        filter_list(self.ui.languagesList, text)

    def languages(self) -> tuple[str, ...]:
        """The ticked languages, in the order the person's record had them, new ones after."""
        ticked = [str(item.data(CODE_ROLE)) for item in checked_items(self.ui.languagesList)]
        kept = [code for code in self._person.languages if code in ticked]
        return (*kept, *(code for code in ticked if code not in kept))

    def _languages_changed(self) -> None:
        names = [item.text() for item in checked_items(self.ui.languagesList)]
        self.ui.languagesChosen.setText(", ".join(names))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.languagesFilter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Down:
                self.ui.languagesList.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if (
                event.key() == Qt.Key.Key_Space
                and self.ui.languagesFilter.text().strip()
                and tick_current(self.ui.languagesList)
            ):
                self.ui.languagesFilter.clear()  # ready for the next language
                return True
        return super().eventFilter(watched, event)

    # -- saving ---------------------------------------------------------------------------

    def changes(self) -> dict[str, object]:
        """The fields whose shown value the user changed, with their new values."""
        ui, person = self.ui, self._person
        year_text = ui.birthYearEdit.text().strip()
        if year_text and not year_text.isdigit():
            raise DeskError("validation.invalid", field="birth_year")
        phone_shown = person.phone or person.phone_as_written or ""
        typed: dict[str, tuple[object, object]] = {
            "given_name": (ui.givenEdit.text().strip(), person.given_name),
            "family_name": (ui.familyEdit.text().strip(), person.family_name),
            "original_script_name": (
                ui.originalEdit.text().strip(),
                person.original_script_name or "",
            ),
            "phone": (ui.phoneEdit.text().strip(), phone_shown),
            "birth_year": (int(year_text) if year_text else None, person.birth_year),
            "gender": (Gender(ui.genderCombo.currentData()), person.gender),
            "country_of_birth": (
                combo_code(ui.countryCombo, "country_of_birth"),
                person.country_of_birth,
            ),
            "languages": (self.languages(), person.languages),
            "preferred_language": (
                combo_code(ui.preferredCombo, "preferred_language"),
                person.preferred_language,
            ),
        }
        changed = {name: new for name, (new, old) in typed.items() if new != old}
        refuse_unshowable(changed)
        return changed

    def save(self) -> None:
        if not self.isVisible():
            return
        try:
            correction = self._details.correct(self._person.id, **self.changes())  # type: ignore[arg-type]
        except DeskError as error:
            self._show_error(error)
            return
        self._error.show(None)
        self.corrected.emit(correction)
        self.accept()

    def _show_error(self, error: DeskError) -> None:
        self._error.show(error)
        widgets: dict[str, QWidget] = {
            "given_name": self.ui.givenEdit,
            "family_name": self.ui.familyEdit,
            "original_script_name": self.ui.originalEdit,
            "phone": self.ui.phoneEdit,
            "birth_year": self.ui.birthYearEdit,
            "gender": self.ui.genderCombo,
            "country_of_birth": self.ui.countryCombo,
            "languages": self.ui.languagesFilter,
            "preferred_language": self.ui.preferredCombo,
        }
        widget = widgets.get(str(error.params.get("field", "")))
        if widget is not None:
            widget.setFocus()

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        genders = self.ui.genderCombo
        for index in range(genders.count()):
            genders.setItemText(index, gender_label(genders.itemData(index)))
        name = latin_name(self._person)
        self.setWindowTitle(self.tr("Correct details of {name}").format(name=name))
        self.ui.introLabel.setText(
            self.tr(
                "Correct what was written wrongly for {name} ({code}). Only the fields you "
                "change are saved; the change is logged without the values."
            ).format(name=name, code=self._code)
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&ve"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._error.retranslate()


class CorrectDetails(QObject):
    """The reception page's "Correct details…" button and its F2 action (page-wide).

    ``selected`` gives the one selected search hit (or None); ``before`` runs first (the
    page's wait for a running search). Emits :attr:`corrected` with the :class:`Correction`.
    """

    corrected = Signal(object)

    def __init__(
        self,
        session: Session,
        page: QWidget,
        button: QPushButton,
        selected: Callable[[], SearchHit | None],
        before: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._session = session
        self._details = PersonDetails(session)
        self._page = page
        self._button = button
        self._selected = selected
        self._before = before
        self.dialog: EditPersonDialog | None = None
        self.action = QAction(page)
        self.action.setShortcut(SHORTCUT)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.open_selected)
        page.addAction(self.action)
        button.clicked.connect(self.open_selected)
        allowed = self._details.may_correct()
        button.setVisible(allowed)
        self.action.setVisible(allowed)
        self.action.setEnabled(allowed)
        self.set_available(False)
        self.retranslate()

    def set_available(self, available: bool) -> None:
        """Enable the button (one person selected). The action stays enabled and does nothing
        without a selection, so that a lock, which drops the results, leaves it as it was."""
        self._button.setEnabled(available and self._details.may_correct())

    def open_selected(self) -> None:
        hit = self._selected()
        if hit is None or self._session.is_locked or not self._details.may_correct():
            return
        self._before()
        try:
            person = self._details.current(hit.person.id)
        except DeskError as error:
            self.dialog = None
            self._page_error(error)
            return
        dialog = EditPersonDialog(self._details, person, hit.code, parent=self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self.corrected)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _page_error(self, error: DeskError) -> None:
        warn(self._page, self.tr("Correct details"), error_text(error))

    def retranslate(self) -> None:
        """The action's text (the button's texts come with the page's form)."""
        self.action.setText(self.tr("Correct details…"))
