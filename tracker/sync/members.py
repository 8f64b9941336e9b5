"""Who may write to a shared tracker: the member list (a signed document) and join requests.

The list names each member's signing key, so a changeset is taken only when
its signature matches a member's key.  Every version of the list is signed by
a coordinator of the version before it (the first one by its creator), so a
folder's host, or a member who is not a coordinator, cannot add anyone:
:meth:`MemberList.check_successor` refuses such a list.

Joining is a handshake of public keys only: the newcomer gives the
coordinator a join request (their name and public keys, as a short code or a
small file) and they compare its fingerprint by another channel (a call, in
person); the coordinator adds them and hands over the tracker key, by a
channel of their choice or as a key grant in the shared folder (sealed for
the newcomer's exchange key: :func:`grants`).  Nothing secret is in a join
request.

Removing a member records the last of their files the coordinator keeps and
makes a new tracker key (a new key id): later files are encrypted with the
new key, granted to every remaining member and never to the removed one;
their files numbered after that last one are refused
(:func:`tracker.sync.envelope.open_envelope`), and the old keys stay on each
computer so older files can still be read.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, field, replace
from typing import TYPE_CHECKING, Any

from db.errors import TrackerError
from db.messages import translate
from db.records import record

from .envelope import Header, Refused, decrypt_unverified, open_envelope, read_header, seal
from .keys import TrackerKey, b64, base32, fingerprint, grant_key, member_id_for, now_stamp, unb64, verify

if TYPE_CHECKING:
    from .keys import Identity

COORDINATOR = "coordinator"
MEMBER = "member"
ROLES = (COORDINATOR, MEMBER)
MEMBERS_FORMAT = 1
JOIN_PREFIX = "ptjoin"
JOIN_VERSION = 1
#: Longest name in a join request, in characters.
MAX_NAME = 80
_SIGNED_PREFIX = b"policy-tracker members\0"
_DECODE = {c: i for i, c in enumerate("0123456789ABCDEFGHJKMNPQRSTVWXYZ")} | {"O": 0, "I": 1, "L": 1}


class MemberListError(TrackerError):
    """A member list that cannot be trusted or changed as asked; the message is one sentence."""


class JoinCodeError(TrackerError):
    """A join request that cannot be read; the message says what to do."""


@record(frozen=True)
class Member:
    """One person who may write to the shared tracker (or who once could: ``removed_at``)."""

    member_id: str
    name: str
    public_key: bytes
    exchange_key: bytes
    role: str
    added_by: str
    added_at: str
    removed_at: str | None = None
    removed_by: str | None = None
    #: Set when removed: the last of their files still taken (0: none).
    last_sequence: int | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def active(self) -> bool:
        return self.removed_at is None

    def to_json(self) -> dict[str, Any]:
        document = asdict(self)
        document["public_key"] = b64(self.public_key)
        document["exchange_key"] = b64(self.exchange_key)
        return document

    @classmethod
    def from_json(cls, document: Any) -> Member:
        if not isinstance(document, dict):
            raise ValueError("a member is not an object")
        texts = ("member_id", "name", "role", "added_by", "added_at")
        if not all(isinstance(document.get(k), str) and document[k] for k in texts):
            raise ValueError("a member lacks an id, name, role or date")
        member = cls(
            member_id=document["member_id"],
            name=document["name"],
            public_key=unb64(document.get("public_key"), "a member's key"),
            exchange_key=unb64(document.get("exchange_key"), "a member's exchange key"),
            role=document["role"],
            added_by=document["added_by"],
            added_at=document["added_at"],
            removed_at=_optional(document, "removed_at", str),
            removed_by=_optional(document, "removed_by", str),
            last_sequence=_optional(document, "last_sequence", int),
        )
        if member.role not in ROLES:
            raise ValueError(f"unknown role {member.role}")
        if len(member.public_key) != 32 or len(member.exchange_key) != 32:
            raise ValueError("a member's key has the wrong length")
        if member.member_id != member_id_for(member.public_key):
            raise ValueError(f"member {member.member_id}'s id does not match their key")
        return member


def _optional(document: dict[str, Any], key: str, kind: type) -> Any:
    value = document.get(key)
    if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
        raise ValueError(f"{key} has the wrong type")
    return value


@record(frozen=True)
class MemberList:
    """The members of one shared tracker, version by version, each version signed by a coordinator."""

    tracker_id: str
    version: int
    #: The tracker key new files are encrypted with.
    key_id: str
    members: tuple[Member, ...]
    signed_by: str = ""
    signature: bytes = field(default=b"", repr=False)

    def get(self, member_id: str) -> Member | None:
        """The member with this id, removed or not."""
        return next((m for m in self.members if m.member_id == member_id), None)

    def __iter__(self) -> Iterator[Member]:
        return iter(self.members)

    def active(self) -> list[Member]:
        return [m for m in self.members if m.active]

    def is_coordinator(self, member_id: str) -> bool:
        member = self.get(member_id)
        return member is not None and member.active and member.role == COORDINATOR

    def document(self) -> bytes:
        """The signed bytes: everything but the signature, as canonical JSON."""
        document = {
            "format": MEMBERS_FORMAT,
            "tracker_id": self.tracker_id,
            "version": self.version,
            "key_id": self.key_id,
            "members": [m.to_json() for m in self.members],
            "signed_by": self.signed_by,
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

    def signed(self, by: Identity) -> MemberList:
        """This list signed by ``by`` (who must be one of its active coordinators)."""
        if not self.is_coordinator(by.member_id):
            raise MemberListError(translate("SyncMembers", "Only a coordinator can sign the member list."))
        unsigned = replace(self, signed_by=by.member_id, signature=b"")
        return replace(unsigned, signature=by.sign(_SIGNED_PREFIX + unsigned.document()))

    def signature_valid(self, signer: Member | None = None) -> bool:
        """Whether the signature is ``signer``'s (default: the signing member as this list names them)."""
        signer = signer or self.get(self.signed_by)
        return signer is not None and verify(signer.public_key, self.signature, _SIGNED_PREFIX + self.document())

    def to_bytes(self) -> bytes:
        if not self.signature:
            raise MemberListError(translate("SyncMembers", "The member list is not signed."))
        document = json.loads(self.document())
        document["signature"] = b64(self.signature)
        return (json.dumps(document, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> MemberList:
        """Parse a member list and check its own signature; raises :class:`MemberListError`."""
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict):
                raise ValueError("it is not an object")
            if document.get("format") != MEMBERS_FORMAT:
                raise ValueError("it was written by a newer version of Policy Tracker")
            members = tuple(Member.from_json(m) for m in document.get("members") or [])
            if len({m.member_id for m in members}) != len(members):
                raise ValueError("a member is listed twice")
            version, tracker_id, key_id, signed_by = (
                document.get("version"), document.get("tracker_id"), document.get("key_id"), document.get("signed_by"),
            )
            if (
                type(version) is not int
                or not isinstance(tracker_id, str)
                or not isinstance(key_id, str)
                or not isinstance(signed_by, str)
            ):
                raise ValueError("its version, tracker, key or signer is missing")
            parsed = cls(tracker_id, version, key_id, members, signed_by, unb64(document.get("signature"), "signature"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise MemberListError(translate("SyncMembers", "The member list cannot be read: {error}.")
                                  .format(error=str(exc))) from None
        if not parsed.signature_valid():
            raise MemberListError(translate(
                "SyncMembers", "The member list's signature does not match: it was altered."))
        signer = parsed.get(parsed.signed_by)
        if signer is None or signer.role != COORDINATOR:
            raise MemberListError(translate("SyncMembers", "The member list is not signed by one of its coordinators."))
        return parsed

    def check_successor(self, new: MemberList) -> None:
        """Refuse ``new`` unless it may replace this (trusted) list; raises :class:`MemberListError`.

        A successor belongs to the same tracker, has a higher version, is
        signed by a coordinator of *this* list, keeps every member's keys,
        and never brings back a removed member.
        """
        if new.tracker_id != self.tracker_id:
            raise MemberListError(translate("SyncMembers", "The member list belongs to another shared tracker."))
        if new.version <= self.version:
            raise MemberListError(translate("SyncMembers", "The member list is not newer than the one in use (version"
                                            " {version}).").format(version=self.version))
        signer = self.get(new.signed_by)
        if signer is None or not self.is_coordinator(signer.member_id):
            raise MemberListError(translate(
                "SyncMembers", "The new member list is not signed by a coordinator of the current one."))
        if not new.signature_valid(signer):
            raise MemberListError(translate(
                "SyncMembers", "The new member list's signature does not match: it was altered."))
        for old in self.members:
            now = new.get(old.member_id)
            if now is None:
                raise MemberListError(translate("SyncMembers", "The new member list leaves out {name}; members are"
                                                " removed, not deleted.").format(name=old.name))
            if (now.public_key, now.exchange_key) != (old.public_key, old.exchange_key):
                raise MemberListError(translate("SyncMembers", "The new member list changes {name}'s keys.")
                                      .format(name=old.name))
            if old.removed_at is not None and now.removed_at != old.removed_at:
                raise MemberListError(translate(
                    "SyncMembers", "The new member list brings back {name}, who was removed.")
                                      .format(name=old.name))


def start_tracker(
    identity: Identity, name: str, *, tracker_id: str | None = None, now: str | None = None
) -> tuple[MemberList, TrackerKey]:
    """A new shared tracker: its first member list (its creator, a coordinator) and its first tracker key."""
    key = TrackerKey.generate(now)
    stamp = now or now_stamp()
    founder = Member(
        identity.member_id, _clean_name(name), identity.public_key, identity.exchange_public_key, COORDINATOR,
        identity.member_id, stamp,
    )
    first = MemberList(tracker_id or str(uuid.uuid4()), 1, key.key_id, (founder,), identity.member_id)
    return first.signed(identity), key


def add_member(
    members: MemberList, request: JoinRequest, *, by: Identity, role: str = MEMBER, now: str | None = None
) -> MemberList:
    """The next list, with the person who sent ``request``; signed by ``by`` (a coordinator)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    known = members.get(request.member_id)
    if known is not None:
        if known.removed_at:
            raise MemberListError(translate("SyncMembers", "{name} was removed; they need a new key to join again.")
                                  .format(name=known.name))
        raise MemberListError(translate("SyncMembers", "{name} is already a member.").format(name=known.name))
    member = Member(
        request.member_id, request.name, request.public_key, request.exchange_key, role, by.member_id,
        now or now_stamp(),
    )
    return replace(members, version=members.version + 1, members=(*members.members, member)).signed(by)


def remove_member(
    members: MemberList, member_id: str, *, by: Identity, last_sequence: int, now: str | None = None
) -> tuple[MemberList, TrackerKey]:
    """The next list without ``member_id`` (kept as removed), and the new tracker key it names.

    ``last_sequence`` is the last of the member's files that stays valid (the
    newest one the coordinator has seen); any later file of theirs is refused.
    """
    member = members.get(member_id)
    if member is None or not member.active:
        raise MemberListError(translate("SyncMembers", "That person is not a current member."))
    if member_id == by.member_id:
        raise MemberListError(translate("SyncMembers", "You cannot remove yourself; ask another coordinator."))
    stamp = now or now_stamp()
    removed = replace(member, removed_at=stamp, removed_by=by.member_id, last_sequence=last_sequence)
    if removed.role == COORDINATOR and not any(
        m.role == COORDINATOR and m.active and m.member_id != member_id for m in members.members
    ):
        raise MemberListError(translate("SyncMembers", "The tracker needs at least one coordinator."))
    key = TrackerKey.generate(stamp)
    rest = tuple(removed if m.member_id == member_id else m for m in members.members)
    return replace(members, version=members.version + 1, key_id=key.key_id, members=rest).signed(by), key


def coordinator_keys(members: MemberList) -> dict[str, bytes]:
    """Who may sign member lists and key grants: each active coordinator's signing key, by member id."""
    return {m.member_id: m.public_key for m in members.members if m.active and m.role == COORDINATOR}


def grants(members: MemberList, key: TrackerKey, *, by: Identity) -> dict[str, bytes]:
    """The tracker key sealed for each active member (by member id), to put in the shared folder."""
    return {
        m.member_id: grant_key(key, tracker_id=members.tracker_id, to_member=m.member_id,
                               to_exchange_key=m.exchange_key, by=by)
        for m in members.members if m.active
    }


def _clean_name(name: str) -> str:
    """A person's name as lists show it: NFC, no control or format characters, single spaces, at most MAX_NAME."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = " ".join(text.split())
    if not text:
        raise JoinCodeError(translate("SyncMembers", "A member needs a name."))
    if len(text) > MAX_NAME:
        raise JoinCodeError(translate("SyncMembers", "A member's name can have at most {count} characters.")
                            .format(count=MAX_NAME))
    return text


# ---------------------------------------------------------------- join requests
@record(frozen=True)
class JoinRequest:
    """A newcomer's name and public keys, as they send them to a coordinator."""

    name: str
    public_key: bytes
    exchange_key: bytes

    @classmethod
    def for_identity(cls, identity: Identity, name: str) -> JoinRequest:
        return cls(_clean_name(name), identity.public_key, identity.exchange_public_key)

    @property
    def member_id(self) -> str:
        return member_id_for(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_code(self) -> str:
        """``ptjoin1:`` and the request in base 32 (groups of 8), with a checksum that catches a changed letter."""
        body = bytes([JOIN_VERSION]) + self.public_key + self.exchange_key + self.name.encode("utf-8")
        text = base32(body + hashlib.sha256(body).digest()[:4])
        return f"{JOIN_PREFIX}{JOIN_VERSION}:" + "-".join(text[i : i + 8] for i in range(0, len(text), 8))

    def to_file_text(self) -> str:
        """The join file: the code, with comment lines a person can read before sending it."""
        return (
            "# Policy Tracker join request: send this file to the tracker's coordinator.\n"
            f"# Name: {self.name}\n"
            f"# Fingerprint: {self.fingerprint} (read it to the coordinator by another channel)\n"
            f"{self.to_code()}\n"
        )


def parse_join_request(text: str) -> JoinRequest:
    """A join request from its code or the join file's text; raises :class:`JoinCodeError` with one sentence."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    code = "".join("".join(lines).split())
    if not code:
        raise JoinCodeError(translate(
            "SyncMembers", "The join code is empty; paste the whole code or choose the join file."))
    match = re.fullmatch(rf"(?i){JOIN_PREFIX}(\d+):(.*)", code)
    if match is None:
        raise JoinCodeError(translate("SyncMembers", "This is not a Policy Tracker join code (one starts with"
                                      " {prefix}:).").format(prefix=f"{JOIN_PREFIX}{JOIN_VERSION}"))
    if int(match.group(1)) > JOIN_VERSION:
        raise JoinCodeError(translate(
            "SyncMembers", "The join code was made by a newer version of Policy Tracker; upgrade this app first."))
    letters = match.group(2).replace("-", "").upper()
    wrong = sorted({c for c in letters if c not in _DECODE})
    if wrong:
        raise JoinCodeError(
            translate("SyncMembers", "The join code contains {letters}, which cannot be in one; check it was copied"
                      " whole.").format(letters=", ".join(repr(c) for c in wrong))
        )
    data = _unbase32(letters)
    body, checksum = data[:-4], data[-4:]
    damaged = translate("SyncMembers", "The join code is incomplete or has a typo; ask for it again, or use the join"
                        " file.")
    if len(data) < 1 + 64 + 1 + 4 or hashlib.sha256(body).digest()[:4] != checksum or body[0] != JOIN_VERSION:
        raise JoinCodeError(damaged)
    try:
        name = body[65:].decode("utf-8")
    except UnicodeDecodeError:
        raise JoinCodeError(damaged) from None
    return JoinRequest(_clean_name(name), body[1:33], body[33:65])


def _unbase32(letters: str) -> bytes:
    bits = 0
    for c in letters:
        bits = (bits << 5) | _DECODE[c]
    size = len(letters) * 5 // 8
    return (bits >> (len(letters) * 5 - size * 8)).to_bytes(size, "big")


# ---------------------------------------------------------------- the member list in the shared folder
def seal_members(
    members: MemberList, *, by: Identity, tracker_key: bytes, schema: int, created: str | None = None
) -> bytes:
    """The members file for the shared folder: the signed list, sealed (signed, encrypted) like every file there.

    Encrypted with the key the list names, so the folder's host cannot read
    who the members are; its header's sequence is the list's version.
    """
    header = Header(
        members.tracker_id, by.member_id, schema, members.version, created or now_stamp(), members.key_id,
        kind="members",
    )
    return seal(members.to_bytes(), header=header, signer=by, tracker_key=tracker_key, key_id=members.key_id)


def open_members(data: bytes, *, trusted: MemberList, tracker_keys: Mapping[str, bytes]) -> MemberList:
    """A newer member list from the shared folder, taken only as a successor of the ``trusted`` one.

    Raises :class:`Refused` for a file that fails its checks, and
    :class:`MemberListError` for a list that may not replace ``trusted``.
    """
    header, payload = open_envelope(data, members=trusted, tracker_keys=tracker_keys)
    new = _inner_list(header, payload)
    trusted.check_successor(new)
    return new


def open_members_for_joining(
    data: bytes, *, tracker_keys: Mapping[str, bytes], coordinator_fingerprint: str
) -> MemberList:
    """The member list a newcomer starts from, trusted because its signer has the fingerprint they were told.

    A newcomer has no earlier list to check it against: the coordinator's
    fingerprint, compared by another channel, is the anchor of trust.
    """
    header = read_header(data)
    key = tracker_keys.get(header.key_id)
    if key is None:
        raise Refused(
            "unknown_key", translate("SyncMembers", "The member list is encrypted with tracker key {key}, which you"
                                     " were not given.").format(key=header.key_id)
        )
    candidate = MemberList.from_bytes(decrypt_unverified(data, key))
    signer = candidate.get(candidate.signed_by)
    if signer is None or _plain(signer.fingerprint) != _plain(coordinator_fingerprint):
        raise MemberListError(
            translate("SyncMembers", "The member list is not signed by the coordinator whose fingerprint you were"
                      " given; do not join.")
        )
    header, payload = open_envelope(data, members=candidate, tracker_keys=tracker_keys)
    return _inner_list(header, payload)


def _plain(fingerprint_text: str) -> str:
    """A fingerprint as typed (any case, spaces or dashes, O for 0, I or L for 1) in one spelling."""
    text = "".join(c for c in fingerprint_text.upper() if c.isalnum())
    return text.translate(str.maketrans("OIL", "011"))


def _inner_list(header: Header, payload: bytes) -> MemberList:
    if header.kind != "members":
        raise Refused("misplaced", translate("SyncMembers", "The file is not a member list."))
    inner = MemberList.from_bytes(payload)
    if inner.version != header.sequence or inner.signed_by != header.author or inner.tracker_id != header.tracker:
        raise Refused("misplaced", "The member list's signed header does not match the list inside.")
    return inner
