"""The fast matrix queries give exactly what a full recomputation from the base tables gives.

``current_statuses``, ``cell_statuses`` and ``counts`` read trigger-kept
derived tables (db/tallies.py, db/current.py) and per-cell index seeks.  Here random
sequences of every kind of edit (operations and bulk writes, with operations
between the bulk writer's flushes) are applied to a small tracker, and then,
for random as-of dates and groups, each answer is compared with a brute-force
reference written below from the base tables alone (the implementation before
issue #10).  Speed must never cost correctness.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Tracker, ValidationError, ops, queries, tallies
from db import current as cell_current
from db.bulk import NewEvidence, NewStatus, bulk_write
from db.errors import NotFoundError
from db.queries import Cell, CellStatus
from tests.conftest import FakeClock

COUNTRIES = ["FR", "DE", "EE", "LV"]
RECS = ["visa", "tps", "students"]
STATUSES = ["contrary", "none", "announced", "partial", "full"]
FIRST = dt.date(2020, 1, 1)


# ---------------------------------------------------------------- the reference
def reference_statuses(
    t: Tracker, day: str, *, countries: list[str] | None = None, interval: int | None = None
) -> dict[Cell, CellStatus]:
    """current_statuses as it was before issue #10: every assessment and every link scanned."""
    book = queries.codebook_view(t)
    interval = interval or book.review_interval_days
    rows = list(
        t.db.query(
            """
            SELECT * FROM (
                SELECT a.uid, a.country_code, a.recommendation_code, a.status_code, a.effective_date,
                       a.rationale, a.confidence, a.recorded_by, a.recorded_at,
                       row_number() OVER (
                           PARTITION BY a.country_code, a.recommendation_code
                           ORDER BY a.effective_date DESC, a.recorded_at DESC, a.uid DESC
                       ) AS rn
                FROM assessments a WHERE a.effective_date <= ?
            ) WHERE rn = 1
            """,
            [day],
        )
    )
    counts = {
        (r["country_code"], r["recommendation_code"]): r["n"]
        for r in t.db.query(
            "SELECT l.country_code, l.recommendation_code, count(*) AS n FROM evidence_links l"
            " JOIN evidence e ON e.uid = l.evidence_uid WHERE e.archived = 0 AND e.event_date <= ?"
            " GROUP BY l.country_code, l.recommendation_code",
            [day],
        )
    }
    evidence: dict[str, list[tuple[str, str | None]]] = {}
    for r in t.db.query(
        "SELECT ae.assessment_uid, e.uid, e.url FROM assessment_evidence ae JOIN evidence e ON e.uid = ae.evidence_uid"
        " ORDER BY e.event_date, e.rowid"
    ):
        evidence.setdefault(r["assessment_uid"], []).append((r["uid"], r["url"]))
    by_cell = {(r["country_code"], r["recommendation_code"]): r for r in rows}
    statuses = {s.code: s for s in book.statuses}
    blank = book.unassessed
    result: dict[Cell, CellStatus] = {}
    for country in book.active_countries():
        if countries is not None and country.code not in countries:
            continue
        for rec in book.active_recommendations():
            cell = (country.code, rec.code)
            row = by_cell.get(cell)
            if row is None:
                result[cell] = CellStatus(
                    country.code, rec.code, blank.code, blank.label, None, blank.color,
                    evidence_count=counts.get(cell, 0),
                )
                continue
            status = statuses[row["status_code"]]
            links = evidence.get(row["uid"], [])
            age = (dt.date.fromisoformat(day) - dt.date.fromisoformat(row["effective_date"])).days
            result[cell] = CellStatus(
                country.code, rec.code, status.code, status.label, status.score, status.color,
                assessment_uid=row["uid"], effective_date=row["effective_date"], confidence=row["confidence"],
                rationale=row["rationale"], recorded_by=row["recorded_by"], recorded_at=row["recorded_at"],
                evidence_uids=tuple(u for u, _ in links), evidence_urls=tuple(u for _, u in links if u),
                evidence_count=counts.get(cell, 0), needs_review=age > interval,
            )
    return result


def reference_counts(t: Tracker) -> dict[str, int]:
    q = t.db.execute
    return {
        "countries": q("SELECT count(*) FROM countries WHERE archived = 0").fetchone()[0],
        "recommendations": q("SELECT count(*) FROM recommendations WHERE archived = 0").fetchone()[0],
        "evidence": q("SELECT count(*) FROM evidence WHERE archived = 0").fetchone()[0],
        "archived_evidence": q("SELECT count(*) FROM evidence WHERE archived = 1").fetchone()[0],
        "assessments": q("SELECT count(*) FROM assessments").fetchone()[0],
        "history": q("SELECT count(*) FROM history").fetchone()[0],
    }


# ---------------------------------------------------------------- random edits
days = st.integers(0, 120).map(lambda n: (FIRST + dt.timedelta(days=n)).isoformat())
countries = st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3, unique=True)
recs = st.lists(st.sampled_from(RECS), min_size=1, max_size=2, unique=True)
cells = st.lists(st.tuples(st.sampled_from(COUNTRIES), st.sampled_from(RECS)), min_size=1, max_size=3, unique=True)
pick = st.integers(0, 1000)
status_or_none = st.one_of(st.none(), st.sampled_from(STATUSES))

edits = st.one_of(
    st.tuples(st.just("add"), days, countries, recs, status_or_none),
    st.tuples(st.just("edit"), pick, st.one_of(st.none(), days), st.one_of(st.none(), cells)),
    st.tuples(st.just("archive"), pick, st.booleans()),
    st.tuples(st.just("delete"), pick),
    st.tuples(st.just("set_status"), st.sampled_from(COUNTRIES), st.sampled_from(RECS), st.sampled_from(STATUSES),
              days, st.lists(pick, max_size=2)),
    st.tuples(st.just("correct"), pick, status_or_none, st.one_of(st.none(), days)),
    st.tuples(st.just("delete_assessment"), pick),
    st.tuples(st.just("bulk"), st.lists(st.tuples(days, cells, status_or_none), min_size=1, max_size=4),
              st.one_of(st.none(), st.tuples(pick, days))),
)


def _nth(t: Tracker, table: str, n: int) -> str | None:
    uids = [r[0] for r in t.db.execute(f"SELECT uid FROM {table} ORDER BY rowid")]
    return uids[n % len(uids)] if uids else None


def apply_edit(t: Tracker, clock: FakeClock, edit: tuple[Any, ...]) -> None:
    clock.advance(minutes=1)
    kind, *args = edit
    try:
        if kind == "add":
            day, cs, rs, status = args
            ops.add_evidence(t, event_date=day, countries=cs, recommendations=rs, title="Evidence",
                             url=f"https://example.org/{day}", status=status, rationale="Why." if status else None)
        elif kind == "edit":
            n, day, new_cells = args
            uid = _nth(t, "evidence", n)
            if uid:
                values = {"event_date": day} if day else {}
                ops.edit_evidence(t, uid, cells=new_cells, **values)
        elif kind == "archive":
            uid = _nth(t, "evidence", args[0])
            if uid:
                ops.archive_evidence(t, uid, args[1])
        elif kind == "delete":
            uid = _nth(t, "evidence", args[0])
            if uid:
                ops.delete_evidence(t, uid)
        elif kind == "set_status":
            country, rec, status, day, picks = args
            cited = [u for u in (_nth(t, "evidence", p) for p in picks) if u]
            ops.set_status(t, country, rec, status, effective_date=day, rationale="Why.", evidence=cited)
        elif kind == "correct":
            uid = _nth(t, "assessments", args[0])
            if uid:
                ops.correct_assessment(t, uid, status=args[1], effective_date=args[2])
        elif kind == "delete_assessment":
            uid = _nth(t, "assessments", args[0])
            if uid:
                ops.delete_assessment(t, uid)
        elif kind == "bulk":
            rows, between = args
            with bulk_write(t, operation="import") as writer:
                for i, (day, cs, status) in enumerate(rows):
                    writer.add_evidence(
                        NewEvidence(None, day, "Bulk", None, None, None, None, "other", None, None),
                        cs,
                        NewStatus(status, "Imported.", "reported") if status else None,
                    )
                    if between is not None and i == 0:
                        # An operation between flushes, as the import's updates of existing evidence run.
                        writer.flush()
                        uid = _nth(t, "evidence", between[0])
                        assert uid is not None
                        ops.edit_evidence(t, uid, event_date=between[1], cells=cs)
    except (ValidationError, NotFoundError):
        pass  # refused edits write nothing; the sequence goes on


def assert_matches_reference(t: Tracker, as_of: str, group: str | None, subset: list[Cell]) -> None:
    book = queries.codebook_view(t)
    members = book.groups[group] if group else None
    expected = reference_statuses(t, as_of, countries=members)
    got = queries.current_statuses(t, as_of, countries=members)
    assert list(got.items()) == list(expected.items())
    everything = reference_statuses(t, as_of)
    assert queries.cell_statuses(t, subset, as_of) == {c: everything[c] for c in subset if c in everything}
    interval = 30
    short = reference_statuses(t, as_of, interval=interval)
    assert queries.current_statuses(t, as_of, review_interval_days=interval) == short
    assert queries.cell_statuses(t, subset, as_of, review_interval_days=interval) == {c: short[c] for c in subset}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    sequence=st.lists(edits, min_size=1, max_size=12),
    checks=st.lists(
        st.tuples(
            st.one_of(days, st.just("2019-12-31"), st.just("2026-01-15")),
            st.one_of(st.none(), st.sampled_from(["Baltic states", "G7", "EU"])),
            cells,
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_fast_queries_equal_a_full_recomputation(tracker_templates: Any, sequence: list[Any], checks: list[Any]):
    clock = FakeClock()
    t = tracker_templates.clone("default", clock=clock)
    try:
        for edit in sequence:
            apply_edit(t, clock, edit)
        assert tallies.problems(t.db) == []
        assert cell_current.problems(t.db) == []  # each cell's latest assessment, kept by triggers (db.current)
        assert queries.counts(t) == reference_counts(t)
        for as_of, group, subset in checks:
            assert_matches_reference(t, as_of, group, subset)
            for country, rec in subset[:1]:
                history = queries.assessment_history(t, country=country, recommendation=rec, as_of=as_of)
                current = reference_statuses(t, as_of)[(country, rec)]
                flagged = {h.assessment_uid for h in history if h.needs_review}
                assert flagged == ({current.assessment_uid} if current.needs_review else set())
        start, end = sorted(c[0] for c in (checks * 2)[:2])
        before, after = reference_statuses(t, start), reference_statuses(t, end)
        expected = [
            (cell, before[cell], after[cell]) for cell in after if before[cell].status_code != after[cell].status_code
        ]
        got = [(c.before.cell, c.before, c.after) for c in queries.changes_between(t, start, end)]
        assert got == expected
    finally:
        t.close()
