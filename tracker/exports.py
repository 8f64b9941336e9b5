"""CSV and JSON exports with the exact columns users script against.

CSV is UTF-8 with a byte-order mark by default (Excel reads it as UTF-8),
RFC 4180 quoting, ``|`` between list items, and the *formula guard*: a text
cell starting with ``=``, ``+``, ``-``, ``@``, tab, carriage return or NUL is
prefixed with ``'`` so a spreadsheet shows it instead of running it (text that
already starts with ``'`` before such a character gets one more ``'``, so
imports undo the guard exactly: :func:`unguard_formula`).
JSON is an array of objects with the same keys (lists as arrays, numbers as
numbers, none as null).  No Qt here.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from db import Tracker
from db.backup import new_file_mode
from db.ops import group_members
from db.queries import CellStatus, EvidenceFilter, assessment_history, codebook_view, current_statuses, search_evidence

from .scoring import scorecard

EXPORT_KINDS: tuple[str, ...] = ("scorecard", "assessments", "history", "evidence")
FORMATS: tuple[str, ...] = ("csv", "json")

SCORECARD_COLUMNS: tuple[str, ...] = ("country_code", "country_name", "score", "assessed", "total", "grade", "rank")
ASSESSMENT_COLUMNS: tuple[str, ...] = (
    "uid", "country_code", "country_name", "recommendation_code", "recommendation_title", "status_code",
    "status_label", "score", "effective_date", "confidence", "rationale", "evidence_uids", "evidence_urls",
    "recorded_by", "recorded_at", "needs_review",
)
HISTORY_COLUMNS = ASSESSMENT_COLUMNS
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "uid", "event_date", "title", "url", "archive_url", "accessed_on", "publisher", "source_kind", "language",
    "notes", "countries", "recommendations", "recorded_by", "recorded_at", "updated_at",
)

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\x00")
LIST_SEPARATOR = "|"


def needs_guard(text: str) -> bool:
    """True when ``text`` starts with a formula trigger, possibly behind ``'`` marks.

    ``'=x`` needs guarding too: a spreadsheet shows it as ``=x``, and without
    the extra mark it would be indistinguishable from a guarded ``=x``.
    """
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_TRIGGERS


def guard_formula(text: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula; leave other text alone.

    Text that starts with ``'`` followed by something that itself needs
    guarding is guarded as well (``'=x`` becomes ``''=x``), so that
    :func:`unguard_formula` undoes the guard exactly, for any text.
    """
    if text and needs_guard(text):
        return "'" + text
    return text


def unguard_formula(text: str) -> str:
    """Undo :func:`guard_formula`: drop one leading ``'`` when the rest needs guarding.

    ``unguard_formula(guard_formula(s)) == s`` for every string ``s``.
    """
    if text.startswith("'") and needs_guard(text[1:]):
        return text[1:]
    return text


@dataclass
class Table:
    """An export: its column names and rows of plain Python values."""

    kind: str
    columns: list[str]
    rows: list[dict[str, Any]]


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _cell_row(cell: CellStatus, country_names: dict[str, str], rec_titles: dict[str, str]) -> dict[str, Any]:
    return {
        "uid": cell.assessment_uid,
        "country_code": cell.country_code,
        "country_name": country_names.get(cell.country_code, cell.country_code),
        "recommendation_code": cell.recommendation_code,
        "recommendation_title": rec_titles.get(cell.recommendation_code, cell.recommendation_code),
        "status_code": cell.status_code,
        "status_label": cell.status_label,
        "score": _number(cell.score),
        "effective_date": cell.effective_date,
        "confidence": cell.confidence,
        "rationale": cell.rationale,
        "evidence_uids": list(cell.evidence_uids),
        "evidence_urls": list(cell.evidence_urls),
        "recorded_by": cell.recorded_by,
        "recorded_at": cell.recorded_at,
        "needs_review": cell.needs_review,
    }


def build_table(
    t: Tracker,
    kind: str,
    *,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    include_archived: bool = False,
    review_interval_days: int | None = None,
) -> Table:
    """Compute one export as rows of values, ready for any writer.

    ``review_interval_days`` (default: the tracker's own) decides ``needs_review``.
    """
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export {kind!r}")
    book = codebook_view(t)
    members = group_members(t, group) if group else None
    names = {c.code: c.name for c in book.countries}
    titles = {r.code: r.title for r in book.recommendations}
    recs = book.active_recommendations()
    if kind == "scorecard":
        columns = [*SCORECARD_COLUMNS, *(r.code for r in recs)]
        rows = []
        for s in scorecard(t, as_of, group=group, book=book):
            row: dict[str, Any] = {
                "country_code": s.country_code, "country_name": s.country_name, "score": s.score,
                "assessed": s.assessed, "total": s.total, "grade": s.grade, "rank": s.rank,
            }
            for r in recs:
                row[r.code] = s.cells[r.code].status_label if r.code in s.cells else None
            rows.append(row)
        return Table(kind, columns, rows)
    if kind == "assessments":
        cells = current_statuses(t, as_of, book=book, countries=members, review_interval_days=review_interval_days)
        order = {c.code: i for i, c in enumerate(sorted(book.countries, key=lambda c: c.code))}
        rec_pos = {r.code: r.position for r in book.recommendations}
        ordered = sorted(cells.values(), key=lambda c: (order[c.country_code], rec_pos[c.recommendation_code]))
        return Table(kind, list(ASSESSMENT_COLUMNS), [_cell_row(c, names, titles) for c in ordered])
    if kind == "history":
        wanted = set(members) if members is not None else None
        day = None if as_of is None else str(as_of)
        rows = [
            _cell_row(c, names, titles)
            for c in assessment_history(t, book=book, as_of=day, review_interval_days=review_interval_days)
            if (wanted is None or c.country_code in wanted) and (day is None or (c.effective_date or "") <= day)
        ]
        return Table(kind, list(HISTORY_COLUMNS), rows)
    flt = EvidenceFilter(group=group, include_archived=include_archived, date_to=None if as_of is None else str(as_of))
    items = sorted(search_evidence(t, flt), key=lambda e: (e.event_date, e.recorded_at))
    rows = [
        {
            "uid": e.uid, "event_date": e.event_date, "title": e.title, "url": e.url, "archive_url": e.archive_url,
            "accessed_on": e.accessed_on, "publisher": e.publisher, "source_kind": e.source_kind,
            "language": e.language, "notes": e.notes, "countries": list(e.countries),
            "recommendations": list(e.recommendations), "recorded_by": e.recorded_by,
            "recorded_at": e.recorded_at, "updated_at": e.updated_at,
        }
        for e in items
    ]
    return Table(kind, list(EVIDENCE_COLUMNS), rows)


def csv_value(value: Any, column: str = "") -> str:
    """One cell as CSV text: lists joined with '|', scores with one decimal, none as empty, guard applied."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return guard_formula(LIST_SEPARATOR.join(str(v) for v in value))
    if isinstance(value, float) and column == "score":
        return f"{value:.1f}"
    if isinstance(value, (int, float)):
        return str(value)
    return guard_formula(str(value))


def write_csv(table: Table, out: IO[bytes], *, bom: bool = True) -> None:
    """Write ``table`` as RFC 4180 CSV in UTF-8 (with BOM unless ``bom=False``)."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([csv_value(row.get(c), c) for c in table.columns])
        text.flush()
    finally:
        text.detach()


def json_value(value: Any, column: str = "") -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and column != "score":
        return _number(value)
    return value


def write_json(table: Table, out: IO[bytes]) -> None:
    """Write ``table`` as a JSON array of objects keyed by column name (UTF-8, no BOM)."""
    data = [{c: json_value(row.get(c), c) for c in table.columns} for row in table.rows]
    out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    out.write(b"\n")


def write_table(table: Table, out: IO[bytes], fmt: str = "csv", *, bom: bool = True) -> None:
    if fmt == "csv":
        write_csv(table, out, bom=bom)
    elif fmt == "json":
        write_json(table, out)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def write_file_atomically(path: str | os.PathLike[str], write: Any) -> None:
    """Call ``write(binary_file)`` on a temporary file, then move it into place:
    a failed export never leaves a half-written file where a good one was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        # Name the file the user asked for, not our hidden temporary one.
        raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        # mkstemp makes the file private (0600); an export gets ordinary permissions.
        os.chmod(tmp, new_file_mode(target))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename == tmp:
            raise type(exc)(exc.errno, exc.strerror, str(target)) from None
        raise


def export_to_path(
    t: Tracker, kind: str, path: str | os.PathLike[str], fmt: str = "csv", *, bom: bool = True,
    as_of: str | None = None, group: str | None = None, include_archived: bool = False,
    review_interval_days: int | None = None,
) -> int:
    """Export to a file; returns the number of rows written."""
    table = build_table(
        t, kind, as_of=as_of, group=group, include_archived=include_archived, review_interval_days=review_interval_days
    )
    write_file_atomically(path, lambda fh: write_table(table, fh, fmt, bom=bom))
    return len(table.rows)


def all_columns(recommendation_codes: Sequence[str] = ()) -> dict[str, Iterable[str]]:
    """Every export's fixed columns (for the docs test)."""
    return {
        "scorecard": SCORECARD_COLUMNS,
        "assessments": ASSESSMENT_COLUMNS,
        "history": HISTORY_COLUMNS,
        "evidence": EVIDENCE_COLUMNS,
    }
