"""A private scratch store for an import's bookkeeping that spans a whole file, kept out of memory.

An import of a million rows must remember every uid it met and the duplicate
key of every evidence it accepted or found in the tracker; in a dict that
grows with the file.  This is a temporary SQLite database instead (deleted
when closed, never the tracker): memory stays flat however long the file.
Here because db/ is the only code that runs SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

#: Most values bound in one ``IN (...)`` list.
_CHUNK = 900


class ImportScratch:
    """The uids met so far and the duplicate keys of existing and accepted evidence.

    Keys are 64-bit hashes of (date, URL or title, cells); each remembers the
    line of the file that gave it (0 for evidence of the tracker) and the uid.
    """

    def __init__(self) -> None:
        self.conn = sqlite3.connect("")
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA cache_size = -2048")
        # existing: 1 for keys read from the tracker, 0 for keys of rows of the file
        self.conn.execute("CREATE TABLE keys (h INTEGER PRIMARY KEY, line INTEGER, uid TEXT, existing INTEGER)")
        self.conn.execute("CREATE TABLE uids (uid TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID")
        self.conn.execute("CREATE TABLE touched (uid TEXT PRIMARY KEY) WITHOUT ROWID")

    def close(self) -> None:
        self.conn.close()

    def _find(self, sql: str, keys: list[Any]) -> dict[Any, Any]:
        found: dict[Any, Any] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            for row in self.conn.execute(sql.format(", ".join("?" * len(chunk))), chunk):
                found[row[0]] = row[1:]
        return found

    def find_keys(self, keys: list[int]) -> dict[int, tuple[int, str | None]]:
        """(line, uid) of each of ``keys`` known so far."""
        return self._find("SELECT h, line, uid FROM keys WHERE h IN ({})", keys)

    def add_keys(self, rows: Iterable[tuple[int, int, str | None]], *, existing: bool = False) -> None:
        """Remember (key, line, uid) rows; a key already known keeps its first row."""
        self.conn.executemany(
            f"INSERT OR IGNORE INTO keys (h, line, uid, existing) VALUES (?, ?, ?, {int(existing)})", rows
        )

    def touch(self, uids: Iterable[tuple[str | None]]) -> None:
        """Records whose key rows of the file changed before the tracker's keys were read."""
        self.conn.executemany("INSERT OR IGNORE INTO touched (uid) VALUES (?)", uids)

    def forget_touched(self) -> None:
        """Drop the tracker's (stale) keys of touched records; the file's rows gave their new ones."""
        self.conn.execute("DELETE FROM keys WHERE existing = 1 AND uid IN (SELECT uid FROM touched)")
        self.conn.execute("DELETE FROM touched")

    def drop_keys(self, keys: Iterable[int]) -> None:
        """Forget these keys (their evidence no longer has them)."""
        self.conn.executemany("DELETE FROM keys WHERE h = ?", [(k,) for k in keys])

    def find_uids(self, uids: list[str]) -> dict[str, tuple[int]]:
        """(line,) where each of ``uids`` was first met."""
        return self._find("SELECT uid, line FROM uids WHERE uid IN ({})", uids)

    def add_uids(self, rows: Iterable[tuple[str, int]]) -> None:
        """Remember (uid, line) rows."""
        self.conn.executemany("INSERT OR IGNORE INTO uids (uid, line) VALUES (?, ?)", rows)
