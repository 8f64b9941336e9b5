"""The main window: layout and wiring of the matrix, evidence and scorecards
tabs, the cell details dock, the toolbar, menus and status bar.

The window builds its parts and connects them; it does not tell views what
an edit changed.  Every edit runs through ``ctx.run`` and every view listens
to the bus itself (``changed``, ``view_changed``, ``tracker_replaced``).
Actions are declared in :mod:`.actions`, the view controls live in
:mod:`.view_controls`, the File menu's work in :mod:`.file_commands`.
Dialogs are opened through ``ctx.prompts`` so tests can drive them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from db import ValidationError
from db.ops import Change
from db.queries import codebook_view, get_evidence

from .actions import build_menus, build_toolbar, create_actions
from .commands import AddEvidence, ArchiveEvidence, EditEvidence, SetStatus
from .context import AppContext
from .details import DetailsDock
from .dialogs import AboutDialog
from .evidence_form import EvidenceForm
from .evidence_view import EvidenceView
from .file_commands import FileCommands
from .icons import action_icon
from .inputs import EvidenceInput, StatusInput
from .legend import LegendWidget
from .matrix import CELL_ROLE, MatrixModel, MatrixProxy, MatrixView
from .scorecards import ScorecardsView
from .status_bar import TrackerStatusBar
from .status_form import StatusForm
from .view_controls import ViewControls

MATRIX_TAB, EVIDENCE_TAB, SCORECARDS_TAB = range(3)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setAccessibleName("Policy Tracker")
        self.setWindowIcon(action_icon("app", "#000000"))
        self._details_hidden_for_scorecards = False
        self.icon_color = self.palette().color(QPalette.ColorRole.WindowText).name()
        self.files = FileCommands(ctx, self)
        self.actions_by_name: dict[str, QAction] = create_actions(self, self._slots(), ctx.undo_stack, self.icon_color)

        # -- central: matrix, evidence and scorecards tabs ------------------------
        self.matrix_model = MatrixModel(ctx, self)
        self.matrix_proxy = MatrixProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)
        self.matrix = MatrixView()
        self.matrix.setModel(self.matrix_proxy)
        self.matrix.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.matrix.activated.connect(self._cell_activated)
        self.matrix.selectionModel().selectionChanged.connect(self._selection_changed)
        self.matrix_proxy.modelReset.connect(self._selection_changed)
        self.legend = LegendWidget(ctx)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(6, 6, 6, 6)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.legend)

        self.evidence_view = EvidenceView(ctx)
        self.evidence_view.open_link_requested.connect(self.open_link)
        self.evidence_view.edit_requested.connect(self.edit_evidence)
        self.evidence_view.archive_requested.connect(self.archive_evidence)
        self.scorecards = ScorecardsView(ctx)
        self.scorecards.open_link_requested.connect(self.open_link)
        self.scorecards.report_requested.connect(self.report_for_country)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(matrix_page, action_icon("matrix", self.icon_color), "&Matrix")
        self.tabs.addTab(self.evidence_view, action_icon("evidence", self.icon_color), "&Evidence")
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

        self.status_bar = TrackerStatusBar(ctx, self)
        self.setStatusBar(self.status_bar)
        self.path_label = self.status_bar.path_label
        self.counts_label = self.status_bar.counts_label
        self.as_of_label = self.status_bar.as_of_label

        # -- toolbar and menus ------------------------------------------------------
        self.view_controls = ViewControls(ctx, self.actions_by_name["compare"], self)
        vc = self.view_controls
        self.as_of_edit, self.today_button, self.group_combo = vc.as_of_edit, vc.today_button, vc.group_combo
        self.compare_box, self.compare_edit = vc.compare_box, vc.compare_edit
        self.toolbar = build_toolbar(self.actions_by_name, vc.add_to)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.recent_menu = QMenu("Open &recent", self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        build_menus(self.menuBar(), self.actions_by_name, self.recent_menu)

        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tracker_replaced.connect(self._update_title)
        self._update_title()
        self._selection_changed()
        self.resize(1280, 800)
        self._restore_state()
        self.matrix.setFocus()
        if self.matrix_proxy.rowCount():
            self.matrix.setCurrentIndex(self.matrix_proxy.index(0, 1))

    def _slots(self) -> dict[str, Callable[..., Any]]:
        """What each action does (the "compare" action belongs to the view controls)."""
        files = self.files
        return {
            "new_evidence": self.new_evidence,
            "set_status": self.set_status,
            "edit_evidence": self._edit_selected_evidence,
            "archive_evidence": self._archive_selected_evidence,
            "open_link": self._open_selected_link,
            "find": self.focus_search,
            "as_of": lambda: self.view_controls.as_of_edit.setFocus(),
            "group_filter": lambda: self.view_controls.group_combo.setFocus(),
            "export": lambda: files.export(),
            "new_tracker": files.new_tracker,
            "open_tracker": files.open_tracker_dialog,
            "save_copy": files.save_copy,
            "check_tracker": files.check_tracker,
            "import_evidence": lambda: files.import_evidence(),
            "import_codebook": files.import_codebook,
            "preferences": files.edit_preferences,
            "quit": self.close,
            "show_matrix": lambda: self.show_tab(MATRIX_TAB),
            "show_evidence": lambda: self.show_tab(EVIDENCE_TAB),
            "show_scorecards": lambda: self.show_tab(SCORECARDS_TAB),
            "toggle_details": lambda: self.details.setVisible(not self.details.isVisible()),
            "refresh": self.refresh,
            "help": self.about,
        }

    # -- the window's own parts -----------------------------------------------------
    def _on_change(self, change: Change) -> None:
        """The window's own part: its title (the tracker's title is in the codebook)."""
        if change.codebook:
            self._update_title()

    def _update_title(self) -> None:
        t = self.ctx.tracker
        name = t.path.name if t.path else "in memory"
        self.setWindowTitle(f"{t.meta('title', '') or 'Tracker'} — {name} — Policy Tracker")

    def refresh(self) -> None:
        """Read everything again (another program may have changed the file)."""
        self.ctx.bus.changed.emit(Change("refresh", codebook=True))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.matrix, self.evidence_view.table, self.scorecards.table)[index].setFocus()

    def _tab_changed(self, index: int) -> None:
        # The cell details belong to the matrix and the evidence; the scorecards have their own panel.
        if index == SCORECARDS_TAB and self.details.isVisible():
            self._details_hidden_for_scorecards = True
            self.details.hide()
        elif index != SCORECARDS_TAB and self._details_hidden_for_scorecards:
            self._details_hidden_for_scorecards = False
            self.details.show()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(EVIDENCE_TAB)
        self.evidence_view.search.setFocus()
        self.evidence_view.search.selectAll()

    # -- the selected cell --------------------------------------------------------
    def current_cell(self) -> tuple[str, str] | None:
        index = self.matrix.currentIndex()
        cell = index.data(CELL_ROLE) if index.isValid() else None
        return cell.cell if cell is not None else None

    def _selection_changed(self, *_args: QItemSelection) -> None:
        """Tell the details dock which cell is selected (it keeps itself current after that)."""
        index = self.matrix.currentIndex()
        cell = index.data(CELL_ROLE) if index.isValid() else None
        if cell is None or cell.cell != self.details.cell:
            self.details.show_cell(cell)
        self.actions_by_name["set_status"].setEnabled(cell is not None)

    def _cell_activated(self, index: QModelIndex) -> None:
        if index.data(CELL_ROLE) is not None:
            self.set_status()

    def select_cell(self, country: str, recommendation: str) -> None:
        source = self.matrix_model.index_of_cell(country, recommendation)
        if source.isValid():
            self.matrix.setCurrentIndex(self.matrix_proxy.mapFromSource(source))

    # -- edits: forms produce typed inputs, ctx.run executes the commands ----------
    def new_evidence(self, cells: list[tuple[str, str]] | None = None, *, allow_status: bool = True) -> str | None:
        """Open the evidence form (preset to the selected cell); returns the new uid, if saved."""
        if cells is None or isinstance(cells, bool):
            cell = self.current_cell() if self.tabs.currentIndex() == MATRIX_TAB else None
            cells = [cell] if cell else []
        created: list[str] = []

        def submit(data: EvidenceInput) -> None:
            change = self.ctx.run(AddEvidence(self.ctx, data))
            created.append(change.uid or "")

        form = EvidenceForm(self.ctx, submit, cells=cells, allow_status=allow_status, parent=self)
        self.ctx.prompts.exec_dialog(form)
        return created[0] if created else None

    def set_status(self) -> None:
        cell = self.current_cell()
        if cell is None:
            self.ctx.prompts.info(self, "Set status",
                                  "Select a cell of the matrix first (a country and a recommendation).")
            return

        def submit(data: StatusInput) -> None:
            self.ctx.run(SetStatus(self.ctx, data))

        form = StatusForm(
            self.ctx, cell[0], cell[1], submit, current=self.matrix_model.cells.get(cell),
            new_evidence=lambda: self.new_evidence([cell], allow_status=False), parent=self,
        )
        self.ctx.prompts.exec_dialog(form)

    def edit_evidence(self, uid: str) -> None:
        found = get_evidence(self.ctx.tracker, [uid])
        if not found:
            self.ctx.prompts.error(self, "Edit evidence", "That evidence no longer exists.")
            return

        def submit(data: EvidenceInput) -> None:
            self.ctx.run(EditEvidence(self.ctx, uid, data))

        form = EvidenceForm(self.ctx, submit, evidence=found[0], parent=self)
        self.ctx.prompts.exec_dialog(form)

    def archive_evidence(self, uid: str, archived: bool = True) -> None:
        try:
            self.ctx.run(ArchiveEvidence(self.ctx, uid, archived))
        except ValidationError as exc:
            self.ctx.prompts.error(self, "Archive evidence", exc.message)

    def _selected_evidence_uid(self) -> str | None:
        if self.tabs.currentIndex() == EVIDENCE_TAB:
            item = self.evidence_view.selected()
            return item.uid if item else None
        tree_item = self.details.evidence.currentItem()
        return tree_item.data(0, Qt.ItemDataRole.UserRole + 1) if tree_item else None

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

    def report_for_country(self, country: str) -> None:
        """Open the export dialog set to a report on one country."""
        self.files.export(report_country=country)

    def import_evidence(self, path: str | None = None) -> None:
        """The import wizard, optionally on a file already chosen."""
        self.files.import_evidence(path)

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


__all__ = ["MainWindow"]
