"""The fonts Policy Tracker ships, registered with Qt so every language's letters render everywhere.

The window, the PDF reports and the matrix image are set in DejaVu Sans
(:data:`tracker.style.FONT_FAMILY`).  Linux desktops usually have it, but
Windows and macOS do not, and a machine without any font gives Qt nothing to
draw with: a PDF painted there has no text at all.  The package therefore
carries DejaVu Sans (regular and bold, unmodified; see resources/fonts/README.md),
which covers Latin, Latin Extended-A (Polish ł ś ź, Lithuanian ą č ė į š ų ū ž)
and Cyrillic (Belarusian ў і, Ukrainian ї є ґ, Russian ы э ъ).

Call :func:`register_bundled_fonts` once a QGuiApplication exists and before
the first text is laid out.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from ..style import FONT_FAMILY

#: The bundled font files, inside the ``resources`` package.
FONT_FILES: tuple[str, ...] = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_registered: dict[str, tuple[str, ...]] = {}


def bundled_font_paths() -> list[Path]:
    """The bundled font files on disk."""
    folder = resources.files("resources").joinpath("fonts")
    return [Path(str(folder.joinpath(name))) for name in FONT_FILES]


def register_bundled_fonts() -> tuple[str, ...]:
    """Add the bundled fonts to Qt's font database (once per process); the families they provide.

    A file Qt cannot load is skipped, so the app still starts with the system's fonts; the
    returned families then lack it, and :func:`missing_glyphs` tells what cannot be drawn.
    """
    for path in bundled_font_paths():
        key = str(path)
        if key in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(key)
        _registered[key] = tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()
    return tuple(dict.fromkeys(family for families in _registered.values() for family in families))


def missing_glyphs(text: str, family: str = FONT_FAMILY, *, bold: bool = False) -> str:
    """The letters of ``text`` that ``family`` has no glyph for (no repeats, in order; spaces ignored).

    Checked on the font Qt actually resolves for ``family``, so a substituted font is judged, not the
    name.  With no font at all Qt resolves none (an empty family; its stand-in claims every letter
    but draws none), and then every letter is missing.
    """
    font = QFont(family)
    font.setBold(bold)
    letters = [ch for ch in dict.fromkeys(text) if not ch.isspace()]
    if not QFontInfo(font).family():
        return "".join(letters)
    raw = QRawFont.fromFont(font)
    return "".join(ch for ch in letters if not raw.supportsCharacter(ord(ch)))
