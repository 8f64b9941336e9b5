"""The evidence form: every evidence field, the cells it links to, and
optionally the status of those cells in the same step.

New evidence starts linked only to what the person chose: a cell is
pre-filled only when the form was opened from that cell, and then shown as
a removable chip ("Lithuania × Visa policy ✕").  The form checks every field
when Save is pressed and shows every problem at once, each under its field;
the engine checks the rest.  A rejected save keeps the dialog open, and
nothing is written.  Escape on a changed form asks Save / Discard / Cancel.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError, validate
from db.ops import Attachment
from db.queries import CodebookView, EvidenceItem, codebook_view

from .context import AppContext
from .icons import status_icon
from .inputs import UNSET, Cell, EvidenceInput
from .language import QT_TRANSLATE_NOOP, interface_language
from .widgets import (
    CheckList,
    DateEdit,
    FieldError,
    FieldErrors,
    GuardedDialog,
    fill_in,
    with_error,
)

#: English source texts (what CSV and tests compare); shown translated by :func:`source_kind_label`.
SOURCE_KIND_LABELS = {
    "official": QT_TRANSLATE_NOOP("EvidenceForm", "Official (government, parliament, gazette)"),
    "media": QT_TRANSLATE_NOOP("EvidenceForm", "Media"),
    "ngo": QT_TRANSLATE_NOOP("EvidenceForm", "NGO or think tank"),
    "international": QT_TRANSLATE_NOOP("EvidenceForm", "International organisation"),
    "other": QT_TRANSLATE_NOOP("EvidenceForm", "Other"),
}
#: English source texts; shown translated by :func:`confidence_label`.
CONFIDENCE_LABELS = {
    "verified": QT_TRANSLATE_NOOP("EvidenceForm", "Verified — checked against a primary source"),
    "reported": QT_TRANSLATE_NOOP("EvidenceForm", "Reported — by a credible secondary source"),
    "claimed": QT_TRANSLATE_NOOP("EvidenceForm", "Claimed — the government's own word"),
}


def _tr(text: str) -> str:
    """A text of the evidence form's context, in the interface's language (for the module's functions)."""
    return QCoreApplication.translate("EvidenceForm", text)


def source_kind_label(code: str) -> str:
    """The source kind's label in the interface's language (the code itself when unknown)."""
    return _tr(SOURCE_KIND_LABELS[code]) if code in SOURCE_KIND_LABELS else code


def confidence_label(code: str) -> str:
    """The confidence's label in the interface's language (the code itself when unknown)."""
    return _tr(CONFIDENCE_LABELS[code]) if code in CONFIDENCE_LABELS else code
#: The common languages of sources (ISO 639-1 code, English name); any other code or name may be typed.
LANGUAGES: list[tuple[str, str]] = [
    ("en", "English"), ("be", "Belarusian"), ("ru", "Russian"), ("uk", "Ukrainian"), ("pl", "Polish"),
    ("lt", "Lithuanian"), ("lv", "Latvian"), ("et", "Estonian"), ("de", "German"), ("fr", "French"),
    ("es", "Spanish"), ("it", "Italian"), ("nl", "Dutch"), ("pt", "Portuguese"), ("sv", "Swedish"),
    ("fi", "Finnish"), ("da", "Danish"), ("no", "Norwegian"), ("is", "Icelandic"), ("cs", "Czech"),
    ("sk", "Slovak"), ("hu", "Hungarian"), ("ro", "Romanian"), ("bg", "Bulgarian"), ("el", "Greek"),
    ("hr", "Croatian"), ("sl", "Slovenian"), ("sr", "Serbian"), ("bs", "Bosnian"), ("mk", "Macedonian"),
    ("sq", "Albanian"), ("ga", "Irish"), ("mt", "Maltese"), ("lb", "Luxembourgish"), ("ka", "Georgian"),
    ("hy", "Armenian"), ("az", "Azerbaijani"), ("kk", "Kazakh"), ("uz", "Uzbek"), ("ky", "Kyrgyz"),
    ("tg", "Tajik"), ("tk", "Turkmen"), ("tr", "Turkish"), ("he", "Hebrew"),
    ("ar", "Arabic"), ("fa", "Persian"), ("hi", "Hindi"), ("zh", "Chinese"), ("ja", "Japanese"),
    ("ko", "Korean"), ("id", "Indonesian"), ("vi", "Vietnamese"), ("th", "Thai"),
]
LANGUAGE_NAMES = dict(LANGUAGES)
#: Names pycountry's ISO 639-3 catalogues lack (or give as "Modern Greek (1453-)", "Kirghiz"), by language.
_CATALOGUE_GAPS = {
    "be": {"es": "іспанская", "nl": "нідэрландская", "ro": "румынская", "el": "грэчаская", "lb": "люксембургская",
           "ky": "кіргізская"},
    "uk": {"el": "грецька", "ky": "киргизька"},
    "ru": {"el": "греческий", "ky": "киргизский"},
    "pl": {"el": "grecki", "ky": "kirgiski"},
    "lt": {"el": "graikų", "ky": "kirgizų", "hi": "hindi"},
}
LAST_LANGUAGE_KEY = "evidence/last_language"

#: Saves the input (through ``ctx.run``); raises db.ValidationError to keep the form open.
Submit = Callable[[EvidenceInput], object]


def make_status_combo(book: CodebookView, current: str | None = None, *, with_scores: bool = True) -> QComboBox:
    """The judgements of the status scale with their marks and scores ('not assessed' is not a choice).

    Starts empty ('Choose a status…') unless ``current`` names one: a status is never guessed.
    """
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("EvidenceForm", "Status"))
    for s in book.statuses:
        if s.score is not None:
            label = f"{s.label}  ({s.score:g})" if with_scores else s.label
            combo.addItem(status_icon(s.score, s.color), label, s.code)
    combo.setPlaceholderText(QCoreApplication.translate("EvidenceForm", "Choose a status…"))
    combo.setCurrentIndex(combo.findData(current) if current else -1)
    return combo


def make_confidence_combo() -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(QCoreApplication.translate("EvidenceForm", "Confidence"))
    for code in CONFIDENCE_LABELS:
        combo.addItem(confidence_label(code), code)
    combo.setCurrentIndex(combo.findData("reported"))
    return combo


def make_rationale_edit(placeholder: str, max_height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(QCoreApplication.translate("EvidenceForm", "Rationale"))
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumHeight(max_height)
    return edit


def error_label() -> QLabel:
    """The form's summary line under the fields (what no single field owns, and how many problems)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setObjectName("formError")
    label.setAccessibleName(QCoreApplication.translate("EvidenceForm", "Form error"))
    label.setStyleSheet("QLabel#formError { color: #B3261E; font-weight: 600; }")
    return label


def language_name(code: str) -> str:
    """A source language's name in the interface's language, from the ISO 639 translations pycountry ships.

    English (the list above) when the interface is English or no name is known; capitalised, as an entry of
    a list ("Беларуская", "Lietuvių").
    """
    english = LANGUAGE_NAMES.get(code, code)
    ui = interface_language()
    if ui == "en" or code not in LANGUAGE_NAMES:
        return english
    name = _CATALOGUE_GAPS.get(ui, {}).get(code) or _iso639_catalogue(ui).gettext(english)
    return name[:1].upper() + name[1:]


def _iso639_catalogue(ui: str) -> gettext.NullTranslations:
    from db.country_names import locales_dir

    cached = _CATALOGUES.get(ui)
    if cached is None:
        folder = locales_dir()
        cached = (gettext.translation("iso639-3", folder, languages=[ui], fallback=True) if folder
                  else gettext.NullTranslations())
        _CATALOGUES[ui] = cached
    return cached


_CATALOGUES: dict[str, gettext.NullTranslations] = {}


def language_label(code: str) -> str:
    """"Lithuanian (lt)": the name in the interface's language and the code; unknown codes as they are."""
    return f"{language_name(code)} ({code})" if code in LANGUAGE_NAMES else code


def language_code(text: str) -> str | None:
    """What to store for the Language box: the ISO 639-1 code for a known name or code (in English or in the
    interface's language), else the text as typed."""
    text = text.strip()
    if not text:
        return None
    lowered = text.lower()
    for code, name in LANGUAGES:
        if lowered in (code, name.lower(), f"{name} ({code})".lower(), language_name(code).lower(),
                       language_label(code).lower()):
            return code
    return text


def make_language_combo(current: str | None) -> QComboBox:
    """An editable list of the common languages: pick one, or type its name or code (the code is stored)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setAccessibleName(QCoreApplication.translate("EvidenceForm", "Language"))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", None)
    collator = QCollator(QLocale())  # the language's alphabetical order (і and ў in their places)
    for label, code in sorted(((language_label(code), code) for code in LANGUAGE_NAMES),
                              key=lambda pair: collator.sortKey(pair[0])):
        combo.addItem(label, code)
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(
            QCoreApplication.translate("EvidenceForm", "Type a language or its code, e.g. Lithuanian or lt"))
    combo.setMaxVisibleItems(15)
    index = combo.findData(current) if current else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(current or "")
    return combo


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class EvidenceForm(GuardedDialog):
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
        super().__init__(ctx.prompts, parent)
        self.ctx = ctx
        self.submit = submit
        self.evidence = evidence
        self.attachment: Attachment | None = UNSET
        self._original_cells = set(evidence.cells) if evidence else None
        self.book = book = codebook_view(ctx.tracker, ctx.language)
        self._country_names = {c.code: c.name for c in book.countries}
        self._rec_titles = {r.code: r.title for r in book.recommendations}
        self.setWindowTitle(self.tr("Edit evidence") if evidence else self.tr("New evidence"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumSize(1000, 700)
        errors: dict[str, FieldError] = {}

        def row(field: QWidget, key: str) -> QWidget:
            errors[key] = FieldError(field.accessibleName() or key)
            return with_error(field, errors[key])

        # -- the source ------------------------------------------------------
        self.event_date = DateEdit(self.tr("Event date"), evidence.event_date if evidence else None)
        self.event_date.setObjectName("event_date")
        self.title_edit = QLineEdit(evidence.title if evidence and evidence.title else "")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("What happened, in one line"))
        self.url_edit = QLineEdit(evidence.url if evidence and evidence.url else "")
        self.url_edit.setAccessibleName(self.tr("URL"))
        self.url_edit.setPlaceholderText("https://…")
        self.url_hint = QLabel()
        self.url_hint.setAccessibleName(self.tr("URL check"))
        self.archive_edit = QLineEdit(evidence.archive_url if evidence and evidence.archive_url else "")
        self.archive_edit.setAccessibleName(self.tr("Archive URL"))
        self.archive_edit.setPlaceholderText(self.tr("https://web.archive.org/… (optional)"))
        self.publisher_edit = QLineEdit(evidence.publisher if evidence and evidence.publisher else "")
        self.publisher_edit.setAccessibleName(self.tr("Publisher"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Source kind"))
        for code in SOURCE_KIND_LABELS:
            self.kind_combo.addItem(source_kind_label(code), code)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(evidence.source_kind if evidence else "other"))
        last_language = ctx.settings.value(LAST_LANGUAGE_KEY, "") if evidence is None else None
        self.language_combo = make_language_combo(
            evidence.language if evidence else (str(last_language) if last_language else None)
        )
        self.accessed = DateEdit(self.tr("Accessed on"), evidence.accessed_on if evidence else None, optional=True)
        self.accessed.setObjectName("accessed_on")
        self.notes_edit = QPlainTextEdit(evidence.notes if evidence and evidence.notes else "")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Quote, context, what the measure covers…"))
        attached = evidence.attachment_name if evidence and evidence.attachment_name else None
        self.attach_label = QLabel(attached or self.tr("No file attached"))
        self.attach_label.setAccessibleName(self.tr("Attached file"))
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setAccessibleName(self.tr("Attach file"))
        self.attach_button.clicked.connect(self._choose_file)
        self.detach_button = QPushButton(self.tr("Remove"))
        self.detach_button.setAccessibleName(self.tr("Remove attached file"))
        self.detach_button.clicked.connect(self._remove_file)
        self.detach_button.setEnabled(bool(evidence and evidence.attachment_name))
        attach_widget = QWidget()
        attach_widget.setAccessibleName(self.tr("File"))
        attach_row = QHBoxLayout(attach_widget)
        attach_row.setContentsMargins(0, 0, 0, 0)
        attach_row.addWidget(self.attach_label, 1)
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.detach_button)

        url_box = QWidget()
        url_layout = QVBoxLayout(url_box)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.setSpacing(2)
        url_layout.addWidget(row(self.url_edit, "url"))
        url_layout.addWidget(self.url_hint)
        url_box.setFocusProxy(self.url_edit)

        source = QGroupBox(self.tr("Source"))
        form = QFormLayout(source)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Event &date*"), row(self.event_date, "event_date"))
        form.addRow(self.tr("&Title"), row(self.title_edit, "title"))
        form.addRow(self.tr("&URL"), url_box)
        form.addRow(self.tr("&Archive URL"), row(self.archive_edit, "archive_url"))
        form.addRow(self.tr("&Publisher"), row(self.publisher_edit, "publisher"))
        form.addRow(self.tr("Source &kind"), row(self.kind_combo, "source_kind"))
        form.addRow(self.tr("&Language"), row(self.language_combo, "language"))
        form.addRow(self.tr("Accessed &on"), row(self.accessed, "accessed_on"))
        form.addRow(self.tr("&Notes"), row(self.notes_edit, "notes"))
        form.addRow(self.tr("File"), row(attach_widget, "attachment"))

        # -- the cells -------------------------------------------------------
        self.countries = CheckList(self.tr("Countries"), self.tr("Filter countries…"))
        self.countries.set_items((c.code, f"{c.name} ({c.code})") for c in book.active_countries())
        self.groups = CheckList(self.tr("Groups"), self.tr("Filter groups…"))
        self.groups.set_items((name, f"{name} ({len(m)})") for name, m in book.groups.items())
        self.recs = CheckList(self.tr("Recommendations"), self.tr("Filter recommendations…"))
        self.recs.set_items((r.code, r.title) for r in book.active_recommendations())
        self.prefilled: list[Cell] = [] if evidence else list(cells or [])
        preset = list(evidence.cells) if evidence else self.prefilled
        self.countries.set_checked({c for c, _ in preset})
        self.recs.set_checked({r for _, r in preset})

        # Cells the form was opened from: shown large, each removable (never a silent link).
        self.prefill_box = QFrame()
        self.prefill_box.setObjectName("prefill")
        self.prefill_box.setAccessibleName(self.tr("Pre-filled links"))
        self.prefill_box.setStyleSheet(
            "QFrame#prefill { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        prefill_layout = QVBoxLayout(self.prefill_box)
        prefill_layout.setContentsMargins(8, 6, 8, 6)
        prefill_note = QLabel(
            self.tr("<b>Pre-filled from the cell you chose.</b> Remove it if this evidence is not about it:"))
        prefill_note.setWordWrap(True)
        prefill_layout.addWidget(prefill_note)
        self.chips: list[QToolButton] = []
        for country, rec in self.prefilled:
            chip = QToolButton()
            name = f"{self._country_names.get(country, country)} × {self._rec_titles.get(rec, rec)}"
            chip.setText(f"{_short(name, 60)}   ✕")
            chip.setToolTip(fill_in(self.tr("%1: click to remove this link"), name))
            chip.setAccessibleName(fill_in(self.tr("Remove link %1"), name))
            chip.setObjectName("chip")
            chip.setStyleSheet(
                "QToolButton#chip { font-weight: 600; padding: 4px 10px; border: 1px solid palette(dark);"
                " border-radius: 12px; background: palette(base); }"
                "QToolButton#chip:focus { border: 2px solid palette(highlight); }"
            )
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setProperty("cell", (country, rec))
            chip.clicked.connect(lambda _=False, c=(country, rec): self.remove_prefilled(c))
            prefill_layout.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
            self.chips.append(chip)
        self.prefill_box.setVisible(bool(self.prefilled))

        self.links_summary = QLabel()
        self.links_summary.setWordWrap(True)
        self.links_summary.setAccessibleName(self.tr("Links"))
        self.links_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.links_summary.setStyleSheet("QLabel { font-weight: 600; }")

        links = QGroupBox(self.tr("Linked to"))
        grid = QGridLayout(links)
        grid.addWidget(self.prefill_box, 0, 0, 1, 2)
        grid.addWidget(self.links_summary, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Recommendations")), 2, 0, 1, 2)
        grid.addWidget(row(self.recs, "recommendations"), 3, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Countries")), 4, 0)
        grid.addWidget(QLabel(self.tr("Groups (every member)")), 4, 1)
        grid.addWidget(row(self.countries, "countries"), 5, 0)
        grid.addWidget(self.groups, 5, 1)
        grid.setRowStretch(3, 2)
        grid.setRowStretch(5, 5)
        self.recs.view.setWordWrap(True)

        # -- optional status -------------------------------------------------
        self.status_box = QGroupBox(self.tr("Also set the status of the linked cells, effective on the event date"))
        self.status_box.setCheckable(True)
        self.status_box.setChecked(False)
        self.status_box.setAccessibleName(self.tr("Also set status"))
        self.status_cells = QLabel()
        self.status_cells.setWordWrap(True)
        self.status_cells.setAccessibleName(self.tr("Cells whose status is set"))
        self.status_cells.setTextFormat(Qt.TextFormat.PlainText)
        self.status_combo = make_status_combo(book)
        self.confidence_combo = make_confidence_combo()
        self.rationale_edit = make_rationale_edit(self.tr("Why this status (required)"), 70)
        status_form = QFormLayout(self.status_box)
        status_form.addRow(self.status_cells)
        status_form.addRow(self.tr("&Status"), row(self.status_combo, "status"))
        status_form.addRow(self.tr("&Confidence"), row(self.confidence_combo, "confidence"))
        status_form.addRow(self.tr("&Rationale*"), row(self.rationale_edit, "rationale"))
        self.status_box.setVisible(allow_status and evidence is None)

        self.error = error_label()
        self.errors = FieldErrors(self.error)
        targets: dict[str, QWidget] = {
            "event_date": self.event_date, "title": self.title_edit, "url": self.url_edit,
            "archive_url": self.archive_edit, "publisher": self.publisher_edit, "source_kind": self.kind_combo,
            "language": self.language_combo, "accessed_on": self.accessed, "notes": self.notes_edit,
            "attachment": self.attach_button, "recommendations": self.recs.view, "countries": self.countries.view,
            "status": self.status_combo, "confidence": self.confidence_combo, "rationale": self.rationale_edit,
        }
        for key, field_error in errors.items():
            aliases = {"countries": ("countries", "country", "group", "groups"),
                       "recommendations": ("recommendations", "recommendation")}.get(key, (key,))
            self.errors.add(aliases, field_error, targets[key])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))  # Qt has no Belarusian for its own buttons: named here, in every language
        save.setAccessibleName(self.tr("Save evidence"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
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
        self.event_date.error_changed.connect(errors["event_date"].show_message)
        self.accessed.error_changed.connect(errors["accessed_on"].show_message)
        for checklist in (self.countries, self.groups, self.recs):
            checklist.changed.connect(self._update_links)
        self.status_box.toggled.connect(self._update_links)
        self._url_errors = (errors["url"], errors["archive_url"])
        self._check_url()
        self._update_links()
        self._set_tab_order()
        self.title_edit.setFocus()
        self.mark_clean()

    def _set_tab_order(self) -> None:
        """Tab follows the page: the source top to bottom, then what it links to, then the status."""
        chain: list[QWidget] = [
            self.event_date, self.title_edit, self.url_edit, self.archive_edit, self.publisher_edit, self.kind_combo,
            self.language_combo, self.accessed, self.notes_edit, self.attach_button,
            self.detach_button, *self.chips, self.recs.filter, self.recs.view, self.countries.filter,
            self.countries.view, self.groups.filter, self.groups.view, self.status_box, self.status_combo,
            self.confidence_combo, self.rationale_edit, self.buttons,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- links ------------------------------------------------------------------
    def remove_prefilled(self, cell: Cell) -> None:
        """Take a pre-filled cell off: its country and recommendation, unless another pre-filled cell needs them."""
        rest = [c for c in self.prefilled if c != cell]
        self.prefilled = rest
        if cell[0] not in {c for c, _ in rest}:
            self.countries.set_checked([c for c in self.countries.checked() if c != cell[0]])
        if cell[1] not in {r for _, r in rest}:
            self.recs.set_checked([r for r in self.recs.checked() if r != cell[1]])
        self._update_links()

    def linked_cells(self) -> list[Cell]:
        """Every cell the evidence would be linked to now (groups count every member)."""
        codes = list(self.countries.checked())
        for g in self.groups.checked():
            codes.extend(c for c in self.book.groups.get(g, []) if c not in codes)
        return [(c, r) for c in codes for r in self.recs.checked()]

    def _update_links(self, *_args: object) -> None:
        """The links in words, large: what Save will link (and whose status it will set)."""
        countries, recs = self.countries.checked(), self.recs.checked()
        for chip in self.chips:
            country, rec = chip.property("cell")
            chip.setVisible((country, rec) in self.prefilled and country in countries and rec in recs)
        self.prefilled = [c for c in self.prefilled if c[0] in countries and c[1] in recs]
        self.prefill_box.setVisible(bool(self.prefilled))
        cells = self.linked_cells()
        codes = sorted({c for c, _ in cells}, key=lambda c: self._country_names.get(c, c))
        if not cells:
            self.links_summary.setText(
                self.tr("Not linked yet: tick at least one recommendation and one country or group."))
            self.status_cells.setText(self.tr("Sets the status of no cell yet: choose the links above."))
            return
        names = [self._country_names.get(c, c) for c in codes]
        shown = self._and_more(", ".join(names[:6]), len(names) - 6)
        titles = [_short(self._rec_titles.get(r, r)) for r in recs]
        rec_text = self._and_more("; ".join(titles[:3]), len(titles) - 3)
        where = f"{shown} × {rec_text}"
        n = len(cells)
        text = (fill_in(self.tr("1 cell: %1"), where) if n == 1
                else fill_in(self.tr("%Ln cells: %1", "", n), where))
        self.links_summary.setText(fill_in(self.tr("Links: %1"), text))
        self.status_cells.setText(
            fill_in(self.tr("Sets the status of this cell: %1"), where) if n == 1
            else fill_in(self.tr("Sets the status of these %Ln cells: %1", "", n), where))

    def _and_more(self, listed: str, more: int) -> str:
        """'Latvia, Lithuania and 3 more' (``more`` left out of the list, none when 0 or less)."""
        return fill_in(self.tr("%1 and %Ln more", "", more), listed) if more > 0 else listed

    # -- live checks --------------------------------------------------------
    def _check_url(self) -> None:
        problems = []
        for (edit, field), label in zip(((self.url_edit, "url"), (self.archive_edit, "archive_url")),
                                        self._url_errors, strict=True):
            try:
                validate.url(edit.text(), field)
                edit.setStyleSheet("")
                edit.setProperty("invalid", False)
                label.show_message("")
            except ValidationError as exc:
                edit.setStyleSheet("QLineEdit { border: 2px solid #B3261E; }")
                edit.setProperty("invalid", True)
                label.show_message(exc.message)
                problems.append(exc.message)
        if problems:
            self.url_hint.setText("")
        elif self.url_edit.text().strip():
            self.url_hint.setText(self.tr("✓ Web address looks right"))
            self.url_hint.setStyleSheet("color: #1E7B3A;")
        else:
            self.url_hint.setText(self.tr("Optional: http:// or https:// only"))
            self.url_hint.setStyleSheet("")
        self.url_hint.setVisible(not problems)

    def _choose_file(self) -> None:
        path = self.ctx.prompts.open_file(self, self.tr("Attach a file"), str(Path.home()), self.tr("All files (*)"))
        if not path:
            return
        try:
            self.attachment = Attachment.from_path(path)
        except ValidationError as exc:
            self.show_error(exc)
            return
        assert isinstance(self.attachment, Attachment)
        size = len(self.attachment.data)
        shown = self.tr("%1 (%Ln bytes)", "", size)
        if shown == "%1 (%Ln bytes)".replace("%Ln", QLocale().toString(size)):  # English: 1,050 bytes, as before
            shown = f"%1 ({size:,} bytes)"
        self.attach_label.setText(fill_in(shown, self.attachment.name))
        self.detach_button.setEnabled(True)

    def _remove_file(self) -> None:
        self.attachment = None
        self.attach_label.setText(self.tr("No file attached"))
        self.detach_button.setEnabled(False)

    # -- values ----------------------------------------------------------------
    def snapshot(self) -> object:
        """What the person can change (Escape asks before throwing it away)."""
        attachment = self.attachment
        kept = ("kept" if attachment is UNSET else None if attachment is None
                else (attachment.name, len(attachment.data)))
        return (
            self.event_date.text(), self.title_edit.text(), self.url_edit.text(), self.archive_edit.text(),
            self.publisher_edit.text(), self.kind_combo.currentIndex(), self.language_combo.currentText(),
            self.accessed.text(), self.notes_edit.toPlainText(), kept, tuple(self.countries.checked()),
            tuple(self.groups.checked()), tuple(self.recs.checked()), self.status_box.isChecked(),
            self.status_combo.currentIndex(), self.confidence_combo.currentIndex(), self.rationale_edit.toPlainText(),
        )

    def problems(self) -> list[ValidationError]:
        """Every problem the form can see, in the order of the page (the engine checks the rest)."""
        found: list[ValidationError] = []

        def check(rule: Callable[[], object]) -> None:
            try:
                rule()
            except ValidationError as exc:
                found.append(exc)

        self.event_date.check()  # the field's own red border too
        self.accessed.check()
        check(self.event_date.value)
        check(lambda: validate.text(self.title_edit.text(), "title", max_length=1000))
        check(lambda: validate.url(self.url_edit.text(), "url"))
        check(lambda: validate.url(self.archive_edit.text(), "archive_url"))
        check(lambda: validate.text(self.publisher_edit.text(), "publisher", max_length=500))
        check(lambda: validate.text(self.language_combo.currentText(), "language", max_length=500))
        check(self.accessed.value)
        texts = (self.title_edit.text(), self.url_edit.text(), self.notes_edit.toPlainText())
        if not any(t.strip() for t in texts):
            found.append(ValidationError("title", self.tr("Give the evidence at least a title, a URL or notes.")))
        links_changed = self.evidence is None or {(c, r) for c, r in self.linked_cells()} != self._original_cells
        if links_changed and not self.recs.checked():
            found.append(ValidationError("recommendations", self.tr("Choose at least one recommendation.")))
        if links_changed and not (self.countries.checked() or self.groups.checked()):
            found.append(ValidationError("countries", self.tr("Choose at least one country or group.")))
        if self.status_box.isVisible() and self.status_box.isChecked():
            if self.status_combo.currentData() is None:
                found.append(ValidationError(
                    "status", self.tr("Choose the status to set, or untick 'Also set the status'.")))
            if not self.rationale_edit.toPlainText().strip():
                found.append(ValidationError("rationale", self.tr("The rationale is required: say why this status.")))
        return found

    def value(self) -> EvidenceInput:
        """The form as a typed input for adding or editing evidence."""
        base = EvidenceInput(
            event_date=self.event_date.value(),
            title=self.title_edit.text(),
            url=self.url_edit.text(),
            archive_url=self.archive_edit.text(),
            accessed_on=self.accessed.value(),
            publisher=self.publisher_edit.text(),
            source_kind=self.kind_combo.currentData(),
            language=language_code(self.language_combo.currentText()),
            notes=self.notes_edit.toPlainText(),
        )
        countries, groups, recs = self.countries.checked(), self.groups.checked(), self.recs.checked()
        if self.evidence is not None:
            return replace(base, cells=self.chosen_cells(countries, groups, recs), attachment=self.attachment)
        status = rationale = confidence = None
        if self.status_box.isVisible() and self.status_box.isChecked():
            if self.status_combo.currentData() is None:
                raise ValidationError("status", self.tr("Choose the status to set, or untick 'Also set the status'."))
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
            codes.extend(c for c in self.book.groups.get(g, []) if c not in codes)
        assert self._original_cells is not None
        if set(codes) == {c for c, _ in self._original_cells} and set(recs) == {r for _, r in self._original_cells}:
            return None
        if not codes:
            raise ValidationError("countries", self.tr("Choose at least one country or group."))
        if not recs:
            raise ValidationError("recommendations", self.tr("Choose at least one recommendation."))
        return tuple((c, r) for c in codes for r in recs)

    def accept(self) -> None:
        """Save through the engine when the form sees no problem; else show every problem at once."""
        problems = self.problems()
        if problems:
            self.errors.show(problems)
            return
        try:
            self.submit(self.value())
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.errors.clear()
        language = language_code(self.language_combo.currentText())
        if language:
            self.ctx.settings.setValue(LAST_LANGUAGE_KEY, language)
        super().accept()

    def show_error(self, exc: ValidationError) -> None:
        """One problem (the engine's, or the attachment's), under its field."""
        self.errors.show([exc])
