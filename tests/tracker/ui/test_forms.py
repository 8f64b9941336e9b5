"""Adding evidence and setting statuses through the forms, as a person would."""

from __future__ import annotations

import hashlib
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from db.queries import counts, current_statuses, evidence_for_cell
from tracker.ui.evidence_form import EvidenceForm
from tracker.ui.status_form import StatusForm


def db_hash(window) -> str:
    return hashlib.sha256("\n".join(window.ctx.tracker.db.conn.iterdump()).encode()).hexdigest()


def press_save(qtbot: Any, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def check(checklist, *keys: str) -> None:
    checklist.set_checked([*checklist.checked(), *keys])


def shown(dialog) -> str:
    """Every problem the form shows now: under the fields and in its summary line."""
    return " ".join([*dialog.errors.messages().values(), dialog.error.text()])


def discarding(fill):
    """``fill`` for the form; a "Save changes?" question when the test leaves it is answered Discard."""

    def answer(dialog) -> None:
        if isinstance(dialog, QMessageBox):
            dialog.button(QMessageBox.StandardButton.Discard).click()
        else:
            fill(dialog)

    return answer


def test_new_evidence_with_status_updates_matrix_and_details(qtbot, window, prompts) -> None:
    window.select_cell("FR", "students")

    def fill(dialog: EvidenceForm) -> None:
        assert dialog.countries.checked() == ["FR"] and dialog.recs.checked() == ["students"]
        dialog.event_date.setDate(QDate(2025, 9, 1))
        qtbot.keyClicks(dialog.title_edit, "France opens scholarships to Belarusian students")
        qtbot.keyClicks(dialog.url_edit, "https://example.org/fr-students")
        qtbot.keyClicks(dialog.publisher_edit, "Ministry of Higher Education")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("official"))
        dialog.status_box.setChecked(True)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("full"))
        qtbot.keyClicks(dialog.rationale_edit, "Same access as Ukrainian students.")
        press_save(qtbot, dialog)

    prompts.on_dialog = fill
    uid = window.new_evidence()
    assert uid
    model = window.matrix_model
    assert model.index_of_cell("FR", "students").data() == "Implemented"
    assert window.details.status_label.text().count("Implemented") == 1
    assert window.details.evidence.topLevelItemCount() == 1
    assert window.details.evidence.topLevelItem(0).text(1) == "France opens scholarships to Belarusian students"
    items = evidence_for_cell(window.ctx.tracker, "FR", "students")
    assert items[0].url == "https://example.org/fr-students" and items[0].source_kind == "official"
    assert items[0].recorded_by == "Alice"


def test_evidence_for_a_group_links_every_member(qtbot, window, prompts) -> None:
    def fill(dialog: EvidenceForm) -> None:
        dialog.countries.set_checked([])
        check(dialog.groups, "Baltic states")
        check(dialog.recs, "sanctions")
        qtbot.keyClicks(dialog.title_edit, "Joint Baltic sanctions list")
        press_save(qtbot, dialog)

    prompts.on_dialog = fill
    window.new_evidence()
    for country in ("EE", "LV", "LT"):
        assert window.matrix_model.cells[(country, "sanctions")].evidence_count == 1


def test_invalid_url_is_flagged_while_typing_and_nothing_is_saved(qtbot, window, prompts) -> None:
    before = db_hash(window)
    seen: dict[str, Any] = {}

    def fill(dialog: EvidenceForm) -> None:
        check(dialog.countries, "DE")
        check(dialog.recs, "tps")
        qtbot.keyClicks(dialog.title_edit, "Something")
        qtbot.keyClicks(dialog.url_edit, "javascript:alert(1)")
        seen["hint"] = shown(dialog)
        press_save(qtbot, dialog)
        seen["visible"] = dialog.isVisible()
        seen["error"] = shown(dialog)

    prompts.on_dialog = discarding(fill)
    assert window.new_evidence() is None
    assert "http://" in seen["hint"]
    assert seen["visible"] is True
    assert "web address" in seen["error"]
    assert db_hash(window) == before


def test_rejections_keep_the_form_open_with_every_message(qtbot, window, prompts) -> None:
    before = db_hash(window)
    messages: list[str] = []

    def fill(dialog: EvidenceForm) -> None:
        press_save(qtbot, dialog)  # nothing at all: every problem at once
        messages.append(shown(dialog))
        qtbot.keyClicks(dialog.notes_edit, "A note")
        check(dialog.countries, "DE")
        check(dialog.recs, "visa")
        dialog.status_box.setChecked(True)
        press_save(qtbot, dialog)  # status box ticked, no status chosen, no rationale
        messages.append(shown(dialog))
        assert dialog.isVisible()

    prompts.on_dialog = discarding(fill)
    assert window.new_evidence() is None
    assert "title, a URL or notes" in messages[0]
    assert "at least one country" in messages[0]
    assert "at least one recommendation" in messages[0]
    assert "Choose the status" in messages[1] and "rationale" in messages[1].lower()
    assert "title, a URL" not in messages[1]
    assert db_hash(window) == before


def test_status_form_requires_a_rationale_and_sets_the_status(qtbot, window, prompts) -> None:
    window.select_cell("PL", "tps")
    attempts: list[str] = []

    def fill(dialog: StatusForm) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("partial"))
        dialog.date_edit.setDate(QDate(2025, 3, 1))
        press_save(qtbot, dialog)
        attempts.append(shown(dialog))
        qtbot.keyClicks(dialog.rationale_edit, "Temporary protection for those already in Poland.")
        dialog.confidence_combo.setCurrentIndex(dialog.confidence_combo.findData("verified"))
        press_save(qtbot, dialog)

    prompts.on_dialog = fill
    before = counts(window.ctx.tracker)["assessments"]
    window.set_status()
    assert "rationale is required" in attempts[0].lower()
    assert counts(window.ctx.tracker)["assessments"] == before + 1
    cell = current_statuses(window.ctx.tracker)[("PL", "tps")]
    assert (cell.status_code, cell.effective_date, cell.confidence) == ("partial", "2025-03-01", "verified")
    assert window.matrix_model.index_of_cell("PL", "tps").data() == "Partly implemented"


def test_status_form_links_new_evidence_entered_on_the_spot(qtbot, window, prompts) -> None:
    window.select_cell("IT", "antiwar")

    def fill(dialog) -> None:
        if isinstance(dialog, StatusForm):
            qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
            assert len(dialog.evidence.checked()) == 1
            qtbot.keyClicks(dialog.rationale_edit, "Funding announced for exiled civic groups.")
            dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("announced"))
            press_save(qtbot, dialog)
        else:
            assert not dialog.status_box.isVisible()
            qtbot.keyClicks(dialog.title_edit, "Italy pledges support")
            press_save(qtbot, dialog)

    prompts.on_dialog = fill
    window.set_status()
    cell = current_statuses(window.ctx.tracker)[("IT", "antiwar")]
    assert cell.status_code == "announced"
    assert len(cell.evidence_uids) == 1


def test_enter_on_a_cell_opens_the_status_form(qtbot, window, prompts) -> None:
    window.select_cell("EE", "visa")
    window.matrix.setFocus()
    qtbot.keyClick(window.matrix, Qt.Key.Key_Return)
    assert len(prompts.dialogs) == 1 and isinstance(prompts.dialogs[0], StatusForm)
    assert prompts.dialogs[0].country == "EE"


def test_editing_evidence_changes_fields_and_links(qtbot, window, prompts) -> None:
    uid = evidence_for_cell(window.ctx.tracker, "EE", "visa")[0].uid

    def fill(dialog: EvidenceForm) -> None:
        assert dialog.title_edit.text().startswith("Estonia closes")
        dialog.url_edit.setText("https://example.org/estonia-visa")
        check(dialog.countries, "LV")
        press_save(qtbot, dialog)

    prompts.on_dialog = fill
    window.edit_evidence(uid)
    item = evidence_for_cell(window.ctx.tracker, "LV", "visa")[0]
    assert item.uid == uid and item.url == "https://example.org/estonia-visa"
    assert window.matrix_model.cells[("LV", "visa")].evidence_count == 1


def test_the_whole_flow_works_from_the_keyboard(qtbot, window, prompts) -> None:
    """Ctrl+N, type, Ctrl+Enter; then Enter on the cell, choose, type, Ctrl+Enter."""
    window.select_cell("SE", "tps")
    window.activateWindow()
    qtbot.waitActive(window)
    window.matrix.setFocus()

    def evidence(dialog: EvidenceForm) -> None:
        assert dialog.focusWidget() is dialog.title_edit
        qtbot.keyClicks(dialog.title_edit, "Sweden extends temporary protection")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.url_edit
        qtbot.keyClicks(dialog.url_edit, "https://example.org/se")
        qtbot.keyClick(dialog.url_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    prompts.on_dialog = evidence
    qtbot.keyClick(window.matrix, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.matrix_model.cells[("SE", "tps")].evidence_count == 1

    def status(dialog: StatusForm) -> None:
        assert dialog.focusWidget() is dialog.status_combo
        qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.status_combo, Qt.Key.Key_End)
        assert dialog.status_combo.currentData() == "full"
        dialog.rationale_edit.setFocus()
        qtbot.keyClicks(dialog.rationale_edit, "In force for everyone in need.")
        assert len(dialog.evidence.checked()) == 1  # the evidence logged since the current status is ticked
        qtbot.keyClick(dialog.rationale_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    prompts.on_dialog = status
    qtbot.keyClick(window.matrix, Qt.Key.Key_Return)
    cell = window.ctx.state.cited([("SE", "tps")])[("SE", "tps")]  # the matrix's cache holds no evidence lists
    assert window.matrix_model.cells[("SE", "tps")].status_label == "Implemented"
    assert cell.status_label == "Implemented" and len(cell.evidence_uids) == 1


def test_a_database_error_stays_in_the_form_as_one_sentence(qtbot, window, prompts, monkeypatch) -> None:
    """ctx.run hands any refusal back to the form: it stays open, says why, and nothing is on the undo stack."""
    import sqlite3

    from db import ops

    def locked(*_args: Any, **_kwargs: Any) -> None:
        raise sqlite3.OperationalError("database is locked")

    import tracker.ui.context as context

    monkeypatch.setattr(ops, "set_status", locked)
    monkeypatch.setattr(context, "RETRY_FOR_MS", 300)  # the lock never goes: give up quickly
    window.select_cell("PL", "tps")
    seen: dict[str, Any] = {}

    def fill(dialog: StatusForm) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("partial"))
        qtbot.keyClicks(dialog.rationale_edit, "Temporary protection.")
        press_save(qtbot, dialog)
        seen["visible"], seen["error"] = dialog.isVisible(), dialog.error.text()
        seen["kept"] = dialog.rationale_edit.toPlainText()

    prompts.on_dialog = discarding(fill)
    window.actions_by_name["set_status"].trigger()
    assert seen["visible"] is True and seen["kept"] == "Temporary protection."
    assert "Could not save; your entries are kept. Try again." in seen["error"] and "\n" not in seen["error"]
    assert not window.ctx.undo_stack.canUndo()


def test_a_long_title_in_a_checklist_is_cut_with_the_whole_in_its_tooltip(qtbot) -> None:
    """The status form's evidence list: no sideways scrolling; the full title on hover."""
    from PySide6.QtCore import Qt as QtNS

    from tracker.ui.widgets import CheckList

    title = "2024-06-20 — " + "A very long title of a piece of evidence " * 4
    boxes = CheckList("Evidence")
    qtbot.addWidget(boxes)
    boxes.resize(300, 200)
    boxes.set_items([("u1", title)])
    boxes.show()
    qtbot.waitExposed(boxes)
    index = boxes.view.model().index(0, 0)
    assert index.data(QtNS.ItemDataRole.ToolTipRole) == title
    assert not boxes.view.horizontalScrollBar().isVisible()
