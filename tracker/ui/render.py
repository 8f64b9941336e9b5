"""Reports and the matrix image written to files, for callers that may paint
with Qt: the command line's ``report --format pdf`` and the export dialog.

Here, and only here, the report model is built and handed to the Qt
renderers (:mod:`tracker.ui.pdf`, :mod:`tracker.ui.matrix_image`), so
:mod:`tracker.reports` stays free of Qt and imports run one way.  A GUI
application is created off-screen when none exists (the command line has none).
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import sys

from PySide6.QtGui import QGuiApplication, QImage

from db import Tracker

from ..report_model import build_report, build_scoreboard, check_report_options
from ..reports import write_html
from .fonts import register_bundled_fonts
from .matrix_image import check_width, matrix_image, write_matrix_png
from .pdf import write_pdf


@functools.cache
def _offscreen_app() -> QGuiApplication:
    """A GUI application of our own, created once and kept alive for the life of the
    process (Qt must not lose it while something is painted)."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "policy-tracker"])


def ensure_gui() -> QGuiApplication:
    """The running Qt GUI application, or a new off-screen one when there is none.

    ``QT_QPA_PLATFORM`` is set to ``offscreen`` only when no application exists
    and the variable is not already set, so a desktop session is left alone.
    """
    app = QGuiApplication.instance() or _offscreen_app()
    # Reports and the matrix image are set in the bundled font, so every language's letters are
    # drawn (and embedded in PDFs) on any machine, even one without fonts.
    register_bundled_fonts()
    return app  # type: ignore[return-value]


def write_report(
    t: Tracker,
    path: str | os.PathLike[str],
    *,
    country: str | None,
    fmt: str,
    as_of: str | _dt.date | None = None,
    group: str | None = None,
    page_size: str = "A4",
    include_proposed: bool = False,
    language: str = "en",
) -> None:
    """Write a report as HTML or PDF, in full or not at all (the same arguments as
    :func:`tracker.reports.write_report`, which writes HTML only), in ``language``.

    The request is checked and the report built before anything is painted or written.
    """
    check_report_options(fmt, page_size, language)
    report = build_report(t, country, as_of=as_of, group=group, include_proposed=include_proposed, language=language)
    if fmt == "html":
        write_html(report, path)
        return
    ensure_gui()
    write_pdf(report, path, page_size)


def render_matrix_image(
    t: Tracker, *, as_of: str | _dt.date | None = None, group: str | None = None, width: int = 1600,
    assessed_only: bool = False, language: str = "en",
) -> QImage:
    """The status matrix of ``t`` as of ``as_of`` (default today), within ``group``, as an image, its words in
    ``language`` (see :func:`tracker.ui.matrix_image.matrix_image`)."""
    ensure_gui()
    board = build_scoreboard(t, as_of=as_of, group=group, language=language)
    return matrix_image(board, width=width, assessed_only=assessed_only)


def render_matrix_png(
    t: Tracker, path: str | os.PathLike[str], *, as_of: str | _dt.date | None = None, group: str | None = None,
    width: int = 1600, assessed_only: bool = False, language: str = "en",
) -> None:
    """Save the status matrix of ``t`` as a PNG ``width`` pixels wide (for slides), its words in ``language``;
    written in full or not at all."""
    check_width(width)
    ensure_gui()
    board = build_scoreboard(t, as_of=as_of, group=group, language=language)
    write_matrix_png(board, path, width=width, assessed_only=assessed_only)


__all__ = ["ensure_gui", "render_matrix_image", "render_matrix_png", "write_report"]
