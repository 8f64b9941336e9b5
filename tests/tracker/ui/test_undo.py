"""Undo and redo of every edit, with the matrix following along."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import cast

from db.queries import counts, current_statuses, evidence_for_cell, get_evidence, history
from tracker.ui.commands import AddEvidence, ArchiveEvidence, CorrectAssessment, EditEvidence, SetStatus
from tracker.ui.inputs import EvidenceInput, StatusInput


def test_undo_and_redo_of_adding_evidence_with_a_status(window) -> None:
    ctx = window.ctx
    start = counts(ctx.tracker)
    ctx.run(AddEvidence(ctx, EvidenceInput(event_date="2025-02-01", countries=("NO",), recommendations=("tps",),
                                           title="Norway TPS", status="full", rationale="In force for all.")))
    assert window.matrix_model.index_of_cell("NO", "tps").data() == "Implemented"
    assert ctx.undo_stack.undoText() == "Add evidence"
    ctx.undo_stack.undo()
    assert counts(ctx.tracker)["evidence"] == start["evidence"]
    assert counts(ctx.tracker)["assessments"] == start["assessments"]
    assert window.matrix_model.index_of_cell("NO", "tps").data() == "Not assessed"
    deleted = [h for h in history(ctx.tracker, table="evidence") if h.action == "delete"]
    assert deleted and json.loads(cast(str, deleted[0].before))["title"] == "Norway TPS" and deleted[0].user == "Alice"
    ctx.undo_stack.redo()
    assert window.matrix_model.index_of_cell("NO", "tps").data() == "Implemented"
    assert counts(ctx.tracker)["evidence"] == start["evidence"] + 1


def test_undo_and_redo_of_setting_a_status(window) -> None:
    ctx = window.ctx
    ctx.run(SetStatus(ctx, StatusInput("EE", "visa", "full", effective_date="2026-01-01", rationale="Reopened.")))
    assert window.matrix_model.index_of_cell("EE", "visa").data() == "Implemented"
    ctx.undo_stack.undo()
    assert window.matrix_model.index_of_cell("EE", "visa").data() == "Contrary action"
    ctx.undo_stack.redo()
    assert window.matrix_model.index_of_cell("EE", "visa").data() == "Implemented"
    assert current_statuses(ctx.tracker)[("EE", "visa")].rationale == "Reopened."


def test_undo_of_editing_evidence_restores_fields_and_links(window) -> None:
    ctx = window.ctx
    item = evidence_for_cell(ctx.tracker, "EE", "visa")[0]
    edited = replace(EvidenceInput.from_item(item), title="New title", url="https://example.org/x",
                     cells=(("EE", "visa"), ("LV", "visa")))
    ctx.run(EditEvidence(ctx, item.uid, edited))
    after = get_evidence(ctx.tracker, [item.uid])[0]
    assert after.title == "New title" and ("LV", "visa") in after.cells
    ctx.undo_stack.undo()
    back = get_evidence(ctx.tracker, [item.uid])[0]
    assert (back.title, back.url, back.cells) == (item.title, item.url, item.cells)
    assert window.matrix_model.cells[("LV", "visa")].evidence_count == 0


def test_undo_of_archiving_restores_the_evidence(window) -> None:
    ctx = window.ctx
    uid = evidence_for_cell(ctx.tracker, "EE", "visa")[0].uid
    ctx.run(ArchiveEvidence(ctx, uid))
    assert window.matrix_model.cells[("EE", "visa")].evidence_count == 0
    ctx.undo_stack.undo()
    assert window.matrix_model.cells[("EE", "visa")].evidence_count == 1


def test_undo_of_a_correction(window) -> None:
    ctx = window.ctx
    cell = current_statuses(ctx.tracker)[("EE", "visa")]
    assert cell.assessment_uid is not None
    ctx.run(CorrectAssessment(ctx, cell.assessment_uid, {"rationale": cell.rationale}, {"rationale": "Corrected."}))
    assert current_statuses(ctx.tracker)[("EE", "visa")].rationale == "Corrected."
    ctx.undo_stack.undo()
    assert current_statuses(ctx.tracker)[("EE", "visa")].rationale == cell.rationale


def test_undo_and_redo_actions_follow_the_stack(window, qtbot) -> None:
    undo = window.actions_by_name["undo"]
    assert not undo.isEnabled()
    window.ctx.run(SetStatus(window.ctx, StatusInput("FI", "visa", "none", "2025-01-01", "Nothing done.")))
    assert undo.isEnabled() and "Set status" in undo.text()
    undo.trigger()
    assert window.matrix_model.index_of_cell("FI", "visa").data() == "Not assessed"
    assert window.actions_by_name["redo"].isEnabled()
