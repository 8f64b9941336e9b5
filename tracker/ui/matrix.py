"""The status matrix: countries × recommendations, with score, coverage and grade.

:class:`MatrixModel` is a ``QAbstractTableModel`` over a cache computed by
the engine; ``data()`` only reads the cache.  An edit's :class:`Change`
names the cells it touched, and only those countries' rows are recomputed
and repainted.  :class:`StatusDelegate` paints each cell with the status
colour *and* its mark and label, the evidence count and a review flag, so
status is never shown by colour alone.  A cell with a status proposed and
waiting for review carries a ◆ in its corner (and says so in its tooltip and
accessible text); the delegate looks proposals up in the shared state, which
read the review queue once, so painting asks the model nothing more.  A cell with
conflicting judgements (two statuses set on two copies of a shared tracker, db.merge)
carries a ⚠ in its top left corner and says "Conflicting judgements" in its tooltip
and accessible text; the shared state reads those cells once, and again when a
Change names cells.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, MutableMapping
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QElapsedTimer,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from db.ops import Change
from db.queries import Cell, CellStatus, CodebookView
from db.review import Proposal

from ..matrix_state import MatrixState
from ..scoring import CountryScore, needed_for_grade
from .context import AppContext
from .icons import paint_status_mark, status_icon
from .language import interface_language, sorted_by_name
from .widgets import display_date, fill_in

Index = QModelIndex | QPersistentModelIndex

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # CellStatus of a status cell
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # value the proxy sorts on
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 3  # CellStatus before the comparison date, when changed
COUNTRY_ROLE = Qt.ItemDataRole.UserRole + 4  # alpha-2 code of the row
SCORE_ROLE = Qt.ItemDataRole.UserRole + 5  # CountryScore of the row
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 6  # db.review.Proposal waiting for review on a status cell, or None

#: The roles the model answers (the rest, which the view and the delegate ask of every cell and header
#: section they paint, are turned away at once: a few hundred calls into Python at the first paint).
_DATA_ROLES = frozenset(
    int(role) for role in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
        CELL_ROLE, SORT_ROLE, CHANGE_ROLE, COUNTRY_ROLE, SCORE_ROLE, PROPOSAL_ROLE))
_HEADER_ROLES = frozenset(
    int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                            Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole))

REVIEW_MARK = "⚑"
#: The mark of a cell with conflicting judgements (two statuses set on two copies of a shared tracker).
CONFLICT_MARK = "⚠"
#: The mark of a cell with a proposed status waiting for review.
PROPOSED_MARK = "◆"


#: Vowels of the six languages' alphabets (Latin, Polish, Lithuanian, Cyrillic), for :func:`soft_hyphens`.
_VOWELS = frozenset("aeiouyąęėįųūóAEIOUYĄĘĖĮŲŪÓаеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")
SOFT_HYPHEN = "\u00ad"


def soft_hyphens(text: str, longer_than: int = 12) -> str:
    """``text`` with soft hyphens in its long words, between a vowel and a consonant that starts a syllable
    ("Недыскрымі­нацый­ная"): a narrow column header then breaks a long word, with a hyphen, instead of
    cutting it off at both ends.  Nothing shows where no break is needed; each part keeps three letters."""
    def word(w: str) -> str:
        if len(w) <= longer_than:
            return w
        out: list[str] = []
        for i, ch in enumerate(w):
            if (3 <= i <= len(w) - 3 and w[i - 1] in _VOWELS and ch not in _VOWELS and ch.isalpha()
                    and w[i + 1] in _VOWELS and SOFT_HYPHEN not in out[-2:]):
                out.append(SOFT_HYPHEN)
            out.append(ch)
        return "".join(out)

    return " ".join(word(w) for w in text.split(" "))


class MatrixModel(QAbstractTableModel):
    """Rows: tracked countries (optionally one group); columns: Country, one per
    recommendation, Score, Coverage, Grade.

    The statuses and scores live in the shared :class:`tracker.matrix_state.MatrixState`
    (``ctx.state``); this model only lays them out, so it never computes the tracker itself.
    """

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: MatrixState = ctx.state
        self.countries: list[tuple[str, str]] = []  # (code, name)
        self.recs: list[tuple[str, str]] = []  # (code, title)
        self._row_of: dict[str, int] = {}
        self._col_of: dict[str, int] = {}
        #: The sort value of a cell without one (unassessed, unscored, not graded): the proxy sets it to
        #: sort after every other value in the direction it sorts.
        self.missing_sort_value = math.inf
        self._sync()
        ctx.bus.changed.connect(self.apply_change)
        ctx.bus.view_changed.connect(self.reload)
        ctx.bus.tracker_replaced.connect(self.reload)

    # -- what the shared state holds ------------------------------------------
    @property
    def book(self) -> CodebookView:
        return self.state.book

    @property
    def cells(self) -> MutableMapping[tuple[str, str], CellStatus]:
        return self.state.cells

    @property
    def scores(self) -> dict[str, CountryScore]:
        return self.state.scores

    @property
    def before(self) -> dict[tuple[str, str], CellStatus]:
        return self.state.before

    def _sync(self) -> None:
        """Take the rows and columns from the state (inside a model reset)."""
        self.state = self.ctx.state
        # In the order of their names, as the interface's language sorts them (what the country column sorts by):
        # the proxy shows this order unsorted.
        self.countries = sorted_by_name(self.state.countries, self.state.key.language)
        self.recs = list(self.state.recs)
        self._rec_headers = [soft_hyphens(title) for _, title in self.recs]
        self._row_of = {code: i for i, (code, _) in enumerate(self.countries)}
        self._col_of = {code: i + 1 for i, (code, _) in enumerate(self.recs)}
        #: The fixed columns' headers in the interface's language (asked at every paint of the header).
        self._headers = (self.tr("Country"), self.tr("Score"), self.tr("Coverage"), self.tr("Grade"))

    def reload(self) -> None:
        """Show the view in force again (new tracker, as-of, group, comparison date): recomputed only if it differs."""
        self.beginResetModel()
        self._sync()
        self.endResetModel()

    def apply_change(self, change: Change) -> None:
        """Repaint only what an edit changed: the touched countries' rows, and the score cell of rows whose rank moved.

        A codebook change (or a refresh) rebuilds everything.
        """
        if change.codebook:
            self.beginResetModel()
            self.ctx.state.apply_change(change)
            self._sync()
            self.endResetModel()
            return
        shown = self.state.apply_change(change)
        if not shown:
            return
        touched = {c for c, _ in change.cells}
        if change.proposals:  # a ◆ came or went somewhere in these rows
            touched |= shown
        touched |= {c for c, _ in self.state.flags_changed}  # a ⚠ came or went
        last = self.columnCount() - 1
        score_col = self.score_column()
        for row, code in sorted((self._row_of[c], c) for c in shown if c in self._row_of):
            if code in touched:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            else:  # only its rank moved: the rank is in the score cell's tooltip
                score = self.index(row, score_col)
                self.dataChanged.emit(score, score, [Qt.ItemDataRole.ToolTipRole, SCORE_ROLE])

    # -- lookups used by views ------------------------------------------
    def cell_at(self, index: Index) -> CellStatus | None:
        if not index.isValid() or not (1 <= index.column() <= len(self.recs)):
            return None
        code = self.countries[index.row()][0]
        return self.state.shown_cell((code, self.recs[index.column() - 1][0]))

    def index_of_cell(self, country: str, recommendation: str) -> QModelIndex:
        row = self._row_of.get(country)
        col = self._col_of.get(recommendation)
        if row is None or col is None:
            return QModelIndex()
        return self.index(row, col)

    def score_column(self) -> int:
        return len(self.recs) + 1

    def proposal_text(self, cell: Cell, proposal: Proposal) -> str:
        """'Proposed: Full (by Bob, waiting for review); approved: Partial' (and whether scores count it)."""
        book = self.book
        label = next((s.label for s in book.statuses if s.code == proposal.status_code), proposal.status_code)
        approved = self.state.approved_status(cell)
        text = fill_in(self.tr("Proposed: %1 (by %2, waiting for review); approved: %3"), label,
                       proposal.proposed_by, approved.status_label if approved is not None else book.unassessed.label)
        if self.ctx.view.include_proposed:
            text += self.tr("; scores count the proposed status")
        return text

    def conflict_text(self) -> str:
        """What a ⚠ cell says (tooltip, accessible text)."""
        return self.tr("Conflicting judgements")

    # -- Qt model API ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.countries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.recs) + 4

    # flags(): QAbstractTableModel's own (enabled, selectable): the view asks it of every cell it paints,
    # and an override in Python cost a millisecond a screenful.

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role not in _HEADER_ROLES:
            return None
        if orientation != Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        n = len(self.recs)
        if not (0 <= section < n + 4):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == 0:
                return self._headers[0]
            if section <= n:  # shown with soft hyphens, so a long word wraps instead of being cut
                shown = role == Qt.ItemDataRole.DisplayRole
                return self._rec_headers[section - 1] if shown else self.recs[section - 1][1]
            return self._headers[section - n]
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = score_texts()
            if 1 <= section <= n:
                code = self.recs[section - 1][0]
                rec = next(r for r in self.book.recommendations if r.code == code)
                return fill_in(self.tr("<b>%1</b> (%2, weight %3)<br>%4"), _esc(rec.title), rec.code,
                               texts.number(rec.weight), _esc(rec.text))
            if section == n + 1:
                return self.tr("Weighted mean of the assessed cells (0–100); unassessed cells are left out.")
            if section == n + 2:
                return self.tr("How many recommendations are assessed. ") + texts.coverage_rule(
                    self.book.min_coverage_for_grade, n)
            if section == n + 3:
                bands = ", ".join(f"{g.grade} ≥ {texts.number(g.min_score)}" for g in self.book.grades)
                return fill_in(
                    self.tr("Grade band of the score: %1. — : not graded (too little assessed, or nothing)."), bands)
        if role == Qt.ItemDataRole.TextAlignmentRole and section > 0:
            return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CELL_ROLE:  # what the delegate asks of every cell it paints: answered first
            col, row = index.column(), index.row()
            if 1 <= col <= len(self.recs) and 0 <= row < len(self.countries):
                key = (self.countries[row][0], self.recs[col - 1][0])
                found = self.cells.get(key)
                if found is not None and found.evidence_count < 0:  # its row's counts are read when first shown
                    found = self.state.shown_cell(key)
                return found
            return None
        if role not in _DATA_ROLES:
            return None
        if role == SORT_ROLE and index.column() == 0:  # sorting by country: answered second
            row = index.row()
            return row if 0 <= row < len(self.countries) else None  # the rows are in the order of their names
        if not index.isValid() or index.row() >= len(self.countries):
            return None
        code, name = self.countries[index.row()]
        col = index.column()
        n = len(self.recs)
        score = self.scores.get(code)
        if role == COUNTRY_ROLE:
            return code
        if role == SCORE_ROLE:
            return score
        if col == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            if role == SORT_ROLE:
                return name.casefold()
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{name} ({code})"
            return None
        if col <= n:
            cell = self.cells.get((code, self.recs[col - 1][0]))
            if cell is None:
                return None
            before = self.before.get(cell.cell)
            if role == Qt.ItemDataRole.DisplayRole:
                return cell.status_label
            if role == PROPOSAL_ROLE:
                return self.state.proposal(cell.cell)
            if role == CHANGE_ROLE:
                return before
            if role == SORT_ROLE:  # no value: last, either way (MatrixProxy.sort)
                return self.missing_sort_value if cell.score is None else float(cell.score)
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(cell.score, cell.color)
            if role == Qt.ItemDataRole.AccessibleTextRole:  # it says the evidence count: read with the row's
                cell = self.state.shown_cell(cell.cell) or cell
                sentence = score_texts().cell_sentence(name, self.recs[col - 1][1], cell, before)
                proposal = self.state.proposal(cell.cell)
                if proposal is not None:
                    sentence = f"{sentence}, {self.proposal_text(cell.cell, proposal)}"
                return f"{sentence}, {self.conflict_text()}" if cell.cell in self.state.flagged else sentence
            if role == Qt.ItemDataRole.ToolTipRole:  # with the rationale, which the cache leaves out: read now
                full = self.state.cited([cell.cell]).get(cell.cell, cell)
                proposal = self.state.proposal(cell.cell)
                tip = score_texts().cell_tooltip(name, self.recs[col - 1][1], full, before, self.ctx.view.compare_from,
                                                 approved=proposal is not None)
                if proposal is not None:
                    tip += "<br>" + _esc(f"{PROPOSED_MARK} {self.proposal_text(cell.cell, proposal)}")
                if cell.cell in self.state.flagged:
                    tip += "<br>" + _esc(f"{CONFLICT_MARK} {self.conflict_text()}: " + self.tr(
                        "statuses set on two copies without seeing each other (File › Conflicts…)"))
                return tip
            return None
        which = col - n - 1
        if role == SORT_ROLE:  # no value: last in both directions (MatrixProxy.sort)
            value = None
            if score is not None:
                value = score.score if which == 0 else float(score.assessed) if which == 1 else (
                    score.score if score.graded else None)
            return self.missing_sort_value if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if score is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if which == 0:
                text = score_texts().score_value(score.score)
                return text + (" *" if score.incomplete and score.score is not None else "")
            if which == 1:
                return score_texts().of(score.assessed, score.total)
            return score.grade or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return score_tooltip(name, score)
        if role == Qt.ItemDataRole.FontRole and which == 2:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _esc(text: str | None) -> str:
    from html import escape  # tooltips only: html loads its entity table, not needed for the first paint

    return escape(text or "")


def score_tooltip(name: str, score: CountryScore) -> str:
    """'France: 100.0 · 1 of 5 assessed — not graded: …' or 'Germany: 75.0 · 3 of 5 assessed, grade B, rank 2'."""
    return score_texts().score_tooltip(name, score)


def english_interface() -> bool:
    """Whether the interface is English (whatever the system's country): numbers and dates are then written as
    they always were (62.5, 2024-03-01), not the locale's way."""
    return interface_language() == "en"


class ScoreTexts(QObject):
    """The matrix's and the scorecards' sentences about scores, coverage, grades and cells, in the interface's
    language (one object, made when first asked: ``score_texts()``); counts get the language's plural forms.

    The English is what :mod:`tracker.scoring` writes for reports; these are the interface's own copies, so the
    window needs no catalogue of its own.
    """

    def number(self, value: float, decimals: int | None = None) -> str:
        """``value`` as the language writes it ('62.5' / '62,5'); ``decimals`` None: as few as needed (``:g``)."""
        if english_interface():
            return f"{value:g}" if decimals is None else f"{value:.{decimals}f}"
        from PySide6.QtCore import QLocale

        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        if decimals is None:
            return locale.toString(float(value), "g", 6)
        return locale.toString(float(value), "f", decimals)

    def score_value(self, value: float | None) -> str:
        """'62.5', or '—' for no score."""
        return "—" if value is None else self.number(value, 1)

    def new_score(self) -> str:
        """'new': a country scored now that had no score at the comparison date (the ranking's Change column)."""
        return self.tr("new", "a score that had none at the comparison date")

    def of(self, part: int, whole: int) -> str:
        """'3 of 5'."""
        return fill_in(self.tr("%1 of %2"), part, whole)

    def coverage(self, assessed: int, total: int) -> str:
        """'3 of 5 assessed'."""
        return fill_in(self.tr("%1 of %2 assessed"), assessed, total)

    def score_text(self, score: CountryScore) -> str:
        """'62.5 · 4 of 5 assessed', or '— · 0 of 5 assessed'."""
        return f"{self.score_value(score.score)} · {self.coverage(score.assessed, score.total)}"

    def not_graded(self, score: CountryScore) -> str:
        """Why there is no grade or rank: 'not graded: 1 of 5 assessed' ('' when graded)."""
        if score.graded:
            return ""
        if score.score is None:
            return fill_in(self.tr("not graded: nothing assessed (0 of %1)"), score.total)
        return fill_in(self.tr("not graded: %1 of %2 assessed"), score.assessed, score.total)

    def until(self, score: CountryScore) -> str:
        """'no grade and no rank until 3 of 5 are assessed'."""
        need = needed_for_grade(score.min_coverage, score.total)
        return fill_in(self.tr("no grade and no rank until %1 of %2 are assessed"), need, score.total)

    def share(self, min_coverage: float) -> str:
        """The grading threshold in words: 'half', 'all', or a percentage such as '60%'."""
        if min_coverage == 0.5:
            return self.tr("half", "at least half of the recommendations")
        if min_coverage == 1:
            return self.tr("all", "at least all of the recommendations")
        percent = self.number(float(f"{min_coverage * 100:.3g}"))
        from PySide6.QtCore import QLocale

        spaced = QLocale().language() in (QLocale.Language.Belarusian, QLocale.Language.Russian,
                                          QLocale.Language.Lithuanian)  # CLDR's percent patterns: "60 %"
        return percent + ("\u00a0%" if spaced else "%")

    def coverage_rule(self, min_coverage: float, total: int) -> str:
        """The grading rule in one sentence (as :func:`tracker.scoring.coverage_rule_text`)."""
        if min_coverage <= 0:
            return self.tr("Every country with a score is graded and ranked.")
        return fill_in(self.tr("A country needs at least %1 of its recommendations assessed (%2 of %3) for a grade "
                               "and a rank; with fewer it has a score but is not graded."),
                       self.share(min_coverage), needed_for_grade(min_coverage, total), total)

    def score_tooltip(self, name: str, score: CountryScore) -> str:
        """'Germany: 75.0 · 3 of 5 assessed, grade B, rank 2', or why it has no grade yet."""
        if score.graded:
            return fill_in(self.tr("%1: %2, grade %3, rank %4"), name, self.score_text(score), score.grade or "—",
                           score.rank)
        return f"{name}: {self.score_text(score)} — {self.not_graded(score)}: {self.until(score)}"

    def evidence_count(self, n: int) -> str:
        """'3 evidence' (the accessible text's short form)."""
        text = self.tr("%Ln evidence", "", n)
        return f"{n} evidence" if _untranslated(text, "%Ln evidence", n) else text

    def pieces_of_evidence(self, n: int) -> str:
        """'1 piece of evidence', '3 pieces of evidence'."""
        text = self.tr("%Ln pieces of evidence", "", n)
        if _untranslated(text, "%Ln pieces of evidence", n):
            return f"{n} piece{'s' if n != 1 else ''} of evidence"
        return text

    def cell_sentence(self, country: str, rec: str, cell: CellStatus, before: CellStatus | None) -> str:
        """A cell read aloud: 'Estonia, Visas: Partial, since 2024-03-01, 2 evidence, needs review'."""
        parts = [f"{country}, {rec}: {cell.status_label}"]
        if cell.effective_date:
            parts.append(fill_in(self.tr("since %1"), display_date(cell.effective_date)))
        parts.append(self.evidence_count(cell.evidence_count))
        if cell.needs_review:
            parts.append(self.tr("needs review"))
        if before is not None:
            parts.append(fill_in(self.tr("changed from %1"), before.status_label))
        return ", ".join(parts)

    def cell_tooltip(self, country: str, rec: str, cell: CellStatus, before: CellStatus | None, since: str | None,
                     *, approved: bool = False) -> str:
        """A cell's tooltip: status (the approved one, when another is proposed), date, rationale, evidence."""
        status = self.tr("Approved status: <b>%1</b>") if approved else self.tr("Status: <b>%1</b>")
        lines = [f"<b>{_esc(country)}</b> — {_esc(rec)}", fill_in(status, _esc(cell.status_label))]
        if cell.effective_date:
            lines.append(fill_in(self.tr("Effective %1 · %2"), display_date(cell.effective_date),
                                 _esc(confidence_word(cell.confidence))))
        if cell.rationale:
            short = cell.rationale if len(cell.rationale) < 240 else cell.rationale[:239] + "…"
            lines.append(_esc(short))
        lines.append(self.pieces_of_evidence(cell.evidence_count))
        if cell.needs_review:
            lines.append(fill_in(self.tr("%1 Needs review: judged more than the review interval ago"), REVIEW_MARK))
        if before is not None:
            lines.append(fill_in(self.tr("Changed since %1: %2 → %3"), display_date(since),
                                 _esc(before.status_label), _esc(cell.status_label)))
        return "<br>".join(lines)


def confidence_word(code: str | None) -> str:
    """A confidence code ("verified", "reported", "claimed") in the interface's language: the words the cell
    details dock gives them (its context, ``details.CODE_WORDS``; importing that module here would make a cycle)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DetailsDock", code) if code else ""


def _untranslated(text: str, source: str, n: int) -> bool:
    """Whether ``text`` (``tr(source, "", n)``) is the source itself: no translator (English), so the caller
    writes the English singular or plural."""
    from PySide6.QtCore import QLocale

    return text == source.replace("%Ln", QLocale().toString(n))


_score_texts: list[ScoreTexts] = []


def score_texts() -> ScoreTexts:
    """The one :class:`ScoreTexts` (made when first asked, after the translator is installed)."""
    if not _score_texts:
        _score_texts.append(ScoreTexts())
    return _score_texts[0]


def _fit_label(label: str, fm: QFontMetrics, width: int) -> str:
    """The label on one line, or wrapped onto two at a space, eliding only as a last resort."""
    if fm.horizontalAdvance(label) <= width or " " not in label:
        return fm.elidedText(label, Qt.TextElideMode.ElideRight, width)
    words = label.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if fm.horizontalAdvance(first) <= width:
            rest = fm.elidedText(" ".join(words[cut:]), Qt.TextElideMode.ElideRight, width)
            return f"{first}\n{rest}"
    return fm.elidedText(label, Qt.TextElideMode.ElideRight, width)


def _change_arrow(cell: CellStatus, before: CellStatus) -> str:
    return "▲" if (cell.score or -1) > (before.score or -1) else "▼"


def change_color(palette: QPalette) -> QColor:
    """The outline and arrow of a cell changed since the comparison date: purple, unlike the selection's
    highlight and every status colour (lighter on a dark palette)."""
    light = palette.color(QPalette.ColorRole.Base).lightness() > 128
    return QColor("#8E24AA") if light else QColor("#E1A6F0")


def _paint_arrow(painter: QPainter, rect: QRectF, up: bool, color: QColor) -> None:
    """A filled ▲ or ▼ filling ``rect`` (a glyph at the cell's font size was too small to see)."""
    top, bottom = (rect.top() + 1, rect.bottom() - 1)
    tip, base = (top, bottom) if up else (bottom, top)
    points = [QPointF(rect.center().x(), tip), QPointF(rect.right(), base), QPointF(rect.left(), base)]
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(points)
    painter.restore()


class MatrixProxy(QSortFilterProxyModel):
    """Sorting by the model's SORT_ROLE (scores numerically); what has no value (unassessed, unscored,
    not graded) comes last whichever way the column is sorted.

    Qt compares the values itself (a ``lessThan`` in Python was called ~900 times to sort 200 countries at
    start-up): a cell without a value sorts as +inf ascending and -inf descending, set on the model here.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, MatrixModel):
            source.missing_sort_value = math.inf if order == Qt.SortOrder.AscendingOrder else -math.inf
        super().sort(column, order)


def missing_last_less_than(proxy: QSortFilterProxyModel, left: Index, right: Index) -> bool:
    """``lessThan`` for a proxy whose sort role gives None for "no value": those rows go last in both
    directions (Qt sorts descending by asking ``lessThan(right, left)``)."""
    return missing_last(left.data(proxy.sortRole()), right.data(proxy.sortRole()), proxy.sortOrder())


def missing_last(a: Any, b: Any, order: Qt.SortOrder) -> bool:
    """``a < b`` with None ("no value") last whichever the ``order``: see :func:`missing_last_less_than`."""
    if a is None or b is None:
        if (a is None) == (b is None):
            return False
        return (b is None) if order == Qt.SortOrder.AscendingOrder else (a is None)
    return bool(a < b)


def paint_proposed_mark(painter: QPainter, rect: QRectF, fill: QColor, outline: QColor) -> None:
    """The ◆ of a cell with a proposed status: a diamond (its shape says "proposed", whatever its colour)."""
    c = rect.center()
    points = [QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y()), QPointF(c.x(), rect.bottom()),
              QPointF(rect.left(), c.y())]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(outline, 1.2))
    painter.setBrush(fill)
    painter.drawPolygon(points)
    painter.restore()


def paint_conflict_mark(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """The ⚠ of a cell with conflicting judgements: an amber triangle with "!" (its shape says it, whatever
    its colour), drawn rather than a glyph that a font may lack."""
    light = palette.color(QPalette.ColorRole.Base).lightness() > 128
    points = [QPointF(rect.center().x(), rect.top()), QPointF(rect.right(), rect.bottom()),
              QPointF(rect.left(), rect.bottom())]
    ink = QColor("#3b2a00") if light else QColor("#1b1200")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1))
    painter.setBrush(QColor("#F9A825"))
    painter.drawPolygon(points)
    x = rect.center().x()
    painter.setPen(QPen(ink, 1.4))
    painter.drawLine(QPointF(x, rect.top() + 3.2), QPointF(x, rect.bottom() - 3.4))
    painter.drawPoint(QPointF(x, rect.bottom() - 1.6))
    painter.restore()


class StatusDelegate(QStyledItemDelegate):
    """Paints a status cell: tinted background, colour bar, status mark, label,
    evidence count, review flag and a change marker."""

    CACHE_SIZE = 4096  # rendered cells kept; a screenful is a few hundred, with a handful of looks each

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Painting a cell in Python costs ~1 ms; most cells look like many others (same status, count, size),
        # so each look is painted once into a pixmap and then only copied.
        self._pixmaps: OrderedDict[tuple[Any, ...], QPixmap] = OrderedDict()
        self.destroyed.connect(self._pixmaps.clear)  # pixmaps must not outlive the application
        self._pills: dict[tuple[Any, ...], QRectF] = {}  # where the count goes, by the cell's size and digits
        #: Whether any cell shows a change since the comparison date (the view sets it from its model):
        #: when none does, painting a cell asks the model one question, not two.
        self.changes_shown: Callable[[], bool] = lambda: True
        #: The pending proposal of a cell (the view sets it to its model's state): a dict lookup, no model call.
        self.proposal_of: Callable[[Cell], Proposal | None] = lambda _cell: None
        #: Whether a cell has conflicting judgements (the view sets it to its model's state): a set lookup.
        self.flagged_of: Callable[[Cell], bool] = lambda _cell: False
        #: Each status's colour, for the ◆ of a proposed one.
        self.proposed_colors: dict[str, str] = {}
        #: What every cell of one paint of the view shares (palette, font, pixel ratio), set by the view
        #: around its paint so each cell need not ask the option for copies of them.
        self.pass_look: tuple[int, str, float] | None = None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell: CellStatus | None = index.data(CELL_ROLE)
        if cell is None:
            super().paint(painter, option, index)
            return
        before: CellStatus | None = index.data(CHANGE_ROLE) if self.changes_shown() else None
        proposal = self.proposal_of(cell.cell)
        proposed_color = self.proposed_colors.get(proposal.status_code, "") if proposal is not None else None
        flagged = self.flagged_of(cell.cell)
        rect: QRect = option.rect
        state = option.state.value
        count_text = str(cell.evidence_count) if cell.evidence_count else ""
        common = self.pass_look or (option.palette.cacheKey(), option.font.key(), painter.device().devicePixelRatioF())
        font_key, ratio = common[1], common[2]
        # The evidence count is not part of the cell's look (on a big tracker nearly every cell has its own
        # count, so a new page would miss the cache): the look keeps room for that many digits, and the
        # count's pill is a second, small cached picture drawn over it.
        key = (
            cell.status_label, cell.color, cell.score, len(count_text), cell.needs_review,
            None if before is None else _change_arrow(cell, before), proposed_color, flagged,
            bool(state & _SELECTED), bool(state & _HAS_FOCUS), rect.width(), rect.height(), *common,
        )
        pixmap = self._cached(key, rect.size(), ratio, lambda p: self.paint_cell(
            p, QRect(0, 0, rect.width(), rect.height()), option, cell, before, with_count=False,
            proposed_color=proposed_color, flagged=flagged))
        painter.drawPixmap(rect.topLeft(), pixmap)
        if count_text:
            where = (rect.width(), rect.height(), len(count_text), cell.needs_review, font_key)
            pill = self._pills.get(where)
            if pill is None:
                pill = self._pills[where] = self.count_rect(QRect(0, 0, rect.width(), rect.height()), option, cell)
            size = QSize(math.ceil(pill.width()), math.ceil(pill.height()))
            pill_pixmap = self._cached(("count", count_text, size.width(), *common), size, ratio, lambda p: (
                self.paint_count(p, QRectF(0, 0, pill.width(), pill.height()), option, count_text)))
            painter.drawPixmap(QPointF(rect.left() + pill.left(), rect.top() + pill.top()), pill_pixmap)

    def _cached(self, key: tuple[Any, ...], size: QSize, ratio: float, paint: Any) -> QPixmap:
        """The picture for ``key``, painted by ``paint(painter)`` the first time it is needed."""
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        pixmap = QPixmap(max(1, math.ceil(size.width() * ratio)), max(1, math.ceil(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        cell_painter = QPainter(pixmap)
        paint(cell_painter)
        cell_painter.end()
        self._pixmaps[key] = pixmap
        if len(self._pixmaps) > self.CACHE_SIZE:
            self._pixmaps.popitem(last=False)
        return pixmap

    @staticmethod
    def _side(rect: QRect, option: QStyleOptionViewItem, cell: CellStatus) -> tuple[QRect, int, QFont]:
        """Where the count and the review mark go (right of the label), its width, and the count's font."""
        font = QFont(option.font)
        fm = QFontMetrics(font)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        sfm = QFontMetrics(small)
        digits = len(str(cell.evidence_count)) if cell.evidence_count else 0
        side_w = max(
            sfm.horizontalAdvance("8" * digits) + 7 if digits else 0,  # room for any count of that many digits
            fm.horizontalAdvance(REVIEW_MARK) + 2 if cell.needs_review else 0,
        )
        return QRect(rect.right() - side_w - 2, rect.top() + 2, side_w, rect.height() - 4), side_w, small

    def count_rect(self, rect: QRect, option: QStyleOptionViewItem, cell: CellStatus) -> QRectF:
        """The evidence count's pill within a cell at ``rect``."""
        side, side_w, _small = self._side(rect, option, cell)
        half = side.height() // 2
        return QRectF(side.left(), side.top() + (half - 14) / 2 + 1, side_w, 14)

    @staticmethod
    def paint_count(painter: QPainter, pill: QRectF, option: QStyleOptionViewItem, count_text: str) -> None:
        """The evidence count: a number in a faint pill."""
        palette: QPalette = option.palette
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small)
        painter.setPen(Qt.PenStyle.NoPen)
        pill_color = QColor(palette.color(QPalette.ColorRole.Text))
        pill_color.setAlphaF(0.12)
        painter.setBrush(pill_color)
        painter.drawRoundedRect(pill, 7, 7)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), count_text)
        painter.restore()

    def paint_cell(
        self, painter: QPainter, rect: QRect, option: QStyleOptionViewItem, cell: CellStatus, before: CellStatus | None,
        *, with_count: bool = True, proposed_color: str | None = None, flagged: bool = False,
    ) -> None:
        """Paint one status cell into ``rect`` (the cached look of :meth:`paint`, which adds the count itself)."""
        palette: QPalette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(cell.color)
        base = palette.color(QPalette.ColorRole.Base)
        tint = QColor(color)
        tint.setAlphaF(0.16 if cell.score is not None else 0.0)
        # Filled with drawRect and no pen, not fillRect: resolving fillRect's overloads makes PySide6 build
        # QGradient's enums (2 ms of the first paint); on whole pixels the two fill the same area.
        painter.setPen(Qt.PenStyle.NoPen)
        for fill in (base, tint):
            painter.setBrush(fill)
            painter.drawRect(rect)
        if option.state & QStyle.StateFlag.State_Selected:
            sel = QColor(palette.color(QPalette.ColorRole.Highlight))
            sel.setAlphaF(0.28)
            painter.setBrush(sel)
            painter.drawRect(rect)
        painter.setBrush(color if cell.score is not None else palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(QRect(rect.left(), rect.top(), 4, rect.height()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        text_color = palette.color(QPalette.ColorRole.Text)
        mark_size = 14
        changed = change_color(palette)
        arrow_w = 0
        if before is not None:  # ▲/▼ before the mark, in the change colour (never the selection's)
            arrow_w = 14
            _paint_arrow(painter, QRectF(rect.left() + 7, rect.center().y() - 6 + 0.5, 12, 12),
                         _change_arrow(cell, before) == "▲", changed)
        mark = QRectF(rect.left() + 8 + arrow_w, rect.center().y() - mark_size / 2 + 0.5, mark_size, mark_size)
        paint_status_mark(painter, mark, cell.score, color, text_color)
        font = QFont(option.font)
        fm = QFontMetrics(font)
        side, side_w, _small = self._side(rect, option, cell)
        count_text = str(cell.evidence_count) if cell.evidence_count else ""
        left = int(mark.right()) + 5
        text_rect = QRect(left, rect.top(), rect.right() - left - side_w - 2, rect.height())
        painter.setFont(font)
        painter.setPen(text_color if cell.score is not None else palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         _fit_label(cell.status_label, fm, text_rect.width()))
        half = side.height() // 2
        if count_text and with_count:
            self.paint_count(painter, self.count_rect(rect, option, cell), option, count_text)
        if cell.needs_review:
            painter.setFont(font)
            light = palette.color(QPalette.ColorRole.Base).lightness() > 128
            painter.setPen(QColor("#B06000") if light else QColor("#FFB74D"))
            review_rect = QRect(side.left(), side.top() + half, side_w, side.height() - half)
            painter.drawText(review_rect, int(Qt.AlignmentFlag.AlignCenter), REVIEW_MARK)
        if proposed_color is not None:  # ◆ in the top left corner, in the proposed status's colour, outlined
            paint_proposed_mark(painter, QRectF(rect.left() + 6, rect.top() + 1.5, 9, 9),
                                QColor(proposed_color or text_color), text_color)
        if flagged:  # ⚠ in the top left corner (beside the ◆ when there is one): conflicting judgements
            corner = rect.left() + (17.5 if proposed_color is not None else 5.5)
            paint_conflict_mark(painter, QRectF(corner, rect.top() + 1.0, 11, 10), palette)
        if before is not None:
            painter.setPen(QPen(changed, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = 4 if before is not None else 1  # inside the change outline, so both show
            painter.drawRect(QRectF(rect).adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), max(hint.height(), 38))


_SELECTED = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value


#: The matrix header's usual height: four lines of a title.
HEADER_MIN_HEIGHT = 66
# The narrowest a recommendation column gets (a status icon and an evidence count still fit).
MIN_REC_WIDTH = 56


class MatrixView(QTableView):
    """The matrix table: sortable, keyboard-first, Enter opens the status form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusMatrix")
        self.setAccessibleName(self.tr("Status matrix"))
        self.setAccessibleDescription(self.tr(
            "Countries in rows, recommendations in columns; each cell is a country's status on a recommendation."
        ))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(StatusDelegate(self))
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(38)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(HEADER_MIN_HEIGHT)
        header.setSectionsClickable(True)
        header.setHighlightSections(False)
        # The header grows to the tallest wrapped title once the columns have their widths (a long Belarusian
        # title takes five lines where the English takes three); measured once per burst of resizes.
        self._header_fit = QTimer(self)
        self._header_fit.setSingleShot(True)
        self._header_fit.setInterval(0)
        self._header_fit.timeout.connect(self.fit_header_height)
        header.sectionResized.connect(lambda *_args: self._header_fit.start())
        self.setShowGrid(True)
        self._current_before_reset: tuple[str, str] | None = None
        self._typed = ""  # type-ahead: what was typed within the keyboard input interval
        self._typed_timer = QElapsedTimer()
        self._recs = 0  # the recommendation columns (size_columns), and the width their titles need
        self._rec_width = MIN_REC_WIDTH

    def fit_header_height(self) -> None:
        """Make the header as tall as its tallest title wrapped to its column's width (never below the usual)."""
        header = self.horizontalHeader()
        model = self.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        tallest = 0
        for col in range(model.columnCount()):
            width = header.sectionSize(col) - 8  # the style's margins on both sides
            text = model.headerData(col, Qt.Orientation.Horizontal)
            if width > 0 and text:
                tallest = max(tallest, metrics.boundingRect(QRect(0, 0, width, 10_000), flags, str(text)).height())
        header.setMinimumHeight(max(HEADER_MIN_HEIGHT, tallest + 12))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Paint, telling the delegate once what all cells share (its cells would each ask for copies)."""
        delegate = self.itemDelegate()
        if not isinstance(delegate, StatusDelegate):
            super().paintEvent(event)
            return
        # the options it hands each cell copy the view's palette and font (QAbstractItemView.initViewItemOption)
        delegate.pass_look = (self.palette().cacheKey(), self.font().key(), self.viewport().devicePixelRatioF())
        try:
            super().paintEvent(event)
        finally:
            delegate.pass_look = None

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 (Qt override)
        """Typing a country's name or code jumps to its row (rows are countries; case and accents ignored).

        Qt's own type-ahead would search the current column's status labels.
        """
        if not search:
            return
        if not self._typed_timer.isValid() or self._typed_timer.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._typed_timer.restart()
        self._typed += search
        model = self.model()
        countries = [(model.index(r, 0).data(COUNTRY_ROLE) or "", model.index(r, 0).data() or "")
                     for r in range(model.rowCount())]
        from .goto import best_country  # loads with the first letter typed, not at start-up

        row = best_country(self._typed, countries)
        if row is not None:
            column = self.currentIndex().column() if self.currentIndex().isValid() else 1
            self.setCurrentIndex(model.index(row, column))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt override)
        """Show ``model`` (the proxy over a :class:`MatrixModel`), keeping the selected cell across its reloads."""
        super().setModel(model)
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        delegate = self.itemDelegate()
        if isinstance(delegate, StatusDelegate) and isinstance(source, MatrixModel):
            delegate.changes_shown = lambda: bool(source.before)
            delegate.proposal_of = lambda cell: source.state.proposals.get(cell) if source.state.proposals else None
            delegate.proposed_colors = {s.code: s.color for s in source.book.statuses}
            delegate.flagged_of = lambda cell: bool(source.state.flagged) and cell in source.state.flagged
            source.modelReset.connect(
                lambda: setattr(delegate, "proposed_colors", {s.code: s.color for s in source.book.statuses}))
        if model is not None:
            model.modelAboutToBeReset.connect(self._remember_current)
            model.modelReset.connect(self._after_reset)
            self.size_columns(model.columnCount() - 4)

    def _remember_current(self) -> None:
        cell = self.currentIndex().data(CELL_ROLE) if self.currentIndex().isValid() else None
        self._current_before_reset = cell.cell if cell is not None else None

    def _after_reset(self) -> None:
        """Columns follow the recommendations; the same cell stays selected when it is still shown."""
        model = self.model()
        self.size_columns(model.columnCount() - 4)
        wanted, self._current_before_reset = self._current_before_reset, None
        if wanted is None:
            return
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else None
        if isinstance(source, MatrixModel) and isinstance(model, QSortFilterProxyModel):
            found = source.index_of_cell(*wanted)  # direct: scanning 10,000 cells in Python took ~100 ms
            if found.isValid():
                self.setCurrentIndex(model.mapFromSource(found))
            return
        for row in range(model.rowCount()):
            for col in range(1, model.columnCount() - 3):
                index = model.index(row, col)
                cell = index.data(CELL_ROLE)
                if cell is not None and cell.cell == wanted:
                    self.setCurrentIndex(index)
                    return

    def size_columns(self, recs: int) -> None:
        """Recommendation columns share the width, never narrower than their titles' longest word (then the
        matrix scrolls sideways instead: a window half a screen wide, or a codebook of 50 recommendations, cut
        "Temporary" to "emporar"); the others fit their content."""
        self._recs = recs
        self._rec_width = self._widest_title_word(recs)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_REC_WIDTH)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(0, 122)
        for col in range(1, recs + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col, width in zip(range(recs + 1, recs + 4), (60, 68, 50), strict=True):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            # wider where the header needs it ("Охоплення" is longer than "Coverage"; English keeps its widths)
            text = str(self.model().headerData(col, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(col, max(width, header.fontMetrics().horizontalAdvance(text) + 16))
        self.fit_recommendation_columns()

    def _widest_title_word(self, recs: int) -> int:
        """The width a recommendation column needs so that its title wraps between words (or at a soft hyphen,
        which shows as a hyphen) without cutting one; at least the header's usual minimum."""
        model, metrics = self.model(), self.horizontalHeader().fontMetrics()
        widest = 0
        for col in range(1, recs + 1):
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            for word in title.split():
                pieces = word.split("\u00ad")
                for n, piece in enumerate(pieces):
                    widest = max(widest, metrics.horizontalAdvance(piece + ("-" if n < len(pieces) - 1 else "")))
        return max(MIN_REC_WIDTH, widest + 12)  # the header's margins on both sides, and a little air

    def fit_recommendation_columns(self) -> None:
        """Stretch the recommendation columns over the room there is, or fix them at their titles' need."""
        recs = self._recs
        if not recs:
            return
        header = self.horizontalHeader()
        others = sum(self.columnWidth(col) for col in (0, recs + 1, recs + 2, recs + 3))
        room = self.viewport().width() - others
        mode = QHeaderView.ResizeMode.Stretch if room >= self._rec_width * recs else QHeaderView.ResizeMode.Fixed
        for col in range(1, recs + 1):
            if header.sectionResizeMode(col) != mode:
                header.setSectionResizeMode(col, mode)
            if mode == QHeaderView.ResizeMode.Fixed and self.columnWidth(col) != self._rec_width:
                self.setColumnWidth(col, self._rec_width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit_recommendation_columns()
