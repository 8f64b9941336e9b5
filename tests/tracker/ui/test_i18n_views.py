"""The Evidence, History and Review tabs in the users' languages: headers, filters, buttons, empty states and
counts (with each language's plural forms), dates the locale's way while the lists still sort by the real date."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from db import ops, review
from tracker.preferences import Preferences
from tracker.ui.context import AppContext, ChangeBus
from tracker.ui.evidence_view import EvidenceView
from tracker.ui.history_view import HistoryView
from tracker.ui.prompts import Prompts
from tracker.ui.review_view import ReturnDialog

from .conftest import FakePrompts


def window_in(code: str, language: Any, qtbot: Any, tracker_path: Path, prompts: FakePrompts,
              settings: QSettings) -> Any:
    """As at start-up: the translator first, then the window."""
    from tracker.ui.app import create_main_window

    assert language(code)
    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_tab(win: Any, qtbot: Any, key: Qt.Key, page: str) -> None:
    """As a person does it: Ctrl+2, Ctrl+5 or Ctrl+6 in the active window."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.tabs.currentWidget() is getattr(win, page))


def headers(view: Any) -> list[str]:
    model = view.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def captions(widget: QWidget) -> list[str]:
    """The texts of the labels that name a field (their buddy), as shown (without the & of a mnemonic)."""
    return [label.text().replace("&", "") for label in widget.findChildren(QLabel) if label.buddy() is not None]


def ctx_for(tracker: Any, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return AppContext(tracker=tracker, prefs=Preferences(), settings=settings,
                      prompts=Prompts(), undo_stack=QUndoStack(), bus=ChangeBus())


def test_the_evidence_tab_speaks_belarusian_and_sorts_by_the_real_date(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, qtmodeltester: Any
) -> None:
    win = window_in("be", language, qtbot, tracker_path, prompts, settings)
    t = win.ctx.tracker
    for day, title in (("2025-12-31", "Зебра стары"), ("2026-01-10", "Зебра новы")):
        win.ctx.bus.changed.emit(ops.add_evidence(t, event_date=day, countries=["LT"], recommendations=["visa"],
                                                  title=title, source_kind="official"))
    open_tab(win, qtbot, Qt.Key.Key_2, "_evidence_page")
    view = win.evidence_view
    assert headers(view) == ["Дата", "Назва", "Краіны", "Рэкамендацыі", "Выдавец", "Тып", "Спасылка"]
    assert captions(view) == ["Краіна", "Група", "Рэкамендацыя", "Тып"]
    assert view.country.itemText(0) == "Усе краіны" and view.kind.itemText(0) == "Усе тыпы"
    assert view.kind.itemText(1) == "Афіцыйная (урад, парламент, афіцыйны веснік)"
    assert [b.text() for b in (view.open_button, view.edit_button, view.archive_button)] == [
        "Адкрыць спасылку", "Змяніць…", "Архіваваць"]
    assert view.search.accessibleName() == "Шукаць у доказах"
    assert view.table.accessibleName() == "Спіс доказаў"
    assert view.search.placeholderText().startswith("Шукаць у назвах")

    view.search.setText("Зебра")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.count_label.text() == "2 доказы")
    model = view.model
    # Newest first by the stored date, shown the Belarusian way (a sort by the text would put 31.12 first).
    assert [model.index(r, 0).data() for r in range(2)] == ["10.01.2026", "31.12.2025"]
    assert model.index(0, 5).data() == "афіцыйная"
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(2)] == ["31.12.2025", "10.01.2026"]
    qtmodeltester.check(model)

    view.table.selectRow(0)
    assert view.open_attachment_button.toolTip() == "Файл не далучаны"
    view.search.setText("нічога такога няма")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.count_label.text() == "0 доказаў")


def test_the_history_tab_speaks_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, qtmodeltester: Any
) -> None:
    win = window_in("be", language, qtbot, tracker_path, prompts, settings)
    win.ctx.bus.changed.emit(ops.add_evidence(win.ctx.tracker, event_date="2026-01-10", countries=["LT"],
                                              recommendations=["visa"], title="Зебра"))
    open_tab(win, qtbot, Qt.Key.Key_5, "_history_page")
    view = win.history_view
    assert headers(view) == ["Калі", "Хто", "Тып", "Запіс", "Змены"]
    assert captions(view) == ["Хто", "Тып", "Ад", "Да", "Краіна", "Рэкамендацыя"]
    assert view.person.itemText(0) == "Усе"
    assert [view.kind.itemText(i) for i in range(3)] == ["Усе тыпы", "Дададзена", "Зменена"]
    assert view.kind.itemText(view.kind.findData("status set")) == "Статус зададзены"
    assert view.export_csv.text() == "Экспарт CSV…" and view.export_json.accessibleName().startswith("Экспартаваць")
    assert view.search.placeholderText() == "Шукаць у зменах…"
    model = view.model
    assert model.index(0, 2).data() == "дададзена"  # the newest entry: the evidence just added
    assert re.fullmatch(r"\d{1,2}\.\d{2}\.\d{4} \d{2}:\d{2}", model.index(0, 0).data())  # d.MM.yyyy HH:mm
    qtmodeltester.check(model)

    view.search.setText("Зебра")
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.busy)
    assert view.count.text() == "1 адпаведная змена"
    view.search.setText("нічога такога няма")
    view.apply_filter()
    qtbot.waitUntil(lambda: not view.model.busy)
    assert view.count.text() == "Няма адпаведных змен."


def test_the_review_tab_speaks_belarusian_when_empty(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    win = window_in("be", language, qtbot, tracker_path, prompts, settings)
    open_tab(win, qtbot, Qt.Key.Key_6, "_review_page")
    view = win.review_view
    assert headers(view) == ["Клетка", "Прапанавана", "Зацверджана зараз", "Дзейнічае з", "Аўтар", "Калі", "Стан"]
    assert view.filter.itemText(0) == "Чакаюць маёй праверкі"
    assert view.filter.itemData(0, Qt.ItemDataRole.ToolTipRole).startswith("Статусы, прапанаваныя")
    assert view.required.text() == "Змены статусу патрабуюць праверкі"
    assert [b.text() for b in (*view.buttons, view.cell_button)] == [
        "Зацвердзіць", "Вярнуць…", "Адклікаць", "Дапрацаваць…", "Паказаць клетку"]
    assert view.approve_button.accessibleName() == "Зацвердзіць прапанаваны статус"
    assert view.count.text() == ("Нічога не чакае вашай праверкі. Праверка адключана: статусы ўлічваюцца адразу,"
                                 " як толькі іх зададуць.")
    assert view.empty.text() == "Выберыце прапанову ў спісе, каб убачыць яе абгрунтаванне і доказы."


def test_the_review_tab_in_lithuanian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, qtmodeltester: Any
) -> None:
    """Alice proposes; Bob reviews in Lithuanian: the list, the pane, the buttons, the return dialog, Edit › Undo."""
    win = window_in("lt", language, qtbot, tracker_path, prompts, settings)
    t = win.ctx.tracker
    review.set_review_required(t, True)
    review.propose_status(t, "LT", "visa", "full", effective_date="2026-01-10", rationale="Vizų taisyklės",
                          confidence="verified")
    t.user = "Bob"
    win.update_review_tab()
    open_tab(win, qtbot, Qt.Key.Key_6, "_review_page")
    view = win.review_view
    view.reload()
    assert view.count.text() == "1 pasiūlymas (laukia mano peržiūros)"
    model = view.model
    assert [model.index(0, c).data() for c in (3, 4, 6)] == ["2026-01-10", "Alice", "Laukia peržiūros"]
    qtmodeltester.check(model)
    view.table.setCurrentIndex(model.index(0, 0))
    assert "Dabar patvirtinta: <b>" in view.compare.text() and "galioja nuo 2026-01-10" in view.compare.text()
    assert view.meta.text().startswith("Pasiūlė Alice, ") and " · patikrinta · Laukia peržiūros" in view.meta.text()
    assert view.approve_button.text() == "Patvirtinti" and view.approve_button.isEnabled()
    assert view.approve_button.toolTip().startswith("Padaryti tai langelio būsena")
    assert not view.withdraw_button.isEnabled()
    assert view.withdraw_button.toolTip() == "Atsiimti jį gali tik Alice — pasiūlymo autorius."

    seen: list[str] = []

    def answer(dialog: Any) -> None:
        assert isinstance(dialog, ReturnDialog)
        seen.append(dialog.windowTitle())
        dialog.return_button.click()  # no comment: refused, in words
        seen.append(dialog.error.text())
        dialog.reject()

    prompts.on_dialog = answer
    view.return_button.click()
    assert seen == ["Grąžinti pasiūlytą būseną", "Parašykite komentarą: pasiūlymo autorius turi žinoti, ką pakeisti."]

    view.approve_button.click()
    assert prompts.errors == []
    assert win.ctx.undo_stack.undoText() == "Patvirtinti pasiūlytą būseną"
    assert view.count.text().startswith("Niekas nelaukia jūsų peržiūros.")
    view.filter.setCurrentIndex(view.filter.findData("all"))
    view.filter.activated.emit(view.filter.currentIndex())
    assert model.index(0, 6).data() == "Patvirtino Bob"


#: The count of n pieces of evidence and of n matching history entries, for 1, 2, 5 and 21.
PLURALS = {
    "be": (["1 доказ", "2 доказы", "5 доказаў", "21 доказ"],
           ["1 адпаведная змена", "2 адпаведныя змены", "5 адпаведных змен", "21 адпаведная змена"]),
    "ru": (["1 доказательство", "2 доказательства", "5 доказательств", "21 доказательство"],
           ["1 подходящее изменение", "2 подходящих изменения", "5 подходящих изменений", "21 подходящее изменение"]),
    "uk": (["1 доказ", "2 докази", "5 доказів", "21 доказ"],
           ["1 відповідна зміна", "2 відповідні зміни", "5 відповідних змін", "21 відповідна зміна"]),
    "lt": (["1 įrodymas", "2 įrodymai", "5 įrodymai", "21 įrodymas"],
           ["1 atitinkantis pakeitimas", "2 atitinkantys pakeitimai", "5 atitinkantys pakeitimai",
            "21 atitinkantis pakeitimas"]),
}


@pytest.mark.parametrize("code", sorted(PLURALS))
def test_counts_take_the_languages_plural_forms(qtbot: Any, language: Any, tracker: Any, tmp_path: Path,
                                                code: str) -> None:
    assert language(code)
    ctx = ctx_for(tracker, tmp_path)
    evidence, history = EvidenceView(ctx), HistoryView(ctx)
    qtbot.addWidget(evidence)
    qtbot.addWidget(history)
    for view in (evidence, history):
        view.search.setText("zebra")
        view.apply_filter()
    seen_evidence, seen_history = [], []
    added = 0
    for n in (1, 2, 5, 21):
        while added < n:
            added += 1
            ctx.bus.changed.emit(ops.add_evidence(tracker, event_date="2026-01-10", countries=["LT"],
                                                  recommendations=["visa"], title=f"zebra {added}"))
        evidence.apply_filter()
        history.model.reload()
        qtbot.waitUntil(lambda: not history.model.busy)
        seen_evidence.append(evidence.count_label.text())
        seen_history.append(history.count.text())
    assert (seen_evidence, seen_history) == PLURALS[code]


def test_english_stays_as_it_was(qtbot: Any, tracker: Any, tmp_path: Path) -> None:
    """No language installed: ISO dates, English plurals, the source texts."""
    ctx = ctx_for(tracker, tmp_path)
    ctx.bus.changed.emit(ops.add_evidence(tracker, event_date="2026-01-10", countries=["LT"],
                                          recommendations=["visa"], title="zebra"))
    view = EvidenceView(ctx)
    qtbot.addWidget(view)
    view.search.setText("zebra")
    view.apply_filter()
    qtbot.waitUntil(lambda: view.count_label.text() == "1 piece of evidence")
    assert view.model.index(0, 0).data() == "2026-01-10"
    assert headers(view)[0] == "Date" and view.kind.itemText(0) == "All kinds"
