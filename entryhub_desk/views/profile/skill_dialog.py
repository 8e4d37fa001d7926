"""A skill: an ESCO skill from the picker, or free text (marked as such) where none fits."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import EntryKind, Skill
from entryhub_desk.views.forms.ui_profile_skill_dialog import Ui_ProfileSkillDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog


class SkillDialog(EntryDialog):
    """The picker ``skill`` also holds the free text (the field ``free_text`` has no widget)."""

    KIND = EntryKind.SKILL
    FORM = Ui_ProfileSkillDialog
    ui: Ui_ProfileSkillDialog

    def setup_fields(self) -> None:
        self.ui.skill.set_kind("skill")
        self.ui.skill.allow_free_text = True

    def load(self, entry: Skill) -> None:
        super().load(entry)
        if entry.skill is None:
            self.ui.skill.set_free_text(entry.free_text)

    def values(self) -> dict[str, Any]:
        values = super().values()
        values["free_text"] = "" if values["skill"] is not None else self.ui.skill.text()
        return values
