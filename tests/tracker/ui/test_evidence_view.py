"""The evidence view: lazy loading, search, filters, actions."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QUndoStack

import tracker.ui.evidence_view as ev
from db import ops
from db.search import EvidenceFilter, EvidenceItem, search_evidence
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


def small_pages(monkeypatch: pytest.MonkeyPatch, page: int = 10, block: int = 5, key_pages: int = 3,
                blocks: int = 4) -> None:
    """Tiny pages and caches, so a few hundred rows behave as a million do."""
    for name, value in (("PAGE", page), ("BLOCK", block), ("KEY_PAGES", key_pages), ("BLOCKS", blocks)):
        monkeypatch.setattr(EvidenceModel, name, value)


def uids(model: EvidenceModel, rows: Any) -> list[str]:
    return [model.index(r, 0).data(ev.ITEM_ROLE).uid for r in rows]


def full_order(tracker, f: EvidenceFilter | None = None) -> list[str]:
    """Every match, newest first (the list's default order), from one full query."""
    return [e.uid for e in search_evidence(tracker, f)]


def test_model_passes_the_model_tester(qtmodeltester: Any, tracker, tmp_path, monkeypatch) -> None:
    add_many(tracker, 30)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    qtmodeltester.check(model)
    small_pages(monkeypatch)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    uids(model, range(model.rowCount() - 1, -1, -3))  # scrolled (backwards, evicting)
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        uids(model, range(model.rowCount()))
        qtmodeltester.check(model)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    model.set_filter(EvidenceFilter(source_kinds=["media"]))  # a count that is not free: rows come by fetchMore
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_rows_load_lazily_while_the_count_is_not_known(qapp, tracker, tmp_path) -> None:
    add_many(tracker, 450)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    model.set_filter(EvidenceFilter(source_kinds=["media"]))  # 300 of them
    assert model.rowCount() == EvidenceModel.PAGE and not model.exact
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 300 and model.exact and model.total == 300
    assert not model.canFetchMore(QModelIndex())


def test_without_a_filter_every_row_is_there_at_once(qapp, tracker, tmp_path) -> None:
    """The count is exact and free (the tallies): the scroll bar spans the whole list from the start."""
    add_many(tracker, 450)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    assert model.exact and model.rowCount() == model.total == 451
    assert not model.canFetchMore(QModelIndex())


def test_memory_stays_bounded_however_far_one_scrolls(qapp, tracker, tmp_path, monkeypatch) -> None:
    small_pages(monkeypatch)
    add_many(tracker, 300)
    model = EvidenceModel(ctx_for(tracker, tmp_path))
    want = full_order(tracker)
    got = []
    for row in range(model.rowCount()):
        got.extend(uids(model, [row]))
        assert model.cached_rows() <= EvidenceModel.BLOCKS * EvidenceModel.BLOCK
        assert model.cached_keys() <= EvidenceModel.KEY_PAGES * EvidenceModel.PAGE
    assert got == want
    # Back to the top and anywhere at random: pages read again from their neighbours' keys, in the same order.
    rows = list(range(model.rowCount()))
    random.Random(5).shuffle(rows)
    assert uids(model, rows) == [want[r] for r in rows]
    assert model.cached_rows() <= EvidenceModel.BLOCKS * EvidenceModel.BLOCK


def test_the_end_of_a_big_list_shows_at_once(qtbot, tracker, tmp_path, monkeypatch) -> None:
    """scrollToBottom reads the last page from the other end, not every page before it."""
    small_pages(monkeypatch)
    add_many(tracker, 300)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    view.show()
    reads: list[int] = []
    real = ev.search_keys

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(ev, "search_keys", counted)
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    last = view.model.rowCount() - 1
    assert view.table.rowAt(view.table.viewport().height() - 1) in (last, -1)
    assert len(reads) <= 3
    want = full_order(tracker)
    assert uids(view.model, range(last - 24, last + 1)) == want[-25:]


def test_ctrl_end_reaches_the_real_end_when_the_count_is_capped(qtbot, tracker, tmp_path, monkeypatch) -> None:
    small_pages(monkeypatch)
    monkeypatch.setattr(ev, "COUNT_CAP", 10)
    add_many(tracker, 120)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    view.show()
    view.kind.setCurrentIndex(view.kind.findData("media"))  # 80 of them: more than the cap
    view.model.settle_count()
    assert not view.model.exact and view.model.rowCount() == 10
    qtbot.waitUntil(lambda: view.count_label.text() == "10+ pieces of evidence")
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.model.exact and view.model.rowCount() == 80
    assert view.table.currentIndex().row() == 79
    want = full_order(tracker, EvidenceFilter(source_kinds=["media"]))
    assert view.table.currentIndex().data(ev.ITEM_ROLE).uid == want[-1]
    qtbot.waitUntil(lambda: view.count_label.text() == "80 pieces of evidence")


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


def test_every_column_sorts_both_ways_across_pages(qtbot, tracker, tmp_path, monkeypatch) -> None:
    """Ties (same date, same title) are broken by id, same first country or recommendation by uid, across pages;
    countries sort by the first code shown, recommendations by the first shown (the codebook's order)."""
    small_pages(monkeypatch, page=10, block=5)
    rnd = random.Random(11)
    with tracker.atomic():
        for i in range(60):
            ops.add_evidence(tracker, event_date=rnd.choice(["2024-01-01", "2024-02-01"]),
                             title=rnd.choice(["alpha", "Beta", f"Item {i % 4}"]), url=f"https://x.org/{i % 3}",
                             countries=rnd.sample(["DE", "FR", "LT", "PL"], rnd.randint(1, 2)),
                             recommendations=rnd.sample(["visa", "tps", "students", "sanctions"], rnd.randint(1, 2)),
                             publisher=rnd.choice([None, "Gazeta", "gazeta"]), source_kind=rnd.choice(["media", "ngo"]))
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    model = view.model
    ids = dict(tracker.db.execute("SELECT uid, rowid FROM evidence").fetchall())
    position = dict(tracker.db.execute("SELECT code, position FROM recommendations").fetchall())
    keys: dict[int, Callable[[EvidenceItem], Any]] = {
        0: lambda e: e.event_date, 1: lambda e: (e.title or e.url or "").lower(), 2: lambda e: e.countries[0],
        3: lambda e: position[e.recommendations[0]], 4: lambda e: (e.publisher or "").lower(),
        5: lambda e: e.source_kind, 6: lambda e: e.url or "",
    }
    everything = search_evidence(tracker)
    for column, key in keys.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.table.sortByColumn(column, order)
            assert model.sort_key == ev.SORT_BY[column]
            assert view.table.horizontalHeader().sortIndicatorSection() == column
            ordered = sorted(((key(e), e.uid if column in (2, 3) else ids[e.uid], e.uid) for e in everything),
                             reverse=order == Qt.SortOrder.DescendingOrder)
            want = [uid for _, _, uid in ordered]
            assert uids(model, range(model.rowCount())) == want, (column, order)
            # and the end, read from the other end of the order
            model.refresh()
            assert uids(model, range(model.rowCount() - 3, model.rowCount())) == want[-3:]


def test_the_selection_stays_on_its_evidence_when_the_list_is_refreshed(qtbot, tracker, tmp_path,
                                                                        monkeypatch) -> None:
    small_pages(monkeypatch)
    add_many(tracker, 60)
    ctx = ctx_for(tracker, tmp_path)
    view = EvidenceView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(25)
    view.table.scrollTo(view.model.index(25, 0), view.table.ScrollHint.PositionAtTop)
    chosen = view.selected()
    assert chosen is not None and view.table.rowAt(0) == 25
    # Newer evidence comes first: the chosen row moves down one, and stays selected; the list stays put.
    view._on_change(ops.add_evidence(tracker, event_date="2030-01-01", countries=["PL"],
                                     recommendations=["visa"], title="Newest"))
    assert view.model.index(0, 1).data() == "Newest"
    assert view.table.rowAt(0) == 25
    selected = view.selected()
    assert selected is not None and selected.uid == chosen.uid
    assert view.table.selectionModel().selectedRows()[0].row() == 26
    # A filter that keeps it: still selected; one that drops it: nothing selected.
    view.kind.setCurrentIndex(view.kind.findData(chosen.source_kind))
    kept = view.selected()
    assert kept is not None and kept.uid == chosen.uid
    view.search.setText("Newest")
    view.apply_filter()
    assert view.selected() is None


def test_the_count_is_exact_without_a_filter_and_capped_with_one(qtbot, tracker, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ev, "COUNT_CAP", 10)
    small_pages(monkeypatch)
    add_many(tracker, 30)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    assert view.count_label.text() == "31 pieces of evidence"  # the tallies: exact, and free
    view.kind.setCurrentIndex(view.kind.findData("media"))
    qtbot.waitUntil(lambda: view.count_label.text() == "10+ pieces of evidence")


def test_words_matching_too_much_list_most_recent_first_and_say_so(qtbot, tracker, tmp_path, monkeypatch) -> None:
    """Past DRIVER_CAP matches the words cannot be sorted by a column: newest added first, to the very end."""
    import db.search

    monkeypatch.setattr(db.search, "DRIVER_CAP", 3)
    small_pages(monkeypatch)
    add_many(tracker, 30)
    view = EvidenceView(ctx_for(tracker, tmp_path))
    qtbot.addWidget(view)
    view.search.setText("Item")
    view.apply_filter()
    qtbot.waitUntil(lambda: "too many matches to sort" in view.count_label.text())
    assert view.model.sort_used == "recorded"
    order = [uid for (uid,) in tracker.db.execute(
        "SELECT uid FROM evidence WHERE title LIKE 'Item%' ORDER BY rowid DESC")]
    view.table.scrollToBottom()
    model = view.model
    assert model.rowCount() == 30
    assert uids(model, range(25, 30)) == order[25:]  # the end, read from the other end
    assert uids(model, range(30)) == order
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # the other way: oldest added first
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: "(too many matches to sort: earliest added first)" in view.count_label.text())
    assert uids(model, range(25, 30)) == order[::-1][25:] and uids(model, range(30)) == order[::-1]
