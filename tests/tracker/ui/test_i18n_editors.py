"""The codebook and countries editors, the keys list and the Ctrl+K box in the users' languages (issue 15).

Each test installs a language first and then builds the window, as the app does at start-up, and opens the
dialog the way a person does (its menu action).  The codebook's own texts are data and stay as stored; the
editors' words, plural forms, country names and the undo step's name follow the language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from db.i18n import TRANSLATION_CODES
from tracker.preferences import Preferences
from tracker.ui.codebook_editor import CodebookEditor, rescore_question
from tracker.ui.countries_editor import CountriesEditor, CountryCounts
from tracker.ui.goto import GoToCountryDialog
from tracker.ui.help import ShortcutsDialog

from .conftest import FakePrompts
from .test_goto_languages import type_text


@pytest.fixture
def window_in(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> Iterator[Callable[[str], Any]]:
    """``window_in("be")``: the main window built with Belarusian installed (English for "en")."""
    from tracker.ui.app import create_main_window

    windows: list[Any] = []

    def build(code: str) -> Any:
        if code != "en":
            assert language(code)
        win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
        qtbot.addWidget(win)
        windows.append(win)
        return win

    yield build
    for win in windows:
        win.close()


def open_dialog(window: Any, prompts: FakePrompts, action: str, kind: type[QDialog],
                steps: Callable[[Any], None]) -> None:
    """Trigger a menu action and do ``steps`` in the dialog of type ``kind`` it opens."""
    seen: list[QDialog] = []

    def on_dialog(dialog: QDialog) -> None:
        if isinstance(dialog, kind):
            seen.append(dialog)
            steps(dialog)

    prompts.on_dialog = on_dialog
    window.actions_by_name[action].trigger()
    assert seen, f"{action} opened no {kind.__name__}"


def texts(widget: QWidget) -> set[str]:
    """Every label's and button's text inside ``widget``."""
    return {w.text() for w in widget.findChildren(QLabel)} | {b.text() for b in widget.findChildren(QAbstractButton)}


def mnemonics(widget: QWidget) -> list[str]:
    """The letters after "&" of the labels and buttons a person can reach on ``widget`` (a page or dialog)."""
    found = []
    for text in texts(widget):
        plain = text.replace("&&", "")
        at = plain.find("&")
        if 0 <= at < len(plain) - 1:
            found.append(plain[at + 1].casefold())
    return found


def item_text(item: Any) -> str:
    assert item is not None
    return str(item.text())


def replace_text(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(edit, text)


# ---------------------------------------------------------------- the codebook editor
def test_the_codebook_editor_speaks_belarusian(qtbot: Any, window_in: Any, prompts: FakePrompts) -> None:
    window = window_in("be")

    def steps(dialog: CodebookEditor) -> None:
        assert dialog.windowTitle() == "Кодавая кніга"
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert tabs == ["Рэкамендацыі", "Шкала статусаў", "Адзнакі", "Трэкер", "Пераклады"]
        assert "«Ужыць» захоўвае змены старонкі і запісвае іх у гісторыю; Ctrl+Z адмяняе кожную з іх." in texts(dialog)

        page = dialog.recommendations
        assert {"&Код", "На&зва*", "&Фармулёўка крыніцы", "&Інструкцыя", "&Вага"} <= texts(page)
        assert (page.new_button.text(), page.up_button.text(), page.archive_button.text()) == (
            "&Новая", "Вы&шэй", "&Архіваваць")
        assert (page.apply_button.text(), page.revert_button.text()) == ("&Ужыць", "А&дкінуць")
        assert page.list.accessibleName() == "Рэкамендацыі ў парадку матрыцы"
        assert page.apply_button.accessibleName() == "Ужыць змены: рэкамендацыі"
        assert page.weight_edit.toolTip().startswith("Наколькі гэтая рэкамендацыя важыць")
        assert page.use_label.text() == "Выкарыстанне: ацэнак — 1, сувязяў з доказамі — 1."
        # a validation message under its field, as typed
        replace_text(qtbot, page.title_edit, "")
        error = page.errors.labels["title"]
        qtbot.waitUntil(error.isVisible)
        assert error.text() == "⚠ Назва абавязковая."
        assert not page.apply_button.isEnabled()
        replace_text(qtbot, page.title_edit, "Equal visas")
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
        # the undo step's name, as Edit › Undo shows it
        assert window.ctx.undo_stack.undoText() == "Змяніць рэкамендацыю"

        statuses = dialog.statuses
        dialog.tabs.setCurrentWidget(statuses)
        headers = [item_text(statuses.table.horizontalHeaderItem(c)) for c in range(statuses.table.columnCount())]
        assert headers == ["Назва", "Колер", "Бал", "Апісанне"]
        colours = [item_text(statuses.table.item(r, 1)) for r in range(statuses.table.rowCount())]
        assert "#1E7B3A цёмна-зялёны" in colours  # the colour in words, never by the swatch alone
        assert item_text(statuses.table.item(0, 2)) == "— (не ацэнена)"
        statuses.table.selectRow(3)
        replace_text(qtbot, statuses.score_edit, "250")
        score_error = statuses.errors.labels["score"]
        qtbot.waitUntil(score_error.isVisible)
        assert score_error.text() == "⚠ Бал павінен быць лікам ад 0 да 100."
        statuses.revert()

        assert item_text(dialog.grades.table.horizontalHeaderItem(0)) == "Адзнака"
        assert dialog.grades.add_band.text() == "Д&адаць дыяпазон"
        interval = dialog.tracker_page.interval
        assert interval.text() == "180 дзён"  # the unit in its plural form for the number
        interval.setFocus()
        interval.selectAll()
        qtbot.keyClicks(interval, "22")
        assert (interval.value(), interval.text()) == (22, "22 дні")
        qtbot.keyClick(interval, Qt.Key.Key_Up)
        assert interval.text() == "23 дні"
        interval.selectAll()
        qtbot.keyClicks(interval, "21")
        assert interval.text() == "21 дзень"
        dialog.tracker_page.revert()
        assert interval.text() == "180 дзён"
        assert dialog.translations.lang == "be"  # the interface's language comes first
        # the title changed above: its translation was made from English that has changed since
        assert dialog.translations.count.text() == (
            "Усё перакладзена; 1 пераклад зроблены з англійскага тэксту, які пасля змяніўся")
        header = dialog.translations.model.headerData(1, Qt.Orientation.Horizontal)
        assert header == "Па-англійску"

    open_dialog(window, prompts, "edit_codebook", CodebookEditor, steps)


def test_the_translations_model_is_sound_in_belarusian(qtbot: Any, qtmodeltester: Any, window_in: Any,
                                                        prompts: FakePrompts) -> None:
    window = window_in("be")

    def steps(dialog: CodebookEditor) -> None:
        model = dialog.translations.model
        qtmodeltester.check(model)
        assert model.index(0, 3).data() == "перакладзена"

    open_dialog(window, prompts, "edit_codebook", CodebookEditor, steps)


@pytest.mark.parametrize("code", TRANSLATION_CODES)
def test_every_page_of_both_editors_has_unique_mnemonics(qtbot: Any, window_in: Any, prompts: FakePrompts,
                                                         code: str) -> None:
    """Alt+letter reaches one field or button on each page, in every translation.  (English's countries editor
    has Group &name and &New group on one letter, kept as it is: English is the source text.)"""
    window = window_in(code)

    def codebook(dialog: CodebookEditor) -> None:
        for page in dialog.pages:
            letters = mnemonics(page)
            assert len(letters) == len(set(letters)), f"{code}, {page.title}: {sorted(texts(page))}"

    def countries(dialog: CountriesEditor) -> None:
        letters = mnemonics(dialog)
        assert len(letters) == len(set(letters)), f"{code}: {sorted(texts(dialog))}"

    open_dialog(window, prompts, "edit_codebook", CodebookEditor, codebook)
    open_dialog(window, prompts, "edit_countries", CountriesEditor, countries)


#: The score-change question's count in each language's plural forms (1, 2, 5, 21).
RESCORE = {
    "be": ("яго выкарыстоўвае 1 ацэнка", "яго выкарыстоўваюць 2 ацэнкі", "яго выкарыстоўваюць 5 ацэнак",
           "яго выкарыстоўвае 21 ацэнка"),
    "ru": ("его использует 1 оценка", "его используют 2 оценки", "его используют 5 оценок",
           "его использует 21 оценка"),
    "uk": ("його використовує 1 оцінка", "його використовують 2 оцінки", "його використовують 5 оцінок",
           "його використовує 21 оцінка"),
    "lt": ("jį naudoja 1 vertinimas", "jį naudoja 2 vertinimai", "jį naudoja 5 vertinimai",  # 2 to 9 alike
           "jį naudoja 21 vertinimas"),
}


@pytest.mark.parametrize("code", sorted(RESCORE))
def test_the_score_change_question_counts_in_each_languages_plural(language: Any, code: str) -> None:
    assert language(code)
    for n, words in zip((1, 2, 5, 21), RESCORE[code], strict=True):
        assert f"({words})" in rescore_question(n), (code, n, rescore_question(n))
    if code == "lt":  # 10 to 20 take the genitive
        assert "(jį naudoja 12 vertinimų)" in rescore_question(12)


def test_plural_counts_of_the_countries_editor_and_the_interval(language: Any) -> None:
    assert language("be")
    counts = CountryCounts()
    assert counts.matches(1) == "Адпавядае 1 краіна: Enter дадасць яе."
    assert counts.matches(2) == "Адпавядаюць 2 краіны: Enter дадасць вылучаную."
    assert counts.matches(5) == "Адпавядаюць 5 краін: Enter дадасць вылучаную."
    assert counts.matches(21) == "Адпавядае 21 краіна: Enter дадасць вылучаную."
    assert counts.group_tip("EU", 27) == "EU: 27 краін"
    assert language("lt")
    assert [CountryCounts().group_tip("G7", n) for n in (1, 2, 10, 21)] == [
        "G7: 1 šalis", "G7: 2 šalys", "G7: 10 šalių", "G7: 21 šalis"]


def test_the_score_change_prompt_is_asked_in_ukrainian(qtbot: Any, window_in: Any, prompts: FakePrompts) -> None:
    """A status score used by assessments: the question, its title and its button are Ukrainian."""
    from db import ops

    window = window_in("uk")
    for country in ("DE", "PL"):
        ops.set_status(window.ctx.tracker, country, "visa", "partial", effective_date="2025-01-01",
                       rationale="Decree.")
    asked: list[tuple[str, str, str]] = []

    def confirm(parent: Any, title: str, text: str, yes: str = "OK") -> bool:
        asked.append((title, text, yes))
        return False

    prompts.confirm = confirm  # type: ignore[method-assign]

    def steps(dialog: CodebookEditor) -> None:
        page = dialog.statuses
        dialog.tabs.setCurrentWidget(page)
        row = next(r for r in range(page.table.rowCount()) if item_text(page.table.item(r, 2)) == "75")
        page.table.selectRow(row)
        replace_text(qtbot, page.score_edit, "70")
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)

    open_dialog(window, prompts, "edit_codebook", CodebookEditor, steps)
    assert asked == [("Змінити бал?", "Зміна цього бала перерахує бали всіх країн (його використовують 2 оцінки)."
                      " Змінити?", "Змінити бал")]


# ---------------------------------------------------------------- the countries editor
def test_the_countries_editor_speaks_belarusian_and_names_countries_in_it(
    qtbot: Any, window_in: Any, prompts: FakePrompts
) -> None:
    window = window_in("be")

    def steps(dialog: CountriesEditor) -> None:
        assert dialog.windowTitle() == "Краіны і групы"
        assert {"&Архіваваць", "Ад&навіць", "&Дадаць краіну", "Н&овая група", "В&ыдаліць групу",
                "Дадаць &краіну (любую краіну ISO 3166):"} <= texts(dialog)
        assert dialog.country_list.accessibleName() == "Адсочваныя краіны"
        assert dialog.add_edit.accessibleName() == "Краіна для дадання: назва або код"
        assert dialog.country_count.text() == "Адсочваецца: 37"
        names = [dialog.country_list.item(r).text() for r in range(dialog.country_list.count())]
        assert "Германія (DE)" in names and "Літва (LT)" in names
        # in the Belarusian alphabet's order (the tracker keeps the English one)
        assert names.index("Германія (DE)") < names.index("Літва (LT)") < names.index("Францыя (FR)")
        # the English name still finds a country, and is then shown beside the Belarusian one
        qtbot.keyClicks(dialog.country_filter, "Germ")
        assert dialog.country_list.item(0).text() == "Германія (DE) — Germany"
        assert dialog.country_list.item(0).toolTip() == "Germany"
        # an ISO country not tracked yet, found by its English name, listed in Belarusian
        qtbot.keyClicks(dialog.add_edit, "Ukraine")
        assert dialog.add_matches.item(0).text() == "Украіна (UA) — Ukraine"
        assert dialog.add_hint.text() == "Адпавядае 1 краіна: Enter дадасць яе."
        replace_text(qtbot, dialog.add_edit, "qqq")
        assert dialog.add_hint.text() == "Ніводная краіна ISO не адпавядае «qqq»."
        replace_text(qtbot, dialog.add_edit, "ukr")
        qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
        assert dialog.country_count.text() == "Адсочваецца: 38"
        member_names = [dialog.members.model.item(r).text() for r in range(dialog.members.model.rowCount())]
        assert "Украіна (UA)" in member_names

    open_dialog(window, prompts, "edit_countries", CountriesEditor, steps)


def test_english_still_shows_the_stored_names(qtbot: Any, window_in: Any, prompts: FakePrompts) -> None:
    window = window_in("en")

    def steps(dialog: CountriesEditor) -> None:
        names = [dialog.country_list.item(r).text() for r in range(dialog.country_list.count())]
        assert "Germany (DE)" in names and dialog.country_count.text() == "37 tracked"

    open_dialog(window, prompts, "edit_countries", CountriesEditor, steps)


# ---------------------------------------------------------------- the keys list and Ctrl+K
def test_the_keys_list_speaks_ukrainian(qtbot: Any, window_in: Any) -> None:
    window = window_in("uk")
    window.actions_by_name["keyboard_shortcuts"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Комбінації клавіш"
    headers = [item_text(dialog.model.horizontalHeaderItem(c)) for c in range(3)]
    assert headers == ["Дія", "Клавіші", "Де"]
    rows = dialog.shown()
    assert ("Скасувати", "Редагування") in {(what, where) for what, _keys, where in rows}
    assert ("Стрілка вниз", "Перейти з поля пошуку або фільтра до його списку", "Поля пошуку") in {
        (keys, what, where) for what, keys, where in rows}
    assert any(" або " in keys for _what, keys, _where in rows)  # "Ctrl+Y або Ctrl+Shift+Z"
    assert dialog.filter.accessibleName() == "Фільтр комбінацій клавіш"
    type_text(dialog.filter, "Матриця")
    n = len(dialog.shown())
    assert n >= 3 and sum(where == "Матриця" for _what, _keys, where in dialog.shown()) >= 3
    assert dialog.count.text() == f"{n} {'комбінації' if n % 10 in (2, 3, 4) and n // 10 != 1 else 'комбінацій'}"
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "qqq")
    assert dialog.count.text() == "Жодна комбінація не відповідає «qqq»."


def test_the_go_to_box_names_countries_in_lithuanian(qtbot: Any, language: Any) -> None:
    assert language("lt")
    dialog = GoToCountryDialog([("DE", "Germany"), ("LT", "Lithuania"), ("PL", "Poland")])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Eiti į šalį"
    shown = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert shown == ["Lenkija (PL)", "Lietuva (LT)", "Vokietija (DE)"]  # Lithuanian names, Lithuanian order
    qtbot.keyClicks(dialog.edit, "Germ")
    assert dialog.list.item(0).text() == "Vokietija (DE) — Germany"
    assert dialog.hint.text() == "Atitinka 1 šalis: Enter pereis prie pažymėtosios."
    assert dialog.chosen() == "DE"
