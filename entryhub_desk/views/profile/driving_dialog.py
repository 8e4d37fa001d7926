"""A driving licence: categories of directive 2006/126/EC, issuing country, valid in Sweden."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox

from entryhub_desk.domain.profile import DrivingCategory, DrivingLicence, EntryKind
from entryhub_desk.views.forms.ui_profile_driving_dialog import Ui_ProfileDrivingDialog
from entryhub_desk.views.profile.entry_dialog import (
    EntryDialog,
    combo_value,
    fill_countries,
    set_combo,
)


class DrivingDialog(EntryDialog):
    KIND = EntryKind.DRIVING
    FORM = Ui_ProfileDrivingDialog
    ui: Ui_ProfileDrivingDialog

    def _boxes(self) -> dict[DrivingCategory, QCheckBox]:
        return {c: getattr(self.ui, f"category{c.value}") for c in DrivingCategory}

    def setup_fields(self) -> None:
        fill_countries(self.ui.issuing_country, self.language, self.tr("— not given —"))

    def load(self, entry: DrivingLicence) -> None:
        for category, box in self._boxes().items():
            box.setChecked(category in entry.categories)
        set_combo(self.ui.issuing_country, entry.issuing_country)
        self.ui.valid_in_sweden.setChecked(bool(entry.valid_in_sweden))

    def build(self, **common: Any) -> DrivingLicence:
        return DrivingLicence(
            **common,
            categories=tuple(c for c, box in self._boxes().items() if box.isChecked()),
            issuing_country=combo_value(self.ui.issuing_country),
            valid_in_sweden=self.ui.valid_in_sweden.isChecked(),
        )
