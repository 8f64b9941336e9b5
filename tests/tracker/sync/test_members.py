"""The member list and join requests (tracker/sync/members.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tracker.sync.envelope import Refused
from tracker.sync.folder import SharedFolder
from tracker.sync.keys import Identity, KeyFileError, Keyring, grant_key, open_grant
from tracker.sync.members import (
    COORDINATOR,
    JoinCodeError,
    JoinRequest,
    MemberList,
    MemberListError,
    add_member,
    coordinator_keys,
    grants,
    open_members,
    open_members_for_joining,
    parse_join_request,
    remove_member,
    seal_members,
    start_tracker,
)


@pytest.fixture
def ana() -> Identity:
    return Identity.generate()


def test_a_join_request_travels_as_a_code_or_a_file(ana: Identity) -> None:
    request = JoinRequest.for_identity(ana, "  Ana\u200b  Łukasiewicz\n")

    code = request.to_code()
    text = request.to_file_text()

    assert request.name == "Ana Łukasiewicz"
    assert code.startswith("ptjoin1:") and len(code) < 200
    assert parse_join_request(code) == request
    assert parse_join_request(text) == request
    assert parse_join_request(code.lower().replace("-", " - ")) == request  # retyped, spaced, lower case
    assert request.fingerprint in text and "Ana Łukasiewicz" in text
    assert request.member_id == ana.member_id


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (lambda c: "", "empty"),
        (lambda c: "hello there", "not a Policy Tracker join code"),
        (lambda c: c.replace("ptjoin1:", "ptjoin2:"), "newer version"),
        (lambda c: c[:40], "incomplete or has a typo"),
        (lambda c: c[:20] + ("A" if c[20] != "A" else "B") + c[21:], "incomplete or has a typo"),
        (lambda c: c[:20] + "U" + c[21:], "'U'"),
    ],
)
def test_a_damaged_join_code_says_what_to_do(ana: Identity, mangle: object, message: str) -> None:
    code = JoinRequest.for_identity(ana, "Ana").to_code()
    with pytest.raises(JoinCodeError, match=message):
        parse_join_request(mangle(code))  # type: ignore[operator]


def test_the_member_list_round_trips_and_its_signature_covers_everything(ana: Identity) -> None:
    bo = Identity.generate()
    first, key = start_tracker(ana, "Ana", now="2026-11-29T22:00:00Z")
    second = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana, now="2026-11-29T22:05:00Z")

    assert MemberList.from_bytes(second.to_bytes()) == second
    assert first.key_id == key.key_id
    assert [m.name for m in second.active()] == ["Ana", "Bo"]
    assert second.get(bo.member_id).added_by == ana.member_id  # type: ignore[union-attr]
    first.check_successor(second)

    tampered = second.to_bytes().replace(b'"name": "Bo"', b'"name": "Eve"')
    with pytest.raises(MemberListError, match="altered"):
        MemberList.from_bytes(tampered)


def test_only_a_coordinator_of_the_current_list_can_change_it(ana: Identity) -> None:
    bo, eve = Identity.generate(), Identity.generate()
    first, _ = start_tracker(ana, "Ana")
    current = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana)

    with pytest.raises(MemberListError, match="Only a coordinator"):
        add_member(current, JoinRequest.for_identity(eve, "Eve"), by=bo)
    # Bo makes himself a coordinator in a list of his own: it is valid alone, but not a successor.
    promoted = tuple(dataclasses.replace(m, role=COORDINATOR) for m in current.members)
    forged = add_member(dataclasses.replace(current, members=promoted), JoinRequest.for_identity(eve, "Eve"), by=bo)
    with pytest.raises(MemberListError, match="not signed by a coordinator of the current one"):
        current.check_successor(forged)
    with pytest.raises(MemberListError, match="not newer"):
        current.check_successor(first)
    with pytest.raises(MemberListError, match="another shared tracker"):
        current.check_successor(start_tracker(ana, "Ana")[0])


def test_removing_a_member_rotates_the_key_and_cannot_be_undone(ana: Identity) -> None:
    bo = Identity.generate()
    first, key = start_tracker(ana, "Ana")
    current = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana)

    after, new_key = remove_member(current, bo.member_id, by=ana, last_sequence=4, now="2026-11-30T00:00:00Z")

    assert new_key.key_id != key.key_id and after.key_id == new_key.key_id
    removed = after.get(bo.member_id)
    assert removed is not None and removed.removed_at == "2026-11-30T00:00:00Z" and removed.last_sequence == 4
    assert [m.name for m in after.active()] == ["Ana"]
    current.check_successor(after)
    with pytest.raises(MemberListError, match="was removed"):
        add_member(after, JoinRequest.for_identity(bo, "Bo"), by=ana)
    restored = dataclasses.replace(after, version=after.version + 1, members=current.members).signed(ana)
    with pytest.raises(MemberListError, match="brings back Bo"):
        after.check_successor(restored)
    with pytest.raises(MemberListError, match="cannot remove yourself"):
        remove_member(after, ana.member_id, by=ana, last_sequence=0)


def test_the_members_file_is_sealed_and_only_a_successor_is_taken(ana: Identity) -> None:
    bo = Identity.generate()
    first, key = start_tracker(ana, "Ana")
    keys = Keyring({key.key_id: key})
    second = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana)
    sealed = seal_members(second, by=ana, tracker_key=key.secret, schema=5)

    assert open_members(sealed, trusted=first, tracker_keys=keys) == second
    assert b"Bo" not in sealed  # the folder's host cannot read the names
    with pytest.raises(MemberListError, match="not newer"):
        open_members(sealed, trusted=second, tracker_keys=keys)
    tampered = bytearray(sealed)
    tampered[-100] ^= 1
    with pytest.raises(Refused):
        open_members(bytes(tampered), trusted=first, tracker_keys=keys)


def test_a_newcomer_trusts_the_member_list_only_with_the_coordinators_fingerprint(ana: Identity) -> None:
    bo, eve = Identity.generate(), Identity.generate()
    first, key = start_tracker(ana, "Ana")
    listed = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana)
    keys = Keyring({key.key_id: key})
    sealed = seal_members(listed, by=ana, tracker_key=key.secret, schema=5)
    # Eve, who learnt the tracker key, makes a list of her own that lets her in.
    own, _ = start_tracker(eve, "Eve", tracker_id=first.tracker_id)
    own = dataclasses.replace(own, key_id=key.key_id).signed(eve)
    forged = seal_members(own, by=eve, tracker_key=key.secret, schema=5)

    told = ana.fingerprint.lower().replace("-", " ")  # as read out over the phone and typed
    assert open_members_for_joining(sealed, tracker_keys=keys, coordinator_fingerprint=told) == listed
    with pytest.raises(MemberListError, match="do not join"):
        open_members_for_joining(forged, tracker_keys=keys, coordinator_fingerprint=ana.fingerprint)
    with pytest.raises(Refused, match="not given"):
        open_members_for_joining(sealed, tracker_keys={}, coordinator_fingerprint=ana.fingerprint)


def test_after_a_removal_the_new_key_is_granted_to_the_others_only(ana: Identity, tmp_path: Path) -> None:
    bo, cy = Identity.generate(), Identity.generate()
    first, _ = start_tracker(ana, "Ana")
    current = add_member(add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana),
                         JoinRequest.for_identity(cy, "Cy"), by=ana)
    after, new_key = remove_member(current, bo.member_id, by=ana, last_sequence=0)
    folder = SharedFolder(tmp_path / "shared")
    for member_id, grant in grants(after, new_key, by=ana).items():
        folder.write_grant(new_key.key_id, member_id, grant)
    signers = coordinator_keys(after)

    cy_grant = folder.grant_path(new_key.key_id, cy.member_id).read_bytes()
    received = open_grant(cy_grant, identity=cy, tracker_id=after.tracker_id, signers=signers)

    assert (received.key_id, received.secret) == (new_key.key_id, new_key.secret)
    assert not folder.grant_path(new_key.key_id, bo.member_id).exists()
    assert new_key.secret not in cy_grant
    with pytest.raises(KeyFileError, match="for another member"):
        open_grant(cy_grant, identity=bo, tracker_id=after.tracker_id, signers=signers)
    with pytest.raises(KeyFileError, match="another shared tracker"):
        open_grant(cy_grant, identity=cy, tracker_id="another", signers=signers)
    with pytest.raises(KeyFileError, match="not signed by a coordinator"):
        open_grant(cy_grant, identity=cy, tracker_id=after.tracker_id, signers={})
    altered = cy_grant.replace(new_key.created.encode(), b"2000-01-01T00:00:00Z")
    with pytest.raises(KeyFileError, match="altered"):
        open_grant(altered, identity=cy, tracker_id=after.tracker_id, signers=signers)
    # A grant Bo forges for himself with his own key is not signed by a coordinator.
    forged = grant_key(new_key, tracker_id=after.tracker_id, to_member=bo.member_id,
                       to_exchange_key=bo.exchange_public_key, by=bo)
    with pytest.raises(KeyFileError, match="not signed by a coordinator"):
        open_grant(forged, identity=bo, tracker_id=after.tracker_id, signers=signers)
