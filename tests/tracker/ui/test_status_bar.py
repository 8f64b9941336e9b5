"""The status bar: a tracker's long path gives way, never the window's width."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from .conftest import FakePrompts, open_window, save_shot


def deep_copy(tracker_path: Path, tmp_path: Path) -> Path:
    """The tracker copied ~300 characters deep (a synced folder inside a synced folder inside ...)."""
    folder = tmp_path
    for n in range(5):  # (SQLite opens no path over 512 characters)
        folder = folder / f"Shared drive {n} - Coalition on visas and protection"
    folder.mkdir(parents=True)
    return Path(shutil.copy(tracker_path, folder / "tracker.db"))


def test_a_long_path_lets_the_window_narrow_and_stays_whole_in_its_tooltip(
    qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings, tmp_path: Path
) -> None:
    path = deep_copy(tracker_path, tmp_path)
    window = open_window(qtbot, path, prompts, settings)
    label = window.path_label
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.width() == 900)
    save_shot(window, "status_bar_long_path", tmp_path)
    shown = label.shown_text()
    assert "…" in shown and label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert shown.startswith(str(path)[:8]) and shown.endswith("tracker.db")  # both ends kept, the middle gone
    assert label.text() == str(path)  # what a screen reader reads, and what tests and copies see
    assert label.toolTip() == str(path)
    window.close()


def test_a_short_path_is_shown_whole_without_a_tooltip(window: Any, qtbot: Any) -> None:
    window.resize(1280, 800)
    label = window.path_label
    qtbot.waitUntil(lambda: label.shown_text() == label.text())
    assert label.toolTip() == ""
    assert label.text() == str(window.ctx.tracker.path)


def test_a_message_is_never_drawn_over_the_path(
    qtbot: Any, tracker_path: Path, prompts: FakePrompts, settings: QSettings
) -> None:
    """A message replaces the path while it shows, even when a widget joins the bar meanwhile (the sync
    indicator, built after the first paint) and a second message follows the first."""
    window = open_window(qtbot, tracker_path, prompts, settings)
    bar, label = window.statusBar(), window.path_label
    bar.showMessage("Opening example.org…", 5000)
    assert not label.isVisible()
    assert window.sync.indicator is not None  # joins the bar while the message shows: the bar lays out again
    QApplication.processEvents()  # (Qt's layout shows its widgets again on a later turn of the event loop)
    assert not label.isVisible()
    long = "No backup was made: it takes 2.0 GB, the disk that holds the backups has 1.2 GB free, " * 3
    bar.showMessage(long, 5000)
    QApplication.processEvents()
    assert not label.isVisible()
    assert bar.toolTip() == long  # cut where the counts begin, whole in the tooltip
    bar.clearMessage()
    QApplication.processEvents()
    assert label.isVisible() and label.text() == str(window.ctx.tracker.path) and bar.toolTip() == ""
