"""Save a copy of a tracker, and its automatic backups: consistent snapshots, written whole or not at all.

SQLite's backup API copies the pages of one consistent read transaction, so
the copy is safe to take while the app (or an import) has the tracker open;
copying the file with the operating system could catch it mid-write or miss
what is still in the WAL.

Automatic backups (what Anki and every trusted desktop database do) live in
the user's own data folder, never beside the tracker (which may be a shared
or synced folder): ``<data folder>/backups/<tracker id>/``, one file per
backup named by its UTC time and why it was taken
(``2026-11-29T21-50-00Z-daily.db``), so the names sort in time order.  The
tracker id (:func:`tracker_id`) is derived from the tracker's creation
stamp, or written in its ``meta`` (backups, restored files), so a moved or
renamed tracker keeps its backups and taking a backup writes nothing to the
tracker; a backup is given a new id, so a backup opened as a tracker of its
own has its own backups (a restore gives the restored file the id of the
tracker it replaces).  A copy saved with :func:`save_copy` is exact, id
included: it shares its original's backups, as a file copied by any other
means does.  :func:`prune` keeps the newest backup of each of the last
:data:`KEEP_DAILY` days and of each of the :data:`KEEP_WEEKLY` ISO weeks
before those.  Restoring is in :mod:`db.restore` (it needs
:mod:`db.store`, which uses this module).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from .core import TrackerCore
from .errors import TrackerError, TrackerFileError
from .messages import translate
from .places import DISK_FULL, default_data_dir, failure_cause
from .records import record

#: The meta key of the tracker's identity, which names its backups' folder.
TRACKER_ID_KEY = "tracker_id"
#: Ids derived from a tracker's creation (see :func:`tracker_id`) are UUID 5 in this namespace.
_ID_NAMESPACE = uuid.UUID("6f1c1f0e-5d8a-4e4b-9a57-3b2f7c0d9e21")
#: Backups kept: the newest of each of the last KEEP_DAILY days that have one ...
KEEP_DAILY = 10
#: ... and the newest of each of the KEEP_WEEKLY ISO weeks before those.
KEEP_WEEKLY = 8
#: Every backup of the newest day is kept too (up to this many), so each import of a busy day keeps
#: its own "before import" copy until a later day's backup takes over.
KEEP_SAME_DAY = 20
# A backup is not written when it would leave less than this free on the disk that holds the backups.
# A tracker of a million evidence is a 2 GB copy: filling the disk with it would fail the tracker's own next
# write (and every other program's) before the copy failed and was removed.
FREE_SPACE_FLOOR = 256 * 2**20
#: Why a backup was taken (the word in its file name) and how the app names that.
KINDS: dict[str, str] = {
    "daily": "daily",
    "manual": "made by hand",
    "before-import": "before import",
    "before-upgrade": "before upgrade",
    "before-codebook": "before codebook change",
    "before-restore": "before restore",
}
_STAMP_FORMAT = "%Y-%m-%dT%H-%M-%SZ"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)(?:-(\d+))?-([a-z-]+)\.db$")
#: Path parts that mark a folder another program copies elsewhere (cloud sync), compared lower-case.
_SYNCED_NAMES = frozenset({
    "dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive", "mobile documents",
    "nextcloud", "owncloud", "box", "box sync", "pcloud drive", "synologydrive", "seafile", "megasync",
})
#: File systems on another machine (Linux /proc/mounts names).
_NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "fuse.sshfs", "davfs", "fuse.rclone", "9p"})


def save_copy(
    t: TrackerCore, dest: str | os.PathLike[str], *, overwrite: bool = True, mode: int | None = None,
    new_identity: bool = False,
) -> None:
    """Write a consistent copy of the open tracker ``t`` to ``dest``.

    The copy is built under a temporary name in the destination folder and
    renamed into place only when complete, so a failure never leaves a
    half-written file where a good one was.  The copy uses a rollback journal
    (no ``-wal`` file beside it), so it is one self-contained file to mail or
    archive.  It holds exactly what the tracker holds, unless ``new_identity``
    gives it a backup id of its own (backups, see the module's notes).  It
    is flushed to disk before it is renamed into place.  ``mode`` sets its
    permissions (backups are private).  ``dest`` may not be the open tracker itself; with
    ``overwrite=False`` an existing ``dest`` is refused (the app's save dialog
    has already asked before replacing a file, the command line has not).

    Raises :class:`TrackerFileError` with one sentence when the copy cannot
    be written; nothing is left behind then.
    """
    target = Path(dest)
    if target.is_dir():
        raise TrackerFileError(translate(
            "DataBackup", "{target} is a folder; give the name of the copy to write."
        ).format(target=target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TrackerFileError(translate("DataBackup", "The folder {folder} does not exist.").format(folder=folder))
    if t.path is not None and _same_file(Path(t.path), target):
        raise TrackerFileError(translate(
            "DataBackup", "{target} is the open tracker itself; choose another name for the copy."
        ).format(target=target))
    if not overwrite and target.exists():
        raise TrackerFileError(translate(
            "DataBackup", "{target} already exists; choose a new file name."
        ).format(target=target))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
        copy = sqlite3.connect(tmp)
        try:
            t.db.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            if new_identity:
                _new_identity(copy)
        finally:
            copy.close()
        _fsync(tmp)
        os.chmod(tmp, mode if mode is not None else new_file_mode(target))
        if not overwrite and target.exists():  # appeared while the copy was being written
            raise TrackerFileError(translate(
                "DataBackup", "{target} already exists; choose a new file name."
            ).format(target=target))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        full = failure_cause(exc) == DISK_FULL  # "permission denied" may be the folder or the file: keep its words
        reason = DISK_FULL if full else exc.strerror or str(exc)
        raise TrackerFileError(translate(
            "DataBackup", "The copy could not be written to {target}: {reason}."
        ).format(target=target, reason=reason)) from None
    except sqlite3.Error as exc:
        reason = DISK_FULL if failure_cause(exc) == DISK_FULL else str(exc)
        raise TrackerFileError(translate(
            "DataBackup", "The copy could not be written to {target}: {reason}."
        ).format(target=target, reason=reason)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through links and different spellings)."""
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return a.resolve() == b.resolve()


def new_file_mode(target: Path) -> int:
    """The mode a new file would get (0666 less the umask), or the replaced file's mode.

    Files written through a private temporary file (copies, exports) get
    ordinary permissions this way instead of the temporary file's 0600.
    """
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask




def _new_identity(conn: sqlite3.Connection) -> None:
    """Give a copy an id of its own: opened as a tracker, it must not share the original's backups."""
    with contextlib.suppress(sqlite3.OperationalError):  # not a tracker (no meta table): nothing to name
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [TRACKER_ID_KEY, str(uuid.uuid4())],
        )
        conn.commit()


def _fsync(path: str | os.PathLike[str]) -> None:
    """Flush a finished file to the disk before it is renamed into place (a power cut keeps old or new, whole)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- where backups live
def backups_root() -> Path:
    """The folder that holds every tracker's backups (one subfolder per tracker id)."""
    return default_data_dir() / "backups"


def shared_folder_reason(folder: Path) -> str | None:
    """Why ``folder`` looks shared with other people or machines (a cloud-synced or network folder), or None.

    Backups are never written to such a folder: a sync could upload a
    half-written file, and other people would see the tracker's old contents.
    """
    for part in folder.resolve().parts:
        name = part.lower()
        if name in _SYNCED_NAMES or name.startswith(("onedrive - ", "dropbox (")):
            return f"{folder} looks like a cloud-synced folder ({part})"
    if str(folder).startswith(("\\\\", "//")):
        return f"{folder} is on a network share"
    fs = _file_system_type(folder)
    if fs in _NETWORK_FS:
        return f"{folder} is on a network drive ({fs})"
    return None


def _file_system_type(folder: Path) -> str | None:
    """The type of the file system holding ``folder`` (Linux only; None elsewhere)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(folder.resolve())
    best, fs_type = "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fs_type = point, fields[2]
    return fs_type


# ---------------------------------------------------------------- identity
def tracker_id(t: TrackerCore, *, create: bool = True) -> str | None:
    """The tracker's id, which names its backups' folder; reading it never writes.

    An id written into the tracker (``meta.tracker_id``: a copy's or a restored
    file's), else one derived from when and by whom the tracker was created
    (``meta.created_at``/``created_by``, set once by ``init``): stable through
    moves and renames, and taking a backup writes nothing to the tracker (a
    failed import leaves it byte for byte as it was; a read-only tracker is
    backed up too).  Only a tracker without either gets one written, with a
    history entry, when ``create`` (else None); that write raises
    :class:`TrackerFileError` when the tracker cannot be written to.
    """
    explicit = t.meta(TRACKER_ID_KEY)
    if explicit:
        return explicit
    created_at, created_by = t.meta("created_at"), t.meta("created_by")
    if created_at:
        return str(uuid.uuid5(_ID_NAMESPACE, f"{created_at}|{created_by or ''}"))
    if not create:
        return None
    from . import ops  # (ops does not import this module: no cycle)
    from .core import new_uid

    try:
        ops.set_meta(t, TRACKER_ID_KEY, new_uid())
    except sqlite3.Error as exc:
        raise TrackerFileError(
            translate("DataBackup", "{name} has no backups yet and cannot be given an id for them ({problem}).").format(
                name=_name(t), problem=exc
            )
        ) from None
    return t.meta(TRACKER_ID_KEY)


def _name(t: TrackerCore) -> str:
    return t.path.name if t.path is not None else "The tracker"


# ---------------------------------------------------------------- the backups of one tracker
@record(frozen=True)
class Backup:
    """One backup file: when it was taken (UTC) and why."""

    path: Path
    taken_at: _dt.datetime
    kind: str
    sequence: int = 1

    @property
    def reason(self) -> str:
        """Why it was taken, in words ("before import")."""
        return KINDS.get(self.kind, self.kind.replace("-", " "))

    @property
    def sort_key(self) -> tuple[_dt.datetime, int]:
        return (self.taken_at, self.sequence)


def parse_backup_name(path: Path) -> Backup | None:
    """The backup a file name describes, or None for any other file (a half-written ``.part``, a stray file)."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    stamp, sequence, kind = match.groups()
    try:
        taken = _dt.datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=_dt.UTC)
    except ValueError:
        return None
    return Backup(path, taken, kind, int(sequence or 1))


def backup_folder(root: Path, identity: str) -> Path:
    return root / identity


def list_backups(folder: Path) -> list[Backup]:
    """The backups in one tracker's folder, newest first (none when the folder does not exist)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in (parse_backup_name(p) for p in entries if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: b.sort_key, reverse=True)


def backups_of(t: TrackerCore, root: Path) -> list[Backup]:
    """The backups of the open tracker, newest first (none before its first backup); writes nothing."""
    identity = tracker_id(t, create=False)
    return list_backups(backup_folder(root, identity)) if identity else []


def to_keep(backups: list[Backup]) -> list[Backup]:
    """Which backups pruning keeps: the newest of each of the last KEEP_DAILY days that have one (UTC),
    then the newest of each of the KEEP_WEEKLY ISO weeks before those, and every backup of the newest
    day (up to KEEP_SAME_DAY).  Newest first."""
    ordered = sorted(backups, key=lambda b: b.sort_key, reverse=True)
    newest_day = ordered[0].taken_at.date() if ordered else None
    keep: list[Backup] = [b for b in ordered if b.taken_at.date() == newest_day][1:KEEP_SAME_DAY]
    days: set[_dt.date] = set()
    for b in ordered:
        day = b.taken_at.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.add(day)
            keep.append(b)
    weeks: set[tuple[int, int]] = set()
    oldest_daily = min(days) if days else None
    for b in ordered:
        if oldest_daily is not None and b.taken_at.date() >= oldest_daily:
            continue
        week = b.taken_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.append(b)
    return sorted(keep, key=lambda b: b.sort_key, reverse=True)


def role(backup: Backup, backups: list[Backup]) -> str:
    """How the list names a backup: why it was taken, and "weekly" once it is older than the daily ones."""
    days = sorted({b.taken_at.date() for b in backups}, reverse=True)[:KEEP_DAILY]
    if days and backup.taken_at.date() < days[-1]:
        return "weekly" if backup.kind == "daily" else f"weekly ({backup.reason})"
    return backup.reason


def prune(folder: Path, *, also_keep: Path | None = None) -> list[Path]:
    """Delete the backups :func:`to_keep` does not keep, never ``also_keep`` (the one just taken, even
    when a clock set wrong makes it look older than others); returns what was deleted."""
    backups = list_backups(folder)
    kept = {b.path for b in to_keep(backups)} | ({also_keep} if also_keep is not None else set())
    removed = []
    for b in backups:
        if b.path not in kept:
            with contextlib.suppress(OSError):
                b.path.unlink()
                removed.append(b.path)
            with contextlib.suppress(OSError):  # a damaged tracker is kept with its WAL (db.restore)
                Path(f"{b.path}-wal").unlink()
    return removed


def new_backup_path(folder: Path, moment: _dt.datetime, kind: str) -> Path:
    stamp = moment.astimezone(_dt.UTC).strftime(_STAMP_FORMAT)
    taken = {b.sequence for b in list_backups(folder) if b.path.name.startswith(stamp)}
    sequence = max(taken, default=0) + 1  # after every one taken in that second, so names keep time order
    middle = "" if sequence == 1 else f"-{sequence}"
    return folder / f"{stamp}{middle}-{kind}.db"


def prepare_folder(root: Path, identity: str) -> Path:
    """The tracker's backup folder, made private (0700) if new; refused when it looks shared."""
    folder = backup_folder(root, identity)
    reason = shared_folder_reason(folder)
    if reason:
        raise TrackerFileError(
            translate(
                "DataBackup",
                "No backup was made: {reason}, and backups are kept only in a private folder (set "
                "POLICY_TRACKER_DATA_DIR to one)."
            ).format(reason=reason)
        )
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise TrackerFileError(translate(
            "DataBackup", "The backup folder {folder} could not be made: {problem}."
        ).format(folder=folder, problem=exc.strerror or exc)) from None
    return folder


def make_backup(t: TrackerCore, root: Path, kind: str, *, prune_after: bool = True) -> Path:
    """Take a backup of the open tracker now, then prune its folder; returns the new backup's path.

    ``kind`` is one of :data:`KINDS`.  The file is written whole or not at
    all (see :func:`save_copy`), readable by the user only.  A restore prunes
    only once it is done (``prune_after=False``): the backup it restores from
    may be today's older one.  Raises
    :class:`TrackerFileError` with one sentence when no backup could be made.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    if t.path is None:
        raise TrackerFileError(translate("DataBackup", "A tracker kept in memory has no backups."))
    identity = tracker_id(t)
    assert identity is not None
    folder = prepare_folder(root, identity)
    _check_room(t, folder)
    target = new_backup_path(folder, t.clock(), kind)
    try:
        save_copy(t, target, overwrite=False, mode=0o600, new_identity=True)
    except TrackerFileError as exc:
        raise TrackerFileError(translate(
            "DataBackup", "No backup was made: {reason}."
        ).format(reason=_reason(exc))) from None
    if prune_after:
        prune(folder, also_keep=target)
    return target


def backup_size(t: TrackerCore) -> int:
    """The bytes a backup of ``t`` takes: every page of the file (SQLite's backup API copies them all)."""
    pages = t.db.execute("PRAGMA page_count").fetchone()[0]
    page_size = t.db.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(page_size)


def size_text(size: int) -> str:
    """A size as people read it: "2.1 GB", "380 MB", "96 KB" (binary units, as file managers on Linux count)."""
    if size >= 2**30:
        return f"{size / 2**30:.1f} GB"
    if size >= 2**20:
        return f"{size / 2**20:.0f} MB"
    return f"{max(1, round(size / 2**10))} KB"


def _check_room(t: TrackerCore, folder: Path) -> None:
    """Refuse, in one sentence, a backup that would leave less than :data:`FREE_SPACE_FLOOR` free on its disk."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the disk cannot say: the copy itself says so if it fills up (and is removed)
    size = backup_size(t)
    if free - size < FREE_SPACE_FLOOR:
        raise TrackerFileError(translate(
            "DataBackup",
            "No backup was made: it takes {size}, the disk that holds the backups has {free} free, and at least "
            "{floor} must stay free; free some space there, or keep the backups on a larger disk "
            "(POLICY_TRACKER_DATA_DIR)."
        ).format(size=size_text(size), free=size_text(free), floor=size_text(FREE_SPACE_FLOOR)))


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()).rstrip(".")
    return text[:1].lower() + text[1:] if text else type(exc).__name__


def backup_is_due(t: TrackerCore, root: Path) -> bool:
    """Whether the tracker has no backup from today (UTC): the app takes one when it opens it."""
    backups = backups_of(t, root)
    return not backups or backups[0].taken_at.date() < t.clock().astimezone(_dt.UTC).date()


def backup_if_due(t: TrackerCore, root: Path) -> Path | None:
    """The daily backup: taken when :func:`backup_is_due`; returns it, or None when not due."""
    if t.path is None or not backup_is_due(t, root):
        return None
    return make_backup(t, root, "daily")


def backup_before(t: TrackerCore, root: Path, kind: str) -> tuple[Path | None, str | None]:
    """A backup before a change (an import, a codebook change): never raises, the change goes ahead anyway.

    Returns ``(backup, None)``, or ``(None, sentence)`` saying why no backup
    was made, for the status bar or standard error.  An in-memory tracker
    has no backups: ``(None, None)``.
    """
    if t.path is None:
        return None, None
    try:
        return make_backup(t, root, kind), None
    except (TrackerError, OSError, sqlite3.Error) as exc:
        sentence = " ".join(str(exc).split())
        if not sentence.startswith("No backup was made"):
            sentence = f"No backup was made: {_reason(exc)}."
        return None, sentence


def file_upgrade_copy(path: Path, copy: Path, root: Path | None = None) -> str | None:
    """After an upgrade: keep the copy of the file as it was (see :func:`db.store.upgrade`) among its backups too.

    The copy was taken with the backup API before the migrations ran; filed
    here it can be restored from File › Restore from backup… like any other.
    Never raises (the upgrade has succeeded): returns a sentence when it could not be filed.
    """
    from .connection import Connection
    from .core import BUSY_TIMEOUT_MS

    root = root if root is not None else backups_root()
    tmp: Path | None = None
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            t = TrackerCore(Connection(conn), path=path, user="automatic backup")
            identity = tracker_id(t)
            assert identity is not None
            folder = prepare_folder(root, identity)
            target = new_backup_path(folder, t.clock(), "before-upgrade")
        finally:
            conn.close()
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        os.close(fd)
        tmp = Path(name)
        shutil.copyfile(copy, tmp)
        filed = sqlite3.connect(tmp)
        try:
            _new_identity(filed)  # opened on its own, it is a tracker with backups of its own
        finally:
            filed.close()
        os.chmod(tmp, 0o600)
        _fsync(tmp)
        os.replace(tmp, target)
        tmp = None
        prune(folder, also_keep=target)
    except (TrackerError, OSError, sqlite3.Error) as exc:
        return f"The copy of {path.name} as it was is kept beside it, but not among its backups: {_reason(exc)}."
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return None


def backup_counts(path: Path) -> dict[str, int] | None:
    """Evidence and assessments in a backup, read cheaply and read-only; None when it cannot be read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        try:
            tallies = dict(conn.execute("SELECT name, n FROM tallies").fetchall())
            return {"evidence": int(tallies["evidence"]), "assessments": int(tallies["assessments"])}
        except (sqlite3.Error, KeyError):  # a backup from before the tallies: count
            return {
                "evidence": conn.execute("SELECT count(*) FROM evidence").fetchone()[0],
                "assessments": conn.execute("SELECT count(*) FROM assessments").fetchone()[0],
            }
    except sqlite3.Error:
        return None
    finally:
        conn.close()


__all__ = [
    "FREE_SPACE_FLOOR",
    "KEEP_DAILY",
    "KEEP_WEEKLY",
    "KINDS",
    "TRACKER_ID_KEY",
    "Backup",
    "backup_before",
    "backup_counts",
    "backup_folder",
    "backup_if_due",
    "backup_is_due",
    "backup_size",
    "backups_of",
    "backups_root",
    "default_data_dir",
    "file_upgrade_copy",
    "list_backups",
    "make_backup",
    "new_backup_path",
    "new_file_mode",
    "prune",
    "role",
    "save_copy",
    "shared_folder_reason",
    "size_text",
    "to_keep",
    "tracker_id",
]
