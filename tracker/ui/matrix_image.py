"""The status matrix as a PNG, for slides: 16:9, the shape of a slide.

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

from db.catalogue import arg, format_decimal, texts_for
from db.queries import RecommendationInfo, StatusInfo
from db.records import record

from .. import __version__
from ..exports import write_file_atomically
from ..report_model import Scoreboard, long_date
from ..scoring import CountryScore, needed_for_grade
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


def _number(value: float, lang: str) -> str:
    """A codebook number without trailing zeros, with the language's decimal mark."""
    text = f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")


def _legend_text(status: StatusInfo, lang: str = "en") -> str:
    return status.label + ("" if status.score is None else f" ({_number(status.score, lang)})")


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


@record(frozen=True)
class _Plan:
    """How the rows fit a 16:9 image: in how many side-by-side blocks, how tall, with labels or marks only."""

    rows: tuple[CountryScore, ...]
    blocks: int
    per_block: int
    row_h: float
    labels: bool
    head_h: float
    notes: str
    notes_h: float
    hidden: int = 0
    cut: int = 0


SLIDE_RATIO = 9 / 16


def matrix_image(board: Scoreboard, *, width: int = 1600, assessed_only: bool = False) -> QImage:
    """The status matrix (countries × recommendations, with score, grade and
    coverage), its title, as-of date and legend, painted into a slide-shaped
    image (16:9) ``width`` pixels wide; countries in rank order, those with
    nothing assessed last.  Every word is in the scoreboard's language (``build_scoreboard(language=)``).

    Rows share the height: when they do not fit one readable column they are
    laid out in two or three side-by-side blocks (cells then show the status
    mark only, with the legend below), then countries with nothing assessed
    are left out (``assessed_only`` leaves them out from the start), and as a
    last resort the list is cut, each time saying so under the matrix."""
    book, day, group = board.book, board.as_of, board.group
    lang = board.language
    MatrixImage = texts_for(lang, "MatrixImage")  # noqa: N806 - named as its context, for lupdate
    recs = book.active_recommendations()
    u = width / 1600.0  # one design pixel
    height = round(width * SLIDE_RATIO)
    margin = 40 * u
    inner = width - 2 * margin
    title_h = 100 * u
    gap = 28 * u

    legend_font = _font(14 * u)
    lfm = QFontMetricsF(legend_font)
    legend: list[tuple[float, float, float]] = []  # x, y offset and width of each legend item
    lx, legend_rows = margin + 90 * u, 1
    for status in book.statuses:
        item_w = 30 * u + lfm.horizontalAdvance(_legend_text(status, lang)) + 26 * u
        if lx + item_w > margin + inner and lx > margin + 90 * u:
            lx, legend_rows = margin + 90 * u, legend_rows + 1
        legend.append((lx, (legend_rows - 1) * 30 * u, item_w))
        lx += item_w
    legend_h = 16 * u + legend_rows * 30 * u + 6 * u
    note_font = _font(13 * u)
    need = needed_for_grade(book.min_coverage_for_grade, len(recs))

    def notes_for(labels: bool, hidden: int, cut: int, total: int) -> str:
        grades = ", ".join(f"{g.grade} ≥ {_number(g.min_score, lang)}" for g in book.grades)
        parts = [
            MatrixImage.tr("Score: weighted mean of the assessed recommendations, 0–100; recommendations not "
                           "assessed are left out."),
            arg(MatrixImage.tr("* Not graded: fewer than %1 of the %Ln recommendations assessed (no grade, no rank).",
                               "* Not graded: fewer than %1 of the %Ln recommendation assessed (no grade, no rank).",
                               len(recs)), need),
            arg(MatrixImage.tr("Grades: %1."), grades),
        ]
        if not labels:
            parts.append(arg(MatrixImage.tr("Columns: %1."), "; ".join(f"{r.code}: {r.title}" for r in recs)))
        if hidden:
            parts.append(MatrixImage.tr("Not shown: %Ln countries with no assessed recommendation.",
                                        "Not shown: %Ln country with no assessed recommendation.", hidden))
        if cut:
            parts.append(arg(MatrixImage.tr("Showing the first %1 of %Ln countries in rank order; the rest are in "
                                            "the reports.", "", total), total - cut))
        generated = arg(MatrixImage.tr("Generated on %1 with Policy Tracker %2."), board.generated_on, __version__)
        return " ".join(parts) + "\n" + generated

    def widths(blocks: int) -> tuple[float, float, float, float, float, float]:
        block_w = (inner - gap * (blocks - 1)) / blocks
        country_w, score_w, grade_w, cov_w = (
            (250 * u, 100 * u, 80 * u, 104 * u) if blocks == 1 else (180 * u, 80 * u, 62 * u, 76 * u)
        )
        rec_w = (block_w - country_w - score_w - grade_w - cov_w) / max(1, len(recs))
        return block_w, country_w, score_w, grade_w, cov_w, rec_w

    def plan(rows: list[CountryScore], blocks: int, hidden: int, min_row: float) -> _Plan | None:
        rec_w = widths(blocks)[5]
        if blocks > 1 and rec_w < 44 * u:
            return None  # side by side, a status mark would not fit
        labels = rec_w >= 118 * u
        head_h = (84 if labels else 40) * u
        per = max(1, -(-len(rows) // blocks))
        cut = 0
        notes = notes_for(labels, hidden, 0, len(rows))
        notes_h = QFontMetricsF(note_font).boundingRect(QRectF(0, 0, inner, 10_000), _WRAP_TOP, notes).height()
        room = height - 2 * margin - title_h - head_h - legend_h - notes_h - 8 * u
        row_h = min(68 * u, room / per)  # few rows grow, so the slide is filled and readable from afar
        if row_h < min_row:
            if min_row > 22 * u:
                return None
            per = max(1, int(room // min_row))
            cut = max(0, len(rows) - per * blocks)
            rows = rows[: per * blocks]
            notes = notes_for(labels, hidden, cut, len(rows) + cut)
            row_h = min_row
        return _Plan(tuple(rows), blocks, per, row_h, labels, head_h, notes, notes_h, hidden, cut)

    everyone = list(board.ranking)
    assessed = [s for s in everyone if s.assessed > 0]
    choices = [] if assessed_only else [(everyone, 0)]
    choices.append((assessed, len(everyone) - len(assessed)))
    chosen: _Plan | None = None
    for rows, hidden in choices:
        for blocks in (1, 2, 3):
            chosen = plan(rows, blocks, hidden, 28 * u)
            if chosen is not None:
                break
        if chosen is not None:
            break
    for blocks in (3, 2, 1):
        if chosen is None:
            chosen = plan(assessed, blocks, len(everyone) - len(assessed), 22 * u)
    assert chosen is not None  # one block at the smallest rows always fits (cut short)

    ink, muted, rule = QColor(INK), QColor(MUTED), QColor(RULE)
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
        p.setFont(_font(16 * u, bold=True))
        p.drawText(QRectF(x0, y, inner, 24 * u), _LEFT, "Policy Tracker")
        p.setPen(ink)
        title_font = _font(32 * u, bold=True)
        p.setFont(title_font)
        title = QFontMetricsF(title_font).elidedText(book.title or MatrixImage.tr("Status matrix"),
                                                     Qt.TextElideMode.ElideRight, inner)
        p.drawText(QRectF(x0, y + 24 * u, inner, 42 * u), _LEFT, title)
        p.setPen(muted)
        p.setFont(_font(18 * u))
        scope = arg(MatrixImage.tr(" · group %1"), book.group_name(group)) if group else ""
        heading = arg(MatrixImage.tr("Status of each recommendation, as of %1"), long_date(day, lang))
        p.drawText(QRectF(x0, y + 66 * u, inner, 28 * u), _LEFT, heading + scope)
        y += title_h

        block_w, country_w, score_w, grade_w, cov_w, rec_w = widths(chosen.blocks)
        f = max(0.7, min(1.3, chosen.row_h / (44 * u)))  # text follows the row height
        for b in range(chosen.blocks):
            bx = x0 + b * (block_w + gap)
            part = chosen.rows[b * chosen.per_block:(b + 1) * chosen.per_block]
            if b and not part:
                break
            _paint_block(p, bx, y, part, recs, chosen, u, f,
                         (country_w, score_w, grade_w, cov_w, rec_w), (ink, muted, rule), empty=not chosen.rows,
                         assessed_only=assessed_only, lang=lang)
        y += chosen.head_h + chosen.row_h * max(1, chosen.per_block)

        # Legend and notes.
        y += 16 * u
        p.setFont(_font(14 * u, bold=True))
        p.setPen(ink)
        p.drawText(QRectF(x0, y, 90 * u, 30 * u), _LEFT, MatrixImage.tr("Legend"))
        p.setFont(legend_font)
        for status, (lx, ly, item_w) in zip(book.statuses, legend, strict=True):
            color = QColor(safe_color(status.color))
            box = QRectF(lx, y + ly + 3 * u, 24 * u, 24 * u)
            if status.score is not None:
                p.fillRect(box.adjusted(-2 * u, -2 * u, 2 * u, 2 * u), QColor(tint(status.color, STATUS_TINT)))
            paint_status_mark(p, box, status.score, color, ink if status.score is not None else muted)
            p.setPen(ink)
            p.drawText(QRectF(lx + 30 * u, y + ly, item_w, 30 * u), _LEFT, _legend_text(status, lang))
        y += legend_rows * 30 * u + 6 * u
        p.setPen(muted)
        p.setFont(note_font)
        p.drawText(QRectF(x0, y, inner, chosen.notes_h + 4 * u), _WRAP_TOP, chosen.notes)
    finally:
        p.end()
    return image


def _paint_block(
    p: QPainter, x0: float, y: float, rows: tuple[CountryScore, ...], recs: list[RecommendationInfo], plan: _Plan,
    u: float, f: float, sizes: tuple[float, float, float, float, float], colors: tuple[QColor, QColor, QColor],
    *, empty: bool, assessed_only: bool, lang: str = "en",
) -> None:
    """One block of the matrix: its column titles and its rows."""
    MatrixImage = texts_for(lang, "MatrixImage")  # noqa: N806
    country_w, score_w, grade_w, cov_w, rec_w = sizes
    ink, muted, rule = colors
    block_w = country_w + rec_w * len(recs) + score_w + grade_w + cov_w
    head_h, row_h = plan.head_h, plan.row_h
    columns = [(x0, country_w, MatrixImage.tr("Country"), Qt.AlignmentFlag.AlignLeft)]
    x = x0 + country_w
    for r in recs:
        columns.append((x, rec_w, r.title if plan.labels else r.code, Qt.AlignmentFlag.AlignHCenter))
        x += rec_w
    score_head = MatrixImage.tr("Score\n(0–100)") if plan.labels else MatrixImage.tr("Score")
    for w, label in ((score_w, score_head), (grade_w, MatrixImage.tr("Grade")), (cov_w, MatrixImage.tr("Assessed"))):
        columns.append((x, w, label, Qt.AlignmentFlag.AlignHCenter))
        x += w
    p.fillRect(QRectF(x0, y, block_w, head_h), QColor(HEAD_BG))
    head_font = _font((15 if plan.labels else 12.5) * u, bold=plan.labels)
    p.setFont(head_font)
    p.setPen(ink)
    hfm = QFontMetricsF(head_font)
    for cx, cw, label, align in columns:
        option = QTextOption(align | Qt.AlignmentFlag.AlignBottom)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        pad = 8 * u if plan.labels else 3 * u
        text = label if plan.labels else hfm.elidedText(label, Qt.TextElideMode.ElideRight, cw - 2 * pad)
        p.drawText(QRectF(cx + pad, y + 4 * u, cw - 2 * pad, head_h - 10 * u), text, option)
    y += head_h
    p.setPen(QPen(ink, 1.5 * u))
    p.drawLine(QPointF(x0, y), QPointF(x0 + block_w, y))

    name_font, code_font = _font(16 * u * f, bold=True), _font(13 * u * f)
    label_font = _font(15 * u * f)
    num_font = _font(17 * u * f, bold=True)
    for i, s in enumerate(rows):
        top = y + i * row_h
        if i % 2:
            p.fillRect(QRectF(x0, top, block_w, row_h), QColor(STRIPE_BG))
        p.setPen(ink)
        p.setFont(name_font)
        name_rect = QRectF(x0 + 6 * u, top, country_w - 50 * u * f, row_h)
        name = QFontMetricsF(name_font).elidedText(s.country_name, Qt.TextElideMode.ElideRight, name_rect.width())
        p.drawText(name_rect, _LEFT, name)
        p.setPen(muted)
        p.setFont(code_font)
        p.drawText(QRectF(x0 + country_w - 46 * u, top, 40 * u, row_h),
                   int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), s.country_code)
        cx = x0 + country_w
        for r in recs:
            cell = s.cells[r.code]
            rect = QRectF(cx + 2 * u, top + 2 * u, rec_w - 4 * u, row_h - 4 * u)
            color = QColor(safe_color(cell.color))
            if cell.score is not None:
                p.fillRect(rect, QColor(tint(cell.color, STATUS_TINT)))
                p.fillRect(QRectF(rect.left(), rect.top(), 5 * u, rect.height()), color)
            mark = max(2.0, min(22 * u * f, rect.height() - 4 * u, rect.width() - 8 * u))
            left = rect.left() + (12 * u if plan.labels else (rect.width() - mark) / 2 + 2 * u)
            mark_rect = QRectF(left, rect.center().y() - mark / 2, mark, mark)
            paint_status_mark(p, mark_rect, cell.score, color, ink if cell.score is not None else muted)
            if plan.labels:
                p.setPen(ink if cell.score is not None else muted)
                text_rect = QRectF(
                    mark_rect.right() + 8 * u, rect.top(), rect.right() - mark_rect.right() - 10 * u, rect.height()
                )
                _draw_fitted(p, text_rect, cell.status_label, 15 * u * f, 9 * u)
            cx += rec_w
        p.setPen(ink)
        p.setFont(num_font)
        score = "—" if s.score is None else format_decimal(s.score, lang) + ("*" if s.incomplete else "")
        p.drawText(QRectF(cx, top, score_w, row_h), int(Qt.AlignmentFlag.AlignCenter), score)
        cx += score_w
        p.drawText(QRectF(cx, top, grade_w, row_h), int(Qt.AlignmentFlag.AlignCenter), s.grade or "—")
        cx += grade_w
        p.setFont(label_font)
        p.setPen(muted if s.assessed == 0 else ink)
        p.drawText(QRectF(cx, top, cov_w, row_h), int(Qt.AlignmentFlag.AlignCenter),
                   arg(MatrixImage.tr("%1 of %2"), s.assessed, s.total))
        p.setPen(QPen(rule, 1 * u))
        p.drawLine(QPointF(x0, top + row_h), QPointF(x0 + block_w, top + row_h))
    if empty:
        p.setPen(muted)
        p.setFont(label_font)
        if assessed_only:
            text = MatrixImage.tr("No country has an assessed recommendation yet.")
        else:
            text = MatrixImage.tr("No countries tracked.")
        p.drawText(QRectF(x0, y, block_w, row_h), int(Qt.AlignmentFlag.AlignCenter), text)


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
