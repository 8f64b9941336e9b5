"""The matrix, the scorecards and the rest of the main window in the users' languages: headers and their tooltips,
cell tooltips and accessible texts, scores written the locale's way, the scorecards' columns and card, messages,
and counts in each language's plural forms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt

from db import ops
from tracker.preferences import Preferences
from tracker.ui.main_window import SCORECARDS_TAB
from tracker.ui.matrix import COUNTRY_ROLE, ScoreTexts

from .conftest import FakePrompts

ENGLISH_WORDS = ("assessed", "evidence", "grade", "rank", "weight", "Status", "Score", "Coverage", "Country")


def window_in(code: str, language: Any, qtbot: Any, tracker_path: Path, prompts: FakePrompts,
              settings: QSettings) -> Any:
    """As at start-up: the translator first, then the window; France one of five assessed (100, not graded),
    Germany three of five (66.7, grade B, rank 1), Estonia the example (0, one of five)."""
    from tracker.ui.app import create_main_window

    assert language(code)
    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    t = win.ctx.tracker
    ops.set_status(t, "FR", "visa", "full", effective_date="2024-01-01", rationale="Reason.")
    for rec, status in (("visa", "partial"), ("tps", "partial"), ("students", "announced")):
        ops.set_status(t, "DE", rec, status, effective_date="2024-01-01", rationale="Reason.")
    win.refresh()
    return win


def row_of(model: Any, code: str, role: int) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(role) == code)


def untranslated(text: str) -> list[str]:
    return [word for word in ENGLISH_WORDS if word in text]


def test_the_matrix_speaks_belarusian(qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts,
                                      settings: QSettings) -> None:
    win = window_in("be", language, qtbot, tracker_path, prompts, settings)
    model = win.matrix_model
    n = len(model.recs)
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(c, horizontal) for c in (0, n + 1, n + 2, n + 3)]
    assert headers == ["Краіна", "Бал", "Ахоп", "Адзнака"]
    assert [model.headerData(c, horizontal, Qt.ItemDataRole.AccessibleTextRole) for c in (0, n + 1)] == [
        "Краіна", "Бал"]
    tips = {c: model.headerData(c, horizontal, Qt.ItemDataRole.ToolTipRole) for c in (1, n + 1, n + 2, n + 3)}
    assert "(visa, вага 1)" in tips[1]
    assert tips[n + 1] == "Сярэдняе ўзважанае ацэненых клетак (0–100); неацэненыя клеткі не ўлічваюцца."
    assert tips[n + 2].startswith("Колькі рэкамендацый ацэнена. Каб атрымаць адзнаку і месца")
    assert "прынамсі палова яе рэкамендацый (3 з 5)" in tips[n + 2]
    assert tips[n + 3].startswith("Адзнака паводле бала: A ≥ 80, B ≥ 60")
    assert not any(untranslated(tip.replace("(visa,", "")) for c, tip in tips.items() if c != 1)
    # Scores the Belarusian way (a decimal comma), coverage and the grade; their tooltips say why in words.
    de, fr = row_of(model, "DE", COUNTRY_ROLE), row_of(model, "FR", COUNTRY_ROLE)
    assert [model.index(de, c).data() for c in (n + 1, n + 2, n + 3)] == ["66,7", "3 з 5", "B"]
    assert [model.index(fr, c).data() for c in (n + 1, n + 2, n + 3)] == ["100,0 *", "1 з 5", "—"]
    de_tip = model.index(de, n + 1).data(Qt.ItemDataRole.ToolTipRole)
    assert de_tip.endswith(": 66,7 · ацэнена 3 з 5, адзнака B, месца 1"), de_tip
    fr_tip = model.index(fr, n + 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "без выніковай ацэнкі: ацэнена 1 з 5: адзнакі і месца няма, пакуль не ацэнена 3 з 5" in fr_tip
    # A cell: its tooltip and what a screen reader says.
    cell = model.index_of_cell("EE", "visa")
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Статус: <b>" in tip and "Дзейнічае з 01.03.2022" in tip and "<br>1 доказ<br>" in tip
    assert "⚑ Патрабуе праверкі: ацэнена раней, чым інтэрвал праверкі" in tip
    spoken = cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith(", з 01.03.2022, 1 доказ, патрабуе праверкі"), spoken
    assert not untranslated(tip.split("<br>", 1)[1].replace("Contrary action", "")) and "evidence" not in spoken
    assert win.matrix.accessibleName() == "Матрыца статусаў"
    assert win.matrix.accessibleDescription().startswith("Краіны ў радках, рэкамендацыі ў слупках")
    assert win.tabs.accessibleName() == "Віды" and win.status_bar.accessibleName() == "Радок стану"
    assert win.legend.accessibleName() == "Легенда"


def test_the_scorecards_speak_belarusian(qtbot: Any, qtmodeltester: Any, language: Any, tracker_path: Path,
                                         prompts: FakePrompts, settings: QSettings) -> None:
    win = window_in("be", language, qtbot, tracker_path, prompts, settings)
    qtmodeltester.check(win.matrix_model)
    win.show_tab(SCORECARDS_TAB)
    view = win.scorecards
    proxy = view.proxy
    qtmodeltester.check(view.model)  # its rows in the Belarusian alphabet's order
    names = [proxy.index(r, 1).data() for r in range(3, proxy.rowCount())]  # after the three with a score
    assert names.index("Аўстралія") < names.index("Ісландыя") < names.index("Канада") < names.index("Японія")
    assert [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())] == [
        "Месца", "Краіна", "Бал", "Ахоп", "Адзнака", "Змена"]
    header = view.table.horizontalHeader()
    for column in (0, 3, 4):  # the fixed columns grew to their longer Belarusian headers
        text = proxy.headerData(column, Qt.Orientation.Horizontal)
        assert view.table.columnWidth(column) >= header.fontMetrics().horizontalAdvance(text) + 12, text
    assert view.table.accessibleName() == "Рэйтынг краін" and view.accessibleName() == "Ацэнкі краін"
    from tracker.ui.scorecards import CODE_ROLE

    de, fr = row_of(proxy, "DE", CODE_ROLE), row_of(proxy, "FR", CODE_ROLE)
    assert [proxy.index(de, c).data() for c in (0, 2, 3, 4)] == ["1", "66,7", "3 з 5", "B"]
    assert proxy.index(fr, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Без выніковай ацэнкі: ацэнена 1 з 5: адзнакі і месца няма, пакуль не ацэнена 3 з 5.")
    assert view.since_label.text().startswith("Пастаўце птушку «Змены з» на панэлі інструментаў (Ctrl+Shift+D)")
    view.select_country("DE")
    card = view.card
    figures = card.figures.text()
    assert "66,7" in figures and "адзнака <b>B</b>" in figures and "месца 1 з 1" in figures, figures
    assert "ацэнена 3 з 5" in figures and "на&nbsp;" in figures and not untranslated(figures.replace("font-weight", ""))
    assert [card.evidence.headerItem().text(c) for c in range(3)] == ["Рэкамендацыя / доказ", "Дата", "Выдавец"]
    assert card.report_button.text() == "Справаздача па гэтай краіне…"
    assert card.evidence.topLevelItem(0).child(0).text(0) == "Чаму: Reason."
    assert card.chart.accessibleName() == "Балы па рэкамендацыях"
    # Changes since a date: the card and the ranking's Change column say it in Belarusian.
    win.compare_edit.setDate(QDate(2023, 6, 1))
    win.compare_box.setChecked(True)
    assert card.change.text() == "З 01.06.2023: упершыню атрымала бал"
    assert view.since_label.text().startswith("Змена: балы параўноўваюцца з <b>01.06.2023</b>")
    assert proxy.index(row_of(proxy, "DE", CODE_ROLE), 5).data() == "новы"


def test_the_window_s_messages_speak_belarusian(qtbot: Any, language: Any, tracker_path: Path,
                                                prompts: FakePrompts, settings: QSettings) -> None:
    win = window_in("be", language, qtbot, tracker_path, prompts, settings)
    win.edit_evidence("no-such-evidence")
    assert prompts.errors[-1] == ("Змяніць доказ", "Гэтага доказу больш няма.")
    win.group_combo.setCurrentIndex(win.group_combo.findData("G7"))
    assert win.select_country("EE")
    assert win.status_bar.currentMessage().endswith(" няма ў групе G7: паказаны ўсе краіны.")
    win.matrix_proposed_banner.ctx.view.include_proposed = True
    win.matrix_proposed_banner.update_text()
    assert win.matrix_proposed_banner.text.text().startswith(
        "<b>◆ Улічваюцца прапанаваныя статусы, яшчэ не правераныя</b> (зараз: прапанаваных статусаў няма)")
    assert win.matrix_proposed_banner.button.text() == "Толькі зацверджаныя"


#: The counts of the matrix's cells and of the proposed-statuses banner: 1, 2, 5 and 21 in each language's forms.
PLURALS = {
    "be": (["1 доказ", "2 доказы", "5 доказаў", "21 доказ"],
           ["1 прапанаваны статус", "2 прапанаваныя статусы", "5 прапанаваных статусаў", "21 прапанаваны статус"]),
    "ru": (["1 доказательство", "2 доказательства", "5 доказательств", "21 доказательство"],
           ["1 предложенный статус", "2 предложенных статуса", "5 предложенных статусов", "21 предложенный статус"]),
    "uk": (["1 доказ", "2 докази", "5 доказів", "21 доказ"],
           ["1 запропонований статус", "2 запропоновані статуси", "5 запропонованих статусів",
            "21 запропонований статус"]),
    "lt": (["1 įrodymas", "2 įrodymai", "5 įrodymai", "21 įrodymas"],
           ["1 pasiūlyta būsena", "2 pasiūlytos būsenos", "5 pasiūlytos būsenos", "21 pasiūlyta būsena"]),
    "en": (["1 piece of evidence", "2 pieces of evidence", "5 pieces of evidence", "21 pieces of evidence"], []),
}


@pytest.mark.parametrize("code", sorted(PLURALS))
def test_counts_take_each_language_s_plural_forms(qapp: Any, language: Any, code: str) -> None:
    language(code)
    texts = ScoreTexts()
    evidence, proposed = PLURALS[code]
    assert [texts.pieces_of_evidence(n) for n in (1, 2, 5, 21)] == evidence
    assert [texts.evidence_count(n) for n in (1, 2, 5, 21)] == (
        evidence if code != "en" else ["1 evidence", "2 evidence", "5 evidence", "21 evidence"])
    if proposed:
        assert [QCoreApplication.translate("ProposedBanner", "%Ln proposed statuses", None, n)
                for n in (1, 2, 5, 21)] == proposed
    if code == "lt":  # Lithuanian's third form: 10 to 20, and the tens
        assert [texts.pieces_of_evidence(n) for n in (10, 11, 30)] == ["10 įrodymų", "11 įrodymų", "30 įrodymų"]


def test_the_matrix_and_scorecards_speak_lithuanian(qtbot: Any, language: Any, tracker_path: Path,
                                                    prompts: FakePrompts, settings: QSettings) -> None:
    win = window_in("lt", language, qtbot, tracker_path, prompts, settings)
    model = win.matrix_model
    n = len(model.recs)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, n + 1, n + 2, n + 3)] == [
        "Šalis", "Balai", "Aprėptis", "Įvert."]
    de = row_of(model, "DE", COUNTRY_ROLE)
    assert [model.index(de, c).data() for c in (n + 1, n + 2)] == ["66,7", "3 iš 5"]
    tip = model.index_of_cell("EE", "visa").data(Qt.ItemDataRole.ToolTipRole)
    assert "Būsena: <b>" in tip and "Galioja nuo 2022-03-01" in tip and "<br>1 įrodymas<br>" in tip
    coverage_tip = model.headerData(n + 2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "įvertinta bent pusė rekomendacijų (3 iš 5)" in coverage_tip, coverage_tip
    win.show_tab(SCORECARDS_TAB)
    proxy = win.scorecards.proxy
    assert [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())] == [
        "Vieta", "Šalis", "Balai", "Aprėptis", "Įvert.", "Pokytis"]
    win.scorecards.select_country("DE")
    assert "įvertinimas <b>B</b>" in win.scorecards.card.figures.text()
    assert "vieta 1 iš 1" in win.scorecards.card.figures.text()
