"""Icons drawn by code: status marks that carry meaning without colour, and toolbar icons.

A status icon is a circle filled in proportion to the status's score (a
quarter, half, three quarters, full), an empty circle with a slash for a
score of 0, and a dashed circle with a question mark for "not assessed",
so statuses stay distinguishable in greyscale and for colour-blind users.
Toolbar icons are small SVG files in ``resources/icons``, rendered at the size shown when first shown.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

import resources

#: The toolbar icons' folder (read as plain files: ``importlib.resources`` cost 7 ms at start-up).
ICONS = Path(resources.__file__).resolve().parent / "icons"


def readable_text_color(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in (background.redF(), background.greenF(), background.blueF()))
    lum = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return QColor("#000000") if lum > 0.35 else QColor("#FFFFFF")


def paint_status_mark(painter: QPainter, rect: QRectF, score: float | None, color: QColor, outline: QColor) -> None:
    """Draw the status mark for ``score`` inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    r = QRectF(0, 0, side, side)
    r.moveCenter(rect.center())
    r.adjust(1, 1, -1, -1)
    pen = QPen(outline, max(1.2, side / 12))
    if score is None:
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)
        font = painter.font()
        font.setPixelSize(max(6, int(side * 0.62)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(outline)
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "?")
    elif score <= 0:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)
        painter.drawLine(QPointF(r.left() + r.width() * 0.2, r.bottom() - r.height() * 0.2),
                         QPointF(r.right() - r.width() * 0.2, r.top() + r.height() * 0.2))
    else:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)
        painter.setBrush(color)
        painter.setPen(Qt.PenStyle.NoPen)
        if score >= 100:
            painter.drawEllipse(r)
        else:
            path = QPainterPath(r.center())
            path.arcTo(r, 90, -360 * score / 100)
            path.closeSubpath()
            painter.drawPath(path)
    painter.restore()


@lru_cache(maxsize=64)
def status_icon(score: float | None, color_name: str, outline_name: str = "#202124", size: int = 16) -> QIcon:
    """An icon of the status mark, for combo boxes and lists."""
    icon = QIcon()
    for scale in (1, 2):
        pix = QPixmap(size * scale, size * scale)
        pix.setDevicePixelRatio(scale)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        paint_status_mark(painter, QRectF(0, 0, size, size), score, QColor(color_name), QColor(outline_name))
        painter.end()
        icon.addPixmap(pix)
    return icon


@lru_cache(maxsize=128)
def action_icon(name: str, color_name: str = "#3C4043") -> QIcon:
    """A toolbar icon from ``resources/icons/NAME.svg`` drawn in ``color_name``
    (the palette's text colour, so icons follow light and dark themes).

    Drawn by Qt's SVG icon engine at the size shown, when first shown, from a copy in that colour kept
    in the user's cache folder: start-up builds twenty icons but shows a few, at one size (rendering
    each at four sizes up front cost start-up 8 ms).  Rendered up front when the cache cannot be written.
    """
    source = ICONS / f"{name}.svg"
    try:
        stat = source.stat()
        colour = color_name.lstrip("#").lower()
        coloured = _cache_folder() / f"{name}-{colour}-{stat.st_mtime_ns:x}-{stat.st_size:x}.svg"
        if not coloured.exists():
            text = source.read_text(encoding="utf-8").replace("currentColor", color_name)
            coloured.parent.mkdir(parents=True, exist_ok=True)
            partial = coloured.with_name(f".{coloured.name}.{os.getpid()}")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, coloured)
        icon = QIcon(str(coloured))
        if not icon.isNull():  # (null without Qt's SVG icon engine: then it is rendered here)
            return icon
    except OSError:
        pass
    return _rendered_icon(source, color_name)


@lru_cache(maxsize=1)
def _cache_folder() -> Path:
    """``icons`` in the user's cache folder (an OSError when Qt knows of none: icons are then rendered)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if not folder:
        raise FileNotFoundError("no cache folder")
    return Path(folder) / "icons"


def _rendered_icon(source: Path, color_name: str) -> QIcon:
    """The icon rendered now at the usual sizes (when no coloured copy could be kept)."""
    from PySide6.QtSvg import QSvgRenderer

    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", color_name).encode("utf-8")))
    icon = QIcon()
    for px in (16, 24, 32, 48):
        pix = QPixmap(QSize(px, px))
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pix)
    return icon


def clear_icon_caches() -> None:
    """Drop cached icons; call before the QApplication goes away (pixmaps must not outlive it)."""
    status_icon.cache_clear()
    action_icon.cache_clear()
    _cache_folder.cache_clear()  # the next application may look elsewhere (tests switch QStandardPaths' test mode)
