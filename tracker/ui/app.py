"""Starting the desktop app: find or create the tracker, build the window.

``create_main_window(db_path)`` builds the window for a tracker without
showing any dialog (tests and ``--screenshot`` use it); ``open_main_window``
first upgrades a tracker from an older version, off the GUI thread behind a
progress dialog; ``run()`` is what ``policy-tracker`` calls with no subcommand.
"""

from __future__ import annotations

# ruff: noqa: E402 (the imports follow pausing the garbage collector, below)
import gc

# Importing the window's modules makes tens of thousands of objects that live as long as the program:
# the cyclic garbage collector would scan them again and again while they are made (about 5 ms of
# start-up). It is paused for the imports below and resumed right after them.
_COLLECTING = gc.isenabled()
gc.disable()

import os
import sys
from pathlib import Path

import db.queries  # noqa: F401 (imported before Qt, below)

from .. import matrix_state  # noqa: F401
from ..preferences import Preferences, default_user, name_is_chosen

# isort: split
# The window's pure-Python modules are imported above, before PySide6: shiboken reads the source of
# every module imported after it (to see whether it uses Qt), which cost start-up ~5 ms.
from PySide6.QtCore import QCoreApplication, QSettings, QSize, QStandardPaths, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog

from db import Tracker, TrackerError
from db.store import pending_upgrade

from .. import __version__
from .context import AppContext, ChangeBus, in_language, install_last_resort
from .file_commands import recent_files, remember_recent
from .icons import action_icon, clear_icon_caches
from .main_window import MainWindow
from .matrix import CELL_ROLE
from .prompts import Prompts

if _COLLECTING:
    gc.enable()

ORGANIZATION = "PolicyTracker"
APPLICATION = "Policy Tracker"
DEFAULT_FILE_NAME = "tracker.db"
SCREENSHOT_SIZE = (1280, 800)


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("policy-tracker")
    return app


def default_tracker_path() -> Path:
    """Where the first tracker lives: the user's application-data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DEFAULT_FILE_NAME


def settings() -> QSettings:
    return QSettings(ORGANIZATION, "policy-tracker")


def resolve_tracker(db_path: str | os.PathLike[str] | None, store: QSettings) -> Path:
    """The tracker to open: ``--db``, else the most recent, else the default (created on first run)."""
    if db_path:
        return Path(db_path)
    for recent in recent_files(store):
        if Path(recent).exists():
            return Path(recent)
    path = default_tracker_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        Tracker.create(path, user=default_user()).close()
    return path


def create_main_window(
    db_path: str | os.PathLike[str],
    *,
    prompts: Prompts | None = None,
    store: QSettings | None = None,
    prefs: Preferences | None = None,
) -> MainWindow:
    """Build the main window for the tracker at ``db_path`` (no dialog is shown).

    Raises :class:`db.TrackerError` when the file cannot be opened.
    """
    ensure_application()
    prefs = prefs or Preferences.load()
    store = store or settings()
    tracker = Tracker.open(db_path, user=default_user(prefs.user_name or None))
    ctx = AppContext(
        tracker=tracker,
        prefs=prefs,
        settings=store,
        prompts=prompts or Prompts(),
        undo_stack=QUndoStack(),
        bus=ChangeBus(),
    )
    window = MainWindow(ctx)
    path = str(Path(db_path).resolve())
    window.after_first_paint(lambda: remember_recent(store, path))  # not a write to disk before the first paint
    ctx.undo_stack.setParent(window)
    ctx.bus.setParent(window)
    window.destroyed.connect(tracker.close)
    return window


def open_main_window(
    db_path: str | os.PathLike[str],
    *,
    prompts: Prompts | None = None,
    store: QSettings | None = None,
    prefs: Preferences | None = None,
) -> MainWindow:
    """:func:`create_main_window`, after upgrading a tracker written by an older version.

    The upgrade runs on a worker thread behind a progress dialog (:mod:`.upgrade`);
    an up-to-date tracker costs one read-only look at its migrations.  Raises
    :class:`db.TrackerError` when the file cannot be opened or upgraded (then unchanged), or lies inside a
    folder this computer syncs (a database synced while it is open gets corrupted).
    """
    from tracker.sync.places import refuse_inside_shared_folder  # json and paths only: a few link files read

    ensure_application()
    refuse_inside_shared_folder(db_path)
    if pending_upgrade(db_path):
        from .upgrade import upgrade_with_progress  # only an old tracker needs the dialog

        upgrade_with_progress(db_path)
    # Building the window makes tens of thousands of objects that live as long as it does: the cyclic
    # garbage collector scanned them again and again (58 ms of a million-record tracker's start-up).
    # It is paused while they are made, and what is alive then is moved out of its sight (gc.freeze).
    paused = gc.isenabled()
    gc.disable()
    try:
        window = create_main_window(db_path, prompts=prompts, store=store, prefs=prefs)
    finally:
        if paused:
            gc.freeze()
            gc.enable()
    return window


def render_screenshot(window: MainWindow, path: str | os.PathLike[str], view: str = "matrix") -> None:
    """Save a picture of the window (or one of its forms) at 1280×800."""
    from .evidence_form import EvidenceForm
    from .status_form import StatusForm

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    _select_first_assessed_cell(window)
    if view in ("evidence", "scorecards"):
        window.tabs.setCurrentIndex(1 if view == "evidence" else 2)
        QApplication.processEvents()
    if view == "history":
        window.show_history()
        QApplication.processEvents()
    if view == "review":
        window.show_review()
        QApplication.processEvents()
    if view in ("codebook", "countries"):
        from .codebook_editor import CodebookEditor
        from .countries_editor import CountriesEditor

        editor: QDialog = (CodebookEditor if view == "codebook" else CountriesEditor)(window.ctx, window)
        editor.resize(editor.minimumSize().expandedTo(editor.sizeHint()).expandedTo(QSize(900, 620)))
        editor.show()
        QApplication.processEvents()
        editor.grab().save(str(path))
        editor.close()
        return
    if view in ("evidence-form", "status-form"):
        cell = window.current_cell() or ("EE", "visa")
        dialog: QDialog
        if view == "evidence-form":
            dialog = EvidenceForm(window.ctx, lambda _v: None, cells=[cell], parent=window)
        else:
            dialog = StatusForm(window.ctx, cell[0], cell[1], lambda _v: None,
                                current=window.ctx.state.cited([cell]).get(cell), new_evidence=lambda: None,
                                parent=window)
        dialog.resize(dialog.minimumSize().expandedTo(dialog.sizeHint()))
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(path))
        dialog.close()
        return
    window.grab().save(str(path))


def _select_first_assessed_cell(window: MainWindow) -> None:
    """Screenshots show the details of a judged cell rather than an empty one."""
    proxy = window.matrix_proxy
    for row in range(proxy.rowCount()):
        for col in range(1, proxy.columnCount()):
            cell = proxy.index(row, col).data(CELL_ROLE)
            if cell is not None and cell.assessment_uid:
                window.matrix.setCurrentIndex(proxy.index(row, col))
                QApplication.processEvents()
                return


def run(db_path: str | None = None, screenshot: str | None = None, view: str = "matrix") -> int:
    """Open the app; with ``screenshot``, render offscreen to that PNG and exit."""
    if screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = ensure_application(sys.argv[:1])
    app.setWindowIcon(action_icon("app", "#000000"))
    prefs = Preferences.load()
    apply_language(prefs.language)  # before any window or dialog is built
    store = settings()
    prompts = Prompts()
    if not screenshot:
        # An error nothing caught (in a Qt slot, on a worker) is shown as one sentence, its traceback logged.
        install_last_resort(prompts)
    if not screenshot and not name_is_chosen(prefs):
        from .first_run import ask_name_on_first_run  # its dialog only when there is a question to ask

        prefs = ask_name_on_first_run(prompts)  # before the default tracker is created: its history records the name
    try:
        path = resolve_tracker(db_path, store)
        window = open_main_window(path, prompts=prompts, store=store, prefs=prefs)
    except (TrackerError, OSError) as exc:
        if screenshot:
            print(f"policy-tracker: error: {exc}", file=sys.stderr)
            return 1
        title = QCoreApplication.translate("App", "Cannot open tracker")
        prompts.error(None, title, f"{in_language(exc)}\n\n" + QCoreApplication.translate(
            "App", "The default tracker will be opened instead."))
        try:
            window = open_main_window(resolve_tracker(None, store), prompts=prompts, store=store, prefs=prefs)
        except (TrackerError, OSError) as again:
            prompts.error(None, title, str(again))
            return 1
    if screenshot:
        render_screenshot(window, screenshot, view)
        window.close()
        shutdown(window)
        return 0
    window.show()
    QTimer.singleShot(0, window.matrix.setFocus)
    # The bundled fonts (every language's letters, tracker.ui.fonts) after the first paint: the system's
    # fonts draw the first screen, and dialogs, reports and images opened later have DejaVu Sans anyway.
    # (A zero timer ran them before it: the window is painted on a later turn of the event loop.)
    window.after_first_paint(register_fonts)
    code = app.exec()
    shutdown(window)
    return code


def apply_language(preference: str) -> None:
    """The interface in the chosen language (the system's when ``preference`` is ""); English loads nothing.

    The choice is made here, as :func:`.i18n.chosen_language` makes it, so that an English start does not
    even import :mod:`.i18n` (0.7 ms).
    """
    from PySide6.QtCore import QLocale

    from db.i18n import ENGLISH, LANGUAGES, language_for

    if preference not in LANGUAGES:
        preference = next(filter(None, map(language_for, QLocale.system().uiLanguages())), ENGLISH)
    if preference != ENGLISH:
        from .i18n import install_translators

        install_translators(preference)


def register_fonts() -> None:
    """Register the bundled fonts (imported only now: the first screen does not need them)."""
    from .fonts import register_bundled_fonts

    register_bundled_fonts()


def shutdown(window: MainWindow) -> None:
    """Tear down in a safe order: the window (and its tracker), then cached pixmaps,
    all before Python starts destroying modules."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    clear_icon_caches()
