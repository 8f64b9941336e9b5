"""Text encodings of import files (issue 12 item 7): never garbled silently.

A CSV file with one UTF-8 row and one Windows-1252 row used to import as
``cafÃ©`` (the whole file read as Windows-1252).  Now a file whose bytes are
not valid in one encoding is refused naming its first bad line, or the
person chooses the encoding (``encoding=``, ``--encoding``, the wizard's
Encoding), including "UTF-8 and Windows-1252 mixed, line by line".
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from db import Tracker, queries
from tracker import cli
from tracker.importer import (
    ENCODINGS,
    MIXED_ENCODING,
    ImportFailed,
    encoding_label,
    import_file,
    peek_text,
    read_table,
)

HEADER = "date,countries,recommendations,title,url,notes\n"
FILLER = "".join(f"2024-01-{1 + i:02d},PL,visa,Row {i},,\n" for i in range(9))
UTF8_ROW = "2024-02-01,PL,visa,Café au lait,,\n"  # line 2
CP1252_ROW = "2024-02-02,PL,visa,Un café noir – 5 €,,\n"  # line 12


def db_hash(t: Tracker) -> str:
    return hashlib.sha256("\n".join(t.db.conn.iterdump()).encode("utf-8")).hexdigest()


def titles(t: Tracker) -> list[str]:
    return sorted(e.title or "" for e in queries.search_evidence(t) if e.event_date >= "2024-02")


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.csv"
    path.write_bytes((HEADER + UTF8_ROW + FILLER).encode("utf-8") + CP1252_ROW.encode("cp1252"))
    return path


def test_a_file_mixing_utf8_and_windows_1252_is_refused_naming_the_first_line_that_is_not_utf8(
    tracker: Tracker, mixed: Path
):
    before = db_hash(tracker)
    result = import_file(tracker, mixed)
    assert not result.written
    [issue] = result.errors
    assert (issue.line, issue.field) == (12, "file")
    assert issue.message.startswith("Line 12 is not valid UTF-8 (byte 0xE9 in “2024-02-02,PL,visa,Un caf")
    assert "but line 2 is: the file mixes encodings" in issue.message
    assert "UTF-8 and Windows-1252 mixed, line by line" in issue.message  # the way out
    assert db_hash(tracker) == before
    assert titles(tracker) == []


def test_choosing_mixed_reads_each_line_in_its_own_encoding(tracker: Tracker, mixed: Path):
    with read_table(mixed, encoding=MIXED_ENCODING) as source:
        assert source.describe() == "CSV, UTF-8 and Windows-1252 mixed, line by line, comma-separated"
    result = import_file(tracker, mixed, encoding=MIXED_ENCODING)
    assert result.ok, result.errors
    assert titles(tracker) == ["Café au lait", "Un café noir – 5 €"]


def test_choosing_windows_1252_reads_a_windows_1252_file_as_written(tracker: Tracker, tmp_path: Path):
    path = tmp_path / "ansi.csv"
    path.write_bytes((HEADER + FILLER + CP1252_ROW).encode("cp1252"))
    for encoding in ("cp1252", "windows-1252"):
        with read_table(path, encoding=encoding) as source:
            assert source.describe() == "CSV, Windows-1252 (Western European), comma-separated"
    result = import_file(tracker, path, encoding="cp1252")
    assert result.ok, result.errors
    assert titles(tracker) == ["Un café noir – 5 €"]


def test_an_encoding_the_file_is_not_valid_in_is_refused_naming_the_line(tracker: Tracker, tmp_path: Path):
    path = tmp_path / "ansi.csv"
    path.write_bytes((HEADER + FILLER + CP1252_ROW).encode("cp1252"))
    [issue] = import_file(tracker, path, encoding="utf-8").errors
    assert issue.line == 11
    assert issue.message.startswith("Line 11 is not valid UTF-8: byte 0xE9 cannot be read in “2024-02-02")
    [issue] = import_file(tracker, path, encoding="klingon").errors
    assert issue.message.startswith("Unknown text encoding 'klingon'; use one of: utf-8, cp1252,")


def test_central_european_and_utf16_files_import_when_their_encoding_is_chosen(tracker: Tracker, tmp_path: Path):
    polish = tmp_path / "pl.csv"
    polish.write_bytes((HEADER + "2024-02-03,PL,visa,Łódź i Gdańsk,,\n").encode("iso-8859-2"))
    assert import_file(tracker, polish, encoding="iso-8859-2").ok
    excel_unicode = tmp_path / "excel.txt"  # Excel's "Unicode text": UTF-16 with a byte-order mark, tabs
    excel_unicode.write_bytes((HEADER.replace(",", "\t") + "2024-02-04\tPL\tvisa\tZürich\t\t\n").encode("utf-16"))
    with read_table(excel_unicode) as source:  # the byte-order mark says which: nothing to choose
        assert (source.encoding, source.delimiter) == ("utf-16", "\t")
    assert import_file(tracker, excel_unicode).ok
    no_bom = tmp_path / "nobom.csv"
    no_bom.write_bytes((HEADER + "2024-02-05,PL,visa,Kraków,,\n").encode("utf-16-le"))
    [issue] = import_file(tracker, no_bom).errors
    assert "choose UTF-16" in issue.message
    assert import_file(tracker, no_bom, encoding="utf-16-le").ok
    assert titles(tracker) == ["Kraków", "Zürich", "Łódź i Gdańsk"]


def test_the_preview_reads_the_start_of_the_file_as_the_chosen_encoding(mixed: Path, tmp_path: Path):
    auto = peek_text(mixed)
    assert (auto.encoding, auto.bad_line) == (MIXED_ENCODING, 12)  # the start already shows both
    assert auto.text.splitlines()[1] == "2024-02-01,PL,visa,Café au lait,,"
    assert auto.text.splitlines()[-2:] == ["⋮", "2024-02-02,PL,visa,Un café noir – 5 €,,"]
    as_ansi = peek_text(mixed, "cp1252", lines=2)
    assert as_ansi.bad_line is None
    assert as_ansi.text.splitlines() == [HEADER.strip(), "2024-02-01,PL,visa,CafÃ© au lait,,"]
    as_utf8 = peek_text(mixed, "utf-8", lines=3)  # the first bad line is shown after the first lines
    assert as_utf8.bad_line == 12
    assert as_utf8.text.splitlines()[3:] == ["⋮", "2024-02-02,PL,visa,Un caf\ufffd noir \ufffd 5 \ufffd,,"]
    (tmp_path / "book.xlsx").write_bytes(b"PK\x03\x04rest")
    assert peek_text(tmp_path / "book.xlsx").kind == "xlsx"


def test_every_offered_encoding_has_a_name_and_the_command_line_lists_it(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    flat = " ".join(capsys.readouterr().out.split())
    assert "--encoding NAME" in flat
    for name, label in ENCODINGS[1:]:
        assert name is not None and name in flat
        assert encoding_label(name) == label


def test_the_command_line_takes_encoding(tracker_path: Path, mixed: Path):
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["import", "--db", str(tracker_path), str(mixed)], out=out, err=err)
    assert code == 1
    first = err.getvalue().splitlines()[0]
    assert first.startswith("mixed.csv:12: file: Line 12 is not valid UTF-8")
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["import", "--db", str(tracker_path), str(mixed), "--encoding", MIXED_ENCODING], out=out, err=err)
    assert code == 0, err.getvalue()
    assert "11 new" in out.getvalue()
    with Tracker.open(tracker_path, user="reader", read_only=True) as t:
        assert titles(t) == ["Café au lait", "Un café noir – 5 €"]


def test_read_table_refuses_the_mixed_file_whatever_the_source(mixed: Path):
    with pytest.raises(ImportFailed) as info, mixed.open("rb") as fh:
        read_table(fh)
    assert info.value.errors[0].line == 12
