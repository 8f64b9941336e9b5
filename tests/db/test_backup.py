"""Save a copy: a consistent, self-contained tracker file, written whole or not at all."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from db import Tracker, TrackerFileError, ops, queries
from db.backup import save_copy


def dump(path: Path) -> str:
    """Everything a tracker holds, as SQL text: equal dumps mean equal contents."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_copy_opens_as_a_tracker_with_the_same_contents(tracker_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.db"
    with Tracker.open(tracker_path, user="Alice") as t:
        ops.add_evidence(t, event_date="2024-05-20", countries=["PL"], recommendations=["visa"], title="Decree")
        ops.set_status(t, "PL", "visa", "full", effective_date="2024-06-01", rationale="Visas again")
        save_copy(t, dest)
        expected = queries.counts(t)
    assert not Path(f"{dest}-wal").exists() and not Path(f"{dest}-journal").exists()
    assert dump(dest) == dump(tracker_path)
    with Tracker.open(dest, user="Bob") as copy:
        assert queries.counts(copy) == expected
        assert queries.current_statuses(copy, "2024-07-01")[("PL", "visa")].status_code == "full"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_copy_of_an_in_memory_tracker(tracker, tmp_path: Path) -> None:
    ops.set_status(tracker, "FR", "visa", "none", effective_date="2024-01-01", rationale="r")
    save_copy(tracker, tmp_path / "mem.db")
    with Tracker.open(tmp_path / "mem.db", user="Bob") as copy:
        assert queries.counts(copy) == queries.counts(tracker)


def test_copy_is_consistent_while_another_connection_writes(tracker_path: Path, tmp_path: Path) -> None:
    """An uncommitted edit in another program is not in the copy; the copy still opens."""
    with Tracker.open(tracker_path, user="Alice", read_only=True) as reader:
        other = sqlite3.connect(tracker_path)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE meta SET value = 'half-done' WHERE key = 'title'")
            save_copy(reader, tmp_path / "copy.db")
        finally:
            other.rollback()
            other.close()
    with Tracker.open(tmp_path / "copy.db", user="Bob") as copy:
        assert copy.meta("title") != "half-done"


def test_copy_replaces_an_existing_file_by_default_but_not_with_overwrite_false(tracker, tmp_path: Path) -> None:
    dest = tmp_path / "old.db"
    dest.write_bytes(b"old notes\n")
    with pytest.raises(TrackerFileError) as err:
        save_copy(tracker, dest, overwrite=False)
    assert "already exists" in str(err.value) and str(dest) in str(err.value)
    assert dest.read_bytes() == b"old notes\n"
    save_copy(tracker, dest)
    with Tracker.open(dest, user="Bob") as copy:
        assert queries.counts(copy)["recommendations"] == 5


def test_copy_refuses_to_overwrite_the_open_tracker(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        before = dump(tracker_path)
        with pytest.raises(TrackerFileError) as err:
            save_copy(t, tracker_path.parent / "." / tracker_path.name)
        assert "open tracker itself" in str(err.value)
        assert dump(tracker_path) == before


@pytest.mark.parametrize("where", ["missing folder", "folder"])
def test_copy_failures_are_one_sentence_and_leave_nothing(tracker, tmp_path: Path, where: str) -> None:
    dest = tmp_path / "no such folder" / "copy.db" if where == "missing folder" else tmp_path
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(TrackerFileError) as err:
        save_copy(tracker, dest)
    message = str(err.value)
    assert message.endswith(".") and "\n" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_copy_wraps_os_errors_and_removes_the_partial_file(tracker, tmp_path: Path, monkeypatch) -> None:
    import os

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(TrackerFileError) as err:
        save_copy(tracker, tmp_path / "copy.db")
    assert "could not be written" in str(err.value) and "Permission denied" in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"),
                                   sqlite3.OperationalError("database or disk is full")])
def test_a_copy_on_a_full_disk_says_the_disk_is_full_and_leaves_nothing(
    tracker_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    """In the words a person acts on, not the operating system's; no half-written file is left."""
    if isinstance(error, sqlite3.Error):
        error.sqlite_errorcode = sqlite3.SQLITE_FULL

    def full(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr("db.backup._fsync", full)
    dest = tmp_path / "out" / "copy.db"
    dest.parent.mkdir()
    with Tracker.open(tracker_path, user="Alice") as t, pytest.raises(TrackerFileError) as err:
        save_copy(t, dest)
    assert str(err.value) == f"The copy could not be written to {dest}: the disk is full."
    assert list(dest.parent.iterdir()) == []
