"""Writing a tracker's codebook as the JSON that ``init --codebook`` reads.

A campaign's codebook (recommendations, status scale, grades, countries,
groups and settings) is shared as a file so another team can start a
tracker from it.  The file is exactly the format :func:`db.codebook.load_codebook`
reads (README.md, "Codebook format"); archived recommendations and countries
are kept, marked, so the round trip gives the same codebook.  Evidence and
assessments are the tracker's data, not its codebook, and are not written.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .backup import new_file_mode
from .codebook import TextKey, parse_codebook
from .codebook_texts import all_translations, translated_from, translations_note
from .errors import TrackerError, ValidationError
from .i18n import ENGLISH, LANGUAGE_CODES, Text
from .messages import translate
from .places import DISK_FULL, failure_cause
from .queries import codebook_view
from .store import Tracker


def _number(value: float) -> float | int:
    """1 rather than 1.0: the file reads like a hand-written codebook."""
    return int(value) if float(value).is_integer() else value


def codebook_json(t: Tracker) -> dict[str, Any]:
    """The tracker's codebook as a JSON object in the codebook format, in display order.

    A text with translations is written as {"en": ..., "be": ...} (plain text when it has none), so
    ``init --codebook`` brings the translations along.
    """
    book = codebook_view(t)
    stored = all_translations(t, current_only=True)  # not those made from English edited since

    def text(english: str, key: TextKey) -> Text:
        others = stored.get(key, {})
        if not english or not any(code != ENGLISH for code in others):
            return english
        merged = {**others, ENGLISH: english}
        return {code: merged[code] for code in LANGUAGE_CODES if code in merged}

    recommendations: list[dict[str, Any]] = []
    for r in book.recommendations:
        entry: dict[str, Any] = {
            "code": r.code,
            **{f: text(getattr(r, f), ("recommendations", r.code, f)) for f in ("title", "text", "guidance")},
            "weight": _number(r.weight),
        }
        if r.archived:
            entry["archived"] = True
        recommendations.append(entry)
    grades: list[dict[str, Any]] = []
    for g in book.grades:
        grade: dict[str, Any] = {"grade": g.grade, "min_score": _number(g.min_score)}
        name = stored.get(("grades", g.grade, "name"), {}).get(ENGLISH)
        if name:  # a named grade: its English has no column and is kept with its translations
            grade["name"] = text(name, ("grades", g.grade, "name"))
        grades.append(grade)
    data: dict[str, Any] = {
        "title": text(book.title, ("meta", "title", "value")),
        "description": text(book.description, ("meta", "description", "value")),
        "source": book.source,
        "review_interval_days": book.review_interval_days,
        "min_coverage_for_grade": _number(book.min_coverage_for_grade),
        "statuses": [
            {
                "code": s.code, "label": text(s.label, ("statuses", s.code, "label")),
                "score": None if s.score is None else _number(s.score),
                "color": s.color, "description": text(s.description, ("statuses", s.code, "description")),
            }
            for s in book.statuses
        ],
        "recommendations": recommendations,
        "grades": grades,
        "countries": [c.code for c in book.countries if not c.archived],
        "groups": {name: list(members) for name, members in book.groups.items()},
    }
    archived = [c.code for c in book.countries if c.archived]
    if archived:
        data["archived_countries"] = archived
    group_names = {name: text(name, ("groups", name, "name")) for name in book.groups}
    group_names = {name: value for name, value in group_names.items() if not isinstance(value, str)}
    if group_names:
        data["group_names"] = group_names
    source, note = translated_from(t), translations_note(t)
    if source or note:
        data["translations"] = {key: value for key, value in (("translated_from", source), ("note", note)) if value}
    return data


def codebook_text(t: Tracker) -> str:
    """The codebook file's text, checked to load back (a file ``init --codebook`` refuses is never written)."""
    return _checked_text(codebook_json(t))


def _checked_text(data: dict[str, Any]) -> str:
    try:
        parse_codebook(data, source_name="the exported codebook")
    except ValidationError as exc:
        raise TrackerError(translate("DataCodebookExport", "This tracker's codebook cannot be exported: {reason}")
                           .format(reason=exc.message)) from None
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_codebook(t: Tracker, path: str | os.PathLike[str], *, overwrite: bool = False) -> int:
    """Write the codebook to ``path``; returns the number of recommendations written.

    Written under a temporary name in the same folder and renamed into place
    when complete, so a failure never leaves half a file where a good one
    was.  With ``overwrite=False`` an existing file is refused (the app's save
    dialog has asked already; the command line has ``--force``).  Raises
    :class:`TrackerError` with one sentence when the file cannot be written.
    """
    target = Path(path)
    if target.is_dir():
        raise TrackerError(translate("DataCodebookExport", "{path} is a folder; give the name of the codebook file to"
                                     " write.").format(path=str(target)))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TrackerError(translate("DataCodebookExport", "The folder {folder} does not exist.")
                           .format(folder=str(folder)))
    if not overwrite and target.exists():
        raise TrackerError(translate("DataCodebookExport", "{path} already exists; choose a new file name (or replace"
                                     " it with --force).").format(path=str(target)))
    data = codebook_json(t)
    text = _checked_text(data)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, new_file_mode(target))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        reason = DISK_FULL if failure_cause(exc) == DISK_FULL else exc.strerror or str(exc)
        raise TrackerError(translate("DataCodebookExport", "The codebook could not be written to {path}: {reason}.")
                           .format(path=str(target), reason=reason)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return len(data["recommendations"])
