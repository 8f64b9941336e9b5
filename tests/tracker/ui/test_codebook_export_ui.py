"""File › Export codebook…: the tracker's codebook saved as the JSON ``init --codebook`` reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction

from db import Tracker, load_codebook, ops
from db.queries import codebook_view


def file_menu_action(window: Any, text: str) -> QAction:
    """The File menu's item with this text (what a person clicks, not just an action somewhere)."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def test_the_menu_item_writes_the_codebook_and_says_where(window: Any, prompts: Any, tmp_path: Path) -> None:
    ops.edit_recommendation(window.ctx.tracker, "visa", weight=2)
    ops.archive_recommendation(window.ctx.tracker, "students")
    asked: list[str] = []

    def save_file(parent: Any, title: str, suggested: str, filters: str) -> str:
        asked.append(suggested)
        assert "*.json" in filters
        return str(tmp_path / "shared.json")

    prompts.save_file = save_file
    action = file_menu_action(window, "Export codebook…")
    assert action.isEnabled() and "init --codebook" in action.toolTip()
    action.trigger()
    assert Path(asked[0]).name == "tracker-codebook.json"
    assert prompts.errors == []
    book = load_codebook(tmp_path / "shared.json")
    recs = {r.code: r for r in book.recommendations}
    assert recs["visa"].weight == 2 and recs["students"].archived
    message = window.statusBar().currentMessage()
    assert "Exported the codebook (5 recommendations)" in message and str(tmp_path / "shared.json") in message
    # Started from the file, a new tracker has the same codebook.
    with Tracker.create(tmp_path / "new.db", book, user="Bob") as other:
        assert [(r.code, r.weight, r.archived) for r in codebook_view(other).recommendations] == [
            (r.code, r.weight, r.archived) for r in codebook_view(window.ctx.tracker).recommendations
        ]


def test_the_next_save_dialog_starts_where_the_codebook_went(window: Any, prompts: Any, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    prompts.next_save_file = str(folder / "book.json")
    file_menu_action(window, "Export codebook…").trigger()
    asked: list[str] = []
    prompts.save_file = lambda _p, _t, suggested, _f: asked.append(suggested)  # cancelled
    file_menu_action(window, "Export codebook…").trigger()
    assert Path(asked[0]).parent == folder
    assert sorted(p.name for p in folder.iterdir()) == ["book.json"]


def test_cancelling_writes_nothing(window: Any, prompts: Any, tmp_path: Path) -> None:
    before = window.statusBar().currentMessage()
    prompts.next_save_file = None
    file_menu_action(window, "Export codebook…").trigger()
    assert prompts.errors == [] and window.statusBar().currentMessage() == before
    assert not list(tmp_path.glob("*.json"))


def test_a_file_that_cannot_be_written_is_one_sentence(window: Any, prompts: Any, tmp_path: Path) -> None:
    prompts.next_save_file = str(tmp_path / "missing" / "book.json")
    file_menu_action(window, "Export codebook…").trigger()
    assert prompts.errors == [("Export codebook", f"The folder {tmp_path / 'missing'} does not exist.")]
    assert not (tmp_path / "missing").exists()


def test_the_file_replaces_one_the_dialog_agreed_to_replace(window: Any, prompts: Any, tmp_path: Path) -> None:
    target = tmp_path / "book.json"
    target.write_text("old", encoding="utf-8")
    prompts.next_save_file = str(target)
    file_menu_action(window, "Export codebook…").trigger()
    title = json.loads(target.read_text(encoding="utf-8"))["title"]  # with its translations: {"en": ..., "be": ...}
    assert title["en"] == codebook_view(window.ctx.tracker).title and title["be"]
