"""Help › User guide and Help › Keyboard shortcuts."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tracker.ui.help import (
    ShortcutsDialog,
    UserGuideDialog,
    extract_user_guide,
    heading_anchor,
    shortcut_rows,
    user_guide_markdown,
)
from tracker.ui.shortcuts import SHORTCUTS, VIEW_KEYS, shortcuts_for, typed_shortcuts

ROOT = Path(__file__).resolve().parents[3]


def active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitActive(window)


def help_menu(window) -> QMenu:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    assert isinstance(menu, QMenu)
    return menu


def test_help_menu_offers_the_guide_the_shortcuts_and_about(window) -> None:
    texts = [a.text().replace("&", "") for a in help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["User guide", "Keyboard shortcuts", "About Policy Tracker"]


# ---------------------------------------------------------------- shortcuts
def test_every_shortcut_in_the_table_is_in_the_help_list(qapp) -> None:
    rows = shortcut_rows()
    listed = {key.strip() for _what, keys, _where in rows for key in keys.split(" or ")}
    missing = [(name, seq.toString(QKeySequence.SequenceFormat.NativeText))
               for name in SHORTCUTS for seq in typed_shortcuts(name)
               if seq.toString(QKeySequence.SequenceFormat.NativeText) not in listed]
    assert missing == []
    assert all(typed_shortcuts(name) for name in SHORTCUTS)  # every action of the table is listed
    assert len(rows) == len(SHORTCUTS) + len(VIEW_KEYS)
    # Only a keyboard's dedicated keys ("New", "Undo", "Help") are left out of the list.
    dedicated = {s.toString() for name in SHORTCUTS for s in shortcuts_for(name)} - {
        s.toString() for name in SHORTCUTS for s in typed_shortcuts(name)}
    assert all("+" not in k or k.startswith("Shift+") for k in dedicated)
    assert {"Ctrl+Y", "Ctrl+K", "F1", "Ctrl+/"} <= listed


def test_keyboard_shortcuts_open_from_the_menu_and_filter_as_you_type(qtbot, window) -> None:
    active(qtbot, window)
    qtbot.keyClick(window.matrix, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.help_windows["shortcuts"]
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.filter
    everything = dialog.shown()
    assert ("Go to country", "Ctrl+K", "View") in everything
    assert ("Redo", next(keys for what, keys, _ in everything if what == "Redo"), "Edit") in everything
    assert "Ctrl+Y" in next(keys for what, keys, _ in everything if what == "Redo")

    qtbot.keyClicks(dialog.filter, "undo")
    assert [what for what, _keys, _where in dialog.shown()] == ["Undo"]
    assert dialog.count.text() == "1 shortcut"
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "ctrl+k")
    assert [what for what, _keys, _where in dialog.shown()] == ["Go to country"]
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "matrix")  # by place, too
    assert len(dialog.shown()) >= 3 and all("Matrix" in " ".join(row) for row in dialog.shown())
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)  # from the filter box into its list
    assert dialog.focusWidget() is dialog.table and dialog.table.currentIndex().row() == 0
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "zzz")
    assert dialog.shown() == [] and "No shortcut matches" in dialog.count.text()

    window.findChild(QAction, "keyboard_shortcuts").trigger()  # asking again shows the same window
    assert window.help_windows["shortcuts"] is dialog
    dialog.close()


# ---------------------------------------------------------------- user guide
def test_user_guide_opens_with_f1_and_finds_text(qtbot, window, prompts) -> None:
    active(qtbot, window)
    qtbot.keyClick(window.matrix, Qt.Key.Key_F1)
    dialog = window.help_windows["guide"]
    assert isinstance(dialog, UserGuideDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "The status matrix" in text and "Keyboard first" in text
    assert "Set up" not in text.splitlines() and "Development" not in text.splitlines()  # not for the app's users
    assert "Go to country" in text and "Ctrl+K" in text  # the guide describes the keys
    qtbot.keyClicks(dialog.find_edit, "go to country")
    assert dialog.browser.textCursor().selectedText().casefold() == "go to country"
    first = dialog.browser.textCursor().position()
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)  # Enter: the next one
    assert dialog.browser.textCursor().position() > first
    qtbot.keyClicks(dialog.find_edit, "zzzz")
    assert dialog.found.text() == "Not found"

    dialog.browser.anchorClicked.emit(QUrl("#importing-from-a-spreadsheet"))
    assert dialog.browser.textCursor().block().text() == "Importing from a spreadsheet"
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/guide"))
    assert prompts.opened_urls == ["https://example.org/guide"]
    dialog.close()


def test_the_bundled_user_guide_is_the_readmes_user_part() -> None:
    """resources/user-guide.md ships with the app (offline); rebuild it with `python -m tracker.ui.help`."""
    expected = extract_user_guide((ROOT / "README.md").read_text(encoding="utf-8"))
    assert user_guide_markdown() == expected, "README.md changed: run `.venv/bin/python -m tracker.ui.help`"


def test_the_user_guide_is_installed_with_the_package() -> None:
    """A non-editable `pip install .` copies package data only as pyproject lists it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "resources" in config["packages"]
    patterns = config["package-data"]["resources"]
    assert any(fnmatch.fnmatch("user-guide.md", p) for p in patterns)
    assert any(fnmatch.fnmatch("icons/goto.svg", p) for p in patterns)


def test_extracting_the_guide_drops_setup_pictures_and_file_links() -> None:
    readme = "\n".join([
        "# Tool", "Intro.", "## Set up", "pip install", "## The app", "![shot](docs/a.png)",
        "See [the sample](docs/s.pdf), [Concepts](#concepts) and [web](https://x.org).",
        "```sh", "## not a heading", "```", "## Development", "ruff", "## Concepts", "Words.",
    ])
    guide = extract_user_guide(readme)
    assert "pip install" not in guide and "ruff" not in guide and "png" not in guide
    assert "See the sample, [Concepts](#concepts) and [web](https://x.org)." in guide
    assert "## not a heading" in guide and "## Concepts" in guide
    assert heading_anchor("Importing from a spreadsheet") == "importing-from-a-spreadsheet"
    assert heading_anchor("`policy-tracker init PATH`") == "policy-tracker-init-path"


def test_the_shortcuts_list_model_passes_the_model_tester(qtbot, qtmodeltester) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    dialog.filter.setText("ctrl")
    qtmodeltester.check(dialog.proxy)
