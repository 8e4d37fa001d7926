"""The preview widget: pages, placeholder, zoom steps."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from entryhub_desk.views.cv.preview import PREVIEW_DPI, SCREEN_DPI, ZOOM_STEPS, CvPreview


def a4_image() -> QImage:
    image = QImage(
        round(8.27 * PREVIEW_DPI), round(11.69 * PREVIEW_DPI), QImage.Format.Format_RGBX8888
    )
    image.fill(QColor("white"))
    return image


def test_pages_zoom_and_placeholder(qtbot: QtBot) -> None:
    preview = CvPreview()
    qtbot.addWidget(preview)
    preview.resize(500, 600)
    preview.show()
    qtbot.waitExposed(preview)
    preview.set_placeholder("Nothing yet")
    assert preview.page_count == 0
    preview.set_pages([a4_image(), a4_image()])
    labels = preview.page_labels()
    assert len(labels) == 2 and all(label.isVisible() for label in labels)
    assert labels[0].width() <= preview.viewport().width()  # fits the width
    assert labels[1].accessibleName() == "Page 2 of 2"

    preview.set_zoom(1.0)
    natural = round(a4_image().width() * SCREEN_DPI / PREVIEW_DPI)
    assert abs(labels[0].width() - natural) <= 1
    for _ in ZOOM_STEPS:
        preview.zoom_in()
    assert preview.zoom == ZOOM_STEPS[-1]
    for _ in ZOOM_STEPS:
        preview.zoom_out()
    assert preview.zoom == ZOOM_STEPS[0]

    preview.clear("Locked")
    assert preview.page_count == 0 and preview.page_labels() == []
