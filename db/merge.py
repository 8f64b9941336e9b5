"""Merging two copies' offline work, and the conflicts a person settles (issue 14's merge rules).

Rows are keyed by uids (m007), so what two copies *add* offline merges by
itself.  What needs rules is what both *changed*; :mod:`db.lineage` finds it
(forks), and this module decides, the same way on every copy:

- **Two statuses set on one cell** without seeing each other both stay (the
  history keeps both); the usual rule picks the current one; the cell is
  flagged "conflicting judgements" until a person keeps it as it is
  (:func:`keep_judgements`), uses the other judgement (:func:`use_judgement`)
  or sets a new status.
- **The same evidence or codebook row edited on both sides**: both versions
  stay in the history; one applies — the latest edit, ties by who made it and
  then by the entry's uid — and the record is listed as a conflict until a
  person keeps the applied version (:func:`keep_version`) or swaps in the
  other (:func:`use_version`).  A deletion wins over an edit made alongside it
  (the edit stays in the history, listed), unless the record is still cited.
- **Deletions are tombstones**: the history entry of a deletion travels like
  any row, so a copy that receives an edit of a record it deleted, or the
  record's creation late, still ends without it.

:func:`settle` runs inside the transaction that applies a changeset (on the
apsw connection) after its rows are in: it looks only at what arrived.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import field
from typing import Any

from . import lineage
from .core import TrackerCore, new_uid
from .errors import NotFoundError, ValidationError
from .lineage import CELLS_TABLE, Executes, cell_key
from .messages import translate
from .ops import Change, current_snapshot, evidence_snapshot, record_history, set_status
from .records import record

#: The records whose versions a merge writes back, by the history's table name: (table, key column).
MERGED_TABLES: dict[str, tuple[str, str]] = {
    "evidence": ("evidence", "uid"),
    "assessments": ("assessments", "uid"),
    "proposals": ("proposals", "uid"),
    "recommendations": ("recommendations", "code"),
    "countries": ("countries", "code"),
    "statuses": ("statuses", "code"),
    "groups": ("groups", "name"),
    "meta": ("meta", "key"),
}
#: Columns a version never sets: keys, and lineage (not content).
_NOT_CONTENT = frozenset({"uid", "id", "follows", "rowid"})


@record(frozen=True)
class Marks:
    """Where the history and the statuses ended before a changeset applied: what is past them arrived."""

    history: int
    assessments: int


def marks(conn: Executes) -> Marks:
    """The marks to take before applying (see :func:`settle`)."""
    h = conn.execute("SELECT coalesce(max(rowid), 0) FROM history").fetchall()[0][0]
    a = conn.execute("SELECT coalesce(max(rowid), 0) FROM assessments").fetchall()[0][0]
    return Marks(int(h), int(a))


@record
class Settled:
    """What :func:`settle` found among the changes that arrived."""

    #: Records whose versions conflict, (history table, key), and cells with conflicting judgements.
    records: set[tuple[str, str]] = field(default_factory=set)
    cells: set[tuple[str, str]] = field(default_factory=set)


def settle(conn: Executes, since: Marks) -> Settled:
    """Apply the merge rules to what arrived after ``since``; flag the conflicts (inside the apply's transaction)."""
    records: set[tuple[str, str]] = set()
    cells: set[tuple[str, str]] = set()
    arrived = conn.execute(
        "SELECT table_name, row_key, before, after FROM history WHERE rowid > ?", (since.history,)
    ).fetchall()
    for table, key, before, after in arrived:
        if table == CELLS_TABLE:
            country, _, rec = str(key).partition(":")
            cells.add((country, rec))
            continue
        records.add((str(table), str(key)))
        if table == "assessments":  # a status undone elsewhere changes its cell's tips too
            snap = _json(after) or _json(before)
            if "country_code" in snap and "recommendation_code" in snap:
                cells.add((str(snap["country_code"]), str(snap["recommendation_code"])))
    cells.update((str(c), str(r)) for c, r in conn.execute(
        "SELECT country_code, recommendation_code FROM assessments WHERE rowid > ?", (since.assessments,)
    ).fetchall())
    settled = Settled()
    for table, key in sorted(records):
        tips = lineage.row_tips(conn, table, key)
        if len(tips) > 1:
            write_version(conn, table, key, winner(conn, tips))
        elif tips and table in MERGED_TABLES:
            # A tombstone: the record's last word is its deletion, though its creation (or an edit) arrived later.
            [last] = versions(conn, tips)
            if last.action == "delete":
                write_version(conn, table, key, last)
        if lineage.refresh_row(conn, table, key):
            settled.records.add((table, key))
    for country, rec in sorted(cells):
        if lineage.refresh_cell(conn, country, rec):
            settled.cells.add((country, rec))
    return settled


def restore_cited(conn: Executes, evidence: Iterable[str]) -> list[str]:
    """Bring back evidence deleted here that arriving changes cite or link (before they apply).

    Another member cited it in a status (or linked it) while it was being deleted
    here: without it their file could never apply.  It comes back as it was when
    deleted (its fields and cells, from the deletion's history entry; an attached
    file cannot come back), recorded in the history, so every copy has it again.
    Returns the uids restored.
    """
    restored = []
    for uid in sorted(set(evidence)):
        if conn.execute("SELECT 1 FROM evidence WHERE uid = ?", (uid,)).fetchall():
            continue
        tips = lineage.row_tips(conn, "evidence", uid)
        gone = [v for v in versions(conn, tips) if v.action == "delete"]
        if not gone:
            continue  # never here: it has not arrived yet, and the file waits for it
        rows = conn.execute("SELECT before FROM history WHERE uid = ?", (gone[0].uid,)).fetchall()
        content = _json(rows[0][0]) if rows else {}
        if not content:
            continue
        back = Version(gone[0].uid, gone[0].at, gone[0].user, "restore_cited", "insert", content)
        if not write_version(conn, "evidence", uid, back):
            continue
        stamp = _now()
        conn.execute(
            "INSERT INTO history (uid, at, user, operation, action, table_name, row_key, before, after, follows)"
            " VALUES (?, ?, ?, 'restore_cited', 'insert', 'evidence', ?, NULL, ?, ?)",
            (new_uid(), stamp, gone[0].user, uid, json.dumps(content, ensure_ascii=False, sort_keys=True),
             lineage.follows_value(tips)),
        )
        restored.append(uid)
    return restored


def deleted_here(conn: Executes, evidence: Iterable[str]) -> set[str]:
    """Of ``evidence``, what this copy deleted (not here, its history's last word a deletion): a tombstone."""
    found = set()
    for uid in sorted(set(evidence)):
        if conn.execute("SELECT 1 FROM evidence WHERE uid = ?", (uid,)).fetchall():
            continue
        if any(v.action == "delete" for v in versions(conn, lineage.row_tips(conn, "evidence", uid))):
            found.add(uid)
    return found


def cited_here(conn: Executes, evidence: Iterable[str], uncited: set[tuple[str, str]]) -> set[str]:
    """Of the evidence a changeset deletes, what a status or proposal here still cites (apart from the
    citations ``(status or proposal uid, evidence uid)`` the same changeset deletes): it must stay."""
    found = set()
    for uid in sorted(set(evidence)):
        for table, column in (("assessment_evidence", "assessment_uid"), ("proposal_evidence", "proposal_uid")):
            rows = conn.execute(f"SELECT {column} FROM {table} WHERE evidence_uid = ?", (uid,)).fetchall()
            if any((str(r[0]), uid) not in uncited for r in rows):
                found.add(uid)
    return found


def _now() -> str:
    from .core import format_timestamp, utc_now

    return format_timestamp(utc_now())


# ---------------------------------------------------------------- versions
@record(frozen=True)
class Version:
    """One version of a record: a history entry that nothing written since follows."""

    uid: str
    at: str
    user: str
    operation: str
    action: str
    after: dict[str, Any] | None  # None: the record deleted


def versions(conn: Executes, uids: Iterable[str]) -> list[Version]:
    """The history entries ``uids`` as versions, in uid order."""
    found = []
    for uid in sorted(uids):
        rows = conn.execute("SELECT uid, at, user, operation, action, after FROM history WHERE uid = ?",
                            (uid,)).fetchall()
        if rows:
            u, at, user, operation, action, after = rows[0]
            found.append(Version(str(u), str(at), str(user), str(operation), str(action),
                                 None if action == "delete" else _json(after)))
    return found


def winner(conn: Executes, tips: Iterable[str]) -> Version:
    """The version that applies: a deletion, else the latest edit (ties: who made it, then the entry's uid)."""
    found = versions(conn, tips)
    deletions = [v for v in found if v.action == "delete"]
    return max(deletions or found, key=lambda v: (v.at, v.user, v.uid))


def write_version(conn: Executes, table: str, key: str, version: Version) -> bool:
    """Make the record ``key`` what ``version`` says; False when it cannot (a deletion of a cited record)."""
    if table not in MERGED_TABLES:
        return False
    name, key_column = MERGED_TABLES[table]
    columns = [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{name}")').fetchall()]
    conn.execute("SAVEPOINT merge_version")
    try:
        if version.after is None:
            conn.execute(f'DELETE FROM "{name}" WHERE "{key_column}" = ?', (key,))
        else:
            content = _content(table, key, version.after)
            values = {c: content[c] for c in columns if c in content and c not in _NOT_CONTENT and c != key_column}
            there = conn.execute(f'SELECT 1 FROM "{name}" WHERE "{key_column}" = ?', (key,)).fetchall()
            if there and values:
                sets = ", ".join(f'"{c}" = ?' for c in values)
                conn.execute(f'UPDATE "{name}" SET {sets} WHERE "{key_column}" = ?', (*values.values(), key))
            elif not there:
                row = {key_column: key, **values}
                if "uid" in columns and key_column != "uid" and content.get("uid"):
                    row["uid"] = content["uid"]
                marks_ = ", ".join("?" for _ in row)
                names = ", ".join(f'"{c}"' for c in row)
                conn.execute(f'INSERT INTO "{name}" ({names}) VALUES ({marks_})', tuple(row.values()))
            if table == "evidence" and isinstance(content.get("cells"), list):
                _write_cells(conn, key, [str(c) for c in content["cells"]])
    except Exception as exc:  # a rule of the schema (a cited record, a missing parent): this version cannot apply
        if not _is_constraint(exc):
            raise
        conn.execute("ROLLBACK TO merge_version")
        conn.execute("RELEASE merge_version")
        return False
    conn.execute("RELEASE merge_version")
    return True


def _write_cells(conn: Executes, uid: str, cells: list[str]) -> None:
    wanted = {tuple(c.split(":", 1)) for c in cells if ":" in c}
    have = {(str(c), str(r)) for c, r in conn.execute(
        "SELECT country_code, recommendation_code FROM evidence_links WHERE evidence_uid = ?", (uid,)).fetchall()}
    for country, rec in sorted(have - wanted):
        conn.execute("DELETE FROM evidence_links WHERE evidence_uid = ? AND country_code = ? AND"
                     " recommendation_code = ?", (uid, country, rec))
    for country, rec in sorted(wanted - have):
        conn.execute("INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code) VALUES (?, ?, ?)",
                     (uid, country, rec))


def _content(table: str, key: str, after: dict[str, Any]) -> dict[str, Any]:
    if table == "meta":  # a setting's snapshot is {key: value}
        return {"key": key, "value": after.get(key)}
    return after


def _is_constraint(exc: Exception) -> bool:
    """A schema rule broken, through either library a merge runs on (the app's sqlite3, a sync's apsw)."""
    import sqlite3

    import apsw

    return isinstance(exc, sqlite3.IntegrityError | apsw.ConstraintError)


def _json(text: object) -> dict[str, Any]:
    if not isinstance(text, str) or not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# ---------------------------------------------------------------- the Conflicts view's questions
@record(frozen=True)
class RecordConflict:
    """A record changed on two copies: its versions, the one that applies first."""

    table: str
    key: str
    versions: list[Version]
    applied: str  # the uid of the version that applies

    @property
    def others(self) -> list[Version]:
        return [v for v in self.versions if v.uid != self.applied]


@record(frozen=True)
class Judgement:
    """One of the statuses a cell's conflicting judgements are made of."""

    uid: str
    status_code: str
    effective_date: str
    rationale: str
    recorded_by: str
    recorded_at: str


@record(frozen=True)
class CellConflict:
    """A cell whose statuses were set on two copies without seeing each other."""

    country_code: str
    recommendation_code: str
    judgements: list[Judgement]
    current: str  # the uid of the judgement the usual rule makes current


def record_conflicts(t: TrackerCore) -> list[RecordConflict]:
    """Every record whose versions conflict, oldest table first (evidence, then codebook rows)."""
    found = []
    for table, key in t.db.execute("SELECT table_name, row_key FROM row_conflicts ORDER BY table_name, row_key"):
        tips = lineage.row_tips(t.db, table, key)
        if len(tips) < 2:
            continue
        found.append(RecordConflict(table, key, versions(t.db, tips), winner(t.db, tips).uid))
    return found


def cell_conflicts(t: TrackerCore) -> list[CellConflict]:
    """Every cell flagged with conflicting judgements, by country and recommendation."""
    found = []
    for country, rec in t.db.execute(
        "SELECT country_code, recommendation_code FROM cell_conflicts ORDER BY country_code, recommendation_code"
    ).fetchall():
        found.append(_cell_conflict(t, country, rec))
    return found


#: The cells with conflicting judgements, and how many conflicts wait (kept in db.lineage: light to import).
flagged_cells = lineage.flagged_cells
conflict_count = lineage.conflict_count


def _cell_conflict(t: TrackerCore, country: str, rec: str) -> CellConflict:
    tips = lineage.cell_tips(t.db, country, rec)
    judgements = []
    for uid in tips:
        row = t.db.execute(
            "SELECT uid, status_code, effective_date, rationale, recorded_by, recorded_at FROM assessments"
            " WHERE uid = ?", [uid]).fetchone()
        judgements.append(Judgement(*(str(v) for v in row)))
    current = t.db.execute(
        "SELECT uid FROM cell_current WHERE country_code = ? AND recommendation_code = ?", [country, rec]
    ).fetchone()
    return CellConflict(country, rec, judgements, str(current[0]) if current else "")


# ---------------------------------------------------------------- settling them
def keep_version(t: TrackerCore, table: str, key: str) -> Change:
    """Keep the version that applies: the record is no longer listed (one history entry following both)."""
    with t.atomic():
        conflict = _record_conflict(t, table, key)
        now = _snapshot(t, table, key)
        record_history(t, "keep_version", "update" if now is not None else "delete", table, key, now, now)
    return _record_change("keep_version", table, key, conflict)


def use_version(t: TrackerCore, table: str, key: str, version_uid: str) -> Change:
    """Swap in another version of a conflicting record (its content, recorded as this person's edit)."""
    with t.atomic():
        conflict = _record_conflict(t, table, key)
        chosen = next((v for v in conflict.versions if v.uid == version_uid), None)
        if chosen is None:
            raise NotFoundError(translate("DataMerge", "That version is not one of this record's conflicting"
                                          " versions any more."))
        before = _snapshot(t, table, key)
        if not write_version(t.db, table, key, chosen):
            raise ValidationError("version", translate(
                "DataMerge", "That version cannot be used: other records still need this one as it is."))
        record_history(t, "use_version", "delete" if chosen.after is None else "update", table, key, before,
                       None if chosen.after is None else _snapshot(t, table, key))
    return _record_change("use_version", table, key, conflict)


def keep_judgements(t: TrackerCore, country: str, recommendation: str) -> Change:
    """Keep a cell's current status as the rule picked it: the cell is no longer flagged."""
    with t.atomic():
        conflict = _cell_conflict(t, country, recommendation)
        tips = [j.uid for j in conflict.judgements]
        if (country, recommendation) not in flagged_cells(t):
            raise NotFoundError(translate("DataMerge", "This cell has no conflicting judgements any more."))
        record_history(t, "keep_judgements", "update", CELLS_TABLE, cell_key(country, recommendation), None,
                       {"kept": conflict.current, "judgements": tips}, follows=tips)
        lineage.refresh_cell(t.db, country, recommendation)
    return Change("keep_judgements", cells={(country, recommendation)})


def use_judgement(t: TrackerCore, country: str, recommendation: str, assessment_uid: str) -> Change:
    """Make another of the cell's conflicting judgements the current one: recorded as a new status, the
    chosen one's words, evidence and date (the latest of theirs, so that it is current)."""
    conflict = _cell_conflict(t, country, recommendation)
    chosen = next((j for j in conflict.judgements if j.uid == assessment_uid), None)
    if chosen is None or (country, recommendation) not in flagged_cells(t):
        raise NotFoundError(translate("DataMerge", "That status is not one of this cell's conflicting judgements"
                                      " any more."))
    evidence = [str(r[0]) for r in t.db.execute(
        "SELECT evidence_uid FROM assessment_evidence WHERE assessment_uid = ? ORDER BY evidence_uid", [chosen.uid])]
    confidence = t.db.execute("SELECT confidence FROM assessments WHERE uid = ?", [chosen.uid]).fetchone()[0]
    latest = max(j.effective_date for j in conflict.judgements)
    change = set_status(t, country, recommendation, chosen.status_code, effective_date=latest,
                        rationale=chosen.rationale, confidence=str(confidence), evidence=evidence,
                        operation="use_judgement")
    return change


def _record_conflict(t: TrackerCore, table: str, key: str) -> RecordConflict:
    tips = lineage.row_tips(t.db, table, key)
    if len(tips) < 2:
        raise NotFoundError(translate("DataMerge", "This record has no conflicting versions any more."))
    return RecordConflict(table, key, versions(t.db, tips), winner(t.db, tips).uid)


def _snapshot(t: TrackerCore, table: str, key: str) -> dict[str, Any] | None:
    if table == "evidence":
        there = t.db.execute("SELECT 1 FROM evidence WHERE uid = ?", [key]).fetchone()
        return evidence_snapshot(t, key) if there else None
    snap = current_snapshot(t, table, key)
    if snap is not None or table not in MERGED_TABLES:
        return snap
    name, key_column = MERGED_TABLES[table]
    rows = list(t.db.query(f'SELECT * FROM "{name}" WHERE "{key_column}" = ?', [key]))
    if not rows:
        return None
    if table == "meta":
        return {key: rows[0]["value"]}
    return {k: v for k, v in rows[0].items() if k not in _NOT_CONTENT}


def _record_change(operation: str, table: str, key: str, conflict: RecordConflict) -> Change:
    if table == "evidence":
        cells = {tuple(c.split(":", 1)) for v in conflict.versions for c in (v.after or {}).get("cells", [])}
        return Change(operation, uid=key, evidence={key}, cells={(c[0], c[1]) for c in cells if len(c) == 2})
    if table == "assessments":
        return Change(operation, uid=key, assessments={key}, cells={
            (str(v.after["country_code"]), str(v.after["recommendation_code"]))
            for v in conflict.versions if v.after and "country_code" in v.after})
    if table == "proposals":
        return Change(operation, uid=key, proposals={key})
    return Change(operation, uid=key, codebook=True)
