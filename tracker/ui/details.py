"""The "Cell details" dock: the selected cell's current status and rationale,
its timeline of earlier assessments, and the evidence behind it.

The window says which cell is selected; the dock keeps itself current by
listening to the bus, and re-reads only when a change touches its cell,
the evidence or assessments it shows, or the codebook.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops import Change
from db.queries import CellStatus, assessment_history
from db.search import count_evidence_for_cell, evidence_for_cell

from ..matrix_state import statuses_of_cells
from .context import AppContext
from .icons import status_icon

UID_ROLE = Qt.ItemDataRole.UserRole + 1
URL_ROLE = Qt.ItemDataRole.UserRole + 2

#: The newest evidence listed for a cell; the rest are counted ("and 90 more…") and listed in the Evidence tab.
MAX_EVIDENCE_SHOWN = 25


class DetailsDock(QDockWidget):
    """Shows one cell; its buttons ask the main window to act (signals, no dialogs here)."""

    set_status_requested = Signal()
    add_evidence_requested = Signal()
    open_link_requested = Signal(str)
    edit_evidence_requested = Signal(str)
    archive_evidence_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("Cell details", parent)
        self.ctx = ctx
        self.setObjectName("cellDetails")
        self.setAccessibleName("Cell details")
        self.cell: tuple[str, str] | None = None
        self._evidence_uids: set[str] = set()
        self._assessment_uids: set[str] = set()
        self.setMinimumWidth(280)
        feature = QDockWidget.DockWidgetFeature
        self.setFeatures(feature.DockWidgetMovable | feature.DockWidgetClosable | feature.DockWidgetFloatable)

        self.heading = QLabel("Select a cell of the matrix to see its status, history and evidence.")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Selected cell")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.status_icon = QLabel()
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Current status")
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_label, 1)
        self.rationale = QLabel()
        self.rationale.setWordWrap(True)
        self.rationale.setAccessibleName("Rationale")
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.rationale.setTextInteractionFlags(selectable)
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setAccessibleName("Review note")
        self.set_status_button = QPushButton("Set status…")
        self.set_status_button.setAccessibleName("Set status of this cell")
        self.set_status_button.clicked.connect(self.set_status_requested)
        self.add_evidence_button = QPushButton("Add evidence…")
        self.add_evidence_button.setAccessibleName("Add evidence for this cell")
        self.add_evidence_button.clicked.connect(self.add_evidence_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.set_status_button)
        actions.addWidget(self.add_evidence_button)
        actions.addStretch(1)

        self.timeline = QTreeWidget()
        self.timeline.setAccessibleName("Status timeline")
        self.timeline.setHeaderLabels(["Effective", "Status", "Rationale"])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setMinimumHeight(110)
        self.timeline.setUniformRowHeights(True)  # one line per row: no per-row measuring on every selection
        self.timeline.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.evidence = QTreeWidget()
        self.evidence.setAccessibleName("Linked evidence")
        self.evidence.setHeaderLabels(["Date", "Title"])
        self.evidence.setRootIsDecorated(False)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setMinimumHeight(110)
        self.evidence.setUniformRowHeights(True)
        self.evidence.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.evidence.itemActivated.connect(
            lambda item, _col: self.edit_evidence_requested.emit(item.data(0, UID_ROLE))
        )
        self.evidence.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton("Open link")
        self.open_button.setAccessibleName("Open evidence link")
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_link_requested, URL_ROLE))
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setAccessibleName("Edit evidence")
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_evidence_requested, UID_ROLE))
        self.archive_button = QPushButton("Archive")
        self.archive_button.setAccessibleName("Archive evidence")
        self.archive_button.clicked.connect(lambda: self._emit_selected(self.archive_evidence_requested, UID_ROLE))
        ev_actions = QHBoxLayout()
        for b in (self.open_button, self.edit_button, self.archive_button):
            ev_actions.addWidget(b)
        ev_actions.addStretch(1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(status_row)
        layout.addWidget(self.rationale)
        layout.addWidget(self.review)
        layout.addLayout(actions)
        self.timeline_title = QLabel("<b>Timeline</b>")
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)
        self.evidence_title = QLabel("<b>Evidence</b>")
        layout.addWidget(self.evidence_title)
        layout.addWidget(self.evidence, 1)
        self.more_evidence = QLabel()
        self.more_evidence.setAccessibleName("More evidence")
        self.more_evidence.setVisible(False)
        layout.addWidget(self.more_evidence)
        layout.addLayout(ev_actions)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(scroll)
        self.show_cell(None, None)
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.view_changed.connect(self.refresh)
        ctx.bus.tracker_replaced.connect(self.refresh)

    def _on_change(self, change: Change) -> None:
        """Re-read the cell only when the edit touched what the dock shows."""
        if self.cell is None:
            return
        if (change.codebook or self.cell in change.cells or change.evidence & self._evidence_uids
                or change.assessments & self._assessment_uids):
            self.ctx.state.apply_change(change)  # the shared cache first (done once, whoever asks first)
            self.refresh()

    def refresh(self) -> None:
        """Show the current cell again as the tracker now has it (as of the view's date)."""
        if self.cell is None:
            return
        self.show_cell(self.current_status(self.cell), None)

    def current_status(self, cell: tuple[str, str]) -> CellStatus | None:
        """The cell's status from the shared cache; read on its own when the view does not show it."""
        state = self.ctx.state
        found = state.cell(cell)
        if found is not None:
            return found
        book = state.book
        if not any(c.code == cell[0] for c in book.active_countries()):
            return None
        return statuses_of_cells(self.ctx.tracker, [cell], state.key.as_of,
                                 review_interval_days=state.key.review_interval_days, book=book).get(cell)

    def _emit_selected(self, signal: SignalInstance, role: int) -> None:
        item = self.evidence.currentItem()
        if item is not None and item.data(0, role):
            signal.emit(item.data(0, role))

    def _update_buttons(self) -> None:
        item = self.evidence.currentItem()
        self.open_button.setEnabled(bool(item and item.data(0, URL_ROLE)))
        self.edit_button.setEnabled(item is not None)
        self.archive_button.setEnabled(item is not None)

    def show_cell(self, cell: CellStatus | None, country_name: str | None = None) -> None:
        """Fill the dock for ``cell`` (None: nothing selected); the name defaults to the codebook's."""
        self.timeline.clear()
        self.evidence.clear()
        self._evidence_uids = set()
        self._assessment_uids = set()
        has_cell = cell is not None
        for w in (self.set_status_button, self.add_evidence_button, self.timeline, self.evidence, self.timeline_title,
                  self.evidence_title, self.open_button, self.edit_button, self.archive_button):
            w.setVisible(has_cell)
        if cell is None:
            self.cell = None
            self.more_evidence.setVisible(False)
            self.heading.setText("Select a cell of the matrix to see its status, history and evidence.")
            self.status_icon.clear()
            self.status_label.clear()
            self.rationale.clear()
            self.review.clear()
            return
        self.cell = cell.cell
        t = self.ctx.tracker
        book = self.ctx.state.book
        rec = next(r for r in book.recommendations if r.code == cell.recommendation_code)
        if country_name is None:
            country_name = next((c.name for c in book.countries if c.code == cell.country_code), cell.country_code)
        name = escape(country_name or cell.country_code)
        self.heading.setText(f"<h3 style='margin:0'>{name}</h3>{escape(rec.title)}")
        self.status_icon.setPixmap(status_icon(cell.score, cell.color).pixmap(20, 20))
        if cell.assessment_uid:
            meta = (f"effective {cell.effective_date} · {escape(cell.confidence or '')} · "
                    f"recorded by {escape(cell.recorded_by or '')} on {(cell.recorded_at or '')[:10]}")
            self.status_label.setText(
                f"<b>{escape(cell.status_label)}</b><br><span style='color:palette(placeholder-text)'>{meta}</span>"
            )
            self.rationale.setText(cell.rationale or "")
        else:
            self.status_label.setText(f"<b>{escape(cell.status_label)}</b>")
            self.rationale.setText("Nobody has judged this cell yet. Not assessed is not the same as No action.")
        if cell.needs_review:
            self.review.setText(f"⚑ Needs review: this judgement is older than {self.ctx.review_interval()} days.")
        else:
            self.review.clear()
        self.review.setVisible(cell.needs_review)
        history = assessment_history(t, country=cell.country_code, recommendation=cell.recommendation_code, book=book)
        self._assessment_uids = {a.assessment_uid for a in history if a.assessment_uid}
        for a in reversed(history):
            item = QTreeWidgetItem([a.effective_date or "", a.status_label, (a.rationale or "").replace("\n", " ")])
            item.setIcon(1, status_icon(a.score, a.color))
            tip = (f"{a.status_label} · {a.confidence} · recorded by {a.recorded_by} on {(a.recorded_at or '')[:10]}"
                   f"\n\n{a.rationale or ''}")
            for col in range(3):
                item.setToolTip(col, tip)
            if a.assessment_uid == cell.assessment_uid:
                font = item.font(1)
                font.setBold(True)
                for col in range(3):
                    item.setFont(col, font)
            if a.effective_date and a.effective_date > self.ctx.as_of():
                for col in range(3):
                    item.setForeground(col, QColor("#808080"))
                item.setToolTip(0, "Effective after the as-of date")
            self.timeline.addTopLevelItem(item)
        self.timeline_title.setText(f"<b>Timeline</b> ({len(history)} assessment{'s' if len(history) != 1 else ''})")
        # Only the newest are listed: a busy cell has hundreds, and every selection would build them all.
        shown = evidence_for_cell(t, cell.country_code, cell.recommendation_code, limit=MAX_EVIDENCE_SHOWN)
        total = len(shown)
        if total == MAX_EVIDENCE_SHOWN:
            total = count_evidence_for_cell(t, cell.country_code, cell.recommendation_code)
        self._evidence_uids = {e.uid for e in shown}
        items = []
        for e in shown:
            item = QTreeWidgetItem([e.event_date, e.title or e.url or "(untitled)"])
            item.setData(0, UID_ROLE, e.uid)
            item.setData(0, URL_ROLE, e.url or "")
            source = " · ".join(x for x in (e.publisher, e.source_kind, e.url) if x)
            tip = source + "\n\n" + (e.notes or e.title or "")[:500]
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            items.append(item)
        self.evidence.addTopLevelItems(items)
        more = total - len(shown)
        self.evidence_title.setText(f"<b>Evidence</b> ({total})")
        self.more_evidence.setText(
            f"and {more} more… (the Evidence tab lists them all)" if more else ""
        )
        self.more_evidence.setVisible(more > 0)
        for col in range(2):
            self.timeline.resizeColumnToContents(col)
        self.evidence.resizeColumnToContents(0)
        first = self.evidence.topLevelItem(0)
        if first is not None:
            self.evidence.setCurrentItem(first)
        self._update_buttons()
