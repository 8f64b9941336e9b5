"""Keeps the window current while other programs write to its tracker.

Another window, the command line or a sync can change the file the window
shows; nothing tells the window.  :class:`TrackerWatcher` asks SQLite, twice a
second while the app is in front (every two seconds while it is not, and at
once when it comes back), whether another connection committed
(``PRAGMA data_version``: a few microseconds, no query of the tables).  When
one did, it reads what the history recorded since the last entry the window
has seen (:func:`db.changes.changes_since`) and announces that as one Change on
``ctx.bus.changed``: every view refreshes only what it names, exactly as after
the window's own edits, so the selection, the scroll position and any open
form stay as they are.  The status bar says who changed what
("Updated: 3 changes by Olga"), a form open on a changed record says so
without touching what was typed, and an undo step whose record another program
changed since is marked so that undoing it is refused instead of overwriting
their work (``changed_elsewhere``, checked by :meth:`AppContext._move`).
A file a sync replaced (another inode at the path) is closed and opened again.

The window's own edits do not come back as "changes by others": SQLite does
not count a connection's own commits in its ``data_version``, and after each
of the window's own Changes the watcher moves its last-seen history id past
them.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from db import Tracker, TrackerError
from db.changes import ExternalChange, changes_since, data_version, last_history_id
from db.ops import Change

from .context import AppContext
from .details import UID_ROLE, DetailsDock
from .language import untranslated
from .status_bar import plural

#: How often the file is asked whether another program committed, while the app is in front / behind.
ACTIVE_INTERVAL_MS = 500
IDLE_INTERVAL_MS = 2000
#: At most this share of the time goes to refreshing for others' changes: after a refresh that took
#: 100 ms (a whole large tracker reloaded), the next look waits 400 ms more than usual.
REFRESH_SHARE = 0.2
#: How long the status bar shows "Updated: … by …".
MESSAGE_MS = 8000
#: The object name of the note a form gets when its record changed elsewhere (tests find it by it).
NOTE_NAME = "changedElsewhereNote"


class TrackerWatcher(QObject):
    """Polls the open tracker for other programs' commits and announces what they changed."""

    updated = Signal(object)  # the ExternalChange just announced on the bus

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *,
        reopen: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reopen = reopen  # opens the file again when a sync replaced it (FileCommands.open_tracker)
        self.announced = 0  # how many external Changes were announced (tests count refreshes with it)
        self._tracker: Tracker | None = None
        self._version: int | None = None
        self._last_id = 0
        self._own_pending = False  # the window wrote while the file could not be asked: catch up at the next look
        self._identity: tuple[int, int] | None = None
        # Records the window itself changed since the last look, when another program wrote too: the next
        # poll reads their entries along with the others', but they are no reason to refuse an undo.
        self._own_records: set[str] = set()
        self._announcing = False
        self._failing = False
        self._interval = ACTIVE_INTERVAL_MS
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self.start_over()
        ctx.bus.changed.connect(self._own_change)
        ctx.bus.tracker_replaced.connect(self.start_over)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
            self._application_state(app.applicationState())
        else:
            self._timer.start(ACTIVE_INTERVAL_MS)

    @property
    def interval(self) -> int:
        """Milliseconds until the next look (longer after a slow refresh, and while the app is behind)."""
        return self._timer.interval()

    # -- where the window is ------------------------------------------------------
    def start_over(self) -> None:
        """Watch the tracker now open from what it holds now (a file was opened: everything was read)."""
        t = self._tracker = self.ctx.tracker
        self._identity = file_identity(t.path)
        self._own_pending = False
        self._own_records = set()
        try:
            # The version first: a commit between the two reads is then seen again, never missed.
            self._version = data_version(t)
            self._last_id = last_history_id(t)
        except (sqlite3.Error, TrackerError) as exc:
            self._version, self._last_id = None, 0
            self._failed(exc)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        active = state == Qt.ApplicationState.ApplicationActive
        self._interval = ACTIVE_INTERVAL_MS if active else IDLE_INTERVAL_MS
        self._timer.start(self._interval)
        if active:
            QTimer.singleShot(0, self, self.poll)  # back in front: current at once, not half a second later

    def _own_change(self, change: Change) -> None:
        """After the window's own edit: its history entries are not news (unless someone else wrote too)."""
        if self._announcing or self.ctx.tracker is not self._tracker:
            return
        t = self.ctx.tracker
        try:
            version = data_version(t)
            if version is not None and (version == self._version or change.codebook):
                # No other connection committed since the last look, so every newer entry is ours;
                # or the views are re-reading everything now anyway.
                self._version = version
                self._last_id = last_history_id(t)
                return
        except (sqlite3.Error, TrackerError) as exc:
            self._failed(exc)
            return
        if version is None:
            self._own_pending = True  # the file is locked just now: which entries are ours is settled later
        self._own_records |= change.evidence | change.assessments
        QTimer.singleShot(0, self, self.poll)  # another program wrote too: read it all, ours included

    # -- the poll ------------------------------------------------------------------------
    def poll(self) -> ExternalChange | None:
        """Announce what other programs committed since the last look; None when nothing."""
        if self._announcing:
            return None
        t = self.ctx.tracker
        if t is not self._tracker:
            self.start_over()
            return None
        if t.path is None:
            return None  # in memory: no other program can reach it
        identity = file_identity(t.path)
        if identity != self._identity:
            self._file_replaced(t.path, identity)
            return None
        try:
            version = data_version(t)
            if version is None:
                return None
            if version == self._version:
                if self._timer.interval() != self._interval:
                    self._timer.setInterval(self._interval)  # quiet again: back to the usual pace
                if self._own_pending:  # nobody else committed: the entries since are the window's own
                    self._last_id, self._own_pending = last_history_id(t), False
                    self._own_records.clear()
                return None
            change, last = changes_since(t, self._last_id)
        except sqlite3.ProgrammingError:
            return None  # the tracker is closed: the window is going away, or a file is being opened in its place
        except (sqlite3.Error, TrackerError) as exc:
            self._failed(exc)
            return None
        self._failing = False
        self._version, self._last_id, self._own_pending = version, last, False
        own, self._own_records = self._own_records, set()
        if not (change.entries or change.codebook):
            return None  # a commit without history (a checkpoint, a vacuum): nothing the views show changed
        started = time.perf_counter()
        self.announce(change, own)
        # A program writing all the time must not keep the window busy refreshing: the slower the
        # refresh (a whole large tracker), the longer until the next look.
        spent_ms = (time.perf_counter() - started) * 1000
        self._timer.setInterval(max(self._interval, round(spent_ms * (1 - REFRESH_SHARE) / REFRESH_SHARE)))
        return change

    def announce(self, change: ExternalChange, own: set[str] | frozenset[str] = frozenset()) -> None:
        """Refresh every view from ``change``, then tell the person and mark what it affects."""
        keep = [_keep_evidence_choice(dock) for dock in self._docks()]
        self._announcing = True
        try:
            self.ctx.bus.changed.emit(change)
        finally:
            self._announcing = False
        for put_back in keep:
            put_back()
        self.announced += 1
        self._mark_undo_steps(change, own)
        self._note_open_forms(change)
        self.ctx.bus.message.emit(summary(change), MESSAGE_MS)
        self.updated.emit(change)

    def _file_replaced(self, path: Path, identity: tuple[int, int] | None) -> None:
        """Another program put a new file where the tracker was (a sync does): show the new one.

        The window's connection still reads the old file, which no longer has
        a name.  It is closed first, so that its write-ahead log (``-wal``
        beside the file, named after the path, not the file) is folded into
        the old file and removed before the new file is opened with the same
        names; then the path is opened again (the undo steps go: they were
        made on the old file).  A file gone from its folder is said once; if
        it comes back, it is opened.
        """
        self._identity = identity
        if identity is None:
            self.ctx.bus.message.emit(
                self.tr("The tracker file is no longer at %1; edits made now may not be saved there.").replace(
                    "%1", str(path)), 0)
            return
        if self.reopen is None:
            self.ctx.bus.message.emit(
                self.tr("Another program replaced %1: open it again to see the new file.").replace("%1", path.name), 0)
            return
        old = self.ctx.tracker
        old.close()
        self.reopen(path)  # on failure it says why (and the window is left on the closed file)
        if self.ctx.tracker is not old:  # opened: every view shows the new file
            self.ctx.bus.message.emit(
                self.tr("Another program replaced %1: showing the new file.").replace("%1", path.name), MESSAGE_MS)

    def _docks(self) -> list[DetailsDock]:
        window = self.parent()
        return window.findChildren(DetailsDock) if isinstance(window, QObject) else []

    def _failed(self, exc: BaseException) -> None:
        """Say once that the file cannot be watched now (and keep trying: it may come back)."""
        if not self._failing:
            self._failing = True
            reason = " ".join(str(exc).split()).rstrip(".")
            self.ctx.bus.message.emit(
                self.tr("Cannot see changes made by other programs just now: %1.").replace("%1", reason), MESSAGE_MS)

    # -- what the change affects -----------------------------------------------------------
    def _mark_undo_steps(self, change: ExternalChange, own: set[str] | frozenset[str]) -> None:
        """An undo (or redo) step whose record another program changed since would overwrite their work:
        mark it, so that ``AppContext`` refuses it with this sentence (writing nothing) and drops it from the stack."""
        records = (change.evidence | change.assessments) - own
        if not records:
            return
        stack = self.ctx.undo_stack
        for i in range(stack.count()):
            command = stack.command(i)
            touched = records & step_records(command)
            if touched:
                who = change.authors.get(sorted(touched)[0]) or _names(change.users)
                setattr(command, "changed_elsewhere",  # noqa: B010 (read with getattr by AppContext)
                        self.tr("%1 changed this record since, so it is left as they made it").replace("%1", who))

    def _note_open_forms(self, change: ExternalChange) -> None:
        """A form open on a record another program changed says so; what was typed stays."""
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            note = _note_for(widget, change)
            if note:
                show_note(widget, note)


def _keep_evidence_choice(dock: DetailsDock) -> Callable[[], None]:
    """The dock refills its lists and selects the newest evidence; after someone else's change the
    evidence the person chose stays chosen (an action on "the selected evidence" must not move to theirs)."""
    cell = dock.cell
    item = dock.evidence.currentItem()
    uid = item.data(0, UID_ROLE) if item is not None else None

    def put_back() -> None:
        if uid is None or dock.cell != cell:
            return
        for i in range(dock.evidence.topLevelItemCount()):
            found = dock.evidence.topLevelItem(i)
            if found is not None and found.data(0, UID_ROLE) == uid:
                dock.evidence.setCurrentItem(found)
                return

    return put_back


def file_identity(path: Path | None) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode): another one when a sync replaced it."""
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def step_records(command: Any) -> set[str]:
    """The evidence and assessment uids an undo step writes (``uid``, and an added evidence's ``assessments``)."""
    uids = {getattr(command, "uid", None), *getattr(command, "assessments", ())}
    return {u for u in uids if isinstance(u, str)}


def _note_for(widget: QWidget, change: ExternalChange) -> str | None:
    from .evidence_form import EvidenceForm
    from .status_form import StatusForm

    texts = WatcherTexts()
    if isinstance(widget, EvidenceForm) and widget.evidence is not None and widget.evidence.uid in change.evidence:
        who = change.authors.get(widget.evidence.uid) or _names(change.users)
        return texts.evidence_note(who, deleted=widget.evidence.uid in change.deleted)
    if isinstance(widget, StatusForm) and (cell := (widget.country, widget.recommendation)) in change.cells:
        who = change.cell_authors.get(cell) or _names(change.users)
        return texts.cell_note(who)
    return None


def show_note(form: QWidget, text: str) -> QLabel:
    """Put ``text`` at the top of ``form`` (or replace the note already there); nothing in the form changes."""
    note = form.findChild(QLabel, NOTE_NAME)
    if note is None:
        note = QLabel(form)
        note.setObjectName(NOTE_NAME)
        note.setAccessibleName(WatcherTexts().note_name())
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setStyleSheet("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c9a227;"
                           " border-radius: 3px; padding: 4px 6px; }")
        layout = form.layout()
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(0, note)
    note.setText(text)  # the words say it, not the colour
    note.show()
    return note


class WatcherTexts(QObject):
    """The watcher's sentences in the interface's language (a QObject, so that its counts get plural forms)."""

    def summary(self, change: ExternalChange) -> str:
        if not change.entries:
            return self.tr("Updated: another program changed this tracker")
        n = change.entries
        text = self.tr("Updated: %Ln changes by %1", "", n)
        if untranslated(text, "Updated: %Ln changes by %1", n):
            text = f"Updated: {plural(n, 'change')} by %1"
        return text.replace("%1", self.names(change.users))

    def evidence_note(self, who: str, *, deleted: bool) -> str:
        if deleted:
            return self.tr("%1 deleted this evidence while you were editing it, so it cannot be saved. "
                           "What you typed is kept: copy what you need, or add it again as new evidence."
                           ).replace("%1", who)
        return self.tr("%1 changed this evidence while you were editing it. What you typed is kept: "
                       "Save replaces their version with yours, Cancel keeps theirs.").replace("%1", who)

    def cell_note(self, who: str) -> str:
        return self.tr("%1 changed this cell while you were editing. What you typed is kept: "
                       "Save records your judgement too, and the timeline shows both.").replace("%1", who)

    def note_name(self) -> str:
        return self.tr("Changed by another program")

    def names(self, users: list[str]) -> str:
        if not users:
            return self.tr("another program")
        if len(users) == 1:
            return users[0]
        if len(users) == 2:
            return self.tr("%1 and %2").replace("%1", users[0]).replace("%2", users[1])
        n = len(users) - 2
        text = self.tr("%1, %2 and %Ln others", "", n)
        if untranslated(text, "%1, %2 and %Ln others", n):
            text = f"%1, %2 and {plural(n, 'other')}"
        return text.replace("%1", users[0]).replace("%2", users[1])


def summary(change: ExternalChange) -> str:
    """'Updated: 3 changes by Olga' (who wrote most first)."""
    return WatcherTexts().summary(change)


def _names(users: list[str]) -> str:
    return WatcherTexts().names(users)


__all__ = ["ACTIVE_INTERVAL_MS", "IDLE_INTERVAL_MS", "NOTE_NAME", "REFRESH_SHARE", "TrackerWatcher", "file_identity",
           "show_note", "step_records", "summary"]
