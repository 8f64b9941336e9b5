"""Codebook edits (db/codebook_ops.py): each validated, one transaction with history, undoable, and the refusals
that keep a tracker sound (a used status or recommendation is never deleted; exactly one "not assessed")."""

from __future__ import annotations

import json
from typing import Any

import pytest

from db import Tracker, ValidationError, ops, queries
from db import codebook_ops as cb
from tracker.matrix_state import MatrixState, ViewKey


def history(t: Tracker, n: int = 1) -> list[dict[str, Any]]:
    rows = list(t.db.query("SELECT * FROM history ORDER BY rowid DESC LIMIT ?", [n]))
    return [dict(r) for r in reversed(rows)]


def dump(t: Tracker) -> list[tuple[Any, ...]]:
    """Everything a refused edit must leave as it was."""
    return [
        *t.db.execute("SELECT * FROM recommendations ORDER BY rowid"),
        *t.db.execute("SELECT * FROM statuses ORDER BY code"),
        *t.db.execute("SELECT * FROM grades ORDER BY grade"),
        *t.db.execute("SELECT * FROM meta ORDER BY key"),
        *t.db.execute("SELECT count(*) FROM history"),
    ]


def refused(t: Tracker, field: str, call: Any, *args: Any, **kwargs: Any) -> str:
    """``call`` raises a ValidationError naming ``field`` and writes nothing; returns its message."""
    before = dump(t)
    with pytest.raises(ValidationError) as info:
        call(t, *args, **kwargs)
    assert info.value.field == field, info.value.message
    assert dump(t) == before
    return info.value.message


def assess(t: Tracker, country: str, rec: str, status: str) -> None:
    ops.set_status(t, country, rec, status, effective_date="2025-01-01", rationale="Seen in the decree.")


# ---------------------------------------------------------------- recommendations
def test_add_edit_and_undo_a_recommendation(tracker: Tracker) -> None:
    code = cb.suggest_code(tracker, "Sanctions: exemptions for dissidents!")
    assert code == "sanctions_exemptions_dissidents"  # whole words, no small ones, 32 characters at most
    assert cb.suggest_code(tracker, "Visa") == "visa_2"  # taken: numbered
    assert cb.suggest_code(tracker, "2024 rules") == "r_2024_rules"  # a code starts with a letter
    change = cb.add_recommendation(tracker, code, "Sanctions exemptions", text="Exempt them.", weight="0.5")
    assert change.codebook and change.uid == code
    assert cb.recommendation_order(tracker)[-1] == code
    assert history(tracker)[0]["operation"] == "add_recommendation"

    change = cb.edit_recommendation(tracker, code, title="Exemptions", guidance="Count any exemption.", weight=2)
    assert change.codebook
    rec = cb.recommendation(tracker, code)
    assert (rec["title"], rec["guidance"], rec["weight"]) == ("Exemptions", "Count any exemption.", 2)
    entry = history(tracker)[0]
    assert (entry["operation"], entry["action"], entry["row_key"]) == ("edit_recommendation", "update", code)
    assert json.loads(entry["before"])["title"] == "Sanctions exemptions"

    cb.edit_recommendation(tracker, code, operation="undo edit_recommendation", title="Sanctions exemptions",
                           guidance="", weight=0.5)
    assert cb.recommendation(tracker, code)["title"] == "Sanctions exemptions"
    assert history(tracker)[0]["operation"] == "undo edit_recommendation"

    cb.delete_recommendation(tracker, code, operation="undo add_recommendation")
    assert code not in cb.recommendation_order(tracker)
    entry = history(tracker)[0]
    assert (entry["operation"], entry["action"]) == ("undo add_recommendation", "delete")


def test_recommendation_edits_are_validated_and_name_the_field(tracker: Tracker) -> None:
    assert "required" in refused(tracker, "title", cb.edit_recommendation, "visa", title="   ")
    taken = "Temporary protected status for those in need".upper()  # another's title, in other letter case
    refused(tracker, "title", cb.edit_recommendation, "visa", title=taken)
    refused(tracker, "weight", cb.edit_recommendation, "visa", weight=0)
    refused(tracker, "weight", cb.edit_recommendation, "visa", weight="heavy")
    refused(tracker, "recommendation code", cb.add_recommendation, "Visa Policy", "New one")
    refused(tracker, "recommendation code", cb.add_recommendation, "visa", "New one")
    refused(tracker, "title", cb.add_recommendation, "new_one", "")
    refused(tracker, "position", cb.edit_recommendation, "visa", position=3)  # the order has its own operation


def test_reorder_moves_one_recommendation_and_undo_restores_the_order(tracker: Tracker) -> None:
    order = cb.recommendation_order(tracker)
    change = cb.move_recommendation(tracker, order[2], -1)
    assert change.codebook
    moved = cb.recommendation_order(tracker)
    assert moved == [order[0], order[2], order[1], *order[3:]]
    assert [r.code for r in queries.codebook_view(tracker).recommendations] == moved  # the matrix's order
    entries = history(tracker, 2)
    assert {e["row_key"] for e in entries} == {order[1], order[2]}
    assert {e["operation"] for e in entries} == {"move_recommendation"}
    refused(tracker, "order", cb.move_recommendation, moved[0], -1)  # already first
    refused(tracker, "order", cb.move_recommendation, moved[-1], 1)  # already last
    refused(tracker, "order", cb.set_recommendation_order, moved[:-1])  # one left out
    cb.set_recommendation_order(tracker, order, operation="undo move_recommendation")
    assert cb.recommendation_order(tracker) == order
    assert history(tracker)[0]["operation"] == "undo move_recommendation"


def test_archive_and_restore_a_recommendation(tracker: Tracker) -> None:
    state = MatrixState(tracker, ViewKey("2026-01-01"))
    assert "students" in [r for r, _ in state.recs]
    change = cb.archive_recommendation(tracker, "students")
    assert change.codebook and cb.recommendation(tracker, "students")["archived"] == 1
    state.apply_change(change)
    assert "students" not in [r for r, _ in state.recs]
    change = cb.archive_recommendation(tracker, "students", False, operation="undo archive_recommendation")
    state.apply_change(change)
    assert "students" in [r for r, _ in state.recs]
    assert history(tracker)[0]["operation"] == "undo archive_recommendation"
    assert not cb.restore_recommendation(tracker, "students").codebook  # not archived: nothing to change


def test_a_used_recommendation_is_never_deleted(tracker: Tracker) -> None:
    assess(tracker, "PL", "tps", "full")
    message = refused(tracker, "recommendation", cb.delete_recommendation, "tps")
    assert "1 assessment(s) and 0 evidence link(s)" in message and "archive it instead" in message
    ops.add_evidence(tracker, event_date="2025-01-01", countries=["PL"], recommendations=["antiwar"], title="A law")
    assert "0 assessment(s) and 1 evidence link(s)" in refused(
        tracker, "recommendation", cb.delete_recommendation, "antiwar"
    )


# ---------------------------------------------------------------- the status scale
def test_a_score_change_rescores_every_country(tracker: Tracker) -> None:
    for rec in ("visa", "tps", "students"):
        assess(tracker, "PL", rec, "partial")
    assess(tracker, "DE", "visa", "full")
    state = MatrixState(tracker, ViewKey("2026-01-01"))
    before = state.scores["PL"].score
    assert before is not None
    assert cb.status_use(tracker, "partial") == 3

    change = cb.edit_status(tracker, "partial", score=60)
    assert change.codebook
    assert change.cells == {("PL", "visa"), ("PL", "tps"), ("PL", "students")}
    state.apply_change(change)
    assert state.scores["PL"].score == pytest.approx(before * 60 / 75)
    entry = history(tracker)[0]
    assert (entry["operation"], entry["table_name"], entry["row_key"]) == ("edit_status", "statuses", "partial")
    assert (json.loads(entry["before"])["score"], json.loads(entry["after"])["score"]) == (75, 60)

    undo = cb.edit_status(tracker, "partial", score=75, operation="undo edit_status")
    state.apply_change(undo)
    assert state.scores["PL"].score == pytest.approx(before)
    # A label, colour or description change re-scores nothing.
    assert cb.edit_status(tracker, "partial", label="Partly in force", color="#00aa00").cells == set()
    assert cb.status(tracker, "partial")["color"] == "#00AA00"


def test_status_edits_are_validated(tracker: Tracker) -> None:
    refused(tracker, "label", cb.edit_status, "partial", label="")
    assert "Another status" in refused(tracker, "label", cb.edit_status, "partial", label="implemented")
    refused(tracker, "label", cb.edit_status, "partial", label="full")  # another status's code
    refused(tracker, "color", cb.edit_status, "partial", color="green")
    refused(tracker, "score", cb.edit_status, "partial", score=101)
    refused(tracker, "score", cb.edit_status, "partial", score="high")
    # Two "not assessed" statuses: a judgement cannot lose its score, and "not assessed" cannot get one.
    assert "exactly one" in refused(tracker, "score", cb.edit_status, "partial", score="")
    refused(tracker, "score", cb.edit_status, "not_assessed", score=10)
    assert "exactly one" in refused(tracker, "score", cb.add_status, "maybe", "Maybe", score=None, color="#123456")
    refused(tracker, "code", cb.add_status, "full", "Fully", score=100, color="#123456")
    refused(tracker, "code", cb.add_status, "Bad Code", "Fully", score=100, color="#123456")


def test_add_and_retire_a_status_and_undo_puts_it_back_in_place(tracker: Tracker) -> None:
    cb.add_status(tracker, "planned", "Planned", score=40, color="#336699", description="A plan is published.")
    codes = [s.code for s in queries.codebook_view(tracker).statuses]
    assert codes[-1] == "planned"
    assess(tracker, "PL", "visa", "planned")  # the new status can be used at once
    message = refused(tracker, "status", cb.retire_status, "planned")
    assert "1 assessment(s)" in message

    kept = cb.status(tracker, "announced")
    change = cb.retire_status(tracker, "announced")
    assert change.codebook
    assert "announced" not in [s.code for s in queries.codebook_view(tracker).statuses]
    entry = history(tracker)[0]
    assert (entry["operation"], entry["action"]) == ("retire_status", "delete")
    cb.add_status(tracker, kept["code"], kept["label"], score=kept["score"], color=kept["color"],
                  description=kept["description"], position=kept["position"], operation="undo retire_status")
    assert [s.code for s in queries.codebook_view(tracker).statuses] == codes
    assert cb.status(tracker, "announced") == kept


def test_the_not_assessed_status_always_remains(tracker: Tracker) -> None:
    assert "always keeps it" in refused(tracker, "status", cb.retire_status, "not_assessed")


def test_a_status_a_review_proposal_uses_is_not_retired(tracker: Tracker) -> None:
    from db import review

    review.set_review_required(tracker, True)
    ops.set_status(tracker, "PL", "visa", "announced", effective_date="2025-01-01", rationale="Announced.")
    assert cb.status_use(tracker, "announced") == 1
    assert "review proposal" in refused(tracker, "status", cb.retire_status, "announced")
    refused(tracker, "recommendation", cb.delete_recommendation, "visa")


# ---------------------------------------------------------------- grades and settings
def test_grade_bands_are_validated(tracker: Tracker) -> None:
    assert "overlap" in refused(tracker, "min_score", cb.set_grading, [("A", 50), ("B", 50), ("F", 0)])
    assert "no grade" in refused(tracker, "min_score", cb.set_grading, [("A", 80), ("B", 40)])  # a gap under 40
    refused(tracker, "grade", cb.set_grading, [("A", 80), ("a", 0)])
    refused(tracker, "grade", cb.set_grading, [("", 80), ("F", 0)])
    refused(tracker, "grade", cb.set_grading, [])
    refused(tracker, "min_score", cb.set_grading, [("A", 120), ("F", 0)])
    refused(tracker, "min_score", cb.set_grading, [("A", ""), ("F", 0)])
    refused(tracker, "min_coverage_for_grade", cb.set_grading, None, 1.5)


def test_new_grade_bands_and_coverage_regrade_and_undo(tracker: Tracker) -> None:
    for rec in ("visa", "tps", "students"):
        assess(tracker, "PL", rec, "partial")
    state = MatrixState(tracker, ViewKey("2026-01-01"))
    assert state.scores["PL"].grade == "B"
    old = [(g.grade, g.min_score) for g in cb.grades(tracker)]
    change = cb.set_grading(tracker, [("Fail", 0), ("Pass", 70)], 0.8)  # any order: kept best first
    assert change.codebook
    state.apply_change(change)
    assert [(g.grade, g.min_score) for g in cb.grades(tracker)] == [("Pass", 70), ("Fail", 0)]
    assert state.scores["PL"].grade is None  # 3 of 5 assessed is under 80 %
    assert {e["operation"] for e in history(tracker, 2)} == {"set_grading"}
    assert {e["table_name"] for e in history(tracker, 2)} == {"grades", "meta"}
    state.apply_change(cb.set_grading(tracker, old, "0.5", operation="undo set_grading"))
    assert state.scores["PL"].grade == "B"
    assert not cb.set_grading(tracker, old, 0.5).codebook  # the same again: nothing to change


def test_tracker_settings(tracker: Tracker) -> None:
    change = cb.set_settings(tracker, title="Second year", source="Handbook", review_interval_days="90")
    assert change.codebook
    assert cb.settings(tracker)["title"] == "Second year"
    assert tracker.meta("review_interval_days") == "90"
    assert {e["operation"] for e in history(tracker, 3)} == {"set_settings"}
    assert "required" in refused(tracker, "title", cb.set_settings, title=" ")
    refused(tracker, "review_interval_days", cb.set_settings, review_interval_days="0")
    refused(tracker, "review_interval_days", cb.set_settings, review_interval_days="soon")
    refused(tracker, "review_interval_days", cb.set_settings, review_interval_days=10**9)
    assert not cb.set_settings(tracker, title="Second year").codebook  # unchanged: no history
    cb.set_review_required(tracker, True, operation=None)
    assert cb.review_required(tracker)
    cb.set_review_required(tracker, False, operation="undo set_review_required")
    assert not cb.review_required(tracker)
    assert history(tracker)[0]["operation"] == "undo set_review_required"
