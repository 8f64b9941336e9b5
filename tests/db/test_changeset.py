"""Changesets between two copies of one real tracker (db/changeset.py): capture, apply, conflicts, idempotence.

Each test makes a tracker file with ``db.Tracker``, copies it (two replicas),
edits replica A through the ordinary operations and carries A's changes to B
as a changeset.  B is compared with A as a person would see it (searches,
statuses, counts) and row by row.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import apsw
import pytest

from db import Tracker, ops, queries
from db.backup import TRACKER_ID_KEY
from db.changeset import (
    DERIVED_TABLES,
    ChangesetAborted,
    ChangesetError,
    Conflict,
    ConflictKind,
    Resolution,
    apply_changeset,
    capture,
    take_incoming,
    take_snapshot,
)
from db.check import check_tracker
from db.search import EvidenceFilter, search_keys

FR, DE = "FR", "DE"


@pytest.fixture
def replicas(tracker_path: Path, tmp_path: Path) -> Iterator[tuple[Tracker, Path, Path]]:
    """Replica A (open, user Alice), replica B (a closed copy) and the sync base (a snapshot of A as B has it)."""
    b = tmp_path / "b.db"
    shutil.copyfile(tracker_path, b)
    a = Tracker.open(tracker_path, user="Alice")
    base = tmp_path / "base.db"
    take_snapshot(a, base)
    yield a, b, base
    a.close()


def first_recommendation(t: Tracker) -> str:
    return str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])


rec_of = first_recommendation


def rows(path: Path, *, derived: bool = False) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every shared table (and, with ``derived``, the trigger-kept ones and the search index)."""
    conn = sqlite3.connect(path)
    try:
        listed = conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
        names = [r[0] for r in listed]
        wanted = [n for n in names if not n.startswith(("sqlite_", "_sqlite", "evidence_fts"))]
        if not derived:
            wanted = [n for n in wanted if n not in DERIVED_TABLES]
        found = {n: sorted(conn.execute(f'SELECT * FROM "{n}"'), key=repr) for n in wanted}
        found["meta"] = [r for r in found["meta"] if r[0] != TRACKER_ID_KEY]
        if derived:
            found["search"] = sorted(conn.execute("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'zloty'"))
        return found
    finally:
        conn.close()


def found_by_search(path: Path, text: str) -> int:
    t = Tracker.open(path, user="Bob", read_only=True)
    try:
        return len(search_keys(t, EvidenceFilter(text=text)).keys)
    finally:
        t.close()


def status_of(path: Path, country: str, recommendation: str) -> str | None:
    t = Tracker.open(path, user="Bob", read_only=True)
    try:
        cell = queries.cell_statuses(t, [(country, recommendation)])[(country, recommendation)]
        return cell.status_code
    finally:
        t.close()


def test_changes_made_on_one_replica_reach_the_other(replicas: tuple[Tracker, Path, Path]) -> None:
    a, b, base = replicas
    rec = first_recommendation(a)
    added = ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec],
                             title="Złoty reform passed", url="https://example.org/zloty")
    assert added.uid is not None
    ops.set_status(a, FR, rec, "partial", effective_date="2025-03-02", rationale="Passed, not yet in force",
                   evidence=[added.uid])
    ops.edit_evidence(a, added.uid, notes="Second reading on 2 March")
    assert found_by_search(b, "zloty") == 0

    captured = capture(a, base)
    assert not captured.is_empty
    result = apply_changeset(b, captured.changeset)

    assert result.conflicts == []
    assert found_by_search(b, "zloty") == 1  # the search index, kept by triggers, followed
    assert status_of(b, FR, rec) == "partial"
    assert rows(b) == rows(a.path)  # type: ignore[arg-type]
    assert rows(b, derived=True) == rows(a.path, derived=True)  # type: ignore[arg-type]
    t = Tracker.open(b, user="Bob")
    try:
        assert check_tracker(t) == []
    finally:
        t.close()


def test_applying_the_same_changeset_twice_changes_nothing(replicas: tuple[Tracker, Path, Path]) -> None:
    a, b, base = replicas
    rec = first_recommendation(a)
    added = ops.add_evidence(a, event_date="2025-03-01", countries=[FR, DE], recommendations=[rec], title="Zloty")
    assert added.uid is not None
    ops.edit_evidence(a, added.uid, title="Zloty, amended")
    ops.set_status(a, DE, rec, "partial", effective_date="2025-03-02", rationale="Draft law")
    changeset = capture(a, base).changeset
    apply_changeset(b, changeset)
    once = rows(b, derived=True)

    again = apply_changeset(b, changeset)

    assert again.conflicts == []
    assert rows(b, derived=True) == once
    assert found_by_search(b, "amended") == 1


def test_a_deletion_travels_and_applies_once(replicas: tuple[Tracker, Path, Path]) -> None:
    a, b, base = replicas
    added = ops.add_evidence(
        a, event_date="2025-03-01", countries=[FR], recommendations=[rec_of(a)], title="Zloty draft"
    )
    assert added.uid is not None
    first = capture(a, base)
    first.commit()
    apply_changeset(b, first.changeset)
    ops.delete_evidence(a, added.uid)

    second = capture(a, base)
    apply_changeset(b, second.changeset)
    apply_changeset(b, second.changeset)

    assert found_by_search(b, "zloty") == 0
    assert rows(b, derived=True) == rows(a.path, derived=True)  # type: ignore[arg-type]


def test_after_commit_the_next_capture_holds_only_newer_changes(replicas: tuple[Tracker, Path, Path]) -> None:
    a, _b, base = replicas
    ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec_of(a)], title="First")
    first = capture(a, base)
    first.commit()
    assert capture(a, base).is_empty

    ops.add_evidence(a, event_date="2025-03-02", countries=[DE], recommendations=[rec_of(a)], title="Second")
    second = capture(a, base)

    titles = {c.new[2] for c in apsw.Changeset.iter(second.changeset) if c.name == "evidence" and c.new}
    assert titles == {"Second"}


def test_a_sync_base_has_the_shared_rows_and_no_triggers_and_takes_changes_cheaply(
    replicas: tuple[Tracker, Path, Path],
) -> None:
    """The base is never opened as a tracker: it keeps the shared rows, not the triggers that keep derived
    tables (the bulk of an apply's cost); a changeset applied to it leaves its shared rows equal to the tracker's."""
    a, _b, base = replicas
    conn = sqlite3.connect(base)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] == 0
    finally:
        conn.close()
    assert a.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0] > 0
    ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec_of(a)], title="Kept")
    apply_changeset(base, capture(a, base).changeset)
    conn = sqlite3.connect(base)
    try:
        in_base = conn.execute("SELECT uid, title FROM evidence ORDER BY uid").fetchall()
    finally:
        conn.close()
    assert in_base == [tuple(r) for r in a.db.execute("SELECT uid, title FROM evidence ORDER BY uid")]


def test_local_settings_are_neither_sent_nor_taken(replicas: tuple[Tracker, Path, Path]) -> None:
    a, b, base = replicas
    ops.set_meta(a, TRACKER_ID_KEY, "id-of-replica-a")
    ops.set_meta(a, "title", "Coalition tracker")
    changeset = capture(a, base).changeset

    apply_changeset(b, changeset)

    conn = sqlite3.connect(b)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    conn.close()
    assert meta["title"] == "Coalition tracker"
    assert TRACKER_ID_KEY not in meta
    assert not any(c.name in DERIVED_TABLES for c in apsw.Changeset.iter(changeset))


def test_the_same_evidence_edited_on_both_sides_goes_to_the_conflict_handler(
    replicas: tuple[Tracker, Path, Path],
) -> None:
    a, b, base = replicas
    added = ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec_of(a)], title="Zloty")
    assert added.uid is not None
    first = capture(a, base)
    first.commit()
    apply_changeset(b, first.changeset)
    ops.edit_evidence(a, added.uid, title="Zloty (Alice)")
    tb = Tracker.open(b, user="Bob")
    ops.edit_evidence(tb, added.uid, title="Zloty (Bob)")
    tb.close()
    changeset = capture(a, base).changeset
    before = rows(b, derived=True)

    with pytest.raises(ChangesetAborted, match="nothing was changed"):
        apply_changeset(b, changeset)  # the default handler refuses any real conflict
    assert rows(b, derived=True) == before

    seen: list[Conflict] = []

    def keep_mine(conflict: Conflict) -> Resolution:
        seen.append(conflict)
        return Resolution.SKIP

    apply_changeset(b, changeset, on_conflict=keep_mine)
    evidence = [c for c in seen if c.table == "evidence"]
    assert len(evidence) == 1
    assert evidence[0].kind is ConflictKind.DATA
    assert "Zloty (Bob)" in evidence[0].current  # type: ignore[operator]
    assert "Zloty (Alice)" in evidence[0].new  # type: ignore[operator]
    assert found_by_search(b, "Bob") == 1

    apply_changeset(b, changeset, on_conflict=take_incoming)
    assert found_by_search(b, "Alice") == 1
    assert found_by_search(b, "Bob") == 0


def test_a_change_whose_row_has_not_arrived_waits(replicas: tuple[Tracker, Path, Path]) -> None:
    """Links to evidence B does not have yet: refused whole (to be retried), never applied half."""
    a, b, base = replicas
    rec = first_recommendation(a)
    added = ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec], title="Zloty")
    assert added.uid is not None
    capture(a, base).commit()  # B never receives this first changeset
    ops.edit_evidence(a, added.uid, countries=[FR, DE], recommendations=[rec])
    changeset = capture(a, base).changeset
    before = rows(b, derived=True)
    kinds: list[ConflictKind] = []

    def skip_missing(conflict: Conflict) -> Resolution:
        kinds.append(conflict.kind)
        return Resolution.ABORT if conflict.kind is ConflictKind.FOREIGN_KEY else Resolution.SKIP

    with pytest.raises(ChangesetAborted):
        apply_changeset(b, changeset, on_conflict=skip_missing)

    assert ConflictKind.FOREIGN_KEY in kinds
    assert rows(b, derived=True) == before


def test_a_file_this_process_has_open_is_refused(replicas: tuple[Tracker, Path, Path]) -> None:
    """Two SQLite libraries on one file in one process lose each other's locks: apply elsewhere."""
    a, b, base = replicas
    ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec_of(a)], title="Zloty")
    changeset = capture(a, base).changeset
    open_b = Tracker.open(b, user="Bob")
    try:
        with pytest.raises(ChangesetError, match="is open in this program"):
            apply_changeset(b, changeset)
    finally:
        open_b.close()
    assert found_by_search(b, "zloty") == 0


def test_a_changeset_writing_a_derived_table_is_refused(replicas: tuple[Tracker, Path, Path], tmp_path: Path) -> None:
    _a, b, _base = replicas
    other = tmp_path / "other.db"
    shutil.copyfile(b, other)
    conn = apsw.Connection(str(other))
    session = apsw.Session(conn, "main")
    session.attach("tallies")
    conn.execute("UPDATE tallies SET n = n + 1000")
    forged = session.changeset()
    session.close()
    conn.close()
    before = rows(b, derived=True)

    with pytest.raises(ChangesetError, match="not a shared table"):
        apply_changeset(b, forged)
    assert rows(b, derived=True) == before


def test_a_handler_that_fails_leaves_the_target_as_it_was(replicas: tuple[Tracker, Path, Path]) -> None:
    a, b, base = replicas
    added = ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec_of(a)], title="Zloty")
    assert added.uid is not None
    capture(a, base).commit()  # B never receives the evidence, so the edit below finds no row
    ops.edit_evidence(a, added.uid, title="Zloty, amended")
    changeset = capture(a, base).changeset
    before = rows(b, derived=True)

    with pytest.raises(ValueError, match="cannot be resolved by replacing"):
        apply_changeset(b, changeset, on_conflict=lambda conflict: Resolution.REPLACE)

    assert rows(b, derived=True) == before


@pytest.mark.slow
def test_a_process_killed_while_applying_leaves_the_tracker_as_it_was(
    replicas: tuple[Tracker, Path, Path], tmp_path: Path
) -> None:
    """SIGKILL in the middle of an apply (after some rows were written): the transaction never happened."""
    a, b, base = replicas
    rec = rec_of(a)
    added = ops.add_evidence(a, event_date="2025-03-01", countries=[FR], recommendations=[rec], title="Zloty")
    assert added.uid is not None
    capture(a, base).commit()  # B never receives the evidence ...
    ops.set_status(a, DE, rec, "partial", effective_date="2025-03-02", rationale="Draft law")  # ... applied first
    ops.edit_evidence(a, added.uid, title="Zloty, amended")  # ... then this finds no row: the handler kills
    changeset = tmp_path / "changes.bin"
    changeset.write_bytes(capture(a, base).changeset)
    before = rows(b, derived=True)
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from db.changeset import apply_changeset\n"
        "apply_changeset(Path(sys.argv[1]), Path(sys.argv[2]).read_bytes(),\n"
        "                on_conflict=lambda conflict: os.kill(os.getpid(), signal.SIGKILL))\n"
    )
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", script, str(b), str(changeset)], cwd=root, capture_output=True)

    assert run.returncode == -signal.SIGKILL, run.stderr
    assert rows(b, derived=True) == before
    assert status_of(b, DE, rec) != "partial"
    t = Tracker.open(b, user="Bob")
    try:
        assert check_tracker(t) == []
    finally:
        t.close()
