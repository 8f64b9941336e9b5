"""Scorecard reports: one country, or every country, as self-contained HTML
(and, through :mod:`tracker.ui.pdf`, as PDF).

A report states the tracker's title and the as-of date, each country's score
(with coverage, grade and rank) and the status of every recommendation with
its rationale, cites the evidence as numbered references (numbered in order
of first citation, one number per source however often it is cited), and
ends with the methodology, generated from the codebook.

The HTML uses only what both a browser and Qt's ``QTextDocument`` (which
makes the PDF) understand: simple tables, inline styles and ``bgcolor``.
Every piece of user text is escaped.  A status is never shown by colour
alone: its label is always written.  No Qt here.
"""

from __future__ import annotations

import datetime as _dt
import html
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from db import Tracker, validate
from db.errors import ValidationError
from db.ops import group_members, resolve_country
from db.queries import (
    CellStatus,
    CodebookView,
    EvidenceFilter,
    EvidenceItem,
    RecommendationInfo,
    StatusInfo,
    codebook_view,
    get_evidence,
    search_evidence,
)

from . import __version__
from .exports import write_file_atomically
from .scoring import CountryScore, scorecard

REPORT_FORMATS: tuple[str, ...] = ("html", "pdf")
PAGE_SIZES: tuple[str, ...] = ("A4", "Letter")

CONFIDENCE_TEXT: dict[str, str] = {
    "verified": "confirmed by an independent source or by the text of the measure itself",
    "reported": "reported by a credible source, not yet independently verified",
    "claimed": "stated by the government itself; a claim, not a verification",
}
SOURCE_KIND_TEXT: dict[str, str] = {
    "official": "official source",
    "media": "media",
    "ngo": "NGO",
    "international": "international organisation",
    "other": "",
}

# ---------------------------------------------------------------- colours
INK = "#1F2328"
MUTED = "#57606A"
ACCENT = "#1A4B8C"
RULE = "#D0D7DE"
HEAD_BG = "#EEF2F7"
SOFT_BG = "#F6F8FA"
REVIEW = "#9A4D00"
FALLBACK_COLOR = "#808080"
FONT = "'DejaVu Sans', 'Segoe UI', Arial, Helvetica, sans-serif"

_COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


def safe_color(value: str | None) -> str:
    """A ``#RRGGBB`` colour from the codebook, or grey when it is anything else
    (a colour lands in an attribute, so it must never carry markup)."""
    return value.upper() if value and _COLOR_RE.match(value) else FALLBACK_COLOR


def _luminance(color: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    c = safe_color(color)
    r, g, b = (int(c[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text_hex(background: str) -> str:
    """``#000000`` or ``#FFFFFF``, whichever contrasts more with ``background``."""
    return "#000000" if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#FFFFFF") else "#FFFFFF"


# ---------------------------------------------------------------- the data
@dataclass(frozen=True)
class Reference:
    """A cited source and its number in the report."""

    number: int
    evidence: EvidenceItem


@dataclass(frozen=True)
class CellReport:
    """One recommendation for one country: its status and the sources cited for it.

    ``basis`` are the references linked to the assessment itself (what the
    judgement rests on); ``further`` is other evidence logged for the cell.
    """

    recommendation: RecommendationInfo
    status: CellStatus
    basis: tuple[int, ...] = ()
    further: tuple[int, ...] = ()

    @property
    def references(self) -> tuple[int, ...]:
        return self.basis + self.further

    @property
    def assessed(self) -> bool:
        return self.status.assessed


@dataclass(frozen=True)
class CountryReport:
    score: CountryScore
    cells: tuple[CellReport, ...]

    @property
    def code(self) -> str:
        return self.score.country_code

    @property
    def name(self) -> str:
        return self.score.country_name



@dataclass(frozen=True)
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

    @property
    def scored(self) -> int:
        return sum(1 for s in self.ranking if s.score is not None)

    def reference(self, number: int) -> Reference:
        return self.references[number - 1]


def _valid_as_of(t: Tracker, as_of: str | _dt.date | None) -> str:
    if as_of is None:
        return t.today()
    return validate.date(as_of, "as_of") or t.today()


def build_report(
    t: Tracker, country: str | None = None, *, as_of: str | _dt.date | None = None, group: str | None = None
) -> Report:
    """The content of a report for ``country`` (alpha-2, alpha-3 or English name),
    or for every active country (within ``group``) when ``country`` is None.

    Only assessments effective on or before ``as_of`` (default today) count,
    and only evidence dated on or before it, not archived, is cited.
    """
    day = _valid_as_of(t, as_of)
    book = codebook_view(t)
    group_name = None
    members: list[str] | None = None
    if group:
        members = group_members(t, group)
        group_name = next((g for g in book.groups if g.lower() == group.strip().lower()), group.strip())
    code = resolve_country(t, country, allow_archived=True) if country is not None else None
    if code is not None and members is not None and code not in members:
        raise ValidationError("country", f"{code} is not a member of the group {group_name}.")
    ranking = scorecard(t, day, group=group_name, book=book)
    shown = [s for s in ranking if code is None or s.country_code == code]
    if code is not None and not shown:
        raise ValidationError("country", f"{code} is archived: restore it to report on it.")

    flt = EvidenceFilter(countries=[code] if code else (), group=group_name, date_to=day)
    items = sorted(search_evidence(t, flt), key=lambda e: (e.event_date, e.recorded_at, e.uid))
    by_uid = {e.uid: e for e in items}
    by_cell: dict[tuple[str, str], list[EvidenceItem]] = {}
    for item in items:
        for cell in item.cells:
            by_cell.setdefault(cell, []).append(item)
    linked = {u for s in shown for c in s.cells.values() for u in c.evidence_uids if u not in by_uid}
    for item in get_evidence(t, sorted(linked)):
        if not item.archived and item.event_date <= day:
            by_uid[item.uid] = item

    numbers: dict[str, int] = {}
    cited: list[Reference] = []

    def cite(item: EvidenceItem) -> int:
        if item.uid not in numbers:
            numbers[item.uid] = len(cited) + 1
            cited.append(Reference(numbers[item.uid], item))
        return numbers[item.uid]

    # A country report shows every recommendation (with any evidence on file);
    # the overview shows only assessed cells of countries that have one, and
    # cites only what it shows, so every reference number appears in the text.
    reports = []
    recs = book.active_recommendations()
    for s in shown:
        if code is None and s.assessed == 0:
            continue
        cells = []
        for rec in recs:
            status = s.cells[rec.code]
            if code is None and not status.assessed:
                continue
            basis = [by_uid[u] for u in status.evidence_uids if u in by_uid]
            basis_uids = {e.uid for e in basis}
            further = [e for e in by_cell.get((s.country_code, rec.code), []) if e.uid not in basis_uids]
            cells.append(
                CellReport(rec, status, tuple(cite(e) for e in basis), tuple(cite(e) for e in further))
            )
        reports.append(CountryReport(s, tuple(cells)))
    return Report(
        book=book, as_of=day, generated_on=t.today(), group=group_name, country=code, ranking=tuple(ranking),
        countries=tuple(reports), references=tuple(cited),
    )


# ---------------------------------------------------------------- text helpers
def esc(value: object) -> str:
    """Escape user text for HTML (quotes too: it may land in an attribute)."""
    return html.escape("" if value is None else str(value), quote=True)


def esc_lines(value: object) -> str:
    """Escaped text whose line breaks survive."""
    return "<br>".join(esc(line) for line in str(value or "").strip().splitlines())


def long_date(iso: str) -> str:
    """'2026-01-15' -> '15 January 2026' (English month names, no locale surprises)."""
    d = _dt.date.fromisoformat(iso)
    month = (
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    )[d.month - 1]
    return f"{d.day} {month} {d.year}"


def score_value(score: float | None) -> str:
    return "—" if score is None else f"{score:.1f}"


def number_text(value: float) -> str:
    return f"{value:g}"


def ref_list(numbers: Sequence[int]) -> str:
    return ", ".join(f"[{n}]" for n in numbers)


def grade_bands_text(book: CodebookView) -> list[str]:
    """'A: 80 and above', 'B: 60 to under 80', …, 'F: below 20' (from the codebook)."""
    bands = sorted(book.grades, key=lambda g: -g.min_score)
    lines = []
    upper: float | None = None
    for band in bands:
        if upper is None:
            lines.append(f"{band.grade}: {number_text(band.min_score)} and above")
        elif band.min_score <= 0:
            lines.append(f"{band.grade}: below {number_text(upper)}")
        else:
            lines.append(f"{band.grade}: {number_text(band.min_score)} to under {number_text(upper)}")
        upper = band.min_score
    if bands and bands[-1].min_score > 0:
        lines.append(f"below {number_text(bands[-1].min_score)}: no grade")
    return lines


def report_title(report: Report) -> str:
    """The document title: what the report is and its date (also the PDF footer)."""
    title = report.book.title or "Policy Tracker"
    if report.country is not None:
        what = f"{report.countries[0].name} scorecard"
    elif report.group:
        what = f"{report.group} overview"
    else:
        what = "All countries overview"
    return f"{title} — {what} — as of {report.as_of}"


def default_filename(t: Tracker, country: str | None, fmt: str, as_of: str | None = None) -> str:
    """A suggested file name: ``report-EE-2026-01-15.pdf`` or ``report-all-2026-01-15.html``."""
    day = _valid_as_of(t, as_of)
    who = resolve_country(t, country) if country else "all"
    return f"report-{who}-{day}.{fmt}"


# ---------------------------------------------------------------- HTML pieces
def _style(**props: str) -> str:
    return "; ".join(f"{k.replace('_', '-')}: {v}" for k, v in props.items())


CELL = _style(padding="5px 6px", vertical_align="top", border_bottom=f"1px solid {RULE}")
HEAD_CELL = _style(
    padding="5px 6px", vertical_align="top", text_align="left", font_weight="bold", font_size="8.5pt",
    color=MUTED, background_color=HEAD_BG, border_bottom=f"1px solid {RULE}",
)
TABLE = "width='100%' cellspacing='0' cellpadding='5' style='border-collapse: collapse; margin: 4px 0 10px 0'"
H2 = _style(font_size="13pt", color=ACCENT, margin="18px 0 6px 0", font_weight="bold")
H3 = _style(font_size="11pt", color=INK, margin="14px 0 4px 0", font_weight="bold")
SMALL = _style(font_size="8.5pt", color=MUTED)


def _head(*columns: tuple[str, str], caption: str = "") -> str:
    """A table's header: an optional caption row (a country's name, kept with its
    table across page breaks) and the column titles."""
    cells = "".join(f"<th scope='col' width='{w}' style='{HEAD_CELL}'>{label}</th>" for label, w in columns)
    top = f"<tr><td colspan='{len(columns)}' style='padding: 8px 0 4px 0'>{caption}</td></tr>" if caption else ""
    return f"<thead>{top}<tr>{cells}</tr></thead>"


def status_glyph(score: float | None) -> str:
    """A mark that shows a status's score by its shape, like the app's status
    icons: a dotted circle for 'not assessed', a slashed circle for 0, then a
    circle filled by quarters (so statuses differ in greyscale too)."""
    if score is None:
        return "\u25cc"  # ◌
    if score <= 0:
        return "\u2298"  # ⊘
    return ("\u25d4", "\u25d1", "\u25d5", "\u25cf")[min(3, max(0, round(score / 25) - 1))]  # ◔ ◑ ◕ ●


def status_mark(status: StatusInfo | CellStatus, *, small: bool = False) -> str:
    """The status's mark in its colour, then its label: colour is never the only sign."""
    label = status.status_label if isinstance(status, CellStatus) else status.label
    glyph_size, text_size = ("10pt", "7.5pt") if small else ("12pt", "9pt")
    if status.score is None:
        return (
            f"<span aria-hidden='true' style='font-size: {glyph_size}; color: {MUTED}'>{status_glyph(None)}</span>&nbsp;"
            f"<span style='font-size: {text_size}; color: {MUTED}; font-style: italic'>{esc(label)}</span>"
        )
    return (
        f"<span aria-hidden='true' style='font-size: {glyph_size}; color: {safe_color(status.color)}'>{status_glyph(status.score)}</span>&nbsp;"
        f"<span style='font-size: {text_size}; color: {INK}; font-weight: {'normal' if small else 'bold'}'>{esc(label)}</span>"
    )


def status_cell(status: StatusInfo | CellStatus, *, with_score: bool = True, small: bool = False) -> tuple[str, str]:
    """(attributes, content) of a table cell showing a status: its mark, label and score."""
    pad = "4px 4px" if small else "5px 6px"
    extra = ""
    if with_score and status.score is not None:
        extra = f"<br><span style='font-size: 7.5pt; color: {MUTED}'>score {number_text(status.score)}</span>"
    return f"style='{CELL}; padding: {pad}'", status_mark(status, small=small) + extra


def _cell_details(cell: CellReport) -> str:
    s = cell.status
    if s.assessed:
        text = esc_lines(s.rationale) if s.rationale else f"<span style='color: {MUTED}'>No rationale recorded.</span>"
    else:
        text = f"<span style='color: {MUTED}'>Not assessed yet.</span>"
    meta = []
    if s.assessed and s.confidence:
        meta.append(f"Confidence: {esc(s.confidence)}")
    if cell.basis:
        meta.append(f"Sources: {ref_list(cell.basis)}")
    elif s.assessed:
        meta.append("No source linked")
    if cell.further:
        meta.append(f"{'Further evidence' if s.assessed else 'Evidence on file'}: {ref_list(cell.further)}")
    return text + (f"<br><span style='{SMALL}'>{' · '.join(meta)}</span>" if meta else "")


def _cells_table(cells: Iterable[CellReport], caption: str = "") -> str:
    rows = []
    for c in cells:
        attrs, content = status_cell(c.status)
        since = esc(c.status.effective_date) if c.status.effective_date else "—"
        if c.status.needs_review:
            since += f"<br><span style='font-size: 7.5pt; color: {REVIEW}; font-weight: bold'>review due</span>"
        rows.append(
            "<tr>"
            f"<td style='{CELL}; font-size: 9.5pt'><b>{esc(c.recommendation.title)}</b></td>"
            f"<td {attrs}>{content}</td>"
            f"<td style='{CELL}; font-size: 9pt; white-space: nowrap'>{since}</td>"
            f"<td style='{CELL}; font-size: 9pt'>{_cell_details(c)}</td>"
            "</tr>"
        )
    head = _head(
        ("Recommendation", "24%"), ("Status", "22%"), ("In effect since", "13%"), ("Rationale and sources", "41%"),
        caption=caption,
    )
    return f"<table {TABLE}>{head}<tbody>{''.join(rows)}</tbody></table>"


def _reference_html(ref: Reference) -> str:
    e = ref.evidence
    title = esc(e.title.rstrip(".")) if e.title and e.title.rstrip(".") else "Untitled source"
    by = []
    if e.publisher:
        by.append(esc(e.publisher))
    kind = SOURCE_KIND_TEXT.get(e.source_kind, e.source_kind)
    if kind:
        by.append(esc(kind))
    line = f"<b>{title}.</b> "
    if by:
        line += ", ".join(by) + ", "
    line += f"{esc(long_date(e.event_date))}."
    if e.language:
        line += f" Language: {esc(e.language)}."
    links = []
    if e.url:
        links.append(f"<a href='{esc(e.url)}' style='color: {ACCENT}'>{esc(e.url)}</a>")
    if e.archive_url:
        links.append(f"Archived copy: <a href='{esc(e.archive_url)}' style='color: {ACCENT}'>{esc(e.archive_url)}</a>")
    if e.accessed_on:
        links.append(f"Accessed {esc(e.accessed_on)}")
    if e.attachment_name:
        links.append(f"Copy kept in the tracker: {esc(e.attachment_name)}")
    if links:
        line += "<br>" + ". ".join(links) + "."
    if e.notes:
        line += f"<br><span style='{SMALL}'>{esc_lines(e.notes)}</span>"
    return (
        "<tr>"
        f"<td width='7%' style='padding: 3px 4px; vertical-align: top; font-weight: bold; color: {ACCENT}'>[{ref.number}]</td>"
        f"<td style='padding: 3px 4px 7px 4px; vertical-align: top; font-size: 9pt'>{line}</td>"
        "</tr>"
    )


def references_html(report: Report) -> str:
    if not report.references:
        return (
            f"<h2 style='{H2}'>References</h2>"
            f"<p style='{SMALL}'>No evidence is cited: none is linked to the cells in this report as of "
            f"{esc(report.as_of)}.</p>"
        )
    rows = "".join(_reference_html(r) for r in report.references)
    return (
        f"<h2 style='{H2}'>References</h2>"
        f"<p style='{SMALL}'>Sources are numbered in the order they are first cited above; each source has one number "
        "however often it is cited.</p>"
        f"<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse: collapse'>{rows}</table>"
    )


def methodology_html(book: CodebookView, *, heading: bool = True, page_break: bool = False) -> str:
    """The methodology, generated from the codebook: the status scale with its
    scores, how a score is computed, the coverage rule, the grade bands, the
    confidence levels and the recommendations."""
    recs = book.active_recommendations()
    n = len(recs)
    half = (n + 1) // 2
    statuses = []
    for s in book.statuses:
        attrs, content = status_cell(s, with_score=False)
        statuses.append(
            "<tr>"
            f"<td {attrs}>{content}</td>"
            f"<td style='{CELL}; text-align: right; font-size: 9pt'>{'none' if s.score is None else number_text(s.score)}</td>"
            f"<td style='{CELL}; font-size: 9pt'>{esc(s.description)}</td>"
            "</tr>"
        )
    weights = {r.weight for r in recs}
    if len(weights) <= 1:
        weight_text = "All recommendations weigh the same."
    else:
        weight_text = "Weights: " + "; ".join(f"{esc(r.title)} {number_text(r.weight)}" for r in recs) + "."
    bands = "; ".join(esc(b) for b in grade_bands_text(book))
    rec_rows = "".join(
        "<tr>"
        f"<td style='{CELL}; font-size: 9pt'><b>{esc(r.title)}</b></td>"
        f"<td style='{CELL}; font-size: 9pt; font-style: italic'>{esc(r.text) or '—'}</td>"
        "</tr>"
        for r in recs
    )
    confidence = "; ".join(f"<i>{esc(k)}</i>: {esc(v)}" for k, v in CONFIDENCE_TEXT.items())
    brk = "page-break-before: always; " if page_break else ""
    title = f"<h2 style='{brk}{H2}'>Methodology</h2>" if heading else ""
    p = "style='margin: 4px 0 8px 0'"
    return f"""{title}
<p {p}><b>Status scale.</b> Each government's position on each recommendation is judged on this scale,
from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</p>
<table {TABLE}>{_head(("Status", "24%"), ("Score", "9%"), ("Meaning", "67%"))}<tbody>{''.join(statuses)}</tbody></table>
<p {p}><b>Score.</b> A country's score is the weighted mean of the scores of its <i>assessed</i>
recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted
as 0. {weight_text}</p>
<p {p}><b>Coverage.</b> Every score is given with its coverage: how many of the {n} recommendations are
assessed. A score based on fewer than half of them (fewer than {half} of {n}) is marked
<i>incomplete</i>: it says little yet.</p>
<p {p}><b>Grades.</b> {bands}. Ranks are shared by countries with equal scores; countries with no assessed
recommendation have no score, grade or rank.</p>
<p {p}><b>Current status and dates.</b> A recommendation's status is its assessment with the latest effective
date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report
date and not withdrawn is cited. A status whose effective date is more than {book.review_interval_days} days
before the report date is marked <i>review due</i>: it should be checked again.</p>
<p {p}><b>Confidence.</b> {confidence}.</p>
<p {p}><b>The recommendations.</b></p>
<table {TABLE}>{_head(("Recommendation", "34%"), ("In the words of the source", "66%"))}<tbody>{rec_rows}</tbody></table>"""


def _document(report: Report, subtitle: str, body: str) -> str:
    book = report.book
    title = esc(book.title or "Policy Tracker")
    group = f" · countries of the group {esc(report.group)}" if report.group else ""
    source = f"Source of the recommendations: {esc(book.source.rstrip('.'))}. " if book.source else ""
    footer = (
        f"<p style='{SMALL}; margin-top: 8px'>{source}Generated on {esc(report.generated_on)} with "
        f"Policy Tracker {esc(__version__)}; statuses and scores as of {esc(report.as_of)}.</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Policy Tracker {esc(__version__)}">
<title>{esc(report_title(report))}</title>
<style>
@media screen {{ body {{ max-width: 180mm; margin: 0 auto; padding: 16px; }} }}
@media print {{ @page {{ margin: 18mm; }} }}
</style>
</head>
<body style="font-family: {FONT}; font-size: 10pt; color: {INK}; background-color: #FFFFFF; line-height: 135%">
<p style="font-size: 9pt; color: {ACCENT}; font-weight: bold; margin: 0 0 2px 0">{title}</p>
{subtitle}
<p style="font-size: 10pt; color: {MUTED}; margin: 0 0 10px 0">Status as of <b style="color: {INK}">{esc(long_date(report.as_of))}</b> ({esc(report.as_of)}){group}</p>
{body}
{footer}
</body>
</html>
"""


def _summary_box(report: Report, c: CountryReport) -> str:
    s = c.score
    book = report.book
    label = f"font-size: 8pt; color: {MUTED}; text-transform: uppercase"
    big = "font-size: 20pt; font-weight: bold"
    grade = esc(s.grade) if s.grade else "—"
    scope = f"in the group {esc(report.group)}" if report.group else "tracked"
    rank = (
        f"{s.rank} <span style='font-size: 10pt; font-weight: normal'>of {report.scored}</span>"
        if s.rank is not None else "—"
    )
    rank_note = f"countries with a score ({len(report.ranking)} {scope})"
    cov_note = (
        f"<span style='color: {REVIEW}; font-weight: bold'>Incomplete:</span> under half assessed"
        if s.incomplete else ("no recommendation assessed yet" if s.assessed == 0 else "recommendations assessed")
    )
    cell = f"padding: 8px 10px; vertical-align: top; background-color: {SOFT_BG}; border: 1px solid {RULE}"
    return f"""<table width='100%' cellspacing='0' cellpadding='8' style='border-collapse: collapse; margin: 6px 0 8px 0'><tr>
<td width='25%' bgcolor='{SOFT_BG}' style='{cell}'><span style='{label}'>Score</span><br><span style='{big}'>{score_value(s.score)}</span> <span style='color: {MUTED}'>/ 100</span></td>
<td width='20%' bgcolor='{SOFT_BG}' style='{cell}'><span style='{label}'>Grade</span><br><span style='{big}'>{grade}</span></td>
<td width='27%' bgcolor='{SOFT_BG}' style='{cell}'><span style='{label}'>Rank</span><br><span style='{big}'>{rank}</span><br><span style='font-size: 8pt; color: {MUTED}'>{rank_note}</span></td>
<td width='28%' bgcolor='{SOFT_BG}' style='{cell}'><span style='{label}'>Coverage</span><br><span style='{big}'>{s.assessed}</span> <span style='font-size: 10pt'>of {s.total}</span><br><span style='font-size: 8pt; color: {MUTED}'>{cov_note}</span></td>
</tr></table>
<p style='{SMALL}; margin: 0 0 6px 0'>Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). Grades: {esc('; '.join(grade_bands_text(book)))}.</p>"""


def country_report_html(report: Report) -> str:
    c = report.countries[0]
    subtitle = (
        f"<h1 style='font-size: 22pt; margin: 0 0 2px 0; color: {INK}'>{esc(c.name)} "
        f"<span style='font-size: 12pt; color: {MUTED}; font-weight: normal'>({esc(c.code)}) · country scorecard</span></h1>"
    )
    body = (
        _summary_box(report, c)
        + f"<h2 style='{H2}'>Status by recommendation</h2>"
        + _cells_table(c.cells)
        + references_html(report)
        + methodology_html(report.book, page_break=True)
    )
    return _document(report, subtitle, body)


def _matrix_table(report: Report) -> str:
    """Rank, country, score and grade, and the status of every recommendation,
    for the countries with at least one assessed recommendation."""
    recs = report.book.active_recommendations()
    ranked = [s for s in report.ranking if s.assessed > 0]
    rec_w = max(6, 72 // max(1, len(recs)))
    rest = 100 - rec_w * len(recs)
    rank_w, score_w = max(5, rest * 5 // 28), max(8, rest * 9 // 28)
    head = _head(
        ("#", f"{rank_w}%"), ("Country", f"{rest - rank_w - score_w}%"), ("Score · grade", f"{score_w}%"),
        *((esc(r.code), f"{rec_w}%") for r in recs),
    )
    rows = []
    for s in ranked:
        star = "*" if s.incomplete else ""
        cells = []
        for r in recs:
            attrs, content = status_cell(s.cells[r.code], with_score=False, small=True)
            cells.append(f"<td {attrs}>{content}</td>")
        rows.append(
            "<tr>"
            f"<td style='{CELL}; font-size: 9pt; color: {MUTED}'>{s.rank if s.rank is not None else '—'}</td>"
            f"<td style='{CELL}; font-size: 9pt'><b>{esc(s.country_name)}</b><br>"
            f"<span style='{SMALL}'>{esc(s.country_code)} · {s.assessed} of {s.total}</span></td>"
            f"<td style='{CELL}; font-size: 9pt'><b>{score_value(s.score)}</b>{star}<br>"
            f"<span style='{SMALL}'>grade {esc(s.grade) if s.grade else '—'}</span></td>"
            + "".join(cells)
            + "</tr>"
        )
    if rows:
        table = f"<table {TABLE}>{head}<tbody>{''.join(rows)}</tbody></table>"
    else:
        table = f"<p style='{SMALL}'>No country has an assessed recommendation as of {esc(report.as_of)}.</p>"
    key = "; ".join(f"<b>{esc(r.code)}</b>: {esc(r.title)}" for r in recs)
    notes = [f"Columns: {key}."]
    if any(s.incomplete for s in ranked):
        notes.append("* Incomplete: fewer than half of the recommendations assessed.")
    unassessed = [s for s in report.ranking if s.assessed == 0]
    tail = ""
    if unassessed:
        names = ", ".join(f"{esc(s.country_name)} ({esc(s.country_code)})" for s in unassessed)
        tail = (
            f"<p style='font-size: 9pt; margin: 8px 0'><b>Not yet assessed on any recommendation "
            f"({len(unassessed)}):</b> {names}.</p>"
        )
    return table + "".join(f"<p style='{SMALL}; margin: 2px 0'>{n}</p>" for n in notes) + tail


def all_report_html(report: Report) -> str:
    scope = f"{esc(report.group)} overview" if report.group else "All countries overview"
    subtitle = f"<h1 style='font-size: 22pt; margin: 0 0 2px 0; color: {INK}'>{scope}</h1>"
    n = len(report.ranking)
    assessed = sum(1 for s in report.ranking if s.assessed > 0)
    refs = len(report.references)
    summary = (
        f"<p style='margin: 4px 0 8px 0'>{n} {'country' if n == 1 else 'countries'}"
        f"{' in the group ' + esc(report.group) if report.group else ' tracked'}, "
        f"{len(report.book.active_recommendations())} recommendations. "
        f"<b>{assessed}</b> {'country has' if assessed == 1 else 'countries have'} at least one assessed "
        f"recommendation; {refs} {'source is' if refs == 1 else 'sources are'} cited.</p>"
    )
    sections = []
    for c in report.countries:
        s = c.score
        facts = [f"score {score_value(s.score)}"]
        if s.grade:
            facts.append(f"grade {esc(s.grade)}")
        if s.rank is not None:
            facts.append(f"rank {s.rank} of {report.scored}")
        facts.append(f"{s.assessed} of {s.total} assessed")
        if s.incomplete:
            facts.append(f"<span style='color: {REVIEW}'>incomplete</span>")
        caption = (
            f"<span style='font-size: 11.5pt; font-weight: bold; color: {INK}'>{esc(c.name)}</span> "
            f"<span style='font-size: 9pt; color: {MUTED}'>({esc(c.code)}) · {' · '.join(facts)}</span>"
        )
        sections.append(_cells_table(c.cells, caption))
    details = ""
    if sections:
        details = (
            f"<h2 style='{H2}'>Country details</h2>"
            f"<p style='{SMALL}; margin: 0 0 6px 0'>Each country with at least one assessed recommendation, in rank "
            "order; recommendations not assessed are left out here (see the scorecard above).</p>" + "".join(sections)
        )
    body = (
        summary
        + f"<h2 style='{H2}'>Scorecard</h2>"
        + _matrix_table(report)
        + details
        + references_html(report)
        + methodology_html(report.book, page_break=True)
    )
    return _document(report, subtitle, body)


def render_html(report: Report) -> str:
    return country_report_html(report) if report.country is not None else all_report_html(report)


def report_html(t: Tracker, country: str | None, as_of: str | None = None, group: str | None = None) -> str:
    """A self-contained HTML report for one country, or for all countries when ``country`` is None."""
    return render_html(build_report(t, country, as_of=as_of, group=group))


def write_report(
    t: Tracker,
    path: str | os.PathLike[str],
    *,
    country: str | None,
    fmt: str,
    as_of: str | None = None,
    group: str | None = None,
    page_size: str = "A4",
) -> None:
    """Write a report as HTML or PDF, in full or not at all.

    PDF needs Qt (``tracker.ui.pdf``), imported only here and only for PDF;
    a GUI application is created off-screen when none exists.
    """
    if fmt not in REPORT_FORMATS:
        raise ValidationError("format", f"{fmt!r} is not a report format; use html or pdf.")
    if fmt == "pdf" and page_size not in PAGE_SIZES:
        raise ValidationError("page_size", f"{page_size!r} is not a page size; use A4 or Letter.")
    report = build_report(t, country, as_of=as_of, group=group)
    text = render_html(report)
    if fmt == "html":
        data = text.encode("utf-8")
        write_file_atomically(path, lambda fh: fh.write(data))
        return
    from .ui.pdf import ensure_gui, write_pdf

    ensure_gui()
    write_pdf(text, path, page_size, footer=report_title(report))


__all__ = [
    "CellReport", "CountryReport", "Reference", "Report", "REPORT_FORMATS", "PAGE_SIZES", "build_report",
    "default_filename", "methodology_html", "render_html", "report_html", "report_title", "write_report",
    "readable_text_hex", "contrast_ratio", "safe_color", "grade_bands_text", "long_date",
]
