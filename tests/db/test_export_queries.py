"""The export queries: one SELECT each, rows already in export order with their lists
aggregated, streamed in chunks from the cursor, reading only the base tables."""

from __future__ import annotations

import json
import sqlite3

import pytest

from db import ValidationError, ops
from db.export_queries import (
    CHUNK_ROWS,
    EVIDENCE_EXPORT_COLUMNS,
    HISTORY_EXPORT_COLUMNS,
    evidence_export_query,
    evidence_export_rows,
    history_export_query,
    history_export_rows,
    stream,
)


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid

BASE_TABLES = {
    "evidence", "evidence_links", "assessments", "assessment_evidence", "countries", "recommendations", "statuses",
}


def rows(chunks) -> list[tuple]:
    return [r for chunk in chunks for r in chunk]


def by_uid(found: list[tuple]) -> dict[str, dict]:
    return {r[0]: dict(zip(EVIDENCE_EXPORT_COLUMNS, r, strict=True)) for r in found}


def test_evidence_rows_come_in_export_order_with_the_newest_record_first_on_ties(tracker, clock):
    made = []
    for day in ("2024-03-01", "2024-01-01", "2024-03-01", "2024-03-01"):
        made.append(uid_of(ops.add_evidence(tracker, event_date=day, countries=["FR"], recommendations=["visa"],
                                            title=day)))
        clock.advance(seconds=1)
    # The last two recorded in the same instant: the one with the higher id comes first.
    tracker.db.execute("UPDATE evidence SET recorded_at = 'X' WHERE uid IN (?, ?)", made[2:])
    found = [r[0] for r in rows(evidence_export_rows(tracker)) if r[0] in made]
    assert found == [made[1], made[0], made[3], made[2]]


def test_lists_are_aggregated_sorted_and_without_repeats_joined_or_as_json(tracker):
    ops.add_recommendation(tracker, "aaa", "First by position", position=0)
    uid = uid_of(ops.add_evidence(
        tracker, event_date="2024-03-01", countries=["LV", "EE"], recommendations=["sanctions", "visa", "aaa"],
        title="t",
    ))
    lone = uid_of(ops.add_evidence(
        tracker, event_date="2024-03-02", countries=["FR"], recommendations=["tps"], title="u",
    ))
    tracker.db.execute("DELETE FROM evidence_links WHERE evidence_uid = ?", [lone])
    joined = by_uid(rows(evidence_export_rows(tracker)))
    assert joined[uid]["countries"] == "EE|LV"
    assert joined[uid]["recommendations"] == "aaa|visa|sanctions"  # codebook position, then code
    assert joined[lone]["countries"] is None and joined[lone]["recommendations"] is None
    as_json = by_uid(rows(evidence_export_rows(tracker, lists="json")))
    assert json.loads(as_json[uid]["countries"]) == ["EE", "LV"]
    assert json.loads(as_json[uid]["recommendations"]) == ["aaa", "visa", "sanctions"]
    assert as_json[lone]["countries"] == "[]"


def test_evidence_filters(tracker):
    fr = uid_of(ops.add_evidence(
        tracker, event_date="2024-06-01", countries=["FR"], recommendations=["tps"], title="f",
    ))
    lv = uid_of(ops.add_evidence(
        tracker, event_date="2024-06-02", countries=["LV"], recommendations=["tps"], title="l",
    ))
    ops.archive_evidence(tracker, lv)
    uids = {r[0] for r in rows(evidence_export_rows(tracker))}
    assert fr in uids and lv not in uids
    assert lv in {r[0] for r in rows(evidence_export_rows(tracker, include_archived=True))}
    assert {r[0] for r in rows(evidence_export_rows(tracker, countries=["LV"], include_archived=True))} == {lv}
    assert rows(evidence_export_rows(tracker, countries=[])) == []
    assert fr not in {r[0] for r in rows(evidence_export_rows(tracker, date_to="2024-05-31"))}
    assert fr in {r[0] for r in rows(evidence_export_rows(tracker, date_to=" 2024-06-01 "))}
    assert fr in {r[0] for r in rows(evidence_export_rows(tracker, date_to=""))}  # empty: no limit


def test_an_impossible_date_is_refused_before_anything_is_read(tracker):
    with pytest.raises(ValidationError) as info:
        evidence_export_rows(tracker, date_to="2024-02-30")
    assert info.value.field == "to"


def test_history_rows_in_order_with_names_scores_and_linked_evidence(tracker, clock):
    first = uid_of(ops.add_evidence(tracker, event_date="2024-02-01", countries=["FR"], recommendations=["visa"],
                                    url="https://example.org/a|b"))
    second = uid_of(ops.add_evidence(tracker, event_date="2024-01-01", countries=["FR"], recommendations=["visa"],
                                     title="no url"))
    clock.advance(minutes=1)
    late = uid_of(ops.set_status(tracker, "FR", "visa", "full", effective_date="2024-05-01", rationale="r",
                                 evidence=[first, second]))
    clock.advance(minutes=1)
    early = uid_of(ops.set_status(tracker, "FR", "visa", "partial", effective_date="2024-03-01", rationale="r"))
    found = {r[0]: dict(zip(HISTORY_EXPORT_COLUMNS, r, strict=True)) for r in rows(history_export_rows(tracker))}
    order = [r[0] for r in rows(history_export_rows(tracker))]
    assert order.index(early) < order.index(late)
    row = found[late]
    assert (row["country_name"], row["recommendation_title"], row["status_label"], row["score"]) == (
        "France", "Non-discriminatory visa policy for Belarusians", "Implemented", 100.0,
    )
    assert row["evidence_uids"] == f"{second}|{first}"  # event date order
    assert row["evidence_urls"] == "https://example.org/a|b"  # evidence without a URL has none
    as_json = {r[0]: r for r in rows(history_export_rows(tracker, lists="json"))}[late]
    assert json.loads(as_json[12]) == ["https://example.org/a|b"]  # a "|" inside a URL survives
    assert found[early]["evidence_uids"] is None
    assert {r[1] for r in rows(history_export_rows(tracker, countries=["FR"]))} == {"FR"}
    assert rows(history_export_rows(tracker, countries=[])) == []
    assert late not in {r[0] for r in rows(history_export_rows(tracker, effective_to="2024-04-30"))}


def test_stream_yields_chunks_and_closes_its_cursor_when_abandoned(tracker):
    tracker.db.execute("CREATE TEMP TABLE numbers (n INTEGER)")
    tracker.db.conn.executemany("INSERT INTO numbers VALUES (?)", [(i,) for i in range(CHUNK_ROWS * 2 + 3)])
    chunks = stream(tracker, "SELECT n FROM numbers ORDER BY n", [])
    assert [len(c) for c in stream(tracker, "SELECT n FROM numbers ORDER BY n", [])] == [CHUNK_ROWS, CHUNK_ROWS, 3]
    assert next(chunks)[0] == (0,)
    chunks.close()  # type: ignore[attr-defined]
    tracker.db.execute("DROP TABLE numbers")  # no statement left running on it


@pytest.mark.parametrize("lists", ["joined", "json"])
def test_the_queries_read_only_base_tables(tracker, lists):
    """Never the search index or a table derived from the base ones (other work changes those)."""
    read: set[str] = set()

    def authorizer(action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None) -> int:
        if action == sqlite3.SQLITE_READ and arg1:
            read.add(arg1)
        return sqlite3.SQLITE_OK

    conn = tracker.db.conn
    conn.set_authorizer(authorizer)
    try:
        for sql, params in (
            evidence_export_query(countries=["FR"], date_to="2024-01-01", lists=lists),
            history_export_query(countries=["FR"], effective_to="2024-01-01", lists=lists),
        ):
            conn.execute(sql, params).fetchall()
    finally:
        conn.set_authorizer(None)
    assert read and read <= BASE_TABLES


def test_an_unknown_list_shape_is_refused():
    with pytest.raises(ValueError):
        evidence_export_query(lists="csv")  # type: ignore[arg-type]
