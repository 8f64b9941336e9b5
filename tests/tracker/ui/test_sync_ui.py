"""The coalition in the app (tracker/ui/sync_ui.py): Share, Join, Members, Sync now, automatic sync, the indicator.

Ana's window runs on this test's data folder ($POLICY_TRACKER_DATA_DIR, as the
child process that syncs sees it); Bo is another computer: a data folder of his
own, driven through tracker.sync.coalition.  Syncs run as real child processes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from db import Tracker, ops
from tests.sync_e2e import replica_contents
from tracker.sync import coalition
from tracker.ui.sync_ui import AddMemberDialog, JoinDialog, MembersDialog, ShareDialog

from .conftest import open_window

#: A child Python process starts, syncs and ends: generous on a busy 2-CPU machine.
CHILD_MS = 60_000


def tracker_intact(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def cell_text(window: Any, country: str, rec: str) -> str:
    return str(window.matrix_model.index_of_cell(country, rec).data())


@pytest.fixture
def coalition_pair(tracker_path: Path, tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """Ana (this test's data folder) shares her tracker; Bo (his own data folder) joined.

    Returns (folder, Bo's tracker, his data folder, Ana's fingerprint)."""
    folder, bo_root, bo_db = tmp_path / "shared", tmp_path / "bo-data", tmp_path / "bo.db"
    shared = coalition.share(tracker_path, folder, "Ana")
    request = coalition.join_request("Bo", root=bo_root)
    coalition.add_member(tracker_path, request.code, fingerprint=request.fingerprint)
    coalition.join(folder, bo_db, shared.fingerprint, root=bo_root)
    return folder, bo_db, bo_root, shared.fingerprint


def bo_sets(bo_db: Path, bo_root: Path, country: str, rec: str, status: str, day: str = "2025-05-04") -> None:
    with Tracker.open(bo_db, user="Bo") as t:
        ops.set_status(t, country, rec, status, effective_date=day, rationale="Bo checked")
    assert coalition.sync(bo_db, root=bo_root).sent == 1


def test_share_from_the_file_menu_shows_the_fingerprint(window: Any, prompts: Any, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ShareDialog)
        dialog.folder_edit.setText(str(folder))
        dialog.name_edit.setText("")
        dialog.share_button.click()
        seen["empty name"] = dialog.error.text()
        dialog.name_edit.setText("Ana")
        dialog.share_button.click()
        seen["fingerprint"] = dialog.fingerprint.text()
        seen["handover"] = dialog.result_label.text()
        dialog.grab().save(str(tmp_path / "share.png"))
        dialog.close_button.click()

    prompts.on_dialog = fill
    window.actions_by_name["share_tracker"].trigger()

    assert seen["empty name"] == "Type your name first."
    assert len(seen["fingerprint"]) == 19 and "another channel" in seen["handover"]
    assert (folder / "snapshot.ptsnap").is_file()
    assert window.sync.indicator.isVisible() and window.sync.indicator.text() == "Not synced yet"
    window.actions_by_name["share_tracker"].trigger()  # a second time: refused in one sentence
    assert prompts.errors[-1][1].startswith("This tracker is already shared through")


def test_join_makes_a_code_then_a_copy_and_opens_it(
    qtbot: Any, window: Any, prompts: Any, tracker_path: Path, tmp_path: Path
) -> None:
    ana_root, folder, copy = tmp_path / "ana-data", tmp_path / "shared", tmp_path / "mine.db"
    shared = coalition.share(tracker_path, folder, "Ana", root=ana_root)
    steps: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, JoinDialog)
        dialog.name_edit.setText("Bo")
        dialog.make_code()
        code = dialog.code_edit.toPlainText()
        assert code.startswith("ptjoin1:") and dialog.my_fingerprint.text()
        dialog.folder_edit.setText(str(folder))
        dialog.tracker_edit.setText(str(copy))
        dialog.coordinator_edit.setText(shared.fingerprint)
        dialog.join_button.click()
        assert dialog.joining and not dialog.join_button.isEnabled()  # built on a worker: the window keeps painting
        dialog.reject()  # Escape while the copy is built: it finishes first
        qtbot.waitUntil(lambda: not dialog.joining, timeout=60_000)
        steps.append(dialog.error.text())  # not added yet: one sentence, nothing made
        coalition.add_member(tracker_path, code, root=ana_root)
        dialog.grab().save(str(tmp_path / "join.png"))
        dialog.join_button.click()
        qtbot.waitUntil(lambda: not dialog.joining, timeout=60_000)
        assert dialog.result() == QDialog.DialogCode.Accepted

    prompts.on_dialog = fill
    window.actions_by_name["join_tracker"].trigger()

    assert steps[0].startswith("No tracker key for you is in the shared folder yet")
    assert window.ctx.tracker.path == copy
    assert replica_contents(copy) == replica_contents(tracker_path)
    assert window.sync.controller.link is not None and window.sync.indicator.isVisible()


def test_sync_now_runs_a_child_process_and_the_views_refresh(
    qtbot: Any, prompts: Any, settings: QSettings, tracker_path: Path, coalition_pair: tuple[Path, Path, Path, str]
) -> None:
    _, bo_db, bo_root, _ = coalition_pair
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    win.sync.controller.debounce.setInterval(CHILD_MS)  # by hand here: the automatic sync must not take Bo's file first
    assert win.sync.indicator.text() == "Not synced yet"
    bo_sets(bo_db, bo_root, "FR", "visa", "full")
    assert cell_text(win, "FR", "visa") != "Implemented"

    with qtbot.waitSignal(win.sync.controller.finished, timeout=CHILD_MS) as done:
        win.actions_by_name["sync_now"].trigger()
        assert win.sync.controller.running and win.sync.indicator.text() == "Syncing… · 1 waiting"
        assert not win.sync.controller.sync_now()  # never two at once
    assert done.args[0] == 0 and done.args[1].startswith("Sent 0, applied 1, waiting 0, refused 0.")
    qtbot.waitUntil(lambda: cell_text(win, "FR", "visa") == "Implemented", timeout=CHILD_MS)  # the watcher refreshed
    assert win.sync.indicator.text().startswith("Synced ")
    assert "Last sync" in win.sync.indicator.toolTip() and "applied 1" in win.sync.indicator.toolTip()
    assert win.actions_by_name["sync_now"].shortcut().toString() == "Ctrl+Shift+R"
    win.close()


def test_a_file_landing_in_the_folder_starts_a_sync(
    qtbot: Any, prompts: Any, settings: QSettings, tracker_path: Path, coalition_pair: tuple[Path, Path, Path, str]
) -> None:
    _, bo_db, bo_root, _ = coalition_pair
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    controller = win.sync.controller
    controller.debounce.setInterval(50)
    assert controller.periodic.isActive() and controller.periodic.interval() == 5 * 60 * 1000
    bo_sets(bo_db, bo_root, "FR", "visa", "full")  # Bo's first file: a new member folder appears
    qtbot.waitUntil(lambda: controller.runs >= 1 and not controller.running, timeout=CHILD_MS)
    qtbot.waitUntil(lambda: cell_text(win, "FR", "visa") == "Implemented", timeout=CHILD_MS)
    runs = controller.runs
    bo_sets(bo_db, bo_root, "FR", "visa", "partial", "2025-06-01")  # his second file: in his folder, watched too
    qtbot.waitUntil(lambda: controller.runs > runs and not controller.running, timeout=CHILD_MS)
    qtbot.waitUntil(lambda: cell_text(win, "FR", "visa") == "Partly implemented", timeout=CHILD_MS)
    assert tracker_intact(tracker_path)
    win.close()


def test_the_indicator_counts_waiting_and_refused_files_in_words(
    qtbot: Any, prompts: Any, settings: QSettings, tracker_path: Path, coalition_pair: tuple[Path, Path, Path, str]
) -> None:
    folder, bo_db, bo_root, _ = coalition_pair
    bo_sets(bo_db, bo_root, "FR", "visa", "full")
    bo_sets(bo_db, bo_root, "FR", "visa", "partial", "2025-06-01")
    first = sorted((folder / "changes").glob("*/00000001-*.ptchg"))[0]
    data = bytearray(first.read_bytes())
    data[-1] ^= 1
    first.chmod(0o644)
    first.unlink()
    # The folder's host alters Bo's first file and names it after its new contents.
    planted = first.parent / f"00000001-{hashlib.sha256(bytes(data)).hexdigest()[:12]}.ptchg"
    planted.write_bytes(bytes(data))
    coalition.sync(tracker_path)
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    text = win.sync.indicator.text()
    assert text.startswith("Synced ") and text.endswith(" · 1 waiting · 1 refused"), text
    tip = win.sync.indicator.toolTip()
    assert "Refused: The file's signature does not match" in tip and "It waits for" in tip
    assert win.sync.indicator.accessibleName() == "Sync status"
    win.close()


def test_members_dialog_lists_adds_and_removes(
    qtbot: Any, qtmodeltester: Any, prompts: Any, settings: QSettings, tracker_path: Path, tmp_path: Path,
    coalition_pair: tuple[Path, Path, Path, str],
) -> None:
    _, bo_db, bo_root, _ = coalition_pair
    bo_sets(bo_db, bo_root, "FR", "visa", "full")
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    cy = coalition.join_request("Cy", root=tmp_path / "cy-data")
    shown: dict[str, Any] = {}

    def members(dialog: QDialog) -> None:
        if isinstance(dialog, AddMemberDialog):
            dialog.code_edit.setPlainText(cy.code)
            shown["preview"] = dialog.preview.text()
            shown["enabled before"] = dialog.add_button.isEnabled()
            dialog.compared.setChecked(True)
            dialog.grab().save(str(tmp_path / "add.png"))
            dialog.add_button.click()
            return
        assert isinstance(dialog, MembersDialog)
        qtmodeltester.check(dialog.model)
        model = dialog.model
        rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
        shown["names"] = sorted(rows)
        shown["bo role"] = model.index(rows["Bo"], 1).data()
        shown["bo added by"] = model.index(rows["Bo"], 2).data()
        shown["bo last file"] = model.index(rows["Bo"], 4).data()
        shown["headers"] = [model.headerData(c, Qt.Orientation.Horizontal)
                            for c in range(model.columnCount())]
        dialog.add_button.click()
        shown["after add"] = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
        dialog.table.selectRow(rows["Bo"])
        dialog.grab().save(str(tmp_path / "members.png"))
        dialog.remove_button.click()
        shown["bo after"] = model.index(rows["Bo"], 1).data()
        qtmodeltester.check(dialog.model)
        dialog.accept()

    prompts.on_dialog = members
    win.actions_by_name["members"].trigger()

    assert shown["names"] == ["Ana (you)", "Bo"]
    assert (shown["bo role"], shown["bo added by"]) == ("Member", "Ana")
    assert shown["bo last file"].startswith("00000001-")
    assert shown["headers"] == ["Name", "Role", "Added by", "Added", "Last file", "Written", "Fingerprint"]
    assert cy.fingerprint in shown["preview"] and shown["enabled before"] is False
    assert shown["after add"] == ["Ana (you)", "Bo", "Cy"]
    assert shown["bo after"].startswith("Removed ")
    win.close()


def test_the_remove_confirmation_says_the_key_is_rotated(
    qtbot: Any, prompts: Any, settings: QSettings, tracker_path: Path, coalition_pair: tuple[Path, Path, Path, str]
) -> None:
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    asked: list[str] = []

    def refuse(_title: str, text: str) -> bool:
        asked.append(text)
        return False

    dialog = MembersDialog(win.sync.controller, win, confirm=refuse)
    qtbot.addWidget(dialog)
    bo_row = next(r for r in range(dialog.model.rowCount()) if dialog.model.index(r, 0).data() == "Bo")
    dialog.table.selectRow(bo_row)
    dialog.remove_button.click()
    assert "The tracker key is rotated" in asked[0]
    assert dialog.model.index(bo_row, 1).data() == "Member"  # not confirmed: nothing changed
    win.close()


def test_opening_a_tracker_inside_a_shared_folder_is_refused(
    window: Any, prompts: Any, tracker_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    coalition.share(tracker_path, folder, "Ana")
    inside = folder / "copy.db"
    inside.write_bytes(tracker_path.read_bytes())
    before = window.ctx.tracker
    prompts.next_open_file = str(inside)
    window.actions_by_name["open_tracker"].trigger()
    assert window.ctx.tracker is before
    title, text = prompts.errors[-1]
    assert title == "Cannot open tracker" and "is inside the shared folder" in text


def test_the_app_refuses_at_start_up_a_tracker_inside_a_shared_folder(
    qapp: Any, tracker_path: Path, tmp_path: Path
) -> None:
    """``policy-tracker --db`` (and the last tracker reopened at start) on a file in a shared folder: one sentence."""
    from tracker.sync.places import LiveTrackerInSharedFolder
    from tracker.ui.app import open_main_window

    folder = tmp_path / "shared"
    coalition.share(tracker_path, folder, "Ana")
    inside = folder / "copy.db"
    inside.write_bytes(tracker_path.read_bytes())
    with pytest.raises(LiveTrackerInSharedFolder, match=r"^The tracker .* is inside the shared folder .*corrupted"):
        open_main_window(inside)
