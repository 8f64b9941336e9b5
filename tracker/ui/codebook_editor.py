"""Edit › Codebook…: the recommendations, the status scale, the grades and the tracker's settings.

Four pages, each a small form over what is stored, and a fifth where the
codebook's texts are translated side by side with their English.  Apply saves the page's
fields as one undoable command (:mod:`.codebook_commands`) run through
``ctx.run``: the engine validates, a refusal is shown under the field it
names and nothing is saved; buttons that act on a list (Move up, Archive,
Retire…) run their command at once.  Ctrl+Z in the dialog (or the window)
takes back each step, and every page reads the codebook again whenever a
change reaches the bus.  Closing with fields changed but not applied asks
first (Save / Discard / Cancel).

Every text of the editor's own is translated (contexts: the page classes, ``CodebookPage`` for what
the pages share, ``CodebookCounts`` for counts); the codebook's texts are data and are shown as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import ValidationError, codebook_texts
from db import codebook_ops as cb
from db.codebook import TextKey
from db.codebook_ops import MAX_REVIEW_INTERVAL_DAYS
from db.codebook_write import clean_grades
from db.i18n import LANGUAGES, TRANSLATION_CODES
from db.ops import Change
from db.queries import codebook_view

from ..scoring import needed_for_grade
from .actions import QT_TRANSLATE_NOOP
from .codebook_commands import (
    AddRecommendation,
    AddStatus,
    ArchiveRecommendation,
    EditRecommendation,
    EditStatus,
    MoveRecommendation,
    RetireStatus,
    SetGrading,
    SetTrackerSettings,
    SetTranslation,
)
from .commands import TrackerCommand
from .context import AppContext, in_language
from .evidence_form import error_label
from .language import english_unless_translated
from .widgets import KEY_ROLE, FieldError, FieldErrors, with_error

RECOMMENDATIONS_PAGE, STATUSES_PAGE, GRADES_PAGE, TRACKER_PAGE, TRANSLATIONS_PAGE = range(5)
#: What the score change asks before every country is re-scored.
RESCORE_QUESTION = "Changing this score re-scores every country ({uses}). Change it?"
NOT_ASSESSED = QT_TRANSLATE_NOOP("StatusesPage", "not assessed")


class CodebookCounts(QObject):
    """The editor's texts with a count, in the language's plural forms (lupdate keeps a numerus only for
    ``self.tr``, so they live in a QObject)."""

    def rescore_question(self, used: int) -> str:
        source = "Changing this score re-scores every country (%Ln assessments use it). Change it?"
        english = RESCORE_QUESTION.format(uses="1 assessment uses it" if used == 1 else f"{used} assessments use it")
        return english_unless_translated(
            self.tr("Changing this score re-scores every country (%Ln assessments use it). Change it?", "", used),
            source, used, english)

    def outdated(self, outdated: int) -> str:
        source = "; %Ln made from English that has changed since"
        return english_unless_translated(self.tr("; %Ln made from English that has changed since", "", outdated),
                                         source, outdated, f"; {outdated} made from English that has changed since")


def rescore_question(used: int) -> str:
    """The question a score change asks: "… (3 assessments use it). Change it?"."""
    return CodebookCounts().rescore_question(used)


def not_assessed() -> str:
    return QCoreApplication.translate("StatusesPage", NOT_ASSESSED)


#: Colours in words, by the hue they start below (translated where shown: context "ColorNames").
HUE_NAMES = ((15, QT_TRANSLATE_NOOP("ColorNames", "red")), (45, QT_TRANSLATE_NOOP("ColorNames", "orange")),
             (70, QT_TRANSLATE_NOOP("ColorNames", "yellow")), (160, QT_TRANSLATE_NOOP("ColorNames", "green")),
             (200, QT_TRANSLATE_NOOP("ColorNames", "teal")), (255, QT_TRANSLATE_NOOP("ColorNames", "blue")),
             (290, QT_TRANSLATE_NOOP("ColorNames", "purple")), (335, QT_TRANSLATE_NOOP("ColorNames", "pink")),
             (360, QT_TRANSLATE_NOOP("ColorNames", "red")))
#: The darker shade of each (said of a colour whose value is under half).
DARK_NAMES = {"red": QT_TRANSLATE_NOOP("ColorNames", "dark red"),
              "orange": QT_TRANSLATE_NOOP("ColorNames", "dark orange"),
              "yellow": QT_TRANSLATE_NOOP("ColorNames", "dark yellow"),
              "green": QT_TRANSLATE_NOOP("ColorNames", "dark green"),
              "teal": QT_TRANSLATE_NOOP("ColorNames", "dark teal"),
              "blue": QT_TRANSLATE_NOOP("ColorNames", "dark blue"),
              "purple": QT_TRANSLATE_NOOP("ColorNames", "dark purple"),
              "pink": QT_TRANSLATE_NOOP("ColorNames", "dark pink")}
GREYS = (QT_TRANSLATE_NOOP("ColorNames", "black"), QT_TRANSLATE_NOOP("ColorNames", "white"),
         QT_TRANSLATE_NOOP("ColorNames", "grey"), QT_TRANSLATE_NOOP("ColorNames", "dark grey"))


def color_name(hex_color: str) -> str:
    """A colour in words ("green", "dark red"), so the scale never relies on seeing the swatch."""
    color = QColor(hex_color)
    if not color.isValid():
        return ""
    hue, sat, val = color.hsvHue(), color.hsvSaturationF(), color.valueF()
    black, white, grey, dark_grey = GREYS
    if val < 0.15:
        name = black
    elif sat < 0.15:
        name = white if val > 0.9 else grey if val > 0.35 else dark_grey
    else:
        name = next(n for limit, n in HUE_NAMES if hue < limit)
        name = DARK_NAMES[name] if val < 0.5 else name
    return QCoreApplication.translate("ColorNames", name)


def swatch(hex_color: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(hex_color) if QColor(hex_color).isValid() else QColor("#FFFFFF"))
    return QIcon(pix)


def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _plain(value: float | None) -> str:
    """1 rather than 1.0 in a field."""
    if value is None:
        return ""
    return f"{value:g}"


def _text_edit(name: str, placeholder: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


def _line_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _left(field: QWidget, width: int) -> QWidget:
    """``field`` at ``width`` pixels, on the left of its form row (a number needs no full-width box)."""
    field.setFixedWidth(width)
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addStretch(1)
    box.setFocusProxy(field)
    return box


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class _Page(QWidget):
    """A page of the editor: a form over stored values, Apply (one undoable command) and Revert."""

    #: The page's name in English (its tab shows :meth:`page_title`, translated in context "CodebookEditor").
    title = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAccessibleName(self.page_title())
        self.summary = error_label()
        self.errors = FieldErrors(self.summary)
        # What every page shows alike is translated in one context, "CodebookPage" (``self.tr`` here would
        # look in the subclass's context at run time).
        name = self.page_title().lower()
        translate = QCoreApplication.translate
        self.apply_button = _button(translate("CodebookPage", "&Apply"),
                                    translate("CodebookPage", "Apply %1 changes").replace("%1", name),
                                    translate("CodebookPage", "Save this page's changes (Ctrl+Z undoes them)"))
        self.revert_button = _button(translate("CodebookPage", "Re&vert"),
                                     translate("CodebookPage", "Revert %1 changes").replace("%1", name),
                                     translate("CodebookPage", "Throw away what was typed here and show what is"
                                                               " saved"))
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.revert)
        self._filling = False

    def page_title(self) -> str:
        """The page's name in the interface's language."""
        return QCoreApplication.translate("CodebookEditor", self.title)

    def field_error(self, fields: tuple[str, ...], target: QWidget, name: str = "") -> FieldError:
        """The label under a field that shows the problems the engine names ``fields``; ``name`` is the field's
        name as people read it (its accessible name says "<name> error")."""
        label = FieldError(name or fields[0].replace("_", " "))
        self.errors.add(fields, label, target)
        return label

    def apply_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.summary, 100)
        row.addStretch(1)  # keeps the buttons on the right while there is no message
        for button in (self.revert_button, self.apply_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        return row

    def run(self, command: TrackerCommand) -> bool:
        """Run one undoable edit; a refusal is shown under the field it names (nothing was saved)."""
        try:
            self.ctx.run(command)
        except ValidationError as exc:
            self.errors.show([exc])
            return False
        self.errors.clear()
        return True

    def edited(self) -> None:
        """A field changed: say at once what is wrong with it, and whether there is anything to apply."""
        if self._filling:
            return
        problems = self.check()
        self._show_as_typed(problems)
        changed = self.has_changes()
        self.apply_button.setEnabled(changed and not problems)
        self.revert_button.setEnabled(changed)

    def _show_as_typed(self, problems: list[ValidationError]) -> None:
        """Each problem under its field, without taking the focus from the field being typed in."""
        self.errors.clear()
        loose = []
        for exc in problems:
            label = self.errors.labels.get(exc.field)
            if label is None:
                loose.append(f"⚠ {in_language(exc.message)}")
            elif not label.isVisible():  # the first problem of a field is enough while typing
                label.show_message(exc.message)
        self.summary.setText("\n".join(loose))
        self.summary.setVisible(bool(loose))

    # -- for subclasses ------------------------------------------------------------------
    def reload(self) -> None:
        """Read what is stored again (keeping fields the person has changed and not applied)."""

    def check(self) -> list[ValidationError]:
        """What can be told wrong while typing (the engine checks everything again on Apply)."""
        return []

    def has_changes(self) -> bool:
        return False

    def apply(self) -> bool:
        """Save what was changed as one undoable edit; False, with the problems shown, while a field is invalid."""
        if not self.has_changes():
            return True
        problems = self.check()
        if problems:
            self.errors.show(problems)
            return False
        return self.save()

    def save(self) -> bool:
        """Write the page's checked changes (one command through :meth:`run`); False when it was refused."""
        return True

    def revert(self) -> None:
        self.errors.clear()


# ---------------------------------------------------------------- recommendations
class RecommendationsPage(_Page):
    title = QT_TRANSLATE_NOOP("CodebookEditor", "Recommendations")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._recs: list[dict[str, Any]] = []
        self._new = False  # the form is a new recommendation, not yet added
        self._code_typed = False  # the person typed a code (else it follows the title)
        self._current: str | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recommendations, in the matrix's order"))
        self.new_button = _button(self.tr("&New"), self.tr("New recommendation"),
                                  self.tr("Fill in a new recommendation, then Apply"))
        self.up_button = _button(self.tr("Move &up"), self.tr("Move recommendation up"),
                                 self.tr("Earlier in the matrix and exports"))
        self.down_button = _button(self.tr("Move d&own"), self.tr("Move recommendation down"),
                                   self.tr("Later in the matrix and exports"))
        self.archive_button = _button(self.tr("Arc&hive"), self.tr("Archive recommendation"),
                                      self.tr("Leave the matrix and the scores; its evidence, statuses and history"
                                              " stay"))
        self.restore_button = _button(self.tr("Re&store"), self.tr("Restore recommendation"),
                                      self.tr("Bring it back into the matrix"))

        self.code_edit = _line_edit(self.tr("Code"), self.tr("e.g. visa_policy"))
        self.code_edit.setToolTip(self.tr("The recommendation's stable name in files and exports; it cannot change"
                                          " later"))
        self.title_edit = _line_edit(self.tr("Title"), self.tr("A short title for the matrix"))
        self.text_edit = _text_edit(self.tr("Source's wording"), self.tr("The recommendation as the source words it"))
        self.guidance_edit = _text_edit(self.tr("Guidance"), self.tr("How coders should judge each status"), 110)
        self.weight_edit = _line_edit(self.tr("Weight"), "1")
        self.weight_edit.setToolTip(self.tr("How much this recommendation counts in a country's score (more than 0,"
                                            " at most 100; 1 = equal)"))
        self.use_label = QLabel()
        self.use_label.setAccessibleName(self.tr("Recommendation use"))
        self.use_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Code"), with_error(self.code_edit, self.field_error(
            ("recommendation code",), self.code_edit, self.tr("recommendation code"))))
        form.addRow(self.tr("&Title*"), with_error(self.title_edit, self.field_error(
            ("title",), self.title_edit, self.tr("title"))))
        form.addRow(self.tr("Source's &wording"), with_error(self.text_edit, self.field_error(
            ("text",), self.text_edit, self.tr("text"))))
        form.addRow(self.tr("&Guidance"), with_error(self.guidance_edit, self.field_error(
            ("guidance",), self.guidance_edit, self.tr("guidance"))))
        form.addRow(self.tr("W&eight"), with_error(_left(self.weight_edit, 90), self.field_error(
            ("weight",), self.weight_edit, self.tr("weight"))))
        form.addRow(self.use_label)
        self.errors.add(("recommendation", "order"), FieldError(self.tr("recommendation")), self.list)
        # those two are list actions: their messages belong in the summary, not under a field
        self.errors.labels.pop("recommendation")
        self.errors.labels.pop("order")

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        right.addLayout(self.apply_row())
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.start_new)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.archive_button.clicked.connect(lambda: self._archive(True))
        self.restore_button.clicked.connect(lambda: self._archive(False))
        for edit in (self.code_edit, self.weight_edit):
            edit.textChanged.connect(lambda _t: self.edited())
            edit.returnPressed.connect(self.apply)
        self.code_edit.textEdited.connect(lambda _t: setattr(self, "_code_typed", True))
        self.title_edit.textChanged.connect(self._title_changed)
        self.title_edit.returnPressed.connect(self.apply)
        for text_edit in (self.text_edit, self.guidance_edit):
            text_edit.textChanged.connect(self.edited)
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        t = self.ctx.tracker
        typed = self.has_changes()  # against what the form was filled from, before reading again
        self._recs = [cb.recommendation(t, code) for code in cb.recommendation_order(t)]
        keep = self._current
        self._filling = True
        self.list.clear()
        for pos, r in enumerate(self._recs, 1):
            text = f"{pos}. {r['title']}" + (self.tr(" — archived") if r["archived"] else "")
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, r["code"])
            item.setToolTip(f"{r['title']} ({r['code']})"
                            + (self.tr(": archived, out of the matrix") if r["archived"] else ""))
            self.list.addItem(item)
            if r["code"] == keep and not self._new:
                self.list.setCurrentItem(item)
        self._filling = False
        if self._new:
            self.edited()
        elif self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show(keep_typed=typed)

    def stored(self) -> dict[str, Any] | None:
        return next((r for r in self._recs if r["code"] == self._current), None)

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._filling:
            return
        code = None if current is None else str(current.data(KEY_ROLE))
        if code == self._current and not self._new:
            return
        if self.has_changes() and not self._leave(previous):
            return
        self._new = False
        self._current = code
        self._filling = True  # applying re-read the list: show the chosen one as chosen again
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == code:
                self.list.setCurrentRow(row)
        self._filling = False
        self._show(keep_typed=False)

    def _leave(self, previous: QListWidgetItem | None) -> bool:
        """The form has changes and another recommendation was chosen: apply, discard, or stay."""
        answer = self.ctx.prompts.save_changes(self, self.tr("Recommendation changed"),
                                               self.tr("Apply the changes you made to this recommendation?"))
        if answer == "save" and self.apply():
            return True
        if answer == "discard":
            return True
        self._filling = True  # stay: the list shows the one still being edited
        self.list.setCurrentItem(previous) if previous is not None else self.list.clearSelection()
        self._filling = False
        return False

    def _show(self, keep_typed: bool) -> None:
        """Fill the form from what is stored (``keep_typed``: leave the fields as the person typed them)."""
        stored = self.stored()
        if not keep_typed:
            self._filling = True
            self.code_edit.setText(stored["code"] if stored else "")
            self.title_edit.setText(stored["title"] if stored else "")
            self.text_edit.setPlainText(stored["text"] if stored else "")
            self.guidance_edit.setPlainText(stored["guidance"] if stored else "")
            self.weight_edit.setText(_plain(stored["weight"]) if stored else "")
            self._filling = False
            self.errors.clear()
        self.code_edit.setEnabled(self._new)  # a stored code never changes: files and exports refer to it
        for w in (self.title_edit, self.text_edit, self.guidance_edit, self.weight_edit):
            w.setEnabled(self._new or stored is not None)
        if stored is not None and not self._new:
            assessments, links = cb.recommendation_use(self.ctx.tracker, stored["code"])
            self.use_label.setText(
                self.tr("Used by %1 assessment(s) and %2 evidence link(s).").replace("%1", QLocale().toString(
                    assessments)).replace("%2", QLocale().toString(links))
                + (self.tr(" Archived: out of the matrix and the scores.") if stored["archived"] else "")
            )
        else:
            self.use_label.setText(self.tr("New: Apply adds it at the end of the matrix.") if self._new else "")
        self._update_buttons()
        self.edited()

    def _update_buttons(self) -> None:
        stored = None if self._new else self.stored()
        row = self.list.currentRow()
        self.up_button.setEnabled(stored is not None and row > 0)
        self.down_button.setEnabled(stored is not None and 0 <= row < self.list.count() - 1)
        self.archive_button.setEnabled(stored is not None and not stored["archived"])
        self.restore_button.setEnabled(stored is not None and bool(stored["archived"]))

    # -- the form -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        weight = _number(self.weight_edit.text())
        return {
            "title": self.title_edit.text().strip(),
            "text": self.text_edit.toPlainText().strip(),
            "guidance": self.guidance_edit.toPlainText().strip(),
            "weight": weight if weight is not None else self.weight_edit.text().strip(),
        }

    def changed_values(self) -> dict[str, Any]:
        stored = self.stored()
        if self._new or stored is None:
            return self.values()
        return {k: v for k, v in self.values().items() if v != stored[k]}

    def has_changes(self) -> bool:
        if self._new:
            return any((self.title_edit.text().strip(), self.text_edit.toPlainText().strip(),
                        self.guidance_edit.toPlainText().strip()))
        return self.stored() is not None and bool(self.changed_values())

    def check(self) -> list[ValidationError]:
        problems = []
        if (self._new or self.stored() is not None) and not self.title_edit.text().strip():
            problems.append(ValidationError("title", self.tr("The title is required.")))
        weight = _number(self.weight_edit.text())
        if weight is None or not 0 < weight <= 100:
            problems.append(ValidationError("weight", self.tr("The weight must be a number greater than 0 and at"
                                                              " most 100.")))
        return problems if self.has_changes() else []

    def _title_changed(self, title: str) -> None:
        if self._new and not self._code_typed and not self._filling:
            self._filling = True
            self.code_edit.setText(cb.suggest_code(self.ctx.tracker, title) if title.strip() else "")
            self._filling = False
        self.edited()

    def start_new(self) -> None:
        """Empty the form for a new recommendation (Apply adds it)."""
        if self.has_changes() and not self._leave(self.list.currentItem()):
            return
        self._new = True
        self._current = None
        self._code_typed = False
        self._filling = True
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._filling = False
        self._show(keep_typed=False)
        self.weight_edit.setText("1")
        self.title_edit.setFocus()

    # -- changing -----------------------------------------------------------------------
    def save(self) -> bool:
        if self._new:
            code = self.code_edit.text().strip()
            command: TrackerCommand = AddRecommendation(self.ctx, code, self.values())
            self._new = False  # the reload that follows the add shows it as stored
            self._current = code
            if not self.run(command):
                self._new, self._current = True, None
                self._show(keep_typed=True)
                return False
            self.ctx.bus.message.emit(self.tr("Added the recommendation %1; Ctrl+Z undoes it.").replace("%1", code),
                                      5000)
            self._select(code)
            return True
        assert self._current is not None
        if not self.run(EditRecommendation(self.ctx, self._current, self.changed_values())):
            return False
        self._show(keep_typed=False)
        return True

    def revert(self) -> None:
        super().revert()
        if self._new:
            self._new = False
            self._current = None
            self.reload()
            return
        self._show(keep_typed=False)

    def _select(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == code:
                self.list.setCurrentRow(row)
                break
        self._show(keep_typed=False)

    def _move(self, offset: int) -> None:
        if self._current is not None and self.run(MoveRecommendation(self.ctx, self._current, offset)):
            self._select(self._current)

    def _archive(self, archived: bool) -> None:
        if self._current is not None:
            self.run(ArchiveRecommendation(self.ctx, self._current, archived))
            self._select(self._current)


# ---------------------------------------------------------------- the status scale
class StatusesPage(_Page):
    title = QT_TRANSLATE_NOOP("CodebookEditor", "Status scale")
    COLUMNS = (QT_TRANSLATE_NOOP("StatusesPage", "Label"), QT_TRANSLATE_NOOP("StatusesPage", "Colour"),
               QT_TRANSLATE_NOOP("StatusesPage", "Score"), QT_TRANSLATE_NOOP("StatusesPage", "Description"))

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._statuses: list[dict[str, Any]] = []
        self._current: str | None = None
        self._new = False

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(self.tr("Status scale"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("StatusesPage", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Status scale columns"))
        for col, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)

        self.add_button = _button(self.tr("Add s&tatus"), self.tr("Add status"),
                                  self.tr("Fill in a new judgement, then Apply"))
        self.retire_button = _button(self.tr("R&etire status"), self.tr("Retire status"), self.retire_tip())
        self.code_edit = _line_edit(self.tr("Status code"), self.tr("e.g. planned"))
        self.code_edit.setToolTip(self.tr("The status's stable name in files and imports; it cannot change later"))
        self.label_edit = _line_edit(self.tr("Status label"), self.tr("As shown in the matrix and the legend"))
        self.color_edit = _line_edit(self.tr("Colour"), "#RRGGBB")
        self.color_edit.setFixedWidth(110)
        self.color_swatch = QLabel()
        self.color_swatch.setAccessibleName(self.tr("Colour swatch"))
        self.choose_color = _button(self.tr("C&hoose…"), self.tr("Choose colour"),
                                    self.tr("Pick the colour from a palette"))
        self.score_edit = _line_edit(self.tr("Score"), self.tr("0 to 100"))
        self.description_edit = _line_edit(self.tr("Status description"),
                                           self.tr("What this status means, for coders and readers"))
        self.use_label = QLabel()
        self.use_label.setAccessibleName(self.tr("Status use"))
        self.use_label.setWordWrap(True)

        color_row = QWidget()
        color_layout = QHBoxLayout(color_row)
        color_layout.setContentsMargins(0, 0, 0, 0)
        color_layout.addWidget(self.color_edit)
        color_layout.addWidget(self.color_swatch)
        color_layout.addWidget(self.choose_color)
        color_layout.addStretch(1)
        color_row.setFocusProxy(self.color_edit)
        form = QFormLayout()
        form.addRow(self.tr("C&ode"), with_error(self.code_edit, self.field_error(
            ("code",), self.code_edit, self.tr("code"))))
        form.addRow(self.tr("&Label*"), with_error(self.label_edit, self.field_error(
            ("label",), self.label_edit, self.tr("label"))))
        form.addRow(self.tr("&Colour*"), with_error(color_row, self.field_error(
            ("color",), self.color_edit, self.tr("color"))))
        form.addRow(self.tr("&Score"), with_error(_left(self.score_edit, 110), self.field_error(
            ("score",), self.score_edit, self.tr("score"))))
        form.addRow(self.tr("&Description"), with_error(self.description_edit, self.field_error(
            ("description",), self.description_edit, self.tr("description"))))
        form.addRow(self.use_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addLayout(self.apply_row())

        self.table.itemSelectionChanged.connect(self._chosen)
        self.add_button.clicked.connect(self.start_new)
        self.retire_button.clicked.connect(self._retire)
        self.choose_color.clicked.connect(self._pick_color)
        for edit in (self.code_edit, self.label_edit, self.color_edit, self.score_edit, self.description_edit):
            edit.textChanged.connect(lambda _t: self.edited())
            edit.returnPressed.connect(self.apply)
        self.color_edit.textChanged.connect(self._show_swatch)
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        t = self.ctx.tracker
        typed = self.has_changes()  # against what the form was filled from, before reading again
        self._statuses = [cb.status(t, s.code) for s in codebook_view(t).statuses]
        self._filling = True
        self.table.setRowCount(len(self._statuses))
        current_row = -1
        for row, s in enumerate(self._statuses):
            label = QTableWidgetItem(s["label"])
            label.setData(KEY_ROLE, s["code"])
            color = QTableWidgetItem(swatch(s["color"]), f"{s['color']} {color_name(s['color'])}")
            score = QTableWidgetItem(f"— ({not_assessed()})" if s["score"] is None else _plain(s["score"]))
            score.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            description = QTableWidgetItem(s["description"])
            description.setToolTip(s["description"])
            for col, item in enumerate((label, color, score, description)):
                self.table.setItem(row, col, item)
            if s["code"] == self._current:
                current_row = row
        if current_row >= 0 and not self._new:
            self.table.selectRow(current_row)
        self._filling = False
        if self._new:
            self.edited()
        elif current_row < 0 and self._statuses:
            self.table.selectRow(0)
        else:
            self._show(keep_typed=typed)

    def stored(self) -> dict[str, Any] | None:
        return next((s for s in self._statuses if s["code"] == self._current), None)

    def _chosen(self) -> None:
        if self._filling:
            return
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        code = None if item is None else str(item.data(KEY_ROLE))
        if code == self._current and not self._new:
            return
        if self.has_changes():
            answer = self.ctx.prompts.save_changes(self, self.tr("Status changed"),
                                                   self.tr("Apply the changes you made to this status?"))
            if not ((answer == "save" and self.apply()) or answer == "discard"):
                self._reselect()
                return
        self._new = False
        self._current = code
        self._reselect()  # applying re-read the table: show the chosen one as chosen again
        self._show(keep_typed=False)

    def _reselect(self) -> None:
        self._filling = True
        self.table.clearSelection()
        for row, s in enumerate(self._statuses):
            if s["code"] == self._current and not self._new:
                self.table.selectRow(row)
        self._filling = False

    def _show(self, keep_typed: bool) -> None:
        stored = self.stored()
        if not keep_typed:
            self._filling = True
            self.code_edit.setText(stored["code"] if stored else "")
            self.label_edit.setText(stored["label"] if stored else "")
            self.color_edit.setText(stored["color"] if stored else "")
            self.score_edit.setText(_plain(stored["score"]) if stored else "")
            self.description_edit.setText(stored["description"] if stored else "")
            self._filling = False
            self.errors.clear()
        self._show_swatch(self.color_edit.text())
        unassessed = stored is not None and stored["score"] is None and not self._new
        self.code_edit.setEnabled(self._new)  # a stored code never changes: files and exports refer to it
        self.score_edit.setEnabled(not unassessed)
        self.score_edit.setPlaceholderText(self.tr("no score") if unassessed else self.tr("0 to 100"))
        if unassessed and stored is not None:
            self.use_label.setText(self.tr("This is the “%1” status every cell starts at: it has no score and always"
                                           " stays on the scale.").replace("%1", not_assessed()))
        elif stored is not None and not self._new:
            used = cb.status_use(self.ctx.tracker, stored["code"])
            self.use_label.setText(self.tr("Used by %1 assessment(s) or review proposal(s).").replace(
                "%1", QLocale().toString(used)) + ("" if used else self.tr(" Unused: it can be retired.")))
        else:
            self.use_label.setText(self.tr("New: Apply adds it at the end of the scale.") if self._new else "")
        self.retire_button.setEnabled(stored is not None and not unassessed and not self._new)
        self.retire_button.setToolTip(
            self.tr("The %1 status always stays").replace("%1", not_assessed()) if unassessed else self.retire_tip()
        )
        self.edited()

    def retire_tip(self) -> str:
        return self.tr("Take a status no assessment uses off the scale (Ctrl+Z puts it back)")

    def _show_swatch(self, text: str) -> None:
        color = QColor(text.strip())
        valid = color.isValid() and text.strip().startswith("#") and len(text.strip()) == 7
        self.color_swatch.setPixmap(swatch(text.strip(), 18).pixmap(18, 18) if valid else QPixmap())
        self.color_swatch.setToolTip(color_name(text.strip()) if valid else "")
        self.color_swatch.setAccessibleDescription(color_name(text.strip()) if valid else self.tr("not a colour yet"))

    # -- the form -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        score_text = self.score_edit.text().strip()
        score = _number(score_text)
        return {
            "label": self.label_edit.text().strip(),
            "color": self.color_edit.text().strip().upper(),
            "description": self.description_edit.text().strip(),
            "score": None if not score_text else score if score is not None else score_text,
        }

    def changed_values(self) -> dict[str, Any]:
        stored = self.stored()
        if self._new or stored is None:
            return self.values()
        return {k: v for k, v in self.values().items() if v != stored[k]}

    def has_changes(self) -> bool:
        if self._new:
            return any(self.values()[k] for k in ("label", "description", "score")) or bool(self.code_edit.text())
        return self.stored() is not None and bool(self.changed_values())

    def check(self) -> list[ValidationError]:
        if not self.has_changes():
            return []
        problems = []
        values = self.values()
        if not values["label"]:
            problems.append(ValidationError("label", self.tr("The label is required.")))
        if not QColor(values["color"]).isValid() or len(values["color"]) != 7 or not values["color"].startswith("#"):
            problems.append(ValidationError("color", self.tr("Give the colour as #RRGGBB, or choose it.")))
        stored = self.stored()
        unassessed = stored is not None and stored["score"] is None and not self._new
        score = values["score"]
        if not unassessed and not (isinstance(score, float) and 0 <= score <= 100):
            problems.append(ValidationError("score", self.tr("The score must be a number from 0 to 100.")))
        return problems

    def start_new(self) -> None:
        if self.has_changes():
            answer = self.ctx.prompts.save_changes(self, self.tr("Status changed"),
                                                   self.tr("Apply the changes you made to this status?"))
            if not ((answer == "save" and self.apply()) or answer == "discard"):
                return
        self._new = True
        self._current = None
        self._filling = True
        self.table.clearSelection()
        self._filling = False
        self._show(keep_typed=False)
        self._filling = True
        self.color_edit.setText("#607D8B")
        self._filling = False
        self._show_swatch(self.color_edit.text())
        self.code_edit.setFocus()

    def _pick_color(self) -> None:
        dialog = QColorDialog(QColor(self.color_edit.text().strip() or "#808080"), self)
        dialog.setWindowTitle(self.tr("Status colour"))
        dialog.setAccessibleName(self.tr("Status colour"))
        if self.ctx.prompts.exec_dialog(dialog):
            self.color_edit.setText(dialog.selectedColor().name().upper())
        dialog.deleteLater()

    # -- changing -----------------------------------------------------------------------
    def save(self) -> bool:
        if self._new:
            code = self.code_edit.text().strip()
            self._new, self._current = False, code
            if not self.run(AddStatus(self.ctx, code, self.values())):
                self._new, self._current = True, None
                self._show(keep_typed=True)
                return False
            self.reload()
            return True
        assert self._current is not None
        values = self.changed_values()
        if "score" in values:
            used = cb.status_use(self.ctx.tracker, self._current)
            # Unused, the new score re-scores nothing: no question.
            if used and not self.ctx.prompts.confirm(self, self.tr("Change the score?"), rescore_question(used),
                                                     self.tr("Change the score")):
                return False
        if not self.run(EditStatus(self.ctx, self._current, values)):
            return False
        self._show(keep_typed=False)
        return True

    def revert(self) -> None:
        super().revert()
        if self._new:
            self._new = False
            self.reload()
            return
        self._show(keep_typed=False)

    def _retire(self) -> None:
        if self._current is not None and self.run(RetireStatus(self.ctx, self._current)):
            self.ctx.bus.message.emit(self.tr("Retired the status; Ctrl+Z puts it back."), 5000)


# ---------------------------------------------------------------- grades
class GradesPage(_Page):
    title = QT_TRANSLATE_NOOP("CodebookEditor", "Grades")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._stored: list[tuple[str, float]] = []
        self._stored_coverage = 0.5
        self._loaded = False
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Grade bands"))
        self.table.setHorizontalHeaderLabels([self.tr("Grade"), self.tr("From score"), self.tr("Up to")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setAccessibleName(self.tr("Grade band columns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(260)
        self.add_band = _button(self.tr("A&dd band"), self.tr("Add grade band"),
                                self.tr("A new band: type its grade and lowest score"))
        self.remove_band = _button(self.tr("&Remove band"), self.tr("Remove grade band"),
                                   self.tr("Remove the chosen band"))
        self.coverage = QSpinBox()
        self.coverage.setAccessibleName(self.tr("Minimum coverage for a grade"))
        self.coverage.setRange(0, 100)
        self.coverage.setSuffix(" %")
        self.coverage_note = QLabel()
        self.coverage_note.setAccessibleName(self.tr("Minimum coverage explained"))
        self.coverage_note.setWordWrap(True)
        intro = QLabel(self.tr("A country's score (0 to 100) gets the grade of the band it falls in. Bands start at"
                               " different scores, and the lowest starts at 0, so every score has a grade."))
        intro.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_band)
        buttons.addWidget(self.remove_band)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.field_error(("grade", "min_score"), self.table, self.tr("grade")))
        layout.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Minimum &coverage for a grade"), with_error(_left(self.coverage, 100), self.field_error(
            ("min_coverage_for_grade",), self.coverage, self.tr("min coverage for grade"))))
        form.addRow(self.coverage_note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.apply_row())

        self.table.itemChanged.connect(lambda _i: self._edited_table())
        self.add_band.clicked.connect(self._add_band)
        self.remove_band.clicked.connect(self._remove_band)
        self.coverage.valueChanged.connect(lambda _v: self._edited_table())
        self.reload()

    def reload(self) -> None:
        t = self.ctx.tracker
        fresh = [(g.grade, g.min_score) for g in cb.grades(t)]
        coverage = float(t.meta("min_coverage_for_grade", "0.5") or 0.5)
        typed = self._loaded and self.has_changes()
        self._stored, self._stored_coverage, self._loaded = fresh, coverage, True
        if not typed:
            self._fill(fresh, coverage)
        self.edited()

    def _fill(self, bands: list[tuple[str, float]], coverage: float) -> None:
        self._filling = True
        self.table.setRowCount(len(bands))
        for row, (grade, minimum) in enumerate(bands):
            self.table.setItem(row, 0, QTableWidgetItem(grade))
            self.table.setItem(row, 1, QTableWidgetItem(_plain(minimum)))
        self.coverage.setValue(round(coverage * 100))
        self._filling = False
        self._edited_table()

    def bands(self) -> list[tuple[str, str]]:
        def cell(row: int, col: int) -> str:
            item = self.table.item(row, col)
            return item.text().strip() if item is not None else ""

        return [(cell(r, 0), cell(r, 1)) for r in range(self.table.rowCount())]

    def _parsed(self) -> list[tuple[str, float | str]]:
        return [(g, m if (n := _number(m)) is None else n) for g, m in self.bands()]

    def bands_changed(self) -> bool:
        return self._parsed() != [(g, m) for g, m in self._stored]

    def coverage_changed(self) -> bool:
        return self.coverage.value() != round(self._stored_coverage * 100)

    def has_changes(self) -> bool:
        return self._loaded and (self.bands_changed() or self.coverage_changed())

    def check(self) -> list[ValidationError]:
        try:
            clean_grades(self._parsed())
        except ValidationError as exc:
            return [exc]
        return []

    def _edited_table(self) -> None:
        """Show each band's range (up to the next band's start) and check the bands as typed."""
        if self._filling:
            return
        self._filling = True
        starts = sorted({n for _g, m in self.bands() if (n := _number(m)) is not None})
        for row, (_grade, minimum) in enumerate(self.bands()):
            start = _number(minimum)
            above = [s for s in starts if start is not None and s > start]
            text = "—" if start is None else self.tr("below %1").replace("%1", f"{above[0]:g}") if above else "100"
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 2, item)
        self._filling = False
        total = len(codebook_view(self.ctx.tracker).active_recommendations())
        share = self.coverage.value() / 100
        need = needed_for_grade(share, total)
        self.coverage_note.setText(
            self.tr("Every country with a score gets a grade and a rank.") if share <= 0 else
            self.tr("A country gets a grade and a rank once %1 % of its recommendations are assessed (%2 of %3 now);"
                    " with fewer it has a score but no grade.").replace("%1", str(self.coverage.value()))
            .replace("%2", str(need)).replace("%3", str(total))
        )
        self.remove_band.setEnabled(self.table.rowCount() > 1)
        self.edited()

    def _add_band(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        grade = QTableWidgetItem("")
        self.table.setItem(row, 0, grade)
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(grade)

    def _remove_band(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)
            self._edited_table()

    def save(self) -> bool:
        bands: list[tuple[str, object]] | None = list(self._parsed()) if self.bands_changed() else None
        coverage = self.coverage.value() / 100 if self.coverage_changed() else None
        if not self.run(SetGrading(self.ctx, bands, coverage)):
            return False
        self._fill(self._stored, self._stored_coverage)
        return True

    def revert(self) -> None:
        super().revert()
        self._fill(self._stored, self._stored_coverage)


# ---------------------------------------------------------------- the tracker's settings
class TrackerPage(_Page):
    title = QT_TRANSLATE_NOOP("CodebookEditor", "Tracker")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._stored: dict[str, str] = {}
        self._stored_review = False
        self.title_edit = _line_edit(self.tr("Tracker title"), self.tr("Shown in the window, reports and exports"))
        self.source_edit = _line_edit(self.tr("Source"),
                                      self.tr("Where the recommendations come from (author, publication, year)"))
        self.description_edit = _text_edit(self.tr("Tracker description"),
                                           self.tr("What this tracker follows, for readers"), 110)
        self.interval = QSpinBox()
        self.interval.setAccessibleName(self.tr("Review interval in days"))
        self.interval.setRange(1, MAX_REVIEW_INTERVAL_DAYS)
        self.interval.setSuffix(" days")
        self.interval.setToolTip(self.tr("A status older than this is marked for review in the matrix"))
        self.review_box = QCheckBox(self.tr("Status changes need review by a second person"))
        self.review_box.setAccessibleName(self.tr("Status changes need review by a second person"))
        self.review_box.setToolTip(self.tr("A status set by one person is proposed; another person approves it in"
                                           " the Review tab before it counts"))
        form = QFormLayout()
        form.addRow(self.tr("&Title*"), with_error(self.title_edit, self.field_error(
            ("title",), self.title_edit, self.tr("title"))))
        form.addRow(self.tr("&Source"), with_error(self.source_edit, self.field_error(
            ("source",), self.source_edit, self.tr("source"))))
        form.addRow(self.tr("&Description"), with_error(self.description_edit, self.field_error(
            ("description",), self.description_edit, self.tr("description"))))
        form.addRow(self.tr("Review &interval"), with_error(_left(self.interval, 130), self.field_error(
            ("review_interval_days",), self.interval, self.tr("review interval days"))))
        form.addRow("", self.review_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(self.apply_row())
        self.title_edit.textChanged.connect(lambda _t: self.edited())
        self.source_edit.textChanged.connect(lambda _t: self.edited())
        self.title_edit.returnPressed.connect(self.apply)
        self.source_edit.returnPressed.connect(self.apply)
        self.description_edit.textChanged.connect(self.edited)
        self.interval.valueChanged.connect(lambda _v: self.edited())
        self.interval.valueChanged.connect(self._days_suffix)
        self.review_box.toggled.connect(lambda _on: self.edited())
        self.reload()

    def _days_suffix(self, days: int) -> None:
        """" days", or the language's plural form for the number shown (1 дзень, 2 дні, 180 дзён)."""
        counted = self.tr("%Ln days", "", days)
        number = QLocale().toString(days)
        suffix = " days" if counted == "%Ln days".replace("%Ln", number) else counted.replace(number, "", 1)
        if suffix != self.interval.suffix():
            self.interval.setSuffix(suffix)

    def reload(self) -> None:
        typed = self.has_changes()
        self._stored = cb.settings(self.ctx.tracker)
        self._stored_review = cb.review_required(self.ctx.tracker)
        if not typed:
            self._fill()
        self.edited()

    def _fill(self) -> None:
        self._filling = True
        self.title_edit.setText(self._stored["title"])
        self.source_edit.setText(self._stored["source"])
        self.description_edit.setPlainText(self._stored["description"])
        self.interval.setValue(int(self._stored["review_interval_days"] or 180))
        self.review_box.setChecked(self._stored_review)
        self._days_suffix(self.interval.value())
        self._filling = False
        self.errors.clear()

    def values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text().strip(),
            "source": self.source_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "review_interval_days": str(self.interval.value()),
        }

    def changed_values(self) -> dict[str, object]:
        return {k: v for k, v in self.values().items() if v != self._stored.get(k, "")}

    def has_changes(self) -> bool:
        if not self._stored:
            return False
        return bool(self.changed_values()) or self.review_box.isChecked() != self._stored_review

    def check(self) -> list[ValidationError]:
        if self.has_changes() and not self.title_edit.text().strip():
            return [ValidationError("title", self.tr("The title is required."))]
        return []

    def save(self) -> bool:
        review = self.review_box.isChecked()
        command = SetTrackerSettings(self.ctx, self.changed_values(),
                                     review if review != self._stored_review else None)
        if not self.run(command):
            return False
        self._fill()
        return True

    def revert(self) -> None:
        super().revert()
        self._fill()
        self.edited()


# ---------------------------------------------------------------- translations
PLACE_COLUMN, ENGLISH_COLUMN, TRANSLATION_COLUMN, STATE_COLUMN = range(4)
#: A text's state in the chosen language, in words (the colour of the row only repeats it).
MISSING, OUTDATED, TRANSLATED = (QT_TRANSLATE_NOOP("TranslationsModel", "missing"),
                                  QT_TRANSLATE_NOOP("TranslationsModel", "English changed"),
                                  QT_TRANSLATE_NOOP("TranslationsModel", "translated"))


def missing_count_text(missing: int, total: int, outdated: int = 0) -> str:
    """ "12 of 37 missing" (and how many translations were made from English edited since)."""
    locale = QLocale()
    text = (QCoreApplication.translate("TranslationsPage", "All translated") if not missing else
            QCoreApplication.translate("TranslationsPage", "%1 of %2 missing")
            .replace("%1", locale.toString(missing)).replace("%2", locale.toString(total)))
    if outdated:
        text += CodebookCounts().outdated(outdated)
    return text


class TranslationsModel(QAbstractTableModel):
    """The codebook's texts in one language: where each is, its English, its translation and its state.

    Editing the Translation column asks ``commit`` (one undoable command); what is stored comes back
    through :meth:`load` when the change reaches the bus.
    """

    HEADERS = (QT_TRANSLATE_NOOP("TranslationsModel", "Text"), QT_TRANSLATE_NOOP("TranslationsModel", "English"),
               QT_TRANSLATE_NOOP("TranslationsModel", "Translation"), QT_TRANSLATE_NOOP("TranslationsModel", "State"))

    def __init__(self, commit: Callable[[TextKey, str], bool]) -> None:
        super().__init__()
        self._commit = commit
        self.rows: list[codebook_texts.CodebookText] = []
        self.translated: dict[TextKey, str] = {}
        self.outdated: set[TextKey] = set()

    def load(self, rows: list[codebook_texts.CodebookText], translated: dict[TextKey, str],
             outdated: set[TextKey]) -> None:
        """New contents; the same texts in the same order only repaint (an open editor and the selection stay)."""
        if [r.key for r in rows] == [r.key for r in self.rows] and self.rows:
            self.rows, self.translated, self.outdated = rows, translated, outdated
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.HEADERS) - 1))
            return
        self.beginResetModel()
        self.rows, self.translated, self.outdated = rows, translated, outdated
        self.endResetModel()

    def state(self, row: int) -> str:
        key = self.rows[row].key
        if not self.translated.get(key):
            return MISSING
        return OUTDATED if key in self.outdated else TRANSLATED

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        text = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == PLACE_COLUMN:
                return text.place
            if column == ENGLISH_COLUMN:
                return text.english
            if column == TRANSLATION_COLUMN:
                return self.translated.get(text.key, "")
            return QCoreApplication.translate("TranslationsModel", self.state(index.row()))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE_COLUMN and self.state(index.row()) != TRANSLATED:
            return QColor("#a12a00")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == TRANSLATION_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TRANSLATION_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.rows[index.row()].key
        if str(value or "").strip() == self.translated.get(key, ""):
            return False
        return self._commit(key, str(value or ""))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("TranslationsModel", self.HEADERS[section])
        return super().headerData(section, orientation, role)


class TranslationsPage(_Page):
    """The codebook's texts in a chosen language, the English beside each translation; each save is undoable."""

    title = QT_TRANSLATE_NOOP("CodebookEditor", "Translations")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.apply_button.setText(self.tr("&Save translation"))
        self.apply_button.setToolTip(self.tr("Save the translation of the chosen text (Ctrl+Z undoes it)"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Translation language"))
        for code in TRANSLATION_CODES:
            self.language.addItem(f"{LANGUAGES[code].native_name} ({LANGUAGES[code].english_name})", code)
        if ctx.language in TRANSLATION_CODES:  # a Belarusian interface starts on the Belarusian texts
            self.language.setCurrentIndex(TRANSLATION_CODES.index(ctx.language))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Missing translations"))
        self.only_missing = QCheckBox(self.tr("Show only texts to translate"))
        self.only_missing.setAccessibleName(self.tr("Show only missing and out-of-date translations"))
        self.model = TranslationsModel(self._commit)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Codebook texts and their translations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Translation columns"))
        header.setSectionResizeMode(PLACE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ENGLISH_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TRANSLATION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(PLACE_COLUMN, 240)
        self.english_view = QPlainTextEdit()
        self.english_view.setReadOnly(True)
        self.english_view.setAccessibleName(self.tr("English text"))
        self.translation_edit = _text_edit(self.tr("Translation"),
                                           self.tr("Type the translation; leave empty to remove it"), 130)
        self.english_view.setFixedHeight(130)
        self.english_caption = QLabel(self.tr("English"))
        self.translation_caption = QLabel(self.tr("Translation"))
        self.translation_caption.setBuddy(self.translation_edit)

        top = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addSpacing(12)
        top.addWidget(self.count, 1)
        top.addWidget(self.only_missing)
        sides = QHBoxLayout()
        for caption, field in ((self.english_caption, self.english_view),
                               (self.translation_caption, self.translation_edit)):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(field)
            sides.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(sides)
        layout.addLayout(self.apply_row())

        self.language.currentIndexChanged.connect(self.reload)
        self.only_missing.toggled.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.translation_edit.textChanged.connect(self.edited)
        self.reload()

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def current_text(self) -> codebook_texts.CodebookText | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def reload(self) -> None:
        """Read the texts and this language's translations again; a translation being typed is kept."""
        t = self.ctx.tracker
        lang = self.lang
        typing = self.has_changes()
        chosen = self.current_text()
        self.model.load(codebook_texts.codebook_texts(t), codebook_texts.texts(t, lang),
                        codebook_texts.outdated_translations(t, lang))
        missing = sum(1 for row in range(self.model.rowCount()) if self.model.state(row) == MISSING)
        self.count.setText(missing_count_text(missing, self.model.rowCount(), len(self.model.outdated)))
        self.translation_caption.setText(self.tr("Translation (%1)").replace("%1", LANGUAGES[lang].native_name))
        self._filter()
        keys = [r.key for r in self.model.rows]
        row = keys.index(chosen.key) if chosen is not None and chosen.key in keys else 0
        if self.table.currentIndex().row() != row and keys:
            self.table.setCurrentIndex(self.model.index(row, TRANSLATION_COLUMN))
        self._show(keep_typed=typing and chosen is not None and self.current_text() == chosen)

    def _filter(self) -> None:
        only = self.only_missing.isChecked()
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, only and self.model.state(row) == TRANSLATED)

    def _chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show(keep_typed=False)

    def _show(self, keep_typed: bool) -> None:
        text = self.current_text()
        self._filling = True
        self.english_view.setPlainText(text.english if text else "")
        if not keep_typed:
            self.translation_edit.setPlainText(self.model.translated.get(text.key, "") if text else "")
        place = text.place if text else ""
        short = place[:60] + "…" if len(place) > 60 else place
        self.english_caption.setText(self.tr("English: %1").replace("%1", short) if text else self.tr("English"))
        self.english_caption.setToolTip(place)
        self.translation_edit.setEnabled(text is not None)
        self._filling = False
        self.edited()

    def stored(self) -> str:
        text = self.current_text()
        return self.model.translated.get(text.key, "") if text else ""

    def has_changes(self) -> bool:
        return self.current_text() is not None and self.translation_edit.toPlainText().strip() != self.stored()

    def _commit(self, key: TextKey, text: str) -> bool:
        return self.run(SetTranslation(self.ctx, key, self.lang, text))

    def apply(self) -> bool:
        text = self.current_text()
        if text is None or not self.has_changes():
            return True
        return self._commit(text.key, self.translation_edit.toPlainText())

    def revert(self) -> None:
        super().revert()
        self._show(keep_typed=False)


class CodebookEditor(QDialog):
    """Recommendations, status scale, grades and tracker settings, each page applied as one undoable edit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Codebook"))
        self.setAccessibleName(self.tr("Codebook"))
        self.recommendations = RecommendationsPage(ctx)
        self.statuses = StatusesPage(ctx)
        self.grades = GradesPage(ctx)
        self.tracker_page = TrackerPage(ctx)
        self.translations = TranslationsPage(ctx)
        self.pages: list[_Page] = [self.recommendations, self.statuses, self.grades, self.tracker_page,
                                   self.translations]
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Codebook pages"))
        for page in self.pages:
            self.tabs.addTab(page, page.page_title())

        note = QLabel(self.tr("Apply saves a page's changes, recorded in the history; Ctrl+Z undoes each one."))
        note.setAccessibleName(self.tr("How changes are saved"))
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setAccessibleName(self.tr("Close"))
        close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        # Undo and redo work while the dialog has the focus (the window's shortcuts do not reach a modal dialog).
        steps: tuple[tuple[QKeySequence.StandardKey, Callable[[], bool]], ...] = (
            (QKeySequence.StandardKey.Undo, ctx.undo), (QKeySequence.StandardKey.Redo, ctx.redo))
        for keys, step in steps:
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(step)
            self.addAction(action)
        ctx.bus.changed.connect(self.reload_on_change)
        self.resize(940, 640)

    def reload_on_change(self, change: Change) -> None:
        """Every codebook edit (here, an undo in the window, another program) shows at once."""
        if change.codebook:
            for page in self.pages:
                page.reload()

    def changed_pages(self) -> list[_Page]:
        return [page for page in self.pages if page.has_changes()]

    def reject(self) -> None:
        """Close; fields changed and not applied are applied, thrown away or kept, as the person says."""
        changed = self.changed_pages()
        if changed and self.isVisible():
            names = ", ".join(p.page_title() for p in changed)
            answer = self.ctx.prompts.save_changes(self, self.tr("Codebook"), self.tr(
                "Apply the changes not yet applied (%1)?").replace("%1", names))
            if answer == "cancel":
                return
            if answer == "save":
                for page in changed:
                    if not page.apply():
                        self.tabs.setCurrentWidget(page)
                        return
        super().reject()


__all__ = ["CodebookEditor", "TranslationsModel", "color_name", "missing_count_text"]
