"""Work experience: job title, ESCO occupation (with its ISCO-08 group), employer, dates."""

from __future__ import annotations

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.views.forms.ui_profile_work_dialog import Ui_ProfileWorkDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog, fill_countries


class WorkDialog(EntryDialog):
    """``isco_group`` has no widget: the service fills it from the occupation."""

    KIND = EntryKind.WORK
    FORM = Ui_ProfileWorkDialog
    ui: Ui_ProfileWorkDialog

    def setup_fields(self) -> None:
        self.ui.occupation.set_kind("occupation")
        fill_countries(self.ui.country, self.language, self.tr("— not given —"))
