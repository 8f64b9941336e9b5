"""The coalition's dialogs and indicator speak the installed language (issue 15 for tracker/ui/sync_ui.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt

from tracker.sync import coalition
from tracker.ui.sync_ui import AddMemberDialog, JoinDialog, MembersDialog, ShareDialog

from .conftest import open_window


def test_the_sync_dialogs_in_belarusian(
    qtbot: Any, language: Any, tracker_path: Path, tmp_path: Path, prompts: Any, settings: QSettings
) -> None:
    assert language("be")
    share = ShareDialog(tracker_path, "Ана")
    qtbot.addWidget(share)
    share.show()
    assert share.windowTitle() == "Абагуліць трэкер"
    assert share.share_button.text() == "&Абагуліць" and share.folder_edit.accessibleName() == "Агульная папка"
    share.name_edit.setText("")
    share.folder_edit.setText(str(tmp_path / "shared"))
    share.share()
    assert share.error.text() == "Спачатку ўвядзіце сваю імя."
    share.name_edit.setText("Ана")
    share.share()
    assert share.result_label.text().startswith("Абагулена. Гэта ваш адбітак.")
    share.grab().save(str(tmp_path / "share-be.png"))

    join = JoinDialog("Бо", tmp_path / "mine.db")
    qtbot.addWidget(join)
    join.show()
    assert join.windowTitle() == "Далучыцца да агульнага трэкера"
    assert join.join_button.text() == "&Далучыцца" and join.coordinator_edit.accessibleName() == "Адбітак каардынатара"
    join.join()
    assert join.error.text() == "Спачатку выберыце агульную папку і месца для копіі."
    join.make_code()
    join.grab().save(str(tmp_path / "join-be.png"))

    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    file_menu = win.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert {"А&багуліць трэкер…", "Далу&чыцца да агульнага трэкера…", "&Сінхранізаваць зараз",
            "&Удзельнікі…"} <= set(texts)
    assert win.sync.indicator.text() == "Яшчэ не сінхранізавана"
    assert win.sync.indicator.accessibleName() == "Стан сінхранізацыі"
    members = MembersDialog(win.sync.controller, win)
    qtbot.addWidget(members)
    headers = [members.model.headerData(c, Qt.Orientation.Horizontal) for c in range(members.model.columnCount())]
    assert headers == ["Імя", "Роля", "Хто дадаў", "Дададзены", "Апошні файл", "Запісаны", "Адбітак"]
    assert members.model.index(0, 0).data() == "Ана (вы)" and members.model.index(0, 1).data() == "Каардынатар"
    members.grab().save(str(tmp_path / "members-be.png"))
    add = AddMemberDialog()
    qtbot.addWidget(add)
    add.show()
    add.code_edit.setPlainText(coalition.join_request("Бо", root=tmp_path / "bo").code)
    assert add.preview.text().startswith("Імя: Бо\nАдбітак: ")
    add.grab().save(str(tmp_path / "add-be.png"))


def test_the_members_dialog_in_ukrainian(
    qtbot: Any, language: Any, tracker_path: Path, tmp_path: Path, prompts: Any, settings: QSettings
) -> None:
    coalition.share(tracker_path, tmp_path / "shared", "Ана")
    assert language("uk")
    win = open_window(qtbot, tracker_path, prompts, settings, user="Ana")
    members = MembersDialog(win.sync.controller, win)
    qtbot.addWidget(members)
    assert members.windowTitle() == "Учасники" and members.remove_button.text() == "&Вилучити…"
    assert members.report.toPlainText() == "Ще не синхронізовано."
    assert members.model.index(0, 1).data() == "Координатор"
    members.grab().save(str(tmp_path / "members-uk.png"))
    share = ShareDialog(tracker_path, "Ана")
    qtbot.addWidget(share)
    share.show()
    share.grab().save(str(tmp_path / "share-uk.png"))


PLURALS = {
    "be": {1: "1 файл чакае", 2: "2 файлы чакаюць", 5: "5 файлаў чакаюць", 21: "21 файл чакае"},
    "ru": {1: "1 файл ждёт", 2: "2 файла ждут", 5: "5 файлов ждут", 21: "21 файл ждёт"},
    "uk": {1: "1 файл чекає", 2: "2 файли чекають", 5: "5 файлів чекають", 21: "21 файл чекає"},
    "lt": {1: "1 failas laukia", 2: "2 failai laukia", 5: "5 failai laukia", 21: "21 failas laukia",
           10: "10 failų laukia"},
}


@pytest.mark.parametrize("code", sorted(PLURALS))
def test_the_indicator_counts_take_the_language_plural(language: Any, code: str) -> None:
    assert language(code)
    for n, expected in PLURALS[code].items():
        assert QCoreApplication.translate("SyncIndicator", "%Ln waiting", "", n) == expected
    refused = QCoreApplication.translate("SyncIndicator", "%Ln refused", "", 5)
    assert refused.startswith("5 ") and refused != "5 refused"
