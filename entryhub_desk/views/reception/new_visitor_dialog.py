"""Register a new visitor: the minimal fields, a duplicate warning while typing, and the five
consents, each explicitly given or refused.

The duplicate panel lists likely duplicates (the one check of
:mod:`entryhub_desk.services.duplicates`) with what tells namesakes apart and why each is
shown. While it shows, "Open this visitor instead" is the default button (Enter never creates
a duplicate) and registering needs the explicit "This is a new person" tick."""

from __future__ import annotations

import dataclasses
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidgetItem,
    QWidget,
)

from entryhub_desk import taxonomy
from entryhub_desk.catalogue.notices import notice
from entryhub_desk.domain.consent import ConsentPurpose, notice_version
from entryhub_desk.domain.person import EARLIEST_YEAR, Gender, Person
from entryhub_desk.errors import DeskError
from entryhub_desk.services.reception_types import (
    CONSENT_NOTICE_VERSION,
    ConsentChoice,
    SearchHit,
)
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.forms.ui_reception_new_visitor_dialog import Ui_NewVisitorDialog
from entryhub_desk.views.reception.consent_keys import ConsentKeys
from entryhub_desk.views.reception.display import describe_duplicate, ui_language
from entryhub_desk.views.reception.labels import consent_label, gender_label
from entryhub_desk.views.reception.name_checks import refuse_unshowable
from entryhub_desk.views.reception.pick_lists import (
    TabAcceptsCompletion,
    checked_items,
    combo_code,
    fill_code_combo,
    filter_list,
    tick_current,
    usual_first,
)

DATA_ROLE: Final = Qt.ItemDataRole.UserRole + 1
DUPLICATE_DELAY_MS: Final = 300
#: Whether persons have a preferred language yet (the row is hidden until they do).
HAS_PREFERRED_LANGUAGE: Final = "preferred_language" in {f.name for f in dataclasses.fields(Person)}
GENDERS: Final = (Gender.NOT_STATED, Gender.FEMALE, Gender.MALE, Gender.OTHER)


class NewVisitorDialog(QDialog):
    """Emits :attr:`registered` (the stored :class:`Person`, whether to check in now) or
    :attr:`existingChosen` (a :class:`SearchHit` from the duplicate warning, same flag)."""

    registered = Signal(object, bool)
    existingChosen = Signal(object, bool)

    def __init__(self, visitors: VisitorsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visitors = visitors
        self._consent_missing = False
        self._not_confirmed = False
        self.ui = Ui_NewVisitorDialog()
        self.ui.setupUi(self)
        self._error = InlineError(self.ui.errorLabel)
        self.consent_groups: dict[ConsentPurpose, QButtonGroup] = {
            ConsentPurpose.KEEP_PROFILE: self.ui.keepGroup,
            ConsentPurpose.CONTACT_FOLLOW_UP: self.ui.contactGroup,
            ConsentPurpose.SHARE_WITH_EMPLOYERS: self.ui.employersGroup,
            ConsentPurpose.SHARE_ACROSS_HUBS: self.ui.hubsGroup,
            ConsentPurpose.MATCH_OPENINGS: self.ui.matchGroup,
        }
        for group in self.consent_groups.values():
            group.setExclusive(True)
        ui = self.ui
        self._consent_keys = ConsentKeys(
            [
                (ui.keepGiven, ui.keepRefused),
                (ui.contactGiven, ui.contactRefused),
                (ui.employersGiven, ui.employersRefused),
                (ui.hubsGiven, ui.hubsRefused),
                (ui.matchGiven, ui.matchRefused),
            ]
        )
        try:
            self._usual_countries, self._usual_languages = visitors.usual_origins()
        except DeskError:
            self._usual_countries, self._usual_languages = [], []
        self.ui.birthYearEdit.setValidator(QIntValidator(EARLIEST_YEAR, 9999, self))
        for gender in GENDERS:
            self.ui.genderCombo.addItem(gender_label(gender), gender.value)
        self._fill_countries()
        self._fill_languages()
        self.ui.preferredLabel.setVisible(HAS_PREFERRED_LANGUAGE)
        self.ui.preferredCombo.setVisible(HAS_PREFERRED_LANGUAGE)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_DELAY_MS)
        self._timer.timeout.connect(self.check_duplicates)
        for edit in (
            self.ui.givenEdit,
            self.ui.familyEdit,
            self.ui.originalEdit,
            self.ui.phoneEdit,
            self.ui.birthYearEdit,
        ):
            edit.textChanged.connect(lambda _text: self._timer.start())
        self.ui.countryCombo.currentIndexChanged.connect(lambda _index: self._timer.start())
        self.ui.duplicatesGroup.setVisible(False)
        duplicates = self.ui.duplicatesList
        duplicates.setWordWrap(True)  # the namesake details wrap instead of scrolling sideways
        duplicates.setResizeMode(QListView.ResizeMode.Adjust)
        duplicates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.duplicatesList.itemDoubleClicked.connect(lambda _item: self.open_duplicate())
        self.ui.duplicatesList.installEventFilter(self)
        self.ui.openDuplicateButton.clicked.connect(self.open_duplicate)
        self.ui.newPersonBox.toggled.connect(self._new_person_toggled)
        self.ui.languagesFilter.textChanged.connect(self._filter_languages)
        self.ui.languagesFilter.installEventFilter(self)
        self.ui.languagesList.itemChanged.connect(lambda _item: self._languages_changed())
        self.ui.buttonBox.accepted.connect(self._submit)
        self.guard = DiscardGuard(self)
        self.ui.buttonBox.rejected.connect(self.guard.cancel)
        self._retranslate()
        self.ui.givenEdit.setFocus()

    # -- choices --------------------------------------------------------------------------

    def _fill_countries(self) -> None:
        language = ui_language()
        for combo, entries, usual in (
            (self.ui.countryCombo, taxonomy.all_countries(language), self._usual_countries),
            (self.ui.preferredCombo, taxonomy.all_languages(language), self._usual_languages),
        ):
            fill_code_combo(combo, entries, usual)
            combo.setCurrentIndex(0)
            completer = combo.completer()
            if completer is None:
                continue
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            TabAcceptsCompletion(combo)

    def _fill_languages(self) -> None:
        first, rest = usual_first(taxonomy.all_languages(ui_language()), self._usual_languages)
        for code, name in first + rest:
            item = QListWidgetItem(name, self.ui.languagesList)
            item.setData(DATA_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _filter_languages(self, text: str) -> None:
        filter_list(self.ui.languagesList, text)

    def languages(self) -> list[str]:
        return [str(item.data(DATA_ROLE)) for item in checked_items(self.ui.languagesList)]

    def _languages_changed(self) -> None:
        names = [item.text() for item in checked_items(self.ui.languagesList)]
        self.ui.languagesChosen.setText(", ".join(names))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.ui.languagesFilter and key == Qt.Key.Key_Down:
                self.ui.languagesList.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if (
                watched is self.ui.languagesFilter
                and key == Qt.Key.Key_Space
                and self.ui.languagesFilter.text().strip()
                and tick_current(self.ui.languagesList)
            ):
                self.ui.languagesFilter.clear()  # ready for the next language
                return True
            if watched is self.ui.duplicatesList and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_duplicate()  # not the dialog's default button: that would register
                return True
        return super().eventFilter(watched, event)

    def prefill_name(self, typed: str) -> None:
        """Split a typed search into given names and the family name (last word)."""
        words = typed.split()
        if len(words) > 1:
            self.ui.givenEdit.setText(" ".join(words[:-1]))
            self.ui.familyEdit.setText(words[-1])
        else:
            self.ui.givenEdit.setText(typed.strip())
        self.guard.reset()  # what the search held is no typed data to lose

    # -- duplicates -----------------------------------------------------------------------

    def _birth_year(self) -> int | None:
        text = self.ui.birthYearEdit.text().strip()
        return int(text) if text.isdigit() else None

    def _country(self) -> str | None:
        try:
            return combo_code(self.ui.countryCombo, "country_of_birth")
        except DeskError:
            return None  # half-typed; the form checks it on submit

    def check_duplicates(self) -> None:
        self._timer.stop()
        given = self.ui.givenEdit.text().strip()
        phone = self.ui.phoneEdit.text().strip() or None
        if not given and not phone:
            hits: list[SearchHit] = []
        else:
            try:
                hits = self._visitors.likely_duplicates(
                    given_name=given,
                    family_name=self.ui.familyEdit.text().strip(),
                    original_script_name=self.ui.originalEdit.text().strip() or None,
                    phone=phone,
                    birth_year=self._birth_year(),
                    country=self._country(),
                )
            except DeskError:
                hits = []  # half-typed values; the form checks them on submit
        before = [h.person.id for h in self.duplicate_hits()]
        if [h.person.id for h in hits] != before:
            self.ui.newPersonBox.setChecked(False)  # other candidates: ask again
        self.ui.duplicatesList.clear()
        for hit in hits:
            item = QListWidgetItem(describe_duplicate(hit), self.ui.duplicatesList)
            item.setData(DATA_ROLE, hit)
            item.setToolTip(describe_duplicate(hit))
        if hits:
            self.ui.duplicatesList.setCurrentRow(0)
        self.ui.duplicatesGroup.setVisible(bool(hits))
        self._set_default_button()

    def _new_person_toggled(self, checked: bool) -> None:
        if checked and self._not_confirmed:
            self._not_confirmed = False
            self._retranslate()
        self._set_default_button()

    def _set_default_button(self) -> None:
        """While likely duplicates show and "new person" is not ticked, Enter opens the
        selected one; otherwise Enter registers."""
        guarded = bool(self.duplicate_hits()) and not self.ui.newPersonBox.isChecked()
        register = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        register.setDefault(not guarded)
        register.setAutoDefault(not guarded)
        self.ui.openDuplicateButton.setAutoDefault(guarded)
        self.ui.openDuplicateButton.setDefault(guarded)

    def duplicate_hits(self) -> list[SearchHit]:
        items = (self.ui.duplicatesList.item(row) for row in range(self.ui.duplicatesList.count()))
        return [item.data(DATA_ROLE) for item in items]

    def open_duplicate(self) -> None:
        item = self.ui.duplicatesList.currentItem()
        hit = item.data(DATA_ROLE) if item is not None else None
        if not isinstance(hit, SearchHit):
            return
        self._timer.stop()
        self.existingChosen.emit(hit, self.ui.checkInBox.isChecked())
        self.reject()

    # -- register -------------------------------------------------------------------------

    def consent_choices(self) -> list[ConsentChoice] | None:
        """The five choices, or None while any is still open."""
        choices = []
        for purpose, group in self.consent_groups.items():
            button = group.checkedButton()
            if button is None:
                return None
            given = button.objectName().endswith("Given")
            choices.append(ConsentChoice(purpose=purpose, given=given))
        return choices

    def person_from_form(self) -> Person:
        """The (not yet stored) person the form describes; ``DeskError`` naming a field."""
        fields: dict[str, object] = {
            "given_name": self.ui.givenEdit.text().strip(),
            "family_name": self.ui.familyEdit.text().strip(),
            "original_script_name": self.ui.originalEdit.text().strip() or None,
            "phone": self.ui.phoneEdit.text().strip() or None,
            "birth_year": self._birth_year(),
            "gender": Gender(self.ui.genderCombo.currentData()),
            "languages": tuple(self.languages()),
        }
        refuse_unshowable(fields)
        if self.ui.birthYearEdit.text().strip() and fields["birth_year"] is None:
            raise DeskError("validation.invalid", field="birth_year")
        fields["country_of_birth"] = combo_code(self.ui.countryCombo, "country_of_birth")
        if HAS_PREFERRED_LANGUAGE:
            fields["preferred_language"] = combo_code(self.ui.preferredCombo, "preferred_language")
        return self._visitors.new_person(**fields)

    def _submit(self) -> None:
        if not self.isVisible():
            return
        self.check_duplicates()  # the candidates for exactly what is typed now
        if self.duplicate_hits() and not self.ui.newPersonBox.isChecked():
            self._ask_new_person()
            return
        try:
            person = self.person_from_form()
        except DeskError as error:
            self._show_error(error)
            return
        choices = self.consent_choices()
        if choices is None:
            self._error.show(None)
            self._consent_missing = True
            self._not_confirmed = False
            self._retranslate()
            for group in self.consent_groups.values():
                if group.checkedButton() is None:
                    group.buttons()[0].setFocus()
                    break
            return
        try:
            stored = self._visitors.register(
                person, choices, new_person_confirmed=self.ui.newPersonBox.isChecked()
            )
        except DeskError as error:
            if error.code == "reception.likely_duplicate":
                self.check_duplicates()
            self._show_error(error)
            return
        self._error.show(None)
        self.registered.emit(stored, self.ui.checkInBox.isChecked())
        self.accept()

    def _ask_new_person(self) -> None:
        """Registering while likely duplicates show: open one, or tick "new person"."""
        self._error.show(None)
        self._consent_missing = False
        self._not_confirmed = True
        self._retranslate()
        self.ui.duplicatesList.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, error: DeskError) -> None:
        self._consent_missing = False
        self._not_confirmed = False
        self._error.show(error)
        widgets: dict[str, QWidget] = {
            "given_name": self.ui.givenEdit,
            "family_name": self.ui.familyEdit,
            "original_script_name": self.ui.originalEdit,
            "phone": self.ui.phoneEdit,
            "birth_year": self.ui.birthYearEdit,
            "country_of_birth": self.ui.countryCombo,
            "languages": self.ui.languagesFilter,
            "preferred_language": self.ui.preferredCombo,
        }
        widgets.get(str(error.params.get("field", "")), self.ui.givenEdit).setFocus()

    def reject(self) -> None:
        self._timer.stop()
        super().reject()

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
        labels = {
            ConsentPurpose.KEEP_PROFILE: self.ui.keepLabel,
            ConsentPurpose.CONTACT_FOLLOW_UP: self.ui.contactLabel,
            ConsentPurpose.SHARE_WITH_EMPLOYERS: self.ui.employersLabel,
            ConsentPurpose.SHARE_ACROSS_HUBS: self.ui.hubsLabel,
            ConsentPurpose.MATCH_OPENINGS: self.ui.matchLabel,
        }
        for purpose, label in labels.items():
            label.setText(consent_label(purpose))
        matching = notice(ConsentPurpose.MATCH_OPENINGS, ui_language())
        if matching is not None:  # a notice of its own: its text on the row, its version said
            for widget in (self.ui.matchLabel, self.ui.matchGiven, self.ui.matchRefused):
                widget.setToolTip(matching.text)
        self.ui.noticeLabel.setText(
            self.tr(
                "Show the privacy notice (version {version}; matching with openings: version "
                "{matching}) and ask for each purpose; the visitor may refuse any of them."
            ).format(
                version=CONSENT_NOTICE_VERSION,
                matching=notice_version(ConsentPurpose.MATCH_OPENINGS),
            )
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Register"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self._consent_missing and self._error.error is None:
            self.ui.errorLabel.setText(self.tr("Choose given or refused for every consent."))
            self.ui.errorLabel.setVisible(True)
        elif self._not_confirmed and self._error.error is None:
            self.ui.errorLabel.setText(
                self.tr(
                    "This visitor may already be registered. Open the existing record, or tick "
                    "“This is a new person” if it is someone else."
                )
            )
            self.ui.errorLabel.setVisible(True)
        else:
            self._error.retranslate()
