"""What the forms produce: typed inputs that commands are built from.

A form reads its controls into one of these (never a loose ``dict``), so a
misspelt field is an error where the form is written, and the same input can
be built by a test or a script without any widget.
"""

from __future__ import annotations

from typing import Any

from db.ops import EVIDENCE_FIELDS, UNSET, Attachment
from db.queries import EvidenceItem
from db.records import record

Cell = tuple[str, str]


@record(frozen=True)
class StatusInput:
    """A new judgement for one cell (the status form)."""

    country: str
    recommendation: str
    status: str | None  # None: nothing chosen yet; the engine says it is required
    effective_date: str
    rationale: str
    confidence: str = "reported"
    evidence: tuple[str, ...] = ()


@record(frozen=True)
class EvidenceInput:
    """A piece of evidence as the evidence form holds it.

    For new evidence the links are ``countries``/``groups``/``recommendations``
    and ``status`` optionally sets the status of every linked cell; for an edit
    the links are the exact ``cells`` (None: unchanged).  ``attachment`` is
    :data:`db.ops.UNSET` to keep the stored file, None to remove it.
    """

    event_date: str | None
    title: str | None = None
    url: str | None = None
    archive_url: str | None = None
    accessed_on: str | None = None
    publisher: str | None = None
    source_kind: str | None = "other"
    language: str | None = None
    notes: str | None = None
    countries: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    recommendations: tuple[str, ...] = ()
    cells: tuple[Cell, ...] | None = None
    attachment: Attachment | None = UNSET  # UNSET (typed Any) stands for "keep the stored file"
    status: str | None = None
    rationale: str | None = None
    confidence: str | None = None

    @classmethod
    def from_item(cls, item: EvidenceItem) -> EvidenceInput:
        """The stored evidence as an input (an edit starts from it; undo goes back to it)."""
        return cls(**{k: getattr(item, k) for k in EVIDENCE_FIELDS}, cells=tuple(item.cells))

    def fields(self) -> dict[str, Any]:
        """The evidence's own fields, as the engine names them."""
        return {k: getattr(self, k) for k in EVIDENCE_FIELDS}


__all__ = ["UNSET", "Cell", "EvidenceInput", "StatusInput"]
