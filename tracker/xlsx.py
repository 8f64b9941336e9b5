"""The Excel export: one workbook with the four exports as sheets.

Sheets ``scorecard``, ``assessments``, ``history`` and ``evidence`` hold the
same columns and rows as the CSV exports (built by
:func:`tracker.exports.build_table`), with the same values:

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
:mod:`tracker.style`, as in the reports.  No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Mapping
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from db import Tracker
from db.queries import codebook_view

from .exports import EXPORT_KINDS, Table, build_table, csv_value, write_file_atomically
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


def _width(values: list[Any], header: str) -> float:
    longest = len(header)
    for v in values:
        if v is None:
            continue
        text = f"{v:.1f}" if isinstance(v, float) else str(v)
        longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
        if longest >= _MAX_WIDTH:
            break
    return float(min(_MAX_WIDTH, max(_MIN_WIDTH, longest + 2)))


def _status_styles(t: Tracker) -> dict[str, tuple[PatternFill, Font] | None]:
    """Fill and font per status label; None for the 'not assessed' status (grey italics, no fill)."""
    styles: dict[str, tuple[PatternFill, Font] | None] = {}
    for s in codebook_view(t).statuses:
        if s.score is None:
            styles[s.label] = None
            continue
        color = safe_color(s.color)
        fill = PatternFill("solid", fgColor=excel_rgb(color))
        styles[s.label] = (fill, Font(color=excel_rgb(readable_text_hex(color))))
    return styles


def _write_sheet(
    ws: Any, table: Table, status_columns: set[str], styles: dict[str, tuple[PatternFill, Font] | None]
) -> None:
    ws.append(list(table.columns))
    for cell in ws[1]:
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = Alignment(vertical="bottom")
    columns: dict[str, list[Any]] = {c: [] for c in table.columns}
    for row in table.rows:
        values = [xlsx_value(row.get(c), c) for c in table.columns]
        ws.append(values)
        for c, v in zip(table.columns, values, strict=True):
            columns[c].append(v)
    for index, name in enumerate(table.columns, 1):
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = _width(columns[name], name)
        fmt = NUMBER_FORMATS.get(name)
        is_status = name in status_columns
        if not (fmt or is_status or name in LINK_COLUMNS or name == "needs_review"):
            continue
        for cell in ws.iter_rows(min_row=2, min_col=index, max_col=index):
            c = cell[0]
            if c.value is None:
                continue
            if fmt and isinstance(c.value, (int, float)):
                # As in the CSV: a country's score with one decimal, a cell's score as a whole number.
                c.number_format = fmt if isinstance(c.value, float) else "0"
            elif is_status and c.value in styles:
                style = styles[c.value]
                if style is None:
                    c.font = _MUTED_FONT
                else:
                    c.fill, c.font = style
            elif name in LINK_COLUMNS and isinstance(c.value, str) and c.value.startswith(("http://", "https://")):
                c.hyperlink = c.value
                c.font = _LINK_FONT
            elif name == "needs_review" and c.value == "true":
                c.font = _REVIEW_FONT
    ws.freeze_panes = FREEZE.get(table.kind, "A2")
    ws.auto_filter.ref = f"A1:{get_column_letter(len(table.columns))}{max(1, len(table.rows) + 1)}"


def build_workbook(
    t: Tracker,
    *,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    include_archived: bool = False,
    review_interval_days: int | None = None,
    active: str | None = None,
) -> tuple[Workbook, dict[str, int]]:
    """The workbook and the number of data rows on each sheet."""
    if active is not None and active not in EXPORT_KINDS:
        raise ValueError(f"unknown sheet {active!r}")
    styles = _status_styles(t)
    rec_codes = {r.code for r in codebook_view(t).active_recommendations()}
    wb = Workbook()
    default_sheet = wb.active  # a new workbook starts with one empty sheet: drop it
    assert default_sheet is not None
    wb.remove(default_sheet)
    counts: dict[str, int] = {}
    for kind in EXPORT_KINDS:
        table = build_table(
            t, kind, as_of=as_of, group=group, include_archived=include_archived,
            review_interval_days=review_interval_days,
        )
        ws = wb.create_sheet(kind)
        status_columns = {"status_label"} | (rec_codes if kind == "scorecard" else set())
        _write_sheet(ws, table, status_columns & set(table.columns), styles)
        counts[kind] = len(table.rows)
    if active is not None:
        wb.active = EXPORT_KINDS.index(active)
    book_title = t.meta("title", "") or "Policy Tracker"
    wb.properties.title = f"{book_title} — as of {as_of or t.today()}"
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
) -> dict[str, int]:
    """Write the four exports as one ``.xlsx`` workbook; returns the rows on each sheet.

    A path is written in full or not at all; a binary file is written to as is.
    ``active`` names the sheet shown first when the workbook is opened.
    """
    wb, counts = build_workbook(
        t, as_of=as_of, group=group, include_archived=include_archived,
        review_interval_days=review_interval_days, active=active,
    )
    if isinstance(path_or_binary_file, (str, os.PathLike)):
        write_file_atomically(path_or_binary_file, wb.save)
    else:
        wb.save(path_or_binary_file)
    return counts


__all__ = ["EXCEL_MAX_CHARS", "build_workbook", "write_xlsx", "xlsx_value"]
