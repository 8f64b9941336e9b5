"""Finding a country fast: type-ahead in the matrix and the "Go to country" box (Ctrl+K).

Both match a country by its name or its code (ISO alpha-2 or alpha-3), ignoring
case and accents, so "lit" finds Lithuania, "pol" Poland, "cote" Côte d'Ivoire
and "gbr" or "uk" the United Kingdom.  Its name in each of the app's languages
finds it too ("Białoruś", "bialorus", "Беларусь"), ranked after the code, the
name shown and the English name, so an English query ranks as it always did.
:func:`down_into_list` lets Down move from a filter box into the list it
filters, as people expect.  The box shows the countries in the interface's language
(:func:`shown_country_name`, from the ISO 3166 translations), and says which name
matched when it is not the one shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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

from db.country_names import country_name, country_names, country_search_keys, fold_key
from db.i18n import ENGLISH, LANGUAGE_CODES
from db.iso import iso_countries

from .language import english_unless_translated, interface_language, sorted_by_name

#: Names people type for a country that are neither its name nor an ISO code.
ALIASES: dict[str, str] = {"uk": "GB"}

#: Everyday names, in the app's languages, that the ISO 3166 translations (formal names) do not give:
#: "Россия" is not a prefix of "Российская Федерация", and Belarusians often write "Нямеччына" or,
#: in the classical spelling, "Летува".  They rank with the other languages' names.
EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "RU": ("Расія", "Росія", "Россия", "Rosja"),
    "BY": ("Белоруссия",),
    "DE": ("Нямеччына",),
    "LT": ("Летува",),
    "HU": ("Вугоршчына",),
    "GB": ("Great Britain", "Вялікабрытанія", "Великобритания", "Великобританія"),
    "US": ("ЗША", "США"),
    "NL": ("Галандыя", "Голландия", "Голландія"),
}

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def shown_country_name(code: str, name: str, lang: str | None = None) -> str:
    """The country's name in ``lang`` (the interface's language by default) where the ISO 3166 translations
    give one, else ``name`` (as the tracker stores it, in English)."""
    lang = lang or interface_language()
    if lang == ENGLISH:
        return name
    translated = country_names(lang).get(code.upper())
    return translated if translated and translated != country_names(ENGLISH).get(code.upper()) else name


def sort_by_name(countries: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, name) pairs in the alphabetical order of the interface's language (Ё after Е, Ł after L)."""
    return sorted_by_name(countries, interface_language())


def fold(text: str) -> str:
    """Text as matched: :func:`db.country_names.fold_key` (no accents, no case, ł/ø/ß spelled out)."""
    return fold_key(text)


#: How far below the shown and English names a match in another language's name ranks.
OTHER_LANGUAGE = 3


@lru_cache(maxsize=4096)
def _words(folded: str) -> tuple[str, ...]:
    return tuple(folded.replace("-", " ").replace("'", " ").split())


def _text_rank(q: str, folded: str) -> int | None:
    """1: ``q`` starts the name; 2: starts a word of it; 3: is anywhere in it; None: not in it."""
    if folded.startswith(q):
        return 1
    if any(word.startswith(q) for word in _words(folded)):
        return 2
    if q in folded:
        return 3
    return None


@lru_cache(maxsize=4096)
def _keys(code: str, name: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The country's codes, its first-ranked names (shown, English) and its other languages' names, folded.

    Cached: every language's names are read and folded once, on the first search.
    """
    iso = iso_countries().get(code.upper())
    codes = frozenset({code.casefold(), iso.alpha3.casefold() if iso else ""} - {""})
    every = country_search_keys(code)
    first = tuple(dict.fromkeys((fold_key(name), *every[:1])))
    others = dict.fromkeys((*every[1:], *(fold_key(n) for n in EVERYDAY_NAMES.get(code.upper(), ()))))
    return codes, first, tuple(k for k in others if k not in first)


def _rank(q: str, code: str, name: str) -> int | None:
    codes, first, others = _keys(code, name)
    if q in codes or ALIASES.get(q) == code.upper():
        return 0
    for keys, below in ((first, 0), (others, OTHER_LANGUAGE)):
        ranks = [r for r in (_text_rank(q, key) for key in keys) if r is not None]
        if ranks:
            return min(ranks) + below
    return None


def warm_up(countries: Sequence[tuple[str, str]] = ()) -> None:
    """Read and fold every language's country names now (~15 ms of CPU, once per run) and split the names of
    ``countries`` into words, so the first letter typed does not wait for them: the boxes call this from the
    event loop right after they open."""
    country_search_keys("DE")
    for code, name in countries:
        _codes, first, others = _keys(code, name)
        for key in (*first, *others):
            _words(key)


def match_rank(query: str, code: str, name: str) -> int | None:
    """How well ``query`` names the country (lower is better), or None when it does not.

    0: its code (alpha-2, alpha-3 or a common alias); 1: the start of its name (as shown, or English);
    2: the start of a word in it; 3: anywhere in it; 4 to 6: the same in its name in another language.
    """
    q = fold_key(query).strip()
    return _rank(q, code, name) if q else None


def other_language_name(query: str, code: str, name: str) -> str | None:
    """The country's name in another language that ``query`` matched, when neither its code nor its
    shown or English name did (so a list can say why "Niemcy" found Germany); else None."""
    q = fold_key(query).strip()
    rank = _rank(q, code, name) if q else None
    if rank is None or rank <= OTHER_LANGUAGE:
        return None
    everyday = EVERYDAY_NAMES.get(code.upper(), ())
    names = dict.fromkeys((*(country_name(code, lang) for lang in LANGUAGE_CODES), *everyday))
    exact = query.strip().casefold()  # "Україна" is the Ukrainian name, though it folds as the Belarusian "Украіна"
    found = [(r, exact not in n.casefold(), i, n) for i, n in enumerate(names)
             if (r := _text_rank(q, fold_key(n))) is not None]
    return min(found)[3] if found else None


def matched_name(query: str, code: str, shown: str, english: str) -> str | None:
    """Which name of the country ``query`` found, when not the one shown: its name in another language
    ("Niemcy"), or its English name when the list shows another language's ("Germany" beside "Германія")."""
    other = other_language_name(query, code, shown)
    if other is not None or shown == english:
        return other
    q = fold_key(query).strip()
    return english if q and q not in fold_key(shown) and q in fold_key(english) else None


def rank_countries(query: str, countries: Sequence[tuple[str, str]]) -> list[int]:
    """Indexes of the (code, name) pairs matching ``query``, best first (ties keep their order)."""
    q = fold_key(query).strip()
    if not q:
        return []
    ranks = ((_rank(q, code, name), i) for i, (code, name) in enumerate(countries))
    return [i for _r, i in sorted((rank, i) for rank, i in ranks if rank is not None)]


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
        self.setWindowTitle(self.tr("Go to country"))
        self.setAccessibleName(self.tr("Go to country"))
        lang = interface_language()
        self.english = dict(countries)
        self.countries = list(countries) if lang == ENGLISH else sort_by_name(
            [(code, shown_country_name(code, name, lang)) for code, name in countries])
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Country name or code"))
        self.edit.setPlaceholderText(self.tr("Country name or code, e.g. lit or PL"))
        self.edit.setToolTip(self.tr("A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian, or an"
                                     " ISO code"))
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Matching countries"))
        self.list.setUniformItemSizes(True)
        self.hint = QLabel()
        self.hint.setAccessibleName(self.tr("Matches"))
        self.hint.setWordWrap(True)
        label = QLabel(self.tr("&Country:"))
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
        countries = self.countries
        QTimer.singleShot(0, self, lambda: warm_up(countries))  # while the box appears, before the first letter

    def _fill(self, text: str) -> None:
        self.list.clear()
        order = rank_countries(text, self.countries) if text.strip() else range(len(self.countries))
        for i in order:
            code, name = self.countries[i]
            other = matched_name(text, code, name, self.english.get(code, name))
            item = QListWidgetItem(f"{name} ({code}) — {other}" if other else f"{name} ({code})")
            item.setData(CODE_ROLE, code)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        n = self.list.count()
        if not text.strip():
            self.hint.setText(self.tr("Enter goes to the highlighted country; Escape closes."))
        elif n:
            matches = "country matches" if n == 1 else "countries match"
            self.hint.setText(english_unless_translated(
                self.tr("%Ln countries match: Enter goes to the highlighted one.", "", n),
                "%Ln countries match: Enter goes to the highlighted one.", n,
                f"{n} {matches}: Enter goes to the highlighted one."))
        else:
            self.hint.setText(self.tr("No country matches “%1”.").replace("%1", text.strip()))

    def chosen(self) -> str | None:
        """The code of the highlighted country (None when nothing matches)."""
        if self.list.currentRow() < 0:
            return None
        code = self.list.currentItem().data(CODE_ROLE)
        return str(code) if code else None

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()


__all__ = ["GoToCountryDialog", "best_country", "down_into_list", "fold",
           "match_rank", "matched_name", "other_language_name", "rank_countries",
           "shown_country_name", "sort_by_name", "warm_up"]
