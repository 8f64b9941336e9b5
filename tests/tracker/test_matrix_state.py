"""The shared matrix cache: after any edit, the incremental update equals a full recomputation.

A property test drives random edits through ``db.ops`` (statuses, corrections,
withdrawals, evidence added, edited, relinked, redated and archived) under random
as-of dates, groups and comparison dates, and after each one compares the
cache with a fresh one: statuses, scores, grades, ranks and the changed cells,
and that it names exactly the countries whose row shows something new.  The
tracker's grading threshold (``min_coverage_for_grade``) is drawn too, and may
change between edits: only countries with enough assessed are graded and ranked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Tracker, ops
from db.queries import assessment_history
from db.search import evidence_for_cell, search_evidence
from tracker.matrix_state import MatrixState, ViewKey
from tracker.scoring import scorecard

COUNTRIES = ["EE", "LV", "LT", "FR", "DE", "PL"]
RECS = ["visa", "tps", "students", "antiwar", "sanctions"]
STATUSES = ["not_assessed", "contrary", "none", "announced", "partial", "full"]
DATES = ["2021-06-01", "2022-03-01", "2023-01-01", "2023-06-01", "2024-01-01", "2025-01-01"]
GROUPS = [None, "Baltic states", "EU", "G7"]
START = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)

cells = st.tuples(st.sampled_from(COUNTRIES), st.sampled_from(RECS))
views = st.builds(
    ViewKey,
    as_of=st.sampled_from(DATES + ["2026-01-15"]),
    group=st.sampled_from(GROUPS),
    review_interval_days=st.sampled_from([None, 30, 365]),
    compare_from=st.sampled_from([None, *DATES]),
)
edits = st.one_of(
    st.tuples(st.just("set_status"), cells, st.sampled_from(STATUSES[1:]), st.sampled_from(DATES)),
    st.tuples(st.just("correct"), st.integers(0, 50), st.sampled_from(STATUSES[1:]), st.sampled_from(DATES),
              st.booleans()),
    st.tuples(st.just("delete_assessment"), st.integers(0, 50)),
    st.tuples(st.just("add_evidence"), st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=2, unique=True),
              st.lists(st.sampled_from(RECS), min_size=1, max_size=2, unique=True), st.sampled_from(DATES),
              st.sampled_from([None, *STATUSES[1:]])),
    st.tuples(st.just("edit_evidence"), st.integers(0, 50), st.lists(cells, min_size=1, max_size=3, unique=True),
              st.sampled_from(DATES), st.sampled_from([None, "https://example.org/a", "https://example.org/b"])),
    st.tuples(st.just("archive_evidence"), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("view"), views),
    st.tuples(st.just("threshold"), st.sampled_from(["0", "0.2", "0.5", "0.6", "1"])),
)


def apply_edit(t: Tracker, edit: tuple[Any, ...]) -> ops.Change | None:
    """Run one random edit; None when it has nothing to work on."""
    kind = edit[0]
    assessments = [a.assessment_uid for a in assessment_history(t) if a.assessment_uid]
    evidence = [e.uid for e in search_evidence(t, ops_filter_all())]
    if kind == "set_status":
        (country, rec), status, day = edit[1:]
        return ops.set_status(t, country, rec, status, effective_date=day, rationale="Random.")
    if kind == "correct" and assessments:
        pick, status, day, link = edit[1:]
        uid = assessments[pick % len(assessments)]
        linked = evidence[:1] if link and evidence else []
        return ops.correct_assessment(t, uid, status=status, effective_date=day, evidence=linked)
    if kind == "delete_assessment" and assessments:
        return ops.delete_assessment(t, assessments[edit[1] % len(assessments)])
    if kind == "add_evidence":
        countries, recs, day, status = edit[1:]
        return ops.add_evidence(t, event_date=day, countries=countries, recommendations=recs, title="Random",
                                status=status, rationale="Random." if status else None)
    if kind == "edit_evidence" and evidence:
        pick, where, day, url = edit[1:]
        return ops.edit_evidence(t, evidence[pick % len(evidence)], cells=where, event_date=day, url=url)
    if kind == "threshold":
        return ops.set_meta(t, "min_coverage_for_grade", edit[1])
    if kind == "archive_evidence" and evidence:
        pick, archived = edit[1:]
        return ops.archive_evidence(t, evidence[pick % len(evidence)], archived)
    return None


def ops_filter_all() -> Any:
    from db.search import EvidenceFilter

    return EvidenceFilter(include_archived=True)


def snapshot(state: MatrixState) -> dict[str, Any]:
    """What a row of the matrix shows, per country."""
    rows: dict[str, Any] = {}
    for code, _ in state.countries:
        rows[code] = (
            [state.cells[(code, r)] for r, _ in state.recs],
            state.scores[code],
            [state.before.get((code, r)) for r, _ in state.recs],
        )
    return rows


def assert_same(state: MatrixState, fresh: MatrixState) -> None:
    assert state.countries == fresh.countries and state.recs == fresh.recs
    assert state.cells == fresh.cells
    assert state.scores == fresh.scores  # scores, coverage, grades and ranks, with each row's cells
    assert state.before == fresh.before
    assert state.ranking() == fresh.ranking()
    assert_coverage_rule(state)


def assert_coverage_rule(state: MatrixState) -> None:
    """Grades and ranks only for countries with enough assessed; ranks among those, shared on ties (1, 1, 3)."""
    threshold = state.book.min_coverage_for_grade
    graded = [s for s in state.scores.values() if s.score is not None and s.assessed >= threshold * s.total - 1e-9]
    for s in state.scores.values():
        assert (s.rank is not None) == (s in graded), s
        assert s.grade is None or s in graded, s
    for s in graded:
        assert s.rank == 1 + sum(1 for other in graded if (other.score or 0) > (s.score or 0))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=views, threshold=st.sampled_from(["0", "0.2", "0.5", "1"]), steps=st.lists(edits, min_size=1, max_size=10))
def test_every_incremental_update_equals_a_full_recomputation(tracker_templates: Any, first: ViewKey, threshold: str,
                                                              steps: list[tuple[Any, ...]]) -> None:
    t = tracker_templates.clone("default", clock=lambda: START)
    ops.set_meta(t, "min_coverage_for_grade", threshold)
    state = MatrixState(t, first)
    for edit in steps:
        if edit[0] == "view":
            old = state.key
            assert state.configure(t, edit[1]) == (edit[1] != old)
            assert_same(state, MatrixState(t, state.key))
            continue
        shown = snapshot(state)
        change = apply_edit(t, edit)
        if change is None:
            continue
        moved = state.apply_change(change)
        fresh = MatrixState(t, state.key)
        assert_same(state, fresh)
        after = snapshot(state)
        assert moved == {code for code in after if after[code] != shown[code]}
        assert state.apply_change(change) == moved  # asked again by another view: same answer, no work


def test_ranks_of_every_country_follow_an_edit(tracker: Tracker) -> None:
    """An edit that moves one country moves the others' ranks too (the old matrix ranked only the edited row)."""
    ops.set_meta(tracker, "min_coverage_for_grade", "0")  # ranked from the first assessment: this is about ranks
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2024-01-01", rationale="r")
    ops.set_status(tracker, "FR", "visa", "partial", effective_date="2024-01-01", rationale="r")
    state = MatrixState(tracker, ViewKey("2025-01-01"))
    assert (state.scores["DE"].rank, state.scores["FR"].rank, state.scores["EE"].rank) == (1, 2, 3)
    moved = state.apply_change(
        ops.set_status(tracker, "EE", "tps", "full", effective_date="2024-01-01", rationale="r")
    )  # Estonia: (0 + 100) / 2 = 50, still behind France (75)
    assert moved == {"EE"}
    moved = state.apply_change(
        ops.set_status(tracker, "EE", "visa", "full", effective_date="2024-06-01", rationale="r")
    )  # Estonia: 100, level with Germany: shared first place, France third
    assert moved == {"EE", "FR"}
    truth = {s.country_code: s.rank for s in scorecard(tracker, "2025-01-01")}
    assert {c: s.rank for c, s in state.scores.items()} == truth
    assert (truth["DE"], truth["EE"], truth["FR"]) == (1, 1, 3)


def test_a_codebook_change_recomputes_everything(tracker: Tracker) -> None:
    state = MatrixState(tracker, ViewKey("2025-01-01", group="Baltic states"))
    assert [c for c, _ in state.countries] == ["EE", "LV", "LT"]
    before = state.computed
    assert state.apply_change(ops.archive_country(tracker, "LV")) == {"EE", "LT"}
    assert state.computed == before + 1 and [c for c, _ in state.countries] == ["EE", "LT"]


def test_configure_recomputes_only_when_the_view_differs(tracker: Tracker) -> None:
    state = MatrixState(tracker, ViewKey("2025-01-01"))
    assert not state.configure(tracker, ViewKey("2025-01-01"))
    assert state.computed == 1
    assert state.configure(tracker, ViewKey("2025-01-01", compare_from="2022-01-01"))
    assert state.computed == 2


def test_evidence_counts_follow_evidence_edits(tracker: Tracker) -> None:
    state = MatrixState(tracker, ViewKey("2025-01-01"))
    change = ops.add_evidence(tracker, event_date="2024-01-01", countries=["FR"], recommendations=["visa"], title="t")
    assert state.apply_change(change) == {"FR"}
    assert state.cells[("FR", "visa")].evidence_count == len(evidence_for_cell(tracker, "FR", "visa")) == 1
    assert state.apply_change(ops.edit_evidence(tracker, change.uid or "", event_date="2025-06-01")) == {"FR"}
    assert state.cells[("FR", "visa")].evidence_count == 0  # now dated after the as-of date


# -- the review queue: pending proposals over the approved statuses ---------------------------------------------------
review_views = st.builds(
    ViewKey,
    as_of=st.sampled_from(DATES + ["2026-01-15"]),
    group=st.sampled_from(GROUPS),
    review_interval_days=st.sampled_from([None, 365]),
    compare_from=st.sampled_from([None, *DATES]),
    include_proposed=st.booleans(),
)
review_edits = st.one_of(
    st.tuples(st.just("propose"), st.sampled_from(["Alice", "Bob"]), cells, st.sampled_from(STATUSES[1:]),
              st.sampled_from(DATES)),
    st.tuples(st.just("approve"), st.integers(0, 20)),
    st.tuples(st.just("unapprove"), st.integers(0, 20)),
    st.tuples(st.just("return"), st.integers(0, 20)),
    st.tuples(st.just("withdraw"), st.integers(0, 20)),
    st.tuples(st.just("set_status"), cells, st.sampled_from(STATUSES[1:]), st.sampled_from(DATES)),
    st.tuples(st.just("view"), review_views),
)


def apply_review_edit(t: Tracker, edit: tuple[Any, ...]) -> ops.Change | None:
    """One random review step, by whoever may take it (the proposer withdraws, another person reviews)."""
    from db import review

    kind = edit[0]
    if kind == "propose":
        user, (country, rec), status, day = edit[1:]
        t.user = user
        return review.propose_status(t, country, rec, status, effective_date=day, rationale="Proposed.")
    if kind == "set_status":  # review off for a moment: recorded at once (as by an import)
        (country, rec), status, day = edit[1:]
        return ops.set_status(t, country, rec, status, effective_date=day, rationale="Set.", operation="import")
    wanted = {"approve": "proposed", "return": "proposed", "withdraw": "proposed", "unapprove": "approved"}[kind]
    rows, _ = review.review_page(t, state=wanted, limit=100)  # type: ignore[arg-type]
    if not rows:
        return None
    p = rows[edit[1] % len(rows)]
    t.user = p.proposed_by if kind == "withdraw" else ("Bob" if p.proposed_by == "Alice" else "Alice")
    if kind == "approve":
        return review.approve(t, p.uid)
    if kind == "unapprove":
        return review.unapprove(t, p.uid)
    if kind == "return":
        return review.return_proposal(t, p.uid, "Check the source.")
    return review.withdraw(t, p.uid)


def review_snapshot(state: MatrixState) -> dict[str, Any]:
    """What a row shows with the review queue: the statuses shown, the approved ones and each cell's ◆."""
    rows = snapshot(state)
    return {code: (row, [(state.approved[(code, r)], state.proposal((code, r))) for r, _ in state.recs])
            for code, row in rows.items()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=review_views, steps=st.lists(review_edits, min_size=1, max_size=12))
def test_the_proposal_overlay_equals_a_full_recomputation(tracker_templates: Any, first: ViewKey,
                                                          steps: list[tuple[Any, ...]]) -> None:
    """After random propose / approve / unapprove / return / withdraw / direct edits, under random views
    (with and without "include proposed"), the cache equals a fresh one and names exactly the rows that moved."""
    t = tracker_templates.clone("default", clock=lambda: START)
    ops.set_meta(t, "min_coverage_for_grade", "0.2")
    state = MatrixState(t, first)
    for edit in steps:
        if edit[0] == "view":
            state.configure(t, edit[1])
            fresh = MatrixState(t, state.key)
            assert_same(state, fresh)
            assert state.proposals == fresh.proposals
            continue
        shown = review_snapshot(state)
        change = apply_review_edit(t, edit)
        if change is None:
            continue
        moved = state.apply_change(change)
        fresh = MatrixState(t, state.key)
        assert_same(state, fresh)
        assert state.proposals == fresh.proposals and state.approved == fresh.approved
        after = review_snapshot(state)
        assert moved == {code for code in after if after[code] != shown[code]}


def test_include_proposed_counts_a_pending_proposal_only_when_asked(tracker: Tracker) -> None:
    from db import review

    review.set_review_required(tracker, True)
    approved = MatrixState(tracker, ViewKey("2026-01-15"))
    counted = MatrixState(tracker, ViewKey("2026-01-15", include_proposed=True))
    change = ops.set_status(tracker, "FR", "visa", "full", effective_date="2025-01-01", rationale="Proposed.")
    assert change.operation == "propose_status"  # routed: review is required
    assert approved.apply_change(change) == {"FR"} and counted.apply_change(change) == {"FR"}
    assert approved.cells[("FR", "visa")].status_code == "not_assessed"
    assert counted.cells[("FR", "visa")].status_code == "full"
    kept = counted.approved_status(("FR", "visa"))
    assert approved.proposal(("FR", "visa")) is not None and kept is not None and kept.status_code == "not_assessed"
    assert approved.scores["FR"].score is None and counted.scores["FR"].score == 100
    assert counted.computed == 1  # the overlay read the queue; no date was computed again


def test_a_proposal_seen_only_at_the_comparison_date_moves_no_row_that_shows_nothing_new(tracker: Tracker) -> None:
    """Viewing 2022 compared with 2023 (a later date), a proposal dated 2023 changes no status shown in 2022:
    the row is named as changed only if its "changed since" mark moves."""
    from db import review

    key = ViewKey("2022-03-01", compare_from="2023-01-01", include_proposed=True)
    state = MatrixState(tracker, key)
    shown = review_snapshot(state)
    change = review.propose_status(tracker, "EE", "visa", str(state.cells[("EE", "visa")].status_code),
                                   effective_date="2023-01-01", rationale="Proposed.")
    moved = state.apply_change(change)
    after = review_snapshot(state)
    assert moved == {code for code in after if after[code] != shown[code]}
    assert_same(state, MatrixState(tracker, key))
