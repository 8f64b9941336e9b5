"""The data layer's sentences in the interface's language: a validation message from db/ under its field, a
refusal from db/ in a dialog, a read-only reason, all in Belarusian (or Ukrainian) when that language is chosen,
while the same errors say English to the command line, logs and tests (db.messages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from db import TrackerError, ValidationError
from db.messages import translate
from db.restore import check_backup
from db.store import inspect_file
from tracker.ui.backups import restore_failed
from tracker.ui.context import error_sentence, in_language
from tracker.ui.countries_editor import CountriesEditor
from tracker.ui.evidence_form import EvidenceForm

from .conftest import FakePrompts, open_window, save_shot


def test_an_invalid_web_address_is_refused_in_belarusian_under_its_field(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, tmp_path: Path
) -> None:
    assert language("be")
    win = open_window(qtbot, tracker_path, prompts, settings)
    seen: dict[str, str] = {}

    def fill(dialog: Any) -> None:
        if isinstance(dialog, QMessageBox):  # leaving a changed form: discard
            dialog.button(QMessageBox.StandardButton.Discard).click()
            return
        assert isinstance(dialog, EvidenceForm)
        dialog.archive_edit.setText("ftp://archive.org/x")  # the live check is db.validate.url's
        dialog.url_edit.setText("https://example.org/a b")
        seen.update(dialog.errors.messages())
        save_shot(dialog, "evidence_form_be_db_errors", tmp_path)

    prompts.on_dialog = fill
    win.new_evidence()
    shown = " ".join(seen.values())
    assert ("⚠ 'ftp://archive.org/x' — не вэб-адрас: поле «адрас у архіве» павінна пачынацца з http:// або"
            " https://.") in shown
    assert "⚠ Поле «адрас URL» змяшчае прабел або перанос радка; пішыце прабел як %20." in shown
    assert "web address" not in shown and "contains" not in shown


def test_a_refusal_from_the_data_layer_is_shown_in_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, tmp_path: Path
) -> None:
    """Renaming a group to a name in use: db/ops.py refuses, the countries dialog says why in Belarusian."""
    assert language("be")
    win = open_window(qtbot, tracker_path, prompts, settings)
    seen: list[str] = []

    def steps(dialog: Any) -> None:
        assert isinstance(dialog, CountriesEditor)
        dialog.group_name.clear()
        qtbot.keyClicks(dialog.group_name, "Nordics")
        qtbot.mouseClick(dialog.new_group_button, Qt.MouseButton.LeftButton)
        dialog.group_name.clear()
        qtbot.keyClicks(dialog.group_name, "eu")
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
        assert dialog.message.isVisible()
        seen.append(dialog.message.text())
        save_shot(dialog, "countries_editor_be_db_error", tmp_path)

    prompts.on_dialog = steps
    win.actions_by_name["edit_countries"].trigger()
    assert seen == ["⚠ Група з назвай 'eu' ужо існуе."]


def test_the_same_error_says_english_outside_the_window(language: Any) -> None:
    """Only the window translates: str(exc), the command line and the logs keep the English sentence."""
    assert language("be")
    refusal = translate("DataOperations", "A group named {target!r} already exists.").format(target="eu")
    exc = ValidationError("group", refusal)
    assert str(exc) == "A group named 'eu' already exists."
    assert in_language(exc) == "Група з назвай 'eu' ужо існуе."


def test_a_read_only_tracker_says_why_in_ukrainian(language: Any) -> None:
    from db import Tracker
    from db.places import READ_ONLY_FOLDER

    assert language("uk")
    tracker = Tracker.in_memory()
    tracker.read_only_reason = READ_ONLY_FOLDER
    assert tracker.read_only_message() == "This tracker is read-only: its folder cannot be written to."
    assert in_language(tracker.read_only_message()) == "Цей трекер лише для читання: у його теку не можна записувати."
    try:
        with tracker.atomic():
            pass
    except Exception as exc:  # noqa: BLE001 (the read-only refusal, whatever its class)
        assert error_sentence(exc) == "Цей трекер лише для читання: у його теку не можна записувати."
    else:
        raise AssertionError("a read-only tracker accepted a write")
    finally:
        tracker.close()


def test_the_history_tab_says_its_changes_in_ukrainian(
    qtbot: Any, qtmodeltester: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings,
    tmp_path: Path,
) -> None:
    """db/history_view.py writes each entry's record and changes in English; the History tab shows them in the
    interface's language (field names, yes/no, the review step), the data itself as it was typed."""
    from db import ops

    assert language("uk")
    win = open_window(qtbot, tracker_path, prompts, settings)
    t = win.ctx.tracker
    country = t.db.execute("SELECT code FROM countries ORDER BY code LIMIT 1").fetchone()[0]
    rec = t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0]
    change = ops.add_evidence(t, event_date="2026-01-10", countries=[country], recommendations=[rec],
                              title="Parliament passes the law")
    assert change.uid is not None
    ops.edit_evidence(t, change.uid, title="Parliament passes the budget law")
    ops.archive_evidence(t, change.uid)
    uid = "0190c0de-0000-7000-8000-000000000002"
    snap = {"uid": uid, "country_code": country, "recommendation_code": rec, "status_code": "full",
            "effective_date": "2026-01-10", "rationale": "Passed", "state": "proposed"}
    with t.atomic():
        ops.record_history(t, "propose_status", "insert", "proposals", uid, None, snap)
    win.ctx.bus.changed.emit(ops.Change("propose_status", uid=uid, cells={(country, rec)}))
    win.tabs.setCurrentWidget(win._history_page)  # View › History (its shortcut is tested in English)
    view = win.history_view
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() >= 4 and not model.busy)
    qtmodeltester.check(model)
    changes = [model.index(row, 4).data() for row in range(4)]
    records = [model.index(row, 3).data() for row in range(4)]
    assert changes[0].startswith("Запропоновано — статус: ")
    assert changes[0].endswith("; дата набуття чинності: 2026-01-10")
    assert changes[1] == "в архіві: ні → так"
    assert changes[2] == "заголовок: Parliament passes the law → Parliament passes the budget law"
    assert records[1:4] == ["Доказ: Parliament passes the budget law"] * 2 + ["Доказ: Parliament passes the law"]
    assert model.index(2, 4).data(Qt.ItemDataRole.ToolTipRole) == changes[2]
    # The same entries stay English where files and the command line read them.
    assert model.rows[2].changes == "title: Parliament passes the law → Parliament passes the budget law"
    view.resize(1000, 300)
    save_shot(view, "history_uk", tmp_path)


def test_a_refused_restore_and_a_missing_file_say_why_in_lithuanian(language: Any, tmp_path: Path) -> None:
    """File › Restore from backup and File › Open show db/'s refusal in the interface's language."""
    assert language("lt")
    missing = tmp_path / "gone.db"
    with pytest.raises(TrackerError) as refused:
        check_backup(missing)
    assert str(refused.value) == f"Nothing was restored: there is no backup at {missing}."
    assert restore_failed(refused.value) == f"Niekas neatkurta: vietoje {missing} atsarginės kopijos nėra."
    with pytest.raises(TrackerError) as not_there:
        inspect_file(missing)
    assert in_language(not_there.value) == f"Vietoje {missing} stebėsenos nėra."


def test_codebook_text_checks_and_key_problems_are_said_in_belarusian(language: Any) -> None:
    """The codebook's translation checks (an imported codebook, the Translations page) and the sync keys'
    problems (inside the Join and Members dialogs' sentences): English for the command line, Belarusian here."""
    from db.errors import ValidationError
    from db.i18n import validate_text
    from tracker.sync.keys import KeyFileError, Keyring, TrackerKey

    with pytest.raises(ValidationError) as empty:
        validate_text({"en": "Visa policy", "be": " "}, "recommendations[visa].title")
    key = TrackerKey.generate()
    ring = Keyring()
    ring.add(key)
    with pytest.raises(KeyFileError) as clash:
        ring.add(TrackerKey(key.key_id, bytes(32), key.created))
    assert str(empty.value) == "'recommendations[visa].title': the Belarusian text must be non-empty text."
    assert str(clash.value) == f"Key {key.key_id} is already known with other contents; the new one was not kept."
    assert language("be")
    said = in_language(empty.value)
    assert said == "«recommendations[visa].title»: тэкст (беларуская) павінен быць непустым тэкстам."
    assert in_language(clash.value) == f"Ключ {key.key_id} ужо вядомы з іншым зместам; новы не захаваны."


def test_a_backup_without_room_on_the_disk_says_why_in_polish(
    language: Any, tracker_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status bar's "no backup" sentence (the day's backup, a disk too full for it) in the interface's language."""
    import shutil

    from db import Tracker, backup

    assert language("pl")
    real = shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda where: real(where)._replace(free=backup.FREE_SPACE_FLOOR))
    with Tracker.open(tracker_path, user="Alice") as t, pytest.raises(TrackerError) as refused:
        backup.make_backup(t, tmp_path / "backups", "daily")
    size = backup.size_text(tracker_path.stat().st_size)
    assert str(refused.value).startswith(f"No backup was made: it takes {size}, the disk")
    assert in_language(refused.value) == (
        f"Nie utworzono kopii zapasowej: zajmuje {size}, na dysku z kopiami zapasowymi wolne jest 256 MB, a co "
        "najmniej 256 MB musi pozostać wolne; zwolnij tam miejsce albo przechowuj kopie zapasowe na większym dysku "
        "(POLICY_TRACKER_DATA_DIR).")
