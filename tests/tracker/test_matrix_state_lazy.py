"""The window's matrix cache keeps the rows it read and makes a cell's status only when asked (issue 10, start-up).

Property: after random edits and views, with cells asked for in between, a cache made with
``counts_when_shown`` (statuses made when asked, scores computed from the rows read) gives the same
answers as one that made every status up front: every cell, every score with its row of cells,
grade, rank and order, and the changed cells; and the lazy read of every cell equals the general
query at any date, whatever order its cells are asked in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Tracker, ops
from db.queries import CellStatus, StatusTable, cache_statuses, current_statuses, with_evidence_count
from tracker.matrix_state import MatrixState, ViewKey
from tracker.scoring import CountryScore

from .test_matrix_state import DATES, START, apply_edit, edits, views


def uncounted(status: CellStatus) -> CellStatus:
    return with_evidence_count(status, -1)


def same_score(lazy: CountryScore, eager: CountryScore) -> None:
    assert replace(lazy, cells={}) == replace(eager, cells={})
    assert dict(lazy.cells) == {rec: uncounted(s) for rec, s in eager.cells.items()}


asks = st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=4)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=views, steps=st.lists(st.tuples(edits, asks), min_size=1, max_size=8))
def test_statuses_made_when_asked_equal_statuses_made_up_front(tracker_templates: Any, first: ViewKey,
                                                               steps: list[tuple[Any, ...]]) -> None:
    t = tracker_templates.clone("default", clock=lambda: START)
    ops.set_meta(t, "min_coverage_for_grade", "0.2")
    lazy = MatrixState(t, first, counts_when_shown=True)
    for edit, asked in steps:
        for row, col in asked:  # the matrix paints a few cells, or a tooltip reads one
            if lazy.countries and lazy.recs:
                code = lazy.countries[row % len(lazy.countries)][0]
                lazy.shown_cell((code, lazy.recs[col % len(lazy.recs)][0]))
        if edit[0] == "view":
            lazy.configure(t, edit[1])
            continue
        change = apply_edit(t, edit)
        if change is not None:
            lazy.apply_change(change)
    eager = MatrixState(t, lazy.key)
    assert set(lazy.scores) == set(eager.scores)
    for code, score in eager.scores.items():
        same_score(lazy.scores[code], score)
    assert [s.country_code for s in lazy.ranking()] == [s.country_code for s in eager.ranking()]
    assert {c: uncounted(s) for c, s in lazy.before.items()} == {c: uncounted(s) for c, s in eager.before.items()}
    assert {c: uncounted(s) for c, s in lazy.cells.items()} == {c: uncounted(s) for c, s in eager.cells.items()}
    # The lazy read of every cell equals the general query at any date, asked for backwards or forwards.
    for day in (lazy.key.as_of, *DATES):
        general = {cell: uncounted(s) for cell, s in current_statuses(
            t, day, ordered=False, evidence_lists=False, details=False).items()}
        table = cache_statuses(t, day)
        for cell in sorted(general, reverse=day < "2023"):
            assert table[cell] == general[cell]
        assert dict(table) == general and len(table) == len(general)


def test_start_up_makes_no_status_until_a_cell_is_shown(tracker: Tracker) -> None:
    """The scores and ranks of a fresh cache come from the rows read; the statuses are made as cells are shown."""
    state = MatrixState(tracker, ViewKey("2026-01-15"), counts_when_shown=True)
    table = state.cells
    assert isinstance(table, StatusTable)
    assert not any(table.is_made(cell) for cell in table)
    eager = MatrixState(tracker, state.key)
    for code, score in eager.scores.items():
        same_score(state.scores[code], score)
    first = (state.countries[0][0], state.recs[0][0])
    assert state.shown_cell(first) == eager.cells[first]
    assert table.is_made(first) and sum(table.is_made(cell) for cell in table) <= MatrixState.COUNT_BLOCK


def test_a_cell_made_after_the_file_changed_under_the_cache_shows_what_the_file_says(tracker: Tracker) -> None:
    """Making a cell reads its country's assessments then: when another program changed the file in between
    (the window's watcher reloads the cache on it), the cell says what the file says, never a mix."""
    ops.set_status(tracker, "DE", "visa", "full", effective_date="2024-01-01", rationale="first")
    table = cache_statuses(tracker, "2026-01-15")
    assert isinstance(table, StatusTable)
    assert table.score(("DE", "visa")) == 100.0  # "full", from the codes read: nothing made yet
    ops.set_status(tracker, "DE", "visa", "partial", effective_date="2025-01-01", rationale="second")
    made = table[("DE", "visa")]
    fresh = current_statuses(tracker, "2026-01-15", ordered=False, evidence_lists=False, details=False)
    assert made == uncounted(fresh[("DE", "visa")])
    assert (made.status_code, made.effective_date) == ("partial", "2025-01-01")
    assert table[("DE", "tps")] == uncounted(fresh[("DE", "tps")])  # the rest of the row, read at the same time
