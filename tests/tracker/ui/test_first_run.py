"""The first run asks whose name the history records; Preferences change it later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from db.queries import history
from tracker.preferences import Preferences, default_user, login_name
from tracker.ui import app
from tracker.ui.app import create_main_window
from tracker.ui.commands import SetStatus
from tracker.ui.dialogs import PreferencesDialog
from tracker.ui.first_run import FirstRunDialog, ask_name_on_first_run
from tracker.ui.inputs import StatusInput


def type_name(qtbot, name: str):
    """What a person does with the welcome box: replace the suggested name and press the button."""

    def answer(dialog) -> None:
        assert isinstance(dialog, FirstRunDialog)
        assert dialog.name_edit.text() == login_name()  # suggested, selected, easy to overwrite
        dialog.name_edit.setFocus()
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Delete)
        assert not dialog.ok.isEnabled()  # no empty name
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    return answer


def test_first_run_asks_for_the_name_and_the_history_records_it(qtbot, prompts, tracker_path, settings) -> None:
    prompts.on_dialog = type_name(qtbot, "Maria Kowalska")
    prefs = ask_name_on_first_run(prompts)
    assert len(prompts.dialogs) == 1 and prefs.user_name == "Maria Kowalska"
    assert Preferences.load().user_name == "Maria Kowalska"
    assert default_user() == "Maria Kowalska"

    window = create_main_window(tracker_path, prompts=prompts, store=settings)
    qtbot.addWidget(window)
    window.ctx.run(SetStatus(window.ctx, StatusInput("LT", "visa", "none", "2025-01-01", "No change.")))
    assert history(window.ctx.tracker, limit=1)[0].user == "Maria Kowalska"

    # Preferences show it and can change it later.
    seen: list[str] = []

    def rename(dialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog.name_edit.text())
        dialog.name_edit.setText("Maria K.")
        dialog.accept()

    prompts.on_dialog = rename
    preferences = window.findChild(QAction, "preferences")
    assert preferences is not None
    preferences.trigger()
    assert seen == ["Maria Kowalska"]
    window.ctx.run(SetStatus(window.ctx, StatusInput("LT", "visa", "announced", "2025-02-01", "Announced.")))
    assert history(window.ctx.tracker, limit=1)[0].user == "Maria K."
    window.close()


def test_a_stored_name_is_not_asked_again(prompts) -> None:
    Preferences(user_name="Ann").save()
    assert ask_name_on_first_run(prompts).user_name == "Ann"
    assert prompts.dialogs == []


def test_the_environment_variable_counts_as_a_chosen_name(prompts, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_TRACKER_USER", "Shared laptop")
    ask_name_on_first_run(prompts)
    assert prompts.dialogs == []


def test_cancelling_keeps_nothing_and_asks_again_next_time(qtbot, prompts) -> None:
    prompts.on_dialog = lambda dialog: qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert ask_name_on_first_run(prompts).user_name == ""
    assert not prompts.dialogs[-1].isVisible()
    assert Preferences.load().user_name == ""
    prompts.on_dialog = type_name(qtbot, "Jo")
    assert ask_name_on_first_run(prompts).user_name == "Jo"
    assert len(prompts.dialogs) == 2


def test_the_app_asks_before_it_creates_the_first_tracker(qtbot, prompts, monkeypatch: pytest.MonkeyPatch) -> None:
    """``policy-tracker`` asks first, so even the new tracker's creation is recorded with the chosen name."""
    prompts.on_dialog = type_name(qtbot, "Maria Kowalska")
    names_when_opening: list[str] = []

    def resolve(_db_path: object, _store: object) -> Path:
        names_when_opening.append(default_user())
        raise OSError("stop here: the test does not start the event loop")

    monkeypatch.setattr(app, "Prompts", lambda: prompts)
    monkeypatch.setattr(app, "resolve_tracker", resolve)
    assert app.run() == 1
    assert names_when_opening == ["Maria Kowalska", "Maria Kowalska"]  # the default tracker is tried after a failure
    assert [title for title, _text in prompts.errors] == ["Cannot open tracker", "Cannot open tracker"]


def test_a_returning_user_is_not_asked_and_the_window_gets_the_stored_preferences(
    prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a name stored, ``policy-tracker`` asks nothing and opens the tracker with the preferences it read."""
    Preferences(user_name="Ann", review_interval_days=30).save()
    opened: list[Preferences] = []

    def open_window(_path: object, **kwargs: object) -> None:
        assert isinstance(kwargs["prefs"], Preferences)
        opened.append(kwargs["prefs"])
        raise OSError("stop here: the test does not start the event loop")

    monkeypatch.setattr(app, "Prompts", lambda: prompts)
    monkeypatch.setattr(app, "resolve_tracker", lambda _db, _store: Path("t.db"))
    monkeypatch.setattr(app, "open_main_window", open_window)
    assert app.run() == 1
    assert prompts.dialogs == []
    assert [(p.user_name, p.review_interval_days) for p in opened] == [("Ann", 30), ("Ann", 30)]
