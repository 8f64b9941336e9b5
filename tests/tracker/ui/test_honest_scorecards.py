"""Honest scorecards on screen (issue 11, points 5 to 8, and the polish seen on the way).

A country with one of five recommendations assessed shows a score but no grade
and no rank in the matrix, the ranking, its card and its PDF; sorting keeps
unscored countries last both ways; the toolbar's "changes since" date drives
the Scorecards' Change column; the export dialog starts from what is on screen.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

from db import ops
from db.queries import cell_statuses
from tracker.report_model import build_report
from tracker.reports import render_html
from tracker.ui.dialogs import ExportDialog
from tracker.ui.file_commands import documents_folder
from tracker.ui.matrix import COUNTRY_ROLE, SCORE_ROLE, StatusDelegate, change_color
from tracker.ui.pdf import report_pdf_bytes
from tracker.ui.scorecards import CODE_ROLE


def trigger(window: Any, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None
    action.trigger()


def status(t: Any, country: str, rec: str, code: str, day: str = "2024-01-01") -> None:
    ops.set_status(t, country, rec, code, effective_date=day, rationale="Reason.")


def one_of_five(window: Any) -> None:
    """France: one of five assessed (100); Germany: three of five (66.7, grade B); Estonia: the example (0)."""
    t = window.ctx.tracker
    status(t, "FR", "visa", "full")
    for rec, code in (("visa", "partial"), ("tps", "partial"), ("students", "announced")):
        status(t, "DE", rec, code)
    trigger(window, "refresh")


def row_of(model: Any, code: str, role: int) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(role) == code)


def click_header(qtbot: Any, table: QTableView, column: int) -> None:
    header: QHeaderView = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# ---------------------------------------------------------------- 5. no grade, no rank
def test_matrix_shows_a_score_but_no_grade_for_one_of_five(qtmodeltester: Any, window: Any) -> None:
    one_of_five(window)
    proxy = window.matrix.model()
    model = proxy.sourceModel()
    qtmodeltester.check(model)
    n = len(model.recs)
    fr = row_of(model, "FR", COUNTRY_ROLE)
    assert [model.index(fr, c).data() for c in (n + 1, n + 2, n + 3)] == ["100.0 *", "1 of 5", "—"]
    score = model.index(fr, 0).data(SCORE_ROLE)
    assert (score.grade, score.rank) == (None, None)
    tip = model.index(fr, n + 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "not graded: 1 of 5 assessed" in tip and "no rank until 3 of 5" in tip
    de = row_of(model, "DE", COUNTRY_ROLE)
    assert model.index(de, n + 3).data() == "B" and "rank 1" in model.index(de, n + 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "for a grade and a rank" in model.headerData(n + 2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_ranking_and_card_show_no_grade_and_no_rank(qtbot: Any, qtmodeltester: Any, window: Any) -> None:
    one_of_five(window)
    trigger(window, "show_scorecards")
    view = window.scorecards
    qtmodeltester.check(view.model)
    proxy = view.proxy
    texts = {proxy.index(r, 1).data(): [proxy.index(r, c).data() for c in (0, 2, 3, 4)] for r in range(3)}
    assert texts == {
        "Germany": ["1", "66.7", "3 of 5", "B"], "France": ["—", "100.0 *", "1 of 5", "—"],
        "Estonia": ["—", "0.0 *", "1 of 5", "—"],
    }
    fr = row_of(proxy, "FR", CODE_ROLE)
    assert "Not graded: 1 of 5 assessed" in proxy.index(fr, 0).data(Qt.ItemDataRole.ToolTipRole)
    # Choosing France with the mouse shows its card: a score, and why there is no grade or rank.
    where = view.table.visualRect(proxy.index(fr, 1)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: view.card.country == "FR")
    figures = view.card.figures.text()
    assert "100.0" in figures and "not graded: 1 of 5 assessed" in figures and "until 3 of 5 are assessed" in figures
    assert "grade <b>" not in figures and "ranked" not in figures


def test_the_pdf_says_not_graded_and_paints_not_assessed_like_the_app(qapp: Any, tracker: Any) -> None:
    status(tracker, "FR", "visa", "full")
    report = build_report(tracker, "FR", as_of="2024-06-01")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(report_pdf_bytes(report))).pages)
    assert "not graded: 1 of 5 assessed" in text and "not ranked: 3 of 5 assessed needed" in text
    assert "Grade A" not in text
    assert "min_coverage_for_grade is 0.5" in text  # the methodology states the threshold
    # "Not assessed" is painted with the app's own mark (a dashed circle with "?"), not a font's dotted circle.
    assert "\u25cc" in render_html(report) and "\u25cc" not in text and "Not assessed" in text


# ---------------------------------------------------------------- 6. unscored last, both ways
def test_sorting_the_matrix_keeps_unscored_and_ungraded_last_both_ways(qtbot: Any, window: Any) -> None:
    one_of_five(window)
    table = window.matrix
    proxy = table.model()
    n = len(proxy.sourceModel().recs)
    rows = proxy.rowCount()
    for column in (n + 1, n + 3):  # score, grade
        present: list[str] = []
        for _ in range(2):  # one click sorts, the next reverses
            click_header(qtbot, table, column)
            values = [proxy.index(r, column).data() for r in range(rows)]
            present = [v for v in values if v != "—"]
            assert values[: len(present)] == present, (column, table.horizontalHeader().sortIndicatorOrder())
            assert all(v == "—" for v in values[len(present):])
        assert len(present) == (3 if column == n + 1 else 1)
    click_header(qtbot, table, n + 1)
    order = table.horizontalHeader().sortIndicatorOrder()
    top = [proxy.index(r, 0).data() for r in range(3)]
    assert top == (["France", "Germany", "Estonia"] if order == Qt.SortOrder.DescendingOrder
                   else ["Estonia", "Germany", "France"])


def test_sorting_the_ranking_keeps_unranked_and_unscored_last_both_ways(qtbot: Any, window: Any) -> None:
    one_of_five(window)
    trigger(window, "show_scorecards")
    table = window.scorecards.table
    proxy = window.scorecards.proxy
    for column, shown in ((0, 1), (2, 3), (4, 1)):  # rank, score, grade
        seen = set()
        for _ in range(2):
            click_header(qtbot, table, column)
            seen.add(table.horizontalHeader().sortIndicatorOrder())
            values = [proxy.index(r, column).data() for r in range(proxy.rowCount())]
            assert all(v != "—" for v in values[:shown]) and all(v == "—" for v in values[shown:]), (column, values[:5])
        assert seen == {Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder}


# ---------------------------------------------------------------- 7. one "changes since" date
def test_the_toolbars_changes_since_date_drives_the_change_column(qtbot: Any, window: Any) -> None:
    t = window.ctx.tracker
    status(t, "FR", "visa", "none", "2023-01-01")
    status(t, "FR", "visa", "full", "2024-03-01")
    trigger(window, "refresh")
    trigger(window, "show_scorecards")
    view = window.scorecards
    change = view.model.COLUMNS.index("Change")
    assert view.table.isColumnHidden(change) and "Changes since" in view.since_label.text()
    window.compare_edit.setDate(QDate(2023, 6, 1))
    qtbot.mouseClick(window.compare_box, Qt.MouseButton.LeftButton, pos=QPoint(8, window.compare_box.height() // 2))
    assert window.compare_box.isChecked()
    fr = row_of(view.proxy, "FR", CODE_ROLE)
    assert not view.table.isColumnHidden(change) and "2023-06-01" in view.since_label.text()
    assert view.proxy.index(fr, change).data() == "+75.0"  # 25 then, 100 now
    window.compare_edit.setDate(QDate(2022, 6, 1))  # before any assessment: France is new
    fr = row_of(view.proxy, "FR", CODE_ROLE)
    assert view.proxy.index(fr, change).data() == "new"
    view.select_country("FR")
    assert view.card.change.text() == "Since 2022-06-01: first scored"
    assert not hasattr(view, "since")  # the Scorecards have no date control of their own


# ---------------------------------------------------------------- 8. the export dialog starts from the screen
def test_the_export_dialog_starts_with_the_shown_group_and_date(window: Any, prompts: Any, tmp_path: Path,
                                                                settings: Any) -> None:
    window.group_combo.setCurrentIndex(window.group_combo.findData("Baltic states"))
    window.as_of_edit.setDate(QDate(2024, 3, 1))
    seen: dict[str, Any] = {}
    suggested: list[str] = []

    def look(d: Any) -> None:
        if isinstance(d, ExportDialog):
            seen.update(group=d.group.currentData(), as_of=d.as_of.value(), summary=d.summary.text())
            d.accept()

    def save_file(parent: Any, title: str, path: str, filters: str) -> str:
        suggested.append(path)
        return str(tmp_path / "out" / Path(path).name)

    (tmp_path / "out").mkdir()
    prompts.on_dialog = look
    prompts.save_file = save_file
    trigger(window, "export")
    assert seen["group"] == "Baltic states" and seen["as_of"] == "2024-03-01"
    assert "Baltic states" in seen["summary"] and "as of 2024-03-01" in seen["summary"]
    # Save dialogs start in the documents folder, then in the folder used last.
    assert Path(suggested[0]).parent == documents_folder()
    trigger(window, "export")
    assert Path(suggested[1]).parent == tmp_path / "out"
    window.group_combo.setCurrentIndex(window.group_combo.findData(None))
    window.view_controls.set_as_of(None)
    trigger(window, "export")
    assert seen["group"] is None and seen["as_of"] is None and "all countries" in seen["summary"]


def test_the_export_dialog_leaves_no_gap_after_switching_kinds(qtbot: Any, tracker: Any, settings: Any) -> None:
    from db.queries import codebook_view

    dialog = ExportDialog(codebook_view(tracker), settings)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("matrix"))  # the image: its language, no report options
    dialog.show()
    image = dialog.height()
    dialog.kind.setCurrentIndex(dialog.kind.findData("scorecard"))
    small = dialog.height()
    assert small < image  # a CSV has no language row
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "R")  # "Report with citations": more rows
    assert dialog.kind.currentData() == "report" and dialog.height() > image
    dialog.kind.setCurrentIndex(dialog.kind.findData("matrix"))
    assert dialog.height() == image  # the hidden rows leave no empty band
    dialog.kind.setCurrentIndex(dialog.kind.findData("scorecard"))
    assert dialog.height() == small


# ---------------------------------------------------------------- the "changed" outline
def test_a_changed_cell_is_outlined_in_its_own_colour_with_a_visible_arrow(qapp: Any, tracker: Any) -> None:
    status(tracker, "PL", "tps", "partial", "2023-01-10")
    before = cell_statuses(tracker, [("PL", "tps")], "2023-06-01")[("PL", "tps")]
    status(tracker, "PL", "tps", "full", "2024-02-01")
    now = cell_statuses(tracker, [("PL", "tps")], "2024-06-01")[("PL", "tps")]
    delegate = StatusDelegate()
    option = QStyleOptionViewItem()
    image = QImage(160, 38, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint_cell(painter, QRect(0, 0, 160, 38), option, now, before)
    painter.end()
    purple = change_color(option.palette)
    highlight = option.palette.color(option.palette.ColorRole.Highlight)
    assert purple != highlight
    edge = [image.pixelColor(x, 1) for x in range(20, 140)]
    assert sum(1 for c in edge if c == purple) > 100  # the outline is the change colour, not the selection's
    arrow = [image.pixelColor(x, y) for x in range(6, 20) for y in range(12, 27)]
    assert sum(1 for c in arrow if c == purple) >= 40  # a filled ▲ some 12 px across, not a 7 pt glyph


# ---------------------------------------------------------------- the matrix image is a slide
def test_the_matrix_png_is_landscape_16_by_9_whatever_it_holds(qapp: Any, tracker: Any) -> None:
    from tracker.ui.render import render_matrix_image

    for width in (800, 1600, 1920):
        image = render_matrix_image(tracker, width=width)
        assert (image.width(), image.height()) == (width, round(width * 9 / 16))
    for i in range(45):  # fifty recommendations, as in the benchmark tracker: still one slide
        ops.add_recommendation(tracker, f"r{i:02d}", f"Recommendation {i}")
    image = render_matrix_image(tracker, width=1600)
    assert (image.width(), image.height()) == (1600, 900)
