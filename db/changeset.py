"""What changed in a tracker since the last sync, as an SQLite changeset, and applying one to another copy.

SQLite's session extension, through ``apsw`` (which bundles an SQLite built
with it; Python's ``sqlite3`` cannot use sessions).  The app keeps its own
``sqlite3`` connection for everything else; apsw only captures and applies.

**Capture: a diff against a snapshot, not a session attached while the app
writes.**  A session records only the writes made through its own
connection, and the app writes through ``sqlite3`` (the forms, the import
wizard on its own connection, the command line in another process): a
session would miss most of them.  A diff instead compares the tracker with a
copy taken at the last sync (``sqlite3session_diff``, table by table, by
primary key) and sees every write, whoever made it, at the cost of reading
both copies once per sync (:func:`capture`).  The copy compared is itself a
consistent snapshot taken with the backup API through the app's connection,
so capture never opens the live file with apsw, and the snapshot becomes
the next sync's base only after the changeset file is safely written
(:meth:`Captured.commit`): a crash in between makes the next capture repeat
those changes, which applying ignores.

**Derived tables travel as nothing.**  The running tallies, each cell's
latest assessment and the search index are kept by triggers, which fire
when a changeset is applied; capturing them too would apply each change
twice.  Schema bookkeeping (``_sqlite_migrations``) and this computer's own
settings (:data:`LOCAL_META_KEYS`: the backups' tracker id) stay local.

**Applying is idempotent.**  A change the target already holds (the same
insert, an update already made, a delete of a row already gone) is skipped
without asking; anything else that does not fit goes to the conflict
handler.  A file applies whole or not at all (one ``BEGIN IMMEDIATE``
transaction, so a program writing the tracker waits its turn).

**Two SQLite libraries in one process.**  apsw's SQLite and Python's are
separate copies; POSIX file locks belong to the process, so when one copy
closes a file the other has open, the other's locks silently go and a
concurrent writer can corrupt the database (sqlite.org, "How To Corrupt",
2.2.1).  :func:`apply_changeset` therefore refuses a file this process
has open (checked through ``/proc/self/fd`` where there is one): the app
applies changesets in a separate process, or with its tracker closed.
"""

from __future__ import annotations

import contextlib
import enum
import os
import sqlite3
from collections.abc import Callable
from dataclasses import field
from pathlib import Path

import apsw

from . import current, lineage, merge, tallies
from .backup import TRACKER_ID_KEY, save_copy
from .core import TrackerCore
from .errors import TrackerError
from .records import record

#: Tables kept by triggers from the others: never captured, recomputed as changes apply.
DERIVED_TABLES = frozenset({tallies.CELL_COUNTS, tallies.TALLIES, current.TABLE, *lineage.CONFLICT_TABLES})
#: Tables that describe this file, not the tracker's contents.
LOCAL_TABLES = frozenset({"_sqlite_migrations"})
#: Settings in ``meta`` that belong to this copy (its backups' identity), never sent or taken.
LOCAL_META_KEYS = frozenset({TRACKER_ID_KEY})
#: How long applying waits for another program's write to finish.
BUSY_TIMEOUT_MS = 5000


class ChangesetError(TrackerError):
    """A changeset that could not be captured or applied; nothing was changed.  One sentence."""


class ChangesetAborted(ChangesetError):
    """The conflict handler stopped the apply; the target is as it was."""


class ConflictKind(enum.StrEnum):
    """Why a change did not fit (SQLite's ``SQLITE_CHANGESET_*`` reasons)."""

    #: An update or delete found its row with other values than the change expected.
    DATA = "data"
    #: An update or delete found no row with its key.
    NOT_FOUND = "not_found"
    #: An insert found a row with its key already there (with other values).
    CONFLICT = "conflict"
    #: The change breaks a CHECK, NOT NULL or UNIQUE rule.
    CONSTRAINT = "constraint"
    #: After every change, rows still point at rows that do not exist (``count`` of them).
    FOREIGN_KEY = "foreign_key"


class Resolution(enum.Enum):
    SKIP = "skip"  # leave the target's row as it is; go on
    REPLACE = "replace"  # make the change over the target's row (only for DATA and CONFLICT)
    ABORT = "abort"  # undo the whole apply


class _Unchanged:
    """Stands for a column a change leaves as it is (``old``/``new`` of an update)."""

    _instance: _Unchanged | None = None

    def __new__(cls) -> _Unchanged:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED = _Unchanged()
Row = tuple[object, ...]


@record(frozen=True)
class Conflict:
    """One change that did not fit, as the conflict handler sees it (copied out of SQLite's iterator)."""

    kind: ConflictKind
    table: str = ""
    operation: str = ""  # INSERT, UPDATE or DELETE
    old: Row | None = None
    new: Row | None = None
    #: The target's row that stands in the way (DATA, CONFLICT).
    current: Row | None = None
    #: Rows left pointing nowhere (FOREIGN_KEY only).
    count: int = 0


ConflictHandler = Callable[[Conflict], Resolution]


@record
class Applied:
    """What an apply did: the changes in the file, and each conflict with how it was resolved."""

    changes: int
    conflicts: list[tuple[Conflict, Resolution]] = field(default_factory=list)
    #: What the merge rules found (only when asked to settle).
    settled: merge.Settled | None = None


@record(frozen=True)
class Captured:
    """A captured changeset and the snapshot it leads to."""

    changeset: bytes
    #: The tracker as captured: the next base, once the changeset is safely written.
    snapshot: Path
    base: Path

    @property
    def is_empty(self) -> bool:
        return not self.changeset

    def commit(self) -> None:
        """Make the captured snapshot the base of the next capture (call once the changeset is written)."""
        os.replace(self.snapshot, self.base)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.snapshot.unlink()


def take_incoming(conflict: Conflict) -> Resolution:
    """The handler that makes the target agree with the changeset wherever it can (for the sync's base snapshot)."""
    if conflict.kind in (ConflictKind.DATA, ConflictKind.CONFLICT):
        return Resolution.REPLACE
    if conflict.kind is ConflictKind.FOREIGN_KEY:
        return Resolution.ABORT
    return Resolution.SKIP


#: The tables whose conflicting versions :mod:`db.merge` settles after the apply (by the history's versions).
MERGED_TABLES = frozenset(table for table, _key in merge.MERGED_TABLES.values())


def merge_rules(conflict: Conflict) -> Resolution:
    """The coalition's handler: leave what both copies changed to :func:`db.merge.settle`, wait for what is missing.

    - Both copies changed a record (``data``, or the same key added on both:
      ``conflict``): keep this copy's row for now; the merge then writes the
      version that wins on every copy (db.merge) — for the tables it knows; for
      the others (link and text tables), a row both added with other values is
      settled by taking the greater of the two, which both copies agree on.
    - A change to a row this copy deleted (``not_found``): the deletion stands.
    - A row it needs that is not here (``foreign_key``) or a rule it breaks
      (``constraint``): the file waits; nothing changes.
    """
    if conflict.kind is ConflictKind.NOT_FOUND:
        return Resolution.SKIP
    if conflict.kind in (ConflictKind.DATA, ConflictKind.CONFLICT):
        if conflict.table in MERGED_TABLES:
            return Resolution.SKIP
        if conflict.kind is ConflictKind.CONFLICT and conflict.new is not None and conflict.current is not None:
            return Resolution.REPLACE if _order(conflict.new) > _order(conflict.current) else Resolution.SKIP
        return Resolution.SKIP
    return Resolution.ABORT


def _order(row: Row) -> tuple[tuple[int, str], ...]:
    """A total order on rows of any values, the same on every copy."""
    return tuple((0, "") if v is None else (1, repr(v)) for v in row)


def refuse_all(conflict: Conflict) -> Resolution:
    """The default handler: any real conflict leaves the target as it was (:class:`ChangesetAborted`)."""
    return Resolution.ABORT


# ---------------------------------------------------------------- capture
def take_snapshot(t: TrackerCore, dest: Path) -> None:
    """A consistent private copy (mode 0600) of the open tracker, without this copy's local settings.

    Taken through the tracker's own connection (SQLite's backup API), so it
    is safe while the app writes and never opens the file with apsw.

    The copy is a sync base, never opened as a tracker: only its shared tables
    are compared (:func:`diff`) and changed (the changes applied to it after the
    tracker).  So its triggers are dropped: they keep the derived tables and the
    search index, which a base does not need, and they were most of the cost of
    applying a changeset to it (bench/sync_bench.py).
    """
    save_copy(t, dest, mode=0o600)
    _strip(dest)


def upgrade_base(base: Path) -> bool:
    """Bring a sync base made by an older version up to this one, as the tracker itself was upgraded.

    After the app is upgraded, its tracker is at the new schema and its base at
    the old one, and no diff between them can be taken.  The base goes through
    the same migrations: they give the same records the same rows and uids
    (m007 derives the uids it makes), so the next capture still sends only what
    changed since the last sync.  Returns whether it was upgraded.
    """
    from .store import pending_upgrade, upgrade

    if not base.is_file() or not pending_upgrade(base):
        return False
    upgrade(base, keep_copy=False)
    _strip(base)
    return True


def _strip(dest: Path) -> None:
    """Leave a base only what a diff compares: no triggers, no local settings (see :func:`take_snapshot`)."""
    copy = sqlite3.connect(dest)
    try:
        with copy:
            copy.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k in sorted(LOCAL_META_KEYS)])
            triggers = [r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
            for name in triggers:
                copy.execute(f'DROP TRIGGER "{name}"')
    finally:
        copy.close()


def capture(t: TrackerCore, base: Path) -> Captured:
    """What changed in ``t`` since the snapshot ``base``: a changeset, and the snapshot to commit after it is sent."""
    snapshot = base.with_name(base.name + ".next")
    upgrade_base(base)
    take_snapshot(t, snapshot)
    try:
        changeset = diff(base, snapshot)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            snapshot.unlink()
        raise
    return Captured(changeset, snapshot, base)


def diff(base: Path, current_copy: Path) -> bytes:
    """The changeset that turns ``base`` into ``current_copy`` (two closed tracker files of one schema).

    Only the tracker's shared tables (:func:`shared_tables`); empty bytes when
    nothing changed.
    """
    _refuse_if_open_here(base)
    _refuse_if_open_here(current_copy)
    conn = _open(current_copy, read_only=True)
    try:
        conn.execute("ATTACH ? AS base", (_read_only_uri(base),))
        tables = shared_tables(conn)
        missing = set(tables) - set(shared_tables(conn, "base"))
        if missing:
            raise ChangesetError(
                f"The last sync's snapshot has no table {sorted(missing)[0]}: it was made by an older version;"
                " take a new snapshot."
            )
        keyless = [t for t in tables if not any(row[5] for row in conn.execute(f'PRAGMA table_info("{t}")'))]
        if keyless:  # the session extension skips such a table without a word: its changes would never travel
            raise ChangesetError(f"The table {keyless[0]} has no primary key, so its changes cannot be shared.")
        session = apsw.Session(conn, "main")
        conn.execute("BEGIN")  # both files read at one moment
        try:
            for table in tables:
                session.attach(table)
                session.diff("base", table)
            return session.changeset()
        except apsw.SchemaChangeError as exc:
            raise ChangesetError(f"The last sync's snapshot has another schema than the tracker ({exc}).") from None
        finally:
            session.close()
            conn.execute("COMMIT")
    finally:
        conn.close()


def shared_tables(conn: apsw.Connection, schema: str = "main") -> list[str]:
    """The tables a changeset carries: every ordinary table but derived, local and internal ones, by name."""
    rows = conn.execute("SELECT name, type FROM pragma_table_list WHERE schema = ?", (schema,))
    return sorted(
        str(name) for name, kind in rows
        if kind == "table" and not str(name).startswith("sqlite_") and name not in DERIVED_TABLES | LOCAL_TABLES
    )


# ---------------------------------------------------------------- apply
def apply_changeset(
    target: Path, changeset: bytes, *, on_conflict: ConflictHandler = refuse_all, settle: bool = False
) -> Applied:
    """Apply ``changeset`` to the tracker file ``target``, all or nothing.

    Changes the target already holds are skipped silently (applying a file
    twice changes nothing); every other misfit is passed to ``on_conflict``
    (default: abort).  ``settle``: then apply the merge rules to what arrived,
    in the same transaction (:func:`db.merge.settle`; not for a sync's base
    snapshot).  Raises :class:`ChangesetAborted` when the handler
    aborts, :class:`ChangesetError` when the changeset does not fit the
    target's tables; the target is then unchanged.
    """
    _refuse_if_open_here(target)
    applied = Applied(changes=0)
    conn = _open(target, read_only=False)
    try:
        columns = {name: _column_count(conn, name) for name in shared_tables(conn)}
        # Evidence that arriving rows cite (restored if deleted here) or link (those links are dropped if it was
        # deleted here: the deletion wins), unless the changeset brings the evidence itself.
        cited: set[str] = set()
        linked: set[str] = set()
        arriving: set[str] = set()
        # Evidence the changeset deletes, and the citations it deletes with it: evidence still cited here
        # stays (its deletion, links and attachment skipped), so nothing here points at nothing.
        deleting: set[str] = set()
        uncited: set[tuple[str, str]] = set()
        for change in apsw.Changeset.iter(changeset):
            applied.changes += 1
            if settle and change.op == "DELETE" and change.old is not None:
                if change.name == "evidence":
                    deleting.add(str(change.old[0]))
                elif change.name in _CITING:
                    uncited.add((str(change.old[0]), str(change.old[_CITING[change.name]])))
            if settle and change.op == "INSERT" and change.new is not None:
                if change.name in _CITING:
                    cited.add(str(change.new[_CITING[change.name]]))
                elif change.name in _LINKING:
                    linked.add(str(change.new[0]))
                elif change.name == "evidence":
                    arriving.add(str(change.new[0]))
            if change.name not in columns:
                raise ChangesetError(
                    f"The changeset changes {change.name}, which is not a shared table of the tracker."
                )
            if change.column_count != columns[change.name]:
                raise ChangesetError(
                    f"The changeset's table {change.name} has {change.column_count} columns, the tracker's"
                    f" {columns[change.name]}: they are of different versions."
                )
        if not applied.changes:
            return applied

        tombstoned: set[str] = set()
        still_cited: set[str] = set()

        def keep(change: apsw.TableChange) -> bool:
            if change.name == "meta" and _row_key(change) in LOCAL_META_KEYS:
                return False
            if (still_cited and change.op == "DELETE" and change.old is not None
                    and (change.name == "evidence" or change.name in _LINKING)):
                return str(change.old[0]) not in still_cited
            return not (tombstoned and change.name in _LINKING and change.op == "INSERT"
                        and change.new is not None and str(change.new[0]) in tombstoned)

        def resolve(code: int, change: apsw.TableChange) -> int:
            conflict = _conflict(code, change)
            if _already_there(conflict):
                return apsw.SQLITE_CHANGESET_OMIT
            resolution = on_conflict(conflict)
            if resolution is Resolution.REPLACE and conflict.kind not in (ConflictKind.DATA, ConflictKind.CONFLICT):
                raise ValueError(f"a {conflict.kind} conflict cannot be resolved by replacing")
            applied.conflicts.append((conflict, resolution))
            return _RESOLUTION_CODES[resolution]

        conn.execute("BEGIN IMMEDIATE")
        try:
            before = merge.marks(conn) if settle else None
            if cited - arriving:
                merge.restore_cited(conn, cited - arriving)
            tombstoned = merge.deleted_here(conn, linked - arriving)
            still_cited = merge.cited_here(conn, deleting, uncited)
            apsw.Changeset.apply(changeset, conn, filter_change=keep, conflict=resolve)
            if before is not None:
                applied.settled = merge.settle(conn, before)
        except apsw.Error as exc:
            conn.execute("ROLLBACK")
            # SQLite reports an abort as SQLITE_ABORT, or SQLITE_CONSTRAINT after a foreign-key conflict.
            if any(r is Resolution.ABORT for _, r in applied.conflicts):
                reason = "The changeset conflicts with this copy of the tracker; nothing was changed."
                raise ChangesetAborted(reason) from None
            raise ChangesetError(f"The changeset could not be applied ({exc}); nothing was changed.") from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return applied
    finally:
        conn.close()


#: Tables whose arriving rows name a piece of evidence: the column that does.
_CITING = {"assessment_evidence": 1, "proposal_evidence": 1}
#: Tables whose arriving rows belong to a piece of evidence (its first column names it).
_LINKING = frozenset({"evidence_links", "attachments"})

_RESOLUTION_CODES = {
    Resolution.SKIP: apsw.SQLITE_CHANGESET_OMIT,
    Resolution.REPLACE: apsw.SQLITE_CHANGESET_REPLACE,
    Resolution.ABORT: apsw.SQLITE_CHANGESET_ABORT,
}
_KINDS = {
    apsw.SQLITE_CHANGESET_DATA: ConflictKind.DATA,
    apsw.SQLITE_CHANGESET_NOTFOUND: ConflictKind.NOT_FOUND,
    apsw.SQLITE_CHANGESET_CONFLICT: ConflictKind.CONFLICT,
    apsw.SQLITE_CHANGESET_CONSTRAINT: ConflictKind.CONSTRAINT,
    apsw.SQLITE_CHANGESET_FOREIGN_KEY: ConflictKind.FOREIGN_KEY,
}


def _values(row: tuple[object, ...] | None) -> Row | None:
    return None if row is None else tuple(UNCHANGED if v is apsw.no_change else v for v in row)


def _conflict(code: int, change: apsw.TableChange) -> Conflict:
    kind = _KINDS[code]
    if kind is ConflictKind.FOREIGN_KEY:
        return Conflict(kind, count=change.fk_conflicts or 0)
    return Conflict(kind, change.name, change.op, _values(change.old), _values(change.new), _values(change.conflict))


def _already_there(conflict: Conflict) -> bool:
    """Whether the target already holds what the change would make (so applying twice changes nothing)."""
    if conflict.kind is ConflictKind.NOT_FOUND:
        return conflict.operation == "DELETE"
    if conflict.current is None or conflict.new is None:
        return False
    if conflict.kind is ConflictKind.CONFLICT:  # an insert: the same row is there
        return conflict.new == conflict.current
    if conflict.kind is ConflictKind.DATA and conflict.operation == "UPDATE":  # the columns it sets hold its values
        return all(new is UNCHANGED or new == now for new, now in zip(conflict.new, conflict.current, strict=True))
    return False


def _row_key(change: apsw.TableChange) -> object:
    row = change.new if change.new is not None else change.old
    return row[0] if row else None


def _column_count(conn: apsw.Connection, table: str) -> int:
    return len(list(conn.execute("SELECT name FROM pragma_table_info(?)", (table,))))


def _open(path: Path, *, read_only: bool) -> apsw.Connection:
    if not path.is_file():
        raise ChangesetError(f"{path} does not exist.")
    flags = apsw.SQLITE_OPEN_URI | (apsw.SQLITE_OPEN_READONLY if read_only else apsw.SQLITE_OPEN_READWRITE)
    uri = _read_only_uri(path) if read_only else path.resolve().as_uri()
    conn = apsw.Connection(uri, flags=flags)
    conn.set_busy_timeout(BUSY_TIMEOUT_MS)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _refuse_if_open_here(path: Path) -> None:
    """Refuse a file this process already has open (through Python's sqlite3): see the module's notes."""
    fds = Path("/proc/self/fd")
    try:
        wanted = path.stat()
        entries = list(fds.iterdir())
    except OSError:
        return  # no such file (the caller says so) or no /proc (not Linux): nothing to check
    for entry in entries:
        with contextlib.suppress(OSError, ValueError):
            found = os.fstat(int(entry.name))
            if (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino):
                raise ChangesetError(
                    f"{path} is open in this program; close it before applying changes to it, or apply them in"
                    " another process."
                )
