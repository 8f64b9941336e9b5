"""Opening the app: what start-up loads, and upgrading a tracker written by an older version.

An older tracker is upgraded on a worker thread while a dialog says so (the
event loop keeps running), a copy of the file as it was is kept beside it,
and a failed upgrade leaves the file byte for byte as it was and says so in
one sentence.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QWidget

from db import Tracker, TrackerError, ops, tallies
from db.queries import EvidenceFilter, codebook_view, get_evidence, search_evidence
from db.schema import MIGRATION_SET, SORT_INDEXES
from db.store import pending_upgrade
from tracker.preferences import Preferences
from tracker.ui import upgrade as upgrade_module
from tracker.ui.app import open_main_window

from .conftest import FakePrompts

ROOT = Path(__file__).resolve().parents[3]


def make_old_tracker(path: Path, *, without: tuple[str, ...] = ("m003_folded_search",)) -> str:
    """Turn the tracker at ``path`` into one an older version left: these migrations not applied.

    Adds one evidence first (returns its uid), so the upgrade has data to keep.
    m003 re-runs as it is (it drops what it makes first); for m002 its tables
    and triggers go, as before it existed.
    """
    with Tracker.open(path, user="Alice") as t:
        uid = ops.add_evidence(t, event_date="2024-01-01", countries=["FR"], recommendations=["visa"],
                               title="Łódź office opened").uid
        assert uid
    conn = sqlite3.connect(path)
    with conn:
        if "m002_cell_tallies" in without:
            for name in tallies.TRIGGERS:
                conn.execute(f"DROP TRIGGER {name}")
            for name in tallies.TABLES_SQL:
                conn.execute(f"DROP TABLE {name}")
        conn.executemany("DELETE FROM _sqlite_migrations WHERE migration_set = ? AND name = ?",
                         [(MIGRATION_SET, name) for name in without])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert pending_upgrade(path) == list(without)
    return uid


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def upgrade_dialog() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.accessibleName() == upgrade_module.TITLE and widget.isVisible():
            return widget
    return None


def test_an_older_tracker_is_upgraded_on_a_worker_thread_behind_a_dialog(
    qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    uid = make_old_tracker(tracker_path)
    real_upgrade = upgrade_module.upgrade
    release = threading.Event()
    seen: dict[str, Any] = {}

    def gated_upgrade(path: Path) -> Path | None:
        """The real upgrade, held until the GUI thread has seen the dialog (it runs meanwhile)."""
        seen["on_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        release.wait(30)
        return real_upgrade(path)

    def while_upgrading() -> None:
        """Runs on the GUI thread during the upgrade: the event loop turns, and the dialog is up."""
        try:
            qtbot.waitUntil(lambda: upgrade_dialog() is not None, timeout=5000)
            dialog = upgrade_dialog()
            assert dialog is not None
            seen["texts"] = [label.text() for label in dialog.findChildren(QLabel)]
            bar = dialog.findChild(QProgressBar)
            seen["bar"] = (bar.accessibleName(), bar.maximum()) if bar else None
            seen["modal"] = dialog.isModal()
        finally:
            release.set()

    monkeypatch.setattr(upgrade_module, "upgrade", gated_upgrade)
    QTimer.singleShot(0, while_upgrading)
    window = open_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(window)

    assert seen["on_gui_thread"] is False
    assert seen["texts"][0] == "Upgrading this tracker to the new version… this happens once."
    assert "tracker.before-upgrade.db" in seen["texts"][1]
    assert seen["bar"] == ("Upgrade progress", 0)  # busy bar (no steps to count)
    assert seen["modal"] is True
    assert upgrade_dialog() is None  # gone once the upgrade ended
    assert prompts.errors == []
    # Upgraded, with its data: the evidence is there and the folded search (m003) finds it.
    t = window.ctx.tracker
    assert pending_upgrade(tracker_path) == []
    assert [e.title for e in get_evidence(t, [uid])] == ["Łódź office opened"]
    assert [e.uid for e in search_evidence(t, EvidenceFilter(text="lodz"))] == [uid]
    # The file as it was is kept beside it, and still reads as the older version.
    copy = tracker_path.with_name("tracker.before-upgrade.db")
    assert pending_upgrade(copy) == ["m003_folded_search"]
    window.close()


def test_a_failed_upgrade_leaves_the_file_byte_identical_and_says_so(
    qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # m002 succeeds, then m003 fails at its end: the whole upgrade is one transaction, so m002's work goes too.
    make_old_tracker(tracker_path, without=("m002_cell_tallies", "m003_folded_search"))
    before = sha256(tracker_path)
    monkeypatch.setitem(SORT_INDEXES, "broken", "CREATE INDEX broken ON no_such_table (x)")

    with pytest.raises(TrackerError) as failure:
        open_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))

    message = str(failure.value)
    assert message.startswith("tracker.db could not be upgraded to this version (")
    assert message.endswith("; it was left as it was.")
    assert message.count(". ") == 0  # one sentence
    assert upgrade_dialog() is None
    assert sha256(tracker_path) == before
    assert sorted(p.name for p in tracker_path.parent.iterdir() if p.name.startswith("tracker")) == ["tracker.db"]
    assert pending_upgrade(tracker_path) == ["m002_cell_tallies", "m003_folded_search"]


def test_an_up_to_date_tracker_opens_without_the_upgrade_dialog(
    qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_upgrade(path: Path) -> Path | None:
        raise AssertionError("an up-to-date tracker was upgraded")

    monkeypatch.setattr(upgrade_module, "upgrade", no_upgrade)
    window = open_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(window)
    assert window.ctx.tracker.path == tracker_path
    assert not tracker_path.with_name("tracker.before-upgrade.db").exists()
    window.close()


#: Modules the first screen (the matrix, its menus, toolbar, status bar and details dock) does not need:
#: they load when their tab, dialog, command or export is first used. Each costs start-up time when
#: imported (a dataclass is half a millisecond, a Qt class's enums up to several), so a change that
#: imports one of them again at start-up fails here instead of slowing every start silently.
NOT_AT_STARTUP = [
    # other tabs, dialogs and commands
    "tracker.ui.evidence_view", "tracker.ui.scorecards", "tracker.ui.history_view", "tracker.ui.evidence_form",
    "tracker.ui.status_form", "tracker.ui.import_wizard", "tracker.ui.dialogs", "tracker.ui.help",
    "tracker.ui.countries_editor", "tracker.ui.first_run", "tracker.ui.upgrade", "tracker.ui.commands",
    "tracker.ui.inputs", "tracker.ui.goto", "tracker.ui.models",
    # the command line (opening the app does not parse one) and the bundled fonts (registered after the paint)
    "tracker.cli", "tracker.ui.fonts",
    # exports, reports, PDF and images, backups, workers
    "tracker.ui.pdf", "tracker.ui.render", "tracker.ui.matrix_image", "tracker.ui.backups", "tracker.ui.tasks",
    "tracker.export_files", "tracker.exports", "tracker.xlsx", "tracker.reports", "tracker.importer", "openpyxl",
    # the data layer's parts for other work
    "db.backup", "db.restore", "db.check", "db.bulk", "db.iso", "db.history_view", "db.export_queries",
    "db.import_queries", "db.codebook_export", "db.country_names", "db.catalogue", "pycountry", "sqlite_utils",
    # standard modules only those need (uuid loads platform; hashlib and secrets load OpenSSL)
    "uuid", "platform", "hashlib", "secrets", "html", "mimetypes", "importlib.resources", "importlib.metadata",
    "csv", "email", "urllib.request", "PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtNetwork",
]

STARTUP_SCRIPT = """
import json, os, sys
from tracker.ui import app
from tracker.launcher import open_app
opened = app.open_main_window

def open_and_watch(*args, **kwargs):
    window = opened(*args, **kwargs)
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:  # what start-up loaded before the first paint, and what it shows
                shown = {"rows": window.matrix.model().rowCount(), "dock": window.details.isVisible(),
                         "cell": list(window.details.cell or ()), "actions": len(window.actions_by_name)}
                print(json.dumps(shown))
                print(json.dumps(sorted(sys.modules)), flush=True)
                os._exit(0)
            return False

    window.matrix.viewport().installEventFilter(Watch(window))
    return window

app.open_main_window = open_and_watch
open_app(sys.argv[1])
"""


def test_start_up_loads_only_what_the_first_screen_needs(tracker_path: Path, tmp_path: Path) -> None:
    """``policy-tracker --db FILE`` in a fresh process (this one has loaded everything), for a returning user: the
    matrix window, painted, without the rest."""
    Path(tmp_path / "preferences.json").write_text('{"user_name": "Alice"}', encoding="utf-8")
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path),
           "POLICY_TRACKER_CONFIG_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(tracker_path)],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=True)
    *_, shown_line, modules_line = out.stdout.strip().splitlines()
    shown, loaded = json.loads(shown_line), set(json.loads(modules_line))
    # what was painted first is the real screen: the matrix with its rows, the details of its first cell
    with Tracker.open(tracker_path, user="Alice") as t:
        countries = len(codebook_view(t).active_countries())
    assert shown["rows"] == countries > 0
    assert shown["dock"] and len(shown["cell"]) == 2 and shown["actions"] > 20
    assert "tracker.ui.main_window" in loaded
    assert sorted(m for m in NOT_AT_STARTUP if m in loaded) == []


def test_every_way_of_opening_an_older_tracker_keeps_the_copy(tracker_path: Path) -> None:
    """Not only the app's start-up: any opening that writes (the File menu's Open, the command line)."""
    uid = make_old_tracker(tracker_path)
    with Tracker.open(tracker_path, user="Alice") as t:
        assert [e.title for e in get_evidence(t, [uid])] == ["Łódź office opened"]
    assert pending_upgrade(tracker_path) == []
    assert pending_upgrade(tracker_path.with_name("tracker.before-upgrade.db")) == ["m003_folded_search"]


def test_file_open_upgrades_an_older_tracker_behind_the_dialog_too(
    qtbot: Any, tmp_path: Path, tracker_path: Path, prompts: FakePrompts, settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > Open (and Open Recent) upgrade on the worker as the start-up does, and keep the copy."""
    older = tmp_path / "older.db"
    Tracker.create(older, user="Alice").close()
    uid = make_old_tracker(older)
    window = open_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(window)
    ran: list[bool] = []
    real = upgrade_module.upgrade

    def watched(path: Path) -> Path | None:
        ran.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        return real(path)

    monkeypatch.setattr(upgrade_module, "upgrade", watched)
    assert window.files.open_tracker(older)
    assert ran == [False]  # upgraded once, not on the GUI thread
    assert prompts.errors == []
    assert pending_upgrade(older) == []
    assert [e.uid for e in search_evidence(window.ctx.tracker, EvidenceFilter(text="lodz"))] == [uid]
    assert pending_upgrade(older.with_name("older.before-upgrade.db")) == ["m003_folded_search"]
    window.close()


def test_the_legend_explains_the_proposed_mark_while_review_is_on_or_proposals_wait(
    qtbot: Any, window: Any
) -> None:
    """Off (every start of a tracker without review): no ◆ in the legend; on: "◆ proposed, waiting for review"."""
    from db import review
    from tracker.ui.legend import PROPOSED_TEXT

    legend = window.legend
    assert PROPOSED_TEXT not in [text for _, text in legend.items]
    assert "◆" not in legend.accessibleDescription()
    window.ctx.bus.changed.emit(review.set_review_required(window.ctx.tracker, True))  # as the Review tab does
    assert PROPOSED_TEXT in [text for _, text in legend.items]
    assert "◆ proposed, waiting for review" in legend.accessibleDescription()
    window.ctx.bus.changed.emit(review.set_review_required(window.ctx.tracker, False))
    assert PROPOSED_TEXT not in [text for _, text in legend.items]


def test_the_matrix_reads_the_evidence_counts_of_the_rows_it_shows(qtbot: Any, window: Any) -> None:
    """The window's cache leaves the counts out at start-up; a painted cell has its exact count, read with its row."""
    from db.queries import current_statuses
    from tracker.ui.matrix import CELL_ROLE

    state = window.ctx.state
    truth = current_statuses(window.ctx.tracker, state.key.as_of, evidence_lists=False, details=False)
    proxy = window.matrix_proxy
    for row in range(proxy.rowCount()):
        for col in range(1, proxy.columnCount() - 3):
            cell = proxy.index(row, col).data(CELL_ROLE)
            assert cell == truth[cell.cell]  # the whole status, its evidence count included
    assert all(s.evidence_count >= 0 for s in state.cells.values())  # every row asked for has been read
