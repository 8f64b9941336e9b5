"""Reading import files: CSV (encoding and delimiter sniffed) or .xlsx, streamed row by row with line numbers."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from .errors import ImportFailed, ImportIssue
from .mapping import field_for_header

#: The largest cell the CSV reader accepts at all; longer text is refused by field rules anyway.
MAX_CELL_CHARS = 16 * 1024 * 1024


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
        self,
        *,
        name: str,
        kind: str,
        path: Path | None,
        fileobj: IO[bytes] | None,
        encoding: str | None,
        delimiter: str | None,
        sheet: str | None,
        owned: IO[bytes] | None = None,
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

    def __enter__(self) -> ImportSource:
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
            text = io.TextIOWrapper(raw, encoding=self.encoding or "utf-8", newline="")
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
                        if start > after and any(values) and any(v.strip() for v in values):
                            yield SourceRow(start, values)
                    return
                except csv.Error as exc:
                    start, prev = prev + 1, reader.line_num
                    yield SourceRow(start, [], _csv_error_message(exc))

    def _xlsx_records(self, after: int = 0) -> Iterator[SourceRow]:
        from ..xlsx_reader import iter_rows

        with self._binary() as raw:
            rows = iter_rows(raw, self.sheet)
            number = 0
            try:
                for number, values in rows:
                    if number > after and values and any(v.strip() for v in values):
                        yield SourceRow(number, values)
            except Exception as exc:  # noqa: BLE001 - a corrupt sheet: report where reading stopped
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
            owned = tempfile.SpooledTemporaryFile(max_size=8 * 2**20)  # noqa: SIM115 - the source closes it
            while chunk := fileobj.read(_CHUNK):
                owned.write(chunk)
            fileobj = owned
        assert fileobj is not None
        fileobj.seek(0)
        head = fileobj.read(8)
    if not head:
        raise ImportFailed([ImportIssue(1, "file", "The file is empty: it needs a header row naming the columns.")])
    if head.startswith(_OLE_MAGIC):
        raise ImportFailed(
            [
                ImportIssue(
                    1,
                    "file",
                    "This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.",
                )
            ]
        )
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
    from ..xlsx_reader import XlsxError, choose_sheet, sheet_names

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
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            raise ImportFailed(
                [ImportIssue(1, "file", "The file is in UTF-16 (or UTF-32); save it as CSV UTF-8 and import that.")]
            )
        sample = head + raw.read(65536)
    controls = sum(sample.count(bytes([b])) for b in range(32) if b not in (9, 10, 13))
    if sample and controls * 10 > len(sample):
        hint = (
            " It looks like UTF-16 text without a byte-order mark." if sample.count(b"\x00") * 3 > len(sample) else ""
        )
        raise ImportFailed(
            [
                ImportIssue(
                    1,
                    "file",
                    f"This is not a text (CSV) file: it is full of control characters.{hint} Save it as CSV UTF-8.",
                )
            ]
        )
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
    raise ImportFailed(
        [
            ImportIssue(
                line,
                "file",
                f"The file is not text in {which}: byte 0x{byte:02X} cannot be read. Save it as CSV UTF-8.",
            )
        ]
    )


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
                return lines + chunk.count(b"\n", 0, max(exc.start, 0)), chunk[exc.start] if exc.start < len(
                    chunk
                ) else 0
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
        if len(wanted) != 1 or wanted in '"\r\n':
            raise ImportFailed([ImportIssue(1, "file", f"{wanted!r} cannot separate cells; use ',', ';' or a tab.")])
        return wanted
    best, best_score = ",", (-1, -1)
    for cand in (",", ";", "\t"):
        header = _first_record(source, cand)
        known = sum(1 for h in header if field_for_header(h) is not None)
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


def open_source(source: ImportSource | str | os.PathLike[str] | IO[bytes], **kw: Any) -> tuple[ImportSource, bool]:
    """``source`` as an :class:`ImportSource`, and whether the caller opened it (and must close it)."""
    if isinstance(source, ImportSource):
        return source, False
    return read_table(source, **kw), True
