"""The one writer of a status scale and grades (db/codebook_write.py), shared by ``init`` and the codebook import."""

from __future__ import annotations

from typing import Any

import pytest

from db import Tracker, blank_codebook, default_codebook, queries
from db.codebook import Grade, Status
from db.codebook_write import replace_status_scale


def scale(t: Tracker) -> list[tuple[str, str, float | None, str, int]]:
    return [
        (r["code"], r["label"], r["score"], r["color"], r["position"])
        for r in t.db.query("SELECT code, label, score, color, position FROM statuses ORDER BY position")
    ]


def grades(t: Tracker) -> list[tuple[str, float]]:
    return [(r[0], r[1]) for r in t.db.execute("SELECT grade, min_score FROM grades ORDER BY min_score DESC")]


class Recorder:
    """Collects the history entries replace_status_scale asks for."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, str, Any, Any]] = []

    def __call__(self, action: str, table: str, key: str, before: Any, after: Any) -> None:
        self.entries.append((action, table, key, before, after))


@pytest.mark.parametrize("book", [default_codebook(), blank_codebook()], ids=["default", "blank"])
def test_a_new_tracker_gets_the_codebooks_scale_and_grades_through_it(book):
    """load_codebook_into (init) writes the scale with the shared writer, and records no history for it."""
    with Tracker.in_memory(book) as t:
        assert scale(t) == [(s.code, s.label, s.score, s.color, pos) for pos, s in enumerate(book.statuses)]
        assert grades(t) == [(g.grade, g.min_score) for g in book.grades]
        assert not queries.history(t, table="statuses") and not queries.history(t, table="grades")


def test_replacing_a_scale_updates_kept_statuses_deletes_missing_ones_and_inserts_new_ones(blank_tracker: Tracker):
    old = {s.code: s for s in blank_codebook().statuses}
    new = [
        Status("not_assessed", "Unknown", None, "#999999"),
        Status("full", old["full"].label, old["full"].score, old["full"].color, old["full"].description),
        Status("great", "Great", 100, "#00FF00", "Even better"),
    ]
    record = Recorder()
    with blank_tracker.atomic():
        replace_status_scale(blank_tracker, new, [Grade("Pass", 50), Grade("Fail", 0)], history=record)
    assert scale(blank_tracker) == [
        ("not_assessed", "Unknown", None, "#999999", 0),
        ("full", old["full"].label, 100, old["full"].color, 1),
        ("great", "Great", 100, "#00FF00", 2),
    ]
    assert grades(blank_tracker) == [("Pass", 50), ("Fail", 0)]
    actions = [(a, table, key) for a, table, key, _b, _a in record.entries]
    deleted = sorted(code for code in old if code not in {"not_assessed", "full"})
    assert sorted(actions[: len(deleted)]) == [("delete", "statuses", code) for code in deleted]
    rest = actions[len(deleted) :]
    assert ("update", "statuses", "not_assessed") in rest and ("insert", "statuses", "great") in rest
    assert rest[-1] == ("update", "grades", "grades")
    # "full" moved to position 1: that is an update too; an unchanged status is not recorded
    assert all(key != "full" or a == "update" for a, _t, key in rest)


def test_the_same_scale_again_records_nothing(tracker: Tracker):
    book = default_codebook()
    before = scale(tracker)
    record = Recorder()
    with tracker.atomic():
        replace_status_scale(tracker, book.statuses, book.grades, history=record)
    assert scale(tracker) == before and record.entries == []


def test_no_grades_leaves_the_grades_alone(tracker: Tracker):
    before = grades(tracker)
    with tracker.atomic():
        replace_status_scale(tracker, default_codebook().statuses, [])
    assert grades(tracker) == before
