"""What other programs changed, read back from the history (db/changes.py).

A window turns the history entries written since it last looked into one
Change: these tests write with every kind of operation (each table the
history names) and check the Change names exactly what a view must refresh.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from db import Tracker, ops
from db.bulk import NewEvidence, NewStatus, bulk_write
from db.changes import MAX_ENTRIES, ExternalChange, changes_since, data_version, last_history_id
from db.check import repair_tracker
from db.codebook import Grade, Status
from db.codebook_write import replace_status_scale
from db.queries import codebook_view


def since(t: Tracker, start: int) -> ExternalChange:
    change, newest = changes_since(t, start)
    assert newest == last_history_id(t)
    return change


def test_nothing_new_is_an_empty_change_and_the_same_id(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    change, newest = changes_since(tracker, start)
    assert newest == start
    assert (change.cells, change.evidence, change.assessments, change.codebook, change.entries) == (
        set(), set(), set(), False, 0)


def test_a_status_names_its_cell_and_assessment_and_who(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    uid = ops.set_status(tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.").uid
    change = since(tracker, start)
    assert change.cells == {("FR", "visa")}
    assert change.assessments == {uid}
    assert not change.codebook and not change.evidence
    assert change.entries == 1 and change.users == ["Alice"] and change.authors == {uid: "Alice"}


def test_corrected_and_deleted_assessments_name_their_cell(tracker: Tracker) -> None:
    uid = ops.set_status(tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.").uid
    assert uid is not None
    start = last_history_id(tracker)
    ops.correct_assessment(tracker, uid, rationale="Open to all.")
    ops.delete_assessment(tracker, uid)
    change = since(tracker, start)
    assert change.cells == {("FR", "visa")} and change.assessments == {uid} and change.entries == 2


def test_evidence_added_names_every_linked_cell_and_its_statuses(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    added = ops.add_evidence(tracker, event_date="2025-02-01", title="Decree", countries=["FR", "PL"],
                             recommendations=["visa"], status="full", rationale="Decree.")
    change = since(tracker, start)
    assert change.evidence == {added.uid}
    assert change.cells == {("FR", "visa"), ("PL", "visa")}
    assert change.assessments == added.assessments and len(change.assessments) == 2
    assert not change.codebook


def test_an_evidence_edit_names_the_cells_it_left_and_joined(tracker: Tracker) -> None:
    uid = ops.add_evidence(tracker, event_date="2025-02-01", title="Decree", countries=["FR"],
                           recommendations=["visa"]).uid
    assert uid is not None
    start = last_history_id(tracker)
    ops.edit_evidence(tracker, uid, title="Decree 12", cells=[("PL", "visa")])
    assert since(tracker, start).cells == {("FR", "visa"), ("PL", "visa")}


@pytest.mark.parametrize("how", ["archive", "delete"])
def test_archived_or_deleted_evidence_names_its_cells(tracker: Tracker, how: str) -> None:
    uid = ops.add_evidence(tracker, event_date="2025-02-01", title="Decree", countries=["DE"],
                           recommendations=["visa"]).uid
    assert uid is not None
    start = last_history_id(tracker)
    if how == "archive":
        ops.archive_evidence(tracker, uid)
    else:
        ops.delete_evidence(tracker, uid)
    change = since(tracker, start)
    assert change.evidence == {uid} and change.cells == {("DE", "visa")}
    assert change.deleted == ({uid} if how == "delete" else set())


def test_an_imports_entries_without_copies_are_read_from_the_records(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    with bulk_write(tracker, operation="import") as writer:
        uid = writer.add_evidence(
            NewEvidence(None, "2025-03-01", "Imported", None, None, None, None, "media", None, None),
            [("PL", "tps"), ("DE", "tps")], NewStatus("announced", "Bill tabled", "claimed"),
        )
    change = since(tracker, start)
    assert change.evidence == {uid}
    assert change.cells == {("PL", "tps"), ("DE", "tps")}
    assert len(change.assessments) == 2 and change.entries == 3 and not change.codebook


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: ops.add_country(t, "Antarctica"),
        lambda t: ops.edit_country(t, "FR", name="République française"),
        lambda t: ops.archive_country(t, "FR"),
        lambda t: ops.add_recommendation(t, "asylum", "Asylum procedure"),
        lambda t: ops.edit_recommendation(t, "visa", title="Visas waived"),
        lambda t: ops.archive_recommendation(t, "visa"),
        lambda t: ops.add_group(t, "Nordics", ["SE"]),
        lambda t: ops.edit_group(t, "G7", new_name="Group of Seven"),
        lambda t: ops.delete_group(t, "G7"),
        lambda t: ops.set_meta(t, "title", "Another title"),
    ],
    ids=["add country", "rename country", "archive country", "add recommendation", "edit recommendation",
         "archive recommendation", "add group", "edit group", "delete group", "setting"],
)
def test_codebook_edits_make_a_codebook_change(tracker: Tracker, edit) -> None:
    start = last_history_id(tracker)
    edit(tracker)
    change = since(tracker, start)
    assert change.codebook and change.entries >= 1 and change.users == ["Alice"]


def test_status_scale_and_grade_edits_make_a_codebook_change(tracker: Tracker) -> None:
    book = codebook_view(tracker)
    start = last_history_id(tracker)
    statuses = [Status(s.code, s.label + " (renamed)" if s.code == "full" else s.label, s.score, s.color,
                       s.description) for s in book.statuses]
    grades = [Grade(g.grade, g.min_score) for g in book.grades][:-1]

    def history(action: str, table: str, key: str, before: object, after: object) -> None:
        ops.record_history(tracker, "import_codebook", action, table, key, before, after)  # type: ignore[arg-type]

    with tracker.atomic():
        replace_status_scale(tracker, statuses, grades, history=history)
    change = since(tracker, start)
    tables = {r[0] for r in tracker.db.execute("SELECT table_name FROM history WHERE rowid > ?", [start])}
    assert tables == {"statuses", "grades"}
    assert change.codebook


@pytest.mark.parametrize("damage", ["search index", "tallies"])
def test_a_repair_makes_a_codebook_change(tracker: Tracker, damage: str) -> None:
    if damage == "search index":
        name = tracker.db.execute(  # a search index trigger gone: a damage the repair mends
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence'"
            " AND name LIKE 'evidence_a%'"
        ).fetchone()[0]
        tracker.db.execute(f'DROP TRIGGER "{name}"')
    else:
        tracker.db.execute("UPDATE tallies SET n = n + 1 WHERE name = 'evidence'")  # a count gone wrong
    start = last_history_id(tracker)
    assert repair_tracker(tracker)
    change = since(tracker, start)
    assert change.codebook and not change.evidence and not change.cells


def test_an_unreadable_entry_reloads_everything_instead_of_failing(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    ops.record_history(tracker, "sync", "update", "evidence", "x", None, None)
    tracker.db.execute("UPDATE history SET after = '[not json' WHERE rowid = ?", [start + 1])
    change = since(tracker, start)
    assert change.codebook and change.evidence == {"x"}


def test_more_entries_than_the_cap_reload_everything_and_count_every_author(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    with bulk_write(tracker, operation="import") as writer:
        for i in range(MAX_ENTRIES + 10):
            writer.add_evidence(
                NewEvidence(None, "2025-03-01", f"Row {i}", None, None, None, None, "media", None, None),
                [("PL", "tps")],
            )
    tracker.user = "Olga"
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    change, newest = changes_since(tracker, start)
    assert newest == last_history_id(tracker)
    assert change.codebook and not change.cells and not change.evidence
    assert change.entries == MAX_ENTRIES + 11
    assert change.users == ["Alice", "Olga"]
    assert change.counts == {"Alice": MAX_ENTRIES + 10, "Olga": 1}


def test_authors_come_most_entries_first(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    tracker.user = "Olga"
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    ops.set_status(tracker, "PL", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    tracker.user = "Bob"
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    change = since(tracker, start)
    assert change.users == ["Olga", "Bob"] and change.counts == {"Olga": 2, "Bob": 1}


def test_data_version_moves_for_other_connections_commits_only(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as mine, Tracker.open(tracker_path, user="Olga") as theirs:
        first = data_version(mine)
        ops.set_status(mine, "FR", "visa", "full", effective_date="2025-01-01", rationale="Mine.")
        assert data_version(mine) == first  # our own commit: nothing to read back
        start = last_history_id(mine)
        ops.set_status(theirs, "PL", "visa", "full", effective_date="2025-01-01", rationale="Theirs.")
        assert data_version(mine) != first
        change, _newest = changes_since(mine, start)
        assert change.cells == {("PL", "visa")} and change.users == ["Olga"]


def test_data_version_does_not_wait_for_a_locked_file(tracker_path: Path) -> None:
    """Outside WAL a writer's exclusive lock blocks readers: the poll says "not now" instead of waiting 5 s."""
    import sqlite3
    import time

    with Tracker.open(tracker_path, user="Alice") as mine:
        mine.db.execute("PRAGMA journal_mode = DELETE")
        other = sqlite3.connect(tracker_path, timeout=0)
        try:
            other.execute("BEGIN EXCLUSIVE")
            started = time.monotonic()
            assert data_version(mine) is None
            assert time.monotonic() - started < 1
            assert mine.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # as it was: edits still wait
            mine.db.execute("PRAGMA busy_timeout = 100")  # a writer retrying in short waits (AppContext.write)
            assert data_version(mine) is None
            assert mine.db.execute("PRAGMA busy_timeout").fetchone()[0] == 100
            mine.db.execute("PRAGMA busy_timeout = 5000")
        finally:
            other.rollback()
            other.close()
        assert data_version(mine) is not None


def test_a_history_shorter_than_seen_reloads_everything(tracker: Tracker) -> None:
    """A backup restored into the file by another program: entries the window saw are gone."""
    seen = last_history_id(tracker) + 5
    change, newest = changes_since(tracker, seen)
    assert change.codebook and change.entries == 0 and newest == last_history_id(tracker)


def test_data_version_is_not_asked_inside_our_own_transaction(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as mine, mine.atomic():
        ops.set_status(mine, "FR", "visa", "full", effective_date="2025-01-01", rationale="Not committed yet.")
        assert data_version(mine) is None


def test_cell_authors_name_who_last_changed_each_cell(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    tracker.user = "Olga"
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    tracker.user = "Bob"
    ops.add_evidence(tracker, event_date="2025-02-01", title="Decree", countries=["FR", "PL"], recommendations=["visa"])
    with bulk_write(tracker, operation="import") as writer:
        writer.add_evidence(
            NewEvidence(None, "2025-03-01", "Imported", None, None, None, None, "media", None, None), [("DE", "tps")])
    assert since(tracker, start).cell_authors == {("FR", "visa"): "Bob", ("PL", "visa"): "Bob", ("DE", "tps"): "Bob"}


def test_an_entry_for_a_table_this_version_does_not_know_reloads_everything(tracker: Tracker) -> None:
    start = last_history_id(tracker)
    ops.record_history(tracker, "newer_version", "update", "something_new", "k", {"a": 1}, {"a": 2})
    change = since(tracker, start)
    assert change.codebook and change.entries == 1
