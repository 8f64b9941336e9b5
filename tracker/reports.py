"""Scorecard reports as self-contained HTML: one country, or every country.

A report states the tracker's title and the as-of date, each country's score
(with coverage, grade and rank) and the status of every recommendation with
its rationale, cites the evidence as numbered references (numbered in order
of first citation, one number per source however often it is cited), and
ends with the methodology, generated from the codebook.

The content comes from :mod:`tracker.report_model`; this module only writes
it as HTML, in the colours of :mod:`tracker.style`.  The HTML uses only what
both a browser and Qt's ``QTextDocument`` understand (simple tables, inline
styles and ``bgcolor``), so :mod:`tracker.ui.pdf` can paint the very same
text as a PDF: a PDF is made by a caller that has Qt
(:func:`tracker.ui.render.write_report`), never from here.  Every piece of user
text is escaped.  A status is never shown by colour alone: its label is
always written.  No Qt here, not even lazily.
"""

from __future__ import annotations

import datetime as _dt
import html
import os
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from db import Tracker
from db.errors import ValidationError
from db.queries import CellStatus, CodebookView, StatusInfo
from db.review import INCLUDES_PROPOSED

from . import __version__
from .exports import write_file_atomically
from .report_model import (
    PAGE_SIZES,
    REPORT_FORMATS,
    CellReport,
    CountryReport,
    Reference,
    Report,
    build_report,
    check_report_options,
    default_filename,
    long_date,
    report_title,
)
from .scoring import coverage_rule_text, needed_for_grade, share_text
from .style import (
    ACCENT,
    CSS_FONT,
    FALLBACK_COLOR,
    HEAD_BG,
    INK,
    MUTED,
    PAPER,
    REVIEW,
    RULE,
    SOFT_BG,
    safe_color,
)

CONFIDENCE_TEXT: Mapping[str, str] = MappingProxyType({
    "verified": "confirmed by an independent source or by the text of the measure itself",
    "reported": "reported by a credible source, not yet independently verified",
    "claimed": "stated by the government itself; a claim, not a verification",
})
SOURCE_KIND_TEXT: Mapping[str, str] = MappingProxyType({
    "official": "official source",
    "media": "media",
    "ngo": "NGO",
    "international": "international organisation",
    "other": "",
})


# ---------------------------------------------------------------- text helpers
def esc(value: object) -> str:
    """Escape user text for HTML (quotes too: it may land in an attribute)."""
    return html.escape("" if value is None else str(value), quote=True)


def esc_lines(value: object) -> str:
    """Escaped text whose line breaks survive."""
    return "<br>".join(esc(line) for line in str(value or "").strip().splitlines())


def score_value(score: float | None) -> str:
    """A score with one decimal, or a dash when there is none."""
    return "—" if score is None else f"{score:.1f}"


def number_text(value: float) -> str:
    """A codebook number (score, weight, band) without trailing zeros."""
    return f"{value:g}"


def ref_list(numbers: Sequence[int]) -> str:
    """Reference numbers as cited in the text: ``[1], [3]``."""
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
            f"<span aria-hidden='true' style='font-size: {glyph_size}; color: {MUTED}'>"
            f"{status_glyph(None)}</span>&nbsp;"
            f"<span style='font-size: {text_size}; color: {MUTED}'>{esc(label)}</span>"
        )
    return (
        f"<span aria-hidden='true' style='font-size: {glyph_size}; color: {safe_color(status.color)}'>"
        f"{status_glyph(status.score)}</span>&nbsp;"
        f"<span style='font-size: {text_size}; color: {INK}; font-weight: {'normal' if small else 'bold'}'>"
        f"{esc(label)}</span>"
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


def _proposed_note(status: CellStatus, proposed: frozenset[str] | None) -> str:
    """A status proposed and not yet reviewed says so in words (a report that includes proposals)."""
    if not proposed or status.assessment_uid not in proposed:
        return ""
    by = f" by {esc(status.recorded_by)}" if status.recorded_by else ""
    style = f"font-size: 7.5pt; color: {REVIEW}; font-weight: bold"
    return f"<br><span style='{style}'>proposed{by}, not yet reviewed</span>"


def _cells_table(cells: Iterable[CellReport], caption: str = "", proposed: frozenset[str] | None = None) -> str:
    rows = []
    for c in cells:
        attrs, content = status_cell(c.status)
        content += _proposed_note(c.status, proposed)
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
        f"<td width='7%' style='padding: 3px 4px; vertical-align: top; font-weight: bold; color: {ACCENT}'>"
        f"[{ref.number}]</td>"
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
    statuses = []
    for s in book.statuses:
        attrs, content = status_cell(s, with_score=False)
        statuses.append(
            "<tr>"
            f"<td {attrs}>{content}</td>"
            f"<td style='{CELL}; text-align: right; font-size: 9pt'>"
            f"{'none' if s.score is None else number_text(s.score)}</td>"
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
    rec_head = _head(("Recommendation", "34%"), ("In the words of the source", "66%"))
    return f"""{title}
<p {p}><b>Status scale.</b> Each government's position on each recommendation is judged on this scale,
from the codebook of this tracker. Every judgement states its effective date, a rationale and its sources.</p>
<table {TABLE}>{_head(("Status", "24%"), ("Score", "9%"), ("Meaning", "67%"))}<tbody>{''.join(statuses)}</tbody></table>
<p {p}><b>Score.</b> A country's score is the weighted mean of the scores of its <i>assessed</i>
recommendations, from 0 to 100, with one decimal. Recommendations not assessed are left out, never counted
as 0. {weight_text}</p>
<p {p}><b>Coverage.</b> Every score is given with its coverage: how many of the {n} recommendations are
assessed. {esc(coverage_rule_text(book.min_coverage_for_grade, n))} (The codebook's
<i>min_coverage_for_grade</i> is {number_text(book.min_coverage_for_grade)}.) A score without a grade is marked
<i>not graded</i>: it says little yet.</p>
<p {p}><b>Grades and ranks.</b> {bands}. Ranks are among the graded countries, shared by countries with equal
scores; countries with no assessed recommendation have no score, grade or rank.</p>
<p {p}><b>Current status and dates.</b> A recommendation's status is its assessment with the latest effective
date on or before the report date (ties: the one recorded last). Only evidence dated on or before the report
date and not withdrawn is cited. A status whose effective date is more than {book.review_interval_days} days
before the report date is marked <i>review due</i>: it should be checked again.</p>
<p {p}><b>Confidence.</b> {confidence}.</p>
<p {p}><b>The recommendations.</b></p>
<table {TABLE}>{rec_head}<tbody>{rec_rows}</tbody></table>"""


def _proposed_banner(report: Report) -> str:
    """Said at the top of a report that counts statuses no second person has reviewed yet."""
    if not report.includes_proposed:
        return ""
    return (
        f"<p style='font-size: 10pt; color: {REVIEW}; margin: 0 0 10px 0'><b>{esc(INCLUDES_PROPOSED)}.</b> "
        "Scores, grades and ranks count them as if approved; each is marked \u201cproposed\u201d.</p>\n"
    )


def _document(report: Report, subtitle: str, body: str) -> str:
    book = report.book
    title = esc(book.title or "Policy Tracker")
    group = f" · countries of the group {esc(report.group)}" if report.group else ""
    as_of = f'<b style="color: {INK}">{esc(long_date(report.as_of))}</b> ({esc(report.as_of)})'
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
<body style="font-family: {CSS_FONT}; font-size: 10pt; color: {INK}; background-color: {PAPER}; line-height: 135%">
<p style="font-size: 9pt; color: {ACCENT}; font-weight: bold; margin: 0 0 2px 0">{title}</p>
{subtitle}
<p style="font-size: 10pt; color: {MUTED}; margin: 0 0 10px 0">Status as of {as_of}{group}</p>
{_proposed_banner(report)}{body}
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
        f"{s.rank} <span style='font-size: 10pt; font-weight: normal'>of {report.ranked}</span>"
        if s.rank is not None else "—"
    )
    need = needed_for_grade(book.min_coverage_for_grade, s.total)
    rank_note = (
        f"graded countries ({len(report.ranking)} {scope})" if s.rank is not None
        else f"not ranked: {need} of {s.total} assessed needed"
    )
    grade_note = "" if s.graded else f"<br><span style='font-size: 8pt; color: {MUTED}'>{esc(s.not_graded_text)}</span>"
    cov_note = (
        f"<span style='color: {REVIEW}; font-weight: bold'>Not graded:</span> "
        f"under {esc(share_text(book.min_coverage_for_grade))} assessed"
        if s.incomplete else ("no recommendation assessed yet" if s.assessed == 0 else "recommendations assessed")
    )
    cell = f"padding: 8px 10px; vertical-align: top; background-color: {SOFT_BG}; border: 1px solid {RULE}"
    note = f"font-size: 8pt; color: {MUTED}"
    out_of = f"<span style='color: {MUTED}'>/ 100</span>"

    def box(width: str, title: str, content: str) -> str:
        return (
            f"<td width='{width}' bgcolor='{SOFT_BG}' style='{cell}'><span style='{label}'>{title}</span><br>"
            f"{content}</td>\n"
        )

    bands = esc("; ".join(grade_bands_text(book)))
    return (
        "<table width='100%' cellspacing='0' cellpadding='8' style='border-collapse: collapse; margin: 6px 0 8px 0'>"
        "<tr>\n"
        + box("25%", "Score", f"<span style='{big}'>{score_value(s.score)}</span> {out_of}")
        + box("20%", "Grade", f"<span style='{big}'>{grade}</span>{grade_note}")
        + box("27%", "Rank", f"<span style='{big}'>{rank}</span><br><span style='{note}'>{rank_note}</span>")
        + box(
            "28%", "Coverage",
            f"<span style='{big}'>{s.assessed}</span> <span style='font-size: 10pt'>of {s.total}</span><br>"
            f"<span style='{note}'>{cov_note}</span>",
        )
        + "</tr></table>\n"
        f"<p style='{SMALL}; margin: 0 0 6px 0'>Score: weighted mean of the assessed recommendations, 0–100 "
        f"(see Methodology). Grades: {bands}.</p>"
    )


def country_report_html(report: Report) -> str:
    c = report.countries[0]
    subtitle = (
        f"<h1 style='font-size: 22pt; margin: 0 0 2px 0; color: {INK}'>{esc(c.name)} "
        f"<span style='font-size: 12pt; color: {MUTED}; font-weight: normal'>({esc(c.code)}) · country scorecard"
        "</span></h1>"
    )
    body = (
        _summary_box(report, c)
        + f"<h2 style='{H2}'>Status by recommendation</h2>"
        + _cells_table(c.cells, proposed=report.proposed)
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
        star = "*" if not s.graded else ""
        cells = []
        for r in recs:
            attrs, content = status_cell(s.cells[r.code], with_score=False, small=True)
            if report.proposed and s.cells[r.code].assessment_uid in report.proposed:
                content += f"<br><span style='font-size: 7pt; color: {REVIEW}; font-weight: bold'>proposed</span>"
            cells.append(f"<td {attrs}>{content}</td>")
        rows.append(
            "<tr>"
            f"<td style='{CELL}; font-size: 9pt; color: {MUTED}'>{s.rank if s.rank is not None else '—'}</td>"
            f"<td style='{CELL}; font-size: 9pt'><b>{esc(s.country_name)}</b><br>"
            f"<span style='{SMALL}'>{esc(s.country_code)} · {s.assessed} of {s.total}</span></td>"
            f"<td style='{CELL}; font-size: 9pt'><b>{score_value(s.score)}</b>{star}<br>"
            f"<span style='{SMALL}'>{f'grade {esc(s.grade)}' if s.grade else 'not graded'}</span></td>"
            + "".join(cells)
            + "</tr>"
        )
    if rows:
        table = f"<table {TABLE}>{head}<tbody>{''.join(rows)}</tbody></table>"
    else:
        table = f"<p style='{SMALL}'>No country has an assessed recommendation as of {esc(report.as_of)}.</p>"
    key = "; ".join(f"<b>{esc(r.code)}</b>: {esc(r.title)}" for r in recs)
    notes = [f"Columns: {key}."]
    if any(not s.graded for s in ranked):
        rule = share_text(report.book.min_coverage_for_grade)
        notes.append(f"* Not graded: fewer than {esc(rule)} of the recommendations assessed (no grade, no rank).")
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
            facts.append(f"rank {s.rank} of {report.ranked}")
        facts.append(f"{s.assessed} of {s.total} assessed")
        if not s.graded:
            facts.append(f"<span style='color: {REVIEW}'>not graded</span>")
        caption = (
            f"<span style='font-size: 11.5pt; font-weight: bold; color: {INK}'>{esc(c.name)}</span> "
            f"<span style='font-size: 9pt; color: {MUTED}'>({esc(c.code)}) · {' · '.join(facts)}</span>"
        )
        sections.append(_cells_table(c.cells, caption, report.proposed))
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


def report_html(
    t: Tracker, country: str | None, as_of: str | None = None, group: str | None = None,
    include_proposed: bool = False,
) -> str:
    """A self-contained HTML report for one country, or for all countries when ``country`` is None."""
    return render_html(build_report(t, country, as_of=as_of, group=group, include_proposed=include_proposed))


def write_html(report: Report, path: str | os.PathLike[str]) -> None:
    """Write ``report`` as HTML, in full or not at all."""
    data = render_html(report).encode("utf-8")
    write_file_atomically(path, lambda fh: fh.write(data))


def write_report(
    t: Tracker,
    path: str | os.PathLike[str],
    *,
    country: str | None,
    fmt: str,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    page_size: str = "A4",
    include_proposed: bool = False,
) -> None:
    """Write an HTML report, in full or not at all; every request is checked first.

    A PDF is painted by Qt, which this module never imports: ask
    :func:`tracker.ui.render.write_report` (same arguments) for one.
    """
    check_report_options(fmt, page_size)
    if fmt != "html":
        raise ValidationError("format", "A PDF report is drawn with Qt: write it with tracker.ui.render.write_report.")
    write_html(build_report(t, country, as_of=as_of, group=group, include_proposed=include_proposed), path)


# The model's names are re-exported: a caller that only wants a report needs this one module.
__all__ = [
    "CONFIDENCE_TEXT", "FALLBACK_COLOR", "PAGE_SIZES", "REPORT_FORMATS", "SOURCE_KIND_TEXT", "CellReport",
    "CountryReport", "Reference", "Report", "all_report_html", "build_report", "country_report_html",
    "default_filename", "esc", "esc_lines", "grade_bands_text", "long_date", "methodology_html", "number_text",
    "ref_list", "references_html", "render_html", "report_html", "report_title", "safe_color", "score_value",
    "status_cell", "status_glyph", "status_mark", "write_html", "write_report",
]
