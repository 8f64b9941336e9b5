"""The second coder's review in the app, driven through real widgets by two people.

Alice turns review on and proposes a status in the status form; the matrix
marks the cell ◆ and keeps counting the approved status; Bob (the same
window, the tracker's user switched) sees "Review (1)", approves, returns with
a comment; Alice cannot approve her own proposal (the button says why),
revises what was returned, withdraws; every step undoes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from db import ops, review
from db.history_view import HistoryFilter, history_page
from tracker.ui.matrix import CELL_ROLE, PROPOSAL_ROLE
from tracker.ui.review_view import SELF_APPROVAL, ReturnDialog, ReviewModel, ReviewView
from tracker.ui.status_form import StatusForm

CELL = ("LT", "visa")


def cell_index(window: Any, cell: tuple[str, str] = CELL) -> Any:
    return window.matrix_proxy.mapFromSource(window.matrix_model.index_of_cell(*cell))


def require_review(window: Any, qtbot: Any) -> ReviewView:
    """Alice ticks "Status changes need review" on the Review tab."""
    view = open_review(window, qtbot)
    assert not view.required.isChecked()
    view.required.click()
    assert review.review_required(window.ctx.tracker)
    return view


def open_review(window: Any, qtbot: Any) -> ReviewView:
    window.activateWindow()  # a form just closed: the window is active again, as for a person
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window._review_page)
    return window.review_view


def propose_in_form(window: Any, prompts: Any, status: str = "full",
                    rationale: str = "Visa rules eased.") -> StatusForm:
    """Enter on the cell opens the status form; it proposes (its button says so) and is saved."""
    window.show_tab(0)
    window.matrix.setCurrentIndex(cell_index(window))
    seen: list[StatusForm] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StatusForm)
        seen.append(dialog)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status))
        dialog.rationale_edit.setPlainText(rationale)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    prompts.on_dialog = fill
    window.set_status()
    prompts.on_dialog = lambda _d: None
    return seen[0]


def as_user(window: Any, name: str) -> None:
    """Another person at the same tracker (as when Preferences change the name)."""
    window.ctx.tracker.user = name
    window.update_review_tab()
    if window._review is not None:
        window.review_view.reload()


def review_tab_text(window: Any) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window._review_page)).replace("&", "")


def select_row(view: ReviewView, row: int = 0) -> None:
    view.table.setCurrentIndex(view.model.index(row, 0))


def operations(window: Any) -> list[str]:
    rows, _ = history_page(window.ctx.tracker, HistoryFilter(), None, 20)
    return [r.operation for r in rows]


def test_ctrl_6_opens_the_review_tab_built_on_first_show(window: Any, qtbot: Any, qtmodeltester: Any) -> None:
    assert window._review is None  # start-up does not build it
    action = window.actions_by_name["show_review"]
    assert QKeySequence("Ctrl+6") in action.shortcuts()
    assert window.findChild(QAction, "show_review") is action
    view = open_review(window, qtbot)
    assert view.isVisible() and view.model.rowCount() == 0
    assert "Nothing is waiting for your review" in view.count.text()
    assert "Review is off" in view.count.text()
    qtmodeltester.check(view.model)


def test_a_proposal_is_marked_in_the_matrix_and_counts_only_once_approved(
    window: Any, qtbot: Any, prompts: Any, qtmodeltester: Any
) -> None:
    before = window.matrix_model.scores["LT"]
    require_review(window, qtbot)
    form = propose_in_form(window, prompts)
    assert form.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Propose"
    assert form.review_note.isVisibleTo(form)
    assert "Another person will review this change before it counts." in form.review_note.text()
    assert prompts.errors == []

    # Alice's matrix: the approved status stays, the cell carries ◆ and says what is proposed.
    index = cell_index(window)
    assert index.data(CELL_ROLE).status_label == "Not assessed"
    assert index.data(PROPOSAL_ROLE).status_code == "full"
    assert window.matrix.itemDelegate().proposal_of(CELL) is not None
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Proposed: Implemented (by Alice, waiting for review); approved: Not assessed" in tip
    assert "Proposed: Implemented" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.matrix_model.scores["LT"] == before  # scores count approved statuses only
    window._update_details()
    assert window.details.proposed.isVisibleTo(window.details)
    dock_text = window.details.proposed.text()
    assert "◆ Proposed: Implemented" in dock_text and "Approved: Not assessed" in dock_text
    assert operations(window)[0] == "propose_status"

    # Bob sees one waiting for him, and approves it.
    assert review_tab_text(window) == "Review"  # nothing waits for Alice: it is her own
    as_user(window, "Bob")
    assert review_tab_text(window) == "Review (1)"
    view = open_review(window, qtbot)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Lithuania × " + window.matrix_model.recs[0][1]
    assert [view.model.index(0, c).data() for c in (1, 2, 4, 6)] == ["Implemented", "Not assessed", "Alice",
                                                                      "Waiting for review"]
    select_row(view)
    assert "Visa rules eased." in view.rationale.text()
    assert "Approved now: <b>Not assessed</b>" in view.compare.text()
    assert "Proposed: <b>Implemented</b>" in view.compare.text()
    assert view.approve_button.isEnabled() and view.return_button.isEnabled()
    assert not view.withdraw_button.isEnabled()
    view.approve_button.click()
    assert prompts.errors == []
    assert cell_index(window).data(CELL_ROLE).status_label == "Implemented"
    assert cell_index(window).data(PROPOSAL_ROLE) is None
    assert window.matrix_model.scores["LT"] != before
    assert review_tab_text(window) == "Review"
    assert view.model.rowCount() == 0
    assert operations(window)[0] == "approve_status"

    # Undo puts it back in the queue; redo approves again.
    assert window.ctx.undo()
    assert cell_index(window).data(CELL_ROLE).status_label == "Not assessed"
    assert cell_index(window).data(PROPOSAL_ROLE) is not None
    assert review_tab_text(window) == "Review (1)" and view.model.rowCount() == 1
    assert window.ctx.redo()
    assert cell_index(window).data(CELL_ROLE).status_label == "Implemented"


def test_nobody_approves_their_own_proposal_and_the_button_says_why(window: Any, qtbot: Any, prompts: Any) -> None:
    view = require_review(window, qtbot)
    propose_in_form(window, prompts)
    view = open_review(window, qtbot)
    assert view.model.rowCount() == 0  # "Waiting for my review" lists others' proposals only
    view.filter.setCurrentIndex(view.filter.findData("mine"))
    view.filter.activated.emit(view.filter.currentIndex())
    assert view.model.rowCount() == 1
    select_row(view)
    assert not view.approve_button.isEnabled() and not view.return_button.isEnabled()
    assert view.approve_button.toolTip() == SELF_APPROVAL
    assert view.reason.isVisibleTo(view) and view.reason.text() == SELF_APPROVAL
    assert view.withdraw_button.isEnabled()
    view.approve()  # even asked directly, nothing happens
    chosen = view.selected()
    assert chosen is not None and review.proposal(window.ctx.tracker, chosen.uid).state == "proposed"

    # Withdrawing takes it out of the matrix's mark; undo brings it back.
    view.withdraw_button.click()
    assert view.model.index(0, 6).data() == "Withdrawn"
    assert cell_index(window).data(PROPOSAL_ROLE) is None
    assert operations(window)[0] == "withdraw_proposal"
    assert window.ctx.undo()
    assert cell_index(window).data(PROPOSAL_ROLE) is not None


def test_return_with_a_comment_then_the_proposer_revises(window: Any, qtbot: Any, prompts: Any) -> None:
    require_review(window, qtbot)
    propose_in_form(window, prompts)
    as_user(window, "Bob")
    view = open_review(window, qtbot)
    select_row(view)
    tries: list[str] = []

    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, ReturnDialog)
        dialog.return_button.click()  # no comment: refused, in words
        tries.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.comment.setPlainText("Which decree? Link the source.")
        dialog.return_button.click()

    prompts.on_dialog = answer
    view.return_button.click()
    prompts.on_dialog = lambda _d: None
    assert tries == ["Write a comment: the proposer needs to know what to change."]
    assert operations(window)[0] == "return_status"
    assert view.model.rowCount() == 0
    assert cell_index(window).data(PROPOSAL_ROLE) is None  # returned: no longer waiting
    assert window.ctx.undo()  # undo: waiting for review again; redo returns it again
    assert cell_index(window).data(PROPOSAL_ROLE) is not None and view.model.rowCount() == 1
    assert operations(window)[0] == "undo return_status"
    assert window.ctx.redo()
    assert cell_index(window).data(PROPOSAL_ROLE) is None and view.model.rowCount() == 0

    # Alice sees it returned to her, with the comment, and revises it in the status form.
    as_user(window, "Alice")
    view.filter.setCurrentIndex(view.filter.findData("returned"))
    view.filter.activated.emit(view.filter.currentIndex())
    assert view.model.rowCount() == 1
    select_row(view)
    assert view.comment.text() == "Returned by Bob: Which decree? Link the source."
    assert view.revise_button.isEnabled() and not view.approve_button.isEnabled()
    seen: list[StatusForm] = []

    def revise(dialog: QDialog) -> None:
        assert isinstance(dialog, StatusForm)
        seen.append(dialog)
        assert dialog.status_combo.currentData() == "full"  # filled in with what was returned
        assert dialog.rationale_edit.toPlainText() == "Visa rules eased."
        assert dialog.returned_note.text() == "Returned by Bob: Which decree? Link the source."
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("partial"))
        dialog.rationale_edit.setPlainText("Decree 12 eased visa rules for students only.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    prompts.on_dialog = revise
    view.revise_button.click()
    prompts.on_dialog = lambda _d: None
    assert seen and seen[0].windowTitle().startswith("Revise proposal")
    assert prompts.errors == []
    assert operations(window)[0] == "resubmit_proposal"
    assert view.model.rowCount() == 0  # revised: no longer waiting for Alice
    assert cell_index(window).data(PROPOSAL_ROLE).status_code == "partial"

    as_user(window, "Bob")
    assert review_tab_text(window) == "Review (1)"
    view.filter.setCurrentIndex(view.filter.findData("waiting"))
    view.filter.activated.emit(view.filter.currentIndex())
    select_row(view)
    assert view.model.index(0, 1).data() == "Partly implemented"
    assert window.ctx.undo()  # the revision goes; the returned one stays returned
    assert cell_index(window).data(PROPOSAL_ROLE) is None


def test_undoing_a_proposal_removes_it(window: Any, qtbot: Any, prompts: Any) -> None:
    require_review(window, qtbot)
    propose_in_form(window, prompts)
    assert cell_index(window).data(PROPOSAL_ROLE) is not None
    assert window.ctx.undo_stack.undoText() == "Propose status"
    assert window.ctx.undo()
    assert cell_index(window).data(PROPOSAL_ROLE) is None
    assert operations(window)[0] == "undo propose_status"
    assert window.ctx.redo()
    assert cell_index(window).data(PROPOSAL_ROLE) is not None


def test_include_proposed_counts_proposals_and_says_so(window: Any, qtbot: Any, prompts: Any,
                                                       qtmodeltester: Any) -> None:
    vc = window.view_controls
    assert not vc._proposed_action.isVisible()  # review off, nothing proposed: the toggle is not offered
    require_review(window, qtbot)
    assert vc._proposed_action.isVisible()
    before = window.matrix_model.scores["LT"]
    propose_in_form(window, prompts)
    assert not window.matrix_proposed_banner.isVisibleTo(window)
    vc.proposed_box.click()
    assert window.ctx.view.include_proposed and window.ctx.state.key.include_proposed
    index = cell_index(window)
    assert index.data(CELL_ROLE).status_label == "Implemented" and index.data(PROPOSAL_ROLE) is not None
    assert window.matrix_model.scores["LT"].score != before.score
    assert window.matrix_proposed_banner.isVisibleTo(window)
    assert "Includes proposed statuses not yet reviewed" in window.matrix_proposed_banner.text.text()
    assert "scores count the proposed status" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(window.matrix_model)  # the matrix's model, with a proposed cell counted
    # The dock shows the approved status and the proposal, both.
    window.details.show_cell(index.data(CELL_ROLE))
    assert window.details.status_label.text() == "Not assessed"
    assert "◆ Proposed: Implemented" in window.details.proposed.text()
    assert "Scores count it now" in window.details.proposed.text()
    window.matrix_proposed_banner.button.click()  # "Approved only"
    assert not vc.proposed_box.isChecked() and not window.ctx.view.include_proposed
    assert cell_index(window).data(CELL_ROLE).status_label == "Not assessed"
    assert window.matrix_model.scores["LT"] == before
    assert not window.matrix_proposed_banner.isVisibleTo(window)


def test_the_review_model_pages_through_a_long_queue(window: Any, qtbot: Any, qtmodeltester: Any,
                                                     monkeypatch: Any) -> None:
    import tracker.ui.review_view as rv

    monkeypatch.setattr(rv, "PAGE", 5)
    t = window.ctx.tracker
    review.set_review_required(t, True)
    codes = [r[0] for r in t.db.execute("SELECT code FROM countries ORDER BY code LIMIT 12").fetchall()]
    for code in codes:
        review.propose_status(t, code, "visa", "partial", effective_date="2026-01-05", rationale="Seen.")
    t.user = "Bob"
    model = ReviewModel(window.ctx)
    model.reload()
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 12 and len({p.uid for p in model.rows}) == 12
    assert [p.proposed_at for p in model.rows] == sorted((p.proposed_at for p in model.rows), reverse=True)


def test_the_export_dialog_offers_proposed_statuses_and_the_file_says_so(
    window: Any, qtbot: Any, prompts: Any, tmp_path: Any
) -> None:
    from tracker.ui.dialogs import ExportDialog

    require_review(window, qtbot)
    propose_in_form(window, prompts)
    window.view_controls.proposed_box.click()  # on screen: the dialog starts from it
    seen: list[tuple[bool, bool]] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("scorecard"))
        dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))  # the workbook can include them too
        seen.append((dialog.proposed.isChecked(), dialog.proposed.isEnabled()))
        dialog.fmt.setCurrentIndex(dialog.fmt.findData("csv"))
        assert dialog.proposed.isEnabled()
        assert "including proposed statuses not yet reviewed" in dialog.summary.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("evidence"))
        assert not dialog.proposed.isVisibleTo(dialog)  # evidence has no statuses
        dialog.kind.setCurrentIndex(dialog.kind.findData("scorecard"))
        dialog.fmt.setCurrentIndex(dialog.fmt.findData("csv"))
        dialog.accept()

    target = tmp_path / "scorecard.csv"
    prompts.on_dialog = fill
    prompts.next_save_file = str(target)
    window.files.export()
    qtbot.waitUntil(target.exists, timeout=10000)
    assert seen == [(True, True)]
    text = target.read_text(encoding="utf-8-sig")
    assert "Includes proposed statuses not yet reviewed" in text
    lithuania = next(line for line in text.splitlines() if line.startswith("LT,"))
    assert "Implemented" in lithuania and "100" in lithuania


def test_a_proposals_evidence_opens_and_its_cell_shows_in_the_matrix(window: Any, qtbot: Any, prompts: Any) -> None:
    from tracker.ui.evidence_form import EvidenceForm

    t = window.ctx.tracker
    review.set_review_required(t, True)
    added = ops.add_evidence(t, event_date="2026-01-05", countries=["LT"], recommendations=["visa"],
                             title="Decree 12 on visa fees")
    review.propose_status(t, "LT", "visa", "full", effective_date="2026-01-05", rationale="Decree 12.",
                          evidence=[added.uid or ""])
    as_user(window, "Bob")
    view = open_review(window, qtbot)
    select_row(view)
    assert view.evidence_title.text() == "Evidence (1) — double-click to open"
    item = view.evidence.item(0)
    assert item.text() == "Decree 12 on visa fees"
    opened: list[str] = []
    prompts.on_dialog = lambda d: opened.append(d.windowTitle()) if isinstance(d, EvidenceForm) else None
    view.evidence.itemActivated.emit(item)  # what a double-click or Enter does
    prompts.on_dialog = lambda _d: None
    assert len(opened) == 1
    view.cell_button.click()
    assert window.tabs.currentIndex() == 0 and window.current_cell() == CELL


def test_a_review_step_double_clicked_in_the_history_opens_its_proposal(window: Any, qtbot: Any) -> None:
    """Bob approved Alice's proposal; the History tab's approval entry opens that proposal in the Review tab,
    shown under "All" because it no longer waits for anyone."""
    t = window.ctx.tracker
    review.set_review_required(t, True)
    uid = ops.set_status(t, *CELL, "full", effective_date="2025-06-01", rationale="Visa rules eased.").uid or ""
    other = ops.set_status(t, "PL", "visa", "partial", effective_date="2025-06-01", rationale="Some.").uid
    t.user = "Bob"
    review.approve(t, uid)
    window.ctx.bus.changed.emit(ops.Change("refresh"))
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window._history_page)
    history = window.history_view
    qtbot.waitUntil(lambda: history.model.rowCount() > 0 and history.model.index(0, 2).data() == "review")
    pos = history.table.visualRect(history.model.index(0, 3)).center()
    qtbot.mouseClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(history.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window._review_page)
    view = window.review_view
    chosen = view.selected()
    assert chosen is not None and (chosen.uid, chosen.state) == (uid, "approved")
    assert view.filter.currentData() == "all" and other != uid
    # A proposal undone since cannot be shown: the status bar says so instead of showing another.
    window.show_proposal("0190c0de-0000-7000-8000-00000000dead")
    assert "no longer exists" in window.status_bar.currentMessage()
