"""A tracker's connection: plain ``sqlite3`` with the few sqlite-utils habits the data layer relies on.

Why not a ``sqlite_utils.Database`` from the start: importing sqlite-utils
(with click, dateutil and pluggy, which it loads) costs about 60 ms, a third
of the app's start-up, and opening a tracker and painting the matrix needs
none of it.  :class:`Connection` behaves as ``Database`` does for what the
app uses on every interaction (``execute`` commits a lone write, ``query``
yields dicts, ``atomic`` nests as savepoints, recursive triggers on) and
hands out a real ``sqlite_utils.Database`` over the same connection
(:attr:`Connection.utils`) only where its table helpers are wanted:
migrations, codebook edits.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from .errors import TrackerError
from .messages import translate

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

Params = Sequence[Any] | dict[str, Any] | None

#: Statements that control transactions themselves: never committed behind the caller's back.
_TRANSACTION_WORDS = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
#: Statements that write rows: outside a transaction they run inside their own ``BEGIN IMMEDIATE``.
_WRITE_WORDS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE"})
#: A write to the connection's own temp schema takes no lock on the file, so it needs no write lock.
_TEMP_TARGET = re.compile(r"^\s*(?:INSERT|REPLACE|UPDATE|DELETE)\b[^(]*?\btemp\.", re.IGNORECASE)
#: SQLite's primary result codes for "another connection holds the lock".
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


class BusyError(TrackerError, sqlite3.OperationalError):
    """Another program held the tracker's write lock for the whole busy timeout; nothing was written.

    Both a :class:`db.TrackerError` (its message is one sentence for the
    user) and a ``sqlite3.OperationalError`` (so code that catches database
    errors still does).
    """


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` says another connection held the lock (``SQLITE_BUSY``/``SQLITE_LOCKED``)."""
    if isinstance(exc, BusyError):
        return True
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(exc)
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


BUSY_MESSAGE = translate(
    "DataFile",
    "Another program kept this tracker busy (it was writing to it) for too long, so nothing was changed;"
    " try again in a moment.",
)


def busy_error(exc: BaseException) -> BusyError:
    """The one-sentence :class:`BusyError` for a busy ``exc`` (``exc`` itself when it is one)."""
    return exc if isinstance(exc, BusyError) else BusyError(BUSY_MESSAGE)


def begin_immediate(conn: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``: take the write lock now, waiting out the busy timeout if another program has it.

    A deferred ``BEGIN`` that reads first and writes later cannot wait: when
    another writer committed in between, the upgrade to a write lock fails
    at once with ``SQLITE_BUSY_SNAPSHOT``.  Taking the lock first makes every
    write wait its turn instead.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_busy(exc) and not isinstance(exc, BusyError):
            raise busy_error(exc) from exc
        raise


class SQL(Protocol):
    """What a function needs to run SQL: a :class:`Connection` or a ``sqlite_utils.Database``."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def execute(self, sql: str, parameters: Any = None, /) -> sqlite3.Cursor: ...

    def query(self, sql: str, params: Any = None, /) -> Iterator[dict[str, Any]]: ...


def _first_word(sql: str) -> str:
    for raw in sql.lstrip().splitlines():
        line = raw.strip()
        if line and not line.startswith("--"):
            return line.split(None, 1)[0].rstrip(";").upper()
    return ""


class Connection:
    """An open SQLite database, used as the data layer uses ``sqlite_utils.Database``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None
        # sqlite-utils turns these on for every Database; triggers were written with them on.
        conn.execute("PRAGMA recursive_triggers = on")

    @classmethod
    def memory(cls) -> Connection:
        return cls(sqlite3.connect(":memory:"))

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once (as sqlite-utils does).

        Such a lone write runs in its own ``BEGIN IMMEDIATE`` (see
        :func:`begin_immediate`), not in the deferred transaction Python's
        sqlite3 would open for it; a lock held too long by another program
        raises :class:`BusyError`.
        """
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            if not was_in_transaction and _first_word(sql) in _WRITE_WORDS and not _TEMP_TARGET.match(sql):
                begin_immediate(conn)
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception as exc:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement's implicit transaction would capture later writes
            if is_busy(exc) and not isinstance(exc, BusyError):
                raise busy_error(exc) from exc
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_word(sql) not in _TRANSACTION_WORDS):
            self.commit()
        return cursor

    def commit(self) -> None:
        """``COMMIT``; rolls back and raises when it fails (a busy lock as :class:`BusyError`)."""
        try:
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.rollback()
            if is_busy(exc) and not isinstance(exc, BusyError):
                raise busy_error(exc) from exc
            raise

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of ``sql`` as dicts, fetched as they are iterated."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows - use execute() for other statements")
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.utils.executescript(sql)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """A transaction (``BEGIN IMMEDIATE``), or a savepoint inside one that is open."""
        conn = self.conn
        if conn.in_transaction:
            import secrets  # loads hashlib and OpenSSL: not on the app's start-up path

            savepoint = f"pt_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # a RAISE(ROLLBACK) may have ended it already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        begin_immediate(conn)
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def rollback(self) -> None:
        """Roll back the open transaction; nothing when none is open."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self) -> Database:
        """A ``sqlite_utils.Database`` over this same connection (imported on first use)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def table(self, name: str) -> Table:
        return self.utils.table(name)

    def __getitem__(self, name: str) -> Table:
        return self.utils.table(name)


__all__ = ["BUSY_MESSAGE", "SQL", "BusyError", "Connection", "Params", "begin_immediate", "busy_error", "is_busy"]
