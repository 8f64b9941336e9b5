"""The History tab: every change ever made, newest first, filtered and exported.

The list reads the log a page at a time by keyset (db.history_view), so it
opens at once on a million entries; scrolling fetches older pages
(``canFetchMore``/``fetchMore``).  A change made here or by another program
arrives on ``ctx.bus.changed`` and is put on top, keeping the selection.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.changes import last_history_id
from db.history_view import HistoryFilter, HistoryRow, history_kinds, history_page, history_users, local_time
from db.ops import Change
from db.queries import codebook_view
from tracker.exports import Table, write_csv, write_json

from .context import AppContext
from .file_commands import failure_sentence, remember_save_folder, save_folder, write_to
from .models import ListTableModel
from .tasks import Cancelled, run_in_background
from .widgets import DateEdit

Index = QModelIndex | QPersistentModelIndex

#: Entries a page reads.
PAGE = 200
#: At most this many entries are exported (what is shown, fetched on to this cap).
EXPORT_CAP = 50_000
#: New entries read on top after a change; more than this and the list is read afresh.
NEW_CAP = 1000

EXPORT_COLUMNS = ["history_id", "at", "user", "kind", "record", "changes", "table_name", "row_key"]


class HistoryModel(ListTableModel):
    """History rows, newest first, a keyset page at a time."""

    COLUMNS = ("When", "Who", "Kind", "Record", "Changes")

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = HistoryFilter()
        self.rows: list[HistoryRow] = []
        self.next_after: int | None = None
        self._fetching = False

    def set_filter(self, f: HistoryFilter) -> None:
        self.filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.next_after = None
        self.rows, self.next_after = self._read(None)
        self.endResetModel()

    def _read(self, after: int | None) -> tuple[list[HistoryRow], int | None]:
        """One page; with a filter, walk on past empty stretches until something is found or the log ends."""
        rows, nxt = history_page(self.ctx.tracker, self.filter, after, PAGE)
        while not rows and nxt is not None:
            rows, nxt = history_page(self.ctx.tracker, self.filter, nxt, PAGE)
        return rows, nxt

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self.next_after is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or self.next_after is None or self._fetching:
            return
        self._fetching = True  # a view (or the model tester) may ask again while rows go in
        try:
            rows, nxt = self._read(self.next_after)
            if rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.next_after = nxt
                self.endInsertRows()
            else:
                self.next_after = nxt
        finally:
            self._fetching = False

    def add_newer(self) -> None:
        """Put entries written since the list was read on top (the selection stays on its row)."""
        top = self.rows[0].id if self.rows else 0
        if last_history_id(self.ctx.tracker) < top:  # fewer entries than shown: the file's contents were replaced
            self.reload()
            return
        new: list[HistoryRow] = []
        after: int | None = None
        while True:
            page, after = history_page(self.ctx.tracker, self.filter, after, PAGE)
            fresh = [r for r in page if r.id > top]
            new += fresh
            if len(fresh) < len(page) or after is None or after <= top or len(new) > NEW_CAP:
                break
        if len(new) > NEW_CAP or not self.rows:
            self.reload()
        elif new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self.rows[:0] = new
            self.endInsertRows()

    def cell(self, row: HistoryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_time(row.at), row.user, row.kind, row.record, row.changes)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return (row.record, row.changes)[column - 3]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


class PeopleCombo(QComboBox):
    """The person filter: its list of people is read when first used, not when the tab opens.

    Finding everyone in a million entries takes longer than the whole tab may take to open.
    """

    def __init__(self, fill: Any) -> None:
        super().__init__()
        self._fill = fill
        self.filled = False

    def ensure_filled(self) -> None:
        if not self.filled:
            self.filled = True
            self._fill()

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.ensure_filled()
        super().showPopup()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override: arrow keys choose without the popup)
        self.ensure_filled()
        super().keyPressEvent(event)


class HistoryView(QWidget):
    """The History tab's content: filters above the list, an export button and a count below."""

    #: The person asked to open an entry's evidence (its uid).
    evidence_requested = Signal(str)
    #: The person asked to open an entry's cell (country code, recommendation code).
    cell_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("History")
        self.model = HistoryModel(ctx, self)

        self.person = PeopleCombo(self.fill_people)
        self.person.setAccessibleName("History person")
        self.person.setToolTip("Only the changes one person made")
        self.date_from = DateEdit("History from", optional=True)
        self.date_to = DateEdit("History to", optional=True)
        self.kind = QComboBox()
        self.kind.setAccessibleName("History kind")
        self.country = QComboBox()
        self.country.setAccessibleName("History country")
        self.rec = QComboBox()
        self.rec.setAccessibleName("History recommendation")
        self.search = QLineEdit()
        self.search.setAccessibleName("Search history")
        self.search.setPlaceholderText("Search the changes…")
        self.search.setClearButtonEnabled(True)
        for combo, chars in ((self.person, 10), (self.kind, 10), (self.country, 16), (self.rec, 18)):
            # Long country and recommendation names would push the search box off the row.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.search.setMinimumWidth(180)
        self.kind.addItem("All kinds", "")
        for kind in history_kinds():
            self.kind.addItem(kind.capitalize(), kind)

        # Two rows, so the tab never makes the window wider than the other tabs do.
        filters = QVBoxLayout()
        filters.setContentsMargins(6, 6, 6, 0)
        rows = ((("Who", self.person), ("Kind", self.kind), ("From", self.date_from), ("To", self.date_to)),
                (("Country", self.country), ("Recommendation", self.rec)))
        for number, row in enumerate(rows):
            line = QHBoxLayout()
            for label, widget in row:
                caption = QLabel(label)
                caption.setBuddy(widget)
                line.addWidget(caption)
                line.addWidget(widget)
            if number == 1:
                line.addWidget(self.search, 1)
            else:
                line.addStretch(1)
            filters.addLayout(line)

        self.table = QTableView()
        self.table.setAccessibleName("History list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 100, 90, 260)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open)  # a double-click or Enter, as in the evidence list

        self.count = QLabel()
        self.count.setAccessibleName("History count")
        self.export_csv = QPushButton("Export CSV…")
        self.export_csv.setAccessibleName("Export history shown as CSV")
        self.export_json = QPushButton("Export JSON…")
        self.export_json.setAccessibleName("Export history shown as JSON")
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        self.export_json.clicked.connect(lambda: self.export("json"))
        bottom = QHBoxLayout()
        bottom.setContentsMargins(6, 0, 6, 6)
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_csv)
        bottom.addWidget(self.export_json)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.person, self.kind, self.country, self.rec):
            combo.activated.connect(lambda _i: self.apply_filter())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filter())
            edit.editingFinished.connect(self.apply_filter)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        self.model.modelReset.connect(self._update_count)
        ctx.bus.changed.connect(self._on_change)

        self.fill_filters()
        self.model.reload()

    # -- filters -------------------------------------------------------------------
    def fill_filters(self) -> None:
        """(Re)fill the choices from the codebook and the people in the history, keeping the current choices."""
        book = codebook_view(self.ctx.tracker)
        keep = {combo: combo.currentData() for combo in (self.country, self.rec)}
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
        if self.person.count() == 0:
            self.person.addItem("Anyone", "")
            self.person.addItem(self.ctx.tracker.user, self.ctx.tracker.user)
        self.country.addItem("All countries", "")
        for c in book.countries:
            self.country.addItem(f"{c.name} ({c.code})", c.code)
        self.rec.addItem("All recommendations", "")
        for r in book.recommendations:
            self.rec.addItem(f"{r.code}: {r.title}", r.code)
        for combo, value in keep.items():
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def fill_people(self) -> None:
        """Everyone named in the (newest part of the) history, for the person filter."""
        keep = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem("Anyone", "")
        people = set(history_users(self.ctx.tracker)) | {self.ctx.tracker.user}
        for name in sorted(people, key=str.casefold):
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(self.person.findData(keep), 0))
        self.person.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(
            user=self.person.currentData() or "",
            date_from="" if self.date_from.problem() else (self.date_from.value() or ""),
            date_to="" if self.date_to.problem() else (self.date_to.value() or ""),
            kind=self.kind.currentData() or "",
            country=self.country.currentData() or "",
            recommendation=self.rec.currentData() or "",
            search=self.search.text().strip(),
        )

    def apply_filter(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        if f != self.model.filter:
            self.model.set_filter(f)

    def _update_count(self) -> None:
        n = len(self.model.rows)
        more = " (scroll for older ones)" if self.model.next_after is not None else ""
        shown = "No changes match." if n == 0 else f"{n:,} change{'s' if n != 1 else ''} shown{more}"
        self.count.setText(shown)

    # -- changes -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.codebook:
            self.fill_filters()
        if change.operation == "refresh":  # F5: read everything again
            self.model.reload()
            return
        if self.person.filled and self.person.findData(self.ctx.tracker.user) < 0:
            self.fill_people()
        self.model.add_newer()

    # -- opening an entry ------------------------------------------------------------
    def selected_row(self) -> HistoryRow | None:
        index = self.table.currentIndex()
        row = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        return row if isinstance(row, HistoryRow) else None

    def _open(self, index: QModelIndex) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(row, HistoryRow):
            return
        if row.table_name == "evidence":
            self.evidence_requested.emit(row.row_key)
        elif row.table_name == "assessments" and row.country and row.recommendation:
            self.cell_requested.emit(row.country, row.recommendation)

    # -- export ----------------------------------------------------------------------
    def export(self, fmt: str) -> Path | None:
        """Write the entries the filters select (the newest :data:`EXPORT_CAP`) as CSV or JSON.

        On the export worker, as every export: its own read connection, a progress dialog with Cancel,
        and a temporary file renamed into place only when complete.
        """
        suggested = str(save_folder(self.ctx.settings) / f"history.{fmt}")
        filters = "CSV files (*.csv)" if fmt == "csv" else "JSON files (*.json)"
        path_text = self.ctx.prompts.save_file(self, "Export history shown", suggested, filters)
        if not path_text:
            return None
        remember_save_folder(self.ctx.settings, path_text)
        chosen, bom, found = self.model.filter, self.ctx.prefs.csv_bom, {"written": 0, "capped": False}

        def job(t: Any, progress: Any, cancelled: Any, path: str) -> str:
            rows: list[HistoryRow] = []
            after: int | None = None
            while len(rows) < EXPORT_CAP and not cancelled():
                page, after = history_page(t, chosen, after, 1000)
                rows.extend(page)
                progress(len(rows))
                if after is None:
                    break
            found["capped"] = after is not None and len(rows) >= EXPORT_CAP
            rows = rows[:EXPORT_CAP]
            found["written"] = len(rows)
            table = Table("history", list(EXPORT_COLUMNS), [
                {"history_id": r.id, "at": r.at, "user": r.user, "kind": r.kind, "record": r.record,
                 "changes": r.changes, "table_name": r.table_name, "row_key": r.row_key} for r in rows])
            with open(path, "wb") as out:
                if fmt == "csv":
                    write_csv(table, out, bom=bom)
                else:
                    write_json(table, out)
            return "{target}"

        try:
            run_in_background(self, self.ctx.tracker, write_to(path_text, job), title="Export history",
                              what="Reading the history")
        except Cancelled:
            self.ctx.bus.message.emit("Export cancelled; nothing was written.", 8000)
            return None
        except Exception as exc:  # noqa: BLE001 - one sentence, whatever went wrong
            self.ctx.prompts.error(self, "Export history", failure_sentence(path_text, exc))
            return None
        path = Path(path_text)
        written = f"{found['written']:,} change{'s' if found['written'] != 1 else ''}"
        note = f" Only the newest {EXPORT_CAP:,} were written; narrow the filters for the rest." \
            if found["capped"] else ""
        self.ctx.prompts.info(self, "Export history", f"Wrote {written} to {path.name}.{note}")
        return path


__all__ = ["EXPORT_CAP", "HistoryModel", "HistoryView"]
