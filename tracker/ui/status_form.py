"""The status form: a new judgement for one cell.

It shows the recommendation's guidance next to the choice, requires a
rationale, and links evidence already logged for the cell — or new evidence
entered on the spot.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError
from db.queries import CellStatus, codebook_view, evidence_for_cell

from .context import AppContext
from .evidence_form import error_label, make_confidence_combo, make_rationale_edit, make_status_combo
from .inputs import StatusInput
from .widgets import CheckList, date_text, make_date_edit

#: Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.
Submit = Callable[[StatusInput], object]
NewEvidence = Callable[[], str | None]


class StatusForm(QDialog):
    """Set the status of ``country`` × ``recommendation``."""

    def __init__(
        self,
        ctx: AppContext,
        country: str,
        recommendation: str,
        submit: Submit,
        *,
        current: CellStatus | None = None,
        new_evidence: NewEvidence | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.country = country
        self.recommendation = recommendation
        self.submit = submit
        self.new_evidence = new_evidence
        book = codebook_view(ctx.tracker)
        country_name = next((c.name for c in book.countries if c.code == country), country)
        rec = next(r for r in book.recommendations if r.code == recommendation)
        self.setWindowTitle(f"Set status — {country_name}")
        self.setAccessibleName("Set status")
        self.setMinimumSize(640, 560)

        heading = QLabel(f"<h3 style='margin:0'>{_esc(country_name)} — {_esc(rec.title)}</h3>")
        heading.setWordWrap(True)
        now = QLabel(
            "Currently: <b>"
            + _esc(current.status_label if current else book.unassessed.label)
            + "</b>"
            + (f" since {current.effective_date}" if current and current.effective_date else "")
        )
        now.setAccessibleName("Current status")
        self.status_combo = make_status_combo(
            book, current.status_code if current is not None and current.score is not None else None, with_scores=True
        )
        self._descriptions = {s.code: s.description for s in book.statuses}
        self.status_help = QLabel()
        self.status_help.setWordWrap(True)
        self.status_help.setAccessibleName("Status meaning")
        self.status_combo.currentIndexChanged.connect(self._show_meaning)
        self.date_edit = make_date_edit("Effective date")
        self.confidence_combo = make_confidence_combo()
        self.rationale_edit = make_rationale_edit(
            "Why this status: what the government did, and how it meets the guidance (required)", 130
        )
        guidance = QLabel(f"<b>Guidance</b><br>{_esc(rec.guidance) or 'No guidance written for this recommendation.'}")
        guidance.setWordWrap(True)
        guidance.setAccessibleName("Guidance")
        guidance.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); border-radius: 4px; }")

        self.evidence = CheckList("Evidence to link", "Filter evidence…", summary_keys=False)
        self._load_evidence()
        self.new_button = QPushButton("New evidence…")
        self.new_button.setAccessibleName("New evidence for this cell")
        self.new_button.clicked.connect(self._add_evidence)
        self.new_button.setEnabled(new_evidence is not None)

        form = QFormLayout()
        form.addRow("&Status*", self.status_combo)
        form.addRow("", self.status_help)
        form.addRow("&Effective date*", self.date_edit)
        form.addRow("&Confidence", self.confidence_combo)
        form.addRow("&Rationale*", self.rationale_edit)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("Evidence", evidence_row)

        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName("Save status")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(now)
        layout.addWidget(guidance)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_meaning()
        self.status_combo.setFocus()

    def _show_meaning(self) -> None:
        self.status_help.setText(self._descriptions.get(self.status_combo.currentData(), ""))

    def _load_evidence(self, checked: list[str] | None = None) -> None:
        items = evidence_for_cell(self.ctx.tracker, self.country, self.recommendation)
        keep = set(self.evidence.checked()) | set(checked or [])
        self.evidence.set_items((e.uid, f"{e.event_date} — {e.title or e.url or 'untitled'}") for e in items)
        self.evidence.set_checked(keep)

    def _add_evidence(self) -> None:
        assert self.new_evidence is not None
        uid = self.new_evidence()
        if uid:
            self._load_evidence([uid])

    def value(self) -> StatusInput:
        """The form as a typed input."""
        return StatusInput(
            country=self.country,
            recommendation=self.recommendation,
            status=self.status_combo.currentData(),
            effective_date=date_text(self.date_edit),
            rationale=self.rationale_edit.toPlainText(),
            confidence=self.confidence_combo.currentData(),
            evidence=tuple(self.evidence.checked()),
        )

    def accept(self) -> None:
        """Save through ``submit``; stay open with the message when it is refused."""
        try:
            self.submit(self.value())
        except ValidationError as exc:
            self.error.setText(f"⚠ {exc.message}")
            self.error.setVisible(True)
            target = {"rationale": self.rationale_edit, "effective_date": self.date_edit, "status": self.status_combo,
                      "confidence": self.confidence_combo, "evidence": self.evidence.view}.get(exc.field)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def _esc(text: str | None) -> str:
    return escape(text or "")
