"""The History tab's filtered lists: looked for on a worker, a bounded step at a time, with Stop and a lazy count.

A rare filter on a long history must never hold the window: the walk runs on its own thread and
connection, says how far it got ("Searching… checked N of M changes"), can be stopped and taken
up again, is cancelled by the next filter, and counts the matches after the first page ("≥ N",
then exact).  Steps are made tiny here (a few ids each) so a default tracker's history takes
many of them, and a gate lets the test decide when each step may run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt

import tracker.ui.history_view as hv_ui
from db import Tracker, ops
from db import history_view as hv
from tracker.ui.history_view import HistoryModel, HistoryView


class Gate:
    """Lets a worker's steps through one at a time, as the test says (a step waits at most 10 s)."""

    def __init__(self) -> None:
        self._steps = threading.Semaphore(0)
        self.threads: list[bool] = []  # per step: was it on the GUI thread?

    def wrap(self, fn: Any) -> Any:
        def gated(*args: Any, **kwargs: Any) -> Any:
            on_gui = threading.current_thread() is threading.main_thread()
            self.threads.append(on_gui)
            if not on_gui:
                self._steps.acquire(timeout=10)
            return fn(*args, **kwargs)
        return gated

    def allow(self, steps: int = 1) -> None:
        self._steps.release(steps)

    def open(self) -> None:
        self._steps.release(100_000)


@pytest.fixture
def small_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hv_ui, "WALK_SCAN", 4)
    monkeypatch.setattr(hv_ui, "WALK_SCAN_MAX", 4)
    monkeypatch.setattr(hv_ui, "GUI_SCAN", 4)
    monkeypatch.setattr(hv_ui, "STOP_AFTER_S", 0.0)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    g = Gate()
    monkeypatch.setattr(hv_ui, "history_page", g.wrap(hv_ui.history_page))
    yield g
    g.open()  # a walk left waiting ends at once


def open_history(window: Any, qtbot: Any) -> HistoryView:
    window.show_history()
    qtbot.waitUntil(lambda: window.history_view.isVisible())
    return window.history_view


def settled(qtbot: Any, view: HistoryView) -> None:
    qtbot.waitUntil(lambda: not view.model.busy)


def search_for(qtbot: Any, view: HistoryView, text: str) -> None:
    view.search.setText(text)
    qtbot.keyClick(view.search, "\r")  # Enter applies at once (typing waits for a pause)


def add_evidence(window: Any, title: str) -> None:
    t = window.ctx.tracker
    country = t.db.execute("SELECT code FROM countries ORDER BY code LIMIT 1").fetchone()[0]
    rec = t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0]
    window.ctx.bus.changed.emit(ops.add_evidence(
        t, event_date="2026-01-10", countries=[country], recommendations=[rec], title=title))


def all_pages(t: Any, f: hv.HistoryFilter) -> list[hv.HistoryRow]:
    rows: list[hv.HistoryRow] = []
    after: int | None = None
    while True:
        page, after = hv.history_page(t, f, after, 1000)
        rows += page
        if after is None:
            return rows


def records(view: HistoryView) -> list[str]:
    return [view.model.index(r, 3).data() for r in range(view.model.rowCount())]


def test_a_search_that_finds_nothing_walks_on_a_worker_says_how_far_and_can_stop(
    window: Any, qtbot: Any, small_steps: None, gate: Gate
) -> None:
    view = open_history(window, qtbot)
    total = hv.history_total(window.ctx.tracker)
    assert total > 20
    gate.threads.clear()  # the whole log's first page was read on opening, as ever
    search_for(qtbot, view, "nowhere to be found")
    assert view.model.searching is not None and view.model.rowCount() == 0
    gate.allow(2)
    qtbot.waitUntil(lambda: view.model.checked == 8)
    qtbot.waitUntil(lambda: view.count.text() == f"Searching… checked 8 of {total} changes")
    assert view.stop_button.isVisible() and view.stop_button.text() == "Stop"
    assert view.stop_button.accessibleName() == "Stop searching the history"

    view.stop_button.click()
    assert view.model.searching is None and not view.model.canFetchMore()  # scrolling does not start it again
    assert view.count.text() == f"Stopped after checking 8 of {total} changes; 0 found."
    assert view.stop_button.text() == "Search on" and view.stop_button.isVisible()

    view.stop_button.click()
    gate.open()
    settled(qtbot, view)
    assert view.count.text() == "No changes match."
    assert not view.stop_button.isVisible()
    assert gate.threads and not any(gate.threads)  # no step ran on the GUI thread


def test_the_count_of_a_filter_is_at_least_while_counting_then_exact(
    window: Any, qtbot: Any, small_steps: None, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page shows as soon as it is found; the matches are counted after it, on the worker."""
    monkeypatch.setattr(hv_ui, "PAGE", 2)
    view = open_history(window, qtbot)
    for n in range(60):  # more than the list's height: the view stops asking for pages before the end
        add_evidence(window, f"Decree {n}")
    expected = [r.record for r in all_pages(window.ctx.tracker, hv.HistoryFilter(kind="added"))]
    counts = Gate()
    monkeypatch.setattr(hv_ui, "count_matches", counts.wrap(hv_ui.count_matches))
    view.kind.setCurrentIndex(view.kind.findData("added"))
    view.kind.activated.emit(view.kind.currentIndex())
    gate.open()

    def list_full() -> bool:  # the view asks for pages while its last row is in sight
        last = view.table.visualRect(view.model.index(view.model.rowCount() - 1, 0))
        return not view.table.viewport().rect().intersects(last)

    qtbot.waitUntil(lambda: view.model.searching is None and view.model.counting is not None and list_full())
    shown = view.model.rowCount()
    assert 2 <= shown < len(expected) and records(view) == expected[:shown]
    assert view.count.text() == f"{shown} of ≥ {shown} matching changes shown (counting…); scroll for older ones"
    counts.allow(shown)  # steps of 4 ids through the 60 newest entries, every one a match
    qtbot.waitUntil(lambda: view.model.at_least > shown)  # counted on: more than the rows shown
    assert "matching changes shown (counting…)" in view.count.text()
    counts.open()
    settled(qtbot, view)
    assert view.count.text() == f"{shown} of {len(expected)} matching changes shown; scroll for older ones"
    assert counts.threads and not any(counts.threads)  # counted on the worker


def test_pages_of_a_filter_come_on_asking_and_end_exact(
    window: Any, qtbot: Any, small_steps: None, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hv_ui, "PAGE", 2)
    for n in range(3):
        add_evidence(window, f"Decree {n}")
    expected = [r.record for r in all_pages(window.ctx.tracker, hv.HistoryFilter(kind="added"))]
    model = HistoryModel(window.ctx)
    model.set_filter(hv.HistoryFilter(kind="added"))
    assert model.searching is not None and model.searching.threaded
    qtbot.waitUntil(lambda: model.searching is None and model.counting is None)
    assert [r.record for r in model.rows] == expected[:2] and model.exact == len(expected)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.searching is None)  # the tester may have asked for a page
    before = len(model.rows)
    model.fetchMore()
    model.fetchMore()  # asked again while the page is looked for: nothing more happens
    qtbot.waitUntil(lambda: model.searching is None)
    assert [r.record for r in model.rows] == expected[:before + 2]
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: model.searching is None)
    assert [r.record for r in model.rows] == expected and model.exact == len(expected)
    qtmodeltester.check(model)


def test_a_new_filter_cancels_the_walk_under_way(window: Any, qtbot: Any, small_steps: None, gate: Gate) -> None:
    view = open_history(window, qtbot)
    add_evidence(window, "Visa decree")
    search_for(qtbot, view, "nowhere to be found")
    first = view.model.searching
    assert first is not None
    search_for(qtbot, view, "Visa decree")
    assert first.cancelled and view.model.searching is not first
    gate.open()
    settled(qtbot, view)
    assert records(view) == ["Evidence: Visa decree"] and view.count.text() == "1 matching change"


def test_an_edit_during_a_walk_goes_on_top_and_into_the_count(
    window: Any, qtbot: Any, small_steps: None, gate: Gate
) -> None:
    view = open_history(window, qtbot)
    add_evidence(window, "Visa decree 1")
    search_for(qtbot, view, "Visa decree")
    gate.allow(1)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    gate.threads.clear()
    add_evidence(window, "Visa decree 2")  # arrives while the older entries are still looked through
    add_evidence(window, "Visa decree 3")
    add_evidence(window, "Budget law")  # does not match: not shown
    assert view.model.searching is not None  # still looking through the older entries
    gate.open()  # the new entries are looked through on the worker too, and go on top in the order they came
    settled(qtbot, view)
    assert records(view) == ["Evidence: Visa decree 3", "Evidence: Visa decree 2", "Evidence: Visa decree 1"]
    assert view.count.text() == "3 matching changes"
    assert gate.threads and not any(gate.threads)  # the filter never ran on the GUI thread, for new entries either


def test_the_whole_log_is_counted_by_the_tallies(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hv_ui, "PAGE", 3)
    view = open_history(window, qtbot)
    view.model.reload()
    total = hv.history_total(window.ctx.tracker)
    assert view.model.counting is None and view.model.searching is None  # nothing to walk: it is known
    assert view.count.text() == f"3 of {total} changes shown; scroll for older ones"
    add_evidence(window, "Budget law")
    assert view.count.text() == f"4 of {total + 1} changes shown; scroll for older ones"


def test_another_tracker_opened_shows_its_own_history(
    window: Any, qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_history(window, qtbot)
    add_evidence(window, "Only in the first tracker")
    assert records(view)[0] == "Evidence: Only in the first tracker"
    other = tmp_path / "other.db"
    Tracker.create(other, user="Bob").close()
    assert window.files.open_tracker(other)
    assert "Evidence: Only in the first tracker" not in records(view)
    assert view.model.rowCount() == hv.history_total(window.ctx.tracker)


def test_a_walk_over_an_in_memory_tracker_runs_in_small_steps_on_the_gui_thread(
    tracker: Tracker, qtbot: Any, qtmodeltester: Any, small_steps: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection cannot be shared with a thread: an in-memory tracker's walk steps on the GUI thread's timer."""
    monkeypatch.setattr(hv_ui, "PAGE", 2)
    country = tracker.db.execute("SELECT code FROM countries ORDER BY code LIMIT 1").fetchone()[0]
    rec = tracker.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0]
    for n in range(3):
        ops.add_evidence(tracker, event_date="2026-01-10", countries=[country], recommendations=[rec],
                         title=f"Decree {n}")
    expected = [r.record for r in all_pages(tracker, hv.HistoryFilter(kind="added"))]
    calls: list[int | None] = []
    real_page = hv_ui.history_page

    def watched(t: Any, f: Any, after: Any, limit: int = 200, **kwargs: Any) -> Any:
        calls.append(kwargs.get("scan"))
        return real_page(t, f, after, limit, **kwargs)

    monkeypatch.setattr(hv_ui, "history_page", watched)
    model = HistoryModel(cast(Any, SimpleNamespace(tracker=tracker)))  # all the list needs of a context
    model.set_filter(hv.HistoryFilter(kind="added"))
    assert model.searching is not None and not model.searching.threaded
    qtbot.waitUntil(lambda: model.searching is None and model.counting is None)
    assert calls and set(calls) == {4}  # every step looked at 4 ids at most
    assert [r.record for r in model.rows] == ["Evidence: Decree 2", "Evidence: Decree 1"] == expected[:2]
    assert model.exact == len(expected)
    qtmodeltester.check(model)
    qtbot.waitUntil(lambda: model.searching is None)  # the tester may have asked for a page
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: model.searching is None)
    assert [r.record for r in model.rows] == expected
    qtmodeltester.check(model)


def test_the_people_are_read_on_a_worker_as_the_tab_opens(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding everyone in a long history takes more than a frame: the person filter is filled from a worker."""
    threads: list[bool] = []
    real = hv_ui.history_users

    def watched(t: Any) -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(t)

    monkeypatch.setattr(hv_ui, "history_users", watched)
    view = open_history(window, qtbot)
    qtbot.waitUntil(lambda: view.person.filled)
    assert threads == [False]
    assert [view.person.itemText(i) for i in range(view.person.count())] == ["Anyone", "Alice"]
    window.ctx.tracker.user = "Bob"  # a new name (Preferences) is listed with the first change it makes
    add_evidence(window, "Bob's decree")
    assert [view.person.itemText(i) for i in range(view.person.count())] == ["Anyone", "Alice", "Bob"]
    qtbot.keyClick(view.person, Qt.Key.Key_Down)  # used now: nothing more to read
    assert threads == [False]
