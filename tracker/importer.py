"""Import evidence (optionally with statuses) from CSV or Excel files, and codebooks.

No Qt: the app's import wizard, the command line and the tests share this engine.

* :func:`read_table` opens a file (CSV in UTF-8 with or without BOM or in
  Windows-1252, with ``,`` ``;`` or tab between cells; or an ``.xlsx``
  workbook), detects its encoding and delimiter and returns an
  :class:`ImportSource` that streams rows with their physical line numbers.
* :func:`auto_mapping` matches the file's columns to :data:`FIELDS`
  (case-insensitive, with aliases); the wizard can override any column.
* :func:`plan_import` is the dry run: it validates every row and says what an
  import would do, and lists every problem as (line, field, message).
* :func:`apply_import` writes everything in one transaction, or nothing.
* :func:`import_file` does either for the command line.
* :func:`import_codebook` and :func:`import_recommendations` fill a blank
  tracker's codebook from a codebook JSON file or a CSV of recommendations.

Rules (the README documents them for users):

* A row with the uid of existing evidence updates it (only the columns the
  file has; an empty cell clears an optional field).  Its links change only
  when its countries or recommendations differ from the record's current
  ones, so exported evidence linked to a few cells of a grid round-trips.
  A row with ``status`` sets each linked cell's status effective on the row's
  date; on an update row, an assessment of that cell on that date citing this
  evidence is corrected if it differs, and left alone if not.
* A row without a known uid is new evidence, unless it repeats evidence
  already in the tracker or an earlier row of the file: same date, same cells
  and the same URL (or, without a URL, the same title, ignoring case).  Such
  rows are skipped and reported, never doubled.
* List cells: a cell that is one known name as a whole is that one item;
  otherwise it is split on ``|`` when it has one (what our exports write),
  else on ``;`` and then ``,`` -- adjacent pieces that together form a known
  name (``Palestine, State of``) are kept together.
* A leading ``'`` that guards a formula-like value (our exports' formula
  guard) is removed: :func:`tracker.exports.unguard_formula`.

How it writes: one pass validates and classifies rows in batches of
:data:`BATCH_ROWS`.  A real import runs that pass inside one transaction and
writes each batch as it goes; on any error it stops writing, goes on
checking (to report every error) and then rolls everything back.  New
evidence goes in with one ``executemany`` per table, the full-text index's
insert trigger dropped for the transaction and fed by the same statement,
and one history entry per record created, without a copy of its values
(:func:`db.queries.history` reads them back).  When the import has the file
to itself the transaction uses a rollback journal rather than the WAL
(:meth:`db.store.Tracker.bulk_journal`).  Rows that update existing evidence go through the app's operations
(:func:`db.ops.edit_evidence`, :func:`db.ops.set_status`,
:func:`db.ops.correct_assessment`).  Records an import creates get
time-ordered UUIDs (version 7) and share one ``recorded_at``, the import's.

Memory stays flat however long the file: rows are streamed, and what spans
rows (uids met, duplicate keys) lives in a private temporary SQLite file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as _dt
import io
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple
from urllib.parse import urlsplit

from db import Tracker, ValidationError, ops, validate
from db.codebook import Codebook, load_codebook
from db.errors import TrackerError
from db.iso import IsoCountry, iso_countries
from db.ops import Change, record_history

from .exports import unguard_formula

# ---------------------------------------------------------------- columns
#: Every field an import file can fill, in the order the README lists them.
FIELDS: tuple[str, ...] = (
    "uid", "date", "countries", "recommendations", "title", "url", "archive_url", "accessed_on",
    "publisher", "source_kind", "language", "notes", "status", "rationale", "confidence",
)
REQUIRED_FIELDS: tuple[str, ...] = ("date", "countries", "recommendations")
#: A row needs at least one of these (a missing title is taken from the notes).
CONTENT_FIELDS: tuple[str, ...] = ("title", "url", "notes")
#: Other names accepted for a field (after normalising: lower case, spaces and '-' as '_').
ALIASES: dict[str, str] = {
    "event_date": "date",
    "country": "countries",
    "recommendation": "recommendations",
    "kind": "source_kind",
}
#: Columns of our own evidence export that an import reads past (they are set by the tracker).
IGNORED_COLUMNS: tuple[str, ...] = ("recorded_by", "recorded_at", "updated_at")

FIELD_HELP: dict[str, str] = {
    "uid": "Stable id of existing evidence: the row updates that record (a new uid creates a record with it).",
    "date": "When it happened: YYYY-MM-DD or YYYYMMDD (alias: event_date).",
    "countries": "Alpha-2, alpha-3, English name or group:NAME; several separated by |, ; or ,.",
    "recommendations": "Recommendation codes or titles; several separated by |, ; or ,.",
    "title": "Short title (taken from the start of the notes when empty).",
    "url": "Web address of the source (http:// or https://).",
    "archive_url": "Archived copy of the source (http:// or https://).",
    "accessed_on": "When the source was read: YYYY-MM-DD or YYYYMMDD.",
    "publisher": "Who published the source.",
    "source_kind": "official, media, ngo, international or other (default other).",
    "language": "Language of the source.",
    "notes": "Free text.",
    "status": "Status code or label: sets every linked cell's status effective on the date.",
    "rationale": "Why that status (required with a status).",
    "confidence": "verified, reported or claimed (default reported; only with a status).",
}

#: Rows validated (and written) together; progress and cancel are checked between batches.
BATCH_ROWS = 1000
#: The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.
MAX_CELL_CHARS = 16 * 1024 * 1024
OPERATION = "import"
#: New evidence is inserted with the schema's CHECK constraints switched off
#: (``PRAGMA ignore_check_constraints``) for speed: every value has already
#: passed the same rules here (dates, http(s) URLs, kinds, confidences, uid
#: length, non-empty rationale), and the tests run ``PRAGMA integrity_check``
#: (which checks CHECK constraints) after imports.  Updates and everything
#: else run with the constraints on.  The benchmark can turn this off.
BULK_SKIPS_CHECKS = True

# ---------------------------------------------------------------- problems
@dataclass(frozen=True, order=True)
class ImportIssue:
    """One problem: the physical line of the file (the header is line 1), the field, a sentence."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"

    def format(self, file_name: str) -> str:
        """``FILE:LINE: field: message``, the form the command line prints."""
        return f"{file_name}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Duplicate:
    """A row skipped because it repeats evidence already in the tracker or earlier in the file."""

    line: int
    of_line: int | None = None
    of_uid: str | None = None

    @property
    def message(self) -> str:
        what = f"line {self.of_line}" if self.of_line else f"evidence {self.of_uid}"
        return f"Same URL (or title without one), date and cells as {what}: skipped."

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportFailed(TrackerError):
    """The file cannot be imported; nothing was written.  ``errors`` lists every problem."""

    def __init__(self, errors: Sequence[ImportIssue], result: "ImportResult | None" = None) -> None:
        self.errors = list(errors)
        self.result = result
        first = self.errors[0] if self.errors else None
        more = f" (and {len(self.errors) - 1} more problems)" if len(self.errors) > 1 else ""
        text = str(first).rstrip(".") if first else ""
        super().__init__(f"Nothing was imported: {text}{more}." if first else "Nothing was imported.")


class ImportCancelled(TrackerError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


# ---------------------------------------------------------------- reading files
class SourceRow(NamedTuple):
    """A record of the file: where it starts, its cells, or why it could not be read."""

    line: int
    values: list[str]
    error: str | None = None


class ImportSource:
    """A readable table: its header, and its rows streamed from the file on each :meth:`rows` call.

    Made by :func:`read_table`.  Holds no rows in memory; ``rows()`` reads the
    file again each time (the dry run and the import each read it once).
    """

    def __init__(
        self, *, name: str, kind: str, path: Path | None, fileobj: IO[bytes] | None,
        encoding: str | None, delimiter: str | None, sheet: str | None, owned: IO[bytes] | None = None,
    ) -> None:
        self.name = name
        self.kind = kind  # "csv" or "xlsx"
        self.path = path
        self._file = fileobj
        self._owned = owned
        self.encoding = encoding
        self.delimiter = delimiter
        self.sheet = sheet
        self.sheet_names: list[str] = []
        self.headers: list[str] = []
        self.header_line = 1

    # -- context -----------------------------------------------------------
    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> "ImportSource":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        """'CSV, UTF-8, ';' between cells' — what the wizard shows about the file."""
        if self.kind == "xlsx":
            return f"Excel workbook, sheet {self.sheet!r}"
        names = {"utf-8-sig": "UTF-8 with BOM", "utf-8": "UTF-8", "cp1252": "Windows-1252"}
        delim = {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter or ",", repr(self.delimiter))
        return f"CSV, {names.get(self.encoding or '', self.encoding)}, {delim}-separated"

    # -- raw access ----------------------------------------------------------
    @contextlib.contextmanager
    def _binary(self) -> Iterator[IO[bytes]]:
        if self.path is not None:
            fh = self.path.open("rb")
            try:
                yield fh
            finally:
                fh.close()
        else:
            assert self._file is not None
            self._file.seek(0)
            yield self._file

    @contextlib.contextmanager
    def _text(self) -> Iterator[io.TextIOWrapper]:
        with self._binary() as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding or "utf-8", newline="")  # type: ignore[arg-type]
            try:
                yield text
            finally:
                text.detach()

    # -- rows ----------------------------------------------------------------
    def _records(self, after: int = 0) -> Iterator[SourceRow]:
        """Every non-blank record that starts after line ``after`` (0: the header too)."""
        if self.kind == "xlsx":
            yield from self._xlsx_records(after)
            return
        _raise_csv_limit()
        with self._text() as text:
            reader = csv.reader(text, delimiter=self.delimiter or ",", strict=True)
            prev = 0
            while True:
                try:
                    for values in reader:
                        start, prev = prev + 1, reader.line_num
                        if start > after and any(values):
                            if any(v.strip() for v in values):
                                yield SourceRow(start, values)
                    return
                except csv.Error as exc:
                    start, prev = prev + 1, reader.line_num
                    yield SourceRow(start, [], _csv_error_message(exc))

    def _xlsx_records(self, after: int = 0) -> Iterator[SourceRow]:
        from .xlsx_reader import iter_rows

        with self._binary() as raw:
            rows = iter_rows(raw, self.sheet)
            number = 0
            try:
                for number, values in rows:
                    if number > after and values and any(v.strip() for v in values):
                        yield SourceRow(number, values)
            except Exception as exc:  # a corrupt sheet: report where reading stopped
                yield SourceRow(number + 1, [], f"The workbook cannot be read from here on ({exc}).")
            finally:
                rows.close()  # type: ignore[attr-defined]

    def rows(self) -> Iterator[SourceRow]:
        """The data rows (blank rows skipped), each with the line (or sheet row) it starts on.

        Rows of a workbook are padded with empty cells to the header's width
        (a sheet does not store trailing empty cells).
        """
        records = self._records(self.header_line)
        if self.kind != "xlsx":
            return records
        return self._padded(records)

    def _padded(self, records: Iterator[SourceRow]) -> Iterator[SourceRow]:
        width = len(self.headers)
        try:
            for rec in records:
                if len(rec.values) < width:
                    rec.values.extend([""] * (width - len(rec.values)))
                yield rec
        finally:
            records.close()  # type: ignore[attr-defined]

    def preview(self, n: int = 20) -> list[SourceRow]:
        """The first ``n`` data rows, for the wizard's preview."""
        out: list[SourceRow] = []
        rows = self.rows()
        try:
            for row in rows:
                out.append(row)
                if len(out) >= n:
                    break
        finally:
            rows.close()  # type: ignore[attr-defined]
        return out


def _raise_csv_limit() -> None:
    # csv refuses cells over 128 KiB with an error that does not say which
    # cell; read up to MAX_CELL_CHARS so the field rules can name it.
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)


def _csv_error_message(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text:
        return 'A quoted cell starting on this line is never closed (a closing " is missing).'
    if "expected after" in text:
        return 'Text follows a closing quote in a cell; put the whole cell in quotes and double any " inside it.'
    if "field larger than field limit" in text:
        return f"A cell is longer than {MAX_CELL_CHARS // 2**20} MB."
    if "new-line character" in text:
        return "A line break inside a cell that is not in quotes."
    return f"The row cannot be read as CSV ({text})."


_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_CHUNK = 1 << 20


def read_table(
    path_or_file: str | os.PathLike[str] | IO[bytes],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    name: str | None = None,
) -> ImportSource:
    """Open a CSV or .xlsx file for import: detect its format, encoding and delimiter, read its header.

    ``path_or_file`` is a path or a binary file object (read again from the
    start for each pass; one that cannot seek is first copied to a temporary
    file).  Raises :class:`ImportFailed` for a file that cannot be read as a
    table at all (empty, binary, UTF-16, an old .xls...).
    """
    owned: IO[bytes] | None = None
    path: Path | None = None
    fileobj: IO[bytes] | None = None
    if isinstance(path_or_file, (str, os.PathLike)):
        path = Path(path_or_file)
        label = name or path.name
        try:
            with path.open("rb") as fh:
                head = fh.read(8)
        except OSError as exc:
            raise ImportFailed([ImportIssue(1, "file", f"{path} cannot be read: {exc.strerror or exc}.")]) from None
    else:
        fileobj = path_or_file
        label = name or str(getattr(fileobj, "name", "") or "input")
        if not (hasattr(fileobj, "seekable") and fileobj.seekable()):
            owned = tempfile.SpooledTemporaryFile(max_size=8 * 2**20)
            while chunk := fileobj.read(_CHUNK):
                owned.write(chunk)
            fileobj = owned  # type: ignore[assignment]
        assert fileobj is not None
        fileobj.seek(0)
        head = fileobj.read(8)
    if not head:
        raise ImportFailed([ImportIssue(1, "file", "The file is empty: it needs a header row naming the columns.")])
    if head.startswith(_OLE_MAGIC):
        raise ImportFailed([ImportIssue(1, "file", "This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.")])
    kind = "xlsx" if head.startswith(_XLSX_MAGIC) else "csv"
    source = ImportSource(
        name=label, kind=kind, path=path, fileobj=fileobj, encoding=None, delimiter=None, sheet=sheet, owned=owned
    )
    try:
        if kind == "xlsx":
            _open_xlsx(source, sheet)
        else:
            source.encoding = _detect_encoding(source, encoding)
            source.delimiter = _detect_delimiter(source, delimiter)
        _read_header(source)
    except BaseException:
        source.close()
        raise
    return source


def _open_xlsx(source: ImportSource, sheet: str | None) -> None:
    from .xlsx_reader import XlsxError, choose_sheet, sheet_names

    try:
        with source._binary() as raw:
            source.sheet_names = sheet_names(raw)
        source.sheet = choose_sheet(source.sheet_names, sheet)
    except XlsxError as exc:
        raise ImportFailed([ImportIssue(1, "file", f"The file cannot be imported: {exc}.")]) from None


def _detect_encoding(source: ImportSource, wanted: str | None) -> str:
    """UTF-8 (with or without BOM) if the whole file decodes as UTF-8, else Windows-1252.

    Reads the file once in 1 MB chunks; refuses UTF-16/32 and binary files.
    """
    with source._binary() as raw:
        head = raw.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.startswith(b"\x00\x00\xfe\xff"):
            raise ImportFailed([ImportIssue(1, "file", "The file is in UTF-16 (or UTF-32); save it as CSV UTF-8 and import that.")])
        sample = head + raw.read(65536)
    controls = sum(sample.count(bytes([b])) for b in range(32) if b not in (9, 10, 13))
    if sample and controls * 10 > len(sample):
        hint = " It looks like UTF-16 text without a byte-order mark." if sample.count(b"\x00") * 3 > len(sample) else ""
        raise ImportFailed([ImportIssue(1, "file", f"This is not a text (CSV) file: it is full of control characters.{hint} Save it as CSV UTF-8.")])
    bom = sample.startswith(codecs.BOM_UTF8)
    candidates = [wanted] if wanted else ["utf-8", "cp1252"]
    failure: tuple[str, int, int] | None = None
    for enc in candidates:
        try:
            codecs.lookup(enc)
        except LookupError:
            raise ImportFailed([ImportIssue(1, "file", f"Unknown text encoding {enc!r}.")]) from None
        bad = _scan(source, enc)
        if bad is None:
            if codecs.lookup(enc).name == "utf-8" and bom:
                return "utf-8-sig"
            return enc
        if failure is None or wanted:
            failure = (enc, *bad)
    assert failure is not None
    enc, line, byte = failure
    which = enc if wanted else "UTF-8 or Windows-1252"
    raise ImportFailed([
        ImportIssue(line, "file", f"The file is not text in {which}: byte 0x{byte:02X} cannot be read. Save it as CSV UTF-8.")
    ])


def _scan(source: ImportSource, enc: str) -> tuple[int, int] | None:
    """None when the whole file decodes in ``enc``, else (line, byte) of the first failure."""
    decoder = codecs.getincrementaldecoder(enc)()
    lines = 1
    with source._binary() as raw:
        while True:
            chunk = raw.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return lines + chunk.count(b"\n", 0, max(exc.start, 0)), chunk[exc.start] if exc.start < len(chunk) else 0
            if not chunk:
                return None
            lines += chunk.count(b"\n")


def _first_record(source: ImportSource, delimiter: str) -> list[str]:
    with source._text() as text:
        sample = text.read(65536)
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            if values and any(v.strip() for v in values):
                return values
    except csv.Error:
        return []
    return []


def _detect_delimiter(source: ImportSource, wanted: str | None) -> str:
    """The delimiter among , ; and tab under which the header names the most known columns."""
    if wanted:
        if len(wanted) != 1 or wanted in "\"\r\n":
            raise ImportFailed([ImportIssue(1, "file", f"{wanted!r} cannot separate cells; use ',', ';' or a tab.")])
        return wanted
    best, best_score = ",", (-1, -1)
    for cand in (",", ";", "\t"):
        header = _first_record(source, cand)
        known = sum(1 for h in header if _field_for_header(h) is not None)
        score = (known, len(header) if len(header) > 1 else 0)
        if score > best_score:
            best, best_score = cand, score
    return best


def _read_header(source: ImportSource) -> None:
    records = source._records()
    try:
        first = next(records, None)
    finally:
        records.close()  # type: ignore[attr-defined]
    if first is None:
        raise ImportFailed([ImportIssue(1, "file", "The file is empty: it needs a header row naming the columns.")])
    if first.error:
        raise ImportFailed([ImportIssue(first.line, "header", first.error)])
    source.header_line = first.line
    source.headers = [h.strip().lstrip("\ufeff").strip() for h in first.values]


# ---------------------------------------------------------------- column mapping
def normalise_header(name: str) -> str:
    """'Event date' -> 'event_date': lower case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lstrip("\ufeff").strip().casefold())


def _field_for_header(name: str) -> str | None:
    key = normalise_header(name)
    if key in FIELDS:
        return key
    if key in ALIASES:
        return ALIASES[key]
    if key in IGNORED_COLUMNS:
        return ""  # known, read past
    return None


def auto_mapping(headers: Sequence[str]) -> list[str | None]:
    """For each column, the field it fills, or None to read past it (our export's
    recorded_by/recorded_at/updated_at, or a column with no name).

    A column whose name matches nothing is mapped to None too, and
    :func:`check_mapping` reports it unless the mapping says to ignore it.
    """
    out: list[str | None] = []
    for h in headers:
        f = _field_for_header(h)
        out.append(f or None)
    return out


def resolve_mapping(
    headers: Sequence[str], mapping: Sequence[str | None] | Mapping[str | int, str | None] | None
) -> tuple[list[str | None], set[int]]:
    """The field of each column after the wizard's overrides, and the columns explicitly ignored.

    ``mapping`` is None (automatic), a list with one field (or None) per
    column, or a dict of overrides keyed by column index or header text.
    """
    fields = auto_mapping(headers)
    explicit: set[int] = set()
    if mapping is None:
        return fields, explicit
    if isinstance(mapping, Mapping):
        for key, value in mapping.items():
            if isinstance(key, int):
                indexes = [key] if 0 <= key < len(headers) else []
            else:
                indexes = [i for i, h in enumerate(headers) if h == key] or [
                    i for i, h in enumerate(headers) if normalise_header(h) == normalise_header(str(key))
                ]
            if not indexes:
                raise ValueError(f"the file has no column {key!r}")
            for i in indexes:
                fields[i] = value or None
                explicit.add(i)
    else:
        if len(mapping) != len(headers):
            raise ValueError(f"the mapping has {len(mapping)} entries for {len(headers)} columns")
        fields = [m or None for m in mapping]
        explicit = set(range(len(headers)))
    for f in fields:
        if f is not None and f not in FIELDS:
            raise ValueError(f"unknown field {f!r}; fields are: {', '.join(FIELDS)}")
    return fields, explicit


def check_mapping(
    headers: Sequence[str], fields: Sequence[str | None], explicit: Iterable[int] = (), line: int = 1
) -> list[ImportIssue]:
    """Problems with the header (and mapping), reported before any row is read."""
    issues: list[ImportIssue] = []
    explicit = set(explicit)
    where: dict[str, int] = {}
    for i, (h, f) in enumerate(zip(headers, fields)):
        if f is None:
            if i in explicit or not h.strip() or _field_for_header(h) == "":
                continue
            issues.append(ImportIssue(
                line, h, f"Unknown column {h!r}; the columns are: {', '.join(FIELDS)} "
                "(rename it, delete it, or choose to ignore it).",
            ))
            continue
        if f in where:
            issues.append(ImportIssue(line, h, f"Columns {headers[where[f]]!r} and {h!r} both give the {f}; keep one."))
            continue
        where[f] = i
    for f in REQUIRED_FIELDS:
        if f not in where:
            extra = " (or event_date)" if f == "date" else ""
            issues.append(ImportIssue(line, f, f"The required column {f!r}{extra} is missing."))
    if not any(f in where for f in CONTENT_FIELDS):
        issues.append(ImportIssue(line, "title", "The file needs at least one of the columns 'title', 'url' or 'notes'."))
    return issues


# ---------------------------------------------------------------- results
@dataclass
class ImportSummary:
    """What an import does (or did): counts, skipped duplicates, every error."""

    file_name: str = ""
    rows: int = 0  # data rows read (blank rows not counted)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    statuses: int = 0  # cell assessments recorded or corrected
    countries_to_add: list[str] = field(default_factory=list)  # alpha-2 codes
    errors: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """One sentence: '120 rows: 100 new, 15 updated, 3 unchanged, 2 duplicates skipped; 40 statuses.'"""
        dup = len(self.duplicates)
        text = (
            f"{self.rows} row{'s' if self.rows != 1 else ''}: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {dup} duplicate{'s' if dup != 1 else ''} skipped; "
            f"{self.statuses} status{'es' if self.statuses != 1 else ''} set"
        )
        if self.countries_to_add:
            text += f"; countries added: {', '.join(self.countries_to_add)}"
        if self.errors:
            text += f"; {len(self.errors)} error{'s' if len(self.errors) != 1 else ''}"
        return text + "."


@dataclass
class ImportPlan(ImportSummary):
    """The dry run's answer; pass it to :func:`apply_import` to write it."""

    source: ImportSource | None = None
    mapping: list[str | None] = field(default_factory=list)
    add_countries: bool = False


@dataclass
class ImportResult(ImportSummary):
    """What :func:`apply_import` wrote (``written``), or :func:`import_file`'s dry run."""

    written: bool = False


# ---------------------------------------------------------------- lookups
_Token = tuple[str, Any]


class _Lookups:
    """Codes and names resolved through dicts built once per import."""

    CACHE_LIMIT = 2_048

    def __init__(self, t: Tracker) -> None:
        self.countries: dict[str, tuple[str, bool]] = {}
        for r in t.db.query("SELECT code, alpha3, name, archived FROM countries"):
            entry = (r["code"], bool(r["archived"]))
            for key in (r["code"], r["alpha3"], r["name"]):
                self.countries[key.casefold()] = entry
        members: dict[str, list[str]] = {}
        for r in t.db.query(
            "SELECT m.group_name, m.country_code FROM group_members m JOIN countries c ON c.code = m.country_code"
            " WHERE c.archived = 0 ORDER BY m.country_code"
        ):
            members.setdefault(r["group_name"], []).append(r["country_code"])
        self.groups: dict[str, tuple[str, tuple[str, ...]]] = {
            r["name"].casefold(): (r["name"], tuple(members.get(r["name"], ())))
            for r in t.db.query("SELECT name FROM groups")
        }
        self.recs: dict[str, tuple[str, bool]] = {}
        for r in t.db.query("SELECT code, title, archived FROM recommendations ORDER BY position DESC"):
            self.recs[r["title"].casefold()] = (r["code"], bool(r["archived"]))
        for r in t.db.query("SELECT code, archived FROM recommendations"):
            self.recs[r["code"].casefold()] = (r["code"], bool(r["archived"]))
        self.statuses: dict[str, tuple[str, str, float | None]] = {}
        self.status_codes: list[str] = []
        for r in t.db.query("SELECT code, label, score FROM statuses ORDER BY position"):
            entry = (r["code"], r["label"], r["score"])
            self.statuses[r["label"].casefold()] = entry
            self.statuses[r["code"].casefold()] = entry
            self.status_codes.append(r["code"])
        self.iso: dict[str, IsoCountry] = {}
        for c in iso_countries().values():
            self.iso[c.name.casefold()] = c
            self.iso[c.alpha3.casefold()] = c
            self.iso[c.alpha2.casefold()] = c
        self._country_cache: dict[str, Any] = {}
        self._rec_cache: dict[str, Any] = {}

    def track(self, iso: IsoCountry) -> None:
        entry = (iso.alpha2, False)
        for key in (iso.alpha2, iso.alpha3, iso.name):
            self.countries[key.casefold()] = entry
        self._country_cache.clear()

    # -- single items --------------------------------------------------------
    def country_token(self, item: str) -> _Token | None:
        key = item.strip().casefold()
        if not key:
            return None
        if key.startswith("group:"):
            group = self.groups.get(key[6:].strip())
            return ("group", group) if group else None
        hit = self.countries.get(key)
        if hit:
            return ("country", hit)
        iso = self.iso.get(key)
        if iso is not None:
            hit = self.countries.get(iso.alpha2.casefold())
            return ("country", hit) if hit else ("iso", iso)
        return None

    def rec_token(self, item: str) -> _Token | None:
        hit = self.recs.get(item.strip().casefold())
        return ("rec", hit) if hit else None

    # -- cells ---------------------------------------------------------------
    def countries_in(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[IsoCountry, ...], tuple[str, ...]]:
        """(codes in order, archived codes, ISO countries not tracked, unknown items) of a cell."""
        cached = self._country_cache.get(text)
        if cached is not None:
            return cached
        tokens, unknown = split_list(text, self.country_token)
        codes: list[str] = []
        archived: list[str] = []
        new: list[IsoCountry] = []
        for kind, value in tokens:
            if kind == "group":
                for code in value[1]:
                    if code not in codes:
                        codes.append(code)
            elif kind == "country":
                code, is_archived = value
                if code not in codes:
                    codes.append(code)
                    if is_archived:
                        archived.append(code)
            else:
                if value.alpha2 not in codes:
                    codes.append(value.alpha2)
                    new.append(value)
        result = (tuple(codes), tuple(archived), tuple(new), tuple(unknown))
        if len(self._country_cache) >= self.CACHE_LIMIT:
            self._country_cache.clear()
        self._country_cache[text] = result
        return result

    def recs_in(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """(codes in order, archived codes, unknown items) of a cell."""
        cached = self._rec_cache.get(text)
        if cached is not None:
            return cached
        tokens, unknown = split_list(text, self.rec_token)
        codes: list[str] = []
        archived: list[str] = []
        for _kind, (code, is_archived) in tokens:
            if code not in codes:
                codes.append(code)
                if is_archived:
                    archived.append(code)
        result = (tuple(codes), tuple(archived), tuple(unknown))
        if len(self._rec_cache) >= self.CACHE_LIMIT:
            self._rec_cache.clear()
        self._rec_cache[text] = result
        return result


def split_list(text: str, recognise: Callable[[str], Any]) -> tuple[list[Any], list[str]]:
    """Split a list cell into recognised items and unrecognised ones.

    The rule: a cell that is one known name as a whole is that one item.
    Otherwise, if it contains ``|`` (what our exports write), it is split on
    ``|`` only.  Otherwise it is split on ``;``, and pieces that are not known
    names are split again on ``,``; adjacent pieces are joined back when
    together they form a known name, so "Korea, Republic of, France" is two
    countries.  Empty items are ignored.
    """
    text = text.strip()
    if not text:
        return [], []
    whole = recognise(text)
    if whole is not None:
        return [whole], []
    if "|" in text:
        found: list[Any] = []
        bad: list[str] = []
        for part in text.split("|"):
            part = part.strip()
            if not part:
                continue
            tok = recognise(part)
            if tok is None:
                bad.append(part)
            else:
                found.append(tok)
        return found, bad
    return _split_on(text, recognise, (";", ","))


_MAX_JOINED = 8


def _split_on(text: str, recognise: Callable[[str], Any], seps: tuple[str, ...]) -> tuple[list[Any], list[str]]:
    for i, sep in enumerate(seps):
        if sep not in text:
            continue
        pieces = text.split(sep)
        found: list[Any] = []
        bad: list[str] = []
        j, n = 0, len(pieces)
        while j < n:
            if not pieces[j].strip():
                j += 1
                continue
            for k in range(min(n, j + _MAX_JOINED), j, -1):
                tok = recognise(sep.join(pieces[j:k]).strip())
                if tok is not None:
                    found.append(tok)
                    j = k
                    break
            else:
                sub_found, sub_bad = _split_on(pieces[j].strip(), recognise, seps[i + 1:])
                found.extend(sub_found)
                bad.extend(sub_bad)
                j += 1
        return found, bad
    tok = recognise(text)
    return ([tok], []) if tok is not None else ([], [text])


# ---------------------------------------------------------------- values
_DATE10 = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_DATE8 = re.compile(r"[0-9]{8}\Z")


def parse_date(value: str, field: str, *, required: bool) -> str | None:
    """``YYYY-MM-DD`` or ``YYYYMMDD`` as ``YYYY-MM-DD``; empty is None (or an error when required)."""
    text = value.strip()
    if not text:
        if required:
            raise ValidationError(field, f"The {field} is required (YYYY-MM-DD or YYYYMMDD).")
        return None
    if _DATE8.match(text):
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    elif not _DATE10.match(text):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValidationError(field, f"{shown!r} is not a date: write it as YYYY-MM-DD or YYYYMMDD.")
    try:
        _dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"{value.strip()!r} is not a real calendar date.") from None
    return text


def _text(value: str, field: str, max_length: int) -> str | None:
    text = value.strip()
    if not text:
        return None
    if "\x00" in text:
        raise ValidationError(field, f"The {field} contains a NUL character (a zero byte); the file is damaged or not text.")
    if len(text) > max_length:
        raise ValidationError(field, f"The {field} is longer than {max_length:,} characters ({len(text):,}).")
    return text


_SPACE = re.compile(r"\s")  # the characters str.isspace() calls spaces


def _url(value: str, field: str) -> str | None:
    """What :func:`db.validate.url` accepts (faster, and with a message for malformed addresses)."""
    text = value.strip()
    if not text:
        return None
    # The common case, decided without urlsplit: for ASCII text without
    # spaces or brackets, urlsplit's netloc is what follows '//' up to / ? #.
    start = 8 if text[:8].lower() == "https://" else 7 if text[:7].lower() == "http://" else 0
    if (
        start and len(text) > start and text[start] not in "/?#" and len(text) <= 10_000 and text.isascii()
        and "[" not in text and "]" not in text and "\x00" not in text and _SPACE.search(text) is None
    ):
        return text
    if "\x00" in text:
        raise ValidationError(field, f"The {field} contains a NUL character.")
    if len(text) > 10_000:
        raise ValidationError(field, f"The {field} is longer than 10,000 characters.")
    try:
        if _SPACE.search(text) is None and text[:8].lower().startswith(("http://", "https://")) and urlsplit(text).netloc:
            return text
        return validate.url(text, field)
    except ValueError as exc:  # urlsplit: e.g. an unclosed [ in the host
        raise ValidationError(field, f"{text!r} is not a valid web address ({exc}).") from None


def _same_text(stored: Any, cell: str | None) -> bool:
    """Stored text that differs from a (trimmed) cell only by surrounding spaces is unchanged.

    Imports trim every cell, as the app's forms do; text stored with
    surrounding spaces (a title taken from the notes' first line, another
    tool) is not an edit to write back.
    """
    return isinstance(stored, str) and stored.strip() == (cell or "")


def _shown(items: Iterable[str]) -> str:
    return ", ".join(repr(i if len(i) <= 60 else i[:57] + "...") for i in items)


_EVIDENCE_TEXT_LIMITS = {"title": 1000, "publisher": 500, "language": 500, "notes": 100_000}
_SOURCE_KINDS = frozenset(validate.SOURCE_KINDS)
_CONFIDENCES = frozenset(validate.CONFIDENCES)


class _UidMaker:
    """Time-ordered UUIDs (version 7, RFC 9562) for the records an import creates.

    48 bits of Unix time in milliseconds, then a 42-bit counter that starts at
    a random value (RFC 9562 "fixed-length dedicated counter"), then 32
    random bits.  Successive uids sort in creation order, so the uid indexes
    (evidence, assessments, history) are appended to instead of being written
    all over: a large import is markedly faster.  Any UUID is a valid uid.
    """

    def __init__(self) -> None:
        ms = int(time.time() * 1000) & ((1 << 48) - 1)
        hex_ms = f"{ms:012x}"
        self.head = f"{hex_ms[:8]}-{hex_ms[8:]}-7"
        self.counter = int.from_bytes(os.urandom(5), "big") >> 1  # < 2**39: room to count
        self.pool: list[str] = []
        self.next = 0

    def take(self, n: int) -> list[str]:
        """``n`` new uids, in order."""
        i = self.next
        if i + n > len(self.pool):
            self.pool, i = self.make(max(n, 4096)), 0
        self.next = i + n
        return self.pool[i:i + n]

    def make(self, n: int) -> list[str]:
        rand = os.urandom(4 * n).hex()
        head = self.head
        c = self.counter
        out = []
        for i in range(0, 8 * n, 8):
            c += 1
            # rand_a: counter bits 41..30; then variant 10 + counter bits 29..0; then 32 random bits
            out.append(f"{head}{(c >> 30) & 0xFFF:03x}-{0x8000 | ((c >> 16) & 0x3FFF):04x}-{c & 0xFFFF:04x}{rand[i:i + 8]}")
        self.counter = c
        return out


# ---------------------------------------------------------------- scratch store
class _Scratch:
    """Row bookkeeping that spans the whole file, kept out of memory.

    A private temporary SQLite database (deleted when closed): the uids met
    so far and the duplicate keys of existing and accepted evidence.  Keys
    are 64-bit hashes of (date, URL or title, cells).
    """

    def __init__(self) -> None:
        self.conn = sqlite3.connect("")
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA cache_size = -2048")
        # existing: 1 for keys read from the tracker, 0 for keys of rows of the file
        self.conn.execute("CREATE TABLE keys (h INTEGER PRIMARY KEY, line INTEGER, uid TEXT, existing INTEGER)")
        self.conn.execute("CREATE TABLE uids (uid TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID")
        self.conn.execute("CREATE TABLE touched (uid TEXT PRIMARY KEY) WITHOUT ROWID")

    def close(self) -> None:
        self.conn.close()

    def _find(self, sql: str, keys: list[Any]) -> dict[Any, Any]:
        found: dict[Any, Any] = {}
        for start in range(0, len(keys), 900):
            chunk = keys[start:start + 900]
            for row in self.conn.execute(sql.format(", ".join("?" * len(chunk))), chunk):
                found[row[0]] = row[1:]
        return found

    def find_keys(self, keys: list[int]) -> dict[int, tuple[int, str | None]]:
        return self._find("SELECT h, line, uid FROM keys WHERE h IN ({})", keys)

    def add_keys(self, rows: Iterable[tuple[int, int, str | None]], *, existing: bool = False) -> None:
        self.conn.executemany(
            f"INSERT OR IGNORE INTO keys (h, line, uid, existing) VALUES (?, ?, ?, {int(existing)})", rows
        )

    def touch(self, uids: Iterable[tuple[str | None]]) -> None:
        """Records whose key rows of the file changed before the tracker's keys were read."""
        self.conn.executemany("INSERT OR IGNORE INTO touched (uid) VALUES (?)", uids)

    def forget_touched(self) -> None:
        """Drop the tracker's (stale) keys of touched records; the file's rows gave their new ones."""
        self.conn.execute("DELETE FROM keys WHERE existing = 1 AND uid IN (SELECT uid FROM touched)")
        self.conn.execute("DELETE FROM touched")

    def drop_keys(self, keys: Iterable[int]) -> None:
        self.conn.executemany("DELETE FROM keys WHERE h = ?", [(k,) for k in keys])

    def find_uids(self, uids: list[str]) -> dict[str, tuple[int]]:
        return self._find("SELECT uid, line FROM uids WHERE uid IN ({})", uids)

    def add_uids(self, rows: Iterable[tuple[str, int]]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO uids (uid, line) VALUES (?, ?)", rows)


def _dup_key(date: str, url: str | None, title: str | None, cells_text: str) -> int:
    return hash((date, url or "", "" if url else (title or "").casefold(), cells_text))


def _cells_text(cells: Iterable[tuple[str, str]]) -> list[str]:
    return sorted(f"{c}:{r}" for c, r in cells)


# ---------------------------------------------------------------- the engine
_EV_COLUMNS = ("event_date", "title", "url", "archive_url", "accessed_on", "publisher", "source_kind", "language", "notes")


@dataclass(slots=True)
class _Parsed:
    line: int
    uid: str | None
    values: dict[str, Any]  # evidence columns present in the file, cleaned (event_date always)
    countries: tuple[str, ...]
    countries_archived: tuple[str, ...]
    countries_new: tuple[IsoCountry, ...]
    recs: tuple[str, ...]
    recs_archived: tuple[str, ...]
    status: str | None
    rationale: str | None
    confidence: str | None


class _Engine:
    """One pass over a source: validate every row; when ``write``, write as it goes
    inside the caller's transaction (the caller rolls back on any error)."""

    def __init__(
        self, t: Tracker, source: ImportSource, fields: list[str | None], *, add_countries: bool, write: bool,
        progress: Callable[[int], Any] | None, cancel: Callable[[], bool] | None, summary: ImportSummary,
    ) -> None:
        self.t = t
        self.source = source
        self.fields = fields
        self.add_countries = add_countries
        self.write = write
        self.progress = progress
        self.cancel = cancel
        self.s = summary
        self.width = len(source.headers)
        self.col: dict[str, int] = {f: i for i, f in enumerate(fields) if f}
        self.header: dict[str, str] = {f: source.headers[i] or f for f, i in self.col.items()}
        self.unnamed = [i for i, h in enumerate(source.headers) if not h.strip() and fields[i] is None]
        self.present = tuple(c for c in _EV_COLUMNS if (c if c != "event_date" else "date") in self.col)
        self.lk = _Lookups(t)
        self.scratch = _Scratch()
        self.to_add: dict[str, IsoCountry] = {}
        # write state
        self.user = t.user
        self.stamp = ""
        self.next_eid = 0
        self.next_aid = 0
        self.fts_trigger: str | None = None
        self.ev_buf: list[tuple[Any, ...]] = []
        self.link_buf: list[tuple[Any, ...]] = []
        self.as_buf: list[tuple[Any, ...]] = []
        self.ae_buf: list[tuple[Any, ...]] = []
        self.hist_buf: list[tuple[Any, ...]] = []
        self.uids = _UidMaker()
        self.preloaded = False
        self.i_date, self.i_countries, self.i_recs = self.col["date"], self.col["countries"], self.col["recommendations"]
        self.i_uid = self.col.get("uid")
        self._dates: dict[str, str] = {}  # date cells already checked: they repeat a lot
        self._cells_cache: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[list[tuple[str, str]], str, str]] = {}
        # (field, column, header, kind, max length) of the evidence columns present, date excluded
        kinds = {"url": "url", "archive_url": "url", "accessed_on": "date", "source_kind": "kind"}
        self.specs = [
            (name, self.col[name], self.header[name], kinds.get(name, "text"), _EVIDENCE_TEXT_LIMITS.get(name, 0))
            for name in self.present if name != "event_date"
        ]

    def error(self, line: int, field: str, message: str) -> None:
        self.s.errors.append(ImportIssue(line, field, message))

    # -- driving -------------------------------------------------------------
    def run(self) -> None:
        try:
            if self.write:
                self.stamp = self.t.now()
                db = self.t.db
                self.next_eid = db.execute("SELECT coalesce(max(id), 0) FROM evidence").fetchone()[0] + 1
                self.next_aid = db.execute("SELECT coalesce(max(id), 0) FROM assessments").fetchone()[0] + 1
            batch: list[_Parsed] = []
            rows = self.source.rows()
            try:
                for rec in rows:
                    self.s.rows += 1
                    parsed = self._parse(rec)
                    if parsed is not None:
                        batch.append(parsed)
                    if self.s.rows % BATCH_ROWS == 0:
                        self._batch(batch)
                        batch = []
                        self._tick()
            finally:
                rows.close()  # type: ignore[attr-defined]
            self._batch(batch)
            if self.s.rows == 0:
                self.error(self.source.header_line + 1, "rows", "The file has a header row but no rows to import.")
            if self.write and not self.s.errors:
                self._flush()
                self._finish_fts()
            if self.progress is not None:
                self.progress(self.s.rows)
        finally:
            self.scratch.close()
        self.s.countries_to_add = sorted(self.to_add)

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.s.rows)
        if self.cancel is not None and self.cancel():
            raise ImportCancelled()

    def _preload_keys(self) -> None:
        """Duplicate keys of every evidence already in the tracker (archived too).

        Done when the first row that would add evidence is met (a file that
        only updates needs none).  In a dry run, the keys of records that
        earlier rows would change are then put back as those rows left them
        (a real import has already written those changes).
        """
        if self.preloaded:
            return
        self.preloaded = True
        db = self.t.db.conn
        links = db.execute(
            "SELECT evidence_id, country_code, recommendation_code FROM evidence_links"
            " ORDER BY evidence_id, country_code, recommendation_code"
        )
        pending = next(links, None)
        out: list[tuple[int, int, str]] = []
        for eid, uid, date, url, title in db.execute("SELECT id, uid, event_date, url, title FROM evidence ORDER BY id"):
            cells: list[str] = []
            while pending is not None and pending[0] < eid:
                pending = next(links, None)
            while pending is not None and pending[0] == eid:
                cells.append(f"{pending[1]}:{pending[2]}")
                pending = next(links, None)
            out.append((_dup_key(date, url, title, ",".join(sorted(cells))), 0, uid))
            if len(out) >= 5000:
                self.scratch.add_keys(out, existing=True)
                out = []
        self.scratch.add_keys(out, existing=True)
        self.scratch.forget_touched()

    # -- one row ---------------------------------------------------------------
    def _parse(self, rec: SourceRow) -> _Parsed | None:
        """Check one row on its own; None (with its errors recorded) when it is bad."""
        line, values, problem = rec
        if problem:
            self.error(line, "row", problem)
            return None
        n = len(values)
        width = self.width
        if n != width:
            if n < width:
                self.error(line, "row", f"The row has {n} cells but the header has {width}; a cell is missing or a quote is misplaced.")
            else:
                self.error(line, "row", f"The row has {n} cells but the header has {width}; a cell may need quotes around it (it contains the delimiter).")
            return None
        errors: list[ImportIssue] = []
        for i in self.unnamed:
            if values[i].strip():
                errors.append(ImportIssue(line, f"column {i + 1}", "This column has no name in the header but the row has a value in it."))
        col = self.col
        header = self.header

        def get(f: str) -> str:
            v = values[col[f]]
            return unguard_formula(v) if v[:1] == "'" else v

        uid = None
        if self.i_uid is not None:
            raw = values[self.i_uid].strip()
            if raw:
                try:
                    uid = validate.uid(unguard_formula(raw), header["uid"])
                except ValidationError as exc:
                    errors.append(ImportIssue(line, exc.field, exc.message))
        raw = values[self.i_date]
        date = self._dates.get(raw)
        if date is None:
            try:
                date = parse_date(unguard_formula(raw), header["date"], required=True)
                if len(self._dates) < 10_000:
                    self._dates[raw] = date
            except ValidationError as exc:
                errors.append(ImportIssue(line, exc.field, exc.message))
        cleaned: dict[str, Any] = {"event_date": date}
        for name, i, f, kind, limit in self.specs:
            raw = values[i]
            if raw[:1] == "'":
                raw = unguard_formula(raw)
            try:
                if kind == "text":
                    text = raw.strip()
                    if text and ("\x00" in text or len(text) > limit):
                        text = _text(text, f, limit)  # raises with the message
                    cleaned[name] = text or None
                elif kind == "url":
                    cleaned[name] = _url(raw, f)
                elif kind == "kind":
                    text = raw.strip().lower()
                    cleaned[name] = text if text in _SOURCE_KINDS else (validate.choice(raw, f, validate.SOURCE_KINDS) or "other")
                else:
                    cleaned[name] = parse_date(raw, f, required=False)
            except ValidationError as exc:
                errors.append(ImportIssue(line, exc.field, exc.message))
        # cells
        countries_text = values[self.i_countries]
        if countries_text[:1] == "'":
            countries_text = unguard_formula(countries_text)
        c_codes, c_archived, c_new, c_unknown = self.lk.countries_in(countries_text)
        if c_unknown or not c_codes or (c_new and not self.add_countries):
            f = header["countries"]
            if c_unknown:
                hints = [f"group:{self.lk.groups[u.casefold()][0]}" for u in c_unknown if u.casefold() in self.lk.groups]
                hint = f" (for a group write {', '.join(hints)})" if hints else ""
                plural = "ies" if len(c_unknown) > 1 else "y"
                errors.append(ImportIssue(line, f, f"Unknown countr{plural} {_shown(c_unknown)}: use an ISO code, an English name or group:NAME{hint}."))
            elif not c_codes:
                what = "The groups named here have no tracked members." if countries_text.strip() else "At least one country (or group:NAME) is required."
                errors.append(ImportIssue(line, f, what))
            if c_new and not self.add_countries:
                names = ", ".join(f"{c.name} ({c.alpha2})" for c in c_new)
                them = "them" if len(c_new) > 1 else "it"
                errors.append(ImportIssue(line, f, f"Not tracked in this tracker: {names}. Add {them} first, or import with the option to add countries."))
        recs_text = values[self.i_recs]
        if recs_text[:1] == "'":
            recs_text = unguard_formula(recs_text)
        r_codes, r_archived, r_unknown = self.lk.recs_in(recs_text)
        if r_unknown or not r_codes:
            f = header["recommendations"]
            if r_unknown:
                codes = ", ".join(sorted({c for c, _ in self.lk.recs.values()}))
                plural = "s" if len(r_unknown) > 1 else ""
                errors.append(ImportIssue(line, f, f"Unknown recommendation{plural} {_shown(r_unknown)}: use a code ({codes}) or a title."))
            else:
                errors.append(ImportIssue(line, f, "At least one recommendation is required."))
        # status
        status = rationale = confidence = None
        status_text = get("status").strip() if "status" in col else ""
        if status_text:
            hit = self.lk.statuses.get(status_text.casefold())
            if hit is None:
                errors.append(ImportIssue(line, header["status"], f"Unknown status {status_text!r}; use one of: {', '.join(self.lk.status_codes)} (or its label)."))
            elif hit[2] is None:
                errors.append(ImportIssue(line, header["status"], f"{hit[1]!r} is where every cell starts; choose a judgement instead."))
            else:
                status = hit[0]
        if "rationale" in col:
            try:
                rationale = _text(get("rationale"), header["rationale"], 100_000)
            except ValidationError as exc:
                errors.append(ImportIssue(line, exc.field, exc.message))
        if "confidence" in col:
            raw = get("confidence")
            text = raw.strip().lower()
            if text in _CONFIDENCES:
                confidence = text
            elif text:
                try:
                    confidence = validate.choice(raw, header["confidence"], validate.CONFIDENCES)
                except ValidationError as exc:
                    errors.append(ImportIssue(line, exc.field, exc.message))
        if not status_text:
            for which, given in (("rationale", rationale), ("confidence", confidence)):
                if given:
                    errors.append(ImportIssue(line, header[which], f"A {which} was given without a status to set."))
        elif status is not None and not rationale:
            errors.append(ImportIssue(line, header.get("rationale", "rationale"), "A status needs a rationale (why that status)."))
        if errors:
            self.s.errors.extend(errors)
            return None
        return _Parsed(
            line, uid, cleaned, c_codes, c_archived, c_new, r_codes, r_archived, status, rationale,
            confidence or ("reported" if status else None),
        )

    # -- a batch ---------------------------------------------------------------
    def _batch(self, batch: list[_Parsed]) -> None:
        if not batch:
            return
        existing = self._existing(batch)
        # pass A: what each row would become
        plans: list[tuple[str, _Parsed, Any]] = []
        wanted_keys: list[int] = []
        for p in batch:
            ex = existing.get(p.uid) if p.uid else None
            plan = self._plan_update(p, ex) if ex is not None else self._plan_new(p)
            if plan is None:
                continue
            plans.append(plan)
            if plan[0] == "new":
                wanted_keys.append(plan[2]["key"])
            elif plan[2]["old_key"] is not None:
                wanted_keys.append(plan[2]["old_key"])
        if any(kind == "new" for kind, _p, _i in plans):
            self._preload_keys()
        found = self.scratch.find_keys(wanted_keys) if wanted_keys else {}
        # pass C: in file order, against keys known so far
        local: dict[int, tuple[int, str | None] | None] = {}
        touched: list[tuple[str | None]] = []
        for kind, p, info in plans:
            if kind == "new":
                key = info["key"]
                hit = local[key] if key in local else found.get(key)
                if hit is not None:
                    line, uid = hit
                    self.s.duplicates.append(Duplicate(p.line, line or None, uid if not line else None))
                    continue
                local[key] = (p.line, None)
                self.s.new += 1
                self.s.statuses += len(info["cells"]) if p.status else 0
                self._need_countries(p)
                if self.write and not self.s.errors:
                    self._queue_new(p, info)
            elif kind == "update":
                if info["old_key"] != info["new_key"]:
                    if not self.preloaded and not self.write:
                        touched.append((p.uid,))
                    old = local[info["old_key"]] if info["old_key"] in local else found.get(info["old_key"])
                    if old is not None and old[1] == p.uid:
                        local[info["old_key"]] = None
                    if local.get(info["new_key"]) is None:
                        local[info["new_key"]] = (0, p.uid)
                if not info["changed"] and info["cells"] is None and not info["statuses"]:
                    self.s.unchanged += 1
                    continue
                self.s.updated += 1
                self.s.statuses += len(info["statuses"])
                self._need_countries(p)
                if self.write and not self.s.errors:
                    self._write_update(p, info)
        adds = [(k, v[0], v[1]) for k, v in local.items() if v is not None]
        drops = [k for k, v in local.items() if v is None]
        if drops:
            self.scratch.drop_keys(drops)
        self.scratch.add_keys(adds)
        if touched:
            self.scratch.touch(touched)
        if self.write and not self.s.errors:
            self._flush()

    def _existing(self, batch: list[_Parsed]) -> dict[str, dict[str, Any]]:
        """Evidence named by the batch's uids, with links and (when needed) assessments."""
        lines = {}
        for p in batch:
            if p.uid:
                lines.setdefault(p.uid, []).append(p.line)
        if not lines:
            return {}
        seen = self.scratch.find_uids(list(lines))
        fresh = []
        for uid, at in lines.items():
            first = seen[uid][0] if uid in seen else at[0]
            repeats = at if uid in seen else at[1:]
            for line in repeats:
                self.error(line, self.header["uid"], f"The uid {uid} appears more than once in the file (first on line {first}).")
            fresh.append((uid, first))
        self.scratch.add_uids(fresh)
        dup_lines = {line for uid, at in lines.items() for line in (at if uid in seen else at[1:])}
        if dup_lines:
            batch[:] = [p for p in batch if p.line not in dup_lines]
        found: dict[str, dict[str, Any]] = {}
        uids = [p.uid for p in batch if p.uid]
        db = self.t.db
        names = ("id", "uid", *_EV_COLUMNS)
        select = f"SELECT {', '.join(names)} FROM evidence WHERE uid IN "
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            for row in db.conn.execute(f"{select}({', '.join('?' * len(chunk))})", chunk):
                r = dict(zip(names, row))
                r["cells"] = set()
                r["assessments"] = []
                found[r["uid"]] = r
        if not found:
            return found
        by_id = {r["id"]: r for r in found.values()}
        ids = list(by_id)
        want_status = {p.uid for p in batch if p.uid in found and p.status}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for eid, c, r in db.execute(
                f"SELECT evidence_id, country_code, recommendation_code FROM evidence_links WHERE evidence_id IN ({marks})", chunk
            ):
                by_id[eid]["cells"].add((c, r))
            if want_status:
                for row in db.query(
                    "SELECT ae.evidence_id, a.uid, a.country_code, a.recommendation_code, a.status_code, a.effective_date,"
                    " a.rationale, a.confidence, a.recorded_at, a.id FROM assessment_evidence ae"
                    f" JOIN assessments a ON a.id = ae.assessment_id WHERE ae.evidence_id IN ({marks})"
                    " ORDER BY a.recorded_at, a.id",
                    chunk,
                ):
                    by_id[row["evidence_id"]]["assessments"].append(row)
        return found

    def _need_countries(self, p: _Parsed) -> None:
        for iso in p.countries_new:
            if iso.alpha2 not in self.to_add:
                self.to_add[iso.alpha2] = iso
                if self.write and not self.s.errors:
                    ops.add_country(self.t, iso.alpha2, operation=OPERATION)
                    self.lk.track(iso)

    def _cells(self, countries: tuple[str, ...], recs: tuple[str, ...]) -> tuple[list[tuple[str, str]], str]:
        """(cells, 'CC:rec,...' sorted) for countries × recommendations."""
        key = (countries, recs)
        hit = self._cells_cache.get(key)
        if hit is None:
            cells = [(c, r) for c in countries for r in recs]
            hit = (cells, ",".join(_cells_text(cells)))
            if len(self._cells_cache) >= _Lookups.CACHE_LIMIT:
                self._cells_cache.clear()
            self._cells_cache[key] = hit
        return hit

    def _plan_new(self, p: _Parsed) -> tuple[str, _Parsed, dict[str, Any]] | None:
        v = p.values
        title = v.get("title")
        url = v.get("url")
        notes = v.get("notes")
        if p.countries_archived or p.recs_archived or not (title or url or notes):
            f = self.header
            if p.countries_archived:
                them = "them" if len(p.countries_archived) > 1 else "it"
                self.error(p.line, f["countries"], f"Archived: {', '.join(p.countries_archived)}; restore {them} before adding evidence.")
            if p.recs_archived:
                them = "them" if len(p.recs_archived) > 1 else "it"
                self.error(p.line, f["recommendations"], f"Archived: {', '.join(p.recs_archived)}; restore {them} before adding evidence.")
            if not (title or url or notes):
                self.error(p.line, f.get("title", "title"), "Give the evidence at least a title, a URL or notes.")
            return None
        if not title:
            title = ops._title_from_notes(notes)
        date = v["event_date"]
        values = (
            date, title, url, v.get("archive_url"), v.get("accessed_on"), v.get("publisher"),
            v.get("source_kind") or "other", v.get("language"), notes,
        )
        cells, names = self._cells(p.countries, p.recs)
        return "new", p, {"values": values, "cells": cells, "key": _dup_key(date, url, title, names)}

    def _plan_update(self, p: _Parsed, ex: dict[str, Any]) -> tuple[str, _Parsed, dict[str, Any]] | None:
        """What updating ``ex`` from row ``p`` changes, the way :func:`db.ops.edit_evidence` decides it."""
        f = self.header
        vals = p.values
        title = vals["title"] if "title" in vals else ex["title"]
        url = vals["url"] if "url" in vals else ex["url"]
        notes = vals["notes"] if "notes" in vals else ex["notes"]
        if not (title or url or notes):
            self.error(p.line, f.get("title", "title"), "Give the evidence at least a title, a URL or notes.")
            return None
        if not title:
            title = ops._title_from_notes(notes)
        changed = {k: v for k, v in vals.items() if v != ex[k] and not _same_text(ex[k], v)}
        changed.pop("title", None)
        if title != ex["title"] and not _same_text(ex["title"], title):
            changed["title"] = title
        old_cells: set[tuple[str, str]] = ex["cells"]
        same_links = set(p.countries) == {c for c, _ in old_cells} and set(p.recs) == {r for _, r in old_cells}
        cells = sorted(old_cells) if same_links else [(c, r) for c in p.countries for r in p.recs]
        if not same_links and (p.countries_archived or p.recs_archived):
            for which, codes in (("countries", p.countries_archived), ("recommendations", p.recs_archived)):
                if codes:
                    them = "them" if len(codes) > 1 else "it"
                    self.error(p.line, f[which], f"Archived: {', '.join(codes)}; restore {them} before changing this evidence's {which}.")
            return None
        statuses: list[tuple[str, Any]] = []
        date = vals["event_date"]
        if p.status:
            latest: dict[tuple[str, str], dict[str, Any]] = {}
            for a in ex["assessments"]:
                if a["effective_date"] == date:
                    latest[(a["country_code"], a["recommendation_code"])] = a  # ordered: the last recorded wins
            for cell in cells:
                a = latest.get(cell)
                if a is None:
                    statuses.append(("new", cell))
                elif (a["status_code"], a["rationale"], a["confidence"]) != (p.status, p.rationale, p.confidence):
                    statuses.append(("correct", a["uid"]))
        old_key = new_key = None
        if not same_links or "event_date" in changed or "url" in changed or "title" in changed:
            old_names = ",".join(_cells_text(old_cells))
            new_names = old_names if same_links else ",".join(_cells_text(cells))
            old_key = _dup_key(ex["event_date"], ex["url"], ex["title"], old_names)
            new_key = _dup_key(date, url, title, new_names)
        return "update", p, {
            "changed": changed, "cells": None if same_links else cells, "statuses": statuses,
            "old_key": old_key, "new_key": new_key,
        }

    # -- writing -------------------------------------------------------------
    def _queue_new(self, p: _Parsed, info: dict[str, Any]) -> None:
        eid = self.next_eid
        self.next_eid += 1
        cells = info["cells"]
        uids = self.uids.take(1 + (len(cells) if p.status else 0))
        uid = p.uid or uids[0]
        values = info["values"]
        stamp, user = self.stamp, self.user
        self.ev_buf.append((eid, uid, *values, user, stamp, stamp))
        self.link_buf.extend([(eid, c, r) for c, r in cells])
        # An insert's history entry stores no copy of the new record: db.queries.history
        # reads it back (see there).  Writing 100,000 copies doubled the tracker's size.
        self.hist_buf.append((stamp, user, OPERATION, "insert", "evidence", uid))
        if p.status:
            date = values[0]
            rationale = p.rationale or ""
            confidence = p.confidence or "reported"
            status = p.status
            aid = self.next_aid
            for (c, r), a_uid in zip(cells, uids[1:]):
                self.as_buf.append((aid, a_uid, c, r, status, date, rationale, confidence, user, stamp, stamp))
                self.ae_buf.append((aid, eid))
                self.hist_buf.append((stamp, user, OPERATION, "insert", "assessments", a_uid))
                aid += 1
            self.next_aid = aid

    def _drop_fts_trigger(self) -> None:
        if self.fts_trigger is not None:
            return
        row = self.t.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'evidence_ai'").fetchone()
        if row is None:
            self.fts_trigger = ""
            return
        self.fts_trigger = row[0]
        self.t.db.execute("DROP TRIGGER evidence_ai")

    def _finish_fts(self) -> None:
        if self.fts_trigger:
            self.t.db.execute(self.fts_trigger)
            self.fts_trigger = None

    def _flush(self) -> None:
        if not self.ev_buf:
            return
        conn = self.t.db.conn
        self._drop_fts_trigger()
        skip_checks = BULK_SKIPS_CHECKS
        if skip_checks:
            conn.execute("PRAGMA ignore_check_constraints = ON")
        try:
            self._insert_buffers(conn)
        finally:
            if skip_checks:
                conn.execute("PRAGMA ignore_check_constraints = OFF")
        self.ev_buf, self.link_buf, self.as_buf, self.ae_buf, self.hist_buf = [], [], [], [], []

    def _insert_buffers(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO evidence (id, uid, event_date, title, url, archive_url, accessed_on, publisher, source_kind,"
            " language, notes, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.ev_buf,
        )
        conn.executemany("INSERT INTO evidence_links (evidence_id, country_code, recommendation_code) VALUES (?, ?, ?)", self.link_buf)
        if self.as_buf:
            conn.executemany(
                "INSERT INTO assessments (id, uid, country_code, recommendation_code, status_code, effective_date,"
                " rationale, confidence, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.as_buf,
            )
            conn.executemany("INSERT INTO assessment_evidence (assessment_id, evidence_id) VALUES (?, ?)", self.ae_buf)
        conn.executemany(
            "INSERT INTO history (at, user, operation, action, table_name, row_key) VALUES (?, ?, ?, ?, ?, ?)",
            self.hist_buf,
        )
        if self.fts_trigger:
            # The index entries the dropped insert trigger would have made (same statement, same values).
            conn.executemany(
                "INSERT INTO evidence_fts (rowid, title, notes, publisher, url) VALUES (?, ?, ?, ?, ?)",
                [(r[0], r[3], r[10], r[7], r[4]) for r in self.ev_buf],
            )

    def _write_update(self, p: _Parsed, info: dict[str, Any]) -> None:
        self._flush()
        t = self.t
        assert p.uid is not None
        try:
            if info["changed"] or info["cells"] is not None:
                ops.edit_evidence(t, p.uid, cells=info["cells"], operation=OPERATION, **info["changed"])
            date = p.values["event_date"]
            for kind, what in info["statuses"]:
                if kind == "new":
                    country, rec = what
                    ops.set_status(
                        t, country, rec, p.status or "", effective_date=date, rationale=p.rationale or "",
                        confidence=p.confidence or "reported", evidence=[p.uid], operation=OPERATION,
                    )
                else:
                    ops.correct_assessment(
                        t, what, status=p.status, rationale=p.rationale, confidence=p.confidence, operation=OPERATION
                    )
        except ValidationError as exc:
            self.error(p.line, exc.field, exc.message)


# ---------------------------------------------------------------- public API
def _source_of(
    source: ImportSource | str | os.PathLike[str] | IO[bytes], **kw: Any
) -> tuple[ImportSource, bool]:
    if isinstance(source, ImportSource):
        return source, False
    return read_table(source, **kw), True


def plan_import(
    t: Tracker,
    source: ImportSource | str | os.PathLike[str],
    mapping: Sequence[str | None] | Mapping[str | int, str | None] | None = None,
    *,
    add_countries: bool = False,
    progress: Callable[[int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Dry run: validate the header, then every row, and say what an import would do.

    Writes nothing.  ``progress(rows_read)`` is called after each batch;
    ``cancel()`` is checked between batches and raises
    :class:`ImportCancelled`.  A file that cannot be read at all raises
    :class:`ImportFailed` (from :func:`read_table`) when given as a path.
    """
    src, _ = _source_of(source)
    fields, explicit = resolve_mapping(src.headers, mapping)
    plan = ImportPlan(file_name=src.name, source=src, mapping=fields, add_countries=add_countries)
    plan.errors.extend(check_mapping(src.headers, fields, explicit, src.header_line))
    if plan.errors:
        return plan
    engine = _Engine(t, src, fields, add_countries=add_countries, write=False, progress=progress, cancel=cancel, summary=plan)
    engine.run()
    return plan


def apply_import(
    t: Tracker,
    plan_or_source: ImportPlan | ImportSource | str | os.PathLike[str],
    mapping: Sequence[str | None] | Mapping[str | int, str | None] | None = None,
    *,
    add_countries: bool | None = None,
    progress: Callable[[int], Any] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import for real: validate every row again and write it all in ONE transaction.

    Given a plan, uses its source, mapping and options (a plan with errors is
    refused).  Any error, or ``cancel()`` returning true, rolls everything
    back: :class:`ImportFailed` (with every error) or :class:`ImportCancelled`.
    """
    if isinstance(plan_or_source, ImportPlan):
        plan = plan_or_source
        if plan.errors:
            raise ImportFailed(plan.errors)
        assert plan.source is not None
        src = plan.source
        fields, explicit = plan.mapping, set(range(len(plan.mapping)))
        if add_countries is None:
            add_countries = plan.add_countries
    else:
        src, _ = _source_of(plan_or_source)
        fields, explicit = resolve_mapping(src.headers, mapping)
    result = ImportResult(file_name=src.name)
    result.errors.extend(check_mapping(src.headers, fields, explicit, src.header_line))
    if result.errors:
        raise ImportFailed(result.errors, result)
    engine = _Engine(
        t, src, fields, add_countries=bool(add_countries), write=True, progress=progress, cancel=cancel, summary=result
    )

    class _Rollback(Exception):
        pass

    try:
        with t.bulk_journal(), t.atomic():
            engine.run()
            if result.errors:
                raise _Rollback()
    except _Rollback:
        raise ImportFailed(result.errors, result) from None
    result.written = True
    return result


def import_file(
    t: Tracker,
    path: str | os.PathLike[str] | IO[bytes],
    *,
    dry_run: bool = False,
    add_countries: bool = False,
    mapping: Sequence[str | None] | Mapping[str | int, str | None] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    progress: Callable[[int], Any] | None = None,
) -> ImportResult:
    """Import a CSV or .xlsx file (the command line's ``import``).

    Never raises for problems in the file: they are in ``result.errors``
    (and then nothing was written).  With ``dry_run`` nothing is written
    either way.  One pass over the file when not a dry run.
    """
    name = Path(path).name if isinstance(path, (str, os.PathLike)) else str(getattr(path, "name", "") or "input")
    try:
        src = read_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet)
    except ImportFailed as exc:
        return ImportResult(file_name=name, errors=exc.errors)
    with src:
        if dry_run:
            plan = plan_import(t, src, mapping, add_countries=add_countries, progress=progress)
            return ImportResult(
                file_name=plan.file_name, rows=plan.rows, new=plan.new, updated=plan.updated, unchanged=plan.unchanged,
                duplicates=plan.duplicates, statuses=plan.statuses, countries_to_add=plan.countries_to_add,
                errors=plan.errors, written=False,
            )
        try:
            return apply_import(t, src, mapping, add_countries=add_countries, progress=progress)
        except ImportFailed as exc:
            if exc.result is not None:
                exc.result.written = False
                return exc.result
            return ImportResult(file_name=name, errors=exc.errors)


# ---------------------------------------------------------------- codebook import
RECOMMENDATION_COLUMNS: tuple[str, ...] = ("code", "title", "text", "guidance", "weight")


def _require_no_recommendations(t: Tracker, what: str) -> None:
    n = t.db.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    if n:
        raise ValidationError(
            "recommendations",
            f"This tracker already has {n} recommendation{'s' if n != 1 else ''}; {what} can only be imported "
            "into a blank tracker (File > New, blank).",
        )


def import_codebook(t: Tracker, path: str | os.PathLike[str] | Codebook) -> Change:
    """Give a blank tracker the recommendations, status scale, grades, countries,
    groups and settings of a codebook JSON file, in one transaction with history.

    Refused (ValidationError, nothing written) when the codebook has
    recommendations and the tracker already has some, or when the tracker has
    assessments whose status the new scale lacks.  The codebook's example
    evidence is not imported (``init --codebook`` does that).
    """
    book = path if isinstance(path, Codebook) else load_codebook(path)
    if book.recommendations:
        _require_no_recommendations(t, "a codebook's recommendations")
    new_codes = {s.code for s in book.statuses}
    orphans = list(t.db.query(
        f"SELECT status_code, count(*) AS n FROM assessments WHERE status_code NOT IN ({', '.join('?' * len(new_codes))})"
        " GROUP BY status_code ORDER BY status_code",
        sorted(new_codes),
    ))
    if orphans:
        total = sum(r["n"] for r in orphans)
        codes = ", ".join(repr(r["status_code"]) for r in orphans)
        raise ValidationError(
            "statuses",
            f"The codebook's status scale has no {codes}, which {total} assessment{'s' if total != 1 else ''} in this "
            "tracker use; add those statuses to the codebook (or import it into a blank tracker).",
        )
    change = Change("import_codebook", codebook=True)
    op = "import_codebook"
    with t.atomic():
        old = {r["code"]: r for r in t.db.query("SELECT code, label, score, color, description, position FROM statuses")}
        # Labels are unique: move every kept status out of the way first.
        for code in old:
            t.db.execute("UPDATE statuses SET label = '~' || code || '~' WHERE code = ?", [code])
        for code, row in old.items():
            if code not in new_codes:
                t.db.execute("DELETE FROM statuses WHERE code = ?", [code])
                record_history(t, op, "delete", "statuses", code, row, None)
        for pos, s in enumerate(book.statuses):
            after = {"code": s.code, "label": s.label, "score": s.score, "color": s.color, "description": s.description, "position": pos}
            if s.code in old:
                t.db.execute(
                    "UPDATE statuses SET label = ?, score = ?, color = ?, description = ?, position = ? WHERE code = ?",
                    [s.label, s.score, s.color, s.description, pos, s.code],
                )
                if old[s.code] != after:
                    record_history(t, op, "update", "statuses", s.code, old[s.code], after)
            else:
                t.db.execute(
                    "INSERT INTO statuses (code, label, score, color, description, position) VALUES (?, ?, ?, ?, ?, ?)",
                    [s.code, s.label, s.score, s.color, s.description, pos],
                )
                record_history(t, op, "insert", "statuses", s.code, None, after)
        if book.grades:
            before = [dict(r) for r in t.db.query("SELECT grade, min_score FROM grades ORDER BY min_score DESC")]
            after_grades = [{"grade": g.grade, "min_score": g.min_score} for g in book.grades]
            if before != after_grades:
                t.db.execute("DELETE FROM grades")
                t.db.conn.executemany("INSERT INTO grades (grade, min_score) VALUES (?, ?)", [(g.grade, g.min_score) for g in book.grades])
                record_history(t, op, "update", "grades", "grades", {"grades": before}, {"grades": after_grades})
        for pos, r in enumerate(book.recommendations, 1):
            ops.add_recommendation(t, r.code, r.title, text=r.text, guidance=r.guidance, weight=r.weight, position=pos, operation=op)
        tracked = {r["code"]: bool(r["archived"]) for r in t.db.query("SELECT code, archived FROM countries")}
        for code in book.countries:
            if code not in tracked or tracked[code]:
                ops.add_country(t, code, operation=op)
        groups = {r["name"].casefold() for r in t.db.query("SELECT name FROM groups")}
        for name, members in book.groups.items():
            if name.casefold() not in groups:
                ops.add_group(t, name, members, operation=op)
        for key, value in (
            ("title", book.title), ("description", book.description), ("source", book.source),
            ("review_interval_days", str(book.review_interval_days)),
        ):
            ops.set_meta(t, key, value)
    return change


def import_recommendations(
    t: Tracker, path_or_file: ImportSource | str | os.PathLike[str] | IO[bytes]
) -> Change:
    """Give a blank tracker its recommendations from a CSV (or .xlsx) with columns
    ``code, title, text, guidance, weight`` (code and title required; weight default 1).

    All or nothing: every row is checked first and every problem reported in
    :class:`ImportFailed` with its line; then all are added in one
    transaction with history.
    """
    src, owned = _source_of(path_or_file)
    try:
        _require_no_recommendations(t, "recommendations")
        where: dict[str, int] = {}
        errors: list[ImportIssue] = []
        for i, h in enumerate(src.headers):
            key = normalise_header(h)
            if not key:
                continue
            if key not in RECOMMENDATION_COLUMNS:
                errors.append(ImportIssue(src.header_line, h, f"Unknown column {h!r}; the columns are: {', '.join(RECOMMENDATION_COLUMNS)}."))
            elif key in where:
                errors.append(ImportIssue(src.header_line, h, f"The column {key!r} appears twice."))
            else:
                where[key] = i
        for key in ("code", "title"):
            if key not in where:
                errors.append(ImportIssue(src.header_line, key, f"The required column {key!r} is missing."))
        if errors:
            raise ImportFailed(errors)
        width = len(src.headers)
        recs: list[tuple[int, dict[str, Any]]] = []
        codes: dict[str, int] = {}
        titles: dict[str, int] = {}
        for rec in src.rows():
            if rec.error:
                errors.append(ImportIssue(rec.line, "row", rec.error))
                continue
            values = rec.values
            if len(values) < width or (len(values) > width and any(v.strip() for v in values[width:])):
                errors.append(ImportIssue(rec.line, "row", f"The row has {len(values)} cells but the header has {width}."))
                continue

            def cell(key: str) -> str:
                return unguard_formula(values[where[key]]) if key in where else ""

            row: dict[str, Any] = {}
            for key, check in (
                ("code", lambda v, f: validate.recommendation_code(v, f)),
                ("title", lambda v, f: validate.text(v, f, required=True, max_length=300)),
                ("text", lambda v, f: validate.text(v, f) or ""),
                ("guidance", lambda v, f: validate.text(v, f) or ""),
                ("weight", lambda v, f: validate.weight(v.strip() or 1, f)),
            ):
                try:
                    row[key] = check(cell(key), src.headers[where[key]] if key in where else key)
                except ValidationError as exc:
                    errors.append(ImportIssue(rec.line, exc.field, exc.message))
            if "code" in row:
                if row["code"] in codes:
                    errors.append(ImportIssue(rec.line, "code", f"The code {row['code']!r} is used twice (first on line {codes[row['code']]})."))
                codes.setdefault(row["code"], rec.line)
            if row.get("title"):
                folded = row["title"].casefold()
                if folded in titles:
                    errors.append(ImportIssue(rec.line, "title", f"The title {row['title']!r} is used twice (first on line {titles[folded]})."))
                titles.setdefault(folded, rec.line)
            recs.append((rec.line, row))
        if not recs and not errors:
            errors.append(ImportIssue(src.header_line + 1, "rows", "The file has a header row but no recommendations."))
        if errors:
            raise ImportFailed(errors)
        with t.atomic():
            for pos, (_line, row) in enumerate(recs, 1):
                ops.add_recommendation(
                    t, row["code"], row["title"], text=row["text"], guidance=row["guidance"], weight=row["weight"],
                    position=pos, operation="import_codebook",
                )
        return Change("import_codebook", codebook=True)
    finally:
        if owned:
            src.close()
