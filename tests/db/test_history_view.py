"""The History tab's data (db/history_view.py): keyset pages, filters, readable diffs and kinds."""

from __future__ import annotations

from typing import Any

import pytest

from db import Tracker, ops
from db import history_view as hv
from db.bulk import NewEvidence, bulk_write
from db.history_view import HistoryFilter


def codes(t: Tracker) -> tuple[list[str], list[str]]:
    countries = [r[0] for r in t.db.execute("SELECT code FROM countries ORDER BY code LIMIT 3")]
    recs = [r[0] for r in t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 3")]
    return countries, recs


def some_changes(t: Tracker, clock: Any) -> dict[str, str]:
    """Evidence added, edited, archived; a status set and corrected; by two people on two days."""
    (c1, c2, _), (r1, r2, _) = codes(t)
    ev = ops.add_evidence(t, event_date="2026-01-10", countries=[c1], recommendations=[r1], title="Budget law")
    ev_uid = ev.uid or ""
    ops.edit_evidence(t, ev_uid, title="Budget law 2026")
    status_uid = ops.set_status(t, c2, r2, "partial", effective_date="2026-01-10", rationale="The law passed").uid or ""
    clock.advance(days=2)
    t.user = "Bob"
    ops.correct_assessment(t, status_uid, rationale="The law passed in January")
    ops.archive_evidence(t, ev_uid)
    return {"evidence": ev_uid, "assessment": status_uid, "c1": c1, "c2": c2, "r1": r1, "r2": r2}


def all_pages(t: Tracker, f: HistoryFilter, limit: int) -> list[hv.HistoryRow]:
    rows: list[hv.HistoryRow] = []
    after: int | None = None
    while True:
        page, after = hv.history_page(t, f, after, limit)
        rows += page
        if after is None:
            return rows


def test_keyset_pages_equal_one_full_query(tracker: Tracker, clock: Any) -> None:
    some_changes(tracker, clock)
    total = tracker.db.execute("SELECT count(*) FROM history").fetchone()[0]
    everything, after = hv.history_page(tracker, HistoryFilter(), None, total + 10)
    assert after is None and len(everything) == total
    assert [r.id for r in everything] == sorted((r.id for r in everything), reverse=True)  # newest first
    assert all_pages(tracker, HistoryFilter(), 3) == everything
    assert all_pages(tracker, HistoryFilter(kind="edited"), 1) == [r for r in everything if r.kind == "edited"]


def test_a_filtered_page_never_scans_past_its_cap(
    tracker: Tracker, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    some_changes(tracker, clock)
    monkeypatch.setattr(hv, "SCAN_CAP", 2)
    only_bob = HistoryFilter(user="Bob")
    page, after = hv.history_page(tracker, only_bob, None, 50)
    assert [r.user for r in page] == ["Bob", "Bob"] and after is not None  # more may be older: go on
    assert all_pages(tracker, only_bob, 50) == page  # and the walk ends with nothing more from Bob


def test_filters_narrow_to_what_they_name(tracker: Tracker, clock: Any) -> None:
    made = some_changes(tracker, clock)
    newest = all_pages(tracker, HistoryFilter(), 100)
    assert {r.user for r in all_pages(tracker, HistoryFilter(user="Bob"), 100)} == {"Bob"}
    assert {r.kind for r in all_pages(tracker, HistoryFilter(user="Bob"), 100)} == {"corrected", "archived"}
    later = all_pages(tracker, HistoryFilter(date_from="2026-01-16"), 100)
    assert later and all(r.at >= hv.local_midnight("2026-01-16") for r in later)  # dates are the user's days
    assert {r.id for r in all_pages(tracker, HistoryFilter(date_to="2026-01-15"), 100)} == {
        r.id for r in newest if r.at < hv.local_midnight("2026-01-16")} != set()
    by_country = all_pages(tracker, HistoryFilter(country=made["c2"]), 100)
    assert {r.row_key for r in by_country} == {made["assessment"], made["c2"]}  # its cells and the country itself
    by_rec = all_pages(tracker, HistoryFilter(recommendation=made["r1"]), 100)
    assert {r.row_key for r in by_rec} >= {made["evidence"]}
    found = all_pages(tracker, HistoryFilter(search="in January"), 100)
    assert [r.kind for r in found] == ["corrected"]
    assert all_pages(tracker, HistoryFilter(search="100%_"), 100) == []  # LIKE's wildcards are plain text


def test_rows_say_what_changed_readably(tracker: Tracker, clock: Any) -> None:
    made = some_changes(tracker, clock)
    rows = all_pages(tracker, HistoryFilter(), 100)
    edited = next(r for r in rows if r.kind == "edited")
    assert edited.changes == "title: Budget law → Budget law 2026"
    assert edited.record == "Evidence: Budget law 2026"
    corrected = next(r for r in rows if r.kind == "corrected")
    assert corrected.changes == "rationale: The law passed → The law passed in January"
    assert "×" in corrected.record and made["r2"] in corrected.record
    assert (corrected.country, corrected.recommendation) == (made["c2"], made["r2"])
    assert next(r for r in rows if r.kind == "archived").changes == "archived: no → yes"
    assert next(r for r in rows if r.kind == "status set").changes.startswith("status: Partly implemented")  # its label


def test_statuses_and_settings_read_by_their_names(tracker: Tracker, clock: Any) -> None:
    made = some_changes(tracker, clock)
    ops.correct_assessment(tracker, made["assessment"], status="full")
    ops.set_meta(tracker, "title", "Visa watch")
    rows = all_pages(tracker, HistoryFilter(), 2)[:2]
    assert (rows[0].kind, rows[0].record) == ("codebook", "Tracker setting: title")
    assert rows[0].changes.endswith("→ Visa watch")
    assert rows[1].changes == "status: Partly implemented → Implemented"


def test_readable_diff_shows_only_changed_fields_shortly() -> None:
    before = {"title": "A", "notes": "x" * 100, "updated_at": "1", "cells": ["LT:R1"]}
    after = {"title": "A", "notes": "y", "updated_at": "2", "cells": ["LT:R1", "LV:R1"]}
    text = hv.readable_diff(before, after)
    assert text.startswith("cells: LT:R1 → LT:R1, LV:R1; notes: xxx")
    assert "title" not in text and "updated" not in text and len(text) < 120
    assert hv.readable_diff({"a": 1}, None, "delete") == "removed"
    assert hv.readable_diff(None, None, "insert") == "created by an import"


def test_every_table_in_the_history_gets_a_kind(tracker: Tracker, clock: Any) -> None:
    some_changes(tracker, clock)
    (c1, _, _), (r1, _, _) = codes(tracker)
    ops.add_group(tracker, "Baltics", [c1])
    ops.set_meta(tracker, "title", "Another title")
    change = ops.add_evidence(tracker, event_date="2026-01-11", countries=[c1], recommendations=[r1], title="Oops")
    ops.delete_evidence(tracker, change.uid or "")
    rows = all_pages(tracker, HistoryFilter(), 1000)
    assert {r.kind for r in rows} >= {"added", "edited", "archived", "status set", "corrected", "undone",
                                     "codebook", "country", "group"}
    assert all(r.kind in hv.history_kinds() for r in rows)
    for table, action, operation in tracker.db.execute(
            "SELECT DISTINCT table_name, action, operation FROM history").fetchall():
        kind = hv.kind_of(table, action, operation)
        sql_kind = tracker.db.execute(f"SELECT {hv.KIND_SQL} FROM (SELECT ? AS table_name, ? AS action,"
                                      " ? AS operation) h", [table, action, operation]).fetchone()[0]
        assert kind == sql_kind and kind in hv.KINDS
    assert hv.kind_of("evidence", "insert", "import") == "import"
    assert hv.kind_of("search index", "update", "repair") == "repair"


def test_search_finds_an_imports_entries_by_the_evidence_text(tracker: Tracker) -> None:
    (c1, _, _), (r1, _, _) = codes(tracker)
    with bulk_write(tracker, operation="import") as writer:
        uid = writer.add_evidence(NewEvidence(None, "2026-01-05", "Imported decree on zanzibarite", None, None,
                                              None, None, "official", None, None), [(c1, r1)])
    found = all_pages(tracker, HistoryFilter(search="zanzibarite"), 100)
    assert [(r.kind, r.row_key, r.record) for r in found] == [
        ("import", uid, "Evidence: Imported decree on zanzibarite")]
    assert found[0].changes == "created by an import"
