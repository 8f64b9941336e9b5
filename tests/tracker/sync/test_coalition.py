"""The coalition's operations (tracker/sync/coalition.py) on one machine: each person has their own data folder.

Ana shares her tracker, Bo asks to join, Ana adds him, Bo joins and gets an
identical copy; statuses set on either side reach the other by ``sync``
(and both at once: rows are keyed by UUIDs, so both sides' offline additions
merge); a removed member's later files are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from db import Tracker, TrackerError, merge, ops
from tests.sync_e2e import replica_contents
from tracker.sync import coalition
from tracker.sync.places import LiveTrackerInSharedFolder


@dataclass
class Person:
    name: str
    root: Path
    tracker: Path


@pytest.fixture
def people(tracker_path: Path, tmp_path: Path) -> tuple[Person, Person, Path]:
    ana = Person("Ana", tmp_path / "ana-data", tracker_path)
    bo = Person("Bo", tmp_path / "bo-data", tmp_path / "bo" / "tracker.db")
    bo.tracker.parent.mkdir()
    return ana, bo, tmp_path / "shared"


def set_status(person: Person, country: str, status: str, day: str) -> None:
    with Tracker.open(person.tracker, user=person.name) as t:
        rec = str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])
        ops.set_status(t, country, rec, status, effective_date=day, rationale=f"{person.name} checked")


def current(person: Person, country: str) -> str:
    with Tracker.open(person.tracker, user=person.name, read_only=True) as t:
        rec = str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])
        row = t.db.execute("SELECT status_code FROM cell_current WHERE country_code = ? AND recommendation_code = ?",
                           [country, rec]).fetchone()
        return str(row[0]) if row else ""


def shared_pair(people: tuple[Person, Person, Path]) -> coalition.Shared:
    ana, bo, folder = people
    shared = coalition.share(ana.tracker, folder, ana.name, root=ana.root)
    request = coalition.join_request(bo.name, root=bo.root)
    coalition.add_member(ana.tracker, request.code, fingerprint=request.fingerprint, root=ana.root)
    coalition.join(folder, bo.tracker, shared.fingerprint, root=bo.root)
    return shared


def test_share_join_and_sync_both_ways(people: tuple[Person, Person, Path]) -> None:
    ana, bo, folder = people
    shared = coalition.share(ana.tracker, folder, ana.name, root=ana.root)
    assert shared.fingerprint in shared.handover() and str(shared.folder) in shared.handover()
    assert (folder / "snapshot.ptsnap").is_file() and (folder / "members" / "000001.ptmem").is_file()
    assert not list(folder.rglob("*.db")), "the live tracker and the base stay out of the shared folder"

    request = coalition.join_request(bo.name, root=bo.root)
    assert request.code.startswith("ptjoin1:") and request.fingerprint in request.file_text
    assert coalition.preview_join_code(request.code) == ("Bo", request.fingerprint)
    added = coalition.add_member(ana.tracker, request.code, fingerprint=request.fingerprint, root=ana.root)
    assert (added.name, added.role) == ("Bo", "member")

    joined = coalition.join(folder, bo.tracker, shared.fingerprint, root=bo.root)
    assert joined.refused == [] and joined.waiting == []
    assert replica_contents(bo.tracker, derived=True) == replica_contents(ana.tracker, derived=True)

    set_status(ana, "PL", "full", "2025-05-03")
    sent = coalition.sync(ana.tracker, root=ana.root)
    assert (sent.sent, sent.applied) == (1, 0)
    taken = coalition.sync(bo.tracker, root=bo.root)
    assert (taken.sent, taken.applied, taken.waiting, taken.refused) == (0, 1, [], [])
    assert current(bo, "PL") == "full"

    set_status(bo, "LT", "partial", "2025-05-04")  # Bo replies after taking Ana's change: no id collides
    assert coalition.sync(bo.tracker, root=bo.root).sent == 1
    back = coalition.sync(ana.tracker, root=ana.root)
    assert (back.applied, back.refused) == (1, [])
    assert current(ana, "LT") == "partial"
    assert replica_contents(ana.tracker, derived=True) == replica_contents(bo.tracker, derived=True)
    assert coalition.sync(ana.tracker, root=ana.root).text().startswith("Sent 0, applied 0, waiting 0, refused 0.")

    status = coalition.status(ana.tracker, root=ana.root)
    assert status is not None and status.is_coordinator and status.pending == 0 and status.refused == {}
    listed = {m.name: m for m in status.members}
    assert listed["Bo"].added_by == "Ana" and listed["Bo"].last_file and listed["Bo"].last_written
    assert listed["Ana"].role == "coordinator" and listed["Ana"].is_me
    assert status.last_sync is not None and status.last_sync.finished


def test_edits_on_both_sides_at_once_merge(people: tuple[Person, Person, Path]) -> None:
    """Statuses both people set offline, before either syncs, reach both copies: their keys never collide."""
    ana, bo, _ = people
    shared_pair(people)
    set_status(ana, "PL", "full", "2025-05-03")
    set_status(bo, "LT", "partial", "2025-05-04")
    coalition.sync(ana.tracker, root=ana.root)
    crossed = coalition.sync(bo.tracker, root=bo.root)
    assert (crossed.sent, crossed.applied, crossed.waiting, crossed.refused) == (1, 1, [], [])
    assert coalition.sync(ana.tracker, root=ana.root).applied == 1
    assert current(bo, "PL") == current(ana, "PL") == "full"
    assert current(ana, "LT") == current(bo, "LT") == "partial"
    assert replica_contents(ana.tracker, derived=True) == replica_contents(bo.tracker, derived=True)


def test_a_removed_member_can_no_longer_write(people: tuple[Person, Person, Path]) -> None:
    ana, bo, folder = people
    shared_pair(people)
    set_status(bo, "LT", "partial", "2025-05-04")
    coalition.sync(bo.tracker, root=bo.root)
    assert coalition.sync(ana.tracker, root=ana.root).applied == 1  # kept: written before the removal
    bo_id = next(m.member_id for m in coalition.status(ana.tracker, root=ana.root).members if m.name == "Bo")  # type: ignore[union-attr]

    removed, key_id = coalition.remove_member(ana.tracker, bo_id, root=ana.root)
    assert removed.removed_at and not (folder / "keys" / key_id / f"{bo_id}.ptkey").exists()
    set_status(bo, "LT", "none", "2025-06-01")
    later = coalition.sync(bo.tracker, root=bo.root)  # Bo cannot read the new list: he still writes, with the old key
    assert later.sent == 1
    before = replica_contents(ana.tracker)

    refused = coalition.sync(ana.tracker, root=ana.root)

    assert refused.applied == 0 and len(refused.refused) == 1
    assert "after they were removed" in refused.refused[0][1]
    assert replica_contents(ana.tracker) == before
    assert current(ana, "LT") == "partial"
    status = coalition.status(ana.tracker, root=ana.root)
    assert status is not None and len(status.refused) == 1
    assert next(m for m in status.members if m.name == "Bo").removed_at


def test_a_newcomer_after_a_rotation_gets_every_key_and_a_key_file_works(
    people: tuple[Person, Person, Path], tmp_path: Path
) -> None:
    ana, bo, folder = people
    shared = shared_pair(people)
    bo_id = coalition.join_request("Bo", root=bo.root).member_id
    coalition.remove_member(ana.tracker, bo_id, root=ana.root)
    set_status(ana, "PL", "full", "2025-05-03")
    coalition.sync(ana.tracker, root=ana.root)  # encrypted with the new key

    cy = Person("Cy", tmp_path / "cy-data", tmp_path / "cy.db")
    request = coalition.join_request(cy.name, root=cy.root)
    coalition.add_member(ana.tracker, request.code, fingerprint=request.fingerprint, root=ana.root)
    joined = coalition.join(folder, cy.tracker, shared.fingerprint, root=cy.root)
    assert (joined.applied, joined.refused) == (1, [])  # the snapshot (old key) and the file since (new key)
    assert replica_contents(cy.tracker) == replica_contents(ana.tracker)

    dee = Person("Dee", tmp_path / "dee-data", tmp_path / "dee.db")
    request = coalition.join_request(dee.name, root=dee.root)
    coalition.add_member(ana.tracker, request.code, fingerprint=request.fingerprint, root=ana.root)
    for grant in folder.glob(f"keys/*/{request.member_id}.ptkey"):
        grant.unlink()  # the grants have not arrived: the key is handed over by hand
    key_file = tmp_path / "keys.json"
    assert coalition.export_keys(ana.tracker, key_file, root=ana.root) == 2
    coalition.join(folder, dee.tracker, shared.fingerprint, key_file=key_file, root=dee.root)
    assert replica_contents(dee.tracker) == replica_contents(ana.tracker)


def test_joining_is_refused_with_one_sentence_until_it_is_safe(
    people: tuple[Person, Person, Path], tmp_path: Path
) -> None:
    ana, bo, folder = people
    with pytest.raises(TrackerError, match="no shared tracker yet"):
        coalition.join(folder, bo.tracker, "0000-0000-0000-0000", root=bo.root)
    shared = coalition.share(ana.tracker, folder, ana.name, root=ana.root)
    request = coalition.join_request(bo.name, root=bo.root)
    with pytest.raises(TrackerError, match="No tracker key for you"):
        coalition.join(folder, bo.tracker, shared.fingerprint, root=bo.root)
    with pytest.raises(TrackerError, match="is not the join code's"):
        coalition.add_member(ana.tracker, request.code, fingerprint="AAAA-AAAA-AAAA-AAAA", root=ana.root)
    join_file = tmp_path / "bo.ptjoin"
    join_file.write_text(request.file_text, encoding="utf-8")
    coalition.add_member(ana.tracker, str(join_file), root=ana.root)  # a join file's path works as its code
    with pytest.raises(TrackerError, match="not signed by the coordinator whose fingerprint"):
        coalition.join(folder, bo.tracker, "AAAA-AAAA-AAAA-AAAA", root=bo.root)
    assert not bo.tracker.exists()
    coalition.join(folder, bo.tracker, shared.fingerprint.lower().replace("-", " "), root=bo.root)
    with pytest.raises(TrackerError, match="already has a copy"):
        coalition.join(folder, tmp_path / "again.db", shared.fingerprint, root=bo.root)
    cy = coalition.join_request("Cy", root=tmp_path / "cy-data")
    with pytest.raises(TrackerError, match="Only a coordinator"):
        coalition.add_member(bo.tracker, cy.code, root=bo.root)


def test_sharing_refuses_a_tracker_inside_the_folder_or_shared_twice(
    people: tuple[Person, Person, Path], tracker_path: Path, tmp_path: Path
) -> None:
    ana, _, folder = people
    inside = folder / "tracker.db"
    folder.mkdir()
    inside.write_bytes(tracker_path.read_bytes())
    with pytest.raises(LiveTrackerInSharedFolder):
        coalition.share(inside, folder, "Ana", root=ana.root)
    coalition.share(ana.tracker, folder, "Ana", root=ana.root)
    with pytest.raises(TrackerError, match="already shared"):
        coalition.share(ana.tracker, tmp_path / "other", "Ana", root=ana.root)
    with pytest.raises(LiveTrackerInSharedFolder):
        coalition.refuse_inside_shared_folder(inside, ana.root)
    coalition.refuse_inside_shared_folder(ana.tracker, ana.root)  # the tracker itself lives elsewhere
    with pytest.raises(TrackerError, match="is not shared from this computer"):
        coalition.sync(tmp_path / "elsewhere.db", root=ana.root)
    assert coalition.status(tmp_path / "elsewhere.db", root=ana.root) is None


def test_two_programs_never_sync_the_same_tracker_at_once(people: tuple[Person, Person, Path]) -> None:
    """While another program (here: this test) holds the tracker's sync lock, a sync waits, then says so in one
    sentence and changes nothing; once the lock is free it runs."""
    import fcntl

    ana, _bo, _ = people
    shared_pair(people)
    set_status(ana, "PL", "full", "2025-05-03")
    link = coalition.find_link(ana.tracker, ana.root)
    assert link is not None
    with open(link.local / coalition.SYNC_LOCK_FILE, "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        with pytest.raises(coalition.CoalitionError, match="Another program is syncing this tracker"):
            coalition.sync(ana.tracker, root=ana.root, wait=0.3)
    assert coalition.sync(ana.tracker, root=ana.root).sent == 1


def test_three_members_editing_offline_end_identical_through_the_folder(
    people: tuple[Person, Person, Path], tmp_path: Path
) -> None:
    """Ana, Bo and Chen each edit offline — new evidence each, the same cell set three ways — and sync in a
    staggered order, so each takes the others' files in a different order; at the end all three copies are
    identical and flag the same cell."""
    ana, bo, folder = people
    shared = shared_pair(people)
    chen = Person("Chen", tmp_path / "chen-data", tmp_path / "chen" / "tracker.db")
    chen.tracker.parent.mkdir()
    request = coalition.join_request(chen.name, root=chen.root)
    coalition.add_member(ana.tracker, request.code, fingerprint=request.fingerprint, root=ana.root)
    coalition.sync(ana.tracker, root=ana.root)
    coalition.join(folder, chen.tracker, shared.fingerprint, root=chen.root)

    for person, status in ((ana, "full"), (bo, "partial"), (chen, "none")):
        with Tracker.open(person.tracker, user=person.name) as t:
            rec = str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])
            ops.add_evidence(t, event_date="2025-05-01", countries=["LT"], recommendations=[rec],
                             title=f"{person.name}'s report")
        set_status(person, "PL", status, "2025-05-03")
    for person in (chen, bo, ana, chen, bo):  # Chen takes Bo's then Ana's; Bo takes Chen's then Ana's; ...
        summary = coalition.sync(person.tracker, root=person.root)
        assert summary.waiting == [] and summary.refused == []

    contents = [replica_contents(p.tracker, derived=True) for p in (ana, bo, chen)]
    assert contents[0] == contents[1] == contents[2]
    assert {"Ana's report", "Bo's report", "Chen's report"} <= {row[2] for row in contents[0]["evidence"]}
    for person in (ana, bo, chen):
        with Tracker.open(person.tracker, user=person.name, read_only=True) as t:
            [cell] = merge.cell_conflicts(t)
            assert sorted(j.recorded_by for j in cell.judgements) == ["Ana", "Bo", "Chen"]
        assert coalition.status(person.tracker, root=person.root) is not None
    last = coalition.sync(ana.tracker, root=ana.root)
    assert last.conflicts == 1 and "Conflicts to review: 1" in last.text()


def test_the_command_line_lists_and_settles_conflicts(people: tuple[Person, Person, Path]) -> None:
    """`policy-tracker conflicts` lists the cell two members set differently, `keep` settles it, and the
    decision reaches the other copy at the next sync."""
    import io

    from tracker.cli import main

    ana, bo, _ = people
    shared_pair(people)
    set_status(ana, "PL", "full", "2025-05-03")
    set_status(bo, "PL", "none", "2025-05-04")
    for person in (ana, bo, ana):
        coalition.sync(person.tracker, root=person.root)

    def run(*argv: str) -> str:
        out = io.StringIO()
        assert main(list(argv), out=out) == 0
        return out.getvalue()

    listed = run("conflicts", "--db", str(ana.tracker))
    assert "conflicting judgements" in listed and "Ana" in listed and "Bo" in listed and "(current)" in listed
    rec = listed.split("cell:PL:", 1)[1].split()[0]
    kept = run("conflicts", "--db", str(ana.tracker), "keep", f"cell:PL:{rec}", "--user", "Ana")
    assert kept.startswith("Kept what applies for cell:PL:")
    assert run("conflicts", "--db", str(ana.tracker)) == "No conflicts to review.\n"
    coalition.sync(ana.tracker, root=ana.root)
    assert coalition.sync(bo.tracker, root=bo.root).conflicts == 0
    assert run("conflicts", "--db", str(bo.tracker)) == "No conflicts to review.\n"
