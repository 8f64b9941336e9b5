"""The matrix's recommendation columns never cut a word of their titles: they share the room there is, and below
their titles' need the matrix scrolls sideways instead (a window half a screen wide, a long language)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .conftest import save_shot


def recommendation_columns(window: Any) -> range:
    return range(1, window.matrix.model().columnCount() - 3)


def words_fit(window: Any) -> bool:
    """Every word of every recommendation's title fits its column (a soft hyphen breaks a word, with a hyphen)."""
    view = window.matrix
    metrics = view.horizontalHeader().fontMetrics()
    for col in recommendation_columns(window):
        title = str(view.model().headerData(col, Qt.Orientation.Horizontal))
        for word in title.split():
            pieces = word.split("\u00ad")
            for n, piece in enumerate(pieces):
                if metrics.horizontalAdvance(piece + ("-" if n < len(pieces) - 1 else "")) + 8 > view.columnWidth(col):
                    return False
    return True


def fills_the_width(window: Any) -> bool:
    view = window.matrix
    used = sum(view.columnWidth(col) for col in range(view.model().columnCount()))
    return not view.horizontalScrollBar().isVisible() and abs(used - view.viewport().width()) <= 2


def test_half_a_screen_in_belarusian_scrolls_instead_of_cutting_words(
    qtbot: Any, window_in_language: Any, tmp_path: Path
) -> None:
    window = window_in_language("be")
    window.resize(960, 800)
    qtbot.waitUntil(lambda: window.width() == max(960, window.minimumSizeHint().width()))
    qtbot.waitUntil(lambda: window.matrix.horizontalScrollBar().isVisible())
    save_shot(window, "matrix_be_960", tmp_path)
    assert words_fit(window)
    widths = {window.matrix.columnWidth(col) for col in recommendation_columns(window)}
    assert len(widths) == 1  # one width for all: the matrix stays a regular grid


def test_a_wide_window_shares_the_room_and_narrowing_it_again_scrolls(qtbot: Any, window: Any) -> None:
    window.resize(1700, 800)
    qtbot.waitUntil(lambda: window.width() == 1700 and fills_the_width(window))
    assert words_fit(window)
    window.details.hide()  # the dock's room goes to the matrix too
    qtbot.waitUntil(lambda: fills_the_width(window))
    window.details.show()
    window.resize(max(900, window.minimumSizeHint().width()), 800)
    qtbot.waitUntil(lambda: window.matrix.horizontalScrollBar().isVisible() or fills_the_width(window))
    assert words_fit(window)
