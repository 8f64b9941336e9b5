"""The matrix legend: every status mark with its label, and the other marks,
laid out in as many rows as the width needs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from db.queries import StatusInfo

from .icons import paint_status_mark

MARK = 14
GAP = 18


class LegendWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.items: list[tuple[StatusInfo | None, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_statuses(self, statuses: list[StatusInfo], extras: list[str]) -> None:
        self.items = [(s, s.label if s.score is None else f"{s.label} ({s.score:g})") for s in statuses]
        self.items += [(None, text) for text in extras]
        self.setAccessibleDescription("; ".join(text for _, text in self.items))
        self.setToolTip("\n".join(f"{s.label}: {s.description}" for s, _ in self.items if s is not None))
        self.updateGeometry()
        self.update()

    def _layout(self, width: int) -> list[tuple[float, float, StatusInfo | None, str]]:
        fm = QFontMetrics(self.font())
        line = fm.height() + 6
        x, y = 0.0, 0.0
        placed = []
        for status, text in self.items:
            w = (MARK + 6 if status is not None else 0) + fm.horizontalAdvance(text)
            if x > 0 and x + w > width:
                x, y = 0.0, y + line
            placed.append((x, y, status, text))
            x += w + GAP
        return placed

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        placed = self._layout(max(width, 100))
        fm = QFontMetrics(self.font())
        return int((placed[-1][1] if placed else 0) + fm.height() + 6)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, self.heightForWidth(self.width() or 800))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(100, self.heightForWidth(self.width() or 800))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        fm = QFontMetrics(self.font())
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for x, y, status, text in self._layout(self.width()):
            tx = x
            if status is not None:
                paint_status_mark(painter, QRectF(x, y + (fm.height() + 6 - MARK) / 2, MARK, MARK), status.score, QColor(status.color), text_color)
                tx += MARK + 6
            painter.setPen(text_color)
            painter.drawText(QRectF(tx, y, fm.horizontalAdvance(text) + 2, fm.height() + 6), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
