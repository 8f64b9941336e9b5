"""The shared fixtures' cloned trackers are exactly what a fresh build would give (tests/conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db import Tracker, blank_codebook, ops

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def dump(t: Tracker) -> list[str]:
    """Every row of every table, uids numbered in order of appearance (each build draws new ones).

    Leaves out when each migration ran: real time, not the clock's.
    """
    numbers: dict[str, str] = {}
    text = "\n".join(line for line in t.db.conn.iterdump() if "_sqlite_migrations" not in line)
    return UUID.sub(lambda m: numbers.setdefault(m.group(), f"uid-{len(numbers)}"), text).splitlines()


@pytest.mark.parametrize("kind", ["tracker", "blank_tracker"])
def test_clone_equals_a_fresh_build(kind: str, request: pytest.FixtureRequest, clock) -> None:
    clone: Tracker = request.getfixturevalue(kind)
    fresh = Tracker.in_memory(blank_codebook() if kind == "blank_tracker" else None, user="Alice", clock=clock)
    try:
        assert dump(clone) == dump(fresh)
        assert clone.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert clone.db.execute("PRAGMA application_id").fetchone()[0] == fresh.db.execute(
            "PRAGMA application_id"
        ).fetchone()[0]
        assert (clone.user, clone.path, clone.clock) == ("Alice", None, clock)
        # The next stamp continues after the codebook load's, as in the fresh build.
        assert clone.now() == fresh.now()
        clock.advance(minutes=5)
        assert clone.now() == fresh.now()
    finally:
        fresh.close()


def test_clones_are_independent(tracker: Tracker, tracker_templates) -> None:
    other = tracker_templates.clone(clock=tracker.clock)
    try:
        ops.add_evidence(tracker, event_date="2023-03-10", countries=["FR"], recommendations=["visa"], title="A")
        template = tracker_templates.in_memory("default")
        count = "SELECT count(*) FROM evidence"
        mine, others, templates = (t.db.execute(count).fetchone()[0] for t in (tracker, other, template))
        assert mine == others + 1 and others == templates
    finally:
        other.close()


def test_a_moved_clock_or_another_user_gets_a_fresh_build(tracker_templates, clock) -> None:
    clock.advance(days=1)
    moved = tracker_templates.clone(clock=clock)
    bob = tracker_templates.clone(user="Bob", clock=type(clock)())
    try:
        assert moved.meta("created_at", "").startswith("2026-01-16T09:00:00")
        assert bob.meta("created_by") == "Bob"
    finally:
        moved.close()
        bob.close()


def test_tracker_path_is_a_complete_closed_file(tracker_path: Path) -> None:
    assert sorted(p.name for p in tracker_path.parent.iterdir()) == ["tracker.db"]
    with Tracker.open(tracker_path, user="Alice") as t:
        assert t.meta("created_by") == "Alice"
        assert t.db.execute("SELECT count(*) FROM recommendations").fetchone()[0] > 0
