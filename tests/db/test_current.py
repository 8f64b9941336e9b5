"""``cell_current`` (db.current): each cell's latest assessment, kept by triggers, filled on upgrade."""

from __future__ import annotations

from db import Tracker, current, ops, queries
from db.schema import MIGRATION_SET, migrations


def test_an_upgrade_fills_the_latest_assessment_of_every_cell(tracker: Tracker) -> None:
    ops.set_status(tracker, "FR", "visa", "partial", effective_date="2023-01-01", rationale="First.")
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2024-01-01", rationale="Then.")
    ops.set_status(tracker, "EE", "tps", "none", effective_date="2022-05-01", rationale="Only.")
    expected = queries.current_statuses(tracker, "2025-01-01")
    # As a tracker from before m004 is: no table, no triggers, no record of the migration.
    for name in current.TRIGGERS:
        tracker.db.execute(f"DROP TRIGGER {name}")
    tracker.db.execute(f"DROP TABLE {current.TABLE}")
    tracker.db.execute("DELETE FROM _sqlite_migrations WHERE migration_set = ? AND name = 'm004_cell_current'",
                       [MIGRATION_SET])
    assert [m.name for m in migrations.pending(tracker.db)] == ["m004_cell_current"]
    with tracker.atomic():
        migrations.apply(tracker.db)
    assert current.problems(tracker.db) == []
    rows = tracker.db.execute(f"SELECT country_code, recommendation_code, status_code FROM {current.TABLE}")
    assert {("EE", "tps", "none"), ("FR", "visa", "full")} <= set(rows)
    assert queries.current_statuses(tracker, "2025-01-01") == expected


def test_a_future_dated_assessment_does_not_show_before_its_date(tracker: Tracker) -> None:
    """The table holds the latest assessment of any date; a view of an earlier day still sees the one in force."""
    ops.set_status(tracker, "FR", "visa", "partial", effective_date="2023-01-01", rationale="Now.")
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2030-01-01", rationale="Planned.")
    assert queries.current_statuses(tracker, "2024-06-01")[("FR", "visa")].status_code == "partial"
    assert queries.cell_statuses(tracker, [("FR", "visa")], "2024-06-01")[("FR", "visa")].status_code == "partial"
    assert queries.current_statuses(tracker, "2030-01-02")[("FR", "visa")].status_code == "full"


def test_a_damaged_table_is_found_and_repaired(tracker: Tracker) -> None:
    ops.set_status(tracker, "FR", "visa", "partial", effective_date="2023-01-01", rationale="Now.")
    tracker.db.execute(f"DELETE FROM {current.TABLE}")
    assert current.problems(tracker.db) == ["current assessments differ from a recomputation"]
    current.repair(tracker.db)
    assert current.problems(tracker.db) == []
