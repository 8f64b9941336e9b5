"""The cell details dock: what it shows, what its buttons ask for, and that it
keeps itself current from the bus (only when a change concerns its cell)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from db import ops
from db.queries import current_statuses
from db.search import evidence_for_cell
from tracker.preferences import Preferences
from tracker.ui.context import AppContext, ChangeBus
from tracker.ui.details import MAX_TEXT_SHOWN, STATUS_ROLE, UID_ROLE, URL_ROLE, DetailsDock
from tracker.ui.prompts import Prompts


@pytest.fixture
def ctx(tracker, tmp_path) -> AppContext:
    return AppContext(
        tracker=tracker, prefs=Preferences(user_name="Alice"),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        prompts=Prompts(), undo_stack=QUndoStack(), bus=ChangeBus(),
    )


@pytest.fixture
def dock(qtbot: Any, ctx: AppContext) -> DetailsDock:
    widget = DetailsDock(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def show(dock: DetailsDock, country: str, rec: str) -> None:
    dock.show_cell(current_statuses(dock.ctx.tracker)[(country, rec)])


def test_nothing_selected_says_what_to_do(dock) -> None:
    assert dock.cell is None
    assert "Select a cell" in dock.heading.text()
    assert not dock.set_status_button.isVisible() and not dock.timeline.isVisible()


def test_shows_status_rationale_timeline_and_evidence(dock) -> None:
    ops.set_status(dock.ctx.tracker, "EE", "visa", "partial", effective_date="2020-01-01", rationale="Earlier view.")
    show(dock, "EE", "visa")
    assert dock.cell == ("EE", "visa")
    assert "Estonia" in dock.heading.text()
    assert "Contrary action" in dock.status_label.text()
    assert dock.rationale.text()
    assert dock.timeline.topLevelItemCount() == 2
    assert [dock.timeline.topLevelItem(i).data(1, STATUS_ROLE) for i in range(2)] == ["Contrary action",
                                                                                       "Partly implemented"]
    assert dock.timeline.topLevelItem(1).text(1) == "Partly implemented\nEarlier view."  # the rationale under it
    assert "2 assessments" in dock.timeline_title.text()
    expected = evidence_for_cell(dock.ctx.tracker, "EE", "visa")
    assert dock.evidence.topLevelItemCount() == len(expected) == 1
    assert dock.evidence.topLevelItem(0).data(0, UID_ROLE) == expected[0].uid


def test_an_unjudged_cell_says_so(dock) -> None:
    show(dock, "FR", "visa")
    assert "Not assessed" in dock.status_label.text()
    assert "Nobody has judged this cell yet" in dock.rationale.text()
    assert dock.timeline.topLevelItemCount() == 0 and dock.evidence.topLevelItemCount() == 0


def test_buttons_emit_their_requests(qtbot, dock) -> None:
    show(dock, "EE", "visa")
    uid = dock.evidence.topLevelItem(0).data(0, UID_ROLE)
    url = dock.evidence.topLevelItem(0).data(0, URL_ROLE)
    with qtbot.waitSignal(dock.set_status_requested):
        dock.set_status_button.click()
    with qtbot.waitSignal(dock.add_evidence_requested):
        dock.add_evidence_button.click()
    with qtbot.waitSignal(dock.edit_evidence_requested) as edit:
        dock.edit_button.click()
    with qtbot.waitSignal(dock.archive_evidence_requested) as archive:
        dock.archive_button.click()
    assert edit.args == [uid] and archive.args == [uid]
    if url:
        with qtbot.waitSignal(dock.open_link_requested) as link:
            dock.open_button.click()
        assert link.args == [url]
    else:
        assert not dock.open_button.isEnabled()


def test_refreshes_when_its_cell_changes_on_the_bus(dock) -> None:
    show(dock, "EE", "visa")
    change = ops.set_status(dock.ctx.tracker, "EE", "visa", "full", effective_date="2026-01-01", rationale="Reopened.")
    dock.ctx.bus.changed.emit(change)
    assert "Implemented" in dock.status_label.text()
    assert dock.rationale.text() == "Reopened."
    assert dock.timeline.topLevelItemCount() == 2


def test_does_not_refresh_when_another_cell_changes(dock) -> None:
    show(dock, "EE", "visa")
    first = dock.timeline.topLevelItem(0)
    change = ops.set_status(dock.ctx.tracker, "LV", "visa", "full", effective_date="2026-01-01", rationale="Open.")
    dock.ctx.bus.changed.emit(change)
    assert dock.timeline.topLevelItem(0) is first  # not rebuilt
    assert dock.cell == ("EE", "visa")


def test_refreshes_when_its_evidence_is_archived_elsewhere(dock) -> None:
    show(dock, "EE", "visa")
    uid = dock.evidence.topLevelItem(0).data(0, UID_ROLE)
    dock.ctx.bus.changed.emit(ops.archive_evidence(dock.ctx.tracker, uid))
    assert dock.evidence.topLevelItemCount() == 0


def test_follows_the_as_of_date(dock) -> None:
    show(dock, "EE", "visa")
    dock.ctx.view.as_of = "2000-01-01"
    dock.ctx.bus.view_changed.emit()
    assert "Not assessed" in dock.status_label.text()


def test_clears_itself_when_its_country_leaves_the_tracker(dock) -> None:
    show(dock, "EE", "visa")
    dock.ctx.bus.changed.emit(ops.archive_country(dock.ctx.tracker, "EE"))
    assert dock.cell is None
    assert "Select a cell" in dock.heading.text()


def test_lists_only_the_newest_evidence_of_a_busy_cell(dock) -> None:
    from tracker.ui.details import MAX_EVIDENCE_SHOWN

    t = dock.ctx.tracker
    for day in range(MAX_EVIDENCE_SHOWN + 5):
        ops.add_evidence(t, event_date=f"2024-{1 + day // 28:02d}-{1 + day % 28:02d}", countries=["FR"],
                         recommendations=["visa"], title=f"Item {day}")
    show(dock, "FR", "visa")
    assert dock.evidence.topLevelItemCount() == MAX_EVIDENCE_SHOWN
    assert dock.evidence.topLevelItem(0).text(1) == f"Item {MAX_EVIDENCE_SHOWN + 4}"  # newest first
    assert dock.more_evidence.isVisible() and "and 5 more" in dock.more_evidence.text()
    assert f"({MAX_EVIDENCE_SHOWN + 5})" in dock.evidence_title.text()


def test_long_texts_are_cut_with_an_ellipsis_and_whole_in_the_tooltip(dock) -> None:
    t = dock.ctx.tracker
    long_rationale = ("The ministry said so. " * 60).strip()
    ops.set_status(t, "FR", "visa", "full", effective_date="2024-01-01", rationale=long_rationale)
    title = ("A very long headline about visas " * 6).strip()
    ops.add_evidence(t, event_date="2024-02-01", countries=["FR"], recommendations=["visa"], title=title,
                     publisher="Ministry of Foreign Affairs of the French Republic, press office")
    show(dock, "FR", "visa")
    assert dock.rationale.text().endswith("…") and len(dock.rationale.text()) <= MAX_TEXT_SHOWN + 1
    assert dock.rationale.toolTip() == long_rationale
    row = dock.evidence.topLevelItem(0)
    assert row.text(1) == title  # the list cuts it with "…" to fit; the tooltip has all of it
    assert title in row.toolTip(1) and "press office" in row.toolTip(1)
    assert long_rationale in dock.timeline.topLevelItem(0).toolTip(1)


def test_a_short_rationale_has_no_tooltip(dock) -> None:
    show(dock, "EE", "visa")
    assert dock.rationale.text() and not dock.rationale.toolTip()


def test_timeline_rationale_wraps_instead_of_scrolling_sideways(qtbot, qtmodeltester, dock) -> None:
    rationale = "Confirmed by the official gazette and by the ministry's statement of the same week."
    ops.set_status(dock.ctx.tracker, "EE", "visa", "partial", effective_date="2020-01-01", rationale=rationale)
    dock.resize(300, 700)
    show(dock, "EE", "visa")
    view = dock.timeline
    qtbot.waitUntil(lambda: view.visualItemRect(view.topLevelItem(1)).height() > 0)
    line = view.fontMetrics().height()
    assert view.visualItemRect(view.topLevelItem(1)).height() >= 3 * line  # status, then the rationale wrapped
    assert not view.horizontalScrollBar().isVisible()
    assert view.header().sectionPosition(1) + view.header().sectionSize(1) <= view.viewport().width()
    qtmodeltester.check(view.model())


def test_the_lists_give_up_height_so_the_dock_does_not_scroll(qtbot, dock) -> None:
    """The lists give up height, not the labels: no scroll bar that comes and goes while moving."""
    dock.resize(300, 700)
    show(dock, "EE", "visa")
    scroll = dock.widget()
    qtbot.waitUntil(lambda: dock.timeline.height() > 0)
    assert not scroll.verticalScrollBar().isVisible()


def test_a_cell_from_the_matrix_cache_shows_who_judged_it_and_how_surely(dock) -> None:
    """The matrix keeps no author, time or confidence per cell; the dock reads them for the cell it shows."""
    ops.set_status(dock.ctx.tracker, "FR", "visa", "full", effective_date="2024-02-01", rationale="Open again.",
                   confidence="verified")
    cached = dock.ctx.state.cell(("FR", "visa"))
    assert cached is not None and cached.recorded_by is None  # what the matrix hands over
    dock.show_cell(cached)
    assert "verified" in dock.status_meta.text() and "recorded by Alice" in dock.status_meta.text()
    assert dock.rationale.text() == "Open again."
