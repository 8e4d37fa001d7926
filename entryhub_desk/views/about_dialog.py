"""Help → About: the program, its version and the licences of what it bundles."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from entryhub_desk import __version__, resources
from entryhub_desk.views.common import is_language_change
from entryhub_desk.views.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setProperty("role", "title")
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.titleLabel.setText(self.tr("Entry Hub Desk {version}").format(version=__version__))
        self.ui.licencesText.setPlainText(self._licences_text())

    def _licences_text(self) -> str:
        """Every bundled part and its licence: a heading in the interface language, then the
        licence or attribution text as its authors wrote it (English)."""
        parts = [
            self.tr(
                "Built with Qt {qt} and Qt for Python {pyside} (LGPL-3.0), SQLCipher (BSD), "
                "cryptography (Apache-2.0 / BSD) and reportlab (BSD)."
            ).format(qt=qVersion(), pyside=pyside_version)
        ]
        for heading, text in self._bundled():
            parts.append(f"── {heading} ──\n{text}" if text else f"── {heading} ──")
        return "\n\n".join(parts)

    def _bundled(self) -> list[tuple[str, str]]:
        # Short attributions first, the long licence texts (JSON Resume, OFL) last.
        return [
            (
                self.tr(
                    "ESCO classification of occupations and skills, European Commission. The "
                    "attribution ESCO asks for follows in English."
                ),
                _read("taxonomy", "ATTRIBUTION.txt"),
            ),
            (
                self.tr(
                    "Country and language names: Unicode CLDR through Babel (Unicode licence, "
                    "BSD-3-Clause) and pycountry (LGPL-2.1)"
                ),
                "",
            ),
            (
                self.tr("JSON Resume schema (the CV export format): MIT licence"),
                _read("jsonresume", "LICENSE.md"),
            ),
            (
                self.tr("Lucide icons: ISC licence"),
                _read("icons", "LICENSE.txt"),
            ),
            (
                self.tr("Noto Sans fonts (Latin, Arabic, Ethiopic): SIL Open Font License 1.1"),
                _read("fonts", "OFL.txt"),
            ),
        ]


def _read(*parts: str) -> str:
    """A bundled text file (stripped), or "" when it is missing."""
    try:
        return resources.resource(*parts).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
