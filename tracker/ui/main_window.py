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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from db import ValidationError
from db.ops import Change
from db.queries import codebook_view
from db.search import get_evidence

from .actions import build_menus, build_toolbar, create_actions
from .banner import AsOfBanner
from .context import AppContext, in_language
from .details import DetailsDock
from .file_commands import FileCommands
from .icons import action_icon
from .legend import LegendWidget
from .links import check_link
from .matrix import CELL_ROLE, COUNTRY_ROLE, MatrixModel, MatrixProxy, MatrixView
from .status_bar import TrackerStatusBar, count_text
from .view_controls import ProposedBanner, ViewControls
from .watcher import TrackerWatcher
from .widgets import fill_in

if TYPE_CHECKING:
    from .conflicts_view import ConflictsView
    from .evidence_view import EvidenceView
    from .history_view import HistoryView
    from .inputs import EvidenceInput, StatusInput
    from .review_view import ReviewView
    from .scorecards import ScorecardsView
    from .sync_ui import SyncUi

MATRIX_TAB, EVIDENCE_TAB, SCORECARDS_TAB = range(3)
#: How long after the window is first shown the day's backup starts (after the first paint, off the start-up path).
DAILY_BACKUP_DELAY_MS = 1500
#: The actions that change the tracker: disabled while it is open read-only (db.store.Tracker.read_only).
EDIT_ACTIONS = ("new_evidence", "set_status", "edit_evidence", "archive_evidence", "import_evidence",
                "import_codebook", "edit_countries", "edit_codebook")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setAccessibleName("Policy Tracker")
        self.setWindowIcon(action_icon("app", "#000000"))
        self._details_hidden_for_scorecards = False
        self.help_windows: dict[str, QDialog] = {}
        self.conflicts_view: ConflictsView | None = None  # File › Conflicts…, made when first opened
        self._backup_scheduled = False
        self._after_paint: list[Callable[[], None]] | None = []  # None once the matrix has been painted
        self.icon_color = self.palette().color(QPalette.ColorRole.WindowText).name()
        self.files = FileCommands(ctx, self)
        self.actions_by_name: dict[str, QAction] = create_actions(self, self._slots(), ctx.undo_stack, self.icon_color)
        for name, step in (("undo", ctx.undo), ("redo", ctx.redo)):
            # The stack's own actions move it before the database is written; these write first (see ctx.undo).
            self.actions_by_name[name].triggered.disconnect()
            self.actions_by_name[name].triggered.connect(step)

        # -- central: matrix, evidence and scorecards tabs ------------------------
        self.matrix_model = MatrixModel(ctx, self)
        self.matrix_proxy = MatrixProxy(self)
        self.matrix_proxy.setSourceModel(self.matrix_model)
        self.matrix = MatrixView()
        self.matrix.setModel(self.matrix_proxy)
        # By country: the model lays its rows out in that order already, so the proxy is left unsorted (a sort
        # asks the model ~3,000 times for its sort key: a big tracker's start-up spent 10 ms on it) and the
        # header only shows the indicator.  A click on a header sorts as usual.
        header = self.matrix.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.matrix.activated.connect(self._cell_activated)
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(0)
        self._details_timer.timeout.connect(self._update_details)
        self.matrix.selectionModel().selectionChanged.connect(self._selection_changed)
        self.matrix_proxy.modelReset.connect(self._selection_changed)
        self.legend = LegendWidget(ctx)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(6, 6, 6, 6)
        # A past as-of date is announced above the matrix and the scorecards (the banner hides itself for today).
        self.matrix_banner = AsOfBanner(ctx)
        self.matrix_banner.today_requested.connect(self.back_to_today)
        matrix_layout.addWidget(self.matrix_banner)
        # "Include proposed" in force is said above the matrix and the scorecards too (it changes scores and ranks).
        self.matrix_proposed_banner = ProposedBanner(ctx)
        self.matrix_proposed_banner.approved_only_requested.connect(self._approved_only)
        matrix_layout.addWidget(self.matrix_proposed_banner)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.legend)

        # The evidence tab is built when first shown (or asked for): start-up shows the matrix only.
        self._evidence_view: EvidenceView | None = None
        self._evidence_page = QWidget()
        self._evidence_page.setAccessibleName(self.tr("Evidence"))
        evidence_layout = QVBoxLayout(self._evidence_page)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        self._scorecards: ScorecardsView | None = None  # built on first show too
        self._scorecards_page = QWidget()
        self._scorecards_page.setAccessibleName(self.tr("Scorecards page"))
        scorecards_layout = QVBoxLayout(self._scorecards_page)
        scorecards_layout.setContentsMargins(0, 0, 0, 0)
        self.scorecards_banner = AsOfBanner(ctx, margin=6)
        self.scorecards_banner.today_requested.connect(self.back_to_today)
        scorecards_layout.addWidget(self.scorecards_banner)
        self.scorecards_proposed_banner = ProposedBanner(ctx, margin=6)
        self.scorecards_proposed_banner.approved_only_requested.connect(self._approved_only)
        scorecards_layout.addWidget(self.scorecards_proposed_banner)
        self._history: HistoryView | None = None  # the History tab, built on first show too
        self._history_page = QWidget()
        self._history_page.setAccessibleName(self.tr("History page"))
        QVBoxLayout(self._history_page).setContentsMargins(0, 0, 0, 0)
        self._review: ReviewView | None = None  # the Review tab, built on first show too
        self._review_page = QWidget()
        self._review_page.setAccessibleName(self.tr("Review page"))
        QVBoxLayout(self._review_page).setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(matrix_page, action_icon("matrix", self.icon_color), self.tr("&Matrix"))
        self.tabs.addTab(self._evidence_page, action_icon("evidence", self.icon_color), self.tr("&Evidence"))
        self.tabs.addTab(self._scorecards_page, action_icon("scorecards", self.icon_color), self.tr("&Scorecards"))
        self.tabs.addTab(self._history_page, self.tr("&History"))
        self.tabs.addTab(self._review_page, self.tr("&Review"))
        self.update_review_tab()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)

        self.details = DetailsDock(ctx, self)
        self.details.set_status_requested.connect(self.set_status)
        self.details.add_evidence_requested.connect(  # the dock's cell is the one the form opens from
            lambda: self.new_evidence([self.details.cell] if self.details.cell else []))
        self.details.open_link_requested.connect(self.open_link)
        self.details.edit_evidence_requested.connect(self.edit_evidence)
        self.details.archive_evidence_requested.connect(lambda uid: self.archive_evidence(uid, True))
        self.details.review_conflict_requested.connect(lambda country, rec: self.show_conflicts((country, rec)))
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
        for date_edit in (vc.as_of_edit, vc.compare_edit):  # a typed text that is not a date says so, in words
            date_edit.error_changed.connect(self._show_date_error)
        self.toolbar = build_toolbar(self.actions_by_name, vc.add_to)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.recent_menu = QMenu("Open &recent", self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        build_menus(self.menuBar(), self.actions_by_name, self.recent_menu)

        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tracker_replaced.connect(self._update_title)
        ctx.bus.tracker_replaced.connect(self.update_review_tab)
        ctx.bus.message.connect(self._show_note)
        self.read_only_label = QLabel()
        self.read_only_label.setAccessibleName(self.tr("Read-only"))
        self.status_bar.addPermanentWidget(self.read_only_label)
        ctx.bus.tracker_replaced.connect(self._apply_read_only)
        self._update_title()
        self._apply_read_only()
        self.resize(1280, 800)
        self._restore_state()
        self.matrix.setFocus()
        if self.matrix_proxy.rowCount():
            self.matrix.setCurrentIndex(self.matrix_proxy.index(0, 1))
        self._update_details()
        # The start-up cell is the app's choice, not the person's: new evidence is not linked to it until
        # they click a cell or move to one (issue 11). Reloads re-selecting that same cell do not count.
        self.cell_chosen_by_user = False
        self._startup_cell = self.current_cell()
        self.matrix.selectionModel().currentChanged.connect(self._note_cell_choice)
        self.matrix.pressed.connect(lambda _index: setattr(self, "cell_chosen_by_user", True))
        # Other programs' changes to the file (another window, the command line, a sync) reach the views too.
        self.watcher = TrackerWatcher(ctx, self, reopen=self.files.open_tracker)
        # A coalition's shared tracker (File > Share, Join, Sync now, Members, the status-bar indicator): built after
        # the first paint, as the daily backup is, or when first used (it loads cryptography and apsw).
        self._sync: SyncUi | None = None

    def after_first_paint(self, job: Callable[[], None]) -> None:
        """Run ``job`` once the matrix has been painted (at once if it has), or when the window closes first.

        For work the first screen does not need but that would delay it: writing the settings file (QSettings
        writes, and syncs to disk, at the first event it gets, which comes before the first paint)."""
        if self._after_paint is None:
            job()
            return
        if not self._after_paint:
            self.matrix.viewport().installEventFilter(self)
        self._after_paint.append(job)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and watched is self.matrix.viewport() and self._after_paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run_after_paint)  # after this paint, not inside it
        return super().eventFilter(watched, event)

    def _run_after_paint(self) -> None:
        jobs, self._after_paint = self._after_paint or [], None
        for job in jobs:
            job()

    @property
    def sync(self) -> SyncUi:
        """The window's sync commands and indicator, made on first use."""
        if self._sync is None:
            from .sync_ui import SyncUi

            self._sync = SyncUi(self.ctx, self)
            self.status_bar.addPermanentWidget(self._sync.indicator)
        return self._sync

    @property
    def evidence_view(self) -> EvidenceView:
        """The Evidence tab's view, built on first use (start-up does not pay for a tab nobody has opened)."""
        if self._evidence_view is None:
            from .evidence_view import EvidenceView
            from .goto import down_into_list

            view = EvidenceView(self.ctx)
            view.open_link_requested.connect(self.open_link)
            view.edit_requested.connect(self.edit_evidence)
            view.archive_requested.connect(self.archive_evidence)
            down_into_list(view.search, view.table)
            layout = self._evidence_page.layout()
            assert layout is not None
            layout.addWidget(view)
            self._evidence_view = view
        return self._evidence_view

    @property
    def scorecards(self) -> ScorecardsView:
        """The Scorecards tab's view, built on first use; its ranking comes from the shared cache."""
        if self._scorecards is None:
            from .scorecards import ScorecardsView

            view = ScorecardsView(self.ctx)
            view.open_link_requested.connect(self.open_link)
            view.report_requested.connect(self.report_for_country)
            view.table.selectionModel().currentRowChanged.connect(self._scorecard_country_changed)
            layout = self._scorecards_page.layout()
            assert layout is not None
            layout.addWidget(view)
            self._scorecards = view
        return self._scorecards

    @property
    def history_view(self) -> HistoryView:
        """The History tab's view, built on first use (its first page is one keyset read)."""
        if self._history is None:
            from .history_view import HistoryView

            view = HistoryView(self.ctx)
            view.evidence_requested.connect(self.edit_evidence)
            view.cell_requested.connect(self.open_cell)
            view.proposal_requested.connect(self.show_proposal)
            layout = self._history_page.layout()
            assert layout is not None
            layout.addWidget(view)
            self._history = view
        return self._history

    @property
    def review_view(self) -> ReviewView:
        """The Review tab's view, built on first use (its first page is one keyset read)."""
        if self._review is None:
            from .review_view import ReviewView

            view = ReviewView(self.ctx)
            view.evidence_requested.connect(self.edit_evidence)
            view.cell_requested.connect(self.open_cell)
            view.waiting_changed.connect(lambda _n: self.update_review_tab())
            layout = self._review_page.layout()
            assert layout is not None
            layout.addWidget(view)
            self._review = view
        return self._review

    def show_review(self) -> None:
        self.tabs.setCurrentWidget(self._review_page)
        self.review_view.table.setFocus()

    def show_conflicts(self, cell: tuple[str, str] | None = None) -> ConflictsView:
        """File › Conflicts…: a window beside the app, kept open while you work (asking again brings it to the
        front, read again); ``cell``: that cell's conflict selected (the details dock's "Review conflict…")."""
        from .conflicts_view import ConflictsView

        if self.conflicts_view is None:
            self.conflicts_view = ConflictsView(self.ctx, self)
        else:
            self.conflicts_view.reload()  # it does not read while closed
        view = self.conflicts_view
        view.show()
        if cell is not None:
            view.select_cell(*cell)
        if QGuiApplication.platformName() != "offscreen":  # no window stacking there (tests, screenshots)
            view.raise_()
        view.activateWindow()
        return view

    def show_proposal(self, uid: str) -> None:
        """A review step double-clicked in the History tab: its proposal in the Review tab."""
        self.show_review()
        if not self.review_view.select_proposal(uid):
            self.status_bar.showMessage(self.tr("That proposal no longer exists (it was undone); the History tab keeps"
                                                " what it said."), 15000)

    def update_review_tab(self) -> None:
        """The Review tab's title counts the proposals waiting for this person's review ("Review (3)")."""
        from db.review import review_counts

        waiting = review_counts(self.ctx.tracker, self.ctx.tracker.user).waiting_for_me
        index = self.tabs.indexOf(self._review_page)
        self.tabs.setTabText(index, self.tr("&Review (%1)").replace("%1", str(waiting)) if waiting
                             else self.tr("&Review"))
        self.tabs.setTabToolTip(index, count_text(
            self.tr("%Ln proposed statuses waiting for your review", "", waiting),
            "%Ln proposed statuses waiting for your review", waiting, "proposed status waiting for your review",
            "proposed statuses waiting for your review") if waiting else self.tr("Proposed statuses and their review"))

    def _approved_only(self) -> None:
        """The banner's "Approved only": scores and ranks count approved statuses again."""
        self.view_controls.set_include_proposed(False)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self._history_page)
        self.history_view.table.setFocus()

    def open_cell(self, country: str, recommendation: str) -> None:
        """Show one cell: the matrix with the cell selected, and its details."""
        self.show_tab(MATRIX_TAB)
        self.select_cell(country, recommendation)
        self.details.show()

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
            "restore_backup": files.restore_from_backup,
            "import_evidence": lambda: files.import_evidence(),
            "import_codebook": files.import_codebook,
            "share_tracker": lambda: self.sync.share(),
            "join_tracker": lambda: self.sync.join(),
            "sync_now": lambda: self.sync.sync_now(),
            "members": lambda: self.sync.members(),
            "conflicts": lambda: self.show_conflicts(),
            "export_codebook": files.export_codebook,
            "preferences": files.edit_preferences,
            "edit_countries": self.edit_countries,
            "edit_codebook": self.edit_codebook,
            "quit": self.close,
            "show_matrix": lambda: self.show_tab(MATRIX_TAB),
            "show_evidence": lambda: self.show_tab(EVIDENCE_TAB),
            "show_scorecards": lambda: self.show_tab(SCORECARDS_TAB),
            "toggle_details": lambda: self.details.setVisible(not self.details.isVisible()),
            "show_history": self.show_history,
            "show_review": self.show_review,
            "refresh": self.refresh,
            "goto_country": self.go_to_country,
            "user_guide": lambda: self.show_help("guide"),
            "keyboard_shortcuts": lambda: self.show_help("shortcuts"),
            "help": self.about,
        }

    # -- the window's own parts -----------------------------------------------------
    def _on_change(self, change: Change) -> None:
        """The window's own part: its title (the tracker's title is in the codebook)."""
        if change.codebook:
            self._update_title()
        if change.codebook or change.proposals:
            self.update_review_tab()

    def _update_title(self) -> None:
        t = self.ctx.tracker
        name = t.path.name if t.path else self.tr("in memory")
        marker = self.tr(" (read-only)") if t.read_only else ""
        self.setWindowTitle(f"{t.meta('title', '') or self.tr('Tracker')} — {name}{marker} — Policy Tracker")

    def _apply_read_only(self) -> None:
        """A tracker that cannot be written (its folder is read-only, the disk is full) is shown as such:
        in the title, in the status bar (in words, with the reason as its tooltip) and with every editing
        action disabled; reading, searching and exporting work as ever."""
        t = self.ctx.tracker
        self.read_only_label.setVisible(t.read_only)
        self.read_only_label.setText(self.tr("Read-only: %1").replace("%1", in_language(t.read_only_reason or ""))
                                     if t.read_only else "")
        self.read_only_label.setToolTip(in_language(t.read_only_message()) if t.read_only else "")
        for name in EDIT_ACTIONS:
            if name != "set_status":
                self.actions_by_name[name].setEnabled(not t.read_only)
        for button in (self.details.set_status_button, self.details.add_evidence_button):
            button.setEnabled(not t.read_only)
        self._selection_changed()

    def _refuse_if_read_only(self, title: str) -> bool:
        """Say why nothing can be changed (True) when the tracker is read-only; dock buttons and double-clicks
        reach the edits without the disabled actions."""
        if not self.ctx.tracker.read_only:
            return False
        self.ctx.prompts.error(self, title, in_language(self.ctx.tracker.read_only_message()))
        return True

    def refresh(self) -> None:
        """Read everything again (another program may have changed the file)."""
        self.ctx.bus.changed.emit(Change("refresh", codebook=True))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == MATRIX_TAB:
            self.matrix.setFocus()
        elif index == EVIDENCE_TAB:
            self.evidence_view.table.setFocus()
        elif index == SCORECARDS_TAB:
            self.scorecards.table.setFocus()

    def _tab_changed(self, index: int) -> None:
        pages = {EVIDENCE_TAB: (self._evidence_view, self._evidence_page, lambda: self.evidence_view),
                 SCORECARDS_TAB: (self._scorecards, self._scorecards_page, lambda: self.scorecards),
                 self.tabs.indexOf(self._history_page): (self._history, self._history_page,
                                                         lambda: self.history_view),
                 self.tabs.indexOf(self._review_page): (self._review, self._review_page, lambda: self.review_view)}
        if index == SCORECARDS_TAB:  # the scorecards open on the country selected in the matrix
            country = self.current_country()
            if country and country != self.scorecards.card.country:
                self.scorecards.choose_country(country)  # before a first show fills the card
        if index in pages and pages[index][0] is None:
            _built, page, build = pages[index]
            view: QWidget = build()
            view.show()  # fills it now (its showEvent), not on a later turn of the event loop
            # Lay it out now too, so the first frame shown is complete.
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            focus = QApplication.focusWidget()
            if focus is None or focus is page or not focus.isVisible():
                _focus_first_in(page)  # where the tab would have put the focus, had the view been there
        # The cell details belong to the matrix and the evidence; the scorecards have their own panel.
        own_panel = index in (SCORECARDS_TAB, self.tabs.indexOf(self._review_page))  # the Review tab has one too
        if own_panel and self.details.isVisible():
            self._details_hidden_for_scorecards = True
            self.details.hide()
        elif not own_panel and self._details_hidden_for_scorecards:
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
        """Tell the details dock which cell is selected, on the next turn of the event loop.

        Holding an arrow key moves faster than the dock can be filled; waiting one turn
        lets the matrix keep up, and the dock always ends on the final cell.
        """
        index = self.matrix.currentIndex()
        self.actions_by_name["set_status"].setEnabled(index.isValid() and index.data(CELL_ROLE) is not None
                                                      and not self.ctx.tracker.read_only)
        self._details_timer.start()

    def _update_details(self) -> None:
        """Show the selected cell in the details dock now (it keeps itself current after that)."""
        self._details_timer.stop()
        index = self.matrix.currentIndex()
        cell = index.data(CELL_ROLE) if index.isValid() else None
        if cell is None or cell.cell != self.details.cell:
            self.details.show_cell(cell)

    def _cell_activated(self, index: QModelIndex) -> None:
        if index.data(CELL_ROLE) is not None:
            self.set_status()

    def back_to_today(self) -> None:
        """The banner's "Back to today": the as-of date goes back to today."""
        self.view_controls.set_as_of(None)

    def current_country(self) -> str | None:
        """The code of the matrix's current row."""
        index = self.matrix.currentIndex()
        return index.siblingAtColumn(0).data(COUNTRY_ROLE) if index.isValid() else None

    def select_country(self, code: str) -> bool:
        """Select ``code``'s row in the matrix, staying in the same column.

        A country the group filter hides is shown by going back to all countries (and saying so).
        """
        model = self.matrix_model
        row = next((i for i, (c, _name) in enumerate(model.countries) if c == code), None)
        if row is None and self.ctx.view.group is not None:
            group = self.ctx.view.group
            self.view_controls.show_all_countries()
            row = next((i for i, (c, _name) in enumerate(model.countries) if c == code), None)
            if row is not None:
                self.status_bar.showMessage(fill_in(self.tr("%1 is not in %2: showing all countries."),
                                                    model.countries[row][1], group), 10000)
        if row is None:
            return False
        current = self.matrix.currentIndex()
        proxy_row = self.matrix_proxy.mapFromSource(model.index(row, 0)).row()
        column = current.column() if current.isValid() else min(1, self.matrix_proxy.columnCount() - 1)
        self.matrix.setCurrentIndex(self.matrix_proxy.index(proxy_row, column))
        return True

    def _scorecard_country_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A country chosen in the ranking (by the person: the ranking has the focus) is selected in the matrix too."""
        from .scorecards import CODE_ROLE

        code = current.data(CODE_ROLE) if current.isValid() else None
        if code and self.scorecards.table.hasFocus() and code != self.current_country():
            self.select_country(code)

    def go_to_country(self) -> None:
        """Ctrl+K: type part of a country's name or its code, Enter selects it (in the scorecards when they are shown,
        else in the matrix)."""
        from .goto import GoToCountryDialog

        book = codebook_view(self.ctx.tracker, self.ctx.language)
        countries = sorted(((c.code, c.name) for c in book.active_countries()), key=lambda c: c[1].casefold())
        dialog = GoToCountryDialog(countries, self)
        if not self.ctx.prompts.exec_dialog(dialog):
            return
        code = dialog.chosen()
        if code is None:
            return
        on_scorecards = self.tabs.currentIndex() == SCORECARDS_TAB
        if not on_scorecards:
            self.show_tab(MATRIX_TAB)
        self.select_country(code)
        if on_scorecards:
            self.scorecards.select_country(code)
            self.scorecards.table.setFocus()

    def _show_date_error(self, message: str) -> None:
        if message:
            self.status_bar.showMessage(message, 15000)

    def _note_cell_choice(self, *_args: object) -> None:
        """A move to another cell than the start-up one is the person's choice (so is a click: ``pressed``)."""
        if self.current_cell() != self._startup_cell:
            self.cell_chosen_by_user = True

    def select_cell(self, country: str, recommendation: str) -> None:
        source = self.matrix_model.index_of_cell(country, recommendation)
        if source.isValid():
            self.matrix.setCurrentIndex(self.matrix_proxy.mapFromSource(source))
            self._update_details()

    def _show_note(self, text: str, ms: int) -> None:
        """A note from ``ctx`` (waiting for another program's lock, an edit that changed nothing)."""
        if text:
            self.status_bar.showMessage(text, ms)
        else:
            self.status_bar.clearMessage()

    # -- edits: forms produce typed inputs, ctx.run executes the commands ----------
    def new_evidence(self, cells: list[tuple[str, str]] | None = None, *, allow_status: bool = True) -> str | None:
        """Open the evidence form (preset to the selected cell); returns the new uid, if saved."""
        if self._refuse_if_read_only(self.tr("New evidence")):
            return None
        if cells is None or isinstance(cells, bool):
            on_matrix = self.tabs.currentIndex() == MATRIX_TAB and self.cell_chosen_by_user
            cell = self.current_cell() if on_matrix else None
            cells = [cell] if cell else []
        from .commands import AddEvidence  # the edit commands load with the first edit, not at start-up
        from .evidence_form import EvidenceForm

        created: list[str] = []

        def submit(data: EvidenceInput) -> None:
            change = self.ctx.run(AddEvidence(self.ctx, data))
            created.append(change.uid or "")

        form = EvidenceForm(self.ctx, submit, cells=cells, allow_status=allow_status, parent=self)
        self.ctx.prompts.exec_dialog(form)
        return created[0] if created else None

    def set_status(self) -> None:
        if self._refuse_if_read_only(self.tr("Set status")):
            return
        cell = self.current_cell()
        if cell is None:
            self.ctx.prompts.info(self, self.tr("Set status"),
                                  self.tr("Select a cell of the matrix first (a country and a recommendation)."))
            return
        from .commands import SetStatus
        from .status_form import StatusForm

        def submit(data: StatusInput) -> None:
            self.ctx.run(SetStatus(self.ctx, data))

        form = StatusForm(
            self.ctx, cell[0], cell[1], submit, current=self.ctx.state.cited([cell]).get(cell),
            new_evidence=lambda: self.new_evidence([cell], allow_status=False), parent=self,
        )
        self.ctx.prompts.exec_dialog(form)

    def edit_evidence(self, uid: str) -> None:
        if self._refuse_if_read_only(self.tr("Edit evidence")):
            return
        found = get_evidence(self.ctx.tracker, [uid])
        if not found:
            self.ctx.prompts.error(self, self.tr("Edit evidence"), self.tr("That evidence no longer exists."))
            return
        from .commands import EditEvidence
        from .evidence_form import EvidenceForm

        def submit(data: EvidenceInput) -> None:
            if not get_evidence(self.ctx.tracker, [uid]):  # deleted by another program while the form was open
                raise ValidationError("", self.tr("This evidence no longer exists: another program deleted it. What "
                                                  "you typed is kept; add it again as new evidence if it is still "
                                                  "needed."))
            self.ctx.run(EditEvidence(self.ctx, uid, data))

        form = EvidenceForm(self.ctx, submit, evidence=found[0], parent=self)
        self.ctx.prompts.exec_dialog(form)

    def archive_evidence(self, uid: str, archived: bool = True) -> None:
        if self._refuse_if_read_only(self.tr("Archive evidence")):
            return
        from .commands import ArchiveEvidence

        try:
            self.ctx.run(ArchiveEvidence(self.ctx, uid, archived))
        except ValidationError as exc:
            self.ctx.prompts.error(self, self.tr("Archive evidence"), exc.message)

    def edit_codebook(self) -> None:
        """Edit › Codebook: each Apply in it is one undoable edit, so closing it needs no save."""
        if self._refuse_if_read_only(self.tr("Codebook")):
            return
        from .codebook_editor import CodebookEditor

        editor = CodebookEditor(self.ctx, self)
        try:
            self.ctx.prompts.exec_dialog(editor)
        finally:
            self.ctx.bus.changed.disconnect(editor.reload_on_change)
            editor.deleteLater()

    def edit_countries(self) -> None:
        """Edit › Countries and groups: each change in it is undoable at once, so it has nothing to save."""
        if self._refuse_if_read_only(self.tr("Countries and groups")):
            return
        from .countries_editor import CountriesEditor

        editor = CountriesEditor(self.ctx, self)
        try:
            self.ctx.prompts.exec_dialog(editor)
        finally:
            self.ctx.bus.changed.disconnect(editor.reload_on_change)
            editor.deleteLater()

    def _selected_evidence_uid(self) -> str | None:
        if self._details_timer.isActive():
            self._update_details()  # a key pressed right after a move acts on the cell now selected
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
        """Open an evidence link in the browser, saying which host; refused when Qt would read another host
        than the data layer checked (tracker.ui.links), asked first when the host mixes alphabets."""
        link = check_link(url)
        title = self.tr("Open link")
        if link.problem is not None:
            self.ctx.prompts.error(self, title, link.problem)
            return
        if link.lookalike and not self.ctx.prompts.confirm(
            self, title,
            fill_in(self.tr("This link's address mixes alphabets, so it can pass for another site's:\n\n%1\n\n"
                            "Open it?"), link.host), yes=self.tr("Open link"),
        ):
            return
        url = link.url
        self.status_bar.showMessage(fill_in(self.tr("Opening %1…"), link.host), 5000)
        if not self.ctx.prompts.open_url(url) and self.ctx.prompts.confirm(
            self, title, fill_in(self.tr("No browser could open %1.\n\nCopy the link, to paste it into a browser?"),
                                 url),
            yes=self.tr("Copy link"),
        ):
            QGuiApplication.clipboard().setText(url)
            self.status_bar.showMessage(fill_in(self.tr("Link copied: %1"), url), 10000)

    def report_for_country(self, country: str) -> None:
        """Open the export dialog set to a report on one country."""
        self.files.export(report_country=country)

    def import_evidence(self, path: str | None = None) -> None:
        """The import wizard, optionally on a file already chosen."""
        self.files.import_evidence(path)

    def show_help(self, kind: str) -> None:
        """Help › User guide ("guide") or Keyboard shortcuts ("shortcuts"): a window beside the app, kept open
        while you work (one of each; asking again brings it to the front)."""
        from .help import ShortcutsDialog, UserGuideDialog

        existing = self.help_windows.get(kind)
        if existing is None:
            existing = UserGuideDialog(self.open_link, self) if kind == "guide" else ShortcutsDialog(self)
            self.help_windows[kind] = existing
        existing.show()
        if QGuiApplication.platformName() != "offscreen":  # no window stacking there (tests, screenshots)
            existing.raise_()
        existing.activateWindow()
        if isinstance(existing, UserGuideDialog):
            existing.find_edit.setFocus()
        elif isinstance(existing, ShortcutsDialog):
            existing.filter.setFocus()

    def about(self) -> None:
        from .dialogs import AboutDialog

        self.ctx.prompts.exec_dialog(AboutDialog(codebook_view(self.ctx.tracker, self.ctx.language), self))

    # -- window state -------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.ctx.settings.value("window/geometry")
        state = self.ctx.settings.value("window/state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Once the window has been painted, the day's backup starts on a worker (never delaying start-up)."""
        super().showEvent(event)
        if not self._backup_scheduled:
            self._backup_scheduled = True
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self, self.files.start_daily_backup)
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self, lambda: self.sync)  # the sync indicator, after start-up
            self.ctx.bus.tracker_replaced.connect(
                lambda: QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self, self.files.start_daily_backup))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._run_after_paint()  # closed before its first paint: what waited for it is done now
        self.files.wait_for_backup()  # a backup being written is finished, not cut short
        if self._sync is not None:
            self._sync.controller.shut_down()  # no new sync; one running in a child process ends before the window
        if self._details_hidden_for_scorecards:  # hidden for the tab in front, not by the person: saved as shown
            self._details_hidden_for_scorecards = False
            self.details.show()
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/state", self.saveState())
        self.ctx.settings.sync()
        super().closeEvent(event)


def _focus_first_in(page: QWidget) -> None:
    """Give the focus to the first control of ``page`` that takes it by Tab (as QStackedWidget does on a switch)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(page) and widget.isEnabled()):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


__all__ = ["MainWindow"]
