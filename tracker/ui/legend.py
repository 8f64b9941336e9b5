"""The matrix legend: every status mark with its label, and the other marks,
laid out in as many rows as the width needs.

Given the app context, the legend follows the tracker's status scale itself:
it rebuilds when the codebook changes or another tracker is opened.  The ◆ of
a proposed status is explained while review is on or proposals wait (both known
without extra reading: the setting is one row, the shared cache holds the queue).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from db.ops import Change
from db.queries import StatusInfo
from db.review import review_required

from ..scoring import share_text
from .context import AppContext
from .icons import paint_status_mark
from .matrix import CONFLICT_MARK, PROPOSED_MARK, REVIEW_MARK, change_color

MARK = 14
GAP = 18
#: The matrix's other marks, explained after the statuses.
CHANGED_MARK = "▲▼ outlined: changed since the comparison date"
MATRIX_MARKS: tuple[str, ...] = (
    f"{REVIEW_MARK} needs review", "number = pieces of evidence", "* not graded (under half assessed)", CHANGED_MARK,
)


#: Explained while review is on or any proposal waits (:func:`matrix_marks`).
PROPOSED_TEXT = f"{PROPOSED_MARK} proposed, waiting for review"


def matrix_marks(min_coverage: float, proposed: bool = False, conflicts: bool = False) -> list[str]:
    """The matrix's other marks in the interface's language; the "not graded" one names the codebook's
    threshold; with ``proposed``, the ◆.  (Translated when asked, not at import: the translator is
    installed after the modules are imported.)"""
    translate = QCoreApplication.translate
    share = share_text(min_coverage)
    not_graded = (translate("Legend", "* not graded (under half assessed)") if share == "half"
                  else translate("Legend", "* not graded (under all assessed)") if share == "all"
                  else translate("Legend", "* not graded (under %1 assessed)").replace("%1", share))
    marks = [translate("Legend", "%1 needs review").replace("%1", REVIEW_MARK),
             translate("Legend", "number = pieces of evidence"), not_graded, changed_mark()]
    if proposed:
        marks.insert(1, translate("Legend", "%1 proposed, waiting for review").replace("%1", PROPOSED_MARK))
    if conflicts:  # while any cell has conflicting judgements (a shared tracker's copies disagreed)
        marks.insert(1, translate("Legend", "%1 conflicting judgements").replace("%1", CONFLICT_MARK))
    return marks


def changed_mark() -> str:
    """:data:`CHANGED_MARK` in the interface's language (drawn in the matrix's change colour)."""
    return QCoreApplication.translate("Legend", "▲▼ outlined: changed since the comparison date")


class LegendWidget(QWidget):
    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        self.items: list[tuple[StatusInfo | None, str]] = []
        self._placed: tuple[tuple[int, str], list[tuple[float, float, StatusInfo | None, str]]] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.ctx = ctx
        if ctx is not None:
            self.reload()
            ctx.bus.changed.connect(self._on_change)
            ctx.bus.tracker_replaced.connect(self.reload)
            ctx.bus.view_changed.connect(self.reload)  # another as-of date: other proposals may be in force

    def _on_change(self, change: Change) -> None:
        if (change.codebook or change.proposals or change.cells) and self.ctx is not None:
            self.ctx.state.apply_change(change)  # the shared cache first (done once, whoever asks first)
            if change.codebook or change.proposals or self.ctx.state.flags_changed:  # (a ⚠ came or went)
                self.reload()

    def reload(self) -> None:
        """The open tracker's status scale and the matrix's marks (the ◆ while review is on or proposals wait)."""
        assert self.ctx is not None
        state = self.ctx.state  # the shared cache's codebook (read once at start-up, again after an edit of it)
        proposed = bool(state.proposals) or review_required(self.ctx.tracker)
        statuses = state.book.statuses
        extras = matrix_marks(state.book.min_coverage_for_grade, proposed, conflicts=bool(state.flagged))
        if self.items and self.items == self._items_for(statuses, extras):
            return  # nothing to lay out again
        self.set_statuses(statuses, extras)

    @staticmethod
    def _items_for(statuses: list[StatusInfo], extras: list[str]) -> list[tuple[StatusInfo | None, str]]:
        items: list[tuple[StatusInfo | None, str]] = [
            (s, s.label if s.score is None else f"{s.label} ({s.score:g})") for s in statuses]
        return items + [(None, text) for text in extras]

    def set_statuses(self, statuses: list[StatusInfo], extras: list[str]) -> None:
        self.items = self._items_for(statuses, extras)
        self._placed = None
        self.setAccessibleDescription("; ".join(text for _, text in self.items))
        self.setToolTip("\n".join(f"{s.label}: {s.description}" for s, _ in self.items if s is not None))
        self.updateGeometry()
        self.update()

    def _layout(self, width: int) -> list[tuple[float, float, StatusInfo | None, str]]:
        """Where each item goes at ``width`` (kept: layouts ask the height for a width several times)."""
        key = (width, self.font().key())
        if self._placed is not None and self._placed[0] == key:
            return self._placed[1]
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
        self._placed = (key, placed)
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
        changed = changed_mark()
        for x, y, status, text in self._layout(self.width()):
            tx = x
            if status is not None:
                mark = QRectF(x, y + (fm.height() + 6 - MARK) / 2, MARK, MARK)
                paint_status_mark(painter, mark, status.score, QColor(status.color), text_color)
                tx += MARK + 6
            painter.setPen(change_color(self.palette()) if text == changed else text_color)
            box = QRectF(tx, y, fm.horizontalAdvance(text) + 2, fm.height() + 6)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
