"""The evidence view: every piece of evidence in a table that loads rows as
you scroll, with full-text search and filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import TrackerError
from db.ops import Change
from db.queries import codebook_view
from db.search import EvidenceFilter, EvidenceItem, Key, count_evidence, search_page

from .context import AppContext
from .evidence_form import SOURCE_KIND_LABELS
from .models import ListTableModel
from .widgets import DATE_FORMAT, make_date_edit

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("Date", "Title", "Countries", "Recommendations", "Publisher", "Kind", "Link")
#: The sort key (db.search.SORT_KEYS) of each column; None: not sortable.  A
#: piece of evidence has many countries and recommendations, so there is no one
#: value to sort it by; filter by them instead.
SORT_BY: tuple[str | None, ...] = ("date", "title", None, None, "publisher", "kind", "link")
#: Counting stops here: past it the count says "10,000+" (a count of a million
#: matches costs more than the page does).
COUNT_CAP = 10_000


class EvidenceModel(ListTableModel):
    """Evidence matching a filter, fetched a page at a time (``canFetchMore``/``fetchMore``).

    Pages are keyset pages (db.search.search_page): each starts after the last
    row loaded, so scrolling to the end of a million rows costs the same per
    page as the first.  The count is not needed to page; it is computed when
    first asked for (:attr:`total`), after the page is on screen.
    """

    PAGE = 200
    COLUMNS = COLUMNS

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = EvidenceFilter()
        self.sort_key = "date"
        self.descending = True
        self.sort_used = "date"  # "recorded" when the words match too much to sort by a column
        self._after: Key | None = None
        self._done = True
        self._count: int | None = None
        self.error: str | None = None
        self.refresh()

    @property
    def total(self) -> int:
        """How many match, counted at most to COUNT_CAP + 1 (computed on first use)."""
        if self._count is None:
            try:
                self._count = count_evidence(self.ctx.tracker, self.filter, cap=COUNT_CAP)
            except TrackerError:
                self._count = 0
        return self._count

    @property
    def counted(self) -> bool:
        return self._count is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a sortable column (others are ignored), starting again from the first page."""
        key = SORT_BY[column] if 0 <= column < len(SORT_BY) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def set_filter(self, flt: EvidenceFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Start over from the first page (new filter, or data changed)."""
        self.beginResetModel()
        self.rows = []
        self._after = None
        self._done = False
        self._count = None
        self.error = None
        self.rows.extend(self._next_page())
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """Reload (as many rows as were loaded) when evidence or the codebook changed."""
        if change.evidence or change.codebook:
            loaded = len(self.items)
            self.refresh()
            while len(self.items) < loaded and self.canFetchMore(QModelIndex()):
                self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._done:
            return
        items = self._next_page()
        if items:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(items) - 1)
            self.rows.extend(items)
            self.endInsertRows()

    def _next_page(self) -> list[EvidenceItem]:
        """The page after the rows loaded (keyset: where the last one stopped); [] at the end or on an error."""
        try:
            page = search_page(self.ctx.tracker, self.filter, sort=self.sort_key, descending=self.descending,
                               after=self._after, limit=self.PAGE)
        except TrackerError as exc:
            self._done, self._count, self.error = True, 0, str(exc)
            return []
        self.sort_used = page.sort
        self._after = page.after
        self._done = page.after is None
        return page.items

    @property
    def items(self) -> list[EvidenceItem]:
        return self.rows

    def cell(self, item: EvidenceItem, col: int, role: int) -> Any:
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = item.title or item.url or "(untitled)"
            if item.archived:
                title = f"[archived] {title}"
            values = (
                item.event_date,
                title,
                ", ".join(item.countries) if len(item.countries) <= 6 else f"{len(item.countries)} countries",
                ", ".join(item.recommendations),
                item.publisher or "",
                item.source_kind,
                item.url or "",
            )
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return ", ".join(item.countries)
            if col == 1:
                return (item.notes or item.title or "")[:600]
            if col == 6:
                return item.url or "No link"
            return None
        if role == Qt.ItemDataRole.FontRole and item.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class EvidenceView(QWidget):
    """Search box, filters and the evidence table."""

    open_link_requested = Signal(str)
    edit_requested = Signal(str)
    archive_requested = Signal(str, bool)
    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Evidence view")
        self.model = EvidenceModel(ctx, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search titles, notes, publishers and links…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search evidence")
        self.country = QComboBox()
        self.country.setAccessibleName("Filter by country")
        self.group = QComboBox()
        self.group.setAccessibleName("Filter by group")
        self.rec = QComboBox()
        self.rec.setAccessibleName("Filter by recommendation")
        self.kind = QComboBox()
        self.kind.setAccessibleName("Filter by source kind")
        self.dates = QCheckBox("Dates")
        self.dates.setAccessibleName("Filter by date range")
        self.date_from = make_date_edit("From date", QDate.currentDate().addYears(-1).toString(DATE_FORMAT))
        self.date_to = make_date_edit("To date")
        self.archived = QCheckBox("Show archived")
        self.archived.setAccessibleName("Show archived evidence")
        self.fill_filters()

        self.table = QTableView()
        self.table.setObjectName("evidenceList")
        self.table.setAccessibleName("Evidence list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((92, 300, 110, 130, 150, 80, 160)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as the model starts
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(lambda _i: self._emit(self.edit_requested))

        self.open_button = QPushButton("Open link")
        self.open_button.setAccessibleName("Open source link")
        self.open_button.clicked.connect(lambda: self._emit_link())
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setAccessibleName("Edit selected evidence")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.archive_button = QPushButton("Archive")
        self.archive_button.setAccessibleName("Archive or restore selected evidence")
        self.archive_button.clicked.connect(self._archive_clicked)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Evidence count")

        for combo in (self.country, self.group, self.rec, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for col, (label, widget) in enumerate((("&Country", self.country), ("&Group", self.group),
                                               ("&Recommendation", self.rec), ("&Kind", self.kind))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, col)
            filters.addWidget(widget, 1, col)
            filters.setColumnStretch(col, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.date_to)
        dates.addSpacing(12)
        dates.addWidget(self.archived)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 0, 1, 4)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.archive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)  # Enter: search now, not after the typing delay
        self._counter = QTimer(self)
        self._counter.setSingleShot(True)
        self._counter.setInterval(0)  # after the page is painted: the page never waits for its count
        self._counter.timeout.connect(self._count_now)
        for combo in (self.country, self.group, self.rec, self.kind):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.dates, self.archived):
            box.toggled.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.dates.toggled.connect(self.date_from.setEnabled)
        self.dates.toggled.connect(self.date_to.setEnabled)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self._update_buttons()
        self._update_count()
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tracker_replaced.connect(self.reload)

    def _on_change(self, change: Change) -> None:
        """Re-read the list only when evidence or the codebook changed (a status edit leaves it alone)."""
        if change.codebook:
            self.fill_filters()
        self.model.apply_change(change)

    def reload(self) -> None:
        """Another tracker: new filter choices, and the list from the start."""
        self.fill_filters()
        self.model.refresh()

    def fill_filters(self) -> None:
        """(Re)fill the filter choices from the codebook, keeping the current choices."""
        book = codebook_view(self.ctx.tracker)
        keep = {combo: combo.currentData() for combo in (self.country, self.group, self.rec, self.kind)}
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
        self.country.addItem("All countries", None)
        for c in book.active_countries():
            self.country.addItem(f"{c.name} ({c.code})", c.code)
        self.group.addItem("All groups", None)
        for name in book.groups:
            self.group.addItem(name, name)
        self.rec.addItem("All recommendations", None)
        for r in book.active_recommendations():
            self.rec.addItem(r.title, r.code)
        self.kind.addItem("All kinds", None)
        for code, label in SOURCE_KIND_LABELS.items():
            self.kind.addItem(label, code)
        for combo, value in keep.items():
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

    def current_filter(self) -> EvidenceFilter:
        return EvidenceFilter(
            text=self.search.text(),
            countries=[self.country.currentData()] if self.country.currentData() else [],
            group=self.group.currentData(),
            recommendations=[self.rec.currentData()] if self.rec.currentData() else [],
            date_from=self.date_from.date().toString(DATE_FORMAT) if self.dates.isChecked() else None,
            date_to=self.date_to.date().toString(DATE_FORMAT) if self.dates.isChecked() else None,
            source_kinds=[self.kind.currentData()] if self.kind.currentData() else [],
            include_archived=self.archived.isChecked(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def selected(self) -> EvidenceItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(ITEM_ROLE)

    def _emit(self, signal: SignalInstance) -> None:
        item = self.selected()
        if item is not None:
            signal.emit(item.uid)

    def _emit_link(self) -> None:
        item = self.selected()
        if item is not None and item.url:
            self.open_link_requested.emit(item.url)

    def _archive_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self.archive_requested.emit(item.uid, not item.archived)

    def _update_buttons(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(bool(item and item.url))
        self.edit_button.setEnabled(item is not None)
        self.archive_button.setEnabled(item is not None)
        self.archive_button.setText("Restore" if item is not None and item.archived else "Archive")
        self.selection_changed.emit()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the indicator on the sorted column when a column that cannot be sorted is clicked."""
        if SORT_BY[column] is None:
            current = SORT_BY.index(self.model.sort_key)
            way = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, way)
            header.blockSignals(False)
        self._update_count()

    def _update_count(self) -> None:
        if self.model.error:
            self.count_label.setText(f"⚠ {self.model.error}")
            return
        if not self.model.counted:
            self.count_label.setText("Counting…")
            self._counter.start()
            return
        self._count_now()

    def _count_now(self) -> None:
        shown = self.model.total
        if self.model.error:
            self.count_label.setText(f"⚠ {self.model.error}")
            return
        number = f"{COUNT_CAP:,}+" if shown > COUNT_CAP else f"{shown:,}"
        text = f"{number} piece{'s' if shown != 1 else ''} of evidence"
        if self.model.sort_used != self.model.sort_key:
            text += " (too many matches to sort: most recently added first)"
        self.count_label.setText(text)
