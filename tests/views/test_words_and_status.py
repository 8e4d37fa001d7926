"""Words, numbers and status: Swedish date and time conventions in English too, the About box
lists every bundled licence (headings translated), a refused enrolment is not promised a retry,
a receptionist's Sync page explains, the status bar counts live and in the singular for one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from entryhub_desk.errors import DeskError
from entryhub_desk.services import Desk
from entryhub_desk.services.visitors import VisitorsService
from entryhub_desk.views.about_dialog import AboutDialog
from entryhub_desk.views.error_text import error_text
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.reception.display import date_text, date_time_text, time_text
from entryhub_desk.views.settings import DeskSettings
from entryhub_desk.views.sync import status_label
from tests.views.conftest import RECEPTIONIST, RECEPTIONIST_PASSWORD, open_main_window


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_dates_and_times_follow_swedish_conventions(translations: Translations, lang: str) -> None:
    translations.switch(lang)
    moment = datetime(2026, 12, 6, 21, 14, tzinfo=UTC).astimezone()
    local = moment.astimezone()
    assert date_text(moment) == local.strftime("%Y-%m-%d")
    assert time_text(moment) == local.strftime("%H:%M")  # 24-hour clock, no AM/PM
    assert date_time_text(moment) == local.strftime("%Y-%m-%d %H:%M")
    assert "PM" not in time_text(moment) and "/" not in date_text(moment)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_about_box_lists_every_bundled_licence(
    qtbot: QtBot, translations: Translations, lang: str
) -> None:
    translations.switch(lang)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.ui.licencesText.toPlainText()
    for part in ("Noto", "SIL Open Font License", "ESCO", "CLDR", "pycountry", "JSON Resume"):
        assert part in text, part
    assert "Permission is hereby granted" in text  # the JSON Resume MIT text itself
    assert "This program uses the ESCO classification" in text  # ESCO's own English words
    if lang == "sv":
        assert "ESCO-klassificeringen" in text  # the heading is Swedish


def test_a_refused_enrolment_is_not_promised_a_retry(translations: Translations) -> None:
    translations.switch("en")
    text = error_text(DeskError("sync.enrol_unreachable", detail="timeout"))
    assert "by itself" not in text and "Enrol again" in text


def test_the_lock_screen_asks_only_for_the_password(translations: Translations) -> None:
    translations.switch("sv")
    assert error_text(DeskError("auth.lock_wrong_password")) == "Fel lösenord. Försök igen."


def test_a_receptionists_sync_page_explains_and_the_status_bar_counts_live(
    qtbot: QtBot,
    set_up_desk: Desk,
    settings: DeskSettings,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(status_label, "REFRESH_MS", 50)
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, RECEPTIONIST, RECEPTIONIST_PASSWORD
    )
    page = window.sync.page
    assert page.ui.stateValue.text().startswith(
        "This desk is not connected yet: ask your coordinator"
    )
    assert not page.ui.syncNow.isVisibleTo(page)
    label = window.sync.label
    before = label.text()
    visitors = VisitorsService(window.session)
    visitors.register(visitors.new_person(given_name="Sara", family_name="Tesfay"), [])
    qtbot.waitUntil(lambda: label.text() != before)  # without a sync round
    assert "changes waiting" in label.text()
