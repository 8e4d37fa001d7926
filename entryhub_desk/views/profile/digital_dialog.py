"""Digital skills: one DigComp 2.2 area and the level in it (basic, independent, proficient)."""

from __future__ import annotations

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.views.forms.ui_profile_digital_dialog import Ui_ProfileDigitalDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog


class DigitalDialog(EntryDialog):
    """Area and level are label tables: the binder fills and reads both combos."""

    KIND = EntryKind.DIGITAL
    FORM = Ui_ProfileDigitalDialog
    ui: Ui_ProfileDigitalDialog
