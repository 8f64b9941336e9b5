"""Writing a codebook's status scale and grades: one implementation for ``init`` and the codebook import.

A new tracker (:func:`db.ops.load_codebook_into`) and a codebook imported
into a blank one (:func:`tracker.importer.import_codebook`) both give the
tracker a status scale and grades; the rules for doing so (labels are
unique, positions follow the codebook, grades replaced as a whole) live
here once.  Imports no other module of db/ that writes, so nothing imports
in a circle: the caller passes how to record history.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .codebook import Grade, Status
from .core import TrackerCore

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
        before = [dict(r) for r in db.query("SELECT grade, min_score FROM grades ORDER BY min_score DESC")]
        after_grades = [{"grade": g.grade, "min_score": g.min_score} for g in grades]
        if before != after_grades:
            db.execute("DELETE FROM grades")
            db.conn.executemany(
                "INSERT INTO grades (grade, min_score) VALUES (?, ?)", [(g.grade, g.min_score) for g in grades]
            )
            if history is not None:
                history("update", "grades", "grades", {"grades": before}, {"grades": after_grades})
