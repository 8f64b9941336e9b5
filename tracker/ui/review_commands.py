"""Undoable review steps (the Review tab): approve, return, withdraw, revise, and the "needs review" setting.

Each wraps one db.review operation and its inverse, as tracker/ui/commands.py
does for the other edits, and runs through :meth:`AppContext.run`: a refusal
(approving your own proposal, one already reviewed) reaches the view as a
ValidationError and nothing enters the undo stack.  Their names (Edit › Undo "…") are translated in the
context "ReviewCommands" (a QUndoCommand is no QObject, so it has no ``tr``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import review
from db.ops import Change

from .commands import TrackerCommand
from .context import AppContext
from .inputs import StatusInput


class ApproveProposal(TrackerCommand):
    """Approve a proposed status (it becomes the cell's assessment); undo puts it back in the queue."""

    def __init__(self, ctx: AppContext, uid: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("ReviewCommands", "Approve proposed status"))
        self.uid = uid

    def do(self) -> Change:
        return review.approve(self.ctx.tracker, self.uid)

    def revert(self) -> Change:
        return review.unapprove(self.ctx.tracker, self.uid)


class ReturnProposal(TrackerCommand):
    """Return a proposed status to its proposer with a comment; undo puts it back in the queue."""

    def __init__(self, ctx: AppContext, uid: str, comment: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("ReviewCommands", "Return proposed status"))
        self.uid = uid
        self.comment = comment

    def do(self) -> Change:
        return review.return_proposal(self.ctx.tracker, self.uid, self.comment)

    def revert(self) -> Change:
        return review.unreturn(self.ctx.tracker, self.uid)


class WithdrawProposal(TrackerCommand):
    """The proposer takes a proposal back; undo (when the data layer has one) proposes it again."""

    def __init__(self, ctx: AppContext, uid: str) -> None:
        super().__init__(ctx, QCoreApplication.translate("ReviewCommands", "Withdraw proposal"))
        self.uid = uid

    def do(self) -> Change:
        return review.withdraw(self.ctx.tracker, self.uid)

    def revert(self) -> Change:
        return review.unwithdraw(self.ctx.tracker, self.uid)


class ReviseProposal(TrackerCommand):
    """Propose again, revised, what a reviewer returned; undo removes the new proposal."""

    def __init__(self, ctx: AppContext, uid: str, data: StatusInput) -> None:
        super().__init__(ctx, QCoreApplication.translate("ReviewCommands", "Revise proposal"))
        self.uid = uid
        self.data = data
        self.new_uid: str | None = None

    def do(self) -> Change:
        d = self.data
        change = review.resubmit(
            self.ctx.tracker, self.uid, status=d.status or "", effective_date=d.effective_date,
            rationale=d.rationale, confidence=d.confidence, evidence=list(d.evidence), revision_uid=self.new_uid,
        )
        self.new_uid = change.uid
        return change

    def revert(self) -> Change:
        assert self.new_uid is not None
        return review.delete_proposal(self.ctx.tracker, self.new_uid, operation="undo resubmit_proposal")


class SetReviewRequired(TrackerCommand):
    """Turn "status changes need review" on or off for the tracker; undo sets it back."""

    def __init__(self, ctx: AppContext, on: bool) -> None:
        super().__init__(ctx, QCoreApplication.translate("ReviewCommands", "Require review") if on
                         else QCoreApplication.translate("ReviewCommands", "Stop requiring review"))
        self.on = on
        self.was = review.review_required(ctx.tracker)

    def do(self) -> Change:
        return review.set_review_required(self.ctx.tracker, self.on)

    def revert(self) -> Change:
        return review.set_review_required(self.ctx.tracker, self.was)

    def nothing_to_change(self) -> str:
        if self.on:
            return QCoreApplication.translate("ReviewCommands", "review is already required.")
        return QCoreApplication.translate("ReviewCommands", "review is not required.")
