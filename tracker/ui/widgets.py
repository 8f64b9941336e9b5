"""Small reusable widgets: a searchable check list and an optional date field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

DATE_FORMAT = "yyyy-MM-dd"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def make_date_edit(name: str, value: str | None = None) -> QDateEdit:
    """A date field with a calendar pop-up, in ISO format, named for screen readers."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2200, 12, 31))
    edit.setDate(QDate.fromString(value, DATE_FORMAT) if value else QDate.currentDate())
    edit.setAccessibleName(name)
    return edit


def date_text(edit: QDateEdit) -> str:
    return edit.date().toString(DATE_FORMAT)


class OptionalDate(QWidget):
    """A date that may be left out: a check box enables the date field."""

    def __init__(self, name: str, value: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox("Known")
        self.check.setAccessibleName(f"{name} known")
        self.edit = make_date_edit(name, value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.setAccessibleName(name)

    def value(self) -> str | None:
        return date_text(self.edit) if self.check.isChecked() else None


class CheckList(QWidget):
    """A filterable list of check boxes (countries, groups, recommendations)."""

    changed = Signal()

    def __init__(
        self, name: str, placeholder: str = "Filter…", parent: QWidget | None = None, *, summary_keys: bool = True
    ) -> None:
        super().__init__(parent)
        self._summary_keys = summary_keys
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(f"Filter {name.lower()}")
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(name)
        self.view.setUniformItemSizes(True)
        self.summary = QLabel()
        self.summary.setAccessibleName(f"{name} chosen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.model.itemChanged.connect(self._on_item_changed)
        self.setAccessibleName(name)
        self._update_summary()

    def set_items(self, items: Iterable[tuple[str, str]], icons: dict[str, QIcon] | None = None) -> None:
        self.model.clear()
        for key, label in items:
            item = QStandardItem(label)
            item.setData(key, KEY_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            if icons and key in icons:
                item.setIcon(icons[key])
            self.model.appendRow(item)
        self._update_summary()

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        self.model.blockSignals(True)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.model.blockSignals(False)
        self.view.viewport().update()
        self._update_summary()
        self.changed.emit()

    def checked(self) -> list[str]:
        return [
            self.model.item(row).data(KEY_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def keys(self) -> Sequence[str]:
        return [self.model.item(row).data(KEY_ROLE) for row in range(self.model.rowCount())]

    def _on_item_changed(self, _item: QStandardItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        chosen = self.checked() if self.model.rowCount() else []
        if not chosen:
            self.summary.setText("None chosen")
        elif len(chosen) <= 6 and self._summary_keys:
            self.summary.setText("Chosen: " + ", ".join(chosen))
        else:
            self.summary.setText(f"{len(chosen)} chosen")
