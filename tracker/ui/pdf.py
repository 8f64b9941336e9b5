"""Reports on paper and slides: a report's HTML as PDF, and the matrix as PNG.

Both paint with QtGui only (no widgets), so they run from the command line
with an off-screen GUI application (:func:`ensure_gui`).

The PDF is laid out by ``QTextDocument`` page by page on A4 or US Letter with
18 mm margins; every page carries a footer with the report's title and
as-of date and "Page n of N".  Files are written in full or not at all.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
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
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from db import Tracker
from db.queries import StatusInfo, codebook_view

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


@dataclass(frozen=True)
class _Slice:
    """One page: the document from ``top`` to ``bottom``, under a repeated table header."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


@dataclass
class _Breaks:
    """Where a page may end, found in the laid-out document."""

    allowed: list[float] = field(default_factory=list)
    forced: list[float] = field(default_factory=list)
    lines: list[tuple[float, float]] = field(default_factory=list)  # every line's top and bottom, for the last resort
    headers: list[tuple[float, float, float]] = field(default_factory=list)  # table top, header bottom, table bottom


def _block_lines(doc: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    lines = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        lines.append((rect.top() + line.y(), rect.top() + line.y() + line.height()))
    return lines


def _find_breaks(doc: QTextDocument, gap: float, page_height: float) -> _Breaks:
    """Pages may end between blocks, between the lines of a long paragraph (leaving
    at least two lines on each side), before a table, or between two table rows;
    never right after a heading (or the note under it) nor between a table's
    header and its first row.  ``page-break-before: always`` forces a break.
    ``gap`` is how far above a row's text its page may end (inside the row's top padding)."""
    found = _Breaks()
    layout = doc.documentLayout()
    keep = 0  # how many following elements stay with a heading
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        block = it.currentBlock()
        if isinstance(frame, QTextTable):
            rect = layout.frameBoundingRect(frame)
            if frame.format().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                found.forced.append(rect.top())
            elif not keep:
                found.allowed.append(rect.top())
            keep = max(0, keep - 1)
            row_tops = []
            for r in range(frame.rows()):
                tops = []
                for c in range(frame.columns()):
                    cell = frame.cellAt(r, c)
                    if cell.row() != r:  # spanned from the row above
                        continue
                    first = doc.findBlock(cell.firstPosition())
                    last = doc.findBlock(cell.lastPosition())
                    tops.append(layout.blockBoundingRect(first).top())
                    b = first
                    while b.isValid() and b.position() <= last.position():
                        found.lines.extend(_block_lines(doc, b))
                        b = b.next()
                row_tops.append(min(tops) - gap if tops else rect.top())
            head = frame.format().headerRowCount()
            if 0 < head < frame.rows():
                found.headers.append((rect.top(), row_tops[head], rect.bottom()))
            found.allowed.extend(row_tops[head + 1:] if head else row_tops[1:])
        elif block.isValid():
            lines = _block_lines(doc, block)
            found.lines.extend(lines)
            top = layout.blockBoundingRect(block).top()
            if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                found.forced.append(top)
            elif not keep:
                found.allowed.append(top)
            keep = max(0, keep - 1)
            if lines and lines[-1][1] - lines[0][0] > page_height / 4:
                # Only a long paragraph is split between pages (Qt also draws, clipped
                # out of sight, the line above a page's first line of a split paragraph).
                found.allowed.extend(t for i, (t, _) in enumerate(lines) if 2 <= i <= len(lines) - 2)
            if block.blockFormat().headingLevel() > 0:
                keep = 2
        it += 1
    return found


def _choose_break(breaks: _Breaks, y: float, limit: float, room: float, page_height: float, eps: float) -> float:
    """The lowest tidy place to end a page that starts at ``y``; else, when what
    follows is taller than a page (a huge table row), the lowest place between lines."""
    allowed = [a for a in breaks.allowed if y + eps < a <= limit]
    full = [a for a in allowed if a > y + room * 0.25]
    if full:
        return max(full)
    if allowed:
        last = max(allowed)
        after = [a for a in breaks.allowed + breaks.forced if a > last + eps]
        if after and min(after) - last <= page_height:
            return last  # a short page rather than a cut row: what follows fits on the next one
    end = limit
    while True:
        cut = [top for top, bottom in breaks.lines if top < end < bottom and top > y + eps]
        if not cut:
            return end
        end = min(cut)


def _paginate(doc: QTextDocument, page_height: float, gap: float) -> list[_Slice]:
    total = doc.documentLayout().documentSize().height()
    breaks = _find_breaks(doc, gap, page_height)
    slices: list[_Slice] = []
    y = 0.0
    eps = gap / 4
    while y < total - eps:
        header = next(((t, h) for t, h, b in breaks.headers if h - eps <= y < b - eps), None)
        room = page_height - (header[1] - header[0] if header else 0)
        limit = y + room
        forced = [f for f in breaks.forced if y + eps < f <= limit]
        if forced:
            end = min(forced)
        elif limit >= total:
            end = total
        else:
            end = _choose_break(breaks, y, limit, room, page_height, eps)
        slices.append(_Slice(y, end, header))
        y = end
    return slices or [_Slice(0.0, max(total, 1.0))]


@dataclass
class _Layout:
    writer: QPdfWriter
    buffer: QBuffer
    doc: QTextDocument
    base: QFont
    title: str
    width: float
    body_h: float
    footer_h: float
    slices: list[_Slice]


def _lay_out(html: str, page_size: str, footer: str | None) -> _Layout:
    """The document laid out for the page, and cut into pages."""
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
    _unescape_links(doc)
    _no_ligatures(doc)
    title = footer or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or "Policy Tracker report"
    writer.setTitle(title)

    dpi = writer.resolution()
    paint = writer.pageLayout().paintRectPixels(dpi)
    width = float(paint.width())
    footer_h = _mm_to_px(FOOTER_MM, dpi)
    body_h = float(paint.height()) - footer_h
    doc.setTextWidth(width)
    slices = _paginate(doc, body_h, gap=2 * dpi / 96)
    return _Layout(writer, buffer, doc, base, title, width, body_h, footer_h, slices)


def _render_pdf(html: str, page_size: str, footer: str | None) -> tuple[bytes, int]:
    lay = _lay_out(html, page_size, footer)
    writer, buffer, doc, base, title = lay.writer, lay.buffer, lay.doc, lay.base, lay.title
    width, body_h, footer_h, slices = lay.width, lay.body_h, lay.footer_h, lay.slices
    dpi = writer.resolution()
    pages = len(slices)

    footer_font = QFont(base)
    footer_font.setPointSizeF(7.5)
    for tag, value in _NO_LIGATURES.items():
        footer_font.setFeature(tag, value)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("Could not start writing the PDF.")
    try:
        fm = QFontMetricsF(footer_font, writer)
        for page, part in enumerate(slices):
            if page:
                writer.newPage()
            offset = 0.0
            if part.header is not None:
                _draw_slice(painter, doc, part.header[0], part.header[1], 0.0, width)
                offset = part.header[1] - part.header[0]
            _draw_slice(painter, doc, part.top, part.bottom, offset, width)
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


def _unescape_links(doc: QTextDocument) -> None:
    """Qt keeps entities such as ``&amp;`` in link addresses as written; a
    browser decodes them.  Decode them, so a link in the PDF goes where it should."""
    fixes = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if "&" in href and _html.unescape(href) != href:
                fixes.append((fragment.position(), fragment.length(), _html.unescape(href)))
            it += 1
        block = block.next()
    for position, length, href in fixes:
        cursor = QTextCursor(doc)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setAnchorHref(href)
        cursor.mergeCharFormat(fmt)


_NO_LIGATURES = {QFont.Tag("liga"): 0, QFont.Tag("clig"): 0}


def _no_ligatures(doc: QTextDocument) -> None:
    """Letters, not ligatures: "official" stays searchable and copyable from the PDF
    (with a ligature it would hold the single character "ﬃ")."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextCharFormat()
    fmt.setFontFeatures(_NO_LIGATURES)
    cursor.mergeCharFormat(fmt)


def _draw_slice(painter: QPainter, doc: QTextDocument, top: float, bottom: float, at: float, width: float) -> None:
    """Paint the document between ``top`` and ``bottom`` at height ``at`` on the page."""
    painter.save()
    painter.translate(0, at - top)
    # Just inside the slice: a line that only touches its edge belongs to the
    # neighbouring page, and must not be drawn (clipped, but still in the text) here.
    inset = min(3.0, (bottom - top) / 4)
    doc.drawContents(painter, QRectF(0, top + inset, width, bottom - top - 2 * inset))
    painter.restore()


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


def _tint(color: QColor, alpha: float) -> QColor:
    """``color`` laid over white at ``alpha``, as an opaque colour."""
    return QColor(
        round(255 + (color.red() - 255) * alpha),
        round(255 + (color.green() - 255) * alpha),
        round(255 + (color.blue() - 255) * alpha),
    )


def render_matrix_image(
    t: Tracker, *, as_of: str | _dt.date | None = None, group: str | None = None, width: int = 1600,
    assessed_only: bool = False,
) -> QImage:
    """The status matrix (countries × recommendations, with score, grade and
    coverage), its title, as-of date and legend, painted into an image ``width``
    pixels wide; countries in rank order, those with nothing assessed last
    (or left out with ``assessed_only``, which keeps a slide short)."""
    from ..reports import _valid_as_of

    day = _valid_as_of(t, as_of)
    book = codebook_view(t)
    scores = scorecard(t, day, group=group, book=book)
    hidden = 0
    if assessed_only:
        hidden = sum(1 for s in scores if s.assessed == 0)
        scores = [s for s in scores if s.assessed > 0]
    recs = book.active_recommendations()
    u = width / 1600.0  # one design pixel

    ink, muted, rule = QColor("#1F2328"), QColor("#57606A"), QColor("#D0D7DE")
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
    notes += f"\nGenerated on {t.today()} with Policy Tracker {__version__}."
    notes_h = QFontMetricsF(note_font).boundingRect(QRectF(0, 0, inner, 10_000), _WRAP_TOP, notes).height() + 4 * u
    height = int(title_h + head_h + row_h * max(1, len(scores)) + 24 * u + legend_rows * 32 * u + 8 * u + notes_h + 2 * margin)

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
        label_font = _font(15 * u)
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
                p.setPen(ink if cell.score is not None else muted)
                text_rect = QRectF(mark_rect.right() + 9 * u, rect.top(), rect.right() - mark_rect.right() - 12 * u, rect.height())
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
        p.drawText(QRectF(x0, y, 90 * u, 30 * u), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), "Legend")
        p.setFont(legend_font)
        for status, (lx, ly, item_w) in zip(book.statuses, legend):
            color = QColor(safe_color(status.color))
            box = QRectF(lx, y + ly + 3 * u, 24 * u, 24 * u)
            if status.score is not None:
                p.fillRect(box.adjusted(-2 * u, -2 * u, 2 * u, 2 * u), _tint(color, 0.22))
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


def render_matrix_png(
    t: Tracker, path: str | os.PathLike[str], *, as_of: str | _dt.date | None = None, group: str | None = None,
    width: int = 1600, assessed_only: bool = False,
) -> None:
    """Save the status matrix as a PNG ``width`` pixels wide (for slides); written in full or not at all."""
    if width < 400:
        raise ValueError("The image must be at least 400 pixels wide.")
    image = render_matrix_image(t, as_of=as_of, group=group, width=width, assessed_only=assessed_only)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"Could not encode the image for {Path(path).name}.")
    buffer.close()
    payload = bytes(data.data())
    write_file_atomically(path, lambda fh: fh.write(payload))


__all__ = ["ensure_gui", "render_matrix_image", "render_matrix_png", "render_pdf_bytes", "write_pdf"]
