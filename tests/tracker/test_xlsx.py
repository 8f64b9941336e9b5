"""The Excel workbook: the four exports as sheets with the same values as the
CSV (formula guard included), a frozen bold header, sized columns, and status
cells in their codebook colour that still say the status in words."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db import Tracker, ValidationError, default_codebook, ops
from db.queries import codebook_view
from tracker.exports import EXPORT_KINDS, build_table, write_table
from tracker.xlsx import EXCEL_MAX_CHARS, write_xlsx


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


DANGEROUS = {
    "rationale": "=HYPERLINK(\"http://evil.example\",\"click\")",
    "title": "@SUM(1+1)",
    "notes": "-2+3",
    "publisher": "+cmd",
}


def populate(t, clock) -> dict[str, str]:
    """PL visa Implemented (verified, cited), PL tps Partly implemented, LT visa Announced,
    and evidence and a rationale that a spreadsheet would run as formulas if unguarded."""
    uids: dict[str, str] = {}
    clock.advance(minutes=1)
    uids["ev"] = uid_of(ops.add_evidence(
        t, event_date="2024-01-10", countries=["PL"], recommendations=["visa"], title="Poland restores visas",
        url="https://example.org/pl", archive_url="https://web.archive.org/pl", publisher="Gov PL",
        source_kind="official",
    ))
    clock.advance(minutes=1)
    uids["pl_visa"] = uid_of(ops.set_status(
        t, "PL", "visa", "full", effective_date="2024-01-15", rationale="Visas are issued again",
        confidence="verified", evidence=[uids["ev"]],
    ))
    clock.advance(minutes=1)
    ops.set_status(t, "PL", "tps", "partial", effective_date="2024-02-01", rationale=DANGEROUS["rationale"])
    clock.advance(minutes=1)
    ops.set_status(t, "LT", "visa", "announced", effective_date="2025-06-01", rationale="Bill tabled")
    clock.advance(minutes=1)
    uids["bad"] = uid_of(ops.add_evidence(
        t, event_date="2024-05-05", countries=["LT"], recommendations=["tps"], title=DANGEROUS["title"],
        notes=DANGEROUS["notes"], publisher=DANGEROUS["publisher"],
    ))
    clock.advance(minutes=1)
    return uids


def workbook_bytes(t, **kw) -> bytes:
    buf = io.BytesIO()
    write_xlsx(t, buf, **kw)
    return buf.getvalue()


def open_book(data: bytes):
    return load_workbook(io.BytesIO(data))


def csv_rows(t, kind, **kw) -> list[list[str]]:
    buf = io.BytesIO()
    write_table(build_table(t, kind, **kw), buf, "csv")
    return list(csv.reader(io.StringIO(buf.getvalue().decode("utf-8-sig"), newline="")))


def shown(cell) -> str:
    """A workbook cell as a spreadsheet shows it (numbers through their number format), empty as ''."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:.1f}" if cell.number_format == "0.0" else f"{value:g}"
    return value


def shown_rows(ws) -> list[list[str]]:
    return [[shown(c) for c in row] for row in ws.iter_rows()]


def sheet_rows(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


# ---------------------------------------------------------------- sheets and values
def test_workbook_has_the_four_sheets_with_the_csv_headers(tracker, clock):
    populate(tracker, clock)
    wb = open_book(workbook_bytes(tracker))
    assert wb.sheetnames == ["scorecard", "assessments", "history", "evidence"]
    for kind in EXPORT_KINDS:
        assert sheet_rows(wb[kind])[0] == csv_rows(tracker, kind)[0]


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_every_sheet_holds_the_same_values_as_the_csv(tracker, clock, kind):
    populate(tracker, clock)
    expected = csv_rows(tracker, kind)
    rows = shown_rows(open_book(workbook_bytes(tracker))[kind])
    assert len(rows) == len(expected) > 1
    assert rows == expected


def test_filters_are_applied_as_in_the_csv(tracker, clock):
    uids = populate(tracker, clock)
    ops.archive_evidence(tracker, uids["bad"])
    kw = {"as_of": "2025-01-01", "group": "EU", "include_archived": True, "review_interval_days": 30}
    wb = open_book(workbook_bytes(tracker, **kw))
    for kind in EXPORT_KINDS:
        assert shown_rows(wb[kind]) == csv_rows(tracker, kind, **kw)
    scorecard = {r[0]: r for r in sheet_rows(wb["scorecard"])[1:]}
    assert len(scorecard) == 27 and "US" not in scorecard
    assert scorecard["LT"][7] == "Not assessed"  # announced only from 2025-06-01
    assert uids["bad"] in [r[0] for r in sheet_rows(wb["evidence"])]


def test_formula_guard_is_applied_and_no_cell_is_a_formula(tracker, clock):
    populate(tracker, clock)
    wb = open_book(workbook_bytes(tracker))
    cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    for value in DANGEROUS.values():
        assert "'" + value in texts
        assert value not in texts
    assessments = {(r[1], r[3]): r for r in sheet_rows(wb["assessments"])[1:]}
    assert assessments[("PL", "tps")][10] == "'" + DANGEROUS["rationale"]


def test_numbers_are_numbers_shown_like_the_csv(tracker, clock):
    uids = populate(tracker, clock)
    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # Poland (2 of 5) graded and ranked: a rank to check
    wb = open_book(workbook_bytes(tracker))
    pl = next(row for row in wb["scorecard"].iter_rows(min_row=2) if row[0].value == "PL")
    score, assessed, total, rank = pl[2], pl[3], pl[4], pl[6]
    assert (score.value, score.number_format) == (87.5, "0.0")
    assert (assessed.value, total.value, rank.value) == (2, 5, 1)
    cell = next(row for row in wb["assessments"].iter_rows(min_row=2) if (row[1].value, row[3].value) == ("PL", "visa"))
    assert (cell[7].value, cell[7].number_format) == (100, "0")
    assert cell[15].value == "true"  # needs_review, as the CSV writes it
    assert cell[11].value == uids["ev"]  # evidence_uids: the one linked piece of evidence


def test_dates_stay_text_as_in_the_csv(tracker, clock):
    populate(tracker, clock)
    wb = open_book(workbook_bytes(tracker))
    row = next(r for r in wb["assessments"].iter_rows(min_row=2) if (r[1].value, r[3].value) == ("PL", "visa"))
    assert row[8].value == "2024-01-15" and row[8].data_type == "s"


def test_text_a_workbook_cannot_hold_is_made_storable(tracker, clock):
    ops.set_status(tracker, "PL", "visa", "full", effective_date="2024-01-15", rationale="bell\x07 and tab\tend")
    ops.set_status(tracker, "PL", "tps", "full", effective_date="2024-01-15", rationale="x" * 40_000)
    wb = open_book(workbook_bytes(tracker))
    rows = {(r[1], r[3]): r for r in sheet_rows(wb["assessments"])[1:]}
    assert rows[("PL", "visa")][10] == "bell\ufffd and tab\tend"
    long = rows[("PL", "tps")][10]
    assert len(long) == EXCEL_MAX_CHARS and long.endswith("…")


# ---------------------------------------------------------------- looks
def test_header_row_is_frozen_bold_and_filtered(tracker, clock):
    populate(tracker, clock)
    wb = open_book(workbook_bytes(tracker))
    assert wb["scorecard"].freeze_panes == "C2"  # header and the country stay in view
    for kind in ("assessments", "history", "evidence"):
        assert wb[kind].freeze_panes == "A2"
    for ws in wb:
        assert all(c.font.b for c in ws[1])
        assert ws.auto_filter.ref.startswith("A1:")


def test_columns_are_sized_to_their_content(tracker, clock):
    populate(tracker, clock)
    ws = open_book(workbook_bytes(tracker))["assessments"]
    header = [c.value for c in ws[1]]
    width = {name: ws.column_dimensions[chr(ord("A") + i)].width for i, name in enumerate(header)}
    assert width["uid"] >= 36  # a whole UUID shows
    assert width["recommendation_title"] > width["country_code"]
    assert width["rationale"] > width["score"]
    assert all(6 <= w <= 60 for w in width.values())


def test_status_cells_carry_the_codebook_colour_and_the_label(tracker, clock):
    populate(tracker, clock)
    wb = open_book(workbook_bytes(tracker))
    pl = next(row for row in wb["scorecard"].iter_rows(min_row=2) if row[0].value == "PL")
    header = [c.value for c in wb["scorecard"][1]]
    visa, tps, students = (pl[header.index(code)] for code in ("visa", "tps", "students"))
    assert visa.value == "Implemented" and visa.fill.fgColor.rgb.endswith("1E7B3A")
    assert visa.font.color.rgb.endswith("FFFFFF")  # white reads better on dark green
    assert tps.value == "Partly implemented" and tps.fill.fgColor.rgb.endswith("5E9E2E")
    assert tps.font.color.rgb.endswith("000000")
    assert students.value == "Not assessed" and students.fill.fill_type is None and students.font.i

    assessments = wb["assessments"]
    label_col = [c.value for c in assessments[1]].index("status_label")
    lt = next(r for r in assessments.iter_rows(min_row=2) if (r[1].value, r[3].value) == ("LT", "visa"))
    assert lt[label_col].value == "Announced" and lt[label_col].fill.fgColor.rgb.endswith("C99A06")
    history = wb["history"]
    assert all(r[label_col].fill.fill_type == "solid" for r in history.iter_rows(min_row=2))


def test_a_workbook_in_belarusian_labels_statuses_in_belarusian_and_keeps_their_colours(tracker, clock):
    """``language``: only the label columns change language; each still carries its status's colour."""
    populate(tracker, clock)
    be = {s.code: s.label for s in codebook_view(tracker, "be").statuses}
    wb = open_book(workbook_bytes(tracker, language="be"))
    pl = next(row for row in wb["scorecard"].iter_rows(min_row=2) if row[0].value == "PL")
    header = [c.value for c in wb["scorecard"][1]]
    assert header == [c.value for c in open_book(workbook_bytes(tracker))["scorecard"][1]]  # names stay English
    visa, tps, students = (pl[header.index(code)] for code in ("visa", "tps", "students"))
    assert visa.value == be["full"] and visa.fill.fgColor.rgb.endswith("1E7B3A")
    assert tps.value == be["partial"] and tps.fill.fgColor.rgb.endswith("5E9E2E")
    assert students.value == be["not_assessed"] and students.fill.fill_type is None and students.font.i


def test_status_colours_follow_the_codebook(clock):
    book = default_codebook()
    book = dataclasses.replace(
        book, statuses=[dataclasses.replace(s, color="#FFEE00") if s.code == "full" else s for s in book.statuses]
    )
    t = Tracker.in_memory(book, user="Alice", clock=clock)
    ops.set_status(t, "PL", "visa", "full", effective_date="2024-01-15", rationale="ok")
    wb = open_book(workbook_bytes(t))
    t.close()
    pl = next(row for row in wb["scorecard"].iter_rows(min_row=2) if row[0].value == "PL")
    assert pl[7].value == "Implemented" and pl[7].fill.fgColor.rgb.endswith("FFEE00")
    assert pl[7].font.color.rgb.endswith("000000")  # black on yellow


def test_workbook_colours_are_the_reports_palette(tracker, clock):
    """Header, links, "not assessed" and "review due" in the colours of tracker.style, as in the reports."""
    from tracker import style

    populate(tracker, clock)
    wb = open_book(workbook_bytes(tracker, review_interval_days=30))
    header = wb["scorecard"]["A1"]
    assert header.fill.fgColor.rgb.endswith(style.HEAD_BG[1:])
    assert header.border.bottom.color.rgb.endswith(style.MUTED[1:])
    evidence = wb["evidence"]
    url_col = [c.value for c in evidence[1]].index("url")
    links = [r[url_col] for r in evidence.iter_rows(min_row=2) if r[url_col].value]
    assert links and all(c.font.color.rgb.endswith(style.ACCENT[1:]) for c in links)
    assessments = wb["assessments"]
    columns = [c.value for c in assessments[1]]
    rows = list(assessments.iter_rows(min_row=2))
    muted = [r[columns.index("status_label")] for r in rows if r[columns.index("status_label")].value == "Not assessed"]
    assert muted and all(c.font.color.rgb.endswith(style.MUTED[1:]) for c in muted)
    review = [r[columns.index("needs_review")] for r in rows if r[columns.index("needs_review")].value == "true"]
    assert review and all(c.font.color.rgb.endswith(style.REVIEW[1:]) for c in review)


def test_evidence_links_are_clickable(tracker, clock):
    populate(tracker, clock)
    ws = open_book(workbook_bytes(tracker))["evidence"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "Poland restores visas")
    assert row[3].value == "https://example.org/pl" and row[3].hyperlink.target == "https://example.org/pl"


# ---------------------------------------------------------------- files
def test_write_to_a_path_returns_row_counts_and_leaves_no_temporary_file(tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    target = tmp_path / "tracker.xlsx"
    counts = write_xlsx(tracker, target, active="evidence")
    assert counts == {"scorecard": 37, "assessments": 185, "history": 4, "evidence": 3}
    wb = load_workbook(target)
    assert wb.active is not None
    assert wb.active.title == "evidence"
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.xlsx"]


def test_a_failed_export_leaves_the_old_file_alone(tracker, tmp_path: Path):
    target = tmp_path / "tracker.xlsx"
    target.write_bytes(b"the good one")
    with pytest.raises(ValidationError):
        write_xlsx(tracker, target, as_of="2025-02-30")
    assert target.read_bytes() == b"the good one"
    assert [p.name for p in tmp_path.iterdir()] == ["tracker.xlsx"]


# ---------------------------------------------------------------- streaming (issue 10)
def test_links_stop_at_excels_limit_per_sheet(tracker, clock, monkeypatch):
    """Excel holds at most 65,530 links a sheet; past that, URLs stay as plain text."""
    from tracker import xlsx

    monkeypatch.setattr(xlsx, "EXCEL_MAX_LINKS", 3)
    populate(tracker, clock)  # one piece of evidence with a URL and an archive URL
    for i in range(3):
        ops.add_evidence(tracker, event_date=f"2024-02-0{i + 1}", countries=["FR"], recommendations=["visa"],
                         url=f"https://example.org/{i}")
    ws = open_book(workbook_bytes(tracker))["evidence"]
    header = [c.value for c in ws[1]]
    cells = [r[header.index(name)] for r in ws.iter_rows(min_row=2) for name in ("url", "archive_url")]
    urls = [c for c in cells if c.value]
    assert len(urls) == 5
    assert sum(1 for c in urls if c.hyperlink is not None) == 3
    assert all(c.hyperlink.target == c.value for c in urls if c.hyperlink is not None)
    assert shown_rows(ws) == csv_rows(tracker, "evidence")  # the values themselves are all there


def test_widths_are_measured_over_every_row(tracker, clock):
    """The widths are known before the first row of a write-only sheet: a long value late in the sheet counts."""
    for i in range(30):
        ops.add_evidence(tracker, event_date=f"2024-01-{i + 1:02d}", countries=["FR"], recommendations=["visa"],
                         title="short", language="pl")
    ops.add_evidence(tracker, event_date="2025-01-01", countries=["FR"], recommendations=["visa"], title="t",
                     language="a much longer language\nsecond line")
    ws = open_book(workbook_bytes(tracker))["evidence"]
    header = [c.value for c in ws[1]]
    letter = chr(ord("A") + header.index("language"))
    assert ws.column_dimensions[letter].width == len("a much longer language") + 2


def test_an_export_longer_than_excels_sheet_goes_on_in_sheets_of_its_own(tracker, clock, tmp_path: Path, monkeypatch):
    """Excel (and LibreOffice) open 1,048,576 rows of a sheet and drop the rest: a 1m tracker's history has more.
    The rows go on in "history (2)" … under the same header, in the same order, none lost."""
    from tracker import xlsx

    populate(tracker, clock)
    for n in range(5):
        ops.add_evidence(tracker, event_date="2024-02-01", countries=["FR"], recommendations=["visa"],
                         title=f"Circular {n}")
    monkeypatch.setattr(xlsx, "EXCEL_MAX_ROWS", 4)  # a header and three rows a sheet
    target = tmp_path / "all.xlsx"
    write_xlsx(tracker, target, as_of="2025-12-31")
    wb = load_workbook(target, read_only=True)
    evidence_sheets = [name for name in wb.sheetnames if name.startswith("evidence")]
    columns = list(build_table(tracker, "evidence", as_of="2025-12-31").columns)
    rows = []
    for name in evidence_sheets:
        header, *data = list(wb[name].iter_rows(values_only=True))
        assert list(header) == columns  # every part under the same header
        assert 1 <= len(data) <= 3
        rows.extend(data)
    count = len(build_table(tracker, "evidence", as_of="2025-12-31").rows)
    assert count >= 7 and len(rows) == count
    assert evidence_sheets == ["evidence"] + [f"evidence ({n})" for n in range(2, len(evidence_sheets) + 1)]
    uids = [r[columns.index("uid")] for r in rows]
    assert uids == [r["uid"] for r in build_table(tracker, "evidence", as_of="2025-12-31").rows]  # none lost
    bases = [name.split(" (")[0] for name in wb.sheetnames]
    assert list(dict.fromkeys(bases)) == list(EXPORT_KINDS) and bases == sorted(bases, key=EXPORT_KINDS.index)
