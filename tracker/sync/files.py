"""Writing files whole or not at all: a temporary name in the same folder, flushed, then renamed.

A sync tool (Syncthing, Nextcloud) or a USB copy must never pick up half a
file, and a crash must never leave a half-written key where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

#: Every temporary file starts with this, so a folder listing can ignore (and tidy) a crashed write's leftovers.
TEMP_PREFIX = ".pt-tmp-"


class FileExistsRefusal(FileExistsError):
    """A write-once file already exists: it is never overwritten."""


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder, and NTFS journals the rename itself."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(folder: Path, data: bytes, mode: int) -> Path:
    """A new temporary file in ``folder`` holding ``data``, flushed to disk; created with ``mode`` (no umask race)."""
    tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    os.close(fd)
    return tmp


def write_once(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write ``path`` whole, never replacing an existing file (raises :class:`FileExistsRefusal` then).

    The file appears under its name only complete: ``os.link`` of the flushed
    temporary file fails if the name exists, so two writers cannot overwrite
    each other.  Where links are not supported (FAT on a USB stick) the name is
    checked just before ``os.replace``; there only one program writes a
    member's files, so the check suffices.
    """
    tmp = _write_temp(path.parent, data, mode)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise FileExistsRefusal(f"{path} already exists and is never overwritten.") from None
        except OSError:
            if path.exists():
                raise FileExistsRefusal(f"{path} already exists and is never overwritten.") from None
            os.replace(tmp, path)
        _fsync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def replace_private(path: Path, data: bytes) -> None:
    """Write ``path`` whole (mode 0600), replacing the old version only once the new one is on disk."""
    tmp = _write_temp(path.parent, data, 0o600)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(path.parent)


def private_folder(folder: Path) -> Path:
    """``folder``, made if missing with mode 0700 (keys and sync state are the user's alone)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder
