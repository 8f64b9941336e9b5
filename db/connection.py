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
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

Params = Sequence[Any] | dict[str, Any] | None

#: Statements that control transactions themselves: never committed behind the caller's back.
_TRANSACTION_WORDS = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


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
        """Run one statement; a write outside a transaction is committed at once (as sqlite-utils does)."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed statement's implicit transaction would capture later writes
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_word(sql) not in _TRANSACTION_WORDS):
            conn.execute("COMMIT")
        return cursor

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
        """A transaction (``BEGIN``), or a savepoint inside one that is open."""
        conn = self.conn
        if conn.in_transaction:
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
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

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


__all__ = ["SQL", "Connection", "Params"]
