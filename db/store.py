"""Opening, creating and holding a tracker file.

:class:`Tracker` is the one context object every operation and query takes:
the database, the name recorded in the history, and the clock (all of which
live in :class:`db.core.TrackerCore`, which the operations take).  This
module adds opening a file (refusing what is not a tracker this version can
read) and creating one from a codebook, which uses the operations: imports
run store → ops → core, never back.

Upgrading a tracker written by an older version (:func:`pending_upgrade`,
:func:`upgrade`) applies every pending migration in one transaction, so an
upgrade that fails leaves the file exactly as it was; :func:`upgrade` keeps a
copy of the file as it was beside it first (an older version of the app
cannot open an upgraded file).  Connections are :class:`db.connection.Connection`:
opening a tracker never imports sqlite-utils (see that module for why).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from . import ops
from .codebook import Codebook, default_codebook
from .connection import Connection
from .core import BUSY_TIMEOUT_MS, Clock, TrackerCore, format_timestamp, new_uid, utc_now
from .errors import NewerVersionError, NotATrackerError, TrackerError, TrackerFileError
from .messages import translate
from .places import DISK_FULL, MIN_FREE_BYTES, READ_ONLY_FILE, READ_ONLY_FOLDER, failure_cause, write_block
from .schema import APPLICATION_ID, MIGRATION_SET, known_migrations, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class ReadOnlyTrackerError(TrackerError):
    """A write to a tracker opened read-only (:attr:`Tracker.read_only_reason` says why)."""


class Tracker(TrackerCore):
    """An open tracker file (or an in-memory one): database, current user and clock."""

    #: Why writing is refused (None: the tracker can be written): see :meth:`open`.
    read_only_reason: str | None = None
    #: A reading connection that may have created the -wal/-shm files: tidy them away on close.
    _tidy_on_close = False

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, user: str, clock: Clock = utc_now, read_only: bool = False
    ) -> Tracker:
        """Open an existing tracker, upgrading an older one (see :func:`upgrade`: a copy of it is kept).

        A file that is missing, not SQLite, not a tracker, or written by a
        newer version raises :class:`TrackerFileError` and is not modified.
        ``read_only`` (exports, ``check``) never writes to the file at all.
        A tracker that cannot be written (its folder is read-only, the disk is
        full: :func:`write_block`) is opened read-only instead of refused:
        reading works, and every write raises :class:`ReadOnlyTrackerError`
        saying why (:attr:`read_only_reason`).
        """
        path = Path(path)
        applied = inspect_file(path)
        blocked = None if read_only else write_block(path)
        if read_only or blocked:
            db, tidy = _connect_read_only(path)
            if migrations.pending(db):
                db.close()
                if tidy:
                    _tidy(path)
                if blocked:
                    raise TrackerFileError(
                        translate(
                            "DataFile",
                            "{path} was made by an older version of Policy Tracker and must be upgraded before it "
                            "can be opened, but {blocked}; copy it to a folder you can write to and open the copy."
                        ).format(path=path, blocked=blocked)
                    )
                raise TrackerFileError(
                    translate(
                        "DataFile",
                        "{path} was made by an older version of Policy Tracker; open it once in the app or with a "
                        "command that writes, so it can be upgraded."
                    ).format(path=path)
                )
            opened = cls(db, path=path, user=user, clock=clock)
            opened.read_only_reason = blocked or translate("DataFile", "it was opened for reading only")
            opened._tidy_on_close = tidy
            return opened
        if not applied.issuperset(known_migrations()):
            upgrade(path)  # keeps a copy of the file as it was, then upgrades it in one transaction
        db = _connect(path)
        tracker = cls(db, path=path, user=user, clock=clock)
        try:
            _apply_pending(tracker)
        except Exception:
            db.close()
            raise
        return tracker

    @property
    def read_only(self) -> bool:
        """Whether writes are refused (see :attr:`read_only_reason`)."""
        return self.read_only_reason is not None

    def read_only_message(self) -> str:
        """The one sentence every refused write says: "This tracker is read-only: its folder cannot be written to." """
        reason = self.read_only_reason or translate("DataFile", "it cannot be written to")
        return translate("DataFile", "This tracker is read-only: {reason}.").format(reason=reason)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """:meth:`TrackerCore.atomic`, refused at once on a read-only tracker, and a full disk said in words.

        Only a full disk and a read-only file become :class:`TrackerError`
        here; every other database error (a busy file) is raised as it is.
        """
        if self.read_only_reason is not None:
            raise ReadOnlyTrackerError(self.read_only_message())
        try:
            with super().atomic() as db:
                yield db
        except sqlite3.Error as exc:
            cause = failure_cause(exc, self.path)
            if cause is None or self.db.conn.in_transaction:
                raise  # an outer block rolls back and says it
            raise TrackerError(translate(
                "DataFile", "Nothing was saved, because {cause}."
            ).format(cause=cause)) from exc

    def close(self) -> None:
        super().close()
        if self._tidy_on_close and self.path is not None:
            self._tidy_on_close = False
            _tidy(self.path)

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        codebook: Codebook | None = None,
        *,
        user: str,
        clock: Clock = utc_now,
    ) -> Tracker:
        """Create a new tracker file from a codebook; refuses to overwrite a file.

        The file is built under a temporary name and moved into place only
        when complete, so a failure leaves no half-made tracker behind.
        """
        path = Path(path)
        if path.exists():
            raise TrackerFileError(translate(
                "DataFile", "{path} already exists; choose a new file name."
            ).format(path=path))
        if not path.parent.exists():
            raise TrackerFileError(translate(
                "DataFile", "The folder {folder} does not exist."
            ).format(folder=path.parent))
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".new-tracker-", suffix=".db", dir=path.parent)
        except OSError as exc:
            raise TrackerFileError(
                translate(
                    "DataFile", "{path} could not be created, because {cause}."
                ).format(path=path, cause=failure_cause(exc, path) or exc.strerror or exc)
            ) from None
        os.close(fd)
        os.unlink(tmp_name)
        tmp = Path(tmp_name)
        try:
            db = _connect(tmp)
            tracker = cls(db, path=tmp, user=user, clock=clock)
            migrations.apply(db)
            _load_codebook(tracker, codebook or default_codebook())
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            os.replace(tmp, path)
        except BaseException as exc:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            cause = failure_cause(exc, path) if isinstance(exc, (sqlite3.Error, OSError)) else None
            if cause is not None:
                raise TrackerFileError(translate(
                    "DataFile", "{path} could not be created, because {cause}."
                ).format(path=path, cause=cause)) from None
            raise
        return cls.open(path, user=user, clock=clock)

    @classmethod
    def in_memory(cls, codebook: Codebook | None = None, *, user: str = "tester", clock: Clock = utc_now) -> Tracker:
        """A tracker that lives in memory: for tests and previews."""
        db = Connection.memory()
        db.execute("PRAGMA foreign_keys = ON")
        tracker = cls(db, path=None, user=user, clock=clock)
        migrations.apply(db)
        _load_codebook(tracker, codebook or default_codebook())
        return tracker


def _load_codebook(tracker: Tracker, book: Codebook) -> None:
    """A new tracker's codebook and its translations, in one transaction."""
    from .codebook_texts import store_codebook_translations

    with tracker.atomic():
        ops.load_codebook_into(tracker, book)
        store_codebook_translations(tracker, book)


#: Most memory SQLite keeps for pages of an open tracker, in KiB.
CACHE_KIB = 32 * 1024


def _connect(path: Path) -> Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Connection(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    # SQLite's default page cache is 2 MiB; the matrix's per-cell index seeks on a
    # million-record tracker run 10-15 % faster with the hot index pages kept (32 MiB at most).
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return db


def _connect_read_only(path: Path) -> tuple[Connection, bool]:
    """A connection that never writes to ``path``; and whether to :func:`_tidy` after closing it."""
    uri, tidy = _reading_uri(path)
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    db = Connection(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db, tidy


def _reading_uri(path: Path) -> tuple[str, bool]:
    """How to read ``path`` without writing to it: (URI, tidy the -wal/-shm files after?).

    A read-only connection creates the -wal and -shm files of a WAL tracker and
    leaves them behind.  Where they cannot be created (a read-only folder, a
    full disk) and no -wal holds unsaved pages, the file is read as immutable,
    which needs neither; otherwise read-only, and when the -wal was not there
    before, :func:`_tidy` lets SQLite remove what it made.
    """
    wal = Path(f"{path}-wal")
    base = path.resolve().as_uri()
    has_wal = wal.exists()
    blocked = write_block(path)
    if blocked and blocked != READ_ONLY_FILE and not (has_wal and wal.stat().st_size > 0):
        return f"{base}?immutable=1", False
    return f"{base}?mode=ro", not has_wal and blocked is None


def _tidy(path: Path) -> None:
    """Remove the -wal and -shm files a read-only connection left, if no one else has the tracker open.

    SQLite deletes them when the last read-write connection closes (a
    checkpoint of an empty WAL writes nothing to the file); a connection that
    is not the last leaves them, as it should.
    """
    if not Path(f"{path}-wal").exists():
        return
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=0.2)
        try:
            # Any read opens the WAL; this one reads the file's header only (a query of a table would parse
            # the whole schema first: ~8 M instructions, twice in every read-only open, for nothing).
            conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()


def _apply_pending(t: TrackerCore) -> None:
    """Apply the pending migrations, all in one transaction: an upgrade happens whole or not at all.

    (sqlite-utils runs each migration in its own transaction; inside ours each
    is a savepoint.)  m001 builds a new file with a script, which would end an
    outer transaction: a file that lacks it is being created, and it runs as is.
    """
    pending = migrations.pending(t.db)
    if not pending:
        return
    if pending[0].name == known_migrations()[0]:
        migrations.apply(t.db)
        return
    with t.atomic():
        migrations.apply(t.db)


def pending_upgrade(path: str | os.PathLike[str]) -> list[str]:
    """The migrations opening ``path`` would apply (none: it is up to date), read without writing to it.

    Raises :class:`TrackerFileError` as :meth:`Tracker.open` would for a file it cannot open.
    """
    applied = inspect_file(Path(path))
    return [name for name in known_migrations() if name not in applied]


def upgrade_copy_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`upgrade` keeps the file as it was: ``tracker.before-upgrade.db`` (``-2``… if taken)."""
    path = Path(path)
    candidate = path.with_name(f"{path.stem}.before-upgrade{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.before-upgrade-{n}{path.suffix}")
        n += 1
    return candidate


def upgrade(path: str | os.PathLike[str], *, keep_copy: bool = True) -> Path | None:
    """Bring the tracker at ``path`` up to this version; returns where the copy of it as it was is kept.

    Nothing to do returns None.  The copy (SQLite's backup of one consistent
    read, see :mod:`db.backup`) is written first, beside the file, because an
    older version of the app cannot open the upgraded file.  Then every pending
    migration runs in one transaction.  If either step fails, the tracker is
    left exactly as it was, the copy is removed, and :class:`TrackerFileError`
    says so in one sentence.  Safe to run on a worker thread: it opens (and
    closes) its own connections.
    """
    from .backup import file_upgrade_copy, save_copy  # only an upgrade copies the file (not the app's start-up)

    path = Path(path)
    if not pending_upgrade(path):
        return None
    blocked = write_block(path)
    if blocked is not None:
        raise TrackerFileError(
            translate(
                "DataFile",
                "{name} was made by an older version of Policy Tracker and must be upgraded before it can be opened, "
                "but {blocked}; copy it to a folder you can write to and open the copy."
            ).format(name=path.name, blocked=blocked)
        )
    copy: Path | None = None
    if keep_copy:
        copy = upgrade_copy_path(path)
        source, tidy = _connect_read_only(path)
        try:
            save_copy(TrackerCore(source, path=path, user=""), copy, overwrite=False)
        except (TrackerError, OSError, sqlite3.Error) as exc:
            raise TrackerFileError(
                translate(
                    "DataFile",
                    "{name} was not upgraded, because a copy of it could not be kept first ({cause}); it is unchanged."
                ).format(name=path.name, cause=failure_cause(exc, copy) or _reason(exc))
            ) from None
        finally:
            source.close()
            if tidy:
                _tidy(path)
    db = _connect(path)
    try:
        _apply_pending(TrackerCore(db, path=path, user=""))
    except Exception as exc:  # any failure: the one transaction rolled back; say so once
        db.close()
        if copy is not None:
            with contextlib.suppress(OSError):
                copy.unlink()
        raise TrackerFileError(
            translate(
                "DataFile", "{name} could not be upgraded to this version ({cause}); it was left as it was."
            ).format(name=path.name, cause=failure_cause(exc, path) or _reason(exc))
        ) from exc
    db.close()
    if copy is not None:
        file_upgrade_copy(path, copy)  # also among its automatic backups (best effort: the copy above is kept)
    return copy


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split()).rstrip(".") or type(exc).__name__


def _starts_like_sqlite(path: Path) -> bool:
    """Whether ``path`` begins with SQLite's header: asked only of a file SQLite has refused as "not a database",
    which no connection of this process can be using (so closing this handle takes no one's locks)."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def inspect_file(path: Path) -> set[str]:
    """Check that ``path`` is a tracker this version can open, without writing to it; returns its applied migrations.

    Opens the file read-only through SQLite to check that it is a database, its application id and its
    applied migrations.  Never with Python's own ``open``: on POSIX, closing any file handle on a database
    drops every lock this process holds on it, so reading the header while the window (or any connection of
    this process) has the tracker open let another program think it was the file's last user and reset the
    WAL under the window.  SQLite's own connections share their locks and never do that.
    """
    if not path.exists():
        raise TrackerFileError(translate("DataFile", "There is no tracker at {path}.").format(path=path))
    if path.is_dir():
        raise NotATrackerError(translate("DataFile", "{path} is a folder, not a tracker file.").format(path=path))
    not_sqlite = translate("DataFile", "{path} is not a Policy Tracker file (it is not an SQLite database).")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TrackerFileError(translate(
            "DataFile", "{path} cannot be read: {problem}."
        ).format(path=path, problem=exc.strerror or exc)) from None
    if size == 0:  # SQLite would take an empty file for an empty database
        raise NotATrackerError(not_sqlite.format(path=path))
    if not os.access(path, os.R_OK):
        raise TrackerFileError(translate(
            "DataFile", "{path} cannot be read: {problem}."
        ).format(path=path, problem=os.strerror(errno.EACCES))) from None
    # A rollback journal left by a program that stopped mid-write (a large
    # import uses one) must be played back before the file can be read, and
    # a read-only connection cannot do that: open read-write in that case.
    journal = Path(f"{path}-journal")
    mode = "rw" if journal.exists() and journal.stat().st_size > 0 else "ro"
    uri, tidy = (f"{path.resolve().as_uri()}?mode=rw", False) if mode == "rw" else _reading_uri(path)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise TrackerFileError(translate(
            "DataFile", "{path} cannot be opened: {cause}."
        ).format(path=path, cause=failure_cause(exc, path) or exc)) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotATrackerError(translate(
                "DataFile", "{path} is an SQLite database but not a Policy Tracker file."
            ).format(path=path))
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) and not _starts_like_sqlite(path):  # else: a damaged database, below
            raise NotATrackerError(not_sqlite.format(path=path)) from None
        if isinstance(exc, sqlite3.OperationalError) and "no such table" in str(exc):
            raise NotATrackerError(translate(
                "DataFile", "{path} is not a complete Policy Tracker file (its schema is missing)."
            ).format(path=path)) from None
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise TrackerFileError(
                translate(
                    "DataFile",
                    "{path} is busy: another program is writing to it (an import?). Try again when it has finished."
                ).format(path=path)
            ) from None
        if mode == "rw" and isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
            raise TrackerFileError(
                translate(
                    "DataFile",
                    "{path} was left half-written by a program that stopped; it can be restored only where the file "
                    "and its folder can be written to."
                ).format(path=path)
            ) from None
        cause = failure_cause(exc, path)
        if cause is not None:
            raise TrackerFileError(translate(
                "DataFile", "{path} cannot be opened, because {cause}."
            ).format(path=path, cause=cause)) from None
        raise NotATrackerError(translate(
            "DataFile", "{path} is not a readable Policy Tracker file ({problem})."
        ).format(path=path, problem=exc)) from None
    finally:
        conn.close()
        if tidy:
            _tidy(path)
    unknown = applied - set(known_migrations())
    if unknown:
        raise NewerVersionError(
            translate(
                "DataFile", "{path} was written by a newer version of Policy Tracker; update the app to open it."
            ).format(path=path)
        )
    return applied


__all__ = [
    "BUSY_TIMEOUT_MS",
    "DISK_FULL",
    "MIN_FREE_BYTES",
    "READ_ONLY_FILE",
    "READ_ONLY_FOLDER",
    "SQLITE_HEADER",
    "Clock",
    "ReadOnlyTrackerError",
    "Tracker",
    "TrackerCore",
    "failure_cause",
    "format_timestamp",
    "inspect_file",
    "new_uid",
    "pending_upgrade",
    "upgrade",
    "upgrade_copy_path",
    "utc_now",
    "write_block",
]
