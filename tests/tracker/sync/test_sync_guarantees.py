"""What a coalition can count on however a sync goes. Killing a sync at its worst moments (a real child process,
SIGKILL) leaves the tracker and the shared folder consistent, and the next sync completes: both copies end
identical, nothing applied twice. And no one approves their own proposal, from whichever computer.

The child runs ``coalition.sync`` with one function patched to kill its own process at a chosen point: right
after a changeset file is written (before this computer records that it was sent), in the middle of applying a
changeset (an SQLite progress handler fires inside the apply's transaction), and right after a file was applied
(before this computer records that it was).  No waiting on timers: the point of death is exact.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import Tracker, ops
from tests.sync_e2e import replica_contents
from tracker.sync import coalition

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

CHILD = r'''
import os, signal, sys
from pathlib import Path
from tracker.sync import coalition

stage, tracker, root = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])

def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if stage == "after-write":
    from tracker.sync.folder import SharedFolder
    written = SharedFolder.write_changeset
    def write_then_die(self, *args, **kwargs):
        written(self, *args, **kwargs)
        die()
    SharedFolder.write_changeset = write_then_die
elif stage == "mid-apply":
    import db.changeset as changeset
    opened = changeset._open
    def open_to_die(path, *, read_only):
        conn = opened(path, read_only=read_only)
        if not read_only and Path(path).resolve() == tracker.resolve():
            conn.set_progress_handler(die, 500)  # inside the apply's transaction, some hundred steps in
        return conn
    changeset._open = open_to_die
elif stage == "after-apply":
    from tracker.sync.folder import LocalState
    LocalState.mark_applied = die
coalition.sync(tracker, root=root)
'''

CELLS = [("FR", "visa", "full"), ("DE", "tps", "partial"), ("PL", "students", "announced"), ("LT", "antiwar", "none")]


def pair(tracker_path: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Ana shares her tracker, Bo joins: (Ana's data folder, Bo's tracker, Bo's data folder)."""
    folder, ana_root, bo_root, bo_db = tmp_path / "shared", tmp_path / "ana", tmp_path / "bo", tmp_path / "bo.db"
    shared = coalition.share(tracker_path, folder, "Ana", root=ana_root)
    request = coalition.join_request("Bo", root=bo_root)
    coalition.add_member(tracker_path, request.code, fingerprint=request.fingerprint, root=ana_root)
    coalition.join(folder, bo_db, shared.fingerprint, root=bo_root)
    return ana_root, bo_db, bo_root


def ana_edits(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Ana") as t:
        for country, rec, status in CELLS:
            ops.set_status(t, country, rec, status, effective_date="2025-05-04", rationale="Ana checked")


def killed(stage: str, tracker: Path, root: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CHILD, stage, str(tracker), str(root)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]


def intact(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def settled(tracker_path: Path, ana_root: Path, bo_db: Path, bo_root: Path) -> None:
    """The next syncs complete, and both copies end identical with every edit once."""
    for _ in range(2):
        coalition.sync(tracker_path, root=ana_root)
        coalition.sync(bo_db, root=bo_root)
    assert intact(tracker_path) and intact(bo_db)
    assert replica_contents(bo_db) == replica_contents(tracker_path)
    with Tracker.open(bo_db, user="Bo", read_only=True) as t:
        for country, rec, status in CELLS:
            rows = t.db.execute("SELECT status_code FROM assessments WHERE country_code = ? AND recommendation_code = ?"
                                " AND rationale = 'Ana checked'", [country, rec]).fetchall()
            assert rows == [(status,)], (country, rec)  # arrived, and once


def test_a_sync_killed_after_writing_its_file_sends_the_changes_next_time(tracker_path: Path, tmp_path: Path) -> None:
    ana_root, bo_db, bo_root = pair(tracker_path, tmp_path)
    ana_edits(tracker_path)
    killed("after-write", tracker_path, ana_root)
    assert intact(tracker_path)
    changes = tmp_path / "shared" / "changes"
    assert not [p for p in changes.rglob("*") if p.is_file() and p.name.startswith(".pt-tmp")]  # whole files only
    settled(tracker_path, ana_root, bo_db, bo_root)


def test_a_sync_killed_in_the_middle_of_applying_changes_nothing_then_applies(
    tracker_path: Path, tmp_path: Path
) -> None:
    ana_root, bo_db, bo_root = pair(tracker_path, tmp_path)
    ana_edits(tracker_path)
    coalition.sync(tracker_path, root=ana_root)
    before = replica_contents(bo_db)
    killed("mid-apply", bo_db, bo_root)
    assert intact(bo_db)
    assert replica_contents(bo_db) == before  # the apply's transaction was rolled back whole
    settled(tracker_path, ana_root, bo_db, bo_root)


def test_a_sync_killed_after_applying_applies_nothing_twice(tracker_path: Path, tmp_path: Path) -> None:
    ana_root, bo_db, bo_root = pair(tracker_path, tmp_path)
    ana_edits(tracker_path)
    coalition.sync(tracker_path, root=ana_root)
    killed("after-apply", bo_db, bo_root)
    assert intact(bo_db)
    settled(tracker_path, ana_root, bo_db, bo_root)


def test_no_one_approves_their_own_proposal_from_another_computer(tracker_path: Path, tmp_path: Path) -> None:
    """Review by a second person holds across machines: proposals and approvals are rows like any other, and the
    rule is the person's, not the computer's. Ana proposes on her tracker; on a second copy she is refused, Bo
    approves, and the approval comes back to her copy."""
    from db import ValidationError, review

    ana_root, bo_db, bo_root = pair(tracker_path, tmp_path)
    with Tracker.open(tracker_path, user="Ana") as t:
        review.set_review_required(t, True)
        ops.set_status(t, "FR", "visa", "full", effective_date="2025-05-04", rationale="Ana checked")
        (uid,) = [row[0] for row in t.db.execute("SELECT uid FROM proposals WHERE state = 'proposed'")]
    coalition.sync(tracker_path, root=ana_root)
    coalition.sync(bo_db, root=bo_root)
    with Tracker.open(bo_db, user="Ana") as elsewhere, pytest.raises(ValidationError, match="another person must"):
        review.approve(elsewhere, uid)  # Ana again, on the other copy (her second computer)
    with Tracker.open(bo_db, user="Bo") as t:
        review.approve(t, uid)
    coalition.sync(bo_db, root=bo_root)
    coalition.sync(tracker_path, root=ana_root)
    assert replica_contents(bo_db) == replica_contents(tracker_path)
    with Tracker.open(tracker_path, user="Ana", read_only=True) as t:
        row = t.db.execute("SELECT status_code FROM cell_current WHERE country_code = 'FR'"
                           " AND recommendation_code = 'visa'").fetchone()
        assert row == ("full",)
