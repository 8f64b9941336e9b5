"""Country scores, coverage, grades and ranks: the arithmetic of a scorecard.

Rules (README, "Scores"): a cell's score is its current status's score; a
country's score is the weighted mean of its *assessed* cells (unassessed
cells are left out, never counted as 0); coverage is assessed of total.  A
country gets a grade (from the codebook's bands) and a rank only when its
coverage reaches the codebook's ``min_coverage_for_grade`` (default half):
one assessment out of five is a score, not a verdict.  Ranks are among the
graded countries, shared on equal (displayed) scores (1, 1, 3).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import field, replace

from db import Tracker
from db.codebook import DEFAULT_MIN_COVERAGE
from db.ops import group_members
from db.queries import CellStatus, CodebookView, GradeInfo, codebook_view, current_statuses
from db.records import record


@record(frozen=True)
class CountryScore:
    country_code: str
    country_name: str
    score: float | None
    assessed: int
    total: int
    grade: str | None
    rank: int | None
    cells: Mapping[str, CellStatus] = field(default_factory=dict)
    min_coverage: float = DEFAULT_MIN_COVERAGE

    @property
    def incomplete(self) -> bool:
        """Coverage under the codebook's threshold: a score, but no grade and no rank yet."""
        return self.total > 0 and self.assessed / self.total < self.min_coverage

    @property
    def graded(self) -> bool:
        """Whether the country has a score and enough of it assessed to earn a grade and a rank."""
        return self.score is not None and not self.incomplete

    @property
    def coverage_text(self) -> str:
        return f"{self.assessed} of {self.total} assessed"

    @property
    def not_graded_text(self) -> str:
        """Why there is no grade or rank: 'not graded: 1 of 5 assessed' ('' when graded)."""
        if self.graded:
            return ""
        if self.score is None:
            return f"not graded: nothing assessed (0 of {self.total})"
        return f"not graded: {self.coverage_text}"

    @property
    def score_text(self) -> str:
        """'62.5 · 4 of 5 assessed', or '— · 0 of 5 assessed'."""
        value = "—" if self.score is None else f"{self.score:.1f}"
        return f"{value} · {self.coverage_text}"


def needed_for_grade(min_coverage: float, total: int) -> int:
    """How many of ``total`` recommendations must be assessed for a grade (3 of 5 at half)."""
    return next((k for k in range(total + 1) if k / total >= min_coverage), total) if total else 0


def share_text(min_coverage: float) -> str:
    """The threshold in words: 'half', 'all', or a percentage such as '60%'."""
    if min_coverage == 0.5:
        return "half"
    if min_coverage == 1:
        return "all"
    return f"{min_coverage * 100:.3g}%"


def coverage_rule_text(min_coverage: float, total: int) -> str:
    """The grading rule in one sentence, for methodology texts and tooltips."""
    if min_coverage <= 0:
        return "Every country with a score is graded and ranked."
    need = needed_for_grade(min_coverage, total)
    return (
        f"A country needs at least {share_text(min_coverage)} of its recommendations assessed "
        f"({need} of {total}) for a grade and a rank; with fewer it has a score but is not graded."
    )


def round_score(value: float) -> float:
    """One decimal, halves away from zero (what a person expects, unlike banker's rounding)."""
    return float(int(value * 10 + (0.5 if value >= 0 else -0.5))) / 10


def grade_for(score: float | None, grades: Iterable[GradeInfo]) -> str | None:
    if score is None:
        return None
    for band in sorted(grades, key=lambda g: -g.min_score):
        if score >= band.min_score:
            return band.grade
    return None


def weighted_score(cells: Iterable[CellStatus], weights: Mapping[str, float]) -> float | None:
    """Weighted mean of the assessed cells' scores, or None when none is assessed."""
    total_weight = 0.0
    total = 0.0
    for cell in cells:
        if cell.score is None:
            continue
        w = weights[cell.recommendation_code]
        total += w * cell.score
        total_weight += w
    if total_weight == 0:
        return None
    return round_score(total / total_weight)


def score_row(
    code: str,
    name: str,
    row: Mapping[str, CellStatus],
    weights: Mapping[str, float],
    grades: Iterable[GradeInfo],
    min_coverage: float = DEFAULT_MIN_COVERAGE,
) -> CountryScore:
    """One country's score from its row of cells (recommendation code -> status), not yet ranked.

    The grade is left empty when fewer than ``min_coverage`` of the recommendations are assessed.
    """
    return score_values(code, name, [(cell.recommendation_code, cell.score) for cell in row.values()], row,
                        weights, grades, min_coverage)


def score_values(
    code: str,
    name: str,
    values: Iterable[tuple[str, float | None]],
    row: Mapping[str, CellStatus],
    weights: Mapping[str, float],
    grades: Iterable[GradeInfo],
    min_coverage: float = DEFAULT_MIN_COVERAGE,
) -> CountryScore:
    """:func:`score_row` from each cell's (recommendation code, score) in ``row``'s order: the matrix's cache
    scores a row it has not made status objects for (db.queries.StatusRow)."""
    # One pass (the matrix scores 200 countries at start-up): the same sums, in the same order, as
    # weighted_score, and the coverage rule of CountryScore.graded.
    total = total_weight = 0.0
    assessed = 0
    for rec, value in values:
        if value is None:
            continue
        assessed += 1
        w = weights[rec]
        total += w * value
        total_weight += w
    score = None if total_weight == 0 else round_score(total / total_weight)
    n = len(weights)
    graded = score is not None and not (n > 0 and assessed / n < min_coverage)
    return CountryScore(
        country_code=code,
        country_name=name,
        score=score,
        assessed=assessed,
        total=n,
        grade=grade_for(score, grades) if graded else None,
        rank=None,
        cells=row,
        min_coverage=min_coverage,
    )


def rank_map(scores: Iterable[CountryScore]) -> dict[float, int]:
    """Rank of each graded country's score value, best first; equal scores share a rank (1, 1, 3).

    Countries without a grade (too little assessed) take no place in the ranking.
    """
    ranked_scores = sorted((s.score for s in scores if s.graded and s.score is not None), reverse=True)
    rank_of: dict[float, int] = {}
    for position, value in enumerate(ranked_scores, 1):
        rank_of.setdefault(value, position)
    return rank_of


def rank_of_score(score: CountryScore, rank_of: Mapping[float, int]) -> int | None:
    """The rank ``score`` takes in ``rank_of`` (from :func:`rank_map`), or None when it is not graded."""
    return rank_of[score.score] if score.graded and score.score is not None else None


def ranking_order(scores: Iterable[CountryScore]) -> list[CountryScore]:
    """Ranked countries best first, then those with a score but no grade (best score first), then
    those with nothing assessed; ties by name."""
    return sorted(
        scores,
        key=lambda s: (
            s.rank is None, s.rank or 0, s.score is None, -(s.score or 0.0), s.country_name,
        ),
    )


def compute_scores(
    cells: Mapping[tuple[str, str], CellStatus], book: CodebookView, countries: Iterable[str] | None = None
) -> list[CountryScore]:
    """Scores for ``countries`` (default: every active one), ranked, best first."""
    recs = book.active_recommendations()
    weights = {r.code: r.weight for r in recs}
    names = {c.code: c.name for c in book.countries}
    codes = list(countries) if countries is not None else [c.code for c in book.active_countries()]
    scored: list[CountryScore] = []
    for code in codes:
        row = {r.code: cells[(code, r.code)] for r in recs if (code, r.code) in cells}
        scored.append(
            score_row(code, names.get(code, code), row, weights, book.grades, book.min_coverage_for_grade)
        )
    rank_of = rank_map(scored)
    return ranking_order(replace(s, rank=rank_of_score(s, rank_of)) for s in scored)


def scorecard(
    t: Tracker, as_of: str | _dt.date | None = None, *, group: str | None = None, book: CodebookView | None = None
) -> list[CountryScore]:
    """Every active country's score as of a date, optionally within a group; ranks are within that set."""
    book = book or codebook_view(t)
    members = group_members(t, group) if group else None
    cells = current_statuses(t, as_of, book=book, countries=members)
    return compute_scores(cells, book, members)


@record(frozen=True)
class ScoreChange:
    country_code: str
    country_name: str
    before: CountryScore
    after: CountryScore

    @property
    def delta(self) -> float | None:
        if self.before.score is None or self.after.score is None:
            return None
        return round_score(self.after.score - self.before.score)


def score_changes(
    t: Tracker, start: str | _dt.date, end: str | _dt.date, *, group: str | None = None
) -> list[ScoreChange]:
    """How each country's score, coverage and rank moved between two dates."""
    book = codebook_view(t)
    before = {s.country_code: s for s in scorecard(t, start, group=group, book=book)}
    after = scorecard(t, end, group=group, book=book)
    return [
        ScoreChange(s.country_code, s.country_name, before[s.country_code], s)
        for s in after
        if (before[s.country_code].score, before[s.country_code].assessed) != (s.score, s.assessed)
    ]
