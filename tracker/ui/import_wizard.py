"""The import wizard: choose a file, preview it, map its columns, see every
problem with its line and field, and write nothing until the user accepts.

Checking and importing run on a worker thread with their own connection to
the tracker, with progress and a Cancel button; the engine
(:mod:`tracker.importer`) does all the work and rolls back on any failure.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db import Tracker, TrackerError

from ..importer import (
    ENCODINGS,
    FIELD_HELP,
    FIELDS,
    MIXED_ENCODING,
    ImportCancelled,
    ImportFailed,
    ImportPlan,
    ImportResult,
    ImportSource,
    apply_import,
    check_mapping,
    encoding_label,
    peek_text,
    plan_import,
    read_table,
    resolve_mapping,
)
from .context import QT_TRANSLATE_NOOP, AppContext, failure_sentence, in_language
from .language import untranslated
from .models import ListTableModel

IGNORE = QT_TRANSLATE_NOOP("MappingPage", "— ignore this column —")
#: The importer's names of encodings that hold words (tracker.importer.ENCODINGS), for the interface's language.
ENCODING_NAMES = (
    QT_TRANSLATE_NOOP("FilePage", "Automatic (UTF-8, else Windows-1252)"),
    QT_TRANSLATE_NOOP("FilePage", "Windows-1252 (Western European)"),
    QT_TRANSLATE_NOOP("FilePage", "ISO-8859-1 (Latin-1)"),
    QT_TRANSLATE_NOOP("FilePage", "ISO-8859-2 (Latin-2, Central European)"),
    QT_TRANSLATE_NOOP("FilePage", "Windows-1250 (Central European)"),
    QT_TRANSLATE_NOOP("FilePage", "UTF-8 and Windows-1252 mixed, line by line"),
    QT_TRANSLATE_NOOP("FilePage", "UTF-8 with BOM"),
)


class PreviewModel(ListTableModel):
    """The first rows of the file, as read (line number first)."""

    def __init__(self, headers: list[str], rows: list[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = [self.tr("Line"), *headers]
        self.rows = rows

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(row.line)
        if row.error:
            return in_language(row.error) if column == 1 else ""
        values = row.values
        text = values[column - 1] if column - 1 < len(values) else ""
        if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
            return text[:119] + "…"
        return text


class IssueModel(ListTableModel):
    """Every problem, with its line and field; duplicates listed as skipped."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (self.tr("Line"), self.tr("Field"), self.tr("Problem"))

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (str(row[0]), row[1], row[2])[column]


class Worker(QThread):
    """Runs a check or an import on its own connection; reports progress and the outcome."""

    progressed = Signal(int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Tracker, Callable[[int], None], Callable[[], bool]], Any],
                 path: Path | None, tracker: Tracker, parent: Any = None) -> None:
        super().__init__(parent)
        self.job = job
        self.path = path
        self.tracker = tracker
        self.stop = threading.Event()

    def run(self) -> None:
        own: Tracker | None = None
        try:
            t = self.tracker
            if self.path is not None:
                own = Tracker.open(self.path, user=self.tracker.user)
                t = own
            outcome = self.job(t, self.progressed.emit, self.stop.is_set)
        except (TrackerError, OSError, ValueError) as exc:
            self.failed.emit(exc)
        except sqlite3.Error as exc:  # locked for too long, disk full, damaged file: one sentence, the page ends
            self.failed.emit(TrackerError(failure_sentence(exc)))
        else:
            self.succeeded.emit(outcome)
        finally:
            if own is not None:
                own.close()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr(
            "A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) "
            "or an Excel workbook (.xlsx)."
        ))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Path of the file…"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for a file"))
        browse.clicked.connect(self._browse)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Text encoding"))
        self.encoding.setToolTip(self.tr(
            "How the file's bytes are read as letters. Automatic reads UTF-8, else Windows-1252, "
            "and refuses a file that mixes them."
        ))
        for name, label in ENCODINGS:
            self.encoding.addItem(self.encoding_name(label), name)
        encoding_caption = QLabel(self.tr("&Encoding:"))
        encoding_caption.setBuddy(self.encoding)
        self.preview_about = QLabel()
        self.preview_about.setAccessibleName(self.tr("How the preview is read"))
        self.preview_about.setWordWrap(True)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setAccessibleName(self.tr("First lines of the file"))
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview_text.setFixedHeight(self.preview_text.fontMetrics().lineSpacing() * 11)
        # Typing a path reads the file once the typing pauses, not at every key.
        self._peek_timer = QTimer(self)
        self._peek_timer.setSingleShot(True)
        self._peek_timer.setInterval(250)
        self._peek_timer.timeout.connect(self.update_preview)
        self.path_edit.textChanged.connect(self._peek_timer.start)
        self.encoding.currentIndexChanged.connect(self.update_preview)
        self.add_countries = QCheckBox(self.tr(
            "Add countries the tracker does not follow yet, when they are valid ISO countries"
        ))
        self.add_countries.setAccessibleName(self.tr("Add unknown countries"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("File problem"))
        self.message.setStyleSheet("color: #B3261E;")
        help_text = QLabel(self.tr(
            "Columns: %1.<br>A row needs <code>date</code>, <code>countries</code>, <code>recommendations</code>"
            " and a title, URL or notes. Nothing is written until you confirm on the last page."
        ).replace("%1", ", ".join(f"<code>{f}</code>" for f in FIELDS)))
        help_text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(encoding_caption)
        encoding_row.addWidget(self.encoding)
        encoding_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(encoding_row)
        layout.addWidget(self.preview_about)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.add_countries)
        layout.addWidget(help_text)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.update_preview()

    def _browse(self) -> None:
        path = self.wiz.ctx.prompts.open_file(self, self.tr("Import evidence"), str(Path.home()),
                                              self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def update_preview(self, *_args: Any) -> None:
        """Show the file's first lines as the chosen encoding reads them (the whole file is checked on Next)."""
        self._peek_timer.stop()
        self.message.clear()  # it was about the file or encoding before this change
        path = self.path_edit.text().strip()
        chosen = self.encoding.currentData()
        peek = None
        if path and Path(path).is_file():
            try:
                peek = peek_text(path, chosen)
            except OSError as exc:
                self.preview_about.setText(
                    self.tr("The file cannot be read: %1.").replace("%1", str(exc.strerror or exc)))
        elif path:
            self.preview_about.setText(self.tr("No file by that name yet."))
        else:
            self.preview_about.setText(
                self.tr("The first lines of the file are shown here, as the encoding reads them."))
        self.encoding.setEnabled(peek is None or peek.kind != "xlsx")
        if peek is None:
            self.preview_text.clear()
            return
        if peek.kind == "xlsx":
            self.preview_about.setText(
                self.tr("An Excel workbook: it needs no encoding. Its rows are shown on the next page."))
            self.preview_text.clear()
            return
        read_as = encoding_label(peek.encoding)
        if chosen is None and peek.encoding == MIXED_ENCODING:
            about = self.tr("⚠ This file mixes encodings: line %1 is not UTF-8 but earlier lines are. "
                            "Choose “%2” (shown here) or the one encoding it should be.")
        elif peek.bad_line is not None and peek.encoding != MIXED_ENCODING:
            about = self.tr("⚠ Read as %2, line %1 has bytes that are not valid %2 "
                            "(shown as �): choose another encoding.")
        elif chosen is None:
            about = self.tr("First lines, read as %2 (detected).")
        else:
            about = self.tr("First lines, read as %2.")
        about = about.replace("%1", str(peek.bad_line)).replace("%2", self.encoding_name(read_as))
        self.preview_about.setText(about)
        self.preview_text.setPlainText(peek.text)

    def encoding_name(self, label: str) -> str:
        """The importer's name of an encoding (:func:`tracker.importer.encoding_label`), in the interface's language."""
        return QCoreApplication.translate("FilePage", label) if label in ENCODING_NAMES else label

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        """Open the file now, so a file that cannot be read is said here, before anything else."""
        try:
            source = read_table(self.path_edit.text().strip(), encoding=self.encoding.currentData())
        except ImportFailed as exc:  # the file as a whole: its message says the line
            self.message.setText(
                "\n".join(f"⚠ {in_language(issue.message)}" for issue in exc.errors[:3]) or f"⚠ {in_language(exc)}")
            return False
        except (TrackerError, OSError) as exc:
            self.message.setText(f"⚠ {in_language(exc)}")
            return False
        self.message.clear()
        self.wiz.set_source(source)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview and columns"))
        self.setSubTitle(
            self.tr("Check the first rows; match any column whose name differs from the tracker's fields."))
        self.about = QLabel()
        self.about.setAccessibleName(self.tr("File format"))
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Preview of the file"))
        self.preview.verticalHeader().setVisible(False)
        self.preview.setWordWrap(False)
        self.mapping_box = QWidget()
        self.mapping_grid = QGridLayout(self.mapping_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_box)
        scroll.setMinimumHeight(150)
        self.issues = QLabel()
        self.issues.setWordWrap(True)
        self.issues.setAccessibleName(self.tr("Column problems"))
        self.issues.setStyleSheet("color: #B3261E;")
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel(self.tr("<b>Columns</b> — which field each column of the file fills")))
        layout.addWidget(scroll, 2)
        layout.addWidget(self.issues)

    def initializePage(self) -> None:  # noqa: N802
        source = self.wiz.source
        assert source is not None
        n = len(source.headers)
        about = self.tr("%1: %2, %Ln columns", "", n)
        if untranslated(about, "%1: %2, %Ln columns", n):
            about = f"%1: %2, {n} columns"
        self.about.setText(about.replace("%1", source.name).replace("%2", in_language(source.describe())))
        model = PreviewModel(list(source.headers), source.preview(20), self)
        self.preview.setModel(model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.resizeColumnsToContents()
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget:
                widget.deleteLater()
        self.combos = []
        fields, _explicit = resolve_mapping(source.headers, None)
        for i, (header, field) in enumerate(zip(source.headers, fields, strict=True)):  # one field per column
            label = QLabel(header or self.tr("(column %1 has no name)").replace("%1", str(i + 1)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header or str(i + 1)))
            combo.addItem(QCoreApplication.translate("MappingPage", IGNORE), None)
            for f in FIELDS:
                combo.addItem(f, f)
                combo.setItemData(combo.count() - 1, in_language(FIELD_HELP.get(f, "")), Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(self._changed)
            label.setBuddy(combo)
            self.mapping_grid.addWidget(label, i // 2, (i % 2) * 2)
            self.mapping_grid.addWidget(combo, i // 2, (i % 2) * 2 + 1)
            self.combos.append(combo)
        self._changed()

    def mapping(self) -> list[str | None]:
        return [c.currentData() for c in self.combos]

    def _problems(self) -> list[str]:
        source = self.wiz.source
        assert source is not None
        fields = self.mapping()
        explicit = {i for i, f in enumerate(fields) if f is None}
        issues = check_mapping(source.headers, fields, explicit, source.header_line)
        return [in_language(issue.sentence) for issue in issues]  # the importer's sentences, in the UI's language

    def _changed(self, *_args: Any) -> None:
        problems = self._problems()
        self.issues.setText("\n".join(f"⚠ {p}" for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.combos) and not self._problems()


class ImportRunTexts(QObject):
    """What the check and import pages say while they run (a QObject, so that counts get plural forms)."""

    def rows_read(self, n: int) -> str:
        text = self.tr("%Ln rows read…", "", n)
        return f"{n:,} rows read…" if untranslated(text, "%Ln rows read…", n) else text


class _RunPage(QWizardPage):
    """A page that runs a job on the worker thread with progress and cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.progress = QProgressBar()
        self.progress.setAccessibleName(QCoreApplication.translate("ImportRunTexts", "Progress"))
        self.progress.setRange(0, 0)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportRunTexts", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ImportRunTexts", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportRunTexts", "Summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.worker: Worker | None = None
        self.done = False
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.progress_label)
        self.layout_.addWidget(self.summary)

    def start(self, job: Callable[[Tracker, Callable[[int], None], Callable[[], bool]], Any]) -> None:
        self.done = False
        self.summary.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()
        t = self.wiz.ctx.tracker
        self.worker = Worker(job, t.path, t, self)
        texts = ImportRunTexts(self)
        self.worker.progressed.connect(lambda n: self.progress_label.setText(texts.rows_read(n)))
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        if t.path is None:  # an in-memory tracker cannot be shared with a thread
            self.worker.run()
        else:
            self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.progress_label.setText(QCoreApplication.translate("ImportRunTexts", "Cancelling…"))

    def _finish_run(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.cancel_button.setEnabled(False)
        self.done = True

    def _succeeded(self, outcome: Any) -> None:
        self._finish_run()
        self.show_outcome(outcome)
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self._finish_run()
        self.show_failure(exc)
        self.completeChanged.emit()

    def show_outcome(self, outcome: Any) -> None:
        raise NotImplementedError

    def show_failure(self, exc: Exception) -> None:
        raise NotImplementedError

    def wait(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.wait()

    def cleanupPage(self) -> None:  # noqa: N802
        self.cancel()
        self.wait()


class CheckPage(_RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked. Nothing has been written yet."))
        self.issues = IssueModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Problems found"))
        self.table.setModel(self.issues)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.layout_.addWidget(self.table, 1)
        self.plan: ImportPlan | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.plan = None
        self.issues.beginResetModel()
        self.issues.rows = []
        self.issues.endResetModel()
        source, mapping = self.wiz.source, self.wiz.mapping_page.mapping()
        add = self.wiz.file_page.add_countries.isChecked()
        assert source is not None  # set by the file page before the wizard gets here
        self.start(
            lambda t, progress, cancel: plan_import(
                t, source, mapping, add_countries=add, progress=progress, cancel=cancel
            )
        )

    def show_outcome(self, plan: ImportPlan) -> None:
        self.plan = plan
        rows = [(e.line, in_language(e.field), in_language(e.message)) for e in plan.errors]  # the importer's words
        duplicate = self.tr("(duplicate)")
        rows += [(d.line, duplicate, in_language(d.message)) for d in plan.duplicates]
        self.issues.beginResetModel()
        self.issues.rows = rows
        self.issues.endResetModel()
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if plan.ok:
            self.progress_label.setText(self.tr("✓ The file can be imported. Press Import to write it."))
        else:
            n = len(plan.errors)
            source = "⚠ %Ln problems: fix the file (or the column choices) and check again. Nothing will be written."
            text = self.tr("⚠ %Ln problems: fix the file (or the column choices) and check again."
                           " Nothing will be written.", "", n)
            if untranslated(text, source, n):
                text = (f"⚠ {n} problem{'s' if n != 1 else ''}: "
                        "fix the file (or the column choices) and check again. Nothing will be written.")
            self.progress_label.setText(text)
        self.summary.setText(in_language(plan.summary()))

    def show_failure(self, exc: Exception) -> None:
        self.plan = None
        if isinstance(exc, ImportCancelled):
            self.progress_label.setText(self.tr("Check cancelled. Nothing was written."))
        elif isinstance(exc, ImportFailed):
            self.issues.beginResetModel()
            self.issues.rows = [(e.line, in_language(e.field), in_language(e.message)) for e in exc.errors]
            self.issues.endResetModel()
            self.progress_label.setText(f"⚠ {in_language(exc)}")
        else:
            self.progress_label.setText(f"⚠ {in_language(exc)}")

    def isComplete(self) -> bool:  # noqa: N802
        return self.done and self.plan is not None and self.plan.ok


class ImportPage(_RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Everything is written in one step; if anything fails or you cancel, nothing is."))
        self.result: ImportResult | None = None
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.result = None
        plan = self.wiz.check_page.plan
        assert plan is not None
        self.start(lambda t, progress, cancel: apply_import(t, plan, progress=progress, cancel=cancel))

    def show_outcome(self, result: ImportResult) -> None:
        self.result = result
        self.progress_label.setText(self.tr("✓ Imported."))
        self.summary.setText(in_language(result.summary()))
        self.wiz.imported(result)

    def show_failure(self, exc: Exception) -> None:
        self.result = None
        if isinstance(exc, ImportCancelled):
            self.progress_label.setText(self.tr("Import cancelled. Nothing was written."))
        else:
            self.progress_label.setText(self.tr("⚠ Nothing was written: %1").replace("%1", in_language(exc)))

    def isComplete(self) -> bool:  # noqa: N802
        return self.done


class ImportWizard(QWizard):
    """File › Import evidence…"""

    def __init__(
        self, ctx: AppContext, on_imported: Callable[[ImportResult], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_imported = on_imported
        self.source: ImportSource | None = None
        self.setWindowTitle(self.tr("Import evidence"))
        self.setAccessibleName(self.tr("Import evidence"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(860, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.currentIdChanged.connect(self._page_changed)
        self.finished.connect(self._close_source)

    def _page_changed(self, page_id: int) -> None:
        # The check page's Next button starts the import: say so.
        next_text = self.tr("&Import") if self.page(page_id) is self.check_page else self.tr("&Next >")
        self.setButtonText(QWizard.WizardButton.NextButton, next_text)

    def set_source(self, source: ImportSource) -> None:
        self._close_source()
        self.source = source

    def imported(self, result: ImportResult) -> None:
        self.on_imported(result)

    def _close_source(self, *_args: Any) -> None:
        for page in (self.check_page, self.import_page):
            page.wait()
        if self.source is not None:
            self.source.close()
            self.source = None

    def reject(self) -> None:
        for page in (self.check_page, self.import_page):
            page.cancel()
            page.wait()
        super().reject()
