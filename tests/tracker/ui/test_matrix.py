"""The status matrix model and view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from db import ops
from tracker.preferences import Preferences
from tracker.ui.context import AppContext, ChangeBus
from tracker.ui.matrix import CELL_ROLE, CHANGE_ROLE, COUNTRY_ROLE, SCORE_ROLE, MatrixModel, MatrixProxy
from tracker.ui.prompts import Prompts


def make_ctx(tracker, tmp_path) -> AppContext:
    return AppContext(
        tracker=tracker, prefs=Preferences(user_name="Alice"),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        prompts=Prompts(), undo_stack=QUndoStack(), bus=ChangeBus(),
    )


def cell_text(model: MatrixModel, country: str, rec: str) -> str:
    return model.index_of_cell(country, rec).data(Qt.ItemDataRole.DisplayRole)


def test_models_pass_the_model_tester(qtmodeltester: Any, tracker, tmp_path) -> None:
    ctx = make_ctx(tracker, tmp_path)
    model = MatrixModel(ctx)
    qtmodeltester.check(model)
    proxy = MatrixProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_matrix_shows_every_country_and_recommendation_with_scores(qapp, tracker, tmp_path) -> None:
    model = MatrixModel(make_ctx(tracker, tmp_path))
    assert model.rowCount() == 37
    assert model.columnCount() == 5 + 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Country"
    # Long words carry soft hyphens (invisible unless a narrow column breaks the word there).
    assert headers[1].replace("\u00ad", "") == "Non-discriminatory visa policy for Belarusians"
    assert "\u00ad" in headers[1]
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == (
        "Non-discriminatory visa policy for Belarusians")
    assert headers[-3:] == ["Score", "Coverage", "Grade"]
    assert cell_text(model, "EE", "visa") == "Contrary action"
    assert cell_text(model, "FR", "visa") == "Not assessed"
    row = model.index_of_cell("EE", "visa").row()
    assert model.index(row, 6).data() == "0.0 *"  # not graded: 1 of 5
    assert model.index(row, 7).data() == "1 of 5"
    assert model.index(row, 8).data() == "—"  # no grade under half assessed
    accessible = model.index_of_cell("EE", "visa").data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Estonia" in accessible and "Contrary action" in accessible and "1 evidence" in accessible


def test_an_edit_repaints_only_the_rows_it_touched(qapp, qtbot, tracker, tmp_path) -> None:
    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # ranked from the first assessment: ranks can move
    model = MatrixModel(make_ctx(tracker, tmp_path))
    spans: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: spans.append((a.row(), b.row(), a.column(), b.column())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    change = ops.set_status(tracker, "FR", "tps", "full", effective_date="2025-01-01", rationale="In force.")
    model.apply_change(change)
    fr_row = model.index_of_cell("FR", "tps").row()
    ee_row = model.index_of_cell("EE", "visa").row()
    rows = [(a, b) for a, b, first, last in spans if (first, last) == (0, model.columnCount() - 1)]
    assert rows == [(fr_row, fr_row)]
    # France (100) now outranks Estonia (0): Estonia's rank moved, so only its score cell (rank tooltip) repaints.
    score = model.score_column()
    assert [s for s in spans if s[:2] != (fr_row, fr_row)] == [(ee_row, ee_row, score, score)]
    assert "rank 2" in model.index(ee_row, score).data(Qt.ItemDataRole.ToolTipRole)
    assert not resets
    assert cell_text(model, "FR", "tps") == "Implemented"
    assert model.index(fr_row, 6).data() == "100.0"  # graded (threshold 0): no "not graded" star


def test_codebook_change_rebuilds_columns(qapp, tracker, tmp_path) -> None:
    model = MatrixModel(make_ctx(tracker, tmp_path))
    model.apply_change(ops.add_recommendation(tracker, "media", "Support for independent media"))
    assert model.columnCount() == 6 + 4
    model.apply_change(ops.archive_country(tracker, "JP"))
    assert model.rowCount() == 36


def test_group_filter_and_as_of_date(qapp, tracker, tmp_path) -> None:
    ctx = make_ctx(tracker, tmp_path)
    ops.set_status(tracker, "LT", "visa", "full", effective_date="2024-05-01", rationale="Open to all.")
    model = MatrixModel(ctx)
    ctx.view.group = "Baltic states"
    model.reload()
    assert sorted(c for c, _ in model.countries) == ["EE", "LT", "LV"]
    assert cell_text(model, "LT", "visa") == "Implemented"
    ctx.view.as_of = "2024-04-30"
    model.reload()
    assert cell_text(model, "LT", "visa") == "Not assessed"
    ctx.view.as_of = "2022-02-28"
    model.reload()
    assert cell_text(model, "EE", "visa") == "Not assessed"  # the Estonia example is effective 2022-03-01


def test_changes_between_two_dates_are_marked(qapp, tracker, tmp_path) -> None:
    ctx = make_ctx(tracker, tmp_path)
    ops.set_status(tracker, "PL", "tps", "partial", effective_date="2023-01-10", rationale="Some groups.")
    ops.set_status(tracker, "PL", "tps", "full", effective_date="2024-02-01", rationale="Everyone.")
    ctx.view.compare_from = "2023-06-01"
    model = MatrixModel(ctx)
    before = model.index_of_cell("PL", "tps").data(CHANGE_ROLE)
    assert before is not None and before.status_label == "Partly implemented"
    assert model.index_of_cell("EE", "visa").data(CHANGE_ROLE) is None
    assert "Changed since 2023-06-01" in model.index_of_cell("PL", "tps").data(Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_score_puts_the_best_first(qapp, tracker, tmp_path) -> None:
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2024-01-01", rationale="r")
    ops.set_status(tracker, "FR", "visa", "announced", effective_date="2024-01-01", rationale="r")
    model = MatrixModel(make_ctx(tracker, tmp_path))
    proxy = MatrixProxy()
    proxy.setSourceModel(model)
    proxy.sort(model.score_column(), Qt.SortOrder.DescendingOrder)
    top = [proxy.index(r, 0).data() for r in range(3)]
    assert top == ["Germany", "France", "Estonia"]
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 1).data(CELL_ROLE).status_label == "Implemented"


def test_every_rows_rank_is_right_after_an_edit(qapp, tracker, tmp_path) -> None:
    """The old matrix re-ranked only the edited row: Germany's tooltip kept 'rank 1' while the scorecard said 2."""
    from tracker.scoring import scorecard
    from tracker.ui.commands import SetStatus
    from tracker.ui.inputs import StatusInput

    ctx = make_ctx(tracker, tmp_path)
    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # ranked from the first assessment
    ops.set_status(tracker, "DE", "visa", "partial", effective_date="2024-01-01", rationale="r")
    model = MatrixModel(ctx)
    ctx.run(SetStatus(ctx, StatusInput("FR", "visa", "full", "2024-01-01", "Open.")))
    truth = {s.country_code: s.rank for s in scorecard(tracker, ctx.as_of())}
    assert (truth["FR"], truth["DE"], truth["EE"]) == (1, 2, 3)
    score = model.score_column()
    for row in range(model.rowCount()):
        code = model.index(row, 0).data(COUNTRY_ROLE)
        tip = model.index(row, score).data(Qt.ItemDataRole.ToolTipRole)
        assert model.index(row, 0).data(SCORE_ROLE).rank == truth[code]
        assert (f"rank {truth[code]}" if truth[code] else "no rank") in tip


def test_the_matrix_and_the_scorecards_share_one_computation(qapp, window) -> None:
    """Start-up computes the tracker once; the hidden scorecards compute their comparison date only when shown."""
    from PySide6.QtGui import QAction

    window.compare_box.setChecked(True)  # the Change column compares with the toolbar's "changes since" date
    assert window.ctx.state.computed == 2  # the matrix outlines changes: the comparison date, computed once
    assert not window.scorecards.since_computed()
    window.findChild(QAction, "show_scorecards").trigger()
    assert window.scorecards.since_computed() and window.ctx.state.computed == 2
    assert window.scorecards.model.scores == window.ctx.state.ranking()


def test_cell_tooltip_quotes_the_rationale_the_cache_leaves_out(qapp, tracker, tmp_path) -> None:
    """The matrix keeps no rationale per cell (start-up reads less); hovering a cell still shows it."""
    ops.set_status(tracker, "EE", "visa", "partial", effective_date="2024-03-01",
                   rationale="Visas issued again from March.", confidence="verified")
    ctx = make_ctx(tracker, tmp_path)
    model = MatrixModel(ctx)
    index = model.index_of_cell("EE", "visa")
    assert index.data(CELL_ROLE).rationale is None  # not held by the cache
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Visas issued again from March." in tip and "verified" in tip


def test_cells_without_a_value_sort_last_either_way(qapp, tracker, tmp_path) -> None:
    """Unassessed cells and unscored countries go after every scored one, ascending and descending."""
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2024-01-01", rationale="r")
    ops.set_status(tracker, "FR", "visa", "none", effective_date="2024-01-01", rationale="r")
    model = MatrixModel(make_ctx(tracker, tmp_path))
    proxy = MatrixProxy()
    proxy.setSourceModel(model)
    visa = model.index_of_cell("DE", "visa").column()
    rows = proxy.rowCount()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        descending = order == Qt.SortOrder.DescendingOrder
        proxy.sort(visa, order)
        cells = [proxy.index(r, visa).data(CELL_ROLE) for r in range(rows)]
        scored = [c for c in cells if c.score is not None]
        assert len(scored) >= 2 and cells[: len(scored)] == scored
        assert [c.score for c in scored] == sorted((c.score for c in scored), reverse=descending)
        assert all(c.score is None for c in cells[len(scored):])
        proxy.sort(model.score_column(), order)
        scores = [proxy.index(r, 0).data(SCORE_ROLE).score for r in range(rows)]
        known = [s for s in scores if s is not None]
        assert scores[: len(known)] == sorted(known, reverse=descending)
