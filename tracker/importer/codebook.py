"""Filling a blank tracker's codebook: from a codebook JSON file, or recommendations from a CSV/.xlsx file."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import IO, Any

from db import Tracker, ValidationError, import_queries, ops, validate
from db.codebook import Codebook, load_codebook
from db.codebook_texts import store_codebook_translations
from db.codebook_write import replace_status_scale
from db.messages import Counted, translate
from db.ops import Change, record_history

from ..exports import unguard_formula
from .errors import ROW, ROWS, ImportFailed, ImportIssue
from .mapping import normalise_header
from .sources import ImportSource, open_source

#: The columns of a recommendations file.
RECOMMENDATION_COLUMNS: tuple[str, ...] = ("code", "title", "text", "guidance", "weight")
#: The operation the history records for a codebook import.
OPERATION = "import_codebook"
#: The codebook import's sentences that hold a count (Qt's plural forms; see db.messages.Counted).
ImportCodebook = Counted("ImportCodebook")


def _require_no_recommendations(t: Tracker, codebook: bool) -> None:
    n = import_queries.count_recommendations(t)
    if n:
        if codebook:
            said = ImportCodebook.tr(
                "This tracker already has %n recommendations; a codebook's recommendations can only be imported "
                "into a blank tracker (File > New, blank).",
                "This tracker already has %n recommendation; a codebook's recommendations can only be imported "
                "into a blank tracker (File > New, blank).",
                n,
            )
        else:
            said = ImportCodebook.tr(
                "This tracker already has %n recommendations; recommendations can only be imported "
                "into a blank tracker (File > New, blank).",
                "This tracker already has %n recommendation; recommendations can only be imported "
                "into a blank tracker (File > New, blank).",
                n,
            )
        raise ValidationError("recommendations", said)


def import_codebook(t: Tracker, path: str | os.PathLike[str] | Codebook) -> Change:
    """Give a blank tracker the recommendations, status scale, grades, countries,
    groups and settings of a codebook JSON file, in one transaction with history.

    Refused (ValidationError, nothing written) when the codebook has
    recommendations and the tracker already has some, or when the tracker has
    assessments whose status the new scale lacks.  The codebook's example
    evidence is not imported (``init --codebook`` does that).
    """
    book = path if isinstance(path, Codebook) else load_codebook(Path(path))
    if book.recommendations:
        _require_no_recommendations(t, codebook=True)
    orphans = import_queries.statuses_in_use_outside(t, (s.code for s in book.statuses))
    if orphans:
        total = sum(n for _code, n in orphans)
        codes = ", ".join(repr(code) for code, _n in orphans)
        raise ValidationError(
            "statuses",
            ImportCodebook.tr(
                "The codebook's status scale has no {codes}, which %n assessments in this tracker use; "
                "add those statuses to the codebook (or import it into a blank tracker).",
                "The codebook's status scale has no {codes}, which %n assessment in this tracker use; "
                "add those statuses to the codebook (or import it into a blank tracker).",
                total,
            ).format(codes=codes),
        )
    change = Change(OPERATION, codebook=True)
    op = OPERATION
    with t.atomic():
        replace_status_scale(t, book.statuses, book.grades, history=partial(record_history, t, op))
        for pos, r in enumerate(book.recommendations, 1):
            ops.add_recommendation(
                t, r.code, r.title, text=r.text, guidance=r.guidance, weight=r.weight, position=pos, operation=op
            )
            if r.archived:  # an exported codebook keeps its archived recommendations
                ops.archive_recommendation(t, r.code)
        tracked = {c.code: c.archived for c in import_queries.countries(t)}
        for code in book.countries:
            if code not in tracked or tracked[code]:
                ops.add_country(t, code, operation=op)
        for code in book.archived_countries:  # kept archived (they may be group members); tracked ones stay as they are
            if code not in tracked:
                ops.add_country(t, code, operation=op)
                ops.archive_country(t, code)
        groups = {g.name.casefold() for g in import_queries.groups(t)}
        for name, members in book.groups.items():
            if name.casefold() not in groups:
                ops.add_group(t, name, members, operation=op)
        for key, value in (
            ("title", book.title),
            ("description", book.description),
            ("source", book.source),
            ("review_interval_days", str(book.review_interval_days)),
            ("min_coverage_for_grade", f"{book.min_coverage_for_grade:g}"),
        ):
            ops.set_meta(t, key, value)
        store_codebook_translations(t, book, operation=op)  # its texts in other languages, each in the history
    return change


def import_recommendations(t: Tracker, path_or_file: ImportSource | str | os.PathLike[str] | IO[bytes]) -> Change:
    """Give a blank tracker its recommendations from a CSV (or .xlsx) with columns
    ``code, title, text, guidance, weight`` (code and title required; weight default 1).

    All or nothing: every row is checked first and every problem reported in
    :class:`ImportFailed` with its line; then all are added in one
    transaction with history.
    """
    src, owned = open_source(path_or_file)
    try:
        _require_no_recommendations(t, codebook=False)
        where: dict[str, int] = {}
        errors: list[ImportIssue] = []
        for i, h in enumerate(src.headers):
            key = normalise_header(h)
            if not key:
                continue
            if key not in RECOMMENDATION_COLUMNS:
                errors.append(
                    ImportIssue(
                        src.header_line,
                        h,
                        translate("ImportCodebook", "Unknown column {column!r}; the columns are: {columns}.").format(
                            column=h, columns=", ".join(RECOMMENDATION_COLUMNS)
                        ),
                    )
                )
            elif key in where:
                errors.append(ImportIssue(
                    src.header_line, h, translate("ImportCodebook", "The column {column!r} appears twice.").format(
                        column=key
                    )
                ))
            else:
                where[key] = i
        for key in ("code", "title"):
            if key not in where:
                errors.append(ImportIssue(
                    src.header_line, key, translate("ImportColumns", "The required column {column!r} is missing.")
                    .format(column=key)
                ))
        if errors:
            raise ImportFailed(errors)
        width = len(src.headers)
        recs: list[tuple[int, dict[str, Any]]] = []
        codes: dict[str, int] = {}
        titles: dict[str, int] = {}
        for rec in src.rows():
            if rec.error:
                errors.append(ImportIssue(rec.line, ROW, rec.error))
                continue
            values = rec.values
            if len(values) < width or (len(values) > width and any(v.strip() for v in values[width:])):
                errors.append(ImportIssue(rec.line, ROW, ImportCodebook.tr(
                    "The row has %n cells but the header has {width}.", "", len(values)
                ).format(width=width)))
                continue

            def cell(key: str, values: list[str] = values) -> str:
                return unguard_formula(values[where[key]]) if key in where else ""

            row: dict[str, Any] = {}
            for key, check in (
                ("code", lambda v, f: validate.recommendation_code(v, f)),
                ("title", lambda v, f: validate.text(v, f, required=True, max_length=300)),
                ("text", lambda v, f: validate.text(v, f) or ""),
                ("guidance", lambda v, f: validate.text(v, f) or ""),
                ("weight", lambda v, f: validate.weight(v.strip() or 1, f)),
            ):
                try:
                    row[key] = check(cell(key), src.headers[where[key]] if key in where else key)
                except ValidationError as exc:
                    errors.append(ImportIssue(rec.line, exc.field, exc.message))
            if "code" in row:
                if row["code"] in codes:
                    errors.append(
                        ImportIssue(
                            rec.line,
                            "code",
                            translate("ImportCodebook", "The code {code!r} is used twice (first on line {first}).")
                            .format(code=row["code"], first=codes[row["code"]]),
                        )
                    )
                codes.setdefault(row["code"], rec.line)
            if row.get("title"):
                folded = row["title"].casefold()
                if folded in titles:
                    errors.append(
                        ImportIssue(
                            rec.line,
                            "title",
                            translate("ImportCodebook", "The title {title!r} is used twice (first on line {first}).")
                            .format(title=row["title"], first=titles[folded]),
                        )
                    )
                titles.setdefault(folded, rec.line)
            recs.append((rec.line, row))
        if not recs and not errors:
            no_rows = translate("ImportCodebook", "The file has a header row but no recommendations.")
            errors.append(ImportIssue(src.header_line + 1, ROWS, no_rows))
        if errors:
            raise ImportFailed(errors)
        with t.atomic():
            for pos, (_line, row) in enumerate(recs, 1):
                ops.add_recommendation(
                    t,
                    row["code"],
                    row["title"],
                    text=row["text"],
                    guidance=row["guidance"],
                    weight=row["weight"],
                    position=pos,
                    operation=OPERATION,
                )
        return Change(OPERATION, codebook=True)
    finally:
        if owned:
            src.close()
