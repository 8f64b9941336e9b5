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

from PySide6.QtCore import Qt, QThread, QTimer, Signal
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
from .context import AppContext, failure_sentence
from .models import ListTableModel

IGNORE = "— ignore this column —"


class PreviewModel(ListTableModel):
    """The first rows of the file, as read (line number first)."""

    def __init__(self, headers: list[str], rows: list[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = ["Line", *headers]
        self.rows = rows

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(row.line)
        if row.error:
            return row.error if column == 1 else ""
        values = row.values
        text = values[column - 1] if column - 1 < len(values) else ""
        if role == Qt.ItemDataRole.DisplayRole and len(text) > 120:
            return text[:119] + "…"
        return text


class IssueModel(ListTableModel):
    """Every problem, with its line and field; duplicates listed as skipped."""

    COLUMNS = ("Line", "Field", "Problem")

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
        self.setTitle("Choose a file")
        self.setSubTitle(
            "A CSV file (comma, semicolon or tab separated; UTF-8, Windows-1252 or another encoding you choose) "
            "or an Excel workbook (.xlsx)."
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName("File to import")
        self.path_edit.setPlaceholderText("Path of the file…")
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton("Browse…")
        browse.setAccessibleName("Browse for a file")
        browse.clicked.connect(self._browse)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName("Text encoding")
        self.encoding.setToolTip(
            "How the file's bytes are read as letters. Automatic reads UTF-8, else Windows-1252, "
            "and refuses a file that mixes them."
        )
        for name, label in ENCODINGS:
            self.encoding.addItem(label, name)
        encoding_caption = QLabel("&Encoding:")
        encoding_caption.setBuddy(self.encoding)
        self.preview_about = QLabel()
        self.preview_about.setAccessibleName("How the preview is read")
        self.preview_about.setWordWrap(True)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setAccessibleName("First lines of the file")
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
        self.add_countries = QCheckBox(
            "Add countries the tracker does not follow yet, when they are valid ISO countries"
        )
        self.add_countries.setAccessibleName("Add unknown countries")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("File problem")
        self.message.setStyleSheet("color: #B3261E;")
        help_text = QLabel(
            "Columns: " + ", ".join(f"<code>{f}</code>" for f in FIELDS)
            + ".<br>A row needs <code>date</code>, <code>countries</code>, <code>recommendations</code>"
            " and a title, URL or notes. "
            "Nothing is written until you confirm on the last page."
        )
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
        path = self.wiz.ctx.prompts.open_file(self, "Import evidence", str(Path.home()),
                                              "Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)")
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
                self.preview_about.setText(f"The file cannot be read: {exc.strerror or exc}.")
        elif path:
            self.preview_about.setText("No file by that name yet.")
        else:
            self.preview_about.setText("The first lines of the file are shown here, as the encoding reads them.")
        self.encoding.setEnabled(peek is None or peek.kind != "xlsx")
        if peek is None:
            self.preview_text.clear()
            return
        if peek.kind == "xlsx":
            self.preview_about.setText("An Excel workbook: it needs no encoding. Its rows are shown on the next page.")
            self.preview_text.clear()
            return
        read_as = encoding_label(peek.encoding)
        if chosen is None and peek.encoding == MIXED_ENCODING:
            about = (f"⚠ This file mixes encodings: line {peek.bad_line} is not UTF-8 but earlier lines are. "
                     f"Choose “{read_as}” (shown here) or the one encoding it should be.")
        elif peek.bad_line is not None and peek.encoding != MIXED_ENCODING:
            about = (f"⚠ Read as {read_as}, line {peek.bad_line} has bytes that are not valid {read_as} "
                     "(shown as �): choose another encoding.")
        else:
            about = f"First lines, read as {read_as}" + (" (detected)" if chosen is None else "") + "."
        self.preview_about.setText(about)
        self.preview_text.setPlainText(peek.text)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        """Open the file now, so a file that cannot be read is said here, before anything else."""
        try:
            source = read_table(self.path_edit.text().strip(), encoding=self.encoding.currentData())
        except ImportFailed as exc:  # the file as a whole: its message says the line
            self.message.setText("\n".join(f"⚠ {issue.message}" for issue in exc.errors[:3]) or f"⚠ {exc}")
            return False
        except (TrackerError, OSError) as exc:
            self.message.setText(f"⚠ {exc}")
            return False
        self.message.clear()
        self.wiz.set_source(source)
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle("Preview and columns")
        self.setSubTitle("Check the first rows; match any column whose name differs from the tracker's fields.")
        self.about = QLabel()
        self.about.setAccessibleName("File format")
        self.preview = QTableView()
        self.preview.setAccessibleName("Preview of the file")
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
        self.issues.setAccessibleName("Column problems")
        self.issues.setStyleSheet("color: #B3261E;")
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.preview, 3)
        layout.addWidget(QLabel("<b>Columns</b> — which field each column of the file fills"))
        layout.addWidget(scroll, 2)
        layout.addWidget(self.issues)

    def initializePage(self) -> None:  # noqa: N802
        source = self.wiz.source
        assert source is not None
        self.about.setText(f"{source.name}: {source.describe()}, {len(source.headers)} columns")
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
            label = QLabel(header or f"(column {i + 1} has no name)")
            combo = QComboBox()
            combo.setAccessibleName(f"Field for column {header or i + 1}")
            combo.addItem(IGNORE, None)
            for f in FIELDS:
                combo.addItem(f, f)
                combo.setItemData(combo.count() - 1, FIELD_HELP.get(f, ""), Qt.ItemDataRole.ToolTipRole)
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
        return [str(issue) for issue in check_mapping(source.headers, fields, explicit, source.header_line)]

    def _changed(self, *_args: Any) -> None:
        problems = self._problems()
        self.issues.setText("\n".join(f"⚠ {p}" for p in problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.combos) and not self._problems()


class _RunPage(QWizardPage):
    """A page that runs a job on the worker thread with progress and cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress")
        self.progress.setRange(0, 0)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary")
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
        self.worker.progressed.connect(lambda n: self.progress_label.setText(f"{n:,} rows read…"))
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        if t.path is None:  # an in-memory tracker cannot be shared with a thread
            self.worker.run()
        else:
            self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.progress_label.setText("Cancelling…")

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
        self.setTitle("Check")
        self.setSubTitle("Every row is checked. Nothing has been written yet.")
        self.issues = IssueModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Problems found")
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
        rows = [(e.line, e.field, e.message) for e in plan.errors]
        rows += [(d.line, "(duplicate)", d.message) for d in plan.duplicates]
        self.issues.beginResetModel()
        self.issues.rows = rows
        self.issues.endResetModel()
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if plan.ok:
            self.progress_label.setText("✓ The file can be imported. Press Import to write it.")
        else:
            self.progress_label.setText(
                f"⚠ {len(plan.errors)} problem{'s' if len(plan.errors) != 1 else ''}: "
                "fix the file (or the column choices) and check again. Nothing will be written."
            )
        self.summary.setText(plan.summary())

    def show_failure(self, exc: Exception) -> None:
        self.plan = None
        if isinstance(exc, ImportCancelled):
            self.progress_label.setText("Check cancelled. Nothing was written.")
        elif isinstance(exc, ImportFailed):
            self.issues.beginResetModel()
            self.issues.rows = [(e.line, e.field, e.message) for e in exc.errors]
            self.issues.endResetModel()
            self.progress_label.setText(f"⚠ {exc}")
        else:
            self.progress_label.setText(f"⚠ {exc}")

    def isComplete(self) -> bool:  # noqa: N802
        return self.done and self.plan is not None and self.plan.ok


class ImportPage(_RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Import")
        self.setSubTitle("Everything is written in one step; if anything fails or you cancel, nothing is.")
        self.result: ImportResult | None = None
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802
        self.result = None
        plan = self.wiz.check_page.plan
        assert plan is not None
        self.start(lambda t, progress, cancel: apply_import(t, plan, progress=progress, cancel=cancel))

    def show_outcome(self, result: ImportResult) -> None:
        self.result = result
        self.progress_label.setText("✓ Imported.")
        self.summary.setText(result.summary())
        self.wiz.imported(result)

    def show_failure(self, exc: Exception) -> None:
        self.result = None
        if isinstance(exc, ImportCancelled):
            self.progress_label.setText("Import cancelled. Nothing was written.")
        else:
            self.progress_label.setText(f"⚠ Nothing was written: {exc}")

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
        self.setWindowTitle("Import evidence")
        self.setAccessibleName("Import evidence")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(860, 600)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.check_page, self.import_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, "&Next >")
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Close")
        self.currentIdChanged.connect(self._page_changed)
        self.finished.connect(self._close_source)

    def _page_changed(self, page_id: int) -> None:
        # The check page's Next button starts the import: say so.
        next_text = "&Import" if self.page(page_id) is self.check_page else "&Next >"
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
