"""Every change a user can make to a tracker (db/ops.py).

For each operation: the data changes as a user sees it (through db.queries),
exactly the expected history records exist, and bad input raises an error
naming the field while writing nothing at all.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db import NotFoundError, Tracker, ValidationError, ops, queries
from db.store import format_timestamp


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid

EXAMPLE_UID_QUERY = "SELECT uid FROM evidence ORDER BY rowid LIMIT 1"


# ---------------------------------------------------------------- helpers
def db_hash(t: Tracker) -> str:
    """A hash of every row of every table (FTS index included), in order."""
    return hashlib.sha256("\n".join(t.db.conn.iterdump()).encode("utf-8")).hexdigest()


def ts(clock: Any, micro: int = 0) -> str:
    """The timestamp the tracker records at the fake clock's time (plus ``micro`` µs)."""
    return format_timestamp(clock.now + dt.timedelta(microseconds=micro))


def mark(t: Tracker) -> int:
    return t.db.execute("SELECT coalesce(max(rowid), 0) FROM history").fetchone()[0]


def history_since(t: Tracker, since: int) -> list[dict[str, Any]]:
    rows = list(t.db.query("SELECT * FROM history WHERE rowid > ? ORDER BY rowid", [since]))
    for r in rows:
        r["before"] = None if r["before"] is None else json.loads(r["before"])
        r["after"] = None if r["after"] is None else json.loads(r["after"])
    return rows


def check_entry(
    entry: dict[str, Any], *, table: str, key: str, action: str, operation: str, at: str
) -> None:
    assert entry["user"] == "Alice"
    assert entry["table_name"] == table
    assert entry["row_key"] == key
    assert entry["action"] == action
    assert entry["operation"] == operation
    assert entry["at"] == at


def evidence(t: Tracker, uid: str) -> queries.EvidenceItem:
    [item] = queries.get_evidence(t, [uid])
    return item


def cell(t: Tracker, country: str, rec: str, as_of: str = "2026-01-15") -> queries.CellStatus:
    return queries.current_statuses(t, as_of)[(country, rec)]


def add(t: Tracker, **kwargs: Any) -> str:
    """Add evidence with sensible defaults; returns its uid."""
    args: dict[str, Any] = {
        "event_date": "2023-03-10", "countries": ["FR"], "recommendations": ["visa"], "title": "A source",
    }
    args.update(kwargs)
    return uid_of(ops.add_evidence(t, **args))


# ---------------------------------------------------------------- add_evidence
def test_add_evidence_links_every_cell(tracker: Tracker, clock) -> None:
    clock.advance(hours=2)
    since = mark(tracker)
    change = ops.add_evidence(
        tracker,
        event_date="2023-03-10",
        countries=["FR", "DEU", "Poland"],
        recommendations=["visa", "Penalties on the Lukashenka regime"],
        title="  Joint statement on visas  ",
        url="https://example.org/statement",
        archive_url="https://web.archive.org/web/2023/https://example.org/statement",
        accessed_on="2023-03-11",
        publisher="Foreign ministries",
        source_kind="Official",
        language="en",
        notes="Signed by three ministers.",
    )
    uid = change.uid
    assert uid is not None and len(uid) == 36
    item = evidence(tracker, uid)
    assert item.title == "Joint statement on visas"
    assert item.url == "https://example.org/statement"
    assert item.archive_url == "https://web.archive.org/web/2023/https://example.org/statement"
    assert (item.event_date, item.accessed_on) == ("2023-03-10", "2023-03-11")
    assert (item.publisher, item.source_kind, item.language) == ("Foreign ministries", "official", "en")
    assert item.countries == ("DE", "FR", "PL")
    assert item.recommendations == ("visa", "sanctions")
    assert set(item.cells) == {(c, r) for c in ("DE", "FR", "PL") for r in ("visa", "sanctions")}
    assert (item.recorded_by, item.recorded_at, item.updated_at, item.archived) == (
        "Alice", ts(clock), ts(clock), False,
    )
    assert change.cells == set(item.cells)
    assert change.assessments == set()
    # The matrix counts it from its event date on, and sets no status.
    on_day = queries.current_statuses(tracker, "2023-03-10")
    day_before = queries.current_statuses(tracker, "2023-03-09")
    for c in item.cells:
        assert on_day[c].evidence_count == 1
        assert on_day[c].status_code == "not_assessed"
        assert day_before[c].evidence_count == 0
    assert on_day[("FR", "tps")].evidence_count == 0
    assert queries.counts(tracker)["assessments"] == 1  # only the shipped Estonia example
    [entry] = history_since(tracker, since)
    check_entry(entry, table="evidence", key=uid, action="insert", operation="add_evidence", at=ts(clock))
    assert entry["before"] is None
    after = entry["after"]
    assert after["uid"] == uid
    assert after["title"] == "Joint statement on visas"
    assert after["url"] == "https://example.org/statement"
    assert after["event_date"] == "2023-03-10"
    assert after["source_kind"] == "official"
    assert after["notes"] == "Signed by three ministers."
    assert after["recorded_by"] == "Alice"
    assert after["archived"] == 0
    assert after["attachment"] is None
    assert after["cells"] == ["DE:sanctions", "DE:visa", "FR:sanctions", "FR:visa", "PL:sanctions", "PL:visa"]


def test_add_evidence_for_a_group_links_every_member(tracker: Tracker, clock) -> None:
    """An EU-wide measure entered once for the group reaches each member's cell."""
    since = mark(tracker)
    uid = add(tracker, countries=[], groups=["EU"], recommendations=["sanctions"], title="EU sanctions package")
    item = evidence(tracker, uid)
    eu = queries.codebook_view(tracker).groups["EU"]
    assert len(eu) == 27
    assert item.countries == tuple(sorted(eu))
    assert set(item.cells) == {(c, "sanctions") for c in eu}
    cells = queries.current_statuses(tracker, "2023-03-10")
    assert all(cells[(c, "sanctions")].evidence_count == 1 for c in eu)
    assert cells[("US", "sanctions")].evidence_count == 0
    [entry] = history_since(tracker, since)
    assert len(entry["after"]["cells"]) == 27


def test_add_evidence_for_a_group_and_countries_links_each_cell_once(tracker: Tracker) -> None:
    uid = add(tracker, countries=["EE", "Estonia", "US"], groups=["baltic STATES"], recommendations=["tps", "tps"])
    item = evidence(tracker, uid)
    assert item.cells == (("EE", "tps"), ("LT", "tps"), ("LV", "tps"), ("US", "tps"))


def test_add_evidence_for_a_group_skips_archived_members(tracker: Tracker) -> None:
    ops.archive_country(tracker, "LV")
    uid = add(tracker, countries=[], groups=["Baltic states"], recommendations=["tps"])
    assert evidence(tracker, uid).countries == ("EE", "LT")


def test_add_evidence_with_an_attachment(tracker: Tracker, clock) -> None:
    data = b"%PDF-1.4\n% decree text \x00\xff binary\n"
    since = mark(tracker)
    uid = add(tracker, attachment=ops.Attachment("decree.pdf", data, "application/pdf"))
    facts = {
        "name": "decree.pdf", "type": "application/pdf", "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
    }
    found = ops.attachment_data(tracker, uid)
    assert found is not None
    assert found[0] == facts
    assert found[1] == data
    assert evidence(tracker, uid).attachment_name == "decree.pdf"
    [entry] = history_since(tracker, since)
    assert entry["after"]["attachment"] == facts  # the facts, not the bytes


def test_attachment_from_a_file_guesses_its_type(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the meeting", encoding="utf-8")
    uid = add(tracker, attachment=ops.Attachment.from_path(path))
    found = ops.attachment_data(tracker, uid)
    assert found is not None
    assert (found[0]["name"], found[0]["type"], found[0]["size"]) == ("minutes.txt", "text/plain", 22)
    assert found[1] == b"Minutes of the meeting"


def test_attachment_from_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as err:
        ops.Attachment.from_path(tmp_path / "gone.pdf")
    assert err.value.field == "attachment"
    assert "gone.pdf" in str(err.value)


def test_evidence_without_attachment_has_none(tracker: Tracker) -> None:
    uid = add(tracker)
    assert ops.attachment_data(tracker, uid) is None
    assert evidence(tracker, uid).attachment_name is None


def test_add_evidence_with_a_status_sets_each_linked_cell(tracker: Tracker, clock) -> None:
    clock.advance(minutes=3)
    since = mark(tracker)
    change = ops.add_evidence(
        tracker,
        event_date="2022-05-01",
        countries=["LT", "LV"],
        recommendations=["tps", "students"],
        title="Protection for Belarusians already in the country",
        status="Partly implemented",
        rationale="  Only for those already in the country.  ",
        confidence="Verified",
    )
    uid = uid_of(change)
    cells = [("LT", "students"), ("LT", "tps"), ("LV", "students"), ("LV", "tps")]
    assert len(change.assessments) == 4
    on_day = queries.current_statuses(tracker, "2022-05-01")
    before = queries.current_statuses(tracker, "2022-04-30")
    for c in cells:
        s = on_day[c]
        assert (s.status_code, s.score, s.effective_date) == ("partial", 75, "2022-05-01")
        assert s.confidence == "verified"
        assert s.rationale == "Only for those already in the country."
        assert s.evidence_uids == (uid,)
        assert s.recorded_by == "Alice"
        assert s.assessment_uid in change.assessments
        assert before[c].status_code == "not_assessed"
    assert on_day[("LT", "visa")].status_code == "not_assessed"
    assert len({on_day[c].assessment_uid for c in cells}) == 4
    entries = history_since(tracker, since)
    assert [e["table_name"] for e in entries] == ["evidence"] + ["assessments"] * 4
    check_entry(entries[0], table="evidence", key=uid, action="insert", operation="add_evidence", at=ts(clock))
    seen = set()
    for i, e in enumerate(entries[1:], 1):
        check_entry(
            e, table="assessments", key=e["row_key"], action="insert", operation="add_evidence", at=ts(clock, i),
        )
        assert e["before"] is None
        a = e["after"]
        assert a["uid"] == e["row_key"]
        assert (a["status_code"], a["effective_date"], a["confidence"]) == ("partial", "2022-05-01", "verified")
        assert a["evidence"] == [uid]
        assert a["recorded_by"] == "Alice"
        seen.add((a["country_code"], a["recommendation_code"]))
    assert seen == set(cells)
    assert {e["row_key"] for e in entries[1:]} == change.assessments


def test_add_evidence_status_confidence_defaults_to_reported(tracker: Tracker) -> None:
    add(tracker, status="full", rationale="In force.")
    assert cell(tracker, "FR", "visa").confidence == "reported"


def test_add_evidence_takes_the_title_from_the_notes(tracker: Tracker) -> None:
    uid = add(tracker, title=None, notes="Parliament passes the visa bill\nSecond reading on Tuesday.")
    assert evidence(tracker, uid).title == "Parliament passes the visa bill"
    long_line = "word " * 40
    uid2 = add(tracker, title="   ", notes=long_line)
    title = evidence(tracker, uid2).title
    assert title is not None
    assert len(title) <= 80
    assert title.endswith("…")
    assert long_line.startswith(title[:-1])


def test_add_evidence_with_only_a_url(tracker: Tracker) -> None:
    uid = add(tracker, title=None, url="https://example.org/only")
    item = evidence(tracker, uid)
    assert (item.title, item.url) == (None, "https://example.org/only")


def test_add_evidence_keeps_a_given_uid(tracker: Tracker) -> None:
    """Imports re-use the uid of exported records."""
    uid = "3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f"
    assert add(tracker, uid=uid) == uid
    assert evidence(tracker, uid).title == "A source"


# ---------------------------------------------------------------- edit_evidence
def test_edit_evidence_fields(tracker: Tracker, clock) -> None:
    uid = add(tracker, title="Draft headline", url="https://example.org/1")
    created_at = evidence(tracker, uid).recorded_at
    clock.advance(minutes=5)
    since = mark(tracker)
    change = ops.edit_evidence(
        tracker, uid, title="Final headline", url="https://example.org/2", publisher="Ministry", event_date="2023-03-12"
    )
    item = evidence(tracker, uid)
    assert (item.title, item.url, item.publisher, item.event_date) == (
        "Final headline", "https://example.org/2", "Ministry", "2023-03-12",
    )
    assert item.recorded_at == created_at
    assert item.updated_at == ts(clock)
    assert change.cells == {("FR", "visa")}
    # The search index follows the edit.
    assert [e.uid for e in queries.search_evidence(tracker, queries.EvidenceFilter(text="final"))] == [uid]
    assert queries.search_evidence(tracker, queries.EvidenceFilter(text="draft")) == []
    [entry] = history_since(tracker, since)
    check_entry(entry, table="evidence", key=uid, action="update", operation="edit_evidence", at=ts(clock))
    assert (entry["before"]["title"], entry["after"]["title"]) == ("Draft headline", "Final headline")
    assert (entry["before"]["url"], entry["after"]["url"]) == ("https://example.org/1", "https://example.org/2")
    assert (entry["before"]["publisher"], entry["after"]["publisher"]) == (None, "Ministry")
    assert (entry["before"]["event_date"], entry["after"]["event_date"]) == ("2023-03-10", "2023-03-12")
    assert (entry["before"]["updated_at"], entry["after"]["updated_at"]) == (created_at, ts(clock))


def test_edit_evidence_replaces_links(tracker: Tracker, clock) -> None:
    uid = add(tracker, countries=["FR"], recommendations=["visa"])
    since = mark(tracker)
    change = ops.edit_evidence(tracker, uid, countries=["LT", "Latvia"])
    assert evidence(tracker, uid).cells == (("LT", "visa"), ("LV", "visa"))
    assert change.cells == {("FR", "visa"), ("LT", "visa"), ("LV", "visa")}
    cells = queries.current_statuses(tracker, "2023-04-01")
    assert cells[("FR", "visa")].evidence_count == 0
    assert cells[("LT", "visa")].evidence_count == 1
    ops.edit_evidence(tracker, uid, recommendations=["tps"])
    assert evidence(tracker, uid).cells == (("LT", "tps"), ("LV", "tps"))
    ops.edit_evidence(tracker, uid, groups=["Baltic states"])
    assert evidence(tracker, uid).cells == (("EE", "tps"), ("LT", "tps"), ("LV", "tps"))
    entries = history_since(tracker, since)
    assert [(e["action"], e["row_key"]) for e in entries] == [("update", uid)] * 3
    assert (entries[0]["before"]["cells"], entries[0]["after"]["cells"]) == (["FR:visa"], ["LT:visa", "LV:visa"])
    assert entries[1]["after"]["cells"] == ["LT:tps", "LV:tps"]
    assert entries[2]["after"]["cells"] == ["EE:tps", "LT:tps", "LV:tps"]


def test_edit_evidence_replaces_and_removes_the_attachment(tracker: Tracker, clock) -> None:
    uid = add(tracker, attachment=ops.Attachment("first.txt", b"first version", "text/plain"))
    since = mark(tracker)
    new = b"country,status\nFR,full\n"
    ops.edit_evidence(tracker, uid, attachment=ops.Attachment("second.csv", new, "text/csv"))
    found = ops.attachment_data(tracker, uid)
    assert found is not None
    assert found[0] == {
        "name": "second.csv", "type": "text/csv", "size": len(new), "sha256": hashlib.sha256(new).hexdigest(),
    }
    assert found[1] == new
    ops.edit_evidence(tracker, uid, attachment=None)
    assert ops.attachment_data(tracker, uid) is None
    assert evidence(tracker, uid).attachment_name is None
    assert tracker.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    replaced, removed = history_since(tracker, since)
    assert replaced["before"]["attachment"]["name"] == "first.txt"
    assert replaced["after"]["attachment"]["name"] == "second.csv"
    assert replaced["after"]["attachment"]["sha256"] == hashlib.sha256(new).hexdigest()
    assert removed["before"]["attachment"]["name"] == "second.csv"
    assert removed["after"]["attachment"] is None


def test_edit_evidence_without_a_change_records_nothing(tracker: Tracker, clock) -> None:
    uid = add(tracker, title="Same", publisher="Gov")
    before = db_hash(tracker)
    clock.advance(minutes=1)
    ops.edit_evidence(tracker, uid, title="  Same ", publisher="Gov", countries=["FR"])
    assert db_hash(tracker) == before


def test_edit_evidence_clearing_the_title_takes_it_from_the_notes(tracker: Tracker) -> None:
    uid = add(tracker, title="Old", notes="Decree 12 signed\nDetails follow.")
    ops.edit_evidence(tracker, uid, title="")
    assert evidence(tracker, uid).title == "Decree 12 signed"


# ---------------------------------------------------------------- archive / restore evidence
def test_archive_and_restore_evidence(tracker: Tracker, clock) -> None:
    uid = add(tracker, title="Leaked memo")
    clock.advance(seconds=30)
    since = mark(tracker)
    ops.archive_evidence(tracker, uid)
    text = queries.EvidenceFilter(text="memo")
    assert queries.search_evidence(tracker, text) == []
    archived = queries.search_evidence(tracker, queries.EvidenceFilter(text="memo", include_archived=True))
    assert [(e.uid, e.archived) for e in archived] == [(uid, True)]
    assert cell(tracker, "FR", "visa").evidence_count == 0
    assert queries.evidence_for_cell(tracker, "FR", "visa") == []
    assert queries.counts(tracker)["archived_evidence"] == 1
    ops.archive_evidence(tracker, uid)  # already archived: nothing more happens
    [entry] = history_since(tracker, since)
    check_entry(entry, table="evidence", key=uid, action="archive", operation="archive_evidence", at=ts(clock))
    assert (entry["before"]["archived"], entry["after"]["archived"]) == (0, 1)
    clock.advance(seconds=30)
    since = mark(tracker)
    ops.archive_evidence(tracker, uid, archived=False)
    assert [e.uid for e in queries.search_evidence(tracker, text)] == [uid]
    assert cell(tracker, "FR", "visa").evidence_count == 1
    [entry] = history_since(tracker, since)
    check_entry(entry, table="evidence", key=uid, action="restore", operation="restore_evidence", at=ts(clock))
    assert (entry["before"]["archived"], entry["after"]["archived"]) == (1, 0)


# ---------------------------------------------------------------- set_status
def test_set_status(tracker: Tracker, clock) -> None:
    ev = add(tracker, countries=["EE"], recommendations=["tps"], title="Bill tabled")
    clock.advance(days=1)
    since = mark(tracker)
    change = ops.set_status(
        tracker, "est", "Temporary protected status for those in need", "Announced",
        effective_date="2022-06-01", rationale="  Bill tabled in parliament. ", confidence="claimed", evidence=[ev],
    )
    a_uid = uid_of(change)
    assert change.cells == {("EE", "tps")} and change.assessments == {a_uid}
    s = cell(tracker, "EE", "tps", "2022-06-01")
    assert (s.status_code, s.status_label, s.score) == ("announced", "Announced", 50)
    assert (s.effective_date, s.rationale, s.confidence) == ("2022-06-01", "Bill tabled in parliament.", "claimed")
    assert (s.assessment_uid, s.evidence_uids, s.recorded_by, s.recorded_at) == (a_uid, (ev,), "Alice", ts(clock))
    assert cell(tracker, "EE", "tps", "2022-05-31").status_code == "not_assessed"
    [entry] = history_since(tracker, since)
    check_entry(entry, table="assessments", key=a_uid, action="insert", operation="set_status", at=ts(clock))
    assert entry["before"] is None
    assert entry["after"] == {
        "uid": a_uid, "country_code": "EE", "recommendation_code": "tps", "status_code": "announced",
        "effective_date": "2022-06-01", "rationale": "Bill tabled in parliament.", "confidence": "claimed",
        "recorded_by": "Alice", "recorded_at": ts(clock), "updated_at": ts(clock), "evidence": [ev],
    }


def test_a_new_judgement_keeps_the_old_one_as_history(tracker: Tracker, clock) -> None:
    first = uid_of(ops.set_status(tracker, "FR", "visa", "none", effective_date="2022-03-01", rationale="Nothing yet."))
    clock.advance(days=1)
    second = uid_of(ops.set_status(
        tracker, "FR", "visa", "full", effective_date="2023-01-01", rationale="Now in force.",
    ))
    assert cell(tracker, "FR", "visa").assessment_uid == second
    assert cell(tracker, "FR", "visa", "2022-12-31").assessment_uid == first
    assert [h.assessment_uid for h in queries.assessment_history(tracker, country="FR")] == [first, second]


# ---------------------------------------------------------------- correct_assessment
def test_correct_assessment(tracker: Tracker, clock) -> None:
    ev = add(tracker, title="Decree")
    a_uid = uid_of(ops.set_status(tracker, "FR", "visa", "full", effective_date="2023-01-01", rationale="Tyop"))
    recorded = cell(tracker, "FR", "visa").recorded_at
    n = queries.counts(tracker)["assessments"]
    clock.advance(hours=1)
    since = mark(tracker)
    change = ops.correct_assessment(
        tracker, a_uid, status="Partly implemented", effective_date="2023-01-02", rationale="Typo fixed.",
        confidence="verified", evidence=[ev],
    )
    assert change.cells == {("FR", "visa")}
    assert queries.counts(tracker)["assessments"] == n  # corrected in place, not added
    s = cell(tracker, "FR", "visa")
    assert (s.assessment_uid, s.status_code, s.effective_date, s.rationale, s.confidence) == (
        a_uid, "partial", "2023-01-02", "Typo fixed.", "verified",
    )
    assert s.evidence_uids == (ev,)
    assert s.recorded_at == recorded
    assert cell(tracker, "FR", "visa", "2023-01-01").status_code == "not_assessed"
    [entry] = history_since(tracker, since)
    check_entry(entry, table="assessments", key=a_uid, action="update", operation="correct_assessment", at=ts(clock))
    b, a = entry["before"], entry["after"]
    assert (b["status_code"], a["status_code"]) == ("full", "partial")
    assert (b["effective_date"], a["effective_date"]) == ("2023-01-01", "2023-01-02")
    assert (b["rationale"], a["rationale"]) == ("Tyop", "Typo fixed.")
    assert (b["confidence"], a["confidence"]) == ("reported", "verified")
    assert (b["evidence"], a["evidence"]) == ([], [ev])
    assert a["updated_at"] == ts(clock) and a["recorded_at"] == recorded


def test_correct_assessment_unlinks_evidence(tracker: Tracker) -> None:
    ev = add(tracker)
    a_uid = uid_of(ops.set_status(
        tracker, "FR", "visa", "full", effective_date="2023-03-10", rationale="r", evidence=[ev],
    ))
    ops.correct_assessment(tracker, a_uid, evidence=[])
    assert cell(tracker, "FR", "visa").evidence_uids == ()
    assert cell(tracker, "FR", "visa").evidence_count == 1  # the evidence itself stays on the cell


def test_correct_assessment_without_a_change_records_nothing(tracker: Tracker, clock) -> None:
    a_uid = uid_of(ops.set_status(tracker, "FR", "visa", "full", effective_date="2023-01-01", rationale="Why"))
    before = db_hash(tracker)
    clock.advance(minutes=1)
    ops.correct_assessment(tracker, a_uid, status="full", rationale=" Why ", confidence="reported", evidence=[])
    assert db_hash(tracker) == before


# ---------------------------------------------------------------- delete_assessment
def test_delete_assessment(tracker: Tracker, clock) -> None:
    ev = add(tracker)
    first = uid_of(ops.set_status(tracker, "FR", "visa", "none", effective_date="2022-01-01", rationale="Nothing."))
    second = uid_of(ops.set_status(
        tracker, "FR", "visa", "full", effective_date="2023-01-01", rationale="In force.", evidence=[ev]
    ))
    clock.advance(minutes=2)
    since = mark(tracker)
    change = ops.delete_assessment(tracker, second)
    assert change.cells == {("FR", "visa")}
    assert cell(tracker, "FR", "visa").assessment_uid == first
    history = queries.assessment_history(tracker, country="FR", recommendation="visa")
    assert [h.assessment_uid for h in history] == [first]
    assert [e.uid for e in queries.evidence_for_cell(tracker, "FR", "visa")] == [ev]  # evidence stays
    assert tracker.db.execute("SELECT count(*) FROM assessment_evidence").fetchone()[0] == 1  # the Estonia example's
    [entry] = history_since(tracker, since)
    check_entry(entry, table="assessments", key=second, action="delete", operation="delete_assessment", at=ts(clock))
    assert entry["after"] is None
    assert (entry["before"]["status_code"], entry["before"]["evidence"]) == ("full", [ev])
    ops.delete_assessment(tracker, first)
    assert cell(tracker, "FR", "visa").status_code == "not_assessed"


# ---------------------------------------------------------------- recommendations
def test_add_recommendation(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    change = ops.add_recommendation(
        tracker, "exiles", "Scholarships for exiled students", text="\"grants\"", guidance="Full: funded.", weight=1.5
    )
    assert change.codebook
    rec = queries.codebook_view(tracker).recommendations[-1]
    assert (rec.code, rec.title, rec.text, rec.guidance, rec.weight, rec.position, rec.archived) == (
        "exiles", "Scholarships for exiled students", "\"grants\"", "Full: funded.", 1.5, 6, False,
    )
    assert cell(tracker, "FR", "exiles").status_code == "not_assessed"
    [entry] = history_since(tracker, since)
    check_entry(
        entry, table="recommendations", key="exiles", action="insert", operation="add_recommendation", at=ts(clock),
    )
    assert entry["before"] is None
    assert entry["after"] == {
        "code": "exiles", "title": "Scholarships for exiled students", "text": "\"grants\"",
        "guidance": "Full: funded.",
        "weight": 1.5, "position": 6, "archived": 0,
    }


def test_edit_recommendation(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.edit_recommendation(tracker, "visa", title="Equal visa access", weight=2, guidance="New guidance.")
    rec = queries.codebook_view(tracker).recommendations[0]
    assert (rec.code, rec.title, rec.weight, rec.guidance) == ("visa", "Equal visa access", 2, "New guidance.")
    [entry] = history_since(tracker, since)
    check_entry(
        entry, table="recommendations", key="visa", action="update", operation="edit_recommendation", at=ts(clock),
    )
    assert (entry["before"]["title"], entry["after"]["title"]) == (
        "Non-discriminatory visa policy for Belarusians", "Equal visa access",
    )
    assert (entry["before"]["weight"], entry["after"]["weight"]) == (1, 2)
    assert entry["after"]["code"] == "visa"
    before = db_hash(tracker)
    ops.edit_recommendation(tracker, "visa", title="Equal visa access", weight=2.0)
    assert db_hash(tracker) == before


def test_archive_and_restore_recommendation(tracker: Tracker, clock) -> None:
    a_uid = uid_of(ops.set_status(tracker, "FR", "antiwar", "full", effective_date="2023-01-01", rationale="Funding."))
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.archive_recommendation(tracker, "antiwar")
    book = queries.codebook_view(tracker)
    assert [r.code for r in book.active_recommendations()] == ["visa", "tps", "students", "sanctions"]
    assert next(r for r in book.recommendations if r.code == "antiwar").archived
    assert ("FR", "antiwar") not in queries.current_statuses(tracker)
    with pytest.raises(ValidationError) as err:
        ops.set_status(tracker, "FR", "antiwar", "none", effective_date="2023-02-01", rationale="r")
    assert err.value.field == "recommendation"
    [entry] = history_since(tracker, since)
    check_entry(
        entry, table="recommendations", key="antiwar", action="archive", operation="archive_recommendation",
        at=ts(clock),
    )
    assert (entry["before"]["archived"], entry["after"]["archived"]) == (0, 1)
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.archive_recommendation(tracker, "antiwar", archived=False)
    assert cell(tracker, "FR", "antiwar").assessment_uid == a_uid  # its data came back with it
    [entry] = history_since(tracker, since)
    check_entry(
        entry, table="recommendations", key="antiwar", action="restore", operation="restore_recommendation",
        at=ts(clock),
    )


# ---------------------------------------------------------------- countries
@pytest.mark.parametrize(
    "given, code, alpha3, name",
    [("ua", "UA", "UKR", "Ukraine"), ("BLR", "BY", "BLR", "Belarus"), ("moldova", "MD", "MDA", "Moldova")],
    ids=["alpha-2", "alpha-3", "English name"],
)
def test_add_country(tracker: Tracker, clock, given: str, code: str, alpha3: str, name: str) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.add_country(tracker, given)
    country = next(c for c in queries.codebook_view(tracker).countries if c.code == code)
    assert (country.alpha3, country.name, country.archived) == (alpha3, name, False)
    assert cell(tracker, code, "visa").status_code == "not_assessed"
    [entry] = history_since(tracker, since)
    check_entry(entry, table="countries", key=code, action="insert", operation="add_country", at=ts(clock))
    assert entry["before"] is None
    assert entry["after"] == {"code": code, "alpha3": alpha3, "name": name, "archived": 0}


def test_add_country_with_a_display_name(tracker: Tracker) -> None:
    ops.add_country(tracker, "GE", name="Sakartvelo")
    assert next(c for c in queries.codebook_view(tracker).countries if c.code == "GE").name == "Sakartvelo"


def test_re_adding_an_archived_country_restores_it(tracker: Tracker, clock) -> None:
    a_uid = uid_of(ops.set_status(tracker, "FR", "visa", "full", effective_date="2023-01-01", rationale="r"))
    ops.archive_country(tracker, "FR")
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.add_country(tracker, "France")
    countries = queries.codebook_view(tracker).countries
    assert len(countries) == 37
    assert not next(c for c in countries if c.code == "FR").archived
    assert cell(tracker, "FR", "visa").assessment_uid == a_uid
    [entry] = history_since(tracker, since)
    check_entry(entry, table="countries", key="FR", action="restore", operation="restore_country", at=ts(clock))
    assert (entry["before"]["archived"], entry["after"]["archived"]) == (1, 0)


def test_edit_country(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.edit_country(tracker, "us", name="USA")
    assert next(c for c in queries.codebook_view(tracker).countries if c.code == "US").name == "USA"
    [entry] = history_since(tracker, since)
    check_entry(entry, table="countries", key="US", action="update", operation="edit_country", at=ts(clock))
    assert entry["before"] == {"code": "US", "alpha3": "USA", "name": "United States", "archived": 0}
    assert entry["after"] == {"code": "US", "alpha3": "USA", "name": "USA", "archived": 0}


def test_archive_country(tracker: Tracker, clock) -> None:
    ev = add(tracker, countries=["HU"])
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.archive_country(tracker, "HU")
    book = queries.codebook_view(tracker)
    assert "HU" not in {c.code for c in book.active_countries()}
    assert ("HU", "visa") not in queries.current_statuses(tracker)
    assert evidence(tracker, ev).countries == ("HU",)  # its evidence stays
    with pytest.raises(ValidationError) as err:
        ops.set_status(tracker, "HU", "visa", "none", effective_date="2023-01-01", rationale="r")
    assert err.value.field == "country"
    [entry] = history_since(tracker, since)
    check_entry(entry, table="countries", key="HU", action="archive", operation="archive_country", at=ts(clock))
    assert (entry["before"]["archived"], entry["after"]["archived"]) == (0, 1)


# ---------------------------------------------------------------- groups
def test_add_group(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.add_group(tracker, "Nordic", ["DK", "FIN", "Iceland", "no", "SE", "SE"])
    groups = queries.codebook_view(tracker).groups
    assert groups["Nordic"] == ["DK", "FI", "IS", "NO", "SE"]
    assert list(groups)[-1] == "Nordic"
    uid = add(tracker, countries=[], groups=["nordic"])
    assert evidence(tracker, uid).countries == ("DK", "FI", "IS", "NO", "SE")
    entry = history_since(tracker, since)[0]
    check_entry(entry, table="groups", key="Nordic", action="insert", operation="add_group", at=ts(clock))
    assert entry["before"] is None
    assert entry["after"] == {"name": "Nordic", "members": ["DK", "FI", "IS", "NO", "SE"]}


def test_rename_group(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    change = ops.edit_group(tracker, "Baltic states", new_name="Baltics")
    assert change.uid == "Baltics"
    groups = queries.codebook_view(tracker).groups
    assert "Baltic states" not in groups
    assert groups["Baltics"] == ["EE", "LT", "LV"]
    assert evidence(tracker, add(tracker, countries=[], groups=["Baltics"])).countries == ("EE", "LT", "LV")
    with pytest.raises(ValidationError) as err:
        add(tracker, countries=[], groups=["Baltic states"])
    assert err.value.field == "group"
    entry = history_since(tracker, since)[0]
    check_entry(entry, table="groups", key="Baltic states", action="update", operation="edit_group", at=ts(clock))
    assert entry["before"] == {"name": "Baltic states", "members": ["EE", "LT", "LV"]}
    assert entry["after"] == {"name": "Baltics", "members": ["EE", "LT", "LV"]}


def test_edit_group_members(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.edit_group(tracker, "five eyes", members=["US", "GB", "CA", "AU"])
    assert queries.codebook_view(tracker).groups["Five Eyes"] == ["AU", "CA", "GB", "US"]
    [entry] = history_since(tracker, since)
    check_entry(entry, table="groups", key="Five Eyes", action="update", operation="edit_group", at=ts(clock))
    assert entry["before"] == {"name": "Five Eyes", "members": ["AU", "CA", "GB", "NZ", "US"]}
    assert entry["after"] == {"name": "Five Eyes", "members": ["AU", "CA", "GB", "US"]}
    before = db_hash(tracker)
    ops.edit_group(tracker, "Five Eyes", new_name="Five Eyes", members=["AU", "CA", "GB", "US"])
    assert db_hash(tracker) == before


def test_rename_group_and_change_members_at_once(tracker: Tracker) -> None:
    ops.edit_group(tracker, "Belarus's EU neighbours", new_name="Neighbours", members=["PL", "LT", "LV", "EE"])
    assert queries.codebook_view(tracker).groups["Neighbours"] == ["EE", "LT", "LV", "PL"]


def test_delete_group(tracker: Tracker, clock) -> None:
    uid = add(tracker, countries=[], groups=["EFTA"])
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.delete_group(tracker, "efta")
    book = queries.codebook_view(tracker)
    assert "EFTA" not in book.groups
    assert {"IS", "LI", "NO", "CH"} <= {c.code for c in book.active_countries()}
    assert evidence(tracker, uid).countries == ("CH", "IS", "LI", "NO")
    assert tracker.db.execute("SELECT count(*) FROM group_members WHERE group_name = 'EFTA'").fetchone()[0] == 0
    [entry] = history_since(tracker, since)
    check_entry(entry, table="groups", key="EFTA", action="delete", operation="delete_group", at=ts(clock))
    assert entry["before"] == {"name": "EFTA", "members": ["CH", "IS", "LI", "NO"]}
    assert entry["after"] is None


# ---------------------------------------------------------------- meta
def test_set_meta(tracker: Tracker, clock) -> None:
    clock.advance(seconds=1)
    since = mark(tracker)
    ops.set_meta(tracker, "title", "Belarus tracker 2024")
    assert queries.codebook_view(tracker).title == "Belarus tracker 2024"
    ops.set_meta(tracker, "review_interval_days", "90")
    assert queries.codebook_view(tracker).review_interval_days == 90
    ops.set_meta(tracker, "contact", "team@example.org")
    ops.set_meta(tracker, "contact", "team@example.org")  # unchanged: no record
    entries = history_since(tracker, since)
    assert [(e["row_key"], e["action"]) for e in entries] == [
        ("title", "update"), ("review_interval_days", "update"), ("contact", "insert"),
    ]
    for i, e in enumerate(entries):
        check_entry(e, table="meta", key=e["row_key"], action=e["action"], operation="set_meta", at=ts(clock, i))
    assert entries[0]["before"] == {"title": "Belarus: Western policy recommendations"}
    assert entries[0]["after"] == {"title": "Belarus tracker 2024"}
    assert entries[1]["before"] == {"review_interval_days": "180"}
    assert (entries[2]["before"], entries[2]["after"]) == (None, {"contact": "team@example.org"})


# ---------------------------------------------------------------- rejections write nothing
@pytest.fixture
def ctx(tracker: Tracker) -> dict[str, str]:
    """A tracker with one piece of evidence, one assessment, an archived country and recommendation."""
    ev = add(tracker, countries=["FR"], recommendations=["visa"], title="Existing", notes="Some notes")
    a_uid = uid_of(ops.set_status(
        tracker, "FR", "visa", "full", effective_date="2023-03-10", rationale="r", evidence=[ev],
    ))
    ops.archive_country(tracker, "MT")
    ops.add_recommendation(tracker, "spare", "Spare recommendation")
    ops.archive_recommendation(tracker, "spare")
    return {"ev": ev, "a": a_uid}


Op = Callable[[Tracker, dict[str, str]], object]


def _ev(**kwargs: Any) -> Op:
    return lambda t, c: add(t, **kwargs)


def _st(*args: str, **kwargs: Any) -> Op:
    base: dict[str, Any] = {"effective_date": "2023-01-01", "rationale": "Because."}
    base.update(kwargs)
    cell_args = list(args) + ["FR", "visa", "full"][len(args):]
    return lambda t, c: ops.set_status(t, *cell_args, **base)


BAD_DATES = ["2023/03/10", "10-03-2023", "20230310", "2023-3-10", "2023-03-10T12:00", "yesterday", "", "  ",
             "2023-02-30", "2021-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00", "0000-00-00"]
BAD_URLS = ["ftp://example.org/file", "javascript:alert(1)", "example.org/page", "http://", "https://exa mple.org",
            "mailto:someone@example.org", "file:///etc/passwd", "data:text/html,<b>x</b>"]

REJECTIONS: list[tuple[str, Op, str]] = [
    # unknown or archived things
    ("evidence: unknown country", _ev(countries=["Narnia"]), "country"),
    ("evidence: untracked ISO country", _ev(countries=["UA"]), "country"),
    ("evidence: archived country", _ev(countries=["MT"]), "country"),
    ("evidence: unknown group", _ev(countries=[], groups=["Warsaw Pact"]), "group"),
    ("evidence: unknown recommendation", _ev(recommendations=["nope"]), "recommendation"),
    ("evidence: archived recommendation", _ev(recommendations=["spare"]), "recommendation"),
    ("evidence: unknown status", _ev(status="maybe", rationale="r"), "status"),
    ("evidence: not_assessed as status", _ev(status="not_assessed", rationale="r"), "status"),
    ("evidence: 'Not assessed' label as status", _ev(status="Not assessed", rationale="r"), "status"),
    ("evidence: rationale without status", _ev(rationale="Orphan reason"), "status"),
    ("evidence: empty rationale", _ev(status="full", rationale=""), "rationale"),
    ("evidence: whitespace rationale", _ev(status="full", rationale=" \t\n "), "rationale"),
    ("evidence: missing rationale", _ev(status="full"), "rationale"),
    ("evidence: bad confidence", _ev(status="full", rationale="r", confidence="certain"), "confidence"),
    ("evidence: bad source kind", _ev(source_kind="blog"), "source_kind"),
    ("evidence: no countries", _ev(countries=[]), "countries"),
    ("evidence: no recommendations", _ev(recommendations=[]), "recommendations"),
    ("evidence: no title, url or notes", _ev(title=None), "title"),
    ("evidence: only blanks", _ev(title="  ", url=" ", notes="\n"), "title"),
    ("evidence: bad accessed_on", _ev(accessed_on="2023-02-30"), "accessed_on"),
    ("evidence: bad archive url", _ev(archive_url="ftp://archive.org/x"), "archive_url"),
    ("evidence: NUL in title", _ev(title="a\x00b"), "title"),
    ("evidence: malformed uid", _ev(uid="not-a-uuid"), "uid"),
    ("evidence: duplicate uid", lambda t, c: add(t, uid=c["ev"]), "uid"),
    *[(f"evidence: date {d!r}", _ev(event_date=d), "event_date") for d in BAD_DATES],
    *[(f"evidence: url {u!r}", _ev(url=u), "url") for u in BAD_URLS],
    # set_status
    ("status: unknown country", _st("Narnia"), "country"),
    ("status: archived country", _st("MT"), "country"),
    ("status: unknown recommendation", _st("FR", "nope"), "recommendation"),
    ("status: archived recommendation", _st("FR", "spare"), "recommendation"),
    ("status: unknown status", _st("FR", "visa", "excellent"), "status"),
    ("status: not_assessed", _st("FR", "visa", "not_assessed"), "status"),
    ("status: empty rationale", _st(rationale=""), "rationale"),
    ("status: whitespace rationale", _st(rationale="   "), "rationale"),
    ("status: bad confidence", _st(confidence="sure"), "confidence"),
    ("status: empty confidence", _st(confidence=""), "confidence"),
    ("status: unknown evidence", _st(evidence=["00000000-0000-4000-8000-000000000000"]), "evidence"),
    ("status: malformed uid", _st(uid="abc"), "uid"),
    (
        "status: duplicate uid",
        lambda t, c: ops.set_status(t, "FR", "visa", "full", effective_date="2023-01-01", rationale="r", uid=c["a"]),
        "uid",
    ),
    *[(f"status: date {d!r}", _st(effective_date=d), "effective_date") for d in BAD_DATES],
    # correct_assessment
    ("correct: not_assessed", lambda t, c: ops.correct_assessment(t, c["a"], status="not_assessed"), "status"),
    ("correct: unknown status", lambda t, c: ops.correct_assessment(t, c["a"], status="great"), "status"),
    (
        "correct: impossible date",
        lambda t, c: ops.correct_assessment(t, c["a"], effective_date="2023-02-29"),
        "effective_date",
    ),
    ("correct: empty rationale", lambda t, c: ops.correct_assessment(t, c["a"], rationale=" "), "rationale"),
    ("correct: bad confidence", lambda t, c: ops.correct_assessment(t, c["a"], confidence="likely"), "confidence"),
    ("correct: unknown evidence", lambda t, c: ops.correct_assessment(t, c["a"], evidence=["nope"]), "evidence"),
    # edit_evidence
    ("edit: javascript url", lambda t, c: ops.edit_evidence(t, c["ev"], url="javascript:alert(1)"), "url"),
    ("edit: impossible date", lambda t, c: ops.edit_evidence(t, c["ev"], event_date="2023-02-30"), "event_date"),
    ("edit: empty date", lambda t, c: ops.edit_evidence(t, c["ev"], event_date=""), "event_date"),
    ("edit: unknown country", lambda t, c: ops.edit_evidence(t, c["ev"], countries=["Atlantis"]), "country"),
    ("edit: no countries", lambda t, c: ops.edit_evidence(t, c["ev"], countries=[]), "countries"),
    (
        "edit: unknown recommendation",
        lambda t, c: ops.edit_evidence(t, c["ev"], recommendations=["x"]),
        "recommendation",
    ),
    ("edit: clear everything", lambda t, c: ops.edit_evidence(t, c["ev"], title="", notes="", url=None), "title"),
    ("edit: bad source kind", lambda t, c: ops.edit_evidence(t, c["ev"], source_kind="rumour"), "source_kind"),
    ("edit: unknown field", lambda t, c: ops.edit_evidence(t, c["ev"], colour="red"), "colour"),
    # recommendations
    ("rec: duplicate code", lambda t, c: ops.add_recommendation(t, "visa", "Another"), "recommendation code"),
    ("rec: bad code", lambda t, c: ops.add_recommendation(t, "Visa Policy", "Another"), "recommendation code"),
    ("rec: empty title", lambda t, c: ops.add_recommendation(t, "other", "  "), "title"),
    (
        "rec: duplicate title",
        lambda t, c: ops.add_recommendation(t, "other", "temporary PROTECTED status for those in need"),
        "title",
    ),
    ("rec: zero weight", lambda t, c: ops.add_recommendation(t, "other", "Other", weight=0), "weight"),
    ("rec: huge weight", lambda t, c: ops.add_recommendation(t, "other", "Other", weight=101), "weight"),
    ("rec: text weight", lambda t, c: ops.add_recommendation(t, "other", "Other", weight="heavy"), "weight"),  # type: ignore[arg-type]  # wrong on purpose
    ("rec edit: negative weight", lambda t, c: ops.edit_recommendation(t, "visa", weight=-1), "weight"),
    ("rec edit: empty title", lambda t, c: ops.edit_recommendation(t, "visa", title=""), "title"),
    (
        "rec edit: taken title",
        lambda t, c: ops.edit_recommendation(t, "visa", title="Penalties on the Lukashenka regime"),
        "title",
    ),
    ("rec edit: archived flag", lambda t, c: ops.edit_recommendation(t, "visa", archived=1), "archived"),
    ("rec edit: position", lambda t, c: ops.edit_recommendation(t, "visa", position="first"), "position"),
    # countries
    ("country: not ISO", lambda t, c: ops.add_country(t, "Narnia"), "country"),
    ("country: unassigned code", lambda t, c: ops.add_country(t, "XX"), "country"),
    ("country: empty", lambda t, c: ops.add_country(t, " "), "country"),
    ("country: already tracked", lambda t, c: ops.add_country(t, "fra"), "country"),
    ("country edit: empty name", lambda t, c: ops.edit_country(t, "FR", name="  "), "name"),
    # groups
    ("group: duplicate name", lambda t, c: ops.add_group(t, "eu", ["FR"]), "group"),
    ("group: empty name", lambda t, c: ops.add_group(t, " ", ["FR"]), "group"),
    ("group: non-ISO member", lambda t, c: ops.add_group(t, "New", ["FR", "Narnia"]), "members"),
    ("group: untracked member", lambda t, c: ops.add_group(t, "New", ["FR", "UA"]), "members"),
    ("group edit: taken name", lambda t, c: ops.edit_group(t, "EU", new_name="g7"), "group"),
    ("group edit: empty name", lambda t, c: ops.edit_group(t, "EU", new_name=""), "group"),
    ("group edit: bad member", lambda t, c: ops.edit_group(t, "EU", members=["FR", "XX"]), "members"),
    # meta
    (
        "meta: text review interval",
        lambda t, c: ops.set_meta(t, "review_interval_days", "soon"),
        "review_interval_days",
    ),
    ("meta: zero review interval", lambda t, c: ops.set_meta(t, "review_interval_days", "0"), "review_interval_days"),
    (
        "meta: negative review interval",
        lambda t, c: ops.set_meta(t, "review_interval_days", "-5"),
        "review_interval_days",
    ),
]


@pytest.mark.parametrize("op, field", [(op, f) for _, op, f in REJECTIONS], ids=[i for i, _, _ in REJECTIONS])
def test_bad_input_is_refused_and_nothing_is_written(
    tracker: Tracker, ctx: dict[str, str], clock, op: Op, field: str
) -> None:
    before = db_hash(tracker)
    clock.advance(seconds=1)
    with pytest.raises(ValidationError) as err:
        op(tracker, ctx)
    assert err.value.field == field
    assert str(err.value).strip()
    assert db_hash(tracker) == before


def test_too_large_attachment_is_refused_and_nothing_is_written(
    tracker: Tracker, ctx: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ops, "MAX_ATTACHMENT_BYTES", 10)
    before = db_hash(tracker)
    with pytest.raises(ValidationError) as err:
        add(tracker, attachment=ops.Attachment("big.bin", b"x" * 11))
    assert err.value.field == "attachment"
    assert "big.bin" in str(err.value)
    with pytest.raises(ValidationError):
        ops.edit_evidence(tracker, ctx["ev"], attachment=ops.Attachment("big.bin", b"x" * 11))
    assert db_hash(tracker) == before


NOT_FOUND: list[tuple[str, Op, str]] = [
    ("edit evidence", lambda t, c: ops.edit_evidence(t, "nope-1", title="x"), "nope-1"),
    ("archive evidence", lambda t, c: ops.archive_evidence(t, "nope-2"), "nope-2"),
    ("attachment of unknown evidence", lambda t, c: ops.attachment_data(t, "nope-3"), "nope-3"),
    ("correct assessment", lambda t, c: ops.correct_assessment(t, "nope-4", rationale="x"), "nope-4"),
    ("delete assessment", lambda t, c: ops.delete_assessment(t, "nope-5"), "nope-5"),
    ("edit recommendation", lambda t, c: ops.edit_recommendation(t, "nope", title="x"), "'nope'"),
    ("archive recommendation", lambda t, c: ops.archive_recommendation(t, "nope"), "'nope'"),
    ("edit country", lambda t, c: ops.edit_country(t, "UA", name="x"), "'UA'"),
    ("archive country", lambda t, c: ops.archive_country(t, "UA"), "'UA'"),
    ("edit group", lambda t, c: ops.edit_group(t, "Warsaw Pact", new_name="x"), "'Warsaw Pact'"),
    ("delete group", lambda t, c: ops.delete_group(t, "Warsaw Pact"), "'Warsaw Pact'"),
]


@pytest.mark.parametrize("op, key", [(op, k) for _, op, k in NOT_FOUND], ids=[i for i, _, _ in NOT_FOUND])
def test_unknown_records_raise_not_found_and_write_nothing(
    tracker: Tracker, ctx: dict[str, str], op: Op, key: str
) -> None:
    before = db_hash(tracker)
    with pytest.raises(NotFoundError) as err:
        op(tracker, ctx)
    assert key in str(err.value)
    assert db_hash(tracker) == before


# ---------------------------------------------------------------- atomicity
ATOMIC: list[tuple[str, Op, int]] = [
    # (name, operation, which history call fails: 1 = the first)
    ("add evidence", _ev(countries=["FR", "DE"]), 1),
    (
        "add evidence with status, failing on the second cell",
        _ev(countries=["FR", "DE", "PL"], status="full", rationale="r"),
        3,
    ),
    ("set status", _st("DE"), 1),
    ("edit evidence", lambda t, c: ops.edit_evidence(t, c["ev"], title="New", countries=["DE"],
                                                     attachment=ops.Attachment("a.txt", b"abc")), 1),
    ("archive evidence", lambda t, c: ops.archive_evidence(t, c["ev"]), 1),
    ("correct assessment", lambda t, c: ops.correct_assessment(t, c["a"], status="none", evidence=[]), 1),
    ("delete assessment", lambda t, c: ops.delete_assessment(t, c["a"]), 1),
    ("add recommendation", lambda t, c: ops.add_recommendation(t, "other", "Other"), 1),
    ("edit recommendation", lambda t, c: ops.edit_recommendation(t, "visa", weight=3), 1),
    ("archive recommendation", lambda t, c: ops.archive_recommendation(t, "visa"), 1),
    ("add country", lambda t, c: ops.add_country(t, "UA"), 1),
    ("restore country by adding it", lambda t, c: ops.add_country(t, "MT"), 1),
    ("edit country", lambda t, c: ops.edit_country(t, "FR", name="République française"), 1),
    ("archive country", lambda t, c: ops.archive_country(t, "FR"), 1),
    ("add group", lambda t, c: ops.add_group(t, "New", ["FR", "DE"]), 1),
    ("edit group", lambda t, c: ops.edit_group(t, "EU", new_name="Union", members=["FR"]), 1),
    ("delete group", lambda t, c: ops.delete_group(t, "EU"), 1),
    ("set meta", lambda t, c: ops.set_meta(t, "title", "New"), 1),
]


@pytest.mark.parametrize("op, fail_on", [(op, n) for _, op, n in ATOMIC], ids=[i for i, _, _ in ATOMIC])
def test_an_operation_failing_halfway_leaves_nothing_behind(
    tracker: Tracker, ctx: dict[str, str], monkeypatch: pytest.MonkeyPatch, op: Op, fail_on: int
) -> None:
    """The row is written, then the history write fails: the row must go too."""
    real = ops.record_history
    calls = {"n": 0}

    def failing(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == fail_on:
            raise RuntimeError("disk full")
        real(*args, **kwargs)

    before = db_hash(tracker)
    monkeypatch.setattr(ops, "record_history", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        op(tracker, ctx)
    assert calls["n"] == fail_on
    assert not tracker.db.conn.in_transaction
    assert db_hash(tracker) == before
    # The tracker is still usable afterwards.
    monkeypatch.setattr(ops, "record_history", real)
    op(tracker, ctx)
    assert db_hash(tracker) != before


def test_failure_halfway_in_a_file_tracker_is_not_saved(
    tracker_path: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a failed edit and a reopen, the file holds only what succeeded."""
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        kept = add(t, title="Kept")

        def boom(*args: Any, **kwargs: Any) -> None:
            raise RuntimeError("crash")

        monkeypatch.setattr(ops, "record_history", boom)
        with pytest.raises(RuntimeError):
            add(t, title="Lost", status="full", rationale="r")
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        titles = {e.title for e in queries.search_evidence(t)}
        assert "Kept" in titles and "Lost" not in titles
        assert [e.uid for e in queries.search_evidence(t, queries.EvidenceFilter(text="kept"))] == [kept]
        assert queries.counts(t)["assessments"] == 1


def test_change_merge_combines_what_two_operations_touched() -> None:
    a = ops.Change("x", cells={("FR", "visa")}, evidence={"e1"})
    b = ops.Change("y", cells={("DE", "tps")}, assessments={"a1"}, codebook=True)
    merged = a.merge(b)
    assert merged.cells == {("FR", "visa"), ("DE", "tps")}
    assert (merged.evidence, merged.assessments, merged.codebook) == ({"e1"}, {"a1"}, True)


# ---------------------------------------------------------------- delete_evidence / exact cells
def test_delete_evidence_entered_by_mistake(tracker: Tracker, clock) -> None:
    uid = add(tracker, title="Typo entry", countries=["FR", "DE"], attachment=ops.Attachment("a.txt", b"abc"))
    clock.advance(seconds=1)
    since = mark(tracker)
    change = ops.delete_evidence(tracker, uid)
    assert change.cells == {("FR", "visa"), ("DE", "visa")}
    assert queries.get_evidence(tracker, [uid]) == []
    assert queries.search_evidence(tracker, queries.EvidenceFilter(text="typo", include_archived=True)) == []
    assert cell(tracker, "FR", "visa").evidence_count == 0
    assert tracker.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert tracker.db.execute("SELECT count(*) FROM evidence_links WHERE country_code = 'FR'").fetchone()[0] == 0
    [entry] = history_since(tracker, since)
    check_entry(entry, table="evidence", key=uid, action="delete", operation="delete_evidence", at=ts(clock))
    assert entry["after"] is None
    assert (entry["before"]["title"], entry["before"]["cells"]) == ("Typo entry", ["DE:visa", "FR:visa"])
    assert entry["before"]["attachment"]["name"] == "a.txt"


def test_evidence_cited_by_an_assessment_cannot_be_deleted(tracker: Tracker, ctx: dict[str, str]) -> None:
    before = db_hash(tracker)
    with pytest.raises(ValidationError) as err:
        ops.delete_evidence(tracker, ctx["ev"])
    assert err.value.field == "evidence"
    assert "archive" in str(err.value)
    assert db_hash(tracker) == before
    with pytest.raises(NotFoundError):
        ops.delete_evidence(tracker, "nope")
    assert db_hash(tracker) == before


def test_edit_evidence_with_exact_cells(tracker: Tracker) -> None:
    uid = add(tracker, countries=["FR", "DE"], recommendations=["visa", "tps"])
    ops.edit_evidence(tracker, uid, cells=[("FR", "visa"), ("Germany", "tps")])
    assert evidence(tracker, uid).cells == (("DE", "tps"), ("FR", "visa"))
    before = db_hash(tracker)
    with pytest.raises(ValidationError) as err:
        ops.edit_evidence(tracker, uid, cells=[])
    assert err.value.field == "countries"
    with pytest.raises(ValidationError) as err:
        ops.edit_evidence(tracker, uid, cells=[("FR", "visa"), ("Narnia", "tps")])
    assert err.value.field == "country"
    assert db_hash(tracker) == before


def test_edit_evidence_accepts_groups_from_a_generator(tracker: Tracker) -> None:
    """A form may hand over any iterable: the group's members must still be linked."""
    uid = add(tracker, countries=["FR"], recommendations=["tps"])
    ops.edit_evidence(tracker, uid, groups=(g for g in ["Baltic states"]))
    assert evidence(tracker, uid).countries == ("EE", "FR", "LT", "LV")


def test_re_adding_an_archived_country_with_a_new_name(tracker: Tracker) -> None:
    ops.archive_country(tracker, "GB")
    ops.add_country(tracker, "GB", name="UK")
    country = next(c for c in queries.codebook_view(tracker).countries if c.code == "GB")
    assert (country.name, country.archived) == ("UK", False)


@pytest.mark.parametrize("code", ["score", "rank", "grade", "total", "assessed", "country_code", "country_name"])
def test_a_recommendation_code_cannot_shadow_a_scorecard_column(tracker: Tracker, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        ops.add_recommendation(tracker, code, "Anything")
    assert err.value.field == "recommendation code" and "scorecard" in err.value.message
