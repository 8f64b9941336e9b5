"""Save a copy of a tracker: a consistent snapshot, written whole or not at all.

SQLite's backup API copies the pages of one consistent read transaction, so
the copy is safe to take while the app (or an import) has the tracker open;
copying the file with the operating system could catch it mid-write or miss
what is still in the WAL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from .core import TrackerCore
from .errors import TrackerFileError


def save_copy(t: TrackerCore, dest: str | os.PathLike[str], *, overwrite: bool = True) -> None:
    """Write a consistent copy of the open tracker ``t`` to ``dest``.

    The copy is built under a temporary name in the destination folder and
    renamed into place only when complete, so a failure never leaves a
    half-written file where a good one was.  The copy uses a rollback journal
    (no ``-wal`` file beside it), so it is one self-contained file to mail or
    archive.  ``dest`` may not be the open tracker itself; with
    ``overwrite=False`` an existing ``dest`` is refused (the app's save dialog
    has already asked before replacing a file, the command line has not).

    Raises :class:`TrackerFileError` with one sentence when the copy cannot
    be written; nothing is left behind then.
    """
    target = Path(dest)
    if target.is_dir():
        raise TrackerFileError(f"{target} is a folder; give the name of the copy to write.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TrackerFileError(f"The folder {folder} does not exist.")
    if t.path is not None and _same_file(Path(t.path), target):
        raise TrackerFileError(f"{target} is the open tracker itself; choose another name for the copy.")
    if not overwrite and target.exists():
        raise TrackerFileError(f"{target} already exists; choose a new file name.")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
        copy = sqlite3.connect(tmp)
        try:
            t.db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.chmod(tmp, new_file_mode(target))
        if not overwrite and target.exists():  # appeared while the copy was being written
            raise TrackerFileError(f"{target} already exists; choose a new file name.")
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise TrackerFileError(f"The copy could not be written to {target}: {exc.strerror or exc}.") from None
    except sqlite3.Error as exc:
        raise TrackerFileError(f"The copy could not be written to {target}: {exc}.") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through links and different spellings)."""
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return a.resolve() == b.resolve()


def new_file_mode(target: Path) -> int:
    """The mode a new file would get (0666 less the umask), or the replaced file's mode.

    Files written through a private temporary file (copies, exports) get
    ordinary permissions this way instead of the temporary file's 0600.
    """
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


__all__ = ["save_copy"]
