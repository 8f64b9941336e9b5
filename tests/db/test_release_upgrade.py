"""A tracker written by the 0.1.0 release opens in this version with every record kept.

``tests/data/release-0.1.0.db`` was made by ``tests/data/make_release_tracker.py``
at that release; each later migration must upgrade it in place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import Tracker, queries
from db.check import check_tracker

RELEASE = Path(__file__).resolve().parents[1] / "data" / "release-0.1.0.db"


@pytest.fixture
def old_copy(tmp_path: Path) -> Path:
    """A copy of the release file: the committed one is never modified."""
    dest = tmp_path / "coalition.db"
    shutil.copyfile(RELEASE, dest)
    return dest


def counts(path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("evidence", "evidence_links", "assessments", "history", "countries", "groups", "attachments")
        }
    finally:
        conn.close()


def test_the_release_tracker_upgrades_keeping_every_record(old_copy: Path, clock) -> None:
    """Opening upgrades it in place; nothing is lost and the file checks clean."""
    before = counts(old_copy)
    with Tracker.open(old_copy, user="Bob", clock=clock) as t:
        statuses = queries.current_statuses(t, "2026-03-01")
        assert statuses[("PL", "sanctions")].status_code == "full"
        assert statuses[("LT", "visa")].status_code == "none"
        assert statuses[("LV", "visa")].status_code == "full"
        assert statuses[("DE", "students")].rationale == "Scholarships for some Belarusian students (DAAD)."
        assert check_tracker(t) == []
    after = counts(old_copy)
    # Upgrades add history only if a migration says so; every old row is still there.
    assert {k: after[k] for k in before if k != "history"} == {k: v for k, v in before.items() if k != "history"}
    assert after["history"] >= before["history"]


def test_the_committed_release_file_is_untouched_by_the_tests() -> None:
    """The fixture stays as the old release wrote it (its last migration is m004)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{RELEASE}?immutable=1", uri=True)  # leaves no -shm file in the source tree
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()
    assert names[-1] == "m004_cell_current"


def test_after_the_upgrade_review_works_and_old_statuses_export_as_not_required(old_copy: Path, clock) -> None:
    """m005_review adds the review queue in place: the old assessments keep every value, count as
    recorded while review was not required, and a proposal made after the upgrade can be approved."""
    import sqlite3

    from db import ops, review
    from tracker.exports import build_table

    conn = sqlite3.connect(old_copy)
    try:
        # every column but the integer id, which m007 replaced by the uid as the key (kept as the local rowid)
        old_rows = [row[1:] for row in conn.execute("SELECT * FROM assessments ORDER BY id").fetchall()]
    finally:
        conn.close()
    with Tracker.open(old_copy, user="Bob", clock=clock) as t:
        kept = [row[: len(old_rows[0])] for row in t.db.execute("SELECT * FROM assessments ORDER BY rowid").fetchall()]
        assert kept == old_rows  # every value of every old assessment, the new columns empty after them
        assert not review.review_required(t)
        history = build_table(t, "history")
        assert len(history.rows) == len(old_rows)
        assert {r["review_state"] for r in history.rows} == {"not_required"}
        assert {r["reviewed_by"] for r in history.rows} == {None}
        review.set_review_required(t, True)
        uid = ops.set_status(t, "PL", "visa", "partial", effective_date="2026-02-01", rationale="Quota cut.").uid
        assert uid is not None
        assert queries.current_statuses(t, "2026-03-01")[("PL", "visa")].status_code != "partial"
        t.user = "Carol"
        review.approve(t, uid)
        assert queries.current_statuses(t, "2026-03-01")[("PL", "visa")].status_code == "partial"
        approved = {r["uid"]: r for r in build_table(t, "history").rows}[uid]
        assert (approved["review_state"], approved["recorded_by"], approved["reviewed_by"]) == (
            "approved", "Bob", "Carol"
        )
        assert check_tracker(t) == []
