"""A visit's state drawn as a coloured pill with its word (colour *and* text, issue 14)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PILL_PADDING = 10  # pixels beside the word
PILL_MARGIN = 4  # pixels above and below


class StatePillDelegate(QStyledItemDelegate):
    """Paints the cell's text in a rounded pill of the model's background and text colours
    (``BackgroundRole``/``ForegroundRole``); a cell without colours is painted as usual."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 2 * PILL_PADDING + 12, hint.height() + PILL_MARGIN)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not isinstance(background, QColor) or not isinstance(foreground, QColor):
            super().paint(painter, option, index)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        plain.backgroundBrush = QBrush(Qt.BrushStyle.NoBrush)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the selection and focus, without the text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        rect: QRect = option.rect
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 2 * PILL_PADDING, rect.width() - 4)
        height = min(metrics.height() + 2 * PILL_MARGIN, rect.height() - 2)
        pill = QRectF(0, 0, width, height)
        pill.moveCenter(QRectF(rect).center())
        if option.direction == Qt.LayoutDirection.RightToLeft:
            pill.moveRight(rect.right() - 6)
        else:
            pill.moveLeft(rect.left() + 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(foreground)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
