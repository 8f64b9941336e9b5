"""The one context object the app's widgets share (no module-level globals).

It holds the open tracker, the person's preferences, the QSettings for
window state, the prompts seam and the undo stack, and a signal bus that
tells views what an edit changed so each refreshes only that.  Every edit
goes through :meth:`AppContext.run`, every undo and redo through
:meth:`AppContext.undo` and :meth:`AppContext.redo`, and each of them writes
through :meth:`AppContext.write`: the one place that waits for another
program's write lock (without freezing the window) and turns any database
failure into one sentence.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QUndoStack

from db import Tracker, TrackerError, ValidationError
from db.connection import BUSY_MESSAGE, is_busy
from db.core import BUSY_TIMEOUT_MS
from db.messages import message_in, message_of
from db.ops import Change
from db.records import record

from ..matrix_state import MatrixState, ViewKey
from ..preferences import Preferences
from .language import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # also for the modules importing it from here
from .language import interface_language
from .prompts import Prompts

if TYPE_CHECKING:
    from .commands import TrackerCommand

T = TypeVar("T")


#: While another program holds the write lock, the window tries again for this long in all.
RETRY_FOR_MS = BUSY_TIMEOUT_MS
#: How long SQLite itself waits for the lock on each try: the longest the window stops responding.
TRY_WAIT_MS = 100
#: The pause between tries, during which the window repaints (typing and clicks wait until the end).
RETRY_PAUSE_MS = 150
#: What the status bar says while the window waits for the lock.
BUSY_NOTE = QT_TRANSLATE_NOOP("AppContext", "Another program is writing to this tracker; trying again…")
#: What a form says when a save still failed: what was typed stays in the form.
SAVE_FAILED = QT_TRANSLATE_NOOP("AppContext", "Could not save; your entries are kept. Try again.")


def translated(text: str) -> str:
    """``text`` (marked ``QT_TRANSLATE_NOOP("AppContext", ...)``) in the interface's language."""
    return QCoreApplication.translate("AppContext", text)


def in_language(text: object) -> str:
    """A sentence from db/ (a :class:`db.messages.Message`, or an error raised with one) in the interface's
    language; any other text as it is."""
    if isinstance(text, BaseException):
        text = message_of(text)
    return message_in(text, QCoreApplication.translate)


def number(n: int) -> str:
    """``n`` written the interface language's way (English as always: 1,234)."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return f"{n:,}"
    return locale.toString(n)


def could_not(verb: str, name: str) -> str:
    """'Could not undo “Set status”; nothing changed. Try again.' (``verb``: "undo" or "redo")."""
    if verb == "undo":
        text = QCoreApplication.translate("AppContext", "Could not undo “%1”; nothing changed. Try again.")
    else:
        text = QCoreApplication.translate("AppContext", "Could not redo “%1”; nothing changed. Try again.")
    return text.replace("%1", name)


def cannot(verb: str) -> str:
    """The title of the box that says an undo (``verb`` "undo") or a redo failed."""
    if verb == "undo":
        return QCoreApplication.translate("AppContext", "Cannot undo")
    return QCoreApplication.translate("AppContext", "Cannot redo")


class WriteFailed(ValidationError):
    """A write that failed for a reason outside the edit (lock, disk): nothing changed; trying again may work."""

    def __init__(self, message: str) -> None:
        super().__init__("", message)


class ChangeBus(QObject):
    """Tells every view what changed; each view subscribes itself."""

    changed = Signal(object)  # a db.ops.Change: the cells, evidence, assessments or codebook an edit touched
    tracker_replaced = Signal()  # another tracker file was opened: everything is new
    view_changed = Signal()  # as-of date, group filter, comparison date or review interval changed
    message = Signal(str, int)  # a note for the status bar and how long to show it (ms; 0 until replaced, "" clears)


@record
class ViewState:
    """What the user is looking at: shared by the matrix, details and status bar."""

    as_of: str | None = None  # None: today
    group: str | None = None
    compare_from: str | None = None  # highlight changes since this date
    include_proposed: bool = False  # scores and ranks count pending proposals (the toolbar's "Include proposed")


@record
class AppContext:
    tracker: Tracker
    prefs: Preferences
    settings: QSettings
    prompts: Prompts
    undo_stack: QUndoStack
    bus: ChangeBus
    view: ViewState = field(default_factory=ViewState)
    _state: MatrixState | None = field(default=None, init=False, repr=False)

    @property
    def state(self) -> MatrixState:
        """The one shared cache of statuses, scores and ranks, for the view in force.

        The matrix, the scorecards and the details dock all read it, so the
        tracker is computed once, not once per view.  It is created on first use
        and recomputed only when the tracker or the view (as-of date, group,
        review interval, comparison date) differs from what it holds.
        """
        key = self.view_key()
        if self._state is None:
            # The window shows a country's evidence counts only in its matrix row: read when the row is shown.
            self._state = MatrixState(self.tracker, key, counts_when_shown=True)
        else:
            self._state.configure(self.tracker, key)
        return self._state

    def view_key(self) -> ViewKey:
        return ViewKey(self.as_of(), self.view.group, self.review_interval(), self.view.compare_from,
                       self.view.include_proposed, self.language)

    @property
    def language(self) -> str:
        """The interface's language ("en", "be", ...): the codebook's texts and country names are shown in it."""
        return interface_language()

    def as_of(self) -> str:
        """The as-of date in force (today when none is chosen)."""
        return self.view.as_of or self.tracker.today()

    def review_interval(self) -> int:
        """Your preference when set, else the tracker's own interval."""
        if self.prefs.review_interval_days:
            return self.prefs.review_interval_days
        return int(self.tracker.meta("review_interval_days", "180") or 180)

    def run(self, command: TrackerCommand) -> Change:
        """Execute an edit: the one place that runs a command, puts it on the undo stack and announces its Change.

        A refusal raises :class:`db.ValidationError` and leaves nothing on the
        stack: the engine's own validation errors as they are (they name the
        field), any other tracker or database error as one sentence
        (:class:`WriteFailed` when trying again may work), so a form can stay
        open with what was typed and show it.  An edit that changed nothing
        (an empty Change: archiving what another program archived already) is
        not put on the stack, so its undo cannot "restore" anything; the
        status bar says so.
        """
        try:
            change = self.write(command.first_run, failed=command.failed_message())
        except ValidationError as exc:
            exc.message = in_language(exc.message)  # shown under its field or in a prompt, in the interface's language
            exc.args = (exc.message,)
            raise
        except TrackerError as exc:
            raise ValidationError("", _sentence(in_language(exc))) from exc
        if change.is_empty():
            said = QCoreApplication.translate("AppContext", "Nothing to change: %1")
            self.bus.message.emit(said.replace("%1", command.nothing_to_change()), 8000)
            return change
        self.undo_stack.push(command)  # calls redo(), which skips the run just done
        self.bus.changed.emit(change)
        return change

    def write(self, step: Callable[[], T], *, failed: str = SAVE_FAILED) -> T:
        """Run ``step`` (one or more transactions); wait for another program's lock without freezing the window.

        Each try lets SQLite wait only :data:`TRY_WAIT_MS` for the lock; between
        tries the window repaints and the status bar says
        :data:`BUSY_NOTE`.  After :data:`RETRY_FOR_MS` it gives up with
        :class:`WriteFailed` (``failed``).  Any other database error (disk full,
        read-only folder, damaged file) is :class:`WriteFailed` with its reason
        in one sentence.  A failed try has written nothing (each edit is one
        transaction, rolled back on failure), so trying again is safe.
        """
        deadline = time.monotonic() + RETRY_FOR_MS / 1000
        waited = False
        try:
            while True:
                try:
                    with self.tracker.busy_wait(TRY_WAIT_MS):
                        return step()
                except (sqlite3.Error, TrackerError) as exc:
                    if not is_busy(exc):
                        if isinstance(exc, sqlite3.Error) and not isinstance(exc, TrackerError):
                            raise WriteFailed(failure_sentence(exc)) from exc
                        raise
                    if time.monotonic() >= deadline:
                        raise WriteFailed(translated(failed) if failed == SAVE_FAILED else failed) from exc
                if not waited:
                    waited = True
                    self.bus.message.emit(translated(BUSY_NOTE), 0)
                _pause(RETRY_PAUSE_MS)
        finally:
            if waited:
                self.bus.message.emit("", 0)

    def undo(self) -> bool:
        """Undo the last edit; when the database refuses, the stack stays where it was and the user is told why."""
        stack = self.undo_stack
        if not stack.canUndo():
            return False
        return self._move(_command(stack, stack.index() - 1), "undo")

    def redo(self) -> bool:
        """Redo the next edit; as :meth:`undo`, the stack moves only when the database did."""
        stack = self.undo_stack
        if not stack.canRedo():
            return False
        return self._move(_command(stack, stack.index()), "redo")

    def _move(self, command: TrackerCommand, verb: str) -> bool:
        """Write first, then move the stack: QUndoStack itself has no way for a step to fail."""
        step = command.revert if verb == "undo" else command.do
        title = cannot(verb)
        move = self.undo_stack.undo if verb == "undo" else self.undo_stack.redo
        elsewhere = getattr(command, "changed_elsewhere", "")  # set by tracker/ui/watcher.py
        if elsewhere:  # another program changed its record since: running it would overwrite their work
            text = _sentence(f"{command.text()}: {elsewhere}")
            command.setObsolete(True)
            move()  # leaves the stack as a step whose data moved on (below); nothing is written
            self.prompts.error(None, title, text)
            return False
        try:
            change = self.write(step, failed=could_not(verb, command.text()))
        except WriteFailed as exc:
            self.prompts.error(None, title, exc.message)
            return False
        except TrackerError as exc:
            # The data moved on (another program edited or removed it): this step
            # can no longer be applied, so it leaves the stack; the database is untouched.
            command.setObsolete(True)
            move()
            self.prompts.error(None, title, _sentence(f"{command.text()}: {in_language(exc)}"))
            return False
        command.skip_next_step()
        move()
        self.bus.changed.emit(change)
        return True


def _command(stack: QUndoStack, index: int) -> TrackerCommand:
    return cast("TrackerCommand", stack.command(index))  # only ctx.run pushes, and only TrackerCommands


def _pause(ms: int) -> None:
    """Let the window repaint for ``ms`` without taking typing or clicks (they wait in the queue)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


#: SQLite's primary result codes a user can do something about, and what to tell them.
_REASONS = {
    8: QT_TRANSLATE_NOOP("AppContext", "the tracker file or its folder is read-only"),  # SQLITE_READONLY
    10: QT_TRANSLATE_NOOP("AppContext", "the disk could not be written to"),  # SQLITE_IOERR
    11: QT_TRANSLATE_NOOP("AppContext", "the tracker file is damaged (File › Check and repair tracker… can say more)"),
    13: QT_TRANSLATE_NOOP("AppContext", "the disk is full"),  # SQLITE_FULL
    14: QT_TRANSLATE_NOOP("AppContext", "the tracker file could not be opened"),  # SQLITE_CANTOPEN
    26: QT_TRANSLATE_NOOP("AppContext", "the tracker file is damaged (File › Check and repair tracker… can say more)"),
}  # 11: SQLITE_CORRUPT, 26: SQLITE_NOTADB


def _reason(exc: BaseException) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    reason = _REASONS.get(code & 0xFF) if isinstance(code, int) else None
    if reason is None:
        return " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    return translated(reason)


def failure_sentence(exc: BaseException) -> str:
    """One sentence for a database failure: what happened and that what was typed is kept."""
    return QCoreApplication.translate("AppContext", "Could not save: %1; your entries are kept.").replace(
        "%1", _reason(exc))


def _sentence(message: str) -> str:
    message = " ".join(message.split())
    return message if message.endswith((".", "?", "!", ")")) else message + "."


#: The file in the app's data folder where unexpected errors' tracebacks go.
ERROR_LOG = "errors.log"


class LastResort(QObject):
    """The handler for exceptions nothing else caught (in a Qt slot, on a worker thread).

    Without it such an error only reaches the terminal, which a desktop user
    never sees, and the app carries on as if the action had worked.  It
    writes the traceback to :data:`ERROR_LOG` in the app's data folder and
    shows one sentence through the prompts seam (on the GUI thread, whichever
    thread failed).
    """

    report = Signal(str)

    def __init__(self, prompts: Prompts, folder: Path) -> None:
        super().__init__()
        self.prompts = prompts
        self.log = folder / ERROR_LOG
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logged = self._write_log(kind, value, tb)
        self.report.emit(error_sentence(value, self.log if logged else None))

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _write_log(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> bool:
        try:
            self.log.parent.mkdir(parents=True, exist_ok=True)
            with self.log.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
                fh.write("".join(traceback.format_exception(kind, value, tb)))
        except OSError:
            traceback.print_exception(kind, value, tb)  # nowhere to keep it: the terminal, as before
            return False
        return True

    def _show(self, sentence: str) -> None:
        self.prompts.error(None, self.tr("Something went wrong"), sentence)


def error_sentence(exc: BaseException, log: Path | None = None) -> str:
    """One sentence for an error nothing else caught: what went wrong, and where the details are."""
    details = ""
    if log is not None:
        details = QCoreApplication.translate("AppContext", " Details were saved to %1.").replace("%1", str(log))
    if isinstance(exc, TrackerError):
        return _sentence(in_language(exc)) + details
    if isinstance(exc, sqlite3.Error):
        if is_busy(exc):
            return _sentence(in_language(BUSY_MESSAGE)) + details
        said = QCoreApplication.translate("AppContext",
                                          "The tracker could not be read or changed: %1; your entries are kept.")
        return said.replace("%1", _reason(exc)) + details
    text = " ".join(str(exc).split()).rstrip(".")
    what = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    said = QCoreApplication.translate(
        "AppContext", "Something unexpected went wrong (%1); what you were doing may not have finished.")
    return said.replace("%1", what) + details


def install_last_resort(prompts: Prompts, folder: Path | None = None) -> LastResort:
    """Route uncaught exceptions (main thread, Qt slots, worker threads) to a :class:`LastResort`."""
    if folder is None:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    handler = LastResort(prompts, folder)
    sys.excepthook = handler.handle
    threading.excepthook = handler.handle_thread
    return handler
