"""Derived tables that make the matrix's counts O(1) per cell: what they hold and how they stay exact.

Why: counting a cell's evidence as of a date by scanning every link costs
seconds at a million pieces of evidence, and so does ``count(*)`` over the
evidence and the history on every edit.  Two derived tables answer instead:

* ``cell_evidence_counts(country_code, recommendation_code, event_date, total)``:
  for every cell and every event date on which the cell has non-archived
  evidence, ``total`` is the number of non-archived evidence linked to the
  cell with ``event_date <= `` that date (a running count).  A cell's count
  as of day D is the ``total`` of its row with the latest ``event_date <= D``
  (0 without one): one index seek.  Exactly one row per (cell, date) that has
  evidence, no more (rows whose date lost its last evidence are deleted), so
  a check compares it with a recount row for row.
* ``tallies(name, n)``: whole-tracker counts (evidence, archived evidence,
  assessments, history entries) for the status bar.

Both are kept exact by SQL triggers, so every writer (operations, the bulk
writer, other programs) keeps them right.  The bulk writer drops the insert
triggers around its own statements (:data:`BULK_TRIGGERS`) and brings the
tables up to date itself (:func:`add_to_tallies`, :func:`add_cell_deltas`).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable

from .connection import SQL

Cell = tuple[str, str]

CELL_COUNTS = "cell_evidence_counts"
TALLIES = "tallies"
#: The names ``tallies`` holds, with the count each one keeps.
TALLY_QUERIES = {
    "evidence": "SELECT count(*) FROM evidence WHERE archived = 0",
    "archived_evidence": "SELECT count(*) FROM evidence WHERE archived = 1",
    "assessments": "SELECT count(*) FROM assessments",
    "history": "SELECT count(*) FROM history",
}

TABLES_SQL = {
    CELL_COUNTS: (
        f"CREATE TABLE {CELL_COUNTS} (\n"
        "    country_code TEXT NOT NULL,\n"
        "    recommendation_code TEXT NOT NULL,\n"
        "    event_date TEXT NOT NULL,\n"
        "    total INTEGER NOT NULL,\n"
        "    PRIMARY KEY (country_code, recommendation_code, event_date)\n"
        ") WITHOUT ROWID"
    ),
    TALLIES: f"CREATE TABLE {TALLIES} (\n    name TEXT PRIMARY KEY,\n    n INTEGER NOT NULL\n) WITHOUT ROWID",
}


def _running_total(cell: str, day: str, cmp: str = "<") -> str:
    """SQL: a cell's running count just before (``<``) or at (``<=``) ``day``; ``cell`` is 'c, r' expressions."""
    c, r = (x.strip() for x in cell.split(","))
    return (
        f"coalesce((SELECT p.total FROM {CELL_COUNTS} p WHERE p.country_code = {c} AND p.recommendation_code = {r}"
        f" AND p.event_date {cmp} {day} ORDER BY p.event_date DESC LIMIT 1), 0)"
    )


def cell_total(db: SQL, country: str, recommendation: str) -> int:
    """How many pieces of active evidence a cell has, whatever their dates: its running count at its latest date
    (one seek, where counting its links meant a seek per piece of evidence)."""
    row = db.execute(
        f"SELECT total FROM {CELL_COUNTS} WHERE country_code = ? AND recommendation_code = ?"
        " ORDER BY event_date DESC LIMIT 1", [country, recommendation]).fetchone()
    return int(row[0]) if row else 0


def _add(cells_sql: str, day: str, k: str, when: str) -> str:
    """Trigger statements: add ``k`` to the running count of ``cells_sql``'s cells from ``day`` on.

    Makes sure the cell has a row at ``day`` first (holding the count just
    before it), then adds ``k`` to that row and every later one, then deletes
    the row again if ``day`` has no evidence left (it equals the one before).
    """
    return (
        f"INSERT OR IGNORE INTO {CELL_COUNTS} (country_code, recommendation_code, event_date, total)"
        f" SELECT x.country_code, x.recommendation_code, {day},"
        f" {_running_total('x.country_code, x.recommendation_code', day)}"
        f" FROM ({cells_sql}) x WHERE {when};\n"
        f"  UPDATE {CELL_COUNTS} SET total = total + {k}"
        f" WHERE {when} AND (country_code, recommendation_code) IN ({cells_sql}) AND event_date >= {day};\n"
        f"  DELETE FROM {CELL_COUNTS} WHERE {when} AND (country_code, recommendation_code) IN ({cells_sql})"
        f" AND event_date = {day}"
        f" AND total = {_running_total(CELL_COUNTS + '.country_code, ' + CELL_COUNTS + '.recommendation_code', day)};"
    )


def _links_of(evidence_key: str, ref: str) -> str:
    return f"SELECT country_code, recommendation_code FROM evidence_links WHERE {ref} = {evidence_key}"


def _one_cell(row: str) -> str:
    return f"SELECT {row}.country_code AS country_code, {row}.recommendation_code AS recommendation_code"


def _live_date(evidence_key: str, key: str) -> str:
    return f"(SELECT event_date FROM evidence WHERE {key} = {evidence_key} AND archived = 0)"


def _tally(name_sql: str, k: str) -> str:
    return f"UPDATE {TALLIES} SET n = n + {k} WHERE name = {name_sql};"


_EVIDENCE_KIND = "CASE {row}.archived WHEN 0 THEN 'evidence' ELSE 'archived_evidence' END"


def _triggers(key: str, ref: str) -> dict[str, str]:
    """The triggers, for evidence keyed by ``key`` and links naming it by ``ref`` (m007 changed both)."""

    def live(row: str) -> str:
        return _live_date(f"{row}.{ref}", key)

    return {
        # A link counts on its evidence's date while the evidence is not archived.
        "cell_counts_link_insert": (
            "CREATE TRIGGER cell_counts_link_insert AFTER INSERT ON evidence_links BEGIN\n  "
            + _add(_one_cell("new"), live("new"), "1", f"{live('new')} IS NOT NULL")
            + "\nEND"
        ),
        "cell_counts_link_delete": (
            "CREATE TRIGGER cell_counts_link_delete AFTER DELETE ON evidence_links BEGIN\n  "
            + _add(_one_cell("old"), live("old"), "-1", f"{live('old')} IS NOT NULL")
            + "\nEND"
        ),
        "cell_counts_link_update": (
            "CREATE TRIGGER cell_counts_link_update AFTER UPDATE ON evidence_links BEGIN\n  "
            + _add(_one_cell("old"), live("old"), "-1", f"{live('old')} IS NOT NULL")
            + "\n  "
            + _add(_one_cell("new"), live("new"), "1", f"{live('new')} IS NOT NULL")
            + "\nEND"
        ),
        # Its date or archived flag changes: out of the old date's counts, into the new one's.
        "cell_counts_evidence_update": (
            "CREATE TRIGGER cell_counts_evidence_update AFTER UPDATE OF event_date, archived ON evidence"
            " WHEN old.event_date IS NOT new.event_date OR old.archived IS NOT new.archived BEGIN\n  "
            + _add(_links_of(f"old.{key}", ref), "old.event_date", "-1", "old.archived = 0")
            + "\n  "
            + _add(_links_of(f"new.{key}", ref), "new.event_date", "1", "new.archived = 0")
            + "\nEND"
        ),
        # Evidence deleted: delete its links first, while the evidence can still be read, so the
        # link trigger takes them out of the counts (the cascade would run after it is gone).
        "cell_counts_evidence_delete": (
            "CREATE TRIGGER cell_counts_evidence_delete BEFORE DELETE ON evidence BEGIN\n"
            f"  DELETE FROM evidence_links WHERE {ref} = old.{key};\nEND"
        ),
        "tally_evidence_insert": (
            "CREATE TRIGGER tally_evidence_insert AFTER INSERT ON evidence BEGIN\n  "
            + _tally(_EVIDENCE_KIND.format(row="new"), "1")
            + "\nEND"
        ),
        "tally_evidence_delete": (
            "CREATE TRIGGER tally_evidence_delete AFTER DELETE ON evidence BEGIN\n  "
            + _tally(_EVIDENCE_KIND.format(row="old"), "-1")
            + "\nEND"
        ),
        "tally_evidence_archive": (
            "CREATE TRIGGER tally_evidence_archive AFTER UPDATE OF archived ON evidence"
            " WHEN old.archived IS NOT new.archived BEGIN\n  "
            + _tally(_EVIDENCE_KIND.format(row="old"), "-1")
            + "\n  "
            + _tally(_EVIDENCE_KIND.format(row="new"), "1")
            + "\nEND"
        ),
        "tally_assessments_insert": (
            "CREATE TRIGGER tally_assessments_insert AFTER INSERT ON assessments BEGIN\n  "
            + _tally("'assessments'", "1")
            + "\nEND"
        ),
        "tally_assessments_delete": (
            "CREATE TRIGGER tally_assessments_delete AFTER DELETE ON assessments BEGIN\n  "
            + _tally("'assessments'", "-1")
            + "\nEND"
        ),
        "tally_history_insert": (
            "CREATE TRIGGER tally_history_insert AFTER INSERT ON history BEGIN\n  "
            + _tally("'history'", "1")
            + "\nEND"
        ),
        "tally_history_delete": (
            "CREATE TRIGGER tally_history_delete AFTER DELETE ON history BEGIN\n  "
            + _tally("'history'", "-1")
            + "\nEND"
        ),
    }


#: Every trigger that keeps the derived tables exact, by name (evidence keyed by uid: m007 on).
TRIGGERS: dict[str, str] = _triggers("uid", "evidence_uid")
#: The same triggers as m002 made them, for trackers before m007 (evidence keyed by integer id).
LEGACY_TRIGGERS: dict[str, str] = _triggers("id", "evidence_id")

#: The triggers the bulk writer's own inserts would fire; it drops them around its statements.
BULK_TRIGGERS = ("cell_counts_link_insert", "tally_evidence_insert", "tally_assessments_insert", "tally_history_insert")

#: A cell's running counts recomputed from the base tables (``{where}`` narrows the links).
_RECOUNT = (
    "SELECT country_code, recommendation_code, event_date,"
    " sum(n) OVER (PARTITION BY country_code, recommendation_code ORDER BY event_date) AS total"
    " FROM (SELECT l.country_code, l.recommendation_code, e.event_date, count(*) AS n"
    " FROM evidence_links l JOIN evidence e ON e.uid = l.evidence_uid WHERE e.archived = 0{where}"
    " GROUP BY l.country_code, l.recommendation_code, e.event_date)"
)
_TOUCHED = "temp.policy_tracker_touched_cells"


def install(db: SQL, *, legacy: bool = False) -> None:
    """Create the derived tables and their triggers, and fill them from the data (migration m002: ``legacy``)."""
    for sql in TABLES_SQL.values():
        db.execute(sql)
    for sql in (LEGACY_TRIGGERS if legacy else TRIGGERS).values():
        db.execute(sql)
    rebuild_cell_counts(db, legacy=legacy)
    recount_tallies(db)


def recount_tallies(db: SQL) -> None:
    """Set every tally from a count of its table."""
    db.execute(f"DELETE FROM {TALLIES}")
    for name, sql in TALLY_QUERIES.items():
        db.execute(f"INSERT INTO {TALLIES} (name, n) VALUES (?, ({sql}))", [name])


def add_to_tallies(db: SQL, deltas: dict[str, int]) -> None:
    """Add to tallies (the bulk writer's own rows, written with the triggers dropped)."""
    for name, k in deltas.items():
        if k:
            db.execute(f"UPDATE {TALLIES} SET n = n + ? WHERE name = ?", [k, name])


def rebuild_cell_counts(db: SQL, cells: Iterable[Cell] | None = None, *, legacy: bool = False) -> None:
    """Recompute the running counts of ``cells`` (every cell when None) from the evidence and its links.

    One set-based statement (window sums), so an import that touched
    thousands of cells costs one pass over their links.
    """
    if cells is None:
        db.execute(f"DELETE FROM {CELL_COUNTS}")
        recount = _RECOUNT.replace("e.uid = l.evidence_uid", "e.id = l.evidence_id") if legacy else _RECOUNT
        db.execute(f"INSERT INTO {CELL_COUNTS} {recount.format(where='')}")
        return
    db.execute(f"DROP TABLE IF EXISTS {_TOUCHED}")
    db.execute(
        f"CREATE TABLE {_TOUCHED} (country_code TEXT, recommendation_code TEXT,"
        " PRIMARY KEY (country_code, recommendation_code)) WITHOUT ROWID"
    )
    try:
        db.conn.executemany(f"INSERT OR IGNORE INTO {_TOUCHED} VALUES (?, ?)", list(cells))
        touched = f"(SELECT country_code, recommendation_code FROM {_TOUCHED})"
        db.execute(f"DELETE FROM {CELL_COUNTS} WHERE (country_code, recommendation_code) IN {touched}")
        linked = f" AND (l.country_code, l.recommendation_code) IN {touched}"
        db.execute(f"INSERT INTO {CELL_COUNTS} {_RECOUNT.format(where=linked)}")
    finally:
        db.execute(f"DROP TABLE IF EXISTS {_TOUCHED}")


_DELTAS = "temp.policy_tracker_cell_deltas"


def add_cell_deltas(db: SQL, deltas: dict[tuple[str, str, str], int], *, others_wrote: bool = True) -> None:
    """Add evidence to cells' running counts: ``deltas[(country, recommendation, event_date)]`` more on that date.

    For the bulk writer, whose own links are written with the insert trigger
    dropped.  Additive, like every trigger's change, so it may come after
    operations that changed the same cells through the triggers (an import's
    edits between flushes).  Set-based and proportional to the touched
    cells' rows; it never reads the evidence (a recount reads every linked
    record: seconds for a thousand cells at a million records).
    ``others_wrote=False`` (nothing but the deltas changed the counts since
    they were counted) skips the final tidying pass, which only a removal
    can make necessary.
    """
    if not deltas:
        return
    db.execute(f"DROP TABLE IF EXISTS {_DELTAS}")
    db.execute(
        f"CREATE TABLE {_DELTAS} (country_code TEXT, recommendation_code TEXT, event_date TEXT, n INTEGER,"
        " PRIMARY KEY (country_code, recommendation_code, event_date)) WITHOUT ROWID"
    )
    try:
        # n: the running sum of the additions, per cell by date (so each row below needs one seek).
        db.conn.executemany(
            f"INSERT INTO {_DELTAS} VALUES (?, ?, ?, ?)",
            [(*k, n) for k, n in _running_sums(deltas)],
        )
        same_cell = "d.country_code = {t}.country_code AND d.recommendation_code = {t}.recommendation_code"
        # A row on every date that gains evidence, holding the count just before it...
        db.execute(
            f"INSERT OR IGNORE INTO {CELL_COUNTS} (country_code, recommendation_code, event_date, total)"
            f" SELECT x.country_code, x.recommendation_code, x.event_date,"
            f" {_running_total('x.country_code, x.recommendation_code', 'x.event_date')} FROM {_DELTAS} x"
        )
        # ...then every row of those cells from the first such date on gains what was added up to its date.
        mine = same_cell.format(t=CELL_COUNTS)
        db.execute(
            f"UPDATE {CELL_COUNTS} SET total = total + coalesce((SELECT d.n FROM {_DELTAS} d"
            f" WHERE {mine} AND d.event_date <= {CELL_COUNTS}.event_date ORDER BY d.event_date DESC LIMIT 1), 0)"
            f" WHERE (country_code, recommendation_code) IN (SELECT country_code, recommendation_code FROM {_DELTAS})"
            f" AND event_date >= (SELECT min(d.event_date) FROM {_DELTAS} d WHERE {mine})"
        )
        # A date whose evidence an operation took away meanwhile may now repeat the count before it.
        if not others_wrote:
            return
        db.execute(
            f"DELETE FROM {CELL_COUNTS} WHERE (country_code, recommendation_code, event_date) IN ("
            " SELECT country_code, recommendation_code, event_date FROM ("
            "  SELECT country_code, recommendation_code, event_date, total, lag(total, 1, 0) OVER ("
            "   PARTITION BY country_code, recommendation_code ORDER BY event_date) AS before"
            f"  FROM {CELL_COUNTS} WHERE (country_code, recommendation_code) IN"
            f"   (SELECT country_code, recommendation_code FROM {_DELTAS})"
            " ) WHERE total = before)"
        )
    finally:
        db.execute(f"DROP TABLE IF EXISTS {_DELTAS}")


def _running_sums(deltas: dict[tuple[str, str, str], int]) -> list[tuple[tuple[str, str, str], int]]:
    """The additions as running sums per cell in date order: ((country, recommendation, date), sum up to date)."""
    out: list[tuple[tuple[str, str, str], int]] = []
    cell: tuple[str, str] | None = None
    total = 0
    for key in sorted(deltas):
        if key[:2] != cell:
            cell, total = key[:2], 0
        total += deltas[key]
        out.append((key, total))
    return out


def problems(db: SQL, *, sample: int | None = 1000) -> list[str]:
    """What is wrong with the derived tables (missing, triggers altered, or counts that differ); [] if right.

    The running counts are compared row for row with a recount of every cell
    when there are at most ``sample`` cells (``None``: always every cell),
    otherwise of ``sample`` cells drawn at random (a full recount of a
    million links takes tens of seconds; a sample of 1,000 cells well under
    one); the tallies are always recounted in full.
    """
    found: list[str] = []
    names = {r[0]: r[1] for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    missing = [n for n in [*TABLES_SQL, *TRIGGERS] if n not in names]
    if missing:
        return [f"missing: {', '.join(missing)}"]
    altered = [n for n, sql in TRIGGERS.items() if _normal(names[n]) != _normal(sql)]
    if altered:
        found.append(f"triggers altered: {', '.join(altered)}")
    cells = [tuple(r) for r in db.execute("SELECT c.code, r.code FROM countries c, recommendations r")]
    if sample is not None and len(cells) > sample:
        cells = random.sample(cells, sample)
    picked = "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))"
    stored = f"SELECT * FROM {CELL_COUNTS} WHERE (country_code, recommendation_code) IN {picked}"
    recount = _RECOUNT.format(where=f" AND (l.country_code, l.recommendation_code) IN {picked}")
    differ = db.execute(
        f"SELECT EXISTS ({stored} EXCEPT {recount}) OR EXISTS ({recount} EXCEPT {stored})",
        [json.dumps(cells)],
    ).fetchone()[0]
    if differ:
        found.append("cell evidence counts differ from a recount")
    kept = {r[0]: r[1] for r in db.execute(f"SELECT name, n FROM {TALLIES}")}
    wrong = [n for n, sql in TALLY_QUERIES.items() if kept.get(n) != db.execute(sql).fetchone()[0]]
    if wrong:
        found.append(f"tallies differ from a recount: {', '.join(wrong)}")
    return found


def repair(db: SQL) -> None:
    """Re-create the derived tables and triggers and refill them from the data."""
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in TABLES_SQL:
        db.execute(f"DROP TABLE IF EXISTS {name}")
    install(db)


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").replace('"', "").split()).lower()
