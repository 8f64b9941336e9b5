"""Places on this computer: the user's data folder, and why a place cannot be written (a read-only folder,
a read-only file, a full disk).

Shared by opening a tracker (:mod:`db.store`) and writing copies and backups
(:mod:`db.backup`), so every such failure is said the same way, in words a
person acts on ("the disk is full"), not the operating system's.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

from .messages import translate

#: The data folder's names, as Qt's QStandardPaths makes them from the organisation and application names.
APP_DIR_NAME = "PolicyTracker"
APP_NAME = "Policy Tracker"

#: Less free space than this (SQLite's -shm file alone takes 32 KiB) and a tracker is opened read-only.
MIN_FREE_BYTES = 256 * 1024

#: The ends of sentences ("Nothing was saved, because ..."), translatable (see :mod:`db.messages`).
READ_ONLY_FOLDER = translate("DataFile", "its folder cannot be written to")
READ_ONLY_FILE = translate("DataFile", "the file cannot be written to")
DISK_FULL = translate("DataFile", "the disk is full")
PATH_TOO_LONG = translate(
    "DataFile", "its path is too long for SQLite to open; move it to a folder with a shorter path"
)

#: The longest path SQLite opens, in bytes with the final NUL (its Unix file layer's MAX_PATHNAME).
SQLITE_MAX_PATH_BYTES = 512


def path_too_long(path: str | os.PathLike[str]) -> bool:
    """Whether SQLite cannot open ``path`` for its length alone (a tracker deep in synced folders)."""
    return len(os.fsencode(Path(path).absolute())) >= SQLITE_MAX_PATH_BYTES


def default_data_dir() -> Path:
    """The user's own data folder for Policy Tracker, found without Qt, so the app and the command line agree.

    ``$POLICY_TRACKER_DATA_DIR`` (tests point it at a temporary folder), else
    what Qt calls the app's local data location: ``$XDG_DATA_HOME`` (or
    ``~/.local/share``)``/PolicyTracker/Policy Tracker`` on Linux,
    ``~/Library/Application Support/PolicyTracker/Policy Tracker`` on macOS and
    ``%LOCALAPPDATA%\\PolicyTracker\\Policy Tracker`` on Windows (local, not roaming:
    backups stay on this computer).
    """
    override = os.environ.get("POLICY_TRACKER_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME / APP_NAME


def write_block(path: str | os.PathLike[str]) -> str | None:
    """Why the tracker at ``path`` cannot be written (None: it can), as the end of a sentence.

    SQLite writes beside the file (the -wal and -shm files of WAL mode), so a
    folder that cannot be written to makes even reading fail unless the file
    is opened as immutable; a full disk cannot hold the -shm file either.
    ``os.access`` also answers for root (a read-only mount, an immutable folder).
    """
    path = Path(path)
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return READ_ONLY_FOLDER
    if path.exists() and not os.access(path, os.W_OK):
        return READ_ONLY_FILE
    try:
        free = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs (Windows): the write will say it
        return None
    if free.f_bavail * free.f_frsize < MIN_FREE_BYTES:
        return DISK_FULL
    return None


def failure_cause(exc: BaseException, path: str | os.PathLike[str] | None = None) -> str | None:
    """"the disk is full", "its folder cannot be written to" or "its path is too long …" when that is why ``exc``
    happened, else None."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY_FOLDER
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return DISK_FULL
    if code == sqlite3.SQLITE_CANTOPEN and path is not None and path_too_long(path):
        return PATH_TOO_LONG
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR) and path is not None:
        return write_block(path)
    return None
