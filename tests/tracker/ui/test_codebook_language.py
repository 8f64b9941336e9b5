"""The codebook's own texts in the interface's language (issue 15, requirement 3 in the app): a window
started in Belarusian shows recommendation titles, status labels, group names and country names in
Belarusian, countries in the Belarusian alphabet's order; an English window shows the codebook's English.
The data underneath is unchanged: filters and edits still name codes and canonical group names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from db import Tracker
from db.country_names import country_name
from db.queries import codebook_view
from tracker.ui.matrix import CELL_ROLE, sorted_by_name

from .conftest import FakePrompts, open_window


def shown_countries(win: Any) -> list[str]:
    proxy = win.matrix_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def header_titles(win: Any) -> list[str]:
    model = win.matrix_model
    return [model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or ""
            for col in range(1, len(model.recs) + 1)]


def test_a_belarusian_window_shows_the_codebook_in_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        belarusian = codebook_view(t, "be")
        english = codebook_view(t)
    assert language("be")
    win = open_window(qtbot, tracker_path, prompts, settings)
    assert win.ctx.language == "be"

    # Country names in Belarusian, in the order of the Belarusian alphabet (і and ў in their places).
    names = shown_countries(win)
    assert country_name("DE", "be") in names and "Germany" not in names
    assert names == [name for _, name in sorted_by_name([(c.code, c.name) for c in belarusian.active_countries()],
                                                        "be")]
    assert names.index("Аўстрыя") < names.index("Германія") < names.index("Польшча")

    # Recommendation titles and status labels come from the codebook's translations.
    titles = " ".join(header_titles(win))
    assert belarusian.recommendations[0].title in titles
    assert english.recommendations[0].title not in titles
    cell = win.matrix_model.index(0, 1).data(CELL_ROLE)
    assert cell.status_label in {s.label for s in belarusian.statuses}
    # The legend, the details dock and the forms read their labels from the same shared view.
    assert [s.label for s in win.ctx.state.book.statuses] == [s.label for s in belarusian.statuses]

    # Long Belarusian titles wrap (with hyphens) inside a header tall enough for them, and the window's parts fit.
    qtbot.waitUntil(lambda: not win.matrix._header_fit.isActive())
    header = win.matrix.horizontalHeader()
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    for col in range(1, len(win.matrix_model.recs) + 1):
        text = win.matrix_model.headerData(col, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().boundingRect(QRect(0, 0, header.sectionSize(col) - 8, 10_000), flags, text)
        assert needed.height() + 8 <= header.height(), text
    dock = win.details_dock if hasattr(win, "details_dock") else win.findChild(QDockWidget)
    assert dock.isVisible() and dock.geometry().right() < win.width()
    scroll = dock.widget()  # its rows of buttons fit: text wraps, buttons are never cut
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()

    # The group filter names the groups in Belarusian and still filters by the group itself.
    combo = win.group_combo
    items = {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}
    eu = next(text for text, data in items.items() if data == "EU")
    assert eu.startswith(belarusian.group_name("EU") + " (")
    combo.setCurrentIndex(combo.findData("EU"))
    qtbot.waitUntil(lambda: win.ctx.view.group == "EU")
    assert len(shown_countries(win)) == len(belarusian.groups["EU"])


def test_an_english_window_shows_the_codebook_as_written(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        english = codebook_view(t)
    win = open_window(qtbot, tracker_path, prompts, settings)
    assert win.ctx.language == "en"
    names = shown_countries(win)
    assert "Germany" in names
    assert names == sorted(names, key=str.casefold)
    assert english.recommendations[0].title in " ".join(header_titles(win))


def test_a_click_on_the_country_header_sorts_as_the_rows_were_laid_out(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    """The rows start in name order with the proxy unsorted; sorting by the header gives the same order, reversed
    on a second click, in Belarusian as in English."""
    assert language("be")
    win = open_window(qtbot, tracker_path, prompts, settings)
    first = shown_countries(win)
    win.matrix.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_countries(win) == first[::-1]
    win.matrix.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_countries(win) == first


def test_the_cell_details_never_cut_their_buttons_whatever_width_was_saved(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    """A dock width saved while the app spoke English (restored at the next start in Ukrainian) or dragged narrow:
    the dock keeps the width its widest row of buttons needs in the language."""
    assert language("uk")
    win = open_window(qtbot, tracker_path, prompts, settings)
    dock = win.findChild(QDockWidget)
    win.resizeDocks([dock], [200], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() < 400)
    scroll = dock.widget()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
