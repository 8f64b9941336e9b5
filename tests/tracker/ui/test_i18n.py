"""The interface in six languages: the .ts sources are complete, the .qm files match them, and a window
built with a translator installed shows its menus and toolbar in that language."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMenu

from db.i18n import LANGUAGE_CODES, TRANSLATION_CODES
from tracker.preferences import Preferences
from tracker.ui import i18n
from tracker.ui.actions import build_menus, create_actions
from tracker.ui.dialogs import PreferencesDialog

from .conftest import FakePrompts


def ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """{(context, source): its <translation> element} of a .ts file."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


def test_every_message_is_translated_and_finished_in_every_language() -> None:
    assert sorted(p.stem for p in i18n.TRANSLATIONS_DIR.glob("*.ts")) == sorted(
        f"{i18n.CATALOGUE}_{code}" for code in TRANSLATION_CODES
    )
    for code in TRANSLATION_CODES:
        root = ET.parse(i18n.ts_path(code)).getroot()
        assert (root.get("language") or "").split("_")[0] == code
        messages = ts_messages(i18n.ts_path(code))
        assert len(messages) > 70
        for (context, source), translation in messages.items():
            where = f"{code}: {context}: {source!r}"
            assert translation.get("type") is None, f"{where} is {translation.get('type')}"  # unfinished, obsolete
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            assert all(form.strip() for form in forms), f"{where} has no translation"
            if source != "Main toolbar" and code != "pl":
                assert all(form != source for form in forms), f"{where} is still English"
            assert ("…" in source) == all("…" in form for form in forms), f"{where}: keep the ellipsis"


def test_the_qm_files_are_built_from_the_current_ts_files(tmp_path: Path) -> None:
    """CI fails when someone edits a .ts file and forgets `python -m tracker.ui.i18n build`."""
    i18n.build(target=tmp_path)
    for code in TRANSLATION_CODES:
        built = i18n.qm_path(code, tmp_path).read_bytes()
        assert i18n.qm_path(code).read_bytes() == built, f"{code}: run python -m tracker.ui.i18n build"


def test_every_wrapped_string_of_the_sources_is_in_the_ts_files(tmp_path: Path) -> None:
    """lupdate run afresh finds exactly the messages the .ts files hold (none missing, none left over)."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([i18n._tool("pyside6-lupdate"), *i18n.SOURCES, "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], cwd=i18n.ROOT, check=True, capture_output=True)
    wanted = set(ts_messages(fresh))
    for code in TRANSLATION_CODES:
        assert set(ts_messages(i18n.ts_path(code))) == wanted, f"{code}: run python -m tracker.ui.i18n update"


def test_update_and_build_leave_the_committed_files_unchanged(tmp_path: Path) -> None:
    """The .ts files are exactly what lupdate writes (so an update makes no noise in review)."""
    for code in TRANSLATION_CODES:
        shutil.copy(i18n.ts_path(code), i18n.ts_path(code, tmp_path))
    i18n.update(folder=tmp_path)
    for code in TRANSLATION_CODES:
        assert i18n.ts_path(code, tmp_path).read_bytes() == i18n.ts_path(code).read_bytes()


def menus_in(language_code: str, installer: Any) -> QMainWindow:
    """A window with the app's menus, built with ``language_code`` installed."""
    if language_code != "en":
        assert installer(language_code)
    parent = QMainWindow()
    actions = create_actions(parent, {}, QUndoStack(parent), "#000000")
    build_menus(parent.menuBar(), actions, QMenu("Open &recent", parent))
    return parent


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a literal ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_mnemonics_are_unique_in_every_menu_in_every_language(qtbot: Any, language: Any, code: str) -> None:
    window = menus_in(code, language)
    qtbot.addWidget(window)
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    groups = {"menu bar": [a.text() for a in bar.actions()]}
    for menu in menus:
        assert isinstance(menu, QMenu)
        groups[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert len(groups) == 7
    for where, texts in groups.items():
        letters = [mnemonic(t) for t in texts]
        assert None not in letters, f"{code}, {where}: {texts}"
        assert len(set(letters)) == len(letters), f"{code}, {where}: {texts}"


EXPECTED = {
    "be": {
        "menus": ["&Файл", "&Праўка", "Д&оказы", "&Статус", "&Выгляд", "&Даведка"],
        "new_evidence": "&Новы доказ…", "set_status": "&Задаць статус…", "show_scorecards": "Ацэнкі &краін",
        "tip": "Занатаваць датаваную крыніцу і звязаць яе з клеткамі", "today": "Сёння", "group": "Усе краіны",
    },
    "pl": {
        "menus": ["&Plik", "&Edycja", "&Dowody", "&Status", "&Widok", "Pomo&c"],
        "new_evidence": "&Nowy dowód…", "set_status": "&Ustaw status…", "show_scorecards": "Oceny &krajów",
        "tip": "Zapisz datowane źródło i powiąż je z komórkami", "today": "Dziś", "group": "Wszystkie kraje",
    },
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_window_speaks_the_installed_language(
    qtbot: Any, language: Any, code: str, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    """As at start-up: the translator first, then the window; its menus, actions and toolbar are translated."""
    from tracker.ui.app import create_main_window

    assert language(code)
    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    want = EXPECTED[code]
    assert [a.text() for a in win.menuBar().actions()] == want["menus"]
    actions = win.actions_by_name
    assert actions["new_evidence"].text() == want["new_evidence"]
    assert actions["set_status"].text() == want["set_status"]
    assert actions["show_scorecards"].text() == want["show_scorecards"]
    assert actions["new_evidence"].statusTip() == want["tip"]
    assert actions["new_evidence"].toolTip().startswith(want["tip"] + " (")  # the shortcut stays
    assert win.view_controls.today_button.text() == want["today"]
    assert win.view_controls.group_combo.itemText(0) == want["group"]
    assert QLocale().name().startswith(code)  # dates and numbers follow the language


def test_english_installs_nothing_and_translates_nothing(language: Any) -> None:
    assert language("en") == []
    assert QCoreApplication.translate("Menus", "&File") == "&File"
    assert i18n.chosen_language("pl") == "pl"
    assert i18n.chosen_language("") == i18n.chosen_language("xx") == i18n.system_language()


def test_the_language_follows_the_system_by_default(monkeypatch: pytest.MonkeyPatch, language: Any) -> None:
    """Both the start-up's choice (app.apply_language, which spares an English start importing i18n) and
    i18n's agree: the first supported language of the system's list, else English; a preference wins."""
    from tracker.ui.app import apply_language

    class System:
        def __init__(self, tags: list[str]) -> None:
            self.tags = tags

        def uiLanguages(self) -> list[str]:  # noqa: N802 (as QLocale)
            return self.tags

    for tags, expected in ((["de-DE", "uk-UA", "en-US"], "uk"), (["be-BY"], "be"), (["de-DE"], "en")):
        with monkeypatch.context() as patched:
            patched.setattr(i18n.QLocale, "system", lambda tags=tags: System(tags))
            assert i18n.chosen_language("") == expected
            assert i18n.chosen_language("lt") == "lt"
            apply_language("")
        file_menu = {"uk": "&Файл", "be": "&Файл", "en": "&File"}[expected]
        assert QCoreApplication.translate("Menus", "&File") == file_menu
        assert QLocale().name().startswith(expected) or expected == "en"
        i18n.remove_translators()
    apply_language("pl")
    assert QCoreApplication.translate("Menus", "&File") == "&Plik"


def test_qt_own_buttons_follow_where_qt_ships_a_translation(qtbot: Any, language: Any) -> None:
    """Polish has qtbase_pl.qm; Belarusian has none, so Qt's own buttons stay English there."""
    for code, cancel in (("pl", "Anuluj"), ("be", "Cancel")):
        language(code)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        button = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert button.text().replace("&", "") == cancel


def test_the_language_is_chosen_in_preferences_and_said_to_apply_at_the_next_start(
    qtbot: Any, prompts: FakePrompts, isolated_config: Path
) -> None:
    dialog = PreferencesDialog(Preferences(user_name="Alice"), prompts=prompts)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system
    assert dialog.language.accessibleName() == "Interface language"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", *LANGUAGE_CODES]
    dialog.language.setCurrentIndex(dialog.language.findData("be"))
    assert "Restart Policy Tracker to see it in Беларуская" in dialog.language_note.text()
    dialog.result_preferences(Preferences()).save()
    assert Preferences.load().language == "be"
    assert Preferences.load().user_name == "Alice"


#: Each language's word for 1, 2, 5 and 21 countries (Qt's numerus forms: ru, uk, be and lt say "21" like "1").
COUNTRIES = {
    "ru": ("страна", "страны", "стран", "страна"),
    "uk": ("країна", "країни", "країн", "країна"),
    "be": ("краіна", "краіны", "краін", "краіна"),
    "lt": ("šalis", "šalys", "šalys", "šalis"),
    "pl": ("kraj", "kraje", "krajów", "krajów"),
}


@pytest.mark.parametrize("code", sorted(COUNTRIES))
def test_counts_take_the_grammatically_right_plural_form(language: Any, code: str) -> None:
    """The status bar's counts are Qt numerus messages: each language has its own forms for 1, 2, 5 and 21."""
    from tracker.ui.status_bar import count_text

    assert language(code)
    for n, word in zip((1, 2, 5, 21), COUNTRIES[code], strict=True):
        translated = QCoreApplication.translate("TrackerStatusBar", "%Ln countries", None, n)
        assert translated == f"{n} {word}"
        assert count_text(translated, "%Ln countries", n, "country", "countries") == f"{n} {word}"
    for code_ts in ("ru", "uk", "be", "lt", "pl"):  # every numerus message has the language's three forms
        for message in ET.parse(i18n.ts_path(code_ts)).getroot().iter("message"):
            if message.get("numerus") == "yes":
                assert len(list(message.iter("numerusform"))) == 3, (code_ts, message.findtext("source"))


def test_english_counts_need_no_translator(language: Any) -> None:
    """English loads no translator: the source text's singular and plural are chosen in code."""
    from tracker.ui.status_bar import count_text

    assert language("en") == []
    texts = [count_text(QCoreApplication.translate("TrackerStatusBar", "%Ln countries", None, n), "%Ln countries",
                        n, "country", "countries") for n in (0, 1, 2, 1234)]
    assert texts == ["0 countries", "1 country", "2 countries", "1,234 countries"]


def test_tabs_status_bar_legend_and_banner_speak_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    from PySide6.QtCore import QDate

    from tracker.ui.app import create_main_window

    assert language("be")
    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert tabs == ["&Матрыца", "До&казы", "&Ацэнкі краін", "&Гісторыя", "П&раверка"]
    assert win.tabs.tabToolTip(4) == "Прапанаваныя статусы і іх праверка"  # none waiting
    waiting = [QCoreApplication.translate("MainWindow", "%Ln proposed statuses waiting for your review", None, n)
               for n in (1, 3, 5)]  # the tooltip of "Review (N)"
    assert waiting == ["1 прапанаваны статус чакае вашай праверкі", "3 прапанаваныя статусы чакаюць вашай праверкі",
                       "5 прапанаваных статусаў чакаюць вашай праверкі"]
    counts = win.counts_label.text()
    assert "37 краін · " in counts and "рэкамендац" in counts and "ацэн" in counts, counts
    assert not any(word in counts for word in ("countr", "recommendation", "evidence", "assessment")), counts
    assert win.as_of_label.text().startswith("Стан на ") and win.as_of_label.text().endswith(" (сёння)")
    assert "Краіны, паказаныя ў матрыцы" in win.counts_label.toolTip()
    legend = [text for _, text in win.legend.items]
    assert "⚑ патрабуе праверкі" in legend and "лік = колькасць доказаў" in legend
    win.as_of_edit.setDate(QDate(2024, 2, 15))
    assert not win.matrix_banner.isHidden()
    assert "Трэкер паказаны па стане на 15 лютага 2024 г." in win.matrix_banner.text.text()
    assert win.matrix_banner.today_button.text() == "Вярнуцца да сённяшняга дня"
    assert "Стан на 2024-02-15" in win.as_of_label.text()
