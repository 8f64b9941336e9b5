"""Small reusable widgets: the one date field, a searchable check list, field
error labels, and a dialog that asks before throwing away changes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError
from db.messages import message_in

from .icons import action_icon
from .prompts import Prompts

DATE_FORMAT = "yyyy-MM-dd"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_COLOR = "#B3261E"
MIN_DATE = QDate(1900, 1, 1)
MAX_DATE = QDate(2200, 12, 31)

_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_THREE_NUMBERS = re.compile(r"^(\d{1,4})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{1,4})$")


def _locale_order(locale: QLocale) -> str:
    """The order of day, month and year in the locale's short date, e.g. 'dmy' or 'mdy'."""
    if locale.language() == QLocale.Language.C:
        return "ymd"  # no real locale: ISO only
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    order = ""
    for ch in fmt:
        key = {"d": "d", "M": "m", "y": "y"}.get(ch)
        if key and key not in order:
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "ymd"


def _full_year(text: str) -> int:
    """A year as typed: four digits as they are; two digits in this century unless that is far in the future."""
    year = int(text)
    if len(text) > 2:
        return year
    this_year = QDate.currentDate().year()
    candidate = this_year // 100 * 100 + year
    return candidate - 100 if candidate > this_year + 20 else candidate


def parse_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """The date a person typed: ``2024-03-01``, ``20240301`` or the locale's short form (``01.03.2024``).

    None when the text is not one whole, real date: a date is never guessed from part of one.
    """
    text = text.strip()
    found = _YEAR_FIRST.match(text) or _COMPACT.match(text)
    if found:
        y, m, d = (int(g) for g in found.groups())
        date = QDate(y, m, d)
        return date if date.isValid() else None
    found = _THREE_NUMBERS.match(text)
    if not found:
        return None
    order = _locale_order(locale or QLocale())
    parts = dict(zip(order, found.groups(), strict=True))
    if len(parts["y"]) not in (2, 4) or len(parts["d"]) > 2 or len(parts["m"]) > 2:
        return None
    date = QDate(_full_year(parts["y"]), int(parts["m"]), int(parts["d"]))
    return date if date.isValid() else None


def locale_example() -> str:
    """1 March 2024 in the locale's short form with a four-digit year (for hints)."""
    order = _locale_order(QLocale())
    if order.startswith("y"):
        return "2024-03-01"
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    sep = next((ch for ch in fmt if not ch.isalpha()), ".")
    pieces = {"d": "01", "m": "03", "y": "2024"}
    return sep.join(pieces[k] for k in order)


def fill_in(template: str, *values: object) -> str:
    """``template`` with %1, %2… replaced in one pass (a typed "%2" inside %1's value stays as typed)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def interface_translated() -> bool:
    """True when a translation of the interface is installed (English, the source language, installs none)."""
    return QCoreApplication.translate("DateEdit", "%1 or %2") != "%1 or %2"


def display_format(locale: QLocale | None = None) -> str:
    """How a date is shown to read (not typed): the locale's numeric date with a four-digit year.

    An English interface (whatever the system's country) and locales that write the year first keep
    ``yyyy-MM-dd``, as before translations came; Belarusian, Ukrainian, Russian and Polish give
    ``dd.MM.yyyy``.  Never the two-digit year of the short format: a tracker spans more than a century.
    ``locale`` given: that locale's form, whatever is installed.
    """
    if locale is None and not interface_translated():
        return DATE_FORMAT
    locale = locale or QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return DATE_FORMAT
    order = _locale_order(locale)
    if order.startswith("y"):
        return DATE_FORMAT
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    sep = next((ch for ch in fmt if not ch.isalpha()), ".")
    return sep.join({"d": "dd", "m": "MM", "y": "yyyy"}[k] for k in order)


def display_date(iso: str | None, locale: QLocale | None = None) -> str:
    """A stored ``YYYY-MM-DD`` as the interface's language writes it (see :func:`display_format`);
    text that is not such a date comes back as it is."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], DATE_FORMAT)
    if not date.isValid():
        return iso
    return (locale or QLocale()).toString(date, display_format(locale)) + iso[10:]


class DateEdit(QLineEdit):
    """The app's one date field.

    Typing a whole date gives exactly that date (``2024-03-01``, ``20240301``,
    or the locale's short form); it is shown back as ``yyyy-MM-dd`` when the
    field is left.  Text that is not a date stays as typed and is reported as
    an error; it is never turned into some other date.  Tab leaves the field
    (it is one line, not sections); Up/Down move a day, Page Up/Down a month,
    Alt+Down or F4 opens the calendar.

    It keeps the parts of ``QDateEdit``'s interface the app uses: ``date()``,
    ``setDate()`` and ``dateChanged``, emitted when a new date is committed
    (Enter, leaving the field, the calendar, the arrow keys), not on every key.
    """

    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name)
    #: The person changed the date (typed, picked or stepped), as opposed to ``setDate`` by the program.
    edited = Signal()
    #: The text's problem ("" when it is fine), so a form can show it under the field.
    error_changed = Signal(str)

    def __init__(self, name: str, value: str | None = None, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.optional = optional
        self._date = QDate()
        self._error = ""
        self._popup: QCalendarWidget | None = None
        self.setAccessibleName(name)
        example = locale_example()
        iso_hint = self.tr("yyyy-mm-dd", "how to type a date: four digits of the year, month, day")
        hint = fill_in(self.tr("%1 or %2"), iso_hint, example) if example != "2024-03-01" else iso_hint
        self.setPlaceholderText(fill_in(self.tr("%1 (optional)"), hint) if optional else hint)
        self.setAccessibleDescription(fill_in(self.tr("A date: type %1, or press Alt+Down for a calendar."), hint))
        color = self.palette().color(QPalette.ColorRole.WindowText).name()
        self.calendar_action = self.addAction(action_icon("calendar", color), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.editingFinished.connect(self._commit)
        self.textEdited.connect(self._on_text_edited)
        if value:
            parsed = parse_date(value)
            self.setDate(parsed if parsed is not None else QDate())
        elif not optional:
            self.setDate(QDate.currentDate())
        width = self.fontMetrics().horizontalAdvance("8888-88-88") + 48
        self.setMinimumWidth(width)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._width = width

    def sizeHint(self):  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        hint.setWidth(max(self._width + 24, 150))
        return hint

    # -- QDateEdit's interface ---------------------------------------------------
    def date(self) -> QDate:
        """The date typed (once it is a whole date), else the last one committed; invalid when empty."""
        parsed = parse_date(self.text())
        return parsed if parsed is not None else QDate(self._date)

    def setDate(self, date: QDate) -> None:  # noqa: N802 (QDateEdit's name)
        """Show ``date`` (an invalid QDate empties the field) and emit ``dateChanged`` if it changed."""
        self.setText(date.toString(DATE_FORMAT) if date.isValid() else "")
        self._set_error("")
        self._set_committed(date if date.isValid() else QDate())

    # -- the value for a form -------------------------------------------------------
    def value(self) -> str | None:
        """The date as ``YYYY-MM-DD`` (None when left empty and optional); raises ValidationError otherwise."""
        problem = self.problem()
        if problem:
            raise ValidationError(self.objectName() or self.name, problem)
        parsed = parse_date(self.text())
        return parsed.toString(DATE_FORMAT) if parsed is not None else None

    def problem(self) -> str:
        """What is wrong with the text, in a sentence; "" when it is a date (or empty and optional)."""
        text = self.text().strip()
        if not text:
            return "" if self.optional else fill_in(
                self.tr("The %1 is required (for example 2024-03-01)."), self.name.lower())
        parsed = parse_date(text)
        if parsed is None:
            example = locale_example()
            if example == "2024-03-01":
                return fill_in(self.tr("'%1' is not a date. Type it as 2024-03-01, 20240301."), text)
            return fill_in(self.tr("'%1' is not a date. Type it as 2024-03-01, 20240301 or %2."), text, example)
        if parsed < MIN_DATE or parsed > MAX_DATE:
            return fill_in(self.tr("%1 is outside the years 1900 to 2200."), parsed.toString(DATE_FORMAT))
        return ""

    def error(self) -> str:
        """The error shown now (set when the field is left or the form checks it)."""
        return self._error

    def check(self) -> bool:
        """Show the text's problem, if any, now; True when it is fine."""
        self._set_error(self.problem())
        return not self._error

    # -- behaviour -------------------------------------------------------------------
    def _on_text_edited(self, _text: str) -> None:
        self.edited.emit()
        if self._error and not self.problem():
            self._set_error("")  # fixed: say so at once, not only when the field is left

    def _commit(self) -> None:
        """Leaving the field (or Enter): show the date as yyyy-MM-dd, or say what is wrong."""
        if not self.check():
            return  # red border, tooltip and ``error_changed``: the window or form shows the message
        parsed = parse_date(self.text())
        date = parsed if parsed is not None else QDate()
        if date.isValid() and self.text() != date.toString(DATE_FORMAT):
            self.setText(date.toString(DATE_FORMAT))
        self._set_committed(date)

    def _set_committed(self, date: QDate) -> None:
        if date != self._date:
            self._date = QDate(date)
            self.dateChanged.emit(QDate(date))

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.setProperty("invalid", bool(message))
        self.setStyleSheet(f"QLineEdit {{ border: 2px solid {ERROR_COLOR}; }}" if message else "")
        self.setToolTip(message)
        self.error_changed.emit(message)

    def _step(self, days: int = 0, months: int = 0) -> None:
        base = self.date() if self.date().isValid() else QDate.currentDate()
        self.setDate(base.addDays(days).addMonths(months))
        self.selectAll()
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.show_calendar()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_PageUp: (0, 1), Qt.Key.Key_PageDown: (0, -1)}
        step = next((s for k, s in steps.items() if k == key), None)
        if step is not None and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            if self.problem() and self.text().strip():
                self.check()
                return
            self._step(*step)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        """Arriving by Tab selects the whole date, so typing replaces it (never merges into it)."""
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                              Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason):
            self.selectAll()

    def show_calendar(self) -> None:
        """A calendar under the field; picking a day sets it and returns to the field."""
        if not self.isEnabled() or self.isReadOnly():
            return
        if self._popup is None:
            popup = QCalendarWidget(self)
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setAccessibleName(fill_in(self.tr("%1 calendar"), self.name))
            popup.setMinimumDate(MIN_DATE)
            popup.setMaximumDate(MAX_DATE)
            popup.setGridVisible(True)
            popup.clicked.connect(self._picked)
            popup.activated.connect(self._picked)
            self._popup = popup
        current = self.date()
        self._popup.setSelectedDate(current if current.isValid() else QDate.currentDate())
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.setFocus()

    def calendar(self) -> QCalendarWidget | None:
        """The calendar pop-up, once it has been opened."""
        return self._popup

    def _picked(self, date: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(date)
        self.edited.emit()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


def make_date_edit(name: str, value: str | None = None) -> DateEdit:
    """A date field (see :class:`DateEdit`), today when no value is given, named for screen readers."""
    return DateEdit(name, value)


def date_text(edit: DateEdit) -> str:
    """The field's date as ``YYYY-MM-DD``; the text as typed when it is not a date (the engine then says why)."""
    parsed = parse_date(edit.text())
    return parsed.toString(DATE_FORMAT) if parsed is not None else edit.text().strip()


class OptionalDate(QWidget):
    """A date that may be left out: a check box enables the date field."""

    def __init__(self, name: str, value: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Known"))
        self.check.setAccessibleName(fill_in(self.tr("%1 known"), name))
        self.edit = make_date_edit(name, value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.setAccessibleName(name)

    def value(self) -> str | None:
        return date_text(self.edit) if self.check.isChecked() else None


class ElidedLabel(QLabel):
    """One line of text that gives up its middle when there is no room (a tracker's long path in the status bar).

    A plain label is as wide as its whole text at the least, so a file deep in a synced folder kept the
    window from being made narrower than the path.  The text itself (``text()``, what a screen reader
    reads) stays whole, and so does the tooltip while the label shows less.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """A few letters wide: the rest of the text gives way, never the window."""
        return QSize(self.fontMetrics().horizontalAdvance("…") * 6, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What fits: the text, or its beginning and end around "…"."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width())

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._tooltip()

    def _tooltip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()), self.palette(),
                                  self.isEnabled(), self.shown_text(), self.foregroundRole())


class FieldError(QLabel):
    """A problem shown under its field: red, wrapped, hidden while there is none."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setAccessibleName(fill_in(self.tr("%1 error"), field))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"QLabel#fieldError {{ color: {ERROR_COLOR}; }}")
        # Wraps to the field's width: a long message makes the row taller, never the form wider.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        message = message_in(message, QCoreApplication.translate)  # a db/ sentence in the interface's language
        self.setText(f"⚠ {message}" if message else "")
        self.setVisible(bool(message))
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the current width: the form makes room, the text is never cut."""
        parent = self.parentWidget()
        width = self.width() if self.width() > 20 else (parent.width() if parent is not None else 300)
        needed = self.heightForWidth(width) if self.text() else 0
        if needed != self.minimumHeight():
            grew = needed > self.minimumHeight()
            self.setMinimumHeight(max(needed, 0))
            if grew:
                QTimer.singleShot(0, self, lambda: _make_room(self.window()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        """The height comes from :meth:`_fit` (a form row asked for height-for-width cut the message short)."""
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(super().sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, self.minimumHeight())


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """``field`` with its error label under it, as one form row (a buddy label still focuses the field)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


class FieldErrors(QObject):
    """Every problem of a form at once, each under its own field; the rest in one summary line.

    A QObject (a child of the summary line) only so that its counted sentence is a Qt numerus message.
    """

    def __init__(self, summary: QLabel) -> None:
        super().__init__(summary)
        self.summary = summary
        self.labels: dict[str, FieldError] = {}
        self.targets: dict[str, QWidget] = {}

    def add(self, fields: Iterable[str], label: FieldError, target: QWidget) -> None:
        """``fields`` (the engine's names for it) show their messages in ``label``; ``target`` takes the focus."""
        for name in fields:
            self.labels[name] = label
            self.targets[name] = target

    def clear(self) -> None:
        for label in set(self.labels.values()):
            label.show_message("")
        self.summary.setVisible(False)
        self.summary.setText("")

    def show(self, problems: Sequence[ValidationError]) -> None:
        """Show ``problems`` and put the focus on the first field named."""
        self.clear()
        by_label: dict[FieldError, list[str]] = {}
        loose: list[str] = []
        first: QWidget | None = None
        for exc in problems:
            label = self.labels.get(exc.field)
            message = message_in(exc.message, QCoreApplication.translate)  # a db/ sentence in the UI's language
            if label is None:
                loose.append(message)
                continue
            if message not in by_label.setdefault(label, []):
                by_label[label].append(message)
            if first is None:
                first = self.targets[exc.field]
        for label, messages in by_label.items():
            label.show_message(" ".join(messages))
        placed = sum(len(m) for m in by_label.values())
        lines = [f"⚠ {m}" for m in loose]
        if placed == 1:
            lines.append("⚠ " + self.tr("One problem to fix: see the message in red under the field."))
        elif placed:
            lines.append("⚠ " + self.tr("%Ln problems to fix: see the messages in red under the fields.", "", placed))
        self.summary.setText("\n".join(lines))
        self.summary.setVisible(bool(lines))
        _make_room(self.summary.window())
        if first is not None and first.isEnabled():
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def messages(self) -> dict[str, str]:
        """The messages shown now, by field label's accessible name (for tests and screen readers)."""
        return {label.accessibleName(): label.text() for label in set(self.labels.values()) if label.isVisible()}


def _make_room(window: QWidget) -> None:
    """Grow ``window`` (within its screen) when the messages now shown need more height than it has."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():  # wrapped labels (a form's guidance text) need more at this width
        needed = max(needed, layout.totalHeightForWidth(window.width()))
    height = min(needed, window.screen().availableGeometry().height() - 40)
    if height > window.height():
        window.resize(window.width(), height)


class GuardedDialog(QDialog):
    """A form that asks Save / Discard / Cancel before throwing away changes.

    Escape, the window's close button and Cancel all come through ``reject``;
    an unchanged form closes at once.  Subclasses give :meth:`snapshot` (what
    the person could have changed) and call :meth:`mark_clean` when filled in.
    """

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._clean: object = None

    def snapshot(self) -> object:
        """Everything the person can change, comparable with ``==`` (subclasses give theirs; a dialog that
        gives none has nothing to lose and closes at once)."""
        return None

    def mark_clean(self) -> None:
        self._clean = self.snapshot()

    def has_changes(self) -> bool:
        return self.snapshot() != self._clean

    def reject(self) -> None:
        if not self.isVisible() or not self.has_changes():
            super().reject()
            return
        # The context names this class (self.tr would name the subclass): every form shares the sentence.
        question = QCoreApplication.translate("GuardedDialog", "Save the changes you made in this form?")
        answer = self.prompts.save_changes(self, self.windowTitle(), question)
        if answer == "save":
            self.accept()  # a refused save keeps the form open, with its problems shown
        elif answer == "discard":
            super().reject()

    def discard(self) -> None:
        """Close without asking (the person already chose to throw the changes away)."""
        super().reject()


class CheckList(QWidget):
    """A filterable list of check boxes (countries, groups, recommendations)."""

    changed = Signal()

    def __init__(
        self, name: str, placeholder: str | None = None, parent: QWidget | None = None, *, summary_keys: bool = True
    ) -> None:
        """``name`` and ``placeholder`` are shown as given (the caller translates them); no placeholder: "Filter…"."""
        super().__init__(parent)
        self._summary_keys = summary_keys
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter…") if placeholder is None else placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(fill_in(self.tr("Filter %1"), name.lower()))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(name)
        self.view.setUniformItemSizes(True)
        # Long titles end in "…" (tooltip: the whole) instead of scrolling the list sideways.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        from .goto import down_into_list

        down_into_list(self.filter, self.view)  # Down from the filter box moves into its list
        self.summary = QLabel()
        self.summary.setAccessibleName(fill_in(self.tr("%1 chosen", "the list's name: 'Countries chosen'"), name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.model.itemChanged.connect(self._on_item_changed)
        self.setAccessibleName(name)
        self._update_summary()

    def set_items(self, items: Iterable[tuple[str, str]], icons: dict[str, QIcon] | None = None) -> None:
        self.model.clear()
        for key, label in items:
            item = QStandardItem(label)
            item.setData(key, KEY_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setToolTip(label)  # a long title is cut with "…" in the list: the whole of it on hover
            if icons and key in icons:
                item.setIcon(icons[key])
            self.model.appendRow(item)
        self._update_summary()

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        self.model.blockSignals(True)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self.view.viewport().update()
        self._update_summary()
        self.changed.emit()

    def checked(self) -> list[str]:
        return [
            self.model.item(row).data(KEY_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def keys(self) -> Sequence[str]:
        return [self.model.item(row).data(KEY_ROLE) for row in range(self.model.rowCount())]

    def _on_item_changed(self, _item: QStandardItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        chosen = self.checked() if self.model.rowCount() else []
        if not chosen:
            self.summary.setText(self.tr("None chosen"))
        elif len(chosen) <= 6 and self._summary_keys:
            self.summary.setText(fill_in(self.tr("Chosen: %1"), ", ".join(chosen)))
        else:
            self.summary.setText(self.tr("%Ln chosen", "", len(chosen)))
