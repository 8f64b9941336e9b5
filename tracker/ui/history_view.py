"""The History tab: every change ever made, newest first, filtered and exported.

The list reads the log a page at a time by keyset (db.history_view), so it
opens at once on a million entries; scrolling fetches older pages
(``canFetchMore``/``fetchMore``).  A filter that matches little is looked for
on a worker thread (:class:`Walk`), which also counts its matches, so the
window never waits for it.  A change made here or by another program arrives
on ``ctx.bus.changed`` and is put on top, keeping the selection.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaMethod, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import Tracker
from db.core import TrackerCore
from db.history_view import (
    HistoryFilter,
    HistoryRow,
    count_matches,
    history_kinds,
    history_page,
    history_total,
    history_users,
    interrupt,
    last_id,
    local_time,
)
from db.ops import Change
from db.queries import codebook_view
from tracker.exports import Table, write_csv, write_json

from .context import AppContext, in_language
from .file_commands import failure_sentence, remember_save_folder, save_folder, write_to
from .language import english_unless_translated as numerus
from .models import QT_TRANSLATE_NOOP, ListTableModel, fit_columns, shown_number, shown_time
from .tasks import Cancelled, run_in_background
from .widgets import DateEdit

Index = QModelIndex | QPersistentModelIndex

#: Entries a page reads.
PAGE = 200
#: At most this many entries are exported (what is shown, fetched on to this cap).
EXPORT_CAP = 50_000
#: New entries read on top after a change; more than this and the list is read afresh.
NEW_CAP = 1000
#: Entries written since the list was read that are looked through for new rows; more and it is read afresh.
NEW_SCAN = 20_000
#: Ids a walk's step on its thread looks at first; a step quicker than STEP_GROW_S doubles it, up to WALK_SCAN_MAX.
WALK_SCAN = 50_000
WALK_SCAN_MAX = 1_000_000
STEP_GROW_S = 0.1
#: How much lower than the window's a walk thread's scheduling priority is (Linux niceness).
WALK_NICENESS = 10
#: Ids one step looks at when the walk runs on the GUI thread (an in-memory tracker).
GUI_SCAN = 5_000
#: How often (ms) the list takes in what its walk found.
POLL_MS = 25
#: A search that has run this long (seconds) shows its Stop button.
STOP_AFTER_S = 0.3

EXPORT_COLUMNS = ["history_id", "at", "user", "kind", "record", "changes", "table_name", "row_key"]
#: How the list and the kind filter name each kind of entry (db.history_view.KINDS; the filter capitalises it).
KIND_NAMES = {
    "added": QT_TRANSLATE_NOOP("HistoryView", "added"), "edited": QT_TRANSLATE_NOOP("HistoryView", "edited"),
    "archived": QT_TRANSLATE_NOOP("HistoryView", "archived"), "restored": QT_TRANSLATE_NOOP("HistoryView", "restored"),
    "status set": QT_TRANSLATE_NOOP("HistoryView", "status set"),
    "corrected": QT_TRANSLATE_NOOP("HistoryView", "corrected"), "review": QT_TRANSLATE_NOOP("HistoryView", "review"),
    "undone": QT_TRANSLATE_NOOP("HistoryView", "undone"), "codebook": QT_TRANSLATE_NOOP("HistoryView", "codebook"),
    "country": QT_TRANSLATE_NOOP("HistoryView", "country"), "group": QT_TRANSLATE_NOOP("HistoryView", "group"),
    "import": QT_TRANSLATE_NOOP("HistoryView", "import"), "repair": QT_TRANSLATE_NOOP("HistoryView", "repair"),
}


def kind_name(kind: str) -> str:
    """An entry's kind as the list shows it, in the interface's language (lower case, as in English)."""
    return QCoreApplication.translate("HistoryView", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def _yield_to_the_window() -> None:
    """Lower this (worker) thread's scheduling priority, so that on a busy machine the GUI thread runs first.

    On Linux ``setpriority`` with a thread's id sets that thread's niceness alone; elsewhere nothing changes.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WALK_NICENESS)


class Walk:
    """One filter's walk down the log: find ``want`` matching entries, or count the matches.

    A file tracker's walk runs on a thread with its own read connection (an SQLite connection
    belongs to the thread that opened it), so the GUI thread never waits for a rare filter; an
    in-memory tracker (tests, embedded use) cannot be shared with a thread, so its walk runs in
    small steps on the GUI thread, one per tick of the list's timer.  Each step puts what it
    found and where to go on into ``results``; nothing here touches Qt, so a walk whose list
    is gone harms nothing: it stops at its next step.
    """

    def __init__(
        self, tracker: Tracker, f: HistoryFilter, mode: str, cursor: int, want: int = 0, newer_than: int = 0
    ) -> None:
        self.tracker = tracker
        self.filter = f
        self.mode = mode  # "rows", "count", or "newer" (the entries after ``newer_than``, in one step)
        self.cursor: int | None = cursor
        self.want = want
        self.newer_than = newer_than
        self.results: queue.SimpleQueue[tuple[str, Any, int | None]] = queue.SimpleQueue()
        self.threaded = tracker.path is not None
        self.scan = WALK_SCAN if self.threaded else GUI_SCAN
        self.started = time.monotonic()
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._reader: Tracker | None = None

    def start(self) -> None:
        if self.threaded:
            threading.Thread(target=self._run, name="history walk", daemon=True).start()

    def cancel(self) -> None:
        """Stop at once: the statement running is interrupted, and no step follows."""
        self._cancelled.set()
        with self._lock:
            if self._reader is not None:
                interrupt(self._reader)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, t: TrackerCore) -> bool:
        """One bounded step (``scan`` ids at most); True when the walk is over."""
        if self.cursor is None or self._cancelled.is_set():
            return True
        if self.mode == "newer":
            rows, _more = history_page(t, self.filter, self.cursor, self.want, scan=self.cursor - 1 - self.newer_than,
                                       newer_than=self.newer_than)
            self.results.put(("newer", rows, None))
            self.cursor = None
            return True
        if self.mode == "rows":
            rows, nxt = history_page(t, self.filter, self.cursor, max(1, self.want), scan=self.scan)
            self.want -= len(rows)
            self.results.put(("rows", rows, nxt))
        else:
            n, nxt = count_matches(t, self.filter, self.cursor, self.scan)
            self.results.put(("count", n, nxt))
        self.cursor = nxt
        return nxt is None or (self.mode == "rows" and self.want <= 0)

    def _run(self) -> None:
        _yield_to_the_window()
        try:
            assert self.tracker.path is not None
            reader = Tracker.open(self.tracker.path, user=self.tracker.user, read_only=True)
        except Exception as exc:  # noqa: BLE001 - the list says it in one sentence
            self.results.put(("error", exc, None))
            return
        with self._lock:
            self._reader = reader
        try:
            done = self._cancelled.is_set()
            while not done:
                began = time.monotonic()
                done = self.step(reader)
                if time.monotonic() - began < STEP_GROW_S:  # a cheap filter: fewer, longer steps
                    self.scan = min(self.scan * 2, WALK_SCAN_MAX)
        except Exception as exc:  # noqa: BLE001 - interrupted by cancel(), or a failure the list shows
            if not self._cancelled.is_set():
                self.results.put(("error", exc, None))
        finally:
            with self._lock:
                self._reader = None
            reader.close()


class HistoryModel(ListTableModel):
    """History rows, newest first, a keyset page at a time.

    The whole log is read in pages on the GUI thread (each page is one index read).  A filtered
    list is read by a :class:`Walk`: the rows a page needs, then the count of every match, in
    bounded steps that never hold the GUI thread; a new filter cancels the walk under way.
    """

    COLUMNS = (QT_TRANSLATE_NOOP("HistoryModel", "When"), QT_TRANSLATE_NOOP("HistoryModel", "Who"),
               QT_TRANSLATE_NOOP("HistoryModel", "Kind"), QT_TRANSLATE_NOOP("HistoryModel", "Record"),
               QT_TRANSLATE_NOOP("HistoryModel", "Changes"))

    #: The walk found, checked, counted, finished, failed or was stopped: the count line follows it.
    walk_changed = Signal()

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = HistoryFilter()
        self.rows: list[HistoryRow] = []
        self.next_after: int | None = None  # the next page's rows are older than this id (None: no more)
        self.top = 0  # the newest id shown or looked for (later entries come through add_newer)
        self._first_top = 0
        self.total = 0  # entries in the whole log (the tallies)
        self.exact: int | None = 0  # how many entries the list has in all, once known
        self._w: dict[str, Walk | None] = {"searching": None, "counting": None}
        self._updates: list[Walk] = []  # entries written since, looked for in order (a filtered list)
        self.stopped = False
        self.error = ""
        self.checked_to: int | None = None  # the search has looked at every id from here up to the top
        self._counted = 0  # matches the count walk found at or below the top, so far
        self._count_from: int | None = None  # where the count walk goes on (None: done)
        self._newer = 0  # matching entries put on top since the list was read
        self._wanted = 0  # rows the search still looks for
        self._fetching = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        # A walk holds no Qt object and outlives nothing for long: it stops when its list goes, or the app does.
        self.destroyed.connect(partial(_cancel_walks, self._w, self._updates))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(partial(_cancel_walks, self._w, self._updates))

    def set_filter(self, f: HistoryFilter) -> None:
        self.filter = f
        self.reload()

    @property
    def searching(self) -> Walk | None:
        """The walk finding the next page's rows, if one is under way."""
        return self._w["searching"]

    @property
    def counting(self) -> Walk | None:
        """The walk counting the matches, if one is under way."""
        return self._w["counting"]

    @property
    def _walks(self) -> list[Walk]:
        return [w for w in self._w.values() if w is not None] + self._updates

    @property
    def busy(self) -> bool:
        """A walk is under way (looking for rows, counting, or reading what was written since)."""
        return bool(self._walks)

    def reload(self) -> None:
        self._cancel()
        self.beginResetModel()
        t = self.ctx.tracker
        self.top, self.total = last_id(t), history_total(t)
        self._first_top = self.top  # the walk goes down from here; later entries come on top
        self.rows, self.stopped, self.error, self._newer = [], False, "", 0
        if self.filter.is_empty():
            self.rows, self.next_after = history_page(t, self.filter, None, PAGE)
            self.exact = self.total
        else:
            self.next_after = self.top + 1 if self.top else None
            self._count_from, self._counted = self.next_after, 0
            self.exact = None if self.next_after else 0
        self.checked_to = self.next_after
        self.endResetModel()
        if self.next_after is not None and not self.filter.is_empty():
            self._search()
        self.walk_changed.emit()

    # -- the walk ---------------------------------------------------------------------
    def _search(self) -> None:
        """Find the next page's rows on a walk (counting waits: rows first)."""
        if self.next_after is None:
            return
        self._drop("counting")
        self._wanted = PAGE
        walk = self._w["searching"] = Walk(self.ctx.tracker, self.filter, "rows", self.next_after, PAGE)
        walk.start()
        self._timer.start()

    def _count(self) -> None:
        if self._count_from is None or self.stopped or self.searching is not None or self.counting is not None:
            return
        walk = self._w["counting"] = Walk(self.ctx.tracker, self.filter, "count", self._count_from)
        walk.start()
        self._timer.start()

    def _drop(self, which: str) -> None:
        """Cancel one walk, keeping what it already reported."""
        walk = self._w[which]
        if walk is not None:
            self._take(walk)
            walk.cancel()
            self._w[which] = None

    def _cancel(self) -> None:
        _cancel_walks(self._w, self._updates)
        self._timer.stop()

    def _poll(self) -> None:
        for walk in self._walks:
            if walk not in self._walks:  # cancelled by what an earlier one reported (an error)
                continue
            if not walk.threaded:
                try:
                    walk.step(self.ctx.tracker)  # one bounded step on this thread
                except Exception as exc:  # noqa: BLE001 - the count line says it
                    walk.results.put(("error", exc, None))
            if walk not in self._updates:
                self._take(walk)
        while self._updates:  # in the order asked for, so the newest stay on top
            try:
                what, value, _nxt = self._updates[0].results.get_nowait()
            except queue.Empty:
                break
            self._updates.pop(0)
            if what == "error":
                self._cancel()
                self.error = str(value)
                break
            self._put_on_top(value)
        if not self._walks:
            self._timer.stop()
        self.walk_changed.emit()

    def _take(self, walk: Walk) -> None:
        """Put what ``walk`` reported so far into the list."""
        while True:
            try:
                what, value, nxt = walk.results.get_nowait()
            except queue.Empty:
                return
            if what == "error":
                self._cancel()
                self.error = str(value)
                return
            if what == "rows":
                self._add_rows(value, nxt)
                self._wanted -= len(value)
                if walk is self.searching and (nxt is None or self._wanted <= 0):
                    self._w["searching"] = None
                    if nxt is None:  # the whole log was walked: the list has every match
                        self.exact, self._count_from = len(self.rows), None
                        self._drop("counting")
                    else:
                        self._count()
            else:
                self._counted += value
                self._count_from = nxt
                if nxt is None:
                    self.exact = self._counted + self._newer
                    self._w["counting"] = None

    def _add_rows(self, rows: list[HistoryRow], nxt: int | None) -> None:
        self.next_after = self.checked_to = nxt
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def stop(self) -> None:
        """Stop looking (the person pressed Stop); what was found stays, and :meth:`search_on` goes on."""
        self._drop("searching")
        self._drop("counting")
        self.stopped = True
        if not self._walks:  # entries written since may still be on their way
            self._timer.stop()
        self.walk_changed.emit()

    def search_on(self) -> None:
        self.stopped = False
        if self.next_after is not None:
            self._search()
        else:
            self._count()
        self.walk_changed.emit()

    @property
    def checked(self) -> int:
        """How many entries, from the newest down, the search has looked at."""
        done = self._first_top + 1 - self.checked_to if self.checked_to is not None else self._first_top
        return max(0, min(done, self.total))

    @property
    def at_least(self) -> int:
        """How many entries the list has at least (all of them once :attr:`exact` is known)."""
        if self.exact is not None:
            return self.exact
        return max(self._counted, len(self.rows) - self._newer) + self._newer

    # -- paging ---------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return (not parent.isValid() and self.next_after is not None and self.searching is None
                and not self.stopped and not self.error)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if not self.canFetchMore(parent) or self._fetching:
            return
        if not self.filter.is_empty():
            self._search()
            self.walk_changed.emit()
            return
        self._fetching = True  # a view (or the model tester) may ask again while rows go in
        try:
            rows, nxt = history_page(self.ctx.tracker, self.filter, self.next_after, PAGE)
            self._add_rows(rows, nxt)
        finally:
            self._fetching = False
        self.walk_changed.emit()

    def add_newer(self) -> None:
        """Put entries written since the list was read on top (the selection stays on its row).

        Reads only the entries after the list's newest id; many of them (an import) read the list afresh.
        """
        t = self.ctx.tracker
        newest = last_id(t)
        if newest < self.top:  # fewer entries than shown: the file's contents were replaced
            self.reload()
            return
        if newest == self.top:
            return
        if newest - self.top > NEW_SCAN:
            self.reload()
            return
        if not self.filter.is_empty():  # a filter may cost more than a frame even for a few entries: on a walk
            walk = Walk(t, self.filter, "newer", newest + 1, NEW_CAP + 1, newer_than=self.top)
            self.top, self.total = newest, history_total(t)
            self._updates.append(walk)
            walk.start()
            self._timer.start()
            return
        new, _more = history_page(t, self.filter, None, NEW_CAP + 1, newer_than=self.top)
        self.top, self.total = newest, history_total(t)
        self._put_on_top(new)

    def _put_on_top(self, new: list[HistoryRow]) -> None:
        if len(new) > NEW_CAP:
            self.reload()
            return
        self._newer += len(new)
        if self.filter.is_empty():
            self.exact = self.total
        elif self.exact is not None:
            self.exact += len(new)
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self.rows[:0] = new
            self.endInsertRows()
        self.walk_changed.emit()

    def cell(self, row: HistoryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column >= 3:  # db/ wrote them in English: shown in the interface's language
                return in_language((row.record, row.changes)[column - 3])
            return (shown_time(local_time(row.at)), row.user, kind_name(row.kind))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return in_language((row.record, row.changes)[column - 3])
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


def _cancel_walks(walks: dict[str, Walk | None], updates: list[Walk], *_args: Any) -> None:
    """Stop every walk (also when the list is gone: they hold no Qt object, and end at their next step)."""
    for which, walk in walks.items():
        if walk is not None:
            walk.cancel()
            walks[which] = None
    for walk in updates:
        walk.cancel()
    updates.clear()


class PeopleCombo(QComboBox):
    """The person filter: its list of people is read on a worker as the tab opens, or when first used if sooner.

    Finding everyone in a million entries takes longer than the whole tab may take to open.
    """

    def __init__(self, fill: Any) -> None:
        super().__init__()
        self._fill = fill
        self.filled = False

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._fill()

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.ensure_filled()
        super().showPopup()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override: arrow keys choose without the popup)
        self.ensure_filled()
        super().keyPressEvent(event)


def _read_people(path: Path, user: str, box: queue.SimpleQueue[list[str] | None]) -> None:
    """The people named in the history, read on a worker thread with its own connection (None: it failed)."""
    _yield_to_the_window()
    try:
        with Tracker.open(path, user=user, read_only=True) as reader:
            box.put(history_users(reader))
    except Exception:  # noqa: BLE001 - the filter then reads them itself when first used
        box.put(None)


class HistoryView(QWidget):
    """The History tab's content: filters above the list, an export button and a count below."""

    #: The person asked to open an entry's evidence (its uid).
    evidence_requested = Signal(str)
    #: The person asked to open an entry's cell (country code, recommendation code).
    cell_requested = Signal(str, str)
    #: The person asked to open a review entry's proposal (its uid); unconnected, its cell opens instead.
    proposal_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("History"))
        self.model = HistoryModel(ctx, self)

        self.person = PeopleCombo(self.fill_people)
        self.person.setAccessibleName(self.tr("History person"))
        self.person.setToolTip(self.tr("Only the changes one person made"))
        self.date_from = DateEdit(self.tr("History from"), optional=True)
        self.date_to = DateEdit(self.tr("History to"), optional=True)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("History kind"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("History country"))
        self.rec = QComboBox()
        self.rec.setAccessibleName(self.tr("History recommendation"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search history"))
        self.search.setPlaceholderText(self.tr("Search the changes…"))
        self.search.setClearButtonEnabled(True)
        for combo, chars in ((self.person, 10), (self.kind, 10), (self.country, 16), (self.rec, 18)):
            # Long country and recommendation names would push the search box off the row.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.search.setMinimumWidth(180)
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in history_kinds():
            name = kind_name(kind)
            self.kind.addItem(name[:1].upper() + name[1:], kind)

        # Two rows, so the tab never makes the window wider than the other tabs do.
        filters = QVBoxLayout()
        filters.setContentsMargins(6, 6, 6, 0)
        rows = (((self.tr("Who"), self.person), (self.tr("Kind"), self.kind), (self.tr("From"), self.date_from),
                 (self.tr("To"), self.date_to)),
                ((self.tr("Country"), self.country), (self.tr("Recommendation"), self.rec)))
        for number, row in enumerate(rows):
            line = QHBoxLayout()
            for label, widget in row:
                caption = QLabel(label)
                caption.setBuddy(widget)
                line.addWidget(caption)
                line.addWidget(widget)
            if number == 1:
                line.addWidget(self.search, 1)
            else:
                line.addStretch(1)
            filters.addLayout(line)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("History list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        kinds = max((self.table.fontMetrics().horizontalAdvance(kind_name(k)) for k in KIND_NAMES), default=0)
        fit_columns(self.table, (130, 100, max(90, kinds + 16), 260))
        self.table.activated.connect(self._open)  # a double-click or Enter, as in the evidence list

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("History count"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop searching the history"))
        self.stop_button.setToolTip(self.tr("Stop looking through older changes; what was found stays"))
        self.stop_button.hide()
        self.stop_button.clicked.connect(self._stop_or_go_on)
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_csv.setAccessibleName(self.tr("Export history shown as CSV"))
        self.export_json = QPushButton(self.tr("Export JSON…"))
        self.export_json.setAccessibleName(self.tr("Export history shown as JSON"))
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_json.clicked.connect(lambda: self.export("json"))
        bottom = QHBoxLayout()
        bottom.setContentsMargins(6, 0, 6, 6)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.export_csv)
        bottom.addWidget(self.export_json)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.person, self.kind, self.country, self.rec):
            combo.activated.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
            edit.editingFinished.connect(self.apply_filter)
        self.model.walk_changed.connect(self._update_count)
        ctx.bus.tracker_replaced.connect(self._tracker_replaced)
        ctx.bus.changed.connect(self._on_change)

        self._people_box: queue.SimpleQueue[list[str] | None] = queue.SimpleQueue()
        self._people_timer = QTimer(self)
        self._people_timer.setInterval(POLL_MS)
        self._people_timer.timeout.connect(self._take_people)

        self.fill_filters()
        self.model.reload()
        self._read_people_in_background()

    # -- filters -------------------------------------------------------------------
    def fill_filters(self) -> None:
        """(Re)fill the choices from the codebook and the people in the history, keeping the current choices."""
        book = codebook_view(self.ctx.tracker, self.ctx.language)
        keep = {combo: combo.currentData() for combo in (self.country, self.rec)}
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
        if self.person.count() == 0:
            self.person.addItem(self.tr("Anyone"), "")
            self.person.addItem(self.ctx.tracker.user, self.ctx.tracker.user)
        self.country.addItem(self.tr("All countries"), "")
        for c in book.countries:
            self.country.addItem(f"{c.name} ({c.code})", c.code)
        self.rec.addItem(self.tr("All recommendations"), "")
        for r in book.recommendations:
            self.rec.addItem(f"{r.code}: {r.title}", r.code)
        for combo, value in keep.items():
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def fill_people(self, found: list[str] | None = None) -> None:
        """Everyone named in the (newest part of the) history, for the person filter (read now unless ``found``)."""
        self.person.filled = True
        if found is None:
            found = history_users(self.ctx.tracker)
        keep = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), "")
        people = set(found) | {self.ctx.tracker.user}
        for name in sorted(people, key=str.casefold):
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(self.person.findData(keep), 0))
        self.person.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(
            user=self.person.currentData() or "",
            date_from="" if self.date_from.problem() else (self.date_from.value() or ""),
            date_to="" if self.date_to.problem() else (self.date_to.value() or ""),
            kind=self.kind.currentData() or "",
            country=self.country.currentData() or "",
            recommendation=self.rec.currentData() or "",
            search=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        if f != self.model.filter:
            self.model.set_filter(f)

    def _update_count(self) -> None:
        """The line under the list: how many entries, and while a filter is looked for, how far it got."""
        m = self.model
        walk = m.searching
        # Stop shows only for a search that takes a while, so a quick one does not flash it.
        self.stop_button.setVisible(m.stopped or (walk is not None and time.monotonic() - walk.started >= STOP_AFTER_S))
        self.stop_button.setText(self.tr("Search on") if m.stopped else self.tr("Stop"))
        self.stop_button.setAccessibleName(
            self.tr("Search older history") if m.stopped else self.tr("Stop searching the history"))
        self.count.setText(self.count_text())

    def count_text(self) -> str:
        """The count line's words: how many entries, or how far the search got (numbers the locale's way)."""
        m = self.model
        n, total = len(m.rows), m.total
        if m.error:
            return self.tr("The history could not be searched: %1").replace("%1", m.error)
        en_total = f"{total:,} change{'' if total == 1 else 's'}"
        if m.searching is not None:
            if n:
                text = numerus(self.tr("Searching… checked %1 of %Ln changes; %2 found so far", "", total),
                               "Searching… checked %1 of %Ln changes; %2 found so far", total,
                               f"Searching… checked %1 of {en_total}; %2 found so far")
            else:
                text = numerus(self.tr("Searching… checked %1 of %Ln changes", "", total),
                               "Searching… checked %1 of %Ln changes", total, f"Searching… checked %1 of {en_total}")
            return text.replace("%1", shown_number(m.checked)).replace("%2", shown_number(n))
        if m.stopped:
            return numerus(self.tr("Stopped after checking %1 of %Ln changes; %2 found.", "", total),
                           "Stopped after checking %1 of %Ln changes; %2 found.", total,
                           f"Stopped after checking %1 of {en_total}; %2 found.").replace(
                "%1", shown_number(m.checked)).replace("%2", shown_number(n))
        if n == 0 and m.next_after is None:
            return self.tr("No changes match.")
        matching = not m.filter.is_empty()
        which = "matching " if matching else ""
        if m.exact is None:
            most = m.at_least
            text = numerus(self.tr("%1 of ≥ %Ln matching changes shown (counting…)", "", most),
                           "%1 of ≥ %Ln matching changes shown (counting…)", most,
                           f"%1 of ≥ {most:,} matching changes shown (counting…)") if matching else numerus(
                self.tr("%1 of ≥ %Ln changes shown (counting…)", "", most),
                "%1 of ≥ %Ln changes shown (counting…)", most, f"%1 of ≥ {most:,} changes shown (counting…)")
        elif m.exact > n:
            most = m.exact
            text = numerus(self.tr("%1 of %Ln matching changes shown", "", most), "%1 of %Ln matching changes shown",
                           most, f"%1 of {most:,} matching changes shown") if matching else numerus(
                self.tr("%1 of %Ln changes shown", "", most), "%1 of %Ln changes shown", most,
                f"%1 of {most:,} changes shown")
        else:
            return numerus(self.tr("%Ln matching changes", "", n), "%Ln matching changes", n,
                           f"{n:,} {which}change{'' if n == 1 else 's'}") if matching else numerus(
                self.tr("%Ln changes", "", n), "%Ln changes", n, f"{n:,} change{'' if n == 1 else 's'}")
        text = text.replace("%1", shown_number(n))
        return self.tr("%1; scroll for older ones").replace("%1", text) if m.next_after is not None else text

    def _stop_or_go_on(self) -> None:
        if self.model.stopped:
            self.model.search_on()
        else:
            self.model.stop()

    def _tracker_replaced(self) -> None:
        """Another file (or a restored backup) is open: its filters, its people, its history."""
        self.person.clear()
        self.fill_filters()
        self._read_people_in_background()
        self.model.set_filter(self.current_filter())

    def _read_people_in_background(self) -> None:
        """Read the people named in the history on a worker, so the person filter is ready when first used.

        Reading them takes longer than a frame on a long history; until they are in (or for an in-memory
        tracker, which a thread cannot share), the filter reads them itself when first used.
        """
        self.person.filled = False
        t = self.ctx.tracker
        if t.path is None:
            return
        box: queue.SimpleQueue[list[str] | None] = queue.SimpleQueue()
        self._people_box = box
        threading.Thread(target=_read_people, args=(t.path, t.user, box), name="history people", daemon=True).start()
        self._people_timer.start()

    def _take_people(self) -> None:
        try:
            found = self._people_box.get_nowait()
        except queue.Empty:
            return
        self._people_timer.stop()
        if found is not None and not self.person.filled:
            self.fill_people(found)

    # -- changes -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.codebook:
            self.fill_filters()
        if change.operation == "refresh":  # F5: read everything again
            self.model.reload()
            return
        user = self.ctx.tracker.user
        if self.person.findData(user) < 0:  # a new name (Preferences): listed at once, in its place
            names = [self.person.itemText(i) for i in range(1, self.person.count())]
            self.person.insertItem(1 + sum(n.casefold() < user.casefold() for n in names), user, user)
        self.model.add_newer()

    # -- opening an entry ------------------------------------------------------------
    def selected_row(self) -> HistoryRow | None:
        index = self.table.currentIndex()
        row = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        return row if isinstance(row, HistoryRow) else None

    def _open(self, index: QModelIndex) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(row, HistoryRow):
            return
        review = row.kind == "review" and row.table_name in ("proposals", "assessments")  # an approval's uid is its own
        if row.table_name == "evidence":
            self.evidence_requested.emit(row.row_key)
        elif review and self.isSignalConnected(QMetaMethod.fromSignal(self.proposal_requested)):
            self.proposal_requested.emit(row.row_key)
        elif row.table_name in ("assessments", "proposals") and row.country and row.recommendation:
            self.cell_requested.emit(row.country, row.recommendation)

    # -- export ----------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        """Write the entries the filters select (the newest :data:`EXPORT_CAP`) as CSV or JSON.

        On the export worker, as every export: its own read connection, a progress dialog with Cancel,
        and a temporary file renamed into place only when complete.
        """
        suggested = str(save_folder(self.ctx.settings) / f"history.{fmt}")
        filters = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("JSON files (*.json)")
        path_text = self.ctx.prompts.save_file(self, self.tr("Export history shown"), suggested, filters)
        if not path_text:
            return None
        remember_save_folder(self.ctx.settings, path_text)
        chosen, bom, found = self.model.filter, self.ctx.prefs.csv_bom, {"written": 0, "capped": False}

        def job(t: Any, progress: Any, cancelled: Any, path: str) -> str:
            rows: list[HistoryRow] = []
            after: int | None = None
            while len(rows) < EXPORT_CAP and not cancelled():
                page, after = history_page(t, chosen, after, 1000)
                rows.extend(page)
                progress(len(rows))
                if after is None:
                    break
            found["capped"] = after is not None and len(rows) >= EXPORT_CAP
            rows = rows[:EXPORT_CAP]
            found["written"] = len(rows)
            table = Table("history", list(EXPORT_COLUMNS), [
                {"history_id": r.uid, "at": r.at, "user": r.user, "kind": r.kind, "record": r.record,
                 "changes": r.changes, "table_name": r.table_name, "row_key": r.row_key} for r in rows])
            with open(path, "wb") as out:
                if fmt == "csv":
                    write_csv(table, out, bom=bom)
                else:
                    write_json(table, out)
            return "{target}"

        try:
            run_in_background(self, self.ctx.tracker, write_to(path_text, job), title=self.tr("Export history"),
                              what=self.tr("Reading the history"))
        except Cancelled:
            self.ctx.bus.message.emit(self.tr("Export cancelled; nothing was written."), 8000)
            return None
        except Exception as exc:  # noqa: BLE001 - one sentence, whatever went wrong
            self.ctx.prompts.error(self, self.tr("Export history"), failure_sentence(path_text, exc))
            return None
        path = Path(path_text)
        written = int(found["written"])
        text = numerus(self.tr("Wrote %Ln changes to %1.", "", written), "Wrote %Ln changes to %1.", written,
                       f"Wrote {written:,} change{'s' if written != 1 else ''} to %1.").replace("%1", path.name)
        if found["capped"]:
            text += self.tr(" Only the newest %1 were written; narrow the filters for the rest.").replace(
                "%1", shown_number(EXPORT_CAP))
        self.ctx.prompts.info(self, self.tr("Export history"), text)
        return path


__all__ = ["EXPORT_CAP", "HistoryModel", "HistoryView"]
