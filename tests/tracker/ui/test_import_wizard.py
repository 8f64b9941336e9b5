"""The import wizard, driven as a person would: file, preview, columns, check, import."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from db.queries import counts, current_statuses, search_evidence
from tracker.ui.import_wizard import ImportWizard, IssueModel, PreviewModel

GOOD = (
    "date,countries,recommendations,title,url,status,rationale\n"
    "2025-02-01,DE|FR,tps,Temporary protection extended,https://example.org/tp,partial,\"Some groups only, for now.\"\n"
    "20250301,group:Baltic states,sanctions,Joint list,https://example.org/list,full,Broad list in force.\n"
)


def file_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run_wizard(qtbot: Any, window: Any, prompts: Any, path: Path, steps: Any) -> None:
    prompts.on_dialog = lambda wizard: steps(wizard) if isinstance(wizard, ImportWizard) else None
    window.import_evidence(str(path))


def test_models_pass_the_model_tester(qtmodeltester: Any, tmp_path: Path) -> None:
    from tracker.importer import read_table

    with read_table(write(tmp_path, "a.csv", GOOD)) as source:
        qtmodeltester.check(PreviewModel(source.headers, source.preview(20)))
    issues = IssueModel()
    issues.rows = [(3, "date", "Bad date."), (4, "url", "Not a web address.")]
    qtmodeltester.check(issues)


def test_a_good_file_is_checked_then_imported(qtbot, window, prompts, tracker_path, tmp_path) -> None:
    path = write(tmp_path, "good.csv", GOOD)
    before = file_hash(tracker_path)
    seen: dict[str, Any] = {}

    def steps(wizard: ImportWizard) -> None:
        wizard.next()  # file → preview
        assert wizard.currentPage() is wizard.mapping_page
        assert "UTF-8" in wizard.mapping_page.about.text()
        assert wizard.mapping_page.preview.model().rowCount() == 2
        wizard.next()  # → check
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=10000)
        seen["summary"] = wizard.check_page.summary.text()
        seen["hash_after_check"] = file_hash(tracker_path)
        assert wizard.check_page.isComplete()
        wizard.next()  # → import
        qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
        seen["result"] = wizard.import_page.summary.text()
        wizard.accept()

    run_wizard(qtbot, window, prompts, path, steps)
    assert "2 new" in seen["summary"] and "5 statuses" in seen["summary"]
    assert seen["hash_after_check"] == before, "checking writes nothing"
    assert "2 new" in seen["result"]
    t = window.ctx.tracker
    cells = current_statuses(t)
    assert cells[("DE", "tps")].status_label == "Partly implemented"
    assert cells[("LT", "sanctions")].status_code == "full"
    assert window.matrix_model.index_of_cell("FR", "tps").data() == "Partly implemented"
    assert any(e.title == "Joint list" for e in search_evidence(t))


def test_problems_are_listed_with_line_and_field_and_nothing_is_written(
    qtbot, window, prompts, tracker_path, tmp_path
) -> None:
    bad = (
        GOOD
        + "2025-13-01,DE,tps,Bad date row,https://example.org/x,,\n"
        + "2025-01-01,XX,tps,Unknown country,ftp://example.org,,\n"
    )
    path = write(tmp_path, "bad.csv", bad)
    before = file_hash(tracker_path)
    found: list[tuple[str, str, str]] = []

    def steps(wizard: ImportWizard) -> None:
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=10000)
        model = wizard.check_page.issues
        found.extend(tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount()))
        assert not wizard.check_page.isComplete()

    run_wizard(qtbot, window, prompts, path, steps)
    lines_fields = {(line, field) for line, field, _ in found}
    assert ("4", "date") in lines_fields
    assert ("5", "countries") in lines_fields
    assert ("5", "url") in lines_fields
    assert file_hash(tracker_path) == before
    assert counts(window.ctx.tracker)["evidence"] == 1


def test_columns_with_other_names_can_be_mapped(qtbot, window, prompts, tmp_path) -> None:
    text = "Date;Country;Recommendation;Quelle;Titel\n2025-04-04;Poland;students;Ministry;Scholarships open\n"
    path = write(tmp_path, "de.csv", text, "cp1252")
    states: list[bool] = []

    def steps(wizard: ImportWizard) -> None:
        wizard.next()
        page = wizard.mapping_page
        assert "semicolon" in page.about.text()
        states.append(page.isComplete())  # Quelle and Titel are unknown
        assert wizard.source is not None
        headers = wizard.source.headers
        page.combos[headers.index("Quelle")].setCurrentIndex(page.combos[0].findData("publisher"))
        page.combos[headers.index("Titel")].setCurrentIndex(page.combos[0].findData("title"))
        states.append(page.isComplete())
        wizard.next()
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=10000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
        wizard.accept()

    run_wizard(qtbot, window, prompts, path, steps)
    assert states == [False, True]
    item = next(e for e in search_evidence(window.ctx.tracker) if e.title == "Scholarships open")
    assert item.publisher == "Ministry" and item.countries == ("PL",)


def test_cancelling_the_import_writes_nothing(qtbot, window, prompts, tracker_path, tmp_path) -> None:
    rows = "".join(f"2024-01-{1 + i % 28:02d},DE,visa,Row {i},https://example.org/{i},,\n" for i in range(6000))
    path = write(tmp_path, "big.csv", "date,countries,recommendations,title,url,status,rationale\n" + rows)
    before = file_hash(tracker_path)
    seen: dict[str, str] = {}

    def steps(wizard: ImportWizard) -> None:
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.check_page.done, timeout=30000)
        wizard.next()
        wizard.import_page.cancel()
        qtbot.waitUntil(lambda: wizard.import_page.done, timeout=30000)
        seen["label"] = wizard.import_page.progress_label.text()

    run_wizard(qtbot, window, prompts, path, steps)
    assert "cancelled" in seen["label"].lower()
    assert file_hash(tracker_path) == before


def test_a_file_that_cannot_be_read_is_said_on_the_first_page(qtbot, window, prompts, tmp_path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\x00\x01\x02\xff\xfe" * 100)
    seen: dict[str, Any] = {}

    def steps(wizard: ImportWizard) -> None:
        wizard.next()
        seen["page"] = wizard.currentPage()
        seen["message"] = wizard.file_page.message.text()

    run_wizard(qtbot, window, prompts, path, steps)
    assert seen["page"].title() == "Choose a file"
    assert seen["message"].startswith("⚠")
