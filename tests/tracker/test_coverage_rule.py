"""Grades and ranks need coverage (issue 11, point 5).

A country with fewer than the codebook's ``min_coverage_for_grade`` (default
0.5) of its recommendations assessed has a score but no grade and no rank, in
every output: the scoring, the shared matrix cache, the CSV, JSON and Excel
exports and the HTML reports.  The screens and the PDF are checked in
tests/tracker/ui/test_honest_scorecards.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest
from openpyxl import load_workbook

from db import Tracker, ValidationError, default_codebook, ops
from db.codebook import blank_codebook, parse_codebook
from db.queries import codebook_view
from tracker.export_files import export_to_file
from tracker.matrix_state import MatrixState, ViewKey
from tracker.reports import report_html
from tracker.scoring import CountryScore, needed_for_grade, ranking_order, scorecard

DAY = "2024-06-01"


def status(t: Tracker, country: str, rec: str, code: str) -> ops.Change:
    return ops.set_status(t, country, rec, code, effective_date="2024-01-01", rationale="Reason.")


def one_of_five(t: Tracker) -> None:
    """France: one assessment of five (grade A once); Germany: three of five (graded)."""
    status(t, "FR", "visa", "full")
    for rec, code in (("visa", "partial"), ("tps", "partial"), ("students", "announced")):
        status(t, "DE", rec, code)


def by_code(scores: list[CountryScore]) -> dict[str, CountryScore]:
    return {s.country_code: s for s in scores}


def visible(html: str) -> str:
    """The report's text as a reader sees it, white space as single spaces."""
    text = re.sub(r"<style.*?</style>|<title>.*?</title>", " ", html, flags=re.S)
    text = re.sub(r"<(?:br|/?(?:td|th|tr|p|h\d|li|table|thead|tbody))\b[^>]*>", " ", text)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")).strip()


# ---------------------------------------------------------------- the rule
def test_one_of_five_has_a_score_but_no_grade_and_no_rank(tracker: Tracker) -> None:
    one_of_five(tracker)
    scores = by_code(scorecard(tracker, DAY))
    fr, de, ee = scores["FR"], scores["DE"], scores["EE"]
    assert (fr.score, fr.assessed, fr.total, fr.grade, fr.rank) == (100.0, 1, 5, None, None)
    assert fr.not_graded_text == "not graded: 1 of 5 assessed" and not fr.graded
    assert (de.score, de.grade, de.rank) == (66.7, "B", 1)  # (75 + 75 + 50) / 3: the only graded country
    assert (ee.score, ee.grade, ee.rank) == (0.0, None, None)  # the shipped example: 1 of 5
    # The ranking lists the ranked first, then the scored but ungraded (best score first), then the rest.
    order = [s.country_code for s in scorecard(tracker, DAY)]
    assert order[:3] == ["DE", "FR", "EE"]


@pytest.mark.parametrize(
    ("threshold", "assessed", "graded"),
    [("0.5", 2, False), ("0.5", 3, True), ("0", 1, True), ("1", 4, False), ("1", 5, True), ("0.6", 3, True),
     ("0.61", 3, False)],
)
def test_the_threshold_comes_from_the_tracker(tracker: Tracker, threshold: str, assessed: int, graded: bool) -> None:
    ops.set_meta(tracker, "min_coverage_for_grade", threshold)
    for rec in ("visa", "tps", "students", "antiwar", "sanctions")[:assessed]:
        status(tracker, "FR", rec, "full")
    fr = by_code(scorecard(tracker, DAY))["FR"]
    assert (fr.grade is not None, fr.rank is not None) == (graded, graded)
    assert (needed_for_grade(float(threshold), 5) <= assessed) == graded


def test_exactly_half_is_graded(tracker: Tracker) -> None:
    ops.archive_recommendation(tracker, "sanctions")  # four left: two of four is half
    status(tracker, "FR", "visa", "full")
    status(tracker, "FR", "tps", "none")
    fr = by_code(scorecard(tracker, DAY))["FR"]
    assert (fr.assessed, fr.total, fr.score, fr.grade, fr.rank) == (2, 4, 62.5, "B", 1)  # (100 + 25) / 2


def test_ranks_are_among_the_graded_shared_on_ties() -> None:
    """An ungraded country with a better score takes no place: the graded keep 1, 1, 3."""
    def score(code: str, value: float, assessed: int, rank: int | None) -> CountryScore:
        return CountryScore(code, code, value, assessed, 5, None, rank)

    order = ranking_order([score("C", 50, 3, 3), score("U", 100, 1, None), score("A", 80, 5, 1),
                           score("B", 80, 4, 1), score("N", 0, 0, None)])
    assert [s.country_code for s in order] == ["A", "B", "C", "U", "N"]


def test_the_shared_cache_follows_a_country_crossing_the_threshold(tracker: Tracker) -> None:
    one_of_five(tracker)
    state = MatrixState(tracker, ViewKey(DAY))
    assert (state.scores["FR"].rank, state.scores["DE"].rank) == (None, 1)
    assert state.apply_change(status(tracker, "FR", "tps", "full")) == {"FR"}  # 2 of 5: still not graded
    moved = state.apply_change(status(tracker, "FR", "students", "full"))  # now 3 of 5: graded, and first
    assert moved == {"FR", "DE"}  # France shows a grade and a rank; Germany moved to second
    assert (state.scores["FR"].grade, state.scores["FR"].rank, state.scores["DE"].rank) == ("A", 1, 2)
    fresh = MatrixState(tracker, state.key)
    assert state.scores == fresh.scores and state.ranking() == fresh.ranking()
    assert state.ranked_count() == 2
    # A stricter threshold is a codebook change: everything is recomputed.
    state.apply_change(ops.set_meta(tracker, "min_coverage_for_grade", "1"))
    assert state.ranked_count() == 0 and all(s.grade is None for s in state.scores.values())


# ---------------------------------------------------------------- exports
def export_text(t: Tracker, fmt: str) -> bytes:
    buf = io.BytesIO()
    export_to_file(t, "scorecard", fmt, buf)
    return buf.getvalue()


def test_scorecard_exports_leave_grade_and_rank_empty(tracker: Tracker) -> None:
    one_of_five(tracker)
    rows = {r["country_code"]: r for r in csv.DictReader(io.StringIO(export_text(tracker, "csv").decode("utf-8-sig")))}
    fr = rows["FR"]
    assert (fr["score"], fr["assessed"], fr["grade"], fr["rank"]) == ("100.0", "1", "", "")
    assert (rows["DE"]["grade"], rows["DE"]["rank"]) == ("B", "1")
    cards = {r["country_code"]: r for r in json.loads(export_text(tracker, "json"))}
    assert (cards["FR"]["score"], cards["FR"]["grade"], cards["FR"]["rank"]) == (100.0, None, None)
    sheet = load_workbook(io.BytesIO(export_text(tracker, "xlsx")))["scorecard"]
    header = [c.value for c in sheet[1]]
    sheet_fr = next(dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)
              if row[0].value == "FR")
    assert (sheet_fr["score"], sheet_fr["grade"], sheet_fr["rank"]) == (100, None, None)


# ---------------------------------------------------------------- reports
def test_reports_show_no_grade_and_no_rank(tracker: Tracker) -> None:
    one_of_five(tracker)
    country = visible(report_html(tracker, "FR", as_of=DAY))
    assert "Grade — not graded: 1 of 5 assessed" in country
    assert "Rank — not ranked: 3 of 5 assessed needed" in country
    assert "Grade A" not in country
    overview = visible(report_html(tracker, None, as_of=DAY))
    assert "1 Germany DE · 3 of 5 66.7 grade B" in overview
    assert "— France FR · 1 of 5 100.0* not graded" in overview
    assert "France (FR) · score 100.0 · 1 of 5 assessed · not graded" in overview
    assert "Germany (DE) · score 66.7 · grade B · rank 1 of 1 · 3 of 5 assessed" in overview


def test_the_methodology_states_the_rule_and_its_threshold(tracker: Tracker) -> None:
    method = visible(report_html(tracker, "EE")).split("Methodology")[-1]
    assert "at least half of its recommendations assessed (3 of 5) for a grade and a rank" in method
    assert "min_coverage_for_grade is 0.5" in method
    ops.set_meta(tracker, "min_coverage_for_grade", "0.8")
    method = visible(report_html(tracker, "EE")).split("Methodology")[-1]
    assert "at least 80% of its recommendations assessed (4 of 5)" in method and "is 0.8" in method


# ---------------------------------------------------------------- the codebook
def codebook_with(value: Any) -> dict[str, Any]:
    raw = json.loads(json.dumps({"title": "T", "statuses": [
        {"code": "na", "label": "Not assessed", "score": None}, {"code": "ok", "label": "OK", "score": 100},
    ]}))
    raw["min_coverage_for_grade"] = value
    return raw


@pytest.mark.parametrize("bad", [1.5, -0.1, "half", True, None, [0.5]])
def test_codebook_refuses_a_threshold_outside_0_to_1(bad: Any) -> None:
    with pytest.raises(ValidationError) as err:
        parse_codebook(codebook_with(bad), "book.json")
    assert err.value.field == "min_coverage_for_grade"
    assert "book.json" in err.value.message and "min_coverage_for_grade" in err.value.message


@pytest.mark.parametrize("good", [0, 0.25, 1, "0.75"])
def test_codebook_takes_a_threshold_from_0_to_1(good: Any) -> None:
    assert parse_codebook(codebook_with(good)).min_coverage_for_grade == float(good)


def test_default_and_stored_thresholds(tmp_path: Any) -> None:
    assert default_codebook().min_coverage_for_grade == 0.5
    assert blank_codebook().min_coverage_for_grade == 0.5
    assert parse_codebook({k: v for k, v in codebook_with(0).items() if k != "min_coverage_for_grade"}) \
        .min_coverage_for_grade == 0.5
    book = default_codebook()
    book.min_coverage_for_grade = 0.8
    with Tracker.create(tmp_path / "t.db", book, user="Alice") as t:
        assert codebook_view(t).min_coverage_for_grade == 0.8
        with pytest.raises(ValidationError):
            ops.set_meta(t, "min_coverage_for_grade", "1.5")
        assert codebook_view(t).min_coverage_for_grade == 0.8
        ops.set_meta(t, "min_coverage_for_grade", "0.6")
        assert codebook_view(t).min_coverage_for_grade == 0.6
