"""A base for the app's read-only table models over a cached list of rows, and how the lists show
dates, times and numbers in the interface's language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from .language import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # also for the modules importing it from here

Index = QModelIndex | QPersistentModelIndex


def english_locale() -> bool:
    """True when the default locale is English or C (an English interface installs no locale of its own).

    The lists then write dates as ISO and numbers with a comma, as they always have; in another language
    (whose locale :func:`tracker.ui.i18n.install_translators` makes the default) they follow its locale.
    """
    return QLocale().language() in (QLocale.Language.C, QLocale.Language.English)


def shown_number(n: int) -> str:
    """A number as the lists write it: "12,345" in English, the locale's way ("12 345") otherwise."""
    return f"{n:,}" if english_locale() else QLocale().toString(n)


def _date_format() -> str:
    """The locale's numeric date with two-digit day and month and a four-digit year ("d.MM.yy" would be
    ambiguous in lists that span decades), as the forms and the details dock show dates
    (tracker.ui.widgets.display_format): 05.01.2026 in be, uk, ru, pl; year-first locales (lt) keep ISO."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    order = "".join(dict.fromkeys(ch for ch in fmt if ch in "dMy"))
    if len(order) != 3 or order.startswith("y"):
        return "yyyy-MM-dd"
    sep = next((ch for ch in fmt if not ch.isalpha()), ".")
    return sep.join({"d": "dd", "M": "MM", "y": "yyyy"}[k] for k in order)


def shown_date(iso: str | None) -> str:
    """An ISO date (``2026-01-15``) as the lists show it: ISO in English, the locale's short date otherwise.

    Only the text changes: the lists still sort by the stored ISO date.
    """
    if not iso or english_locale():
        return iso or ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, _date_format()) if date.isValid() else iso


def shown_time(local: str) -> str:
    """A local ``YYYY-MM-DD HH:MM`` (db.history_view.local_time) as the locale's short date and time."""
    if english_locale():
        return local
    moment = QDateTime.fromString(local, "yyyy-MM-dd HH:mm")
    if not moment.isValid():
        return local
    return QLocale().toString(moment, f"{_date_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}")


def fit_columns(table: QTableView, widths: Sequence[int]) -> None:
    """Give each column its width, or more where its header needs it (a header in another language is longer)."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


class ListTableModel(QAbstractTableModel):
    """Rows come from ``self.rows`` (a cache the subclass fills); columns from ``COLUMNS``.

    Subclasses implement ``cell(row, column, role)`` for valid indexes only, so
    bounds checks and the header live in one place.
    """

    #: The column headers in English, each marked ``QT_TRANSLATE_NOOP(<the model's class name>, "...")``
    #: by the subclass: the header shows the translation of that context (itself where there is none).
    COLUMNS: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.COLUMNS):
                return None
            return QCoreApplication.translate(type(self).__name__, self.COLUMNS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.COLUMNS):
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError
