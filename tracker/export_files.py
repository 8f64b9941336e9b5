"""Writing one export to a file or stream: the dispatch the window and the command line share.

CSV and JSON come from :mod:`tracker.exports`, the Excel workbook from
:mod:`tracker.xlsx` (which builds on the exports, so this dispatch sits
above both rather than inside either).  No Qt here: reports and the matrix
image are painted by :mod:`tracker.ui.render`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO

from db import Tracker

from .exports import EXPORT_KINDS, FORMATS, export_rows, list_shape, write_export, write_file_atomically
from .xlsx import write_xlsx

#: Every format :func:`export_to_file` writes.
FILE_FORMATS: tuple[str, ...] = (*FORMATS, "xlsx")


@dataclass(frozen=True)
class ExportOptions:
    """The choices an export takes besides its kind and format (the export dialog's and the command line's)."""

    as_of: str | None = None
    group: str | None = None
    include_archived: bool = False
    review_interval_days: int | None = None
    bom: bool = True


def export_to_file(
    t: Tracker,
    kind: str,
    fmt: str,
    target: str | os.PathLike[str] | IO[bytes],
    options: ExportOptions = ExportOptions(),
) -> str:
    """Write one export (``kind`` in :data:`EXPORT_KINDS`) as CSV, JSON or an Excel workbook.

    The one dispatch the window and the command line share, so both write the
    same bytes.  ``target`` is a path (written whole or not at all) or an open
    binary stream.  Returns one sentence saying what was written.
    """
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export {kind!r}")
    if fmt == "xlsx":
        rows = write_xlsx(
            t, target, as_of=options.as_of, group=options.group, include_archived=options.include_archived,
            review_interval_days=options.review_interval_days, active=kind,
        )
        sheets = ", ".join(f"{name} ({n} rows)" for name, n in rows.items())
        return f"Wrote {target}: {sheets}."
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    stream = export_rows(
        t, kind, lists=list_shape(fmt), as_of=options.as_of, group=options.group,
        include_archived=options.include_archived, review_interval_days=options.review_interval_days,
    )
    # Streamed: the rows go from the cursor to the file a chunk at a time (issue 10).
    if isinstance(target, (str, os.PathLike)):
        written: list[int] = []
        write_file_atomically(target, lambda fh: written.append(write_export(stream, fh, fmt, bom=options.bom)))
        count = written[0]
    else:
        count = write_export(stream, target, fmt, bom=options.bom)
    return f"Wrote {count} rows to {target}."


__all__ = ["FILE_FORMATS", "ExportOptions", "export_to_file"]
