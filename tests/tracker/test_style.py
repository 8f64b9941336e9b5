"""The one palette: colours from the codebook are checked before they land in
markup or a cell, text on a status colour stays readable, and the HTML report,
the Excel workbook (and, in tests/tracker/ui/test_pdf.py, the PDF and PNG)
take their colours from tracker.style, not from literals of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker import style

ROOT = Path(__file__).resolve().parents[2]
#: Every module that prints something for a reader; none may carry a colour literal of its own.
RENDERERS = ("tracker/reports.py", "tracker/xlsx.py", "tracker/ui/pdf.py", "tracker/ui/matrix_image.py")


def test_safe_color_keeps_a_hex_colour_and_refuses_anything_else():
    assert style.safe_color("#1e7b3a") == "#1E7B3A"
    for bad in (None, "", "red", "#12345", "#1234567", "#GGGGGG", "#1E7B3A' onload='x", " #1E7B3A"):
        assert style.safe_color(bad) == style.FALLBACK_COLOR, bad


@pytest.mark.parametrize(
    ("background", "text"),
    [("#FFFFFF", "#000000"), ("#000000", "#FFFFFF"), ("#FFEE00", "#000000"), ("#1A4B8C", "#FFFFFF"),
     ("#B3261E", "#FFFFFF"), ("not a colour", "#000000")],
)
def test_readable_text_is_black_or_white_whichever_contrasts_more(background, text):
    assert style.readable_text_hex(background) == text


def test_contrast_ratio_follows_wcag():
    assert style.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert style.contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert style.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert style.contrast_ratio(style.INK, style.PAPER) >= 7  # body text: AAA
    assert style.contrast_ratio(style.MUTED, style.PAPER) >= 4.5  # secondary text: AA


def test_tint_lays_a_colour_over_white():
    assert style.tint("#1E7B3A", 0) == "#FFFFFF"
    assert style.tint("#1E7B3A", 1) == "#1E7B3A"
    assert style.tint("#000000", 0.22) == "#C7C7C7"  # round(255 - 255 * 0.22) = 199
    assert style.tint("nonsense", 1) == style.FALLBACK_COLOR


def test_excel_colours_have_no_hash():
    assert style.excel_rgb(style.HEAD_BG) == "EEF2F7"
    assert style.excel_rgb("#1e7b3a") == "1E7B3A"


def test_every_palette_entry_is_a_hex_colour():
    for name in ("INK", "MUTED", "ACCENT", "RULE", "HEAD_BG", "SOFT_BG", "STRIPE_BG", "REVIEW", "PAPER", "BLACK",
                 "WHITE", "FALLBACK_COLOR"):
        value = getattr(style, name)
        assert style.safe_color(value) == value, name
    assert style.CSS_FONT.startswith(f"'{style.FONT_FAMILY}'")


@pytest.mark.parametrize("module", RENDERERS)
def test_renderers_take_their_colours_from_the_style_module(module: str):
    text = (ROOT / module).read_text(encoding="utf-8")
    assert not re.findall(r"[\"']#?[0-9A-Fa-f]{6}[\"']", text), "a colour literal: put it in tracker/style.py"
    assert "from ..style import" in text or "from .style import" in text
