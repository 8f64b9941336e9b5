"""The derived counts (db/tallies.py): filled by migration m002, kept by triggers, checked and repaired.

The property test in test_statuses_property.py compares every answer with a
recomputation after random edits; these are the named cases around it.
"""

from __future__ import annotations

import pytest

from db import Tracker, ops, queries, tallies
from db.bulk import NewEvidence, bulk_write
from db.check import check_tracker, derived_count_problems, repair_tracker
from db.schema import MIGRATION_SET, migrations


def running_counts(t: Tracker, country: str, rec: str) -> list[tuple[str, int]]:
    return [
        tuple(r)
        for r in t.db.execute(
            "SELECT event_date, total FROM cell_evidence_counts WHERE country_code = ? AND recommendation_code = ?"
            " ORDER BY event_date",
            [country, rec],
        )
    ]


def add(t: Tracker, day: str, countries: list[str], recs: list[str] | None = None) -> str:
    change = ops.add_evidence(t, event_date=day, countries=countries, recommendations=recs or ["visa"], title="E")
    assert change.uid is not None
    return change.uid


def test_running_counts_follow_every_kind_of_edit(tracker: Tracker) -> None:
    a = add(tracker, "2024-03-01", ["FR", "DE"])
    b = add(tracker, "2024-01-10", ["FR"])
    add(tracker, "2024-03-01", ["FR"])
    assert running_counts(tracker, "FR", "visa") == [("2024-01-10", 1), ("2024-03-01", 3)]
    ops.edit_evidence(tracker, b, event_date="2024-05-01")  # moves later: the earlier date's row goes
    assert running_counts(tracker, "FR", "visa") == [("2024-03-01", 2), ("2024-05-01", 3)]
    ops.archive_evidence(tracker, a)
    assert running_counts(tracker, "FR", "visa") == [("2024-03-01", 1), ("2024-05-01", 2)]
    assert running_counts(tracker, "DE", "visa") == []
    ops.archive_evidence(tracker, a, archived=False)
    ops.edit_evidence(tracker, a, cells=[("IS", "visa")])
    assert running_counts(tracker, "DE", "visa") == []
    assert running_counts(tracker, "IS", "visa") == [("2024-03-01", 1)]
    ops.delete_evidence(tracker, b)
    assert running_counts(tracker, "FR", "visa") == [("2024-03-01", 1)]
    assert tallies.problems(tracker.db) == []
    cells = queries.current_statuses(tracker, "2024-04-01")
    assert (cells[("FR", "visa")].evidence_count, cells[("IS", "visa")].evidence_count) == (1, 1)


def test_counts_come_from_the_tallies_and_match_a_recount(tracker: Tracker) -> None:
    before = queries.counts(tracker)
    uid = add(tracker, "2024-03-01", ["FR"])
    ops.archive_evidence(tracker, uid)
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2024-03-02", rationale="R.")
    after = queries.counts(tracker)
    assert after["archived_evidence"] == before["archived_evidence"] + 1
    assert after["evidence"] == before["evidence"]
    assert after["assessments"] == before["assessments"] + 1
    assert after["history"] == before["history"] + 3
    assert after["history"] == tracker.db.execute("SELECT count(*) FROM history").fetchone()[0]


def test_bulk_write_keeps_the_counts_and_puts_its_triggers_back(tracker: Tracker) -> None:
    triggers = set(tallies.TRIGGERS)

    def present() -> set[str]:
        return {r[0] for r in tracker.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}

    with bulk_write(tracker, operation="import") as writer:
        for day in ("2024-01-01", "2024-01-01", "2023-06-30"):
            new = NewEvidence(None, day, "B", None, None, None, None, "other", None, None)
            writer.add_evidence(new, [("LV", "tps")])
        writer.flush()
        assert triggers <= present()  # operations between flushes go through them
    assert triggers <= present()
    assert running_counts(tracker, "LV", "tps") == [("2023-06-30", 1), ("2024-01-01", 3)]
    assert tallies.problems(tracker.db) == []


def test_migration_fills_the_tables_of_a_tracker_made_before_them(tracker: Tracker) -> None:
    add(tracker, "2024-03-01", ["FR", "DE"], ["visa", "tps"])
    uid = add(tracker, "2023-03-01", ["FR"])
    ops.archive_evidence(tracker, uid)
    ops.set_status(tracker, "FR", "visa", "full", effective_date="2024-03-02", rationale="R.")
    expected = (queries.current_statuses(tracker, "2024-06-01"), queries.counts(tracker))
    for name in tallies.TRIGGERS:
        tracker.db.execute(f"DROP TRIGGER {name}")
    for name in tallies.TABLES_SQL:
        tracker.db.execute(f"DROP TABLE {name}")
    tracker.db.execute(
        "DELETE FROM _sqlite_migrations WHERE migration_set = ? AND name = 'm002_cell_tallies'", [MIGRATION_SET]
    )
    assert [m.name for m in migrations.pending(tracker.db)] == ["m002_cell_tallies"]
    migrations.apply(tracker.db)
    assert tallies.problems(tracker.db) == []
    assert (queries.current_statuses(tracker, "2024-06-01"), queries.counts(tracker)) == expected


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE cell_evidence_counts SET total = total + 1",
        "DELETE FROM cell_evidence_counts",
        "UPDATE tallies SET n = n + 5 WHERE name = 'history'",
        "DROP TRIGGER cell_counts_link_insert",
    ],
)
def test_check_reports_wrong_counts_and_repair_rebuilds_them(tracker: Tracker, damage: str) -> None:
    add(tracker, "2024-03-01", ["FR", "DE"])
    assert derived_count_problems(tracker) == []
    tracker.db.execute(damage)
    problems = check_tracker(tracker)
    assert [p.repairable for p in problems] == [True]
    assert "counts" in problems[0].message
    repairs = repair_tracker(tracker)
    assert len(repairs) == 1 and "Recounted" in repairs[0]
    assert check_tracker(tracker) == []
    entry = queries.history(tracker, limit=1)[0]
    assert (entry.operation, entry.table_name) == ("repair", "tallies")
    add(tracker, "2024-03-05", ["FR"])  # the triggers keep it right again
    assert tallies.problems(tracker.db) == []


def test_operations_between_flushes_on_records_just_written_keep_the_counts_exact(tracker: Tracker) -> None:
    """The writer adds its own links at finish(); an import's edits between flushes went through the triggers."""
    with bulk_write(tracker, operation="import") as writer:
        first = writer.add_evidence(NewEvidence(None, "2024-02-01", "B", None, None, None, None, "other", None, None),
                                    [("LV", "tps"), ("LT", "tps")])
        second = writer.add_evidence(NewEvidence(None, "2024-03-01", "B", None, None, None, None, "other", None, None),
                                     [("LV", "tps")])
        writer.flush()
        ops.edit_evidence(tracker, first, event_date="2024-04-01")  # its 2024-02-01 rows lose it
        ops.archive_evidence(tracker, second)
        writer.add_evidence(NewEvidence(None, "2024-02-01", "C", None, None, None, None, "other", None, None),
                            [("LT", "tps")])
    assert running_counts(tracker, "LV", "tps") == [("2024-04-01", 1)]
    assert running_counts(tracker, "LT", "tps") == [("2024-02-01", 1), ("2024-04-01", 2)]
    assert tallies.problems(tracker.db, sample=None) == []
