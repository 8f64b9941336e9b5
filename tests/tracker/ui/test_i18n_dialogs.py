"""Files, dialogs, import, backups, first run and their messages in the users' languages: each dialog is
opened for real with a language installed, and what a person reads there (titles, labels, buttons, accessible
names, the sentences the prompts seam is given, the counts with their plural forms) is in that language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QMenu, QWizard

from db import Tracker, default_codebook
from db.changes import ExternalChange
from db.queries import codebook_view
from tracker.preferences import Preferences
from tracker.ui.dialogs import ExportDialog, NewTrackerDialog, PreferencesDialog
from tracker.ui.first_run import FirstRunDialog, ask_name_on_first_run
from tracker.ui.import_wizard import ImportRunTexts, ImportWizard
from tracker.ui.tasks import ProgressDialog
from tracker.ui.watcher import WatcherTexts

from .conftest import FakePrompts

#: One wrong cell (line 3's date), so the check page has a problem to count.
CSV = (
    "date,countries,recommendations,title\n"
    "2025-02-01,DE,tps,Temporary protection extended\n"
    "not a date,FR,tps,Second source\n"
)


def label_for(form: QFormLayout, field: Any) -> str:
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def test_preferences_speak_belarusian(qtbot: Any, language: Any, prompts: FakePrompts) -> None:
    assert language("be")
    dialog = PreferencesDialog(Preferences(user_name="Alice", language="be"), prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Налады"
    assert dialog.accessibleName() == "Налады"
    assert dialog.name_edit.accessibleName() == "Ваша імя"
    assert dialog.name_edit.placeholderText() == "Запісваецца з кожнай вашай зменай"
    form = dialog.findChild(QFormLayout)
    assert isinstance(form, QFormLayout)
    assert label_for(form, dialog.name_edit) == "Ваша &імя"
    assert label_for(form, dialog.interval) == "Інтэрвал &перагляду"
    assert label_for(form, dialog.language) == "&Мова"
    assert dialog.interval.specialValueText() == "Налада самога трэкера"
    assert dialog.language.itemText(0).startswith("Як у сістэме (")
    assert dialog.language_note.text() == "Мова інтэрфейсу ўжываецца пры запуску Policy Tracker."
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    assert dialog.language_note.text().startswith("Перазапусціце Policy Tracker, каб убачыць яго на мове «Українська»")


def test_first_run_speaks_belarusian_and_says_a_failure_in_it(
    qtbot: Any, language: Any, prompts: FakePrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert language("be")
    dialog = FirstRunDialog("alice")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Вітаем у Policy Tracker"
    assert dialog.ok.text() == "Выкарыстоўваць гэта імя"
    later = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert later.text() == "Не зараз"
    assert later.toolTip().startswith("Гэтым разам запісаць імя ўліковага запісу")
    assert dialog.name_edit.accessibleName() == "Ваша імя"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("<b>Вітаем у Policy Tracker.</b>") for text in texts)
    assert "Яго можна змяніць пазней у Файл › Налады (Ctrl+,)." in texts

    def refuse(_self: Preferences) -> None:
        raise OSError("Permission denied")

    monkeypatch.setattr(Preferences, "save", refuse)

    def answer(shown: Any) -> None:
        shown.name_edit.setText("Алеся")
        shown.accept()

    prompts.on_dialog = answer
    ask_name_on_first_run(prompts)
    assert prompts.errors == [("Налады", "Не ўдалося захаваць ваша імя: Permission denied")]


def test_the_import_wizard_speaks_belarusian_on_every_page(
    qtbot: Any, language: Any, window: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    assert language("be")
    path = tmp_path / "sources.csv"
    path.write_text(CSV, encoding="utf-8")
    seen: dict[str, Any] = {}

    def steps(wizard: Any) -> None:
        if not isinstance(wizard, ImportWizard):
            return
        page = wizard.file_page
        seen["title"] = wizard.windowTitle()
        seen["page"] = page.title()
        seen["next"] = wizard.buttonText(QWizard.WizardButton.NextButton)
        seen["back"] = wizard.buttonText(QWizard.WizardButton.BackButton)
        seen["path name"] = page.path_edit.accessibleName()
        seen["automatic"] = page.encoding.itemText(0)
        page.update_preview()
        seen["preview"] = page.preview_about.text()
        wizard.next()
        mapping = wizard.mapping_page
        seen["mapping"] = mapping.title()
        seen["about"] = mapping.about.text()
        seen["ignore"] = mapping.combos[0].itemText(0)
        seen["line header"] = mapping.preview.model().headerData(0, Qt.Orientation.Horizontal)
        wizard.next()
        seen["import button"] = wizard.buttonText(QWizard.WizardButton.NextButton)
        check = wizard.check_page
        qtbot.waitUntil(lambda: check.done, timeout=10000)
        model = check.table.model()
        seen["headers"] = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
        seen["problems"] = check.progress_label.text()
        seen["table name"] = check.table.accessibleName()
        wizard.reject()

    prompts.on_dialog = steps
    window.import_evidence(str(path))
    assert seen["title"] == "Імпарт доказаў"
    assert seen["page"] == "Выберыце файл"
    assert (seen["next"], seen["back"]) == ("&Далей >", "< &Назад")
    assert seen["path name"] == "Файл для імпарту"
    assert seen["automatic"] == "Аўтаматычна (UTF-8, інакш Windows-1252)"
    assert seen["preview"] == "Першыя радкі, прачытаныя як UTF-8 (вызначана аўтаматычна)."
    assert seen["mapping"] == "Папярэдні прагляд і слупкі"
    assert seen["about"].endswith(", 4 слупкі")  # 2, 3, 4: the "few" form
    assert seen["ignore"] == "— ігнараваць гэты слупок —"
    assert seen["line header"] == "Радок"
    assert seen["import button"] == "&Імпартаваць"
    assert seen["headers"] == ["Радок", "Поле", "Праблема"]
    assert seen["problems"].startswith("⚠ 1 праблема: выпраўце файл")
    assert seen["table name"] == "Знойдзеныя праблемы"


def test_the_export_dialog_speaks_belarusian(qtbot: Any, language: Any, settings: QSettings) -> None:
    assert language("be")
    with Tracker.in_memory(default_codebook(), user="Alice") as t:
        book = codebook_view(t, "be")  # as File › Export… opens it: the codebook in the interface's language
    dialog = ExportDialog(book, settings)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("scorecard"))
    assert dialog.windowTitle() == "Экспарт"
    assert dialog.kind.accessibleName() == "Што экспартаваць"
    assert dialog.kind.currentText() == "Табліца ацэнак (адзін радок на краіну)"
    assert label_for(dialog.form, dialog.kind) == "&Экспарт"
    assert label_for(dialog.form, dialog.as_of) == "Стан &на"
    assert dialog.group.itemText(0) == "Усе краіны"
    schengen = dialog.group.findData("Schengen")  # the group's key stays what the export filters by
    assert dialog.group.itemText(schengen) == "Шэнгенская зона"
    assert dialog.country.findText("Германія (DE)") > 0
    ok = dialog.findChild(QDialogButtonBox)
    assert isinstance(ok, QDialogButtonBox)
    assert ok.button(QDialogButtonBox.StandardButton.Ok).text() == "Экспартаваць…"
    assert dialog.summary.text() == "Экспарт табліцы ацэнак: <b>усе краіны</b> (стан на сёння)"
    dialog.group.setCurrentIndex(schengen)
    assert dialog.summary.text() == "Экспарт табліцы ацэнак: <b>Шэнгенская зона</b> (стан на сёння)"
    assert dialog.options()["group"] == "Schengen"
    dialog.kind.setCurrentIndex(dialog.kind.findData("report"))
    assert [dialog.fmt.itemText(i) for i in range(dialog.fmt.count())] == ["PDF", "HTML (адзін самадастатковы файл)"]


def test_file_commands_say_their_errors_in_belarusian(
    qtbot: Any, language: Any, window: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    """An error the window composes reaches the prompts seam in the language (title and sentence)."""
    assert language("be")
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"")
    prompts.next_save_file = str(taken)
    prompts.on_dialog = lambda dialog: dialog.accept() if isinstance(dialog, NewTrackerDialog) else None
    window.files.new_tracker()
    dialog = prompts.dialogs[-1]
    assert isinstance(dialog, NewTrackerDialog)
    assert dialog.windowTitle() == "Новы трэкер"
    assert dialog.browse.accessibleName() == "Выбраць файл кодавай кнігі"
    assert prompts.errors == [("Новы трэкер", f"{taken} ужо існуе; выберыце новую назву"
                                               " (існуючы трэкер ніколі не перазапісваецца).")]
    window.files.check_tracker()
    assert prompts.infos[-1] == ("Праверыць і выправіць трэкер", "Праблем не знойдзена: трэкер спраўны.")


def test_edit_undo_names_the_step_in_ukrainian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    from tracker.ui.app import create_main_window
    from tracker.ui.commands import AddGroup

    assert language("uk")  # as at start-up: the translator first, then the window
    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    win.ctx.run(AddGroup(win.ctx, "Балтія", ["LT", "LV", "EE"]))
    edit = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Редагування")
    assert isinstance(edit, QMenu)
    undo = win.actions_by_name["undo"]
    assert undo in edit.actions()
    assert undo.text() == "&Скасувати Нова група"
    assert win.ctx.undo()
    assert win.actions_by_name["redo"].text() == "&Повторити Нова група"


@pytest.mark.parametrize(("code", "expected"), [
    ("be", ["Прачытаны 1 радок…", "Прачытана 2 радкі…", "Прачытана 5 радкоў…", "Прачытаны 21 радок…"]),
    ("ru", ["Прочитана 1 строка…", "Прочитано 2 строки…", "Прочитано 5 строк…", "Прочитана 21 строка…"]),
    ("uk", ["Прочитано 1 рядок…", "Прочитано 2 рядки…", "Прочитано 5 рядків…", "Прочитано 21 рядок…"]),
    ("lt", ["Perskaityta 1 eilutė…", "Perskaitytos 2 eilutės…", "Perskaitytos 5 eilutės…", "Perskaityta 21 eilutė…"]),
    ("en", ["1 rows read…", "2 rows read…", "5 rows read…", "21 rows read…"]),  # English as it always was
])
def test_counts_take_each_language_plural_forms(language: Any, code: str, expected: list[str]) -> None:
    language(code)
    texts = ImportRunTexts()
    assert [texts.rows_read(n) for n in (1, 2, 5, 21)] == expected
    if code == "lt":  # 2 to 9 take "eilutės"; 10 to 20, and tens, "eilučių"
        assert texts.rows_read(10) == "Perskaityta 10 eilučių…"


def test_who_changed_the_tracker_is_said_with_plural_forms(language: Any) -> None:
    def change(entries: int, users: list[str]) -> ExternalChange:
        return ExternalChange(f"external {entries}", entries=entries, users=users)

    language("be")
    texts = WatcherTexts()
    assert texts.summary(change(1, ["Olga"])) == "Абноўлена: 1 змена (Olga)"
    assert texts.summary(change(21, ["Olga", "Ivan"])) == "Абноўлена: 21 змена (Olga і Ivan)"
    assert texts.summary(change(5, ["A", "B", "C", "D"])) == "Абноўлена: 5 змен (A, B і яшчэ 2 чалавекі)"
    assert texts.summary(change(0, [])) == "Абноўлена: іншая праграма змяніла гэты трэкер"
    language("en")
    assert texts.summary(change(1, ["Olga"])) == "Updated: 1 change by Olga"
    assert texts.summary(change(3, ["A", "B", "C"])) == "Updated: 3 changes by A, B and 1 other"


def test_the_progress_dialog_counts_rows_in_the_language(qtbot: Any, language: Any) -> None:
    language("ru")
    dialog = ProgressDialog("Экспорт", "Запись таблицы оценок", 21, None)
    qtbot.addWidget(dialog)
    dialog.show_progress(2)
    assert dialog.labelText() == "Запись таблицы оценок… 2 из 21 строки (9%)"
    assert dialog.accessibleName() == "Экспорт: ход выполнения"
    language("en")
    english = ProgressDialog("Export", "Writing", 1234, None)
    qtbot.addWidget(english)
    english.show_progress(1000)
    assert english.labelText() == "Writing… 1,000 of 1,234 rows (81%)"


def test_the_restore_dialog_lists_backups_in_belarusian(
    qtbot: Any, qtmodeltester: Any, language: Any, tracker_path: Path, tmp_path: Path
) -> None:
    from db.backup import backup_if_due, backups_of
    from tracker.ui.backups import RestoreDialog

    assert language("be")
    root = tmp_path / "backups"
    with Tracker.open(tracker_path, user="Alice") as t:
        assert backup_if_due(t, root) is not None
        backups = backups_of(t, root)
    dialog = RestoreDialog(backups, tracker_path.name, root)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == ["Зроблена", "Від", "Доказы", "Ацэнкі"]
    assert model.index(0, 1).data() == "штодзённая"
    assert dialog.windowTitle() == "Аднаўленне з рэзервовай копіі"
    assert dialog.restore_button.text() == "&Аднавіць…"
    assert dialog.restore_button.accessibleName() == "Аднавіць выбраную рэзервовую копію"
    box = dialog.findChild(QDialogButtonBox)
    assert isinstance(box, QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Скасаваць"  # Qt has no Belarusian
    dialog.table.selectRow(0)
    assert dialog.describe_chosen().startswith("рэзервовую копію ад ")
    assert dialog.describe_chosen().endswith("(штодзённая): доказаў — 1, ацэнак — 1")
