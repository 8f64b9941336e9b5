"""The status bar: the tracker file, its counts, and the as-of date in force.

It keeps itself current from the bus (an edit changes the counts, the view
controls change the date, opening a file changes everything).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from db.queries import counts

from .context import AppContext


class TrackerStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Status bar")
        self.path_label = QLabel()
        self.path_label.setAccessibleName("Tracker file")
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName("Counts")
        self.as_of_label = QLabel()
        self.as_of_label.setAccessibleName("As-of date in force")
        self.addWidget(self.path_label, 1)
        self.addPermanentWidget(self.counts_label)
        self.addPermanentWidget(self.as_of_label)
        self.refresh()
        ctx.bus.changed.connect(self.update_counts)
        ctx.bus.view_changed.connect(self.update_as_of)
        ctx.bus.view_changed.connect(self.update_counts)
        ctx.bus.tracker_replaced.connect(self.refresh)

    def refresh(self) -> None:
        t = self.ctx.tracker
        self.path_label.setText(str(t.path) if t.path else "(not saved to a file)")
        self.update_counts()
        self.update_as_of()

    def update_counts(self, *_args: Any) -> None:
        """What is shown: the countries in the matrix (and their group), then the tracker's totals."""
        c = counts(self.ctx.tracker)
        group = self.ctx.view.group
        shown = len(self.ctx.state.countries) if group else c["countries"]
        countries = plural(shown, "country", "countries") + (f" ({group})" if group else "")
        self.counts_label.setText(
            f"{countries} · {plural(c['recommendations'], 'recommendation')} · "
            f"{plural(c['evidence'], 'piece of evidence', 'pieces of evidence')} · "
            f"{plural(c['assessments'], 'assessment')}"
        )
        self.counts_label.setToolTip(
            "Countries shown in the matrix" + (f" (group filter: {group})" if group else "")
            + "; recommendations, evidence and assessments in the whole tracker"
        )

    def update_as_of(self) -> None:
        view = self.ctx.view
        text = f"As of {self.ctx.as_of()}" + (" (today)" if view.as_of is None else "")
        if view.compare_from:
            text += f" · changes since {view.compare_from} outlined"
        self.as_of_label.setText(text)


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 country', '3 countries', '0 assessments'."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
