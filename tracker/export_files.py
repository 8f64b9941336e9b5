"""Writing one export to a file or stream: the dispatch the window and the command line share.

CSV and JSON come from :mod:`tracker.exports`, the Excel workbook from
:mod:`tracker.xlsx` (which builds on the exports, so this dispatch sits
above both rather than inside either).  No Qt here: reports and the matrix
image are painted by :mod:`tracker.ui.render`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from db import Tracker
from db.messages import Counted, composed, joined, translate
from db.records import record
from db.search import EvidenceFilter, known_count

from .exports import EXPORT_KINDS, FORMATS, ExportRows, export_rows, list_shape, write_export, write_file_atomically
from .xlsx import write_xlsx

#: The counts in what an export says it wrote (Qt's plural forms; lupdate collects ``ExportFiles.tr``).
ExportFiles = Counted("ExportFiles")

#: Every format :func:`export_to_file` writes.
FILE_FORMATS: tuple[str, ...] = (*FORMATS, "xlsx")


@record(frozen=True)
class ExportOptions:
    """The choices an export takes besides its kind and format (the export dialog's and the command line's)."""

    as_of: str | None = None
    group: str | None = None
    include_archived: bool = False
    review_interval_days: int | None = None
    bom: bool = True
    include_proposed: bool = False  # count statuses proposed and not yet reviewed (labelled in the output)
    language: str | None = None  # the status label columns in this language (None: as stored)


#: Called with the number of rows written so far, after each chunk; raising stops the export.
Progress = Callable[[int], None]


def export_size(t: Tracker, kind: str, options: ExportOptions = ExportOptions()) -> int | None:
    """How many rows an export will write, when that is known for free (for a progress bar's percentage).

    Only the whole evidence export has a free count (the tallies); a filtered
    one would need a count as slow as the export, so it is ``None`` (unknown).
    """
    if kind == "evidence" and options.group is None and options.as_of is None:
        return known_count(t, EvidenceFilter(include_archived=options.include_archived))
    return None


def _reporting(chunks: Iterator[Sequence[Sequence[Any]]], progress: Progress) -> Iterator[Sequence[Sequence[Any]]]:
    """``chunks`` passed on unchanged, telling ``progress`` the rows written after each one."""
    done = 0
    try:
        for chunk in chunks:
            yield chunk
            done += len(chunk)
            progress(done)
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()  # the query under the chunks ends with the writing, finished or stopped


def export_to_file(
    t: Tracker,
    kind: str,
    fmt: str,
    target: str | os.PathLike[str] | IO[bytes],
    options: ExportOptions = ExportOptions(),
    *,
    progress: Progress | None = None,
) -> str:
    """Write one export (``kind`` in :data:`EXPORT_KINDS`) as CSV, JSON or an Excel workbook.

    The one dispatch the window and the command line share, so both write the
    same bytes.  ``target`` is a path (written whole or not at all) or an open
    binary stream.  Returns one sentence saying what was written.

    ``progress`` (CSV and JSON) is told the rows written after each chunk; an
    exception it raises (a cancel) stops the export, and a path is then left
    as it was.  The workbook is built whole, so it reports no progress.
    """
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export {kind!r}")
    # The sentence is a db.messages.Message: English for the command line, translated in the window's status bar.
    labelled = composed(" {note}.", note=translate("ExportFiles", "Includes proposed statuses not yet reviewed")) \
        if options.include_proposed else ""
    if fmt == "xlsx":
        rows = write_xlsx(
            t, target, as_of=options.as_of, group=options.group, include_archived=options.include_archived,
            review_interval_days=options.review_interval_days, active=kind, include_proposed=options.include_proposed,
            language=options.language,
        )
        sheets = joined(", ", [composed("{name} ({rows})", name=name, rows=ExportFiles.tr("%n rows", "%n rows", n))
                               for name, n in rows.items()])
        return translate("ExportFiles", "Wrote {target}: {sheets}.{labelled}").format(
            target=str(target), sheets=sheets, labelled=labelled)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    stream = export_rows(
        t, kind, lists=list_shape(fmt), as_of=options.as_of, group=options.group,
        include_archived=options.include_archived, review_interval_days=options.review_interval_days,
        include_proposed=options.include_proposed, language=options.language,
    )
    if progress is not None:
        stream = ExportRows(stream.kind, stream.columns, _reporting(stream.chunks, progress))
    # Streamed: the rows go from the cursor to the file a chunk at a time (issue 10).
    if isinstance(target, (str, os.PathLike)):
        written: list[int] = []
        write_file_atomically(target, lambda fh: written.append(write_export(stream, fh, fmt, bom=options.bom)))
        count = written[0]
    else:
        count = write_export(stream, target, fmt, bom=options.bom)
    return ExportFiles.tr("Wrote %n rows to {target}.{labelled}", "Wrote %n rows to {target}.{labelled}", count).format(
        target=str(target), labelled=labelled)


__all__ = ["FILE_FORMATS", "ExportOptions", "Progress", "export_size", "export_to_file"]
