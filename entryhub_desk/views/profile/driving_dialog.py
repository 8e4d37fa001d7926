"""A driving licence: categories of directive 2006/126/EC, issuing country, valid in Sweden."""

from __future__ import annotations

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.views.forms.ui_profile_driving_dialog import Ui_ProfileDrivingDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog, fill_countries


class DrivingDialog(EntryDialog):
    """The group ``categories`` holds one check box per category (its ``code`` property)."""

    KIND = EntryKind.DRIVING
    FORM = Ui_ProfileDrivingDialog
    ui: Ui_ProfileDrivingDialog

    def setup_fields(self) -> None:
        fill_countries(self.ui.issuing_country, self.language, self.tr("— not given —"))
