"""The "Cell details" dock: the selected cell's current status and rationale,
its timeline of earlier assessments, and the evidence behind it.

The window says which cell is selected; the dock keeps itself current by
listening to the bus, and re-reads only when a change touches its cell,
the evidence or assessments it shows, or the codebook.

Moving through the matrix with the keyboard fills the dock on every move, so
filling it must stay cheap at a million evidence: plain-text labels (no rich
text, whose layout builds a text document on every measure), fixed column
widths instead of measuring contents, one repaint per fill, and only the
newest evidence listed.

A cell with a status proposed and waiting for review (db.review) shows the
approved status as its status and, under it, the proposal (◆, what, by whom,
why) from the shared cache's one read of the review queue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops import Change
from db.queries import CellStatus, CodebookView, assessment_history
from db.search import cell_evidence_lines, count_evidence_for_cell
from db.validate import url_display

from ..matrix_state import statuses_of_cells
from .attachment_actions import open_attachment, save_attachment_as
from .context import AppContext
from .icons import status_icon
from .language import QT_TRANSLATE_NOOP, untranslated
from .links import link_tip
from .widgets import display_date, fill_in

UID_ROLE = Qt.ItemDataRole.UserRole + 1
URL_ROLE = Qt.ItemDataRole.UserRole + 2
#: The attached file's name ("" when the evidence has none).
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 4
#: A timeline row's status label alone (its text also holds the rationale).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

#: The newest evidence listed for a cell; the rest are counted ("and 90 more…") and listed in the Evidence tab.
MAX_EVIDENCE_SHOWN = 25
#: Text longer than this is cut with "…" in the dock; its tooltip shows the whole of it.
MAX_TEXT_SHOWN = 400


#: English source text; shown translated (``QCoreApplication.translate("DetailsDock", NOTHING_SELECTED)``).
NOTHING_SELECTED = QT_TRANSLATE_NOOP("DetailsDock",
                                     "Select a cell of the matrix to see its status, history and evidence.")
#: The stored codes of confidence and source kind, as the dock names them (English: the code itself).
CODE_WORDS = {
    "verified": QT_TRANSLATE_NOOP("DetailsDock", "verified"),
    "reported": QT_TRANSLATE_NOOP("DetailsDock", "reported"),
    "claimed": QT_TRANSLATE_NOOP("DetailsDock", "claimed"),
    "official": QT_TRANSLATE_NOOP("DetailsDock", "official"),
    "media": QT_TRANSLATE_NOOP("DetailsDock", "media"),
    "ngo": QT_TRANSLATE_NOOP("DetailsDock", "ngo"),
    "international": QT_TRANSLATE_NOOP("DetailsDock", "international"),
    "other": QT_TRANSLATE_NOOP("DetailsDock", "other"),
}


def code_word(code: str | None) -> str:
    """A confidence or source-kind code in the interface's language ("" for none, unknown codes as stored)."""
    if not code:
        return ""
    return QCoreApplication.translate("DetailsDock", CODE_WORDS[code]) if code in CODE_WORDS else code


def english_count(translated: str, source: str, n: int, english_one: str) -> str:
    """English's singular for a numerus message: English loads no translator, so Qt gives the source's plural
    with the number in (``source`` with %Ln filled); any other language's forms come back as they are."""
    return english_one if n == 1 and untranslated(translated, source, n) else translated


def clipped(text: str, limit: int = MAX_TEXT_SHOWN) -> str:
    """``text`` cut at a word boundary to about ``limit`` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def _label(name: str, *, wrap: bool = True, bold: bool = False, scale: float = 1.0) -> QLabel:
    """A plain-text label (cheap to lay out) with its accessible name."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setAccessibleName(name)
    if bold or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


def _set_text(label: QLabel, text: str) -> None:
    """Show ``text`` (cut with "…" when long); the tooltip carries the whole text when it was cut."""
    shown = clipped(text)
    label.setText(shown)
    label.setToolTip(text if shown != text else "")


class WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit the last column's text wrapped to its width (a tree view does not pass the width on).

    Measured with the font alone, not the style's full item layout: the timeline asks once per row on every fill.
    """

    def __init__(self, view: QTreeWidget, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        self._chrome = icon + 4 * margin + 2  # the icon, its margins and the text's
        self._padding = 2 * margin
        self._one_line = QSize(0, max(icon, view.fontMetrics().height()) + self._padding)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.decorationAlignment = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        if index.column() != self.column:
            return self._one_line
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self.view.fontMetrics()
        width = max(20, self.view.header().sectionSize(self.column) - self._chrome)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = metrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(width, max(self._one_line.height(), height + self._padding))


class DetailsDock(QDockWidget):
    """Shows one cell; its buttons ask the main window to act (signals, no dialogs here)."""

    set_status_requested = Signal()
    add_evidence_requested = Signal()
    open_link_requested = Signal(str)
    edit_evidence_requested = Signal(str)
    archive_evidence_requested = Signal(str)
    #: "Review conflict…" on a cell with conflicting judgements: (country, recommendation).
    review_conflict_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cell details"))
        self.ctx = ctx
        self.setObjectName("cellDetails")
        self.setAccessibleName(self.tr("Cell details"))
        self.cell: tuple[str, str] | None = None
        self._evidence_uids: set[str] = set()
        self._assessment_uids: set[str] = set()
        self.setMinimumWidth(280)
        feature = QDockWidget.DockWidgetFeature
        self.setFeatures(feature.DockWidgetMovable | feature.DockWidgetClosable | feature.DockWidgetFloatable)

        self.heading = _label(self.tr("Selected cell"), bold=True, scale=1.2)
        self.recommendation = _label(self.tr("Recommendation"))
        self.status_icon = QLabel()
        self.status_icon.setAccessibleName(self.tr("Status mark"))
        self.status_label = _label(self.tr("Current status"), bold=True)
        self.status_meta = _label(self.tr("Status details"))
        muted = self.status_meta.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.status_meta.setPalette(muted)
        status_text = QVBoxLayout()
        status_text.setSpacing(0)
        status_text.addWidget(self.status_label)
        status_text.addWidget(self.status_meta)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addLayout(status_text, 1)
        self.rationale = _label(self.tr("Rationale"))
        selectable = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.rationale.setTextInteractionFlags(selectable)
        self.review = _label(self.tr("Review note"))
        self.proposed = _label(self.tr("Proposed status"))
        self.proposed.setVisible(False)
        # Two statuses set on two copies of a shared tracker without seeing each other (db.merge).
        self.conflict = _label(self.tr("Conflicting judgements"))
        self.conflict.setVisible(False)
        self.review_conflict_button = QPushButton(self.tr("Review conflict…"))
        self.review_conflict_button.setAccessibleName(self.tr("Review the conflicting judgements of this cell"))
        self.review_conflict_button.setVisible(False)
        self.review_conflict_button.clicked.connect(
            lambda: self.cell is not None and self.review_conflict_requested.emit(*self.cell))
        conflict_row = QHBoxLayout()
        conflict_row.addWidget(self.review_conflict_button)
        conflict_row.addStretch(1)
        self.set_status_button = QPushButton(self.tr("Set status…"))
        self.set_status_button.setAccessibleName(self.tr("Set status of this cell"))
        self.set_status_button.clicked.connect(self.set_status_requested)
        self.add_evidence_button = QPushButton(self.tr("Add evidence…"))
        self.add_evidence_button.setAccessibleName(self.tr("Add evidence for this cell"))
        self.add_evidence_button.clicked.connect(self.add_evidence_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.set_status_button)
        actions.addWidget(self.add_evidence_button)
        actions.addStretch(1)

        metrics = self.fontMetrics()
        date_width = metrics.horizontalAdvance("0000-00-00") + 16
        self.timeline = QTreeWidget()
        self.timeline.setAccessibleName(self.tr("Status timeline"))
        # Two columns: a narrow dock has no room for a third, so each assessment's rationale wraps under its status.
        self.timeline.setHeaderLabels([self.tr("Effective"), self.tr("Status and rationale")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setMinimumHeight(110)
        # The rationale wraps onto as many lines as it needs; a cell has few assessments, so measuring them is cheap.
        self.timeline.setWordWrap(True)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the rationale column keeps its width from cell to cell: a scroll bar that came and
        # went would re-wrap every row (and could flicker at the boundary).
        self.timeline.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.timeline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.timeline)
        # Wide enough for the dates and for the column's heading in the interface's language ("Чинний з").
        header.resizeSection(0, max(date_width, header.fontMetrics().horizontalAdvance(self.tr("Effective"))
                                    + 2 * margin + 8))
        self.timeline.setItemDelegate(WrappingDelegate(self.timeline, 1))
        header.sectionResized.connect(lambda *_: self.timeline.doItemsLayout())  # re-wrap at the new width

        self.evidence = QTreeWidget()
        self.evidence.setAccessibleName(self.tr("Linked evidence"))
        self.evidence.setHeaderLabels([self.tr("Date"), self.tr("Title")])
        self.evidence.setRootIsDecorated(False)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setMinimumHeight(110)
        self.evidence.setUniformRowHeights(True)  # one line per row, cut with "…": no per-row measuring
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ev_header = self.evidence.header()
        ev_header.setStretchLastSection(False)
        ev_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        ev_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ev_header.resizeSection(0, date_width)
        self.evidence.itemActivated.connect(
            lambda item, _col: self.edit_evidence_requested.emit(item.data(0, UID_ROLE))
        )
        self.evidence.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(self.tr("Open link"))
        self.open_button.setAccessibleName(self.tr("Open evidence link"))
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_link_requested, URL_ROLE))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit evidence"))
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.edit_evidence_requested, UID_ROLE))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive evidence"))
        self.archive_button.clicked.connect(lambda: self._emit_selected(self.archive_evidence_requested, UID_ROLE))
        # The attached file: one button with a menu.  The four buttons stand two by two, so the dock stays narrow
        # in languages whose words are longer than English's.
        self.open_attachment_action = QAction(self.tr("Open attachment"), self)
        self.open_attachment_action.triggered.connect(lambda: self._with_attachment(open_attachment))
        self.save_attachment_action = QAction(self.tr("Save attachment as…"), self)
        self.save_attachment_action.triggered.connect(lambda: self._with_attachment(save_attachment_as))
        attachment_menu = QMenu(self)
        attachment_menu.addAction(self.open_attachment_action)
        attachment_menu.addAction(self.save_attachment_action)
        self.attachment_button = QPushButton(self.tr("Attached file"))
        self.attachment_button.setAccessibleName(self.tr("Attached file: open or save it"))
        self.attachment_button.setMenu(attachment_menu)
        ev_actions = QGridLayout()
        for i, b in enumerate((self.open_button, self.edit_button, self.archive_button, self.attachment_button)):
            ev_actions.addWidget(b, i // 2, i % 2)
        ev_actions.setColumnStretch(2, 1)

        # The lists take the height that is left (at least their minimum): their default size hint would make
        # the body taller than the dock, and the scroll bar that then comes and goes re-wraps every label.
        for view in (self.timeline, self.evidence):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.recommendation)
        layout.addLayout(status_row)
        layout.addWidget(self.rationale)
        layout.addWidget(self.review)
        layout.addWidget(self.proposed)
        layout.addWidget(self.conflict)
        layout.addLayout(conflict_row)
        layout.addLayout(actions)
        self.timeline_title = _label(self.tr("Timeline heading"), wrap=False, bold=True)
        layout.addWidget(self.timeline_title)
        layout.addWidget(self.timeline, 1)
        self.evidence_title = _label(self.tr("Evidence heading"), wrap=False, bold=True)
        layout.addWidget(self.evidence_title)
        layout.addWidget(self.evidence, 1)
        self.more_evidence = _label(self.tr("More evidence"))
        self.more_evidence.setVisible(False)
        layout.addWidget(self.more_evidence)
        layout.addLayout(ev_actions)
        layout.addStretch(0)  # below everything when nothing is selected (the lists, when shown, take the space)
        self._when_selected = (self.recommendation, self.status_meta, self.set_status_button, self.add_evidence_button,
                               self.timeline, self.evidence, self.timeline_title, self.evidence_title,
                               self.open_button, self.edit_button, self.archive_button,
                               self.attachment_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.setWidget(scroll)
        # Never narrower than its widest row of buttons in the interface's language (a width saved while the app
        # spoke English would cut Ukrainian buttons off: text wraps, buttons do not).
        bar = scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(280, body.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()))
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
        if state.cell(cell) is not None:  # shown: read with what the cache leaves out (rationale, author…)
            return state.cited([cell]).get(cell)
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
        self.open_button.setToolTip(link_tip(item.data(0, URL_ROLE) if item is not None else None))
        writable = not self.ctx.tracker.read_only  # a read-only tracker is read, never edited
        self.edit_button.setEnabled(item is not None and writable)
        self.archive_button.setEnabled(item is not None and writable)
        name = str(item.data(0, ATTACHMENT_ROLE) or "") if item is not None else ""
        for control in (self.open_attachment_action, self.save_attachment_action, self.attachment_button):
            control.setEnabled(bool(name))
        self.attachment_button.setToolTip(fill_in(self.tr("Attached file: %1"), name) if name
                                          else self.tr("No file attached"))

    def _with_attachment(self, action: Callable[[AppContext, QWidget | None, str], bool]) -> None:
        """Save or open the selected evidence's attached file (db.attachments checks it first)."""
        item = self.evidence.currentItem()
        if item is not None and item.data(0, ATTACHMENT_ROLE):
            action(self.ctx, self, item.data(0, UID_ROLE))

    def show_cell(self, cell: CellStatus | None, country_name: str | None = None) -> None:
        """Fill the dock for ``cell`` (None: nothing selected); the name defaults to the codebook's."""
        # No setUpdatesEnabled(False/True) around this: re-enabling repaints every child, scroll bars included.
        self._fill(cell, country_name)

    def _fill(self, cell: CellStatus | None, country_name: str | None) -> None:
        self.timeline.clear()
        self.evidence.clear()
        self._evidence_uids = set()
        self._assessment_uids = set()
        has_cell = cell is not None
        for w in self._when_selected:
            if w.isVisibleTo(self) != has_cell:
                w.setVisible(has_cell)
        if cell is None:
            self.cell = None
            self.more_evidence.setVisible(False)
            self.heading.setText(QCoreApplication.translate("DetailsDock", NOTHING_SELECTED))
            self.heading.setToolTip("")
            for label in (self.recommendation, self.status_icon, self.status_label, self.status_meta,
                          self.rationale, self.review, self.proposed):
                label.clear()
            self.rationale.setToolTip("")
            self.review.setVisible(False)
            self.proposed.setVisible(False)
            self._show_conflict(None, book=None)
            return
        self.cell = cell.cell
        if self.ctx.view.include_proposed:  # the matrix shows the proposal in its place: the dock shows both
            approved = self.ctx.state.approved_status(cell.cell)
            if approved is not None and cell.assessment_uid is None and cell != approved:  # an overlaid one
                cell = approved
        book = self.ctx.state.book
        rec = next(r for r in book.recommendations if r.code == cell.recommendation_code)
        if country_name is None:
            country_name = next((c.name for c in book.countries if c.code == cell.country_code), cell.country_code)
        _set_text(self.heading, country_name or cell.country_code)
        _set_text(self.recommendation, rec.title)
        self.status_icon.setPixmap(status_icon(cell.score, cell.color).pixmap(20, 20))
        self.status_label.setText(cell.status_label)
        history = self._fill_timeline(cell, book)
        # The matrix's cached status has no rationale, author or time: the timeline's copy of it has.
        words = next((a for a in history if a.assessment_uid and a.assessment_uid == cell.assessment_uid), cell)
        if cell.assessment_uid:
            self.status_meta.setText(fill_in(
                self.tr("effective %1 · %2 · recorded by %3 on %4"), display_date(cell.effective_date),
                code_word(words.confidence), words.recorded_by or "", display_date((words.recorded_at or "")[:10])))
            _set_text(self.rationale, words.rationale or "")
        else:
            self.status_meta.setText("")
            _set_text(self.rationale,
                      self.tr("Nobody has judged this cell yet. Not assessed is not the same as No action."))
        if cell.needs_review:
            days = self.ctx.review_interval()
            self.review.setText(self.tr("⚑ Needs review: this judgement is older than %Ln days.", "", days))
        else:
            self.review.clear()
        self.review.setVisible(cell.needs_review)
        self._show_proposal(cell, book)
        self._show_conflict(cell.cell, book)
        self._fill_evidence(cell)

    def _show_proposal(self, cell: CellStatus, book: CodebookView) -> None:
        """The cell's pending proposal beside its approved status (the matrix marks it ◆)."""
        proposal = self.ctx.state.proposal(cell.cell)
        self.proposed.setVisible(proposal is not None)
        if proposal is None:
            self.proposed.clear()
            self.proposed.setToolTip("")
            return
        label = next((s.label for s in book.statuses if s.code == proposal.status_code), proposal.status_code)
        counted = (self.tr("Scores count it now (Include proposed is on).") if self.ctx.view.include_proposed
                   else self.tr("Scores count the approved status until then."))
        self.proposed.setText(fill_in(
            self.tr("◆ Proposed: %1, effective %2, by %3 — waiting for review. Approved: %4. %5\nWhy: %6"),
            label, display_date(proposal.effective_date), proposal.proposed_by, cell.status_label, counted,
            clipped(proposal.rationale, 200)))
        self.proposed.setToolTip(proposal.rationale if len(proposal.rationale) > 200 else "")

    def _show_conflict(self, cell: tuple[str, str] | None, book: CodebookView | None) -> None:
        """A cell with conflicting judgements (the matrix marks it ⚠): who set which status, and the button to
        settle it.  Only a flagged cell reads them (the shared state knows which are)."""
        flagged = cell is not None and book is not None and cell in self.ctx.state.flagged
        if flagged and cell is not None and book is not None:
            from db.merge import cell_conflicts

            found = next((c for c in cell_conflicts(self.ctx.tracker)
                          if (c.country_code, c.recommendation_code) == cell), None)
            labels = {s.code: s.label for s in book.statuses}
            who = [fill_in(self.tr("%1 set %2"), j.recorded_by, labels.get(j.status_code, j.status_code))
                   for j in sorted(found.judgements if found is not None else [], key=lambda j: (j.recorded_at, j.uid))]
            self.conflict.setText(fill_in(self.tr("⚠ Conflicting judgements: %1, without seeing each other."),
                                          "; ".join(who)))
        else:
            self.conflict.clear()
        self.conflict.setVisible(flagged)
        self.review_conflict_button.setVisible(flagged)

    def _fill_timeline(self, cell: CellStatus, book: CodebookView) -> list[CellStatus]:
        """List the cell's assessments, newest first; returns them (oldest first)."""
        history = assessment_history(self.ctx.tracker, country=cell.country_code,
                                     recommendation=cell.recommendation_code, book=book)
        self._assessment_uids = {a.assessment_uid for a in history if a.assessment_uid}
        as_of = self.ctx.as_of()
        items = []
        current_text, later_text = self.tr("%1 (current)"), self.tr("%1 (after the as-of date)")
        recorded_text = self.tr("%1 · %2 · recorded by %3 on %4")
        for a in reversed(history):
            rationale = a.rationale or ""
            current = a.assessment_uid == cell.assessment_uid
            later = bool(a.effective_date and a.effective_date > as_of)
            status = (fill_in(current_text, a.status_label) if current
                      else fill_in(later_text, a.status_label) if later else a.status_label)
            text = f"{status}\n{clipped(rationale)}" if rationale else status
            item = QTreeWidgetItem([display_date(a.effective_date), text])
            item.setIcon(1, status_icon(a.score, a.color))
            item.setData(1, STATUS_ROLE, a.status_label)
            top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            item.setTextAlignment(0, top)
            item.setTextAlignment(1, top)
            tip = fill_in(recorded_text, a.status_label, code_word(a.confidence), a.recorded_by or "",
                          display_date((a.recorded_at or "")[:10])) + f"\n\n{rationale}"
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            if current:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            if later:
                for col in range(2):
                    item.setForeground(col, QColor("#808080"))
                item.setToolTip(0, self.tr("Effective after the as-of date") + "\n\n" + tip)
            items.append(item)
        self.timeline.addTopLevelItems(items)
        n = len(history)
        self.timeline_title.setText(english_count(self.tr("Timeline (%Ln assessments)", "", n),
                                                  "Timeline (%Ln assessments)", n, "Timeline (1 assessment)"))
        return history

    def _fill_evidence(self, cell: CellStatus) -> None:
        t = self.ctx.tracker
        # Only the newest are listed: a busy cell has hundreds, and every selection would build them all.
        shown = cell_evidence_lines(t, cell.country_code, cell.recommendation_code, limit=MAX_EVIDENCE_SHOWN)
        total = len(shown)
        if total == MAX_EVIDENCE_SHOWN:
            total = count_evidence_for_cell(t, cell.country_code, cell.recommendation_code)
        self._evidence_uids = {e.uid for e in shown}
        items = []
        untitled = self.tr("(untitled)")
        for e in shown:
            shown_url = url_display(e.url) if e.url else None  # a host that mixes alphabets: with its punycode
            title = e.title or shown_url or untitled
            item = QTreeWidgetItem([display_date(e.event_date), title])  # the view cuts a long title with "…"
            item.setData(0, UID_ROLE, e.uid)
            item.setData(0, URL_ROLE, e.url or "")
            item.setData(0, ATTACHMENT_ROLE, e.attachment_name or "")
            source = " · ".join(x for x in (e.publisher, code_word(e.source_kind), shown_url) if x)
            notes = clipped(e.notes or "", 500)
            tip = "\n\n".join(x for x in (title, source, notes if notes != title else "") if x)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            items.append(item)
        self.evidence.addTopLevelItems(items)
        more = total - len(shown)
        self.evidence_title.setText(fill_in(self.tr("Evidence (%1)"), QLocale().toString(total)))
        self.more_evidence.setText(self.tr("and %Ln more… (the Evidence tab lists them all)", "", more) if more else "")
        self.more_evidence.setVisible(more > 0)
        if items:
            self.evidence.setCurrentItem(items[0])
        self._update_buttons()
