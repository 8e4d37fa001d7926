"""A foreign credential and its recognition in Sweden."""

from __future__ import annotations

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.views.forms.ui_profile_credential_dialog import Ui_ProfileCredentialDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog, fill_countries


class CredentialDialog(EntryDialog):
    KIND = EntryKind.CREDENTIAL
    FORM = Ui_ProfileCredentialDialog
    ui: Ui_ProfileCredentialDialog

    def setup_fields(self) -> None:
        fill_countries(self.ui.issuing_country, self.language, self.tr("— not given —"))
