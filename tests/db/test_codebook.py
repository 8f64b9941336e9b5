"""The default codebook from the article, the blank codebook, and codebook files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from db import Tracker, ValidationError, blank_codebook, default_codebook, load_codebook, queries
from db.codebook import parse_codebook

EU27 = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
EFTA = "IS LI NO CH".split()
OTHERS = "GB US CA AU NZ JP".split()

#: Written out independently of db/iso3166.json.
ALPHA3 = {
    "AT": "AUT", "BE": "BEL", "BG": "BGR", "HR": "HRV", "CY": "CYP", "CZ": "CZE", "DK": "DNK", "EE": "EST",
    "FI": "FIN", "FR": "FRA", "DE": "DEU", "GR": "GRC", "HU": "HUN", "IE": "IRL", "IT": "ITA", "LV": "LVA",
    "LT": "LTU", "LU": "LUX", "MT": "MLT", "NL": "NLD", "PL": "POL", "PT": "PRT", "RO": "ROU", "SK": "SVK",
    "SI": "SVN", "ES": "ESP", "SE": "SWE", "IS": "ISL", "LI": "LIE", "NO": "NOR", "CH": "CHE", "GB": "GBR",
    "US": "USA", "CA": "CAN", "AU": "AUS", "NZ": "NZL", "JP": "JPN",
}

GROUPS = {
    "EU": set(EU27),
    "Schengen": (set(EU27) - {"IE", "CY"}) | set(EFTA),
    "NATO": set(
        "BE BG HR CZ DK EE FI FR DE GR HU IT LV LT LU NL PL PT RO SK SI ES SE IS NO GB US CA".split()
    ),
    "G7": {"US", "GB", "CA", "FR", "DE", "IT", "JP"},
    "EFTA": set(EFTA),
    "Baltic states": {"EE", "LV", "LT"},
    "Belarus's EU neighbours": {"PL", "LT", "LV"},
    "Five Eyes": {"US", "GB", "CA", "AU", "NZ"},
}


# ---------------------------------------------------------------- default codebook
def test_default_recommendations_quote_the_article(tracker: Tracker) -> None:
    recs = queries.codebook_view(tracker).recommendations
    assert [r.code for r in recs] == ["visa", "tps", "students", "antiwar", "sanctions"]
    assert [r.position for r in recs] == [1, 2, 3, 4, 5]
    by_code = {r.code: r for r in recs}
    assert by_code["visa"].title == "Non-discriminatory visa policy for Belarusians"
    assert "avoiding discriminating against Belarusians in visa policy" in by_code["visa"].text
    assert "closing its visa center and halting the e-residency scheme" in by_code["visa"].text
    assert "providing temporary protected status to those in need" in by_code["tps"].text
    assert "treating students from both countries equally" in by_code["students"].text
    assert "supporting antiwar civic initiatives" in by_code["antiwar"].text
    assert "support the antiwar initiatives of the democratic Belarusian movement" in by_code["antiwar"].text
    assert "penalize the Lukashenka regime" in by_code["sanctions"].text
    assert "Russia's aggression in the region" in by_code["sanctions"].text
    for r in recs:
        assert r.weight == 1
        assert not r.archived
        assert r.guidance.strip(), f"{r.code} has no guidance"


def test_default_status_scale(tracker: Tracker) -> None:
    statuses = queries.codebook_view(tracker).statuses
    assert [(s.code, s.label, s.score) for s in statuses] == [
        ("not_assessed", "Not assessed", None),
        ("contrary", "Contrary action", 0),
        ("none", "No action", 25),
        ("announced", "Announced", 50),
        ("partial", "Partly implemented", 75),
        ("full", "Implemented", 100),
    ]
    book = queries.codebook_view(tracker)
    assert book.unassessed.code == "not_assessed"
    # "Not assessed" and "No action" are different things with different colours.
    assert book.status("not_assessed").color != book.status("none").color
    assert len({s.color for s in statuses}) == 6
    assert all(s.description for s in statuses)


def test_default_grade_bands(tracker: Tracker) -> None:
    grades = queries.codebook_view(tracker).grades
    assert [(g.grade, g.min_score) for g in grades] == [("A", 80), ("B", 60), ("C", 40), ("D", 20), ("F", 0)]


def test_default_review_interval_and_title(tracker: Tracker) -> None:
    book = queries.codebook_view(tracker)
    assert book.review_interval_days == 180
    assert book.title == "Belarus: Western policy recommendations"
    assert "Leukavets" in book.source


def test_default_countries_are_the_37_with_iso_codes(tracker: Tracker) -> None:
    countries = queries.codebook_view(tracker).countries
    assert len(countries) == 37
    assert {c.code: c.alpha3 for c in countries} == ALPHA3
    assert set(ALPHA3) == set(EU27) | set(EFTA) | set(OTHERS)
    assert not any(c.archived for c in countries)
    names = {c.code: c.name for c in countries}
    assert names["EE"] == "Estonia"
    assert names["DE"] == "Germany"
    assert names["GB"] == "United Kingdom"
    assert names["US"] == "United States"
    assert names["CH"] == "Switzerland"
    assert names["CZ"] == "Czechia"
    assert names["NZ"] == "New Zealand"
    assert names["JP"] == "Japan"
    assert names["LI"] == "Liechtenstein"
    # Listed by name, as a person reads them.
    assert [c.name for c in countries] == sorted(c.name for c in countries)


def test_default_groups_have_exactly_their_members(tracker: Tracker) -> None:
    groups = queries.codebook_view(tracker).groups
    assert set(groups) == set(GROUPS)
    for name, members in GROUPS.items():
        assert set(groups[name]) == members, name
        assert len(groups[name]) == len(members), f"{name} lists a country twice"
    assert len(groups["EU"]) == 27
    assert len(groups["Schengen"]) == 29
    assert len(groups["NATO"]) == 28


def test_default_groups_in_codebook_order(tracker: Tracker) -> None:
    assert list(queries.codebook_view(tracker).groups) == [
        "EU", "Schengen", "NATO", "G7", "EFTA", "Baltic states", "Belarus's EU neighbours", "Five Eyes",
    ]


def test_estonia_example_evidence_and_assessment(tracker: Tracker) -> None:
    """The article's one fact ships as evidence with its Contrary-action judgement."""
    evidence = queries.search_evidence(tracker)
    assert len(evidence) == 1
    ev = evidence[0]
    assert ev.cells == (("EE", "visa"),)
    assert "Estonia" in (ev.title or "")
    assert "visa" in (ev.title or "")
    assert ev.publisher == "Kennan Institute (Wilson Center)"
    assert ev.recorded_by == "Alice"
    assert "closing its visa center and halting the e-residency scheme" in (ev.notes or "")
    cell = queries.current_statuses(tracker, "2022-06-01")[("EE", "visa")]
    assert cell.status_code == "contrary"
    assert cell.status_label == "Contrary action"
    assert cell.score == 0
    assert cell.confidence == "reported"
    assert cell.effective_date == ev.event_date
    assert cell.evidence_uids == (ev.uid,)
    assert cell.rationale
    # No other facts are invented: every other cell starts unassessed.
    others = [c for k, c in queries.current_statuses(tracker, "2026-01-15").items() if k != ("EE", "visa")]
    assert len(others) == 37 * 5 - 1
    assert {c.status_code for c in others} == {"not_assessed"}
    assert queries.counts(tracker)["assessments"] == 1


def test_default_codebook_parses_to_the_same_content() -> None:
    book = default_codebook()
    assert [r.code for r in book.recommendations] == ["visa", "tps", "students", "antiwar", "sanctions"]
    assert book.countries == EU27 + EFTA + OTHERS
    assert len(book.evidence) == 1


# ---------------------------------------------------------------- blank codebook
def test_blank_codebook_has_only_statuses_and_grades(blank_tracker: Tracker) -> None:
    book = queries.codebook_view(blank_tracker)
    assert [s.code for s in book.statuses] == ["not_assessed", "contrary", "none", "announced", "partial", "full"]
    assert [(g.grade, g.min_score) for g in book.grades] == [("A", 80), ("B", 60), ("C", 40), ("D", 20), ("F", 0)]
    assert book.recommendations == []
    assert book.countries == []
    assert book.groups == {}
    assert queries.counts(blank_tracker)["evidence"] == 0
    assert queries.current_statuses(blank_tracker) == {}
    assert blank_codebook().evidence == []


# ---------------------------------------------------------------- codebook files
def small_codebook() -> dict[str, Any]:
    return {
        "title": "Press freedom",
        "description": "A small campaign.",
        "source": "Our own brief",
        "review_interval_days": 90,
        "statuses": [
            {"code": "unknown", "label": "Unknown", "score": None, "color": "#999999"},
            {"code": "bad", "label": "Bad", "score": 0, "color": "#aa0000"},
            {"code": "good", "label": "Good", "score": 100, "color": "#00aa00"},
        ],
        "recommendations": [
            {"code": "release", "title": "Release journalists", "text": "free them", "weight": 2},
            {"code": "license", "title": "Fair licensing"},
        ],
        "grades": [{"grade": "Pass", "min_score": 50}, {"grade": "Fail", "min_score": 0}],
        "countries": ["ua", "MD", "GE"],
        "groups": {"Eastern Partnership": ["UA", "MD", "GE"], "Black Sea": ["UA", "GE"]},
        "evidence": [
            {
                "date": "2024-05-01",
                "countries": ["group:Black Sea"],
                "recommendations": ["release"],
                "title": "Two releases",
                "source_kind": "ngo",
                "status": "good",
                "rationale": "Released.",
                "confidence": "verified",
            }
        ],
    }


def write_codebook(folder: Path, raw: Any, name: str = "codebook.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def test_create_tracker_from_another_codebook_file(tmp_path: Path, clock) -> None:
    """`init --codebook FILE`: another campaign needs a file, not code."""
    book = load_codebook(write_codebook(tmp_path, small_codebook()))
    path = tmp_path / "press.db"
    Tracker.create(path, book, user="Alice", clock=clock).close()
    with Tracker.open(path, user="Alice", clock=clock) as t:
        view = queries.codebook_view(t)
        assert view.title == "Press freedom"
        assert view.review_interval_days == 90
        assert [(s.code, s.score, s.color) for s in view.statuses] == [
            ("unknown", None, "#999999"), ("bad", 0, "#AA0000"), ("good", 100, "#00AA00"),
        ]
        assert [(r.code, r.weight) for r in view.recommendations] == [("release", 2), ("license", 1)]
        assert [(g.grade, g.min_score) for g in view.grades] == [("Pass", 50), ("Fail", 0)]
        assert {c.code: c.name for c in view.countries} == {"UA": "Ukraine", "MD": "Moldova", "GE": "Georgia"}
        assert view.groups == {"Eastern Partnership": ["GE", "MD", "UA"], "Black Sea": ["GE", "UA"]}
        cells = queries.current_statuses(t, "2024-06-01")
        assert cells[("UA", "release")].status_code == "good"
        assert cells[("GE", "release")].status_code == "good"
        assert cells[("MD", "release")].status_code == "unknown"
        assert cells[("UA", "license")].status_code == "unknown"


def test_load_codebook_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_text(json.dumps(small_codebook()), encoding="utf-8-sig")
    assert load_codebook(path).title == "Press freedom"


def _mutate(change) -> dict[str, Any]:
    raw = copy.deepcopy(small_codebook())
    change(raw)
    return raw


BAD_CODEBOOKS = {
    "two null-score statuses": (
        lambda r: r["statuses"][1].update(score=None), "statuses", "exactly one status must have a null score",
    ),
    "no null-score status": (
        lambda r: r["statuses"][0].update(score=10), "statuses", "found 0",
    ),
    "duplicate status code": (
        lambda r: r["statuses"][2].update(code="bad"), "statuses", "'bad' is used twice",
    ),
    "duplicate status label": (
        lambda r: r["statuses"][2].update(label="BAD"), "statuses", "same label",
    ),
    "duplicate recommendation code": (
        lambda r: r["recommendations"][1].update(code="release"), "recommendations", "'release' is used twice",
    ),
    "bad recommendation code": (
        lambda r: r["recommendations"][1].update(code="Fair Licensing"), "recommendation code", "Fair Licensing",
    ),
    "unknown country in a group": (
        lambda r: r["groups"]["Black Sea"].append("TR"), "groups", "'TR'",
    ),
    "non-ISO country": (
        lambda r: r["countries"].append("XX"), "countries", "'XX' is not an ISO 3166-1",
    ),
    "bad colour": (
        lambda r: r["statuses"][1].update(color="red"), "status color", "'red' is not a colour",
    ),
    "score over 100": (
        lambda r: r["statuses"][2].update(score=150), "status score", "between 0 and 100",
    ),
    "zero weight": (
        lambda r: r["recommendations"][0].update(weight=0), "weight", "greater than 0",
    ),
    "missing title": (
        lambda r: r.pop("title"), "title", "'title' is missing",
    ),
    "statuses not a list": (
        lambda r: r.update(statuses="good,bad"), "statuses", "must be a list",
    ),
    "bad review interval": (
        lambda r: r.update(review_interval_days="soon"), "review_interval_days", "whole number of days",
    ),
    "groups not an object": (
        lambda r: r.update(groups=["UA"]), "groups", "must be an object",
    ),
    # The database's primary key refused it with an IntegrityError traceback before (issue 12).
    "duplicate grade": (
        lambda r: r.update(grades=[{"grade": "A", "min_score": 90}, {"grade": "A", "min_score": 50}]), "grades",
        "the grade 'A' is listed twice",
    ),
    "grades not a list": (
        lambda r: r.update(grades={"A": 90}), "grades", "must be a list",
    ),
}


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000,
                                  '{"title": "x", "statuses": ' + "[" * 100_000 + "]" * 100_000 + "}"],
                         ids=["whole file", "one value"])
def test_load_codebook_refuses_json_nested_too_deeply_in_one_sentence(tmp_path: Path, text: str) -> None:
    """A RecursionError traceback before (issue 12)."""
    path = tmp_path / "deep.json"
    path.write_text(text)
    with pytest.raises(ValidationError) as err:
        load_codebook(path)
    assert str(err.value) == f"{path} is not a valid codebook: its JSON is nested too deeply to read."


@pytest.mark.parametrize("case", list(BAD_CODEBOOKS))
def test_load_codebook_rejects_bad_codebooks(tmp_path: Path, case: str) -> None:
    change, field, words = BAD_CODEBOOKS[case]
    path = write_codebook(tmp_path, _mutate(change))
    with pytest.raises(ValidationError) as err:
        load_codebook(path)
    assert err.value.field == field
    assert words in str(err.value)
    # parse_codebook (used for codebooks that are already decoded) agrees.
    with pytest.raises(ValidationError) as err2:
        parse_codebook(_mutate(change))
    assert err2.value.field == field


def test_codebook_errors_name_the_file(tmp_path: Path) -> None:
    path = write_codebook(tmp_path, _mutate(lambda r: r["countries"].append("XX")))
    with pytest.raises(ValidationError) as err:
        load_codebook(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    "content",
    [b"{\"title\": \"x\", ", b"not json at all", b"\xff\xfe\x00garbage", b""],
    ids=["truncated", "text", "binary", "empty"],
)
def test_load_codebook_rejects_a_file_that_is_not_json(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        load_codebook(path)
    assert err.value.field == "codebook"
    assert str(path) in str(err.value)
    assert "not a valid JSON codebook" in str(err.value)


def test_load_codebook_rejects_a_json_file_that_is_not_an_object(tmp_path: Path) -> None:
    path = write_codebook(tmp_path, ["statuses"])
    with pytest.raises(ValidationError) as err:
        load_codebook(path)
    assert err.value.field == "codebook"
    assert "must be a JSON object" in str(err.value)


def test_load_codebook_reports_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(ValidationError) as err:
        load_codebook(path)
    assert err.value.field == "codebook"
    assert f"There is no codebook file at {path}" in str(err.value)


def test_minimal_codebook_gets_defaults(tmp_path: Path) -> None:
    """Only title and statuses are required; the rest default sensibly."""
    raw = {
        "title": "Minimal",
        "statuses": [{"code": "na", "label": "N/A", "score": None}, {"code": "yes", "label": "Yes", "score": 100}],
    }
    book = load_codebook(write_codebook(tmp_path, raw))
    assert book.review_interval_days == 180
    assert book.recommendations == [] and book.countries == [] and book.groups == {} and book.grades == []
    assert book.statuses[0].color == "#808080"
    with Tracker.in_memory(book, user="Alice") as t:
        assert [s.code for s in queries.codebook_view(t).statuses] == ["na", "yes"]


def test_codebook_recommendation_code_cannot_shadow_a_scorecard_column() -> None:
    from db.codebook import default_codebook_text

    raw = json.loads(default_codebook_text())
    raw["recommendations"][0]["code"] = "rank"
    with pytest.raises(ValidationError) as err:
        parse_codebook(raw)
    assert "scorecard" in err.value.message
