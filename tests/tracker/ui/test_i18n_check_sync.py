"""The last sentences the window showed in English: Check and repair, sync, exports, About (issue 15).

The data layer and sync write English (the command line and logs keep it); the window says the same
sentences in its language through db.messages.  English itself is unchanged: the existing tests of
db/check.py, tracker/sync and the exports compare it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTextBrowser

from db import Tracker, ops
from db.check import rebuilt_index_sentence
from db.queries import codebook_view
from tracker.export_files import ExportFiles
from tracker.sync import coalition
from tracker.sync.sentences import recognised
from tracker.ui.context import in_language
from tracker.ui.dialogs import AboutDialog, ExportDialog
from tracker.ui.sync_ui import AddMemberDialog, JoinDialog

from .conftest import FakePrompts, open_window


def trigger(window: Any, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def break_search_index(window: Any) -> None:
    """Drop one of the search index's triggers (the app never runs SQL itself: the test breaks the file)."""
    db = window.ctx.tracker.db
    name = db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'evidence' AND name LIKE 'evidence_%'"
    ).fetchone()[0]
    db.execute(f"DROP TRIGGER {name}")


def test_check_and_repair_speaks_belarusian(language: Any, window: Any, prompts: FakePrompts) -> None:
    assert language("be")
    break_search_index(window)
    questions: list[str] = []

    def confirm(parent: Any, title: str, text: str, yes: str = "OK") -> bool:
        questions.append(text)
        return True

    prompts.confirm = confirm  # type: ignore[method-assign]
    trigger(window, "check_tracker")
    assert len(questions) == 1
    assert "• Пошукавы індэкс не адпавядае доказам: пошук можа прапусціць доказы" in questions[0]
    title, said = prompts.infos[-1]
    assert title == "Праверыць і выправіць трэкер"
    evidence = window.ctx.tracker.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
    assert f"• Пошукавы індэкс перабудаваны з {evidence} доказ" in said, said
    assert "search index" not in said and prompts.errors == []


def test_check_and_repair_speaks_ukrainian(language: Any, window: Any, prompts: FakePrompts) -> None:
    assert language("uk")
    break_search_index(window)
    trigger(window, "check_tracker")
    assert prompts.infos[-1][1].startswith("• Пошуковий індекс перебудовано з ")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("be", ["з 1 доказу", "з 2 доказаў", "з 5 доказаў", "з 21 доказу"]),
        ("ru", ["из 1 доказательства", "из 2 доказательств", "из 5 доказательств", "из 21 доказательства"]),
        ("uk", ["з 1 доказу", "з 2 доказів", "з 5 доказів", "з 21 доказу"]),
        ("lt", ["iš 1 įrodymo", "iš 2 įrodymų", "iš 5 įrodymų", "iš 21 įrodymo"]),
    ],
)
def test_a_repairs_count_takes_the_language_plural(language: Any, code: str, expected: list[str]) -> None:
    assert language(code)
    said = [in_language(rebuilt_index_sentence(n)) for n in (1, 2, 5, 21)]
    assert all(part in sentence for part, sentence in zip(expected, said, strict=True)), said


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("be", ["Запісаны 1 радок", "Запісаны 2 радкі", "Запісана 5 радкоў", "Запісаны 21 радок"]),
        ("ru", ["Записана 1 строка", "Записаны 2 строки", "Записано 5 строк", "Записана 21 строка"]),
        ("uk", ["Записано 1 рядок", "Записано 2 рядки", "Записано 5 рядків", "Записано 21 рядок"]),
        ("lt", ["įrašyta 1 eilutė", "įrašytos 2 eilutės", "įrašytos 5 eilutės", "įrašyta 21 eilutė"]),
    ],
)
def test_an_exports_row_count_takes_the_language_plural(language: Any, code: str, expected: list[str]) -> None:
    assert language(code)
    source = "Wrote %n rows to {target}.{labelled}"
    said = [in_language(ExportFiles.tr(source, source, n).format(target="t.csv", labelled="")) for n in (1, 2, 5, 21)]
    assert all(part in sentence for part, sentence in zip(expected, said, strict=True)), said


def test_english_counts_stay_as_they_were() -> None:
    assert rebuilt_index_sentence(1) == ("Rebuilt the search index from the 1 piece of evidence and restored the"
                                         " triggers that keep it current.")
    assert rebuilt_index_sentence(21).startswith("Rebuilt the search index from the 21 pieces of evidence")
    assert in_language(rebuilt_index_sentence(1)) == rebuilt_index_sentence(1)  # no translator: English


def test_the_export_status_sentence_speaks_belarusian(
    language: Any, window: Any, prompts: FakePrompts, tmp_path: Path
) -> None:
    assert language("be")

    def fill(dialog: Any) -> None:
        if isinstance(dialog, ExportDialog):
            dialog.kind.setCurrentIndex(dialog.kind.findData("assessments"))
            dialog.group.setCurrentIndex(dialog.group.findData("Baltic states"))
            dialog.accept()

    target = tmp_path / "out.csv"
    prompts.on_dialog = fill
    prompts.next_save_file = str(target)
    trigger(window, "export")
    assert prompts.errors == []
    assert window.statusBar().currentMessage() == f"Запісана 15 радкоў у {target}."


def test_the_about_box_says_the_grading_rule_in_belarusian(qtbot: Any, language: Any, window: Any) -> None:
    assert language("be")
    about = AboutDialog(codebook_view(window.ctx.tracker, window.ctx.language), window)
    qtbot.addWidget(about)
    browser = about.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    assert "Каб атрымаць адзнаку і месца, у краіны павінна быць ацэнена прынамсі" in text \
        or "Кожная краіна з балам атрымлівае адзнаку і месца." in text, text
    assert "A country needs at least" not in text and "Every country with a score" not in text


def test_a_join_code_error_speaks_belarusian(qtbot: Any, language: Any) -> None:
    assert language("be")
    add = AddMemberDialog()
    qtbot.addWidget(add)
    add.code_edit.setPlainText("hello")
    assert add.preview.text() == "Гэта не код далучэння Policy Tracker (такі код пачынаецца з ptjoin1:)."


def test_a_refusal_and_the_indicator_tooltip_speak_belarusian(
    qtbot: Any, language: Any, prompts: FakePrompts, settings: QSettings, tracker_path: Path, tmp_path: Path
) -> None:
    """A file altered in the shared folder is refused; the next one waits; the tooltip says both in Belarusian
    (the reasons were kept as English in the sync state, and are recognised again)."""
    folder, bo_root, bo_db = tmp_path / "shared", tmp_path / "bo-data", tmp_path / "bo.db"
    shared = coalition.share(tracker_path, folder, "Ana")
    request = coalition.join_request("Bo", root=bo_root)
    coalition.add_member(tracker_path, request.code, fingerprint=request.fingerprint)
    coalition.join(folder, bo_db, shared.fingerprint, root=bo_root)
    for status, day in (("full", "2025-05-04"), ("partial", "2025-06-01")):
        with Tracker.open(bo_db, user="Bo") as t:
            ops.set_status(t, "FR", "visa", status, effective_date=day, rationale="Bo checked")
        assert coalition.sync(bo_db, root=bo_root).sent == 1
    first = sorted((folder / "changes").glob("*/00000001-*.ptchg"))[0]
    data = bytearray(first.read_bytes())
    data[-1] ^= 1
    first.chmod(0o644)
    first.unlink()
    (first.parent / f"00000001-{hashlib.sha256(bytes(data)).hexdigest()[:12]}.ptchg").write_bytes(bytes(data))
    summary = coalition.sync(tracker_path)
    english = summary.text()
    assert english.startswith("Sent 0, applied 0, waiting 1, refused 1.\n")  # the command line's English, as before
    assert language("be")
    assert in_language(english).startswith("Адпраўлена: 0, ужыта: 0, чакае: 1, адхілена: 1.\n")
    assert in_language(recognised(str(summary.refused[0][1]))) == \
        "Подпіс файла не адпавядае ключу Bo: файл быў зменены."
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    tip = win.sync.indicator.toolTip()
    assert "Адхілены: Подпіс файла не адпавядае ключу Bo: файл быў зменены." in tip, tip
    assert "Чакае: Ён чакае" in tip, tip
    assert "The file" not in tip and "It waits" not in tip
    win.close()


def test_a_count_survives_the_trip_to_another_process() -> None:
    """Messages cross processes pickled (background work): a count keeps its number and singular."""
    import pickle

    message = rebuilt_index_sentence(1)
    again = pickle.loads(pickle.dumps(message))
    assert again == message and (again.number, again.singular) == (1, message.singular)


def test_a_codebook_export_error_speaks_lithuanian(language: Any, window: Any, tmp_path: Path) -> None:
    from db.codebook_export import export_codebook
    from db.errors import TrackerError

    assert language("lt")
    missing = tmp_path / "nowhere"
    with pytest.raises(TrackerError) as caught:
        export_codebook(window.ctx.tracker, missing / "codebook.json")
    assert str(caught.value) == f"The folder {missing} does not exist."  # English for the command line
    assert in_language(caught.value) == f"Aplanko {missing} nėra."


def test_a_coalition_error_in_the_join_dialog_speaks_belarusian(qtbot: Any, language: Any, tmp_path: Path) -> None:
    assert language("be")
    empty = tmp_path / "empty"
    empty.mkdir()
    join = JoinDialog("Бо", tmp_path / "mine.db")
    qtbot.addWidget(join)
    join.show()
    join.folder_edit.setText(str(empty))
    join.coordinator_edit.setText("ABCD-EFGH")
    join.join()
    qtbot.waitUntil(lambda: not join.joining)  # the copy is built on a worker
    assert join.error.text() == (f"У папцы {empty} яшчэ няма агульнага трэкера (няма здымка); праверце папку"
                                 " або дачакайцеся, пакуль яна сінхранізуецца.")
    join.grab().save(str(tmp_path / "join-error-be.png"))
