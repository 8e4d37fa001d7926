"""Work experience: job title, ESCO occupation (with its ISCO-08 group), employer, dates."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import EntryKind, Work
from entryhub_desk.views.forms.ui_profile_work_dialog import Ui_ProfileWorkDialog
from entryhub_desk.views.profile.codes_text import choices
from entryhub_desk.views.profile.entry_dialog import (
    EntryDialog,
    combo_value,
    fill_combo,
    fill_countries,
    lines,
    set_combo,
)


class WorkDialog(EntryDialog):
    KIND = EntryKind.WORK
    FORM = Ui_ProfileWorkDialog
    ui: Ui_ProfileWorkDialog

    def setup_fields(self) -> None:
        ui = self.ui
        ui.occupation.set_kind("occupation")
        fill_countries(ui.country, self.language, self.tr("— not given —"))
        fill_combo(ui.work_type, choices("work_type"))
        ui.start.field = "start"
        ui.end.field = "end"

    def load(self, entry: Work) -> None:
        ui = self.ui
        ui.title.setText(entry.title)
        ui.occupation.set_code(entry.occupation)
        ui.employer.setText(entry.employer)
        ui.place.setText(entry.place)
        set_combo(ui.country, entry.country)
        ui.start.set_value(entry.start)
        ui.end.set_value(entry.end)
        ui.tasks.setPlainText("\n".join(entry.tasks))
        ui.description.setPlainText(entry.description)
        set_combo(ui.work_type, entry.work_type)

    def build(self, **common: Any) -> Work:
        ui = self.ui
        return Work(
            **common,
            title=ui.title.text(),
            occupation=ui.occupation.code(),
            employer=ui.employer.text(),
            place=ui.place.text(),
            country=combo_value(ui.country),
            start=ui.start.value(),
            end=ui.end.value(),
            tasks=lines(ui.tasks.toPlainText()),
            description=ui.description.toPlainText(),
            work_type=combo_value(ui.work_type),
        )
