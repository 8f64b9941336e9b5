"""CSV and JSON exports with the exact columns users script against.

CSV is UTF-8 with a byte-order mark by default (Excel reads it as UTF-8),
RFC 4180 quoting, ``|`` between list items, and the *formula guard*: a text
cell starting with ``=``, ``+``, ``-``, ``@``, tab, carriage return or NUL is
prefixed with ``'`` so a spreadsheet shows it instead of running it (text that
already starts with ``'`` before such a character gets one more ``'``, so
imports undo the guard exactly: :func:`unguard_formula`).
JSON is an array of objects with the same keys (lists as arrays, numbers as
numbers, none as null).  No Qt here.

Column names are always English (people script against them).  With a language (``export --language be``,
:func:`export_rows`'s ``language``, passed down by every export function) the status label columns,
and only they, hold each status's label in that language; every other value stays as stored.

Exports stream (issue 10): :func:`export_rows` reads the evidence and the
history a chunk at a time from one query each (:mod:`db.export_queries`),
already in order, and :func:`write_export` writes each chunk as it comes, so
memory stays flat however big the tracker.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from db import Tracker
from db.backup import new_file_mode
from db.export_queries import ListShape, assessment_reviews, evidence_export_rows, history_export_rows
from db.i18n import ENGLISH, LANGUAGE_CODES, LANGUAGES
from db.ops import group_members
from db.queries import CellStatus, codebook_view, current_statuses
from db.records import record
from db.review import INCLUDES_PROPOSED, pending_overlay, with_proposed

from .scoring import compute_scores

EXPORT_KINDS: tuple[str, ...] = ("scorecard", "assessments", "history", "evidence")
FORMATS: tuple[str, ...] = ("csv", "json")

SCORECARD_COLUMNS: tuple[str, ...] = ("country_code", "country_name", "score", "assessed", "total", "grade", "rank")
ASSESSMENT_COLUMNS: tuple[str, ...] = (
    "uid", "country_code", "country_name", "recommendation_code", "recommendation_title", "status_code",
    "status_label", "score", "effective_date", "confidence", "rationale", "evidence_uids", "evidence_urls",
    "recorded_by", "recorded_at", "needs_review", "review_state", "reviewed_by", "reviewed_at", "review_comment",
)
HISTORY_COLUMNS = ASSESSMENT_COLUMNS
#: The scorecard's last column when it counts proposed statuses: every row says so in words.
NOTE_COLUMN = "note"
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


@record
class Table:
    """An export held whole: its column names and rows of plain Python values (small exports, tests)."""

    kind: str
    columns: list[str]
    rows: list[dict[str, Any]]


@record
class ExportRows:
    """An export as it streams: its columns and its rows, a chunk at a time, each row a tuple in column order.

    The values are a :class:`Table`'s, except that with ``lists="joined"``
    the evidence and history lists come as one ``|``-joined text (``None``
    when empty), as the CSV cell holds them.  The chunks can be read once.
    """

    kind: str
    columns: list[str]
    chunks: Iterator[Sequence[Sequence[Any]]]


def check_label_language(language: str) -> str:
    """``language`` when status labels can be exported in it; ValueError naming the choices otherwise."""
    if language not in LANGUAGES:
        raise ValueError(f"{language!r} is not a language of Policy Tracker; use one of {', '.join(LANGUAGE_CODES)}.")
    return language


def status_labels(t: Tracker, language: str) -> Mapping[str, str]:
    """Each status's label in ``language`` by status code (empty for English: labels stay as stored)."""
    if check_label_language(language) == ENGLISH:
        return {}
    return {s.code: s.label for s in codebook_view(t, language).statuses}


def _relabelled(cells: dict[tuple[str, str], CellStatus], labels: Mapping[str, str]
                ) -> dict[tuple[str, str], CellStatus]:
    """``cells`` with each status label in the export's language (the cells themselves are left alone)."""
    if not labels:
        return cells
    return {k: replace(c, status_label=labels.get(c.status_code, c.status_label)) for k, c in cells.items()}


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


_NO_REVIEW: tuple[None, None, None, None] = (None, None, None, None)


def _cell_values(
    cell: CellStatus, country_names: dict[str, str], rec_titles: dict[str, str],
    review: tuple[Any, ...] = _NO_REVIEW,
) -> tuple[Any, ...]:
    return (
        cell.assessment_uid,
        cell.country_code,
        country_names.get(cell.country_code, cell.country_code),
        cell.recommendation_code,
        rec_titles.get(cell.recommendation_code, cell.recommendation_code),
        cell.status_code,
        cell.status_label,
        _number(cell.score),
        cell.effective_date,
        cell.confidence,
        cell.rationale,
        list(cell.evidence_uids),
        list(cell.evidence_urls),
        cell.recorded_by,
        cell.recorded_at,
        cell.needs_review,
        *review,
    )


def _evidence_chunks(chunks: Iterator[list[tuple[Any, ...]]], lists: ListShape) -> Iterator[Sequence[Sequence[Any]]]:
    if lists == "joined":
        yield from chunks
        return
    loads = json.loads
    for chunk in chunks:
        yield [(*r[:10], loads(r[10]), loads(r[11]), *r[12:]) for r in chunk]


def _history_chunks(
    chunks: Iterator[list[tuple[Any, ...]]], lists: ListShape, stale: set[str], labels: Mapping[str, str]
) -> Iterator[Sequence[Sequence[Any]]]:
    loads = json.loads
    for rows in chunks:
        # status_label (7th) in the export's language, by status_code (6th)
        chunk = [(*r[:6], labels.get(r[5], r[6]), *r[7:]) for r in rows] if labels else rows
        # needs_review goes between recorded_at (15th) and the review columns
        if lists == "joined":
            yield [(*r[:7], _number(r[7]), *r[8:15], r[0] in stale, *r[15:]) for r in chunk]
        else:
            yield [
                (*r[:7], _number(r[7]), *r[8:11], loads(r[11]), loads(r[12]), *r[13:15], r[0] in stale, *r[15:])
                for r in chunk
            ]


def export_rows(
    t: Tracker,
    kind: str,
    *,
    lists: ListShape = "json",
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    include_archived: bool = False,
    review_interval_days: int | None = None,
    include_proposed: bool = False,
    language: str | None = None,
) -> ExportRows:
    """One export's rows, streamed: evidence and history straight from one SQL query each, in export order.

    Everything that can be refused (an unknown group, an impossible date) is
    checked here, before the first row is read, so a writer never starts a
    file it cannot finish.  The scorecard and the assessments are one row per
    country or cell (bounded by the codebook), computed whole.
    ``review_interval_days`` (default: the tracker's own) decides ``needs_review``.
    ``include_proposed``: statuses proposed and not yet reviewed count too
    (history: added as rows with ``review_state`` "proposed"; assessments: a
    cell's row is its proposal where that would be its status; scorecard: the
    scores count them and a ``note`` column says so).
    ``language``: the status label columns in that language (None: as stored); column names and every
    other value are unchanged.
    """
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export {kind!r}")
    labels = status_labels(t, ENGLISH if language is None else language)
    if kind == "evidence":
        members = group_members(t, group) if group else None
        date_to = None if as_of is None else str(as_of)
        chunks = evidence_export_rows(
            t, countries=members, include_archived=include_archived, date_to=date_to, lists=lists
        )
        return ExportRows(kind, list(EVIDENCE_COLUMNS), _evidence_chunks(chunks, lists))
    book = codebook_view(t)
    members = group_members(t, group) if group else None
    if kind == "history":
        day = None if as_of is None else str(as_of)
        now = current_statuses(t, day, book=book, review_interval_days=review_interval_days)
        if include_proposed:
            now = with_proposed(t, now, as_of=day, book=book)
        stale = {c.assessment_uid for c in now.values() if c.needs_review and c.assessment_uid is not None}
        history = history_export_rows(t, countries=members, effective_to=day, lists=lists,
                                      include_proposed=include_proposed)
        return ExportRows(kind, list(HISTORY_COLUMNS), _history_chunks(history, lists, stale, labels))
    names = {c.code: c.name for c in book.countries}
    titles = {r.code: r.title for r in book.recommendations}
    day = None if as_of is None else str(as_of)
    if kind == "scorecard":
        recs = book.active_recommendations()
        columns = [*SCORECARD_COLUMNS, *(r.code for r in recs)]
        approved = current_statuses(t, as_of, book=book, countries=members)
        counted = with_proposed(t, approved, as_of=day, book=book) if include_proposed else approved
        counted = _relabelled(counted, labels)
        note = (INCLUDES_PROPOSED,) if include_proposed else ()
        rows = [
            (
                s.country_code, s.country_name, s.score, s.assessed, s.total, s.grade, s.rank,
                *(s.cells[r.code].status_label if r.code in s.cells else None for r in recs), *note,
            )
            for s in compute_scores(counted, book, members)
        ]
        return ExportRows(kind, columns + ([NOTE_COLUMN] if include_proposed else []), iter([rows]))
    cells = current_statuses(t, as_of, book=book, countries=members, review_interval_days=review_interval_days)
    proposed: set[str] = set()
    if include_proposed:
        overlay = pending_overlay(t, as_of=day, cells=cells)
        cells = with_proposed(t, cells, as_of=day, book=book, overlay=overlay)
        proposed = {p.uid for c, p in overlay.items() if cells[c].assessment_uid == p.uid}
    cells = _relabelled(cells, labels)
    reviews = assessment_reviews(
        t, [c.assessment_uid for c in cells.values() if c.assessment_uid and c.assessment_uid not in proposed]
    )
    order = {c.code: i for i, c in enumerate(sorted(book.countries, key=lambda c: c.code))}
    rec_pos = {r.code: r.position for r in book.recommendations}
    ordered = sorted(cells.values(), key=lambda c: (order[c.country_code], rec_pos[c.recommendation_code]))

    def review_of(cell: CellStatus) -> tuple[Any, ...]:
        if cell.assessment_uid is None:
            return _NO_REVIEW
        if cell.assessment_uid in proposed:
            return ("proposed", None, None, None)
        return reviews.get(cell.assessment_uid, _NO_REVIEW)

    return ExportRows(
        kind, list(ASSESSMENT_COLUMNS), iter([[_cell_values(c, names, titles, review_of(c)) for c in ordered]])
    )


def build_table(
    t: Tracker,
    kind: str,
    *,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    include_archived: bool = False,
    review_interval_days: int | None = None,
    include_proposed: bool = False,
    language: str | None = None,
) -> Table:
    """Compute one export whole, as rows of values (for small exports and tests; files stream instead).

    ``review_interval_days`` (default: the tracker's own) decides ``needs_review``; ``language`` as
    :func:`export_rows`'s.
    """
    stream = export_rows(
        t, kind, lists="json", as_of=as_of, group=group, include_archived=include_archived,
        review_interval_days=review_interval_days, include_proposed=include_proposed, language=language,
    )
    columns = stream.columns
    return Table(kind, columns, [dict(zip(columns, row, strict=True)) for chunk in stream.chunks for row in chunk])


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


#: Every first character after which :func:`guard_formula` may have something to do
#: (the triggers, and ``'`` which may stand before one): the one check made per text cell.
_GUARD_FIRST = "".join(FORMULA_TRIGGERS) + "'"


def _csv_rows(chunk: Sequence[Sequence[Any]], columns: Sequence[str]) -> Iterator[Sequence[Any]]:
    """Rows as CSV cells (:func:`csv_value`'s text), touching only what needs it.

    Text that cannot need the guard (most of it) and ``None`` (the csv module
    writes it as an empty cell) are passed on as they are, so a row of plain
    text costs one first-character check per cell and no copy.
    """
    first = _GUARD_FIRST
    for row in chunk:
        for v in row:
            if v.__class__ is str:
                if v and v[0] in first:
                    break
            elif v is not None:
                break
        else:
            yield row
            continue
        yield [
            (guard_formula(v) if v and v[0] in first else v) if v.__class__ is str else csv_value(v, c)
            for v, c in zip(row, columns, strict=True)
        ]


def _write_csv_chunks(
    out: IO[bytes], columns: Sequence[str], chunks: Iterable[Sequence[Sequence[Any]]], *, bom: bool
) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    count = 0
    try:
        writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(columns)
        for chunk in chunks:
            writer.writerows(_csv_rows(chunk, columns))
            count += len(chunk)
        text.flush()
    finally:
        text.detach()
    return count


def write_csv(table: Table, out: IO[bytes], *, bom: bool = True) -> None:
    """Write ``table`` as RFC 4180 CSV in UTF-8 (with BOM unless ``bom=False``)."""
    columns = table.columns
    _write_csv_chunks(out, columns, [[tuple(row.get(c) for c in columns) for row in table.rows]], bom=bom)


def json_value(value: Any, column: str = "") -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and column != "score":
        return _number(value)
    return value


_encode_text = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) encodes text with
_MEMBER = "\n    "  # an object's members, inside the top-level array
_ITEM = "\n      "  # a list's items, inside a member


def _json_text(value: Any, column: str) -> str:
    """One value exactly as ``json.dumps([{column: value}], ensure_ascii=False, indent=2)`` writes it.

    Text, none, booleans, whole numbers and lists of text are written here
    (the bulk of an export); anything else goes through ``json.dumps`` itself,
    re-indented to its depth.
    """
    if value is None:
        return "null"
    kind = value.__class__
    if kind is str:
        return _encode_text(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if (kind is list or kind is tuple) and all(v.__class__ is str for v in value):
        if not value:
            return "[]"
        return "[" + _ITEM + ("," + _ITEM).join(map(_encode_text, value)) + "\n    ]"
    return json.dumps(json_value(value, column), ensure_ascii=False, indent=2).replace("\n", _MEMBER)


def _write_json_chunks(out: IO[bytes], columns: Sequence[str], chunks: Iterable[Sequence[Sequence[Any]]]) -> int:
    """A JSON array of objects, written an object at a time, byte for byte what
    ``json.dumps(rows, ensure_ascii=False, indent=2)`` and a newline would be."""
    keys = [("" if i == 0 else ",") + _MEMBER + _encode_text(c) + ": " for i, c in enumerate(columns)]
    encode_text = _encode_text
    write = out.write
    count = 0
    for chunk in chunks:
        for row in chunk:
            parts = ["[\n  {" if count == 0 else ",\n  {"]
            for k, v, c in zip(keys, row, columns, strict=True):
                # Text and none inline: most of an export, and a call per cell would double the time.
                if v.__class__ is str:
                    parts.append(k + encode_text(v))
                elif v is None:
                    parts.append(k + "null")
                else:
                    parts.append(k + _json_text(v, c))
            parts.append("\n  }")
            write("".join(parts).encode("utf-8"))
            count += 1
    write(b"\n]\n" if count else b"[]\n")
    return count


def write_json(table: Table, out: IO[bytes]) -> None:
    """Write ``table`` as a JSON array of objects keyed by column name (UTF-8, no BOM)."""
    columns = table.columns
    _write_json_chunks(out, columns, [[tuple(row.get(c) for c in columns) for row in table.rows]])


def write_table(table: Table, out: IO[bytes], fmt: str = "csv", *, bom: bool = True) -> None:
    if fmt == "csv":
        write_csv(table, out, bom=bom)
    elif fmt == "json":
        write_json(table, out)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def write_export(rows: ExportRows, out: IO[bytes], fmt: str = "csv", *, bom: bool = True) -> int:
    """Write streamed rows (from :func:`export_rows`, ``lists="joined"`` for CSV, ``"json"`` for JSON)
    as CSV or JSON; returns the number of rows written.  Never holds more than one chunk.

    The rows' query is closed when writing stops, finished or not (a reader
    that left a pipe early), rather than whenever the generator is collected.
    """
    try:
        if fmt == "csv":
            return _write_csv_chunks(out, rows.columns, rows.chunks, bom=bom)
        if fmt == "json":
            return _write_json_chunks(out, rows.columns, rows.chunks)
        raise ValueError(f"unknown format {fmt!r}")
    finally:
        close = getattr(rows.chunks, "close", None)
        if close is not None:
            close()


def list_shape(fmt: str) -> ListShape:
    """How a format wants its lists from the database: joined for CSV (and Excel), as arrays for JSON."""
    return "json" if fmt == "json" else "joined"


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
    review_interval_days: int | None = None, include_proposed: bool = False, language: str | None = None,
) -> int:
    """Export to a file, streaming; returns the number of rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    rows = export_rows(
        t, kind, lists=list_shape(fmt), as_of=as_of, group=group, include_archived=include_archived,
        review_interval_days=review_interval_days, include_proposed=include_proposed, language=language,
    )
    written: list[int] = []
    write_file_atomically(path, lambda fh: written.append(write_export(rows, fh, fmt, bom=bom)))
    return written[0]


def all_columns(recommendation_codes: Sequence[str] = ()) -> dict[str, Iterable[str]]:
    """Every export's fixed columns (for the docs test)."""
    return {
        "scorecard": SCORECARD_COLUMNS,
        "assessments": ASSESSMENT_COLUMNS,
        "history": HISTORY_COLUMNS,
        "evidence": EVIDENCE_COLUMNS,
    }
