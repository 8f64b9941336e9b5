"""Help › Keyboard shortcuts and Help › User guide.

The shortcuts list is generated from :mod:`.shortcuts` (the one table the
actions are built from), so it cannot drift from what the keys do.  The user
guide is the README's user part, shipped inside the package as
``resources/user-guide.md`` so it opens offline and in an installed copy;
``python -m tracker.ui.help`` rewrites it from README.md (a test fails while
it is out of date).  The windows' own words are translated (contexts
"ShortcutsDialog", "UserGuideDialog"); the guide itself is the README's English.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .actions import QT_TRANSLATE_NOOP, action_label
from .goto import down_into_list
from .language import english_unless_translated
from .shortcuts import SHORTCUTS, VIEW_KEYS, typed_shortcuts

GUIDE_FILE = "user-guide.md"
#: README sections that are not for the app's users (installing, developing).
NOT_IN_GUIDE = ("Set up", "Development")

FILE, EDIT, EVIDENCE, STATUS, HELP, VIEW = (
    QT_TRANSLATE_NOOP("ShortcutsDialog", "File"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Evidence"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Status"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Help"), QT_TRANSLATE_NOOP("ShortcutsDialog", "View"))
#: Where each action lives in the menus, for the shortcuts list.
MENU_OF: dict[str, str] = {
    "new_tracker": FILE, "open_tracker": FILE, "save_copy": FILE, "import_evidence": FILE,
    "export": FILE, "preferences": FILE, "quit": FILE,
    "undo": EDIT, "redo": EDIT, "find": EDIT,
    "new_evidence": EVIDENCE, "edit_evidence": EVIDENCE, "archive_evidence": EVIDENCE, "open_link": EVIDENCE,
    "set_status": STATUS,
    "user_guide": HELP, "keyboard_shortcuts": HELP,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def native(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(what, keys, where) for every shortcut of the table, then the keys that work inside a view, in the
    interface's language (key names as the keyboard labels them)."""
    rows = []
    either = QCoreApplication.translate("ShortcutsDialog", " or ")
    for name in SHORTCUTS:
        keys = typed_shortcuts(name)
        if keys:
            rows.append((action_label(name), either.join(native(k) for k in keys), _tr(MENU_OF.get(name, VIEW))))
    rows.extend((_tr(what), _tr(keys), _tr(where)) for keys, what, where in VIEW_KEYS)
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut, filtered as you type (by action, key or place)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Where")])
        for row in shortcut_rows():
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setPlaceholderText(self.tr("Type to filter: an action (undo), a key (Ctrl+K) or a place"
                                               " (Matrix)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Shortcuts shown"))
        down_into_list(self.filter, self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Filter:"))
        label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        # Wide enough that no action's name is cut (they are longer in some languages than in English).
        needed = sum(self.table.sizeHintForColumn(column) for column in range(3)) + 90
        self.resize(max(640, min(needed, 1000)), 620)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        n = self.proxy.rowCount()
        counted = english_unless_translated(self.tr("%Ln shortcuts", "", n), "%Ln shortcuts", n,
                                            f"{n} shortcut{'' if n == 1 else 's'}")
        self.count.setText(counted if text.strip() or n else "")
        if text.strip() and not n:
            self.count.setText(self.tr("No shortcut matches “%1”.").replace("%1", text.strip()))

    def shown(self) -> list[tuple[str, str, str]]:
        """The rows the filter lets through, as shown."""
        index = self.proxy.index
        return [(index(r, 0).data(), index(r, 1).data(), index(r, 2).data()) for r in range(self.proxy.rowCount())]


# ---------------------------------------------------------------- user guide
def extract_user_guide(readme: str) -> str:
    """The README without its set-up and development sections, pictures and links to files in the repository.

    The guide is read inside the app, offline: screenshots and links to files
    next to the README would be broken there; links within the guide and to
    the web are kept.
    """
    kept: list[str] = []
    skipping = False
    in_code = False
    for raw in readme.splitlines():
        line = raw
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and line.startswith("## "):
            skipping = line[3:].strip() in NOT_IN_GUIDE
        if skipping:
            continue
        if not in_code:
            if re.fullmatch(r"\s*!\[[^\]]*\]\([^)]*\)\s*", line):
                continue  # a picture on its own line
            line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)
            line = re.sub(r"\[([^\]]+)\]\((?!https?:|#)[^)]*\)", r"\1", line)  # a link to a file: keep the words
            if line.strip() == "<!-- test-command -->":
                continue
        kept.append(line)
    text = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def user_guide_markdown() -> str:
    """The guide shipped with the app (``resources/user-guide.md``)."""
    return resources.files("resources").joinpath(GUIDE_FILE).read_text(encoding="utf-8")


def write_user_guide(readme: Path | None = None) -> Path:
    """Rewrite ``resources/user-guide.md`` from README.md; returns the file written."""
    root = Path(__file__).resolve().parents[2]
    source = readme or root / "README.md"
    dest = root / "resources" / GUIDE_FILE
    dest.write_text(extract_user_guide(source.read_text(encoding="utf-8")), encoding="utf-8")
    return dest


def heading_anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


class UserGuideDialog(QDialog):
    """The user guide, with a find box; links to the web open in the browser."""

    def __init__(self, open_url: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Policy Tracker — User guide"))
        self.setAccessibleName(self.tr("User guide"))
        self._open_url = open_url
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide text"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setMarkdown(user_guide_markdown())
        self.find_edit = QLineEdit()
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Enter finds the next)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _t: self.find_next(from_start=True))
        self.found = QLabel()
        self.found.setAccessibleName(self.tr("Find result"))
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.find_edit)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.find_edit, 1)
        top.addWidget(self.found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 760)

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next place the find box's text occurs (wrapping round); say when it does not."""
        text = self.find_edit.text().strip()
        if not text:
            self.found.clear()
            return False
        if from_start:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        hit = self.browser.find(text)
        if not hit:  # wrap round to the start
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            hit = self.browser.find(text)
        self.found.setText("" if hit else self.tr("Not found"))
        return hit

    def _link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            self._open_url(url.toString())
        elif url.hasFragment() and not url.path():
            self.scroll_to_heading(url.fragment())

    def scroll_to_heading(self, anchor: str) -> bool:
        """Show the heading a ``#anchor`` link names."""
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_anchor(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return True
            block = block.next()
        return False


__all__ = ["ShortcutsDialog", "UserGuideDialog", "extract_user_guide", "shortcut_rows",
           "user_guide_markdown", "write_user_guide"]

if __name__ == "__main__":
    print(f"Wrote {write_user_guide(Path(sys.argv[1]) if len(sys.argv) > 1 else None)}")
