"""Every keyboard shortcut of the app, declared in one place.

Standard actions use ``QKeySequence.StandardKey`` so they follow the
platform (Ctrl+O on Linux and Windows, Cmd+O on macOS); the others pick keys
that no standard action uses.  Sequences are built on demand: a standard key
can only be resolved once the application (and its platform theme) exists.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey
KeySpec = StandardKey | str

SHORTCUTS: dict[str, tuple[KeySpec, ...]] = {
    "new_evidence": (StandardKey.New,),
    "set_status": ("Ctrl+T",),
    "edit_evidence": ("Ctrl+Shift+E",),
    "archive_evidence": ("Ctrl+Shift+Delete",),
    "open_link": ("Ctrl+L",),
    "find": (StandardKey.Find,),
    "as_of": ("Ctrl+D",),
    "group_filter": ("Ctrl+G",),
    "compare": ("Ctrl+Shift+D",),
    "export": ("Ctrl+Shift+X",),
    "new_tracker": ("Ctrl+Shift+N",),
    "import_evidence": ("Ctrl+I",),
    "open_tracker": (StandardKey.Open,),
    "save_copy": (StandardKey.SaveAs,),
    "preferences": (StandardKey.Preferences, "Ctrl+,"),
    "quit": (StandardKey.Quit, "Ctrl+Q"),
    "undo": (StandardKey.Undo,),
    "redo": (StandardKey.Redo,),
    "show_matrix": ("Ctrl+1",),
    "show_evidence": ("Ctrl+2",),
    "show_scorecards": ("Ctrl+3",),
    "toggle_details": ("Ctrl+4",),
    "refresh": (StandardKey.Refresh, "F5"),
    "help": (StandardKey.HelpContents, "F1"),
}


def shortcuts_for(name: str) -> list[QKeySequence]:
    """The shortcuts of an action, without empty or repeated sequences."""
    found: list[QKeySequence] = []
    for spec in SHORTCUTS.get(name, ()):
        sequences = QKeySequence.keyBindings(spec) if isinstance(spec, StandardKey) else [QKeySequence(spec)]
        for seq in sequences:
            if not seq.isEmpty() and seq not in found:
                found.append(seq)
    return found
