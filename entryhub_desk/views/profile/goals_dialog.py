"""Goals (one per person) and the next steps agreed with the volunteer."""

from __future__ import annotations

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.views.forms.ui_profile_goals_dialog import Ui_ProfileGoalsDialog
from entryhub_desk.views.forms.ui_profile_next_step_dialog import Ui_ProfileNextStepDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog


class GoalsDialog(EntryDialog):
    KIND = EntryKind.GOALS
    FORM = Ui_ProfileGoalsDialog
    ui: Ui_ProfileGoalsDialog

    def setup_fields(self) -> None:
        self.ui.desired_occupations.set_kind("occupation")
        self.ui.hours_per_week.setRange(0, 80)
        self.ui.hours_per_week.setSpecialValueText(self.tr("not given"))


class NextStepDialog(EntryDialog):
    KIND = EntryKind.NEXT_STEP
    FORM = Ui_ProfileNextStepDialog
    ui: Ui_ProfileNextStepDialog
