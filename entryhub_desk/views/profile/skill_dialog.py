"""A skill: an ESCO skill from the picker, or free text (marked as such) where none fits."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import EntryKind, Skill
from entryhub_desk.views.forms.ui_profile_skill_dialog import Ui_ProfileSkillDialog
from entryhub_desk.views.profile.codes_text import choices
from entryhub_desk.views.profile.entry_dialog import (
    EntryDialog,
    combo_value,
    comma_list,
    fill_combo,
    set_combo,
)


class SkillDialog(EntryDialog):
    KIND = EntryKind.SKILL
    FORM = Ui_ProfileSkillDialog
    ui: Ui_ProfileSkillDialog

    def setup_fields(self) -> None:
        ui = self.ui
        ui.skill.set_kind("skill")
        ui.skill.allow_free_text = True
        fill_combo(ui.level, choices("skill_level"), none_text=self.tr("— not given —"))
        fill_combo(ui.shown_by, choices("evidence"))

    def load(self, entry: Skill) -> None:
        ui = self.ui
        if entry.skill is not None:
            ui.skill.set_code(entry.skill)
        else:
            ui.skill.set_free_text(entry.free_text)
        set_combo(ui.level, entry.level)
        set_combo(ui.shown_by, entry.shown_by)
        ui.keywords.setText(", ".join(entry.keywords))

    def build(self, **common: Any) -> Skill:
        ui = self.ui
        code = ui.skill.code()
        return Skill(
            **common,
            skill=code,
            free_text="" if code is not None else ui.skill.text(),
            level=combo_value(ui.level),
            shown_by=combo_value(ui.shown_by),
            keywords=comma_list(ui.keywords.text()),
        )
