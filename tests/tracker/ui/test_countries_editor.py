"""Edit › Countries and groups, driven with real widgets on a default tracker.

Each change is saved at once as an undoable command: it shows in the matrix,
the ranking and the history, and Ctrl+Z in the dialog takes it back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db import queries
from tracker.ui.countries_editor import CountriesEditor
from tracker.ui.main_window import SCORECARDS_TAB
from tracker.ui.widgets import KEY_ROLE


def open_editor(window: Any, prompts: Any, steps: Callable[[CountriesEditor], None]) -> None:
    """Edit › Countries and groups…, with ``steps`` done in the open dialog."""
    seen: list[QDialog] = []

    def on_dialog(dialog: QDialog) -> None:
        assert isinstance(dialog, CountriesEditor)
        seen.append(dialog)
        steps(dialog)

    prompts.on_dialog = on_dialog
    window.actions_by_name["edit_countries"].trigger()
    assert seen, "the dialog did not open"


def matrix_names(window: Any) -> list[str]:
    model = window.matrix_model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def ranked(window: Any) -> list[str]:
    window.show_tab(SCORECARDS_TAB)
    view = window.scorecards
    view.refresh()
    return [s.country_code for s in view.model.scores]


def undo(qtbot: Any, dialog: CountriesEditor) -> None:
    dialog.country_list.setFocus()
    qtbot.keyClick(dialog.country_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def last_history(window: Any) -> dict[str, Any]:
    return dict(next(iter(window.ctx.tracker.db.query("SELECT * FROM history ORDER BY rowid DESC LIMIT 1"))))


def country_row(dialog: CountriesEditor, code: str) -> int:
    for row in range(dialog.country_list.count()):
        if dialog.country_list.item(row).data(KEY_ROLE) == code:
            return row
    return -1


def test_add_ukraine_by_typing_and_undo(qtbot: Any, qtmodeltester: Any, window: Any, prompts: Any) -> None:
    assert "Ukraine" not in matrix_names(window)

    def steps(dialog: CountriesEditor) -> None:
        qtbot.keyClicks(dialog.add_edit, "ukr")
        assert dialog.add_matches.currentItem().text() == "Ukraine (UA)"
        assert "Enter adds it" in dialog.add_hint.text()
        qtbot.keyClick(dialog.add_edit, Qt.Key.Key_Return)
        assert dialog.add_edit.text() == ""
        assert dialog.current_country() == "UA"
        assert "Ukraine" in matrix_names(window)
        assert "UA" in ranked(window)
        entry = last_history(window)
        assert (entry["operation"], entry["row_key"]) == ("add_country", "UA")
        # Typing a tracked country finds nothing to add, and says why.
        qtbot.keyClicks(dialog.add_edit, "poland")
        assert dialog.add_matches.count() == 0 and "already tracked" in dialog.add_hint.text()
        assert not dialog.add_button.isEnabled()
        dialog.add_edit.clear()
        undo(qtbot, dialog)
        assert country_row(dialog, "UA") == -1
        assert "Ukraine" not in matrix_names(window)
        assert last_history(window)["operation"] == "undo add_country"

    open_editor(window, prompts, steps)
    assert prompts.errors == []


def test_archive_leaves_matrix_and_ranking_and_restore_brings_it_back(
    qtbot: Any, qtmodeltester: Any, window: Any, prompts: Any
) -> None:
    assert "Poland" in matrix_names(window) and "PL" in ranked(window)

    def steps(dialog: CountriesEditor) -> None:
        qtbot.keyClicks(dialog.country_filter, "pol")
        assert dialog.current_country() == "PL"
        assert dialog.archive_button.isEnabled() and not dialog.restore_button.isEnabled()
        qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
        assert "Poland" not in matrix_names(window) and "PL" not in ranked(window)
        item = dialog.country_list.currentItem()
        assert item.text() == "Poland (PL) — archived"  # said in words, not only by colour
        assert dialog.restore_button.isEnabled() and not dialog.archive_button.isEnabled()
        assert last_history(window)["operation"] == "archive_country"
        assert "1 archived" in dialog.country_count.text()

        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert "Poland" in matrix_names(window) and "PL" in ranked(window)
        assert last_history(window)["operation"] == "restore_country"

        qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
        assert "Poland" not in matrix_names(window)
        undo(qtbot, dialog)
        assert "Poland" in matrix_names(window) and "PL" in ranked(window)
        assert dialog.country_list.currentItem().text() == "Poland (PL)"

    open_editor(window, prompts, steps)
    assert prompts.errors == []


def test_create_tick_rename_delete_a_group_and_undo_each(
    qtbot: Any, qtmodeltester: Any, window: Any, prompts: Any
) -> None:
    t = window.ctx.tracker
    start = queries.group_map(t)

    def steps(dialog: CountriesEditor) -> None:
        dialog.group_name.clear()
        qtbot.keyClicks(dialog.group_name, "Nordics")
        assert dialog.new_group_button.isEnabled()
        qtbot.mouseClick(dialog.new_group_button, Qt.MouseButton.LeftButton)
        assert queries.group_map(t)["Nordics"] == []
        assert dialog.current_group() == "Nordics"
        assert window.view_controls.group_combo.findText("Nordics", Qt.MatchFlag.MatchContains) >= 0

        # tick Denmark and Finland: each tick is one undoable change
        qtmodeltester.check(dialog.members.model)
        for code in ("DK", "FI"):
            item = next(dialog.members.model.item(r) for r in range(dialog.members.model.rowCount())
                        if dialog.members.model.item(r).data(KEY_ROLE) == code)
            item.setCheckState(Qt.CheckState.Checked)
        assert queries.group_map(t)["Nordics"] == ["DK", "FI"]
        entry = last_history(window)
        assert entry["operation"] == "edit_group" and json.loads(entry["after"])["members"] == ["DK", "FI"]
        undo(qtbot, dialog)
        assert queries.group_map(t)["Nordics"] == ["DK"]
        assert dialog.members.checked() == ["DK"]

        # rename
        dialog.group_name.clear()
        qtbot.keyClicks(dialog.group_name, "Nordic countries")
        qtbot.keyClick(dialog.group_name, Qt.Key.Key_Return)
        assert "Nordic countries" in queries.group_map(t) and "Nordics" not in queries.group_map(t)
        assert dialog.current_group() == "Nordic countries"
        # a name already used is refused, shown in the dialog
        dialog.group_name.clear()
        qtbot.keyClicks(dialog.group_name, "eu")
        qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
        assert dialog.message.isVisible() and "already exists" in dialog.message.text()
        undo(qtbot, dialog)
        assert "Nordics" in queries.group_map(t)
        assert dialog.group_list.findItems("Nordics (1)", Qt.MatchFlag.MatchExactly)

        # delete EU, then undo puts it back whole and in its place
        dialog.group_list.setCurrentRow(0)
        assert dialog.current_group() == "EU"
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        assert "EU" not in queries.group_map(t)
        undo(qtbot, dialog)
        assert queries.group_map(t)["EU"] == start["EU"] and next(iter(queries.group_map(t))) == "EU"

        for _ in range(2):  # the rename was refused, so: members (DK), then the group itself
            undo(qtbot, dialog)
        assert queries.group_map(t) == start

    open_editor(window, prompts, steps)
    assert prompts.errors == []


def test_every_control_has_an_accessible_name(qtbot: Any, window: Any, prompts: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    def steps(dialog: CountriesEditor) -> None:
        controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit) + dialog.findChildren(
            QAbstractItemView)
        unnamed = [c for c in controls if c.isVisibleTo(dialog) and not c.accessibleName()]
        assert unnamed == []

    open_editor(window, prompts, steps)


def test_close_just_closes_and_changes_stay(qtbot: Any, window: Any, prompts: Any) -> None:
    def steps(dialog: CountriesEditor) -> None:
        qtbot.keyClicks(dialog.add_edit, "MDA")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    open_editor(window, prompts, steps)
    assert "Moldova" in " ".join(matrix_names(window))
    assert window.ctx.undo_stack.canUndo()
