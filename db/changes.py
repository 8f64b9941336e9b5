"""What other programs changed in a tracker, read back from its history.

A window keeps its views current from the :class:`~db.ops.Change` each of its
own edits returns.  Another program writing the same file (a second window,
the command line, a sync) tells it nothing, but every edit of every program
is recorded in the ``history`` table, in commit order (the table's rowid: local,
never replicated, and writers take turns; a sync's arriving entries get the next
ones).  So a window remembers the last history id it has seen and, when
``PRAGMA data_version`` says another connection committed, turns the newer entries into one Change naming the
cells, evidence, assessments and review proposals they touched: the views refresh only those,
exactly as after their own edits.  Codebook tables (recommendations,
countries, groups, statuses, grades, settings) and anything unknown make it a
codebook Change (reload everything); so do more than :data:`MAX_ENTRIES`
entries (an import), where reloading is cheaper than patching.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import field
from typing import Any

from .core import TrackerCore
from .ops import Change
from .records import record

Cell = tuple[str, str]

#: More entries than this since the last look are not read one by one: the
#: views reload everything (one import writes a history entry per record).
MAX_ENTRIES = 500

#: The tables whose rows appear as cells, evidence, assessments and review
#: proposals; any other table named in the history is part of the codebook.
_RECORD_TABLES = ("evidence", "assessments", "proposals")


@record
class ExternalChange(Change):
    """A :class:`Change` made by other programs, with who made it.

    ``entries`` counts the history entries it covers; ``users`` names their
    authors, most entries first, and ``counts`` how many each wrote; ``authors`` gives the last author of each
    evidence or assessment uid named (a form open on it can say who),
    ``cell_authors`` the last author of each cell named, and ``deleted`` the
    uids whose last entry deleted them.
    """

    entries: int = 0
    users: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    authors: dict[str, str] = field(default_factory=dict)
    cell_authors: dict[Cell, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)


def data_version(t: TrackerCore) -> int | None:
    """``PRAGMA data_version``: it changes when another connection commits to the file, never for ours.

    None when the file cannot be read just now (another program holds it
    locked outside WAL): asked without waiting, so a window polling it never
    stalls; the caller asks again later.  None too while this connection is
    inside a transaction of its own (an edit that let the event loop run):
    the history then holds its uncommitted entries, which are not news.
    """
    conn = t.db.conn
    if conn.in_transaction:
        return None
    waits = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])  # put back as found: a retrying writer sets its own
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None
        raise
    finally:
        conn.execute(f"PRAGMA busy_timeout = {waits}")


def last_history_id(t: TrackerCore) -> int:
    """The newest history entry's id (0 for none): where a window starts watching from."""
    return int(t.db.execute("SELECT coalesce(max(rowid), 0) FROM history").fetchone()[0])


def changes_since(t: TrackerCore, history_id: int, *, limit: int = MAX_ENTRIES) -> tuple[ExternalChange, int]:
    """Everything the history records after entry ``history_id``, as one Change, and the newest id read.

    Reads at most ``limit + 1`` entries; beyond ``limit`` the Change is a
    codebook change (reload everything) and only the authors are counted.
    """
    rows = t.db.execute(
        "SELECT rowid, user, action, table_name, row_key, before, after FROM history"
        " WHERE rowid > ? ORDER BY rowid LIMIT ?",
        [history_id, limit + 1],
    ).fetchall()
    change = ExternalChange("external")
    if not rows:
        newest = last_history_id(t)
        if newest < history_id:  # fewer entries than seen: the contents were replaced (a backup restored)
            change.codebook = True
        return change, newest
    if len(rows) > limit:
        newest = last_history_id(t)
        by_user = t.db.execute(
            "SELECT user, count(*) FROM history WHERE rowid > ? AND rowid <= ? GROUP BY user", [history_id, newest]
        ).fetchall()
        users = Counter(dict(by_user))
        change.codebook = True
        change.entries = sum(users.values())
        change.counts = dict(users.most_common())
        change.users = list(change.counts)
        return change, newest
    users = Counter(row[1] for row in rows)
    change.entries = len(rows)
    change.counts = dict(users.most_common())
    change.users = list(change.counts)
    unknown_cells: dict[str, list[tuple[str, str]]] = {table: [] for table in _RECORD_TABLES}
    for _id, user, action, table, key, before, after in rows:
        if table not in _RECORD_TABLES:
            change.codebook = True
            continue
        change.authors[key] = user
        if action == "delete":
            change.deleted.add(key)
        else:
            change.deleted.discard(key)
        {"evidence": change.evidence, "assessments": change.assessments, "proposals": change.proposals}[table].add(key)
        try:
            cells = _cells_in(table, before) | _cells_in(table, after)
        except (ValueError, TypeError, KeyError, AttributeError):
            change.codebook = True  # an entry this version cannot read: reload everything
            continue
        change.cells |= cells
        change.cell_authors.update(dict.fromkeys(cells, user))
        if after is None and action != "delete":
            unknown_cells[table].append((key, user))  # an import's entry keeps no copy: the record says
    for cell, user in _current_cells(t, unknown_cells):
        change.cells.add(cell)
        change.cell_authors[cell] = user
    return change, rows[-1][0]


def _cells_in(table: str, snapshot: str | None) -> set[Cell]:
    """The cells a history snapshot names (evidence: its links; an assessment or a proposal: its cell)."""
    if snapshot is None:
        return set()
    data: Any = json.loads(snapshot)
    if table == "evidence":
        return {_cell(text) for text in data.get("cells") or ()}
    return {(str(data["country_code"]), str(data["recommendation_code"]))}


def _cell(text: str) -> Cell:
    country, recommendation = str(text).split(":", 1)
    return country, recommendation


def _current_cells(t: TrackerCore, entries: dict[str, list[tuple[str, str]]]) -> list[tuple[Cell, str]]:
    """The cells of records whose entries keep no copy (an import's), read from the records, with their authors."""
    found: list[tuple[Cell, str]] = []
    for table, sql in (
        ("evidence", "SELECT e.uid, l.country_code, l.recommendation_code FROM evidence e"
                     " JOIN evidence_links l ON l.evidence_uid = e.uid WHERE e.uid IN ({marks})"),
        ("assessments", "SELECT uid, country_code, recommendation_code FROM assessments WHERE uid IN ({marks})"),
    ):
        author = dict(entries[table])
        if not author:
            continue
        marks = ", ".join("?" for _ in author)
        for uid, country, rec in t.db.execute(sql.format(marks=marks), list(author)).fetchall():
            found.append(((str(country), str(rec)), author[uid]))
    return found


__all__ = ["MAX_ENTRIES", "ExternalChange", "changes_since", "data_version", "last_history_id"]
