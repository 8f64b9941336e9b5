"""The import engine's sentences in the interface's language: the engine (no Qt) writes them as db.messages
Messages, English as before for the command line and logs, and the wizard shows them translated — every
problem naming its row and field, the column problems, the file's description, the summary with its plural
forms, and the fields' tooltips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tracker.importer import FIELD_HELP, ImportFailed, ImportIssue, ImportSummary
from tracker.importer.errors import ROW
from tracker.ui import i18n
from tracker.ui.context import in_language
from tracker.ui.import_wizard import ImportWizard

from .conftest import FakePrompts

#: A good row, then a bad date (line 3), an unknown country (line 4), no title, URL or notes (line 5), and a
#: row with too few cells (line 6).
CSV = (
    "date,countries,recommendations,title,notes\n"
    "2025-02-01,DE,tps,Temporary protection extended,\n"
    "2025-13-01,DE,tps,Bad date,\n"
    "2025-02-02,Narnia,tps,Unknown country,\n"
    "2025-02-03,FR,tps,,\n"
    "2025-02-04,DE\n"
)


def problems_of(qtbot: Any, window: Any, prompts: FakePrompts, path: Path) -> dict[str, Any]:
    """Drive the wizard to its check page; what the file, columns and check pages show."""
    seen: dict[str, Any] = {}

    def steps(wizard: Any) -> None:
        if not isinstance(wizard, ImportWizard):
            return
        wizard.next()
        mapping = wizard.mapping_page
        seen["about"] = mapping.about.text()
        date_item = mapping.combos[0].findData("date")
        seen["date tooltip"] = mapping.combos[0].itemData(date_item, Qt.ItemDataRole.ToolTipRole)
        wizard.next()
        check = wizard.check_page
        qtbot.waitUntil(lambda: check.done, timeout=10000)
        model = check.table.model()
        seen["rows"] = [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]
        seen["summary"] = check.summary.text()
        wizard.reject()

    prompts.on_dialog = steps
    window.import_evidence(str(path))
    return seen


def test_the_wizard_lists_the_files_problems_in_belarusian(
    qtbot: Any, language: Any, window: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    assert language("be")
    path = tmp_path / "sources.csv"
    path.write_text(CSV, encoding="utf-8")
    seen = problems_of(qtbot, window, prompts, path)
    assert seen["about"] == "sources.csv: CSV, UTF-8, падзяляльнік — коска, 5 слупкоў"
    assert seen["date tooltip"] == "Калі гэта адбылося: YYYY-MM-DD або YYYYMMDD (іншая назва слупка: event_date)."
    rows = {(line, field): problem for line, field, problem in seen["rows"]}
    # Line, field (the file's own column name, or the importer's word for a whole row), the problem.
    assert set(rows) == {("3", "date"), ("4", "countries"), ("5", "title"), ("6", "радок")}
    assert rows["3", "date"] == "'2025-13-01' — такой даты ў календары няма."  # db/validate's sentence
    assert rows["4", "countries"] == (
        "Невядомая краіна 'Narnia': пішыце код ISO, англійскую назву або group:НАЗВА."
    )
    assert rows["5", "title"] == "Дайце доказу хоць бы загаловак, URL або нататкі."
    assert rows["6", "радок"] == "У радку 2 ячэйкі, а ў загалоўках — 5; не хапае ячэйкі або двукоссе стаіць не там."
    assert seen["summary"] == (
        "5 радкоў: 1 новы, 0 абноўленых, 0 без змен, 0 паўтораў прапушчана; 0 статусаў зададзена; 4 памылкі."
    )


def test_the_date_problem_comes_from_the_data_layer_in_belarusian(
    qtbot: Any, language: Any, window: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    """The cell checks are db/validate's (translated there); the engine passes them on untouched."""
    path = tmp_path / "dates.csv"
    path.write_text("date,countries,recommendations,title\n2025-13-01,DE,tps,Bad date\n", encoding="utf-8")
    english = problems_of(qtbot, window, prompts, path)["rows"]
    assert language("be")
    belarusian = problems_of(qtbot, window, prompts, path)["rows"]
    assert [(line, field) for line, field, _ in belarusian] == [("2", "date")]
    assert belarusian[0][2] != english[0][2] and "2025-13-01" in belarusian[0][2]


def test_column_problems_are_said_in_ukrainian(
    qtbot: Any, language: Any, window: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    assert language("uk")
    path = tmp_path / "other.csv"
    path.write_text("date;event_date;countries;recommendations;Quelle\n2025-02-01;2025-02-01;DE;tps;Ministry\n",
                    encoding="utf-8")
    seen: dict[str, str] = {}

    def steps(wizard: Any) -> None:
        if not isinstance(wizard, ImportWizard):
            return
        wizard.next()
        seen["about"] = wizard.mapping_page.about.text()
        seen["issues"] = wizard.mapping_page.issues.text()
        wizard.reject()

    prompts.on_dialog = steps
    window.import_evidence(str(path))
    assert seen["about"] == "other.csv: CSV, UTF-8, роздільник — крапка з комою, 5 стовпців"
    assert seen["issues"].split("\n") == [  # the unknown column Quelle is left to be ignored
        "⚠ рядок 1: event_date: Стовпці 'date' і 'event_date' обидва задають поле date; залиште один.",
        "⚠ рядок 1: title: Файлу потрібен принаймні один зі стовпців 'title', 'url' або 'notes'.",
    ]


#: The summary of n rows (n of each count) in each language: the plural form for 1, 2, 5 and 21.
SUMMARIES = {
    "be": {
        1: "1 радок: 1 новы, 1 абноўлены, 1 без змен, 1 паўтор прапушчаны; 1 статус зададзены; 1 памылка.",
        2: "2 радкі: 2 новыя, 2 абноўленыя, 2 без змен, 2 паўторы прапушчаныя; 2 статусы зададзеныя; 2 памылкі.",
        5: "5 радкоў: 5 новых, 5 абноўленых, 5 без змен, 5 паўтораў прапушчана; 5 статусаў зададзена; 5 памылак.",
        21: "21 радок: 21 новы, 21 абноўлены, 21 без змен, 21 паўтор прапушчаны; 21 статус зададзены; 21 памылка.",
    },
    "ru": {
        1: "1 строка: 1 новая, 1 обновлённая, 1 без изменений, 1 дубликат пропущен; 1 статус задан; 1 ошибка.",
        2: "2 строки: 2 новые, 2 обновлённые, 2 без изменений, 2 дубликата пропущено; 2 статуса задано; 2 ошибки.",
        5: "5 строк: 5 новых, 5 обновлённых, 5 без изменений, 5 дубликатов пропущено; 5 статусов задано; 5 ошибок.",
        21: "21 строка: 21 новая, 21 обновлённая, 21 без изменений, 21 дубликат пропущен; 21 статус задан; "
            "21 ошибка.",
    },
    "uk": {
        1: "1 рядок: 1 новий, 1 оновлений, 1 без змін, 1 дублікат пропущено; 1 статус задано; 1 помилка.",
        2: "2 рядки: 2 нові, 2 оновлені, 2 без змін, 2 дублікати пропущено; 2 статуси задано; 2 помилки.",
        5: "5 рядків: 5 нових, 5 оновлених, 5 без змін, 5 дублікатів пропущено; 5 статусів задано; 5 помилок.",
        21: "21 рядок: 21 новий, 21 оновлений, 21 без змін, 21 дублікат пропущено; 21 статус задано; 21 помилка.",
    },
    "lt": {
        1: "1 eilutė: 1 nauja, 1 atnaujinta, 1 nepakeista, 1 dublikatas praleistas; 1 būsena nustatyta; 1 klaida.",
        2: "2 eilutės: 2 naujos, 2 atnaujintos, 2 nepakeistos, 2 dublikatai praleisti; 2 būsenos nustatytos; "
           "2 klaidos.",
        5: "5 eilutės: 5 naujos, 5 atnaujintos, 5 nepakeistos, 5 dublikatai praleisti; 5 būsenos nustatytos; "
           "5 klaidos.",
        21: "21 eilutė: 21 nauja, 21 atnaujinta, 21 nepakeista, 21 dublikatas praleistas; 21 būsena nustatyta; "
            "21 klaida.",
    },
}


def summary_of(n: int) -> ImportSummary:
    from tracker.importer import Duplicate

    return ImportSummary(
        rows=n, new=n, updated=n, unchanged=n, statuses=n,
        duplicates=[Duplicate(i + 2, of_line=1) for i in range(n)],
        errors=[ImportIssue(i + 2, ROW, "x") for i in range(n)],
    )


@pytest.mark.parametrize("code", sorted(SUMMARIES))
def test_the_summary_takes_each_languages_plural_forms(language: Any, code: str) -> None:
    assert language(code)
    for n, expected in SUMMARIES[code].items():
        assert in_language(summary_of(n).summary()) == expected


def test_english_is_what_it_always_was(language: Any) -> None:
    """English loads no translator: the window shows exactly the text the command line prints."""
    assert not language("en")
    assert str(summary_of(1).summary()) == (
        "1 row: 1 new, 1 updated, 1 unchanged, 1 duplicate skipped; 1 status set; 1 error."
    )
    for n in (1, 2, 5, 21):
        summary = summary_of(n).summary()
        assert in_language(summary) == str(summary)
    two = [ImportIssue(3, "date", "Bad date."), ImportIssue(4, ROW, "Too few cells.")]
    failed = ImportFailed(two)
    assert str(failed) == "Nothing was imported: line 3: date: Bad date (and 1 more problems)."
    assert in_language(failed) == str(failed)
    assert in_language(FIELD_HELP["date"]) == "When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date)."


def test_nothing_was_imported_in_belarusian_ends_with_the_first_problem(language: Any) -> None:
    assert language("be")
    one = ImportFailed([ImportIssue(3, ROW, "Too few cells.")])
    assert in_language(one) == "Нічога не імпартавана: радок 3: радок: Too few cells."
    two = ImportFailed([ImportIssue(3, ROW, "Too few cells."), ImportIssue(4, ROW, "x")])
    assert in_language(two) == "Нічога не імпартавана (ёсць яшчэ 1 праблема): радок 3: радок: Too few cells."


def test_the_importers_files_are_read_by_lupdate() -> None:
    assert {"tracker/importer/rows.py", "tracker/importer/results.py", "tracker/importer/sources.py"} <= set(
        i18n.SOURCES
    )
