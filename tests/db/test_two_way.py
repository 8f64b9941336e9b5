"""Two-way editing (issue 14): two replicas edit offline, exchange changesets in either order, and end equal.

Possible since m007 keyed every replicated row by a UUID: records both sides add
(evidence, links, citations, assessments, history entries) never share a key, so
neither side's changeset collides with the other's.  Replicas are compared table
by table by their declared columns (``SELECT *``), which leaves out the local rowids.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from db import Tracker, codebook_ops, ops, queries
from db.changeset import apply_changeset, capture, take_snapshot
from db.check import check_tracker
from tests.conftest import FakeClock
from tests.sync_e2e import replica_contents

CELL = ("FR", "visa")  # both replicas set a status here: the same-cell case


def offline(path: Path, user: str, clock: FakeClock, edits: Callable[[Tracker], None]) -> bytes:
    """Edit the replica ``path`` as ``user``; returns its changeset since the shared snapshot."""
    base = path.with_name(path.stem + "-base.db")
    with Tracker.open(path, user=user, clock=clock) as t:
        take_snapshot(t, base)
        edits(t)
        return capture(t, base).changeset


def ana_edits(t: Tracker) -> None:
    added = ops.add_evidence(t, event_date="2025-04-01", countries=["FR", "DE"], recommendations=["visa"],
                             title="Visa centre reopened in Łódź", url="https://example.org/ana")
    assert added.uid is not None
    ops.set_status(t, *CELL, "full", effective_date="2025-04-02", rationale="Visas issued again.",
                   evidence=[added.uid])
    ops.set_status(t, "DE", "visa", "partial", effective_date="2025-04-02", rationale="Some visas.",
                   evidence=[added.uid])
    codebook_ops.edit_recommendation(t, "tps", guidance="Ana's guidance for temporary protection.")


def bo_edits(t: Tracker) -> None:
    added = ops.add_evidence(t, event_date="2025-04-01", countries=["FR"], recommendations=["visa", "tps"],
                             title="Visa quota cut", url="https://example.org/bo")
    assert added.uid is not None
    ops.set_status(t, *CELL, "none", effective_date="2025-04-02", rationale="Quota cut to nothing.",
                   evidence=[added.uid])
    ops.set_status(t, "EE", "tps", "announced", effective_date="2025-04-03", rationale="Announced.",
                   evidence=[added.uid])
    codebook_ops.add_recommendation(t, "media", "Support independent media")
    codebook_ops.set_translation(t, "recommendations", "visa", "title", "be", "Візы")


def test_replicas_editing_offline_end_identical_whatever_the_order(tracker_path: Path, tmp_path: Path,
                                                                  clock: FakeClock) -> None:
    """Both add evidence, link and cite it, set statuses (other cells and the same one) and edit the
    codebook; each changeset applies on the other without a conflict, in either order, and every
    replica ends with the same contents, derived tables included, and checks clean."""
    copies = {name: tmp_path / f"{name}.db" for name in ("ana", "bo", "ana_first", "bo_first")}
    for path in copies.values():
        shutil.copyfile(tracker_path, path)
    # The same clock on both: the two same-cell statuses tie on date and time, so the uid decides.
    from_ana = offline(copies["ana"], "Ana", clock, ana_edits)
    from_bo = offline(copies["bo"], "Bo", clock, bo_edits)

    for target, changesets in (("ana", [from_bo]), ("bo", [from_ana]),
                               ("ana_first", [from_ana, from_bo]), ("bo_first", [from_bo, from_ana])):
        for changeset in changesets:
            assert apply_changeset(copies[target], changeset).conflicts == []

    contents = {name: replica_contents(path, derived=True) for name, path in copies.items()}
    assert contents["ana"] == contents["bo"] == contents["ana_first"] == contents["bo_first"]
    for path in copies.values():
        with Tracker.open(path, user="Check") as t:
            assert check_tracker(t) == []
            assert len(queries.assessment_history(t, country="FR", recommendation="visa")) == 2  # both kept
            assert {e.title for e in queries.search_evidence(t)} >= {"Visa centre reopened in Łódź", "Visa quota cut"}
            assert t.db.execute("SELECT guidance FROM recommendations WHERE code = 'tps'").fetchone()[0] == (
                "Ana's guidance for temporary protection."
            )
            assert t.db.execute("SELECT count(*) FROM recommendations WHERE code = 'media'").fetchone()[0] == 1


def test_the_same_cell_keeps_both_statuses_and_both_sides_pick_the_same_current_one(
    tracker_path: Path, tmp_path: Path, clock: FakeClock,
) -> None:
    """The usual rule (latest effective date, then time recorded, then uid) picks one; it is the same
    on both replicas, whichever changeset each applied first."""
    ana, bo = tmp_path / "ana.db", tmp_path / "bo.db"
    shutil.copyfile(tracker_path, ana)
    shutil.copyfile(tracker_path, bo)
    from_ana = offline(ana, "Ana", clock, ana_edits)
    from_bo = offline(bo, "Bo", clock, bo_edits)
    apply_changeset(ana, from_bo)
    apply_changeset(bo, from_ana)

    picked = []
    for path in (ana, bo):
        with Tracker.open(path, user="Check", read_only=True) as t:
            both = queries.assessment_history(t, country="FR", recommendation="visa")
            assert sorted(s.status_code for s in both) == ["full", "none"]
            assert len({(s.effective_date, s.recorded_at) for s in both}) == 1  # a true tie
            expected = max(both, key=lambda s: (s.effective_date, s.recorded_at, s.assessment_uid))
            now = queries.current_statuses(t, "2025-06-01")[CELL]
            assert now.assessment_uid == expected.assessment_uid
            assert queries.cell_statuses(t, [CELL], "2025-06-01")[CELL].assessment_uid == expected.assessment_uid
            picked.append(now.status_code)
    assert picked[0] == picked[1]


def test_applying_either_changeset_again_changes_nothing(tracker_path: Path, tmp_path: Path,
                                                         clock: FakeClock) -> None:
    ana, bo = tmp_path / "ana.db", tmp_path / "bo.db"
    shutil.copyfile(tracker_path, ana)
    shutil.copyfile(tracker_path, bo)
    from_ana = offline(ana, "Ana", clock, ana_edits)
    from_bo = offline(bo, "Bo", clock, bo_edits)
    apply_changeset(ana, from_bo)
    apply_changeset(bo, from_ana)
    once = replica_contents(ana, derived=True)

    for path in (ana, bo):
        for changeset in (from_ana, from_bo):  # its own changes and the other's
            assert apply_changeset(path, changeset).conflicts == []

    assert replica_contents(ana, derived=True) == once == replica_contents(bo, derived=True)
