"""Every date field in the app takes a whole typed date and gives exactly that date.

Typed as ``2024-03-01``, ``20240301`` or the locale's short form, shown back
as ``yyyy-MM-dd``; Tab leaves the field with the date kept; text that is not
a date is reported, never turned into some other date.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from db.queries import evidence_for_cell
from tracker.ui.evidence_form import EvidenceForm
from tracker.ui.status_form import StatusForm
from tracker.ui.widgets import DateEdit

from .test_forms import press_save


@pytest.fixture
def german() -> Iterator[None]:
    """The person's locale is German (short dates like 01.03.24)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def type_date(qtbot: Any, edit: DateEdit, text: str) -> QWidget | None:
    """Select the field's text (Ctrl+A), type, Tab out; returns the widget that has the focus then."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


@pytest.mark.parametrize("typed", ["2024-03-01", "20240301", "2024/3/1", " 2024-03-01 "])
def test_typing_a_whole_date_into_the_event_date_gives_that_date_and_tab_moves_on(
    qtbot, window, prompts, typed
) -> None:
    seen: dict[str, Any] = {}

    def fill(form: EvidenceForm) -> None:
        assert form.focusWidget() is form.title_edit
        qtbot.keyClick(form.title_edit, Qt.Key.Key_Backtab)  # back into the date: its whole text is selected
        assert form.focusWidget() is form.event_date and form.event_date.selectedText() == form.event_date.text()
        qtbot.keyClicks(form.event_date, typed)  # replaces it (never merges into a part of it)
        qtbot.keyClick(form.event_date, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen["focus"], seen["text"], seen["date"] = focus, form.event_date.text(), form.event_date.date()
        seen["title"] = form.title_edit
        qtbot.keyClicks(focus, "Lithuania suspends visas")  # typing on after Tab goes to the next field
        seen["event_text_after"] = form.event_date.text()
        form.countries.set_checked(["LT"])
        form.recs.set_checked(["visa"])
        press_save(qtbot, form)

    prompts.on_dialog = fill
    window.new_evidence()
    assert seen["focus"] is seen["title"]
    assert seen["text"] == "2024-03-01" and seen["date"] == QDate(2024, 3, 1)
    assert seen["event_text_after"] == "2024-03-01"
    saved = evidence_for_cell(window.ctx.tracker, "LT", "visa")
    assert [(e.event_date, e.title) for e in saved] == [("2024-03-01", "Lithuania suspends visas")]


def test_the_locales_short_form_is_read_in_the_locales_order(qtbot, german) -> None:
    edit = DateEdit("Event date")
    other = DateEdit("Other")
    host = QWidget()
    qtbot.addWidget(host)
    edit.setParent(host)
    other.setParent(host)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    for typed in ("01.03.2024", "1.3.2024", "01.03.24"):
        assert type_date(qtbot, edit, typed) is other
        assert edit.text() == "2024-03-01", typed  # shown back unambiguously
        assert edit.date() == QDate(2024, 3, 1)
    assert "01.03.2024" in edit.placeholderText()  # the hint shows the locale's form


def test_a_text_that_is_not_a_date_is_an_error_not_another_date(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    edit = DateEdit("As of date", "2024-03-01")
    edit.setParent(host)
    other = DateEdit("Other")
    other.setParent(host)
    host.show()
    host.activateWindow()
    qtbot.waitActive(host)
    changes: list[QDate] = []
    edit.dateChanged.connect(changes.append)
    for typed in ("2024-02-30", "2024-13-01", "1.3", "March"):
        type_date(qtbot, edit, typed)
        assert edit.text() == typed  # kept as typed, to be corrected
        assert edit.error() and typed in edit.error()
        assert edit.property("invalid") is True
    assert changes == []  # no date was ever made up
    assert edit.date() == QDate(2024, 3, 1)
    type_date(qtbot, edit, "2024-03-02")
    assert edit.error() == "" and changes == [QDate(2024, 3, 2)]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # a pop-up, offscreen
def test_arrow_keys_step_and_alt_down_opens_a_calendar(qtbot) -> None:
    edit = DateEdit("Event date", "2024-03-01")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "2024-03-02"
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert edit.text() == "2024-02-02"
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = edit.calendar()
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2024, 2, 2)
    calendar.setFocus()
    days = calendar.focusWidget()  # the calendar's grid of days
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert edit.text() == "2024-02-03"


def test_the_status_forms_date_takes_a_typed_date(qtbot, window, prompts) -> None:
    window.select_cell("PL", "tps")

    def fill(form: StatusForm) -> None:
        form.status_combo.setCurrentIndex(form.status_combo.findData("partial"))
        assert type_date(qtbot, form.date_edit, "20250301") is form.confidence_combo
        qtbot.keyClicks(form.rationale_edit, "Temporary protection.")
        press_save(qtbot, form)

    prompts.on_dialog = fill
    window.set_status()
    assert window.matrix_model.cells[("PL", "tps")].effective_date == "2025-03-01"


def test_the_accessed_date_may_be_left_empty_or_typed(qtbot, window, prompts) -> None:
    def fill(form: EvidenceForm) -> None:
        assert form.accessed.text() == ""  # optional: empty means not known
        type_date(qtbot, form.accessed, "2024-03-05")
        form.title_edit.setText("Accessed")
        form.countries.set_checked(["EE"])
        form.recs.set_checked(["visa"])
        press_save(qtbot, form)

    prompts.on_dialog = fill
    window.new_evidence()
    assert [e.accessed_on for e in evidence_for_cell(window.ctx.tracker, "EE", "visa")
            if e.title == "Accessed"] == ["2024-03-05"]


def test_the_toolbar_as_of_date_takes_a_typed_date(qtbot, window) -> None:
    edit = window.as_of_edit
    assert isinstance(edit, DateEdit)
    type_date(qtbot, edit, "2023-06-01")
    assert window.ctx.view.as_of == "2023-06-01"
    assert edit.text() == "2023-06-01"
    type_date(qtbot, edit, "2023-06-31")  # not a date: the view stays where it was, and the window says why
    assert window.ctx.view.as_of == "2023-06-01"
    assert "'2023-06-31' is not a date" in edit.error()
    assert "'2023-06-31' is not a date" in window.status_bar.currentMessage()


def test_the_evidence_filter_dates_take_typed_dates(qtbot, window) -> None:
    window.show_tab(1)
    view = window.evidence_view
    view.dates.setChecked(True)
    assert isinstance(view.date_from, DateEdit) and isinstance(view.date_to, DateEdit)
    type_date(qtbot, view.date_from, "20230101")
    type_date(qtbot, view.date_to, "2023-12-31")
    assert (view.date_from.date(), view.date_to.date()) == (QDate(2023, 1, 1), QDate(2023, 12, 31))


def test_every_date_field_in_the_app_is_the_one_date_widget(qtbot, window) -> None:
    """No QDateEdit is left anywhere: they all behave the same."""
    from PySide6.QtWidgets import QDateEdit

    window.show_tab(1)
    window.show_tab(2)
    window.show_tab(0)
    assert window.findChildren(QDateEdit) == []
    assert len(window.findChildren(DateEdit)) >= 4  # as of, changes since, evidence from/to, scorecards
