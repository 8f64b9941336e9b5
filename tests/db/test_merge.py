"""The merge rules (issue 14; db/merge.py, db/lineage.py): copies that change the same things offline.

Replicas exchange changesets directly (capture, apply with the coalition's
rules and settle), as a sync does without the folder and the sealing
(tests/tracker/sync covers those).  Every test checks that the copies end
with the same contents, derived tables (the conflicts flagged) included,
whatever order the changes arrive in.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from db import Tracker, codebook_ops, merge, ops
from db.check import check_tracker
from tests.conftest import FakeClock
from tests.replicas import Replica, cross
from tests.sync_e2e import replica_contents

CELL = ("FR", "visa")


def evidence_uid(title: str) -> Callable[[Tracker], str]:
    def find(t: Tracker) -> str:
        return str(t.db.execute("SELECT uid FROM evidence WHERE title = ?", [title]).fetchone()[0])
    return find


@pytest.fixture
def start(tracker_path: Path, clock: FakeClock) -> Path:
    """A tracker with two pieces of evidence everyone has, and a status on the cell."""
    with Tracker.open(tracker_path, user="Coordinator", clock=clock) as t:
        for title in ("Shared decree", "Old note"):
            ops.add_evidence(t, event_date="2025-03-01", countries=[CELL[0]], recommendations=[CELL[1]],
                             title=title, url=f"https://example.org/{title.split()[0].lower()}")
        ops.set_status(t, *CELL, "partial", effective_date="2025-03-02", rationale="Some visas.")
    return tracker_path


def replicas(start: Path, clock: FakeClock, *names: str) -> list[Replica]:
    made = []
    for name in names:
        path = start.with_name(f"{name.lower()}.db")
        shutil.copyfile(start, path)
        made.append(Replica(path, name, clock))
    return made


def same_everywhere(*copies: Replica) -> dict[str, list[tuple[object, ...]]]:
    contents = [replica_contents(r.path, derived=True) for r in copies]
    for other in contents[1:]:
        assert other == contents[0]
    return contents[0]


def test_three_copies_end_identical_in_every_order(start: Path, clock: FakeClock) -> None:
    """Ana, Bo and Chen each change things offline, some the same ones; each copy takes the other two's changes
    in either order, and all six outcomes are identical, with the same conflicts listed."""
    ana, bo, chen = replicas(start, clock, "Ana", "Bo", "Chen")
    decree = str(ana.read(evidence_uid("Shared decree")))
    ana.edit(lambda t: ops.edit_evidence(t, decree, title="Decree No. 5 (Ana)"))
    ana.edit(lambda t: ops.set_status(t, *CELL, "full", effective_date="2025-04-01", rationale="Visas again."))
    bo.edit(lambda t: ops.set_status(t, *CELL, "none", effective_date="2025-04-02", rationale="Quota cut."))
    bo.edit(lambda t: codebook_ops.edit_recommendation(t, "tps", guidance="Bo's guidance."))
    bo.edit(lambda t: ops.add_evidence(t, event_date="2025-04-03", countries=["DE"], recommendations=["visa"],
                                       title="Bo's report", url="https://example.org/bo"))
    chen.edit(lambda t: ops.edit_evidence(t, decree, title="Decree No. 5 (Chen)", notes="Chen's notes"))
    chen.edit(lambda t: codebook_ops.edit_recommendation(t, "tps", guidance="Chen's guidance."))
    sent = {r.user: r.send() for r in (ana, bo, chen)}

    outcomes = []
    for receiver in (ana, bo, chen):
        others = [name for name in sent if name != receiver.user]
        for n, order in enumerate(itertools.permutations(others)):
            copy = receiver.copy(f"{receiver.user}-{n}")
            copy.receive(*(sent[name] for name in order))
            outcomes.append(copy)
    contents = same_everywhere(*outcomes)

    assert {row[2] for row in contents["evidence"]} >= {"Decree No. 5 (Chen)", "Bo's report", "Old note"}

    def facts(t: Tracker) -> tuple[object, ...]:
        return (
            t.db.execute("SELECT title, notes FROM evidence WHERE uid = ?", [decree]).fetchone(),
            t.db.execute("SELECT guidance FROM recommendations WHERE code = 'tps'").fetchone()[0],
            {(c.table, c.key): {v.user for v in c.versions} for c in merge.record_conflicts(t)},
            [(c.country_code, c.recommendation_code, sorted(j.status_code for j in c.judgements))
             for c in merge.cell_conflicts(t)],
            check_tracker(t),
        )
    # Chen edited the decree and the guidance last: the latest edit applies; the others are listed.
    assert outcomes[0].read(facts) == (
        ("Decree No. 5 (Chen)", "Chen's notes"),
        "Chen's guidance.",
        {("evidence", decree): {"Ana", "Chen"}, ("recommendations", "tps"): {"Bo", "Chen"}},
        [(*CELL, ["full", "none"])],
        [],
    )


def test_applying_the_same_changes_twice_changes_nothing(start: Path, clock: FakeClock) -> None:
    ana, bo = replicas(start, clock, "Ana", "Bo")
    decree = str(ana.read(evidence_uid("Shared decree")))
    ana.edit(lambda t: ops.edit_evidence(t, decree, title="Ana's"))
    bo.edit(lambda t: ops.edit_evidence(t, decree, title="Bo's"))
    from_ana = ana.send()
    bo.receive(from_ana)
    once = replica_contents(bo.path, derived=True)
    bo.receive(from_ana)
    assert replica_contents(bo.path, derived=True) == once


def test_an_offline_burst_on_both_sides_merges(start: Path, clock: FakeClock) -> None:
    ana, bo = replicas(start, clock, "Ana", "Bo")

    def burst(who: str, countries: list[str]) -> Callable[[Tracker], None]:
        def edits(t: Tracker) -> None:
            for i in range(60):
                added = ops.add_evidence(t, event_date="2025-05-01", countries=[countries[i % len(countries)]],
                                         recommendations=["visa", "tps"], title=f"{who} {i}")
                if i % 6 == 0:
                    ops.set_status(t, countries[i % len(countries)], "tps", "announced",
                                   effective_date="2025-05-02", rationale=f"{who} {i}", evidence=[str(added.uid)])
        return edits

    ana.edit(burst("Ana", ["PL", "LT", "DE"]))
    bo.edit(burst("Bo", ["FR", "IT", "DE"]))
    cross(ana, bo)
    contents = same_everywhere(ana, bo)
    assert sum(1 for row in contents["evidence"] if str(row[2]).startswith(("Ana ", "Bo "))) == 120
    # DE/tps got "announced" from both: the same status reached twice is not a conflict
    assert ana.read(merge.cell_conflicts) == []
    assert ana.read(check_tracker) == []


def test_a_deletion_wins_over_an_edit_made_alongside_it_and_is_listed(start: Path, clock: FakeClock) -> None:
    ana, bo = replicas(start, clock, "Ana", "Bo")
    note = str(ana.read(evidence_uid("Old note")))
    bo.edit(lambda t: ops.edit_evidence(t, note, notes="Bo added this later"))
    ana.edit(lambda t: ops.delete_evidence(t, note))
    cross(ana, bo)
    contents = same_everywhere(ana, bo)
    assert note not in {row[0] for row in contents["evidence"]}
    [conflict] = bo.read(merge.record_conflicts)
    assert conflict.key == note and {v.action for v in conflict.versions} == {"delete", "update"}


def test_a_deletion_is_a_tombstone_for_a_creation_that_arrives_later(start: Path, clock: FakeClock) -> None:
    """Chen adds evidence and syncs with Ana only; Ana deletes it; Bo gets Ana's deletion before Chen's
    creation, and still ends without it."""
    ana, bo, chen = replicas(start, clock, "Ana", "Bo", "Chen")
    chen.edit(lambda t: ops.add_evidence(t, event_date="2025-06-01", countries=["PL"], recommendations=["visa"],
                                         title="Posted by mistake"))
    from_chen = chen.send()
    ana.receive(from_chen)
    mistake = str(ana.read(evidence_uid("Posted by mistake")))
    ana.edit(lambda t: ops.delete_evidence(t, mistake))
    from_ana = ana.send()

    bo.receive(from_ana, from_chen)
    chen.receive(from_ana)

    same_everywhere(ana, bo, chen)
    assert bo.read(lambda t: t.db.execute("SELECT count(*) FROM evidence WHERE uid = ?", [mistake]).fetchone()[0]) == 0
    assert bo.read(merge.record_conflicts) == []


def test_keeping_or_swapping_a_version_travels_and_ends_the_conflict_everywhere(start: Path, clock: FakeClock) -> None:
    ana, bo = replicas(start, clock, "Ana", "Bo")
    decree = str(ana.read(evidence_uid("Shared decree")))
    ana.edit(lambda t: ops.edit_evidence(t, decree, title="Ana's title"))
    bo.edit(lambda t: ops.edit_evidence(t, decree, title="Bo's title"))
    cross(ana, bo)
    [conflict] = ana.read(merge.record_conflicts)
    assert conflict.applied == next(v.uid for v in conflict.versions if v.user == "Bo")
    anas = next(v.uid for v in conflict.versions if v.user == "Ana")

    ana.edit(lambda t: merge.use_version(t, "evidence", decree, anas))  # Ana swaps her version in
    bo.receive(ana.send())

    same_everywhere(ana, bo)
    for side in (ana, bo):
        assert side.read(lambda t: t.db.execute("SELECT title FROM evidence WHERE uid = ?", [decree]).fetchone()[0]) \
            == "Ana's title"
        assert side.read(merge.record_conflicts) == []
        assert side.read(merge.conflict_count) == 0


def test_conflicting_judgements_are_flagged_everywhere_until_someone_settles_them(start: Path,
                                                                                   clock: FakeClock) -> None:
    ana, bo = replicas(start, clock, "Ana", "Bo")
    ana.edit(lambda t: ops.set_status(t, *CELL, "full", effective_date="2025-04-01", rationale="Visas again."))
    bo.edit(lambda t: ops.set_status(t, *CELL, "none", effective_date="2025-04-02", rationale="Quota cut."))
    cross(ana, bo)
    same_everywhere(ana, bo)
    for side in (ana, bo):
        [flag] = side.read(merge.cell_conflicts)
        assert (flag.country_code, flag.recommendation_code) == CELL
        assert {(j.status_code, j.recorded_by) for j in flag.judgements} == {("full", "Ana"), ("none", "Bo")}
        assert side.read(merge.flagged_cells) == {CELL}
    current = bo.read(lambda t: t.db.execute("SELECT status_code FROM cell_current WHERE country_code = ? AND"
                                             " recommendation_code = ?", list(CELL)).fetchone()[0])
    assert current == "none"  # the usual rule: the latest effective date

    # Ana uses her judgement; it becomes current on both copies and the flag goes.
    [flag] = ana.read(merge.cell_conflicts)
    anas = next(j.uid for j in flag.judgements if j.recorded_by == "Ana")
    ana.edit(lambda t: merge.use_judgement(t, *CELL, anas))
    bo.receive(ana.send())
    same_everywhere(ana, bo)
    for side in (ana, bo):
        assert side.read(merge.cell_conflicts) == []
        assert side.read(lambda t: t.db.execute("SELECT status_code, rationale FROM cell_current WHERE"
                                                " country_code = ? AND recommendation_code = ?", list(CELL))
                         .fetchone()) == ("full", "Visas again.")


def test_keeping_the_current_judgement_settles_the_cell_on_every_copy(start: Path, clock: FakeClock) -> None:
    ana, bo = replicas(start, clock, "Ana", "Bo")
    ana.edit(lambda t: ops.set_status(t, *CELL, "full", effective_date="2025-04-01", rationale="Visas again."))
    bo.edit(lambda t: ops.set_status(t, *CELL, "none", effective_date="2025-04-02", rationale="Quota cut."))
    cross(ana, bo)
    bo.edit(lambda t: merge.keep_judgements(t, *CELL))
    assert bo.read(merge.cell_conflicts) == []
    ana.receive(bo.send())
    same_everywhere(ana, bo)
    assert ana.read(merge.cell_conflicts) == []
    with Tracker.open(ana.path, user="Ana") as t, pytest.raises(Exception, match="no conflicting judgements"):
        merge.keep_judgements(t, *CELL)


def test_evidence_deleted_on_one_copy_while_cited_on_another_comes_back_and_nothing_waits(
    start: Path, clock: FakeClock
) -> None:
    """Ana deletes a piece of evidence nobody cited yet; Bo, offline, cites it in a new status.  Bo's file
    applies on Ana's copy (the evidence comes back, recorded as restored), and both copies end equal."""
    ana, bo = replicas(start, clock, "Ana", "Bo")
    note = str(ana.read(evidence_uid("Old note")))
    ana.edit(lambda t: ops.delete_evidence(t, note))
    bo.edit(lambda t: ops.set_status(t, "PL", "visa", "full", effective_date="2025-04-01",
                                     rationale="See the note.", evidence=[note]))
    cross(ana, bo)
    ana.receive(bo.send())
    bo.receive(ana.send())
    contents = same_everywhere(ana, bo)
    assert note in {row[0] for row in contents["evidence"]}
    assert ana.read(lambda t: t.db.execute(
        "SELECT operation FROM history WHERE row_key = ? ORDER BY rowid DESC LIMIT 1", [note]).fetchone()[0]) \
        == "restore_cited"
    assert ana.read(check_tracker) == []


def test_cells_added_to_evidence_deleted_elsewhere_do_not_bring_it_back(start: Path, clock: FakeClock) -> None:
    """Bo links more cells to a piece of evidence that Ana deletes meanwhile: the deletion wins on both copies
    and Bo's file applies (its links to the deleted evidence are dropped, not left waiting)."""
    ana, bo = replicas(start, clock, "Ana", "Bo")
    note = str(ana.read(evidence_uid("Old note")))
    ana.edit(lambda t: ops.delete_evidence(t, note))
    bo.edit(lambda t: ops.edit_evidence(t, note, countries=["FR", "DE", "PL"], recommendations=["visa"]))
    cross(ana, bo)
    contents = same_everywhere(ana, bo)
    assert note not in {row[0] for row in contents["evidence"]}
    assert note not in {row[0] for row in contents["evidence_links"]}


def test_a_bulk_import_chains_each_cells_statuses_so_no_conflict_appears(tracker_path: Path) -> None:
    """An import that sets many statuses on one cell writes them one after another (each follows the last),
    so the cell has one tip and is not flagged; a status set afterwards follows the import's last one."""
    from db.bulk import NewEvidence, NewStatus, bulk_write
    from db.lineage import cell_tips

    with Tracker.open(tracker_path, user="Importer") as t:
        with bulk_write(t, operation="import") as writer:
            for i in range(30):
                writer.add_evidence(
                    NewEvidence(None, "2025-01-01", f"Report {i}", None, None, None, None, "media", None, None),
                    [CELL], NewStatus("partial" if i % 2 else "full", f"Report {i}", "reported"))
        tips = cell_tips(t.db, *CELL)
        assert len(tips) == 1 and merge.flagged_cells(t) == set()
        ops.set_status(t, *CELL, "none", effective_date="2025-02-01", rationale="Later.")
        follows = t.db.execute("SELECT follows FROM assessments ORDER BY rowid DESC LIMIT 1").fetchone()[0]
        assert follows == tips[0] and len(cell_tips(t.db, *CELL)) == 1
