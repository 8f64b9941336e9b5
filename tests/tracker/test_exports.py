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

import openpyxl
import pytest

from db import ValidationError, ops
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


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


DESIGN_SCORECARD = ["country_code", "country_name", "score", "assessed", "total", "grade", "rank"]
DESIGN_ASSESSMENTS = [
    "uid", "country_code", "country_name", "recommendation_code", "recommendation_title", "status_code",
    "status_label", "score", "effective_date", "confidence", "rationale", "evidence_uids", "evidence_urls",
    "recorded_by", "recorded_at", "needs_review", "review_state", "reviewed_by", "reviewed_at", "review_comment",
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
    uids["ev_pl"] = uid_of(ops.add_evidence(
        t, event_date="2024-01-10", countries=["PL"], recommendations=["visa"], title="Poland restores visas",
        url="https://example.org/pl", archive_url="https://web.archive.org/pl", accessed_on="2024-01-12",
        publisher="Gov PL", source_kind="official", language="pl", notes="Decree No. 5",
    ))
    clock.advance(minutes=1)
    uids["pl_visa"] = uid_of(ops.set_status(
        t, "PL", "visa", "full", effective_date="2024-01-15", rationale="Visas are issued again",
        confidence="verified", evidence=[uids["ev_pl"]],
    ))
    clock.advance(minutes=1)
    uids["pl_tps"] = uid_of(ops.set_status(
        t, "PL", "tps", "partial", effective_date="2024-02-01", rationale="Only students"
    ))
    clock.advance(minutes=1)
    uids["lt_visa"] = uid_of(ops.set_status(
        t, "LT", "visa", "announced", effective_date="2025-06-01", rationale="Bill tabled"
    ))
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
        "country_code": "PL", "country_name": "Poland", "score": 87.5, "assessed": 2, "total": 5, "grade": None,
        "rank": None, "visa": "Implemented", "tps": "Partly implemented", "students": "Not assessed",
        "antiwar": "Not assessed", "sanctions": "Not assessed",
    }
    def summary(code: str) -> tuple:
        return rows[code]["score"], rows[code]["grade"], rows[code]["rank"], rows[code]["visa"]

    # 2 of 5 and 1 of 5 are under the codebook's half: a score, but no grade and no rank.
    assert summary("LT") == (50, None, None, "Announced")
    assert summary("EE") == (0, None, None, "Contrary action")
    assert rows["AT"]["score"] is None and rows["AT"]["assessed"] == 0 and rows["AT"]["rank"] is None
    assert rows["AT"]["grade"] is None
    assert all(rows["AT"][code] == "Not assessed" for code in DEFAULT_RECS)
    ops.set_meta(tracker, "min_coverage_for_grade", "0")
    rows = by_key(build_table(tracker, "scorecard").rows, "country_code")
    assert (summary("PL"), summary("LT"), summary("EE")) == (
        (87.5, "A", 1, "Implemented"), (50, "C", 2, "Announced"), (0, "F", 3, "Contrary action"),
    )


def test_scorecard_as_of_ignores_assessments_effective_later(tracker, clock):
    populate(tracker, clock)
    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # ranked from the first assessment
    before = by_key(build_table(tracker, "scorecard", as_of="2025-05-31").rows, "country_code")
    assert before["LT"]["score"] is None and before["LT"]["visa"] == "Not assessed"
    assert before["EE"]["rank"] == 2
    on_the_day = by_key(build_table(tracker, "scorecard", as_of="2025-06-01").rows, "country_code")
    assert on_the_day["LT"]["score"] == 50 and on_the_day["LT"]["visa"] == "Announced"
    early = by_key(build_table(tracker, "scorecard", as_of="2024-01-20").rows, "country_code")
    assert early["PL"]["score"] == 100 and early["PL"]["assessed"] == 1 and early["PL"]["tps"] == "Not assessed"


def test_scorecard_group_filter_keeps_members_and_ranks_within_them(tracker, clock):
    populate(tracker, clock)
    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # ranked from the first assessment
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
        "review_state": "not_required", "reviewed_by": None, "reviewed_at": None, "review_comment": None,
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
    uid = uid_of(
        ops.add_evidence(tracker, event_date="2024-06-01", countries=["FR"], recommendations=["tps"], title="old")
    )
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
    second = uid_of(ops.add_evidence(
        tracker, event_date="2024-01-11", countries=["PL"], recommendations=["visa"], url="https://example.org/two",
    ))
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
    # France (3 of 5) is graded and ranked; Poland (2 of 5) has a score but an empty grade and rank.
    assert (rows["FR"]["grade"], rows["FR"]["rank"]) == ("C", "1")
    assert (rows["PL"]["assessed"], rows["PL"]["total"], rows["PL"]["grade"], rows["PL"]["rank"]) == ("2", "5", "", "")


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
    assert cards["PL"]["assessed"] == 2 and cards["PL"]["rank"] is None and cards["PL"]["grade"] is None
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
    assert book.active is not None
    assert book.active.title.lower().startswith("history")


@pytest.mark.parametrize(("kind", "fmt"), [("report", "csv"), ("scorecard", "pdf")])
def test_export_to_file_refuses_what_it_does_not_write(tracker, tmp_path: Path, kind: str, fmt: str):
    with pytest.raises(ValueError):
        export_to_file(tracker, kind, fmt, tmp_path / "x")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- streaming (issue 10)
# The exports now stream from one query each.  These tests hold them to the
# bytes the previous implementation wrote, kept below as it was (it built
# every row in Python, then sorted and wrote them), on a tracker made to be
# awkward: hostile and non-ASCII text, every formula trigger, archived
# evidence, evidence linked to many cells, ties in the sort order, URLs with
# "|" in them, a recommendation placed before the others.
import datetime as _dt  # noqa: E402
import tracemalloc  # noqa: E402
from typing import Any  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from db.export_queries import CHUNK_ROWS  # noqa: E402
from db.queries import EvidenceFilter, assessment_history, codebook_view, current_statuses, search_evidence  # noqa: E402
from tracker.exports import (  # noqa: E402
    EXPORT_KINDS,
    HISTORY_COLUMNS,
    Table,
    export_rows,
    write_export,
)
from tracker.scoring import scorecard  # noqa: E402

_LEGACY_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00")


def _legacy_guard(text: str) -> str:
    rest = text.lstrip("'")
    return "'" + text if text and rest and rest[0] in _LEGACY_TRIGGERS else text


def _legacy_number(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _legacy_cell_row(cell, names, titles) -> dict[str, Any]:
    return {
        "uid": cell.assessment_uid, "country_code": cell.country_code,
        "country_name": names.get(cell.country_code, cell.country_code),
        "recommendation_code": cell.recommendation_code,
        "recommendation_title": titles.get(cell.recommendation_code, cell.recommendation_code),
        "status_code": cell.status_code, "status_label": cell.status_label, "score": _legacy_number(cell.score),
        "effective_date": cell.effective_date, "confidence": cell.confidence, "rationale": cell.rationale,
        "evidence_uids": list(cell.evidence_uids), "evidence_urls": list(cell.evidence_urls),
        "recorded_by": cell.recorded_by, "recorded_at": cell.recorded_at, "needs_review": cell.needs_review,
        # issue 13: nothing here was reviewed (review was never required)
        "review_state": "not_required" if cell.assessment_uid else None, "reviewed_by": None, "reviewed_at": None,
        "review_comment": None,
    }


def legacy_table(t, kind, *, as_of=None, group=None, include_archived=False, review_interval_days=None) -> Table:
    """The export as the previous implementation computed it (tracker/exports.py before issue 10)."""
    book = codebook_view(t)
    members = ops.group_members(t, group) if group else None
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
        return Table(kind, list(ASSESSMENT_COLUMNS), [_legacy_cell_row(c, names, titles) for c in ordered])
    if kind == "history":
        wanted = set(members) if members is not None else None
        day = None if as_of is None else str(as_of)
        rows = [
            _legacy_cell_row(c, names, titles)
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


def _legacy_csv_value(value, column=""):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return _legacy_guard("|".join(str(v) for v in value))
    if isinstance(value, float) and column == "score":
        return f"{value:.1f}"
    if isinstance(value, (int, float)):
        return str(value)
    return _legacy_guard(str(value))


def _legacy_json_value(value, column=""):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and column != "score":
        return _legacy_number(value)
    return value


def legacy_bytes(table: Table, fmt: str, *, bom: bool = True) -> bytes:
    """The previous writers: csv.writer over a TextIOWrapper, and one json.dumps of every row."""
    out = io.BytesIO()
    if fmt == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="", write_through=True)
        writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow([_legacy_csv_value(row.get(c), c) for c in table.columns])
        text.flush()
        text.detach()
    else:
        data = [{c: _legacy_json_value(row.get(c), c) for c in table.columns} for row in table.rows]
        out.write(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        out.write(b"\n")
    return out.getvalue()


HOSTILE = [
    "=SUM(A1:A9)", "+cmd", "-2+3", "@SUM(1)", "'=already", "''+twice", "'", "''", "'plain", "= spaced",
    'Minister says "no", then "yes"', "comma, here", "line one\nline two", "crlf\r\nend", "trailing\r",
    "Беларусь – Łódź", "emoji 🇧🇾 ok", "line\u2028separator", "combining é", "tab\tinside", "pipe | inside",
    "back\\slash", "ctrl \x01\x1f", "del\x7f", "   leading spaces", "x" * 300,
]


@pytest.fixture
def varied(tracker, clock) -> dict[str, Any]:
    """A tracker full of what an export can get wrong."""
    made: dict[str, Any] = {"evidence": [], "archived": []}
    ops.add_recommendation(tracker, "aaa_first", "Placed first", position=0)  # position order is not code order
    for i, text in enumerate(HOSTILE):
        clock.advance(seconds=1 if i % 3 else 0)  # some evidence recorded in the same instant
        countries = [["FR"], ["LV", "EE", "LT"], ["DE", "PL"]][i % 3]
        recs = [["visa"], ["sanctions", "aaa_first", "visa"], ["tps", "students"]][i % 3]
        uid = ops.add_evidence(
            tracker, event_date=f"2024-0{1 + i % 3}-1{i % 2}", countries=countries, recommendations=recs,
            title=text if i % 2 else None, notes=HOSTILE[-1 - i], publisher=text[:40] or None,
            url=f"https://example.org/{i}" if i % 4 else None, language=["pl", None, "be"][i % 3],
            archive_url="https://web.archive.org/x" if i % 5 == 0 else None,
            accessed_on="2024-05-01" if i % 2 else None,
            source_kind=["official", "media", "ngo", "international", "other"][i % 5],
        ).uid
        made["evidence"].append(uid)
    # Text a form would refuse, written by another tool: every trigger, and an empty title.
    for n, first in enumerate(DANGEROUS_FIRST):
        tracker.db.execute("UPDATE evidence SET notes = ? WHERE uid = ?", [first + "=cmd", made["evidence"][n]])
    tracker.db.execute("UPDATE evidence SET publisher = '' WHERE uid = ?", [made["evidence"][1]])
    tracker.db.execute("UPDATE evidence SET url = 'https://example.org/a|b' WHERE uid = ?", [made["evidence"][2]])
    for uid in made["evidence"][::7]:
        ops.archive_evidence(tracker, uid)
        made["archived"].append(uid)
    tracker.user = "=Mallory"
    for i, (country, rec, status) in enumerate(
        [("FR", "visa", "full"), ("LV", "sanctions", "partial"), ("EE", "visa", "none"), ("FR", "visa", "contrary"),
         ("DE", "tps", "announced"), ("LT", "aaa_first", "full"), ("PL", "students", "partial")]
    ):
        clock.advance(minutes=1)
        ops.set_status(
            tracker, country, rec, status, effective_date=f"2024-0{1 + i % 6}-15", rationale=HOSTILE[i * 3],
            evidence=made["evidence"][i:i + 3], confidence=["verified", "reported", "claimed"][i % 3],
        )
    ops.archive_recommendation(tracker, "students")
    return made


OPTION_SETS = [
    {},
    {"include_archived": True},
    {"as_of": "2024-02-10", "review_interval_days": 10},
    {"group": "Baltic states", "include_archived": True},
    {"group": "G7", "as_of": _dt.date(2024, 3, 1)},
]


@pytest.mark.parametrize("options", OPTION_SETS, ids=lambda o: ",".join(o) or "defaults")
@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_streamed_exports_write_the_bytes_the_previous_implementation_wrote(tracker, varied, kind, options):
    table = legacy_table(tracker, kind, **options)
    assert table.rows, "the case must export something"
    for fmt in ("csv", "json"):
        for bom in (True, False):
            stream = io.BytesIO()
            export_to_file(tracker, kind, fmt, stream, ExportOptions(bom=bom, **options))
            assert stream.getvalue() == legacy_bytes(table, fmt, bom=bom), (kind, fmt, bom)
    assert build_table(tracker, kind, **options).rows == table.rows


def test_the_varied_tracker_covers_what_it_should(tracker, varied):
    text = legacy_bytes(legacy_table(tracker, "evidence", include_archived=True), "csv").decode("utf-8-sig")
    for first in DANGEROUS_FIRST:
        assert "'" + first + "=cmd" in text
    assert ",'''+twice," in text and ",''=already," in text and "EE|LT|LV" in text
    assert "aaa_first|visa|sanctions" in text  # codebook position order, not alphabetical
    default = {r["uid"] for r in legacy_table(tracker, "evidence").rows}
    assert varied["archived"] and not default & set(varied["archived"])
    history = legacy_table(tracker, "history").rows
    assert any("https://example.org/a|b" in r["evidence_urls"] for r in history)
    assert any(r["recorded_by"] == "=Mallory" for r in history)


def test_evidence_ties_keep_the_previous_order(tracker, clock):
    """Same day, same instant: the newest record first, as the previous sort left them."""
    uids = [
        ops.add_evidence(tracker, event_date="2024-04-04", countries=["FR"], recommendations=["visa"], title=str(i)).uid
        for i in range(3)
    ]
    tracker.db.execute("UPDATE evidence SET recorded_at = '2026-01-15T09:00:00.000000Z' WHERE uid IN (?, ?, ?)", uids)
    expected = [r["uid"] for r in legacy_table(tracker, "evidence").rows]
    assert [r["uid"] for r in build_table(tracker, "evidence").rows] == expected
    assert expected[-3:] == uids[::-1]


def test_an_empty_export_is_a_header_or_an_empty_array(tracker):
    stream: io.BytesIO  # the last format's, checked after the loop
    for fmt, bom in (("csv", True), ("csv", False), ("json", True)):
        stream = io.BytesIO()
        message = export_to_file(tracker, "evidence", fmt, stream, ExportOptions(bom=bom, as_of="1999-01-01"))
        assert message.startswith("Wrote 0 rows")
        assert stream.getvalue() == legacy_bytes(legacy_table(tracker, "evidence", as_of="1999-01-01"), fmt, bom=bom)
    assert stream.getvalue() == b"[]\n"


def test_refusals_come_before_the_file_is_touched(tracker, tmp_path: Path):
    target = tmp_path / "evidence.csv"
    target.write_bytes(b"the good one")
    for options in (ExportOptions(as_of="2024-02-30"), ExportOptions(group="No such group")):
        for kind in EXPORT_KINDS:
            with pytest.raises(ValidationError):
                export_to_file(tracker, kind, "csv", target, options)
    assert target.read_bytes() == b"the good one"
    assert [p.name for p in tmp_path.iterdir()] == ["evidence.csv"]


def _many_evidence(t, n: int) -> int:
    """``n`` pieces of evidence with links, written straight into the file (ops would take a minute).

    The triggers that keep the search index and other derived tables current
    are dropped first (this tracker is thrown away, and exports read only the
    base tables): they were most of the time.
    """
    triggers = t.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('evidence', 'evidence_links')"
    ).fetchall()
    for (name,) in triggers:
        t.db.execute(f'DROP TRIGGER "{name}"')
    start = t.db.execute("SELECT coalesce(max(rowid), 0) FROM evidence").fetchone()[0] + 1
    note = "A note of some length, with a comma, \"quotes\" and Łódź; " * 4
    rows = [
        (start + i, f"00000000-0000-7000-8000-{start + i:012d}", f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
         f"=Title {i}" if i % 50 == 0 else f"Title number {i}", f"https://example.org/{i}", "Publisher",
         note + str(i), "Alice", "2026-01-15T09:00:00.000000Z", "2026-01-15T09:00:00.000000Z")
        for i in range(n)
    ]
    conn = t.db.conn
    conn.executemany(
        "INSERT INTO evidence (rowid, uid, event_date, title, url, publisher, notes, recorded_by, recorded_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
    )
    conn.executemany(
        "INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code) VALUES (?, ?, ?)",
        [(r[1], c, rec) for r in rows for c, rec in (("FR", "visa"), ("DE", "tps"))],
    )
    conn.commit()
    return n


def test_memory_stays_flat_while_exporting(tracker, tmp_path: Path):
    """20,000 rows (MBs of output, tens of MB as Python rows) pass through a chunk at a time.

    JSON (slower to write under tracemalloc) on the first quarter of the year, ~5,000 rows.
    """
    _many_evidence(tracker, 20_000)
    for fmt, options, rows in (("csv", ExportOptions(), 20_001), ("json", ExportOptions(as_of="2024-03-31"), 5_002)):
        path = tmp_path / f"evidence.{fmt}"
        tracemalloc.start()
        try:
            message = export_to_file(tracker, "evidence", fmt, path, options)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        size = path.stat().st_size
        assert message.startswith(f"Wrote {rows} rows")  # with the codebook's own example
        assert size > 3_000_000
        assert peak < min(3_000_000, size // 2), f"{fmt}: peak {peak:,} bytes for a {size:,}-byte export"


def test_export_rows_stream_in_chunks_and_can_be_abandoned(tracker):
    _many_evidence(tracker, 2_500)
    rows = export_rows(tracker, "evidence", lists="joined")
    first = next(rows.chunks)
    assert len(first) == CHUNK_ROWS and len(first[0]) == len(EVIDENCE_COLUMNS)
    rows.chunks.close()  # type: ignore[attr-defined]  # a generator: closing it closes the cursor
    assert write_export(export_rows(tracker, "evidence"), io.BytesIO(), "json") == 2_501


_JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(),
)
_JSON_VALUES = st.one_of(_JSON_SCALARS, st.lists(st.text(), max_size=4), st.lists(_JSON_SCALARS, max_size=3),
                         st.tuples(st.text(), st.integers()))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_JSON_VALUES, min_size=3, max_size=3), max_size=4))
def test_json_is_written_exactly_as_json_dumps_would(rows):
    columns = ["a", "score", "ключ \"q\""]
    table = Table("evidence", columns, [dict(zip(columns, r, strict=True)) for r in rows])
    out = io.BytesIO()
    write_table(table, out, "json")
    assert out.getvalue() == legacy_bytes(table, "json")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.text(), st.booleans(), st.integers()), min_size=2, max_size=2),
                max_size=4))
def test_csv_is_written_exactly_as_before(rows):
    columns = ["a", "score"]
    table = Table("evidence", columns, [dict(zip(columns, r, strict=True)) for r in rows])
    for bom in (True, False):
        assert csv_bytes(table, bom=bom) == legacy_bytes(table, "csv", bom=bom)


# ---------------------------------------------------------------- progress and cancel (the window's background export)
def test_export_to_file_reports_the_rows_written_after_each_chunk(tracker, tmp_path: Path):
    _many_evidence(tracker, 1_200)
    seen: list[int] = []
    path = tmp_path / "evidence.csv"
    message = export_to_file(tracker, "evidence", "csv", path, progress=seen.append)
    assert seen == [CHUNK_ROWS, 2 * CHUNK_ROWS, 1_201]  # with the codebook's own example
    assert message == f"Wrote 1201 rows to {path}."
    assert len(path.read_text(encoding="utf-8-sig").splitlines()) == 1_202


class _Stop(Exception):
    pass


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_stopped_by_its_progress_leaves_the_file_as_it_was(tracker, tmp_path: Path, fmt: str):
    _many_evidence(tracker, 1_200)
    target = tmp_path / f"evidence.{fmt}"
    target.write_bytes(b"the good one")

    def stop(done: int) -> None:
        raise _Stop()

    with pytest.raises(_Stop):
        export_to_file(tracker, "evidence", fmt, target, progress=stop)
    assert target.read_bytes() == b"the good one"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind


def test_export_size_is_known_only_where_it_costs_nothing(tracker, clock):
    from tracker.export_files import export_size

    populate(tracker, clock)
    stream = io.BytesIO()
    written = int(export_to_file(tracker, "evidence", "csv", stream).split()[1])
    assert export_size(tracker, "evidence") == written
    assert export_size(tracker, "evidence", ExportOptions(group="Baltic states")) is None  # a count would cost
    assert export_size(tracker, "evidence", ExportOptions(as_of="2024-01-01")) is None
    assert export_size(tracker, "history") is None


# ---------------------------------------------------------------- a second coder's review (issue 13)
from db import review  # noqa: E402


def reviewed_tracker(t, clock) -> dict[str, str]:
    """``populate``'s statuses (recorded while review was off), then review on: Alice proposes PL visa
    Contrary (pending), Bob approves Alice's LT visa Implemented, and Bob returns Alice's PL tps proposal."""
    uids = populate(t, clock)
    review.set_review_required(t, True)
    uids["pending"] = uid_of(ops.set_status(t, "PL", "visa", "contrary", effective_date="2025-07-01",
                                            rationale="Visas suspended"))
    uids["approved"] = uid_of(ops.set_status(t, "LT", "visa", "full", effective_date="2025-08-01",
                                             rationale="Law passed"))
    uids["returned"] = uid_of(ops.set_status(t, "PL", "tps", "full", effective_date="2025-08-01",
                                             rationale="All covered"))
    clock.advance(minutes=1)
    t.user = "Bob"
    review.approve(t, uids["approved"], comment="Checked the gazette")
    review.return_proposal(t, uids["returned"], "Which decree?")
    t.user = "Alice"
    return uids


def test_exports_say_who_reviewed_each_status_and_count_only_approved_ones(tracker, clock):
    uids = reviewed_tracker(tracker, clock)
    cells = by_key(build_table(tracker, "assessments").rows, "country_code", "recommendation_code")
    lt = cells[("LT", "visa")]
    assert (lt["uid"], lt["status_code"], lt["recorded_by"], lt["review_state"], lt["reviewed_by"],
            lt["review_comment"]) == (uids["approved"], "full", "Alice", "approved", "Bob", "Checked the gazette")
    assert lt["reviewed_at"] > lt["recorded_at"]
    pl = cells[("PL", "visa")]
    assert (pl["uid"], pl["review_state"], pl["reviewed_by"]) == (uids["pl_visa"], "not_required", None)
    assert cells[("DE", "visa")]["review_state"] is None  # never assessed: nothing to review
    history = by_key(build_table(tracker, "history").rows, "uid")
    assert uids["pending"] not in history and uids["returned"] not in history  # not approved: not counted
    assert history[uids["approved"]]["review_state"] == "approved"
    assert history[uids["pl_tps"]]["review_state"] == "not_required"
    scores = by_key(build_table(tracker, "scorecard").rows, "country_code")
    assert scores["PL"]["visa"] == "Implemented"
    assert "note" not in build_table(tracker, "scorecard").columns


def test_including_proposed_statuses_is_labelled_in_every_export(tracker, clock, tmp_path: Path):
    uids = reviewed_tracker(tracker, clock)
    history = build_table(tracker, "history", include_proposed=True)
    rows = by_key(history.rows, "uid")
    assert rows[uids["pending"]]["review_state"] == "proposed" and uids["returned"] not in rows
    assert [r["effective_date"] for r in history.rows] == sorted(r["effective_date"] for r in history.rows)
    cells = by_key(build_table(tracker, "assessments", include_proposed=True).rows, "country_code",
                   "recommendation_code")
    pl = cells[("PL", "visa")]
    assert (pl["uid"], pl["status_code"], pl["review_state"]) == (uids["pending"], "contrary", "proposed")
    assert cells[("LT", "visa")]["review_state"] == "approved"
    table = build_table(tracker, "scorecard", include_proposed=True)
    assert table.columns[-1] == "note"
    pl_score = by_key(table.rows, "country_code")["PL"]
    assert pl_score["visa"] == "Contrary action" and pl_score["note"] == review.INCLUDES_PROPOSED
    assert pl_score["score"] < by_key(build_table(tracker, "scorecard").rows, "country_code")["PL"]["score"]
    message = export_to_file(tracker, "history", "csv", tmp_path / "h.csv", ExportOptions(include_proposed=True))
    assert message.endswith("Includes proposed statuses not yet reviewed.")
    assert "proposed" in (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    message = export_to_file(tracker, "history", "xlsx", tmp_path / "h.xlsx", ExportOptions(include_proposed=True))
    assert message.endswith("Includes proposed statuses not yet reviewed.")
    book = openpyxl.load_workbook(tmp_path / "h.xlsx")
    assert "Includes proposed statuses not yet reviewed" in (book.properties.title or "")
    sheet = list(book["scorecard"].values)
    assert sheet[0][-1] == "note" and all(row[-1] == review.INCLUDES_PROPOSED for row in sheet[1:])
    header, *rows = book["assessments"].values
    assert "proposed" in {row[header.index("review_state")] for row in rows}
    book.close()
    export_to_path(tracker, "history", tmp_path / "h.json", "json", include_proposed=True)
    as_json = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
    assert {r["review_state"] for r in as_json} == {"approved", "not_required", "proposed"}


def test_the_history_export_with_proposals_still_streams(tracker, tmp_path: Path):
    """Approved and proposed rows come from ONE query, a chunk at a time: memory stays flat."""
    conn = tracker.db.conn
    conn.executemany(
        "INSERT INTO assessments (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
        " confidence, recorded_by, recorded_at, updated_at) VALUES (?, 'FR', 'visa', 'full', ?, ?, 'reported',"
        " 'Alice', '2025-01-01T00:00:00.000000Z', '2025-01-01T00:00:00.000000Z')",
        [(f"{i:08d}-0000-4000-8000-000000000000", f"2024-{1 + i % 12:02d}-01", "x" * 200) for i in range(20_000)],
    )
    conn.executemany(
        "INSERT INTO proposals (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
        " confidence, proposed_by, proposed_at) VALUES (?, 'DE', 'visa', 'partial', '2024-06-15', 'p', 'reported',"
        " 'Bob', '2025-01-02T00:00:00.000000Z')",
        [(f"{i:08d}-1111-4000-8000-000000000000",) for i in range(300)],
    )
    conn.commit()
    rows = export_rows(tracker, "history", lists="joined", include_proposed=True)
    first = next(rows.chunks)
    assert len(first) == CHUNK_ROWS and len(first[0]) == len(HISTORY_COLUMNS)
    rows.chunks.close()  # type: ignore[attr-defined]
    path = tmp_path / "history.csv"
    tracemalloc.start()
    try:
        message = export_to_file(tracker, "history", "csv", path, ExportOptions(include_proposed=True))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert message.startswith("Wrote 20301 rows")  # with the codebook's own example
    assert peak < min(3_000_000, size // 2), f"peak {peak:,} bytes for a {size:,}-byte export"
