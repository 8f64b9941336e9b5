"""The evidence form, the status form and the details dock in the users' languages: opened for real with a
translator installed (as at start-up), their titles, labels, buttons, messages and accessible names are
translated, counts take each language's plural forms, and dates read the language's way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget

from tracker.ui.details import english_count
from tracker.ui.evidence_form import EvidenceForm, language_code, language_label
from tracker.ui.status_form import StatusForm
from tracker.ui.widgets import display_date

from .conftest import FakePrompts, open_window, save_shot


def labels(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def button(dialog: Any, which: QDialogButtonBox.StandardButton) -> Any:
    return dialog.buttons.button(which)


def shown(dialog: Any) -> str:
    return " ".join([*dialog.errors.messages().values(), dialog.error.text()])


def test_the_evidence_form_speaks_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, tmp_path: Path
) -> None:
    assert language("be")
    win = open_window(qtbot, tracker_path, prompts, settings)
    seen: dict[str, Any] = {}

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):  # leaving a changed form: Save / Discard / Cancel
            seen["question"] = dialog.text()
            dialog.button(QMessageBox.StandardButton.Discard).click()
            return
        assert isinstance(dialog, EvidenceForm)
        assert dialog.windowTitle() == "Новы доказ"
        texts = labels(dialog)
        for label in ("&Дата падзеі*", "&Загаловак", "Адрас у а&рхіве", "&Тып крыніцы", "Дата звар&оту",
                      "Рэкамендацыі", "Краіны", "Групы (усе ўдзельнікі)", "Аб&грунтаванне*"):
            assert label in texts, (label, texts)
        assert button(dialog, QDialogButtonBox.StandardButton.Save).text() == "Захаваць"
        assert button(dialog, QDialogButtonBox.StandardButton.Cancel).text() == "Скасаваць"
        assert button(dialog, QDialogButtonBox.StandardButton.Save).accessibleName() == "Захаваць доказ"
        assert dialog.title_edit.accessibleName() == "Загаловак"
        assert dialog.notes_edit.placeholderText() == "Цытата, кантэкст, што ахоплівае мера…"
        assert dialog.attach_button.text() == "Далучыць файл…"
        assert dialog.kind_combo.currentText() == "Іншае"
        assert dialog.confidence_combo.currentText() == "Паведамлена — надзейнай другаснай крыніцай"
        assert dialog.language_combo.findText("Літоўская (lt)") > 0  # the language's own names (ISO 639)
        assert dialog.links_summary.text().startswith("Пакуль ні з чым не звязана")
        assert dialog.countries.summary.text() == "Нічога не выбрана"
        assert dialog.event_date.placeholderText() == "гггг-мм-дд або 01.03.2024"
        save_shot(dialog, "evidence_form_be", tmp_path)
        dialog.event_date.setText("31.02.2024")  # not a real date
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        messages = dialog.errors.messages()
        assert "Памылка: Загаловак" in messages  # each message under its field, named for screen readers
        assert "Дайце доказу хаця б загаловак, адрас URL або нататкі." in messages["Памылка: Загаловак"]
        assert "«31.02.2024» — не дата." in messages["Памылка: Дата падзеі"]
        assert "Выберыце хаця б адну рэкамендацыю." in shown(dialog)
        assert "Трэба выправіць 4 праблемы: глядзіце паведамленні чырвоным пад палямі." in dialog.error.text()
        dialog.countries.set_checked(["LT", "LV"])
        dialog.recs.set_checked(dialog.recs.keys()[:1])
        assert dialog.links_summary.text().startswith("Сувязі: 2 клеткі: ")
        assert dialog.countries.summary.text() == "Выбрана: LV, LT"  # in the list's order: Латвія, Літва
        save_shot(dialog, "evidence_form_be_errors", tmp_path)

    prompts.on_dialog = fill
    assert win.new_evidence() is None
    assert seen["question"] == "Захаваць змены, зробленыя ў гэтай форме?"


def test_the_status_form_speaks_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, tmp_path: Path
) -> None:
    assert language("be")
    win = open_window(qtbot, tracker_path, prompts, settings)
    win.select_cell("PL", "tps")
    seen: list[str] = []

    def fill(dialog: Any) -> None:
        assert isinstance(dialog, StatusForm)
        seen.append(dialog.windowTitle())
        texts = labels(dialog)
        for label in ("&Статус*", "&Дата ўступлення ў сілу*", "&Надзейнасць", "&Абгрунтаванне*", "Доказы"):
            assert label in texts, (label, texts)
        assert any(text.startswith("Цяпер: <b>") for text in texts), texts
        assert dialog.date_source.text() == "сёння: доказы не звязаны"
        assert dialog.status_combo.placeholderText() == "Выберыце статус…"
        assert dialog.rationale_edit.accessibleName() == "Абгрунтаванне"
        assert dialog.date_edit.accessibleName() == "Дата ўступлення ў сілу"
        assert dialog.new_button.text() == "Новы доказ…"
        assert button(dialog, QDialogButtonBox.StandardButton.Save).text() == "Захаваць"
        assert button(dialog, QDialogButtonBox.StandardButton.Save).accessibleName() == "Захаваць статус"
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        messages = dialog.errors.messages()
        assert messages["Памылка: Статус"] == "⚠ Выберыце статус."
        assert messages["Памылка: Абгрунтаванне"] == "⚠ Абгрунтаванне абавязковае: напішыце, чаму такі статус."
        save_shot(dialog, "status_form_be", tmp_path)

    prompts.on_dialog = fill
    win.set_status()
    assert seen and seen[0].startswith("Задаць статус — ")


def test_the_details_dock_speaks_ukrainian_with_dates_the_ukrainian_way(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, tmp_path: Path
) -> None:
    assert language("uk")
    win = open_window(qtbot, tracker_path, prompts, settings)
    dock = win.details
    assert dock.windowTitle() == "Подробиці клітинки"
    dock.show_cell(None)
    assert dock.heading.text() == "Виберіть клітинку матриці, щоб побачити її статус, історію та докази."
    win.select_cell("FR", "students")

    def fill(dialog: Any) -> None:
        dialog.event_date.setDate(QDate(2025, 9, 1))
        dialog.title_edit.setText("Франція відкриває стипендії")  # QTest types Latin-1 only
        dialog.status_box.setChecked(True)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("full"))
        dialog.rationale_edit.setPlainText("Такий самий доступ, як для українських студентів.")
        qtbot.mouseClick(button(dialog, QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    prompts.on_dialog = fill
    assert win.new_evidence()
    assert dock.timeline_title.text() == "Хронологія (1 оцінка)"
    assert dock.evidence_title.text() == "Докази (1)"
    timeline_header = dock.timeline.headerItem()
    assert [timeline_header.text(0), timeline_header.text(1)] == ["Чинний з", "Статус і обґрунтування"]
    evidence_header = dock.evidence.headerItem()
    assert [evidence_header.text(0), evidence_header.text(1)] == ["Дата", "Заголовок"]
    assert dock.set_status_button.text() == "Встановити статус…"
    assert dock.add_evidence_button.accessibleName() == "Додати доказ для цієї клітинки"
    assert dock.timeline.accessibleName() == "Хронологія статусів"
    assert dock.status_meta.text().startswith("чинний з 01.09.2025 · повідомлено · записано: Alice, ")
    assert dock.timeline.topLevelItem(0).text(0) == "01.09.2025"  # the language's dates, four-digit year
    assert " (поточний)\nТакий самий доступ" in dock.timeline.topLevelItem(0).text(1)
    assert dock.evidence.topLevelItem(0).text(0) == "01.09.2025"
    assert dock.open_button.toolTip() == "У цього доказу немає посилання"
    assert dock.attachment_button.toolTip() == "Файл не додано"
    # The column of dates is wide enough for its heading in the language (not only for the dates).
    header = dock.timeline.header()
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance("Чинний з")
    dock.resize(360, 640)
    save_shot(dock, "details_uk", tmp_path)


#: The dock's counts in each language for 1, 2, 5 and 21 (ru, uk and be say "21" like "1"; lt like "1" too).
TIMELINE = {
    "be": ("ацэнка", "ацэнкі", "ацэнак", "ацэнка"),
    "uk": ("оцінка", "оцінки", "оцінок", "оцінка"),
    "ru": ("оценка", "оценки", "оценок", "оценка"),
    "lt": ("vertinimas", "vertinimai", "vertinimai", "vertinimas"),
}
DAYS = {
    "be": ("дзень", "дні", "дзён", "дзень"),
    "uk": ("день", "дні", "днів", "день"),
    "ru": ("дня", "дней", "дней", "дня"),
    "lt": ("diena", "dienos", "dienos", "diena"),
}


@pytest.mark.parametrize("code", sorted(TIMELINE))
def test_the_dock_counts_take_the_plural_form_of_the_language(language: Any, code: str) -> None:
    assert language(code)
    for n, word, day in zip((1, 2, 5, 21), TIMELINE[code], DAYS[code], strict=True):
        timeline = QCoreApplication.translate("DetailsDock", "Timeline (%Ln assessments)", None, n)
        assert timeline.endswith(f"({n} {word})"), timeline
        review = QCoreApplication.translate("DetailsDock", "⚑ Needs review: this judgement is older than %Ln days.",
                                            None, n)
        assert review.endswith(f" {n} {day}."), review
        cells = QCoreApplication.translate("EvidenceForm", "%Ln cells: %1", None, n)
        assert cells.startswith(f"{n} ") and cells != f"{n} cells: %1"


def test_english_stays_as_it_was(language: Any) -> None:
    """English loads no translator: the source texts, ISO dates, and the singular chosen in code."""
    assert language("en") == []
    source = "Timeline (%Ln assessments)"
    assert english_count(QCoreApplication.translate("DetailsDock", source, None, 1), source, 1,
                         "Timeline (1 assessment)") == "Timeline (1 assessment)"
    assert english_count(QCoreApplication.translate("DetailsDock", source, None, 3), source, 3,
                         "Timeline (1 assessment)") == "Timeline (3 assessments)"
    assert display_date("2024-03-01") == "2024-03-01"
    assert display_date("2024-03-01", QLocale("en_US")) == "2024-03-01"
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))  # an English interface on a German system: ISO dates, English names
    try:
        assert display_date("2024-03-01") == "2024-03-01"
        assert language_label("de") == "German (de)"
    finally:
        QLocale.setDefault(before)
    assert language_label("lt") == "Lithuanian (lt)"


def test_dates_and_language_names_follow_the_language(language: Any) -> None:
    assert language("be")
    assert display_date("2024-03-01") == "01.03.2024"
    assert display_date("not a date") == "not a date"
    assert display_date("2024-03-01", QLocale("lt")) == "2024-03-01"  # Lithuanian writes the year first
    assert display_date("2024-03-01", QLocale("pl")) == "01.03.2024"
    assert language_label("lt") == "Літоўская (lt)"
    assert language_code("літоўская") == language_code("Lithuanian") == language_code("LT") == "lt"
    assert language_label("es") == "Іспанская (es)"  # not in pycountry's Belarusian catalogue: supplied
    assert language_code("іспанская") == "es"
