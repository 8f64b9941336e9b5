"""Attached files in the app: picked safely, saved and opened back out of the tracker.

"Save attachment as…" and "Open attachment" are in the details dock and the
evidence view, enabled only for evidence with a file; opening writes a
private copy (never runs anything) and hands its address to the system.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QUndoStack

from db import ops
from db.queries import current_statuses
from tracker.preferences import Preferences
from tracker.ui.context import AppContext, ChangeBus
from tracker.ui.details import UID_ROLE, DetailsDock
from tracker.ui.evidence_form import EvidenceForm
from tracker.ui.evidence_view import EvidenceView

DECREE = b"%PDF-1.4\n% decree \x00\xff\n" * 50


@pytest.fixture
def ctx(tracker, tmp_path: Path, prompts, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # private copies go under the test's folder
    (tmp_path / "tmp").mkdir()
    return AppContext(
        tracker=tracker, prefs=Preferences(user_name="Alice"),
        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        prompts=prompts, undo_stack=QUndoStack(), bus=ChangeBus(),
    )


def add(ctx: AppContext, title: str, attachment: ops.Attachment | None) -> str:
    change = ops.add_evidence(ctx.tracker, event_date="2024-06-01", countries=["SE"], recommendations=["tps"],
                              title=title, attachment=attachment)
    assert change.uid is not None
    return change.uid


@pytest.fixture
def dock(qtbot: Any, ctx: AppContext) -> DetailsDock:
    widget = DetailsDock(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_in_dock(dock: DetailsDock, uid: str) -> None:
    dock.show_cell(current_statuses(dock.ctx.tracker)[("SE", "tps")])
    items = [dock.evidence.topLevelItem(i) for i in range(dock.evidence.topLevelItemCount())]
    [item] = [i for i in items if i is not None and i.data(0, UID_ROLE) == uid]
    dock.evidence.setCurrentItem(item)


@pytest.fixture
def view(qtbot: Any, ctx: AppContext) -> EvidenceView:
    widget = EvidenceView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_in_view(view: EvidenceView, uid: str) -> None:
    view.model.refresh()
    row = next(r for r, item in enumerate(view.model.items) if item.uid == uid)
    view.table.selectRow(row)


def opened_path(prompts) -> Path:
    [url] = prompts.opened_urls
    assert url.startswith("file:")
    return Path(QUrl(url).toLocalFile())


# ---------------------------------------------------------------- the details dock
def test_dock_buttons_are_enabled_only_for_evidence_with_a_file(dock, ctx) -> None:
    with_file = add(ctx, "With file", ops.Attachment("decree.pdf", DECREE, "application/pdf"))
    without = add(ctx, "Without file", None)
    select_in_dock(dock, without)
    assert not dock.attachment_button.isEnabled()
    assert not dock.open_attachment_action.isEnabled() and not dock.save_attachment_action.isEnabled()
    assert dock.attachment_button.toolTip() == "No file attached"
    select_in_dock(dock, with_file)
    assert dock.attachment_button.isEnabled()
    assert dock.open_attachment_action.isEnabled() and dock.save_attachment_action.isEnabled()
    assert dock.attachment_button.toolTip() == "Attached file: decree.pdf"
    assert dock.attachment_button.accessibleName()
    menu = dock.attachment_button.menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Open attachment", "Save attachment as…"]


def test_dock_save_attachment_as_writes_the_bytes(dock, ctx, prompts, tmp_path: Path) -> None:
    uid = add(ctx, "Decree 12", ops.Attachment("decree.pdf", DECREE, "application/pdf"))
    select_in_dock(dock, uid)
    prompts.next_save_file = str(tmp_path / "saved.pdf")
    dock.save_attachment_action.trigger()
    assert (tmp_path / "saved.pdf").read_bytes() == DECREE
    assert prompts.errors == []
    assert ctx.settings.value("files/folder") == str(tmp_path.resolve())  # the next save starts there


def test_dock_open_attachment_writes_a_private_copy_and_opens_it(dock, ctx, prompts, tmp_path: Path) -> None:
    uid = add(ctx, "Decree 12", ops.Attachment("../decree.pdf", DECREE, "application/pdf"))
    select_in_dock(dock, uid)
    dock.open_attachment_action.trigger()
    path = opened_path(prompts)
    assert path.read_bytes() == DECREE
    assert path.name == "decree.pdf"
    assert path.is_relative_to(tmp_path / "tmp")
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert not os.access(path, os.X_OK)


# ---------------------------------------------------------------- the evidence view
def test_view_buttons_are_enabled_only_for_evidence_with_a_file(view, ctx) -> None:
    with_file = add(ctx, "With file", ops.Attachment("minutes.txt", b"minutes", "text/plain"))
    without = add(ctx, "Without file", None)
    select_in_view(view, without)
    assert not view.open_attachment_button.isEnabled() and not view.save_attachment_button.isEnabled()
    select_in_view(view, with_file)
    assert view.open_attachment_button.isEnabled() and view.save_attachment_button.isEnabled()
    view.table.clearSelection()
    assert not view.open_attachment_button.isEnabled()


def test_view_save_and_open_attachment(view, ctx, prompts, tmp_path: Path) -> None:
    uid = add(ctx, "Minutes", ops.Attachment("minutes.txt", b"the minutes", "text/plain"))
    select_in_view(view, uid)
    prompts.next_save_file = str(tmp_path / "minutes copy.txt")
    view.save_attachment_button.click()
    assert (tmp_path / "minutes copy.txt").read_bytes() == b"the minutes"
    view.open_attachment_button.click()
    assert opened_path(prompts).read_bytes() == b"the minutes"
    assert prompts.errors == []


def test_cancelling_the_save_dialog_writes_nothing(view, ctx, prompts, tmp_path: Path) -> None:
    uid = add(ctx, "Minutes", ops.Attachment("minutes.txt", b"the minutes", "text/plain"))
    select_in_view(view, uid)
    before = sorted(tmp_path.iterdir())
    prompts.next_save_file = None
    view.save_attachment_button.click()
    assert sorted(tmp_path.iterdir()) == before and prompts.errors == []


def test_a_program_is_never_opened(view, ctx, prompts) -> None:
    uid = add(ctx, "Installer", ops.Attachment("setup.exe", b"MZ\x90\x00", "application/octet-stream"))
    select_in_view(view, uid)
    view.open_attachment_button.click()
    assert prompts.opened_urls == []
    [(title, text)] = prompts.errors
    assert title == "Open attachment"
    assert text == ("setup.exe is a program or script, so it is not opened from the tracker;"
                    " use Save attachment as… and check it before running it.")


def test_a_changed_file_is_refused_with_one_sentence(view, ctx, prompts, tmp_path: Path) -> None:
    uid = add(ctx, "Decree 12", ops.Attachment("decree.pdf", DECREE, "application/pdf"))
    ctx.tracker.db.conn.execute("UPDATE attachments SET data = x'00'")
    ctx.tracker.db.conn.commit()
    select_in_view(view, uid)
    prompts.next_save_file = str(tmp_path / "saved.pdf")
    view.save_attachment_button.click()
    view.open_attachment_button.click()
    assert not (tmp_path / "saved.pdf").exists() and prompts.opened_urls == []
    assert [title for title, _ in prompts.errors] == ["Save attachment as", "Open attachment"]
    assert all("decree.pdf of the evidence \u201cDecree 12\u201d has changed since it was attached" in text
               for _, text in prompts.errors)


# ---------------------------------------------------------------- picking a file in the form
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_the_form_says_why_a_pipe_or_a_link_is_not_attached(qtbot, ctx, prompts, tmp_path: Path) -> None:
    form = EvidenceForm(ctx, lambda _data: None)
    qtbot.addWidget(form)
    form.show()
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    prompts.next_open_file = str(pipe)
    form.attach_button.click()  # returns at once: a pipe is not read
    assert form.errors.messages()["File error"].endswith("pipe.pdf is a pipe, not a file; attach a regular file.")
    assert form.attach_label.text() == "No file attached"
    real = tmp_path / "real.pdf"
    real.write_bytes(DECREE)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    prompts.next_open_file = str(link)
    form.attach_button.click()
    assert form.errors.messages()["File error"].endswith("link.pdf is a link to another file; attach the file itself.")
    prompts.next_open_file = str(real)
    form.attach_button.click()
    assert form.attach_label.text() == f"real.pdf ({len(DECREE):,} bytes)"
