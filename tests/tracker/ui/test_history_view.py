"""The History tab, driven through real widgets: opening, live updates, filters, opening a record, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

import tracker.ui.history_view as hv_ui
from db import ops
from tracker.ui.evidence_form import EvidenceForm
from tracker.ui.history_view import HistoryModel, HistoryView


def first_codes(window: Any) -> tuple[str, str]:
    t = window.ctx.tracker
    country = t.db.execute("SELECT code FROM countries ORDER BY code LIMIT 1").fetchone()[0]
    rec = t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0]
    return country, rec


def add_evidence(window: Any, title: str) -> str:
    country, rec = first_codes(window)
    change = ops.add_evidence(
        window.ctx.tracker, event_date="2026-01-10", countries=[country], recommendations=[rec], title=title)
    window.ctx.bus.changed.emit(change)
    assert change.uid is not None
    return change.uid


def open_history(window: Any, qtbot: Any) -> HistoryView:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window._history_page)
    view = window.history_view
    assert view.isVisible()
    return view


def double_click(qtbot: Any, view: HistoryView, row: int) -> None:
    """As a person does it: a press, then the double-click (the view opens only what was pressed)."""
    pos = view.table.visualRect(view.model.index(row, 3)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def settled(qtbot: Any, view: HistoryView) -> None:
    """Wait until the filter's walk (on its worker) has found its page and counted its matches."""
    qtbot.waitUntil(lambda: not view.model.busy)


def choose(qtbot: Any, view: HistoryView, combo_name: str, value: str) -> None:
    combo = getattr(view, combo_name)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    combo.activated.emit(combo.currentIndex())
    settled(qtbot, view)


def shown(view: HistoryView, column: int = 3) -> list[str]:
    m = view.model
    return [m.index(r, column).data() for r in range(m.rowCount())]


def test_ctrl_5_opens_the_history_tab_built_on_first_show(window: Any, qtbot: Any) -> None:
    assert window._history is None  # start-up does not build it
    action = window.findChild(QAction, "show_history") or window.actions_by_name["show_history"]
    assert QKeySequence("Ctrl+5") in action.shortcuts()
    view = open_history(window, qtbot)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "&History"
    assert view.accessibleName() == "History"
    assert view.model.rowCount() > 0  # the codebook's setup is history too
    assert view.model.index(0, 2).data() in hv_ui.history_kinds()


def test_model_passes_the_model_tester(window: Any, qtbot: Any, qtmodeltester: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(hv_ui, "PAGE", 3)
    model = HistoryModel(window.ctx)
    model.reload()
    qtmodeltester.check(model)
    assert model.canFetchMore()
    before = model.rowCount()
    model.fetchMore()
    assert model.rowCount() == before + 3
    assert [model.rows[i].id for i in range(before + 3)] == sorted((r.id for r in model.rows), reverse=True)
    qtmodeltester.check(model)


def test_an_edit_appears_on_top_and_the_selection_stays(window: Any, qtbot: Any) -> None:
    view = open_history(window, qtbot)
    view.table.selectRow(2)
    selected = view.selected_row()
    uid = add_evidence(window, "Parliament passes the law")
    assert shown(view)[0] == "Evidence: Parliament passes the law"
    assert view.model.index(0, 2).data() == "added"
    assert view.model.index(0, 1).data() == "Alice"
    assert view.selected_row() == selected  # still on the same entry, now one row lower
    ops.edit_evidence(window.ctx.tracker, uid, title="Parliament passes the budget law")
    window.ctx.bus.changed.emit(ops.Change("edit_evidence"))
    assert view.model.index(0, 4).data() == "title: Parliament passes the law → Parliament passes the budget law"


def test_filters_narrow_the_list(window: Any, qtbot: Any) -> None:
    view = open_history(window, qtbot)
    add_evidence(window, "Budget law")
    everything = view.model.rowCount()
    assert view.count.text() == f"{everything} changes"  # the whole log's count is the tallies'
    choose(qtbot, view, "kind", "added")
    assert set(shown(view, 2)) == {"added"} and shown(view)[0] == "Evidence: Budget law"
    assert view.model.rowCount() < everything
    assert view.count.text() == f"{view.model.rowCount()} matching change{'s' if view.model.rowCount() > 1 else ''}"
    choose(qtbot, view, "kind", "")
    assert view.model.rowCount() == everything
    qtbot.keyClicks(view.search, "Budget")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    settled(qtbot, view)
    assert shown(view) == ["Evidence: Budget law"] and view.count.text() == "1 matching change"
    view.search.clear()
    view.apply_filter()
    window.ctx.tracker.user = "Bob"
    add_evidence(window, "Bob's decree")
    qtbot.keyClick(view.person, Qt.Key.Key_Down)  # the list of people is read on first use
    assert [view.person.itemText(i) for i in range(view.person.count())] == ["Anyone", "Alice", "Bob"]
    choose(qtbot, view, "person", "Bob")
    assert shown(view) == ["Evidence: Bob's decree"] and shown(view, 1) == ["Bob"]
    choose(qtbot, view, "person", "")
    view.date_from.setText("2030-01-01")
    view.date_from.editingFinished.emit()
    settled(qtbot, view)
    assert view.model.rowCount() == 0 and view.count.text() == "No changes match."


def test_double_click_opens_the_evidence_form(window: Any, qtbot: Any, prompts: Any) -> None:
    view = open_history(window, qtbot)
    add_evidence(window, "Decree 12")
    double_click(qtbot, view, 0)
    assert len(prompts.dialogs) == 1 and isinstance(prompts.dialogs[0], EvidenceForm)
    assert prompts.dialogs[0].title_edit.text() == "Decree 12"


def test_double_click_on_a_status_shows_its_cell(window: Any, qtbot: Any) -> None:
    country, rec = first_codes(window)
    change = ops.set_status(window.ctx.tracker, country, rec, "partial", effective_date="2026-01-10",
                            rationale="A start")
    window.ctx.bus.changed.emit(change)
    view = open_history(window, qtbot)
    assert view.model.index(0, 2).data() == "status set"
    double_click(qtbot, view, 0)
    assert window.tabs.currentIndex() == 0
    assert window.current_cell() == (country, rec)
    assert window.details.isVisible()


def test_export_writes_the_rows_shown(window: Any, qtbot: Any, prompts: Any, tmp_path: Path) -> None:
    view = open_history(window, qtbot)
    window.ctx.tracker.user = "=cmd|' /C calc'!A0"  # a name a spreadsheet would run
    add_evidence(window, "=HYPERLINK(1)")
    choose(qtbot, view, "kind", "added")
    prompts.next_save_file = str(tmp_path / "h.csv")
    view.export_csv.click()
    with open(tmp_path / "h.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["kind"] for r in rows] == shown(view, 2) and len(rows) == view.model.rowCount()
    assert rows[0]["record"] == "Evidence: =HYPERLINK(1)"
    assert rows[0]["user"] == "'=cmd|' /C calc'!A0"  # the exports' formula guard
    newest = window.ctx.tracker.db.execute("SELECT uid FROM history ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    assert rows[0]["history_id"] == newest  # the entry's uid, the same on every replica (not a local number)
    assert (tmp_path / "h.csv").read_bytes().startswith(b"\xef\xbb\xbf") == window.ctx.prefs.csv_bom
    prompts.next_save_file = str(tmp_path / "h.json")
    view.export_json.click()
    data = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
    assert [d["record"] for d in data] == shown(view)
    assert data[0]["user"] == "=cmd|' /C calc'!A0"  # JSON is not a spreadsheet: no guard
    assert prompts.infos[-1][1] == f"Wrote {len(data)} change{'s' if len(data) != 1 else ''} to h.json."


def test_export_runs_on_the_export_worker_and_leaves_nothing_when_it_fails(
    window: Any, qtbot: Any, prompts: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Like every export: read on another thread; a failure is one sentence and leaves no file behind."""
    import threading

    import tracker.ui.history_view as module

    view = open_history(window, qtbot)
    out = tmp_path / "exports"
    out.mkdir()
    threads: list[bool] = []
    real_page = module.history_page

    def watched(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_page(*args, **kwargs)

    monkeypatch.setattr(module, "history_page", watched)
    prompts.next_save_file = str(out / "h.csv")
    view.export_csv.click()
    assert threads and not any(threads)  # every page was read on the worker
    assert (out / "h.csv").exists()

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "write_csv", full)
    prompts.next_save_file = str(out / "again.csv")
    view.export_csv.click()
    assert prompts.errors[-1] == ("Export history",
                                  f"The export could not be written to {out / 'again.csv'}: the disk is full.")
    assert sorted(p.name for p in out.iterdir()) == ["h.csv"]


def test_review_entries_have_their_kind_and_open_their_proposal(window: Any, qtbot: Any) -> None:
    """The review's steps (db.review) are kind "review"; a double-click asks for the proposal, else its cell."""
    country, rec = first_codes(window)
    t = window.ctx.tracker
    name = t.db.execute("SELECT name FROM countries WHERE code = ?", [country]).fetchone()[0]
    uid = "0190c0de-0000-7000-8000-000000000002"
    snap = {"uid": uid, "country_code": country, "recommendation_code": rec, "status_code": "full",
            "effective_date": "2026-01-10", "rationale": "Passed", "state": "proposed"}
    with t.atomic():
        ops.record_history(t, "propose_status", "insert", "proposals", uid, None, snap)
    window.ctx.bus.changed.emit(ops.Change("propose_status", uid=uid, cells={(country, rec)}))
    view = open_history(window, qtbot)
    assert [view.model.index(0, c).data() for c in (2, 3)] == ["review", f"{name} × {rec}"]
    assert view.model.index(0, 4).data() == "Proposed — status: Implemented; effective date: 2026-01-10"
    assert view.kind.itemText(view.kind.findData("review")) == "Review"
    with qtbot.waitSignal(view.proposal_requested) as asked:
        view.proposal_requested.connect(lambda _uid: None)  # as the window does for its Review tab
        double_click(qtbot, view, 0)
    assert asked.args == [uid]

    alone = HistoryView(window.ctx)  # nothing listens for proposals: the proposal's cell opens instead
    qtbot.addWidget(alone)
    alone.show()
    cells: list[tuple[str, str]] = []
    alone.cell_requested.connect(lambda c, r: cells.append((c, r)))
    double_click(qtbot, alone, 0)
    assert cells == [(country, rec)]
