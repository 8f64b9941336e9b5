"""Read-only questions asked of a tracker: the matrix as of a date, history,
changes, review flags and evidence search."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from db import Tracker, ValidationError, ops, queries
from db.queries import EvidenceFilter


def status(t: Tracker, country: str, rec: str, code: str, date: str, why: str = "Reason.", **kw: Any) -> str:
    return ops.set_status(t, country, rec, code, effective_date=date, rationale=why, **kw).uid  # type: ignore[return-value]


def at(t: Tracker, as_of: Any, country: str = "FR", rec: str = "visa") -> queries.CellStatus:
    return queries.current_statuses(t, as_of)[(country, rec)]


# ---------------------------------------------------------------- current_statuses
def test_unassessed_cells_are_not_assessed(tracker: Tracker) -> None:
    cells = queries.current_statuses(tracker, "2026-01-01")
    assert len(cells) == 37 * 5
    c = cells[("FR", "visa")]
    assert (c.status_code, c.status_label, c.score, c.assessed) == ("not_assessed", "Not assessed", None, False)
    assert c.color == queries.codebook_view(tracker).status("not_assessed").color
    assert (c.assessment_uid, c.effective_date, c.rationale, c.needs_review) == (None, None, None, False)
    assert c.cell == ("FR", "visa")


def test_only_assessments_effective_by_the_as_of_date_count(tracker: Tracker, clock) -> None:
    later = status(tracker, "FR", "visa", "full", "2023-01-01")
    clock.advance(minutes=1)
    earlier = status(tracker, "FR", "visa", "none", "2022-01-01")  # recorded later, effective earlier
    assert at(tracker, "2021-12-31").status_code == "not_assessed"
    assert at(tracker, "2022-01-01").assessment_uid == earlier
    assert at(tracker, "2022-12-31").assessment_uid == earlier
    assert at(tracker, "2023-01-01").assessment_uid == later
    assert at(tracker, dt.date(2024, 5, 1)).status_code == "full"
    s = at(tracker, "2023-06-01")
    assert (s.status_label, s.score, s.effective_date, s.assessed) == ("Implemented", 100, "2023-01-01", True)


def test_same_effective_date_the_latest_recorded_wins(tracker: Tracker, clock) -> None:
    first = status(tracker, "FR", "visa", "none", "2023-01-01")
    clock.advance(hours=1)
    second = status(tracker, "FR", "visa", "partial", "2023-01-01")
    assert at(tracker, "2023-01-01").assessment_uid == second
    # Correcting the older one's text later does not make it "more recent".
    clock.advance(hours=1)
    ops.correct_assessment(tracker, first, rationale="Reworded.")
    assert at(tracker, "2023-01-01").assessment_uid == second


def test_tie_made_by_a_date_correction_is_broken_by_recorded_time(tracker: Tracker, clock) -> None:
    first = status(tracker, "FR", "visa", "none", "2023-01-01")
    clock.advance(hours=1)
    second = status(tracker, "FR", "visa", "partial", "2023-02-01")
    clock.advance(hours=1)
    ops.correct_assessment(tracker, first, effective_date="2023-02-01")
    assert at(tracker, "2023-03-01").assessment_uid == second
    clock.advance(hours=1)
    ops.correct_assessment(tracker, second, effective_date="2023-01-15")
    assert at(tracker, "2023-03-01").assessment_uid == first


def test_default_as_of_is_today_by_the_clock(tracker: Tracker, clock) -> None:
    status(tracker, "FR", "visa", "full", "2026-01-16")  # the clock says 2026-01-15
    assert queries.current_statuses(tracker)[("FR", "visa")].status_code == "not_assessed"
    clock.advance(days=1)
    assert queries.current_statuses(tracker)[("FR", "visa")].status_code == "full"


def test_current_statuses_for_some_countries(tracker: Tracker) -> None:
    cells = queries.current_statuses(tracker, "2024-01-01", countries=["EE", "LV"])
    assert {c for c, _ in cells} == {"EE", "LV"}
    assert len(cells) == 10
    assert cells[("EE", "visa")].status_code == "contrary"


def test_current_statuses_refuses_a_bad_date(tracker: Tracker) -> None:
    with pytest.raises(ValidationError) as err:
        queries.current_statuses(tracker, "2023-02-30")
    assert err.value.field == "as_of"


def test_current_status_lists_its_evidence(tracker: Tracker) -> None:
    e1 = ops.add_evidence(
        tracker, event_date="2023-01-01", countries=["FR"], recommendations=["visa"], url="https://a.example/1"
    ).uid
    e2 = ops.add_evidence(
        tracker, event_date="2022-06-01", countries=["FR"], recommendations=["visa"], title="No url"
    ).uid
    status(tracker, "FR", "visa", "full", "2023-01-05", evidence=[e1, e2])
    s = at(tracker, "2023-02-01")
    assert s.evidence_uids == (e2, e1)  # oldest source first
    assert s.evidence_urls == ("https://a.example/1",)


# ---------------------------------------------------------------- evidence counts
def test_evidence_count_respects_as_of_and_archive(tracker: Tracker) -> None:
    def add(date: str, countries: list[str], recs: list[str]) -> str:
        return ops.add_evidence(tracker, event_date=date, countries=countries, recommendations=recs, title="t").uid  # type: ignore[return-value]

    add("2023-03-10", ["FR"], ["visa"])
    later = add("2023-05-01", ["FR", "DE"], ["visa"])
    add("2023-04-01", ["FR"], ["tps"])
    assert at(tracker, "2023-03-09").evidence_count == 0
    assert at(tracker, "2023-03-10").evidence_count == 1
    assert at(tracker, "2023-05-01").evidence_count == 2
    assert at(tracker, "2023-05-01", "DE").evidence_count == 1
    assert at(tracker, "2023-05-01", "FR", "tps").evidence_count == 1
    ops.archive_evidence(tracker, later)
    assert at(tracker, "2023-05-01").evidence_count == 1
    assert at(tracker, "2023-05-01", "DE").evidence_count == 0
    # Counted whether or not a status was set.
    status(tracker, "FR", "visa", "none", "2023-01-01")
    assert at(tracker, "2023-05-01").evidence_count == 1


# ---------------------------------------------------------------- assessment_history
def test_assessment_history_is_ordered_by_effective_date_then_recorded_time(tracker: Tracker, clock) -> None:
    c = status(tracker, "FR", "visa", "full", "2023-01-01")
    clock.advance(seconds=1)
    a = status(tracker, "FR", "visa", "contrary", "2021-01-01")
    clock.advance(seconds=1)
    b1 = status(tracker, "FR", "visa", "none", "2022-01-01")
    clock.advance(seconds=1)
    b2 = status(tracker, "FR", "visa", "announced", "2022-01-01")
    clock.advance(seconds=1)
    other = status(tracker, "FR", "tps", "partial", "2021-06-01")
    hist = queries.assessment_history(tracker, country="FR", recommendation="visa")
    assert [h.assessment_uid for h in hist] == [a, b1, b2, c]
    assert [h.status_label for h in hist] == ["Contrary action", "No action", "Announced", "Implemented"]
    assert [h.assessment_uid for h in queries.assessment_history(tracker, country="FR")] == [a, other, b1, b2, c]
    everything = queries.assessment_history(tracker)
    assert len(everything) == 6  # with the shipped Estonia example (2022-03-01)
    assert [h.effective_date for h in everything] == sorted(h.effective_date or "" for h in everything)


def test_assessment_history_flags_only_the_current_stale_judgement(tracker: Tracker) -> None:
    old = status(tracker, "FR", "visa", "none", "2020-01-01")
    current = status(tracker, "FR", "visa", "full", "2021-01-01")
    hist = {h.assessment_uid: h for h in queries.assessment_history(tracker, country="FR", as_of="2021-03-01")}
    assert not hist[old].needs_review and not hist[current].needs_review
    hist = {h.assessment_uid: h for h in queries.assessment_history(tracker, country="FR", as_of="2022-01-01")}
    assert not hist[old].needs_review  # superseded: nothing to review
    assert hist[current].needs_review


# ---------------------------------------------------------------- changes_between
def test_changes_between_two_dates(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "none", "2022-01-01")
    fr = status(tracker, "FR", "visa", "full", "2023-06-01")
    de = status(tracker, "DE", "tps", "partial", "2023-02-01")
    status(tracker, "PL", "antiwar", "none", "2021-01-01")  # unchanged in the window
    status(tracker, "LT", "students", "full", "2024-01-02")  # after the window
    changes = {
        (c.country_code, c.recommendation_code): c
        for c in queries.changes_between(tracker, "2023-01-01", "2023-12-31")
    }
    assert set(changes) == {("FR", "visa"), ("DE", "tps")}
    assert (changes[("FR", "visa")].before.status_code, changes[("FR", "visa")].after.assessment_uid) == ("none", fr)
    assert changes[("FR", "visa")].score_delta == 75
    assert changes[("DE", "tps")].before.status_code == "not_assessed"
    assert changes[("DE", "tps")].after.assessment_uid == de
    assert changes[("DE", "tps")].score_delta is None


def test_changes_between_includes_the_end_date_not_the_start(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full", "2023-03-01")
    assert len(queries.changes_between(tracker, "2023-02-28", "2023-03-01")) == 1
    assert queries.changes_between(tracker, "2023-03-01", "2023-03-02") == []
    assert queries.changes_between(tracker, "2023-03-01", "2023-03-01") == []


def test_changes_between_refuses_start_after_end(tracker: Tracker) -> None:
    with pytest.raises(ValidationError) as err:
        queries.changes_between(tracker, "2024-01-01", "2023-01-01")
    assert err.value.field == "from"
    assert "2024-01-01" in str(err.value) and "2023-01-01" in str(err.value)


def test_changes_between_refuses_a_bad_date(tracker: Tracker) -> None:
    with pytest.raises(ValidationError) as err:
        queries.changes_between(tracker, "2023-01-01", "31/12/2023")
    assert err.value.field == "to"


# ---------------------------------------------------------------- review
def test_needs_review_after_the_codebook_interval(tracker: Tracker) -> None:
    """Default 180 days: flagged on day 181, not on day 180."""
    status(tracker, "FR", "visa", "full", "2025-07-01")
    assert queries.codebook_view(tracker).review_interval_days == 180
    stale = queries.cells_needing_review(tracker, "2025-12-28")
    assert ("FR", "visa") not in {c.cell for c in stale}
    assert not at(tracker, "2025-12-28").needs_review
    stale = queries.cells_needing_review(tracker, "2025-12-29")
    assert [c.cell for c in stale] == [("EE", "visa"), ("FR", "visa")]  # oldest first (the 2022 example)
    assert at(tracker, "2025-12-29").needs_review


def test_needs_review_with_an_explicit_interval(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full", "2025-07-01")
    assert [c.cell for c in queries.cells_needing_review(tracker, "2025-07-31", review_interval_days=30)] == [
        ("EE", "visa"),
    ]
    assert [c.cell for c in queries.cells_needing_review(tracker, "2025-08-01", review_interval_days=30)] == [
        ("EE", "visa"), ("FR", "visa"),
    ]
    assert not at(tracker, "2025-08-01").needs_review  # the codebook's 180 days still apply elsewhere


def test_review_interval_follows_the_tracker_setting(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full", "2025-07-01")
    ops.set_meta(tracker, "review_interval_days", "30")
    assert ("FR", "visa") in {c.cell for c in queries.cells_needing_review(tracker, "2025-08-01")}


def test_a_newer_judgement_clears_the_review_flag(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "full", "2024-01-01")
    status(tracker, "FR", "visa", "full", "2025-12-01", why="Checked again.")
    assert ("FR", "visa") not in {c.cell for c in queries.cells_needing_review(tracker)}  # today: 2026-01-15
    assert ("EE", "visa") in {c.cell for c in queries.cells_needing_review(tracker)}


def test_unassessed_cells_never_need_review(tracker: Tracker) -> None:
    stale = queries.cells_needing_review(tracker, "2030-01-01")
    assert [c.cell for c in stale] == [("EE", "visa")]


# ---------------------------------------------------------------- search
@pytest.fixture
def library(tracker: Tracker) -> dict[str, str]:
    """A few pieces of evidence of every kind; the Estonia example is there too."""
    def add(**kw: Any) -> str:
        return ops.add_evidence(tracker, **kw).uid  # type: ignore[return-value]

    uids = {
        "example": tracker.db.execute("SELECT uid FROM evidence").fetchone()[0],
        "poland": add(
            event_date="2022-05-10", countries=["PL", "LT"], recommendations=["tps"],
            title="Poland extends temporary protection",
            publisher="Gazeta Wyborcza", source_kind="media", notes="Applies to Bélarus citizens who fled repression.",
        ),
        "germany": add(
            event_date="2023-01-20", countries=["DE"], recommendations=["sanctions"],
            title="Germany backs new sanctions package", url="https://www.bundesregierung.de/sanktionen",
            source_kind="official", notes="Targets the Lukašenka regime's banks.",
        ),
        "vilnius": add(
            event_date="2023-06-05", countries=["LT"], recommendations=["students"],
            title="Vilnius university admits Belarusian students", source_kind="ngo",
            notes="Students from Belarus and Ukraine treated equally (scholarships, fee waivers).",
        ),
        "archived": add(
            event_date="2024-02-01", countries=["US"], recommendations=["antiwar"],
            title="State Department funds antiwar initiatives",
            source_kind="international",
        ),
        "france": add(
            event_date="2021-11-11", countries=["FR"], recommendations=["visa"],
            title="Le consulat de France à Minsk: délivrance des visas", language="fr", source_kind="media",
        ),
    }
    ops.archive_evidence(tracker, uids["archived"])
    return uids


def found(t: Tracker, **kw: Any) -> set[str]:
    return {e.uid for e in queries.search_evidence(t, EvidenceFilter(**kw))}


def names(lib: dict[str, str], uids: set[str]) -> set[str]:
    back = {v: k for k, v in lib.items()}
    return {back[u] for u in uids}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("protection", {"poland"}),
        ("PROTECTION", {"poland"}),
        ("prot", {"poland"}),  # prefixes match
        ("sanction", {"germany"}),
        ("poland protection", {"poland"}),  # every word must match
        ("poland sanctions", set()),
        ("wyborcza", {"poland"}),  # publisher
        ("bundesregierung", {"germany"}),  # url
        ("fee waivers", {"vilnius"}),  # notes
        ("belarus", {"example", "poland", "vilnius"}),  # 'Bélarus' is found without its accent
        ("Bélarus", {"example", "poland", "vilnius"}),
        ("lukasenka", {"germany"}),
        ("Lukašenka", {"germany"}),
        ("delivrance", {"france"}),
        ("délivrance", {"france"}),
        ("e-residency", {"example"}),
        ('"sanctions"', {"germany"}),
        ("antiwar", set()),  # only in archived evidence
        ("zebra", set()),
    ],
)
def test_full_text_search(tracker: Tracker, library: dict[str, str], text: str, expected: set[str]) -> None:
    assert names(library, found(tracker, text=text)) == expected
    assert queries.count_evidence(tracker, EvidenceFilter(text=text)) == len(expected)


@pytest.mark.parametrize(
    "text",
    ['"', '""', "*", "AND", "OR", "NOT", "(", ")", "-", "-sanctions", '"unclosed', "sanctions AND", "NEAR(a b)",
     "title:poland", "^poland", "O'Brien", "+", "{x}", "[", "]", "\\", "%", "_", "';--", "a*b", "*poland*",
     "poland OR germany", "(poland", "\x00", "   "],
)
def test_search_syntax_characters_never_raise(tracker: Tracker, library: dict[str, str], text: str) -> None:
    f = EvidenceFilter(text=text)
    result = queries.search_evidence(tracker, f)
    assert queries.count_evidence(tracker, f) == len(result)
    assert all(not e.archived for e in result)


def test_search_syntax_characters_are_plain_text(tracker: Tracker, library: dict[str, str]) -> None:
    """Operators a person did not mean are not applied: '-' does not exclude, '*' is not a wildcard."""
    assert names(library, found(tracker, text="-sanctions")) == {"germany"}
    assert names(library, found(tracker, text="(poland")) == {"poland"}
    assert names(library, found(tracker, text="title:poland")) == set()


def test_search_with_no_text_lists_newest_first(tracker: Tracker, library: dict[str, str]) -> None:
    items = queries.search_evidence(tracker)
    assert [names(library, {e.uid}).pop() for e in items] == ["vilnius", "germany", "poland", "example", "france"]


FILTERS: list[tuple[str, dict[str, Any], set[str]]] = [
    ("country", {"countries": ["LT"]}, {"poland", "vilnius"}),
    ("country lower case", {"countries": ["lt", "fr"]}, {"poland", "vilnius", "france"}),
    ("country + text", {"countries": ["LT"], "text": "belarus"}, {"poland", "vilnius"}),
    ("country + text, no match", {"countries": ["DE"], "text": "belarus"}, set()),
    ("group", {"group": "Baltic states"}, {"example", "poland", "vilnius"}),
    ("group + text", {"group": "Baltic states", "text": "students"}, {"vilnius"}),
    ("group G7", {"group": "g7"}, {"germany", "france"}),
    ("group G7 with archived", {"group": "G7", "include_archived": True}, {"germany", "france", "archived"}),
    ("group + countries intersect", {"group": "Baltic states", "countries": ["LT", "DE"]}, {"poland", "vilnius"}),
    ("group + countries disjoint", {"group": "Baltic states", "countries": ["DE"]}, set()),
    ("recommendation", {"recommendations": ["tps"]}, {"poland"}),
    ("recommendations", {"recommendations": ["tps", "visa"]}, {"poland", "example", "france"}),
    ("recommendation + text", {"recommendations": ["visa"], "text": "minsk"}, {"france"}),
    ("date range inclusive", {"date_from": "2022-05-10", "date_to": "2023-06-05"}, {"poland", "germany", "vilnius"}),
    ("date from", {"date_from": "2023-01-21"}, {"vilnius"}),
    ("date to", {"date_to": "2022-03-01"}, {"example", "france"}),
    ("date range + text", {"date_from": "2023-01-01", "text": "belarus"}, {"vilnius"}),
    ("source kind", {"source_kinds": ["media"]}, {"poland", "france"}),
    ("source kinds", {"source_kinds": ["Official", "ngo"]}, {"germany", "vilnius"}),
    ("source kind + text", {"source_kinds": ["media"], "text": "protection"}, {"poland"}),
    ("archived excluded", {"countries": ["US"]}, set()),
    ("archived included", {"countries": ["US"], "include_archived": True}, {"archived"}),
    ("include archived + text", {"text": "antiwar", "include_archived": True}, {"archived"}),
    ("everything", {}, {"example", "poland", "germany", "vilnius", "france"}),
    (
        "everything with archived",
        {"include_archived": True},
        {"example", "poland", "germany", "vilnius", "france", "archived"},
    ),
    (
        "all filters",
        {"text": "belarus", "group": "EU", "countries": ["LT", "PL"], "recommendations": ["tps", "students"],
         "date_from": "2022-01-01", "date_to": "2023-12-31", "source_kinds": ["media", "ngo"]},
        {"poland", "vilnius"},
    ),
]


@pytest.mark.parametrize("kw, expected", [(k, e) for _, k, e in FILTERS], ids=[i for i, _, _ in FILTERS])
def test_search_filters_and_count_agree(
    tracker: Tracker, library: dict[str, str], kw: dict[str, Any], expected: set[str]
) -> None:
    assert names(library, found(tracker, **kw)) == expected
    assert queries.count_evidence(tracker, EvidenceFilter(**kw)) == len(expected)


def test_search_filters_on_a_group_skip_archived_members(tracker: Tracker, library: dict[str, str]) -> None:
    ops.archive_country(tracker, "LT")
    assert names(library, found(tracker, group="Baltic states")) == {"example"}


@pytest.mark.parametrize(
    "kw, field",
    [
        ({"group": "Warsaw Pact"}, "group"),
        ({"source_kinds": ["blog"]}, "source_kind"),
        ({"date_from": "2023-02-30"}, "from"),
        ({"date_to": "12/31/2023"}, "to"),
    ],
)
def test_search_refuses_bad_filters(tracker: Tracker, kw: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        queries.search_evidence(tracker, EvidenceFilter(**kw))
    assert err.value.field == field
    with pytest.raises(ValidationError):
        queries.count_evidence(tracker, EvidenceFilter(**kw))


def test_search_pages(tracker: Tracker, library: dict[str, str]) -> None:
    everything = [e.uid for e in queries.search_evidence(tracker)]
    assert len(everything) == 5
    pages = [[e.uid for e in queries.search_evidence(tracker, limit=2, offset=o)] for o in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert [uid for page in pages for uid in page] == everything
    f = EvidenceFilter(text="belarus")
    texts = [e.uid for e in queries.search_evidence(tracker, f)]
    assert [e.uid for e in queries.search_evidence(tracker, f, limit=1, offset=1)] == texts[1:2]


def test_search_results_carry_their_cells_and_attachment(tracker: Tracker, library: dict[str, str]) -> None:
    [item] = queries.search_evidence(tracker, EvidenceFilter(text="poland"))
    assert item.uid == library["poland"]
    assert item.cells == (("LT", "tps"), ("PL", "tps"))
    assert (item.countries, item.recommendations) == (("LT", "PL"), ("tps",))
    assert (item.event_date, item.publisher, item.source_kind) == ("2022-05-10", "Gazeta Wyborcza", "media")
    assert item.attachment_name is None


def test_evidence_for_cell(tracker: Tracker, library: dict[str, str]) -> None:
    assert [e.uid for e in queries.evidence_for_cell(tracker, "LT", "tps")] == [library["poland"]]
    assert queries.evidence_for_cell(tracker, "US", "antiwar") == []
    with_archived = queries.evidence_for_cell(tracker, "US", "antiwar", include_archived=True)
    assert [e.uid for e in with_archived] == [library["archived"]]


def test_get_evidence_keeps_the_order_asked(tracker: Tracker, library: dict[str, str]) -> None:
    wanted = [library["france"], library["germany"], library["poland"]]
    assert [e.uid for e in queries.get_evidence(tracker, wanted)] == wanted


# ---------------------------------------------------------------- history and counts
def test_history_newest_first_with_filters(tracker: Tracker, clock) -> None:
    ops.add_country(tracker, "UA")
    clock.advance(seconds=1)
    ops.edit_country(tracker, "UA", name="Ukraina")
    entries = queries.history(tracker, table="countries", key="UA")
    assert [(e.action, e.user) for e in entries] == [("update", "Alice"), ("insert", "Alice")]
    assert queries.history(tracker, limit=1)[0].operation == "edit_country"
    assert len(queries.history(tracker, limit=3)) == 3


def test_counts(tracker: Tracker, library: dict[str, str]) -> None:
    status(tracker, "FR", "visa", "full", "2023-01-01")
    ops.archive_country(tracker, "FR")
    c = queries.counts(tracker)
    assert (c["countries"], c["recommendations"], c["evidence"], c["archived_evidence"], c["assessments"]) == (
        36, 5, 5, 1, 2,
    )
    assert c["history"] == len(queries.history(tracker))


def test_a_confirmation_with_the_same_status_is_not_a_change(tracker: Tracker) -> None:
    status(tracker, "FR", "visa", "partial", "2022-01-01")
    status(tracker, "FR", "visa", "partial", "2023-05-01", "Re-checked: still partial.")
    assert queries.changes_between(tracker, "2023-01-01", "2023-12-31") == []
