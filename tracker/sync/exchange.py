"""One sync's two halves: send this computer's changes to the shared folder, take in everyone else's.

:func:`send_changes` captures what changed since the last sync
(:func:`db.changeset.capture`), seals it (signed by this member, encrypted
with the tracker key), writes it once under this member's next sequence
number, and only then makes the snapshot the next base: a crash in between
repeats those changes next time, which applying ignores.

:func:`receive_changes` takes the files not applied yet, each member's in
sequence order: each is read whole, checked (hash in its name, signature,
key, decryption, signed header against its place) and applied in one
transaction, or refused (copied aside with the reason, never applied), or
left waiting when it may still resolve itself (a key or member list not here
yet, a newer app, a change whose row has not arrived).  A member's later
files wait behind one that was refused or waits.  The base snapshot follows
what was applied, so the next capture does not send it back.

Both copies' changes merge by the coalition's rules (``on_conflict``, by
default :func:`db.changeset.merge_rules`, then :func:`db.merge.settle` in the
same transaction): what both changed is settled the same way on every copy
and listed for a person; a change whose row has not arrived waits.
Applying opens the tracker file with apsw: the tracker must not be open in
this process (:func:`db.changeset.apply_changeset`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path

from db.changeset import (
    ChangesetAborted,
    ChangesetError,
    ConflictHandler,
    apply_changeset,
    capture,
    merge_rules,
    take_incoming,
)
from db.core import TrackerCore
from db.messages import translate
from db.records import record
from db.schema import known_migrations

from .envelope import Header, Refused, open_envelope, seal
from .folder import WAITING_CODES, ChangesetFile, LocalState, SharedFolder
from .keys import Identity, TrackerKey, now_stamp
from .members import MemberList


def schema_version() -> int:
    """The tracker schema's version this app writes (its number of migrations), named in every file's header."""
    return len(known_migrations())


@record
class Received:
    """What one :func:`receive_changes` did with each file it looked at."""

    applied: list[ChangesetFile] = field(default_factory=list)
    #: Refused for good: (file, code, reason); the reason is also kept in the local state.
    refused: list[tuple[ChangesetFile, str, str]] = field(default_factory=list)
    #: Not taken this time, and why (one sentence each); tried again at the next sync.
    waiting: list[tuple[ChangesetFile, str]] = field(default_factory=list)


def send_changes(
    t: TrackerCore,
    base: Path,
    folder: SharedFolder,
    state: LocalState,
    *,
    identity: Identity,
    members: MemberList,
    key: TrackerKey,
    created: str | None = None,
) -> ChangesetFile | None:
    """Write what changed in ``t`` since ``base`` as this member's next changeset file (None: nothing changed).

    ``key`` is the tracker key files are encrypted with now.  The state
    records the file as applied here (its changes are this tracker's own)
    and the next sequence number; ``base`` becomes the captured snapshot.
    """
    captured = capture(t, base)
    if captured.is_empty:
        captured.discard()
        return None
    try:
        sequence = state.claim_sequence(folder, identity.member_id)
        header = Header(
            members.tracker_id, identity.member_id, schema_version(), sequence, created or now_stamp(), key.key_id
        )
        sealed = seal(captured.changeset, header=header, signer=identity, tracker_key=key.secret, key_id=key.key_id)
        entry = folder.write_changeset(identity.member_id, sequence, sealed)
    except BaseException:
        captured.discard()
        raise
    state.next_sequence = sequence + 1
    state.mark_applied(entry)
    state.save()
    captured.commit()
    return entry


def receive_changes(
    target: Path,
    folder: SharedFolder,
    state: LocalState,
    *,
    members: MemberList,
    tracker_keys: Mapping[str, bytes],
    base: Path | None = None,
    on_conflict: ConflictHandler = merge_rules,
) -> Received:
    """Apply every file ready in ``folder`` to the closed tracker file ``target``; see the module's notes.

    ``tracker_keys`` maps key ids to keys (a :class:`tracker.sync.keys.Keyring`).
    ``base``: the last sync's snapshot, which follows what is applied.  The
    state is saved once at the end.  Raises :class:`db.changeset.ChangesetError`,
    taking nothing, if ``target`` is missing or open in this process.
    """
    # Before taking any file: the tracker must exist and not be open in this process (an empty changeset
    # applies nothing, after those checks); otherwise every file would wait for a reason that is not theirs.
    apply_changeset(target, b"")
    received = Received()
    pending = state.pending(folder)
    for entry in pending.duplicates:
        reason: str = translate("SyncRefusals", "Another file with the same member and number was already applied;"
                                " a number is never reused.")
        state.refuse(entry, reason)
        received.refused.append((entry, "duplicate", reason))
    received.waiting.extend(pending.waiting)
    held: set[str] = set()  # members whose earlier file was refused or waits: their later files wait too
    for entry in pending.ready:
        if entry.member_id in held:
            received.waiting.append((entry, translate("SyncRefusals",
                                                      "It waits for an earlier file of the same member.")))
            continue
        outcome = _take(entry, target, members, tracker_keys, base, on_conflict)
        if outcome is None:
            state.mark_applied(entry)
            received.applied.append(entry)
            continue
        held.add(entry.member_id)
        code, reason = outcome
        if code in WAITS:
            received.waiting.append((entry, reason))
        else:
            state.refuse(entry, reason)
            received.refused.append((entry, code, reason))
    state.save()
    return received


#: A file whose changes do not fit this tracker yet (a row they need has not arrived; the conflict rules said
#: no): it waits, and the tracker is unchanged.
NOT_YET_CODE = "not_yet"
#: A file that could not be applied for another reason (the tracker busy too long, another schema): it waits
#: too.  Refusing for good is only for files that fail their checks; a passing failure must not lose a change.
CANNOT_APPLY_CODE = "cannot_apply"
#: Codes of files left pending, to be tried again at the next sync.
WAITS = WAITING_CODES | {NOT_YET_CODE, CANNOT_APPLY_CODE}


def _take(
    entry: ChangesetFile,
    target: Path,
    members: MemberList,
    tracker_keys: Mapping[str, bytes],
    base: Path | None,
    on_conflict: ConflictHandler,
) -> tuple[str, str] | None:
    """Check and apply one file: None when applied, else (code, reason); a waiting code leaves it pending."""
    try:
        header, payload = open_envelope(entry.read(), members=members, tracker_keys=tracker_keys)
        entry.check_header(header)
    except Refused as refusal:
        return refusal.code, refusal.reason
    if header.schema > schema_version():  # its rows may mean what this version does not know: never half-read
        return "too_new", translate("SyncRefusals", "The file was written by a newer version of Policy Tracker; it"
                                    " waits for an upgrade.")
    try:
        apply_changeset(target, payload, on_conflict=on_conflict, settle=True)
    except ChangesetAborted as exc:
        return NOT_YET_CODE, str(exc)
    except ChangesetError as exc:
        if header.schema < schema_version():
            # Its tables have an older shape (a member still on an older version, or a file from before the
            # upgrade that nobody applied): it waits, and says what would help.
            return CANNOT_APPLY_CODE, translate(
                "SyncRefusals", "The file was written by an older version of Policy Tracker and does not fit this"
                " tracker since its upgrade; it waits. Its author should upgrade and sync again.")
        return CANNOT_APPLY_CODE, str(exc)
    if base is not None:
        # The base only decides what the next capture sends: if it cannot follow, resending is harmless.
        with contextlib.suppress(ChangesetError):
            apply_changeset(base, payload, on_conflict=take_incoming)
    return None
