"""Codebook edits: recommendations, the status scale, grades and the tracker's settings (Edit › Codebook…).

Every edit is a named operation as in :mod:`db.ops`: it validates first
(a :class:`ValidationError` naming the field), then writes in one
transaction with its history entries, and returns a :class:`Change` with
``codebook=True`` (every view recomputes; a score change also names the
cells it re-scores).  Each has an inverse the app's undo runs, recorded as
``"undo …"``.  What :mod:`db.ops` already does (add, edit, archive a
recommendation; a setting) is reused, with the history entries it writes
recorded under this module's operation name (:func:`_recorded_as`).

The rules that keep a tracker sound: a recommendation or a status that
any assessment uses is never deleted (archive the recommendation; a used
status cannot be retired), and exactly one "not assessed" status (no
score) always remains.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from . import codebook_texts, i18n, ops, review, validate
from .codebook import Grade, TextKey, min_coverage
from .codebook_write import clean_grades, replace_grades
from .core import TrackerCore
from .errors import NotFoundError, ValidationError
from .messages import translate
from .ops import Change, record_history

#: The recommendation fields a person edits (its code is its stable identity; position is the order).
RECOMMENDATION_FIELDS = ("title", "text", "guidance", "weight")
#: The status fields a person edits (its code is stable, assessments refer to it).
STATUS_FIELDS = ("label", "color", "description", "score")
#: The tracker settings on the Tracker page, as kept in ``meta``.
SETTINGS = ("title", "source", "description", "review_interval_days")
MAX_TITLE_CHARS = 300
MAX_LABEL_CHARS = 100
#: A review interval longer than this (ten years) is a typing slip, and would overflow date arithmetic if huge.
MAX_REVIEW_INTERVAL_DAYS = 3650


@contextlib.contextmanager
def _recorded_as(t: TrackerCore, operation: str | None) -> Iterator[None]:
    """One transaction whose history entries are recorded under ``operation`` (None: as written).

    Lets an undo reuse :mod:`db.ops`' operations, which name their own
    history entries, and still say "undo …" in the history.
    """
    with t.atomic():
        mark = t.db.execute("SELECT coalesce(max(rowid), 0) FROM history").fetchone()[0]
        yield
        if operation is not None:
            t.db.execute("UPDATE history SET operation = ? WHERE rowid > ?", [operation, mark])


def _named(change: Change, operation: str | None) -> Change:
    if operation is not None:
        change.operation = operation
    return change


# ---------------------------------------------------------------- recommendations
def recommendation(t: TrackerCore, code: str) -> dict[str, Any]:
    """A recommendation's stored fields (code, title, text, guidance, weight, position, archived)."""
    rows = list(t.db.query("SELECT * FROM recommendations WHERE code = ?", [code]))
    if not rows:
        raise NotFoundError(translate("DataCodebook", "There is no recommendation {code!r}.").format(code=code))
    return {k: v for k, v in rows[0].items() if k not in ("id", "uid")}


def recommendation_order(t: TrackerCore) -> list[str]:
    """Every recommendation's code (archived ones too), in the order the matrix shows them."""
    return [r[0] for r in t.db.execute("SELECT code FROM recommendations ORDER BY position, code")]


#: Words a suggested code leaves out ("Support for antiwar initiatives" → support_antiwar_initiatives).
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})


def suggest_code(t: TrackerCore, title: str) -> str:
    """A free recommendation code made from a title ("Visa policy" → ``visa_policy``), for the editor to offer."""
    base = ""
    for word in re.findall(r"[a-z0-9]+", title.casefold()):  # whole words, up to 32 characters
        if word in _SMALL_WORDS:
            continue
        if base and len(base) + 1 + len(word) > 32:
            break
        base = f"{base}_{word}" if base else word[:32]
    base = base or "recommendation"
    if not base[0].isalpha():
        base = f"r_{base}"
    taken = set(recommendation_order(t)) | validate.RESERVED_RECOMMENDATION_CODES
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def add_recommendation(
    t: TrackerCore, code: str, title: str, *, text: str = "", guidance: str = "", weight: object = 1.0,
    position: int | None = None, operation: str = "add_recommendation",
) -> Change:
    """Add a recommendation at the end (or at ``position``, when an undo puts a deleted one back)."""
    return ops.add_recommendation(
        t, code, title, text=text, guidance=guidance, weight=validate.weight(weight), position=position,
        operation=operation,
    )


def edit_recommendation(t: TrackerCore, code: str, *, operation: str | None = None, **values: Any) -> Change:
    """Change a recommendation's title, the source's wording (``text``), guidance or weight."""
    unknown = set(values) - set(RECOMMENDATION_FIELDS)
    if unknown:
        field = sorted(unknown)[0]
        raise ValidationError(field, translate(
            "DataCodebook", "A recommendation's {field!r} cannot be edited here."
        ).format(field=field))
    with _recorded_as(t, operation):
        change = ops.edit_recommendation(t, code, **values)
    return _named(change, operation)


def archive_recommendation(t: TrackerCore, code: str, archived: bool = True, *, operation: str | None = None) -> Change:
    """Archive a recommendation (it leaves the matrix and the scores; its evidence and history stay) or restore it."""
    with _recorded_as(t, operation):
        change = ops.archive_recommendation(t, code, archived)
    return _named(change, operation)


def restore_recommendation(t: TrackerCore, code: str, *, operation: str | None = None) -> Change:
    """Bring an archived recommendation back into the matrix and the scores."""
    return archive_recommendation(t, code, False, operation=operation)


def set_recommendation_order(
    t: TrackerCore, codes: Sequence[str], *, operation: str = "reorder_recommendations"
) -> Change:
    """Put the recommendations in the order ``codes`` (every code once, archived ones too)."""
    current = recommendation_order(t)
    wanted = [str(c) for c in codes]
    if sorted(wanted) != sorted(current) or len(set(wanted)) != len(wanted):
        raise ValidationError(
            "order", translate(
                "DataCodebook",
                "The new order must list every recommendation once; another program may have changed them."
            )
        )
    positions = {r[0]: r[1] for r in t.db.execute("SELECT code, position FROM recommendations")}
    moved = [(pos, code) for pos, code in enumerate(wanted, 1) if positions[code] != pos]
    if not moved:
        return Change(operation)
    with t.atomic():
        for pos, code in moved:
            before = recommendation(t, code)
            t.db.execute("UPDATE recommendations SET position = ? WHERE code = ?", [pos, code])
            record_history(t, operation, "update", "recommendations", code, before, recommendation(t, code))
    return Change(operation, uid=wanted[0], codebook=True)


def move_recommendation(t: TrackerCore, code: str, offset: int, *, operation: str = "move_recommendation") -> Change:
    """Move a recommendation ``offset`` places down (negative: up) in the matrix's order."""
    order = recommendation_order(t)
    if code not in order:
        raise NotFoundError(translate("DataCodebook", "There is no recommendation {code!r}.").format(code=code))
    i = order.index(code)
    j = max(0, min(len(order) - 1, i + offset))
    if i == j:
        where = translate("DataCodebook", "first") if offset < 0 else translate("DataCodebook", "last")
        raise ValidationError("order", translate(
            "DataCodebook", "{title} is already {where}."
        ).format(title=recommendation(t, code)['title'], where=where))
    order.insert(j, order.pop(i))
    change = set_recommendation_order(t, order, operation=operation)
    change.uid = code
    return change


def _proposals_using(t: TrackerCore, column: str, code: str) -> int:
    """How many review proposals (any state) refer to a status or recommendation (0 before the review's migration)."""
    if not t.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'proposals'").fetchone():
        return 0
    return int(t.db.execute(f"SELECT count(*) FROM proposals WHERE {column} = ?", [code]).fetchone()[0])


def recommendation_use(t: TrackerCore, code: str) -> tuple[int, int]:
    """How many assessments (review proposals included) and evidence links refer to a recommendation."""
    row = t.db.execute(
        "SELECT (SELECT count(*) FROM assessments WHERE recommendation_code = ?1),"
        " (SELECT count(*) FROM evidence_links WHERE recommendation_code = ?1)",
        [code],
    ).fetchone()
    return int(row[0]) + _proposals_using(t, "recommendation_code", code), int(row[1])


def delete_recommendation(t: TrackerCore, code: str, *, operation: str = "delete_recommendation") -> Change:
    """Remove a recommendation that was never used (the undo of adding one); a used one is archived instead."""
    before = recommendation(t, code)
    assessments, links = recommendation_use(t, code)
    if assessments or links:
        raise ValidationError(
            "recommendation",
            translate(
                "DataCodebook",
                "{title} has {assessments} assessment(s) and {links} evidence link(s); archive it instead (its "
                "history stays)."
            ).format(title=before['title'], assessments=assessments, links=links),
        )
    with t.atomic():
        t.db.execute("DELETE FROM recommendations WHERE code = ?", [code])
        record_history(t, operation, "delete", "recommendations", code, before, None)
    return Change(operation, uid=code, codebook=True)


# ---------------------------------------------------------------- the status scale
def status(t: TrackerCore, code: str) -> dict[str, Any]:
    """A status's stored fields (code, label, score, color, description, position)."""
    rows = list(t.db.query("SELECT code, label, score, color, description, position FROM statuses WHERE code = ?",
                           [code]))
    if not rows:
        raise NotFoundError(translate("DataCodebook", "There is no status {code!r}.").format(code=code))
    return rows[0]


def status_use(t: TrackerCore, code: str) -> int:
    """How many assessments and review proposals (any state) give a cell this status."""
    used = int(t.db.execute("SELECT count(*) FROM assessments WHERE status_code = ?", [code]).fetchone()[0])
    return used + _proposals_using(t, "status_code", code)


def _cells_with_status(t: TrackerCore, code: str) -> set[ops.Cell]:
    """The cells whose current status is ``code`` (their scores move when its score does)."""
    return {
        (r[0], r[1])
        for r in t.db.execute(
            "SELECT country_code, recommendation_code FROM cell_current WHERE status_code = ?", [code]
        )
    }


def _clean_status_fields(t: TrackerCore, code: str | None, values: dict[str, Any]) -> dict[str, Any]:
    """Validated status fields; ``code`` is the status being edited (None: a new one)."""
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "label":
            label = validate.text(value, "label", required=True, max_length=MAX_LABEL_CHARS) or ""
            for other in t.db.query("SELECT code, label FROM statuses WHERE code != ?", [code or ""]):
                if other["label"].casefold() == label.casefold():
                    raise ValidationError("label", translate(
                        "DataCodebook", "Another status is labelled {label!r}."
                    ).format(label=other['label']))
                if other["code"] == label:
                    raise ValidationError("label", translate(
                        "DataCodebook", "{label!r} is another status's code; choose another label."
                    ).format(label=label))
            clean[key] = label
        elif key == "color":
            clean[key] = validate.color(value, "color")
        elif key == "description":
            clean[key] = validate.text(value, "description", max_length=2000) or ""
        elif key == "score":
            blank = isinstance(value, str) and not value.strip()
            clean[key] = None if blank else validate.score(value, "score")
        else:
            raise ValidationError(key, translate(
                "DataCodebook", "A status's {key!r} cannot be edited."
            ).format(key=key))
    return clean


def add_status(
    t: TrackerCore, code: str, label: str, *, score: object, color: str, description: str = "",
    position: int | None = None, operation: str = "add_status",
) -> Change:
    """Add a judgement to the scale (at the end, or at ``position``); it needs a score from 0 to 100."""
    code = validate.code(code, "code")
    if list(t.db.query("SELECT 1 AS x FROM statuses WHERE code = ?", [code])):
        raise ValidationError("code", translate(
            "DataCodebook", "A status with code {code!r} already exists."
        ).format(code=code))
    clean = _clean_status_fields(t, code, {"label": label, "color": color, "description": description, "score": score})
    if clean["score"] is None:
        raise ValidationError(
            "score", translate(
                "DataCodebook",
                "Give the status a score from 0 to 100: the scale keeps exactly one “not assessed” status."
            )
        )
    with t.atomic():
        if position is None:
            position = t.db.execute("SELECT coalesce(max(position), -1) + 1 FROM statuses").fetchone()[0]
        else:
            t.db.execute("UPDATE statuses SET position = position + 1 WHERE position >= ?", [position])
        t.db.execute(
            "INSERT INTO statuses (code, label, score, color, description, position) VALUES (?, ?, ?, ?, ?, ?)",
            [code, clean["label"], clean["score"], clean["color"], clean["description"], position],
        )
        record_history(t, operation, "insert", "statuses", code, None, status(t, code))
    return Change(operation, uid=code, codebook=True)


def edit_status(t: TrackerCore, code: str, *, operation: str = "edit_status", **values: Any) -> Change:
    """Change a status's label, colour, description or score.

    A new score re-scores every country with a cell at this status (the
    Change names those cells).  The "not assessed" status keeps no score,
    and no judgement can lose its score (that would make two).
    """
    row = status(t, code)
    clean = _clean_status_fields(t, code, values)
    if "score" in clean:
        if row["score"] is None and clean["score"] is not None:
            raise ValidationError(
                "score", translate(
                    "DataCodebook", "{label} is where every cell starts (not assessed): it has no score."
                ).format(label=row['label'])
            )
        if row["score"] is not None and clean["score"] is None:
            raise ValidationError(
                "score", translate(
                    "DataCodebook", "Give a score from 0 to 100: the scale keeps exactly one “not assessed” status."
                )
            )
    clean = {k: v for k, v in clean.items() if row[k] != v}
    if not clean:
        return Change(operation, uid=code)
    change = Change(operation, uid=code, codebook=True)
    with t.atomic():
        sets = ", ".join(f"{k} = ?" for k in clean)
        t.db.execute(f"UPDATE statuses SET {sets} WHERE code = ?", [*clean.values(), code])
        record_history(t, operation, "update", "statuses", code, row, status(t, code))
        if "score" in clean:
            change.cells = _cells_with_status(t, code)
    return change


def retire_status(t: TrackerCore, code: str, *, operation: str = "retire_status") -> Change:
    """Take a status off the scale; refused while any assessment uses it, and for the "not assessed" status."""
    row = status(t, code)
    if row["score"] is None:
        raise ValidationError(
            "status", translate(
                "DataCodebook", "{label} is the “not assessed” status every cell starts at; the scale always keeps it."
            ).format(label=row['label'])
        )
    used = status_use(t, code)
    if used:
        raise ValidationError(
            "status",
            translate(
                "DataCodebook",
                "{used} assessment(s) or review proposal(s) use {label}; it can be retired only when none does."
            ).format(used=used, label=row['label']),
        )
    with t.atomic():
        t.db.execute("DELETE FROM statuses WHERE code = ?", [code])
        t.db.execute("UPDATE statuses SET position = position - 1 WHERE position > ?", [row["position"]])
        record_history(t, operation, "delete", "statuses", code, row, None)
    return Change(operation, uid=code, codebook=True)


# ---------------------------------------------------------------- grades and settings
def grades(t: TrackerCore) -> list[Grade]:
    """The grade bands, best first."""
    return [Grade(r[0], r[1]) for r in t.db.execute("SELECT grade, min_score FROM grades ORDER BY min_score DESC")]


def set_grading(
    t: TrackerCore, bands: Iterable[tuple[object, object]] | None = None, coverage: object = None, *,
    operation: str = "set_grading",
) -> Change:
    """Replace the grade bands and/or the minimum coverage for a grade (a share from 0 to 1), in one edit.

    Either changes every country's grade and rank.  ``None`` leaves that part as it is.
    """
    clean = None if bands is None else clean_grades(bands)
    share = None if coverage is None else min_coverage(coverage)
    changed = False
    with t.atomic():
        if clean is not None:
            changed = replace_grades(t, clean, history=lambda *entry: record_history(t, operation, *entry))
        if share is not None:
            with _recorded_as(t, operation):
                changed = bool(ops.set_meta(t, "min_coverage_for_grade", f"{share:g}").codebook) or changed
    return Change(operation, uid="grades", codebook=changed)


def settings(t: TrackerCore) -> dict[str, str]:
    """The Tracker page's settings as stored (missing ones as "")."""
    return {key: t.meta(key, "") or "" for key in SETTINGS}


def set_settings(t: TrackerCore, *, operation: str = "set_settings", **values: object) -> Change:
    """Change the tracker's title, source, description and review interval (days), in one edit."""
    clean: dict[str, str] = {}
    for key, value in values.items():
        if key == "title":
            clean[key] = validate.text(value, "title", required=True, max_length=MAX_TITLE_CHARS) or ""
        elif key in ("source", "description"):
            clean[key] = validate.text(value, key, max_length=5000) or ""
        elif key == "review_interval_days":
            days = validate.positive_int(value, "review_interval_days")
            if days > MAX_REVIEW_INTERVAL_DAYS:
                raise ValidationError(
                    "review_interval_days", translate(
                        "DataCodebook", "The review interval must be at most {limit:,} days."
                    ).format(limit=MAX_REVIEW_INTERVAL_DAYS)
                )
            clean[key] = str(days)
        else:
            raise ValidationError(key, translate("DataCodebook", "{key!r} is not a tracker setting.").format(key=key))
    stored = settings(t)
    clean = {k: v for k, v in clean.items() if stored[k] != v}
    changed = False
    with _recorded_as(t, operation):
        for key, value in clean.items():
            changed = ops.set_meta(t, key, value).codebook or changed
    return Change(operation, uid="settings", codebook=changed)


def review_required(t: TrackerCore) -> bool:
    """Whether status changes need review by a second person (:mod:`db.review`)."""
    return review.review_required(t)


def set_review_required(t: TrackerCore, on: bool, *, operation: str | None = None) -> Change:
    """Turn review by a second person on or off (:func:`db.review.set_review_required`), as an undoable edit."""
    with _recorded_as(t, operation):
        change = review.set_review_required(t, on)
    return _named(change, operation)


# ---------------------------------------------------------------- translations (issue 15)
#: Longest translation of each kind of text, as for its English (a label must fit a matrix legend).
_TRANSLATION_LIMITS = {"label": MAX_LABEL_CHARS, "title": MAX_TITLE_CHARS, "name": MAX_TITLE_CHARS}


def translation_history_key(key: TextKey, language: str) -> str:
    """The history's row key of one translation: "statuses/full/label/be"."""
    return "/".join((*key, language))


def set_translation(
    t: TrackerCore, table: str, key: str, field: str, language: str, text: str, *,
    operation: str = "set_translation",
) -> Change:
    """Set the ``language`` translation of one codebook text (empty ``text`` removes it), as one recorded edit.

    The English is edited on its own page; a translation needs English to translate.  A status label must
    differ from the other statuses' labels in that language, or the matrix legend could not tell them apart.
    """
    place: TextKey = (table, key, field)
    if language not in i18n.TRANSLATION_CODES:
        known = ", ".join(i18n.TRANSLATION_CODES)
        raise ValidationError("language", translate(
            "DataCodebook", "Translations are made into {known}; {language!r} is not one of them."
        ).format(known=known, language=language))
    english = {text.key: text.english for text in codebook_texts.codebook_texts(t)}
    if place not in english:
        raise NotFoundError(translate(
            "DataCodebook", "The codebook has no text {place} to translate."
        ).format(place='/'.join(place)))
    name = i18n.LANGUAGES[language].english_name
    limit = _TRANSLATION_LIMITS.get(field, i18n.MAX_TEXT_LENGTH)
    clean = validate.text(text, f"{name} translation", max_length=limit) or ""
    if (table, field) == ("statuses", "label") and clean:
        shown = codebook_texts.texts(t, language)
        for other, label in t.db.execute("SELECT code, label FROM statuses WHERE code != ?", [key]):
            other_label = shown.get(("statuses", other, "label")) or label
            if other_label.casefold() == clean.casefold():
                raise ValidationError("label", translate(
                    "DataCodebook", "Another status is labelled {other_label!r} in {name}."
                ).format(other_label=other_label, name=name))
    before = codebook_texts.row(t, place, language)
    if (before["text"] if before else "") == clean and (not clean or (before and before["english"] == english[place])):
        return Change(operation)
    row_key = translation_history_key(place, language)
    with t.atomic():
        if clean:
            t.db.execute(
                "INSERT OR REPLACE INTO translations (table_name, row_key, field, language, text, english)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [table, key, field, language, clean, english[place]],
            )
        else:
            t.db.execute(
                "DELETE FROM translations WHERE table_name = ? AND row_key = ? AND field = ? AND language = ?",
                [table, key, field, language],
            )
        action = "delete" if not clean else "insert" if before is None else "update"
        record_history(t, operation, action, "translations", row_key, before, codebook_texts.row(t, place, language))
    return Change(operation, uid=row_key, codebook=True)
