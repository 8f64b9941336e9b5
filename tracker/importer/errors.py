"""What an import reports: problems with their line, skipped duplicates, and the two ways it stops."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.errors import TrackerError

if TYPE_CHECKING:
    from .results import ImportResult


@dataclass(frozen=True, order=True)
class ImportIssue:
    """One problem: the physical line of the file (the header is line 1), the field, a sentence."""

    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"

    def format(self, file_name: str) -> str:
        """``FILE:LINE: field: message``, the form the command line prints."""
        return f"{file_name}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Duplicate:
    """A row skipped because it repeats evidence already in the tracker or earlier in the file."""

    line: int
    of_line: int | None = None
    of_uid: str | None = None

    @property
    def message(self) -> str:
        what = f"line {self.of_line}" if self.of_line else f"evidence {self.of_uid}"
        return f"Same URL (or title without one), date and cells as {what}: skipped."

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportFailed(TrackerError):
    """The file cannot be imported; nothing was written.  ``errors`` lists every problem."""

    def __init__(self, errors: Sequence[ImportIssue], result: ImportResult | None = None) -> None:
        self.errors = list(errors)
        self.result = result
        first = self.errors[0] if self.errors else None
        more = f" (and {len(self.errors) - 1} more problems)" if len(self.errors) > 1 else ""
        text = str(first).rstrip(".") if first else ""
        super().__init__(f"Nothing was imported: {text}{more}." if first else "Nothing was imported.")


class ImportCancelled(TrackerError):
    """The user cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")
