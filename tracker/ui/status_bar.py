"""The status bar: the tracker file, its counts, and the as-of date in force.

It keeps itself current from the bus (an edit changes the counts, the view
controls change the date, opening a file changes everything).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from db.queries import counts

from .context import AppContext
from .widgets import ElidedLabel


class TrackerStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Status bar"))
        self.path_label = ElidedLabel()  # a long path gives way, not the window's width
        self.path_label.setAccessibleName(self.tr("Tracker file"))
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Counts"))
        self.as_of_label = QLabel()
        self.as_of_label.setAccessibleName(self.tr("As-of date in force"))
        self.addWidget(self.path_label, 1)
        # A message takes the path's place.  QStatusBar hides it, but any later layout of the bar (a permanent
        # widget added, as the sync indicator is after the first paint) showed it again under the message.
        self.messageChanged.connect(self._message_changed)
        self.addPermanentWidget(self.counts_label)
        self.addPermanentWidget(self.as_of_label)
        self.refresh()
        ctx.bus.changed.connect(self.update_counts)
        ctx.bus.view_changed.connect(self.update_as_of)
        ctx.bus.view_changed.connect(self.update_counts)
        ctx.bus.tracker_replaced.connect(self.refresh)

    def _message_changed(self, message: str) -> None:
        self.path_label.setVisible(not message)
        # A long message (why no backup was made) is cut where the counts begin: its tooltip has all of it.
        self.setToolTip(message)

    def refresh(self) -> None:
        t = self.ctx.tracker
        self.path_label.setText(str(t.path) if t.path else self.tr("(not saved to a file)"))
        self.update_counts()
        self.update_as_of()

    def update_counts(self, *_args: Any) -> None:
        """What is shown: the countries in the matrix (and their group), then the tracker's totals."""
        c = counts(self.ctx.tracker)
        group = self.ctx.view.group
        shown = len(self.ctx.state.countries) if group else c["countries"]
        n_recommendations, n_evidence, n_assessments = c["recommendations"], c["evidence"], c["assessments"]
        countries = count_text(self.tr("%Ln countries", "", shown),
                               "%Ln countries", shown, "country", "countries") + (f" ({group})" if group else "")
        recommendations = count_text(self.tr("%Ln recommendations", "", n_recommendations),
                                     "%Ln recommendations", n_recommendations, "recommendation")
        evidence = count_text(self.tr("%Ln pieces of evidence", "", n_evidence),
                              "%Ln pieces of evidence", n_evidence, "piece of evidence", "pieces of evidence")
        assessments = count_text(self.tr("%Ln assessments", "", n_assessments),
                                 "%Ln assessments", n_assessments, "assessment")
        self.counts_label.setText(f"{countries} · {recommendations} · {evidence} · {assessments}")
        self.counts_label.setToolTip(
            self.tr("Countries shown in the matrix (group filter: %1); recommendations, evidence and assessments"
                    " in the whole tracker").replace("%1", group) if group
            else self.tr("Countries shown in the matrix; recommendations, evidence and assessments in the whole"
                         " tracker"))

    def update_as_of(self) -> None:
        view = self.ctx.view
        as_of = self.ctx.as_of()
        text = (self.tr("As of %1 (today)") if view.as_of is None
                else self.tr("As of %1")).replace("%1", as_of)
        if view.compare_from:
            text += self.tr(" · changes since %1 outlined").replace("%1", view.compare_from)
        self.as_of_label.setText(text)


def count_text(translated: str, source: str, n: int, one: str, many: str | None = None) -> str:
    """A count in the interface's language, with the language's plural form (Qt's numerus forms).

    ``translated`` is ``self.tr(source, "", n)`` written out where it is called: lupdate needs the literal
    there, and marks a ``tr`` with a count as numerus (a ``QCoreApplication.translate`` with a variable
    count it does not).  When no translator knows it (English, the source language, loads none), the
    English singular or plural is chosen here instead.
    """
    if translated == source.replace("%Ln", QLocale().toString(n)):
        return plural(n, one, many)
    return translated


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 country', '3 countries', '0 assessments'."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
