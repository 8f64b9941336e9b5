"""The pieces together: a change on Ana's replica reaches Bo's through the shared folder, sealed and signed.

Only what issue 14's later sync will orchestrate: capture (db.changeset),
seal (envelope), write once (folder), list, open, apply, record.  Tampered
and foreign files are refused there and change nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import Tracker, ops
from db.changeset import apply_changeset, capture, take_snapshot
from db.search import EvidenceFilter, search_keys
from tracker.sync.envelope import Header, Refused, open_envelope, seal
from tracker.sync.folder import WAITING_CODES, LocalState, SharedFolder
from tracker.sync.keys import Identity, Keyring
from tracker.sync.members import JoinRequest, add_member, start_tracker


def found(path: Path, text: str) -> int:
    t = Tracker.open(path, user="Bo", read_only=True)
    try:
        return len(search_keys(t, EvidenceFilter(text=text)).keys)
    finally:
        t.close()


def test_a_change_travels_through_the_folder_and_a_tampered_copy_is_refused(
    tracker_path: Path, tmp_path: Path
) -> None:
    ana, bo = Identity.generate(), Identity.generate()
    first, key = start_tracker(ana, "Ana")
    members = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana)
    keys = Keyring({key.key_id: key})
    folder = SharedFolder(tmp_path / "shared")
    folder.prepare()
    bo_copy = tmp_path / "bo.db"
    shutil.copyfile(tracker_path, bo_copy)
    a = Tracker.open(tracker_path, user="Ana")
    base = tmp_path / "ana-base.db"
    take_snapshot(a, base)
    rec = str(a.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])
    ops.add_evidence(a, event_date="2025-05-01", countries=["PL"], recommendations=[rec], title="Zloty law signed")

    # Ana syncs: capture, seal, write once, then the snapshot becomes her base.
    captured = capture(a, base)
    ana_state = LocalState(members.tracker_id)
    sequence = ana_state.claim_sequence(folder, ana.member_id)
    header = Header(members.tracker_id, ana.member_id, 5, sequence, "2026-11-29T23:00:00Z", key.key_id)
    sealed = seal(captured.changeset, header=header, signer=ana, tracker_key=key.secret, key_id=key.key_id)
    entry = folder.write_changeset(ana.member_id, sequence, sealed)
    captured.commit()
    a.close()
    # Someone with write access to the folder (its host) plants an altered copy under a valid-looking name.
    tampered = bytearray(sealed)
    tampered[len(tampered) // 2] ^= 0xFF
    planted = folder.write_changeset(ana.member_id, 2, bytes(tampered))

    # Bo syncs: everything pending, in order; each file checked before anything is applied.
    bo_state = LocalState(members.tracker_id, tmp_path / "bo-data")
    outcomes = {}
    for pending in bo_state.pending(folder).ready:
        try:
            opened_header, payload = open_envelope(pending.read(), members=members, tracker_keys=keys)
            pending.check_header(opened_header)
        except Refused as refusal:
            assert refusal.code not in WAITING_CODES
            bo_state.refuse(pending, refusal.reason)
            outcomes[pending.name] = refusal.code
            continue
        apply_changeset(bo_copy, payload)
        bo_state.mark_applied(pending)
        outcomes[pending.name] = "applied"
    bo_state.save()

    assert outcomes == {entry.name: "applied", planted.name: "bad_signature"}
    assert found(bo_copy, "zloty") == 1
    assert bo_state.pending(folder).ready == []
    assert (bo_state.refused_folder / ana.member_id / planted.path.name).read_bytes() == bytes(tampered)


def test_a_file_sealed_for_another_tracker_changes_nothing(tracker_path: Path, tmp_path: Path) -> None:
    ana = Identity.generate()
    ours, key = start_tracker(ana, "Ana")
    theirs, their_key = start_tracker(ana, "Ana")  # the same person coordinates two coalitions
    header = Header(theirs.tracker_id, ana.member_id, 5, 1, "2026-11-29T23:00:00Z", their_key.key_id)
    sealed = seal(b"anything", header=header, signer=ana, tracker_key=their_key.secret, key_id=their_key.key_id)

    with pytest.raises(Refused) as refusal:
        open_envelope(sealed, members=ours, tracker_keys=Keyring({key.key_id: key, their_key.key_id: their_key}))
    assert refusal.value.code == "foreign_tracker"
