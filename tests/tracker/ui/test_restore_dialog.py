"""File › Restore from backup…: the list of backups with their counts, restore after confirmation, and the
daily backup the window takes once it has been painted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from db import Tracker, ops, queries
from db.backup import backups_of, make_backup
from tests.conftest import FakeClock
from tracker.ui.backups import BackupsModel, RestoreDialog, backups_folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(folder))
    return folder


def evidence_titles(t: Tracker) -> set[str]:
    return {row["title"] for row in t.db.query("SELECT title FROM evidence")}


def add(t: Tracker, title: str) -> None:
    ops.add_evidence(t, event_date="2024-05-20", countries=["PL"], recommendations=["visa"], title=title)


def two_backups(tracker_path: Path) -> None:
    """A backup three days ago with one extra piece of evidence, and one today with two."""
    clock = FakeClock("2026-11-26T08:00:00")
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        add(t, "Old decree")
        make_backup(t, backups_folder(), "daily")
        clock.advance(days=3)
        add(t, "Newer decree")
        make_backup(t, backups_folder(), "before-import")


def test_the_app_and_the_command_line_share_one_backup_folder(data_dir: Path) -> None:
    from db.backup import backups_root

    assert backups_folder() == backups_root() == data_dir / "backups"


def test_the_dialog_lists_backups_newest_first_with_kind_and_counts(qtbot, qtmodeltester, tracker_path: Path) -> None:
    two_backups(tracker_path)
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        backups = backups_of(t, backups_folder())
        base, judged = queries.counts(t)["evidence"], queries.counts(t)["assessments"]
    dialog = RestoreDialog(backups, tracker_path.name, backups_folder())
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model: BackupsModel = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    local = [b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") for b in backups]
    assert rows == [
        [local[0], "before import", f"{base}", f"{judged}"],
        [local[1], "daily", f"{base - 1}", f"{judged}"],
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Taken", "Kind", "Evidence", "Assessments"]
    assert dialog.restore_button.isEnabled() and dialog.chosen() == backups[0]  # the newest is chosen
    assert dialog.table.accessibleName() == "Backups"
    dialog.show()
    dialog.grab().save(str(tracker_path.parent / "restore-dialog.png"))


def test_restore_after_confirmation_reopens_the_tracker_with_the_old_data(
    qtbot, window: Any, prompts: Any, tracker_path: Path
) -> None:
    window.ctx.tracker.close()  # the backups are made by "another session" of the same tracker
    two_backups(tracker_path)
    window.files._reopen_after_restore(tracker_path, "Alice")
    add(window.ctx.tracker, "Typed after the backups")
    questions: list[str] = []

    def choose_oldest(dialog: Any) -> None:
        assert isinstance(dialog, RestoreDialog)
        dialog.table.selectRow(1)
        dialog.restore_button.click()

    prompts.on_dialog = choose_oldest
    def confirm(_parent: Any, _title: str, text: str, yes: str = "OK") -> bool:
        questions.append(text)
        return yes == "Restore"

    prompts.confirm = confirm
    replaced: list[bool] = []
    window.ctx.bus.tracker_replaced.connect(lambda: replaced.append(True))
    assert window.files.restore_from_backup()
    assert len(questions) == 1 and "backed up first" in questions[0] and "evidence" in questions[0]
    assert replaced == [True]
    titles = evidence_titles(window.ctx.tracker)
    assert "Old decree" in titles and "Newer decree" not in titles and "Typed after the backups" not in titles
    assert window.ctx.undo_stack.count() == 0
    assert "Restored tracker.db" in window.statusBar().currentMessage()
    assert window.matrix_model.rowCount() > 0  # the views read the restored file
    # the state it replaced is a backup of its own, the newest
    newest = backups_of(window.ctx.tracker, backups_folder())[0]
    assert newest.kind == "before-restore"
    with Tracker.open(newest.path, user="x", read_only=True) as kept:
        assert "Typed after the backups" in evidence_titles(kept)
    assert prompts.errors == []


def test_cancel_in_the_dialog_or_at_the_confirmation_changes_nothing(
    qtbot, window: Any, prompts: Any, tracker_path: Path
) -> None:
    window.ctx.tracker.close()
    two_backups(tracker_path)
    window.files._reopen_after_restore(tracker_path, "Alice")
    before = evidence_titles(window.ctx.tracker)
    count = len(backups_of(window.ctx.tracker, backups_folder()))
    prompts.on_dialog = lambda dialog: dialog.reject()
    assert not window.files.restore_from_backup()

    prompts.on_dialog = lambda dialog: dialog.restore_button.click()
    prompts.confirm_answer = False
    tracker = window.ctx.tracker
    assert not window.files.restore_from_backup()
    assert window.ctx.tracker is tracker  # not even reopened
    assert evidence_titles(window.ctx.tracker) == before
    assert len(backups_of(window.ctx.tracker, backups_folder())) == count
    assert prompts.errors == []


def test_a_refused_restore_says_why_and_keeps_the_tracker_open(
    qtbot, window: Any, prompts: Any, tracker_path: Path
) -> None:
    window.ctx.tracker.close()
    two_backups(tracker_path)
    window.files._reopen_after_restore(tracker_path, "Alice")
    chosen = backups_of(window.ctx.tracker, backups_folder())[0]
    chosen.path.write_bytes(b"damaged on disk")
    prompts.on_dialog = lambda dialog: dialog.restore_button.click()
    tracker = window.ctx.tracker
    assert not window.files.restore_from_backup()
    assert window.ctx.tracker is tracker  # refused before the tracker was closed
    assert len(prompts.errors) == 1
    title, text = prompts.errors[0]
    assert title == "Restore from backup" and text.startswith("Nothing was restored") and "\n" not in text
    assert "Newer decree" in evidence_titles(window.ctx.tracker)  # open again, as it was
    add(window.ctx.tracker, "Still writable")


def test_a_restore_refused_after_closing_reopens_the_tracker_as_it_was(
    qtbot, window: Any, prompts: Any, tracker_path: Path
) -> None:
    """Another program holds the tracker: the restore is refused in one sentence and the window reopens it."""
    import sqlite3

    window.ctx.tracker.close()
    two_backups(tracker_path)
    window.files._reopen_after_restore(tracker_path, "Alice")
    other = sqlite3.connect(tracker_path)
    other.execute("SELECT count(*) FROM evidence").fetchone()  # another program has it open
    try:
        prompts.on_dialog = lambda dialog: dialog.restore_button.click()
        assert not window.files.restore_from_backup()
    finally:
        other.close()
    assert [t for t, _ in prompts.errors] == ["Restore from backup"]
    assert "open in another program" in prompts.errors[0][1]
    assert "Newer decree" in evidence_titles(window.ctx.tracker)
    add(window.ctx.tracker, "Still writable")


def test_the_window_takes_the_days_backup_after_it_is_shown(qtbot, window: Any, tracker_path: Path) -> None:
    files = window.files
    # Started once the window is painted (it may already be done: the worker does not wait for the test).
    qtbot.waitUntil(lambda: files.daily_backup is not None, timeout=5000)
    files.wait_for_backup()
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage(), timeout=5000)
    (made,) = backups_of(window.ctx.tracker, backups_folder())
    assert made.kind == "daily" and made.taken_at.date() == dt.datetime.now(dt.UTC).date()
    assert files.start_daily_backup() is not None
    files.wait_for_backup()
    assert len(backups_of(window.ctx.tracker, backups_folder())) == 1  # one a day


def test_without_room_on_the_disk_the_days_backup_is_not_written_and_the_status_bar_says_why(
    qtbot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from db import backup

    real = shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda where: real(where)._replace(free=backup.FREE_SPACE_FLOOR))
    files = window.files
    qtbot.waitUntil(lambda: files.daily_backup is not None, timeout=5000)
    files.wait_for_backup()
    qtbot.waitUntil(lambda: "must stay free" in window.statusBar().currentMessage(), timeout=5000)
    said = window.statusBar().currentMessage()
    assert said.startswith("No backup was made: it takes ") and "POLICY_TRACKER_DATA_DIR" in said
    assert backups_of(window.ctx.tracker, backups_folder()) == []


def test_the_import_wizard_takes_a_backup_before_it_writes(qtbot, window: Any, prompts: Any, tmp_path: Path) -> None:
    from tracker.ui.import_wizard import ImportWizard

    csv_file = tmp_path / "in.csv"
    csv_file.write_text("date,country,recommendation,title\n2024-03-01,FR,visa,Circular\n", encoding="utf-8")

    def steps(wizard: Any) -> None:
        if not isinstance(wizard, ImportWizard):
            return
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=10000)
        assert backups_of(window.ctx.tracker, backups_folder()) == []  # the check writes nothing
        wizard.next()
        qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
        wizard.accept()

    prompts.on_dialog = steps
    window.import_evidence(str(csv_file))
    kinds = [b.kind for b in backups_of(window.ctx.tracker, backups_folder())]
    assert "before-import" in kinds
    taken = next(b.path for b in backups_of(window.ctx.tracker, backups_folder()) if b.kind == "before-import")
    with Tracker.open(taken, user="x", read_only=True) as kept:
        assert "Circular" not in evidence_titles(kept)  # the state before the import
    assert "Circular" in evidence_titles(window.ctx.tracker)
