"""One incremental cache of what the matrix, the scorecards and the details dock show.

Computing every cell of a big tracker takes long, so it is done once per view
(as-of date, group, review interval, "changes since" date, "include proposed") and kept here; an
edit's :class:`db.ops.Change` names the cells it touched, and only those cells
are read again.  Scores are recomputed for the touched countries only, and
ranks for every country (a few hundred numbers), so every rank stays right
after any edit.  No Qt: this runs, and is tested, without a screen.

Pending proposals (the review queue, db.review) are few: they are read once per
reload and once per edit with :func:`db.review.pending_overlay`, never per cell.
The matrix marks every cell with one; with ``include_proposed`` the shown
statuses, and so the scores and ranks, are the approved ones overlaid with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import replace

from db import Tracker, lineage, review
from db.ops import Change, group_members
from db.queries import (
    Cell,
    CellStatus,
    CodebookView,
    StatusTable,
    cache_statuses,
    cell_statuses,
    cells_citing,
    codebook_view,
    current_statuses,
    evidence_counts,
    with_evidence_count,
)
from db.records import record
from db.review import Proposal

from .scoring import CountryScore, rank_map, rank_of_score, ranking_order, score_row, score_values


@record(frozen=True)
class ViewKey:
    """What a computed state depends on besides the tracker's contents."""

    as_of: str
    group: str | None = None
    review_interval_days: int | None = None
    compare_from: str | None = None
    include_proposed: bool = False  # scores and ranks count pending proposals (the toolbar's "Include proposed")
    #: The language of the codebook's texts and the country names shown (db.queries.codebook_view's).
    language: str = "en"


def proposed_status(approved: CellStatus, proposal: Proposal | None, book: CodebookView) -> CellStatus:
    """What a cell shows when pending proposals count: the proposal's status, dated as proposed, when it
    is later than the approved one (db.review.overlay_wins, as exports and reports decide), else ``approved``.

    The evidence count stays the cell's own; the rest of the approved assessment (its uid, rationale and
    author) does not belong to the proposal, so it is left out.
    """
    if proposal is None:
        return approved
    recorded_at = approved.recorded_at  # the matrix's cache leaves it out: the queue read gives the current one's
    if recorded_at is None and approved.effective_date == proposal.approved_effective_date:
        recorded_at = proposal.approved_recorded_at
    if not review.overlay_wins(proposal, approved.effective_date, recorded_at):
        return approved
    status = book.status(proposal.status_code)
    return CellStatus(
        approved.country_code, approved.recommendation_code, status.code, status.label, status.score, status.color,
        effective_date=proposal.effective_date, evidence_count=approved.evidence_count,
    )


def overlay(approved: Mapping[Cell, CellStatus], proposals: dict[Cell, Proposal],
            book: CodebookView) -> dict[Cell, CellStatus]:
    """A copy of ``approved`` with each pending proposal's status in place of its cell's."""
    shown = dict(approved)
    for cell, proposal in proposals.items():
        if cell in shown:
            shown[cell] = proposed_status(shown[cell], proposal, book)
    return shown


def statuses_of_cells(
    t: Tracker, cells: Iterable[Cell], as_of: str, *, review_interval_days: int | None, book: CodebookView,
    evidence_lists: bool = True, details: bool = True,
) -> dict[Cell, CellStatus]:
    """The status of a few cells, at a cost proportional to them (not to the tracker).

    The matrix's cache holds neither the lists of evidence each status cites (``evidence_lists=False``)
    nor the assessment's rationale, confidence, author and time (``details=False``): the matrix paints
    none of them, and reading them for every cell was a third of a big tracker's start-up.
    """
    wanted = list(dict.fromkeys(cells))
    if not wanted:
        return {}
    return cell_statuses(t, wanted, as_of, review_interval_days=review_interval_days, book=book,
                         evidence_lists=evidence_lists, details=details)


class MatrixState:
    """Every shown cell's status, every country's score and rank, and the cells changed since a date.

    Statuses are kept per date for every active country (the as-of date, the comparison date and the
    last date before them), so switching the group filter, turning "changes since" off and on, or going
    back to a date seen a moment ago recomputes nothing; edits patch every kept date.

    ``counts_when_shown=True`` (the window's cache): the evidence counts, which only the matrix's cells
    show, are read for a stretch of a country's row when a cell of it is first shown (:meth:`shown_cell`),
    not for every cell up front (a seek per cell: on a big tracker, half of what its statuses cost at
    start-up); until then a cached status's ``evidence_count`` is -1.  Statuses, scores, ranks and changes
    do not depend on them, and a score's row of cells always says -1, so it is the same shown or not.
    """

    KEPT_DATES = 3

    def __init__(self, t: Tracker, key: ViewKey, *, counts_when_shown: bool = False) -> None:
        self.tracker = t
        self.key = key
        self.counts_when_shown = counts_when_shown
        self.book: CodebookView  # read by reload(), below
        self.countries: list[tuple[str, str]] = []  # (code, name) of the shown countries, in the codebook's order
        self.recs: list[tuple[str, str]] = []  # (code, title)
        # every active cell (all countries) as of key.as_of, as shown (a StatusTable: made when asked for)
        self.cells: MutableMapping[Cell, CellStatus] = {}
        # the same, approved statuses only (is self.cells unless included)
        self.approved: MutableMapping[Cell, CellStatus] = {}
        self.proposals: dict[Cell, Proposal] = {}  # each active cell's pending proposal effective by key.as_of
        self._proposals_then: dict[Cell, Proposal] = {}  # the same at key.compare_from (only when included)
        self.scores: dict[str, CountryScore] = {}  # shown countries, ranked among themselves
        self.before: dict[Cell, CellStatus] = {}  # cells whose status differs at key.compare_from
        #: Cells with conflicting judgements (two statuses set on two copies of a shared tracker: db.merge),
        #: marked ⚠ by the matrix; whatever the date shown.  Usually none: one read of a small table.
        self.flagged: set[Cell] = set()
        self.flags_changed: set[Cell] = set()  # the cells whose mark came or went with the last change
        self.computed = 0  # how many full computations of a date ran (tests check that hidden views cost nothing)
        self._weights: dict[str, float] = {}
        self._names: dict[str, str] = {}
        self._dates: dict[tuple[str, int | None], MutableMapping[Cell, CellStatus]] = {}
        self._unranked: dict[str, CountryScore] = {}  # every active country's score as of key.as_of
        self._last_change: Change | None = None
        self._last_result: set[str] = set()
        self.reload()

    # -- full computation ------------------------------------------------------
    def configure(self, t: Tracker, key: ViewKey) -> bool:
        """Show ``key`` on tracker ``t``; recompute only what differs. True when anything changed."""
        if t is self.tracker and key == self.key:
            return False
        old, self.key = self.key, key
        self._last_change = None
        if t is not self.tracker or (key.review_interval_days, key.language) != (
                old.review_interval_days, old.language):
            self.tracker = t
            self.reload()
            return True
        if (key.as_of, key.include_proposed) != (old.as_of, old.include_proposed):
            self._show_date()
            self._unranked = {code: self._score(code) for code in self._names}
        if key.group != old.group:
            self._choose_countries()
        if (key.as_of, key.compare_from, key.include_proposed) != (old.as_of, old.compare_from, old.include_proposed):
            self._compare()
        self._rescore()
        return True

    def reload(self) -> None:
        """Compute everything for the view (new tracker, codebook edit): forgets every kept date."""
        t = self.tracker
        self._last_change = None
        self.book = book = codebook_view(t, self.key.language)
        self._dates = {}
        self._names = {c.code: c.name for c in book.active_countries()}
        self.recs = [(r.code, r.title) for r in book.active_recommendations()]
        self._weights = {r.code: r.weight for r in book.active_recommendations()}
        self._choose_countries()
        self._show_date()
        self._unranked = {code: self._score(code) for code in self._names}
        self._compare()
        self._rescore()
        self.flagged = lineage.flagged_cells(t)
        self.flags_changed = set()

    def _show_date(self) -> None:
        """The as-of date's statuses, pending proposals, and what is shown (approved, or overlaid)."""
        self.approved = self._statuses_at(self.key.as_of)
        self.proposals = self._pending_at(self.key.as_of)
        self.cells = overlay(self.approved, self.proposals, self.book) if self.key.include_proposed else self.approved

    def _pending_at(self, day: str) -> dict[Cell, Proposal]:
        """The pending proposals of active cells effective by ``day``: one read of the review queue."""
        if not self._names:
            return {}
        rec_codes = set(self._weights)
        return {cell: p for cell, p in review.pending_overlay(self.tracker, as_of=day).items()
                if cell[0] in self._names and cell[1] in rec_codes}

    def _choose_countries(self) -> None:
        key = self.key
        members = set(group_members(self.tracker, key.group)) if key.group else None
        self.countries = [(code, name) for code, name in self._names.items() if members is None or code in members]

    def _statuses_at(self, day: str) -> MutableMapping[Cell, CellStatus]:
        """Every active cell's status at ``day``: kept, or computed once."""
        slot = (day, self.key.review_interval_days)
        found = self._dates.pop(slot, None)
        if found is None:
            self.computed += 1
            if not self._names:
                found = {}
            elif self.counts_when_shown:  # the window's: statuses made when shown or asked for
                found = cache_statuses(self.tracker, day, review_interval_days=slot[1], book=self.book)
            else:
                found = current_statuses(self.tracker, day, review_interval_days=slot[1], book=self.book,
                                         evidence_lists=False, details=False, ordered=False)
        self._dates[slot] = found  # most recently used last
        wanted = {(self.key.as_of, slot[1]), (self.key.compare_from, slot[1])}
        while len(self._dates) > self.KEPT_DATES:
            victim = next((d for d in self._dates if d not in wanted), None)
            if victim is None:
                break
            del self._dates[victim]
        return found

    def _compare(self) -> None:
        self.before = {}
        self._proposals_then = {}
        if self.key.compare_from and self._names:
            then = self._statuses_at(self.key.compare_from)
            if self.key.include_proposed:
                self._proposals_then = self._pending_at(self.key.compare_from)
            for cell, now in self.cells.items():
                was = self._then(then, cell)
                if was.status_code != now.status_code:
                    self.before[cell] = was

    def _then(self, then: Mapping[Cell, CellStatus], cell: Cell) -> CellStatus:
        """``cell`` as shown at the comparison date (with its pending proposal when those are included)."""
        proposal = self._proposals_then.get(cell)
        return proposed_status(then[cell], proposal, self.book)

    def _score(self, code: str) -> CountryScore:
        cells = self.cells
        if isinstance(cells, StatusTable):  # scored from the rows read, no status made (start-up at 1m: -15 ms)
            shown = cells.row(code, [rec for rec, _ in self.recs])
            return score_values(code, self._names[code], shown.scores(), shown, self._weights, self.book.grades,
                                self.book.min_coverage_for_grade)
        row: dict[str, CellStatus] = {}
        for rec, _ in self.recs:
            status = cells.get((code, rec))
            if status is not None:
                # With counts read when shown, a score's cells never say one: the same score whether or not
                # its row was shown.
                row[rec] = (with_evidence_count(status, -1) if self.counts_when_shown and status.evidence_count >= 0
                            else status)
        return score_row(
            code, self._names[code], row, self._weights, self.book.grades, self.book.min_coverage_for_grade
        )

    def _rescore(self) -> None:
        self.scores = {code: self._unranked[code] for code, _ in self.countries}
        self._rank()

    def _rank(self) -> set[str]:
        """Give every shown country its rank among the shown ones; returns the countries whose rank moved."""
        rank_of = rank_map(self.scores.values())
        moved: set[str] = set()
        for code, score in self.scores.items():
            rank = rank_of_score(score, rank_of)
            if rank != score.rank:
                self.scores[code] = replace(score, rank=rank)
                moved.add(code)
        return moved

    def _citing_cells(self, uids: Iterable[str]) -> set[Cell]:
        """Cells whose status, at a kept date, is an assessment citing any of this evidence.

        An evidence edit names the cells the evidence is linked to, which need not be the cells of the
        assessments citing it (the cached statuses do not hold their evidence: see statuses_of_cells).
        """
        citing = cells_citing(self.tracker, uids)
        if not citing:
            return set()
        return {cell for cell, uid in citing
                if any(statuses.get(cell) is not None and statuses[cell].assessment_uid == uid
                       for statuses in self._dates.values())}

    # -- one edit --------------------------------------------------------------
    def apply_change(self, change: Change) -> set[str]:
        """Bring the cache up to date after ``change``; returns the countries whose row shows something new.

        Several views call this for the same Change (in whatever order the bus
        calls them); only the first call does the work.  A codebook change
        recomputes everything and returns every shown country.
        """
        if change is self._last_change:
            return set(self._last_result)
        if change.codebook:
            self.reload()
            result = {c for c, _ in self.countries}
        else:
            touched = set(change.cells)
            if change.evidence:
                touched |= self._citing_cells(change.evidence)
            result = self._apply_cells(touched, proposals=bool(change.proposals or change.cells))
            result |= self._apply_flags(touched)
        self._last_change, self._last_result = change, result
        return set(result)

    def _apply_cells(self, touched: Iterable[Cell], *, proposals: bool = False) -> set[str]:
        """Re-read ``touched`` at every kept date; with ``proposals``, the review queue too (once, not per cell)."""
        rec_codes = {r for r, _ in self.recs}
        cells = {c for c in touched if c[0] in self._names and c[1] in rec_codes}
        marked, marked_then = self._apply_proposals() if proposals else (set(), set())
        cells |= marked | marked_then
        if not cells:
            return set()
        # A ◆ came or went (or changed): the row shows it.  A proposal that differs only at the
        # comparison date changes the row only if its "changed since" mark moves (checked below).
        changed: set[str] = {country for country, _ in marked}
        for (day, interval), statuses in self._dates.items():
            fresh = statuses_of_cells(self.tracker, cells, day, review_interval_days=interval, book=self.book,
                                      evidence_lists=False, details=False)
            for cell in cells:
                status = fresh.get(cell)
                if status is not None and status != statuses.get(cell):
                    statuses[cell] = status
                    if statuses is self.approved:
                        changed.add(cell[0])
        if self.key.include_proposed:
            for cell in cells:
                shown = proposed_status(self.approved[cell], self.proposals.get(cell), self.book)
                if shown != self.cells.get(cell):
                    self.cells[cell] = shown
                    changed.add(cell[0])
        if self.key.compare_from:
            then = self._statuses_at(self.key.compare_from)
            for cell in cells:
                old = self.before.get(cell)
                was = self._then(then, cell)
                if was.status_code != self.cells[cell].status_code:
                    self.before[cell] = was
                else:
                    self.before.pop(cell, None)
                if self.before.get(cell) != old:
                    changed.add(cell[0])
        for code in changed:
            self._unranked[code] = self._score(code)
            if code in self.scores:
                self.scores[code] = self._unranked[code]
        return (changed & set(self.scores)) | self._rank()

    def _apply_flags(self, touched: set[Cell]) -> set[str]:
        """Read the conflicting judgements again when a change names cells (one read of a small table); the
        shown countries whose rows gain or lose a ⚠."""
        self.flags_changed = set()
        if not touched:
            return set()
        flagged = lineage.flagged_cells(self.tracker)
        self.flags_changed, self.flagged = flagged ^ self.flagged, flagged
        return {country for country, _ in self.flags_changed} & set(self.scores)

    def _apply_proposals(self) -> tuple[set[Cell], set[Cell]]:
        """Read the review queue again; the cells whose pending proposal differs now, and at the comparison date."""
        old_now, old_then = self.proposals, self._proposals_then
        self.proposals = self._pending_at(self.key.as_of)
        if self.key.include_proposed and self.key.compare_from:
            self._proposals_then = self._pending_at(self.key.compare_from)
        return ({c for c in old_now.keys() | self.proposals.keys() if old_now.get(c) != self.proposals.get(c)},
                {c for c in old_then.keys() | self._proposals_then.keys()
                 if old_then.get(c) != self._proposals_then.get(c)})

    # -- answers ----------------------------------------------------------------
    def ranking(self) -> list[CountryScore]:
        """Every shown country's score, best first (what the scorecards list)."""
        return ranking_order(self.scores.values())

    def ranked_count(self) -> int:
        """How many shown countries have a rank (a grade: enough of them assessed)."""
        return sum(1 for s in self.scores.values() if s.rank)

    def cell(self, cell: Cell) -> CellStatus | None:
        """The cached status of a shown cell, or None when the view does not show it.

        Without its evidence lists (``evidence_uids`` and ``evidence_urls`` are empty) and without the
        assessment's rationale, confidence, author and time (None): use :meth:`cited` for those.
        """
        return self.cells.get(cell)

    def shown_cell(self, cell: Cell) -> CellStatus | None:
        """:meth:`cell` with its evidence count, when the cache was made with ``counts_when_shown``: read the
        first time with its neighbours in the row (:data:`COUNT_BLOCK` cells, one query of a seek each)."""
        status = self.cells.get(cell)
        if status is not None and status.evidence_count < 0:
            self._count_block(cell)
            status = self.cells.get(cell)
        return status

    #: How many cells of a row :meth:`shown_cell` reads the counts of at once: about a screenful's width.
    COUNT_BLOCK = 16

    def _count_block(self, cell: Cell) -> None:
        """Read the evidence counts at the as-of date of ``cell``'s block of its row into the statuses shown."""
        country, rec = cell
        codes = [r for r, _ in self.recs]
        start = codes.index(rec) // self.COUNT_BLOCK * self.COUNT_BLOCK if rec in self._weights else 0
        row = [(country, r) for r in codes[start:start + self.COUNT_BLOCK]]
        counts = evidence_counts(self.tracker, row, self.key.as_of)
        for statuses in {id(d): d for d in (self.cells, self.approved)}.values():  # one dict unless overlaid
            for key in row:
                status = statuses.get(key)
                if status is not None and status.evidence_count < 0:
                    statuses[key] = with_evidence_count(status, counts.get(key, 0))

    def proposal(self, cell: Cell) -> Proposal | None:
        """The cell's pending proposal (effective by the as-of date), or None: whether or not it is included."""
        return self.proposals.get(cell)

    def approved_status(self, cell: Cell) -> CellStatus | None:
        """The cell's approved status (what it shows when proposals are not included)."""
        return self.approved.get(cell)

    def cited(self, cells: Iterable[Cell]) -> dict[Cell, CellStatus]:
        """These cells' statuses as of the view's date with the evidence each cites (read now, per cell)."""
        return statuses_of_cells(self.tracker, cells, self.key.as_of,
                                 review_interval_days=self.key.review_interval_days, book=self.book)
