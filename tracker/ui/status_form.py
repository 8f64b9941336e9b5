"""The status form: a new judgement for one cell.

It shows the recommendation's guidance next to the choice, requires a
rationale, and links evidence already logged for the cell — or new evidence
entered on the spot.  The effective date follows the latest linked evidence
(today only when none is linked) until the person types a date, and the form
says which it is.  Evidence logged since the current status is ticked to
start with.  Every problem is shown at once, under its field; Escape on a
changed form asks Save / Discard / Cancel.

While the tracker requires review (db.review) the form proposes rather than
sets: its button reads "Propose" and a line says another person will review
the change.  Given a returned ``proposal``, it opens filled in with it (to
revise), with the reviewer's comment at the top.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError, review
from db.queries import CellStatus, codebook_view, evidence_for_cell
from db.review import Proposal

from .context import AppContext
from .evidence_form import error_label, make_confidence_combo, make_rationale_edit, make_status_combo
from .inputs import StatusInput
from .widgets import (
    DATE_FORMAT,
    CheckList,
    DateEdit,
    FieldError,
    FieldErrors,
    GuardedDialog,
    display_date,
    fill_in,
    with_error,
)

#: Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.
Submit = Callable[[StatusInput], object]
NewEvidence = Callable[[], str | None]


class StatusForm(GuardedDialog):
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
        proposal: Proposal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx.prompts, parent)
        self.ctx = ctx
        self.country = country
        self.recommendation = recommendation
        self.submit = submit
        self.new_evidence = new_evidence
        self.current = current
        self.proposal = proposal
        #: A proposal, not a status: review is required (or a returned proposal is revised).
        self.proposes = proposal is not None or review.review_required(ctx.tracker)
        book = codebook_view(ctx.tracker, ctx.language)
        country_name = next((c.name for c in book.countries if c.code == country), country)
        rec = next(r for r in book.recommendations if r.code == recommendation)
        self.setWindowTitle(fill_in(self.tr("Revise proposal — %1") if proposal is not None
                                    else self.tr("Set status — %1"), country_name))
        self.setAccessibleName(self.tr("Set status"))
        self.setMinimumSize(680, 600)
        errors: dict[str, FieldError] = {}

        def row(field: QWidget, key: str) -> QWidget:
            errors[key] = FieldError(field.accessibleName() or key)
            return with_error(field, errors[key])

        heading = QLabel(f"<h3 style='margin:0'>{_esc(country_name)} — {_esc(rec.title)}</h3>")
        heading.setWordWrap(True)
        current_label = _esc(current.status_label if current else book.unassessed.label)
        now = QLabel(
            fill_in(self.tr("Currently: <b>%1</b> since %2"), current_label, display_date(current.effective_date))
            if current and current.effective_date else fill_in(self.tr("Currently: <b>%1</b>"), current_label)
        )
        now.setAccessibleName(self.tr("Current status"))
        self.status_combo = make_status_combo(
            book, current.status_code if current is not None and current.score is not None else None, with_scores=True
        )
        self._descriptions = {s.code: s.description for s in book.statuses}
        self.status_help = QLabel()
        self.status_help.setWordWrap(True)
        self.status_help.setAccessibleName(self.tr("Status meaning"))
        self.status_combo.currentIndexChanged.connect(self._show_meaning)
        self.date_edit = DateEdit(self.tr("Effective date"))
        self.date_edit.setObjectName("effective_date")
        self.date_source = QLabel()
        self.date_source.setAccessibleName(self.tr("Effective date source"))
        self.date_source.setWordWrap(True)
        self.date_source.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self._date_typed = False
        self.confidence_combo = make_confidence_combo()
        self.rationale_edit = make_rationale_edit(
            self.tr("Why this status: what the government did, and how it meets the guidance (required)"), 130
        )
        guidance = QLabel(fill_in(self.tr("<b>Guidance</b><br>%1"),
                                  _esc(rec.guidance) or self.tr("No guidance written for this recommendation.")))
        guidance.setWordWrap(True)
        guidance.setAccessibleName(self.tr("Guidance"))
        guidance.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); border-radius: 4px; }")

        self.evidence = CheckList(self.tr("Evidence to link"), self.tr("Filter evidence…"), summary_keys=False)
        self._evidence_dates: dict[str, str] = {}
        self._load_evidence(self._new_since_current())
        self.new_button = QPushButton(self.tr("New evidence…"))
        self.new_button.setAccessibleName(self.tr("New evidence for this cell"))
        self.new_button.clicked.connect(self._add_evidence)
        self.new_button.setEnabled(new_evidence is not None)

        date_box = QWidget()
        date_layout = QHBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.date_source, 1)
        date_box.setFocusProxy(self.date_edit)
        evidence_box = QWidget()
        evidence_row = QHBoxLayout(evidence_box)
        evidence_row.setContentsMargins(0, 0, 0, 0)
        evidence_row.addWidget(self.evidence, 1)
        evidence_row.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        evidence_box.setFocusProxy(self.evidence.view)
        evidence_box.setAccessibleName(self.tr("Evidence"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Status*"), row(self.status_combo, "status"))
        form.addRow("", self.status_help)
        form.addRow(self.tr("&Effective date*"), row(date_box, "effective_date"))
        form.addRow(self.tr("&Confidence"), row(self.confidence_combo, "confidence"))
        form.addRow(self.tr("&Rationale*"), row(self.rationale_edit, "rationale"))
        form.addRow(self.tr("Evidence"), row(evidence_box, "evidence"))

        self.error = error_label()
        self.errors = FieldErrors(self.error)
        targets: dict[str, QWidget] = {"status": self.status_combo, "effective_date": self.date_edit,
                                       "confidence": self.confidence_combo, "rationale": self.rationale_edit,
                                       "evidence": self.evidence.view}
        for key, label in errors.items():
            self.errors.add((key,), label, targets[key])
        self.date_edit.error_changed.connect(errors["effective_date"].show_message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))  # Qt has no Belarusian for its own buttons: named here, in every language
        save.setAccessibleName(self.tr("Save status"))
        self.review_note = QLabel(self.tr("Another person will review this change before it counts."))
        self.review_note.setAccessibleName(self.tr("Review note"))
        self.review_note.setWordWrap(True)
        self.review_note.setVisible(self.proposes)
        if self.proposes:
            save.setText(self.tr("Propose"))
            save.setAccessibleName(self.tr("Propose status"))
            save.setToolTip(self.tr("Propose this status: it counts once another person approves it (Ctrl+Enter)"))
        self.returned_note = QLabel()
        self.returned_note.setAccessibleName(self.tr("Reviewer's comment"))
        self.returned_note.setWordWrap(True)
        self.returned_note.setTextFormat(Qt.TextFormat.PlainText)
        self.returned_note.setStyleSheet("QLabel { padding: 6px; border: 1px solid palette(mid); border-radius: 4px; }")
        if proposal is not None and proposal.review_comment:
            self.returned_note.setText(
                fill_in(self.tr("Returned by %1: %2"), proposal.reviewed_by, proposal.review_comment))
        self.returned_note.setVisible(bool(self.returned_note.text()))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(now)
        layout.addWidget(self.returned_note)
        layout.addWidget(guidance)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.review_note)
        layout.addWidget(self.buttons)
        self._show_meaning()
        self.date_edit.edited.connect(self._date_edited)
        self.evidence.changed.connect(self._propose_date)
        if proposal is not None:
            self._fill_from(proposal)
        self._propose_date()
        self.status_combo.setFocus()
        self.mark_clean()

    def _fill_from(self, p: Proposal) -> None:
        """Start from the proposal being revised: its status, date, confidence, rationale and evidence."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(p.status_code), 0))
        self.confidence_combo.setCurrentIndex(max(self.confidence_combo.findData(p.confidence), 0))
        self.rationale_edit.setPlainText(p.rationale)
        self.evidence.set_checked(uid for uid, _title in p.evidence)
        self.date_edit.setDate(QDate.fromString(p.effective_date, DATE_FORMAT))
        self._date_typed = True
        self.date_source.setText(self.tr("as proposed"))

    def _show_meaning(self) -> None:
        meaning = self._descriptions.get(self.status_combo.currentData(), "")
        self.status_help.setText(meaning)
        self.status_help.setVisible(bool(meaning))

    def _new_since_current(self) -> list[str]:
        """The cell's evidence not yet weighed: not linked to the current status and not older than it."""
        current = self.current
        since = current.effective_date if current is not None and current.assessed else None
        linked = set(current.evidence_uids) if current is not None else set()
        return [e.uid for e in evidence_for_cell(self.ctx.tracker, self.country, self.recommendation)
                if e.uid not in linked and (since is None or e.event_date >= since)]

    def _load_evidence(self, checked: list[str] | None = None) -> None:
        items = evidence_for_cell(self.ctx.tracker, self.country, self.recommendation)
        keep = set(self.evidence.checked()) | set(checked or [])
        self._evidence_dates = {e.uid: e.event_date for e in items}
        untitled = self.tr("untitled")
        self.evidence.set_items(
            (e.uid, f"{display_date(e.event_date)} — {e.title or e.url or untitled}") for e in items)
        self.evidence.set_checked(keep)

    def _add_evidence(self) -> None:
        assert self.new_evidence is not None
        uid = self.new_evidence()
        if uid:
            self._load_evidence([uid])

    # -- the effective date ----------------------------------------------------------
    def _date_edited(self) -> None:
        """The person chose the date: it no longer follows the evidence."""
        self._date_typed = True
        self.date_source.setText(self.tr("entered by you"))

    def _propose_date(self) -> None:
        """The latest linked evidence's date (today when none is linked), until the person sets one."""
        if self._date_typed:
            return
        dates = [self._evidence_dates[uid] for uid in self.evidence.checked() if uid in self._evidence_dates]
        if dates:
            latest = max(dates)
            self.date_edit.setDate(QDate.fromString(latest, DATE_FORMAT))
            self.date_source.setText(fill_in(self.tr("from the latest linked evidence, %1"), display_date(latest)))
        else:
            self.date_edit.setDate(QDate.currentDate())
            self.date_source.setText(self.tr("today: no evidence linked"))

    # -- values ------------------------------------------------------------------------
    def snapshot(self) -> object:
        return (self.status_combo.currentIndex(), self.date_edit.text(), self.confidence_combo.currentIndex(),
                self.rationale_edit.toPlainText(), tuple(self.evidence.checked()))

    def problems(self) -> list[ValidationError]:
        """Every problem the form can see (the engine checks the rest)."""
        found: list[ValidationError] = []
        if self.status_combo.currentData() is None:
            found.append(ValidationError("status", self.tr("Choose a status.")))
        if not self.date_edit.check():
            found.append(ValidationError("effective_date", self.date_edit.error()))
        if not self.rationale_edit.toPlainText().strip():
            found.append(ValidationError("rationale", self.tr("The rationale is required: say why this status.")))
        return found

    def value(self) -> StatusInput:
        """The form as a typed input."""
        return StatusInput(
            country=self.country,
            recommendation=self.recommendation,
            status=self.status_combo.currentData(),
            effective_date=self.date_edit.value() or "",
            rationale=self.rationale_edit.toPlainText(),
            confidence=self.confidence_combo.currentData(),
            evidence=tuple(self.evidence.checked()),
        )

    def accept(self) -> None:
        """Save through ``submit`` when the form sees no problem; stay open with every message otherwise."""
        problems = self.problems()
        if problems:
            self.errors.show(problems)
            return
        try:
            self.submit(self.value())
        except ValidationError as exc:
            self.errors.show([exc])
            return
        self.errors.clear()
        super().accept()


def _esc(text: str | None) -> str:
    return escape(text or "")
