"""Finding a country by its name in any of the app's six languages (issue 15, requirement 2).

Typed into the matrix (type-ahead), the Ctrl+K "Go to country" box and Edit › Countries and groups'
"Add country" box, with real key presses in each language's script.  English names and codes still
rank first, exactly as before.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from db import queries
from db.fold import fold_text
from db.iso import iso_countries
from tracker.ui.countries_editor import CountriesEditor
from tracker.ui.goto import GoToCountryDialog, match_rank, other_language_name, rank_countries

from .test_countries_editor import open_editor

ISO_POOL = sorted(((c.alpha2, c.name) for c in iso_countries().values()), key=lambda p: p[1])

#: (what is typed, the country it finds, its language): Cyrillic and Latin, with and without accents.
IN_EACH_LANGUAGE = [
    ("Нямеччына", "DE", "be, everyday"),
    ("Германія", "DE", "be"),
    ("Німеччина", "DE", "uk"),
    ("германия", "DE", "ru, lower case"),
    ("Niemcy", "DE", "pl"),
    ("Vokietija", "DE", "lt"),
    ("Літва", "LT", "be"),
    ("Lietuva", "LT", "lt"),
    ("Węgry", "HU", "pl"),
    ("wegry", "HU", "pl, no accent"),
    ("Угорщина", "HU", "uk"),
    ("Šveicarija", "CH", "lt"),
    ("sveic", "CH", "lt, start, no accent"),
]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for each letter of ``text``, as a keyboard in that script sends them (QTest.keyClicks
    only knows Latin-1 keys; Qt's key code of any other letter is its upper case's code point)."""
    for ch in text:
        key = ord(ch.upper()) if len(ch.upper()) == 1 else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def _old_rank(query: str, code: str, name: str) -> int | None:
    """The matching before names in other languages were added (English name and codes only)."""
    def fold(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", fold_text(text))
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()

    q = fold(query).strip()
    iso = iso_countries()[code]
    if q in {code.casefold(), iso.alpha3.casefold()} or (q == "uk" and code == "GB"):
        return 0
    folded = fold(name)
    if folded.startswith(q):
        return 1
    if any(word.startswith(q) for word in folded.replace("-", " ").replace("'", " ").split()):
        return 2
    return 3 if q in folded else None


@pytest.mark.parametrize("query", ["pol", "de", "uk", "lat", "land", "ger", "united", "cote", "rus", "bel", "ir", "a"])
def test_an_english_query_ranks_as_before_and_other_languages_come_after(query: str) -> None:
    found = rank_countries(query, ISO_POOL)
    old = ((_old_rank(query, *pair), i) for i, pair in enumerate(ISO_POOL))
    before = [i for _r, i in sorted((r, i) for r, i in old if r is not None)]
    assert found[:len(before)] == before
    assert all(match_rank(query, *ISO_POOL[i]) > 3 for i in found[len(before):])  # type: ignore[operator]


def test_the_name_in_another_language_is_given_only_when_it_is_what_matched() -> None:
    assert other_language_name("niem", "DE", "Germany") == "Niemcy"
    assert other_language_name("Беларусь", "BY", "Belarus") == "Беларусь"
    assert other_language_name("germ", "DE", "Germany") is None
    assert other_language_name("DE", "DE", "Germany") is None
    # a shown name in the interface's language ranks first, like the English one
    assert match_rank("niem", "DE", "Niemcy") == 1 and match_rank("germ", "DE", "Niemcy") == 1
    assert other_language_name("niem", "DE", "Niemcy") is None


@pytest.mark.parametrize(("typed", "code", "_language"), IN_EACH_LANGUAGE)
def test_ctrl_k_finds_a_country_by_its_name_in_each_language(
    qtbot: Any, window: Any, prompts: Any, typed: str, code: str, _language: str
) -> None:
    seen: list[str] = []

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, GoToCountryDialog)
        type_text(dialog.edit, typed)
        assert dialog.edit.text() == typed
        seen.append(dialog.list.item(0).text())
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert window.current_country() == code
    name = iso_countries()[code].name
    assert seen[0].startswith(f"{name} ({code}) — ")  # the English name, then the name that matched


def test_ctrl_k_in_english_shows_no_second_name(qtbot: Any, window: Any, prompts: Any) -> None:
    seen: list[list[str]] = []

    def answer(dialog: Any) -> None:
        qtbot.keyClicks(dialog.edit, "germ")
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    prompts.on_dialog = answer
    window.findChild(QAction, "goto_country").trigger()
    assert seen == [["Germany (DE)"]]
    assert window.current_country() == "DE"


@pytest.mark.parametrize(("typed", "code"), [("Літва", "LT"), ("Нямеччына", "DE"), ("niemcy", "DE"),
                                             ("vengr", "HU"), ("Швейцарыя", "CH")])
def test_type_ahead_in_the_matrix_finds_translated_names(qtbot: Any, window: Any, typed: str, code: str) -> None:
    window.matrix.setFocus()
    type_text(window.matrix, typed)
    assert window.current_country() == code


@pytest.mark.parametrize(("typed", "label"), [
    ("Białoruś", "Belarus (BY) — Białoruś"),
    ("bialorus", "Belarus (BY) — Białoruś"),
    ("Беларусь", "Belarus (BY) — Беларусь"),
    ("Baltarusija", "Belarus (BY) — Baltarusija"),
    ("Білорусь", "Belarus (BY) — Білорусь"),
    ("Расія", "Russian Federation (RU) — Расія"),
    ("Україна", "Ukraine (UA) — Україна"),
])
def test_add_country_finds_it_in_each_language_and_names_what_matched(
    qtbot: Any, window: Any, prompts: Any, typed: str, label: str
) -> None:
    code = label.split("(")[1][:2]

    def steps(dialog: CountriesEditor) -> None:
        type_text(dialog.add_edit, typed)
        assert dialog.add_matches.currentItem().text() == label
        qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
        assert dialog.current_country() == code
        # typed again: it is tracked now, and the box says so rather than "no country"
        type_text(dialog.add_edit, typed)
        assert dialog.add_matches.count() == 0 and "already tracked" in dialog.add_hint.text()

    open_editor(window, prompts, steps)
    assert code in {c.code for c in queries.codebook_view(window.ctx.tracker).active_countries()}
    assert prompts.errors == []


def test_filtering_tracked_countries_in_polish_names_the_match(qtbot: Any, window: Any, prompts: Any) -> None:
    def steps(dialog: CountriesEditor) -> None:
        qtbot.keyClicks(dialog.country_filter, "niem")
        assert dialog.current_country() == "DE"
        assert dialog.country_list.currentItem().text() == "Germany (DE) — Niemcy"

    open_editor(window, prompts, steps)
