"""The connection every operation and query works on: database, user, clock.

:class:`TrackerCore` holds an open database and what an edit needs from
it (one transaction, a timestamp, the current user).  It is the bottom of
the data layer: :mod:`db.ops` takes it, and :class:`db.store.Tracker` adds
opening and creating files on top of it (creating one needs the operations
that fill in a codebook), so imports run one way: store → ops → core.
Nothing in the data layer is global, so tests build a fresh in-memory
tracker each and the app can hold two trackers at once.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

from .connection import BusyError, Connection, begin_immediate, busy_error, is_busy

#: How long a connection waits for another one's write to finish before
#: giving up with "database is locked".
BUSY_TIMEOUT_MS = 5000

Clock = Callable[[], _dt.datetime]


def utc_now() -> _dt.datetime:
    return _dt.datetime.now(_dt.UTC)


def format_timestamp(moment: _dt.datetime) -> str:
    """UTC ISO 8601 with microseconds and a Z: sorts as text in time order."""
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uid() -> str:
    import uuid  # uuid loads platform: not on the app's start-up path

    return str(uuid.uuid4())


#: The namespace of :func:`stable_uid` (a fixed random UUID: these uids are Policy Tracker's own).
_STABLE_NAMESPACE = "5f0b8c1e-4b8e-4d53-9a57-7c1f0f2d9e41"


def stable_uid(*parts: object) -> str:
    """A uid derived from ``parts`` (a name-based UUID, version 5): the same on every copy of a tracker.

    For records whose identity is a name two copies share (a recommendation's
    code), and for records the upgrade to uid keys (m007) gives a uid: each
    copy of a shared tracker upgrades on its own and must give the same record
    the same uid, or their changesets would never meet.
    """
    import uuid

    name = "\x1f".join("" if p is None else str(p) for p in parts)
    return str(uuid.uuid5(uuid.UUID(_STABLE_NAMESPACE), name))


class TrackerCore:
    """An open tracker: database, current user and clock."""

    def __init__(self, db: Connection, *, path: Path | None, user: str, clock: Clock = utc_now) -> None:
        self.db = db
        self.path = path
        self.user = user
        self.clock = clock
        self._last_stamp = ""

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- helpers for operations -------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One user edit = one transaction: all of it is saved or none.

        The outermost block begins with ``BEGIN IMMEDIATE``: it takes the
        write lock at once, so when another program is writing this waits
        out the busy timeout, instead of reading first and then failing with
        "database is locked" when it upgrades to write (SQLite cannot wait
        there without risking a deadlock).  A nested block is a savepoint
        inside the outer transaction.  A lock held past the timeout raises
        :class:`db.connection.BusyError` (a one-sentence ``TrackerError``), and
        nothing of the block is written.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic() as db:
                yield db
            return
        begin_immediate(conn)
        try:
            yield self.db
        except BaseException as exc:
            # A no-op if the error already ended the transaction.
            self.db.rollback()
            if is_busy(exc) and not isinstance(exc, BusyError):
                raise busy_error(exc) from exc
            raise
        self.db.commit()

    @contextlib.contextmanager
    def busy_wait(self, ms: int) -> Iterator[None]:
        """In this block, wait at most ``ms`` for another program's write lock (then :class:`BusyError`).

        For the window, which retries on a timer between short waits instead
        of freezing for the whole timeout.  Inside an open transaction the
        lock is already held, so nothing changes.  The wait is put back as found.
        """
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        was = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute(f"PRAGMA busy_timeout = {int(ms)}")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile: nothing to put back
                conn.execute(f"PRAGMA busy_timeout = {was}")

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
            last = _dt.datetime.fromisoformat(self._last_stamp)  # the Z makes it UTC
            stamp = format_timestamp(last + _dt.timedelta(microseconds=1))
        self._last_stamp = stamp
        return stamp

    def today(self) -> str:
        return self.clock().date().isoformat()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]


__all__ = ["BUSY_TIMEOUT_MS", "Clock", "TrackerCore", "format_timestamp", "new_uid", "utc_now"]
