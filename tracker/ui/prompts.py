"""Every question the app asks the user goes through :class:`Prompts`.

Message boxes, file choosers and modal dialogs are opened here and nowhere
else, so tests replace one object (or one method) to answer them, and no
test ever blocks on a modal window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QWidget

# The message boxes, file choosers and the browser's hand-off are imported where they are used: the
# window is built without them (PySide6 makes each class's Python enums when the class is first imported).


def name_standard_buttons(box: Any) -> None:
    """Name a button box's (or message box's) OK, Cancel and Close in the interface's language where Qt left
    them English: Qt ships no Belarusian (and Polish, Russian and Ukrainian keep Qt's own names)."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    kinds: Any = QMessageBox.StandardButton if isinstance(box, QMessageBox) else QDialogButtonBox.StandardButton
    for which, english, text in ((kinds.Ok, "OK", QCoreApplication.translate("Prompts", "OK")),
                                 (kinds.Cancel, "Cancel", QCoreApplication.translate("Prompts", "Cancel")),
                                 (kinds.Close, "Close", QCoreApplication.translate("Prompts", "Close"))):
        button = box.button(which)
        if button is not None and button.text().replace("&", "") == english:
            button.setText(text)


class Prompts:
    """The real prompts: modal Qt dialogs."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        name_standard_buttons(box)
        box.setAccessibleName(title)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        name_standard_buttons(box)
        box.setAccessibleName(title)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, yes: str = "OK") -> bool:
        from PySide6.QtWidgets import QMessageBox

        if yes == "OK":
            yes = QCoreApplication.translate("Prompts", "OK")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
        name_standard_buttons(box)
        ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        box.setAccessibleName(title)
        box.exec()
        return box.clickedButton() is ok

    def save_changes(self, parent: QWidget | None, title: str, text: str) -> str:
        """Save / Discard / Cancel for a form with changes: returns "save", "discard" or "cancel".

        The box is run through :meth:`exec_dialog`, so a test answers it by clicking its buttons.
        Escape or closing the box means Cancel: the form stays open with everything typed.
        """
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        choices = buttons.Save | buttons.Discard | buttons.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, title, text, choices, parent)
        box.setInformativeText(QCoreApplication.translate(
            "Prompts", "Discard throws away what you typed; Cancel returns to the form."))
        # Named here, not by Qt: Qt ships no Belarusian, and the informative text names the buttons.
        for button, text in ((buttons.Save, QCoreApplication.translate("Prompts", "Save")),
                             (buttons.Discard, QCoreApplication.translate("Prompts", "Discard")),
                             (buttons.Cancel, QCoreApplication.translate("Prompts", "Cancel"))):
            box.button(button).setText(text)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        box.setAccessibleName(QCoreApplication.translate("Prompts", "Save changes?"))
        self.exec_dialog(box)
        clicked = cast("QAbstractButton | None", box.clickedButton())  # None when the box was closed
        answer = box.standardButton(clicked) if clicked is not None else buttons.Cancel
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a dialog modally; True when the user accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_url(self, url: str) -> bool:
        """Hand a checked http(s) address to the system's browser."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl(url))
