"""The File menu's work: new, open, recent, save a copy, check and repair,
import, export and preferences.

Each command asks through ``ctx.prompts`` (so tests answer), calls the data
layer or the exports, and announces on the bus what it changed; the window
only wires the actions to these methods.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from db import Tracker, TrackerError, ValidationError, blank_codebook, default_codebook, load_codebook
from db.ops import Change
from db.queries import codebook_view

from .context import AppContext

if TYPE_CHECKING:  # the backups, the workers and the exports load when first used, not at start-up
    from .backups import DailyBackup
    from .tasks import Job

#: An export's work: ``(tracker, progress, cancelled, path to write) -> sentence for the status bar``.
FileJob = Callable[[Tracker, Callable[[int], None], Callable[[], bool], str], str]

TRACKER_FILTER = "Policy trackers (*.db *.sqlite *.tracker);;All files (*)"
MAX_RECENT = 8


def documents_folder() -> Path:
    """Where files are suggested first: the user's documents (home when there is none)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def save_folder(settings: Any) -> Path:
    """Where a save dialog starts: the folder last saved to, else the user's documents."""
    last = settings.value("files/folder", "")
    return Path(str(last)) if last and Path(str(last)).is_dir() else documents_folder()


def remember_save_folder(settings: Any, path: str | os.PathLike[str]) -> None:
    settings.setValue("files/folder", str(Path(path).resolve().parent))


def recent_files(settings: Any) -> list[str]:
    value = settings.value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def remember_recent(settings: Any, path: str) -> None:
    paths = [p for p in recent_files(settings) if p != path]
    settings.setValue("recent", [path, *paths][:MAX_RECENT])


def export_job(ctx: AppContext, opts: dict[str, Any]) -> tuple[FileJob, str, int | None]:
    """The work of one export chosen in the export dialog, for :func:`run_in_background`.

    Returns ``(job, what, total)``: the job takes a tracker, a progress callback,
    a cancel check and the path to write, and returns a sentence for the status
    bar; ``what`` names the work in the progress dialog; ``total`` is the rows
    it will write, when known.  Tables and workbooks go through
    :func:`tracker.export_files.export_to_file` (the command line's dispatch too);
    reports and the matrix image are painted by Qt (on the worker thread, into images and PDF writers).
    Everything the job needs from the window is read here, on the window's thread.
    """
    from ..export_files import ExportOptions, export_size, export_to_file  # loaded on first export, not at start-up
    from ..exports import EXPORT_KINDS

    kind, fmt = str(opts["kind"]), str(opts["fmt"])
    as_of, group = opts.get("as_of"), opts.get("group")
    as_of = None if as_of is None else str(as_of)
    group = None if group is None else str(group)
    if kind in EXPORT_KINDS:
        options = ExportOptions(
            as_of=as_of, group=group, include_archived=bool(opts.get("include_archived")),
            review_interval_days=ctx.review_interval(), bom=ctx.prefs.csv_bom,
            include_proposed=bool(opts.get("include_proposed")),
        )

        def table(t: Tracker, progress: Callable[[int], None], _cancelled: Callable[[], bool], path: str) -> str:
            return export_to_file(t, kind, fmt, path, options, progress=progress)

        return table, f"Writing the {kind} export", export_size(ctx.tracker, kind, options)
    from .render import render_matrix_png, write_report

    if kind == "report":
        country = opts.get("country")
        page_size = str(opts.get("page_size") or "A4")
        include_proposed = bool(opts.get("include_proposed"))

        def report(t: Tracker, _progress: Callable[[int], None], _cancelled: Callable[[], bool], path: str) -> str:
            write_report(t, path, country=None if country is None else str(country), fmt=fmt, as_of=as_of,
                         group=group, page_size=page_size, include_proposed=include_proposed)
            return "Report written to {target}"

        return report, "Writing the report", None
    if kind == "matrix":
        def matrix(t: Tracker, _progress: Callable[[int], None], _cancelled: Callable[[], bool], path: str) -> str:
            render_matrix_png(t, path, as_of=as_of, group=group)
            return "Matrix image written to {target}"

        return matrix, "Drawing the matrix image", None
    raise ValueError(f"unknown export {kind!r}")


def write_to(target: str, job: FileJob) -> Job:
    """``job`` writing to a hidden temporary file next to ``target``, renamed into place only when it finished
    and was not cancelled: a cancel or a failure leaves ``target`` as it was (absent, or the earlier file)."""
    from db.backup import new_file_mode

    from .tasks import Cancelled, temporary_sibling

    def run(t: Tracker, progress: Callable[[int], None], cancelled: Callable[[], bool]) -> str:
        final = Path(target)
        tmp = temporary_sibling(final)
        try:
            message = job(t, progress, cancelled, str(tmp))
            if cancelled():
                raise Cancelled()
            os.chmod(tmp, new_file_mode(final))
            os.replace(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return message.replace(str(tmp), str(final)).replace("{target}", str(final))

    return run


def failure_sentence(path: str, exc: BaseException) -> str:
    """One sentence for a failed export: where, and why in the words of the error (no traceback, no errno);
    a full disk is said as everywhere else ("the disk is full")."""
    from db.places import DISK_FULL, failure_cause

    if failure_cause(exc) == DISK_FULL:
        return f"The export could not be written to {path}: {DISK_FULL}."
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    else:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    reason = reason.rstrip(".")
    return f"The export could not be written to {path}: {reason[:1].lower() + reason[1:]}."


class FileCommands(QObject):
    """The File menu's commands for one window (its status bar shows what they did)."""

    #: An export's worker started (tests and the window may watch or cancel it).
    export_started = Signal(object)
    #: An export was written whole to this path.
    export_finished = Signal(str)

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.daily_backup: DailyBackup | None = None

    def _say(self, message: str, msecs: int) -> None:
        self.window.statusBar().showMessage(message, msecs)

    # -- trackers -------------------------------------------------------------
    def new_tracker(self) -> None:
        from .dialogs import NewTrackerDialog

        prompts = self.ctx.prompts
        dialog = NewTrackerDialog(
            lambda: prompts.open_file(self.window, "Choose a codebook", str(Path.home()),
                                      "Codebooks (*.json);;All files (*)"),
            self.window,
        )
        if not prompts.exec_dialog(dialog):
            return
        try:
            choice = dialog.choice()
            if choice == "blank":
                book = blank_codebook()
            elif choice == "file":
                if not dialog.codebook_path:
                    raise ValidationError("codebook", "Choose a codebook file first.")
                book = load_codebook(dialog.codebook_path)
            else:
                book = default_codebook()
        except ValidationError as exc:
            prompts.error(self.window, "New tracker", exc.message)
            return
        path = prompts.save_file(self.window, "Create tracker", str(save_folder(self.ctx.settings) / "tracker.db"),
                                 TRACKER_FILTER)
        if not path:
            return
        remember_save_folder(self.ctx.settings, path)
        try:
            if Path(path).exists():
                raise TrackerError(
                    f"{path} already exists; choose a new name (an existing tracker is never overwritten)."
                )
            Tracker.create(path, book, user=self.ctx.tracker.user).close()
        except (TrackerError, OSError, sqlite3.Error) as exc:
            prompts.error(self.window, "New tracker", str(exc))
            return
        self.open_tracker(path)

    def open_tracker_dialog(self) -> None:
        t = self.ctx.tracker
        start = str(t.path.parent) if t.path else str(documents_folder())
        path = self.ctx.prompts.open_file(self.window, "Open tracker", start, TRACKER_FILTER)
        if path:
            self.open_tracker(path)

    def open_tracker(self, path: str | os.PathLike[str]) -> bool:
        """Switch to another tracker file; on failure say why and keep the current one."""
        try:
            from .upgrade import upgrade_with_progress  # only when a file is opened

            upgrade_with_progress(path, self.window)  # an older file: on a worker, behind a dialog, copy kept
            new = Tracker.open(path, user=self.ctx.tracker.user)
        except (TrackerError, sqlite3.Error, OSError) as exc:
            self.ctx.prompts.error(self.window, "Cannot open tracker", str(exc))
            return False
        old = self.ctx.tracker
        self.ctx.tracker = new
        old.close()
        self.ctx.undo_stack.clear()
        self.ctx.view.group = None
        remember_recent(self.ctx.settings, str(Path(path).resolve()))
        self.ctx.bus.tracker_replaced.emit()
        return True

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        paths = recent_files(self.ctx.settings)
        if not paths:
            none = menu.addAction("No recent trackers")
            none.setEnabled(False)
            return
        for i, p in enumerate(paths, 1):
            act = menu.addAction(f"&{i} {p}")
            act.triggered.connect(lambda _checked=False, p=p: self.open_tracker(p))

    def save_copy(self) -> None:
        t = self.ctx.tracker
        suggested = str(save_folder(self.ctx.settings) / f"{t.path.stem if t.path else 'tracker'}-copy.db")
        path = self.ctx.prompts.save_file(self.window, "Save a copy", suggested, TRACKER_FILTER)
        if not path:
            return
        remember_save_folder(self.ctx.settings, path)
        from db.backup import save_copy

        try:
            save_copy(t, path)
        except (TrackerError, OSError, sqlite3.Error) as exc:
            self.ctx.prompts.error(self.window, "Save a copy", str(exc))
            return
        self._say(f"Saved a copy to {path}", 5000)

    def check_tracker(self) -> None:
        """Check the open tracker; offer to repair what can be repaired, then say what was found and done."""
        from db.check import check_tracker, repair_tracker

        title = "Check and repair tracker"
        prompts = self.ctx.prompts
        try:
            problems = check_tracker(self.ctx.tracker)
        except (TrackerError, sqlite3.Error) as exc:
            prompts.error(self.window, title, f"The tracker could not be checked: {exc}")
            return
        if not problems:
            prompts.info(self.window, title, "No problems found: the tracker is healthy.")
            return
        found = "\n".join(f"• {p.message}" for p in problems)
        if not any(p.repairable for p in problems):
            prompts.info(self.window, title, f"Problems found that cannot be repaired automatically:\n{found}")
            return
        question = f"Problems found:\n{found}\n\nRepair what can be repaired?"
        if not prompts.confirm(self.window, title, question, "Repair"):
            return
        try:  # waits out another program's lock without freezing the window (ctx.write)
            repairs = self.ctx.write(lambda: repair_tracker(self.ctx.tracker))
        except (TrackerError, sqlite3.Error) as exc:
            prompts.error(self.window, title, str(exc))
            return
        # A repair is in the history, not on the undo stack; earlier steps may no longer apply.
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(Change("repair", codebook=True))
        left = [p.message for p in check_tracker(self.ctx.tracker)]
        text = "\n".join(f"• {r}" for r in repairs) or "Nothing needed repairing."
        if left:
            text += "\n\nStill to fix by hand:\n" + "\n".join(f"• {m}" for m in left)
        prompts.info(self.window, title, text)

    # -- import and export -------------------------------------------------------
    def export(self, *, report_country: str | None = None) -> None:
        """Ask what to export, then where; write it whole or not at all."""
        from .dialogs import ExportDialog
        from .tasks import Cancelled, run_in_background

        ctx = self.ctx
        dialog = ExportDialog(codebook_view(ctx.tracker), ctx.settings, self.window, report_country=report_country,
                              group=ctx.view.group, as_of=ctx.view.as_of,  # starts from what is on screen
                              include_proposed=ctx.view.include_proposed, offer_proposed=self._review_in_use())
        if not ctx.prompts.exec_dialog(dialog):
            return
        opts = dialog.options()
        kind, fmt = str(opts["kind"]), str(opts["fmt"])
        stem = kind if kind != "report" else f"report-{opts['country'] or 'all'}"
        if fmt == "xlsx":
            stem = "tracker"
        name = f"{stem}-{opts['as_of'] or ctx.tracker.today()}.{fmt}"
        folder = str(ctx.settings.value("export/folder", str(documents_folder())))
        path = ctx.prompts.save_file(self.window, "Export to", str(Path(folder) / name),
                                     f"{fmt.upper()} files (*.{fmt});;All files (*)")
        if not path:
            return
        try:
            job, what, total = export_job(ctx, opts)
            message = run_in_background(self.window, ctx.tracker, write_to(path, job), title="Export", what=what,
                                        total=total, started=self.export_started.emit)
        except Cancelled:
            self._say("Export cancelled; nothing was written.", 8000)
            return
        except Exception as exc:  # noqa: BLE001 - any failure is told as one sentence, and leaves no file
            ctx.prompts.error(self.window, "Export", failure_sentence(path, exc))
            return
        ctx.settings.setValue("export/folder", str(Path(path).parent))
        self._say(message, 8000)
        self.export_finished.emit(path)

    def _review_in_use(self) -> bool:
        """Whether the export dialog offers "Include proposed statuses" (review required, or proposals waiting)."""
        from db.review import review_required

        ctx = self.ctx
        return ctx.view.include_proposed or review_required(ctx.tracker) or bool(ctx.state.proposals)

    def import_evidence(self, path: str | None = None) -> None:
        """The import wizard; nothing is written until its last page."""
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self._imported, self.window)
        if path:
            wizard.file_page.path_edit.setText(str(path))
        self.ctx.prompts.exec_dialog(wizard)

    def _imported(self, result: Any) -> None:
        # An import is not on the undo stack (it is in the history); earlier undo
        # steps could now undo what the import wrote, so they are dropped.
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(Change("import", codebook=True))
        note = f" {result.backup_problem}" if getattr(result, "backup_problem", None) else ""
        self._say(f"Imported {result.file_name}: {result.summary()}{note}", 10000)

    def import_codebook(self) -> None:
        from ..importer import ImportFailed, import_codebook, import_recommendations

        path = self.ctx.prompts.open_file(self.window, "Import a codebook", str(documents_folder()),
                                          "Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)")
        if not path:
            return
        from db.backup import backup_before

        from .backups import backups_folder

        _backup, problem = backup_before(self.ctx.tracker, backups_folder(), "before-codebook")
        try:  # waits out another program's lock without freezing the window (ctx.write)
            if path.lower().endswith(".json"):
                change = self.ctx.write(lambda: import_codebook(self.ctx.tracker, path))
            else:
                change = self.ctx.write(lambda: import_recommendations(self.ctx.tracker, path))
        except ImportFailed as exc:
            self.ctx.prompts.error(self.window, "Import codebook", "\n".join(str(e) for e in exc.errors) or str(exc))
            return
        except (TrackerError, OSError) as exc:
            self.ctx.prompts.error(self.window, "Import codebook", str(exc))
            return
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(change)
        self._say(f"Codebook imported from {path}." + (f" {problem}" if problem else ""), 8000)

    def export_codebook(self) -> None:
        """Save the codebook as the JSON ``init --codebook`` reads, so another campaign can start from it."""
        from db.codebook_export import export_codebook

        t = self.ctx.tracker
        name = f"{t.path.stem if t.path else 'tracker'}-codebook.json"
        path = self.ctx.prompts.save_file(self.window, "Export codebook", str(save_folder(self.ctx.settings) / name),
                                          "Codebooks (*.json);;All files (*)")
        if not path:
            return
        remember_save_folder(self.ctx.settings, path)
        try:  # the save dialog has asked before replacing a file
            written = export_codebook(t, path, overwrite=True)
        except (TrackerError, OSError) as exc:
            self.ctx.prompts.error(self.window, "Export codebook", str(exc))
            return
        self._say(f"Exported the codebook ({written} recommendations) to {path}", 8000)

    # -- backups (tracker.ui.backups, db.backup, db.restore) -----------------------
    def start_daily_backup(self) -> DailyBackup | None:
        """The day's backup, when due, on a worker with its own connection (the window calls this once painted).

        A failure is said in the status bar, in one sentence; nothing waits for it.
        """
        t = self.ctx.tracker
        if t.path is None:
            return None
        if self.daily_backup is not None and self.daily_backup.is_running():
            return None
        from .backups import DailyBackup, backups_folder

        task = DailyBackup(Path(t.path), t.user, backups_folder(), self)
        task.failed.connect(lambda text: self._say(text, 15000))
        task.made.connect(self._daily_backup_made)
        self.daily_backup = task
        task.start()
        return task

    def _daily_backup_made(self, path: Path | None) -> None:
        if path is not None:
            self._say("Today's backup of the tracker was made (File › Restore from backup… lists them).", 5000)

    def wait_for_backup(self) -> None:
        """Let a running daily backup finish (the window is closing: its thread must not outlive it)."""
        if self.daily_backup is not None:
            self.daily_backup.wait()

    def restore_from_backup(self) -> bool:
        """File › Restore from backup…: choose a backup, confirm, and reopen the tracker restored from it.

        The tracker as it is now is backed up first (db.restore); the window's
        connection is closed while the file is replaced and opened again after,
        also when the restore is refused.  Returns whether it was restored.
        """
        from db.backup import backups_of
        from db.restore import check_backup, restore_backup

        from .backups import RestoreDialog, backups_folder, restore_failed

        title = "Restore from backup"
        ctx, prompts = self.ctx, self.ctx.prompts
        t = ctx.tracker
        if t.path is None:
            prompts.info(self.window, title, "A tracker kept in memory has no backups.")
            return False
        self.wait_for_backup()
        root = backups_folder()
        dialog = RestoreDialog(backups_of(t, root), t.path.name, root, self.window)
        if not prompts.exec_dialog(dialog) or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
        assert chosen is not None
        question = (f"Replace {t.path.name} with {dialog.describe_chosen()}?\n\n"
                    "Everything added or changed since then will no longer be in the tracker. The tracker as it "
                    "is now is backed up first, so restoring that backup brings it back.")
        if not prompts.confirm(self.window, title, question, "Restore"):
            return False
        try:
            check_backup(chosen.path)  # refused before the tracker is even closed
        except TrackerError as exc:
            prompts.error(self.window, title, restore_failed(exc))
            return False
        path, user = Path(t.path), t.user
        t.close()
        try:
            before = restore_backup(chosen.path, path, root, user=user)
        except Exception as exc:  # noqa: BLE001 - told in one sentence; the tracker is opened again as it was
            self._reopen_after_restore(path, user)
            prompts.error(self.window, title, restore_failed(exc))
            return False
        if not self._reopen_after_restore(path, user):
            return False
        self._say(f"Restored {path.name} from the backup of {chosen.taken_at.astimezone():%Y-%m-%d %H:%M};"
                  f" the tracker as it was is kept as {before.name}.", 15000)
        return True

    def _reopen_after_restore(self, path: Path, user: str) -> bool:
        try:
            new = Tracker.open(path, user=user)
        except (TrackerError, sqlite3.Error, OSError) as exc:
            self.ctx.prompts.error(self.window, "Restore from backup", f"The tracker could not be opened again: {exc}")
            return False
        self.ctx.tracker = new
        self.ctx.undo_stack.clear()  # its steps were made on the contents that were replaced
        self.ctx.bus.tracker_replaced.emit()
        return True

    # -- preferences -------------------------------------------------------------
    def edit_preferences(self) -> None:
        from .dialogs import PreferencesDialog

        dialog = PreferencesDialog(self.ctx.prefs, self.window, prompts=self.ctx.prompts)
        if not self.ctx.prompts.exec_dialog(dialog):
            return
        prefs = dialog.result_preferences(self.ctx.prefs)
        try:
            prefs.save()
        except OSError as exc:
            self.ctx.prompts.error(self.window, "Preferences", f"Your preferences could not be saved: {exc}")
            return
        interval_changed = prefs.review_interval_days != self.ctx.prefs.review_interval_days
        self.ctx.prefs = prefs
        if prefs.user_name:
            self.ctx.tracker.user = prefs.user_name
        if interval_changed:
            self.ctx.bus.view_changed.emit()
