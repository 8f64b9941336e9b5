"""Getting around fast: type-ahead in the matrix, Ctrl+K "Go to country", the matrix and the
scorecards following each other, Ctrl+Y, the status bar's counts and the past-date banner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication

from db import ops
from tracker.ui.banner import long_date
from tracker.ui.goto import GoToCountryDialog, best_country, fold, match_rank
from tracker.ui.main_window import SCORECARDS_TAB


def active(qtbot, window) -> None:
    """Shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitActive(window)


def country_of_current(window) -> str | None:
    return window.current_country()


# ---------------------------------------------------------------- matching
def test_names_and_codes_match_without_case_or_accents() -> None:
    assert fold("Łódź Côte ÆSIR straße") == "lodz cote aesir strasse"
    assert match_rank("lit", "LT", "Lithuania") == 1
    assert match_rank("LT", "LT", "Lithuania") == 0
    assert match_rank("ltu", "LT", "Lithuania") == 0  # alpha-3
    assert match_rank("uk", "GB", "United Kingdom") == 0
    assert match_rank("cote", "CI", "Côte d'Ivoire") == 1
    assert match_rank("ivoire", "CI", "Côte d'Ivoire") == 2
    assert match_rank("zealand", "NZ", "New Zealand") == 2
    assert match_rank("xyz", "LT", "Lithuania") is None
    countries = [("AT", "Austria"), ("AU", "Australia"), ("DE", "Germany"), ("DK", "Denmark")]
    assert best_country("de", countries) == 2  # the code DE before names starting "De"
    assert best_country("den", countries) == 3
    assert best_country("aus", countries) == 1  # Australia's alpha-3 code, before the names starting "Aus"
    assert best_country("aust", countries) == 0  # Austria and Australia: the first shown wins
    assert best_country("", countries) is None


# ---------------------------------------------------------------- type-ahead
def test_typing_a_name_in_the_matrix_selects_that_country(qtbot, window) -> None:
    window.matrix.setFocus()
    column = window.matrix.currentIndex().column()
    qtbot.keyClicks(window.matrix, "lit")
    assert country_of_current(window) == "LT"
    assert window.matrix.currentIndex().column() == column  # same recommendation, another country
    qtbot.waitUntil(lambda: window.details.cell is not None and window.details.cell[0] == "LT")


def test_typing_a_code_in_the_matrix_ignores_case(qtbot, window) -> None:
    window.matrix.setFocus()
    qtbot.keyClicks(window.matrix, "GBR")
    assert country_of_current(window) == "GB"


def test_typing_a_name_with_a_space_in_the_matrix(qtbot, window) -> None:
    window.matrix.setFocus()
    qtbot.keyClicks(window.matrix, "united s")
    assert country_of_current(window) == "US"


def test_type_ahead_follows_the_sorted_rows(qtbot, window) -> None:
    """Sorted by score, the row for Poland is elsewhere: typing still finds it."""
    window.matrix.sortByColumn(window.matrix_model.score_column(), Qt.SortOrder.DescendingOrder)
    window.matrix.setFocus()
    qtbot.keyClicks(window.matrix, "Pol")
    assert country_of_current(window) == "PL"


# ---------------------------------------------------------------- Ctrl+K
def test_ctrl_k_type_and_enter_selects_the_country(qtbot, window, prompts) -> None:
    seen: list[list[str]] = []

    def answer(dialog) -> None:
        assert isinstance(dialog, GoToCountryDialog)
        assert dialog.edit.hasFocus() or QApplication.focusWidget() is dialog.edit
        qtbot.keyClicks(dialog.edit, "pol")
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    prompts.on_dialog = answer
    active(qtbot, window)
    qtbot.keyClick(window.matrix, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == [["Poland (PL)"]]
    assert country_of_current(window) == "PL"
    assert window.focusWidget() is window.matrix


def test_go_to_box_down_moves_into_the_list_and_escape_closes(qtbot, window, prompts) -> None:
    def answer(dialog) -> None:
        qtbot.keyClicks(dialog.edit, "land")  # Finland, Iceland, Ireland, New Zealand, Poland…
        assert dialog.list.count() >= 3 and "countries match" in dialog.hint.text()
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
        assert dialog.list.hasFocus()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    before = country_of_current(window)
    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert not prompts.dialogs[-1].isVisible()
    assert country_of_current(window) == before


def test_go_to_box_down_then_enter_picks_the_highlighted_country(qtbot, window, prompts) -> None:
    def answer(dialog) -> None:
        qtbot.keyClicks(dialog.edit, "lat")  # Latvia (name), then nothing else
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert country_of_current(window) == "LV"


def test_go_to_box_says_when_nothing_matches(qtbot, window, prompts) -> None:
    def answer(dialog) -> None:
        qtbot.keyClicks(dialog.edit, "atlantis")
        assert dialog.list.count() == 0 and "No country matches" in dialog.hint.text()
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # nothing to go to: the box stays open
        assert dialog.isVisible()

    before = country_of_current(window)
    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert country_of_current(window) == before


def test_going_to_a_country_outside_the_group_shows_all_countries(qtbot, window, prompts) -> None:
    window.group_combo.setCurrentIndex(window.group_combo.findData("Baltic states"))

    def answer(dialog) -> None:
        qtbot.keyClicks(dialog.edit, "PL")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert country_of_current(window) == "PL"
    assert window.group_combo.currentData() is None
    assert "not in Baltic states" in window.status_bar.currentMessage()


def test_goto_is_on_the_toolbar_with_an_accessible_name(window) -> None:
    action = window.findChild(QAction, "goto_country")
    button = window.toolbar.widgetForAction(action)
    assert button is not None and button.isVisible()
    assert "Ctrl+K" in action.toolTip()


# ---------------------------------------------------------------- matrix and scorecards follow each other
def test_scorecards_open_on_the_country_selected_in_the_matrix(qtbot, window) -> None:
    window.matrix.setFocus()
    qtbot.keyClicks(window.matrix, "lith")
    window.tabs.setCurrentIndex(SCORECARDS_TAB)
    assert window.scorecards.card.country == "LT"
    assert "Lithuania" in window.scorecards.card.heading.text()


def test_the_scorecards_first_show_draws_one_card_the_matrix_countrys(qtbot, window, monkeypatch) -> None:
    """Opening the tab the first time fills the card once, for the country chosen in the matrix: not for the
    top of the ranking first (a wasted fill, the slowest part of that first show on a big tracker)."""
    from tracker.ui.scorecards import CountryCard

    drawn: list[str | None] = []
    show_country = CountryCard.show_country

    def counted(card: CountryCard, score: Any, *args: Any) -> None:
        drawn.append(score.country_code if score else None)
        show_country(card, score, *args)

    monkeypatch.setattr(CountryCard, "show_country", counted)
    window.matrix.setFocus()
    qtbot.keyClicks(window.matrix, "lith")
    window.tabs.setCurrentIndex(SCORECARDS_TAB)
    assert drawn == ["LT"]
    assert window.scorecards.card.country == "LT" and "Lithuania" in window.scorecards.card.heading.text()
    window.tabs.setCurrentIndex(0)  # shown again later, on another country: that one, at once
    window.select_country("EE")
    window.tabs.setCurrentIndex(SCORECARDS_TAB)
    assert drawn == ["LT", "EE"] and window.scorecards.card.country == "EE"


def test_choosing_in_the_scorecards_selects_in_the_matrix_and_back(qtbot, window) -> None:
    active(qtbot, window)
    window.tabs.setCurrentIndex(SCORECARDS_TAB)
    table = window.scorecards.table
    proxy = table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 1).data() == "Poland")
    table.scrollTo(proxy.index(row, 1))
    rect = table.visualRect(proxy.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.scorecards.card.country == "PL"
    assert country_of_current(window) == "PL"
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the keyboard too
    following = window.scorecards.card.country
    assert following != "PL" and country_of_current(window) == following
    window.tabs.setCurrentIndex(0)
    window.matrix.setFocus()
    qtbot.keyClicks(window.matrix, "est")
    window.tabs.setCurrentIndex(SCORECARDS_TAB)
    assert window.scorecards.card.country == "EE"


def test_ctrl_k_on_the_scorecards_chooses_there(qtbot, window, prompts) -> None:
    window.tabs.setCurrentIndex(SCORECARDS_TAB)

    def answer(dialog) -> None:
        qtbot.keyClicks(dialog.edit, "nor")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert window.tabs.currentIndex() == SCORECARDS_TAB
    assert window.scorecards.card.country == "NO" and country_of_current(window) == "NO"


# ---------------------------------------------------------------- Ctrl+Y
def test_ctrl_y_redoes(qtbot, window) -> None:
    from tracker.ui.commands import SetStatus
    from tracker.ui.inputs import StatusInput

    model = window.matrix_model
    window.ctx.run(SetStatus(window.ctx, StatusInput("NZ", "sanctions", "full", "2025-01-01", "Broad.")))
    assert model.index_of_cell("NZ", "sanctions").data() == "Implemented"
    active(qtbot, window)
    qtbot.keyClick(window.matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.index_of_cell("NZ", "sanctions").data() == "Not assessed"
    qtbot.keyClick(window.matrix, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.index_of_cell("NZ", "sanctions").data() == "Implemented"
    redo = window.findChild(QAction, "redo")
    assert "Ctrl+Y" in [k.toString() for k in redo.shortcuts()]


# ---------------------------------------------------------------- status bar
def test_status_bar_counts_what_is_shown_with_singular_and_plural(window) -> None:
    from db.ops import Change

    label = window.counts_label
    assert label.text() == "37 countries · 5 recommendations · 1 piece of evidence · 1 assessment"
    window.group_combo.setCurrentIndex(window.group_combo.findData("Baltic states"))
    assert label.text().startswith("3 countries (Baltic states) · ")
    ops.add_group(window.ctx.tracker, "Only Malta", ["MT"])
    ops.add_evidence(window.ctx.tracker, event_date="2025-01-02", title="Second", countries=["LT"],
                     recommendations=["visa"], status="none", rationale="Nothing yet.")
    window.ctx.bus.changed.emit(Change("refresh", codebook=True))
    window.group_combo.setCurrentIndex(window.group_combo.findData("Only Malta"))
    assert label.text() == "1 country (Only Malta) · 5 recommendations · 2 pieces of evidence · 2 assessments"
    window.group_combo.setCurrentIndex(0)
    assert label.text().startswith("37 countries · ")


# ---------------------------------------------------------------- past as-of date banner
def test_a_past_as_of_date_shows_a_banner_until_back_to_today(qtbot, window) -> None:
    banners = (window.matrix_banner, window.scorecards_banner)
    assert not any(b.isVisible() for b in banners)
    window.as_of_edit.setDate(QDate(2024, 2, 15))
    assert window.matrix_banner.isVisible()
    assert "Showing the tracker as of 15 February 2024" in window.matrix_banner.text.text()
    assert "15 February 2024" in window.matrix_banner.accessibleDescription()
    window.tabs.setCurrentIndex(SCORECARDS_TAB)
    assert window.scorecards_banner.isVisible()
    qtbot.mouseClick(window.scorecards_banner.today_button, Qt.MouseButton.LeftButton)
    assert window.ctx.view.as_of is None and window.as_of_edit.date() == QDate.currentDate()
    assert not any(b.isVisible() for b in banners)
    assert "(today)" in window.as_of_label.text()


def test_long_date() -> None:
    assert long_date("2024-02-15") == "15 February 2024"
    assert long_date("2024-12-01") == "1 December 2024"


# ---------------------------------------------------------------- polish
def test_open_link_failing_offers_copy_link(window, prompts) -> None:
    prompts.open_url = lambda url: False
    asked: list[str] = []

    def confirm(parent, title, text, yes="OK") -> bool:
        asked.append(yes)
        return True

    prompts.confirm = confirm
    window.open_link("https://example.org/a")
    assert asked == ["Copy link"]
    assert QGuiApplication.clipboard().text() == "https://example.org/a"


def test_down_from_the_evidence_search_moves_into_the_list(qtbot, window) -> None:
    window.focus_search()
    view = window.evidence_view
    qtbot.waitUntil(lambda: view.table.model().rowCount() > 0)
    active(qtbot, window)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().isValid()


def test_down_from_a_checklist_filter_moves_into_its_list(qtbot) -> None:
    """The evidence form's country and recommendation boxes: Down from the filter field enters the list."""
    from tracker.ui.widgets import CheckList

    boxes = CheckList("Countries")
    qtbot.addWidget(boxes)
    boxes.set_items([("LT", "Lithuania"), ("LV", "Latvia"), ("PL", "Poland")])
    boxes.show()
    active(qtbot, boxes)
    qtbot.keyClicks(boxes.filter, "l")
    boxes.filter.setFocus()
    qtbot.keyClick(boxes.filter, Qt.Key.Key_Down)
    assert boxes.focusWidget() is boxes.view  # the list has the focus within its window
    assert boxes.view.currentIndex().data() == "Lithuania"


def test_the_group_box_shows_when_it_has_the_focus(qtbot, window) -> None:
    """Fusion draws nothing for a focused, closed combo box: the group filter draws its own ring."""
    active(qtbot, window)
    combo = window.group_combo
    window.matrix.setFocus()
    without = combo.grab().toImage()
    qtbot.keyClick(window.matrix, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # Ctrl+G: the group filter
    assert combo.hasFocus()
    with_focus = combo.grab().toImage()
    assert with_focus != without
    highlight = combo.palette().color(combo.palette().ColorRole.Highlight)
    edge = with_focus.pixelColor(with_focus.width() // 2, 1)
    assert abs(edge.red() - highlight.red()) + abs(edge.green() - highlight.green()) + abs(
        edge.blue() - highlight.blue()) < 90
