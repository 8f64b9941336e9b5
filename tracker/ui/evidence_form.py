"""The evidence form: every evidence field, the cells it links to, and
optionally the status of those cells in the same step.

The form checks what it can as you type (the URL, required fields); the
engine checks the rest when you press Save.  A rejected save keeps the
dialog open with the message next to the field, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError, validate
from db.ops import Attachment, group_members
from db.queries import CodebookView, EvidenceItem, codebook_view

from .context import AppContext
from .icons import status_icon
from .inputs import UNSET, Cell, EvidenceInput
from .widgets import CheckList, OptionalDate, date_text, make_date_edit

SOURCE_KIND_LABELS = {
    "official": "Official (government, parliament, gazette)",
    "media": "Media",
    "ngo": "NGO or think tank",
    "international": "International organisation",
    "other": "Other",
}
CONFIDENCE_LABELS = {
    "verified": "Verified — checked against a primary source",
    "reported": "Reported — by a credible secondary source",
    "claimed": "Claimed — the government's own word",
}
LANGUAGES = [
    "", "en", "be", "ru", "uk", "pl", "lt", "lv", "et", "de", "fr", "es", "it", "nl", "sv", "fi", "da", "cs", "sk",
]

#: Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.
Submit = Callable[[EvidenceInput], object]


def make_status_combo(book: CodebookView, current: str | None = None, *, with_scores: bool = False) -> QComboBox:
    """The judgements of the status scale with their marks ('not assessed' is not a choice).

    Starts empty ('Choose a status…') unless ``current`` names one: a status is never guessed.
    """
    combo = QComboBox()
    combo.setAccessibleName("Status")
    for s in book.statuses:
        if s.score is not None:
            label = f"{s.label}  ({s.score:g})" if with_scores else s.label
            combo.addItem(status_icon(s.score, s.color), label, s.code)
    combo.setPlaceholderText("Choose a status…")
    combo.setCurrentIndex(combo.findData(current) if current else -1)
    return combo


def make_confidence_combo() -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName("Confidence")
    for code, label in CONFIDENCE_LABELS.items():
        combo.addItem(label, code)
    combo.setCurrentIndex(combo.findData("reported"))
    return combo


def make_rationale_edit(placeholder: str, max_height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName("Rationale")
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumHeight(max_height)
    return edit


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("formError")
    label.setAccessibleName("Form error")
    label.setStyleSheet("QLabel#formError { color: #B3261E; font-weight: 600; }")
    return label


class EvidenceForm(QDialog):
    """Add or edit a piece of evidence."""

    def __init__(
        self,
        ctx: AppContext,
        submit: Submit,
        *,
        evidence: EvidenceItem | None = None,
        cells: list[tuple[str, str]] | None = None,
        allow_status: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.submit = submit
        self.evidence = evidence
        self.attachment: Attachment | None = UNSET
        self._original_cells = set(evidence.cells) if evidence else None
        book = codebook_view(ctx.tracker)
        self.setWindowTitle("Edit evidence" if evidence else "New evidence")
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(980, 660)

        # -- the source ------------------------------------------------------
        self.event_date = make_date_edit("Event date", evidence.event_date if evidence else None)
        self.title_edit = QLineEdit(evidence.title if evidence and evidence.title else "")
        self.title_edit.setAccessibleName("Title")
        self.title_edit.setPlaceholderText("What happened, in one line")
        self.url_edit = QLineEdit(evidence.url if evidence and evidence.url else "")
        self.url_edit.setAccessibleName("URL")
        self.url_edit.setPlaceholderText("https://…")
        self.url_hint = QLabel()
        self.url_hint.setAccessibleName("URL check")
        self.archive_edit = QLineEdit(evidence.archive_url if evidence and evidence.archive_url else "")
        self.archive_edit.setAccessibleName("Archive URL")
        self.archive_edit.setPlaceholderText("https://web.archive.org/… (optional)")
        self.publisher_edit = QLineEdit(evidence.publisher if evidence and evidence.publisher else "")
        self.publisher_edit.setAccessibleName("Publisher")
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Source kind")
        for code, label in SOURCE_KIND_LABELS.items():
            self.kind_combo.addItem(label, code)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(evidence.source_kind if evidence else "other"))
        self.language_combo = QComboBox()
        self.language_combo.setEditable(True)
        self.language_combo.addItems(LANGUAGES)
        self.language_combo.setAccessibleName("Language")
        self.language_combo.setCurrentText(evidence.language if evidence and evidence.language else "")
        self.accessed = OptionalDate("Accessed on", evidence.accessed_on if evidence else None)
        self.notes_edit = QPlainTextEdit(evidence.notes if evidence and evidence.notes else "")
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText("Quote, context, what the measure covers…")
        attached = evidence.attachment_name if evidence and evidence.attachment_name else None
        self.attach_label = QLabel(attached or "No file attached")
        self.attach_label.setAccessibleName("Attached file")
        self.attach_button = QPushButton("Attach file…")
        self.attach_button.setAccessibleName("Attach file")
        self.attach_button.clicked.connect(self._choose_file)
        self.detach_button = QPushButton("Remove")
        self.detach_button.setAccessibleName("Remove attached file")
        self.detach_button.clicked.connect(self._remove_file)
        self.detach_button.setEnabled(bool(evidence and evidence.attachment_name))
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_label, 1)
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.detach_button)

        source = QGroupBox("Source")
        form = QFormLayout(source)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Event &date*", self.event_date)
        form.addRow("&Title", self.title_edit)
        form.addRow("&URL", self.url_edit)
        form.addRow("", self.url_hint)
        form.addRow("&Archive URL", self.archive_edit)
        form.addRow("&Publisher", self.publisher_edit)
        form.addRow("Source &kind", self.kind_combo)
        form.addRow("&Language", self.language_combo)
        form.addRow("Accessed &on", self.accessed)
        form.addRow("&Notes", self.notes_edit)
        form.addRow("File", attach_row)

        # -- the cells -------------------------------------------------------
        self.countries = CheckList("Countries", "Filter countries…")
        self.countries.set_items((c.code, f"{c.name} ({c.code})") for c in book.active_countries())
        self.groups = CheckList("Groups", "Filter groups…")
        self.groups.set_items((name, f"{name} ({len(m)})") for name, m in book.groups.items())
        self.recs = CheckList("Recommendations", "Filter recommendations…")
        self.recs.set_items((r.code, r.title) for r in book.active_recommendations())
        preset = list(evidence.cells) if evidence else (cells or [])
        self.countries.set_checked({c for c, _ in preset})
        self.recs.set_checked({r for _, r in preset})
        links = QGroupBox("Linked to")
        grid = QGridLayout(links)
        grid.addWidget(QLabel("Recommendations"), 0, 0, 1, 2)
        grid.addWidget(self.recs, 1, 0, 1, 2)
        grid.addWidget(QLabel("Countries"), 2, 0)
        grid.addWidget(QLabel("Groups (every member)"), 2, 1)
        grid.addWidget(self.countries, 3, 0)
        grid.addWidget(self.groups, 3, 1)
        grid.setRowStretch(1, 2)
        grid.setRowStretch(3, 5)
        self.recs.view.setWordWrap(True)

        # -- optional status -------------------------------------------------
        self.status_box = QGroupBox("Also set the status of the linked cells, effective on the event date")
        self.status_box.setCheckable(True)
        self.status_box.setChecked(False)
        self.status_box.setAccessibleName("Also set status")
        self.status_combo = make_status_combo(book)
        self.confidence_combo = make_confidence_combo()
        self.rationale_edit = make_rationale_edit("Why this status (required)", 70)
        status_form = QFormLayout(self.status_box)
        status_form.addRow("&Status", self.status_combo)
        status_form.addRow("&Confidence", self.confidence_combo)
        status_form.addRow("&Rationale*", self.rationale_edit)
        self.status_box.setVisible(allow_status and evidence is None)

        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName("Save evidence")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)

        columns = QHBoxLayout()
        columns.addWidget(source, 1)
        columns.addWidget(links, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.url_edit.textChanged.connect(self._check_url)
        self.archive_edit.textChanged.connect(self._check_url)
        self._check_url()
        self._set_tab_order()
        self.title_edit.setFocus()

    def _set_tab_order(self) -> None:
        """Tab follows the page: the source top to bottom, then what it links to, then the status."""
        chain = [
            self.event_date, self.title_edit, self.url_edit, self.archive_edit, self.publisher_edit, self.kind_combo,
            self.language_combo, self.accessed.check, self.accessed.edit, self.notes_edit, self.attach_button,
            self.detach_button, self.recs.filter, self.recs.view, self.countries.filter, self.countries.view,
            self.groups.filter, self.groups.view, self.status_box, self.status_combo, self.confidence_combo,
            self.rationale_edit, self.buttons,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- live checks --------------------------------------------------------
    def _check_url(self) -> None:
        problems = []
        for edit, field in ((self.url_edit, "url"), (self.archive_edit, "archive_url")):
            try:
                validate.url(edit.text(), field)
                edit.setStyleSheet("")
                edit.setProperty("invalid", False)
            except ValidationError as exc:
                edit.setStyleSheet("QLineEdit { border: 2px solid #B3261E; }")
                edit.setProperty("invalid", True)
                problems.append(exc.message)
        if problems:
            self.url_hint.setText("⚠ " + " ".join(problems))
            self.url_hint.setStyleSheet("color: #B3261E;")
        elif self.url_edit.text().strip():
            self.url_hint.setText("✓ Web address looks right")
            self.url_hint.setStyleSheet("color: #1E7B3A;")
        else:
            self.url_hint.setText("Optional: http:// or https:// only")
            self.url_hint.setStyleSheet("")

    def _choose_file(self) -> None:
        path = self.ctx.prompts.open_file(self, "Attach a file", str(Path.home()), "All files (*)")
        if not path:
            return
        try:
            self.attachment = Attachment.from_path(path)
        except ValidationError as exc:
            self.show_error(exc)
            return
        assert isinstance(self.attachment, Attachment)
        self.attach_label.setText(f"{self.attachment.name} ({len(self.attachment.data):,} bytes)")
        self.detach_button.setEnabled(True)

    def _remove_file(self) -> None:
        self.attachment = None
        self.attach_label.setText("No file attached")
        self.detach_button.setEnabled(False)

    # -- values ----------------------------------------------------------------
    def value(self) -> EvidenceInput:
        """The form as a typed input for adding or editing evidence."""
        base = EvidenceInput(
            event_date=date_text(self.event_date),
            title=self.title_edit.text(),
            url=self.url_edit.text(),
            archive_url=self.archive_edit.text(),
            accessed_on=self.accessed.value(),
            publisher=self.publisher_edit.text(),
            source_kind=self.kind_combo.currentData(),
            language=self.language_combo.currentText(),
            notes=self.notes_edit.toPlainText(),
        )
        countries, groups, recs = self.countries.checked(), self.groups.checked(), self.recs.checked()
        if self.evidence is not None:
            return replace(base, cells=self.chosen_cells(countries, groups, recs), attachment=self.attachment)
        status = rationale = confidence = None
        if self.status_box.isVisible() and self.status_box.isChecked():
            if self.status_combo.currentData() is None:
                raise ValidationError("status", "Choose the status to set, or untick 'Also set the status'.")
            status = self.status_combo.currentData()
            rationale = self.rationale_edit.toPlainText()
            confidence = self.confidence_combo.currentData()
        return replace(
            base, countries=tuple(countries), groups=tuple(groups), recommendations=tuple(recs),
            attachment=self.attachment if isinstance(self.attachment, Attachment) else UNSET,
            status=status, rationale=rationale, confidence=confidence,
        )

    def chosen_cells(self, countries: list[str], groups: list[str], recs: list[str]) -> tuple[Cell, ...] | None:
        """Cells for an edit, or None when the choice of countries and recommendations is unchanged."""
        codes = list(countries)
        for g in groups:
            codes.extend(c for c in group_members(self.ctx.tracker, g) if c not in codes)
        assert self._original_cells is not None
        if set(codes) == {c for c, _ in self._original_cells} and set(recs) == {r for _, r in self._original_cells}:
            return None
        if not codes:
            raise ValidationError("countries", "Choose at least one country or group.")
        if not recs:
            raise ValidationError("recommendations", "Choose at least one recommendation.")
        return tuple((c, r) for c in codes for r in recs)

    def accept(self) -> None:
        """Save through the engine; stay open with the message when it refuses."""
        if self.url_edit.property("invalid") or self.archive_edit.property("invalid"):
            self.show_error(ValidationError("url", "Fix the web address first: it must start with http:// or https://."))
            return
        try:
            self.submit(self.value())
        except ValidationError as exc:
            self.show_error(exc)
            return
        super().accept()

    def show_error(self, exc: ValidationError) -> None:
        self.error.setText(f"⚠ {exc.message}")
        self.error.setVisible(True)
        target = {
            "event_date": self.event_date, "title": self.title_edit, "url": self.url_edit,
            "archive_url": self.archive_edit, "accessed_on": self.accessed, "publisher": self.publisher_edit,
            "source_kind": self.kind_combo, "language": self.language_combo, "notes": self.notes_edit,
            "countries": self.countries.view, "country": self.countries.view, "group": self.groups.view,
            "recommendations": self.recs.view, "recommendation": self.recs.view, "status": self.status_combo,
            "rationale": self.rationale_edit, "confidence": self.confidence_combo, "attachment": self.attach_button,
        }.get(exc.field)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
