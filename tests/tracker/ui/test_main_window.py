"""The main window: start-up, files, toolbar controls, accessibility, settings."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QStandardPaths, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction, QImage
from PySide6.QtWidgets import QDialog, QWidget

from db import Tracker, ValidationError, blank_codebook, ops
from db.queries import counts, history
from db.search import evidence_for_cell
from tracker.preferences import Preferences
from tracker.ui.app import create_main_window, default_tracker_path, resolve_tracker
from tracker.ui.commands import ArchiveEvidence, EditEvidence, SetStatus
from tracker.ui.dialogs import AboutDialog, ExportDialog, NewTrackerDialog, PreferencesDialog
from tracker.ui.inputs import EvidenceInput, StatusInput
from tracker.ui.main_window import SCORECARDS_TAB

ROOT = Path(__file__).resolve().parents[3]


def trigger(window, name: str) -> None:
    """Do what the menu item or shortcut does."""
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_window_opens_on_the_tracker_without_dialogs(window, prompts, tracker_path) -> None:
    assert prompts.dialogs == [] and prompts.errors == []
    assert "tracker.db" in window.windowTitle()
    assert str(tracker_path) in window.path_label.text()
    assert "37 countries" in window.counts_label.text()
    assert "As of" in window.as_of_label.text()
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Matrix", "Evidence", "Scorecards", "History", "Review"]


def test_required_accessible_names(window) -> None:
    window.evidence_view  # the Evidence tab is built on first use  # noqa: B018
    names = {w.accessibleName() for w in window.findChildren(QWidget)}
    for required in ("Status matrix", "Evidence list", "Search evidence", "Cell details", "As of date", "Group filter"):
        assert required in names


def test_every_control_has_an_accessible_name_or_visible_text(window) -> None:
    """Screen readers need a name for every control a person can operate."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    def internal(w: QWidget) -> bool:
        """Parts Qt builds inside a control (popups, headers, clear buttons), named through their owner."""
        if w.objectName().startswith("qt_") or isinstance(w, QHeaderView) or isinstance(w.parent(), QLineEdit):
            return True
        parent = w.parentWidget()
        while parent is not None:
            if isinstance(parent, (QComboBox, QAbstractSpinBox)):
                return True
            parent = parent.parentWidget()
        return False

    nameless = []
    for w in window.findChildren(QWidget):
        controls = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView, QPlainTextEdit)
        if not isinstance(w, controls):
            continue
        if internal(w):
            continue
        # The stub says it always returns an interface; it returns None for a widget without one.
        interface: QAccessibleInterface | None = QAccessible.queryAccessibleInterface(w)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not (w.accessibleName() or name):
            nameless.append(f"{type(w).__name__} {w.objectName()}")
    assert nameless == []


def test_shortcuts_are_unique(window) -> None:
    seen: dict[str, str] = {}
    for name, action in window.actions_by_name.items():
        for seq in action.shortcuts():
            key = seq.toString()
            assert key not in seen, f"{key} is used by both {seen[key]} and {name}"
            seen[key] = name
    assert window.actions_by_name["new_evidence"].shortcuts()
    assert window.actions_by_name["undo"].shortcuts()


def test_opening_a_bad_file_shows_a_message_and_keeps_the_tracker(window, prompts, tmp_path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database")
    before = sha(bad)
    assert window.files.open_tracker(bad) is False
    assert prompts.errors and "not a Policy Tracker file" in prompts.errors[-1][1]
    assert sha(bad) == before
    assert "tracker.db" in window.windowTitle()
    assert window.matrix_model.rowCount() == 37


def test_opening_a_newer_tracker_is_refused(window, prompts, tmp_path) -> None:
    newer = tmp_path / "newer.db"
    Tracker.create(newer, user="x").close()
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('policy_tracker', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = sha(newer)
    assert window.files.open_tracker(newer) is False
    assert "newer version" in prompts.errors[-1][1]
    assert sha(newer) == before


def test_the_tracker_is_remembered_after_the_first_paint_not_before_it(qtbot, tracker_path, prompts, settings) -> None:
    """Remembering the tracker writes the settings file and syncs it to disk: not on the way to the first paint."""
    from tracker.ui.file_commands import recent_files

    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    QCoreApplication.processEvents()  # the events a window's build leaves behind: still nothing written
    assert recent_files(settings) == []
    win.show()
    qtbot.waitUntil(lambda: recent_files(settings) == [str(tracker_path.resolve())])
    win.close()


def test_a_window_closed_before_its_first_paint_still_remembers_its_tracker(tracker_path, prompts, settings) -> None:
    from tracker.ui.file_commands import recent_files

    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    win.close()
    assert recent_files(settings) == [str(tracker_path.resolve())]
    win.deleteLater()


def test_open_switches_tracker_and_remembers_it(window, prompts, tmp_path, settings) -> None:
    other = tmp_path / "other.db"
    with Tracker.create(other, user="x") as t:
        ops.archive_country(t, "JP")
    prompts.next_open_file = str(other)
    trigger(window, "open_tracker")
    assert window.matrix_model.rowCount() == 36
    assert "other.db" in window.windowTitle()
    assert str(other.resolve()) == settings.value("recent")[0]
    assert not window.ctx.undo_stack.canUndo()


def test_new_tracker_blank(window, prompts, tmp_path) -> None:
    def fill(d: QDialog) -> None:
        if isinstance(d, NewTrackerDialog):
            d.blank.setChecked(True)
            d.accept()

    prompts.on_dialog = fill
    prompts.next_save_file = str(tmp_path / "blank.db")
    trigger(window, "new_tracker")
    assert window.matrix_model.rowCount() == 0
    assert "blank.db" in window.windowTitle()


def test_new_tracker_never_overwrites(window, prompts, tmp_path, tracker_path) -> None:
    prompts.on_dialog = lambda d: d.accept()
    prompts.next_save_file = str(tracker_path)
    before = sha(tracker_path)
    trigger(window, "new_tracker")
    assert "already exists" in prompts.errors[-1][1]
    assert sha(tracker_path) == before


def test_save_a_copy_is_an_openable_tracker(window, prompts, tmp_path) -> None:
    ops.set_status(window.ctx.tracker, "NL", "visa", "full", effective_date="2025-01-01", rationale="r")
    prompts.next_save_file = str(tmp_path / "copy.db")
    trigger(window, "save_copy")
    with Tracker.open(tmp_path / "copy.db", user="x") as copy:
        assert counts(copy)["assessments"] == counts(window.ctx.tracker)["assessments"]


def test_save_dialogs_start_in_documents_then_the_last_folder_used(window, prompts, tmp_path, monkeypatch) -> None:
    suggested: list[Path] = []
    target = tmp_path / "backups"
    target.mkdir()

    def save_file(parent, title, start, filters):
        suggested.append(Path(start))
        return str(target / f"copy{len(suggested)}.db")

    monkeypatch.setattr(prompts, "save_file", save_file)
    trigger(window, "save_copy")
    trigger(window, "save_copy")
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    assert [p.parent for p in suggested] == [documents, target]
    assert (target / "copy1.db").exists() and (target / "copy2.db").exists()


def test_export_dialog_writes_the_chosen_export(window, prompts, tmp_path, settings) -> None:
    def fill(d):
        if isinstance(d, ExportDialog):
            d.kind.setCurrentIndex(d.kind.findData("assessments"))
            d.group.setCurrentIndex(d.group.findData("Baltic states"))
            d.accept()

    prompts.on_dialog = fill
    prompts.next_save_file = str(tmp_path / "out.csv")
    trigger(window, "export")
    rows = list(csv.DictReader((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {r["country_code"] for r in rows} == {"EE", "LV", "LT"}
    assert len(rows) == 15
    assert settings.value("export/kind") == "assessments"


def test_preferences_change_the_recorded_name(window, prompts, isolated_config) -> None:
    def fill(d):
        if isinstance(d, PreferencesDialog):
            d.name_edit.setText("Olga")
            d.interval.setValue(30)
            d.accept()

    prompts.on_dialog = fill
    trigger(window, "preferences")
    assert Preferences.load().user_name == "Olga"
    ops.set_status(window.ctx.tracker, "CZ", "visa", "none", effective_date="2025-01-01", rationale="r")
    assert history(window.ctx.tracker, limit=1)[0].user == "Olga"
    assert window.ctx.review_interval() == 30


def test_escape_on_changed_preferences_asks_before_discarding(qtbot, window, prompts, isolated_config) -> None:
    """Like every form: a changed Preferences dialog asks Save / Discard / Cancel; Discard keeps the old name."""
    from PySide6.QtWidgets import QMessageBox

    before = Preferences.load().user_name
    asked: list[str] = []

    def person(d):
        if isinstance(d, QMessageBox):
            asked.append(d.text())
            d.button(QMessageBox.StandardButton.Discard).click()
        elif isinstance(d, PreferencesDialog):
            d.name_edit.setFocus()
            d.name_edit.selectAll()
            qtbot.keyClicks(d.name_edit, "Someone else")
            qtbot.keyClick(d.name_edit, Qt.Key.Key_Escape)

    prompts.on_dialog = person
    trigger(window, "preferences")
    assert asked == ["Save the changes you made in this form?"]
    assert Preferences.load().user_name == before


def test_as_of_and_group_controls_change_the_matrix(window) -> None:
    window.group_combo.setCurrentIndex(window.group_combo.findData("G7"))
    assert window.matrix_model.rowCount() == 7
    window.group_combo.setCurrentIndex(window.group_combo.findData("Baltic states"))
    assert window.matrix_model.index_of_cell("EE", "visa").data() == "Contrary action"
    window.as_of_edit.setDate(QDate(2022, 1, 1))
    assert window.matrix_model.index_of_cell("EE", "visa").data() == "Not assessed"
    assert "2022-01-01" in window.as_of_label.text()
    window.today_button.click()
    assert window.matrix_model.index_of_cell("EE", "visa").data() == "Contrary action"


def test_compare_highlights_changes(window) -> None:
    from tracker.ui.matrix import CHANGE_ROLE

    window.compare_edit.setDate(QDate(2022, 1, 1))
    window.compare_box.setChecked(True)
    assert window.matrix_model.index_of_cell("EE", "visa").data(CHANGE_ROLE) is not None
    assert "changes since 2022-01-01" in window.as_of_label.text()


def test_window_state_is_remembered(qtbot, tracker_path, prompts, settings) -> None:
    """Dock layout and geometry are saved on close and restored on the next start.
    (The offscreen screen is 800 px wide, so the size itself is clamped there.)"""
    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.details.hide()
    win.close()
    geometry = settings.value("window/geometry")
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()
    assert isinstance(settings.value("window/state"), QByteArray)
    again = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.details.isVisible()
    again.details.show()
    again.close()
    third = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences())
    qtbot.addWidget(third)
    third.show()
    qtbot.waitExposed(third)
    assert third.details.isVisible()


def test_closing_on_a_tab_with_its_own_panel_keeps_the_cell_details_for_the_next_start(
    qtbot, tracker_path, prompts, settings
) -> None:
    """The Scorecards and Review tabs hide the Cell details while they are in front; closing the window there
    must not save the dock as closed (the next start would open without it)."""
    for tab in ("scorecards", "review"):
        win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.tabs.setCurrentIndex(SCORECARDS_TAB if tab == "scorecards" else win.tabs.indexOf(win._review_page))
        assert not win.details.isVisible()
        win.close()
        again = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences())
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.details.isVisible(), tab
        again.close()


def test_about_shows_article_and_methodology(window, prompts) -> None:
    trigger(window, "help")
    dialog = prompts.dialogs[-1]
    assert isinstance(dialog, AboutDialog)
    from PySide6.QtWidgets import QTextBrowser

    browser = dialog.findChild(QTextBrowser)  # the only text widget
    assert browser is not None
    plain = browser.toPlainText()
    assert "Leukavets" in plain and "weighted mean" in plain and "Not assessed" in plain


def test_first_run_creates_the_default_tracker_in_the_data_folder(qapp, settings) -> None:
    assert QStandardPaths.isTestModeEnabled()
    path = default_tracker_path()
    if path.exists():
        path.unlink()
    chosen = resolve_tracker(None, settings)
    assert chosen == path and path.exists()
    with Tracker.open(path, user="x") as t:
        assert counts(t)["countries"] == 37
    path.unlink()


@pytest.mark.slow
@pytest.mark.parametrize("view", ["matrix", "evidence", "evidence-form"])
def test_screenshot_command_renders_a_png(tmp_path, tracker_path, view) -> None:
    out = tmp_path / f"{view}.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "POLICY_TRACKER_CONFIG_DIR": str(tmp_path / "cfg"),
           "XDG_CONFIG_HOME": str(tmp_path / "xdg"), "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(tracker_path), "--screenshot", str(out),
               "--view", view]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    if view != "evidence-form":
        assert (image.width(), image.height()) == (1280, 800)


@pytest.mark.parametrize(
    ("kind", "fmt", "name", "check"),
    [
        ("report", "pdf", "r.pdf", lambda p: p.read_bytes().startswith(b"%PDF")),
        ("report", "html", "r.html", lambda p: "Estonia" in p.read_text(encoding="utf-8")),
        ("matrix", "png", "m.png", lambda p: not QImage(str(p)).isNull()),
        ("evidence", "xlsx", "t.xlsx", lambda p: p.read_bytes().startswith(b"PK")),
        ("history", "json", "h.json", lambda p: p.read_text(encoding="utf-8").lstrip().startswith("[")),
    ],
)
def test_export_dialog_writes_every_kind(window, prompts, tmp_path, kind, fmt, name, check) -> None:
    def fill(d):
        if isinstance(d, ExportDialog):
            d.kind.setCurrentIndex(d.kind.findData(kind))
            d.fmt.setCurrentIndex(d.fmt.findData(fmt))
            if kind == "report":
                d.country.setCurrentIndex(d.country.findData("EE"))
            d.accept()

    prompts.on_dialog = fill
    prompts.next_save_file = str(tmp_path / name)
    trigger(window, "export")
    assert prompts.errors == []
    assert check(tmp_path / name)


def test_report_button_on_the_scorecard_preselects_the_country(window, prompts) -> None:
    seen = {}

    def look(d):
        if isinstance(d, ExportDialog):
            seen["kind"], seen["country"] = d.kind.currentData(), d.country.currentData()
            seen["report_rows_visible"] = d.form.isRowVisible(d.country)

    prompts.on_dialog = look
    trigger(window, "show_scorecards")
    window.scorecards.select_country("EE")
    window.scorecards.card.report_button.click()
    assert seen == {"kind": "report", "country": "EE", "report_rows_visible": True}


def test_a_status_edit_refreshes_only_the_views_it_concerns(window) -> None:
    """The matrix repaints one row, the details dock and the evidence list are left alone
    (the edit is not theirs), the status bar counts again, scorecards on screen recompute."""
    window.select_cell("EE", "visa")
    trigger(window, "show_scorecards")
    model = window.matrix_model
    evidence_resets: list[int] = []
    matrix_resets: list[int] = []
    repainted: list[tuple[int, int]] = []
    window.evidence_view.model.modelReset.connect(lambda: evidence_resets.append(1))
    model.modelReset.connect(lambda: matrix_resets.append(1))
    # Whole rows repaint for the touched country; a row whose rank merely moved repaints only its score cell.
    model.dataChanged.connect(
        lambda a, b, *_: repainted.append((a.row(), b.row())) if a.column() != model.score_column() else None
    )
    first_timeline_item = window.details.timeline.topLevelItem(0)
    assessments_before = counts(window.ctx.tracker)["assessments"]

    window.ctx.run(SetStatus(window.ctx, StatusInput("NZ", "sanctions", "full", "2025-01-01", "Broad.")))

    nz_row = model.index_of_cell("NZ", "sanctions").row()
    assert repainted == [(nz_row, nz_row)] and matrix_resets == []
    assert evidence_resets == []
    assert window.details.cell == ("EE", "visa") and window.details.timeline.topLevelItem(0) is first_timeline_item
    assert f"{assessments_before + 1} assessments" in window.counts_label.text()
    assert next(s for s in window.scorecards.model.scores if s.country_code == "NZ").score == 100


def test_scorecards_off_screen_recompute_when_shown(window) -> None:
    def nz_score():
        return next(s for s in window.scorecards.model.scores if s.country_code == "NZ").score

    assert nz_score() is None
    window.ctx.run(SetStatus(window.ctx, StatusInput("NZ", "sanctions", "full", "2025-01-01", "Broad.")))
    assert nz_score() is None  # not on screen: left for later
    trigger(window, "show_scorecards")
    assert nz_score() == 100


def test_an_evidence_edit_refreshes_the_evidence_list_and_the_details(window, prompts) -> None:
    window.select_cell("EE", "visa")
    item = evidence_for_cell(window.ctx.tracker, "EE", "visa")[0]
    window.ctx.run(EditEvidence(window.ctx, item.uid, replace(EvidenceInput.from_item(item), title="Renamed")))
    assert any(e.title == "Renamed" for e in window.evidence_view.model.items)
    assert window.details.evidence.topLevelItem(0).text(1) == "Renamed"


def test_opening_another_tracker_reaches_every_view(window, tmp_path) -> None:
    other = tmp_path / "blank.db"
    with Tracker.create(other, blank_codebook(), user="x"):
        pass
    assert window.files.open_tracker(other)
    assert window.matrix_model.rowCount() == 0
    assert window.evidence_view.model.total == 0
    assert window.details.cell is None
    assert str(other) in window.path_label.text() and "0 countries" in window.counts_label.text()
    assert window.group_combo.count() == 1
    assert not window.actions_by_name["set_status"].isEnabled()


def test_refresh_reads_changes_made_outside_the_app(window) -> None:
    ops.set_status(window.ctx.tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Open.")
    assert window.matrix_model.index_of_cell("FR", "visa").data() == "Not assessed"
    trigger(window, "refresh")
    assert window.matrix_model.index_of_cell("FR", "visa").data() == "Implemented"


def test_a_refused_edit_is_one_sentence_and_nothing_is_pushed(window) -> None:
    with pytest.raises(ValidationError) as caught:
        window.ctx.run(ArchiveEvidence(window.ctx, "no-such-uid"))
    assert caught.value.message.endswith(".")
    assert not window.ctx.undo_stack.canUndo()


def test_check_finds_a_healthy_tracker(window, prompts) -> None:
    trigger(window, "check_tracker")
    assert prompts.infos and "No problems" in prompts.infos[-1][1]


def test_check_and_repair_rebuilds_a_broken_search_index(window, prompts) -> None:
    from db.check import check_tracker

    db = window.ctx.tracker.db  # tests may break the file on purpose; the app itself never runs SQL
    name = db.execute(  # a search index trigger (the derived counts' triggers are on evidence too)
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence' AND name LIKE 'evidence_%'"
    ).fetchone()[0]
    db.execute(f"DROP TRIGGER {name}")
    assert any(p.repairable for p in check_tracker(window.ctx.tracker))
    changes: list = []
    window.ctx.bus.changed.connect(changes.append)
    prompts.confirm_answer = False
    trigger(window, "check_tracker")
    assert changes == [] and check_tracker(window.ctx.tracker)  # declined: nothing done
    prompts.confirm_answer = True
    trigger(window, "check_tracker")
    assert prompts.errors == []
    assert "search index" in prompts.infos[-1][1]
    assert [c.operation for c in changes] == ["repair"]
    assert check_tracker(window.ctx.tracker) == []


def test_keyboard_moves_in_the_matrix_update_the_details(qtbot, window) -> None:
    from PySide6.QtCore import Qt as _Qt

    window.select_cell("EE", "visa")
    qtbot.waitUntil(lambda: window.details.cell == ("EE", "visa"))
    for _ in range(3):
        qtbot.keyClick(window.matrix, _Qt.Key.Key_Down)
    final = window.current_cell()
    assert final is not None and final != ("EE", "visa")
    qtbot.waitUntil(lambda: window.details.cell == final)
    qtbot.keyClick(window.matrix, _Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.details.cell == window.current_cell() and window.details.cell != final)


def test_hidden_tabs_cost_nothing_at_start_up(window) -> None:
    """The first screen is the matrix: the evidence and scorecards tabs are built when first shown."""
    assert window._evidence_view is None and window._scorecards is None
    assert window.ctx.state.computed == 1  # one computation of the tracker, shared by every view
    window.tabs.setCurrentIndex(1)
    assert window._evidence_view is not None and window.evidence_view.isVisible()
    window.tabs.setCurrentIndex(2)
    assert window._scorecards is not None and window.scorecards.isVisible()
    assert not window.scorecards.since_computed()  # "Changes since" is off: there is no date to compare with
    assert window.ctx.state.computed == 1
