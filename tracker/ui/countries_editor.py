"""Edit › Countries and groups: which countries the tracker follows and how they are grouped.

Every button runs one undoable command (:mod:`.commands`) through
``ctx.run`` the moment it is pressed, so the dialog has nothing to save:
Close just closes, and Ctrl+Z (here or in the window) takes back each step.
The lists are read again whenever a change reaches the bus, so an undo from
the window's menu shows here too.  Archived countries stay listed (marked in
words) so they can be restored; they leave the matrix, scores and ranks.
Countries are named in the interface's language where the ISO 3166
translations have the name (:func:`.goto.shown_country_name`); the English
name still finds them, and the list then shows it beside the translated one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError, queries
from db.iso import iso_countries
from db.ops import Change

from .commands import AddCountry, AddGroup, ArchiveCountry, DeleteGroup, RenameGroup, SetGroupMembers, TrackerCommand
from .context import AppContext
from .goto import (
    down_into_list,
    english_unless_translated,
    matched_name,
    rank_countries,
    shown_country_name,
    sort_by_name,
    warm_up,
)
from .widgets import KEY_ROLE, CheckList

#: How many ISO matches the "Add country" list shows at most (the best first).
MAX_MATCHES = 50


def _country_label(name: str, code: str, archived: bool, also: str | None = None) -> str:
    """A country as listed: archived ones say so in words (never by colour alone); ``also`` is its name in
    another language when that is what the filter matched."""
    label = f"{name} ({code}) — {also}" if also else f"{name} ({code})"
    return QCoreApplication.translate("CountriesEditor", "%1 — archived").replace("%1", label) if archived else label


class CountryCounts(QObject):
    """The editor's texts with a count, in the language's plural forms (lupdate keeps a numerus only for
    ``self.tr``)."""

    def matches(self, n: int) -> str:
        source = "%Ln countries match: Enter adds the highlighted one."
        english = ("1 country matches: Enter adds it." if n == 1
                   else f"{n} countries match: Enter adds the highlighted one.")
        if n == 1:  # "it": one country, whatever the language's plural form of 1 (21 is another)
            return self.tr("1 country matches: Enter adds it.")
        return english_unless_translated(
            self.tr("%Ln countries match: Enter adds the highlighted one.", "", n), source, n, english)

    def group_tip(self, name: str, members: int) -> str:
        """ "EU: 27 countries" (the group's name is data: never translated)."""
        counted = self.tr("%Ln countries", "", members)
        english = f"{members} countries"
        return f"{name}: {english_unless_translated(counted, '%Ln countries', members, english)}"


class CountriesEditor(QDialog):
    """Two panes: the tracked countries (add, archive, restore) and the groups (create, rename, delete, members)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Countries and groups"))
        self.setAccessibleName(self.tr("Countries and groups"))
        self._filling = False
        self._countries: list[tuple[str, str, bool]] = []  # (code, name as shown, archived)
        self._english: dict[str, str] = {}  # code: name as stored (English)
        self._counts = CountryCounts(self)
        self._groups: dict[str, list[str]] = {}
        self._member_items: list[tuple[str, str]] = []

        # -- countries pane ----------------------------------------------------------
        self.country_filter = QLineEdit()
        self.country_filter.setPlaceholderText(self.tr("Filter by name or code"))
        self.country_filter.setClearButtonEnabled(True)
        self.country_filter.setAccessibleName(self.tr("Filter tracked countries"))
        self.country_list = QListWidget()
        self.country_list.setAccessibleName(self.tr("Tracked countries"))
        self.country_list.setUniformItemSizes(True)
        down_into_list(self.country_filter, self.country_list)
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.setAccessibleName(self.tr("Archive country"))
        self.archive_button.setToolTip(self.tr("Leave the matrix, scores and ranks; the country's evidence and"
                                               " history stay"))
        self.restore_button = QPushButton(self.tr("Re&store"))
        self.restore_button.setAccessibleName(self.tr("Restore country"))
        self.restore_button.setToolTip(self.tr("Bring an archived country back into the matrix"))
        self.country_count = QLabel()
        self.country_count.setAccessibleName(self.tr("Countries tracked"))

        self.add_edit = QLineEdit()
        self.add_edit.setPlaceholderText(self.tr("Type a name or ISO code, e.g. ukr or UA"))
        self.add_edit.setToolTip(self.tr("A name in English, Belarusian, Ukrainian, Russian, Polish or Lithuanian,"
                                         " or an ISO code"))
        self.add_edit.setClearButtonEnabled(True)
        self.add_edit.setAccessibleName(self.tr("Country to add, name or code"))
        self.add_matches = QListWidget()
        self.add_matches.setAccessibleName(self.tr("ISO countries not yet tracked"))
        self.add_matches.setUniformItemSizes(True)
        down_into_list(self.add_edit, self.add_matches)
        self.add_button = QPushButton(self.tr("A&dd country"))
        self.add_button.setAccessibleName(self.tr("Add country"))
        self.add_hint = QLabel()
        self.add_hint.setAccessibleName(self.tr("Add country matches"))
        self.add_hint.setWordWrap(True)
        add_label = QLabel(self.tr("Add &country (any ISO 3166 country):"))
        add_label.setWordWrap(True)
        add_label.setBuddy(self.add_edit)

        countries_box = QGroupBox(self.tr("Countries"))
        countries_box.setAccessibleName(self.tr("Countries"))
        left = QVBoxLayout(countries_box)
        left.addWidget(self.country_filter)
        left.addWidget(self.country_list, 3)
        row = QHBoxLayout()
        row.addWidget(self.archive_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.country_count)
        left.addLayout(row)
        left.addSpacing(6)
        left.addWidget(add_label)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_edit, 1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)
        left.addWidget(self.add_matches, 1)
        left.addWidget(self.add_hint)

        # -- groups pane ------------------------------------------------------------
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setUniformItemSizes(True)
        self.group_name = QLineEdit()
        self.group_name.setAccessibleName(self.tr("Group name"))
        self.group_name.setPlaceholderText(self.tr("A name, e.g. Nordic countries"))
        name_label = QLabel(self.tr("Group &name:"))
        name_label.setBuddy(self.group_name)
        self.new_group_button = QPushButton(self.tr("&New group"))
        self.new_group_button.setAccessibleName(self.tr("New group"))
        self.new_group_button.setToolTip(self.tr("Create a group with the name typed (its members ticked next)"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.rename_button.setAccessibleName(self.tr("Rename group"))
        self.rename_button.setToolTip(self.tr("Give the chosen group the name typed"))
        self.delete_button = QPushButton(self.tr("De&lete group"))
        self.delete_button.setAccessibleName(self.tr("Delete group"))
        self.delete_button.setToolTip(self.tr("Remove the group; its countries and evidence stay (Ctrl+Z brings it"
                                              " back)"))
        self.members = CheckList(self.tr("Members"), self.tr("Filter countries…"))
        members_label = QLabel(self.tr("&Members (tick the countries in the chosen group):"))
        members_label.setWordWrap(True)
        members_label.setBuddy(self.members.filter)

        groups_box = QGroupBox(self.tr("Groups"))
        groups_box.setAccessibleName(self.tr("Groups"))
        right = QGridLayout(groups_box)
        right.addWidget(self.group_list, 0, 0, 1, 2)
        right.addWidget(name_label, 1, 0)
        right.addWidget(self.group_name, 1, 1)
        buttons = QHBoxLayout()
        for b in (self.new_group_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right.addLayout(buttons, 2, 0, 1, 2)
        right.addWidget(members_label, 3, 0, 1, 2)
        right.addWidget(self.members, 4, 0, 1, 2)
        right.setRowStretch(0, 2)
        right.setRowStretch(4, 3)

        # -- the dialog -------------------------------------------------------------
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close"))
        close_button.setAutoDefault(False)
        note = QLabel(self.tr("Each change is saved at once and is in the history; Ctrl+Z undoes it."))
        note.setAccessibleName(self.tr("How changes are saved"))
        note.setWordWrap(True)
        panes = QHBoxLayout()
        panes.addWidget(countries_box, 1)
        panes.addWidget(groups_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        for b in (self.archive_button, self.restore_button, self.add_button, self.new_group_button,
                  self.rename_button, self.delete_button):
            b.setAutoDefault(False)

        # Undo and redo work while the dialog has the focus (the window's shortcuts do not reach a modal dialog).
        for keys, step in ((QKeySequence.StandardKey.Undo, ctx.undo), (QKeySequence.StandardKey.Redo, ctx.redo)):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(step)
            self.addAction(action)

        self.country_filter.textChanged.connect(lambda _t: self._fill_countries())
        self.country_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.archive_button.clicked.connect(lambda: self._archive(True))
        self.restore_button.clicked.connect(lambda: self._archive(False))
        self.add_edit.textChanged.connect(self._fill_matches)
        self.add_edit.returnPressed.connect(self._add_country)
        self.add_matches.itemActivated.connect(lambda _i: self._add_country())
        self.add_button.clicked.connect(self._add_country)
        self.group_list.currentItemChanged.connect(lambda *_a: self._group_chosen())
        self.group_name.textChanged.connect(lambda _t: self._update_buttons())
        self.group_name.returnPressed.connect(self._name_entered)
        self.new_group_button.clicked.connect(self._new_group)
        self.rename_button.clicked.connect(self._rename_group)
        self.delete_button.clicked.connect(self._delete_group)
        self.members.changed.connect(self._members_changed)
        ctx.bus.changed.connect(self.reload_on_change)
        self.resize(900, 620)
        self.reload()
        QTimer.singleShot(0, self, warm_up)  # every language's country names, read before the first letter is typed

    # -- reading ----------------------------------------------------------------------
    def reload_on_change(self, change: Change) -> None:
        """Any edit to countries or groups (here, an undo in the window, another program) shows at once."""
        if change.codebook:
            self.reload()

    def reload(self) -> None:
        """Read the countries and groups again, keeping what was chosen."""
        book = queries.codebook_view(self.ctx.tracker)
        lang = self.ctx.language
        self._english = {c.code: c.name for c in book.countries}
        self._countries = [(c.code, shown_country_name(c.code, c.name, lang), c.archived) for c in book.countries]
        if lang != "en":  # the tracker keeps them in English alphabetical order: list them in the language's
            order = {code: i for i, (code, _n) in enumerate(sort_by_name([(c, n) for c, n, _a in self._countries]))}
            self._countries.sort(key=lambda c: order[c[0]])
        self._groups = book.groups
        self._fill_countries()
        self._fill_matches(self.add_edit.text())
        self._fill_groups()

    def _fill_countries(self) -> None:
        current = self.current_country()
        text = self.country_filter.text()
        pairs = [(code, name) for code, name, _a in self._countries]
        order = rank_countries(text, pairs) if text.strip() else range(len(pairs))
        self.country_list.clear()
        for i in order:
            code, name, archived = self._countries[i]
            english = self._english.get(code, name)
            other = matched_name(text, code, name, english) if text.strip() else None
            item = QListWidgetItem(_country_label(name, code, archived, other))
            item.setData(KEY_ROLE, code)
            if english != name:
                item.setToolTip(english)
            self.country_list.addItem(item)
            if code == current:
                self.country_list.setCurrentItem(item)
        if self.country_list.currentRow() < 0 and self.country_list.count():
            self.country_list.setCurrentRow(0)
        n_archived = sum(1 for c in self._countries if c[2])
        active = len(self._countries) - n_archived
        locale = QLocale()
        self.country_count.setText(
            self.tr("%1 tracked, %2 archived").replace("%1", locale.toString(active))
            .replace("%2", locale.toString(n_archived)) if n_archived
            else self.tr("%1 tracked").replace("%1", locale.toString(active)))
        self._update_buttons()

    def _fill_matches(self, text: str) -> None:
        """The ISO countries not tracked yet (archived ones too: adding restores them) that match what is typed."""
        tracked = {code for code, _n, archived in self._countries if not archived}
        lang = self.ctx.language
        english = {c.alpha2: c.name for c in iso_countries().values() if c.alpha2 not in tracked}
        pool = sorted(english.items(), key=lambda p: p[1]) if lang == "en" else sort_by_name(
            [(code, shown_country_name(code, name, lang)) for code, name in english.items()])
        self.add_matches.clear()
        if not text.strip():
            self.add_hint.setText(self.tr("Type part of a name or a code to find a country."))
            self._update_buttons()
            return
        found = rank_countries(text, pool)
        archived = {code for code, _n, a in self._countries if a}
        for i in found[:MAX_MATCHES]:
            code, name = pool[i]
            # "Germany (DE) — Niemcy": why "niem" found it
            other = matched_name(text, code, name, english[code])
            label = f"{name} ({code}) — {other}" if other else f"{name} ({code})"
            if code in archived:
                label += self.tr(" — archived here, adding restores it")
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, code)
            self.add_matches.addItem(item)
        if found:
            self.add_matches.setCurrentRow(0)
            self.add_hint.setText(self._counts.matches(len(found)))
        elif rank_countries(text, [(code, name) for code, name, _a in self._countries]):
            self.add_hint.setText(self.tr("“%1” is already tracked.").replace("%1", text.strip()))
        else:
            self.add_hint.setText(self.tr("No ISO country matches “%1”.").replace("%1", text.strip()))
        self._update_buttons()

    def _fill_groups(self) -> None:
        current = self.current_group()
        self._filling = True
        self.group_list.clear()
        for name, members in self._groups.items():
            item = QListWidgetItem(f"{name} ({len(members)})")
            item.setData(KEY_ROLE, name)
            item.setToolTip(self._counts.group_tip(name, len(members)))
            self.group_list.addItem(item)
            if name == current:
                self.group_list.setCurrentItem(item)
        items = [(code, _country_label(name, code, a)) for code, name, a in self._countries]
        if items != self._member_items:  # rebuilt only when the countries changed: a tick keeps the scroll place
            self._member_items = items
            self.members.set_items(items)
        self._filling = False
        self._group_chosen(keep_name=current is not None and current in self._groups)

    # -- what is chosen -----------------------------------------------------------------
    def current_country(self) -> str | None:
        if self.country_list.currentRow() < 0:
            return None
        return str(self.country_list.currentItem().data(KEY_ROLE))

    def current_group(self) -> str | None:
        if self.group_list.currentRow() < 0:
            return None
        return str(self.group_list.currentItem().data(KEY_ROLE))

    def _group_chosen(self, keep_name: bool = False) -> None:
        if self._filling:
            return
        name = self.current_group()
        self._filling = True
        self.members.set_checked(self._groups.get(name, []) if name else [])
        self.members.setEnabled(name is not None)
        if name is not None and not (keep_name and self.group_name.text().strip()):
            self.group_name.setText(name)
        self._filling = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        code = self.current_country()
        archived = next((a for c, _n, a in self._countries if c == code), None)
        self.archive_button.setEnabled(archived is False)
        self.restore_button.setEnabled(archived is True)
        self.add_button.setEnabled(self.add_matches.currentRow() >= 0)
        group = self.current_group()
        typed = self.group_name.text().strip()
        self.rename_button.setEnabled(group is not None and bool(typed) and typed != group)
        self.delete_button.setEnabled(group is not None)
        self.new_group_button.setEnabled(bool(typed) and typed.casefold() not in
                                         {g.casefold() for g in self._groups})

    # -- changing -------------------------------------------------------------------------
    def _run(self, command: TrackerCommand) -> bool:
        """Run one undoable edit; a refusal is shown in the dialog (it names what is wrong)."""
        try:
            self.ctx.run(command)
        except ValidationError as exc:
            self.message.setText(f"⚠ {exc.message}")
            self.message.show()
            return False
        self.message.hide()
        return True

    def _archive(self, archived: bool) -> None:
        code = self.current_country()
        if code is not None:
            self._run(ArchiveCountry(self.ctx, code, archived))

    def _add_country(self) -> None:
        if self.add_matches.currentRow() < 0:
            return
        code = str(self.add_matches.currentItem().data(KEY_ROLE))
        if self._run(AddCountry(self.ctx, code)):
            self.add_edit.clear()
            self.country_filter.clear()
            match = self.country_list.findItems(f"({code})", Qt.MatchFlag.MatchContains)
            if match:
                self.country_list.setCurrentItem(match[0])
            self.ctx.bus.message.emit(self.tr("Added %1; Ctrl+Z undoes it.").replace("%1", code), 5000)

    def _name_entered(self) -> None:
        if self.rename_button.isEnabled():
            self._rename_group()
        elif self.new_group_button.isEnabled():
            self._new_group()

    def _select_group(self, name: str) -> None:
        for row in range(self.group_list.count()):
            if self.group_list.item(row).data(KEY_ROLE) == name:
                self.group_list.setCurrentRow(row)
                return

    def _new_group(self) -> None:
        name = self.group_name.text().strip()
        command = AddGroup(self.ctx, name)
        if self._run(command) and command.created:
            self._select_group(command.created)
            self.members.filter.setFocus()

    def _rename_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        command = RenameGroup(self.ctx, group, self.group_name.text())
        if self._run(command):
            self._select_group(command.new_name)

    def _delete_group(self) -> None:
        group = self.current_group()
        if group is not None and self._run(DeleteGroup(self.ctx, group)):
            self.ctx.bus.message.emit(
                self.tr("Deleted the group %1; Ctrl+Z brings it back.").replace("%1", group), 5000)

    def _members_changed(self) -> None:
        group = self.current_group()
        if self._filling or group is None:
            return
        ticked = sorted(self.members.checked())
        if ticked != sorted(self._groups.get(group, [])):
            self._run(SetGroupMembers(self.ctx, group, ticked))


__all__ = ["CountriesEditor"]
