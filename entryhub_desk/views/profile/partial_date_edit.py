"""A date that may be only a year, a year and month, or a full date (``2019``, ``2019-05``,
``2019-05-14``): a line edit that accepts exactly those shapes while typing. The domain's
``PartialDate`` reads the text (and names a wrong one in its error)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from entryhub_desk.domain.profile import PartialDate
from entryhub_desk.views.common import is_language_change

_WHILE_TYPING = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


class PartialDateEdit(QLineEdit):
    """Holds the date as typed; ``field`` is the entry field it edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = "date"
        self.setValidator(QRegularExpressionValidator(_WHILE_TYPING, self))
        self.setMaxLength(10)
        self._retranslate()

    def value(self) -> PartialDate | None:
        """The date typed, None if empty; ``validation.bad_date`` (naming ``field``) if wrong."""
        return PartialDate.coerce(self.field, self.text())

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(str(value) if value is not None else "")

    # form_state.Stateful
    def state(self) -> str:
        return self.text()

    def set_state(self, value: object) -> None:
        self.setText(str(value or ""))

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setPlaceholderText(self.tr("year, year-month or year-month-day"))
        self.setToolTip(self.tr("For example 2019, 2019-05 or 2019-05-14"))
