"""The main window: toolbar, status matrix, evidence view, cell details, menus.

Every edit runs as an undoable command through the engine; the command's
Change tells the matrix, the evidence list and the details dock what to
refresh.  Dialogs are opened through ``ctx.prompts`` so tests can drive them.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QDate, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import Tracker, TrackerError, ValidationError, blank_codebook, default_codebook, load_codebook
from db.ops import Change
from db.queries import codebook_view, counts, get_evidence

from ..exports import _file_mode, export_to_path
from .commands import AddEvidence, ArchiveEvidence, EditEvidence, SetStatus
from .context import AppContext
from .details import DetailsDock
from .dialogs import AboutDialog, ExportDialog, NewTrackerDialog, PreferencesDialog
from .evidence_form import EvidenceForm
from .evidence_view import EvidenceView
from .icons import action_icon
from .legend import LegendWidget
from .scorecards import ScorecardsView
from .matrix import CELL_ROLE, REVIEW_MARK, MatrixModel, MatrixProxy, MatrixView
from .shortcuts import shortcuts_for
from .status_form import StatusForm
from .widgets import DATE_FORMAT, make_date_edit

TRACKER_FILTER = "Policy trackers (*.db *.sqlite *.tracker);;All files (*)"
MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setAccessibleName("Policy Tracker")
        self.setWindowIcon(action_icon("app", "#000000"))
        self.actions_by_name: dict[str, QAction] = {}
        self._scorecards_stale = False
        self._details_hidden_for_scorecards = False
        self.icon_color = self.palette().color(QPalette.ColorRole.WindowText).name()

        # -- central: matrix and evidence tabs --------------------------------
        self.matrix_model = MatrixModel(ctx, self)
        self.matrix_proxy = MatrixProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)
        self.matrix = MatrixView()
        self.matrix.setModel(self.matrix_proxy)
        self.matrix.size_columns(len(self.matrix_model.recs))
        self.matrix.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.matrix.activated.connect(self._cell_activated)
        self.matrix.selectionModel().selectionChanged.connect(self._selection_changed)
        self.legend = LegendWidget()
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(6, 6, 6, 6)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.legend)

        self.evidence_view = EvidenceView(ctx)
        self.evidence_view.open_link_requested.connect(self.open_link)
        self.evidence_view.edit_requested.connect(self.edit_evidence)
        self.evidence_view.archive_requested.connect(self.archive_evidence)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(matrix_page, action_icon("matrix", self.icon_color), "&Matrix")
        self.tabs.addTab(self.evidence_view, action_icon("evidence", self.icon_color), "&Evidence")
        self.scorecards = ScorecardsView(ctx)
        self.scorecards.open_link_requested.connect(self.open_link)
        self.scorecards.report_requested.connect(self.report_for_country)
        self.tabs.addTab(self.scorecards, action_icon("scorecards", self.icon_color), "&Scorecards")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.details = DetailsDock(ctx, self)
        self.details.set_status_requested.connect(self.set_status)
        self.details.add_evidence_requested.connect(self.new_evidence)
        self.details.open_link_requested.connect(self.open_link)
        self.details.edit_evidence_requested.connect(self.edit_evidence)
        self.details.archive_evidence_requested.connect(lambda uid: self.archive_evidence(uid, True))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details)

        # -- status bar -------------------------------------------------------
        self.path_label = QLabel()
        self.path_label.setAccessibleName("Tracker file")
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName("Counts")
        self.as_of_label = QLabel()
        self.as_of_label.setAccessibleName("As-of date in force")
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.as_of_label)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        ctx.bus.changed.connect(self._on_change)
        self._after_tracker_loaded()
        self.resize(1280, 800)
        self._restore_state()
        self.matrix.setFocus()
        if self.matrix_proxy.rowCount():
            self.matrix.setCurrentIndex(self.matrix_proxy.index(0, 1))

    # -- building -------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[..., Any], icon: str | None = None, tip: str | None = None,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon:
            action.setIcon(action_icon(icon, self.icon_color))
        keys = shortcuts_for(name)
        if keys:
            action.setShortcuts(keys)
        tip_text = tip or text.replace("&", "").replace("…", "")
        if keys:
            tip_text += f" ({keys[0].toString(keys[0].SequenceFormat.NativeText)})"
        action.setToolTip(tip_text)
        action.setStatusTip(tip or text.replace("&", ""))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        a = self._action
        a("new_evidence", "&New evidence…", self.new_evidence, "new-evidence", "Log a dated source and link it to cells")
        a("set_status", "&Set status…", self.set_status, "set-status", "Record a new judgement for the selected cell")
        a("edit_evidence", "&Edit evidence…", self._edit_selected_evidence, "edit")
        a("archive_evidence", "&Archive evidence", self._archive_selected_evidence, "archive")
        a("open_link", "Open source &link", self._open_selected_link, "open-link")
        a("find", "&Search evidence", self.focus_search, "search", "Search the evidence (full text)")
        a("as_of", "As-of &date", lambda: self.as_of_edit.setFocus(), None, "Show the tracker as it stood on a date")
        a("group_filter", "&Group filter", lambda: self.group_combo.setFocus(), None, "Show one group of countries")
        a("compare", "Highlight &changes since…", self._toggle_compare, "compare", "Outline cells whose status changed since a date", True)
        a("export", "E&xport…", self.export, "export", "Export the scorecard, assessments, history or evidence")
        a("new_tracker", "&New tracker…", self.new_tracker)
        a("open_tracker", "&Open tracker…", self.open_tracker_dialog)
        a("save_copy", "Save a &copy…", self.save_copy)
        a("import_evidence", "&Import evidence…", self.import_evidence, None, "Bring in evidence kept in a spreadsheet (CSV or Excel)")
        a("import_codebook", "Import &codebook…", self.import_codebook, None,
          "Give a blank tracker its recommendations and status scale from a codebook (JSON) or a CSV of recommendations")
        a("preferences", "&Preferences…", self.edit_preferences)
        a("quit", "&Quit", self.close)
        a("show_matrix", "&Matrix", lambda: self._show_tab(0), "matrix")
        a("show_evidence", "&Evidence", lambda: self._show_tab(1), "evidence")
        a("show_scorecards", "&Scorecards", lambda: self._show_tab(2), "scorecards")
        a("toggle_details", "Cell &details", self._toggle_details)
        a("refresh", "&Refresh", self.reload_views)
        a("help", "&About Policy Tracker", self.about)
        undo = self.ctx.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("undo")
        undo.setShortcuts(shortcuts_for("undo"))
        undo.setIcon(action_icon("undo", self.icon_color))
        redo = self.ctx.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("redo")
        redo.setShortcuts(shortcuts_for("redo"))
        redo.setIcon(action_icon("redo", self.icon_color))
        self.addAction(undo)
        self.addAction(redo)
        self.actions_by_name["undo"] = undo
        self.actions_by_name["redo"] = redo

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar")
        bar.setObjectName("mainToolbar")
        bar.setAccessibleName("Main toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        acts = self.actions_by_name
        for name in ("new_evidence", "set_status"):
            bar.addAction(acts[name])
        bar.addSeparator()
        bar.addAction(acts["undo"])
        bar.addAction(acts["redo"])
        bar.addAction(acts["find"])
        for name in ("undo", "redo", "find"):
            button = bar.widgetForAction(acts[name])
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addSeparator()
        as_of_label = QLabel(" As of ")
        self.as_of_edit = make_date_edit("As-of date")
        self.as_of_edit.setToolTip("Show the tracker as it stood on this date (Ctrl+D)")
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QToolButton()
        self.today_button.setText("Today")
        self.today_button.setAccessibleName("Back to today")
        self.today_button.clicked.connect(lambda: self.as_of_edit.setDate(QDate.currentDate()))
        bar.addWidget(as_of_label)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        bar.addSeparator()
        group_label = QLabel(" Group ")
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName("Group filter")
        self.group_combo.setToolTip("Show one group of countries (Ctrl+G)")
        self.group_combo.setMinimumContentsLength(12)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        group_label.setBuddy(self.group_combo)
        bar.addWidget(group_label)
        bar.addWidget(self.group_combo)
        bar.addSeparator()
        self.compare_box = QCheckBox("Changes since")
        self.compare_box.setAccessibleName("Highlight changes since")
        self.compare_box.setToolTip("Outline the cells whose status changed since this date (Ctrl+Shift+D)")
        self.compare_box.toggled.connect(self._compare_changed)
        self.compare_edit = make_date_edit("Compare from date", QDate.currentDate().addMonths(-3).toString(DATE_FORMAT))
        self.compare_edit.dateChanged.connect(self._compare_changed)
        bar.addWidget(self.compare_box)
        bar.addWidget(self.compare_edit)
        bar.addSeparator()
        bar.addAction(acts["export"])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_menus(self) -> None:
        acts = self.actions_by_name
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(acts["new_tracker"])
        file_menu.addAction(acts["open_tracker"])
        self.recent_menu = QMenu("Open &recent", self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(acts["save_copy"])
        file_menu.addSeparator()
        file_menu.addAction(acts["import_evidence"])
        file_menu.addAction(acts["import_codebook"])
        file_menu.addAction(acts["export"])
        file_menu.addSeparator()
        file_menu.addAction(acts["preferences"])
        file_menu.addSeparator()
        file_menu.addAction(acts["quit"])
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(acts["undo"])
        edit_menu.addAction(acts["redo"])
        edit_menu.addSeparator()
        edit_menu.addAction(acts["find"])
        ev_menu = menu.addMenu("E&vidence")
        for name in ("new_evidence", "edit_evidence", "archive_evidence", "open_link"):
            ev_menu.addAction(acts[name])
        status_menu = menu.addMenu("&Status")
        status_menu.addAction(acts["set_status"])
        view_menu = menu.addMenu("Vie&w")
        for name in ("show_matrix", "show_evidence", "show_scorecards", "toggle_details"):
            view_menu.addAction(acts[name])
        view_menu.addSeparator()
        view_menu.addAction(acts["as_of"])
        view_menu.addAction(acts["group_filter"])
        view_menu.addAction(acts["compare"])
        view_menu.addSeparator()
        view_menu.addAction(acts["refresh"])
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(acts["help"])

    def _build_legend(self) -> None:
        self.legend.set_statuses(
            self.matrix_model.book.statuses,
            [f"{REVIEW_MARK} needs review", "number = pieces of evidence", "* score incomplete (under half assessed)",
             "▲▼ outlined: changed since the comparison date"],
        )

    # -- tracker lifecycle ------------------------------------------------------
    def _after_tracker_loaded(self) -> None:
        self._fill_groups()
        self._build_legend()
        self.matrix.size_columns(len(self.matrix_model.recs))
        self._update_title()
        self._update_status_bar()
        self._selection_changed()

    def _update_title(self) -> None:
        t = self.ctx.tracker
        name = t.path.name if t.path else "in memory"
        self.setWindowTitle(f"{t.meta('title', '') or 'Tracker'} — {name} — Policy Tracker")
        self.path_label.setText(str(t.path) if t.path else "(not saved to a file)")

    def _update_status_bar(self) -> None:
        c = counts(self.ctx.tracker)
        self.counts_label.setText(
            f"{c['countries']} countries · {c['recommendations']} recommendations · "
            f"{c['evidence']} evidence · {c['assessments']} assessments"
        )
        text = f"As of {self.ctx.as_of()}" + (" (today)" if self.ctx.view.as_of is None else "")
        if self.ctx.view.compare_from:
            text += f" · changes since {self.ctx.view.compare_from} outlined"
        self.as_of_label.setText(text)

    def _fill_groups(self) -> None:
        current = self.ctx.view.group
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem("All countries", None)
        for name, members in codebook_view(self.ctx.tracker).groups.items():
            self.group_combo.addItem(f"{name} ({len(members)})", name)
        index = self.group_combo.findData(current)
        self.group_combo.setCurrentIndex(max(index, 0))
        if index < 0:
            self.ctx.view.group = None
        self.group_combo.blockSignals(False)

    def open_tracker(self, path: str | os.PathLike[str]) -> bool:
        """Switch to another tracker file; on failure say why and keep the current one."""
        try:
            new = Tracker.open(path, user=self.ctx.tracker.user)
        except (TrackerError, sqlite3.Error, OSError) as exc:
            self.ctx.prompts.error(self, "Cannot open tracker", str(exc))
            return False
        old = self.ctx.tracker
        self.ctx.tracker = new
        old.close()
        self.ctx.undo_stack.clear()
        self.ctx.view.group = None
        remember_recent(self.ctx.settings, str(Path(path).resolve()))
        self.reload_views()
        self.ctx.bus.tracker_replaced.emit()
        return True

    def reload_views(self) -> None:
        self._mark_scorecards_stale()
        self.matrix_model.reload()
        self.evidence_view.fill_filters()
        self.evidence_view.model.refresh()
        self._after_tracker_loaded()

    # -- reacting to edits ------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        self._mark_scorecards_stale()
        self.matrix_model.apply_change(change)
        self.evidence_view.model.apply_change(change)
        if change.codebook:
            self.evidence_view.fill_filters()
            self._after_tracker_loaded()
        self._update_status_bar()
        self._selection_changed()

    def current_cell(self) -> tuple[str, str] | None:
        index = self.matrix.currentIndex()
        cell = index.data(CELL_ROLE) if index.isValid() else None
        return cell.cell if cell is not None else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        index = self.matrix.currentIndex()
        cell = index.data(CELL_ROLE) if index.isValid() else None
        name = None
        if cell is not None:
            name = next((n for c, n in self.matrix_model.countries if c == cell.country_code), cell.country_code)
        self.details.show_cell(cell, name)
        self.actions_by_name["set_status"].setEnabled(cell is not None)

    def _cell_activated(self, index: QModelIndex) -> None:
        if index.data(CELL_ROLE) is not None:
            self.set_status()

    def select_cell(self, country: str, recommendation: str) -> None:
        source = self.matrix_model.index_of_cell(country, recommendation)
        if source.isValid():
            self.matrix.setCurrentIndex(self.matrix_proxy.mapFromSource(source))

    # -- view controls ----------------------------------------------------------
    def _as_of_changed(self, date: QDate) -> None:
        text = date.toString(DATE_FORMAT)
        self.ctx.view.as_of = None if date == QDate.currentDate() else text
        self._view_changed()

    def set_as_of(self, date: str | None) -> None:
        self.as_of_edit.setDate(QDate.fromString(date, DATE_FORMAT) if date else QDate.currentDate())

    def _group_changed(self, _index: int) -> None:
        self.ctx.view.group = self.group_combo.currentData()
        self._view_changed()

    def _compare_changed(self, *_args: Any) -> None:
        self.ctx.view.compare_from = self.compare_edit.date().toString(DATE_FORMAT) if self.compare_box.isChecked() else None
        self.actions_by_name["compare"].setChecked(self.compare_box.isChecked())
        self._view_changed()

    def _toggle_compare(self) -> None:
        self.compare_box.setChecked(not self.compare_box.isChecked())
        if self.compare_box.isChecked():
            self.compare_edit.setFocus()

    def _view_changed(self) -> None:
        self._mark_scorecards_stale()
        cell = self.current_cell()
        self.matrix_model.reload()
        if cell:
            self.select_cell(*cell)
        self._update_status_bar()
        self._selection_changed()
        self.ctx.bus.view_changed.emit()

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.matrix, self.evidence_view.table, self.scorecards.table)[index].setFocus()

    def _tab_changed(self, index: int) -> None:
        # The cell details belong to the matrix and the evidence; the scorecards have their own panel.
        if index == 2 and self.details.isVisible():
            self._details_hidden_for_scorecards = True
            self.details.hide()
        elif index != 2 and self._details_hidden_for_scorecards:
            self._details_hidden_for_scorecards = False
            self.details.show()
        if index == 2 and self._scorecards_stale:
            self._scorecards_stale = False
            self.scorecards.refresh()

    def _mark_scorecards_stale(self) -> None:
        """Scorecards are recomputed when next shown (or now, if they are on screen)."""
        self._scorecards_stale = True
        if self.tabs.currentIndex() == 2:
            self._tab_changed(2)

    def _toggle_details(self) -> None:
        self.details.setVisible(not self.details.isVisible())

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.evidence_view.search.setFocus()
        self.evidence_view.search.selectAll()

    # -- edits ------------------------------------------------------------------
    def new_evidence(self, cells: list[tuple[str, str]] | None = None, *, allow_status: bool = True) -> str | None:
        """Open the evidence form (preset to the selected cell); returns the new uid, if saved."""
        if cells is None or isinstance(cells, bool):
            cell = self.current_cell() if self.tabs.currentIndex() == 0 else None
            cells = [cell] if cell else []
        created: list[str] = []

        def submit(values: dict[str, Any]) -> None:
            command = AddEvidence(self.ctx, values)
            change = command.execute()
            created.append(change.uid or "")

        form = EvidenceForm(self.ctx, submit, cells=cells, allow_status=allow_status, parent=self)
        self.ctx.prompts.exec_dialog(form)
        return created[0] if created else None

    def set_status(self) -> None:
        cell = self.current_cell()
        if cell is None:
            self.ctx.prompts.info(self, "Set status", "Select a cell of the matrix first (a country and a recommendation).")
            return
        country, rec = cell
        current = self.matrix_model.cells.get(cell)

        def submit(values: dict[str, Any]) -> None:
            status = values.pop("status")
            SetStatus(self.ctx, country, rec, status, **values).execute()

        form = StatusForm(
            self.ctx, country, rec, submit, current=current,
            new_evidence=lambda: self.new_evidence([cell], allow_status=False), parent=self,
        )
        self.ctx.prompts.exec_dialog(form)

    def edit_evidence(self, uid: str) -> None:
        found = get_evidence(self.ctx.tracker, [uid])
        if not found:
            self.ctx.prompts.error(self, "Edit evidence", "That evidence no longer exists.")
            return

        def submit(values: dict[str, Any]) -> None:
            cells = values.pop("cells")
            attachment = values.pop("attachment")
            EditEvidence(self.ctx, uid, values, cells, attachment).execute()

        form = EvidenceForm(self.ctx, submit, evidence=found[0], parent=self)
        self.ctx.prompts.exec_dialog(form)

    def archive_evidence(self, uid: str, archived: bool = True) -> None:
        try:
            ArchiveEvidence(self.ctx, uid, archived).execute()
        except TrackerError as exc:
            self.ctx.prompts.error(self, "Archive evidence", str(exc))

    def _selected_evidence_uid(self) -> str | None:
        if self.tabs.currentIndex() == 1:
            item = self.evidence_view.selected()
            return item.uid if item else None
        item = self.details.evidence.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole + 1) if item else None

    def _edit_selected_evidence(self) -> None:
        uid = self._selected_evidence_uid()
        if uid:
            self.edit_evidence(uid)

    def _archive_selected_evidence(self) -> None:
        uid = self._selected_evidence_uid()
        if uid:
            self.archive_evidence(uid, True)

    def _open_selected_link(self) -> None:
        uid = self._selected_evidence_uid()
        if uid:
            item = get_evidence(self.ctx.tracker, [uid])
            if item and item[0].url:
                self.open_link(item[0].url)

    def open_link(self, url: str) -> None:
        """Open an evidence link in the browser: http and https only."""
        if urlsplit(url).scheme.lower() not in ("http", "https"):
            self.ctx.prompts.error(self, "Open link", f"Only web links (http or https) are opened: {url}")
            return
        if not self.ctx.prompts.open_url(url):
            self.ctx.prompts.error(self, "Open link", f"No browser could open {url}.")

    # -- files --------------------------------------------------------------------
    def new_tracker(self) -> None:
        dialog = NewTrackerDialog(lambda: self.ctx.prompts.open_file(self, "Choose a codebook", str(Path.home()), "Codebooks (*.json);;All files (*)"), self)
        if not self.ctx.prompts.exec_dialog(dialog):
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
            self.ctx.prompts.error(self, "New tracker", exc.message)
            return
        path = self.ctx.prompts.save_file(self, "Create tracker", str(_documents() / "tracker.db"), TRACKER_FILTER)
        if not path:
            return
        try:
            if Path(path).exists():
                raise TrackerError(f"{path} already exists; choose a new name (an existing tracker is never overwritten).")
            Tracker.create(path, book, user=self.ctx.tracker.user).close()
        except (TrackerError, OSError, sqlite3.Error) as exc:
            self.ctx.prompts.error(self, "New tracker", str(exc))
            return
        self.open_tracker(path)

    def open_tracker_dialog(self) -> None:
        start = str(self.ctx.tracker.path.parent) if self.ctx.tracker.path else str(_documents())
        path = self.ctx.prompts.open_file(self, "Open tracker", start, TRACKER_FILTER)
        if path:
            self.open_tracker(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_files(self.ctx.settings)
        if not paths:
            none = self.recent_menu.addAction("No recent trackers")
            none.setEnabled(False)
            return
        for i, p in enumerate(paths, 1):
            act = self.recent_menu.addAction(f"&{i} {p}")
            act.triggered.connect(lambda _checked=False, p=p: self.open_tracker(p))

    def save_copy(self) -> None:
        t = self.ctx.tracker
        suggested = str((t.path.parent if t.path else _documents()) / f"{t.path.stem if t.path else 'tracker'}-copy.db")
        path = self.ctx.prompts.save_file(self, "Save a copy", suggested, TRACKER_FILTER)
        if not path:
            return
        try:
            save_copy(t, path)
        except (OSError, sqlite3.Error) as exc:
            self.ctx.prompts.error(self, "Save a copy", f"The copy could not be written to {path}: {exc}")
            return
        self.statusBar().showMessage(f"Saved a copy to {path}", 5000)

    def export(self, *, report_country: str | None = None) -> None:
        """Ask what to export, then where; write it whole or not at all."""
        dialog = ExportDialog(codebook_view(self.ctx.tracker), self.ctx.settings, self, report_country=report_country)
        if not self.ctx.prompts.exec_dialog(dialog):
            return
        opts = dialog.options()
        kind, fmt = str(opts["kind"]), str(opts["fmt"])
        stem = kind if kind != "report" else f"report-{opts['country'] or 'all'}"
        if fmt == "xlsx":
            stem = "tracker"
        name = f"{stem}-{opts['as_of'] or self.ctx.tracker.today()}.{fmt}"
        folder = str(self.ctx.settings.value("export/folder", str(_documents())))
        path = self.ctx.prompts.save_file(self, "Export to", str(Path(folder) / name), f"{fmt.upper()} files (*.{fmt});;All files (*)")
        if not path:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = write_export(self.ctx, path, opts)
        except (TrackerError, OSError, ValueError) as exc:
            self.ctx.prompts.error(self, "Export", f"The export could not be written to {path}: {exc}")
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ctx.settings.setValue("export/folder", str(Path(path).parent))
        self.statusBar().showMessage(message, 8000)

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.ctx.prefs, self)
        if not self.ctx.prompts.exec_dialog(dialog):
            return
        prefs = dialog.result_preferences(self.ctx.prefs)
        try:
            prefs.save()
        except OSError as exc:
            self.ctx.prompts.error(self, "Preferences", f"Your preferences could not be saved: {exc}")
            return
        interval_changed = prefs.review_interval_days != self.ctx.prefs.review_interval_days
        self.ctx.prefs = prefs
        if prefs.user_name:
            self.ctx.tracker.user = prefs.user_name
        if interval_changed:
            self._view_changed()

    def import_evidence(self, path: str | None = None) -> None:
        """The import wizard; nothing is written until its last page."""
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self._imported, self)
        if path:
            wizard.file_page.path_edit.setText(str(path))
        self.ctx.prompts.exec_dialog(wizard)

    def _imported(self, result: Any) -> None:
        # An import is not on the undo stack (it is in the history); earlier undo
        # steps could now undo what the import wrote, so they are dropped.
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(Change("import", codebook=True))
        self.statusBar().showMessage(f"Imported {result.file_name}: {result.summary()}", 10000)

    def import_codebook(self) -> None:
        from ..importer import ImportFailed, import_codebook, import_recommendations

        path = self.ctx.prompts.open_file(self, "Import a codebook", str(_documents()),
                                          "Codebooks (*.json);;Recommendations (*.csv *.xlsx);;All files (*)")
        if not path:
            return
        try:
            if path.lower().endswith(".json"):
                change = import_codebook(self.ctx.tracker, path)
            else:
                change = import_recommendations(self.ctx.tracker, path)
        except ImportFailed as exc:
            self.ctx.prompts.error(self, "Import codebook", "\n".join(str(e) for e in exc.errors) or str(exc))
            return
        except (TrackerError, OSError) as exc:
            self.ctx.prompts.error(self, "Import codebook", str(exc))
            return
        self.ctx.undo_stack.clear()
        self.ctx.bus.changed.emit(change)
        self.statusBar().showMessage(f"Codebook imported from {path}", 8000)

    def report_for_country(self, country: str) -> None:
        """Open the export dialog set to a report on one country."""
        self.export(report_country=country)

    def about(self) -> None:
        self.ctx.prompts.exec_dialog(AboutDialog(codebook_view(self.ctx.tracker), self))

    # -- window state -------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        state = self.ctx.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/state", self.saveState())
        self.ctx.settings.sync()
        super().closeEvent(event)




def write_export(ctx: AppContext, path: str, opts: dict[str, Any]) -> str:
    """Write one export chosen in the export dialog; returns a message for the status bar."""
    t = ctx.tracker
    kind, fmt = str(opts["kind"]), str(opts["fmt"])
    as_of, group = opts.get("as_of"), opts.get("group")
    if kind == "report":
        from ..reports import write_report

        write_report(t, path, country=opts.get("country"), fmt=fmt, as_of=as_of, group=group,
                     page_size=str(opts.get("page_size") or "A4"))
        return f"Report written to {path}"
    if kind == "matrix":
        from .pdf import render_matrix_png

        render_matrix_png(t, path, as_of=as_of, group=group)
        return f"Matrix image written to {path}"
    if fmt == "xlsx":
        from ..xlsx import write_xlsx

        write_xlsx(t, path, as_of=as_of, group=group, include_archived=bool(opts.get("include_archived")),
                   review_interval_days=ctx.review_interval())
        return f"Workbook with the scorecard, assessments, history and evidence written to {path}"
    rows = export_to_path(
        t, kind, path, fmt, bom=ctx.prefs.csv_bom, as_of=as_of, group=group,
        include_archived=bool(opts.get("include_archived")), review_interval_days=ctx.review_interval(),
    )
    return f"Exported {rows} rows to {path}"


def _documents() -> Path:
    from PySide6.QtCore import QStandardPaths

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def recent_files(settings: Any) -> list[str]:
    value = settings.value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def remember_recent(settings: Any, path: str) -> None:
    paths = [p for p in recent_files(settings) if p != path]
    settings.setValue("recent", [path, *paths][:MAX_RECENT])


def save_copy(t: Tracker, path: str | os.PathLike[str]) -> None:
    """A consistent copy of the open tracker (SQLite's backup API), written whole or not at all."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(fd)
    try:
        dest = sqlite3.connect(tmp)
        try:
            t.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


__all__ = ["MainWindow", "recent_files", "remember_recent", "save_copy", "write_export"]
