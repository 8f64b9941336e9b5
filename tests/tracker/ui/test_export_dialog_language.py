"""The export dialog's Language choice: reports and the matrix image in any of the six languages,
starting from the interface's; table exports keep their stored (English) labels."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from db import Tracker
from db.queries import codebook_view
from tracker.preferences import Preferences
from tracker.ui.dialogs import ExportDialog
from tracker.ui.i18n import chosen_language


class NoSettings:
    """The dialog remembers nothing here (it only reads and writes settings that exist)."""


def choose(dialog: ExportDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def test_reports_and_images_offer_a_language_starting_from_the_interfaces(qtbot: Any, tracker: Tracker) -> None:
    dialog = ExportDialog(codebook_view(tracker), NoSettings(), language="be")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.accessibleName() == "Report language"
    assert dialog.language.currentData() == "be" and dialog.language.currentText() == "Беларуская"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "en", "be", "uk", "ru", "pl", "lt"]
    for kind, shown in (("report", True), ("matrix", True), ("scorecard", False), ("evidence", False)):
        choose(dialog, kind)
        assert dialog.language.isVisible() is shown, kind
    choose(dialog, "report")
    dialog.language.setCurrentIndex(dialog.language.findData("lt"))
    assert dialog.options()["language"] == "lt"
    choose(dialog, "scorecard")
    assert dialog.options()["language"] == "en"  # a table's labels change only when asked (export --language)


def test_without_a_language_the_dialog_starts_from_the_interface_language(qtbot: Any, tracker: Tracker) -> None:
    dialog = ExportDialog(codebook_view(tracker), NoSettings())
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == chosen_language(Preferences.load().language)
    shown_in_polish = ExportDialog(codebook_view(tracker, "pl"), NoSettings())  # the window's book, in its language
    qtbot.addWidget(shown_in_polish)
    assert shown_in_polish.language.currentData() == "pl"


def test_the_choice_speaks_belarusian(qtbot: Any, tracker: Tracker, language: Any) -> None:
    language("be")
    dialog = ExportDialog(codebook_view(tracker), NoSettings(), report_country="EE", language="uk")
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.form.labelForField(dialog.language)
    assert isinstance(label, QLabel) and label.text() == "&Мова"
    assert dialog.language.accessibleName() == "Мова справаздачы"
    assert dialog.language.currentText() == "Українська"
