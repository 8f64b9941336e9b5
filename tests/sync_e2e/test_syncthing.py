"""Coalition sync through real Syncthing (issue 14): two instances on 127.0.0.1, one replica each.

Ana (side A) and Bo (side B) share a tracker.  Each side has its own
tracker file (outside the shared folder), its own sync state and base
snapshot; only the shared folder is carried, by Syncthing.  Edits are made
with the app's own operations (db.ops), captured, sealed and written with
tracker.sync, carried, then opened, verified, decrypted and applied on the
other side.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from db import Tracker, merge, ops
from db.attachments import read_attachment
from db.changeset import take_snapshot
from tests.sync_e2e import Shared, poll_until, replica_contents, syncthing_binary
from tracker.sync.envelope import Header, seal
from tracker.sync.exchange import Received, receive_changes, schema_version, send_changes
from tracker.sync.folder import ChangesetFile, LocalState, SharedFolder
from tracker.sync.keys import Identity, Keyring, TrackerKey, now_stamp
from tracker.sync.members import JoinRequest, MemberList, add_member, start_tracker

pytestmark = [
    pytest.mark.slow,
    pytest.mark.syncthing,
    pytest.mark.skipif(syncthing_binary() is None,
                       reason="the syncthing program is not installed (Debian, Ubuntu: apt-get install syncthing)"),
]


@dataclass
class Side:
    """One member's computer: identity, tracker file, last sync's snapshot, local sync state, shared folder."""

    name: str
    identity: Identity
    tracker: Path
    base: Path
    state: LocalState
    folder: SharedFolder

    def edit(self) -> Tracker:
        return Tracker.open(self.tracker, user=self.name)


@dataclass
class Coalition:
    members: MemberList
    key: TrackerKey
    keys: Keyring
    ana: Side
    bo: Side

    def send(self, side: Side) -> ChangesetFile:
        t = side.edit()
        try:
            entry = send_changes(t, side.base, side.folder, side.state, identity=side.identity,
                                 members=self.members, key=self.key)
        finally:
            t.close()
        assert entry is not None
        return entry

    def receive(self, side: Side) -> Received:
        return receive_changes(side.tracker, side.folder, side.state, members=self.members, tracker_keys=self.keys,
                               base=side.base)


@pytest.fixture
def coalition(shared: Shared, tracker_path: Path, tmp_path: Path) -> Coalition:
    """Ana shared her tracker; Bo joined with a copy of it (what the snapshot gives a newcomer)."""
    ana_id, bo_id = Identity.generate(), Identity.generate()
    first, key = start_tracker(ana_id, "Ana")
    members = add_member(first, JoinRequest.for_identity(bo_id, "Bo"), by=ana_id)
    bo_tracker = tmp_path / "bo" / "tracker.db"
    bo_tracker.parent.mkdir()
    shutil.copyfile(tracker_path, bo_tracker)
    sides = []
    for name, identity, path, folder in (("Ana", ana_id, tracker_path, shared.a), ("Bo", bo_id, bo_tracker, shared.b)):
        base = tmp_path / f"{name.lower()}-base.db"
        t = Tracker.open(path, user=name)
        take_snapshot(t, base)
        t.close()
        state = LocalState(members.tracker_id, tmp_path / f"{name.lower()}-data")
        sides.append(Side(name, identity, path, base, state, folder))
    return Coalition(members, key, Keyring({key.key_id: key}), *sides)


def first_recommendation(t: Tracker) -> str:
    return str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])


def test_edits_on_each_side_reach_the_other_through_syncthing_and_the_replicas_end_equal(
    shared: Shared, coalition: Coalition
) -> None:
    ana, bo = coalition.ana, coalition.bo
    t = ana.edit()
    rec = first_recommendation(t)
    change = ops.add_evidence(t, event_date="2025-05-02", countries=["PL", "LT"], recommendations=[rec],
                              title="Visa decree signed", url="https://example.org/decree", publisher="Gazette")
    ops.set_status(t, "PL", rec, "full", effective_date="2025-05-03", rationale="The decree applies to all",
                   evidence=[change.uid or ""])
    t.close()
    before = replica_contents(bo.tracker)
    assert replica_contents(ana.tracker) != before

    sent = coalition.send(ana)
    shared.pair.wait_carried(shared.folder_id, [sent.name], source="a")
    received = coalition.receive(bo)

    assert [e.name for e in received.applied] == [sent.name] and not received.refused and not received.waiting
    assert replica_contents(bo.tracker) == replica_contents(ana.tracker)
    assert replica_contents(bo.tracker, derived=True) == replica_contents(ana.tracker, derived=True)
    assert coalition.receive(bo).applied == []  # nothing new: taking the folder again changes nothing

    # Bo answers: his own edit travels back; what he received is not sent back (his base followed it).
    t = bo.edit()
    ops.set_status(t, "LT", rec, "partial", effective_date="2025-05-04", rationale="Only for students")
    t.close()
    reply = coalition.send(bo)
    assert reply.sequence == 1 and reply.member_id == bo.identity.member_id
    shared.pair.wait_carried(shared.folder_id, [reply.name], source="b")
    back = coalition.receive(ana)

    assert [e.name for e in back.applied] == [reply.name]
    assert replica_contents(ana.tracker) == replica_contents(bo.tracker)
    assert replica_contents(ana.tracker, derived=True) == replica_contents(bo.tracker, derived=True)
    with Tracker.open(ana.tracker, user="Ana", read_only=True) as t:
        history_users = {row[0] for row in t.db.execute("SELECT user FROM history")}
    assert {"Ana", "Bo"} <= history_users


def test_offline_edits_on_both_sides_at_once_converge_through_syncthing(shared: Shared, coalition: Coalition) -> None:
    """Both edit offline before either syncs — new evidence each, the same evidence retitled, the same cell set
    to different statuses — then both send, Syncthing carries both files both ways, and after each takes the
    other's, the two copies are identical and list the same two conflicts."""
    ana, bo = coalition.ana, coalition.bo
    t = ana.edit()
    rec = first_recommendation(t)
    decree = str(ops.add_evidence(t, event_date="2025-05-02", countries=["PL"], recommendations=[rec],
                                  title="Visa decree signed").uid)
    t.close()
    first = coalition.send(ana)
    shared.pair.wait_carried(shared.folder_id, [first.name], source="a")
    assert coalition.receive(bo).applied

    for side, status in ((ana, "full"), (bo, "none")):
        t = side.edit()
        ops.add_evidence(t, event_date="2025-05-05", countries=["LT"], recommendations=[rec],
                         title=f"{side.name}'s report")
        ops.edit_evidence(t, decree, title=f"Visa decree signed ({side.name})")
        ops.set_status(t, "PL", rec, status, effective_date="2025-05-06", rationale=f"{side.name} read the decree")
        t.close()
    from_ana, from_bo = coalition.send(ana), coalition.send(bo)
    shared.pair.wait_carried(shared.folder_id, [from_ana.name], source="a")
    shared.pair.wait_carried(shared.folder_id, [from_bo.name], source="b")

    at_ana, at_bo = coalition.receive(ana), coalition.receive(bo)

    assert [e.name for e in at_ana.applied] == [from_bo.name] and [e.name for e in at_bo.applied] == [from_ana.name]
    assert not (at_ana.waiting or at_ana.refused or at_bo.waiting or at_bo.refused)
    assert replica_contents(ana.tracker, derived=True) == replica_contents(bo.tracker, derived=True)
    for side in (ana, bo):
        with Tracker.open(side.tracker, user=side.name, read_only=True) as t:
            titles = {str(r[0]) for r in t.db.execute("SELECT title FROM evidence")}
            assert {"Ana's report", "Bo's report", "Visa decree signed (Bo)"} <= titles  # Bo edited last
            assert [(c.table, c.key) for c in merge.record_conflicts(t)] == [("evidence", decree)]
            assert merge.flagged_cells(t) == {("PL", rec)}


def test_a_tampered_file_planted_on_a_is_refused_on_b_and_changes_nothing(
    shared: Shared, coalition: Coalition
) -> None:
    ana, bo = coalition.ana, coalition.bo
    t = ana.edit()
    ops.add_evidence(t, event_date="2025-06-01", countries=["EE"], recommendations=[first_recommendation(t)],
                     title="Residence permits extended")
    t.close()
    genuine = coalition.send(ana)
    shared.pair.wait_carried(shared.folder_id, [genuine.name])
    assert coalition.receive(bo).applied
    before = replica_contents(bo.tracker, derived=True)

    # The folder's host (it can write files on A's side) plants a copy of a real, signed change with one byte
    # altered, under a name that matches its contents, and a file under Bo's own name that is not his.
    t = ana.edit()
    ops.add_evidence(t, event_date="2025-06-02", countries=["EE"], recommendations=[first_recommendation(t)],
                     title="Forged: permits revoked")
    t.close()
    forged = bytearray(sealed_change(coalition, ana))
    forged[len(forged) // 2] ^= 0x01
    planted = ana.folder.write_changeset(ana.identity.member_id, 2, bytes(forged))
    impostor_path = ana.folder.changes / bo.identity.member_id / "00000001-000000000000.ptchg"
    impostor_path.parent.mkdir(parents=True, exist_ok=True)
    impostor_path.write_bytes(bytes(forged))
    impostor = f"changes/{bo.identity.member_id}/{impostor_path.name}"
    shared.pair.wait_carried(shared.folder_id, [planted.name, impostor])

    received = coalition.receive(bo)

    assert received.applied == []
    assert {(e.name, code) for e, code, _ in received.refused} == {(planted.name, "bad_signature"),
                                                                  (impostor, "damaged")}
    assert replica_contents(bo.tracker, derived=True) == before
    refused_copy = bo.state.refused_folder / ana.identity.member_id / planted.path.name
    assert refused_copy.read_bytes() == bytes(forged)
    assert "altered" in (refused_copy.parent / f"{refused_copy.name}.reason.txt").read_text()
    assert (bo.folder.root / planted.name).is_file()  # refused here, never deleted from everyone's folder
    assert coalition.receive(bo).refused == []  # refused once, not again


def sealed_change(coalition: Coalition, side: Side) -> bytes:
    """A genuine sealed changeset of ``side``'s latest edit, not written anywhere (the host's raw material)."""
    from db.changeset import capture

    t = side.edit()
    try:
        captured = capture(t, side.base)
    finally:
        t.close()
    captured.discard()
    header = Header(coalition.members.tracker_id, side.identity.member_id, schema_version(), 2, now_stamp(),
                    coalition.key.key_id)
    return seal(captured.changeset, header=header, signer=side.identity, tracker_key=coalition.key.secret,
                key_id=coalition.key.key_id)


def test_syncthings_temporary_files_never_show_in_the_listing(shared: Shared, coalition: Coalition) -> None:
    """A 3 MB attachment arrives slowly (B receives at 1 MiB/s): while Syncthing writes its temporary file,
    the listing and the files ready to apply show nothing, and every file they ever list reads whole."""
    ana, bo = coalition.ana, coalition.bo
    b = shared.pair.b
    options = b.get("/rest/config/options")
    b.request("PATCH", "/rest/config/options", {"maxRecvKbps": 1024, "limitBandwidthInLan": True})
    try:
        decree = os.urandom(3 * 1024 * 1024)  # incompressible: the transfer takes ~3 s
        t = ana.edit()
        scan = ops.Attachment("decree.pdf", decree, "application/pdf")
        change = ops.add_evidence(t, event_date="2025-07-01", countries=["LV"],
                                  recommendations=[first_recommendation(t)], title="Decree (scan)", attachment=scan)
        t.close()
        sent = coalition.send(ana)
        temporary_seen: set[str] = set()

        def arrived_whole() -> bool:
            changes = bo.folder.changes / ana.identity.member_id
            names = {p.name for p in changes.iterdir()} if changes.is_dir() else set()
            temporary_seen.update(n for n in names if n.startswith(".syncthing."))
            listed = bo.folder.changeset_files()
            ready = bo.state.pending(bo.folder).ready
            for entry in listed:
                assert entry.read(), f"{entry.name} was listed before it was whole"  # read() checks the hash
            assert ready == listed
            return bool(listed)

        poll_until(arrived_whole, f"{sent.name} to arrive on B")
        shared.pair.wait_carried(shared.folder_id, [sent.name])
    finally:
        b.request("PATCH", "/rest/config/options", {k: options[k] for k in ("maxRecvKbps", "limitBandwidthInLan")})

    assert temporary_seen, "Syncthing's temporary file was never seen: the test did not observe a transfer"
    assert all(name.endswith(".tmp") for name in temporary_seen)
    assert [e.name for e in coalition.receive(bo).applied] == [sent.name]
    with Tracker.open(bo.tracker, user="Bo", read_only=True) as t:
        assert read_attachment(t, change.uid or "")[2] == decree
