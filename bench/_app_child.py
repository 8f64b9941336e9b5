"""The scale benchmark's measuring processes; each run prints one JSON object (see scale_bench.py).

    python bench/_app_child.py startup      --source DIR --db FILE     # app start-up to a painted window
    python bench/_app_child.py bare-startup --source DIR                # bare PySide6 window, empty QTableView
    python bench/_app_child.py floor-startup --source DIR --db FILE     # the least any app with our first screen does
    python bench/_app_child.py interactive  --source DIR --db FILE --out JSON [--reps N --budget S]
    python bench/_app_child.py export       --source DIR --db FILE --out CSV
    python bench/_app_child.py export-bare  --source DIR --db FILE --out CSV

Each mode runs in a fresh process so CPU time, peak memory and caches are its own.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Run as scripts with bench/ on sys.path; mypy (base: the repo root) sees these modules as bench.*.
if TYPE_CHECKING:
    from bench._measure import Budget, cpu_seconds, median, proc_status_kb
    from bench._source import source_from_argv, use_source
else:
    from _measure import Budget, cpu_seconds, median, proc_status_kb
    from _source import source_from_argv, use_source

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def arg(name: str, default: str | None = None) -> str | None:
    argv = sys.argv
    return argv[argv.index(name) + 1] if name in argv else default


# --------------------------------------------------------------------------- start-up
def wait_painted(app: Any, widget: Any, timeout: float = 600.0) -> None:
    """Process events until ``widget`` has received a paint event."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    end = time.perf_counter() + timeout
    while not watch.painted and time.perf_counter() < end:
        app.processEvents()
    widget.removeEventFilter(watch)


def bench_prompts() -> Any:
    """Prompts that answer nothing and never block (no dialog is ever shown by the benchmark)."""
    from tracker.ui.prompts import Prompts

    class BenchPrompts(Prompts):
        def __init__(self) -> None:
            self.errors: list[tuple[str, str]] = []

        def error(self, parent: Any, title: str, text: str) -> None:
            self.errors.append((title, text))

        def info(self, parent: Any, title: str, text: str) -> None:
            pass

        def confirm(self, parent: Any, title: str, text: str, yes: str = "OK") -> bool:
            return True

        def open_file(self, *args: Any) -> None:
            return None

        def save_file(self, *args: Any) -> None:
            return None

        def exec_dialog(self, dialog: Any) -> bool:
            return False

        def open_url(self, url: str) -> bool:
            return True

    return BenchPrompts()


def open_window(db_path: str, scratch: Path) -> Any:
    from PySide6.QtCore import QSettings

    from tracker.preferences import Preferences
    from tracker.ui import app

    store = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    # What the app runs (it checks first whether the tracker needs an upgrade); older trees lack it.
    opener = getattr(app, "open_main_window", app.create_main_window)
    return opener(db_path, prompts=bench_prompts(), store=store, prefs=Preferences(user_name="Bench"))


def probe_db() -> str:
    """A probe's ``--db``: a copy of a benchmark tracker, never the cached one itself (probes write to it)."""
    db = arg("--db")
    if not db or "bench/.cache" in str(Path(db).resolve()):
        sys.exit("--db COPY.db: a copy of a benchmark tracker (never the cached one itself)")
    return db


def shown_window(db_path: str, scratch: Path) -> tuple[Any, Any]:
    """The app and its window on ``db_path``, shown at 1280×900 with its first events handled (the probes' start)."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    window = open_window(db_path, scratch)
    app = QApplication.instance()
    assert app is not None
    window.resize(1280, 900)
    window.show()
    app.processEvents()
    return app, window


def find_named(window: Any, *names: str) -> Any:
    from PySide6.QtWidgets import QWidget

    for name in names:
        for w in window.findChildren(QWidget):
            if w.accessibleName() == name:
                return w
    return None


def startup(db_path: str, launched: float) -> dict[str, Any]:
    """``policy-tracker --db FILE`` as a person starts it, to the first paint of its matrix.

    The launcher's own path (``tracker.launcher.open_app``: ``tracker.ui.app.run``, which loads the
    preferences, sets the language, opens the tracker and shows the window); the measurement ends in
    the first event after the matrix's first paint.  The parent leaves a name in the preferences (a
    returning user: no first-run question).  A tree from before the launcher starts through
    ``tracker.cli.main``, as its ``policy-tracker`` did.
    """
    import tracker

    # (Asked of the tree itself: the virtualenv's editable install would find this checkout's launcher.)
    if (Path(tracker.__file__ or "").parent / "launcher.py").exists():
        from tracker.launcher import open_app
    else:  # an older tree: its entry point parsed the command line first

        def open_app(db_path: str | None) -> int:
            from tracker.cli import main as command_line

            return command_line(["--db", str(db_path)])

    from tracker.ui import app

    opened = app.open_main_window

    def open_and_watch(*args: Any, **kwargs: Any) -> Any:
        window = opened(*args, **kwargs)
        from PySide6.QtCore import QEvent, QObject, QTimer

        def finish() -> None:
            cpu = cpu_seconds()
            wall = time.time() - launched
            print(json.dumps({"cpu": cpu, "wall": wall, "peak_rss_kb": proc_status_kb("VmHWM")}))
            sys.stdout.flush()
            os._exit(0)  # nothing after the first paint is measured

        class Watch(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    obj.removeEventFilter(self)
                    QTimer.singleShot(0, finish)  # after this paint, not inside it
                return False

        watch = Watch(window)  # the window owns it
        window.matrix.viewport().installEventFilter(watch)
        return window

    app.open_main_window = open_and_watch
    open_app(db_path)
    raise SystemExit("the window closed before its first paint")


def bare_startup(launched: float) -> dict[str, Any]:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 0, table))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    wait_painted(app, table.viewport())
    cpu = cpu_seconds()
    wall = time.time() - launched
    rss = proc_status_kb("VmHWM")
    window.close()
    return {"cpu": cpu, "wall": wall, "peak_rss_kb": rss}


def floor_startup(db_path: str, launched: float) -> dict[str, Any]:
    """The floor under figure 5: a window built with only the Qt machinery the app's first screen cannot do
    without, and none of the app's own code.

    On top of the bare window: the ``Qt`` namespace (item roles, alignment: importing it makes its 93 enums),
    a table model over the tracker's countries read with ``sqlite3``, a sort proxy sorted once, a delegate
    reading each cell's ``option.state`` (which makes ``QStyle``'s enums), tab widget, menu bar with the
    app's 33 actions, toolbar, dock and status bar.  Whatever start-up costs above this is the app's own.
    """
    import sqlite3

    from PySide6.QtCore import (
        QAbstractTableModel,
        QModelIndex,
        QPersistentModelIndex,
        QSortFilterProxyModel,
        QStandardPaths,
        Qt,
    )
    from PySide6.QtGui import QAction, QPainter
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QLabel,
        QMainWindow,
        QStyle,
        QStyledItemDelegate,
        QStyleOptionViewItem,
        QTableView,
        QTabWidget,
        QToolBar,
    )

    QStandardPaths.setTestModeEnabled(True)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    countries = [r[0] for r in conn.execute("SELECT code FROM countries WHERE archived = 0 ORDER BY code")]
    recs = [r[0] for r in conn.execute("SELECT code FROM recommendations WHERE archived = 0 ORDER BY position")]
    Index = QModelIndex | QPersistentModelIndex  # noqa: N806

    class Model(QAbstractTableModel):
        def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
            return 0 if parent.isValid() else len(countries)

        def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
            return 0 if parent.isValid() else len(recs)

        def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return countries[index.row()] if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole) else None

    class Delegate(QStyledItemDelegate):
        def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
            if option.state & QStyle.StateFlag.State_Selected:
                painter.fillRect(option.rect, option.palette.highlight())
            painter.drawText(option.rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    tabs = QTabWidget()
    table = QTableView()
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(Model(table))
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.sort(0)
    table.setModel(proxy)
    table.setItemDelegate(Delegate(table))
    tabs.addTab(table, "Matrix")
    window.setCentralWidget(tabs)
    menu = window.menuBar().addMenu("&File")
    toolbar = QToolBar("Main toolbar")
    window.addToolBar(toolbar)
    for n in range(33):
        action = QAction(f"Action {n}", window)
        menu.addAction(action)
        if n < 10:
            toolbar.addAction(action)
    dock = QDockWidget("Cell details", window)
    dock.setWidget(QLabel("Details"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.statusBar().addWidget(QLabel(f"{len(countries)} countries"))
    window.resize(1280, 800)
    window.show()
    wait_painted(app, table.viewport())
    return {"cpu": cpu_seconds(), "wall": time.time() - launched, "peak_rss_kb": proc_status_kb("VmHWM")}


# --------------------------------------------------------------------------- export
EVIDENCE_SQL = """
SELECT e.uid, e.event_date, e.title, e.url, e.archive_url, e.accessed_on, e.publisher, e.source_kind, e.language,
       e.notes,
       (SELECT group_concat(c, '|') FROM (SELECT DISTINCT l.country_code AS c FROM evidence_links l
                                          WHERE l.evidence_uid = e.uid ORDER BY c)),
       (SELECT group_concat(r, '|') FROM (SELECT DISTINCT l.recommendation_code AS r FROM evidence_links l
                                          WHERE l.evidence_uid = e.uid ORDER BY r)),
       e.recorded_by, e.recorded_at, e.updated_at
FROM evidence e WHERE e.archived = 0 ORDER BY e.event_date DESC, e.rowid DESC
"""
EVIDENCE_HEADER = ["uid", "event_date", "title", "url", "archive_url", "accessed_on", "publisher", "source_kind",
                   "language", "notes", "countries", "recommendations", "recorded_by", "recorded_at", "updated_at"]


def export_ours(db_path: str, out: str) -> dict[str, Any]:
    from db import Tracker
    from tracker.export_files import ExportOptions, export_to_file

    t = Tracker.open(db_path, user="Bench")
    rss0 = proc_status_kb("VmRSS")
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    message = export_to_file(t, "evidence", "csv", out, ExportOptions())
    cpu, wall = cpu_seconds() - cpu0, time.perf_counter() - wall0
    peak = proc_status_kb("VmHWM")
    t.close()
    return {"cpu": cpu, "wall": wall, "rss_before_kb": rss0, "peak_rss_kb": peak, "message": message}


def export_bare(db_path: str, out: str) -> dict[str, Any]:
    import csv
    import sqlite3

    rss0 = proc_status_kb("VmRSS")
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    with open(out, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(EVIDENCE_HEADER)
        w.writerows(conn.execute(EVIDENCE_SQL))
    conn.close()
    cpu, wall = cpu_seconds() - cpu0, time.perf_counter() - wall0
    return {"cpu": cpu, "wall": wall, "rss_before_kb": rss0, "peak_rss_kb": proc_status_kb("VmHWM")}


# --------------------------------------------------------------------------- interactive
class Stopwatch:
    """Wall time of one interaction, keeping its CPU time (this process) aside.

    The CPU time says what the interaction costs when the machine is shared
    and the wall time includes waiting for a core.
    """

    def __init__(self) -> None:
        self.cpus: list[float] = []
        self._cpu0 = 0.0

    def start(self) -> float:
        self._cpu0 = time.process_time()
        return time.perf_counter()

    def stop(self, t0: float) -> float:
        wall = time.perf_counter() - t0
        self.cpus.append(time.process_time() - self._cpu0)
        return wall

    def take(self) -> list[float]:
        cpus, self.cpus = self.cpus, []
        return cpus


SW = Stopwatch()


class Session:
    """The real window on one tracker, driven through its public API and its controls' accessible names."""

    def __init__(self, db_path: str, out: str, reps: int, budget: float) -> None:
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QApplication

        QStandardPaths.setTestModeEnabled(True)
        self.db_path = db_path
        self.out = out
        self.reps = reps
        self.budget = budget
        self.results: dict[str, Any] = {"notes": []}
        self.tmp = tempfile.TemporaryDirectory()
        start = time.perf_counter()
        self.window = open_window(db_path, Path(self.tmp.name))
        app = QApplication.instance()
        assert app is not None  # the window (opened above) needs an application
        self.app = app
        self.window.show()
        self.window.activateWindow()
        # The evidence list and its search box are looked up when the Evidence tab is opened (the app
        # may build that tab on first use); the rest now.
        self.names = {
            "matrix": find_named(self.window, "Status matrix"),
            "details": find_named(self.window, "Cell details"),
            "as_of": find_named(self.window, "As of date"),
            "group": find_named(self.window, "Group filter"),
        }
        missing = [k for k, v in self.names.items() if v is None]
        if missing:
            self.note(f"controls without the issue's accessible name: {', '.join(missing)} (found by attribute)")
        w = self.window
        self.matrix = self.names["matrix"] or w.matrix
        self.details = self.names["details"] or w.details
        self.as_of = self.names["as_of"] or find_named(w, "As-of date") or w.view_controls.as_of_edit
        self.group = self.names["group"] or w.view_controls.group_combo
        self.settle(self.matrix.viewport())
        self.results["open_window_s"] = time.perf_counter() - start
        self.save()
        import sqlite3

        self.ro = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)

    # -- plumbing
    def note(self, text: str) -> None:
        self.results["notes"].append(text)

    def save(self) -> None:
        self.results["peak_rss_kb"] = proc_status_kb("VmHWM")
        Path(self.out).write_text(json.dumps(self.results, indent=1))

    def settle(self, widget: Any = None) -> None:
        """Process pending events; with ``widget``, until it has painted (call right after showing it)."""
        if widget is not None:
            wait_painted(self.app, widget, timeout=5)
        self.app.processEvents()

    def pump_until(self, cond: Any, timeout: float) -> bool:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            self.app.processEvents()
            if cond():
                self.app.processEvents()
                return True
        return False

    def details_cell(self) -> Any:
        return getattr(self.details, "cell", None)

    def current_cell(self) -> Any:
        return self.window.current_cell()

    def record(self, key: str, values: list[float], worst: bool = False, cpus: list[float] | None = None) -> None:
        ms = [v * 1000 for v in values]
        cpu_ms = [c * 1000 for c in (SW.take() if cpus is None else cpus)]
        entry: dict[str, Any] = {"median_ms": median(ms), "n": len(ms), "cpu_median_ms": median(cpu_ms),
                                 "cpu_max_ms": max(cpu_ms) if cpu_ms else None}
        if worst:
            entry["max_ms"] = max(ms) if ms else None
        self.results[key] = entry
        self.save()

    def repaint_changed(self) -> None:
        self.matrix.viewport().repaint()
        if self.details.isVisible():
            self.details.repaint()

    # -- 0. anchor: a bare QTableView of the matrix's shape, full repaint
    def anchor_paint(self) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QTableView

        proxy = self.matrix.model()
        rows, cols = proxy.rowCount(), proxy.columnCount()
        model = QStandardItemModel(rows, cols)
        for r in range(rows):
            for c in range(cols):
                model.setItem(r, c, QStandardItem("Partly implemented" if c else f"Country {r}"))
        table = QTableView()
        table.setModel(model)
        table.resize(self.matrix.size())
        table.show()
        self.settle(table.viewport())
        times = []
        for _ in range(20):
            t0 = SW.start()
            table.viewport().repaint()
            times.append(SW.stop(t0))
        table.close()
        self.record("anchor_bare_table_repaint", times)
        mat = []
        for _ in range(10):
            t0 = SW.start()
            self.matrix.viewport().repaint()
            mat.append(SW.stop(t0))
        self.record("matrix_full_repaint", mat)

    # -- 1. selection and keyboard moves
    def cell_selection(self) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        self.window.show_tab(0) if hasattr(self.window, "show_tab") else None
        self.settle()
        proxy = self.matrix.model()
        rows, recs = proxy.rowCount(), len(self.window.matrix_model.recs)
        import random

        rnd = random.Random(7)

        def click(_i: int) -> float | None:
            index = proxy.index(rnd.randrange(rows), 1 + rnd.randrange(recs))
            self.matrix.scrollTo(index)
            self.settle()
            rect = self.matrix.visualRect(index)
            t0 = SW.start()
            QTest.mouseClick(self.matrix.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(rect.center()))
            ok = self.pump_until(lambda: self.details_cell() is not None
                                 and self.details_cell() == self.current_cell(), max(120.0, self.budget * 6))
            self.details.repaint()
            dt = SW.stop(t0)
            return dt if ok else None

        self.record("select_cell_click", Budget(self.reps, self.budget).repeat(click), worst=True)

        # keyboard: start in the middle, walk a square and page up/down
        self.matrix.setFocus()
        self.matrix.setCurrentIndex(proxy.index(rows // 2, max(1, recs // 2)))
        self.settle()
        keys = ([Qt.Key.Key_Right] * 3 + [Qt.Key.Key_Down] * 3 + [Qt.Key.Key_Left] * 3 + [Qt.Key.Key_Up] * 3
                + [Qt.Key.Key_PageDown, Qt.Key.Key_PageUp])
        def move(i: int) -> float | None:
            key = keys[i % len(keys)]
            before = self.current_cell()
            t0 = SW.start()
            QTest.keyClick(self.matrix, key)
            ok = self.pump_until(lambda: self.current_cell() != before and self.details_cell() == self.current_cell(),
                                 max(120.0, self.budget * 6))
            self.details.repaint()
            dt = SW.stop(t0)
            return dt if ok else None

        self.record("keyboard_move", Budget(max(self.reps * 2, len(keys)), self.budget).repeat(move), worst=True)

    # -- 2. edits, undo, redo
    def select(self, row: int, col: int) -> tuple[str, str]:
        proxy = self.matrix.model()
        self.matrix.setCurrentIndex(proxy.index(row, col))
        self.settle()
        return self.current_cell()

    def edits(self) -> None:
        from dataclasses import replace

        from db.queries import get_evidence
        from tracker.ui.commands import AddEvidence, EditEvidence, SetStatus
        from tracker.ui.inputs import EvidenceInput, StatusInput

        ctx = self.window.ctx
        today = time.strftime("%Y-%m-%d")
        statuses = ["full", "partial", "announced", "none", "contrary"]
        timings: dict[str, list[float]] = {k: [] for k in (
            "status_edit", "status_undo", "status_redo", "evidence_add", "evidence_add_undo", "evidence_add_redo",
            "evidence_edit", "evidence_edit_undo")}

        cpu_timings: dict[str, list[float]] = {}

        def timed(key: str, action: Any) -> None:
            t0 = SW.start()
            action()
            self.app.processEvents()
            self.repaint_changed()
            timings[key].append(SW.stop(t0))
            cpu_timings.setdefault(key, []).append(SW.take()[-1])

        start = time.perf_counter()
        for i in range(self.reps):
            country, rec = self.select(3 + 7 * i, 1 + (5 * i) % 40)
            timed("status_edit", lambda c=country, r=rec, i=i: ctx.run(SetStatus(ctx, StatusInput(
                country=c, recommendation=r, status=statuses[i % 5], effective_date=today,
                rationale=f"Bench edit {i}", confidence="reported"))))
            timed("status_undo", ctx.undo_stack.undo)
            timed("status_redo", ctx.undo_stack.redo)
            data = EvidenceInput(event_date=today, title=f"Bench government evidence {i}",
                                 url=f"https://bench.example.org/{os.getpid()}/{i}", publisher="Bench",
                                 source_kind="media", countries=(country,), recommendations=(rec,))
            timed("evidence_add", lambda d=data: ctx.run(AddEvidence(ctx, d)))
            timed("evidence_add_undo", ctx.undo_stack.undo)
            timed("evidence_add_redo", ctx.undo_stack.redo)
            row = self.ro.execute(
                "SELECT e.uid FROM evidence e JOIN evidence_links l ON l.evidence_uid = e.uid"
                " WHERE l.country_code = ? AND l.recommendation_code = ? AND e.archived = 0 LIMIT 1",
                (country, rec)).fetchone()
            if row:
                uid = row[0]

                def edit(uid: str = uid, i: int = i) -> None:
                    item = get_evidence(ctx.tracker, [uid])[0]
                    ctx.run(EditEvidence(ctx, uid, replace(EvidenceInput.from_item(item),
                                                           title=f"{item.title} (edited {i})")))

                timed("evidence_edit", edit)
                timed("evidence_edit_undo", ctx.undo_stack.undo)
            if time.perf_counter() - start > self.budget * 4:
                break
        for key, values in timings.items():
            self.record(key, values, worst=True, cpus=cpu_timings.get(key, []))

    # -- 3. view changes and the scorecards tab
    def view_changes(self) -> None:
        from PySide6.QtCore import QDate

        w = self.window
        dates = [QDate(2021, 6, 30), QDate(2023, 1, 31), QDate.currentDate()]

        def as_of(i: int) -> float:
            t0 = SW.start()
            self.as_of.setDate(dates[i % len(dates)])
            self.app.processEvents()
            self.repaint_changed()
            return SW.stop(t0)

        self.record("as_of_change", Budget(self.reps, self.budget).repeat(as_of), worst=True)
        self.as_of.setDate(QDate.currentDate())
        self.settle()

        n_groups = self.group.count()

        def group(i: int) -> float:
            t0 = SW.start()
            self.group.setCurrentIndex((i + 1) % n_groups)
            self.app.processEvents()
            self.repaint_changed()
            return SW.stop(t0)

        self.record("group_change", Budget(self.reps, self.budget).repeat(group), worst=True)
        self.group.setCurrentIndex(0)
        self.settle()

        box = getattr(w, "compare_box", None) or find_named(w, "Highlight changes since")

        def compare(i: int) -> float:
            t0 = SW.start()
            box.setChecked(i % 2 == 0)
            self.app.processEvents()
            self.repaint_changed()
            return SW.stop(t0)

        self.record("changes_since_toggle", Budget(self.reps, self.budget).repeat(compare), worst=True)
        box.setChecked(False)
        self.settle()

        action = getattr(w, "actions_by_name", {}).get("show_scorecards")

        def scorecards(i: int) -> float:
            # The tab is opened after something it shows has changed (the as-of date), so it has work to do.
            self.as_of.setDate(dates[i % 2])
            self.settle()
            t0 = SW.start()
            if action is not None:
                action.trigger()
            else:
                w.tabs.setCurrentIndex(2)
            self.app.processEvents()
            w.scorecards.repaint()
            dt = SW.stop(t0)
            w.tabs.setCurrentIndex(0)
            self.settle()
            return dt

        self.record("open_scorecards", Budget(self.reps, self.budget).repeat(scorecards), worst=True)
        self.as_of.setDate(QDate.currentDate())
        self.settle()

    # -- 4. search, scrolling, sorting
    def _model_signal_waiter(self) -> Any:
        model = self.evidence.model()
        state = {"n": 0}

        def bump(*_a: Any) -> None:
            state["n"] += 1

        for sig in (model.modelReset, model.layoutChanged):
            sig.connect(bump)
        return model, state

    def search_and_scroll(self) -> None:
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtTest import QTest

        w = self.window
        if hasattr(w, "show_tab"):
            w.show_tab(1)
        else:
            w.tabs.setCurrentIndex(1)
        self.settle()
        found = {"Evidence list": find_named(w, "Evidence list"), "Search evidence": find_named(w, "Search evidence")}
        missing = [k for k, v in found.items() if v is None]
        if missing:
            self.note(f"controls without the issue's accessible name: {', '.join(missing)} (found by attribute)")
        self.evidence = found["Evidence list"] or w.evidence_view.table
        self.search = found["Search evidence"] or w.evidence_view.search
        self.settle()
        model, state = self._model_signal_waiter()
        rare = [w for w in (arg("--rare") or "").split(",") if w]
        queries = ["government", "government policy", "gov", "ministry decree", "Łódź", "lodz", *rare,
                   f"government {rare[0]}" if rare else "government zzzzqqqq", "sanctions regime Lukashenka",
                   "zzzzqqqq"]
        per_query: dict[str, float | None] = {}
        for q in queries:
            self.search.setFocus()
            self.search.setText(q)
            before = state["n"]
            t0 = SW.start()
            QTest.keyClick(self.search, Qt.Key.Key_Return)
            ok = self.pump_until(lambda b=before: state["n"] > b, max(30.0, self.budget * 3))
            self.evidence.viewport().repaint()
            per_query[q] = (SW.stop(t0)) * 1000 if ok else None
            per_query[q + " (rows)"] = model.rowCount()
        times = [v for k, v in per_query.items() if not k.endswith("(rows)") and v is not None]
        cpus = [c * 1000 for c in SW.take()]
        self.results["search_first_page"] = {"max_ms": max(times) if times else None, "median_ms": median(times),
                                             "per_query": per_query, "n": len(times),
                                             "cpu_max_ms": max(cpus) if cpus else None}
        self.save()
        # back to everything
        self.search.setText("")
        before = state["n"]
        QTest.keyClick(self.search, Qt.Key.Key_Return)
        self.pump_until(lambda: state["n"] > before, 600)
        self.settle()

        # sort by every column (first page after a header click)
        table = self.evidence
        header = table.horizontalHeader()
        sortable = table.isSortingEnabled()
        sorts: dict[str, float | None] = {}
        if sortable:
            for col in range(model.columnCount()):
                name = str(model.headerData(col, Qt.Orientation.Horizontal))
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    before = state["n"]
                    t0 = SW.start()
                    header.setSortIndicator(col, order)
                    # a column the model does not sort by gives no reset: 5 s without one counts as "did not sort"
                    ok = self.pump_until(lambda b=before: state["n"] > b, 5.0)
                    table.viewport().repaint()
                    sorts[f"{name} {'asc' if order == Qt.SortOrder.AscendingOrder else 'desc'}"] = (
                        (SW.stop(t0)) * 1000 if ok else None)
        else:
            self.note("the evidence list is not sortable (isSortingEnabled() is False)")
        done = [v for v in sorts.values() if v is not None]
        cpus = [c * 1000 for c in SW.take()]
        self.results["sort_evidence"] = {"sortable": sortable, "max_ms": max(done) if done else None,
                                         "median_ms": median(done), "per_column": sorts, "n": len(done),
                                         "cpu_max_ms": max(cpus) if cpus else None}
        if sortable:  # back to the default order: date, newest first
            header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
            self.settle()
        self.results["rss_before_scroll_kb"] = proc_status_kb("VmHWM")
        self.save()

        # scroll to the end: scrollToBottom (a list that knows its length reads the last page at once),
        # then fetching pages while the model has more (a list that grows page by page)
        table.scrollToTop()
        self.settle()
        page_times: list[float] = []
        root = QModelIndex()
        t0 = time.perf_counter()
        deadline = t0 + max(60.0, self.budget * 6)
        capped = False
        table.scrollToBottom()
        self.app.processEvents()
        table.viewport().repaint()
        to_bottom_ms = (time.perf_counter() - t0) * 1000
        while model.canFetchMore(root):
            p0 = time.perf_counter()
            model.fetchMore(root)
            table.scrollToBottom()
            self.app.processEvents()
            page_times.append(time.perf_counter() - p0)
            if time.perf_counter() > deadline:
                capped = True
                break
        table.viewport().repaint()
        total = time.perf_counter() - t0
        last = model.index(model.rowCount() - 1, 0)
        if not page_times:
            # Nothing was fetched page by page: time scrolling itself, one screenful at a time from the
            # middle of the list (the first step jumps there), each step until the rows are painted.
            bar = table.verticalScrollBar()
            bar.setValue(bar.maximum() // 2)
            self.app.processEvents()
            for _ in range(min(40, max(1, self.reps * 4))):
                p0 = time.perf_counter()
                bar.setValue(min(bar.maximum(), bar.value() + max(1, bar.pageStep())))
                self.app.processEvents()
                table.viewport().repaint()
                page_times.append(time.perf_counter() - p0)
        self.results["scroll_to_end"] = {
            "to_bottom_ms": to_bottom_ms,
            "total_ms": total * 1000, "pages": len(page_times), "rows_loaded": model.rowCount(),
            "capped": capped, "page_median_ms": median([p * 1000 for p in page_times]),
            "page_last_ms": page_times[-1] * 1000 if page_times else None,
            "page_deep_ms": median([p * 1000 for p in page_times[-11:-1]]) if len(page_times) > 1 else None,
            "page_max_ms": max(page_times) * 1000 if page_times else None,
            "last_row_date": last.data() if last.isValid() else None,
        }
        self.save()

    # -- 8. scores and ranks exactly right
    def check_scores(self) -> None:
        from fractions import Fraction

        from PySide6.QtCore import Qt

        w = self.window
        self.ro.execute("SELECT 1")  # the read connection sees the app's committed edits (WAL)
        weights = {code: Fraction(weight).limit_denominator(1000) for code, weight in self.ro.execute(
            "SELECT code, weight FROM recommendations WHERE archived = 0")}
        countries = dict(self.ro.execute("SELECT code, name FROM countries WHERE archived = 0"))
        current = self.ro.execute("""
            SELECT a.country_code, a.recommendation_code, s.score FROM (
              SELECT country_code, recommendation_code, status_code, ROW_NUMBER() OVER (
                PARTITION BY country_code, recommendation_code
                ORDER BY effective_date DESC, recorded_at DESC, uid DESC) AS n
              FROM assessments WHERE effective_date <= date('now')) a
            JOIN statuses s ON s.code = a.status_code WHERE a.n = 1""").fetchall()
        sums: dict[str, list[Fraction]] = {}
        assessed: dict[str, int] = {}
        for country, rec, score in current:
            if score is None or country not in countries or rec not in weights:
                continue
            acc = sums.setdefault(country, [Fraction(0), Fraction(0)])
            acc[0] += weights[rec] * Fraction(score).limit_denominator(1000)
            acc[1] += weights[rec]
            assessed[country] = assessed.get(country, 0) + 1
        # Grades and ranks need coverage: at least min_coverage_for_grade (default half) of the recommendations.
        row = self.ro.execute("SELECT value FROM meta WHERE key = 'min_coverage_for_grade'").fetchone()
        threshold = Fraction(row[0] if row and row[0] else "0.5")

        def round1(x: Fraction) -> Fraction:
            return Fraction(int(x * 10 + Fraction(1, 2)), 10)  # halves away from zero (scores are >= 0)

        expected = {c: round1(s / wt) for c, (s, wt) in sums.items() if wt}
        graded = {c: v for c, v in expected.items() if weights and Fraction(assessed[c], len(weights)) >= threshold}
        ordered = sorted(graded.values(), reverse=True)
        rank_of: dict[Fraction, int] = {}
        for i, v in enumerate(ordered, 1):
            rank_of.setdefault(v, i)
        problems: list[str] = []
        # the matrix: the score column's text, one row per country
        proxy = self.matrix.model()
        score_col = next((c for c in range(proxy.columnCount())
                          if proxy.headerData(c, Qt.Orientation.Horizontal) == "Score"), None)
        checked = 0
        for r in range(proxy.rowCount()):
            code = proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 4)
            shown = str(proxy.index(r, score_col).data() or "") if score_col is not None else ""
            want = expected.get(code)
            want_text = "—" if want is None else f"{float(want):.1f}"
            if not shown.startswith(want_text) and not (want is None and shown.strip() in ("", "—")):
                problems.append(f"matrix {code}: shows {shown!r}, expected {want_text}")
            checked += 1
        # the scorecards ranking: rank, country name, score
        if hasattr(w, "show_tab"):
            w.show_tab(2)
        else:
            w.tabs.setCurrentIndex(2)
        self.settle()
        ranking = find_named(w, "Country ranking") or w.scorecards.table
        rmodel = ranking.model()
        by_name = {name: code for code, name in countries.items()}
        for r in range(rmodel.rowCount()):
            rank_text = str(rmodel.index(r, 0).data())
            code = by_name.get(str(rmodel.index(r, 1).data()))
            score_text = str(rmodel.index(r, 2).data())
            want = expected.get(code) if code else None
            want_rank = str(rank_of[want]) if code in graded and want is not None else "—"
            want_score = "—" if want is None else f"{float(want):.1f}"
            if rank_text != want_rank or not score_text.startswith(want_score):
                problems.append(f"scorecards {code}: rank {rank_text} score {score_text}, "
                                f"expected rank {want_rank} score {want_score}")
            checked += 1
        w.tabs.setCurrentIndex(0)
        self.settle()
        self.results["scores_exact"] = {"ok": not problems and checked > 0, "checked": checked,
                                        "problems": problems[:10], "n_problems": len(problems)}
        self.save()


def interactive(db_path: str, out: str, reps: int, budget: float, only: str | None) -> dict[str, Any]:
    s = Session(db_path, out, reps, budget)
    steps = [("anchor", s.anchor_paint), ("select", s.cell_selection), ("edits", s.edits),
             ("scores", s.check_scores), ("views", s.view_changes), ("search", s.search_and_scroll)]
    for name, step in steps:
        if only and name not in only.split(","):
            continue
        t0 = time.perf_counter()
        try:
            step()
        except Exception as exc:  # noqa: BLE001 (a broken step is reported, the others still run)
            import traceback

            s.note(f"{name} failed: {exc!r}")
            s.results.setdefault("tracebacks", []).append(traceback.format_exc())
        s.results.setdefault("step_seconds", {})[name] = time.perf_counter() - t0
        s.save()
    s.results["errors_shown"] = getattr(s.window.ctx.prompts, "errors", [])[:5]
    s.save()
    s.window.close()
    return s.results


def main() -> None:
    mode = sys.argv[1]
    launched = float(arg("--launched") or time.time())
    if mode == "bare-startup":
        print(json.dumps(bare_startup(launched)))
        return
    db_path = arg("--db")
    assert db_path
    if mode == "floor-startup":  # none of the app's code, not even the check of which tree it is
        print(json.dumps(floor_startup(db_path, launched)))
        return
    use_source(source_from_argv(sys.argv))
    if mode == "startup":
        result = startup(db_path, launched)
    elif mode == "export":
        result = export_ours(db_path, arg("--out") or "")
    elif mode == "export-bare":
        result = export_bare(db_path, arg("--out") or "")
    elif mode == "interactive":
        result = interactive(db_path, arg("--out") or "", int(arg("--reps") or 10), float(arg("--budget") or 20),
                             arg("--only"))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's and Python's teardown: nothing is measured after this


if __name__ == "__main__":
    main()
