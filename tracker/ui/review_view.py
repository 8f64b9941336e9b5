"""The Review tab: the second coder's queue of proposed statuses.

While the tracker requires review, a status set by one person is a proposal
(db.review) until another person approves it or returns it with a comment.
The list reads the queue a keyset page at a time (``review_page``), newest
first (each proposal comes with its cell's approved status, for comparison); the
pane beside it shows one proposal's rationale and evidence, the approved and
the proposed status side by side, and the buttons that act on it.  A button
that cannot be used says why, in its tooltip and in words under the buttons
(nobody approves their own proposal).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError, review
from db.history_view import local_time
from db.ops import Change
from db.queries import CodebookView, codebook_view
from db.review import Proposal

from .context import AppContext, in_language
from .icons import status_icon
from .language import english_unless_translated as numerus
from .models import QT_TRANSLATE_NOOP, ListTableModel, fit_columns, shown_date, shown_time
from .widgets import fill_in

Index = QModelIndex | QPersistentModelIndex

#: Proposals a page reads.
PAGE = 100
#: The list's filters: (key, label, tooltip), in English (context "ReviewView"; shown translated).
FILTERS: tuple[tuple[str, str, str], ...] = (
    ("waiting", QT_TRANSLATE_NOOP("ReviewView", "Waiting for my review"),
     QT_TRANSLATE_NOOP("ReviewView", "Statuses other people proposed, not yet reviewed")),
    ("returned", QT_TRANSLATE_NOOP("ReviewView", "Returned to me"),
     QT_TRANSLATE_NOOP("ReviewView", "Your proposals a reviewer sent back with a comment: revise or withdraw them")),
    ("mine", QT_TRANSLATE_NOOP("ReviewView", "My proposals"),
     QT_TRANSLATE_NOOP("ReviewView", "Everything you proposed, whatever became of it")),
    ("all", QT_TRANSLATE_NOOP("ReviewView", "All"), QT_TRANSLATE_NOOP("ReviewView", "Every proposal, newest first")),
)
#: How each state reads in the list (English; shown translated, context "ReviewView").
STATE_TEXT = {"proposed": QT_TRANSLATE_NOOP("ReviewView", "Waiting for review"),
              "approved": QT_TRANSLATE_NOOP("ReviewView", "Approved"),
              "returned": QT_TRANSLATE_NOOP("ReviewView", "Returned"),
              "withdrawn": QT_TRANSLATE_NOOP("ReviewView", "Withdrawn")}
#: Who reviewed it, with the state: "Approved by %1" (%1: the reviewer's name).
STATE_BY = {"proposed": QT_TRANSLATE_NOOP("ReviewView", "Waiting for review by %1"),
            "approved": QT_TRANSLATE_NOOP("ReviewView", "Approved by %1"),
            "returned": QT_TRANSLATE_NOOP("ReviewView", "Returned by %1"),
            "withdrawn": QT_TRANSLATE_NOOP("ReviewView", "Withdrawn by %1")}
#: A proposal's confidence (its code, as the pane shows it).
CONFIDENCE_TEXT = {"verified": QT_TRANSLATE_NOOP("ReviewView", "verified"),
                   "reported": QT_TRANSLATE_NOOP("ReviewView", "reported"),
                   "claimed": QT_TRANSLATE_NOOP("ReviewView", "claimed")}
SELF_APPROVAL = QT_TRANSLATE_NOOP("ReviewView", "You proposed this change; another person must approve it.")
UID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewView", text)


def state_text(p: Proposal) -> str:
    """'Waiting for review', 'Approved by Alice', 'Returned by Alice'… in the interface's language."""
    if p.reviewed_by and p.state in ("approved", "returned"):
        return _tr(STATE_BY[p.state]).replace("%1", p.reviewed_by)
    return _tr(STATE_TEXT[p.state]) if p.state in STATE_TEXT else p.state


class ReviewModel(ListTableModel):
    """Proposals, newest first, a keyset page at a time, for one of :data:`FILTERS`."""

    COLUMNS = (QT_TRANSLATE_NOOP("ReviewModel", "Cell"), QT_TRANSLATE_NOOP("ReviewModel", "Proposed"),
               QT_TRANSLATE_NOOP("ReviewModel", "Approved now"), QT_TRANSLATE_NOOP("ReviewModel", "Effective"),
               QT_TRANSLATE_NOOP("ReviewModel", "Proposed by"), QT_TRANSLATE_NOOP("ReviewModel", "When"),
               QT_TRANSLATE_NOOP("ReviewModel", "State"))

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = "waiting"
        self.rows: list[Proposal] = []
        self.next_key: Any = None
        self.book: CodebookView = codebook_view(ctx.tracker, ctx.language)
        self._names: dict[str, str] = {}
        self._titles: dict[str, str] = {}
        self._fetching = False

    def set_filter(self, key: str) -> None:
        self.filter = key
        self.reload()

    def page_arguments(self) -> dict[str, Any]:
        """The review_page arguments of the filter in force, for the person now using the tracker."""
        user = self.ctx.tracker.user
        return {"waiting": {"state": "proposed", "exclude_proposed_by": user},
                "returned": {"state": "returned", "proposed_by": user},
                "mine": {"state": "all", "proposed_by": user}}.get(self.filter, {"state": "all"})

    def reload(self) -> None:
        self.beginResetModel()
        self.book = codebook_view(self.ctx.tracker, self.ctx.language)
        self._names = {c.code: c.name for c in self.book.countries}
        self._titles = {r.code: r.title for r in self.book.recommendations}
        self.rows, self.next_key = self._read(None)
        self.endResetModel()

    def _read(self, after: Any) -> tuple[list[Proposal], Any]:
        """One keyset page of the filter in force."""
        return review.review_page(self.ctx.tracker, after=after, limit=PAGE, **self.page_arguments())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self.next_key is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or self.next_key is None or self._fetching:
            return
        self._fetching = True
        try:
            rows, nxt = self._read(self.next_key)
            if rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.next_key = nxt
                self.endInsertRows()
            else:
                self.next_key = nxt
        finally:
            self._fetching = False

    def row_of(self, uid: str) -> int | None:
        return next((i for i, p in enumerate(self.rows) if p.uid == uid), None)

    # -- what a row shows ------------------------------------------------------------
    def cell_name(self, p: Proposal) -> str:
        return (f"{self._names.get(p.country_code, p.country_code)} × "
                f"{self._titles.get(p.recommendation_code, p.recommendation_code)}")

    def status_info(self, code: str) -> tuple[str, float | None, str]:
        """A status code's label, score and colour (the code itself when the codebook no longer has it)."""
        found = next((s for s in self.book.statuses if s.code == code), None)
        return (found.label, found.score, found.color) if found else (code, None, "#9E9E9E")

    def approved_code(self, p: Proposal) -> str:
        """The cell's approved status now (the codebook's "not assessed" when it has none)."""
        return p.approved_status_code or self.book.unassessed.code

    def cell(self, row: Proposal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return self.cell_name(row)
            if column in (1, 2):
                return self.status_info(row.status_code if column == 1 else self.approved_code(row))[0]
            return (shown_date(row.effective_date), row.proposed_by, shown_time(local_time(row.proposed_at)),
                    state_text(row))[column - 3]
        if role == Qt.ItemDataRole.DecorationRole and column in (1, 2):
            _label, score, color = self.status_info(row.status_code if column == 1 else self.approved_code(row))
            return status_icon(score, color)
        return None


class ReturnDialog(QDialog):
    """Asks the reviewer why a proposal goes back (a comment is required: the proposer reads it)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return proposed status"))
        self.setAccessibleName(self.tr("Return proposed status"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Return <b>%1</b> to its proposer. Say what to change or check: they read this.")
                       .replace("%1", _esc(what)))
        intro.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Review comment"))
        self.comment.setPlaceholderText(self.tr("What should be changed or checked (required)"))
        self.comment.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet("QLabel { color: #C62828; }")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.return_button = self.buttons.addButton(self.tr("Return"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.return_button.setAccessibleName(self.tr("Return with this comment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.comment.setFocus()

    def text(self) -> str:
        return self.comment.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            self.error.setText(self.tr("Write a comment: the proposer needs to know what to change."))
            self.error.setVisible(True)
            self.comment.setFocus()
            return
        super().accept()


class ReviewView(QWidget):
    """The Review tab's content: the filter and the setting above, the list, and the chosen proposal's pane."""

    #: The person asked to open a piece of evidence (its uid).
    evidence_requested = Signal(str)
    #: The person asked to see the proposal's cell in the matrix (country code, recommendation code).
    cell_requested = Signal(str, str)
    #: The number of proposals waiting for this person's review changed (the tab's title shows it).
    waiting_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Review"))
        self.model = ReviewModel(ctx, self)
        self._last_query: dict[str, Any] = {}  # what the list was last read for (another user: read again)

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Review list shows"))
        for key, label, tip in FILTERS:
            self.filter.addItem(_tr(label), key)
            self.filter.setItemData(self.filter.count() - 1, _tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.filter.activated.connect(lambda _i: self.model.set_filter(self.filter.currentData()))
        show_label = QLabel(self.tr("&Show"))
        show_label.setBuddy(self.filter)
        self.required = QCheckBox(self.tr("Status changes need review"))
        self.required.setAccessibleName(self.tr("Status changes need review"))
        self.required.setToolTip(self.tr("When on, a status someone sets is proposed, and counts only once another"
                                         " person approves it"))
        self.required.clicked.connect(self._set_required)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Review count"))
        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 0)
        top.addWidget(show_label)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        top.addWidget(self.required)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Review list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns(self.table, (190, 122, 122, 82, 85, 124))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.table.activated.connect(lambda _i: self._show_cell())

        # -- the chosen proposal ---------------------------------------------------------
        self.heading = _plain(self.tr("Proposal"), bold=True)
        self.compare = QLabel()
        self.compare.setAccessibleName(self.tr("Approved and proposed status"))
        self.compare.setTextFormat(Qt.TextFormat.RichText)
        self.compare.setWordWrap(True)
        self.meta = _plain(self.tr("Proposed by"))
        self.rationale = _plain(self.tr("Rationale"))
        self.rationale.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); border-radius: 4px; }")
        self.rationale.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.comment = _plain(self.tr("Review comment"))
        self.evidence_title = _plain(self.tr("Evidence heading"), bold=True)
        self.evidence = QListWidget()
        self.evidence.setAccessibleName(self.tr("Proposal evidence"))
        self.evidence.setMaximumHeight(160)
        self.evidence.setToolTip(self.tr("Double-click (or Enter) to open the evidence"))
        self.evidence.itemActivated.connect(self._open_evidence)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve proposed status"))
        self.approve_button.clicked.connect(self.approve)
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.setAccessibleName(self.tr("Return proposed status with a comment"))
        self.return_button.clicked.connect(self.return_selected)
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw my proposal"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.revise_button = QPushButton(self.tr("Revise…"))
        self.revise_button.setAccessibleName(self.tr("Revise my returned proposal"))
        self.revise_button.clicked.connect(self.revise)
        self.cell_button = QPushButton(self.tr("Show cell"))
        self.cell_button.setAccessibleName(self.tr("Show the cell in the matrix"))
        self.cell_button.clicked.connect(self._show_cell)
        self.buttons = (self.approve_button, self.return_button, self.withdraw_button, self.revise_button)
        buttons = QHBoxLayout()
        for button in (*self.buttons, self.cell_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.reason = _plain(self.tr("Why a button is off"))
        pane = QWidget()
        pane.setAccessibleName(self.tr("Proposal details"))
        pane_layout = QVBoxLayout(pane)
        for widget in (self.heading, self.compare, self.meta, self.rationale, self.comment):
            pane_layout.addWidget(widget)
        pane_layout.addLayout(buttons)
        pane_layout.addWidget(self.reason)
        pane_layout.addWidget(self.evidence_title)
        pane_layout.addWidget(self.evidence)
        self.empty = _plain(self.tr("Nothing chosen"))
        pane_layout.addWidget(self.empty)
        pane_layout.addStretch(1)
        # Wide enough for its buttons in one row (their words are longer in some languages than in English).
        margins = pane_layout.contentsMargins()
        pane.setMinimumWidth(max(320, buttons.sizeHint().width() + margins.left() + margins.right()))
        self._detail_widgets: tuple[QWidget, ...] = (
            self.heading, self.compare, self.meta, self.rationale, self.comment, *self.buttons, self.cell_button,
            self.reason, self.evidence_title, self.evidence)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([870, 410])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tracker_replaced.connect(self.reload)
        self.reload()

    # -- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the list again (keeping the chosen proposal when it is still listed), the setting and the count."""
        keep = self.selected()
        self.model.reload()
        self.required.setChecked(review.review_required(self.ctx.tracker))
        self.required.setEnabled(not self.ctx.tracker.read_only)
        row = self.model.row_of(keep.uid) if keep is not None else None
        if row is None and self.model.rows:
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.show_selected()
        self.waiting_changed.emit(review.review_counts(self.ctx.tracker, self.ctx.tracker.user).waiting_for_me)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Read again when shown: the person using the tracker (Preferences) decides what "mine" is."""
        super().showEvent(event)
        if self.model.page_arguments() != self._last_query:
            self.reload()

    def _update_count(self) -> None:
        self._last_query = self.model.page_arguments()
        n = len(self.model.rows)
        label = self.filter.currentText().lower()
        if n == 0:
            empty = {"waiting": self.tr("Nothing is waiting for your review."),
                     "returned": self.tr("Nothing has been returned to you."),
                     "mine": self.tr("You have proposed nothing yet.")}.get(self.model.filter,
                                                                            self.tr("No proposals yet."))
            if not review.review_required(self.ctx.tracker):
                empty += self.tr(" Review is off: statuses count as soon as they are set.")
            self.count.setText(empty)
        elif self.model.next_key is not None:  # more to read as the list scrolls
            self.count.setText(numerus(self.tr("%Ln+ proposals (%1)", "", n), "%Ln+ proposals (%1)", n,
                                       f"{n:,}+ proposal{'s' if n != 1 else ''} (%1)").replace("%1", label))
        else:
            self.count.setText(numerus(self.tr("%Ln proposals (%1)", "", n), "%Ln proposals (%1)", n,
                                       f"{n:,} proposal{'s' if n != 1 else ''} (%1)").replace("%1", label))

    def select_proposal(self, uid: str) -> bool:
        """Show one proposal (opened from the History tab): in the list in force, else under "All".

        False when it no longer exists (a proposal undone since; its history stays).
        """
        if self.model.row_of(uid) is None and self.model.filter != "all":
            self.filter.setCurrentIndex(self.filter.findData("all"))
            self.model.set_filter("all")
        row = self.model.row_of(uid)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(uid)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.show_selected()
        return True

    def _on_change(self, change: Change) -> None:
        if change.proposals or change.codebook or change.operation == "refresh":
            self.reload()

    def selected(self) -> Proposal | None:
        index = self.table.currentIndex()
        row = index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None
        return row if isinstance(row, Proposal) else None

    # -- the pane --------------------------------------------------------------------
    def show_selected(self) -> None:
        p = self.selected()
        for widget in self._detail_widgets:
            widget.setVisible(p is not None)
        self.empty.setVisible(p is None)
        self.empty.setText(self.tr("Choose a proposal in the list to see its rationale and evidence."))
        self.evidence.clear()
        if p is None:
            return
        full = review.proposal(self.ctx.tracker, p.uid)
        model = self.model
        self.heading.setText(model.cell_name(full))
        label = model.status_info(full.status_code)[0]
        approved_text = model.status_info(model.approved_code(full))[0]
        since = (self.tr(" since %1").replace("%1", shown_date(full.approved_effective_date))
                 if full.approved_effective_date else "")
        effective = shown_date(full.effective_date)
        self.compare.setText(fill_in(self.tr("Approved now: <b>%1</b>%2<br>◆ Proposed: <b>%3</b>, effective %4"),
                                     _esc(approved_text), _esc(since), _esc(label), _esc(effective)))
        self.compare.setAccessibleDescription(fill_in(self.tr("Approved now: %1%2. Proposed: %3, effective %4."),
                                                      approved_text, since, label, effective))
        confidence = _tr(CONFIDENCE_TEXT[full.confidence]) if full.confidence in CONFIDENCE_TEXT else full.confidence
        self.meta.setText(fill_in(self.tr("Proposed by %1 on %2 · %3 · %4"), full.proposed_by,
                                  shown_time(local_time(full.proposed_at)), confidence, state_text(full)))
        self.rationale.setText(full.rationale or "")
        comment = full.review_comment or ""
        by = _tr(STATE_BY[full.state]) if full.state in STATE_BY else f"{full.state} by %1"
        self.comment.setText(f"{by.replace('%1', full.reviewed_by or '')}: {comment}" if comment else "")
        self.comment.setVisible(bool(comment))
        for uid, title in full.evidence:
            item = QListWidgetItem(title or self.tr("(untitled)"))
            item.setData(UID_ROLE, uid)
            item.setToolTip(title or "")
            self.evidence.addItem(item)
        n = len(full.evidence)
        self.evidence_title.setText(self.tr("Evidence (%1) — double-click to open").replace("%1", str(n)) if n
                                    else self.tr("Evidence: none linked"))
        self.evidence.setVisible(bool(n))
        self._update_buttons(full)

    def _update_buttons(self, p: Proposal) -> None:
        """Each button on or off, with the reason in its tooltip; the main reason also in words below."""
        t = self.ctx.tracker
        mine = t.user == p.proposed_by
        pending = p.state == "proposed"
        open_ = p.state in ("proposed", "returned")
        done = self.tr("This proposal is %1.").replace("%1", state_text(p).lower())
        self_approval = _tr(SELF_APPROVAL)
        rules: dict[QPushButton, tuple[bool, str]] = {
            self.approve_button: (pending and not mine,
                                  self_approval if pending and mine else "" if pending else done),
            self.return_button: (pending and not mine,
                                 self.tr("You proposed this change: withdraw it instead.") if pending and mine
                                 else "" if pending else done),
            self.withdraw_button: (open_ and mine, "" if open_ and mine else
                                   self.tr("Only %1, who proposed it, can withdraw it.").replace("%1", p.proposed_by)
                                   if open_ else done),
            self.revise_button: (p.state == "returned" and mine,
                                 "" if p.state == "returned" and mine else
                                 self.tr("Only a proposal returned to you can be revised.")),
        }
        tips = {self.approve_button: self.tr("Make this the cell's status (it then counts in scores and exports)"),
                self.return_button: self.tr("Send it back to its proposer with a comment"),
                self.withdraw_button: self.tr("Take your proposal back"),
                self.revise_button: self.tr("Change and propose again what the reviewer returned")}
        for button, (allowed, why) in rules.items():
            on = allowed and not t.read_only
            button.setEnabled(on)
            button.setToolTip(tips[button] if on else in_language(t.read_only_message()) if t.read_only else why)
        reason = ""
        if t.read_only:
            reason = in_language(t.read_only_message())
        elif pending and mine:
            reason = self_approval
        elif p.state == "returned" and mine:
            reason = self.tr("Returned to you: revise it, or withdraw it.")
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    # -- acting ----------------------------------------------------------------------
    def _run(self, title: str, command: Any) -> bool:
        try:
            self.ctx.run(command)
        except ValidationError as exc:
            self.ctx.prompts.error(self, title, exc.message)
            return False
        return True

    def approve(self) -> None:
        p = self.selected()
        if p is None or not self.approve_button.isEnabled():
            return
        from .review_commands import ApproveProposal

        self._run(self.tr("Approve"), ApproveProposal(self.ctx, p.uid))

    def return_selected(self) -> None:
        p = self.selected()
        if p is None or not self.return_button.isEnabled():
            return
        from .review_commands import ReturnProposal

        dialog = ReturnDialog(f"{self.model.cell_name(p)}: {self.model.status_info(p.status_code)[0]}", self)
        if self.ctx.prompts.exec_dialog(dialog):
            self._run(self.tr("Return"), ReturnProposal(self.ctx, p.uid, dialog.text()))

    def withdraw(self) -> None:
        p = self.selected()
        if p is None or not self.withdraw_button.isEnabled():
            return
        from .review_commands import WithdrawProposal

        self._run(self.tr("Withdraw"), WithdrawProposal(self.ctx, p.uid))

    def revise(self) -> None:
        """The status form, filled in with the returned proposal; saving proposes the revision."""
        p = self.selected()
        if p is None or not self.revise_button.isEnabled():
            return
        from .inputs import StatusInput
        from .review_commands import ReviseProposal
        from .status_form import StatusForm

        full = review.proposal(self.ctx.tracker, p.uid)

        def submit(data: StatusInput) -> None:
            self.ctx.run(ReviseProposal(self.ctx, p.uid, data))

        form = StatusForm(self.ctx, full.country_code, full.recommendation_code, submit,
                          current=self.ctx.state.cited([full.cell]).get(full.cell), proposal=full, parent=self)
        self.ctx.prompts.exec_dialog(form)

    def _open_evidence(self, item: QListWidgetItem) -> None:
        uid = item.data(UID_ROLE)
        if uid:
            self.evidence_requested.emit(uid)

    def _show_cell(self) -> None:
        p = self.selected()
        if p is not None:
            self.cell_requested.emit(p.country_code, p.recommendation_code)

    def _set_required(self, on: bool) -> None:
        from .review_commands import SetReviewRequired

        if not self._run(self.tr("Review"), SetReviewRequired(self.ctx, on)):
            self.required.setChecked(review.review_required(self.ctx.tracker))


def _plain(name: str, *, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _esc(text: str) -> str:
    from html import escape

    return escape(text or "")


__all__ = ["ReturnDialog", "ReviewModel", "ReviewView"]
