"""Signed, encrypted sync files (tracker/sync/envelope.py): each way a file can be wrong is refused in one sentence."""

from __future__ import annotations

import struct

import pytest

from tracker.sync.envelope import FORMAT_VERSION, MAGIC, Header, Refused, TooNew, open_envelope, read_header, seal
from tracker.sync.keys import Identity, Keyring, TrackerKey
from tracker.sync.members import JoinRequest, MemberList, add_member, remove_member, start_tracker

PAYLOAD = b"changeset bytes \x00\x01 with Zloty" * 8


class Coalition:
    """A coordinator (Ana), a member (Bo), the member list and the keys every member holds."""

    def __init__(self) -> None:
        self.ana, self.bo = Identity.generate(), Identity.generate()
        first, key = start_tracker(self.ana, "Ana")
        self.members: MemberList = add_member(first, JoinRequest.for_identity(self.bo, "Bo"), by=self.ana)
        self.key = key
        self.keys = Keyring({key.key_id: key})

    def header(self, author: Identity, sequence: int = 1, **changes: object) -> Header:
        fields: dict[str, object] = {
            "tracker": self.members.tracker_id, "author": author.member_id, "schema": 5, "sequence": sequence,
            "created": "2026-11-29T23:00:00Z", "key_id": self.key.key_id,
        }
        fields.update(changes)
        return Header(**fields)  # type: ignore[arg-type]

    def seal(self, author: Identity, sequence: int = 1, payload: bytes = PAYLOAD, key: TrackerKey | None = None,
             **changes: object) -> bytes:
        key = key or self.key
        header = self.header(author, sequence, key_id=key.key_id, **changes)
        return seal(payload, header=header, signer=author, tracker_key=key.secret, key_id=key.key_id)

    def open(self, data: bytes) -> tuple[Header, bytes]:
        return open_envelope(data, members=self.members, tracker_keys=self.keys)


@pytest.fixture
def coalition() -> Coalition:
    return Coalition()


def refusal(coalition: Coalition, data: bytes) -> Refused:
    with pytest.raises(Refused) as caught:
        coalition.open(data)
    return caught.value


def test_a_sealed_file_opens_to_its_header_and_payload(coalition: Coalition) -> None:
    data = coalition.seal(coalition.bo, sequence=7)

    header, payload = coalition.open(data)

    assert payload == PAYLOAD
    assert header == coalition.header(coalition.bo, 7)
    assert read_header(data) == header
    assert data.startswith(MAGIC)
    assert PAYLOAD[:16] not in data  # the folder's host cannot read it


def test_a_changed_byte_anywhere_is_refused(coalition: Coalition) -> None:
    data = coalition.seal(coalition.bo)
    for i in range(len(data)):
        tampered = bytearray(data)
        tampered[i] ^= 0x01
        reason = refusal(coalition, bytes(tampered))
        assert reason.reason.endswith(".") and "\n" not in reason.reason, i


def test_a_cut_short_file_is_refused_as_incomplete(coalition: Coalition) -> None:
    data = coalition.seal(coalition.bo)
    for size in range(len(data)):
        assert refusal(coalition, data[:size]).code == "truncated", size


def test_an_unsigned_or_badly_signed_file_is_refused(coalition: Coalition) -> None:
    data = coalition.seal(coalition.bo)

    unsigned = data[:-64] + bytes(64)
    signed_by_another = data[:-64] + coalition.ana.sign(data[:-64])

    assert refusal(coalition, unsigned).code == "bad_signature"
    assert refusal(coalition, signed_by_another).code == "bad_signature"
    assert "altered" in refusal(coalition, unsigned).reason


def test_a_file_from_someone_who_is_not_a_member_is_refused(coalition: Coalition) -> None:
    stranger = Identity.generate()
    data = coalition.seal(stranger)

    reason = refusal(coalition, data)

    assert reason.code == "unknown_signer"
    assert "not a member" in reason.reason


def test_another_trackers_file_is_refused(coalition: Coalition) -> None:
    other = Coalition()
    data = other.seal(other.bo)

    assert refusal(coalition, data).code == "foreign_tracker"


def test_an_unknown_key_and_a_wrong_key_are_refused(coalition: Coalition) -> None:
    unknown = coalition.seal(coalition.bo, key=TrackerKey.generate())
    assert refusal(coalition, unknown).code == "unknown_key"

    same_id_other_secret = TrackerKey(coalition.key.key_id, bytes(32), coalition.key.created)
    wrong = coalition.seal(coalition.bo, key=same_id_other_secret)
    assert refusal(coalition, wrong).code == "decryption_failed"


def test_a_file_of_a_newer_format_waits(coalition: Coalition) -> None:
    data = bytearray(coalition.seal(coalition.bo))
    struct.pack_into(">H", data, len(MAGIC), FORMAT_VERSION + 1)

    with pytest.raises(TooNew) as caught:
        coalition.open(bytes(data))

    assert caught.value.code == "too_new"
    assert "newer version" in caught.value.reason and "upgraded" in caught.value.reason
    assert isinstance(caught.value, Refused)


def test_a_file_that_is_not_a_sync_file_is_refused(coalition: Coalition) -> None:
    assert refusal(coalition, b"SQLite format 3\x00" + bytes(200)).code == "bad_magic"


def test_a_removed_member_can_no_longer_write(coalition: Coalition) -> None:
    before_removal = coalition.seal(coalition.bo, sequence=1)
    after_list, new_key = remove_member(coalition.members, coalition.bo.member_id, by=coalition.ana, last_sequence=1)
    coalition.members = after_list
    coalition.keys.add(new_key)
    # Bo never gets the new key: he can only go on with the old one, numbering his files on.
    old_key = coalition.key
    later = coalition.seal(coalition.bo, sequence=2, key=old_key)
    coalition.key = new_key

    assert after_list.key_id == new_key.key_id != old_key.key_id
    assert coalition.open(before_removal)[1] == PAYLOAD  # older files stay readable with the old key
    reason = refusal(coalition, later)
    assert reason.code == "removed_member"
    assert "after they were removed" in reason.reason
    assert coalition.open(coalition.seal(coalition.ana, sequence=3))[1] == PAYLOAD  # the others go on, new key


def test_seal_refuses_a_header_that_names_someone_else(coalition: Coalition) -> None:
    header = coalition.header(coalition.ana)
    with pytest.raises(ValueError, match="author is not the signer"):
        seal(b"x", header=header, signer=coalition.bo, tracker_key=coalition.key.secret, key_id=coalition.key.key_id)
