"""Reading import files as people actually have them (tracker/importer/, tracker/xlsx_reader.py).

Encodings (UTF-8 with or without BOM, Windows-1252; others and mixed files in
test_import_encodings.py), delimiters (, ; tab),
line endings, quoted line breaks with the right line numbers, Excel
workbooks, and a corpus of broken files: each is refused with a message
naming its line and field, and the tracker is left exactly as it was.
The files are generated here, in each test's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from pathlib import Path

import pytest

from db import Tracker, queries
from tracker.importer import ImportFailed, import_file, plan_import, read_table

HEADER = "date,countries,recommendations,title,url,notes"


def db_hash(t: Tracker) -> str:
    return hashlib.sha256("\n".join(t.db.conn.iterdump()).encode("utf-8")).hexdigest()


def titles(t: Tracker) -> list[str]:
    return sorted(e.title or "" for e in queries.search_evidence(t) if e.event_date >= "2024")


def put(tmp_path: Path, data: bytes | str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# ---------------------------------------------------------------- encodings and delimiters
@pytest.mark.parametrize(
    "encoding, prefix, expected",
    [("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"), ("cp1252", b"", "cp1252")],
)
def test_utf8_with_or_without_bom_and_windows_1252(
    tracker: Tracker, tmp_path: Path, encoding: str, prefix: bytes, expected: str
):
    text = f"{HEADER}\r\n2024-01-05,PL,visa,Café “quoted” – 5 €,,Ñandú\r\n"
    path = put(tmp_path, prefix + text.encode(encoding))
    with read_table(path) as source:
        assert source.encoding == expected
        assert source.headers == HEADER.split(",")  # no BOM left on the first name
    result = import_file(tracker, path)
    assert result.ok, result.errors
    assert titles(tracker) == ["Café “quoted” – 5 €"]


def test_a_late_windows_1252_character_is_still_detected(tracker: Tracker, tmp_path: Path):
    rows = "".join(f"2024-01-{1 + i % 28:02d},PL,visa,Row {i},,\r\n" for i in range(30_000))
    path = put(tmp_path, (HEADER + "\r\n" + rows + "2024-02-01,PL,visa,Straße Nº 5 é,,\r\n").encode("cp1252"))
    with read_table(path) as source:
        assert source.encoding == "cp1252"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_comma_semicolon_and_tab_delimiters_are_detected(tracker: Tracker, tmp_path: Path, delimiter: str):
    countries = "PL;DE" if delimiter != ";" else "PL|DE"
    notes = "x\ty" if delimiter != "\t" else "x"
    rows = [HEADER.split(","), ["2024-01-05", countries, "visa", "A, B; C", "", notes]]
    text = "\r\n".join(
        delimiter.join(f'"{c}"' if (delimiter in c or "," in c or ";" in c) else c for c in r) for r in rows
    ) + "\r\n"
    path = put(tmp_path, text)
    with read_table(path) as source:
        assert source.delimiter == delimiter
    result = import_file(tracker, path)
    assert result.ok, result.errors
    assert titles(tracker) == ["A, B; C"]
    assert {"PL", "DE"} == set(queries.search_evidence(tracker)[0].countries)


def test_encoding_and_delimiter_can_be_given(tracker: Tracker, tmp_path: Path):
    path = put(tmp_path, f"{HEADER.replace(',', '|')}\n2024-01-05|PL|visa|Piped|x|\n")
    with read_table(path, delimiter="|") as source:
        assert source.headers == HEADER.split(",")
    with pytest.raises(ImportFailed, match="cannot separate cells"):
        read_table(path, delimiter='"')


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
def test_line_endings_and_line_numbers_after_quoted_line_breaks(tracker: Tracker, tmp_path: Path, newline: str):
    lines = [
        HEADER,
        '2024-01-05,PL,visa,First,,"one' + newline + "two" + newline + 'three"',
        "2024-01-06,PL,visa,Second,,",
        "",
        '2024-01-07,PL,visa,"Title with' + newline + 'a break",,',
        "not-a-date,PL,visa,Bad,,",
    ]
    path = put(tmp_path, newline.join(lines) + newline)
    with read_table(path) as source:
        assert [r.line for r in source.rows()] == [2, 5, 7, 9]
    before = db_hash(tracker)
    result = import_file(tracker, path)
    assert [(e.line, e.field) for e in result.errors] == [(9, "date")]
    assert db_hash(tracker) == before


def test_preview_and_description_for_the_wizard(tmp_path: Path):
    content = "\ufeffDate;Countries;Recommendations;Title\r\n" + "".join(
        f"2024-01-0{i};PL;visa;T{i}\r\n" for i in range(1, 8)
    )
    path = put(tmp_path, content, "p.csv")
    with read_table(path) as source:
        assert source.describe() == "CSV, UTF-8 with BOM, semicolon-separated"
        assert source.headers == ["Date", "Countries", "Recommendations", "Title"]
        preview = source.preview(3)
        assert [(r.line, r.values[3]) for r in preview] == [(2, "T1"), (3, "T2"), (4, "T3")]
        assert len(list(source.rows())) == 7  # read again from the start


def test_blank_rows_are_skipped_but_count_as_lines(tracker: Tracker, tmp_path: Path):
    path = put(tmp_path, f"{HEADER}\n\n2024-01-05,PL,visa,A,,\n,,,,,\n\n2024-01-06,PL,visa,B,,\n")
    with read_table(path) as source:
        assert [r.line for r in source.rows()] == [3, 6]
    assert import_file(tracker, path).new == 2


def test_a_binary_file_object_and_a_stream_that_cannot_seek(tracker: Tracker):
    data = f"{HEADER}\n2024-01-05,PL,visa,From memory,,\n".encode()
    assert import_file(tracker, io.BytesIO(data)).new == 1

    class Pipe(io.RawIOBase):
        def __init__(self, payload: bytes) -> None:
            self.buf = io.BytesIO(payload)

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, b):
            chunk = self.buf.read(len(b))
            b[: len(chunk)] = chunk
            return len(chunk)

    result = import_file(tracker, io.BufferedReader(Pipe(data.replace(b"From memory", b"From a pipe"))))
    assert result.new == 1
    assert "From a pipe" in titles(tracker)


# ---------------------------------------------------------------- the bad-file corpus
def big_cell() -> bytes:
    return f'{HEADER}\n2024-01-05,PL,visa,Big,,"{"x" * (1024 * 1024)}"\n'.encode()


CORPUS: dict[str, tuple[bytes, int, str, str]] = {
    # name: (file content, line, field, words in the message)
    "empty file": (b"", 1, "file", "empty"),
    "blank lines only": (b"\r\n\r\n", 1, "file", "empty"),
    "header only": (f"{HEADER}\r\n".encode(), 2, "rows", "no rows"),
    "missing required column": (
        b"date,recommendations,title\n2024-01-05,visa,T\n", 1, "countries", "required column 'countries'",
    ),
    "no title, url or notes column": (
        b"date,countries,recommendations\n2024-01-05,PL,visa\n", 1, "title", "at least one of",
    ),
    "unknown column": (f"{HEADER},comments\n2024-01-05,PL,visa,T,,,x\n".encode(), 1, "comments", "Unknown column"),
    "duplicate column": (f"{HEADER},Title\n2024-01-05,PL,visa,T,,,T2\n".encode(), 1, "Title", "both give the title"),
    "bad date": (f"{HEADER}\n2024-01-05,PL,visa,ok,,\n05.01.2024,PL,visa,T,,\n".encode(), 3, "date", "YYYY-MM-DD"),
    "impossible date": (f"{HEADER}\n20230230,PL,visa,T,,\n".encode(), 2, "date", "real calendar date"),
    "unknown recommendation code": (
        f"{HEADER}\n2024-01-05,PL,visa|passports,T,,\n".encode(), 2, "recommendations", "'passports'",
    ),
    "unknown country": (f"{HEADER}\n2024-01-05,PL|XX,visa,T,,\n".encode(), 2, "countries", "'XX'"),
    "unknown status": (
        f"{HEADER},status,rationale\n2024-01-05,PL,visa,T,,,done,r\n".encode(), 2, "status", "Unknown status 'done'",
    ),
    "non-http url": (f"{HEADER}\n2024-01-05,PL,visa,T,file:///etc/passwd,\n".encode(), 2, "url", "http:// or https://"),
    "uid that is not a UUID": (f"uid,{HEADER}\n12345,2024-01-05,PL,visa,T,,\n".encode(), 2, "uid", "UUID"),
    "1 MB cell": (big_cell(), 2, "notes", "longer than 100,000"),
    "NUL byte in a cell": (f"{HEADER}\n2024-01-05,PL,visa,T,,a\x00b\n".encode(), 2, "notes", "NUL"),
    "too many fields": (
        f"{HEADER}\n2024-01-05,PL,visa,Visas, closed,,\n".encode(), 2, "row", "7 cells but the header has 6",
    ),
    "too few fields": (f"{HEADER}\n2024-01-05,PL,visa\n".encode(), 2, "row", "3 cells but the header has 6"),
    "unclosed quote": (
        (
            f"{HEADER}\n2024-01-05,PL,visa,ok,,\n"
            '2024-01-06,PL,visa,"never closed,,\n'
            "2024-01-07,PL,visa,T,,\n"
        ).encode(),
        3, "row", "never closed",
    ),
    "text after a closing quote": (
        f'{HEADER}\n2024-01-05,PL,visa,"quoted" tail,,\n'.encode(), 2, "row", "Text follows a closing quote",
    ),
    "value in an unnamed column": (
        b"date,countries,recommendations,title,\n2024-01-05,PL,visa,T,stray\n", 2, "column 5", "no name",
    ),
    # UTF-16 with a byte-order mark is read (test_import_encodings.py); without one it must be chosen.
    "UTF-16 without BOM": ((HEADER + "\r\n2024-01-05,PL,visa,T,,\r\n").encode("utf-16-le"), 1, "file", "UTF-16"),
    "binary": (bytes(range(256)) * 64, 1, "file", "not a text"),
    "neither UTF-8 nor Windows-1252": (
        f"{HEADER}\n2024-01-05,PL,visa,ok,,\n2024-01-06,PL,visa,T\x81,,\n".encode("latin-1"), 3, "file", "0x81",
    ),
    "old Excel .xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, 1, "file", ".xls"),
    "broken .xlsx": (b"PK\x03\x04" + os.urandom(200), 1, "file", "not a readable Excel workbook"),
}


@pytest.mark.parametrize("name", list(CORPUS))
def test_bad_files_are_refused_with_line_and_field_and_nothing_changes(tracker: Tracker, tmp_path: Path, name: str):
    data, line, field, words = CORPUS[name]
    path = put(tmp_path, data)
    before = db_hash(tracker)
    result = import_file(tracker, path)
    assert not result.written
    assert result.errors, name
    first = result.errors[0]
    assert (first.line, first.field) == (line, field), result.errors
    assert words in first.message, first.message
    assert first.format("in.csv").startswith(f"in.csv:{line}: {field}: ")
    assert db_hash(tracker) == before
    assert import_file(tracker, path, dry_run=True).errors == result.errors or field == "file"


def test_reading_continues_after_a_broken_row_to_report_the_next(tracker: Tracker, tmp_path: Path):
    text = f'{HEADER}\n2024-01-05,PL,visa,"a" b,,\n2024-01-06,PL,visa,ok,,\nbad,PL,visa,T,,\n'
    result = import_file(tracker, put(tmp_path, text))
    assert [(e.line, e.field) for e in result.errors] == [(2, "row"), (4, "date")]


# ---------------------------------------------------------------- Excel workbooks
def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_an_xlsx_workbook_with_date_cells(tracker: Tracker, tmp_path: Path):
    path = workbook(tmp_path / "evidence.xlsx", {"Sheet": [
        ["Date", "Countries", "Recommendations", "Title", "URL", "Notes", "status", "rationale"],
        [
            dt.datetime(2024, 1, 5), "PL|DE", "visa", "From Excel", "https://example.org/x", "Line 1\nLine 2", "full",
            "Decree",
        ],
        [20240106, "LT", "tps", "Compact date as a number", None, None, None, None],
        [dt.date(2024, 1, 7), "EE", "students", 12345, None, 3.5, None, None],
        [None, None, None, None, None, None, None, None],
        ["2024-01-08", "LV", "antiwar", "Text date", None, None, None, None],
    ]})
    with read_table(path) as source:
        assert source.kind == "xlsx" and source.describe() == "Excel workbook, sheet 'Sheet'"
        assert [r.line for r in source.rows()] == [2, 3, 4, 6]
    result = import_file(tracker, path)
    assert result.ok, result.errors
    assert (result.new, result.statuses) == (4, 2)
    item = next(e for e in queries.search_evidence(tracker) if e.title == "From Excel")
    assert (item.event_date, item.notes, set(item.countries)) == ("2024-01-05", "Line 1\nLine 2", {"PL", "DE"})
    assert next(e for e in queries.search_evidence(tracker) if e.title == "12345").notes == "3.5"
    assert "Compact date as a number" in titles(tracker)


def test_xlsx_errors_name_the_sheet_row_and_nothing_is_written(tracker: Tracker, tmp_path: Path):
    path = workbook(tmp_path / "bad.xlsx", {"Sheet": [
        ["date", "countries", "recommendations", "title"],
        [dt.datetime(2024, 1, 5), "PL", "visa", "fine"],
        [None, None, None, None],
        ["next tuesday", "PL", "visa", "T"],
        [dt.datetime(2024, 1, 5), "PL", "visa", "T", "extra"],
    ]})
    before = db_hash(tracker)
    result = import_file(tracker, path)
    assert [(e.line, e.field) for e in result.errors] == [(4, "date"), (5, "row")]
    assert db_hash(tracker) == before


def test_our_own_workbooks_evidence_sheet_is_chosen(tracker: Tracker, tmp_path: Path):
    path = workbook(tmp_path / "export.xlsx", {
        "scorecard": [["country_code", "score"], ["PL", 50]],
        "Evidence": [
            ["uid", "event_date", "title", "countries", "recommendations"],
            [None, "2024-01-05", "From the evidence sheet", "PL", "visa"],
        ],
    })
    with read_table(path) as source:
        assert source.sheet == "Evidence" and source.sheet_names == ["scorecard", "Evidence"]
    assert import_file(tracker, path).new == 1
    with read_table(path, sheet="SCORECARD") as source:
        assert source.headers == ["country_code", "score"]
    with pytest.raises(ImportFailed, match="no sheet named 'Other'"):
        read_table(path, sheet="Other")


def test_xlsx_detected_by_content_and_read_from_a_file_object(tracker: Tracker, tmp_path: Path):
    path = workbook(
        tmp_path / "renamed.csv",
        {"S": [["date", "countries", "recommendations", "title"], ["2024-01-05", "PL", "visa", "Disguised"]]},
    )
    assert import_file(tracker, path).new == 1
    with read_table(io.BytesIO(path.read_bytes())) as source:
        assert source.kind == "xlsx"
        plan = plan_import(tracker, source)
        assert (plan.new, [d.line for d in plan.duplicates]) == (0, [2])
