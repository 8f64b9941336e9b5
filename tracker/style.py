"""The colours and type of everything Policy Tracker prints: HTML reports, their
PDF, the matrix PNG and the Excel workbook.

One place, so a report on paper, a slide and a spreadsheet look like one
family, and a status colour from the codebook is checked the same way
everywhere before it lands in markup, a painter or a cell fill.  Colours are
``#RRGGBB`` strings; Qt code turns them into ``QColor`` itself.  No Qt here.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- palette
INK = "#1F2328"
"""Body text."""
MUTED = "#57606A"
"""Secondary text: notes, captions, "not assessed", footers."""
ACCENT = "#1A4B8C"
"""Headings, links, the tracker's name."""
RULE = "#D0D7DE"
"""Thin lines between rows and above the page footer."""
HEAD_BG = "#EEF2F7"
"""Table header rows."""
SOFT_BG = "#F6F8FA"
"""The summary boxes of a country report."""
STRIPE_BG = "#F8F9FB"
"""Every other row of the matrix image."""
REVIEW = "#9A4D00"
"""Warnings: "review due", "incomplete"."""
PAPER = "#FFFFFF"
"""The page."""
BLACK = "#000000"
WHITE = "#FFFFFF"
FALLBACK_COLOR = "#808080"
"""A status colour that is missing or not ``#RRGGBB``."""

STATUS_TINT = 0.22
"""How strongly a status colour tints its cell in the matrix image (over white)."""

# ---------------------------------------------------------------- type
FONT_FAMILY = "DejaVu Sans"
"""The font of the PDF and the matrix image (and the first choice of the HTML)."""
CSS_FONT = f"'{FONT_FAMILY}', 'Segoe UI', Arial, Helvetica, sans-serif"
"""The HTML report's font stack."""

_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


def safe_color(value: str | None) -> str:
    """A ``#RRGGBB`` colour from the codebook, or grey when it is anything else
    (a colour lands in an attribute, so it must never carry markup)."""
    return value.upper() if value and _COLOR_RE.match(value) else FALLBACK_COLOR


def _luminance(color: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    c = safe_color(color)
    r, g, b = (int(c[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text_hex(background: str) -> str:
    """``#000000`` or ``#FFFFFF``, whichever contrasts more with ``background``."""
    return BLACK if contrast_ratio(background, BLACK) >= contrast_ratio(background, WHITE) else WHITE


def tint(color: str, alpha: float) -> str:
    """``color`` laid over white at ``alpha``, as an opaque ``#RRGGBB`` colour
    (a status colour made light enough to put text on)."""
    c = safe_color(color)
    r, g, b = (round(255 + (int(c[i:i + 2], 16) - 255) * alpha) for i in (1, 3, 5))
    return f"#{r:02X}{g:02X}{b:02X}"


def excel_rgb(color: str) -> str:
    """``#1A4B8C`` -> ``1A4B8C``: openpyxl wants colours without the ``#``."""
    return safe_color(color)[1:]


__all__ = [
    "ACCENT", "BLACK", "CSS_FONT", "FALLBACK_COLOR", "FONT_FAMILY", "HEAD_BG", "INK", "MUTED", "PAPER", "REVIEW",
    "RULE", "SOFT_BG", "STATUS_TINT", "STRIPE_BG", "WHITE", "contrast_ratio", "excel_rgb", "readable_text_hex",
    "safe_color", "tint",
]
