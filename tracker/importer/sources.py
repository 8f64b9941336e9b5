"""Reading import files: CSV (encoding and delimiter sniffed) or .xlsx, streamed row by row with line numbers."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from db.messages import translate

from .errors import FILE, HEADER, ImportFailed, ImportIssue
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
            return translate("ImportFile", "Excel workbook, sheet {sheet!r}").format(sheet=self.sheet)
        encoding = encoding_label(self.encoding)
        delimiter = self.delimiter or ","
        if delimiter == ",":
            return translate("ImportFile", "CSV, {encoding}, comma-separated").format(encoding=encoding)
        if delimiter == ";":
            return translate("ImportFile", "CSV, {encoding}, semicolon-separated").format(encoding=encoding)
        if delimiter == "\t":
            return translate("ImportFile", "CSV, {encoding}, tab-separated").format(encoding=encoding)
        return translate("ImportFile", "CSV, {encoding}, {delimiter!r}-separated").format(
            encoding=encoding, delimiter=self.delimiter
        )

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
    def _text(self) -> Iterator[io.TextIOWrapper | _LineByLine]:
        with self._binary() as raw:
            if self.encoding == MIXED_ENCODING:
                yield _LineByLine(raw)
                return
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
                yield SourceRow(
                    number + 1, [], translate("ImportFile", "The workbook cannot be read from here on ({reason}).")
                    .format(reason=str(exc))
                )
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
        return translate("ImportFile", 'A quoted cell starting on this line is never closed (a closing " is missing).')
    if "expected after" in text:
        return translate(
            "ImportFile", 'Text follows a closing quote in a cell; put the whole cell in quotes and double any " '
            "inside it.",
        )
    if "field larger than field limit" in text:
        too_long = translate("ImportFile", "A cell is longer than {megabytes} MB.")
        return too_long.format(megabytes=MAX_CELL_CHARS // 2**20)
    if "new-line character" in text:
        return translate("ImportFile", "A line break inside a cell that is not in quotes.")
    return translate("ImportFile", "The row cannot be read as CSV ({reason}).").format(reason=text)


#: A file with no header row at all.
EMPTY_FILE = translate("ImportFile", "The file is empty: it needs a header row naming the columns.")
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
            raise ImportFailed([ImportIssue(1, FILE, translate("ImportFile", "{path} cannot be read: {reason}.").format(
                path=str(path), reason=str(exc.strerror or exc)))]) from None
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
        raise ImportFailed([ImportIssue(1, FILE, EMPTY_FILE)])
    if head.startswith(_OLE_MAGIC):
        raise ImportFailed(
            [
                ImportIssue(
                    1,
                    FILE,
                    translate(
                        "ImportFile",
                        "This is an old-style Excel (.xls) or other binary file; save it as .xlsx or as CSV UTF-8.",
                    ),
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
        raise ImportFailed(
            [ImportIssue(1, FILE, translate("ImportFile", "The file cannot be imported: {reason}.").format(
                reason=str(exc)))]
        ) from None


def _detect_encoding(source: ImportSource, wanted: str | None) -> str:
    """The file's encoding: ``wanted`` if the whole file is valid in it, else refused naming the first bad line.

    Automatic (``wanted`` None or "auto"): UTF-16/32 by their byte-order
    mark; UTF-8 (with or without BOM) if the whole file is valid UTF-8;
    Windows-1252 if it is valid there and has no UTF-8 character at all.  A
    file with UTF-8 characters on some lines and bytes that are not UTF-8 on
    others (rows pasted from two programs) is refused naming the first line
    that is not UTF-8: decoding it all as Windows-1252 would garble the UTF-8
    rows (``cafÃ©``).  The person then chooses an encoding, or
    :data:`MIXED_ENCODING` (each line UTF-8, else Windows-1252).  Reads the
    file in 1 MB chunks; refuses binary files.
    """
    if wanted in ("", "auto"):
        wanted = None
    if wanted is not None and wanted != MIXED_ENCODING:
        try:
            codecs.lookup(wanted)
        except LookupError:
            known = ", ".join(str(name) for name, _label in ENCODINGS[1:])
            raise ImportFailed([ImportIssue(1, FILE, translate(
                "ImportFile", "Unknown text encoding {encoding!r}; use one of: {known}."
            ).format(encoding=wanted, known=known))]) from None
    with source._binary() as raw:
        head = raw.read(4)
        sample = head + raw.read(65536)
    if wanted is None:
        for bom, name in _UNICODE_BOMS:
            if head.startswith(bom):
                wanted = name
                break
    wide = wanted not in (None, MIXED_ENCODING) and codecs.lookup(str(wanted)).name.startswith(("utf-16", "utf-32"))
    controls = sum(sample.count(bytes([b])) for b in range(32) if b not in (9, 10, 13))
    if not wide and sample and controls * 10 > len(sample):
        if sample.count(b"\x00") * 3 > len(sample):
            binary = translate("ImportFile", "This is not a text (CSV) file: it is full of control characters. It "
                               "looks like UTF-16 text without a byte-order mark: choose UTF-16 as its encoding.")
        else:
            binary = translate(
                "ImportFile", "This is not a text (CSV) file: it is full of control characters. Save it as CSV UTF-8."
            )
        raise ImportFailed([ImportIssue(1, FILE, binary)])
    if wanted is not None:
        bad = _scan_mixed(source) if wanted == MIXED_ENCODING else _scan(source, wanted)
        if bad is None:
            utf8 = wanted != MIXED_ENCODING and codecs.lookup(wanted).name == "utf-8"
            if utf8 and sample.startswith(codecs.BOM_UTF8):
                return "utf-8-sig"
            return wanted
        raise ImportFailed([_not_valid(bad, encoding_label(wanted))])
    utf8_bad = _scan(source, "utf-8")
    if utf8_bad is None:
        return "utf-8-sig" if sample.startswith(codecs.BOM_UTF8) else "utf-8"
    utf8_line = _first_utf8_character(source)
    if utf8_line is not None:
        line, byte, text = utf8_bad
        raise ImportFailed([ImportIssue(line, FILE, translate(
            "ImportFile",
            "Line {line} is not valid UTF-8 (byte 0x{byte:02X}{near}), but line {utf8_line} is: "
            "the file mixes encodings, and reading it all as one would garble some rows. Choose its encoding "
            "(\"{mixed}\" reads each line as UTF-8, else as Windows-1252), "
            "or save it again as CSV UTF-8.",
        ).format(line=line, byte=byte, near=_near(text), utf8_line=utf8_line, mixed=encoding_label(MIXED_ENCODING)))])
    cp_bad = _scan(source, "cp1252")
    if cp_bad is None:
        return "cp1252"
    line, byte, text = cp_bad
    raise ImportFailed([ImportIssue(line, FILE, translate(
        "ImportFile",
        "Line {line} is not text in UTF-8 or Windows-1252: byte 0x{byte:02X} cannot be read{near}. "
        "Choose the file's encoding, or save it as CSV UTF-8.",
    ).format(line=line, byte=byte, near=_near(text)))])


#: Byte-order marks that name their encoding (UTF-32 first: its little-endian mark begins with UTF-16's).
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The encodings offered by the import wizard and ``--encoding``: (name, label); None is "detect it".
MIXED_ENCODING = "utf-8+cp1252"
#: Labels with words are translatable (db.messages) so that the sentences naming an encoding are too.
ENCODINGS: tuple[tuple[str | None, str], ...] = (
    (None, translate("ImportFile", "Automatic (UTF-8, else Windows-1252)")),
    ("utf-8", "UTF-8"),
    ("cp1252", translate("ImportFile", "Windows-1252 (Western European)")),
    ("iso-8859-1", translate("ImportFile", "ISO-8859-1 (Latin-1)")),
    ("iso-8859-2", translate("ImportFile", "ISO-8859-2 (Latin-2, Central European)")),
    ("cp1250", translate("ImportFile", "Windows-1250 (Central European)")),
    ("utf-16", "UTF-16"),
    (MIXED_ENCODING, translate("ImportFile", "UTF-8 and Windows-1252 mixed, line by line")),
)
_LABELS = {"utf-8-sig": translate("ImportFile", "UTF-8 with BOM"), "utf-32": "UTF-32"} | {
    name: label for name, label in ENCODINGS if name
}


def encoding_label(name: str | None) -> str:
    """How the wizard and messages name an encoding: 'Windows-1252 (Western European)' for cp1252 or 'windows-1252'."""
    if name in _LABELS or name is None:
        return _LABELS.get(name or "", ENCODINGS[0][1])
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return name
    by_codec = {codecs.lookup(n).name: label for n, label in ENCODINGS if n and n != MIXED_ENCODING}
    return by_codec.get(canonical, name)


def _near(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    return translate("ImportFile", " in “{text}”").format(text=text if len(text) <= 60 else text[:59] + "…")


def _not_valid(bad: tuple[int, int, str], label: str) -> ImportIssue:
    line, byte, text = bad
    return ImportIssue(line, FILE, translate(
        "ImportFile",
        "Line {line} is not valid {encoding}: byte 0x{byte:02X} cannot be read{near}. "
        "Choose another encoding, or save the file as CSV UTF-8.",
    ).format(line=line, encoding=label, byte=byte, near=_near(text)))


def _scan(source: ImportSource, enc: str) -> tuple[int, int, str] | None:
    """None when the whole file decodes in ``enc``, else (line, byte, the line's text) of the first failure."""
    decoder = codecs.getincrementaldecoder(enc)()
    lines = 1
    with source._binary() as raw:
        while True:
            chunk = raw.read(_CHUNK)
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                data = exc.object  # what was undecoded before this chunk, and the chunk
                before = codecs.decode(data[: exc.start], exc.encoding, "replace")
                line_start = before.rfind("\n") + 1
                rest = codecs.decode(data[exc.start: exc.start + 200], exc.encoding, "replace").split("\n")[0]
                byte = data[exc.start] if exc.start < len(data) else 0
                return lines + before.count("\n"), byte, before[line_start:] + rest
            if not chunk:
                return None
            lines += text.count("\n")


def _scan_mixed(source: ImportSource) -> tuple[int, int, str] | None:
    """:func:`_scan` for :data:`MIXED_ENCODING`: every line UTF-8 or else Windows-1252."""
    with source._binary() as raw:
        for number, line in enumerate(raw, 1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    line.decode("cp1252")
                except UnicodeDecodeError as exc:
                    return number, line[exc.start], line.decode("cp1252", "replace")
    return None


#: A character of two to four bytes in UTF-8: rare by chance in text of a one-byte encoding.
_UTF8_CHARACTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: Where one may start: searched for first, six times faster than the whole pattern.
_UTF8_START = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def _utf8_character_at(data: bytes) -> int | None:
    """The offset of the first UTF-8 character of two to four bytes in ``data``, or None."""
    pos = 0
    while (start := _UTF8_START.search(data, pos)) is not None:
        if _UTF8_CHARACTER.match(data, start.start()):
            return start.start()
        pos = start.start() + 1
    return None


def _first_utf8_character(source: ImportSource) -> int | None:
    """The first line with a UTF-8 character of two or more bytes, or None."""
    lines = 1
    tail = b""
    with source._binary() as raw:
        while chunk := raw.read(_CHUNK):
            data = tail + chunk
            found = _utf8_character_at(data)
            if found is not None:
                return lines + data.count(b"\n", 0, found)
            keep = min(3, len(data))  # a character split between chunks
            lines += data.count(b"\n", 0, len(data) - keep)
            tail = data[len(data) - keep:]
    return None


class _LineByLine:
    """The text of a :data:`MIXED_ENCODING` file: each line decoded as UTF-8, else as Windows-1252."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def __iter__(self) -> Iterator[str]:
        for line in self._raw:
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError:
                yield line.decode("cp1252", "replace")

    def read(self, size: int) -> str:
        """At least ``size`` characters (whole lines), or the rest of the file."""
        out: list[str] = []
        count = 0
        for line in self:
            out.append(line)
            count += len(line)
            if count >= size:
                break
        return "".join(out)


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
            raise ImportFailed([ImportIssue(1, FILE, translate(
                "ImportFile", "{delimiter!r} cannot separate cells; use ',', ';' or a tab."
            ).format(delimiter=wanted))])
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
        raise ImportFailed([ImportIssue(1, FILE, EMPTY_FILE)])
    if first.error:
        raise ImportFailed([ImportIssue(first.line, HEADER, first.error)])
    source.header_line = first.line
    source.headers = [h.strip().lstrip("\ufeff").strip() for h in first.values]


def open_source(source: ImportSource | str | os.PathLike[str] | IO[bytes], **kw: Any) -> tuple[ImportSource, bool]:
    """``source`` as an :class:`ImportSource`, and whether the caller opened it (and must close it)."""
    if isinstance(source, ImportSource):
        return source, False
    return read_table(source, **kw), True


class Peek(NamedTuple):
    """The first lines of a file as an encoding reads them, for the wizard's live preview."""

    kind: str  # "csv", "xlsx", or "" (empty)
    encoding: str | None  # the encoding read with (for Automatic: the one the start of the file suggests)
    text: str  # the first lines (and the first bad line, after "⋮"); U+FFFD where a byte is not valid
    bad_line: int | None  # the first line not valid in ``encoding`` (mixed: the first that is not UTF-8)


def peek_text(path: str | os.PathLike[str], encoding: str | None = None, *, lines: int = 8) -> Peek:
    """The first ``lines`` lines of a CSV file read as ``encoding`` (None: as Automatic would, from its start).

    Cheap (reads 64 KB), so the wizard can show it as the encoding is chosen;
    :func:`read_table` checks the whole file.  The first line in those 64 KB
    with a byte not valid in the encoding is shown too.  Raises OSError.
    """
    with Path(path).open("rb") as fh:
        head = fh.read(65536)
        more = bool(fh.read(1))
    if not head:
        return Peek("", encoding, "", None)
    if head.startswith((_XLSX_MAGIC, _OLE_MAGIC)):
        return Peek("xlsx", None, "", None)
    if encoding in (None, "", "auto"):
        encoding = next((name for bom, name in _UNICODE_BOMS if head.startswith(bom)), None)
    if encoding in (None, "", "auto"):
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=not more)
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = MIXED_ENCODING if _utf8_character_at(head) is not None else "cp1252"
    assert encoding is not None
    if not more:
        head += b"\n"  # the last line is whole
    bad_line: int | None = None
    if encoding == MIXED_ENCODING:
        decoded = []
        for number, line in enumerate(head.splitlines(keepends=True)[:-1] or [head], 1):
            try:
                decoded.append(line.decode("utf-8"))
            except UnicodeDecodeError:
                decoded.append(line.decode("cp1252", "replace"))
                bad_line = bad_line or number
        all_lines = decoded
    else:
        try:
            text = codecs.getincrementaldecoder(encoding)("replace").decode(head, final=not more)
        except LookupError:
            return Peek("csv", encoding, "", 1)
        all_lines = text.lstrip("\ufeff").splitlines(keepends=True)[:-1] or [text]
        bad_line = next((n for n, line in enumerate(all_lines, 1) if "\ufffd" in line), None)
    shown = all_lines[:lines]
    if bad_line is not None and bad_line > lines:  # mixed: the first line read as Windows-1252
        shown += ["⋮\n", all_lines[bad_line - 1]]
    return Peek("csv", encoding, "".join(shown).lstrip("\ufeff").rstrip("\r\n"), bad_line)
