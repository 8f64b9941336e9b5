"""The import wizard's Encoding choice with its live preview (issue 12 item 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.queries import search_evidence
from tracker.importer import MIXED_ENCODING
from tracker.ui.import_wizard import ImportWizard

HEADER = "date,countries,recommendations,title,url,notes\n"
FILLER = "".join(f"2024-01-{1 + i:02d},PL,visa,Row {i},,\n" for i in range(9))


def mixed_file(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        (HEADER + "2024-02-01,PL,visa,Café au lait,,\n" + FILLER).encode("utf-8")
        + "2024-02-02,PL,visa,Un café noir,,\n".encode("cp1252")
    )
    return path


def choose(wizard: ImportWizard, name: str | None) -> None:
    combo = wizard.file_page.encoding
    combo.setCurrentIndex(combo.findData(name))


def test_a_mixed_file_is_refused_on_the_first_page_then_imported_as_chosen(
    qtbot: Any, window: Any, prompts: Any, tmp_path: Path
) -> None:
    path = mixed_file(tmp_path)
    seen: dict[str, Any] = {}

    def steps(wizard: ImportWizard) -> None:
        page = wizard.file_page
        page.update_preview()  # typing the path waits for a pause; the test does not
        assert page.encoding.currentData() is None and page.encoding.accessibleName() == "Text encoding"
        assert "Café au lait" in page.preview_text.toPlainText()
        seen["auto"] = page.preview_about.text()
        wizard.next()  # Automatic: the whole file is checked and refused
        assert wizard.currentPage() is page
        seen["refused"] = page.message.text()
        choose(wizard, "utf-8")  # the preview follows the choice at once
        seen["utf8"] = (page.preview_about.text(), page.preview_text.toPlainText())
        choose(wizard, "cp1252")
        seen["cp1252"] = page.preview_text.toPlainText()
        choose(wizard, MIXED_ENCODING)
        seen["mixed"] = page.preview_text.toPlainText()
        page.grab().save(str(tmp_path / "file_page.png"))
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        seen["about"] = wizard.mapping_page.about.text()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=10000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
        wizard.accept()

    prompts.on_dialog = lambda dialog: steps(dialog) if isinstance(dialog, ImportWizard) else None
    window.import_evidence(str(path))
    assert seen["refused"].startswith("⚠ Line 12 is not valid UTF-8")
    assert seen["auto"].startswith("⚠ This file mixes encodings: line 12 is not UTF-8 but earlier lines are.")
    about, text = seen["utf8"]
    assert "line 12 has bytes that are not valid UTF-8" in about and "Un caf\ufffd noir" in text
    assert "CafÃ© au lait" in seen["cp1252"]
    assert "Café au lait" in seen["mixed"] and "Un café noir" in seen["mixed"]
    assert "UTF-8 and Windows-1252 mixed, line by line" in seen["about"]
    titles = {e.title for e in search_evidence(window.ctx.tracker)}
    assert {"Café au lait", "Un café noir"} <= titles


def test_a_workbook_needs_no_encoding(qtbot: Any, window: Any, prompts: Any, tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "book.xlsx"
    wb = Workbook()
    wb.active.append(["date", "countries", "recommendations", "title"])  # type: ignore[union-attr]
    wb.save(path)
    seen: dict[str, Any] = {}

    def steps(wizard: ImportWizard) -> None:
        wizard.file_page.update_preview()
        seen["enabled"] = wizard.file_page.encoding.isEnabled()
        seen["about"] = wizard.file_page.preview_about.text()

    prompts.on_dialog = lambda dialog: steps(dialog) if isinstance(dialog, ImportWizard) else None
    window.import_evidence(str(path))
    assert seen == {"enabled": False, "about": seen["about"]} and "needs no encoding" in seen["about"]
