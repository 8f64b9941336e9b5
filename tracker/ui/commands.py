"""Undoable edits: each wraps one engine operation and its inverse.

The first run happens before the command is pushed (so a validation error
reaches the form and nothing enters the undo stack); later redos and undos
run the operation again or its inverse, each one transaction with its own
history record.  Every run announces its :class:`Change` on the bus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from db import TrackerError
from db import ops
from db.ops import Attachment, Change
from db.queries import get_evidence

from .context import AppContext


class TrackerCommand(QUndoCommand):
    """Base class: subclasses implement ``do`` and ``revert``."""

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False

    def do(self) -> Change:
        raise NotImplementedError

    def revert(self) -> Change:
        raise NotImplementedError

    def execute(self) -> Change:
        """Run for the first time and push onto the undo stack; raises on invalid input."""
        change = self.do()
        self._pushed = True
        self.ctx.undo_stack.push(self)  # calls redo(), which skips the first time
        self.ctx.bus.changed.emit(change)
        return change

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Any) -> None:
        try:
            change = step()
        except TrackerError as exc:
            # The data moved on (for example another program edited the tracker):
            # say so and drop this step rather than half-apply it.
            self.setObsolete(True)
            self.ctx.prompts.error(None, "Cannot undo or redo", f"{self.text()}: {exc}")
            return
        self.ctx.bus.changed.emit(change)


class AddEvidence(TrackerCommand):
    def __init__(self, ctx: AppContext, values: dict[str, Any]) -> None:
        super().__init__(ctx, "Add evidence")
        self.values = dict(values)
        self.uid: str | None = None
        self.assessments: list[str] = []

    def do(self) -> Change:
        change = ops.add_evidence(self.ctx.tracker, uid=self.uid, **self.values)
        self.uid = change.uid
        self.assessments = sorted(change.assessments)
        return change

    def revert(self) -> Change:
        t = self.ctx.tracker
        change = Change("undo add_evidence")
        with t.atomic():
            for a_uid in self.assessments:
                change.merge(ops.delete_assessment(t, a_uid))
            assert self.uid is not None
            change.merge(ops.delete_evidence(t, self.uid))
        return change


class EditEvidence(TrackerCommand):
    """Change evidence; undo puts back its fields, links and attached file."""

    def __init__(self, ctx: AppContext, uid: str, values: dict[str, Any], cells: list[tuple[str, str]] | None,
                 attachment: Attachment | None | object = ops._UNSET) -> None:
        super().__init__(ctx, "Edit evidence")
        self.uid = uid
        self.values = dict(values)
        self.cells = cells
        self.attachment = attachment
        item = get_evidence(ctx.tracker, [uid])[0]
        self.old_values = {k: getattr(item, k) for k in ops.EVIDENCE_FIELDS}
        self.old_cells = list(item.cells)
        old = ops.attachment_data(ctx.tracker, uid)
        self.old_attachment: Attachment | None = None if old is None else Attachment(old[0]["name"], old[1], old[0]["type"])

    def do(self) -> Change:
        return ops.edit_evidence(self.ctx.tracker, self.uid, cells=self.cells, attachment=self.attachment, **self.values)

    def revert(self) -> Change:
        attachment = ops._UNSET if self.attachment is ops._UNSET else self.old_attachment
        return ops.edit_evidence(
            self.ctx.tracker, self.uid, cells=self.old_cells, attachment=attachment, operation="undo edit_evidence",
            **self.old_values,
        )


class ArchiveEvidence(TrackerCommand):
    def __init__(self, ctx: AppContext, uid: str, archived: bool = True) -> None:
        super().__init__(ctx, "Archive evidence" if archived else "Restore evidence")
        self.uid = uid
        self.archived = archived

    def do(self) -> Change:
        return ops.archive_evidence(self.ctx.tracker, self.uid, self.archived)

    def revert(self) -> Change:
        return ops.archive_evidence(self.ctx.tracker, self.uid, not self.archived)


class SetStatus(TrackerCommand):
    def __init__(self, ctx: AppContext, country: str, recommendation: str, status: str, **kwargs: Any) -> None:
        super().__init__(ctx, "Set status")
        self.args = (country, recommendation, status)
        self.kwargs = kwargs
        self.uid: str | None = None

    def do(self) -> Change:
        change = ops.set_status(self.ctx.tracker, *self.args, uid=self.uid, **self.kwargs)
        self.uid = change.uid
        return change

    def revert(self) -> Change:
        assert self.uid is not None
        return ops.delete_assessment(self.ctx.tracker, self.uid)


class CorrectAssessment(TrackerCommand):
    def __init__(self, ctx: AppContext, uid: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(ctx, "Correct assessment")
        self.uid = uid
        self.old = old
        self.new = new

    def do(self) -> Change:
        return ops.correct_assessment(self.ctx.tracker, self.uid, **self.new)

    def revert(self) -> Change:
        return ops.correct_assessment(self.ctx.tracker, self.uid, **self.old)
