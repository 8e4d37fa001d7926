"""The rendered pages of a CV in a scroll area: fit to width or a fixed zoom."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from entryhub_desk.views.common import is_language_change

# Pages are rasterised once at this resolution and scaled for display.
PREVIEW_DPI: Final = 144.0
SCREEN_DPI: Final = 96.0  # 100 % zoom: a page at its size on a typical screen
ZOOM_STEPS: Final = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
PAGE_GAP: Final = 12


class CvPreview(QScrollArea):
    """Shows page images; emits :attr:`zoomChanged` (factor, or 0.0 for "fit width")."""

    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []
        self._zoom: float | None = None  # None: fit width
        self._placeholder_text = ""
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Up/Down scroll
        self._canvas = QWidget(self)
        self._canvas.setObjectName("cvPreviewCanvas")
        self._layout = QVBoxLayout(self._canvas)
        self._layout.setSpacing(PAGE_GAP)
        self._layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._placeholder = QLabel(self._canvas)
        self._placeholder.setObjectName("cvPreviewPlaceholder")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._layout.addWidget(self._placeholder)
        self._pages: list[QLabel] = []
        self.setWidget(self._canvas)
        self.viewport().installEventFilter(self)
        self._retranslate()

    # -- content --------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._images)

    def page_labels(self) -> list[QLabel]:
        return list(self._pages)

    def set_pages(self, images: list[QImage]) -> None:
        self._images = list(images)
        for label in self._pages:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._pages = []
        for number, _image in enumerate(self._images, start=1):
            label = QLabel(self._canvas)
            label.setObjectName(f"cvPage{number}")
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            label.setFrameShape(QFrame.Shape.Box)
            self._layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            label.show()
            self._pages.append(label)
        self._placeholder.setVisible(not self._images)
        self._retranslate()
        self._rescale()

    def clear(self, placeholder: str = "") -> None:
        """Remove the pages (e.g. on lock); ``placeholder`` is shown instead."""
        self._placeholder_text = placeholder
        self.set_pages([])

    def set_placeholder(self, text: str) -> None:
        self._placeholder_text = text
        self._retranslate()

    # -- zoom -----------------------------------------------------------------------------

    @property
    def zoom(self) -> float | None:
        """The zoom factor (1.0 = 100 %), or None when the pages fit the width."""
        return self._zoom

    def set_zoom(self, factor: float | None) -> None:
        self._zoom = factor
        self._rescale()
        self.zoomChanged.emit(0.0 if factor is None else factor)

    def effective_zoom(self) -> float:
        """The factor the pages are shown at now (also when fitting the width)."""
        if not self._images:
            return self._zoom or 1.0
        return self._page_width(self._images[0]) / self._natural_width(self._images[0])

    def zoom_in(self) -> None:
        current = self.effective_zoom()
        bigger = [step for step in ZOOM_STEPS if step > current + 0.01]
        self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        current = self.effective_zoom()
        smaller = [step for step in ZOOM_STEPS if step < current - 0.01]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _natural_width(self, image: QImage) -> float:
        return image.width() * SCREEN_DPI / PREVIEW_DPI

    def _page_width(self, image: QImage) -> int:
        if self._zoom is None:
            margins = self._layout.contentsMargins()
            room = self.viewport().width() - margins.left() - margins.right() - 2
            return max(64, room)
        return max(16, round(self._natural_width(image) * self._zoom))

    def _rescale(self) -> None:
        ratio = self.devicePixelRatioF()
        for image, label in zip(self._images, self._pages, strict=True):
            width = self._page_width(image)
            height = round(width * image.height() / image.width())
            pixmap = QPixmap.fromImage(
                image.scaled(
                    round(width * ratio),
                    round(height * ratio),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(width, height)
        horizontal = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if self._zoom is None
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setHorizontalScrollBarPolicy(horizontal)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.viewport()
            and event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and self._zoom is None
            and self._images
            and event.size().width() != event.oldSize().width()
        ):
            self._rescale()
        return super().eventFilter(watched, event)

    # -- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("CV preview"))
        self._placeholder.setText(self._placeholder_text)
        for number, label in enumerate(self._pages, start=1):
            label.setAccessibleName(
                self.tr("Page {number} of {count}").format(number=number, count=len(self._pages))
            )
