"""The desk's look (issue 14): one light and one dark scheme, icons, and the colours of states.

Qt's Fusion style with a palette of our own is the base (the same on Linux, Windows and
macOS, and it honours the palette fully); ``ui/theme.qss`` adds the shapes (rounded inputs,
cards, a visible focus ring) with the scheme's colours filled in. The accent is the hub
network's teal; every colour pair used for text has a contrast of at least 4.5:1 (WCAG AA),
checked by ``tests/views/test_theme.py``.

Icons are Lucide's (ISC licence, ``resources/icons/LICENSE.txt``): single-colour line icons
drawn in the text colour of the scheme, so they follow light and dark alike. A state is never
told by colour alone: the state's word is always written beside its colour.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidget,
    QStyle,
    QStyleFactory,
    QWidget,
)

from entryhub_desk import resources

log = logging.getLogger(__name__)

BODY_POINT_SIZE = 10.5


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    window: str
    surface: str
    alternate: str
    hover: str
    pressed: str
    text: str
    muted: str
    disabled: str
    border: str
    border_strong: str
    accent: str
    accent_strong: str
    accent_soft: str
    on_accent: str
    focus_on_accent: str
    selection: str
    link: str
    danger: str
    success: str


LIGHT = Colours(
    window="#f3f5f7",
    surface="#ffffff",
    alternate="#f7f9fa",
    hover="#eef2f4",
    pressed="#e2e8eb",
    text="#1b2127",
    muted="#56606b",
    disabled="#8c959f",
    border="#dde2e6",
    border_strong="#c2c9d0",
    accent="#0f766e",
    accent_strong="#115e59",
    accent_soft="#d7f0ec",
    on_accent="#ffffff",
    focus_on_accent="#0b3b37",
    selection="#cdebe6",
    link="#0b57d0",
    danger="#a4001d",
    success="#166534",
)

DARK = Colours(
    window="#171b1f",
    surface="#21262b",
    alternate="#262c32",
    hover="#2c333a",
    pressed="#353d45",
    text="#e7eaed",
    muted="#a3acb6",
    disabled="#6b747e",
    border="#363e46",
    border_strong="#4a535c",
    accent="#2bb3a3",
    accent_strong="#5fd0c2",
    accent_soft="#173f3b",
    on_accent="#0b1f1d",
    focus_on_accent="#e7eaed",
    selection="#1f4d48",
    link="#8ab4f8",
    danger="#ff8a80",
    success="#81c995",
)

SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}


@dataclass(frozen=True)
class StateColours:
    text: str
    background: str


#: visit states (domain.visit.VisitState values): amber waiting, blue in a meeting, green done
STATE_COLOURS: dict[Scheme, dict[str, StateColours]] = {
    Scheme.LIGHT: {
        "waiting": StateColours("#7c3d00", "#fdf0d5"),
        "in_meeting": StateColours("#1e3a8a", "#dde7fb"),
        "done": StateColours("#14532d", "#dcf3e3"),
    },
    Scheme.DARK: {
        "waiting": StateColours("#fcd38d", "#3d2e12"),
        "in_meeting": StateColours("#aecbfa", "#1c2c4a"),
        "done": StateColours("#a8dab5", "#17331f"),
    },
}

#: which icon a button or a section shows, by the widget's object name
ICONS: dict[str, str] = {
    # sidebar sections (their pages' class names)
    "ReceptionPage": "door-open",
    "ProfilePage": "user",
    "CvPage": "file-text",
    "SyncPage": "refresh-cw",
    "AdminPage": "settings",
    "EmployersPage": "briefcase",
    "MatchingPage": "handshake",
    # reception
    "newVisitorButton": "user-plus",
    "checkInButton": "log-in",
    "consentButton": "shield-check",
    "detailsButton": "pencil",
    "profileButton": "user",
    "mergeButton": "git-merge",
    "importButton": "upload",
    "visitorCardButton": "printer",
    "waitingButton": "clock",
    "meetingButton": "users",
    "doneButton": "check",
    "correctButton": "pencil",
    # CV and sync
    "printButton": "printer",
    "saveButton": "download",
    "syncNow": "refresh-cw",
}

_current = Scheme.LIGHT


def current_scheme() -> Scheme:
    return _current


def colours() -> Colours:
    return SCHEMES[_current]


def state_colours(state: str) -> StateColours | None:
    """The colours of a visit state in the current scheme (None for an unknown state)."""
    return STATE_COLOURS[_current].get(state)


def stylesheet(scheme: Scheme, arrows: dict[str, Path] | None = None) -> str:
    """The application's stylesheet for ``scheme``: the theme template filled in, then the
    rules for single widgets. ``arrows`` names the pictures of the combo and spin boxes'
    arrows (``arrow_down``, ``arrow_up``)."""
    template = resources.ui_file("theme.qss").read_text(encoding="utf-8")
    values = SCHEMES[scheme]
    for item in fields(values):
        template = template.replace(f"@{item.name}@", getattr(values, item.name))
    for name, path in (arrows or {}).items():
        template = template.replace(f"@{name}@", path.as_posix())
    if "@" in template:
        raise ValueError("theme.qss names a colour the scheme lacks")
    extra = resources.ui_file("style.qss").read_text(encoding="utf-8")
    return template + "\n" + extra


def palette(scheme: Scheme) -> QPalette:
    c = SCHEMES[scheme]
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.alternate,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.danger,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.Link: c.link,
        QPalette.ColorRole.Light: c.surface,
        QPalette.ColorRole.Midlight: c.hover,
        QPalette.ColorRole.Mid: c.border_strong,
        QPalette.ColorRole.Dark: c.border_strong,
        QPalette.ColorRole.Shadow: c.border_strong,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled))
    return pal


def apply(app: QApplication, scheme: Scheme | str = Scheme.LIGHT) -> None:
    """Give ``app`` the desk's look in ``scheme`` (an unknown name falls back to light)."""
    global _current
    try:
        chosen = Scheme(scheme)
    except ValueError:
        chosen = Scheme.LIGHT
    _current = chosen
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(palette(chosen))
    font = QFont(app.font())
    font.setPointSizeF(BODY_POINT_SIZE)
    app.setFont(font)
    try:
        app.setStyleSheet(stylesheet(chosen, _arrow_files(chosen)))
    except (OSError, ValueError):
        log.warning("theme stylesheet not usable")
    _icon.cache_clear()


_arrow_folder: Path | None = None


def _arrow_files(scheme: Scheme) -> dict[str, Path]:
    """The arrows drawn in the scheme's muted colour, as SVG files a stylesheet can name.

    A stylesheet takes pictures by file name only, and an SVG's ``currentColor`` is black to
    Qt: so the recoloured arrows are written once per process into a private folder (0700,
    removed at exit). They hold nothing but two arrows."""
    global _arrow_folder
    if _arrow_folder is None:
        _arrow_folder = Path(tempfile.mkdtemp(prefix="entryhub-theme-"))
        atexit.register(shutil.rmtree, _arrow_folder, ignore_errors=True)
    colour = SCHEMES[scheme].muted
    files: dict[str, Path] = {}
    for token, name in (("arrow_down", "chevron-down"), ("arrow_up", "chevron-up")):
        svg = resources.resource("icons", f"{name}.svg").read_bytes()
        target = _arrow_folder / f"{name}-{scheme.value}.svg"
        target.write_bytes(svg.replace(b"currentColor", colour.encode("ascii")))
        files[token] = target
    return files


@cache
def _icon(name: str, colour: str) -> QIcon:
    try:
        svg = resources.resource("icons", f"{name}.svg").read_bytes()
    except (OSError, FileNotFoundError):
        log.warning("icon missing")
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.replace(b"currentColor", colour.encode("ascii"))))
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str, *, muted: bool = False) -> QIcon:
    """A Lucide icon drawn in the scheme's text colour (or its muted colour)."""
    c = colours()
    return _icon(name, c.muted if muted else c.text)


def decorate(root: QWidget) -> None:
    """Give the buttons under ``root`` their icons (by object name, see :data:`ICONS`)."""
    for button in root.findChildren(QAbstractButton):
        name = ICONS.get(button.objectName())
        if name is not None:
            button.setIcon(icon(name))
            button.setIconSize(QSize(16, 16))


def decorate_navigation(navigation: QListWidget, pages: list[QWidget]) -> None:
    """Icons for the sidebar's items: row ``n`` shows the icon of ``pages[n]`` (by the page's
    class name)."""
    navigation.setIconSize(QSize(20, 20))
    for row, page in enumerate(pages):
        name = ICONS.get(type(page).__name__)
        item = navigation.item(row)
        if name is not None and item is not None:
            item.setIcon(icon(name))


def fit_navigation(navigation: QListWidget) -> None:
    """The sidebar as wide as its widest section name with its icon (after each change of
    language): a narrow window narrows the section beside it, never cuts the names."""
    navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # the items' own widths, the list's frame on both sides, and room for a vertical scroll
    # bar should the window be too low for every item
    width = (
        navigation.sizeHintForColumn(0)
        + 2 * navigation.frameWidth()
        + navigation.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    )
    navigation.setMinimumWidth(min(width, navigation.maximumWidth()))
