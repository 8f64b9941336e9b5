"""The Scorecards view: one country at a time, and the ranking of all countries.

The country card shows a bar per recommendation in its status colour *with*
its label and mark, the score, grade, rank and coverage (no grade and no rank
under the codebook's coverage threshold), the change since the toolbar's
"Changes since" date (one date for the whole window), and the evidence behind
each status.  The bar chart is painted
with QPainter (vector drawing, so it is crisp at any size and on high-DPI
screens).  The ranking is a QAbstractTableModel over computed scores.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.ops import Change
from db.queries import CellStatus
from db.records import record
from db.search import get_evidence

from ..matrix_state import MatrixState, ViewKey
from ..scoring import CountryScore
from .context import AppContext
from .details import code_word
from .icons import paint_status_mark, status_icon
from .language import sorted_by_name
from .matrix import english_interface, missing_last, missing_last_less_than, score_texts
from .models import QT_TRANSLATE_NOOP, ListTableModel
from .widgets import display_date, fill_in

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
URL_ROLE = Qt.ItemDataRole.UserRole + 3

#: The ranking's columns in English (shown translated: context "RankingModel").
RANK_COLUMNS = (
    QT_TRANSLATE_NOOP("RankingModel", "Rank"), QT_TRANSLATE_NOOP("RankingModel", "Country"),
    QT_TRANSLATE_NOOP("RankingModel", "Score"), QT_TRANSLATE_NOOP("RankingModel", "Coverage"),
    QT_TRANSLATE_NOOP("RankingModel", "Grade"), QT_TRANSLATE_NOOP("RankingModel", "Change"),
)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def change_text(before: CountryScore | None, after: CountryScore) -> str:
    """'+12.5', '−3.0', 'new', '0.0' or '' — how a score moved."""
    if before is None or after.score is None:
        return ""
    if before.score is None:
        return "new"
    delta = round(after.score - before.score, 1)
    if delta > 0:
        return f"+{delta:.1f}"
    if delta < 0:
        return f"−{abs(delta):.1f}"
    return "0.0"


def shown_change(moved: str) -> str:
    """:func:`change_text` as the interface writes it: 'new' in its language, numbers its way ('+12,5')."""
    if moved == "new":
        return score_texts().new_score()
    if not moved or english_interface():
        return moved
    from PySide6.QtCore import QLocale

    return moved.replace(".", QLocale().decimalPoint())


class RankingModel(ListTableModel):
    """Every country's score as of the view's date (ranks within the group filter)."""

    COLUMNS = RANK_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.before: dict[str, CountryScore] = {}
        self._sort_keys: list[tuple[Any, ...]] = []
        #: The language of the country names: outside English, names sort in its alphabet's order (і, ў, ł, ė
        #: in their places, not after z by code point), through each country's place in that order.
        self.language = "en"
        self._name_place: dict[str, int] = {}

    @property
    def scores(self) -> list[CountryScore]:
        return self.rows

    @property
    def sort_keys(self) -> list[tuple[Any, ...]]:
        """Each row's sort key per column (what ``SORT_ROLE`` gives), kept current with the rows."""
        return self._sort_keys

    def set_scores(self, scores: list[CountryScore], before: list[CountryScore]) -> None:
        """Show these scores: the same countries as now are updated in place (only changed rows repaint
        and move), other countries reset the model."""
        if self.language != "en":  # equal ranks and scores in the order of the names in the language
            self._name_place = {code: i for i, (code, _name) in enumerate(
                sorted_by_name([(s.country_code, s.country_name) for s in scores], self.language))}
            scores = sorted(scores, key=lambda s: (s.rank is None, s.rank or 0, s.score is None, -(s.score or 0.0),
                                                   self._name_place[s.country_code]))
        by_code = {s.country_code: s for s in scores}
        old_before, self.before = self.before, {s.country_code: s for s in before}
        if len(by_code) != len(self.rows) or any(r.country_code not in by_code for r in self.rows):
            self.beginResetModel()
            self.rows = scores
            self._sort_keys = [self._sort_key(s) for s in scores]
            self.endResetModel()
            return
        changed: list[int] = []
        for row, old in enumerate(self.rows):
            code = old.country_code
            new = by_code[code]
            if new != old or old_before.get(code) != self.before.get(code):
                self.rows[row] = new
                self._sort_keys[row] = self._sort_key(new)
                changed.append(row)
        # One signal per run of changed rows: after a new as-of date nearly every row changes, and 200 signals
        # made the sort proxy sort 200 times (at 1m, a third of opening the tab after the date changed).
        last = len(self.COLUMNS) - 1
        for first, end in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))

    def _sort_key(self, s: CountryScore) -> tuple[Any, ...]:
        """What each column sorts on, computed once per score (sorting asks for it again and again).

        None (no rank, no score, no grade, no change) sorts last in both directions (:class:`RankingProxy`).
        """
        return (
            float(s.rank) if s.rank else None,
            s.country_name.casefold() if self.language == "en" else float(self._name_place.get(s.country_code, 0)),
            s.score,
            float(s.assessed),
            s.score if s.graded else None,
            _delta(self.before.get(s.country_code), s),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SORT_ROLE and index.isValid() and index.row() < len(self._sort_keys):
            return self._sort_keys[index.row()][index.column()]
        return super().data(index, role)

    def cell(self, s: CountryScore, col: int, role: int) -> Any:
        if role == CODE_ROLE:
            return s.country_code
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            texts = score_texts()
            values = (
                str(s.rank) if s.rank else "—",
                s.country_name,
                texts.score_value(s.score) + (" *" if s.score is not None and s.incomplete else ""),
                texts.of(s.assessed, s.total),
                s.grade or "—",
                shown_change(change_text(self.before.get(s.country_code), s)),
            )
            return values[col]
        if role == SORT_ROLE:
            return self._sort_key(s)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col != 1 and not s.graded:
            texts = score_texts()
            why = texts.not_graded(s)
            return f"{why[:1].upper()}{why[1:]}: {texts.until(s)}."
        return None


class RankingProxy(QSortFilterProxyModel):
    """Sorts the ranking; countries without a rank, score or grade stay last whichever way a column is sorted."""

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt override)
        model = self.sourceModel()
        if isinstance(model, RankingModel) and self.sortRole() == SORT_ROLE:
            # The model's sort keys read directly: two data() calls through Qt per comparison were most of a sort.
            keys = model.sort_keys
            return missing_last(keys[left.row()][left.column()], keys[right.row()][right.column()], self.sortOrder())
        return missing_last_less_than(self, left, right)


def _delta(before: CountryScore | None, after: CountryScore) -> float | None:
    if before is None or before.score is None or after.score is None:
        return None
    return after.score - before.score


@record(frozen=True)
class Bar:
    title: str
    cell: CellStatus


class BarChart(QWidget):
    """One horizontal bar per recommendation: length = score, colour = status,
    with the status mark and label written beside it (never colour alone)."""

    ROW = 46
    LABEL_W_MIN = 180

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setAccessibleName(self.tr("Scores by recommendation"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(
                f"{b.title}: {b.cell.status_label}" + (
                    "" if b.cell.score is None else f" ({score_texts().number(b.cell.score)})")
                for b in bars
            )
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(560, max(1, len(self.bars)) * self.ROW + 28)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, max(1, len(self.bars)) * self.ROW + 28)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.18)
        font = QFont(self.font())
        fm = QFontMetrics(font)
        label_w = max(self.LABEL_W_MIN, int(self.width() * 0.32))
        chart_left = label_w + 12
        value_w = 150
        chart_w = max(60, self.width() - chart_left - value_w - 8)
        # scale: 0, 25, 50, 75, 100
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(small)
        bottom = len(self.bars) * self.ROW
        for tick in (0, 25, 50, 75, 100):
            x = chart_left + chart_w * tick / 100
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DashLine if tick not in (0, 100) else Qt.PenStyle.SolidLine))
            painter.drawLine(int(x), 4, int(x), bottom)
            painter.setPen(text)
            painter.drawText(QRectF(x - 20, bottom + 4, 40, 18), int(Qt.AlignmentFlag.AlignCenter), str(tick))
        painter.setFont(font)
        for i, bar in enumerate(self.bars):
            top = i * self.ROW
            painter.setPen(text)
            title_rect = QRectF(0, top + 2, label_w, self.ROW - 4)
            title_flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap
            painter.drawText(title_rect, int(title_flags),
                             fm.elidedText(bar.title, Qt.TextElideMode.ElideRight, label_w * 2 - 10))
            bar_rect = QRectF(chart_left, top + 12, chart_w, self.ROW - 24)
            color = QColor(bar.cell.color)
            if bar.cell.score is None:
                pen = QPen(grid, 1.2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(bar_rect, 3, 3)
            else:
                filled = QRectF(bar_rect)
                filled.setWidth(max(3.0, chart_w * bar.cell.score / 100))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(filled, 3, 3)
            mark = QRectF(chart_left + chart_w + 10, top + (self.ROW - 16) / 2, 16, 16)
            paint_status_mark(painter, mark, bar.cell.score, color, text)
            painter.setPen(text)
            label = bar.cell.status_label + (
                "" if bar.cell.score is None else f" ({score_texts().number(bar.cell.score)})")
            painter.drawText(QRectF(mark.right() + 6, top, value_w - 30, self.ROW),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), label)
        painter.end()


class CountryCard(QWidget):
    """A country's scorecard: headline figures, bars, and the evidence behind each status."""

    open_link_requested = Signal(str)
    report_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.country: str | None = None
        self.setAccessibleName(self.tr("Country scorecard"))
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Country"))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setAccessibleName(self.tr("Score, grade, rank and coverage"))
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.change = QLabel()
        self.change.setAccessibleName(self.tr("Change since the comparison date"))
        self.change.setWordWrap(True)
        self.chart = BarChart()
        self.evidence = QTreeWidget()
        self.evidence.setAccessibleName(self.tr("Evidence behind each status"))
        self.evidence.setHeaderLabels([self.tr("Recommendation / evidence"), self.tr("Date"), self.tr("Publisher")])
        self.evidence.header().setStretchLastSection(False)
        self.evidence.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.evidence.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.evidence.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.evidence.setColumnWidth(2, 120)
        self.evidence.setWordWrap(True)
        self.evidence.setUniformRowHeights(False)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.itemActivated.connect(self._activated)
        self.report_button = QPushButton(self.tr("Report for this country…"))
        self.report_button.setAccessibleName(self.tr("Report for this country"))
        self.report_button.clicked.connect(lambda: self.country and self.report_requested.emit(self.country))
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.figures)
        layout.addWidget(self.change)
        layout.addWidget(self.chart)
        title = QLabel(fill_in("<b>%1</b>", self.tr("Evidence behind each status")))
        layout.addWidget(title)
        layout.addWidget(self.evidence, 1)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        url = item.data(0, URL_ROLE)
        if url:
            self.open_link_requested.emit(url)

    def show_country(
        self, score: CountryScore | None, before: CountryScore | None, total_ranked: int, since: str | None
    ) -> None:
        self.evidence.clear()
        if score is None:
            self.country = None
            self.heading.setText(fill_in("<h2 style='margin:0'>%1</h2>", self.tr("Choose a country in the ranking")))
            self.figures.clear()
            self.change.clear()
            self.chart.set_bars([])
            self.report_button.setEnabled(False)
            return
        self.country = score.country_code
        self.report_button.setEnabled(True)
        book = self.ctx.state.book
        self.heading.setText(
            f"<h2 style='margin:0'>{escape(score.country_name)} "
            f"<span style='font-weight:normal'>({score.country_code})</span></h2>"
        )
        texts = score_texts()
        value = texts.score_value(score.score)
        dot = " &nbsp;·&nbsp; "
        if score.graded:
            place = ordinal(score.rank or 0) if english_interface() else str(score.rank or 0)
            verdict = dot.join((fill_in(self.tr("grade <b>%1</b>"), escape(score.grade or "—")),
                                fill_in(self.tr("ranked %1 of %2", "3rd of 37"), place, total_ranked),
                                texts.coverage(score.assessed, score.total)))
        else:
            verdict = f"<b>{escape(texts.not_graded(score))}</b>{dot}{texts.until(score)}"
        as_of = fill_in(self.tr("as of %1"), display_date(self.ctx.as_of()))
        if not english_interface():  # kept on one line ("на 30.11.2026" wrapped after "на")
            as_of = as_of.replace(" ", "&nbsp;")
        self.figures.setText(
            f"<span style='font-size:20pt; font-weight:600'>{value}</span>&nbsp; / 100{dot}{verdict}{dot}{as_of}"
        )
        moved = change_text(before, score)
        if since and moved:
            word = {"new": self.tr("first scored"), "0.0": self.tr("no change")}.get(moved) or shown_change(moved)
            was = "" if before is None or before.score is None else fill_in(
                self.tr(" (was %1)"), texts.score_value(before.score))
            self.change.setText(fill_in(self.tr("Since %1: %2"), display_date(since), word + was))
        elif since:
            self.change.setText(fill_in(self.tr("Since %1: no score to compare"), display_date(since)))
        else:
            self.change.clear()
        titles = {r.code: r.title for r in book.recommendations}
        bars = [Bar(titles[code], cell) for code, cell in score.cells.items()]
        self.chart.set_bars(bars)
        # The shared cache holds no evidence lists (see MatrixState.cell): read this country's now.
        cited = self.ctx.state.cited(cell.cell for cell in score.cells.values())
        cells = {code: cited.get(cell.cell, cell) for code, cell in score.cells.items()}
        uids = [u for cell in cells.values() for u in cell.evidence_uids]
        evidence = {e.uid: e for e in get_evidence(self.ctx.tracker, list(dict.fromkeys(uids)))}
        numbers: dict[str, int] = {}
        for code, cell in cells.items():
            parent = QTreeWidgetItem([f"{titles[code]} — {cell.status_label}", display_date(cell.effective_date), ""])
            parent.setIcon(0, status_icon(cell.score, cell.color))
            parent.setToolTip(0, cell.rationale or self.tr("Not assessed yet."))
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.evidence.addTopLevelItem(parent)
            if cell.rationale:
                why = QTreeWidgetItem([fill_in(self.tr("Why: %1"), cell.rationale), "", code_word(cell.confidence)])
                why.setToolTip(0, cell.rationale)
                parent.addChild(why)
            for uid in cell.evidence_uids:
                e = evidence.get(uid)
                if e is None:
                    continue
                n = numbers.setdefault(uid, len(numbers) + 1)
                title = e.title or e.url or self.tr("(untitled)")
                child = QTreeWidgetItem([f"[{n}] {title}", display_date(e.event_date), e.publisher or ""])
                child.setData(0, URL_ROLE, e.url or "")
                child.setToolTip(0, e.url or self.tr("No link"))
                parent.addChild(child)
            parent.setExpanded(True)
        self.evidence.resizeColumnToContents(1)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as runs of consecutive rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ScorecardsView(QWidget):
    """Ranking on the left, the chosen country's scorecard on the right."""

    open_link_requested = Signal(str)
    report_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Scorecards"))
        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Country ranking"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        fm = header.fontMetrics()
        for col, width in enumerate((52, 0, 66, 70, 52, 62)):
            if width:  # wider where the header needs it in the interface's language (with room for the sort arrow)
                text = str(self.proxy.headerData(col, Qt.Orientation.Horizontal) or "")
                self.table.setColumnWidth(col, max(width, fm.horizontalAdvance(text) + 22))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # One "changes since" date for the whole window: the toolbar's (ctx.view.compare_from), shown here.
        self.since_label = QLabel()
        self.since_label.setAccessibleName(self.tr("Change since"))
        self.since_label.setWordWrap(True)
        self.card = CountryCard(ctx)
        self.card.open_link_requested.connect(self.open_link_requested)
        self.card.report_requested.connect(self.report_requested)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.since_label)
        left_layout.addWidget(self.table, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        # English's 400 px, or what longer headers take plus room for a country's name (~170 px)
        fixed = sum(self.table.columnWidth(col) for col in (0, 2, 3, 4, 5))
        left_width = max(400, fixed + 170)
        split.setSizes([left_width, 1220 - left_width])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        # The ranking comes from the shared cache the matrix already computed; the scores at the
        # "change since" date and the card are computed when the tab is first shown.
        self._before: MatrixState | None = None
        self._card_shown: tuple[Any, ...] | None = None
        self._pending: list[Change] = []
        self._stale = True
        self._chosen: str | None = None  # the country to open on at the next refresh (choose_country)
        self.model.language = ctx.state.key.language
        self.model.set_scores(ctx.state.ranking(), [])
        ctx.bus.changed.connect(self.mark_stale)
        ctx.bus.view_changed.connect(self.mark_stale)
        ctx.bus.tracker_replaced.connect(self.mark_stale)

    def mark_stale(self, change: Change | None = None) -> None:
        """Scores are refreshed now if on screen, else when next shown."""
        if isinstance(change, Change):
            self._pending.append(change)
        if not isinstance(change, Change) or change.codebook or change.evidence:
            self._card_shown = None  # titles or evidence the card lists may have changed
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def since_date(self) -> str | None:
        """The toolbar's "Changes since" date, or None when it is off (then no change is shown)."""
        return self.ctx.view.compare_from

    def _show_since(self) -> None:
        since = self.since_date()
        self.table.setColumnHidden(RANK_COLUMNS.index("Change"), since is None)
        if since:
            self.since_label.setText(fill_in(
                self.tr("Change: scores compared with <b>%1</b> (the toolbar's “Changes since”)"), display_date(since)))
        else:
            self.since_label.setText(
                self.tr("Tick “Changes since” in the toolbar (Ctrl+Shift+D) to see how scores moved."))

    def since_computed(self) -> bool:
        """Whether the scores at the "change since" date have been computed (not before the tab is first shown)."""
        return self._before is not None

    def before_state(self, since: str) -> MatrixState:
        """Scores at the "change since" date, for the same countries: computed once per date, then kept current."""
        ctx = self.ctx
        key = ViewKey(since, ctx.view.group, ctx.review_interval())
        if self._before is None:
            self._before = MatrixState(ctx.tracker, key)
        elif not self._before.configure(ctx.tracker, key):
            for change in self._pending:
                self._before.apply_change(change)
        self._pending.clear()
        return self._before

    def refresh(self, *_args: Any) -> None:
        """Show the scores for the as-of date, the group filter and the comparison date (from the caches)."""
        self._stale = False
        chosen, self._chosen = self._chosen or self.card.country, None
        state = self.ctx.state
        for change in self._pending:  # the matrix has normally applied these already: then this costs nothing
            state.apply_change(change)
        now = state.ranking()
        self.model.language = state.key.language
        since = self.since_date()
        self._show_since()
        if since is None:
            for change in self._pending:  # the kept comparison state must not miss edits made while it was off
                if self._before is not None:
                    self._before.apply_change(change)
            self._pending.clear()
            self.model.set_scores(now, [])
        else:
            self.model.set_scores(now, list(self.before_state(since).scores.values()))
        first = self.proxy.index(0, 0).data(CODE_ROLE) if self.proxy.rowCount() else None  # the top of the list
        self.select_country(chosen or first)

    def choose_country(self, code: str) -> None:
        """Show ``code``'s scorecard: at once when the tab is up to date, else in the refresh that showing it
        does (the tab's first show fills the card once, for this country, not for the top one and then this)."""
        if self._stale and not self.isVisible():
            self._chosen = code
        else:
            self.select_country(code)

    def select_country(self, code: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(CODE_ROLE) == code:
                self.table.setCurrentIndex(self.proxy.index(row, 1))
                self._show_selected()
                return
        self._card_shown = None
        self.card.show_country(None, None, 0, None)

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self._card_shown = None
            self.card.show_country(None, None, 0, None)
            return
        code = index.data(CODE_ROLE)
        score = next(s for s in self.model.scores if s.country_code == code)
        ranked = sum(1 for s in self.model.scores if s.rank)
        shown = (score, self.model.before.get(code), ranked, self.since_date(), self.ctx.as_of())
        if shown == self._card_shown and self.card.country == code:
            return  # an edit elsewhere: the card would be drawn the same
        self._card_shown = shown
        self.card.show_country(score, self.model.before.get(code), ranked, self.since_date())
