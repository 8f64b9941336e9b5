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

    conn = sqlite3.connect(f"file:{RELEASE}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()
    assert names[-1] == "m004_cell_current"
