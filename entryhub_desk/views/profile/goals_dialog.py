"""Goals (one per person) and the next steps agreed with the volunteer."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import EntryKind, Goals, GoalType, NextStep
from entryhub_desk.views.forms.ui_profile_goals_dialog import Ui_ProfileGoalsDialog
from entryhub_desk.views.forms.ui_profile_next_step_dialog import Ui_ProfileNextStepDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog


class GoalsDialog(EntryDialog):
    KIND = EntryKind.GOALS
    FORM = Ui_ProfileGoalsDialog
    ui: Ui_ProfileGoalsDialog

    def _wants(self) -> dict[GoalType, Any]:
        ui = self.ui
        return {
            GoalType.JOB: ui.wantsJob,
            GoalType.EDUCATION: ui.wantsEducation,
            GoalType.SWEDISH_COURSE: ui.wantsSwedishCourse,
            GoalType.VALIDATION: ui.wantsValidation,
            GoalType.BUSINESS: ui.wantsBusiness,
        }

    def setup_fields(self) -> None:
        self.ui.desired_occupations.set_kind("occupation")
        self.ui.available_from.field = "available_from"
        self.ui.hours_per_week.setRange(0, 80)
        self.ui.hours_per_week.setSpecialValueText(self.tr("not given"))

    def load(self, entry: Goals) -> None:
        for goal, box in self._wants().items():
            box.setChecked(goal in entry.wants)
        self.ui.desired_occupations.set_codes(list(entry.desired_occupations))
        self.ui.available_from.set_value(entry.available_from)
        self.ui.hours_per_week.setValue(entry.hours_per_week or 0)
        self.ui.summary.setPlainText(entry.summary)
        self.ui.appraisal.setPlainText(entry.appraisal)

    def build(self, **common: Any) -> Goals:
        ui = self.ui
        return Goals(
            **common,
            wants=tuple(goal for goal, box in self._wants().items() if box.isChecked()),
            desired_occupations=tuple(ui.desired_occupations.codes()),
            available_from=ui.available_from.value(),
            hours_per_week=ui.hours_per_week.value() or None,
            summary=ui.summary.toPlainText(),
            appraisal=ui.appraisal.toPlainText(),
        )


class NextStepDialog(EntryDialog):
    KIND = EntryKind.NEXT_STEP
    FORM = Ui_ProfileNextStepDialog
    ui: Ui_ProfileNextStepDialog

    def setup_fields(self) -> None:
        self.ui.due.field = "due"

    def load(self, entry: NextStep) -> None:
        self.ui.text.setText(entry.text)
        self.ui.due.set_value(entry.due)
        self.ui.done.setChecked(entry.done)

    def build(self, **common: Any) -> NextStep:
        return NextStep(
            **common,
            text=self.ui.text.text(),
            due=self.ui.due.value(),
            done=self.ui.done.isChecked(),
        )
