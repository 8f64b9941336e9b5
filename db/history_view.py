"""The change log as people read it: pages of history entries with a kind, a record and a short diff.

The History tab shows every change ever made, newest first, at any size:
a page is read by *keyset* on ``history.rowid`` (``rowid < after``: this copy's order of writing,
local and never shown; entries are keyed by uid since m007), never by
OFFSET, so the first page of a million entries costs as much as the first
page of ten.  Filters (person, dates, kind, country, recommendation, text)
are applied while walking ids downwards, at most :data:`SCAN_CAP` entries per
call: a rare filter returns a short page and an ``after`` to go on from, so
no call ever scans the whole log.  The History tab walks on past a rare
filter's empty stretches on a worker thread, a ``scan`` of ids per call, and
counts a filter's matches the same way (:func:`count_matches`).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import sqlite3
from dataclasses import field
from typing import Any

from .core import TrackerCore, format_timestamp
from .messages import composed, joined, shortened, translate
from .records import record
from .search import fts_query

#: An import's entries hold no copy of the evidence: a search finds them through the search index,
#: among this many newest matching pieces of evidence at most.
IMPORTED_MATCH_CAP = 5000
#: Entries a page read looks at, at most, before returning what it found so far.
SCAN_CAP = 200_000

#: The second coder's review (db.review): its operations, and their undo steps, are of kind "review".
REVIEW_OPERATIONS = ("propose_status", "approve_status", "return_status", "withdraw_proposal", "resubmit_proposal",
                     "set_review_required")
#: Tables that hold the codebook: any edit of them (adding, changing, retiring) is of kind "codebook".
CODEBOOK_TABLES = ("recommendations", "statuses", "grades", "meta", "translations")


def _sql_list(names: tuple[str, ...]) -> str:
    return ", ".join(f"'{n}'" for n in names)


#: The readable kind of an entry, derived from its table, action and operation (first match wins).
KIND_SQL = (
    "CASE"
    " WHEN h.operation = 'import' THEN 'import'"
    " WHEN h.operation = 'repair' THEN 'repair'"
    f" WHEN h.table_name = 'proposals' OR h.operation IN ({_sql_list(REVIEW_OPERATIONS)})"
    f" OR h.operation IN ({_sql_list(tuple('undo ' + n for n in REVIEW_OPERATIONS))}) THEN 'review'"
    " WHEN h.operation LIKE 'undo%' THEN 'undone'"
    " WHEN h.table_name = 'countries' THEN 'country'"
    " WHEN h.table_name IN ('groups', 'group_members') THEN 'group'"
    f" WHEN h.table_name IN ({_sql_list(CODEBOOK_TABLES)}) THEN 'codebook'"
    " WHEN h.action = 'delete' THEN 'undone'"
    " WHEN h.table_name = 'evidence' AND h.action = 'insert' THEN 'added'"
    " WHEN h.table_name = 'evidence' AND h.action = 'archive' THEN 'archived'"
    " WHEN h.table_name = 'evidence' AND h.action = 'restore' THEN 'restored'"
    " WHEN h.table_name = 'evidence' THEN 'edited'"
    " WHEN h.table_name = 'assessments' AND h.action = 'insert' THEN 'status set'"
    " WHEN h.table_name = 'assessments' THEN 'corrected'"
    " ELSE 'codebook' END"
)

#: The kinds, in the order a filter lists them.
KINDS = ("added", "edited", "archived", "restored", "status set", "corrected", "review", "undone",
         "codebook", "country", "group", "import", "repair")

#: Fields that change with every edit and say nothing a reader needs.
_NOISE = frozenset({"updated_at", "recorded_at", "id", "uid", "search_text", "proposed_at", "reviewed_at",
                    "assessment_id", "assessment_uid", "replaces"})
#: What a new record's entry shows of it (its whole copy is in the export).
_SUMMARY = ("title", "status_code", "effective_date", "name", "members", "label", "repair")
#: Tracker settings (``meta``) by the names the codebook editor gives them.
SETTING_NAMES = {
    "title": translate("DataHistory", "title"), "source": translate("DataHistory", "source"),
    "description": translate("DataHistory", "description"),
    "review_interval_days": translate("DataHistory", "review interval (days)"),
    "min_coverage_for_grade": translate("DataHistory", "minimum coverage for a grade"),
    "review_required": translate("DataHistory", "status changes need review"),
}
#: The fields a diff names, in the interface's language (English: the key, "_code" and "_" dropped).
_FIELD_NAMES = {
    "accessed on": translate("DataHistory", "accessed on"),
    "archive url": translate("DataHistory", "archive url"),
    "archived": translate("DataHistory", "archived"),
    "attachment": translate("DataHistory", "attachment"),
    "cells": translate("DataHistory", "cells"),
    "code": translate("DataHistory", "code"),
    "color": translate("DataHistory", "color"),
    "confidence": translate("DataHistory", "confidence"),
    "country": translate("DataHistory", "country"),
    "description": translate("DataHistory", "description"),
    "effective date": translate("DataHistory", "effective date"),
    "event date": translate("DataHistory", "event date"),
    "grade": translate("DataHistory", "grade"),
    "group name": translate("DataHistory", "group name"),
    "guidance": translate("DataHistory", "guidance"),
    "label": translate("DataHistory", "label"),
    "language": translate("DataHistory", "language"),
    "members": translate("DataHistory", "members"),
    "min score": translate("DataHistory", "min score"),
    "name": translate("DataHistory", "name"),
    "notes": translate("DataHistory", "notes"),
    "position": translate("DataHistory", "position"),
    "proposed by": translate("DataHistory", "proposed by"),
    "publisher": translate("DataHistory", "publisher"),
    "rationale": translate("DataHistory", "rationale"),
    "recommendation": translate("DataHistory", "recommendation"),
    "recorded by": translate("DataHistory", "recorded by"),
    "review comment": translate("DataHistory", "review comment"),
    "reviewed by": translate("DataHistory", "reviewed by"),
    "score": translate("DataHistory", "score"),
    "source kind": translate("DataHistory", "source kind"),
    "state": translate("DataHistory", "state"),
    "status": translate("DataHistory", "status"),
    "text": translate("DataHistory", "text"),
    "title": translate("DataHistory", "title"),
    "url": translate("DataHistory", "url"),
    "weight": translate("DataHistory", "weight"),
}
#: What each review step did, and what its undo step undid.
_REVIEW_STEPS = {
    "propose_status": (translate("DataHistory", "Proposed"), translate("DataHistory", "Proposal undone")),
    "approve_status": (translate("DataHistory", "Approved"), translate("DataHistory", "Approval undone")),
    "return_status": (translate("DataHistory", "Returned"), translate("DataHistory", "Return undone")),
    "withdraw_proposal": (translate("DataHistory", "Withdrawn"), translate("DataHistory", "Withdrawal undone")),
    "resubmit_proposal": (translate("DataHistory", "Resubmitted"), translate("DataHistory", "Resubmission undone")),
}
#: Fields a diff names first (what a reader looks for), the others following alphabetically.
_FIRST = {"state": 0, "status_code": 1, "review_comment": 2}
#: How much of one value a diff shows.
VALUE_CHARS = 40
#: How much of a whole diff a row shows.
DIFF_CHARS = 240


@record(frozen=True)
class HistoryFilter:
    """What the History tab narrows to; empty fields do not filter."""

    user: str = ""
    date_from: str = ""  # YYYY-MM-DD in local time, inclusive
    date_to: str = ""  # YYYY-MM-DD in local time, inclusive
    kind: str = ""
    country: str = ""  # country code
    recommendation: str = ""  # recommendation code
    search: str = ""

    def is_empty(self) -> bool:
        return self == HistoryFilter()


@record(frozen=True)
class HistoryRow:
    """One history entry as the History tab shows it.

    ``id``: the entry's local rowid, the order this copy wrote it in (paging only; another replica
    numbers the same entry otherwise).  ``uid``: its key, the same everywhere (exports name it by this).
    """

    id: int
    at: str
    user: str
    kind: str
    record: str
    changes: str
    table_name: str
    row_key: str
    operation: str
    action: str
    country: str | None = None
    recommendation: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    uid: str = ""


def history_kinds() -> tuple[str, ...]:
    """Every kind an entry can have (what the kind filter offers)."""
    return KINDS


def kind_of(table_name: str, action: str, operation: str) -> str:
    """The kind of one entry, as :data:`KIND_SQL` computes it (for rows already read)."""
    if operation == "import":
        return "import"
    if operation == "repair":
        return "repair"
    if table_name == "proposals" or operation in REVIEW_OPERATIONS or (
            operation.startswith("undo ") and operation[5:] in REVIEW_OPERATIONS):
        return "review"
    if operation.startswith("undo"):
        return "undone"
    if table_name == "countries":
        return "country"
    if table_name in ("groups", "group_members"):
        return "group"
    if table_name in CODEBOOK_TABLES:
        return "codebook"
    if action == "delete":
        return "undone"
    if table_name == "evidence":
        return {"insert": "added", "archive": "archived", "restore": "restored"}.get(action, "edited")
    if table_name == "assessments":
        return "status set" if action == "insert" else "corrected"
    return "codebook"


def _item(value: Any) -> str:
    """One item of a listed value: a grade band as "A ≥ 80", another record as its values."""
    if isinstance(value, dict):
        if "grade" in value and "min_score" in value:
            return f"{value['grade']} ≥ {value['min_score']:g}" if isinstance(value["min_score"], (int, float)) \
                else f"{value['grade']} ≥ {value['min_score']}"
        return " ".join(str(v) for v in value.values() if v is not None)
    return str(value)


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        text = ", ".join(_item(v) for v in value) if value else "—"
    elif isinstance(value, dict):
        text = ", ".join(f"{k} {v}" for k, v in value.items() if v is not None)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def _label(name: str) -> str:
    plain = name.replace("_code", "").replace("_", " ")
    return SETTING_NAMES.get(name) or _FIELD_NAMES.get(plain) or plain


def _cut(text: str, chars: int) -> str:
    return shortened(text, chars)


def readable_diff(
    before: dict[str, Any] | None, after: dict[str, Any] | None, action: str = "update",
    labels: dict[str, dict[str, str]] | None = None,
) -> str:
    """The fields that changed, as ``field: old → new`` separated by "; " (short: a list cell, not a report).

    ``labels`` names coded values per field (``{"status_code": {"partial": "Partial"}}``): people know
    a status by its label, not its code.
    """
    names = labels or {}

    def _short(key: str, value: Any) -> str:
        if key == "archived" and value in (0, 1, True, False):
            return translate("DataHistory", "yes") if value else translate("DataHistory", "no")
        if key == "review_required" and value in (0, 1, "0", "1", True, False):
            return translate("DataHistory", "on") if str(int(value)) == "1" else translate("DataHistory", "off")
        return _value(names.get(key, {}).get(value, value) if isinstance(value, str) else value)

    if before is None and after is None:
        return translate("DataHistory", "created by an import") if action == "insert" else ""
    if before is None:
        assert after is not None
        keys = [k for k in _SUMMARY if after.get(k)]
        if not keys and len(after) <= 3:  # a setting: its one value says it all
            keys = [k for k in after if k not in _NOISE]
        text = (joined("; ", [composed("{field}: {value}", field=_label(k), value=_short(k, after[k])) for k in keys])
                or translate("DataHistory", "created"))
    elif after is None:
        gone = [k for k in _SUMMARY if before.get(k)]
        listed = joined("; ", [composed("{field}: {value}", field=_label(k), value=_short(k, before[k])) for k in gone])
        text = (translate("DataHistory", "removed ({fields})").format(fields=listed) if gone
                else translate("DataHistory", "removed"))
    else:
        parts = []
        for key in sorted(set(before) | set(after), key=lambda k: (_FIRST.get(k, len(_FIRST)), k)):
            if key in _NOISE or before.get(key) == after.get(key):
                continue
            parts.append(composed("{field}: {old} → {new}", field=_label(key), old=_short(key, before.get(key)),
                                  new=_short(key, after.get(key))))
        text = joined("; ", parts) or translate("DataHistory", "no field changed")
    return _cut(text, DIFF_CHARS)


def _loads(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def local_midnight(day: str, days: int = 0) -> str:
    """The stored (UTC) timestamp of the start of a local day (``days`` later): dates mean the user's days."""
    start = _dt.datetime.combine(_dt.date.fromisoformat(day) + _dt.timedelta(days=days), _dt.time())
    return format_timestamp(start.astimezone())


def local_time(at: str) -> str:
    """A stored (UTC) timestamp as the user's local date and minute."""
    try:
        return _dt.datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at[:16].replace("T", " ")


def _where(f: HistoryFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.user:
        where.append("h.user = ?")
        params.append(f.user)
    if f.date_from:
        where.append("h.at >= ?")
        params.append(local_midnight(f.date_from))
    if f.date_to:
        where.append("h.at < ?")
        params.append(local_midnight(f.date_to, days=1))  # every time of that day
    if f.kind:
        where.append(f"({KIND_SQL}) = ?")
        params.append(f.kind)
    for code, column, table_key in ((f.country, "country_code", "countries"),
                                    (f.recommendation, "recommendation_code", "recommendations")):
        if not code:
            continue
        where.append(
            "(h.row_key IN (SELECT uid FROM assessments WHERE " + column + " = ?)"
            " OR h.row_key IN (SELECT e.uid FROM evidence e JOIN evidence_links l ON l.evidence_uid = e.uid"
            "  WHERE l." + column + " = ?)"
            " OR (h.table_name = ? AND h.row_key = ?))"
        )
        params += [code, code, table_key, code]
    if f.search:
        pattern = "%" + f.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        text = ("h.row_key LIKE ? ESCAPE '\\' OR h.before LIKE ? ESCAPE '\\' OR h.after LIKE ? ESCAPE '\\'"
                " OR h.user LIKE ? ESCAPE '\\'")
        params += [pattern] * 4
        match = fts_query(f.search)
        if match:
            text += (" OR (h.after IS NULL AND h.table_name = 'evidence' AND h.row_key IN (SELECT uid FROM evidence"
                     " WHERE rowid IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?"
                     " ORDER BY rowid DESC LIMIT ?)))")
            params += [match, IMPORTED_MATCH_CAP]
        where.append(f"({text})")
    return where, params


def history_page(
    t: TrackerCore, f: HistoryFilter, after: int | None, limit: int = 200, *,
    scan: int | None = None, newer_than: int = 0,
) -> tuple[list[HistoryRow], int | None]:
    """Up to ``limit`` entries older than ``after`` (None: from the newest), newest first, and where to go on.

    The second value is the ``after`` of the next page, or None when nothing older is left.  With a filter,
    a page may be short (even empty) while more entries exist: at most ``scan`` ids (default
    :data:`SCAN_CAP`) are looked at per call, and the next call goes on from where this one stopped.
    ``newer_than`` reads only entries after that id (what was written since a list was read).
    """
    start = after if after is not None else last_id(t) + 1
    where, params = _where(f)
    cols = "h.rowid, h.at, h.user, h.operation, h.action, h.table_name, h.row_key, h.before, h.after, h.uid"
    if f.is_empty():
        raw = t.db.execute(f"SELECT {cols} FROM history h WHERE h.rowid < ? AND h.rowid > ?"
                           " ORDER BY h.rowid DESC LIMIT ?",
                           [start, newer_than, limit]).fetchall()
        next_after = raw[-1][0] if len(raw) == limit else None
    else:
        floor = max(newer_than + 1, start - (SCAN_CAP if scan is None else max(1, scan)))
        sql = (f"SELECT {cols} FROM history h WHERE h.rowid < ? AND h.rowid >= ? AND " + " AND ".join(where)
               + " ORDER BY h.rowid DESC LIMIT ?")
        raw = t.db.execute(sql, [start, floor, *params, limit]).fetchall()
        if len(raw) == limit:
            next_after = raw[-1][0]
        else:
            next_after = floor if floor > newer_than + 1 and _older_exists(t, floor) else None
    if next_after is not None and next_after <= newer_than + 1:
        next_after = None
    return _readable(t, raw), next_after


def _older_exists(t: TrackerCore, before: int) -> bool:
    return t.db.execute("SELECT 1 FROM history WHERE rowid < ? LIMIT 1", [before]).fetchone() is not None


def count_matches(t: TrackerCore, f: HistoryFilter, before: int, scan: int) -> tuple[int, int | None]:
    """How many entries older than ``before`` match ``f`` among the next ``scan`` ids, and where to go on.

    The History tab's count of a filtered list: it adds these up on a worker, a bounded step at a time,
    so it shows "≥ N" while counting and the exact number once the second value is None.
    """
    floor = max(1, before - max(1, scan))
    where, params = _where(f)
    sql = "SELECT count(*) FROM history h WHERE h.rowid < ? AND h.rowid >= ?" + "".join(" AND " + w for w in where)
    n = int(t.db.execute(sql, [before, floor, *params]).fetchone()[0])
    return n, (floor if floor > 1 and _older_exists(t, floor) else None)


def interrupt(t: TrackerCore) -> None:
    """Abort the statement running on ``t``'s connection, from any thread (a walk the person cancelled)."""
    with contextlib.suppress(sqlite3.Error):
        t.db.conn.interrupt()


def last_id(t: TrackerCore) -> int:
    """The newest entry's id (0 for none): where a list starts."""
    return int(t.db.execute("SELECT coalesce(max(rowid), 0) FROM history").fetchone()[0])


def history_total(t: TrackerCore) -> int:
    """How many entries the history holds, from the tallies (a lookup, whatever its length)."""
    row = t.db.execute("SELECT n FROM tallies WHERE name = 'history'").fetchone()
    return int(row[0]) if row else 0


def _readable(t: TrackerCore, raw: list[Any]) -> list[HistoryRow]:
    """Rows with their record named and their changes spelled out (a few lookups per page, not per row)."""
    ev_keys = [r[6] for r in raw if r[5] == "evidence"]
    as_keys = [r[6] for r in raw if r[5] == "assessments"]
    # A proposal's entries carry its copy; only one without (none is written so) is looked up.
    pr_keys = [r[6] for r in raw if r[5] == "proposals" and not (r[7] or r[8])]
    titles: dict[str, str] = {}
    cells: dict[str, tuple[str, str]] = {}
    if pr_keys:
        marks = ",".join("?" * len(pr_keys))
        cells.update({r[0]: (r[1], r[2]) for r in t.db.execute(
            f"SELECT uid, country_code, recommendation_code FROM proposals WHERE uid IN ({marks})", pr_keys)})
    if ev_keys:
        marks = ",".join("?" * len(ev_keys))
        titles = dict(t.db.execute(f"SELECT uid, title FROM evidence WHERE uid IN ({marks})", ev_keys).fetchall())
    if as_keys:
        marks = ",".join("?" * len(as_keys))
        cells = {r[0]: (r[1], r[2]) for r in t.db.execute(
            f"SELECT uid, country_code, recommendation_code FROM assessments WHERE uid IN ({marks})", as_keys)}
    names = dict(t.db.execute("SELECT code, name FROM countries").fetchall())
    labels = {"status_code": dict(t.db.execute("SELECT code, label FROM statuses").fetchall())}
    rows = []
    for hid, at, user, operation, action, table, key, before_text, after_text, uid in raw:
        before, after = _loads(before_text), _loads(after_text)
        snap = after or before or {}
        country = recommendation = None
        record: str
        if table == "evidence":
            title = snap.get("title") or titles.get(key) or snap.get("url") or key
            record = translate("DataHistory", "Evidence: {title}").format(title=_value(title))
        elif table in ("assessments", "proposals"):
            country, recommendation = (snap.get("country_code"), snap.get("recommendation_code")) if snap.get(
                "country_code") else cells.get(key, (None, None))
            record = f"{names.get(country or '', country or '?')} × {recommendation or '?'}"
        elif table == "countries":
            country = key
            record = translate("DataHistory", "Country: {name} ({code})").format(
                name=snap.get('name') or names.get(key, key), code=key)
        elif table == "recommendations":
            recommendation = key
            record = (translate("DataHistory", "Recommendation {code}: {title}").format(
                code=key, title=_value(snap["title"])) if snap.get("title")
                else translate("DataHistory", "Recommendation {code}").format(code=key))
        elif table == "groups":
            record = translate("DataHistory", "Group: {name}").format(name=key)
        elif table == "meta":
            record = translate("DataHistory", "Tracker setting: {name}").format(
                name=SETTING_NAMES.get(key, _label(key)))
        elif table == "grades":
            record = translate("DataHistory", "Grade bands")
        elif table == "statuses":
            record = translate("DataHistory", "Status: {label}").format(label=snap.get('label') or key)
        elif operation == "repair":
            record = key[:1].upper() + key[1:]
        else:
            record = f"{_label(table).capitalize()}: {key}"
        changes = readable_diff(before, after, action, labels)
        step = operation[5:] if operation.startswith("undo ") else operation
        if step in _REVIEW_STEPS:  # say which review step it was: the fields alone do not
            done, undone = _REVIEW_STEPS[step]
            changes = _cut(composed("{step} — {changes}", step=undone if step != operation else done,
                                    changes=changes), DIFF_CHARS)
        rows.append(HistoryRow(
            id=hid, uid=uid, at=at, user=user, kind=kind_of(table, action, operation), record=record,
            changes=changes, table_name=table, row_key=key,
            operation=operation, action=action, country=country, recommendation=recommendation,
        ))
    return rows


def history_users(t: TrackerCore) -> list[str]:
    """The people named in the history (for the person filter); read from the newest entries, capped."""
    return [r[0] for r in t.db.execute(
        "SELECT DISTINCT user FROM (SELECT user FROM history ORDER BY rowid DESC LIMIT ?) ORDER BY user",
        [SCAN_CAP]).fetchall()]


__all__ = ["CODEBOOK_TABLES", "KINDS", "REVIEW_OPERATIONS", "SCAN_CAP", "SETTING_NAMES", "HistoryFilter", "HistoryRow",
           "count_matches", "history_kinds", "history_page", "history_total", "history_users", "interrupt", "kind_of",
           "last_id", "local_midnight", "local_time", "readable_diff"]
