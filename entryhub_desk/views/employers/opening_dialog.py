"""Add or edit an employer's opening: title, ESCO occupation and skills (the profile's picker),
languages with CEFR levels, licences, education, hard requirements, kind, hours, place, dates,
places, state and notes.

The widgets are named after the fields of :class:`~entryhub_desk.domain.employers.Opening`, so
the profile's :mod:`binder` loads and builds the opening; the languages have a widget of their
own (:class:`LanguageLevels`). Every label has a mnemonic that reaches its field; Escape or
Cancel asks before dropping what was typed (:class:`DiscardGuard`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from entryhub_desk.domain.employers import (
    Employer,
    HardRequirement,
    Opening,
    OpeningKind,
    OpeningState,
)
from entryhub_desk.domain.profile import DrivingCategory
from entryhub_desk.errors import DeskError
from entryhub_desk.services.openings import OpeningsService
from entryhub_desk.views.common import InlineError, is_language_change
from entryhub_desk.views.discard_guard import DiscardGuard
from entryhub_desk.views.employers.labels import hard_label, kind_label, opening_state_label
from entryhub_desk.views.employers.language_levels import LanguageLevels
from entryhub_desk.views.profile import binder
from entryhub_desk.views.profile.binder import fill_combo
from entryhub_desk.views.profile.codes_text import code_text
from entryhub_desk.views.profile.partial_date_edit import PartialDateEdit
from entryhub_desk.views.profile.picker import Picker, PickerList

LICENCES_PER_ROW = 8


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class OpeningDialog(QDialog):
    """Emits :attr:`saved` with the stored opening."""

    saved = Signal(object)

    def __init__(
        self,
        openings: OpeningsService,
        employer: Employer,
        opening: Opening | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OpeningDialog")
        self._openings = openings
        self.employer = employer
        self.original = opening
        self.read_only = read_only and opening is not None
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._build()
        binder.prepare(self, Opening)
        self._fill()
        if opening is not None:
            binder.load(self, opening)
            self.languages.set_requirements(opening.languages)
        self._error = InlineError(self.errorLabel)
        self.buttons.accepted.connect(self.save)
        self.guard = DiscardGuard(self)
        self.buttons.rejected.connect(self.guard.cancel)
        if self.read_only:  # roles that may see openings but not change them
            for widget in self.body.findChildren(QWidget):
                if not isinstance(widget, QLabel | QScrollArea) and widget.parent() is self.body:
                    widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(False)
        self._retranslate()
        self.resize(720, 760)
        self.title.setFocus()

    # -- the form -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        self.body = body
        scroll.setWidget(body)
        form = QFormLayout(body)
        self.employerLabel = QLabel(body)
        self.employerLabel.setObjectName("employerLabel")
        self.employerLabel.setProperty("role", "hint")
        form.addRow(self.employerLabel)

        self.title = QLineEdit(body)
        self.title.setObjectName("title")
        self.title.setMaxLength(200)
        self.occupation = Picker(body)
        self.occupation.setObjectName("occupation")
        self.must_skills = PickerList(body)
        self.must_skills.setObjectName("must_skills")
        self.must_skills.set_kind("skill")
        self.nice_skills = PickerList(body)
        self.nice_skills.setObjectName("nice_skills")
        self.nice_skills.set_kind("skill")
        self.languages = LanguageLevels(body)
        self.languages.setObjectName("languageRequirements")
        self.licences = QGroupBox(body)
        self.licences.setObjectName("licences")
        self.licences.setFlat(True)
        grid = QGridLayout(self.licences)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, category in enumerate(DrivingCategory):
            box = QCheckBox(category.value, self.licences)
            box.setObjectName(f"licence{category.value}")
            box.setProperty("code", category.value)
            grid.addWidget(box, index // LICENCES_PER_ROW, index % LICENCES_PER_ROW)
        self.min_education = QComboBox(body)
        self.min_education.setObjectName("min_education")
        self.hard = QWidget(body)
        self.hard.setObjectName("hard")
        hard_row = QGridLayout(self.hard)
        hard_row.setContentsMargins(0, 0, 0, 0)
        self.hard_boxes: dict[HardRequirement, QCheckBox] = {}
        for index, requirement in enumerate(HardRequirement):
            box = QCheckBox(self.hard)
            box.setObjectName(f"hard_{requirement.value}")
            box.setProperty("code", requirement.value)
            hard_row.addWidget(box, index // 3, index % 3)
            self.hard_boxes[requirement] = box
        self.kind = QComboBox(body)
        self.kind.setObjectName("kind")
        self.hours_per_week = QSpinBox(body)
        self.hours_per_week.setObjectName("hours_per_week")
        self.hours_per_week.setRange(0, 80)
        self.municipality = QLineEdit(body)
        self.municipality.setObjectName("municipality")
        self.municipality.setMaxLength(100)
        self.remote = QCheckBox(body)
        self.remote.setObjectName("remote")
        place = QHBoxLayout()
        place.addWidget(self.municipality, 1)
        place.addWidget(self.remote)
        self.starts = PartialDateEdit(body)
        self.starts.setObjectName("starts")
        self.apply_by = PartialDateEdit(body)
        self.apply_by.setObjectName("apply_by")
        self.places = QSpinBox(body)
        self.places.setObjectName("places")
        self.places.setRange(1, 1000)
        self.state = QComboBox(body)
        self.state.setObjectName("state")
        self.notes = QPlainTextEdit(body)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)

        self._labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            ("title", self.title, self.title),
            ("occupation", self.occupation, self.occupation),
            ("must_skills", self.must_skills, self.must_skills),
            ("nice_skills", self.nice_skills, self.nice_skills),
            ("languages", self.languages, self.languages),
            ("licences", self.licences, self.licences.findChildren(QCheckBox)[0]),
            ("min_education", self.min_education, self.min_education),
            ("hard", self.hard, self.hard_boxes[HardRequirement.OCCUPATION]),
            ("kind", self.kind, self.kind),
            ("hours_per_week", self.hours_per_week, self.hours_per_week),
            ("municipality", place, self.municipality),
            ("starts", self.starts, self.starts),
            ("apply_by", self.apply_by, self.apply_by),
            ("places", self.places, self.places),
            ("state", self.state, self.state),
            ("notes", self.notes, self.notes),
        ]
        for name, field, buddy in rows:
            label = QLabel(body)
            label.setObjectName(f"{name}Label")
            label.setBuddy(buddy)
            self._labels[name] = label
            if isinstance(field, QHBoxLayout):
                form.addRow(label, field)
            else:
                form.addRow(label, field)
        outer.addWidget(scroll, 1)
        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("errorLabel")
        self.errorLabel.setWordWrap(True)
        outer.addWidget(self.errorLabel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("buttonBox")
        outer.addWidget(self.buttons)

    def _fill(self) -> None:
        none_text = QCoreApplication.translate("EntryDialog", "— not given —")
        levels = [(level, _capitalised(code_text("isced", level))) for level in range(9)]
        fill_combo(self.min_education, levels, none_text=none_text)
        fill_combo(self.kind, [(k.value, kind_label(k)) for k in OpeningKind])
        fill_combo(self.state, [(s.value, opening_state_label(s)) for s in OpeningState])
        self.hours_per_week.setSpecialValueText(self.tr("not given"))
        self.hours_per_week.setSuffix(self.tr(" h"))

    # -- save -----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        fields = binder.values(self, Opening)
        fields["languages"] = self.languages.requirements()
        return fields

    def opening_from_form(self) -> Opening:
        """What Save stores (a picker's typed text naming one concept is taken, else refused)."""
        for widget in self.findChildren(QWidget):
            commit = getattr(widget, "commit_typed", None)
            if callable(commit):
                commit()
        fields = self.values()
        if self.original is not None:
            return dataclasses.replace(self.original, **fields)
        return Opening(
            employer_id=self.employer.id,
            added_by_hub=self.employer.added_by_hub,
            added_at=self.employer.added_at,
            **fields,
        )

    def save(self) -> None:
        if self.read_only:
            return
        try:
            if self.original is not None:
                stored = self._openings.save(self.opening_from_form())
            else:
                self.opening_from_form()  # refuses what is wrong before anything is stored
                fields = self.values()
                title = fields.pop("title")
                stored = self._openings.add(employer_id=self.employer.id, title=title, **fields)
        except DeskError as error:
            self._error.show(error)
            self._focus_field(error)
            return
        self.saved.emit(stored)
        self.accept()

    def _focus_field(self, error: DeskError) -> None:
        field = str(error.params.get("field", ""))
        if field == "languages":
            self.languages.setFocus()
            return
        widget = self.findChild(QWidget, field) if field else None
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._fill()
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        if self.read_only:
            self.setWindowTitle(self.tr("Opening"))
        else:
            self.setWindowTitle(
                self.tr("New opening") if self.original is None else self.tr("Edit opening")
            )
        self.employerLabel.setText(
            self.tr("Opening at {employer}").format(employer=self.employer.name)
        )
        texts = {
            "title": self.tr("&Title"),
            "occupation": self.tr("&Occupation (ESCO)"),
            "must_skills": self.tr("&Must-have skills"),
            "nice_skills": self.tr("&Nice-to-have skills"),
            "languages": self.tr("&Languages (lowest level)"),
            "licences": self.tr("&Driving licence"),
            "min_education": self.tr("Minimum &education"),
            "hard": self.tr("Hard re&quirements"),
            "kind": self.tr("&Kind"),
            "hours_per_week": self.tr("&Hours per week"),
            "municipality": self.tr("Mun&icipality"),
            "starts": self.tr("&When it starts"),
            "apply_by": self.tr("&Apply by"),
            "places": self.tr("&Places"),
            "state": self.tr("Stat&us"),
            "notes": self.tr("Note&s"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.remote.setText(self.tr("&Remote work possible"))
        for requirement, box in self.hard_boxes.items():
            box.setText(hard_label(requirement))
        self.hard.setToolTip(
            self.tr(
                "A visitor who misses a hard requirement is not listed; otherwise a miss is "
                "shown as a near miss."
            )
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Close") if self.read_only else self.tr("Cancel"))
        self._error.retranslate()
