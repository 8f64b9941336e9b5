"""The one bulk write of the data layer (db/bulk.py): what an import's new evidence goes through.

It must leave the tracker exactly as the operations would (links, statuses,
history, search index), refuse what the schema refuses with nothing written,
and never collide with operations run between its flushes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from typing import Any

import pytest

from db import Tracker, ValidationError, import_queries, ops, queries, validate
from db.bulk import BulkWriter, NewEvidence, NewStatus, UidMaker, bulk_write
from db.ops import assessment_snapshot, evidence_snapshot, history_json


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


def db_hash(t: Tracker) -> str:
    """Every row of every table (the search index included), in order."""
    return hashlib.sha256("\n".join(t.db.conn.iterdump()).encode("utf-8")).hexdigest()


def evidence(title: str | None = "Visa centre closed", **kw: object) -> NewEvidence:
    values: dict[str, object] = {
        "uid": None,
        "event_date": "2024-01-05",
        "title": title,
        "url": "https://example.org/a",
        "archive_url": None,
        "accessed_on": None,
        "publisher": "Reuters",
        "source_kind": "media",
        "language": "en",
        "notes": "Some notes",
    }
    values.update(kw)
    return NewEvidence(**values)  # type: ignore[arg-type]


def fts_trigger_present(t: Tracker) -> bool:
    return (
        t.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'evidence_ai'").fetchone()[0]
        == 1
    )


def test_bulk_written_evidence_has_links_statuses_history_and_is_found_by_search(tracker: Tracker):
    last = tracker.db.execute("SELECT coalesce(max(rowid), 0) FROM history").fetchone()[0]
    with bulk_write(tracker, operation="import") as writer:
        uid = writer.add_evidence(
            evidence("Humanitarian corridor announced"),
            [("PL", "visa"), ("DE", "visa")],
            NewStatus("announced", "Bill tabled", "claimed"),
        )
        other = writer.add_evidence(
            evidence("Second record", url=None, uid="3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f"), [("FR", "tps")]
        )
        assert writer.pending == 2
    assert other == "3f2b8c1e-1d2a-4b7c-9e8f-0a1b2c3d4e5f"
    assert validate.uid(uid) == uid
    [item] = queries.search_evidence(tracker, queries.EvidenceFilter(text="corridor"))
    assert (item.uid, set(item.countries), item.recommendations) == (uid, {"PL", "DE"}, ("visa",))
    assert queries.search_evidence(tracker, queries.EvidenceFilter(text="Second"))[0].uid == other
    cells = queries.current_statuses(tracker, "2024-12-31")
    assert cells[("PL", "visa")].status_code == "announced" and cells[("PL", "visa")].evidence_uids == (uid,)
    assert cells[("DE", "visa")].confidence == "claimed"
    entries = [e for e in reversed(queries.history(tracker)) if e.id > last]
    assert [(e.operation, e.action, e.table_name) for e in entries] == [
        ("import", "insert", "evidence"),
        ("import", "insert", "assessments"),
        ("import", "insert", "assessments"),
        ("import", "insert", "evidence"),
    ]
    # an insert entry keeps no copy of the values: the history reads them back from the record
    assert entries[0].row_key == uid and entries[0].after == history_json(evidence_snapshot(tracker, uid))
    assert entries[1].after == history_json(assessment_snapshot(tracker, entries[1].row_key))
    assert {e.at for e in entries} == {entries[0].at}  # one recorded_at for the whole bulk write
    assert fts_trigger_present(tracker)
    assert [r[0] for r in tracker.db.execute("PRAGMA integrity_check")] == ["ok"]
    tracker.db.execute("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize(
    "bad",
    [
        {"source_kind": "rumour"},
        {"url": "ftp://example.org/file"},
        {"event_date": "2023-02-30"},
        {"title": None, "url": None, "notes": None},
    ],
    ids=["kind", "url", "date", "no-content"],
)
def test_a_check_constraint_violation_is_refused_and_nothing_is_written(tracker: Tracker, bad: dict[str, Any]):
    """CHECK constraints stay on in a bulk write: the schema has the last word."""
    before = db_hash(tracker)
    refused = pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed")
    with refused, bulk_write(tracker, operation="import") as writer:
        writer.add_evidence(evidence("Good row"), [("PL", "visa")])
        writer.flush()
        writer.add_evidence(evidence(**bad), [("PL", "visa")])
    assert db_hash(tracker) == before
    assert fts_trigger_present(tracker)
    assert tracker.db.execute("PRAGMA ignore_check_constraints").fetchone()[0] == 0


def test_a_status_check_violation_is_refused_too(tracker: Tracker):
    before = db_hash(tracker)
    with pytest.raises(sqlite3.IntegrityError), bulk_write(tracker, operation="import") as writer:
        writer.add_evidence(evidence(), [("PL", "visa")], NewStatus("full", "Why", "certain"))
    assert db_hash(tracker) == before


def test_an_exception_in_the_block_rolls_everything_back(tracker: Tracker):
    before = db_hash(tracker)
    with pytest.raises(RuntimeError, match="stop"), bulk_write(tracker, operation="import") as writer:
        writer.add_evidence(evidence(), [("PL", "visa")], NewStatus("full", "Why", "verified"))
        writer.flush()
        ops.add_country(tracker, "UA", operation="import")
        raise RuntimeError("stop")
    assert db_hash(tracker) == before
    assert fts_trigger_present(tracker)


def test_operations_between_flushes_never_collide_with_bulk_ids(tracker: Tracker):
    """An update's ops.set_status between two flushes takes the next assessment id; the bulk write goes on after it."""
    existing = uid_of(ops.add_evidence(
        tracker, event_date="2024-01-01", countries=["PL"], recommendations=["visa"], title="Old"
    ))
    assert existing is not None
    before = queries.counts(tracker)["assessments"]
    with bulk_write(tracker, operation="import") as writer:
        writer.add_evidence(evidence("A"), [("PL", "visa")], NewStatus("full", "Why", "verified"))
        writer.flush()
        ops.set_status(
            tracker,
            "PL",
            "visa",
            "partial",
            effective_date="2024-01-01",
            rationale="r",
            evidence=[existing],
            operation="import",
        )
        writer.add_evidence(
            evidence("B", url="https://example.org/b"), [("PL", "tps")], NewStatus("full", "Why", "verified")
        )
    assert {e.title for e in queries.search_evidence(tracker, queries.EvidenceFilter())} >= {"A", "B", "Old"}
    assert queries.counts(tracker)["assessments"] == before + 3


def test_a_writer_with_nothing_to_write_leaves_the_tracker_alone(tracker: Tracker):
    before = db_hash(tracker)
    with bulk_write(tracker, operation="import") as writer:
        writer.flush()
    assert isinstance(writer, BulkWriter)
    assert writer.written == 0
    assert db_hash(tracker) == before


def test_new_uids_are_valid_and_in_creation_order():
    maker = UidMaker()
    uids = maker.take(3) + maker.take(5000) + maker.take(1)
    assert uids == sorted(uids) and len(set(uids)) == len(uids)
    assert all(validate.uid(u) == u and u[14] == "7" for u in uids)


def test_a_bulk_write_on_a_file_uses_a_rollback_journal_then_the_wal_again(tracker_path):
    with Tracker.open(tracker_path, user="Alice") as t:
        with bulk_write(t, operation="import") as writer:
            assert t.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            writer.add_evidence(evidence(), [("PL", "visa")])
        assert t.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert len(queries.search_evidence(t, queries.EvidenceFilter(text="centre"))) >= 1


# ---------------------------------------------------------------- the reads an import needs
def test_existing_evidence_comes_with_its_cells_and_the_assessments_citing_it(tracker: Tracker):
    uid = uid_of(ops.add_evidence(
        tracker,
        event_date="2024-01-01",
        countries=["PL", "LT"],
        recommendations=["visa"],
        title="Old",
        status="full",
        rationale="Because",
        confidence="verified",
    ))
    assert uid is not None
    found = import_queries.existing_evidence(
        tracker, [uid, "00000000-0000-4000-8000-000000000000"], with_assessments=[uid]
    )
    assert list(found) == [uid]
    ex = found[uid]
    assert ex.values["title"] == "Old" and ex.values["event_date"] == "2024-01-01"
    assert ex.cells == {("PL", "visa"), ("LT", "visa")}
    assert sorted((a.country_code, a.status_code, a.confidence) for a in ex.assessments) == [
        ("LT", "full", "verified"),
        ("PL", "full", "verified"),
    ]
    assert import_queries.existing_evidence(tracker, [uid])[uid].assessments == []


def test_evidence_keys_stream_every_record_with_its_sorted_cells(tracker: Tracker):
    uid = uid_of(ops.add_evidence(
        tracker, event_date="2024-01-02", countries=["PL", "DE"], recommendations=["visa", "tps"], title="K"
    ))
    keys = {k.uid: k for k in import_queries.evidence_keys(tracker)}
    assert dataclasses.astuple(keys[uid]) == (uid, "2024-01-02", None, "K", ("DE:tps", "DE:visa", "PL:tps", "PL:visa"))
    assert len(keys) == queries.counts(tracker)["evidence"]


def test_codebook_reads(tracker: Tracker):
    assert {c.code for c in import_queries.countries(tracker)} >= {"PL", "DE"}
    scale = import_queries.statuses(tracker)
    assert scale[0].code == "not_assessed" and scale[0].score is None and {"none", "full"} <= {s.code for s in scale}
    assert [r.code for r in import_queries.recommendations(tracker)] == [
        r.code for r in queries.codebook_view(tracker).recommendations
    ]
    assert import_queries.count_recommendations(tracker) == len(import_queries.recommendations(tracker))
    baltic = {g.name: g.members for g in import_queries.groups(tracker)}["Baltic states"]
    assert baltic == ("EE", "LT", "LV")
    with pytest.raises(ValidationError):
        ops.set_status(tracker, "PL", "visa", "nonsense", effective_date="2024-01-01", rationale="r")
    ops.set_status(tracker, "PL", "visa", "full", effective_date="2024-01-01", rationale="r")
    used = {r[0] for r in tracker.db.execute("SELECT DISTINCT status_code FROM assessments")}
    assert dict(import_queries.statuses_in_use_outside(tracker, ["none"]))["full"] >= 1
    assert import_queries.statuses_in_use_outside(tracker, used) == []
