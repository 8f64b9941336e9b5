"""Finding a country fast: type-ahead in the matrix and the "Go to country" box (Ctrl+K).

Both match a country by its name or its code (ISO alpha-2 or alpha-3), ignoring
case and accents, so "lit" finds Lithuania, "pol" Poland, "cote" Côte d'Ivoire
and "gbr" or "uk" the United Kingdom.  :func:`down_into_list` lets Down move
from a filter box into the list it filters, as people expect.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.fold import fold_text
from db.iso import iso_countries

#: Names people type for a country that are neither its name nor an ISO code.
ALIASES: dict[str, str] = {"uk": "GB"}

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """Text as matched: no accents, no case, ł/ø/ß spelled out (as the evidence search folds them)."""
    decomposed = unicodedata.normalize("NFKD", fold_text(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def match_rank(query: str, code: str, name: str) -> int | None:
    """How well ``query`` names the country (lower is better), or None when it does not.

    0: its code (alpha-2, alpha-3 or a common alias); 1: the start of its name;
    2: the start of a word in its name; 3: anywhere in its name.
    """
    q = fold(query).strip()
    if not q:
        return None
    iso = iso_countries().get(code.upper())
    codes = {code.casefold(), iso.alpha3.casefold() if iso else ""}
    if q in codes or ALIASES.get(q) == code.upper():
        return 0
    folded = fold(name)
    if folded.startswith(q):
        return 1
    if any(word.startswith(q) for word in folded.replace("-", " ").replace("'", " ").split()):
        return 2
    if q in folded:
        return 3
    return None


def rank_countries(query: str, countries: Sequence[tuple[str, str]]) -> list[int]:
    """Indexes of the (code, name) pairs matching ``query``, best first (ties keep their order)."""
    ranks = ((match_rank(query, code, name), i) for i, (code, name) in enumerate(countries))
    return [i for _rank, i in sorted((rank, i) for rank, i in ranks if rank is not None)]


def best_country(query: str, countries: Sequence[tuple[str, str]]) -> int | None:
    """The index of the country ``query`` names best, or None."""
    found = rank_countries(query, countries)
    return found[0] if found else None


class _DownIntoList(QObject):
    """Down in the box moves the focus into its list, onto the current (or first) row."""

    def __init__(self, box: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(box)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            model = self.view.model()
            if model.rowCount() > 0:
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(model.index(0, 0))
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


def down_into_list(box: QLineEdit, view: QAbstractItemView) -> None:
    """Make Down in ``box`` (a search or filter field) move into ``view``, the list it filters."""
    box.installEventFilter(_DownIntoList(box, view))


class _UpOutOfList(QObject):
    """Up on the first row of the list goes back to the box above it."""

    def __init__(self, view: QAbstractItemView, box: QLineEdit) -> None:
        super().__init__(view)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Up
                and isinstance(watched, QAbstractItemView) and watched.currentIndex().row() <= 0):
            self.box.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().eventFilter(watched, event)


class GoToCountryDialog(QDialog):
    """A quick box: type part of a country's name or its code, Enter goes there, Escape closes."""

    def __init__(self, countries: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Go to country")
        self.setAccessibleName("Go to country")
        self.countries = list(countries)
        self.edit = QLineEdit()
        self.edit.setAccessibleName("Country name or code")
        self.edit.setPlaceholderText("Country name or code, e.g. lit or PL")
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Matching countries")
        self.list.setUniformItemSizes(True)
        self.hint = QLabel()
        self.hint.setAccessibleName("Matches")
        label = QLabel("&Country:")
        label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        down_into_list(self.edit, self.list)
        self.list.installEventFilter(_UpOutOfList(self.list, self.edit))
        self.edit.textChanged.connect(self._fill)
        self.edit.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(380, 340)
        self._fill("")

    def _fill(self, text: str) -> None:
        self.list.clear()
        order = rank_countries(text, self.countries) if text.strip() else range(len(self.countries))
        for i in order:
            code, name = self.countries[i]
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(CODE_ROLE, code)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        n = self.list.count()
        if not text.strip():
            self.hint.setText("Enter goes to the highlighted country; Escape closes.")
        elif n:
            matches = "country matches" if n == 1 else "countries match"
            self.hint.setText(f"{n} {matches}: Enter goes to the highlighted one.")
        else:
            self.hint.setText(f"No country matches “{text.strip()}”.")

    def chosen(self) -> str | None:
        """The code of the highlighted country (None when nothing matches)."""
        if self.list.currentRow() < 0:
            return None
        code = self.list.currentItem().data(CODE_ROLE)
        return str(code) if code else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


__all__ = ["GoToCountryDialog", "best_country", "down_into_list", "fold", "match_rank", "rank_countries"]
