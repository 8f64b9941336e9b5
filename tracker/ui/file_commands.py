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

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QMainWindow, QMenu

from db import Tracker, TrackerError, ValidationError, blank_codebook, default_codebook, load_codebook
from db.ops import Change
from db.queries import codebook_view

from .context import QT_TRANSLATE_NOOP, AppContext, in_language
from .language import untranslated

if TYPE_CHECKING:  # the backups, the workers and the exports load when first used, not at start-up
    from .backups import DailyBackup
    from .tasks import Job

#: An export's work: ``(tracker, progress, cancelled, path to write) -> sentence for the status bar``.
FileJob = Callable[[Tracker, Callable[[int], None], Callable[[], bool], str], str]

TRACKER_FILTER = QT_TRANSLATE_NOOP("FileCommands", "Policy trackers (*.db *.sqlite *.tracker);;All files (*)")
CODEBOOK_FILTER = QT_TRANSLATE_NOOP("FileCommands", "Codebooks (*.json);;All files (*)")
#: What the progress dialog says while a table is written.
WRITING: dict[str, str] = {
    "scorecard": QT_TRANSLATE_NOOP("FileCommands", "Writing the scorecard export"),
    "assessments": QT_TRANSLATE_NOOP("FileCommands", "Writing the assessments export"),
    "history": QT_TRANSLATE_NOOP("FileCommands", "Writing the history export"),
    "evidence": QT_TRANSLATE_NOOP("FileCommands", "Writing the evidence export"),
}


def translated(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("FileCommands", ...)``) in the interface's language."""
    return QCoreApplication.translate("FileCommands", text)
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
    Everything the job needs from the window (and every sentence it says) is read here, on the window's thread.
    """
    from ..export_files import ExportOptions, export_size  # loaded on first export, not at start-up
    from ..exports import EXPORT_KINDS

    kind, fmt = str(opts["kind"]), str(opts["fmt"])
    as_of, group = opts.get("as_of"), opts.get("group")
    as_of = None if as_of is None else str(as_of)
    group = None if group is None else str(group)
    language = str(opts.get("language") or "en")  # reports and the matrix image: the export dialog's choice
    if kind in EXPORT_KINDS:
        options = ExportOptions(
            as_of=as_of, group=group, include_archived=bool(opts.get("include_archived")),
            review_interval_days=ctx.review_interval(), bom=ctx.prefs.csv_bom,
            include_proposed=bool(opts.get("include_proposed")),
        )
        what = translated(WRITING[kind]) if kind in WRITING else f"Writing the {kind} export"
        return table_job(kind, fmt, options), what, export_size(ctx.tracker, kind, options)
    if kind == "report":
        country = opts.get("country")
        written = QCoreApplication.translate("FileCommands", "Report written to %1").replace("%1", "{target}")
        arguments = {"country": None if country is None else str(country), "fmt": fmt, "as_of": as_of,
                     "group": group, "page_size": str(opts.get("page_size") or "A4"),
                     "include_proposed": bool(opts.get("include_proposed")), "language": language}
        job = report_job(arguments, written)
        return job, QCoreApplication.translate("FileCommands", "Writing the report"), None
    if kind == "matrix":
        drawn = QCoreApplication.translate("FileCommands", "Matrix image written to %1").replace("%1", "{target}")
        job = matrix_job(as_of, group, language, drawn)
        return job, QCoreApplication.translate("FileCommands", "Drawing the matrix image"), None
    raise ValueError(f"unknown export {kind!r}")


# The jobs are made by functions of their own: pyside6-lupdate loses the class of every later tr() after a
# function defined inside an ``if`` block.
def table_job(kind: str, fmt: str, options: Any) -> FileJob:
    """A table or workbook written by :func:`tracker.export_files.export_to_file`."""
    from ..export_files import export_to_file

    def table(t: Tracker, progress: Callable[[int], None], _cancelled: Callable[[], bool], path: str) -> str:
        return export_to_file(t, kind, fmt, path, options, progress=progress)

    return table


def report_job(arguments: dict[str, Any], written: str) -> FileJob:
    """A report (:func:`tracker.ui.render.write_report` with ``arguments``); says ``written`` when done."""
    from .render import write_report

    def report(t: Tracker, _progress: Callable[[int], None], _cancelled: Callable[[], bool], path: str) -> str:
        write_report(t, path, **arguments)
        return written

    return report


def matrix_job(as_of: str | None, group: str | None, language: str, drawn: str) -> FileJob:
    """The matrix image (its words in ``language``); says ``drawn`` when done."""
    from .render import render_matrix_png

    def matrix(t: Tracker, _progress: Callable[[int], None], _cancelled: Callable[[], bool], path: str) -> str:
        render_matrix_png(t, path, as_of=as_of, group=group, language=language)
        return drawn

    return matrix


def write_to(target: str, job: FileJob) -> Job:
    """``job`` writing to a hidden temporary file next to ``target``, renamed into place only when it finished
    and was not cancelled: a cancel or a failure leaves ``target`` as it was (absent, or the earlier file)."""
    from db.backup import new_file_mode
    from db.messages import Message

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
        if isinstance(message, Message) and "target" in message.params:  # stays translatable (export_files)
            return message.format(target=str(final))
        return message.replace(str(tmp), str(final)).replace("{target}", str(final))

    return run


def failure_sentence(path: str, exc: BaseException) -> str:
    """One sentence for a failed export: where, and why in the words of the error (no traceback, no errno);
    a full disk is said as everywhere else ("the disk is full")."""
    from db.places import DISK_FULL, failure_cause

    sentence = QCoreApplication.translate("FileCommands", "The export could not be written to %1: %2.")
    sentence = sentence.replace("%1", path)
    if failure_cause(exc) == DISK_FULL:
        return sentence.replace("%2", QCoreApplication.translate("FileCommands", "the disk is full"))
    if isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    else:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    reason = reason.rstrip(".")
    return sentence.replace("%2", reason[:1].lower() + reason[1:])


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
            lambda: prompts.open_file(self.window, self.tr("Choose a codebook"), str(Path.home()),
                                      translated(CODEBOOK_FILTER)),
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
                    raise ValidationError("codebook", self.tr("Choose a codebook file first."))
                book = load_codebook(dialog.codebook_path)
            else:
                book = default_codebook()
        except ValidationError as exc:
            prompts.error(self.window, self.tr("New tracker"), in_language(exc.message))
            return
        path = prompts.save_file(self.window, self.tr("Create tracker"),
                                 str(save_folder(self.ctx.settings) / "tracker.db"), translated(TRACKER_FILTER))
        if not path:
            return
        remember_save_folder(self.ctx.settings, path)
        try:
            if Path(path).exists():
                raise TrackerError(self.tr(
                    "%1 already exists; choose a new name (an existing tracker is never overwritten)."
                ).replace("%1", path))
            Tracker.create(path, book, user=self.ctx.tracker.user).close()
        except (TrackerError, OSError, sqlite3.Error) as exc:
            prompts.error(self.window, self.tr("New tracker"), in_language(exc))
            return
        self.open_tracker(path)

    def open_tracker_dialog(self) -> None:
        t = self.ctx.tracker
        start = str(t.path.parent) if t.path else str(documents_folder())
        path = self.ctx.prompts.open_file(self.window, self.tr("Open tracker"), start, translated(TRACKER_FILTER))
        if path:
            self.open_tracker(path)

    def open_tracker(self, path: str | os.PathLike[str]) -> bool:
        """Switch to another tracker file; on failure say why and keep the current one.

        A tracker inside a folder this computer syncs is refused: a database synced while open gets corrupted.
        """
        try:
            from tracker.sync.places import refuse_inside_shared_folder

            from .upgrade import upgrade_with_progress  # only when a file is opened

            refuse_inside_shared_folder(path)
            upgrade_with_progress(path, self.window)  # an older file: on a worker, behind a dialog, copy kept
            new = Tracker.open(path, user=self.ctx.tracker.user)
        except (TrackerError, sqlite3.Error, OSError) as exc:
            self.ctx.prompts.error(self.window, self.tr("Cannot open tracker"), in_language(exc))
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
            none = menu.addAction(self.tr("No recent trackers"))
            none.setEnabled(False)
            return
        for i, p in enumerate(paths, 1):
            act = menu.addAction(f"&{i} {p}")
            act.triggered.connect(lambda _checked=False, p=p: self.open_tracker(p))

    def save_copy(self) -> None:
        t = self.ctx.tracker
        suggested = str(save_folder(self.ctx.settings) / f"{t.path.stem if t.path else 'tracker'}-copy.db")
        path = self.ctx.prompts.save_file(self.window, self.tr("Save a copy"), suggested, translated(TRACKER_FILTER))
        if not path:
            return
        remember_save_folder(self.ctx.settings, path)
        from db.backup import save_copy

        try:
            save_copy(t, path)
        except (TrackerError, OSError, sqlite3.Error) as exc:
            self.ctx.prompts.error(self.window, self.tr("Save a copy"), in_language(exc))
            return
        self._say(self.tr("Saved a copy to %1").replace("%1", path), 5000)

    def check_tracker(self) -> None:
        """Check the open tracker; offer to repair what can be repaired, then say what was found and done."""
        from db.check import check_tracker, repair_tracker

        title = self.tr("Check and repair tracker")
        prompts = self.ctx.prompts
        try:
            problems = check_tracker(self.ctx.tracker)
        except (TrackerError, sqlite3.Error) as exc:
            prompts.error(self.window, title,
                          self.tr("The tracker could not be checked: %1").replace("%1", in_language(exc)))
            return
        if not problems:
            prompts.info(self.window, title, self.tr("No problems found: the tracker is healthy."))
            return
        found = "\n".join(f"• {in_language(p.message)}" for p in problems)
        if not any(p.repairable for p in problems):
            prompts.info(self.window, title,
                         self.tr("Problems found that cannot be repaired automatically:\n%1").replace("%1", found))
            return
        question = self.tr("Problems found:\n%1\n\nRepair what can be repaired?").replace("%1", found)
        if not prompts.confirm(self.window, title, question, self.tr("Repair")):
            return
        try:  # waits out another program's lock without freezing the window (ctx.write)
            repairs = self.ctx.write(lambda: repair_tracker(self.ctx.tracker))
        except (TrackerError, sqlite3.Error) as exc:
            prompts.error(self.window, title, in_language(exc))
            return
        # A repair is in the history, not on the undo stack; earlier steps may no longer apply.
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(Change("repair", codebook=True))
        left = [in_language(p.message) for p in check_tracker(self.ctx.tracker)]
        text = "\n".join(f"• {in_language(r)}" for r in repairs) or self.tr("Nothing needed repairing.")
        if left:
            text += "\n\n" + self.tr("Still to fix by hand:") + "\n" + "\n".join(f"• {m}" for m in left)
        prompts.info(self.window, title, text)

    # -- import and export -------------------------------------------------------
    def export(self, *, report_country: str | None = None) -> None:
        """Ask what to export, then where; write it whole or not at all."""
        from .dialogs import ExportDialog
        from .tasks import Cancelled, run_in_background

        ctx = self.ctx
        dialog = ExportDialog(codebook_view(ctx.tracker, ctx.language), ctx.settings, self.window,
                              report_country=report_country, group=ctx.view.group, as_of=ctx.view.as_of,  # as on screen
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
        path = ctx.prompts.save_file(self.window, self.tr("Export to"), str(Path(folder) / name),
                                     self.tr("%1 files (*.%2);;All files (*)").replace("%1", fmt.upper())
                                     .replace("%2", fmt))
        if not path:
            return
        try:
            job, what, total = export_job(ctx, opts)
            message = run_in_background(self.window, ctx.tracker, write_to(path, job), title=self.tr("Export"),
                                        what=what, total=total, started=self.export_started.emit)
        except Cancelled:
            self._say(self.tr("Export cancelled; nothing was written."), 8000)
            return
        except Exception as exc:  # noqa: BLE001 - any failure is told as one sentence, and leaves no file
            ctx.prompts.error(self.window, self.tr("Export"), failure_sentence(path, exc))
            return
        ctx.settings.setValue("export/folder", str(Path(path).parent))
        self._say(in_language(message), 8000)  # "Wrote …" (tracker.export_files) in the interface's language
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
        said = self.tr("Imported %1: %2").replace("%1", result.file_name).replace("%2", in_language(result.summary()))
        self._say(said + note, 10000)

    def import_codebook(self) -> None:
        from ..importer import ImportFailed, import_codebook, import_recommendations

        path = self.ctx.prompts.open_file(self.window, self.tr("Import a codebook"), str(documents_folder()),
                                          self.tr("Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)"))
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
            self.ctx.prompts.error(self.window, self.tr("Import codebook"),
                                   "\n".join(in_language(e.sentence) for e in exc.errors) or in_language(exc))
            return
        except (TrackerError, OSError) as exc:
            self.ctx.prompts.error(self.window, self.tr("Import codebook"), in_language(exc))
            return
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(change)
        self._say(self.tr("Codebook imported from %1.").replace("%1", path) + (f" {problem}" if problem else ""), 8000)

    def export_codebook(self) -> None:
        """Save the codebook as the JSON ``init --codebook`` reads, so another campaign can start from it."""
        from db.codebook_export import export_codebook

        t = self.ctx.tracker
        name = f"{t.path.stem if t.path else 'tracker'}-codebook.json"
        path = self.ctx.prompts.save_file(self.window, self.tr("Export codebook"),
                                          str(save_folder(self.ctx.settings) / name), translated(CODEBOOK_FILTER))
        if not path:
            return
        remember_save_folder(self.ctx.settings, path)
        try:  # the save dialog has asked before replacing a file
            written = export_codebook(t, path, overwrite=True)
        except (TrackerError, OSError) as exc:
            self.ctx.prompts.error(self.window, self.tr("Export codebook"), in_language(exc))
            return
        source = "Exported the codebook (%Ln recommendations) to %1"
        said = self.tr("Exported the codebook (%Ln recommendations) to %1", "", written)
        if untranslated(said, source, written):
            said = f"Exported the codebook ({written} recommendations) to %1"
        self._say(said.replace("%1", path), 8000)

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
            self._say(self.tr("Today's backup of the tracker was made (File › Restore from backup… lists them)."), 5000)

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

        from .backups import RestoreDialog, backups_folder, restore_failed, when

        title = self.tr("Restore from backup")
        ctx, prompts = self.ctx, self.ctx.prompts
        t = ctx.tracker
        if t.path is None:
            prompts.info(self.window, title, self.tr("A tracker kept in memory has no backups."))
            return False
        self.wait_for_backup()
        root = backups_folder()
        dialog = RestoreDialog(backups_of(t, root), t.path.name, root, self.window)
        if not prompts.exec_dialog(dialog) or dialog.chosen() is None:
            return False
        chosen = dialog.chosen()
        assert chosen is not None
        question = self.tr("Replace %1 with %2?\n\n"
                           "Everything added or changed since then will no longer be in the tracker. The tracker as it "
                           "is now is backed up first, so restoring that backup brings it back.")
        question = question.replace("%1", t.path.name).replace("%2", dialog.describe_chosen())
        if not prompts.confirm(self.window, title, question, self.tr("Restore")):
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
        self._say(self.tr("Restored %1 from the backup of %2; the tracker as it was is kept as %3.")
                  .replace("%1", path.name).replace("%2", when(chosen)).replace("%3", before.name), 15000)
        return True

    def _reopen_after_restore(self, path: Path, user: str) -> bool:
        try:
            new = Tracker.open(path, user=user)
        except (TrackerError, sqlite3.Error, OSError) as exc:
            self.ctx.prompts.error(self.window, self.tr("Restore from backup"),
                                   self.tr("The tracker could not be opened again: %1").replace("%1", str(exc)))
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
            self.ctx.prompts.error(self.window, self.tr("Preferences"),
                                   self.tr("Your preferences could not be saved: %1").replace("%1", str(exc)))
            return
        interval_changed = prefs.review_interval_days != self.ctx.prefs.review_interval_days
        self.ctx.prefs = prefs
        if prefs.user_name:
            self.ctx.tracker.user = prefs.user_name
        if interval_changed:
            self.ctx.bus.view_changed.emit()
