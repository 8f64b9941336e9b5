"""The arithmetic of a scorecard: weighted means of assessed cells, coverage,
grades, ranks, as-of dates, groups and changes between dates."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from db import Tracker, default_codebook, ops, queries
from db.queries import GradeInfo
from tracker.scoring import CountryScore, grade_for, round_score, score_changes, scorecard, weighted_score


def status(t: Tracker, country: str, rec: str, code: str, date: str = "2023-01-01") -> str:
    return ops.set_status(t, country, rec, code, effective_date=date, rationale="Reason.").uid  # type: ignore[return-value]


def grade_every_score(t: Tracker) -> None:
    """Grade and rank from the first assessment (threshold 0), for tests about the ranking itself."""
    ops.set_meta(t, "min_coverage_for_grade", "0")


def score_of(t: Tracker, country: str, as_of: str = "2024-01-01", group: str | None = None) -> CountryScore:
    return next(s for s in scorecard(t, as_of, group=group) if s.country_code == country)


# ---------------------------------------------------------------- the mean of assessed cells
def test_unassessed_cells_are_left_out_not_counted_as_zero(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full")
    fr = score_of(tracker, "FR")
    assert fr.score == 100  # not 20 = 100 / 5
    assert (fr.assessed, fr.total) == (1, 5)
    assert (fr.grade, fr.rank) == (None, None)  # 1 of 5 is under the codebook's half: a score, not a grade
    assert fr.not_graded_text == "not graded: 1 of 5 assessed"
    assert fr.score_text == "100.0 · 1 of 5 assessed"
    assert set(fr.cells) == {"visa", "tps", "students", "antiwar", "sanctions"}


def test_mean_of_several_cells(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full")  # 100
    status(tracker, "FR", "tps", "none")  # 25
    status(tracker, "FR", "students", "partial")  # 75
    status(tracker, "FR", "antiwar", "contrary")  # 0
    fr = score_of(tracker, "FR")
    assert fr.score == 50.0  # (100 + 25 + 75 + 0) / 4
    assert (fr.assessed, fr.total, fr.grade) == (4, 5, "C")


def test_contrary_action_counts_as_zero(tracker: Tracker) -> None:
    """'Contrary action' is a judgement (0); 'Not assessed' is not."""
    ee = score_of(tracker, "EE")  # the shipped example: visa contrary
    assert (ee.score, ee.assessed, ee.grade) == (0.0, 1, None)
    ops.set_meta(tracker, "min_coverage_for_grade", "0")
    assert score_of(tracker, "EE").grade == "F"


def test_a_country_with_nothing_assessed_has_no_score(tracker: Tracker) -> None:
    de = score_of(tracker, "DE")
    assert (de.score, de.grade, de.rank, de.assessed, de.total) == (None, None, None, 0, 5)
    assert de.score_text == "— · 0 of 5 assessed"
    assert de.incomplete


def test_weights_change_the_mean(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full")  # 100
    status(tracker, "FR", "tps", "contrary")  # 0
    assert score_of(tracker, "FR").score == 50.0
    ops.edit_recommendation(tracker, "visa", weight=2)
    assert score_of(tracker, "FR").score == 66.7  # (2×100 + 1×0) / 3 = 66.67
    status(tracker, "FR", "students", "announced")  # 50
    assert score_of(tracker, "FR").score == 62.5  # (2×100 + 0 + 50) / 4
    ops.edit_recommendation(tracker, "tps", weight=0.5)
    assert score_of(tracker, "FR").score == 71.4  # (200 + 0.5×0 + 50) / 3.5 = 71.43


def test_weight_of_an_unassessed_recommendation_does_not_matter(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "none")
    ops.edit_recommendation(tracker, "sanctions", weight=10)
    assert score_of(tracker, "FR").score == 25.0


# ---------------------------------------------------------------- coverage
@pytest.mark.parametrize(
    "assessed, incomplete",
    [(0, True), (1, True), (2, True), (3, False), (4, False), (5, False)],
)
def test_coverage_under_half_is_incomplete(tracker: Tracker, assessed: int, incomplete: bool) -> None:
    for rec in ["visa", "tps", "students", "antiwar", "sanctions"][:assessed]:
        status(tracker, "FR", rec, "partial")
    fr = score_of(tracker, "FR")
    assert (fr.assessed, fr.total) == (assessed, 5)
    assert fr.coverage_text == f"{assessed} of 5 assessed"
    assert fr.incomplete is incomplete


def test_exactly_half_is_not_incomplete(tracker: Tracker) -> None:
    ops.archive_recommendation(tracker, "sanctions")
    status(tracker, "FR", "visa", "full")
    status(tracker, "FR", "tps", "full")
    fr = score_of(tracker, "FR")
    assert (fr.assessed, fr.total, fr.incomplete) == (2, 4, False)


# ---------------------------------------------------------------- grades
@pytest.fixture
def bands() -> list[GradeInfo]:
    """The default codebook's bands, as a tracker built from it holds them."""
    return [GradeInfo(g.grade, g.min_score) for g in default_codebook().grades]


@pytest.mark.parametrize(
    "score, grade",
    [(100, "A"), (80, "A"), (79.9, "B"), (60, "B"), (59.9, "C"), (40, "C"), (39.9, "D"), (20, "D"), (19.9, "F"),
     (0.1, "F"), (0, "F"), (None, None)],
)
def test_grade_bands_at_their_boundaries(bands: list[GradeInfo], score: float | None, grade: str | None) -> None:
    assert grade_for(score, bands) == grade


def test_grade_bands_in_any_order_and_without_a_floor() -> None:
    bands = [GradeInfo("Fail", 20), GradeInfo("Pass", 50)]
    assert grade_for(50, bands) == "Pass"
    assert grade_for(49.9, bands) == "Fail"
    assert grade_for(19.9, bands) is None


def test_a_score_of_exactly_80_is_graded_a(tracker: Tracker) -> None:
    codes = [("visa", "full"), ("tps", "full"), ("students", "full"), ("antiwar", "partial"), ("sanctions", "none")]
    for rec, code in codes:
        status(tracker, "FR", rec, code)
    fr = score_of(tracker, "FR")
    assert (fr.score, fr.grade) == (80.0, "A")  # (300 + 75 + 25) / 5
    status(tracker, "FR", "antiwar", "announced", "2023-02-01")
    fr = score_of(tracker, "FR")
    assert (fr.score, fr.grade) == (75.0, "B")


# ---------------------------------------------------------------- ranks
def test_ranks_are_shared_on_ties_with_competition_ranking(tracker: Tracker) -> None:
    grade_every_score(tracker)
    status(tracker, "FR", "visa", "full")
    status(tracker, "DE", "tps", "full")
    status(tracker, "PL", "antiwar", "announced")
    card = scorecard(tracker, "2024-01-01")
    ranked = [(s.country_code, s.score, s.rank) for s in card if s.rank is not None]
    assert ranked == [("FR", 100.0, 1), ("DE", 100.0, 1), ("PL", 50.0, 3), ("EE", 0.0, 4)]
    unranked = [s for s in card if s.rank is None]
    assert len(unranked) == 37 - 4
    assert all(s.score is None for s in unranked)
    assert card[4:] == unranked  # unscored countries come last, by name
    assert [s.country_name for s in unranked] == sorted(s.country_name for s in unranked)


def test_ties_are_on_the_displayed_score(tracker: Tracker) -> None:
    """66.667 and 66.656 both show as 66.7: the same rank, not 1 and 2."""
    grade_every_score(tracker)
    ops.edit_recommendation(tracker, "visa", weight=2)
    ops.edit_recommendation(tracker, "sanctions", weight=1.0005)
    status(tracker, "FR", "visa", "full")
    status(tracker, "FR", "tps", "contrary")  # 200 / 3 = 66.667
    status(tracker, "DE", "visa", "full")
    status(tracker, "DE", "sanctions", "contrary")  # 200 / 3.0005 = 66.656
    status(tracker, "PL", "visa", "partial")  # 75
    fr, de, pl = score_of(tracker, "FR"), score_of(tracker, "DE"), score_of(tracker, "PL")
    assert fr.score == de.score == 66.7
    assert (pl.rank, fr.rank, de.rank) == (1, 2, 2)


# ---------------------------------------------------------------- as of a date
def test_scores_as_of_a_date(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "none", "2022-01-01")
    status(tracker, "FR", "visa", "full", "2023-01-01")
    status(tracker, "FR", "tps", "full", "2023-06-01")
    assert score_of(tracker, "FR", "2021-12-31").score is None
    assert score_of(tracker, "FR", "2022-12-31").score == 25.0
    assert score_of(tracker, "FR", "2023-01-01").score == 100.0
    fr = score_of(tracker, "FR", "2023-06-01")
    assert (fr.score, fr.assessed) == (100.0, 2)


# ---------------------------------------------------------------- groups
def test_group_scorecard_ranks_within_the_group(tracker: Tracker) -> None:
    grade_every_score(tracker)
    status(tracker, "FR", "visa", "full")
    status(tracker, "LT", "visa", "full")
    status(tracker, "LV", "visa", "partial")
    card = scorecard(tracker, "2024-01-01", group="Baltic states")
    assert [(s.country_code, s.score, s.rank) for s in card] == [("LT", 100.0, 1), ("LV", 75.0, 2), ("EE", 0.0, 3)]
    everyone = {s.country_code: s.rank for s in scorecard(tracker, "2024-01-01")}
    assert (everyone["FR"], everyone["LT"], everyone["LV"], everyone["EE"]) == (1, 1, 3, 4)


def test_group_scorecard_leaves_out_archived_members(tracker: Tracker) -> None:
    ops.archive_country(tracker, "EE")
    assert {s.country_code for s in scorecard(tracker, "2024-01-01", group="Baltic states")} == {"LV", "LT"}
    assert "EE" not in {s.country_code for s in scorecard(tracker, "2024-01-01")}


# ---------------------------------------------------------------- archived recommendations
def test_archived_recommendation_leaves_score_and_total(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "contrary")
    status(tracker, "FR", "tps", "full")
    assert (score_of(tracker, "FR").score, score_of(tracker, "FR").total) == (50.0, 5)
    ops.archive_recommendation(tracker, "visa")
    fr = score_of(tracker, "FR")
    assert (fr.score, fr.assessed, fr.total) == (100.0, 1, 4)
    assert "visa" not in fr.cells
    ee = score_of(tracker, "EE")  # its only judgement was on visa
    assert (ee.score, ee.rank, ee.total) == (None, None, 4)
    ops.archive_recommendation(tracker, "visa", archived=False)
    assert score_of(tracker, "FR").score == 50.0


# ---------------------------------------------------------------- changes between dates
def test_score_changes_between_dates(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "none", "2022-01-01")
    status(tracker, "FR", "visa", "full", "2023-03-01")  # 25 -> 100
    status(tracker, "DE", "tps", "partial", "2023-03-01")  # nothing -> 75
    status(tracker, "PL", "visa", "full", "2022-01-01")
    status(tracker, "PL", "tps", "full", "2023-03-01")  # 100 -> 100, but 1 -> 2 assessed
    status(tracker, "IT", "visa", "full", "2022-01-01")  # unchanged
    changes = {c.country_code: c for c in score_changes(tracker, "2022-12-31", "2023-12-31")}
    assert set(changes) == {"FR", "DE", "PL"}
    assert (changes["FR"].before.score, changes["FR"].after.score, changes["FR"].delta) == (25.0, 100.0, 75.0)
    assert (changes["DE"].before.score, changes["DE"].after.score, changes["DE"].delta) == (None, 75.0, None)
    assert (changes["PL"].delta, changes["PL"].before.assessed, changes["PL"].after.assessed) == (0.0, 1, 2)
    assert changes["FR"].country_name == "France"


def test_score_change_delta_is_rounded(tracker: Tracker) -> None:
    ops.edit_recommendation(tracker, "visa", weight=2)
    status(tracker, "FR", "visa", "full", "2022-01-01")
    status(tracker, "FR", "tps", "contrary", "2022-01-01")  # 66.7
    status(tracker, "FR", "students", "none", "2023-01-01")  # (200 + 0 + 25) / 4 = 56.25 -> 56.3
    [change] = score_changes(tracker, "2022-06-01", "2023-06-01")
    assert (change.before.score, change.after.score) == (66.7, 56.3)
    assert change.delta == -10.4


def test_score_changes_within_a_group(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full", "2023-03-01")
    status(tracker, "LT", "visa", "full", "2023-03-01")
    assert [c.country_code for c in score_changes(tracker, "2023-01-01", "2023-12-31", group="Baltic states")] == ["LT"]


# ---------------------------------------------------------------- helpers
def test_weighted_score_of_nothing_is_none(tracker: Tracker) -> None:
    cells = queries.current_statuses(tracker, "2024-01-01", countries=["FR"]).values()
    assert weighted_score(cells, dict.fromkeys(["visa", "tps", "students", "antiwar", "sanctions"], 1)) is None


@pytest.mark.parametrize(
    "value, expected",
    [(0.25, 0.3), (0.35, 0.4), (2.5, 2.5), (66.65, 66.7), (66.666, 66.7), (66.64, 66.6), (62.45, 62.5), (99.95, 100.0),
     (0.05, 0.1), (0.04, 0.0), (-0.25, -0.3), (-10.45, -10.5), (-0.04, 0.0), (100.0, 100.0), (0.0, 0.0)],
)
def test_round_score_halves_away_from_zero(value: float, expected: float) -> None:
    assert round_score(value) == expected


def test_round_score_agrees_with_decimal_rounding_on_every_two_decimal_value() -> None:
    """Binary floats such as 4.35 (really 4.3499999...) still round the way a person expects."""
    for hundredths in range(10001):
        text = f"{hundredths // 100}.{hundredths % 100:02d}"
        expected = float(Decimal(text).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
        assert round_score(float(text)) == expected, text
        assert round_score(-float(text)) == -expected, text
