"""Opening, creating and holding a tracker file.

:class:`Tracker` is the one context object every operation and query takes:
the sqlite-utils database, the name recorded in the history, and the clock.
Nothing in the data layer is global, so tests build a fresh in-memory
tracker each and the app can hold two trackers at once.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from .codebook import Codebook, default_codebook
from .errors import NewerVersionError, NotATrackerError, TrackerFileError
from .schema import APPLICATION_ID, MIGRATION_SET, known_migrations, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

Clock = Callable[[], _dt.datetime]


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def format_timestamp(moment: _dt.datetime) -> str:
    """UTC ISO 8601 with microseconds and a Z: sorts as text in time order."""
    return moment.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uid() -> str:
    return str(uuid.uuid4())


class Tracker:
    """An open tracker: database, current user and clock."""

    def __init__(self, db: Database, *, path: Path | None, user: str, clock: Clock = utc_now) -> None:
        self.db = db
        self.path = path
        self.user = user
        self.clock = clock
        self._last_stamp = ""

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, user: str, clock: Clock = utc_now, read_only: bool = False
    ) -> "Tracker":
        """Open an existing tracker, upgrading an older schema.

        A file that is missing, not SQLite, not a tracker, or written by a
        newer version raises :class:`TrackerFileError` and is not modified.
        ``read_only`` (exports, ``check``) never writes to the file at all.
        """
        path = Path(path)
        inspect_file(path)
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            db = Database(conn)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if migrations.pending(db):
                db.close()
                raise TrackerFileError(
                    f"{path} was made by an older version of Policy Tracker; open it once in the app"
                    " or with a command that writes, so it can be upgraded."
                )
            return cls(db, path=path, user=user, clock=clock)
        db = _connect(path)
        try:
            migrations.apply(db)
        except Exception:
            db.close()
            raise
        return cls(db, path=path, user=user, clock=clock)

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        codebook: Codebook | None = None,
        *,
        user: str,
        clock: Clock = utc_now,
    ) -> "Tracker":
        """Create a new tracker file from a codebook; refuses to overwrite a file.

        The file is built under a temporary name and moved into place only
        when complete, so a failure leaves no half-made tracker behind.
        """
        path = Path(path)
        if path.exists():
            raise TrackerFileError(f"{path} already exists; choose a new file name.")
        if not path.parent.exists():
            raise TrackerFileError(f"The folder {path.parent} does not exist.")
        fd, tmp_name = tempfile.mkstemp(prefix=".new-tracker-", suffix=".db", dir=path.parent)
        os.close(fd)
        os.unlink(tmp_name)
        tmp = Path(tmp_name)
        try:
            db = _connect(tmp)
            tracker = cls(db, path=tmp, user=user, clock=clock)
            migrations.apply(db)
            from .ops import load_codebook_into  # local: ops imports this module

            load_codebook_into(tracker, codebook or default_codebook())
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            os.replace(tmp, path)
        except BaseException:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise
        return cls.open(path, user=user, clock=clock)

    @classmethod
    def in_memory(cls, codebook: Codebook | None = None, *, user: str = "tester", clock: Clock = utc_now) -> "Tracker":
        """A tracker that lives in memory: for tests and previews."""
        db = Database(memory=True)
        db.execute("PRAGMA foreign_keys = ON")
        tracker = cls(db, path=None, user=user, clock=clock)
        migrations.apply(db)
        from .ops import load_codebook_into

        load_codebook_into(tracker, codebook or default_codebook())
        return tracker

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Tracker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers for operations -------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One user edit = one transaction: all of it is saved or none."""
        with self.db.atomic() as db:
            yield db

    @contextlib.contextmanager
    def bulk_journal(self) -> Iterator[bool]:
        """For one very large write (an import): a rollback journal instead of the WAL.

        In WAL mode every page a big transaction writes goes to the WAL and
        then again into the file at the checkpoint; with a rollback journal
        new pages are written once and only the few changed old pages are
        journaled, which makes a 100,000-row import a second or more faster.
        Still all or nothing: a crash leaves a hot journal that SQLite rolls
        back on the next open.  Leaving WAL needs the file to itself, so when
        another connection has it open (the app while its import worker
        writes), nothing changes and this yields False.  Readers in other
        programs wait for the import to finish instead of reading alongside
        it.  WAL mode is back on afterwards.  Use outside any transaction.
        """
        if self.path is None or self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            yield False
            return
        conn = self.db.conn
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            switched = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        except sqlite3.OperationalError:  # "database is locked": someone else has it open
            switched = False
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            yield switched
        finally:
            if switched:
                with contextlib.suppress(sqlite3.OperationalError):
                    conn.execute("PRAGMA journal_mode = WAL")

    def now(self) -> str:
        """A timestamp for ``recorded_at``; strictly increasing within a session."""
        stamp = format_timestamp(self.clock())
        if stamp <= self._last_stamp:
            # Two edits in the same microsecond (or a clock step back) must
            # still sort in the order they were made.
            last = _dt.datetime.strptime(self._last_stamp, "%Y-%m-%dT%H:%M:%S.%fZ")
            stamp = format_timestamp((last + _dt.timedelta(microseconds=1)).replace(tzinfo=_dt.timezone.utc))
        self._last_stamp = stamp
        return stamp

    def today(self) -> str:
        return self.clock().date().isoformat()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def inspect_file(path: Path) -> None:
    """Check that ``path`` is a tracker this version can open, without writing to it.

    Reads the SQLite header, then opens the file read-only to check the
    application id and the applied migrations.
    """
    if not path.exists():
        raise TrackerFileError(f"There is no tracker at {path}.")
    if path.is_dir():
        raise NotATrackerError(f"{path} is a folder, not a tracker file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise TrackerFileError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if header != SQLITE_HEADER:
        raise NotATrackerError(f"{path} is not a Policy Tracker file (it is not an SQLite database).")
    # A rollback journal left by a program that stopped mid-write (a large
    # import uses one) must be played back before the file can be read, and
    # a read-only connection cannot do that: open read-write in that case.
    journal = Path(f"{path}-journal")
    mode = "rw" if journal.exists() and journal.stat().st_size > 0 else "ro"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise TrackerFileError(f"{path} cannot be opened: {exc}.") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise NotATrackerError(f"{path} is an SQLite database but not a Policy Tracker file.")
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "no such table" in str(exc):
            raise NotATrackerError(f"{path} is not a complete Policy Tracker file (its schema is missing).") from None
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise TrackerFileError(
                f"{path} is busy: another program is writing to it (an import?). Try again when it has finished."
            ) from None
        if mode == "rw" and isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
            raise TrackerFileError(
                f"{path} was left half-written by a program that stopped; it can be restored only where the"
                " file and its folder can be written to."
            ) from None
        raise NotATrackerError(f"{path} is not a readable Policy Tracker file ({exc}).") from None
    finally:
        conn.close()
    unknown = applied - set(known_migrations())
    if unknown:
        raise NewerVersionError(
            f"{path} was written by a newer version of Policy Tracker; update the app to open it."
        )
