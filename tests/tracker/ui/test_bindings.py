"""Guards against Qt bindings that would crash the app on this Python."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_data_keeps_none_alive(qapp) -> None:
    """PySide6 6.12.0 drops a reference to None each time a Python data() returns
    None; on Python 3.11 that ends in 'deallocating None' and a crash on exit.
    pyproject.toml keeps such a release out; this test fails if one slips in."""
    model = _NoneModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        assert index.data(Qt.ItemDataRole.UserRole) is None
    assert sys.getrefcount(None) >= before - 20
