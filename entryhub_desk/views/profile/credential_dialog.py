"""A foreign credential and its recognition in Sweden."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import Credential, EntryKind
from entryhub_desk.views.forms.ui_profile_credential_dialog import Ui_ProfileCredentialDialog
from entryhub_desk.views.profile.codes_text import choices
from entryhub_desk.views.profile.entry_dialog import (
    EntryDialog,
    combo_value,
    fill_combo,
    fill_countries,
    set_combo,
)


class CredentialDialog(EntryDialog):
    KIND = EntryKind.CREDENTIAL
    FORM = Ui_ProfileCredentialDialog
    ui: Ui_ProfileCredentialDialog

    def setup_fields(self) -> None:
        ui = self.ui
        fill_countries(ui.issuing_country, self.language, self.tr("— not given —"))
        fill_combo(ui.status, choices("recognition"))
        fill_combo(ui.bridging, choices("bridging"))
        ui.issued.field = "issued"
        ui.decision_date.field = "decision_date"

    def load(self, entry: Credential) -> None:
        ui = self.ui
        ui.name.setText(entry.name)
        ui.issuer.setText(entry.issuer)
        ui.issued.set_value(entry.issued)
        set_combo(ui.issuing_country, entry.issuing_country)
        set_combo(ui.status, entry.status)
        ui.authority.setText(entry.authority)
        ui.recognised_as.setText(entry.recognised_as)
        ui.decision_date.set_value(entry.decision_date)
        set_combo(ui.bridging, entry.bridging)

    def build(self, **common: Any) -> Credential:
        ui = self.ui
        return Credential(
            **common,
            name=ui.name.text(),
            issuer=ui.issuer.text(),
            issued=ui.issued.value(),
            issuing_country=combo_value(ui.issuing_country),
            status=combo_value(ui.status),
            authority=ui.authority.text(),
            recognised_as=ui.recognised_as.text(),
            decision_date=ui.decision_date.value(),
            bridging=combo_value(ui.bridging),
        )
