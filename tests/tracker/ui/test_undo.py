"""Undo and redo of every edit, with the matrix following along; and every write when another program
holds the lock: it waits without freezing the window, or fails with the form open and the stack unmoved."""

from __future__ import annotations

import itertools
import json
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from db import Tracker, ops, review
from db.queries import counts, current_statuses, evidence_for_cell, get_evidence, history
from tracker.ui import context
from tracker.ui.commands import AddEvidence, ArchiveEvidence, CorrectAssessment, EditEvidence, SetStatus
from tracker.ui.context import BUSY_NOTE, SAVE_FAILED, install_last_resort
from tracker.ui.evidence_form import EvidenceForm
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


def test_undo_of_adding_evidence_with_a_status_while_review_is_required_removes_its_proposals(window) -> None:
    """The status became a proposal on each cell: undo takes the evidence and those proposals back; redo proposes
    again."""
    ctx = window.ctx
    review.set_review_required(ctx.tracker, True)
    ctx.run(AddEvidence(ctx, EvidenceInput(event_date="2025-02-01", countries=("NO", "IS"), recommendations=("tps",),
                                           title="Nordic TPS", status="full", rationale="In force for all.")))
    pending = review.pending_overlay(ctx.tracker)
    assert {("NO", "tps"), ("IS", "tps")} <= set(pending)
    assert window.matrix_model.index_of_cell("NO", "tps").data() == "Not assessed"  # proposed, not yet counted
    ctx.undo_stack.undo()
    assert not {("NO", "tps"), ("IS", "tps")} & set(review.pending_overlay(ctx.tracker))
    assert [p.state for p in review.review_page(ctx.tracker, state="all")[0]] == []
    ctx.undo_stack.redo()
    assert {("NO", "tps"), ("IS", "tps")} <= set(review.pending_overlay(ctx.tracker))


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


# ---------------------------------------------------------------- another program holds the write lock
@pytest.fixture
def lock(tracker_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection to the window's file; ``lock.execute("BEGIN IMMEDIATE")`` holds the lock."""
    other = sqlite3.connect(tracker_path, isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def quick_give_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "RETRY_FOR_MS", 400)


def add_through_form(qtbot: Any, window: Any, title: str, seen: dict[str, Any]) -> str | None:
    """Fill the evidence form for the selected cell, press Save; records whether it stayed open and what it said."""
    window.select_cell("FR", "students")

    def fill(dialog: Any) -> None:
        if not isinstance(dialog, EvidenceForm):
            dialog.reject()  # "Save changes?" when the test leaves a form it could not save: keep nothing
            return
        qtbot.keyClicks(dialog.title_edit, title)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        seen["open"], seen["error"], seen["title"] = dialog.isVisible(), dialog.error.text(), dialog.title_edit.text()

    window.ctx.prompts.on_dialog = fill
    return cast(str | None, window.new_evidence())


def test_a_save_while_another_program_writes_waits_and_says_so_then_succeeds(qtbot, window, lock) -> None:
    """The lock is released after 0.8 s: the save waits for it, the window keeps painting, the note shows."""
    lock.execute("BEGIN IMMEDIATE")
    QTimer.singleShot(800, lambda: lock.execute("ROLLBACK"))
    ticks: list[tuple[float, str]] = []
    sampler = QTimer(window)
    sampler.timeout.connect(lambda: ticks.append((time.monotonic(), window.status_bar.currentMessage())))
    sampler.start(20)
    seen: dict[str, Any] = {}
    uid = add_through_form(qtbot, window, "Saved once the other program finished", seen)
    sampler.stop()
    assert uid and seen["open"] is False
    assert get_evidence(window.ctx.tracker, [uid])[0].title == "Saved once the other program finished"
    assert BUSY_NOTE in {message for _, message in ticks}
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(ticks)]
    assert len(gaps) > 10 and max(gaps) < 0.6  # the event loop ran all along: no multi-second freeze
    assert window.status_bar.currentMessage() != BUSY_NOTE
    assert window.ctx.undo_stack.undoText() == "Add evidence"


def test_a_save_that_stays_locked_keeps_the_form_open_with_the_entries(qtbot, window, lock, monkeypatch) -> None:
    quick_give_up(monkeypatch)
    before = counts(window.ctx.tracker)["evidence"]
    lock.execute("BEGIN IMMEDIATE")
    seen: dict[str, Any] = {}
    assert add_through_form(qtbot, window, "Kept while locked", seen) is None
    assert seen["open"] is True and SAVE_FAILED in seen["error"] and seen["title"] == "Kept while locked"
    lock.execute("ROLLBACK")
    assert counts(window.ctx.tracker)["evidence"] == before
    assert not window.ctx.undo_stack.canUndo()


@pytest.mark.parametrize("failing", ["undo", "redo"])
def test_an_undo_or_redo_that_cannot_write_leaves_the_stack_where_it_was(window, lock, monkeypatch, failing) -> None:
    quick_give_up(monkeypatch)
    ctx, prompts = window.ctx, window.ctx.prompts
    uid = ctx.run(AddEvidence(ctx, EvidenceInput(event_date="2025-02-01", countries=("NO",), recommendations=("tps",),
                                                 title="Norway TPS"))).uid
    if failing == "redo":
        window.actions_by_name["undo"].trigger()
        assert get_evidence(ctx.tracker, [uid]) == []
    index = ctx.undo_stack.index()
    lock.execute("BEGIN IMMEDIATE")
    window.actions_by_name[failing].trigger()
    lock.execute("ROLLBACK")
    assert prompts.errors == [(f"Cannot {failing}", f"Could not {failing} \u201cAdd evidence\u201d; nothing changed."
                                                    " Try again.")]
    assert ctx.undo_stack.index() == index  # the stack did not move...
    assert bool(get_evidence(ctx.tracker, [uid])) is (failing == "undo")  # ...and neither did the file
    window.actions_by_name[failing].trigger()  # the lock is gone: now it works
    assert ctx.undo_stack.index() == index + (-1 if failing == "undo" else 1)
    assert bool(get_evidence(ctx.tracker, [uid])) is (failing == "redo")


def test_the_stack_is_put_back_when_its_own_undo_cannot_write(qtbot, window, lock, monkeypatch) -> None:
    """QUndoStack.undo() called directly (a QUndoView, a plugin) still never leaves the stack and file apart."""
    quick_give_up(monkeypatch)
    ctx = window.ctx
    uid = ctx.run(AddEvidence(ctx, EvidenceInput(event_date="2025-02-01", countries=("NO",), recommendations=("tps",),
                                                 title="Norway TPS"))).uid
    lock.execute("BEGIN IMMEDIATE")
    ctx.undo_stack.undo()
    lock.execute("ROLLBACK")
    qtbot.waitUntil(lambda: ctx.undo_stack.index() == 1)
    assert get_evidence(ctx.tracker, [uid]) and ctx.undo_stack.undoText() == "Add evidence"
    assert ctx.prompts.errors and ctx.prompts.errors[0][0] == "Cannot undo"
    ctx.undo_stack.undo()  # unlocked: undoes for real
    assert get_evidence(ctx.tracker, [uid]) == [] and ctx.undo_stack.index() == 0


def test_archiving_what_another_program_archived_is_not_put_on_the_stack(window, tracker_path) -> None:
    """Undo must not restore evidence this window did not archive."""
    ctx = window.ctx
    uid = evidence_for_cell(ctx.tracker, "EE", "visa")[0].uid
    with Tracker.open(tracker_path, user="Bob") as other:
        ops.archive_evidence(other, uid)
    ctx.run(ArchiveEvidence(ctx, uid))
    assert not ctx.undo_stack.canUndo()
    assert window.status_bar.currentMessage() == "Nothing to change: the evidence is already archived."
    window.actions_by_name["undo"].trigger()
    assert get_evidence(ctx.tracker, [uid])[0].archived


def test_a_database_error_in_a_save_is_one_sentence_with_the_reason(qtbot, window, monkeypatch) -> None:
    """Not a lock: a failure trying again will not fix (here the disk) still keeps the form open, in one sentence."""
    def full(*_args: Any, **_kwargs: Any) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    monkeypatch.setattr(ops, "add_evidence", full)
    seen: dict[str, Any] = {}
    assert add_through_form(qtbot, window, "Kept on a full disk", seen) is None
    assert seen["open"] is True and seen["title"] == "Kept on a full disk"
    assert "Could not save: the disk is full; your entries are kept." in seen["error"]


def test_an_error_nothing_caught_is_shown_as_one_sentence_and_logged(qtbot, prompts, tmp_path, monkeypatch) -> None:
    """In a Qt slot or on a worker thread: one sentence through the prompts seam, the traceback in a log file."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handler = install_last_resort(prompts, tmp_path)

    def slot() -> None:
        raise sqlite3.OperationalError("database is locked")

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: len(prompts.errors) == 1)
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(prompts.errors) == 2)
    (title1, busy), (_title2, other) = prompts.errors
    assert title1 == "Something went wrong"
    assert busy.startswith("Another program kept this tracker busy") and "\n" not in busy
    assert other.startswith("Something unexpected went wrong (ZeroDivisionError: division by zero)")
    assert f"Details were saved to {handler.log}." in other and "\n" not in other
    log = handler.log.read_text(encoding="utf-8")
    assert log.count("Traceback") == 2 and "OperationalError: database is locked" in log


def test_archiving_while_another_program_writes_says_nothing_changed(window, lock, monkeypatch) -> None:
    quick_give_up(monkeypatch)
    uid = evidence_for_cell(window.ctx.tracker, "EE", "visa")[0].uid
    lock.execute("BEGIN IMMEDIATE")
    window.archive_evidence(uid)
    lock.execute("ROLLBACK")
    assert window.ctx.prompts.errors == [("Archive evidence", "Could not archive the evidence: another program kept"
                                          " the tracker busy; nothing changed. Try again.")]
    assert not get_evidence(window.ctx.tracker, [uid])[0].archived and not window.ctx.undo_stack.canUndo()
