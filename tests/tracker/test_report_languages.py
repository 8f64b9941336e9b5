"""Reports in a chosen language (issue 15, requirement 4): HTML, PDF and the matrix image in each of the six
languages; ``report --language`` and ``export --language`` on the command line.

A PDF's text is read back with pypdf, as a reader's PDF viewer would show it: headings, the country's
name, a status label and the dates in the language, and the source's own words quoted in English beside
their translation.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from db import Tracker, ops
from db.i18n import LANGUAGE_CODES, plural_category
from db.queries import codebook_view
from tracker import cli
from tracker.exports import ASSESSMENT_COLUMNS, build_table
from tracker.report_model import build_report, build_scoreboard, long_date, report_title
from tracker.reports import render_html

AS_OF = "2026-01-15"
#: What a reader sees in each language: the scorecard's heading, the methodology's, Estonia, the as-of date.
EXPECTED: dict[str, tuple[str, str, str, str]] = {
    "en": ("Status by recommendation", "Methodology", "Estonia", "15 January 2026"),
    "be": ("Статус па рэкамендацыях", "Метадалогія", "Эстонія", "15 студзеня 2026 г."),
    "uk": ("Статус за рекомендаціями", "Методологія", "Естонія", "15 січня 2026 р."),
    "ru": ("Статус по рекомендациям", "Методология", "Эстония", "15 января 2026 г."),
    "pl": ("Status według rekomendacji", "Metodologia", "Estonia", "15 stycznia 2026"),
    "lt": ("Būsena pagal rekomendacijas", "Metodika", "Estija", "2026 m. sausio 15 d."),
}
PAGE_ONE = {"en": "Page 1 of", "be": "Старонка 1 з", "uk": "Сторінка 1 з", "ru": "Страница 1 из", "pl": "Strona 1 z",
            "lt": "1 psl. iš"}


def words(text: str) -> str:
    """Text with every run of white space as one space (a PDF breaks lines where the layout did)."""
    return " ".join(text.split())


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return words(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def opening(text: str, n: int = 4) -> str:
    """The first ``n`` words of a quotation (a whole one may wrap across a hyphenated line)."""
    return " ".join(words(text).split()[:n])


@pytest.mark.slow
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_country_report_pdf_speaks_the_language(qapp: Any, tracker: Tracker, code: str) -> None:
    from tracker.ui.pdf import report_pdf_bytes
    from tracker.ui.render import ensure_gui

    ensure_gui()
    report = build_report(tracker, "EE", as_of=AS_OF, language=code)
    text = pdf_text(report_pdf_bytes(report))
    heading, methodology, estonia, day = EXPECTED[code]
    for expected in (heading, methodology, estonia, day, PAGE_ONE[code]):
        assert expected in text, f"{code}: {expected!r} not in the PDF"
    book = codebook_view(tracker, code)
    assert words(book.status("contrary").label) in text  # Estonia's visa status, in the language
    assert words(book.status("full").label) in text  # the methodology's scale
    visa = next(r for r in book.recommendations if r.code == "visa")
    assert opening(book.original(visa).text) in text  # the source's own words, in English ...
    if code == "en":
        assert "Translation" not in text
    else:
        assert opening(visa.text) in text  # ... and their translation beside them, marked as one
        translation_head = {"be": "Пераклад", "uk": "Переклад", "ru": "Перевод", "pl": "Tłumaczenie",
                            "lt": "Vertimas"}[code]
        assert translation_head in text
        assert "Status by recommendation" not in text and "Methodology" not in text


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_html_overview_says_everything_in_the_language(tracker: Tracker, code: str) -> None:
    ops.set_status(tracker, "LT", "visa", "announced", effective_date="2025-06-01", rationale="A bill was tabled.")
    report = build_report(tracker, None, as_of=AS_OF, group="Baltic states", language=code)
    html = render_html(report)
    assert f'<html lang="{code}">' in html
    book = codebook_view(tracker, code)
    assert book.group_name("Baltic states") in html
    assert book.status("announced").label in html
    assert EXPECTED[code][3] in html
    assert report_title(report).startswith(book.title)
    if code != "en":
        for english in ("All countries overview", "Scorecard", "References", "Methodology", "Country details",
                        "countries tracked", "Not yet assessed", "Generated on"):
            assert english not in html, f"{code}: {english!r} left in English"


def test_counts_in_the_overview_take_each_languages_plural_form(tracker: Tracker) -> None:
    report = build_report(tracker, None, as_of=AS_OF, group="Baltic states", language="be")
    assert "3 краіны ў групе" in render_html(report)  # 3: few
    report = build_report(tracker, None, as_of=AS_OF, language="be")
    n = len(report.ranking)
    form = {"one": "Назіраецца {} краіна", "few": "Назіраюцца {} краіны", "many": "Назіраецца {} краін"}
    assert form[plural_category(n, "be")].format(n) in render_html(report)
    assert "5 рэкамендацый" in render_html(report)  # 5: many
    lithuanian = render_html(build_report(tracker, None, as_of=AS_OF, group="Baltic states", language="lt"))
    assert "3 šalys grupėje" in lithuanian  # 2–9: few


def test_long_dates_in_every_language() -> None:
    assert [long_date("2026-11-30", code) for code in LANGUAGE_CODES] == [
        "30 November 2026", "30 лістапада 2026 г.", "30 листопада 2026 р.", "30 ноября 2026 г.", "30 listopada 2026",
        "2026 m. lapkričio 30 d.",
    ]


def test_numbers_use_the_languages_decimal_mark(tracker: Tracker) -> None:
    ops.set_status(tracker, "PL", "visa", "full", effective_date="2024-01-15", rationale="Issued again.")
    ops.set_status(tracker, "PL", "tps", "partial", effective_date="2024-02-01", rationale="Students only.")
    html = render_html(build_report(tracker, "PL", as_of=AS_OF, language="pl"))
    assert "87,5" in html and "87.5" not in html
    assert "87.5" in render_html(build_report(tracker, "PL", as_of=AS_OF))


def test_an_unknown_report_language_is_refused_before_anything_is_built(tracker: Tracker) -> None:
    from db.errors import ValidationError

    with pytest.raises(ValidationError, match="'xx' is not a report language"):
        build_report(tracker, "EE", language="xx")


@pytest.mark.slow
def test_the_matrix_image_is_drawn_in_the_language(qapp: Any, tracker: Tracker) -> None:
    from tracker.ui.matrix_image import matrix_image
    from tracker.ui.render import ensure_gui

    ensure_gui()
    board = build_scoreboard(tracker, as_of=AS_OF, language="uk")
    assert board.language == "uk"
    names = {s.country_code: s.country_name for s in board.ranking}
    assert names["EE"] == "Естонія"
    assert board.ranking[0].cells["visa"].status_label == codebook_view(tracker, "uk").status("contrary").label
    english = matrix_image(build_scoreboard(tracker, as_of=AS_OF), width=800)
    ukrainian = matrix_image(board, width=800)
    assert ukrainian.size() == english.size() and ukrainian != english


def cli_run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_report_language_on_the_command_line(tracker_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "ee.html"
    code, _, _ = cli_run("report", "--db", tracker_path, "--country", "EE", "--format", "html", "--as-of", AS_OF,
                         "--language", "be", "-o", target)
    assert code == 0
    html = target.read_text(encoding="utf-8")
    assert '<html lang="be">' in html and "Эстонія" in html and "15 студзеня 2026 г." in html
    code, _, _ = cli_run("report", "--db", tracker_path, "--country", "EE", "--format", "html", "--as-of", AS_OF,
                         "-o", tmp_path / "en.html")
    assert code == 0 and '<html lang="en">' in (tmp_path / "en.html").read_text(encoding="utf-8")  # default


@pytest.mark.slow
def test_report_language_as_a_pdf_through_the_command_line(tracker_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "ee.pdf"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "report", "--db", str(tracker_path), "--country", "EE", "--format",
         "pdf", "--as-of", AS_OF, "--language", "be", "-o", str(target)],
        capture_output=True, cwd=root, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(target.read_bytes())
    assert "Статус па рэкамендацыях" in text and "Эстонія" in text and "Старонка 1 з" in text


def test_an_unknown_language_is_a_usage_error(tracker_path: Path, tmp_path: Path) -> None:
    code, _, err = cli_run("report", "--db", tracker_path, "--country", "EE", "--format", "html", "--language", "xx",
                           "-o", tmp_path / "x.html")
    assert code == 2 and "xx" in err and not (tmp_path / "x.html").exists()


def read_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_csv_status_labels_in_a_language_only_when_asked(tracker_path: Path) -> None:
    code, plain, _ = cli_run("export", "--db", tracker_path, "assessments", "--format", "csv", "--as-of", AS_OF)
    assert code == 0
    code, belarusian, _ = cli_run("export", "--db", tracker_path, "assessments", "--format", "csv", "--as-of", AS_OF,
                                  "--language", "be")
    assert code == 0
    before, after = read_csv(plain), read_csv(belarusian)
    assert before[0] == after[0] == list(ASSESSMENT_COLUMNS)  # the column names stay English
    label = before[0].index("status_label")
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        english = {s.label: s.code for s in codebook_view(t).statuses}
        be = {s.code: s.label for s in codebook_view(t, "be").statuses}
    changed = 0
    for old, new in zip(before[1:], after[1:], strict=True):
        assert new[label] == be[english[old[label]]]
        changed += new[label] != old[label]
        assert old[:label] + old[label + 1:] == new[:label] + new[label + 1:]  # only the label column differs
    assert changed > 0


def test_json_and_scorecard_labels_in_a_language(tracker: Tracker) -> None:
    uk = codebook_view(tracker, "uk")
    table = build_table(tracker, "scorecard", as_of=AS_OF, language="uk")
    estonia = next(r for r in table.rows if r["country_code"] == "EE")
    assert estonia["visa"] == uk.status("contrary").label
    assert estonia["country_name"] == "Estonia"  # every other value stays as stored
    history = build_table(tracker, "history", language="lt")
    assert {r["status_label"] for r in history.rows} <= {s.label for s in codebook_view(tracker, "lt").statuses}
    assert build_table(tracker, "history").rows[0]["status_label"] == "Contrary action"
    with pytest.raises(ValueError, match="'xx' is not a language"):
        build_table(tracker, "scorecard", language="xx")


def test_json_export_through_the_command_line_keeps_its_keys(tracker_path: Path) -> None:
    _, plain, _ = cli_run("export", "--db", tracker_path, "scorecard", "--format", "json", "--as-of", AS_OF)
    _, polish, _ = cli_run("export", "--db", tracker_path, "scorecard", "--format", "json", "--as-of", AS_OF,
                           "--language", "pl")
    before, after = json.loads(plain), json.loads(polish)
    assert [list(r) for r in before] == [list(r) for r in after]
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        contrary = codebook_view(t, "pl").status("contrary").label
    estonia = next(r for r in after if r["country_code"] == "EE")
    assert estonia["visa"] == contrary != next(r for r in before if r["country_code"] == "EE")["visa"]
    assert estonia["country_name"] == "Estonia"
