"""Undoable edits: each wraps one engine operation and its inverse.

Commands are built from the forms' typed inputs and run through
:meth:`AppContext.run`, which does the first run (so a validation error
reaches the form and nothing enters the undo stack), pushes the command and
announces its :class:`Change`.  Later redos and undos run the operation again
or its inverse, each one transaction with its own history record, and
announce their Change on the bus too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from db import TrackerError, ops, queries, review
from db.ops import Attachment, Change
from db.search import get_evidence

from .context import SAVE_FAILED, AppContext, WriteFailed, cannot, could_not, in_language, translated
from .inputs import UNSET, EvidenceInput, StatusInput


class TrackerCommand(QUndoCommand):
    """Base class: subclasses implement ``do`` and ``revert``; :class:`AppContext` runs them.

    The database is written first and the undo stack moves only after it
    succeeded (QUndoStack has no way for a step to fail): ``ctx.run`` does the
    first run and then pushes, ``ctx.undo``/``ctx.redo`` run the step and then
    move the stack, and the ``redo``/``undo`` that QUndoStack calls while
    moving skip the step already done.
    """

    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._step_done = False

    def do(self) -> Change:
        raise NotImplementedError

    def revert(self) -> Change:
        raise NotImplementedError

    def nothing_to_change(self) -> str:
        """Why this edit changed nothing (said when it is therefore not put on the undo stack)."""
        return QCoreApplication.translate("TrackerCommand", "%1 would leave everything as it is.").replace(
            "%1", self.text().lower())

    def failed_message(self) -> str:
        """What to say when another program kept the tracker busy too long (edits from a form keep what was typed)."""
        return translated(SAVE_FAILED)

    def first_run(self) -> Change:
        """Run for the first time (raises on invalid input); the push that follows does not run it again."""
        change = self.do()
        self.skip_next_step()
        return change

    def skip_next_step(self) -> None:
        """The database step is done: the stack's next ``redo``/``undo`` call only moves the stack."""
        self._step_done = True

    def redo(self) -> None:
        if self._step_done:
            self._step_done = False
            return
        self._run(self.do, "redo")

    def undo(self) -> None:
        if self._step_done:
            self._step_done = False
            return
        self._run(self.revert, "undo")

    def _run(self, step: Callable[[], Change], verb: str) -> None:
        """A step QUndoStack started itself (not through ``ctx``): if it fails, put the stack back."""
        stack = self.ctx.undo_stack
        try:
            change = self.ctx.write(step, failed=could_not(verb, self.text()))
        except WriteFailed as exc:
            # The stack moves on when this returns although the database did not:
            # move it back (without running the step) as soon as control returns.
            moved_to = stack.index() + (-1 if verb == "undo" else 1)
            back = stack.redo if verb == "undo" else stack.undo

            def restore() -> None:
                if stack.index() == moved_to:
                    self.skip_next_step()
                    back()

            QTimer.singleShot(0, restore)
            self.ctx.prompts.error(None, cannot(verb), in_language(exc.message))
            return
        except TrackerError as exc:
            # The data moved on (for example another program edited the tracker):
            # say so and drop this step rather than half-apply it.
            self.setObsolete(True)
            self.ctx.prompts.error(None, QCoreApplication.translate("TrackerCommand", "Cannot undo or redo"),
                                   f"{self.text()}: {in_language(exc)}")
            return
        self.ctx.bus.changed.emit(change)


class AddEvidence(TrackerCommand):
    def __init__(self, ctx: AppContext, data: EvidenceInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Add evidence"))
        self.data = data
        self.uid: str | None = None
        self.assessments: list[str] = []
        self.proposals: list[str] = []

    def do(self) -> Change:
        d = self.data
        change = ops.add_evidence(
            self.ctx.tracker, uid=self.uid, **d.fields(), countries=d.countries, groups=d.groups,
            recommendations=d.recommendations,
            attachment=d.attachment if isinstance(d.attachment, Attachment) else None,
            status=d.status, rationale=d.rationale, confidence=d.confidence,
        )
        self.uid = change.uid
        self.assessments = sorted(change.assessments)
        self.proposals = sorted(change.proposals)  # its status, proposed on each cell while review is required
        return change

    def revert(self) -> Change:
        t = self.ctx.tracker
        change = Change("undo add_evidence")
        with t.atomic():
            for a_uid in self.assessments:
                change.merge(ops.delete_assessment(t, a_uid))
            for p_uid in self.proposals:
                change.merge(review.delete_proposal(t, p_uid, operation="undo add_evidence"))
            assert self.uid is not None
            change.merge(ops.delete_evidence(t, self.uid))
        return change


class EditEvidence(TrackerCommand):
    """Change evidence; undo puts back its fields, links and attached file."""

    def __init__(self, ctx: AppContext, uid: str, data: EvidenceInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Edit evidence"))
        self.uid = uid
        self.data = data
        self.old = EvidenceInput.from_item(get_evidence(ctx.tracker, [uid])[0])
        stored = ops.attachment_data(ctx.tracker, uid)
        self.old_attachment: Attachment | None = (
            None if stored is None else Attachment(stored[0]["name"], stored[1], stored[0]["type"])
        )

    def do(self) -> Change:
        d = self.data
        cells = None if d.cells is None else list(d.cells)
        return ops.edit_evidence(self.ctx.tracker, self.uid, cells=cells, attachment=d.attachment, **d.fields())

    def revert(self) -> Change:
        attachment = UNSET if self.data.attachment is UNSET else self.old_attachment
        return ops.edit_evidence(
            self.ctx.tracker, self.uid, cells=list(self.old.cells or ()), attachment=attachment,
            operation="undo edit_evidence", **self.old.fields(),
        )


class ArchiveEvidence(TrackerCommand):
    def __init__(self, ctx: AppContext, uid: str, archived: bool = True) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Archive evidence") if archived
                         else QCoreApplication.translate("TrackerCommand", "Restore evidence"))
        self.uid = uid
        self.archived = archived

    def do(self) -> Change:
        return ops.archive_evidence(self.ctx.tracker, self.uid, self.archived)

    def nothing_to_change(self) -> str:
        if self.archived:
            return QCoreApplication.translate("TrackerCommand", "the evidence is already archived.")
        return QCoreApplication.translate("TrackerCommand", "the evidence is not archived.")

    def failed_message(self) -> str:
        if self.archived:
            return QCoreApplication.translate(
                "TrackerCommand",
                "Could not archive the evidence: another program kept the tracker busy; nothing changed. Try again.")
        return QCoreApplication.translate(
            "TrackerCommand",
            "Could not restore the evidence: another program kept the tracker busy; nothing changed. Try again.")

    def revert(self) -> Change:
        return ops.archive_evidence(self.ctx.tracker, self.uid, not self.archived)


class SetStatus(TrackerCommand):
    def __init__(self, ctx: AppContext, data: StatusInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Set status"))
        self.data = data
        self.uid: str | None = None
        self.proposed = False  # review was required: the edit made a proposal (db.review), not an assessment

    def do(self) -> Change:
        d = self.data
        change = ops.set_status(
            self.ctx.tracker, d.country, d.recommendation, d.status or "", effective_date=d.effective_date,
            rationale=d.rationale, confidence=d.confidence, evidence=list(d.evidence), uid=self.uid,
        )
        self.uid = change.uid
        self.proposed = change.operation == "propose_status"
        if self.proposed:
            self.setText(QCoreApplication.translate("TrackerCommand", "Propose status"))
        return change

    def revert(self) -> Change:
        assert self.uid is not None
        if self.proposed:
            from db import review

            return review.delete_proposal(self.ctx.tracker, self.uid, operation="undo propose_status")
        return ops.delete_assessment(self.ctx.tracker, self.uid)


class CorrectAssessment(TrackerCommand):
    def __init__(self, ctx: AppContext, uid: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Correct assessment"))
        self.uid = uid
        self.old = old
        self.new = new

    def do(self) -> Change:
        return ops.correct_assessment(self.ctx.tracker, self.uid, **self.new)

    def revert(self) -> Change:
        return ops.correct_assessment(self.ctx.tracker, self.uid, **self.old)


# ---------------------------------------------------------------- countries and groups (Edit › Countries and groups)
class AddCountry(TrackerCommand):
    """Track an ISO country; undo forgets it again (or re-archives it when adding brought an archived one back)."""

    def __init__(self, ctx: AppContext, code_or_name: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Add country"))
        self.query = code_or_name
        self.code: str | None = None
        self.restored = False

    def do(self) -> Change:
        change = ops.add_country(self.ctx.tracker, self.code or self.query)
        self.code = change.uid
        self.restored = change.operation == "restore_country"
        return change

    def revert(self) -> Change:
        assert self.code is not None
        if self.restored:
            return ops.archive_country(self.ctx.tracker, self.code)
        return ops.remove_country(self.ctx.tracker, self.code, operation="undo add_country")


class ArchiveCountry(TrackerCommand):
    def __init__(self, ctx: AppContext, code: str, archived: bool = True) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Archive country") if archived
                         else QCoreApplication.translate("TrackerCommand", "Restore country"))
        self.code = code
        self.archived = archived

    def do(self) -> Change:
        return ops.archive_country(self.ctx.tracker, self.code, self.archived)

    def nothing_to_change(self) -> str:
        if self.archived:
            return QCoreApplication.translate("TrackerCommand", "the country is already archived.")
        return QCoreApplication.translate("TrackerCommand", "the country is not archived.")

    def revert(self) -> Change:
        return ops.archive_country(self.ctx.tracker, self.code, not self.archived)


class AddGroup(TrackerCommand):
    def __init__(self, ctx: AppContext, name: str, members: list[str] | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "New group"))
        self.name = name
        self.members = list(members or [])
        self.created: str | None = None

    def do(self) -> Change:
        change = ops.add_group(self.ctx.tracker, self.created or self.name, self.members)
        self.created = change.uid
        return change

    def revert(self) -> Change:
        assert self.created is not None
        return ops.delete_group(self.ctx.tracker, self.created, operation="undo add_group")


class RenameGroup(TrackerCommand):
    def __init__(self, ctx: AppContext, name: str, new_name: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Rename group"))
        self.name = name
        self.new_name = new_name

    def do(self) -> Change:
        change = ops.rename_group(self.ctx.tracker, self.name, self.new_name)
        if change.uid:
            self.new_name = change.uid  # as stored (trimmed)
        return change

    def revert(self) -> Change:
        return ops.rename_group(self.ctx.tracker, self.new_name, self.name)


class SetGroupMembers(TrackerCommand):
    def __init__(self, ctx: AppContext, name: str, members: list[str]) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Change group members"))
        self.name = name
        self.members = list(members)
        self.old = list(queries.group_map(ctx.tracker).get(name, []))

    def do(self) -> Change:
        return ops.set_group_members(self.ctx.tracker, self.name, self.members)

    def revert(self) -> Change:
        return ops.set_group_members(self.ctx.tracker, self.name, self.old)


class DeleteGroup(TrackerCommand):
    """Delete a group; undo puts it back with the same members in the same place."""

    def __init__(self, ctx: AppContext, name: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("TrackerCommand", "Delete group"))
        self.name = name
        self.members = list(queries.group_map(ctx.tracker).get(name, []))
        self.position = ops.group_position(ctx.tracker, name)

    def do(self) -> Change:
        return ops.delete_group(self.ctx.tracker, self.name)

    def revert(self) -> Change:
        return ops.add_group(
            self.ctx.tracker, self.name, self.members, operation="undo delete_group", position=self.position
        )
