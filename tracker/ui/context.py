"""The one context object the app's widgets share (no module-level globals).

It holds the open tracker, the person's preferences, the QSettings for
window state, the prompts seam and the undo stack, and a signal bus that
tells views what an edit changed so they refresh only that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from db import Tracker

from ..preferences import Preferences
from .prompts import Prompts


class ChangeBus(QObject):
    """Tells every view what changed."""

    changed = Signal(object)  # a db.ops.Change
    tracker_replaced = Signal()  # another tracker file was opened
    view_changed = Signal()  # as-of date, group filter or comparison changed


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

    def as_of(self) -> str:
        """The as-of date in force (today when none is chosen)."""
        return self.view.as_of or self.tracker.today()

    def review_interval(self) -> int:
        """Your preference when set, else the tracker's own interval."""
        if self.prefs.review_interval_days:
            return self.prefs.review_interval_days
        return int(self.tracker.meta("review_interval_days", "180") or 180)
