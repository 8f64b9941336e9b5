"""Each cell's latest assessment, kept by triggers: what the matrix shows today, read in one pass.

Why: the matrix needs every cell's current status to score and rank the
countries, and finding each cell's latest assessment is an index seek plus
a row read scattered over a big file (a third of a million-record tracker's
start-up).  ``cell_current`` holds, for every cell with an assessment, a
copy of its latest one (latest effective date, then time recorded, then uid:
the order :func:`db.queries.current_statuses` uses), so the statuses as of
today are one scan of a table of at most one row per cell.

A row is the cell's latest assessment of *any* date: it is the status as of
day D only when its effective date is on or before D.  Readers check that
and seek the others (a future-dated assessment, or a view of the past).

Kept exact by SQL triggers on ``assessments``, which recompute a touched
cell's row from its assessments (one index seek), so every writer (the
operations, the bulk writer, other programs) keeps it right.
"""

from __future__ import annotations

from .connection import SQL

TABLE = "cell_current"
COLUMNS = (
    "country_code", "recommendation_code", "uid", "status_code", "effective_date", "rationale",
    "confidence", "recorded_by", "recorded_at",
)
TABLE_SQL = (
    f"CREATE TABLE {TABLE} (\n"
    "    country_code TEXT NOT NULL,\n"
    "    recommendation_code TEXT NOT NULL,\n"
    "    uid TEXT NOT NULL,\n"
    "    status_code TEXT NOT NULL,\n"
    "    effective_date TEXT NOT NULL,\n"
    "    rationale TEXT NOT NULL,\n"
    "    confidence TEXT NOT NULL,\n"
    "    recorded_by TEXT NOT NULL,\n"
    "    recorded_at TEXT NOT NULL,\n"
    "    PRIMARY KEY (country_code, recommendation_code)\n"
    ") WITHOUT ROWID"
)
#: The order that makes an assessment its cell's current one, latest first.  The last tie-break is the
#: uid, not the local rowid: two replicas holding the same assessments must pick the same one.
LATEST_FIRST = "effective_date DESC, recorded_at DESC, uid DESC"
#: Every cell's latest assessment, recomputed from ``assessments`` (a rebuild, and the check).
RECOMPUTE = (
    f"SELECT {', '.join(COLUMNS)} FROM (SELECT {', '.join(COLUMNS)},"
    f" row_number() OVER (PARTITION BY country_code, recommendation_code ORDER BY {LATEST_FIRST}) AS n"
    " FROM assessments) WHERE n = 1"
)


def _refresh(row: str) -> str:
    """Trigger statements: recompute the row of the cell of ``row`` (``new`` or ``old``)."""
    cell = f"country_code = {row}.country_code AND recommendation_code = {row}.recommendation_code"
    return (
        f"DELETE FROM {TABLE} WHERE {cell};\n"
        f"  INSERT INTO {TABLE} ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM assessments"
        f" WHERE {cell} ORDER BY {LATEST_FIRST} LIMIT 1;"
    )


#: The triggers that keep ``cell_current`` exact, by name.
TRIGGERS: dict[str, str] = {
    "cell_current_insert": (
        f"CREATE TRIGGER cell_current_insert AFTER INSERT ON assessments BEGIN\n  {_refresh('new')}\nEND"
    ),
    "cell_current_delete": (
        f"CREATE TRIGGER cell_current_delete AFTER DELETE ON assessments BEGIN\n  {_refresh('old')}\nEND"
    ),
    "cell_current_update": (
        "CREATE TRIGGER cell_current_update AFTER UPDATE ON assessments BEGIN\n"
        f"  {_refresh('old')}\n  {_refresh('new')}\nEND"
    ),
}


def install_legacy(db: SQL) -> None:
    """Migration m004 as it was, for a tracker before m007 (assessments keyed by integer id).

    m007 drops the table and triggers it makes and :func:`install` s the current ones.
    """
    legacy_columns = ("assessment_id", *COLUMNS)
    source = ", ".join("id" if c == "assessment_id" else c for c in legacy_columns)
    order = "effective_date DESC, recorded_at DESC, id DESC"
    uid_column = "    uid TEXT NOT NULL,"
    db.execute(TABLE_SQL.replace(uid_column, "    assessment_id INTEGER NOT NULL,\n" + uid_column, 1))
    for name, when in (("insert", "INSERT"), ("delete", "DELETE"), ("update", "UPDATE")):
        rows = {"insert": ["new"], "delete": ["old"], "update": ["old", "new"]}[name]
        cell = "country_code = {r}.country_code AND recommendation_code = {r}.recommendation_code"
        body = "\n  ".join(
            f"DELETE FROM {TABLE} WHERE {cell.format(r=r)};"
            f"\n  INSERT INTO {TABLE} ({', '.join(legacy_columns)}) SELECT {source} FROM assessments"
            f" WHERE {cell.format(r=r)} ORDER BY {order} LIMIT 1;"
            for r in rows
        )
        db.execute(f"CREATE TRIGGER cell_current_{name} AFTER {when} ON assessments BEGIN\n  {body}\nEND")
    db.execute(
        f"INSERT INTO {TABLE} ({', '.join(legacy_columns)}) SELECT {', '.join(legacy_columns)} FROM"
        f" (SELECT {source.replace('id,', 'id AS assessment_id,', 1)}, row_number() OVER"
        f" (PARTITION BY country_code, recommendation_code ORDER BY {order}) AS n FROM assessments) WHERE n = 1"
    )


def install(db: SQL) -> None:
    """Create the table and its triggers and fill it from the assessments (migration m004)."""
    db.execute(TABLE_SQL)
    for sql in TRIGGERS.values():
        db.execute(sql)
    rebuild(db)


def rebuild(db: SQL) -> None:
    """Refill the table from the assessments: one pass over them."""
    db.execute(f"DELETE FROM {TABLE}")
    db.execute(f"INSERT INTO {TABLE} ({', '.join(COLUMNS)}) {RECOMPUTE}")


def problems(db: SQL) -> list[str]:
    """What is wrong with ``cell_current`` (missing, triggers altered, rows that differ); [] if right."""
    names = {r[0]: r[1] for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    missing = [n for n in [TABLE, *TRIGGERS] if n not in names]
    if missing:
        return [f"missing: {', '.join(missing)}"]
    found = []
    altered = [n for n, sql in TRIGGERS.items() if _normal(names[n]) != _normal(sql)]
    if altered:
        found.append(f"triggers altered: {', '.join(altered)}")
    stored = f"SELECT {', '.join(COLUMNS)} FROM {TABLE}"
    differ = db.execute(
        f"SELECT EXISTS ({stored} EXCEPT {RECOMPUTE}) OR EXISTS ({RECOMPUTE} EXCEPT {stored})"
    ).fetchone()[0]
    if differ:
        found.append("current assessments differ from a recomputation")
    return found


def repair(db: SQL) -> None:
    """Re-create the table and its triggers and refill it."""
    for name in TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    db.execute(f"DROP TABLE IF EXISTS {TABLE}")
    install(db)


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").replace('"', "").split()).lower()
