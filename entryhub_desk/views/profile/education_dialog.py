"""Education: institution, field, title, ISCED 2011 level (EQF/SeQF shown alongside), dates."""

from __future__ import annotations

from entryhub_desk.domain.profile import EQF_FOR_ISCED, EntryKind
from entryhub_desk.views.forms.ui_profile_education_dialog import Ui_ProfileEducationDialog
from entryhub_desk.views.profile.codes_text import code_text
from entryhub_desk.views.profile.entry_dialog import (
    EntryDialog,
    combo_value,
    fill_combo,
    fill_countries,
)


class EducationDialog(EntryDialog):
    """``eqf_level`` has no widget: the entry derives it from the ISCED level (shown beside)."""

    KIND = EntryKind.EDUCATION
    FORM = Ui_ProfileEducationDialog
    ui: Ui_ProfileEducationDialog

    def setup_fields(self) -> None:
        ui = self.ui
        fill_countries(ui.country, self.language, self.tr("— not given —"))
        # Plain names of the ISCED 2011 levels (the scheme's name means nothing to a visitor).
        levels = [(level, _capitalised(code_text("isced", level))) for level in range(9)]
        fill_combo(ui.isced_level, levels, none_text=self.tr("— not given —"))
        if not getattr(self, "_eqf_connected", False):
            ui.isced_level.currentIndexChanged.connect(self._show_eqf)
            self._eqf_connected = True
        self._show_eqf()

    def _show_eqf(self) -> None:
        level = combo_value(self.ui.isced_level)
        eqf = EQF_FOR_ISCED.get(level) if isinstance(level, int) else None
        self.ui.eqfLabel.setText(
            self.tr("EQF / SeQF level {level}").format(level=eqf) if eqf is not None else ""
        )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
