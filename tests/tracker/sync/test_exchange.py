"""One sync's two halves (tracker/sync/exchange.py) over a plain local folder: send, receive, refuse, wait."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from db import Tracker, merge, ops
from db.changeset import ChangesetError, take_snapshot
from tests.sync_e2e import replica_contents
from tracker.sync.envelope import Header, seal
from tracker.sync.exchange import Received, receive_changes, schema_version, send_changes
from tracker.sync.folder import ChangesetFile, LocalState, SharedFolder
from tracker.sync.keys import Identity, Keyring, TrackerKey
from tracker.sync.members import JoinRequest, MemberList, add_member, start_tracker


@dataclass
class Side:
    name: str
    identity: Identity
    tracker: Path
    base: Path
    state: LocalState


@dataclass
class World:
    members: MemberList
    key: TrackerKey
    keys: Keyring
    folder: SharedFolder
    ana: Side
    bo: Side

    def send(self, side: Side) -> ChangesetFile | None:
        with Tracker.open(side.tracker, user=side.name) as t:
            return send_changes(t, side.base, self.folder, side.state, identity=side.identity, members=self.members,
                                key=self.key, created="2026-11-30T00:00:00Z")

    def receive(self, side: Side, keys: Keyring | None = None) -> Received:
        return receive_changes(side.tracker, self.folder, side.state, members=self.members,
                               tracker_keys=self.keys if keys is None else keys, base=side.base)


@pytest.fixture
def world(tracker_path: Path, tmp_path: Path) -> World:
    ana_id, bo_id = Identity.generate(), Identity.generate()
    first, key = start_tracker(ana_id, "Ana")
    members = add_member(first, JoinRequest.for_identity(bo_id, "Bo"), by=ana_id)
    folder = SharedFolder(tmp_path / "shared")
    folder.prepare()
    bo_tracker = tmp_path / "bo.db"
    shutil.copyfile(tracker_path, bo_tracker)
    sides = []
    for name, identity, path in (("Ana", ana_id, tracker_path), ("Bo", bo_id, bo_tracker)):
        base = tmp_path / f"{name}-base.db"
        with Tracker.open(path, user=name) as t:
            take_snapshot(t, base)
        sides.append(Side(name, identity, path, base, LocalState(members.tracker_id, tmp_path / f"{name}-data")))
    return World(members, key, Keyring({key.key_id: key}), folder, *sides)


def edit(side: Side, title: str, country: str = "PL") -> None:
    with Tracker.open(side.tracker, user=side.name) as t:
        rec = str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])
        ops.add_evidence(t, event_date="2025-05-01", countries=[country], recommendations=[rec], title=title)


def test_a_sent_change_is_received_once_and_the_replicas_end_equal(world: World) -> None:
    assert world.send(world.ana) is None  # nothing changed yet: no file
    edit(world.ana, "Visa decree")
    sent = world.send(world.ana)
    assert sent is not None and sent.sequence == 1
    assert world.send(world.ana) is None  # the base moved on: the same change is not sent twice
    assert world.ana.state.applied == {sent.name}  # her own file is never applied to her tracker again

    received = world.receive(world.bo)

    assert [e.name for e in received.applied] == [sent.name] and not received.refused and not received.waiting
    assert replica_contents(world.bo.tracker, derived=True) == replica_contents(world.ana.tracker, derived=True)
    assert world.receive(world.bo).applied == []
    assert world.send(world.bo) is None  # Bo's base followed what he received: nothing to send back
    edit(world.bo, "Reply", "LT")
    reply = world.send(world.bo)
    assert reply is not None
    assert [e.name for e in world.receive(world.ana).applied] == [reply.name]
    assert replica_contents(world.ana.tracker) == replica_contents(world.bo.tracker)


def test_sequence_numbers_survive_a_lost_state(world: World) -> None:
    edit(world.ana, "One")
    first = world.send(world.ana)
    world.ana.state.path.unlink()  # as if the computer crashed before saving its state
    edit(world.ana, "Two")
    second = world.send(world.ana)
    assert first is not None and second is not None
    assert (first.sequence, second.sequence) == (1, 2)
    assert [e.name for e in world.receive(world.bo).applied] == [first.name, second.name]


def test_a_tampered_file_is_refused_and_the_members_later_files_wait(world: World) -> None:
    edit(world.ana, "Genuine")
    with Tracker.open(world.ana.tracker, user="Ana") as t:
        from db.changeset import capture

        captured = capture(t, world.ana.base)
    captured.discard()
    header = Header(world.members.tracker_id, world.ana.identity.member_id, schema_version(), 1,
                    "2026-11-30T00:00:00Z", world.key.key_id)
    sealed = bytearray(seal(captured.changeset, header=header, signer=world.ana.identity,
                            tracker_key=world.key.secret, key_id=world.key.key_id))
    sealed[-1] ^= 0x01  # the host changes the signature's last byte and names the file after its new contents
    planted = world.folder.write_changeset(world.ana.identity.member_id, 1, bytes(sealed))
    genuine = world.send(world.ana)  # number 2: past the planted file
    before = replica_contents(world.bo.tracker, derived=True)

    received = world.receive(world.bo)

    assert [(e.name, code) for e, code, _ in received.refused] == [(planted.name, "bad_signature")]
    assert genuine is not None and [e.name for e, _ in received.waiting] == [genuine.name]
    assert received.applied == []
    assert replica_contents(world.bo.tracker, derived=True) == before
    assert world.bo.state.refused == {planted.name: received.refused[0][2]}


def test_a_file_for_a_key_not_here_waits_and_applies_once_the_key_arrives(world: World) -> None:
    edit(world.ana, "Sealed with a key Bo lacks")
    sent = world.send(world.ana)
    assert sent is not None

    waiting = world.receive(world.bo, keys=Keyring())

    assert [e.name for e, _ in waiting.waiting] == [sent.name] and not waiting.refused
    assert "does not have" in waiting.waiting[0][1]
    assert [e.name for e in world.receive(world.bo).applied] == [sent.name]


def test_records_both_sides_add_offline_merge_and_the_replicas_end_equal(world: World) -> None:
    """Replicated rows are keyed by UUIDs (m007): what both sides add offline (evidence, its links, the history
    entries) never shares a key, so each side's file applies on the other's tracker and both end equal."""
    edit(world.ana, "Ana's")
    edit(world.bo, "Bo's")
    from_ana, from_bo = world.send(world.ana), world.send(world.bo)

    at_bo, at_ana = world.receive(world.bo), world.receive(world.ana)

    assert from_ana is not None and from_bo is not None
    assert [e.name for e in at_bo.applied] == [from_ana.name] and [e.name for e in at_ana.applied] == [from_bo.name]
    assert not (at_bo.waiting or at_bo.refused or at_ana.waiting or at_ana.refused)
    contents = replica_contents(world.ana.tracker, derived=True)
    assert contents == replica_contents(world.bo.tracker, derived=True)
    assert {"Ana's", "Bo's"} <= {row[2] for row in contents["evidence"]}


def test_the_same_evidence_edited_on_both_sides_ends_the_same_and_is_listed(world: World) -> None:
    """Both sides edit the same evidence offline: each file applies, the later edit wins on both sides, and
    both list the record as a conflict with both versions."""
    edit(world.ana, "Shared decree")
    world.send(world.ana)
    world.receive(world.bo)
    uid = ""
    for side, title in ((world.ana, "Ana's title"), (world.bo, "Bo's title")):  # Bo edits last
        with Tracker.open(side.tracker, user=side.name) as t:
            uid = str(t.db.execute("SELECT uid FROM evidence WHERE title = 'Shared decree'").fetchone()[0])
            ops.edit_evidence(t, uid, title=title)
    world.send(world.ana)
    world.send(world.bo)

    at_bo, at_ana = world.receive(world.bo), world.receive(world.ana)

    assert len(at_bo.applied) == len(at_ana.applied) == 1 and not (at_bo.waiting or at_ana.waiting)
    assert replica_contents(world.ana.tracker, derived=True) == replica_contents(world.bo.tracker, derived=True)
    for side in (world.ana, world.bo):
        with Tracker.open(side.tracker, user=side.name, read_only=True) as t:
            assert t.db.execute("SELECT title FROM evidence WHERE uid = ?", [uid]).fetchone()[0] == "Bo's title"
            [conflict] = merge.record_conflicts(t)
            assert {v.user for v in conflict.versions} == {"Ana", "Bo"}
            assert [v.after["title"] for v in conflict.others if v.after] == ["Ana's title"]


def test_receiving_refuses_a_tracker_open_in_this_process(world: World) -> None:
    edit(world.ana, "Visa decree")
    world.send(world.ana)
    with Tracker.open(world.bo.tracker, user="Bo"), pytest.raises(ChangesetError, match="open in this program"):
        world.receive(world.bo)
    assert world.bo.state.pending(world.folder).ready  # nothing taken, nothing refused: tried again later
    assert world.bo.state.refused == {}


def test_a_file_copied_in_place_waits_until_whole_then_applies(world: World) -> None:
    """A network share or a USB copy writes the file under its own name: half of it waits, the whole applies."""
    edit(world.ana, "Copied by hand")
    sent = world.send(world.ana)
    assert sent is not None
    whole = sent.path.read_bytes()
    sent.path.chmod(0o644)
    sent.path.write_bytes(whole[: len(whole) // 2])

    half = world.receive(world.bo)

    assert [e.name for e, _ in half.waiting] == [sent.name] and not half.refused and not half.applied
    sent.path.write_bytes(whole)
    assert [e.name for e in world.receive(world.bo).applied] == [sent.name]
    assert replica_contents(world.bo.tracker) == replica_contents(world.ana.tracker)


def test_a_file_from_a_newer_schema_waits_says_why_and_applies_once_this_app_knows_it(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written by a newer version (its header names a later schema): it waits, whole, even when its rows would
    apply, and says why; once this app knows that schema (upgraded), it applies."""
    import tracker.sync.exchange as exchange

    edit(world.ana, "From a newer app")
    with Tracker.open(world.ana.tracker, user="Ana") as t:
        from db.changeset import capture

        captured = capture(t, world.ana.base)
    captured.discard()
    header = Header(world.members.tracker_id, world.ana.identity.member_id, schema_version() + 1, 1,
                    "2026-11-30T00:00:00Z", world.key.key_id)
    newer = world.folder.write_changeset(world.ana.identity.member_id, 1, seal(
        captured.changeset, header=header, signer=world.ana.identity, tracker_key=world.key.secret,
        key_id=world.key.key_id))
    before = replica_contents(world.bo.tracker, derived=True)

    waiting = world.receive(world.bo)

    assert [e.name for e, _ in waiting.waiting] == [newer.name] and not waiting.refused and not waiting.applied
    assert "newer version" in waiting.waiting[0][1] and "upgrade" in waiting.waiting[0][1]
    assert replica_contents(world.bo.tracker, derived=True) == before
    monkeypatch.setattr(exchange, "schema_version", lambda: header.schema)  # this app upgraded
    assert [e.name for e in world.receive(world.bo).applied] == [newer.name]
