"""Interests, and the business idea of someone who wants their own business (one per person)."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import Business, EntryKind, Interest
from entryhub_desk.views.forms.ui_profile_business_dialog import Ui_ProfileBusinessDialog
from entryhub_desk.views.forms.ui_profile_interest_dialog import Ui_ProfileInterestDialog
from entryhub_desk.views.profile.codes_text import choices
from entryhub_desk.views.profile.entry_dialog import (
    EntryDialog,
    combo_value,
    comma_list,
    fill_combo,
    set_combo,
)


class InterestDialog(EntryDialog):
    KIND = EntryKind.INTEREST
    FORM = Ui_ProfileInterestDialog
    ui: Ui_ProfileInterestDialog

    def load(self, entry: Interest) -> None:
        self.ui.name.setText(entry.name)
        self.ui.keywords.setText(", ".join(entry.keywords))

    def build(self, **common: Any) -> Interest:
        return Interest(
            **common, name=self.ui.name.text(), keywords=comma_list(self.ui.keywords.text())
        )


class BusinessDialog(EntryDialog):
    KIND = EntryKind.BUSINESS
    FORM = Ui_ProfileBusinessDialog
    ui: Ui_ProfileBusinessDialog

    def setup_fields(self) -> None:
        fill_combo(self.ui.sector, choices("sector"), none_text=self.tr("— not given —"))

    def load(self, entry: Business) -> None:
        ui = self.ui
        ui.idea.setPlainText(entry.idea)
        set_combo(ui.sector, entry.sector)
        ui.experience.setPlainText(entry.experience)
        ui.support_wanted.setPlainText(entry.support_wanted)

    def build(self, **common: Any) -> Business:
        ui = self.ui
        return Business(
            **common,
            idea=ui.idea.toPlainText(),
            sector=combo_value(ui.sector),
            experience=ui.experience.toPlainText(),
            support_wanted=ui.support_wanted.toPlainText(),
        )
