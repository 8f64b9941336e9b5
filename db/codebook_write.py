"""Writing a codebook's status scale and grades: one implementation for ``init``, the codebook import and the editor.

A new tracker (:func:`db.ops.load_codebook_into`) and a codebook imported
into a blank one (:func:`tracker.importer.import_codebook`) both give the
tracker a status scale and grades; the rules for doing so (labels are
unique, positions follow the codebook, grades replaced as a whole) live
here once.  Imports no other module of db/ that writes, so nothing imports
in a circle: the caller passes how to record history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from . import validate
from .codebook import Grade, Status
from .core import TrackerCore
from .errors import ValidationError
from .messages import translate

#: Records one history entry: (action, table, key, before, after).
HistoryRecorder = Callable[[str, str, str, "dict[str, Any] | None", "dict[str, Any] | None"], None]


def replace_status_scale(
    t: TrackerCore, statuses: Sequence[Status], grades: Sequence[Grade], *, history: HistoryRecorder | None = None
) -> None:
    """Make the tracker's statuses exactly ``statuses`` (in that order) and, when ``grades`` is not
    empty, its grades exactly ``grades``.

    Kept statuses are updated in place (assessments keep pointing at them),
    missing ones deleted, new ones inserted; ``history``, when given, records
    each change (the grades as one entry).  Call inside the caller's
    transaction.  A status still used by assessments cannot be deleted:
    check with :func:`db.import_queries.statuses_in_use_outside` first.
    """
    db = t.db
    new_codes = {s.code for s in statuses}
    old = {r["code"]: r for r in db.query("SELECT code, label, score, color, description, position FROM statuses")}
    # Labels are unique: move every kept status out of the way first.
    for code in old:
        db.execute("UPDATE statuses SET label = '~' || code || '~' WHERE code = ?", [code])
    for code, row in old.items():
        if code not in new_codes:
            db.execute("DELETE FROM statuses WHERE code = ?", [code])
            if history is not None:
                history("delete", "statuses", code, row, None)
    for pos, s in enumerate(statuses):
        after = {
            "code": s.code,
            "label": s.label,
            "score": s.score,
            "color": s.color,
            "description": s.description,
            "position": pos,
        }
        if s.code in old:
            db.execute(
                "UPDATE statuses SET label = ?, score = ?, color = ?, description = ?, position = ? WHERE code = ?",
                [s.label, s.score, s.color, s.description, pos, s.code],
            )
            if history is not None and old[s.code] != after:
                history("update", "statuses", s.code, old[s.code], after)
        else:
            db.execute(
                "INSERT INTO statuses (code, label, score, color, description, position) VALUES (?, ?, ?, ?, ?, ?)",
                [s.code, s.label, s.score, s.color, s.description, pos],
            )
            if history is not None:
                history("insert", "statuses", s.code, None, after)
    if grades:
        replace_grades(t, grades, history=history)


def replace_grades(t: TrackerCore, grades: Sequence[Grade], *, history: HistoryRecorder | None = None) -> bool:
    """Make the tracker's grade bands exactly ``grades``; True when they changed (``history`` then has one entry)."""
    db = t.db
    before = [dict(r) for r in db.query("SELECT grade, min_score FROM grades ORDER BY min_score DESC")]
    after_grades = [{"grade": g.grade, "min_score": g.min_score} for g in sorted(grades, key=lambda g: -g.min_score)]
    if before == after_grades:
        return False
    db.execute("DELETE FROM grades")
    db.conn.executemany(
        "INSERT INTO grades (grade, min_score) VALUES (?, ?)", [(g["grade"], g["min_score"]) for g in after_grades]
    )
    if history is not None:
        history("update", "grades", "grades", {"grades": before}, {"grades": after_grades})
    return True


#: The longest grade name (a letter or a short word: it is shown in every scorecard row).
MAX_GRADE_CHARS = 20


def clean_grades(bands: Iterable[tuple[object, object]]) -> list[Grade]:
    """Grade bands (name, minimum score) checked for an editor: best first, every score from 0 to 100 graded.

    The codebook loader's rules (a name, unique; a minimum score from 0 to
    100) plus what a hand-edited table can get wrong: two bands starting at
    the same score overlap (one could never be given), and a lowest band
    above 0 leaves a gap (scores under it would get no grade).
    """
    grades: list[Grade] = []
    for i, (name, minimum) in enumerate(bands, 1):
        grade = validate.text(name, "grade", required=True, max_length=MAX_GRADE_CHARS) or ""
        if isinstance(minimum, str) and not minimum.strip():
            raise ValidationError("min_score", translate(
                "DataCodebook", "Band {i} ({grade}) needs a minimum score from 0 to 100."
            ).format(i=i, grade=grade))
        score = validate.score(minimum, "min_score")
        if score is None:
            raise ValidationError("min_score", translate(
                "DataCodebook", "Band {i} ({grade}) needs a minimum score from 0 to 100."
            ).format(i=i, grade=grade))
        clash = next((g for g in grades if g.grade.casefold() == grade.casefold()), None)
        if clash is not None:
            raise ValidationError("grade", translate(
                "DataCodebook", "The grade {grade!r} is listed twice."
            ).format(grade=grade))
        same = next((g for g in grades if g.min_score == score), None)
        if same is not None:
            raise ValidationError(
                "min_score",
                translate(
                    "DataCodebook",
                    "{other} and {grade} both start at {score:g}: the bands overlap; give each its own minimum."
                ).format(other=same.grade, grade=grade, score=score),
            )
        grades.append(Grade(grade, score))
    if not grades:
        raise ValidationError("grade", translate("DataCodebook", "Keep at least one grade band."))
    grades.sort(key=lambda g: -g.min_score)
    if grades[-1].min_score != 0:
        raise ValidationError(
            "min_score",
            translate(
                "DataCodebook",
                "The lowest band ({grade}) starts at {score:g}: scores below it would get no grade. Start it at 0."
            ).format(grade=grades[-1].grade, score=grades[-1].min_score),
        )
    return grades
