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
        parts = [
            self.tr(
                "Built with Qt {qt} and Qt for Python {pyside} (LGPL-3.0), SQLCipher (BSD), "
                "cryptography (Apache-2.0 / BSD) and reportlab (BSD)."
            ).format(qt=qVersion(), pyside=pyside_version)
        ]
        folder = resources.root() / "resources" / "licences"
        files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
        esco = _esco_attribution()
        if esco:
            parts.append(f"── ESCO ──\n{esco}")
        if not files and not esco:
            parts.append(self.tr("No third-party data is bundled yet."))
        for path in files:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            parts.append(f"── {path.stem} ──\n{text.strip()}")
        return "\n\n".join(parts)


def _esco_attribution() -> str:
    """The ESCO attribution the taxonomy ships with (English, as ESCO asks), or ""."""
    try:
        return resources.resource("taxonomy", "ATTRIBUTION.txt").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""
