"""The one context object the app's widgets share (no module-level globals).

It holds the open tracker, the person's preferences, the QSettings for
window state, the prompts seam and the undo stack, and a signal bus that
tells views what an edit changed so each refreshes only that.  Every edit
goes through :meth:`AppContext.run`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from db import Tracker, TrackerError, ValidationError
from db.ops import Change

from ..matrix_state import MatrixState, ViewKey
from ..preferences import Preferences
from .prompts import Prompts

if TYPE_CHECKING:
    from .commands import TrackerCommand


class ChangeBus(QObject):
    """Tells every view what changed; each view subscribes itself."""

    changed = Signal(object)  # a db.ops.Change: the cells, evidence, assessments or codebook an edit touched
    tracker_replaced = Signal()  # another tracker file was opened: everything is new
    view_changed = Signal()  # as-of date, group filter, comparison date or review interval changed


@dataclass
class ViewState:
    """What the user is looking at: shared by the matrix, details and status bar."""

    as_of: str | None = None  # None: today
    group: str | None = None
    compare_from: str | None = None  # highlight changes since this date


@dataclass
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
            self._state = MatrixState(self.tracker, key)
        else:
            self._state.configure(self.tracker, key)
        return self._state

    def view_key(self) -> ViewKey:
        return ViewKey(self.as_of(), self.view.group, self.review_interval(), self.view.compare_from)

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
        field), any other tracker or database error as one sentence, so a form
        can stay open and show it.
        """
        try:
            change = command.first_run()
        except ValidationError:
            raise
        except TrackerError as exc:
            raise ValidationError("", _sentence(str(exc))) from exc
        except sqlite3.Error as exc:
            raise ValidationError("", _sentence(f"The tracker could not be changed: {exc}")) from exc
        self.undo_stack.push(command)  # calls redo(), which skips the run just done
        self.bus.changed.emit(change)
        return change


def _sentence(message: str) -> str:
    message = " ".join(message.split())
    return message if message.endswith((".", "?", "!", ")")) else message + "."
