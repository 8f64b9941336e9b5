"""Streaming rows out of an Excel workbook (.xlsx) for the importer.  No Qt.

openpyxl's read-only mode parses the sheet's XML as it goes, so rows are
never all in memory (the workbook's shared-strings table is, as openpyxl
always loads it).  Every cell comes back as text, the way it would read in a
CSV file: dates as ``YYYY-MM-DD``, whole numbers without a decimal point.
"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Iterator
from typing import IO, Any
from xml.etree.ElementTree import ParseError

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


def _problem(exc: BaseException) -> str:
    """What is wrong with a workbook that failed to load or read, as the end of a sentence.

    A hostile workbook can fail anywhere in openpyxl: XML that expands entities
    without end (expat's limit raises ``ParseError``), XML nested too deeply,
    parts that are missing or of the wrong type.  Each is told in one sentence.
    """
    reason = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    if isinstance(exc, ParseError) or type(exc).__name__ in ("XMLSyntaxError", "EntitiesForbidden", "DTDForbidden"):
        return f"it is not a readable Excel workbook: its XML is malformed or unsafe ({reason})"
    if isinstance(exc, RecursionError):
        return "it is not a readable Excel workbook: its XML is nested too deeply"
    return f"it is not a readable Excel workbook ({reason})"


def _load(source: str | IO[bytes]) -> Any:
    from openpyxl import load_workbook  # imported here: only xlsx imports need it

    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it ignores; they do not matter here.
        warnings.simplefilter("ignore")
        try:
            return load_workbook(source, read_only=True, data_only=True)
        except MemoryError:
            raise XlsxError("it is not a readable Excel workbook: it needs more memory than there is") from None
        except Exception as exc:  # noqa: BLE001 - any failure of a hostile file is one sentence (see _problem)
            raise XlsxError(_problem(exc)) from None


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
        try:
            ws = wb[choose_sheet(list(wb.sheetnames), sheet)]
        except KeyError as exc:
            raise XlsxError(_problem(exc)) from None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows = enumerate(ws.iter_rows(values_only=True), 1)
            while True:
                try:
                    number, values = next(rows)
                except StopIteration:
                    return
                except (XlsxError, GeneratorExit):
                    raise
                except Exception as exc:  # noqa: BLE001 - as in _load: one sentence, not a traceback
                    raise XlsxError(_problem(exc)) from None
                cells = [cell_text(v) for v in values]
                while cells and cells[-1] == "":
                    cells.pop()
                yield number, cells
    finally:
        wb.close()
