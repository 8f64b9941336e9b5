"""Reports on paper and slides: a report's HTML as PDF, and the matrix as PNG.

Both paint with QtGui only (no widgets), so they run from the command line
with an off-screen GUI application (:func:`ensure_gui`).

The PDF is laid out by ``QTextDocument`` page by page on A4 or US Letter with
18 mm margins; every page carries a footer with the report's title and
as-of date and "Page n of N".  Files are written in full or not at all.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from db import Tracker
from db.queries import codebook_view

from .. import __version__
from ..exports import write_file_atomically
from ..reports import PAGE_SIZES, long_date, safe_color
from ..scoring import scorecard
from .icons import paint_status_mark

MARGIN_MM = 18.0
FOOTER_MM = 8.0
PDF_RESOLUTION = 600
_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_apps: list[QGuiApplication] = []


def ensure_gui() -> QGuiApplication:
    """The running Qt GUI application, or a new off-screen one when there is none.

    ``QT_QPA_PLATFORM`` is set to ``offscreen`` only when no application exists
    and the variable is not already set, so a desktop session is left alone.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "policy-tracker"])
    _apps.append(app)  # keep it alive for the life of the process
    return app


def _mm_to_px(mm: float, dpi: int) -> float:
    return mm / 25.4 * dpi


def render_pdf_bytes(html: str, page_size: str = "A4", *, footer: str | None = None) -> bytes:
    """The PDF of ``html`` as bytes (see :func:`write_pdf`)."""
    return _render_pdf(html, page_size, footer)[0]


def _render_pdf(html: str, page_size: str, footer: str | None) -> tuple[bytes, int]:
    if page_size not in _PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}; use one of {', '.join(PAGE_SIZES)}")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(_PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM - FOOTER_MM / 2), QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator(f"Policy Tracker {__version__}")

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    base = QFont("DejaVu Sans")
    base.setPointSizeF(10)
    doc.setDefaultFont(base)
    # The report's "@media screen" rules (centring in a browser) do not apply on paper.
    doc.setMetaInformation(QTextDocument.MetaInformation.CssMedia, "print")
    doc.setHtml(html)
    title = footer or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or "Policy Tracker report"
    writer.setTitle(title)

    dpi = writer.resolution()
    paint = writer.pageLayout().paintRectPixels(dpi)
    width = float(paint.width())
    footer_h = _mm_to_px(FOOTER_MM, dpi)
    body_h = float(paint.height()) - footer_h
    doc.setPageSize(QSizeF(width, body_h))
    pages = max(1, doc.pageCount())

    footer_font = QFont(base)
    footer_font.setPointSizeF(7.5)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Could not start writing the PDF.")
    try:
        fm = QFontMetricsF(footer_font, writer)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, width, body_h))
            painter.restore()
            top = body_h + footer_h * 0.35
            painter.setPen(QPen(QColor("#D0D7DE"), _mm_to_px(0.25, dpi)))
            painter.drawLine(QPointF(0, top), QPointF(width, top))
            painter.setFont(footer_font)
            painter.setPen(QColor("#57606A"))
            number = f"Page {page + 1} of {pages}"
            number_w = fm.horizontalAdvance(number)
            text_rect = QRectF(0, top + _mm_to_px(1.2, dpi), width, footer_h)
            left = fm.elidedText(title, Qt.TextElideMode.ElideRight, width - number_w - _mm_to_px(6, dpi))
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), number)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), pages


def write_pdf(html: str, path: str | os.PathLike[str], page_size: str = "A4", *, footer: str | None = None) -> int:
    """Write ``html`` (a report from :mod:`tracker.reports`) as a PDF on A4 or
    Letter paper; returns the number of pages.

    ``footer`` (default: the HTML's ``<title>``) is printed at the foot of
    every page with the page number.  The file is written in full or not at all.
    """
    data, pages = _render_pdf(html, page_size, footer)
    write_file_atomically(path, lambda fh: fh.write(data))
    return pages


# ---------------------------------------------------------------- the matrix as PNG
def _font(px: float, *, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _tint(color: QColor, alpha: float) -> QColor:
    """``color`` laid over white at ``alpha``, as an opaque colour."""
    return QColor(
        round(255 + (color.red() - 255) * alpha),
        round(255 + (color.green() - 255) * alpha),
        round(255 + (color.blue() - 255) * alpha),
    )


def render_matrix_image(
    t: Tracker, *, as_of: str | _dt.date | None = None, group: str | None = None, width: int = 1600
) -> QImage:
    """The status matrix (countries × recommendations, with score, grade and
    coverage), its title, as-of date and legend, painted into an image ``width`` pixels wide."""
    from ..reports import _valid_as_of

    day = _valid_as_of(t, as_of)
    book = codebook_view(t)
    scores = scorecard(t, day, group=group, book=book)
    recs = book.active_recommendations()
    u = width / 1600.0  # one design pixel

    ink, muted, rule = QColor("#1F2328"), QColor("#57606A"), QColor("#D0D7DE")
    margin = 48 * u
    inner = width - 2 * margin
    country_w = 270 * u
    score_w, grade_w, cov_w = 104 * u, 84 * u, 116 * u
    rec_w = (inner - country_w - score_w - grade_w - cov_w) / max(1, len(recs))
    row_h = 42 * u
    head_h = 92 * u
    title_h = 112 * u
    legend_h = 150 * u
    height = int(title_h + head_h + row_h * max(1, len(scores)) + legend_h + 2 * margin)

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(144 / 0.0254))
    image.setDotsPerMeterY(round(144 / 0.0254))
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        x0, y = margin, margin
        # Title and as-of date.
        p.setPen(QColor("#1A4B8C"))
        p.setFont(_font(17 * u, bold=True))
        p.drawText(QRectF(x0, y, inner, 26 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   "Policy Tracker")
        p.setPen(ink)
        title_font = _font(34 * u, bold=True)
        p.setFont(title_font)
        title = QFontMetricsF(title_font).elidedText(book.title or "Status matrix", Qt.TextElideMode.ElideRight, inner)
        p.drawText(QRectF(x0, y + 26 * u, inner, 46 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        p.setPen(muted)
        p.setFont(_font(19 * u))
        scope = f" · group {group}" if group else ""
        p.drawText(QRectF(x0, y + 72 * u, inner, 30 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
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
        p.fillRect(QRectF(x0, y, inner, head_h), QColor("#EEF2F7"))
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
        label_font = _font(14 * u)
        num_font = _font(17 * u, bold=True)
        for i, s in enumerate(scores):
            top = y + i * row_h
            if i % 2:
                p.fillRect(QRectF(x0, top, inner, row_h), QColor("#F8F9FB"))
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
                    p.fillRect(rect, _tint(color, 0.22))
                    p.fillRect(QRectF(rect.left(), rect.top(), 6 * u, rect.height()), color)
                mark = 22 * u
                mark_rect = QRectF(rect.left() + 14 * u, rect.center().y() - mark / 2, mark, mark)
                paint_status_mark(p, mark_rect, cell.score, color, ink if cell.score is not None else muted)
                p.setFont(label_font)
                p.setPen(ink if cell.score is not None else muted)
                text_rect = QRectF(mark_rect.right() + 9 * u, rect.top(), rect.right() - mark_rect.right() - 12 * u, rect.height())
                label = QFontMetricsF(label_font).elidedText(cell.status_label, Qt.TextElideMode.ElideRight, text_rect.width())
                p.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
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
            p.drawText(QRectF(x0, y - row_h, inner, row_h), int(Qt.AlignmentFlag.AlignCenter), "No countries tracked.")

        # Legend and notes.
        y += 24 * u
        p.setFont(_font(14 * u, bold=True))
        p.setPen(ink)
        p.drawText(QRectF(x0, y, 90 * u, 30 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "Legend")
        x = x0 + 90 * u
        legend_font = _font(14 * u)
        lfm = QFontMetricsF(legend_font)
        p.setFont(legend_font)
        for status in book.statuses:
            text = status.label + ("" if status.score is None else f" ({status.score:g})")
            item_w = 30 * u + lfm.horizontalAdvance(text) + 26 * u
            if x + item_w > x0 + inner:
                x = x0 + 90 * u
                y += 32 * u
            color = QColor(safe_color(status.color))
            box = QRectF(x, y + 3 * u, 24 * u, 24 * u)
            if status.score is not None:
                p.fillRect(box.adjusted(-2 * u, -2 * u, 2 * u, 2 * u), _tint(color, 0.22))
            paint_status_mark(p, box, status.score, color, ink if status.score is not None else muted)
            p.setPen(ink)
            p.drawText(QRectF(x + 30 * u, y, item_w, 30 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            x += item_w
        y += 40 * u
        p.setPen(muted)
        p.setFont(_font(13 * u))
        n = len(recs)
        note = (
            "Score: weighted mean of the assessed recommendations, 0–100; recommendations not assessed are left out. "
            f"* Incomplete: fewer than half of the {n} recommendations assessed. Grades: "
            + ", ".join(f"{g.grade} ≥ {g.min_score:g}" for g in book.grades) + "."
        )
        option = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        p.drawText(QRectF(x0, y, inner, 44 * u), note, option)
        p.drawText(
            QRectF(x0, y + 44 * u, inner, 22 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            f"Generated on {t.today()} with Policy Tracker {__version__}.",
        )
    finally:
        p.end()
    return image


def render_matrix_png(
    t: Tracker, path: str | os.PathLike[str], *, as_of: str | _dt.date | None = None, group: str | None = None,
    width: int = 1600,
) -> None:
    """Save the status matrix as a PNG ``width`` pixels wide (for slides); written in full or not at all."""
    if width < 400:
        raise ValueError("The image must be at least 400 pixels wide.")
    image = render_matrix_image(t, as_of=as_of, group=group, width=width)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"Could not encode the image for {Path(path).name}.")
    buffer.close()
    payload = bytes(data.data())
    write_file_atomically(path, lambda fh: fh.write(payload))


__all__ = ["ensure_gui", "render_matrix_image", "render_matrix_png", "render_pdf_bytes", "write_pdf"]
