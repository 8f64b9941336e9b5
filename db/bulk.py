"""One bulk write: many new evidence records, with their links, statuses, history and search index.

Why it is here: the data layer is the only writer, and an import of 100,000
rows cannot afford one :func:`db.ops.add_evidence` per row (a query per
lookup, a history snapshot per record, the search index's trigger per row).
This module is the one place that writes evidence in bulk, and it owns all of
it: its SQL, its pragmas, the full-text index and the history entries.

Use::

    with bulk_write(t, operation="import") as writer:
        for row in rows:
            writer.add_evidence(NewEvidence(...), cells, NewStatus(...) or None)
            if writer.pending >= 1000:
                writer.flush()
    # committed here; any exception inside the block rolls everything back

What it does, and why:

* one transaction for the whole bulk write, with a rollback journal instead
  of the WAL when the write has the file to itself
  (:meth:`db.core.TrackerCore.bulk_journal`): new pages are written once;
* one ``executemany`` per table per :meth:`BulkWriter.flush`, with explicit
  row ids read at the flush (so operations run between flushes, such as
  :func:`db.ops.set_status`, never collide with them);
* the full-text index's insert trigger ``evidence_ai`` is dropped for the
  transaction and the index fed with the very rows, then re-created by
  :meth:`BulkWriter.finish` (a rollback restores it too: DDL is
  transactional);
* the derived counts' insert triggers (:data:`db.tallies.BULK_TRIGGERS`)
  are dropped around each flush's statements only (operations run between
  flushes go through them); the flush adds to the tallies and
  :meth:`BulkWriter.finish` adds its links to the cells' running counts in
  set-based statements (a row-at-a-time trigger would cost more than the
  records);
* one history entry per record created, without a copy of its values
  (:func:`db.queries.history` reads them back from the record);
* time-ordered UUIDs (version 7) for the records it creates, so the uid
  indexes are appended to; all records share one ``recorded_at``;
* the schema's CHECK constraints stay ON: a value that breaks one raises
  :class:`sqlite3.IntegrityError` and the whole bulk write is rolled back.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from . import lineage
from .core import TrackerCore
from .schema import SEARCH_FOLDED_SQL
from .tallies import BULK_TRIGGERS, add_cell_deltas, add_to_tallies

Cell = tuple[str, str]

_EVIDENCE_INSERT = (
    "INSERT INTO evidence (rowid, uid, event_date, title, url, archive_url, accessed_on, publisher, source_kind,"
    " language, notes, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_LINK_INSERT = "INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code) VALUES (?, ?, ?)"
#: Each status names the cell's statuses it was set after (db.lineage; :meth:`BulkWriter._follows`).
_ASSESSMENT_INSERT = (
    "INSERT INTO assessments (uid, country_code, recommendation_code, status_code, effective_date,"
    " rationale, confidence, recorded_by, recorded_at, updated_at, follows) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ASSESSMENT_EVIDENCE_INSERT = "INSERT INTO assessment_evidence (assessment_uid, evidence_uid) VALUES (?, ?)"
_HISTORY_INSERT = "INSERT INTO history (at, user, operation, action, table_name, row_key) VALUES (?, ?, ?, ?, ?, ?)"
#: The index entries the insert trigger ``evidence_ai`` would make, for a range of new rowids (local: the
#: writer numbers its records' rowids so that they are one range; the uid is the key): the text the search
#: view gives, folded by the same letters (db.fold) but read once per value (``SEARCH_FOLDED_SQL``; through
#: the view, folding was 85 % of an import's index).
_FTS_INSERT = (
    "INSERT INTO evidence_fts (rowid, title, notes, publisher, url)"
    f" SELECT id, title, notes, publisher, url FROM ({SEARCH_FOLDED_SQL})"
    " WHERE id >= ? AND id < ?"
)
_FTS_TRIGGER = "evidence_ai"


class NewEvidence(NamedTuple):
    """The columns of a new evidence record, already validated (``uid`` None: one is made)."""

    uid: str | None
    event_date: str
    title: str | None
    url: str | None
    archive_url: str | None
    accessed_on: str | None
    publisher: str | None
    source_kind: str
    language: str | None
    notes: str | None


class NewStatus(NamedTuple):
    """A status that a new evidence record sets on each of its cells, effective on its date."""

    status_code: str
    rationale: str
    confidence: str


class UidMaker:
    """Time-ordered UUIDs (version 7, RFC 9562) for the records a bulk write creates.

    48 bits of Unix time in milliseconds, then a 42-bit counter that starts at
    a random value (RFC 9562 "fixed-length dedicated counter"), then 32
    random bits.  Successive uids sort in creation order, so the uid indexes
    (evidence, assessments, history) are appended to instead of being written
    all over: a large import is markedly faster.  Any UUID is a valid uid.
    """

    def __init__(self) -> None:
        ms = int(time.time() * 1000) & ((1 << 48) - 1)
        hex_ms = f"{ms:012x}"
        self.head = f"{hex_ms[:8]}-{hex_ms[8:]}-7"
        self.counter = int.from_bytes(os.urandom(5), "big") >> 1  # < 2**39: room to count
        self.pool: list[str] = []
        self.next = 0

    def take(self, n: int) -> list[str]:
        """``n`` new uids, in order."""
        i = self.next
        if i + n > len(self.pool):
            self.pool, i = self.make(max(n, 4096)), 0
        self.next = i + n
        return self.pool[i : i + n]

    def make(self, n: int) -> list[str]:
        """``n`` new uids made at once (one call to the random source)."""
        rand = os.urandom(4 * n).hex()
        head = self.head
        c = self.counter
        out = []
        for i in range(0, 8 * n, 8):
            c += 1
            # rand_a: counter bits 41..30; then variant 10 + counter bits 29..0; then 32 random bits
            out.append(
                f"{head}{(c >> 30) & 0xFFF:03x}-{0x8000 | ((c >> 16) & 0x3FFF):04x}-{c & 0xFFFF:04x}{rand[i : i + 8]}"
            )
        self.counter = c
        return out


class _Pending(NamedTuple):
    uid: str  # the evidence's (given or made)
    evidence: NewEvidence
    cells: Sequence[Cell]
    status: NewStatus | None
    assessment_uids: list[str]


class BulkWriter:
    """Buffers new evidence and writes it with :meth:`flush`; :meth:`finish` completes the bulk write.

    Use inside :func:`bulk_write` (which owns the transaction).  Other
    operations of :mod:`db.ops` may run between flushes in the same
    transaction; flush first when their order matters.
    """

    def __init__(self, t: TrackerCore, *, operation: str) -> None:
        self.t = t
        self.operation = operation
        self.user = t.user
        self.stamp = t.now()  # every record of the bulk write shares it
        self.uids = UidMaker()
        self._pending: list[_Pending] = []
        self._fts_trigger: str | None = None  # its SQL once dropped ("" when the tracker has none)
        self._tally_triggers: dict[str, str] | None = None  # the derived tables' insert triggers there are
        # (country, recommendation, event date) -> links written: added to the cells' counts by finish()
        self._cell_deltas: dict[tuple[str, str, str], int] = {}
        self._changes_mark: int | None = None  # the connection's total_changes when the last flush ended
        # each cell's tips (db.lineage) as this write left them: a cell's statuses chain without a query each
        self._tips: dict[tuple[str, str], list[str]] = {}
        self._others_wrote = False  # whether anything else wrote between flushes
        self.written = 0

    @property
    def pending(self) -> int:
        """Evidence records added and not yet flushed."""
        return len(self._pending)

    def add_evidence(self, evidence: NewEvidence, cells: Sequence[Cell], status: NewStatus | None = None) -> str:
        """Queue one new evidence record linked to ``cells`` (setting ``status`` on each); returns its uid."""
        uids = self.uids.take(1 + (len(cells) if status is not None else 0))
        uid = evidence.uid or uids[0]
        self._pending.append(_Pending(uid, evidence, cells, status, uids[1:]))
        return uid

    def flush(self) -> None:
        """Write every queued record: one statement per table, in this transaction."""
        if not self._pending:
            return
        conn = self.t.db.conn
        if self._changes_mark is not None and conn.total_changes != self._changes_mark:
            self._others_wrote = True
            self._tips = {}  # another write (an edit between flushes) may have set statuses
        self._drop_fts_trigger(conn)
        eid = conn.execute("SELECT coalesce(max(rowid), 0) FROM evidence").fetchone()[0] + 1
        first_eid = eid
        stamp, user, op = self.stamp, self.user, self.operation
        ev_rows: list[tuple[object, ...]] = []
        link_rows: list[Sequence[object]] = []
        as_rows: list[tuple[object, ...]] = []
        ae_rows: list[tuple[str, str]] = []
        hist_rows: list[tuple[str, ...]] = []
        deltas = self._cell_deltas
        for uid, ev, cells, status, a_uids in self._pending:
            ev_rows.append((eid, uid, *ev[1:], user, stamp, stamp))
            link_rows.extend([(uid, c, r) for c, r in cells])
            for c, r in cells:
                key = (c, r, ev.event_date)
                deltas[key] = deltas.get(key, 0) + 1
            hist_rows.append((stamp, user, op, "insert", "evidence", uid))
            if status is not None:
                code, rationale, confidence = status
                date = ev.event_date
                for (c, r), a_uid in zip(cells, a_uids, strict=True):
                    as_rows.append((a_uid, c, r, code, date, rationale, confidence, user, stamp, stamp,
                                    self._follows(c, r, a_uid)))
                    ae_rows.append((a_uid, uid))
                    hist_rows.append((stamp, user, op, "insert", "assessments", a_uid))
            eid += 1
        tally_triggers = self._drop_tally_triggers(conn)
        conn.executemany(_EVIDENCE_INSERT, ev_rows)
        conn.executemany(_LINK_INSERT, link_rows)
        if as_rows:
            conn.executemany(_ASSESSMENT_INSERT, as_rows)
            conn.executemany(_ASSESSMENT_EVIDENCE_INSERT, ae_rows)
        conn.executemany(_HISTORY_INSERT, hist_rows)
        # What the dropped triggers would have done: the tallies now, the cells' counts at finish().
        add_to_tallies(
            self.t.db, {"evidence": len(ev_rows), "assessments": len(as_rows), "history": len(hist_rows)}
        )
        for sql in tally_triggers.values():
            conn.execute(sql)
        if self._fts_trigger:
            conn.execute(_FTS_INSERT, [first_eid, eid])
        self.written += len(self._pending)
        self._pending = []
        self._changes_mark = conn.total_changes

    def _follows(self, country: str, rec: str, uid: str) -> str | None:
        """The ``follows`` of the new status ``uid`` in the cell, which becomes the cell's one tip."""
        cell = (country, rec)
        tips = self._tips.get(cell)
        if tips is None:
            tips = lineage.cell_tips(self.t.db, country, rec)
        self._tips[cell] = [uid]
        return lineage.follows_value(tips)

    def finish(self) -> None:
        """Flush, add the links written to the cells' running evidence counts, then put the search
        index's insert trigger back.  Call before the commit."""
        self.flush()
        conn = self.t.db.conn
        others_wrote = self._others_wrote or self._changes_mark not in (None, conn.total_changes)
        add_cell_deltas(self.t.db, self._cell_deltas, others_wrote=others_wrote)
        self._cell_deltas = {}
        if self._fts_trigger:
            self.t.db.conn.execute(self._fts_trigger)
        self._fts_trigger = None

    def _drop_tally_triggers(self, conn: sqlite3.Connection) -> dict[str, str]:
        """Drop the derived tables' insert triggers for one flush; returns their SQL to re-create them.

        Only around the writer's own statements: the operations that an import
        runs between flushes (edits of existing evidence) go through them.
        A row at a time they would cost the import more than the records
        themselves; :meth:`flush` adds the tallies and :meth:`finish` the
        cells' counts, set-based, instead.
        """
        if self._tally_triggers is None:
            marks = ", ".join("?" for _ in BULK_TRIGGERS)
            self._tally_triggers = dict(
                conn.execute(
                    f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
                    list(BULK_TRIGGERS),
                ).fetchall()
            )
        for name in self._tally_triggers:
            conn.execute(f"DROP TRIGGER {name}")
        return self._tally_triggers

    def _drop_fts_trigger(self, conn: sqlite3.Connection) -> None:
        """Drop ``evidence_ai`` for the transaction, keeping its SQL to re-create it."""
        if self._fts_trigger is not None:
            return
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [_FTS_TRIGGER]
        ).fetchone()
        self._fts_trigger = "" if row is None else row[0]
        if row is not None:
            conn.execute(f"DROP TRIGGER {_FTS_TRIGGER}")


@contextlib.contextmanager
def bulk_write(t: TrackerCore, *, operation: str) -> Iterator[BulkWriter]:
    """One transaction for a bulk write (rollback journal when possible); commits when the block ends.

    Any exception raised in the block rolls back everything written in it,
    by the writer and by any operation run meanwhile.
    """
    with t.bulk_journal(), t.atomic():
        writer = BulkWriter(t, operation=operation)
        yield writer
        writer.finish()
