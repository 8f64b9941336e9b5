"""The SQL behind the long exports: rows already in the export's order, with its columns, streamed.

An export of a million pieces of evidence must not hold a million rows in
Python (issue 10: it took 2.3 GB), so each export here is ONE query whose
rows come out already ordered and already holding the lists (linked
countries, recommendations, evidence) aggregated by correlated subqueries.
:func:`stream` hands them over a chunk at a time from the cursor.

Lists come in one of two shapes, because CSV and JSON want different things:

* ``lists="joined"``: one text joined with ``|`` (what the CSV cell holds),
  ``None`` when the list is empty;
* ``lists="json"``: a JSON array as text (``json_group_array``), ``'[]'`` when
  empty, so an item holding ``|`` (a URL may) survives exactly.

Only the base tables are read (evidence, evidence_links, recommendations,
countries, statuses, assessments, assessment_evidence; and proposals,
proposal_evidence when pending proposals are asked for), never the search
index or any table derived from them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Literal

from . import validate
from .core import TrackerCore

ListShape = Literal["joined", "json"]

#: Rows fetched from the cursor at a time: big enough that the per-call cost
#: vanishes, small enough that memory stays flat.
CHUNK_ROWS = 500

#: The evidence export's columns, in the order :func:`evidence_export_query` selects them.
EVIDENCE_EXPORT_COLUMNS: tuple[str, ...] = (
    "uid", "event_date", "title", "url", "archive_url", "accessed_on", "publisher", "source_kind", "language",
    "notes", "countries", "recommendations", "recorded_by", "recorded_at", "updated_at",
)
#: The history export's columns, in the order :func:`history_export_query` selects them.
HISTORY_EXPORT_COLUMNS: tuple[str, ...] = (
    "uid", "country_code", "country_name", "recommendation_code", "recommendation_title", "status_code",
    "status_label", "score", "effective_date", "confidence", "rationale", "evidence_uids", "evidence_urls",
    "recorded_by", "recorded_at", "review_state", "reviewed_by", "reviewed_at", "review_comment",
)

#: ``review_state`` of an assessment reviewed by a second person, one recorded
#: while review was not required, and a pending proposal (only when asked for).
REVIEW_STATES: tuple[str, ...] = ("approved", "not_required", "proposed")


def _aggregate(shape: ListShape, column: str) -> str:
    if shape == "joined":
        return f"group_concat({column}, '|')"
    if shape == "json":
        return f"json_group_array({column})"
    raise ValueError(f"unknown list shape {shape!r}")


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def evidence_export_query(
    *,
    countries: Sequence[str] | None = None,
    include_archived: bool = False,
    date_to: str | None = None,
    lists: ListShape = "joined",
) -> tuple[str, list[Any]]:
    """The evidence export as one SELECT and its parameters (the benchmark runs the very same SQL).

    Order: event date, then time recorded, then newest first (the local rowid: what the
    export always wrote; the integer id before m007).  ``countries``: only evidence linked to one of them
    (an empty list matches nothing).  ``date_to``: an already-checked date.
    Linked countries come sorted by code, recommendations by codebook
    position then code; both without repeats.  The inner ``ORDER BY`` sets the
    order ``group_concat`` sees (SQLite never flattens an ordered subquery
    into an aggregate).
    """
    where: list[str] = []
    params: list[Any] = []
    if not include_archived:
        where.append("e.archived = 0")
    if countries is not None:
        if countries:
            linked = f"SELECT evidence_uid FROM evidence_links WHERE country_code IN ({_marks(countries)})"
            where.append(f"e.uid IN ({linked})")
            params.extend(countries)
        else:
            where.append("0")
    if date_to is not None:
        where.append("e.event_date <= ?")
        params.append(date_to)
    sql = (
        "SELECT e.uid, e.event_date, e.title, e.url, e.archive_url, e.accessed_on, e.publisher, e.source_kind,"
        " e.language, e.notes,"
        f" (SELECT {_aggregate(lists, 'code')} FROM (SELECT DISTINCT l.country_code AS code"
        "   FROM evidence_links l WHERE l.evidence_uid = e.uid ORDER BY l.country_code)),"
        f" (SELECT {_aggregate(lists, 'code')} FROM (SELECT DISTINCT l.recommendation_code AS code,"
        "   coalesce(r.position, 0) AS pos FROM evidence_links l LEFT JOIN recommendations r"
        "   ON r.code = l.recommendation_code WHERE l.evidence_uid = e.uid ORDER BY pos, code)),"
        " e.recorded_by, e.recorded_at, e.updated_at"
        " FROM evidence e"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.event_date, e.recorded_at, e.rowid DESC"
    )
    return sql, params


def _history_select(
    table: str, links: str, lists: ListShape, where: list[str], *, proposals: bool
) -> str:
    """The history export's SELECT over ``assessments`` or (pending) ``proposals``, sharing every column."""
    owner = "proposal_uid" if proposals else "assessment_uid"
    linked = f"FROM {links} ae JOIN evidence x ON x.uid = ae.evidence_uid WHERE ae.{owner} = a.uid"
    review = (
        "'proposed', NULL, NULL, NULL" if proposals
        else "CASE WHEN a.reviewed_by IS NULL THEN 'not_required' ELSE 'approved' END,"
        " a.reviewed_by, a.reviewed_at, a.review_comment"
    )
    by, at = ("a.proposed_by", "a.proposed_at") if proposals else ("a.recorded_by", "a.recorded_at")
    return (
        "SELECT a.uid, a.country_code, coalesce(c.name, a.country_code), a.recommendation_code,"
        " coalesce(r.title, a.recommendation_code), a.status_code, s.label, s.score, a.effective_date,"
        " a.confidence, a.rationale,"
        f" (SELECT {_aggregate(lists, 'uid')} FROM (SELECT x.uid AS uid {linked} ORDER BY x.event_date, x.rowid)),"
        f" (SELECT {_aggregate(lists, 'url')} FROM (SELECT x.url AS url {linked}"
        "   AND x.url IS NOT NULL AND x.url <> '' ORDER BY x.event_date, x.rowid)),"
        f" {by}, {at}, {review}"
        + (", 1 AS kind, a.rowid" if proposals else "")
        + f" FROM {table} a JOIN statuses s ON s.code = a.status_code"
        " LEFT JOIN countries c ON c.code = a.country_code"
        " LEFT JOIN recommendations r ON r.code = a.recommendation_code"
        + (" WHERE " + " AND ".join(where) if where else "")
    )


def history_export_query(
    *,
    countries: Sequence[str] | None = None,
    effective_to: str | None = None,
    lists: ListShape = "joined",
    include_proposed: bool = False,
) -> tuple[str, list[Any]]:
    """Every assessment as one SELECT, oldest effective date first (ties: time recorded, then id).

    Names and titles come from the codebook (the code itself if missing),
    status label and score from the status scale; linked evidence (uids, and
    the non-empty URLs) in event-date order.  ``effective_to`` compares as
    text, as the export always did.  ``review_state`` says whether a second
    person approved it (:data:`REVIEW_STATES`); ``include_proposed`` adds the
    pending proposals (state ``proposed``) in the same order, still one query.
    """
    where: list[str] = []
    params: list[Any] = []
    if countries is not None:
        where.append(f"a.country_code IN ({_marks(countries)})" if countries else "0")
        params.extend(countries)
    if effective_to is not None:
        where.append("a.effective_date <= ?")
        params.append(effective_to)
    approved = _history_select("assessments", "assessment_evidence", lists, where, proposals=False)
    if not include_proposed:
        return approved + " ORDER BY a.effective_date, a.recorded_at, a.rowid", params
    pending = _history_select("proposals", "proposal_evidence", lists, [*where, "a.state = 'proposed'"],
                              proposals=True)
    approved = approved.replace(" FROM assessments a ", ", 0 AS kind, a.rowid FROM assessments a ", 1)
    columns = ", ".join(f"c{i}" for i in range(len(HISTORY_EXPORT_COLUMNS)))
    names = ", ".join([*(f"c{i}" for i in range(len(HISTORY_EXPORT_COLUMNS))), "kind", "row_id"])
    sql = (
        f"WITH merged ({names}) AS ({approved} UNION ALL {pending})"
        f" SELECT {columns} FROM merged ORDER BY c8, c14, kind, row_id"
    )
    return sql, [*params, *params]


def stream(t: TrackerCore, sql: str, params: Sequence[Any], size: int = CHUNK_ROWS) -> Iterator[list[tuple[Any, ...]]]:
    """Run one SELECT and yield its rows ``size`` at a time (the cursor is closed however the caller stops).

    A generator dropped after its tracker was closed (a reader that left a
    pipe early) finds its cursor already gone with the connection: nothing to do.
    """
    cursor = t.db.conn.execute(sql, list(params))
    try:
        while chunk := cursor.fetchmany(size):
            yield chunk
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):
            cursor.close()


ReviewFacts = tuple[str, str | None, str | None, str | None]


def assessment_reviews(t: TrackerCore, uids: Sequence[str]) -> dict[str, ReviewFacts]:
    """``(review_state, reviewed_by, reviewed_at, review_comment)`` of these assessments (the assessments export).

    Bounded by the cells exported; read in slices of 500 uids.
    """
    found: dict[str, ReviewFacts] = {}
    for start in range(0, len(uids), 500):
        chunk = list(uids[start:start + 500])
        rows = t.db.execute(
            "SELECT uid, reviewed_by, reviewed_at, review_comment FROM assessments"
            f" WHERE uid IN ({_marks(chunk)})",
            chunk,
        ).fetchall()
        for uid, by, at, comment in rows:
            found[uid] = ("not_required" if by is None else "approved", by, at, comment)
    return found


def evidence_export_rows(
    t: TrackerCore,
    *,
    countries: Sequence[str] | None = None,
    include_archived: bool = False,
    date_to: str | None = None,
    lists: ListShape = "joined",
) -> Iterator[list[tuple[Any, ...]]]:
    """The evidence export's rows (:data:`EVIDENCE_EXPORT_COLUMNS`), in chunks, in export order.

    ``date_to`` is checked here (an impossible date is refused before anything is read); empty means none.
    """
    day = validate.date(date_to, "to") if date_to else None
    sql, params = evidence_export_query(countries=countries, include_archived=include_archived, date_to=day,
                                        lists=lists)
    return stream(t, sql, params)


def history_export_rows(
    t: TrackerCore,
    *,
    countries: Sequence[str] | None = None,
    effective_to: str | None = None,
    lists: ListShape = "joined",
    include_proposed: bool = False,
) -> Iterator[list[tuple[Any, ...]]]:
    """The history export's rows (:data:`HISTORY_EXPORT_COLUMNS`), in chunks, in export order."""
    sql, params = history_export_query(countries=countries, effective_to=effective_to, lists=lists,
                                       include_proposed=include_proposed)
    return stream(t, sql, params)


__all__ = [
    "CHUNK_ROWS",
    "EVIDENCE_EXPORT_COLUMNS",
    "HISTORY_EXPORT_COLUMNS",
    "REVIEW_STATES",
    "assessment_reviews",
    "evidence_export_query",
    "evidence_export_rows",
    "history_export_query",
    "history_export_rows",
    "stream",
]
