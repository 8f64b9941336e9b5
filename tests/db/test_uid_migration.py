"""m007: replicated rows keyed by UUIDs, migrated in place keeping every record and every link (issue 14).

From the release fixture (``tests/data/release-0.1.0.db``, at m004) and from a file at
m006 holding review proposals (made here from the fixture with m005 and m006 as they
were), every row is compared before and after by what identifies it (uids, codes),
never by the integer ids m007 retires.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db import Tracker, queries, schema
from db.check import check_tracker
from db.search import EvidenceFilter, search_keys

RELEASE = Path(__file__).resolve().parents[1] / "data" / "release-0.1.0.db"
REKEYED = ("recommendations", "evidence", "assessments", "proposals", "history")
UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

_EVIDENCE = ("uid, event_date, title, url, archive_url, accessed_on, publisher, source_kind, language, notes,"
             " recorded_by, recorded_at, updated_at, archived")
_ASSESSMENT = ("uid, country_code, recommendation_code, status_code, effective_date, rationale, confidence,"
               " recorded_by, recorded_at, updated_at")
_HISTORY = "at, user, operation, action, table_name, row_key, before, after"


def _old(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """What a pre-m007 file holds, by what identifies each row (uids and codes, not integer ids)."""
    q = {
        "evidence": f"SELECT {_EVIDENCE} FROM evidence",
        "evidence_links": "SELECT e.uid, l.country_code, l.recommendation_code FROM evidence_links l"
                          " JOIN evidence e ON e.id = l.evidence_id",
        "attachments": "SELECT e.uid, a.name, a.type, a.size, a.sha256, a.data FROM attachments a"
                       " JOIN evidence e ON e.id = a.evidence_id",
        "assessments": f"SELECT {_ASSESSMENT} FROM assessments",
        "assessment_evidence": "SELECT a.uid, e.uid FROM assessment_evidence x JOIN assessments a"
                               " ON a.id = x.assessment_id JOIN evidence e ON e.id = x.evidence_id",
        "recommendations": "SELECT code, title, text, guidance, weight, position, archived FROM recommendations",
        "history": f"SELECT id, {_HISTORY} FROM history",
        "search": "SELECT id, title, notes, publisher, url FROM evidence",
    }
    return {name: sorted(conn.execute(sql), key=repr) for name, sql in q.items()}


def _new(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    q = {
        "evidence": f"SELECT {_EVIDENCE} FROM evidence",
        "evidence_links": "SELECT evidence_uid, country_code, recommendation_code FROM evidence_links",
        "attachments": "SELECT evidence_uid, name, type, size, sha256, data FROM attachments",
        "assessments": f"SELECT {_ASSESSMENT} FROM assessments",
        "assessment_evidence": "SELECT assessment_uid, evidence_uid FROM assessment_evidence",
        "recommendations": "SELECT code, title, text, guidance, weight, position, archived FROM recommendations",
        "history": f"SELECT rowid, {_HISTORY} FROM history",
        "search": "SELECT rowid, title, notes, publisher, url FROM evidence",
    }
    return {name: sorted(conn.execute(sql), key=repr) for name, sql in q.items()}


def _read(path: Path, reader: Callable[[sqlite3.Connection], dict[str, list[tuple[object, ...]]]]
          ) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return reader(conn)
    finally:
        conn.close()


@pytest.fixture
def release_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "release.db"
    shutil.copyfile(RELEASE, dest)
    return dest


def test_the_release_tracker_is_rekeyed_keeping_every_record_and_link(release_copy: Path, clock) -> None:
    before = _read(release_copy, _old)
    assert all(before[name] for name in ("evidence", "evidence_links", "attachments", "assessments",
                                         "assessment_evidence", "history"))
    with Tracker.open(release_copy, user="Bob", clock=clock) as t:
        assert check_tracker(t) == []
        assert t.db.execute("PRAGMA foreign_key_check").fetchall() == []
        # The search index was kept, not rebuilt: its rowids are the evidence's old ids, now their rowids.
        assert search_keys(t, EvidenceFilter(text="belarus")).keys
        assert queries.current_statuses(t, "2026-03-01")[("PL", "sanctions")].status_code == "full"
    after = _read(release_copy, _new)

    for name in before:
        if name == "history":  # m005 and m006 may add entries; every old one is kept, at its old place
            assert set(before[name]) <= set(after[name])
        else:
            assert after[name] == before[name], name
    conn = sqlite3.connect(release_copy)
    try:
        for table in REKEYED:
            keys = [r[1] for r in conn.execute(f"SELECT * FROM pragma_table_info('{table}')") if r[5]]
            assert keys == ["uid"], table
            assert "id" not in {r[1] for r in conn.execute(f"SELECT * FROM pragma_table_info('{table}')")}
        uids = [r[0] for r in conn.execute("SELECT uid FROM recommendations UNION ALL SELECT uid FROM history")]
        assert len(set(uids)) == len(uids) and all(UID.match(u) for u in uids)  # new ones: UUIDs, lower case
    finally:
        conn.close()


def _at_m006_with_proposals(path: Path) -> None:
    """Bring the release file to m006 as that version did, and add review proposals in that shape."""
    from sqlite_utils import Database

    db = Database(sqlite3.connect(path))
    try:
        with db.conn:
            schema.m005_review(db)
            schema.m006_translations(db)
            for name in ("m005_review", "m006_translations"):
                db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                           [schema.MIGRATION_SET, name, "2026-11-30 00:00:00+00:00"])
            aid, auid = db.execute("SELECT id, uid FROM assessments ORDER BY id LIMIT 1").fetchone()
            eids = [r[0] for r in db.execute("SELECT id FROM evidence ORDER BY id LIMIT 2")]
            cols = ("id, uid, country_code, recommendation_code, status_code, effective_date, rationale, confidence,"
                    " proposed_by, proposed_at, state, reviewed_by, reviewed_at, assessment_id")
            db.execute(
                f"INSERT INTO proposals ({cols}) SELECT 7, uid, country_code, recommendation_code, status_code,"
                " effective_date, rationale, confidence, 'Ana', recorded_at, 'approved', 'Bo', recorded_at, id"
                " FROM assessments WHERE id = ?", [aid],
            )
            db.execute(
                f"INSERT INTO proposals ({cols}) VALUES (8, '0000aaaa-0000-4000-8000-000000000008', 'PL', 'visa',"
                " 'partial', '2026-01-01', 'Pending.', 'reported', 'Ana', '2026-01-02T00:00:00.000000Z', 'proposed',"
                " NULL, NULL, NULL)"
            )
            db.conn.executemany("INSERT INTO proposal_evidence (proposal_id, evidence_id) VALUES (?, ?)",
                                [(7, eids[0]), (8, eids[0]), (8, eids[1])])
            snap = {"uid": auid, "state": "approved", "assessment_id": aid, "evidence": []}
            db.execute(
                "INSERT INTO history (at, user, operation, action, table_name, row_key, before, after)"
                " VALUES ('2026-01-03T00:00:00.000000Z', 'Bo', 'approve_status', 'update', 'proposals', ?, ?, ?)",
                [auid, json.dumps({**snap, "state": "proposed", "assessment_id": None}), json.dumps(snap)],
            )
    finally:
        db.close()


def test_proposals_their_evidence_and_history_references_are_rekeyed(release_copy: Path, clock) -> None:
    _at_m006_with_proposals(release_copy)
    conn = sqlite3.connect(release_copy)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert names[-1] == "m006_translations"
        proposals = sorted(conn.execute(
            "SELECT p.uid, p.state, a.uid FROM proposals p LEFT JOIN assessments a ON a.id = p.assessment_id"))
        cited = sorted(conn.execute("SELECT p.uid, e.uid FROM proposal_evidence x JOIN proposals p"
                                    " ON p.id = x.proposal_id JOIN evidence e ON e.id = x.evidence_id"))
        translations = sorted(conn.execute("SELECT * FROM translations"))
        approved_uid = proposals[1][0] if proposals[1][1] == "approved" else proposals[0][0]
    finally:
        conn.close()

    with Tracker.open(release_copy, user="Bob", clock=clock) as t:
        assert check_tracker(t) == []
        assert sorted(t.db.execute("SELECT uid, state, assessment_uid FROM proposals").fetchall()) == proposals
        assert sorted(t.db.execute("SELECT proposal_uid, evidence_uid FROM proposal_evidence").fetchall()) == cited
        assert sorted(t.db.execute("SELECT * FROM translations").fetchall()) == translations
        before, after = t.db.execute(
            "SELECT before, after FROM history WHERE table_name = 'proposals' AND row_key = ?", [approved_uid]
        ).fetchone()
        assert "assessment_id" not in before + after
        assert json.loads(after)["assessment_uid"] == approved_uid  # the approved assessment carries its uid
        assert json.loads(before)["assessment_uid"] is None


def test_two_copies_upgrading_on_their_own_give_every_record_the_same_uid(tmp_path: Path) -> None:
    """Copies of a shared tracker upgrade each on its own: the uids m007 makes (recommendations, history
    entries) come from what the records are, so both copies name each record alike and their later
    changesets meet; each record's history and each cell's statuses form one chain (db.lineage)."""
    copies = [tmp_path / "ana.db", tmp_path / "bo.db"]
    for path in copies:
        shutil.copyfile(RELEASE, path)
    found = []
    for path in copies:
        with Tracker.open(path, user="Upgrader") as t:
            found.append((
                sorted(t.db.execute("SELECT uid, code FROM recommendations").fetchall()),
                sorted(t.db.execute("SELECT uid, follows FROM history").fetchall(), key=repr),
                sorted(t.db.execute("SELECT uid, follows FROM assessments").fetchall(), key=repr),
            ))
            forks = t.db.execute(
                "SELECT count(*) FROM (SELECT table_name, row_key FROM history h WHERE NOT EXISTS (SELECT 1"
                " FROM history n WHERE n.table_name = h.table_name AND n.row_key = h.row_key AND"
                " instr(n.follows, h.uid) > 0) GROUP BY table_name, row_key HAVING count(*) > 1)").fetchone()[0]
            assert forks == 0
            chained = t.db.execute("SELECT count(*) FROM history WHERE follows IS NOT NULL").fetchone()[0]
            assert chained > 0
            assert t.db.execute("SELECT count(*) FROM row_conflicts").fetchone()[0] == 0
    assert found[0] == found[1]
    assert all(UID.match(str(uid)) for uid, _ in found[0][0])


def test_a_sync_base_from_before_the_upgrade_is_upgraded_alike_and_sends_nothing_old(tmp_path: Path) -> None:
    """A shared tracker's copy upgrades to uid keys along with its last sync's snapshot (the base): the next
    capture sends what changed since, not every record again under new keys."""
    import apsw

    from db import ops
    from db.changeset import capture

    tracker, base = tmp_path / "tracker.db", tmp_path / "base.db"
    shutil.copyfile(RELEASE, tracker)
    shutil.copyfile(RELEASE, base)
    conn = sqlite3.connect(base)  # as take_snapshot left it: no triggers
    with conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
    conn.close()
    with Tracker.open(tracker, user="Ana") as t:
        ops.add_evidence(t, event_date="2025-07-01", countries=["PL"], recommendations=["visa"], title="After")
        captured = capture(t, base)
    changes = [(c.name, c.op, c.new) for c in apsw.Changeset.iter(captured.changeset)]
    # the one new piece of evidence, its link and its history entry: nothing old, no record under a new key
    assert [(op, new and new[2]) for name, op, new in changes if name == "evidence"] == [("INSERT", "After")]
    assert {name for name, _, _ in changes} == {"evidence", "evidence_links", "history"}, changes
