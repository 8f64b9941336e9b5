"""Scorecard reports as self-contained HTML: one country, or every country, in any of the six languages.

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

Language: a report is written in its codebook view's language (``build_report(..., language=)``).  The
report's own words come from the interface's translations (:mod:`db.catalogue`, contexts ``Reports`` and
``Methodology``, read from the same ``.ts`` files as the window's); the codebook's texts and country names
come translated in the view.  The source's own words (each recommendation's wording) are quoted in the
original English with the translation beside them, marked as a translation.
"""

from __future__ import annotations

import datetime as _dt
import html
import os
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from db import Tracker
from db.catalogue import arg, format_decimal, texts_for
from db.errors import ValidationError
from db.i18n import ENGLISH, LANGUAGES
from db.queries import CellStatus, CodebookView, RecommendationInfo, StatusInfo

from . import __version__
from .exports import write_file_atomically
from .report_model import (
    FURTHER_LISTED,
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
from .scoring import CountryScore, needed_for_grade
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


# ---------------------------------------------------------------- words that depend on the language
def confidence_texts(lang: str = ENGLISH) -> dict[str, str]:
    """What each confidence level means, in ``lang``."""
    Methodology = texts_for(lang, "Methodology")  # noqa: N806 - named as its context, for lupdate
    return {
        "verified": Methodology.tr("confirmed by an independent source or by the text of the measure itself"),
        "reported": Methodology.tr("reported by a credible source, not yet independently verified"),
        "claimed": Methodology.tr("stated by the government itself; a claim, not a verification"),
    }


def confidence_names(lang: str = ENGLISH) -> dict[str, str]:
    """Each confidence level's name in ``lang`` ("verified" is the code kept in files)."""
    Methodology = texts_for(lang, "Methodology")  # noqa: N806
    return {
        "verified": Methodology.tr("verified", "confidence level"),
        "reported": Methodology.tr("reported", "confidence level"),
        "claimed": Methodology.tr("claimed", "confidence level"),
    }


def source_kind_texts(lang: str = ENGLISH) -> dict[str, str]:
    """How a reference names each kind of source, in ``lang`` ("other" is left unsaid)."""
    Reports = texts_for(lang, "Reports")  # noqa: N806
    return {
        "official": Reports.tr("official source"),
        "media": Reports.tr("media"),
        "ngo": Reports.tr("NGO"),
        "international": Reports.tr("international organisation"),
        "other": "",
    }


CONFIDENCE_TEXT: Mapping[str, str] = MappingProxyType(confidence_texts())
SOURCE_KIND_TEXT: Mapping[str, str] = MappingProxyType(source_kind_texts())


# ---------------------------------------------------------------- text helpers
def esc(value: object) -> str:
    """Escape user text for HTML (quotes too: it may land in an attribute)."""
    return html.escape("" if value is None else str(value), quote=True)


def esc_lines(value: object) -> str:
    """Escaped text whose line breaks survive."""
    return "<br>".join(esc(line) for line in str(value or "").strip().splitlines())


def score_value(score: float | None, lang: str = ENGLISH) -> str:
    """A score with one decimal (the language's decimal mark), or a dash when there is none."""
    return "—" if score is None else format_decimal(score, lang)


def number_text(value: float, lang: str = ENGLISH) -> str:
    """A codebook number (score, weight, band) without trailing zeros."""
    text = f"{value:g}"
    return text if lang == ENGLISH else text.replace(".", ",")


def ref_list(numbers: Sequence[int]) -> str:
    """Reference numbers as cited in the text: ``[1], [3]``."""
    return ", ".join(f"[{n}]" for n in numbers)


def share_words(min_coverage: float, lang: str = ENGLISH) -> str:
    """The grading threshold in words: 'half', 'all', or a percentage such as '60%'."""
    Methodology = texts_for(lang, "Methodology")  # noqa: N806
    if min_coverage == 0.5:
        return Methodology.tr("half", "at least half of the recommendations")
    if min_coverage == 1:
        return Methodology.tr("all", "at least all of the recommendations")
    percent = number_text(float(f"{min_coverage * 100:.3g}"), lang)
    return percent + ("\u00a0%" if lang in ("be", "ru", "lt") else "%")  # CLDR's percent patterns


def coverage_rule(min_coverage: float, total: int, lang: str = ENGLISH) -> str:
    """The grading rule in one sentence (:func:`tracker.scoring.coverage_rule_text`, in ``lang``)."""
    Methodology = texts_for(lang, "Methodology")  # noqa: N806
    if min_coverage <= 0:
        return Methodology.tr("Every country with a score is graded and ranked.")
    need = needed_for_grade(min_coverage, total)
    return arg(
        Methodology.tr("A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade and a "
                       "rank; with fewer it has a score but is not graded."),
        share_words(min_coverage, lang), need, total,
    )


def not_graded_words(s: CountryScore, lang: str = ENGLISH) -> str:
    """Why there is no grade or rank (:attr:`tracker.scoring.CountryScore.not_graded_text`, in ``lang``)."""
    Reports = texts_for(lang, "Reports")  # noqa: N806
    if s.graded:
        return ""
    if s.score is None:
        return arg(Reports.tr("not graded: nothing assessed (0 of %1)"), s.total)
    return arg(Reports.tr("not graded: %1 of %2 assessed"), s.assessed, s.total)


def grade_bands_text(book: CodebookView) -> list[str]:
    """'A: 80 and above', 'B: 60 to under 80', …, 'F: below 20' (from the codebook, in its view's language)."""
    lang = book.language
    Methodology = texts_for(lang, "Methodology")  # noqa: N806
    bands = sorted(book.grades, key=lambda g: -g.min_score)
    lines = []
    upper: float | None = None
    for band in bands:
        low = number_text(band.min_score, lang)
        if upper is None:
            lines.append(arg(Methodology.tr("%1: %2 and above"), band.grade, low))
        elif band.min_score <= 0:
            lines.append(arg(Methodology.tr("%1: below %2"), band.grade, number_text(upper, lang)))
        else:
            lines.append(arg(Methodology.tr("%1: %2 to under %3"), band.grade, low, number_text(upper, lang)))
        upper = band.min_score
    if bands and bands[-1].min_score > 0:
        lines.append(arg(Methodology.tr("below %1: no grade"), number_text(bands[-1].min_score, lang)))
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


def status_mark(status: StatusInfo | CellStatus, *, small: bool = False, lang: str = ENGLISH) -> str:
    """The status's mark in its colour, then its label: colour is never the only sign.

    In a narrow cell (``small``) a translated label's long first word ("Супрацьлеглыя") may go under
    the mark rather than be broken in two; English keeps its mark and first word together."""
    label = status.status_label if isinstance(status, CellStatus) else status.label
    glyph_size, text_size = ("10pt", "7.5pt") if small else ("12pt", "9pt")
    join = " " if small and lang != ENGLISH else "&nbsp;"
    if status.score is None:
        return (
            f"<span aria-hidden='true' style='font-size: {glyph_size}; color: {MUTED}'>"
            f"{status_glyph(None)}</span>{join}"
            f"<span style='font-size: {text_size}; color: {MUTED}'>{esc(label)}</span>"
        )
    return (
        f"<span aria-hidden='true' style='font-size: {glyph_size}; color: {safe_color(status.color)}'>"
        f"{status_glyph(status.score)}</span>{join}"
        f"<span style='font-size: {text_size}; color: {INK}; font-weight: {'normal' if small else 'bold'}'>"
        f"{esc(label)}</span>"
    )


def status_cell(
    status: StatusInfo | CellStatus, *, with_score: bool = True, small: bool = False, lang: str = ENGLISH
) -> tuple[str, str]:
    """(attributes, content) of a table cell showing a status: its mark, label and score."""
    pad = "4px 4px" if small else "5px 6px"
    extra = ""
    if with_score and status.score is not None:
        Reports = texts_for(lang, "Reports")  # noqa: N806
        score = arg(Reports.tr("score %1"), number_text(status.score, lang))
        extra = f"<br><span style='font-size: 7.5pt; color: {MUTED}'>{score}</span>"
    return f"style='{CELL}; padding: {pad}'", status_mark(status, small=small, lang=lang) + extra


def _cell_details(cell: CellReport, lang: str) -> str:
    Reports = texts_for(lang, "Reports")  # noqa: N806
    s = cell.status
    if s.assessed and s.rationale:
        text = esc_lines(s.rationale)
    else:
        quiet = Reports.tr("No rationale recorded.") if s.assessed else Reports.tr("Not assessed yet.")
        text = f"<span style='color: {MUTED}'>{quiet}</span>"
    meta = []
    if s.assessed and s.confidence:
        meta.append(arg(Reports.tr("Confidence: %1"), esc(confidence_names(lang).get(s.confidence, s.confidence))))
    if cell.basis:
        meta.append(arg(Reports.tr("Sources: %1"), ref_list(cell.basis)))
    elif s.assessed:
        meta.append(Reports.tr("No source linked"))
    if cell.further:
        listed = ref_list(cell.further)
        if cell.further_more:  # the newest are listed; the rest are in the tracker
            listed += " " + Reports.tr("and %Ln more", "and %Ln more", cell.further_more)
        if s.assessed:
            meta.append(arg(Reports.tr("Further evidence: %1"), listed))
        else:
            meta.append(arg(Reports.tr("Evidence on file: %1"), listed))
    return text + (f"<br><span style='{SMALL}'>{' · '.join(meta)}</span>" if meta else "")


def _proposed_note(status: CellStatus, proposed: frozenset[str] | None, lang: str) -> str:
    """A status proposed and not yet reviewed says so in words (a report that includes proposals)."""
    if not proposed or status.assessment_uid not in proposed:
        return ""
    Reports = texts_for(lang, "Reports")  # noqa: N806
    if status.recorded_by:
        note = arg(Reports.tr("proposed by %1, not yet reviewed"), esc(status.recorded_by))
    else:
        note = Reports.tr("proposed, not yet reviewed")
    style = f"font-size: 7.5pt; color: {REVIEW}; font-weight: bold"
    return f"<br><span style='{style}'>{note}</span>"


def _cells_table(
    cells: Iterable[CellReport], caption: str = "", proposed: frozenset[str] | None = None, lang: str = ENGLISH
) -> str:
    Reports = texts_for(lang, "Reports")  # noqa: N806
    review_due = Reports.tr("review due")
    rows = []
    for c in cells:
        attrs, content = status_cell(c.status, lang=lang)
        content += _proposed_note(c.status, proposed, lang)
        since = esc(c.status.effective_date) if c.status.effective_date else "—"
        if c.status.needs_review:
            since += (f"<br><span style='font-size: 7.5pt; color: {REVIEW}; font-weight: bold'>"
                      f"{review_due}</span>")
        rows.append(
            "<tr>"
            f"<td style='{CELL}; font-size: 9.5pt'><b>{esc(c.recommendation.title)}</b></td>"
            f"<td {attrs}>{content}</td>"
            f"<td style='{CELL}; font-size: 9pt; white-space: nowrap'>{since}</td>"
            f"<td style='{CELL}; font-size: 9pt'>{_cell_details(c, lang)}</td>"
            "</tr>"
        )
    # Translated titles run longer than the English ("Недыскрымінацыйная"): their column is wider.
    widths = ("24%", "22%", "13%", "41%") if lang == ENGLISH else ("28%", "25%", "13%", "34%")
    head = _head(
        *zip((Reports.tr("Recommendation"), Reports.tr("Status"), Reports.tr("In effect since"),
              Reports.tr("Rationale and sources")), widths, strict=True), caption=caption,
    )
    return f"<table {TABLE}>{head}<tbody>{''.join(rows)}</tbody></table>"


def _reference_html(ref: Reference, lang: str) -> str:
    Reports = texts_for(lang, "Reports")  # noqa: N806
    e = ref.evidence
    title = esc(e.title.rstrip(".")) if e.title and e.title.rstrip(".") else Reports.tr("Untitled source")
    by = []
    if e.publisher:
        by.append(esc(e.publisher))
    kind = source_kind_texts(lang).get(e.source_kind, e.source_kind)
    if kind:
        by.append(esc(kind))
    line = f"<b>{title}.</b> "
    if by:
        line += ", ".join(by) + ", "
    day = long_date(e.event_date, lang)
    line += esc(day) + ("" if day.endswith(".") else ".")  # "1 сакавіка 2022 г." ends a sentence already
    if e.language:
        line += " " + arg(Reports.tr("Language: %1."), esc(e.language))
    links = []
    if e.url:
        links.append(f"<a href='{esc(e.url)}' style='color: {ACCENT}'>{esc(e.url)}</a>")
    if e.archive_url:
        link = f"<a href='{esc(e.archive_url)}' style='color: {ACCENT}'>{esc(e.archive_url)}</a>"
        links.append(arg(Reports.tr("Archived copy: %1"), link))
    if e.accessed_on:
        links.append(arg(Reports.tr("Accessed %1"), esc(e.accessed_on)))
    if e.attachment_name:
        links.append(arg(Reports.tr("Copy kept in the tracker: %1"), esc(e.attachment_name)))
    if links:
        line += "<br>" + ". ".join(links) + "."
    if e.notes:
        line += f"<br><span style='{SMALL}'>{esc_lines(e.notes)}</span>"
    return (
        "<tr>"
        # nowrap: a number ("[1001]") never breaks over two lines in its narrow column
        f"<td width='7%' style='padding: 3px 4px; vertical-align: top; font-weight: bold; color: {ACCENT}; "
        f"white-space: nowrap'>[{ref.number}]</td>"
        f"<td style='padding: 3px 4px 7px 4px; vertical-align: top; font-size: 9pt'>{line}</td>"
        "</tr>"
    )


def references_html(report: Report) -> str:
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    heading = f"<h2 style='{H2}'>" + Reports.tr("References") + "</h2>"
    if not report.references:
        none = Reports.tr("No evidence is cited: none is linked to the cells in this report as of %1.")
        return heading + f"<p style='{SMALL}'>{arg(none, esc(report.as_of))}</p>"
    rows = "".join(_reference_html(r, lang) for r in report.references)
    order = Reports.tr("Sources are numbered in the order they are first cited above; each source has one number "
                       "however often it is cited.")
    if any(cell.further_more for c in report.countries for cell in c.cells):
        order += " " + arg(Reports.tr(
            "Each recommendation lists every source its status rests on and its %1 newest other pieces of evidence; "
            "the older ones are counted (“and 12 more”) and listed in the tracker."), FURTHER_LISTED)
    return (
        heading + f"<p style='{SMALL}'>{order}</p>"
        f"<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse: collapse'>{rows}</table>"
    )


def _wording_rows(book: CodebookView, lang: str) -> tuple[str, str]:
    """The recommendations' table (head, rows): the source's words, and in another language their
    translation beside them, marked as one."""
    Methodology = texts_for(lang, "Methodology")  # noqa: N806
    recs = book.active_recommendations()
    quote = f"{CELL}; font-size: 9pt; font-style: italic"
    if lang == ENGLISH or book.english is None:
        rows = "".join(
            "<tr>"
            f"<td style='{CELL}; font-size: 9pt'><b>{esc(r.title)}</b></td>"
            f"<td style='{quote}'>{esc(r.text) or '—'}</td>"
            "</tr>"
            for r in recs
        )
        head = _head((Methodology.tr("Recommendation"), "34%"), (Methodology.tr("In the words of the source"), "66%"))
        return head, rows
    missing = f"<span style='color: {MUTED}'>" + Methodology.tr("no translation yet") + "</span>"
    parts = []
    for r in recs:
        original = book.original(r).text
        translated = esc(r.text) if r.text and r.text != original else (missing if original else "—")
        parts.append(
            "<tr>"
            f"<td style='{CELL}; font-size: 9pt'><b>{esc(r.title)}</b></td>"
            f"<td lang='en' style='{quote}'>{esc(original) or '—'}</td>"
            f"<td style='{CELL}; font-size: 9pt'>{translated}</td>"
            "</tr>"
        )
    head = _head(
        (Methodology.tr("Recommendation"), "24%"),
        (Methodology.tr("In the words of the source (original, English)"), "38%"),
        (Methodology.tr("Translation (not the source's words)"), "38%"),
    )
    return head, "".join(parts)


def methodology_html(book: CodebookView, *, heading: bool = True, page_break: bool = False) -> str:
    """The methodology, generated from the codebook: the status scale with its
    scores, how a score is computed, the coverage rule, the grade bands, the
    confidence levels and the recommendations; in the view's language."""
    lang = book.language
    Methodology = texts_for(lang, "Methodology")  # noqa: N806
    recs = book.active_recommendations()
    n = len(recs)
    no_score = Methodology.tr("none", "no score")
    statuses = []
    for s in book.statuses:
        attrs, content = status_cell(s, with_score=False, lang=lang)
        statuses.append(
            "<tr>"
            f"<td {attrs}>{content}</td>"
            f"<td style='{CELL}; text-align: right; font-size: 9pt'>"
            f"{no_score if s.score is None else number_text(s.score, lang)}</td>"
            f"<td style='{CELL}; font-size: 9pt'>{esc(s.description)}</td>"
            "</tr>"
        )
    weights = {r.weight for r in recs}
    if len(weights) <= 1:
        weight_text = Methodology.tr("All recommendations weigh the same.")
    else:
        listed = "; ".join(f"{esc(r.title)} {number_text(r.weight, lang)}" for r in recs)
        weight_text = arg(Methodology.tr("Weights: %1."), listed)
    bands = "; ".join(esc(b) for b in grade_bands_text(book))
    rec_head, rec_rows = _wording_rows(book, lang)
    names = confidence_names(lang)
    confidence = "; ".join(f"<i>{esc(names[k])}</i>: {esc(v)}" for k, v in confidence_texts(lang).items())
    brk = "page-break-before: always; " if page_break else ""
    title = f"<h2 style='{brk}{H2}'>" + Methodology.tr("Methodology") + "</h2>" if heading else ""
    p = "style='margin: 4px 0 8px 0'"
    coverage = Methodology.tr(
        "Every score is given with its coverage: how many of the %Ln recommendations are assessed.",
        "Every score is given with its coverage: whether its %Ln recommendation is assessed.", n,
    )
    threshold = arg(
        Methodology.tr("(The codebook's <i>min_coverage_for_grade</i> is %1.) A score without a grade is marked "
                       "<i>not graded</i>: it says little yet."),
        number_text(book.min_coverage_for_grade, lang),
    )
    review = Methodology.tr(
        "A recommendation's status is its assessment with the latest effective date on or before the report "
        "date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn "
        "is cited. A status whose effective date is more than %Ln days before the report date is marked "
        "<i>review due</i>: it should be checked again.",
        "A recommendation's status is its assessment with the latest effective date on or before the report "
        "date (ties: the one recorded last). Only evidence dated on or before the report date and not withdrawn "
        "is cited. A status whose effective date is more than %Ln day before the report date is marked "
        "<i>review due</i>: it should be checked again.",
        book.review_interval_days,
    )
    translated = ""
    if lang != ENGLISH:
        translated = (f"<p {p}>" + Methodology.tr(
            "The source's own words are quoted in the original English; the translation beside them is ours, "
            "made for this report's readers, not the source's words.") + "</p>\n")
    head = _head((Methodology.tr("Status"), "24%"), (Methodology.tr("Score"), "9%"), (Methodology.tr("Meaning"), "67%"))
    scale = Methodology.tr(
        "Each government's position on each recommendation is judged on this scale, from the codebook of this "
        "tracker. Every judgement states its effective date, a rationale and its sources.")
    scoring = Methodology.tr(
        "A country's score is the weighted mean of the scores of its <i>assessed</i> recommendations, from 0 to "
        "100, with one decimal. Recommendations not assessed are left out, never counted as 0.")
    ranks = arg(Methodology.tr(
        "%1. Ranks are among the graded countries, shared by countries with equal scores; countries with no "
        "assessed recommendation have no score, grade or rank."), bands)
    rule = esc(coverage_rule(book.min_coverage_for_grade, n, lang))
    paragraphs = (
        (Methodology.tr("Status scale."), scale, f"<table {TABLE}>{head}<tbody>{''.join(statuses)}</tbody></table>"),
        (Methodology.tr("Score."), f"{scoring} {weight_text}", ""),
        (Methodology.tr("Coverage."), f"{coverage} {rule} {threshold}", ""),
        (Methodology.tr("Grades and ranks."), ranks, ""),
        (Methodology.tr("Current status and dates."), review, ""),
        (Methodology.tr("Confidence."), f"{confidence}.", ""),
    )
    text = "".join(f"\n<p {p}><b>{name}</b> {words}</p>" + (f"\n{after}" if after else "")
                   for name, words, after in paragraphs)
    recommendations = Methodology.tr("The recommendations.")
    return f"""{title}{text}
<p {p}><b>{recommendations}</b></p>
{translated}<table {TABLE}>{rec_head}<tbody>{rec_rows}</tbody></table>"""


def _proposed_banner(report: Report) -> str:
    """Said at the top of a report that counts statuses no second person has reviewed yet."""
    if not report.includes_proposed:
        return ""
    Reports = texts_for(report.language, "Reports")  # noqa: N806
    return (
        f"<p style='font-size: 10pt; color: {REVIEW}; margin: 0 0 10px 0'>"
        "<b>" + Reports.tr("Includes proposed statuses not yet reviewed") + ".</b> "
        + Reports.tr("Scores, grades and ranks count them as if approved; each is marked \u201cproposed\u201d.")
        + "</p>\n"
    )


def _document(report: Report, subtitle: str, body: str) -> str:
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    book = report.book
    title = esc(book.title or "Policy Tracker")
    group = ""
    if report.group:
        group = arg(Reports.tr(" · countries of the group %1"), esc(book.group_name(report.group)))
    as_of = f'<b style="color: {INK}">{esc(long_date(report.as_of, lang))}</b> ({esc(report.as_of)})'
    source = ""
    if book.source:
        source = arg(Reports.tr("Source of the recommendations: %1."), esc(book.source.rstrip("."))) + " "
    generated = arg(Reports.tr("Generated on %1 with Policy Tracker %2; statuses and scores as of %3."),
                    esc(report.generated_on), esc(__version__), esc(report.as_of))
    footer = f"<p style='{SMALL}; margin-top: 8px'>{source}{generated}</p>"
    status_as_of = arg(Reports.tr("Status as of %1"), as_of)
    return f"""<!DOCTYPE html>
<html lang="{esc(lang if lang in LANGUAGES else ENGLISH)}">
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
<p style="font-size: 10pt; color: {MUTED}; margin: 0 0 10px 0">{status_as_of}{group}</p>
{_proposed_banner(report)}{body}
{footer}
</body>
</html>
"""


def _summary_box(report: Report, c: CountryReport) -> str:
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    s = c.score
    book = report.book
    label = f"font-size: 8pt; color: {MUTED}; text-transform: uppercase"
    big = "font-size: 20pt; font-weight: bold"
    grade = esc(s.grade) if s.grade else "—"
    of_ranked = arg(Reports.tr("of %1"), report.ranked)
    rank = "—"
    if s.rank is not None:
        rank = f"{s.rank} <span style='font-size: 10pt; font-weight: normal'>{of_ranked}</span>"
    need = needed_for_grade(book.min_coverage_for_grade, s.total)
    if s.rank is None:
        rank_note = arg(Reports.tr("not ranked: %1 of %2 assessed needed"), need, s.total)
    elif report.group:
        rank_note = arg(Reports.tr("graded countries (%Ln in the group %1)", "", len(report.ranking)),
                        esc(book.group_name(report.group)))
    else:
        rank_note = Reports.tr("graded countries (%Ln tracked)", "", len(report.ranking))
    grade_note = (
        "" if s.graded else f"<br><span style='font-size: 8pt; color: {MUTED}'>{esc(not_graded_words(s, lang))}</span>"
    )
    if s.incomplete:
        cov_note = (
            f"<span style='color: {REVIEW}; font-weight: bold'>" + Reports.tr("Not graded:") + "</span> "
            + arg(Reports.tr("under %1 assessed"), esc(share_words(book.min_coverage_for_grade, lang)))
        )
    elif s.assessed == 0:
        cov_note = Reports.tr("no recommendation assessed yet")
    else:
        cov_note = Reports.tr("recommendations assessed")
    cell = f"padding: 8px 10px; vertical-align: top; background-color: {SOFT_BG}; border: 1px solid {RULE}"
    note = f"font-size: 8pt; color: {MUTED}"
    out_of = f"<span style='color: {MUTED}'>/ 100</span>"

    def box(width: str, title: str, content: str) -> str:
        return (
            f"<td width='{width}' bgcolor='{SOFT_BG}' style='{cell}'><span style='{label}'>{title}</span><br>"
            f"{content}</td>\n"
        )

    bands = esc("; ".join(grade_bands_text(book)))
    of_total = arg(Reports.tr("of %1"), s.total)
    return (
        "<table width='100%' cellspacing='0' cellpadding='8' style='border-collapse: collapse; margin: 6px 0 8px 0'>"
        "<tr>\n"
        + box("25%", Reports.tr("Score"), f"<span style='{big}'>{score_value(s.score, lang)}</span> {out_of}")
        + box("20%", Reports.tr("Grade"), f"<span style='{big}'>{grade}</span>{grade_note}")
        + box("27%", Reports.tr("Rank"),
              f"<span style='{big}'>{rank}</span><br><span style='{note}'>{rank_note}</span>")
        + box(
            "28%", Reports.tr("Coverage"),
            f"<span style='{big}'>{s.assessed}</span> "
            f"<span style='font-size: 10pt'>{of_total}</span><br>"
            f"<span style='{note}'>{cov_note}</span>",
        )
        + "</tr></table>\n"
        f"<p style='{SMALL}; margin: 0 0 6px 0'>"
        + arg(Reports.tr("Score: weighted mean of the assessed recommendations, 0–100 (see Methodology). "
                         "Grades: %1."), bands)
        + "</p>"
    )


def country_report_html(report: Report) -> str:
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    c = report.countries[0]
    subtitle = (
        f"<h1 style='font-size: 22pt; margin: 0 0 2px 0; color: {INK}'>{esc(c.name)} "
        f"<span style='font-size: 12pt; color: {MUTED}; font-weight: normal'>({esc(c.code)}) · "
        + Reports.tr("country scorecard") + "</span></h1>"
    )
    body = (
        _summary_box(report, c)
        + f"<h2 style='{H2}'>" + Reports.tr("Status by recommendation") + "</h2>"
        + _cells_table(c.cells, proposed=report.proposed, lang=lang)
        + references_html(report)
        + methodology_html(report.book, page_break=True)
    )
    return _document(report, subtitle, body)


# The most recommendation columns one scorecard table of a report holds; a longer codebook's overview gives
# several tables, each with the rank, the country and its score (fifty columns on a page were letters stacked
# one under another).
MATRIX_COLUMNS = 5


def _matrix_table(report: Report) -> str:
    """Rank, country, score and grade, and the status of every recommendation (in tables of
    :data:`MATRIX_COLUMNS` recommendations), for the countries with at least one assessed recommendation."""
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    recs = report.book.active_recommendations()
    ranked = [s for s in report.ranking if s.assessed > 0]
    parts = [recs[i:i + MATRIX_COLUMNS] for i in range(0, len(recs), MATRIX_COLUMNS)] or [[]]
    if not ranked:
        none = Reports.tr("No country has an assessed recommendation as of %1.")
        table = f"<p style='{SMALL}'>{arg(none, esc(report.as_of))}</p>"
    elif len(parts) == 1:
        table = _matrix_part(report, ranked, parts[0])
    else:
        first = 1
        tables = []
        for part in parts:
            caption = (f"<span style='font-size: 9pt; font-weight: bold; color: {INK}'>"
                       + arg(Reports.tr("Recommendations %1–%2 of %3"), first, first + len(part) - 1, len(recs))
                       + "</span>")
            tables.append(_matrix_part(report, ranked, part, caption))
            first += len(part)
        table = "".join(tables)
    key = "; ".join(f"<b>{esc(r.code)}</b>: {esc(r.title)}" for r in recs)
    notes = [arg(Reports.tr("Columns: %1."), key)]
    if any(not s.graded for s in ranked):
        rule = share_words(report.book.min_coverage_for_grade, lang)
        notes.append(arg(Reports.tr("* Not graded: fewer than %1 of the recommendations assessed (no grade, no rank)."),
                         esc(rule)))
    unassessed = [s for s in report.ranking if s.assessed == 0]
    tail = ""
    if unassessed:
        names = ", ".join(f"{esc(s.country_name)} ({esc(s.country_code)})" for s in unassessed)
        heading = arg(Reports.tr("Not yet assessed on any recommendation (%1):"), len(unassessed))
        tail = f"<p style='font-size: 9pt; margin: 8px 0'><b>{heading}</b> {names}.</p>"
    return table + "".join(f"<p style='{SMALL}; margin: 2px 0'>{n}</p>" for n in notes) + tail


def _matrix_part(report: Report, ranked: list[CountryScore], recs: Sequence[RecommendationInfo],
                 caption: str = "") -> str:
    """One scorecard table: rank, country, score and grade, and the status of each of ``recs``."""
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    ScorecardTable = texts_for(lang, "ScorecardTable")  # noqa: N806 - words short enough for its narrow columns
    rec_w = max(6, 72 // max(1, len(recs)))
    rest = 100 - rec_w * len(recs)
    rank_w, score_w = max(5, rest * 5 // 28), max(8, rest * 9 // 28)
    head = _head(
        ("#", f"{rank_w}%"), (Reports.tr("Country"), f"{rest - rank_w - score_w}%"),
        (ScorecardTable.tr("Score · grade"), f"{score_w}%"), *((esc(r.code), f"{rec_w}%") for r in recs),
        caption=caption,
    )
    proposed = Reports.tr("proposed")
    rows = []
    for s in ranked:
        star = "*" if not s.graded else ""
        cells = []
        for r in recs:
            attrs, content = status_cell(s.cells[r.code], with_score=False, small=True, lang=lang)
            if report.proposed and s.cells[r.code].assessment_uid in report.proposed:
                content += (f"<br><span style='font-size: 7pt; color: {REVIEW}; font-weight: bold'>"
                            f"{proposed}</span>")
            cells.append(f"<td {attrs}>{content}</td>")
        graded = arg(Reports.tr("grade %1"), esc(s.grade)) if s.grade else ScorecardTable.tr("not graded")
        coverage = arg(Reports.tr("%1 of %2"), s.assessed, s.total)
        rows.append(
            "<tr>"
            f"<td style='{CELL}; font-size: 9pt; color: {MUTED}; white-space: nowrap'>"  # "165" on one line
            f"{s.rank if s.rank is not None else '—'}</td>"
            f"<td style='{CELL}; font-size: 9pt'><b>{esc(s.country_name)}</b><br>"
            f"<span style='{SMALL}'>{esc(s.country_code)} · {coverage}</span></td>"
            f"<td style='{CELL}; font-size: 9pt'><b>{score_value(s.score, lang)}</b>{star}<br>"
            f"<span style='{SMALL}'>{graded}</span></td>"
            + "".join(cells)
            + "</tr>"
        )
    return f"<table {TABLE}>{head}<tbody>{''.join(rows)}</tbody></table>"


def _overview_summary(report: Report) -> str:
    """'27 countries tracked, 5 recommendations. 12 countries have at least one assessed recommendation; 9 sources
    are cited.' — each count in the language's plural form."""
    Reports = texts_for(report.language, "Reports")  # noqa: N806
    n = len(report.ranking)
    assessed = sum(1 for s in report.ranking if s.assessed > 0)
    refs = len(report.references)
    if report.group:
        countries = arg(Reports.tr("%Ln countries in the group %1", "%Ln country in the group %1", n),
                        esc(report.book.group_name(report.group)))
    else:
        countries = Reports.tr("%Ln countries tracked", "%Ln country tracked", n)
    recs = Reports.tr("%Ln recommendations", "%Ln recommendation", len(report.book.active_recommendations()))
    have = Reports.tr("<b>%Ln</b> countries have at least one assessed recommendation",
                      "<b>%Ln</b> country has at least one assessed recommendation", assessed)
    if report.details_left_out:
        return f"{countries}, {recs}. {have}."
    cited = Reports.tr("%Ln sources are cited", "%Ln source is cited", refs)
    return f"{countries}, {recs}. {have}; {cited}."


def all_report_html(report: Report) -> str:
    lang = report.language
    Reports = texts_for(lang, "Reports")  # noqa: N806
    if report.group:
        scope = arg(Reports.tr("%1 overview"), esc(report.book.group_name(report.group)))
    else:
        scope = Reports.tr("All countries overview")
    subtitle = f"<h1 style='font-size: 22pt; margin: 0 0 2px 0; color: {INK}'>{scope}</h1>"
    summary = f"<p style='margin: 4px 0 8px 0'>{_overview_summary(report)}</p>"
    sections = []
    for c in report.countries:
        s = c.score
        facts = [arg(Reports.tr("score %1"), score_value(s.score, lang))]
        if s.grade:
            facts.append(arg(Reports.tr("grade %1"), esc(s.grade)))
        if s.rank is not None:
            facts.append(arg(Reports.tr("rank %1 of %2"), s.rank, report.ranked))
        facts.append(arg(Reports.tr("%1 of %2 assessed"), s.assessed, s.total))
        if not s.graded:
            facts.append(f"<span style='color: {REVIEW}'>" + Reports.tr("not graded") + "</span>")
        caption = (
            f"<span style='font-size: 11.5pt; font-weight: bold; color: {INK}'>{esc(c.name)}</span> "
            f"<span style='font-size: 9pt; color: {MUTED}'>({esc(c.code)}) · {' · '.join(facts)}</span>"
        )
        sections.append(_cells_table(c.cells, caption, report.proposed, lang))
    details = ""
    if report.details_left_out:
        details = (
            f"<h2 style='{H2}'>" + Reports.tr("Country details") + "</h2>"
            "<p style='margin: 0 0 6px 0'>" + Reports.tr(
                "The details of the %Ln assessed recommendations (rationales and sources) are left out: they would "
                "cite more sources than an overview can print. Each country's own report has them (File › Export…, "
                "“Report with citations” on one country, or policy-tracker report --country CODE), and an overview "
                "of a group of countries may have room for them.",
                "The details of the %Ln assessed recommendation (its rationale and sources) are left out: they would "
                "cite more sources than an overview can print. The country's own report has them (File › Export…, "
                "“Report with citations” on one country, or policy-tracker report --country CODE).",
                report.details_left_out)
            + "</p>"
        )
    elif sections:
        details = (
            f"<h2 style='{H2}'>" + Reports.tr("Country details") + "</h2>"
            f"<p style='{SMALL}; margin: 0 0 6px 0'>"
            + Reports.tr("Each country with at least one assessed recommendation, in rank order; recommendations "
                         "not assessed are left out here (see the scorecard above).")
            + "</p>" + "".join(sections)
        )
    body = (
        summary
        + f"<h2 style='{H2}'>" + Reports.tr("Scorecard") + "</h2>"
        + _matrix_table(report)
        + details
        + ("" if report.details_left_out else references_html(report))
        + methodology_html(report.book, page_break=True)
    )
    return _document(report, subtitle, body)


def render_html(report: Report) -> str:
    return country_report_html(report) if report.country is not None else all_report_html(report)


def report_html(
    t: Tracker, country: str | None, as_of: str | None = None, group: str | None = None,
    include_proposed: bool = False, language: str = ENGLISH,
) -> str:
    """A self-contained HTML report for one country, or for all countries when ``country`` is None,
    in ``language``."""
    return render_html(build_report(t, country, as_of=as_of, group=group, include_proposed=include_proposed,
                                    language=language))


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
    language: str = ENGLISH,
) -> None:
    """Write an HTML report, in full or not at all; every request is checked first.

    A PDF is painted by Qt, which this module never imports: ask
    :func:`tracker.ui.render.write_report` (same arguments) for one.
    """
    check_report_options(fmt, page_size, language)
    if fmt != "html":
        raise ValidationError("format", "A PDF report is drawn with Qt: write it with tracker.ui.render.write_report.")
    write_html(build_report(t, country, as_of=as_of, group=group, include_proposed=include_proposed,
                            language=language), path)


# The model's names are re-exported: a caller that only wants a report needs this one module.
__all__ = [
    "CONFIDENCE_TEXT", "FALLBACK_COLOR", "PAGE_SIZES", "REPORT_FORMATS", "SOURCE_KIND_TEXT", "CellReport",
    "CountryReport", "Reference", "Report", "all_report_html", "build_report", "confidence_names",
    "confidence_texts", "country_report_html", "coverage_rule", "default_filename", "esc", "esc_lines",
    "grade_bands_text", "long_date", "methodology_html", "not_graded_words", "number_text", "ref_list",
    "references_html", "render_html", "report_html", "report_title", "safe_color", "score_value", "share_words",
    "source_kind_texts", "status_cell", "status_glyph", "status_mark", "write_html", "write_report",
]
