"""The status matrix as a PNG, for slides.

The caller builds the :class:`~tracker.report_model.Scoreboard` (countries,
scores and statuses on one date) and hands it to :func:`matrix_image` or
:func:`write_matrix_png`; this module only paints it, in the colours of
:mod:`tracker.style`, with QtGui only (no widgets), so it runs from the
command line with an off-screen GUI application
(:func:`tracker.ui.render.ensure_gui`).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QTextOption,
)

from db.queries import StatusInfo

from .. import __version__
from ..exports import write_file_atomically
from ..report_model import Scoreboard, long_date
from ..style import (
    ACCENT,
    FONT_FAMILY,
    HEAD_BG,
    INK,
    MUTED,
    PAPER,
    RULE,
    STATUS_TINT,
    STRIPE_BG,
    safe_color,
    tint,
)
from .icons import paint_status_mark

MIN_WIDTH = 400


def _font(px: float, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
_WRAP_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _legend_text(status: StatusInfo) -> str:
    return status.label + ("" if status.score is None else f" ({status.score:g})")


def _draw_fitted(p: QPainter, rect: QRectF, text: str, size: float, smallest: float) -> None:
    """Draw ``text`` whole in ``rect``: wrapped onto lines, in a smaller font when it must be
    (a status label is never cut short)."""
    font = _font(size)
    while size > smallest:
        bound = QFontMetricsF(font).boundingRect(rect, _WRAP, text)
        if bound.height() <= rect.height() and bound.width() <= rect.width() + 0.5:
            break
        size -= 1
        font = _font(size)
    p.setFont(font)
    p.drawText(rect, _WRAP, text)


def matrix_image(board: Scoreboard, *, width: int = 1600, assessed_only: bool = False) -> QImage:
    """The status matrix (countries × recommendations, with score, grade and
    coverage), its title, as-of date and legend, painted into an image ``width``
    pixels wide; countries in rank order, those with nothing assessed last
    (or left out with ``assessed_only``, which keeps a slide short)."""
    book, day, group = board.book, board.as_of, board.group
    scores = list(board.ranking)
    hidden = 0
    if assessed_only:
        hidden = sum(1 for s in scores if s.assessed == 0)
        scores = [s for s in scores if s.assessed > 0]
    recs = book.active_recommendations()
    u = width / 1600.0  # one design pixel

    ink, muted, rule = QColor(INK), QColor(MUTED), QColor(RULE)
    margin = 48 * u
    inner = width - 2 * margin
    country_w = 270 * u
    score_w, grade_w, cov_w = 104 * u, 84 * u, 116 * u
    rec_w = (inner - country_w - score_w - grade_w - cov_w) / max(1, len(recs))
    row_h = 48 * u
    head_h = 92 * u
    title_h = 112 * u
    legend_font = _font(14 * u)
    lfm = QFontMetricsF(legend_font)
    legend: list[tuple[float, float, float]] = []  # x, y offset and width of each legend item
    lx, legend_rows = margin + 90 * u, 1
    for status in book.statuses:
        item_w = 30 * u + lfm.horizontalAdvance(_legend_text(status)) + 26 * u
        if lx + item_w > margin + inner and lx > margin + 90 * u:
            lx, legend_rows = margin + 90 * u, legend_rows + 1
        legend.append((lx, (legend_rows - 1) * 32 * u, item_w))
        lx += item_w
    note_font = _font(13 * u)
    notes = (
        "Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out. "
        f"* Incomplete: fewer than half of the {len(recs)} recommendations assessed. Grades: "
        + ", ".join(f"{g.grade} ≥ {g.min_score:g}" for g in book.grades) + "."
    )
    if hidden:
        notes += f" Not shown: {hidden} {'country' if hidden == 1 else 'countries'} with no assessed recommendation."
    notes += f"\nGenerated on {board.generated_on} with Policy Tracker {__version__}."
    notes_h = QFontMetricsF(note_font).boundingRect(QRectF(0, 0, inner, 10_000), _WRAP_TOP, notes).height() + 4 * u
    height = int(
        title_h + head_h + row_h * max(1, len(scores)) + 24 * u + legend_rows * 32 * u + 8 * u + notes_h + 2 * margin
    )

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(144 / 0.0254))
    image.setDotsPerMeterY(round(144 / 0.0254))
    image.fill(QColor(PAPER))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        x0, y = margin, margin
        # Title and as-of date.
        p.setPen(QColor(ACCENT))
        p.setFont(_font(17 * u, bold=True))
        p.drawText(QRectF(x0, y, inner, 26 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   "Policy Tracker")
        p.setPen(ink)
        title_font = _font(34 * u, bold=True)
        p.setFont(title_font)
        title = QFontMetricsF(title_font).elidedText(book.title or "Status matrix", Qt.TextElideMode.ElideRight, inner)
        p.drawText(QRectF(x0, y + 26 * u, inner, 46 * u), _LEFT, title)
        p.setPen(muted)
        p.setFont(_font(19 * u))
        scope = f" · group {group}" if group else ""
        p.drawText(QRectF(x0, y + 72 * u, inner, 30 * u), _LEFT,
                   f"Status of each recommendation, as of {long_date(day)}{scope}")
        y += title_h

        # Column headers.
        columns = [(x0, country_w, "Country", Qt.AlignmentFlag.AlignLeft)]
        x = x0 + country_w
        for r in recs:
            columns.append((x, rec_w, r.title, Qt.AlignmentFlag.AlignHCenter))
            x += rec_w
        for w, label in ((score_w, "Score\n(0–100)"), (grade_w, "Grade"), (cov_w, "Assessed")):
            columns.append((x, w, label, Qt.AlignmentFlag.AlignHCenter))
            x += w
        p.fillRect(QRectF(x0, y, inner, head_h), QColor(HEAD_BG))
        head_font = _font(15 * u, bold=True)
        p.setFont(head_font)
        p.setPen(ink)
        for cx, cw, label, align in columns:
            option = QTextOption(align | Qt.AlignmentFlag.AlignBottom)
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            p.drawText(QRectF(cx + 8 * u, y + 6 * u, cw - 16 * u, head_h - 14 * u), label, option)
        y += head_h
        p.setPen(QPen(ink, 1.5 * u))
        p.drawLine(QPointF(x0, y), QPointF(x0 + inner, y))

        # Rows.
        name_font, code_font = _font(16 * u, bold=True), _font(13 * u)
        label_font = _font(15 * u)
        num_font = _font(17 * u, bold=True)
        for i, s in enumerate(scores):
            top = y + i * row_h
            if i % 2:
                p.fillRect(QRectF(x0, top, inner, row_h), QColor(STRIPE_BG))
            p.setPen(ink)
            p.setFont(name_font)
            name_rect = QRectF(x0 + 8 * u, top, country_w - 60 * u, row_h)
            name = QFontMetricsF(name_font).elidedText(s.country_name, Qt.TextElideMode.ElideRight, name_rect.width())
            p.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            p.setPen(muted)
            p.setFont(code_font)
            p.drawText(QRectF(x0 + country_w - 52 * u, top, 44 * u, row_h),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), s.country_code)
            cx = x0 + country_w
            for r in recs:
                cell = s.cells[r.code]
                rect = QRectF(cx + 2 * u, top + 3 * u, rec_w - 4 * u, row_h - 6 * u)
                color = QColor(safe_color(cell.color))
                if cell.score is not None:
                    p.fillRect(rect, QColor(tint(cell.color, STATUS_TINT)))
                    p.fillRect(QRectF(rect.left(), rect.top(), 6 * u, rect.height()), color)
                mark = 22 * u
                mark_rect = QRectF(rect.left() + 14 * u, rect.center().y() - mark / 2, mark, mark)
                paint_status_mark(p, mark_rect, cell.score, color, ink if cell.score is not None else muted)
                p.setPen(ink if cell.score is not None else muted)
                text_rect = QRectF(
                    mark_rect.right() + 9 * u, rect.top(), rect.right() - mark_rect.right() - 12 * u, rect.height()
                )
                _draw_fitted(p, text_rect, cell.status_label, 15 * u, 10 * u)
                cx += rec_w
            p.setPen(ink)
            p.setFont(num_font)
            score = "—" if s.score is None else f"{s.score:.1f}" + ("*" if s.incomplete else "")
            p.drawText(QRectF(cx, top, score_w, row_h), int(Qt.AlignmentFlag.AlignCenter), score)
            cx += score_w
            p.drawText(QRectF(cx, top, grade_w, row_h), int(Qt.AlignmentFlag.AlignCenter), s.grade or "—")
            cx += grade_w
            p.setFont(label_font)
            p.setPen(muted if s.assessed == 0 else ink)
            p.drawText(QRectF(cx, top, cov_w, row_h), int(Qt.AlignmentFlag.AlignCenter), f"{s.assessed} of {s.total}")
            p.setPen(QPen(rule, 1 * u))
            p.drawLine(QPointF(x0, top + row_h), QPointF(x0 + inner, top + row_h))
        y += row_h * max(1, len(scores))
        if not scores:
            p.setPen(muted)
            p.setFont(label_font)
            empty = "No country has an assessed recommendation yet." if assessed_only else "No countries tracked."
            p.drawText(QRectF(x0, y - row_h, inner, row_h), int(Qt.AlignmentFlag.AlignCenter), empty)

        # Legend and notes.
        y += 24 * u
        p.setFont(_font(14 * u, bold=True))
        p.setPen(ink)
        p.drawText(QRectF(x0, y, 90 * u, 30 * u), _LEFT, "Legend")
        p.setFont(legend_font)
        for status, (lx, ly, item_w) in zip(book.statuses, legend, strict=True):
            color = QColor(safe_color(status.color))
            box = QRectF(lx, y + ly + 3 * u, 24 * u, 24 * u)
            if status.score is not None:
                p.fillRect(box.adjusted(-2 * u, -2 * u, 2 * u, 2 * u), QColor(tint(status.color, STATUS_TINT)))
            paint_status_mark(p, box, status.score, color, ink if status.score is not None else muted)
            p.setPen(ink)
            p.drawText(QRectF(lx + 30 * u, y + ly, item_w, 30 * u),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _legend_text(status))
        y += legend_rows * 32 * u + 8 * u
        p.setPen(muted)
        p.setFont(note_font)
        p.drawText(QRectF(x0, y, inner, notes_h), _WRAP_TOP, notes)
    finally:
        p.end()
    return image


def write_matrix_png(
    board: Scoreboard, path: str | os.PathLike[str], *, width: int = 1600, assessed_only: bool = False
) -> None:
    """Save the status matrix as a PNG ``width`` pixels wide (for slides); written in full or not at all."""
    check_width(width)
    image = matrix_image(board, width=width, assessed_only=assessed_only)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stub types format as bytes, but PySide6 refuses bytes at run time (ValueError) and takes str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"Could not encode the image for {Path(path).name}.")
    buffer.close()
    payload = bytes(data.data())
    write_file_atomically(path, lambda fh: fh.write(payload))


def check_width(width: int) -> None:
    """Refuse an image too narrow to read, before anything is computed or written."""
    if width < MIN_WIDTH:
        raise ValueError(f"The image must be at least {MIN_WIDTH} pixels wide.")


__all__ = ["MIN_WIDTH", "check_width", "matrix_image", "write_matrix_png"]
