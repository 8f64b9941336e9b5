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
from .codebook import parse_codebook
from .errors import TrackerError, ValidationError
from .places import DISK_FULL, failure_cause
from .queries import codebook_view
from .store import Tracker


def _number(value: float) -> float | int:
    """1 rather than 1.0: the file reads like a hand-written codebook."""
    return int(value) if float(value).is_integer() else value


def codebook_json(t: Tracker) -> dict[str, Any]:
    """The tracker's codebook as a JSON object in the codebook format, in display order."""
    book = codebook_view(t)
    recommendations: list[dict[str, Any]] = []
    for r in book.recommendations:
        entry: dict[str, Any] = {
            "code": r.code, "title": r.title, "text": r.text, "guidance": r.guidance, "weight": _number(r.weight),
        }
        if r.archived:
            entry["archived"] = True
        recommendations.append(entry)
    data: dict[str, Any] = {
        "title": book.title,
        "description": book.description,
        "source": book.source,
        "review_interval_days": book.review_interval_days,
        "min_coverage_for_grade": _number(book.min_coverage_for_grade),
        "statuses": [
            {
                "code": s.code, "label": s.label, "score": None if s.score is None else _number(s.score),
                "color": s.color, "description": s.description,
            }
            for s in book.statuses
        ],
        "recommendations": recommendations,
        "grades": [{"grade": g.grade, "min_score": _number(g.min_score)} for g in book.grades],
        "countries": [c.code for c in book.countries if not c.archived],
        "groups": {name: list(members) for name, members in book.groups.items()},
    }
    archived = [c.code for c in book.countries if c.archived]
    if archived:
        data["archived_countries"] = archived
    return data


def codebook_text(t: Tracker) -> str:
    """The codebook file's text, checked to load back (a file ``init --codebook`` refuses is never written)."""
    return _checked_text(codebook_json(t))


def _checked_text(data: dict[str, Any]) -> str:
    try:
        parse_codebook(data, source_name="the exported codebook")
    except ValidationError as exc:
        raise TrackerError(f"This tracker's codebook cannot be exported: {exc.message}") from None
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
        raise TrackerError(f"{target} is a folder; give the name of the codebook file to write.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TrackerError(f"The folder {folder} does not exist.")
    if not overwrite and target.exists():
        raise TrackerError(f"{target} already exists; choose a new file name (or replace it with --force).")
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
        raise TrackerError(f"The codebook could not be written to {target}: {reason}.") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return len(data["recommendations"])
