"""The "past date" banner shown above the matrix and the scorecards.

A past as-of date changes every status and score on screen; a date field in
the toolbar is easy to overlook, so while one is in force a banner says so in
words, with an icon and a frame (never by colour alone), and offers the way
back to today.

Today's view (every start) shows no banner, so its contents (a style sheet, an
icon drawn in the text colour, a label and a button) are made the first time a
date other than today is shown, not at start-up.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .context import AppContext
from .icons import action_icon

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(iso: str) -> str:
    """'2024-02-15' → '15 February 2024' (English whatever the locale; a translated banner uses the language's)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class AsOfBanner(QFrame):
    """Visible while a date other than today is in force; "Back to today" asks for today again."""

    today_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, margin: int = 0) -> None:
        """``margin``: space around the banner (left, top and right) where the page has none of its own."""
        super().__init__(parent)
        self.ctx = ctx
        self.margin = margin
        self.setObjectName("asOfBanner")
        self.setAccessibleName(self.tr("Past as-of date"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._parts: tuple[QLabel, QLabel, QPushButton] | None = None  # made when first needed (see above)
        self.setVisible(False)
        self.update_date()
        ctx.bus.view_changed.connect(self.update_date)
        ctx.bus.tracker_replaced.connect(self.update_date)

    def _made(self) -> tuple[QLabel, QLabel, QPushButton]:
        """The banner's icon, text and button, made (with its style sheet) the first time they are needed."""
        if self._parts is not None:
            return self._parts
        margin = self.margin
        light = self.palette().color(QPalette.ColorRole.Window).lightness() > 128
        background, border, text = ("#FFF4CE", "#9A7B00", "#3D3000") if light else ("#3D3300", "#E0B400", "#FFF4CE")
        self.setStyleSheet(
            f"#asOfBanner {{ background: {background}; border: 1px solid {border}; border-left: 5px solid {border};"
            f" border-radius: 3px; margin: {margin}px {margin}px 0 {margin}px; }}"
            f" #asOfBanner QLabel {{ color: {text}; }}"
        )
        icon = QLabel()
        icon.setPixmap(action_icon("calendar", text).pixmap(22, 22))
        icon.setAccessibleName(self.tr("Past date"))
        label = QLabel()
        label.setAccessibleName(self.tr("Date shown"))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Back to today"))
        button.setAccessibleName(self.tr("Back to today"))
        button.setToolTip(self.tr("Show the tracker as it stands today"))
        button.clicked.connect(self.today_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(label, 1)
        layout.addWidget(button)
        self._parts = (icon, label, button)
        return self._parts

    @property
    def icon(self) -> QLabel:
        return self._made()[0]

    @property
    def text(self) -> QLabel:
        """The sentence saying which date is shown."""
        return self._made()[1]

    @property
    def today_button(self) -> QPushButton:
        return self._made()[2]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As tall as the text needs at the banner's width (a wrapped label alone asks for three lines)."""
        hint = super().sizeHint()
        if self.width() > 0 and self.hasHeightForWidth():
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()

    def update_date(self) -> None:
        """Show the banner for a past (or future) as-of date, hide it for today."""
        as_of = self.ctx.view.as_of
        if as_of is None or as_of == self.ctx.tracker.today():
            self.setVisible(False)
            return
        past = as_of < self.ctx.tracker.today()
        plain = (self.tr("Showing the tracker as of %1, not today") if past
                 else self.tr("Showing the tracker as it will stand on %1, not today"))
        rich = (self.tr("<b>Showing the tracker as of %1</b> — not today. Statuses and scores are those in force"
                        " on that date.") if past
                else self.tr("<b>Showing the tracker as it will stand on %1</b> — not today. Statuses and scores are"
                             " those in force on that date."))
        day = long_date(as_of)
        if not plain.startswith("Showing the tracker"):  # translated: the date in the language's words too
            day = QLocale().toString(QDate.fromString(as_of, Qt.DateFormat.ISODate),
                                     self.tr("d MMMM yyyy", "the date's format (Qt's QDate::toString)"))
        plain, rich = plain.replace("%1", day), rich.replace("%1", day)
        self.text.setText(rich)
        self.setAccessibleDescription(plain)
        self.text.setAccessibleDescription(plain)
        self.setVisible(True)


__all__ = ["AsOfBanner", "long_date"]
