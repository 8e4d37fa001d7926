"""The CV preview's zoom controls: the zoom buttons and shortcuts, "fit width" and the
percentage shown beside them, kept in step with the preview.

Their texts keep the CV page's translation context, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from entryhub_desk.views.cv.preview import CvPreview


class ZoomControls(QObject):
    """Binds ``preview`` to its buttons and label; adds the zoom shortcuts to ``page``."""

    def __init__(
        self,
        page: QWidget,
        preview: CvPreview,
        buttons: tuple[QAbstractButton, QAbstractButton, QAbstractButton],
        label: QLabel,
    ) -> None:
        super().__init__(page)
        self._preview = preview
        zoom_in, zoom_out, self._fit_width = buttons
        self._label = label
        self.zoomInAction = QAction(page)
        self.zoomInAction.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoomInAction.triggered.connect(preview.zoom_in)
        self.zoomOutAction = QAction(page)
        self.zoomOutAction.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoomOutAction.triggered.connect(preview.zoom_out)
        page.addActions([self.zoomInAction, self.zoomOutAction])
        zoom_in.clicked.connect(preview.zoom_in)
        zoom_out.clicked.connect(preview.zoom_out)
        self._fit_width.toggled.connect(self._fit_width_toggled)
        preview.zoomChanged.connect(self._zoom_changed)

    def _fit_width_toggled(self, checked: bool) -> None:
        if checked:
            self._preview.set_zoom(None)
        elif self._preview.zoom is None:
            self._preview.set_zoom(1.0)

    def _zoom_changed(self, factor: float) -> None:
        fit = factor == 0.0
        if self._fit_width.isChecked() != fit:
            self._fit_width.blockSignals(True)
            self._fit_width.setChecked(fit)
            self._fit_width.blockSignals(False)
        self.update_label()

    def update_label(self) -> None:
        percent = round(self._preview.effective_zoom() * 100)
        text = QCoreApplication.translate("CvPage", "{percent} %")
        self._label.setText(text.format(percent=percent))

    def retranslate(self) -> None:
        self.zoomInAction.setText(QCoreApplication.translate("CvPage", "Zoom in"))
        self.zoomOutAction.setText(QCoreApplication.translate("CvPage", "Zoom out"))
        self.update_label()
