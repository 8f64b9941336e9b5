"""Several programs writing to one tracker at once: every write waits its turn, none fails, none is lost.

Writers are real processes (``tests/reliability/writers.py``): the data
layer in a loop, the command line's ``evidence add`` in a loop, and the app's
window (offscreen) making edits.  Each prints a write only after it
committed; afterwards every printed write must be in the file.  How long
they run is a knob: ``POLICY_TRACKER_RELIABILITY_SECONDS`` (CI keeps the
short default; docs/reliability.md records a 30-second run).
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from db.check import check_tracker
from db.store import Tracker
from tests.reliability import SECONDS_ENV, Confirmed, integrity, knob, lost_writes, spawn_writer
from tracker.ui.prompts import Prompts

QStandardPaths.setTestModeEnabled(True)

SECONDS = knob(SECONDS_ENV, 6)


def finish(procs: list[subprocess.Popen[str]], seconds: float) -> Confirmed:
    """Wait for the writers; every one must have exited cleanly. Returns what they confirmed."""
    confirmed = Confirmed()
    for proc in procs:
        out, err = proc.communicate(timeout=seconds + 90)
        confirmed.read(out)
        assert proc.returncode == 0, f"a writer failed: {confirmed.failures or err[-2000:]}"
    assert confirmed.failures == []
    return confirmed


def assert_all_there(path: Path, confirmed: Confirmed) -> None:
    assert integrity(path) == "ok"
    assert lost_writes(path, confirmed) == []
    with Tracker.open(path, user="checker", read_only=True) as t:
        assert [p.message for p in check_tracker(t)] == []


@pytest.mark.slow
def test_four_writer_processes_all_succeed(tracker_path: Path) -> None:
    """4 processes adding evidence as fast as they can: none fails with "database is locked", none is lost."""
    procs = [spawn_writer("ops", tracker_path, SECONDS, f"w{i}") for i in range(4)]
    confirmed = finish(procs, SECONDS)
    assert len(confirmed.added) > 4 * SECONDS  # they really wrote (hundreds a second on a quiet machine)
    assert_all_there(tracker_path, confirmed)
    print(f"\nRELIABILITY 4 writers x {SECONDS:g} s: 4 tries, 4 succeeded, {len(confirmed.added)} writes, 0 lost")


class Recording(Prompts):
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def error(self, parent: Any, title: str, text: str) -> None:
        self.errors.append((title, text))


@pytest.mark.slow
def test_the_window_and_command_line_writers_together(qtbot: Any, tracker_path: Path, tmp_path: Path) -> None:
    """The window adds, undoes and redoes while two command-line loops add: every step of each succeeds."""
    from tracker.preferences import Preferences
    from tracker.ui.app import create_main_window
    from tracker.ui.commands import AddEvidence
    from tracker.ui.inputs import EvidenceInput

    seconds = max(3.0, SECONDS / 2)
    prompts = Recording()
    window = create_main_window(tracker_path, prompts=prompts, store=QSettings(str(tmp_path / "s.ini"),
                                QSettings.Format.IniFormat), prefs=Preferences(user_name="Window"))
    qtbot.addWidget(window)
    ctx = window.ctx
    procs = [spawn_writer("cli", tracker_path, seconds, f"cli{i}") for i in range(2)]
    mine: list[str] = []
    steps = 0
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        change = ctx.run(AddEvidence(ctx, EvidenceInput(event_date="2025-03-01", countries=("LV",),
                                                        recommendations=("tps",), title=f"window {steps}")))
        mine.append(change.uid or "")
        if steps % 4 == 3:  # undo and redo the last one: the stack and the file must agree
            assert ctx.undo() and ctx.redo()
        steps += 1
    confirmed = finish(procs, seconds)
    assert prompts.errors == []
    assert ctx.undo_stack.count() == len(mine)
    confirmed.added |= set(mine)
    window.close()
    assert_all_there(tracker_path, confirmed)
    print(f"\nRELIABILITY window + 2 command-line loops x {seconds:g} s: {steps} window edits"
          f" ({steps // 4} undo+redo pairs), {len(confirmed.added)} writes in all, 0 failed, 0 lost")


@pytest.mark.slow
def test_two_windows_on_one_file(tracker_path: Path) -> None:
    """Two copies of the app (separate processes) adding, editing and archiving at once lose nothing."""
    seconds = max(3.0, SECONDS / 2)
    procs = [spawn_writer("window", tracker_path, seconds, f"window{i}") for i in range(2)]
    confirmed = finish(procs, seconds)
    assert confirmed.edited and confirmed.archived
    assert_all_there(tracker_path, confirmed)
    print(f"\nRELIABILITY two windows x {seconds:g} s: {confirmed.writes()} writes, 0 failed, 0 lost")


def test_a_write_that_cannot_get_the_lock_says_so_in_one_sentence(tracker_path: Path) -> None:
    """Past the busy timeout an edit and a lone statement both fail as one sentence, and write nothing."""
    import sqlite3

    from db import TrackerError, ops
    from db.connection import BusyError

    holder = sqlite3.connect(tracker_path, isolation_level=None)
    with Tracker.open(tracker_path, user="Alice") as t:
        before = t.db.execute("SELECT count(*) FROM history").fetchone()[0]
        t.db.execute("PRAGMA busy_timeout = 50")  # the real timeout is 5 s: the same path, sooner
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(BusyError) as edit:
            ops.add_evidence(t, event_date="2025-01-01", countries=["EE"], recommendations=["visa"], title="x")
        with pytest.raises(BusyError) as lone:
            t.db.execute("UPDATE meta SET value = value WHERE key = 'review_interval_days'")
        holder.execute("ROLLBACK")
        for error in (edit.value, lone.value):
            assert isinstance(error, TrackerError)
            assert isinstance(error, sqlite3.OperationalError)
            assert str(error).startswith("Another program kept this tracker busy") and str(error).endswith(".")
        assert not t.db.conn.in_transaction
        assert t.db.execute("SELECT count(*) FROM history").fetchone()[0] == before
        ops.add_evidence(t, event_date="2025-01-01", countries=["EE"], recommendations=["visa"], title="x")  # free now
    holder.close()
