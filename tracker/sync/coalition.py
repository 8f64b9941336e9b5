"""A coalition's operations on one shared tracker: share, ask to join, add and remove members, join, sync, status.

These are what the command line (``policy-tracker share``, ``join``,
``join-request``, ``members``, ``sync``) and the app's File menu do; each
fails with one sentence (:class:`db.TrackerError`).  They put together the
foundations (:mod:`.keys`, :mod:`.members`, :mod:`.folder`, :mod:`.exchange`)
without changing them; the merge rules are not here (conflicting changes wait,
as :func:`.exchange.receive_changes` leaves them).

**Where a tracker's link to its shared folder is kept.**  In this computer's
data folder, never in the shared folder nor in the tracker file (a copy of the
file must not carry it, and the folder's host must not learn local paths):
``<data folder>/sync/<shared tracker id>/link.json`` names the tracker file
(its full path) and the shared folder.  Beside it are the tracker's keys
(``keys.json``), the member list this computer trusts (``members.json``), the
last sync's snapshot the next one is compared with (``base.db``), the files
taken and refused (``state.json``, ``refused/``) and the last sync's summary
(``last_sync.json``).  A tracker moved or renamed is no longer linked: sync
then says so, and joining again from the folder makes a new copy.

**Joining.**  The newcomer makes a join request (their name and public keys);
the coordinator compares its fingerprint with them by another channel and adds
them: a new member list, and every tracker key sealed for the newcomer (a
grant) in the folder.  The newcomer joins with the coordinator's fingerprint
(the anchor of trust): the first member list they take must be signed by it.
To check a grant before the list can be read (it is encrypted with the key the
grant holds), coordinators' public signing keys are published in the folder
(``signers/<member id>.pub``: public, and useless to forge: the list's
signature is checked against the fingerprint, then the grant's signer against
the list).  A tracker key can also be handed over by hand as a key file.

**Sync** is: take new keys granted to this member and newer member lists,
send this computer's changes, then take everyone else's.  Applying writes the
tracker file with apsw, so the tracker must not be open in the calling
process (the app runs ``policy-tracker sync`` as a child process).
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import field
from pathlib import Path
from typing import Any, BinaryIO

from db import Tracker
from db.backup import save_copy
from db.changeset import ChangesetError, take_snapshot
from db.errors import TrackerError
from db.merge import conflict_count
from db.messages import joined, message_of, translate
from db.records import record

from .envelope import Header, Refused, open_envelope, read_header, seal
from .exchange import Received, receive_changes, schema_version, send_changes
from .files import FileExistsRefusal, private_folder, replace_private, write_once
from .folder import WAITING_CODES, ChangesetFile, LocalState, SharedFolder
from .keys import (
    Identity,
    KeyFileError,
    Keyring,
    TrackerKey,
    b64,
    keyring_path,
    load_identity,
    load_or_create_identity,
    member_id_for,
    now_stamp,
    open_grant,
    tracker_folder,
    unb64,
)
from .members import (
    COORDINATOR,
    MEMBER,
    Member,
    MemberList,
    MemberListError,
    coordinator_keys,
    grant_key,
    grants,
    open_members,
    open_members_for_joining,
    parse_join_request,
    seal_members,
    start_tracker,
)
from .members import add_member as _next_list_with
from .members import remove_member as _next_list_without
from .places import LINK_FILE, refuse_inside_shared_folder, refuse_live_tracker_inside, sync_root

MEMBERS_FILE = "members.json"
BASE_FILE = "base.db"
LAST_SYNC_FILE = "last_sync.json"
#: The lock a sync holds in the local state folder (:func:`sync`).
SYNC_LOCK_FILE = "sync.lock"
#: Where coordinators' public signing keys are published in the shared folder (so a newcomer can check a grant).
SIGNERS = "signers"
SIGNER_SUFFIX = ".pub"


#: Sentences said in more than one place.
_NO_TRACKER = translate("SyncCoalition", "There is no tracker file at {path}.")
_EXISTS = translate("SyncCoalition", "{path} already exists; choose a new file name for your copy.")
_SNAPSHOT_UNUSABLE = translate("SyncCoalition", "The shared tracker's snapshot cannot be used: {reason}")
_MEMBER_LIST_NOTE = translate("SyncCoalition", "Member list {version}: {reason}")


class CoalitionError(TrackerError):
    """A coalition operation that cannot be done; the message is one sentence saying what to do."""


# ---------------------------------------------------------------- the link between a tracker and its folder
@record(frozen=True)
class Link:
    """One tracker file on this computer and the shared folder it syncs through."""

    shared_id: str
    tracker: Path
    folder: Path
    root: Path

    @property
    def local(self) -> Path:
        """This computer's folder for the shared tracker (keys, state, base), in the data folder."""
        return tracker_folder(self.shared_id, self.root)

    @property
    def shared(self) -> SharedFolder:
        return SharedFolder(self.folder)

    @property
    def base(self) -> Path:
        return self.local / BASE_FILE

    def save(self) -> None:
        document = {"format": 1, "shared_id": self.shared_id, "tracker": str(self.tracker), "folder": str(self.folder)}
        private_folder(self.local)
        replace_private(self.local / LINK_FILE, (json.dumps(document, indent=1) + "\n").encode("utf-8"))

    @classmethod
    def load(cls, path: Path, root: Path) -> Link | None:
        try:
            document = json.loads(path.read_bytes())
            return cls(str(document["shared_id"]), Path(document["tracker"]), Path(document["folder"]), root)
        except (OSError, ValueError, KeyError, TypeError):
            return None


def links(root: Path | None = None) -> list[Link]:
    """Every tracker this computer shares or joined, as the data folder records them."""
    root = root or sync_root()
    try:
        folders = sorted(d for d in root.iterdir() if d.is_dir())
    except FileNotFoundError:
        return []
    found = [Link.load(d / LINK_FILE, root) for d in folders]
    return [link for link in found if link is not None]


def find_link(tracker: Path | str, root: Path | None = None) -> Link | None:
    """The link of the tracker file at ``tracker`` (None: it is not shared from this computer)."""
    wanted = _resolved(tracker)
    return next((link for link in links(root) if _resolved(link.tracker) == wanted), None)


def _resolved(path: Path | str) -> Path:
    return Path(path).expanduser().resolve()


def _require_link(tracker: Path | str, root: Path | None) -> Link:
    link = find_link(tracker, root)
    if link is None:
        raise CoalitionError(
            translate("SyncCoalition", "{tracker} is not shared from this computer; share it (policy-tracker share)"
                      " or join a shared tracker first.").format(tracker=str(tracker))
        )
    if not link.folder.is_dir():
        raise CoalitionError(
            translate("SyncCoalition", "The shared folder {folder} is not there; connect the drive or let the sync"
                      " program finish, then try again.").format(folder=str(link.folder))
        )
    return link


# ---------------------------------------------------------------- local files beside the link
def _load_members(link: Link) -> MemberList:
    try:
        return MemberList.from_bytes((link.local / MEMBERS_FILE).read_bytes())
    except FileNotFoundError:
        raise CoalitionError(translate("SyncCoalition", "The member list of {name} is missing from this computer.")
                             .format(name=link.tracker.name)) from None


def _save_members(link: Link, members: MemberList) -> None:
    private_folder(link.local)
    replace_private(link.local / MEMBERS_FILE, members.to_bytes())


def _identity(root: Path | None) -> Identity:
    identity = load_identity(root)
    if identity is None:
        raise CoalitionError(translate("SyncCoalition", "This computer has no signing key yet; make a join request or"
                                       " share a tracker first."))
    return identity


# ---------------------------------------------------------------- share
@record(frozen=True)
class Shared:
    """What sharing made, and what the coordinator hands over to each newcomer."""

    shared_id: str
    tracker: Path
    folder: Path
    name: str
    member_id: str
    fingerprint: str

    def handover(self) -> str:
        """What the coordinator tells each newcomer (the folder and the fingerprint, by another channel)."""
        return (
            f"Give each newcomer access to the shared folder {self.folder} and tell them your fingerprint"
            f" {self.fingerprint} by another channel (a call, in person); add them from their join code."
        )


def share(tracker: Path | str, folder: Path | str, name: str, *, root: Path | None = None) -> Shared:
    """Start sharing ``tracker`` through ``folder``, with this person (``name``) as its coordinator.

    Makes this computer's identity if needed, a tracker key, the first member
    list, the first snapshot (where newcomers start) and the local state.
    """
    tracker, folder = Path(tracker), Path(folder)
    if not tracker.is_file():
        raise CoalitionError(_NO_TRACKER.format(path=str(tracker)))
    refuse_live_tracker_inside(tracker, folder)
    existing = find_link(tracker, root)
    if existing is not None:
        raise CoalitionError(translate("SyncCoalition", "{name} is already shared through {folder}.")
                             .format(name=tracker.name, folder=str(existing.folder)))
    shared = SharedFolder(folder)
    if shared.snapshot_path.exists() or shared.members_files():
        raise CoalitionError(
            translate("SyncCoalition", "The folder {folder} already holds a shared tracker; choose an empty folder"
                      " (or join that tracker).").format(folder=str(folder))
        )
    identity = load_or_create_identity(root)
    members, key = start_tracker(identity, name)
    link = Link(members.tracker_id, _resolved(tracker), _resolved(folder), root or sync_root())
    try:
        shared.prepare()
    except OSError as exc:
        raise CoalitionError(translate("SyncCoalition", "The shared folder {folder} cannot be written: {error}.")
                             .format(folder=str(folder), error=str(exc.strerror or exc))) from None
    keyring = Keyring({key.key_id: key})
    private_folder(link.local)
    with tempfile.TemporaryDirectory(dir=link.local) as work:
        copy = Path(work) / "snapshot.db"
        with Tracker.open(tracker, user=name, read_only=True) as t:
            save_copy(t, copy, new_identity=True)
        with Tracker.open(copy, user=name, read_only=True) as t:
            take_snapshot(t, link.base)  # the base is the snapshot itself: nothing before sharing is sent again
        header = Header(members.tracker_id, identity.member_id, schema_version(), 0, now_stamp(), key.key_id,
                        kind="snapshot")
        snapshot = seal(copy.read_bytes(), header=header, signer=identity, tracker_key=key.secret, key_id=key.key_id)
    shared.write_members(members.version, seal_members(members, by=identity, tracker_key=key.secret,
                                                       schema=schema_version()))
    _publish_signer(shared, identity)
    shared.write_snapshot(snapshot)
    keyring.save(keyring_path(members.tracker_id, link.root))
    _save_members(link, members)
    LocalState(members.tracker_id, link.root).save()
    link.save()
    return Shared(members.tracker_id, link.tracker, link.folder, members.members[0].name, identity.member_id,
                  identity.fingerprint)


def _publish_signer(shared: SharedFolder, identity: Identity) -> None:
    """Put a coordinator's public signing key in the folder (public; a newcomer checks grants with it)."""
    path = shared.root / SIGNERS / f"{identity.member_id}{SIGNER_SUFFIX}"
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        write_once(path, (json.dumps({"format": 1, "public_key": b64(identity.public_key)}) + "\n").encode())


def _published_signers(shared: SharedFolder) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    with contextlib.suppress(FileNotFoundError):
        for path in (shared.root / SIGNERS).iterdir():
            if path.suffix != SIGNER_SUFFIX:
                continue
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                key = unb64(json.loads(path.read_bytes())["public_key"], "key")
                if member_id_for(key) == path.stem:  # the name is the key's own id: it cannot be swapped
                    found[path.stem] = key
    return found


# ---------------------------------------------------------------- join requests and members
@record(frozen=True)
class JoinCode:
    """A newcomer's join request: the code to paste, the file to send, and the fingerprint to read out."""

    name: str
    code: str
    file_text: str
    fingerprint: str
    member_id: str


def join_request(name: str, *, root: Path | None = None) -> JoinCode:
    """This person's join request (their name and public keys; nothing secret), making their identity if needed."""
    from .members import JoinRequest

    identity = load_or_create_identity(root)
    request = JoinRequest.for_identity(identity, name)
    return JoinCode(request.name, request.to_code(), request.to_file_text(), request.fingerprint, request.member_id)


def read_join_code(text_or_path: str) -> str:
    """A join code given as itself or as the path of a join file: the text to parse."""
    candidate = text_or_path.strip()
    if candidate and "\n" not in candidate and not candidate.lower().startswith("ptjoin"):
        path = Path(candidate).expanduser()
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_size < 64 * 1024:
                return path.read_text(encoding="utf-8", errors="replace")
    return text_or_path


def preview_join_code(text_or_path: str) -> tuple[str, str]:
    """(name, fingerprint) of a join code or file, to compare before adding; raises with one sentence."""
    request = parse_join_request(read_join_code(text_or_path))
    return request.name, request.fingerprint


def add_member(
    tracker: Path | str, code: str, *, role: str = MEMBER, fingerprint: str | None = None, root: Path | None = None
) -> Member:
    """Add the person whose join code (or join file's path) is ``code``; this computer must be a coordinator's.

    ``fingerprint``, when given, must match the code's (what the newcomer read
    out). The new list goes to the folder, with every tracker key this
    computer has sealed for the newcomer (the snapshot and older files need
    the older keys).
    """
    link = _require_link(tracker, root)
    identity = _identity(root)
    request = parse_join_request(read_join_code(code))
    if fingerprint is not None and _plain(fingerprint) != _plain(request.fingerprint):
        raise CoalitionError(
            translate("SyncCoalition", "The fingerprint {fingerprint} is not the join code's ({expected}); do not add"
                      " this person.").format(fingerprint=fingerprint, expected=request.fingerprint)
        )
    members, keyring = _refresh(link, identity)[:2]
    if not members.is_coordinator(identity.member_id):
        raise CoalitionError(translate("SyncCoalition", "Only a coordinator can add members; ask one of them."))
    updated = _next_list_with(members, request, by=identity, role=role)
    key = keyring.key(updated.key_id)
    shared = link.shared
    for key_id in keyring:
        with contextlib.suppress(FileExistsError):
            shared.write_grant(key_id, request.member_id, grant_key(
                keyring.key(key_id), tracker_id=updated.tracker_id, to_member=request.member_id,
                to_exchange_key=request.exchange_key, by=identity))
    shared.write_members(updated.version, seal_members(updated, by=identity, tracker_key=key.secret,
                                                       schema=schema_version()))
    _save_members(link, updated)
    added = updated.get(request.member_id)
    assert added is not None
    return added


def remove_member(tracker: Path | str, member_id: str, *, root: Path | None = None) -> tuple[Member, str]:
    """Remove a member: a new list, and a new tracker key granted to everyone else; returns them and the key id.

    Their files numbered after the last one this computer has taken stay
    valid; any later file of theirs is refused everywhere.
    """
    link = _require_link(tracker, root)
    identity = _identity(root)
    members, keyring = _refresh(link, identity)[:2]
    if not members.is_coordinator(identity.member_id):
        raise CoalitionError(translate("SyncCoalition", "Only a coordinator can remove members; ask one of them."))
    target = _member_by_id_or_name(members, member_id)
    state = LocalState(members.tracker_id, link.root)
    taken = [int(name.split("/")[2][:8]) for name in state.applied if name.split("/")[1:2] == [target.member_id]]
    updated, key = _next_list_without(members, target.member_id, by=identity, last_sequence=max(taken, default=0))
    keyring.add(key)
    keyring.save(keyring_path(members.tracker_id, link.root))
    shared = link.shared
    for member, sealed in grants(updated, key, by=identity).items():
        with contextlib.suppress(FileExistsError):
            shared.write_grant(key.key_id, member, sealed)
    shared.write_members(updated.version, seal_members(updated, by=identity, tracker_key=key.secret,
                                                       schema=schema_version()))
    _save_members(link, updated)
    removed = updated.get(target.member_id)
    assert removed is not None
    return removed, key.key_id


def _member_by_id_or_name(members: MemberList, wanted: str) -> Member:
    found = members.get(wanted.strip().lower())
    if found is None:
        named = [m for m in members if m.name.casefold() == wanted.strip().casefold() and m.active]
        found = named[0] if len(named) == 1 else None
    if found is None or not found.active:
        raise CoalitionError(translate("SyncCoalition", "{name} is not a current member; `policy-tracker members --db"
                                       " PATH` lists them.").format(name=wanted))
    return found


def export_keys(tracker: Path | str, dest: Path | str, *, root: Path | None = None) -> int:
    """Write this tracker's keys to ``dest`` (mode 0600) to hand over by hand; returns how many keys."""
    link = _require_link(tracker, root)
    keyring = Keyring.load(keyring_path(link.shared_id, link.root))
    try:
        write_once(Path(dest), keyring.to_json(), mode=0o600)
    except FileExistsError:
        raise CoalitionError(translate("SyncCoalition", "{path} already exists; choose a new file name.")
                             .format(path=str(dest))) from None
    return len(keyring)


def _plain(fingerprint: str) -> str:
    text = "".join(c for c in fingerprint.upper() if c.isalnum())
    return text.translate(str.maketrans("OIL", "011"))


# ---------------------------------------------------------------- keys and member lists arriving
def _refresh(link: Link, identity: Identity) -> tuple[MemberList, Keyring, list[str]]:
    """Take keys granted to this member and newer member lists from the folder; returns them and notes why not."""
    members = _load_members(link)
    keyring = Keyring.load(keyring_path(link.shared_id, link.root))
    notes: list[str] = []
    shared = link.shared
    changed = _take_grants(shared, identity, members, keyring, notes)
    for version, path in shared.members_files():
        if version <= members.version:
            continue
        try:
            members = open_members(path.read_bytes(), trusted=members, tracker_keys=keyring)
        except Refused as refusal:
            notes.append(_MEMBER_LIST_NOTE.format(version=version, reason=refusal.reason))
            if refusal.code in WAITING_CODES:
                break
            continue
        except (MemberListError, OSError) as exc:
            notes.append(_MEMBER_LIST_NOTE.format(version=version, reason=message_of(exc)))
            continue
        changed = True
        changed |= _take_grants(shared, identity, members, keyring, notes)
    if changed:
        keyring.save(keyring_path(link.shared_id, link.root))
        _save_members(link, members)
    if members.is_coordinator(identity.member_id):
        _publish_signer(shared, identity)
    return members, keyring, notes


def _take_grants(
    shared: SharedFolder, identity: Identity, members: MemberList, keyring: Keyring, notes: list[str]
) -> bool:
    """Add every key granted to this member that this computer lacks; True when one was added."""
    added = False
    signers = coordinator_keys(members)
    for key_id, path in _grants_for(shared, identity.member_id):
        if key_id in keyring:
            continue
        try:
            keyring.add(open_grant(path.read_bytes(), identity=identity, tracker_id=members.tracker_id,
                                   signers=signers))
            added = True
        except (KeyFileError, OSError) as exc:
            notes.append(translate("SyncCoalition", "Key {key}: {reason}").format(key=key_id, reason=message_of(exc)))
    return added


def _grants_for(shared: SharedFolder, member_id: str) -> list[tuple[str, Path]]:
    found = []
    with contextlib.suppress(FileNotFoundError):
        for folder in sorted((shared.root / "keys").iterdir()):
            path = folder / f"{member_id}.ptkey"
            if path.is_file():
                found.append((folder.name, path))
    return found


# ---------------------------------------------------------------- join
def join(
    folder: Path | str,
    tracker: Path | str,
    coordinator_fingerprint: str,
    *,
    key_file: Path | str | None = None,
    root: Path | None = None,
) -> SyncSummary:
    """Build this member's copy at ``tracker`` from the folder's snapshot, then apply every change since.

    Needs this member's key grant in the folder (the coordinator added them)
    or the tracker keys handed over by hand (``key_file``), and the
    coordinator's fingerprint, which the first member list must be signed by.
    """
    folder, tracker = Path(folder), Path(tracker)
    shared = SharedFolder(folder)
    if tracker.exists():
        raise CoalitionError(_EXISTS.format(path=str(tracker)))
    refuse_live_tracker_inside(tracker, folder)
    try:
        snapshot = shared.snapshot_path.read_bytes()
    except FileNotFoundError:
        raise CoalitionError(
            translate("SyncCoalition", "The folder {folder} holds no shared tracker yet (no snapshot); check the"
                      " folder, or wait until it has synced.").format(folder=str(folder))
        ) from None
    try:
        shared_id = read_header(snapshot).tracker
    except Refused as refusal:
        raise CoalitionError(_SNAPSHOT_UNUSABLE.format(reason=refusal.reason)) from None
    root = root or sync_root()
    already = next((link for link in links(root) if link.shared_id == shared_id), None)
    if already is not None:
        raise CoalitionError(translate("SyncCoalition", "This computer already has a copy of this shared tracker:"
                                       " {path}.").format(path=str(already.tracker)))
    identity = _identity(root)
    keyring = Keyring()
    if key_file is not None:
        try:
            for key in _keys_in_file(Path(key_file)).values():
                keyring.add(key)
        except (KeyFileError, OSError) as exc:
            raise CoalitionError(translate("SyncCoalition", "The key file {path} cannot be used: {reason}")
                                 .format(path=str(key_file), reason=message_of(exc))) from None
    candidates = _published_signers(shared)
    provisional = Keyring(dict(_keyring_items(keyring)))
    for _key_id, path in _grants_for(shared, identity.member_id):
        with contextlib.suppress(KeyFileError, OSError):
            provisional.add(open_grant(path.read_bytes(), identity=identity, tracker_id=shared_id, signers=candidates))
    if not provisional:
        raise CoalitionError(
            translate("SyncCoalition", "No tracker key for you is in the shared folder yet: ask the coordinator to add"
                      " you from your join code (or to give you the key file), let the folder sync, and try again.")
        )
    members = _members_for_joining(shared, provisional, coordinator_fingerprint)
    me = members.get(identity.member_id)
    if me is None or not me.active:
        raise CoalitionError(translate("SyncCoalition", "You are not a member of this shared tracker yet; ask the"
                                       " coordinator to add you."))
    # The grants are taken only now that their signers are known to be the list's coordinators.
    _take_grants(shared, identity, members, keyring, [])
    if not keyring:
        raise CoalitionError(translate("SyncCoalition", "The tracker keys in the folder are not signed by a"
                                       " coordinator of this tracker."))
    try:
        _, payload = open_envelope(snapshot, members=members, tracker_keys=keyring)
    except Refused as refusal:
        raise CoalitionError(_SNAPSHOT_UNUSABLE.format(reason=refusal.reason)) from None
    link = Link(shared_id, _resolved(tracker), _resolved(folder), root)
    private_folder(link.local)
    try:
        write_once(tracker, payload)
    except FileExistsRefusal:
        raise CoalitionError(_EXISTS.format(path=str(tracker))) from None
    with Tracker.open(tracker, user=me.name) as t:  # (upgraded here if the snapshot is from an older version)
        take_snapshot(t, link.base)
    keyring.save(keyring_path(shared_id, root))
    _save_members(link, members)
    state = LocalState(shared_id, root)
    state.save()
    link.save()
    members, keyring, notes = _refresh(link, identity)
    received = receive_changes(tracker, shared, state, members=members, tracker_keys=keyring, base=link.base)
    summary = _summary(None, received, notes)
    _record(link, summary)
    return summary


def _keys_in_file(path: Path) -> dict[str, TrackerKey]:
    ring = Keyring.load(path) if path.is_file() else None
    if ring is None:
        raise KeyFileError(f"there is no file {path}")
    return {key_id: ring.key(key_id) for key_id in ring}


def _keyring_items(keyring: Keyring) -> dict[str, TrackerKey]:
    return {key_id: keyring.key(key_id) for key_id in keyring}


def _members_for_joining(shared: SharedFolder, keyring: Keyring, fingerprint: str) -> MemberList:
    """The newest member list this newcomer can read that the coordinator with ``fingerprint`` signed."""
    last: str = translate("SyncCoalition", "The shared folder holds no member list.")
    for version, path in reversed(shared.members_files()):
        try:
            return open_members_for_joining(path.read_bytes(), tracker_keys=keyring,
                                            coordinator_fingerprint=fingerprint)
        except Refused as refusal:
            last = translate("SyncCoalition", "The member list {version} cannot be used: {reason}").format(
                version=version, reason=refusal.reason)
        except MemberListError as exc:
            last = message_of(exc)
    raise CoalitionError(last)


# ---------------------------------------------------------------- sync
@record
class SyncSummary:
    """What one sync did, for the command line's output and the app's indicator."""

    sent: int = 0
    applied: int = 0
    #: (file, why) for each file left for the next sync.
    waiting: list[tuple[str, str]] = field(default_factory=list)
    #: (file, why) for each file refused for good.
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: Other things worth knowing (a member list or key not usable yet).
    notes: list[str] = field(default_factory=list)
    finished: str = ""
    #: Conflicts waiting for a person after this sync (records changed on two copies, cells with conflicting
    #: judgements: db.merge), whoever's sync found them.
    conflicts: int = 0

    def text(self) -> str:
        """The summary as the command line prints it (one line, then one line per file waiting or refused)."""
        lines = [translate("SyncCoalition", "Sent {sent}, applied {applied}, waiting {waiting}, refused {refused}.")
                 .format(sent=self.sent, applied=self.applied, waiting=len(self.waiting), refused=len(self.refused))]
        lines += [translate("SyncCoalition", "Waiting: {name}: {why}").format(name=name, why=why)
                  for name, why in self.waiting]
        lines += [translate("SyncCoalition", "Refused: {name}: {why}").format(name=name, why=why)
                  for name, why in self.refused]
        lines += [translate("SyncCoalition", "Note: {note}").format(note=note) for note in self.notes]
        if self.conflicts:
            lines.append(translate("SyncCoalition", "Conflicts to review: {count} (in the app: File ›"
                                   " Conflicts…).").format(count=self.conflicts))
        return joined("\n", lines)  # English as printed; the window says each line in its language

    def to_json(self) -> dict[str, object]:
        return {"sent": self.sent, "applied": self.applied, "waiting": self.waiting, "refused": self.refused,
                "notes": self.notes, "finished": self.finished, "conflicts": self.conflicts}

    @classmethod
    def from_json(cls, document: Any) -> SyncSummary:
        """Read :meth:`to_json`'s document back; raises ValueError or TypeError for anything else."""
        if not isinstance(document, dict):
            raise ValueError("not an object")

        def pairs(value: Any) -> list[tuple[str, str]]:
            return [(str(p[0]), str(p[1])) for p in value or [] if isinstance(p, list) and len(p) == 2]

        return cls(int(document.get("sent") or 0), int(document.get("applied") or 0),
                   pairs(document.get("waiting")), pairs(document.get("refused")),
                   [str(n) for n in document.get("notes") or []], str(document.get("finished") or ""),
                   int(document.get("conflicts") or 0))


#: How long a sync waits for another program's sync of the same tracker to end (the app's own sync and the
#: command line, two windows) before it says so.
SYNC_LOCK_WAIT = 60.0


@contextlib.contextmanager
def _one_sync_at_a_time(link: Link, wait: float) -> Iterator[None]:
    """Hold this computer's sync lock of the shared tracker (a lock file in its local state folder).

    Two syncs at once would both capture the same changes from the same base and
    both write the local state: the second waits for the first, up to ``wait``
    seconds.  The operating system drops the lock when its holder ends, killed or not.
    """
    private_folder(link.local)
    path = link.local / SYNC_LOCK_FILE
    handle = open(path, "a+b")  # noqa: SIM115  (held for the whole sync)
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(handle):
            if time.monotonic() >= deadline:
                raise CoalitionError(translate(
                    "SyncCoalition", "Another program is syncing this tracker; try again when it has finished."))
            time.sleep(0.1)
        yield
    finally:
        handle.close()  # releases the lock


def _try_lock(handle: BinaryIO) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def sync(tracker: Path | str, *, root: Path | None = None, wait: float = SYNC_LOCK_WAIT) -> SyncSummary:
    """Send this computer's changes, then take everyone else's; the tracker must not be open in this process.

    Waits up to ``wait`` seconds while another program syncs the same tracker.
    """
    link = _require_link(tracker, root)
    if not link.tracker.is_file():
        raise CoalitionError(_NO_TRACKER.format(path=str(link.tracker)))
    with _one_sync_at_a_time(link, wait):
        return _sync(link, root)


def _sync(link: Link, root: Path | None) -> SyncSummary:
    identity = _identity(root)
    members, keyring, notes = _refresh(link, identity)
    me = members.get(identity.member_id)
    state = LocalState(link.shared_id, link.root)
    sent = None
    if me is None or not me.active:
        notes.append(translate("SyncCoalition", "You are no longer a member of this shared tracker, so your changes"
                               " are not sent."))
    elif members.key_id not in keyring:
        notes.append(translate("SyncCoalition", "Your changes wait for the current tracker key, which has not reached"
                               " you yet."))
    else:
        with Tracker.open(link.tracker, user=me.name) as t:
            sent = send_changes(t, link.base, link.shared, state, identity=identity, members=members,
                                key=keyring.key(members.key_id))
    try:
        received = receive_changes(link.tracker, link.shared, state, members=members, tracker_keys=keyring,
                                   base=link.base)
    except ChangesetError as exc:
        raise CoalitionError(message_of(exc)) from None
    summary = _summary(sent, received, notes)
    with Tracker.open(link.tracker, user=identity.member_id, read_only=True) as t:
        summary.conflicts = conflict_count(t)
    _record(link, summary)
    return summary


def _summary(sent: ChangesetFile | None, received: Received, notes: list[str]) -> SyncSummary:
    return SyncSummary(
        sent=0 if sent is None else 1,
        applied=len(received.applied),
        waiting=[(entry.name, why) for entry, why in received.waiting],
        refused=[(entry.name, why) for entry, _code, why in received.refused],
        notes=notes,
        finished=now_stamp(),
    )


def _record(link: Link, summary: SyncSummary) -> None:
    replace_private(link.local / LAST_SYNC_FILE, (json.dumps(summary.to_json(), indent=1) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- status
@record(frozen=True)
class MemberStatus:
    """One member as the Members dialog lists them."""

    member_id: str
    name: str
    role: str
    fingerprint: str
    added_by: str
    added_at: str
    removed_at: str | None
    #: Their newest file in the folder (its name) and when it was written (its signed time), if any.
    last_file: str | None
    last_written: str | None
    is_me: bool


@record(frozen=True)
class SyncStatus:
    """Where one shared tracker stands on this computer (the status-bar indicator, the Members dialog)."""

    shared_id: str
    tracker: Path
    folder: Path
    me: str
    last_sync: SyncSummary | None
    pending: int
    refused: dict[str, str]
    members: list[MemberStatus]

    @property
    def is_coordinator(self) -> bool:
        return any(m.is_me and m.role == COORDINATOR and m.removed_at is None for m in self.members)


def status(tracker: Path | str, *, root: Path | None = None) -> SyncStatus | None:
    """The sync status of ``tracker`` (None: it is not shared from this computer); reads, never writes."""
    link = find_link(tracker, root)
    if link is None:
        return None
    members = _load_members(link)
    identity = load_identity(root)
    me = identity.member_id if identity else ""
    state = LocalState(link.shared_id, link.root)
    shared = link.shared
    try:
        pending = state.pending(shared)
        waiting = len(pending.ready) + len(pending.waiting)
        files = shared.changeset_files()
    except OSError:
        waiting, files = 0, []
    newest = {entry.member_id: entry for entry in files}  # sorted by member and sequence: the last one wins
    last: SyncSummary | None = None
    with contextlib.suppress(OSError, ValueError, TypeError):
        last = SyncSummary.from_json(json.loads((link.local / LAST_SYNC_FILE).read_bytes()))
    people = []
    names = {m.member_id: m.name for m in members}
    for m in members:
        entry = newest.get(m.member_id)
        written = None
        if entry is not None:
            with contextlib.suppress(OSError, Refused):
                written = read_header(entry.path.read_bytes()).created
        people.append(MemberStatus(m.member_id, m.name, m.role, m.fingerprint, names.get(m.added_by, m.added_by),
                                   m.added_at, m.removed_at, entry.name if entry else None, written,
                                   m.member_id == me))
    return SyncStatus(link.shared_id, link.tracker, link.folder, me, last, waiting, dict(state.refused), people)


__all__ = [
    "COORDINATOR", "MEMBER", "CoalitionError", "JoinCode", "Link", "MemberStatus", "Shared", "SyncStatus",
    "SyncSummary", "add_member", "export_keys", "find_link", "join", "join_request", "links", "preview_join_code",
    "read_join_code", "refuse_inside_shared_folder", "remove_member", "share", "status", "sync",
]
