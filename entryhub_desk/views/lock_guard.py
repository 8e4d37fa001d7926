"""What "locked" means for the whole application, not a list of known actions.

:class:`LockGuard` is engaged when the desk locks and released when it unlocks:

- **Windows.** Every visible top-level widget other than the main window (dialogs opened by any
  page, parentless windows, progress dialogs) is hidden and shown again at unlock, with its
  enabled state and focus untouched. Popups, menus and tool-tips are closed. An
  application-modal dialog (one running its own ``exec()`` loop) and file, printer, colour and
  font dialogs (which may be the platform's own, which Qt cannot hide) are answered *Cancel*:
  their nested loop ends and the person asks again after unlock. A window shown while locked
  (a background job that finishes with a message) is put away at once (a non-modal one never
  reaches the screen) and appears at unlock. So a background job reports with ``open()``,
  never ``exec()``: an exec'd dialog shown while locked is answered *Cancel* and its message
  is lost.
- **Actions.** Every ``QAction`` under the main window and under every top-level window (menu
  entries, menu-bar entries, page actions, dialogs' own actions) joins a disabled lock group,
  so it can neither fire by its shortcut nor by ``trigger()``. A group is a layer: what the
  program sets with ``setEnabled`` while locked is kept and becomes visible at unlock; an
  action disabled before the lock stays disabled. Actions in a group of their own (the
  language choice) are locked by disabling their group. ``QShortcut`` objects and the menu bar
  are disabled and restored to their exact earlier state.
- **Input.** An application event filter swallows shortcuts, keys, mouse, wheel, context-menu
  and drop events aimed at anything but the lock page, so actions created later (by a page or
  a dialog while locked) cannot fire either.
"""

from __future__ import annotations

import logging
from typing import Final, TypeGuard, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionEvent, QActionGroup, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPageSetupDialog
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QToolTip,
    QWidget,
)

log = logging.getLogger(__name__)

_O = TypeVar("_O", bound=QObject)

#: Events by which a person acts; while locked they reach the lock page only.
INPUT: Final = frozenset(
    {
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
        QEvent.Type.InputMethod,
    }
)

#: Dialogs that may be the platform's own window (not a Qt widget that can be hidden).
MAYBE_NATIVE: Final = (
    QFileDialog,
    QAbstractPrintDialog,
    QPageSetupDialog,
    QColorDialog,
    QFontDialog,
)


def _within(obj: QObject | None, ancestor: QWidget) -> bool:
    """Whether ``obj`` is ``ancestor`` or lies under it (across window boundaries)."""
    while obj is not None:
        if obj is ancestor:
            return True
        obj = obj.parent()
    return False


def _answered_cancel(widget: QWidget) -> TypeGuard[QDialog]:
    """An application-modal dialog runs its own exec() loop (QDialog.open() makes a
    window-modal one): hiding it would end that loop anyway. A native dialog cannot be hidden.
    Such dialogs are answered Cancel instead of hidden."""
    return isinstance(widget, QDialog) and (
        isinstance(widget, MAYBE_NATIVE)
        or widget.windowModality() == Qt.WindowModality.ApplicationModal
    )


class LockGuard(QObject):
    """Locks every window, action, shortcut and menu of the application but ``lock_page``.

    ``window`` is the main window (it stays visible: the lock page is inside it).
    """

    def __init__(self, window: QWidget, lock_page: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._lock_page = lock_page
        self._engaged = False
        self._group = QActionGroup(self)
        self._group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._groups: list[tuple[QActionGroup, bool]] = []  # other groups, enabled before
        self._shortcuts: list[tuple[QShortcut, bool]] = []
        self._widgets: list[tuple[QWidget, bool]] = []  # menu bar, menus: forced off before
        self._hidden: list[QWidget] = []  # to show again at unlock, in this order
        self._gone: set[int] = set()  # ids of hidden windows closed meanwhile
        self._connections: list[QMetaObject.Connection] = []
        self._active: QWidget | None = None
        self._roots: list[QWidget] = []  # top-level windows on screen at lock

    @property
    def engaged(self) -> bool:
        return self._engaged

    # -- engage ---------------------------------------------------------------------------

    def engage(self) -> None:
        if self._engaged:
            return
        self._engaged = True
        active = QApplication.activeWindow()
        self._active = active if active is not self._window else None
        self._hidden = []
        self._gone = set()
        self._roots = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._roots:
            self._put_away(widget)
        QToolTip.hideText()
        for action in self._actions():
            self._lock_action(action)
        self._group.setEnabled(False)
        for shortcut in self._all(QShortcut):
            if not _within(shortcut, self._lock_page):
                self._shortcuts.append((shortcut, shortcut.isEnabled()))
                shortcut.setEnabled(False)
        main = self._window
        bars = [main.menuBar()] if hasattr(main, "menuBar") else []
        for widget in bars:
            forced = widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
            self._widgets.append((widget, forced))
            widget.setEnabled(False)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        log.info(
            "lock: %d windows hidden, %d actions and %d shortcuts disabled",
            len(self._hidden),
            len(self._group.actions()),
            len(self._shortcuts),
        )

    def _all(self, kind: type[_O]) -> list[_O]:
        """Every ``kind`` under the main window and under the other top-level windows that
        were on screen (parentless ones too)."""
        found: dict[int, _O] = {}
        for root in (self._window, *self._roots):
            if not shiboken6.isValid(root):
                continue
            for obj in root.findChildren(kind):
                if shiboken6.isValid(obj):
                    found.setdefault(id(obj), obj)
        return list(found.values())

    def _actions(self) -> list[QAction]:
        return [a for a in self._all(QAction) if not _within(a, self._lock_page)]

    def _lock_action(self, action: QAction) -> None:
        group = action.actionGroup()
        if group is self._group:
            return
        if group is None:
            self._group.addAction(action)
        elif all(g is not group for g, _ in self._groups):
            self._groups.append((group, group.isEnabled()))
            group.setEnabled(False)

    def _put_away(self, widget: QWidget) -> None:
        """Hide one top-level widget (or close it, for popups and exec'd dialogs)."""
        if (
            widget is self._window
            or not widget.isVisible()
            or _within(widget, self._lock_page)
            or any(w is widget for w in self._hidden)
        ):
            return
        kind = widget.windowType()
        if kind in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            widget.close()  # menus, combo-box lists, completers, tool-tips: not restored
            return
        if _answered_cancel(widget):
            widget.reject()  # the caller goes on as if the person had cancelled
            return
        self._hidden.append(widget)
        if isinstance(widget, QDialog):  # answered by the program while hidden: stays closed
            self._connections.append(widget.finished.connect(lambda _r: self._gone_away(widget)))
        widget.hide()

    def _gone_away(self, widget: QWidget) -> None:
        self._gone.add(id(widget))

    # -- release --------------------------------------------------------------------------

    def release(self) -> None:
        if not self._engaged:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._engaged = False
        for widget, forced in self._widgets:
            if shiboken6.isValid(widget):
                widget.setEnabled(not forced)
        self._widgets = []
        for shortcut, enabled in self._shortcuts:
            if shiboken6.isValid(shortcut):
                shortcut.setEnabled(enabled)
        self._shortcuts = []
        # Each action takes its own (explicit) state again: as before the lock, or as the
        # program set it meanwhile.
        self._group.setEnabled(True)
        for action in self._group.actions():
            # Not QActionGroup.removeAction: PySide then hands the action to Python, which
            # deletes it with its wrapper (a menu's own action, for one).
            action.setActionGroup(None)  # type: ignore[arg-type]  # (None is allowed)
        for group, enabled in self._groups:
            if shiboken6.isValid(group):
                group.setEnabled(enabled)
        self._groups = []
        for widget in self._hidden:
            if shiboken6.isValid(widget) and id(widget) not in self._gone:
                widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
                widget.show()
        self._hidden = []
        self._roots = []
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        active = self._active
        self._active = None
        if active is not None and shiboken6.isValid(active) and active.isVisible():
            active.activateWindow()  # a dialog stays above its parent by itself

    def dismiss(self) -> None:
        """Log-out: stop guarding (the filter goes, the login window takes input again)
        without showing the hidden windows; the caller closes them."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._engaged = False
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections = []
        self._hidden = []

    # -- while locked ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT:
            return self._swallow(watched)
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._shown_while_locked(watched)
        elif kind == QEvent.Type.ActionAdded and isinstance(event, QActionEvent):
            action = event.action()
            if action is not None and not _within(action, self._lock_page):
                self._lock_action(action)
        elif kind == QEvent.Type.Close and any(w is watched for w in self._hidden):
            self._gone.add(id(watched))
        return False

    def _swallow(self, watched: QObject) -> bool:
        if isinstance(watched, QWidget):
            return not _within(watched, self._lock_page)
        if isinstance(watched, (QAction, QShortcut)):
            return not _within(watched, self._lock_page)
        return False  # the QWindow hands input on to its widgets, which are checked then

    def _shown_while_locked(self, widget: QWidget) -> None:
        if widget is self._window or _within(widget, self._lock_page):
            return
        if widget.windowModality() == Qt.WindowModality.NonModal:
            # Never on screen: the native window is not shown; hidden properly once Qt is done.
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        # A modal window may be on screen until the next turn: given that attribute from its
        # Show event, Qt can keep it in its list of modal windows after it is hidden (a
        # message box opened while locked then blocks the lock page; one in an exec() loop
        # leaves a dangling window there, and the next look at the list crashes).
        QTimer.singleShot(0, self, lambda: self._hide_late(widget))

    def _hide_late(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget):
            return
        if not self._engaged:
            if not widget.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen):
                return  # on screen already
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
            if widget.isVisible():  # unlocked meanwhile: show it for real
                widget.hide()
                widget.show()
            return
        if widget.isVisible():
            self._put_away(widget)
            self._window.activateWindow()  # it may have taken the keyboard from the lock page
        if not any(w is widget for w in self._hidden):
            widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
