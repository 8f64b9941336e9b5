"""Edit › Codebook…, driven with real widgets on a default tracker.

Each Apply (and each list button) is one undoable edit: it shows in the
matrix and the scorecards, is in the history, and Ctrl+Z in the dialog takes
it back.  Invalid fields say what is wrong under the field and save nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit, QTableWidgetItem

from db import Tracker, load_codebook, queries, review
from db.codebook_export import export_codebook
from tracker.ui.codebook_editor import (
    GRADES_PAGE,
    STATUSES_PAGE,
    TRACKER_PAGE,
    TRANSLATIONS_PAGE,
    CodebookEditor,
    color_name,
    rescore_question,
)
from tracker.ui.main_window import SCORECARDS_TAB

LEFT = Qt.MouseButton.LeftButton


def open_editor(window: Any, prompts: Any, steps: Callable[[CodebookEditor], None]) -> None:
    """Edit › Codebook…, with ``steps`` done in the open dialog."""
    seen: list[QDialog] = []

    def on_dialog(dialog: QDialog) -> None:
        if isinstance(dialog, CodebookEditor):
            seen.append(dialog)
            steps(dialog)

    prompts.on_dialog = on_dialog
    window.actions_by_name["edit_codebook"].trigger()
    assert seen, "the dialog did not open"


def cell(table: Any, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def type_in_cell(qtbot: Any, table: Any, row: int, column: int, text: str) -> None:
    """Edit a table cell as a person does: F2, type over it, Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def history(window: Any, n: int = 1) -> list[dict[str, Any]]:
    rows = window.ctx.tracker.db.query("SELECT * FROM history ORDER BY rowid DESC LIMIT ?", [n])
    return [dict(r) for r in rows]


def history_count(window: Any) -> int:
    return int(window.ctx.tracker.db.execute("SELECT count(*) FROM history").fetchone()[0])


def matrix_titles(window: Any) -> list[str]:
    return [title for _code, title in window.matrix_model.recs]


def scores(window: Any) -> dict[str, Any]:
    window.show_tab(SCORECARDS_TAB)
    window.scorecards.refresh()
    return {s.country_code: s for s in window.scorecards.model.scores}


def undo(qtbot: Any, widget: Any) -> None:
    """Ctrl+Z with the focus on a list or table of the dialog (a text field would undo its own typing)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def replace_text(qtbot: Any, edit: Any, text: str) -> None:
    """Click into a field and type over what it holds."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def set_status(window: Any, country: str, rec: str, status: str) -> None:
    from db import ops

    ops.set_status(window.ctx.tracker, country, rec, status, effective_date="2025-01-01", rationale="Decree.")
    window.refresh()


# ---------------------------------------------------------------- recommendations
def test_edit_a_recommendation_then_undo_in_the_dialog(qtbot: Any, window: Any, prompts: Any) -> None:
    def steps(dialog: CodebookEditor) -> None:
        page = dialog.recommendations
        assert page.list.currentItem().text() == "1. Non-discriminatory visa policy for Belarusians"
        assert not page.apply_button.isEnabled()  # nothing typed, nothing to apply
        replace_text(qtbot, page.title_edit, "Equal visas")
        replace_text(qtbot, page.weight_edit, "2.5")
        page.guidance_edit.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(page.guidance_edit, " Count consulates too.")
        assert page.apply_button.isEnabled()
        qtbot.mouseClick(page.apply_button, LEFT)
        assert matrix_titles(window)[0] == "Equal visas"
        assert page.list.currentItem().text() == "1. Equal visas"
        entry = history(window)[0]
        assert (entry["operation"], entry["table_name"], entry["row_key"]) == ("edit_recommendation",
                                                                               "recommendations", "visa")
        after = json.loads(entry["after"])
        assert after["weight"] == 2.5 and after["guidance"].endswith("Count consulates too.")
        assert not page.apply_button.isEnabled()

        undo(qtbot, page.list)
        assert matrix_titles(window)[0] == "Non-discriminatory visa policy for Belarusians"
        assert page.title_edit.text() == "Non-discriminatory visa policy for Belarusians"
        assert page.weight_edit.text() == "1"
        assert history(window)[0]["operation"] == "undo edit_recommendation"

    open_editor(window, prompts, steps)
    assert prompts.errors == []


def test_invalid_fields_say_why_under_the_field_and_nothing_is_saved(qtbot: Any, window: Any, prompts: Any) -> None:
    before = history_count(window)

    def steps(dialog: CodebookEditor) -> None:
        page = dialog.recommendations
        replace_text(qtbot, page.title_edit, "")
        replace_text(qtbot, page.weight_edit, "0")
        assert page.weight_edit.hasFocus()  # a message while typing never takes the focus away
        messages = page.errors.messages()
        assert messages["title error"] == "⚠ The title is required."
        assert "greater than 0" in messages["weight error"]
        assert not page.apply_button.isEnabled()
        qtbot.keyClick(page.weight_edit, Qt.Key.Key_Return)  # Enter applies: refused while invalid
        assert history_count(window) == before
        # What only the engine knows (another recommendation has this title) shows under the field on Apply.
        replace_text(qtbot, page.weight_edit, "1")
        replace_text(qtbot, page.title_edit, "support for ANTIWAR civic initiatives")
        qtbot.mouseClick(page.apply_button, LEFT)
        assert "already exists" in page.errors.messages()["title error"]
        assert history_count(window) == before
        qtbot.mouseClick(page.revert_button, LEFT)
        assert page.title_edit.text() == "Non-discriminatory visa policy for Belarusians"
        assert page.errors.messages() == {}

    open_editor(window, prompts, steps)


def test_a_new_recommendation_gets_a_code_from_its_title_and_undo_removes_it(
    qtbot: Any, window: Any, prompts: Any
) -> None:
    def steps(dialog: CodebookEditor) -> None:
        page = dialog.recommendations
        qtbot.mouseClick(page.new_button, LEFT)
        assert page.code_edit.isEnabled() and page.title_edit.hasFocus()
        qtbot.keyClicks(page.title_edit, "Humanitarian visas")
        assert page.code_edit.text() == "humanitarian_visas"
        qtbot.keyClicks(page.text_edit, "Issue humanitarian visas.")
        qtbot.mouseClick(page.apply_button, LEFT)
        assert matrix_titles(window)[-1] == "Humanitarian visas"
        assert page.list.currentItem().text() == "6. Humanitarian visas"
        assert not page.code_edit.isEnabled()  # a stored code never changes
        assert history(window)[0]["operation"] == "add_recommendation"
        undo(qtbot, page.list)
        assert "Humanitarian visas" not in matrix_titles(window)
        assert page.list.count() == 5
        entry = history(window)[0]
        assert (entry["operation"], entry["action"]) == ("undo add_recommendation", "delete")

    open_editor(window, prompts, steps)
    assert prompts.errors == []


def test_reorder_archive_and_restore(qtbot: Any, window: Any, prompts: Any) -> None:
    order = matrix_titles(window)

    def steps(dialog: CodebookEditor) -> None:
        page = dialog.recommendations
        page.list.setCurrentRow(2)
        qtbot.mouseClick(page.up_button, LEFT)
        assert matrix_titles(window) == [order[0], order[2], order[1], *order[3:]]
        assert page.list.currentRow() == 1  # the moved one stays chosen
        qtbot.mouseClick(page.down_button, LEFT)
        assert matrix_titles(window) == order
        undo(qtbot, page.list)
        assert matrix_titles(window) == [order[0], order[2], order[1], *order[3:]]
        assert history(window)[0]["operation"] == "undo move_recommendation"

        page.list.setCurrentRow(0)
        qtbot.mouseClick(page.archive_button, LEFT)
        assert order[0] not in matrix_titles(window)
        assert page.list.currentItem().text().endswith("— archived")  # said in words, not only by colour
        assert page.restore_button.isEnabled() and not page.archive_button.isEnabled()
        qtbot.mouseClick(page.restore_button, LEFT)
        assert order[0] in matrix_titles(window)
        assert history(window)[0]["operation"] == "restore_recommendation"

    open_editor(window, prompts, steps)
    assert prompts.errors == []


# ---------------------------------------------------------------- the status scale
def test_a_score_change_asks_and_rescores_every_country(qtbot: Any, window: Any, prompts: Any) -> None:
    for rec in ("visa", "tps", "students"):
        set_status(window, "PL", rec, "partial")
    before = scores(window)["PL"].score
    asked: list[str] = []
    answers = [False, True]

    def confirm(parent: Any, title: str, text: str, yes: str = "OK") -> bool:
        asked.append(text)
        return answers.pop(0)

    prompts.confirm = confirm

    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(STATUSES_PAGE)
        page = dialog.statuses
        page.table.selectRow(4)
        assert page.label_edit.text() == "Partly implemented"
        assert cell(page.table, 4, 1).text() == "#5E9E2E green"  # the colour named, not only shown
        replace_text(qtbot, page.score_edit, "60")
        count = history_count(window)
        qtbot.mouseClick(page.apply_button, LEFT)  # answered Cancel: nothing changes
        assert asked == [rescore_question(3)]
        assert asked[0] == "Changing this score re-scores every country (3 assessments use it). Change it?"
        assert history_count(window) == count and page.score_edit.text() == "60"
        qtbot.mouseClick(page.apply_button, LEFT)
        assert cell(page.table, 4, 2).text() == "60"
        entry = history(window)[0]
        assert (entry["operation"], entry["row_key"]) == ("edit_status", "partial")

    open_editor(window, prompts, steps)
    assert scores(window)["PL"].score == before * 60 / 75


def test_statuses_add_retire_and_the_refusals(qtbot: Any, qtmodeltester: Any, window: Any, prompts: Any) -> None:
    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(STATUSES_PAGE)
        page = dialog.statuses
        qtmodeltester.check(page.table.model())
        page.table.selectRow(0)
        assert cell(page.table, 0, 2).text() == "— (not assessed)"
        assert not page.score_edit.isEnabled() and not page.retire_button.isEnabled()
        assert "always stays" in page.use_label.text()

        page.table.selectRow(1)  # Contrary action: the default tracker's example evidence uses it
        qtbot.mouseClick(page.retire_button, LEFT)
        assert "1 assessment(s) or review proposal(s) use Contrary action" in page.summary.text()

        qtbot.mouseClick(page.add_button, LEFT)
        qtbot.keyClicks(page.code_edit, "planned")
        qtbot.keyClicks(page.label_edit, "Planned")
        # the score is still empty: a judgement needs one
        assert "number from 0 to 100" in page.errors.messages()["score error"]
        qtbot.keyClicks(page.score_edit, "40")
        replace_text(qtbot, page.color_edit, "#336699")
        qtbot.keyClicks(page.description_edit, "A plan is published.")
        qtbot.mouseClick(page.apply_button, LEFT)
        assert page.table.rowCount() == 7 and cell(page.table, 6, 0).text() == "Planned"
        assert page.label_edit.text() == "Planned" and not page.code_edit.isEnabled()
        assert "planned" in [s.code for s in queries.codebook_view(window.ctx.tracker).statuses]

        qtbot.mouseClick(page.retire_button, LEFT)  # unused: retired at once
        assert page.table.rowCount() == 6
        entry = history(window)[0]
        assert (entry["operation"], entry["action"]) == ("retire_status", "delete")
        undo(qtbot, page.table)
        assert page.table.rowCount() == 7
        assert history(window)[0]["operation"] == "undo retire_status"
        # An unused status's score changes without a question (nothing is re-scored).
        page.table.selectRow(6)
        replace_text(qtbot, page.score_edit, "45")
        qtbot.mouseClick(page.apply_button, LEFT)
        assert cell(page.table, 6, 2).text() == "45"

    open_editor(window, prompts, steps)
    assert prompts.errors == []


# ---------------------------------------------------------------- grades and settings
def test_grade_bands_are_checked_as_typed_and_applied(
    qtbot: Any, qtmodeltester: Any, window: Any, prompts: Any
) -> None:
    for rec in ("visa", "tps", "students"):
        set_status(window, "PL", rec, "partial")
    assert scores(window)["PL"].grade == "B"

    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(GRADES_PAGE)
        page = dialog.grades
        qtmodeltester.check(page.table.model())
        assert [cell(page.table, r, 0).text() for r in range(page.table.rowCount())] == ["A", "B", "C", "D", "F"]
        assert cell(page.table, 1, 2).text() == "below 80"
        type_in_cell(qtbot, page.table, 4, 1, "10")  # a gap under 10
        assert "no grade" in page.errors.messages()["grade error"]
        assert not page.apply_button.isEnabled()
        type_in_cell(qtbot, page.table, 4, 1, "60")  # two bands at 60
        assert "overlap" in page.errors.messages()["grade error"]
        type_in_cell(qtbot, page.table, 4, 1, "0")
        type_in_cell(qtbot, page.table, 1, 1, "45")  # B from 45
        page.coverage.setValue(80)
        assert "4 of 5 now" in page.coverage_note.text()
        count = history_count(window)
        qtbot.mouseClick(page.apply_button, LEFT)
        assert history_count(window) == count + 2  # grades and coverage, one edit
        assert {e["operation"] for e in history(window, 2)} == {"set_grading"}
        assert scores(window)["PL"].grade is None  # 3 of 5 assessed is under 80 %
        undo(qtbot, page.table)
        assert page.coverage.value() == 50 and cell(page.table, 1, 1).text() == "60"

    open_editor(window, prompts, steps)
    assert scores(window)["PL"].grade == "B"


def test_tracker_settings_and_review_by_a_second_person(qtbot: Any, window: Any, prompts: Any) -> None:
    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(TRACKER_PAGE)
        page = dialog.tracker_page
        replace_text(qtbot, page.title_edit, "")
        assert page.errors.messages()["title error"] == "⚠ The title is required."
        qtbot.keyClicks(page.title_edit, "Belarus tracker, year two")
        replace_text(qtbot, page.source_edit, "Campaign handbook, 2024")
        page.interval.setValue(90)
        page.review_box.setFocus()
        qtbot.keyClick(page.review_box, Qt.Key.Key_Space)
        qtbot.mouseClick(page.apply_button, LEFT)
        assert window.windowTitle().startswith("Belarus tracker, year two — ")
        t = window.ctx.tracker
        assert t.meta("review_interval_days") == "90" and t.meta("source") == "Campaign handbook, 2024"
        assert review.review_required(t)
        assert window.ctx.review_interval() == 90
        undo(qtbot, dialog.tabs.tabBar())
        assert not review.review_required(t) and t.meta("review_interval_days") == "180"
        assert page.title_edit.text() == "Belarus: Western policy recommendations"
        assert {e["operation"] for e in history(window, 4)} == {"undo set_settings", "undo set_review_required"}

    open_editor(window, prompts, steps)
    assert prompts.errors == []


def test_closing_with_changes_not_applied_asks(qtbot: Any, window: Any, prompts: Any, monkeypatch: Any) -> None:
    answers = ["cancel", "save"]
    monkeypatch.setattr(prompts, "save_changes", lambda *_a: answers.pop(0))

    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(TRACKER_PAGE)
        replace_text(qtbot, dialog.tracker_page.source_edit, "Handbook")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()  # Cancel: still open, still typed
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    open_editor(window, prompts, steps)
    assert window.ctx.tracker.meta("source") == "Handbook"


def test_read_only_tracker_refuses(window: Any, prompts: Any) -> None:
    window.ctx.tracker.read_only_reason = "its folder is read-only"
    window.edit_codebook()
    assert prompts.errors == [("Codebook", "This tracker is read-only: its folder is read-only.")]
    assert not any(isinstance(d, CodebookEditor) for d in prompts.dialogs)


def test_every_control_has_an_accessible_name(window: Any, prompts: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QLineEdit, QPlainTextEdit

    def steps(dialog: CodebookEditor) -> None:
        for i in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(i)
            controls = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLineEdit),
                        *dialog.findChildren(QAbstractItemView), *dialog.findChildren(QAbstractSpinBox),
                        *dialog.findChildren(QPlainTextEdit)]
            unnamed = [c for c in controls if c.isVisibleTo(dialog) and not c.accessibleName()
                       and not isinstance(c.parent(), QAbstractSpinBox)]
            assert unnamed == [], (dialog.tabs.tabText(i), [type(c).__name__ for c in unnamed])

    open_editor(window, prompts, steps)


def test_the_rescore_question_counts_in_words() -> None:
    assert rescore_question(1) == "Changing this score re-scores every country (1 assessment uses it). Change it?"


def test_colours_are_named_in_words() -> None:
    assert [color_name(c) for c in ("#B3261E", "#1E7B3A", "#5E9E2E", "#8A8F98", "#000000", "#336699")] == [
        "red", "dark green", "green", "grey", "black", "blue"]


def test_edits_in_the_editor_round_trip_through_an_exported_codebook(
    qtbot: Any, window: Any, prompts: Any, tmp_path: Path
) -> None:
    """Edit in the editor → File › Export codebook's file → ``init --codebook`` gives the same codebook."""

    def steps(dialog: CodebookEditor) -> None:
        page = dialog.recommendations
        replace_text(qtbot, page.weight_edit, "3")
        qtbot.mouseClick(page.apply_button, LEFT)
        page.list.setCurrentRow(4)
        qtbot.mouseClick(page.up_button, LEFT)
        page.list.setCurrentRow(1)
        qtbot.mouseClick(page.archive_button, LEFT)
        dialog.tabs.setCurrentIndex(STATUSES_PAGE)
        dialog.statuses.table.selectRow(3)
        replace_text(qtbot, dialog.statuses.label_edit, "Promised")
        qtbot.mouseClick(dialog.statuses.apply_button, LEFT)
        dialog.tabs.setCurrentIndex(GRADES_PAGE)
        type_in_cell(qtbot, dialog.grades.table, 0, 0, "A+")
        dialog.grades.coverage.setValue(60)
        qtbot.mouseClick(dialog.grades.apply_button, LEFT)
        dialog.tabs.setCurrentIndex(TRACKER_PAGE)
        replace_text(qtbot, dialog.tracker_page.title_edit, "Year two")
        qtbot.mouseClick(dialog.tracker_page.apply_button, LEFT)

    open_editor(window, prompts, steps)
    assert prompts.errors == []
    t = window.ctx.tracker
    export_codebook(t, tmp_path / "codebook.json")
    with Tracker.create(tmp_path / "copy.db", load_codebook(tmp_path / "codebook.json"), user="Bob") as other:
        again = queries.codebook_view(other)
    view = queries.codebook_view(t)

    def shape(v: queries.CodebookView) -> Any:
        return (v.title, v.source, v.review_interval_days, v.min_coverage_for_grade, v.grades,
                [(s.code, s.label, s.score, s.color, s.description) for s in v.statuses],
                [(r.code, r.title, r.text, r.guidance, r.weight, r.archived) for r in v.recommendations])

    assert shape(again) == shape(view)
    assert view.title == "Year two" and view.grades[0].grade == "A+" and view.min_coverage_for_grade == 0.6
    assert [r.code for r in view.recommendations][:2] == ["visa", "tps"] and view.recommendations[0].weight == 3
    assert view.recommendations[1].archived and view.status("announced").label == "Promised"


def test_choosing_another_recommendation_with_typed_changes_asks(
    qtbot: Any, window: Any, prompts: Any, monkeypatch: Any
) -> None:
    answers = ["cancel", "save"]
    asked: list[str] = []

    def save_changes(parent: Any, title: str, text: str) -> str:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "save_changes", save_changes)

    def steps(dialog: CodebookEditor) -> None:
        page = dialog.recommendations
        replace_text(qtbot, page.title_edit, "Equal visas")
        page.list.setCurrentRow(2)  # Cancel: stays on the one being edited, with what was typed
        assert asked == ["Apply the changes you made to this recommendation?"]
        assert page.list.currentRow() == 0 and page.title_edit.text() == "Equal visas"
        page.list.setCurrentRow(2)  # Save: applied, then the chosen one is shown
        assert matrix_titles(window)[0] == "Equal visas"
        assert page.list.currentRow() == 2 and page.title_edit.text() == matrix_titles(window)[2]

    open_editor(window, prompts, steps)


def test_choosing_another_status_with_typed_changes_asks(
    qtbot: Any, window: Any, prompts: Any, monkeypatch: Any
) -> None:
    answers = ["discard", "save"]
    monkeypatch.setattr(prompts, "save_changes", lambda *_a: answers.pop(0))

    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(STATUSES_PAGE)
        page = dialog.statuses
        page.table.selectRow(2)
        replace_text(qtbot, page.label_edit, "Nothing yet")
        page.table.selectRow(3)  # Discard: the typed label is dropped
        assert page.label_edit.text() == "Announced" and cell(page.table, 2, 0).text() == "No action"
        replace_text(qtbot, page.label_edit, "Promised")
        page.table.selectRow(5)  # Save: applied, then the chosen one is shown
        assert cell(page.table, 3, 0).text() == "Promised"
        assert page.label_edit.text() == "Implemented"
        assert page.table.selectionModel().selectedRows()[0].row() == 5

    open_editor(window, prompts, steps)


# ---------------------------------------------------------------- translations (issue 15)
def test_translations_side_by_side_missing_ones_counted_and_each_save_undoable(
    qtbot: Any, qtmodeltester: Any, window: Any, prompts: Any, tmp_path: Path
) -> None:
    from db import codebook_ops as cb
    from db.history_view import kind_of
    from tracker.ui.codebook_editor import MISSING, OUTDATED, STATE_COLUMN, TRANSLATED, TRANSLATION_COLUMN

    t = window.ctx.tracker
    cb.set_translation(t, "statuses", "none", "label", "pl", "")  # two texts not yet in Polish
    cb.set_translation(t, "recommendations", "tps", "guidance", "pl", "")
    cb.edit_recommendation(t, "visa", title="Equal visas")  # its translations were made from the old title
    window.refresh()

    def steps(dialog: CodebookEditor) -> None:
        dialog.tabs.setCurrentIndex(TRANSLATIONS_PAGE)
        page = dialog.translations
        assert page.language.currentText() == "Беларуская (Belarusian)"
        assert page.count.text() == "All translated; 1 made from English that has changed since"
        page.language.setCurrentIndex(page.language.findData("pl"))
        qtmodeltester.check(page.model)
        model = page.model
        assert page.count.text() == "2 of 37 missing; 1 made from English that has changed since"
        assert page.translation_caption.text() == "Translation (Polski)"
        rows = {r.key: i for i, r in enumerate(model.rows)}
        label_row = rows[("statuses", "none", "label")]
        states = {key: model.index(row, STATE_COLUMN).data() for key, row in rows.items()}
        assert states[("statuses", "none", "label")] == MISSING
        assert states[("recommendations", "visa", "title")] == OUTDATED
        assert states[("statuses", "full", "label")] == TRANSLATED
        assert model.index(label_row, 1).data() == "No action"  # the English beside it

        page.only_missing.setChecked(True)  # what is left to do, at a glance
        shown = [r for r in range(model.rowCount()) if not page.table.isRowHidden(r)]
        assert {model.rows[r].key for r in shown} == {("statuses", "none", "label"),
                                                     ("recommendations", "tps", "guidance"),
                                                     ("recommendations", "visa", "title")}
        page.only_missing.setChecked(False)

        # the side-by-side editor: choose the text, type the translation, save
        page.table.setCurrentIndex(model.index(label_row, TRANSLATION_COLUMN))
        assert page.english_view.toPlainText() == "No action"
        assert not page.apply_button.isEnabled()
        page.translation_edit.setPlainText("Zupełnie nic")  # (QTest types only Latin-1 letters)
        assert page.apply_button.isEnabled()
        qtbot.mouseClick(page.apply_button, LEFT)
        assert prompts.errors == []
        assert model.index(label_row, TRANSLATION_COLUMN).data() == "Zupełnie nic"
        assert model.index(label_row, STATE_COLUMN).data() == TRANSLATED
        assert page.count.text() == "1 of 37 missing; 1 made from English that has changed since"
        entry = history(window)[0]
        assert (entry["operation"], entry["action"], entry["table_name"], entry["row_key"]) == (
            "set_translation", "insert", "translations", "statuses/none/label/pl")
        assert kind_of(entry["table_name"], entry["action"], entry["operation"]) == "codebook"

        # a label the legend could not tell from another status's is refused, and nothing is saved
        before = history_count(window)
        page.translation_edit.setPlainText("Wdrożone")
        qtbot.mouseClick(page.apply_button, LEFT)
        assert "Another status is labelled 'Wdrożone' in Polish" in page.summary.text()
        assert history_count(window) == before

        page.revert()
        undo(qtbot, page.table)
        assert model.index(label_row, STATE_COLUMN).data() == MISSING
        assert page.count.text() == "2 of 37 missing; 1 made from English that has changed since"
        assert history(window)[0]["operation"] == "undo set_translation"

        # in the table itself: F2 on the translation, type, Enter; saving the same words again confirms
        # a translation made from English that has changed since
        title_row = rows[("recommendations", "visa", "title")]
        page.table.setFocus()
        page.table.setCurrentIndex(model.index(title_row, TRANSLATION_COLUMN))
        qtbot.keyClick(page.table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == "Niedyskryminująca polityka wizowa wobec Białorusinów"
        editor.selectAll()
        qtbot.keyClicks(editor, "Rowne wizy")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
        assert model.index(title_row, TRANSLATION_COLUMN).data() == "Rowne wizy"
        assert model.index(title_row, STATE_COLUMN).data() == TRANSLATED
        assert page.count.text() == "2 of 37 missing"
        page.language.setCurrentIndex(page.language.findData("be"))
        page.table.setCurrentIndex(model.index(rows[("recommendations", "tps", "guidance")], TRANSLATION_COLUMN))
        assert page.translation_edit.toPlainText().startswith("Выканана:")
        dialog.grab().save(str(tmp_path / "translations.png"))

    open_editor(window, prompts, steps)
    assert prompts.errors == []
