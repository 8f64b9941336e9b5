"""Undoable codebook edits (Edit › Codebook…): each wraps one :mod:`db.codebook_ops` operation and its inverse.

As in :mod:`.commands`, ``ctx.run`` does the first run (a refusal reaches the
editor and nothing enters the undo stack); undo runs the inverse operation,
recorded in the history as "undo …".  Each command remembers what it needs
to put back when it is built, before anything is written.  Their names (shown in
Edit › Undo "…") are translated when they are built (context "CodebookCommands");
the history's operation names stay English.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from db import codebook_ops as cb
from db.codebook import DEFAULT_MIN_COVERAGE, TextKey
from db.codebook_texts import translation
from db.ops import Change

from .commands import TrackerCommand
from .context import AppContext

#: A command's name or message in the interface's language (QUndoCommand is no QObject: no ``self.tr``).
translate = QCoreApplication.translate


class AddRecommendation(TrackerCommand):
    """A new recommendation at the end; undo deletes it again (it cannot have been used in between)."""

    def __init__(self, ctx: AppContext, code: str, values: dict[str, Any]) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Add recommendation"))
        self.code = code
        self.values = dict(values)

    def do(self) -> Change:
        change = cb.add_recommendation(self.ctx.tracker, self.code, **self.values)
        self.code = change.uid or self.code  # as stored (trimmed)
        return change

    def revert(self) -> Change:
        return cb.delete_recommendation(self.ctx.tracker, self.code, operation="undo add_recommendation")


class EditRecommendation(TrackerCommand):
    """Change a recommendation's title, wording, guidance or weight; undo puts back the fields it changed."""

    def __init__(self, ctx: AppContext, code: str, values: dict[str, Any]) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Edit recommendation"))
        self.code = code
        self.values = dict(values)
        stored = cb.recommendation(ctx.tracker, code)
        self.old = {k: stored[k] for k in self.values}

    def do(self) -> Change:
        return cb.edit_recommendation(self.ctx.tracker, self.code, **self.values)

    def revert(self) -> Change:
        return cb.edit_recommendation(self.ctx.tracker, self.code, operation="undo edit_recommendation", **self.old)


class MoveRecommendation(TrackerCommand):
    """Move a recommendation up or down; undo puts the whole order back as it was."""

    def __init__(self, ctx: AppContext, code: str, offset: int) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Move recommendation up") if offset < 0
                         else translate("CodebookCommands", "Move recommendation down"))
        self.code = code
        self.offset = offset
        self.old = cb.recommendation_order(ctx.tracker)

    def do(self) -> Change:
        return cb.move_recommendation(self.ctx.tracker, self.code, self.offset)

    def revert(self) -> Change:
        return cb.set_recommendation_order(self.ctx.tracker, self.old, operation="undo move_recommendation")


class ArchiveRecommendation(TrackerCommand):
    def __init__(self, ctx: AppContext, code: str, archived: bool = True) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Archive recommendation") if archived
                         else translate("CodebookCommands", "Restore recommendation"))
        self.code = code
        self.archived = archived

    def do(self) -> Change:
        return cb.archive_recommendation(self.ctx.tracker, self.code, self.archived)

    def nothing_to_change(self) -> str:
        return (translate("CodebookCommands", "the recommendation is already archived.") if self.archived
                else translate("CodebookCommands", "the recommendation is not archived."))

    def revert(self) -> Change:
        verb = "archive" if self.archived else "restore"
        return cb.archive_recommendation(
            self.ctx.tracker, self.code, not self.archived, operation=f"undo {verb}_recommendation"
        )


class AddStatus(TrackerCommand):
    """A new judgement at the end of the scale; undo retires it again."""

    def __init__(self, ctx: AppContext, code: str, values: dict[str, Any]) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Add status"))
        self.code = code
        self.values = dict(values)

    def do(self) -> Change:
        change = cb.add_status(self.ctx.tracker, self.code, **self.values)
        self.code = change.uid or self.code
        return change

    def revert(self) -> Change:
        return cb.retire_status(self.ctx.tracker, self.code, operation="undo add_status")


class EditStatus(TrackerCommand):
    """Change a status's label, colour, description or score; undo puts back the fields it changed."""

    def __init__(self, ctx: AppContext, code: str, values: dict[str, Any]) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Edit status"))
        self.code = code
        self.values = dict(values)
        stored = cb.status(ctx.tracker, code)
        self.old = {k: stored[k] for k in self.values}

    def do(self) -> Change:
        return cb.edit_status(self.ctx.tracker, self.code, **self.values)

    def revert(self) -> Change:
        return cb.edit_status(self.ctx.tracker, self.code, operation="undo edit_status", **self.old)


class RetireStatus(TrackerCommand):
    """Take an unused status off the scale; undo puts it back in its place."""

    def __init__(self, ctx: AppContext, code: str) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Retire status"))
        self.code = code
        self.old = cb.status(ctx.tracker, code)

    def do(self) -> Change:
        return cb.retire_status(self.ctx.tracker, self.code)

    def revert(self) -> Change:
        o = self.old
        return cb.add_status(
            self.ctx.tracker, o["code"], o["label"], score=o["score"], color=o["color"],
            description=o["description"], position=o["position"], operation="undo retire_status",
        )


class SetGrading(TrackerCommand):
    """New grade bands and/or minimum coverage; undo puts back both as they were."""

    def __init__(self, ctx: AppContext, bands: list[tuple[str, object]] | None, coverage: float | None) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Change grades"))
        self.bands = bands
        self.coverage = coverage
        t = ctx.tracker
        self.old_bands = [(g.grade, g.min_score) for g in cb.grades(t)]
        # a tracker made before the setting existed grades at the default: undo puts that back explicitly
        self.old_coverage = t.meta("min_coverage_for_grade", None) or f"{DEFAULT_MIN_COVERAGE:g}"

    def do(self) -> Change:
        return cb.set_grading(self.ctx.tracker, self.bands, self.coverage)

    def revert(self) -> Change:
        return cb.set_grading(
            self.ctx.tracker, self.old_bands if self.bands is not None else None,
            self.old_coverage if self.coverage is not None else None, operation="undo set_grading",
        )


class SetTrackerSettings(TrackerCommand):
    """Title, source, description, review interval and (when given) review by a second person, as one edit."""

    def __init__(self, ctx: AppContext, values: dict[str, object], review: bool | None = None) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Change tracker settings"))
        self.values = dict(values)
        stored = cb.settings(ctx.tracker)
        self.old: dict[str, object] = {k: stored[k] for k in self.values}
        self.review = review
        self.old_review = cb.review_required(ctx.tracker)

    def _apply(self, values: dict[str, object], review: bool | None, undo: bool) -> Change:
        t = self.ctx.tracker
        with t.atomic():
            change = cb.set_settings(t, operation="undo set_settings" if undo else "set_settings", **values)
            if review is not None:
                change.merge(cb.set_review_required(t, review, operation="undo set_review_required" if undo else None))
        return change

    def do(self) -> Change:
        return self._apply(self.values, self.review, undo=False)

    def revert(self) -> Change:
        return self._apply(self.old, self.old_review if self.review is not None else None, undo=True)


class SetTranslation(TrackerCommand):
    """Set (or, with empty text, remove) one codebook text's translation; undo puts back the one before."""

    def __init__(self, ctx: AppContext, key: TextKey, language: str, text: str) -> None:
        super().__init__(ctx, translate("CodebookCommands", "Remove translation") if not text.strip()
                         else translate("CodebookCommands", "Translate codebook text"))
        self.key = key
        self.language = language
        self.new_text = text  # (not ``text``: that is QUndoCommand's name for the step)
        self.old = translation(ctx.tracker, key, language)

    def do(self) -> Change:
        return cb.set_translation(self.ctx.tracker, *self.key, self.language, self.new_text)

    def nothing_to_change(self) -> str:
        return translate("CodebookCommands", "the translation is already saved as it is.")

    def revert(self) -> Change:
        return cb.set_translation(self.ctx.tracker, *self.key, self.language, self.old,
                                  operation="undo set_translation")
