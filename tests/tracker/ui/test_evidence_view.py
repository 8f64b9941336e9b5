"""The evidence view: lazy loading, search, filters, actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QUndoStack

from db import ops
from tracker.preferences import Preferences
from tracker.ui.context import AppContext, ChangeBus
from tracker.ui.evidence_view import EvidenceModel, EvidenceView
from tracker.ui.prompts import Prompts


def ctx_for(tracker, tmp_path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(tracker=tracker, prefs=Preferences(), settings=settings,
                      prompts=Prompts(), undo_stack=QUndoStack(), bus=ChangeBus())


def add_many(tracker, n: int) -> None:
    with tracker.atomic():
        for i in range(n):
            ops.add_evidence(tracker, event_date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                             countries=["DE" if i % 2 else "FR"], recommendations=["sanctions"], title=f"Item {i}",
                             source_kind="media" if i % 3 else "official")


def test_model_passes_the_model_tester(qtmodeltester: Any, tracker, tmp_path) -> None:
    add_many(tracker, 30)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    qtmodeltester.check(model)


def test_rows_load_lazily_as_the_view_asks(qapp, tracker, tmp_path) -> None:
    add_many(tracker, 450)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    assert model.total == 451
    assert model.rowCount() == EvidenceModel.PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 451
    assert not model.canFetchMore(QModelIndex())


def test_search_box_and_filters(qtbot, tracker, tmp_path) -> None:
    add_many(tracker, 20)
    ops.add_evidence(tracker, event_date="2023-05-05", countries=["LT"], recommendations=["students"],
                     title="Lithuania admits Belarusian students", notes="Vilnius university quota", source_kind="ngo")
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    assert view.model.total == 22
    qtbot.keyClicks(view.search, "vilni")
    qtbot.waitUntil(lambda: view.model.total == 1)
    assert view.model.index(0, 1).data() == "Lithuania admits Belarusian students"
    view.search.clear()
    qtbot.waitUntil(lambda: view.model.total == 22)
    view.country.setCurrentIndex(view.country.findData("DE"))
    assert view.model.total == 10
    view.country.setCurrentIndex(0)
    view.group.setCurrentIndex(view.group.findData("Baltic states"))
    assert view.model.total == 2  # the Estonia example and Lithuania
    view.group.setCurrentIndex(0)
    view.rec.setCurrentIndex(view.rec.findData("students"))
    assert view.model.total == 1
    view.rec.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("official"))
    assert view.model.total == 7
    view.kind.setCurrentIndex(0)
    view.dates.setChecked(True)
    view.date_from.setDate(QDate(2023, 1, 1))
    view.date_to.setDate(QDate(2023, 12, 31))
    assert view.model.total == 1


def test_archive_hides_and_show_archived_brings_back(qtbot, tracker, tmp_path) -> None:
    ctx = ctx_for(tracker, tmp_path)
    view = EvidenceView(ctx)
    qtbot.addWidget(view)
    uid = view.model.items[0].uid
    change = ops.archive_evidence(tracker, uid)
    view.model.apply_change(change)
    assert view.model.total == 0
    view.archived.setChecked(True)
    assert view.model.total == 1
    assert view.model.index(0, 1).data().startswith("[archived]")


def test_open_link_only_for_web_addresses(window, prompts) -> None:
    window.open_link("https://example.org/a")
    window.open_link("file:///etc/passwd")
    assert prompts.opened_urls == ["https://example.org/a"]
    assert prompts.errors and "Only web links" in prompts.errors[0][1]


def test_view_actions_edit_and_archive_selected(qtbot, window, prompts) -> None:
    ops.add_evidence(window.ctx.tracker, event_date="2024-01-01", countries=["SE"], recommendations=["tps"],
                     title="Sweden", url="https://example.org/se")
    window.evidence_view.model.refresh()
    window.findChild(QAction, "show_evidence").trigger()
    view = window.evidence_view
    row = next(r for r in range(view.model.rowCount()) if view.model.items[r].title == "Sweden")
    view.table.selectRow(row)
    assert view.open_button.isEnabled()
    view.open_button.click()
    assert prompts.opened_urls == ["https://example.org/se"]
    view.archive_button.click()
    assert all(item.title != "Sweden" for item in view.model.items)
    window.ctx.undo_stack.undo()
    assert any(item.title == "Sweden" for item in view.model.items)


def test_enter_searches_at_once_without_the_typing_delay(qtbot, tracker, tmp_path) -> None:
    add_many(tracker, 5)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    view._debounce.setInterval(60_000)  # typing alone would not search within the test
    qtbot.keyClicks(view.search, "Item 3")
    assert view.model.total == 6 and view._debounce.isActive()
    with qtbot.waitSignal(view.model.modelReset, timeout=1000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert [item.title for item in view.model.items] == ["Item 3"]
    assert not view._debounce.isActive()


def test_typing_still_waits_for_the_typing_delay(qtbot, tracker, tmp_path) -> None:
    add_many(tracker, 5)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "Item 3")
    assert view.model.total == 6  # not yet
    qtbot.waitUntil(lambda: view.model.total == 1)


def test_the_controls_have_accessible_names(qtbot, tracker, tmp_path) -> None:
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    assert view.table.accessibleName() == "Evidence list"
    assert view.search.accessibleName() == "Search evidence"


def test_sorting_by_a_column_pages_in_that_order(qtbot, tracker, tmp_path) -> None:
    add_many(tracker, 450)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    model = view.model
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    got = [item.title or "" for item in model.items]
    assert len(got) == 451 and got == sorted(got, key=str.lower)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    dates = [item.event_date for item in model.items]
    assert dates == sorted(dates)
    # Countries cannot be sorted by: the list and its indicator stay as they were.
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "date" and view.table.horizontalHeader().sortIndicatorSection() == 0


def test_a_huge_count_is_shown_capped_after_the_page(qtbot, tracker, tmp_path, monkeypatch) -> None:
    import tracker.ui.evidence_view as ev

    monkeypatch.setattr(ev, "COUNT_CAP", 10)
    add_many(tracker, 30)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.count_label.text() == "10+ pieces of evidence")
