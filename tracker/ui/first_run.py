"""The first run asks whose name the history records.

Every change is recorded with a name; silently taking the login name
("jsmith", "user", "root") makes the history useless to a team.  So, until a
name is stored in the preferences (or $POLICY_TRACKER_USER is set), the app
asks once, before it creates or opens a tracker.  Preferences change it
later; the command line keeps ``--user`` and the login name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..preferences import Preferences, login_name, name_is_chosen
from .prompts import Prompts


class FirstRunDialog(QDialog):
    """Welcome, and "Your name" (pre-filled with the login name, which the person may keep)."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Policy Tracker"))
        self.setAccessibleName(self.tr("Welcome to Policy Tracker"))
        intro = QLabel(self.tr(
            "<b>Welcome to Policy Tracker.</b><br>Every change you make is recorded in the tracker's history"
            " with your name, so your colleagues can see who recorded what. Which name should it use?"
        ))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(suggested)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Maria Kowalska"))
        self.name_edit.selectAll()
        later = QLabel(self.tr("You can change it later in File › Preferences (Ctrl+,)."))
        later.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Use this name"))
        later_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later_button.setText(self.tr("Not now"))
        later_button.setToolTip(self.tr("Record your login name this time and ask again next time"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def accept(self) -> None:
        if self.name():
            super().accept()


def ask_name_on_first_run(prompts: Prompts, parent: QWidget | None = None) -> Preferences:
    """Ask for the person's name when none is stored, and store it; returns the preferences in force.

    Cancelling keeps the login name for this session only: the question comes back next time.
    """
    prefs = Preferences.load()
    if name_is_chosen(prefs):
        return prefs
    dialog = FirstRunDialog(login_name(), parent)
    if not prompts.exec_dialog(dialog):
        return prefs
    prefs.user_name = dialog.name()
    try:
        prefs.save()
    except OSError as exc:
        prompts.error(parent, QCoreApplication.translate("FirstRunDialog", "Preferences"),
                      QCoreApplication.translate("FirstRunDialog", "Your name could not be saved: %1").replace(
                          "%1", str(exc)))
    return prefs


__all__ = ["FirstRunDialog", "ask_name_on_first_run"]
