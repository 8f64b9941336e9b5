"""Long work (exports, reports) on a worker thread, with a progress dialog and Cancel.

The window stays alive while a big file is written: it repaints, the dialog
counts the rows, and Cancel stops the work at the next chunk.  The work gets
its own read-only connection (an SQLite connection belongs to the thread that
opened it); an in-memory tracker cannot be shared with a thread, so its work
runs where it is (tests and embedded use only).

The import wizard has a worker of the same shape (``tracker.ui.import_wizard.Worker``);
it predates this module and keeps its own for now.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from db import Tracker

from .context import number
from .language import untranslated

#: ``job(tracker, progress, cancelled)``: ``progress(done)`` says how far it got; ``cancelled()`` asks whether to stop.
Job = Callable[[Tracker, Callable[[int], None], Callable[[], bool]], Any]

#: Progress is passed on to the dialog at most this often (a big export has thousands of chunks).
PROGRESS_INTERVAL_S = 0.1


class Cancelled(Exception):
    """The person pressed Cancel: the work stopped and left nothing behind."""


class BackgroundTask(QThread):
    """Runs one job on its own thread and connection; reports progress, then the outcome or the error."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, tracker: Tracker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.tracker = tracker
        self.stop = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        self.stop.set()

    def _progress(self, done: int) -> None:
        """Pass progress on (throttled); stop the job here once Cancel was pressed."""
        if self.stop.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self.progressed.emit(done)

    def run(self) -> None:
        own: Tracker | None = None
        try:
            t = self.tracker
            if t.path is not None and self.isRunning():  # on its own thread: its own connection
                own = Tracker.open(t.path, user=t.user, read_only=True)
                t = own
            outcome = self.job(t, self._progress, self.stop.is_set)
            if self.stop.is_set():
                raise Cancelled()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the person as a sentence
            self.failed.emit(exc)
        else:
            self.succeeded.emit(outcome)
        finally:
            if own is not None:
                own.close()


class FileWork(QThread):
    """Runs ``work()`` (files only, no open tracker: building a joined copy) on its own thread, so the window
    keeps painting; then says how it went."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work

    def run(self) -> None:
        try:
            outcome = self.work()
        except Exception as exc:  # noqa: BLE001 - every failure reaches the person as a sentence
            self.failed.emit(exc)
        else:
            self.succeeded.emit(outcome)


class ProgressDialog(QProgressDialog):
    """A window-modal progress dialog: rows written (and the percentage when the total is known), and Cancel."""

    def __init__(self, title: str, what: str, total: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("%1 progress").replace("%1", title))
        self.what = what
        self.total = total
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        self.setCancelButtonText(self.tr("Cancel"))
        if total:
            self.setRange(0, total)
        else:
            self.setRange(0, 0)  # a busy bar: how far along is not known
        self.setValue(0)
        self.setLabelText(f"{what}…")
        for bar in self.findChildren(QProgressBar):
            bar.setAccessibleName(self.tr("Rows written") if total else self.tr("Working"))

    def show_progress(self, done: int) -> None:
        if self.wasCanceled():
            return
        if self.total:
            self.setValue(min(done, self.total))
            percent = 100 * done // self.total
            source = "%1… %2 of %Ln rows (%3%)"
            text = self.tr("%1… %2 of %Ln rows (%3%)", "", self.total)
            if untranslated(text, source, self.total):
                text = f"{self.what}… {done:,} of {self.total:,} rows ({percent}%)"
            else:
                text = text.replace("%1", self.what).replace("%2", number(done)).replace("%3", str(percent))
            self.setLabelText(text)
        else:
            text = self.tr("%1… %Ln rows written", "", done)
            if untranslated(text, "%1… %Ln rows written", done):
                text = f"{self.what}… {done:,} rows written"
            self.setLabelText(text.replace("%1", self.what))


def run_in_background(
    parent: QWidget, tracker: Tracker, job: Job, *, title: str, what: str, total: int | None = None,
    started: Callable[[BackgroundTask], None] | None = None,
) -> Any:
    """Run ``job`` on a worker thread behind a progress dialog; return its outcome.

    The window keeps painting meanwhile (a local event loop runs until the job
    ends) but takes no input: the dialog is window-modal, so nothing can edit
    the tracker or close the window under the job.  Raises :class:`Cancelled`
    when Cancel was pressed, or the job's own exception when it failed.
    """
    task = BackgroundTask(job, tracker, parent)
    dialog = ProgressDialog(title, what, total, parent)
    outcome: list[Any] = []
    error: list[BaseException] = []
    loop = QEventLoop()
    task.progressed.connect(dialog.show_progress)
    task.succeeded.connect(outcome.append)
    task.failed.connect(error.append)
    task.finished.connect(loop.quit)

    def cancel() -> None:
        task.cancel()
        dialog.setLabelText(QCoreApplication.translate("ProgressDialog", "Cancelling…"))

    dialog.canceled.connect(cancel)
    dialog.show()
    if started is not None:
        started(task)
    try:
        if tracker.path is None:  # an in-memory tracker cannot be shared with a thread
            task.run()
        else:
            task.start()
            loop.exec()
            task.wait()
    finally:
        dialog.close()
        dialog.deleteLater()
        task.deleteLater()
    if error:
        raise error[0]
    return outcome[0] if outcome else None


def temporary_sibling(target: Path) -> Path:
    """A new, empty, hidden file next to ``target`` (same folder, so it can be renamed into place)."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    return Path(tmp)


__all__ = ["BackgroundTask", "Cancelled", "Job", "ProgressDialog", "run_in_background", "temporary_sibling"]
