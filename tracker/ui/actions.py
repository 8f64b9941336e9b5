"""The window's actions, toolbar and menus, declared as data.

Each action has a name (its ``objectName``, the key of its shortcuts in
:mod:`.shortcuts` and of the window's slot for it), a text, an icon and a
tip.  Building them here keeps the window to layout and wiring.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from .icons import action_icon
from .shortcuts import shortcuts_for


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    icon: str | None = None
    tip: str | None = None
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_evidence", "&New evidence…", "new-evidence", "Log a dated source and link it to cells"),
    ActionSpec("set_status", "&Set status…", "set-status", "Record a new judgement for the selected cell"),
    ActionSpec("edit_evidence", "&Edit evidence…", "edit"),
    ActionSpec("archive_evidence", "&Archive evidence", "archive"),
    ActionSpec("open_link", "Open source &link", "open-link"),
    ActionSpec("find", "&Search evidence", "search", "Search the evidence (full text)"),
    ActionSpec("goto_country", "&Go to country…", "goto", "Jump to a country in the matrix by name or code"),
    ActionSpec("as_of", "As-of &date", None, "Show the tracker as it stood on a date"),
    ActionSpec("group_filter", "&Group filter", None, "Show one group of countries"),
    ActionSpec("compare", "Highlight &changes since…", "compare", "Outline cells whose status changed since a date",
               checkable=True),
    ActionSpec("export", "E&xport…", "export", "Export the scorecard, assessments, history or evidence"),
    ActionSpec("new_tracker", "&New tracker…"),
    ActionSpec("open_tracker", "&Open tracker…"),
    ActionSpec("save_copy", "Save a &copy…"),
    ActionSpec("check_tracker", "Chec&k and repair tracker…", None,
               "Check the tracker file for damage and repair what can be repaired"),
    ActionSpec("restore_backup", "Restore from &backup…", None,
               "Replace the tracker with one of its automatic backups (the current state is backed up first)"),
    ActionSpec("import_evidence", "&Import evidence…", None, "Bring in evidence kept in a spreadsheet (CSV or Excel)"),
    ActionSpec("import_codebook", "Import &codebook…", None,
               "Give a blank tracker its recommendations and status scale from a codebook (JSON)"
               " or a CSV of recommendations"),
    ActionSpec("export_codebook", "Export co&debook…", None,
               "Save this tracker's codebook as a JSON file another tracker can start from (init --codebook)"),
    ActionSpec("edit_countries", "Countries and &groups…", None,
               "Add, archive and restore countries; create, rename and delete groups and choose their members"),
    ActionSpec("edit_codebook", "&Codebook…", None,
               "Edit the recommendations, the status scale, the grades and the tracker's title, source and settings"),
    ActionSpec("preferences", "&Preferences…"),
    ActionSpec("quit", "&Quit"),
    ActionSpec("show_matrix", "&Matrix", "matrix"),
    ActionSpec("show_evidence", "&Evidence", "evidence"),
    ActionSpec("show_scorecards", "&Scorecards", "scorecards"),
    ActionSpec("toggle_details", "Cell &details"),
    ActionSpec("show_history", "&History", None, "Every change ever made, newest first"),
    ActionSpec("show_review", "&Review", None, "Proposed statuses waiting for review, and those returned to you"),
    ActionSpec("refresh", "&Refresh"),
    ActionSpec("user_guide", "&User guide", None, "How to use Policy Tracker (works offline)"),
    ActionSpec("keyboard_shortcuts", "&Keyboard shortcuts", None, "Every keyboard shortcut, searchable"),
    ActionSpec("help", "&About Policy Tracker"),
)


def action_label(name: str) -> str:
    """An action's text as a person reads it ("Go to country"), for the shortcuts list."""
    spec = next((s for s in ACTIONS if s.name == name), None)
    text = spec.text if spec else {"undo": "Undo", "redo": "Redo"}.get(name, name.replace("_", " ").capitalize())
    return text.replace("&", "").replace("…", "")


def make_action(parent: QWidget, spec: ActionSpec, icon_color: str) -> QAction:
    """One action with its icon, shortcuts and tips (the tooltip names the first shortcut)."""
    action = QAction(spec.text, parent)
    action.setObjectName(spec.name)
    if spec.icon:
        action.setIcon(action_icon(spec.icon, icon_color))
    keys = shortcuts_for(spec.name)
    if keys:
        action.setShortcuts(keys)
    tip_text = spec.tip or spec.text.replace("&", "").replace("…", "")
    if keys:
        tip_text += f" ({keys[0].toString(keys[0].SequenceFormat.NativeText)})"
    action.setToolTip(tip_text)
    action.setStatusTip(spec.tip or spec.text.replace("&", ""))
    action.setCheckable(spec.checkable)
    return action


def create_actions(
    parent: QWidget, slots: Mapping[str, Callable[..., Any]], undo_stack: QUndoStack, icon_color: str
) -> dict[str, QAction]:
    """Every action of :data:`ACTIONS` (added to ``parent`` so shortcuts work anywhere), then undo and redo.

    ``slots`` maps an action's name to what it does; an action without a slot
    is connected by the part that owns it (the view controls own "compare").
    """
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = make_action(parent, spec, icon_color)
        slot = slots.get(spec.name)
        if slot is not None:
            action.triggered.connect(slot)
        parent.addAction(action)
        actions[spec.name] = action
    for name, make, text in (
        ("undo", undo_stack.createUndoAction, "&Undo"),
        ("redo", undo_stack.createRedoAction, "&Redo"),
    ):
        action = make(parent, text)
        action.setObjectName(name)
        action.setShortcuts(shortcuts_for(name))
        action.setIcon(action_icon(name, icon_color))
        parent.addAction(action)
        actions[name] = action
    return actions


def build_toolbar(actions: Mapping[str, QAction], add_view_controls: Callable[[QToolBar], None]) -> QToolBar:
    """New evidence, Set status | Undo, Redo, Search | the view controls | Export."""
    bar = QToolBar("Main toolbar")
    bar.setObjectName("mainToolbar")
    bar.setAccessibleName("Main toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("new_evidence", "set_status"):
        bar.addAction(actions[name])
    bar.addSeparator()
    for name in ("undo", "redo", "find", "goto_country"):
        bar.addAction(actions[name])
        button = bar.widgetForAction(actions[name])
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.addSeparator()
    add_view_controls(bar)
    bar.addSeparator()
    bar.addAction(actions["export"])
    return bar


def build_menus(menu: QMenuBar, actions: Mapping[str, QAction], recent_menu: QMenu) -> None:
    """File, Edit, Evidence, Status, View and Help."""
    file_menu = menu.addMenu("&File")
    file_menu.addAction(actions["new_tracker"])
    file_menu.addAction(actions["open_tracker"])
    file_menu.addMenu(recent_menu)
    file_menu.addAction(actions["save_copy"])
    file_menu.addAction(actions["check_tracker"])
    file_menu.addAction(actions["restore_backup"])
    file_menu.addSeparator()
    for name in ("import_evidence", "import_codebook", "export", "export_codebook"):
        file_menu.addAction(actions[name])
    file_menu.addSeparator()
    file_menu.addAction(actions["preferences"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    edit_menu = menu.addMenu("&Edit")
    edit_menu.addAction(actions["undo"])
    edit_menu.addAction(actions["redo"])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["find"])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["edit_codebook"])
    edit_menu.addAction(actions["edit_countries"])
    evidence_menu = menu.addMenu("E&vidence")
    for name in ("new_evidence", "edit_evidence", "archive_evidence", "open_link"):
        evidence_menu.addAction(actions[name])
    status_menu = menu.addMenu("&Status")
    status_menu.addAction(actions["set_status"])
    view_menu = menu.addMenu("Vie&w")
    for name in ("show_matrix", "show_evidence", "show_scorecards", "toggle_details", "show_history", "show_review"):
        view_menu.addAction(actions[name])
    view_menu.addSeparator()
    view_menu.addAction(actions["goto_country"])
    for name in ("as_of", "group_filter", "compare"):
        view_menu.addAction(actions[name])
    view_menu.addSeparator()
    view_menu.addAction(actions["refresh"])
    help_menu = menu.addMenu("&Help")
    help_menu.addAction(actions["user_guide"])
    help_menu.addAction(actions["keyboard_shortcuts"])
    help_menu.addSeparator()
    help_menu.addAction(actions["help"])
