"""A second coder's review (db/review.py): proposals, approvals, returns, the queue and the overlay.

Each operation is checked as a user sees it (the matrix's statuses, the
queue, the history), and each refusal writes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import NotFoundError, Tracker, ValidationError, ops, queries, review
from db.changes import changes_since, last_history_id
from db.check import check_tracker
from tests.conftest import FakeClock

Cell = tuple[str, str]


def db_hash(t: Tracker) -> str:
    return hashlib.sha256("\n".join(t.db.conn.iterdump()).encode("utf-8")).hexdigest()


def history(t: Tracker, since: int = 0) -> list[dict[str, Any]]:
    return list(t.db.query("SELECT * FROM history WHERE rowid > ? ORDER BY rowid", [since]))


def as_user(t: Tracker, user: str) -> Tracker:
    t.user = user
    return t


def status_of(t: Tracker, cell: Cell, as_of: str = "2026-01-15") -> str:
    return queries.current_statuses(t, as_of)[cell].status_code


@pytest.fixture
def reviewed(tracker: Tracker) -> Tracker:
    """The default tracker with review required, Alice at the keyboard."""
    review.set_review_required(tracker, True)
    return tracker


def propose(t: Tracker, status: str = "full", cell: Cell = ("PL", "visa"), date: str = "2025-06-01",
            **kw: Any) -> str:
    change = ops.set_status(t, cell[0], cell[1], status, effective_date=date, rationale="Visa fees waived.", **kw)
    assert change.uid is not None
    return change.uid


# ---------------------------------------------------------------- the setting
def test_review_is_off_until_turned_on_and_the_setting_is_in_the_history(tracker: Tracker) -> None:
    assert review.review_required(tracker) is False
    assert review.set_review_required(tracker, False).is_empty()  # already off
    mark = last_history_id(tracker)
    change = review.set_review_required(tracker, True)
    assert change.codebook and review.review_required(tracker)
    [entry] = history(tracker, mark)
    assert (entry["operation"], entry["table_name"], entry["row_key"]) == ("set_review_required", "meta",
                                                                           "review_required")
    assert review.set_review_required(tracker, True).is_empty()  # already on: nothing to undo
    review.set_review_required(tracker, False)
    assert not review.review_required(tracker)


def test_with_review_off_a_status_counts_at_once(tracker: Tracker) -> None:
    change = ops.set_status(tracker, "PL", "visa", "full", effective_date="2025-06-01", rationale="r")
    assert change.operation == "set_status" and change.assessments and not change.proposals
    assert status_of(tracker, ("PL", "visa")) == "full"


def test_while_review_is_required_a_status_is_not_corrected_in_place(tracker: Tracker) -> None:
    """A correction cannot slip a status change past the second coder; fixing the rationale still can."""
    change = ops.set_status(tracker, "PL", "visa", "partial", effective_date="2025-06-01", rationale="Some visas.")
    review.set_review_required(tracker, True)
    before = db_hash(tracker)
    for fix in ({"status": "full"}, {"effective_date": "2025-01-01"}):
        with pytest.raises(ValidationError, match="set a new status instead"):
            ops.correct_assessment(tracker, change.uid or "", **fix)
        assert db_hash(tracker) == before
    ops.correct_assessment(tracker, change.uid or "", rationale="Some visas (student ones).")
    assert queries.current_statuses(tracker, "2026-01-15")[("PL", "visa")].status_code == "partial"


# ---------------------------------------------------------------- proposing
def test_a_status_set_while_review_is_required_is_a_proposal_that_does_not_count(reviewed: Tracker) -> None:
    before = status_of(reviewed, ("PL", "visa"))
    mark = last_history_id(reviewed)
    change = ops.set_status(reviewed, "Poland", "visa", "Implemented", effective_date="2025-06-01", rationale="Waived.")
    assert change.operation == "propose_status"
    assert change.proposals == {change.uid} and change.cells == {("PL", "visa")} and not change.assessments
    assert status_of(reviewed, ("PL", "visa")) == before  # scores and ranks count only approved statuses
    p = review.proposal(reviewed, change.uid or "")
    assert (p.state, p.proposed_by, p.status_code, p.cell) == ("proposed", "Alice", "full", ("PL", "visa"))
    assert p.approved_status_code is None or p.approved_status_code == before
    [entry] = history(reviewed, mark)
    assert (entry["operation"], entry["action"], entry["table_name"]) == ("propose_status", "insert", "proposals")
    assert json.loads(entry["after"])["state"] == "proposed"


def test_a_proposal_is_validated_exactly_as_a_status_and_a_bad_one_writes_nothing(reviewed: Tracker) -> None:
    before = db_hash(reviewed)
    bad: list[dict[str, Any]] = [
        {"status": "bogus"}, {"status": "not_assessed"}, {"effective_date": "2025-02-30"}, {"rationale": "  "},
        {"confidence": "rumour"}, {"evidence": ["no-such-uid"]}, {"country": "XX"}, {"recommendation": "nope"},
    ]
    for override in bad:
        args: dict[str, Any] = {"country": "PL", "recommendation": "visa", "status": "full",
                                "effective_date": "2025-06-01", "rationale": "r"} | override
        with pytest.raises(ValidationError) as error:
            ops.set_status(reviewed, args.pop("country"), args.pop("recommendation"), args.pop("status"), **args)
        assert error.value.field
    assert db_hash(reviewed) == before


def test_evidence_added_with_a_status_proposes_it_on_each_cell(reviewed: Tracker) -> None:
    change = ops.add_evidence(
        reviewed, event_date="2025-05-01", countries=["PL", "LT"], recommendations=["visa"], title="Decree",
        status="partial", rationale="Some fees waived.",
    )
    assert not change.assessments and len(change.proposals) == 2
    overlay = review.pending_overlay(reviewed)
    assert set(overlay) >= {("PL", "visa"), ("LT", "visa")}
    assert overlay[("PL", "visa")].evidence == ((change.uid, "Decree"),)


def test_an_import_is_not_a_proposal(reviewed: Tracker) -> None:
    change = ops.set_status(reviewed, "PL", "visa", "full", effective_date="2025-06-01", rationale="r",
                            operation="import")
    assert change.assessments and not change.proposals


# ---------------------------------------------------------------- approving
def test_another_person_approves_and_the_status_counts_recorded_by_the_proposer(
    reviewed: Tracker, clock: FakeClock
) -> None:
    uid = propose(reviewed)
    proposed_at = review.proposal(reviewed, uid).proposed_at
    clock.advance(hours=2)
    as_user(reviewed, "Bob")
    assert review.review_counts(reviewed, "Bob") == review.ReviewCounts(1, 0, 0)
    mark = last_history_id(reviewed)
    change = review.approve(reviewed, uid)
    assert change.operation == "approve_status" and change.assessments == {uid} and change.proposals == {uid}
    status = queries.current_statuses(reviewed, "2026-01-15")[("PL", "visa")]
    assert (status.status_code, status.recorded_by, status.recorded_at) == ("full", "Alice", proposed_at)
    row = next(reviewed.db.query("SELECT reviewed_by, reviewed_at FROM assessments WHERE uid = ?", [uid]))
    assert row["reviewed_by"] == "Bob" and row["reviewed_at"] > proposed_at
    assert [(e["operation"], e["table_name"], e["user"]) for e in history(reviewed, mark)] == [
        ("approve_status", "assessments", "Bob"), ("approve_status", "proposals", "Bob"),
    ]
    assert review.proposal(reviewed, uid).state == "approved"
    assert review.review_counts(reviewed, "Bob") == review.ReviewCounts(0, 0, 0)
    assert check_tracker(reviewed) == []


def test_nobody_approves_their_own_proposal(reviewed: Tracker) -> None:
    uid = propose(reviewed)
    before = db_hash(reviewed)
    with pytest.raises(ValidationError, match=re.escape(review.SELF_APPROVAL)):
        review.approve(reviewed, uid)
    with pytest.raises(ValidationError, match="withdraw it instead"):
        review.return_proposal(reviewed, uid, "no")
    assert db_hash(reviewed) == before


def test_a_proposal_that_is_not_pending_cannot_be_approved_or_returned(reviewed: Tracker) -> None:
    uid = propose(reviewed)
    as_user(reviewed, "Bob")
    review.approve(reviewed, uid)
    before = db_hash(reviewed)
    with pytest.raises(ValidationError, match="approved, not waiting for review"):
        review.approve(reviewed, uid)
    with pytest.raises(ValidationError, match="not waiting for review"):
        review.return_proposal(reviewed, uid, "Too late")
    as_user(reviewed, "Alice")
    withdrawn = propose(reviewed, "partial", ("LT", "visa"))
    review.withdraw(reviewed, withdrawn)
    as_user(reviewed, "Bob")
    with pytest.raises(ValidationError, match="withdrawn"):
        review.approve(reviewed, withdrawn)
    with pytest.raises(NotFoundError):
        review.approve(reviewed, "00000000-0000-0000-0000-000000000000")
    assert review.proposal(reviewed, uid).state == "approved"
    del before


def test_undoing_an_approval_removes_the_status_and_the_proposal_waits_again(reviewed: Tracker) -> None:
    before_status = status_of(reviewed, ("PL", "visa"))
    uid = propose(reviewed)
    as_user(reviewed, "Bob")
    review.approve(reviewed, uid)
    change = review.unapprove(reviewed, uid)
    assert change.operation == "undo approve_status" and change.assessments == {uid}
    assert status_of(reviewed, ("PL", "visa")) == before_status
    p = review.proposal(reviewed, uid)
    assert (p.state, p.reviewed_by, p.assessment_uid) == ("proposed", None, None)
    review.approve(reviewed, uid)  # and it can be approved again
    assert status_of(reviewed, ("PL", "visa")) == "full"
    assert check_tracker(reviewed) == []


# ---------------------------------------------------------------- returning, withdrawing, revising
def test_a_return_needs_a_comment_and_the_proposer_sees_it(reviewed: Tracker) -> None:
    uid = propose(reviewed)
    as_user(reviewed, "Bob")
    before = db_hash(reviewed)
    for empty in ("", "   "):
        with pytest.raises(ValidationError) as error:
            review.return_proposal(reviewed, uid, empty)
        assert error.value.field == "comment"
    assert db_hash(reviewed) == before
    change = review.return_proposal(reviewed, uid, "Cite the decree, not the press release.")
    assert change.operation == "return_status" and change.proposals == {uid}
    assert review.review_counts(reviewed, "Alice") == review.ReviewCounts(0, 1, 0)
    page, _ = review.review_page(reviewed, state="returned", proposed_by="Alice")
    assert [(p.uid, p.reviewed_by, p.review_comment) for p in page] == [
        (uid, "Bob", "Cite the decree, not the press release.")
    ]
    assert review.pending_overlay(reviewed) == {}  # a returned proposal is no longer "proposed"
    review.unreturn(reviewed, uid)
    assert review.proposal(reviewed, uid).state == "proposed"


def test_only_the_proposer_withdraws(reviewed: Tracker) -> None:
    uid = propose(reviewed)
    as_user(reviewed, "Bob")
    before = db_hash(reviewed)
    with pytest.raises(ValidationError, match=re.escape("Only Alice, who proposed this change, can withdraw it.")):
        review.withdraw(reviewed, uid)
    assert db_hash(reviewed) == before
    as_user(reviewed, "Alice")
    assert review.withdraw(reviewed, uid).operation == "withdraw_proposal"
    assert review.proposal(reviewed, uid).state == "withdrawn"
    assert review.pending_overlay(reviewed) == {}
    review.unwithdraw(reviewed, uid)
    assert review.proposal(reviewed, uid).state == "proposed"


def test_the_proposer_revises_a_returned_proposal_and_it_waits_for_review_again(reviewed: Tracker) -> None:
    uid = propose(reviewed)
    as_user(reviewed, "Bob")
    review.return_proposal(reviewed, uid, "Partial, surely?")
    with pytest.raises(ValidationError, match="Only Alice"):
        review.resubmit(reviewed, uid, status="partial")
    as_user(reviewed, "Alice")
    change = review.resubmit(reviewed, uid, status="partial", rationale="Only some fees are waived.")
    assert change.operation == "resubmit_proposal" and change.uid != uid
    new = review.proposal(reviewed, change.uid or "")
    assert (new.state, new.status_code, new.replaces, new.effective_date) == ("proposed", "partial", uid, "2025-06-01")
    assert review.proposal(reviewed, uid).state == "returned"  # the old one keeps the reviewer's comment
    assert review.review_counts(reviewed, "Alice") == review.ReviewCounts(0, 0, 1)  # no longer "returned to me"
    with pytest.raises(ValidationError, match="already been revised"):
        review.resubmit(reviewed, uid)
    review.delete_proposal(reviewed, change.uid or "", operation="undo resubmit_proposal")  # undo the revision
    assert review.review_counts(reviewed, "Alice") == review.ReviewCounts(0, 1, 0)


def test_undoing_a_proposal_deletes_it_but_not_an_approved_one(reviewed: Tracker) -> None:
    uid = propose(reviewed)
    change = review.delete_proposal(reviewed, uid)
    assert change.operation == "undo propose_status"
    with pytest.raises(NotFoundError):
        review.proposal(reviewed, uid)
    assert history(reviewed)[-1]["action"] == "delete"
    uid = propose(reviewed)
    as_user(reviewed, "Bob")
    review.approve(reviewed, uid)
    with pytest.raises(ValidationError, match="undo the approval first"):
        review.delete_proposal(reviewed, uid)


# ---------------------------------------------------------------- reading the queue
def test_the_queue_pages_newest_first_and_filters_by_person(reviewed: Tracker, clock: FakeClock) -> None:
    made: list[str] = []
    for i, (user, country) in enumerate([("Alice", "PL"), ("Bob", "LT"), ("Alice", "LV"), ("Carol", "EE")] * 3):
        as_user(reviewed, user)
        clock.advance(minutes=1)
        made.append(propose(reviewed, "full", (country, "visa"), f"2025-0{1 + i % 9}-01"))
    seen: list[str] = []
    key = None
    while True:
        page, key = review.review_page(reviewed, state="proposed", after=key, limit=5)
        seen += [p.uid for p in page]
        if key is None:
            break
    assert seen == made[::-1]
    for_alice, _ = review.review_page(reviewed, exclude_proposed_by="Alice", limit=100)
    assert {p.proposed_by for p in for_alice} == {"Bob", "Carol"} and len(for_alice) == 6
    mine, _ = review.review_page(reviewed, state="all", proposed_by="Alice")
    assert len(mine) == 6
    assert review.review_counts(reviewed, "Alice") == review.ReviewCounts(6, 0, 6)
    with pytest.raises(ValidationError):
        review.review_page(reviewed, state="bogus")  # type: ignore[arg-type]


def test_the_overlay_shows_the_latest_pending_proposal_per_cell_in_effect_by_the_date(reviewed: Tracker) -> None:
    first = propose(reviewed, "partial", date="2025-01-01")
    second = propose(reviewed, "full", date="2025-03-01")
    propose(reviewed, "none", ("LT", "visa"), date="2030-01-01")  # not in effect yet
    assert {c: p.uid for c, p in review.pending_overlay(reviewed, as_of="2025-02-01").items()} == {
        ("PL", "visa"): first
    }
    assert {c: p.uid for c, p in review.pending_overlay(reviewed).items()} == {("PL", "visa"): second}
    assert review.pending_overlay(reviewed, cells=[("LT", "visa")]) == {}
    assert set(review.pending_overlay(reviewed, as_of="2031-01-01")) == {("PL", "visa"), ("LT", "visa")}


def test_including_proposed_statuses_changes_only_the_cells_a_proposal_wins(reviewed: Tracker) -> None:
    approved = queries.current_statuses(reviewed, "2026-01-15")
    as_user(reviewed, "Bob")
    ops.set_status(reviewed, "DE", "visa", "none", effective_date="2025-09-01", rationale="r", operation="import")
    approved = queries.current_statuses(reviewed, "2026-01-15")
    as_user(reviewed, "Alice")
    propose(reviewed, "full", ("PL", "visa"), "2025-06-01")
    propose(reviewed, "full", ("DE", "visa"), "2025-01-01")  # older than the approved status: does not win
    both = review.with_proposed(reviewed, approved, as_of="2026-01-15")
    assert both[("PL", "visa")].status_code == "full" and both[("PL", "visa")].recorded_by == "Alice"
    assert both[("DE", "visa")] == approved[("DE", "visa")]
    assert {c for c in approved if both[c] != approved[c]} == {("PL", "visa")}
    assert review.with_proposed(reviewed, {}, as_of="2026-01-15") == {}


def test_other_windows_learn_of_proposals_and_approvals_from_the_history(reviewed: Tracker) -> None:
    mark = last_history_id(reviewed)
    uid = propose(reviewed)
    change, mark = changes_since(reviewed, mark)
    assert change.proposals == {uid} and change.cells == {("PL", "visa")} and not change.codebook
    as_user(reviewed, "Bob")
    review.approve(reviewed, uid)
    change, _ = changes_since(reviewed, mark)
    assert change.proposals == {uid} and change.assessments == {uid} and change.cells == {("PL", "visa")}


# ---------------------------------------------------------------- the property
COUNTRIES = ["PL", "LT", "DE"]
STATUSES = ["none", "partial", "full"]
USERS = ["Alice", "Bob", "Carol"]

step = st.one_of(
    st.tuples(st.just("propose"), st.sampled_from(USERS), st.sampled_from(COUNTRIES), st.sampled_from(STATUSES),
              st.integers(0, 40)),
    st.tuples(st.just("approve"), st.sampled_from(USERS), st.integers(0, 50)),
    st.tuples(st.just("return"), st.sampled_from(USERS), st.integers(0, 50)),
    st.tuples(st.just("withdraw"), st.sampled_from(USERS), st.integers(0, 50)),
    st.tuples(st.just("unapprove"), st.sampled_from(USERS), st.integers(0, 50)),
)


def expected(model: list[dict[str, Any]], states: set[str], day: str) -> dict[Cell, str]:
    """Each cell's status from the model alone: the latest (date, time) of the rows in ``states``."""
    best: dict[Cell, tuple[str, str, str]] = {}
    for row in model:
        if row["state"] in states and row["date"] <= day:
            cell = (row["country"], "visa")
            key = (row["date"], row["at"], row["status"])
            if cell not in best or key[:2] > best[cell][:2]:
                best[cell] = key
    return {cell: v[2] for cell, v in best.items()}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, max_size=25), day_offset=st.integers(0, 45))
def test_approved_statuses_and_the_overlay_equal_a_recomputation(
    tracker_templates: Any, steps: list[tuple[Any, ...]], day_offset: int
) -> None:
    """After random propose/approve/return/withdraw/unapprove sequences, the approved statuses and the
    statuses with proposals included equal a recomputation from a plain model of the proposals."""
    with tracker_templates.clone("blank", clock=FakeClock()) as t:
        for code in COUNTRIES:
            ops.add_country(t, code)
        ops.add_recommendation(t, "visa", "Visa")
        review.set_review_required(t, True)
        model: list[dict[str, Any]] = []
        first = dt.date(2025, 1, 1)
        for s in steps:
            t.user = s[1]
            if s[0] == "propose":
                _, user, country, status, days = s
                date = (first + dt.timedelta(days=days)).isoformat()
                uid = ops.set_status(t, country, "visa", status, effective_date=date, rationale="r").uid
                at = review.proposal(t, uid or "").proposed_at
                model.append({"uid": uid, "by": user, "country": country, "status": status, "date": date,
                              "at": at, "state": "proposed"})
                continue
            if not model:
                continue
            row = model[s[2] % len(model)]
            allowed = {
                "approve": row["state"] == "proposed" and row["by"] != s[1],
                "return": row["state"] == "proposed" and row["by"] != s[1],
                "withdraw": row["state"] in ("proposed", "returned") and row["by"] == s[1],
                "unapprove": row["state"] == "approved",
            }[s[0]]
            actions = {
                "approve": lambda u: review.approve(t, u),
                "return": lambda u: review.return_proposal(t, u, "Check it."),
                "withdraw": lambda u: review.withdraw(t, u),
                "unapprove": lambda u: review.unapprove(t, u),
            }
            if not allowed:
                with pytest.raises(ValidationError):
                    actions[s[0]](row["uid"])
                continue
            actions[s[0]](row["uid"])
            row["state"] = {"approve": "approved", "return": "returned", "withdraw": "withdrawn",
                            "unapprove": "proposed"}[s[0]]
        day = (first + dt.timedelta(days=day_offset)).isoformat()
        approved = queries.current_statuses(t, day)
        assessed = {c: s.status_code for c, s in approved.items() if s.assessed}
        assert assessed == expected(model, {"approved"}, day)
        included = review.with_proposed(t, approved, as_of=day)
        assert {c: s.status_code for c, s in included.items() if s.assessed} == expected(
            model, {"approved", "proposed"}, day
        )
        counts = review.review_counts(t, "Alice")
        assert counts.waiting_for_me == sum(r["state"] == "proposed" and r["by"] != "Alice" for r in model)
        assert counts.mine_pending == sum(r["state"] == "proposed" and r["by"] == "Alice" for r in model)
        assert check_tracker(t) == []


# ---------------------------------------------------------------- cost
def vm_steps(t: Tracker, read: Any) -> int:
    """SQLite virtual-machine steps (in hundreds) a read takes: a cost that timing noise cannot blur."""
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    t.db.conn.set_progress_handler(count, 100)
    try:
        read()
    finally:
        t.db.conn.set_progress_handler(None, 0)
    return steps[0]


def test_the_queue_and_the_overlay_cost_what_they_show_not_the_whole_past(reviewed: Tracker) -> None:
    """20,000 reviewed proposals in the past: a deep page costs what the first does, and the overlay
    reads only the pending ones (index seeks, never a scan of the table)."""
    for i in range(5):
        propose(reviewed, "full", (["PL", "LT", "LV", "EE", "DE"][i], "visa"))
    small_overlay = vm_steps(reviewed, lambda: review.pending_overlay(reviewed))
    reviewed.db.conn.executemany(
        "INSERT INTO proposals (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
        " confidence, proposed_by, proposed_at, state, reviewed_by) VALUES (?, 'FR', 'visa', 'full', '2024-01-01',"
        " 'r', 'reported', 'Bob', ?, 'approved', 'Alice')",
        [(f"{i:08d}-0000-4000-8000-000000000000", f"2025-01-01T00:00:00.{i:06d}Z") for i in range(20_000)],
    )
    assert len(review.pending_overlay(reviewed)) == 5
    assert vm_steps(reviewed, lambda: review.pending_overlay(reviewed)) <= small_overlay + 2
    first, key = review.review_page(reviewed, state="approved", limit=50)
    for _ in range(200):  # 10,000 rows down
        _, key = review.review_page(reviewed, state="approved", after=key, limit=50)
    deep = vm_steps(reviewed, lambda: review.review_page(reviewed, state="approved", after=key, limit=50))
    top = vm_steps(reviewed, lambda: review.review_page(reviewed, state="approved", limit=50))
    assert deep <= top * 1.5 + 2, (deep, top)
    assert first[0].proposed_at == "2025-01-01T00:00:00.019999Z"


def test_counting_and_listing_returned_proposals_costs_the_same_however_long_the_past(reviewed: Tracker) -> None:
    """The Review tab's title is re-counted on every change: "returned to me, not yet revised" must seek the
    revisions (an index on ``replaces``), not scan every proposal ever made for each returned one."""
    returned = [propose(reviewed, "full", (c, "visa")) for c in ("PL", "LT", "LV")]
    reviewed.user = "Bob"
    for uid in returned:
        review.return_proposal(reviewed, uid, "Check the source.")
    reviewed.user = "Alice"

    def read() -> None:
        review.review_counts(reviewed, "Alice")
        review.review_page(reviewed, state="returned", proposed_by="Alice", limit=50)

    small = vm_steps(reviewed, read)
    reviewed.db.conn.executemany(
        "INSERT INTO proposals (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
        " confidence, proposed_by, proposed_at, state, reviewed_by) VALUES (?, 'FR', 'visa', 'full', '2024-01-01',"
        " 'r', 'reported', 'Bob', ?, 'approved', 'Alice')",
        [(f"{i:08d}-0000-4000-8000-000000000000", f"2025-01-01T00:00:00.{i:06d}Z") for i in range(20_000)],
    )
    assert review.review_counts(reviewed, "Alice").returned_to_me == 3
    assert vm_steps(reviewed, read) <= small + 2
