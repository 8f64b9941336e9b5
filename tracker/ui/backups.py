"""Automatic backups in the app: the daily one off the GUI thread, and File › Restore from backup….

The backups themselves (where, when, pruning, restoring) are the data
layer's (:mod:`db.backup`, :mod:`db.restore`); the app and the command line
use the same folder (:func:`backups_folder`), so either lists what the other took.

The daily backup starts once the window has been painted, on a worker
thread with its own connection, so it never delays start-up or a click; if
it fails, the status bar says why in one sentence and nothing else happens.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import Tracker, TrackerError
from db.backup import Backup, backup_counts, backup_if_due, backups_root, role

from .context import QT_TRANSLATE_NOOP, in_language, number
from .models import ListTableModel
from .prompts import name_standard_buttons

#: How the list names why a backup was taken (db.backup.KINDS and role()), in the interface's language.
KIND_NAMES = (
    QT_TRANSLATE_NOOP("BackupsModel", "daily"),
    QT_TRANSLATE_NOOP("BackupsModel", "made by hand"),
    QT_TRANSLATE_NOOP("BackupsModel", "before import"),
    QT_TRANSLATE_NOOP("BackupsModel", "before upgrade"),
    QT_TRANSLATE_NOOP("BackupsModel", "before codebook change"),
    QT_TRANSLATE_NOOP("BackupsModel", "before restore"),
    QT_TRANSLATE_NOOP("BackupsModel", "weekly"),
)


def backups_folder() -> Path:
    """Where the app keeps backups: the command line's folder (:func:`db.backup.backups_root`).

    Under Qt's test mode (the test suite) without ``$POLICY_TRACKER_DATA_DIR``,
    Qt's test data folder instead, so no test touches the user's real backups.
    """
    if QStandardPaths.isTestModeEnabled() and not os.environ.get("POLICY_TRACKER_DATA_DIR"):
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
        return Path(location) / "backups"
    return backups_root()


def when(backup: Backup) -> str:
    """The moment a backup was taken, in local time, as people read it."""
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


class DailyBackup(QObject):
    """Takes the day's backup (when due) on a thread of its own, with its own connection; says how it went by signal.

    A plain Python thread, not a ``QThread``: the window may be destroyed while
    a large backup is still being written, and the backup then simply finishes
    (its signals go nowhere) instead of taking a running ``QThread`` down with it.
    """

    #: The backup made (a Path), or None when one was already made today.
    made = Signal(object)
    #: Why no backup could be made: one sentence.
    failed = Signal(str)

    def __init__(self, path: Path, user: str, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.user, self.root = path, user, root
        self._thread = threading.Thread(target=self.run, name="daily backup")

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> None:
        if self._thread.ident is not None:
            self._thread.join()

    def run(self) -> None:
        try:
            with Tracker.open(self.path, user=self.user, read_only=True) as t:  # a backup only reads
                made = backup_if_due(t, self.root)
        except Exception as exc:  # noqa: BLE001 - a backup failure is told, never raised into the app
            text = " ".join(str(exc).split()) or type(exc).__name__
            if not text.startswith("No backup was made"):
                text = QCoreApplication.translate("DailyBackup", "No backup was made today: %1").replace(
                    "%1", f"{text[:1].lower()}{text[1:]}")
            else:  # db/'s own sentence, in the interface's language
                text = " ".join(in_language(exc).split())
            self._emit(self.failed, text if text.endswith(".") else text + ".")
        else:
            self._emit(self.made, made)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window (and this object) went away meanwhile
            signal.emit(value)


class BackupsModel(ListTableModel):
    """One row per backup, newest first: when, why, and how much it holds."""

    def __init__(self, backups: list[Backup], parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (self.tr("Taken"), self.tr("Kind"), self.tr("Evidence"), self.tr("Assessments"))
        self.rows = [(b, self.kind_name(role(b, backups)), backup_counts(b.path)) for b in backups]

    def kind_name(self, kind: str) -> str:
        """db.backup's name for why a backup was taken ("before import", "weekly (before import)"), translated."""
        def name(text: str) -> str:
            return QCoreApplication.translate("BackupsModel", text)

        if kind.startswith("weekly (") and kind.endswith(")"):
            return self.tr("weekly (%1)").replace("%1", name(kind[len("weekly ("):-1]))
        return name(kind)

    def cell(self, row: Any, column: int, role: int) -> Any:
        backup, kind, counts = row
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return when(backup)
        if column == 1:
            return kind
        if counts is None:
            return self.tr("unreadable")
        return number(counts["evidence" if column == 2 else "assessments"])

    def backup_at(self, row: int) -> Backup | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def counts_at(self, row: int) -> dict[str, int] | None:
        return self.rows[row][2] if 0 <= row < len(self.rows) else None


class RestoreDialog(QDialog):
    """File › Restore from backup…: the tracker's backups, newest first; Restore takes the chosen one."""

    def __init__(self, backups: list[Backup], tracker_name: str, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.model = BackupsModel(backups, self)
        layout = QVBoxLayout(self)
        if backups:
            text = self.tr("Backups of %1, newest first. A backup is taken once a day when the tracker is "
                           "opened, and before every import, upgrade and codebook change; the last 10 days and 8 weeks "
                           "are kept, and every backup of the latest day. Restoring replaces the tracker with the "
                           "backup, after backing up the tracker as it is now.")
        else:
            text = self.tr("%1 has no backups yet. One is taken once a day when the tracker is opened, "
                           "and before every import, upgrade and codebook change.")
        intro = QLabel(text.replace("%1", tracker_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the kind: the words that vary most
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table, 1)
        where = QLabel(self.tr("Kept in %1").replace("%1", str(backups[0].path.parent if backups else folder)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setAccessibleName(self.tr("Backup folder"))
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(buttons)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        if backups:
            self.table.selectRow(0)
        self.resize(640, 420)

    def _row_changed(self, current: QModelIndex | QPersistentModelIndex, _previous: Any = None) -> None:
        self.restore_button.setEnabled(current.isValid())

    def chosen_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def chosen(self) -> Backup | None:
        return self.model.backup_at(self.chosen_row())

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def describe_chosen(self) -> str:
        """The chosen backup in words, for the confirmation: its date, kind and counts."""
        row = self.chosen_row()
        backup = self.model.backup_at(row)
        if backup is None:
            return ""
        counts = self.model.counts_at(row)
        kind = self.model.rows[row][1]
        if counts is None:
            return self.tr("the backup of %1 (%2)").replace("%1", when(backup)).replace("%2", kind)
        return (self.tr("the backup of %1 (%2): %3 evidence, %4 assessments").replace("%1", when(backup))
                .replace("%2", kind).replace("%3", number(counts["evidence"]))
                .replace("%4", number(counts["assessments"])))


def restore_failed(exc: BaseException) -> str:
    """One sentence for a restore that did not happen."""
    if isinstance(exc, TrackerError):
        return " ".join(in_language(exc).split())
    return QCoreApplication.translate("RestoreDialog", "Nothing was restored: %1.").replace("%1", str(exc))


__all__ = ["BackupsModel", "DailyBackup", "RestoreDialog", "backups_folder", "restore_failed", "when"]
