"""Restoring a tracker from one of its backups (:mod:`db.backup`), whole or not at all.

Before anything changes, the backup is checked (a Policy Tracker file this
version can open, intact) and the tracker as it is now is itself backed up
("before restore"), so a restore can be undone by restoring that.  The
backup is then copied with SQLite's backup API to a temporary file in the
tracker's folder, flushed to disk and renamed over the tracker in one step:
a crash leaves the old tracker or the restored one, never a mixture.

The tracker must not be open anywhere else while it is replaced (the app
closes its own connection first): taking it out of WAL mode needs the file
to itself, which is how another program holding it open is detected, and
it also folds the WAL into the file, so no stale ``-wal`` or ``-shm`` file
is left to be read with the restored one.  The restored file keeps the
tracker's id, so its backups stay together.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from .backup import (
    TRACKER_ID_KEY,
    make_backup,
    new_backup_path,
    new_file_mode,
    parse_backup_name,
    prepare_folder,
    prune,
    tracker_id,
)
from .connection import Connection
from .core import BUSY_TIMEOUT_MS, Clock, TrackerCore, new_uid, utc_now
from .errors import TrackerError, TrackerFileError
from .messages import translate
from .schema import APPLICATION_ID
from .store import SQLITE_HEADER, inspect_file


def check_backup(backup: Path) -> None:
    """Refuse (one sentence, :class:`TrackerFileError`) a file that is not an intact tracker this version can open."""
    if not backup.is_file():
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: there is no backup at {backup}."
        ).format(backup=backup))
    try:
        inspect_file(backup)
    except TrackerFileError as exc:
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: {reason}"
        ).format(reason=_lower(exc))) from None
    try:
        conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        result = str(exc)
    if result != "ok":
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: the backup {name} is damaged ({result})."
        ).format(name=backup.name, result=result))


def restore_backup(
    backup: str | os.PathLike[str], tracker: str | os.PathLike[str], root: Path, *, user: str,
    clock: Clock = utc_now,
) -> Path:
    """Replace the tracker at ``tracker`` with the backup ``backup``; returns the backup of what it replaced.

    Nothing changes when the backup is refused, the tracker is open in
    another program, or the current state cannot be backed up first: each
    raises :class:`TrackerFileError` with one sentence.  A tracker too
    damaged to open is kept as it was (byte for byte) among the backups.
    """
    backup, target = Path(backup), Path(tracker)
    check_backup(backup)
    if not target.is_file():
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: there is no tracker at {target}."
        ).format(target=target))
    _refuse_other_files(target)
    with contextlib.suppress(OSError):
        if os.path.samefile(backup, target):
            raise TrackerFileError(translate("DataBackup", "Nothing was restored: that backup is the tracker itself."))
    try:
        conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: {target} cannot be opened ({problem})."
        ).format(target=target, problem=exc)) from None
    try:
        before, identity = _secure_current(conn, target, backup, root, user=user, clock=clock)
        _replace(conn, backup, target, identity)
    finally:
        conn.rollback()
        conn.close()
    prune(before.parent, also_keep=before)  # now: the backup restored from may have been today's older one
    return before


def _refuse_other_files(target: Path) -> None:
    """Only a tracker (perhaps a damaged one) is replaced: its first bytes say so even when the rest cannot be read."""
    try:
        with target.open("rb") as fh:
            head = fh.read(72)
    except OSError as exc:
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: {target} cannot be read ({problem})."
        ).format(target=target, problem=exc.strerror or exc)) from None
    if not head.startswith(SQLITE_HEADER) or int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: {target} is not a Policy Tracker file."
        ).format(target=target))


def _secure_current(
    conn: sqlite3.Connection, target: Path, backup: Path, root: Path, *, user: str, clock: Clock
) -> tuple[Path, str]:
    """Take the tracker for ourselves (no other program has it open) and back it up; returns (that backup, its id).

    On return ``conn`` holds the write lock, so nothing is written to the
    tracker between its backup and its replacement.
    """
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if not _busy(exc):
            raise _not_backed_up(exc) from None
        mode = "wal"
    except sqlite3.DatabaseError:
        return _keep_damaged(target, backup, root, clock), _backup_identity(backup, root)
    if mode != "delete":
        raise TrackerFileError(
            translate(
                "DataBackup", "Nothing was restored: {name} is open in another program or window; close it there first."
            ).format(name=target.name)
        )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    t = TrackerCore(Connection(conn), path=target, user=user, clock=clock)
    try:
        identity = tracker_id(t)
        assert identity is not None
        conn.execute("BEGIN IMMEDIATE")  # no one writes from here until the file is replaced; reading still works
        reader = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000)
        try:  # (the backup API cannot read through the connection that holds the write lock)
            before = make_backup(TrackerCore(Connection(reader), path=target, user=user, clock=clock), root,
                                 "before-restore", prune_after=False)
        finally:
            reader.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and _busy(exc):
            raise TrackerFileError(
                translate(
                    "DataBackup",
                    "Nothing was restored: {name} is being written by another program; try again when it is done."
                ).format(name=target.name)
            ) from None
        if isinstance(exc, sqlite3.OperationalError):
            raise _not_backed_up(exc) from None
        conn.rollback()
        return _keep_damaged(target, backup, root, clock), _backup_identity(backup, root)
    except TrackerError as exc:
        if "malformed" in str(exc) or "not a database" in str(exc):
            conn.rollback()
            return _keep_damaged(target, backup, root, clock), _backup_identity(backup, root)
        raise _not_backed_up(exc) from None
    return before, identity


def _busy(exc: BaseException) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _not_backed_up(exc: BaseException) -> TrackerFileError:
    return TrackerFileError(
        translate(
            "DataBackup",
            "Nothing was restored, because the tracker as it is now could not be backed up first: {reason}"
        ).format(reason=_lower(exc))
    )


def _backup_identity(backup: Path, root: Path) -> str:
    """The id to file a damaged tracker's copy under: the backup's own folder when it is one of ours."""
    with contextlib.suppress(OSError, ValueError):
        if backup.resolve().parent.parent == root.resolve() and parse_backup_name(backup) is not None:
            return backup.resolve().parent.name
    return new_uid()


def _keep_damaged(target: Path, backup: Path, root: Path, clock: Clock) -> Path:
    """A tracker SQLite cannot read is copied as it is (with its WAL) among the backups before it is replaced."""
    folder = prepare_folder(root, _backup_identity(backup, root))
    kept = new_backup_path(folder, clock(), "before-restore")
    try:
        shutil.copyfile(target, kept)
        wal = Path(f"{target}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{kept}-wal"))
    except OSError as exc:
        raise TrackerFileError(
            translate(
                "DataBackup", "Nothing was restored, because the damaged tracker could not be kept first: {problem}."
            ).format(problem=exc.strerror or exc)
        ) from None
    return kept


def _replace(conn: sqlite3.Connection, backup: Path, target: Path, identity: str) -> None:
    """Copy ``backup`` next to ``target`` with the backup API, flush it, and rename it over ``target``."""
    for stale in target.parent.glob(f".{target.name}.*.restoring"):  # left by a restore that was killed:
        with contextlib.suppress(OSError):  # we hold the tracker, so no other restore is writing one now
            stale.unlink()
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".restoring")
    os.close(fd)
    tmp = Path(name)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        copy = sqlite3.connect(str(tmp))
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            copy.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [TRACKER_ID_KEY, identity],
            )
            copy.commit()
        finally:
            copy.close()
            source.close()
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, new_file_mode(target))
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
            # The tracker is out of WAL mode and locked by us: these belong to nobody now.
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise TrackerFileError(translate(
            "DataBackup", "Nothing was restored: the restored file could not be written ({reason})."
        ).format(reason=reason)) from None
    with contextlib.suppress(OSError):  # the rename itself reaches the disk
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _lower(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if not text.endswith("."):
        text += "."
    return text[:1].lower() + text[1:]


__all__ = ["check_backup", "restore_backup"]
