"""Interests, and the business idea of someone who wants their own business (one per person)."""

from __future__ import annotations

from entryhub_desk.domain.profile import EntryKind
from entryhub_desk.views.forms.ui_profile_business_dialog import Ui_ProfileBusinessDialog
from entryhub_desk.views.forms.ui_profile_interest_dialog import Ui_ProfileInterestDialog
from entryhub_desk.views.profile.entry_dialog import EntryDialog


class InterestDialog(EntryDialog):
    KIND = EntryKind.INTEREST
    FORM = Ui_ProfileInterestDialog
    ui: Ui_ProfileInterestDialog


class BusinessDialog(EntryDialog):
    KIND = EntryKind.BUSINESS
    FORM = Ui_ProfileBusinessDialog
    ui: Ui_ProfileBusinessDialog
