"""PDF reports and the matrix PNG: valid files whose text (read back with
pypdf) is the report's, on A4 or Letter, with a footer on every page, links
that work, and a matrix image that shows the statuses.  The Qt renderers are
handed the report model (tracker.report_model) by their caller
(tracker.ui.render), and import nothing private from elsewhere."""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from db import ValidationError, ops
from db.queries import StatusInfo
from tracker.report_model import build_report, build_scoreboard
from tracker.reports import report_html
from tracker.ui.matrix_image import matrix_image, write_matrix_png
from tracker.ui.pdf import render_pdf_bytes, report_pdf_bytes, write_html_pdf, write_pdf
from tracker.ui.render import ensure_gui, render_matrix_image, render_matrix_png, write_report


def uid_of(change: ops.Change) -> str:
    """The uid of what an operation created: ``Change.uid`` is optional, but always set by
    ``add_evidence`` and ``set_status``."""
    assert change.uid is not None
    return change.uid


ROOT = Path(__file__).resolve().parents[3]
A4 = (595, 842)  # points, rounded
LETTER = (612, 792)


def populate(t, clock, *, countries: int = 3) -> None:
    """Assessments with sources for PL, LT and (with ``countries``) more, so the
    overview runs over several pages."""
    clock.advance(minutes=1)
    ev = uid_of(ops.add_evidence(
        t, event_date="2024-01-10", countries=["PL"], recommendations=["visa"], title="Poland restores visas <script>",
        url="https://example.org/pl?a=1&b=2", publisher="Gov PL", source_kind="official",
    ))
    ops.set_status(t, "PL", "visa", "full", effective_date="2024-01-15", rationale="Visas are issued again.",
                   confidence="verified", evidence=[ev])
    ops.add_evidence(
        t, event_date="2025-06-01", countries=["LT"], recommendations=["visa"], title="Seimas bill on visas",
        url="https://lrs.example.org/bill", publisher="Seimas", status="announced", rationale="A bill was tabled.",
    )
    codes = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV"]
    for code in codes[: max(0, countries - 3)]:
        for rec in ("visa", "tps", "students", "antiwar", "sanctions"):
            ops.set_status(t, code, rec, "none", effective_date="2024-03-01",
                           rationale=f"No measure found in {code} for {rec}; searched the official gazette and the "
                           "ministry's announcements, and asked the diaspora organisations.")


def pdf_text(data: bytes) -> tuple[PdfReader, list[str]]:
    """The PDF and the text of each page, white space as single spaces."""
    reader = PdfReader(io.BytesIO(data))
    return reader, [" ".join(p.extract_text().split()) for p in reader.pages]


def page_size(reader: PdfReader, i: int = 0) -> tuple[int, int]:
    box = reader.pages[i].mediabox
    return round(float(box.width)), round(float(box.height))


# ---------------------------------------------------------------- PDF
@pytest.mark.slow
def test_country_report_pdf_is_valid_and_says_what_the_report_says(qapp, tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    target = tmp_path / "pl.pdf"
    write_report(tracker, target, country="PL", fmt="pdf", as_of="2025-12-31")
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader, pages = pdf_text(data)
    text = " ".join(pages)
    assert "Poland" in text and "Status as of 31 December 2025" in text
    assert "100.0 / 100" in text and "Implemented" in text and "Visas are issued again." in text
    assert "Sources: [1]" in text
    assert "[1] Poland restores visas <script>. Gov PL, official source, 10 January 2024." in text  # no ligatures
    assert "https://example.org/pl?a=1&b=2" in text
    assert "Methodology" in text and "weighted mean" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Belarus: Western policy recommendations — Poland scorecard — as of 2025-12-31"
    assert [p.name for p in tmp_path.iterdir()] == ["pl.pdf"]


@pytest.mark.slow
def test_default_tracker_estonia_pdf(qapp, tracker, tmp_path: Path):
    data = render_pdf_bytes(report_html(tracker, "EE"))
    _, pages = pdf_text(data)
    text = " ".join(pages)
    assert "Estonia" in text and "0.0 / 100" in text and "Contrary action" in text
    assert "[1] Estonia closes its visa centre and halts e-residency for citizens of Belarus." in text


@pytest.mark.slow
@pytest.mark.parametrize(("size", "points"), [("A4", A4), ("Letter", LETTER)])
def test_page_size(qapp, tracker, tmp_path: Path, size, points):
    target = tmp_path / f"ee-{size}.pdf"
    write_report(tracker, target, country="EE", fmt="pdf", page_size=size)
    reader, _ = pdf_text(target.read_bytes())
    assert all(page_size(reader, i) == points for i in range(len(reader.pages)))


@pytest.mark.slow
def test_every_page_has_a_footer_with_title_as_of_and_page_number(qapp, tracker, clock):
    populate(tracker, clock, countries=14)
    data = render_pdf_bytes(report_html(tracker, None, as_of="2025-12-31"))
    reader, pages = pdf_text(data)
    n = len(reader.pages)
    assert n >= 3
    for i, text in enumerate(pages, 1):
        assert text.endswith(f"All countries overview — as of 2025-12-31 Page {i} of {n}")
        assert len(text) > 200  # no page is left (nearly) empty


@pytest.mark.slow
def test_overview_pdf_keeps_each_row_on_one_page_and_repeats_table_headers(qapp, tracker, clock):
    populate(tracker, clock, countries=14)
    _, pages = pdf_text(render_pdf_bytes(report_html(tracker, None, as_of="2025-12-31")))
    extra = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "FI", "FR", "DE", "GR"]
    # Every row is whole on one page: no page break cuts a rationale in two.
    for code in extra:
        for rec in ("visa", "tps", "students", "antiwar", "sanctions"):
            rationale = (f"No measure found in {code} for {rec}; searched the official gazette and the ministry's "
                         "announcements, and asked the diaspora organisations.")
            assert sum(p.count(rationale) for p in pages) == 1, (code, rec)
    # A country table that goes on over a page starts the new page with its caption and column titles again.
    caption = re.compile(r"^(\w+) \((\w\w)\) · score [\d.]+ · grade \w · rank \d+ of 11 · \d of 5 assessed"
                         r"(?: · not graded)? Recommendation Status In effect since Rationale and sources (\w+)")
    continued = 0
    for before, page in itertools.pairwise(pages):
        m = caption.match(page)
        if m and m.group(3) != "Non":  # the table's first row (visa) was on the page before
            continued += 1
            assert f"{m.group(1)} ({m.group(2)}) · score" in before
    assert continued >= 1
    # No heading is left alone at the foot of a page.
    for page in pages:
        body = page.rsplit(" Belarus: Western policy recommendations — ", 1)[0]
        assert not body.endswith(("Country details", "References", "Methodology"))


@pytest.mark.slow
def test_methodology_starts_on_a_new_page(qapp, tracker):
    _, pages = pdf_text(render_pdf_bytes(report_html(tracker, "EE")))
    starts = [i for i, p in enumerate(pages) if p.startswith("Methodology")]
    assert starts and starts[0] > 0
    assert "Methodology Status scale." in pages[starts[0]]


@pytest.mark.slow
def test_links_in_the_pdf_open_the_sources(qapp, tracker, clock):
    populate(tracker, clock)
    reader, _ = pdf_text(render_pdf_bytes(report_html(tracker, "PL", as_of="2025-12-31")))
    uris = [
        a.get_object()["/A"]["/URI"]
        for page in reader.pages
        for a in (page.get("/Annots") or [])
        if a.get_object().get("/Subtype") == "/Link"
    ]
    assert uris == ["https://example.org/pl?a=1&b=2"]


def test_write_pdf_refuses_an_unknown_page_size_and_writes_nothing(qapp, tmp_path: Path):
    target = tmp_path / "x.pdf"
    with pytest.raises(ValueError):
        write_html_pdf("<p>x</p>", target, "A5")
    assert not target.exists()


@pytest.mark.slow
def test_write_pdf_footer_defaults_to_the_html_title(qapp, tmp_path: Path):
    target = tmp_path / "x.pdf"
    html = "<html><head><title>My title</title></head><body><p>Hello</p></body></html>"
    pages = write_html_pdf(html, target, "Letter")
    reader, texts = pdf_text(target.read_bytes())
    assert pages == len(reader.pages) == 1
    assert texts[0] == "Hello My title Page 1 of 1"


def test_report_errors_come_before_any_pdf_is_written(qapp, tracker, tmp_path: Path):
    target = tmp_path / "r.pdf"
    with pytest.raises(ValidationError):
        write_report(tracker, target, country="XX", fmt="pdf")
    assert not target.exists()


@pytest.mark.slow
def test_pdf_from_a_process_without_a_gui(tracker_path: Path, tmp_path: Path):
    """The command line has no QApplication: ensure_gui makes an off-screen one."""
    target = tmp_path / "ee.pdf"
    code = (
        "import os, sys\n"
        "from db import Tracker\n"
        "from tracker.ui.render import write_report\n"
        f"t = Tracker.open({str(tracker_path)!r}, user='x')\n"
        f"write_report(t, {str(target)!r}, country='EE', fmt='pdf', page_size='Letter')\n"
        "print(os.environ['QT_QPA_PLATFORM'])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "offscreen" and out.stderr == ""
    reader, pages = pdf_text(target.read_bytes())
    assert page_size(reader) == LETTER and "Estonia" in pages[0]


def test_ensure_gui_uses_the_running_application(qapp):
    assert ensure_gui() is qapp


# ---------------------------------------------------------------- matrix PNG
def pixels(image: QImage, colour: str) -> int:
    """How many pixels have exactly this colour."""
    target = QColor(colour).rgb()
    return sum(
        1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == target
    )


IMPLEMENTED, ANNOUNCED, CONTRARY = "#1E7B3A", "#C99A06", "#B3261E"


@pytest.mark.slow
def test_matrix_png_shows_every_country_and_the_statuses(qapp, tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    target = tmp_path / "matrix.png"
    render_matrix_png(tracker, target, as_of="2025-12-31")
    image = QImage(str(target))
    assert not image.isNull() and (image.width(), image.height()) == (1600, 900)  # landscape 16:9, a slide
    # Cells in the status colours: more of each colour than the legend alone has.
    legend_only = render_matrix_image(tracker, as_of="2021-12-31")  # before anything was assessed
    for colour in (IMPLEMENTED, ANNOUNCED, CONTRARY):  # 37 rows in two blocks: small cells, marks only
        assert pixels(image, colour) > pixels(legend_only, colour) + 20, colour
    assert [p.name for p in tmp_path.iterdir()] == ["matrix.png"]


@pytest.mark.slow
def test_matrix_png_follows_the_as_of_date_and_width(qapp, tracker, clock):
    populate(tracker, clock)
    early = render_matrix_image(tracker, as_of="2024-01-01", width=1920)
    late = render_matrix_image(tracker, as_of="2025-12-31", width=1920)
    assert early.width() == late.width() == 1920
    assert pixels(late, IMPLEMENTED) > pixels(early, IMPLEMENTED) + 40  # Poland, from 2024-01-15
    assert pixels(late, ANNOUNCED) > pixels(early, ANNOUNCED) + 40  # Lithuania, from 2025-06-01
    assert abs(pixels(late, CONTRARY) - pixels(early, CONTRARY)) < 20  # Estonia, since 2022


@pytest.mark.slow
def test_matrix_png_can_leave_out_countries_with_nothing_assessed(qapp, tracker, clock):
    populate(tracker, clock)
    full = render_matrix_image(tracker, as_of="2025-12-31")
    short = render_matrix_image(tracker, as_of="2025-12-31", assessed_only=True)
    assert short.size() == full.size()  # the same slide, with
    assert pixels(short, IMPLEMENTED) > pixels(full, IMPLEMENTED) * 1.5  # larger cells for the three countries left


def test_matrix_png_refuses_a_tiny_width(qapp, tracker, tmp_path: Path):
    with pytest.raises(ValueError):
        render_matrix_png(tracker, tmp_path / "m.png", width=100)
    assert not (tmp_path / "m.png").exists()


@pytest.mark.slow
def test_a_row_taller_than_a_page_is_split_between_lines(qapp, tracker):
    words = " ".join(f"word{i:04d}" for i in range(1500))
    ops.set_status(tracker, "PL", "visa", "none", effective_date="2024-01-01", rationale=f"START {words} END")
    reader, pages = pdf_text(render_pdf_bytes(report_html(tracker, "PL", as_of="2025-12-31")))
    text = " ".join(pages)
    assert len(reader.pages) >= 3
    assert "START" in text and "END" in text
    # No line is lost at a page break.  (Qt also draws, clipped out of sight, the
    # line above the first one of a page: it is in the text, but only at the very top.)
    expected = 0
    for page in pages:
        # (pypdf sometimes puts a space inside a word: read the words with the spaces taken out)
        for number in (int(n) for n in re.findall(r"word(\d{4})", "".join(page.split()))):
            if number < expected:
                assert expected - number <= 8  # a repeat of the previous page's last line
                continue
            assert number == expected
            expected += 1
    assert expected == 1500


# ---------------------------------------------------------------- renderers handed the model
@pytest.mark.slow
def test_write_pdf_paints_the_report_it_is_handed(qapp, tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    report = build_report(tracker, "PL", as_of="2025-12-31")
    target = tmp_path / "pl.pdf"
    pages = write_pdf(report, target, "Letter")
    reader, texts = pdf_text(target.read_bytes())
    assert pages == len(reader.pages) and page_size(reader) == LETTER
    assert reader.metadata is not None
    assert reader.metadata.title == "Belarus: Western policy recommendations — Poland scorecard — as of 2025-12-31"
    assert texts == pdf_text(report_pdf_bytes(report, "Letter"))[1]
    via_dispatch = tmp_path / "dispatch.pdf"
    write_report(tracker, via_dispatch, country="PL", fmt="pdf", as_of="2025-12-31", page_size="Letter")
    assert pdf_text(via_dispatch.read_bytes())[1] == texts


def test_dispatch_writes_html_like_the_reports_module(tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    target = tmp_path / "all.html"
    write_report(tracker, target, country=None, fmt="html", as_of="2025-12-31")
    assert target.read_text(encoding="utf-8") == report_html(tracker, None, as_of="2025-12-31")


@pytest.mark.slow
def test_write_matrix_png_paints_the_scoreboard_it_is_handed(qapp, tracker, clock, tmp_path: Path):
    populate(tracker, clock)
    board = build_scoreboard(tracker, as_of="2025-12-31", group="Baltic states")
    target = tmp_path / "baltic.png"
    write_matrix_png(board, target, width=900)
    image = QImage(str(target))
    assert image.width() == 900
    painted = matrix_image(board, width=900).convertToFormat(image.format())
    assert image == painted
    again = render_matrix_image(tracker, as_of="2025-12-31", group="Baltic states", width=900)
    assert painted == again.convertToFormat(image.format())
    assert pixels(image, ANNOUNCED) > 20  # Lithuania is in the group
    with pytest.raises(ValueError):
        write_matrix_png(board, tmp_path / "tiny.png", width=399)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baltic.png"]


@pytest.mark.parametrize("module", ["tracker/ui/pdf.py", "tracker/ui/matrix_image.py", "tracker/ui/render.py"])
def test_qt_renderers_import_no_private_name(module: str):
    import ast

    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    names = [a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names]
    assert not [n for n in names if n.startswith("_") and not n.endswith("__")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "module", ["tracker.ui.pdf", "tracker.ui.matrix_image", "tracker.ui.render", "tracker.reports", "tracker.xlsx"]
)
def test_each_report_module_imports_first_in_a_fresh_process(module: str):
    """No import circle: whichever module is imported first, it imports."""
    out = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stderr


@pytest.mark.slow
def test_a_four_digit_reference_number_stays_on_one_line(qapp, tracker, clock, tmp_path: Path):
    """A status resting on a thousand sources: the references list numbers them [1]…[1001]; a number never wraps
    in its column ("[100" over "1]")."""
    from tracker.importer import import_file

    csv = tmp_path / "many.csv"
    csv.write_text("date,country,recommendation,title\n" + "".join(
        f"2024-01-{1 + n % 28:02d},PL,visa,Decree {n}\n" for n in range(1001)), encoding="utf-8")
    assert import_file(tracker, csv).ok
    every = [row[0] for row in tracker.db.execute("SELECT uid FROM evidence WHERE title LIKE 'Decree %'")]
    clock.advance(minutes=1)
    ops.set_status(tracker, "PL", "visa", "full", effective_date="2024-02-01", rationale="Visas are issued again.",
                   evidence=every)
    _reader, pages = pdf_text(report_pdf_bytes(build_report(tracker, "PL", as_of="2025-12-31")))
    text = " ".join(pages)
    numbers = [int(n) for n in re.findall(r"\[(\d+)\] Decree \d+\.", text)]
    assert len(numbers) == 1001 and max(numbers) == 1001, (len(numbers), text[-300:])


def test_the_status_marks_are_painted_in_one_edit_of_the_document(qapp):
    """Each mark replaced on its own laid the whole document out again: an overview of 200 countries × 50
    recommendations (10,000 marks) ran for more than ten minutes.  All of them are one edit now."""
    from PySide6.QtGui import QTextDocument

    from tracker.reports import status_mark
    from tracker.ui.pdf import _status_marks

    statuses = [s for s in default_statuses() for _ in range(40)]
    doc = QTextDocument()
    doc.setHtml("<table>" + "".join(f"<tr><td>{status_mark(s)}</td></tr>" for s in statuses) + "</table>")
    doc.setTextWidth(500)  # laid out, as the PDF's document is
    doc.size()
    edits: list[int] = []
    doc.contentsChanged.connect(lambda: edits.append(1))  # after each edit (and its layout)
    _status_marks(doc)
    assert len(edits) == 1  # was one per mark
    images = sum(1 for n in range(doc.characterCount())
                 if doc.characterAt(n) == "\ufffc")  # each glyph became an image
    assert images == len(statuses)


def default_statuses() -> list[StatusInfo]:
    from db import Tracker
    from db.queries import codebook_view

    t = Tracker.in_memory()
    try:
        return list(codebook_view(t, "en").statuses)
    finally:
        t.close()
