"""What each change was made from: the lineage that tells a merge apart from a conflict (issue 14).

Two copies of a shared tracker change offline and exchange changesets.  A
changeset says what a row became, not what its author had seen; so each
history entry and each assessment names what it was made from, in a column
``follows``: the uids of the row's (or the cell's) *tips* when it was written
here, sorted and separated by spaces.  A tip is an entry nothing written
since names.  On one computer the entries of a row form a chain, one tip at a
time.  Two entries written on two computers from the same tip both name it:
after they meet, the row has two tips — a fork.  A fork of a record's history
is an edit conflict (the same evidence or codebook row changed on both
sides); a fork of a cell's assessments is "conflicting judgements" (two
statuses set without seeing each other).

Whatever order the files arrive in, every copy ends with the same entries and
so finds the same forks (the ``follows`` values travel with the rows).  An
entry written after the fork names every tip, which closes it: that is how a
person settles a conflict (:mod:`db.merge`).

Plain SQL over any DB-API connection (Python's ``sqlite3`` in the app, apsw
while a changeset applies): no Qt, no tracker object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .core import TrackerCore


class Executes(Protocol):
    """What lineage needs of a connection: ``execute`` returning rows (sqlite3 and apsw both do)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


#: The tips of one record's history (?1 table, ?2 key), in uid order.  Each entry costs two index probes
#: (db.rekey's ``history_follows``, ``history_merges``): an entry follows one other almost always, several
#: only where a conflict was settled.
ROW_TIPS_SQL = (
    "SELECT h.uid FROM history h WHERE h.table_name = ?1 AND h.row_key = ?2"
    " AND NOT EXISTS (SELECT 1 FROM history n WHERE n.follows = h.uid)"
    " AND NOT EXISTS (SELECT 1 FROM history n WHERE n.table_name = ?1 AND n.row_key = ?2"
    " AND instr(n.follows, ' ') > 0 AND instr(n.follows, h.uid) > 0) ORDER BY h.uid"
)
#: The tips of one cell's assessments (?1 country, ?2 recommendation), in uid order: two probes a status
#: (``assessments_follows``, ``assessments_merges``).
CELL_TIPS_SQL = (
    "SELECT a.uid FROM assessments a WHERE a.country_code = ?1 AND a.recommendation_code = ?2"
    " AND NOT EXISTS (SELECT 1 FROM assessments n WHERE n.follows = a.uid)"
    " AND NOT EXISTS (SELECT 1 FROM assessments n WHERE n.country_code = ?1 AND n.recommendation_code = ?2"
    " AND instr(n.follows, ' ') > 0 AND instr(n.follows, a.uid) > 0) ORDER BY a.uid"
)
#: The history's name for a cell's judgements (the record a person's "keep these" settles): see
#: :func:`cell_key`.
CELLS_TABLE = "cells"


def cell_key(country: str, recommendation: str) -> str:
    """The history's key of a cell: ``country:recommendation``."""
    return f"{country}:{recommendation}"


def row_tips(conn: Executes, table: str, key: str) -> list[str]:
    """The uids of the record's history tips (more than one: its versions conflict)."""
    return [str(r[0]) for r in conn.execute(ROW_TIPS_SQL, (table, key)).fetchall()]


def cell_tips(conn: Executes, country: str, recommendation: str) -> list[str]:
    """The uids of the cell's assessment tips (more than one: conflicting judgements)."""
    return [str(r[0]) for r in conn.execute(CELL_TIPS_SQL, (country, recommendation)).fetchall()]


def follows_value(tips: list[str]) -> str | None:
    """``follows`` as stored: the tips in uid order, separated by spaces; None when there were none."""
    return " ".join(sorted(tips)) or None


# ---------------------------------------------------------------- the open conflicts, kept by the copy
#: The cells whose statuses fork and that nobody has settled, and the records whose versions fork.  Derived
#: (never in a changeset): :mod:`db.merge` sets them when changes arrive, and a local write that names every
#: tip clears its own.  Small (empty but for the conflicts), so the matrix reads them whole.
CONFLICT_TABLES: dict[str, str] = {
    "cell_conflicts": (
        "CREATE TABLE IF NOT EXISTS cell_conflicts (country_code TEXT NOT NULL, recommendation_code TEXT NOT NULL,"
        " PRIMARY KEY (country_code, recommendation_code)) WITHOUT ROWID"
    ),
    "row_conflicts": (
        "CREATE TABLE IF NOT EXISTS row_conflicts (table_name TEXT NOT NULL, row_key TEXT NOT NULL,"
        " PRIMARY KEY (table_name, row_key)) WITHOUT ROWID"
    ),
}


def cell_is_settled(conn: Executes, country: str, recommendation: str, tips: list[str]) -> bool:
    """Whether someone kept the cell's current statuses as they are (a history entry naming exactly ``tips``)."""
    found = conn.execute(
        "SELECT 1 FROM history WHERE table_name = ? AND row_key = ? AND follows = ? LIMIT 1",
        (CELLS_TABLE, cell_key(country, recommendation), follows_value(tips)),
    ).fetchall()
    return bool(found)


def refresh_cell(conn: Executes, country: str, recommendation: str) -> bool:
    """Flag or unflag the cell's conflicting judgements from its statuses; returns whether it is flagged."""
    tips = cell_tips(conn, country, recommendation)
    flagged = False
    if len(tips) > 1:  # two people who reached the same status do not conflict
        marks = ", ".join("?" for _ in tips)
        statuses = conn.execute(f"SELECT DISTINCT status_code FROM assessments WHERE uid IN ({marks})",
                                tuple(tips)).fetchall()
        flagged = len(statuses) > 1 and not cell_is_settled(conn, country, recommendation, tips)
    if flagged:
        conn.execute("INSERT OR IGNORE INTO cell_conflicts (country_code, recommendation_code) VALUES (?, ?)",
                     (country, recommendation))
    else:
        conn.execute("DELETE FROM cell_conflicts WHERE country_code = ? AND recommendation_code = ?",
                     (country, recommendation))
    return flagged


def refresh_row(conn: Executes, table: str, key: str) -> bool:
    """Flag or unflag a record whose versions fork (and say different things); returns whether it is flagged."""
    tips = row_tips(conn, table, key)
    flagged = False
    if len(tips) > 1:  # two copies that made the very same change do not conflict
        marks = ", ".join("?" for _ in tips)
        said = conn.execute(f"SELECT DISTINCT action, coalesce(after, '') FROM history WHERE uid IN ({marks})",
                            tuple(tips)).fetchall()
        flagged = len(said) > 1
    if flagged:
        conn.execute("INSERT OR IGNORE INTO row_conflicts (table_name, row_key) VALUES (?, ?)", (table, key))
    else:
        conn.execute("DELETE FROM row_conflicts WHERE table_name = ? AND row_key = ?", (table, key))
    return flagged


def flagged_cells(t: TrackerCore) -> set[tuple[str, str]]:
    """The cells with conflicting judgements (small: the matrix reads it whole at start-up, so here, where
    importing costs nothing, rather than in :mod:`db.merge`)."""
    return {(str(c), str(r)) for c, r in t.db.execute(
        "SELECT country_code, recommendation_code FROM cell_conflicts").fetchall()}


def conflict_count(t: TrackerCore) -> int:
    """How many conflicts wait for a person (records and cells)."""
    rows = t.db.execute("SELECT (SELECT count(*) FROM row_conflicts) + (SELECT count(*) FROM cell_conflicts)")
    return int(rows.fetchall()[0][0])
