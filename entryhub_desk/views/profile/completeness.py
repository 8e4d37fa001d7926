"""The completeness indicator: a score and, in words, what a good CV still needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar

from entryhub_desk.domain.profile import Completeness
from entryhub_desk.views.profile.codes_text import code_text


def missing_texts(completeness: Completeness) -> list[str]:
    """What is missing, most important first, in the interface language."""
    return [code_text("missing", code) for code in completeness.missing]


class CompletenessView:
    """Drives a progress bar and a label of the profile page."""

    def __init__(self, bar: QProgressBar, label: QLabel) -> None:
        self._bar = bar
        self._label = label
        self._completeness: Completeness | None = None
        bar.setRange(0, 100)
        label.setWordWrap(True)
        self.show(None)

    @property
    def completeness(self) -> Completeness | None:
        return self._completeness

    def show(self, completeness: Completeness | None) -> None:
        self._completeness = completeness
        self.retranslate()

    def text(self) -> str:
        return self._label.text()

    def retranslate(self) -> None:
        completeness = self._completeness
        self._bar.setVisible(completeness is not None)
        self._label.setVisible(completeness is not None)
        if completeness is None:
            self._label.clear()
            return
        self._bar.setValue(completeness.score)
        self._bar.setFormat(QCoreApplication.translate("Completeness", "%p% complete"))
        self._bar.setAccessibleName(
            QCoreApplication.translate("Completeness", "Profile {score}% complete").format(
                score=completeness.score
            )
        )
        missing = missing_texts(completeness)
        if missing:
            self._label.setText(
                QCoreApplication.translate(
                    "Completeness", "Still missing for a good CV: {items}."
                ).format(items="; ".join(missing))
            )
        else:
            self._label.setText(
                QCoreApplication.translate("Completeness", "Everything a good CV needs is there.")
            )
