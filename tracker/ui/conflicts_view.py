"""File › Conflicts…: what two copies of a shared tracker changed without seeing each other (issue 14).

Two kinds of conflict, both found by :mod:`db.merge` after a sync:

- a **record** (evidence, a recommendation, a country…) edited on two copies: both versions stay in the
  history and one applies (the latest edit); a person keeps it, or uses another;
- a **cell** whose status was set on two copies: both judgements stay, the usual rule makes one current and
  the matrix marks the cell ⚠ until a person keeps it, or uses another.

:class:`ConflictsView` is a non-modal dialog beside the window (as the user guide is): the list is a tree,
one row per conflict and under it one per version or judgement (:class:`ConflictsModel`, over a list
computed when the view loads).  Settling one is one transaction (:mod:`db.merge`), written through
``ctx.write`` and announced on ``ctx.bus.changed`` as any edit's Change, so every view refreshes what it
names.  It is not put on the undo stack: the history keeps every version, and the conflict stays settled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db import TrackerError, merge
from db.ops import Change
from db.queries import CodebookView, codebook_view
from db.records import record

from .context import AppContext, in_language
from .icons import status_icon
from .language import QT_TRANSLATE_NOOP
from .widgets import display_date, fill_in

Index = QModelIndex | QPersistentModelIndex

RECORD, CELL = "record", "cell"
#: Fields that say when and by whom, not what: never listed as a difference.
_NOT_COMPARED = frozenset({"uid", "id", "follows", "rowid", "updated_at", "recorded_at", "recorded_by", "created_at",
                           "created_by", "code", "key"})
#: How much of a value the list shows (the pane below shows all of it).
SHORT = 80


#: The fields a version can change, as a person names them.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ConflictsView", "Title"),
    "url": QT_TRANSLATE_NOOP("ConflictsView", "Link"),
    "notes": QT_TRANSLATE_NOOP("ConflictsView", "Notes"),
    "publisher": QT_TRANSLATE_NOOP("ConflictsView", "Publisher"),
    "event_date": QT_TRANSLATE_NOOP("ConflictsView", "Date"),
    "cells": QT_TRANSLATE_NOOP("ConflictsView", "Cells"),
    "source_kind": QT_TRANSLATE_NOOP("ConflictsView", "Source kind"),
    "language": QT_TRANSLATE_NOOP("ConflictsView", "Language"),
    "accessed_on": QT_TRANSLATE_NOOP("ConflictsView", "Accessed on"),
    "archive_url": QT_TRANSLATE_NOOP("ConflictsView", "Archived copy"),
    "archived": QT_TRANSLATE_NOOP("ConflictsView", "Archived"),
    "attachment": QT_TRANSLATE_NOOP("ConflictsView", "Attached file"),
    "text": QT_TRANSLATE_NOOP("ConflictsView", "Text"),
    "guidance": QT_TRANSLATE_NOOP("ConflictsView", "Guidance"),
    "weight": QT_TRANSLATE_NOOP("ConflictsView", "Weight"),
    "name": QT_TRANSLATE_NOOP("ConflictsView", "Name"),
    "label": QT_TRANSLATE_NOOP("ConflictsView", "Label"),
    "color": QT_TRANSLATE_NOOP("ConflictsView", "Colour"),
    "score": QT_TRANSLATE_NOOP("ConflictsView", "Score"),
    "value": QT_TRANSLATE_NOOP("ConflictsView", "Value"),
    "members": QT_TRANSLATE_NOOP("ConflictsView", "Members"),
    "status_code": QT_TRANSLATE_NOOP("ConflictsView", "Status"),
    "effective_date": QT_TRANSLATE_NOOP("ConflictsView", "Effective"),
    "rationale": QT_TRANSLATE_NOOP("ConflictsView", "Rationale"),
}


def local_time(stamp: str) -> str:
    """A stored UTC stamp (2026-11-30T14:02:00.000000Z) as the person's local date and time, the locale's way."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _short(text: str, limit: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@record
class Row:
    """One line of the list: a conflict (with its versions or judgements under it), or one of those."""

    kind: str  # RECORD or CELL
    key: tuple[str, str]  # (table, key) of a record; (country, recommendation) of a cell
    texts: list[str]  # one per column
    details: str  # the whole story, for the pane under the list
    uid: str = ""  # a version's or judgement's uid ("" on a conflict's own row)
    applies: bool = False  # the version that applies, the judgement that is current
    icon: QIcon | None = None
    parent: Row | None = None
    children: list[Row] = field(default_factory=list)

    @property
    def conflict(self) -> Row:
        return self.parent or self


class ConflictsModel(QAbstractItemModel):
    """The conflicts (top level) and their versions or judgements (one level under): a tree over a list made
    when the view loads."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ConflictsModel", "Conflict"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Changed by"),
        QT_TRANSLATE_NOOP("ConflictsModel", "When"),
        QT_TRANSLATE_NOOP("ConflictsModel", "What differs"),
        QT_TRANSLATE_NOOP("ConflictsModel", "Applies"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_at(self, index: Index) -> Row | None:
        if not index.isValid():
            return None
        top = index.internalId()
        if top == 0:
            return self.rows[index.row()] if index.row() < len(self.rows) else None
        children = self.rows[top - 1].children if top - 1 < len(self.rows) else []
        return children[index.row()] if index.row() < len(children) else None

    def index_of(self, row: Row) -> QModelIndex:
        if row.parent is None:
            return self.index(self.rows.index(row), 0) if row in self.rows else QModelIndex()
        parent = self.index_of(row.parent)
        return self.index(row.parent.children.index(row), 0, parent) if parent.isValid() else QModelIndex()

    # -- Qt model API ---------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        if not parent.isValid():
            return len(self.rows)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self.rows[parent.row()].children) if parent.row() < len(self.rows) else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS) and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("ConflictsModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[col] if col < len(row.texts) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.details
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return row.icon
        if role == Qt.ItemDataRole.FontRole and (row.parent is None or row.applies):
            font = QFont()
            font.setBold(True)
            return font
        return None


class ConflictTexts(QObject):
    """The sentences of the list and its pane, in the interface's language (a QObject for its ``tr``)."""

    def __init__(self, book: CodebookView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.countries = {c.code: c.name for c in book.countries}
        self.recs = {r.code: r.title for r in book.recommendations}

    def cell_name(self, country: str, rec: str) -> str:
        """'France · Visas' in the interface's language."""
        return f"{self.countries.get(country, country)} · {self.recs.get(rec, rec)}"

    def status_label(self, code: str) -> str:
        return next((s.label for s in self.book.statuses if s.code == code), code)

    def record_name(self, conflict: merge.RecordConflict) -> str:
        """What the record is: 'Evidence “Decree No. 5”', 'Recommendation “Visas”'…"""
        applied = next((v for v in conflict.versions if v.uid == conflict.applied), None)
        snaps = [v.after for v in ([applied] if applied else []) + conflict.versions if v.after]
        snap = snaps[0] if snaps else {}
        key = conflict.key
        if conflict.table == "evidence":
            return fill_in(self.tr("Evidence “%1”"), _short(str(snap.get("title") or snap.get("url") or key), 60))
        if conflict.table == "recommendations":
            return fill_in(self.tr("Recommendation “%1”"), self.recs.get(key, str(snap.get("title") or key)))
        if conflict.table == "countries":
            return fill_in(self.tr("Country “%1”"), self.countries.get(key, str(snap.get("name") or key)))
        if conflict.table == "statuses":
            return fill_in(self.tr("Status “%1”"), self.status_label(key))
        if conflict.table == "groups":
            return fill_in(self.tr("Group “%1”"), key)
        if conflict.table == "meta":
            return fill_in(self.tr("Setting “%1”"), key)
        if conflict.table in ("assessments", "proposals"):
            cell = self.cell_name(str(snap.get("country_code", "")), str(snap.get("recommendation_code", "")))
            text = self.tr("Status of %1") if conflict.table == "assessments" else self.tr("Proposed status of %1")
            return fill_in(text, cell)
        return f"{conflict.table} “{key}”"

    def field_name(self, name: str) -> str:
        return QCoreApplication.translate("ConflictsView", FIELD_NAMES[name]) if name in FIELD_NAMES else name

    def value(self, name: str, value: object) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if name == "cells" and isinstance(value, list):
            return ", ".join(self.cell_name(*str(c).split(":", 1)) if ":" in str(c) else str(c) for c in value)
        if name == "status_code":
            return self.status_label(str(value))
        if name in ("event_date", "effective_date", "accessed_on"):
            return display_date(str(value))
        if name == "archived":
            return self.tr("yes") if value else self.tr("no")
        if name == "attachment" and isinstance(value, dict):
            return str(value.get("name") or "—")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    def differing(self, conflict: merge.RecordConflict) -> list[str]:
        """The fields whose values differ between the versions (a deletion differs in all of them)."""
        snaps = [v.after or {} for v in conflict.versions]
        names = sorted({k for s in snaps for k in s if k not in _NOT_COMPARED},
                       key=lambda k: (list(FIELD_NAMES).index(k) if k in FIELD_NAMES else len(FIELD_NAMES), k))
        if any(v.after is None for v in conflict.versions):
            return [n for n in names if any(s.get(n) not in (None, "", []) for s in snaps)]
        return [n for n in names if len({repr(s.get(n)) for s in snaps}) > 1]

    def record_rows(self, conflict: merge.RecordConflict) -> Row:
        name = self.record_name(conflict)
        fields = self.differing(conflict)
        people = ", ".join(dict.fromkeys(v.user for v in sorted(conflict.versions, key=lambda v: (v.at, v.uid))))
        differs = ", ".join(self.field_name(f) for f in fields)
        lines = [fill_in(self.tr("%1 was changed on two copies, neither seeing the other's change."), name)]
        children = []
        for v in sorted(conflict.versions, key=lambda v: (v.at, v.user, v.uid)):
            applies = v.uid == conflict.applied
            if v.after is None:
                what = self.tr("Deleted")
                title = fill_in(self.tr("Deleted by %1"), v.user)
            else:
                what = " · ".join(f"{self.field_name(f)}: {_short(self.value(f, v.after.get(f)), 60)}" for f in fields)
                title = fill_in(self.tr("Version by %1"), v.user)
            full = (self.tr("deleted") if v.after is None else
                    "\n".join(f"  {self.field_name(f)}: {self.value(f, v.after.get(f))}" for f in fields))
            head = f"{title}, {local_time(v.at)}" + (" " + self.tr("(applies now)") if applies else "") + ":"
            lines.append(f"{head}\n{full}" if v.after is not None else f"{head} {full}")
            children.append(Row(RECORD, (conflict.table, conflict.key),
                                [title, v.user, local_time(v.at), what, self.tr("Applies now") if applies else ""],
                                "", uid=v.uid, applies=applies))
        lines.append(self.tr("“Keep the applied version” keeps the record as it is; “Use this version” puts the"
                             " selected version in its place. Either way every version stays in the history."))
        details = "\n".join(lines)
        top = Row(RECORD, (conflict.table, conflict.key),
                  [name, people, "", differs, ""], details, children=children)
        for child in children:
            child.parent, child.details = top, details
        return top

    def cell_rows(self, conflict: merge.CellConflict) -> Row:
        cell = self.cell_name(conflict.country_code, conflict.recommendation_code)
        judgements = sorted(conflict.judgements, key=lambda j: (j.recorded_at, j.uid))
        people = ", ".join(dict.fromkeys(j.recorded_by for j in judgements))
        statuses = " / ".join(self.status_label(j.status_code) for j in judgements)
        lines = [fill_in(self.tr("%1: statuses set on two copies without seeing each other."), cell)]
        children = []
        for j in judgements:
            current = j.uid == conflict.current
            label = self.status_label(j.status_code)
            info = next((s for s in self.book.statuses if s.code == j.status_code), None)
            effective = fill_in(self.tr("effective %1"), display_date(j.effective_date))
            what = f"{effective} — {_short(j.rationale, 70)}" if j.rationale else effective
            head = fill_in(self.tr("%1 by %2, %3"), label, j.recorded_by, local_time(j.recorded_at))
            head += (" " + self.tr("(current)") if current else "") + ":"
            lines.append(f"{head}\n  {effective}" + (f" — {j.rationale}" if j.rationale else ""))
            children.append(Row(CELL, (conflict.country_code, conflict.recommendation_code),
                                [label, j.recorded_by, local_time(j.recorded_at), what,
                                 self.tr("Current") if current else ""], "", uid=j.uid, applies=current,
                                icon=status_icon(info.score, info.color) if info is not None else None))
        lines.append(self.tr("“Keep the current status” keeps the cell as it is; “Use this judgement” makes the"
                             " selected one current. Either way every judgement stays in the history."))
        details = "\n".join(lines)
        top = Row(CELL, (conflict.country_code, conflict.recommendation_code),
                  [fill_in(self.tr("Cell %1"), cell), people, "", statuses, ""], details, children=children)
        for child in children:
            child.parent, child.details = top, details
        return top


def last_sync_text(ctx: AppContext) -> str:
    """When the open tracker last synced, in words ('' when it is not shared)."""
    path = ctx.tracker.path
    if path is None:
        return ""
    from ..sync import coalition

    try:
        if coalition.find_link(path) is None:
            return ""
        status = coalition.status(path)
    except (TrackerError, OSError):
        return ""
    last = status.last_sync if status is not None else None
    return local_time(last.finished) if last is not None and last.finished else "-"


class ConflictsView(QDialog):
    """The list of open conflicts and the four ways to settle one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 last_sync: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_sync = last_sync or (lambda: last_sync_text(ctx))
        self.setObjectName("conflictsView")
        self.setWindowTitle(self.tr("Conflicts"))
        self.setAccessibleName(self.tr("Conflicts"))
        self.setModal(False)
        self.intro = QLabel(self.tr(
            "Changes made on two copies of this shared tracker without either seeing the other: records edited on"
            " both, and cells whose status was set on both. One version applies already; choose whether it stays."))
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("About conflicts"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Nothing to review"))
        self.empty.setObjectName("conflictsEmpty")
        self.model = ConflictsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Open conflicts"))
        self.tree.setAccessibleDescription(self.tr(
            "Each conflict, and under it the versions or judgements it is made of; the one that applies is marked."))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.pane = QPlainTextEdit()
        self.pane.setReadOnly(True)
        self.pane.setAccessibleName(self.tr("The selected conflict"))
        self.pane.setMaximumHeight(150)
        self.keep_version_button = QPushButton(self.tr("&Keep the applied version"))
        self.keep_version_button.setAccessibleName(self.tr("Keep the applied version"))
        self.keep_version_button.setToolTip(self.tr("The record stays as it is and leaves this list"))
        self.use_version_button = QPushButton(self.tr("&Use this version"))
        self.use_version_button.setAccessibleName(self.tr("Use this version"))
        self.use_version_button.setToolTip(self.tr("The selected version replaces the one that applies"))
        self.keep_status_button = QPushButton(self.tr("K&eep the current status"))
        self.keep_status_button.setAccessibleName(self.tr("Keep the current status"))
        self.keep_status_button.setToolTip(self.tr("The cell keeps its status and loses its ⚠ mark"))
        self.use_judgement_button = QPushButton(self.tr("U&se this judgement"))
        self.use_judgement_button.setAccessibleName(self.tr("Use this judgement"))
        self.use_judgement_button.setToolTip(self.tr("The selected judgement becomes the cell's status"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.keep_version_button.clicked.connect(self.keep_version)
        self.use_version_button.clicked.connect(self.use_version)
        self.keep_status_button.clicked.connect(self.keep_status)
        self.use_judgement_button.clicked.connect(self.use_judgement)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.keep_version_button, self.use_version_button, self.keep_status_button,
                       self.use_judgement_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.pane)
        layout.addLayout(buttons)
        self.resize(960, 540)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._selected_changed())
        self._settling = False
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tracker_replaced.connect(self.reload)
        self.reload()

    # -- what is listed ----------------------------------------------------
    def reload(self, keep: tuple[str, tuple[str, str]] | None = None) -> None:
        """Read the conflicts again; the same conflict stays selected (``keep``: this one) when it is still open."""
        chosen = self.selected()
        wanted = keep or ((chosen.kind, chosen.key) if chosen is not None else None)
        position = self.model.rows.index(chosen.conflict) if chosen is not None else 0
        t = self.ctx.tracker
        texts = ConflictTexts(codebook_view(t, self.ctx.language), self)
        rows = [texts.record_rows(c) for c in merge.record_conflicts(t)]
        rows += [texts.cell_rows(c) for c in merge.cell_conflicts(t)]
        texts.deleteLater()
        self.model.set_rows(rows)
        self.tree.expandAll()
        # The conflict's name as wide as it needs, up to a third of the list: "What differs" gets the rest.
        self.tree.setColumnWidth(0, min(self.tree.sizeHintForColumn(0) + 8, max(260, self.tree.width() // 3)))
        self._show_empty(not rows)
        if rows:
            found = next((r for r in rows if (r.kind, r.key) == wanted), None)
            self._select(found or rows[min(position, len(rows) - 1)])
        self._selected_changed()

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.tree.setVisible(not empty)
        self.pane.setVisible(not empty)
        if not empty:
            return
        when = self.last_sync()
        if not when:
            text = self.tr("Nothing to review: there are no conflicts.")
        elif when == "-":
            text = self.tr("Nothing to review: there are no conflicts. This tracker has not synced yet.")
        else:
            text = fill_in(self.tr("Nothing to review: there are no conflicts. The last sync ran %1."), when)
        self.empty.setText(text)

    def _select(self, row: Row) -> None:
        index = self.model.index_of(row)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    def select_cell(self, country: str, recommendation: str) -> bool:
        """Select the conflict of one cell (the details dock's "Review conflict…"); False when it has none."""
        found = next((r for r in self.model.rows if r.kind == CELL and r.key == (country, recommendation)), None)
        if found is not None:
            self._select(found)
            self.tree.setFocus()
        return found is not None

    def selected(self) -> Row | None:
        return self.model.row_at(self.tree.currentIndex()) if self.tree.selectionModel().hasSelection() else None

    def _selected_changed(self) -> None:
        row = self.selected()
        record, cell = row is not None and row.kind == RECORD, row is not None and row.kind == CELL
        writable = not self.ctx.tracker.read_only
        other = row is not None and bool(row.uid) and not row.applies
        self.keep_version_button.setVisible(record or row is None)
        self.use_version_button.setVisible(record or row is None)
        self.keep_status_button.setVisible(cell)
        self.use_judgement_button.setVisible(cell)
        self.keep_version_button.setEnabled(record and writable)
        self.use_version_button.setEnabled(record and other and writable)
        self.keep_status_button.setEnabled(cell and writable)
        self.use_judgement_button.setEnabled(cell and other and writable)
        if row is not None and not other and writable:
            hint = self.tr("Select another version under the conflict to use it instead")
            self.use_version_button.setToolTip(hint)
            self.use_judgement_button.setToolTip(self.tr("Select another judgement under the cell to use it"))
        else:
            self.use_version_button.setToolTip(self.tr("The selected version replaces the one that applies"))
            self.use_judgement_button.setToolTip(self.tr("The selected judgement becomes the cell's status"))
        self.pane.setPlainText(row.details if row is not None else "")

    def _on_change(self, change: Change) -> None:
        """Another edit (a status set on a flagged cell, a sync's changes) may settle or bring conflicts."""
        if not self._settling and self.isVisible():
            self.reload()

    # -- settling one ------------------------------------------------------
    def keep_version(self) -> None:
        row = self.selected()
        if row is not None and row.kind == RECORD:
            table, key = row.key
            self._settle(self.tr("Keep the applied version"), lambda: merge.keep_version(self.ctx.tracker, table, key))

    def use_version(self) -> None:
        row = self.selected()
        if row is not None and row.kind == RECORD and row.uid and not row.applies:
            table, key = row.key
            self._settle(self.tr("Use this version"),
                         lambda: merge.use_version(self.ctx.tracker, table, key, row.uid))

    def keep_status(self) -> None:
        row = self.selected()
        if row is not None and row.kind == CELL:
            country, rec = row.key
            self._settle(self.tr("Keep the current status"),
                         lambda: merge.keep_judgements(self.ctx.tracker, country, rec))

    def use_judgement(self) -> None:
        row = self.selected()
        if row is not None and row.kind == CELL and row.uid and not row.applies:
            country, rec = row.key
            self._settle(self.tr("Use this judgement"),
                         lambda: merge.use_judgement(self.ctx.tracker, country, rec, row.uid))

    def _settle(self, title: str, step: Callable[[], Change]) -> None:
        """One transaction (waiting out another program's lock), then every view refreshes what it names."""
        self._settling = True
        try:
            change = self.ctx.write(step, failed=self.tr(
                "Another program kept the tracker busy; nothing changed. Try again in a moment."))
        except TrackerError as exc:
            self.ctx.prompts.error(self, title, in_language(exc))
            self._settling = False
            self.reload()
            return
        try:
            self.ctx.bus.changed.emit(change)
        finally:
            self._settling = False
        self.reload()
        self.ctx.bus.message.emit(self.tr("Conflict settled; every version stays in the history."), 5000)


__all__ = ["ConflictTexts", "ConflictsModel", "ConflictsView", "Row", "last_sync_text", "local_time"]
