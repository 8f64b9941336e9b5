"""The evidence view: every piece of evidence in a table that loads rows as
you scroll, with full-text search and filters."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
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
from db.search import (
    SEARCH_INDEX_DAMAGED,
    EvidenceFilter,
    EvidenceItem,
    Key,
    count_evidence,
    evidence_by_ids,
    known_count,
    search_keys,
    search_words,
)
from db.validate import url_display

from .attachment_actions import open_attachment, save_attachment_as
from .context import AppContext, in_language
from .evidence_form import SOURCE_KIND_LABELS
from .language import english_unless_translated as numerus
from .links import link_tip
from .models import QT_TRANSLATE_NOOP, ListTableModel, fit_columns, shown_date, shown_number
from .widgets import DATE_FORMAT, make_date_edit

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: The roles the model answers: any other role reads no row.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.FontRole, ITEM_ROLE})

COLUMNS = (QT_TRANSLATE_NOOP("EvidenceModel", "Date"), QT_TRANSLATE_NOOP("EvidenceModel", "Title"),
           QT_TRANSLATE_NOOP("EvidenceModel", "Countries"), QT_TRANSLATE_NOOP("EvidenceModel", "Recommendations"),
           QT_TRANSLATE_NOOP("EvidenceModel", "Publisher"), QT_TRANSLATE_NOOP("EvidenceModel", "Kind"),
           QT_TRANSLATE_NOOP("EvidenceModel", "Link"))
#: How the Kind column names each source kind (its code, in English).
KIND_NAMES = {"official": QT_TRANSLATE_NOOP("EvidenceModel", "official"),
              "media": QT_TRANSLATE_NOOP("EvidenceModel", "media"),
              "ngo": QT_TRANSLATE_NOOP("EvidenceModel", "ngo"),
              "international": QT_TRANSLATE_NOOP("EvidenceModel", "international"),
              "other": QT_TRANSLATE_NOOP("EvidenceModel", "other")}
#: The kind filter's choices (the evidence form's SOURCE_KIND_LABELS), translated in this view's context.
KIND_LABELS = (QT_TRANSLATE_NOOP("EvidenceView", "Official (government, parliament, gazette)"),
               QT_TRANSLATE_NOOP("EvidenceView", "Media"), QT_TRANSLATE_NOOP("EvidenceView", "NGO or think tank"),
               QT_TRANSLATE_NOOP("EvidenceView", "International organisation"),
               QT_TRANSLATE_NOOP("EvidenceView", "Other"))
#: The sort key (db.search.SORT_KEYS) of each column.  Countries and
#: recommendations sort by the first one shown (a piece of evidence has several).
SORT_BY: tuple[str, ...] = ("date", "title", "countries", "recommendations", "publisher", "kind", "link")
#: Counting stops here: past it the count says "10,000+" (a count of a million
#: matches costs more than the page does).  With no filter the count is exact
#: and free (the tracker's tallies).
COUNT_CAP = 10_000


class EvidenceModel(ListTableModel):
    """Evidence matching a filter: every row reachable at once, a bounded few in memory.

    Why it is shaped like this (a million rows must scroll like a hundred):

    * Rows are found by *keys* (sort key, id; a sort by countries or
      recommendations adds the uid, its tie-break), a page of :attr:`PAGE` at a
      time (db.search.search_keys: keyset, an index walk, no evidence read).
      Full rows are read only for the rows shown, :attr:`BLOCK` at a time.
    * Only the last :attr:`KEY_PAGES` pages of keys and :attr:`BLOCKS` blocks
      of rows are kept (least recently used go).  What stays for good is each
      page's first and last key (``_bounds``): a page read again starts from
      its neighbour's key, so scrolling anywhere is pure keyset.
    * Once the count is exact (no filter: free from the tallies; otherwise a
      count at most COUNT_CAP, or asked for by Ctrl+End) the model has all its
      rows, and a page with no known neighbour is read from the nearer end:
      the last page is the first of the reversed order.  A jump far from any
      known key skips rows with one OFFSET from the nearest known key (the
      only OFFSET, and the keys it lands on are kept; see search_keys for
      what it costs).
    * Until then the rows grow by ``fetchMore`` as the view scrolls, as before.
    """

    PAGE = 200
    BLOCK = 50  # divides PAGE: a block's keys are in one page
    KEY_PAGES = 50
    BLOCKS = 40
    COLUMNS = COLUMNS

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = EvidenceFilter()
        self.sort_key = "date"
        self.descending = True
        self.sort_used = "date"  # "recorded" when the words match too much to sort by a column
        self._count: int | None = None
        self._exact = False  # the count is exact, and every row is in the model
        self._extent = 0  # rows in the model while the count is not exact
        self._done = False
        self._pages: OrderedDict[int, list[Key]] = OrderedDict()
        self._blocks: OrderedDict[int, list[EvidenceItem | None]] = OrderedDict()
        self._bounds: dict[int, Key] = {}
        self.error: str | None = None
        self.refresh()

    # ------------------------------------------------------------ counting
    @property
    def total(self) -> int:
        """How many match: exact when :attr:`exact`, else counted at most to COUNT_CAP + 1 (on first use)."""
        if self._count is None:
            try:
                self._count = count_evidence(self.ctx.tracker, self.filter, cap=COUNT_CAP)
            except TrackerError as exc:
                self._count, self.error = 0, str(exc)
        return self._count

    @property
    def counted(self) -> bool:
        return self._count is not None

    @property
    def exact(self) -> bool:
        return self._exact

    def settle_count(self) -> None:
        """Count (capped); a count under the cap is exact, and brings every row into the model."""
        if not self._exact and self.total <= COUNT_CAP and not self.error:
            self._become_exact(self.total)

    def ensure_exact(self) -> None:
        """Count every match, however many, so the end of the list is reachable (Ctrl+End, scroll to bottom)."""
        if self._exact:
            return
        try:
            n = count_evidence(self.ctx.tracker, self.filter)
        except TrackerError as exc:
            self.error = str(exc)
            return
        self._become_exact(n)

    def _become_exact(self, n: int) -> None:
        self._count, self._exact = n, True
        if n > self._extent:
            self.beginInsertRows(QModelIndex(), self._extent, n - 1)
            self._extent = n
            self.endInsertRows()
        elif n < self._extent:  # changed by another program since the pages were read
            self.beginRemoveRows(QModelIndex(), n, self._extent - 1)
            self._extent = n
            self.endRemoveRows()

    # ------------------------------------------------------------ state
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, starting again from the first page."""
        if not 0 <= column < len(SORT_BY):
            return
        self.sort_key = SORT_BY[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def set_filter(self, flt: EvidenceFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Start over from the first page (new filter or order, or data changed)."""
        self.beginResetModel()
        self._pages.clear()
        self._blocks.clear()
        self._bounds.clear()
        self._count, self._exact, self._extent, self._done, self.error = None, False, 0, False, None
        try:
            known = known_count(self.ctx.tracker, self.filter)
        except TrackerError:
            known = None
        first = self._page(0)
        if len(first) < self.PAGE and not self.error:
            known = len(first)  # the whole list is on the first page
        if known is not None and not self.error:
            self._count, self._exact, self._extent = known, True, known
        else:
            self._extent = len(first)
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """Reload when evidence or the codebook changed, keeping as many rows as the model had."""
        if change.evidence or change.codebook:
            had, exact = self._extent, self._exact
            self.refresh()
            if exact:
                self.ensure_exact()
            while self._extent < had and self.canFetchMore(QModelIndex()):
                self.fetchMore(QModelIndex())

    # ------------------------------------------------------------ Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._extent

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exact and not self._done

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """The next page, while the count is not exact."""
        if not self.canFetchMore(parent):
            return
        keys = self._page(self._extent // self.PAGE)
        self._done = len(keys) < self.PAGE
        if keys:
            self.beginInsertRows(QModelIndex(), self._extent, self._extent + len(keys) - 1)
            self._extent += len(keys)
            self.endInsertRows()
        if self._done:
            self._count, self._exact = self._extent, True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._extent
                or not 0 <= index.column() < len(COLUMNS)):
            return None
        item = self.item(index.row())
        return None if item is None else self.cell(item, index.column(), role)

    # ------------------------------------------------------------ rows
    def item(self, row: int) -> EvidenceItem | None:
        """The evidence on ``row``, read with its block if it is not in memory."""
        if not 0 <= row < self._extent:
            return None
        block = row // self.BLOCK
        items = self._blocks.get(block)
        if items is None:
            start = block * self.BLOCK
            page = start // self.PAGE
            offset = start - page * self.PAGE
            keys = self._page(page)[offset:offset + self.BLOCK]
            try:
                found = evidence_by_ids(self.ctx.tracker, [k[1] for k in keys])
            except TrackerError as exc:
                self.error, found = str(exc), {}
            items = [found.get(k[1]) for k in keys]
            self._blocks[block] = items
            while len(self._blocks) > self.BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        i = row - block * self.BLOCK
        return items[i] if i < len(items) else None

    @property
    def items(self) -> list[EvidenceItem]:
        """Every row's evidence, in order: reads them all, so for small lists and tests only."""
        return [item for row in range(self._extent) if (item := self.item(row)) is not None]

    def find_row(self, uid: str, near: int = 0) -> int | None:
        """The row of the evidence ``uid`` within two pages of ``near`` (where it was before a refresh), or None."""
        lo, hi = max(0, near - 2 * self.PAGE), min(self._extent, near + 2 * self.PAGE + 1)
        for row in sorted(range(lo, hi), key=lambda r: abs(r - near)):
            item = self.item(row)
            if item is not None and item.uid == uid:
                return row
        return None

    def cached_rows(self) -> int:
        """How many full rows are in memory (bounded by BLOCKS * BLOCK, however far one scrolls)."""
        return sum(len(b) for b in self._blocks.values())

    def cached_keys(self) -> int:
        """How many keys are in memory, besides the two bounds of each page read."""
        return sum(len(p) for p in self._pages.values())

    def _page(self, page: int) -> list[Key]:
        """The keys of page ``page``, read (by keyset from a known neighbour) if not in memory."""
        keys = self._pages.get(page)
        if keys is not None:
            self._pages.move_to_end(page)
            return keys
        start = page * self.PAGE
        size = min(self.PAGE, self._extent - start) if self._exact else self.PAGE
        if size <= 0:
            return []
        try:
            keys = self._read(start, size)
        except TrackerError as exc:
            self.error, self._done = str(exc), True
            return []
        if keys:
            self._bounds[start] = keys[0]
            self._bounds[start + len(keys) - 1] = keys[-1]
        self._pages[page] = keys
        while len(self._pages) > self.KEY_PAGES:
            self._pages.popitem(last=False)
        return keys

    def _read(self, start: int, size: int) -> list[Key]:
        """Keys of rows start .. start + size - 1: after the key before them, or (reversed) before the one after."""
        end = start + size - 1
        if start == 0:
            return self._keys(None, size, 0, forward=True)
        if start - 1 in self._bounds:
            return self._keys(self._bounds[start - 1], size, 0, forward=True)
        total = self._extent
        if self._exact and end == total - 1:
            return self._keys(None, size, 0, forward=False)
        if self._exact and end + 1 in self._bounds:
            return self._keys(self._bounds[end + 1], size, 0, forward=False)
        # A jump: skip from the nearest known key (or end of the list).
        below = max((p for p in self._bounds if p < start), default=-1)
        above = min((p for p in self._bounds if p > end), default=total) if self._exact else None
        if above is None or start - 1 - below <= above - 1 - end:
            return self._keys(self._bounds.get(below), size, start - 1 - below, forward=True)
        return self._keys(self._bounds.get(above), size, above - 1 - end, forward=False)

    def _keys(self, after: Key | None, size: int, skip: int, *, forward: bool) -> list[Key]:
        page = search_keys(self.ctx.tracker, self.filter, sort=self.sort_key,
                           descending=self.descending == forward, after=after, limit=size, offset=skip)
        self.sort_used = page.sort
        return page.keys if forward else page.keys[::-1]

    def cell(self, item: EvidenceItem, col: int, role: int) -> Any:
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = item.title or (url_display(item.url) if item.url else self.tr("(untitled)"))
            if item.archived:
                title = self.tr("[archived] %1").replace("%1", title)
            n = len(item.countries)
            values = (
                shown_date(item.event_date),
                title,
                ", ".join(item.countries) if n <= 6 else numerus(
                    self.tr("%Ln countries", "", n), "%Ln countries", n, f"{n} countries"),
                ", ".join(item.recommendations),
                item.publisher or "",
                self.tr(KIND_NAMES[item.source_kind]) if item.source_kind in KIND_NAMES else item.source_kind,
                url_display(item.url) if item.url else "",  # a host that mixes alphabets: with its punycode
            )
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return ", ".join(item.countries)
            if col == 1:
                return (item.notes or item.title or "")[:600]
            if col == 6:
                return f"{url_display(item.url)}\n{link_tip(item.url)}" if item.url else self.tr("No link")
            return None
        if role == Qt.ItemDataRole.FontRole and item.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class EvidenceTable(QTableView):
    """The evidence table: the end of the list (Ctrl+End, scroll to bottom) is the real end.

    While the count is capped the model holds only the rows read so far; going
    to the end counts every match first, so the last rows are read at once
    (from the other end) instead of page after page.
    """

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:  # noqa: N802
        if action == QAbstractItemView.CursorAction.MoveEnd:
            self._whole_list()
        return super().moveCursor(action, modifiers)

    def scrollToBottom(self) -> None:  # noqa: N802
        self._whole_list()
        super().scrollToBottom()

    def _whole_list(self) -> None:
        model = self.model()
        if isinstance(model, EvidenceModel):
            model.ensure_exact()


class EvidenceView(QWidget):
    """Search box, filters and the evidence table."""

    open_link_requested = Signal(str)
    edit_requested = Signal(str)
    archive_requested = Signal(str, bool)
    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Evidence view"))
        self.model = EvidenceModel(ctx, self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, notes, publishers and links…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search evidence"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Filter by country"))
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Filter by group"))
        self.rec = QComboBox()
        self.rec.setAccessibleName(self.tr("Filter by recommendation"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Filter by source kind"))
        self.dates = QCheckBox(self.tr("Dates"))
        self.dates.setAccessibleName(self.tr("Filter by date range"))
        self.date_from = make_date_edit(self.tr("From date"), QDate.currentDate().addYears(-1).toString(DATE_FORMAT))
        self.date_to = make_date_edit(self.tr("To date"))
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setAccessibleName(self.tr("Show archived evidence"))
        self.fill_filters()

        self.table = EvidenceTable()
        self.table.setObjectName("evidenceList")
        self.table.setAccessibleName(self.tr("Evidence list"))
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
        fit_columns(self.table, (92, 300, 110, 130, 150, 80, 160))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as the model starts
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(lambda _i: self._emit(self.edit_requested))
        # Dragging the scroll bar to the bottom goes to the real end, as Ctrl+End does.
        self.table.verticalScrollBar().sliderReleased.connect(self._slider_released)

        self.open_button = QPushButton(self.tr("Open link"))
        self.open_button.setAccessibleName(self.tr("Open source link"))
        self.open_button.clicked.connect(lambda: self._emit_link())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit selected evidence"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive or restore selected evidence"))
        self.archive_button.clicked.connect(self._archive_clicked)
        self.open_attachment_button = QPushButton(self.tr("Open attachment"))
        self.open_attachment_button.setAccessibleName(self.tr("Open the selected evidence's attached file"))
        self.open_attachment_button.clicked.connect(lambda: self._with_attachment(open_attachment))
        self.save_attachment_button = QPushButton(self.tr("Save attachment as…"))
        self.save_attachment_button.setAccessibleName(self.tr("Save the selected evidence's attached file as"))
        self.save_attachment_button.clicked.connect(lambda: self._with_attachment(save_attachment_as))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Evidence count"))
        self.count_label.setWordWrap(True)  # a long message (a damaged index) wraps instead of widening the window

        for combo in (self.country, self.group, self.rec, self.kind):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        for col, (label, widget) in enumerate(((self.tr("&Country"), self.country), (self.tr("&Group"), self.group),
                                               (self.tr("&Recommendation"), self.rec), (self.tr("&Kind"), self.kind))):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, col)
            filters.addWidget(widget, 1, col)
            filters.setColumnStretch(col, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.dates)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        dates.addSpacing(12)
        dates.addWidget(self.archived)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 0, 1, 4)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.open_attachment_button)
        actions.addWidget(self.save_attachment_button)
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
        self._index_repair_offered = False  # a damaged search index is offered for rebuilding once per tracker
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
        """Re-read the list only when evidence or the codebook changed (a status edit leaves it alone).

        The list stays where it was, and so does the selection if its evidence is still listed.
        """
        if change.codebook:
            self.fill_filters()
        if not (change.evidence or change.codebook):
            return
        bar = self.table.verticalScrollBar()
        scrolled, item, row = bar.value(), self.selected(), self._selected_row()
        self.model.apply_change(change)
        bar.setValue(scrolled)
        self._reselect(item, row)

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else 0

    def _reselect(self, item: EvidenceItem | None, near: int) -> None:
        """Select ``item`` again after a refresh, if it is still near where it was."""
        if item is None:
            return
        row = self.model.find_row(item.uid, near)
        if row is not None:
            self.table.selectRow(row)

    def _slider_released(self) -> None:
        bar = self.table.verticalScrollBar()
        if bar.value() == bar.maximum() and not self.model.exact:
            self.table.scrollToBottom()

    def reload(self) -> None:
        """Another tracker: new filter choices, and the list from the start."""
        self._index_repair_offered = False
        self.fill_filters()
        self.model.refresh()

    def fill_filters(self) -> None:
        """(Re)fill the filter choices from the codebook, keeping the current choices."""
        book = codebook_view(self.ctx.tracker, self.ctx.language)
        keep = {combo: combo.currentData() for combo in (self.country, self.group, self.rec, self.kind)}
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
        self.country.addItem(self.tr("All countries"), None)
        for c in book.active_countries():
            self.country.addItem(f"{c.name} ({c.code})", c.code)
        self.group.addItem(self.tr("All groups"), None)
        for name in book.groups:
            self.group.addItem(name, name)
        self.rec.addItem(self.tr("All recommendations"), None)
        for r in book.active_recommendations():
            self.rec.addItem(r.title, r.code)
        self.kind.addItem(self.tr("All kinds"), None)
        for code, label in SOURCE_KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("EvidenceView", label), code)
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
        item = self.selected()
        self.model.set_filter(self.current_filter())
        self._reselect(item, 0)  # still among the first rows: still selected

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

    def _with_attachment(self, action: Callable[[AppContext, QWidget | None, str], bool]) -> None:
        """Save or open the selected evidence's attached file (db.attachments checks it first)."""
        item = self.selected()
        if item is not None and item.attachment_name:
            action(self.ctx, self, item.uid)

    def _archive_clicked(self) -> None:
        item = self.selected()
        if item is not None:
            self.archive_requested.emit(item.uid, not item.archived)

    def _update_buttons(self) -> None:
        item = self.selected()
        self.open_button.setEnabled(bool(item and item.url))
        self.open_button.setToolTip(link_tip(item.url if item is not None else None))  # the host it opens
        writable = not self.ctx.tracker.read_only  # a read-only tracker is read, never edited
        self.edit_button.setEnabled(item is not None and writable)
        self.archive_button.setEnabled(item is not None and writable)
        self.archive_button.setText(self.tr("Restore") if item is not None and item.archived else self.tr("Archive"))
        attached = item.attachment_name if item is not None else None
        self.open_attachment_button.setEnabled(bool(attached))
        self.save_attachment_button.setEnabled(bool(attached))
        tip = self.tr("Attached file: %1").replace("%1", attached) if attached else self.tr("No file attached")
        self.open_attachment_button.setToolTip(tip)
        self.save_attachment_button.setToolTip(tip)
        self.selection_changed.emit()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self._update_count()

    def _error_text(self) -> str:
        """The list's error: db/'s damaged-index sentence in the interface's language, others as they came."""
        error = self.model.error or ""
        return in_language(SEARCH_INDEX_DAMAGED) if error == SEARCH_INDEX_DAMAGED else error

    def _update_count(self) -> None:
        if self.model.error:
            self.count_label.setText(f"⚠ {self._error_text()}")
            if self.model.error == SEARCH_INDEX_DAMAGED and not self._index_repair_offered:
                QTimer.singleShot(0, self._offer_index_repair)  # not inside the model's reset
            return
        if not self.model.counted:
            self.count_label.setText(self.tr("Counting…"))
            self._counter.start()
            return
        self._count_now()

    def _offer_index_repair(self) -> None:
        """A search found the search index damaged: offer to rebuild it from the evidence (db.check), once."""
        if self._index_repair_offered or self.model.error != SEARCH_INDEX_DAMAGED:
            return
        self._index_repair_offered = True
        from db.check import rebuild_search_index

        prompts, title = self.ctx.prompts, self.tr("Search index damaged")
        if self.ctx.tracker.read_only:
            prompts.error(self, title, self.tr("The search index is damaged. %1").replace(
                "%1", in_language(self.ctx.tracker.read_only_message())))
            return
        question = self.tr("The search index is damaged, so words cannot be searched.\n\nRebuild it now from the"
                           " evidence? Nothing else is changed, and the rebuild is recorded in the history.")
        if not prompts.confirm(self, title, question, self.tr("Rebuild index")):
            return
        try:
            done = rebuild_search_index(self.ctx.tracker)
        except TrackerError as exc:
            prompts.error(self, title, in_language(exc))
            return
        self.model.refresh()
        prompts.info(self, title, done)

    def _count_now(self) -> None:
        self.model.settle_count()
        shown = self.model.total
        if self.model.error:
            self.count_label.setText(f"⚠ {self._error_text()}")
            return
        if shown > COUNT_CAP and not self.model.exact:
            text = numerus(self.tr("%Ln+ pieces of evidence", "", COUNT_CAP), "%Ln+ pieces of evidence", COUNT_CAP,
                           f"{COUNT_CAP:,}+ pieces of evidence")
        else:
            text = numerus(self.tr("%Ln pieces of evidence", "", shown), "%Ln pieces of evidence", shown,
                           f"{shown:,} piece{'s' if shown != 1 else ''} of evidence")
        if self.model.sort_used != self.model.sort_key:
            text = (self.tr("%1 (too many matches to sort: most recently added first)") if self.model.descending
                    else self.tr("%1 (too many matches to sort: earliest added first)")).replace("%1", text)
        searched, typed = search_words(self.model.filter.text)
        if searched < typed:  # a pasted page: only its first words are looked for (db.search.MAX_SEARCH_WORDS)
            text = numerus(self.tr("Searching the first %Ln words (of %1): %2", "", searched),
                           "Searching the first %Ln words (of %1): %2", searched,
                           f"Searching the first {searched} words (of %1): %2").replace(
                "%1", shown_number(typed)).replace("%2", text)
        self.count_label.setText(text)
