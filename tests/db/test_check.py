"""Checking a tracker, and repairing what can be repaired.

The damage is made the way it happens in life: another program (or an old
bug) dropped a trigger or edited rows behind the app's back.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from db import Tracker, TrackerError, ops, queries
from db.check import Problem, check_tracker, rebuild_search_index, repair_tracker, search_index_problems
from db.schema import SEARCH_TABLE, SEARCH_TABLE_SQL, SEARCH_TRIGGERS
from db.search import SearchIndexError


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


def found(t: Tracker, text: str) -> list[str | None]:
    return [e.title for e in queries.search_evidence(t, queries.EvidenceFilter(text=text))]


def schema(t: Tracker) -> dict[str, str]:
    return dict(t.db.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def zebra(tracker: Tracker) -> str:
    """Evidence titled 'Zebra decree' in the tracker; returns its uid."""
    return uid_of(ops.add_evidence(
        tracker, event_date="2024-05-20", countries=["PL"], recommendations=["visa"], title="Zebra decree",
        notes="Issued by the ministry.",
    ))


def break_search_index(t: Tracker, uid: str) -> None:
    """Drop the insert trigger and take a piece of evidence out of the index."""
    conn = t.db.conn
    conn.execute("DROP TRIGGER evidence_ai")
    conn.execute(
        f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, title, notes, publisher, url)"
        " SELECT 'delete', rowid, title, notes, publisher, url FROM evidence WHERE uid = ?",
        [uid],
    )
    conn.commit()


def add_broken_link(t: Tracker) -> None:
    """A link to a country that does not exist, as a program without foreign keys could write."""
    conn = t.db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    evidence_id = conn.execute("SELECT uid FROM evidence ORDER BY rowid LIMIT 1").fetchone()[0]
    conn.execute(
        "INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code) VALUES (?, 'XX', 'visa')",
        [evidence_id],
    )
    conn.commit()
    conn.execute("PRAGMA foreign_keys = ON")


# ---------------------------------------------------------------- healthy
def test_a_new_tracker_is_healthy_and_needs_no_repair(tracker: Tracker, zebra: str) -> None:
    history = queries.counts(tracker)["history"]
    assert check_tracker(tracker) == []
    assert repair_tracker(tracker) == []
    assert queries.counts(tracker)["history"] == history


def test_the_schema_constants_are_what_a_new_tracker_has(tracker: Tracker) -> None:
    """The repair recreates the index from these: they must not drift from the migration."""
    have = schema(tracker)
    assert have[SEARCH_TABLE] == SEARCH_TABLE_SQL
    assert {name: have[name] for name in SEARCH_TRIGGERS} == SEARCH_TRIGGERS


def test_check_of_a_file_opened_read_only_writes_nothing(tracker_path: Path) -> None:
    before = sha256(tracker_path)
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        assert check_tracker(t) == []
        assert t.db.execute("SELECT count(*) FROM temp.sqlite_master").fetchone()[0] == 0
    assert sha256(tracker_path) == before


# ---------------------------------------------------------------- search index
def test_damaged_search_index_is_reported_repaired_and_recorded(tracker: Tracker, zebra: str, clock) -> None:
    break_search_index(tracker, zebra)
    assert found(tracker, "zebra") == []

    problems = check_tracker(tracker)
    assert len(problems) == 1 and problems[0].repairable
    assert "search index" in problems[0].message and problems[0].message.endswith(".")

    clock.advance(hours=1)
    repairs = repair_tracker(tracker)
    assert len(repairs) == 1 and "search index" in repairs[0]
    assert check_tracker(tracker) == []
    assert found(tracker, "zebra") == ["Zebra decree"]
    assert found(tracker, "ministry") == ["Zebra decree"]

    # The triggers are back: new evidence is found without another repair.
    ops.add_evidence(tracker, event_date="2024-06-01", countries=["FR"], recommendations=["tps"], title="Okapi order")
    assert found(tracker, "okapi") == ["Okapi order"]
    assert check_tracker(tracker) == []

    [entry] = queries.history(tracker, table=SEARCH_TABLE)
    assert (entry.user, entry.operation, entry.at) == ("Alice", "repair", "2026-01-15T10:00:00.000000Z")
    assert entry.after is not None
    assert repairs[0] in entry.after


def test_an_index_left_stale_by_edits_without_the_trigger_is_reported(tracker: Tracker, zebra: str) -> None:
    """Every row is indexed, but under words it no longer has."""
    tracker.db.conn.execute("DROP TRIGGER evidence_au")
    tracker.db.conn.execute("UPDATE evidence SET title = 'Giraffe law' WHERE uid = ?", [zebra])
    tracker.db.conn.execute(SEARCH_TRIGGERS["evidence_au"])
    tracker.db.conn.commit()
    assert found(tracker, "giraffe") == []
    assert [p.repairable for p in check_tracker(tracker)] == [True]
    repair_tracker(tracker)
    assert found(tracker, "giraffe") == ["Giraffe law"] and found(tracker, "zebra") == []
    assert check_tracker(tracker) == []


def test_a_missing_index_table_is_recreated_as_a_new_tracker_has_it(tracker: Tracker, zebra: str) -> None:
    fresh = schema(Tracker.in_memory())
    for name in SEARCH_TRIGGERS:
        tracker.db.conn.execute(f"DROP TRIGGER {name}")
    tracker.db.conn.execute(f"DROP TABLE {SEARCH_TABLE}")
    tracker.db.conn.commit()
    assert search_index_problems(tracker) != []
    repair_tracker(tracker)
    assert schema(tracker) == fresh
    assert found(tracker, "zebra") == ["Zebra decree"]


@pytest.mark.parametrize("damage", [
    "UPDATE evidence_fts_data SET block = randomblob(length(block)) WHERE id > 10",
    "DROP TABLE evidence_fts_data",
], ids=["scrambled pages", "lost data table"])
def test_an_index_fts5_cannot_open_is_reported_and_rebuilt(tracker: Tracker, zebra: str, damage: str) -> None:
    """A damaged index made searches raise DatabaseError, and a lost shadow table made the repair fail
    (FTS5 must open an index to drop it): now check finds it, search says so, and the repair rebuilds it."""
    fresh = schema(Tracker.in_memory())
    tracker.db.conn.execute(damage)
    tracker.db.conn.commit()
    with pytest.raises(SearchIndexError):
        found(tracker, "zebra")
    assert [p.repairable for p in check_tracker(tracker)] == [True]
    assert "search index" in repair_tracker(tracker)[0]
    assert schema(tracker) == fresh
    assert found(tracker, "zebra") == ["Zebra decree"]
    assert tracker.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check_tracker(tracker) == []


def test_rebuild_search_index_rebuilds_only_the_index_and_records_it(tracker: Tracker, zebra: str) -> None:
    break_search_index(tracker, zebra)
    history = queries.counts(tracker)["history"]
    done = rebuild_search_index(tracker)
    assert done == ("Rebuilt the search index from the 2 pieces of evidence and restored the triggers"
                    " that keep it current.")
    assert found(tracker, "zebra") == ["Zebra decree"]
    assert queries.counts(tracker)["history"] == history + 1


def test_a_rebuilt_index_folds_as_the_view_does_so_later_edits_keep_it_exact(tracker: Tracker, zebra: str) -> None:
    """The rebuild reads the evidence's text folded once per value (db.fold.fold_select_bulk); the triggers read
    it through the search view. Were the two texts to differ, an edit would leave the old words behind."""
    uid = uid_of(ops.add_evidence(
        tracker, event_date="2024-05-21", countries=["PL"], recommendations=["visa"],
        title="Łódź consulate on Wiener Straße", notes="Færøerne; Ўсход Беларусі", publisher="Đakovo Œuvre"))
    break_search_index(tracker, zebra)
    rebuild_search_index(tracker)
    assert check_tracker(tracker) == []
    assert found(tracker, "lodz") == found(tracker, "strasse") == found(tracker, "faeroerne") == \
        ["Łódź consulate on Wiener Straße"]
    ops.edit_evidence(tracker, uid, title="Plain title", notes="Plain notes", publisher="Plain")
    assert check_tracker(tracker) == []
    assert found(tracker, "lodz") == found(tracker, "faeroerne") == found(tracker, "oeuvre") == []
    assert found(tracker, "zebra") == ["Zebra decree"]


def test_repair_is_all_or_nothing(tracker: Tracker, zebra: str, monkeypatch) -> None:
    import db.check

    break_search_index(tracker, zebra)
    history = queries.counts(tracker)["history"]

    def fail(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(db.check, "record_history", fail)
    with pytest.raises(TrackerError) as err:
        repair_tracker(tracker)
    assert "nothing was changed" in str(err.value)
    assert found(tracker, "zebra") == []
    assert [p.repairable for p in check_tracker(tracker)] == [True]
    assert queries.counts(tracker)["history"] == history


def test_repair_of_a_file_opened_read_only_is_refused(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        t.db.execute("DROP TRIGGER evidence_ai")
    before = sha256(tracker_path)
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        with pytest.raises(TrackerError) as err:
            repair_tracker(t)
        assert "read-only" in str(err.value)
    assert sha256(tracker_path) == before


# ---------------------------------------------------------------- what cannot be repaired
def test_broken_links_are_reported_and_cannot_be_repaired(tracker: Tracker, zebra: str) -> None:
    add_broken_link(tracker)
    history = queries.counts(tracker)["history"]
    problems = check_tracker(tracker)
    assert len(problems) == 1
    assert isinstance(problems[0], Problem)
    assert not problems[0].repairable
    assert "1 record points at a record that does not exist (in evidence_links)" in problems[0].message
    with pytest.raises(TrackerError) as err:
        repair_tracker(tracker)
    assert "cannot be repaired" in str(err.value) and "does not exist" in str(err.value)
    assert check_tracker(tracker) == problems
    assert queries.counts(tracker)["history"] == history


def test_repair_fixes_what_it_can_and_the_rest_stays_reported(tracker: Tracker, zebra: str) -> None:
    add_broken_link(tracker)
    break_search_index(tracker, zebra)
    assert sorted(p.repairable for p in check_tracker(tracker)) == [False, True]
    assert len(repair_tracker(tracker)) == 1
    remaining = check_tracker(tracker)
    assert len(remaining) == 1 and not remaining[0].repairable and "does not exist" in remaining[0].message
    assert found(tracker, "zebra") == ["Zebra decree"]


def test_a_status_scale_without_its_not_assessed_status_is_reported(tracker: Tracker) -> None:
    tracker.db.conn.execute("UPDATE statuses SET score = 0 WHERE score IS NULL")
    tracker.db.conn.commit()
    [problem] = check_tracker(tracker)
    assert "not assessed" in problem.message and not problem.repairable


# ---------------------------------------------------------------- current statuses (db.current)
def test_a_wrong_stored_current_status_is_reported_and_repaired(tracker: Tracker) -> None:
    """Writes around the triggers leave the matrix's one-pass table wrong: check finds it, repair fixes it."""
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2024-01-01", rationale="In force.")
    conn = tracker.db.conn
    conn.execute("DROP TRIGGER cell_current_insert")
    conn.execute(
        "UPDATE cell_current SET status_code = 'none' WHERE country_code = 'FR' AND recommendation_code = 'visa'"
    )
    conn.commit()
    problems = check_tracker(tracker)
    assert len(problems) == 1 and problems[0].repairable and "current status" in problems[0].message
    repairs = repair_tracker(tracker)
    assert len(repairs) == 1 and "current status" in repairs[0]
    assert check_tracker(tracker) == []
    assert queries.current_statuses(tracker, "2025-01-01")[("FR", "visa")].status_code == "full"
    ops.set_status(tracker, "FR", "visa", "partial", effective_date="2024-06-01", rationale="Narrowed.")
    assert check_tracker(tracker) == []  # the trigger is back
    assert [e.operation for e in queries.history(tracker, table="cell_current")] == ["repair"]


# ---------------------------------------------------------------- links the address rules refuse
def test_stored_links_that_break_the_address_rules_are_named(tracker: Tracker) -> None:
    """Written before the rules (or by another program): named with their evidence, not repairable."""
    ok = ops.add_evidence(tracker, event_date="2024-01-01", countries=["FR"], recommendations=["visa"],
                          title="Fine", url="https://example.org/fine")
    bad = ops.add_evidence(tracker, event_date="2024-01-02", countries=["FR"], recommendations=["visa"],
                           title="Two hosts", url="https://example.org/x")
    tracker.db.execute("UPDATE evidence SET url = ? WHERE uid = ?", ["https://example.org\\@evil.com/", bad.uid])
    problems = check_tracker(tracker)
    assert len(problems) == 1 and not problems[0].repairable
    message = problems[0].message
    assert f"“Two hosts” ({bad.uid})" in message and "backslash" in message.lower()
    assert ok.uid is not None and ok.uid not in message and "\n" not in message
    with pytest.raises(TrackerError, match="cannot be repaired automatically"):
        repair_tracker(tracker)
