"""Other programs' changes reach an open window within a second (tracker/ui/watcher.py).

A window is open on a tracker file; another connection (another window, the
command line) writes to the same file.  The window shows the change within a
second without the person doing anything, keeps the selected cell, the list's
selection and any open form, says who changed what, and its own edits are
not announced twice.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from db import Tracker, ops
from db.ops import Change
from db.search import evidence_for_cell
from tracker.ui.commands import EditEvidence, SetStatus
from tracker.ui.evidence_form import EvidenceForm
from tracker.ui.inputs import EvidenceInput, StatusInput
from tracker.ui.watcher import NOTE_NAME

ROOT = Path(__file__).resolve().parents[3]
#: "Within a second": the watcher asks twice a second while the app is in front.
WITHIN_A_SECOND_MS = 1000


@pytest.fixture
def olga(tracker_path: Path) -> Iterator[Tracker]:
    """Another program with the window's tracker open: Olga's window, or a script."""
    with Tracker.open(tracker_path, user="Olga") as other:
        yield other


def cell_text(window, country: str, rec: str) -> str:
    return window.matrix_model.index_of_cell(country, rec).data()


def count_changes(window) -> list[Change]:
    seen: list[Change] = []
    window.ctx.bus.changed.connect(seen.append)
    return seen


def details_titles(window) -> list[str]:
    tree = window.details.evidence
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_a_status_set_elsewhere_shows_within_a_second_and_the_selection_stays(window, olga, qtbot, qtmodeltester):
    window.select_cell("DE", "tps")
    resets: list[int] = []
    window.matrix_model.modelReset.connect(lambda: resets.append(1))
    ops.set_status(olga, "FR", "visa", "full", effective_date="2025-01-01", rationale="Visas waived.")
    qtbot.waitUntil(lambda: cell_text(window, "FR", "visa") == "Implemented", timeout=WITHIN_A_SECOND_MS)
    assert window.current_cell() == ("DE", "tps")
    assert resets == []  # one row repainted, not the whole matrix rebuilt
    assert window.status_bar.currentMessage() == "Updated: 1 change by Olga"
    qtmodeltester.check(window.matrix_model)


def test_a_status_set_on_the_command_line_shows_in_the_selected_cells_details(window, tracker_path, qtbot):
    window.select_cell("FR", "visa")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "POLICY_TRACKER_USER": "Olga"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "status", "set", "--db", str(tracker_path), "FR", "visa", "full",
         "--date", "2025-01-01", "--rationale", "Set from a script."],
        capture_output=True, env=env, cwd=ROOT, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: "Set from a script." in window.details.rationale.text(), timeout=WITHIN_A_SECOND_MS)
    assert cell_text(window, "FR", "visa") == "Implemented"
    assert window.current_cell() == ("FR", "visa")
    assert "by Olga" in window.status_bar.currentMessage()


def test_evidence_added_elsewhere_appears_in_the_list_and_in_its_cells_details(window, olga, qtbot, qtmodeltester):
    window.select_cell("FR", "visa")
    view = window.evidence_view  # the Evidence tab, built
    view.table.selectRow(0)
    selected = view.selected()
    assert selected is not None
    ops.add_evidence(olga, event_date="2025-02-01", title="Decree 12 published", countries=["FR"],
                     recommendations=["visa"])
    qtbot.waitUntil(lambda: "Decree 12 published" in details_titles(window), timeout=WITHIN_A_SECOND_MS)
    model = view.model
    assert any((item := model.item(row)) is not None and item.title == "Decree 12 published"
               for row in range(model.rowCount()))
    now = view.selected()
    assert now is not None and now.uid == selected.uid  # the list's selection is kept
    assert window.current_cell() == ("FR", "visa")
    qtmodeltester.check(model)


def test_an_open_evidence_form_keeps_what_was_typed_and_says_who_changed_it(window, olga, prompts, qtbot):
    window.select_cell("EE", "visa")
    item = evidence_for_cell(window.ctx.tracker, "EE", "visa")[0]
    seen: dict[str, object] = {}

    def edit(form: EvidenceForm) -> None:
        form.title_edit.setText("My better title")
        form.notes_edit.setPlainText("Half-written note")
        ops.edit_evidence(olga, item.uid, title="Olga's title")
        qtbot.waitUntil(lambda: form.findChild(QLabel, NOTE_NAME) is not None, timeout=WITHIN_A_SECOND_MS)
        note = form.findChild(QLabel, NOTE_NAME)
        assert note is not None
        seen["note"] = note.text()
        seen["visible"] = note.isVisible()
        seen["typed"] = (form.title_edit.text(), form.notes_edit.toPlainText())
        form.grab().save("/tmp/h12b-form-note.png")
        form.discard()

    prompts.on_dialog = edit
    window.edit_evidence(item.uid)
    assert seen["typed"] == ("My better title", "Half-written note")
    assert seen["visible"] is True
    assert "Olga changed this evidence while you were editing it" in str(seen["note"])
    assert "Olga's title" in details_titles(window)  # the dock behind the form shows their version


def test_a_country_renamed_elsewhere_reloads_the_codebook_and_keeps_the_cell(window, olga, qtbot):
    window.select_cell("FR", "visa")
    ops.edit_country(olga, "FR", name="République française")
    row = window.matrix_model._row_of["FR"]

    def renamed() -> bool:
        return window.matrix_model.index(window.matrix_model._row_of["FR"], 0).data() == "République française"

    qtbot.waitUntil(renamed, timeout=WITHIN_A_SECOND_MS)
    assert window.current_cell() == ("FR", "visa")
    assert row is not None
    ops.archive_recommendation(olga, "tps")
    qtbot.waitUntil(lambda: "tps" not in {code for code, _title in window.matrix_model.recs},
                    timeout=WITHIN_A_SECOND_MS)
    assert window.current_cell() == ("FR", "visa")


def test_a_title_set_elsewhere_reaches_the_window_title(window, olga, qtbot):
    ops.set_meta(olga, "title", "Olga's tracker")
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Olga's tracker"), timeout=WITHIN_A_SECOND_MS)


def test_the_windows_own_edits_are_not_announced_again(window, olga, qtbot):
    changes = count_changes(window)
    window.ctx.run(SetStatus(window.ctx, StatusInput("FR", "visa", "full", "2025-01-01", "Mine.", "reported", ())))
    assert len(changes) == 1
    assert window.watcher.poll() is None  # nothing new from anyone else
    assert len(changes) == 1 and window.watcher.announced == 0
    # Someone else's edit after ours is announced alone, as theirs.
    ops.set_status(olga, "PL", "visa", "full", effective_date="2025-01-01", rationale="Theirs.")
    qtbot.waitUntil(lambda: window.watcher.announced == 1, timeout=WITHIN_A_SECOND_MS)
    external = changes[-1]
    assert external.cells == {("PL", "visa")}
    assert window.status_bar.currentMessage() == "Updated: 1 change by Olga"


def test_an_undo_that_would_overwrite_anothers_change_is_refused(window, olga, prompts, qtbot):
    window.select_cell("EE", "visa")
    item = evidence_for_cell(window.ctx.tracker, "EE", "visa")[0]
    window.ctx.run(EditEvidence(window.ctx, item.uid, replace(EvidenceInput.from_item(item), title="Mine")))
    ops.edit_evidence(olga, item.uid, title="Olga's title")
    qtbot.waitUntil(lambda: window.watcher.announced == 1, timeout=WITHIN_A_SECOND_MS)
    assert not window.ctx.undo()
    assert prompts.errors and "Olga changed this record since" in prompts.errors[-1][1]
    assert evidence_for_cell(window.ctx.tracker, "EE", "visa")[0].title == "Olga's title"  # their work stays
    assert not window.ctx.undo_stack.canUndo()  # the step that can no longer apply has left the stack


def test_an_undo_of_something_nobody_else_touched_still_works(window, olga, qtbot):
    window.ctx.run(SetStatus(window.ctx, StatusInput("FR", "visa", "full", "2025-01-01", "Mine.", "reported", ())))
    ops.set_status(olga, "PL", "visa", "full", effective_date="2025-01-01", rationale="Theirs.")
    qtbot.waitUntil(lambda: window.watcher.announced == 1, timeout=WITHIN_A_SECOND_MS)
    assert window.ctx.undo()
    assert cell_text(window, "FR", "visa") == "Not assessed"
    assert cell_text(window, "PL", "visa") == "Implemented"
    assert window.watcher.poll() is None and window.watcher.announced == 1  # the undo is not news either


def test_a_status_form_open_on_a_cell_changed_elsewhere_says_so_and_keeps_the_rationale(window, olga, prompts, qtbot):
    from tracker.ui.status_form import StatusForm

    window.select_cell("FR", "visa")
    seen: dict[str, object] = {}

    def fill(form: StatusForm) -> None:
        form.rationale_edit.setPlainText("My reasons")
        ops.set_status(olga, "FR", "visa", "partial", effective_date="2025-01-01", rationale="Hers.")
        qtbot.waitUntil(lambda: form.findChild(QLabel, NOTE_NAME) is not None, timeout=WITHIN_A_SECOND_MS)
        note = form.findChild(QLabel, NOTE_NAME)
        assert note is not None
        seen["note"], seen["typed"] = note.text(), form.rationale_edit.toPlainText()
        form.discard()

    prompts.on_dialog = fill
    window.set_status()
    assert seen["typed"] == "My reasons"
    assert "Olga changed this cell while you were editing" in str(seen["note"])


def test_a_file_replaced_by_a_sync_is_opened_again(window, tracker_path, tmp_path, qtbot):
    import shutil

    window.select_cell("FR", "visa")
    synced = tmp_path / "synced.db"
    shutil.copyfile(tracker_path, synced)
    with Tracker.open(synced, user="Olga") as elsewhere:
        ops.set_status(elsewhere, "FR", "visa", "full", effective_date="2025-01-01", rationale="Synced in.")
    os.replace(synced, tracker_path)  # what a sync does: the new version is renamed over the old
    qtbot.waitUntil(lambda: cell_text(window, "FR", "visa") == "Implemented", timeout=WITHIN_A_SECOND_MS)
    assert window.current_cell() == ("FR", "visa")
    assert "replaced tracker.db" in window.status_bar.currentMessage()
    # The window works on the new file: its next edit is in it, and other programs see it.
    window.ctx.run(SetStatus(window.ctx, StatusInput("PL", "visa", "full", "2025-01-01", "Mine.", "reported", ())))
    with Tracker.open(tracker_path, user="Bob") as check:
        from db.queries import cell_statuses, codebook_view

        found = cell_statuses(check, [("FR", "visa"), ("PL", "visa")], "2025-06-01", review_interval_days=None,
                              book=codebook_view(check))
        assert {cell: s.status_code for cell, s in found.items()} == {("FR", "visa"): "full", ("PL", "visa"): "full"}


def test_a_backup_restored_into_the_file_elsewhere_reloads_everything(window, olga, tmp_path, qtbot):
    import sqlite3

    before = sqlite3.connect(tmp_path / "before.db")
    olga.db.conn.backup(before)  # the tracker as it is now
    ops.set_status(olga, "FR", "visa", "full", effective_date="2025-01-01", rationale="Later undone.")
    qtbot.waitUntil(lambda: cell_text(window, "FR", "visa") == "Implemented", timeout=WITHIN_A_SECOND_MS)
    before.backup(olga.db.conn)  # another program restores the copy into the file: the history gets shorter
    before.close()
    qtbot.waitUntil(lambda: cell_text(window, "FR", "visa") == "Not assessed", timeout=WITHIN_A_SECOND_MS)
    assert window.status_bar.currentMessage() == "Updated: another program changed this tracker"


def test_the_evidence_chosen_in_the_details_stays_chosen_when_someone_adds_more(window, olga, qtbot):
    """Archive or edit "the selected evidence" must still mean the one the person chose."""
    window.select_cell("FR", "visa")
    first = ops.add_evidence(olga, event_date="2025-01-01", title="Older source", countries=["FR"],
                             recommendations=["visa"]).uid
    qtbot.waitUntil(lambda: "Older source" in details_titles(window), timeout=WITHIN_A_SECOND_MS)
    tree = window.details.evidence
    tree.setCurrentItem(tree.topLevelItem(0))
    assert window._selected_evidence_uid() == first
    ops.add_evidence(olga, event_date="2025-03-01", title="Newer source", countries=["FR"], recommendations=["visa"])
    qtbot.waitUntil(lambda: "Newer source" in details_titles(window), timeout=WITHIN_A_SECOND_MS)
    assert details_titles(window)[0] == "Newer source"
    assert window._selected_evidence_uid() == first


def test_the_matrix_keeps_its_scroll_position(window, olga, qtbot):
    window.select_cell("SE", "tps")  # far down: the matrix has scrolled
    bar = window.matrix.verticalScrollBar()
    scrolled = bar.value()
    assert scrolled > 0
    ops.set_status(olga, "AT", "visa", "full", effective_date="2025-01-01", rationale="Top of the list.")
    qtbot.waitUntil(lambda: cell_text(window, "AT", "visa") == "Implemented", timeout=WITHIN_A_SECOND_MS)
    assert bar.value() == scrolled
    ops.edit_country(olga, "AT", name="Österreich")  # a codebook change: the matrix is rebuilt
    qtbot.waitUntil(lambda: window.matrix_model.index(window.matrix_model._row_of["AT"], 0).data() == "Österreich",
                    timeout=WITHIN_A_SECOND_MS)
    assert window.current_cell() == ("SE", "tps")
    assert bar.value() == scrolled


def test_evidence_deleted_elsewhere_while_its_form_is_open_is_said_and_the_typing_kept(window, olga, prompts, qtbot):
    uid = ops.add_evidence(olga, event_date="2025-01-01", title="Entered by mistake", countries=["FR"],
                           recommendations=["visa"]).uid
    assert uid is not None
    seen: dict[str, object] = {}

    def edit(form: EvidenceForm) -> None:
        form.notes_edit.setPlainText("Notes I want to keep")
        ops.delete_evidence(olga, uid)
        qtbot.waitUntil(lambda: form.findChild(QLabel, NOTE_NAME) is not None, timeout=WITHIN_A_SECOND_MS)
        note = form.findChild(QLabel, NOTE_NAME)
        assert note is not None
        seen["note"] = note.text()
        form.accept()  # Save: refused, the form stays open with the notes
        seen["open"] = form.isVisible()
        seen["typed"] = form.notes_edit.toPlainText()
        seen["error"] = form.error.text()
        form.discard()

    prompts.on_dialog = edit
    qtbot.waitUntil(lambda: window.watcher.announced == 1, timeout=WITHIN_A_SECOND_MS)
    window.edit_evidence(uid)
    assert "Olga deleted this evidence while you were editing it" in str(seen["note"])
    assert seen["open"] is True and seen["typed"] == "Notes I want to keep"
    assert "no longer exists" in str(seen["error"])


def test_an_own_edit_right_after_anothers_is_shown_and_still_undoes(window, olga, qtbot):
    """Olga commits, then the window saves before its next look: both are read at once, and the
    window's own step is not mistaken for one someone else overtook."""
    ops.set_status(olga, "PL", "visa", "full", effective_date="2025-01-01", rationale="Theirs.")
    window.ctx.run(SetStatus(window.ctx, StatusInput("FR", "visa", "partial", "2025-01-01", "Mine.", "reported", ())))
    qtbot.waitUntil(lambda: window.watcher.announced == 1, timeout=WITHIN_A_SECOND_MS)
    assert cell_text(window, "PL", "visa") == "Implemented"
    assert window.ctx.undo()
    assert cell_text(window, "FR", "visa") == "Not assessed"


def test_two_windows_on_one_file_see_each_others_edits(window, tracker_path, prompts, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from tracker.preferences import Preferences
    from tracker.ui.app import create_main_window

    other = create_main_window(tracker_path, prompts=prompts, prefs=Preferences(user_name="Olga"),
                               store=QSettings(str(tmp_path / "olga.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(other)
    other.show()
    window.select_cell("LT", "visa")
    other.ctx.run(SetStatus(other.ctx, StatusInput("FR", "visa", "full", "2025-01-01", "Olga's.", "reported", ())))
    qtbot.waitUntil(lambda: cell_text(window, "FR", "visa") == "Implemented", timeout=WITHIN_A_SECOND_MS)
    window.ctx.run(SetStatus(window.ctx, StatusInput("PL", "visa", "full", "2025-01-01", "Alice's.", "reported", ())))
    qtbot.waitUntil(lambda: cell_text(other, "PL", "visa") == "Implemented", timeout=WITHIN_A_SECOND_MS)
    assert window.current_cell() == ("LT", "visa")
    assert (window.watcher.announced, other.watcher.announced) == (1, 1)  # each saw the other's, not its own
    assert other.status_bar.currentMessage() == "Updated: 1 change by Alice"
    other.close()


def test_a_slow_refresh_spaces_out_the_next_looks(window, olga, qtbot):
    """A program writing all the time must not keep the window busy: at most a fifth of the time refreshes."""
    import time

    from db.changes import ExternalChange
    from tracker.ui.watcher import ACTIVE_INTERVAL_MS

    def slow_view(change: Change) -> None:
        if isinstance(change, ExternalChange):
            until = time.perf_counter() + 0.15  # a view taking 150 ms (a whole large tracker reloaded)
            while time.perf_counter() < until:
                pass

    window.ctx.bus.changed.connect(slow_view)
    ops.set_status(olga, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    qtbot.waitUntil(lambda: window.watcher.announced == 1, timeout=WITHIN_A_SECOND_MS)
    assert window.watcher.interval >= 600
    window.ctx.bus.changed.disconnect(slow_view)
    assert window.watcher.poll() is None  # nothing new: back to the usual pace
    assert window.watcher.interval == ACTIVE_INTERVAL_MS


SCRIPT = """
import sys, time
from db import Tracker, ops
countries = ["FR", "PL", "DE", "LT", "LV", "EE", "SE", "FI"]
recs = ["visa", "tps", "students", "antiwar", "sanctions"]
statuses = ["full", "partial", "announced", "none"]
with Tracker.open(sys.argv[1], user="Script") as t:
    for i in range(200):
        cell = (countries[i % 8], recs[(i // 8) % 5])
        ops.set_status(t, *cell, statuses[i % 4], effective_date="2025-01-01", rationale=f"Run {i}.")
        if i % 10 == 0:
            ops.add_evidence(t, event_date="2025-02-01", title=f"Source {i}", countries=[cell[0]],
                             recommendations=[cell[1]])
        time.sleep(0.01)  # a script at work for two seconds, not one burst
"""


@pytest.mark.slow
def test_a_script_writing_while_the_window_is_open_misses_nothing(window, tracker_path, qtbot):
    """220 edits from another process while the window polls: every one is announced once, as the
    script's, and the window ends showing exactly what the file holds.  (The window's own first-day
    backup id may be written meanwhile: it is read along with the script's, and not counted here.)"""
    from tracker.matrix_state import MatrixState

    announced: list[int] = []
    window.watcher.updated.connect(lambda change: announced.append(change.counts.get("Script", 0)))
    window.select_cell("LT", "visa")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tracker_path)], cwd=ROOT, env=env,
                              stderr=subprocess.PIPE)
    qtbot.waitUntil(lambda: script.poll() is not None, timeout=60000)
    assert script.returncode == 0, script.stderr.read() if script.stderr else ""
    if script.stderr:
        script.stderr.close()
    qtbot.waitUntil(lambda: sum(announced) == 220, timeout=WITHIN_A_SECOND_MS)
    assert len(announced) > 1  # seen as it happened, not in one go at the end
    with Tracker.open(tracker_path, user="Check", read_only=True) as fresh:
        truth = MatrixState(fresh, window.ctx.state.key)
        assert {c: s.status_code for c, s in window.ctx.state.cells.items()} == {
            c: s.status_code for c, s in truth.cells.items()}
    assert window.current_cell() == ("LT", "visa")
    assert "by Script" in window.status_bar.currentMessage()
