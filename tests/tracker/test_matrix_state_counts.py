"""The window's matrix cache reads evidence counts only for the rows it shows (issue 10, start-up).

Property: after random edits and views, a cache made with ``counts_when_shown`` whose cells are
asked for through :meth:`MatrixState.shown_cell` equals a cache that read every count up front,
cell for cell, and has the same scores, ranks and changed cells (counts never change those); and
the cache's quick read of every cell (one scan of ``cell_current``) equals the general query.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import ops
from db.queries import current_statuses, with_evidence_count
from tracker.matrix_state import MatrixState, ViewKey

from .test_matrix_state import DATES, START, apply_edit, edits, views


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=views, steps=st.lists(edits, min_size=1, max_size=8), shown_first=st.booleans())
def test_counts_read_when_shown_equal_counts_read_up_front(tracker_templates: Any, first: ViewKey,
                                                           steps: list[tuple[Any, ...]], shown_first: bool) -> None:
    t = tracker_templates.clone("default", clock=lambda: START)
    ops.set_meta(t, "min_coverage_for_grade", "0.2")
    lazy = MatrixState(t, first, counts_when_shown=True)
    if shown_first:  # some rows shown before the edits, the others after
        for code, _ in lazy.countries[::2]:
            lazy.shown_cell((code, lazy.recs[0][0]))
    for edit in steps:
        if edit[0] == "view":
            lazy.configure(t, edit[1])
            continue
        change = apply_edit(t, edit)
        if change is not None:
            lazy.apply_change(change)
    eager = MatrixState(t, lazy.key)
    assert {c: (s.score, s.rank, s.grade) for c, s in lazy.scores.items()} == {
        c: (s.score, s.rank, s.grade) for c, s in eager.scores.items()}
    assert {c: s.status_code for c, s in lazy.before.items()} == {c: s.status_code for c, s in eager.before.items()}
    assert set(lazy.cells) == set(eager.cells)
    for cell, status in eager.cells.items():
        assert lazy.shown_cell(cell) == status
    # The cache's own read (one scan of cell_current) equals the general one, at any date.
    for day in (lazy.key.as_of, *DATES):
        quick = current_statuses(t, day, evidence_lists=False, details=False, counts=False, ordered=False)
        general = current_statuses(t, day, evidence_lists=False, details=False, ordered=False)
        assert quick == {cell: with_evidence_count(s, -1) for cell, s in general.items()}
