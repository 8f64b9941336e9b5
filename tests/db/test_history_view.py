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
    ops.delete_group(tracker, "Baltics")
    for entry in REVIEW_ENTRIES + CODEBOOK_ENTRIES:  # the review's and the codebook editor's operations
        _entry(tracker, *entry)
    rows = all_pages(tracker, HistoryFilter(), 1000)
    assert {r.kind for r in rows} >= {"added", "edited", "archived", "status set", "corrected", "undone",
                                     "codebook", "country", "group", "review"}
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


def _entry(t: Tracker, operation: str, action: str, table: str, key: str,
           before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    """One history entry as an operation writes it (the review and codebook operations' own shapes)."""
    with t.atomic():
        ops.record_history(t, operation, action, table, key, before, after)


#: A proposal's copy as db.review keeps it in the history.
PROPOSAL_UID = "0190c0de-0000-7000-8000-000000000001"


def _proposal(state: str, **more: Any) -> dict[str, Any]:
    return {"uid": PROPOSAL_UID, "country_code": "LT", "recommendation_code": "R1", "status_code": "full",
            "effective_date": "2026-01-10", "rationale": "The law passed", "confidence": "reported",
            "proposed_by": "Alice", "proposed_at": "2026-01-10T10:00:00+00:00", "state": state,
            "reviewed_by": None, "reviewed_at": None, "review_comment": None, "assessment_id": None,
            "replaces": None, "evidence": [], **more}


REVIEW_ENTRIES: list[tuple[str, str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = [
    ("propose_status", "insert", "proposals", PROPOSAL_UID, None, _proposal("proposed")),
    ("return_status", "update", "proposals", PROPOSAL_UID, _proposal("proposed"),
     _proposal("returned", reviewed_by="Bob", review_comment="Cite the decree")),
    ("undo return_status", "update", "proposals", PROPOSAL_UID,
     _proposal("returned", reviewed_by="Bob", review_comment="Cite the decree"), _proposal("proposed")),
    ("approve_status", "insert", "assessments", PROPOSAL_UID, None,
     {"uid": PROPOSAL_UID, "country_code": "LT", "recommendation_code": "R1", "status_code": "full",
      "effective_date": "2026-01-10", "rationale": "The law passed"}),
    ("approve_status", "update", "proposals", PROPOSAL_UID, _proposal("proposed"),
     _proposal("approved", reviewed_by="Bob", assessment_id=7)),
    ("undo approve_status", "delete", "assessments", PROPOSAL_UID,
     {"uid": PROPOSAL_UID, "country_code": "LT", "recommendation_code": "R1", "status_code": "full"}, None),
    ("withdraw_proposal", "update", "proposals", PROPOSAL_UID, _proposal("proposed"), _proposal("withdrawn")),
    ("undo withdraw_proposal", "update", "proposals", PROPOSAL_UID, _proposal("withdrawn"), _proposal("proposed")),
    ("resubmit_proposal", "insert", "proposals", PROPOSAL_UID, None, _proposal("proposed")),
    ("undo propose_status", "delete", "proposals", PROPOSAL_UID, _proposal("proposed"), None),
    ("set_review_required", "insert", "meta", "review_required", None, {"review_required": "1"}),
    ("set_review_required", "update", "meta", "review_required", {"review_required": "1"}, {"review_required": "0"}),
    ("undo set_review_required", "update", "meta", "review_required", {"review_required": "0"},
     {"review_required": "1"}),
]

#: The codebook editor's operations (db/codebook_ops.py), each as its entry looks.
CODEBOOK_ENTRIES: list[tuple[str, str, str, str, dict[str, Any] | None, dict[str, Any] | None]] = [
    ("reorder_recommendations", "update", "recommendations", "R2", {"code": "R2", "position": 2},
     {"code": "R2", "position": 1}),
    ("move_recommendation", "update", "recommendations", "R1", {"code": "R1", "position": 1},
     {"code": "R1", "position": 2}),
    ("delete_recommendation", "delete", "recommendations", "R9", {"code": "R9", "title": "Unused"}, None),
    ("add_status", "insert", "statuses", "mixed", None, {"code": "mixed", "label": "Mixed", "score": 0.5}),
    ("edit_status", "update", "statuses", "partial", {"code": "partial", "label": "Partly implemented", "score": 0.5},
     {"code": "partial", "label": "Partly implemented", "score": 0.6}),
    ("retire_status", "delete", "statuses", "mixed", {"code": "mixed", "label": "Mixed", "score": 0.5}, None),
    ("set_grading", "update", "grades", "grades", {"grades": [{"grade": "A", "min_score": 80}]},
     {"grades": [{"grade": "A", "min_score": 85}, {"grade": "B", "min_score": 60}]}),
    ("set_grades", "update", "grades", "grades", {"grades": []}, {"grades": [{"grade": "A", "min_score": 80}]}),
    ("set_min_coverage", "update", "meta", "min_coverage_for_grade", {"min_coverage_for_grade": "0.5"},
     {"min_coverage_for_grade": "0.6"}),
    ("set_review_interval", "update", "meta", "review_interval_days", {"review_interval_days": "180"},
     {"review_interval_days": "90"}),
    ("set_title", "update", "meta", "title", {"title": "Visa watch"}, {"title": "Visa watch 2026"}),
    ("set_settings", "update", "meta", "source", {"source": "Kennan"}, {"source": "Kennan Institute"}),
]


def test_review_and_codebook_entries_get_their_kinds_in_sql_and_in_python(tracker: Tracker) -> None:
    for entry in REVIEW_ENTRIES + CODEBOOK_ENTRIES:
        _entry(tracker, *entry)
    kinds = {(r.operation, r.action, r.table_name): r.kind for r in all_pages(tracker, HistoryFilter(), 100)}
    for operation, action, table, *_rest in REVIEW_ENTRIES:
        assert kinds[(operation, action, table)] == "review"
    for operation, action, table, *_rest in CODEBOOK_ENTRIES:
        assert kinds[(operation, action, table)] == "codebook"  # retiring a status is no undo
    assert {r.kind for r in all_pages(tracker, HistoryFilter(kind="review"), 100)} == {"review"}
    assert len(all_pages(tracker, HistoryFilter(kind="review"), 100)) == len(REVIEW_ENTRIES)
    assert hv.kind_of("groups", "delete", "delete_group") == "group"  # deleting a group is no undo either
    assert hv.kind_of("groups", "insert", "undo delete_group") == "undone"
    assert hv.kind_of("statuses", "insert", "undo retire_status") == "undone"


def test_review_entries_name_the_cell_and_the_step(tracker: Tracker) -> None:
    for entry in REVIEW_ENTRIES:
        _entry(tracker, *entry)
    rows = {(r.operation, r.table_name): r for r in all_pages(tracker, HistoryFilter(kind="review"), 100)}
    lithuania = tracker.db.execute("SELECT name FROM countries WHERE code = 'LT'").fetchone()[0]
    proposed = rows[("propose_status", "proposals")]
    assert proposed.record == f"{lithuania} × R1"
    assert (proposed.country, proposed.recommendation) == ("LT", "R1")
    assert proposed.changes == "Proposed — status: Implemented; effective date: 2026-01-10"
    assert rows[("return_status", "proposals")].changes == (
        "Returned — state: proposed → returned; review comment: — → Cite the decree; reviewed by: — → Bob")
    assert rows[("undo return_status", "proposals")].changes.startswith(
        "Return undone — state: returned → proposed; review comment: Cite the decree → —")
    assert rows[("approve_status", "proposals")].changes == (
        "Approved — state: proposed → approved; reviewed by: — → Bob")  # no ids, no time stamps
    assert rows[("approve_status", "assessments")].record == f"{lithuania} × R1"
    assert rows[("undo approve_status", "assessments")].changes == "Approval undone — removed (status: Implemented)"
    assert rows[("undo propose_status", "proposals")].changes.startswith("Proposal undone — removed (status: ")
    turned_on, turned_off = [r for r in all_pages(tracker, HistoryFilter(kind="review"), 100)
                             if r.operation == "set_review_required"][::-1]
    assert turned_on.record == turned_off.record == "Tracker setting: status changes need review"
    assert (turned_on.changes, turned_off.changes) == ("status changes need review: on",
                                                       "status changes need review: on → off")


def test_codebook_edits_read_as_before_and_after(tracker: Tracker) -> None:
    for entry in CODEBOOK_ENTRIES:
        _entry(tracker, *entry)
    rows = {r.operation: r for r in all_pages(tracker, HistoryFilter(kind="codebook"), 100)}
    assert rows["reorder_recommendations"].changes == "position: 2 → 1"
    assert rows["edit_status"].changes == "score: 0.5 → 0.6"
    assert rows["edit_status"].record == "Status: Partly implemented"
    assert rows["retire_status"].changes == "removed (label: Mixed)"
    assert (rows["set_grading"].record, rows["set_grading"].changes) == (
        "Grade bands", "grades: A ≥ 80 → A ≥ 85, B ≥ 60")
    assert rows["set_grades"].changes == "grades: — → A ≥ 80"
    assert (rows["set_min_coverage"].record, rows["set_min_coverage"].changes) == (
        "Tracker setting: minimum coverage for a grade", "minimum coverage for a grade: 0.5 → 0.6")
    assert rows["set_review_interval"].changes == "review interval (days): 180 → 90"
    assert rows["set_title"].changes == "title: Visa watch → Visa watch 2026"


def test_counting_in_bounded_steps_adds_up_to_the_whole(tracker: Tracker, clock: Any) -> None:
    some_changes(tracker, clock)
    f = HistoryFilter(user="Bob")
    total, steps = 0, 0
    before: int | None = hv.last_id(tracker) + 1
    while before is not None:
        n, before = hv.count_matches(tracker, f, before, 3)
        total, steps = total + n, steps + 1
    assert total == len(all_pages(tracker, f, 100)) == 2
    assert steps > 3  # each step looked at 3 ids
    assert hv.history_total(tracker) == tracker.db.execute("SELECT count(*) FROM history").fetchone()[0]


def test_newer_than_reads_only_what_came_after(tracker: Tracker, clock: Any) -> None:
    top = hv.last_id(tracker)
    made = some_changes(tracker, clock)
    newer, after = hv.history_page(tracker, HistoryFilter(), None, 100, newer_than=top)
    assert after is None and newer and all(r.id > top for r in newer)
    assert [r.id for r in newer] == [r.id for r in all_pages(tracker, HistoryFilter(), 100) if r.id > top]
    only_bob, after = hv.history_page(tracker, HistoryFilter(user="Bob"), None, 100, scan=2, newer_than=top)
    assert after is not None and all(r.id > top for r in only_bob)  # a bounded step: go on from there
    rest, after = hv.history_page(tracker, HistoryFilter(user="Bob"), after, 100, scan=100, newer_than=top)
    assert after is None and {r.row_key for r in only_bob + rest} == {made["assessment"], made["evidence"]}
