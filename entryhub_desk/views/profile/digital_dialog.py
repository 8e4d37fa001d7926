"""Digital skills: one DigComp 2.2 area and the level in it (basic, independent, proficient)."""

from __future__ import annotations

from typing import Any

from entryhub_desk.domain.profile import DigitalSkill, EntryKind
from entryhub_desk.views.forms.ui_profile_digital_dialog import Ui_ProfileDigitalDialog
from entryhub_desk.views.profile.codes_text import choices
from entryhub_desk.views.profile.entry_dialog import EntryDialog, combo_value, fill_combo, set_combo


class DigitalDialog(EntryDialog):
    KIND = EntryKind.DIGITAL
    FORM = Ui_ProfileDigitalDialog
    ui: Ui_ProfileDigitalDialog

    def setup_fields(self) -> None:
        fill_combo(self.ui.area, choices("digcomp_area"))
        fill_combo(self.ui.level, choices("digital_level"))

    def load(self, entry: DigitalSkill) -> None:
        set_combo(self.ui.area, entry.area)
        set_combo(self.ui.level, entry.level)

    def build(self, **common: Any) -> DigitalSkill:
        return DigitalSkill(
            **common, area=combo_value(self.ui.area), level=combo_value(self.ui.level)
        )
