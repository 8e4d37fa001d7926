"""A new password typed twice, with a live strength hint (used by every password form)."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from entryhub_desk.errors import DeskError
from entryhub_desk.services.input_checks import check_password, strength
from entryhub_desk.views.labels import QT_TRANSLATE_NOOP

CONTEXT: Final = "PasswordStrength"

STRENGTH_TEXTS: Final = (
    QT_TRANSLATE_NOOP("PasswordStrength", "Very weak"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Weak"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Fair"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Good"),
    QT_TRANSLATE_NOOP("PasswordStrength", "Strong"),
)


class NewPasswordFields(QObject):
    """Ties two password edits to a strength bar and hint label.

    The hint follows the first field as the person types; :meth:`validate` checks both fields
    agree and meet the rules (raising ``DeskError``), before any slow work starts.
    """

    def __init__(
        self,
        password: QLineEdit,
        repeat: QLineEdit,
        bar: QProgressBar,
        hint: QLabel,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._password = password
        self._repeat = repeat
        self._bar = bar
        self._hint = hint
        bar.setRange(0, 4)
        password.textChanged.connect(self._update)
        self._update()

    def score(self) -> int:
        return strength(self._password.text()) if self._password.text() else 0

    def retranslate(self) -> None:
        self._update()

    def _update(self) -> None:
        text = self._password.text()
        score = self.score()
        self._bar.setValue(score)
        self._bar.setProperty("strength", score)
        self._bar.style().unpolish(self._bar)
        self._bar.style().polish(self._bar)
        label = QCoreApplication.translate(CONTEXT, STRENGTH_TEXTS[score]) if text else ""
        self._hint.setText(label)
        self._bar.setAccessibleDescription(label)

    def value(self) -> str:
        return self._password.text()

    def validate(self, *, name: str) -> str:
        """The new password, or DeskError (password.mismatch or a password.* rule)."""
        password = self._password.text()
        if password != self._repeat.text():
            raise DeskError("password.mismatch")
        check_password(password, name=name)
        return password

    def clear(self) -> None:
        self._password.clear()
        self._repeat.clear()
