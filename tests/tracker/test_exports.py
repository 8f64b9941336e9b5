"""Exports: exact columns, values that match the data, CSV that is safe to open
in a spreadsheet, JSON with real types, and files that are never half-written.

The column lists below are copied from the design ("Files in and out"), not
imported, because users script against those names.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from pathlib import Path

import pytest

from db import ops
from tracker.export_files import ExportOptions, export_to_file
from tracker.exports import (
    ASSESSMENT_COLUMNS,
    EVIDENCE_COLUMNS,
    SCORECARD_COLUMNS,
    build_table,
    csv_value,
    export_to_path,
    guard_formula,
    write_file_atomically,
    write_table,
)

DESIGN_SCORECARD = ["country_code", "country_name", "score", "assessed", "total", "grade", "rank"]
DESIGN_ASSESSMENTS = [
    "uid", "country_code", "country_name", "recommendation_code", "recommendation_title", "status_code",
    "status_label", "score", "effective_date", "confidence", "rationale", "evidence_uids", "evidence_urls",
    "recorded_by", "recorded_at", "needs_review",
]
DESIGN_EVIDENCE = [
    "uid", "event_date", "title", "url", "archive_url", "accessed_on", "publisher", "source_kind", "language",
    "notes", "countries", "recommendations", "recorded_by", "recorded_at", "updated_at",
]
DEFAULT_RECS = ["visa", "tps", "students", "antiwar", "sanctions"]
DANGEROUS_FIRST = ["=", "+", "-", "@", "\t", "\r", "\x00"]


# ---------------------------------------------------------------- helpers
def populate(t, clock) -> dict[str, str]:
    """PL: visa Implemented + tps Partly implemented (87.5, A); LT: visa Announced
    from 2025-06-01 (50, C); EE: the codebook's example, visa Contrary (0, F)."""
    uids: dict[str, str] = {}
    clock.advance(minutes=1)
    uids["ev_pl"] = ops.add_evidence(
        t, event_date="2024-01-10", countries=["PL"], recommendations=["visa"], title="Poland restores visas",
        url="https://example.org/pl", archive_url="https://web.archive.org/pl", accessed_on="2024-01-12",
        publisher="Gov PL", source_kind="official", language="pl", notes="Decree No. 5",
    ).uid
    clock.advance(minutes=1)
    uids["pl_visa"] = ops.set_status(
        t, "PL", "visa", "full", effective_date="2024-01-15", rationale="Visas are issued again",
        confidence="verified", evidence=[uids["ev_pl"]],
    ).uid
    clock.advance(minutes=1)
    uids["pl_tps"] = ops.set_status(
        t, "PL", "tps", "partial", effective_date="2024-02-01", rationale="Only students"
    ).uid
    clock.advance(minutes=1)
    uids["lt_visa"] = ops.set_status(
        t, "LT", "visa", "announced", effective_date="2025-06-01", rationale="Bill tabled"
    ).uid
    clock.advance(minutes=1)
    return uids


def by_key(rows, *keys):
    return {tuple(r[k] for k in keys) if len(keys) > 1 else r[keys[0]]: r for r in rows}


def csv_bytes(table, **kw) -> bytes:
    buf = io.BytesIO()
    write_table(table, buf, "csv", **kw)
    return buf.getvalue()


def parse_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def csv_dicts(table, **kw) -> list[dict[str, str]]:
    header, *rows = parse_csv(csv_bytes(table, **kw))
    assert header == table.columns
    return [dict(zip(header, r, strict=True)) for r in rows]


def json_data(table):
    buf = io.BytesIO()
    write_table(table, buf, "json")
    return json.loads(buf.getvalue().decode("utf-8"))


# ---------------------------------------------------------------- columns
def test_fixed_column_constants_match_the_design():
    assert list(SCORECARD_COLUMNS) == DESIGN_SCORECARD
    assert list(ASSESSMENT_COLUMNS) == DESIGN_ASSESSMENTS
    assert list(EVIDENCE_COLUMNS) == DESIGN_EVIDENCE


def test_scorecard_columns_are_the_fixed_seven_then_each_active_recommendation(tracker):
    assert build_table(tracker, "scorecard").columns == DESIGN_SCORECARD + DEFAULT_RECS
    ops.archive_recommendation(tracker, "students")
    assert build_table(tracker, "scorecard").columns == DESIGN_SCORECARD + ["visa", "tps", "antiwar", "sanctions"]


@pytest.mark.parametrize(
    ("kind", "columns"),
    [("assessments", DESIGN_ASSESSMENTS), ("history", DESIGN_ASSESSMENTS), ("evidence", DESIGN_EVIDENCE)],
)
def test_long_exports_have_exactly_the_design_columns_in_order(tracker, clock, kind, columns):
    populate(tracker, clock)
    table = build_table(tracker, kind)
    assert table.columns == columns
    assert table.rows and all(list(r) == columns for r in table.rows)


# ---------------------------------------------------------------- scorecard
def test_scorecard_values_match_the_data(tracker, clock):
    populate(tracker, clock)
    table = build_table(tracker, "scorecard")
    rows = by_key(table.rows, "country_code")
    assert len(rows) == 37
    assert rows["PL"] == {
        "country_code": "PL", "country_name": "Poland", "score": 87.5, "assessed": 2, "total": 5, "grade": "A",
        "rank": 1, "visa": "Implemented", "tps": "Partly implemented", "students": "Not assessed",
        "antiwar": "Not assessed", "sanctions": "Not assessed",
    }
    def summary(code: str) -> tuple:
        return rows[code]["score"], rows[code]["grade"], rows[code]["rank"], rows[code]["visa"]

    assert summary("LT") == (50, "C", 2, "Announced")
    assert summary("EE") == (0, "F", 3, "Contrary action")
    assert rows["AT"]["score"] is None and rows["AT"]["assessed"] == 0 and rows["AT"]["rank"] is None
    assert rows["AT"]["grade"] is None
    assert all(rows["AT"][code] == "Not assessed" for code in DEFAULT_RECS)


def test_scorecard_as_of_ignores_assessments_effective_later(tracker, clock):
    populate(tracker, clock)
    before = by_key(build_table(tracker, "scorecard", as_of="2025-05-31").rows, "country_code")
    assert before["LT"]["score"] is None and before["LT"]["visa"] == "Not assessed"
    assert before["EE"]["rank"] == 2
    on_the_day = by_key(build_table(tracker, "scorecard", as_of="2025-06-01").rows, "country_code")
    assert on_the_day["LT"]["score"] == 50 and on_the_day["LT"]["visa"] == "Announced"
    early = by_key(build_table(tracker, "scorecard", as_of="2024-01-20").rows, "country_code")
    assert early["PL"]["score"] == 100 and early["PL"]["assessed"] == 1 and early["PL"]["tps"] == "Not assessed"


def test_scorecard_group_filter_keeps_members_and_ranks_within_them(tracker, clock):
    populate(tracker, clock)
    rows = by_key(build_table(tracker, "scorecard", group="Baltic states").rows, "country_code")
    assert set(rows) == {"EE", "LV", "LT"}
    assert (rows["LT"]["rank"], rows["EE"]["rank"], rows["LV"]["rank"]) == (1, 2, None)


# ---------------------------------------------------------------- assessments
def test_assessments_include_every_cell_with_unassessed_ones_blank(tracker, clock):
    populate(tracker, clock)
    rows = by_key(build_table(tracker, "assessments").rows, "country_code", "recommendation_code")
    assert len(rows) == 37 * 5
    blank = rows[("AT", "visa")]
    assert blank["uid"] is None
    assert (blank["status_code"], blank["status_label"], blank["score"]) == ("not_assessed", "Not assessed", None)
    assert blank["effective_date"] is None and blank["rationale"] is None and blank["needs_review"] is False
    assert blank["evidence_uids"] == [] and blank["evidence_urls"] == []
    assert blank["country_name"] == "Austria"
    assert blank["recommendation_title"] == "Non-discriminatory visa policy for Belarusians"


def test_assessment_row_values_match_what_was_recorded(tracker, clock):
    uids = populate(tracker, clock)
    rows = by_key(build_table(tracker, "assessments").rows, "country_code", "recommendation_code")
    row = rows[("PL", "visa")]
    assert row == {
        "uid": uids["pl_visa"], "country_code": "PL", "country_name": "Poland", "recommendation_code": "visa",
        "recommendation_title": "Non-discriminatory visa policy for Belarusians", "status_code": "full",
        "status_label": "Implemented", "score": 100, "effective_date": "2024-01-15", "confidence": "verified",
        "rationale": "Visas are issued again", "evidence_uids": [uids["ev_pl"]],
        "evidence_urls": ["https://example.org/pl"], "recorded_by": "Alice",
        "recorded_at": "2026-01-15T09:02:00.000000Z", "needs_review": True,
    }
    # Judged 2025-06-01, 228 days before the default as-of date (the fake clock's today).
    assert rows[("LT", "visa")]["needs_review"] is True
    recent = by_key(build_table(tracker, "assessments", as_of="2025-06-30").rows, "country_code", "recommendation_code")
    assert recent[("LT", "visa")]["needs_review"] is False


def test_assessments_as_of_shows_the_status_then_not_later_judgements(tracker, clock):
    uids = populate(tracker, clock)
    later = ops.set_status(tracker, "PL", "visa", "contrary", effective_date="2025-03-01", rationale="Closed again").uid
    def pl_visa(as_of=None):
        rows = by_key(build_table(tracker, "assessments", as_of=as_of).rows, "country_code", "recommendation_code")
        return rows[("PL", "visa")]
    assert pl_visa("2025-02-28")["uid"] == uids["pl_visa"]
    assert pl_visa("2025-03-01")["uid"] == later
    assert pl_visa()["status_code"] == "contrary"
    first_day = pl_visa("2024-01-14")
    assert first_day["uid"] is None and first_day["status_code"] == "not_assessed"


def test_assessments_same_effective_date_latest_recorded_wins(tracker, clock):
    ops.set_status(tracker, "FR", "tps", "none", effective_date="2024-05-01", rationale="first")
    clock.advance(seconds=5)
    second = ops.set_status(tracker, "FR", "tps", "announced", effective_date="2024-05-01", rationale="second").uid
    row = by_key(build_table(tracker, "assessments").rows, "country_code", "recommendation_code")[("FR", "tps")]
    assert (row["uid"], row["status_label"]) == (second, "Announced")


def test_assessments_group_filter(tracker, clock):
    populate(tracker, clock)
    rows = build_table(tracker, "assessments", group="Belarus's EU neighbours").rows
    assert {r["country_code"] for r in rows} == {"PL", "LT", "LV"}
    assert len(rows) == 3 * 5


# ---------------------------------------------------------------- history
def test_history_has_every_assessment_ordered_by_effective_date_then_recorded_time(tracker, clock):
    [example] = [r["uid"] for r in build_table(tracker, "history").rows]  # the codebook's Estonia example
    made = []
    for country, status, day in [
        ("DE", "full", "2024-05-01"),
        ("FR", "none", "2024-01-01"),
        ("IT", "partial", "2024-05-01"),
        ("DE", "contrary", "2023-01-01"),  # recorded last, effective first
    ]:
        clock.advance(minutes=1)
        made.append(ops.set_status(tracker, country, "visa", status, effective_date=day, rationale="r").uid)
    rows = build_table(tracker, "history").rows
    assert [r["uid"] for r in rows] == [example, made[3], made[1], made[0], made[2]]
    # Superseded judgements stay in the history with their own values.
    de = [r for r in rows if r["country_code"] == "DE"]
    assert [(r["status_code"], r["effective_date"]) for r in de] == [("contrary", "2023-01-01"), ("full", "2024-05-01")]


def test_history_as_of_and_group(tracker, clock):
    uids = populate(tracker, clock)
    assert uids["lt_visa"] not in {r["uid"] for r in build_table(tracker, "history", as_of="2025-05-31").rows}
    assert uids["lt_visa"] in {r["uid"] for r in build_table(tracker, "history", as_of="2025-06-01").rows}
    baltic = build_table(tracker, "history", group="Baltic states").rows
    assert {r["country_code"] for r in baltic} == {"EE", "LT"}


# ---------------------------------------------------------------- evidence
def test_evidence_row_values_match_what_was_logged(tracker, clock):
    uids = populate(tracker, clock)
    rows = by_key(build_table(tracker, "evidence").rows, "uid")
    assert rows[uids["ev_pl"]] == {
        "uid": uids["ev_pl"], "event_date": "2024-01-10", "title": "Poland restores visas",
        "url": "https://example.org/pl", "archive_url": "https://web.archive.org/pl", "accessed_on": "2024-01-12",
        "publisher": "Gov PL", "source_kind": "official", "language": "pl", "notes": "Decree No. 5",
        "countries": ["PL"], "recommendations": ["visa"], "recorded_by": "Alice",
        "recorded_at": "2026-01-15T09:01:00.000000Z", "updated_at": "2026-01-15T09:01:00.000000Z",
    }


def test_group_evidence_lists_every_member_and_every_recommendation(tracker):
    uid = ops.add_evidence(
        tracker, event_date="2024-03-01", groups=["Baltic states"], recommendations=["sanctions", "visa"],
        title="Joint note",
    ).uid
    row = by_key(build_table(tracker, "evidence").rows, "uid")[uid]
    assert row["countries"] == ["EE", "LT", "LV"]
    assert row["recommendations"] == ["visa", "sanctions"]  # codebook order
    assert by_key(csv_dicts(build_table(tracker, "evidence")), "uid")[uid]["countries"] == "EE|LT|LV"
    assert by_key(csv_dicts(build_table(tracker, "evidence")), "uid")[uid]["recommendations"] == "visa|sanctions"


def test_evidence_after_as_of_is_excluded(tracker):
    late = ops.add_evidence(tracker, event_date="2024-06-02", countries=["FR"], recommendations=["tps"],
                            title="later").uid
    on_day = ops.add_evidence(tracker, event_date="2024-06-01", countries=["FR"], recommendations=["tps"],
                              title="on").uid
    uids = {r["uid"] for r in build_table(tracker, "evidence", as_of="2024-06-01").rows}
    assert on_day in uids and late not in uids


def test_archived_evidence_only_when_asked(tracker):
    uid = ops.add_evidence(tracker, event_date="2024-06-01", countries=["FR"], recommendations=["tps"], title="old").uid
    ops.archive_evidence(tracker, uid)
    assert uid not in {r["uid"] for r in build_table(tracker, "evidence").rows}
    assert uid in {r["uid"] for r in build_table(tracker, "evidence", include_archived=True).rows}


def test_evidence_group_filter(tracker):
    fr = ops.add_evidence(tracker, event_date="2024-06-01", countries=["FR"], recommendations=["tps"], title="fr").uid
    lv = ops.add_evidence(tracker, event_date="2024-06-01", countries=["LV", "FR"], recommendations=["tps"],
                          title="lv").uid
    uids = {r["uid"] for r in build_table(tracker, "evidence", group="Baltic states").rows}
    assert lv in uids and fr not in uids


# ---------------------------------------------------------------- CSV
def test_csv_starts_with_a_bom_by_default_and_not_with_bom_false(tracker):
    table = build_table(tracker, "evidence")
    with_bom = csv_bytes(table)
    assert with_bom.startswith(codecs.BOM_UTF8 + b"uid,event_date,")
    without = csv_bytes(table, bom=False)
    assert without.startswith(b"uid,event_date,")
    assert with_bom[len(codecs.BOM_UTF8):] == without


def test_csv_quotes_commas_quotes_and_newlines_rfc4180(tracker):
    title = 'Minister says "no", then "yes"'
    notes = "First line, with a comma\nSecond line\r\nThird \"quoted\" line"
    uid = ops.add_evidence(
        tracker, event_date="2024-02-02", countries=["FR"], recommendations=["visa"], title=title, notes=notes,
        publisher="Ліга, Беларусь",
    ).uid
    data = csv_bytes(build_table(tracker, "evidence"))
    assert b'"Minister says ""no"", then ""yes"""' in data
    row = by_key(csv_dicts(build_table(tracker, "evidence")), "uid")[uid]
    assert (row["title"], row["notes"], row["publisher"]) == (title, notes, "Ліга, Беларусь")


def test_csv_lines_end_with_crlf(tracker, clock):
    populate(tracker, clock)
    table = build_table(tracker, "assessments")
    data = csv_bytes(table, bom=False)
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == len(table.rows) + 1
    assert data.count(b"\n") == data.count(b"\r\n"), "a bare LF line end"


def test_csv_lists_are_pipe_separated(tracker, clock):
    uids = populate(tracker, clock)
    second = ops.add_evidence(
        tracker, event_date="2024-01-11", countries=["PL"], recommendations=["visa"], url="https://example.org/two",
    ).uid
    both = ops.set_status(
        tracker, "PL", "visa", "full", effective_date="2024-01-16", rationale="two sources",
        evidence=[uids["ev_pl"], second],
    ).uid
    row = by_key(csv_dicts(build_table(tracker, "assessments")), "uid")[both]
    assert row["evidence_uids"] == f"{uids['ev_pl']}|{second}"
    assert row["evidence_urls"] == "https://example.org/pl|https://example.org/two"


def test_csv_country_scores_have_one_decimal_and_none_is_empty(tracker, clock):
    populate(tracker, clock)
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2024-01-01", rationale="r")
    for rec, status in [("visa", "full"), ("tps", "none"), ("students", "contrary")]:
        ops.set_status(tracker, "FR", rec, status, effective_date="2024-01-01", rationale="r")
    rows = by_key(csv_dicts(build_table(tracker, "scorecard")), "country_code")
    assert rows["FR"]["score"] == "41.7"  # (100 + 25 + 0) / 3
    assert rows["PL"]["score"] == "87.5"
    assert rows["DE"]["score"] == "100.0"
    assert rows["EE"]["score"] == "0.0"
    assert rows["LT"]["score"] == "50.0"
    assert (rows["AT"]["score"], rows["AT"]["grade"], rows["AT"]["rank"]) == ("", "", "")
    assert (rows["PL"]["assessed"], rows["PL"]["total"], rows["PL"]["rank"]) == ("2", "5", "2")


def test_csv_unassessed_cells_are_empty_and_booleans_are_true_false(tracker, clock):
    populate(tracker, clock)
    table = build_table(tracker, "assessments", as_of="2025-06-30")
    rows = by_key(csv_dicts(table), "country_code", "recommendation_code")
    blank = rows[("AT", "visa")]
    assert (blank["uid"], blank["score"], blank["effective_date"], blank["evidence_uids"]) == ("", "", "", "")
    assert blank["needs_review"] == "false"
    assert rows[("EE", "visa")]["needs_review"] == "true"
    assert rows[("LT", "visa")]["needs_review"] == "false"


@pytest.mark.parametrize("first", DANGEROUS_FIRST, ids=repr)
def test_guard_formula_prefixes_each_dangerous_first_character(first):
    assert guard_formula(first + "SUM(A1:A9)") == "'" + first + "SUM(A1:A9)"
    assert guard_formula(first) == "'" + first


@pytest.mark.parametrize(
    "text", ["plain", "a=b", "x-y", "mail me@example.org", "1+1", "2024 plan", "'already quoted", "", "(=)", " =space"],
)
def test_guard_formula_leaves_ordinary_text_alone(text):
    assert guard_formula(text) == text


@pytest.mark.parametrize("first", ["=", "+", "-", "@"])
def test_formula_guard_applies_to_exported_text_fields(tracker, clock, first):
    title = first + 'HYPERLINK("http://evil.example","click")'
    uid = ops.add_evidence(tracker, event_date="2024-02-02", countries=["FR"], recommendations=["visa"],
                           title=title).uid
    clock.advance(minutes=1)
    a_uid = ops.set_status(tracker, "FR", "visa", "full", effective_date="2024-02-02", rationale=first + "2+3").uid
    ev = by_key(csv_dicts(build_table(tracker, "evidence")), "uid")[uid]
    assert ev["title"] == "'" + title
    cell = by_key(csv_dicts(build_table(tracker, "assessments")), "uid")[a_uid]
    assert cell["rationale"] == "'" + first + "2+3"
    hist = by_key(csv_dicts(build_table(tracker, "history")), "uid")[a_uid]
    assert hist["rationale"] == "'" + first + "2+3"
    # JSON is data, not a spreadsheet: no guard there.
    assert by_key(json_data(build_table(tracker, "evidence")), "uid")[uid]["title"] == title


@pytest.mark.parametrize("first", ["\t", "\r", "\x00"], ids=repr)
def test_formula_guard_applies_to_control_characters_stored_in_the_file(tracker, first):
    # validate.text trims tabs and CRs and refuses NUL, so these can only reach
    # a tracker through the file itself (another tool, an older version).
    uid = ops.add_evidence(tracker, event_date="2024-02-02", countries=["FR"], recommendations=["visa"], title="ok").uid
    tracker.db.execute("UPDATE evidence SET notes = ? WHERE uid = ?", [first + "=cmd|' /C calc'!A0", uid])
    row = by_key(csv_dicts(build_table(tracker, "evidence")), "uid")[uid]
    assert row["notes"] == "'" + first + "=cmd|' /C calc'!A0"


def test_formula_guard_covers_names_recorded_by_the_user(tracker):
    tracker.user = "@Mallory"
    uid = ops.add_evidence(tracker, event_date="2024-02-02", countries=["FR"], recommendations=["visa"], title="t").uid
    assert by_key(csv_dicts(build_table(tracker, "evidence")), "uid")[uid]["recorded_by"] == "'@Mallory"


def test_ordinary_text_is_exported_unchanged(tracker):
    texts = ["Budget = 5 million", "'kept as typed", "2022 decree", "e-residency halted", "Contact: a@b.org"]
    uids = [
        ops.add_evidence(tracker, event_date="2024-02-02", countries=["FR"], recommendations=["visa"], title=text).uid
        for text in texts
    ]
    rows = by_key(csv_dicts(build_table(tracker, "evidence")), "uid")
    assert [rows[u]["title"] for u in uids] == texts


def test_numbers_are_not_guarded():
    assert csv_value(-5) == "-5"
    assert csv_value(-12.5, "score") == "-12.5"
    assert csv_value(-0.25) == "-0.25"
    assert csv_value("-5") == "'-5"  # the same characters as text are guarded


# ---------------------------------------------------------------- JSON
@pytest.mark.parametrize("kind", ["scorecard", "assessments", "history", "evidence"])
def test_json_is_an_array_of_objects_with_the_same_keys(tracker, clock, kind):
    populate(tracker, clock)
    table = build_table(tracker, kind)
    buf = io.BytesIO()
    write_table(table, buf, "json", bom=True)
    data = buf.getvalue()
    assert not data.startswith(codecs.BOM_UTF8)
    parsed = json.loads(data.decode("utf-8"))
    assert isinstance(parsed, list) and len(parsed) == len(table.rows)
    assert all(list(obj) == table.columns for obj in parsed)
    assert parsed == table.rows


def test_json_types_lists_numbers_null_booleans(tracker, clock):
    uids = populate(tracker, clock)
    cards = by_key(json_data(build_table(tracker, "scorecard")), "country_code")
    assert cards["PL"]["score"] == 87.5 and isinstance(cards["PL"]["score"], float)
    assert cards["PL"]["assessed"] == 2 and cards["PL"]["rank"] == 1
    assert cards["AT"]["score"] is None and cards["AT"]["grade"] is None
    cells = by_key(json_data(build_table(tracker, "assessments")), "country_code", "recommendation_code")
    assert cells[("PL", "visa")]["score"] == 100 and not isinstance(cells[("PL", "visa")]["score"], (str, bool))
    assert cells[("PL", "visa")]["evidence_uids"] == [uids["ev_pl"]]
    assert cells[("PL", "visa")]["needs_review"] is True
    assert cells[("AT", "visa")]["needs_review"] is False
    assert cells[("AT", "visa")]["uid"] is None and cells[("AT", "visa")]["evidence_urls"] == []
    ev = by_key(json_data(build_table(tracker, "evidence")), "uid")[uids["ev_pl"]]
    assert ev["countries"] == ["PL"] and ev["recommendations"] == ["visa"]


def test_json_keeps_non_ascii_text(tracker):
    uid = ops.add_evidence(tracker, event_date="2024-02-02", countries=["LT"], recommendations=["visa"],
                           title="Беларусь – Łódź").uid
    assert by_key(json_data(build_table(tracker, "evidence")), "uid")[uid]["title"] == "Беларусь – Łódź"


# ---------------------------------------------------------------- files
def test_write_file_atomically_keeps_the_old_file_when_writing_fails(tmp_path: Path):
    target = tmp_path / "scorecard.csv"
    target.write_bytes(b"the good old export\r\n")

    def failing(fh):
        fh.write(b"half of a new exp")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_file_atomically(target, failing)
    assert target.read_bytes() == b"the good old export\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["scorecard.csv"], "a temporary file was left behind"


def test_write_file_atomically_replaces_the_file_when_writing_succeeds(tmp_path: Path):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    write_file_atomically(target, lambda fh: fh.write(b"new"))
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_file_atomically_names_the_target_when_its_folder_is_missing(tmp_path: Path):
    target = tmp_path / "no-such-folder" / "out.csv"
    with pytest.raises(OSError) as info:
        write_file_atomically(target, lambda fh: fh.write(b"x"))
    assert info.value.filename == str(target)


def test_export_to_path_writes_the_same_bytes_as_write_table(tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    path = tmp_path / "cards.csv"
    count = export_to_path(tracker, "scorecard", path, "csv", bom=False, as_of="2025-01-01")
    table = build_table(tracker, "scorecard", as_of="2025-01-01")
    assert count == 37
    assert path.read_bytes() == csv_bytes(table, bom=False)


# ---------------------------------------------------------------- the shared dispatch
def test_export_to_file_writes_what_write_table_writes_to_a_path_or_a_stream(tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    options = ExportOptions(as_of="2025-01-01", bom=False)
    path = tmp_path / "cards.csv"
    message = export_to_file(tracker, "scorecard", "csv", path, options)
    expected = csv_bytes(build_table(tracker, "scorecard", as_of="2025-01-01"), bom=False)
    assert path.read_bytes() == expected
    assert message == f"Wrote 37 rows to {path}."
    stream = io.BytesIO()
    export_to_file(tracker, "scorecard", "csv", stream, options)
    assert stream.getvalue() == expected


def test_export_to_file_writes_a_workbook_opened_on_the_chosen_sheet(tracker, clock, tmp_path: Path):
    from openpyxl import load_workbook

    populate(tracker, clock)
    path = tmp_path / "tracker.xlsx"
    message = export_to_file(tracker, "history", "xlsx", path)
    assert message.startswith(f"Wrote {path}: ") and "history (" in message
    book = load_workbook(path)
    assert book.active.title.lower().startswith("history")


@pytest.mark.parametrize(("kind", "fmt"), [("report", "csv"), ("scorecard", "pdf")])
def test_export_to_file_refuses_what_it_does_not_write(tracker, tmp_path: Path, kind: str, fmt: str):
    with pytest.raises(ValueError):
        export_to_file(tracker, kind, fmt, tmp_path / "x")
    assert list(tmp_path.iterdir()) == []
