"""The shared folder's layout, written once and read in any order, and what this computer has taken from it.

::

    <shared folder>/
      .stignore                            tells Syncthing not to copy temporary files
      members/<version:06d>.ptmem           each version of the member list (newest wins)
      snapshot.ptsnap                       the tracker as it was when shared: where a new member starts
      keys/<key id>/<member id>.ptkey       a tracker key sealed for one member (a grant; see keys.grant_key)
      changes/<member id>/<sequence:08d>-<hash>.ptchg
                                            one file per sync per member; hash: first 12 hex digits of its SHA-256

Every file is written once under a temporary name in the same folder,
flushed, then linked to its name, which never replaces an existing file
(:func:`tracker.sync.files.write_once`).  A folder can therefore be carried
by Syncthing, Nextcloud, a network share or a USB stick: a reader sees a
file whole or not at all, and files may arrive in any order.  Readers ignore
temporary files (ours, Syncthing's ``.syncthing.*.tmp`` and ``~syncthing~*``)
and Syncthing's conflict copies (``*.sync-conflict-*``: a write-once file
never legitimately conflicts).

What this computer has applied, its own next sequence number and the files
it refused are kept outside the shared folder, in the user's data folder
(:class:`LocalState`).  The live tracker file never lives in the shared
folder (:func:`.places.refuse_live_tracker_inside`): a sync tool copying a database
while SQLite writes it produces a corrupt copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
import time
from dataclasses import field
from pathlib import Path

from db.errors import TrackerError
from db.messages import translate
from db.records import record

from .envelope import MAGIC, Header, Refused, read_header
from .files import TEMP_PREFIX, private_folder, replace_private, write_once
from .keys import tracker_folder

CHANGES = "changes"
MEMBERS = "members"
SNAPSHOT = "snapshot.ptsnap"
CHANGESET_SUFFIX = ".ptchg"
MEMBERS_SUFFIX = ".ptmem"
KEYS = "keys"
GRANT_SUFFIX = ".ptkey"
#: Our temporary files older than this are a crashed write's leftovers (younger ones may be another program's
#: write in progress on this computer).
TEMP_MAX_AGE_S = 3600.0
STIGNORE = f"// Written by Policy Tracker: its temporary files are never complete.\n{TEMP_PREFIX}*\n"
_CHANGESET_NAME = re.compile(r"^(\d{8})-([0-9a-f]{12})\.ptchg$")
_MEMBERS_NAME = re.compile(r"^(\d{6})\.ptmem$")
_MEMBER_ID = re.compile(r"^[0-9a-z]{16}$")
_KEY_ID = re.compile(r"^[0-9a-f]{16}$")
#: Codes of refusals that may resolve themselves (a newer app, a key handed over, a member list or the rest of
#: the file still arriving): the file stays pending.  Any other refusal is final.
WAITING_CODES = frozenset({"too_new", "truncated", "unknown_key", "unknown_signer"})


def is_ignored(name: str) -> bool:
    """Files no reader takes: temporary files (ours and Syncthing's), conflict copies, hidden files."""
    return (
        name.startswith((TEMP_PREFIX, ".syncthing.", "~syncthing~", "."))
        or ".sync-conflict-" in name
    )


def short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


@record(frozen=True, order=True)
class ChangesetFile:
    """One changeset file in the shared folder; orders by member, then sequence."""

    member_id: str
    sequence: int
    digest: str
    path: Path = field(compare=False)

    @property
    def name(self) -> str:
        """The file's name relative to the shared folder (``changes/<member>/<file>``), as local state records it."""
        return f"{CHANGES}/{self.member_id}/{self.path.name}"

    def read(self) -> bytes:
        """The file's bytes, checked against the hash in its name; raises :class:`Refused`.

        A file shorter than its own sizes say is ``truncated`` (it waits), not
        ``damaged``: a transport that copies in place (a network share, a copy
        onto a USB stick) shows it under its name before it is whole.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise Refused("truncated",
                          translate("SyncRefusals", "The file is no longer in the shared folder.")) from None
        if short_hash(data) != self.digest:
            if _still_arriving(data):
                raise Refused("truncated", translate("SyncRefusals", "The file is not complete yet (it may still be"
                                                     " arriving)."))
            raise Refused("damaged", translate("SyncRefusals", "The file's contents do not match its name: it was"
                                               " altered or is incomplete."))
        return data

    def check_header(self, header: Header) -> None:
        """Refuse a file whose signed header disagrees with its name (a genuine file moved or renamed)."""
        if header.kind != "changeset" or header.author != self.member_id or header.sequence != self.sequence:
            raise Refused("misplaced", translate("SyncRefusals", "The file's signed header does not match its name in"
                                                 " the shared folder."))


@record
class Pending:
    """Changeset files not applied yet.

    ``ready``: in the order to apply them.  ``waiting``: each with why (an
    earlier file of the same member has not arrived or was not taken).
    ``duplicates``: a second file claiming a sequence number already applied
    (never genuine: the writer never reuses a number), to refuse.
    """

    ready: list[ChangesetFile]
    waiting: list[tuple[ChangesetFile, str]]
    duplicates: list[ChangesetFile]


class SharedFolder:
    """A shared tracker's folder (see the module's notes for the layout)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def changes(self) -> Path:
        return self.root / CHANGES

    @property
    def members_folder(self) -> Path:
        return self.root / MEMBERS

    @property
    def snapshot_path(self) -> Path:
        return self.root / SNAPSHOT

    def prepare(self) -> None:
        """Make the folder's subfolders and its ``.stignore`` (kept if the coalition wrote its own)."""
        for folder in (self.root, self.changes, self.members_folder):
            folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            write_once(self.root / ".stignore", STIGNORE.encode())

    # ---------------------------------------------------------------- writing
    def write_changeset(self, member_id: str, sequence: int, data: bytes) -> ChangesetFile:
        """Write one member's changeset file (never over an existing one: :class:`FileExistsRefusal`)."""
        if not _MEMBER_ID.match(member_id) or not 1 <= sequence <= 99_999_999:
            raise ValueError(f"not a member id and sequence: {member_id!r}, {sequence}")
        folder = self.changes / member_id
        folder.mkdir(parents=True, exist_ok=True)
        digest = short_hash(data)
        path = folder / f"{sequence:08d}-{digest}{CHANGESET_SUFFIX}"
        write_once(path, data)
        return ChangesetFile(member_id, sequence, digest, path)

    def write_members(self, version: int, data: bytes) -> Path:
        self.members_folder.mkdir(parents=True, exist_ok=True)
        path = self.members_folder / f"{version:06d}{MEMBERS_SUFFIX}"
        write_once(path, data)
        return path

    def grant_path(self, key_id: str, member_id: str) -> Path:
        """Where the grant of tracker key ``key_id`` to ``member_id`` is (or would be) kept."""
        if not _KEY_ID.match(key_id) or not _MEMBER_ID.match(member_id):
            raise ValueError(f"not a key id and member id: {key_id!r}, {member_id!r}")
        return self.root / KEYS / key_id / f"{member_id}{GRANT_SUFFIX}"

    def write_grant(self, key_id: str, member_id: str, data: bytes) -> Path:
        path = self.grant_path(key_id, member_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_once(path, data)
        return path

    def write_snapshot(self, data: bytes) -> Path:
        write_once(self.snapshot_path, data)
        return self.snapshot_path

    # ---------------------------------------------------------------- reading
    def changeset_files(self) -> list[ChangesetFile]:
        """Every changeset file, by member and sequence, whatever order they arrived or the file system lists."""
        found: list[ChangesetFile] = []
        try:
            members = [d for d in self.changes.iterdir() if _MEMBER_ID.match(d.name) and d.is_dir()]
        except FileNotFoundError:
            return []
        for folder in members:
            for path in folder.iterdir():
                match = _CHANGESET_NAME.match(path.name)
                if is_ignored(path.name) or match is None or not path.is_file():
                    continue
                found.append(ChangesetFile(folder.name, int(match.group(1)), match.group(2), path))
        return sorted(found)

    def members_files(self) -> list[tuple[int, Path]]:
        """The member list's versions present, oldest first."""
        try:
            paths = list(self.members_folder.iterdir())
        except FileNotFoundError:
            return []
        found = [(int(m.group(1)), p) for p in paths if (m := _MEMBERS_NAME.match(p.name)) and not is_ignored(p.name)]
        return sorted(found)

    def highest_sequence(self, member_id: str) -> int:
        """The highest sequence number among ``member_id``'s files here (0: none)."""
        return max((f.sequence for f in self.changeset_files() if f.member_id == member_id), default=0)

    def tidy_temporary(self, *, max_age_s: float = TEMP_MAX_AGE_S) -> list[Path]:
        """Delete our own temporary files a crash left behind (older than ``max_age_s``); returns those deleted."""
        removed = []
        cutoff = time.time() - max_age_s
        folders = [self.root, self.members_folder, *self._subfolders(self.changes), *self._subfolders(self.root / KEYS)]
        for folder in folders:
            with contextlib.suppress(FileNotFoundError):
                for path in folder.iterdir():
                    if path.name.startswith(TEMP_PREFIX) and path.stat().st_mtime < cutoff:
                        with contextlib.suppress(FileNotFoundError):
                            path.unlink()
                            removed.append(path)
        return removed

    @staticmethod
    def _subfolders(folder: Path) -> list[Path]:
        try:
            return [d for d in folder.iterdir() if d.is_dir()]
        except FileNotFoundError:
            return []


class LocalState:
    """What this computer has taken from one shared tracker: kept in ``sync/<tracker id>/`` of the data folder.

    ``state.json`` records the files applied (by name) and refused (with the
    reason), and this member's next sequence number; refused files are
    copied into ``refused/`` beside it with a ``.reason.txt``.  The shared
    folder is never changed by a refusal: a file refused here because this
    computer lacks something must not vanish from everyone else's copy.
    """

    def __init__(self, tracker_id: str, root: Path | None = None) -> None:
        self.folder = tracker_folder(tracker_id, root)
        self.applied: set[str] = set()
        self.refused: dict[str, str] = {}
        self.next_sequence = 1
        self._load()

    @property
    def path(self) -> Path:
        return self.folder / "state.json"

    @property
    def refused_folder(self) -> Path:
        return self.folder / "refused"

    def _load(self) -> None:
        try:
            document = json.loads(self.path.read_bytes())
            if not isinstance(document, dict):
                raise ValueError("it is not an object")
            self.applied = {str(n) for n in document.get("applied") or []}
            self.refused = {str(k): str(v) for k, v in dict(document.get("refused") or {}).items()}
            self.next_sequence = int(document.get("next_sequence") or 1)
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError) as exc:
            raise TrackerError(translate("SyncRefusals", "The sync state {path} cannot be read: {error}.").format(
                path=str(self.path), error=str(exc))) from None

    def save(self) -> None:
        document = {
            "format": 1,
            "applied": sorted(self.applied),
            "refused": dict(sorted(self.refused.items())),
            "next_sequence": self.next_sequence,
        }
        private_folder(self.folder)
        replace_private(self.path, (json.dumps(document, indent=1) + "\n").encode())

    def pending(self, folder: SharedFolder) -> Pending:
        """Files neither applied nor refused: each member's in sequence order, a file after a gap waiting.

        Reads the folder only; nothing is recorded until :meth:`mark_applied`
        or :meth:`refuse` and :meth:`save`.
        """
        ready: list[ChangesetFile] = []
        waiting: list[tuple[ChangesetFile, str]] = []
        duplicates: list[ChangesetFile] = []
        done = self._applied_sequences()
        by_member: dict[str, list[ChangesetFile]] = {}
        for entry in folder.changeset_files():
            if entry.name not in self.applied and entry.name not in self.refused:
                by_member.setdefault(entry.member_id, []).append(entry)
        for member_id, entries in sorted(by_member.items()):
            expected = _first_gap(done.get(member_id, set()))
            for entry in entries:
                if entry.sequence in done.get(member_id, set()):
                    duplicates.append(entry)
                elif entry.sequence == expected:
                    ready.append(entry)
                    expected += 1
                else:
                    waiting.append((entry, translate("SyncRefusals", "It waits for file {number} of the same member.")
                                    .format(number=expected)))
        return Pending(ready, waiting, duplicates)

    def _applied_sequences(self) -> dict[str, set[int]]:
        done: dict[str, set[int]] = {}
        for name in self.applied:
            parts = name.split("/")
            match = _CHANGESET_NAME.match(parts[-1]) if len(parts) == 3 else None
            if match:
                done.setdefault(parts[1], set()).add(int(match.group(1)))
        return done

    def mark_applied(self, entry: ChangesetFile) -> None:
        self.applied.add(entry.name)

    def refuse(self, entry: ChangesetFile, reason: str) -> Path:
        """Set ``entry`` aside: a copy in ``refused/`` with the reason beside it; never taken again."""
        target = private_folder(self.refused_folder / entry.member_id) / entry.path.name
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(entry.path, target)
        (target.parent / f"{target.name}.reason.txt").write_text(reason + "\n", encoding="utf-8")
        self.refused[entry.name] = reason
        return target

    def claim_sequence(self, folder: SharedFolder, member_id: str) -> int:
        """This member's next sequence number: past both the recorded one and any file of theirs in the folder.

        A crash after a file was linked but before the state was saved must
        not reuse its number for different contents.
        """
        return max(self.next_sequence, folder.highest_sequence(member_id) + 1)


def _still_arriving(data: bytes) -> bool:
    """Whether ``data`` could be the beginning of a sync file: the magic so far, and shorter than its sizes say."""
    if not MAGIC.startswith(data[: len(MAGIC)]):
        return False
    try:
        read_header(data)
    except Refused as refusal:
        return refusal.code == "truncated"
    return False


def _first_gap(numbers: set[int]) -> int:
    n = 1
    while n in numbers:
        n += 1
    return n
