"""Upgrading a tracker written by an older version: on a worker thread, with a dialog that says so.

A large tracker's upgrade takes minutes (rebuilding the search index of a
million records).  Run on the GUI thread, the app would look frozen with no
window at all; here :func:`db.store.upgrade` runs on a ``QThread`` while a
small modal dialog names what is happening, and the event loop keeps
running (the dialog repaints, the desktop does not call the app hung).

The upgrade is one transaction and a copy of the file as it was is kept
beside it first (see :mod:`db.store`); a failure leaves the file unchanged
and is raised as :class:`db.TrackerFileError`, one sentence for an error box.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from db import TrackerFileError
from db.store import pending_upgrade, upgrade, upgrade_copy_path

from .context import QT_TRANSLATE_NOOP

#: A fast upgrade (a small tracker) finishes before the dialog would flash up and vanish.
SHOW_AFTER_MS = 400
TITLE = QT_TRANSLATE_NOOP("UpgradeDialog", "Upgrading tracker")


class UpgradeWorker(QObject):
    """Runs :func:`db.store.upgrade` on the thread it is moved to; reports back by signal."""

    done = Signal(object)  # Path | None: where the copy of the file as it was is kept
    failed = Signal(str)  # one sentence

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    @Slot()
    def run(self) -> None:
        try:
            copy = upgrade(self.path)
        except TrackerFileError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 (anything else still ends the dialog, as one sentence)
            self.failed.emit(self.tr("%1 could not be upgraded to this version (%2); it was left as it was.")
                             .replace("%1", self.path.name).replace("%2", str(exc)))
        else:
            self.done.emit(copy)


class UpgradeDialog(QDialog):
    """"Upgrading this tracker…": a busy bar, no buttons; it closes itself when the upgrade ends."""

    def __init__(self, path: Path, copy: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("UpgradeDialog", TITLE)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.running = True
        self.copy: Path | None = None
        self.error: str | None = None
        heading = QLabel(self.tr("Upgrading this tracker to the new version… this happens once."))
        heading.setAccessibleName(self.tr("Upgrade message"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        detail = QLabel(self.tr(
            "%1 is being brought up to this version of Policy Tracker. A large tracker can take a few"
            " minutes; please leave the app open. A copy of the file as it was is kept beside it as %2."
        ).replace("%1", path.name).replace("%2", copy.name))
        detail.setWordWrap(True)
        detail.setAccessibleName(self.tr("Upgrade details"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the migrations report no steps of their own
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Upgrade progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(detail)
        layout.addWidget(self.bar)
        self.setMinimumWidth(520)

    @Slot(object)
    def succeeded(self, copy: Path | None) -> None:
        self.copy = copy
        self._end()

    @Slot(str)
    def failed(self, message: str) -> None:
        self.error = message
        self._end()

    def _end(self) -> None:
        self.running = False
        self.done(QDialog.DialogCode.Accepted if self.error is None else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        """Escape does nothing while the upgrade runs: it cannot be left half done."""
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.running:
            event.ignore()
        else:
            super().closeEvent(event)


def upgrade_with_progress(path: str | os.PathLike[str], parent: QWidget | None = None) -> Path | None:
    """Upgrade the tracker at ``path`` on a worker thread, showing :class:`UpgradeDialog` while it runs.

    Returns where the copy of the file as it was is kept (None: nothing needed
    upgrading).  Raises :class:`db.TrackerFileError` when it fails; the file is
    then unchanged.  Returns only when the worker has finished.
    """
    path = Path(path)
    if not pending_upgrade(path):
        return None
    dialog = UpgradeDialog(path, upgrade_copy_path(path), parent)
    thread = QThread()
    worker = UpgradeWorker(path)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.done.connect(dialog.succeeded)  # queued: the dialog lives on this (the GUI) thread
    worker.failed.connect(dialog.failed)
    loop = QEventLoop()
    dialog.finished.connect(loop.quit)
    show = QTimer()
    show.setSingleShot(True)
    show.timeout.connect(lambda: dialog.open() if dialog.running else None)
    show.start(SHOW_AFTER_MS)
    thread.start()
    loop.exec()
    show.stop()
    thread.quit()
    thread.wait()
    dialog.deleteLater()
    if dialog.error is not None:
        raise TrackerFileError(dialog.error)
    return dialog.copy


__all__ = ["SHOW_AFTER_MS", "UpgradeDialog", "UpgradeWorker", "upgrade_with_progress"]
