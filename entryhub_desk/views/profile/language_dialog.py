"""A language with the Europass self-assessment grid (CEFR A1–C2 per part)."""

from __future__ import annotations

from entryhub_desk.domain.profile import CEFR_SKILLS, CefrLevel, EntryKind
from entryhub_desk.taxonomy import all_languages
from entryhub_desk.views.forms.ui_profile_language_dialog import Ui_ProfileLanguageDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog, fill_combo


class LanguageDialog(EntryDialog):
    """The grid's combo boxes are editable: what is typed is the level ("C3" is refused)."""

    KIND = EntryKind.LANGUAGE
    FORM = Ui_ProfileLanguageDialog
    ui: Ui_ProfileLanguageDialog

    def setup_fields(self) -> None:
        fill_combo(self.ui.language, all_languages(self.language), none_text=self.tr("— choose —"))
        for part in CEFR_SKILLS:
            combo = getattr(self.ui, part)
            if combo.count() == 0:
                combo.addItem("")
                combo.addItems([level.value for level in CefrLevel])
            combo.setToolTip(self.tr("A1 (beginner) to C2 (mastery); empty if not assessed"))
