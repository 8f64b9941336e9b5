"""Opening a tracker a second time in a process never drops the locks the first connection holds.

On POSIX, closing any file handle on a file releases every lock the process holds on it.  The window's
daily backup, exports and history exports open the tracker again (on worker threads) while the window has it
open; when opening read its header with Python's ``open()``, closing that handle dropped the window's SQLite
locks, and a sync child (or any other program) then took itself for the file's last user, reset the WAL under
the window and corrupted the tracker (`PRAGMA integrity_check`: "wrong # of entries in index").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from db import NotATrackerError, Tracker
from db.store import inspect_file


def process_locks(path: Path) -> set[str]:
    """Which of ``path`` and its -shm this process holds a POSIX lock on (Linux's /proc/locks)."""
    inodes = {os.stat(path).st_ino: "db"}
    shm = Path(f"{path}-shm")
    if shm.exists():
        inodes[shm.stat().st_ino] = "shm"
    found = set()
    with open("/proc/locks", encoding="ascii") as locks:
        for line in locks:
            fields = line.replace("->", "").split()
            if fields[4] == str(os.getpid()) and int(fields[5].split(":")[2]) in inodes:
                found.add(inodes[int(fields[5].split(":")[2])])
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux's /proc/locks")
@pytest.mark.parametrize("read_only", [True, False])
def test_opening_the_tracker_again_keeps_the_first_connections_locks(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "t.db"
    Tracker.create(path, user="Ana").close()
    with Tracker.open(path, user="Ana") as window:
        window.db.execute("SELECT count(*) FROM evidence").fetchone()
        held = process_locks(path)
        assert "db" in held
        Tracker.open(path, user="Ana", read_only=read_only).close()  # what a backup or an export does first
        inspect_file(path)  # and what the app asks before opening one
        assert process_locks(path) == held


def test_files_that_are_not_trackers_are_still_refused_with_one_sentence(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    text = tmp_path / "notes.db"
    text.write_text("these are notes, not a database\n" * 10, encoding="utf-8")
    short = tmp_path / "short.db"
    short.write_bytes(b"SQLite")
    for path in (empty, text, short):
        with pytest.raises(NotATrackerError, match=r"is not a Policy Tracker file \(it is not an SQLite database\)\."):
            inspect_file(path)
