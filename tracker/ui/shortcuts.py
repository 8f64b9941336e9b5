"""Every keyboard shortcut of the app, declared in one place.

Standard actions use ``QKeySequence.StandardKey`` so they follow the
platform (Ctrl+O on Linux and Windows, Cmd+O on macOS); the others pick keys
that no standard action uses.  Sequences are built on demand: a standard key
can only be resolved once the application (and its platform theme) exists.
Help › Keyboard shortcuts lists this table (and :data:`VIEW_KEYS`), so what
the help says is always what the app does.  :data:`VIEW_KEYS`' words are marked
for translation (context "ShortcutsDialog") and translated where the list shows them;
key names such as "Enter" stay as the keyboard labels them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from .language import QT_TRANSLATE_NOOP

StandardKey = QKeySequence.StandardKey


KeySpec = StandardKey | str

SHORTCUTS: dict[str, tuple[KeySpec, ...]] = {
    "new_evidence": (StandardKey.New,),
    "set_status": ("Ctrl+T",),
    "edit_evidence": ("Ctrl+Shift+E",),
    "archive_evidence": ("Ctrl+Shift+Delete",),
    "open_link": ("Ctrl+L",),
    "find": (StandardKey.Find,),
    "goto_country": ("Ctrl+K",),
    "as_of": ("Ctrl+D",),
    "group_filter": ("Ctrl+G",),
    "compare": ("Ctrl+Shift+D",),
    "export": ("Ctrl+Shift+X",),
    "new_tracker": ("Ctrl+Shift+N",),
    "import_evidence": ("Ctrl+I",),
    "sync_now": ("Ctrl+Shift+R",),
    "open_tracker": (StandardKey.Open,),
    "save_copy": (StandardKey.SaveAs,),
    "preferences": (StandardKey.Preferences, "Ctrl+,"),
    "quit": (StandardKey.Quit, "Ctrl+Q"),
    "undo": (StandardKey.Undo,),
    # Ctrl+Y as well on every platform (the platform's Redo is Ctrl+Shift+Z on Linux and macOS).
    "redo": (StandardKey.Redo, "Ctrl+Y"),
    "show_matrix": ("Ctrl+1",),
    "show_evidence": ("Ctrl+2",),
    "show_scorecards": ("Ctrl+3",),
    "toggle_details": ("Ctrl+4",),
    "show_history": ("Ctrl+5",),
    "show_review": ("Ctrl+6",),
    "refresh": (StandardKey.Refresh, "F5"),
    "user_guide": (StandardKey.HelpContents, "F1"),
    "keyboard_shortcuts": ("Ctrl+/",),
}

#: Keys that act inside one view or form rather than through a menu action: (keys, what they do, where).
VIEW_KEYS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Arrow keys"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Move from cell to cell"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Matrix")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Set the status of the selected cell"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Matrix")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Type a name or code"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Jump to that country (\"lit\" finds Lithuania)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Matrix")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the form"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Forms")),
    ("Escape", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the form or box"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Forms")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Down"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move from a search or filter box into its list"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Search boxes")),
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Search now"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Evidence search")),
)


def shortcuts_for(name: str) -> list[QKeySequence]:
    """The shortcuts of an action, without empty or repeated sequences."""
    found: list[QKeySequence] = []
    for spec in SHORTCUTS.get(name, ()):
        sequences = QKeySequence.keyBindings(spec) if isinstance(spec, StandardKey) else [QKeySequence(spec)]
        for seq in sequences:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found


def typed_shortcuts(name: str) -> list[QKeySequence]:
    """The shortcuts of an action that a person types (what the help lists).

    The platform's standard keys include dedicated keys of some keyboards
    ("New", "Find", "Undo", "Help"): they still work, but listing them
    among Ctrl+N and F1 only puzzles people.
    """
    return [seq for seq in shortcuts_for(name) if not _dedicated_key(seq)]


def _dedicated_key(seq: QKeySequence) -> bool:
    key = seq[0].key().value  # type: ignore[index]  # (QKeySequence[i] is missing from the stubs)
    return key >= Qt.Key.Key_Help.value and not Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value
