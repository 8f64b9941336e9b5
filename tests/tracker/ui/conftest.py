"""Fixtures for the desktop app's tests: a main window on a temporary tracker,
with every dialog answered by the test through a fake prompts seam."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tracker.ui.prompts import Prompts

QStandardPaths.setTestModeEnabled(True)


class FakePrompts(Prompts):
    """Answers every question the app asks; records what it was asked."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.opened_urls: list[str] = []
        self.dialogs: list[QDialog] = []
        self.on_dialog: Callable[[QDialog], object] = lambda _d: None
        self.next_open_file: str | None = None
        self.next_save_file: str | None = None
        self.confirm_answer = True

    def error(self, parent: Any, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: Any, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, parent: Any, title: str, text: str, yes: str = "OK") -> bool:
        return self.confirm_answer

    def open_file(self, parent: Any, title: str, folder: str, filters: str) -> str | None:
        return self.next_open_file

    def save_file(self, parent: Any, title: str, suggested: str, filters: str) -> str | None:
        return self.next_save_file

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Let the test fill the dialog in and press its buttons, as a person would.

        ``on_dialog`` works on the visible dialog; a dialog still open when it
        returns is cancelled (as if the person gave up).
        """
        self.dialogs.append(dialog)
        dialog.setResult(QDialog.DialogCode.Rejected)
        dialog.show()
        dialog.activateWindow()  # as a modal exec() would: its shortcuts (Ctrl+Enter) must work
        QApplication.processEvents()
        self.on_dialog(dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    def open_url(self, url: str) -> bool:
        self.opened_urls.append(url)
        return True


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings):
    """The main window on a fresh default tracker file."""
    win = open_window(qtbot, tracker_path, prompts, settings)
    yield win
    win.close()


@pytest.fixture(scope="session", autouse=True)
def _clear_icon_caches_at_end():
    """Cached pixmaps must go before the QApplication does."""
    yield
    from tracker.ui.icons import clear_icon_caches

    clear_icon_caches()


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """Installs a language for one test (``language("be")``) and always goes back to English after it.

    Translators are installed on the application, so there must be one (``qapp``): a test that asked only for
    this fixture used to pass only after another test of its file had made it, and failed on its own."""
    from tracker.ui import i18n

    yield i18n.install_translators
    i18n.remove_translators()


@pytest.fixture
def window_in_language(
    qtbot: Any, language: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> Iterator[Any]:
    """``window_in_language("be")``: the main window on a fresh default tracker, built and shown in that language."""
    opened: list[Any] = []

    def build(code: str) -> Any:
        assert language(code)
        win = open_window(qtbot, tracker_path, prompts, settings)
        opened.append(win)
        return win

    yield build
    for win in opened:
        win.close()


def open_window(
    qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, user: str = "Alice"
) -> Any:
    """A main window on ``tracker_path``, built as at start-up (after a test installed its language), shown."""
    from tracker.preferences import Preferences
    from tracker.ui.app import create_main_window

    win = create_main_window(tracker_path, prompts=prompts, store=settings, prefs=Preferences(user_name=user))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def save_shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    """A picture to look at: in $I18N_SHOTS (a folder) when set, else in the test's own temporary folder."""
    import os

    folder = Path(os.environ.get("I18N_SHOTS") or tmp_path)
    for _ in range(3):  # rows grow, then the window, on the next turns of the event loop
        QApplication.processEvents()
    assert widget.grab().save(str(folder / f"{name}.png"))
