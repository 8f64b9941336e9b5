"""The command line, end to end.

Every subcommand runs at least once in a real subprocess (``python main.py``,
as a scheduled job would run it); finer points run in-process through
``tracker.cli.main`` for speed.  Failures must be one sentence on standard
error, nothing on standard output, and an unchanged tracker file.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import csv
import getpass
import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from db import Tracker, ops
from tracker import cli
from tracker.exports import ASSESSMENT_COLUMNS, EVIDENCE_COLUMNS, SCORECARD_COLUMNS, build_table, write_table


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


ROOT = Path(__file__).resolve().parents[2]
UUID_LINE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$")
KINDS = ["scorecard", "assessments", "history", "evidence"]
AS_OF = "2025-01-01"
EXPECTED_COLUMNS = {
    "scorecard": [*SCORECARD_COLUMNS, "visa", "tps", "students", "antiwar", "sanctions"],
    "assessments": list(ASSESSMENT_COLUMNS),
    "history": list(ASSESSMENT_COLUMNS),
    "evidence": list(EVIDENCE_COLUMNS),
}


# ---------------------------------------------------------------- helpers
def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python main.py ARGS`` with an isolated configuration folder."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    full_env.pop("POLICY_TRACKER_USER", None)
    assert full_env.get("POLICY_TRACKER_CONFIG_DIR"), "the autouse fixture must isolate preferences"
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, args)],
        capture_output=True, env=full_env, cwd=ROOT, timeout=60,
    )


def inproc(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def fingerprint(path: Path) -> str | None:
    """The tracker's bytes (main file plus any write-ahead log), or None if absent."""
    if not path.exists():
        return None
    h = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    if wal.exists():
        h.update(wal.read_bytes())
    return h.hexdigest()


def contents(path: Path) -> str:
    """A hash of everything the tracker holds (what a user could notice), not of its bytes."""
    with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode("utf-8")).hexdigest()


def assert_one_sentence_error(stderr: str | bytes) -> str:
    text = stderr.decode("utf-8") if isinstance(stderr, bytes) else stderr
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {text!r}"
    assert lines[0].startswith("policy-tracker: error: "), lines[0]
    return lines[0]


def query(path: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def expected_export(path: Path, kind: str, fmt: str, *, bom: bool = True, **kw) -> bytes:
    with Tracker.open(path, user="reader", read_only=True) as t:
        table = build_table(t, kind, **kw)
    buf = io.BytesIO()
    write_table(table, buf, fmt, bom=bom)
    return buf.getvalue()


def json_rows(data: bytes | str) -> list[dict]:
    return json.loads(data)


def cell(rows: list[dict], country: str, rec: str) -> dict:
    [row] = [r for r in rows if (r["country_code"], r["recommendation_code"]) == (country, rec)]
    return row


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every subcommand the parser defines, as word tuples: ('init',), ('evidence', 'add'), ..."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found.extend(command_paths(sub, (*prefix, name)))
    return found


@dataclass
class Filled:
    path: Path
    ev_pl: str
    pl_visa: str
    lt_tps: str


@pytest.fixture
def filled(tracker_path: Path) -> Filled:
    """A closed default tracker with evidence and statuses in it."""
    with Tracker.open(tracker_path, user="Alice") as t:
        ev = uid_of(ops.add_evidence(
            t, event_date="2024-05-20", countries=["PL"], recommendations=["visa"], title='Poland, "again"',
            url="https://example.org/pl", notes="=1+1 line\nsecond line",
        ))
        pl = uid_of(ops.set_status(
            t, "PL", "visa", "full", effective_date="2024-06-01", rationale="Visas again", evidence=[ev]
        ))
        lt = uid_of(ops.set_status(t, "LT", "tps", "partial", effective_date="2024-03-01", rationale="Some groups"))
    return Filled(tracker_path, ev, pl, lt)


CODEBOOK = {
    "title": "Climate pledges",
    "statuses": [
        {"code": "not_assessed", "label": "Not assessed", "score": None, "color": "#999999"},
        {"code": "no", "label": "No", "score": 0, "color": "#CC0000"},
        {"code": "yes", "label": "Yes", "score": 100, "color": "#00AA00"},
    ],
    "recommendations": [{"code": "coal", "title": "Exit coal"}, {"code": "evs", "title": "Electric cars", "weight": 2}],
    "grades": [{"grade": "Pass", "min_score": 50}, {"grade": "Fail", "min_score": 0}],
    "countries": ["FR", "DE"],
    "groups": {"Pair": ["FR", "DE"]},
}


# ---------------------------------------------------------------- init
@pytest.mark.slow
def test_init_creates_a_default_tracker(tmp_path: Path):
    path = tmp_path / "campaign.db"
    result = run("init", path)
    assert result.returncode == 0, result.stderr
    assert b"5 recommendations, 37 countries" in result.stdout
    assert query(path, "SELECT code FROM recommendations ORDER BY position") == [
        ("visa",), ("tps",), ("students",), ("antiwar",), ("sanctions",)
    ]
    assert query(path, "SELECT count(*) FROM countries") == [(37,)]
    # The article's example ships with it.
    assert query(path, "SELECT country_code, recommendation_code, status_code FROM assessments") == [
        ("EE", "visa", "contrary")
    ]
    assert inproc("check", "--db", path)[0] == 0


@pytest.mark.slow
def test_init_blank(tmp_path: Path):
    path = tmp_path / "blank.db"
    result = run("init", path, "--blank")
    assert result.returncode == 0, result.stderr
    assert query(path, "SELECT count(*) FROM recommendations") == [(0,)]
    assert query(path, "SELECT count(*) FROM countries") == [(0,)]
    assert query(path, "SELECT count(*) FROM evidence") == [(0,)]
    assert [r[0] for r in query(path, "SELECT code FROM statuses ORDER BY position")] == [
        "not_assessed", "contrary", "none", "announced", "partial", "full"
    ]


@pytest.mark.slow
def test_init_from_a_codebook_file(tmp_path: Path):
    book = tmp_path / "climate.json"
    book.write_text(json.dumps(CODEBOOK), encoding="utf-8")
    path = tmp_path / "climate.db"
    result = run("init", path, "--codebook", book)
    assert result.returncode == 0, result.stderr
    assert b"2 recommendations, 2 countries" in result.stdout
    code, out, _ = inproc("export", "--db", path, "scorecard", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["country_code"] for r in sorted(rows, key=lambda r: r["country_code"])] == ["DE", "FR"]
    assert list(rows[0]) == [
        "country_code", "country_name", "score", "assessed", "total", "grade", "rank", "coal", "evs"
    ]
    assert query(path, "SELECT value FROM meta WHERE key = 'title'") == [("Climate pledges",)]


@pytest.mark.slow
def test_init_onto_an_existing_file_fails_and_leaves_it_alone(tmp_path: Path, tracker_path: Path):
    other = tmp_path / "notes.db"
    other.write_bytes(b"precious notes, not a tracker\n")
    for existing in (tracker_path, other):
        before = fingerprint(existing)
        result = run("init", existing)
        assert result.returncode != 0
        assert result.stdout == b""
        assert "already exists" in assert_one_sentence_error(result.stderr)
        assert fingerprint(existing) == before


def test_init_with_a_bad_codebook_creates_nothing(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**CODEBOOK, "countries": ["FR", "XX"]}), encoding="utf-8")
    target = tmp_path / "new.db"
    code, out, err = inproc("init", target, "--codebook", bad)
    assert code != 0 and out == ""
    assert "XX" in assert_one_sentence_error(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_init_codebook_and_blank_are_exclusive(tmp_path: Path):
    code, out, err = inproc("init", tmp_path / "x.db", "--blank", "--codebook", "whatever.json")
    assert code != 0 and out == ""
    assert_one_sentence_error(err)
    assert not (tmp_path / "x.db").exists()


def test_init_records_the_user_in_the_history(tmp_path: Path):
    path = tmp_path / "t.db"
    assert inproc("init", path, "--user", "Nadia")[0] == 0
    assert set(query(path, "SELECT DISTINCT user FROM history")) == {("Nadia",)}
    assert query(path, "SELECT value FROM meta WHERE key = 'created_by'") == [("Nadia",)]


# ---------------------------------------------------------------- evidence add
@pytest.mark.slow
def test_evidence_add_with_countries_and_recommendations(tracker_path: Path):
    result = run(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02",
        "--country", "PL", "--country", "Lithuania", "--recommendation", "visa", "--recommendation", "tps",
        "--title", "Neighbours ease visas", "--url", "https://example.org/news", "--notes", "Both, jointly",
        "--publisher", "Example News", "--kind", "media", "--language", "en",
        "--archive-url", "https://web.archive.org/x", "--accessed-on", "2024-04-03",
    )
    assert result.returncode == 0, result.stderr
    assert UUID_LINE.match(result.stdout.decode()), result.stdout
    uid = result.stdout.decode().strip()
    _code, out, _ = inproc("export", "--db", tracker_path, "evidence", "--format", "json")
    [row] = [r for r in json.loads(out) if r["uid"] == uid]
    assert {k: row[k] for k in row if k not in ("uid", "recorded_by", "recorded_at", "updated_at")} == {
        "event_date": "2024-04-02", "title": "Neighbours ease visas", "url": "https://example.org/news",
        "archive_url": "https://web.archive.org/x", "accessed_on": "2024-04-03", "publisher": "Example News",
        "source_kind": "media", "language": "en", "notes": "Both, jointly", "countries": ["LT", "PL"],
        "recommendations": ["visa", "tps"],
    }
    # Evidence alone sets no status.
    assert query(tracker_path, "SELECT count(*) FROM assessments") == [(1,)]


@pytest.mark.slow
def test_evidence_add_for_a_group_links_every_member(tracker_path: Path):
    result = run(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02", "--group", "Baltic states",
        "--recommendation", "sanctions", "--notes", "Joint statement on sanctions",
    )
    assert result.returncode == 0, result.stderr
    uid = result.stdout.decode().strip()
    links = query(
        tracker_path,
        "SELECT l.country_code, l.recommendation_code FROM evidence_links l JOIN evidence e ON e.uid = l.evidence_uid"
        " WHERE e.uid = ? ORDER BY 1",
        [uid],
    )
    assert links == [("EE", "sanctions"), ("LT", "sanctions"), ("LV", "sanctions")]
    # A missing title is taken from the notes.
    assert query(tracker_path, "SELECT title FROM evidence WHERE uid = ?", [uid]) == [("Joint statement on sanctions",)]


@pytest.mark.slow
def test_evidence_add_with_status_sets_every_linked_cell(tracker_path: Path):
    result = run(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02", "--group", "Baltic states", "--country", "PL",
        "--recommendation", "sanctions", "--url", "https://example.org/pkg", "--status", "announced",
        "--rationale", "Package agreed, not yet in force", "--confidence", "verified",
    )
    assert result.returncode == 0, result.stderr
    uid = result.stdout.decode().strip()
    rows = json.loads(
        inproc("export", "--db", tracker_path, "assessments", "--format", "json", "--as-of", "2024-04-02")[1]
    )
    for country in ("EE", "LV", "LT", "PL"):
        row = cell(rows, country, "sanctions")
        assert (row["status_code"], row["effective_date"], row["confidence"]) == ("announced", "2024-04-02", "verified")
        assert row["rationale"] == "Package agreed, not yet in force"
        assert row["evidence_uids"] == [uid] and row["evidence_urls"] == ["https://example.org/pkg"]
    assert cell(rows, "FR", "sanctions")["status_code"] == "not_assessed"
    assert cell(rows, "PL", "visa")["status_code"] == "not_assessed"


def test_evidence_add_status_defaults_to_reported_confidence(tracker_path: Path):
    code, _out, _ = inproc(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02", "--country", "FR", "--recommendation", "tps",
        "--title", "t", "--status", "Implemented", "--rationale", "In force",
    )
    assert code == 0
    rows = json.loads(inproc("export", "--db", tracker_path, "assessments", "--format", "json")[1])
    assert (cell(rows, "FR", "tps")["status_code"], cell(rows, "FR", "tps")["confidence"]) == ("full", "reported")


@pytest.mark.slow
def test_evidence_add_attach_stores_the_file(tracker_path: Path, tmp_path: Path):
    decree = tmp_path / "decree 12.pdf"
    content = b"%PDF-1.4\n fake decree \x00\xff\n"
    decree.write_bytes(content)
    result = run(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02", "--country", "DE",
        "--recommendation", "students", "--title", "Decree 12", "--attach", decree,
    )
    assert result.returncode == 0, result.stderr
    uid = result.stdout.decode().strip()
    stored = query(
        tracker_path,
        "SELECT a.name, a.type, a.size, a.sha256, a.data"
        " FROM attachments a JOIN evidence e ON e.uid = a.evidence_uid WHERE e.uid = ?",
        [uid],
    )
    assert stored == [("decree 12.pdf", "application/pdf", len(content), hashlib.sha256(content).hexdigest(), content)]


def add_with_attachment(tracker_path: Path, content: bytes, name: str = "decree 12.pdf") -> str:
    with Tracker.open(tracker_path, user="Alice") as t:
        return uid_of(ops.add_evidence(
            t, event_date="2024-04-02", countries=["DE"], recommendations=["students"], title="Decree 12",
            attachment=ops.Attachment(name, content, "application/pdf"),
        ))


def test_evidence_attachment_writes_the_file_and_refuses_to_overwrite(tracker_path: Path, tmp_path: Path):
    content = b"%PDF-1.4\n fake decree \x00\xff\n" * 1000
    uid = add_with_attachment(tracker_path, content)
    dest = tmp_path / "out.pdf"
    before = fingerprint(tracker_path)
    code, out, err = inproc("evidence", "attachment", "--db", tracker_path, uid, "-o", dest)
    assert (code, out) == (0, "")
    assert err == f"Wrote decree 12.pdf ({len(content):,} bytes, checksum verified) to {dest}.\n"
    assert dest.read_bytes() == content
    dest.write_bytes(b"mine")
    code, out, err = inproc("evidence", "attachment", "--db", tracker_path, uid, "-o", dest)
    assert code == 1 and out == "" and "already exists" in assert_one_sentence_error(err)
    assert dest.read_bytes() == b"mine"
    assert inproc("evidence", "attachment", "--db", tracker_path, uid, "-o", dest, "--force")[0] == 0
    assert dest.read_bytes() == content
    assert fingerprint(tracker_path) == before  # only read


def test_evidence_attachment_refusals_are_one_sentence(tracker_path: Path, tmp_path: Path):
    uid = add_with_attachment(tracker_path, b"decree")
    with Tracker.open(tracker_path, user="Alice") as t:
        bare = uid_of(ops.add_evidence(t, event_date="2024-04-02", countries=["DE"], recommendations=["students"],
                                       title="No file"))
    dest = tmp_path / "out.pdf"
    unknown = "00000000-0000-4000-8000-000000000000"
    for which, words in ((bare, "has no attached file"), (unknown, "no evidence with uid")):
        code, out, err = inproc("evidence", "attachment", "--db", tracker_path, which, "-o", dest)
        assert code == 1 and out == "" and words in assert_one_sentence_error(err)
        assert not dest.exists()
    code, _, err = inproc("evidence", "attachment", "--db", tracker_path, uid)
    assert code == 2 and "-o" in assert_one_sentence_error(err)  # where to write is never guessed
    with sqlite3.connect(tracker_path) as conn:
        conn.execute("UPDATE attachments SET data = x'00'")
    code, _, err = inproc("evidence", "attachment", "--db", tracker_path, uid, "-o", dest)
    assert code == 1 and "has changed since it was attached" in assert_one_sentence_error(err)
    assert not dest.exists()
    code, out, err = inproc("check", "--db", tracker_path)
    assert code == 1 and "Attached files: CHANGED" in out.splitlines()
    assert uid in assert_one_sentence_error(err) and "Decree 12" in err


@pytest.mark.slow
def test_evidence_attachment_to_standard_output(tracker_path: Path):
    content = bytes(range(256)) * 64
    uid = add_with_attachment(tracker_path, content)
    result = run("evidence", "attachment", "--db", tracker_path, uid, "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == content
    assert result.stderr.decode() == "Wrote decree 12.pdf (16,384 bytes, checksum verified) to standard output.\n"


def test_check_verifies_attachments(tracker_path: Path):
    add_with_attachment(tracker_path, b"decree")
    code, out, _ = inproc("check", "--db", tracker_path)
    assert code == 0 and "Attached files: ok (checksums verified)" in out.splitlines()


def test_evidence_add_accepts_alpha3_and_english_names(tracker_path: Path):
    code, out, err = inproc(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02",
        "--country", "pol", "--country", "united kingdom",
        "--recommendation", "Temporary protected status for those in need", "--title", "t",
    )
    assert code == 0, err
    rows = json.loads(inproc("export", "--db", tracker_path, "evidence", "--format", "json")[1])
    [row] = [r for r in rows if r["uid"] == out.strip()]
    assert (row["countries"], row["recommendations"]) == (["GB", "PL"], ["tps"])


# ---------------------------------------------------------------- status set
@pytest.mark.slow
def test_status_set_prints_a_uid_and_the_status_shows_in_the_export(tracker_path: Path):
    result = run(
        "status", "set", "--db", tracker_path, "FR", "tps", "announced", "--date", "2024-02-01",
        "--rationale", "Bill in parliament", "--confidence", "claimed",
    )
    assert result.returncode == 0, result.stderr
    assert UUID_LINE.match(result.stdout.decode()), result.stdout
    uid = result.stdout.decode().strip()
    rows = json.loads(inproc("export", "--db", tracker_path, "assessments", "--format", "json")[1])
    row = cell(rows, "FR", "tps")
    assert (row["uid"], row["status_code"], row["status_label"], row["score"]) == (uid, "announced", "Announced", 50)
    assert (row["effective_date"], row["rationale"], row["confidence"]) == (
        "2024-02-01", "Bill in parliament", "claimed",
    )


def test_status_set_links_evidence(filled: Filled):
    code, out, err = inproc(
        "status", "set", "--db", filled.path, "PL", "visa", "Partly implemented", "--date", "2024-07-01",
        "--rationale", "Narrowed", "--evidence", filled.ev_pl,
    )
    assert code == 0, err
    rows = json.loads(inproc("export", "--db", filled.path, "assessments", "--format", "json")[1])
    row = cell(rows, "PL", "visa")
    assert (row["uid"], row["status_code"], row["evidence_uids"]) == (out.strip(), "partial", [filled.ev_pl])
    assert row["evidence_urls"] == ["https://example.org/pl"]


def test_status_set_keeps_the_earlier_judgement_as_history(filled: Filled):
    code, out, _ = inproc(
        "status", "set", "--db", filled.path, "PL", "visa", "contrary", "--date", "2024-09-01", "--rationale", "Closed",
    )
    assert code == 0
    history = json.loads(inproc("export", "--db", filled.path, "history", "--format", "json")[1])
    pl = [(r["uid"], r["status_code"]) for r in history if r["country_code"] == "PL"]
    assert pl == [(filled.pl_visa, "full"), (out.strip(), "contrary")]


# ---------------------------------------------------------------- export
@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("kind", KINDS)
def test_export_to_stdout(filled: Filled, kind: str, fmt: str):
    result = run("export", "--db", filled.path, kind, "--format", fmt, "--as-of", AS_OF)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert result.stdout == expected_export(filled.path, kind, fmt, as_of=AS_OF)
    if fmt == "csv":
        assert result.stdout.startswith(codecs.BOM_UTF8)
        header = next(csv.reader(io.StringIO(result.stdout.decode("utf-8-sig"), newline="")))
    else:
        header = list(json.loads(result.stdout)[0])
    assert header == EXPECTED_COLUMNS[kind]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("kind", KINDS)
def test_export_to_a_file(filled: Filled, tmp_path: Path, kind: str, fmt: str):
    target = tmp_path / f"out.{fmt}"
    code, out, err = inproc("export", "--db", filled.path, kind, "--format", fmt, "--as-of", AS_OF, "-o", target)
    if fmt == "json":
        rows = len(json.loads(target.read_bytes()))
    else:
        rows = len(list(csv.reader(io.StringIO(target.read_text("utf-8-sig"), newline="")))) - 1
    assert (code, out, err) == (0, "", f"Wrote {rows} rows to {target}.\n")
    assert target.read_bytes() == expected_export(filled.path, kind, fmt, as_of=AS_OF)


@pytest.mark.slow
def test_export_to_a_file_in_a_subprocess_reports_on_stderr_only(filled: Filled, tmp_path: Path):
    target = tmp_path / "assessments.csv"
    target.write_bytes(b"yesterday's export")
    before = fingerprint(filled.path)
    result = run("export", "--db", filled.path, "assessments", "--output", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert result.stderr.decode().strip() == f"Wrote {37 * 5} rows to {target}."
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == 37 * 5
    assert cell(rows, "PL", "visa")["uid"] == filled.pl_visa
    assert fingerprint(filled.path) == before


@pytest.mark.slow
def test_export_as_of(filled: Filled):
    result = run("export", "--db", filled.path, "assessments", "--format", "json", "--as-of", "2024-05-31")
    assert result.returncode == 0, result.stderr
    assert cell(json.loads(result.stdout), "PL", "visa")["status_code"] == "not_assessed"
    on_day = json.loads(
        inproc("export", "--db", filled.path, "assessments", "--format", "json", "--as-of", "2024-06-01")[1]
    )
    assert cell(on_day, "PL", "visa")["uid"] == filled.pl_visa
    evidence = json.loads(
        inproc("export", "--db", filled.path, "evidence", "--format", "json", "--as-of", "2024-05-19")[1]
    )
    assert filled.ev_pl not in {r["uid"] for r in evidence}


@pytest.mark.slow
def test_export_no_bom(filled: Filled):
    result = run("export", "--db", filled.path, "evidence", "--no-bom")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"uid,event_date,title,")
    assert result.stdout == expected_export(filled.path, "evidence", "csv", bom=False)
    # The formula guard is on; embedded quotes, commas and newlines are quoted.
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"), newline="")))
    [row] = [r for r in rows if r["uid"] == filled.ev_pl]
    assert (row["title"], row["notes"]) == ('Poland, "again"', "'=1+1 line\nsecond line")


@pytest.mark.slow
def test_export_group(filled: Filled):
    with Tracker.open(filled.path, user="Alice") as t:
        ops.set_meta(t, "min_coverage_for_grade", "0")  # ranked from the first assessment: this is about groups
    result = run("export", "--db", filled.path, "scorecard", "--group", "Belarus's EU neighbours", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert sorted(r["country_code"] for r in rows) == ["LT", "LV", "PL"]
    assert [(r["country_code"], r["rank"]) for r in rows if r["rank"]] == [("PL", 1), ("LT", 2)]


def test_export_include_archived(filled: Filled):
    with Tracker.open(filled.path, user="Alice") as t:
        ops.archive_evidence(t, filled.ev_pl)
    plain = json.loads(inproc("export", "--db", filled.path, "evidence", "--format", "json")[1])
    assert filled.ev_pl not in {r["uid"] for r in plain}
    everything = json.loads(
        inproc("export", "--db", filled.path, "evidence", "--format", "json", "--include-archived")[1]
    )
    assert filled.ev_pl in {r["uid"] for r in everything}


def test_export_that_fails_keeps_the_existing_output_file(filled: Filled, tmp_path: Path):
    target = tmp_path / "scorecard.csv"
    target.write_bytes(b"last quarter's scorecard")
    code, out, err = inproc("export", "--db", filled.path, "scorecard", "--as-of", "2024-02-30", "-o", target)
    assert code != 0 and out == ""
    assert "2024-02-30" in assert_one_sentence_error(err)
    assert target.read_bytes() == b"last quarter's scorecard"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_into_a_missing_folder_names_the_file(filled: Filled, tmp_path: Path):
    target = tmp_path / "missing" / "out.csv"
    code, out, err = inproc("export", "--db", filled.path, "scorecard", "-o", target)
    assert code != 0 and out == ""
    line = assert_one_sentence_error(err)
    assert str(target) in line and ".part" not in line


@pytest.mark.slow
def test_export_into_a_closed_pipe_is_not_an_error(filled: Filled):
    """`policy-tracker export ... | head -1`: the reader leaving early is normal."""
    with Tracker.open(filled.path, user="Alice") as t:
        for i in range(100):
            ops.add_evidence(
                t, event_date="2024-01-01", countries=["FR"], recommendations=["visa"], notes=f"{i} " + "x" * 2000
            )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "export", "--db", str(filled.path), "evidence", "--format", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(1) == b"["
    proc.stdout.close()  # the output is larger than a pipe holds, so the writer is still writing
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert stderr == b""


def test_export_onto_a_folder_names_it_and_leaves_no_temporary_file(filled: Filled, tmp_path: Path):
    folder = tmp_path / "reports"
    folder.mkdir()
    code, out, err = inproc("export", "--db", filled.path, "evidence", "-o", folder)
    assert code != 0 and out == ""
    line = assert_one_sentence_error(err)
    assert str(folder) in line and ".part" not in line
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


# ---------------------------------------------------------------- check
@pytest.mark.slow
def test_check_a_good_tracker(filled: Filled):
    before = fingerprint(filled.path)
    result = run("check", "--db", filled.path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[-1] == "OK"
    assert "Integrity: ok" in lines and "Search index: ok" in lines
    assert result.stderr == b""
    assert fingerprint(filled.path) == before


def test_check_reports_a_damaged_search_index(filled: Filled):
    conn = sqlite3.connect(filled.path)
    conn.execute("DROP TRIGGER evidence_au")
    conn.commit()
    conn.close()
    code, out, err = inproc("check", "--db", filled.path)
    assert code != 0
    assert "Search index: out of date" in out and "OK" not in out.splitlines()
    assert "search index" in assert_one_sentence_error(err)


def test_check_advises_the_repair_and_stays_read_only(filled: Filled):
    conn = sqlite3.connect(filled.path)
    conn.execute("DROP TRIGGER evidence_ai")
    conn.commit()
    conn.close()
    before = fingerprint(filled.path)
    code, out, err = inproc("check", "--db", filled.path)
    assert code == 1 and "Search index: out of date" in out
    line = assert_one_sentence_error(err)
    assert "check --repair" in line and "open the tracker in the app" not in line
    assert fingerprint(filled.path) == before


@pytest.mark.slow
def test_check_repair_rebuilds_the_search_index_and_records_it(filled: Filled):
    conn = sqlite3.connect(filled.path)
    conn.execute("DROP TRIGGER evidence_ai")
    conn.execute("DELETE FROM evidence_fts")
    conn.commit()
    conn.close()
    result = run("check", "--db", filled.path, "--repair", "--user", "Mender")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("Repaired: ") and "search index" in lines[0]
    assert "Search index: ok" in lines and lines[-1] == "OK"
    assert result.stderr == b""
    repairs = query(filled.path, "SELECT user, operation FROM history WHERE table_name = 'evidence_fts'")
    assert repairs == [("Mender", "repair")]
    with Tracker.open(filled.path, user="x", read_only=True) as t:
        from db.queries import EvidenceFilter, search_evidence

        assert [e.uid for e in search_evidence(t, EvidenceFilter(text="Poland"))] == [filled.ev_pl]
    code, _, err = inproc("check", "--db", filled.path)
    assert (code, err) == (0, "")


def test_check_repair_of_a_healthy_tracker_changes_nothing(filled: Filled):
    before = contents(filled.path)
    code, out, err = inproc("check", "--db", filled.path, "--repair")
    assert (code, err) == (0, "")
    assert "Repaired" not in out and out.splitlines()[-1] == "OK"
    assert contents(filled.path) == before


def test_check_repair_leaves_broken_links_reported(filled: Filled):
    conn = sqlite3.connect(filled.path)
    conn.execute("INSERT INTO evidence_links (evidence_uid, country_code, recommendation_code)"
                 " VALUES ((SELECT uid FROM evidence LIMIT 1), 'XX', 'visa')")
    conn.commit()
    conn.close()
    before = contents(filled.path)
    code, out, err = inproc("check", "--db", filled.path, "--repair")
    assert code == 1
    assert "Links: 1 broken" in out and "Repaired" not in out
    line = assert_one_sentence_error(err)
    assert "does not exist" in line and "--repair" not in line
    assert contents(filled.path) == before


# ---------------------------------------------------------------- copy
@pytest.mark.slow
def test_copy_writes_a_tracker_with_the_same_contents(filled: Filled, tmp_path: Path):
    dest = tmp_path / "copy.db"
    before = fingerprint(filled.path)
    result = run("copy", "--db", filled.path, dest)
    assert result.returncode == 0, result.stderr
    assert f"Saved a copy of {filled.path} to {dest}" in result.stdout.decode()
    assert contents(dest) == contents(filled.path)
    assert fingerprint(filled.path) == before
    assert not Path(f"{dest}-wal").exists()
    assert inproc("check", "--db", dest)[0] == 0


def test_copy_while_the_tracker_is_open_for_writing(filled: Filled, tmp_path: Path):
    with Tracker.open(filled.path, user="Alice") as t:
        ops.set_status(t, "FR", "visa", "none", effective_date="2024-01-01", rationale="r")
        code, out, err = inproc("copy", "--db", filled.path, tmp_path / "copy.db")
        assert (code, err) == (0, "") and "Saved a copy" in out
    assert contents(tmp_path / "copy.db") == contents(filled.path)


def test_copy_refuses_an_existing_destination_unless_forced(filled: Filled, tmp_path: Path):
    dest = tmp_path / "old.db"
    dest.write_bytes(b"precious notes\n")
    code, out, err = inproc("copy", "--db", filled.path, dest)
    assert code == 1 and out == ""
    assert "already exists" in assert_one_sentence_error(err)
    assert dest.read_bytes() == b"precious notes\n"
    code, out, err = inproc("copy", "--db", filled.path, dest, "--force")
    assert (code, err) == (0, "")
    assert contents(dest) == contents(filled.path)


def test_copy_never_overwrites_the_tracker_itself(filled: Filled):
    before = fingerprint(filled.path)
    code, out, err = inproc("copy", "--db", filled.path, filled.path, "--force")
    assert code == 1 and out == ""
    assert "open tracker itself" in assert_one_sentence_error(err)
    assert fingerprint(filled.path) == before


def test_copy_into_a_missing_folder_is_one_sentence(filled: Filled, tmp_path: Path):
    code, out, err = inproc("copy", "--db", filled.path, tmp_path / "nope" / "copy.db")
    assert code == 1 and out == ""
    assert "does not exist" in assert_one_sentence_error(err)
    assert not (tmp_path / "nope").exists()


# ---------------------------------------------------------------- users
def history_users(path: Path, table: str) -> set[str]:
    return {r[0] for r in query(path, "SELECT user FROM history WHERE table_name = ?", [table])}


@pytest.mark.slow
def test_user_option_is_recorded_in_the_history_and_wins_over_the_environment(tracker_path: Path):
    result = run(
        "status", "set", "--db", tracker_path, "FR", "visa", "none", "--date", "2024-01-01", "--rationale", "r",
        "--user", "Carol", env={"POLICY_TRACKER_USER": "Bob"},
    )
    assert result.returncode == 0, result.stderr
    uid = result.stdout.decode().strip()
    assert query(tracker_path, "SELECT user FROM history WHERE row_key = ?", [uid]) == [("Carol",)]
    assert query(tracker_path, "SELECT recorded_by FROM assessments WHERE uid = ?", [uid]) == [("Carol",)]


@pytest.mark.slow
def test_default_user_comes_from_the_environment(tracker_path: Path):
    result = run(
        "evidence", "add", "--db", tracker_path, "--date", "2024-01-01", "--country", "FR", "--recommendation", "visa",
        "--title", "t", "--status", "none", "--rationale", "r", env={"POLICY_TRACKER_USER": "Bob"},
    )
    assert result.returncode == 0, result.stderr
    uid = result.stdout.decode().strip()
    assert query(tracker_path, "SELECT user FROM history WHERE row_key = ?", [uid]) == [("Bob",)]
    assert query(tracker_path, "SELECT recorded_by FROM evidence WHERE uid = ?", [uid]) == [("Bob",)]
    assert history_users(tracker_path, "assessments") == {"Alice", "Bob"}


def test_default_user_falls_back_to_preferences_then_login(tracker_path: Path, isolated_config: Path, monkeypatch):
    (isolated_config / "preferences.json").write_text(json.dumps({"user_name": "  Pref Person "}), encoding="utf-8")
    code, out, _ = inproc(
        "status", "set", "--db", tracker_path, "FR", "visa", "none", "--date", "2024-01-01", "--rationale", "r"
    )
    assert code == 0
    assert query(tracker_path, "SELECT user FROM history WHERE row_key = ?", [out.strip()]) == [("Pref Person",)]
    monkeypatch.setenv("POLICY_TRACKER_USER", "Env Person")
    code, out, _ = inproc(
        "status", "set", "--db", tracker_path, "FR", "tps", "none", "--date", "2024-01-01", "--rationale", "r"
    )
    assert query(tracker_path, "SELECT user FROM history WHERE row_key = ?", [out.strip()]) == [("Env Person",)]
    monkeypatch.delenv("POLICY_TRACKER_USER")
    (isolated_config / "preferences.json").write_text("{ damaged", encoding="utf-8")
    code, out, _ = inproc(
        "status", "set", "--db", tracker_path, "FR", "antiwar", "none", "--date", "2024-01-01", "--rationale", "r"
    )
    assert code == 0
    assert query(tracker_path, "SELECT user FROM history WHERE row_key = ?", [out.strip()]) == [(getpass.getuser(),)]


# ---------------------------------------------------------------- errors
ERRORS = {
    "unknown country": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "Atlantis",
                        "--recommendation", "visa", "--title", "t"],
    "bad date": ["evidence", "add", "--db", "{db}", "--date", "2024-13-01", "--country", "PL",
                 "--recommendation", "visa", "--title", "t"],
    "non-http url": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                     "--recommendation", "visa", "--url", "javascript:alert(1)"],
    "status without rationale": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                                 "--recommendation", "visa", "--title", "t", "--status", "full"],
    "missing --db": ["status", "set", "PL", "visa", "full", "--date", "2024-01-01", "--rationale", "r"],
    "text file as --db": ["status", "set", "--db", "{txt}", "PL", "visa", "full",
                          "--date", "2024-01-01", "--rationale", "r"],
    "nonexistent --db": ["export", "--db", "{missing}", "scorecard"],
    "unknown export kind": ["export", "--db", "{db}", "matrix"],
    "unknown status": ["status", "set", "--db", "{db}", "PL", "visa", "excellent",
                       "--date", "2024-01-01", "--rationale", "r"],
    "check a text file": ["check", "--db", "{txt}"],
    "init in a missing folder": ["init", "{missing_dir}/new.db"],
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(ERRORS))
def test_errors_are_one_sentence_and_write_nothing(tracker_path: Path, tmp_path: Path, case: str):
    txt = tmp_path / "notes.txt"
    txt.write_text("just some notes\n", encoding="utf-8")
    missing = tmp_path / "nope.db"
    args = [
        a.format(db=tracker_path, txt=txt, missing=missing, missing_dir=tmp_path / "no-dir") for a in ERRORS[case]
    ]
    before = {p: fingerprint(p) for p in (tracker_path, txt)}
    result = run(*args)
    assert result.returncode != 0
    assert result.stdout == b""
    assert_one_sentence_error(result.stderr)
    assert {p: fingerprint(p) for p in (tracker_path, txt)} == before
    assert not missing.exists() and not (tmp_path / "no-dir").exists()


IN_PROCESS_ERRORS = {
    "rationale without status": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                                 "--recommendation", "visa", "--title", "t", "--rationale", "why"],
    "no country or group": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01",
                            "--recommendation", "visa", "--title", "t"],
    "no title url or notes": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                              "--recommendation", "visa"],
    "unknown group": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--group", "Nordics",
                      "--recommendation", "visa", "--title", "t"],
    "unknown recommendation": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                               "--recommendation", "space", "--title", "t"],
    "bad kind": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                 "--recommendation", "visa", "--title", "t", "--kind", "blog"],
    "bad confidence": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                       "--recommendation", "visa", "--title", "t", "--status", "full", "--rationale", "r",
                       "--confidence", "sure"],
    "confidence without status": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                                  "--recommendation", "visa", "--title", "t", "--confidence", "verified"],
    "missing attachment": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                           "--recommendation", "visa", "--title", "t", "--attach", "{missing}"],
    "bad archive url": ["evidence", "add", "--db", "{db}", "--date", "2024-01-01", "--country", "PL",
                        "--recommendation", "visa", "--title", "t", "--archive-url", "file:///etc/passwd"],
    "not assessed is not a judgement": ["status", "set", "--db", "{db}", "PL", "visa", "not_assessed",
                                        "--date", "2024-01-01", "--rationale", "r"],
    "blank rationale": ["status", "set", "--db", "{db}", "PL", "visa", "full",
                        "--date", "2024-01-01", "--rationale", "  "],
    "unknown evidence uid": ["status", "set", "--db", "{db}", "PL", "visa", "full", "--date", "2024-01-01",
                             "--rationale", "r", "--evidence", "00000000-0000-4000-8000-000000000000"],
    "status date not a date": ["status", "set", "--db", "{db}", "PL", "visa", "full",
                               "--date", "yesterday", "--rationale", "r"],
    "bad as-of": ["export", "--db", "{db}", "assessments", "--as-of", "2024-02-30"],
    "unknown export group": ["export", "--db", "{db}", "scorecard", "--group", "Nordics"],
    "bad format": ["export", "--db", "{db}", "scorecard", "--format", "pdf"],
    "evidence without action": ["evidence"],
    "status without action": ["status"],
    "unknown command": ["publish", "--db", "{db}"],
    "a folder as --db": ["check", "--db", "{folder}"],
}


@pytest.mark.parametrize("case", list(IN_PROCESS_ERRORS))
def test_more_errors_in_process(tracker_path: Path, tmp_path: Path, case: str):
    args = [a.format(db=tracker_path, missing=tmp_path / "nope.pdf", folder=tmp_path) for a in IN_PROCESS_ERRORS[case]]
    before = fingerprint(tracker_path)
    code, out, err = inproc(*args)
    assert code != 0
    assert out == ""
    assert_one_sentence_error(err)
    assert fingerprint(tracker_path) == before


# ---------------------------------------------------------------- help
@pytest.mark.slow
def test_console_script_help(tmp_path: Path):
    script = Path(sys.executable).with_name("policy-tracker")
    if not script.exists():
        pytest.skip("the policy-tracker console script is not installed next to this Python")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(script), "--help"], capture_output=True, env=env, timeout=60)
    assert result.returncode == 0
    text = result.stdout.decode()
    assert text.startswith("usage: policy-tracker")
    for name in ("init", "evidence", "status", "export", "check"):
        assert name in text


def test_parser_defines_the_documented_subcommands():
    paths = {" ".join(p) for p in command_paths(cli.build_parser())}
    assert {"init", "evidence add", "status set", "export", "check"} <= paths


@pytest.mark.parametrize("path", [" ".join(p) for p in command_paths(cli.build_parser())])
def test_each_subcommand_has_help(path: str, capsys):
    with pytest.raises(SystemExit) as info:
        cli.main([*path.split(), "--help"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: policy-tracker {path}")


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"policy-tracker {cli.__version__}"


def test_export_uses_the_review_interval_from_preferences(tracker_path: Path, isolated_config: Path) -> None:
    """A status 100 days old needs review with a 30-day preference, not with the tracker's 180."""
    import datetime as dt
    import io
    import json

    from tracker.cli import main as cli_main

    day = (dt.date.today() - dt.timedelta(days=100)).isoformat()
    assert cli_main(
        ["status", "set", "--db", str(tracker_path), "FR", "visa", "full", "--date", day, "--rationale", "r"],
        out=io.StringIO(), err=io.StringIO(),
    ) == 0

    def fr_visa() -> bool:
        out = io.StringIO()
        args = ["export", "--db", str(tracker_path), "assessments", "--format", "json"]
        assert cli_main(args, out=out, err=io.StringIO()) == 0
        rows = json.loads(out.getvalue())
        return next(r for r in rows if (r["country_code"], r["recommendation_code"]) == ("FR", "visa"))["needs_review"]

    assert fr_visa() is False
    (isolated_config / "preferences.json").write_text(json.dumps({"review_interval_days": 30}))
    assert fr_visa() is True


# ---------------------------------------------------------------- report, xlsx, import, codebook import
@pytest.mark.slow
def test_report_pdf_and_html_end_to_end(tracker_path: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "ee.pdf"
    result = run(
        "report", "--db", tracker_path, "--country", "Estonia", "--format", "pdf", "--page-size", "Letter", "-o", pdf
    )
    assert result.returncode == 0, result.stderr
    reader = PdfReader(str(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Estonia" in text and "Contrary action" in text and "[1]" in text
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter: 8.5 in
    html = tmp_path / "all.html"
    result = run("report", "--db", tracker_path, "--all", "--format", "html", "-o", html)
    assert result.returncode == 0, result.stderr
    page = html.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "Estonia" in page and "Methodology" in page


@pytest.mark.slow
def test_report_errors_are_one_sentence(tracker_path: Path, tmp_path: Path) -> None:
    before = fingerprint(tracker_path)
    result = run("report", "--db", tracker_path, "--country", "XX", "--format", "pdf", "-o", tmp_path / "x.pdf")
    assert result.returncode != 0
    assert "XX" in assert_one_sentence_error(result.stderr)
    assert not (tmp_path / "x.pdf").exists()
    assert fingerprint(tracker_path) == before
    result = run("report", "--db", tracker_path, "--format", "pdf", "-o", tmp_path / "x.pdf")
    assert result.returncode == 2 and "--country" in assert_one_sentence_error(result.stderr)


@pytest.mark.slow
def test_export_xlsx_end_to_end(tracker_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "t.xlsx"
    result = run("export", "--db", tracker_path, "evidence", "--format", "xlsx", "-o", out)
    assert result.returncode == 0, result.stderr
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["scorecard", "assessments", "history", "evidence"]
    assert wb.active is not None
    assert wb.active.title == "evidence"
    code, _out_text, err_text = inproc("export", "--db", tracker_path, "scorecard", "--format", "xlsx")
    assert code == 2 and "-o FILE.xlsx" in err_text


IMPORT_CSV = (
    "date,countries,recommendations,title,url,status,rationale\n"
    "2025-02-01,DE|FR,tps,Temporary protection extended,https://example.org/tp,partial,Some groups only.\n"
)


@pytest.mark.slow
def test_import_end_to_end_with_dry_run(tracker_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    before = fingerprint(tracker_path)
    dry = run("import", "--db", tracker_path, path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert b"Would import in.csv: 1 row: 1 new" in dry.stdout
    assert fingerprint(tracker_path) == before
    real = run("import", "--db", tracker_path, path, "--user", "Importer")
    assert real.returncode == 0, real.stderr
    assert b"2 statuses set" in real.stdout
    with sqlite3.connect(tracker_path) as conn:
        users = {r[0] for r in conn.execute("SELECT user FROM history WHERE operation = 'import'")}
    assert users == {"Importer"}
    again = run("import", "--db", tracker_path, path)
    assert b"1 duplicate skipped" in again.stdout


@pytest.mark.slow
def test_import_lists_every_error_and_writes_nothing(tracker_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(IMPORT_CSV + "2025-02-30,DE,tps,x,,,\n2025-01-01,Atlantis,tps,y,,,\n", encoding="utf-8")
    before = contents(tracker_path)
    result = run("import", "--db", tracker_path, path)
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert any(line.startswith("bad.csv:3: date:") for line in lines)
    assert any(line.startswith("bad.csv:4: countries:") for line in lines)
    assert lines[-1].startswith("policy-tracker: error: bad.csv has 2 problems")
    assert "Traceback" not in result.stderr.decode()
    # Everything is as it was; only SQLite's own header counters moved (the import
    # switched to a rollback journal and back, see Tracker.bulk_journal).
    assert contents(tracker_path) == before


@pytest.mark.slow
def test_codebook_import_into_a_blank_tracker(tmp_path: Path) -> None:
    db_path = tmp_path / "blank.db"
    assert run("init", db_path, "--blank").returncode == 0
    recs = tmp_path / "recs.csv"
    recs.write_text(
        "code,title,weight\nmedia,Support for independent media,2\nexit,Safe exit routes,1\n", encoding="utf-8"
    )
    result = run("codebook", "import", "--db", db_path, recs)
    assert result.returncode == 0, result.stderr
    assert b"2 recommendations" in result.stdout
    again = run("codebook", "import", "--db", db_path, recs)
    assert again.returncode == 1 and "recommendations" in assert_one_sentence_error(again.stderr)


def test_a_command_that_writes_upgrades_an_older_tracker_saying_so_on_one_line(tracker_path: Path) -> None:
    from db.schema import MIGRATION_SET
    from db.store import pending_upgrade

    conn = sqlite3.connect(tracker_path)  # as an older version left it: m003 not yet applied
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE migration_set = ? AND name = 'm003_folded_search'",
                     [MIGRATION_SET])
    conn.close()
    # A command that only reads refuses it (and writes nothing), saying how to upgrade it.
    code, _out, err = inproc("export", "evidence", "--db", tracker_path)
    assert code == 1 and "older version" in err
    code, _out, err = inproc("status", "set", "--db", tracker_path, "FR", "visa", "partial", "--date", "2024-01-02",
                            "--rationale", "Decree.")
    assert code == 0, err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"policy-tracker: upgrading {tracker_path} to this version (once")
    assert "tracker.before-upgrade.db" in lines[0]
    assert pending_upgrade(tracker_path) == []
    assert pending_upgrade(tracker_path.with_name("tracker.before-upgrade.db")) == ["m003_folded_search"]
    code, _out, err = inproc("status", "set", "--db", tracker_path, "FR", "visa", "full", "--date", "2024-01-03",
                            "--rationale", "Law.")
    assert code == 0 and err == ""  # once only


# ---------------------------------------------------------------- values that begin with '-' (issue 12 item 11)
@pytest.mark.parametrize("style", ["separate", "equals"])
def test_free_text_values_may_begin_with_a_dash(tracker_path: Path, style: str):
    """``--title -5%`` was refused ("expected one argument"): argparse reads any word that begins
    with '-' and has no space as an option.  Every option that takes a value now takes it."""
    values = {
        "--title": "-5% quota", "--notes": "-not a flag", "--publisher": "-Ministry-",
        "--rationale": "-10% since May", "--user": "-bot-", "--language": "-x",
    }
    if style == "separate":
        values["--title"] = "-5%"  # no space: the case argparse took for an option
    words: list[str] = []
    for option, value in values.items():
        words += [option, value] if style == "separate" else [f"{option}={value}"]
    code, out, err = inproc(
        "evidence", "add", "--db", tracker_path, "--date", "2024-04-02", "--country", "PL",
        "--recommendation", "visa", "--status", "partial", *words,
    )
    assert code == 0, err
    uid = out.strip()
    [row] = query(tracker_path, "SELECT title, notes, publisher, language, recorded_by FROM evidence WHERE uid = ?",
                  [uid])
    assert row == (values["--title"], "-not a flag", "-Ministry-", "-x", "-bot-")
    assert query(tracker_path, "SELECT rationale FROM assessments ORDER BY rowid DESC LIMIT 1") == [("-10% since May",)]


def test_status_set_takes_a_rationale_beginning_with_a_dash(tracker_path: Path):
    code, _out, err = inproc("status", "set", "--db", tracker_path, "FR", "visa", "partial", "--date", "2024-01-02",
                             "--rationale", "-3 visas a day")
    assert code == 0, err
    assert query(tracker_path, "SELECT rationale FROM assessments ORDER BY rowid DESC LIMIT 1") == [("-3 visas a day",)]


def test_an_option_name_after_an_option_is_still_a_missing_value(tracker_path: Path):
    before = fingerprint(tracker_path)
    code, out, err = inproc("evidence", "add", "--db", tracker_path, "--date", "2024-04-02", "--country", "PL",
                            "--recommendation", "visa", "--title", "--notes", "x")
    assert code == 2 and out == ""
    line = assert_one_sentence_error(err)
    assert "--title: expected one argument" in line and "--option=VALUE" in line
    assert fingerprint(tracker_path) == before


# ---------------------------------------------------------------- backup and restore
@pytest.fixture
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups go to a temporary data folder (as the app's, computed without Qt)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(folder))
    return folder


def test_backup_makes_one_now_in_the_data_folder_and_says_where(tracker_path: Path, data_dir: Path) -> None:
    code, out, err = inproc("backup", "--db", tracker_path)
    assert code == 0 and err == ""
    made = Path(out.split(" to ", 1)[1].split(":")[0])
    assert made.is_file() and made.is_relative_to(data_dir / "backups") and made.name.endswith("-manual.db")
    assert out.startswith(f"Backed up {tracker_path} to ") and "evidence" in out
    assert list(tracker_path.parent.glob("*.db")) == [tracker_path]  # nothing beside the tracker


def test_restore_lists_then_restores_a_backup_backing_up_the_current_state(tracker_path: Path, data_dir: Path) -> None:
    assert inproc("backup", "--db", tracker_path)[0] == 0
    code, out, err = inproc("restore", "--db", tracker_path, "--list")
    assert code == 0 and err == ""
    (line,) = out.splitlines()
    name = line.split()[0]
    assert name.endswith("-manual.db") and "made by hand" in line and "evidence" in line and "assessments" in line
    code, _out, err = inproc("evidence", "add", "--db", tracker_path, "--date", "2024-03-01", "--country", "FR",
                             "--recommendation", "visa", "--title", "After the backup")
    assert code == 0, err
    code, out, err = inproc("restore", "--db", tracker_path, name)
    assert code == 0, err
    assert out.startswith(f"Restored {tracker_path} from {name}; the tracker as it was is kept as ")
    with Tracker.open(tracker_path, user="x", read_only=True) as t:
        assert "After the backup" not in {r["title"] for r in t.db.query("SELECT title FROM evidence")}
    code, out, _err = inproc("restore", "--db", tracker_path, "--list")
    assert "before restore" in out.splitlines()[0]


def test_restore_refuses_a_bad_backup_in_one_sentence(tracker_path: Path, data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a tracker")
    before = fingerprint(tracker_path)
    code, out, err = inproc("restore", "--db", tracker_path, bad)
    assert code == 1 and out == ""
    assert err.startswith("policy-tracker: error: Nothing was restored") and err.count("\n") == 1
    code, _out, err = inproc("restore", "--db", tracker_path, "no-such-backup.db")
    assert code == 1 and "restore --list" in err and err.count("\n") == 1
    code, _out, err = inproc("restore", "--db", tracker_path)
    assert code == 2 and err.count("\n") == 1
    assert fingerprint(tracker_path) == before


def test_import_and_codebook_import_take_a_backup_first(tracker_path: Path, data_dir: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("date,country,recommendation,title\n2024-03-01,FR,visa,Circular\n", encoding="utf-8")
    code, _out, err = inproc("import", "--db", tracker_path, csv_file)
    assert code == 0 and err == ""
    code, out, _err = inproc("restore", "--db", tracker_path, "--list")
    assert "before import" in out
    blank = tmp_path / "blank.db"
    assert inproc("init", blank, "--blank")[0] == 0
    book = tmp_path / "book.json"
    from db.codebook import default_codebook_text

    book.write_text(default_codebook_text(), encoding="utf-8")
    code, _out, err = inproc("codebook", "import", "--db", blank, book)
    assert code == 0, err
    code, out, _err = inproc("restore", "--db", blank, "--list")
    assert "before codebook change" in out


def test_a_backup_that_cannot_be_made_is_one_line_and_the_import_goes_ahead(
    tracker_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(tmp_path / "Dropbox" / "Policy Tracker"))
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("date,country,recommendation,title\n2024-03-01,FR,visa,Circular\n", encoding="utf-8")
    code, out, err = inproc("import", "--db", tracker_path, csv_file)
    assert code == 0 and out.startswith("Imported in.csv")
    assert err.startswith("policy-tracker: warning: No backup was made") and err.count("\n") == 1
    assert "cloud-synced" in err


# ---------------------------------------------------------------- codebook export
def test_codebook_export_then_init_codebook_gives_the_same_codebook(tracker_path: Path, tmp_path: Path) -> None:
    """The round trip a campaign makes: export its codebook, start another team's tracker from it."""
    from db.queries import codebook_view

    with Tracker.open(tracker_path, user="Alice") as t:
        ops.edit_recommendation(t, "visa", weight=3)
        ops.archive_recommendation(t, "students")
        ops.add_group(t, "Nordics", ["DK", "FI", "NO", "SE", "IS"])
        ops.set_meta(t, "min_coverage_for_grade", "0.8")
        before = codebook_view(t)
    book = tmp_path / "book.json"
    result = run("codebook", "export", "--db", tracker_path, "-o", book)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"Exported the codebook of {tracker_path} to {book}: 5 recommendations.\n"
    assert result.stderr == b""
    copy = tmp_path / "copy.db"
    assert run("init", copy, "--codebook", book).returncode == 0
    with Tracker.open(copy, user="Bob", read_only=True) as t:
        after = codebook_view(t)
    assert [(r.code, r.title, r.text, r.guidance, r.weight, r.archived) for r in after.recommendations] == [
        (r.code, r.title, r.text, r.guidance, r.weight, r.archived) for r in before.recommendations
    ]
    assert after.statuses == before.statuses and after.grades == before.grades
    assert after.countries == before.countries and after.groups == before.groups
    assert after.min_coverage_for_grade == 0.8
    assert (after.title, after.description, after.source, after.review_interval_days) == (
        before.title, before.description, before.source, before.review_interval_days)


def test_codebook_export_to_standard_output_is_the_file(tracker_path: Path, tmp_path: Path) -> None:
    code, out, err = inproc("codebook", "export", "--db", tracker_path, "-o", "-")
    assert code == 0 and err == ""
    book = tmp_path / "book.json"
    assert inproc("codebook", "export", "--db", tracker_path, "-o", book)[0] == 0
    assert out == book.read_text(encoding="utf-8")
    assert json.loads(out)["recommendations"][0]["code"] == "visa"


def test_codebook_export_keeps_an_existing_file_unless_force(tracker_path: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.json"
    book.write_text("mine", encoding="utf-8")
    before = fingerprint(tracker_path)
    code, out, err = inproc("codebook", "export", "--db", tracker_path, "-o", book)
    assert code != 0 and out == ""
    assert err.startswith("policy-tracker: error: ") and "already exists" in err and "--force" in err
    assert err.count("\n") == 1
    assert book.read_text(encoding="utf-8") == "mine" and fingerprint(tracker_path) == before
    code, _out, err = inproc("codebook", "export", "--db", tracker_path, "-o", book, "--force")
    assert code == 0, err
    assert json.loads(book.read_text(encoding="utf-8"))["title"]


def test_codebook_export_needs_an_output(tracker_path: Path) -> None:
    code, out, err = inproc("codebook", "export", "--db", tracker_path)
    assert code == cli.EXIT_USAGE and out == "" and "-o" in err


# ---------------------------------------------------------------- review (issue 13)
def review_rows(path: Path, *args: str) -> list[dict[str, str]]:
    code, out, err = inproc("review", "list", "--db", path, *args)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split("\t") == list(cli.REVIEW_LIST_COLUMNS)
    return [dict(zip(cli.REVIEW_LIST_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]


def test_review_require_list_approve_and_return_from_the_command_line(filled: Filled):
    path = filled.path
    code, out, _ = inproc("review", "require", "on", "--db", path, "--user", "Coordinator")
    assert code == 0 and "now required" in out
    code, out, err = inproc("status", "set", "--db", path, "PL", "visa", "contrary", "--date", "2024-09-01",
                            "--rationale", "Closed", "--user", "Alice")
    assert code == 0 and UUID_LINE.match(out) and "Proposed" in err
    proposal = out.strip()
    code, out, _ = inproc("status", "set", "--db", path, "LT", "visa", "full", "--date", "2024-09-01",
                          "--rationale", "Open", "--user", "Alice")
    second = out.strip()
    # a proposal does not count until approved
    assert cell(json_rows(inproc("export", "--db", path, "assessments", "--format", "json")[1]), "PL",
                "visa")["status_code"] == "full"
    rows = review_rows(path)
    assert [(r["uid"], r["state"], r["proposed_status"], r["approved_status"], r["proposed_by"]) for r in rows] == [
        (second, "proposed", "full", "", "Alice"), (proposal, "proposed", "contrary", "full", "Alice"),
    ]
    assert review_rows(path, "--not-by", "Alice") == []

    before = contents(path)
    code, _, err = inproc("review", "approve", proposal, "--db", path, "--user", "Alice")
    assert code == cli.EXIT_ERROR and "another person must approve it" in assert_one_sentence_error(err)
    code, _, err = inproc("review", "return", second, "--db", path, "--user", "Bob")
    assert code == cli.EXIT_USAGE and "--comment" in err  # a return needs a comment
    code, _, err = inproc("review", "return", second, "--comment", "  ", "--db", path, "--user", "Bob")
    assert code == cli.EXIT_ERROR and "Say why" in assert_one_sentence_error(err)
    code, _, err = inproc("review", "withdraw", second, "--db", path, "--user", "Bob")
    assert code == cli.EXIT_ERROR and "Only Alice" in assert_one_sentence_error(err)
    assert contents(path) == before  # every refusal wrote nothing

    code, out, err = inproc("review", "approve", proposal, "--db", path, "--user", "Bob")
    assert code == 0, err
    assert out.startswith(f"Approved {proposal}: PL visa")
    code, _, err = inproc("review", "approve", proposal, "--db", path, "--user", "Carol")
    assert code == cli.EXIT_ERROR and "not waiting for review" in assert_one_sentence_error(err)
    code, out, err = inproc("review", "return", second, "--comment", "Which law?", "--db", path, "--user", "Bob")
    assert code == 0 and out.startswith(f"Returned {second}")

    rows = json_rows(inproc("export", "--db", path, "assessments", "--format", "json")[1])
    pl = cell(rows, "PL", "visa")
    assert (pl["uid"], pl["status_code"], pl["recorded_by"], pl["review_state"], pl["reviewed_by"]) == (
        proposal, "contrary", "Alice", "approved", "Bob",
    )
    assert cell(rows, "LT", "tps")["review_state"] == "not_required"
    [returned] = review_rows(path, "--state", "returned", "--by", "Alice")
    assert (returned["uid"], returned["reviewed_by"], returned["comment"]) == (second, "Bob", "Which law?")
    assert {r["state"] for r in review_rows(path, "--state", "all")} == {"approved", "returned"}
    code, out, _ = inproc("review", "require", "off", "--db", path, "--user", "Coordinator")
    assert code == 0 and "not required" in out


def test_export_and_report_include_proposed_statuses_only_when_asked_and_say_so(filled: Filled, tmp_path: Path):
    path = filled.path
    inproc("review", "require", "on", "--db", path, "--user", "Coordinator")
    _, out, _ = inproc("status", "set", "--db", path, "PL", "visa", "contrary", "--date", "2024-09-01",
                       "--rationale", "Closed", "--user", "Alice")
    proposal = out.strip()
    plain = json_rows(inproc("export", "--db", path, "history", "--format", "json")[1])
    assert proposal not in {r["uid"] for r in plain}
    code, out, err = inproc("export", "--db", path, "history", "--format", "json", "--include-proposed")
    assert code == 0, err
    assert {r["uid"]: r["review_state"] for r in json_rows(out)}[proposal] == "proposed"
    code, out, _ = inproc("export", "--db", path, "scorecard", "--format", "csv", "--include-proposed")
    header = out.lstrip("\ufeff").splitlines()[0]
    pl_row = next(line for line in out.splitlines() if line.startswith("PL,"))
    assert header.endswith(",note") and pl_row.endswith("Includes proposed statuses not yet reviewed")
    code, _, err = inproc("export", "--db", path, "scorecard", "--format", "xlsx", "-o", tmp_path / "s.xlsx",
                          "--include-proposed")
    assert code == 0 and "includes proposed statuses" in err.lower()
    report = tmp_path / "pl.html"
    code, _, err = inproc("report", "--db", path, "--country", "PL", "--format", "html", "-o", report,
                          "--include-proposed")
    assert code == 0 and "includes proposed statuses" in err
    html = report.read_text(encoding="utf-8")
    assert "Includes proposed statuses not yet reviewed." in html and "proposed by Alice, not yet reviewed" in html
    code, _, _ = inproc("report", "--db", path, "--country", "PL", "--format", "html", "-o", report)
    assert code == 0 and "proposed" not in report.read_text(encoding="utf-8").lower()
