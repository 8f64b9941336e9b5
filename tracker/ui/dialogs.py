"""Smaller dialogs: preferences, about, new tracker, export."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.i18n import LANGUAGES
from db.queries import CodebookView

from .. import __version__
from ..preferences import Preferences
from .context import QT_TRANSLATE_NOOP
from .i18n import chosen_language, system_language
from .prompts import Prompts, name_standard_buttons
from .widgets import DATE_FORMAT, GuardedDialog, OptionalDate


class PreferencesDialog(GuardedDialog):
    """Your name (recorded in the history) and the review interval; asks before discarding changes."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None, *, prompts: Prompts) -> None:
        super().__init__(prompts, parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.name_edit = QLineEdit(prefs.user_name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Recorded with every change you make"))
        self.interval = QSpinBox()
        self.interval.setAccessibleName(self.tr("Review interval in days"))
        self.interval.setRange(0, 3650)
        self.interval.setSuffix(self.tr(" days"))
        self.interval.setSpecialValueText(self.tr("The tracker's own setting"))
        self.interval.setValue(prefs.review_interval_days or 0)
        self.bom = QCheckBox(self.tr("Add a byte-order mark to CSV files (Excel reads accents correctly)"))
        self.bom.setAccessibleName(self.tr("CSV byte-order mark"))
        self.bom.setChecked(prefs.csv_bom)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        system = LANGUAGES[system_language()].native_name
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for lang in LANGUAGES.values():
            shown = lang.native_name if lang.code == "en" else f"{lang.native_name} ({lang.english_name})"
            self.language.addItem(shown, lang.code)
        self.language.setCurrentIndex(max(self.language.findData(prefs.language), 0))
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setAccessibleName(self.tr("When the language changes"))
        self._language_at_start = self.language.currentData()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._language_chosen()
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.name_edit)
        form.addRow(self.tr("&Review interval"), self.interval)
        form.addRow("CSV", self.bom)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.language_note)
        hint = QLabel(self.tr("A status older than the review interval is flagged ⚑ in the matrix."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.mark_clean()

    def snapshot(self) -> object:
        return (self.name_edit.text(), self.interval.value(), self.bom.isChecked(), self.language.currentData())

    def _language_chosen(self) -> None:
        """Say in words when a new language takes effect (the menus are built once, at start-up)."""
        if self.language.currentData() == self._language_at_start:
            self.language_note.setText(self.tr("The interface's language is applied when Policy Tracker starts."))
        else:
            name = LANGUAGES[chosen_language(self.language.currentData())].native_name
            self.language_note.setText(self.tr("Restart Policy Tracker to see it in %1: the language changes"
                                               " the next time it starts.").replace("%1", name))

    def result_preferences(self, base: Preferences) -> Preferences:
        return Preferences(
            user_name=self.name_edit.text().strip(),
            review_interval_days=self.interval.value() or None,
            csv_bom=self.bom.isChecked(),
            language=self.language.currentData(),
        )


def about_html(book: CodebookView) -> str:
    """The article and the methodology, for the About box and reports."""
    statuses = "".join(
        f"<tr><td>{escape(s.label)}</td><td align='right'>{'—' if s.score is None else f'{s.score:g}'}</td>"
        f"<td>{escape(s.description)}</td></tr>"
        for s in book.statuses
    )
    recs = "".join(f"<li><b>{escape(r.title)}</b> — {escape(r.text)}</li>" for r in book.active_recommendations())
    grades = ", ".join(f"{escape(g.grade)} ≥ {g.min_score:g}" for g in book.grades)
    from .matrix import score_texts  # the grading rule as the matrix's tooltips say it, in the interface's language

    rule = score_texts().coverage_rule(book.min_coverage_for_grade, len(book.active_recommendations()))
    intro = QCoreApplication.translate(
        "AboutDialog", "Follow, country by country, whether governments act on policy recommendations."
        " Your data stays in one file on this computer; nothing leaves it unless you export it.")
    source = QCoreApplication.translate("AboutDialog", "Source:")
    methodology = QCoreApplication.translate("AboutDialog", "Methodology")
    score = QCoreApplication.translate(
        "AboutDialog",
        "<b>Score.</b> A country's score is the weighted mean of the scores of its <i>assessed</i>"
        " recommendations, from 0 to 100. Cells not assessed are left out, never counted as 0; coverage"
        " (\"4 of 5 assessed\") is shown with every score. %1 A score without a grade is marked"
        " * (not graded). <b>Grades:</b> %2; ranks are among the graded countries.")
    current = QCoreApplication.translate(
        "AboutDialog",
        "<b>Current status.</b> The assessment with the latest effective date counts (ties: the one"
        " recorded last). Scores can be computed as of any date. A status older than the review interval"
        " is flagged ⚑ for review.")
    return f"""
    <h2>Policy Tracker {__version__}</h2>
    <p>{intro}</p>
    <h3>{escape(book.title)}</h3>
    <p>{escape(book.description)}</p>
    <p><i>{source}</i> {escape(book.source)}</p>
    <ol>{recs}</ol>
    <h3>{methodology}</h3>
    <table cellspacing='4'>{statuses}</table>
    <p>{score.replace("%1", escape(rule)).replace("%2", grades)}</p>
    <p>{current}</p>
    """


class AboutDialog(QDialog):
    def __init__(self, book: CodebookView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Policy Tracker"))
        self.setAccessibleName(self.tr("About Policy Tracker"))
        self.resize(680, 620)
        browser = QTextBrowser()
        browser.setAccessibleName(self.tr("About and methodology"))
        browser.setOpenExternalLinks(False)
        browser.setHtml(about_html(book))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        name_standard_buttons(buttons)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)


class NewTrackerDialog(QDialog):
    """Choose what a new tracker starts from: the default codebook, blank, or a codebook file."""

    def __init__(self, choose_file: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New tracker"))
        self.setAccessibleName(self.tr("New tracker"))
        self._choose_file = choose_file
        self.default = QRadioButton(self.tr("Default: the article's five recommendations and 37 Western countries"))
        self.blank = QRadioButton(self.tr("Blank: the status scale only; add recommendations and countries yourself"))
        self.from_file = QRadioButton(self.tr("From a codebook file (JSON)…"))
        choices = ((self.default, self.tr("Default codebook")), (self.blank, self.tr("Blank tracker")),
                   (self.from_file, self.tr("Codebook file")))
        for b, name in choices:
            b.setAccessibleName(name)
        self.default.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.default, self.blank, self.from_file):
            group.addButton(b)
        self.file_label = QLabel("")
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.setAccessibleName(self.tr("Choose codebook file"))
        self.browse.clicked.connect(self._browse)
        self.codebook_path: str | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start the new tracker from:")))
        layout.addWidget(self.default)
        layout.addWidget(self.blank)
        layout.addWidget(self.from_file)
        layout.addWidget(self.browse)
        layout.addWidget(self.file_label)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path = self._choose_file()  # type: ignore[operator]
        if path:
            self.codebook_path = path
            self.file_label.setText(path)
            self.from_file.setChecked(True)

    def choice(self) -> str:
        if self.blank.isChecked():
            return "blank"
        if self.from_file.isChecked():
            return "file"
        return "default"


#: What can be exported, and in which formats (the first is the default).
EXPORT_CHOICES: dict[str, tuple[str, tuple[str, ...]]] = {
    "scorecard": (QT_TRANSLATE_NOOP("ExportDialog", "Scorecard (one row per country)"), ("csv", "xlsx", "json")),
    "assessments": (QT_TRANSLATE_NOOP("ExportDialog", "Assessments (current status of every cell)"),
                    ("csv", "xlsx", "json")),
    "history": (QT_TRANSLATE_NOOP("ExportDialog", "History (every assessment ever made)"), ("csv", "xlsx", "json")),
    "evidence": (QT_TRANSLATE_NOOP("ExportDialog", "Evidence"), ("csv", "xlsx", "json")),
    "report": (QT_TRANSLATE_NOOP("ExportDialog", "Report with citations"), ("pdf", "html")),
    "matrix": (QT_TRANSLATE_NOOP("ExportDialog", "Matrix image for slides"), ("png",)),
}
FORMAT_LABELS = {
    "csv": "CSV", "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (all four tables)"), "json": "JSON",
    "pdf": "PDF", "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML (one self-contained file)"),
    "png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
}


#: What each export is called in the dialog's summary line (%1: the countries it covers).
EXPORT_NOUNS: dict[str, str] = {
    "scorecard": QT_TRANSLATE_NOOP("ExportDialog", "Exporting the scorecard of %1"),
    "assessments": QT_TRANSLATE_NOOP("ExportDialog", "Exporting the assessments of %1"),
    "history": QT_TRANSLATE_NOOP("ExportDialog", "Exporting the history of %1"),
    "evidence": QT_TRANSLATE_NOOP("ExportDialog", "Exporting the evidence on %1"),
    "report": QT_TRANSLATE_NOOP("ExportDialog", "Exporting a report on %1"),
    "matrix": QT_TRANSLATE_NOOP("ExportDialog", "Exporting the matrix image of %1"),
}


def export_text(text: str) -> str:
    """``text`` (marked ``QT_TRANSLATE_NOOP("ExportDialog", ...)``) in the interface's language."""
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """What to export, in which format, as of when, for which group.

    It starts from what the person is looking at (the window's group and as-of
    date, passed as ``group`` and ``as_of``) and says so in its first line; the
    kind, format and page size are remembered from the last export.
    """

    def __init__(
        self,
        book: CodebookView,
        settings: object,
        parent: QWidget | None = None,
        *,
        report_country: str | None = None,
        group: str | None = None,
        as_of: str | None = None,
        include_proposed: bool = False,
        offer_proposed: bool = False,
        language: str | None = None,
    ) -> None:
        """``offer_proposed``: review is required or proposals wait, so "Include proposed statuses" is offered.
        ``language``: the report's and image's language to start from (default: the interface's)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.offer_proposed = offer_proposed
        self._kind_changing = False
        self.setAccessibleName(self.tr("Export"))
        self.settings = settings
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("What will be exported"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What to export"))
        for kind, (label, _formats) in EXPORT_CHOICES.items():
            self.kind.addItem(export_text(label), kind)
        self.fmt = QComboBox()
        self.fmt.setAccessibleName(self.tr("Format"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Report on"))
        self.country.addItem(self.tr("All countries"), None)
        for c in book.active_countries():
            self.country.addItem(f"{c.name} ({c.code})", c.code)
        self.page = QComboBox()
        self.page.setAccessibleName(self.tr("Page size"))
        self.page.addItems(["A4", "Letter"])
        self.as_of = OptionalDate(self.tr("As of date"), as_of)
        self.as_of.check.setText(self.tr("Past date"))
        if as_of is None:
            self.as_of.edit.setDate(QDate.currentDate())
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Group"))
        self.group.addItem(self.tr("All countries"), None)
        for name in book.groups:
            self.group.addItem(book.group_name(name), name)  # shown in the interface's language; the key as data
        self.archived = QCheckBox(self.tr("Include archived evidence"))
        self.archived.setAccessibleName(self.tr("Include archived evidence"))
        # Statuses proposed and not yet reviewed (db.review): counted only when asked, and the output says so.
        self.proposed = QCheckBox(self.tr("Include proposed statuses"))
        self.proposed.setAccessibleName(self.tr("Include proposed statuses"))
        self.proposed.setChecked(include_proposed)
        self.proposed.setToolTip(self.tr("Count statuses proposed and not yet reviewed; the file says so"))
        # Reports and the matrix image can be written in any language (tracker.reports); the interface's first.
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Report language"))
        self.language.setToolTip(self.tr("The language of the report or image; the source's own words stay quoted "
                                         "in the original beside their translation"))
        for lang in LANGUAGES.values():
            self.language.addItem(lang.native_name, lang.code)
        if language not in LANGUAGES:  # the interface's: the language of the book shown, else the preference's
            language = book.language if book.language != "en" else chosen_language(Preferences.load().language)
        start = language
        self.language.setCurrentIndex(max(0, self.language.findData(start)))
        form = QFormLayout()
        form.addRow(self.tr("&Export"), self.kind)
        form.addRow(self.tr("&Format"), self.fmt)
        form.addRow(self.tr("&Report on"), self.country)
        form.addRow(self.tr("&Page size"), self.page)
        form.addRow(self.tr("&As of"), self.as_of)
        form.addRow(self.tr("&Group"), self.group)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", self.archived)
        form.addRow("", self.proposed)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_standard_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        get = getattr(settings, "value", None)
        remembered = {}
        if get is not None:
            for key in ("kind", "format", "page"):
                remembered[key] = get(f"export/{key}", None)
        kind = "report" if report_country else (remembered.get("kind") or "scorecard")
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()
        if remembered.get("format"):
            i = self.fmt.findData(remembered["format"])
            if i >= 0:
                self.fmt.setCurrentIndex(i)
        if remembered.get("page"):
            self.page.setCurrentText(str(remembered["page"]))
        self.group.setCurrentIndex(max(0, self.group.findData(group)))
        if report_country:
            self.country.setCurrentIndex(max(0, self.country.findData(report_country)))
        for combo in (self.kind, self.country, self.group):
            combo.currentIndexChanged.connect(self._update_summary)
        self.as_of.check.toggled.connect(self._update_summary)
        self.as_of.edit.dateChanged.connect(self._update_summary)
        self.proposed.toggled.connect(self._update_summary)
        self.fmt.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self._update_summary()

    def _update_summary(self, *_args: object) -> None:
        """One line saying what the export will hold: 'Exporting the scorecard of Baltic states as of 2024-03-01'."""
        kind = self.kind.currentData()
        scope = self.group.currentText() if self.group.currentData() else self.tr("all countries")
        if kind == "report" and self.country.currentData():
            scope = self.country.currentText()
        day = self.as_of.value()
        when = self.tr("as of %1").replace("%1", day) if day else self.tr("as of today")
        proposed = (self.tr(", including proposed statuses not yet reviewed") if self.include_proposed() else "")
        what = export_text(EXPORT_NOUNS[kind]) if kind in EXPORT_NOUNS else f"Exporting {kind} %1"
        self.summary.setText(f"{what.replace('%1', f'<b>{escape(scope)}</b>')} {when}{proposed}")

    def include_proposed(self) -> bool:
        """Ticked, and offered for the chosen kind and format."""
        return self.proposed.isChecked() and self.proposed.isEnabled() and self.proposed.isVisibleTo(self)

    def _format_changed(self, *_args: object) -> None:
        """A new format may change what the summary says."""
        if not self._kind_changing:  # a new kind re-sizes the dialog first, then says what it exports
            self._update_summary()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.currentData()
        self._kind_changing = True
        self.fmt.clear()
        for fmt in EXPORT_CHOICES[kind][1]:
            self.fmt.addItem(export_text(FORMAT_LABELS[fmt]), fmt)
        self._kind_changing = False
        rows = ((self.country, kind == "report"), (self.page, kind == "report"), (self.archived, kind == "evidence"),
                (self.proposed, self.offer_proposed and kind in ("scorecard", "assessments", "history", "report")),
                (self.language, kind in ("report", "matrix")))
        for widget, visible in rows:
            self.form.setRowVisible(widget, visible)
        # Hidden rows leave no gap: the dialog takes the height its rows now need.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def accept(self) -> None:
        setter = getattr(self.settings, "setValue", None)
        if setter is not None:
            setter("export/kind", self.kind.currentData())
            setter("export/format", self.fmt.currentData())
            setter("export/page", self.page.currentText())
        super().accept()

    def options(self) -> dict[str, object]:
        return {
            "kind": self.kind.currentData(),
            "fmt": self.fmt.currentData(),
            "country": self.country.currentData(),
            "page_size": self.page.currentText(),
            "as_of": self.as_of.value(),
            "group": self.group.currentData(),
            "include_archived": self.archived.isChecked(),
            "include_proposed": self.include_proposed(),
            "language": self.language.currentData() if self.language.isVisibleTo(self) else "en",
        }


__all__ = ["DATE_FORMAT", "AboutDialog", "ExportDialog", "NewTrackerDialog", "PreferencesDialog", "about_html"]
