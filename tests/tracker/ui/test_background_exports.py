"""File › Export… writes on a worker thread behind a progress dialog: the window keeps
painting, Cancel stops it and leaves no file, a failure is told in one sentence and
leaves nothing behind (issue 10)."""

from __future__ import annotations

import csv
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton

import tracker.export_files as export_files
from tracker.ui.dialogs import ExportDialog
from tracker.ui.tasks import BackgroundTask, ProgressDialog

real_export_to_file = export_files.export_to_file


def trigger(window: Any, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def choose(prompts: Any, kind: str, fmt: str = "csv") -> None:
    def fill(d: Any) -> None:
        if isinstance(d, ExportDialog):
            d.kind.setCurrentIndex(d.kind.findData(kind))
            d.fmt.setCurrentIndex(d.fmt.findData(fmt))
            d.accept()

    prompts.on_dialog = fill


def progress_dialog(window: Any) -> ProgressDialog:
    found = [d for d in window.findChildren(ProgressDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_an_export_runs_on_a_worker_thread_while_the_window_keeps_working(qtbot, window, prompts, tmp_path) -> None:
    """The export waits for a timer that only a live window thread can fire: it would hang if it blocked that thread."""
    window_ticked = threading.Event()
    seen: dict[str, Any] = {}

    def slow_export(*args: Any, **kwargs: Any) -> str:
        seen["thread"] = threading.current_thread()
        seen["dialog_shown"] = window_ticked.wait(timeout=30)
        return real_export_to_file(*args, **kwargs)

    def tick() -> None:
        seen["dialog"] = progress_dialog(window)
        window_ticked.set()

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(export_files, "export_to_file", slow_export)
        choose(prompts, "evidence")
        prompts.next_save_file = str(tmp_path / "evidence.csv")
        window.files.export_started.connect(lambda _task: QTimer.singleShot(0, tick))
        with qtbot.waitSignal(window.files.export_finished, timeout=30_000) as finished:
            trigger(window, "export")
    assert finished.args == [str(tmp_path / "evidence.csv")]
    assert seen["thread"] is not threading.main_thread()
    assert seen["dialog_shown"]  # the window ran its timer while the file was being written
    assert seen["dialog"].accessibleName() == "Export progress"
    rows = list(csv.DictReader((tmp_path / "evidence.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows and all(r["uid"] for r in rows)  # complete: a header and every row
    assert prompts.errors == []
    assert "Wrote" in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_the_progress_dialog_counts_rows_and_the_percentage_when_known(qtbot) -> None:
    known = ProgressDialog("Export", "Writing the evidence export", 1_000_000, None)
    qtbot.addWidget(known)
    known.show_progress(250_000)
    assert known.labelText() == "Writing the evidence export… 250,000 of 1,000,000 rows (25%)"
    assert known.value() == 250_000 and known.maximum() == 1_000_000
    unknown = ProgressDialog("Export", "Writing the history export", None, None)
    qtbot.addWidget(unknown)
    unknown.show_progress(1_500)
    assert unknown.labelText() == "Writing the history export… 1,500 rows written"
    assert unknown.maximum() == 0  # a busy bar, no made-up percentage
    assert known.accessibleName() == unknown.accessibleName() == "Export progress"
    bar = known.findChild(QProgressBar)
    assert bar is not None and bar.accessibleName() == "Rows written"


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, window, prompts, tmp_path) -> None:
    def endless_export(t: Any, kind: str, fmt: str, path: Any, options: Any = None, *, progress: Any = None) -> str:
        Path(path).write_text("half a file")
        rows = 0
        while True:  # until Cancel makes progress() raise
            rows += 500
            progress(rows)

    def press_cancel(_task: BackgroundTask) -> None:
        def click() -> None:
            buttons = progress_dialog(window).findChildren(QPushButton)
            assert [b.text() for b in buttons] == ["Cancel"]
            buttons[0].click()

        QTimer.singleShot(0, click)

    target = tmp_path / "evidence.csv"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(export_files, "export_to_file", endless_export)
        choose(prompts, "evidence")
        prompts.next_save_file = str(target)
        window.files.export_started.connect(press_cancel)
        trigger(window, "export")
    assert not target.exists()
    assert list(tmp_path.glob(".*.part")) == [] and list(tmp_path.glob("*.part")) == []
    assert prompts.errors == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert not [d for d in window.findChildren(ProgressDialog) if d.isVisible()]
    QApplication.processEvents()


@pytest.mark.parametrize("kind", ["evidence", "report"])
def test_a_failing_export_says_why_in_one_sentence_and_leaves_nothing(qtbot, window, prompts, tmp_path, kind) -> None:
    def failing(t: Any, path: Any, *args: Any, **kwargs: Any) -> None:
        Path(path).write_text("half a file")
        raise OSError(28, "No space left on device")

    def failing_export(t: Any, kind: str, fmt: str, path: Any, *args: Any, **kwargs: Any) -> str:
        failing(t, path)
        return ""

    target = tmp_path / ("out.csv" if kind == "evidence" else "out.html")
    target.write_text("an earlier export")
    with pytest.MonkeyPatch.context() as mp:
        import tracker.ui.render as render

        mp.setattr(export_files, "export_to_file", failing_export)
        mp.setattr(render, "write_report", failing)

        def fill(d: Any) -> None:
            if isinstance(d, ExportDialog):
                d.kind.setCurrentIndex(d.kind.findData(kind))
                d.fmt.setCurrentIndex(d.fmt.findData("csv" if kind == "evidence" else "html"))
                d.accept()

        prompts.on_dialog = fill
        prompts.next_save_file = str(target)
        trigger(window, "export")
    assert prompts.errors == [
        ("Export", f"The export could not be written to {target}: the disk is full.")
    ]
    message = prompts.errors[0][1]
    assert "\n" not in message and message.count(": ") == 1 and "Errno" not in message
    assert target.read_text() == "an earlier export"  # the earlier file is left as it was
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
