"""Reports: what a reader of the HTML sees — title, as-of date, scores and
statuses, rationales, numbered references that match the evidence, the
methodology from the codebook — and that user text can never become markup.
(The PDF and the PNG, which need Qt, are tested in tests/tracker/ui/test_pdf.py.)
"""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from db import Tracker, ValidationError, default_codebook, ops
from db.codebook import Grade, Status
from tracker import reports
from tracker.reports import build_report, report_html, write_report


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


# ---------------------------------------------------------------- helpers
class _Page(HTMLParser):
    """The text of a page as a reader gets it (entities decoded; decorative marks
    hidden from screen readers left out), and every tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._skip = 0
        self._open: list[bool] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("br", "p", "tr", "td", "th", "h1", "h2", "h3"):
            self.parts.append(" ")
        if tag in ("br", "meta"):
            return
        hidden = tag in ("style", "title") or attrs.get("aria-hidden") == "true"
        self._open.append(hidden)
        self._skip += hidden

    def handle_endtag(self, tag):
        if tag not in ("br", "meta") and self._open:
            self._skip -= self._open.pop()

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def page(html: str) -> _Page:
    p = _Page()
    p.feed(html)
    p.close()
    return p


def visible(html: str) -> str:
    """What a reader sees, with runs of white space (and no-break spaces) as one space."""
    return re.sub(r"\s+", " ", "".join(page(html).parts).replace("\xa0", " ")).strip()


def section(text: str, start: str, end: str | None = None) -> str:
    """The visible text from heading ``start`` up to ``end``."""
    i = text.index(start)
    j = text.index(end, i) if end else len(text)
    return text[i:j]


def populate(t, clock) -> dict[str, str]:
    """Poland: visa Implemented (with two sources), tps Partly implemented (one of
    them again) -> 87.5, A.  Lithuania: visa Announced from 2025-06-01 -> 50, C.
    Estonia: the codebook's example (visa Contrary action) -> 0, F."""
    uids: dict[str, str] = {}
    clock.advance(minutes=1)
    uids["decree"] = uid_of(ops.add_evidence(
        t, event_date="2024-01-10", countries=["PL"], recommendations=["visa", "tps"],
        title="Poland restores visas for Belarusians", url="https://example.org/pl?a=1&b=2",
        archive_url="https://web.archive.org/pl", accessed_on="2024-01-12", publisher="Gov PL",
        source_kind="official", language="pl", notes="Decree No. 5",
    ))
    clock.advance(minutes=1)
    uids["press"] = uid_of(ops.add_evidence(
        t, event_date="2024-01-14", countries=["PL"], recommendations=["visa"], title="Consulates reopen",
        url="https://news.example.org/consulates", publisher="Daily News", source_kind="media",
    ))
    clock.advance(minutes=1)
    uids["pl_visa"] = uid_of(ops.set_status(
        t, "PL", "visa", "full", effective_date="2024-01-15", rationale="Visas are issued again at every consulate.",
        confidence="verified", evidence=[uids["press"], uids["decree"]],
    ))
    clock.advance(minutes=1)
    uids["pl_tps"] = uid_of(ops.set_status(
        t, "PL", "tps", "partial", effective_date="2024-02-01", rationale="Only students may apply.",
        evidence=[uids["decree"]],
    ))
    clock.advance(minutes=1)
    uids["bill"] = uid_of(ops.add_evidence(
        t, event_date="2025-06-01", countries=["LT"], recommendations=["visa"], title="Seimas bill on visas",
        url="https://lrs.example.org/bill", publisher="Seimas", source_kind="official",
        status="announced", rationale="A bill restoring visas was tabled.",
    ))
    clock.advance(minutes=1)
    return uids


def ref_numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


# ---------------------------------------------------------------- one country
def test_country_report_states_title_as_of_score_grade_rank_and_coverage(tracker, clock):
    populate(tracker, clock)
    text = visible(report_html(tracker, "PL", as_of="2025-12-31"))
    assert text.startswith("Belarus: Western policy recommendations Poland (PL) · country scorecard")
    assert "Status as of 31 December 2025 (2025-12-31)" in text
    summary = section(text, "Score", "Status by recommendation")
    assert "87.5 / 100" in summary
    # 2 of 5 assessed: a score, but no grade and no rank (the codebook asks for half).
    assert "Grade — not graded: 2 of 5 assessed" in summary
    assert "Rank — not ranked: 3 of 5 assessed needed" in summary
    assert "Coverage 2 of 5 Not graded: under half assessed" in summary
    ops.set_status(tracker, "PL", "students", "none", effective_date="2025-01-01", rationale="No measure.")
    summary = section(visible(report_html(tracker, "PL", as_of="2025-12-31")), "Score", "Status by recommendation")
    assert "Coverage 3 of 5 recommendations assessed" in summary and "not graded" not in summary.lower()
    assert "66.7 / 100" in summary and "Grade B" in summary
    assert "Rank 1 of 1 graded countries (37 tracked)" in summary  # Lithuania and Estonia are not ranked


def test_country_report_lists_every_recommendation_with_status_rationale_and_date(tracker, clock):
    populate(tracker, clock)
    text = visible(report_html(tracker, "PL", as_of="2025-12-31"))
    table = section(text, "Status by recommendation", "References")
    assert table.index("Non-discriminatory visa policy for Belarusians") < table.index("Temporary protected status")
    assert "Implemented score 100 2024-01-15" in table
    assert "Visas are issued again at every consulate." in table and "Confidence: verified" in table
    assert "Partly implemented score 75 2024-02-01" in table and "Only students may apply." in table
    for title in ("Equal treatment of Belarusian and Ukrainian students", "Support for antiwar civic initiatives",
                  "Penalties on the Lukashenka regime"):
        assert f"{title} Not assessed — Not assessed yet." in table


def test_references_are_numbered_in_order_of_first_citation_one_number_per_source(tracker, clock):
    uids = populate(tracker, clock)
    report = build_report(tracker, "PL", as_of="2025-12-31")
    # visa cites the decree (dated first) then the press report; tps cites the decree again.
    assert [r.evidence.uid for r in report.references] == [uids["decree"], uids["press"]]
    cells = {c.recommendation.code: c for c in report.countries[0].cells}
    assert cells["visa"].basis == (1, 2) and cells["tps"].basis == (1,)

    text = visible(report_html(tracker, "PL", as_of="2025-12-31"))
    body, refs = text.split("References", 1)
    assert ref_numbers(section(body, "Non-discriminatory")) == [1, 2, 1]
    first, second = refs.index("[1]"), refs.index("[2]")
    entry1, entry2 = refs[first:second], refs[second:]
    assert "Poland restores visas for Belarusians. Gov PL, official source, 10 January 2024." in entry1
    assert "https://example.org/pl?a=1&b=2" in entry1 and "Archived copy: https://web.archive.org/pl" in entry1
    assert "Accessed 2024-01-12" in entry1 and "Decree No. 5" in entry1
    assert "Consulates reopen. Daily News, media, 14 January 2024." in entry2
    assert "https://news.example.org/consulates" in entry2


def test_reference_links_point_at_the_evidence_urls(tracker, clock):
    populate(tracker, clock)
    hrefs = [a.get("href") for tag, a in page(report_html(tracker, "PL")).tags if tag == "a"]
    assert hrefs == ["https://example.org/pl?a=1&b=2", "https://web.archive.org/pl", "https://news.example.org/consulates"]


def test_evidence_on_file_that_the_assessment_does_not_cite_is_listed_as_further_evidence(tracker, clock):
    populate(tracker, clock)
    later = ops.add_evidence(
        tracker, event_date="2024-03-01", countries=["PL"], recommendations=["antiwar"], title="Grant to exiles",
        publisher="MFA", source_kind="official",
    ).uid
    report = build_report(tracker, "PL", as_of="2025-12-31")
    assert report.references[-1].evidence.uid == later
    text = visible(report_html(tracker, "PL", as_of="2025-12-31"))
    assert "Support for antiwar civic initiatives Not assessed — Not assessed yet. Evidence on file: [3]" in text


def import_cell_evidence(t: Tracker, tmp_path: Path, n: int, country: str = "PL", rec: str = "antiwar") -> None:
    """``n`` pieces of evidence on one cell, "Grant 0" the oldest (one a day from 2024-01-01)."""
    import datetime as dt

    from tracker.importer import import_file

    csv = tmp_path / f"{country}-{rec}.csv"
    start = dt.date(2024, 1, 1)
    csv.write_text("date,country,recommendation,title\n" + "".join(
        f"{start + dt.timedelta(days=i)},{country},{rec},Grant {i}\n" for i in range(n)), encoding="utf-8")
    assert import_file(t, csv).ok


def test_a_cell_lists_its_newest_further_evidence_and_counts_the_rest(tracker, clock, tmp_path: Path):
    """At a hundred evidence per cell a country report cited 5,000 sources over 454 pages: a cell now lists the
    sources its status rests on, then its newest other evidence, and counts the older ones."""
    populate(tracker, clock)
    import_cell_evidence(tracker, tmp_path, 25)
    report = build_report(tracker, "PL", as_of="2025-12-31")
    cell = next(c for c in report.countries[0].cells if c.recommendation.code == "antiwar")
    listed = [report.reference(n).evidence.title for n in cell.further]
    assert listed == [f"Grant {i}" for i in range(15, 25)] and cell.further_more == 15  # the newest ten, oldest first
    cited = {r.evidence.title for r in report.references}
    assert "Grant 14" not in cited and "Grant 24" in cited
    text = visible(report_html(tracker, "PL", as_of="2025-12-31"))
    numbers = ", ".join(f"[{n}]" for n in cell.further)
    expected = f"Support for antiwar civic initiatives Not assessed — Not assessed yet. Evidence on file: {numbers}"
    assert f"{expected} and 15 more Penalties" in text
    assert "its 10 newest other pieces of evidence; the older ones are counted" in section(text, "References")


def test_an_overview_too_big_to_print_its_details_gives_the_scorecard_and_says_where_they_are(
    tracker, clock, monkeypatch
):
    from tracker import report_model

    populate(tracker, clock)
    cited = len(build_report(tracker, None, as_of="2025-12-31").references)
    monkeypatch.setattr(report_model, "OVERVIEW_SOURCES_LIMIT", cited - 1)
    report = build_report(tracker, None, as_of="2025-12-31")
    assert report.details_left_out == 4 and report.countries == () and report.references == ()
    assert [s.country_code for s in report.ranking[:3]] == ["PL", "LT", "EE"]  # the scorecard is all there
    text = visible(report_html(tracker, None, as_of="2025-12-31"))
    assert "Scorecard" in text and "Poland" in section(text, "Scorecard", "Country details")
    assert "The details of the 4 assessed recommendations (rationales and sources) are left out" in text
    assert "policy-tracker report --country CODE" in text
    assert "References" not in text and "sources are cited" not in text and "Methodology" in text
    monkeypatch.setattr(report_model, "OVERVIEW_SOURCES_LIMIT", cited)  # room for them: the details as before
    roomy = build_report(tracker, None, as_of="2025-12-31")
    assert roomy.details_left_out == 0 and len(roomy.references) == cited and len(roomy.countries) == 3


def test_as_of_date_hides_later_judgements_and_later_evidence(tracker, clock):
    populate(tracker, clock)
    early = visible(report_html(tracker, "LT", as_of="2025-05-31"))
    assert "Status as of 31 May 2025 (2025-05-31)" in early
    assert "Announced" not in section(early, "Status by recommendation", "References")
    assert "A bill restoring visas was tabled." not in early
    assert "Seimas bill on visas" not in early and "No evidence is cited" in early
    assert "Score — / 100" in early and "Coverage 0 of 5" in early

    on_the_day = visible(report_html(tracker, "LT", as_of="2025-06-01"))
    assert "Announced score 50 2025-06-01" in on_the_day
    assert "Seimas bill on visas" in section(on_the_day, "References", "Methodology")
    assert "50.0 / 100" in on_the_day and "Grade — not graded: 1 of 5 assessed" in on_the_day


def test_default_as_of_is_today(tracker, clock):
    text = visible(report_html(tracker, "EE"))
    assert "Status as of 15 January 2026 (2026-01-15)" in text  # the fake clock's today


def test_archived_evidence_is_not_cited(tracker, clock):
    uids = populate(tracker, clock)
    ops.archive_evidence(tracker, uids["press"])
    report = build_report(tracker, "PL", as_of="2025-12-31")
    assert [r.evidence.uid for r in report.references] == [uids["decree"]]
    assert "Consulates reopen" not in report_html(tracker, "PL", as_of="2025-12-31")


def test_incomplete_score_is_flagged_and_review_due_is_marked(tracker, clock):
    populate(tracker, clock)
    text = visible(report_html(tracker, "LT", as_of="2025-12-31"))
    assert "Not graded: under half assessed" in text
    # Effective 2025-06-01; the review interval is 180 days.
    assert "2025-06-01 review due" not in visible(report_html(tracker, "LT", as_of="2025-11-28"))
    assert "2025-06-01 review due" in visible(report_html(tracker, "LT", as_of="2025-11-29"))
    assert "Poland" not in text


def test_default_tracker_report_for_estonia_cites_the_article_example(tracker):
    text = visible(report_html(tracker, "EE"))
    assert "Contrary action score 0 2022-03-01" in text
    assert "0.0 / 100" in text and "Grade — not graded: 1 of 5 assessed" in text and "Coverage 1 of 5" in text
    refs = section(text, "References", "Methodology")
    assert ref_numbers(refs)[0] == 1
    assert ("Estonia closes its visa centre and halts e-residency for citizens of Belarus. "
            "Kennan Institute (Wilson Center), 1 March 2022.") in refs


def test_an_archived_country_is_refused_with_a_clear_message(tracker):
    ops.archive_country(tracker, "EE")
    with pytest.raises(ValidationError, match=re.escape("EE is archived: restore it to report on it.")):
        report_html(tracker, "EE")
    assert "Estonia (EE)" not in visible(report_html(tracker, None))


def test_a_country_can_be_named_by_alpha3_or_english_name(tracker):
    assert build_report(tracker, "EST").country == "EE"
    assert build_report(tracker, "estonia").country == "EE"


@pytest.mark.parametrize(
    ("country", "kwargs", "field"),
    [("XX", {}, "country"), ("EE", {"as_of": "2025-13-01"}, "as_of"), ("EE", {"group": "Nope"}, "group"),
     ("PL", {"group": "Baltic states"}, "country")],
)
def test_bad_requests_are_refused_with_a_clear_message(tracker, country, kwargs, field):
    with pytest.raises(ValidationError) as err:
        report_html(tracker, country, **kwargs)
    assert err.value.field == field


# ---------------------------------------------------------------- all countries
def test_overview_ranks_countries_and_shows_each_recommendations_status(tracker, clock):
    populate(tracker, clock)
    text = visible(report_html(tracker, None, as_of="2025-12-31"))
    assert text.startswith("Belarus: Western policy recommendations All countries overview")
    assert "Status as of 31 December 2025" in text
    board = section(text, "Scorecard", "Country details")
    assert board.index("Poland") < board.index("Lithuania") < board.index("Estonia")
    assert "— Poland PL · 2 of 5 87.5* not graded Implemented Partly implemented Not assessed" in board
    assert "— Lithuania LT · 1 of 5 50.0* not graded Announced" in board
    assert "— Estonia EE · 1 of 5 0.0* not graded Contrary action" in board
    assert "* Not graded: fewer than half of the recommendations assessed (no grade, no rank)." in board
    assert "Not yet assessed on any recommendation (34): Australia (AU), Austria (AT)," in board
    assert "3 countries have at least one assessed recommendation" in text


def test_overview_details_show_assessed_cells_only_and_cite_only_what_they_show(tracker, clock):
    uids = populate(tracker, clock)
    # EU-wide evidence linked to every member's sanctions cell, none of them assessed.
    ops.add_evidence(tracker, event_date="2024-06-01", groups=["EU"], recommendations=["sanctions"], title="EU package")
    report = build_report(tracker, None, as_of="2025-12-31")
    assert [c.code for c in report.countries] == ["PL", "LT", "EE"]
    assert all(cell.assessed for c in report.countries for cell in c.cells)
    text = visible(report_html(tracker, None, as_of="2025-12-31"))
    details = section(text, "Country details", "References")
    assert "Austria" not in details and "Penalties on the Lukashenka regime" not in details
    assert "EU package" not in text
    assert [r.evidence.uid for r in report.references[:3]] == [uids["decree"], uids["press"], uids["bill"]]
    assert [r.evidence.title for r in report.references[3:]] == [
        "Estonia closes its visa centre and halts e-residency for citizens of Belarus"
    ]
    assert ref_numbers(section(text, "References", "Methodology"))[: len(report.references)] == list(
        range(1, len(report.references) + 1)
    )
    assert sorted(set(ref_numbers(details))) == list(range(1, len(report.references) + 1))


def test_overview_for_a_group_ranks_within_the_group(tracker, clock):
    populate(tracker, clock)
    report = build_report(tracker, None, as_of="2025-12-31", group="baltic states")
    assert report.group == "Baltic states"
    assert [s.country_code for s in report.ranking] == ["LT", "EE", "LV"]
    text = visible(reports.render_html(report))
    assert "Baltic states overview" in text and "3 countries in the group Baltic states" in text
    assert "Poland" not in text


def test_overview_with_nothing_assessed_says_so(blank_tracker):
    ops.add_country(blank_tracker, "EE")
    text = visible(report_html(blank_tracker, None))
    assert "No country has an assessed recommendation as of 2026-01-15." in text
    assert "No evidence is cited" in text


# ---------------------------------------------------------------- methodology
def test_methodology_explains_scale_scoring_coverage_and_grades(tracker):
    method = section(visible(report_html(tracker, "EE")), "Methodology")
    for row in ("Not assessed none Nobody has judged this yet.", "Contrary action 0 The government acted against",
                "No action 25", "Announced 50", "Partly implemented 75", "Implemented 100 In force, general in scope."):
        assert row in method
    assert "weighted mean of the scores of its assessed recommendations" in method
    assert "not assessed are left out, never counted as 0" in method
    assert ("A country needs at least half of its recommendations assessed (3 of 5) for a grade and a rank; "
            "with fewer it has a score but is not graded. (The codebook's min_coverage_for_grade is 0.5.)") in method
    assert "Ranks are among the graded countries" in method
    assert "A: 80 and above; B: 60 to under 80; C: 40 to under 60; D: 20 to under 40; F: below 20." in method
    assert "reported: reported by a credible source" in method
    assert "penalize the Lukashenka regime" in method  # the recommendations in the source's words


def test_methodology_follows_the_codebook(clock):
    book = default_codebook()
    book = dataclasses.replace(
        book,
        statuses=[Status("todo", "Unknown yet", None, "#999999", "Not looked at."),
                  Status("bad", "Regressed", 0, "#AA0000", "Worse than before."),
                  Status("good", "Done", 100, "#00AA00", "Fully done.")],
        grades=[Grade("Good", 70), Grade("Poor", 30)],
        recommendations=[dataclasses.replace(r, weight=2 if r.code == "visa" else 1) for r in book.recommendations],
        evidence=[],
    )
    t = Tracker.in_memory(book, user="Alice", clock=clock)
    try:
        method = section(visible(report_html(t, "EE")), "Methodology")
    finally:
        t.close()
    assert "Unknown yet none Not looked at." in method and "Regressed 0" in method and "Done 100" in method
    assert "Partly implemented" not in method
    assert "Good: 70 and above; Poor: 30 to under 70; below 30: no grade." in method
    assert "Weights: Non-discriminatory visa policy for Belarusians 2;" in method


def test_grade_bands_text():
    book = build_book_grades([("A", 80), ("B", 60), ("F", 0)])
    assert reports.grade_bands_text(book) == ["A: 80 and above", "B: 60 to under 80", "F: below 60"]


def build_book_grades(bands):
    from db.queries import CodebookView, GradeInfo

    return CodebookView("", "", "", 180, [], [], [], [GradeInfo(g, m) for g, m in bands], {})


# ---------------------------------------------------------------- escaping and self-containment
HOSTILE = '<script>alert("x")</script>'


def test_user_text_is_escaped_everywhere(tracker, clock):
    ops.set_meta(tracker, "title", f"Tracker {HOSTILE}")
    ops.edit_country(tracker, "EE", name=f"Estonia {HOSTILE}")
    ev = uid_of(ops.add_evidence(
        tracker, event_date="2024-01-01", countries=["EE"], recommendations=["tps"], title=f"Title {HOSTILE}",
        publisher="<b>Publisher</b>", notes=f"Notes {HOSTILE}\nline two", language="<i>en</i>",
        url="https://example.org/?q='x'onmouseover=alert(1)",
    ))
    ops.set_status(tracker, "EE", "tps", "partial", effective_date="2024-01-02", rationale=f"Why {HOSTILE}",
                   evidence=[ev])
    for country in ("EE", None):
        html = report_html(tracker, country)
        assert "<script" not in html.lower() and "<b>Publisher" not in html and "<i>en" not in html
        assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") >= 4
        text = visible(html)
        assert f"Title {HOSTILE}." in text and f"Why {HOSTILE}" in text and f"Estonia {HOSTILE}" in text
        tags = page(html).tags
        assert "script" not in [t for t, _ in tags]
        hrefs = [a["href"] for t, a in tags if t == "a"]
        assert hrefs == ["https://example.org/?q='x'onmouseover=alert(1)"]
        assert not any("onmouseover" in key for _, a in tags for key in a)


def test_a_colour_from_the_codebook_cannot_inject_markup():
    assert reports.safe_color("#1e7b3a") == "#1E7B3A"
    assert reports.safe_color("red' onload='x") == reports.FALLBACK_COLOR


def test_report_is_self_contained(tracker, clock):
    populate(tracker, clock)
    for country in ("PL", None):
        html = report_html(tracker, country)
        tags = page(html).tags
        assert not [t for t, _ in tags if t in ("script", "link", "img", "iframe", "object", "embed")]
        assert not [a for _, a in tags if "src" in a]
        assert "@import" not in html and "url(" not in html
        assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
        # The only addresses are the evidence links.
        assert set(re.findall(r"https?://[^\s'\"<]+", html)) <= {
            "https://example.org/pl?a=1&amp;b=2", "https://web.archive.org/pl", "https://news.example.org/consulates",
            "https://lrs.example.org/bill",
        }


def test_status_is_never_shown_by_colour_alone(tracker, clock):
    populate(tracker, clock)
    html = report_html(tracker, None, as_of="2025-12-31")
    board = section(visible(html), "Scorecard", "Country details")
    # Every status cell of the ranking table names its status in words.
    assert board.count("Not assessed") == 3 * 5 - 4
    assert {"Implemented", "Partly implemented", "Announced", "Contrary action"} <= set(
        re.findall(r"Implemented|Partly implemented|Announced|Contrary action", board)
    )


# ---------------------------------------------------------------- files
def test_write_report_html_writes_the_report(tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    target = tmp_path / "pl.html"
    write_report(tracker, target, country="PL", fmt="html", as_of="2025-12-31")
    assert target.read_text(encoding="utf-8") == report_html(tracker, "PL", as_of="2025-12-31")
    assert [p.name for p in tmp_path.iterdir()] == ["pl.html"]


def test_failed_report_leaves_an_existing_file_alone(tracker, tmp_path: Path):
    target = tmp_path / "report.html"
    target.write_text("the good one", encoding="utf-8")
    with pytest.raises(ValidationError):
        write_report(tracker, target, country="XX", fmt="html")
    with pytest.raises(ValidationError):
        write_report(tracker, target, country="EE", fmt="docx")
    with pytest.raises(ValidationError):
        write_report(tracker, target, country="EE", fmt="pdf", page_size="A5")
    assert target.read_text(encoding="utf-8") == "the good one"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_default_filename(tracker):
    assert reports.default_filename(tracker, "est", "pdf") == "report-EE-2026-01-15.pdf"
    assert reports.default_filename(tracker, None, "html", "2025-01-31") == "report-all-2025-01-31.html"


@pytest.mark.slow
def test_reports_module_imports_no_qt():
    import subprocess
    import sys

    code = "import sys, tracker.reports, tracker.xlsx; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- no Qt, imports one way
ROOT = Path(__file__).resolve().parents[2]
NO_QT_MODULES = ("tracker/reports.py", "tracker/report_model.py", "tracker/style.py", "tracker/xlsx.py")


@pytest.mark.slow
def test_html_report_is_made_where_pyside6_cannot_be_imported(tracker_path: Path, tmp_path: Path):
    """The report model and its HTML need no Qt: with every PySide6 import made to fail,
    the model is built and the HTML written (also by ``policy-tracker report --format html``),
    and a PDF is refused (never a lazy Qt import)."""
    import subprocess
    import sys

    target = tmp_path / "ee.html"
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # any 'import PySide6...' now raises ImportError\n"
        "from db import Tracker, ValidationError\n"
        "from tracker import reports, report_model, style, xlsx\n"
        f"t = Tracker.open({str(tracker_path)!r}, user='x')\n"
        "model = report_model.build_report(t, 'EE')\n"
        "assert model.country == 'EE' and model.references\n"
        f"reports.write_report(t, {str(target)!r}, country='EE', fmt='html')\n"
        "try:\n"
        f"    reports.write_report(t, {str(tmp_path / 'ee.pdf')!r}, country='EE', fmt='pdf')\n"
        "except ValidationError as exc:\n"
        "    print('refused:', exc)\n"
        "from tracker.cli import main\n"
        f"args = ['report', '--db', {str(tracker_path)!r}, '--all', '--format', 'html']\n"
        f"args += ['-o', {str(tmp_path / 'all.html')!r}]\n"
        "assert main(args) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'tracker.ui'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert lines[0].startswith("refused:") and "tracker.ui.render.write_report" in lines[0]
    assert lines[-1] == "['PySide6']"  # only the blocked entry: nothing Qt was loaded
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Estonia" in html
    assert not (tmp_path / "ee.pdf").exists()
    assert "All countries overview" in (tmp_path / "all.html").read_text(encoding="utf-8")  # the command line too


@pytest.mark.parametrize("module", NO_QT_MODULES)
def test_non_ui_report_modules_import_neither_qt_nor_the_ui(module: str):
    """Not even lazily, inside a function: imports run from tracker.ui to tracker, never back."""
    import ast

    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    modules, names = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules.append("." * node.level + (node.module or ""))
            names += [a.name for a in node.names]
    assert not [m for m in modules if m.startswith("PySide6") or m.lstrip(".").startswith(("ui", "tracker.ui"))]
    assert not [n for n in names if n.startswith("_") and not n.endswith("__")]  # no private name from elsewhere


def test_html_write_report_refuses_pdf_and_writes_nothing(tracker, tmp_path: Path):
    target = tmp_path / "ee.pdf"
    with pytest.raises(ValidationError, match=r"tracker\.ui\.render\.write_report"):
        write_report(tracker, target, country="EE", fmt="pdf")
    assert not target.exists()


def test_write_html_writes_a_built_report(tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    report = build_report(tracker, "PL", as_of="2025-12-31")
    target = tmp_path / "pl.html"
    reports.write_html(report, target)
    assert target.read_text(encoding="utf-8") == reports.render_html(report) == report_html(tracker, "PL", "2025-12-31")


def test_as_of_day_checks_the_date_and_defaults_to_today(tracker):
    from tracker.report_model import as_of_day

    assert as_of_day(tracker, None) == "2026-01-15"
    assert as_of_day(tracker, "2025-03-01") == "2025-03-01"
    with pytest.raises(ValidationError):
        as_of_day(tracker, "2025-13-01")


def test_check_report_options():
    from tracker.report_model import check_report_options

    check_report_options("html", "A5")  # the page size only matters on paper
    check_report_options("pdf", "Letter")
    with pytest.raises(ValidationError):
        check_report_options("docx")
    with pytest.raises(ValidationError):
        check_report_options("pdf", "A5")


def test_scoreboard_is_the_reports_ranking_without_evidence(tracker, clock):
    from tracker.report_model import build_scoreboard

    populate(tracker, clock)
    board = build_scoreboard(tracker, as_of="2025-12-31")
    report = build_report(tracker, None, as_of="2025-12-31")
    assert board.ranking == report.ranking and board.as_of == report.as_of == "2025-12-31"
    assert board.generated_on == "2026-01-15" and board.group is None


# ---------------------------------------------------------------- a second coder's review (issue 13)
def test_a_report_counts_proposed_statuses_only_when_asked_and_says_so(tracker, clock):
    from db import review
    from tracker.report_model import build_scoreboard, report_title

    uids = populate(tracker, clock)
    review.set_review_required(tracker, True)
    proposal = uid_of(ops.set_status(tracker, "PL", "visa", "contrary", effective_date="2025-03-01",
                                     rationale="Consulates closed again."))
    plain = build_report(tracker, "PL", as_of="2025-12-31")
    assert not plain.includes_proposed and plain.countries[0].score.score == 87.5
    text = visible(reports.render_html(plain))
    assert "proposed" not in text.lower() and "Visas are issued again" in text
    both = build_report(tracker, "PL", as_of="2025-12-31", include_proposed=True)
    assert both.includes_proposed and both.proposed == frozenset({proposal})
    assert both.countries[0].score.score == 37.5  # (0 + 75) / 2: the proposal counts as if approved
    text = visible(reports.render_html(both))
    assert "Includes proposed statuses not yet reviewed." in text
    rows = section(text, "Status by recommendation", "References")
    assert "Contrary action score 0 proposed by Alice, not yet reviewed" in rows and "Consulates closed again." in rows
    assert report_title(both).endswith("(includes proposed statuses not yet reviewed)")
    overview = visible(reports.render_html(build_report(tracker, None, as_of="2025-12-31", include_proposed=True)))
    assert "Includes proposed statuses not yet reviewed." in overview
    board = build_scoreboard(tracker, as_of="2025-12-31", include_proposed=True)
    assert board.includes_proposed and {s.country_code: s.score for s in board.ranking}["PL"] == 37.5
    assert {s.country_code: s.score for s in build_scoreboard(tracker, as_of="2025-12-31").ranking}["PL"] == 87.5
    del uids


def test_a_long_codebooks_overview_gives_its_scorecard_in_tables_of_five_recommendations(tracker, clock):
    """Fifty recommendation columns on one page were letters stacked one under another: a codebook longer than
    five gives several tables, each with the rank, the country and its score, and a caption saying which."""
    populate(tracker, clock)
    for n in (1, 2):
        ops.add_recommendation(tracker, f"extra{n}", f"Extra measure {n}")
    ops.set_status(tracker, "PL", "extra2", "full", effective_date="2024-02-01", rationale="Done.")
    html = report_html(tracker, None, as_of="2025-12-31")
    text = visible(html)
    assert "Recommendations 1–5 of 7" in text and "Recommendations 6–7 of 7" in text
    first, second = section(text, "Recommendations 1–5 of 7", "Recommendations 6–7 of 7"), section(
        text, "Recommendations 6–7 of 7", "Columns:")
    assert "visa" in first and "sanctions" in first and "extra1" not in first
    assert "extra1" in second and "extra2" in second and "visa" not in second
    assert first.count("Poland") == 1 and second.count("Poland") == 1  # every table has the countries
    assert html.count("<table") >= 2
    five = report_html(tracker, "PL", as_of="2025-12-31")  # a country report lists recommendations as rows
    assert "Recommendations 1–5" not in visible(five)


def test_the_newest_further_evidence_and_the_scorecard_parts_speak_the_reports_language(tracker, clock, tmp_path):
    populate(tracker, clock)
    import_cell_evidence(tracker, tmp_path, 13)
    for n in (1, 2):
        ops.add_recommendation(tracker, f"extra{n}", f"Extra measure {n}")
    text = visible(report_html(tracker, "PL", as_of="2025-12-31", language="pl"))
    assert "i jeszcze 3" in text and "oraz 10 najnowszych innych dowodów" in text
    overview = visible(report_html(tracker, None, as_of="2025-12-31", language="ru"))
    assert "Рекомендации 1–5 из 7" in overview and "Рекомендации 6–7 из 7" in overview
