"""Reports on paper: a report's HTML painted as a PDF.

The caller builds the report (:func:`tracker.report_model.build_report`) and
hands it to :func:`write_pdf`; this module paints the HTML that
:mod:`tracker.reports` writes for it, so a PDF says exactly what the HTML says
and the reports never need Qt.  It paints with QtGui only (no widgets), so it
runs from the command line with an off-screen GUI application
(:func:`tracker.ui.render.ensure_gui`).

The PDF is laid out by ``QTextDocument`` page by page on A4 or US Letter with
18 mm margins; every page carries a footer with the report's title and
as-of date and "Page n of N".  Files are written in full or not at all.
"""

from __future__ import annotations

import html as _html
import os
from collections.abc import Mapping
from dataclasses import field
from types import MappingProxyType

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
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
    QTextImageFormat,
    QTextTable,
)

from db.catalogue import arg, texts_for
from db.records import record

from .. import __version__
from ..exports import write_file_atomically
from ..report_model import PAGE_SIZES, Report, report_title
from ..reports import render_html
from ..style import FONT_FAMILY, INK, MUTED, RULE
from .icons import paint_status_mark

MARGIN_MM = 18.0
FOOTER_MM = 8.0
PDF_RESOLUTION = 600
_PAGE_SIZES: Mapping[str, QPageSize.PageSizeId] = MappingProxyType(
    {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
)


def _mm_to_px(mm: float, dpi: int) -> float:
    return mm / 25.4 * dpi


def render_pdf_bytes(html: str, page_size: str = "A4", *, footer: str | None = None, language: str = "en") -> bytes:
    """The PDF of ``html`` as bytes (see :func:`write_pdf`)."""
    return _render_pdf(html, page_size, footer, language)[0]


@record(frozen=True)
class _Slice:
    """One page: the document from ``top`` to ``bottom``, under a repeated table header."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


@record
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


@record
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
    base = QFont(FONT_FAMILY)
    base.setPointSizeF(10)
    doc.setDefaultFont(base)
    # The report's "@media screen" rules (centring in a browser) do not apply on paper.
    doc.setMetaInformation(QTextDocument.MetaInformation.CssMedia, "print")
    doc.setHtml(html)
    _unescape_links(doc)
    _no_ligatures(doc)
    _status_marks(doc)
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


def page_number_text(page: int, pages: int, lang: str = "en") -> str:
    """'Page 2 of 7' at the foot of a page, in the report's language."""
    PdfFooter = texts_for(lang, "PdfFooter")  # noqa: N806 - named as its context, for lupdate
    return arg(PdfFooter.tr("Page %1 of %2"), page, pages)


def _render_pdf(html: str, page_size: str, footer: str | None, language: str = "en") -> tuple[bytes, int]:
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
            painter.setPen(QPen(QColor(RULE), _mm_to_px(0.25, dpi)))
            painter.drawLine(QPointF(0, top), QPointF(width, top))
            painter.setFont(footer_font)
            painter.setPen(QColor(MUTED))
            number = page_number_text(page + 1, pages, language)
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


#: The report's status glyphs (:func:`tracker.reports.status_glyph`) and the score each stands for.
_GLYPH_SCORES: Mapping[str, float | None] = MappingProxyType(
    {"\u25cc": None, "\u2298": 0.0, "\u25d4": 25.0, "\u25d1": 50.0, "\u25d5": 75.0, "\u25cf": 100.0}
)
_MARK_PX = 128  # the painted mark's resolution: crisp at any zoom of a 12 pt mark


def _status_marks(doc: QTextDocument) -> None:
    """Paint each status mark as the app does (:func:`tracker.ui.icons.paint_status_mark`): "Not assessed"
    is a dashed circle with a question mark on paper too, not a font's dotted circle (or a blank box when the
    font lacks it).  A mark is a fragment holding one glyph alone (the report's marked span), so the same
    character inside someone's text is left as written."""
    found: list[tuple[int, float | None, QColor, float]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            text = fragment.text()
            if len(text) == 1 and text in _GLYPH_SCORES:
                fmt = fragment.charFormat()
                found.append((fragment.position(), _GLYPH_SCORES[text], fmt.foreground().color(), fmt.fontPointSize()))
            it += 1
        block = block.next()
    # One edit for them all: each insertImage of its own laid the whole document out again (an overview of 200
    # countries × 50 recommendations has 10,000 marks: it ran for more than ten minutes).
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for position, score, color, points in reversed(found):  # from the end: a mark's place stays where it was found
        name = f"status-mark:{score}:{color.name()}"
        if doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name)) is None:
            image = QImage(_MARK_PX, _MARK_PX, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            outline = color if score is None else QColor(INK)
            paint_status_mark(painter, QRectF(0, 0, _MARK_PX, _MARK_PX), score, color, outline)
            painter.end()
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        side = (points or 10.0) * 96 / 72 * 0.8  # CSS pixels: the size the glyph it replaces looks
        mark = QTextImageFormat()
        mark.setName(name)
        mark.setWidth(side)
        mark.setHeight(side)
        mark.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertImage(mark)
    cursor.endEditBlock()


_NO_LIGATURES: Mapping[QFont.Tag, int] = MappingProxyType({QFont.Tag("liga"): 0, QFont.Tag("clig"): 0})


def _no_ligatures(doc: QTextDocument) -> None:
    """Letters, not ligatures: "official" stays searchable and copyable from the PDF
    (with a ligature it would hold the single character "ﬃ")."""
    cursor = QTextCursor(doc)
    cursor.select(QTextCursor.SelectionType.Document)
    fmt = QTextCharFormat()
    fmt.setFontFeatures(dict(_NO_LIGATURES))
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


def write_html_pdf(
    html: str, path: str | os.PathLike[str], page_size: str = "A4", *, footer: str | None = None,
    language: str = "en",
) -> int:
    """Write ``html`` (a report from :mod:`tracker.reports`, or any simple HTML) as a
    PDF on A4 or Letter paper; returns the number of pages.

    ``footer`` (default: the HTML's ``<title>``) is printed at the foot of
    every page with the page number ("Page 2 of 7" in ``language``).  The file is written in full or not at all.
    """
    data, pages = _render_pdf(html, page_size, footer, language)
    write_file_atomically(path, lambda fh: fh.write(data))
    return pages


def report_pdf_bytes(report: Report, page_size: str = "A4") -> bytes:
    """The PDF of ``report`` as bytes: its HTML, with its title in the footer."""
    return render_pdf_bytes(render_html(report), page_size, footer=report_title(report), language=report.language)


def write_pdf(report: Report, path: str | os.PathLike[str], page_size: str = "A4") -> int:
    """Write ``report`` as a PDF on A4 or Letter paper, in full or not at all;
    returns the number of pages.  A GUI application must exist (:func:`tracker.ui.render.ensure_gui`)."""
    return write_html_pdf(render_html(report), path, page_size, footer=report_title(report), language=report.language)


__all__ = [
    "FOOTER_MM", "MARGIN_MM", "PDF_RESOLUTION", "page_number_text", "render_pdf_bytes", "report_pdf_bytes",
    "write_html_pdf", "write_pdf",
]
