"""The Excel export: one workbook with the four exports as sheets.

Sheets ``scorecard``, ``assessments``, ``history`` and ``evidence`` hold the
same columns and rows as the CSV exports (streamed by
:func:`tracker.exports.export_rows`, into write-only sheets), with the same values:

* text is exactly the CSV text — lists joined with ``|``, ``needs_review`` as
  ``true``/``false``, dates as ``YYYY-MM-DD`` text (never converted to Excel
  dates), and the **formula guard** applied (a cell starting with ``=``,
  ``+``, ``-``, ``@``, tab, carriage return or NUL gets a leading ``'``), so
  no cell is ever a formula;
* numbers (``score``, ``assessed``, ``total``, ``rank``) are real numbers, so
  they sort and sum; scores are shown with one decimal, as in the CSV;
* an empty cell means "none".

Two things a workbook cannot hold are changed, and only them: control
characters XML forbids (other than tab, line feed and carriage return) become
U+FFFD, and text over Excel's 32,767-character cell limit is cut to fit,
ending with "…".

Each sheet has a bold, frozen header row with a filter, columns sized to
their content, and status cells (``status_label``, and the scorecard's
recommendation columns) filled with the status colour from the codebook, the
label in black or white, whichever reads better; every colour comes from
:mod:`tracker.style`, as in the reports.  URLs are clickable links, up to
Excel's limit of 65,530 links per sheet.  No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Callable, Mapping
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from db import Tracker
from db.queries import codebook_view
from db.review import INCLUDES_PROPOSED

from .exports import EXPORT_KINDS, ExportRows, csv_value, export_rows, write_file_atomically
from .style import (
    ACCENT,
    HEAD_BG,
    MUTED,
    REVIEW,
    excel_rgb,
    readable_text_hex,
    safe_color,
)

EXCEL_MAX_CHARS = 32_767
#: Excel's limit on hyperlinks in one worksheet ("Excel specifications and limits"):
#: a workbook with more is "repaired" on opening.  Links past it stay plain text.
EXCEL_MAX_LINKS = 65_530
#: Excel's (and LibreOffice's) rows per worksheet, the header included.  A longer export goes on in a sheet of the
#: same name with " (2)", " (3)" … and the same header: Excel would drop the rows past it when opening the file.
EXCEL_MAX_ROWS = 1_048_576
NUMBER_COLUMNS: frozenset[str] = frozenset({"score", "assessed", "total", "rank"})
NUMBER_FORMATS: Mapping[str, str] = {"score": "0.0", "assessed": "0", "total": "0", "rank": "0"}
LINK_COLUMNS: frozenset[str] = frozenset({"url", "archive_url"})
#: Where each sheet's panes are frozen: below the header, and right of the country on the scorecard.
FREEZE: Mapping[str, str] = {"scorecard": "C2", "assessments": "A2", "history": "A2", "evidence": "A2"}

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HEADER_FILL = PatternFill("solid", fgColor=excel_rgb(HEAD_BG))
_HEADER_FONT = Font(bold=True)
_HEADER_BORDER = Border(bottom=Side(style="medium", color=excel_rgb(MUTED)))
_MUTED_FONT = Font(italic=True, color=excel_rgb(MUTED))
_REVIEW_FONT = Font(bold=True, color=excel_rgb(REVIEW))
_LINK_FONT = Font(color=excel_rgb(ACCENT), underline="single")
_HEADER_ALIGNMENT = Alignment(vertical="bottom")
_MIN_WIDTH, _MAX_WIDTH = 6, 60


def xlsx_value(value: Any, column: str) -> Any:
    """One cell's value: a number for the numeric columns, otherwise exactly the CSV text
    (``None`` for an empty cell), made storable in a workbook."""
    if value is None:
        return None
    if column in NUMBER_COLUMNS and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = csv_value(value, column)
    if text == "":
        return None
    text = _ILLEGAL.sub("\ufffd", text)
    if len(text) > EXCEL_MAX_CHARS:
        text = text[: EXCEL_MAX_CHARS - 1] + "…"
    return text


def _line_width(value: Any) -> int:
    text = f"{value:.1f}" if isinstance(value, float) else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _widths(rows: ExportRows) -> list[float]:
    """Each column's width: its longest line of text (header included), between 6 and 60 characters.

    A first pass over the rows (a write-only sheet needs its widths before its
    first row), cheap because a column stops being measured once it is at the
    widest, and text no longer than the longest so far is not looked at twice.
    """
    columns = rows.columns
    longest = [len(c) for c in columns]
    active = [i for i, n in enumerate(longest) if n < _MAX_WIDTH]
    for chunk in rows.chunks:
        for row in chunk:
            for i in active:
                v = row[i]
                if v is None or (v.__class__ is str and len(v) + 1 <= longest[i]):
                    continue  # the guard's "'" is the only character xlsx_value may add
                shown = xlsx_value(v, columns[i])
                if shown is not None:
                    longest[i] = max(longest[i], _line_width(shown))
        if any(longest[i] >= _MAX_WIDTH for i in active):
            active = [i for i in active if longest[i] < _MAX_WIDTH]
    return [float(min(_MAX_WIDTH, max(_MIN_WIDTH, n + 2))) for n in longest]


def _status_styles(t: Tracker, language: str | None = None) -> dict[str, tuple[PatternFill, Font] | None]:
    """Fill and font per status label (in ``language`` when the labels are written in it); None for the
    'not assessed' status (grey italics, no fill)."""
    styles: dict[str, tuple[PatternFill, Font] | None] = {}
    for s in codebook_view(t, language or "en").statuses:
        if s.score is None:
            styles[s.label] = None
            continue
        color = safe_color(s.color)
        fill = PatternFill("solid", fgColor=excel_rgb(color))
        styles[s.label] = (fill, Font(color=excel_rgb(readable_text_hex(color))))
    return styles


def _start_sheet(ws: Any, rows: ExportRows, widths: list[float]) -> None:
    """Widths, frozen panes and the header row: what a write-only sheet needs before its first data row."""
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = FREEZE.get(rows.kind, "A2")
    header = []
    for name in rows.columns:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = _HEADER_ALIGNMENT
        header.append(cell)
    ws.append(header)


def _end_sheet(ws: Any, columns: int, count: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(columns)}{max(1, count + 1)}"


def _write_sheet(
    ws: Any,
    rows: ExportRows,
    widths: list[float],
    status_columns: set[str],
    styles: dict[str, tuple[PatternFill, Font] | None],
    next_sheet: Callable[[], Any] | None = None,
) -> int:
    """Stream the rows into a write-only sheet; returns the number of data rows.

    Widths and frozen panes go in before the first row (a write-only sheet
    writes its head first); the filter's range after the last.  Only the
    cells that carry a style become cell objects, each written and dropped.
    Past :data:`EXCEL_MAX_ROWS` rows (the header included) the rows go on in
    ``next_sheet()``, under the same header.
    """
    columns = rows.columns
    _start_sheet(ws, rows, widths)
    formats = [NUMBER_FORMATS.get(c) for c in columns]
    styled = [
        i for i, c in enumerate(columns)
        if formats[i] or c in status_columns or c in LINK_COLUMNS or c == "needs_review"
    ]
    links = 0
    count = 0  # data rows in all
    on_sheet = 0  # data rows on the sheet being written
    for chunk in rows.chunks:
        for row in chunk:
            if on_sheet == EXCEL_MAX_ROWS - 1 and next_sheet is not None:  # full: the rest on a sheet of its own
                _end_sheet(ws, len(columns), on_sheet)
                ws, on_sheet, links = next_sheet(), 0, 0
                _start_sheet(ws, rows, widths)
            values: list[Any] = [xlsx_value(v, c) for v, c in zip(row, columns, strict=True)]
            for i in styled:
                value = values[i]
                if value is None:
                    continue
                name = columns[i]
                fmt = formats[i]
                if fmt and isinstance(value, (int, float)):
                    # As in the CSV: a country's score with one decimal, a cell's score as a whole number.
                    cell = WriteOnlyCell(ws, value=value)
                    cell.number_format = fmt if isinstance(value, float) else "0"
                elif name in status_columns and value in styles:
                    cell = WriteOnlyCell(ws, value=value)
                    style = styles[value]
                    if style is None:
                        cell.font = _MUTED_FONT
                    else:
                        cell.fill, cell.font = style
                elif name in LINK_COLUMNS and isinstance(value, str) and value.startswith(("http://", "https://")):
                    if links >= EXCEL_MAX_LINKS:
                        continue  # Excel keeps no more links per sheet: the rest stay plain text
                    links += 1
                    cell = WriteOnlyCell(ws, value=value)
                    cell.hyperlink = value
                    cell.font = _LINK_FONT
                elif name == "needs_review" and value == "true":
                    cell = WriteOnlyCell(ws, value=value)
                    cell.font = _REVIEW_FONT
                else:
                    continue
                values[i] = cell
            ws.append(values)
            count += 1
            on_sheet += 1
    _end_sheet(ws, len(columns), on_sheet)
    return count


def _continuation(wb: Workbook, kind: str) -> Callable[[], Any]:
    """Makes the sheets an export goes on in past Excel's rows: "evidence (2)", "evidence (3)" …"""
    made = [kind]

    def next_sheet() -> Any:
        made.append(f"{kind} ({len(made) + 1})")
        return wb.create_sheet(made[-1])

    return next_sheet


def build_workbook(
    t: Tracker,
    *,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    include_archived: bool = False,
    review_interval_days: int | None = None,
    active: str | None = None,
    include_proposed: bool = False,
    language: str | None = None,
) -> tuple[Workbook, dict[str, int]]:
    """The workbook, its sheets already streamed (save it once), and the number of data rows on each sheet.

    Write-only (issue 10): each sheet's rows go from the database to a
    temporary file a chunk at a time, so a million pieces of evidence are never
    in memory.  Each export is read twice: once for the column widths, once to
    write.
    """
    if active is not None and active not in EXPORT_KINDS:
        raise ValueError(f"unknown sheet {active!r}")
    styles = _status_styles(t, language)
    rec_codes = {r.code for r in codebook_view(t).active_recommendations()}

    def rows_of(kind: str) -> ExportRows:
        return export_rows(
            t, kind, lists="joined", as_of=as_of, group=group, include_archived=include_archived,
            review_interval_days=review_interval_days, include_proposed=include_proposed, language=language,
        )

    wb = Workbook(write_only=True)
    counts: dict[str, int] = {}
    for kind in EXPORT_KINDS:
        widths = _widths(rows_of(kind))
        rows = rows_of(kind)
        ws = wb.create_sheet(kind)
        status_columns = {"status_label"} | (rec_codes if kind == "scorecard" else set())
        counts[kind] = _write_sheet(ws, rows, widths, status_columns & set(rows.columns), styles,
                                    next_sheet=_continuation(wb, kind))
    if active is not None:
        wb.active = EXPORT_KINDS.index(active)
    book_title = t.meta("title", "") or "Policy Tracker"
    proposed = f" ({INCLUDES_PROPOSED})" if include_proposed else ""
    wb.properties.title = f"{book_title} — as of {as_of or t.today()}{proposed}"
    wb.properties.creator = "Policy Tracker"
    return wb, counts


def write_xlsx(
    t: Tracker,
    path_or_binary_file: str | os.PathLike[str] | IO[bytes],
    *,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    include_archived: bool = False,
    review_interval_days: int | None = None,
    active: str | None = None,
    include_proposed: bool = False,
    language: str | None = None,
) -> dict[str, int]:
    """Write the four exports as one ``.xlsx`` workbook; returns the rows on each sheet.

    ``language``: the status label columns in that language (None: as stored), still coloured by status.

    A path is written in full or not at all; a binary file is written to as is.
    ``active`` names the sheet shown first when the workbook is opened.
    """
    wb, counts = build_workbook(
        t, as_of=as_of, group=group, include_archived=include_archived,
        review_interval_days=review_interval_days, active=active, include_proposed=include_proposed,
        language=language,
    )
    if isinstance(path_or_binary_file, (str, os.PathLike)):
        write_file_atomically(path_or_binary_file, wb.save)
    else:
        wb.save(path_or_binary_file)
    return counts


__all__ = ["EXCEL_MAX_CHARS", "build_workbook", "write_xlsx", "xlsx_value"]
