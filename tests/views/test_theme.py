"""The desk's look: readable colours, a stylesheet Qt accepts, icons that exist, the state
pill, and the dark theme switched from the View menu."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from entryhub_desk import resources
from entryhub_desk.domain.person import Person
from entryhub_desk.domain.visit import Visit, VisitState
from entryhub_desk.ids import new_id
from entryhub_desk.services import Desk
from entryhub_desk.services.reception_types import VisitRow
from entryhub_desk.views import theme
from entryhub_desk.views.i18n import Translations
from entryhub_desk.views.reception.state_delegate import StatePillDelegate
from entryhub_desk.views.reception.visits_model import STATE, VisitsTableModel
from entryhub_desk.views.settings import DeskSettings
from tests.conftest import COORDINATOR, COORDINATOR_PASSWORD
from tests.views.conftest import open_main_window


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, theme.Scheme.LIGHT)


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_text_colours_are_readable_on_their_backgrounds(scheme: theme.Scheme) -> None:
    c = theme.SCHEMES[scheme]
    pairs = {
        "text on surface": (c.text, c.surface),
        "text on window": (c.text, c.window),
        "text on selection": (c.text, c.selection),
        "text on the soft accent": (c.text, c.accent_soft),
        "accent text on the soft accent": (c.accent_strong, c.accent_soft),
        "muted on surface": (c.muted, c.surface),
        "muted on window": (c.muted, c.window),
        "on-accent on accent": (c.on_accent, c.accent),
        "link on surface": (c.link, c.surface),
        "danger on window": (c.danger, c.window),
        "success on window": (c.success, c.window),
    }
    for state in VisitState:
        pill = theme.STATE_COLOURS[scheme][state.value]
        pairs[f"state {state.value}"] = (pill.text, pill.background)
    weak = {name: round(contrast(*pair), 2) for name, pair in pairs.items()}
    weak = {name: ratio for name, ratio in weak.items() if ratio < 4.5}
    assert weak == {}


@pytest.mark.parametrize("scheme", list(theme.Scheme))
def test_every_colour_token_is_filled_and_qt_takes_the_stylesheet(
    qapp: QApplication, scheme: theme.Scheme
) -> None:
    template = resources.ui_file("theme.qss").read_text(encoding="utf-8")
    names = {item.name for item in fields(theme.Colours)} | {"arrow_down", "arrow_up"}
    used = set(template.split("@")[1::2])
    assert used <= names, used - names
    theme.apply(qapp, scheme)
    sheet = qapp.styleSheet()
    assert sheet and "@" not in sheet
    assert theme.SCHEMES[scheme].accent in sheet
    assert qapp.palette().color(qapp.palette().ColorRole.Base) == QColor(
        theme.SCHEMES[scheme].surface
    )


def test_no_left_or_right_in_the_stylesheet_so_right_to_left_mirrors() -> None:
    for name in ("theme.qss", "style.qss"):
        rules = resources.ui_file(name).read_text(encoding="utf-8")
        body = "\n".join(line for line in rules.splitlines() if not line.lstrip().startswith("/*"))
        for word in ("margin-left", "margin-right", "padding-left", "padding-right"):
            assert word not in body, (name, word)


def test_every_named_icon_is_bundled_and_drawn(qapp: QApplication) -> None:
    for name in set(theme.ICONS.values()):
        icon = theme.icon(name)
        assert not icon.isNull(), name
        image = icon.pixmap(QSize(24, 24)).toImage()
        painted = sum(1 for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 0)
        assert painted > 10, name  # a drawn line, not an empty square


def test_the_icon_follows_the_scheme_colour(qapp: QApplication) -> None:
    def darkest(scheme: theme.Scheme) -> int:
        theme.apply(qapp, scheme)
        image = theme.icon("check").pixmap(QSize(24, 24)).toImage()
        values = [
            image.pixelColor(x, y).lightness()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() == 255
        ]
        return min(values)

    assert darkest(theme.Scheme.LIGHT) < 80 < darkest(theme.Scheme.DARK)


def _visit_row(state: VisitState) -> VisitRow:
    person = Person(given_name="Amal", family_name="Hassan", hub_id=new_id())
    visit = Visit(person_id=person.id, hub_id=new_id(), visited_at=datetime.now(UTC), state=state)
    return VisitRow(visit=visit, person=person, handled_by_name="")


@pytest.mark.parametrize("state", list(VisitState))
def test_a_state_is_told_by_its_word_and_its_colour(
    qtbot: QtBot, qapp: QApplication, state: VisitState
) -> None:
    model = VisitsTableModel()
    model.set_rows([_visit_row(state)])
    index = model.index(0, STATE)
    assert index.data() and index.data() != state.value  # a translated word, not the code
    colours = theme.state_colours(state.value)
    assert colours is not None
    assert index.data(Qt.ItemDataRole.BackgroundRole) == QColor(colours.background)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    image = QImage(160, 30, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.fontMetrics = view.fontMetrics()
    option.widget = view
    StatePillDelegate().paint(painter, option, index)
    painter.end()
    seen = {image.pixelColor(x, 15).name() for x in range(0, 160)}
    assert colours.background in seen  # the pill


def test_dark_theme_from_the_view_menu_is_kept(
    qtbot: QtBot, set_up_desk: Desk, settings: DeskSettings, translations: Translations
) -> None:
    window = open_main_window(
        qtbot, set_up_desk, settings, translations, COORDINATOR, COORDINATOR_PASSWORD
    )
    assert window.darkThemeAction in window.ui.menuView.actions()
    window.darkThemeAction.trigger()
    assert settings.theme() == "dark"
    assert theme.current_scheme() is theme.Scheme.DARK
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert theme.DARK.window in app.styleSheet()
    window.darkThemeAction.trigger()
    assert settings.theme() == "light"
