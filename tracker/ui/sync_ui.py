"""A coalition's shared tracker in the app: Share, Join, Sync now, Members, and the status-bar indicator.

The operations are :mod:`tracker.sync.coalition`'s; this module only asks and shows.
A sync applies other members' changes with apsw, which must never touch a file
this process has open (:mod:`db.changeset`): so the app never syncs in its own
process.  :class:`SyncController` runs ``policy-tracker sync --db PATH`` as a
child process (:class:`QProcess`, this Python with ``-m tracker.cli``), the window
staying responsive; when the child has written the tracker, the window's
:class:`.watcher.TrackerWatcher` sees the commit and refreshes the views as for
any other program's change.  Syncs start from File › Sync now (Ctrl+Shift+R),
when a file lands in the shared folder (a :class:`QFileSystemWatcher`, debounced)
and on a timer; never two at once.

Opening a tracker that lives inside a shared folder is refused with one sentence
(:func:`tracker.sync.places.refuse_inside_shared_folder`, asked by File › Open and at start-up): a sync
program copying a database while it is written makes a corrupt copy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QFileSystemWatcher,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QProcess,
    QProcessEnvironment,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import TrackerError, lineage

from ..sync import coalition
from ..sync.sentences import recognised, recognised_lines
from .context import AppContext, in_language
from .status_bar import count_text
from .tasks import FileWork

#: A burst of files (a sync program catching up) starts one sync, this long after the last of them.
DEBOUNCE_MS = 2000
#: How often the app syncs by itself while a shared tracker is open.
PERIODIC_MS = 5 * 60 * 1000
#: How long a sync child may run before it is stopped (a tracker locked for minutes, a hung drive).
SYNC_TIMEOUT_MS = 10 * 60 * 1000


def _local_time(stamp: str) -> str:
    """A sync file's UTC stamp (2026-11-30T14:02:00Z) as the person's local date and time, the locale's way."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("QLabel { color: palette(text); border: 1px solid #b3261e; padding: 4px; }")
    label.hide()
    return label


def _folder_row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row


def _form() -> QFormLayout:
    """A form whose labels stay beside their fields, however long a language makes them."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _fit(dialog: QDialog) -> None:
    """Grow ``dialog`` to show texts that just appeared or got longer (wrapped labels, other languages)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    shown = dialog.height() if dialog.isVisible() else 0  # (a dialog not shown yet has a default size)
    dialog.resize(max(dialog.width() if dialog.isVisible() else 0, dialog.sizeHint().width()),
                  max(shown, dialog.sizeHint().height()))


def _big_selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setFamily("monospace")
    label.setFont(font)
    return label


# ---------------------------------------------------------------- running syncs
class SyncController(QObject):
    """Runs syncs of the open tracker as child processes: by hand, on folder changes, on a timer; one at a time."""

    started = Signal()
    #: A sync ended: (exit code, its output or its one-sentence error).
    finished = Signal(int, str)
    #: The open tracker's sync status changed (after a sync, a share, a join, a member added or removed).
    status_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.program: list[str] = [sys.executable, "-m", "tracker.cli"]
        self.process: QProcess | None = None
        self.link: coalition.Link | None = None
        self.last_output = ""
        self.last_exit: int | None = None
        self.runs = 0
        self._again = False
        self._closed = False  # the window is closing (shut_down): no sync starts any more
        self.folder_watcher = QFileSystemWatcher(self)
        self.folder_watcher.directoryChanged.connect(self._folder_changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.sync_now)
        self.periodic = QTimer(self)
        self.periodic.setInterval(PERIODIC_MS)
        self.periodic.timeout.connect(self.sync_now)
        self.relink()
        ctx.bus.tracker_replaced.connect(self.relink)

    @property
    def running(self) -> bool:
        return self.process is not None

    def relink(self) -> None:
        """Find whether the open tracker is shared, and watch its folder (a tracker opened or just shared)."""
        path = self.ctx.tracker.path
        self.link = coalition.find_link(path) if path is not None else None
        watched = self.folder_watcher.directories()
        if watched:
            self.folder_watcher.removePaths(watched)
        if self.link is None:
            self.periodic.stop()
        else:
            self._watch_folder()
            self.periodic.start()
        self.status_changed.emit()

    def _watch_folder(self) -> None:
        """The folders where new files appear: members/, changes/ and each member's, keys/ and each key's."""
        if self.link is None:
            return
        root = self.link.folder
        wanted = [root, root / "members", root / "changes", root / "keys"]
        for parent in (root / "changes", root / "keys"):
            try:
                wanted += [d for d in parent.iterdir() if d.is_dir()]
            except OSError:
                continue
        present = set(self.folder_watcher.directories())
        new = [str(d) for d in wanted if d.is_dir() and str(d) not in present]
        if new:
            self.folder_watcher.addPaths(new)

    def _folder_changed(self, _path: str) -> None:
        self._watch_folder()  # a new member's or key's folder is watched too
        if self.running:
            self._again = True  # a file that lands during a sync is taken by the next one (ours cost one idle sync)
        else:
            self.debounce.start()

    def sync_now(self) -> bool:
        """Start a sync in a child process; False (and nothing started) when one runs or the tracker is not shared."""
        self.debounce.stop()
        if self._closed or self.running or self.link is None or self.ctx.tracker.path is None:
            return False
        process = QProcess(self)
        process.setProgram(self.program[0])
        process.setArguments([*self.program[1:], "sync", "--db", str(self.ctx.tracker.path)])
        process.setProcessEnvironment(QProcessEnvironment.systemEnvironment())
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._failed_to_start)
        self.process = process
        self._deadline = QTimer(process)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(process.kill)
        self._deadline.start(SYNC_TIMEOUT_MS)
        process.start()
        self.started.emit()
        return True

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self._finish(1, self.tr("The sync could not be started: %1.").replace("%1", self.process.errorString()))

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace").strip()
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if code != 0 and not err:
            err = self.tr("The sync stopped before it finished; nothing is lost, and the next sync goes on.")
        self._finish(code, out if code == 0 else err.removeprefix("policy-tracker: error: "))

    def _finish(self, code: int, text: str) -> None:
        process, self.process = self.process, None
        if process is not None:
            process.deleteLater()
        self.runs += 1
        self.last_exit, self.last_output = code, text
        self.finished.emit(code, text)
        self.status_changed.emit()
        if self._again:
            self._again = False
            self.debounce.start()

    def shut_down(self, msecs: int = 30000) -> None:
        """The window is closing: start no other sync (timers and the folder's watch stop), and let a running one
        finish (a sync cut short is harmless, but wasted); then its process is let go."""
        self._closed = True
        self.debounce.stop()
        self.periodic.stop()
        self._again = False
        watched = self.folder_watcher.directories()
        if watched:
            self.folder_watcher.removePaths(watched)
        process = self.process
        if process is not None:
            if not process.waitForFinished(msecs):
                process.kill()
                process.waitForFinished(5000)
            self._done(process.exitCode(), process.exitStatus())

    def status(self) -> coalition.SyncStatus | None:
        path = self.ctx.tracker.path
        try:
            return coalition.status(path) if path is not None else None
        except TrackerError:
            return None


def said(text: str) -> str:
    """A sentence sync wrote (saved, or printed by the sync process, as English) in the interface's language."""
    return in_language(recognised_lines(text) if "\n" in text else recognised(text))


# ---------------------------------------------------------------- the status-bar indicator
class SyncIndicator(QToolButton):
    """"Synced 14:02 · 2 waiting · 1 refused · 3 conflicts to review" in the status bar (words, not colour); a
    click opens Members, its menu offers Members and "Review conflicts…" (File › Conflicts…)."""

    #: "Review conflicts…" chosen in the indicator's menu.
    conflicts_requested = Signal()
    #: "Members and last sync…" chosen in the indicator's menu.
    members_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("syncIndicator")
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Sync status"))
        self.conflicts = 0  # conflicts waiting for a person (db.merge), as last counted
        menu = QMenu(self)
        self.members_action = menu.addAction(self.tr("&Members and last sync…"))
        self.members_action.triggered.connect(self.members_requested)
        self.conflicts_action = menu.addAction(self.tr("&Review conflicts…"))
        self.conflicts_action.triggered.connect(self.conflicts_requested)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        controller.started.connect(self.update_text)
        controller.status_changed.connect(self.update_text)
        controller.ctx.bus.changed.connect(self._count_conflicts)
        self.update_text()

    def _count_conflicts(self, *_args: object) -> None:
        """After an edit (one settled, a status set on a flagged cell, a sync's changes): one count query."""
        if self.isVisible() and lineage.conflict_count(self.controller.ctx.tracker) != self.conflicts:
            self.update_text()

    def update_text(self) -> None:
        status = self.controller.status()
        self.setVisible(status is not None)
        if status is None:
            return
        last = status.last_sync
        if self.controller.running:
            text = self.tr("Syncing…")
        elif self.controller.last_exit not in (None, 0):
            text = self.tr("Sync failed")
        elif last is None or not last.finished:
            text = self.tr("Not synced yet")
        else:
            moment = QDateTime.fromString(last.finished, Qt.DateFormat.ISODate).toLocalTime()
            text = self.tr("Synced %1").replace("%1", QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat))
        parts = [text]
        if status.pending:
            parts.append(count_text(self.tr("%Ln waiting", "", status.pending), "%Ln waiting", status.pending,
                                    "waiting", "waiting"))
        if status.refused:
            n = len(status.refused)
            parts.append(count_text(self.tr("%Ln refused", "", n), "%Ln refused", n, "refused", "refused"))
        self.conflicts = n = lineage.conflict_count(self.controller.ctx.tracker)
        if n:
            parts.append(count_text(self.tr("%Ln conflicts to review", "", n), "%Ln conflicts to review", n,
                                    "conflict to review", "conflicts to review"))
        self.conflicts_action.setText(self.tr("&Review conflicts (%1)…").replace("%1", str(n)) if n
                                      else self.tr("&Review conflicts…"))
        self.setText(" · ".join(parts))
        self.setToolTip(self.details(status))
        self.setAccessibleDescription(self.toolTip())

    def details(self, status: coalition.SyncStatus) -> str:
        """The tooltip: where the folder is, the last sync's result, and why files wait or were refused."""
        lines = [self.tr("Shared folder: %1").replace("%1", str(status.folder))]
        last = status.last_sync
        if self.controller.last_exit not in (None, 0):
            lines.append(self.tr("The last sync failed: %1").replace("%1", said(self.controller.last_output)))
        if last is not None and last.finished:
            lines.append(self.tr("Last sync %1: sent %2, applied %3.").replace("%1", _local_time(last.finished))
                         .replace("%2", str(last.sent)).replace("%3", str(last.applied)))
            lines += [self.tr("Waiting: %1").replace("%1", said(why)) for _name, why in last.waiting[:5]]
            lines += [self.tr("Note: %1").replace("%1", said(note)) for note in last.notes[:3]]
        lines += [self.tr("Refused: %1").replace("%1", said(why)) for why in list(status.refused.values())[:5]]
        if self.conflicts:
            lines.append(self.tr("Conflicts: changes made on two copies without seeing each other wait for you"
                                 " (File › Conflicts…)."))
        lines.append(self.tr("Click for the members and the last sync's report."))
        return "\n".join(lines)


# ---------------------------------------------------------------- share
class ShareDialog(QDialog):
    """File › Share tracker…: choose the shared folder and your name; then shows your fingerprint to hand over."""

    def __init__(self, tracker: Path, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.shared: coalition.Shared | None = None
        self.setWindowTitle(self.tr("Share tracker"))
        self.setAccessibleName(self.tr("Share tracker"))
        intro = QLabel(self.tr(
            "Share %1 with your coalition through a folder your sync program already shares (Syncthing,"
            " Nextcloud, a network share, a USB stick). The tracker stays where it is; the folder gets only"
            " signed, encrypted sync files. You become the tracker's coordinator.").replace("%1", tracker.name))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        self.folder_edit.setPlaceholderText(self.tr("An empty folder, outside the folder of the tracker itself"))
        self.choose_button = choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the shared folder"))
        choose.clicked.connect(self._choose)
        self.name_edit = QLineEdit(default_name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("As the other members will see it"))
        form = _form()
        form.addRow(self.tr("Shared &folder:"), _folder_row(self.folder_edit, choose))
        form.addRow(self.tr("Your &name:"), self.name_edit)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Why the tracker was not shared"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("What to hand over"))
        self.fingerprint = _big_selectable()
        self.fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.fingerprint.hide()
        self.result_label.hide()
        self.buttons = QDialogButtonBox()
        self.share_button = self.buttons.addButton(self.tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.share_button.setAccessibleName(self.tr("Share"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Cancel"))
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.share_button.clicked.connect(self.share)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def share(self) -> None:
        """Share now; on success show the fingerprint and what to hand over, on failure the one sentence why."""
        folder, name = self.folder_edit.text().strip(), self.name_edit.text().strip()
        if not folder:
            return self._fail(self.tr("Choose the shared folder first."))
        if not name:
            return self._fail(self.tr("Type your name first."))
        try:
            self.shared = coalition.share(self.tracker, Path(folder), name)
        except (TrackerError, OSError) as exc:
            return self._fail(in_language(exc))
        self.error.hide()
        self.fingerprint.setText(self.shared.fingerprint)
        self.fingerprint.show()
        self.result_label.setText(self.tr(
            "Shared. This is your fingerprint. Give each newcomer access to the shared folder and tell them this"
            " fingerprint by another channel (a call, in person). When they send you their join code, add them"
            " in File › Members…"))
        self.result_label.show()
        self.share_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        for control in (self.folder_edit, self.choose_button, self.name_edit):
            control.setEnabled(False)
        _fit(self)
        return None

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        _fit(self)


# ---------------------------------------------------------------- join
class JoinDialog(QDialog):
    """File › Join a shared tracker…: make your join code, then build your copy from the shared folder."""

    def __init__(self, default_name: str, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.joined: Path | None = None
        self.summary: coalition.SyncSummary | None = None
        self.setWindowTitle(self.tr("Join a shared tracker"))
        self.setAccessibleName(self.tr("Join a shared tracker"))
        step1 = QLabel(self.tr("<b>1. Ask to join.</b> Send your join code (or the join file) to the tracker's"
                               " coordinator, and read your fingerprint to them by another channel."))
        step1.setWordWrap(True)
        self.name_edit = QLineEdit(default_name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("As the other members will see it"))
        make = QPushButton(self.tr("&Make join code"))
        make.setAccessibleName(self.tr("Make join code"))
        make.clicked.connect(self.make_code)
        self.code_edit = QPlainTextEdit()
        self.code_edit.setReadOnly(True)
        self.code_edit.setAccessibleName(self.tr("Your join code"))
        self.code_edit.setPlaceholderText(self.tr("Your join code appears here."))
        self.code_edit.setMaximumHeight(70)
        self.my_fingerprint = _big_selectable()
        self.my_fingerprint.setAccessibleName(self.tr("Your fingerprint"))
        self.copy_button = QPushButton(self.tr("&Copy code"))
        self.copy_button.setAccessibleName(self.tr("Copy the join code"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code_edit.toPlainText()))
        self.save_button = QPushButton(self.tr("Save join &file…"))
        self.save_button.setAccessibleName(self.tr("Save the join file"))
        self.save_button.clicked.connect(self._save_file)
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(make)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.copy_button)
        code_buttons.addWidget(self.save_button)
        code_buttons.addStretch(1)

        step2 = QLabel(self.tr("<b>2. Join.</b> Once the coordinator has added you and the folder has synced,"
                               " choose the folder and where your own copy goes."))
        step2.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        choose_folder = QPushButton(self.tr("C&hoose…"))
        choose_folder.setAccessibleName(self.tr("Choose the shared folder"))
        choose_folder.clicked.connect(self._choose_folder)
        self.tracker_edit = QLineEdit(str(suggested))
        self.tracker_edit.setAccessibleName(self.tr("Your copy of the tracker"))
        choose_tracker = QPushButton(self.tr("Ch&oose…"))
        choose_tracker.setAccessibleName(self.tr("Choose where your copy goes"))
        choose_tracker.clicked.connect(self._choose_tracker)
        self.coordinator_edit = QLineEdit()
        self.coordinator_edit.setAccessibleName(self.tr("The coordinator's fingerprint"))
        self.coordinator_edit.setPlaceholderText(self.tr("As the coordinator told you, e.g. NWJ1-86S4-QW1D-4WQ5"))
        form = _form()
        form.addRow(self.tr("Your &name:"), self._row(name_row))
        form.addRow(self.tr("Join code:"), self.code_edit)
        form.addRow(self.tr("Your fingerprint:"), self.my_fingerprint)
        form.addRow("", self._row(code_buttons))
        form2 = _form()
        form2.addRow(self.tr("Shared &folder:"), _folder_row(self.folder_edit, choose_folder))
        form2.addRow(self.tr("Your &copy:"), _folder_row(self.tracker_edit, choose_tracker))
        form2.addRow(self.tr("Coordinator's fin&gerprint:"), self.coordinator_edit)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Why joining did not work"))
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Joining"))
        self.progress.hide()
        self.worker: FileWork | None = None
        self.buttons = QDialogButtonBox()
        self.join_button = self.buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setAccessibleName(self.tr("Join"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.join_button.clicked.connect(self.join)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(step1)
        layout.addLayout(form)
        layout.addWidget(step2)
        layout.addLayout(form2)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.request: coalition.JoinCode | None = None

    @staticmethod
    def _row(inner: QHBoxLayout) -> QWidget:
        row = QWidget()
        inner.setContentsMargins(0, 0, 0, 0)
        row.setLayout(inner)
        return row

    def make_code(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return self._fail(self.tr("Type your name first."))
        try:
            self.request = coalition.join_request(name)
        except TrackerError as exc:
            return self._fail(in_language(exc))
        self.error.hide()
        self.code_edit.setPlainText(self.request.code)
        self.my_fingerprint.setText(self.request.fingerprint)
        for button in (self.copy_button, self.save_button):
            button.setEnabled(True)
        _fit(self)
        return None

    def _save_file(self) -> None:
        if self.request is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the join file"), f"{self.request.name}.ptjoin",
                                              self.tr("Join files (*.ptjoin);;All files (*)"))
        if path:
            try:
                Path(path).write_text(self.request.file_text, encoding="utf-8")
            except OSError as exc:
                self._fail(self.tr("The join file could not be saved: %1.").replace("%1", exc.strerror or str(exc)))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _choose_tracker(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Where your copy goes"), self.tracker_edit.text(),
                                              self.tr("Policy trackers (*.db);;All files (*)"))
        if path:
            self.tracker_edit.setText(path)

    def join(self) -> None:
        """Build the copy; on success close (the window opens it), on failure say why in one sentence."""
        folder, tracker = self.folder_edit.text().strip(), self.tracker_edit.text().strip()
        fingerprint = self.coordinator_edit.text().strip()
        if not folder or not tracker:
            return self._fail(self.tr("Choose the shared folder and where your copy goes first."))
        if not fingerprint:
            return self._fail(self.tr("Type the coordinator's fingerprint, as they told you."))
        # Applying everything since the snapshot can take a while on a big tracker: on a worker, the window painting.
        self.error.hide()
        self.join_button.setEnabled(False)
        self.progress.setText(self.tr("Building your copy from the shared folder…"))
        self.progress.show()
        self.worker = FileWork(lambda: coalition.join(Path(folder), Path(tracker), fingerprint), self)
        self.worker.succeeded.connect(lambda summary: self._joined(Path(tracker), summary))
        self.worker.failed.connect(self._join_failed)
        self.worker.finished.connect(self._join_ended)
        self.worker.start()
        return None

    @property
    def joining(self) -> bool:
        """Whether the copy is being built (the dialog then stays open: the work cannot be cut short)."""
        return self.worker is not None

    def _joined(self, tracker: Path, summary: coalition.SyncSummary) -> None:
        self.summary, self.joined = summary, tracker

    def _join_failed(self, exc: BaseException) -> None:
        self._fail(in_language(exc) if isinstance(exc, (TrackerError, OSError)) else str(exc))

    def _join_ended(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self.progress.hide()
        self.join_button.setEnabled(True)
        if self.joined is not None:
            self.accept()

    def reject(self) -> None:
        if not self.joining:  # Escape or Cancel while the copy is built: it finishes first
            super().reject()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        _fit(self)


# ---------------------------------------------------------------- members
class MembersModel(QAbstractTableModel):
    """The member list as a table: name, role, who added them, their last file and when, fingerprint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.members: list[coalition.MemberStatus] = []

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Added by"), self.tr("Added"), self.tr("Last file"),
                self.tr("Written"), self.tr("Fingerprint")]

    def set_members(self, members: list[coalition.MemberStatus]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 7:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members) or not 0 <= index.column() < 7:
            return None
        m = self.members[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return m.member_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return self.tr("%1 (you)").replace("%1", m.name) if m.is_me else m.name
        if column == 1:
            if m.removed_at:
                return self.tr("Removed %1").replace("%1", _local_time(m.removed_at))
            return self.tr("Coordinator") if m.role == coalition.COORDINATOR else self.tr("Member")
        if column == 2:
            return m.added_by
        if column == 3:
            return _local_time(m.added_at)
        if column == 4:
            return m.last_file.rsplit("/", 1)[-1] if m.last_file else self.tr("None yet")
        if column == 5:
            return _local_time(m.last_written) if m.last_written else ""
        return m.fingerprint


class AddMemberDialog(QDialog):
    """Add a member from a pasted join code or a join file, after comparing the fingerprint with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a member"))
        self.setAccessibleName(self.tr("Add a member"))
        intro = QLabel(self.tr("Paste the newcomer's join code, or choose the join file they sent you."))
        intro.setWordWrap(True)
        self.code_edit = QPlainTextEdit()
        self.code_edit.setAccessibleName(self.tr("Join code"))
        self.code_edit.setPlaceholderText("ptjoin1:…")
        self.code_edit.setMaximumHeight(80)
        self.code_edit.textChanged.connect(self._check)
        choose = QPushButton(self.tr("Choose join &file…"))
        choose.setAccessibleName(self.tr("Choose the join file"))
        choose.clicked.connect(self._choose)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setAccessibleName(self.tr("Who the code names"))
        self.compared = QCheckBox(self.tr("I compared this fingerprint with them by another channel"))
        self.compared.setAccessibleName(self.tr("Fingerprint compared"))
        self.compared.toggled.connect(self._check)
        self.coordinator = QCheckBox(self.tr("Make them a coordinator too (they can add and remove members)"))
        self.coordinator.setAccessibleName(self.tr("Coordinator"))
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName(self.tr("Add"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.add_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_edit)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview)
        layout.addWidget(self.compared)
        layout.addWidget(self.coordinator)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.fingerprint: str | None = None
        self._check()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the join file"), "",
                                              self.tr("Join files (*.ptjoin);;All files (*)"))
        if path:
            self.code_edit.setPlainText(coalition.read_join_code(path))

    def code(self) -> str:
        return self.code_edit.toPlainText()

    def _check(self) -> None:
        text = self.code().strip()
        self.fingerprint = None
        if not text:
            self.preview.setText(self.tr("The name and fingerprint in the code appear here."))
        else:
            try:
                name, self.fingerprint = coalition.preview_join_code(text)
                self.preview.setText(self.tr("Name: %1\nFingerprint: %2\nAsk them to read their fingerprint to you"
                                             " and compare it, letter by letter.").replace("%1", name)
                                     .replace("%2", self.fingerprint))
            except TrackerError as exc:
                self.preview.setText(in_language(exc))
        self.add_button.setEnabled(self.fingerprint is not None and self.compared.isChecked())
        _fit(self)


class MembersDialog(QDialog):
    """File › Members…: who is in the coalition, their last file, the last sync's report; add and remove."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None, *,
                 ask: Callable[[QDialog], bool] | None = None,
                 confirm: Callable[[str, str], bool] | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ask = ask or (lambda d: d.exec() == QDialog.DialogCode.Accepted)
        self.confirm = confirm or (lambda _title, _text: True)
        self.setWindowTitle(self.tr("Members"))
        self.setAccessibleName(self.tr("Members"))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = MembersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Last sync report"))
        self.report.setMaximumHeight(110)
        self.error = _error_label()
        self.error.setAccessibleName(self.tr("Why it did not work"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a member"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected member"))
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.sync_button.clicked.connect(controller.sync_now)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Last sync:")))
        layout.addWidget(self.report)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 460)
        controller.status_changed.connect(self.refresh)
        controller.started.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.refresh()

    def refresh(self) -> None:
        status = self.controller.status()
        self.status = status
        if status is None:
            self.where.setText(self.tr("This tracker is not shared."))
            self.model.set_members([])
        else:
            self.where.setText(self.tr("Shared through %1. Your fingerprint: %2").replace("%1", str(status.folder))
                               .replace("%2", next((m.fingerprint for m in status.members if m.is_me), "")))
            self.model.set_members(status.members)
        self.report.setPlainText(self._report_text(status))
        self._enable()

    def _report_text(self, status: coalition.SyncStatus | None) -> str:
        if self.controller.running:
            return self.tr("Syncing…")
        if self.controller.last_exit not in (None, 0):
            return self.tr("The last sync failed: %1").replace("%1", said(self.controller.last_output))
        last = status.last_sync if status else None
        if last is None or not last.finished:
            return self.tr("Not synced yet.")
        lines = [self.tr("%1: sent %2, applied %3, waiting %4, refused %5.").replace("%1", _local_time(last.finished))
                 .replace("%2", str(last.sent)).replace("%3", str(last.applied))
                 .replace("%4", str(len(last.waiting))).replace("%5", str(len(last.refused)))]
        lines += [self.tr("Waiting: %1 — %2").replace("%1", name).replace("%2", said(why))
                  for name, why in last.waiting]
        lines += [self.tr("Refused: %1 — %2").replace("%1", name).replace("%2", said(why))
                  for name, why in last.refused]
        lines += [self.tr("Note: %1").replace("%1", said(note)) for note in last.notes]
        return "\n".join(lines)

    def selected(self) -> coalition.MemberStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.members[rows[0].row()] if rows else None

    def _enable(self) -> None:
        coordinator = self.status is not None and self.status.is_coordinator
        self.add_button.setEnabled(coordinator)
        chosen = self.selected()
        self.remove_button.setEnabled(coordinator and chosen is not None and not chosen.is_me
                                      and chosen.removed_at is None)
        self.sync_button.setEnabled(self.status is not None and not self.controller.running)
        tip = "" if coordinator else self.tr("Only a coordinator can add and remove members.")
        self.add_button.setToolTip(tip)
        self.remove_button.setToolTip(tip)

    def add(self) -> None:
        dialog = AddMemberDialog(self)
        if not self.ask(dialog):
            return
        self._run(lambda: coalition.add_member(
            self.controller.ctx.tracker.path or Path(), dialog.code(), fingerprint=dialog.fingerprint,
            role=coalition.COORDINATOR if dialog.coordinator.isChecked() else coalition.MEMBER))

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        text = self.tr("Remove %1 from this shared tracker? The tracker key is rotated: a new key goes to every"
                       " other member, and files %1 writes from now on are refused. What they already have stays"
                       " with them.").replace("%1", chosen.name)
        if not self.confirm(self.tr("Remove member"), text):
            return
        self._run(lambda: coalition.remove_member(self.controller.ctx.tracker.path or Path(), chosen.member_id))

    def _run(self, work: Callable[[], object]) -> None:
        if self.controller.running:
            self._fail(self.tr("A sync is running; try again in a moment."))
            return
        try:
            work()
        except (TrackerError, OSError) as exc:
            self._fail(in_language(exc))
            return
        self.error.hide()
        self.controller.status_changed.emit()

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        _fit(self)


# ---------------------------------------------------------------- wiring into the window
class SyncUi(QObject):
    """The window's sync commands (File menu), its indicator, and the guard against opening a tracker in a folder."""

    def __init__(self, ctx: AppContext, window: Any) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.controller = SyncController(ctx, self)
        self.indicator = SyncIndicator(self.controller)
        self.indicator.clicked.connect(self.members)
        self.indicator.members_requested.connect(self.members)
        self.indicator.conflicts_requested.connect(self.conflicts)
        self.controller.finished.connect(self._announce)
        self.controller.finished.connect(self._reload_conflicts)
        self.members_dialog: MembersDialog | None = None

    def _default_name(self) -> str:
        return str(self.ctx.prefs.user_name or self.ctx.tracker.user or "")

    def share(self) -> None:
        path = self.ctx.tracker.path
        if path is None:
            self.ctx.prompts.error(self.window, self.tr("Share tracker"),
                                   self.tr("Save the tracker to a file before sharing it."))
            return
        if self.controller.link is not None:
            self.ctx.prompts.error(self.window, self.tr("Share tracker"), self.tr(
                "This tracker is already shared through %1.").replace("%1", str(self.controller.link.folder)))
            return
        dialog = ShareDialog(path, self._default_name(), self.window)
        self.ctx.prompts.exec_dialog(dialog)
        if dialog.shared is not None:
            self.controller.relink()

    def join(self) -> None:
        folder = Path(self.ctx.tracker.path).parent if self.ctx.tracker.path else Path.home()
        dialog = JoinDialog(self._default_name(), folder / "shared-tracker.db", self.window)
        if self.ctx.prompts.exec_dialog(dialog) and dialog.joined is not None:
            opener = getattr(self.window, "files", None)
            if opener is not None:
                opener.open_tracker(dialog.joined)
            self.controller.relink()

    def sync_now(self) -> None:
        if self.controller.link is None:
            self.ctx.prompts.error(self.window, self.tr("Sync now"), self.tr(
                "This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first."))
            return
        if not self.controller.sync_now():
            self.ctx.bus.message.emit(self.tr("A sync is already running."), 5000)
            return
        self.ctx.bus.message.emit(self.tr("Syncing…"), 0)

    def members(self) -> None:
        if self.controller.link is None:
            self.ctx.prompts.error(self.window, self.tr("Members"), self.tr(
                "This tracker is not shared: share it (File › Share tracker…) or join a shared tracker first."))
            return
        prompts = self.ctx.prompts
        dialog = MembersDialog(self.controller, self.window, ask=prompts.exec_dialog,
                               confirm=lambda title, text: prompts.confirm(self.window, title, text,
                                                                            self.tr("Remove")))
        self.members_dialog = dialog
        prompts.exec_dialog(dialog)
        self.members_dialog = None

    def conflicts(self) -> None:
        """The indicator's "Review conflicts…": File › Conflicts… of the window."""
        show = getattr(self.window, "show_conflicts", None)
        if show is not None:
            show()

    def _reload_conflicts(self, *_args: object) -> None:
        """A sync finished: an open Conflicts view lists what it brought (the views refresh through the watcher)."""
        view = getattr(self.window, "conflicts_view", None)
        if view is not None and view.isVisible():
            view.reload()

    def _announce(self, code: int, text: str) -> None:
        if code != 0:
            self.ctx.bus.message.emit(self.tr("Sync failed: %1").replace("%1", text), 15000)
            return
        self.ctx.bus.message.emit(self.indicator.text(), 8000)


__all__ = ["AddMemberDialog", "JoinDialog", "MembersDialog", "MembersModel", "ShareDialog", "SyncController",
           "SyncIndicator", "SyncUi"]
