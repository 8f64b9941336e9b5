"""What a report or a matrix image shows, computed once from the tracker.

The renderers only format this model: :mod:`tracker.reports` writes it as
HTML, :mod:`tracker.ui.pdf` paints that HTML as a PDF and
:mod:`tracker.ui.matrix_image` paints a :class:`Scoreboard` as a PNG.  Building
it here, apart from any renderer, is what lets the Qt renderers depend on the
reports and never the other way round.  No Qt here.
"""

from __future__ import annotations

import datetime as _dt

from db import Tracker, validate
from db.catalogue import arg, texts_for
from db.errors import ValidationError
from db.i18n import LANGUAGE_CODES, LANGUAGES
from db.ops import group_members, resolve_country
from db.queries import (
    CellStatus,
    CodebookView,
    EvidenceItem,
    RecommendationInfo,
    cell_evidence_uids,
    codebook_view,
    current_statuses,
    get_evidence,
)
from db.records import record
from db.review import pending_overlay, with_proposed

from .scoring import CountryScore, compute_scores

REPORT_FORMATS: tuple[str, ...] = ("html", "pdf")
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")
# A cell lists every source its status rests on, and the newest this many of its other evidence; the rest are
# counted ("and 85 more"): at a hundred evidence per cell a country report cited 5,000 sources over 454 pages.
FURTHER_LISTED = 10
# The most sources an overview's country details may cite (about 200 pages of references, ~250 MB to lay out).
# Beyond it (a big tracker: ten thousand assessed cells) the overview gives the scorecard and says that the
# details are in each country's report; laying out every cell's details and a million references took more
# memory than any machine has.
OVERVIEW_SOURCES_LIMIT = 5000


@record(frozen=True)
class Reference:
    """A cited source and its number in the report."""

    number: int
    evidence: EvidenceItem


@record(frozen=True)
class CellReport:
    """One recommendation for one country: its status and the sources cited for it.

    ``basis`` are the references linked to the assessment itself (what the
    judgement rests on); ``further`` is other evidence logged for the cell.
    """

    recommendation: RecommendationInfo
    status: CellStatus
    basis: tuple[int, ...] = ()
    further: tuple[int, ...] = ()
    # Further evidence on file not listed (beyond the newest :data:`FURTHER_LISTED`).
    further_more: int = 0

    @property
    def references(self) -> tuple[int, ...]:
        return self.basis + self.further

    @property
    def assessed(self) -> bool:
        return self.status.assessed


@record(frozen=True)
class CountryReport:
    """One country's score and the cells shown for it."""

    score: CountryScore
    cells: tuple[CellReport, ...]

    @property
    def code(self) -> str:
        return self.score.country_code

    @property
    def name(self) -> str:
        return self.score.country_name


@record(frozen=True)
class Report:
    """Everything a report shows, computed once; rendering only formats it."""

    book: CodebookView
    as_of: str
    generated_on: str
    group: str | None
    country: str | None
    ranking: tuple[CountryScore, ...]
    countries: tuple[CountryReport, ...]
    references: tuple[Reference, ...]
    #: Statuses proposed and not yet reviewed count too: the uids of the cells shown with one.
    proposed: frozenset[str] | None = None
    # An overview too big for its details: how many assessed cells it leaves out (see OVERVIEW_SOURCES_LIMIT).
    details_left_out: int = 0

    @property
    def includes_proposed(self) -> bool:
        return self.proposed is not None

    @property
    def scored(self) -> int:
        return sum(1 for s in self.ranking if s.score is not None)

    @property
    def ranked(self) -> int:
        """How many countries have a rank: those with enough assessed for a grade."""
        return sum(1 for s in self.ranking if s.rank is not None)

    def reference(self, number: int) -> Reference:
        return self.references[number - 1]

    @property
    def language(self) -> str:
        """The language the report is written in (its codebook view's)."""
        return self.book.language


@record(frozen=True)
class Scoreboard:
    """What the matrix image shows: every country's score and cells on one date
    (no evidence, so it is cheap to build for a slide)."""

    book: CodebookView
    as_of: str
    generated_on: str
    group: str | None
    ranking: tuple[CountryScore, ...]
    proposed: frozenset[str] | None = None  # as Report.proposed

    @property
    def includes_proposed(self) -> bool:
        return self.proposed is not None

    @property
    def language(self) -> str:
        return self.book.language


def ranking_of(
    t: Tracker, day: str, *, group: str | None, book: CodebookView, include_proposed: bool = False
) -> tuple[list[CountryScore], frozenset[str] | None]:
    """Every active country's score as of ``day`` (within ``group``), ranked; with ``include_proposed``,
    statuses proposed and not yet reviewed count as if approved, and their uids come back too."""
    members = group_members(t, group) if group else None
    cells = current_statuses(t, day, book=book, countries=members)
    if not include_proposed:
        return compute_scores(cells, book, members), None
    overlay = pending_overlay(t, as_of=day, cells=cells)
    cells = with_proposed(t, cells, as_of=day, book=book, overlay=overlay)
    proposed = frozenset(p.uid for c, p in overlay.items() if cells[c].assessment_uid == p.uid)
    return compute_scores(cells, book, members), proposed


def as_of_day(t: Tracker, as_of: str | _dt.date | None) -> str:
    """The report date as ``YYYY-MM-DD``: ``as_of`` checked, or the tracker's today."""
    if as_of is None:
        return t.today()
    return validate.date(as_of, "as_of") or t.today()


def check_report_options(fmt: str, page_size: str = "A4", language: str = "en") -> None:
    """Refuse an unknown format, page size or language before anything is computed or written."""
    if fmt not in REPORT_FORMATS:
        raise ValidationError("format", f"{fmt!r} is not a report format; use html or pdf.")
    if fmt == "pdf" and page_size not in PAGE_SIZES:
        raise ValidationError("page_size", f"{page_size!r} is not a page size; use A4 or Letter.")
    check_language(language)


def check_language(language: str) -> str:
    """``language`` when a report can be written in it; a ValidationError naming the choices otherwise."""
    if language not in LANGUAGES:
        raise ValidationError("language", f"{language!r} is not a report language; use one of "
                              f"{', '.join(LANGUAGE_CODES)}.")
    return language


def build_scoreboard(
    t: Tracker, *, as_of: str | _dt.date | None = None, group: str | None = None, include_proposed: bool = False,
    language: str = "en",
) -> Scoreboard:
    """Every active country's score as of ``as_of`` (default today), within ``group`` when given;
    names and labels in ``language``."""
    day = as_of_day(t, as_of)
    book = codebook_view(t, check_language(language))
    ranking, proposed = ranking_of(t, day, group=group, book=book, include_proposed=include_proposed)
    return Scoreboard(
        book=book, as_of=day, generated_on=t.today(), group=group, ranking=tuple(ranking), proposed=proposed
    )


def build_report(
    t: Tracker, country: str | None = None, *, as_of: str | _dt.date | None = None, group: str | None = None,
    include_proposed: bool = False, language: str = "en",
) -> Report:
    """The content of a report for ``country`` (alpha-2, alpha-3 or English name),
    or for every active country (within ``group``) when ``country`` is None.

    Only assessments effective on or before ``as_of`` (default today) count,
    and only evidence dated on or before it, not archived, is cited.
    ``include_proposed``: statuses proposed and not yet reviewed count too
    (the report says so, and marks each such status).
    ``language``: the codebook's texts and country names in that language (see :func:`db.queries.codebook_view`).
    """
    day = as_of_day(t, as_of)
    book = codebook_view(t, check_language(language))
    group_name = None
    members: list[str] | None = None
    if group:
        members = group_members(t, group)
        group_name = next((g for g in book.groups if g.lower() == group.strip().lower()), group.strip())
    code = resolve_country(t, country, allow_archived=True) if country is not None else None
    if code is not None and members is not None and code not in members:
        raise ValidationError("country", f"{code} is not a member of the group {group_name}.")
    ranking, proposed = ranking_of(t, day, group=group_name, book=book, include_proposed=include_proposed)
    shown = [s for s in ranking if code is None or s.country_code == code]
    if code is not None and not shown:
        raise ValidationError("country", f"{code} is archived: restore it to report on it.")

    # A country report shows every recommendation (with any evidence on file);
    # the overview shows only assessed cells of countries that have one, and
    # cites only what it shows, so every reference number appears in the text.
    # Each cell: the sources its status rests on, then its newest other evidence (older first), the rest counted.
    recs = book.active_recommendations()
    planned: list[tuple[CountryScore, list[tuple[RecommendationInfo, CellStatus, list[str], int]]]] = []
    wanted: dict[str, None] = {}  # every source to cite, in order (a dict: ordered and without repeats)
    for s in shown:
        if code is None and s.assessed == 0:
            continue
        cells = []
        for rec in recs:
            status = s.cells[rec.code]
            if code is None and not status.assessed:
                continue
            rests_on = set(status.evidence_uids)
            on_file = [u for u in cell_evidence_uids(t, s.country_code, rec.code, until=day) if u not in rests_on]
            further = on_file[:FURTHER_LISTED][::-1]
            cells.append((rec, status, further, max(0, len(on_file) - FURTHER_LISTED)))
            wanted.update(dict.fromkeys((*status.evidence_uids, *further)))
        planned.append((s, cells))
        if code is None and len(wanted) > OVERVIEW_SOURCES_LIMIT:  # too many to print: no need to read further
            return Report(
                book=book, as_of=day, generated_on=t.today(), group=group_name, country=code,
                ranking=tuple(ranking), countries=(), references=(), proposed=proposed,
                details_left_out=sum(1 for c in shown for rec in recs if c.cells[rec.code].assessed),
            )
    by_uid = {e.uid: e for e in get_evidence(t, list(wanted)) if not e.archived and e.event_date <= day}

    numbers: dict[str, int] = {}
    cited: list[Reference] = []

    def cite(item: EvidenceItem) -> int:
        if item.uid not in numbers:
            numbers[item.uid] = len(cited) + 1
            cited.append(Reference(numbers[item.uid], item))
        return numbers[item.uid]

    reports = []
    for s, cells in planned:
        made = []
        for rec, status, further, more in cells:
            basis = tuple(cite(by_uid[u]) for u in status.evidence_uids if u in by_uid)
            made.append(CellReport(rec, status, basis, tuple(cite(by_uid[u]) for u in further if u in by_uid), more))
        reports.append(CountryReport(s, tuple(made)))
    return Report(
        book=book, as_of=day, generated_on=t.today(), group=group_name, country=code, ranking=tuple(ranking),
        countries=tuple(reports), references=tuple(cited), proposed=proposed,
    )


# ---------------------------------------------------------------- text shared by every renderer
def month_names(lang: str) -> tuple[str, ...]:
    """The months as a long date writes them in ``lang`` (the form after a day: "15 студзеня")."""
    Dates = texts_for(lang, "Dates")  # noqa: N806 - named as its context, for lupdate
    return (
        Dates.tr("January", "month in a date: 15 January 2026"), Dates.tr("February", "month in a date"),
        Dates.tr("March", "month in a date"), Dates.tr("April", "month in a date"),
        Dates.tr("May", "month in a date"), Dates.tr("June", "month in a date"),
        Dates.tr("July", "month in a date"), Dates.tr("August", "month in a date"),
        Dates.tr("September", "month in a date"), Dates.tr("October", "month in a date"),
        Dates.tr("November", "month in a date"), Dates.tr("December", "month in a date"),
    )


def long_date(iso: str, lang: str = "en") -> str:
    """'2026-01-15' -> '15 January 2026', '15 студзеня 2026 г.', '2026 m. sausio 15 d.' (no locale surprises:
    the month names and the order are the catalogue's, the same on every machine)."""
    d = _dt.date.fromisoformat(iso)
    Dates = texts_for(lang, "Dates")  # noqa: N806
    pattern = Dates.tr("%1 %2 %3", "a long date: %1 day, %2 month, %3 year (15 January 2026)")
    return arg(pattern, d.day, month_names(lang)[d.month - 1], d.year)


def report_title(report: Report) -> str:
    """The document title: what the report is and its date (also the PDF footer)."""
    Reports = texts_for(report.language, "Reports")  # noqa: N806
    title = report.book.title or "Policy Tracker"
    if report.country is not None:
        what = arg(Reports.tr("%1 scorecard"), report.countries[0].name)
    elif report.group:
        what = arg(Reports.tr("%1 overview"), report.book.group_name(report.group))
    else:
        what = Reports.tr("All countries overview")
    proposed = ""
    if report.includes_proposed:
        proposed = arg(" (%1)", Reports.tr("includes proposed statuses not yet reviewed"))
    return arg(Reports.tr("%1 — %2 — as of %3"), title, what, report.as_of) + proposed


def default_filename(t: Tracker, country: str | None, fmt: str, as_of: str | None = None) -> str:
    """A suggested file name: ``report-EE-2026-01-15.pdf`` or ``report-all-2026-01-15.html``."""
    day = as_of_day(t, as_of)
    who = resolve_country(t, country) if country else "all"
    return f"report-{who}-{day}.{fmt}"


__all__ = [
    "PAGE_SIZES", "REPORT_FORMATS", "CellReport", "CountryReport", "Reference", "Report", "Scoreboard", "as_of_day",
    "build_report", "build_scoreboard", "check_language", "check_report_options", "default_filename", "long_date",
    "month_names", "ranking_of", "report_title",
]
