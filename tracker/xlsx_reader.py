"""Streaming rows out of an Excel workbook (.xlsx) for the importer.  No Qt.

openpyxl's read-only mode parses the sheet's XML as it goes, so rows are
never all in memory (the workbook's shared-strings table is, as openpyxl
always loads it).  Every cell comes back as text, the way it would read in a
CSV file: dates as ``YYYY-MM-DD``, whole numbers without a decimal point.
"""

from __future__ import annotations

import datetime as _dt
import warnings
import zipfile
from collections.abc import Iterator
from typing import IO, Any

#: The sheet our own Excel export keeps evidence in; preferred when present.
EVIDENCE_SHEET = "evidence"


class XlsxError(Exception):
    """The workbook cannot be read; the message is written for the user."""


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV file would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _load(source: str | IO[bytes]) -> Any:
    from openpyxl import load_workbook  # imported here: only xlsx imports need it

    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it ignores; they do not matter here.
        warnings.simplefilter("ignore")
        try:
            return load_workbook(source, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise XlsxError(f"it is not a readable Excel workbook ({exc})") from None


def sheet_names(source: str | IO[bytes]) -> list[str]:
    wb = _load(source)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def choose_sheet(names: list[str], wanted: str | None) -> str:
    """The sheet to import: ``wanted`` (any case), else one named 'evidence', else the first."""
    if not names:
        raise XlsxError("the workbook has no sheets")
    if wanted is not None:
        for name in names:
            if name.casefold() == wanted.strip().casefold():
                return name
        raise XlsxError(f"the workbook has no sheet named {wanted!r} (it has: {', '.join(names)})")
    for name in names:
        if name.casefold() == EVIDENCE_SHEET:
            return name
    return names[0]


def iter_rows(source: str | IO[bytes], sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(row number, [cell text, ...])`` for every row of the sheet, row 1 first.

    Empty rows are yielded too (as empty lists) so row numbers match Excel's.
    """
    wb = _load(source)
    try:
        ws = wb[choose_sheet(list(wb.sheetnames), sheet)]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, values in enumerate(ws.iter_rows(values_only=True), 1):
                cells = [cell_text(v) for v in values]
                while cells and cells[-1] == "":
                    cells.pop()
                yield number, cells
    finally:
        wb.close()
