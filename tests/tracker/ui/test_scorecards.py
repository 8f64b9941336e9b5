"""The Scorecards view: ranking, one country's card, the bar chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QColor, QImage

from db import ops
from tracker.ui.commands import SetStatus
from tracker.ui.inputs import StatusInput
from tracker.ui.scorecards import CODE_ROLE, RankingModel, change_text, ordinal


def trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


def fill(tracker) -> None:
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2024-01-01", rationale="Open.")
    ops.set_status(tracker, "DE", "tps", "partial", effective_date="2024-01-01", rationale="Some.")
    ops.set_status(tracker, "FR", "visa", "none", effective_date="2023-01-01", rationale="Nothing.")
    ops.set_status(tracker, "FR", "visa", "announced", effective_date="2025-06-01", rationale="Announced.")


def test_ranking_model_passes_the_model_tester(qtmodeltester: Any, tracker) -> None:
    from tracker.scoring import scorecard

    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # ranked from the first assessment: ranks move
    fill(tracker)
    model = RankingModel()
    model.set_scores(scorecard(tracker), scorecard(tracker, "2024-06-01"))
    qtmodeltester.check(model)
    # The same countries again after an edit: updated in place, rows that changed only.
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b, *_: changed.extend(range(a.row(), b.row() + 1)))
    ops.set_status(tracker, "EE", "tps", "full", effective_date="2024-01-01", rationale="Open.")
    after = scorecard(tracker)
    model.set_scores(after, scorecard(tracker, "2024-06-01"))
    qtmodeltester.check(model)
    # Estonia's score and rank moved; France's did not, but its rank at the comparison date did (Estonia passed it).
    assert {model.rows[r].country_code for r in changed} == {"EE", "FR"}
    assert sorted(model.rows, key=lambda s: s.country_code) == sorted(after, key=lambda s: s.country_code)


def test_ranking_and_country_card(qtbot, window) -> None:
    fill(window.ctx.tracker)
    trigger(window, "refresh")
    trigger(window, "show_scorecards")
    view = window.scorecards
    model = view.model
    first = [view.proxy.index(r, 1).data() for r in range(3)]
    assert first == ["Germany", "France", "Estonia"]  # 87.5, 50, 0: scores, but none graded yet
    view.select_country("DE")
    card = view.card
    assert card.country == "DE"
    assert "87.5" in card.figures.text() and "not graded: 2 of 5 assessed" in card.figures.text()
    assert "grade <b>" not in card.figures.text() and "ranked" not in card.figures.text()
    labels = [(b.title, b.cell.status_label) for b in card.chart.bars]
    assert labels[0] == ("Non-discriminatory visa policy for Belarusians", "Implemented")
    assert labels[1][1] == "Partly implemented" and labels[2][1] == "Not assessed"
    assert "Implemented (100)" in card.chart.accessibleDescription()
    assert model.rowCount() == 37
    ops.set_status(window.ctx.tracker, "DE", "students", "announced", effective_date="2024-01-01", rationale="Soon.")
    trigger(window, "refresh")
    assert "grade <b>B</b>" in card.figures.text()  # 3 of 5: (100 + 75 + 50) / 3 = 75
    assert "ranked 1st of 1" in card.figures.text() and "3 of 5 assessed" in card.figures.text()


def test_change_since_a_chosen_date(qtbot, window) -> None:
    fill(window.ctx.tracker)
    trigger(window, "refresh")
    trigger(window, "show_scorecards")
    view = window.scorecards
    window.compare_edit.setDate(QDate(2024, 6, 1))
    window.compare_box.setChecked(True)
    view.select_country("FR")
    assert view.card.change.text() == "Since 2024-06-01: +25.0 (was 25.0)"
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data(CODE_ROLE) == "FR")
    assert view.proxy.index(row, 5).data() == "+25.0"


def test_group_filter_and_as_of_apply_to_the_ranking(qtbot, window) -> None:
    fill(window.ctx.tracker)
    trigger(window, "refresh")
    trigger(window, "show_scorecards")
    window.group_combo.setCurrentIndex(window.group_combo.findData("G7"))
    view = window.scorecards
    assert view.model.rowCount() == 7
    assert {s.country_code for s in view.model.scores} >= {"DE", "FR"}
    window.as_of_edit.setDate(QDate(2023, 6, 1))
    assert next(s for s in view.model.scores if s.country_code == "FR").score == 25
    assert next(s for s in view.model.scores if s.country_code == "DE").score is None


def test_edits_reach_the_scorecards(qtbot, window) -> None:
    trigger(window, "show_scorecards")
    window.ctx.run(SetStatus(window.ctx, StatusInput("NZ", "sanctions", "full", "2025-01-01", "Broad.")))
    assert next(s for s in window.scorecards.model.scores if s.country_code == "NZ").score == 100


def test_chart_paints_bars_in_status_colours(qtbot, window) -> None:
    fill(window.ctx.tracker)
    trigger(window, "refresh")
    trigger(window, "show_scorecards")
    window.scorecards.select_country("DE")
    chart = window.scorecards.card.chart
    chart.resize(700, chart.sizeHint().height())
    image: QImage = chart.grab().toImage()
    full = QColor(window.ctx.tracker.db.execute("SELECT color FROM statuses WHERE code = 'full'").fetchone()[0])
    found = any(
        image.pixelColor(x, chart.ROW // 2) == full for x in range(image.width())
    )
    assert found, "the first bar (Implemented) is painted in the Implemented colour"
    hi = chart.grab().devicePixelRatio()
    assert hi >= 1


def test_helpers() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
    ]


def test_change_text() -> None:
    from tracker.scoring import CountryScore

    def s(v):
        return CountryScore("X", "X", v, 1, 5, None, None)

    assert change_text(s(50.0), s(62.5)) == "+12.5"
    assert change_text(s(50.0), s(40.0)) == "−10.0"
    assert change_text(s(None), s(40.0)) == "new"
    assert change_text(s(40.0), s(None)) == ""
    assert change_text(s(40.0), s(40.0)) == "0.0"


def test_rows_that_all_change_are_told_in_one_signal_and_sorted_once(tracker) -> None:
    """After a new as-of date nearly every row changes: one dataChanged for the run of rows, not one a row (each
    made the sort proxy sort again: at 1m a third of opening the tab)."""
    from PySide6.QtCore import Qt

    from tracker.scoring import scorecard
    from tracker.ui.scorecards import SORT_ROLE, RankingProxy

    fill(tracker)
    model = RankingModel()
    model.set_scores(scorecard(tracker), [])
    proxy = RankingProxy()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    signals: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: signals.append((a.row(), b.row())))
    every = scorecard(tracker)
    model.set_scores(every, every)  # a comparison date: every row's change column differs
    assert signals == [(0, len(every) - 1)]
    ranked = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert ranked[:3] == ["Germany", "France", "Estonia"]  # by score, highest first
    assert all(proxy.index(r, 2).data() == "—" for r in range(3, proxy.rowCount()))  # those without one last
