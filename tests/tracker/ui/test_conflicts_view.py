"""File › Conflicts…, the ⚠ of a cell with conflicting judgements, the details dock's line, the indicator's count.

Ana and Bo each change the same evidence and set a status on the same cell offline; Ana's copy takes Bo's
changes as a sync does (tests/tracker/ui/conflict_replicas.py), and her window opens on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QApplication

from db import Tracker, merge
from tests.conftest import FakeClock
from tracker.ui.conflicts_view import CELL as CELL_KIND
from tracker.ui.conflicts_view import RECORD, ConflictsModel, ConflictsView, Row

from .conflict_replicas import CELL, Conflicted, make_conflicts
from .conftest import FakePrompts, open_window, save_shot


@pytest.fixture
def conflicted(tracker_path: Path, clock: FakeClock) -> Conflicted:
    return make_conflicts(tracker_path, clock)


@pytest.fixture
def ana(qtbot: Any, conflicted: Conflicted, prompts: FakePrompts, settings: QSettings) -> Any:
    """Ana's window on her copy, with both conflicts."""
    win = open_window(qtbot, conflicted.path, prompts, settings, user="Ana")
    yield win
    win.close()


def rows(view: ConflictsView) -> list[Row]:
    return view.model.rows


def conflict(view: ConflictsView, kind: str) -> Row:
    return next(r for r in rows(view) if r.kind == kind)


def select(view: ConflictsView, row: Row) -> None:
    view.tree.setCurrentIndex(view.model.index_of(row))


def cell_index(win: Any) -> QModelIndex:
    return win.matrix_model.index_of_cell(*CELL)


def evidence_titles(win: Any) -> set[str]:
    win.show_tab(1)
    model = win.evidence_view.table.model()
    return {str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())}


def test_the_view_lists_the_evidence_and_the_cell_conflict_with_who_and_what(ana: Any, qtmodeltester: Any,
                                                                            conflicted: Conflicted,
                                                                            tmp_path: Path) -> None:
    ana.actions_by_name["conflicts"].trigger()
    view = ana.conflicts_view
    assert view is not None and view.isVisible() and not view.isModal()
    qtmodeltester.check(view.model)
    record, cell = conflict(view, RECORD), conflict(view, CELL_KIND)
    assert record.key == ("evidence", conflicted.decree)
    assert record.texts[0] == "Evidence “Decree No. 5 (Bo)”"
    assert record.texts[1] == "Ana, Bo" and record.texts[3] == "Title, Notes"
    versions = {v.texts[1]: v for v in record.children}
    assert "Title: Decree No. 5 (Ana)" in versions["Ana"].texts[3] and versions["Ana"].texts[4] == ""
    assert "Notes: Bo's notes" in versions["Bo"].texts[3] and versions["Bo"].texts[4] == "Applies now"
    assert cell.texts[0] == "Cell France · Non-discriminatory visa policy for Belarusians"
    assert cell.texts[1] == "Ana, Bo"
    judgements = {j.texts[1]: j for j in cell.children}
    assert judgements["Ana"].texts[0] == "Implemented" and judgements["Ana"].texts[4] == "Current"
    assert judgements["Bo"].texts[0] == "No action" and "Quota cut." in judgements["Bo"].texts[3]
    # the pane says all of it; the buttons follow the kind selected
    select(view, versions["Ana"])
    assert "Decree No. 5 (Ana)" in view.pane.toPlainText() and "(applies now)" in view.pane.toPlainText()
    assert view.use_version_button.isEnabled() and not view.keep_status_button.isVisible()
    select(view, versions["Bo"])
    assert not view.use_version_button.isEnabled() and view.keep_version_button.isEnabled()
    select(view, judgements["Bo"])
    assert view.use_judgement_button.isEnabled() and not view.keep_version_button.isVisible()
    select(view, versions["Ana"])
    save_shot(view, "conflicts", tmp_path)
    for control in (view.tree, view.pane, view.keep_version_button, view.use_version_button,
                    view.keep_status_button, view.use_judgement_button, view.close_button, view.empty, view.intro):
        assert control.accessibleName()


def test_use_this_version_changes_the_evidence_title_in_the_list(ana: Any, conflicted: Conflicted) -> None:
    assert "Decree No. 5 (Bo)" in evidence_titles(ana)
    view = ana.show_conflicts()
    ana_version = next(v for v in conflict(view, RECORD).children if v.texts[1] == "Ana")
    select(view, ana_version)
    view.use_version_button.click()
    titles = evidence_titles(ana)
    assert "Decree No. 5 (Ana)" in titles and "Decree No. 5 (Bo)" not in titles
    assert [r.kind for r in rows(view)] == [CELL_KIND]  # settled: only the cell is left
    with Tracker.open(conflicted.path, user="Ana", read_only=True) as t:
        assert merge.record_conflicts(t) == []


def test_keep_the_current_status_removes_the_mark_from_the_matrix_cell(ana: Any, qtbot: Any) -> None:
    index = cell_index(ana)
    assert CELL in ana.matrix_model.state.flagged
    assert "Conflicting judgements" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Conflicting judgements" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    view = ana.show_conflicts()
    select(view, conflict(view, CELL_KIND))
    repainted: list[QModelIndex] = []
    ana.matrix_model.dataChanged.connect(lambda top, _bottom, *_: repainted.append(top))
    view.keep_status_button.click()
    assert CELL not in ana.matrix_model.state.flagged
    assert "Conflicting judgements" not in cell_index(ana).data(Qt.ItemDataRole.ToolTipRole)
    assert any(top.row() == index.row() for top in repainted)  # the row repainted, not the whole matrix
    assert cell_index(ana).data() == "Implemented"  # the current status stays
    assert [r.kind for r in rows(view)] == [RECORD]


def test_the_matrix_cell_shows_the_mark(ana: Any, tmp_path: Path) -> None:
    """The ⚠ is painted (a picture of the flagged cell differs from the same cell unflagged)."""
    ana.select_cell(*CELL)
    rect = ana.matrix.visualRect(ana.matrix_proxy.mapFromSource(cell_index(ana)))
    QApplication.processEvents()
    flagged = ana.matrix.viewport().grab(rect).toImage()
    ana.matrix_model.state.flagged.discard(CELL)
    ana.matrix.viewport().update()
    QApplication.processEvents()
    plain = ana.matrix.viewport().grab(rect).toImage()
    assert flagged != plain
    flagged.save(str(tmp_path / "flagged-cell.png"))


def test_the_dock_says_who_set_which_status_and_opens_the_view_on_the_cell(ana: Any, tmp_path: Path) -> None:
    ana.select_cell(*CELL)
    dock = ana.details
    assert dock.conflict.isVisible() and dock.review_conflict_button.isVisible()
    assert dock.conflict.text() == ("⚠ Conflicting judgements: Ana set Implemented; Bo set No action, without"
                                   " seeing each other.")
    assert dock.review_conflict_button.accessibleName()
    save_shot(ana, "conflicts-window", tmp_path)
    dock.review_conflict_button.click()
    view = ana.conflicts_view
    assert view is not None and view.isVisible()
    chosen = view.selected()
    assert chosen is not None and chosen.kind == CELL_KIND and chosen.key == CELL
    # another cell has no such line
    ana.select_cell("DE", "visa")
    assert not dock.conflict.isVisible() and not dock.review_conflict_button.isVisible()


def test_with_nothing_to_review_the_view_says_so(window: Any) -> None:
    view = window.show_conflicts()
    assert rows(view) == [] and view.empty.isVisible() and not view.tree.isVisible()
    assert view.empty.text() == "Nothing to review: there are no conflicts."
    assert window.matrix_model.state.flagged == set()


def test_the_empty_state_says_when_the_last_sync_ran(qtbot: Any, window: Any) -> None:
    view = ConflictsView(window.ctx, window, last_sync=lambda: "30/11/2026 14:02")
    qtbot.addWidget(view)
    assert view.empty.text() == "Nothing to review: there are no conflicts. The last sync ran 30/11/2026 14:02."
    view = ConflictsView(window.ctx, window, last_sync=lambda: "-")
    qtbot.addWidget(view)
    assert view.empty.text().endswith("This tracker has not synced yet.")


def test_the_sync_indicator_counts_the_conflicts_and_offers_to_review_them(
    qtbot: Any, conflicted: Conflicted, prompts: FakePrompts, settings: QSettings, tmp_path: Path,
) -> None:
    from tracker.sync import coalition

    coalition.share(conflicted.path, tmp_path / "shared", "Ana")
    win = open_window(qtbot, conflicted.path, prompts, settings, user="Ana")
    indicator = win.sync.indicator
    assert indicator.isVisible()
    assert indicator.text() == "Not synced yet · 2 conflicts to review"
    assert "Conflicts:" in indicator.toolTip()
    assert indicator.conflicts_action.text() == "&Review conflicts (2)…"
    save_shot(win, "conflicts-status-bar", tmp_path)
    indicator.conflicts_action.trigger()
    view = win.conflicts_view
    assert view is not None and view.isVisible() and len(rows(view)) == 2
    select(view, conflict(view, CELL_KIND))
    view.keep_status_button.click()
    assert indicator.text() == "Not synced yet · 1 conflict to review"
    win.close()


def test_a_failed_settle_is_said_through_the_prompts(ana: Any, prompts: FakePrompts, conflicted: Conflicted) -> None:
    view = ana.show_conflicts()
    select(view, conflict(view, CELL_KIND))
    with Tracker.open(conflicted.path, user="Ana") as t:  # another window settled it meanwhile
        merge.keep_judgements(t, *CELL)
    view.keep_status_button.click()
    assert prompts.errors and prompts.errors[-1][0] == "Keep the current status"
    assert [r.kind for r in rows(view)] == [RECORD]


def test_the_model_passes_the_model_tester_empty(qtmodeltester: Any) -> None:
    qtmodeltester.check(ConflictsModel())


def test_in_belarusian(qtbot: Any, language: Any, conflicted: Conflicted, prompts: FakePrompts,
                       settings: QSettings, tmp_path: Path) -> None:
    language("be")
    win = open_window(qtbot, conflicted.path, prompts, settings, user="Ana")
    view = win.show_conflicts()
    assert view.windowTitle() == "Канфлікты"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Канфлікт"
    assert view.keep_status_button.accessibleName() == "Пакінуць бягучы статус"
    cell = conflict(view, CELL_KIND)
    assert cell.texts[0].startswith("Клетка Францыя · ")
    assert next(j for j in cell.children if j.applies).texts[4] == "Бягучы"
    assert "Канфліктныя ацэнкі" in cell_index(win).data(Qt.ItemDataRole.ToolTipRole)
    win.select_cell(*CELL)
    assert win.details.review_conflict_button.text() == "Разгледзець канфлікт…"
    save_shot(view, "conflicts-be", tmp_path)
    save_shot(win, "conflicts-window-be", tmp_path)
    win.close()


def test_in_ukrainian_with_the_counts_plural_forms(qtbot: Any, language: Any, conflicted: Conflicted,
                                                   prompts: FakePrompts, settings: QSettings, tmp_path: Path) -> None:
    language("uk")
    win = open_window(qtbot, conflicted.path, prompts, settings, user="Ana")
    view = win.show_conflicts()
    assert view.windowTitle() == "Конфлікти"
    assert view.use_judgement_button.accessibleName() == "Використати цю оцінку"
    assert conflict(view, RECORD).texts[3] == "Назва, Нотатки"
    assert win.actions_by_name["conflicts"].text() == "К&онфлікти…"
    forms = {n: QCoreApplication.translate("SyncIndicator", "%Ln conflicts to review", "", n) for n in (1, 2, 5, 21)}
    assert forms == {1: "1 конфлікт чекає на розгляд", 2: "2 конфлікти чекають на розгляд",
                     5: "5 конфліктів чекають на розгляд", 21: "21 конфлікт чекає на розгляд"}
    save_shot(view, "conflicts-uk", tmp_path)
    win.close()


def test_an_open_view_reads_the_list_again_when_a_sync_finishes(ana: Any, conflicted: Conflicted) -> None:
    view = ana.show_conflicts()
    assert len(rows(view)) == 2
    with Tracker.open(conflicted.path, user="Bo") as t:  # what a sync brings: the cell settled on another copy
        merge.keep_judgements(t, *CELL)
    ana.sync.controller.finished.emit(0, "Sent 0, applied 1, waiting 0, refused 0.")
    assert [r.kind for r in rows(view)] == [RECORD]


@pytest.mark.parametrize(("code", "forms"), [
    ("be", ["1 канфлікт чакае разгляду", "2 канфлікты чакаюць разгляду", "5 канфліктаў чакаюць разгляду",
            "21 канфлікт чакае разгляду"]),
    ("ru", ["1 конфликт ждёт рассмотрения", "2 конфликта ждут рассмотрения", "5 конфликтов ждут рассмотрения",
            "21 конфликт ждёт рассмотрения"]),
    ("lt", ["1 konfliktas laukia peržiūros", "2 konfliktai laukia peržiūros", "5 konfliktai laukia peržiūros",
            "21 konfliktas laukia peržiūros"]),
])
def test_the_count_of_conflicts_has_each_languages_plural_forms(qapp: Any, language: Any, code: str,
                                                                forms: list[str]) -> None:
    language(code)
    assert [QCoreApplication.translate("SyncIndicator", "%Ln conflicts to review", "", n)
            for n in (1, 2, 5, 21)] == forms


def test_a_read_only_tracker_lists_its_conflicts_but_settles_none(ana: Any) -> None:
    from db.places import READ_ONLY_FOLDER

    ana.ctx.tracker.read_only_reason = READ_ONLY_FOLDER
    view = ana.show_conflicts()
    for row in (conflict(view, RECORD), conflict(view, RECORD).children[0], conflict(view, CELL_KIND),
                conflict(view, CELL_KIND).children[-1]):
        select(view, row)
        assert not any(b.isEnabled() for b in (view.keep_version_button, view.use_version_button,
                                               view.keep_status_button, view.use_judgement_button))
    assert len(rows(view)) == 2
