"""The toolbar's view controls: as-of date, group filter, "changes since", "include proposed".

They change only :class:`ViewState` and then announce ``view_changed`` on the
bus; the matrix, details, scorecards and status bar follow by themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from db import review
from db.ops import Change

from .context import AppContext
from .widgets import DATE_FORMAT, make_date_edit


class FocusComboBox(QComboBox):
    """A combo box that shows when it has the keyboard focus (Fusion draws nothing for a closed, non-editable one)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 3, 3)
            painter.end()


class ViewControls(QObject):
    """Owns the controls; :meth:`add_to` places them on a toolbar."""

    def __init__(self, ctx: AppContext, compare_action: QAction, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.compare_action = compare_action
        as_of, group = self.tr("As of"), self.tr("Group")
        self.as_of_label = QLabel(f" {as_of} ")
        self.as_of_edit = make_date_edit(self.tr("As of date"))
        self.as_of_edit.setToolTip(self.tr("Show the tracker as it stood on this date (Ctrl+D)"))
        self.as_of_edit.dateChanged.connect(self._as_of_changed)
        self.as_of_label.setBuddy(self.as_of_edit)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Back to today"))
        self.today_button.clicked.connect(lambda: self.as_of_edit.setDate(QDate.currentDate()))
        self.group_label = QLabel(f" {group} ")
        self.group_combo = FocusComboBox()
        self.group_combo.setAccessibleName(self.tr("Group filter"))
        self.group_combo.setToolTip(self.tr("Show one group of countries (Ctrl+G)"))
        self.group_combo.setMinimumContentsLength(12)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.group_label.setBuddy(self.group_combo)
        self.compare_box = QCheckBox(self.tr("Changes since"))
        self.compare_box.setAccessibleName(self.tr("Highlight changes since"))
        self.compare_box.setToolTip(self.tr("Outline the cells whose status changed since this date (Ctrl+Shift+D)"))
        self.compare_box.toggled.connect(self._compare_changed)
        three_months_ago = QDate.currentDate().addMonths(-3).toString(DATE_FORMAT)
        self.compare_edit = make_date_edit(self.tr("Compare from date"), three_months_ago)
        self.compare_edit.dateChanged.connect(self._compare_changed)
        compare_action.triggered.connect(self.toggle_compare)
        self.proposed_box = QCheckBox(self.tr("Include proposed"))
        self.proposed_box.setAccessibleName(self.tr("Include proposed statuses"))
        self.proposed_box.setToolTip(self.tr("Count statuses proposed but not yet reviewed in the scores and ranks"
                                             " (the matrix marks them with ◆ either way)"))
        self.proposed_box.toggled.connect(self._proposed_changed)
        self._proposed_action: QAction | None = None
        self.fill_groups()
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.tracker_replaced.connect(self.fill_groups)
        ctx.bus.tracker_replaced.connect(self.update_proposed_box)

    def add_to(self, bar: QToolBar) -> None:
        """As of [date] [Today] | Group [combo] | [x] Changes since [date]"""
        bar.addWidget(self.as_of_label)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.today_button)
        bar.addSeparator()
        bar.addWidget(self.group_label)
        bar.addWidget(self.group_combo)
        bar.addSeparator()
        bar.addWidget(self.compare_box)
        bar.addWidget(self.compare_edit)
        self._proposed_action = bar.addWidget(self.proposed_box)
        self.update_proposed_box()

    def _on_change(self, change: Change) -> None:
        if change.codebook:
            self.fill_groups()
        if change.codebook or change.proposals:
            self.update_proposed_box()

    def update_proposed_box(self) -> None:
        """The toggle is offered while review is required or proposals wait (and while it is on, to turn it off)."""
        t = self.ctx.tracker
        wanted = self.proposed_box.isChecked() or review.review_required(t) or bool(self.ctx.state.proposals)
        if self._proposed_action is not None:
            self._proposed_action.setVisible(wanted)

    def set_include_proposed(self, on: bool) -> None:
        self.proposed_box.setChecked(on)

    def fill_groups(self) -> None:
        """The tracker's groups, keeping the chosen one while it exists."""
        current = self.ctx.view.group
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All countries"), None)
        book = self.ctx.state.book  # in the interface's language, read once for the matrix
        for name, members in book.groups.items():
            self.group_combo.addItem(f"{book.group_name(name)} ({len(members)})", name)
        index = self.group_combo.findData(current)
        self.group_combo.setCurrentIndex(max(index, 0))
        if index < 0:
            self.ctx.view.group = None
        self.group_combo.blockSignals(False)

    def show_all_countries(self) -> None:
        """Drop the group filter (going to a country the group leaves out)."""
        self.group_combo.setCurrentIndex(0)

    def set_as_of(self, date: str | None) -> None:
        self.as_of_edit.setDate(QDate.fromString(date, DATE_FORMAT) if date else QDate.currentDate())

    def toggle_compare(self) -> None:
        self.compare_box.setChecked(not self.compare_box.isChecked())
        if self.compare_box.isChecked():
            self.compare_edit.setFocus()

    def _as_of_changed(self, date: QDate) -> None:
        self.ctx.view.as_of = None if date == QDate.currentDate() else date.toString(DATE_FORMAT)
        self.ctx.bus.view_changed.emit()

    def _group_changed(self, _index: int) -> None:
        self.ctx.view.group = self.group_combo.currentData()
        self.ctx.bus.view_changed.emit()

    def _proposed_changed(self, checked: bool) -> None:
        self.ctx.view.include_proposed = checked
        self.ctx.bus.view_changed.emit()
        self.update_proposed_box()

    def _compare_changed(self, *_args: Any) -> None:
        checked = self.compare_box.isChecked()
        self.ctx.view.compare_from = self.compare_edit.date().toString(DATE_FORMAT) if checked else None
        self.compare_action.setChecked(checked)
        self.ctx.bus.view_changed.emit()


class ProposedBanner(QFrame):
    """Says, above the matrix and the scorecards, that proposed statuses are counted (never colour alone).

    Hidden unless "Include proposed" is on, so, like the past-date banner, its style sheet, label and
    button are made the first time it is shown, not at start-up.
    """

    approved_only_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, margin: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.margin = margin
        self.setObjectName("proposedBanner")
        self.setAccessibleName(self.tr("Including proposed statuses"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._parts: tuple[QLabel, QPushButton] | None = None  # made when first needed (see above)
        self.setVisible(False)
        self.update_text()
        ctx.bus.view_changed.connect(self.update_text)
        ctx.bus.tracker_replaced.connect(self.update_text)
        ctx.bus.changed.connect(lambda change: self.update_text() if change.proposals or change.codebook else None)

    def _made(self) -> tuple[QLabel, QPushButton]:
        """The banner's text and button, made (with its style sheet) the first time they are needed."""
        if self._parts is not None:
            return self._parts
        margin = self.margin
        light = self.palette().color(QPalette.ColorRole.Window).lightness() > 128
        background, border, text = ("#E8F0FE", "#1A56B0", "#0B2A5B") if light else ("#102A4C", "#8AB4F8", "#E8F0FE")
        self.setStyleSheet(
            f"#proposedBanner {{ background: {background}; border: 1px solid {border};"
            f" border-left: 5px solid {border}; border-radius: 3px; margin: {margin}px {margin}px 0 {margin}px; }}"
            f" #proposedBanner QLabel {{ color: {text}; }}"
        )
        label = QLabel()
        label.setAccessibleName(self.tr("Proposed statuses counted"))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Approved only"))
        button.setAccessibleName(self.tr("Count approved statuses only"))
        button.setToolTip(self.tr("Scores and ranks count approved statuses only"))
        button.clicked.connect(self.approved_only_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        self._parts = (label, button)
        return self._parts

    @property
    def text(self) -> QLabel:
        """The sentence saying that proposed statuses are counted."""
        return self._made()[0]

    @property
    def button(self) -> QPushButton:
        return self._made()[1]

    def update_text(self) -> None:
        if not self.ctx.view.include_proposed:
            self.setVisible(False)
            return
        n = len(self.ctx.state.proposals)
        waiting = self.tr("%Ln proposed statuses", "", n) if n else self.tr("no proposed statuses")
        if n and waiting == "%Ln proposed statuses".replace("%Ln", QLocale().toString(n)):  # English: no translator
            waiting = f"{n} proposed status{'es' if n != 1 else ''}"
        plain = self.tr("Includes proposed statuses not yet reviewed (%1 now): scores and ranks count them."
                        " ◆ marks each one.").replace("%1", waiting)
        self.text.setText(self.tr("<b>◆ Includes proposed statuses not yet reviewed</b> (%1 now):"
                                  " scores and ranks count them.").replace("%1", waiting))
        self.setAccessibleDescription(plain)
        self.setVisible(True)
