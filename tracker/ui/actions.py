"""The window's actions, toolbar and menus, declared as data.

Each action has a name (its ``objectName``, the key of its shortcuts in
:mod:`.shortcuts` and of the window's slot for it), a text, an icon and a
tip.  Building them here keeps the window to layout and wiring.

Texts and tips are English source strings marked with ``QT_TRANSLATE_NOOP`` (context "Actions", menu
titles "Menus") and translated when the action is made, so the installed translator decides the language
(:mod:`.i18n`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton, QWidget

from db.records import record

from .icons import action_icon
from .language import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # also for the modules importing it from here
from .shortcuts import shortcuts_for


@record(frozen=True)
class ActionSpec:
    name: str
    text: str
    icon: str | None = None
    tip: str | None = None
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_evidence",
        QT_TRANSLATE_NOOP("Actions", "&New evidence…"),
        "new-evidence",
        QT_TRANSLATE_NOOP("Actions", "Log a dated source and link it to cells"),
    ),
    ActionSpec(
        "set_status",
        QT_TRANSLATE_NOOP("Actions", "&Set status…"),
        "set-status",
        QT_TRANSLATE_NOOP("Actions", "Record a new judgement for the selected cell"),
    ),
    ActionSpec("edit_evidence", QT_TRANSLATE_NOOP("Actions", "&Edit evidence…"), "edit"),
    ActionSpec("archive_evidence", QT_TRANSLATE_NOOP("Actions", "&Archive evidence"), "archive"),
    ActionSpec("open_link", QT_TRANSLATE_NOOP("Actions", "Open source &link"), "open-link"),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Search evidence"),
        "search",
        QT_TRANSLATE_NOOP("Actions", "Search the evidence (full text)"),
    ),
    ActionSpec(
        "goto_country",
        QT_TRANSLATE_NOOP("Actions", "&Go to country…"),
        "goto",
        QT_TRANSLATE_NOOP("Actions", "Jump to a country in the matrix by name or code"),
    ),
    ActionSpec(
        "as_of",
        QT_TRANSLATE_NOOP("Actions", "&As-of date"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Show the tracker as it stood on a date"),
    ),
    ActionSpec(
        "group_filter",
        QT_TRANSLATE_NOOP("Actions", "Gr&oup filter"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Show one group of countries"),
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "Highlight &changes since…"),
        "compare",
        QT_TRANSLATE_NOOP("Actions", "Outline cells whose status changed since a date"),
        checkable=True,
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "E&xport…"),
        "export",
        QT_TRANSLATE_NOOP("Actions", "Export the scorecard, assessments, history or evidence"),
    ),
    ActionSpec("new_tracker", QT_TRANSLATE_NOOP("Actions", "&New tracker…")),
    ActionSpec("open_tracker", QT_TRANSLATE_NOOP("Actions", "&Open tracker…")),
    ActionSpec("save_copy", QT_TRANSLATE_NOOP("Actions", "Save a &copy…")),
    ActionSpec(
        "check_tracker",
        QT_TRANSLATE_NOOP("Actions", "Chec&k and repair tracker…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Check the tracker file for damage and repair what can be repaired"),
    ),
    ActionSpec(
        "restore_backup",
        QT_TRANSLATE_NOOP("Actions", "Restore from &backup…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Replace the tracker with one of its automatic backups (the current state"
            " is backed up first)",
        ),
    ),
    ActionSpec(
        "share_tracker",
        QT_TRANSLATE_NOOP("Actions", "S&hare tracker…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Share this tracker with your coalition through a shared folder"),
    ),
    ActionSpec(
        "join_tracker",
        QT_TRANSLATE_NOOP("Actions", "&Join a shared tracker…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Ask to join a coalition's shared tracker, then make your copy of it"),
    ),
    ActionSpec(
        "sync_now",
        QT_TRANSLATE_NOOP("Actions", "S&ync now"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Send your changes to the shared folder and take everyone else's"),
    ),
    ActionSpec(
        "members",
        QT_TRANSLATE_NOOP("Actions", "&Members…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Who shares this tracker, when each last synced; add or remove members"),
    ),
    ActionSpec(
        "conflicts",
        QT_TRANSLATE_NOOP("Actions", "Con&flicts…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Changes made on two copies without seeing each other: keep or swap them"),
    ),
    ActionSpec(
        "import_evidence",
        QT_TRANSLATE_NOOP("Actions", "&Import evidence…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Bring in evidence kept in a spreadsheet (CSV or Excel)"),
    ),
    ActionSpec(
        "import_codebook",
        QT_TRANSLATE_NOOP("Actions", "Impor&t codebook…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Give a blank tracker its recommendations and status scale from a codebook"
            " (JSON) or a CSV of recommendations",
        ),
    ),
    ActionSpec(
        "export_codebook",
        QT_TRANSLATE_NOOP("Actions", "Export co&debook…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Save this tracker's codebook as a JSON file another tracker can start from"
            " (init --codebook)",
        ),
    ),
    ActionSpec(
        "edit_countries",
        QT_TRANSLATE_NOOP("Actions", "Countries and &groups…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Add, archive and restore countries; create, rename and delete groups and"
            " choose their members",
        ),
    ),
    ActionSpec(
        "edit_codebook",
        QT_TRANSLATE_NOOP("Actions", "&Codebook…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "Edit the recommendations, the status scale, the grades and the tracker's"
            " title, source and settings",
        ),
    ),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit")),
    ActionSpec("show_matrix", QT_TRANSLATE_NOOP("Actions", "&Matrix"), "matrix"),
    ActionSpec("show_evidence", QT_TRANSLATE_NOOP("Actions", "&Evidence"), "evidence"),
    ActionSpec("show_scorecards", QT_TRANSLATE_NOOP("Actions", "&Scorecards"), "scorecards"),
    ActionSpec("toggle_details", QT_TRANSLATE_NOOP("Actions", "Cell &details")),
    ActionSpec(
        "show_history",
        QT_TRANSLATE_NOOP("Actions", "&History"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Every change ever made, newest first"),
    ),
    ActionSpec(
        "show_review",
        QT_TRANSLATE_NOOP("Actions", "&Review"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Proposed statuses waiting for review, and those returned to you"),
    ),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "Re&fresh")),
    ActionSpec(
        "user_guide",
        QT_TRANSLATE_NOOP("Actions", "&User guide"),
        None,
        QT_TRANSLATE_NOOP("Actions", "How to use Policy Tracker (works offline)"),
    ),
    ActionSpec(
        "keyboard_shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Every keyboard shortcut, searchable"),
    ),
    ActionSpec("help", QT_TRANSLATE_NOOP("Actions", "&About Policy Tracker")),
)


UNDO_TEXTS = {"undo": QT_TRANSLATE_NOOP("Actions", "&Undo"), "redo": QT_TRANSLATE_NOOP("Actions", "&Redo")}


def translated(text: str, context: str = "Actions") -> str:
    """``text`` in the interface's language (itself when no translator is installed)."""
    return QCoreApplication.translate(context, text)


def action_label(name: str) -> str:
    """An action's text as a person reads it ("Go to country"), for the shortcuts list."""
    spec = next((s for s in ACTIONS if s.name == name), None)
    text = spec.text if spec else UNDO_TEXTS.get(name, name.replace("_", " ").capitalize())
    return translated(text).replace("&", "").replace("…", "")


def make_action(parent: QWidget, spec: ActionSpec, icon_color: str) -> QAction:
    """One action with its icon, shortcuts and tips (the tooltip names the first shortcut)."""
    text = translated(spec.text)
    tip = translated(spec.tip) if spec.tip else None
    action = QAction(text, parent)
    action.setObjectName(spec.name)
    if spec.icon:
        action.setIcon(action_icon(spec.icon, icon_color))
    keys = shortcuts_for(spec.name)
    if keys:
        action.setShortcuts(keys)
    tip_text = tip or text.replace("&", "").replace("…", "")
    if keys:
        tip_text += f" ({keys[0].toString(keys[0].SequenceFormat.NativeText)})"
    action.setToolTip(tip_text)
    action.setStatusTip(tip or text.replace("&", ""))
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
    for name, make in (("undo", undo_stack.createUndoAction), ("redo", undo_stack.createRedoAction)):
        action = make(parent, translated(UNDO_TEXTS[name]))
        action.setObjectName(name)
        action.setShortcuts(shortcuts_for(name))
        action.setIcon(action_icon(name, icon_color))
        parent.addAction(action)
        actions[name] = action
    return actions


def build_toolbar(actions: Mapping[str, QAction], add_view_controls: Callable[[QToolBar], None]) -> QToolBar:
    """New evidence, Set status | Undo, Redo, Search | the view controls | Export."""
    title = translated(QT_TRANSLATE_NOOP("Menus", "Main toolbar"), "Menus")
    bar = QToolBar(title)
    bar.setObjectName("mainToolbar")
    bar.setAccessibleName(title)
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
    texted = [bar.widgetForAction(actions[name]) for name in ("new_evidence", "set_status", "export")]
    ToolbarFit(bar, [b for b in texted if isinstance(b, QToolButton)])
    return bar


class ToolbarFit(QObject):
    """Shows the toolbar buttons' words while the toolbar fits, else only their icons (the words stay in the
    tooltip and the accessible name), one button at a time, Export first and New evidence last, so the as-of
    date, the group and Export stay on screen in a longer language (Russian needs 1,416 px) or a narrow window
    instead of going behind Qt's » button."""

    # Room to spare before a button gets its words back, so that no width makes the buttons go back and forth.
    MARGIN = 12

    def __init__(self, bar: QToolBar, buttons: list[QToolButton]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.waiting = list(reversed(buttons))  # with their words, the next to lose them first
        self.compacted: list[tuple[QToolButton, int]] = []  # icons only, with how much their words took
        # Looked at once the toolbar has laid itself out (an event filter sees the event before the layout does).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.bar and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._later.start()
        return False

    def fit(self) -> None:
        """One button loses its words while Qt hides a control behind », or gets them back once they fit."""
        extension = self.bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            if self.waiting:
                button = self.waiting.pop(0)
                with_words = button.sizeHint().width()
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                self.compacted.append((button, with_words - button.sizeHint().width()))
        elif self.compacted and (self.bar.sizeHint().width() + self.compacted[-1][1] + self.MARGIN
                                 <= self.bar.width()):
            button, _words = self.compacted.pop()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.waiting.insert(0, button)
        else:
            return
        # A button behind » is hidden and does not ask its toolbar to lay out again: ask for it.
        layout = self.bar.layout()
        if layout is not None:
            layout.invalidate()


def build_menus(menu: QMenuBar, actions: Mapping[str, QAction], recent_menu: QMenu) -> None:
    """File, Edit, Evidence, Status, View and Help."""
    file_menu = menu.addMenu(translated(QT_TRANSLATE_NOOP("Menus", "&File"), "Menus"))
    recent_menu.setTitle(translated(QT_TRANSLATE_NOOP("Menus", "Open &recent"), "Menus"))
    file_menu.addAction(actions["new_tracker"])
    file_menu.addAction(actions["open_tracker"])
    file_menu.addMenu(recent_menu)
    file_menu.addAction(actions["save_copy"])
    file_menu.addAction(actions["check_tracker"])
    file_menu.addAction(actions["restore_backup"])
    file_menu.addSeparator()
    for name in ("share_tracker", "join_tracker", "sync_now", "members", "conflicts"):
        file_menu.addAction(actions[name])
    file_menu.addSeparator()
    for name in ("import_evidence", "import_codebook", "export", "export_codebook"):
        file_menu.addAction(actions[name])
    file_menu.addSeparator()
    file_menu.addAction(actions["preferences"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    edit_menu = menu.addMenu(translated(QT_TRANSLATE_NOOP("Menus", "&Edit"), "Menus"))
    edit_menu.addAction(actions["undo"])
    edit_menu.addAction(actions["redo"])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["find"])
    edit_menu.addSeparator()
    edit_menu.addAction(actions["edit_codebook"])
    edit_menu.addAction(actions["edit_countries"])
    evidence_menu = menu.addMenu(translated(QT_TRANSLATE_NOOP("Menus", "E&vidence"), "Menus"))
    for name in ("new_evidence", "edit_evidence", "archive_evidence", "open_link"):
        evidence_menu.addAction(actions[name])
    status_menu = menu.addMenu(translated(QT_TRANSLATE_NOOP("Menus", "&Status"), "Menus"))
    status_menu.addAction(actions["set_status"])
    view_menu = menu.addMenu(translated(QT_TRANSLATE_NOOP("Menus", "Vie&w"), "Menus"))
    for name in ("show_matrix", "show_evidence", "show_scorecards", "toggle_details", "show_history", "show_review"):
        view_menu.addAction(actions[name])
    view_menu.addSeparator()
    view_menu.addAction(actions["goto_country"])
    for name in ("as_of", "group_filter", "compare"):
        view_menu.addAction(actions[name])
    view_menu.addSeparator()
    view_menu.addAction(actions["refresh"])
    help_menu = menu.addMenu(translated(QT_TRANSLATE_NOOP("Menus", "&Help"), "Menus"))
    help_menu.addAction(actions["user_guide"])
    help_menu.addAction(actions["keyboard_shortcuts"])
    help_menu.addSeparator()
    help_menu.addAction(actions["help"])
